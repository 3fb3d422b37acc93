//! Open data through the router: the files the build stores are served with their ETag
//! (304 when the client has them), the data package describes every column of every CSV,
//! nothing of a scheme the public may not see is in any file, and a change to public data
//! makes the next build write new files while no change writes nothing.

mod common;

use std::io::Read;

use axum::http::StatusCode;
use common::TestApp;
use common::fixtures::{World, world};
use frirum_app::open_data::{self, Rebuilt};
use frirum_app::{App, AppConfig};
use time::OffsetDateTime;

fn app_of(test: &TestApp) -> App {
    App::new(test.store.store.clone(), AppConfig::default())
}

/// Approves the world's submitted application, so that a decision and a trial are public.
async fn approve(test: &TestApp, w: &World) -> i64 {
    use frirum_domain::decision::{
        DecisionDraft, GrantChoice, NewDecision, Outcome, RegulationKind,
    };
    use frirum_domain::journal::Actor;
    let store = &test.store.store;
    let now = OffsetDateTime::now_utc();
    let application = store.application(w.submitted_id).await.unwrap().unwrap();
    let decision = NewDecision::from_validated(
        DecisionDraft {
            outcome: Outcome::Approved,
            reasons: "Godt begrundet.".into(),
            granted: vec![GrantChoice {
                exemption: 0,
                provision_ids: vec![],
                note: "=SUM(A1)".into(),
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
    store
        .decide(application.id, &decision, Actor::user(1, now))
        .await
        .unwrap()
        .trial_id
        .unwrap()
}

/// The files of a zip by name.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut body = Vec::new();
            file.read_to_end(&mut body).unwrap();
            (file.name().unwrap().into_owned(), body)
        })
        .collect()
}

/// Text as the page's HTML writes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('\'', "&#39;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

async fn built(test: &TestApp) -> Rebuilt {
    open_data::rebuild(&app_of(test), OffsetDateTime::now_utc())
        .await
        .unwrap()
}

#[tokio::test]
async fn the_data_package_describes_every_column_of_every_csv() {
    let test = TestApp::new().await;
    let w = world(&test).await;
    approve(&test, &w).await;
    assert!(matches!(built(&test).await, Rebuilt::Built { .. }));
    let reply = test.get("/open-data/frirum.zip").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.headers["content-type"], "application/zip");
    assert_eq!(
        reply.headers["content-disposition"],
        "attachment; filename=\"frirum.zip\""
    );
    let files = unzip(&reply.body);
    let package: serde_json::Value = serde_json::from_slice(
        &files
            .iter()
            .find(|(n, _)| n == "datapackage.json")
            .expect("a data package")
            .1,
    )
    .unwrap();
    assert_eq!(package["profile"], "tabular-data-package");
    let resources = package["resources"].as_array().unwrap();
    let csvs: Vec<_> = files.iter().filter(|(n, _)| n.ends_with(".csv")).collect();
    assert_eq!(csvs.len(), resources.len(), "one resource per CSV");
    assert_eq!(csvs.len(), open_data::TABLES.len());
    let mut rows = 0;
    for (name, body) in csvs {
        let resource = resources
            .iter()
            .find(|r| r["path"] == name.as_str())
            .unwrap_or_else(|| panic!("{name} is not described"));
        assert_eq!(resource["profile"], "tabular-data-resource");
        let fields = resource["schema"]["fields"].as_array().unwrap();
        let mut reader = csv::Reader::from_reader(body.as_slice());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        let described: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
        assert_eq!(
            header, described,
            "{name}: every column described, in order"
        );
        for f in fields {
            assert!(
                !f["description"].as_str().unwrap().is_empty(),
                "{name}: {f}"
            );
            assert!(
                ["integer", "number", "string", "boolean", "date", "datetime"]
                    .contains(&f["type"].as_str().unwrap()),
                "{f}"
            );
        }
        for key in resource["schema"]["primaryKey"].as_array().unwrap() {
            assert!(described.contains(&key.as_str().unwrap()), "{name}: {key}");
        }
        for record in reader.records() {
            assert_eq!(record.unwrap().len(), header.len(), "{name}");
            rows += 1;
        }
    }
    assert!(rows > 0, "the world's public data is in the files");
    let text =
        |n: &str| String::from_utf8(files.iter().find(|(f, _)| f == n).unwrap().1.clone()).unwrap();
    assert!(text("schemes.csv").contains("DK2030"));
    assert!(text("decisions.csv").contains("Godt begrundet."));
    assert!(text("trials.csv").lines().count() == 2, "one trial");
    // A note that looks like a formula is made inert for spreadsheets.
    assert!(text("grants.csv").contains("'=SUM(A1)"));

    // The page lists the download with the data dictionary made from the same fields.
    let page = test.get("/open-data").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(html.contains("href=\"/open-data/frirum.zip\""), "{html}");
    assert!(html.contains(&format!(
        "href=\"/schemes/{}/open-data.xlsx\"",
        w.setup.scheme_id
    )));
    for def in open_data::TABLES {
        assert!(html.contains(&format!("id=\"table-{}\"", def.name)));
        for f in def.fields {
            assert!(
                html.contains(&escaped(f.description)),
                "{}.{}",
                def.name,
                f.name
            );
        }
    }
}

#[tokio::test]
async fn a_scheme_the_public_may_not_see_is_in_no_file() {
    let test = TestApp::new().await;
    let w = world(&test).await;
    approve(&test, &w).await;
    built(&test).await;
    let mut texts = Vec::new();
    for path in ["/open-data/frirum.zip", "/open-data/frirum.xlsx"] {
        let reply = test.get(path).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        for (_, body) in unzip(&reply.body) {
            texts.push(String::from_utf8_lossy(&body).into_owned());
        }
    }
    let json = test.get("/open-data/frirum.json").await;
    assert_eq!(json.status, StatusCode::OK);
    let document = json.json();
    assert!(document["generated_at"].is_string());
    assert_eq!(document["tables"]["schemes"].as_array().unwrap().len(), 1);
    texts.push(json.text());
    // DK2031 gathers proposals (signed-in people only) and DK2032 is a draft.
    for text in &texts {
        assert!(!text.contains("DK2031") && !text.contains("DK2032"));
        assert!(!text.contains("Ordning DK203"));
    }
    assert!(texts.iter().any(|t| t.contains("DK2030")));
    for scheme in [w.draft_scheme, w.proposals_scheme, 999_999] {
        for format in ["zip", "json", "xlsx"] {
            let reply = test
                .get(&format!("/schemes/{scheme}/open-data.{format}"))
                .await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{scheme} {format}");
        }
    }
    let public = test
        .get(&format!("/schemes/{}/open-data.json", w.setup.scheme_id))
        .await;
    assert_eq!(public.status, StatusCode::OK);
    assert_eq!(
        public.headers["content-disposition"],
        format!(
            "attachment; filename=\"frirum-scheme-{}.json\"",
            w.setup.scheme_id
        )
    );
    assert_eq!(
        public.json()["tables"]["trials"].as_array().unwrap().len(),
        1
    );
    assert_eq!(
        test.get("/open-data/other.zip").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_matching_if_none_match_is_answered_304_without_a_body() {
    let test = TestApp::new().await;
    world(&test).await;
    built(&test).await;
    let first = test.get("/open-data/frirum.xlsx").await;
    assert_eq!(first.status, StatusCode::OK);
    let etag = first.headers["etag"].to_str().unwrap().to_owned();
    assert!(etag.starts_with('"') && etag.ends_with('"'));
    for header in [etag.clone(), format!("\"other\", {etag}"), "*".to_owned()] {
        let again = test
            .get_with("/open-data/frirum.xlsx", &[("if-none-match", &header)])
            .await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{header}");
        assert!(again.body.is_empty());
        assert_eq!(again.headers["etag"], etag.as_str());
    }
    let stale = test
        .get_with("/open-data/frirum.xlsx", &[("if-none-match", "\"stale\"")])
        .await;
    assert_eq!(stale.status, StatusCode::OK);
    assert_eq!(stale.body, first.body);
}

#[tokio::test]
async fn a_change_to_public_data_is_built_again_and_no_change_is_not() {
    let test = TestApp::new().await;
    let w = world(&test).await;
    let app = app_of(&test);
    let first_at = OffsetDateTime::now_utc();
    let Rebuilt::Built { digest: first, .. } = open_data::rebuild(&app, first_at).await.unwrap()
    else {
        panic!("the first build writes files");
    };
    let before = test.get("/open-data/frirum.json").await;
    let later = first_at + time::Duration::minutes(1);
    assert_eq!(
        open_data::rebuild(&app, later).await.unwrap(),
        Rebuilt::Unchanged
    );
    let build = test.store.store.open_data_build().await.unwrap().unwrap();
    assert_eq!(
        build.generated_at.unix_timestamp(),
        first_at.unix_timestamp()
    );

    // A decision is public as soon as it is made.
    approve(&test, &w).await;
    let changed_at = later + time::Duration::minutes(1);
    let Rebuilt::Built { digest: second, .. } = open_data::rebuild(&app, changed_at).await.unwrap()
    else {
        panic!("a change is built");
    };
    assert_ne!(first, second);
    let after = test.get("/open-data/frirum.json").await;
    assert_ne!(before.headers["etag"], after.headers["etag"]);
    assert_eq!(
        before.json()["tables"]["decisions"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        after.json()["tables"]["decisions"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        after.json()["generated_at"],
        open_data::tables::rfc3339(changed_at)
    );
    let page = test.get("/open-data").await.text();
    assert!(page.contains("id=\"open-data-generated\""));
}
