//! Decisions through the router: approving with a narrowed exemption creates a frozen
//! trial and is published at once (decision page, letter in the scheme's language, list,
//! Atom feed); refusals name what is wrong with stable codes and store nothing; two
//! secretariat users deciding at once get one decision and one 409.

mod common;

use axum::http::{Method, header};
use common::fixtures::{World, assert_code, call, world};
use common::{Browser, TestApp};
use frirum_domain::Role;
use serde_json::{Value, json};

fn approval(w: &World) -> Value {
    json!({
        "outcome": "approved",
        "reasons": "Forsøget er velbegrundet og målbart.",
        "granted": [{"exemption": 0, "provision_ids": [w.provision_id],
                     "note": "Kun kravet om handleplan."}],
        "conditions": "Kommunen rapporterer hvert år.",
        "period_start": "2027-01-01",
        "period_end": "2030-12-31",
        "regulation_kind": "free_municipality_statute",
        "regulation_text": "Kommunalbestyrelsen vedtager en frikommunevedtægt."
    })
}

fn decision_path(w: &World) -> String {
    format!("/api/v1/applications/{}/decision", w.submitted_id)
}

#[tokio::test]
async fn approval_with_a_narrowed_exemption_freezes_a_trial_and_is_published() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let admin = &w.setup.admin;
    let decision = call(&app, Method::POST, &decision_path(&w), admin, approval(&w)).await;
    assert_eq!(decision["outcome"], "approved");
    assert_eq!(
        decision["granted"][0]["provision_ids"],
        json!([w.provision_id])
    );
    assert_eq!(
        decision["granted"][0]["reference"],
        "serviceloven § 54, stk. 2"
    );
    let trial_id = decision["trial_id"].as_i64().expect("a trial");

    // The trial keeps the participants, the grants and the objectives as approved.
    let trial = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial_id}"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(trial["status"], "planned");
    assert_eq!(trial["participants"][0]["code"], "751");
    assert_eq!(trial["objectives"][0]["indicator"], "Unge i uddannelse");
    assert_eq!(trial["exemptions"], decision["granted"]);
    assert_eq!(trial["period_end"], "2030-12-31");

    // A second decision is refused; the first stands.
    let again = app
        .api(
            Method::POST,
            &decision_path(&w),
            Some(admin),
            Some(&json!({"outcome": "rejected", "reasons": "Nej."}).to_string()),
        )
        .await;
    assert_code(&again, 409, "already_decided");

    // The applicant sees it on the application at once.
    let mut applicant = Browser::new(&app);
    applicant.login(Role::Applicant).await;
    let page = applicant
        .get(&format!("/applications/{}", w.submitted_id))
        .await;
    assert!(
        page.text()
            .contains(&format!("/applications/{}/decision", w.submitted_id)),
        "{}",
        page.text()
    );

    // Everybody reads the decision and its letter, which speaks the scheme's language.
    let shown = app
        .get(&format!("/applications/{}/decision", w.submitted_id))
        .await;
    assert_eq!(shown.status, 200);
    assert!(
        shown.text().contains("serviceloven § 141"),
        "{}",
        shown.text()
    );
    let letter = app
        .get_with(
            &format!("/applications/{}/decision/letter", w.submitted_id),
            &[("accept-language", "en")],
        )
        .await;
    assert_eq!(letter.status, 200);
    let text = letter.text();
    assert!(text.contains("<html lang=\"da\">"), "{text}");
    assert!(text.contains("Afgørelse om ansøgningen"), "{text}");
    assert!(text.contains("Kun kravet om handleplan."), "{text}");
    assert!(text.contains("Med venlig hilsen"), "{text}");

    // The public list and the feed carry it.
    let list = app.get("/decisions").await;
    assert!(
        list.text()
            .contains("Sammenhængende indsats for udsatte unge")
    );
    let feed = app.get("/decisions.atom").await;
    assert_eq!(feed.status, 200);
    assert!(
        feed.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let xml = feed.text();
    assert!(xml.contains("<feed"), "{xml}");
    assert!(xml.contains("DK2030-R2-001"), "{xml}");
    assert!(
        xml.contains(&format!("/applications/{}/decision", w.submitted_id)),
        "{xml}"
    );
    let api_list = app
        .api(Method::GET, "/api/v1/decisions", None, None)
        .await
        .json();
    assert_eq!(api_list["total"], 1);

    // The journal says who decided what and why.
    let journal = call(
        &app,
        Method::GET,
        &format!("/api/v1/journal/application/{}", w.submitted_id),
        admin,
        json!(null),
    )
    .await;
    let entries = journal["items"].as_array().unwrap();
    let decided = entries
        .iter()
        .find(|e| e["action"] == "application.decided")
        .expect("a journal entry");
    assert_eq!(decided["reason"], "Forsøget er velbegrundet og målbart.");
}

#[tokio::test]
async fn bad_decisions_are_refused_by_name_and_store_nothing() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let admin = Some(w.setup.admin.as_str());
    let send = |body: Value| {
        let app = &app;
        let path = decision_path(&w);
        async move {
            app.api(Method::POST, &path, admin, Some(&body.to_string()))
                .await
        }
    };
    let mut too_long = approval(&w);
    too_long["period_end"] = json!("2031-06-30");
    let body = assert_code(&send(too_long).await, 422, "period_too_long");
    assert_eq!(body["error"]["details"]["max_months"], 48);
    assert_eq!(body["error"]["details"]["months"], 54);

    let mut unrequested = approval(&w);
    unrequested["granted"][0]["exemption"] = json!(3);
    assert_code(&send(unrequested).await, 422, "exemption_not_requested");

    let mut elsewhere = approval(&w);
    elsewhere["granted"][0]["provision_ids"] = json!([999_999]);
    assert_code(&send(elsewhere).await, 422, "provision_outside_request");

    let mut nothing = approval(&w);
    nothing["granted"] = json!([]);
    assert_code(&send(nothing).await, 422, "nothing_granted");

    let mut no_regulation = approval(&w);
    no_regulation["regulation_kind"] = Value::Null;
    let body = assert_code(&send(no_regulation).await, 422, "field_required");
    assert_eq!(body["error"]["details"]["field"], "regulation_kind");

    let body = assert_code(
        &send(json!({"outcome": "rejected", "reasons": " "})).await,
        422,
        "field_required",
    );
    assert_eq!(body["error"]["details"]["field"], "reasons");
    assert_code(
        &send(json!({"outcome": "maybe", "reasons": "x"})).await,
        422,
        "invalid_field",
    );
    assert_code(
        &send(json!({"outcome": "rejected", "reasons": "x", "colour": "red"})).await,
        422,
        "unknown_field",
    );

    // Nothing was decided.
    let reply = app.api(Method::GET, &decision_path(&w), None, None).await;
    assert_eq!(reply.status, 404);
    // A decision that passes still goes through afterwards.
    assert_eq!(send(approval(&w)).await.status, 201);
}

#[tokio::test]
async fn two_deciders_at_once_get_one_decision() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let admin = Some(w.setup.admin.as_str());
    let path = decision_path(&w);
    let yes = approval(&w).to_string();
    let no = json!({"outcome": "rejected", "reasons": "Uden for ordningen."}).to_string();
    let (a, b) = tokio::join!(
        app.api(Method::POST, &path, admin, Some(&yes)),
        app.api(Method::POST, &path, admin, Some(&no)),
    );
    let mut statuses = [a.status.as_u16(), b.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 409], "{} / {}", a.text(), b.text());
    let loser = if a.status == 409 { &a } else { &b };
    assert_code(loser, 409, "already_decided");
}

#[tokio::test]
async fn the_decision_form_narrows_by_ticking_provisions() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let mut admin = Browser::new(&app);
    admin.login(Role::Admin).await;
    let path = format!("/applications/{}/decide", w.submitted_id);
    let form = admin.get(&path).await;
    assert_eq!(form.status, 200, "{}", form.text());
    let html = form.text();
    // The request names serviceloven, so its provisions are offered for narrowing.
    assert!(
        html.contains(&format!("name=\"narrow-0\" value=\"{}\"", w.provision_id)),
        "{html}"
    );
    // A period beyond the maximum comes back with the form as typed and the maximum.
    let provision = w.provision_id.to_string();
    let mut fields = vec![
        ("outcome", "approved"),
        ("reasons", "Velbegrundet."),
        ("grant-0", "1"),
        ("narrow-0", provision.as_str()),
        ("note-0", "Kun handleplanen."),
        ("period_start", "2027-01-01"),
        ("period_end", "2032-01-01"),
        ("regulation_kind", "free_municipality_statute"),
        ("regulation_text", ""),
    ];
    let refused = admin.post(&path, &fields).await;
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("48"), "{}", refused.text());
    assert!(refused.text().contains("Kun handleplanen."));
    fields[6] = ("period_end", "2030-12-31");
    let done = admin.post(&path, &fields).await;
    assert_eq!(done.status, 303, "{}", done.text());
    let decision = app
        .api(Method::GET, &decision_path(&w), None, None)
        .await
        .json();
    assert_eq!(
        decision["granted"][0]["provision_ids"],
        json!([w.provision_id])
    );
    assert_eq!(decision["granted"][0]["note"], "Kun handleplanen.");
    // The form of a decided application leads to its decision.
    let again = admin.get(&path).await;
    assert_eq!(again.status, 303);
}

#[tokio::test]
async fn a_screening_conflict_blocks_approval_and_the_form_says_why() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let admin = &w.setup.admin;
    call(
        &app,
        Method::PUT,
        &format!("/api/v1/applications/{}/screening/0", w.submitted_id),
        admin,
        json!({"outcome": "conflict", "reason": "Strider mod grundlovens § 82."}),
    )
    .await;
    let refused = app
        .api(
            Method::POST,
            &decision_path(&w),
            Some(admin),
            Some(&approval(&w).to_string()),
        )
        .await;
    let body = assert_code(&refused, 409, "screening_conflict");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Grundloven"),
        "{body}"
    );
    let mut secretariat = Browser::new(&app);
    secretariat.login(Role::Admin).await;
    let form = secretariat
        .get(&format!("/applications/{}/decide", w.submitted_id))
        .await;
    assert!(form.text().contains("Strider mod grundlovens § 82."));
    // A rejection may still be made, and the decision ends the review.
    let rejected = call(
        &app,
        Method::POST,
        &decision_path(&w),
        admin,
        json!({"outcome": "rejected", "reasons": "I strid med grundloven."}),
    )
    .await;
    assert_eq!(rejected["trial_id"], Value::Null);
    let shown = call(
        &app,
        Method::GET,
        &format!("/api/v1/applications/{}", w.submitted_id),
        admin,
        json!(null),
    )
    .await;
    assert_eq!(shown["review_stage"], "rejected");
}

/// The kinds of the caller's notifications, newest first.
async fn kinds(app: &TestApp, token: &str) -> Vec<String> {
    let page = call(
        app,
        Method::GET,
        "/api/v1/me/notifications",
        token,
        json!(null),
    )
    .await;
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn each_step_tells_the_people_it_concerns() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = w.submitted_id;
    let admin = &w.setup.admin;
    let applicant = &w.setup.applicant;
    let assessor = app.token(Role::Assessor).await;

    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        admin,
        json!({"assessor_ids": [w.assessor_id]}),
    )
    .await;
    assert_eq!(kinds(&app, &assessor).await, ["assessor_assigned"]);

    let asked = call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/clarifications"),
        admin,
        json!({"question": "Hvilke regler står i vejen?"}),
    )
    .await;
    assert_eq!(kinds(&app, applicant).await, ["clarification_asked"]);

    call(
        &app,
        Method::POST,
        &format!(
            "/api/v1/applications/{id}/clarifications/{}/answer",
            asked["id"]
        ),
        applicant,
        json!({"answer": "Serviceloven § 141."}),
    )
    .await;
    assert_eq!(kinds(&app, admin).await, ["clarification_answered"]);
    assert_eq!(
        kinds(&app, &assessor).await,
        ["clarification_answered", "assessor_assigned"]
    );

    call(&app, Method::POST, &decision_path(&w), admin, approval(&w)).await;
    assert_eq!(
        kinds(&app, applicant).await,
        ["decided", "clarification_asked"]
    );
    // Every notification has its e-mail waiting in the outbox: the assessor once, the
    // applicants of Aarhus and of the member København twice each, the secretariat and the
    // assessor for the answer.
    let outbox = app
        .store
        .store
        .outbox(frirum_domain::PageRequest::default())
        .await
        .unwrap();
    assert_eq!(outbox.total, 7);
    assert!(outbox.items.iter().all(|m| m.sent_at.is_none()));
}

#[tokio::test]
async fn the_error_page_names_the_rule_that_refused() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = w.submitted_id;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        &w.setup.admin,
        json!({"assessor_ids": [w.assessor_id]}),
    )
    .await;
    let token = app.token(Role::Assessor).await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/conflict"),
        &token,
        json!({"reason": "Min søster leder projektet."}),
    )
    .await;
    // A conflicted assessor is refused with the rule, not only "forbidden".
    let mut assessor = Browser::new(&app);
    assessor.accept_language = Some("en".into());
    assessor.login(Role::Assessor).await;
    let refused = assessor
        .get(&format!("/applications/{id}/assessment"))
        .await;
    assert_eq!(refused.status, 403);
    assert!(
        refused.text().contains("conflict of interest"),
        "{}",
        refused.text()
    );
}
