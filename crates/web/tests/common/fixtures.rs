//! A case-handling fixture shared by the HTTP tests: a published Danish scheme with a theme,
//! an open and a closed round, built through the API as the secretariat would.

use axum::http::Method;
use serde_json::{Value, json};

use super::TestApp;
use frirum_domain::Role;

/// What one test works on: a published scheme with a theme, an open round and a closed one.
pub struct Setup {
    pub admin: String,
    pub applicant: String,
    pub scheme_id: i64,
    pub theme_id: i64,
    pub open_round: i64,
    pub closed_round: i64,
}

pub fn assert_code(reply: &super::Reply, status: u16, code: &str) -> Value {
    assert_eq!(reply.status, status, "{}", reply.text());
    let body = reply.json();
    assert_eq!(body["error"]["code"], code, "{body}");
    body
}

pub async fn call(app: &TestApp, method: Method, path: &str, token: &str, body: Value) -> Value {
    let reply = app
        .api(method, path, Some(token), Some(&body.to_string()))
        .await;
    assert!(
        reply.status.is_success(),
        "{path}: {} {}",
        reply.status,
        reply.text()
    );
    reply.json()
}

/// A Danish scheme whose minimum (400,000) Aarhus (367,095 in the test registry) does not
/// reach alone, but does with København.
pub async fn setup(app: &TestApp) -> Setup {
    let admin = app.token(Role::Admin).await;
    let applicant = app.token(Role::Applicant).await;
    let scheme = call(
        app,
        Method::POST,
        "/api/v1/schemes",
        &admin,
        json!({
            "code": "DK2030",
            "country": "dk",
            "title": "Frikommuneforsøg 2030",
            "language": "da",
            "invitation": "Ansøg **nu**.",
            "rules": {
                "min_population": 400000,
                "networks_allowed": true,
                "allowed_kinds": ["municipality"],
                "exclusions": ["Grundloven"],
                "criteria": [{"name": "Ambitiøst", "weight": 1.0}],
                "score_scale_max": 5,
                "max_trial_months": 48
            }
        }),
    )
    .await;
    let scheme_id = scheme["id"].as_i64().unwrap();
    let theme = call(
        app,
        Method::POST,
        &format!("/api/v1/schemes/{scheme_id}/themes"),
        &admin,
        json!({"title": "Bedre velfærd", "priority": true}),
    )
    .await;
    let open = call(
        app,
        Method::POST,
        &format!("/api/v1/schemes/{scheme_id}/rounds"),
        &admin,
        json!({"number": 2, "opens": "2020-01-01", "deadline": "2099-04-01",
               "time_zone": "Europe/Copenhagen", "target_trials": 10}),
    )
    .await;
    let closed = call(
        app,
        Method::POST,
        &format!("/api/v1/schemes/{scheme_id}/rounds"),
        &admin,
        json!({"number": 1, "opens": "2019-01-01", "deadline": "2019-04-01",
               "time_zone": "Europe/Copenhagen", "target_trials": 10}),
    )
    .await;
    call(
        app,
        Method::POST,
        &format!("/api/v1/schemes/{scheme_id}/status"),
        &admin,
        json!({"status": "published"}),
    )
    .await;
    Setup {
        admin,
        applicant,
        scheme_id,
        theme_id: theme["id"].as_i64().unwrap(),
        open_round: open["id"].as_i64().unwrap(),
        closed_round: closed["id"].as_i64().unwrap(),
    }
}

pub fn complete_content(theme_id: i64) -> Value {
    json!({
        "title": "Sammenhængende indsats for udsatte unge",
        "summary": "Én plan, én koordinator.",
        "description": "Kommunen vil samle indsatserne for unge uden uddannelse.",
        "themes": [theme_id],
        "objectives": [{"indicator": "Unge i uddannelse", "unit": "procent",
                        "baseline": 60.0, "target": 75.0, "target_date": "2024-12-31"}],
        "exemptions": [{"scope": "provision", "reference": "serviceloven § 54, stk. 2",
                        "justification": "Dobbelt sagsbehandling."}],
        "legal_security": "Klageadgangen bevares.",
        "period_start": "2020-01-01",
        "period_end": "2023-12-31"
    })
}

pub async fn draft(app: &TestApp, s: &Setup, round: i64, members: &[&str]) -> Value {
    call(
        app,
        Method::POST,
        "/api/v1/applications",
        &s.applicant,
        json!({"round_id": round, "members": members, "content": complete_content(s.theme_id)}),
    )
    .await
}

/// Everything the authorisation table needs: the published scheme of [`setup`] with a draft
/// and a submitted application of the applicant's organisation (Aarhus), a scheme gathering
/// theme proposals with one proposal, and a scheme still in draft.
pub struct World {
    pub setup: Setup,
    pub draft_id: i64,
    pub submitted_id: i64,
    pub proposals_scheme: i64,
    pub proposal_id: i64,
    pub draft_scheme: i64,
    /// A Danish act in the law catalogue and one of its provisions.
    pub act_id: i64,
    pub provision_id: i64,
    /// The test account with the assessor role (assigned to nothing).
    pub assessor_id: i64,
}

async fn scheme(app: &TestApp, admin: &str, code: &str) -> i64 {
    let created = call(
        app,
        Method::POST,
        "/api/v1/schemes",
        admin,
        json!({"code": code, "country": "dk", "title": format!("Ordning {code}"),
               "language": "da", "rules": {"networks_allowed": true,
               "allowed_kinds": ["municipality"], "score_scale_max": 5}}),
    )
    .await;
    created["id"].as_i64().unwrap()
}

pub async fn world(app: &TestApp) -> World {
    let setup = setup(app).await;
    let draft_id = draft(app, &setup, setup.open_round, &[]).await["id"]
        .as_i64()
        .unwrap();
    let submitted_id = draft(app, &setup, setup.open_round, &["dk:101"]).await["id"]
        .as_i64()
        .unwrap();
    call(
        app,
        Method::POST,
        &format!("/api/v1/applications/{submitted_id}/submit"),
        &setup.applicant,
        json!({}),
    )
    .await;
    let proposals_scheme = scheme(app, &setup.admin, "DK2031").await;
    call(
        app,
        Method::POST,
        &format!("/api/v1/schemes/{proposals_scheme}/status"),
        &setup.admin,
        json!({"status": "proposals"}),
    )
    .await;
    // The proposal comes from København, so that Aarhus's applicant may endorse it.
    call(
        app,
        Method::POST,
        "/api/v1/users",
        &setup.admin,
        json!({"email": "kbh@test.example", "name": "København", "role": "applicant",
               "organisation": "dk:101", "password": "long enough pw"}),
    )
    .await;
    let copenhagen = app.token_for("kbh@test.example").await;
    let proposal = call(
        app,
        Method::POST,
        &format!("/api/v1/schemes/{proposals_scheme}/proposals"),
        &copenhagen,
        json!({"title": "Færre proceskrav", "description": "Mindre dokumentation."}),
    )
    .await;
    let draft_scheme = scheme(app, &setup.admin, "DK2032").await;
    let (act_id, provision_id) = small_act(app).await;
    let assessor_id = app
        .store
        .store
        .credentials(&super::email(Role::Assessor))
        .await
        .unwrap()
        .unwrap()
        .user
        .id;
    World {
        setup,
        draft_id,
        submitted_id,
        proposals_scheme,
        proposal_id: proposal["id"].as_i64().unwrap(),
        draft_scheme,
        act_id,
        provision_id,
        assessor_id,
    }
}

/// Imports a small Danish act into the catalogue: its id and its first provision's.
pub async fn small_act(app: &TestApp) -> (i64, i64) {
    use frirum_domain::law::{Act, ActKind, Document, Jurisdiction, Section, Subsection};
    let mut act = Act::new(
        Jurisdiction::Dk,
        ActKind::ConsolidatedAct,
        "lta/2024/909",
        "Bekendtgørelse af lov om social service",
    );
    act.short_title = Some("serviceloven".into());
    let section = |n: &str, text: &str| Section {
        chapter: None,
        section: n.into(),
        label: format!("§ {n}"),
        heading: None,
        subsections: vec![Subsection {
            number: 1,
            text: text.into(),
            items: Vec::new(),
        }],
        chapter_heading: None,
    };
    let document = Document {
        act,
        sections: vec![
            section("141", "Kommunalbestyrelsen udarbejder en handleplan."),
            section("142", "Handleplanen revideres hvert år."),
        ],
    };
    let store = &app.store.store;
    let imported = store
        .import_act(&document, time::OffsetDateTime::now_utc())
        .await
        .unwrap();
    let provisions = store.provisions_of_act(imported.act_id).await.unwrap();
    (imported.act_id, provisions[0].id)
}

/// Approves the world's submitted application (Aarhus leads it) for 2027–2030: the trial's id.
pub async fn approved_trial(app: &TestApp, w: &World) -> i64 {
    approved_trial_narrowed(app, w, Vec::new()).await
}

/// As [`approved_trial`], its exemption narrowed to the catalogue's `provision_ids` (empty:
/// granted as asked).
pub async fn approved_trial_narrowed(app: &TestApp, w: &World, provision_ids: Vec<i64>) -> i64 {
    let store = &app.store.store;
    let application = store.application(w.submitted_id).await.unwrap().unwrap();
    let admin = store
        .credentials(&super::email(frirum_domain::Role::Admin))
        .await
        .unwrap()
        .unwrap()
        .user
        .id;
    let decision = frirum_domain::decision::NewDecision::from_validated(
        frirum_domain::decision::DecisionDraft {
            outcome: frirum_domain::decision::Outcome::Approved,
            reasons: "Godt begrundet.".into(),
            granted: vec![frirum_domain::decision::GrantChoice {
                exemption: 0,
                provision_ids,
                note: String::new(),
            }],
            conditions: String::new(),
            period_start: Some(time::macros::date!(2027 - 01 - 01)),
            period_end: Some(time::macros::date!(2030 - 12 - 31)),
            regulation_kind: Some(frirum_domain::decision::RegulationKind::FreeMunicipalityStatute),
            regulation_text: "Kommunalbestyrelsen vedtager en vedtægt.".into(),
            signatory_title: "Kontorchef".into(),
            confirmed: true,
        },
        &application,
    );
    store
        .decide(
            application.id,
            &decision,
            frirum_domain::journal::Actor::user(admin, time::OffsetDateTime::now_utc()),
        )
        .await
        .unwrap()
        .trial_id
        .expect("approval makes a trial")
}

/// Approves the world's submitted application (Aarhus leads it) for 2025–2028, decided on
/// 1 November 2024, and starts the trial on 1 January 2025: the running trial's id.
pub async fn started_trial(app: &TestApp, w: &World) -> i64 {
    use frirum_domain::decision::{
        DecisionDraft, GrantChoice, NewDecision, Outcome, RegulationKind,
    };
    use frirum_domain::journal::Actor;
    use time::macros::{date, datetime};
    let store = &app.store.store;
    let application = store.application(w.submitted_id).await.unwrap().unwrap();
    let admin = store
        .credentials(&super::email(Role::Admin))
        .await
        .unwrap()
        .unwrap()
        .user
        .id;
    let decision = NewDecision::from_validated(
        DecisionDraft {
            outcome: Outcome::Approved,
            reasons: "Godt begrundet.".into(),
            granted: vec![GrantChoice {
                exemption: 0,
                provision_ids: vec![],
                note: String::new(),
            }],
            conditions: String::new(),
            period_start: Some(date!(2025 - 01 - 01)),
            period_end: Some(date!(2028 - 12 - 31)),
            regulation_kind: Some(RegulationKind::FreeMunicipalityStatute),
            regulation_text: "Kommunalbestyrelsen vedtager en vedtægt.".into(),
            signatory_title: "Kontorchef".into(),
            confirmed: true,
        },
        &application,
    );
    let at = datetime!(2024-11-01 10:00 UTC);
    let trial = store
        .decide(application.id, &decision, Actor::user(admin, at))
        .await
        .unwrap()
        .trial_id
        .expect("approval makes a trial");
    let state = store.trial_state(trial).await.unwrap().unwrap();
    let (next, version) = state
        .apply(&frirum_domain::trial::Transition::Start {
            on: date!(2025 - 01 - 01),
        })
        .unwrap();
    store
        .save_trial_state(state.version, &next, &version, Actor::user(admin, at))
        .await
        .unwrap();
    trial
}
