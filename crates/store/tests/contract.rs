//! The store's contract: every test runs against SQLite, and against PostgreSQL when
//! `FRIRUM_TEST_DATABASE_URL` is set, each in a database of its own.

use frirum_domain::registry_csv::{self, OrganisationRecord};
use frirum_domain::{Country, Language, OrganisationKind, PageRequest, Role};
use frirum_store::testing::TestStore;
use frirum_store::{NewApiToken, NewUser, OrganisationFilter, Store, StoreError};
use time::macros::{date, datetime};
use time::{Duration, OffsetDateTime};

const NOW: OffsetDateTime = datetime!(2026-11-23 10:00 UTC);

/// Expands each named contract test into a SQLite test and a PostgreSQL test.
macro_rules! contract {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    let t = frirum_store::testing::TestStore::sqlite().await;
                    super::$name(&*t.store).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    let Some(t) = frirum_store::testing::TestStore::postgres().await else {
                        eprintln!("FRIRUM_TEST_DATABASE_URL is not set: PostgreSQL contract not run");
                        return;
                    };
                    super::$name(&*t.store).await;
                }
            )*
        }
    };
}

contract!(
    migrations_run_twice_without_harm,
    import_adds_then_updates_and_never_duplicates,
    import_keeps_population_history,
    import_with_unknown_parent_stores_nothing,
    search_folds_diacritics_and_matches_codes,
    lists_are_paginated_and_filtered,
    users_are_created_once_per_email,
    sessions_expire_and_can_be_deleted,
    api_tokens_resolve_until_revoked,
    login_failures_are_counted_in_the_window,
    profile_updates_name_and_language,
    password_change_ends_other_sessions,
);

const HEADER: &str = "code,name,kind,parent_code,population,population_date,population_source,population_uncertain\n";

fn records(country: Country, body: &str) -> Vec<OrganisationRecord> {
    registry_csv::parse(country, format!("{HEADER}{body}").as_bytes()).expect("valid CSV")
}

fn dk_sample() -> Vec<OrganisationRecord> {
    records(
        Country::Dk,
        "1082,Region Midtjylland,region,,1367000,2024-01-01,DST,false\n\
         1084,Region Hovedstaden,region,,1890000,2024-01-01,DST,false\n\
         751,Aarhus,municipality,1082,367095,2024-01-01,DST,false\n\
         101,København,municipality,1084,660842,2024-01-01,DST,false\n\
         173,Lyngby-Taarbæk,municipality,1084,56000,2024-01-01,DST,true\n\
         169,Høje-Taastrup,municipality,1084,,,,\n",
    )
}

async fn migrations_run_twice_without_harm(store: &dyn Store) {
    store.migrate().await.unwrap();
    store.ping().await.unwrap();
}

async fn import_adds_then_updates_and_never_duplicates(store: &dyn Store) {
    let first = store
        .import_organisations(Country::Dk, &dk_sample(), NOW)
        .await
        .unwrap();
    assert_eq!((first.added, first.updated, first.unchanged), (6, 0, 0));
    assert_eq!(first.figures_added, 5);

    let again = store
        .import_organisations(Country::Dk, &dk_sample(), NOW)
        .await
        .unwrap();
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 6));
    assert_eq!(again.figures_added + again.figures_updated, 0);

    let renamed = records(Country::Dk, "751,Aarhus Kommune,municipality,1082,,,,\n");
    let third = store
        .import_organisations(Country::Dk, &renamed, NOW)
        .await
        .unwrap();
    assert_eq!((third.added, third.updated), (0, 1));
    let aarhus = store
        .organisation(Country::Dk, "751")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(aarhus.name, "Aarhus Kommune");
    assert_eq!(aarhus.population.unwrap().population, 367_095);

    let all = store
        .list_organisations(&OrganisationFilter::default(), PageRequest::default())
        .await
        .unwrap();
    assert_eq!(all.total, 6);
}

async fn import_keeps_population_history(store: &dyn Store) {
    store
        .import_organisations(Country::Dk, &dk_sample(), NOW)
        .await
        .unwrap();
    let newer = records(
        Country::Dk,
        "751,Aarhus,municipality,1082,369000,2025-01-01,DST 2025,false\n",
    );
    let s = store
        .import_organisations(Country::Dk, &newer, NOW)
        .await
        .unwrap();
    assert_eq!((s.updated, s.figures_added), (1, 1));
    let aarhus = store
        .organisation(Country::Dk, "751")
        .await
        .unwrap()
        .unwrap();
    let current = aarhus.population.clone().unwrap();
    assert_eq!(
        (current.population, current.reference_date),
        (369_000, date!(2025 - 01 - 01))
    );
    let history = store.population_history(aarhus.id).await.unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].population, 367_095);

    // A corrected figure for the same date replaces that figure, not the history.
    let corrected = records(
        Country::Dk,
        "751,Aarhus,municipality,1082,369001,2025-01-01,DST 2025 (corrected),false\n",
    );
    let s = store
        .import_organisations(Country::Dk, &corrected, NOW)
        .await
        .unwrap();
    assert_eq!(s.figures_updated, 1);
    assert_eq!(store.population_history(aarhus.id).await.unwrap().len(), 2);
}

async fn import_with_unknown_parent_stores_nothing(store: &dyn Store) {
    let bad = records(
        Country::No,
        "55,Troms,county,,,,,\n5501,Tromsø,municipality,55,,,,\n5601,Alta,municipality,56,,,,\n",
    );
    let err = store
        .import_organisations(Country::No, &bad, NOW)
        .await
        .unwrap_err();
    match err {
        StoreError::Import(e) => assert_eq!(e.line, 4),
        other => panic!("expected an import error, got {other:?}"),
    }
    let all = store
        .list_organisations(&OrganisationFilter::default(), PageRequest::default())
        .await
        .unwrap();
    assert_eq!(all.total, 0, "nothing of a refused file is stored");

    // A parent already stored is good enough.
    let counties = records(Country::No, "56,Finnmark,county,,,,,\n");
    store
        .import_organisations(Country::No, &counties, NOW)
        .await
        .unwrap();
    let alta = records(Country::No, "5601,Alta,municipality,56,,,,\n");
    assert_eq!(
        store
            .import_organisations(Country::No, &alta, NOW)
            .await
            .unwrap()
            .added,
        1
    );
}

async fn search_folds_diacritics_and_matches_codes(store: &dyn Store) {
    store
        .import_organisations(Country::Dk, &dk_sample(), NOW)
        .await
        .unwrap();
    let no = records(
        Country::No,
        "55,Troms,county,,,,,\n5501,Tromsø,municipality,55,77000,2024-01-01,SSB,false\n",
    );
    store
        .import_organisations(Country::No, &no, NOW)
        .await
        .unwrap();
    let find = |q: &str| {
        let filter = OrganisationFilter {
            query: Some(q.to_owned()),
            ..Default::default()
        };
        async move {
            store
                .list_organisations(&filter, PageRequest::default())
                .await
                .unwrap()
                .items
                .into_iter()
                .map(|o| o.code)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(find("Aarhus").await, vec!["751"]);
    assert_eq!(find("Århus").await, vec!["751"]);
    assert_eq!(find("tromso").await, vec!["5501"]);
    assert_eq!(find("TROMSØ").await, vec!["5501"]);
    assert_eq!(find("hoje taastrup").await, vec!["169"]);
    assert_eq!(find("101").await, vec!["101"]);
    assert!(find("%").await.is_empty());
}

async fn lists_are_paginated_and_filtered(store: &dyn Store) {
    store
        .import_organisations(Country::Dk, &dk_sample(), NOW)
        .await
        .unwrap();
    let filter = OrganisationFilter {
        country: Some(Country::Dk),
        kind: Some(OrganisationKind::Municipality),
        ..Default::default()
    };
    let first = store
        .list_organisations(&filter, PageRequest::new(Some(1), Some(3)).unwrap())
        .await
        .unwrap();
    let second = store
        .list_organisations(&filter, PageRequest::new(Some(2), Some(3)).unwrap())
        .await
        .unwrap();
    assert_eq!(
        (first.total, first.items.len(), second.items.len()),
        (4, 3, 1)
    );
    let codes: Vec<_> = first
        .items
        .iter()
        .chain(&second.items)
        .map(|o| o.code.as_str())
        .collect();
    assert_eq!(codes, ["101", "169", "173", "751"]);

    let children = OrganisationFilter {
        country: Some(Country::Dk),
        parent_code: Some("1084".into()),
        ..Default::default()
    };
    let page = store
        .list_organisations(&children, PageRequest::default())
        .await
        .unwrap();
    assert_eq!(page.total, 3);
    let uncertain = page.items.iter().find(|o| o.code == "173").unwrap();
    assert!(uncertain.population.as_ref().unwrap().uncertain);
    assert!(
        page.items
            .iter()
            .find(|o| o.code == "169")
            .unwrap()
            .population
            .is_none()
    );

    let se = OrganisationFilter {
        country: Some(Country::Se),
        ..Default::default()
    };
    assert_eq!(
        store
            .list_organisations(&se, PageRequest::default())
            .await
            .unwrap()
            .total,
        0
    );
}

fn new_user(email: &str, role: Role, organisation_id: Option<i64>) -> NewUser {
    NewUser {
        email: email.into(),
        name: "Ida Hansen".into(),
        role,
        organisation_id,
        language: Some(Language::Da),
        password_hash: "$argon2id$fake".into(),
    }
}

async fn users_are_created_once_per_email(store: &dyn Store) {
    store
        .import_organisations(Country::Dk, &dk_sample(), NOW)
        .await
        .unwrap();
    let aarhus = store
        .organisation(Country::Dk, "751")
        .await
        .unwrap()
        .unwrap();
    let user = store
        .create_user(
            &new_user("ida@aarhus.dk", Role::Applicant, Some(aarhus.id)),
            NOW,
        )
        .await
        .unwrap();
    assert_eq!(user.role, Role::Applicant);
    assert_eq!(user.organisation.as_ref().unwrap().code, "751");
    assert_eq!(user.language, Some(Language::Da));

    let again = store
        .create_user(&new_user("ida@aarhus.dk", Role::Assessor, None), NOW)
        .await;
    assert!(matches!(again, Err(StoreError::EmailTaken)));

    let creds = store.credentials("ida@aarhus.dk").await.unwrap().unwrap();
    assert_eq!(creds.user, user);
    assert_eq!(creds.password_hash, "$argon2id$fake");
    assert!(store.credentials("nobody@x.dk").await.unwrap().is_none());

    store
        .create_user(&new_user("admin@frirum.example", Role::Admin, None), NOW)
        .await
        .unwrap();
    let page = store
        .list_users(PageRequest::new(Some(1), Some(1)).unwrap())
        .await
        .unwrap();
    assert_eq!(
        (page.total, page.items[0].email.as_str()),
        (2, "admin@frirum.example")
    );
}

async fn sessions_expire_and_can_be_deleted(store: &dyn Store) {
    let user = store
        .create_user(&new_user("a@b.no", Role::Researcher, None), NOW)
        .await
        .unwrap();
    store
        .create_session("hash-1", user.id, NOW, NOW + Duration::hours(12))
        .await
        .unwrap();
    assert_eq!(
        store.session_user("hash-1", NOW).await.unwrap(),
        Some(user.clone())
    );
    assert_eq!(
        store
            .session_user("hash-1", NOW + Duration::hours(13))
            .await
            .unwrap(),
        None
    );
    assert_eq!(store.session_user("other", NOW).await.unwrap(), None);
    store.delete_session("hash-1").await.unwrap();
    assert_eq!(store.session_user("hash-1", NOW).await.unwrap(), None);
}

async fn api_tokens_resolve_until_revoked(store: &dyn Store) {
    let user = store
        .create_user(&new_user("a@b.no", Role::Assessor, None), NOW)
        .await
        .unwrap();
    let other = store
        .create_user(&new_user("c@d.no", Role::Assessor, None), NOW)
        .await
        .unwrap();
    let token = store
        .create_api_token(
            &NewApiToken {
                user_id: user.id,
                name: "script".into(),
                token_hash: "th-1".into(),
                prefix: "frirum_ab".into(),
            },
            NOW,
        )
        .await
        .unwrap();
    assert_eq!(token.last_used_at, None);
    let later = NOW + Duration::minutes(5);
    assert_eq!(
        store.token_user("th-1", later).await.unwrap(),
        Some(user.clone())
    );
    let listed = store
        .api_tokens(user.id, PageRequest::default())
        .await
        .unwrap();
    assert_eq!(listed.items[0].last_used_at, Some(later));
    assert!(
        !store
            .revoke_api_token(other.id, token.id, NOW)
            .await
            .unwrap(),
        "only the owner revokes"
    );
    assert!(
        store
            .revoke_api_token(user.id, token.id, NOW)
            .await
            .unwrap()
    );
    assert!(
        !store
            .revoke_api_token(user.id, token.id, NOW)
            .await
            .unwrap()
    );
    assert_eq!(store.token_user("th-1", later).await.unwrap(), None);
}

async fn login_failures_are_counted_in_the_window(store: &dyn Store) {
    for minutes in [1, 2, 20] {
        store
            .record_login_failure("ida@x.dk", "127.0.0.1", NOW - Duration::minutes(minutes))
            .await
            .unwrap();
    }
    store
        .record_login_failure("bo@x.dk", "127.0.0.1", NOW)
        .await
        .unwrap();
    let f = store
        .login_failures("ida@x.dk", "127.0.0.1", NOW - Duration::minutes(15))
        .await
        .unwrap();
    assert_eq!((f.account, f.address), (2, 3));
    assert_eq!(f.oldest, Some(NOW - Duration::minutes(2)));
    store.clear_login_failures("ida@x.dk").await.unwrap();
    let f = store
        .login_failures("ida@x.dk", "10.0.0.1", NOW - Duration::minutes(15))
        .await
        .unwrap();
    assert_eq!((f.account, f.address, f.oldest), (0, 0, None));
}

async fn profile_updates_name_and_language(store: &dyn Store) {
    let user = store
        .create_user(&new_user("a@b.se", Role::Researcher, None), NOW)
        .await
        .unwrap();
    let changed = store
        .update_profile(user.id, "Anna Berg", Some(Language::Sv))
        .await
        .unwrap();
    assert_eq!(
        (changed.name.as_str(), changed.language),
        ("Anna Berg", Some(Language::Sv))
    );
    let cleared = store
        .update_profile(user.id, "Anna Berg", None)
        .await
        .unwrap();
    assert_eq!(cleared.language, None);
    assert!(matches!(
        store.update_profile(9999, "x", None).await,
        Err(StoreError::NotFound)
    ));
}

#[test]
fn test_store_type_is_usable() {
    fn assert_send<T: Send>() {}
    assert_send::<TestStore>();
}

async fn password_change_ends_other_sessions(store: &dyn Store) {
    let user = store
        .create_user(&new_user("a@b.dk", Role::Assessor, None), NOW)
        .await
        .unwrap();
    let later = NOW + Duration::hours(1);
    for hash in ["this-one", "stolen"] {
        store
            .create_session(hash, user.id, NOW, later)
            .await
            .unwrap();
    }
    store
        .set_password_hash(user.id, "$argon2id$new", Some("this-one"))
        .await
        .unwrap();
    assert_eq!(
        store
            .credentials("a@b.dk")
            .await
            .unwrap()
            .unwrap()
            .password_hash,
        "$argon2id$new"
    );
    assert!(store.session_user("this-one", NOW).await.unwrap().is_some());
    assert!(store.session_user("stolen", NOW).await.unwrap().is_none());
    store
        .set_password_hash(user.id, "$argon2id$newer", None)
        .await
        .unwrap();
    assert!(store.session_user("this-one", NOW).await.unwrap().is_none());
    assert!(matches!(
        store.set_password_hash(9999, "x", None).await,
        Err(StoreError::NotFound)
    ));
}
