//! The legal screening over HTTP: judgements recorded and shown with their history, a
//! conflict blocking approval, bad input refused with the field named and nothing lost,
//! and who may screen.

mod common;

use axum::http::Method;
use common::fixtures::{assert_code, call, world};
use common::{Browser, TestApp};
use frirum_domain::Role;
use serde_json::json;

#[tokio::test]
async fn a_conflict_is_recorded_shown_and_blocks_approval() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = w.submitted_id;
    let admin = &w.setup.admin;
    let path = format!("/api/v1/applications/{id}/screening");

    let before = call(&app, Method::GET, &path, admin, json!(null)).await;
    assert_eq!(before["items"][0]["text"], "Grundloven");
    assert_eq!(before["items"][0]["current"], json!(null));
    assert_eq!(before["complete"], false);
    assert_eq!(before["rules_version"], 1);

    let after = call(
        &app,
        Method::PUT,
        &format!("{path}/0"),
        admin,
        json!({"outcome": "conflict", "reason": "Strider mod grundlovens § 82."}),
    )
    .await;
    assert_eq!(after["items"][0]["current"]["outcome"], "conflict");
    assert_eq!(after["items"][0]["current"]["by_name"], "Test admin");
    assert_eq!(after["blocks_approval"], true);
    assert_eq!(after["complete"], true);
    assert_eq!(
        after["blocking"][0]["reason"],
        "Strider mod grundlovens § 82."
    );

    // An assessor assigned to the application screens too; a later judgement becomes
    // current and the earlier one stays in the history.
    let assessor = app.token(Role::Assessor).await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        admin,
        json!({"assessor_ids": [w.assessor_id]}),
    )
    .await;
    let doubtful = call(
        &app,
        Method::PUT,
        &format!("{path}/0"),
        &assessor,
        json!({"outcome": "possible_conflict", "reason": "Måske, hvis klageadgangen bevares."}),
    )
    .await;
    assert_eq!(doubtful["blocks_approval"], false);
    assert_eq!(doubtful["doubtful"][0]["outcome"], "possible_conflict");
    assert_eq!(doubtful["history"].as_array().unwrap().len(), 2);
    assert_eq!(doubtful["history"][0]["outcome"], "conflict");

    let journal = call(
        &app,
        Method::GET,
        &format!("/api/v1/journal/application/{id}"),
        admin,
        json!(null),
    )
    .await;
    let recorded: Vec<_> = journal["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "screening.recorded")
        .collect();
    assert_eq!(recorded.len(), 2);
    assert_eq!(recorded[0]["changes"]["outcome"], "conflict");

    // The page shows the checklist, the current judgement and the history; the application
    // page links to it.
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    browser.login(Role::Admin).await;
    let page = browser.get(&format!("/applications/{id}")).await;
    assert!(
        page.text()
            .contains(&format!("/applications/{id}/screening"))
    );
    let page = browser.get(&format!("/applications/{id}/screening")).await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(html.contains("Grundloven"), "{html}");
    assert!(html.contains("Måske, hvis klageadgangen bevares."));
    assert!(html.contains("Strider mod grundlovens § 82."));
    assert!(html.contains("screening-history"));

    let saved = browser
        .post(
            &format!("/applications/{id}/screening"),
            &[
                ("item", "0"),
                ("outcome", "conflict"),
                ("reason", "Ved nærmere eftersyn: konflikt."),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.text());
    let page = browser.get(&saved.location()).await;
    assert!(page.text().contains("screening-blocking"));
    assert!(page.text().contains("Ved nærmere eftersyn: konflikt."));
}

#[tokio::test]
async fn bad_judgements_name_their_field_and_lose_nothing() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = w.submitted_id;
    let admin = &w.setup.admin;
    let path = format!("/api/v1/applications/{id}/screening");
    call(
        &app,
        Method::PUT,
        &format!("{path}/0"),
        admin,
        json!({"outcome": "no_conflict", "reason": "I orden."}),
    )
    .await;
    let long = "x".repeat(5_001);
    for (item, body, code, field) in [
        (
            "7",
            json!({"outcome": "conflict", "reason": "Findes ikke"}),
            "value_out_of_range",
            "item",
        ),
        (
            "0",
            json!({"outcome": "conflict", "reason": "  "}),
            "field_required",
            "reason",
        ),
        (
            "0",
            json!({"outcome": "conflict", "reason": long}),
            "field_too_long",
            "reason",
        ),
        (
            "0",
            json!({"outcome": "maybe", "reason": "Hm"}),
            "invalid_field",
            "outcome",
        ),
    ] {
        let reply = app
            .api(
                Method::PUT,
                &format!("{path}/{item}"),
                Some(admin),
                Some(&body.to_string()),
            )
            .await;
        let body = assert_code(&reply, 422, code);
        assert_eq!(body["error"]["details"]["field"], field, "{body}");
    }
    let missing = app
        .api(
            Method::PUT,
            &format!("{path}/0"),
            Some(admin),
            Some(r#"{"outcome": "conflict"}"#),
        )
        .await;
    assert_code(&missing, 422, "missing_field");
    let now = call(&app, Method::GET, &path, admin, json!(null)).await;
    assert_eq!(now["history"].as_array().unwrap().len(), 1);
    assert_eq!(now["items"][0]["current"]["outcome"], "no_conflict");

    // The page keeps what was typed and says what is wrong.
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    browser.login(Role::Admin).await;
    let refused = browser
        .post(
            &format!("/applications/{id}/screening"),
            &[("item", "0"), ("outcome", "conflict"), ("reason", "")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("screening-error"));

    // Drafts are not screened; applicants do not screen.
    let draft = app
        .api(
            Method::GET,
            &format!("/api/v1/applications/{}/screening", w.draft_id),
            Some(admin),
            None,
        )
        .await;
    assert_code(&draft, 404, "not_found");
    let applicant = app
        .api(
            Method::PUT,
            &format!("{path}/0"),
            Some(&w.setup.applicant),
            Some(r#"{"outcome": "no_conflict", "reason": "Selv"}"#),
        )
        .await;
    assert_code(&applicant, 403, "forbidden");

    // A withdrawn application keeps its screening but takes no new judgements.
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/withdraw"),
        &w.setup.applicant,
        json!({}),
    )
    .await;
    let late = app
        .api(
            Method::PUT,
            &format!("{path}/0"),
            Some(admin),
            Some(r#"{"outcome": "conflict", "reason": "For sent"}"#),
        )
        .await;
    assert_code(&late, 409, "wrong_state");
}

#[tokio::test]
async fn an_assessor_screens_only_what_is_assigned_to_them_without_conflict() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = w.submitted_id;
    let assessor = app.token(Role::Assessor).await;
    let path = format!("/api/v1/applications/{id}/screening/0");
    let judgement = json!({"outcome": "no_conflict", "reason": "I orden."}).to_string();
    let unassigned = app
        .api(Method::PUT, &path, Some(&assessor), Some(&judgement))
        .await;
    assert_eq!(unassigned.status, 403, "{}", unassigned.text());
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        &w.setup.admin,
        json!({"assessor_ids": [w.assessor_id]}),
    )
    .await;
    let assigned = app
        .api(Method::PUT, &path, Some(&assessor), Some(&judgement))
        .await;
    assert_eq!(assigned.status, 200, "{}", assigned.text());
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/conflict"),
        &assessor,
        json!({"reason": "Jeg har arbejdet på ansøgningen."}),
    )
    .await;
    let conflicted = app
        .api(Method::PUT, &path, Some(&assessor), Some(&judgement))
        .await;
    assert_eq!(conflicted.status, 403, "{}", conflicted.text());
}

/// The case page leads through the work in its order, the next step as the main button;
/// a finished screening leads on to the assessment.
#[tokio::test]
async fn the_case_page_and_the_screening_lead_through_the_work_in_order() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = w.submitted_id;
    let mut admin = Browser::new(&app);
    admin.login(Role::Admin).await;
    let case = admin.get(&format!("/applications/{id}")).await;
    let html = case.text();
    let at = |needle: &str| {
        html.find(needle)
            .unwrap_or_else(|| panic!("{needle}: {html}"))
    };
    assert!(at("id=\"screening-link\"") < at("id=\"clarification-link\""));
    assert!(at("id=\"clarification-link\"") < at("id=\"assessment-link\""));
    assert!(at("id=\"assessment-link\"") < at("id=\"decide-link\""));
    // Nobody has started: the screening is the next step, the decision is not.
    assert!(
        html.contains(
            "class=\"button\" href=\"/applications/{id}/screening\""
                .replace("{id}", &id.to_string())
                .as_str()
        ),
        "{html}"
    );
    assert!(
        html.contains(
            "class=\"button button-secondary\" href=\"/applications/{id}/decide\""
                .replace("{id}", &id.to_string())
                .as_str()
        ),
        "{html}"
    );

    let page = admin.get(&format!("/applications/{id}/screening")).await;
    assert!(!page.text().contains("id=\"screening-next\""));
    call(
        &app,
        Method::PUT,
        &format!("/api/v1/applications/{id}/screening/0"),
        &w.setup.admin,
        json!({"outcome": "no_conflict", "reason": "Grundloven berøres ikke."}),
    )
    .await;
    let page = admin.get(&format!("/applications/{id}/screening")).await;
    let next = page.text();
    let next = next.split("id=\"screening-next\"").nth(1).expect(&next);
    assert!(
        next.contains(&format!("href=\"/applications/{id}/assessment\"")),
        "{next}"
    );
}

/// An application that asks exemption from the constitution (picked from the catalogue and
/// cited in a reference) shows it flagged on its page and beside the screening's checklist,
/// in the page and the API, once per exemption; an ordinary act is not flagged.
#[tokio::test]
async fn exemptions_the_law_cannot_give_are_shown_to_the_screener() {
    use frirum_domain::law::{Act, ActKind, Document, Jurisdiction, Section, Subsection};
    let app = TestApp::new().await;
    let s = common::fixtures::setup(&app).await;
    common::fixtures::small_act(&app).await;
    let mut act = Act::new(
        Jurisdiction::Dk,
        ActKind::Act,
        "lta/1953/169",
        "Danmarks Riges Grundlov",
    );
    act.short_title = Some("grundloven".into());
    let document = Document {
        act,
        sections: vec![Section {
            chapter: None,
            section: "82".into(),
            label: "§ 82".into(),
            heading: None,
            subsections: vec![Subsection {
                number: 1,
                text: "Kommunernes ret til selvstændigt at styre deres anliggender ordnes ved lov."
                    .into(),
                items: Vec::new(),
            }],
            chapter_heading: None,
        }],
    };
    let store = &app.store.store;
    let imported = store
        .import_act(&document, time::OffsetDateTime::now_utc())
        .await
        .unwrap();
    let grundlov = store.provisions_of_act(imported.act_id).await.unwrap()[0].id;

    let mut content = common::fixtures::complete_content(s.theme_id);
    content["exemptions"] = json!([
        {"scope": "provision", "reference": "serviceloven § 141",
         "justification": "Én plan."},
        {"scope": "provision", "reference": "grundloven § 82", "provision_id": grundlov,
         "justification": "Vi vil styre selv."},
        {"scope": "provision", "reference": "serviceloven § 999",
         "justification": "En paragraf kataloget ikke har."},
    ]);
    let created = call(
        &app,
        Method::POST,
        "/api/v1/applications",
        &s.applicant,
        json!({"round_id": s.open_round, "members": ["dk:101"], "content": content}),
    )
    .await;
    let id = created["id"].as_i64().unwrap();
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        &s.applicant,
        json!({}),
    )
    .await;

    let screening = call(
        &app,
        Method::GET,
        &format!("/api/v1/applications/{id}/screening"),
        &s.admin,
        json!(null),
    )
    .await;
    // The picked provision and the reference citing it are one request, not two.
    assert_eq!(
        screening["exemption_limits"],
        json!([{"exemption": 1, "cited": "grundloven § 82", "provision_id": grundlov,
                "reason": "constitution", "bar": true}]),
        "{screening}"
    );

    let mut admin = Browser::new(&app);
    admin.login(Role::Admin).await;
    let page = admin.get(&format!("/applications/{id}/screening")).await;
    let html = page.text();
    let limits = html
        .split("id=\"screening-limits\"")
        .nth(1)
        .unwrap_or_else(|| panic!("{html}"));
    let limits = limits.split("</section>").next().unwrap();
    assert!(limits.contains("Exemption 2"), "{limits}");
    assert!(
        limits.contains(&format!("href=\"/provisions/{grundlov}\"")),
        "{limits}"
    );
    assert!(!limits.contains("serviceloven"), "{limits}");

    let case = admin.get(&format!("/applications/{id}")).await.text();
    assert_eq!(
        case.matches("class=\"alert alert-error not-exemptible\"")
            .count(),
        1,
        "{case}"
    );
    // A citation the catalogue lacks tells the screener what to do, and the applicant who
    // will do it.
    assert!(
        case.contains("not found in the catalogue: check the reference in the legal screening"),
        "{case}"
    );
    assert!(!case.contains("the secretariat will check it"), "{case}");
    let mut applicant = Browser::new(&app);
    applicant.login(Role::Applicant).await;
    let own = applicant.get(&format!("/applications/{id}")).await.text();
    assert!(
        own.contains("not found in the catalogue: the secretariat will check it"),
        "{own}"
    );
    assert!(!own.contains("check the reference"), "{own}");

    // An application asking nothing beyond a trial shows no such section.
    let plain = common::fixtures::draft(&app, &s, s.open_round, &["dk:101"]).await["id"]
        .as_i64()
        .unwrap();
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{plain}/submit"),
        &s.applicant,
        json!({}),
    )
    .await;
    let page = admin.get(&format!("/applications/{plain}/screening")).await;
    assert_eq!(page.status, 200);
    assert!(!page.text().contains("id=\"screening-limits\""));
}
