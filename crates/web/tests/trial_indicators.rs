//! A trial's indicators over HTTP (issue 13, item 2): the approved objective becomes an
//! indicator; the applicant reports (a value of the wrong kind is 422 naming the field, a
//! value waiting for review or an approved period 409); the public sees approved values
//! only; the researcher approves or returns against the version seen (two at once: one
//! wins, the other 409); the exported CSV imports again, and a bad line is refused with its
//! line and field, storing nothing; the trial page shows the chart beside its table; an
//! ended trial without a reported value says that nothing was reported.

mod common;

use axum::body::Body;
use axum::http::{Method, Request, header};
use common::fixtures::{World, world};
use common::{Browser, TestApp, email};
use frirum_domain::Role;
use frirum_domain::decision::{DecisionDraft, GrantChoice, NewDecision, Outcome, RegulationKind};
use frirum_domain::journal::Actor;
use serde_json::Value;
use time::macros::date;

/// Approves the world's submitted application (Aarhus, the applicant's, takes part) and
/// lets the test researcher follow its trial: the trial.
async fn approved_trial(app: &TestApp, w: &World) -> i64 {
    // Periods that have ended, so that their actuals can be reported (a period still
    // running is refused: see `a_period_not_ended_is_refused_in_api_csv_and_form`).
    approved_trial_over(app, w, date!(2021 - 01 - 01), date!(2024 - 12 - 31)).await
}

/// As [`approved_trial`], over the given period.
async fn approved_trial_over(
    app: &TestApp,
    w: &World,
    period_start: time::Date,
    period_end: time::Date,
) -> i64 {
    let store = &app.store.store;
    let application = store.application(w.submitted_id).await.unwrap().unwrap();
    let user = |role| async move {
        store
            .credentials(&email(role))
            .await
            .unwrap()
            .unwrap()
            .user
            .id
    };
    let admin = user(Role::Admin).await;
    let now = time::OffsetDateTime::now_utc();
    let decision = NewDecision::from_validated(
        DecisionDraft {
            outcome: Outcome::Approved,
            reasons: "Godt begrundet.".into(),
            granted: vec![GrantChoice {
                exemption: 0,
                provision_ids: vec![],
                note: String::new(),
            }],
            conditions: String::new(),
            period_start: Some(period_start),
            period_end: Some(period_end),
            regulation_kind: Some(RegulationKind::FreeMunicipalityStatute),
            regulation_text: "Kommunalbestyrelsen vedtager en vedtægt.".into(),
            signatory_title: "Kontorchef".into(),
            confirmed: true,
        },
        &application,
    );
    let trial = store
        .decide(application.id, &decision, Actor::user(admin, now))
        .await
        .unwrap()
        .trial_id
        .unwrap();
    store
        .assign_trial_researcher(trial, user(Role::Researcher).await, Actor::user(admin, now))
        .await
        .unwrap();
    trial
}

fn put_actual(value: &str, submit: bool, version: Option<i64>) -> String {
    serde_json::json!({
        "value": serde_json::from_str::<Value>(value).unwrap(),
        "comment": "Opgjort i januar",
        "submit": submit,
        "version": version,
    })
    .to_string()
}

async fn send_csv(app: &TestApp, trial: i64, token: &str, csv: &str) -> common::Reply {
    let request = Request::post(format!(
        "/api/v1/trials/{trial}/indicators/import?submit=true"
    ))
    .header(header::AUTHORIZATION, format!("Bearer {token}"))
    .header(header::CONTENT_TYPE, "text/csv")
    .body(Body::from(csv.to_owned()))
    .unwrap();
    app.send(request).await
}

/// A CSV line of the export with its value column set (the test's lines hold no quotes).
fn set_value(line: &str, value: &str) -> String {
    let mut cells: Vec<&str> = line.split(',').collect();
    cells[9] = value;
    cells.join(",")
}

#[tokio::test]
async fn report_review_lock_import_and_show() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let applicant = app.token(Role::Applicant).await;
    let researcher = app.token(Role::Researcher).await;
    let admin = app.token(Role::Admin).await;
    let base = format!("/api/v1/trials/{trial}/indicators");

    // The approved objective became an indicator, with yearly periods over the trial.
    let read = app.api(Method::GET, &base, Some(&applicant), None).await;
    assert_eq!(read.status, 200, "{}", read.text());
    let body = read.json();
    assert_eq!(body["may_report"], true);
    let indicator = &body["indicators"][0];
    assert_eq!(indicator["indicator"]["title"], "Unge i uddannelse");
    assert_eq!(indicator["indicator"]["measure"], "percentage");
    let periods: Vec<i64> = indicator["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["period"]["id"].as_i64().unwrap())
        .collect();
    assert_eq!(periods.len(), 4);
    let actual = |p: i64| format!("{base}/periods/{p}/actual");

    // A value of the wrong kind is 422 naming the field; nothing is stored.
    for bad in [r#""N/A""#, "120"] {
        let refused = app
            .api(
                Method::PUT,
                &actual(periods[0]),
                Some(&applicant),
                Some(&put_actual(bad, true, None)),
            )
            .await;
        assert_eq!(refused.status, 422, "{bad}: {}", refused.text());
        assert_eq!(refused.json()["error"]["code"], "indicator_value_invalid");
        assert_eq!(refused.json()["error"]["details"]["field"], "value");
    }
    // The researcher may not report, the applicant may.
    let forbidden = app
        .api(
            Method::PUT,
            &actual(periods[0]),
            Some(&researcher),
            Some(&put_actual("64.5", true, None)),
        )
        .await;
    assert_eq!(forbidden.status, 403);
    let sent = app
        .api(
            Method::PUT,
            &actual(periods[0]),
            Some(&applicant),
            Some(&put_actual("64.5", true, None)),
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.text());
    assert_eq!(sent.json()["status"], "submitted");
    let update = sent.json()["id"].as_i64().unwrap();
    let version = sent.json()["version"].as_i64().unwrap();
    let waiting = app
        .api(
            Method::PUT,
            &actual(periods[0]),
            Some(&applicant),
            Some(&put_actual("65", true, None)),
        )
        .await;
    assert_eq!(waiting.status, 409);
    assert_eq!(waiting.json()["error"]["code"], "update_awaiting_review");

    // The public does not see what is not approved.
    let public = app.api(Method::GET, &base, None, None).await.json();
    assert!(public["indicators"][0]["periods"][0]["update"].is_null());
    assert_eq!(public["may_report"], false);

    // Review: a stale version is 409; a return needs a comment; approval locks the period.
    let review = format!("{base}/updates/{update}/review");
    let stale = app
        .api(
            Method::POST,
            &review,
            Some(&researcher),
            Some(&format!(
                r#"{{"version": {}, "verdict": "approve"}}"#,
                version + 1
            )),
        )
        .await;
    assert_eq!(stale.status, 409);
    assert_eq!(stale.json()["error"]["code"], "edit_conflict");
    let bare = app
        .api(
            Method::POST,
            &review,
            Some(&researcher),
            Some(&format!(r#"{{"version": {version}, "verdict": "return"}}"#)),
        )
        .await;
    assert_eq!(bare.status, 422);
    assert_eq!(bare.json()["error"]["code"], "review_comment_required");
    let approved = app
        .api(
            Method::POST,
            &review,
            Some(&researcher),
            Some(&format!(
                r#"{{"version": {version}, "verdict": "approve"}}"#
            )),
        )
        .await;
    assert_eq!(approved.status, 200, "{}", approved.text());
    assert_eq!(approved.json()["status"], "approved");
    let locked = app
        .api(
            Method::PUT,
            &actual(periods[0]),
            Some(&applicant),
            Some(&put_actual("66", false, None)),
        )
        .await;
    assert_eq!(locked.status, 409);
    assert_eq!(locked.json()["error"]["code"], "period_locked");
    let public = app.api(Method::GET, &base, None, None).await.json();
    assert_eq!(
        public["indicators"][0]["periods"][0]["update"]["value"],
        64.5
    );
    // The reviewers heard of the value sent, the applicant of its approval.
    let kinds = |token: String| {
        let app = &app;
        async move {
            let list = app
                .api(Method::GET, "/api/v1/me/notifications", Some(&token), None)
                .await
                .json();
            list["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n["kind"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert!(
        kinds(researcher.clone())
            .await
            .contains(&"indicator_submitted".to_owned())
    );
    assert!(
        kinds(admin.clone())
            .await
            .contains(&"indicator_submitted".to_owned())
    );
    assert!(
        kinds(applicant.clone())
            .await
            .contains(&"indicator_approved".to_owned())
    );

    // The export imports again: the approved row is unchanged and skipped, the filled-in
    // second period is imported and sent for review.
    let csv = app.get(&format!("/trials/{trial}/indicators.csv")).await;
    assert_eq!(csv.status, 200);
    assert!(
        csv.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let exported = csv.text();
    let mut lines: Vec<String> = exported.lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 5, "{exported}");
    assert!(lines[1].contains(",64.5,approved,"), "{exported}");
    lines[2] = set_value(&lines[2], "66");
    let filled = lines.join("\n") + "\n";
    let imported = send_csv(&app, trial, &applicant, &filled).await;
    assert_eq!(imported.status, 200, "{}\n{filled}", imported.text());
    assert_eq!(imported.json()["imported"], 1);
    assert_eq!(imported.json()["updates"][0]["status"], "submitted");
    // A bad line is refused with its line and field, and nothing of the file is stored.
    let mut bad = lines.clone();
    bad[3] = set_value(&bad[3], "N/A");
    bad[4] = set_value(&bad[4], "70");
    let refused = send_csv(&app, trial, &applicant, &(bad.join("\n") + "\n")).await;
    assert_eq!(refused.status, 422, "{}", refused.text());
    let error = &refused.json()["error"];
    assert_eq!(error["code"], "indicator_csv_invalid");
    assert_eq!(error["details"]["line"], 4);
    assert_eq!(error["details"]["field"], "value");
    let after = app
        .api(Method::GET, &base, Some(&applicant), None)
        .await
        .json();
    assert!(after["indicators"][0]["periods"][3]["update"].is_null());

    // Two reviewers at once: one wins, the other gets 409.
    let second = after["indicators"][0]["periods"][1]["update"].clone();
    let review = format!("{base}/updates/{}/review", second["id"]);
    let body = format!(
        r#"{{"version": {}, "verdict": "approve"}}"#,
        second["version"]
    );
    let returning = format!(
        r#"{{"version": {}, "verdict": "return", "comment": "Tjek tallet"}}"#,
        second["version"]
    );
    let (a, b) = tokio::join!(
        app.api(Method::POST, &review, Some(&researcher), Some(&body)),
        app.api(Method::POST, &review, Some(&admin), Some(&returning)),
    );
    let mut statuses = [a.status, b.status];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409], "{} / {}", a.text(), b.text());

    // The public trial page shows the chart, named and described, beside its table.
    let page = app.get(&format!("/trials/{trial}")).await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(html.contains(r#"<svg class="chart" role="img""#), "{html}");
    assert!(html.contains("<title id=\"indicator-"));
    assert!(html.contains("<desc id=\"indicator-"));
    assert!(html.contains(&format!(
        "id=\"indicator-{}-table\"",
        indicator["indicator"]["id"]
    )));
    assert!(!html.contains("<script"), "no JavaScript");
    // The chart's axes are given as text beside it: the years and the value range.
    assert!(
        html.contains(&format!(
            "id=\"indicator-{}-axes\"",
            indicator["indicator"]["id"]
        )),
        "{html}"
    );
}

#[tokio::test]
async fn the_page_reports_and_shows_a_refusal_beside_the_field() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let mut browser = Browser::new(&app);
    browser.login(Role::Applicant).await;
    let page = browser.get(&format!("/trials/{trial}/indicators")).await;
    assert_eq!(page.status, 200, "{}", page.text());
    let html = page.text();
    let start = html.find("action=\"/trials/").unwrap();
    let period: i64 = html[start..]
        .split("/indicators/periods/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let path = format!("/trials/{trial}/indicators/periods/{period}");
    let refused = browser
        .post(
            &path,
            &[
                ("value", "mange"),
                ("comment", "Skøn"),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    let html = refused.text();
    assert!(
        html.contains(&format!("id=\"value-{period}-error\"")),
        "{html}"
    );
    assert!(html.contains("value=\"mange\""), "what was typed is kept");
    let saved = browser
        .post(
            &path,
            &[("value", "62,5"), ("comment", "Skøn"), ("action", "draft")],
        )
        .await;
    assert_eq!(saved.status, 303);
    let location = saved.location();
    let page = browser
        .get(location.split('#').next().unwrap())
        .await
        .text();
    assert!(page.contains("id=\"indicator-notice\""));
    assert!(
        page.contains("value=\"62.5\""),
        "the draft is shown to go on with"
    );

    // The secretariat changes the indicator with a reason; the earlier definition is shown.
    let mut secretariat = Browser::new(&app);
    secretariat.login(Role::Admin).await;
    let indicator = app
        .store
        .store
        .trial_indicators(trial)
        .await
        .unwrap()
        .remove(0)
        .indicator;
    let revise = format!("/trials/{trial}/indicators/{}/revise", indicator.id);
    let fields = [
        ("revision", "1"),
        ("title", "Unge i uddannelse"),
        ("measure", "percentage"),
        ("baseline_value", "60"),
        ("target_value", "80"),
        ("frequency", "yearly"),
    ];
    let refused = secretariat.post(&revise, &fields).await;
    assert_eq!(refused.status, 422, "a change needs its reason");
    assert!(
        refused
            .text()
            .contains(&format!("id=\"revise-{}-error\"", indicator.id))
    );
    let mut with_reason = fields.to_vec();
    with_reason.push(("reason", "Kommunalbestyrelsen hævede målet"));
    let revised = secretariat.post(&revise, &with_reason).await;
    assert_eq!(revised.status, 303, "{}", revised.text());
    let page = app.get(&format!("/trials/{trial}")).await.text();
    assert!(page.contains("indicator-revisions"), "{page}");
    assert!(page.contains("Kommunalbestyrelsen hævede målet"));
}

#[tokio::test]
async fn a_period_not_ended_is_refused_in_api_csv_and_form() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    // Yearly periods from 400 days ago: the first has ended, the second runs until
    // after today.
    let today = time::OffsetDateTime::now_utc().date();
    let start = today - time::Duration::days(400);
    let trial = approved_trial_over(&app, &w, start, start + time::Duration::days(4 * 365)).await;
    let applicant = app.token(Role::Applicant).await;
    let base = format!("/api/v1/trials/{trial}/indicators");
    let body = app
        .api(Method::GET, &base, Some(&applicant), None)
        .await
        .json();
    let periods = body["indicators"][0]["periods"].as_array().unwrap().clone();
    let id = |i: usize| periods[i]["period"]["id"].as_i64().unwrap();
    let actual = |p: i64| format!("{base}/periods/{p}/actual");

    // The API: 422 `period_not_ended`, naming the period's end; nothing stored.
    let refused = app
        .api(
            Method::PUT,
            &actual(id(1)),
            Some(&applicant),
            Some(&put_actual("70", false, None)),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text());
    let error = &refused.json()["error"];
    assert_eq!(error["code"], "period_not_ended");
    assert_eq!(error["details"]["end"], periods[1]["period"]["end"]);
    // The ended period is reported.
    let ok = app
        .api(
            Method::PUT,
            &actual(id(0)),
            Some(&applicant),
            Some(&put_actual("70", false, None)),
        )
        .await;
    assert_eq!(ok.status, 200, "{}", ok.text());

    // The CSV import: the same code, naming the file's line (header = line 1).
    let csv = app
        .get(&format!("/trials/{trial}/indicators.csv"))
        .await
        .text();
    let mut lines: Vec<String> = csv.lines().map(str::to_owned).collect();
    lines[2] = set_value(&lines[2], "71");
    let refused = send_csv(&app, trial, &applicant, &(lines.join("\n") + "\n")).await;
    assert_eq!(refused.status, 422, "{}", refused.text());
    let error = &refused.json()["error"];
    assert_eq!(error["code"], "period_not_ended");
    assert_eq!(error["details"]["line"], 3);

    // The page offers no form for it and says when it can be reported.
    let mut browser = Browser::new(&app);
    browser.login(Role::Applicant).await;
    let html = browser
        .get(&format!("/trials/{trial}/indicators"))
        .await
        .text();
    assert!(
        !html.contains(&format!(
            "action=\"/trials/{trial}/indicators/periods/{}\"",
            id(1)
        )),
        "{html}"
    );
    let posted = browser
        .post(
            &format!("/trials/{trial}/indicators/periods/{}", id(1)),
            &[("value", "70"), ("action", "submit")],
        )
        .await;
    assert_eq!(posted.status, 422);
}

/// "No indicators yet" only while a trial may still get them; an ended trial whose
/// indicators were never reported says, in words, that nothing was reported.
#[tokio::test]
async fn an_ended_trial_without_measurements_says_none_were_reported() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    let page = browser.get(&format!("/trials/{trial}")).await.text();
    assert!(page.contains("id=\"indicators-none\""), "{page}");
    assert!(!page.contains("id=\"indicators-unreported\""), "{page}");

    let store = &app.store.store;
    let state = store.trial_state(trial).await.unwrap().unwrap();
    let (ended, version) = state
        .apply(&frirum_domain::trial::Transition::StopEarly {
            on: date!(2022 - 06 - 30),
            reason: "Ingen borgere meldte sig.".into(),
        })
        .unwrap();
    store
        .save_trial_state(
            state.version,
            &ended,
            &version,
            Actor::user(1, time::OffsetDateTime::now_utc()),
        )
        .await
        .unwrap();
    let page = browser.get(&format!("/trials/{trial}")).await.text();
    assert!(page.contains("id=\"indicators-unreported\""), "{page}");
    assert!(
        page.contains("No measurements were reported for this trial."),
        "{page}"
    );
    assert!(!page.contains("id=\"indicators-none\""), "{page}");
    assert!(!page.contains("No indicators yet"), "{page}");
}
