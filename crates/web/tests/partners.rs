//! Testbeds' partners over HTTP (issue 15, item 5): an identifier with a wrong check digit
//! is 422 naming the field, on the API and beside the field on the page; one registered
//! already is 409 naming the partner; a trial's applicant adds a partner with a demand and
//! a value; a status report is not submitted without a verdict on each (422 naming the
//! first), nor with a breach without a note; a submitted breach reaches the secretariat as
//! a notification and on the dashboard until acknowledged.

mod common;

use axum::http::Method;
use common::fixtures::{World, assert_code, started_trial, world};
use common::{Browser, TestApp, email};
use frirum_app::{Actor as AppActor, App, AppConfig};
use frirum_domain::notification::NotificationKind;
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

/// The world's submitted application approved for 2025–2028 and started on 1 January 2025,
/// with its status reports created as of 5 December 2026.
async fn trial_with_reports(app: &TestApp, w: &World) -> i64 {
    let trial = started_trial(app, w).await;
    let store = &app.store.store;
    let core = App::new(store.clone(), AppConfig::default());
    frirum_app::reports::create_due_and_remind(
        &core,
        &AppActor::public(Language::En, datetime!(2026-12-05 08:00 UTC)),
    )
    .await
    .unwrap();
    trial
}

#[tokio::test]
async fn identifiers_are_checked_by_their_check_digit_and_registered_once() {
    let app = TestApp::new().await;
    world(&app).await;
    let applicant = app.token(Role::Applicant).await;
    // Aarhus Kommune's CVR number with its last digit changed.
    let wrong = app
        .api(
            Method::POST,
            "/api/v1/partners",
            Some(&applicant),
            Some(r#"{"name": "Aarhus Kommune", "kind": "public_body", "country": "dk", "national_id": "55133019"}"#),
        )
        .await;
    let body = assert_code(&wrong, 422, "identifier_check_digit");
    assert_eq!(body["error"]["details"]["field"], "national_id");
    let short = app
        .api(
            Method::POST,
            "/api/v1/partners",
            Some(&applicant),
            Some(r#"{"name": "Umeå universitet", "kind": "university", "country": "se", "national_id": "202100-287"}"#),
        )
        .await;
    assert_code(&short, 422, "identifier_format");
    let umu = r#"{"name": "Umeå universitet", "kind": "university", "country": "se", "national_id": "202100-2874", "website": "https://www.umu.se"}"#;
    let created = app
        .api(
            Method::POST,
            "/api/v1/partners",
            Some(&applicant),
            Some(umu),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    let id = created.json()["id"].as_i64().unwrap();
    assert_eq!(created.json()["national_id"], "2021002874");
    let twice = app
        .api(
            Method::POST,
            "/api/v1/partners",
            Some(&applicant),
            Some(r#"{"name": "UmU", "kind": "university", "country": "se", "national_id": "16 2021002874"}"#),
        )
        .await;
    let body = assert_code(&twice, 409, "partner_exists");
    assert_eq!(body["error"]["details"]["existing_partner_id"], id);
    let checked = app
        .api(
            Method::POST,
            "/api/v1/partners/identifier",
            None,
            Some(r#"{"country": "se", "national_id": "2021002874"}"#),
        )
        .await;
    assert_eq!(checked.status, 200, "{}", checked.text());
    assert_eq!(checked.json()["display"], "202100-2874");
    assert_eq!(checked.json()["existing"]["id"], id);
    // The public reads the register; an assessor may not register.
    let list = app
        .api(Method::GET, "/api/v1/partners?q=umea", None, None)
        .await;
    assert_eq!(list.json()["partners"][0]["id"], id);
    let assessor = app.token(Role::Assessor).await;
    let refused = app
        .api(Method::POST, "/api/v1/partners", Some(&assessor), Some(umu))
        .await;
    assert_eq!(refused.status, 403);

    // The page refuses a wrong check digit beside the field and keeps what was typed.
    let mut browser = Browser::new(&app);
    browser.login(Role::Applicant).await;
    let page = browser
        .post(
            "/partners",
            &[
                ("name", "Digitaliseringsstyrelsen"),
                ("kind", "public_body"),
                ("country", "dk"),
                ("national_id", "34 05 11 79"),
            ],
        )
        .await;
    assert_eq!(page.status, 422, "{}", page.text());
    let text = page.text();
    assert!(text.contains("partner-national-id-error"), "{text}");
    assert!(text.contains("check digit"), "{text}");
    assert!(text.contains("34 05 11 79"));
    assert!(!text.contains("identifier_check_digit"));
    // A registered identifier offers the partner holding it.
    let existing = browser
        .post(
            "/partners",
            &[
                ("name", "Umeå"),
                ("kind", "university"),
                ("country", "se"),
                ("national_id", "202100-2874"),
            ],
        )
        .await;
    assert_eq!(existing.status, 409);
    assert!(existing.text().contains(&format!("/partners/{id}")));
    let shown = browser.get(&format!("/partners/{id}")).await;
    assert_eq!(shown.status, 200);
    assert!(shown.text().contains("202100-2874"));
}

#[tokio::test]
async fn every_report_reviews_each_demand_and_value_and_breaches_reach_the_secretariat() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = trial_with_reports(&app, &w).await;
    let applicant = app.token(Role::Applicant).await;
    let admin = app.token(Role::Admin).await;
    let partner = app
        .api(
            Method::POST,
            "/api/v1/partners",
            Some(&applicant),
            Some(r#"{"name": "Aarhus Universitet", "kind": "university", "country": "dk", "national_id": "31119103"}"#),
        )
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    let added = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/partners"),
            Some(&applicant),
            Some(&format!(
                r#"{{"partner_id": {partner}, "role": "Følgeforskning"}}"#
            )),
        )
        .await;
    assert_eq!(added.status, 201, "{}", added.text());
    let tp = added.json()["trial_partner_id"].as_i64().unwrap();
    let again = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/partners"),
            Some(&applicant),
            Some(&format!(r#"{{"partner_id": {partner}}}"#)),
        )
        .await;
    assert_code(&again, 409, "partner_already_in_trial");
    let demand = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/partners/{tp}/demands"),
            Some(&applicant),
            Some(r#"{"kind": "data_access", "text": "Kommunen får adgang til alle data."}"#),
        )
        .await;
    assert_eq!(demand.status, 201, "{}", demand.text());
    let demand = demand.json()["item"]["id"].as_i64().unwrap();
    let value = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/partners/{tp}/values"),
            Some(&applicant),
            Some(r#"{"kind": "inclusion", "note": "Alle borgere kan deltage."}"#),
        )
        .await;
    let value = value.json()["item"]["id"].as_i64().unwrap();
    // Someone outside the trial may not add demands.
    let assessor = app.token(Role::Assessor).await;
    let outside = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/partners/{tp}/demands"),
            Some(&assessor),
            Some(r#"{"kind": "exit", "text": "x"}"#),
        )
        .await;
    assert_eq!(outside.status, 403);

    let reports = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/reports"),
            Some(&applicant),
            None,
        )
        .await
        .json();
    let report = reports[0]["id"].as_i64().unwrap();
    let path = format!("/api/v1/trials/{trial}/reports/{report}");
    let content = r#"{"progress": "Fyrre familier deltog."}"#;
    // Submitting without verdicts: 422 naming the first missing.
    let missing = app
        .api(
            Method::POST,
            &format!("{path}/submit"),
            Some(&applicant),
            Some(&format!(r#"{{"version": 1, "content": {content}}}"#)),
        )
        .await;
    let body = assert_code(&missing, 422, "partner_verdict_required");
    assert_eq!(
        body["error"]["details"]["field"],
        format!("verdict_{demand}")
    );
    // A breach needs a note.
    let reviews = format!("/api/v1/trials/{trial}/partners/reviews/{report}");
    let bare = app
        .api(
            Method::PUT,
            &reviews,
            Some(&applicant),
            Some(&format!(
                r#"{{"verdicts": [{{"item_id": {demand}, "verdict": "kept"}}, {{"item_id": {value}, "verdict": "breached"}}]}}"#
            )),
        )
        .await;
    let body = assert_code(&bare, 422, "partner_note_required");
    assert_eq!(body["error"]["details"]["field"], format!("note_{value}"));

    // The page: submitting with a value breached, with its note.
    let mut browser = Browser::new(&app);
    browser.login(Role::Applicant).await;
    let form = browser
        .get(&format!("/trials/{trial}/reports/{report}"))
        .await;
    assert!(
        form.text().contains(&format!("verdict_{value}")),
        "{}",
        form.text()
    );
    let demand_field = format!("verdict_{demand}");
    let value_field = format!("verdict_{value}");
    let note_field = format!("note_{value}");
    let without = browser
        .post(
            &format!("/trials/{trial}/reports/{report}"),
            &[
                ("version", "1"),
                ("progress", "Fyrre familier deltog."),
                (value_field.as_str(), "breached"),
                (note_field.as_str(), "Data deles ikke med kommunen."),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(without.status, 422, "{}", without.text());
    assert!(without.text().contains("Data deles ikke med kommunen."));
    // Every problem is flagged beside its item at once, with the summary on top: the demand
    // without a verdict, and (below) a breach without a note.
    let page = without.text();
    assert!(page.contains("id=\"report-error\""), "{page}");
    assert!(
        page.contains(&format!(
            "aria-invalid=\"true\" aria-describedby=\"review-{demand}-error\""
        )),
        "{page}"
    );
    assert!(page.contains(&format!("id=\"review-{demand}-error\"")));
    let both = browser
        .post(
            &format!("/trials/{trial}/reports/{report}"),
            &[
                ("version", "1"),
                ("progress", "Fyrre familier deltog."),
                (demand_field.as_str(), "at_risk"),
                (value_field.as_str(), "breached"),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(both.status, 422, "{}", both.text());
    let page = both.text();
    for item in [demand, value] {
        assert!(
            page.contains(&format!("id=\"review-{item}-error\"")),
            "item {item} not flagged: {page}"
        );
        assert!(page.contains(&format!(
            "aria-invalid=\"true\" aria-describedby=\"review-{item}-error\""
        )));
    }
    assert!(
        page.contains(&format!(
            "value=\"at_risk\" id=\"{demand_field}-at_risk\" checked"
        )),
        "the verdicts typed are kept: {page}"
    );
    let sent = browser
        .post(
            &format!("/trials/{trial}/reports/{report}"),
            &[
                ("version", "1"),
                ("progress", "Fyrre familier deltog."),
                (demand_field.as_str(), "at_risk"),
                (format!("note_{demand}").as_str(), "Leverandøren tøver."),
                (value_field.as_str(), "breached"),
                (note_field.as_str(), "Data deles ikke med kommunen."),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.text());

    // The secretariat hears of it and sees it on the dashboard.
    let secretariat = user_id(&app, Role::Admin).await;
    let told = app
        .store
        .store
        .notifications(secretariat, PageRequest::default())
        .await
        .unwrap();
    assert!(
        told.items
            .iter()
            .any(|n| n.kind == NotificationKind::PartnerBreach),
        "{:?}",
        told.items
    );
    let mut office = Browser::new(&app);
    office.login(Role::Admin).await;
    let home = office.get("/").await.text();
    assert!(home.contains("partner-breaches"), "{home}");
    assert!(home.contains("Data deles ikke med kommunen."));
    let breach_path = format!("/trials/{trial}/reports/{report}/breaches/{value}");
    assert_eq!(office.get(&breach_path).await.status, 200);
    let open = app
        .api(Method::GET, "/api/v1/partners/breaches", Some(&admin), None)
        .await;
    assert_eq!(open.json()["breaches"].as_array().unwrap().len(), 1);
    // The trial page lists the demand at risk; the partner section its history.
    let trial_page = office.get(&format!("/trials/{trial}")).await.text();
    assert!(trial_page.contains("partners-at-risk"), "{trial_page}");
    let section = office
        .get(&format!("/trials/{trial}/partners"))
        .await
        .text();
    assert!(section.contains("verdict-history"));
    // Acknowledging needs a note, then the breach leaves the dashboard.
    let empty = office.post(&breach_path, &[("note", " ")]).await;
    assert_eq!(empty.status, 422);
    // Asked for in words, not as a field name.
    assert!(
        empty
            .text()
            .contains("Write a note saying what the secretariat does about the breach"),
        "{}",
        empty.text()
    );
    let done = office
        .post(&breach_path, &[("note", "Vi har kontaktet universitetet.")])
        .await;
    assert_eq!(done.status, 303, "{}", done.text());
    let home = office.get("/").await.text();
    assert!(!home.contains("id=\"partner-breaches\""));
    // The acknowledgement is shown afterwards: who, when and the note, on the breach's page
    // and in the trial's partner section.
    let name = app
        .store
        .store
        .credentials(&email(Role::Admin))
        .await
        .unwrap()
        .unwrap()
        .user
        .name;
    for page in [
        office.get(&breach_path).await.text(),
        office
            .get(&format!("/trials/{trial}/partners"))
            .await
            .text(),
    ] {
        assert!(page.contains("Vi har kontaktet universitetet."), "{page}");
        assert!(page.contains("class=\"meta ack-by\""), "{page}");
        assert!(page.contains(&name), "{page}");
    }
    // A submitted report's review table scrolls by keyboard too (axe's
    // scrollable-region-focusable).
    let read = office
        .get(&format!("/trials/{trial}/reports/{report}"))
        .await
        .text();
    assert!(
        read.contains("class=\"table-wrap\" tabindex=\"0\" role=\"region\""),
        "{read}"
    );
    let twice = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/partners/breaches/{report}/{value}/acknowledge"),
            Some(&admin),
            Some(r#"{"note": "Igen."}"#),
        )
        .await;
    assert_code(&twice, 409, "breach_already_acknowledged");
}
