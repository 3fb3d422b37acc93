//! The barrier register over HTTP (issue 15, item 1): reporting once per double click,
//! reading only what one may (a report waiting for the lab is 404 to others, public once
//! triaged), supporting twice as once, a provision of another jurisdiction refused (422),
//! triage against the version seen (409 `edit_conflict`), status changes with what they
//! need, merges (into itself or into a merged barrier 409), the moderated public form
//! (404 unless the scheme takes reports; markup kept as typed and shown as text), and the
//! report form's check for similar barriers.

mod common;

use axum::http::Method;
use common::fixtures::{assert_code, setup, small_act};
use common::{Browser, TestApp};
use frirum_domain::Role;
use serde_json::{Value, json};

fn report(title: &str) -> String {
    json!({
        "title": title,
        "wants_to_do": "Dele elevernes fremmøde med jobcentret, så ingen unge falder mellem to stole.",
        "obstacle": "Jobcentret må ikke få oplysningerne uden samtykke, og skolens system kan ikke sende dem.",
        "consequences": "Unge uden for uddannelse og job bliver opdaget et halvt år for sent.",
        "groups": ["young_people_outside_work"]
    })
    .to_string()
}

async fn reported(app: &TestApp, token: &str, title: &str) -> Value {
    let reply = app
        .api(
            Method::POST,
            "/api/v1/barriers",
            Some(token),
            Some(&report(title)),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    reply.json()
}

/// A Norwegian act with one provision, for the jurisdiction check.
async fn norwegian_provision(app: &TestApp) -> i64 {
    use frirum_domain::law::{Act, ActKind, Document, Jurisdiction, Section, Subsection};
    let act = Act::new(
        Jurisdiction::No,
        ActKind::Act,
        "LOV-2005-06-17-64",
        "Lov om barnehager (barnehageloven)",
    );
    let document = Document {
        act,
        sections: vec![Section {
            chapter: None,
            section: "8".into(),
            label: "§ 8".into(),
            heading: None,
            subsections: vec![Subsection {
                number: 1,
                text: "Kommunen skal oppfylle retten til barnehageplass.".into(),
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
    store.provisions_of_act(imported.act_id).await.unwrap()[0].id
}

#[tokio::test]
async fn a_report_is_read_supported_linked_triaged_and_merged() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let assessor = app.token(Role::Assessor).await;
    let title = "Fremmøde kan ikke deles med jobcentret";

    let first = reported(&app, &s.applicant, title).await;
    let id = first["id"].as_i64().unwrap();
    assert_eq!(first["status"], "reported");
    assert_eq!(
        first["country"], "dk",
        "the reporter's organisation's country"
    );
    // A double click gives back the same barrier.
    let again = reported(&app, &s.applicant, title).await;
    assert_eq!(again["id"], id);

    // Before triage: the reporter and the lab read it; nobody else learns it exists.
    let path = format!("/api/v1/barriers/{id}");
    assert_eq!(
        app.api(Method::GET, &path, Some(&s.applicant), None)
            .await
            .status,
        200
    );
    assert_eq!(
        app.api(Method::GET, &path, Some(&s.admin), None)
            .await
            .status,
        200
    );
    assert_code(
        &app.api(Method::GET, &path, None, None).await,
        404,
        "not_found",
    );
    assert_code(
        &app.api(Method::GET, &path, Some(&assessor), None).await,
        404,
        "not_found",
    );
    let listed = app
        .api(Method::GET, "/api/v1/barriers", None, None)
        .await
        .json();
    assert!(listed["barriers"].as_array().unwrap().is_empty());
    let lab = app
        .api(Method::GET, "/api/v1/barriers", Some(&s.admin), None)
        .await
        .json();
    assert_eq!(lab["waiting"][0]["id"], id, "the lab's queue");

    // A provision of another jurisdiction is refused; one of Danish law is linked.
    let norwegian = norwegian_provision(&app).await;
    let (_, danish) = small_act(&app).await;
    let link = format!("/api/v1/barriers/{id}/provisions");
    let refused = app
        .api(
            Method::POST,
            &link,
            Some(&s.applicant),
            Some(&json!({"provision_id": norwegian}).to_string()),
        )
        .await;
    assert_code(&refused, 422, "provision_other_jurisdiction");
    let linked = app
        .api(
            Method::POST,
            &link,
            Some(&s.applicant),
            Some(&json!({"provision_id": danish}).to_string()),
        )
        .await;
    assert_eq!(linked.status, 200, "{}", linked.text());
    assert_eq!(
        linked.json()["provisions"][0]["confirmed"],
        false,
        "a suggestion"
    );

    // Confirming needs a root cause; the triage is against the version seen.
    let status = format!("/api/v1/barriers/{id}/status");
    let bare = app
        .api(
            Method::POST,
            &status,
            Some(&s.admin),
            Some(&json!({"status": "confirmed"}).to_string()),
        )
        .await;
    assert_code(&bare, 422, "barrier_root_cause_required");
    let version = linked.json()["version"].as_i64().unwrap();
    let triage = format!("/api/v1/barriers/{id}/triage");
    let triaged = app
        .api(
            Method::POST,
            &triage,
            Some(&s.admin),
            Some(
                &json!({
            "root_causes": ["law", "it_systems_and_data"],
            "confirmed_provisions": [danish], "version": version})
                .to_string(),
            ),
        )
        .await;
    assert_eq!(triaged.status, 200, "{}", triaged.text());
    let stale = app
        .api(
            Method::POST,
            &triage,
            Some(&s.admin),
            Some(
                &json!({
            "root_causes": ["law"], "version": version})
                .to_string(),
            ),
        )
        .await;
    assert_code(&stale, 409, "edit_conflict");
    let not_lab = app
        .api(
            Method::POST,
            &triage,
            Some(&s.applicant),
            Some(
                &json!({
            "root_causes": ["law"], "version": version + 1})
                .to_string(),
            ),
        )
        .await;
    assert_eq!(not_lab.status, 403);
    let confirmed = app
        .api(
            Method::POST,
            &status,
            Some(&s.admin),
            Some(&json!({"status": "confirmed", "note": "Bekræftet."}).to_string()),
        )
        .await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.text());
    assert_eq!(confirmed.json()["provisions"][0]["confirmed"], true);
    let skipped = app
        .api(
            Method::POST,
            &status,
            Some(&s.admin),
            Some(&json!({"status": "reported"}).to_string()),
        )
        .await;
    assert_code(&skipped, 409, "barrier_transition");
    // An experiment linked to something that is not there is refused, naming the field.
    let nowhere = app
        .api(
            Method::POST,
            &status,
            Some(&s.admin),
            Some(
                &json!({"status": "experiment_proposed",
                    "experiment": {"kind": "proposal", "id": 9999}})
                .to_string(),
            ),
        )
        .await;
    let nowhere = assert_code(&nowhere, 422, "experiment_link_unknown");
    assert_eq!(nowhere["error"]["details"]["field"], "experiment");

    // Triaged: public, and supported once however often one says so.
    assert_eq!(app.api(Method::GET, &path, None, None).await.status, 200);
    let support = format!("/api/v1/barriers/{id}/support");
    for _ in 0..2 {
        let supported = app.api(Method::POST, &support, Some(&assessor), None).await;
        assert_eq!(supported.status, 200, "{}", supported.text());
        assert_eq!(supported.json()["supporter_count"], 1);
    }
    let withdrawn = app
        .api(Method::DELETE, &support, Some(&assessor), None)
        .await;
    assert_eq!(withdrawn.json()["supporter_count"], 0);
    assert_eq!(
        app.api(Method::POST, &support, None, None).await.status,
        401
    );

    // Merges: never into itself, never into a merged barrier.
    let second = reported(
        &app,
        &s.applicant,
        "Skolen kan ikke sende fravær til kommunen",
    )
    .await;
    let second_id = second["id"].as_i64().unwrap();
    let merge = |from: i64| format!("/api/v1/barriers/{from}/merge");
    let itself = app
        .api(
            Method::POST,
            &merge(id),
            Some(&s.admin),
            Some(&json!({"into": id}).to_string()),
        )
        .await;
    assert_code(&itself, 409, "barrier_merge_into_itself");
    let merged = app
        .api(
            Method::POST,
            &merge(second_id),
            Some(&s.admin),
            Some(&json!({"into": id}).to_string()),
        )
        .await;
    assert_eq!(merged.status, 200, "{}", merged.text());
    assert_eq!(merged.json()["id"], id);
    let into_merged = app
        .api(
            Method::POST,
            &merge(id),
            Some(&s.admin),
            Some(&json!({"into": second_id}).to_string()),
        )
        .await;
    assert_code(&into_merged, 409, "barrier_merge_into_merged");

    // The journal keeps every step.
    let mut lab = Browser::new(&app);
    lab.login(Role::Admin).await;
    let journal = lab.get(&format!("/journal/barrier/{id}")).await;
    assert_eq!(journal.status, 200, "{}", journal.text());
    // In words: statuses, causes and groups translated, the provision by its citation.
    let words = journal.text();
    for code in [
        "status-reported",
        "status-confirmed",
        "it_systems_and_data",
        "young_people_outside_work",
    ] {
        assert!(!words.contains(code), "{code} shown as a code: {words}");
    }
    assert!(words.contains("IT systems and data sharing"), "{words}");
    assert!(words.contains("Confirmed"), "{words}");
    // The lab triages; it does not say it meets the barrier too.
    let lab_page = lab.get(&format!("/barriers/{id}")).await.text();
    assert!(!lab_page.contains(&format!("action=\"/barriers/{id}/support\"")));
    // The merged barrier's page says where it went.
    let gone = lab.get(&format!("/barriers/{second_id}")).await;
    assert!(
        gone.text().contains(&format!("href=\"/barriers/{id}\"")),
        "{}",
        gone.text()
    );
}

/// The script tag is on the page as escaped text, never as markup.
fn escaped(page: &str) -> bool {
    !page.contains("<script>alert")
        && (page.contains("&lt;script&gt;") || page.contains("&#60;script&#62;"))
}

#[tokio::test]
async fn the_public_form_is_moderated_and_shows_markup_as_text() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let form = format!("/schemes/{}/barriers/report", s.scheme_id);
    let mut visitor = Browser::new(&app);
    assert_eq!(
        visitor.get(&form).await.status,
        404,
        "the scheme takes no reports"
    );

    let mut lab = Browser::new(&app);
    lab.login(Role::Admin).await;
    let on = lab
        .post(
            &format!("/schemes/{}/barriers/settings", s.scheme_id),
            &[("public_barrier_reports", "1")],
        )
        .await;
    assert_eq!(on.status, 303, "{}", on.text());
    let page = visitor.get(&format!("/schemes/{}", s.scheme_id)).await;
    assert!(page.text().contains(&form), "the scheme links its form");
    assert_eq!(visitor.get(&form).await.status, 200);

    let markup = "<script>alert('x')</script> se https://example.com/<b>her</b>";
    let missing = visitor
        .post(
            &form,
            &[
                ("title", ""),
                ("wants_to_do", markup),
                ("obstacle", "x"),
                ("consequences", "y"),
                ("groups", "other"),
            ],
        )
        .await;
    assert_eq!(missing.status, 422, "a title is required");
    assert!(escaped(&missing.text()), "what was typed is kept, as text");
    let sent = visitor
        .post(
            &form,
            &[
                ("title", "Skjemaet <i>virker</i> ikke"),
                ("wants_to_do", markup),
                ("obstacle", "Reglen."),
                ("consequences", "Tid."),
                ("groups", "other"),
                ("name", "Kari"),
                ("contact", "kari@example.com"),
            ],
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.text());

    let admin_list = app
        .api(Method::GET, "/api/v1/barriers", Some(&s.admin), None)
        .await
        .json();
    let barrier = &admin_list["waiting"][0];
    assert_eq!(barrier["from_public"], true);
    assert_eq!(barrier["wants_to_do"], markup, "stored as typed");
    let id = barrier["id"].as_i64().unwrap();
    // Unseen by all but the lab until triaged.
    assert_eq!(visitor.get(&format!("/barriers/{id}")).await.status, 404);
    let shown = lab.get(&format!("/barriers/{id}")).await;
    assert_eq!(shown.status, 200);
    let text = shown.text();
    assert!(!text.contains("<script>alert"), "never markup");
    assert!(!text.contains("<i>virker</i>"));
    assert!(escaped(&text));
    assert!(text.contains("kari@example.com"), "the sender, for the lab");
}

#[tokio::test]
async fn the_report_form_checks_for_similar_barriers_and_keeps_what_was_typed() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let first = reported(&app, &s.applicant, "Fremmøde kan ikke deles med jobcentret").await;
    let id = first["id"].as_i64().unwrap();
    let mut browser = Browser::new(&app);
    browser.login(Role::Applicant).await;
    let form = browser.get("/barriers/new").await;
    assert_eq!(form.status, 200);
    let checked = browser
        .post(
            "/barriers/new",
            &[
                ("step", "check"),
                ("title", "Jobcentret kan ikke få fremmøde"),
                ("wants_to_do", "Dele elevernes fremmøde med jobcentret."),
                ("obstacle", ""),
                ("consequences", ""),
                ("country", "dk"),
            ],
        )
        .await;
    assert_eq!(checked.status, 200, "{}", checked.text());
    assert!(
        checked.text().contains(&format!("/barriers/{id}/support")),
        "offered to support instead"
    );
    let refused = browser
        .post(
            "/barriers/new",
            &[
                ("step", "submit"),
                ("title", "Noget"),
                ("wants_to_do", "Noget"),
                ("obstacle", "Noget"),
                ("consequences", "Noget"),
                ("country", "dk"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "a group is required");
    assert!(
        refused.text().contains("value=\"Noget\""),
        "what was typed stays"
    );
    let sent = browser
        .post(
            "/barriers/new",
            &[
                ("step", "submit"),
                ("title", "Et nyt hinder"),
                ("wants_to_do", "Noget"),
                ("obstacle", "Noget"),
                ("consequences", "Noget"),
                ("groups", "older_people"),
                ("country", "dk"),
            ],
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.text());
    let page = browser.get(&sent.location()).await;
    assert!(page.text().contains("Et nyt hinder"));
    let register = browser.get("/barriers?mine=1").await;
    assert!(register.text().contains("Et nyt hinder"));
}
