//! Hardening through the router, each refusal with its stable code: text with NUL, control
//! or bidirectional characters and invisible names refused before any handler (the NUL
//! cases gave 500 on PostgreSQL); path parameters that do not parse; spreadsheet formulas
//! made inert in exports; login throttling that slows down without locking out, per account
//! and per client address behind a trusted proxy; the CSRF token bound to the session and
//! rotated at login; `Cache-Control: no-store` on what is private, HSTS and `__Host-`
//! cookies over HTTPS. Runs on SQLite, and on PostgreSQL when `FRIRUM_TEST_DATABASE_URL` is
//! set.

mod common;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Method, Request, StatusCode, header};
use common::fixtures::{assert_code, call, world};
use common::{Browser, PASSWORD, Reply, TestApp, email, form_body};
use frirum_app::clock::FixedClock;
use frirum_app::{App, AppConfig};
use frirum_domain::Role;
use frirum_domain::login::ThrottlePolicy;
use frirum_store::testing::TestStore;
use frirum_web::{AppState, WebConfig};
use serde_json::json;
use time::{Duration, OffsetDateTime};

/// A test application with its own settings (and clock, when given).
async fn app_with(config: AppConfig, web: WebConfig, clock: Option<Arc<FixedClock>>) -> TestApp {
    let store = match TestStore::postgres().await {
        Some(store) => store,
        None => TestStore::sqlite().await,
    };
    let mut app = TestApp::with(store, web.clone()).await;
    let mut inner = App::new(app.store.store.clone(), config);
    if let Some(clock) = clock {
        inner = inner.with_clock(clock);
    }
    app.router = frirum_web::router(AppState::new(inner, web));
    app
}

fn https() -> AppConfig {
    AppConfig {
        public_url: "https://frirum.example.org".to_owned(),
        ..AppConfig::default()
    }
}

// --- Text checked in one place ---------------------------------------------------------

#[tokio::test]
async fn a_nul_in_a_search_query_is_refused_without_login() {
    let app = TestApp::new().await;
    for path in [
        "/api/v1/organisations?q=a%00b",
        "/api/v1/provisions/search?q=%00",
        "/api/v1/decisions?page=1&x=%E2%80%AE",
    ] {
        let reply = app.api(Method::GET, path, None, None).await;
        assert_code(&reply, 422, "invalid_characters");
    }
    let body = assert_code(
        &app.api(Method::GET, "/api/v1/organisations?q=a%00b", None, None)
            .await,
        422,
        "invalid_characters",
    );
    assert_eq!(body["error"]["details"]["field"], "q");
    // The pages refuse it the same way, with the error page.
    let page = app
        .get_with("/organisations?q=a%00b", &[("accept-language", "en")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.text()
            .contains("Search text contains control characters"),
        "the field by its label: {}",
        page.text()
    );
}

#[tokio::test]
async fn a_nul_in_the_login_form_is_refused_not_looked_up() {
    let app = TestApp::new().await;
    let mut browser = Browser::new(&app);
    browser.get("/login").await;
    for (email, password) in [
        ("a\u{0}@test.example", "x"),
        ("admin@test.example", "\u{0}"),
    ] {
        let reply = browser
            .post("/login", &[("email", email), ("password", password)])
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{email:?}");
    }
    // The JSON envelope names the field for API clients.
    let token = app.token(Role::Admin).await;
    let body = assert_code(
        &app.api(
            Method::POST,
            "/api/v1/users",
            Some(&token),
            Some(
                &json!({"email": "x\u{0}@test.example", "name": "X", "role": "researcher",
                        "password": "long enough pw"})
                .to_string(),
            ),
        )
        .await,
        422,
        "invalid_characters",
    );
    assert_eq!(body["error"]["details"]["field"], "email");
}

#[tokio::test]
async fn names_with_control_bidi_or_only_invisible_characters_are_refused() {
    let app = TestApp::new().await;
    let admin = app.token(Role::Admin).await;
    let user = |name: &str| {
        json!({"email": "new@test.example", "name": name, "role": "researcher",
               "password": "long enough pw"})
        .to_string()
    };
    for (name, code) in [
        ("Ola\u{0}", "invalid_characters"),
        ("Ola\u{1b}[31m", "invalid_characters"),
        ("Ola\u{85}", "invalid_characters"),
        ("\u{202e}alO", "invalid_characters"),
        ("Ola\u{2066}x\u{2069}", "invalid_characters"),
        ("Ola\nNordmann", "invalid_characters"),
        ("\u{200b}\u{200b}", "field_required"),
        ("\u{feff} \u{2060}", "field_required"),
        ("   ", "field_required"),
    ] {
        let reply = app
            .api(
                Method::POST,
                "/api/v1/users",
                Some(&admin),
                Some(&user(name)),
            )
            .await;
        let body = assert_code(&reply, 422, code);
        assert_eq!(body["error"]["details"]["field"], "name", "{name:?}");
    }
    // A token name, on the API and in the account page's form.
    let body = assert_code(
        &app.api(
            Method::POST,
            "/api/v1/me/tokens",
            Some(&admin),
            Some(r#"{"name": "ci\u0000"}"#),
        )
        .await,
        422,
        "invalid_characters",
    );
    assert_eq!(body["error"]["details"]["field"], "name");
    let mut browser = Browser::new(&app);
    browser.login(Role::Admin).await;
    let reply = browser
        .post("/account/tokens", &[("name", "\u{200b}")])
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Nested fields are named by their path; multi-line text keeps its line breaks.
    let w = world(&app).await;
    let body = assert_code(
        &app.api(
            Method::POST,
            &format!("/api/v1/schemes/{}/themes", w.setup.scheme_id),
            Some(&admin),
            Some(&json!({"title": "Ok", "description": "a\u{0}"}).to_string()),
        )
        .await,
        422,
        "invalid_characters",
    );
    assert_eq!(body["error"]["details"]["field"], "description");
    let fine = app
        .api(
            Method::POST,
            "/api/v1/users",
            Some(&admin),
            Some(&user("Åse Ødegård-Ærø")),
        )
        .await;
    assert_eq!(fine.status, StatusCode::CREATED, "{}", fine.text());
}

#[tokio::test]
async fn a_registry_file_with_a_nul_is_refused_as_csv_and_as_an_upload() {
    let app = TestApp::new().await;
    let admin = app.token(Role::Admin).await;
    let csv = "code,name,kind,parent_code,population,population_date,population_source,population_uncertain\n\
               2480,Ume\u{0}å,municipality,,130997,2023-12-31,SCB,false\n";
    let reply = app
        .send(
            Request::post("/api/v1/organisations/se/import")
                .header(header::AUTHORIZATION, format!("Bearer {admin}"))
                .header(header::CONTENT_TYPE, "text/csv")
                .body(Body::from(csv))
                .unwrap(),
        )
        .await;
    let body = assert_code(&reply, 422, "invalid_characters");
    assert_eq!(body["error"]["details"]["field"], "body");

    let mut browser = Browser::new(&app);
    browser.login(Role::Admin).await;
    let boundary = "frirum-test-boundary";
    let mut form = String::new();
    for (name, filename, value) in [
        ("csrf_token", "", browser.csrf()),
        ("country", "", "se".to_owned()),
        ("file", "; filename=\"se.csv\"", csv.to_owned()),
    ] {
        form.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"{filename}\r\n\r\n{value}\r\n"
        ));
    }
    form.push_str(&format!("--{boundary}--\r\n"));
    let reply = app
        .send(
            Request::post("/admin/registry")
                .header(header::COOKIE, browser.cookie_header())
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(Body::from(form))
                .unwrap(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn the_command_lines_accounts_and_tokens_are_checked_alike() {
    use frirum_app::accounts::{self as service, NewAccount, ServiceError};
    let app = TestApp::new().await;
    let account = |email: &str, name: &str| NewAccount {
        email: email.to_owned(),
        name: name.to_owned(),
        role: Role::Researcher,
        organisation: None,
        language: None,
        password: "long enough pw".to_owned(),
    };
    let now = OffsetDateTime::now_utc();
    for (email, name, field, code) in [
        ("a\u{0}@test.example", "A", "email", "invalid_characters"),
        ("a@test.example", "A\u{0}", "name", "invalid_characters"),
        ("a@test.example", "\u{200b}", "name", "field_required"),
    ] {
        match service::create_account(&*app.store.store, account(email, name), now).await {
            Err(ServiceError::Field(e)) => assert_eq!((e.field.as_str(), e.code()), (field, code)),
            other => panic!("{email:?} {name:?}: {other:?}"),
        }
    }
    let user = app
        .store
        .store
        .credentials(&email(Role::Admin))
        .await
        .unwrap()
        .unwrap()
        .user;
    let refused = service::create_api_token(&*app.store.store, user.id, "ci\u{0}", now).await;
    assert!(matches!(refused, Err(ServiceError::Field(_))));
}

// --- Path parameters -------------------------------------------------------------------

#[tokio::test]
async fn a_path_parameter_that_does_not_parse_is_invalid_path() {
    let app = TestApp::new().await;
    let token = app.token(Role::Admin).await;
    for path in [
        "/api/v1/applications/abc",
        "/api/v1/schemes/1.5",
        "/api/v1/applications/99999999999999999999999",
    ] {
        let reply = app.api(Method::GET, path, Some(&token), None).await;
        assert_code(&reply, 400, "invalid_path");
    }
    let body = assert_code(
        &app.api(Method::GET, "/api/v1/applications/abc", Some(&token), None)
            .await,
        400,
        "invalid_path",
    );
    assert_eq!(body["error"]["details"]["parameter"], "id");
    // A NUL in a path segment never reaches the store.
    let reply = app
        .api(Method::GET, "/api/v1/organisations/dk/7%0051", None, None)
        .await;
    assert_code(&reply, 400, "invalid_path");
    let page = app.get("/schemes/abc").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
}

/// No handler takes axum's own `Path`, whose refusal would be a bare 400: they take
/// `crate::extract::Path`, which answers `invalid_path`.
#[test]
fn every_handler_takes_path_parameters_through_the_checked_extractor() {
    let handlers = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/handlers");
    let files = walkdir::WalkDir::new(handlers)
        .into_iter()
        .map(|entry| entry.expect("a folder entry").into_path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"));
    let mut offenders = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let code: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let axum_path = code.contains("axum::extract::Path")
            || code
                .split("axum::extract::{")
                .skip(1)
                .filter_map(|rest| rest.split('}').next())
                .any(|group| group.split(',').any(|name| name.trim() == "Path"));
        if axum_path {
            offenders.push(file.display().to_string());
        }
    }
    assert!(offenders.is_empty(), "axum's Path in: {offenders:?}");
}

// --- Exports guard formulas ------------------------------------------------------------

#[tokio::test]
async fn a_proposal_titled_like_a_formula_is_exported_inert() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let copenhagen = app.token_for("kbh@test.example").await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/schemes/{}/proposals", w.proposals_scheme),
        &copenhagen,
        json!({"title": "=HYPERLINK(\"http://x\",\"y\")", "description": "@SUM(A1)"}),
    )
    .await;
    let reply = app
        .api(
            Method::GET,
            &format!("/api/v1/schemes/{}/proposals.csv", w.proposals_scheme),
            Some(&w.setup.admin),
            None,
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let text = reply.text();
    assert!(
        text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        "{text}"
    );
    assert!(text.contains(",'@SUM(A1),"), "{text}");
    assert!(!text.contains(",=HYPERLINK"), "{text}");
    assert_eq!(
        reply.headers[header::CACHE_CONTROL],
        "no-store",
        "an export is never cached"
    );
}

// --- Login throttling ------------------------------------------------------------------

async fn login_form(app: &TestApp, email: &str, password: &str, from: Option<&str>) -> Reply {
    let mut browser = Browser::new(app);
    browser.get("/login").await;
    let body = form_body(&[
        ("csrf_token", &browser.csrf()),
        ("email", email),
        ("password", password),
    ]);
    let mut request = Request::post("/login")
        .header(header::COOKIE, browser.cookie_header())
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(client) = from {
        request = request.header("x-forwarded-for", client);
    }
    let mut request = request.body(Body::from(body)).unwrap();
    // Every request of this test arrives from the proxy at 10.0.0.1.
    request
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::from(([10, 0, 0, 1], 40000))));
    app.send(request).await
}

#[tokio::test]
async fn wrong_passwords_slow_an_account_down_but_never_lock_it_for_long() {
    let start = OffsetDateTime::now_utc();
    let clock = Arc::new(FixedClock::new(start));
    let app = app_with(
        AppConfig::default(),
        WebConfig::default(),
        Some(clock.clone()),
    )
    .await;
    let admin = email(Role::Admin);
    // Three failures cost nothing, the fourth is let through and sets a wait of a second.
    for _ in 0..4 {
        let reply = login_form(&app, &admin, "wrong password", None).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    }
    let refused = login_form(&app, &admin, PASSWORD, None).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(refused.headers[header::RETRY_AFTER], "1");
    let text = refused.text();
    assert!(
        text.contains("ett sekund") || text.contains("one second"),
        "the wait in seconds: {text}"
    );
    // A second later the right password gets in.
    clock.set(start + Duration::seconds(1));
    let reply = login_form(&app, &admin, PASSWORD, None).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());

    // However many failures, the wait is capped (five minutes by default).
    for i in 0..12 {
        clock.set(start + Duration::minutes(1) + Duration::minutes(5) * i);
        login_form(&app, &admin, "wrong password", None).await;
    }
    let last = start + Duration::minutes(1) + Duration::minutes(5) * 11;
    clock.set(last);
    let refused = login_form(&app, &admin, PASSWORD, None).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    let wait: i64 = refused.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=300).contains(&wait), "{wait}");
    clock.set(last + Duration::minutes(5));
    let reply = login_form(&app, &admin, PASSWORD, None).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn an_address_is_limited_by_the_client_a_trusted_proxy_names() {
    let config = AppConfig {
        login_throttle: ThrottlePolicy {
            max_failures_per_address: 3,
            ..ThrottlePolicy::default()
        },
        ..AppConfig::default()
    };
    let proxy: IpAddr = [10, 0, 0, 1].into();
    let web = WebConfig {
        trusted_proxies: vec![proxy],
        ..WebConfig::default()
    };
    let app = app_with(config.clone(), web, None).await;
    // Unknown accounts, so that only the address counts.
    for i in 0..3 {
        let reply = login_form(
            &app,
            &format!("nobody{i}@test.example"),
            "x",
            Some("203.0.113.7"),
        )
        .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    }
    let refused = login_form(&app, &email(Role::Admin), PASSWORD, Some("203.0.113.7")).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.headers.contains_key(header::RETRY_AFTER));
    let text = refused.text();
    assert!(
        text.contains("30 minutter") || text.contains("30 minutes"),
        "the wait in minutes: {text}"
    );
    // Someone else behind the same proxy is not held up by it; a forged hop before the
    // client's own address changes nothing.
    let other = login_form(
        &app,
        &email(Role::Admin),
        PASSWORD,
        Some("198.51.100.1, 203.0.113.9"),
    )
    .await;
    assert_eq!(other.status, StatusCode::SEE_OTHER);
    let forged = login_form(
        &app,
        &email(Role::Admin),
        PASSWORD,
        Some("198.51.100.1, 203.0.113.7"),
    )
    .await;
    assert_eq!(forged.status, StatusCode::TOO_MANY_REQUESTS);

    // Without a trusted proxy the header is ignored: everything comes from the proxy.
    let app = app_with(config, WebConfig::default(), None).await;
    for i in 0..3 {
        login_form(
            &app,
            &format!("nobody{i}@test.example"),
            "x",
            Some(&format!("203.0.113.{i}")),
        )
        .await;
    }
    let refused = login_form(&app, &email(Role::Admin), PASSWORD, Some("192.0.2.1")).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
}

// --- CSRF ------------------------------------------------------------------------------

#[tokio::test]
async fn the_csrf_token_is_bound_to_the_session_and_rotated_at_login() {
    let app = TestApp::new().await;
    let mut a = Browser::new(&app);
    a.get("/login").await;
    let anonymous = a.csrf();
    a.post(
        "/login",
        &[("email", &email(Role::Admin)), ("password", PASSWORD)],
    )
    .await;
    let signed_in = a.csrf();
    assert_ne!(anonymous, signed_in, "a new token at login");
    assert_eq!(signed_in.len(), 43);

    let mut b = Browser::new(&app);
    b.login(Role::Researcher).await;
    let other = b.csrf();
    assert_ne!(other, signed_in);

    // A's form with B's token (even placed in A's own cookie) is refused.
    a.cookies.retain(|(n, _)| n != "frirum_csrf");
    a.cookies.push(("frirum_csrf".to_owned(), other.clone()));
    let forged = a
        .post_raw(
            "/account",
            &[("csrf_token", &other), ("name", "Forged"), ("language", "")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // The page fixes the cookie; the session's own token works.
    a.get("/account").await;
    assert_eq!(a.csrf(), signed_in);
    let fine = a
        .post("/account", &[("name", "Admin Again"), ("language", "")])
        .await;
    assert!(
        fine.status.is_redirection() || fine.status.is_success(),
        "{}",
        fine.status
    );

    // The anonymous token from before the login is no longer accepted.
    let stale = a.post_raw("/logout", &[("csrf_token", &anonymous)]).await;
    assert_eq!(stale.status, StatusCode::FORBIDDEN);

    // A cookie-authenticated API call needs the session's token in the header.
    let call = |token: &str| {
        Request::post("/api/v1/me/tokens")
            .header(header::COOKIE, a.cookie_header())
            .header(header::CONTENT_TYPE, "application/json")
            .header("x-csrf-token", token)
            .body(Body::from(r#"{"name": "ci"}"#))
            .unwrap()
    };
    assert_code(&app.send(call(&other)).await, 403, "csrf_failed");
    assert_eq!(app.send(call(&signed_in)).await.status, StatusCode::CREATED);

    // Logging out gives a fresh anonymous token.
    let out = a.post("/logout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = a.csrf();
    assert_ne!(after, signed_in);
    assert_ne!(after, anonymous);
}

// --- Caching, HSTS, cookie prefix ------------------------------------------------------

#[tokio::test]
async fn private_answers_are_not_stored_and_public_pages_may_be() {
    let app = TestApp::new().await;
    let anonymous = app.get("/decisions").await;
    assert_eq!(anonymous.status, StatusCode::OK);
    assert!(!anonymous.headers.contains_key(header::CACHE_CONTROL));
    assert!(
        !anonymous
            .headers
            .contains_key(header::STRICT_TRANSPORT_SECURITY)
    );

    for path in ["/login", "/api/v1/decisions", "/api/openapi.json"] {
        let reply = app.get(path).await;
        assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store", "{path}");
    }
    let mut browser = Browser::new(&app);
    browser.login(Role::Admin).await;
    for path in ["/decisions", "/account", "/"] {
        let reply = browser.get(path).await;
        assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store", "{path}");
    }
    let token = app.token(Role::Admin).await;
    let reply = app.api(Method::GET, "/api/v1/me", Some(&token), None).await;
    assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store");
}

#[tokio::test]
async fn over_https_cookies_are_host_prefixed_and_hsts_is_sent() {
    let app = app_with(https(), WebConfig::default(), None).await;
    let form = app.get("/login").await;
    assert_eq!(
        form.headers[header::STRICT_TRANSPORT_SECURITY],
        "max-age=31536000; includeSubDomains"
    );
    let csrf = form.set_cookie_header("__Host-frirum_csrf").unwrap();
    assert!(csrf.contains("Secure") && csrf.contains("Path=/"), "{csrf}");
    assert!(!csrf.contains("Domain"), "{csrf}");
    let token = form.cookie("__Host-frirum_csrf").unwrap();
    let login = app
        .send(
            Request::post("/login")
                .header(header::COOKIE, format!("__Host-frirum_csrf={token}"))
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(form_body(&[
                    ("csrf_token", &token),
                    ("email", &email(Role::Admin)),
                    ("password", PASSWORD),
                ])))
                .unwrap(),
        )
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER, "{}", login.text());
    let session = login.cookie("__Host-frirum_session").unwrap();
    let rotated = login.cookie("__Host-frirum_csrf").unwrap();
    assert_ne!(rotated, token);
    let page = app
        .get_with(
            "/account",
            &[(
                "cookie",
                &format!("__Host-frirum_session={session}; __Host-frirum_csrf={rotated}"),
            )],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains(&rotated));
    // A cookie without the prefix is not Frirum's over HTTPS.
    let unprefixed = app
        .get_with(
            "/account",
            &[("cookie", &format!("frirum_session={session}"))],
        )
        .await;
    assert_eq!(unprefixed.status, StatusCode::SEE_OTHER);
}
