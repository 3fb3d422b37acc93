//! The open data's files in the standards funders and researchers read (issue 17, item 2):
//! a running trial with a grant, a payment and an approved actual is rendered as IATI 2.03
//! activity XML, which `xmllint` validates against the official schema in
//! `../shared/standards/iati-2.03/`, and as a 360Giving 1.4 package, validated against the
//! official JSON Schema in `../shared/standards/360giving-1.4.3/`. Broken copies of both
//! are rejected by the same checks, so the checks can fail; what the public may not read
//! (a value waiting for review, the spending the participants report) is in neither. A
//! trial rendered by hand covers what the demo-like data does not: a qualitative indicator,
//! a breakdown by a dimension, a suspended and a cancelled trial.

mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use axum::http::Method;
use common::TestApp;
use common::fixtures::{started_trial, world};
use frirum_app::open_data::iati::Publisher;
use frirum_app::open_data::{giving, iati};
use frirum_app::{App, AppConfig};
use frirum_domain::Role;
use serde_json::Value;

/// The shared standards folder, beside the repository.
fn standards() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/standards")
}

/// Runs `xmllint --schema` on the document: `Ok` when valid, `Err` with its complaint.
/// Without xmllint the check cannot run: skipped on a developer's machine, a failure in CI
/// (`.ci/run` installs libxml2-utils and sets `FRIRUM_REQUIRE_XMLLINT`).
fn xmllint(xml: &[u8]) -> Option<Result<(), String>> {
    let schema = standards().join("iati-2.03/iati-activities-schema.xsd");
    assert!(
        schema.exists(),
        "the IATI schema is missing at {}",
        schema.display()
    );
    // The document on standard input ("-").
    let spawned = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&schema)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => {
            assert!(
                std::env::var_os("FRIRUM_REQUIRE_XMLLINT").is_none()
                    && std::env::var_os("CI").is_none(),
                "xmllint is needed to validate the IATI file (apt-get install libxml2-utils): {e}"
            );
            eprintln!("xmllint not found ({e}): the IATI file is not validated here");
            return None;
        }
    };
    // A write cut short means xmllint stopped reading: its status says why.
    let _ = child.stdin.take().expect("stdin is piped").write_all(xml);
    let output = child.wait_with_output().expect("xmllint ran");
    Some(if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    })
}

/// The 360Giving package schema, its grants' schema registered under the address it is
/// referred to by (no network here).
fn giving_errors(package: &Value) -> Vec<String> {
    let dir = standards().join("360giving-1.4.3");
    let read = |name: &str| -> Value {
        serde_json::from_slice(&std::fs::read(dir.join(name)).unwrap()).unwrap()
    };
    let grant = read("360-giving-schema.json");
    let package_schema = read("360-giving-package-schema.json");
    let mut registry = jsonschema::Registry::new();
    for version in ["1.4.2", "1.4.3"] {
        registry = registry
            .add(
                format!(
                    "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/{version}/schema/360-giving-schema.json"
                ),
                grant.clone(),
            )
            .unwrap();
    }
    let registry = registry.prepare().unwrap();
    let validator = jsonschema::options()
        .with_registry(&registry)
        .should_validate_formats(true)
        .build(&package_schema)
        .unwrap();
    validator
        .iter_errors(package)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// A running trial (Aarhus, 2025–2028) with a budget, a grant, a payment, reported
/// spending and an actual for 2025 sent for review: the trial, and the review that
/// approves the actual (path and body, for the secretariat).
async fn trial_with_funds_and_results(app: &TestApp) -> (i64, (String, String)) {
    let w = world(app).await;
    let trial = started_trial(app, &w).await;
    let admin = app.token(Role::Admin).await;
    let applicant = app.token(Role::Applicant).await;
    let scheme = w.setup.scheme_id;
    let call = |method: Method, path: String, token: &str, body: String| {
        let token = token.to_owned();
        async move {
            let reply = app.api(method, &path, Some(&token), Some(&body)).await;
            assert!(reply.status.is_success(), "{path}: {}", reply.text());
            reply.json()
        }
    };
    call(
        Method::PUT,
        format!("/api/v1/schemes/{scheme}/budget"),
        &admin,
        r#"{"currency": "DKK", "total": 100000000, "years": []}"#.into(),
    )
    .await;
    let grant = call(
        Method::POST,
        format!("/api/v1/trials/{trial}/funds/grants"),
        &admin,
        r#"{"amount_awarded": 40000050, "amount_applied_for": 60000000, "award_date": "2025-02-01"}"#.into(),
    )
    .await;
    let grant_id = grant["id"].as_i64().unwrap();
    call(
        Method::POST,
        format!("/api/v1/trials/{trial}/funds/transactions"),
        &admin,
        format!(r#"{{"grant_id": {grant_id}, "transaction_date": "2025-03-01", "value": 30000000, "description": "UDB-17"}}"#),
    )
    .await;
    call(
        Method::POST,
        format!("/api/v1/trials/{trial}/funds/spending"),
        &applicant,
        r#"{"period_start": "2025-01-01", "period_end": "2025-06-30", "amount": 1000000, "purpose": "Hemmelig konsulentregning"}"#.into(),
    )
    .await;

    // The approved objective becomes an indicator when the applicant opens it.
    let base = format!("/api/v1/trials/{trial}/indicators");
    let read = app.api(Method::GET, &base, Some(&applicant), None).await;
    assert_eq!(read.status, 200, "{}", read.text());
    let periods: Vec<i64> = read.json()["indicators"][0]["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["period"]["id"].as_i64().unwrap())
        .collect();
    let actual = |period: i64, value: &str| {
        call(
            Method::PUT,
            format!("{base}/periods/{period}/actual"),
            &applicant,
            format!(r#"{{"value": {value}, "comment": "Opgjort i januar", "submit": true}}"#),
        )
    };
    let sent = actual(periods[0], "64.5").await;
    let review = (
        format!("{base}/updates/{}/review", sent["id"]),
        format!(
            r#"{{"version": {}, "verdict": "approve"}}"#,
            sent["version"]
        ),
    );
    (trial, review)
}

/// Approves the actual sent for review, as the secretariat.
async fn approve(app: &TestApp, (path, body): (String, String)) {
    let admin = app.token(Role::Admin).await;
    let reply = app
        .api(Method::POST, &path, Some(&admin), Some(&body))
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
}

fn publishing_app(app: &TestApp) -> App {
    App::new(
        app.store.store.clone(),
        AppConfig {
            public_url: "https://frirum.example.org".into(),
            iati_publisher: Publisher::new(
                "NO-BRC-972417858",
                "Kommunal- og distriktsdepartementet",
            )
            .unwrap(),
            ..AppConfig::default()
        },
    )
}

#[tokio::test]
async fn the_iati_file_validates_against_the_official_schema_and_holds_the_trial() {
    let test = TestApp::new().await;
    let (trial, review) = trial_with_funds_and_results(&test).await;
    let app = publishing_app(&test);
    let now = time::OffsetDateTime::now_utc();
    // A value waiting for review is not the public's.
    let pending = iati::build(&app, now).await.unwrap().unwrap();
    let pending = String::from_utf8(pending).unwrap();
    assert!(!pending.contains("<actual"), "{pending}");
    approve(&test, review).await;
    let xml = iati::build(&app, now)
        .await
        .unwrap()
        .expect("a trial makes a file");
    let text = String::from_utf8(xml.clone()).unwrap();

    if let Some(valid) = xmllint(&xml) {
        valid.unwrap_or_else(|e| panic!("the IATI file is not valid:\n{e}\n{text}"));
    }
    let has = |needle: &str| assert!(text.contains(needle), "{needle} missing:\n{text}");
    has(r#"<iati-activities version="2.03" generated-datetime=""#);
    has(&format!(
        "<iati-identifier>NO-BRC-972417858-trial-{trial}</iati-identifier>"
    ));
    has(r#"<reporting-org ref="NO-BRC-972417858" type="10">"#);
    has("<narrative>Kommunal- og distriktsdepartementet</narrative>");
    has(r#"<participating-org ref="NO-BRC-972417858" type="10" role="1">"#);
    has(r#"<participating-org type="11" role="4">"#);
    // Running: implementation; planned and actual start, planned end.
    has(r#"<activity-status code="2"/>"#);
    has(r#"<activity-date type="1" iso-date="2025-01-01"/>"#);
    has(r#"<activity-date type="2" iso-date="2025-01-01"/>"#);
    has(r#"<activity-date type="3" iso-date="2028-12-31"/>"#);
    has(r#"<sector vocabulary="99""#);
    // The grant as a commitment, the payment as a disbursement, in kroner.
    has(r#"<transaction-type code="2"/>"#);
    has(r#"<value currency="DKK" value-date="2025-02-01">400000.50</value>"#);
    has(r#"<transaction-type code="3"/>"#);
    has(r#"<value currency="DKK" value-date="2025-03-01">300000.00</value>"#);
    // The objective as a result: percentage, its approved 2025 actual and nothing else.
    has(r#"<indicator measure="2" ascending="1">"#);
    has(r#"<narrative xml:lang="da">Unge i uddannelse</narrative>"#);
    has(r#"<actual value="64.5"/>"#);
    assert_eq!(text.matches("<actual").count(), 1, "{text}");
    assert!(
        !text.contains("Hemmelig"),
        "spending is not public:\n{text}"
    );
}

#[tokio::test]
async fn xmllint_rejects_a_broken_iati_file() {
    let test = TestApp::new().await;
    let (_, review) = trial_with_funds_and_results(&test).await;
    approve(&test, review).await;
    let app = publishing_app(&test);
    let xml = iati::build(&app, time::OffsetDateTime::now_utc())
        .await
        .unwrap()
        .unwrap();
    let text = String::from_utf8(xml).unwrap();
    // The status before the participants: out of the schema's order.
    let status_start = text.find("<activity-status").unwrap();
    let status_end = status_start + text[status_start..].find("/>").unwrap() + 2;
    let status = &text[status_start..status_end];
    let mut broken = text.replacen(status, "", 1);
    let at = broken.find("<participating-org").unwrap();
    broken.insert_str(at, status);
    // And an activity without a title.
    let title_start = text.find("<title>").unwrap();
    let title_end = text.find("</title>").unwrap() + "</title>".len();
    let untitled = text.replacen(&text[title_start..title_end], "", 1);
    for bad in [broken, untitled] {
        if let Some(valid) = xmllint(bad.as_bytes()) {
            assert!(valid.is_err(), "xmllint accepted a broken file:\n{bad}");
        }
    }
}

#[tokio::test]
async fn the_360giving_file_validates_against_the_official_schema() {
    let test = TestApp::new().await;
    let (trial, review) = trial_with_funds_and_results(&test).await;
    approve(&test, review).await;
    let app = publishing_app(&test);
    let json = giving::build(&app, time::OffsetDateTime::now_utc())
        .await
        .unwrap()
        .expect("a grant makes a file");
    let package: Value = serde_json::from_slice(&json).unwrap();
    let errors = giving_errors(&package);
    assert!(errors.is_empty(), "{errors:#?}\n{package:#}");

    assert_eq!(package["version"], "1.4");
    let grants = package["grants"].as_array().unwrap();
    assert_eq!(grants.len(), 1);
    let grant = &grants[0];
    assert!(
        grant["id"]
            .as_str()
            .unwrap()
            .starts_with("360G-NO-BRC-972417858-grant-")
    );
    assert_eq!(grant["currency"], "DKK");
    assert_eq!(grant["amountAwarded"], 400_000.5);
    assert_eq!(grant["amountAppliedFor"], 600_000.0);
    assert_eq!(grant["amountDisbursed"], 300_000.0);
    assert_eq!(grant["awardDate"], "2025-02-01");
    assert_eq!(grant["plannedDates"][0]["endDate"], "2028-12-31");
    assert_eq!(grant["actualDates"][0]["startDate"], "2025-01-01");
    assert_eq!(
        grant["url"],
        format!("https://frirum.example.org/trials/{trial}")
    );
    assert_eq!(grant["fundingOrganization"][0]["id"], "NO-BRC-972417858");
    assert_eq!(grant["recipientOrganization"][0]["name"], "Aarhus");
    assert_eq!(grant["disbursementTransaction"][0]["value"], 300_000.0);
    assert!(!String::from_utf8(json).unwrap().contains("Hemmelig"));

    // A grant without its currency, or with an amount as text, is refused by the schema.
    let mut no_currency = package.clone();
    no_currency["grants"][0]
        .as_object_mut()
        .unwrap()
        .remove("currency");
    assert!(!giving_errors(&no_currency).is_empty());
    let mut text_amount = package.clone();
    text_amount["grants"][0]["amountAwarded"] = "400 000,50".into();
    assert!(!giving_errors(&text_amount).is_empty());
}

#[tokio::test]
async fn without_trials_there_is_no_file_of_either_standard() {
    let test = TestApp::new().await;
    let app = publishing_app(&test);
    let now = time::OffsetDateTime::now_utc();
    assert!(iati::build(&app, now).await.unwrap().is_none());
    assert!(giving::build(&app, now).await.unwrap().is_none());
}

#[tokio::test]
async fn qualitative_results_breakdowns_and_every_status_validate_too() {
    use frirum_domain::indicator::{ActualValue, Breakdown, CategoryActual, Measure};
    use frirum_domain::trial::{EndKind, TrialStatus};

    let test = TestApp::new().await;
    let (_, review) = trial_with_funds_and_results(&test).await;
    approve(&test, review).await;
    let app = publishing_app(&test);
    let now = time::OffsetDateTime::now_utc();
    let records = iati::public_trials(&app, now).await.unwrap();
    let running = records[0].clone();

    // A numeric indicator broken down by age, and a qualitative one told in words.
    let mut broken_down = running.indicators[0].clone();
    broken_down.indicator.definition.breakdown = Some(Breakdown {
        dimension: "Alder".into(),
        categories: vec!["15-17".into(), "18-24".into()],
    });
    let update = broken_down.periods[0].update.as_mut().unwrap();
    update.breakdown = vec![
        CategoryActual {
            category: "15-17".into(),
            value: ActualValue::Number(58.0),
        },
        CategoryActual {
            category: "18-24".into(),
            value: ActualValue::Number(70.25),
        },
    ];
    let mut told = running.indicators[0].clone();
    told.indicator.definition.measure = Measure::Qualitative;
    told.indicator.definition.title = "Samarbejdet med skolerne".into();
    told.periods[0].update.as_mut().unwrap().value = Some(ActualValue::Text(
        "Fælles møder hver måned & færre sager".into(),
    ));

    let mut suspended = running.clone();
    suspended.summary.id += 100;
    suspended.summary.status = TrialStatus::Suspended;
    suspended.indicators = vec![broken_down, told];
    let theme = suspended.themes[0].clone();
    for n in 1..3 {
        let mut other = theme.clone();
        other.id += n;
        other.title = format!("{} {n}", theme.title);
        suspended.themes.push(other);
    }
    let mut cancelled = running.clone();
    cancelled.summary.id += 200;
    cancelled.summary.status = TrialStatus::Ended;
    cancelled.summary.end_kind = Some(EndKind::StoppedEarly);
    cancelled.summary.actual_start = None;
    cancelled.allocations.clear();
    cancelled.payments.clear();
    cancelled.indicators.clear();
    cancelled.themes.clear();
    cancelled.exemptions.clear();

    let xml = iati::render(
        &app.config.iati_publisher,
        &app.config.public_url,
        &[running, suspended, cancelled],
        now,
    )
    .unwrap()
    .unwrap();
    let text = String::from_utf8(xml.clone()).unwrap();
    if let Some(valid) = xmllint(&xml) {
        valid.unwrap_or_else(|e| panic!("the IATI file is not valid:\n{e}\n{text}"));
    }
    let has = |needle: &str| assert!(text.contains(needle), "{needle} missing:\n{text}");
    has(r#"<activity-status code="6"/>"#);
    has(r#"<activity-status code="5"/>"#);
    has(r#"<dimension name="Alder" value="15-17"/>"#);
    has(r#"<actual value="70.25">"#);
    has(r#"<indicator measure="5">"#);
    has("Fælles møder hver måned &amp; færre sager</narrative>");
    has(r#"percentage="33.34""#);
    assert_eq!(text.matches(r#"percentage="33.33""#).count(), 2, "{text}");
    // Without exemptions, the title says what the trial is about.
    assert_eq!(text.matches("<description type=\"1\">").count(), 3);
}
