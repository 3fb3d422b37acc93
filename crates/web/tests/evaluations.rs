//! Evaluations over HTTP (issue 14, item 3): an assigned researcher writes a results
//! evaluation whose findings link to the trial's granted exemptions; a finding on an
//! exemption the trial was not granted is 422 `finding_exemption_not_granted`; a researcher
//! not assigned is refused (403); publishing needs a confirmation and freezes it; an
//! embargoed evaluation is only announced to the public until its date (tried with the
//! injected clock); the pages let the researcher add a finding by ticking names and show
//! the public what it may see.

mod common;

use std::sync::Arc;

use axum::http::Method;
use common::fixtures::{approved_trial, world};
use common::{Browser, TestApp, email};
use frirum_app::clock::FixedClock;
use frirum_domain::Role;
use time::{Duration, OffsetDateTime};

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

fn evaluation(trial: i64, exemption: usize, embargo: Option<&str>) -> String {
    let embargo = embargo.map_or("null".to_owned(), |d| format!("\"{d}\""));
    format!(
        r#"{{"kind": "results", "title": "Resultatevaluering", "summary": "Borgerne fik én plan.",
        "embargo_until": {embargo},
        "findings": [{{"text": "Færre møder for borgeren.", "strength": "moderate",
            "exemptions": [{{"trial_id": {trial}, "exemption": {exemption}}}]}}],
        "recommendations": [{{"trial_id": {trial}, "exemption": 0,
            "recommendation": "make_general", "reasons": "Virker."}}]}}"#
    )
}

#[tokio::test]
async fn a_researcher_writes_and_publishes_an_evaluation_of_granted_exemptions_only() {
    let start = OffsetDateTime::now_utc();
    let clock = Arc::new(FixedClock::new(start));
    let app = TestApp::new().await.with_clock(clock.clone());
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let researcher = app.token(Role::Researcher).await;
    let applicant = app.token(Role::Applicant).await;
    let admin = app.token(Role::Admin).await;
    let list = format!("/api/v1/trials/{trial}/evaluations");
    let embargo = (start + Duration::days(30)).date().to_string();
    let body = evaluation(trial, 0, Some(&embargo));

    // Not assigned: refused, as are the applicant and the secretariat (who read research
    // but do not write it); the public must sign in.
    for token in [&researcher, &applicant, &admin] {
        let refused = app.api(Method::POST, &list, Some(token), Some(&body)).await;
        assert_eq!(refused.status, 403, "{}", refused.text());
    }
    let anonymous = app.api(Method::POST, &list, None, Some(&body)).await;
    assert_eq!(anonymous.status, 401, "{}", anonymous.text());

    assign(&app, trial).await;
    // The trial was granted its first exemption only: a finding on the second is refused.
    let refused = app
        .api(
            Method::POST,
            &list,
            Some(&researcher),
            Some(&evaluation(trial, 1, None)),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert_eq!(
        refused.json()["error"]["code"],
        "finding_exemption_not_granted"
    );
    // An embargo date of its own before today is refused.
    let yesterday = (start - Duration::days(1)).date().to_string();
    let past = app
        .api(
            Method::POST,
            &list,
            Some(&researcher),
            Some(&evaluation(trial, 0, Some(&yesterday))),
        )
        .await;
    assert_eq!(past.status, 422, "{}", past.text());
    assert_eq!(past.json()["error"]["code"], "embargo_in_the_past");
    let created = app
        .api(Method::POST, &list, Some(&researcher), Some(&body))
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    let id = created.json()["id"].as_i64().unwrap();
    assert_eq!(created.json()["status"], "draft");

    // A draft is hidden from the public and the applicants.
    let public = app.api(Method::GET, &list, None, None).await;
    assert_eq!(public.status, 200);
    assert!(public.json()["items"].as_array().unwrap().is_empty());
    let one = format!("/api/v1/evaluations/{id}");
    let hidden = app.api(Method::GET, &one, Some(&applicant), None).await;
    assert_eq!(hidden.status, 403, "{}", hidden.text());

    // Publishing needs the confirmation, then freezes it.
    let publish = format!("/api/v1/evaluations/{id}/publish");
    let unconfirmed = app
        .api(
            Method::POST,
            &publish,
            Some(&researcher),
            Some(r#"{"version": 1}"#),
        )
        .await;
    assert_eq!(unconfirmed.status, 422, "{}", unconfirmed.text());
    assert_eq!(unconfirmed.json()["error"]["code"], "publish_unconfirmed");
    let published = app
        .api(
            Method::POST,
            &publish,
            Some(&researcher),
            Some(r#"{"version": 1, "confirm": true}"#),
        )
        .await;
    assert_eq!(published.status, 200, "{}", published.text());
    assert_eq!(published.json()["status"], "published");
    let frozen = app
        .api(
            Method::PUT,
            &one,
            Some(&researcher),
            Some(&format!(r#"{{"version": 1, "content": {body}}}"#)),
        )
        .await;
    assert_eq!(frozen.status, 409, "{}", frozen.text());
    assert_eq!(frozen.json()["error"]["code"], "evaluation_published");

    // Embargoed: the public sees that it exists and when, nothing of its content.
    let announced = app.api(Method::GET, &one, None, None).await;
    assert_eq!(announced.status, 200, "{}", announced.text());
    assert_eq!(announced.json()["disclosure"], "announced");
    assert!(announced.json()["findings"].as_array().unwrap().is_empty());
    assert_eq!(announced.json()["summary"], "");
    let page = app.get(&format!("/trials/{trial}/evaluations/{id}")).await;
    assert_eq!(page.status, 200);
    assert!(!page.text().contains("Færre møder"), "{}", page.text());
    // The secretariat sees everything.
    let insider = app.api(Method::GET, &one, Some(&admin), None).await;
    assert_eq!(insider.json()["disclosure"], "full");
    assert_eq!(insider.json()["findings"].as_array().unwrap().len(), 1);

    // On the embargo's day the public reads it whole.
    clock.set(start + Duration::days(31));
    let lifted = app.api(Method::GET, &one, None, None).await;
    assert_eq!(lifted.json()["disclosure"], "full", "{}", lifted.text());
    assert_eq!(lifted.json()["findings"][0]["strength"], "moderate");
    let page = app.get(&format!("/trials/{trial}/evaluations/{id}")).await;
    assert!(page.text().contains("Færre møder"), "{}", page.text());

    // A correction is recorded beside it, not into it.
    let corrected = app
        .api(
            Method::POST,
            &format!("/api/v1/evaluations/{id}/corrections"),
            Some(&researcher),
            Some(r#"{"note": "Tabel 2 havde byttet om på årene."}"#),
        )
        .await;
    assert_eq!(corrected.status, 200, "{}", corrected.text());
    assert_eq!(corrected.json()["corrections"].as_array().unwrap().len(), 1);
    assert_eq!(corrected.json()["summary"], "Borgerne fik én plan.");
}

#[tokio::test]
async fn the_pages_add_a_finding_by_name_and_publish_after_confirmation() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    assign(&app, trial).await;
    let mut browser = Browser::new(&app);
    browser.login(Role::Researcher).await;
    let base = format!("/trials/{trial}/evaluations");

    let form = browser.get(&format!("{base}/new")).await;
    assert_eq!(form.status, 200, "{}", form.text());
    // An embargo date in the past is refused beside its field, the input kept.
    let past = browser
        .post(
            &base,
            &[
                ("kind", "results"),
                ("title", "Resultatevaluering"),
                ("summary", "Kort sammenfatning."),
                ("plan_id", ""),
                ("embargo_until", "2019-01-01"),
                ("version", ""),
            ],
        )
        .await;
    assert_eq!(past.status, 422, "{}", past.text());
    assert!(
        past.text().contains("evaluation-embargo-error"),
        "{}",
        past.text()
    );
    assert!(past.text().contains(r#"value="2019-01-01""#));
    assert!(!past.text().contains(r#"id="evaluation-error""#));
    let created = browser
        .post(
            &base,
            &[
                ("kind", "results"),
                ("title", "Resultatevaluering"),
                ("summary", "Kort sammenfatning."),
                ("plan_id", ""),
                ("embargo_until", ""),
                ("version", ""),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.text());
    let page_path = created.location();
    let finding_form = browser.get(&format!("{page_path}/findings/new")).await;
    assert_eq!(finding_form.status, 200);
    // Exemptions are ticked by their reference, never by a number.
    assert!(
        finding_form
            .text()
            .contains(&format!("value=\"{trial}:0\"")),
        "{}",
        finding_form.text()
    );
    let not_granted = browser
        .post(
            &format!("{page_path}/findings"),
            &[
                ("version", "1"),
                ("text", "Færre møder."),
                ("strength", "strong"),
                ("exemptions", &format!("{trial}:1")),
            ],
        )
        .await;
    assert_eq!(not_granted.status, 422, "{}", not_granted.text());
    assert!(not_granted.text().contains("evaluation-error"));
    let added = browser
        .post(
            &format!("{page_path}/findings"),
            &[
                ("version", "1"),
                ("text", "Færre møder."),
                ("strength", "strong"),
                ("exemptions", &format!("{trial}:0")),
            ],
        )
        .await;
    assert_eq!(added.status, 303, "{}", added.text());
    let unconfirmed = browser
        .post(&format!("{page_path}/publish"), &[("version", "2")])
        .await;
    assert_eq!(unconfirmed.status, 422, "{}", unconfirmed.text());
    let published = browser
        .post(
            &format!("{page_path}/publish"),
            &[("version", "2"), ("confirm", "1")],
        )
        .await;
    assert_eq!(published.status, 303, "{}", published.text());
    let public = app.get(&page_path).await;
    assert_eq!(public.status, 200);
    assert!(public.text().contains("Færre møder."));
    let trial_page = app.get(&format!("/trials/{trial}")).await;
    assert!(trial_page.text().contains("Resultatevaluering"));
}
