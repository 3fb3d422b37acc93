//! Research plans over HTTP (issue 14, item 2): an assigned researcher writes a draft,
//! registers it (frozen as version 1) and amends it only with a reason (422
//! `plan_reason_required` without one); a researcher not assigned is refused (403); a
//! save from a stale version is 409 `edit_conflict`; the public reads registered plans but
//! not drafts; the pages show the amendment form for a registered plan and two versions
//! side by side.

mod common;

use axum::http::Method;
use common::fixtures::{approved_trial, world};
use common::{Browser, TestApp, email};
use frirum_domain::Role;

const PLAN: &str = r#"{"title": "Én plan for borgeren", "questions": ["Får borgeren færre møder?"],
    "design": "before_after", "other_data": "Interviews", "analysis": "Før og efter",
    "embargo_until": "2027-06-30"}"#;

async fn user_id(app: &TestApp, role: Role) -> i64 {
    app.store
        .store
        .credentials(&email(role))
        .await
        .unwrap()
        .unwrap()
        .user
        .id
}

/// Assigns the test researcher to the trial, through the secretariat's API.
async fn assign(app: &TestApp, trial: i64) {
    let admin = app.token(Role::Admin).await;
    let researcher = user_id(app, Role::Researcher).await;
    let reply = app
        .api(
            Method::PUT,
            &format!("/api/v1/trials/{trial}/researchers/{researcher}"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(reply.status, 204, "{}", reply.text());
}

#[tokio::test]
async fn an_assigned_researcher_registers_and_amends_only_with_a_reason() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let researcher = app.token(Role::Researcher).await;
    let applicant = app.token(Role::Applicant).await;
    let admin = app.token(Role::Admin).await;
    let plans = format!("/api/v1/trials/{trial}/plans");

    // Not assigned yet: refused, as are the applicant and the secretariat (who read
    // research but do not write it) and the public.
    for token in [Some(&researcher), Some(&applicant), Some(&admin)] {
        let refused = app
            .api(Method::POST, &plans, token.map(String::as_str), Some(PLAN))
            .await;
        assert_eq!(refused.status, 403, "{}", refused.text());
    }
    let anonymous = app.api(Method::POST, &plans, None, Some(PLAN)).await;
    assert_eq!(anonymous.status, 401, "{}", anonymous.text());

    assign(&app, trial).await;
    let created = app
        .api(Method::POST, &plans, Some(&researcher), Some(PLAN))
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    let plan = created.json();
    let id = plan["id"].as_i64().unwrap();
    assert_eq!(plan["status"], "draft");
    assert_eq!(plan["version"], 1);

    // A draft is not public: the list leaves it out and the plan is refused.
    let public = app.api(Method::GET, &plans, None, None).await;
    assert_eq!(public.status, 200);
    assert_eq!(public.json()["plans"].as_array().unwrap().len(), 0);
    let hidden = app
        .api(
            Method::GET,
            &format!("/api/v1/plans/{id}"),
            Some(&applicant),
            None,
        )
        .await;
    assert_eq!(hidden.status, 403, "{}", hidden.text());
    let seen = app
        .api(
            Method::GET,
            &format!("/api/v1/plans/{id}"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(seen.status, 200, "{}", seen.text());

    // Two researchers save from version 1: the second is told, not silently overwritten.
    let save = |title: &str, version: i64| {
        format!(
            r#"{{"version": {version}, "content": {{"title": "{title}", "questions": ["Q"],
            "design": "mixed_methods", "analysis": "A"}}}}"#
        )
    };
    let first = app
        .api(
            Method::PUT,
            &format!("/api/v1/plans/{id}"),
            Some(&researcher),
            Some(&save("Første", 1)),
        )
        .await;
    assert_eq!(first.status, 200, "{}", first.text());
    let stale = app
        .api(
            Method::PUT,
            &format!("/api/v1/plans/{id}"),
            Some(&researcher),
            Some(&save("Anden", 1)),
        )
        .await;
    assert_eq!(stale.status, 409, "{}", stale.text());
    assert_eq!(stale.json()["error"]["code"], "edit_conflict");

    // Registering needs the confirmation, then freezes version 1.
    let unconfirmed = app
        .api(
            Method::POST,
            &format!("/api/v1/plans/{id}/register"),
            Some(&researcher),
            Some(r#"{"version": 2, "confirm": false}"#),
        )
        .await;
    assert_eq!(unconfirmed.status, 422, "{}", unconfirmed.text());
    assert_eq!(
        unconfirmed.json()["error"]["code"],
        "plan_register_unconfirmed"
    );
    let registered = app
        .api(
            Method::POST,
            &format!("/api/v1/plans/{id}/register"),
            Some(&researcher),
            Some(r#"{"version": 2, "confirm": true}"#),
        )
        .await;
    assert_eq!(registered.status, 200, "{}", registered.text());
    assert_eq!(registered.json()["status"], "registered");
    assert_eq!(registered.json()["registered_version"], 1);

    // No silent edit of a registered plan: a save is refused, an amendment needs a reason.
    let silent = app
        .api(
            Method::PUT,
            &format!("/api/v1/plans/{id}"),
            Some(&researcher),
            Some(&save("Stille", 3)),
        )
        .await;
    assert_eq!(silent.status, 409, "{}", silent.text());
    assert_eq!(silent.json()["error"]["code"], "plan_registered");
    let amendment = |reason: &str| {
        format!(
            r#"{{"version": 3, "reason": "{reason}", "content": {{"title": "Første",
            "questions": ["Q", "Q2"], "design": "difference_in_differences", "analysis": "A"}}}}"#
        )
    };
    let no_reason = app
        .api(
            Method::POST,
            &format!("/api/v1/plans/{id}/amendments"),
            Some(&researcher),
            Some(&amendment("  ")),
        )
        .await;
    assert_eq!(no_reason.status, 422, "{}", no_reason.text());
    assert_eq!(no_reason.json()["error"]["code"], "plan_reason_required");
    // A new embargo date may not lie before today: holding results back until 2019 says
    // nothing in 2026.
    let past_embargo = app
        .api(
            Method::POST,
            &format!("/api/v1/plans/{id}/amendments"),
            Some(&researcher),
            Some(
                r#"{"version": 3, "reason": "Embargo", "content": {"title": "Første",
                "questions": ["Q"], "design": "mixed_methods", "analysis": "A",
                "embargo_until": "2019-01-01"}}"#,
            ),
        )
        .await;
    assert_eq!(past_embargo.status, 422, "{}", past_embargo.text());
    assert_eq!(past_embargo.json()["error"]["code"], "embargo_in_the_past");
    assert_eq!(
        past_embargo.json()["error"]["details"]["field"],
        "embargo_until"
    );
    let amended = app
        .api(
            Method::POST,
            &format!("/api/v1/plans/{id}/amendments"),
            Some(&researcher),
            Some(&amendment("Registerdata kom sent")),
        )
        .await;
    assert_eq!(amended.status, 200, "{}", amended.text());
    assert_eq!(amended.json()["registered_version"], 2);

    // Now public, with both versions, to anybody.
    let read = app
        .api(Method::GET, &format!("/api/v1/plans/{id}"), None, None)
        .await;
    assert_eq!(read.status, 200, "{}", read.text());
    let body = read.json();
    assert_eq!(body["versions"].as_array().unwrap().len(), 2);
    assert_eq!(body["versions"][1]["reason"], "Registerdata kom sent");
    assert_eq!(body["may_write"], false);
    let listed = app.api(Method::GET, &plans, None, None).await;
    assert_eq!(listed.json()["plans"].as_array().unwrap().len(), 1);

    // Registering told the applicants of the participants.
    let told = app
        .api(
            Method::GET,
            "/api/v1/me/notifications",
            Some(&applicant),
            None,
        )
        .await;
    assert!(told.text().contains("plan_registered"), "{}", told.text());
}

#[tokio::test]
async fn the_pages_offer_only_an_amendment_of_a_registered_plan_and_compare_versions() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    assign(&app, trial).await;
    let mut b = Browser::new(&app);
    b.login(Role::Researcher).await;

    let page = b.get(&format!("/trials/{trial}")).await;
    assert!(page.text().contains(&format!("/trials/{trial}/plans/new")));
    let form = b.get(&format!("/trials/{trial}/plans/new")).await;
    assert_eq!(form.status, 200, "{}", form.text());
    let fields = [
        ("title", "Én plan for borgeren"),
        ("questions", "Færre møder?\nBedre forløb?"),
        ("design", "before_after"),
        ("other_data", ""),
        ("analysis", "Før og efter"),
        ("embargo_until", ""),
        ("version", ""),
    ];
    let created = b.post(&format!("/trials/{trial}/plans"), &fields).await;
    assert_eq!(created.status, 303, "{}", created.text());
    let plan_path = created.location();
    let id: i64 = plan_path.rsplit('/').next().unwrap().parse().unwrap();

    // Registering asks for the confirmation first.
    let unconfirmed = b
        .post(&format!("{plan_path}/register"), &[("version", "1")])
        .await;
    assert_eq!(unconfirmed.status, 422, "{}", unconfirmed.text());
    let registered = b
        .post(
            &format!("{plan_path}/register"),
            &[("version", "1"), ("confirm", "1")],
        )
        .await;
    assert_eq!(registered.status, 303, "{}", registered.text());

    // The form of a registered plan is the amendment form, with a reason.
    let edit = b.get(&format!("{plan_path}/edit")).await;
    assert!(edit.text().contains(r#"name="reason""#), "{}", edit.text());
    assert!(edit.text().contains(r#"name="mode" value="amend""#));
    // A save without the amendment's mode is refused, not applied silently.
    let mut changed = fields.to_vec();
    changed[4] = ("analysis", "Forskel i forskelle");
    changed[6] = ("version", "2");
    let silent = b.post(&format!("{plan_path}/edit"), &changed).await;
    assert_eq!(silent.status, 409, "{}", silent.text());
    let mut amend = changed.clone();
    amend.push(("mode", "amend"));
    amend.push(("reason", ""));
    let no_reason = b.post(&format!("{plan_path}/edit"), &amend).await;
    assert_eq!(no_reason.status, 422, "{}", no_reason.text());
    assert!(no_reason.text().contains(r#"id="plan-error""#));
    amend.pop();
    amend.push(("reason", "Registerdata kom sent"));
    let amended = b.post(&format!("{plan_path}/edit"), &amend).await;
    assert_eq!(amended.status, 303, "{}", amended.text());

    // Both versions side by side, the analysis marked as changed.
    let compare = b.get(&format!("{plan_path}/compare")).await;
    assert_eq!(compare.status, 200, "{}", compare.text());
    let text = compare.text();
    assert!(text.contains("Forskel i forskelle") && text.contains("Før og efter"));
    assert!(
        text.contains(r#"<tr class="changed" id="plan-row-analysis">"#),
        "{text}"
    );
    assert!(!text.contains(r#"<tr class="changed" id="plan-row-title">"#));

    // The public reads it, with its history, and the scheme's path does not lead to it.
    let public = app.get(&plan_path).await;
    assert_eq!(public.status, 200);
    assert!(public.text().contains("Registerdata kom sent"));
    let wrong = app
        .get(&format!("/schemes/{}/plans/{id}", w.setup.scheme_id))
        .await;
    assert_eq!(wrong.status, 404);
}

#[tokio::test]
async fn a_researcher_of_the_whole_scheme_writes_its_joint_plan_and_the_trials_plans() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let scheme = w.setup.scheme_id;
    let researcher = app.token(Role::Researcher).await;
    let joint = format!("/api/v1/schemes/{scheme}/plans");
    let refused = app
        .api(Method::POST, &joint, Some(&researcher), Some(PLAN))
        .await;
    assert_eq!(refused.status, 403, "{}", refused.text());

    let admin = app.token(Role::Admin).await;
    let id = user_id(&app, Role::Researcher).await;
    let assigned = app
        .api(
            Method::PUT,
            &format!("/api/v1/schemes/{scheme}/researchers/{id}"),
            Some(&admin),
            None,
        )
        .await;
    assert!(assigned.status.is_success(), "{}", assigned.text());

    // A joint plan names no trial's indicators; its embargo day is kept.
    let created = app
        .api(Method::POST, &joint, Some(&researcher), Some(PLAN))
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    assert!(created.json()["trial_id"].is_null());
    assert_eq!(created.json()["content"]["embargo_until"], "2027-06-30");
    let with_indicator = PLAN.replace(r#""design""#, r#""indicator_ids": [1], "design""#);
    let unknown = app
        .api(
            Method::POST,
            &joint,
            Some(&researcher),
            Some(&with_indicator),
        )
        .await;
    assert_eq!(unknown.status, 422, "{}", unknown.text());
    assert_eq!(unknown.json()["error"]["code"], "plan_unknown_indicator");

    // Assigned to the scheme, the researcher writes the plans of its trials too.
    let trial_plan = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/plans"),
            Some(&researcher),
            Some(PLAN),
        )
        .await;
    assert_eq!(trial_plan.status, 201, "{}", trial_plan.text());
    let listed = app.api(Method::GET, &joint, Some(&researcher), None).await;
    assert_eq!(listed.json()["plans"].as_array().unwrap().len(), 1);
    assert_eq!(listed.json()["may_write"], true);
}
