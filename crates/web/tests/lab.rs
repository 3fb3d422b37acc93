//! The policy lab over HTTP (issue 15, items 2 and 3): a confirmed barrier's provision is
//! counted in the ranking and the provision's roll-up for everybody and stands on the lab's
//! gap list until a registered trial waives it; an investigation is refused without a
//! barrier, hidden from the public while open, logs only days that have come, needs a link
//! for an experiment, moves the barriers its conclusion allows and names the others, is
//! concluded once, and then shows the public its title, hypothesis and conclusion only; the
//! pages show the overview, the investigation and the dossier's "Reported as a barrier".

mod common;

use axum::http::Method;
use common::fixtures::{approved_trial_narrowed, assert_code, world};
use common::{Browser, TestApp};
use frirum_domain::Role;

async fn report(app: &TestApp, token: &str, title: &str) -> i64 {
    let body = serde_json::json!({"title": title, "wants_to_do": "Én plan for familien.",
        "obstacle": "Handleplanen skal udarbejdes særskilt.", "consequences": "Dobbeltarbejde.",
        "groups": ["children_and_families"]})
    .to_string();
    let reply = app
        .api(Method::POST, "/api/v1/barriers", Some(token), Some(&body))
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    reply.json()["id"].as_i64().unwrap()
}

async fn status(app: &TestApp, admin: &str, id: i64, to: &str) {
    let reply = app
        .api(
            Method::POST,
            &format!("/api/v1/barriers/{id}/status"),
            Some(admin),
            Some(&format!(r#"{{"status": "{to}"}}"#)),
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
}

#[tokio::test]
async fn roll_ups_gaps_and_investigations() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let admin = app.token(Role::Admin).await;
    let applicant = app.token(Role::Applicant).await;
    let provision = w.provision_id;

    // A barrier confirmed against § 141, another under analysis.
    let confirmed = report(&app, &applicant, "To handleplaner for samme barn").await;
    let analysed = report(&app, &applicant, "Fremmødet kan ikke deles").await;
    let linked = app
        .api(
            Method::POST,
            &format!("/api/v1/barriers/{confirmed}/provisions"),
            Some(&admin),
            Some(&format!(
                r#"{{"provision_id": {provision}, "confirmed": true}}"#
            )),
        )
        .await;
    assert_eq!(linked.status, 200, "{}", linked.text());
    let version = linked.json()["version"].as_i64().unwrap();
    let triaged = app
        .api(
            Method::POST,
            &format!("/api/v1/barriers/{confirmed}/triage"),
            Some(&admin),
            Some(&format!(
                r#"{{"root_causes": ["law"], "confirmed_provisions": [{provision}], "version": {version}}}"#
            )),
        )
        .await;
    assert_eq!(triaged.status, 200, "{}", triaged.text());
    status(&app, &admin, confirmed, "confirmed").await;
    status(&app, &admin, analysed, "under_analysis").await;

    // Everybody reads the ranking and the provision's roll-up.
    let ranking = app
        .api(Method::GET, "/api/v1/lab/provisions", None, None)
        .await;
    assert_eq!(ranking.status, 200, "{}", ranking.text());
    let first = &ranking.json()["provisions"][0];
    assert_eq!(first["provision_id"], provision);
    assert_eq!(first["citation"], "§ 141 i lov om social service");
    assert_eq!(first["confirmed"]["barriers"], 1);
    assert_eq!(first["confirmed"]["organisations"], 1);
    let swedish = app
        .api(Method::GET, "/api/v1/lab/provisions?country=se", None, None)
        .await;
    assert_eq!(swedish.json()["provisions"], serde_json::json!([]));
    let rollup = app
        .api(
            Method::GET,
            &format!("/api/v1/lab/provisions/{provision}"),
            None,
            None,
        )
        .await;
    assert_eq!(rollup.json()["confirmed"]["barriers"], 1);
    assert_eq!(rollup.json()["root_causes"][0]["root_cause"], "law");

    // The gap list is the lab's; the barrier stands on it until a trial waives § 141.
    let gaps = app
        .api(Method::GET, "/api/v1/lab/gaps", Some(&admin), None)
        .await;
    assert_eq!(gaps.json()["gaps"][0]["barrier_id"], confirmed);
    assert_eq!(
        gaps.json()["gaps"][0]["provisions"][0]["provision_id"],
        provision
    );
    let refused = app
        .api(Method::GET, "/api/v1/lab/gaps", Some(&applicant), None)
        .await;
    assert_eq!(refused.status, 403);
    approved_trial_narrowed(&app, &w, vec![provision]).await;
    let gaps = app
        .api(Method::GET, "/api/v1/lab/gaps", Some(&admin), None)
        .await;
    assert_eq!(gaps.json()["gaps"], serde_json::json!([]));

    // An investigation: refused without a barrier, then opened with both.
    let none = app
        .api(
            Method::POST,
            "/api/v1/lab/investigations",
            Some(&admin),
            Some(r#"{"title": "Én plan", "hypothesis": "Reglerne.", "barrier_ids": []}"#),
        )
        .await;
    assert_code(&none, 422, "investigation_barrier_required");
    let body = format!(
        r#"{{"title": "Én plan for familien", "hypothesis": "Handleplanerne kræves hver for sig.",
            "barrier_ids": [{confirmed}, {analysed}], "participant_names": ["Socialstyrelsen"]}}"#
    );
    let created = app
        .api(
            Method::POST,
            "/api/v1/lab/investigations",
            Some(&admin),
            Some(&body),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    let id = created.json()["id"].as_i64().unwrap();
    let path = format!("/api/v1/lab/investigations/{id}");
    assert_eq!(app.api(Method::GET, &path, None, None).await.status, 404);

    let future = app
        .api(
            Method::POST,
            &format!("{path}/activities"),
            Some(&admin),
            Some(r#"{"on": "2999-01-01", "kind": "meeting", "note": "Møde."}"#),
        )
        .await;
    assert_code(&future, 422, "activity_in_the_future");
    let logged = app
        .api(
            Method::POST,
            &format!("{path}/activities"),
            Some(&admin),
            Some(r#"{"on": "2026-01-05", "kind": "workshop", "note": "Workshop med Aarhus."}"#),
        )
        .await;
    assert_eq!(logged.status, 200, "{}", logged.text());
    assert_eq!(logged.json()["activities"][0]["kind"], "workshop");

    let unlinked = app
        .api(
            Method::POST,
            &format!("{path}/conclusion"),
            Some(&admin),
            Some(r#"{"kind": "experiment", "text": "Prøv én plan."}"#),
        )
        .await;
    assert_code(&unlinked, 422, "barrier_experiment_link_required");
    let concluded = app
        .api(
            Method::POST,
            &format!("{path}/conclusion"),
            Some(&admin),
            Some(r#"{"kind": "guidance", "text": "Planerne kan samles i én, når barnet er med."}"#),
        )
        .await;
    assert_eq!(concluded.status, 200, "{}", concluded.text());
    let answer = concluded.json();
    assert_eq!(answer["moved"], serde_json::json!([analysed]));
    assert_eq!(answer["skipped"][0]["barrier_id"], confirmed);
    assert_eq!(answer["skipped"][0]["status"], "confirmed");
    let barrier = app
        .api(
            Method::GET,
            &format!("/api/v1/barriers/{analysed}"),
            None,
            None,
        )
        .await;
    assert_eq!(barrier.json()["status"], "not_legal_obstacle");
    let again = app
        .api(
            Method::POST,
            &format!("{path}/conclusion"),
            Some(&admin),
            Some(r#"{"kind": "guidance", "text": "Igen."}"#),
        )
        .await;
    assert_code(&again, 409, "investigation_concluded");

    // Concluded, the public reads its title, hypothesis and conclusion only.
    let public = app.api(Method::GET, &path, None, None).await;
    assert_eq!(public.status, 200, "{}", public.text());
    assert_eq!(public.json()["conclusion_kind"], "guidance");
    assert_eq!(public.json()["barriers"], serde_json::json!([]));
    assert_eq!(public.json()["activities"], serde_json::json!([]));

    // The pages.
    let mut lab = Browser::new(&app);
    lab.login(Role::Admin).await;
    let overview = lab.get("/lab").await;
    assert_eq!(overview.status, 200);
    assert!(overview.text().contains("table-root-causes"));
    let page = lab.get(&format!("/lab/investigations/{id}")).await;
    assert!(page.text().contains("Én plan for familien"));
    assert!(page.text().contains("Socialstyrelsen"));
    let csv = lab.get("/lab/root-causes.csv").await;
    assert_eq!(csv.status, 200);
    assert!(csv.text().starts_with("key,label,total"), "{}", csv.text());
    let dossier = app.get(&format!("/provisions/{provision}")).await;
    assert!(dossier.text().contains("id=\"lab-barriers\""));
    assert!(dossier.text().contains("To handleplaner for samme barn"));
}

#[tokio::test]
async fn the_investigation_form_keeps_what_was_typed() {
    let app = TestApp::new().await;
    world(&app).await;
    let mut lab = Browser::new(&app);
    lab.login(Role::Admin).await;
    let refused = lab
        .post(
            "/lab/investigations",
            &[
                ("title", "Én plan"),
                ("hypothesis", "Reglerne <script>alert(1)</script>"),
                ("organisations", "Aarhus"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text());
    let text = refused.text();
    assert!(text.contains("investigation-barriers-error"));
    assert!(text.contains("value=\"Én plan\""));
    assert!(text.contains("alert(1)"));
    assert!(!text.contains("<script>alert"));
}

/// A barrier confirmed by the lab against `provision`.
async fn confirm(app: &TestApp, admin: &str, id: i64, provision: i64) {
    let linked = app
        .api(
            Method::POST,
            &format!("/api/v1/barriers/{id}/provisions"),
            Some(admin),
            Some(&format!(
                r#"{{"provision_id": {provision}, "confirmed": true}}"#
            )),
        )
        .await;
    assert_eq!(linked.status, 200, "{}", linked.text());
    let version = linked.json()["version"].as_i64().unwrap();
    let triaged = app
        .api(
            Method::POST,
            &format!("/api/v1/barriers/{id}/triage"),
            Some(admin),
            Some(&format!(
                r#"{{"root_causes": ["law"], "confirmed_provisions": [{provision}], "version": {version}}}"#
            )),
        )
        .await;
    assert_eq!(triaged.status, 200, "{}", triaged.text());
    status(app, admin, id, "confirmed").await;
}

async fn investigate(app: &TestApp, admin: &str, barriers: &[i64]) -> i64 {
    let ids: Vec<String> = barriers.iter().map(i64::to_string).collect();
    let body = format!(
        r#"{{"title": "Én plan for familien", "hypothesis": "Handleplanerne kræves hver for sig.",
            "barrier_ids": [{}]}}"#,
        ids.join(", ")
    );
    let created = app
        .api(
            Method::POST,
            "/api/v1/lab/investigations",
            Some(admin),
            Some(&body),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    created.json()["id"].as_i64().unwrap()
}

#[tokio::test]
async fn a_conclusion_names_its_ministry_is_confirmed_first_and_moves_something() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let admin = app.token(Role::Admin).await;
    let applicant = app.token(Role::Applicant).await;
    let confirmed = report(&app, &applicant, "To handleplaner for samme barn").await;
    let waiting = report(&app, &applicant, "Fremmødet kan ikke deles").await;
    confirm(&app, &admin, confirmed, w.provision_id).await;

    // Only a waiting barrier: a rule change moves none of it, so nothing is concluded.
    let lonely = investigate(&app, &admin, &[waiting]).await;
    let path = format!("/api/v1/lab/investigations/{lonely}");
    let nameless = app
        .api(
            Method::POST,
            &format!("{path}/conclusion"),
            Some(&admin),
            Some(r#"{"kind": "rule_change", "text": "Reglen må ændres."}"#),
        )
        .await;
    assert_code(&nameless, 422, "field_required");
    assert_eq!(nameless.json()["error"]["details"]["field"], "ministry");
    let nothing = app
        .api(
            Method::POST,
            &format!("{path}/conclusion"),
            Some(&admin),
            Some(
                r#"{"kind": "rule_change", "text": "Reglen må ændres.", "ministry": "Social- og Boligministeriet"}"#,
            ),
        )
        .await;
    assert_code(&nothing, 422, "investigation_nothing_moves");
    let still = app.api(Method::GET, &path, Some(&admin), None).await;
    assert_eq!(still.json()["status"], "open");

    // Both: the page first shows what will move and what cannot, and concludes nothing.
    let both = investigate(&app, &admin, &[confirmed, waiting]).await;
    let mut lab = Browser::new(&app);
    lab.login(Role::Admin).await;
    let page = format!("/lab/investigations/{both}");
    let form = [
        ("conclusion_kind", "rule_change"),
        ("conclusion", "Reglen må ændres."),
        ("ministry", ""),
    ];
    let refused = lab.post(&format!("{page}/conclusion"), &form).await;
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert!(refused.text().contains("conclusion-ministry-error"));
    assert!(
        refused.text().contains("value=\"Reglen må ændres.\"")
            || refused.text().contains(">Reglen må ændres.<")
    );
    let form = [
        ("conclusion_kind", "rule_change"),
        ("conclusion", "Reglen må ændres."),
        ("ministry", "Social- og Boligministeriet"),
    ];
    let preview = lab.post(&format!("{page}/conclusion"), &form).await;
    assert_eq!(preview.status, 200, "{}", preview.text());
    let text = preview.text();
    assert!(text.contains("id=\"conclusion-preview\""), "{text}");
    let moving = &text[text.find("preview-moving").unwrap()..];
    assert!(moving.contains("To handleplaner for samme barn"));
    let skipped = &text[text.find("preview-skipped").unwrap()..];
    assert!(skipped.contains("Fremmødet kan ikke deles"));
    assert!(
        skipped.contains("Reported"),
        "the reason in words: {skipped}"
    );
    let open = app
        .api(
            Method::GET,
            &format!("/api/v1/lab/investigations/{both}"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(open.json()["status"], "open");

    let mut confirmed_form = form.to_vec();
    confirmed_form.push(("confirm", "yes"));
    let done = lab
        .post(&format!("{page}/conclusion"), &confirmed_form)
        .await;
    assert_eq!(done.status, 200, "{}", done.text());
    assert!(done.text().contains("investigation-concluded"));
    let barrier = app
        .api(
            Method::GET,
            &format!("/api/v1/barriers/{confirmed}"),
            None,
            None,
        )
        .await;
    assert_eq!(barrier.json()["status"], "rule_change_proposed");
    assert_eq!(barrier.json()["ministry"], "Social- og Boligministeriet");
}

#[tokio::test]
async fn a_confirmed_barrier_starts_a_theme_proposal_and_an_application() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let admin = app.token(Role::Admin).await;
    let applicant = app.token(Role::Applicant).await;
    let confirmed = report(&app, &applicant, "To handleplaner for samme barn").await;
    let waiting = report(&app, &applicant, "Fremmødet kan ikke deles").await;
    confirm(&app, &admin, confirmed, w.provision_id).await;

    // The lab finds the buttons on the gap list.
    let mut lab = Browser::new(&app);
    lab.login(Role::Admin).await;
    let gaps = lab.get("/lab/gaps").await;
    assert!(
        gaps.text()
            .contains(&format!("/barriers/{confirmed}/start/proposal"))
    );
    assert!(
        gaps.text()
            .contains(&format!("/barriers/{confirmed}/start/application"))
    );

    // The applicant on the barrier's page.
    let mut user = Browser::new(&app);
    user.login(Role::Applicant).await;
    let page = user.get(&format!("/barriers/{confirmed}")).await;
    assert!(page.text().contains("id=\"barrier-propose\""));
    assert!(page.text().contains("id=\"barrier-apply\""));
    let waiting_page = user.get(&format!("/barriers/{waiting}")).await;
    assert!(!waiting_page.text().contains("id=\"barrier-propose\""));
    assert_eq!(
        user.get(&format!("/barriers/{waiting}/start/proposal"))
            .await
            .status,
        409
    );

    // A theme proposal carries the title, the text and the provision's citation.
    let form = user
        .get(&format!("/barriers/{confirmed}/start/proposal"))
        .await;
    assert_eq!(form.status, 200, "{}", form.text());
    assert!(form.text().contains("§ 141 i lov om social service"));
    let scheme = w.proposals_scheme.to_string();
    let proposed = user
        .post(
            &format!("/barriers/{confirmed}/start/proposal"),
            &[("target", scheme.as_str())],
        )
        .await;
    assert_eq!(proposed.status, 303, "{}", proposed.text());
    let proposals = app
        .api(
            Method::GET,
            &format!("/api/v1/schemes/{}/proposals", w.proposals_scheme),
            Some(&admin),
            None,
        )
        .await;
    let all = proposals.text();
    assert!(all.contains("To handleplaner for samme barn"), "{all}");
    assert!(all.contains("§ 141 i lov om social service"), "{all}");
    assert!(
        all.contains("Handleplanen skal udarbejdes særskilt."),
        "{all}"
    );

    // An application draft carries the same and asks for an exemption from § 141.
    let round = w.setup.open_round.to_string();
    let started = user
        .post(
            &format!("/barriers/{confirmed}/start/application"),
            &[("target", round.as_str())],
        )
        .await;
    assert_eq!(started.status, 303, "{}", started.text());
    let id: i64 = started
        .location()
        .trim_start_matches("/applications/")
        .trim_end_matches("/edit")
        .parse()
        .unwrap();
    let application = app
        .api(
            Method::GET,
            &format!("/api/v1/applications/{id}"),
            Some(&applicant),
            None,
        )
        .await;
    let a = application.json();
    assert_eq!(
        a["content"]["title"], "To handleplaner for samme barn",
        "{a}"
    );
    assert_eq!(
        a["content"]["exemptions"][0]["provision_id"], w.provision_id,
        "{a}"
    );
    // The barrier's start page remembers both.
    let again = user
        .get(&format!("/barriers/{confirmed}/start/application"))
        .await;
    assert!(again.text().contains("id=\"start-earlier\""));
}
