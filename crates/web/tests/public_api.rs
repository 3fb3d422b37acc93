//! The public API's limit per client address (429 `rate_limited` with `Retry-After`) and
//! the ETags of API answers and public lists (304 on a matching `If-None-Match`), through
//! the router.

mod common;

use std::net::{IpAddr, SocketAddr};

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use common::{Reply, TestApp};
use frirum_domain::Role;
use frirum_store::testing::TestStore;
use frirum_web::WebConfig;

async fn limited_app(per_minute: u32, burst: u32, trusted: Vec<IpAddr>) -> TestApp {
    let store = match TestStore::postgres().await {
        Some(store) => store,
        None => TestStore::sqlite().await,
    };
    let config = WebConfig {
        api_rate_limit: frirum_web::api_rate_limit(per_minute, burst),
        trusted_proxies: trusted,
        ..WebConfig::default()
    };
    TestApp::with(store, config).await
}

/// A GET from `peer`, naming `forwarded` in `X-Forwarded-For` when given.
async fn get_from(
    app: &TestApp,
    path: &str,
    peer: [u8; 4],
    forwarded: Option<&str>,
    token: Option<&str>,
) -> Reply {
    let mut request = Request::get(path);
    if let Some(client) = forwarded {
        request = request.header("x-forwarded-for", client);
    }
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let mut request = request.body(Body::empty()).unwrap();
    request
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::from((peer, 40000))));
    app.send(request).await
}

#[tokio::test]
async fn the_public_api_beyond_its_rate_is_429_with_retry_after() {
    let app = limited_app(60, 3, Vec::new()).await;
    let peer = [192, 0, 2, 10];
    for _ in 0..3 {
        let reply = get_from(&app, "/api/v1/schemes", peer, None, None).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    }
    let refused = get_from(&app, "/api/v1/organisations", peer, None, None).await;
    let body = common::fixtures::assert_code(&refused, 429, "rate_limited");
    let retry: u64 = refused.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=2).contains(&retry), "Retry-After {retry}");
    assert_eq!(body["error"]["details"]["retry_after_seconds"], retry);

    // Another address has its own allowance; pages are not the API and are not counted.
    let other = get_from(&app, "/api/v1/schemes", [192, 0, 2, 11], None, None).await;
    assert_eq!(other.status, StatusCode::OK);
    let page = get_from(&app, "/schemes", peer, None, None).await;
    assert_eq!(page.status, StatusCode::OK);

    // A caller with a token is not the public: not limited.
    let token = app.token(Role::Admin).await;
    let signed_in = get_from(&app, "/api/v1/schemes", peer, None, Some(&token)).await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.text());
}

#[tokio::test]
async fn the_limit_counts_the_client_a_trusted_proxy_names() {
    let proxy: IpAddr = [10, 0, 0, 1].into();
    let app = limited_app(60, 2, vec![proxy]).await;
    for _ in 0..2 {
        let reply = get_from(
            &app,
            "/api/v1/schemes",
            [10, 0, 0, 1],
            Some("203.0.113.7"),
            None,
        )
        .await;
        assert_eq!(reply.status, StatusCode::OK);
    }
    let refused = get_from(
        &app,
        "/api/v1/schemes",
        [10, 0, 0, 1],
        Some("203.0.113.7"),
        None,
    )
    .await;
    common::fixtures::assert_code(&refused, 429, "rate_limited");
    // Another client behind the same proxy is not held back by the first.
    let other = get_from(
        &app,
        "/api/v1/schemes",
        [10, 0, 0, 1],
        Some("203.0.113.8"),
        None,
    )
    .await;
    assert_eq!(other.status, StatusCode::OK);
    // An untrusted peer's header is not believed: it is counted as itself.
    for _ in 0..2 {
        let reply = get_from(
            &app,
            "/api/v1/schemes",
            [192, 0, 2, 20],
            Some("203.0.113.9"),
            None,
        )
        .await;
        assert_eq!(reply.status, StatusCode::OK);
    }
    let refused = get_from(
        &app,
        "/api/v1/schemes",
        [192, 0, 2, 20],
        Some("203.0.113.10"),
        None,
    )
    .await;
    common::fixtures::assert_code(&refused, 429, "rate_limited");
}

#[tokio::test]
async fn the_openapi_document_lists_429_with_retry_after_on_the_public_lists() {
    let app = TestApp::new().await;
    let document = app.get("/api/openapi.json").await.json();
    let responses = &document["paths"]["/api/v1/schemes"]["get"]["responses"];
    assert_eq!(
        responses["429"]["$ref"], "#/components/responses/TooManyRequests",
        "{responses}"
    );
    let shared = &document["components"]["responses"]["TooManyRequests"];
    assert!(shared["headers"]["Retry-After"].is_object(), "{shared}");
    assert!(
        shared["description"]
            .as_str()
            .unwrap()
            .contains("rate_limited")
    );
}

#[tokio::test]
async fn a_list_carries_an_etag_and_a_matching_if_none_match_is_304_without_a_body() {
    let app = TestApp::new().await;
    let first = app.get("/api/v1/organisations").await;
    assert_eq!(first.status, StatusCode::OK);
    let tag = first.headers[header::ETAG].to_str().unwrap().to_owned();
    assert!(tag.starts_with('"') && tag.ends_with('"'), "{tag}");
    // The same data, the same tag.
    let again = app.get("/api/v1/organisations").await;
    assert_eq!(again.headers[header::ETAG].to_str().unwrap(), tag);

    let cached = app
        .get_with("/api/v1/organisations", &[("if-none-match", &tag)])
        .await;
    assert_eq!(cached.status, StatusCode::NOT_MODIFIED);
    assert!(cached.body.is_empty());
    assert_eq!(cached.headers[header::ETAG].to_str().unwrap(), tag);
    // The API's answers stay out of shared caches, revalidated or not.
    assert_eq!(cached.headers[header::CACHE_CONTROL], "no-store");

    // A weak form of the tag in a list matches too; another tag does not.
    let listed = format!("\"0000\", W/{tag}");
    let weak = app
        .get_with("/api/v1/organisations", &[("if-none-match", &listed)])
        .await;
    assert_eq!(weak.status, StatusCode::NOT_MODIFIED);
    let stale = app
        .get_with("/api/v1/organisations", &[("if-none-match", "\"0000\"")])
        .await;
    assert_eq!(stale.status, StatusCode::OK);
    assert!(!stale.body.is_empty());
}

#[tokio::test]
async fn a_change_in_the_data_changes_the_tag() {
    let app = TestApp::new().await;
    let token = app.token(Role::Admin).await;
    let list = |tag: Option<String>| {
        let mut request = Request::get("/api/v1/schemes")
            .header(header::AUTHORIZATION, format!("Bearer {token}"));
        if let Some(tag) = tag {
            request = request.header("if-none-match", tag);
        }
        app.send(request.body(Body::empty()).unwrap())
    };
    let before = list(None).await;
    let tag = before.headers[header::ETAG].to_str().unwrap().to_owned();
    assert_eq!(
        list(Some(tag.clone())).await.status,
        StatusCode::NOT_MODIFIED
    );
    common::fixtures::setup(&app).await;
    // The secretariat sees the new scheme: the list is no longer the one tagged.
    let after = list(Some(tag.clone())).await;
    assert_eq!(after.status, StatusCode::OK, "{}", after.text());
    assert_ne!(after.headers[header::ETAG].to_str().unwrap(), tag);
}

#[tokio::test]
async fn a_public_html_list_carries_an_etag_and_revalidates() {
    let app = TestApp::new().await;
    // A visitor with their cookies: the page (with their form token) is the same each time.
    let mut browser = common::Browser::new(&app);
    let first = browser.get("/schemes").await;
    assert_eq!(first.status, StatusCode::OK);
    let tag = first.headers[header::ETAG].to_str().unwrap().to_owned();
    let cached = app
        .get_with(
            "/schemes",
            &[
                ("cookie", &browser.cookie_header()),
                ("if-none-match", &tag),
            ],
        )
        .await;
    assert_eq!(cached.status, StatusCode::NOT_MODIFIED);
    assert!(cached.body.is_empty());
    // A page that is not a list has no tag.
    let login = browser.get("/login").await;
    assert!(!login.headers.contains_key(header::ETAG));
}
