//! The JSON API through the router: authentication, the error envelope, the registry, and
//! the OpenAPI document.

mod common;

use axum::body::Body;
use axum::http::{Method, Request, header};
use common::{Browser, TestApp};
use frirum_domain::Role;

fn assert_envelope(reply: &common::Reply, status: u16, code: &str) -> serde_json::Value {
    assert_eq!(reply.status, status, "{}", reply.text());
    assert!(
        reply.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let body = reply.json();
    assert_eq!(body["error"]["code"], code, "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty())
    );
    assert!(body["error"]["details"].is_object());
    body
}

#[tokio::test]
async fn me_needs_a_valid_token() {
    let app = TestApp::new().await;
    let anonymous = app.api(Method::GET, "/api/v1/me", None, None).await;
    assert_envelope(&anonymous, 401, "unauthenticated");
    assert_eq!(anonymous.headers["www-authenticate"], "Bearer");
    let wrong = app
        .api(Method::GET, "/api/v1/me", Some("frirum_nonsense"), None)
        .await;
    assert_envelope(&wrong, 401, "invalid_token");
    let basic = app
        .get_with("/api/v1/me", &[("authorization", "Basic YTpi")])
        .await;
    assert_envelope(&basic, 401, "invalid_token");

    let token = app.token(Role::Applicant).await;
    let me = app.api(Method::GET, "/api/v1/me", Some(&token), None).await;
    assert_eq!(me.status, 200);
    let body = me.json();
    assert_eq!(body["role"], "applicant");
    assert_eq!(body["organisation"]["code"], "751");
    assert_eq!(body["organisation"]["country"], "dk");
}

#[tokio::test]
async fn bad_json_gets_a_stable_code_naming_the_field() {
    let app = TestApp::new().await;
    let token = app.token(Role::Researcher).await;
    let t = Some(token.as_str());
    assert_envelope(
        &app.api(Method::PATCH, "/api/v1/me", t, Some("{\"name\": "))
            .await,
        400,
        "invalid_json",
    );
    let unknown = assert_envelope(
        &app.api(
            Method::PATCH,
            "/api/v1/me",
            t,
            Some("{\"colour\": \"blue\"}"),
        )
        .await,
        422,
        "unknown_field",
    );
    assert_eq!(unknown["error"]["details"]["field"], "colour");
    let missing = assert_envelope(
        &app.api(Method::POST, "/api/v1/me/tokens", t, Some("{}"))
            .await,
        422,
        "missing_field",
    );
    assert_eq!(missing["error"]["details"]["field"], "name");
    let typed = assert_envelope(
        &app.api(Method::PATCH, "/api/v1/me", t, Some("{\"name\": 42}"))
            .await,
        422,
        "invalid_field",
    );
    assert_eq!(typed["error"]["details"]["field"], "name");
    let language = assert_envelope(
        &app.api(
            Method::PATCH,
            "/api/v1/me",
            t,
            Some("{\"language\": \"de\"}"),
        )
        .await,
        422,
        "invalid_field",
    );
    assert_eq!(language["error"]["details"]["field"], "language");

    let request = Request::patch("/api/v1/me")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from("name=x"))
        .unwrap();
    assert_envelope(&app.send(request).await, 415, "unsupported_media_type");

    let huge = format!("{{\"name\": \"{}\"}}", "x".repeat(3 * 1024 * 1024));
    let too_big = assert_envelope(
        &app.api(Method::PATCH, "/api/v1/me", t, Some(&huge)).await,
        413,
        "payload_too_large",
    );
    assert_eq!(too_big["error"]["details"]["limit_bytes"], 2 * 1024 * 1024);

    // Nothing was changed by any of the refused requests.
    let me = app.api(Method::GET, "/api/v1/me", t, None).await.json();
    assert_eq!(me["name"], "Test researcher");
    let changed = app
        .api(
            Method::PATCH,
            "/api/v1/me",
            t,
            Some("{\"name\": \"<script>alert(1)</script>\", \"language\": \"da\"}"),
        )
        .await;
    assert_eq!(changed.status, 200);
    assert_eq!(
        changed.json()["name"],
        "<script>alert(1)</script>",
        "stored as text"
    );
    assert_eq!(changed.json()["language"], "da");
}

#[tokio::test]
async fn roles_decide_what_the_api_allows() {
    let app = TestApp::new().await;
    for role in [Role::Applicant, Role::Assessor, Role::Researcher] {
        let token = app.token(role).await;
        assert_envelope(
            &app.api(Method::GET, "/api/v1/users", Some(&token), None)
                .await,
            403,
            "forbidden",
        );
    }
    assert_envelope(
        &app.api(Method::GET, "/api/v1/users", None, None).await,
        401,
        "unauthenticated",
    );
    let admin = app.token(Role::Admin).await;
    let users = app
        .api(Method::GET, "/api/v1/users?per_page=2", Some(&admin), None)
        .await;
    assert_eq!(users.status, 200);
    let body = users.json();
    assert_eq!(
        (
            body["total"].as_u64(),
            body["items"].as_array().unwrap().len()
        ),
        (Some(4), 2)
    );

    let created = app
        .api(
            Method::POST,
            "/api/v1/users",
            Some(&admin),
            Some(r#"{"email": "Ny@Tromso.no", "name": "Ny", "role": "applicant", "organisation": "no:5501", "password": "long enough pw"}"#),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    assert_eq!(created.json()["email"], "ny@tromso.no");
    let again = app
        .api(
            Method::POST,
            "/api/v1/users",
            Some(&admin),
            Some(r#"{"email": "ny@tromso.no", "name": "Ny", "role": "assessor", "password": "long enough pw"}"#),
        )
        .await;
    assert_envelope(&again, 409, "email_taken");
    let bad_org = app
        .api(
            Method::POST,
            "/api/v1/users",
            Some(&admin),
            Some(r#"{"email": "x@y.no", "name": "X", "role": "applicant", "organisation": "no:9999", "password": "long enough pw"}"#),
        )
        .await;
    assert_eq!(
        assert_envelope(&bad_org, 422, "invalid_field")["error"]["details"]["field"],
        "organisation"
    );
}

#[tokio::test]
async fn the_registry_lists_searches_and_paginates() {
    let app = TestApp::new().await;
    let page = app.get("/api/v1/organisations?country=dk&per_page=2").await;
    assert_eq!(page.status, 200);
    let body = page.json();
    assert_eq!(
        (
            body["total"].as_u64(),
            body["page"].as_u64(),
            body["per_page"].as_u64()
        ),
        (Some(5), Some(1), Some(2))
    );
    let second = app
        .get("/api/v1/organisations?country=dk&per_page=2&page=3")
        .await
        .json();
    assert_eq!(second["items"].as_array().unwrap().len(), 1);

    for q in ["Aarhus", "%C3%85rhus", "aarhus"] {
        let found = app
            .get(&format!("/api/v1/organisations?country=dk&q={q}"))
            .await
            .json();
        assert_eq!(found["total"], 1, "{q}");
        assert_eq!(found["items"][0]["code"], "751");
        assert_eq!(
            found["items"][0]["population"]["reference_date"],
            "2024-01-01"
        );
    }
    let tromso = app.get("/api/v1/organisations?q=Tromso").await.json();
    assert_eq!(tromso["items"][0]["name"], "Tromsø");
    assert_eq!(tromso["items"][0]["population"]["uncertain"], true);

    let detail = app.get("/api/v1/organisations/dk/751").await;
    assert_eq!(detail.status, 200);
    let detail = detail.json();
    assert_eq!(detail["parent_code"], "1082");
    assert_eq!(detail["population_history"].as_array().unwrap().len(), 1);

    assert_envelope(
        &app.get("/api/v1/organisations/dk/999").await,
        404,
        "not_found",
    );
    assert_envelope(
        &app.get("/api/v1/organisations/xx/999").await,
        404,
        "not_found",
    );
    let bad_country = assert_envelope(
        &app.get("/api/v1/organisations?country=fi").await,
        422,
        "invalid_field",
    );
    assert_eq!(bad_country["error"]["details"]["field"], "country");
    let bad_page = assert_envelope(
        &app.get("/api/v1/organisations?per_page=500").await,
        422,
        "invalid_field",
    );
    assert_eq!(bad_page["error"]["details"]["field"], "per_page");
    assert_envelope(
        &app.get("/api/v1/organisations?page=abc").await,
        422,
        "invalid_field",
    );
    assert_envelope(&app.get("/api/v1/nothing-here").await, 404, "not_found");
    assert_envelope(
        &app.api(Method::DELETE, "/api/v1/organisations", None, None)
            .await,
        405,
        "method_not_allowed",
    );
}

#[tokio::test]
async fn imports_are_all_or_nothing_and_for_the_secretariat_only() {
    let app = TestApp::new().await;
    let csv = |token: &str, body: &str| {
        Request::post("/api/v1/organisations/se/import")
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .header(header::CONTENT_TYPE, "text/csv")
            .body(Body::from(body.to_owned()))
            .unwrap()
    };
    let header_line = "code,name,kind,parent_code,population,population_date,population_source,population_uncertain\n";
    let applicant = app.token(Role::Applicant).await;
    assert_envelope(
        &app.send(csv(&applicant, header_line)).await,
        403,
        "forbidden",
    );

    let admin = app.token(Role::Admin).await;
    let bad = format!(
        "{header_line}24,Region Västerbotten,region,,275000,2023-12-31,SCB,false\n2480,Umeå,municipality,24,-3,2023-12-31,SCB,false\n"
    );
    let refused = assert_envelope(&app.send(csv(&admin, &bad)).await, 422, "import_refused");
    assert_eq!(refused["error"]["details"]["line"], 3);
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap()
            .contains("negative")
    );
    let none = app.get("/api/v1/organisations?country=se").await.json();
    assert_eq!(none["total"], 0, "nothing from the refused file was stored");

    let good = bad.replace(",-3,", ",130997,");
    let first = app.send(csv(&admin, &good)).await;
    assert_eq!(first.status, 200, "{}", first.text());
    assert_eq!(first.json()["added"], 2);
    let second = app.send(csv(&admin, &good)).await.json();
    assert_eq!(
        (second["added"].as_u64(), second["unchanged"].as_u64()),
        (Some(0), Some(2))
    );
}

#[tokio::test]
async fn cookie_sessions_need_the_csrf_header_for_api_changes() {
    let app = TestApp::new().await;
    let mut browser = Browser::new(&app);
    browser.login(Role::Assessor).await;
    let cookies = browser.cookie_header();
    let post = |csrf: Option<String>| {
        let mut r = Request::post("/api/v1/me/tokens")
            .header(header::COOKIE, cookies.clone())
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(c) = csrf {
            r = r.header("x-csrf-token", c);
        }
        r.body(Body::from("{\"name\": \"from the browser\"}"))
            .unwrap()
    };
    assert_envelope(&app.send(post(None)).await, 403, "csrf_failed");
    let created = app.send(post(Some(browser.csrf()))).await;
    assert_eq!(created.status, 201);
    let body = created.json();
    assert!(body["secret"].as_str().unwrap().starts_with("frirum_"));
    let id = body["token"]["id"].as_i64().unwrap();

    let token = body["secret"].as_str().unwrap().to_owned();
    let listed = app
        .api(Method::GET, "/api/v1/me/tokens", Some(&token), None)
        .await
        .json();
    assert_eq!(listed["total"], 1);
    assert!(listed["items"][0].get("secret").is_none());
    let revoke = app
        .api(
            Method::DELETE,
            &format!("/api/v1/me/tokens/{id}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(revoke.status, 204);
    assert_envelope(
        &app.api(Method::GET, "/api/v1/me", Some(&token), None).await,
        401,
        "invalid_token",
    );
}

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = TestApp::new().await;
    assert_eq!(app.get("/healthz").await.json()["status"], "ok");
    assert_eq!(app.get("/readyz").await.json()["status"], "ready");
}

#[test]
fn openapi_document_is_3_1_and_stable() {
    let json = frirum_web::openapi_json();
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/api/v1/me",
        "/api/v1/organisations",
        "/api/v1/organisations/{country}/{code}",
        "/api/v1/users",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path}");
    }
    insta::assert_snapshot!("openapi", json);
}

#[tokio::test]
async fn the_served_document_is_the_snapshot() {
    let app = TestApp::new().await;
    let served = app.get("/api/openapi.json").await.json();
    let generated: serde_json::Value = serde_json::from_str(&frirum_web::openapi_json()).unwrap();
    assert_eq!(served, generated);
}

/// Walks the OpenAPI document: every path parameter is in its path and every placeholder
/// is a parameter, the others are query parameters; every operation documents a success
/// and the errors its shape allows, each with the error envelope.
#[test]
fn openapi_operations_document_their_parameters_and_errors() {
    let doc: serde_json::Value = serde_json::from_str(&frirum_web::openapi_json()).unwrap();
    let responses = &doc["components"]["responses"];
    // A response, following a `$ref` to the shared ones.
    let resolve = |response: &serde_json::Value| -> serde_json::Value {
        match response["$ref"].as_str() {
            Some(reference) => {
                let name = reference
                    .strip_prefix("#/components/responses/")
                    .unwrap_or_else(|| panic!("{reference} is not a shared response"));
                responses[name].clone()
            }
            None => response.clone(),
        }
    };
    let mut operations = 0;
    let mut operation_ids = std::collections::BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let placeholders: std::collections::BTreeSet<&str> = path
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        for (method, operation) in item.as_object().unwrap() {
            operations += 1;
            let at = format!("{} {path}", method.to_uppercase());
            let id = operation["operationId"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            assert!(!id.is_empty(), "{at} has no operation id");
            assert!(
                operation_ids.insert(id.clone()),
                "{at}: the operation id {id} is used twice"
            );
            let parameters = operation["parameters"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let in_place = |place: &str| {
                parameters
                    .iter()
                    .filter(|p| p["in"] == place)
                    .map(|p| p["name"].as_str().unwrap().to_owned())
                    .collect::<std::collections::BTreeSet<_>>()
            };
            let path_parameters = in_place("path");
            let query_parameters = in_place("query");
            assert_eq!(
                path_parameters,
                placeholders.iter().map(|p| (*p).to_owned()).collect(),
                "{at}: the path parameters and the path's placeholders differ"
            );
            for p in &parameters {
                assert!(
                    p["in"] == "path" || p["in"] == "query",
                    "{at}: parameter {p} is neither in the path nor the query"
                );
            }
            let statuses = operation["responses"].as_object().unwrap();
            assert!(
                statuses.keys().any(|s| s.starts_with('2')),
                "{at} documents no success"
            );
            for (status, response) in statuses {
                if status.starts_with('4') {
                    let response = resolve(response);
                    assert_eq!(
                        response["content"]["application/json"]["schema"]["$ref"],
                        "#/components/schemas/ErrorEnvelope",
                        "{at}: {status} is not the error envelope"
                    );
                }
            }
            let body = operation.get("requestBody").is_some();
            let secured = operation["security"]
                .as_array()
                .is_some_and(|s| !s.is_empty());
            let mut expected = vec!["401"];
            if !path_parameters.is_empty() {
                expected.extend(["400", "404"]);
            }
            if body {
                expected.extend(["400", "413", "422"]);
            }
            if !query_parameters.is_empty() {
                expected.push("422");
            }
            if secured || method != "get" {
                expected.push("403");
            }
            for status in expected {
                assert!(
                    statuses.contains_key(status),
                    "{at} does not document {status}"
                );
            }
        }
    }
    assert!(operations > 50, "only {operations} operations");
}

/// Odd but well-formed query values answer with an empty page, never a server error, on
/// both engines (schemathesis found a year before year 1 failing to encode on SQLite).
#[tokio::test]
async fn odd_query_values_answer_without_a_server_error() {
    let mut apps = vec![
        TestApp::with(
            frirum_store::testing::TestStore::sqlite().await,
            frirum_web::WebConfig::default(),
        )
        .await,
    ];
    if let Some(store) = frirum_store::testing::TestStore::postgres().await {
        apps.push(TestApp::with(store, frirum_web::WebConfig::default()).await);
    }
    for app in apps {
        for path in [
            "/api/v1/decisions?year=-340",
            "/api/v1/decisions?year=0",
            "/api/v1/decisions?year=9999",
            "/api/v1/decisions?year=2147483647",
            "/api/v1/decisions?page=4294967295&per_page=200",
            "/api/v1/schemes?page=4294967295&per_page=200",
            "/api/v1/applications?page=4294967295&per_page=200",
            "/api/v1/organisations?page=4294967295&per_page=200",
        ] {
            let reply = app.get(path).await;
            assert_eq!(reply.status, 200, "{path}: {}", reply.text());
            assert_eq!(reply.json()["items"], serde_json::json!([]), "{path}");
        }
    }
}

/// The API's times are RFC 3339, as the document's `date-time` says (they were once the
/// `time` crate's own format, found by schemathesis).
#[tokio::test]
async fn api_times_are_rfc_3339() {
    use time::format_description::well_known::Rfc3339;
    let app = TestApp::new().await;
    let s = common::fixtures::setup(&app).await;
    let draft = common::fixtures::draft(&app, &s, s.open_round, &[]).await;
    let get = |path: String| {
        let app = &app;
        let token = s.admin.clone();
        async move { app.api(Method::GET, &path, Some(&token), None).await.json() }
    };
    let scheme = get(format!("/api/v1/schemes/{}", s.scheme_id)).await;
    let journal = get(format!("/api/v1/journal/scheme/{}", s.scheme_id)).await;
    let times = [
        &draft["created_at"],
        &draft["updated_at"],
        &scheme["created_at"],
        &scheme["updated_at"],
        &journal["items"][0]["at"],
    ];
    for value in times {
        let text = value
            .as_str()
            .unwrap_or_else(|| panic!("{value} is no time"));
        assert!(
            time::OffsetDateTime::parse(text, &Rfc3339).is_ok(),
            "{text} is not RFC 3339"
        );
    }
}

/// utoipa names a component after its type (or its `schema(as = …)`), and of two types with
/// one name the later silently replaces the other: an operation then promises a shape it does
/// not send. Every type the document may name, in the domain and in the web crate, has its
/// own name.
#[test]
fn no_two_schema_types_share_a_name() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let files = ["domain", "app", "law", "web"]
        .into_iter()
        .flat_map(|krate| walkdir::WalkDir::new(root.join(krate).join("src")))
        .map(|entry| entry.expect("a folder entry").into_path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"));
    let mut seen: std::collections::BTreeMap<String, String> = Default::default();
    let mut duplicates = Vec::new();
    let mut schemas = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // The attributes above an item, gathered until the item itself.
        let mut attributes = String::new();
        for line in text.lines().map(str::trim) {
            // `named_enum!` derives `ToSchema` for the enum it declares.
            if line.contains("named_enum! {") {
                attributes.push_str("#[named_enum ToSchema]");
                continue;
            }
            if line.starts_with("#[")
                || line.starts_with("///")
                || (!attributes.is_empty() && !line.starts_with("pub "))
            {
                attributes.push_str(line);
                continue;
            }
            let item = ["pub struct ", "pub enum "]
                .iter()
                .find_map(|k| line.strip_prefix(k));
            let ident: String = item
                .unwrap_or_default()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // A macro's `pub struct $name` has no name of its own here.
            if !ident.is_empty() && attributes.contains("ToSchema") {
                let name = attributes
                    .split_once("schema(as = ")
                    .map(|(_, alias)| {
                        alias
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                            .collect::<String>()
                    })
                    .unwrap_or(ident);
                schemas += 1;
                let place = file.display().to_string();
                if let Some(first) = seen.insert(name.clone(), place.clone()) {
                    duplicates.push(format!("{name}: {first} and {place}"));
                }
            }
            attributes.clear();
        }
    }
    assert!(schemas > 100, "only {schemas} schema types found");
    assert!(duplicates.is_empty(), "{duplicates:#?}");
}
