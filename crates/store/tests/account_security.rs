//! The store's contract for account security (issue 18, items 3 and 4): sessions a person
//! can see and end, the second factor with its once-only steps and recovery codes, the
//! sign-in challenges and the security history, on SQLite and (when
//! `FRIRUM_TEST_DATABASE_URL` is set) on PostgreSQL.

use frirum_domain::account_security::AccountEventKind;
use frirum_domain::journal::{Actor, CaseKind};
use frirum_domain::notification::NotificationKind;
use frirum_domain::{Language, PageRequest, Role};
use frirum_store::account_security::{
    ChallengePurpose, Intervention, InterventionMail, NewAccountEvent, NewSession,
};
use frirum_store::testing::TestStore;
use frirum_store::{NewUser, Store};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const NOW: OffsetDateTime = datetime!(2026-12-06 08:00 UTC);

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

async fn user(store: &dyn Store, email: &str, role: Role) -> i64 {
    store
        .create_user(
            &NewUser {
                email: email.into(),
                name: "Kari Nordmann".into(),
                role,
                organisation_id: None,
                language: Some(Language::Nb),
                password_hash: "$argon2id$fake".into(),
            },
            NOW,
        )
        .await
        .unwrap()
        .id
}

fn session<'a>(hash: &'a str, public_id: &'a str, user_id: i64) -> NewSession<'a> {
    NewSession {
        token_hash: hash,
        public_id,
        user_id,
        user_agent: Some("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"),
        address: Some("192.0.2.7"),
        expires_at: NOW + Duration::hours(12),
    }
}

#[tokio::test]
async fn sessions_are_listed_touched_and_ended() {
    on_each_engine(|store| async move {
        let store = &*store;
        let kari = user(store, "kari@example.no", Role::Admin).await;
        let ola = user(store, "ola@example.no", Role::Assessor).await;
        store
            .open_session(&session("h1", "p1", kari), NOW)
            .await
            .unwrap();
        store
            .open_session(&session("h2", "p2", kari), NOW + Duration::minutes(1))
            .await
            .unwrap();
        store
            .open_session(&session("h3", "p3", ola), NOW)
            .await
            .unwrap();
        // The sessions are ordinary sessions: they sign their person in.
        assert_eq!(
            store.session_user("h1", NOW).await.unwrap().unwrap().id,
            kari
        );

        // Last seen starts at the opening and moves only when touched.
        assert_eq!(store.session_last_seen("h1").await.unwrap(), Some(NOW));
        store
            .touch_session("h1", NOW + Duration::minutes(5))
            .await
            .unwrap();
        assert_eq!(
            store.session_last_seen("h1").await.unwrap(),
            Some(NOW + Duration::minutes(5))
        );
        assert_eq!(store.session_last_seen("unknown").await.unwrap(), None);

        let listed = store
            .sessions_of(kari, Some("h2"), NOW + Duration::minutes(6))
            .await
            .unwrap();
        assert_eq!(
            listed
                .iter()
                .map(|s| (s.public_id.as_str(), s.current))
                .collect::<Vec<_>>(),
            [("p1", false), ("p2", true)],
            "most recently seen first, the asking one marked"
        );
        assert_eq!(listed[0].address.as_deref(), Some("192.0.2.7"));
        assert!(listed[0].user_agent.as_deref().unwrap().contains("Firefox"));
        // Expired sessions are not listed.
        assert!(
            store
                .sessions_of(kari, None, NOW + Duration::hours(13))
                .await
                .unwrap()
                .is_empty()
        );

        // Someone else's session is not ended by its id.
        assert!(!store.end_session(kari, "p3").await.unwrap());
        assert!(store.end_session(kari, "p1").await.unwrap());
        assert!(!store.end_session(kari, "p1").await.unwrap());
        assert_eq!(store.session_user("h1", NOW).await.unwrap(), None);
        assert!(store.session_user("h3", NOW).await.unwrap().is_some());

        assert_eq!(store.end_sessions(kari).await.unwrap(), 1);
        assert_eq!(store.session_user("h2", NOW).await.unwrap(), None);
        assert!(store.session_user("h3", NOW).await.unwrap().is_some());
    })
    .await;
}

#[tokio::test]
async fn a_second_factor_is_confirmed_once_and_each_step_accepted_once() {
    on_each_engine(|store| async move {
        let store = &*store;
        let kari = user(store, "kari@example.no", Role::Admin).await;
        assert_eq!(store.second_factor(kari).await.unwrap(), None);
        assert!(
            store
                .begin_second_factor(kari, "SECRETA", NOW)
                .await
                .unwrap()
        );
        // Starting again before confirming replaces the secret.
        assert!(
            store
                .begin_second_factor(kari, "SECRETB", NOW)
                .await
                .unwrap()
        );
        let waiting = store.second_factor(kari).await.unwrap().unwrap();
        assert_eq!(
            (waiting.secret.as_str(), waiting.confirmed_at),
            ("SECRETB", None)
        );
        // A step is not accepted before confirmation.
        assert!(!store.accept_step(kari, 100).await.unwrap());

        let hashes: Vec<String> = (0..3).map(|i| format!("hash-{i}")).collect();
        assert!(
            store
                .confirm_second_factor(kari, 100, &hashes, NOW)
                .await
                .unwrap()
        );
        assert!(
            !store
                .confirm_second_factor(kari, 101, &hashes, NOW)
                .await
                .unwrap(),
            "confirmed once"
        );
        // A confirmed factor is not replaced by starting again.
        assert!(
            !store
                .begin_second_factor(kari, "SECRETC", NOW)
                .await
                .unwrap()
        );
        let confirmed = store.second_factor(kari).await.unwrap().unwrap();
        assert_eq!(
            (
                confirmed.secret.as_str(),
                confirmed.confirmed_at,
                confirmed.last_step
            ),
            ("SECRETB", Some(NOW), Some(100))
        );

        // The confirming step and earlier ones are used; a later one once.
        assert!(!store.accept_step(kari, 100).await.unwrap());
        assert!(!store.accept_step(kari, 99).await.unwrap());
        assert!(store.accept_step(kari, 101).await.unwrap());
        assert!(!store.accept_step(kari, 101).await.unwrap());

        let codes = store.unused_recovery_codes(kari).await.unwrap();
        assert_eq!(codes.len(), 3);
        assert!(store.use_recovery_code(codes[1].0, NOW).await.unwrap());
        assert!(!store.use_recovery_code(codes[1].0, NOW).await.unwrap());
        assert_eq!(
            store
                .unused_recovery_codes(kari)
                .await
                .unwrap()
                .into_iter()
                .map(|(_, h)| h)
                .collect::<Vec<_>>(),
            ["hash-0", "hash-2"]
        );

        assert!(store.remove_second_factor(kari).await.unwrap());
        assert!(!store.remove_second_factor(kari).await.unwrap());
        assert_eq!(store.second_factor(kari).await.unwrap(), None);
        assert!(store.unused_recovery_codes(kari).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn challenges_expire_count_attempts_and_replace_older_ones() {
    on_each_engine(|store| async move {
        let store = &*store;
        let kari = user(store, "kari@example.no", Role::Admin).await;
        let later = NOW + Duration::minutes(5);
        store
            .create_challenge("c1", kari, ChallengePurpose::Code, NOW, later)
            .await
            .unwrap();
        let c = store.challenge("c1", NOW).await.unwrap().unwrap();
        assert_eq!(
            (c.user_id, c.purpose, c.attempts),
            (kari, ChallengePurpose::Code, 0)
        );
        assert_eq!(store.count_challenge_attempt("c1").await.unwrap(), 1);
        assert_eq!(store.count_challenge_attempt("c1").await.unwrap(), 2);
        assert_eq!(
            store.challenge("c1", NOW).await.unwrap().unwrap().attempts,
            2
        );
        assert_eq!(store.challenge("c1", later).await.unwrap(), None, "expired");
        assert_eq!(store.count_challenge_attempt("gone").await.unwrap(), 0);

        // A new password step ends the person's older challenge.
        store
            .create_challenge("c2", kari, ChallengePurpose::Enrol, NOW, later)
            .await
            .unwrap();
        assert_eq!(store.challenge("c1", NOW).await.unwrap(), None);
        assert_eq!(
            store.challenge("c2", NOW).await.unwrap().unwrap().purpose,
            ChallengePurpose::Enrol
        );
        store.delete_challenge("c2").await.unwrap();
        assert_eq!(store.challenge("c2", NOW).await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn the_security_history_is_the_persons_own_newest_first() {
    on_each_engine(|store| async move {
        let store = &*store;
        let kari = user(store, "kari@example.no", Role::Assessor).await;
        let admin = user(store, "sekretariat@example.no", Role::Admin).await;
        for (i, kind) in [AccountEventKind::SignInFailed, AccountEventKind::SignedIn]
            .into_iter()
            .enumerate()
        {
            store
                .record_account_event(
                    &NewAccountEvent {
                        user_id: kari,
                        kind,
                        actor_id: None,
                        address: Some("192.0.2.7"),
                        user_agent: Some("curl/8.5.0"),
                    },
                    NOW + Duration::minutes(i64::try_from(i).unwrap()),
                )
                .await
                .unwrap();
        }
        store
            .record_account_event(
                &NewAccountEvent {
                    user_id: kari,
                    kind: AccountEventKind::SecondFactorReset,
                    actor_id: Some(admin),
                    address: None,
                    user_agent: None,
                },
                NOW + Duration::minutes(10),
            )
            .await
            .unwrap();
        let page = store
            .account_events(kari, PageRequest::new(None, Some(2)).unwrap())
            .await
            .unwrap();
        assert_eq!(page.total, 3);
        assert_eq!(
            page.items.iter().map(|e| e.kind).collect::<Vec<_>>(),
            [
                AccountEventKind::SecondFactorReset,
                AccountEventKind::SignedIn
            ]
        );
        assert_eq!(page.items[0].actor_name.as_deref(), Some("Kari Nordmann"));
        assert_eq!(page.items[1].address.as_deref(), Some("192.0.2.7"));
        assert_eq!(
            store
                .account_events(admin, PageRequest::default())
                .await
                .unwrap()
                .total,
            0
        );
    })
    .await;
}

/// The secretariat ends a person's sessions and removes their second factor: each change,
/// the event in the person's history, the journal entry and the mail in one transaction;
/// nothing at all when there is nothing to end or remove.
#[tokio::test]
async fn an_intervention_is_recorded_journaled_and_mailed_together() {
    on_each_engine(|store| async move {
        let store = &*store;
        let admin = user(store, "admin@example.no", Role::Admin).await;
        let ola = user(store, "ola@example.no", Role::Assessor).await;
        let mail = InterventionMail {
            address: "ola@example.no".into(),
            subject: "Frirum: your sessions were ended".into(),
            body: "Sign in again.".into(),
        };
        let by_admin = Actor::user(admin, NOW + Duration::minutes(5));
        for (hash, id) in [("h1", "p1"), ("h2", "p2")] {
            store
                .open_session(&session(hash, id, ola), NOW)
                .await
                .unwrap();
        }
        store
            .open_session(&session("h3", "p3", admin), NOW)
            .await
            .unwrap();
        let ended = store
            .intervene(ola, Intervention::EndSessions, &mail, by_admin)
            .await
            .unwrap();
        assert_eq!(ended, 2);
        assert!(store.session_user("h1", NOW).await.unwrap().is_none());
        assert!(store.session_user("h2", NOW).await.unwrap().is_none());
        assert!(store.session_user("h3", NOW).await.unwrap().is_some());

        // Nothing open: nothing written.
        assert_eq!(
            store
                .intervene(ola, Intervention::EndSessions, &mail, by_admin)
                .await
                .unwrap(),
            0
        );
        assert_eq!(
            store
                .intervene(ola, Intervention::ResetSecondFactor, &mail, by_admin)
                .await
                .unwrap(),
            0
        );

        store
            .begin_second_factor(ola, "JBSWY3DPEHPK3PXP", NOW)
            .await
            .unwrap();
        assert!(
            store
                .confirm_second_factor(ola, 1, &["$argon2id$h".to_owned()], NOW)
                .await
                .unwrap()
        );
        assert_eq!(
            store
                .intervene(ola, Intervention::ResetSecondFactor, &mail, by_admin)
                .await
                .unwrap(),
            1
        );
        assert!(store.second_factor(ola).await.unwrap().is_none());
        assert!(store.unused_recovery_codes(ola).await.unwrap().is_empty());

        let history = store
            .account_events(ola, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(
            history.items.iter().map(|e| e.kind).collect::<Vec<_>>(),
            [
                AccountEventKind::SecondFactorReset,
                AccountEventKind::SessionsEndedBySecretariat
            ]
        );
        assert!(history.items.iter().all(|e| e.actor_id == Some(admin)));

        let journal = store
            .journal(CaseKind::Account, ola, PageRequest::default())
            .await
            .unwrap();
        let mut actions: Vec<_> = journal.items.iter().map(|e| e.action.as_str()).collect();
        actions.sort_unstable();
        assert_eq!(actions, ["second_factor_reset", "sessions_ended"]);
        assert!(journal.items.iter().all(|e| e.actor_id == Some(admin)));
        assert!(store.verify_journal().await.unwrap().first_broken.is_none());

        let outbox = store.outbox(PageRequest::default()).await.unwrap();
        assert_eq!(outbox.items.len(), 2);
        assert!(outbox.items.iter().all(|m| m.user_id == Some(ola)
            && m.kind == NotificationKind::AccountSecurity
            && m.address == "ola@example.no"));
    })
    .await;
}
