//! The law sync's admin page and API through the router: the runs and the catalogue's
//! version for the secretariat; "Sync now" says the sources are not configured where they
//! are not (the demo, the tests), is refused while another holds the lease, and otherwise
//! starts a run in the background that the list then shows, with its error in words.

mod common;

use std::time::Duration;

use axum::http::Method;
use common::{Browser, TestApp};
use frirum_app::law_sync::{Schedule, Source, SyncConfig};
use frirum_app::{App, AppConfig};
use frirum_domain::Role;
use frirum_store::law_sync::{SyncCounts, SyncOutcome};
use frirum_web::{AppState, WebConfig};
use serde_json::Value;

#[tokio::test]
async fn the_runs_are_listed_and_sync_now_says_the_sources_are_not_configured() {
    let app = TestApp::new().await;
    let store = &app.store.store;
    let now = time::OffsetDateTime::now_utc();
    let id = store.start_sync_run("lovdata", now).await.unwrap();
    let counts = SyncCounts {
        fetched: 2,
        added: 3,
        ..Default::default()
    };
    store
        .finish_sync_run(
            id,
            SyncOutcome::Failed,
            &counts,
            Some("lovdata: the server answered 500"),
            now,
        )
        .await
        .unwrap();

    let mut browser = Browser::new(&app);
    browser.login(Role::Admin).await;
    let page = browser.get("/admin/law-sync").await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(
        html.contains("href=\"/admin/law-sync\""),
        "in the admin navigation"
    );
    assert!(html.contains("lovdata: the server answered 500"), "{html}");
    assert!(html.contains("id=\"catalogue-version\""));

    // Without the box ticked nothing starts.
    let unconfirmed = browser.post("/admin/law-sync", &[]).await;
    assert_eq!(unconfirmed.location(), "/admin/law-sync?refused=confirm");
    let refused = browser.post("/admin/law-sync", &[("confirm", "1")]).await;
    assert_eq!(refused.status, 303);
    assert_eq!(
        refused.location(),
        "/admin/law-sync?refused=law_sync_not_configured"
    );
    let page = browser.get(&refused.location()).await.text();
    assert!(page.contains("id=\"law-sync-error\""), "{page}");

    let token = app.token(Role::Admin).await;
    let listed = app
        .api(Method::GET, "/api/v1/law-sync", Some(&token), None)
        .await;
    assert_eq!(listed.status, 200);
    let body: Value = listed.json();
    assert_eq!(body["configured"], false);
    assert_eq!(body["runs"][0]["outcome"], "failed");
    assert_eq!(body["runs"][0]["fetched"], 2);
    assert_eq!(body["runs"][0]["error"], "lovdata: the server answered 500");
    let start = app
        .api(Method::POST, "/api/v1/law-sync/runs", Some(&token), None)
        .await;
    assert_eq!(start.status, 409);
    assert_eq!(start.json()["error"]["code"], "law_sync_not_configured");

    // The others may not see it.
    let applicant = app.token(Role::Applicant).await;
    let denied = app
        .api(Method::GET, "/api/v1/law-sync", Some(&applicant), None)
        .await;
    assert_eq!(denied.status, 403);
}

#[tokio::test]
async fn sync_now_runs_once_under_the_lease_and_records_the_run() {
    let mut app = TestApp::new().await;
    // Nothing listens on this port of the slice's range: the run fails fast, in words.
    let config = SyncConfig {
        lovdata: vec!["http://127.0.0.1:18817/gjeldende-lover.tar.bz2".to_owned()],
        timeout: Duration::from_secs(5),
        ..SyncConfig::default()
    };
    let app_config = AppConfig {
        law_sync: Some(Schedule {
            at: None,
            sources: vec![Source::Lovdata],
            config,
        }),
        ..AppConfig::default()
    };
    app.router = frirum_web::router(AppState::new(
        App::new(app.store.store.clone(), app_config),
        WebConfig::default(),
    ));
    let store = app.store.store.clone();
    let now = time::OffsetDateTime::now_utc();
    // Another server is syncing: "Sync now" says so and starts nothing.
    assert!(
        store
            .take_lease(
                "law_sync",
                "another-server",
                now + time::Duration::hours(1),
                now
            )
            .await
            .unwrap()
    );
    let mut browser = Browser::new(&app);
    browser.login(Role::Admin).await;
    let busy = browser.post("/admin/law-sync", &[("confirm", "1")]).await;
    assert_eq!(busy.location(), "/admin/law-sync?refused=law_sync_busy");
    assert!(store.sync_runs(10).await.unwrap().is_empty());
    store
        .release_lease("law_sync", "another-server")
        .await
        .unwrap();

    let started = browser.post("/admin/law-sync", &[("confirm", "1")]).await;
    assert_eq!(started.location(), "/admin/law-sync?started=1");
    let page = browser.get(&started.location()).await.text();
    assert!(page.contains("id=\"law-sync-notice\""), "{page}");
    // The run goes on in the background; wait for its outcome.
    let mut runs = Vec::new();
    for _ in 0..100 {
        runs = store.sync_runs(10).await.unwrap();
        if runs
            .first()
            .is_some_and(|r| r.outcome != SyncOutcome::Running)
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(runs.len(), 1, "{runs:?}");
    assert_eq!(runs[0].source, "lovdata");
    assert_eq!(runs[0].outcome, SyncOutcome::Failed);
    assert!(
        runs[0]
            .error
            .as_deref()
            .is_some_and(|e| e.contains("127.0.0.1:18817")),
        "{runs:?}"
    );
    // The lease is given back just after the outcome is recorded: another server may take
    // it then (waited for, as the run's task ends on its own).
    let mut taken = false;
    for _ in 0..100 {
        taken = store
            .take_lease(
                "law_sync",
                "another-server",
                now + time::Duration::hours(1),
                now,
            )
            .await
            .unwrap();
        if taken {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(taken, "the lease was never given back");
}
