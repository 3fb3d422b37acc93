//! A trial's documents over HTTP (issue 13, item 6): a PDF is accepted, stored and sent
//! back as an attachment; a file that is not what its name says is 415 and a file too large
//! 413, with nothing stored (neither the object nor the row); a private document is not
//! sent to the public; the page's form shows a refusal beside the file field.

mod common;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Method, Request, header};
use common::fixtures::{World, approved_trial, world};
use common::{Browser, Reply, TestApp};
use frirum_app::files::MemoryFiles;
use frirum_app::{App, AppConfig};
use frirum_domain::Role;
use frirum_domain::journal::CaseKind;
use frirum_web::{AppState, WebConfig};

const BOUNDARY: &str = "frirum-documents-test";
const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
const EXE: &[u8] = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0\xb8\0\0\0\0\0\0\0@\0";
const LIMIT: u64 = 64 * 1024;

/// An application whose files are kept in memory where the test can see them, with a
/// document limit of 64 KiB, and the world's submitted application approved as a trial.
async fn setup() -> (TestApp, Arc<MemoryFiles>, World, i64) {
    let mut app = TestApp::new().await;
    let w = world(&app).await;
    let files = Arc::new(MemoryFiles::default());
    let mut config = AppConfig::default();
    config.documents.max_bytes = LIMIT;
    let state = AppState::new(
        App::new(app.store.store.clone(), config).with_files(files.clone()),
        WebConfig::default(),
    );
    app.router = frirum_web::router(state);
    let trial = approved_trial(&app, &w).await;
    (app, files, w, trial)
}

/// A multipart body with text fields and one file (name, declared type, content).
fn multipart(fields: &[(&str, &str)], file: Option<(&str, &str, &[u8])>) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((file_name, declared, content)) = file {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: {declared}\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

/// Uploads through the API with a token.
async fn api_upload(
    app: &TestApp,
    trial: i64,
    token: Option<&str>,
    file: (&str, &str, &[u8]),
    fields: &[(&str, &str)],
) -> Reply {
    let mut request = Request::post(format!("/api/v1/trials/{trial}/documents")).header(
        header::CONTENT_TYPE,
        format!("multipart/form-data; boundary={BOUNDARY}"),
    );
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    app.send(
        request
            .body(Body::from(multipart(fields, Some(file))))
            .unwrap(),
    )
    .await
}

fn code(reply: &Reply) -> String {
    reply.json()["error"]["code"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_pdf_is_accepted_kept_and_sent_back_as_an_attachment() {
    let (app, files, w, trial) = setup().await;
    let applicant = app.token(Role::Applicant).await;
    let admin = app.token(Role::Admin).await;
    let created = api_upload(
        &app,
        trial,
        Some(&applicant),
        ("Vedtægt for Aarhus.pdf", "application/pdf", PDF),
        &[("kind", "regulation"), ("title", "Frikommunevedtægt")],
    )
    .await;
    assert_eq!(created.status, 201, "{}", created.text());
    let doc = created.json();
    assert_eq!(doc["file_type"], "pdf");
    assert_eq!(doc["kind"], "regulation");
    assert_eq!(doc["title"], "Frikommunevedtægt");
    assert_eq!(doc["size_bytes"], PDF.len());
    assert_eq!(doc["public"], false);
    assert!(
        doc.get("object_key").is_none(),
        "the storage key is never shown"
    );
    let id = doc["id"].as_i64().unwrap();
    assert_eq!(files.keys().len(), 1);

    // The journal names the file's SHA-256.
    let sha = doc["sha256"].as_str().unwrap().to_owned();
    assert_eq!(sha.len(), 64);
    let journal = app
        .store
        .store
        .journal(
            CaseKind::Application,
            w.submitted_id,
            frirum_domain::PageRequest::default(),
        )
        .await
        .unwrap();
    assert!(
        journal
            .items
            .iter()
            .any(|e| e.action == "trial.document_added" && e.changes.to_string().contains(&sha))
    );

    // Insiders see it; the public neither lists nor downloads it while it is private.
    let listed = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/documents"),
            Some(&applicant),
            None,
        )
        .await;
    assert_eq!(listed.json()["items"].as_array().unwrap().len(), 1);
    assert_eq!(listed.json()["may_upload"], true);
    let public_list = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/documents"),
            None,
            None,
        )
        .await;
    assert_eq!(public_list.status, 200);
    assert!(public_list.json()["items"].as_array().unwrap().is_empty());
    let content = format!("/api/v1/trials/{trial}/documents/{id}/content");
    let refused = app.api(Method::GET, &content, None, None).await;
    assert_eq!(refused.status, 401);
    let page = app.get(&format!("/trials/{trial}/documents/{id}")).await;
    assert_ne!(
        page.status, 200,
        "a private document's page download is refused"
    );
    assert!(!String::from_utf8_lossy(&page.body).contains("%PDF"));

    // An applicant may not publish; the secretariat may.
    let publish = format!("/api/v1/trials/{trial}/documents/{id}/public");
    let not_theirs = app
        .api(
            Method::PUT,
            &publish,
            Some(&applicant),
            Some(r#"{"public": true}"#),
        )
        .await;
    assert_eq!(not_theirs.status, 403);
    let published = app
        .api(
            Method::PUT,
            &publish,
            Some(&admin),
            Some(r#"{"public": true}"#),
        )
        .await;
    assert_eq!(published.status, 200, "{}", published.text());
    assert_eq!(published.json()["public"], true);

    // Now anyone downloads it, as an attachment, with its type and never sniffed.
    let download = app.get(&content).await;
    assert_eq!(download.status, 200);
    assert_eq!(&download.body[..], PDF);
    assert_eq!(download.headers[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(download.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    let disposition = download.headers[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap();
    assert!(disposition.starts_with("attachment; filename=\"Vedtaegt_for_Aarhus.pdf\""));
    assert!(disposition.contains("filename*=UTF-8''Vedt%C3%A6gt%20for%20Aarhus.pdf"));
    let page = app.get(&format!("/trials/{trial}/documents/{id}")).await;
    assert_eq!(page.status, 200);
    assert_eq!(&page.body[..], PDF);
    let shown = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/documents/{id}"),
            None,
            None,
        )
        .await;
    assert_eq!(shown.json()["content_url"], content);
}

#[tokio::test]
async fn a_file_that_is_not_what_its_name_says_is_refused_and_nothing_is_stored() {
    let (app, files, _, trial) = setup().await;
    let applicant = app.token(Role::Applicant).await;
    for (name, declared, content) in [
        ("vedtaegt.pdf", "application/pdf", PNG),
        ("vedtaegt.pdf", "application/octet-stream", EXE),
        ("vedtaegt.png", "image/png", PDF),
        ("vedtaegt.pdf", "image/png", PDF),
    ] {
        let refused = api_upload(
            &app,
            trial,
            Some(&applicant),
            (name, declared, content),
            &[],
        )
        .await;
        assert_eq!(refused.status, 415, "{name} {declared}: {}", refused.text());
        assert_eq!(code(&refused), "unsupported_file_type");
    }
    assert!(files.keys().is_empty());
    let listed = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/documents"),
            Some(&applicant),
            None,
        )
        .await;
    assert!(listed.json()["items"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn a_file_too_large_is_refused_with_the_limit_and_nothing_is_stored() {
    let (app, files, _, trial) = setup().await;
    let applicant = app.token(Role::Applicant).await;
    let mut big = PDF.to_vec();
    big.resize(LIMIT as usize + 1, b' ');
    let refused = api_upload(
        &app,
        trial,
        Some(&applicant),
        ("big.pdf", "application/pdf", &big),
        &[],
    )
    .await;
    assert_eq!(refused.status, 413, "{}", refused.text());
    assert_eq!(code(&refused), "file_too_large");
    assert_eq!(refused.json()["error"]["details"]["limit_bytes"], LIMIT);
    // Far beyond the limit, the body itself is refused before any use case.
    let mut huge = PDF.to_vec();
    huge.resize(3 * 1024 * 1024, b' ');
    let refused = api_upload(
        &app,
        trial,
        Some(&applicant),
        ("huge.pdf", "application/pdf", &huge),
        &[],
    )
    .await;
    assert_eq!(refused.status, 413);
    assert!(files.keys().is_empty());
    let listed = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/documents"),
            Some(&applicant),
            None,
        )
        .await;
    assert!(listed.json()["items"].as_array().unwrap().is_empty());
    // An empty file and a missing file are the request's faults.
    let empty = api_upload(
        &app,
        trial,
        Some(&applicant),
        ("empty.pdf", "application/pdf", b""),
        &[],
    )
    .await;
    assert_eq!(empty.status, 422);
    assert_eq!(code(&empty), "file_empty");
}

#[tokio::test]
async fn only_participants_and_the_secretariat_upload() {
    let (app, files, _, trial) = setup().await;
    for role in [Role::Assessor, Role::Researcher] {
        let token = app.token(role).await;
        let refused = api_upload(
            &app,
            trial,
            Some(&token),
            ("a.pdf", "application/pdf", PDF),
            &[],
        )
        .await;
        assert_eq!(refused.status, 403, "{role}");
    }
    let anonymous = api_upload(&app, trial, None, ("a.pdf", "application/pdf", PDF), &[]).await;
    assert_eq!(anonymous.status, 401);
    // An applicant may not publish at upload; the secretariat may.
    let applicant = app.token(Role::Applicant).await;
    let refused = api_upload(
        &app,
        trial,
        Some(&applicant),
        ("a.pdf", "application/pdf", PDF),
        &[("public", "true")],
    )
    .await;
    assert_eq!(refused.status, 403);
    assert!(files.keys().is_empty());
    let admin = app.token(Role::Admin).await;
    let public = api_upload(
        &app,
        trial,
        Some(&admin),
        ("brev.pdf", "application/pdf", PDF),
        &[("public", "true"), ("kind", "decision_letter")],
    )
    .await;
    assert_eq!(public.status, 201);
    assert_eq!(public.json()["public"], true);
    assert_eq!(public.json()["title"], "brev");
    let missing = api_upload(
        &app,
        999_999,
        Some(&admin),
        ("a.pdf", "application/pdf", PDF),
        &[],
    )
    .await;
    assert_eq!(missing.status, 404);
}

#[tokio::test]
async fn the_page_uploads_and_shows_a_refusal_beside_the_file() {
    let (app, files, _, trial) = setup().await;
    let mut browser = Browser::new(&app);
    assert_eq!(browser.login(Role::Applicant).await.status, 303);
    let page = browser.get(&format!("/trials/{trial}")).await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(
        html.contains("id=\"documents\""),
        "the trial page has the documents section"
    );
    assert!(html.contains("id=\"document-upload\""));
    let form = browser.get(&format!("/trials/{trial}/documents/new")).await;
    assert_eq!(form.status, 200);

    let post = |content: &'static [u8], name: &'static str| {
        let cookies = browser.cookie_header();
        let csrf = browser.csrf();
        let body = multipart(
            &[
                ("csrf_token", &csrf),
                ("kind", "regulation"),
                ("title", "Vedtægt"),
            ],
            Some((name, "application/pdf", content)),
        );
        Request::post(format!("/trials/{trial}/documents"))
            .header(header::COOKIE, cookies)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .body(Body::from(body))
            .unwrap()
    };
    let refused = app.send(post(PNG, "vedtaegt.pdf")).await;
    assert_eq!(refused.status, 415);
    let html = refused.text();
    assert!(html.contains("id=\"document-file-error\""), "{html}");
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(
        html.contains("value=\"Vedtægt\""),
        "the title typed is kept"
    );
    assert!(files.keys().is_empty());

    let done = app.send(post(PDF, "vedtaegt.pdf")).await;
    assert_eq!(done.status, 303, "{}", done.text());
    let location = done.location();
    assert!(
        location.starts_with(&format!("/trials/{trial}/documents/new?uploaded=")),
        "{location}"
    );
    // The page it leads to says the upload came in, with the way back to the trial.
    let notice = browser.get(&location).await.text();
    assert!(notice.contains("id=\"document-uploaded\""), "{notice}");
    assert!(notice.contains("Vedtægt"));
    let page = browser.get(&format!("/trials/{trial}")).await;
    assert!(page.text().contains("Vedtægt"));
    assert_eq!(files.keys().len(), 1);

    // The public's trial page does not list the private document.
    let public = app.get(&format!("/trials/{trial}")).await;
    assert_eq!(public.status, 200);
    assert!(public.text().contains("id=\"documents-none\""));

    // The secretariat must confirm that making it public shows it to everyone.
    let document: i64 = location.rsplit('=').next().unwrap().parse().unwrap();
    let mut admin = Browser::new(&app);
    admin.login(Role::Admin).await;
    let listed = admin.get(&format!("/trials/{trial}")).await.text();
    assert!(
        listed.contains(&format!("id=\"document-confirm-public-{document}\"")),
        "{listed}"
    );
    let publish = format!("/trials/{trial}/documents/{document}/public");
    let unconfirmed = admin.post(&publish, &[("public", "true")]).await;
    assert_eq!(unconfirmed.status, 422, "{}", unconfirmed.text());
    let still = app.get(&format!("/trials/{trial}")).await.text();
    assert!(still.contains("id=\"documents-none\""), "nothing published");
    let confirmed = admin
        .post(&publish, &[("public", "true"), ("confirm_public", "1")])
        .await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.text());
    let now = app.get(&format!("/trials/{trial}")).await.text();
    assert!(now.contains("Vedtægt"), "{now}");
}

/// When the row cannot be written after the object was (here: the uploader's account is
/// gone, so the database refuses the row), the object is deleted again: nothing is left
/// half-stored.
#[tokio::test]
async fn an_object_whose_row_fails_is_deleted_again() {
    let (app, _, _, trial) = setup().await;
    let files = Arc::new(MemoryFiles::default());
    let use_cases =
        App::new(app.store.store.clone(), AppConfig::default()).with_files(files.clone());
    let gone = frirum_app::Actor {
        user: Some(frirum_domain::User {
            id: 999_999,
            email: "gone@test.example".into(),
            name: "Gone".into(),
            role: Role::Admin,
            organisation: None,
            language: None,
            people_admin: false,
        }),
        lang: frirum_domain::Language::En,
        now: time::OffsetDateTime::now_utc(),
    };
    let upload = frirum_app::documents::Upload {
        kind: frirum_domain::document::DocumentKind::Report,
        title: "Rapport".into(),
        file_name: "rapport.pdf".into(),
        declared_type: Some("application/pdf".into()),
        content: axum::body::Bytes::from_static(PDF),
        public: false,
    };
    let refused = frirum_app::documents::upload(&use_cases, &gone, trial, upload).await;
    // Refused by the database, after the checks and the object's write.
    assert!(
        matches!(refused, Err(frirum_app::Error::Internal(_))),
        "{refused:?}"
    );
    assert!(files.keys().is_empty(), "the object was deleted again");
    assert!(
        app.store
            .store
            .trial_documents(trial, false)
            .await
            .unwrap()
            .is_empty()
    );
}
