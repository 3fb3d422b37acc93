//! The second factor through the router with the application's clock fixed (issue 18):
//! enrolment read from the page and confirmed with a code computed here for that moment,
//! the code step at sign-in (right, wrong, too old, used again), recovery codes that work
//! once; the operator's requirement leading the secretariat to enrol before any session;
//! and the secretariat's and a user administrator's "sign out everywhere" and "remove the
//! codes", each journaled and mailed to the person.

mod common;

use std::sync::Arc;

use axum::http::StatusCode;
use common::{Browser, PASSWORD, TestApp, email};
use frirum_app::AppConfig;
use frirum_app::clock::FixedClock;
use frirum_domain::notification::NotificationKind;
use frirum_domain::{PageRequest, Role};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};
use totp_rs::{Algorithm, Secret, TOTP};

/// Ten seconds into a thirty-second step, so that a few seconds either way stay in it.
const START: OffsetDateTime = datetime!(2026-12-06 08:00:10 UTC);

/// What an authenticator app shows for this secret at `at`.
fn code_at(secret: &str, at: OffsetDateTime) -> String {
    let bytes = Secret::Encoded(secret.to_owned()).to_bytes().unwrap();
    let totp = TOTP::new_unchecked(Algorithm::SHA1, 6, 1, 30, bytes, None, String::new());
    totp.generate(u64::try_from(at.unix_timestamp()).unwrap())
}

/// The key the enrolment page shows to type in by hand.
fn secret_on(page: &str) -> String {
    let start = page
        .find(r#"<code id="totp-secret">"#)
        .expect("the key is shown")
        + r#"<code id="totp-secret">"#.len();
    let end = start + page[start..].find("</code>").unwrap();
    page[start..end].to_owned()
}

/// The recovery codes the page shows once.
fn recovery_codes_on(page: &str) -> Vec<String> {
    page.split("<li><code>")
        .skip(1)
        .map(|rest| rest[..rest.find("</code>").unwrap()].to_owned())
        .collect()
}

async fn sign_in_with_password(browser: &mut Browser<'_>, role: Role) -> common::Reply {
    browser.get("/login").await;
    browser
        .post("/login", &[("email", &email(role)), ("password", PASSWORD)])
        .await
}

fn has_session(browser: &Browser<'_>) -> bool {
    browser
        .cookies
        .iter()
        .any(|(name, _)| name == "frirum_session")
}

#[tokio::test]
async fn totp_enrolment_and_sign_in_with_a_fixed_clock() {
    let clock = Arc::new(FixedClock::new(START));
    let app = TestApp::new().await.with_clock(clock.clone());
    let mut browser = Browser::new(&app);
    assert_eq!(
        sign_in_with_password(&mut browser, Role::Assessor)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert!(has_session(&browser));

    // Enrol: the key from the page, a wrong code first, then the app's code.
    let enrol = browser.get("/account/second-factor").await;
    assert_eq!(enrol.status, StatusCode::OK);
    let secret = secret_on(&enrol.text());
    let wrong = browser
        .post("/account/second-factor", &[("code", "000000")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        secret_on(&wrong.text()),
        secret,
        "a retry shows the same key"
    );
    let confirmed = browser
        .post(
            "/account/second-factor",
            &[("code", &code_at(&secret, START))],
        )
        .await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.text());
    let recovery = recovery_codes_on(&confirmed.text());
    assert_eq!(recovery.len(), 10);
    // Shown once: the security page says the factor is on and lists no codes.
    let security = browser.get("/account/security").await.text();
    assert!(recovery_codes_on(&security).is_empty());
    assert!(!security.contains(&recovery[0]));

    assert_eq!(
        browser.post("/logout", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(!has_session(&browser));

    // Ninety seconds on: the password leads to the code step, not to a session.
    let now = START + Duration::seconds(90);
    clock.set(now);
    let password = sign_in_with_password(&mut browser, Role::Assessor).await;
    assert_eq!(password.status, StatusCode::SEE_OTHER);
    assert_eq!(password.location(), "/login/code");
    assert!(!has_session(&browser));
    assert!(password.cookie("frirum_sign_in").is_some());
    // The step is not a session: private pages still send the visitor to sign in.
    let account = browser.get("/account").await;
    assert_eq!(account.status, StatusCode::SEE_OTHER);
    assert!(account.location().starts_with("/login"));

    // A wrong code is refused with a stable code on the page.
    let right = code_at(&secret, now);
    let wrong_code = if right == "123456" {
        "654321"
    } else {
        "123456"
    };
    let refused = browser.post("/login/code", &[("code", wrong_code)]).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert!(
        refused
            .text()
            .contains(r#"data-error="second_factor_code_wrong""#)
    );
    assert!(!has_session(&browser));

    // A code from two steps ago (sixty seconds) is refused too.
    let old = code_at(&secret, now - Duration::seconds(60));
    assert_ne!(old, right);
    let too_old = browser.post("/login/code", &[("code", &old)]).await;
    assert_eq!(too_old.status, StatusCode::UNAUTHORIZED);
    assert!(!has_session(&browser));

    // The right code signs in.
    let signed_in = browser.post("/login/code", &[("code", &right)]).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    assert_eq!(signed_in.location(), "/");
    assert!(has_session(&browser));
    assert_eq!(browser.get("/account").await.status, StatusCode::OK);
    browser.post("/logout", &[]).await;

    // The same code again, in the same step, is refused: each step is accepted once.
    sign_in_with_password(&mut browser, Role::Assessor).await;
    let again = browser.post("/login/code", &[("code", &right)]).await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
    assert!(!has_session(&browser));

    // A recovery code works once, typed with a space and capitals as people do.
    let typed = recovery[3].to_uppercase().replace('-', " ");
    let recovered = browser.post("/login/code", &[("code", &typed)]).await;
    assert_eq!(recovered.status, StatusCode::SEE_OTHER);
    assert!(has_session(&browser));
    let security = browser.get("/account/security").await.text();
    assert!(
        security.contains("You have 9 recovery codes left."),
        "{security}"
    );
    browser.post("/logout", &[]).await;
    sign_in_with_password(&mut browser, Role::Assessor).await;
    let reused = browser.post("/login/code", &[("code", &recovery[3])]).await;
    assert_eq!(reused.status, StatusCode::UNAUTHORIZED);
    assert!(!has_session(&browser));
    // Another one still does.
    let other = browser.post("/login/code", &[("code", &recovery[4])]).await;
    assert_eq!(other.status, StatusCode::SEE_OTHER);
    assert!(has_session(&browser));
}

/// With the operator's requirement on, the secretariat's password leads to the enrolment
/// and nothing else until it is confirmed; an applicant signs in as before.
#[tokio::test]
async fn the_requirement_leads_the_secretariat_to_enrol_first() {
    let clock = Arc::new(FixedClock::new(START));
    let config = AppConfig {
        require_second_factor: true,
        ..AppConfig::default()
    };
    let app = TestApp::new().await.with_config(config, clock.clone());

    let mut applicant = Browser::new(&app);
    let login = sign_in_with_password(&mut applicant, Role::Applicant).await;
    assert_eq!(login.location(), "/");
    assert!(has_session(&applicant));

    let mut browser = Browser::new(&app);
    let login = sign_in_with_password(&mut browser, Role::Admin).await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    assert_eq!(login.location(), "/login/enrol");
    assert!(!has_session(&browser));
    for path in ["/account", "/admin/users", "/account/security"] {
        let reply = browser.get(path).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{path}");
        assert!(reply.location().starts_with("/login"), "{path}");
    }
    let enrol = browser.get("/login/enrol").await;
    assert_eq!(enrol.status, StatusCode::OK);
    let secret = secret_on(&enrol.text());
    let wrong = browser.post("/login/enrol", &[("code", "000000")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!has_session(&browser));
    let done = browser
        .post("/login/enrol", &[("code", &code_at(&secret, START))])
        .await;
    assert_eq!(done.status, StatusCode::OK);
    assert_eq!(recovery_codes_on(&done.text()).len(), 10);
    assert!(has_session(&browser));
    assert_eq!(browser.get("/admin/users").await.status, StatusCode::OK);

    // The secretariat cannot turn the required factor off.
    let off = browser
        .post(
            "/account/second-factor/disable",
            &[("code", &code_at(&secret, START + Duration::seconds(30)))],
        )
        .await;
    assert_eq!(off.status, StatusCode::CONFLICT);
}

async fn user_id(app: &TestApp, address: &str) -> i64 {
    app.store
        .store
        .credentials(address)
        .await
        .unwrap()
        .unwrap()
        .user
        .id
}

/// The secretariat opens an assessor's sign-in security from the accounts list, signs them
/// out everywhere and removes their codes: the assessor's sessions end, each step is in
/// their history and the journal, and a mail tells them.
#[tokio::test]
async fn the_secretariat_signs_a_person_out_and_removes_their_codes() {
    let clock = Arc::new(FixedClock::new(START));
    let app = TestApp::new().await.with_clock(clock.clone());
    let assessor = user_id(&app, &email(Role::Assessor)).await;

    // The assessor signs in on two devices and turns codes on.
    let mut phone = Browser::new(&app);
    sign_in_with_password(&mut phone, Role::Assessor).await;
    let mut laptop = Browser::new(&app);
    sign_in_with_password(&mut laptop, Role::Assessor).await;
    let secret = secret_on(&laptop.get("/account/second-factor").await.text());
    let on = laptop
        .post(
            "/account/second-factor",
            &[("code", &code_at(&secret, START))],
        )
        .await;
    assert_eq!(on.status, StatusCode::OK);

    let mut admin = Browser::new(&app);
    sign_in_with_password(&mut admin, Role::Admin).await;
    let list = admin.get("/admin/users").await.text();
    let link = format!("/admin/users/{assessor}/security");
    assert!(list.contains(&format!(r#"href="{link}""#)), "{list}");
    let page = admin.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(text.contains("Test assessor"));
    assert!(text.contains("/security/end-sessions"));
    assert!(text.contains("/security/reset-second-factor"));

    let ended = admin.post(&format!("{link}/end-sessions"), &[]).await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER);
    assert_eq!(ended.location(), format!("{link}?ended=2"));
    let after = admin.get(&ended.location()).await.text();
    assert!(after.contains("2 sessions were ended."), "{after}");
    for device in [&mut phone, &mut laptop] {
        let reply = device.get("/account").await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "signed out");
    }
    // The secretariat's own session is untouched.
    assert_eq!(admin.get("/admin/users").await.status, StatusCode::OK);

    let reset = admin
        .post(&format!("{link}/reset-second-factor"), &[])
        .await;
    assert_eq!(reset.status, StatusCode::SEE_OTHER);
    assert!(
        app.store
            .store
            .second_factor(assessor)
            .await
            .unwrap()
            .is_none()
    );
    // Again: there is none to remove.
    let again = admin
        .post(&format!("{link}/reset-second-factor"), &[])
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    // Without codes now, the assessor signs in with the password alone.
    let back = sign_in_with_password(&mut phone, Role::Assessor).await;
    assert_eq!(back.location(), "/");

    let history = admin.get(&link).await.text();
    assert!(history.contains("Signed out everywhere by the secretariat"));
    assert!(history.contains("Sign-in codes removed by the secretariat"));
    let journal = app
        .store
        .store
        .journal(
            frirum_domain::journal::CaseKind::Account,
            assessor,
            PageRequest::default(),
        )
        .await
        .unwrap();
    let mut actions: Vec<_> = journal.items.iter().map(|e| e.action.clone()).collect();
    actions.sort();
    assert_eq!(actions, ["second_factor_reset", "sessions_ended"]);
    let mails: Vec<_> = app
        .store
        .store
        .outbox(PageRequest::default())
        .await
        .unwrap()
        .items
        .into_iter()
        .filter(|m| m.kind == NotificationKind::AccountSecurity)
        .collect();
    assert_eq!(mails.len(), 2);
    assert!(mails.iter().all(|m| m.address == email(Role::Assessor)));
    assert!(
        mails
            .iter()
            .any(|m| m.body.contains("Test admin has signed you out of Frirum"))
    );
}

/// An organisation's user administrator signs a colleague out everywhere from the people
/// page, after a confirmation; the secretariat's people are not theirs.
#[tokio::test]
async fn a_user_administrator_signs_a_colleague_out_everywhere() {
    let clock = Arc::new(FixedClock::new(START));
    let app = TestApp::new().await.with_clock(clock.clone());
    let store = &app.store.store;
    let applicant = user_id(&app, &email(Role::Applicant)).await;
    let people_admin = frirum_app::accounts::create_account(
        &**store,
        frirum_app::accounts::NewAccount {
            email: "brugeradmin@test.example".into(),
            name: "Birthe Brugeradmin".into(),
            role: Role::Applicant,
            organisation: Some("dk:751".into()),
            language: None,
            password: PASSWORD.into(),
        },
        START,
    )
    .await
    .unwrap();
    store
        .set_people_admin(
            people_admin.id,
            true,
            frirum_domain::journal::Actor::user(1, START),
        )
        .await
        .unwrap();

    let mut colleague = Browser::new(&app);
    sign_in_with_password(&mut colleague, Role::Applicant).await;
    assert!(has_session(&colleague));

    let mut manager = Browser::new(&app);
    manager.get("/login").await;
    manager
        .post(
            "/login",
            &[
                ("email", "brugeradmin@test.example"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let people = manager.get("/people").await.text();
    let confirm = format!("/people/{applicant}/sessions");
    assert!(people.contains(&format!(r#"href="{confirm}""#)), "{people}");
    let page = manager.get(&confirm).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("Sign Test applicant out everywhere"));
    let done = manager.post(&format!("{confirm}/end"), &[]).await;
    assert_eq!(done.location(), format!("{confirm}?ended=1"));
    let said = manager.get(&done.location()).await.text();
    assert!(said.contains("One session was ended."), "{said}");
    assert_eq!(
        colleague.get("/account").await.status,
        StatusCode::SEE_OTHER
    );
    // Again: none open, nothing done and nobody told.
    let again = manager.post(&format!("{confirm}/end"), &[]).await;
    assert_eq!(again.location(), format!("{confirm}?ended=0"));
    let said = manager.get(&again.location()).await.text();
    assert!(said.contains("No session was open."), "{said}");
    assert!(!said.contains("was told by e-mail"), "{said}");

    let history = store
        .account_events(applicant, PageRequest::default())
        .await
        .unwrap();
    assert_eq!(
        history.items[0].kind,
        frirum_domain::account_security::AccountEventKind::SessionsEndedByUserAdministrator
    );
    assert_eq!(history.items[0].actor_id, Some(people_admin.id));

    // The assessor is the secretariat's: not there for the user administrator.
    let assessor = user_id(&app, &email(Role::Assessor)).await;
    let refused = manager
        .post(&format!("/people/{assessor}/sessions/end"), &[])
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    // Nor the secretariat's page of a person's security.
    let refused = manager
        .get(&format!("/admin/users/{applicant}/security"))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}
