//! Case handling through the JSON API: a scheme set up by the secretariat, applications
//! drafted, checked and submitted by applicants, and every refusal the applications issue
//! names (`deadline_passed`, `population_below_minimum`, `application_submitted`,
//! `edit_conflict`, fields named, limits) with nothing stored lost.

mod common;

use axum::http::Method;
use common::TestApp;
use common::fixtures::{assert_code, call, complete_content, draft, setup};
use frirum_domain::Role;
use serde_json::{Value, json};

#[tokio::test]
async fn a_network_reaches_the_minimum_and_submits_once() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let alone = draft(&app, &s, s.open_round, &[]).await;
    let id = alone["id"].as_i64().unwrap();
    assert_eq!(alone["status"], "draft");
    assert_eq!(alone["missing"], json!([]));
    let population = alone["eligibility"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["rule"] == "population")
        .cloned()
        .unwrap_or_else(|| panic!("no population rule in {}", alone["eligibility"]));
    assert_eq!(population["outcome"], "failed", "{population}");

    let refused = app
        .api(
            Method::POST,
            &format!("/api/v1/applications/{id}/submit"),
            Some(&s.applicant),
            None,
        )
        .await;
    let body = assert_code(&refused, 422, "population_below_minimum");
    let text = body.to_string();
    assert!(
        text.contains("367095") && text.contains("400000"),
        "the refusal names the combined figure and the minimum: {text}"
    );

    // Adding København makes the network large enough.
    let version = alone["version"].as_i64().unwrap();
    let saved = call(
        &app,
        Method::PUT,
        &format!("/api/v1/applications/{id}"),
        &s.applicant,
        json!({"version": version, "members": ["dk:101"], "content": complete_content(s.theme_id)}),
    )
    .await;
    assert_eq!(saved["members"].as_array().unwrap().len(), 1);
    let path = format!("/api/v1/applications/{id}/submit");
    let first = call(&app, Method::POST, &path, &s.applicant, json!({})).await;
    let second = call(&app, Method::POST, &path, &s.applicant, json!({})).await;
    assert_eq!(first["newly"], true);
    assert_eq!(second["newly"], false, "a double click submits once");
    assert_eq!(first["case_number"], "DK2030-R2-001");
    assert_eq!(second["case_number"], first["case_number"]);
    assert_eq!(second["submitted_at"], first["submitted_at"]);

    // The secretariat sees it in the round's list and in the journal.
    let list = call(
        &app,
        Method::GET,
        &format!("/api/v1/rounds/{}/applications", s.open_round),
        &s.admin,
        json!(null),
    )
    .await;
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["case_number"], "DK2030-R2-001");
    let journal = call(
        &app,
        Method::GET,
        &format!("/api/v1/journal/application/{id}"),
        &s.admin,
        json!(null),
    )
    .await;
    let actions: Vec<&str> = journal["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(actions.len() >= 3, "{actions:?}");
    assert_eq!(actions.iter().filter(|a| a.contains("submit")).count(), 1);

    // Submitted means immutable.
    let edit = app
        .api(
            Method::PUT,
            &format!("/api/v1/applications/{id}"),
            Some(&s.applicant),
            Some(
                &json!({"version": saved["version"], "content": complete_content(s.theme_id)})
                    .to_string(),
            ),
        )
        .await;
    assert_code(&edit, 409, "application_submitted");
    let _ = s.scheme_id;
}

#[tokio::test]
async fn after_the_deadline_nothing_is_submitted() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let late = app
        .api(
            Method::POST,
            "/api/v1/applications",
            Some(&s.applicant),
            Some(
                &json!({"round_id": s.closed_round, "members": ["dk:101"],
                         "content": complete_content(s.theme_id)})
                .to_string(),
            ),
        )
        .await;
    // Starting a draft in a closed round is refused, or the draft cannot be submitted.
    if late.status.is_success() {
        let id = late.json()["id"].as_i64().unwrap();
        let refused = app
            .api(
                Method::POST,
                &format!("/api/v1/applications/{id}/submit"),
                Some(&s.applicant),
                None,
            )
            .await;
        let body = assert_code(&refused, 422, "deadline_passed");
        assert!(body.to_string().contains("2019-04-01"), "{body}");
    } else {
        let body = assert_code(&late, 422, "deadline_passed");
        assert!(body.to_string().contains("2019-04-01"), "{body}");
    }
}

#[tokio::test]
async fn the_second_of_two_editors_gets_a_conflict_and_loses_nothing() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let created = draft(&app, &s, s.open_round, &[]).await;
    let id = created["id"].as_i64().unwrap();
    let version = created["version"].as_i64().unwrap();
    let path = format!("/api/v1/applications/{id}");
    let mut mine = complete_content(s.theme_id);
    mine["title"] = json!("Første redaktørs titel");
    call(
        &app,
        Method::PUT,
        &path,
        &s.applicant,
        json!({"version": version, "content": mine}),
    )
    .await;
    let mut theirs = complete_content(s.theme_id);
    theirs["title"] = json!("Anden redaktørs titel");
    let conflict = app
        .api(
            Method::PUT,
            &path,
            Some(&s.applicant),
            Some(&json!({"version": version, "content": theirs}).to_string()),
        )
        .await;
    let body = assert_code(&conflict, 409, "edit_conflict");
    assert_eq!(body["error"]["details"]["current_version"], version + 1);
    let stored = call(&app, Method::GET, &path, &s.applicant, json!(null)).await;
    assert_eq!(stored["content"]["title"], "Første redaktørs titel");
}

#[tokio::test]
async fn bad_fields_are_named_and_the_draft_is_intact() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let created = draft(&app, &s, s.open_round, &[]).await;
    let id = created["id"].as_i64().unwrap();
    let version = created["version"].as_i64().unwrap();
    let path = format!("/api/v1/applications/{id}");

    let cases: Vec<(&str, Value)> = vec![
        (
            "period_end",
            json!({"period_start": "2021-01-01", "period_end": "2020-01-01"}),
        ),
        ("funds_requested", json!({"funds_requested": -5})),
        ("themes[0]", json!({"themes": [999_999]})),
        ("description", json!({"description": "x".repeat(1_000_000)})),
    ];
    for (field, change) in cases {
        let mut content = complete_content(s.theme_id);
        for (k, v) in change.as_object().unwrap() {
            content[k] = v.clone();
        }
        let reply = app
            .api(
                Method::PUT,
                &path,
                Some(&s.applicant),
                Some(&json!({"version": version, "content": content}).to_string()),
            )
            .await;
        assert_eq!(reply.status, 422, "{field}: {}", reply.text());
        let body = reply.json();
        assert_eq!(body["error"]["details"]["field"], field, "{body}");
    }
    let unknown_member = app
        .api(
            Method::PUT,
            &path,
            Some(&s.applicant),
            Some(
                &json!({"version": version, "members": ["dk:999"],
                        "content": complete_content(s.theme_id)})
                .to_string(),
            ),
        )
        .await;
    assert_eq!(unknown_member.status, 422, "{}", unknown_member.text());
    assert_eq!(
        unknown_member.json()["error"]["details"]["field"],
        "members[0]"
    );

    // Beyond the body limit the answer is a clear limit error, not a broken draft.
    let huge = json!({"version": version, "content": {"description": "x".repeat(3 * 1024 * 1024)}});
    let too_large = app
        .api(
            Method::PUT,
            &path,
            Some(&s.applicant),
            Some(&huge.to_string()),
        )
        .await;
    assert_code(&too_large, 413, "payload_too_large");

    let stored = call(&app, Method::GET, &path, &s.applicant, json!(null)).await;
    assert_eq!(stored["version"], version, "nothing was saved");
    assert_eq!(stored["content"], created["content"]);
}

#[tokio::test]
async fn an_incomplete_draft_is_saved_and_says_what_is_missing() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let created = call(
        &app,
        Method::POST,
        "/api/v1/applications",
        &s.applicant,
        json!({"round_id": s.open_round, "content": {"title": "Kun en titel"}}),
    )
    .await;
    let missing: Vec<&str> = created["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for field in [
        "summary",
        "description",
        "themes",
        "exemptions",
        "period_start",
    ] {
        assert!(missing.contains(&field), "{field} in {missing:?}");
    }
    let id = created["id"].as_i64().unwrap();
    let refused = app
        .api(
            Method::POST,
            &format!("/api/v1/applications/{id}/submit"),
            Some(&s.applicant),
            None,
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text());
}

#[tokio::test]
async fn drafts_are_private_to_their_organisations() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let created = draft(&app, &s, s.open_round, &[]).await;
    let path = format!("/api/v1/applications/{}", created["id"]);
    for role in [Role::Admin, Role::Assessor, Role::Researcher] {
        let token = app.token(role).await;
        let reply = app.api(Method::GET, &path, Some(&token), None).await;
        assert_code(&reply, 403, "forbidden");
    }
    assert_code(
        &app.api(Method::GET, &path, None, None).await,
        401,
        "unauthenticated",
    );
}

#[tokio::test]
async fn network_members_read_the_draft_and_only_the_lead_edits_it() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let created = draft(&app, &s, s.open_round, &["dk:101"]).await;
    let path = format!("/api/v1/applications/{}", created["id"]);
    call(
        &app,
        Method::POST,
        "/api/v1/users",
        &s.admin,
        json!({"email": "kbh@test.example", "name": "København", "role": "applicant",
               "organisation": "dk:101", "password": "long enough pw"}),
    )
    .await;
    let member = app.token_for("kbh@test.example").await;
    let read = call(&app, Method::GET, &path, &member, json!(null)).await;
    assert_eq!(read["lead"]["code"], "751");
    let edit = app
        .api(
            Method::PUT,
            &path,
            Some(&member),
            Some(
                &json!({"version": created["version"], "content": complete_content(s.theme_id)})
                    .to_string(),
            ),
        )
        .await;
    assert_code(&edit, 403, "forbidden");
    let mine = call(
        &app,
        Method::GET,
        "/api/v1/applications",
        &member,
        json!(null),
    )
    .await;
    assert_eq!(
        mine["total"], 1,
        "the member's list shows the network's draft"
    );
}

// --- One case status, work queues, population in force (issue 12, part E) ----------------

async fn case_status_of(app: &TestApp, token: &str, id: i64) -> Value {
    call(
        app,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        token,
        json!(null),
    )
    .await["case_status"]
        .clone()
}

/// The secretariat's dashboard line for a status: its link, id and count.
fn queue_line(status: &str, count: u64) -> String {
    format!(
        r#"href="/applications?status={status}" id="queue-{}"><span class="stat">{count}</span>"#,
        status.replace('_', "-")
    )
}

/// One status follows a case from submission to decision, the same in the API's answer,
/// the round's list, the secretariat's dashboard and the filtered list; the secretariat
/// is told of the submission, and the applicant sees the question among their tasks.
#[tokio::test]
async fn one_status_follows_a_case_from_submission_to_decision() {
    use common::Browser;
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let created = draft(&app, &s, s.open_round, &["dk:101"]).await;
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["case_status"], "draft");
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        &s.applicant,
        json!({}),
    )
    .await;
    assert_eq!(case_status_of(&app, &s.admin, id).await, "submitted");
    // The applicant reads the same status as the secretariat.
    assert_eq!(case_status_of(&app, &s.applicant, id).await, "submitted");

    // The secretariat is told, in the interface (and by mail, through the outbox).
    let told = call(
        &app,
        Method::GET,
        "/api/v1/me/notifications",
        &s.admin,
        json!(null),
    )
    .await;
    let kinds: Vec<&Value> = told["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| &n["kind"])
        .collect();
    assert!(kinds.contains(&&json!("submitted")), "{told}");

    let mut secretariat = Browser::new(&app);
    secretariat.login(Role::Admin).await;
    let home = secretariat.get("/").await.text();
    assert!(home.contains(&queue_line("submitted", 1)), "{home}");
    assert!(
        home.contains(&queue_line("ready_for_decision", 0)),
        "{home}"
    );

    // Screened: the one item of the checklist judged.
    call(
        &app,
        Method::PUT,
        &format!("/api/v1/applications/{id}/screening/0"),
        &s.admin,
        json!({"outcome": "no_conflict", "reason": "Intet i vejen."}),
    )
    .await;
    assert_eq!(case_status_of(&app, &s.admin, id).await, "in_assessment");

    // A question makes the case wait for the applicant, whose page lists it as a task.
    let question = call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/clarifications"),
        &s.admin,
        json!({"question": "Hvor mange unge?"}),
    )
    .await;
    assert_eq!(
        case_status_of(&app, &s.admin, id).await,
        "awaiting_clarification"
    );
    let home = secretariat.get("/").await.text();
    assert!(
        home.contains(&queue_line("awaiting_clarification", 1)),
        "{home}"
    );
    let waiting = secretariat
        .get("/applications?status=awaiting_clarification")
        .await
        .text();
    assert!(waiting.contains("Sammenhængende indsats"), "{waiting}");
    assert!(waiting.contains(r#"data-status="awaiting_clarification""#));
    let mut applicant = Browser::new(&app);
    applicant.login(Role::Applicant).await;
    let tasks = applicant.get("/").await.text();
    assert!(
        tasks.contains(&format!(r#"href="/applications/{id}/clarification""#)),
        "{tasks}"
    );
    call(
        &app,
        Method::POST,
        &format!(
            "/api/v1/applications/{id}/clarifications/{}/answer",
            question["id"]
        ),
        &s.applicant,
        json!({"answer": "Omkring 400."}),
    )
    .await;
    assert_eq!(case_status_of(&app, &s.admin, id).await, "in_assessment");
    // The answer waits for the secretariat to act on it.
    let home = secretariat.get("/").await.text();
    assert!(
        home.contains(
            r#"href="/applications?answers=1" id="queue-answers"><span class="stat">1</span>"#
        ),
        "{home}"
    );
    let answers = secretariat.get("/applications?answers=1").await.text();
    assert!(answers.contains("Sammenhængende indsats"), "{answers}");

    // Assessed: the assessor states no conflict, scores every criterion and submits.
    let assessor = app.token(Role::Assessor).await;
    let assessor_id = app
        .store
        .store
        .credentials(&common::email(Role::Assessor))
        .await
        .unwrap()
        .unwrap()
        .user
        .id;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        &s.admin,
        json!({"assessor_ids": [assessor_id]}),
    )
    .await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/no-conflict"),
        &assessor,
        json!({}),
    )
    .await;
    call(
        &app,
        Method::PUT,
        &format!("/api/v1/applications/{id}/scores"),
        &assessor,
        json!({"scores": [{"criterion": "Ambitiøst", "score": 4, "comment": "Godt."}]}),
    )
    .await;
    assert_eq!(case_status_of(&app, &s.admin, id).await, "in_assessment");
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessment/submission"),
        &assessor,
        json!({}),
    )
    .await;
    assert_eq!(
        case_status_of(&app, &s.admin, id).await,
        "ready_for_decision"
    );
    let home = secretariat.get("/").await.text();
    assert!(
        home.contains(&queue_line("ready_for_decision", 1)),
        "{home}"
    );
    // The secretariat's list shows the review columns: screening, assessors, total.
    let ready = secretariat
        .get("/applications?status=ready_for_decision")
        .await
        .text();
    let total = ready
        .split(r#"class="total">"#)
        .nth(1)
        .unwrap_or_else(|| panic!("no total column: {ready}"));
    assert!(total.starts_with(|c: char| c.is_ascii_digit()), "{ready}");
    assert!(
        ready.contains(">1 / 1</td>"),
        "screened and assessed: {ready}"
    );

    // Decided (through the store: the decision's own safeguards are tested elsewhere).
    let application = app.store.store.application(id).await.unwrap().unwrap();
    let admin_id = app
        .store
        .store
        .credentials(&common::email(Role::Admin))
        .await
        .unwrap()
        .unwrap()
        .user
        .id;
    let draft = frirum_domain::decision::DecisionDraft {
        outcome: frirum_domain::decision::Outcome::Rejected,
        reasons: "Uden for ordningen.".into(),
        granted: vec![],
        conditions: String::new(),
        period_start: None,
        period_end: None,
        regulation_kind: None,
        regulation_text: String::new(),
        signatory_title: String::new(),
        confirmed: true,
    };
    app.store
        .store
        .decide(
            id,
            &frirum_domain::decision::NewDecision::from_validated(draft, &application),
            frirum_domain::journal::Actor::user(admin_id, time::OffsetDateTime::now_utc()),
        )
        .await
        .unwrap();
    assert_eq!(case_status_of(&app, &s.admin, id).await, "rejected");
    assert_eq!(case_status_of(&app, &s.applicant, id).await, "rejected");
    // The round's list, the filtered list and the application's page agree.
    let list = call(
        &app,
        Method::GET,
        &format!("/api/v1/rounds/{}/applications", s.open_round),
        &s.admin,
        json!(null),
    )
    .await;
    assert_eq!(list["items"][0]["case_status"], "rejected", "{list}");
    let rejected = secretariat
        .get("/applications?status=rejected")
        .await
        .text();
    assert!(rejected.contains("Sammenhængende indsats"), "{rejected}");
    let none = secretariat
        .get("/applications?status=submitted")
        .await
        .text();
    assert!(none.contains(r#"id="applications-none""#), "{none}");
    let page = secretariat.get(&format!("/applications/{id}")).await.text();
    assert!(page.contains(r#"id="case-status""#), "{page}");
    assert!(
        !page.contains("can be submitted"),
        "the frozen report speaks of the submission"
    );
    assert!(page.contains(r#"id="eligibility-frozen""#), "{page}");
    let home = secretariat.get("/").await.text();
    assert!(home.contains(&queue_line("rejected", 1)), "{home}");
    // The ranking and its export say the same.
    let auth = format!("Bearer {}", s.admin);
    let csv = app
        .get_with(
            &format!("/rounds/{}/ranking.csv?status=all", s.open_round),
            &[("authorization", &auth)],
        )
        .await
        .text();
    assert!(csv.contains(",rejected,"), "{csv}");
    // The ranking's filter speaks the one case status: a rejected case is found as
    // rejected, not among the submitted ones.
    let ranking = secretariat
        .get(&format!("/rounds/{}/ranking?status=rejected", s.open_round))
        .await
        .text();
    assert!(ranking.contains(r#"data-status="rejected""#), "{ranking}");
    assert!(
        ranking.contains(r#"<option value="rejected" selected>"#),
        "{ranking}"
    );
    let submitted = secretariat
        .get(&format!(
            "/rounds/{}/ranking?status=submitted",
            s.open_round
        ))
        .await
        .text();
    assert!(
        !submitted.contains(r#"data-status="rejected""#),
        "{submitted}"
    );
    assert!(!submitted.contains("Sammenhængende indsats"), "{submitted}");
    // The page's export links hold what the page shows, and the export follows them.
    assert!(
        ranking.contains("ranking.csv?status=all&#38;case_status=rejected"),
        "{ranking}"
    );
    let export = |case_status: &'static str| {
        let url = format!(
            "/rounds/{}/ranking.csv?status=all&case_status={case_status}",
            s.open_round
        );
        let auth = auth.clone();
        let app = &app;
        async move { app.get_with(&url, &[("authorization", &auth)]).await.text() }
    };
    assert!(export("rejected").await.contains(",rejected,"));
    assert!(!export("submitted").await.contains(",rejected,"));
    let all = secretariat
        .get(&format!("/rounds/{}/ranking", s.open_round))
        .await
        .text();
    assert!(all.contains(r#"data-status="rejected""#), "{all}");
    let refused = secretariat
        .get(&format!("/rounds/{}/ranking?status=decided", s.open_round))
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert!(
        home.contains(&queue_line("ready_for_decision", 0)),
        "{home}"
    );
}

/// Lists filter by words, scheme and status; a status that does not exist is refused,
/// naming the field.
#[tokio::test]
async fn application_lists_filter_by_words_and_refuse_unknown_statuses() {
    use common::Browser;
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
    let mut secretariat = Browser::new(&app);
    secretariat.login(Role::Admin).await;
    for (query, found) in [
        ("q=udsatte", true),
        ("q=UDSATTE+unge", true),
        ("q=Aarhus", true),
        ("q=DK2030-R2", true),
        ("q=helt%25andet", false),
        (
            &format!("scheme={}&status=submitted", s.scheme_id) as &str,
            true,
        ),
        (
            &format!(
                "scheme={}&round={}&theme={}",
                s.scheme_id, s.open_round, s.theme_id
            ) as &str,
            true,
        ),
        (
            &format!("scheme={}&round={}", s.scheme_id, s.closed_round) as &str,
            false,
        ),
    ] {
        let page = secretariat.get(&format!("/applications?{query}")).await;
        assert_eq!(page.status, 200, "{query}: {}", page.text());
        assert_eq!(
            page.text().contains("Sammenhængende indsats"),
            found,
            "{query}"
        );
    }
    let refused = secretariat.get("/applications?status=decided").await;
    assert_eq!(refused.status, 422, "{}", refused.text());

    // The API's list filters alike.
    for (query, total) in [
        ("case_status=submitted&q=udsatte", 1),
        ("case_status=in_screening", 0),
        (&format!("theme_id={}&q=aarhus", s.theme_id) as &str, 1),
    ] {
        let listed = call(
            &app,
            Method::GET,
            &format!("/api/v1/applications?{query}"),
            &s.admin,
            json!(null),
        )
        .await;
        assert_eq!(listed["total"], total, "{query}: {listed}");
    }
    let bad = app
        .api(
            Method::GET,
            "/api/v1/applications?case_status=decided",
            Some(&s.admin),
            None,
        )
        .await;
    let body = assert_code(&bad, 422, "invalid_field");
    assert_eq!(body["error"]["details"]["field"], "case_status");
}

/// The secretariat's list is every case ("Applications"), filtered by round, theme and
/// organisation from selects offered without a scheme chosen; the organisation's page links
/// to its filtered list. An applicant's list stays their own, without an organisation
/// filter.
#[tokio::test]
async fn the_secretariat_filters_every_case_by_round_theme_and_organisation() {
    use common::Browser;
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
    let lead = call(
        &app,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        &s.admin,
        json!(null),
    )
    .await;
    let org = lead["lead"]["id"].as_i64().expect("lead id");
    let mut secretariat = Browser::new(&app);
    secretariat.accept_language = Some("en".into());
    secretariat.login(Role::Admin).await;
    let list = secretariat.get("/applications").await.text();
    assert!(list.contains("<h1>Applications</h1>"), "{list}");
    assert!(!list.contains("My applications</h1>"), "{list}");
    for select in [
        r#"id="filter-round""#,
        r#"id="filter-theme""#,
        r#"id="filter-organisation-select""#,
    ] {
        assert!(list.contains(select), "{select}: {list}");
    }
    assert!(
        list.contains(&format!(r#"<option value="{}">"#, s.open_round)),
        "{list}"
    );
    assert!(
        list.contains(&format!(r#"<option value="{org}">"#)),
        "{list}"
    );
    for (query, found) in [
        (format!("round={}", s.open_round), true),
        (format!("round={}", s.closed_round), false),
        (format!("theme={}", s.theme_id), true),
        (format!("organisation={org}"), true),
        (format!("organisation={}", org + 1_000_000), false),
    ] {
        let page = secretariat.get(&format!("/applications?{query}")).await;
        assert_eq!(page.status, 200, "{query}: {}", page.text());
        assert_eq!(
            page.text().contains("Sammenhængende indsats"),
            found,
            "{query}"
        );
    }
    let chosen = secretariat
        .get(&format!("/applications?organisation={org}"))
        .await
        .text();
    assert!(
        chosen.contains(&format!(r#"<option value="{org}" selected>"#)),
        "{chosen}"
    );
    // The organisation's page leads to its cases.
    let country = lead["lead"]["country"].as_str().expect("country");
    let code = lead["lead"]["code"].as_str().expect("code");
    let page = secretariat
        .get(&format!("/organisations/{country}/{code}"))
        .await
        .text();
    assert!(
        page.contains(&format!(r#"href="/applications?organisation={org}""#)),
        "{page}"
    );

    let mut applicant = Browser::new(&app);
    applicant.accept_language = Some("en".into());
    applicant.login(Role::Applicant).await;
    let own = applicant.get("/applications").await.text();
    assert!(own.contains("<h1>My applications</h1>"), "{own}");
    assert!(!own.contains(r#"id="filter-organisation-select""#), "{own}");
    assert!(own.contains(r#"id="filter-round""#), "{own}");
}

/// "Save and submit" leads to a confirmation step that says what will be sent, to whom,
/// that it cannot be edited afterwards, and the eligibility report; only confirming
/// submits. A draft that is not eligible is refused on the form as before.
#[tokio::test]
async fn submitting_in_the_browser_asks_for_confirmation_first() {
    use common::Browser;
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let id = draft(&app, &s, s.open_round, &[]).await["id"]
        .as_i64()
        .unwrap();
    let mut applicant = Browser::new(&app);
    applicant.accept_language = Some("en".into());
    applicant.login(Role::Applicant).await;
    fn fields<'a>(version: &'a str, members: &'a str, theme: &'a str) -> Vec<(&'a str, &'a str)> {
        vec![
            ("version", version),
            ("title", "Sammenhængende indsats for udsatte unge"),
            ("summary", "Én plan, én koordinator."),
            (
                "description",
                "Kommunen vil samle indsatserne for unge uden uddannelse.",
            ),
            ("themes", theme),
            ("exemption_scope", "provision"),
            ("exemption_reference", "serviceloven § 54, stk. 2"),
            ("exemption_change", ""),
            ("exemption_justification", "Dobbelt sagsbehandling."),
            ("exemption_provision", ""),
            ("legal_security", "Klageadgangen bevares."),
            ("objective_indicator", "Unge i uddannelse"),
            ("objective_unit", "procent"),
            ("objective_baseline", "60"),
            ("objective_target", "75"),
            ("objective_date", "2024-12-31"),
            ("period_start", "2020-01-01"),
            ("period_end", "2023-12-31"),
            ("members", members),
            ("submit", "1"),
        ]
    }
    let theme = s.theme_id.to_string();
    // Aarhus alone is below the minimum: refused on the form, nothing submitted.
    let refused = applicant
        .post(
            &format!("/applications/{id}/edit"),
            &fields("1", "", &theme),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert_eq!(case_status_of(&app, &s.applicant, id).await, "draft");
    let stored = call(
        &app,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        &s.applicant,
        json!(null),
    )
    .await;
    let version = stored["version"].to_string();
    let saved = applicant
        .post(
            &format!("/applications/{id}/edit"),
            &fields(&version, "101", &theme),
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert_eq!(saved.location(), format!("/applications/{id}/submit"));
    // Saved, not submitted.
    assert_eq!(case_status_of(&app, &s.applicant, id).await, "draft");
    let confirm = applicant.get(&saved.location()).await;
    assert_eq!(confirm.status, 200);
    let page = confirm.text();
    for expected in [
        "Submit the application?",
        "Sammenhængende indsats for udsatte unge",
        "The secretariat of",
        "cannot be edited",
        "Every rule is met",
        r#"id="confirm-submit""#,
    ] {
        assert!(page.contains(expected), "{expected}: {page}");
    }
    assert_eq!(case_status_of(&app, &s.applicant, id).await, "draft");
    let stored = call(
        &app,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        &s.applicant,
        json!(null),
    )
    .await;
    let version = stored["version"].to_string();
    let done = applicant
        .post(
            &format!("/applications/{id}/submit"),
            &[("version", version.as_str())],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.text());
    assert_eq!(done.location(), format!("/applications/{id}/receipt"));
    assert_eq!(case_status_of(&app, &s.applicant, id).await, "submitted");
    // Once submitted, the confirmation leads to the application's page.
    let after = applicant.get(&format!("/applications/{id}/submit")).await;
    assert_eq!(after.status, 303);
    assert_eq!(after.location(), format!("/applications/{id}"));
}

/// The applicant's page names a draft's round by its title, and says where a new
/// application starts: the rounds open now, not the closed ones.
#[tokio::test]
async fn the_applicants_page_names_rounds_and_offers_a_new_application() {
    use common::Browser;
    let app = TestApp::new().await;
    let s = setup(&app).await;
    draft(&app, &s, s.open_round, &[]).await;
    let scheme = call(
        &app,
        Method::GET,
        &format!("/api/v1/schemes/{}", s.scheme_id),
        &s.admin,
        json!(null),
    )
    .await;
    let code = scheme["code"].as_str().expect("code").to_owned();
    let round = scheme["rounds"]
        .as_array()
        .expect("rounds")
        .iter()
        .find(|r| r["id"] == s.open_round)
        .expect("the open round")["title"]
        .as_str()
        .expect("title")
        .to_owned();
    let mut applicant = Browser::new(&app);
    applicant.accept_language = Some("en".into());
    applicant.login(Role::Applicant).await;
    let home = applicant.get("/").await.text();
    assert!(home.contains(&format!("({round} · {code})")), "{home}");
    assert!(!home.contains(&format!("({code} 2)")), "{home}");
    assert!(home.contains("Start a new application"), "{home}");
    assert!(
        home.contains(&format!(r#"<a href="/rounds/{}">"#, s.open_round)),
        "{home}"
    );
    assert!(
        !home.contains(&format!(r#"<a href="/rounds/{}">"#, s.closed_round)),
        "{home}"
    );
}

/// Eligibility uses the population figure in force at the round's deadline, not a newer
/// one, and the report names the figure: value, date and source.
#[tokio::test]
async fn eligibility_uses_the_population_in_force_at_the_deadline() {
    use axum::body::Body;
    use axum::http::{Request, header};
    let app = TestApp::new().await;
    let s = setup(&app).await;
    // A figure dated after the open round's deadline (2099-04-01) is not yet in force.
    let csv = "code,name,kind,parent_code,population,population_date,population_source,population_uncertain\n\
               1082,Region Midtjylland,region,,1400000,2100-01-01,Fremtidige tal,false\n\
               751,Aarhus,municipality,1082,900000,2100-01-01,Fremtidige tal,false\n";
    let imported = app
        .send(
            Request::post("/api/v1/organisations/dk/import")
                .header(header::AUTHORIZATION, format!("Bearer {}", s.admin))
                .header(header::CONTENT_TYPE, "text/csv")
                .body(Body::from(csv))
                .unwrap(),
        )
        .await;
    assert_eq!(imported.status, 200, "{}", imported.text());
    let alone = draft(&app, &s, s.open_round, &[]).await;
    let population = alone["eligibility"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["rule"] == "population")
        .cloned()
        .unwrap();
    // 367,095 (2024) is in force on 2099-04-01, and below the minimum of 400,000.
    assert_eq!(population["outcome"], "failed", "{population}");
    let figure = &population["facts"]["figures"][0];
    assert_eq!(figure["population"], 367095, "{population}");
    assert_eq!(figure["reference_date"], "2024-01-01");
    assert_eq!(figure["source"], "Test figures");
}
