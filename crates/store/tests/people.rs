//! The store's contract for organisations' people: invitations (used once, not after they
//! expire, one winner of two acceptances at once), deactivation that ends sessions and API
//! tokens at once, user administrators' appointment, the lists of people, and the journal of
//! each; on SQLite and (when `FRIRUM_TEST_DATABASE_URL` is set) on PostgreSQL.

use std::sync::Arc;

use frirum_domain::invitation::{InvitationState, LIFETIME};
use frirum_domain::journal::{Actor, CaseKind};
use frirum_domain::registry_csv;
use frirum_domain::{Country, Language, PageRequest, Role};
use frirum_store::testing::TestStore;
use frirum_store::{
    ExternalIdentity, InvitationMail, NewApiToken, NewInvitation, NewUser, StateOf, Store,
    StoreError, Unique,
};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const NOW: OffsetDateTime = datetime!(2026-12-06 08:00 UTC);

/// Runs a test on each engine there is.
async fn on_each_engine<F, Fut>(test: F)
where
    F: Fn(Arc<dyn Store>) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let sqlite = TestStore::sqlite().await;
    test(sqlite.store.clone()).await;
    match TestStore::postgres().await {
        Some(pg) => test(pg.store.clone()).await,
        None => eprintln!("FRIRUM_TEST_DATABASE_URL is not set: PostgreSQL contract not run"),
    }
}

/// Aarhus and Lyngby-Taarbæk with their regions: the ids of Aarhus and Lyngby.
async fn organisations(store: &dyn Store) -> (i64, i64) {
    let csv = "code,name,kind,parent_code,population,population_date,population_source,population_uncertain\n\
               1082,Region Midtjylland,region,,,,,\n\
               1084,Region Hovedstaden,region,,,,,\n\
               751,Aarhus,municipality,1082,,,,\n\
               173,Lyngby-Taarbæk,municipality,1084,,,,\n";
    let records = registry_csv::parse(Country::Dk, csv.as_bytes()).unwrap();
    store
        .import_organisations(Country::Dk, &records, NOW)
        .await
        .unwrap();
    let aarhus = store
        .organisation(Country::Dk, "751")
        .await
        .unwrap()
        .unwrap();
    let lyngby = store
        .organisation(Country::Dk, "173")
        .await
        .unwrap()
        .unwrap();
    (aarhus.id, lyngby.id)
}

async fn user(store: &dyn Store, email: &str, role: Role, organisation_id: Option<i64>) -> i64 {
    store
        .create_user(
            &NewUser {
                email: email.into(),
                name: email.split('@').next().unwrap().into(),
                role,
                organisation_id,
                language: Some(Language::Da),
                password_hash: "$argon2id$stand-in".into(),
            },
            NOW,
        )
        .await
        .unwrap()
        .id
}

fn invitation(token_hash: &str, email: &str, organisation_id: Option<i64>) -> NewInvitation {
    NewInvitation {
        token_hash: token_hash.into(),
        email: email.into(),
        name: "Ny Kollega".into(),
        role: Role::Applicant,
        organisation_id,
        language: Some(Language::Da),
        expires_at: NOW + LIFETIME,
    }
}

fn mail() -> InvitationMail {
    InvitationMail {
        subject: "Invitation".into(),
        body: "Follow the link".into(),
    }
}

async fn journal_actions(store: &dyn Store, kind: CaseKind, id: i64) -> Vec<String> {
    store
        .journal(kind, id, PageRequest::default())
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|e| e.action)
        .collect()
}

#[tokio::test]
async fn an_invitation_is_mailed_accepted_once_and_journaled() {
    on_each_engine(|store| async move {
        let (aarhus, _) = organisations(&*store).await;
        let admin = user(&*store, "ida@aarhus.dk", Role::Applicant, Some(aarhus)).await;
        let sent = store
            .create_invitation(
                &invitation("hash-1", "ny@aarhus.dk", Some(aarhus)),
                &mail(),
                Actor::user(admin, NOW),
            )
            .await
            .unwrap();
        assert_eq!(sent.email, "ny@aarhus.dk");
        assert_eq!(sent.role, Role::Applicant);
        assert_eq!(sent.organisation.as_ref().map(|o| o.id), Some(aarhus));
        assert_eq!(sent.invited_by_email, "ida@aarhus.dk");
        assert_eq!(sent.state(NOW), InvitationState::Open);
        // The mail waits in the outbox, addressed to the invited address.
        let outbox = store.outbox(PageRequest::default()).await.unwrap();
        assert_eq!(outbox.items.len(), 1);
        assert_eq!(outbox.items[0].address, "ny@aarhus.dk");
        assert_eq!(outbox.items[0].user_id, None);
        assert_eq!(outbox.items[0].body, "Follow the link");
        // Found by its hash only.
        assert_eq!(
            store.invitation("hash-1").await.unwrap(),
            Some(sent.clone())
        );
        assert_eq!(store.invitation("hash-2").await.unwrap(), None);
        let open = store
            .open_invitations(Some(aarhus), PageRequest::default())
            .await
            .unwrap();
        assert_eq!(open.total, 1);

        let at = NOW + Duration::hours(1);
        let created = store
            .accept_invitation("hash-1", "$argon2id$new", None, at)
            .await
            .unwrap();
        assert_eq!(created.email, "ny@aarhus.dk");
        assert_eq!(created.name, "Ny Kollega");
        assert_eq!(created.role, Role::Applicant);
        assert_eq!(created.organisation.as_ref().map(|o| o.id), Some(aarhus));
        assert_eq!(created.language, Some(Language::Da));
        assert!(!created.people_admin);
        let credentials = store.credentials("ny@aarhus.dk").await.unwrap().unwrap();
        assert_eq!(credentials.password_hash, "$argon2id$new");
        let used = store.invitation("hash-1").await.unwrap().unwrap();
        assert_eq!(used.state(at), InvitationState::Accepted);
        assert_eq!(
            store
                .open_invitations(Some(aarhus), PageRequest::default())
                .await
                .unwrap()
                .total,
            0
        );
        // Used once.
        match store
            .accept_invitation("hash-1", "$argon2id$again", None, at)
            .await
        {
            Err(StoreError::WrongState {
                what: StateOf::Invitation,
                current,
            }) => {
                assert_eq!(current, "accepted");
            }
            other => panic!("a used invitation was accepted again: {other:?}"),
        }
        assert!(matches!(
            store
                .accept_invitation("nothing", "$argon2id$x", None, at)
                .await,
            Err(StoreError::NotFound)
        ));
        assert_eq!(
            journal_actions(&*store, CaseKind::Invitation, sent.id).await,
            ["invited", "accepted"]
        );
        assert_eq!(
            journal_actions(&*store, CaseKind::Account, created.id).await,
            ["created_by_invitation"]
        );
        // The journal's chain holds across the new cases.
        assert!(store.verify_journal().await.unwrap().first_broken.is_none());
    })
    .await;
}

#[tokio::test]
async fn expired_and_taken_invitations_are_refused() {
    on_each_engine(|store| async move {
        let (aarhus, _) = organisations(&*store).await;
        let admin = user(&*store, "ida@aarhus.dk", Role::Applicant, Some(aarhus)).await;
        store
            .create_invitation(
                &invitation("late", "sen@aarhus.dk", Some(aarhus)),
                &mail(),
                Actor::user(admin, NOW),
            )
            .await
            .unwrap();
        // Expired from the moment the lifetime is over.
        match store
            .accept_invitation("late", "$argon2id$x", None, NOW + LIFETIME)
            .await
        {
            Err(StoreError::WrongState {
                what: StateOf::Invitation,
                current,
            }) => {
                assert_eq!(current, "expired");
            }
            other => panic!("an expired invitation was accepted: {other:?}"),
        }
        assert!(store.credentials("sen@aarhus.dk").await.unwrap().is_none());
        // An address with an account is not invited.
        assert!(matches!(
            store
                .create_invitation(
                    &invitation("dup", "ida@aarhus.dk", Some(aarhus)),
                    &mail(),
                    Actor::user(admin, NOW),
                )
                .await,
            Err(StoreError::EmailTaken)
        ));
        // An account opened for the address meanwhile wins; the invitation stays unused.
        store
            .create_invitation(
                &invitation("meanwhile", "kari@aarhus.dk", Some(aarhus)),
                &mail(),
                Actor::user(admin, NOW),
            )
            .await
            .unwrap();
        user(&*store, "kari@aarhus.dk", Role::Applicant, Some(aarhus)).await;
        assert!(matches!(
            store
                .accept_invitation("meanwhile", "$argon2id$x", None, NOW)
                .await,
            Err(StoreError::EmailTaken)
        ));
        let still = store.invitation("meanwhile").await.unwrap().unwrap();
        assert_eq!(still.state(NOW), InvitationState::Open);
    })
    .await;
}

#[tokio::test]
async fn accepted_through_a_provider_the_identity_is_linked_in_the_same_transaction() {
    on_each_engine(|store| async move {
        let (aarhus, _) = organisations(&*store).await;
        let admin = user(&*store, "ida@aarhus.dk", Role::Applicant, Some(aarhus)).await;
        for (hash, address) in [("e-id-1", "ny@aarhus.dk"), ("e-id-2", "to@aarhus.dk")] {
            store
                .create_invitation(
                    &invitation(hash, address, Some(aarhus)),
                    &mail(),
                    Actor::user(admin, NOW),
                )
                .await
                .unwrap();
        }
        let identity = ExternalIdentity {
            provider: "mitid",
            subject: "sub-1",
        };
        let created = store
            .accept_invitation("e-id-1", "!external", Some(identity), NOW)
            .await
            .unwrap();
        assert_eq!(
            store.linked_user("mitid", "sub-1").await.unwrap(),
            Some(created.id)
        );
        let journal = store
            .journal(CaseKind::Account, created.id, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(journal.items[0].action, "created_by_invitation");
        assert_eq!(journal.items[0].changes["provider"], "mitid");

        // The same identity for a second invitation: refused, and nothing of it is kept.
        assert!(matches!(
            store
                .accept_invitation("e-id-2", "!external", Some(identity), NOW)
                .await,
            Err(StoreError::Duplicate(Unique::LinkedIdentity))
        ));
        assert!(store.credentials("to@aarhus.dk").await.unwrap().is_none());
        assert_eq!(
            store
                .invitation("e-id-2")
                .await
                .unwrap()
                .unwrap()
                .state(NOW),
            InvitationState::Open
        );
        assert_eq!(
            store.linked_user("mitid", "sub-1").await.unwrap(),
            Some(created.id)
        );
    })
    .await;
}

#[tokio::test]
async fn of_two_acceptances_at_once_one_creates_the_account() {
    on_each_engine(|store| async move {
        let (aarhus, _) = organisations(&*store).await;
        let admin = user(&*store, "ida@aarhus.dk", Role::Applicant, Some(aarhus)).await;
        store
            .create_invitation(
                &invitation("race", "race@aarhus.dk", Some(aarhus)),
                &mail(),
                Actor::user(admin, NOW),
            )
            .await
            .unwrap();
        let tries: Vec<_> = (0..6)
            .map(|i| {
                let store = store.clone();
                tokio::spawn(async move {
                    store
                        .accept_invitation("race", &format!("$argon2id${i}"), None, NOW)
                        .await
                })
            })
            .collect();
        let mut created = 0;
        for attempt in tries {
            match attempt.await.unwrap() {
                Ok(_) => created += 1,
                Err(StoreError::WrongState { .. } | StoreError::EmailTaken) => {}
                Err(e) => panic!("unexpected: {e}"),
            }
        }
        assert_eq!(created, 1);
    })
    .await;
}

#[tokio::test]
async fn deactivation_ends_sessions_and_tokens_at_once() {
    on_each_engine(|store| async move {
        let (aarhus, lyngby) = organisations(&*store).await;
        let secretariat = user(&*store, "sek@frirum.example", Role::Admin, None).await;
        let person = user(&*store, "ny@aarhus.dk", Role::Applicant, Some(aarhus)).await;
        let other = user(&*store, "anna@ltk.dk", Role::Researcher, Some(lyngby)).await;
        store
            .create_session("session-1", person, NOW, NOW + Duration::hours(8))
            .await
            .unwrap();
        store
            .create_session("session-2", person, NOW, NOW + Duration::hours(8))
            .await
            .unwrap();
        store
            .create_session("session-other", other, NOW, NOW + Duration::hours(8))
            .await
            .unwrap();
        store
            .create_api_token(
                &NewApiToken {
                    user_id: person,
                    name: "script".into(),
                    token_hash: "token-1".into(),
                    prefix: "frirum_abc".into(),
                },
                NOW,
            )
            .await
            .unwrap();
        assert!(
            store
                .session_user("session-1", NOW)
                .await
                .unwrap()
                .is_some()
        );
        assert!(store.token_user("token-1", NOW).await.unwrap().is_some());

        let at = NOW + Duration::minutes(5);
        assert!(
            store
                .deactivate_user(person, Actor::user(secretariat, at))
                .await
                .unwrap()
        );
        assert!(store.session_user("session-1", at).await.unwrap().is_none());
        assert!(store.session_user("session-2", at).await.unwrap().is_none());
        assert!(store.token_user("token-1", at).await.unwrap().is_none());
        assert!(store.credentials("ny@aarhus.dk").await.unwrap().is_none());
        let tokens = store
            .api_tokens(person, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(tokens.items[0].revoked_at, Some(at));
        // Nobody else's.
        assert!(
            store
                .session_user("session-other", at)
                .await
                .unwrap()
                .is_some()
        );
        // A second time changes nothing; an account that is not there is not found.
        assert!(
            !store
                .deactivate_user(person, Actor::user(secretariat, at))
                .await
                .unwrap()
        );
        assert!(matches!(
            store
                .deactivate_user(9999, Actor::user(secretariat, at))
                .await,
            Err(StoreError::NotFound)
        ));
        // A session or token created behind the store's back still opens nothing.
        store
            .create_session("session-3", person, at, at + Duration::hours(8))
            .await
            .unwrap();
        assert!(store.session_user("session-3", at).await.unwrap().is_none());

        let shown = store.person(person).await.unwrap().unwrap();
        assert_eq!(shown.deactivated_at, Some(at));
        assert_eq!(
            journal_actions(&*store, CaseKind::Account, person).await,
            ["deactivated"]
        );
        let entry = &store
            .journal(CaseKind::Account, person, PageRequest::default())
            .await
            .unwrap()
            .items[0];
        assert_eq!(entry.actor_id, Some(secretariat));
        assert_eq!(entry.changes["sessions_ended"], 2);
        assert_eq!(entry.changes["tokens_revoked"], 1);

        // The lists: one organisation's people, active first; everybody for the secretariat.
        let of_aarhus = store
            .people(Some(aarhus), PageRequest::default())
            .await
            .unwrap();
        assert_eq!(of_aarhus.total, 1);
        assert_eq!(of_aarhus.items[0].user.id, person);
        let everybody = store.people(None, PageRequest::default()).await.unwrap();
        let order: Vec<_> = everybody
            .items
            .iter()
            .map(|p| (p.user.email.as_str(), p.deactivated_at.is_some()))
            .collect();
        assert_eq!(
            order,
            [
                ("anna@ltk.dk", false),
                ("sek@frirum.example", false),
                ("ny@aarhus.dk", true)
            ]
        );
    })
    .await;
}

#[tokio::test]
async fn user_administrators_are_appointed_relieved_and_journaled() {
    on_each_engine(|store| async move {
        let (aarhus, _) = organisations(&*store).await;
        let secretariat = user(&*store, "sek@frirum.example", Role::Admin, None).await;
        let ida = user(&*store, "ida@aarhus.dk", Role::Applicant, Some(aarhus)).await;
        assert!(!store.user(ida).await.unwrap().unwrap().people_admin);
        let appointed = store
            .set_people_admin(ida, true, Actor::user(secretariat, NOW))
            .await
            .unwrap();
        assert!(appointed.people_admin);
        // The session's user carries the appointment.
        store
            .create_session("s", ida, NOW, NOW + Duration::hours(1))
            .await
            .unwrap();
        assert!(
            store
                .session_user("s", NOW)
                .await
                .unwrap()
                .unwrap()
                .people_admin
        );
        let relieved = store
            .set_people_admin(ida, false, Actor::user(secretariat, NOW))
            .await
            .unwrap();
        assert!(!relieved.people_admin);
        assert!(matches!(
            store
                .set_people_admin(9999, true, Actor::user(secretariat, NOW))
                .await,
            Err(StoreError::NotFound)
        ));
        assert_eq!(
            journal_actions(&*store, CaseKind::Account, ida).await,
            ["people_admin_appointed", "people_admin_relieved"]
        );
    })
    .await;
}

/// An invitation made in the middle of a second is queued like every mail, at its whole
/// second in UTC, so the sender finds it due at once (SQLite compares the times as text).
#[tokio::test]
async fn an_invitation_made_mid_second_is_due_at_once() {
    on_each_engine(|store| async move {
        let (aarhus, _) = organisations(&*store).await;
        let admin = user(&*store, "ida@aarhus.dk", Role::Applicant, Some(aarhus)).await;
        let at = NOW + time::Duration::milliseconds(250);
        store
            .create_invitation(
                &invitation("hash-mid", "ny@aarhus.dk", Some(aarhus)),
                &mail(),
                Actor::user(admin, at),
            )
            .await
            .unwrap();
        let claimed = store
            .claim_outbox(at, at + time::Duration::minutes(1), 10)
            .await
            .unwrap();
        assert_eq!(claimed.len(), 1);
        assert_eq!(claimed[0].address, "ny@aarhus.dk");
    })
    .await;
}
