//! The HTML side through the router: language, login, CSRF, account, registry, errors.

mod common;

use common::{Browser, PASSWORD, TestApp, email};
use frirum_domain::Role;

#[tokio::test]
async fn home_page_speaks_the_browsers_language() {
    let app = TestApp::new().await;
    for (accept, lang, word) in [
        ("da-DK,da;q=0.9", "da", "Kommuner"),
        ("nb-NO", "nb", "Kommuner"),
        ("nn", "nn", "Kommunar"),
        ("sv-SE,en;q=0.5", "sv", "Kommuner"),
        ("fr-FR", "en", "Municipalities"),
    ] {
        let reply = app.get_with("/", &[("accept-language", accept)]).await;
        assert_eq!(reply.status, 200);
        let html = reply.text();
        assert!(
            html.contains(&format!("<html lang=\"{lang}\">")),
            "{accept}: {lang}"
        );
        assert!(html.contains(word), "{accept}: expected {word:?}");
        assert!(html.contains("class=\"skip-link\" href=\"#main\""));
        assert!(html.contains("<main id=\"main\""));
    }
}

#[tokio::test]
async fn the_switcher_sets_the_language_and_needs_the_csrf_token() {
    let app = TestApp::new().await;
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    browser.get("/organisations").await;
    let refused = browser
        .post_raw("/language", &[("lang", "sv"), ("next", "/organisations")])
        .await;
    assert_eq!(refused.status, 403);
    assert!(refused.text().contains("<html lang=\"en\">"));

    let reply = browser
        .post("/language", &[("lang", "sv"), ("next", "/organisations")])
        .await;
    assert_eq!(reply.status, 303);
    assert_eq!(reply.location(), "/organisations");
    let page = browser.get("/organisations").await;
    assert!(page.text().contains("<html lang=\"sv\">"));

    // An address elsewhere is never followed.
    let reply = browser
        .post(
            "/language",
            &[("lang", "da"), ("next", "https://evil.example/")],
        )
        .await;
    assert_eq!(reply.location(), "/");
}

#[tokio::test]
async fn login_sets_a_safe_session_cookie_and_logout_ends_it() {
    let app = TestApp::new().await;
    let mut browser = Browser::new(&app);
    let form = browser.get("/login").await;
    let csrf_cookie = form.set_cookie_header("frirum_csrf").unwrap();
    assert!(csrf_cookie.contains("HttpOnly") && csrf_cookie.contains("SameSite=Strict"));

    let wrong = browser
        .post(
            "/login",
            &[
                ("email", &email(Role::Assessor)),
                ("password", "wrong password"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 401);
    assert!(wrong.text().contains("role=\"alert\""));

    let reply = browser.login(Role::Assessor).await;
    assert_eq!(reply.status, 303);
    let cookie = reply.set_cookie_header("frirum_session").unwrap();
    for attribute in ["HttpOnly", "Secure", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attribute), "{attribute} in {cookie}");
    }
    let account = browser.get("/account").await;
    assert_eq!(account.status, 200);
    assert!(account.text().contains("Test assessor"));

    let session = browser
        .cookies
        .iter()
        .find(|(n, _)| n == "frirum_session")
        .unwrap()
        .1
        .clone();
    assert_eq!(browser.post("/logout", &[]).await.status, 303);
    // The old session cookie no longer opens anything, even if a copy was kept.
    browser.cookies.push(("frirum_session".into(), session));
    let after = browser.get("/account").await;
    assert_eq!(after.status, 303);
    assert!(after.location().starts_with("/login?next=%2Faccount"));
}

#[tokio::test]
async fn repeated_failed_logins_are_slowed_down() {
    let app = TestApp::new().await;
    let mut browser = Browser::new(&app);
    browser.get("/login").await;
    let who = email(Role::Researcher);
    // Three failures are free; the fourth sets a wait (1 s, doubling with each more).
    for _ in 0..4 {
        let r = browser
            .post(
                "/login",
                &[("email", &who), ("password", "not the password")],
            )
            .await;
        assert_eq!(r.status, 401);
    }
    let blocked = browser
        .post("/login", &[("email", &who), ("password", PASSWORD)])
        .await;
    assert_eq!(blocked.status, 429);
    assert!(blocked.headers.contains_key("retry-after"));
    // Another account is not blocked by these failures.
    assert_eq!(browser.login(Role::Assessor).await.status, 303);
}

#[tokio::test]
async fn forms_without_the_csrf_token_are_refused() {
    let app = TestApp::new().await;
    let mut browser = Browser::new(&app);
    browser.login(Role::Researcher).await;
    let r = browser
        .post_raw("/account", &[("name", "Changed"), ("language", "")])
        .await;
    assert_eq!(r.status, 403);
    let r = browser
        .post_raw(
            "/account",
            &[
                ("csrf_token", "x".repeat(43).as_str()),
                ("name", "Changed"),
                ("language", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 403);
    let account = browser.get("/account").await.text();
    assert!(account.contains("Test researcher"), "nothing changed");
}

#[tokio::test]
async fn the_account_page_changes_language_and_makes_tokens() {
    let app = TestApp::new().await;
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    browser.login(Role::Researcher).await;
    let r = browser
        .post(
            "/account",
            &[("name", "Kari <b>Forsberg</b>"), ("language", "nn")],
        )
        .await;
    assert_eq!(r.status, 303);
    let page = browser.get("/account").await.text();
    assert!(
        page.contains("<html lang=\"nn\">"),
        "the user's setting wins over the browser"
    );
    assert!(
        page.contains("Kari &#60;b&#62;Forsberg&#60;/b&#62;")
            || page.contains("Kari &lt;b&gt;Forsberg&lt;/b&gt;")
    );
    assert!(!page.contains("<b>Forsberg</b>"));

    let created = browser
        .post("/account/tokens", &[("name", "nightly export")])
        .await;
    assert_eq!(created.status, 200);
    let html = created.text();
    let start = html.find("frirum_").expect("the token is shown once");
    let token: String = html[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    let me = app
        .api(axum::http::Method::GET, "/api/v1/me", Some(&token), None)
        .await;
    assert_eq!(me.status, 200);
    assert_eq!(me.json()["language"], "nn");

    let again = browser.get("/account").await.text();
    assert!(!again.contains(&token), "never shown again");
    assert!(again.contains("nightly export"));
}

#[tokio::test]
async fn the_registry_is_searchable_without_diacritics() {
    let app = TestApp::new().await;
    for q in ["Aarhus", "%C3%85rhus", "751"] {
        let page = app.get(&format!("/organisations?q={q}")).await;
        assert_eq!(page.status, 200);
        let html = page.text();
        assert!(html.contains("href=\"/organisations/dk/751\""), "{q}");
        assert!(!html.contains("/organisations/dk/101\""), "{q}");
    }
    let page = app.get("/organisations?q=tromso&country=no").await.text();
    assert!(page.contains("Tromsø"));
    let detail = app.get("/organisations/dk/1084").await;
    assert_eq!(detail.status, 200);
    let html = detail.text();
    assert!(
        html.contains("København") && html.contains("Høje-Taastrup"),
        "lists its municipalities"
    );
    let municipality = app
        .get_with("/organisations/dk/751", &[("accept-language", "da")])
        .await
        .text();
    assert!(municipality.contains("367.095"), "grouped the Danish way");
    assert!(municipality.contains("1. januar 2024"));
    assert!(municipality.contains("Region Midtjylland"));
}

#[tokio::test]
async fn errors_are_pages_in_the_visitors_language() {
    let app = TestApp::new().await;
    let missing = app
        .get_with("/no/such/page", &[("accept-language", "da")])
        .await;
    assert_eq!(missing.status, 404);
    assert!(
        missing.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert!(missing.text().contains("<html lang=\"da\">"));
    let unknown = app.get("/organisations/dk/999").await;
    assert_eq!(unknown.status, 404);

    let mut browser = Browser::new(&app);
    browser.accept_language = Some("sv".into());
    assert_eq!(
        browser.get("/admin/users").await.status,
        303,
        "anonymous: to the login"
    );
    browser.login(Role::Applicant).await;
    let forbidden = browser.get("/admin/users").await;
    assert_eq!(forbidden.status, 403);
    assert!(forbidden.text().contains("<html lang=\"sv\">"));
}

#[tokio::test]
async fn the_secretariat_opens_accounts_in_the_browser() {
    let app = TestApp::new().await;
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    browser.login(Role::Admin).await;
    let list = browser.get("/admin/users").await;
    assert_eq!(list.status, 200);
    assert!(list.text().contains(&email(Role::Researcher)));
    let refused = browser
        .post(
            "/admin/users",
            &[
                ("email", "new@aarhus.dk"),
                ("name", "New"),
                ("role", "applicant"),
                ("organisation", ""),
                ("password", "long enough pw"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("must belong to an organisation"));
    assert!(
        refused.text().contains("value=\"new@aarhus.dk\""),
        "the form keeps what was typed"
    );
    let created = browser
        .post(
            "/admin/users",
            &[
                ("email", "new@aarhus.dk"),
                ("name", "New"),
                ("role", "applicant"),
                ("organisation", "dk:751"),
                ("password", "long enough pw"),
            ],
        )
        .await;
    assert_eq!(created.status, 200);
    assert!(created.text().contains("new@aarhus.dk"));
}

#[tokio::test]
async fn security_headers_and_request_ids_are_on_every_response() {
    let app = TestApp::new().await;
    for path in ["/", "/healthz", "/api/v1/organisations", "/missing"] {
        let r = app.get(path).await;
        let csp = r.headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"));
        assert_eq!(r.headers["x-content-type-options"], "nosniff");
        assert_eq!(r.headers["referrer-policy"], "same-origin");
        assert!(r.headers.contains_key("x-request-id"), "{path}");
    }
    assert_eq!(app.get("/readyz").await.status, 200);
    let css = app.get("/static/app.css").await;
    assert!(
        css.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
}

fn multipart(fields: &[(&str, &str)]) -> (String, String) {
    let boundary = "frirum-test-boundary";
    let mut body = String::new();
    for (name, value) in fields {
        let filename = if *name == "file" {
            "; filename=\"se.csv\""
        } else {
            ""
        };
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"{filename}\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    (format!("multipart/form-data; boundary={boundary}"), body)
}

#[tokio::test]
async fn the_secretariat_imports_the_registry_in_the_browser() {
    use axum::body::Body;
    use axum::http::{Request, header};

    let app = TestApp::new().await;
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    browser.login(Role::Admin).await;
    assert_eq!(browser.get("/admin/registry").await.status, 200);
    let cookies = browser.cookie_header();
    let send = |fields: Vec<(&str, String)>| {
        let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (content_type, body) = multipart(&refs);
        Request::post("/admin/registry")
            .header(header::COOKIE, cookies.clone())
            .header(header::CONTENT_TYPE, content_type)
            .body(Body::from(body))
            .unwrap()
    };
    let header_line = "code,name,kind,parent_code,population,population_date,population_source,population_uncertain\n";
    let bad = format!(
        "{header_line}24,Region Västerbotten,region,,275000,2023-12-31,SCB,false\n2480,Umeå,municipality,25,130997,2023-12-31,SCB,false\n"
    );
    let good = bad.replace(",25,", ",24,");

    let forged = app
        .send(send(vec![("country", "se".into()), ("file", good.clone())]))
        .await;
    assert_eq!(forged.status, 403, "no CSRF token, no import");

    let refused = app
        .send(send(vec![
            ("csrf_token", browser.csrf()),
            ("country", "se".into()),
            ("file", bad),
        ]))
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("Line 3"), "{}", refused.text());
    assert_eq!(
        app.get("/api/v1/organisations?country=se").await.json()["total"],
        0
    );

    let done = app
        .send(send(vec![
            ("csrf_token", browser.csrf()),
            ("country", "se".into()),
            ("file", good),
        ]))
        .await;
    assert_eq!(done.status, 200);
    assert!(done.text().contains("2 added"), "{}", done.text());
    assert_eq!(
        app.get("/api/v1/organisations?country=se").await.json()["total"],
        2
    );

    let mut applicant = Browser::new(&app);
    applicant.login(Role::Applicant).await;
    assert_eq!(applicant.get("/admin/registry").await.status, 403);
}

#[tokio::test]
async fn changing_the_password_ends_other_sessions() {
    let app = TestApp::new().await;
    let mut here = Browser::new(&app);
    here.accept_language = Some("en".into());
    here.login(Role::Assessor).await;
    let mut elsewhere = Browser::new(&app);
    elsewhere.login(Role::Assessor).await;
    assert_eq!(elsewhere.get("/account").await.status, 200);

    let new = "a brand new passphrase";
    let wrong = here
        .post(
            "/account/password",
            &[
                ("current_password", "not it at all"),
                ("new_password", new),
                ("confirm_password", new),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.text().contains("The current password is wrong."));
    let mismatch = here
        .post(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", new),
                ("confirm_password", "something else entirely"),
            ],
        )
        .await;
    assert_eq!(mismatch.status, 422);
    let short = here
        .post(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "short"),
                ("confirm_password", "short"),
            ],
        )
        .await;
    assert_eq!(short.status, 422);
    assert!(short.text().contains("at least 10 characters"));

    let done = here
        .post(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", new),
                ("confirm_password", new),
            ],
        )
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(done.location(), "/account?password_changed=1");
    assert_eq!(here.get("/account").await.status, 200, "this session stays");
    assert_eq!(elsewhere.get("/account").await.status, 303, "others end");

    let mut fresh = Browser::new(&app);
    fresh.get("/login").await;
    let old = fresh
        .post(
            "/login",
            &[("email", &email(Role::Assessor)), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(old.status, 401);
    let ok = fresh
        .post(
            "/login",
            &[("email", &email(Role::Assessor)), ("password", new)],
        )
        .await;
    assert_eq!(ok.status, 303);
}

/// Signing in lands each role on its own page: the secretariat's queues, the applicant's
/// drafts and questions, the assessor's queue, the researcher's trials they follow.
#[tokio::test]
async fn each_role_lands_on_its_own_page() {
    let app = TestApp::new().await;
    for (role, landmark) in [
        (Role::Admin, r#"id="queues-heading""#),
        (Role::Applicant, r#"id="questions-heading""#),
        (Role::Assessor, r#"id="assessor-queue-heading""#),
        (Role::Researcher, r#"id="researcher-trials-heading""#),
    ] {
        let mut browser = Browser::new(&app);
        let login = browser.login(role).await;
        assert_eq!(login.status, 303, "{role:?}: {}", login.text());
        assert_eq!(login.location(), "/", "{role:?}");
        let page = browser.get("/").await;
        assert_eq!(page.status, 200);
        assert!(page.text().contains(landmark), "{role:?}: {}", page.text());
    }
    // A visitor sees the front page and the way in.
    let visitor = app.get("/").await.text();
    assert!(visitor.contains(r#"id="signin-heading""#));
    assert!(!visitor.contains(r#"id="queues-heading""#));
}
