//! The time comes from the clock the application is given: a session that the injected
//! clock has outlived is over, without anybody waiting twelve hours.

mod common;

use std::sync::Arc;

use axum::http::StatusCode;
use common::{Browser, TestApp};
use frirum_app::clock::FixedClock;
use frirum_domain::Role;
use time::{Duration, OffsetDateTime};

#[tokio::test]
async fn a_session_ends_when_the_clock_passes_its_lifetime() {
    let start = OffsetDateTime::now_utc();
    let clock = Arc::new(FixedClock::new(start));
    let app = TestApp::new().await.with_clock(clock.clone());
    let mut browser = Browser::new(&app);
    let login = browser.login(Role::Admin).await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    assert_eq!(browser.get("/account").await.status, StatusCode::OK);

    // Eleven hours on, the session (twelve hours by default) still holds.
    clock.set(start + Duration::hours(11));
    assert_eq!(browser.get("/account").await.status, StatusCode::OK);

    // Past its lifetime the visitor is sent to the login page, as any stranger is.
    clock.set(start + Duration::hours(13));
    let after = browser.get("/account").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert!(
        after.location().starts_with("/login"),
        "{}",
        after.location()
    );
}
