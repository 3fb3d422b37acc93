//! Shared set-up for the HTTP tests: an application on a fresh store with a small registry
//! and one account per role, driven through the router with `oneshot`.

#![allow(
    dead_code,
    reason = "each test file uses a different part of this module"
)]

pub mod fixtures;
pub mod smtp;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use frirum_app::accounts::{self as service, NewAccount};
use frirum_app::{App, AppConfig};
use frirum_domain::{Country, Role, registry_csv};
use frirum_store::testing::TestStore;
use frirum_web::{AppState, WebConfig};
use http_body_util::BodyExt;
use time::OffsetDateTime;
use tower::ServiceExt;

pub const PASSWORD: &str = "test-password-1";

pub const REGISTRY_DK: &str =
    "code,name,kind,parent_code,population,population_date,population_source,population_uncertain
1082,Region Midtjylland,region,,1370000,2024-01-01,Test figures,false
1084,Region Hovedstaden,region,,1890000,2024-01-01,Test figures,false
751,Aarhus,municipality,1082,367095,2024-01-01,Test figures,false
101,København,municipality,1084,660842,2024-01-01,Test figures,false
169,Høje-Taastrup,municipality,1084,,,,
";

pub const REGISTRY_NO: &str =
    "code,name,kind,parent_code,population,population_date,population_source,population_uncertain
55,Troms,county,,169000,2024-01-01,Test figures,false
5501,Tromsø,municipality,55,78000,2024-01-01,Test figures,true
";

pub struct TestApp {
    pub router: Router,
    pub store: TestStore,
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    /// The value a `Set-Cookie` header gives a cookie, if any.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.set_cookie_header(name)
            .map(|h| h.split(';').next().unwrap()[name.len() + 1..].to_owned())
    }

    pub fn set_cookie_header(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with(&format!("{name}=")))
            .map(str::to_owned)
    }

    pub fn location(&self) -> String {
        self.headers[header::LOCATION].to_str().unwrap().to_owned()
    }
}

pub fn email(role: Role) -> String {
    format!("{role}@test.example")
}

impl TestApp {
    /// An application on PostgreSQL when `FRIRUM_TEST_DATABASE_URL` is set (as in CI), on
    /// SQLite otherwise; the store's own contract covers both either way.
    pub async fn new() -> TestApp {
        let store = match TestStore::postgres().await {
            Some(store) => store,
            None => TestStore::sqlite().await,
        };
        Self::with(store, WebConfig::default()).await
    }

    pub async fn with(store: TestStore, config: WebConfig) -> TestApp {
        let now = OffsetDateTime::now_utc();
        for (country, text) in [(Country::Dk, REGISTRY_DK), (Country::No, REGISTRY_NO)] {
            let records = registry_csv::parse(country, text.as_bytes()).unwrap();
            store
                .store
                .import_organisations(country, &records, now)
                .await
                .unwrap();
        }
        for role in Role::ALL {
            service::create_account(
                &*store.store,
                NewAccount {
                    email: email(role),
                    name: format!("Test {role}"),
                    role,
                    organisation: (role == Role::Applicant).then(|| "dk:751".to_owned()),
                    language: None,
                    password: PASSWORD.into(),
                },
                now,
            )
            .await
            .unwrap();
        }
        let app = App::new(store.store.clone(), AppConfig::default());
        let router = frirum_web::router(AppState::new(app, config));
        TestApp { router, store }
    }

    /// The same application with other use-case settings, reading the time from `clock`.
    pub fn with_config(
        mut self,
        config: AppConfig,
        clock: std::sync::Arc<dyn frirum_app::Clock>,
    ) -> TestApp {
        let app = App::new(self.store.store.clone(), config).with_clock(clock);
        self.router = frirum_web::router(AppState::new(app, WebConfig::default()));
        self
    }

    /// The same application reading the time from `clock`, so that rules about time can be
    /// tried at any moment.
    pub fn with_clock(mut self, clock: std::sync::Arc<dyn frirum_app::Clock>) -> TestApp {
        let app = App::new(self.store.store.clone(), AppConfig::default()).with_clock(clock);
        self.router = frirum_web::router(AppState::new(app, WebConfig::default()));
        self
    }

    /// An application whose law catalogue holds Frirum's demo fixtures
    /// (`crates/cli/data/law`), with the search index built.
    pub async fn with_catalogue() -> TestApp {
        let store = match TestStore::postgres().await {
            Some(store) => store,
            None => TestStore::sqlite().await,
        };
        let mut app = Self::with(store, WebConfig::default()).await;
        import_catalogue(&*app.store.store).await;
        let finder = frirum_app::RuleFinder::open(None).unwrap();
        finder.reindex(&*app.store.store).await.unwrap();
        let state = AppState::new(
            App::with_rule_finder(
                app.store.store.clone(),
                AppConfig::default(),
                std::sync::Arc::new(finder),
            ),
            WebConfig::default(),
        );
        app.router = frirum_web::router(state);
        app
    }

    pub async fn send(&self, request: Request<Body>) -> Reply {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        Reply {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.send(Request::get(path).body(Body::empty()).unwrap())
            .await
    }

    /// A GET with extra headers.
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Reply {
        let mut request = Request::get(path);
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        self.send(request.body(Body::empty()).unwrap()).await
    }

    /// An API token for a demo role.
    pub async fn token(&self, role: Role) -> String {
        self.token_for(&email(role)).await
    }

    /// An API token for any account.
    pub async fn token_for(&self, email: &str) -> String {
        let user = self
            .store
            .store
            .credentials(email)
            .await
            .unwrap()
            .unwrap()
            .user;
        service::create_api_token(
            &*self.store.store,
            user.id,
            "test",
            OffsetDateTime::now_utc(),
        )
        .await
        .unwrap()
        .1
    }

    /// Calls the API with a bearer token (or none) and an optional JSON body.
    pub async fn api(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&str>,
    ) -> Reply {
        let mut request = Request::builder().method(method).uri(path);
        if let Some(token) = token {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        let body = match body {
            Some(text) => {
                request = request.header(header::CONTENT_TYPE, "application/json");
                Body::from(text.to_owned())
            }
            None => Body::empty(),
        };
        self.send(request.body(body).unwrap()).await
    }
}

/// A browser: keeps cookies between requests and fills in the CSRF field of forms.
pub struct Browser<'a> {
    pub app: &'a TestApp,
    pub cookies: Vec<(String, String)>,
    pub accept_language: Option<String>,
}

impl<'a> Browser<'a> {
    pub fn new(app: &'a TestApp) -> Self {
        Browser {
            app,
            cookies: Vec::new(),
            accept_language: None,
        }
    }

    /// The `Cookie` header this browser sends.
    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn remember(&mut self, reply: &Reply) {
        for value in reply.headers.get_all(header::SET_COOKIE) {
            let text = value.to_str().unwrap();
            let pair = text.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            self.cookies.retain(|(n, _)| n != name);
            let expired = text.contains("Max-Age=0");
            if !expired && !value.is_empty() {
                self.cookies.push((name.to_owned(), value.to_owned()));
            }
        }
    }

    pub fn csrf(&self) -> String {
        self.cookies
            .iter()
            .find(|(n, _)| n == "frirum_csrf")
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        let mut request = Request::get(path).header(header::COOKIE, self.cookie_header());
        if let Some(lang) = &self.accept_language {
            request = request.header(header::ACCEPT_LANGUAGE, lang);
        }
        let reply = self.app.send(request.body(Body::empty()).unwrap()).await;
        self.remember(&reply);
        reply
    }

    /// Posts a form with the CSRF token the site gave this browser.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let csrf = self.csrf();
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts a form exactly as given, without adding a CSRF token.
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let body = form_body(fields);
        let request = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        let reply = self.app.send(request).await;
        self.remember(&reply);
        reply
    }

    pub async fn login(&mut self, role: Role) -> Reply {
        self.get("/login").await;
        let email = email(role);
        self.post("/login", &[("email", &email), ("password", PASSWORD)])
            .await
    }
}

pub fn form_body(fields: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish()
}

/// The folder of Frirum's own law fixtures.
pub fn catalogue_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../cli/data/law")
}

/// Imports every fixture document into the store's catalogue.
pub async fn import_catalogue(store: &dyn frirum_store::Store) {
    let mut entries: Vec<_> = std::fs::read_dir(catalogue_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.display().to_string();
        if !frirum_law::formats::source::is_document_name(&name) {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let document = frirum_law::formats::parse_auto(&name, &bytes).unwrap();
        store
            .import_act(&document, OffsetDateTime::now_utc())
            .await
            .unwrap();
    }
}
