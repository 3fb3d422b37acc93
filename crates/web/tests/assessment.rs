//! Assessment through HTTP: assigning assessors (one by one and in bulk), conflicts of
//! interest declared and found from the assessor's employer, blind and independent scoring
//! (the statement of no conflict first, others' scores hidden until one's own assessment is
//! submitted, on the API and the pages alike), scores on the scheme's scale, two assessors
//! saving at once, consensus, the spread between assessors and requests for a consensus,
//! notes, the round's ranking with a tie and missing scores, and its CSV and Excel exports.

mod common;

use std::io::Read;

use axum::body::Body;
use axum::http::{Method, Request, header};
use common::fixtures::{Setup, assert_code, call, draft, setup};
use common::{Browser, TestApp};
use frirum_domain::Role;
use serde_json::{Value, json};
use tower::ServiceExt;

const CRITERION: &str = "Ambitiøst";

/// An assessor account, optionally employed by an organisation: its id and a token.
async fn assessor(app: &TestApp, s: &Setup, email: &str, org: Option<&str>) -> (i64, String) {
    let mut body = json!({"email": email, "name": email, "role": "assessor",
                          "password": "long enough pw"});
    if let Some(org) = org {
        body["organisation"] = json!(org);
    }
    let user = call(app, Method::POST, "/api/v1/users", &s.admin, body).await;
    (user["id"].as_i64().unwrap(), app.token_for(email).await)
}

/// The id of the account a token belongs to.
async fn me(app: &TestApp, token: &str) -> i64 {
    let reply = app.api(Method::GET, "/api/v1/me", Some(token), None).await;
    reply.json()["id"].as_i64().unwrap()
}

/// A submitted application of Aarhus with København as a member.
async fn submitted(app: &TestApp, s: &Setup) -> i64 {
    let id = draft(app, s, s.open_round, &["dk:101"]).await["id"]
        .as_i64()
        .unwrap();
    call(
        app,
        Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        &s.applicant,
        json!({}),
    )
    .await;
    id
}

fn scores(score: i64) -> String {
    json!({"scores": [{"criterion": CRITERION, "score": score, "comment": "Klar plan."}]})
        .to_string()
}

async fn put_scores(app: &TestApp, id: i64, token: &str, score: i64) -> common::Reply {
    app.api(
        Method::PUT,
        &format!("/api/v1/applications/{id}/scores"),
        Some(token),
        Some(&scores(score)),
    )
    .await
}

/// The assessor states that they have no conflict of interest in the case.
async fn state(app: &TestApp, id: i64, token: &str) -> Value {
    call(
        app,
        Method::POST,
        &format!("/api/v1/applications/{id}/no-conflict"),
        token,
        Value::Null,
    )
    .await
}

/// The assessor submits their own assessment.
async fn submit(app: &TestApp, id: i64, token: &str) -> common::Reply {
    app.api(
        Method::POST,
        &format!("/api/v1/applications/{id}/assessment/submission"),
        Some(token),
        None,
    )
    .await
}

async fn assessment(app: &TestApp, id: i64, token: &str) -> Value {
    call(
        app,
        Method::GET,
        &format!("/api/v1/applications/{id}/assessment"),
        token,
        Value::Null,
    )
    .await
}

#[tokio::test]
async fn scale_conflicts_and_who_reads_what() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let id = submitted(&app, &s).await;
    let (anna, anna_t) = assessor(&app, &s, "anna@oim.dk", None).await;
    // Bo works for København, a member of the network: a conflict found automatically.
    let (bo, bo_t) = assessor(&app, &s, "bo@kk.dk", Some("dk:101")).await;
    let (_, carl_t) = assessor(&app, &s, "carl@oim.dk", None).await;

    let assigned = call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        &s.admin,
        json!({"assessor_ids": [anna, bo]}),
    )
    .await;
    let all = assigned["assignments"].as_array().unwrap();
    assert_eq!(all.len(), 2);
    let bo_row = all.iter().find(|a| a["assessor_id"] == bo).unwrap();
    assert_eq!(bo_row["conflict"]["source"], "employment", "{bo_row}");
    assert!(
        bo_row["conflict"]["reason"]
            .as_str()
            .unwrap()
            .contains("København")
    );
    let anna_row = all.iter().find(|a| a["assessor_id"] == anna).unwrap();
    assert!(anna_row["conflict"].is_null());

    // Only assessors, only submitted applications.
    let applicant_id = me(&app, &s.applicant).await;
    let reply = app
        .api(
            Method::POST,
            &format!("/api/v1/applications/{id}/assessors"),
            Some(&s.admin),
            Some(&json!({"assessor_ids": [applicant_id]}).to_string()),
        )
        .await;
    assert_code(&reply, 422, "not_an_assessor");
    let draft_id = draft(&app, &s, s.open_round, &[]).await["id"]
        .as_i64()
        .unwrap();
    let reply = app
        .api(
            Method::POST,
            &format!("/api/v1/applications/{draft_id}/assessors"),
            Some(&s.admin),
            Some(&json!({"assessor_ids": [anna]}).to_string()),
        )
        .await;
    assert_code(&reply, 409, "application_not_submitted");

    // The assigned, unconflicted assessor reads the application; others do not.
    let path = format!("/api/v1/applications/{id}");
    assert_eq!(
        app.api(Method::GET, &path, Some(&anna_t), None)
            .await
            .status,
        200
    );
    assert_eq!(
        app.api(Method::GET, &path, Some(&bo_t), None).await.status,
        403
    );
    assert_eq!(
        app.api(Method::GET, &path, Some(&carl_t), None)
            .await
            .status,
        403
    );

    // A score of 7 on a scale of 0 to 5 is refused, naming the scale; nothing is stored.
    state(&app, id, &anna_t).await;
    let body = assert_code(
        &put_scores(&app, id, &anna_t, 7).await,
        422,
        "score_out_of_scale",
    );
    assert_eq!(body["error"]["details"]["max"], 5);
    assert_eq!(body["error"]["details"]["criterion"], CRITERION);
    let reply = app
        .api(
            Method::PUT,
            &format!("/api/v1/applications/{id}/scores"),
            Some(&anna_t),
            Some(r#"{"scores": [{"criterion": "Smukt", "score": 3}]}"#),
        )
        .await;
    assert_code(&reply, 422, "unknown_criterion");
    assert!(
        assessment(&app, id, &s.admin).await["scores"]
            .as_array()
            .unwrap()
            .is_empty()
    );

    // The conflicted assessor can neither score nor see the others' scores.
    assert_code(
        &put_scores(&app, id, &bo_t, 3).await,
        403,
        "conflict_of_interest",
    );
    let reply = app
        .api(
            Method::GET,
            &format!("/api/v1/applications/{id}/assessment"),
            Some(&bo_t),
            None,
        )
        .await;
    assert_code(&reply, 403, "conflict_of_interest");
    assert_code(&put_scores(&app, id, &carl_t, 3).await, 403, "not_assigned");
    assert_code(
        &put_scores(&app, id, &s.admin, 3).await,
        403,
        "not_assigned",
    );
    let reply = app
        .api(
            Method::GET,
            &format!("/api/v1/applications/{id}/assessment"),
            Some(&s.applicant),
            None,
        )
        .await;
    assert_code(&reply, 403, "forbidden");

    // A valid score is kept, and the result shows the bonuses with their reasons.
    let saved = put_scores(&app, id, &anna_t, 4).await;
    assert_eq!(saved.status, 200, "{}", saved.text());
    let submitted = submit(&app, id, &anna_t).await;
    assert_eq!(submitted.status, 200, "{}", submitted.text());
    let view = assessment(&app, id, &anna_t).await;
    let result = &view["assessment"];
    assert_eq!(result["weighted_score"], 4.0);
    assert_eq!(result["complete"], true);
    let bonuses = result["bonuses"].as_array().unwrap();
    assert_eq!(bonuses[0]["reason"]["code"], "network");
    assert_eq!(bonuses[1]["reason"]["code"], "priority_themes_matched");
    assert_eq!(bonuses[2]["reason"]["code"], "measurable_objectives");

    // Anna's queue, then her declared conflict stops her scoring.
    let queue = call(
        &app,
        Method::GET,
        "/api/v1/me/assignments",
        &anna_t,
        Value::Null,
    )
    .await;
    assert_eq!(queue["items"][0]["application_id"], id);
    assert_eq!(queue["items"][0]["scored"], 1);
    assert_eq!(queue["items"][0]["complete"], true);
    let reply = app
        .api(
            Method::POST,
            &format!("/api/v1/applications/{id}/conflict"),
            Some(&carl_t),
            Some(r#"{"reason": "Min bror"}"#),
        )
        .await;
    assert_code(&reply, 403, "not_assigned");
    let reply = app
        .api(
            Method::POST,
            &format!("/api/v1/applications/{id}/conflict"),
            Some(&anna_t),
            Some(r#"{"reason": "   "}"#),
        )
        .await;
    assert_code(&reply, 422, "field_required");
    let declared = call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/conflict"),
        &anna_t,
        json!({"reason": "Min søster leder projektet"}),
    )
    .await;
    assert_eq!(declared["conflict"]["source"], "declared");
    assert_code(
        &put_scores(&app, id, &anna_t, 5).await,
        403,
        "conflict_of_interest",
    );
    // Her earlier score no longer counts.
    let admin_view = assessment(&app, id, &s.admin).await;
    assert!(admin_view["assessment"]["total"].is_null());

    // The journal shows who did what.
    let journal = call(
        &app,
        Method::GET,
        &format!("/api/v1/journal/application/{id}"),
        &s.admin,
        Value::Null,
    )
    .await;
    let actions: Vec<&str> = journal["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "assessment.assessor_assigned",
        "assessment.scores_saved",
        "assessment.conflict_declared",
    ] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}

#[tokio::test]
async fn two_assessors_saving_at_once_are_both_kept() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let id = submitted(&app, &s).await;
    let (one, one_t) = assessor(&app, &s, "one@oim.dk", None).await;
    let (two, two_t) = assessor(&app, &s, "two@oim.dk", None).await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        &s.admin,
        json!({"assessor_ids": [one, two]}),
    )
    .await;
    state(&app, id, &one_t).await;
    state(&app, id, &two_t).await;
    let request = |token: &str, score: i64| {
        Request::builder()
            .method(Method::PUT)
            .uri(format!("/api/v1/applications/{id}/scores"))
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(scores(score)))
            .unwrap()
    };
    let a = tokio::spawn(app.router.clone().oneshot(request(&one_t, 2)));
    let b = tokio::spawn(app.router.clone().oneshot(request(&two_t, 5)));
    let (a, b) = (a.await.unwrap().unwrap(), b.await.unwrap().unwrap());
    assert_eq!((a.status().as_u16(), b.status().as_u16()), (200, 200));
    let view = assessment(&app, id, &s.admin).await;
    let criterion = &view["assessment"]["criteria"][0];
    let mut given: Vec<i64> = criterion["scores"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["score"].as_i64().unwrap())
        .collect();
    given.sort_unstable();
    assert_eq!(given, [2, 5]);
    assert_eq!(criterion["mean"], 3.5);
}

#[tokio::test]
async fn bulk_assignment_ranking_with_a_tie_and_exports() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let ids: Vec<i64> = {
        let mut v = Vec::new();
        for _ in 0..4 {
            v.push(submitted(&app, &s).await);
        }
        v
    };
    let draft_id = draft(&app, &s, s.open_round, &[]).await["id"]
        .as_i64()
        .unwrap();
    let (anna, anna_t) = assessor(&app, &s, "anna@oim.dk", None).await;
    let (carl, carl_t) = assessor(&app, &s, "carl@oim.dk", None).await;
    let (dan, dan_t) = assessor(&app, &s, "dan@oim.dk", None).await;
    let bulk = format!("/api/v1/rounds/{}/assignments", s.open_round);

    // A draft in the batch refuses the whole batch.
    let reply = app
        .api(
            Method::POST,
            &bulk,
            Some(&s.admin),
            Some(
                &json!({"application_ids": [ids[0], draft_id], "assessor_ids": [dan]}).to_string(),
            ),
        )
        .await;
    assert_code(&reply, 409, "application_not_submitted");
    let queue = call(
        &app,
        Method::GET,
        "/api/v1/me/assignments",
        &dan_t,
        Value::Null,
    )
    .await;
    assert!(queue["items"].as_array().unwrap().is_empty());
    // An application that is not in the round is refused too.
    let reply = app
        .api(
            Method::POST,
            &bulk,
            Some(&s.admin),
            Some(&json!({"application_ids": [999999], "assessor_ids": [dan]}).to_string()),
        )
        .await;
    assert_code(&reply, 422, "invalid_field");

    let done = call(
        &app,
        Method::POST,
        &bulk,
        &s.admin,
        json!({"application_ids": ids, "assessor_ids": [anna, carl]}),
    )
    .await;
    assert_eq!(done["assigned"].as_array().unwrap().len(), 8);

    // Totals: first 5, second and third tied at 4, fourth scored by one assessor only.
    for (i, score) in [5, 4, 4].into_iter().enumerate() {
        for token in [&anna_t, &carl_t] {
            state(&app, ids[i], token).await;
            assert_eq!(put_scores(&app, ids[i], token, score).await.status, 200);
        }
    }
    state(&app, ids[3], &anna_t).await;
    assert_eq!(put_scores(&app, ids[3], &anna_t, 5).await.status, 200);

    let ranking = call(
        &app,
        Method::GET,
        &format!("/api/v1/rounds/{}/ranking", s.open_round),
        &s.admin,
        Value::Null,
    )
    .await;
    let rows = ranking["rows"].as_array().unwrap();
    let order: Vec<(i64, i64, bool, bool)> = rows
        .iter()
        .map(|r| {
            (
                r["application_id"].as_i64().unwrap(),
                r["rank"].as_i64().unwrap(),
                r["tied"].as_bool().unwrap(),
                r["complete"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        order,
        [
            (ids[0], 1, false, true),
            (ids[1], 2, true, true),
            (ids[2], 2, true, true),
            (ids[3], 4, false, false),
        ]
    );
    assert_eq!(rows[3]["missing"][0], CRITERION);
    assert_eq!(ranking["target_trials"], 10);
    assert_eq!(ranking["within_line"], 3);

    // Filters: a theme nobody chose leaves nothing; withdrawn applications are apart.
    let none = call(
        &app,
        Method::GET,
        &format!("/api/v1/rounds/{}/ranking?theme_id=999999", s.open_round),
        &s.admin,
        Value::Null,
    )
    .await;
    assert!(none["rows"].as_array().unwrap().is_empty());
    let reply = app
        .api(
            Method::GET,
            &format!("/api/v1/rounds/{}/ranking?status=bogus", s.open_round),
            Some(&s.admin),
            None,
        )
        .await;
    assert_eq!(reply.status, 422, "{}", reply.text());

    // The CSV, best first, with the tie and the missing score visible.
    let auth = format!("Bearer {}", s.admin);
    let csv = app
        .get_with(
            &format!("/rounds/{}/ranking.csv", s.open_round),
            &[("authorization", &auth)],
        )
        .await;
    assert_eq!(csv.status, 200, "{}", csv.text());
    let text = csv.text();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "rank,case_number,title,lead,status,weighted_score,bonus_points,total,complete,tied,within_line,tie_across_line,missing"
    );
    assert_eq!(lines.len(), 5);
    assert!(lines[1].starts_with("1,DK2030-R2-001,"), "{}", lines[1]);
    assert!(lines[2].starts_with("2,DK2030-R2-002,"), "{}", lines[2]);
    assert!(lines[2].contains(",true,true,true,false,"), "{}", lines[2]);
    assert!(lines[4].starts_with("4,DK2030-R2-004,"), "{}", lines[4]);
    assert!(
        lines[4].ends_with(&format!(",false,false,false,false,{CRITERION}")),
        "{}",
        lines[4]
    );

    // The workbook is a real xlsx: a zip with the sheet holding the case numbers.
    let xlsx = app
        .get_with(
            &format!("/rounds/{}/ranking.xlsx", s.open_round),
            &[("authorization", &auth)],
        )
        .await;
    assert_eq!(xlsx.status, 200);
    assert!(xlsx.body.starts_with(b"PK\x03\x04"));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx.body.to_vec())).unwrap();
    let names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    assert!(
        names.iter().any(|n| n == "[Content_Types].xml"),
        "{names:?}"
    );
    assert!(
        names.iter().any(|n| n == "xl/worksheets/sheet1.xml"),
        "{names:?}"
    );
    let mut strings = String::new();
    zip.by_name("xl/sharedStrings.xml")
        .unwrap()
        .read_to_string(&mut strings)
        .unwrap();
    assert!(strings.contains("DK2030-R2-003"));
    assert!(strings.contains("case_number"));

    // Exports and the ranking are the secretariat's.
    let token = format!("Bearer {anna_t}");
    let refused = app
        .get_with(
            &format!("/rounds/{}/ranking.csv", s.open_round),
            &[("authorization", &token)],
        )
        .await;
    assert_eq!(refused.status, 403);

    // A consensus waits for the assessors: refused while carl has not submitted...
    let early = app
        .api(
            Method::PUT,
            &format!("/api/v1/applications/{}/consensus", ids[3]),
            Some(&s.admin),
            Some(&json!({"scores": [{"criterion": CRITERION, "score": 3}]}).to_string()),
        )
        .await;
    assert_code(&early, 409, "assessors_not_submitted");
    // ...recorded once anna has submitted and carl, who never scored, is taken off.
    assert_eq!(submit(&app, ids[3], &anna_t).await.status, 200);
    let removed = app
        .api(
            Method::DELETE,
            &format!(
                "/api/v1/applications/{}/assessors/{carl}?reason=Sick%20leave",
                ids[3]
            ),
            Some(&s.admin),
            None,
        )
        .await;
    assert_eq!(removed.status, 204, "{}", removed.text());
    // A consensus completes the fourth application.
    call(
        &app,
        Method::PUT,
        &format!("/api/v1/applications/{}/consensus", ids[3]),
        &s.admin,
        json!({"scores": [{"criterion": CRITERION, "score": 3}]}),
    )
    .await;
    let reply = app
        .api(
            Method::PUT,
            &format!("/api/v1/applications/{}/consensus", ids[3]),
            Some(&s.admin),
            Some(&json!({"scores": [{"criterion": CRITERION, "score": 6}]}).to_string()),
        )
        .await;
    assert_code(&reply, 422, "score_out_of_scale");
    let ranking = call(
        &app,
        Method::GET,
        &format!("/api/v1/rounds/{}/ranking", s.open_round),
        &s.admin,
        Value::Null,
    )
    .await;
    assert_eq!(ranking["rows"][3]["complete"], true);
    assert_eq!(ranking["rows"][3]["total"], 3.0);
    assert_eq!(ranking["within_line"], 4);
}

async fn journal(app: &TestApp, admin: &str, id: i64) -> Vec<Value> {
    call(
        app,
        Method::GET,
        &format!("/api/v1/journal/application/{id}?per_page=100"),
        admin,
        Value::Null,
    )
    .await["items"]
        .as_array()
        .unwrap()
        .clone()
}

/// Removing an assessor is a considered act: it takes a reason, which is journaled; one
/// who has submitted stays on the case with their scores; the unsubmitted scores of one
/// removed go with them, so that assigning them again starts afresh and the total shown
/// is the total that counts.
#[tokio::test]
async fn removing_an_assessor_takes_a_reason_and_keeps_a_submitted_assessment() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let id = submitted(&app, &s).await;
    let (anna, anna_t) = assessor(&app, &s, "anna@oim.dk", None).await;
    let (carl, carl_t) = assessor(&app, &s, "carl@oim.dk", None).await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        &s.admin,
        json!({"assessor_ids": [anna, carl]}),
    )
    .await;
    for token in [&anna_t, &carl_t] {
        state(&app, id, token).await;
    }
    assert_eq!(put_scores(&app, id, &anna_t, 5).await.status, 200);
    assert_eq!(submit(&app, id, &anna_t).await.status, 200);
    assert_eq!(put_scores(&app, id, &carl_t, 1).await.status, 200);
    assert_eq!(
        assessment(&app, id, &s.admin).await["assessment"]["total"],
        3.0
    );

    let remove =
        |who: i64, query: &str| format!("/api/v1/applications/{id}/assessors/{who}{query}");
    // One who has submitted is refused, reason or not.
    let refused = app
        .api(
            Method::DELETE,
            &remove(anna, "?reason=x"),
            Some(&s.admin),
            None,
        )
        .await;
    assert_code(&refused, 409, "assessor_has_submitted");
    // Without a reason, nothing happens.
    let bare = app
        .api(Method::DELETE, &remove(carl, ""), Some(&s.admin), None)
        .await;
    assert_eq!(bare.status, 422, "{}", bare.text());
    assert_eq!(
        assessment(&app, id, &s.admin).await["assignments"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    // The secretariat's page offers the removal behind a confirmation with a reason, and
    // says why the submitted assessor cannot be removed.
    let mut admin = Browser::new(&app);
    admin.accept_language = Some("en".into());
    admin.login(Role::Admin).await;
    let page = admin.get(&format!("/applications/{id}/assessment")).await;
    let html = page.text();
    assert!(html.contains("Has submitted: stays on the case"), "{html}");
    assert!(
        html.contains(&format!(
            "id=\"unassign-reason-{carl}\" name=\"reason\" rows=\"2\" required"
        )),
        "{html}"
    );
    assert!(
        !html.contains(&format!("id=\"unassign-reason-{anna}\"")),
        "{html}"
    );
    let refused = admin
        .post(
            &format!("/applications/{id}/assessment/assessors/{anna}/remove"),
            &[("reason", "Wrong person")],
        )
        .await;
    assert_eq!(refused.status, 409);
    assert!(
        refused.text().contains("cannot be removed"),
        "{}",
        refused.text()
    );
    let done = admin
        .post(
            &format!("/applications/{id}/assessment/assessors/{carl}/remove"),
            &[("reason", "Carl is on sick leave")],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.text());

    // Only anna's submitted score counts now, on the assessment and the ranking alike.
    let now = assessment(&app, id, &s.admin).await;
    assert_eq!(now["assessment"]["total"], 5.0);
    let entry = journal(&app, &s.admin, id)
        .await
        .into_iter()
        .rfind(|e| e["action"] == "assessment.assessor_unassigned")
        .unwrap();
    assert!(
        entry.to_string().contains("Carl is on sick leave"),
        "{entry}"
    );

    // Assigned again, carl starts afresh: his old draft is not brought back.
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        &s.admin,
        json!({"assessor_ids": [carl]}),
    )
    .await;
    let again = assessment(&app, id, &s.admin).await;
    assert!(
        again["scores"]
            .as_array()
            .unwrap()
            .iter()
            .all(|sc| sc["assessor_id"] != carl),
        "{again}"
    );
    assert_eq!(again["assessment"]["total"], 5.0);
    let ranking = call(
        &app,
        Method::GET,
        &format!("/api/v1/rounds/{}/ranking", s.open_round),
        &s.admin,
        Value::Null,
    )
    .await;
    let row = ranking["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["application_id"] == id)
        .unwrap()
        .clone();
    assert_eq!(row["total"], again["assessment"]["total"], "{row}");
}

#[tokio::test]
async fn pages_for_the_assessor_and_the_secretariat() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let id = submitted(&app, &s).await;
    let assessor_t = app.token(Role::Assessor).await;
    let assessor_id = me(&app, &assessor_t).await;

    // The secretariat assigns through the page form.
    let mut admin = Browser::new(&app);
    admin.login(Role::Admin).await;
    let page = admin.get(&format!("/applications/{id}/assessment")).await;
    assert_eq!(page.status, 200, "{}", page.text());
    let assigned = admin
        .post(
            &format!("/applications/{id}/assessment/assessors"),
            &[("assessor_ids", &assessor_id.to_string())],
        )
        .await;
    assert_eq!(assigned.status, 303, "{}", assigned.text());

    let mut browser = Browser::new(&app);
    browser.login(Role::Assessor).await;
    let queue = browser.get("/assessments").await;
    assert_eq!(queue.status, 200);
    assert!(
        queue
            .text()
            .contains(&format!("/applications/{id}/assessment"))
    );
    let page = browser.get(&format!("/applications/{id}/assessment")).await;
    assert_eq!(page.status, 200);
    // Nothing but the statement before it is made.
    assert!(!page.text().contains("name=\"score_0\""));
    assert!(page.text().contains("/assessment/statement"));
    let stated = browser
        .post(&format!("/applications/{id}/assessment/statement"), &[])
        .await;
    assert_eq!(stated.status, 303, "{}", stated.text());
    let page = browser.get(&format!("/applications/{id}/assessment")).await;
    assert!(page.text().contains("name=\"score_0\""));
    // A score above the scale comes back in the form with the scale named.
    let refused = browser
        .post(
            &format!("/applications/{id}/assessment/scores"),
            &[("score_0", "9"), ("comment_0", "For høj")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("role=\"alert\""));
    let saved = browser
        .post(
            &format!("/applications/{id}/assessment/scores"),
            &[("score_0", "3"), ("comment_0", "Fint")],
        )
        .await;
    assert_eq!(saved.status, 303);
    // Notes are for those who have submitted.
    let early = browser
        .post(
            &format!("/applications/{id}/assessment/notes"),
            &[("body", "For tidligt")],
        )
        .await;
    assert_eq!(early.status, 409);
    let submitted = browser
        .post(&format!("/applications/{id}/assessment/submit"), &[])
        .await;
    assert_eq!(submitted.status, 303, "{}", submitted.text());
    let note = browser
        .post(
            &format!("/applications/{id}/assessment/notes"),
            &[("body", "Er baseline fra 2023?")],
        )
        .await;
    assert_eq!(note.status, 303);

    // The secretariat sees the score, the note and the ranking with the line.
    let page = admin.get(&format!("/applications/{id}/assessment")).await;
    let text = page.text();
    assert!(text.contains("Er baseline fra 2023?"));
    assert!(text.contains("<strong>3</strong>"));
    let ranking = admin
        .get(&format!("/rounds/{}/ranking", s.open_round))
        .await;
    assert_eq!(ranking.status, 200, "{}", ranking.text());
    assert!(ranking.text().contains("DK2030-R2-001"));
}

// --- Part D: blind, independent assessment ----------------------------------------------

/// The text of an API answer, to check that nothing of another assessor leaks into it.
fn leaks(view: &Value, secret: &str) -> bool {
    view.to_string().contains(secret)
}

#[tokio::test]
async fn blind_assessment_on_the_api() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let id = submitted(&app, &s).await;
    let (anna, anna_t) = assessor(&app, &s, "anna@oim.dk", None).await;
    let (bo, bo_t) = assessor(&app, &s, "bo@oim.dk", None).await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        &s.admin,
        json!({"assessor_ids": [anna, bo]}),
    )
    .await;

    // Before her statement Anna is shown nothing but her own assignment, and may do
    // nothing but state or declare.
    let before = assessment(&app, id, &anna_t).await;
    assert_eq!(before["withheld"], "conflict_statement_required");
    assert_eq!(before["assignments"].as_array().unwrap().len(), 1);
    assert_eq!(before["assignments"][0]["assessor_id"], anna);
    assert!(before["scores"].as_array().unwrap().is_empty());
    assert!(before["assessment"].is_null() && before["spread"].is_null());
    assert_code(
        &put_scores(&app, id, &anna_t, 5).await,
        409,
        "conflict_statement_required",
    );
    assert_code(
        &submit(&app, id, &anna_t).await,
        409,
        "conflict_statement_required",
    );
    let note = app
        .api(
            Method::POST,
            &format!("/api/v1/applications/{id}/notes"),
            Some(&anna_t),
            Some(r#"{"body": "Hej"}"#),
        )
        .await;
    assert_code(&note, 409, "conflict_statement_required");

    // The statement is stored with its time, once.
    let stated = state(&app, id, &anna_t).await;
    let at = stated["no_conflict_stated_at"].as_str().unwrap().to_owned();
    assert!(stated["conflict"].is_null());
    assert_eq!(state(&app, id, &anna_t).await["no_conflict_stated_at"], at);
    // The secretariat and outsiders cannot state for an assessor.
    let reply = app
        .api(
            Method::POST,
            &format!("/api/v1/applications/{id}/no-conflict"),
            Some(&s.admin),
            None,
        )
        .await;
    assert_code(&reply, 403, "not_assigned");

    // Anna scores 5 and submits; she sees the result.
    let saved = put_scores(&app, id, &anna_t, 5).await;
    assert_eq!(saved.status, 200, "{}", saved.text());
    assert_eq!(saved.json()["withheld"], "own_assessment_not_submitted");
    let done = submit(&app, id, &anna_t).await;
    assert_eq!(done.status, 200, "{}", done.text());
    assert!(done.json()["withheld"].is_null());
    assert_eq!(done.json()["assessment"]["weighted_score"], 5.0);
    // Her scores are fixed now.
    assert_code(
        &put_scores(&app, id, &anna_t, 1).await,
        409,
        "assessment_already_submitted",
    );

    // Bo sees none of Anna's scores, comments or progress: not before his statement...
    let bo_before = assessment(&app, id, &bo_t).await;
    assert_eq!(bo_before["withheld"], "conflict_statement_required");
    assert!(!leaks(&bo_before, "Klar plan.") && !leaks(&bo_before, "anna@oim.dk"));
    state(&app, id, &bo_t).await;
    // ...nor after it, before his own submission.
    let bo_scoring = assessment(&app, id, &bo_t).await;
    assert_eq!(bo_scoring["withheld"], "own_assessment_not_submitted");
    assert!(bo_scoring["scores"].as_array().unwrap().is_empty());
    assert_eq!(bo_scoring["assignments"].as_array().unwrap().len(), 1);
    assert!(bo_scoring["assessment"].is_null() && bo_scoring["consensus"] == json!([]));
    assert!(!leaks(&bo_scoring, "Klar plan.") && !leaks(&bo_scoring, "anna@oim.dk"));
    // Nothing scored yet: the submission is refused and nothing changes.
    assert_code(&submit(&app, id, &bo_t).await, 422, "assessment_incomplete");
    let own = put_scores(&app, id, &bo_t, 1).await.json();
    let shown: Vec<i64> = own["scores"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["score"].as_i64().unwrap())
        .collect();
    assert_eq!(shown, [1], "only his own score");
    let bo_done = submit(&app, id, &bo_t).await.json();
    assert_eq!(bo_done["scores"].as_array().unwrap().len(), 2);
    assert!(leaks(&bo_done, "anna@oim.dk"));
    // Only the secretariat sees the spread.
    assert!(bo_done["spread"].is_null());

    // The secretariat sees the spread: 5 against 1 on a scale to 5 is flagged.
    let admin_view = assessment(&app, id, &s.admin).await;
    let spread = &admin_view["spread"];
    assert_eq!(spread["criteria"][0]["spread"], 4, "{spread}");
    assert_eq!(spread["criteria"][0]["flagged"], true);
    assert_eq!(spread["overall"]["spread"], 4.0);
    assert_eq!(spread["flagged"], true);
    let progress = admin_view["assignments"].as_array().unwrap();
    assert!(progress.iter().all(|a| a["submitted_at"].is_string()));

    // ...and asks for a consensus: recorded, journaled, shown to the assessors, notified.
    let path = format!("/api/v1/applications/{id}/consensus-requests");
    let asked = app
        .api(
            Method::POST,
            &path,
            Some(&s.admin),
            Some(r#"{"message": "Mød op mandag kl. 10."}"#),
        )
        .await;
    assert_eq!(asked.status, 201, "{}", asked.text());
    assert_eq!(asked.json()["message"], "Mød op mandag kl. 10.");
    let refused = app
        .api(Method::POST, &path, Some(&bo_t), Some(r#"{"message": ""}"#))
        .await;
    assert_code(&refused, 403, "forbidden");
    let long = json!({"message": "x".repeat(2_001)}).to_string();
    let refused = app
        .api(Method::POST, &path, Some(&s.admin), Some(&long))
        .await;
    assert_code(&refused, 422, "field_too_long");
    let anna_view = assessment(&app, id, &anna_t).await;
    assert_eq!(anna_view["consensus_requests"].as_array().unwrap().len(), 1);
    // An assessor still scoring sees that a consensus was asked for, not the message.
    let (cia, cia_t) = assessor(&app, &s, "cia@oim.dk", None).await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        &s.admin,
        json!({"assessor_ids": [cia]}),
    )
    .await;
    state(&app, id, &cia_t).await;
    let cia_view = assessment(&app, id, &cia_t).await;
    assert_eq!(cia_view["consensus_requests"][0]["message"], "");
    assert!(!leaks(&cia_view, "Mød op") && !leaks(&cia_view, "Klar plan."));
    let told = call(
        &app,
        Method::GET,
        "/api/v1/me/notifications",
        &anna_t,
        Value::Null,
    )
    .await;
    assert!(
        told["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["kind"] == "consensus_requested"),
        "{told}"
    );

    let journal = call(
        &app,
        Method::GET,
        &format!("/api/v1/journal/application/{id}"),
        &s.admin,
        Value::Null,
    )
    .await;
    let actions: Vec<&str> = journal["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    // Three statements (Anna, Bo, Cia), two submissions, one request.
    for (action, times) in [
        ("assessment.no_conflict_stated", 3),
        ("assessment.assessment_submitted", 2),
        ("assessment.consensus_requested", 1),
    ] {
        assert_eq!(
            actions.iter().filter(|a| **a == action).count(),
            times,
            "{action} in {actions:?}"
        );
    }
}

#[tokio::test]
async fn blind_assessment_on_the_pages() {
    let app = TestApp::new().await;
    let s = setup(&app).await;
    let id = submitted(&app, &s).await;
    let assessor_t = app.token(Role::Assessor).await;
    let assessor_id = me(&app, &assessor_t).await;
    let (eva, eva_t) = assessor(&app, &s, "eva@oim.dk", None).await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        &s.admin,
        json!({"assessor_ids": [assessor_id, eva]}),
    )
    .await;
    // Eva has assessed already.
    state(&app, id, &eva_t).await;
    call(
        &app,
        Method::PUT,
        &format!("/api/v1/applications/{id}/scores"),
        &eva_t,
        json!({"scores": [{"criterion": CRITERION, "score": 5, "comment": "Eva finder planen fremragende"}]}),
    )
    .await;
    assert_eq!(submit(&app, id, &eva_t).await.status, 200);

    let mut browser = Browser::new(&app);
    browser.login(Role::Assessor).await;
    let path = format!("/applications/{id}/assessment");
    let page = browser.get(&path).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("id=\"state-no-conflict\""));
    assert!(!text.contains("Eva finder") && !text.contains("eva@oim.dk"));
    assert!(!text.contains("name=\"score_0\""));
    // Scoring before the statement is refused in the form's words.
    let refused = browser
        .post(&format!("{path}/scores"), &[("score_0", "3")])
        .await;
    assert_eq!(refused.status, 409);
    assert!(refused.text().contains("role=\"alert\""));

    browser.post(&format!("{path}/statement"), &[]).await;
    let page = browser.get(&path).await;
    let text = page.text();
    assert!(text.contains("name=\"score_0\"") && text.contains("id=\"blind-notice\""));
    assert!(!text.contains("Eva finder") && !text.contains("eva@oim.dk"));

    let submitted = browser
        .post(
            &format!("{path}/submit"),
            &[("score_0", "2"), ("comment_0", "Uklar målgruppe")],
        )
        .await;
    assert_eq!(submitted.status, 303, "{}", submitted.text());
    let page = browser.get(&path).await;
    let text = page.text();
    assert!(text.contains("Eva finder") && text.contains("id=\"submitted-notice\""));
    assert!(!text.contains("name=\"score_0\""), "scores are fixed");

    // The secretariat sees the spread and asks for a consensus through the page.
    let mut admin = Browser::new(&app);
    admin.login(Role::Admin).await;
    let page = admin.get(&path).await;
    assert!(
        page.text().contains("id=\"spread-flagged\""),
        "{}",
        page.text()
    );
    let asked = admin
        .post(
            &format!("{path}/consensus-request"),
            &[("message", "Lad os tale om målgruppen")],
        )
        .await;
    assert_eq!(asked.status, 303, "{}", asked.text());
    let page = browser.get(&path).await;
    assert!(page.text().contains("Lad os tale om målgruppen"));
}
