//! Networks over HTTP (issue 15, item 4): the secretariat creates a network around a trial
//! with Aarhus (the coordinator) and København as members; a member's entry is private to
//! the network (invisible to the public and to non-members) until its author publishes it,
//! and publishing another author's entry is 403 through the API and the page; a tag outside
//! the network is 422; a reply tells the author; guidance is versioned (an edit needs a
//! reason), a question waits for the secretariat's answer and becomes public when it
//! publishes it; the trial's learning questions start from its learning goals; the pages
//! show a refused entry again with what was typed.

mod common;

use axum::http::Method;
use common::fixtures::{approved_trial, assert_code, world};
use common::{Browser, TestApp};
use frirum_domain::Role;
use serde_json::json;

/// The network's id and the trial's, with København's applicant (`kbh@test.example`) a
/// member beside Aarhus's (the coordinator).
async fn network(app: &TestApp) -> (i64, i64) {
    let w = world(app).await;
    let trial = approved_trial(app, &w).await;
    let store = &app.store.store;
    let applicant = store
        .credentials(&common::email(Role::Applicant))
        .await
        .unwrap()
        .unwrap()
        .user;
    let kbh = store
        .credentials("kbh@test.example")
        .await
        .unwrap()
        .unwrap()
        .user;
    let body = json!({
        "scheme_id": w.setup.scheme_id,
        "theme_id": w.setup.theme_id,
        "name": "Netværk for sammenhængende indsatser",
        "purpose": "Læring på tværs af kommunerne.",
        "coordinator_id": applicant.id,
        "organisation_ids": [applicant.organisation.unwrap().id, kbh.organisation.unwrap().id],
        "trial_ids": [trial],
    });
    let created = app
        .api(
            Method::POST,
            "/api/v1/networks",
            Some(&w.setup.admin),
            Some(&body.to_string()),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    let json = created.json();
    assert_eq!(json["members"].as_array().unwrap().len(), 2);
    assert_eq!(json["trials"][0]["trial_id"], trial);
    (json["network"]["id"].as_i64().unwrap(), trial)
}

#[tokio::test]
async fn entries_are_private_until_their_author_publishes_them() {
    let app = TestApp::new().await;
    let (id, trial) = network(&app).await;
    let aarhus = app.token(Role::Applicant).await;
    let kbh = app.token_for("kbh@test.example").await;
    let researcher = app.token(Role::Researcher).await;
    let admin = app.token(Role::Admin).await;
    let entries = format!("/api/v1/networks/{id}/entries");

    // A tag outside the network is refused; a good entry is private.
    let outside = app
        .api(
            Method::POST,
            &entries,
            Some(&aarhus),
            Some(r#"{"title": "Et møde", "learned": "Noget.", "trial_ids": [999999]}"#),
        )
        .await;
    assert_code(&outside, 422, "not_in_network");
    let written = app
        .api(
            Method::POST,
            &entries,
            Some(&aarhus),
            Some(&format!(
                r#"{{"title": "Første familiemøde", "tried": "Ét møde.", "learned": "Færre møder.", "trial_ids": [{trial}]}}"#
            )),
        )
        .await;
    assert_eq!(written.status, 201, "{}", written.text());
    let entry = written.json();
    let entry_id = entry["id"].as_i64().unwrap();
    assert!(entry["published_at"].is_null());
    assert_eq!(entry["tags"][0]["kind"], "trial");

    // Invisible to the public and to a researcher who is no member; visible to members.
    for token in [None, Some(researcher.as_str())] {
        let list = app.api(Method::GET, &entries, token, None).await;
        assert_eq!(list.json()["entries"].as_array().unwrap().len(), 0);
    }
    let seen = app.api(Method::GET, &entries, Some(&kbh), None).await;
    assert_eq!(seen.json()["entries"][0]["id"], entry_id);
    let page = app.get(&format!("/networks/{id}")).await;
    assert_eq!(page.status, 200);
    assert!(!page.text().contains("Første familiemøde"));

    // Another member, or the secretariat, may not publish it.
    let publish = format!("/api/v1/networks/{id}/entries/{entry_id}/publish");
    for token in [&kbh, &admin] {
        let refused = app.api(Method::POST, &publish, Some(token), None).await;
        assert_eq!(refused.status, 403, "{}", refused.text());
    }
    let mut browser = Browser::new(&app);
    browser.get("/login").await;
    let login = browser
        .post(
            "/login",
            &[
                ("email", "kbh@test.example"),
                ("password", "long enough pw"),
            ],
        )
        .await;
    assert_eq!(login.status, 303);
    let refused = browser
        .post(&format!("/networks/{id}/entries/{entry_id}/publish"), &[])
        .await;
    assert_eq!(refused.status, 403);

    // A reply tells the author.
    let replied = app
        .api(
            Method::POST,
            &format!("/api/v1/networks/{id}/entries/{entry_id}/replies"),
            Some(&kbh),
            Some(r#"{"body": "Tak, det prøver vi også."}"#),
        )
        .await;
    assert_eq!(replied.status, 201, "{}", replied.text());
    assert_eq!(
        replied.json()["replies"][0]["body"],
        "Tak, det prøver vi også."
    );
    let told = app
        .api(Method::GET, "/api/v1/me/notifications", Some(&aarhus), None)
        .await;
    assert!(told.text().contains("learning_reply"), "{}", told.text());

    // The author publishes it, once.
    let published = app.api(Method::POST, &publish, Some(&aarhus), None).await;
    assert_eq!(published.status, 200, "{}", published.text());
    assert!(!published.json()["published_at"].is_null());
    let again = app.api(Method::POST, &publish, Some(&aarhus), None).await;
    assert_code(&again, 409, "entry_already_published");

    // Now public: the network page, the API and the trial's page.
    let list = app.api(Method::GET, &entries, None, None).await;
    assert_eq!(list.json()["entries"][0]["id"], entry_id);
    assert!(
        app.get(&format!("/networks/{id}"))
            .await
            .text()
            .contains("Første familiemøde")
    );
    let trial_page = app.get(&format!("/trials/{trial}")).await;
    assert_eq!(trial_page.status, 200);
    assert!(trial_page.text().contains("Første familiemøde"));
}

#[tokio::test]
async fn guidance_is_versioned_and_questions_are_answered() {
    let app = TestApp::new().await;
    let (id, _) = network(&app).await;
    let admin = app.token(Role::Admin).await;
    let kbh = app.token_for("kbh@test.example").await;
    let written = app
        .api(
            Method::POST,
            &format!("/api/v1/networks/{id}/guidance"),
            Some(&admin),
            Some(r#"{"title": "Samtykke", "body": "Indhent samtykke."}"#),
        )
        .await;
    assert_eq!(written.status, 201, "{}", written.text());
    let gid = written.json()["id"].as_i64().unwrap();
    let path = format!("/api/v1/networks/{id}/guidance/{gid}");
    let no_reason = app
        .api(
            Method::PUT,
            &path,
            Some(&admin),
            Some(r#"{"title": "Samtykke", "body": "Indhent skriftligt samtykke."}"#),
        )
        .await;
    assert_eq!(no_reason.status, 422, "{}", no_reason.text());
    assert_eq!(no_reason.json()["error"]["details"]["field"], "reason");
    let edited = app
        .api(
            Method::PUT,
            &path,
            Some(&admin),
            Some(r#"{"title": "Samtykke", "body": "Indhent skriftligt samtykke.", "reason": "Præciseret"}"#),
        )
        .await;
    assert_eq!(edited.status, 200, "{}", edited.text());
    let versions = edited.json()["versions"].clone();
    assert_eq!(versions.as_array().unwrap().len(), 2);
    assert_eq!(versions[1]["reason"], "Præciseret");
    // The page shows the current version, what changed and the earlier one.
    let page = app.get(&format!("/networks/{id}/guidance/{gid}")).await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("skriftligt samtykke"));
    assert!(page.text().contains("<ins>"));
    let first = app
        .get(&format!("/networks/{id}/guidance/{gid}?version=1"))
        .await;
    assert!(first.text().contains("Indhent samtykke."));

    // A member's question: private until the secretariat answers and publishes it.
    let asked = app
        .api(
            Method::POST,
            &format!("/api/v1/networks/{id}/questions"),
            Some(&kbh),
            Some(r#"{"question": "Må planen deles med lægen?"}"#),
        )
        .await;
    assert_eq!(asked.status, 201, "{}", asked.text());
    let qid = asked.json()["id"].as_i64().unwrap();
    let guidance = format!("/api/v1/networks/{id}/guidance");
    let before = app.api(Method::GET, &guidance, None, None).await.text();
    assert!(!before.contains("lægen"));
    let answered = app
        .api(
            Method::PUT,
            &format!("/api/v1/networks/{id}/guidance/{qid}"),
            Some(&admin),
            Some(r#"{"title": "Deling med lægen", "body": "Ja, med samtykke.", "public": true}"#),
        )
        .await;
    assert_eq!(answered.status, 200, "{}", answered.text());
    let after = app.api(Method::GET, &guidance, None, None).await.text();
    assert!(after.contains("Må planen deles med lægen?"));
}

#[tokio::test]
async fn learning_questions_start_from_the_learning_goals() {
    let app = TestApp::new().await;
    let (_, trial) = network(&app).await;
    let aarhus = app.token(Role::Applicant).await;
    let path = format!("/api/v1/trials/{trial}/learning-questions");
    let read = app.api(Method::GET, &path, Some(&aarhus), None).await;
    assert_eq!(read.status, 200, "{}", read.text());
    assert_eq!(read.json()["editable"], true);
    let set = app
        .api(
            Method::PUT,
            &path,
            Some(&aarhus),
            Some(r#"{"questions": ["Virker planen?", "Sparer vi tid?"]}"#),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.text());
    assert_eq!(set.json()["questions"][1]["question"], "Sparer vi tid?");
    let empty = app
        .api(
            Method::PUT,
            &path,
            Some(&aarhus),
            Some(r#"{"questions": []}"#),
        )
        .await;
    assert_eq!(empty.status, 422, "{}", empty.text());
    let page = app
        .get(&format!("/trials/{trial}/learning-questions"))
        .await;
    assert!(page.text().contains("Sparer vi tid?"));
}

#[tokio::test]
async fn a_refused_entry_comes_back_with_what_was_typed() {
    let app = TestApp::new().await;
    let (id, trial) = network(&app).await;
    let mut browser = Browser::new(&app);
    let login = browser.login(Role::Applicant).await;
    assert_eq!(login.status, 303);
    let page = browser.get(&format!("/networks/{id}")).await;
    assert!(page.text().contains("id=\"entry-form\""));
    let refused = browser
        .post(
            &format!("/networks/{id}/entries"),
            &[
                ("title", "Et møde <b>fed</b>"),
                ("learned", "   "),
                ("trial_ids", &trial.to_string()),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    let html = refused.text();
    assert!(html.contains("id=\"entry-learned-error\""), "{html}");
    assert!(
        html.contains("Et møde &#60;b&#62;fed&#60;/b&#62;")
            || html.contains("Et møde &lt;b&gt;fed&lt;/b&gt;"),
        "{html}"
    );
    assert!(html.contains(&format!(
        "id=\"tag-trial-{trial}\" name=\"trial_ids\" type=\"checkbox\" value=\"{trial}\" checked"
    )));
    let saved = browser
        .post(
            &format!("/networks/{id}/entries"),
            &[("title", "Et møde"), ("learned", "Færre møder.")],
        )
        .await;
    assert_eq!(saved.status, 303);
    let page = browser.get(&format!("/networks/{id}?done=entry")).await;
    assert!(page.text().contains("badge-private"));
}

/// A final report is refused while a learning question is unanswered (422
/// `learning_answer_required`); a periodic report is not held back.
#[tokio::test]
async fn a_final_report_needs_every_learning_question_answered() {
    use frirum_domain::report::{DueReport, ReportContent, ReportKind};
    use time::macros::date;
    let app = TestApp::new().await;
    let (_, trial) = network(&app).await;
    let aarhus = app.token(Role::Applicant).await;
    let set = app
        .api(
            Method::PUT,
            &format!("/api/v1/trials/{trial}/learning-questions"),
            Some(&aarhus),
            Some(r#"{"questions": ["Virker planen?"]}"#),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.text());
    let store = &app.store.store;
    let admin = store
        .credentials(&common::email(Role::Admin))
        .await
        .unwrap()
        .unwrap()
        .user
        .id;
    let created = store
        .create_due_reports(
            trial,
            &[DueReport {
                kind: ReportKind::Final,
                period_start: date!(2025 - 01 - 01),
                period_end: date!(2026 - 01 - 01),
                due_date: date!(2026 - 03 - 31),
            }],
            &ReportContent::default(),
            frirum_domain::journal::Actor::user(admin, time::OffsetDateTime::now_utc()),
        )
        .await
        .unwrap();
    let report = created[0].id;
    let refused = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/reports/{report}/submit"),
            Some(&aarhus),
            Some(r#"{"version": 1, "content": {"progress": "Fyrre familier deltog."}}"#),
        )
        .await;
    assert_code(&refused, 422, "learning_answer_required");
    let kept = store.report(report).await.unwrap().unwrap();
    assert_eq!(kept.kind, ReportKind::Final);
    assert_ne!(kept.status.as_str(), "submitted");
}

/// A member's question reaches the secretariat as a notification and waits, visible to
/// the members beside the form that asked it, until it is answered.
#[tokio::test]
async fn a_question_tells_the_secretariat_and_waits_on_the_page() {
    let app = TestApp::new().await;
    let (id, _) = network(&app).await;
    let admin = app.token(Role::Admin).await;
    let mut browser = Browser::new(&app);
    assert_eq!(browser.login(Role::Applicant).await.status, 303);
    // Signed in, the header leads to the networks.
    let home = browser.get("/").await;
    assert!(
        home.text().contains("href=\"/networks\""),
        "{}",
        home.text()
    );
    let asked = browser
        .post(
            &format!("/networks/{id}/questions"),
            &[("question", "Må planen deles med egen læge?")],
        )
        .await;
    assert_eq!(asked.status, 303);
    let page = browser
        .get(&format!("/networks/{id}?done=question"))
        .await
        .text();
    assert!(page.contains("id=\"questions-waiting\""), "{page}");
    assert!(page.contains("Må planen deles med egen læge?"));
    let told = app
        .api(Method::GET, "/api/v1/me/notifications", Some(&admin), None)
        .await;
    assert!(
        told.text().contains("network_question_asked"),
        "{}",
        told.text()
    );
    // The public sees neither the question nor the list.
    let public = app.get(&format!("/networks/{id}")).await.text();
    assert!(!public.contains("egen læge"));
}

/// Replying to one's own entry tells nobody and says so; publishing asks first.
#[tokio::test]
async fn a_reply_to_ones_own_entry_tells_nobody_and_publishing_asks_first() {
    let app = TestApp::new().await;
    let (id, _) = network(&app).await;
    let aarhus = app.token(Role::Applicant).await;
    let written = app
        .api(
            Method::POST,
            &format!("/api/v1/networks/{id}/entries"),
            Some(&aarhus),
            Some(r#"{"title": "Et møde", "learned": "Færre møder."}"#),
        )
        .await;
    assert_eq!(written.status, 201, "{}", written.text());
    let entry = written.json()["id"].as_i64().unwrap();
    let mut browser = Browser::new(&app);
    assert_eq!(browser.login(Role::Applicant).await.status, 303);
    let page = browser.get(&format!("/networks/{id}")).await.text();
    assert!(
        page.contains(&format!("id=\"publish-{entry}-yes\"")),
        "{page}"
    );
    assert!(page.contains("cannot be undone"), "{page}");
    let replied = browser
        .post(
            &format!("/networks/{id}/entries/{entry}/replies"),
            &[("body", "En tilføjelse.")],
        )
        .await;
    assert_eq!(replied.status, 303);
    assert!(
        replied
            .headers
            .get("location")
            .and_then(|l| l.to_str().ok())
            .is_some_and(|l| l.contains("done=reply-own")),
        "own reply: no 'the author is told'"
    );
    let told = app
        .api(Method::GET, "/api/v1/me/notifications", Some(&aarhus), None)
        .await;
    assert!(!told.text().contains("learning_reply"), "{}", told.text());
}
