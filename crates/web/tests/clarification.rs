//! Clarification over HTTP: the secretariat asks, the lead organisation answers (after the
//! deadline too), the application awaits clarification meanwhile, and the requested
//! exemptions are amended together, through the API and the rule finder's pages, with
//! every change in the journal.

mod common;

use axum::http::Method;
use common::fixtures::{assert_code, call, world};
use common::{Browser, TestApp};
use frirum_domain::Role;
use frirum_domain::clock::LocalTime;
use frirum_domain::journal::Actor;
use frirum_domain::scheme::RoundDraft;
use serde_json::{Value, json};
use time::macros::datetime;

async fn journal(app: &TestApp, admin: &str, id: i64) -> Vec<Value> {
    call(
        app,
        Method::GET,
        &format!("/api/v1/journal/application/{id}?per_page=100"),
        admin,
        json!(null),
    )
    .await["items"]
        .as_array()
        .unwrap()
        .clone()
}

#[tokio::test]
async fn a_question_waits_for_the_lead_whose_answer_is_taken_after_the_deadline() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = w.submitted_id;
    let admin = &w.setup.admin;
    let lead = &w.setup.applicant;
    let threads = format!("/api/v1/applications/{id}/clarifications");

    let shown = call(
        &app,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        lead,
        json!(null),
    )
    .await;
    assert_eq!(shown["review_stage"], "under_review");

    let asked = app
        .api(
            Method::POST,
            &threads,
            Some(admin),
            Some(r#"{"question": "Hvilke regler står i vejen for den fælles plan?"}"#),
        )
        .await;
    assert_eq!(asked.status, 201, "{}", asked.text());
    let cid = asked.json()["id"].as_i64().unwrap();
    let thread = call(&app, Method::GET, &threads, lead, json!(null)).await;
    assert_eq!(thread["stage"], "awaiting_clarification");
    let shown = call(
        &app,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        lead,
        json!(null),
    )
    .await;
    assert_eq!(shown["review_stage"], "awaiting_clarification");

    // The round closes; answers are still taken.
    let store = &app.store.store;
    store
        .update_round(
            w.setup.open_round,
            &RoundDraft {
                number: 2,
                title: String::new(),
                opens: LocalTime::new(datetime!(2020-01-01 00:00), "Europe/Copenhagen"),
                deadline: LocalTime::new(datetime!(2021-04-01 12:00), "Europe/Copenhagen"),
                target_trials: 10,
            },
            Actor::user(1, time::OffsetDateTime::now_utc()),
        )
        .await
        .unwrap();

    let answer = format!("{threads}/{cid}/answer");
    // Network members read the thread but do not answer; nor does the secretariat.
    let copenhagen = {
        call(
            &app,
            Method::POST,
            "/api/v1/users",
            admin,
            json!({"email": "kbh2@test.example", "name": "København", "role": "applicant",
                   "organisation": "dk:101", "password": "long enough pw"}),
        )
        .await;
        app.token_for("kbh2@test.example").await
    };
    let read = app
        .api(Method::GET, &threads, Some(&copenhagen), None)
        .await;
    assert_eq!(read.status, 200);
    for token in [&copenhagen, admin] {
        let refused = app
            .api(
                Method::POST,
                &answer,
                Some(token),
                Some(r#"{"answer": "Vi svarer"}"#),
            )
            .await;
        assert_code(&refused, 403, "forbidden");
    }
    let empty = app
        .api(
            Method::POST,
            &answer,
            Some(lead),
            Some(r#"{"answer": " "}"#),
        )
        .await;
    assert_eq!(
        assert_code(&empty, 422, "field_required")["error"]["details"]["field"],
        "answer"
    );
    let long = json!({"answer": "x".repeat(10_001)}).to_string();
    let too_long = app
        .api(Method::POST, &answer, Some(lead), Some(&long))
        .await;
    assert_code(&too_long, 422, "field_too_long");
    let no_question = app
        .api(
            Method::POST,
            &threads,
            Some(admin),
            Some(r#"{"question": ""}"#),
        )
        .await;
    assert_eq!(
        assert_code(&no_question, 422, "field_required")["error"]["details"]["field"],
        "question"
    );

    let answered = call(
        &app,
        Method::POST,
        &answer,
        lead,
        json!({"answer": "Serviceloven § 141 om handleplaner."}),
    )
    .await;
    assert_eq!(answered["open"], false);
    assert_eq!(answered["answered_by_name"], "Test applicant");
    let again = app
        .api(
            Method::POST,
            &answer,
            Some(lead),
            Some(r#"{"answer": "Igen"}"#),
        )
        .await;
    assert_code(&again, 409, "no_open_clarification");

    let thread = call(&app, Method::GET, &threads, lead, json!(null)).await;
    assert_eq!(thread["stage"], "under_review");
    assert_eq!(
        thread["items"][0]["answer"],
        "Serviceloven § 141 om handleplaner."
    );
    let actions: Vec<Value> = journal(&app, admin, id)
        .await
        .iter()
        .map(|e| e["action"].clone())
        .collect();
    assert!(actions.contains(&json!("clarification.asked")));
    assert!(actions.contains(&json!("clarification.answered")));

    // The pages: the thread with the stage, forms for those who may use them.
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    browser.login(Role::Admin).await;
    let asked = browser
        .post(
            &format!("/applications/{id}/clarification"),
            &[("question", "Hvem koordinerer?")],
        )
        .await;
    assert_eq!(asked.status, 303, "{}", asked.text());
    let page = browser.get(&asked.location()).await.text();
    assert!(page.contains("Hvem koordinerer?"));
    assert!(page.contains("Awaiting clarification"), "{page}");
    let mut applicant = Browser::new(&app);
    applicant.accept_language = Some("en".into());
    applicant.login(Role::Applicant).await;
    let app_page = applicant.get(&format!("/applications/{id}")).await.text();
    assert!(app_page.contains(&format!("/applications/{id}/clarification")));
    assert!(app_page.contains("Awaiting clarification"));
    let thread = call(&app, Method::GET, &threads, lead, json!(null)).await;
    let open = thread["items"][1]["id"].as_i64().unwrap();
    let sent = applicant
        .post(
            &format!("/applications/{id}/clarification/{open}/answer"),
            &[("answer", "Sagsbehandleren.")],
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.text());
    let page = applicant.get(&sent.location()).await.text();
    assert!(page.contains("Sagsbehandleren."));
    // The page shows the case's one status, as its other pages do: answered, it waits no more.
    assert!(
        page.contains("<strong>Status:</strong> Submitted"),
        "{page}"
    );
}

#[tokio::test]
async fn exemptions_are_amended_together_during_a_clarification() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = w.submitted_id;
    let admin = &w.setup.admin;
    let lead = &w.setup.applicant;
    let amend = format!("/api/v1/applications/{id}/exemptions");
    let current = call(
        &app,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        lead,
        json!(null),
    )
    .await;
    let version = current["version"].as_i64().unwrap();
    let mut exemptions = current["content"]["exemptions"].clone();
    exemptions.as_array_mut().unwrap().push(json!({
        "scope": "provision", "reference": "serviceloven § 141",
        "justification": "Én plan i stedet for flere."
    }));
    let body = json!({"version": version, "exemptions": exemptions, "reason": "Fundet i dialog"});

    // No open question: nothing to amend.
    let closed = app
        .api(Method::PUT, &amend, Some(lead), Some(&body.to_string()))
        .await;
    assert_code(&closed, 409, "no_open_clarification");

    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/clarifications"),
        admin,
        json!({"question": "Hvilke bestemmelser mangler? Måske serviceloven § 142?"}),
    )
    .await;
    let no_reason = json!({"version": version, "exemptions": exemptions, "reason": ""});
    let refused = app
        .api(
            Method::PUT,
            &amend,
            Some(lead),
            Some(&no_reason.to_string()),
        )
        .await;
    assert_eq!(
        assert_code(&refused, 422, "field_required")["error"]["details"]["field"],
        "reason"
    );
    let amended = call(&app, Method::PUT, &amend, lead, body.clone()).await;
    assert_eq!(amended["version"], version + 1);
    assert_eq!(amended["exemptions"][1]["reference"], "serviceloven § 141");

    // A second editor at the old version is refused; what the first saved stays.
    let stale = app
        .api(
            Method::PUT,
            &amend,
            Some(admin),
            Some(&json!({"version": version, "exemptions": [], "reason": "Ryd op"}).to_string()),
        )
        .await;
    assert_eq!(
        assert_code(&stale, 409, "edit_conflict")["error"]["details"]["current_version"],
        version + 1
    );
    let now = call(
        &app,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        lead,
        json!(null),
    )
    .await;
    assert_eq!(now["content"]["exemptions"].as_array().unwrap().len(), 2);

    let entry = journal(&app, admin, id)
        .await
        .into_iter()
        .rfind(|e| e["action"] == "application.exemptions_amended")
        .unwrap();
    assert_eq!(entry["reason"], "Fundet i dialog");
    assert_eq!(
        entry["changes"]["exemptions[1].reference"]["to"],
        "serviceloven § 141"
    );
    assert_eq!(entry["changes"]["exemptions"], json!({"from": 1, "to": 2}));

    // The citation now resolves to the catalogue: the platform's evidence follows.
    let counts = app
        .store
        .store
        .exemption_counts(&[w.provision_id])
        .await
        .unwrap();
    assert_eq!(counts.get(&w.provision_id), Some(&1));

    // A network member may not amend; the secretariat may.
    call(
        &app,
        Method::POST,
        "/api/v1/users",
        admin,
        json!({"email": "kbh3@test.example", "name": "København", "role": "applicant",
               "organisation": "dk:101", "password": "long enough pw"}),
    )
    .await;
    let member = app.token_for("kbh3@test.example").await;
    let body = json!({"version": version + 1, "exemptions": exemptions, "reason": "Os også"});
    let forbidden = app
        .api(Method::PUT, &amend, Some(&member), Some(&body.to_string()))
        .await;
    assert_code(&forbidden, 403, "forbidden");

    // The rule finder's suggestions work on the submitted application while the question
    // is open: the lead adds the other provision of the act.
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    browser.login(Role::Applicant).await;
    let page = browser.get(&format!("/applications/{id}/suggest")).await;
    assert_eq!(page.status, 200, "{}", page.text());
    assert!(
        page.text()
            .contains(&format!("/applications/{id}/clarification"))
    );
    let provisions = app.store.store.provisions_of_act(w.act_id).await.unwrap();
    let other = provisions[1].id.to_string();
    // The question cites § 142: the thread feeds the suggestions.
    assert!(
        page.text()
            .contains(&format!("name=\"provision_id\" value=\"{other}\"")),
        "{}",
        page.text()
    );
    let version = (version + 1).to_string();
    let linked = browser
        .post(
            &format!("/applications/{id}/exemptions"),
            &[("provision_id", &other), ("version", &version)],
        )
        .await;
    assert_eq!(linked.status, 303, "{}", linked.text());
    assert!(linked.location().contains("/clarification?amended=1"));
    let now = call(
        &app,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        lead,
        json!(null),
    )
    .await;
    assert_eq!(
        now["content"]["exemptions"][2]["provision_id"],
        provisions[1].id
    );
    let counts = app
        .store
        .store
        .exemption_counts(&[provisions[1].id])
        .await
        .unwrap();
    assert_eq!(counts.get(&provisions[1].id), Some(&1));
    let entry = journal(&app, admin, id)
        .await
        .into_iter()
        .rfind(|e| e["action"] == "application.exemptions_amended")
        .unwrap();
    assert!(
        entry["reason"]
            .as_str()
            .unwrap()
            .contains("serviceloven § 142"),
        "{entry}"
    );

    // The secretariat removes one with a reason on the clarification page.
    let mut secretariat = Browser::new(&app);
    secretariat.login(Role::Admin).await;
    let version = now["version"].to_string();
    let removed = secretariat
        .post(
            &format!("/applications/{id}/exemptions/remove"),
            &[
                ("index", "0"),
                ("version", &version),
                ("reason", "Ikke nødvendig"),
            ],
        )
        .await;
    assert_eq!(removed.status, 303, "{}", removed.text());
    let now = call(
        &app,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        lead,
        json!(null),
    )
    .await;
    assert_eq!(now["content"]["exemptions"].as_array().unwrap().len(), 2);
    assert_eq!(
        now["content"]["exemptions"][0]["reference"],
        "serviceloven § 141"
    );
}
