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
