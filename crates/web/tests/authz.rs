//! The authorisation table through the router: every route, for every role and for the
//! public, with the status each must get. Each row runs on a fresh application, on SQLite
//! and, when `FRIRUM_TEST_DATABASE_URL` is set (as in CI), on PostgreSQL too, holding a
//! published scheme with a draft and a submitted application, a scheme gathering theme
//! proposals, and a scheme in draft; requests carry valid bodies, so that a refusal can only
//! come from the rights, not from the input.

mod common;

use axum::body::Body;
use axum::http::{Method, Request, header};
use common::fixtures::{World, world};
use common::{Browser, Reply, TestApp};
use frirum_domain::Role;
use frirum_store::testing::TestStore;
use frirum_web::WebConfig;

/// What a visitor should get.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    /// Done: 2xx, or a redirect that is not to the login page.
    Ok,
    /// Sign in first: 401 from the API, a redirect to the login page from a page.
    Login,
    /// 403.
    Forbidden,
    /// 404: the thing is not there for this visitor.
    NotFound,
    /// 409: allowed, but the state refuses it (a law sync with no sources configured).
    Conflict,
}

use Want::{Conflict as C, Forbidden as F, Login as L, NotFound as N, Ok as O};

/// The order of the columns in the table.
const VISITORS: [Option<Role>; 5] = [
    None,
    Some(Role::Admin),
    Some(Role::Applicant),
    Some(Role::Assessor),
    Some(Role::Researcher),
];

enum Payload {
    None,
    Json(&'static str),
    Form(&'static [(&'static str, &'static str)]),
    Csv(&'static str),
    Multipart,
    /// A page's upload form whose `file` field holds this CSV text.
    MultipartCsv(&'static str),
    /// A document upload (page or API): a small PDF as `file`, of kind `regulation`.
    MultipartPdf,
}

struct Row {
    method: Method,
    path: &'static str,
    payload: Payload,
    /// Anonymous, secretariat, applicant, assessor, researcher.
    want: [Want; 5],
    /// The submitted application has an open clarification question (`{question}`) and
    /// three requested exemptions before the row runs.
    open_question: bool,
    /// The scheme's decision safeguards are off, so that the submitted application (in an
    /// open round, not screened) can be decided by whoever may decide.
    relaxed: bool,
    /// Besides, a decision proposed by another member waits for approval (four eyes).
    pending: bool,
    /// The submitted application is approved first: `{trial}` is its trial (Aarhus, the
    /// test applicant's organisation, takes part), the test researcher follows it
    /// (`{researcher}`), so that the researcher column is an assigned researcher's.
    trial: bool,
    /// Besides, the trial has an indicator (`{indicator}`) with half-yearly periods
    /// (`{period}`, the last, has no actual), and `{update}` names an actual sent for
    /// review just before each visitor's request (a fresh one each time, version 1).
    indicators: bool,
}

fn row(method: Method, path: &'static str, payload: Payload, want: [Want; 5]) -> Row {
    Row {
        method,
        path,
        payload,
        want,
        open_question: false,
        relaxed: false,
        pending: false,
        trial: false,
        indicators: false,
    }
}

/// A row on a trial's indicators (see [`Row::indicators`]).
fn row_indicators(method: Method, path: &'static str, payload: Payload, want: [Want; 5]) -> Row {
    Row {
        trial: true,
        indicators: true,
        ..row(method, path, payload, want)
    }
}

/// Gives the trial an indicator with half-yearly periods: its id and its last period's.
async fn trial_indicator(app: &TestApp, trial: i64) -> (i64, i64) {
    use frirum_domain::indicator::{Frequency, IndicatorDefinition, periods};
    let store = &app.store.store;
    let now = time::OffsetDateTime::now_utc();
    let definition = IndicatorDefinition {
        title: "Dage til afgørelse".into(),
        unit: "dage".into(),
        baseline_value: Some(40.0),
        target_value: Some(20.0),
        frequency: Frequency::HalfYearly,
        ..IndicatorDefinition::default()
    };
    // Periods that have ended, so the applicant may report them (a period still running
    // is refused with 422 `period_not_ended`, whoever asks).
    let periods = periods(
        time::macros::date!(2021 - 01 - 01),
        time::macros::date!(2024 - 12 - 31),
        &definition,
    );
    store
        .seed_indicators(
            trial,
            &[frirum_store::NewIndicator {
                definition,
                periods,
            }],
            frirum_domain::journal::Actor::user(1, now),
        )
        .await
        .unwrap();
    let ti = store.trial_indicators(trial).await.unwrap().remove(0);
    (ti.indicator.id, ti.periods.last().unwrap().period.id)
}

/// Sends a fresh actual for review on the first period without one: its id.
async fn submitted_update(app: &TestApp, trial: i64) -> i64 {
    let store = &app.store.store;
    let ti = store.trial_indicators(trial).await.unwrap().remove(0);
    let period = ti.periods.iter().find(|p| p.update.is_none()).unwrap();
    let input = frirum_domain::indicator::UpdateInput {
        value: Some(frirum_domain::indicator::ActualValue::Number(33.0)),
        submit: true,
        ..Default::default()
    };
    store
        .save_updates(
            trial,
            &[frirum_store::UpdateWrite {
                period_id: period.period.id,
                expected_version: None,
                input,
            }],
            frirum_domain::journal::Actor::user(1, time::OffsetDateTime::now_utc()),
        )
        .await
        .unwrap()
        .remove(0)
        .id
}

/// Submits a fresh change request on the trial (shortening its period by a year), as the
/// test applicant would: its id. `{change}` names one made just before each visitor's
/// request.
async fn submitted_change(app: &TestApp, trial: i64) -> i64 {
    use frirum_domain::change::{NewChangeRequest, Proposal};
    let store = &app.store.store;
    let state = store.trial_state(trial).await.unwrap().unwrap();
    let proposal = Proposal::ShortenPeriod {
        planned_end: time::macros::date!(2029 - 12 - 31),
    };
    let (_, version) = proposal
        .apply(
            &state,
            "Færre midler",
            time::macros::date!(2026 - 01 - 01),
            None,
        )
        .unwrap();
    let request = NewChangeRequest {
        trial_id: trial,
        class: proposal.class(&state),
        proposal,
        reason: version.reason,
        changes: version.changes,
        based_on_version: state.version,
    };
    store
        .submit_change_request(
            &request,
            None,
            frirum_domain::journal::Actor::user(1, time::OffsetDateTime::now_utc()),
        )
        .await
        .unwrap()
        .id
}

/// A row on a trial: the submitted application is approved and the test researcher
/// follows its trial before the row runs.
fn row_trial(method: Method, path: &'static str, payload: Payload, want: [Want; 5]) -> Row {
    Row {
        trial: true,
        ..row(method, path, payload, want)
    }
}

/// Approves the submitted application and lets the test researcher follow its trial: the
/// trial's id and the researcher's.
async fn approved_trial(app: &TestApp, w: &World) -> (i64, i64) {
    use frirum_domain::decision::{
        DecisionDraft, GrantChoice, NewDecision, Outcome, RegulationKind,
    };
    use frirum_domain::journal::Actor;
    let store = &app.store.store;
    let now = time::OffsetDateTime::now_utc();
    let application = store.application(w.submitted_id).await.unwrap().unwrap();
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
            period_start: Some(time::macros::date!(2027 - 01 - 01)),
            period_end: Some(time::macros::date!(2030 - 12 - 31)),
            regulation_kind: Some(RegulationKind::FreeMunicipalityStatute),
            regulation_text: "Kommunalbestyrelsen vedtager en vedtægt.".into(),
            signatory_title: "Kontorchef".into(),
            confirmed: true,
        },
        &application,
    );
    let trial = store
        .decide(application.id, &decision, Actor::user(1, now))
        .await
        .unwrap()
        .trial_id
        .unwrap();
    let researcher = store
        .credentials(&common::email(Role::Researcher))
        .await
        .unwrap()
        .unwrap()
        .user
        .id;
    store
        .assign_trial_researcher(trial, researcher, Actor::user(1, now))
        .await
        .unwrap();
    (trial, researcher)
}

/// A row that approves a decision proposed by someone else under the four-eyes rule.
fn row_pending(method: Method, path: &'static str, payload: Payload, want: [Want; 5]) -> Row {
    Row {
        relaxed: true,
        pending: true,
        ..row(method, path, payload, want)
    }
}

/// A row that decides the submitted application: the safeguards are turned off first.
fn row_relaxed(method: Method, path: &'static str, payload: Payload, want: [Want; 5]) -> Row {
    Row {
        relaxed: true,
        ..row(method, path, payload, want)
    }
}

/// A row that needs an open clarification question on the submitted application.
fn row_open(method: Method, path: &'static str, payload: Payload, want: [Want; 5]) -> Row {
    Row {
        open_question: true,
        ..row(method, path, payload, want)
    }
}

/// Asks a question on the submitted application and gives it three requested exemptions,
/// so that every visitor allowed to answer or amend finds something to do.
async fn open_question(app: &TestApp, w: &World) -> i64 {
    use frirum_domain::journal::Actor;
    let store = &app.store.store;
    let now = time::OffsetDateTime::now_utc();
    let a = store.application(w.submitted_id).await.unwrap().unwrap();
    let question = store
        .ask_clarification(w.submitted_id, "Hvilke regler?", Actor::user(1, now))
        .await
        .unwrap();
    let one = a.content.exemptions[0].clone();
    store
        .amend_exemptions(
            w.submitted_id,
            a.version,
            &[one.clone(), one.clone(), one],
            &[],
            Actor::user(1, now),
        )
        .await
        .unwrap();
    question.id
}

/// The version of the test applicant's regulation for the approved trial, as a form seen
/// just now would send it (1 before it is drafted: recording drafts it first).
async fn regulation_version(app: &TestApp, w: &World) -> i64 {
    let store = &app.store.store;
    let Some(trial) = store.trial_of_application(w.submitted_id).await.unwrap() else {
        return 1;
    };
    let participant = participant(app).await;
    store
        .regulation(trial.id, participant)
        .await
        .unwrap()
        .map_or(1, |r| r.version)
}

/// The test applicant's organisation, which takes part in the approved trial.
async fn participant(app: &TestApp) -> i64 {
    app.store
        .store
        .credentials(&common::email(Role::Applicant))
        .await
        .unwrap()
        .unwrap()
        .user
        .organisation
        .unwrap()
        .id
}

/// A status report the trial owes (its first half-year), version 1 as a draft, or version
/// 2 once `submitted` by the test applicant: what a row on a report needs.
async fn trial_report(app: &TestApp, trial: i64, submitted: bool) -> i64 {
    use frirum_domain::report::{DueReport, ReportContent, ReportKind};
    use time::macros::date;
    let store = &app.store.store;
    let now = time::OffsetDateTime::now_utc();
    let due = DueReport {
        kind: ReportKind::Periodic,
        period_start: date!(2027 - 01 - 01),
        period_end: date!(2027 - 07 - 01),
        due_date: date!(2027 - 07 - 01),
    };
    let system = frirum_domain::journal::Actor {
        user_id: None,
        reason: None,
        at: now,
    };
    let report = store
        .create_due_reports(trial, &[due], &ReportContent::default(), system)
        .await
        .unwrap()
        .remove(0);
    if submitted {
        let content = ReportContent {
            progress: "Forsøget kører.".into(),
            ..ReportContent::default()
        };
        store
            .submit_report(
                report.id,
                1,
                &content,
                frirum_domain::journal::Actor::user(1, now),
            )
            .await
            .unwrap();
    }
    report.id
}

/// A budget of DKK 1,000,000.00 for the scheme and a grant of DKK 10,000.00 to the trial
/// (the fresh database's grant 1): what a row on a trial's funds needs, so that every
/// visitor allowed to grant, pay or report spending can.
async fn funded(app: &TestApp, trial: i64, scheme: i64) {
    use frirum_domain::funds::{Budget, Currency, NewAllocation};
    use frirum_domain::journal::Actor;
    let store = &app.store.store;
    let at = Actor::user(1, time::OffsetDateTime::now_utc());
    let budget = Budget {
        currency: Currency::Dkk,
        total: 100_000_000,
        years: vec![],
    };
    store
        .set_scheme_budget(scheme, Some(&budget), at)
        .await
        .unwrap()
        .unwrap();
    let grant = NewAllocation {
        amount_applied_for: None,
        amount_awarded: 1_000_000,
        award_date: time::macros::date!(2027 - 01 - 10),
        planned_start: time::macros::date!(2027 - 01 - 01),
        planned_end: time::macros::date!(2030 - 12 - 31),
    };
    let granted = store.allocate(trial, &grant, at).await.unwrap().unwrap();
    assert_eq!(granted.id, 1, "the rows name the grant as 1");
}

/// The test applicant's regulation adopted under a scheme whose secretariat approves
/// regulations: what an approval row needs.
async fn adopted_regulation(app: &TestApp, trial: i64, scheme: i64) {
    use frirum_domain::journal::Actor;
    use frirum_domain::regulation::{Adoption, Draft};
    let store = &app.store.store;
    let now = time::OffsetDateTime::now_utc();
    let participant = participant(app).await;
    store
        .set_scheme_regulation_setting(scheme, true, Actor::user(1, now))
        .await
        .unwrap();
    let draft = Draft {
        kind: frirum_domain::decision::RegulationKind::FreeMunicipalityStatute,
        language: frirum_domain::Language::Da,
        title: "Vedtægt".into(),
        text: "§ 1".into(),
    };
    store
        .add_regulation_draft(trial, participant, &draft, Actor::user(1, now))
        .await
        .unwrap();
    let adoption = Adoption {
        adopted_on: time::macros::date!(2025 - 01 - 15),
        body: "Kommunalbestyrelsen".into(),
        reference: "Sag 1".into(),
        in_force_from: time::macros::date!(2027 - 01 - 01),
    };
    store
        .record_regulation_adoption(trial, participant, 1, &adoption, Actor::user(1, now))
        .await
        .unwrap();
}

/// Fills the values that change while a row runs: the submitted application's version and
/// the test researcher's id.
async fn fill_now(app: &TestApp, text: &str, w: &World) -> String {
    let mut text = fill(text, w);
    if text.contains("{regulation_version}") {
        text = text.replace(
            "{regulation_version}",
            &regulation_version(app, w).await.to_string(),
        );
    }
    if text.contains("{researcher}") {
        let researcher = app
            .store
            .store
            .credentials(&common::email(Role::Researcher))
            .await
            .unwrap()
            .unwrap()
            .user
            .id;
        text = text.replace("{researcher}", &researcher.to_string());
    }
    if text.contains("{new_partner}") {
        text = text.replace("{new_partner}", &new_partner(app).await.to_string());
    }
    if !text.contains("{submitted_version}") {
        return text;
    }
    let version = app
        .store
        .store
        .application(w.submitted_id)
        .await
        .unwrap()
        .unwrap()
        .version;
    text.replace("{submitted_version}", &version.to_string())
}

/// Fills the fixture's ids into a path or body.
fn fill(text: &str, w: &World) -> String {
    text.replace("{draft}", &w.draft_id.to_string())
        .replace("{submitted}", &w.submitted_id.to_string())
        .replace("{scheme}", &w.setup.scheme_id.to_string())
        .replace("{round}", &w.setup.open_round.to_string())
        .replace("{theme}", &w.setup.theme_id.to_string())
        .replace("{proposals_scheme}", &w.proposals_scheme.to_string())
        .replace("{proposal}", &w.proposal_id.to_string())
        .replace("{draft_scheme}", &w.draft_scheme.to_string())
        .replace("{act}", &w.act_id.to_string())
        .replace("{provision}", &w.provision_id.to_string())
        .replace("{assessor}", &w.assessor_id.to_string())
}

fn classify(reply: &Reply, api: bool) -> Result<Want, String> {
    let status = reply.status.as_u16();
    let to_login = reply
        .headers
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|l| l.starts_with("/login"));
    match status {
        200..=299 => Ok(Want::Ok),
        300..=399 if !api && to_login => Ok(Want::Login),
        300..=399 if !api => Ok(Want::Ok),
        401 => Ok(Want::Login),
        403 => Ok(Want::Forbidden),
        404 => Ok(Want::NotFound),
        409 => Ok(Want::Conflict),
        _ => Err(format!("{status} {}", reply.text())),
    }
}

const MULTIPART_BOUNDARY: &str = "frirum-authz-boundary";

fn multipart_body() -> String {
    format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"country\"\r\n\r\nno\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"no.csv\"\r\n\
         Content-Type: text/csv\r\n\r\n{csv}\r\n--{b}--\r\n",
        b = MULTIPART_BOUNDARY,
        csv = common::REGISTRY_NO.trim_end()
    )
}

/// A fresh application on SQLite, or on PostgreSQL when it is configured and asked for.
async fn fresh(postgres: bool) -> Option<TestApp> {
    let store = if postgres {
        TestStore::postgres().await?
    } else {
        TestStore::sqlite().await
    };
    Some(TestApp::with(store, WebConfig::default()).await)
}

/// Runs the rows on both databases, each row on a fresh application, and reports every
/// cell that differs.
async fn check(rows: Vec<Row>, api: bool) {
    let mut wrong = Vec::new();
    for (row, postgres) in rows.iter().flat_map(|row| [(row, false), (row, true)]) {
        let Some(app) = fresh(postgres).await else {
            continue;
        };
        let w = world(&app).await;
        let mut path = fill(row.path, &w);
        if row.path.contains("barrier}") {
            barriers(&app, &w).await;
            path = path
                .replace("{barrier}", "1")
                .replace("{public_barrier}", "2");
        }
        if row.path.contains("{investigation}") {
            barriers(&app, &w).await;
            let id = lab_investigation(&app).await;
            path = path.replace("{investigation}", &id.to_string());
        }
        if row.open_question {
            let question = open_question(&app, &w).await;
            path = path.replace("{question}", &question.to_string());
        }
        let mut trial_id = 0;
        if row.trial {
            let (trial, researcher) = approved_trial(&app, &w).await;
            trial_id = trial;
            path = path
                .replace("{trial}", &trial.to_string())
                .replace("{researcher}", &researcher.to_string())
                .replace("{participant}", &participant(&app).await.to_string());
            if ["{tp}", "{partner}", "{partner_report}", "{breach_report}"]
                .iter()
                .any(|p| row.path.contains(p))
            {
                path = testbed(&app, trial, &path).await;
            }
            if row.path.contains("{network}") {
                path = network(&app, trial, &path).await;
            }
            if row.path.contains("/regulations/{participant}/approval") {
                adopted_regulation(&app, trial, w.setup.scheme_id).await;
            }
            if row.path.contains("/funds") {
                funded(&app, trial, w.setup.scheme_id).await;
            }
            if row.path.contains("/outcomes") {
                ended_trial(&app, trial).await;
            }
            if row.path.contains("plan}") {
                let (draft, registered, joint) =
                    research_plans(&app, trial, w.setup.scheme_id).await;
                path = path
                    .replace("{plan}", &draft.to_string())
                    .replace("{registered_plan}", &registered.to_string())
                    .replace("{scheme_plan}", &joint.to_string());
            }
            if row.path.contains("evaluation}") {
                let (draft, published, joint) = evaluations(&app, trial, w.setup.scheme_id).await;
                path = path
                    .replace("{evaluation}", &draft.to_string())
                    .replace("{published_evaluation}", &published.to_string())
                    .replace("{scheme_evaluation}", &joint.to_string());
            }
            if row.path.contains("document}") {
                let private = trial_document(&app, trial, false).await;
                let public = trial_document(&app, trial, true).await;
                path = path
                    .replace("{document}", &private.to_string())
                    .replace("{public_document}", &public.to_string());
            }
            if row.path.contains("/reports/{report}") {
                let submitted = ["/accept", "/return", "/decision"]
                    .iter()
                    .any(|end| row.path.ends_with(end));
                let report = trial_report(&app, trial, submitted).await;
                path = path.replace("{report}", &report.to_string());
            }
        }
        if row.indicators {
            let (indicator, period) = trial_indicator(&app, trial_id).await;
            path = path
                .replace("{indicator}", &indicator.to_string())
                .replace("{period}", &period.to_string());
        }
        if row.relaxed {
            let off = frirum_domain::decision::DecisionSettings {
                safeguards: false,
                four_eyes: row.pending,
                ..Default::default()
            };
            let at = time::OffsetDateTime::now_utc();
            app.store
                .store
                .set_decision_settings(
                    w.setup.scheme_id,
                    &off,
                    frirum_domain::journal::Actor::user(1, at),
                )
                .await
                .unwrap();
        }
        if row.pending {
            let draft: frirum_domain::decision::DecisionDraft = serde_json::from_str(
                r#"{"outcome": "rejected", "reasons": "Outside the scheme.", "confirmed": true}"#,
            )
            .unwrap();
            app.store
                .store
                .propose_decision(
                    w.submitted_id,
                    &draft,
                    frirum_domain::journal::Actor::user(
                        w.assessor_id,
                        time::OffsetDateTime::now_utc(),
                    ),
                )
                .await
                .unwrap();
        }
        for (visitor, want) in VISITORS.into_iter().zip(row.want) {
            let path = if path.contains("{update}") {
                let update = submitted_update(&app, trial_id).await;
                path.replace("{update}", &update.to_string())
            } else {
                path.clone()
            };
            let path = if path.contains("{change}") {
                let change = submitted_change(&app, trial_id).await;
                path.replace("{change}", &change.to_string())
            } else {
                path
            };
            let path = path.as_str();
            let reply = if api {
                call_api(&app, &w, visitor, row, path).await
            } else {
                call_page(&app, &w, visitor, row, path).await
            };
            let got = classify(&reply, api);
            if got != Ok(want) {
                let who = visitor.map_or("anonymous".to_owned(), |r| r.to_string());
                let engine = if postgres { "PostgreSQL" } else { "SQLite" };
                wrong.push(format!(
                    "{engine}: {} {path} as {who}: wanted {want:?}, got {got:?}",
                    row.method
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

async fn call_api(app: &TestApp, w: &World, visitor: Option<Role>, row: &Row, path: &str) -> Reply {
    let mut request = Request::builder().method(row.method.clone()).uri(path);
    if let Some(role) = visitor {
        let token = app.token(role).await;
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let body = match &row.payload {
        Payload::None => Body::empty(),
        Payload::Json(text) => {
            request = request.header(header::CONTENT_TYPE, "application/json");
            Body::from(fill_now(app, text, w).await)
        }
        Payload::Csv(text) => {
            request = request.header(header::CONTENT_TYPE, "text/csv");
            Body::from(*text)
        }
        Payload::MultipartPdf => {
            request = request.header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={MULTIPART_BOUNDARY}"),
            );
            Body::from(document_body(None))
        }
        Payload::Form(_) | Payload::Multipart | Payload::MultipartCsv(_) => {
            unreachable!("the API takes JSON")
        }
    };
    app.send(request.body(body).unwrap()).await
}

async fn call_page(
    app: &TestApp,
    w: &World,
    visitor: Option<Role>,
    row: &Row,
    path: &str,
) -> Reply {
    let mut browser = Browser::new(app);
    match visitor {
        Some(role) => {
            let login = browser.login(role).await;
            assert_eq!(login.status, 303, "{role} signs in");
        }
        None => {
            browser.get("/").await;
        }
    }
    match &row.payload {
        Payload::None if row.method == Method::GET => browser.get(path).await,
        Payload::None => browser.post(path, &[]).await,
        Payload::Form(fields) => {
            let mut filled: Vec<(String, String)> = Vec::new();
            for (k, v) in fields.iter() {
                filled.push(((*k).to_owned(), fill_now(app, v, w).await));
            }
            let refs: Vec<(&str, &str)> = filled
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            browser.post(path, &refs).await
        }
        Payload::Multipart => {
            let request = Request::post(path)
                .header(header::COOKIE, browser.cookie_header())
                .header("x-csrf-token", browser.csrf())
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={MULTIPART_BOUNDARY}"),
                )
                .body(Body::from(format!(
                    "--{MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; \
                     name=\"csrf_token\"\r\n\r\n{}\r\n{}",
                    browser.csrf(),
                    multipart_body()
                )))
                .unwrap();
            app.send(request).await
        }
        Payload::MultipartCsv(csv) => {
            let request = Request::post(path)
                .header(header::COOKIE, browser.cookie_header())
                .header("x-csrf-token", browser.csrf())
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={MULTIPART_BOUNDARY}"),
                )
                .body(Body::from(format!(
                    "--{b}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{}\r\n\
                     --{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"indicators.csv\"\r\n\
                     Content-Type: text/csv\r\n\r\n{csv}\r\n--{b}--\r\n",
                    browser.csrf(),
                    b = MULTIPART_BOUNDARY,
                )))
                .unwrap();
            app.send(request).await
        }
        Payload::MultipartPdf => {
            let request = Request::post(path)
                .header(header::COOKIE, browser.cookie_header())
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={MULTIPART_BOUNDARY}"),
                )
                .body(Body::from(document_body(Some(&browser.csrf()))))
                .unwrap();
            app.send(request).await
        }
        Payload::Json(_) | Payload::Csv(_) => unreachable!("pages take forms"),
    }
}

/// A document upload's multipart body: a small PDF, of kind `regulation`, with the page's
/// CSRF token when given.
fn document_body(csrf: Option<&str>) -> Vec<u8> {
    let b = MULTIPART_BOUNDARY;
    let mut body = String::new();
    if let Some(csrf) = csrf {
        body.push_str(&format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{csrf}\r\n"
        ));
    }
    body.push_str(&format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nregulation\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"vedtaegt.pdf\"\r\n\
         Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--{b}--\r\n"
    ));
    body.into_bytes()
}

/// A document on the trial, uploaded by the secretariat through the API (so that its
/// content is in the application's file store): private, or public. Its id.
async fn trial_document(app: &TestApp, trial: i64, public: bool) -> i64 {
    let b = MULTIPART_BOUNDARY;
    let token = app.token(Role::Admin).await;
    let body = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"public\"\r\n\r\n{public}\r\n{}",
        String::from_utf8(document_body(None)).unwrap()
    );
    let request = Request::post(format!("/api/v1/trials/{trial}/documents"))
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={b}"),
        )
        .body(Body::from(body))
        .unwrap();
    let reply = app.send(request).await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    reply.json()["id"].as_i64().unwrap()
}

const RULES: &str = r#"{"rules_version": 1, "reason": "Rettelse efter høring",
    "rules": {"min_population": 400000, "networks_allowed": true,
    "allowed_kinds": ["municipality"], "score_scale_max": 5}}"#;

#[tokio::test]
async fn api_accounts_registry_and_operations() {
    use Method as M;
    check(
        vec![
            row(M::GET, "/api/v1/me", Payload::None, [L, O, O, O, O]),
            row(
                M::PATCH,
                "/api/v1/me",
                Payload::Json(r#"{"language": "sv"}"#),
                [L, O, O, O, O],
            ),
            row(M::GET, "/api/v1/me/tokens", Payload::None, [L, O, O, O, O]),
            row(
                M::POST,
                "/api/v1/me/tokens",
                Payload::Json(r#"{"name": "laptop"}"#),
                [L, O, O, O, O],
            ),
            row(
                M::DELETE,
                "/api/v1/me/tokens/999999",
                Payload::None,
                [L, N, N, N, N],
            ),
            row(M::GET, "/api/v1/organisations", Payload::None, [O; 5]),
            row(M::GET, "/api/v1/organisations/dk/751", Payload::None, [O; 5]),
            row(
                M::POST,
                "/api/v1/organisations/no/import",
                Payload::Csv(common::REGISTRY_NO),
                [L, O, F, F, F],
            ),
            row(M::GET, "/api/v1/users", Payload::None, [L, O, F, F, F]),
            row(
                M::POST,
                "/api/v1/users",
                Payload::Json(
                    r#"{"email": "ny@frirum.example", "name": "Ny", "role": "assessor", "password": "long enough pw"}"#,
                ),
                [L, O, F, F, F],
            ),
            // The law sync: the tests configure no sources, so "sync now" is refused.
            row(M::GET, "/api/v1/law-sync", Payload::None, [L, O, F, F, F]),
            row(
                M::POST,
                "/api/v1/law-sync/runs",
                Payload::None,
                [L, C, F, F, F],
            ),
            row(M::GET, "/api/openapi.json", Payload::None, [O; 5]),
            row(
                M::GET,
                "/api/v1/provisions/search?q=handleplan",
                Payload::None,
                [O; 5],
            ),
            row(M::GET, "/api/v1/provisions/{provision}", Payload::None, [O; 5]),
            row(M::GET, "/api/v1/provisions/999999", Payload::None, [N; 5]),
            row(M::GET, "/api/v1/acts/{act}", Payload::None, [O; 5]),
            row(
                M::POST,
                "/api/v1/rule-finder/suggest",
                Payload::Json(r#"{"jurisdiction": "dk", "text": "Én samlet handleplan for borgeren."}"#),
                [O; 5],
            ),
            row(
                M::POST,
                "/api/v1/rule-finder/cite",
                Payload::Json(r#"{"jurisdiction": "dk", "text": "serviceloven § 141, stk. 1"}"#),
                [O; 5],
            ),
            // Decisions and trials.
            row_relaxed(
                M::POST,
                "/api/v1/applications/{submitted}/decision",
                Payload::Json(
                    r#"{"outcome": "rejected", "reasons": "Outside the scheme.", "confirmed": true}"#,
                ),
                [L, O, F, F, F],
            ),
            row_pending(
                M::POST,
                "/api/v1/applications/{submitted}/decision/approval",
                Payload::None,
                [L, O, F, F, F],
            ),
            row(
                M::GET,
                "/api/v1/applications/{submitted}/decision",
                Payload::None,
                [N; 5],
            ),
            row(M::GET, "/api/v1/decisions", Payload::None, [O; 5]),
            row(M::GET, "/api/v1/trials/999999", Payload::None, [N; 5]),
            // Trials in operation (issue 13): public reading, the secretariat's steps and
            // researchers; the participants' applicants and the assigned researcher read
            // who follows the trial.
            row(M::GET, "/api/v1/trials", Payload::None, [O; 5]),
            row_trial(M::GET, "/api/v1/trials/{trial}/state", Payload::None, [O; 5]),
            row_trial(M::GET, "/api/v1/trials/{trial}/history", Payload::None, [O; 5]),
            // Local regulations (issue 13, item 1).
            row_trial(M::GET, "/api/v1/trials/{trial}/regulations", Payload::None, [O; 5]),
            row(M::GET, "/api/v1/trials/999999/regulations", Payload::None, [N; 5]),
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/regulations/{participant}",
                Payload::None,
                [O; 5],
            ),
            row_trial(
                M::PUT,
                "/api/v1/trials/{trial}/regulations/{participant}/text",
                Payload::Json(r#"{"version": {regulation_version}, "text": "§ 1 Formål"}"#),
                [L, O, O, F, F],
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/regulations/{participant}/adoption",
                Payload::Json(
                    r#"{"version": {regulation_version}, "adopted_on": "2025-01-15",
                    "body": "Kommunalbestyrelsen", "reference": "Sag 1",
                    "in_force_from": "2027-01-01"}"#,
                ),
                [L, O, O, F, F],
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/regulations/{participant}/approval",
                Payload::Json(r#"{"version": {regulation_version}}"#),
                [L, O, F, F, F],
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/status",
                Payload::Json(r#"{"step": "start", "on": "2027-01-04", "version": 1}"#),
                [L, O, F, F, F],
            ),
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/researchers",
                Payload::None,
                [L, O, O, F, O],
            ),
            row_trial(
                M::PUT,
                "/api/v1/trials/{trial}/researchers/{researcher}",
                Payload::None,
                [L, O, F, F, F],
            ),
            row_trial(
                M::DELETE,
                "/api/v1/trials/{trial}/researchers/{researcher}",
                Payload::None,
                [L, O, F, F, F],
            ),
            row(M::GET, "/healthz", Payload::None, [O; 5]),
            row(M::GET, "/readyz", Payload::None, [O; 5]),
            row(M::GET, "/favicon.ico", Payload::None, [O; 5]),
            row(M::GET, "/static/favicon.svg", Payload::None, [O; 5]),
        ],
        true,
    )
    .await;
}

#[tokio::test]
async fn api_schemes_and_proposals() {
    use Method as M;
    let admin_only = [L, O, F, F, F];
    check(
        vec![
            row(M::GET, "/api/v1/schemes", Payload::None, [O; 5]),
            row(
                M::POST,
                "/api/v1/schemes",
                Payload::Json(
                    r#"{"code": "DK2040", "country": "dk", "title": "Ny", "language": "da",
                        "rules": {"networks_allowed": true, "allowed_kinds": ["municipality"], "score_scale_max": 5}}"#,
                ),
                admin_only,
            ),
            row(M::GET, "/api/v1/schemes/{scheme}", Payload::None, [O; 5]),
            row(
                M::GET,
                "/api/v1/schemes/{proposals_scheme}",
                Payload::None,
                [L, O, O, O, O],
            ),
            row(
                M::GET,
                "/api/v1/schemes/{draft_scheme}",
                Payload::None,
                [L, O, F, F, F],
            ),
            row(
                M::PATCH,
                "/api/v1/schemes/{scheme}",
                Payload::Json(
                    r#"{"title": "Nyt navn", "language": "da", "invitation": "Tekst", "publish_applications": true}"#,
                ),
                admin_only,
            ),
            row(
                M::PUT,
                "/api/v1/schemes/{scheme}/rules",
                Payload::Json(RULES),
                admin_only,
            ),
            row(
                M::POST,
                "/api/v1/schemes/{scheme}/status",
                Payload::Json(r#"{"status": "closed", "reason": "Runden er slut"}"#),
                admin_only,
            ),
            row(
                M::POST,
                "/api/v1/schemes/{scheme}/themes",
                Payload::Json(r#"{"title": "Klima"}"#),
                admin_only,
            ),
            row(
                M::POST,
                "/api/v1/schemes/{scheme}/rounds",
                Payload::Json(
                    r#"{"number": 3, "opens": "2030-01-01", "deadline": "2030-04-01", "time_zone": "Europe/Copenhagen"}"#,
                ),
                admin_only,
            ),
            row(
                M::GET,
                "/api/v1/schemes/{proposals_scheme}/proposals",
                Payload::None,
                [L, O, O, O, O],
            ),
            row(
                M::POST,
                "/api/v1/schemes/{proposals_scheme}/proposals",
                Payload::Json(r#"{"title": "Mindre bureaukrati", "description": "Færre krav."}"#),
                [L, F, O, F, F],
            ),
            row(
                M::GET,
                "/api/v1/schemes/{proposals_scheme}/proposals.csv",
                Payload::None,
                admin_only,
            ),
            row(
                M::POST,
                "/api/v1/proposals/{proposal}/endorse",
                Payload::None,
                [L, F, O, F, F],
            ),
            row(
                M::POST,
                "/api/v1/proposals/{proposal}/adopt",
                Payload::Json(r#"{"priority": true}"#),
                admin_only,
            ),
            row(
                M::POST,
                "/api/v1/proposals/{proposal}/decline",
                Payload::Json(r#"{"reason": "Uden for ordningen"}"#),
                admin_only,
            ),
        ],
        true,
    )
    .await;
}

#[tokio::test]
async fn api_applications_and_journal() {
    use Method as M;
    let lead_only = [L, F, O, F, F];
    check(
        vec![
            row(
                M::GET,
                "/api/v1/rounds/{round}/applications",
                Payload::None,
                [O; 5],
            ),
            row(M::GET, "/api/v1/applications", Payload::None, [O; 5]),
            row(
                M::POST,
                "/api/v1/applications",
                Payload::Json(r#"{"round_id": {round}}"#),
                lead_only,
            ),
            row(
                M::GET,
                "/api/v1/applications/{draft}",
                Payload::None,
                lead_only,
            ),
            row(
                M::GET,
                "/api/v1/applications/{submitted}",
                Payload::None,
                [L, O, O, F, F],
            ),
            row(
                M::PUT,
                "/api/v1/applications/{draft}",
                Payload::Json(
                    r#"{"version": 1, "content": {"title": "Ny titel", "themes": [{theme}]}}"#,
                ),
                lead_only,
            ),
            // Deleting a draft through the API: its applicant only; the row's draft is gone
            // for the visitors after them.
            row(
                M::DELETE,
                "/api/v1/applications/{draft}",
                Payload::None,
                [L, F, O, N, N],
            ),
            row(
                M::GET,
                "/api/v1/applications/{draft}/eligibility",
                Payload::None,
                lead_only,
            ),
            row(
                M::GET,
                "/api/v1/applications/{submitted}/eligibility",
                Payload::None,
                [L, O, O, F, F],
            ),
            row(
                M::POST,
                "/api/v1/applications/{submitted}/submit",
                Payload::Json("{}"),
                lead_only,
            ),
            row(
                M::POST,
                "/api/v1/applications/{submitted}/withdraw",
                Payload::Json(r#"{"reason": "Vi trækker den"}"#),
                lead_only,
            ),
            row(
                M::GET,
                "/api/v1/journal/application/{submitted}",
                Payload::None,
                [L, O, F, F, F],
            ),
            row(
                M::GET,
                "/api/v1/journal/scheme/{scheme}",
                Payload::None,
                [L, O, F, F, F],
            ),
        ],
        true,
    )
    .await;
}

#[tokio::test]
async fn pages_accounts_and_registry() {
    use Method as M;
    check(
        vec![
            row(M::GET, "/", Payload::None, [O; 5]),
            row(M::GET, "/login", Payload::None, [O; 5]),
            row(M::POST, "/logout", Payload::None, [O; 5]),
            // No provider is configured here: signing in through one is not found.
            row(M::GET, "/login/oidc/idporten", Payload::None, [N; 5]),
            row(
                M::GET,
                "/login/oidc/idporten/callback",
                Payload::None,
                [N; 5],
            ),
            row(
                M::POST,
                "/language",
                Payload::Form(&[("lang", "sv")]),
                [O; 5],
            ),
            row(M::GET, "/account", Payload::None, [L, O, O, O, O]),
            row(
                M::POST,
                "/account",
                Payload::Form(&[("name", "Nyt Navn"), ("language", "da")]),
                [L, O, O, O, O],
            ),
            row(
                M::POST,
                "/account/password",
                Payload::Form(&[
                    ("current_password", common::PASSWORD),
                    ("new_password", "another long password"),
                    ("confirm_password", "another long password"),
                ]),
                [L, O, O, O, O],
            ),
            row(
                M::POST,
                "/account/tokens",
                Payload::Form(&[("name", "laptop")]),
                [L, O, O, O, O],
            ),
            row(
                M::POST,
                "/account/tokens/999999/revoke",
                Payload::None,
                [L, N, N, N, N],
            ),
            row(M::GET, "/account/security", Payload::None, [L, O, O, O, O]),
            row(
                M::POST,
                "/account/sessions/no-such-session/end",
                Payload::None,
                [L, N, N, N, N],
            ),
            row(
                M::GET,
                "/account/second-factor",
                Payload::None,
                [L, O, O, O, O],
            ),
            row(M::GET, "/organisations", Payload::None, [O; 5]),
            row(M::GET, "/organisations/dk/751", Payload::None, [O; 5]),
            row(
                M::GET,
                "/rule-finder?jurisdiction=dk&description=handleplan&q=handleplan",
                Payload::None,
                [O; 5],
            ),
            row(M::GET, "/provisions/{provision}", Payload::None, [O; 5]),
            row(M::GET, "/acts/{act}", Payload::None, [O; 5]),
            // Decisions and trials.
            row(
                M::GET,
                "/applications/{submitted}/decide",
                Payload::None,
                [L, O, F, F, F],
            ),
            // The form's first step shows the summary to confirm; the second records it.
            row_relaxed(
                M::POST,
                "/applications/{submitted}/decide",
                Payload::Form(&[("outcome", "rejected"), ("reasons", "Outside the scheme.")]),
                [L, O, F, F, F],
            ),
            row_relaxed(
                M::POST,
                "/applications/{submitted}/decide",
                Payload::Form(&[
                    ("outcome", "rejected"),
                    ("reasons", "Outside the scheme."),
                    ("confirmed", "1"),
                ]),
                [L, O, F, F, F],
            ),
            row_pending(
                M::POST,
                "/applications/{submitted}/decision/approve",
                Payload::Form(&[]),
                [L, O, F, F, F],
            ),
            row(
                M::GET,
                "/schemes/{scheme}/decision-settings",
                Payload::None,
                [L, O, F, F, F],
            ),
            row(
                M::POST,
                "/schemes/{scheme}/decision-settings",
                Payload::Form(&[
                    ("safeguards", "1"),
                    ("legal_basis", "forsøgsbekendtgørelsen"),
                ]),
                [L, O, F, F, F],
            ),
            row(
                M::GET,
                "/applications/{submitted}/decision",
                Payload::None,
                [N; 5],
            ),
            row(
                M::GET,
                "/applications/{submitted}/decision/letter",
                Payload::None,
                [N; 5],
            ),
            row(
                M::GET,
                "/applications/{submitted}/decision/letter.pdf",
                Payload::None,
                [N; 5],
            ),
            row(M::GET, "/decisions", Payload::None, [O; 5]),
            row(M::GET, "/decisions.atom", Payload::None, [O; 5]),
            row(
                M::GET,
                "/decisions?scheme={scheme}&country=dk&outcome=approved&year=2026",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/decisions.atom?outcome=rejected",
                Payload::None,
                [O; 5],
            ),
            row(M::GET, "/trials/999999", Payload::None, [N; 5]),
            // Open data (issue 17): the page is everybody's; this world has no build yet,
            // so every file is missing for everybody alike, and a scheme the public may not
            // see has none (tests/open_data.rs serves built files).
            row(M::GET, "/open-data", Payload::None, [O; 5]),
            row(M::GET, "/open-data/frirum.zip", Payload::None, [N; 5]),
            row(M::GET, "/open-data/secret.zip", Payload::None, [N; 5]),
            row(
                M::GET,
                "/schemes/{scheme}/open-data.json",
                Payload::None,
                [N; 5],
            ),
            row(
                M::GET,
                "/schemes/{draft_scheme}/open-data.zip",
                Payload::None,
                [N; 5],
            ),
            row(
                M::GET,
                "/schemes/{draft_scheme}/open-data.xlsx",
                Payload::None,
                [N; 5],
            ),
            // The public register's statistics and each scheme's feeds (issue 17): the
            // public's, whoever asks; a scheme the public may not see has none.
            row(M::GET, "/statistics", Payload::None, [O; 5]),
            row(M::GET, "/statistics?scheme={scheme}", Payload::None, [O; 5]),
            row(
                M::GET,
                "/statistics?scheme={draft_scheme}",
                Payload::None,
                [N; 5],
            ),
            row(
                M::GET,
                "/statistics/trials-by-status.csv",
                Payload::None,
                [O; 5],
            ),
            row(M::GET, "/statistics/nothing.csv", Payload::None, [N; 5]),
            row(
                M::GET,
                "/schemes/{scheme}/feeds/decisions.atom",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/schemes/{scheme}/feeds/trials.atom",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/schemes/{scheme}/feeds/evaluations.atom",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/schemes/{scheme}/feeds/outcomes.atom",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/schemes/{scheme}/feeds/nothing.atom",
                Payload::None,
                [N; 5],
            ),
            row(
                M::GET,
                "/schemes/{draft_scheme}/feeds/decisions.atom",
                Payload::None,
                [N; 5],
            ),
            row(M::GET, "/trials?q=x&provision=1", Payload::None, [O; 5]),
            // Trials in operation (issue 13).
            row(M::GET, "/trials", Payload::None, [O; 5]),
            row_trial(M::GET, "/trials/{trial}", Payload::None, [O; 5]),
            // Local regulations (issue 13, item 1): a draft's text is for insiders.
            row_trial(
                M::GET,
                "/trials/{trial}/regulations/{participant}",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/trials/999999/regulations/1",
                Payload::None,
                [N; 5],
            ),
            row_trial(
                M::GET,
                "/trials/{trial}/regulations/{participant}/print",
                Payload::None,
                [N, O, O, N, O],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/regulations/{participant}",
                Payload::Form(&[("version", "{regulation_version}"), ("text", "§ 1 Formål")]),
                [L, O, O, F, F],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/regulations/{participant}/adoption",
                Payload::Form(&[
                    ("version", "{regulation_version}"),
                    ("adopted_on", "2025-01-15"),
                    ("body", "Kommunalbestyrelsen"),
                    ("reference", "Sag 1"),
                    ("in_force_from", "2027-01-01"),
                ]),
                [L, O, O, F, F],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/regulations/{participant}/approval",
                Payload::Form(&[("version", "{regulation_version}")]),
                [L, O, F, F, F],
            ),
            row(
                M::GET,
                "/schemes/{scheme}/regulations",
                Payload::None,
                [L, O, F, F, F],
            ),
            row(
                M::POST,
                "/schemes/{scheme}/regulations",
                Payload::Form(&[("requires_approval", "true")]),
                [L, O, F, F, F],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/status",
                Payload::Form(&[("step", "start"), ("on", "2027-01-04"), ("version", "1")]),
                [L, O, F, F, F],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/researchers",
                Payload::Form(&[("user_id", "{researcher}")]),
                [L, O, F, F, F],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/researchers/{researcher}/remove",
                Payload::Form(&[("confirm", "1")]),
                [L, O, F, F, F],
            ),
            row(M::GET, "/admin/users", Payload::None, [L, O, F, F, F]),
            row(
                M::POST,
                "/admin/users",
                Payload::Form(&[
                    ("email", "ny@frirum.example"),
                    ("name", "Ny"),
                    ("role", "assessor"),
                    ("password", "long enough pw"),
                ]),
                [L, O, F, F, F],
            ),
            row(M::GET, "/admin/registry", Payload::None, [L, O, F, F, F]),
            row(M::GET, "/admin/law-sync", Payload::None, [L, O, F, F, F]),
            row(M::GET, "/admin/operations", Payload::None, [L, O, F, F, F]),
            row(
                M::POST,
                "/admin/law-sync",
                Payload::Form(&[("confirm", "1")]),
                [L, O, F, F, F],
            ),
            row(
                M::POST,
                "/admin/registry",
                Payload::Multipart,
                [L, O, F, F, F],
            ),
        ],
        false,
    )
    .await;
}

#[tokio::test]
async fn pages_schemes_and_proposals() {
    use Method as M;
    let admin_only = [L, O, F, F, F];
    check(
        vec![
            row(M::GET, "/schemes", Payload::None, [O; 5]),
            row(M::GET, "/schemes/new", Payload::None, admin_only),
            row(
                M::POST,
                "/schemes",
                Payload::Form(&[
                    ("code", "DK2040"),
                    ("country", "dk"),
                    ("title", "Ny ordning"),
                    ("language", "da"),
                ]),
                admin_only,
            ),
            row(M::GET, "/schemes/{scheme}", Payload::None, [O; 5]),
            row(
                M::GET,
                "/schemes/{proposals_scheme}",
                Payload::None,
                [L, O, O, O, O],
            ),
            row(M::GET, "/schemes/{draft_scheme}", Payload::None, admin_only),
            row(
                M::POST,
                "/schemes/{scheme}/status",
                Payload::Form(&[("status", "closed"), ("reason", "Slut")]),
                admin_only,
            ),
            row(
                M::POST,
                "/schemes/{scheme}/themes",
                Payload::Form(&[("title", "Klima")]),
                admin_only,
            ),
            row(
                M::POST,
                "/schemes/{scheme}/rounds",
                Payload::Form(&[
                    ("number", "3"),
                    ("opens", "2030-01-01"),
                    ("deadline", "2030-04-01"),
                    ("time_zone", "Europe/Copenhagen"),
                ]),
                admin_only,
            ),
            row(
                M::POST,
                "/schemes/{scheme}/rules",
                Payload::Form(&[
                    ("rules_version", "1"),
                    ("min_population", "400000"),
                    ("networks_allowed", "on"),
                    ("kind_municipality", "on"),
                    ("score_scale_max", "5"),
                    ("reason", "Rettelse"),
                ]),
                admin_only,
            ),
            row(
                M::GET,
                "/schemes/{proposals_scheme}/proposals",
                Payload::None,
                [L, O, O, O, O],
            ),
            row(
                M::POST,
                "/schemes/{proposals_scheme}/proposals",
                Payload::Form(&[
                    ("title", "Mindre bureaukrati"),
                    ("description", "Færre krav."),
                ]),
                [L, F, O, F, F],
            ),
            row(
                M::GET,
                "/schemes/{proposals_scheme}/proposals.csv",
                Payload::None,
                admin_only,
            ),
            row(
                M::POST,
                "/proposals/{proposal}/endorse",
                Payload::None,
                [L, F, O, F, F],
            ),
            row(
                M::POST,
                "/proposals/{proposal}/decide",
                Payload::Form(&[("decision", "decline"), ("reason", "Uden for ordningen")]),
                admin_only,
            ),
            row(M::GET, "/rounds/{round}", Payload::None, [O; 5]),
            row(
                M::GET,
                "/journal/scheme/{scheme}",
                Payload::None,
                admin_only,
            ),
        ],
        false,
    )
    .await;
}

#[tokio::test]
async fn pages_applications() {
    use Method as M;
    let lead_only = [L, F, O, F, F];
    let submitted_readers = [L, O, O, F, F];
    check(
        vec![
            row(M::POST, "/rounds/{round}/apply", Payload::None, lead_only),
            row(M::GET, "/applications", Payload::None, [L, O, O, O, O]),
            row(M::GET, "/applications/{draft}", Payload::None, lead_only),
            row(
                M::GET,
                "/applications/{submitted}",
                Payload::None,
                submitted_readers,
            ),
            row(
                M::GET,
                "/applications/{draft}/edit",
                Payload::None,
                lead_only,
            ),
            row(
                M::POST,
                "/applications/{draft}/edit",
                Payload::Form(&[("version", "1"), ("title", "Ny titel")]),
                lead_only,
            ),
            row(
                M::POST,
                "/applications/{submitted}/submit",
                Payload::Form(&[]),
                lead_only,
            ),
            // The confirmation before submitting (fix-3), for the draft's applicant.
            row(
                M::GET,
                "/applications/{draft}/submit",
                Payload::None,
                lead_only,
            ),
            // Deleting a draft (part F): a confirmation, then the deletion, for its applicant.
            row(
                M::GET,
                "/applications/{draft}/delete",
                Payload::None,
                lead_only,
            ),
            // The visitors share the row's application: once its applicant (third) has
            // deleted the draft, it is not there for those after (the confirmation's row
            // above shows they are refused by the same rule).
            row(
                M::POST,
                "/applications/{draft}/delete",
                Payload::Form(&[]),
                [L, F, O, N, N],
            ),
            row(
                M::POST,
                "/applications/{submitted}/withdraw",
                Payload::Form(&[("reason", "Vi trækker den")]),
                lead_only,
            ),
            row(
                M::GET,
                "/applications/{submitted}/receipt",
                Payload::None,
                submitted_readers,
            ),
            row(
                M::GET,
                "/applications/{submitted}/print",
                Payload::None,
                submitted_readers,
            ),
            row(
                M::GET,
                "/journal/application/{submitted}",
                Payload::None,
                [L, O, F, F, F],
            ),
        ],
        false,
    )
    .await;
}

#[tokio::test]
async fn api_review() {
    use Method as M;
    // The fixture's assessor is assigned to nothing, so is refused; an assigned one screens
    // (tests/screening.rs).
    let screeners = [L, O, F, F, F];
    check(
        vec![
            row(
                M::GET,
                "/api/v1/applications/{submitted}/screening",
                Payload::None,
                screeners,
            ),
            row(
                M::GET,
                "/api/v1/applications/{draft}/screening",
                Payload::None,
                [L, N, F, N, F],
            ),
            row(
                M::PUT,
                "/api/v1/applications/{submitted}/screening/0",
                Payload::Json(r#"{"outcome": "conflict", "reason": "Strider mod grundloven"}"#),
                screeners,
            ),
            row(
                M::GET,
                "/api/v1/applications/{submitted}/clarifications",
                Payload::None,
                [L, O, O, F, F],
            ),
            row(
                M::POST,
                "/api/v1/applications/{submitted}/clarifications",
                Payload::Json(r#"{"question": "Hvilke regler står i vejen?"}"#),
                [L, O, F, F, F],
            ),
            row_open(
                M::POST,
                "/api/v1/applications/{submitted}/clarifications/{question}/answer",
                Payload::Json(r#"{"answer": "Serviceloven § 141."}"#),
                [L, F, O, F, F],
            ),
            row_open(
                M::PUT,
                "/api/v1/applications/{submitted}/exemptions",
                Payload::Json(
                    r#"{"version": {submitted_version}, "exemptions": [], "reason": "Ikke nødvendige"}"#,
                ),
                [L, O, O, F, F],
            ),
        ],
        true,
    )
    .await;
}

#[tokio::test]
async fn pages_review() {
    use Method as M;
    // The fixture's assessor is assigned to nothing, so is refused; an assigned one screens
    // (tests/screening.rs).
    let screeners = [L, O, F, F, F];
    check(
        vec![
            row(
                M::GET,
                "/applications/{submitted}/screening",
                Payload::None,
                screeners,
            ),
            row(
                M::POST,
                "/applications/{submitted}/screening",
                Payload::Form(&[
                    ("item", "0"),
                    ("outcome", "no_conflict"),
                    ("reason", "I orden"),
                ]),
                screeners,
            ),
            row(
                M::GET,
                "/applications/{submitted}/clarification",
                Payload::None,
                [L, O, O, F, F],
            ),
            row(
                M::POST,
                "/applications/{submitted}/clarification",
                Payload::Form(&[("question", "Hvem koordinerer?")]),
                [L, O, F, F, F],
            ),
            row_open(
                M::POST,
                "/applications/{submitted}/clarification/{question}/answer",
                Payload::Form(&[("answer", "Sagsbehandleren.")]),
                [L, F, O, F, F],
            ),
            row_open(
                M::POST,
                "/applications/{submitted}/exemptions/remove",
                Payload::Form(&[
                    ("index", "0"),
                    ("version", "{submitted_version}"),
                    ("reason", "Dobbelt"),
                ]),
                [L, O, O, F, F],
            ),
            row(
                M::GET,
                "/applications/{draft}/suggest",
                Payload::None,
                [L, F, O, F, F],
            ),
            row(
                M::POST,
                "/applications/{draft}/exemptions",
                Payload::Form(&[("provision_id", "{provision}"), ("version", "1")]),
                [L, F, O, F, F],
            ),
            row_open(
                M::GET,
                "/applications/{submitted}/suggest",
                Payload::None,
                [L, O, O, F, F],
            ),
            row_open(
                M::POST,
                "/applications/{submitted}/exemptions",
                Payload::Form(&[
                    ("provision_id", "{provision}"),
                    ("version", "{submitted_version}"),
                ]),
                [L, O, O, F, F],
            ),
        ],
        false,
    )
    .await;
}

// --- Assessment (issue 5): assessors, scoring, ranking -------------------------------------
// The fixture's assessor is assigned to nothing, so every assessor row is refused; the
// assigned and conflicted cases are in tests/assessment.rs.

const SCORES: &str = r#"{"scores": [{"criterion": "Ambitiøst", "score": 3, "comment": "Fint"}]}"#;

#[tokio::test]
async fn api_assessment() {
    use Method as M;
    let admin_only = [L, O, F, F, F];
    check(
        vec![
            row(
                M::GET,
                "/api/v1/me/assignments",
                Payload::None,
                [L, F, F, O, F],
            ),
            row(
                M::GET,
                "/api/v1/applications/{submitted}/assessment",
                Payload::None,
                admin_only,
            ),
            row(
                M::PUT,
                "/api/v1/applications/{submitted}/scores",
                Payload::Json(SCORES),
                [L, F, F, F, F],
            ),
            row(
                M::PUT,
                "/api/v1/applications/{submitted}/consensus",
                // Clearing: recording one waits for the assessors' submissions.
                Payload::Json(r#"{"scores": []}"#),
                admin_only,
            ),
            row(
                M::POST,
                "/api/v1/applications/{submitted}/notes",
                Payload::Json(r#"{"body": "Er baseline fra 2023?"}"#),
                admin_only,
            ),
            row(
                M::POST,
                "/api/v1/applications/{submitted}/conflict",
                Payload::Json(r#"{"reason": "Min søster leder projektet"}"#),
                [L, F, F, F, F],
            ),
            // Part D: the statement of no conflict, the submission, requests for a consensus.
            row(
                M::POST,
                "/api/v1/applications/{submitted}/no-conflict",
                Payload::None,
                [L, F, F, F, F],
            ),
            row(
                M::POST,
                "/api/v1/applications/{submitted}/assessment/submission",
                Payload::None,
                [L, F, F, F, F],
            ),
            row(
                M::POST,
                "/api/v1/applications/{submitted}/consensus-requests",
                Payload::Json(r#"{"message": "Mød op mandag"}"#),
                admin_only,
            ),
            row(
                M::POST,
                "/api/v1/applications/{submitted}/assessors",
                Payload::Json(r#"{"assessor_ids": [{assessor}]}"#),
                admin_only,
            ),
            row(
                M::DELETE,
                "/api/v1/applications/{submitted}/assessors/{assessor}",
                Payload::None,
                [L, N, F, F, F],
            ),
            row(
                M::POST,
                "/api/v1/rounds/{round}/assignments",
                Payload::Json(
                    r#"{"application_ids": [{submitted}], "assessor_ids": [{assessor}]}"#,
                ),
                admin_only,
            ),
            row(
                M::GET,
                "/api/v1/rounds/{round}/ranking",
                Payload::None,
                admin_only,
            ),
        ],
        true,
    )
    .await;
}

#[tokio::test]
async fn pages_assessment() {
    use Method as M;
    let admin_only = [L, O, F, F, F];
    check(
        vec![
            row(M::GET, "/assessments", Payload::None, [L, F, F, O, F]),
            row(
                M::GET,
                "/applications/{submitted}/assessment",
                Payload::None,
                admin_only,
            ),
            row(
                M::POST,
                "/applications/{submitted}/assessment/scores",
                Payload::Form(&[("score_0", "3"), ("comment_0", "Fint")]),
                [L, F, F, F, F],
            ),
            row(
                M::POST,
                "/applications/{submitted}/assessment/consensus",
                Payload::Form(&[]),
                admin_only,
            ),
            row(
                M::POST,
                "/applications/{submitted}/assessment/notes",
                Payload::Form(&[("body", "Er baseline fra 2023?")]),
                admin_only,
            ),
            row(
                M::POST,
                "/applications/{submitted}/assessment/conflict",
                Payload::Form(&[("reason", "Min søster leder projektet")]),
                [L, F, F, F, F],
            ),
            // Part D: the statement of no conflict, the submission, requests for a consensus.
            row(
                M::POST,
                "/applications/{submitted}/assessment/statement",
                Payload::Form(&[]),
                [L, F, F, F, F],
            ),
            row(
                M::POST,
                "/applications/{submitted}/assessment/submit",
                Payload::Form(&[("score_0", "3")]),
                [L, F, F, F, F],
            ),
            row(
                M::POST,
                "/applications/{submitted}/assessment/consensus-request",
                Payload::Form(&[("message", "Mød op mandag")]),
                admin_only,
            ),
            row(
                M::POST,
                "/applications/{submitted}/assessment/assessors",
                Payload::Form(&[("assessor_ids", "{assessor}")]),
                admin_only,
            ),
            row(
                M::POST,
                "/applications/{submitted}/assessment/assessors/{assessor}/remove",
                Payload::Form(&[]),
                [L, N, F, F, F],
            ),
            row(M::GET, "/rounds/{round}/ranking", Payload::None, admin_only),
            row(
                M::POST,
                "/rounds/{round}/assignments",
                Payload::Form(&[
                    ("application_ids", "{submitted}"),
                    ("assessor_ids", "{assessor}"),
                ]),
                admin_only,
            ),
            row(
                M::GET,
                "/rounds/{round}/ranking.csv",
                Payload::None,
                admin_only,
            ),
            row(
                M::GET,
                "/rounds/{round}/ranking.xlsx",
                Payload::None,
                admin_only,
            ),
        ],
        false,
    )
    .await;
}

// --- Notifications ---------------------------------------------------------------------------

#[tokio::test]
async fn api_notifications() {
    use Method as M;
    check(
        vec![
            row(
                M::GET,
                "/api/v1/me/notifications",
                Payload::None,
                [L, O, O, O, O],
            ),
            // Nobody's notification: the same answer as another person's.
            row(
                M::POST,
                "/api/v1/me/notifications/999999/read",
                Payload::None,
                [L, N, N, N, N],
            ),
        ],
        true,
    )
    .await;
}

#[tokio::test]
async fn pages_notifications() {
    use Method as M;
    check(
        vec![
            row(M::GET, "/notifications", Payload::None, [L, O, O, O, O]),
            row(
                M::POST,
                "/notifications/999999/read",
                Payload::None,
                [L, N, N, N, N],
            ),
            row(
                M::POST,
                "/notifications/read-all",
                Payload::None,
                [L, O, O, O, O],
            ),
        ],
        false,
    )
    .await;
}

// --- Indicators measured over time (issue 13, item 2) -----------------------------------------

/// The header of the indicators' CSV file: a file of it alone imports nothing, and is valid.
const INDICATORS_CSV: &str = "indicator_id,indicator,measure,unit,period_start,period_end,target,dimension,category,value,status,comment\n";

#[tokio::test]
async fn api_trial_indicators() {
    use Method as M;
    check(
        vec![
            // Public reading (approved values only for the public).
            row_indicators(M::GET, "/api/v1/trials/{trial}/indicators", Payload::None, [O; 5]),
            row(M::GET, "/api/v1/trials/999999/indicators", Payload::None, [N; 5]),
            // The secretariat defines and revises indicators.
            row_indicators(
                M::POST,
                "/api/v1/trials/{trial}/indicators",
                Payload::Json(
                    r#"{"title": "Klager", "measure": "unit", "unit": "klager", "ascending": false,
                        "baseline_date": null, "baseline_value": 12, "target_value": 6,
                        "target_date": null, "breakdown": null, "frequency": "yearly"}"#,
                ),
                [L, O, F, F, F],
            ),
            row_indicators(
                M::PUT,
                "/api/v1/trials/{trial}/indicators/{indicator}",
                Payload::Json(
                    r#"{"revision": 1, "reason": "Nyt mål", "definition": {"title": "Dage til afgørelse",
                        "measure": "unit", "unit": "dage", "ascending": false, "baseline_date": null,
                        "baseline_value": 40, "target_value": 15, "target_date": null,
                        "breakdown": null, "frequency": "half_yearly"}}"#,
                ),
                [L, O, F, F, F],
            ),
            // The participants' applicants report.
            row_indicators(
                M::PUT,
                "/api/v1/trials/{trial}/indicators/periods/{period}/actual",
                Payload::Json(r#"{"value": 31, "comment": "Opgjort i juni", "submit": false}"#),
                [L, F, O, F, F],
            ),
            row_indicators(
                M::POST,
                "/api/v1/trials/{trial}/indicators/import",
                Payload::Csv(INDICATORS_CSV),
                [L, F, O, F, F],
            ),
            // The secretariat and the assigned researcher review.
            row_indicators(
                M::POST,
                "/api/v1/trials/{trial}/indicators/updates/{update}/review",
                Payload::Json(r#"{"version": 1, "verdict": "approve"}"#),
                [L, O, F, F, O],
            ),
        ],
        true,
    )
    .await;
}

#[tokio::test]
async fn pages_trial_indicators() {
    use Method as M;
    check(
        vec![
            row_indicators(M::GET, "/trials/{trial}/indicators", Payload::None, [O; 5]),
            row_indicators(
                M::GET,
                "/trials/{trial}/indicators.csv",
                Payload::None,
                [O; 5],
            ),
            row(M::GET, "/trials/999999/indicators", Payload::None, [N; 5]),
            row_indicators(
                M::POST,
                "/trials/{trial}/indicators/periods/{period}",
                Payload::Form(&[
                    ("value", "31"),
                    ("comment", "Opgjort i juni"),
                    ("action", "draft"),
                ]),
                [L, F, O, F, F],
            ),
            row_indicators(
                M::POST,
                "/trials/{trial}/indicators/import",
                Payload::MultipartCsv(INDICATORS_CSV),
                [L, F, O, F, F],
            ),
            row_indicators(
                M::POST,
                "/trials/{trial}/indicators/updates/{update}/review",
                Payload::Form(&[("version", "1"), ("verdict", "approve")]),
                [L, O, F, F, O],
            ),
            row_indicators(
                M::POST,
                "/trials/{trial}/indicators/{indicator}/revise",
                Payload::Form(&[
                    ("revision", "1"),
                    ("title", "Dage til afgørelse"),
                    ("measure", "unit"),
                    ("unit", "dage"),
                    ("baseline_value", "40"),
                    ("target_value", "15"),
                    ("frequency", "half_yearly"),
                    ("reason", "Nyt mål"),
                ]),
                [L, O, F, F, F],
            ),
            row_indicators(
                M::POST,
                "/trials/{trial}/indicators/new",
                Payload::Form(&[
                    ("title", "Klager"),
                    ("measure", "unit"),
                    ("unit", "klager"),
                    ("baseline_value", "12"),
                    ("target_value", "6"),
                    ("frequency", "yearly"),
                ]),
                [L, O, F, F, F],
            ),
        ],
        false,
    )
    .await;
}

#[tokio::test]
async fn api_trial_changes() {
    use Method as M;
    check(
        vec![
            // Change requests (issue 13, items 4 and 5): the participants' applicants ask,
            // the secretariat asks or records and decides; open requests are for insiders.
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/changes",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/api/v1/trials/999999/changes",
                Payload::None,
                [N; 5],
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/changes",
                Payload::Json(
                    r#"{"proposal": {"kind": "shorten_period", "planned_end": "2029-12-31"},
                    "reason": "Færre midler"}"#,
                ),
                [L, O, O, F, F],
            ),
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/changes/{change}",
                Payload::None,
                [L, O, O, F, O],
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/changes/{change}/decision",
                Payload::Json(r#"{"approve": false, "reason": "Ikke begrundet."}"#),
                [L, O, F, F, F],
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/changes/{change}/withdraw",
                Payload::None,
                [L, F, O, F, F],
            ),
        ],
        true,
    )
    .await;
}

#[tokio::test]
async fn pages_trial_changes() {
    use Method as M;
    check(
        vec![
            // Change requests (issue 13, items 4 and 5).
            row_trial(
                M::GET,
                "/trials/{trial}/changes/new",
                Payload::None,
                [L, O, O, F, F],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/changes",
                Payload::Form(&[
                    ("kind", "shorten_period"),
                    ("planned_end", "2029-12-31"),
                    ("reason", "Færre midler"),
                ]),
                [L, O, O, F, F],
            ),
            row_trial(
                M::GET,
                "/trials/{trial}/changes/{change}",
                Payload::None,
                [L, O, O, F, O],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/changes/{change}/decision",
                Payload::Form(&[("outcome", "reject"), ("reason", "Ikke begrundet.")]),
                [L, O, F, F, F],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/changes/{change}/withdraw",
                Payload::Form(&[]),
                [L, F, O, F, F],
            ),
        ],
        false,
    )
    .await;
}

/// A trial's research plans for a row: a draft (version 1), a registered plan (version 2,
/// registered as its version 1) and a joint draft of the scheme.
async fn research_plans(app: &TestApp, trial: i64, scheme: i64) -> (i64, i64, i64) {
    use frirum_domain::journal::Actor;
    use frirum_domain::research_plan::{Design, PlanContent, PlanOwner, PlanStep};
    let store = &app.store.store;
    let now = time::OffsetDateTime::now_utc();
    let content = PlanContent {
        title: "Plan".into(),
        questions: vec!["Q".into()],
        design: Design::BeforeAfter,
        indicator_ids: Vec::new(),
        other_data: String::new(),
        analysis: "A".into(),
        embargo_until: None,
    };
    let actor = || Actor::user(1, now);
    let draft = store
        .create_research_plan(PlanOwner::Trial(trial), &content, actor())
        .await
        .unwrap();
    let registered = store
        .create_research_plan(PlanOwner::Trial(trial), &content, actor())
        .await
        .unwrap();
    store
        .write_research_plan(registered.id, 1, &content, PlanStep::Register, actor())
        .await
        .unwrap()
        .unwrap();
    let joint = store
        .create_research_plan(PlanOwner::Scheme(scheme), &content, actor())
        .await
        .unwrap();
    (draft.id, registered.id, joint.id)
}

/// Stimulus funds (issue 13, item 7): budgets and a trial's funds are public; the
/// secretariat sets budgets, grants and pays; the participants' applicants report spending.
#[tokio::test]
async fn api_funds() {
    use Method as M;
    let admin_only = [L, O, F, F, F];
    check(
        vec![
            row(
                M::GET,
                "/api/v1/schemes/{scheme}/budget",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/api/v1/schemes/{draft_scheme}/budget",
                Payload::None,
                [L, O, F, F, F],
            ),
            row(
                M::PUT,
                "/api/v1/schemes/{scheme}/budget",
                Payload::Json(r#"{"currency": "DKK", "total": 100000000}"#),
                admin_only,
            ),
            row(
                M::DELETE,
                "/api/v1/schemes/{scheme}/budget",
                Payload::None,
                admin_only,
            ),
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/funds",
                Payload::None,
                [O; 5],
            ),
            row(M::GET, "/api/v1/trials/999999/funds", Payload::None, [N; 5]),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/funds/grants",
                Payload::Json(r#"{"amount_awarded": 100, "award_date": "2027-02-01"}"#),
                admin_only,
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/funds/transactions",
                Payload::Json(r#"{"grant_id": 1, "transaction_date": "2027-02-01", "value": 100}"#),
                admin_only,
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/funds/spending",
                Payload::Json(
                    r#"{"period_start": "2027-01-01", "period_end": "2027-06-30",
                    "amount": 100, "purpose": "Kurser"}"#,
                ),
                [L, F, O, F, F],
            ),
        ],
        true,
    )
    .await;
}

/// The funds' pages, by the same rules as their API.
#[tokio::test]
async fn pages_funds() {
    use Method as M;
    let admin_only = [L, O, F, F, F];
    check(
        vec![
            row(M::GET, "/schemes/{scheme}/budget", Payload::None, [O; 5]),
            row(
                M::GET,
                "/schemes/{draft_scheme}/budget",
                Payload::None,
                [L, O, F, F, F],
            ),
            row(
                M::POST,
                "/schemes/{scheme}/budget",
                Payload::Form(&[
                    ("currency", "DKK"),
                    ("total", "1 000 000"),
                    ("action", "save"),
                ]),
                admin_only,
            ),
            row_trial(M::GET, "/trials/{trial}/funds", Payload::None, [O; 5]),
            row(M::GET, "/trials/999999/funds", Payload::None, [N; 5]),
            row_trial(
                M::POST,
                "/trials/{trial}/funds/allocations",
                Payload::Form(&[("amount_awarded", "100"), ("award_date", "2027-02-01")]),
                admin_only,
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/funds/payments",
                Payload::Form(&[
                    ("allocation_id", "1"),
                    ("amount", "1"),
                    ("paid_on", "2027-02-01"),
                ]),
                admin_only,
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/funds/spending",
                Payload::Form(&[
                    ("period_start", "2027-01-01"),
                    ("period_end", "2027-06-30"),
                    ("amount", "1"),
                    ("purpose", "Kurser"),
                ]),
                [L, F, O, F, F],
            ),
        ],
        false,
    )
    .await;
}

/// Status reports (issue 13, item 3): the public reads accepted reports only; the
/// participants' applicants write and submit; the secretariat accepts, returns and sets the
/// schedule; the assigned researcher reads them all.
#[tokio::test]
async fn api_reports() {
    use Method as M;
    let admin_only = [L, O, F, F, F];
    let participants = [L, F, O, F, F];
    check(
        vec![
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/reports",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/api/v1/trials/999999/reports",
                Payload::None,
                [N; 5],
            ),
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/reports/{report}",
                Payload::None,
                [N, O, O, N, O],
            ),
            row_trial(
                M::PUT,
                "/api/v1/trials/{trial}/reports/{report}",
                Payload::Json(r#"{"version": 1, "content": {"progress": "Godt i gang."}}"#),
                participants,
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/reports/{report}/submit",
                Payload::Json(r#"{"version": 1, "content": {"progress": "Godt i gang."}}"#),
                participants,
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/reports/{report}/accept",
                Payload::Json(r#"{"version": 2}"#),
                admin_only,
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/reports/{report}/return",
                Payload::Json(r#"{"version": 2, "comment": "Tilføj tallene."}"#),
                admin_only,
            ),
            row(
                M::GET,
                "/api/v1/schemes/{scheme}/reporting",
                Payload::None,
                admin_only,
            ),
            row(
                M::PUT,
                "/api/v1/schemes/{scheme}/reporting",
                Payload::Json(
                    r#"{"every_months": 12, "final_after_days": 90, "grace_days": 60,
                    "remind_before_days": 14, "remind_after_days": 7}"#,
                ),
                admin_only,
            ),
        ],
        true,
    )
    .await;
}

/// The reports' pages, by the same rules as their API.
#[tokio::test]
async fn pages_reports() {
    use Method as M;
    let admin_only = [L, O, F, F, F];
    check(
        vec![
            row_trial(
                M::GET,
                "/trials/{trial}/reports/{report}",
                Payload::None,
                [N, O, O, N, O],
            ),
            row(M::GET, "/trials/999999/reports/1", Payload::None, [N; 5]),
            row_trial(
                M::POST,
                "/trials/{trial}/reports/{report}",
                Payload::Form(&[
                    ("version", "1"),
                    ("progress", "Godt i gang."),
                    ("action", "save"),
                ]),
                [L, F, O, F, F],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/reports/{report}/decision",
                Payload::Form(&[("version", "2"), ("decision", "accept")]),
                admin_only,
            ),
            row(
                M::GET,
                "/schemes/{scheme}/reporting",
                Payload::None,
                admin_only,
            ),
            row(
                M::POST,
                "/schemes/{scheme}/reporting",
                Payload::Form(&[
                    ("every_months", "6"),
                    ("final_after_days", "90"),
                    ("grace_days", "60"),
                    ("remind_before_days", "14"),
                    ("remind_after_days", "7"),
                ]),
                admin_only,
            ),
        ],
        false,
    )
    .await;
}

#[tokio::test]
async fn api_trial_documents() {
    use Method as M;
    check(
        vec![
            // Everybody lists (the public sees the public ones).
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/documents",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/api/v1/trials/999999/documents",
                Payload::None,
                [N; 5],
            ),
            // The participants' applicants and the secretariat upload.
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/documents",
                Payload::MultipartPdf,
                [L, O, O, F, F],
            ),
            // A private document is for the trial's people; a public one for all.
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/documents/{document}",
                Payload::None,
                [L, O, O, F, O],
            ),
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/documents/{public_document}",
                Payload::None,
                [O; 5],
            ),
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/documents/999999",
                Payload::None,
                [N; 5],
            ),
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/documents/{document}/content",
                Payload::None,
                [L, O, O, F, O],
            ),
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/documents/{public_document}/content",
                Payload::None,
                [O; 5],
            ),
            // The secretariat publishes.
            row_trial(
                M::PUT,
                "/api/v1/trials/{trial}/documents/{document}/public",
                Payload::Json(r#"{"public": true}"#),
                [L, O, F, F, F],
            ),
        ],
        true,
    )
    .await;
}

#[tokio::test]
async fn pages_trial_documents() {
    use Method as M;
    check(
        vec![
            row_trial(
                M::GET,
                "/trials/{trial}/documents/new",
                Payload::None,
                [L, O, O, F, F],
            ),
            row(
                M::GET,
                "/trials/999999/documents/new",
                Payload::None,
                [N; 5],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/documents",
                Payload::MultipartPdf,
                [L, O, O, F, F],
            ),
            row_trial(
                M::GET,
                "/trials/{trial}/documents/{document}",
                Payload::None,
                [L, O, O, F, O],
            ),
            row_trial(
                M::GET,
                "/trials/{trial}/documents/{public_document}",
                Payload::None,
                [O; 5],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/documents/{document}/public",
                Payload::Form(&[("public", "true"), ("confirm_public", "1")]),
                [L, O, F, F, F],
            ),
        ],
        false,
    )
    .await;
}

/// Research plans (issue 14, item 2): registered plans are public, drafts only to the
/// secretariat and the assigned researchers; only assigned researchers write (the test
/// researcher follows the trial, not the whole scheme).
#[tokio::test]
async fn api_research_plans() {
    use Method as M;
    const PLAN: &str =
        r#"{"title": "T", "questions": ["Q"], "design": "before_after", "analysis": "A"}"#;
    check(
        vec![
            row_trial(M::GET, "/api/v1/trials/{trial}/plans", Payload::None, [O; 5]),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/plans",
                Payload::Json(PLAN),
                [L, F, F, F, O],
            ),
            row_trial(M::GET, "/api/v1/schemes/{scheme}/plans", Payload::None, [O; 5]),
            row_trial(
                M::POST,
                "/api/v1/schemes/{scheme}/plans",
                Payload::Json(PLAN),
                [L, F, F, F, F],
            ),
            row_trial(M::GET, "/api/v1/plans/{plan}", Payload::None, [L, O, F, F, O]),
            row_trial(M::GET, "/api/v1/plans/{registered_plan}", Payload::None, [O; 5]),
            row_trial(M::GET, "/api/v1/plans/{scheme_plan}", Payload::None, [L, O, F, F, F]),
            row(M::GET, "/api/v1/plans/999999", Payload::None, [N; 5]),
            row_trial(
                M::PUT,
                "/api/v1/plans/{plan}",
                Payload::Json(
                    r#"{"version": 1, "content": {"title": "T2", "questions": ["Q"], "design": "other", "analysis": "A"}}"#,
                ),
                [L, F, F, F, O],
            ),
            row_trial(
                M::POST,
                "/api/v1/plans/{plan}/register",
                Payload::Json(r#"{"version": 1, "confirm": true}"#),
                [L, F, F, F, O],
            ),
            row_trial(
                M::POST,
                "/api/v1/plans/{registered_plan}/amendments",
                Payload::Json(
                    r#"{"version": 2, "reason": "Why", "content": {"title": "T2", "questions": ["Q"], "design": "other", "analysis": "A"}}"#,
                ),
                [L, F, F, F, O],
            ),
        ],
        true,
    )
    .await;
}

/// The research plans' pages, by the same rules as their API.
#[tokio::test]
async fn pages_research_plans() {
    use Method as M;
    const FORM: &[(&str, &str)] = &[
        ("title", "T"),
        ("questions", "Q"),
        ("design", "before_after"),
        ("analysis", "A"),
        ("version", "1"),
    ];
    const REGISTER: &[(&str, &str)] = &[("version", "1"), ("confirm", "1")];
    check(
        vec![
            row_trial(M::GET, "/trials/{trial}/plans", Payload::None, [O; 5]),
            row_trial(
                M::GET,
                "/trials/{trial}/plans/new",
                Payload::None,
                [L, F, F, F, O],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/plans",
                Payload::Form(FORM),
                [L, F, F, F, O],
            ),
            row_trial(
                M::GET,
                "/trials/{trial}/plans/{plan}",
                Payload::None,
                [L, O, F, F, O],
            ),
            row_trial(
                M::GET,
                "/trials/{trial}/plans/{registered_plan}",
                Payload::None,
                [O; 5],
            ),
            row(M::GET, "/trials/999999/plans/1", Payload::None, [N; 5]),
            row_trial(
                M::GET,
                "/trials/{trial}/plans/{plan}/edit",
                Payload::None,
                [L, F, F, F, O],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/plans/{plan}/edit",
                Payload::Form(FORM),
                [L, F, F, F, O],
            ),
            row_trial(
                M::GET,
                "/trials/{trial}/plans/{plan}/register",
                Payload::None,
                [L, F, F, F, O],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/plans/{plan}/register",
                Payload::Form(REGISTER),
                [L, F, F, F, O],
            ),
            row_trial(
                M::GET,
                "/trials/{trial}/plans/{registered_plan}/compare",
                Payload::None,
                [O; 5],
            ),
            row_trial(M::GET, "/schemes/{scheme}/plans", Payload::None, [O; 5]),
            row_trial(
                M::GET,
                "/schemes/{scheme}/plans/new",
                Payload::None,
                [L, F, F, F, F],
            ),
            row_trial(
                M::POST,
                "/schemes/{scheme}/plans",
                Payload::Form(FORM),
                [L, F, F, F, F],
            ),
            row_trial(
                M::GET,
                "/schemes/{scheme}/plans/{scheme_plan}",
                Payload::None,
                [L, O, F, F, F],
            ),
            // A trial's plan is not found under the scheme's path.
            row_trial(
                M::GET,
                "/schemes/{scheme}/plans/{plan}",
                Payload::None,
                [N; 5],
            ),
            row_trial(
                M::GET,
                "/schemes/{scheme}/plans/{scheme_plan}/edit",
                Payload::None,
                [L, F, F, F, F],
            ),
            row_trial(
                M::POST,
                "/schemes/{scheme}/plans/{scheme_plan}/edit",
                Payload::Form(FORM),
                [L, F, F, F, F],
            ),
            row_trial(
                M::GET,
                "/schemes/{scheme}/plans/{scheme_plan}/register",
                Payload::None,
                [L, F, F, F, F],
            ),
            row_trial(
                M::POST,
                "/schemes/{scheme}/plans/{scheme_plan}/register",
                Payload::Form(REGISTER),
                [L, F, F, F, F],
            ),
            row_trial(
                M::GET,
                "/schemes/{scheme}/plans/{scheme_plan}/compare",
                Payload::None,
                [L, O, F, F, F],
            ),
        ],
        false,
    )
    .await;
}

/// The provision dossier (issue 14, item 5): everybody reads a provision's dossier and its
/// rule-change proposal (the public part; the roll-up's own tests say which part).
#[tokio::test]
async fn api_dossier() {
    use Method as M;
    check(
        vec![
            row(
                M::GET,
                "/api/v1/provisions/{provision}/dossier",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/api/v1/provisions/999999/dossier",
                Payload::None,
                [N; 5],
            ),
        ],
        true,
    )
    .await;
}

/// The dossier's pages, and adopting a trial (issue 14, item 7): only an applicant may
/// start a draft from a trial (whose own organisation does not take part: the HTTP tests
/// try that rule); a trial that is not there is 404 to the applicant.
#[tokio::test]
async fn pages_dossier() {
    use Method as M;
    let applicant_only = [L, F, N, F, F];
    check(
        vec![
            row(
                M::GET,
                "/provisions/{provision}/proposal",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/provisions/{provision}/proposal.pdf",
                Payload::None,
                [O; 5],
            ),
            row(M::GET, "/provisions/999999/proposal", Payload::None, [N; 5]),
            row(
                M::GET,
                "/trials/999999/adopt",
                Payload::None,
                applicant_only,
            ),
            row(
                M::POST,
                "/trials/999999/adopt",
                Payload::Form(&[("round_id", "1")]),
                applicant_only,
            ),
        ],
        false,
    )
    .await;
}

/// Ends a trial (stopped early), so that outcomes may be recorded for it.
async fn ended_trial(app: &TestApp, trial: i64) {
    use frirum_domain::trial::Transition;
    let store = &app.store.store;
    let state = store.trial_state(trial).await.unwrap().unwrap();
    let (ended, version) = state
        .apply(&Transition::StopEarly {
            on: state.planned_start,
            reason: "Forsøget blev afsluttet".into(),
        })
        .unwrap();
    store
        .save_trial_state(
            state.version,
            &ended,
            &version,
            frirum_domain::journal::Actor::user(1, time::OffsetDateTime::now_utc()),
        )
        .await
        .unwrap();
}

/// Generalisation (issue 14, items 4 and 6): a trial's outcomes and a scheme's results are
/// public; only the secretariat records an outcome.
#[tokio::test]
async fn api_generalisation() {
    use Method as M;
    check(
        vec![
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/outcomes",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/api/v1/trials/999999/outcomes",
                Payload::None,
                [N; 5],
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/outcomes",
                Payload::Json(
                    r#"{"exemption": 0, "category": "not_spread", "reasons": "Ikke udbredt."}"#,
                ),
                [L, O, F, F, F],
            ),
            row(
                M::GET,
                "/api/v1/schemes/{scheme}/results",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/api/v1/schemes/{draft_scheme}/results",
                Payload::None,
                [L, O, F, F, F],
            ),
        ],
        true,
    )
    .await;
}

/// The generalisation pages, by the same rules as their API.
#[tokio::test]
async fn pages_generalisation() {
    use Method as M;
    check(
        vec![
            row_trial(M::GET, "/trials/{trial}/outcomes", Payload::None, [O; 5]),
            row(M::GET, "/trials/999999/outcomes", Payload::None, [N; 5]),
            row_trial(
                M::POST,
                "/trials/{trial}/outcomes",
                Payload::Form(&[
                    ("exemption", "0"),
                    ("category", "not_spread"),
                    ("reasons", "Ikke udbredt."),
                ]),
                [L, O, F, F, F],
            ),
            row(M::GET, "/schemes/{scheme}/results", Payload::None, [O; 5]),
            row(
                M::GET,
                "/schemes/{scheme}/results/outcomes-by-category.csv",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/schemes/{draft_scheme}/results",
                Payload::None,
                [L, O, F, F, F],
            ),
        ],
        false,
    )
    .await;
}

/// Research teams (issue 14, item 1): the secretariat keeps the research organisations and
/// assigns researchers to a whole scheme or a theme; everybody who sees a scheme reads who
/// is assigned in it (a draft scheme only the secretariat). Removing an assignment that is
/// not there is 404 for the secretariat.
#[tokio::test]
async fn api_research_teams() {
    use Method as M;
    check(
        vec![
            row(
                M::GET,
                "/api/v1/research/organisations",
                Payload::None,
                [L, O, F, F, F],
            ),
            row(
                M::POST,
                "/api/v1/research/organisations",
                Payload::Json(r#"{"name": "VIVE", "country": "dk"}"#),
                [L, O, F, F, F],
            ),
            row(
                M::GET,
                "/api/v1/research/researchers",
                Payload::None,
                [L, O, F, F, F],
            ),
            row_trial(
                M::PUT,
                "/api/v1/research/researchers/{researcher}/organisation",
                Payload::Json(r#"{"organisation_id": null}"#),
                [L, O, F, F, F],
            ),
            row(
                M::GET,
                "/api/v1/schemes/{scheme}/research",
                Payload::None,
                [O; 5],
            ),
            row(
                M::GET,
                "/api/v1/schemes/{draft_scheme}/research",
                Payload::None,
                [L, O, F, F, F],
            ),
            row_trial(
                M::PUT,
                "/api/v1/schemes/{scheme}/researchers/{researcher}",
                Payload::None,
                [L, O, F, F, F],
            ),
            row_trial(
                M::DELETE,
                "/api/v1/schemes/{scheme}/researchers/{researcher}",
                Payload::None,
                [L, N, F, F, F],
            ),
            row_trial(
                M::PUT,
                "/api/v1/schemes/{scheme}/themes/{theme}/researchers/{researcher}",
                Payload::None,
                [L, O, F, F, F],
            ),
            row_trial(
                M::DELETE,
                "/api/v1/schemes/{scheme}/themes/{theme}/researchers/{researcher}",
                Payload::None,
                [L, N, F, F, F],
            ),
        ],
        true,
    )
    .await;
}

/// The research teams pages, by the same rules as their API.
#[tokio::test]
async fn pages_research_teams() {
    use Method as M;
    check(
        vec![
            row(M::GET, "/research/teams", Payload::None, [L, O, F, F, F]),
            row(
                M::POST,
                "/research/organisations",
                Payload::Form(&[
                    ("name", "VIVE"),
                    ("country", "dk"),
                    ("website", "https://www.vive.dk"),
                ]),
                [L, O, F, F, F],
            ),
            row_trial(
                M::POST,
                "/research/members",
                Payload::Form(&[
                    ("user_id", "{researcher}"),
                    ("organisation_id", ""),
                    ("confirm", "1"),
                ]),
                [L, O, F, F, F],
            ),
            row(M::GET, "/schemes/{scheme}/research", Payload::None, [O; 5]),
            row(
                M::GET,
                "/schemes/{draft_scheme}/research",
                Payload::None,
                [L, O, F, F, F],
            ),
            row_trial(
                M::POST,
                "/schemes/{scheme}/research",
                Payload::Form(&[("user_id", "{researcher}"), ("target", "theme:{theme}")]),
                [L, O, F, F, F],
            ),
            row_trial(
                M::POST,
                "/schemes/{scheme}/research/remove",
                Payload::Form(&[
                    ("user_id", "{researcher}"),
                    ("target", "scheme"),
                    ("confirm", "1"),
                ]),
                [L, N, F, F, F],
            ),
        ],
        false,
    )
    .await;
}

/// A draft evaluation of the trial (with a summary and a finding, so that it may be
/// published), a published one, and a joint draft of the scheme.
async fn evaluations(app: &TestApp, trial: i64, scheme: i64) -> (i64, i64, i64) {
    use frirum_domain::evaluation::{EvaluationContent, EvaluationKind, EvidenceStrength, Finding};
    use frirum_domain::journal::Actor;
    let store = &app.store.store;
    let now = time::OffsetDateTime::now_utc();
    let content = EvaluationContent {
        kind: EvaluationKind::Results,
        title: "Evaluering".into(),
        summary: "S".into(),
        plan_id: None,
        embargo_until: None,
        findings: vec![Finding {
            text: "F".into(),
            strength: EvidenceStrength::Weak,
            exemptions: Vec::new(),
            indicator_ids: Vec::new(),
        }],
        recommendations: Vec::new(),
    };
    let actor = || Actor::user(1, now);
    let draft = store
        .create_evaluation(scheme, Some(trial), &content, actor())
        .await
        .unwrap();
    let published = store
        .create_evaluation(scheme, Some(trial), &content, actor())
        .await
        .unwrap();
    store
        .publish_evaluation(published.id, 1, actor())
        .await
        .unwrap()
        .unwrap();
    let joint = store
        .create_evaluation(scheme, None, &content, actor())
        .await
        .unwrap();
    (draft.id, published.id, joint.id)
}

/// Evaluations (issue 14, item 3): everybody lists them and reads published ones; drafts
/// only the secretariat and the assigned researchers; only assigned researchers write (a
/// joint evaluation only researchers assigned to the whole scheme).
#[tokio::test]
async fn api_evaluations() {
    use Method as M;
    const CONTENT: &str = r#"{"kind": "process", "title": "T"}"#;
    check(
        vec![
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/evaluations",
                Payload::None,
                [O; 5],
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/evaluations",
                Payload::Json(CONTENT),
                [L, F, F, F, O],
            ),
            row_trial(
                M::GET,
                "/api/v1/schemes/{scheme}/evaluations",
                Payload::None,
                [O; 5],
            ),
            row_trial(
                M::POST,
                "/api/v1/schemes/{scheme}/evaluations",
                Payload::Json(CONTENT),
                [L, F, F, F, F],
            ),
            row_trial(
                M::GET,
                "/api/v1/evaluations/{evaluation}",
                Payload::None,
                [L, O, F, F, O],
            ),
            row_trial(
                M::GET,
                "/api/v1/evaluations/{published_evaluation}",
                Payload::None,
                [O; 5],
            ),
            row_trial(
                M::GET,
                "/api/v1/evaluations/{scheme_evaluation}",
                Payload::None,
                [L, O, F, F, F],
            ),
            row(M::GET, "/api/v1/evaluations/999999", Payload::None, [N; 5]),
            row_trial(
                M::PUT,
                "/api/v1/evaluations/{evaluation}",
                Payload::Json(r#"{"version": 1, "content": {"kind": "process", "title": "T2"}}"#),
                [L, F, F, F, O],
            ),
            row_trial(
                M::POST,
                "/api/v1/evaluations/{evaluation}/publish",
                Payload::Json(r#"{"version": 1, "confirm": true}"#),
                [L, F, F, F, O],
            ),
            row_trial(
                M::POST,
                "/api/v1/evaluations/{published_evaluation}/corrections",
                Payload::Json(r#"{"note": "Rettet"}"#),
                [L, F, F, F, O],
            ),
        ],
        true,
    )
    .await;
}

/// The evaluations' pages, by the same rules as their API.
#[tokio::test]
async fn pages_evaluations() {
    use Method as M;
    const FORM: &[(&str, &str)] = &[("kind", "results"), ("title", "T"), ("version", "1")];
    const FINDING: &[(&str, &str)] = &[("version", "1"), ("text", "F"), ("strength", "weak")];
    const VERSION: &[(&str, &str)] = &[("version", "1")];
    const PUBLISH: &[(&str, &str)] = &[("version", "1"), ("confirm", "1")];
    const NOTE: &[(&str, &str)] = &[("note", "Rettet")];
    let writer = [L, F, F, F, O];
    let joint_writer = [L, F, F, F, F];
    let mut rows = vec![
        row(
            M::GET,
            "/trials/999999/evaluations/1",
            Payload::None,
            [N; 5],
        ),
        // A trial's evaluation is not found under the scheme's path.
        row_trial(
            M::GET,
            "/schemes/{scheme}/evaluations/{evaluation}",
            Payload::None,
            [N; 5],
        ),
    ];
    for (base, draft, published, write) in [
        (
            "/trials/{trial}/evaluations",
            "/trials/{trial}/evaluations/{evaluation}",
            "/trials/{trial}/evaluations/{published_evaluation}",
            writer,
        ),
        (
            "/schemes/{scheme}/evaluations",
            "/schemes/{scheme}/evaluations/{scheme_evaluation}",
            "",
            joint_writer,
        ),
    ] {
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        let reads_draft = if base.starts_with("/trials") {
            [L, O, F, F, O]
        } else {
            [L, O, F, F, F]
        };
        rows.extend([
            row_trial(M::GET, base, Payload::None, [O; 5]),
            row_trial(M::GET, leak(format!("{base}/new")), Payload::None, write),
            row_trial(M::POST, base, Payload::Form(FORM), write),
            row_trial(M::GET, draft, Payload::None, reads_draft),
            row_trial(M::GET, leak(format!("{draft}/edit")), Payload::None, write),
            row_trial(
                M::POST,
                leak(format!("{draft}/edit")),
                Payload::Form(FORM),
                write,
            ),
            row_trial(
                M::GET,
                leak(format!("{draft}/findings/new")),
                Payload::None,
                write,
            ),
            row_trial(
                M::POST,
                leak(format!("{draft}/findings")),
                Payload::Form(FINDING),
                write,
            ),
            row_trial(
                M::GET,
                leak(format!("{draft}/findings/1")),
                Payload::None,
                write,
            ),
            row_trial(
                M::POST,
                leak(format!("{draft}/findings/1")),
                Payload::Form(FINDING),
                write,
            ),
            row_trial(
                M::POST,
                leak(format!("{draft}/findings/1/delete")),
                Payload::Form(VERSION),
                write,
            ),
            row_trial(
                M::GET,
                leak(format!("{draft}/recommendations")),
                Payload::None,
                write,
            ),
            row_trial(
                M::POST,
                leak(format!("{draft}/recommendations")),
                Payload::Form(VERSION),
                write,
            ),
            row_trial(
                M::GET,
                leak(format!("{draft}/publish")),
                Payload::None,
                write,
            ),
            row_trial(
                M::POST,
                leak(format!("{draft}/publish")),
                Payload::Form(PUBLISH),
                write,
            ),
            row_trial(
                M::POST,
                leak(format!("{draft}/report")),
                Payload::MultipartPdf,
                write,
            ),
            row_trial(
                M::GET,
                leak(format!("{draft}/report/999999")),
                Payload::None,
                [L, N, F, F, if base.starts_with("/trials") { N } else { F }],
            ),
        ]);
        if !published.is_empty() {
            rows.extend([
                row_trial(M::GET, published, Payload::None, [O; 5]),
                row_trial(
                    M::POST,
                    leak(format!("{published}/corrections")),
                    Payload::Form(NOTE),
                    write,
                ),
            ]);
        }
    }
    check(rows, false).await;
}

/// A partner of the register, fresh for each visitor (none in the trial yet): its id.
async fn new_partner(app: &TestApp) -> i64 {
    let partner = frirum_domain::partner::NewPartner::parse(
        "Norrlandskonsult AB",
        frirum_domain::application::PartnerKind::Consultant,
        frirum_domain::Country::Se,
        "",
        "",
    )
    .unwrap();
    app.store
        .store
        .create_partner(
            &partner,
            frirum_domain::journal::Actor::user(1, time::OffsetDateTime::now_utc()),
        )
        .await
        .unwrap()
        .unwrap()
        .id
}

/// Testbeds (issue 15, item 5): a partner in the trial (`{partner}`, `{tp}`) with a public
/// value (`{item}`), a report in draft (`{partner_report}`) and a submitted one marking
/// the value breached (`{breach_report}`), filled into the path.
async fn testbed(app: &TestApp, trial: i64, path: &str) -> String {
    use frirum_domain::partner::{ItemKind, PartnerVerdict};
    use frirum_domain::report::{DueReport, ReportContent, ReportKind};
    use time::macros::date;
    let store = &app.store.store;
    let now = time::OffsetDateTime::now_utc();
    let actor = frirum_domain::journal::Actor::user(1, now);
    let partner = new_partner(app).await;
    let tp = store
        .add_trial_partner(trial, partner, "Leverantör", actor)
        .await
        .unwrap()
        .unwrap();
    let item = store
        .add_partner_item(
            trial,
            tp,
            ItemKind::Value,
            "inclusion",
            "Alla kan delta.",
            actor,
        )
        .await
        .unwrap()
        .id;
    let draft = trial_report(app, trial, false).await;
    let due = DueReport {
        kind: ReportKind::Periodic,
        period_start: date!(2027 - 07 - 01),
        period_end: date!(2028 - 01 - 01),
        due_date: date!(2028 - 01 - 01),
    };
    let system = frirum_domain::journal::Actor {
        user_id: None,
        reason: None,
        at: now,
    };
    let submitted = store
        .create_due_reports(trial, &[due], &ReportContent::default(), system)
        .await
        .unwrap()
        .remove(0)
        .id;
    store
        .save_partner_reviews(
            submitted,
            &[(item, PartnerVerdict::Breached, "Brutet.".into())],
        )
        .await
        .unwrap();
    let content = ReportContent {
        progress: "Försöket pågår.".into(),
        ..ReportContent::default()
    };
    store
        .submit_report(submitted, 1, &content, actor)
        .await
        .unwrap();
    path.replace("{partner}", &partner.to_string())
        .replace("{tp}", &tp.to_string())
        .replace("{item}", &item.to_string())
        .replace("{partner_report}", &draft.to_string())
        .replace("{breach_report}", &submitted.to_string())
}

#[tokio::test]
async fn api_testbeds() {
    use Method as M;
    let reporters = [L, O, O, F, F];
    check(
        vec![
            row(M::GET, "/api/v1/partners", Payload::None, [O; 5]),
            row(
                M::POST,
                "/api/v1/partners",
                Payload::Json(
                    r#"{"name": "Norrlandskonsult AB", "kind": "consultant", "country": "se"}"#,
                ),
                reporters,
            ),
            row(
                M::POST,
                "/api/v1/partners/identifier",
                Payload::Json(r#"{"country": "no", "national_id": "974 760 673"}"#),
                [O; 5],
            ),
            row(
                M::GET,
                "/api/v1/partners/breaches",
                Payload::None,
                [L, O, O, O, O],
            ),
            row(M::GET, "/api/v1/partners/999999", Payload::None, [N; 5]),
            row_trial(M::GET, "/api/v1/partners/{partner}", Payload::None, [O; 5]),
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/partners",
                Payload::None,
                [O; 5],
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/partners",
                Payload::Json(r#"{"partner_id": {new_partner}, "role": "Konsult"}"#),
                reporters,
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/partners/{tp}/demands",
                Payload::Json(r#"{"kind": "exit", "text": "Data lämnas över vid slutet."}"#),
                reporters,
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/partners/{tp}/values",
                Payload::Json(r#"{"kind": "privacy", "note": "Inga personuppgifter säljs."}"#),
                reporters,
            ),
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/partners/reviews/{partner_report}",
                Payload::None,
                [N, O, O, N, O],
            ),
            row_trial(
                M::PUT,
                "/api/v1/trials/{trial}/partners/reviews/{partner_report}",
                Payload::Json(r#"{"verdicts": []}"#),
                [L, F, O, F, F],
            ),
            row_trial(
                M::POST,
                "/api/v1/trials/{trial}/partners/breaches/{breach_report}/{item}/acknowledge",
                Payload::Json(r#"{"note": "Noterat."}"#),
                [L, O, F, F, F],
            ),
        ],
        true,
    )
    .await;
}

#[tokio::test]
async fn pages_testbeds() {
    use Method as M;
    let reporters = [L, O, O, F, F];
    check(
        vec![
            row(M::GET, "/partners", Payload::None, [O; 5]),
            row(
                M::POST,
                "/partners",
                Payload::Form(&[
                    ("name", "Norrlandskonsult AB"),
                    ("kind", "consultant"),
                    ("country", "se"),
                ]),
                reporters,
            ),
            row(M::GET, "/partners/999999", Payload::None, [N; 5]),
            row_trial(M::GET, "/partners/{partner}", Payload::None, [O; 5]),
            row_trial(M::GET, "/trials/{trial}/partners", Payload::None, [O; 5]),
            row_trial(
                M::POST,
                "/trials/{trial}/partners",
                Payload::Form(&[("partner_id", "{new_partner}"), ("role", "Konsult")]),
                reporters,
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/partners/{tp}/items",
                Payload::Form(&[
                    ("item", "demand"),
                    ("kind", "exit"),
                    ("text", "Data lämnas över."),
                ]),
                reporters,
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/partners/{tp}/agreements",
                Payload::MultipartPdf,
                reporters,
            ),
            row_trial(
                M::GET,
                "/trials/{trial}/reports/{breach_report}/breaches/{item}",
                Payload::None,
                [L, O, O, F, O],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/reports/{breach_report}/breaches/{item}",
                Payload::Form(&[("note", "Noterat.")]),
                [L, O, F, F, F],
            ),
        ],
        false,
    )
    .await;
}

/// Two barriers reported by the test applicant before a barrier row runs: `{barrier}`
/// (id 1) waits for the lab, `{public_barrier}` (id 2) is under analysis, public.
async fn barriers(app: &TestApp, w: &World) {
    for title in [
        "Fremmøde kan ikke deles",
        "Skemaet kan ikke udfyldes digitalt",
    ] {
        let body = serde_json::json!({"title": title, "wants_to_do": "Dele data.",
            "obstacle": "Reglen.", "consequences": "Tid.", "groups": ["other"]});
        common::fixtures::call(
            app,
            Method::POST,
            "/api/v1/barriers",
            &w.setup.applicant,
            body,
        )
        .await;
    }
    common::fixtures::call(
        app,
        Method::POST,
        "/api/v1/barriers/2/status",
        &w.setup.admin,
        serde_json::json!({"status": "under_analysis"}),
    )
    .await;
}

#[tokio::test]
async fn api_barriers() {
    use Method as M;
    let lab = [L, O, F, F, F];
    check(
        vec![
            row(M::GET, "/api/v1/barriers", Payload::None, [O; 5]),
            row(
                M::POST,
                "/api/v1/barriers",
                Payload::Json(
                    r#"{"title": "Et hinder", "wants_to_do": "Noget.", "obstacle": "Reglen.",
                        "consequences": "Tid.", "groups": ["other"], "country": "dk"}"#,
                ),
                [L, O, O, O, O],
            ),
            row(
                M::GET,
                "/api/v1/barriers/{barrier}",
                Payload::None,
                [N, O, O, N, N],
            ),
            row(
                M::GET,
                "/api/v1/barriers/{public_barrier}",
                Payload::None,
                [O; 5],
            ),
            row(M::GET, "/api/v1/barriers/999999", Payload::None, [N; 5]),
            row(
                M::POST,
                "/api/v1/barriers/{public_barrier}/support",
                Payload::None,
                [L, O, O, O, O],
            ),
            row(
                M::DELETE,
                "/api/v1/barriers/{public_barrier}/support",
                Payload::None,
                [L, O, O, O, O],
            ),
            row(
                M::POST,
                "/api/v1/barriers/{barrier}/provisions",
                Payload::Json(r#"{"provision_id": {provision}}"#),
                [N, O, O, N, N],
            ),
            row(
                M::POST,
                "/api/v1/barriers/{barrier}/triage",
                Payload::Json(r#"{"root_causes": ["law"], "version": 1}"#),
                lab,
            ),
            row(
                M::POST,
                "/api/v1/barriers/{barrier}/status",
                Payload::Json(r#"{"status": "under_analysis"}"#),
                lab,
            ),
            row(
                M::POST,
                "/api/v1/barriers/{barrier}/merge",
                Payload::Json(r#"{"into": 2}"#),
                lab,
            ),
        ],
        true,
    )
    .await;
}

#[tokio::test]
async fn pages_barriers() {
    use Method as M;
    let lab = [L, O, F, F, F];
    let signed_in = [L, O, O, O, O];
    check(
        vec![
            row(M::GET, "/barriers", Payload::None, [O; 5]),
            row(M::GET, "/barriers/new", Payload::None, signed_in),
            row(
                M::POST,
                "/barriers/new",
                Payload::Form(&[
                    ("title", "Et hinder"),
                    ("wants_to_do", "Noget."),
                    ("obstacle", "Reglen."),
                    ("consequences", "Tid."),
                    ("groups", "other"),
                    ("country", "dk"),
                ]),
                signed_in,
            ),
            row(
                M::GET,
                "/barriers/{barrier}",
                Payload::None,
                [N, O, O, N, N],
            ),
            row(M::GET, "/barriers/{public_barrier}", Payload::None, [O; 5]),
            row(
                M::POST,
                "/barriers/{public_barrier}/support",
                Payload::None,
                signed_in,
            ),
            row(
                M::POST,
                "/barriers/{public_barrier}/withdraw",
                Payload::None,
                signed_in,
            ),
            row(
                M::POST,
                "/barriers/{barrier}/provisions",
                Payload::Form(&[("provision_id", "{provision}")]),
                [N, O, O, N, N],
            ),
            row(
                M::POST,
                "/barriers/{barrier}/triage",
                Payload::Form(&[("root_causes", "law"), ("version", "1")]),
                lab,
            ),
            row(
                M::POST,
                "/barriers/{barrier}/status",
                Payload::Form(&[("status", "under_analysis"), ("version", "1")]),
                lab,
            ),
            row(
                M::GET,
                "/barriers/{barrier}/merge?into=2",
                Payload::None,
                lab,
            ),
            row(
                M::POST,
                "/barriers/{barrier}/merge",
                Payload::Form(&[("into", "2"), ("confirm", "1")]),
                lab,
            ),
            row(
                M::GET,
                "/schemes/{scheme}/barriers/report",
                Payload::None,
                [N; 5],
            ),
            row(
                M::POST,
                "/schemes/{scheme}/barriers/report",
                Payload::Form(&[("title", "Et hinder")]),
                [N; 5],
            ),
            row(
                M::POST,
                "/schemes/{scheme}/barriers/settings",
                Payload::Form(&[("public_barrier_reports", "1")]),
                lab,
            ),
        ],
        false,
    )
    .await;
}

/// An open investigation of the lab grouping `{public_barrier}`, with no participants.
async fn lab_investigation(app: &TestApp) -> i64 {
    app.store
        .store
        .create_investigation(
            &frirum_domain::investigation::NewInvestigation {
                title: "Fremmøde og data".into(),
                hypothesis: "Vejledningen læses for strengt.".into(),
                barrier_ids: vec![2],
                participants: vec![],
            },
            frirum_domain::journal::Actor {
                user_id: None,
                reason: None,
                at: time::OffsetDateTime::now_utc(),
            },
        )
        .await
        .unwrap()
}

/// The policy lab's pages: the overview, the gap list and the roll-ups' CSVs are the lab's;
/// the ranking and the list of investigations are everybody's (each counting what the
/// visitor may read); an open investigation is read by the lab and its participants only
/// (not found for others), and only the lab writes.
#[tokio::test]
async fn pages_lab() {
    use Method as M;
    let lab = [L, O, F, F, F];
    check(
        vec![
            row(M::GET, "/lab", Payload::None, lab),
            row(M::GET, "/lab/provisions", Payload::None, [O; 5]),
            row(M::GET, "/lab/provisions.csv", Payload::None, [O; 5]),
            row(M::GET, "/lab/gaps", Payload::None, lab),
            row(M::GET, "/lab/gaps.csv", Payload::None, lab),
            row(M::GET, "/lab/root-causes.csv", Payload::None, lab),
            row(M::GET, "/lab/themes.csv", Payload::None, lab),
            row(M::GET, "/lab/groups.csv", Payload::None, lab),
            row(M::GET, "/lab/investigations", Payload::None, [O; 5]),
            row(M::GET, "/lab/investigations/new", Payload::None, lab),
            row(
                M::POST,
                "/lab/investigations?for={public_barrier}",
                Payload::Form(&[
                    ("title", "Fremmøde"),
                    ("hypothesis", "Vejledningen."),
                    ("barrier", "2"),
                ]),
                lab,
            ),
            row(
                M::GET,
                "/lab/investigations/{investigation}",
                Payload::None,
                [N, O, N, N, N],
            ),
            row(
                M::POST,
                "/lab/investigations/{investigation}/activities",
                Payload::Form(&[("on", "2026-01-05"), ("kind", "meeting"), ("note", "Møde.")]),
                lab,
            ),
            row(
                M::POST,
                "/lab/investigations/{investigation}/conclusion",
                Payload::Form(&[
                    ("conclusion_kind", "guidance"),
                    ("conclusion", "Reglerne tillader det allerede."),
                ]),
                lab,
            ),
        ],
        false,
    )
    .await;
}

/// A network around the trial (issue 15, item 4): the test applicant (Aarhus) coordinates
/// it and its organisation is the one member; `{entry}` is the applicant's private entry
/// and `{guidance}` an article. The researcher follows the trial only, so is no member.
async fn network(app: &TestApp, trial: i64, path: &str) -> String {
    use frirum_domain::network::{GuidanceKind, GuidanceText, NewNetwork};
    let store = &app.store.store;
    let now = time::OffsetDateTime::now_utc();
    let applicant = store
        .credentials(&common::email(Role::Applicant))
        .await
        .unwrap()
        .unwrap()
        .user;
    let scheme = store.trial(trial).await.unwrap().unwrap().scheme_id;
    let admin = frirum_domain::journal::Actor::user(1, now);
    let network = store
        .create_network(
            &NewNetwork {
                scheme_id: scheme,
                theme_id: None,
                name: "Netværk".into(),
                purpose: "Læring på tværs.".into(),
                coordinator_id: Some(applicant.id),
                member_ids: vec![applicant.organisation.as_ref().unwrap().id],
                trial_ids: vec![trial],
            },
            admin,
        )
        .await
        .unwrap();
    let text = GuidanceText {
        title: "Samtykke".into(),
        body: "Indhent samtykke.".into(),
        reason: None,
    };
    let guidance = store
        .add_guidance(
            &frirum_store::GuidanceWrite {
                scheme_id: scheme,
                network_id: Some(network),
                kind: GuidanceKind::Article,
                question: None,
                text: Some(&text),
            },
            admin,
        )
        .await
        .unwrap();
    let entry = store
        .add_entry(
            &frirum_store::EntryWrite {
                network_id: network,
                author_id: applicant.id,
                title: "Første møde",
                tried: "",
                learned: "Færre møder.",
                differently: "",
                tags: &[],
            },
            frirum_domain::journal::Actor::user(applicant.id, now),
        )
        .await
        .unwrap();
    path.replace("{network}", &network.to_string())
        .replace("{entry}", &entry.to_string())
        .replace("{guidance}", &guidance.to_string())
}

#[tokio::test]
async fn api_networks() {
    use Method as M;
    check(
        vec![
            row(M::GET, "/api/v1/networks", Payload::None, [O, O, O, O, O]),
            row(
                M::POST,
                "/api/v1/networks",
                Payload::Json(
                    r#"{"scheme_id": {scheme}, "name": "Netværk", "purpose": "Læring."}"#,
                ),
                [L, O, F, F, F],
            ),
            row_trial(
                M::GET,
                "/api/v1/networks/{network}",
                Payload::None,
                [O, O, O, O, O],
            ),
            row_trial(
                M::PUT,
                "/api/v1/networks/{network}/members",
                Payload::Json(r#"{"organisation_ids": [], "trial_ids": []}"#),
                [L, O, F, F, F],
            ),
            row_trial(
                M::POST,
                "/api/v1/networks/{network}/reference-groups",
                Payload::Json(
                    r#"{"group": "political", "name": "Anne Eksempel", "role_title": "Rådmand"}"#,
                ),
                [L, O, O, F, F],
            ),
            row_trial(
                M::GET,
                "/api/v1/networks/{network}/guidance",
                Payload::None,
                [O, O, O, O, O],
            ),
            row_trial(
                M::POST,
                "/api/v1/networks/{network}/guidance",
                Payload::Json(r#"{"title": "Råd", "body": "Tekst."}"#),
                [L, O, F, F, F],
            ),
            row_trial(
                M::GET,
                "/api/v1/networks/{network}/guidance/{guidance}",
                Payload::None,
                [O, O, O, O, O],
            ),
            row_trial(
                M::PUT,
                "/api/v1/networks/{network}/guidance/{guidance}",
                Payload::Json(
                    r#"{"title": "Samtykke", "body": "Ny tekst.", "reason": "Præciseret"}"#,
                ),
                [L, O, F, F, F],
            ),
            row_trial(
                M::POST,
                "/api/v1/networks/{network}/questions",
                Payload::Json(r#"{"question": "Hvordan?"}"#),
                [L, F, O, F, F],
            ),
            row_trial(
                M::GET,
                "/api/v1/networks/{network}/entries",
                Payload::None,
                [O, O, O, O, O],
            ),
            row_trial(
                M::POST,
                "/api/v1/networks/{network}/entries",
                Payload::Json(r#"{"title": "Indlæg", "learned": "Noget."}"#),
                [L, F, O, F, F],
            ),
            row_trial(
                M::POST,
                "/api/v1/networks/{network}/entries/{entry}/replies",
                Payload::Json(r#"{"body": "Tak."}"#),
                [L, F, O, F, F],
            ),
            // Only the author publishes: the secretariat may read the private entry but is
            // refused; once published, the others read it and are refused too.
            row_trial(
                M::POST,
                "/api/v1/networks/{network}/entries/{entry}/publish",
                Payload::None,
                [L, F, O, F, F],
            ),
            row_trial(
                M::GET,
                "/api/v1/trials/{trial}/learning-questions",
                Payload::None,
                [O, O, O, O, O],
            ),
            row_trial(
                M::PUT,
                "/api/v1/trials/{trial}/learning-questions",
                Payload::Json(r#"{"questions": ["Virker det?"]}"#),
                [L, F, O, F, F],
            ),
        ],
        true,
    )
    .await;
}

#[tokio::test]
async fn pages_networks() {
    use Method as M;
    check(
        vec![
            row(M::GET, "/networks", Payload::None, [O, O, O, O, O]),
            row(M::GET, "/networks/new", Payload::None, [L, O, F, F, F]),
            row(
                M::POST,
                "/networks",
                Payload::Form(&[
                    ("scheme_id", "{scheme}"),
                    ("name", "Netværk"),
                    ("purpose", "Læring."),
                ]),
                [L, O, F, F, F],
            ),
            row_trial(
                M::GET,
                "/networks/{network}",
                Payload::None,
                [O, O, O, O, O],
            ),
            row_trial(
                M::POST,
                "/networks/{network}/entries",
                Payload::Form(&[("title", "Indlæg"), ("learned", "Noget.")]),
                [L, F, O, F, F],
            ),
            row_trial(
                M::POST,
                "/networks/{network}/entries/{entry}/replies",
                Payload::Form(&[("body", "Tak.")]),
                [L, F, O, F, F],
            ),
            row_trial(
                M::POST,
                "/networks/{network}/entries/{entry}/publish",
                Payload::None,
                [L, F, O, F, F],
            ),
            row_trial(
                M::POST,
                "/networks/{network}/entries/{entry}/hide",
                Payload::Form(&[("confirm", "1"), ("reason", "Forkert netværk")]),
                // The coordinator may hide it too, but the secretariat has hidden it first.
                [L, O, N, F, F],
            ),
            row_trial(
                M::POST,
                "/networks/{network}/reference",
                Payload::Form(&[
                    ("group", "administrative"),
                    ("name", "Bent Eksempel"),
                    ("role_title", "Direktør"),
                ]),
                [L, O, O, F, F],
            ),
            row_trial(
                M::POST,
                "/networks/{network}/questions",
                Payload::Form(&[("question", "Hvordan?")]),
                [L, F, O, F, F],
            ),
            row_trial(
                M::POST,
                "/networks/{network}/guidance",
                Payload::Form(&[("title", "Råd"), ("body", "Tekst.")]),
                [L, O, F, F, F],
            ),
            row_trial(
                M::GET,
                "/networks/{network}/guidance/{guidance}",
                Payload::None,
                [O, O, O, O, O],
            ),
            row_trial(
                M::POST,
                "/networks/{network}/guidance/{guidance}",
                Payload::Form(&[
                    ("title", "Samtykke"),
                    ("body", "Ny tekst."),
                    ("reason", "Præciseret"),
                ]),
                [L, O, F, F, F],
            ),
            row_trial(
                M::GET,
                "/trials/{trial}/learning-questions",
                Payload::None,
                [O, O, O, O, O],
            ),
            row_trial(
                M::POST,
                "/trials/{trial}/learning-questions",
                Payload::Form(&[("questions", "Virker det?")]),
                [L, F, O, F, F],
            ),
        ],
        false,
    )
    .await;
}

/// The policy lab's API, by the same rules as its pages.
#[tokio::test]
async fn api_lab() {
    use Method as M;
    let lab = [L, O, F, F, F];
    check(
        vec![
            row(M::GET, "/api/v1/lab/overview", Payload::None, lab),
            row(M::GET, "/api/v1/lab/provisions", Payload::None, [O; 5]),
            row(
                M::GET,
                "/api/v1/lab/provisions/{provision}",
                Payload::None,
                [O; 5],
            ),
            row(M::GET, "/api/v1/lab/gaps", Payload::None, lab),
            row(M::GET, "/api/v1/lab/investigations", Payload::None, [O; 5]),
            row(
                M::POST,
                "/api/v1/lab/investigations?for={public_barrier}",
                Payload::Json(
                    r#"{"title": "Fremmøde", "hypothesis": "Vejledningen.", "barrier_ids": [2]}"#,
                ),
                lab,
            ),
            row(
                M::GET,
                "/api/v1/lab/investigations/{investigation}",
                Payload::None,
                [N, O, N, N, N],
            ),
            row(
                M::POST,
                "/api/v1/lab/investigations/{investigation}/activities",
                Payload::Json(r#"{"on": "2026-01-05", "kind": "meeting", "note": "Møde."}"#),
                lab,
            ),
            row(
                M::POST,
                "/api/v1/lab/investigations/{investigation}/conclusion",
                Payload::Json(r#"{"kind": "guidance", "text": "Reglerne tillader det."}"#),
                lab,
            ),
        ],
        true,
    )
    .await;
}

/// What the organisation's user administrator column adds: the visitors of the table above
/// and, sixth, an applicant of Aarhus (the test applicant's organisation) whom the
/// secretariat appointed user administrator. For every other route the user administrator
/// is the applicant they are. `{colleague}` is another applicant of Aarhus, `{invitation}`
/// the secret of an open invitation.
#[derive(Clone, Copy)]
enum PeopleVisitor {
    Role(Option<Role>),
    PeopleAdmin,
}

const PEOPLE_VISITORS: [PeopleVisitor; 6] = [
    PeopleVisitor::Role(None),
    PeopleVisitor::Role(Some(Role::Admin)),
    PeopleVisitor::Role(Some(Role::Applicant)),
    PeopleVisitor::Role(Some(Role::Assessor)),
    PeopleVisitor::Role(Some(Role::Researcher)),
    PeopleVisitor::PeopleAdmin,
];

const PEOPLE_ADMIN: &str = "brugeradmin@test.example";

/// Appoints the user administrator, adds a colleague and an open invitation: the
/// colleague's id and the invitation's secret.
async fn people_world(app: &TestApp) -> (i64, String) {
    use frirum_app::accounts::{NewAccount, create_account};
    let store = &app.store.store;
    let now = time::OffsetDateTime::now_utc();
    let mut ids = Vec::new();
    for (address, name) in [
        (PEOPLE_ADMIN, "Birthe Brugeradmin"),
        ("kollega@test.example", "Karl Kollega"),
    ] {
        let user = create_account(
            &**store,
            NewAccount {
                email: address.into(),
                name: name.into(),
                role: Role::Applicant,
                organisation: Some("dk:751".into()),
                language: None,
                password: common::PASSWORD.into(),
            },
            now,
        )
        .await
        .unwrap();
        ids.push(user.id);
    }
    store
        .set_people_admin(ids[0], true, frirum_domain::journal::Actor::user(1, now))
        .await
        .unwrap();
    let secret = "authz-invitation-secret";
    store
        .create_invitation(
            &frirum_store::NewInvitation {
                token_hash: frirum_app::accounts::hash_secret(secret),
                email: "inviteret@test.example".into(),
                name: "Inge Inviteret".into(),
                role: Role::Applicant,
                organisation_id: None,
                language: None,
                expires_at: now + time::Duration::days(7),
            },
            &frirum_store::InvitationMail {
                subject: "Invitation".into(),
                body: "Link".into(),
            },
            frirum_domain::journal::Actor::user(ids[0], now),
        )
        .await
        .unwrap();
    (ids[1], secret.to_owned())
}

/// Runs the people routes' rows for the six visitors, on both engines.
async fn check_people(rows: Vec<(Method, &'static str, Payload, [Want; 6])>, api: bool) {
    let mut wrong = Vec::new();
    for ((method, path, payload, want), postgres) in
        rows.iter().flat_map(|row| [(row, false), (row, true)])
    {
        let Some(app) = fresh(postgres).await else {
            continue;
        };
        let (colleague, secret) = people_world(&app).await;
        let assessor = app
            .store
            .store
            .credentials(&common::email(Role::Assessor))
            .await
            .unwrap()
            .unwrap()
            .user
            .id;
        let path = path
            .replace("{colleague}", &colleague.to_string())
            .replace("{assessor}", &assessor.to_string())
            .replace("{invitation}", &secret);
        for (visitor, want) in PEOPLE_VISITORS.into_iter().zip(want.iter().copied()) {
            let reply = if api {
                let mut request = Request::builder().method(method.clone()).uri(&path);
                let token = match visitor {
                    PeopleVisitor::Role(Some(role)) => Some(app.token(role).await),
                    PeopleVisitor::Role(None) => None,
                    PeopleVisitor::PeopleAdmin => Some(app.token_for(PEOPLE_ADMIN).await),
                };
                if let Some(token) = token {
                    request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
                }
                let body = match payload {
                    Payload::Json(text) => {
                        request = request.header(header::CONTENT_TYPE, "application/json");
                        Body::from(*text)
                    }
                    _ => Body::empty(),
                };
                app.send(request.body(body).unwrap()).await
            } else {
                let mut browser = Browser::new(&app);
                browser.get("/login").await;
                let address = match visitor {
                    PeopleVisitor::Role(Some(role)) => Some(common::email(role)),
                    PeopleVisitor::Role(None) => None,
                    PeopleVisitor::PeopleAdmin => Some(PEOPLE_ADMIN.to_owned()),
                };
                if let Some(address) = address {
                    let login = browser
                        .post(
                            "/login",
                            &[("email", &address), ("password", common::PASSWORD)],
                        )
                        .await;
                    assert_eq!(login.status, 303, "{address} signs in");
                }
                match payload {
                    Payload::None if *method == Method::GET => browser.get(&path).await,
                    Payload::Form(fields) => browser.post(&path, fields).await,
                    _ => browser.post(&path, &[]).await,
                }
            };
            let got = classify(&reply, api);
            if got != Ok(want) {
                let who = match visitor {
                    PeopleVisitor::Role(Some(role)) => role.to_string(),
                    PeopleVisitor::Role(None) => "anonymous".to_owned(),
                    PeopleVisitor::PeopleAdmin => "user administrator".to_owned(),
                };
                let engine = if postgres { "PostgreSQL" } else { "SQLite" };
                wrong.push(format!(
                    "{engine}: {method} {path} as {who}: wanted {want:?}, got {got:?}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

const INVITE_JSON: &str = r#"{"email": "ny@test.example", "name": "Ny Kollega", "role": "applicant", "organisation": "dk:751"}"#;

#[tokio::test]
async fn api_people_with_the_user_administrator() {
    use Method as M;
    // anonymous, secretariat, applicant, assessor, researcher, user administrator
    check_people(
        vec![
            (M::GET, "/api/v1/people", Payload::None, [L, O, F, F, F, O]),
            (
                M::POST,
                "/api/v1/people/invitations",
                Payload::Json(INVITE_JSON),
                [L, O, F, F, F, O],
            ),
            // The secretariat deactivates first; again changes nothing.
            (
                M::POST,
                "/api/v1/people/{colleague}/deactivate",
                Payload::None,
                [L, O, F, F, F, O],
            ),
            (
                M::PUT,
                "/api/v1/people/{colleague}/people-admin",
                Payload::Json(r#"{"appointed": true}"#),
                [L, O, F, F, F, F],
            ),
        ],
        true,
    )
    .await;
}

#[tokio::test]
async fn pages_people_with_the_user_administrator() {
    use Method as M;
    // anonymous, secretariat, applicant, assessor, researcher, user administrator
    check_people(
        vec![
            (M::GET, "/people", Payload::None, [L, O, F, F, F, O]),
            (
                M::POST,
                "/people/invitations",
                Payload::Form(&[
                    ("email", "ny@test.example"),
                    ("name", "Ny Kollega"),
                    ("role", "applicant"),
                    ("organisation", "dk:751"),
                ]),
                [L, O, F, F, F, O],
            ),
            // Asked first on a page of its own; then done.
            (
                M::GET,
                "/people/{colleague}/deactivate",
                Payload::None,
                [L, O, F, F, F, O],
            ),
            (
                M::POST,
                "/people/{colleague}/deactivate",
                Payload::None,
                [L, O, F, F, F, O],
            ),
            (
                M::POST,
                "/people/{colleague}/people-admin",
                Payload::Form(&[("appointed", "true")]),
                [L, O, F, F, F, F],
            ),
            // A person's sign-in security is the secretariat's to see and change; their
            // user administrator may sign them out everywhere.
            (
                M::GET,
                "/admin/users/{colleague}/security",
                Payload::None,
                [L, O, F, F, F, F],
            ),
            (
                M::POST,
                "/admin/users/{colleague}/security/end-sessions",
                Payload::None,
                [L, O, F, F, F, F],
            ),
            // The colleague has no second factor: allowed, but there is none to remove.
            (
                M::POST,
                "/admin/users/{colleague}/security/reset-second-factor",
                Payload::None,
                [L, N, F, F, F, F],
            ),
            (
                M::GET,
                "/people/{colleague}/sessions",
                Payload::None,
                [L, O, F, F, F, O],
            ),
            (
                M::POST,
                "/people/{colleague}/sessions/end",
                Payload::None,
                [L, O, F, F, F, O],
            ),
            // The secretariat's own staff is not the user administrator's.
            (
                M::POST,
                "/people/{assessor}/sessions/end",
                Payload::None,
                [L, O, F, F, F, N],
            ),
            // The invitation's page is the link's: open to whoever holds it.
            (M::GET, "/invitations/{invitation}", Payload::None, [O; 6]),
            // So is accepting it through an e-ID provider; one that is not configured (none
            // is, here) is not found, whoever asks (tests/oidc.rs follows a configured one).
            (
                M::GET,
                "/invitations/{invitation}/oidc/none",
                Payload::None,
                [N; 6],
            ),
            // An unknown link is not found, whoever asks.
            (
                M::POST,
                "/invitations/unknown-secret",
                Payload::Form(&[
                    ("password", "et-langt-kodeord"),
                    ("password_again", "et-langt-kodeord"),
                ]),
                [N; 6],
            ),
        ],
        false,
    )
    .await;
}
