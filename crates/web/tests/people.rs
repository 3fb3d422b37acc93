//! Organisations' people over HTTP: a user administrator invites a colleague, the mail waits
//! in the outbox, the colleague accepts with a password and is signed in; every refusal —
//! who may not invite or deactivate whom, unknown, used and expired links, a bad password —
//! and deactivation, which ends the person's session and API token at once.

mod common;

use std::sync::Arc;

use axum::http::{Method, StatusCode};
use common::{Browser, PASSWORD, TestApp, email};
use frirum_app::accounts::{self, NewAccount};
use frirum_app::clock::FixedClock;
use frirum_domain::journal::{Actor, CaseKind};
use frirum_domain::{PageRequest, Role};
use time::{Duration, OffsetDateTime};

const ADMIN_EMAIL: &str = "brugeradmin@aarhus.example";

/// The test application with a user administrator of Aarhus (the test applicant's
/// organisation), appointed by the secretariat.
async fn with_people_admin(app: &TestApp) -> i64 {
    let store = &app.store.store;
    let now = OffsetDateTime::now_utc();
    let user = accounts::create_account(
        &**store,
        NewAccount {
            email: ADMIN_EMAIL.into(),
            name: "Birthe Brugeradmin".into(),
            role: Role::Applicant,
            organisation: Some("dk:751".into()),
            language: None,
            password: PASSWORD.into(),
        },
        now,
    )
    .await
    .unwrap();
    let secretariat = store
        .credentials(&email(Role::Admin))
        .await
        .unwrap()
        .unwrap()
        .user;
    store
        .set_people_admin(user.id, true, Actor::user(secretariat.id, now))
        .await
        .unwrap();
    user.id
}

async fn sign_in<'a>(app: &'a TestApp, address: &str) -> Browser<'a> {
    let mut browser = Browser::new(app);
    browser.get("/login").await;
    let reply = browser
        .post("/login", &[("email", address), ("password", PASSWORD)])
        .await;
    assert_eq!(reply.status, 303, "{address} signs in: {}", reply.text());
    browser
}

/// The link of the newest invitation mail to `address`: its secret.
async fn invitation_secret(app: &TestApp, address: &str) -> String {
    let outbox = app
        .store
        .store
        .outbox(PageRequest::default())
        .await
        .unwrap();
    let mail = outbox
        .items
        .iter()
        .rev()
        .find(|m| m.address == address)
        .unwrap_or_else(|| panic!("no mail to {address}"));
    let start = mail.body.find("/invitations/").expect("a link") + "/invitations/".len();
    mail.body[start..]
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn an_administrator_invites_a_colleague_who_accepts_and_is_signed_in() {
    let app = TestApp::new().await;
    with_people_admin(&app).await;
    let mut admin = sign_in(&app, ADMIN_EMAIL).await;
    let page = admin.get("/people").await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Aarhus"), "{}", page.text());

    let sent = admin
        .post(
            "/people/invitations",
            &[
                ("name", "Karen Kollega"),
                ("email", "Karen.Kollega@Aarhus.example"),
                ("role", "applicant"),
                // Ignored: an administrator invites to their own organisation.
                ("organisation", "dk:101"),
            ],
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.text());
    assert!(sent.text().contains("karen.kollega@aarhus.example"));

    // The mail, in the outbox, names the inviter, the role and the organisation.
    let outbox = app
        .store
        .store
        .outbox(PageRequest::default())
        .await
        .unwrap();
    let mail = outbox.items.last().unwrap();
    assert_eq!(mail.address, "karen.kollega@aarhus.example");
    assert!(
        mail.subject.contains("Birthe Brugeradmin"),
        "{}",
        mail.subject
    );
    assert!(mail.body.contains("Aarhus"), "{}", mail.body);
    assert!(mail.body.contains(ADMIN_EMAIL), "{}", mail.body);
    let secret = invitation_secret(&app, "karen.kollega@aarhus.example").await;
    assert!(secret.len() >= 40);

    // The link's page says who invited whom for which organisation and role.
    let mut karen = Browser::new(&app);
    let page = karen.get(&format!("/invitations/{secret}")).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("Birthe Brugeradmin") && text.contains("Karen Kollega"));
    assert!(text.contains("Aarhus"));

    // A short password, or two that differ, are refused on the page.
    let path = format!("/invitations/{secret}");
    let short = karen
        .post(&path, &[("password", "kort"), ("password_again", "kort")])
        .await;
    assert_eq!(short.status, 422);
    let differ = karen
        .post(
            &path,
            &[
                ("password", "et-langt-kodeord"),
                ("password_again", "et-andet-kodeord"),
            ],
        )
        .await;
    assert_eq!(differ.status, 422);

    let accepted = karen
        .post(
            &path,
            &[
                ("password", "et-langt-kodeord"),
                ("password_again", "et-langt-kodeord"),
            ],
        )
        .await;
    assert_eq!(accepted.status, 303, "{}", accepted.text());
    assert_eq!(accepted.location(), "/");
    assert!(accepted.cookie("frirum_session").is_some());
    // Signed in, on the applicant's dashboard of Aarhus.
    let home = karen.get("/").await;
    assert_eq!(home.status, 200);
    assert!(home.text().contains("Karen Kollega"));
    let me = karen.get("/account").await;
    assert!(me.text().contains("Aarhus"));

    // The link is used up: 410, naming whom to ask.
    let again = Browser::new(&app).get(&path).await;
    assert_eq!(again.status, StatusCode::GONE);
    assert!(again.text().contains(ADMIN_EMAIL));
    let mut other = Browser::new(&app);
    other.get(&path).await;
    let twice = other
        .post(
            &path,
            &[
                ("password", "et-langt-kodeord"),
                ("password_again", "et-langt-kodeord"),
            ],
        )
        .await;
    assert_eq!(twice.status, StatusCode::GONE);

    // The new account is among the administrator's people, and journaled.
    let list = admin.get("/people").await;
    assert!(list.text().contains("karen.kollega@aarhus.example"));
    let karen_user = app
        .store
        .store
        .credentials("karen.kollega@aarhus.example")
        .await
        .unwrap()
        .unwrap()
        .user;
    assert_eq!(karen_user.role, Role::Applicant);
    let journal = app
        .store
        .store
        .journal(CaseKind::Account, karen_user.id, PageRequest::default())
        .await
        .unwrap();
    assert_eq!(journal.items[0].action, "created_by_invitation");
}

#[tokio::test]
async fn unknown_and_expired_links_say_so_and_whom_to_ask() {
    let clock = Arc::new(FixedClock::new(OffsetDateTime::now_utc()));
    let app = TestApp::new().await.with_clock(clock.clone());
    with_people_admin(&app).await;
    let mut admin = sign_in(&app, ADMIN_EMAIL).await;
    admin
        .post(
            "/people/invitations",
            &[
                ("name", "Sen Kollega"),
                ("email", "sen@aarhus.example"),
                ("role", "researcher"),
            ],
        )
        .await;
    let secret = invitation_secret(&app, "sen@aarhus.example").await;

    let unknown = Browser::new(&app).get("/invitations/not-a-link").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(
        unknown.text().contains("user administrator"),
        "{}",
        unknown.text()
    );

    // Eight days later the link has expired.
    clock.set(OffsetDateTime::now_utc() + Duration::days(8));
    let later = &app;
    let path = format!("/invitations/{secret}");
    let expired = Browser::new(later).get(&path).await;
    assert_eq!(expired.status, StatusCode::GONE);
    assert!(expired.text().contains("Birthe Brugeradmin"));
    assert!(expired.text().contains(ADMIN_EMAIL));
    let mut browser = Browser::new(later);
    browser.get(&path).await;
    let refused = browser
        .post(
            &path,
            &[
                ("password", "et-langt-kodeord"),
                ("password_again", "et-langt-kodeord"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::GONE);
    assert!(
        app.store
            .store
            .credentials("sen@aarhus.example")
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn who_may_invite_whom() {
    let app = TestApp::new().await;
    with_people_admin(&app).await;
    let admin_token = app.token_for(ADMIN_EMAIL).await;
    let invite = |role: &str, address: &str| {
        format!(r#"{{"email": "{address}", "name": "Ny Person", "role": "{role}"}}"#)
    };
    // The user administrator: applicants and researchers of Aarhus, nobody else.
    let ok = app
        .api(
            Method::POST,
            "/api/v1/people/invitations",
            Some(&admin_token),
            Some(&invite("researcher", "forsker@aarhus.example")),
        )
        .await;
    assert_eq!(ok.status, 201, "{}", ok.text());
    assert_eq!(ok.json()["organisation"]["code"], "751");
    assert!(ok.json().get("token").is_none());
    for role in ["assessor", "admin"] {
        let refused = app
            .api(
                Method::POST,
                "/api/v1/people/invitations",
                Some(&admin_token),
                Some(&invite(role, "x@aarhus.example")),
            )
            .await;
        assert_eq!(refused.status, 403, "{role}: {}", refused.text());
    }
    // An applicant not appointed, an assessor, the public.
    for (token, want) in [
        (Some(app.token(Role::Applicant).await), 403),
        (Some(app.token(Role::Assessor).await), 403),
        (None, 401),
    ] {
        let refused = app
            .api(
                Method::POST,
                "/api/v1/people/invitations",
                token.as_deref(),
                Some(&invite("applicant", "y@aarhus.example")),
            )
            .await;
        assert_eq!(refused.status, want, "{}", refused.text());
    }
    // An address that has an account; an address that is not one.
    let taken = app
        .api(
            Method::POST,
            "/api/v1/people/invitations",
            Some(&admin_token),
            Some(&invite("applicant", &email(Role::Applicant))),
        )
        .await;
    assert_eq!(taken.status, 409, "{}", taken.text());
    let bad = app
        .api(
            Method::POST,
            "/api/v1/people/invitations",
            Some(&admin_token),
            Some(&invite("applicant", "no-at-sign")),
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.text());
    // The secretariat invites an assessor (no organisation) and an applicant of any.
    let secretariat = app.token(Role::Admin).await;
    let assessor = app
        .api(
            Method::POST,
            "/api/v1/people/invitations",
            Some(&secretariat),
            Some(&invite("assessor", "bedommer2@frirum.example")),
        )
        .await;
    assert_eq!(assessor.status, 201, "{}", assessor.text());
    let applicant = app
        .api(
            Method::POST,
            "/api/v1/people/invitations",
            Some(&secretariat),
            Some(
                r#"{"email": "kbh@kk.example", "name": "K", "role": "applicant", "organisation": "dk:101"}"#,
            ),
        )
        .await;
    assert_eq!(applicant.status, 201, "{}", applicant.text());
    assert_eq!(applicant.json()["organisation"]["code"], "101");
    // The administrator's list holds Aarhus only: its open invitation, not København's.
    let list = app
        .api(Method::GET, "/api/v1/people", Some(&admin_token), None)
        .await;
    assert_eq!(list.status, 200);
    let invitations = list.json()["invitations"].as_array().unwrap().clone();
    assert_eq!(invitations.len(), 1, "{invitations:?}");
    let people = list.json()["items"].as_array().unwrap().clone();
    assert!(
        people
            .iter()
            .all(|p| p["user"]["organisation"]["code"] == "751"),
        "{people:?}"
    );
}

#[tokio::test]
async fn deactivation_ends_the_session_and_tokens_at_once() {
    let app = TestApp::new().await;
    with_people_admin(&app).await;
    let admin_token = app.token_for(ADMIN_EMAIL).await;
    // The test applicant of Aarhus, signed in in a browser and holding an API token.
    let mut colleague = sign_in(&app, &email(Role::Applicant)).await;
    let colleague_token = app.token(Role::Applicant).await;
    assert_eq!(colleague.get("/account").await.status, 200);
    assert_eq!(
        app.api(Method::GET, "/api/v1/me", Some(&colleague_token), None)
            .await
            .status,
        200
    );
    let id = app
        .store
        .store
        .credentials(&email(Role::Applicant))
        .await
        .unwrap()
        .unwrap()
        .user
        .id;

    // Others may not: an applicant not appointed, the assessor; someone outside Aarhus is
    // not there for the administrator; nobody deactivates themselves.
    let path = format!("/api/v1/people/{id}/deactivate");
    for role in [Role::Assessor, Role::Researcher] {
        let token = app.token(role).await;
        let refused = app.api(Method::POST, &path, Some(&token), None).await;
        assert_eq!(refused.status, 403, "{role}");
    }
    let assessor_id = app
        .store
        .store
        .credentials(&email(Role::Assessor))
        .await
        .unwrap()
        .unwrap()
        .user
        .id;
    let outside = app
        .api(
            Method::POST,
            &format!("/api/v1/people/{assessor_id}/deactivate"),
            Some(&admin_token),
            None,
        )
        .await;
    assert_eq!(outside.status, 404, "{}", outside.text());
    let own_id = app
        .store
        .store
        .credentials(ADMIN_EMAIL)
        .await
        .unwrap()
        .unwrap()
        .user
        .id;
    let herself = app
        .api(
            Method::POST,
            &format!("/api/v1/people/{own_id}/deactivate"),
            Some(&admin_token),
            None,
        )
        .await;
    assert_eq!(herself.status, 403, "{}", herself.text());
    // Only the secretariat appoints.
    let appoint = app
        .api(
            Method::PUT,
            &format!("/api/v1/people/{id}/people-admin"),
            Some(&admin_token),
            Some(r#"{"appointed": true}"#),
        )
        .await;
    assert_eq!(appoint.status, 403, "{}", appoint.text());

    // The administrator deactivates the colleague on the page: the people page only links
    // to a page that says what it does and asks to confirm, which changes nothing yet.
    let mut admin = sign_in(&app, ADMIN_EMAIL).await;
    let list = admin.get("/people").await;
    assert!(
        list.text()
            .contains(&format!("<a href=\"/people/{id}/deactivate\">")),
        "{}",
        list.text()
    );
    let asked = admin.get(&format!("/people/{id}/deactivate")).await;
    assert_eq!(asked.status, 200, "{}", asked.text());
    assert!(
        asked
            .text()
            .contains(&format!("action=\"/people/{id}/deactivate\"")),
        "{}",
        asked.text()
    );
    assert_eq!(colleague.get("/account").await.status, 200, "not yet");
    let done = admin.post(&format!("/people/{id}/deactivate"), &[]).await;
    assert_eq!(done.status, 200, "{}", done.text());

    // The open session ends at once: the next page sends to the login.
    let after = colleague.get("/account").await;
    assert_eq!(after.status, 303);
    assert!(after.location().starts_with("/login"));
    // The token made before is refused.
    let api = app
        .api(Method::GET, "/api/v1/me", Some(&colleague_token), None)
        .await;
    assert_eq!(api.status, 401);
    // The password no longer signs in.
    let mut again = Browser::new(&app);
    again.get("/login").await;
    let login = again
        .post(
            "/login",
            &[("email", &email(Role::Applicant)), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(login.status, 401);
    // Shown as deactivated, journaled with who did it.
    let list = app
        .api(Method::GET, "/api/v1/people", Some(&admin_token), None)
        .await;
    let shown = list.json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["user"]["id"] == id)
        .cloned()
        .unwrap();
    assert!(shown["deactivated_at"].is_string());
    let journal = app
        .store
        .store
        .journal(CaseKind::Account, id, PageRequest::default())
        .await
        .unwrap();
    assert_eq!(journal.items[0].action, "deactivated");
    assert_eq!(journal.items[0].actor_id, Some(own_id));
}

#[tokio::test]
async fn the_secretariat_appoints_and_relieves_user_administrators() {
    let app = TestApp::new().await;
    let secretariat = app.token(Role::Admin).await;
    let applicant = app
        .store
        .store
        .credentials(&email(Role::Applicant))
        .await
        .unwrap()
        .unwrap()
        .user;
    let path = format!("/api/v1/people/{}/people-admin", applicant.id);
    let appointed = app
        .api(
            Method::PUT,
            &path,
            Some(&secretariat),
            Some(r#"{"appointed": true}"#),
        )
        .await;
    assert_eq!(appointed.status, 200, "{}", appointed.text());
    // Now the applicant manages Aarhus's people.
    let token = app.token(Role::Applicant).await;
    let list = app
        .api(Method::GET, "/api/v1/people", Some(&token), None)
        .await;
    assert_eq!(list.status, 200, "{}", list.text());
    assert_eq!(
        list.json()["organisation_id"],
        applicant.organisation.unwrap().id
    );
    // An assessor cannot be appointed.
    let assessor = app
        .store
        .store
        .credentials(&email(Role::Assessor))
        .await
        .unwrap()
        .unwrap()
        .user;
    let refused = app
        .api(
            Method::PUT,
            &format!("/api/v1/people/{}/people-admin", assessor.id),
            Some(&secretariat),
            Some(r#"{"appointed": true}"#),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text());
    let relieved = app
        .api(
            Method::PUT,
            &path,
            Some(&secretariat),
            Some(r#"{"appointed": false}"#),
        )
        .await;
    assert_eq!(relieved.status, 200);
    let list = app
        .api(Method::GET, "/api/v1/people", Some(&token), None)
        .await;
    assert_eq!(list.status, 403);
}
