//! The operations page and /metrics through the router: the secretariat sees the jobs'
//! runs, the leases held, the outbox and the last law sync; /metrics exists only with a
//! token, answers 401 without it, and counts requests by route template.

mod common;

use common::{Browser, TestApp};
use frirum_app::App;
use frirum_domain::Role;
use frirum_store::operations::{JobOutcome, NewJobRun};
use frirum_web::metrics::MetricsEndpoint;
use frirum_web::{AppState, WebConfig};

#[tokio::test]
async fn the_secretariat_sees_jobs_leases_and_the_outbox() {
    let app = TestApp::new().await;
    let store = app.store.store.clone();
    let now = time::OffsetDateTime::now_utc();
    let mut browser = Browser::new(&app);
    browser.login(Role::Admin).await;
    let empty = browser.get("/admin/operations").await;
    assert_eq!(empty.status, 200);
    let text = empty.text();
    assert!(text.contains("id=\"operations-no-runs\""), "{text}");
    assert!(text.contains("id=\"operations-no-leases\""));
    assert!(text.contains("<dd id=\"outbox-waiting\">0</dd>"));

    store
        .record_job_run(&NewJobRun {
            job: "upkeep",
            holder: "server-a-1234",
            started_at: now,
            finished_at: now,
            outcome: JobOutcome::Failed,
            detail: Some("the database went away"),
        })
        .await
        .unwrap();
    assert!(
        store
            .take_lease(
                "upkeep",
                "server-b-5678",
                now + time::Duration::hours(1),
                now
            )
            .await
            .unwrap()
    );
    let page = browser.get("/admin/operations").await.text();
    assert!(page.contains("server-a-1234"), "{page}");
    assert!(page.contains("the database went away"));
    assert!(page.contains("server-b-5678"));
    // In the visitor's language, not the outcome's code.
    assert!(page.contains(">Failed<") || page.contains(">Feilet<") || page.contains(">Fejlede<"));
    assert!(!page.contains(">failed<"));

    // Only the secretariat.
    let mut applicant = Browser::new(&app);
    applicant.login(Role::Applicant).await;
    assert_eq!(applicant.get("/admin/operations").await.status, 403);
}

#[tokio::test]
async fn metrics_need_the_token_and_count_routes_by_template() {
    let mut app = TestApp::new().await;
    // Without a token configured there is no /metrics.
    assert_eq!(app.get("/metrics").await.status, 404);

    let recorder = metrics_exporter_prometheus::PrometheusBuilder::new()
        .set_buckets_for_metric(
            metrics_exporter_prometheus::Matcher::Full(
                frirum_web::metrics::REQUEST_SECONDS.to_owned(),
            ),
            frirum_web::metrics::LATENCY_BUCKETS,
        )
        .unwrap()
        .build_recorder();
    let handle = recorder.handle();
    // This test binary's one recorder (the binary installs its own at start).
    metrics::set_global_recorder(recorder).unwrap();
    let token = "a-scraper-token-of-some-length";
    app.router = frirum_web::router(AppState::new(
        App::new(app.store.store.clone(), frirum_app::AppConfig::default()),
        WebConfig {
            metrics: Some(MetricsEndpoint::new(handle, token)),
            ..WebConfig::default()
        },
    ));
    assert_eq!(app.get("/metrics").await.status, 401);
    let wrong = app
        .get_with("/metrics", &[("authorization", "Bearer not-the-token")])
        .await;
    assert_eq!(wrong.status, 401);

    assert_eq!(app.get("/schemes/987654").await.status, 404);
    app.get("/").await;
    let scraped = app
        .get_with(
            "/metrics",
            &[("authorization", format!("Bearer {token}").as_str())],
        )
        .await;
    assert_eq!(scraped.status, 200);
    let text = scraped.text();
    assert!(
        text.contains(
            r#"frirum_http_requests_total{method="GET",route="/schemes/{id}",status="404"} 1"#
        ),
        "{text}"
    );
    assert!(!text.contains("987654"));
    assert!(text.contains(r#"frirum_http_request_duration_seconds_bucket{method="GET",route="/""#));
    assert!(text.contains("frirum_outbox_waiting 0"));
    assert!(text.contains("frirum_law_catalogue_version 0"));
}
