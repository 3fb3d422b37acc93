//! The store's contract for signing in through OpenID Connect: a sign-in under way is taken
//! once and not after it expires, identities link to accounts, and a session remembers its
//! provider; on SQLite and (when `FRIRUM_TEST_DATABASE_URL` is set) on PostgreSQL.

use frirum_domain::Role;
use frirum_store::testing::TestStore;
use frirum_store::{NewUser, PendingSignIn, Store};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const NOW: OffsetDateTime = datetime!(2026-12-06 07:00 UTC);

/// Runs a test on each engine there is.
async fn on_each_engine<F, Fut>(test: F)
where
    F: Fn(std::sync::Arc<dyn Store>) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let sqlite = TestStore::sqlite().await;
    test(sqlite.store.clone()).await;
    match TestStore::postgres().await {
        Some(pg) => test(pg.store.clone()).await,
        None => eprintln!("FRIRUM_TEST_DATABASE_URL is not set: PostgreSQL contract not run"),
    }
}

fn pending(state_hash: &str, at: OffsetDateTime) -> PendingSignIn {
    PendingSignIn {
        state_hash: state_hash.to_owned(),
        provider: "idporten".to_owned(),
        nonce: "nonce-1".to_owned(),
        pkce_verifier: "verifier-1".to_owned(),
        next_path: "/applications".to_owned(),
        invitation: Some("invitation-secret".to_owned()),
        created_at: at,
        expires_at: at + Duration::minutes(10),
    }
}

async fn user(store: &dyn Store, email: &str) -> i64 {
    store
        .create_user(
            &NewUser {
                email: email.to_owned(),
                name: "Kari Nordmann".to_owned(),
                role: Role::Admin,
                organisation_id: None,
                language: None,
                password_hash: "x".to_owned(),
            },
            NOW,
        )
        .await
        .unwrap()
        .id
}

#[tokio::test]
async fn a_sign_in_under_way_is_taken_once() {
    on_each_engine(|store| async move {
        store
            .begin_sign_in(&pending("hash-a", NOW), NOW)
            .await
            .unwrap();
        let taken = store
            .take_sign_in("hash-a", NOW + Duration::minutes(1))
            .await
            .unwrap()
            .expect("the sign-in is there");
        assert_eq!(taken, pending("hash-a", NOW));
        assert_eq!(
            store
                .take_sign_in("hash-a", NOW + Duration::minutes(1))
                .await
                .unwrap(),
            None,
            "a state is used once"
        );
        assert_eq!(store.take_sign_in("unknown", NOW).await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn an_expired_sign_in_is_not_taken_and_is_forgotten() {
    on_each_engine(|store| async move {
        store
            .begin_sign_in(&pending("old", NOW), NOW)
            .await
            .unwrap();
        assert_eq!(
            store
                .take_sign_in("old", NOW + Duration::minutes(10))
                .await
                .unwrap(),
            None
        );
        // A later sign-in clears what has expired, even if nobody came back for it.
        store
            .begin_sign_in(&pending("stale", NOW), NOW)
            .await
            .unwrap();
        let later = NOW + Duration::hours(1);
        store
            .begin_sign_in(&pending("fresh", later), later)
            .await
            .unwrap();
        assert_eq!(store.take_sign_in("stale", NOW).await.unwrap(), None);
        assert!(store.take_sign_in("fresh", later).await.unwrap().is_some());
    })
    .await;
}

#[tokio::test]
async fn identities_link_to_one_account() {
    on_each_engine(|store| async move {
        let kari = user(&*store, "kari@example.no").await;
        let ola = user(&*store, "ola@example.no").await;
        assert_eq!(store.linked_user("idporten", "sub-1").await.unwrap(), None);
        store
            .link_identity("idporten", "sub-1", kari, NOW)
            .await
            .unwrap();
        // Linking again is a use, not a move to another account.
        store
            .link_identity("idporten", "sub-1", kari, NOW + Duration::days(1))
            .await
            .unwrap();
        store
            .link_identity("idporten", "sub-1", ola, NOW)
            .await
            .unwrap();
        assert_eq!(
            store.linked_user("idporten", "sub-1").await.unwrap(),
            Some(kari)
        );
        // The same subject at another provider is another person.
        assert_eq!(store.linked_user("mitid", "sub-1").await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn a_session_remembers_its_provider_until_it_ends() {
    on_each_engine(|store| async move {
        let kari = user(&*store, "kari@example.no").await;
        store
            .create_session("session-hash", kari, NOW, NOW + Duration::hours(12))
            .await
            .unwrap();
        assert_eq!(store.session_provider("session-hash").await.unwrap(), None);
        store
            .mark_provider_session("session-hash", "idporten")
            .await
            .unwrap();
        assert_eq!(
            store
                .session_provider("session-hash")
                .await
                .unwrap()
                .as_deref(),
            Some("idporten")
        );
        store.delete_session("session-hash").await.unwrap();
        assert_eq!(store.session_provider("session-hash").await.unwrap(), None);
    })
    .await;
}
