//! No dead ends for applicants and plain language (issue 12, part F), through the router:
//! "Start an application" only where the organisation may apply (and the refusal's code
//! where it may not), deleting a draft after a confirmation, network members found by name,
//! a save with one bad field keeping the rest, the journal in names and sentences, numbers
//! and plurals as the language writes them.

mod common;

use axum::http::Method;
use common::fixtures::{assert_code, call, draft, setup};
use common::{Browser, TestApp};
use frirum_domain::Role;
use serde_json::json;

/// A published Norwegian scheme with an open round, made by the secretariat: its id and
/// the round's.
async fn norwegian_round(app: &TestApp, admin: &str) -> (i64, i64) {
    let scheme = call(
        app,
        Method::POST,
        "/api/v1/schemes",
        admin,
        json!({"code": "NO2030", "country": "no", "title": "Forsøk med ny oppgavefordeling",
               "language": "nb", "rules": {"networks_allowed": true,
               "allowed_kinds": ["municipality"], "score_scale_max": 5,
               "criteria": [{"name": "Nytte", "weight": 1.5}]}}),
    )
    .await;
    let scheme_id = scheme["id"].as_i64().unwrap();
    let round = call(
        app,
        Method::POST,
        &format!("/api/v1/schemes/{scheme_id}/rounds"),
        admin,
        json!({"number": 1, "opens": "2020-01-01", "deadline": "2099-04-01",
               "time_zone": "Europe/Oslo", "target_trials": 5}),
    )
    .await;
    call(
        app,
        Method::POST,
        &format!("/api/v1/schemes/{scheme_id}/status"),
        admin,
        json!({"status": "published"}),
    )
    .await;
    (scheme_id, round["id"].as_i64().unwrap())
}

#[tokio::test]
async fn a_danish_applicant_is_not_offered_a_norwegian_round_and_cannot_start_there() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (scheme_id, round_id) = norwegian_round(&app, &s.admin).await;
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    browser.login(Role::Applicant).await;

    let page = browser.get(&format!("/rounds/{round_id}")).await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(
        !html.contains(&format!("/rounds/{round_id}/apply")),
        "offered to start"
    );
    assert!(html.contains("id=\"not-open\""), "no word of why");
    let scheme = browser.get(&format!("/schemes/{scheme_id}")).await.text();
    assert!(scheme.contains("id=\"not-open\""));
    // Their own country's round still offers it.
    let own = browser
        .get(&format!("/rounds/{}", s.open_round))
        .await
        .text();
    assert!(own.contains(&format!("/rounds/{}/apply", s.open_round)));

    // The use case refuses it too, with a stable code, through the API and the page.
    let reply = app
        .api(
            Method::POST,
            "/api/v1/applications",
            Some(&s.applicant),
            Some(&json!({"round_id": round_id, "content": {}}).to_string()),
        )
        .await;
    let body = assert_code(&reply, 403, "not_open_to_organisation");
    assert_eq!(body["error"]["details"]["reason"], "country");
    let refused = browser
        .post(&format!("/rounds/{round_id}/apply"), &[])
        .await;
    assert_eq!(refused.status, 403);
    assert!(refused.text().contains("Norway"), "{}", refused.text());
}

#[tokio::test]
async fn a_draft_is_deleted_after_a_confirmation_and_the_journal_keeps_it() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let id = draft(&app, &s, s.open_round, &[]).await["id"]
        .as_i64()
        .unwrap();
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    browser.login(Role::Applicant).await;

    let form = browser
        .get(&format!("/applications/{id}/edit"))
        .await
        .text();
    assert!(form.contains(&format!("href=\"/applications/{id}/delete\"")));
    let confirm = browser.get(&format!("/applications/{id}/delete")).await;
    assert_eq!(confirm.status, 200);
    assert!(
        confirm
            .text()
            .contains("Sammenhængende indsats for udsatte unge")
    );
    // Looking at the confirmation deletes nothing.
    assert_eq!(
        browser.get(&format!("/applications/{id}")).await.status,
        200
    );

    let done = browser
        .post(&format!("/applications/{id}/delete"), &[])
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(
        done.location(),
        format!("/rounds/{}?deleted=1", s.open_round)
    );
    let round = browser.get(&done.location()).await.text();
    assert!(round.contains("The draft was deleted."));
    assert_eq!(
        browser.get(&format!("/applications/{id}")).await.status,
        404
    );

    // The journal says who deleted it, in words.
    let mut admin = Browser::new(&app);
    admin.accept_language = Some("en".into());
    admin.login(Role::Admin).await;
    let journal = admin.get(&format!("/journal/application/{id}")).await;
    assert_eq!(journal.status, 200);
    let html = journal.text();
    assert!(html.contains("deleted the draft"), "{html}");
    assert!(html.contains("Test applicant"));

    // A submitted application is not deleted (it is withdrawn instead).
    let submitted = draft(&app, &s, s.open_round, &["dk:101"]).await["id"]
        .as_i64()
        .unwrap();
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{submitted}/submit"),
        &s.applicant,
        json!({}),
    )
    .await;
    let refused = browser
        .post(&format!("/applications/{submitted}/delete"), &[])
        .await;
    assert_eq!(refused.status, 409);
    assert_eq!(
        browser
            .get(&format!("/applications/{submitted}"))
            .await
            .status,
        200
    );
}

#[tokio::test]
async fn a_draft_is_deleted_through_the_api_and_a_submitted_case_is_not() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let id = draft(&app, &s, s.open_round, &[]).await["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/applications/{id}");
    let done = app
        .api(Method::DELETE, &path, Some(&s.applicant), None)
        .await;
    assert_eq!(done.status, 204);
    let gone = app.api(Method::GET, &path, Some(&s.applicant), None).await;
    assert_eq!(gone.status, 404);
    // Pressed twice: the second finds nothing, and nothing else is touched.
    let again = app
        .api(Method::DELETE, &path, Some(&s.applicant), None)
        .await;
    assert_eq!(again.status, 404);

    let submitted = draft(&app, &s, s.open_round, &["dk:101"]).await["id"]
        .as_i64()
        .unwrap();
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{submitted}/submit"),
        &s.applicant,
        json!({}),
    )
    .await;
    let path = format!("/api/v1/applications/{submitted}");
    let refused = app
        .api(Method::DELETE, &path, Some(&s.applicant), None)
        .await;
    assert_eq!(refused.status, 409);
    assert_eq!(refused.json()["error"]["code"], "application_submitted");
    let kept = app.api(Method::GET, &path, Some(&s.applicant), None).await;
    assert_eq!(kept.status, 200);
}

/// The form's fields for a save, with the version and these members.
fn form_fields<'a>(
    version: &'a str,
    title: &'a str,
    members: &[&'a str],
) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("version", version),
        ("title", title),
        ("summary", "Én plan, én koordinator."),
        ("objective_indicator", "Unge i uddannelse"),
        ("objective_unit", "procent"),
        ("objective_baseline", "60"),
        ("objective_target", "75"),
        ("objective_date", "2024-12-31"),
        ("period_start", "2020-01-01"),
        ("period_end", "2023-12-31"),
    ];
    for m in members {
        fields.push(("members", m));
    }
    fields.push(("save", "1"));
    fields
}

#[tokio::test]
async fn network_members_are_found_by_name_as_people_write_it() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let id = draft(&app, &s, s.open_round, &[]).await["id"]
        .as_i64()
        .unwrap();
    let mut browser = Browser::new(&app);
    browser.login(Role::Applicant).await;
    let form = browser
        .get(&format!("/applications/{id}/edit"))
        .await
        .text();
    // The registry's organisations are offered to choose from, by name.
    assert!(form.contains("<datalist id=\"registry-choices\""));
    assert!(form.contains("<option value=\"København (101)\">"));

    let saved = browser
        .post(
            &format!("/applications/{id}/edit"),
            &form_fields("1", "Med netværk", &["københavn kommune", "Hoje Taastrup"]),
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.text());
    let stored = call(
        &app,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        &s.applicant,
        json!(null),
    )
    .await;
    let codes: Vec<&str> = stored["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["101", "169"], "{stored}");
    // The form shows them back by name, not as "dk:101".
    let form = browser
        .get(&format!("/applications/{id}/edit"))
        .await
        .text();
    assert!(form.contains("value=\"København (101)\""));
    assert!(!form.contains("dk:101"));
}

#[tokio::test]
async fn a_save_with_one_bad_field_keeps_every_other_field() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let id = draft(&app, &s, s.open_round, &[]).await["id"]
        .as_i64()
        .unwrap();
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    browser.login(Role::Applicant).await;
    browser.get(&format!("/applications/{id}/edit")).await;

    let mut fields = form_fields("1", "A title worth keeping", &["Kobenhavn", "Kobenhamn"]);
    for f in &mut fields {
        if f.0 == "objective_baseline" {
            f.1 = "sixty";
        }
    }
    let reply = browser
        .post(&format!("/applications/{id}/edit"), &fields)
        .await;
    assert_eq!(reply.status, 422);
    let html = reply.text();
    // Everything typed is still in the form, the refused values too.
    assert!(html.contains("value=\"A title worth keeping\""));
    assert!(html.contains("value=\"sixty\""));
    assert!(html.contains("value=\"Kobenhamn\""));
    // Each error beside its field, named by its label, with a suggestion for the member.
    assert!(html.contains("id=\"member-2-error\""), "{html}");
    assert!(html.contains("Network member 2"), "{html}");
    assert!(html.contains("Objective 1: Baseline"), "{html}");
    assert!(html.contains("<q>København (101)</q>"), "{html}");
    assert!(!html.contains("members[1]") && !html.contains("objectives[0]"));
    assert!(html.contains("Everything else was saved."));
    // The eligibility box does not claim anything of a content that was refused.
    assert!(html.contains("id=\"eligibility-pending\""), "{html}");
    assert!(html.contains("checked again once the mistakes are corrected"));
    assert!(!html.contains("Every rule is met"), "{html}");
    assert!(!html.contains("class=\"rules\""), "{html}");

    // And the rest was saved: the title and the member that was found.
    let stored = call(
        &app,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        &s.applicant,
        json!(null),
    )
    .await;
    assert_eq!(stored["content"]["title"], "A title worth keeping");
    assert_eq!(stored["members"][0]["code"], "101");
    assert!(stored["content"]["objectives"][0]["baseline"].is_null());
}

#[tokio::test]
async fn the_journal_reads_like_a_case_file_with_names_not_ids() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let id = draft(&app, &s, s.open_round, &["dk:101"]).await["id"]
        .as_i64()
        .unwrap();
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        &s.applicant,
        json!({}),
    )
    .await;
    let mut admin = Browser::new(&app);
    admin.accept_language = Some("en".into());
    admin.login(Role::Admin).await;
    let html = admin
        .get(&format!("/journal/application/{id}"))
        .await
        .text();
    assert!(html.contains("started the application"), "{html}");
    assert!(html.contains("submitted the application"));
    assert!(html.contains("Lead organisation: Aarhus"), "{html}");
    assert!(html.contains("Network members: København"), "{html}");
    assert!(html.contains("2 entries"));
    for internal in [
        "lead_organisation_id",
        "round_id",
        "application.created",
        "{&quot;",
        "UTC",
    ] {
        assert!(!html.contains(internal), "{internal} shown: {html}");
    }
    assert!(html.contains("(Danish time)"));

    // Swedish, for the plural and the zone.
    let mut sv = Browser::new(&app);
    sv.accept_language = Some("sv".into());
    sv.login(Role::Admin).await;
    let html = sv
        .get(&format!("/journal/scheme/{}", s.scheme_id))
        .await
        .text();
    assert!(html.contains("skapade ordningen"), "{html}");
}

#[tokio::test]
async fn numbers_and_counts_are_written_as_the_language_writes_them() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let (scheme_id, _) = norwegian_round(&app, &s.admin).await;
    let page = app
        .get_with(
            &format!("/schemes/{scheme_id}"),
            &[("accept-language", "sv")],
        )
        .await;
    let html = page.text();
    assert!(html.contains("vikt 1,5"), "{html}");
    let en = app
        .get_with(
            &format!("/schemes/{scheme_id}"),
            &[("accept-language", "en")],
        )
        .await
        .text();
    assert!(en.contains("weight 1.5"), "{en}");

    // One entry, not "1 entries".
    let mut admin = Browser::new(&app);
    admin.accept_language = Some("en".into());
    admin.login(Role::Admin).await;
    let id = draft(&app, &s, s.open_round, &[]).await["id"]
        .as_i64()
        .unwrap();
    let html = admin
        .get(&format!("/journal/application/{id}"))
        .await
        .text();
    assert!(html.contains("1 entry<"), "{html}");
}

#[tokio::test]
async fn a_case_s_moments_are_in_its_scheme_s_zone_named_in_the_reader_s_language() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let id = draft(&app, &s, s.open_round, &["dk:101"]).await["id"]
        .as_i64()
        .unwrap();
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        &s.applicant,
        json!({}),
    )
    .await;
    // A Norwegian reader of a Danish case: Danish time, in Norwegian words, once.
    let mut nb = Browser::new(&app);
    nb.accept_language = Some("nb".into());
    nb.login(Role::Admin).await;
    for path in [
        format!("/applications/{id}"),
        format!("/applications/{id}/screening"),
        "/applications".to_owned(),
    ] {
        let html = nb.get(&path).await.text();
        assert!(
            html.contains("(dansk tid)") || path.ends_with("screening"),
            "{path}: {html}"
        );
        assert!(!html.contains("norsk tid"), "{path}: {html}");
        assert!(!html.contains("(dansk tid) ("), "{path}: printed twice");
    }
    let mut en = Browser::new(&app);
    en.accept_language = Some("en".into());
    en.login(Role::Admin).await;
    let html = en.get(&format!("/applications/{id}")).await.text();
    assert!(html.contains("(Danish time)"), "{html}");
    assert!(!html.contains("Norwegian time"), "{html}");
}

#[tokio::test]
async fn the_clarification_page_shows_the_case_s_one_status() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let id = draft(&app, &s, s.open_round, &["dk:101"]).await["id"]
        .as_i64()
        .unwrap();
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        &s.applicant,
        json!({}),
    )
    .await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/clarifications"),
        &s.admin,
        json!({"question": "Hvilke bestemmelser?"}),
    )
    .await;
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    browser.login(Role::Applicant).await;
    let html = browser
        .get(&format!("/applications/{id}/clarification"))
        .await
        .text();
    // The status every other page shows, not a stage of its own.
    assert!(
        html.contains("<strong>Status:</strong> Awaiting clarification"),
        "{html}"
    );
    assert!(!html.contains("<strong>Review:</strong>"), "{html}");
}

#[tokio::test]
async fn the_site_has_its_own_icon_and_lists_stack_on_phones() {
    let app = TestApp::new().await;
    for path in ["/favicon.ico", "/static/favicon.svg"] {
        let icon = app.get(path).await;
        assert_eq!(icon.status, 200, "{path}");
        assert_eq!(icon.headers["content-type"], "image/svg+xml");
        assert!(icon.text().starts_with("<svg"));
    }
    let home = app.get("/").await.text();
    assert!(home.contains("<link rel=\"icon\" href=\"/static/favicon.svg\""));

    // Each cell of a list names its column, for the stacked rows of a narrow screen.
    let s = setup(&app).await;
    let id = draft(&app, &s, s.open_round, &["dk:101"]).await["id"]
        .as_i64()
        .unwrap();
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        &s.applicant,
        json!({}),
    )
    .await;
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    browser.login(Role::Admin).await;
    let list = browser.get("/applications").await.text();
    assert!(
        list.contains("class=\"application-table stacked\""),
        "{list}"
    );
    assert!(list.contains("<td data-label=\"Status\""), "{list}");
    let css = app.get("/static/app.css").await.text();
    assert!(css.contains("table.stacked td[data-label]::before"));
}
