//! Decisions through the router: approving with a narrowed exemption creates a frozen
//! trial and is published at once (decision page, letter in the scheme's language with its
//! authority, legal basis, appeal guidance and signatory, filtered list, Atom feed);
//! refusals name what is wrong with stable codes and store nothing, on the page and in the
//! API alike (reasons either way, a period not over before the decision, by the scheme's
//! safeguards no decision before the deadline nor without a completed screening, and a
//! confirmation); the decision form opens untouched and shows what the decision rests on;
//! two secretariat users deciding at once get one decision and one 409.

mod common;

use std::sync::Arc;

use axum::http::{Method, header};
use common::fixtures::{World, assert_code, call, complete_content, world};
use common::{Browser, TestApp};
use frirum_app::clock::FixedClock;
use frirum_domain::Role;
use frirum_domain::decision::DecisionSettings;
use serde_json::{Value, json};
use time::macros::datetime;

fn approval(w: &World) -> Value {
    json!({
        "outcome": "approved",
        "reasons": "Forsøget er velbegrundet og målbart.",
        "granted": [{"exemption": 0, "provision_ids": [w.provision_id],
                     "note": "Kun kravet om handleplan."}],
        "conditions": "Kommunen rapporterer hvert år.",
        "period_start": "2027-01-01",
        "period_end": "2030-12-31",
        "regulation_kind": "free_municipality_statute",
        "regulation_text": "Kommunalbestyrelsen vedtager en frikommunevedtægt.",
        "signatory_title": "Specialkonsulent",
        "confirmed": true
    })
}

/// Turns the scheme's safeguards off, so that the fixture's application (in a round open
/// until 2099, not screened) can be decided: the tests of other rules need no more.
async fn relax(app: &TestApp, w: &World) {
    settings(
        app,
        w,
        DecisionSettings {
            safeguards: false,
            ..DecisionSettings::default()
        },
    )
    .await;
}

async fn settings(app: &TestApp, w: &World, settings: DecisionSettings) {
    app.store
        .store
        .set_decision_settings(
            w.setup.scheme_id,
            &settings,
            frirum_domain::journal::Actor::user(1, time::OffsetDateTime::now_utc()),
        )
        .await
        .unwrap();
}

fn decision_path(w: &World) -> String {
    format!("/api/v1/applications/{}/decision", w.submitted_id)
}

#[tokio::test]
async fn approval_with_a_narrowed_exemption_freezes_a_trial_and_is_published() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    relax(&app, &w).await;
    let admin = &w.setup.admin;
    let decision = call(&app, Method::POST, &decision_path(&w), admin, approval(&w)).await;
    assert_eq!(decision["outcome"], "approved");
    assert_eq!(
        decision["granted"][0]["provision_ids"],
        json!([w.provision_id])
    );
    assert_eq!(
        decision["granted"][0]["reference"],
        "serviceloven § 54, stk. 2"
    );
    let trial_id = decision["trial_id"].as_i64().expect("a trial");

    // The trial keeps the participants, the grants and the objectives as approved.
    let trial = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial_id}"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(trial["status"], "planned");
    assert_eq!(trial["participants"][0]["code"], "751");
    assert_eq!(trial["objectives"][0]["indicator"], "Unge i uddannelse");
    assert_eq!(trial["exemptions"], decision["granted"]);
    assert_eq!(trial["period_end"], "2030-12-31");

    // A second decision is refused; the first stands.
    let again = app
        .api(
            Method::POST,
            &decision_path(&w),
            Some(admin),
            Some(&json!({"outcome": "rejected", "reasons": "Nej.", "confirmed": true}).to_string()),
        )
        .await;
    assert_code(&again, 409, "already_decided");

    // The applicant sees it on the application at once.
    let mut applicant = Browser::new(&app);
    applicant.login(Role::Applicant).await;
    let page = applicant
        .get(&format!("/applications/{}", w.submitted_id))
        .await;
    assert!(
        page.text()
            .contains(&format!("/applications/{}/decision", w.submitted_id)),
        "{}",
        page.text()
    );

    // Everybody reads the decision and its letter, which speaks the scheme's language.
    let shown = app
        .get(&format!("/applications/{}/decision", w.submitted_id))
        .await;
    assert_eq!(shown.status, 200);
    assert!(
        shown.text().contains("serviceloven § 141"),
        "{}",
        shown.text()
    );
    let letter = app
        .get_with(
            &format!("/applications/{}/decision/letter", w.submitted_id),
            &[("accept-language", "en")],
        )
        .await;
    assert_eq!(letter.status, 200);
    let text = letter.text();
    assert!(text.contains("<html lang=\"da\">"), "{text}");
    assert!(text.contains("Afgørelse om ansøgningen"), "{text}");
    assert!(text.contains("Kun kravet om handleplan."), "{text}");
    assert!(text.contains("Med venlig hilsen"), "{text}");

    // The public list and the feed carry it.
    let list = app.get("/decisions").await;
    assert!(
        list.text()
            .contains("Sammenhængende indsats for udsatte unge")
    );
    let feed = app.get("/decisions.atom").await;
    assert_eq!(feed.status, 200);
    assert!(
        feed.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let xml = feed.text();
    assert!(xml.contains("<feed"), "{xml}");
    assert!(xml.contains("DK2030-R2-001"), "{xml}");
    assert!(
        xml.contains(&format!("/applications/{}/decision", w.submitted_id)),
        "{xml}"
    );
    let api_list = app
        .api(Method::GET, "/api/v1/decisions", None, None)
        .await
        .json();
    assert_eq!(api_list["total"], 1);

    // The journal says who decided what and why.
    let journal = call(
        &app,
        Method::GET,
        &format!("/api/v1/journal/application/{}", w.submitted_id),
        admin,
        json!(null),
    )
    .await;
    let entries = journal["items"].as_array().unwrap();
    let decided = entries
        .iter()
        .find(|e| e["action"] == "application.decided")
        .expect("a journal entry");
    assert_eq!(decided["reason"], "Forsøget er velbegrundet og målbart.");
}

#[tokio::test]
async fn bad_decisions_are_refused_by_name_and_store_nothing() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    relax(&app, &w).await;
    let admin = Some(w.setup.admin.as_str());
    let send = |body: Value| {
        let app = &app;
        let path = decision_path(&w);
        async move {
            app.api(Method::POST, &path, admin, Some(&body.to_string()))
                .await
        }
    };
    let mut too_long = approval(&w);
    too_long["period_end"] = json!("2031-06-30");
    let body = assert_code(&send(too_long).await, 422, "period_too_long");
    assert_eq!(body["error"]["details"]["max_months"], 48);
    assert_eq!(body["error"]["details"]["months"], 54);

    let mut unrequested = approval(&w);
    unrequested["granted"][0]["exemption"] = json!(3);
    assert_code(&send(unrequested).await, 422, "exemption_not_requested");

    let mut elsewhere = approval(&w);
    elsewhere["granted"][0]["provision_ids"] = json!([999_999]);
    assert_code(&send(elsewhere).await, 422, "provision_outside_request");

    let mut nothing = approval(&w);
    nothing["granted"] = json!([]);
    assert_code(&send(nothing).await, 422, "nothing_granted");

    let mut no_regulation = approval(&w);
    no_regulation["regulation_kind"] = Value::Null;
    let body = assert_code(&send(no_regulation).await, 422, "field_required");
    assert_eq!(body["error"]["details"]["field"], "regulation_kind");

    // Reasons are required for a rejection and an approval alike.
    assert_code(
        &send(json!({"outcome": "rejected", "reasons": " ", "confirmed": true})).await,
        422,
        "reasons_required",
    );
    let mut no_reasons = approval(&w);
    no_reasons["reasons"] = json!("");
    assert_code(&send(no_reasons).await, 422, "reasons_required");

    // A period already over when the decision is made.
    let mut past = approval(&w);
    past["period_start"] = json!("2020-01-01");
    past["period_end"] = json!("2023-12-31");
    assert_code(&send(past).await, 422, "period_ends_before_decision");

    // A sound draft that was not confirmed.
    let mut unconfirmed = approval(&w);
    unconfirmed["confirmed"] = json!(false);
    assert_code(&send(unconfirmed).await, 422, "decision_not_confirmed");
    assert_code(
        &send(json!({"outcome": "maybe", "reasons": "x"})).await,
        422,
        "invalid_field",
    );
    assert_code(
        &send(json!({"outcome": "rejected", "reasons": "x", "colour": "red"})).await,
        422,
        "unknown_field",
    );

    // Nothing was decided.
    let reply = app.api(Method::GET, &decision_path(&w), None, None).await;
    assert_eq!(reply.status, 404);
    // A decision that passes still goes through afterwards.
    assert_eq!(send(approval(&w)).await.status, 201);
}

#[tokio::test]
async fn two_deciders_at_once_get_one_decision() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    relax(&app, &w).await;
    let admin = Some(w.setup.admin.as_str());
    let path = decision_path(&w);
    let yes = approval(&w).to_string();
    let no = json!({"outcome": "rejected", "reasons": "Uden for ordningen.", "confirmed": true})
        .to_string();
    let (a, b) = tokio::join!(
        app.api(Method::POST, &path, admin, Some(&yes)),
        app.api(Method::POST, &path, admin, Some(&no)),
    );
    let mut statuses = [a.status.as_u16(), b.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 409], "{} / {}", a.text(), b.text());
    let loser = if a.status == 409 { &a } else { &b };
    assert_code(loser, 409, "already_decided");
}

#[tokio::test]
async fn the_decision_form_narrows_by_ticking_provisions_and_asks_for_confirmation() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    relax(&app, &w).await;
    let mut admin = Browser::new(&app);
    admin.login(Role::Admin).await;
    let path = format!("/applications/{}/decide", w.submitted_id);
    let form = admin.get(&path).await;
    assert_eq!(form.status, 200, "{}", form.text());
    let html = form.text();
    // The request names serviceloven, so its provisions are offered for narrowing.
    assert!(
        html.contains(&format!("name=\"narrow-0\" value=\"{}\"", w.provision_id)),
        "{html}"
    );
    // Nothing is chosen for the secretariat: no outcome, no grant, no regulation.
    assert!(!html.contains(" checked"), "{html}");
    assert!(html.contains("<option value=\"\" selected>"), "{html}");

    // The untouched form is refused and nothing is decided.
    let untouched = admin
        .post(
            &path,
            &[("period_start", "2027-01-01"), ("period_end", "2030-12-31")],
        )
        .await;
    assert_eq!(untouched.status, 422, "{}", untouched.text());
    // The refusal names the field by its label in the visitor's language, not its code.
    admin.accept_language = Some("en".into());
    let untouched = admin
        .post(
            &path,
            &[("period_start", "2027-01-01"), ("period_end", "2030-12-31")],
        )
        .await;
    let text = untouched.text();
    assert!(text.contains("Decision is required."), "{text}");
    assert!(!text.contains("outcome is required"), "{text}");
    assert!(text.contains("id=\"regulation-kind-hint\""), "{text}");
    // Every required field left empty is named beside it at once.
    assert!(text.contains("id=\"outcome-error\""), "{text}");
    assert!(text.contains("id=\"reasons-error\""), "{text}");
    let approved = admin
        .post(
            &path,
            &[("outcome", "approved"), ("period_start", "2027-01-01")],
        )
        .await;
    let text = approved.text();
    assert!(!text.contains("id=\"outcome-error\""), "{text}");
    assert!(text.contains("id=\"reasons-error\""), "{text}");
    assert!(
        text.contains("Local regulation to adopt is required."),
        "{text}"
    );
    admin.accept_language = None;
    let none = app.api(Method::GET, &decision_path(&w), None, None).await;
    assert_eq!(none.status, 404);

    // A period beyond the maximum comes back with the form as typed and the maximum.
    let provision = w.provision_id.to_string();
    let mut fields = vec![
        ("outcome", "approved"),
        ("reasons", "Velbegrundet."),
        ("grant-0", "1"),
        ("narrow-0", provision.as_str()),
        ("note-0", "Kun handleplanen."),
        ("period_start", "2027-01-01"),
        ("period_end", "2032-01-01"),
        ("regulation_kind", "free_municipality_statute"),
        ("regulation_text", ""),
        ("signatory_title", "Specialkonsulent"),
    ];
    let refused = admin.post(&path, &fields).await;
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("48"), "{}", refused.text());
    assert!(refused.text().contains("Kun handleplanen."));
    fields[6] = ("period_end", "2030-12-31");
    // A sound form shows what will be published, and records nothing yet.
    let summary = admin.post(&path, &fields).await;
    assert_eq!(summary.status, 200, "{}", summary.text());
    let text = summary.text();
    assert!(text.contains("id=\"decision-summary\""), "{text}");
    assert!(text.contains("Kun handleplanen."), "{text}");
    // The note is labelled inside its own grant, not printed apart from it.
    let item = text.split("id=\"summary-grants\"").nth(1).unwrap();
    let item = item.split("</li>").next().unwrap();
    assert!(item.contains("class=\"grant-note\""), "{text}");
    assert!(item.contains("Kun handleplanen."), "{text}");
    assert!(text.contains("name=\"confirmed\" value=\"1\""), "{text}");
    let none = app.api(Method::GET, &decision_path(&w), None, None).await;
    assert_eq!(none.status, 404);
    // "Change" goes back to the form as it was filled in.
    let mut change = fields.clone();
    change.push(("edit", "1"));
    let back = admin.post(&path, &change).await;
    assert_eq!(back.status, 200);
    assert!(back.text().contains("id=\"decide-form\""));
    assert!(back.text().contains("Velbegrundet."));
    // Confirming records it.
    let mut confirm = fields.clone();
    confirm.push(("confirmed", "1"));
    let done = admin.post(&path, &confirm).await;
    assert_eq!(done.status, 303, "{}", done.text());
    let decision = app
        .api(Method::GET, &decision_path(&w), None, None)
        .await
        .json();
    assert_eq!(
        decision["granted"][0]["provision_ids"],
        json!([w.provision_id])
    );
    assert_eq!(decision["granted"][0]["note"], "Kun handleplanen.");
    assert_eq!(decision["signatory_title"], "Specialkonsulent");
    // The form of a decided application leads to its decision.
    let again = admin.get(&path).await;
    assert_eq!(again.status, 303);
}

#[tokio::test]
async fn the_safeguards_wait_for_the_deadline_and_a_completed_screening() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let admin = w.setup.admin.clone();
    let id = w.submitted_id;
    let path = decision_path(&w);
    // A rejection waits too: the round is open until 2099.
    let reject =
        json!({"outcome": "rejected", "reasons": "Uden for ordningen.", "confirmed": true});
    let refused = app
        .api(Method::POST, &path, Some(&admin), Some(&reject.to_string()))
        .await;
    let body = assert_code(&refused, 409, "round_still_open");
    // The refusal names the date it waits for.
    assert!(
        body["error"]["message"].as_str().unwrap().contains("2099"),
        "{body}"
    );
    // The page refuses the same with the same reason.
    let mut secretariat = Browser::new(&app);
    secretariat.accept_language = Some("en".into());
    secretariat.login(Role::Admin).await;
    // The form says up front until when, and what to do meanwhile, and offers no form.
    let form = secretariat.get(&format!("/applications/{id}/decide")).await;
    let html = form.text();
    assert!(html.contains("id=\"round-open\""), "{html}");
    assert!(
        html.contains("The round is open until 1 April 2099"),
        "{html}"
    );
    assert!(
        html.contains("Meanwhile you can complete the legal screening"),
        "{html}"
    );
    assert!(!html.contains("id=\"decide-form\""), "{html}");
    let page = secretariat
        .post(
            &format!("/applications/{id}/decide"),
            &[("outcome", "rejected"), ("reasons", "Uden for ordningen.")],
        )
        .await;
    // A stale form's refusal shows the notice with its date, once.
    assert_eq!(page.status, 409, "{}", page.text());
    assert_eq!(
        page.text().matches("The round is open until").count(),
        1,
        "{}",
        page.text()
    );
    assert!(
        !page.text().contains("The round is still open"),
        "{}",
        page.text()
    );

    // After the deadline, the screening must be completed first.
    let clock = Arc::new(FixedClock::new(datetime!(2100-01-01 12:00 UTC)));
    let app = app.with_clock(clock);
    let refused = app
        .api(Method::POST, &path, Some(&admin), Some(&reject.to_string()))
        .await;
    assert_code(&refused, 409, "screening_not_completed");
    call(
        &app,
        Method::PUT,
        &format!("/api/v1/applications/{id}/screening/0"),
        &admin,
        json!({"outcome": "no_conflict", "reason": "Grundloven berøres ikke."}),
    )
    .await;
    // Now an approval is judged on its own terms: the period must not be over in 2100.
    let mut late = approval(&w);
    late["granted"][0]["provision_ids"] = json!([]);
    let refused = app
        .api(Method::POST, &path, Some(&admin), Some(&late.to_string()))
        .await;
    assert_code(&refused, 422, "period_ends_before_decision");
    late["period_start"] = json!("2100-01-01");
    late["period_end"] = json!("2103-12-31");
    let done = app
        .api(Method::POST, &path, Some(&admin), Some(&late.to_string()))
        .await;
    assert_eq!(done.status, 201, "{}", done.text());
}

#[tokio::test]
async fn the_decision_form_shows_what_the_decision_rests_on() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let admin = &w.setup.admin;
    let id = w.submitted_id;
    call(
        &app,
        Method::PUT,
        &format!("/api/v1/applications/{id}/screening/0"),
        admin,
        json!({"outcome": "possible_conflict", "reason": "Retssikkerheden skal følges nøje."}),
    )
    .await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        admin,
        json!({"assessor_ids": [w.assessor_id]}),
    )
    .await;
    let consensus_path = format!("/api/v1/applications/{id}/consensus");
    let consensus =
        json!({"scores": [{"criterion": "Ambitiøst", "score": 4, "comment": "Enige."}]});
    let mut secretariat = Browser::new(&app);
    secretariat.accept_language = Some("en".into());
    secretariat.login(Role::Admin).await;
    // Before any assessor has submitted, the form warns and a consensus is refused.
    let early = secretariat.get(&format!("/applications/{id}/decide")).await;
    assert!(
        early.text().contains("id=\"no-assessment\""),
        "{}",
        early.text()
    );
    assert!(
        early
            .text()
            .contains("No assessor has submitted an assessment"),
        "{}",
        early.text()
    );
    let refused = app
        .api(
            Method::PUT,
            &consensus_path,
            Some(admin),
            Some(&consensus.to_string()),
        )
        .await;
    assert_code(&refused, 409, "assessors_not_submitted");
    // The assessor states no conflict and submits a score; then the consensus is recorded.
    let assessor = app.token(Role::Assessor).await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/no-conflict"),
        &assessor,
        Value::Null,
    )
    .await;
    call(
        &app,
        Method::PUT,
        &format!("/api/v1/applications/{id}/scores"),
        &assessor,
        json!({"scores": [{"criterion": "Ambitiøst", "score": 3, "comment": "Godt."}]}),
    )
    .await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessment/submission"),
        &assessor,
        Value::Null,
    )
    .await;
    call(&app, Method::PUT, &consensus_path, admin, consensus).await;
    let form = secretariat.get(&format!("/applications/{id}/decide")).await;
    assert_eq!(form.status, 200, "{}", form.text());
    let html = form.text();
    assert!(!html.contains("id=\"no-assessment\""), "{html}");
    // A request naming no act in the catalogue is narrowed through a clarification or in
    // words; nobody is asked to type the catalogue's internal numbers.
    assert!(!html.contains("narrow_ids"), "{html}");
    // Every screening item with its judgement and reason, and the possible conflicts.
    assert!(html.contains("id=\"screening-judgements\""), "{html}");
    assert!(html.contains("Grundloven"), "{html}");
    assert!(html.contains("Possible conflict"), "{html}");
    let possible = html.split("id=\"possible-conflicts\"").nth(1).unwrap();
    assert!(
        possible.contains("Retssikkerheden skal følges nøje."),
        "{html}"
    );
    // Each assessor's progress, the consensus, the total and the rank against the target.
    assert!(
        html.contains("criteria scored: 1 / 1 · submitted"),
        "{html}"
    );
    assert!(html.contains("Ambitiøst: 4"), "{html}");
    let total = html.split("id=\"decision-total\">").nth(1).unwrap();
    assert!(total.starts_with('4'), "{html}");
    let rank = html.split("id=\"decision-rank\">").nth(1).unwrap();
    assert!(
        rank.starts_with("1 · the round&#39;s target is 10 trials"),
        "{html}"
    );
}

#[tokio::test]
async fn the_list_and_the_feed_filter_by_scheme_country_outcome_and_year() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    relax(&app, &w).await;
    let admin = &w.setup.admin;
    // A second application of the same round, rejected.
    let other = call(
        &app,
        Method::POST,
        "/api/v1/applications",
        &w.setup.applicant,
        json!({"round_id": w.setup.open_round, "members": ["dk:101"],
               "content": complete_content(w.setup.theme_id)}),
    )
    .await["id"]
        .as_i64()
        .unwrap();
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{other}/submit"),
        &w.setup.applicant,
        json!({}),
    )
    .await;
    call(&app, Method::POST, &decision_path(&w), admin, approval(&w)).await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{other}/decision"),
        admin,
        json!({"outcome": "rejected", "reasons": "Overlapper et andet forsøg.", "confirmed": true}),
    )
    .await;
    let year = time::OffsetDateTime::now_utc().year();
    let total = |query: String| {
        let app = &app;
        async move {
            let reply = app
                .api(
                    Method::GET,
                    &format!("/api/v1/decisions{query}"),
                    None,
                    None,
                )
                .await;
            assert_eq!(reply.status, 200, "{query}: {}", reply.text());
            reply.json()["total"].as_i64().unwrap()
        }
    };
    assert_eq!(total(String::new()).await, 2);
    assert_eq!(total("?outcome=rejected".into()).await, 1);
    assert_eq!(total("?country=dk&outcome=approved".into()).await, 1);
    assert_eq!(total("?country=no".into()).await, 0);
    assert_eq!(total(format!("?year={year}")).await, 2);
    assert_eq!(total("?year=2019".into()).await, 0);
    assert_eq!(total(format!("?scheme_id={}", w.setup.scheme_id)).await, 2);
    assert_eq!(total(format!("?scheme_id={}", w.draft_scheme)).await, 0);

    // The page filters alike, offers the choices and links to the feed with the same filter.
    let page = app.get("/decisions?outcome=rejected").await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(
        html.contains("Overlapper et andet forsøg.")
            || html.contains(&format!("/applications/{other}/decision")),
        "{html}"
    );
    assert!(
        !html.contains(&format!("/applications/{}/decision\"", w.submitted_id)),
        "{html}"
    );
    assert!(
        html.contains("href=\"/decisions.atom?outcome=rejected\""),
        "{html}"
    );
    assert!(
        html.contains(&format!("<option value=\"{year}\">")),
        "{html}"
    );
    let feed = app.get("/decisions.atom?outcome=approved").await.text();
    assert!(
        feed.contains(&format!("/applications/{}/decision", w.submitted_id)),
        "{feed}"
    );
    assert!(
        !feed.contains(&format!("/applications/{other}/decision")),
        "{feed}"
    );
    // A filter that names nothing is refused with its field.
    assert_eq!(app.get("/decisions?country=xx").await.status, 422);
    assert_eq!(app.get("/decisions.atom?year=soon").await.status, 422);
    let reply = app
        .api(Method::GET, "/api/v1/decisions?outcome=maybe", None, None)
        .await;
    assert!(reply.status.is_client_error(), "{}", reply.text());
}

#[tokio::test]
async fn the_letter_names_authority_legal_basis_appeal_and_signatory() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    settings(
        &app,
        &w,
        DecisionSettings {
            safeguards: false,
            issuing_authority: "Indenrigs- og Boligministeriet".into(),
            legal_basis: "forsøgsbekendtgørelsen § 2".into(),
            appeal_guidance: String::new(),
            four_eyes: false,
        },
    )
    .await;
    call(
        &app,
        Method::POST,
        &decision_path(&w),
        &w.setup.admin,
        approval(&w),
    )
    .await;
    let letter = app
        .get(&format!("/applications/{}/decision/letter", w.submitted_id))
        .await
        .text();
    assert!(
        letter.contains("Indenrigs- og Boligministeriet"),
        "{letter}"
    );
    assert!(letter.contains("forsøgsbekendtgørelsen § 2"), "{letter}");
    // No appeal guidance: the letter says that no appeal applies.
    assert!(letter.contains("Afgørelsen kan ikke påklages."), "{letter}");
    assert!(letter.contains("Specialkonsulent"), "{letter}");
    // The narrowed grant names the provision first; the whole request only as its frame.
    let granted = letter.split("id=\"granted-heading\"").nth(1).unwrap();
    let provision = granted.find("Givet for").expect("the grant as granted");
    let request = granted
        .find("Inden for ansøgningen om")
        .expect("the request");
    assert!(provision < request, "{granted}");
    // The same letter as a PDF, set in an embedded subset of Libertinus Serif.
    let pdf = app
        .get(&format!(
            "/applications/{}/decision/letter.pdf",
            w.submitted_id
        ))
        .await;
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.headers[header::CONTENT_TYPE], "application/pdf");
    let bytes = pdf.body.to_vec();
    assert!(bytes.starts_with(b"%PDF-"));
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("LibertinusSerif-Regular"), "{raw}");
    assert!(raw.contains("/Identity-H") && raw.contains("/FontFile3"));
    // The text is glyph ids; the ToUnicode maps give every letter it uses back.
    let mapped: String = raw
        .split("beginbfchar")
        .skip(1)
        .filter_map(|section| section.split("endbfchar").next())
        .flat_map(str::lines)
        .filter_map(|line| line.split_whitespace().nth(1))
        .filter_map(|unit| u32::from_str_radix(unit.trim_matches(['<', '>']), 16).ok())
        .filter_map(char::from_u32)
        .collect();
    for c in "Indenrigs- og Boligministeriet Specialkonsulent".chars() {
        assert!(mapped.contains(c), "{c} is not in the PDF's ToUnicode maps");
    }
}

#[tokio::test]
async fn the_secretariat_changes_the_decision_settings_on_a_page() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let mut admin = Browser::new(&app);
    admin.login(Role::Admin).await;
    let path = format!("/schemes/{}/decision-settings", w.setup.scheme_id);
    let form = admin.get(&path).await;
    assert_eq!(form.status, 200, "{}", form.text());
    assert!(
        form.text()
            .contains("name=\"safeguards\" value=\"1\" checked")
    );
    let saved = admin
        .post(
            &path,
            &[
                ("issuing_authority", "Indenrigs- og Boligministeriet"),
                ("legal_basis", "forsøgsbekendtgørelsen"),
                (
                    "appeal_guidance",
                    "Klage sendes til ministeriet inden fire uger.",
                ),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.text());
    let stored = app
        .store
        .store
        .decision_settings(w.setup.scheme_id)
        .await
        .unwrap();
    assert!(!stored.safeguards, "unticked turns the safeguards off");
    assert_eq!(stored.legal_basis, "forsøgsbekendtgørelsen");
    let too_long = "x".repeat(2_001);
    let refused = admin
        .post(
            &path,
            &[("safeguards", "1"), ("legal_basis", too_long.as_str())],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(
        !app.store
            .store
            .decision_settings(w.setup.scheme_id)
            .await
            .unwrap()
            .safeguards
    );
}

#[tokio::test]
async fn a_screening_conflict_blocks_approval_and_the_form_says_why() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    relax(&app, &w).await;
    let admin = &w.setup.admin;
    call(
        &app,
        Method::PUT,
        &format!("/api/v1/applications/{}/screening/0", w.submitted_id),
        admin,
        json!({"outcome": "conflict", "reason": "Strider mod grundlovens § 82."}),
    )
    .await;
    let refused = app
        .api(
            Method::POST,
            &decision_path(&w),
            Some(admin),
            Some(&approval(&w).to_string()),
        )
        .await;
    let body = assert_code(&refused, 409, "screening_conflict");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Grundloven"),
        "{body}"
    );
    let mut secretariat = Browser::new(&app);
    secretariat.login(Role::Admin).await;
    let form = secretariat
        .get(&format!("/applications/{}/decide", w.submitted_id))
        .await;
    assert!(form.text().contains("Strider mod grundlovens § 82."));
    // A rejection may still be made, and the decision ends the review.
    let rejected = call(
        &app,
        Method::POST,
        &decision_path(&w),
        admin,
        json!({"outcome": "rejected", "reasons": "I strid med grundloven.", "confirmed": true}),
    )
    .await;
    assert_eq!(rejected["trial_id"], Value::Null);
    let shown = call(
        &app,
        Method::GET,
        &format!("/api/v1/applications/{}", w.submitted_id),
        admin,
        json!(null),
    )
    .await;
    assert_eq!(shown["review_stage"], "rejected");
}

/// The kinds of the caller's notifications, newest first.
async fn kinds(app: &TestApp, token: &str) -> Vec<String> {
    let page = call(
        app,
        Method::GET,
        "/api/v1/me/notifications",
        token,
        json!(null),
    )
    .await;
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn each_step_tells_the_people_it_concerns() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    relax(&app, &w).await;
    let id = w.submitted_id;
    let admin = &w.setup.admin;
    let applicant = &w.setup.applicant;
    let assessor = app.token(Role::Assessor).await;

    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        admin,
        json!({"assessor_ids": [w.assessor_id]}),
    )
    .await;
    assert_eq!(kinds(&app, &assessor).await, ["assessor_assigned"]);

    let asked = call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/clarifications"),
        admin,
        json!({"question": "Hvilke regler står i vejen?"}),
    )
    .await;
    assert_eq!(kinds(&app, applicant).await, ["clarification_asked"]);

    call(
        &app,
        Method::POST,
        &format!(
            "/api/v1/applications/{id}/clarifications/{}/answer",
            asked["id"]
        ),
        applicant,
        json!({"answer": "Serviceloven § 141."}),
    )
    .await;
    assert_eq!(kinds(&app, admin).await[0], "clarification_answered");
    assert_eq!(
        kinds(&app, &assessor).await,
        ["clarification_answered", "assessor_assigned"]
    );

    call(&app, Method::POST, &decision_path(&w), admin, approval(&w)).await;
    assert_eq!(
        kinds(&app, applicant).await,
        ["decided", "clarification_asked"]
    );
    // Every notification has its e-mail waiting in the outbox: the assessor once, the
    // applicants of Aarhus and of the member København twice each, the secretariat and the
    // assessor for the answer.
    let outbox = app
        .store
        .store
        .outbox(frirum_domain::PageRequest::default())
        .await
        .unwrap();
    // (The secretariat also hears of each submission.)
    assert!(outbox.total >= 7, "{}", outbox.total);
    assert!(outbox.items.iter().all(|m| m.sent_at.is_none()));
}

#[tokio::test]
async fn the_error_page_names_the_rule_that_refused() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    relax(&app, &w).await;
    let id = w.submitted_id;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/assessors"),
        &w.setup.admin,
        json!({"assessor_ids": [w.assessor_id]}),
    )
    .await;
    let token = app.token(Role::Assessor).await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/conflict"),
        &token,
        json!({"reason": "Min søster leder projektet."}),
    )
    .await;
    // A conflicted assessor is refused with the rule, not only "forbidden".
    let mut assessor = Browser::new(&app);
    assessor.accept_language = Some("en".into());
    assessor.login(Role::Assessor).await;
    let refused = assessor
        .get(&format!("/applications/{id}/assessment"))
        .await;
    assert_eq!(refused.status, 403);
    assert!(
        refused.text().contains("conflict of interest"),
        "{}",
        refused.text()
    );
}

#[tokio::test]
async fn published_applications_are_listed_alike_to_applicants_and_the_public() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let admin = &w.setup.admin;
    call(
        &app,
        Method::PATCH,
        &format!("/api/v1/schemes/{}", w.setup.scheme_id),
        admin,
        json!({"title": "Frikommuneforsøg", "language": "da", "invitation": "Tekst",
               "publish_applications": true}),
    )
    .await;
    // An applicant of an organisation that takes part in nothing.
    call(
        &app,
        Method::POST,
        "/api/v1/users",
        admin,
        json!({"email": "htk@test.example", "name": "Høje-Taastrup", "role": "applicant",
               "organisation": "dk:169", "password": "long enough pw"}),
    )
    .await;
    let outsider = app.token_for("htk@test.example").await;
    // After the round's deadline the scheme publishes its submitted applications.
    let app = app.with_clock(Arc::new(FixedClock::new(datetime!(2100-01-01 12:00 UTC))));
    let ids = |reply: Value| -> Vec<i64> {
        reply["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_i64().unwrap())
            .collect()
    };
    let public = ids(app
        .api(Method::GET, "/api/v1/applications", None, None)
        .await
        .json());
    assert_eq!(public, vec![w.submitted_id]);
    let applicant = ids(call(
        &app,
        Method::GET,
        "/api/v1/applications",
        &outsider,
        json!(null),
    )
    .await);
    assert_eq!(applicant, public, "an applicant sees what the public sees");
    // Aarhus's applicant sees its own draft besides the published application.
    let own = ids(call(
        &app,
        Method::GET,
        "/api/v1/applications",
        &w.setup.applicant,
        json!(null),
    )
    .await);
    assert!(
        own.contains(&w.submitted_id) && own.contains(&w.draft_id),
        "{own:?}"
    );
}

#[tokio::test]
async fn four_eyes_publish_only_what_a_second_member_approves() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    settings(
        &app,
        &w,
        DecisionSettings {
            safeguards: false,
            four_eyes: true,
            ..DecisionSettings::default()
        },
    )
    .await;
    let first = &w.setup.admin;
    call(
        &app,
        Method::POST,
        "/api/v1/users",
        first,
        json!({"email": "second@test.example", "name": "Anden sekretær", "role": "admin",
               "password": "long enough pw"}),
    )
    .await;
    let second = app.token_for("second@test.example").await;
    let path = decision_path(&w);
    let approval_path = format!("{path}/approval");

    // The first member's decision waits; nothing is published yet.
    let proposed = app
        .api(
            Method::POST,
            &path,
            Some(first),
            Some(&approval(&w).to_string()),
        )
        .await;
    assert_eq!(proposed.status, 202, "{}", proposed.text());
    assert_eq!(proposed.json()["draft"]["outcome"], "approved");
    assert_eq!(app.api(Method::GET, &path, None, None).await.status, 404);
    // The proposer cannot approve their own decision.
    let own = app
        .api(Method::POST, &approval_path, Some(first), None)
        .await;
    assert_code(&own, 409, "second_approver_required");

    // The page shows the waiting decision to the second member, who approves it there.
    let mut other = Browser::new(&app);
    other.accept_language = Some("en".into());
    other.get("/login").await;
    other
        .post(
            "/login",
            &[
                ("email", "second@test.example"),
                ("password", "long enough pw"),
            ],
        )
        .await;
    let form = other
        .get(&format!("/applications/{}/decide", w.submitted_id))
        .await;
    assert!(
        form.text().contains("id=\"pending-decision\""),
        "{}",
        form.text()
    );
    assert!(form.text().contains("id=\"approve-decision\""));
    let done = other
        .post(
            &format!("/applications/{}/decision/approve", w.submitted_id),
            &[],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.text());
    let published = app.api(Method::GET, &path, None, None).await;
    assert_eq!(published.status, 200);
    assert_eq!(published.json()["outcome"], "approved");
    // Nothing waits any more.
    let again = app
        .api(Method::POST, &approval_path, Some(&second), None)
        .await;
    assert_code(&again, 409, "nothing_to_approve");
}

async fn version_of(app: &TestApp, token: &str, id: i64) -> i64 {
    call(
        app,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        token,
        Value::Null,
    )
    .await["version"]
        .as_i64()
        .unwrap()
}

/// An application that requests no exemptions (here: all removed in a clarification)
/// cannot be approved; the decision form says what to do instead and leads to the
/// clarification, where the applicant adds a provision with the rule finder; after that the
/// approval goes through.
#[tokio::test]
async fn an_application_without_exemptions_is_led_through_a_clarification_to_approval() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    relax(&app, &w).await;
    let admin = &w.setup.admin;
    let lead = &w.setup.applicant;
    let id = w.submitted_id;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/applications/{id}/clarifications"),
        admin,
        json!({"question": "Hvilke bestemmelser skal forsøget fritages fra?"}),
    )
    .await;
    let v = version_of(&app, lead, id).await;
    call(
        &app,
        Method::PUT,
        &format!("/api/v1/applications/{id}/exemptions"),
        lead,
        json!({"version": v, "exemptions": [], "reason": "Den gamle henvisning var forkert"}),
    )
    .await;

    let mut secretariat = Browser::new(&app);
    secretariat.accept_language = Some("en".into());
    secretariat.login(Role::Admin).await;
    let form = secretariat.get(&format!("/applications/{id}/decide")).await;
    let html = form.text();
    let advice = html.split("id=\"no-exemptions\"").nth(1).expect(&html);
    assert!(advice.contains("cannot be approved as it stands"), "{html}");
    assert!(
        advice.contains(&format!("href=\"/applications/{id}/clarification\"")),
        "{html}"
    );
    let path = format!("/api/v1/applications/{id}/decision");
    let mut approve = approval(&w);
    approve["granted"] = json!([]);
    let refused = app
        .api(Method::POST, &path, Some(admin), Some(&approve.to_string()))
        .await;
    assert!(refused.status.is_client_error(), "{}", refused.text());

    // The applicant adds the provision through the rule finder while the question is open.
    let mut applicant = Browser::new(&app);
    applicant.login(Role::Applicant).await;
    let suggest = applicant.get(&format!("/applications/{id}/suggest")).await;
    assert_eq!(suggest.status, 200, "{}", suggest.text());
    let v = version_of(&app, lead, id).await.to_string();
    let linked = applicant
        .post(
            &format!("/applications/{id}/exemptions"),
            &[
                ("provision_id", &w.provision_id.to_string()),
                ("version", &v),
            ],
        )
        .await;
    assert_eq!(linked.status, 303, "{}", linked.text());

    // Now the form offers the exemption, and the approval goes through.
    let form = secretariat.get(&format!("/applications/{id}/decide")).await;
    assert!(
        !form.text().contains("id=\"no-exemptions\""),
        "{}",
        form.text()
    );
    assert!(form.text().contains("id=\"grant-0\""), "{}", form.text());
    let done = app
        .api(
            Method::POST,
            &path,
            Some(admin),
            Some(&approval(&w).to_string()),
        )
        .await;
    assert_eq!(done.status, 201, "{}", done.text());
}
