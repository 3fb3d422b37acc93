//! Status reports through the router (issue 13, item 3): the upkeep creates a started
//! trial's due reports once and reminds its applicants once before and once after the due
//! date; the applicant saves and submits (a field refused by name, a stale or submitted
//! report 409); the secretariat returns with a required comment and accepts; the public
//! reads the accepted report without the events' descriptions, and the trial page's "status
//! not verified since" flag; overdue reports on the home pages; the form page refuses a bad
//! date beside its field and keeps what was typed.

mod common;

use axum::http::Method;
use common::fixtures::{started_trial, world};
use common::{Browser, TestApp, email};
use frirum_app::{Actor as AppActor, App, AppConfig};
use frirum_domain::{Language, PageRequest, Role};
use time::macros::datetime;

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

async fn upkeep(app: &TestApp, now: time::OffsetDateTime) -> frirum_app::reports::Upkept {
    let app = App::new(app.store.store.clone(), AppConfig::default());
    frirum_app::reports::create_due_and_remind(&app, &AppActor::public(Language::En, now))
        .await
        .unwrap()
}

#[tokio::test]
async fn due_reports_are_created_once_and_reminded_once_each() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = started_trial(&app, &w).await;
    let now = datetime!(2026-12-20 08:00 UTC);
    let done = upkeep(&app, now).await;
    // Half-years from 1 January 2025: three past, and the one running since July 2026.
    assert_eq!(done.created, 4);
    // Three overdue reminders, and one coming up (due 1 January 2027, in 12 days).
    assert_eq!(done.reminded, 4);
    let again = upkeep(&app, now).await;
    assert_eq!((again.created, again.reminded), (0, 0));
    let applicant = user_id(&app, Role::Applicant).await;
    let told = app
        .store
        .store
        .notifications(applicant, PageRequest::default())
        .await
        .unwrap();
    assert_eq!(told.total, 4);
    assert!(
        told.items
            .iter()
            .all(|n| n.link.starts_with(&format!("/trials/{trial}/reports/")))
    );
    let admin = app.token(Role::Admin).await;
    let list = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/reports"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(list.status, 200, "{}", list.text());
    let list = list.json();
    assert_eq!(list.as_array().unwrap().len(), 4);
    assert_eq!(list[0]["due_date"], "2025-07-01");
    assert_eq!(list[0]["status"], "draft");
    assert_eq!(list[0]["reminded"], serde_json::json!(["after"]));
    // The public reads no report that is not accepted.
    let public = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/reports"),
            None,
            None,
        )
        .await;
    assert_eq!(public.json(), serde_json::json!([]));
}

#[tokio::test]
async fn a_report_is_written_submitted_returned_and_accepted_through_the_api() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = started_trial(&app, &w).await;
    upkeep(&app, datetime!(2026-12-05 08:00 UTC)).await;
    let admin = app.token(Role::Admin).await;
    let applicant = app.token(Role::Applicant).await;
    let reports = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/reports"),
            Some(&applicant),
            None,
        )
        .await
        .json();
    let id = reports[0]["id"].as_i64().unwrap();
    let path = format!("/api/v1/trials/{trial}/reports/{id}");

    // A milestone without a title is refused by name, and nothing is saved.
    let untitled = app
        .api(
            Method::PUT,
            &path,
            Some(&applicant),
            Some(r#"{"version": 1, "content": {"milestones": [{"title": " ", "due_date": "2025-03-01", "status": "met"}]}}"#),
        )
        .await;
    assert_eq!(untitled.status, 422, "{}", untitled.text());
    assert_eq!(untitled.json()["error"]["code"], "field_required");
    assert!(untitled.text().contains("milestones[0].title"));
    // Text for a count is refused by the JSON reader, naming the field.
    let text = app
        .api(
            Method::PUT,
            &path,
            Some(&applicant),
            Some(r#"{"version": 1, "content": {"exemptions_used": [{"exemption": 0, "used": true, "count": "N/A"}]}}"#),
        )
        .await;
    assert_eq!(text.status, 422, "{}", text.text());
    // An exemption the trial does not have.
    let unknown = app
        .api(
            Method::PUT,
            &path,
            Some(&applicant),
            Some(r#"{"version": 1, "content": {"exemptions_used": [{"exemption": 5, "used": true}]}}"#),
        )
        .await;
    assert_eq!(unknown.status, 422, "{}", unknown.text());
    assert!(unknown.text().contains("exemptions_used[0].exemption"));

    let content = r#"{"progress": "Fyrre familier deltog.",
        "milestones": [{"title": "Medarbejdere uddannet", "due_date": "2025-03-01", "status": "met"}],
        "exemptions_used": [{"exemption": 0, "used": true, "count": 12}],
        "events": [{"kind": "opt_out", "date": "2025-02-10", "count": 1,
            "description": "En borger valgte de almindelige regler.", "handling": "Behandlet efter de almindelige regler."}]}"#;
    let saved = app
        .api(
            Method::PUT,
            &path,
            Some(&applicant),
            Some(&format!(r#"{{"version": 1, "content": {content}}}"#)),
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.text());
    assert_eq!(saved.json()["version"], 2);
    // A stale form is a conflict.
    let stale = app
        .api(
            Method::PUT,
            &path,
            Some(&applicant),
            Some(&format!(r#"{{"version": 1, "content": {content}}}"#)),
        )
        .await;
    assert_eq!(stale.status, 409, "{}", stale.text());
    assert_eq!(stale.json()["error"]["code"], "edit_conflict");
    // Submitting needs the progress.
    let empty = app
        .api(
            Method::POST,
            &format!("{path}/submit"),
            Some(&applicant),
            Some(r#"{"version": 2, "content": {}}"#),
        )
        .await;
    assert_eq!(empty.status, 422, "{}", empty.text());
    assert!(empty.text().contains("progress"));
    let submitted = app
        .api(
            Method::POST,
            &format!("{path}/submit"),
            Some(&applicant),
            Some(&format!(r#"{{"version": 2, "content": {content}}}"#)),
        )
        .await;
    assert_eq!(submitted.status, 200, "{}", submitted.text());
    assert_eq!(submitted.json()["status"], "submitted");
    let state = app.store.store.trial_state(trial).await.unwrap().unwrap();
    assert!(
        state.verified_at.is_none(),
        "submitting is the trial's own word: it does not confirm the status"
    );
    // Submitted, it can no longer be saved.
    let locked = app
        .api(
            Method::PUT,
            &path,
            Some(&applicant),
            Some(&format!(r#"{{"version": 3, "content": {content}}}"#)),
        )
        .await;
    assert_eq!(locked.status, 409, "{}", locked.text());
    assert_eq!(locked.json()["error"]["code"], "report_not_editable");
    // The applicant cannot accept their own report.
    let own = app
        .api(
            Method::POST,
            &format!("{path}/accept"),
            Some(&applicant),
            Some(r#"{"version": 3}"#),
        )
        .await;
    assert_eq!(own.status, 403);
    // Returning needs a comment.
    let silent = app
        .api(
            Method::POST,
            &format!("{path}/return"),
            Some(&admin),
            Some(r#"{"version": 3, "comment": "  "}"#),
        )
        .await;
    assert_eq!(silent.status, 422, "{}", silent.text());
    assert_eq!(silent.json()["error"]["code"], "return_comment_required");
    let returned = app
        .api(
            Method::POST,
            &format!("{path}/return"),
            Some(&admin),
            Some(r#"{"version": 3, "comment": "Tilføj antallet af borgere."}"#),
        )
        .await;
    assert_eq!(returned.status, 200, "{}", returned.text());
    assert_eq!(
        returned.json()["return_comment"],
        "Tilføj antallet af borgere."
    );
    let again = app
        .api(
            Method::POST,
            &format!("{path}/submit"),
            Some(&applicant),
            Some(&format!(r#"{{"version": 4, "content": {content}}}"#)),
        )
        .await;
    assert_eq!(again.status, 200, "{}", again.text());
    // A decision made on a version gone by is a conflict; the right one is accepted.
    let late = app
        .api(
            Method::POST,
            &format!("{path}/accept"),
            Some(&admin),
            Some(r#"{"version": 4}"#),
        )
        .await;
    assert_eq!(late.status, 409, "{}", late.text());
    let accepted = app
        .api(
            Method::POST,
            &format!("{path}/accept"),
            Some(&admin),
            Some(r#"{"version": 5}"#),
        )
        .await;
    assert_eq!(accepted.status, 200, "{}", accepted.text());
    assert_eq!(accepted.json()["status"], "accepted");
    let state = app.store.store.trial_state(trial).await.unwrap().unwrap();
    assert!(
        state.verified_at.is_some(),
        "acceptance confirms the status"
    );
    // The public reads the accepted report, but not what the event's description says.
    let public = app.api(Method::GET, &path, None, None).await;
    assert_eq!(public.status, 200, "{}", public.text());
    let public = public.json();
    assert_eq!(public["content"]["progress"], "Fyrre familier deltog.");
    assert_eq!(public["content"]["events"][0]["kind"], "opt_out");
    assert_eq!(public["content"]["events"][0]["description"], "");
    assert_eq!(public["submitted_by_name"], serde_json::Value::Null);
    // The secretariat was told of each submission; the applicant of the return.
    let applicant_id = user_id(&app, Role::Applicant).await;
    let told = app
        .store
        .store
        .notifications(applicant_id, PageRequest::default())
        .await
        .unwrap();
    assert!(
        told.items
            .iter()
            .any(|n| n.kind.as_str() == "report_returned")
    );
}

#[tokio::test]
async fn the_pages_flag_what_is_overdue_and_refuse_a_bad_date_beside_its_field() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = started_trial(&app, &w).await;
    upkeep(&app, time::OffsetDateTime::now_utc()).await;
    // Nothing was ever submitted and the first report is long overdue: the public sees it.
    let mut public = Browser::new(&app);
    let page = public.get(&format!("/trials/{trial}")).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("id=\"reports-not-verified\""), "{text}");
    assert!(
        !text.contains("id=\"reports-table\""),
        "no report is accepted yet"
    );
    // The secretariat and the applicant see the overdue reports on their home pages.
    for role in [Role::Admin, Role::Applicant] {
        let mut browser = Browser::new(&app);
        browser.login(role).await;
        let home = browser.get("/").await;
        assert!(home.text().contains("id=\"overdue-reports\""), "{role}");
    }
    // The applicant's form: a date that cannot be read is refused beside its field.
    let mut applicant = Browser::new(&app);
    applicant.login(Role::Applicant).await;
    let reports = app.store.store.trial_reports(trial).await.unwrap();
    let report = &reports[0];
    let path = format!("/trials/{trial}/reports/{}", report.id);
    let form = applicant.get(&path).await;
    assert_eq!(form.status, 200);
    assert!(form.text().contains("id=\"report-form\""));
    let refused = applicant
        .post(
            &path,
            &[
                ("version", "1"),
                ("progress", "Godt i gang."),
                ("m_title", "Medarbejdere uddannet"),
                ("m_due", "1. marts"),
                ("m_status", "met"),
                ("m_note", ""),
                ("x_count_0", ""),
                ("x_note_0", ""),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text());
    let text = refused.text();
    assert!(text.contains("id=\"report-error\""));
    assert!(
        text.contains("Medarbejdere uddannet"),
        "what was typed stays"
    );
    assert!(text.contains("aria-invalid=\"true\""));
    let stored = app.store.store.report(report.id).await.unwrap().unwrap();
    assert_eq!(stored.version, 1, "nothing was saved");
    // Submitted, the report goes to the secretariat, who returns it with a comment.
    let sent = applicant
        .post(
            &path,
            &[
                ("version", "1"),
                ("progress", "Godt i gang."),
                ("x_count_0", "3"),
                ("x_used_0", "1"),
                ("x_note_0", ""),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.text());
    let mut admin = Browser::new(&app);
    admin.login(Role::Admin).await;
    let page = admin.get(&path).await;
    assert!(page.text().contains("id=\"report-accept\""));
    let silent = admin
        .post(
            &format!("{path}/decision"),
            &[("version", "2"), ("decision", "return"), ("comment", "")],
        )
        .await;
    assert_eq!(silent.status, 422, "{}", silent.text());
    let back = admin
        .post(
            &format!("{path}/decision"),
            &[
                ("version", "2"),
                ("decision", "return"),
                ("comment", "Tilføj tallene."),
            ],
        )
        .await;
    assert_eq!(back.status, 303, "{}", back.text());
    let page = applicant.get(&path).await;
    let text = page.text();
    assert!(text.contains("Tilføj tallene."));
    // The report states the period's indicator actuals, with a way to report them.
    assert!(text.contains("id=\"report-actuals\""), "{text}");
    assert!(text.contains("id=\"report-actuals-link\""), "{text}");
    // A Danish trial's moments are in Danish time, whatever the visitor's language.
    assert!(text.contains("Danish time"), "{text}");
    assert!(!text.contains("Norwegian time"), "{text}");
    // Overdue and returned, the applicant's home says so rather than only "due".
    let home = applicant.get("/").await.text();
    assert!(
        home.contains("see the comment") || home.contains("kommentar"),
        "{home}"
    );
    // The schedule page saves the secretariat's figures and refuses one out of range.
    let scheme = w.setup.scheme_id;
    let out = admin
        .post(
            &format!("/schemes/{scheme}/reporting"),
            &[
                ("every_months", "0"),
                ("final_after_days", "90"),
                ("grace_days", "60"),
                ("remind_before_days", "14"),
                ("remind_after_days", "7"),
            ],
        )
        .await;
    assert_eq!(out.status, 422, "{}", out.text());
    assert!(out.text().contains("id=\"every_months-error\""));
    let saved = admin
        .post(
            &format!("/schemes/{scheme}/reporting"),
            &[
                ("every_months", "12"),
                ("final_after_days", "90"),
                ("grace_days", "60"),
                ("remind_before_days", "14"),
                ("remind_after_days", "7"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert_eq!(
        app.store
            .store
            .reporting_schedule(scheme)
            .await
            .unwrap()
            .every_months,
        12
    );
}
