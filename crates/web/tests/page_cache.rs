//! The cache of public answers (`web::page_cache`) through the router: an anonymous read is
//! kept and sent again, a write through this server makes the next anonymous read fresh,
//! and a write by another server (or anything else on the database) is seen once the
//! data's version is polled. Signed-in readers always get a fresh answer.

mod common;

use std::time::Duration;

use axum::body::Body;
use axum::http::{Method, Request, header};
use common::TestApp;
use frirum_app::App;
use frirum_domain::Role;
use frirum_store::testing::TestStore;
use frirum_web::{AppState, PublicCache, WebConfig};
use tower::ServiceExt;

const AARHUS: &str = "/api/v1/organisations/dk/751";

fn cached() -> WebConfig {
    WebConfig {
        public_cache: Some(PublicCache {
            poll: Duration::from_millis(20),
            ..PublicCache::default()
        }),
        ..WebConfig::default()
    }
}

async fn store() -> TestStore {
    match TestStore::postgres().await {
        Some(store) => store,
        None => TestStore::sqlite().await,
    }
}

/// Renames Aarhus behind the web's back, as another server or a job would.
async fn rename_aarhus(app: &TestApp, name: &str) {
    app.store
        .execute_raw(&format!(
            "UPDATE organisations SET name = '{name}' WHERE country = 'dk' AND code = '751'"
        ))
        .await
        .unwrap();
}

#[tokio::test]
async fn a_write_through_the_server_makes_the_next_anonymous_read_fresh() {
    let app = TestApp::with(store().await, cached()).await;
    let first = app.get(AARHUS).await;
    assert_eq!(first.status, 200);
    assert!(first.text().contains("Aarhus"), "{}", first.text());

    // Changed behind this server's back and not polled: the kept answer is sent again,
    // with the same ETag, and a matching If-None-Match is still 304.
    rename_aarhus(&app, "Aarhus Kept").await;
    let kept = app.get(AARHUS).await;
    assert!(!kept.text().contains("Aarhus Kept"), "{}", kept.text());
    assert_eq!(kept.headers[header::ETAG], first.headers[header::ETAG]);
    let tag = first.headers[header::ETAG].to_str().unwrap().to_owned();
    let not_modified = app
        .get_with(AARHUS, &[("if-none-match", tag.as_str())])
        .await;
    assert_eq!(not_modified.status, 304);
    // A signed-in reader is never served from the cache.
    let token = app.token(Role::Admin).await;
    let signed_in = app.api(Method::GET, AARHUS, Some(&token), None).await;
    assert!(signed_in.text().contains("Aarhus Kept"));

    // Any write through this server: the next anonymous read is rendered again.
    let created = app
        .api(
            Method::POST,
            "/api/v1/schemes",
            Some(&token),
            Some(
                r#"{"code": "DK2041", "country": "dk", "title": "Ny", "language": "da",
                    "rules": {"networks_allowed": true, "allowed_kinds": ["municipality"], "score_scale_max": 5}}"#,
            ),
        )
        .await;
    assert!(created.status.is_success(), "{}", created.text());
    let fresh = app.get(AARHUS).await;
    assert!(fresh.text().contains("Aarhus Kept"), "{}", fresh.text());
    assert_ne!(fresh.headers[header::ETAG], first.headers[header::ETAG]);
}

#[tokio::test]
async fn pages_keep_each_visitors_own_csrf_token_and_language() {
    let app = TestApp::with(store().await, cached()).await;
    let danish = app
        .get_with("/organisations", &[("accept-language", "da")])
        .await;
    let english = app
        .get_with("/organisations", &[("accept-language", "en")])
        .await;
    assert_eq!(danish.status, 200);
    assert_ne!(danish.text(), english.text(), "one answer per language");
    // Two anonymous visitors: each page carries the visitor's own token, which their
    // form posts then pass the CSRF check with, and a tag of its own: the same at each
    // visit (304 when asked with it), another for another visitor.
    let mut tags = Vec::new();
    for visitor in ["a", "b"] {
        let token = format!("{visitor}{}", "0".repeat(42));
        let cookie = format!("frirum_csrf={token}");
        let page = app
            .get_with(
                "/organisations",
                &[("accept-language", "da"), ("cookie", cookie.as_str())],
            )
            .await;
        assert_eq!(page.status, 200);
        assert!(
            page.text().contains(&format!("value=\"{token}\"")),
            "{visitor}"
        );
        let others = danish.cookie("frirum_csrf").unwrap();
        assert!(!page.text().contains(&others), "{visitor}");
        let tag = page.headers[header::ETAG].to_str().unwrap().to_owned();
        let again = app
            .get_with(
                "/organisations",
                &[("accept-language", "da"), ("cookie", cookie.as_str())],
            )
            .await;
        assert_eq!(again.headers[header::ETAG], tag.as_str(), "{visitor}");
        let unchanged = app
            .get_with(
                "/organisations",
                &[
                    ("accept-language", "da"),
                    ("cookie", cookie.as_str()),
                    ("if-none-match", tag.as_str()),
                ],
            )
            .await;
        assert_eq!(unchanged.status, 304, "{visitor}");
        assert!(unchanged.text().is_empty(), "{visitor}");
        tags.push(tag);
    }
    assert_ne!(tags[0], tags[1], "each visitor's page has a tag of its own");
}

#[tokio::test]
async fn another_servers_write_is_seen_once_the_data_version_is_polled() {
    let app = TestApp::with(store().await, cached()).await;
    // Two servers on one database, each with its own cache; the first follows the version.
    let state = |config: WebConfig| {
        AppState::new(
            App::new(app.store.store.clone(), frirum_app::AppConfig::default()),
            config,
        )
    };
    let first = state(cached());
    let follow = tokio::spawn(frirum_web::follow_data_version(
        first.page_cache.clone().unwrap(),
        first.app.clone(),
    ));
    let first = frirum_web::router(first);
    let second = frirum_web::router(state(cached()));
    let get = |router: axum::Router| async move {
        let reply = router
            .oneshot(Request::get(AARHUS).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let body = axum::body::to_bytes(reply.into_body(), usize::MAX)
            .await
            .unwrap();
        String::from_utf8(body.to_vec()).unwrap()
    };
    assert!(get(first.clone()).await.contains("\"Aarhus"));
    tokio::time::sleep(Duration::from_millis(100)).await;

    // The second server's write moves the data version; the first sees it by polling.
    let token = app.token(Role::Admin).await;
    let write = second
        .clone()
        .oneshot(
            Request::post("/api/v1/schemes")
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(
                    r#"{"code": "DK2042", "country": "dk", "title": "Ny", "language": "da",
                        "rules": {"networks_allowed": true, "allowed_kinds": ["municipality"], "score_scale_max": 5}}"#,
                ))
                .unwrap(),
        )
        .await
        .unwrap();
    assert!(write.status().is_success());
    rename_aarhus(&app, "Aarhus Elsewhere").await;
    let mut seen = false;
    for _ in 0..100 {
        if get(first.clone()).await.contains("Aarhus Elsewhere") {
            seen = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    follow.abort();
    assert!(seen, "the first server still sends what it kept");
}
