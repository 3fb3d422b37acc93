//! Notifications end to end: an event stored as a notification with its outbox mail, in the
//! recipient's language; the sender delivering it to a real SMTP server on loopback; a
//! server that is down (attempts counted, the next try by the backoff, nothing lost, the
//! mail delivered when it is back); two senders never sending one mail twice; and the page
//! and API that let each person read, and mark read, only their own.

mod common;

use std::sync::Arc;

use axum::http::Method;
use common::fixtures::{assert_code, call, draft, setup};
use common::smtp::SmtpServer;
use common::{Browser, TestApp, email};
use frirum_app::notifications::mailer::{MailConfig, Mailer, SendReport};
use frirum_app::notifications::{Event, notify};
use frirum_app::{App, AppConfig};
use frirum_domain::application::Application;
use frirum_domain::notification::NotificationKind;
use frirum_domain::{Language, PageRequest, Role, User};
use frirum_store::Store;
use serde_json::json;
use time::{Duration, OffsetDateTime};

const PUBLIC_URL: &str = "https://frirum.test";

fn state(app: &TestApp) -> App {
    App::new(
        app.store.store.clone(),
        AppConfig {
            public_url: PUBLIC_URL.to_owned(),
            ..AppConfig::default()
        },
    )
}

async fn user(app: &TestApp, role: Role) -> User {
    app.store
        .store
        .credentials(&email(role))
        .await
        .unwrap()
        .unwrap()
        .user
}

/// A submitted application of the Danish test scheme (written in Danish).
async fn submitted(app: &TestApp) -> Application {
    let s = setup(app).await;
    let id = draft(app, &s, s.open_round, &["dk:101"]).await["id"]
        .as_i64()
        .unwrap();
    call(
        app,
        Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        &s.applicant,
        json!({}),
    )
    .await;
    // The secretariat is told of the submission (issue 12, part E); that mail goes out here,
    // so that each test sends only the mails of its own event.
    let server = SmtpServer::start().await;
    let told = mailer(app.store.store.clone(), &server.url())
        .send_due(OffsetDateTime::now_utc)
        .await
        .unwrap();
    assert_eq!(told, SendReport { sent: 1, failed: 0 });
    app.store.store.application(id).await.unwrap().unwrap()
}

fn mailer(store: Arc<dyn Store>, url: &str) -> Mailer {
    let config = MailConfig::new(Some(url), "Frirum <noreply@frirum.test>").unwrap();
    Mailer::new(store, &config)
        .unwrap()
        .expect("a server is configured")
}

#[tokio::test]
async fn a_decision_is_stored_shown_and_mailed_in_each_language() {
    let app = TestApp::new().await;
    let application = submitted(&app).await;
    let case = application.case_number.clone().unwrap();
    let applicant = user(&app, Role::Applicant).await;
    // The assessor reads English; the applicant has no language and gets the scheme's.
    let assessor = app
        .store
        .store
        .update_profile(
            user(&app, Role::Assessor).await.id,
            "Test assessor",
            Some(Language::En),
        )
        .await
        .unwrap();
    let now = OffsetDateTime::now_utc();
    let stored = notify(
        &state(&app),
        Event::Decided {
            application: &application,
            approved: true,
        },
        &[applicant.clone(), assessor.clone(), applicant.clone()],
        now,
    )
    .await
    .unwrap();
    assert_eq!(stored.len(), 2, "a recipient named twice is told once");
    assert_eq!(stored[0].kind, NotificationKind::Decided);
    assert_eq!(stored[0].title, format!("Ansøgning {case} er godkendt"));
    assert_eq!(
        stored[1].title,
        format!("Application {case} has been approved")
    );
    assert_eq!(stored[0].link, format!("/applications/{}", application.id));

    // Written to the outbox with the notification, not yet sent.
    let outbox = app
        .store
        .store
        .outbox(PageRequest::default())
        .await
        .unwrap();
    let decided: Vec<_> = outbox
        .items
        .iter()
        .filter(|m| m.kind == NotificationKind::Decided)
        .collect();
    assert_eq!(decided.len(), 2);
    assert!(decided.iter().all(|m| m.sent_at.is_none()));

    // The sender delivers both to a real SMTP server.
    let server = SmtpServer::start().await;
    let report = mailer(app.store.store.clone(), &server.url())
        .send_due(|| now)
        .await
        .unwrap();
    assert_eq!(report, SendReport { sent: 2, failed: 0 });
    let messages = server.messages();
    assert_eq!(messages.len(), 2);
    let to_applicant = messages
        .iter()
        .find(|m| m.to == [applicant.email.clone()])
        .expect("a mail to the applicant");
    assert_eq!(to_applicant.from, "noreply@frirum.test");
    assert_eq!(
        to_applicant.header("Subject").unwrap(),
        format!("Frirum: Ansøgning {case} er godkendt")
    );
    let body = to_applicant.body();
    assert!(body.starts_with("Hej Test applicant,"), "{body}");
    assert!(
        body.contains(&format!("{PUBLIC_URL}/applications/{}", application.id)),
        "{body}"
    );
    let to_assessor = messages
        .iter()
        .find(|m| m.to == [assessor.email.clone()])
        .expect("a mail to the assessor");
    assert_eq!(
        to_assessor.header("Subject").unwrap(),
        format!("Frirum: Application {case} has been approved")
    );
    assert!(to_assessor.body().contains(&application.content.title));
    let outbox = app
        .store
        .store
        .outbox(PageRequest::default())
        .await
        .unwrap();
    assert!(outbox.items.iter().all(|m| m.sent_at.is_some()));
    // Nothing is sent twice.
    let again = mailer(app.store.store.clone(), &server.url())
        .send_due(|| now + Duration::hours(2))
        .await
        .unwrap();
    assert_eq!(again, SendReport::default());
    assert_eq!(server.messages().len(), 2);
}

#[tokio::test]
async fn a_server_that_is_down_delays_the_mail_and_loses_nothing() {
    let app = TestApp::new().await;
    let application = submitted(&app).await;
    let applicant = user(&app, Role::Applicant).await;
    let now = OffsetDateTime::now_utc().replace_nanosecond(0).unwrap();
    notify(
        &state(&app),
        Event::ClarificationAsked {
            application: &application,
            question: "Which provision of serviceloven stands in the way?",
        },
        std::slice::from_ref(&applicant),
        now,
    )
    .await
    .unwrap();

    // A port with nobody listening: the server is down.
    let addr = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap()
    };
    let down = mailer(app.store.store.clone(), &format!("smtp://{addr}"));
    assert_eq!(
        down.send_due(|| now).await.unwrap(),
        SendReport { sent: 0, failed: 1 }
    );
    let mail = app
        .store
        .store
        .outbox(PageRequest::default())
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|m| m.kind == NotificationKind::ClarificationAsked)
        .unwrap();
    assert_eq!(mail.attempts, 1);
    assert_eq!(mail.next_attempt_at, now + Duration::minutes(1));
    assert!(mail.last_error.is_some());
    assert_eq!(mail.sent_at, None);
    // Still down a minute later: the pause doubles.
    let later = now + Duration::minutes(1);
    assert_eq!(down.send_due(|| later).await.unwrap().failed, 1);
    let mail = app
        .store
        .store
        .outbox(PageRequest::default())
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|m| m.kind == NotificationKind::ClarificationAsked)
        .unwrap();
    assert_eq!(mail.attempts, 2);
    assert_eq!(mail.next_attempt_at, later + Duration::minutes(2));

    // The server comes back on the same port; before the pause is over nothing is tried.
    let server = SmtpServer::start_on(addr).await;
    assert_eq!(
        down.send_due(|| later + Duration::minutes(1))
            .await
            .unwrap(),
        SendReport::default()
    );
    assert!(server.messages().is_empty());
    let report = down
        .send_due(|| later + Duration::minutes(2))
        .await
        .unwrap();
    assert_eq!(report, SendReport { sent: 1, failed: 0 });
    let messages = server.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].to, std::slice::from_ref(&applicant.email));
    assert!(
        messages[0]
            .body()
            .contains("Which provision of serviceloven stands in the way?"),
        "the question is quoted: {}",
        messages[0].body()
    );
    // The notification in the interface was there all along.
    assert_eq!(
        app.store
            .store
            .unread_notifications(applicant.id)
            .await
            .unwrap(),
        1
    );
}

#[tokio::test]
async fn two_senders_never_send_the_same_mail_twice() {
    let app = TestApp::new().await;
    let application = submitted(&app).await;
    let admin = user(&app, Role::Admin).await;
    let now = OffsetDateTime::now_utc();
    for _ in 0..12 {
        notify(
            &state(&app),
            Event::ClarificationAnswered {
                application: &application,
            },
            std::slice::from_ref(&admin),
            now,
        )
        .await
        .unwrap();
    }
    let server = SmtpServer::start().await;
    let one = mailer(app.store.store.clone(), &server.url());
    let two = mailer(app.store.store.clone(), &server.url());
    let (a, b) = tokio::join!(one.send_due(|| now), two.send_due(|| now));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.sent + b.sent, 12, "{a:?} {b:?}");
    assert_eq!(a.failed + b.failed, 0);
    assert_eq!(server.messages().len(), 12);
}

#[tokio::test]
async fn people_read_and_mark_only_their_own_notifications() {
    let app = TestApp::new().await;
    let application = submitted(&app).await;
    let applicant = user(&app, Role::Applicant).await;
    let assessor = user(&app, Role::Assessor).await;
    let now = OffsetDateTime::now_utc();
    let state = state(&app);
    let mine = notify(
        &state,
        Event::Decided {
            application: &application,
            approved: false,
        },
        std::slice::from_ref(&applicant),
        now,
    )
    .await
    .unwrap();
    let theirs = notify(
        &state,
        Event::AssessorAssigned {
            application: &application,
        },
        std::slice::from_ref(&assessor),
        now,
    )
    .await
    .unwrap();
    let (mine, theirs) = (mine[0].id, theirs[0].id);

    let token = app.token(Role::Applicant).await;
    let list = app
        .api(Method::GET, "/api/v1/me/notifications", Some(&token), None)
        .await;
    assert_eq!(list.status, 200, "{}", list.text());
    let list = list.json();
    assert_eq!(list["total"], 1);
    assert_eq!(list["unread"], 1);
    assert_eq!(list["items"][0]["id"], mine);
    assert_eq!(list["items"][0]["kind"], "decided");
    assert_eq!(list["items"][0]["read_at"], serde_json::Value::Null);

    // Another person's notification is as absent as one that does not exist.
    let refused = app
        .api(
            Method::POST,
            &format!("/api/v1/me/notifications/{theirs}/read"),
            Some(&token),
            None,
        )
        .await;
    assert_code(&refused, 404, "not_found");
    assert_eq!(
        app.store
            .store
            .unread_notifications(assessor.id)
            .await
            .unwrap(),
        1
    );
    let bad = app
        .api(
            Method::GET,
            "/api/v1/me/notifications?per_page=0",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.text());

    let read = app
        .api(
            Method::POST,
            &format!("/api/v1/me/notifications/{mine}/read"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(read.status, 200, "{}", read.text());
    assert!(read.json()["read_at"].is_string());

    // The page: the assessor sees the count in the header, the list, and marks it read.
    let mut browser = Browser::new(&app);
    browser.login(Role::Assessor).await;
    let page = browser.get("/notifications").await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(html.contains("id=\"unread-notifications\""), "{html}");
    // An assessor's notification leads to the queue.
    assert!(html.contains("href=\"/assessments\""), "{html}");
    assert!(!html.contains(&format!("/notifications/{mine}/read")));
    let marked = browser
        .post(&format!("/notifications/{theirs}/read"), &[])
        .await;
    assert_eq!(marked.status, 303);
    let html = browser.get("/notifications").await.text();
    assert!(!html.contains("id=\"unread-notifications\""), "{html}");
    // Marking the applicant's through the page is refused too.
    let refused = browser
        .post(&format!("/notifications/{mine}/read"), &[])
        .await;
    assert_eq!(refused.status, 404);
}

#[tokio::test]
async fn without_a_server_the_mails_wait_in_the_outbox() {
    let app = TestApp::new().await;
    let config = MailConfig::new(None, "Frirum <noreply@frirum.test>").unwrap();
    assert!(
        Mailer::new(app.store.store.clone(), &config)
            .unwrap()
            .is_none()
    );
    assert!(MailConfig::new(Some("smtps://mail.example.org"), "a@b.test").is_err());
}
