//! Change requests through the router: an applicant asks, the secretariat decides once,
//! the approved change is the trial's next version in its public history; the refusals
//! (an extension beyond the legal limit with the limit, a rejection without reasons, a
//! change of exemptions approved unscreened, a request decided twice) on the API and the
//! pages; a minor change recorded at once; a withdrawal.

mod common;

use axum::http::Method;
use common::fixtures::{approved_trial, assert_code, call, world};
use common::{Browser, TestApp, email};
use frirum_domain::Role;
use serde_json::json;

fn request(kind: serde_json::Value, reason: &str) -> String {
    json!({"proposal": kind, "reason": reason}).to_string()
}

#[tokio::test]
async fn a_change_is_asked_decided_once_and_kept_in_the_public_history() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = approved_trial(&app, &w).await;
    let (admin, applicant) = (&w.setup.admin, &w.setup.applicant);
    let path = format!("/api/v1/trials/{id}/changes");

    // The scheme allows 48 months: the trial cannot run past 31 December 2030.
    let beyond = app
        .api(
            Method::POST,
            &path,
            Some(applicant),
            Some(&request(
                json!({"kind": "extend_period", "planned_end": "2031-06-30"}),
                "Mere tid",
            )),
        )
        .await;
    let body = assert_code(&beyond, 422, "extension_beyond_limit");
    assert_eq!(body["error"]["details"]["limit"], "2030-12-31");
    assert_eq!(body["error"]["details"]["basis"], "scheme_maximum");
    let no_reason = app
        .api(
            Method::POST,
            &path,
            Some(applicant),
            Some(&request(
                json!({"kind": "shorten_period", "planned_end": "2029-12-31"}),
                " ",
            )),
        )
        .await;
    assert_code(&no_reason, 422, "reason_required");

    let asked = app
        .api(
            Method::POST,
            &path,
            Some(applicant),
            Some(&request(
                json!({"kind": "shorten_period", "planned_end": "2029-12-31"}),
                "Færre midler end ventet",
            )),
        )
        .await;
    assert_eq!(asked.status, 201, "{}", asked.text());
    let asked = asked.json();
    assert_eq!(asked["status"], "submitted");
    assert_eq!(asked["class"], "major");
    assert_eq!(asked["changes"][0]["field"], "planned_end");
    assert_eq!(asked["changes"][0]["before"], "2030-12-31");
    assert_eq!(asked["changes"][0]["after"], "2029-12-31");
    let change = asked["id"].as_i64().unwrap();
    // Open requests are for the trial's insiders; the public sees the approved ones.
    let public = app.api(Method::GET, &path, None, None).await.json();
    assert_eq!(public["changes"], json!([]));
    let hidden = app
        .api(Method::GET, &format!("{path}/{change}"), None, None)
        .await;
    assert_eq!(hidden.status, 401);

    let decision = format!("{path}/{change}/decision");
    let unexplained = app
        .api(
            Method::POST,
            &decision,
            Some(admin),
            Some(&json!({"approve": false}).to_string()),
        )
        .await;
    assert_code(&unexplained, 422, "reason_required");
    let approved = call(
        &app,
        Method::POST,
        &decision,
        admin,
        json!({"approve": true, "reason": "Inden for rammen."}),
    )
    .await;
    assert_eq!(approved["status"], "approved");
    assert_eq!(approved["applied_version"], 2);
    // The secretariat heard of the request; the applicant hears of the decision, in the
    // outbox, with a link to the request.
    let store = &app.store.store;
    let applicant_id = store
        .credentials(&email(Role::Applicant))
        .await
        .unwrap()
        .unwrap()
        .user
        .id;
    let told = store
        .notifications(applicant_id, frirum_domain::PageRequest::default())
        .await
        .unwrap()
        .items;
    let decided = told
        .iter()
        .find(|n| n.kind == frirum_domain::notification::NotificationKind::ChangeDecided)
        .expect("the applicant is told of the decision");
    assert_eq!(decided.link, format!("/trials/{id}/changes/{change}"));
    assert!(
        !decided.title.contains("change-notify"),
        "{}",
        decided.title
    );
    let again = app
        .api(
            Method::POST,
            &decision,
            Some(admin),
            Some(&json!({"approve": false, "reason": "Nej"}).to_string()),
        )
        .await;
    let body = assert_code(&again, 409, "change_not_open");
    assert_eq!(body["error"]["details"]["status"], "approved");

    let state = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{id}/state"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(state["planned_end"], "2029-12-31");
    let history = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{id}/history"),
            None,
            None,
        )
        .await
        .json();
    let last = &history["versions"][1];
    assert_eq!(last["kind"], "change_approved");
    assert_eq!(last["reason"], "Færre midler end ventet");
    assert_eq!(last["changes"][0]["before"], "2030-12-31");
    let trial = app
        .api(Method::GET, &format!("/api/v1/trials/{id}"), None, None)
        .await
        .json();
    assert_eq!(
        trial["period_end"], "2030-12-31",
        "what was approved stays frozen"
    );
    let public = app.api(Method::GET, &path, None, None).await.json();
    assert_eq!(public["changes"][0]["id"], change);

    // Back within the limit, an extension is fine again.
    let extended = call(
        &app,
        Method::POST,
        &path,
        applicant,
        json!({"proposal": {"kind": "extend_period", "planned_end": "2030-06-30"},
               "reason": "Midlerne kom alligevel", "version": 2}),
    )
    .await;
    assert_eq!(extended["status"], "submitted");
    // A stale version is a conflict.
    let stale = app
        .api(
            Method::POST,
            &path,
            Some(applicant),
            Some(
                &json!({"proposal": {"kind": "extend_period", "planned_end": "2030-06-30"},
                        "reason": "x", "version": 1})
                .to_string(),
            ),
        )
        .await;
    assert_code(&stale, 409, "edit_conflict");
    // The applicant withdraws it; withdrawn once.
    let withdraw = format!("{path}/{}/withdraw", extended["id"]);
    let refused = app.api(Method::POST, &withdraw, Some(admin), None).await;
    assert_code(&refused, 403, "forbidden");
    let withdrawn = app
        .api(Method::POST, &withdraw, Some(applicant), None)
        .await;
    assert_eq!(withdrawn.json()["status"], "withdrawn");
    let twice = app
        .api(Method::POST, &withdraw, Some(applicant), None)
        .await;
    assert_code(&twice, 409, "change_not_open");

    // Rewording an objective with the same figures is minor: recorded at once.
    let minor = call(
        &app,
        Method::POST,
        &path,
        applicant,
        json!({"proposal": {"kind": "change_objectives", "objectives": [
            {"indicator": "Unge i uddannelse eller job", "unit": "procent",
             "baseline": 60.0, "target": 75.0, "target_date": "2024-12-31"}]},
            "reason": "Klarere ordlyd"}),
    )
    .await;
    assert_eq!(
        (&minor["class"], &minor["status"]),
        (&json!("minor"), &json!("approved"))
    );
    let history = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{id}/history"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(history["versions"][2]["kind"], "change_recorded");

    // A change of exemptions is approved only screened.
    let exemptions = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{id}/state"),
            None,
            None,
        )
        .await
        .json()["exemptions"]
        .clone();
    let mut narrowed = exemptions.clone();
    narrowed[0]["legal_basis_end"] = json!("2029-06-30");
    let asked = call(
        &app,
        Method::POST,
        &path,
        applicant,
        json!({"proposal": {"kind": "change_exemptions", "exemptions": narrowed},
               "reason": "Ændringsloven udløber"}),
    )
    .await;
    let decision = format!("{path}/{}/decision", asked["id"]);
    let unscreened = app
        .api(
            Method::POST,
            &decision,
            Some(admin),
            Some(&json!({"approve": true}).to_string()),
        )
        .await;
    assert_code(&unscreened, 422, "screening_required");
    let screened = call(
        &app,
        Method::POST,
        &decision,
        admin,
        json!({"approve": true, "screened_no_conflict": true,
               "screening_note": "Ingen konflikt med serviceloven."}),
    )
    .await;
    assert_eq!(
        screened["screening"]["note"],
        "Ingen konflikt med serviceloven."
    );
}

#[tokio::test]
async fn on_the_pages_a_change_is_asked_refused_with_the_limit_and_decided() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = approved_trial(&app, &w).await;

    let mut applicant = Browser::new(&app);
    applicant.login(Role::Applicant).await;
    let trial = applicant.get(&format!("/trials/{id}")).await.text();
    assert!(trial.contains("id=\"changes\""));
    assert!(trial.contains("id=\"change-request-link\""));
    assert!(trial.contains("id=\"change-limit\""));
    let choose = applicant.get(&format!("/trials/{id}/changes/new")).await;
    assert_eq!(choose.status, 200);
    assert!(
        !choose.text().contains("id=\"change-form\""),
        "the kind comes first"
    );
    let form = applicant
        .get(&format!("/trials/{id}/changes/new?kind=extend_period"))
        .await;
    assert!(form.text().contains("id=\"change-form\""));
    assert!(form.text().contains("name=\"planned_end\""));

    let beyond = applicant
        .post(
            &format!("/trials/{id}/changes"),
            &[
                ("kind", "extend_period"),
                ("version", "1"),
                ("planned_end", "2031-06-30"),
                ("reason", "Mere tid"),
            ],
        )
        .await;
    assert_eq!(beyond.status, 422);
    let text = beyond.text();
    assert!(text.contains("id=\"planned-end-error\""), "{text}");
    assert!(text.contains("2031-06-30"), "what was typed is kept");
    let asked = applicant
        .post(
            &format!("/trials/{id}/changes"),
            &[
                ("kind", "end_early"),
                ("version", "1"),
                ("on", "2028-06-30"),
                ("reason", "Kommunalbestyrelsen stopper forsøget"),
            ],
        )
        .await;
    assert_eq!(asked.status, 303, "{}", asked.text());
    let page = asked.location();
    let shown = applicant.get(&page).await.text();
    assert!(shown.contains("id=\"change-values\""));
    assert!(shown.contains("id=\"change-withdraw\""));
    assert!(!shown.contains("id=\"change-decide\""));

    let mut secretariat = Browser::new(&app);
    secretariat.login(Role::Admin).await;
    // The trial runs to the scheme's limit, so its final evaluation falls after its legal
    // basis: the secretariat's home page warns.
    let home = secretariat.get("/").await.text();
    assert!(home.contains("id=\"legal-clock\""), "{home}");
    assert!(home.contains(&format!("/trials/{id}#changes")));
    let shown = secretariat.get(&page).await.text();
    assert!(shown.contains("id=\"change-decide\""));
    let refused = secretariat
        .post(
            &format!("{page}/decision"),
            &[("outcome", "reject"), ("reason", "")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("id=\"decision-reason-error\""));
    let approved = secretariat
        .post(
            &format!("{page}/decision"),
            &[
                ("outcome", "approve"),
                ("reason", "Begrundelsen er tilstrækkelig."),
            ],
        )
        .await;
    assert_eq!(approved.status, 303, "{}", approved.text());
    let state = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{id}/state"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(state["status"], "ended");
    assert_eq!(state["end_kind"], "stopped_early");
    assert_eq!(state["why_stopped"], "Kommunalbestyrelsen stopper forsøget");

    // The public trial page shows the change in its history.
    let mut public = Browser::new(&app);
    let text = public.get(&format!("/trials/{id}")).await.text();
    assert!(text.contains("Kommunalbestyrelsen stopper forsøget"));
    assert!(!text.contains("id=\"change-request-link\""));
    // An ended trial takes no more requests.
    let closed = applicant.get(&format!("/trials/{id}/changes/new")).await;
    assert_eq!(closed.status, 409);
}
