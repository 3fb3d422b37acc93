//! The store's contract: every test runs against SQLite, and against PostgreSQL when
//! `FRIRUM_TEST_DATABASE_URL` is set, each in a database of its own.

use frirum_domain::registry_csv::{self, OrganisationRecord};
use frirum_domain::{Country, Language, OrganisationKind, PageRequest, Role};
use frirum_store::testing::TestStore;
use frirum_store::{NewApiToken, NewUser, OrganisationFilter, StateOf, Store, StoreError, Unique};
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
    users_are_found_by_organisation_and_role,
    cases_schemes_keep_every_version_of_their_rules,
    cases_rounds_keep_local_time_and_unique_numbers,
    cases_proposals_rank_by_endorsements_and_are_decided_once,
    cases_drafts_are_versioned_and_conflicts_lose_nothing,
    cases_submission_is_atomic_idempotent_and_numbered,
    cases_concurrent_submissions_get_distinct_numbers,
    cases_application_lists_follow_visibility,
    law_import_adds_updates_and_keeps_provision_ids,
    law_provisions_are_found_by_address_and_read_in_pages,
    law_exemptions_count_submitted_applications_only,
    law_fulltext_search_stems_on_postgres_only,
    decisions_are_final_and_approval_freezes_a_trial,
    decisions_race_and_stale_versions_are_refused,
    // Part C (decisions with safeguards, public views): filters and settings.
    decisions_are_filtered_by_scheme_country_outcome_and_year,
    decisions_settings_default_then_saved_and_journaled,
    decisions_proposals_wait_until_decided,
    review_screening_keeps_every_judgement_and_the_newest_counts,
    review_clarification_thread_keeps_order_and_answers_once,
    review_amendments_are_versioned_and_journaled,
    assessment_assignments_record_conflicts_and_fill_the_queue,
    assessment_concurrent_scores_are_all_kept,
    assessment_consensus_and_notes,
    assessment_round_is_read_whole,
    // Part D (blind, independent assessment): statements, submission, consensus requests.
    blind_assessment_needs_a_statement_and_fixes_submitted_scores,
    blind_assessment_a_double_submission_is_recorded_once,
    blind_assessment_consensus_requests_are_recorded_and_journaled,
    // Notifications.
    notifications_are_written_with_their_mail,
    notifications_are_read_only_by_their_owner,
    outbox_failures_are_retried_and_nothing_is_lost,
    outbox_claims_are_exclusive,
    outbox_mails_are_claimed_one_after_another,
    // Deleting drafts (issue 12, part F).
    drafts_are_deleted_and_journaled,
    organisations_are_named_by_id,
    // One case status (issue 12, part E).
    case_status_in_sql_agrees_with_the_domain,
    // Indicators measured over time (issue 13, item 2).
    indicators_seeded_once_added_and_revised_with_history,
    indicators_actuals_follow_the_review_workflow,
    indicators_two_reviewers_one_wins,
    indicators_periods_are_added_once,
    // Status reports (issue 13, item 3).
    reports_schedule_defaults_then_saved_and_journaled,
    reports_due_are_created_once_even_when_upkeep_races,
    reports_workflow_checks_versions_and_verifies_the_trial,
    reports_waiting_reports_and_reminders_once,
    // Documents (issue 13, item 6).
    documents_are_kept_listed_and_journaled,
    documents_public_flag_follows_the_record_and_is_journaled,
    documents_of_a_missing_trial_are_refused,
    documents_concurrent_uploads_are_all_kept,
    // Local regulations (issue 13, item 1).
    regulations_are_drafted_once_adopted_approved_and_journaled,
    regulations_the_database_refuses_an_inconsistent_adoption,
    regulations_two_approvers_one_wins,
    regulations_dashboards_list_what_waits,
    regulations_a_running_trial_still_reminds_a_participant_without_its_regulation,
    regulations_scheme_setting_defaults_then_saved_and_journaled,
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
    // The organisation named exactly comes before those whose names contain the query.
    let billund = records(
        Country::Dk,
        "530,Billund,municipality,1082,27021,2024-01-01,DST,false\n",
    );
    store
        .import_organisations(Country::Dk, &billund, NOW)
        .await
        .unwrap();
    let lund = records(
        Country::Se,
        "12,Region Skåne,region,,1421781,2023-12-31,SCB,false\n\
         1281,Lund,municipality,12,130288,2023-12-31,SCB,false\n",
    );
    store
        .import_organisations(Country::Se, &lund, NOW)
        .await
        .unwrap();
    assert_eq!(find("lund").await, vec!["1281", "530"]);
    assert_eq!(find("LUND").await, vec!["1281", "530"]);
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
    // A use soon after is not written again; one after TOKEN_LAST_USED_EVERY is.
    let soon = later + Duration::minutes(4);
    assert!(store.token_user("th-1", soon).await.unwrap().is_some());
    let listed = store
        .api_tokens(user.id, PageRequest::default())
        .await
        .unwrap();
    assert_eq!(listed.items[0].last_used_at, Some(later));
    let much_later = later + frirum_domain::account_security::TOKEN_LAST_USED_EVERY;
    assert!(
        store
            .token_user("th-1", much_later)
            .await
            .unwrap()
            .is_some()
    );
    let listed = store
        .api_tokens(user.id, PageRequest::default())
        .await
        .unwrap();
    assert_eq!(listed.items[0].last_used_at, Some(much_later));
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
    assert_eq!(f.latest_account, Some(NOW - Duration::minutes(1)));
    assert_eq!(f.oldest_address, Some(NOW - Duration::minutes(2)));
    store.clear_login_failures("ida@x.dk").await.unwrap();
    let f = store
        .login_failures("ida@x.dk", "10.0.0.1", NOW - Duration::minutes(15))
        .await
        .unwrap();
    assert_eq!((f.account, f.address), (0, 0));
    assert_eq!((f.latest_account, f.oldest_address), (None, None));
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

async fn users_are_found_by_organisation_and_role(store: &dyn Store) {
    store
        .import_organisations(Country::Dk, &dk_sample(), NOW)
        .await
        .unwrap();
    let aarhus = store
        .organisation(Country::Dk, "751")
        .await
        .unwrap()
        .unwrap()
        .id;
    let kbh = store
        .organisation(Country::Dk, "101")
        .await
        .unwrap()
        .unwrap()
        .id;
    for (email, role, org) in [
        ("b@aarhus.dk", Role::Applicant, Some(aarhus)),
        ("a@aarhus.dk", Role::Applicant, Some(aarhus)),
        ("c@kk.dk", Role::Applicant, Some(kbh)),
        ("assessor@aarhus.dk", Role::Assessor, Some(aarhus)),
        ("admin@oim.dk", Role::Admin, None),
    ] {
        store
            .create_user(&new_user(email, role, org), NOW)
            .await
            .unwrap();
    }
    let emails = |users: Vec<frirum_domain::User>| -> Vec<String> {
        users.into_iter().map(|u| u.email).collect()
    };
    // Applicants only, by e-mail: the assessor employed by Aarhus is not told as applicant.
    assert_eq!(
        emails(store.applicants_of(&[aarhus]).await.unwrap()),
        ["a@aarhus.dk", "b@aarhus.dk"]
    );
    assert_eq!(
        emails(store.applicants_of(&[kbh, aarhus]).await.unwrap()),
        ["a@aarhus.dk", "b@aarhus.dk", "c@kk.dk"]
    );
    assert!(store.applicants_of(&[]).await.unwrap().is_empty());
    assert_eq!(
        emails(store.users_in_role(Role::Admin).await.unwrap()),
        ["admin@oim.dk"]
    );
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

// --- Schemes, proposals, applications and the journal ---------------------------------------

mod cases {
    use super::*;
    use frirum_domain::application::{ApplicationContent, ApplicationStatus};
    use frirum_domain::clock::LocalTime;
    use frirum_domain::journal::{Actor, CaseKind};
    use frirum_domain::scheme::{
        ProposalStatus, RoundDraft, Rules, SchemeDraft, SchemeStatus, ThemeDraft,
    };
    use frirum_store::{ApplicationFilter, NewApplication, Submission};

    pub struct World {
        pub admin: i64,
        pub applicant: i64,
        pub aarhus: i64,
        pub kbh: i64,
        pub scheme: i64,
        pub round: i64,
        pub theme: i64,
    }

    pub fn at(user: i64) -> Actor<'static> {
        Actor::user(user, NOW)
    }

    pub async fn world(store: &dyn Store) -> World {
        store
            .import_organisations(Country::Dk, &dk_sample(), NOW)
            .await
            .unwrap();
        let aarhus = store
            .organisation(Country::Dk, "751")
            .await
            .unwrap()
            .unwrap()
            .id;
        let kbh = store
            .organisation(Country::Dk, "101")
            .await
            .unwrap()
            .unwrap()
            .id;
        let admin = store
            .create_user(&new_user("admin@oim.dk", Role::Admin, None), NOW)
            .await
            .unwrap()
            .id;
        let applicant = store
            .create_user(&new_user("a@aarhus.dk", Role::Applicant, Some(aarhus)), NOW)
            .await
            .unwrap()
            .id;
        let rules = Rules {
            min_population: Some(60_000),
            ..Rules::default()
        };
        let scheme = store
            .create_scheme(
                &SchemeDraft {
                    code: "DK2019".into(),
                    country: Country::Dk,
                    title: "Frikommuneforsøg".into(),
                    language: Language::Da,
                    invitation: "# Invitation".into(),
                    publish_applications: true,
                },
                &rules,
                at(admin),
            )
            .await
            .unwrap();
        let theme = store
            .add_theme(
                scheme.id,
                &ThemeDraft {
                    title: "Administrative effektiviseringer".into(),
                    description: String::new(),
                    priority: true,
                },
                at(admin),
            )
            .await
            .unwrap();
        let round = store
            .add_round(
                scheme.id,
                &RoundDraft {
                    number: 1,
                    title: "1. runde".into(),
                    opens: LocalTime::new(datetime!(2018-10-12 00:00), "Europe/Copenhagen"),
                    deadline: LocalTime::new(datetime!(2019-04-01 23:59:59), "Europe/Copenhagen"),
                    target_trials: 10,
                },
                at(admin),
            )
            .await
            .unwrap();
        World {
            admin,
            applicant,
            aarhus,
            kbh,
            scheme: scheme.id,
            round: round.id,
            theme: theme.id,
        }
    }

    pub async fn draft(
        store: &dyn Store,
        w: &World,
        title: &str,
    ) -> frirum_domain::application::Application {
        store
            .create_application(
                &NewApplication {
                    round_id: w.round,
                    lead_organisation_id: w.aarhus,
                    member_ids: vec![w.kbh],
                    content: ApplicationContent {
                        title: title.into(),
                        ..Default::default()
                    },
                },
                at(w.applicant),
            )
            .await
            .unwrap()
    }

    pub fn submission(version: Option<i64>) -> Submission {
        Submission {
            expected_version: version,
            rules_version: 1,
            eligibility: serde_json::json!({"eligible": true}),
        }
    }

    pub async fn schemes_keep_every_version_of_their_rules(store: &dyn Store) {
        let w = world(store).await;
        let scheme = store.scheme(w.scheme).await.unwrap().unwrap();
        assert_eq!(
            (scheme.status, scheme.rules_version),
            (SchemeStatus::Draft, 1)
        );
        assert_eq!(
            store.scheme_by_code("DK2019").await.unwrap().unwrap().id,
            w.scheme
        );
        let mut rules = scheme.rules.clone();
        rules.min_population = Some(50_000);
        let changed = store
            .update_rules(w.scheme, 1, &rules, at(w.admin).because(Some("KL asked")))
            .await
            .unwrap();
        assert_eq!(changed.rules_version, 2);
        assert_eq!(changed.rules.min_population, Some(50_000));
        let old = store.rules_version(w.scheme, 1).await.unwrap().unwrap();
        assert_eq!(old.min_population, Some(60_000));
        assert!(matches!(
            store.update_rules(w.scheme, 1, &rules, at(w.admin)).await,
            Err(StoreError::EditConflict { current: 2 })
        ));
        let published = store
            .set_scheme_status(
                w.scheme,
                SchemeStatus::Draft,
                SchemeStatus::Published,
                at(w.admin),
            )
            .await
            .unwrap();
        assert_eq!(published.status, SchemeStatus::Published);
        assert!(matches!(
            store
                .set_scheme_status(
                    w.scheme,
                    SchemeStatus::Draft,
                    SchemeStatus::Proposals,
                    at(w.admin)
                )
                .await,
            Err(StoreError::WrongState { .. })
        ));
        let listed = store
            .list_schemes(
                &[SchemeStatus::Published, SchemeStatus::Closed],
                PageRequest::default(),
            )
            .await
            .unwrap();
        assert_eq!(listed.total, 1);
        let none = store
            .list_schemes(&[SchemeStatus::Draft], PageRequest::default())
            .await
            .unwrap();
        assert_eq!(none.total, 0);
        let journal = store
            .journal(CaseKind::Scheme, w.scheme, PageRequest::default())
            .await
            .unwrap();
        let actions: Vec<&str> = journal.items.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(
            actions,
            [
                "scheme.created",
                "scheme.theme_added",
                "scheme.rules_changed",
                "scheme.status_changed"
            ]
        );
        let change = &journal.items[2];
        assert_eq!(change.reason.as_deref(), Some("KL asked"));
        assert_eq!(change.changes["min_population"]["from"], 60_000);
        assert_eq!(change.changes["min_population"]["to"], 50_000);
        assert_eq!(change.actor_name.as_deref(), Some("Ida Hansen"));
        assert!(matches!(
            store
                .create_scheme(
                    &SchemeDraft {
                        code: "DK2019".into(),
                        country: Country::Dk,
                        title: "Again".into(),
                        language: Language::Da,
                        invitation: String::new(),
                        publish_applications: false,
                    },
                    &Rules::default(),
                    at(w.admin),
                )
                .await,
            Err(StoreError::Duplicate(_))
        ));
    }

    pub async fn rounds_keep_local_time_and_unique_numbers(store: &dyn Store) {
        let w = world(store).await;
        let round = store.round(w.round).await.unwrap().unwrap();
        assert_eq!(round.deadline.local, datetime!(2019-04-01 23:59:59));
        assert_eq!(round.deadline.time_zone, "Europe/Copenhagen");
        let again = RoundDraft {
            number: 1,
            title: "dup".into(),
            opens: round.opens.clone(),
            deadline: round.deadline.clone(),
            target_trials: 10,
        };
        assert!(matches!(
            store.add_round(w.scheme, &again, at(w.admin)).await,
            Err(StoreError::Duplicate(Unique::RoundNumber))
        ));
        let second = RoundDraft { number: 2, ..again };
        store
            .add_round(w.scheme, &second, at(w.admin))
            .await
            .unwrap();
        let rounds = store.rounds(w.scheme).await.unwrap();
        assert_eq!(rounds.iter().map(|r| r.number).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(store.themes(w.scheme).await.unwrap()[0].id, w.theme);
    }

    pub async fn proposals_rank_by_endorsements_and_are_decided_once(store: &dyn Store) {
        let w = world(store).await;
        let first = store
            .create_proposal(
                w.scheme,
                w.aarhus,
                "Bemanding",
                "Fleksible normer",
                at(w.applicant),
            )
            .await
            .unwrap();
        let second = store
            .create_proposal(w.scheme, w.kbh, "Deling af data", "", at(w.applicant))
            .await
            .unwrap();
        assert!(
            store
                .endorse_proposal(second.id, w.aarhus, at(w.applicant))
                .await
                .unwrap()
        );
        assert!(
            !store
                .endorse_proposal(second.id, w.aarhus, at(w.applicant))
                .await
                .unwrap()
        );
        let ranked = store
            .list_proposals(w.scheme, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(ranked.items[0].id, second.id);
        assert_eq!(ranked.items[0].endorsements, 1);
        let theme = ThemeDraft {
            title: "Deling af data".into(),
            description: String::new(),
            priority: false,
        };
        let (adopted, new_theme) = store
            .adopt_proposal(second.id, &theme, at(w.admin))
            .await
            .unwrap();
        assert_eq!(adopted.status, ProposalStatus::Adopted);
        assert_eq!(adopted.adopted_theme_id, Some(new_theme.id));
        assert!(matches!(
            store.decline_proposal(second.id, "no", at(w.admin)).await,
            Err(StoreError::WrongState { .. })
        ));
        let declined = store
            .decline_proposal(first.id, "Outside the scheme", at(w.admin))
            .await
            .unwrap();
        assert_eq!(
            declined.decline_reason.as_deref(),
            Some("Outside the scheme")
        );
        assert_eq!(store.themes(w.scheme).await.unwrap().len(), 2);
        let journal = store
            .journal(CaseKind::Proposal, first.id, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(
            journal.items.last().unwrap().reason.as_deref(),
            Some("Outside the scheme")
        );
    }

    pub async fn drafts_are_versioned_and_conflicts_lose_nothing(store: &dyn Store) {
        let w = world(store).await;
        let app = draft(store, &w, "Én plan").await;
        assert_eq!((app.status, app.version), (ApplicationStatus::Draft, 1));
        assert_eq!(app.members.len(), 1);
        let mine = ApplicationContent {
            title: "Én plan for borgeren".into(),
            summary: "Kort".into(),
            ..app.content.clone()
        };
        let saved = store
            .save_draft(app.id, 1, &mine, &[], at(w.applicant))
            .await
            .unwrap();
        assert_eq!(saved.version, 2);
        assert!(saved.members.is_empty());
        let theirs = ApplicationContent {
            title: "Another title".into(),
            ..app.content.clone()
        };
        assert!(matches!(
            store
                .save_draft(app.id, 1, &theirs, &[], at(w.applicant))
                .await,
            Err(StoreError::EditConflict { current: 2 })
        ));
        let kept = store.application(app.id).await.unwrap().unwrap();
        assert_eq!(kept.content.title, "Én plan for borgeren");
        let journal = store
            .journal(CaseKind::Application, app.id, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(journal.total, 2);
        let changes = &journal.items[1].changes;
        assert_eq!(changes["title"]["to"], "Én plan for borgeren");
        assert!(
            changes.get("description").is_none(),
            "unchanged fields are not listed"
        );
    }

    pub async fn submission_is_atomic_idempotent_and_numbered(store: &dyn Store) {
        let w = world(store).await;
        let first = draft(store, &w, "A").await;
        let second = draft(store, &w, "B").await;
        let done = store
            .submit_application(second.id, &submission(Some(1)), at(w.applicant))
            .await
            .unwrap();
        assert!(done.newly);
        assert_eq!(
            done.application.case_number.as_deref(),
            Some("DK2019-R1-001")
        );
        assert_eq!(done.application.submitted_at, Some(NOW));
        assert_eq!(done.application.rules_version, Some(1));
        let again = store
            .submit_application(second.id, &submission(Some(1)), at(w.applicant))
            .await
            .unwrap();
        assert!(!again.newly, "a double click submits once");
        assert_eq!(
            again.application.case_number.as_deref(),
            Some("DK2019-R1-001")
        );
        assert!(matches!(
            store
                .submit_application(first.id, &submission(Some(7)), at(w.applicant))
                .await,
            Err(StoreError::EditConflict { current: 1 })
        ));
        let done = store
            .submit_application(first.id, &submission(None), at(w.applicant))
            .await
            .unwrap();
        assert_eq!(
            done.application.case_number.as_deref(),
            Some("DK2019-R1-002")
        );
        assert!(matches!(
            store
                .save_draft(
                    first.id,
                    2,
                    &ApplicationContent::default(),
                    &[],
                    at(w.applicant)
                )
                .await,
            Err(StoreError::NotDraft {
                status: ApplicationStatus::Submitted
            })
        ));
        let withdrawn = store
            .withdraw_application(first.id, at(w.applicant).because(Some("Changed our plans")))
            .await
            .unwrap();
        assert_eq!(withdrawn.status, ApplicationStatus::Withdrawn);
        assert!(matches!(
            store.withdraw_application(first.id, at(w.applicant)).await,
            Err(StoreError::WrongState { .. })
        ));
        let journal = store
            .journal(CaseKind::Application, first.id, PageRequest::default())
            .await
            .unwrap();
        let actions: Vec<&str> = journal.items.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(
            actions,
            [
                "application.created",
                "application.submitted",
                "application.withdrawn"
            ]
        );
    }

    pub async fn concurrent_submissions_get_distinct_numbers(store: &dyn Store) {
        let w = world(store).await;
        let mut ids = Vec::new();
        for i in 0..8 {
            ids.push(draft(store, &w, &format!("App {i}")).await.id);
        }
        let results = futures_join(store, &ids).await;
        let mut numbers: Vec<String> = results.into_iter().collect();
        numbers.sort();
        numbers.dedup();
        assert_eq!(numbers.len(), 8);
        // Double clicks racing each other still submit once.
        let extra = draft(store, &w, "Twice").await;
        let once = submission(Some(1));
        let (a, b) = tokio::join!(
            store.submit_application(extra.id, &once, at(w.applicant)),
            store.submit_application(extra.id, &once, at(w.applicant)),
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert!(a.newly ^ b.newly);
        assert_eq!(a.application.case_number, b.application.case_number);
        // Concurrent appends did not fork the journal's chain.
        let titles: Vec<String> = (0..8).map(|i| format!("Racing {i}")).collect();
        futures_util::future::join_all(titles.iter().map(|t| draft(store, &w, t))).await;
        let journal = store.verify_journal().await.unwrap();
        assert_eq!(journal.first_broken, None);
    }

    /// Submits all at once, on concurrent connections.
    async fn futures_join(store: &dyn Store, ids: &[i64]) -> Vec<String> {
        let any = submission(None);
        let all = futures_util::future::join_all(
            ids.iter()
                .map(|id| store.submit_application(*id, &any, at(1))),
        )
        .await;
        all.into_iter()
            .map(|r| r.unwrap().application.case_number.unwrap())
            .collect()
    }

    pub async fn application_lists_follow_visibility(store: &dyn Store) {
        let w = world(store).await;
        let a = draft(store, &w, "Draft only").await;
        let b = draft(store, &w, "Submitted").await;
        store
            .submit_application(b.id, &submission(None), at(w.applicant))
            .await
            .unwrap();
        let mine = store
            .list_applications(
                &ApplicationFilter {
                    organisation_id: Some(w.kbh),
                    ..Default::default()
                },
                PageRequest::default(),
            )
            .await
            .unwrap();
        assert_eq!(mine.total, 2, "members see their network's applications");
        let secretariat = store
            .list_applications(
                &ApplicationFilter {
                    round_id: Some(w.round),
                    exclude_drafts: true,
                    ..Default::default()
                },
                PageRequest::default(),
            )
            .await
            .unwrap();
        assert_eq!(
            secretariat.items.iter().map(|s| s.id).collect::<Vec<_>>(),
            [b.id]
        );
        assert_eq!(secretariat.items[0].member_count, 1);
        assert_eq!(secretariat.items[0].scheme_code, "DK2019");
        let before = store
            .list_applications(
                &ApplicationFilter {
                    public_at: Some(datetime!(2019-04-01 21:00 UTC)),
                    ..Default::default()
                },
                PageRequest::default(),
            )
            .await
            .unwrap();
        assert_eq!(before.total, 0, "nothing is public before the deadline");
        let after = store
            .list_applications(
                &ApplicationFilter {
                    public_at: Some(NOW),
                    ..Default::default()
                },
                PageRequest::default(),
            )
            .await
            .unwrap();
        assert_eq!(after.items.iter().map(|s| s.id).collect::<Vec<_>>(), [b.id]);
        let _ = a;
    }
}

use cases::{
    application_lists_follow_visibility as cases_application_lists_follow_visibility,
    concurrent_submissions_get_distinct_numbers as cases_concurrent_submissions_get_distinct_numbers,
    drafts_are_versioned_and_conflicts_lose_nothing as cases_drafts_are_versioned_and_conflicts_lose_nothing,
    proposals_rank_by_endorsements_and_are_decided_once as cases_proposals_rank_by_endorsements_and_are_decided_once,
    rounds_keep_local_time_and_unique_numbers as cases_rounds_keep_local_time_and_unique_numbers,
    schemes_keep_every_version_of_their_rules as cases_schemes_keep_every_version_of_their_rules,
    submission_is_atomic_idempotent_and_numbered as cases_submission_is_atomic_idempotent_and_numbered,
};

mod law {
    use super::*;
    use frirum_domain::law::{Act, ActKind, Document, Item, Jurisdiction, Section, Subsection};
    use frirum_store::ApplicationFilter;
    use frirum_store::law::ActImport;

    fn section(chapter: Option<&str>, number: &str, text: &str) -> Section {
        Section {
            chapter: chapter.map(str::to_owned),
            section: number.into(),
            label: format!("§ {number}"),
            heading: Some(format!("Overskrift {number}")),
            subsections: vec![Subsection {
                number: 1,
                text: text.into(),
                items: vec![Item {
                    label: "a".into(),
                    text: "et punkt".into(),
                }],
            }],
            chapter_heading: chapter.map(|c| format!("Kapittel {c}")),
        }
    }

    pub fn document(sections: Vec<Section>) -> Document {
        let mut act = Act::new(
            Jurisdiction::No,
            ActKind::Act,
            "LOV-2005-06-17-64",
            "Lov om barnehager (barnehageloven)",
        );
        act.short_title = Some("barnehageloven".into());
        act.refid = Some("lov/2005-06-17-64".into());
        Document { act, sections }
    }

    pub async fn import_adds_updates_and_keeps_provision_ids(store: &dyn Store) {
        let first = document(vec![
            section(Some("1"), "1", "Formål."),
            section(Some("5"), "24", "Grunnbemanning."),
            section(Some("5"), "26", "Pedagogisk bemanning."),
        ]);
        let version = store.catalogue_version().await.unwrap();
        let added = store.import_act(&first, NOW).await.unwrap();
        assert_eq!((added.outcome, added.provisions), (ActImport::Added, 3));
        let again = store.import_act(&first, NOW).await.unwrap();
        assert_eq!(
            (again.outcome, again.act_id),
            (ActImport::Unchanged, added.act_id)
        );
        // An import that changed nothing leaves the version every server follows.
        assert_eq!(store.catalogue_version().await.unwrap(), version + 1);
        let before = store.provisions_of_act(added.act_id).await.unwrap();
        let kept = before
            .iter()
            .find(|p| p.section.section == "24")
            .unwrap()
            .id;

        // § 26 is repealed, § 24 changes, § 25 is new.
        let second = document(vec![
            section(Some("1"), "1", "Formål."),
            section(Some("5"), "24", "Grunnbemanning, endret."),
            section(Some("5"), "25", "Ny bestemmelse."),
        ]);
        let updated = store.import_act(&second, NOW).await.unwrap();
        assert_eq!(updated.outcome, ActImport::Updated);
        assert_eq!(store.catalogue_version().await.unwrap(), version + 2);
        let after = store.provisions_of_act(added.act_id).await.unwrap();
        assert_eq!(
            after
                .iter()
                .map(|p| p.section.section.as_str())
                .collect::<Vec<_>>(),
            ["1", "24", "25"]
        );
        let changed = after.iter().find(|p| p.section.section == "24").unwrap();
        assert_eq!(
            changed.id, kept,
            "a provision keeps its id across re-imports"
        );
        assert_eq!(changed.body(), "Grunnbemanning, endret. et punkt");
        assert_eq!(
            changed.section.chapter_heading.as_deref(),
            Some("Kapittel 5")
        );
        let act = store.act(added.act_id).await.unwrap().unwrap();
        assert_eq!(act.provision_count, 3);
        assert_eq!(act.act.short_title.as_deref(), Some("barnehageloven"));
        let by_id = store
            .act_by_official_id(Jurisdiction::No, "LOV-2005-06-17-64")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(by_id.id, act.id);
        assert!(
            store
                .act_by_official_id(Jurisdiction::Dk, "LOV-2005-06-17-64")
                .await
                .unwrap()
                .is_none()
        );
        assert_eq!(store.all_acts(Jurisdiction::No).await.unwrap().len(), 1);
        let listed = store
            .list_acts(Some(Jurisdiction::No), PageRequest::default())
            .await
            .unwrap();
        assert_eq!(listed.total, 1);
    }

    pub async fn provisions_are_found_by_address_and_read_in_pages(store: &dyn Store) {
        let doc = document(vec![
            section(Some("1"), "1", "En."),
            section(Some("2"), "1", "Samme nummer i et annet kapittel."),
            section(Some("2"), "3 a", "Tre a."),
            section(Some("2"), "3 a", "En senere versjon."),
        ]);
        let imported = store.import_act(&doc, NOW).await.unwrap();
        assert_eq!(imported.provisions, 4, "repeated addresses are kept apart");
        let id = imported.act_id;
        let three_a = store.provision_at(id, None, "3 a").await.unwrap();
        assert!(three_a.is_none(), "an ambiguous section links nowhere");
        let in_two = store
            .provision_at(id, Some("2"), "1")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(in_two.body(), "Samme nummer i et annet kapittel. et punkt");
        assert!(store.provision_at(id, None, "1").await.unwrap().is_none());
        assert!(store.provision_at(id, None, "99").await.unwrap().is_none());

        let mut seen = Vec::new();
        let mut after = 0;
        loop {
            let page = store.provisions_after(after, 3).await.unwrap();
            let Some(last) = page.last() else { break };
            after = last.id;
            seen.extend(page.iter().map(|p| p.id));
        }
        assert_eq!(seen.len(), 4);
        assert!(seen.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(store.provision_count().await.unwrap(), 4);
        let some = store.provisions_by_ids(&[seen[1], 999_999]).await.unwrap();
        assert_eq!(some.len(), 1);
        assert_eq!(some[0].act_official_id, "LOV-2005-06-17-64");
    }

    pub async fn exemptions_count_submitted_applications_only(store: &dyn Store) {
        let w = super::cases::world(store).await;
        let doc = document(vec![
            section(Some("5"), "24", "Grunnbemanning."),
            section(Some("5"), "26", "Pedagogisk bemanning."),
        ]);
        let act = store.import_act(&doc, NOW).await.unwrap().act_id;
        let provisions = store.provisions_of_act(act).await.unwrap();
        let (p24, p26) = (provisions[0].id, provisions[1].id);
        let draft = super::cases::draft(store, &w, "Utkast").await;
        let submitted = super::cases::draft(store, &w, "Innsendt").await;
        store
            .submit_application(
                submitted.id,
                &super::cases::submission(None),
                super::cases::at(w.applicant),
            )
            .await
            .unwrap();
        store
            .set_application_provisions(draft.id, &[p24])
            .await
            .unwrap();
        store
            .set_application_provisions(submitted.id, &[p24, p26, 999_999])
            .await
            .unwrap();
        let counts = store.exemption_counts(&[p24, p26]).await.unwrap();
        assert_eq!((counts.get(&p24), counts.get(&p26)), (Some(&1), Some(&1)));
        store
            .set_application_provisions(submitted.id, &[p26])
            .await
            .unwrap();
        let counts = store.exemption_counts(&[p24, p26]).await.unwrap();
        assert_eq!((counts.get(&p24), counts.get(&p26)), (None, Some(&1)));
        assert_eq!(
            store
                .most_requested_provisions(Jurisdiction::No, 10)
                .await
                .unwrap(),
            [(p26, 1)]
        );
        let asking = store
            .list_applications(
                &ApplicationFilter {
                    provision_id: Some(p26),
                    exclude_drafts: true,
                    ..Default::default()
                },
                PageRequest::default(),
            )
            .await
            .unwrap();
        assert_eq!(
            asking.items.iter().map(|a| a.id).collect::<Vec<_>>(),
            [submitted.id]
        );
    }

    pub async fn fulltext_search_stems_on_postgres_only(store: &dyn Store) {
        let doc = document(vec![
            section(
                Some("1"),
                "1",
                "Kommunen skal sørge for at det finnes barnehage.",
            ),
            section(Some("1"), "2", "Tilsyn med skolen."),
        ]);
        let imported = store.import_act(&doc, NOW).await.unwrap();
        let found = store
            .fulltext_search(Jurisdiction::No, "barnehager", 10)
            .await;
        match store.backend() {
            frirum_store::Backend::Postgres => {
                let provisions = store.provisions_of_act(imported.act_id).await.unwrap();
                // The plural finds the singular: the Norwegian configuration stems both.
                assert_eq!(found.unwrap(), [provisions[0].id]);
                let none = store
                    .fulltext_search(Jurisdiction::Dk, "barnehager", 10)
                    .await
                    .unwrap();
                assert!(none.is_empty(), "other jurisdictions are not searched");
            }
            frirum_store::Backend::Sqlite => {
                assert!(
                    matches!(found, Err(StoreError::Unsupported(_))),
                    "{found:?}"
                );
            }
        }
    }
}

use law::{
    exemptions_count_submitted_applications_only as law_exemptions_count_submitted_applications_only,
    fulltext_search_stems_on_postgres_only as law_fulltext_search_stems_on_postgres_only,
    import_adds_updates_and_keeps_provision_ids as law_import_adds_updates_and_keeps_provision_ids,
    provisions_are_found_by_address_and_read_in_pages as law_provisions_are_found_by_address_and_read_in_pages,
};

/// The database itself refuses to change or remove a journal entry, whatever the client.
mod decisions {
    use super::cases::{World, at, draft, submission, world};
    use super::*;
    use frirum_domain::application::{
        Application, ApplicationContent, ExemptionScope, Objective, RequestedExemption,
    };
    use frirum_domain::decision::{
        DecisionDraft, DecisionFilter, DecisionSettings, GrantChoice, NewDecision, Outcome,
        RegulationKind, TrialStatus,
    };
    use frirum_domain::journal::CaseKind;

    // --- Part C (decisions with safeguards, public views) ---------------------------------

    /// The list narrows by scheme, country, outcome and year, and names the years it holds;
    /// the signatory's title is kept with the decision.
    pub async fn are_filtered_by_scheme_country_outcome_and_year(store: &dyn Store) {
        let w = world(store).await;
        let approved = submitted(store, &w, "Approved").await;
        let decided = store
            .decide(approved.id, &approval(&approved), at(w.admin))
            .await
            .unwrap();
        assert_eq!(decided.signatory_title, "Head of unit");
        let rejected = submitted(store, &w, "Rejected").await;
        store
            .decide(rejected.id, &rejection(&rejected), at(w.admin))
            .await
            .unwrap();
        let count = |filter: DecisionFilter| async move {
            store
                .list_decisions(&filter, PageRequest::default())
                .await
                .unwrap()
                .total
        };
        let year = NOW.year();
        assert_eq!(count(DecisionFilter::default()).await, 2);
        let only = |outcome| DecisionFilter {
            outcome: Some(outcome),
            ..DecisionFilter::default()
        };
        assert_eq!(count(only(Outcome::Approved)).await, 1);
        assert_eq!(count(only(Outcome::Rejected)).await, 1);
        let in_country = |country| DecisionFilter {
            country: Some(country),
            ..DecisionFilter::default()
        };
        assert_eq!(count(in_country(Country::Dk)).await, 2);
        assert_eq!(count(in_country(Country::No)).await, 0);
        let in_year = |year| DecisionFilter {
            year: Some(year),
            ..DecisionFilter::default()
        };
        assert_eq!(count(in_year(year)).await, 2);
        assert_eq!(count(in_year(year - 1)).await, 0);
        assert_eq!(count(in_year(i32::MAX)).await, 0);
        let all = DecisionFilter {
            scheme_id: Some(w.scheme),
            country: Some(Country::Dk),
            outcome: Some(Outcome::Rejected),
            year: Some(year),
        };
        let page = store
            .list_decisions(&all, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(page.total, 1);
        assert_eq!(page.items[0].application_id, rejected.id);
        assert_eq!(store.decision_years().await.unwrap(), vec![year]);
    }

    /// A scheme's decision settings: the defaults until saved, then what was saved, with a
    /// journal entry on the scheme; an unknown scheme is not found.
    pub async fn settings_default_then_saved_and_journaled(store: &dyn Store) {
        let w = world(store).await;
        let defaults = store.decision_settings(w.scheme).await.unwrap();
        assert_eq!(defaults, DecisionSettings::default());
        assert!(defaults.safeguards);
        let changed = DecisionSettings {
            safeguards: false,
            issuing_authority: "Indenrigs- og Boligministeriet".into(),
            legal_basis: "forsøgsbekendtgørelsen".into(),
            appeal_guidance: String::new(),
            four_eyes: true,
        };
        store
            .set_decision_settings(w.scheme, &changed, at(w.admin))
            .await
            .unwrap();
        store
            .set_decision_settings(w.scheme, &changed, at(w.admin))
            .await
            .unwrap();
        assert_eq!(store.decision_settings(w.scheme).await.unwrap(), changed);
        let journal = store
            .journal(CaseKind::Scheme, w.scheme, PageRequest::default())
            .await
            .unwrap();
        let last = journal.items.last().unwrap();
        assert_eq!(last.action, "scheme.decision_settings_changed");
        assert_eq!(last.changes["safeguards"], false);
        assert!(matches!(
            store
                .set_decision_settings(w.scheme + 1000, &changed, at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }

    /// Four eyes: a proposal waits (one per application, the newest replacing the older),
    /// recording the decision removes it, and a decided case takes no proposal.
    pub async fn proposals_wait_until_decided(store: &dyn Store) {
        let w = world(store).await;
        let app = submitted(store, &w, "Four eyes").await;
        assert_eq!(store.pending_decision(app.id).await.unwrap(), None);
        let draft = DecisionDraft {
            outcome: Outcome::Rejected,
            reasons: "Outside the scheme.".into(),
            granted: vec![],
            conditions: String::new(),
            period_start: None,
            period_end: None,
            regulation_kind: None,
            regulation_text: String::new(),
            signatory_title: String::new(),
            confirmed: true,
        };
        let pending = store
            .propose_decision(app.id, &draft, at(w.admin))
            .await
            .unwrap();
        assert_eq!(pending.proposed_by, w.admin);
        assert_eq!(pending.draft, draft);
        assert_eq!(pending.proposed_at, NOW);
        let newer = DecisionDraft {
            reasons: "Overlaps another trial.".into(),
            ..draft.clone()
        };
        store
            .propose_decision(app.id, &newer, at(w.admin))
            .await
            .unwrap();
        assert_eq!(
            store.pending_decision(app.id).await.unwrap().unwrap().draft,
            newer
        );
        store
            .decide(app.id, &rejection(&app), at(w.admin))
            .await
            .unwrap();
        assert_eq!(store.pending_decision(app.id).await.unwrap(), None);
        assert!(matches!(
            store.propose_decision(app.id, &draft, at(w.admin)).await,
            Err(StoreError::AlreadyDecided)
        ));
        let journal = store
            .journal(CaseKind::Application, app.id, PageRequest::default())
            .await
            .unwrap();
        assert!(
            journal
                .items
                .iter()
                .any(|e| e.action == "application.decision_proposed")
        );
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }

    // --- End of part C ----------------------------------------------------------------------

    /// A submitted application asking for two exemptions, with one measurable objective.
    pub async fn submitted(store: &dyn Store, w: &World, title: &str) -> Application {
        let app = draft(store, w, title).await;
        let content = ApplicationContent {
            title: title.into(),
            objectives: vec![Objective {
                indicator: "Days to a decision".into(),
                unit: "days".into(),
                baseline: Some(40.0),
                target: Some(20.0),
                target_date: None,
            }],
            exemptions: vec![
                RequestedExemption {
                    scope: ExemptionScope::Act,
                    reference: "Lov om social service".into(),
                    ..Default::default()
                },
                RequestedExemption {
                    scope: ExemptionScope::PolicyArea,
                    reference: "Dokumentation".into(),
                    ..Default::default()
                },
            ],
            ..Default::default()
        };
        store
            .save_draft(app.id, app.version, &content, &[w.kbh], at(w.applicant))
            .await
            .unwrap();
        store
            .submit_application(app.id, &submission(None), at(w.applicant))
            .await
            .unwrap()
            .application
    }

    pub fn approval(app: &Application) -> NewDecision {
        NewDecision::from_validated(
            DecisionDraft {
                outcome: Outcome::Approved,
                reasons: "Sound and measurable.".into(),
                granted: vec![GrantChoice {
                    exemption: 1,
                    provision_ids: vec![],
                    note: "Only the written documentation duty.".into(),
                }],
                conditions: "Report every year.".into(),
                period_start: Some(date!(2027 - 01 - 01)),
                period_end: Some(date!(2030 - 12 - 31)),
                regulation_kind: Some(RegulationKind::FreeMunicipalityStatute),
                regulation_text: "The council adopts a statute.".into(),
                signatory_title: "Head of unit".into(),
                confirmed: true,
            },
            app,
        )
    }

    pub fn rejection(app: &Application) -> NewDecision {
        NewDecision::from_validated(
            DecisionDraft {
                outcome: Outcome::Rejected,
                reasons: "Outside the scheme.".into(),
                granted: vec![],
                conditions: String::new(),
                period_start: None,
                period_end: None,
                regulation_kind: None,
                regulation_text: String::new(),
                signatory_title: String::new(),
                confirmed: true,
            },
            app,
        )
    }

    pub async fn are_final_and_approval_freezes_a_trial(store: &dyn Store) {
        let w = world(store).await;
        let app = submitted(store, &w, "Fewer forms").await;
        let decision = store
            .decide(app.id, &approval(&app), at(w.admin))
            .await
            .unwrap();
        assert_eq!(decision.outcome, Outcome::Approved);
        assert_eq!(decision.granted.len(), 1);
        assert_eq!(decision.granted[0].reference, "Dokumentation");
        assert_eq!(decision.decided_by, Some(w.admin));
        assert_eq!(decision.decided_at, NOW);
        assert_eq!(
            store.decision(app.id).await.unwrap(),
            Some(decision.clone())
        );
        let trial = store
            .trial(decision.trial_id.expect("approval creates a trial"))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(trial.status, TrialStatus::Planned);
        assert_eq!(trial.case_number, "DK2019-R1-001");
        assert_eq!(trial.participants.len(), 2);
        assert_eq!(trial.objectives, app.content.objectives);
        assert_eq!(trial.exemptions, decision.granted);
        assert_eq!(trial.period_end, date!(2030 - 12 - 31));
        assert_eq!(
            store.trial_of_application(app.id).await.unwrap(),
            Some(trial)
        );
        // A decided application can no longer be withdrawn.
        assert!(matches!(
            store.withdraw_application(app.id, at(w.applicant)).await,
            Err(StoreError::WrongState { current, .. }) if current == "approved"
        ));
        // A second decision on the same application is refused; the first stands.
        assert!(matches!(
            store.decide(app.id, &rejection(&app), at(w.admin)).await,
            Err(StoreError::AlreadyDecided)
        ));
        assert_eq!(store.decision(app.id).await.unwrap(), Some(decision));
        // A rejection creates no trial and keeps no period.
        let other = submitted(store, &w, "Other").await;
        let rejected = store
            .decide(other.id, &rejection(&other), at(w.admin))
            .await
            .unwrap();
        assert_eq!(rejected.trial_id, None);
        assert_eq!(rejected.period_start, None);
        assert!(
            store
                .trial_of_application(other.id)
                .await
                .unwrap()
                .is_none()
        );
        // Newest first, and by scheme.
        let list = store
            .list_decisions(&DecisionFilter::default(), PageRequest::default())
            .await
            .unwrap();
        assert_eq!(list.total, 2);
        assert_eq!(list.items[0].application_id, other.id);
        assert_eq!(list.items[1].trial_id, decision_trial(store, app.id).await);
        assert_eq!(list.items[1].lead.code, "751");
        let none = store
            .list_decisions(
                &DecisionFilter {
                    scheme_id: Some(w.scheme + 1000),
                    ..DecisionFilter::default()
                },
                PageRequest::default(),
            )
            .await
            .unwrap();
        assert_eq!(none.total, 0);
        // The journal says who decided what.
        let journal = store
            .journal(CaseKind::Application, app.id, PageRequest::default())
            .await
            .unwrap();
        let last = journal.items.last().unwrap();
        assert_eq!(last.action, "application.decided");
        assert_eq!(last.changes["outcome"], "approved");
        assert_eq!(
            last.changes["granted"][0]["note"],
            "Only the written documentation duty."
        );
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }

    async fn decision_trial(store: &dyn Store, application_id: i64) -> Option<i64> {
        store
            .decision(application_id)
            .await
            .unwrap()
            .and_then(|d| d.trial_id)
    }

    pub async fn race_and_stale_versions_are_refused(store: &dyn Store) {
        let w = world(store).await;
        let app = submitted(store, &w, "Raced").await;
        let (yes, no) = (approval(&app), rejection(&app));
        let (a, b) = tokio::join!(
            store.decide(app.id, &yes, at(w.admin)),
            store.decide(app.id, &no, at(w.admin)),
        );
        assert!(a.is_ok() ^ b.is_ok(), "{a:?} {b:?}");
        let loser = if a.is_ok() { b } else { a };
        assert!(matches!(loser, Err(StoreError::AlreadyDecided)));
        let journal = store
            .journal(CaseKind::Application, app.id, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(
            journal
                .items
                .iter()
                .filter(|e| e.action == "application.decided")
                .count(),
            1
        );
        // Checked against an older version of the application: refused.
        let stale = submitted(store, &w, "Stale").await;
        let mut old = approval(&stale);
        old.application_version -= 1;
        assert!(matches!(
            store.decide(stale.id, &old, at(w.admin)).await,
            Err(StoreError::EditConflict { .. })
        ));
        // A withdrawn application is not decided.
        store
            .withdraw_application(stale.id, at(w.applicant))
            .await
            .unwrap();
        let withdrawn = store.application(stale.id).await.unwrap().unwrap();
        assert!(matches!(
            store
                .decide(stale.id, &rejection(&withdrawn), at(w.admin))
                .await,
            Err(StoreError::WrongState { .. })
        ));
        assert!(store.decision(stale.id).await.unwrap().is_none());
        // A draft is not decided either.
        let unsent = draft(store, &w, "Unsent").await;
        assert!(matches!(
            store
                .decide(unsent.id, &rejection(&unsent), at(w.admin))
                .await,
            Err(StoreError::WrongState { .. })
        ));

        // A decision and a withdrawal at once: one of them, never both.
        let contested = submitted(store, &w, "Contested").await;
        let yes = approval(&contested);
        let (decided, withdrawn) = tokio::join!(
            store.decide(contested.id, &yes, at(w.admin)),
            store.withdraw_application(contested.id, at(w.applicant)),
        );
        assert!(
            decided.is_ok() ^ withdrawn.is_ok(),
            "{decided:?} {withdrawn:?}"
        );
        let after = store.application(contested.id).await.unwrap().unwrap();
        let decision = store.decision(contested.id).await.unwrap();
        assert_eq!(
            after.status == frirum_domain::application::ApplicationStatus::Withdrawn,
            decision.is_none()
        );

        // A conflict recorded by the screening refuses approval in the store itself; a
        // rejection still goes through.
        let screened = submitted(store, &w, "Screened").await;
        let checklist = vec!["EU-retten".to_owned()];
        let conflict = frirum_domain::screening::judgement(
            &checklist,
            0,
            frirum_domain::screening::ScreeningOutcome::Conflict,
            "Statsstøtte.",
        )
        .unwrap();
        store
            .record_screening(screened.id, 1, &conflict, at(w.admin))
            .await
            .unwrap();
        assert!(matches!(
            store
                .decide(screened.id, &approval(&screened), at(w.admin))
                .await,
            Err(StoreError::ScreeningConflict)
        ));
        store
            .decide(screened.id, &rejection(&screened), at(w.admin))
            .await
            .unwrap();
        // After the decision nothing is screened or asked any more.
        assert!(matches!(
            store
                .record_screening(screened.id, 1, &conflict, at(w.admin))
                .await,
            Err(StoreError::WrongState { .. })
        ));
        assert!(matches!(
            store
                .ask_clarification(screened.id, "Et spørgsmål?", at(w.admin))
                .await,
            Err(StoreError::WrongState { .. })
        ));
    }
}

use decisions::{
    are_filtered_by_scheme_country_outcome_and_year as decisions_are_filtered_by_scheme_country_outcome_and_year,
    are_final_and_approval_freezes_a_trial as decisions_are_final_and_approval_freezes_a_trial,
    proposals_wait_until_decided as decisions_proposals_wait_until_decided,
    race_and_stale_versions_are_refused as decisions_race_and_stale_versions_are_refused,
    settings_default_then_saved_and_journaled as decisions_settings_default_then_saved_and_journaled,
};

async fn decisions_are_final_in_the_database(t: &TestStore) {
    let w = cases::world(&*t.store).await;
    let app = decisions::submitted(&*t.store, &w, "Final").await;
    t.store
        .decide(app.id, &decisions::approval(&app), cases::at(w.admin))
        .await
        .unwrap();
    for (sql, says) in [
        ("UPDATE decisions SET reasons = 'rewritten'", "final"),
        ("DELETE FROM decisions", "final"),
        ("UPDATE trials SET objectives = '[]'", "frozen"),
        ("UPDATE trials SET period_end = period_start", "frozen"),
        ("DELETE FROM trials", "frozen"),
    ] {
        let refused = t.execute_raw(sql).await;
        assert!(
            refused.as_ref().is_err_and(|e| e.contains(says)),
            "{sql}: {refused:?}"
        );
    }
    // The trial's status may move on.
    t.execute_raw("UPDATE trials SET status = 'running'")
        .await
        .unwrap();
}

#[tokio::test]
async fn decisions_are_final_sqlite() {
    decisions_are_final_in_the_database(&TestStore::sqlite().await).await;
}

#[tokio::test]
async fn decisions_are_final_postgres() {
    if let Some(t) = TestStore::postgres().await {
        decisions_are_final_in_the_database(&t).await;
    }
}

async fn journal_is_append_only_in_the_database(t: &TestStore) {
    let w = cases::world(&*t.store).await;
    let _ = w;
    for sql in [
        "UPDATE journal_entries SET reason = 'rewritten'",
        "DELETE FROM journal_entries",
    ] {
        let refused = t.execute_raw(sql).await;
        assert!(
            refused.as_ref().is_err_and(|e| e.contains("append-only")),
            "{sql}: {refused:?}"
        );
    }
    let journal = t
        .store
        .journal(
            frirum_domain::journal::CaseKind::Scheme,
            1,
            PageRequest::default(),
        )
        .await
        .unwrap();
    assert!(journal.total >= 2);
    assert!(journal.items.iter().all(|e| e.reason.is_none()));
}

#[tokio::test]
async fn journal_is_append_only_sqlite() {
    journal_is_append_only_in_the_database(&TestStore::sqlite().await).await;
}

#[tokio::test]
async fn journal_is_append_only_postgres() {
    if let Some(t) = TestStore::postgres().await {
        journal_is_append_only_in_the_database(&t).await;
    }
}

/// Statements that switch the journal's triggers off, behind the store's back.
fn disable_journal_triggers(t: &TestStore) -> &'static [&'static str] {
    match t.store.backend() {
        frirum_store::Backend::Sqlite => &[
            "DROP TRIGGER journal_entries_no_update",
            "DROP TRIGGER journal_entries_no_delete",
        ],
        frirum_store::Backend::Postgres => &["ALTER TABLE journal_entries DISABLE TRIGGER USER"],
    }
}

/// The journal is a hash chain: it verifies as written, entries written before the chain
/// are sealed at migration, and an entry altered in the database is named.
async fn journal_chain_names_the_altered_entry(t: &TestStore) {
    let w = cases::world(&*t.store).await;
    let total = t
        .store
        .journal(
            frirum_domain::journal::CaseKind::Scheme,
            w.scheme,
            PageRequest::default(),
        )
        .await
        .unwrap();
    let ids: Vec<i64> = total.items.iter().map(|e| e.id).collect();
    assert!(ids.len() >= 2, "{ids:?}");
    let verified = t.store.verify_journal().await.unwrap();
    assert_eq!(verified.first_broken, None);
    assert!(verified.entries >= 2);
    let entries = verified.entries;

    // A sealed entry cannot be unsealed or resealed.
    for sql in [
        "UPDATE journal_entries SET hash = NULL",
        "UPDATE journal_entries SET hash = 'forged'",
    ] {
        let refused = t.execute_raw(sql).await;
        assert!(
            refused.as_ref().is_err_and(|e| e.contains("append-only")),
            "{sql}: {refused:?}"
        );
    }

    for sql in disable_journal_triggers(t) {
        t.execute_raw(sql).await.unwrap();
    }
    // Entries from before the chain have no hashes; migrating seals them in id order.
    t.execute_raw("UPDATE journal_entries SET prev_hash = NULL, hash = NULL")
        .await
        .unwrap();
    let unsealed = t.store.verify_journal().await.unwrap();
    let first_unsealed = unsealed
        .first_broken
        .expect("unsealed entries are reported");
    assert!(
        first_unsealed.reason.contains("no hash"),
        "{first_unsealed:?}"
    );
    assert_eq!(unsealed.entries, 0);
    t.store.migrate().await.unwrap();
    let sealed = t.store.verify_journal().await.unwrap();
    assert_eq!(sealed.first_broken, None);
    assert_eq!(sealed.entries, entries);

    // An edit behind the store's back is named, with the entries before it intact.
    let altered = ids[1];
    t.execute_raw(&format!(
        "UPDATE journal_entries SET reason = 'rewritten' WHERE id = {altered}"
    ))
    .await
    .unwrap();
    let broken = t.store.verify_journal().await.unwrap();
    let first = broken.first_broken.expect("the chain is broken");
    assert_eq!(first.id, altered);
    assert!(first.reason.contains("hash"), "{first:?}");
    assert!(broken.entries >= 1 && broken.entries < entries);
}

#[tokio::test]
async fn journal_chain_sqlite() {
    journal_chain_names_the_altered_entry(&TestStore::sqlite().await).await;
}

#[tokio::test]
async fn journal_chain_postgres() {
    if let Some(t) = TestStore::postgres().await {
        journal_chain_names_the_altered_entry(&t).await;
    }
}

/// The review of submitted applications: legal screening, clarification, amendments.
mod review {
    use super::cases::{at, draft, submission, world};
    use super::*;
    use frirum_domain::application::{ExemptionScope, RequestedExemption};
    use frirum_domain::journal::{Actor, CaseKind};
    use frirum_domain::screening::{Judgement, ScreeningOutcome};

    fn judgement(item: usize, outcome: ScreeningOutcome, reason: &str) -> Judgement {
        Judgement {
            item,
            item_text: format!("Punkt {item}"),
            outcome,
            reason: reason.into(),
        }
    }

    async fn submitted(store: &dyn Store, w: &super::cases::World) -> i64 {
        let a = draft(store, w, "Sammenhængende indsats").await;
        store
            .submit_application(a.id, &submission(None), at(w.applicant))
            .await
            .unwrap();
        a.id
    }

    async fn actions(store: &dyn Store, id: i64) -> Vec<String> {
        store
            .journal(CaseKind::Application, id, PageRequest::default())
            .await
            .unwrap()
            .items
            .into_iter()
            .map(|e| e.action)
            .collect()
    }

    pub async fn screening_keeps_every_judgement_and_the_newest_counts(store: &dyn Store) {
        let w = world(store).await;
        let a = draft(store, &w, "Kladde").await;
        let refused = store
            .record_screening(
                a.id,
                1,
                &judgement(0, ScreeningOutcome::Conflict, "Nej"),
                at(w.admin),
            )
            .await;
        assert!(
            matches!(refused, Err(StoreError::WrongState { .. })),
            "{refused:?}"
        );
        let id = submitted(store, &w).await;
        let first = store
            .record_screening(
                id,
                1,
                &judgement(0, ScreeningOutcome::Conflict, "Strider mod grundloven"),
                at(w.admin),
            )
            .await
            .unwrap();
        assert_eq!(first.outcome, ScreeningOutcome::Conflict);
        assert_eq!(first.actor_name.as_deref(), Some("Ida Hansen"));
        store
            .record_screening(
                id,
                1,
                &judgement(1, ScreeningOutcome::PossibleConflict, "Uklart"),
                Actor::user(w.admin, NOW + Duration::minutes(1)),
            )
            .await
            .unwrap();
        store
            .record_screening(
                id,
                1,
                &judgement(
                    0,
                    ScreeningOutcome::NoConflict,
                    "Ved nærmere eftersyn i orden",
                ),
                Actor::user(w.admin, NOW + Duration::minutes(2)),
            )
            .await
            .unwrap();
        let current = store.screening(id).await.unwrap();
        assert_eq!(
            current
                .iter()
                .map(|e| (e.item, e.outcome))
                .collect::<Vec<_>>(),
            [
                (0, ScreeningOutcome::NoConflict),
                (1, ScreeningOutcome::PossibleConflict)
            ]
        );
        let history = store.screening_history(id).await.unwrap();
        assert_eq!(history.len(), 3);
        assert_eq!(history[0].reason, "Strider mod grundloven");
        assert_eq!(history[0].at, NOW);
        assert_eq!(
            actions(store, id)
                .await
                .iter()
                .filter(|a| *a == "screening.recorded")
                .count(),
            3
        );
        assert!(store.screening(999_999).await.unwrap().is_empty());
    }

    pub async fn clarification_thread_keeps_order_and_answers_once(store: &dyn Store) {
        let w = world(store).await;
        let id = submitted(store, &w).await;
        let q1 = store
            .ask_clarification(id, "Hvilke regler står i vejen?", at(w.admin))
            .await
            .unwrap();
        let q2 = store
            .ask_clarification(
                id,
                "Hvem er koordinator?",
                Actor::user(w.admin, NOW + Duration::minutes(1)),
            )
            .await
            .unwrap();
        assert!(q1.is_open() && q2.is_open());
        // Long after the round's deadline (2019): answers are still taken.
        let answered = store
            .answer_clarification(
                id,
                q2.id,
                "Sagsbehandleren.",
                Actor::user(w.applicant, NOW + Duration::days(30)),
            )
            .await
            .unwrap();
        assert_eq!(answered.answer.as_deref(), Some("Sagsbehandleren."));
        assert_eq!(answered.answered_by, Some(w.applicant));
        let again = store
            .answer_clarification(id, q2.id, "Igen.", at(w.applicant))
            .await;
        assert!(
            matches!(&again, Err(StoreError::NoOpenClarification)),
            "{again:?}"
        );
        let other = store
            .answer_clarification(id + 1000, q1.id, "Forkert sag.", at(w.applicant))
            .await;
        assert!(matches!(other, Err(StoreError::NotFound)), "{other:?}");
        let thread = store.clarification_thread(id).await.unwrap();
        assert_eq!(
            thread.iter().map(|c| c.id).collect::<Vec<_>>(),
            [q1.id, q2.id]
        );
        assert!(thread[0].is_open());
        assert_eq!(thread[1].answer.as_deref(), Some("Sagsbehandleren."));
        assert_eq!(
            actions(store, id)
                .await
                .iter()
                .filter(|a| a.starts_with("clarification."))
                .collect::<Vec<_>>(),
            [
                "clarification.asked",
                "clarification.asked",
                "clarification.answered"
            ]
        );
        let a = draft(store, &w, "Kladde").await;
        assert!(matches!(
            store.ask_clarification(a.id, "?", at(w.admin)).await,
            Err(StoreError::WrongState { .. })
        ));
    }

    pub async fn amendments_are_versioned_and_journaled(store: &dyn Store) {
        let w = world(store).await;
        let a = draft(store, &w, "Kladde").await;
        assert!(matches!(
            store
                .amend_exemptions(a.id, a.version, &[], &[], at(w.admin))
                .await,
            Err(StoreError::WrongState { .. })
        ));
        let id = submitted(store, &w).await;
        let before = store.application(id).await.unwrap().unwrap();
        let added = vec![RequestedExemption {
            scope: ExemptionScope::Provision,
            reference: "serviceloven § 141".into(),
            justification: "Én plan.".into(),
            ..Default::default()
        }];
        let amended = store
            .amend_exemptions(
                id,
                before.version,
                &added,
                &[],
                at(w.applicant).because(Some("Fundet sammen")),
            )
            .await
            .unwrap();
        assert_eq!(amended.version, before.version + 1);
        assert_eq!(amended.content.exemptions, added);
        assert_eq!(amended.content.title, before.content.title);
        // A second editor still at the old version loses nothing and changes nothing.
        let stale = store
            .amend_exemptions(id, before.version, &[], &[], at(w.admin))
            .await;
        assert!(
            matches!(stale, Err(StoreError::EditConflict { current }) if current == amended.version),
            "{stale:?}"
        );
        assert_eq!(
            store
                .application(id)
                .await
                .unwrap()
                .unwrap()
                .content
                .exemptions,
            added
        );
        let journal = store
            .journal(CaseKind::Application, id, PageRequest::default())
            .await
            .unwrap();
        let entry = journal.items.last().unwrap();
        assert_eq!(entry.action, "application.exemptions_amended");
        assert_eq!(entry.reason.as_deref(), Some("Fundet sammen"));
        assert_eq!(
            entry.changes["exemptions[0].reference"]["to"],
            "serviceloven § 141"
        );
        assert_eq!(entry.changes["exemptions"]["to"], 1);
    }
}

use review::{
    amendments_are_versioned_and_journaled as review_amendments_are_versioned_and_journaled,
    clarification_thread_keeps_order_and_answers_once as review_clarification_thread_keeps_order_and_answers_once,
    screening_keeps_every_judgement_and_the_newest_counts as review_screening_keeps_every_judgement_and_the_newest_counts,
};

/// The database itself refuses to change or remove a screening judgement.
async fn screening_is_append_only_in_the_database(t: &TestStore) {
    let w = cases::world(&*t.store).await;
    let a = cases::draft(&*t.store, &w, "Indsendt").await;
    t.store
        .submit_application(a.id, &cases::submission(None), cases::at(w.applicant))
        .await
        .unwrap();
    t.store
        .record_screening(
            a.id,
            1,
            &frirum_domain::screening::Judgement {
                item: 0,
                item_text: "Grundloven".into(),
                outcome: frirum_domain::screening::ScreeningOutcome::Conflict,
                reason: "Strider mod § 3".into(),
            },
            cases::at(w.admin),
        )
        .await
        .unwrap();
    for sql in [
        "UPDATE screening_entries SET outcome = 'no_conflict'",
        "DELETE FROM screening_entries",
    ] {
        let refused = t.execute_raw(sql).await;
        assert!(
            refused.as_ref().is_err_and(|e| e.contains("append-only")),
            "{sql}: {refused:?}"
        );
    }
    let current = t.store.screening(a.id).await.unwrap();
    assert_eq!(
        current[0].outcome,
        frirum_domain::screening::ScreeningOutcome::Conflict
    );
}

#[tokio::test]
async fn screening_is_append_only_sqlite() {
    screening_is_append_only_in_the_database(&TestStore::sqlite().await).await;
}

#[tokio::test]
async fn screening_is_append_only_postgres() {
    if let Some(t) = TestStore::postgres().await {
        screening_is_append_only_in_the_database(&t).await;
    }
}

// --- Assessment: assignments, conflicts, scores, consensus, notes ---------------------------

mod assessment {
    use super::cases::{at, draft, submission, world};
    use super::*;
    use frirum_domain::assessment::{ConflictSource, NewAssignment};
    use frirum_domain::journal::CaseKind;
    use frirum_domain::scoring::Score;

    async fn submitted(store: &dyn Store, w: &cases::World, title: &str) -> i64 {
        let a = draft(store, w, title).await;
        store
            .submit_application(a.id, &submission(None), at(w.applicant))
            .await
            .unwrap()
            .application
            .id
    }

    async fn assessor(store: &dyn Store, email: &str, org: Option<i64>) -> i64 {
        store
            .create_user(&new_user(email, Role::Assessor, org), NOW)
            .await
            .unwrap()
            .id
    }

    fn score(criterion: &str, score: i64) -> Score {
        Score {
            criterion: criterion.into(),
            score,
            comment: format!("{criterion} {score}"),
        }
    }

    fn assign(application_id: i64, assessor_id: i64) -> NewAssignment {
        NewAssignment {
            application_id,
            assessor_id,
            conflict: None,
        }
    }

    /// The assessor states that they have no conflict of interest, as they must before
    /// scoring.
    async fn state(store: &dyn Store, application_id: i64, assessor_id: i64) {
        store
            .state_no_conflict(application_id, assessor_id, at(assessor_id))
            .await
            .unwrap();
    }

    pub async fn assignments_record_conflicts_and_fill_the_queue(store: &dyn Store) {
        let w = world(store).await;
        let app = submitted(store, &w, "Unge i job").await;
        let free = assessor(store, "free@oim.dk", None).await;
        let employed = assessor(store, "employed@aarhus.dk", Some(w.aarhus)).await;
        let made = store
            .assign_assessors(
                &[
                    assign(app, free),
                    NewAssignment {
                        conflict: Some((ConflictSource::Employment, "employed by Aarhus".into())),
                        ..assign(app, employed)
                    },
                ],
                at(w.admin),
            )
            .await
            .unwrap();
        assert_eq!(made.len(), 2);
        let conflict = made[1].conflict.as_ref().unwrap();
        assert_eq!(conflict.source, ConflictSource::Employment);
        assert_eq!(made[1].assigned_by, Some(w.admin));
        // Assigning again changes nothing and reports nothing new.
        let again = store
            .assign_assessors(&[assign(app, free)], at(w.admin))
            .await
            .unwrap();
        assert!(again.is_empty());
        assert_eq!(store.assignments(app).await.unwrap().len(), 2);

        let queue = store.assessor_queue(free).await.unwrap();
        assert_eq!(queue.len(), 1);
        assert_eq!(queue[0].title, "Unge i job");
        assert_eq!(queue[0].case_number.as_deref(), Some("DK2019-R1-001"));
        assert_eq!((queue[0].scored, queue[0].criteria), (0, 0));

        let declared = store
            .declare_conflict(app, free, "My sister leads the project", at(free))
            .await
            .unwrap();
        let c = declared.conflict.unwrap();
        assert_eq!(
            (c.source, c.reason.as_str()),
            (ConflictSource::Declared, "My sister leads the project")
        );
        // A conflict already known stays as it was.
        let kept = store
            .declare_conflict(app, employed, "other", at(employed))
            .await
            .unwrap();
        assert_eq!(kept.conflict.unwrap().source, ConflictSource::Employment);
        assert!(matches!(
            store.declare_conflict(app, 9999, "x", at(free)).await,
            Err(StoreError::NotFound)
        ));

        // A conflict stays on record: a conflicted assessor, found or declared, is not
        // removed (and so cannot be assigned afresh without it); one without a conflict is.
        for conflicted in [employed, free] {
            assert!(matches!(
                store
                    .unassign_assessor(app, conflicted, "r", at(w.admin))
                    .await,
                Err(StoreError::WrongState {
                    what: StateOf::Assignment,
                    ..
                })
            ));
        }
        let third = assessor(store, "third@oim.dk", None).await;
        store
            .assign_assessors(&[assign(app, third)], at(w.admin))
            .await
            .unwrap();
        store
            .unassign_assessor(app, third, "r", at(w.admin))
            .await
            .unwrap();
        assert!(matches!(
            store.unassign_assessor(app, third, "r", at(w.admin)).await,
            Err(StoreError::NotFound)
        ));
        assert_eq!(store.assignments(app).await.unwrap().len(), 2);

        let journal = store
            .journal(CaseKind::Application, app, PageRequest::default())
            .await
            .unwrap();
        let actions: Vec<&str> = journal.items.iter().map(|e| e.action.as_str()).collect();
        for action in [
            "assessment.assessor_assigned",
            "assessment.conflict_declared",
            "assessment.assessor_unassigned",
        ] {
            assert!(actions.contains(&action), "{action} in {actions:?}");
        }
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }

    pub async fn concurrent_scores_are_all_kept(store: &dyn Store) {
        let w = world(store).await;
        let app = submitted(store, &w, "Samlet plan").await;
        let one = assessor(store, "one@oim.dk", None).await;
        let two = assessor(store, "two@oim.dk", None).await;
        store
            .assign_assessors(&[assign(app, one), assign(app, two)], at(w.admin))
            .await
            .unwrap();
        state(store, app, one).await;
        state(store, app, two).await;
        let first = [score("ambitious", 4), score("focused", 3)];
        let second = [score("ambitious", 2), score("focused", 5)];
        // Both save at the same moment, on their own connections.
        let (a, b) = tokio::join!(
            store.save_scores(app, one, &first, at(one)),
            store.save_scores(app, two, &second, at(two)),
        );
        a.unwrap();
        b.unwrap();
        let scores = store.scores(app).await.unwrap();
        assert_eq!(scores.len(), 4, "{scores:?}");
        let of = |assessor: i64, criterion: &str| {
            scores
                .iter()
                .find(|s| s.assessor_id == assessor && s.criterion == criterion)
                .map(|s| s.score)
        };
        assert_eq!(
            [
                of(one, "ambitious"),
                of(one, "focused"),
                of(two, "ambitious"),
                of(two, "focused")
            ],
            [Some(4), Some(3), Some(2), Some(5)]
        );
        // Saving again replaces the assessor's own score and nobody else's.
        store
            .save_scores(app, one, &[score("ambitious", 1)], at(one))
            .await
            .unwrap();
        let scores = store.scores(app).await.unwrap();
        assert_eq!(scores.len(), 4);
        let mine = scores
            .iter()
            .find(|s| s.assessor_id == one && s.criterion == "ambitious")
            .unwrap();
        assert_eq!((mine.score, mine.comment.as_str()), (1, "ambitious 1"));
        assert_eq!(
            scores
                .iter()
                .find(|s| s.assessor_id == two && s.criterion == "ambitious")
                .unwrap()
                .score,
            2
        );
        assert_eq!(store.assessor_queue(one).await.unwrap()[0].scored, 2);
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }

    pub async fn consensus_and_notes(store: &dyn Store) {
        let w = world(store).await;
        let app = submitted(store, &w, "A").await;
        let other = submitted(store, &w, "B").await;
        store
            .set_consensus(
                app,
                &[score("ambitious", 3), score("focused", 4)],
                at(w.admin),
            )
            .await
            .unwrap();
        store
            .set_consensus(app, &[score("focused", 2)], at(w.admin))
            .await
            .unwrap();
        let consensus = store.consensus(app).await.unwrap();
        assert_eq!(consensus.len(), 1);
        assert_eq!(
            (consensus[0].criterion.as_str(), consensus[0].score),
            ("focused", 2)
        );
        assert_eq!(consensus[0].set_by, Some(w.admin));

        let root = store
            .add_note(app, None, "Is the baseline right?", at(w.admin))
            .await
            .unwrap();
        let reply = store
            .add_note(app, Some(root.id), "Yes, from 2023.", at(w.admin))
            .await
            .unwrap();
        assert_eq!(reply.parent_id, Some(root.id));
        assert_eq!(reply.author_name.as_deref(), Some("Ida Hansen"));
        // A reply to another application's note is refused and nothing is stored.
        assert!(matches!(
            store
                .add_note(other, Some(root.id), "wrong thread", at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        assert!(store.notes(other).await.unwrap().is_empty());
        let notes = store.notes(app).await.unwrap();
        assert_eq!(
            notes.iter().map(|n| n.id).collect::<Vec<_>>(),
            [root.id, reply.id]
        );
        let journal = store
            .journal(CaseKind::Application, app, PageRequest::default())
            .await
            .unwrap();
        assert!(
            journal
                .items
                .iter()
                .any(|e| e.action == "assessment.consensus_set")
        );
        assert!(
            journal
                .items
                .iter()
                .any(|e| e.action == "assessment.note_added")
        );
    }

    pub async fn round_is_read_whole(store: &dyn Store) {
        let w = world(store).await;
        let a = submitted(store, &w, "A").await;
        let b = submitted(store, &w, "B").await;
        let _draft = draft(store, &w, "Still a draft").await;
        let one = assessor(store, "one@oim.dk", None).await;
        store
            .assign_assessors(&[assign(a, one), assign(b, one)], at(w.admin))
            .await
            .unwrap();
        state(store, a, one).await;
        store
            .save_scores(a, one, &[score("ambitious", 4)], at(one))
            .await
            .unwrap();
        store
            .set_consensus(b, &[score("ambitious", 2)], at(w.admin))
            .await
            .unwrap();
        let round = store.round_assessment(w.round).await.unwrap();
        let ids: Vec<i64> = round.applications.iter().map(|x| x.id).collect();
        assert_eq!(ids, [a, b], "drafts are left out, case-number order");
        assert!(round.applications.iter().all(|x| x.members.len() == 1));
        assert_eq!(round.assignments.len(), 2);
        assert_eq!(round.scores.len(), 1);
        assert_eq!(round.consensus.len(), 1);
        assert_eq!(round.consensus[0].application_id, b);
    }

    // --- Part D: blind, independent assessment ----------------------------------------

    fn wrong_assignment_state<T: std::fmt::Debug>(result: frirum_store::Result<T>) -> bool {
        matches!(
            result,
            Err(StoreError::WrongState {
                what: StateOf::Assignment,
                ..
            })
        )
    }

    pub async fn blind_needs_a_statement_and_fixes_submitted_scores(store: &dyn Store) {
        let w = world(store).await;
        let app = submitted(store, &w, "Blind").await;
        let one = assessor(store, "one@oim.dk", None).await;
        let two = assessor(store, "two@oim.dk", None).await;
        store
            .assign_assessors(&[assign(app, one), assign(app, two)], at(w.admin))
            .await
            .unwrap();
        // No score before the statement, and nothing is stored.
        assert!(wrong_assignment_state(
            store
                .save_scores(app, one, &[score("ambitious", 4)], at(one))
                .await
        ));
        assert!(store.scores(app).await.unwrap().is_empty());
        assert!(wrong_assignment_state(
            store.submit_assessment(app, one, at(one)).await
        ));

        let stated = store.state_no_conflict(app, one, at(one)).await.unwrap();
        assert_eq!(stated.no_conflict_stated_at, Some(NOW));
        assert_eq!(stated.submitted_at, None);
        // Stating again changes nothing and is journaled once.
        let later = frirum_domain::journal::Actor::user(one, NOW + Duration::hours(1));
        let again = store.state_no_conflict(app, one, later).await.unwrap();
        assert_eq!(again.no_conflict_stated_at, Some(NOW));
        assert!(matches!(
            store.state_no_conflict(app, 9999, at(one)).await,
            Err(StoreError::NotFound)
        ));
        // A declared conflict is no statement of none, and stays.
        store
            .declare_conflict(app, two, "I advised the lead", at(two))
            .await
            .unwrap();
        let conflicted = store.state_no_conflict(app, two, at(two)).await.unwrap();
        assert!(conflicted.conflict.is_some());
        assert_eq!(conflicted.no_conflict_stated_at, None);
        assert!(wrong_assignment_state(
            store.submit_assessment(app, two, at(two)).await
        ));

        store
            .save_scores(app, one, &[score("ambitious", 4)], at(one))
            .await
            .unwrap();
        let done = store.submit_assessment(app, one, at(one)).await.unwrap();
        assert_eq!(done.submitted_at, Some(NOW));
        // Submitted scores are fixed.
        assert!(wrong_assignment_state(
            store
                .save_scores(app, one, &[score("ambitious", 1)], at(one))
                .await
        ));
        assert!(wrong_assignment_state(
            store.submit_assessment(app, one, at(one)).await
        ));
        assert_eq!(store.scores(app).await.unwrap()[0].score, 4);
        let queued = store.assessor_queue(one).await.unwrap();
        assert_eq!(queued[0].assignment.submitted_at, Some(NOW));
        assert_eq!(queued[0].assignment.no_conflict_stated_at, Some(NOW));
        let round = store.round_assessment(w.round).await.unwrap();
        assert!(round.assignments.iter().any(|a| a.submitted_at.is_some()));

        let journal = store
            .journal(CaseKind::Application, app, PageRequest::default())
            .await
            .unwrap();
        let count = |action: &str| journal.items.iter().filter(|e| e.action == action).count();
        assert_eq!(count("assessment.no_conflict_stated"), 1);
        assert_eq!(count("assessment.assessment_submitted"), 1);
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }

    pub async fn blind_a_double_submission_is_recorded_once(store: &dyn Store) {
        let w = world(store).await;
        let app = submitted(store, &w, "Twice").await;
        let one = assessor(store, "one@oim.dk", None).await;
        store
            .assign_assessors(&[assign(app, one)], at(w.admin))
            .await
            .unwrap();
        state(store, app, one).await;
        store
            .save_scores(app, one, &[score("ambitious", 3)], at(one))
            .await
            .unwrap();
        // A double click: both at once, on their own connections; one wins.
        let (a, b) = tokio::join!(
            store.submit_assessment(app, one, at(one)),
            store.submit_assessment(app, one, at(one)),
        );
        assert_eq!(
            [a.is_ok(), b.is_ok()].iter().filter(|ok| **ok).count(),
            1,
            "{a:?} {b:?}"
        );
        let journal = store
            .journal(CaseKind::Application, app, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(
            journal
                .items
                .iter()
                .filter(|e| e.action == "assessment.assessment_submitted")
                .count(),
            1
        );
    }

    pub async fn blind_consensus_requests_are_recorded_and_journaled(store: &dyn Store) {
        let w = world(store).await;
        let app = submitted(store, &w, "Apart").await;
        let other = submitted(store, &w, "Other").await;
        let asked = store
            .request_consensus(app, "Meet on Monday about «ambitious»", at(w.admin))
            .await
            .unwrap();
        assert_eq!(asked.application_id, app);
        assert_eq!(asked.requested_by, Some(w.admin));
        assert_eq!(asked.requested_by_name.as_deref(), Some("Ida Hansen"));
        assert_eq!(asked.requested_at, NOW);
        store.request_consensus(app, "", at(w.admin)).await.unwrap();
        let listed = store.consensus_requests(app).await.unwrap();
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[0], asked);
        assert!(store.consensus_requests(other).await.unwrap().is_empty());
        assert!(matches!(
            store.request_consensus(999_999, "x", at(w.admin)).await,
            Err(StoreError::NotFound)
        ));
        let journal = store
            .journal(CaseKind::Application, app, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(
            journal
                .items
                .iter()
                .filter(|e| e.action == "assessment.consensus_requested")
                .count(),
            2
        );
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }
}

use assessment::{
    assignments_record_conflicts_and_fill_the_queue as assessment_assignments_record_conflicts_and_fill_the_queue,
    concurrent_scores_are_all_kept as assessment_concurrent_scores_are_all_kept,
    consensus_and_notes as assessment_consensus_and_notes,
    round_is_read_whole as assessment_round_is_read_whole,
};
// Part D (blind, independent assessment).
use assessment::{
    blind_a_double_submission_is_recorded_once as blind_assessment_a_double_submission_is_recorded_once,
    blind_consensus_requests_are_recorded_and_journaled as blind_assessment_consensus_requests_are_recorded_and_journaled,
    blind_needs_a_statement_and_fixes_submitted_scores as blind_assessment_needs_a_statement_and_fixes_submitted_scores,
};

// --- Notifications -------------------------------------------------------------------------

fn new_notification(user: &frirum_domain::User, title: &str) -> frirum_store::NewNotification {
    frirum_store::NewNotification {
        user_id: user.id,
        kind: frirum_domain::notification::NotificationKind::Decided,
        application_id: None,
        title: title.to_owned(),
        body: format!("{title}: the body"),
        link: "/applications/1".to_owned(),
        address: user.email.clone(),
        subject: format!("Subject {title}"),
        mail_body: format!("Mail {title}"),
    }
}

async fn notifications_are_written_with_their_mail(store: &dyn Store) {
    let ada = store
        .create_user(&new_user("ada@example.org", Role::Assessor, None), NOW)
        .await
        .unwrap();
    let bo = store
        .create_user(&new_user("bo@example.org", Role::Assessor, None), NOW)
        .await
        .unwrap();
    let stored = store
        .notify(
            &[new_notification(&ada, "One"), new_notification(&bo, "Two")],
            NOW,
        )
        .await
        .unwrap();
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[0].title, "One");
    assert_eq!(stored[0].read_at, None);
    let outbox = store.outbox(PageRequest::default()).await.unwrap();
    assert_eq!(outbox.total, 2);
    let mail = &outbox.items[0];
    assert_eq!(mail.address, "ada@example.org");
    assert_eq!(mail.subject, "Subject One");
    assert_eq!(mail.body, "Mail One");
    assert_eq!(mail.user_id, Some(ada.id));
    assert_eq!((mail.attempts, mail.sent_at), (0, None));
    assert_eq!(mail.next_attempt_at, NOW);
    // Each person sees only their own, newest first.
    store
        .notify(
            &[new_notification(&ada, "Three")],
            NOW + Duration::minutes(1),
        )
        .await
        .unwrap();
    let list = store
        .notifications(ada.id, PageRequest::default())
        .await
        .unwrap();
    let titles: Vec<_> = list.items.iter().map(|n| n.title.as_str()).collect();
    assert_eq!(titles, ["Three", "One"]);
    assert_eq!(store.unread_notifications(ada.id).await.unwrap(), 2);
    assert_eq!(store.unread_notifications(bo.id).await.unwrap(), 1);
    // Nothing for nobody is no error.
    assert!(store.notify(&[], NOW).await.unwrap().is_empty());
}

async fn notifications_are_read_only_by_their_owner(store: &dyn Store) {
    let ada = store
        .create_user(&new_user("ada@example.org", Role::Assessor, None), NOW)
        .await
        .unwrap();
    let bo = store
        .create_user(&new_user("bo@example.org", Role::Assessor, None), NOW)
        .await
        .unwrap();
    let stored = store
        .notify(
            &[new_notification(&ada, "One"), new_notification(&ada, "Two")],
            NOW,
        )
        .await
        .unwrap();
    let id = stored[0].id;
    assert!(matches!(
        store.mark_notification_read(bo.id, id, NOW).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.mark_notification_read(ada.id, id + 1000, NOW).await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(store.unread_notifications(ada.id).await.unwrap(), 2);
    let later = NOW + Duration::hours(1);
    let read = store
        .mark_notification_read(ada.id, id, later)
        .await
        .unwrap();
    assert_eq!(read.read_at, Some(later));
    // Reading it again keeps the first reading time.
    let again = store
        .mark_notification_read(ada.id, id, later + Duration::hours(1))
        .await
        .unwrap();
    assert_eq!(again.read_at, Some(later));
    assert_eq!(store.unread_notifications(ada.id).await.unwrap(), 1);
    assert_eq!(
        store
            .mark_all_notifications_read(bo.id, later)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        store
            .mark_all_notifications_read(ada.id, later)
            .await
            .unwrap(),
        1
    );
    assert_eq!(store.unread_notifications(ada.id).await.unwrap(), 0);
}

async fn outbox_failures_are_retried_and_nothing_is_lost(store: &dyn Store) {
    let ada = store
        .create_user(&new_user("ada@example.org", Role::Assessor, None), NOW)
        .await
        .unwrap();
    store
        .notify(&[new_notification(&ada, "One")], NOW)
        .await
        .unwrap();
    let lease = Duration::minutes(5);
    // Not due before it was written.
    let early = store
        .claim_outbox(NOW - Duration::seconds(1), NOW + lease, 10)
        .await
        .unwrap();
    assert!(early.is_empty());
    let claimed = store.claim_outbox(NOW, NOW + lease, 10).await.unwrap();
    assert_eq!(claimed.len(), 1);
    // Claimed: nobody else gets it until the claim expires.
    assert!(
        store
            .claim_outbox(NOW, NOW + lease, 10)
            .await
            .unwrap()
            .is_empty()
    );
    let retry_at = NOW + Duration::minutes(1);
    store
        .mark_mail_failed(claimed[0].id, "connection refused", retry_at)
        .await
        .unwrap();
    let mail = &store.outbox(PageRequest::default()).await.unwrap().items[0];
    assert_eq!(mail.attempts, 1);
    assert_eq!(mail.next_attempt_at, retry_at);
    assert_eq!(mail.last_error.as_deref(), Some("connection refused"));
    assert_eq!(mail.sent_at, None);
    // Not due until the backoff has passed; then it comes back.
    assert!(
        store
            .claim_outbox(retry_at - Duration::seconds(1), retry_at + lease, 10)
            .await
            .unwrap()
            .is_empty()
    );
    let again = store
        .claim_outbox(retry_at, retry_at + lease, 10)
        .await
        .unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].attempts, 1);
    store.mark_mail_sent(again[0].id, retry_at).await.unwrap();
    let mail = &store.outbox(PageRequest::default()).await.unwrap().items[0];
    assert_eq!(mail.sent_at, Some(retry_at));
    assert_eq!(mail.last_error, None);
    // A sent mail is never claimed again, nor can it fail afterwards.
    let much_later = NOW + Duration::days(1);
    assert!(
        store
            .claim_outbox(much_later, much_later + lease, 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(matches!(
        store.mark_mail_failed(mail.id, "late", much_later).await,
        Err(StoreError::NotFound)
    ));
    // A claim left by a sender that died expires, and the mail is claimed again.
    store
        .notify(&[new_notification(&ada, "Two")], NOW)
        .await
        .unwrap();
    assert_eq!(
        store
            .claim_outbox(NOW, NOW + lease, 10)
            .await
            .unwrap()
            .len(),
        1
    );
    assert!(
        store
            .claim_outbox(NOW + Duration::minutes(4), NOW + lease, 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store
            .claim_outbox(NOW + lease, NOW + lease + lease, 10)
            .await
            .unwrap()
            .len(),
        1
    );
}

async fn outbox_claims_are_exclusive(store: &dyn Store) {
    let ada = store
        .create_user(&new_user("ada@example.org", Role::Assessor, None), NOW)
        .await
        .unwrap();
    let batch: Vec<_> = (0..30)
        .map(|i| new_notification(&ada, &format!("N{i}")))
        .collect();
    store.notify(&batch, NOW).await.unwrap();
    let until = NOW + Duration::minutes(5);
    let mut seen = std::collections::BTreeSet::new();
    // Two senders claim at the same time, again and again, until nothing is left.
    loop {
        let (a, b) = tokio::join!(
            store.claim_outbox(NOW, until, 4),
            store.claim_outbox(NOW, until, 4)
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert!(
            a.len() <= 4 && b.len() <= 4,
            "a claim took more than its limit"
        );
        if a.is_empty() && b.is_empty() {
            break;
        }
        for mail in a.iter().chain(&b) {
            assert!(seen.insert(mail.id), "mail {} claimed twice", mail.id);
        }
    }
    assert_eq!(seen.len(), 30);
}

async fn outbox_mails_are_claimed_one_after_another(store: &dyn Store) {
    let ada = store
        .create_user(&new_user("ada@example.org", Role::Assessor, None), NOW)
        .await
        .unwrap();
    // A time with a fraction of a second, as the wall clock gives.
    let now = NOW + Duration::milliseconds(1234);
    store
        .notify(
            &[new_notification(&ada, "One"), new_notification(&ada, "Two")],
            now,
        )
        .await
        .unwrap();
    let until = now + Duration::minutes(3);
    let first = store.claim_outbox(now, until, 1).await.unwrap();
    assert_eq!(first.len(), 1);
    store.mark_mail_sent(first[0].id, now).await.unwrap();
    let second = store.claim_outbox(now, until, 1).await.unwrap();
    assert_eq!(
        second.len(),
        1,
        "the second mail is claimed after the first was sent"
    );
    assert_ne!(second[0].id, first[0].id);
}

// --- Deleting drafts (issue 12, part F) -------------------------------------------------------

/// A draft is deleted with its members and the journal keeps that it was; a submitted
/// application is not deleted.
async fn drafts_are_deleted_and_journaled(store: &dyn Store) {
    use frirum_domain::journal::CaseKind;
    let w = cases::world(store).await;
    let gone = cases::draft(store, &w, "To be deleted").await;
    let kept = cases::draft(store, &w, "To be submitted").await;
    store
        .delete_draft(gone.id, cases::at(w.applicant))
        .await
        .unwrap();
    assert!(store.application(gone.id).await.unwrap().is_none());
    assert!(matches!(
        store.delete_draft(gone.id, cases::at(w.applicant)).await,
        Err(StoreError::NotFound)
    ));
    let journal = store
        .journal(CaseKind::Application, gone.id, PageRequest::default())
        .await
        .unwrap();
    let actions: Vec<&str> = journal.items.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["application.created", "application.deleted"]);
    assert_eq!(journal.items[1].actor_id, Some(w.applicant));
    store
        .submit_application(kept.id, &cases::submission(None), cases::at(w.applicant))
        .await
        .unwrap();
    assert!(matches!(
        store.delete_draft(kept.id, cases::at(w.applicant)).await,
        Err(StoreError::NotDraft { .. })
    ));
    assert!(store.application(kept.id).await.unwrap().is_some());
    assert!(store.verify_journal().await.unwrap().first_broken.is_none());
}

/// The journal's ids are shown as names: organisations are read by id, unknown ids left out.
async fn organisations_are_named_by_id(store: &dyn Store) {
    let w = cases::world(store).await;
    let refs = store
        .organisation_refs(&[w.kbh, -1, w.aarhus])
        .await
        .unwrap();
    let ids: Vec<i64> = refs.iter().map(|r| r.id).collect();
    assert_eq!(ids, [w.kbh, w.aarhus]);
    assert!(refs.iter().all(|r| !r.name.is_empty()));
}

// --- One case status (issue 12, part E) ---------------------------------------------------

/// Walks a case from draft to ready for decision (and another to withdrawal) and checks at
/// every step that the facts read for one case, the list's facts, the list filtered by
/// status and the counts by status all say what `domain::case::case_status` says.
async fn case_status_in_sql_agrees_with_the_domain(store: &dyn Store) {
    use cases::{at, draft, world};
    use frirum_domain::assessment::NewAssignment;
    use frirum_domain::case::CaseStatus;
    use frirum_domain::scheme::{Criterion, Rules};
    use frirum_domain::scoring::Score;
    use frirum_domain::screening::{Judgement, ScreeningOutcome};
    use frirum_store::{ApplicationFilter, Submission};

    async fn check(store: &dyn Store, id: i64, scheme: i64, expected: CaseStatus) {
        let facts = store.case_facts(id).await.unwrap().unwrap();
        assert_eq!(facts.status(), expected, "one case's facts: {facts:?}");
        let all = ApplicationFilter {
            scheme_id: Some(scheme),
            ..Default::default()
        };
        let listed = store
            .list_applications(&all, PageRequest::default())
            .await
            .unwrap();
        let row = listed.items.iter().find(|s| s.id == id).unwrap();
        assert_eq!(row.case_status(), expected, "the list's facts");
        let filtered = store
            .list_applications(
                &ApplicationFilter {
                    case_status: Some(expected),
                    ..all.clone()
                },
                PageRequest::default(),
            )
            .await
            .unwrap();
        assert!(
            filtered.items.iter().any(|s| s.id == id),
            "filtered by {expected}"
        );
        assert!(filtered.items.iter().all(|s| s.case_status() == expected));
        assert_eq!(filtered.total, filtered.items.len() as u64);
        let counts = store.count_by_case_status(&all).await.unwrap();
        assert!(
            counts.iter().any(|(s, n)| *s == expected && *n >= 1),
            "{counts:?}"
        );
        assert_eq!(
            counts.iter().map(|(_, n)| n).sum::<u64>(),
            listed.total,
            "every case counted once"
        );
    }

    let w = world(store).await;
    let rules = Rules {
        exclusions: vec!["EU-ret".into(), "Grundloven".into()],
        criteria: vec![
            Criterion {
                name: "Nytte".into(),
                description: String::new(),
                weight: 1.0,
            },
            Criterion {
                name: "Læring".into(),
                description: String::new(),
                weight: 1.0,
            },
        ],
        ..Rules::default()
    };
    let scheme = store
        .update_rules(w.scheme, 1, &rules, at(w.admin))
        .await
        .unwrap();
    let submission = Submission {
        expected_version: None,
        rules_version: scheme.rules_version,
        eligibility: serde_json::json!({"eligible": true}),
    };
    let id = draft(store, &w, "Sammenhængende borgerforløb").await.id;
    check(store, id, w.scheme, CaseStatus::Draft).await;
    store
        .submit_application(id, &submission, at(w.applicant))
        .await
        .unwrap();
    check(store, id, w.scheme, CaseStatus::Submitted).await;
    let judge = |item: usize, outcome| Judgement {
        item,
        item_text: rules.exclusions[item].clone(),
        outcome,
        reason: "Begrundet".into(),
    };
    store
        .record_screening(
            id,
            scheme.rules_version,
            &judge(0, ScreeningOutcome::Conflict),
            at(w.admin),
        )
        .await
        .unwrap();
    check(store, id, w.scheme, CaseStatus::InScreening).await;
    let question = store
        .ask_clarification(id, "Hvilke borgere?", at(w.admin))
        .await
        .unwrap();
    check(store, id, w.scheme, CaseStatus::AwaitingClarification).await;
    store
        .answer_clarification(id, question.id, "Alle", at(w.applicant))
        .await
        .unwrap();
    check(store, id, w.scheme, CaseStatus::InScreening).await;
    // The newest judgement counts: the conflict found first is judged again.
    store
        .record_screening(
            id,
            scheme.rules_version,
            &judge(0, ScreeningOutcome::NoConflict),
            at(w.admin),
        )
        .await
        .unwrap();
    store
        .record_screening(
            id,
            scheme.rules_version,
            &judge(1, ScreeningOutcome::PossibleConflict),
            at(w.admin),
        )
        .await
        .unwrap();
    check(store, id, w.scheme, CaseStatus::InAssessment).await;
    let assessor = store
        .create_user(&new_user("bedoemmer@oim.dk", Role::Assessor, None), NOW)
        .await
        .unwrap()
        .id;
    store
        .assign_assessors(
            &[NewAssignment {
                application_id: id,
                assessor_id: assessor,
                conflict: None,
            }],
            at(w.admin),
        )
        .await
        .unwrap();
    store
        .state_no_conflict(id, assessor, at(assessor))
        .await
        .unwrap();
    let score = |criterion: &str| Score {
        criterion: criterion.into(),
        score: 3,
        comment: String::new(),
    };
    store
        .save_scores(id, assessor, &[score("Nytte")], at(assessor))
        .await
        .unwrap();
    check(store, id, w.scheme, CaseStatus::InAssessment).await;
    store
        .save_scores(id, assessor, &[score("Læring")], at(assessor))
        .await
        .unwrap();
    // Every criterion scored is not done: the assessor must submit.
    check(store, id, w.scheme, CaseStatus::InAssessment).await;
    store
        .submit_assessment(id, assessor, at(assessor))
        .await
        .unwrap();
    check(store, id, w.scheme, CaseStatus::ReadyForDecision).await;

    let other = draft(store, &w, "Tilbagetrukket").await.id;
    store
        .submit_application(other, &submission, at(w.applicant))
        .await
        .unwrap();
    store
        .withdraw_application(other, at(w.applicant))
        .await
        .unwrap();
    check(store, other, w.scheme, CaseStatus::Withdrawn).await;
    check(store, id, w.scheme, CaseStatus::ReadyForDecision).await;
}

// --- Documents (issue 13, item 6) ------------------------------------------------------

mod documents {
    use super::cases::{at, world};
    use super::decisions::{approval, submitted};
    use super::*;
    use frirum_domain::document::{AttachTo, DocumentKind, FileType, NewDocument, RecordKind};
    use frirum_domain::journal::CaseKind;

    /// An approved trial of the contract's world, and its application and applicant.
    async fn trial(store: &dyn Store) -> (i64, i64, i64) {
        let w = world(store).await;
        let app = submitted(store, &w, "Fewer forms").await;
        let decision = store
            .decide(app.id, &approval(&app), at(w.admin))
            .await
            .unwrap();
        (decision.trial_id.expect("a trial"), app.id, w.applicant)
    }

    fn new_document(key: &str, attached_to: AttachTo, public: bool) -> NewDocument {
        NewDocument {
            attached_to,
            kind: DocumentKind::Regulation,
            title: "Frikommunevedtægt".into(),
            file_name: "vedtaegt.pdf".into(),
            file_type: FileType::Pdf,
            size_bytes: 1234,
            sha256: "ab".repeat(32),
            object_key: key.into(),
            public,
        }
    }

    const REPORT: AttachTo = AttachTo::Record {
        kind: RecordKind::StatusReport,
        id: 7,
        record_public: false,
    };

    pub async fn are_kept_listed_and_journaled(store: &dyn Store) {
        let (trial_id, application_id, applicant) = trial(store).await;
        let first = store
            .add_document(
                trial_id,
                &new_document("k1", AttachTo::Trial, false),
                at(applicant),
            )
            .await
            .unwrap();
        assert_eq!(first.trial_id, trial_id);
        assert_eq!(first.attached_to, AttachTo::Trial);
        assert_eq!(first.file_type, FileType::Pdf);
        assert_eq!(first.size_bytes, 1234);
        assert_eq!(first.object_key, "k1");
        assert_eq!(first.uploaded_by, Some(applicant));
        assert!(first.uploaded_by_name.is_some());
        assert_eq!(first.uploaded_at, NOW);
        assert!(!first.public);
        let second = store
            .add_document(trial_id, &new_document("k2", REPORT, false), at(applicant))
            .await
            .unwrap();
        assert_eq!(second.attached_to, REPORT);
        assert_eq!(
            store.document(trial_id, first.id).await.unwrap(),
            Some(first.clone())
        );
        // A document is found only under its own trial.
        assert_eq!(store.document(trial_id + 1, first.id).await.unwrap(), None);
        let all = store.trial_documents(trial_id, false).await.unwrap();
        assert_eq!(
            all.iter().map(|d| d.id).collect::<Vec<_>>(),
            [first.id, second.id]
        );
        assert!(
            store
                .trial_documents(trial_id, true)
                .await
                .unwrap()
                .is_empty()
        );
        let of_report = store
            .record_documents(trial_id, RecordKind::StatusReport, 7, false)
            .await
            .unwrap();
        assert_eq!(of_report, vec![second.clone()]);
        assert!(
            store
                .record_documents(trial_id, RecordKind::StatusReport, 8, false)
                .await
                .unwrap()
                .is_empty()
        );
        // The journal names the file's SHA-256, and the chain holds.
        let journal = store
            .journal(
                CaseKind::Application,
                application_id,
                PageRequest::default(),
            )
            .await
            .unwrap();
        let added: Vec<_> = journal
            .items
            .iter()
            .filter(|e| e.action == "trial.document_added")
            .collect();
        assert_eq!(added.len(), 2);
        assert!(added[0].changes.to_string().contains(&"ab".repeat(32)));
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }

    pub async fn public_flag_follows_the_record_and_is_journaled(store: &dyn Store) {
        let (trial_id, application_id, applicant) = trial(store).await;
        let doc = store
            .add_document(
                trial_id,
                &new_document("k1", AttachTo::Trial, false),
                at(applicant),
            )
            .await
            .unwrap();
        let count = |journal: &frirum_domain::Page<frirum_domain::journal::JournalEntry>| {
            journal
                .items
                .iter()
                .filter(|e| e.action == "trial.document_public")
                .count()
        };
        let public = store
            .set_document_public(trial_id, doc.id, true, at(applicant))
            .await
            .unwrap();
        assert!(public.public);
        // Setting the same flag again changes nothing and writes nothing.
        store
            .set_document_public(trial_id, doc.id, true, at(applicant))
            .await
            .unwrap();
        let journal = store
            .journal(
                CaseKind::Application,
                application_id,
                PageRequest::default(),
            )
            .await
            .unwrap();
        assert_eq!(count(&journal), 1);
        assert_eq!(
            store.trial_documents(trial_id, true).await.unwrap(),
            vec![public]
        );
        let private = store
            .set_document_public(trial_id, doc.id, false, at(applicant))
            .await
            .unwrap();
        assert!(!private.public);
        assert!(matches!(
            store
                .set_document_public(trial_id, doc.id + 100, true, at(applicant))
                .await,
            Err(StoreError::NotFound)
        ));
        // The database itself refuses a public document of a record that is not public.
        let on_report = store
            .add_document(trial_id, &new_document("k2", REPORT, false), at(applicant))
            .await
            .unwrap();
        assert!(
            store
                .set_document_public(trial_id, on_report.id, true, at(applicant))
                .await
                .is_err()
        );
        assert!(
            !store
                .document(trial_id, on_report.id)
                .await
                .unwrap()
                .unwrap()
                .public
        );
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }

    pub async fn of_a_missing_trial_are_refused(store: &dyn Store) {
        let (trial_id, _, applicant) = trial(store).await;
        assert!(matches!(
            store
                .add_document(
                    trial_id + 100,
                    &new_document("k1", AttachTo::Trial, false),
                    at(applicant)
                )
                .await,
            Err(StoreError::NotFound)
        ));
        // One object key is one document.
        store
            .add_document(
                trial_id,
                &new_document("k1", AttachTo::Trial, false),
                at(applicant),
            )
            .await
            .unwrap();
        assert!(
            store
                .add_document(
                    trial_id,
                    &new_document("k1", AttachTo::Trial, false),
                    at(applicant)
                )
                .await
                .is_err()
        );
        assert_eq!(
            store.trial_documents(trial_id, false).await.unwrap().len(),
            1
        );
    }

    /// Two uploads to one trial at once are both kept, one after the other, and the
    /// journal's chain stays whole.
    pub async fn concurrent_uploads_are_all_kept(store: &dyn Store) {
        let (trial_id, _, applicant) = trial(store).await;
        let one = new_document("k1", AttachTo::Trial, false);
        let two = new_document("k2", AttachTo::Trial, false);
        let (a, b) = tokio::join!(
            store.add_document(trial_id, &one, at(applicant)),
            store.add_document(trial_id, &two, at(applicant)),
        );
        assert_ne!(a.unwrap().id, b.unwrap().id);
        assert_eq!(
            store.trial_documents(trial_id, false).await.unwrap().len(),
            2
        );
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }
}

/// A document's file stays as it was uploaded: only its public flag may change, and a
/// public document of a record that is not public is refused by the database itself.
async fn documents_are_fixed_in_the_database(t: &TestStore) {
    use frirum_domain::document::{AttachTo, DocumentKind, FileType, NewDocument};
    let w = cases::world(&*t.store).await;
    let app = decisions::submitted(&*t.store, &w, "Fixed").await;
    let trial = t
        .store
        .decide(app.id, &decisions::approval(&app), cases::at(w.admin))
        .await
        .unwrap()
        .trial_id
        .unwrap();
    let document = NewDocument {
        attached_to: AttachTo::Trial,
        kind: DocumentKind::Report,
        title: "Rapport".into(),
        file_name: "rapport.pdf".into(),
        file_type: FileType::Pdf,
        size_bytes: 10,
        sha256: "00".repeat(32),
        object_key: "k".into(),
        public: false,
    };
    t.store
        .add_document(trial, &document, cases::at(w.applicant))
        .await
        .unwrap();
    for sql in [
        "UPDATE trial_documents SET sha256 = 'ff'",
        "UPDATE trial_documents SET object_key = 'other'",
        "UPDATE trial_documents SET title = 'Omskrevet'",
    ] {
        let refused = t.execute_raw(sql).await;
        assert!(
            refused.as_ref().is_err_and(|e| e.contains("fixed")),
            "{sql}: {refused:?}"
        );
    }
    t.execute_raw("UPDATE trial_documents SET public = TRUE")
        .await
        .unwrap();
}

#[tokio::test]
async fn documents_are_fixed_sqlite() {
    documents_are_fixed_in_the_database(&TestStore::sqlite().await).await;
}

#[tokio::test]
async fn documents_are_fixed_postgres() {
    if let Some(t) = TestStore::postgres().await {
        documents_are_fixed_in_the_database(&t).await;
    }
}

use documents::{
    are_kept_listed_and_journaled as documents_are_kept_listed_and_journaled,
    concurrent_uploads_are_all_kept as documents_concurrent_uploads_are_all_kept,
    of_a_missing_trial_are_refused as documents_of_a_missing_trial_are_refused,
    public_flag_follows_the_record_and_is_journaled as documents_public_flag_follows_the_record_and_is_journaled,
};

/// Trials in operation (issue 13, the foundation): the current state beside the frozen
/// record, its versions, the list and the researchers.
mod trials {
    use super::cases::{at, world};
    use super::decisions::{approval, submitted};
    use super::*;
    use frirum_domain::trial::{ChangeKind, Transition, TrialFilter, TrialState, TrialStatus};

    contract!(
        trials_start_as_approved_and_keep_every_version,
        trials_stale_versions_lose_and_one_of_two_wins,
        trials_list_filters_by_status_organisation_theme_and_researcher,
        trials_researchers_are_assigned_once_and_journaled,
        trials_statistics_group_by_and_the_list_finds_by_text,
    );

    /// The public statistics' counts (issue 17), one GROUP BY per chart, over the schemes
    /// in the statuses given; the trial list's words in the title.
    pub async fn trials_statistics_group_by_and_the_list_finds_by_text(store: &dyn Store) {
        use frirum_domain::scheme::SchemeStatus;
        use frirum_store::statistics::Tally;
        let (w, id) = approved_trial(store, "Fewer forms for families").await;
        let stats = store.statistics(&SchemeStatus::ALL, None).await.unwrap();
        let one = |key: &str| {
            vec![Tally {
                key: key.to_owned(),
                id: None,
                count: 1,
            }]
        };
        assert_eq!(stats.trials_by_status, one("planned"));
        assert_eq!(stats.decisions_by_outcome, one("approved"));
        assert_eq!(stats.trials_by_country.len(), 1);
        assert!(
            stats
                .applications_by_status
                .iter()
                .any(|t| t.key == "submitted" && t.count >= 1)
        );
        let same = store
            .statistics(&SchemeStatus::ALL, Some(w.scheme))
            .await
            .unwrap();
        assert_eq!(same, stats, "the scheme alone holds everything");
        let other = store
            .statistics(&SchemeStatus::ALL, Some(w.scheme + 1_000))
            .await
            .unwrap();
        assert!(other.trials_by_status.is_empty() && other.decisions_by_outcome.is_empty());
        let hidden = store.statistics(&[], None).await.unwrap();
        assert!(
            hidden.trials_by_status.is_empty(),
            "no status visible: nothing"
        );

        let list = |text: &str| {
            let filter = TrialFilter {
                text: Some(text.to_owned()),
                ..Default::default()
            };
            async move {
                store
                    .list_trials(&filter, PageRequest::default())
                    .await
                    .unwrap()
            }
        };
        let found = list("FORMS FOR").await;
        assert_eq!(found.total, 1);
        assert_eq!(found.items[0].id, id);
        assert!(found.items[0].last_changed_at.is_some());
        assert_eq!(list("100%").await.total, 0, "a wildcard is taken literally");
        assert_eq!(list("nothing like it").await.total, 0);
    }

    async fn approved_trial(store: &dyn Store, title: &str) -> (super::cases::World, i64) {
        let w = world(store).await;
        let app = submitted(store, &w, title).await;
        let decision = store
            .decide(app.id, &approval(&app), at(w.admin))
            .await
            .unwrap();
        (w, decision.trial_id.expect("approval creates a trial"))
    }

    pub async fn trials_start_as_approved_and_keep_every_version(store: &dyn Store) {
        let (w, id) = approved_trial(store, "Fewer forms").await;
        let trial = store.trial(id).await.unwrap().unwrap();
        let state = store.trial_state(id).await.unwrap().unwrap();
        assert_eq!(state, {
            let mut expected = TrialState::approved(&trial);
            expected.trial_id = id;
            expected
        });
        let history = store.trial_versions(id).await.unwrap();
        assert_eq!(history.len(), 1);
        assert_eq!(history[0].kind, ChangeKind::Approved);
        assert!(
            history[0].recorded_by_name.is_some(),
            "the approver is named"
        );
        let (running, version) = state
            .apply(&Transition::Start {
                on: state.planned_start,
            })
            .unwrap();
        let saved = store
            .save_trial_state(state.version, &running, &version, at(w.admin))
            .await
            .unwrap();
        assert_eq!(saved.version, 2);
        assert_eq!(saved.status, TrialStatus::Running);
        // The frozen record reports the current status; what was approved is unchanged.
        let again = store.trial(id).await.unwrap().unwrap();
        assert_eq!(again.status, TrialStatus::Running);
        assert_eq!(again.period_end, trial.period_end);
        let history = store.trial_versions(id).await.unwrap();
        assert_eq!(
            history.iter().map(|v| v.kind).collect::<Vec<_>>(),
            [ChangeKind::Approved, ChangeKind::Started]
        );
        assert_eq!(history[1].changes, version.changes);
        let journal = store
            .journal(
                frirum_domain::journal::CaseKind::Application,
                trial.application_id,
                PageRequest::default(),
            )
            .await
            .unwrap()
            .items;
        assert!(journal.iter().any(|e| e.action == "trial.started"));
        // A report verifies the status without a new version; an older moment never
        // overwrites a newer one.
        store.set_trial_verified(id, NOW).await.unwrap();
        store
            .set_trial_verified(id, NOW - Duration::days(3))
            .await
            .unwrap();
        let verified = store.trial_state(id).await.unwrap().unwrap();
        assert_eq!(verified.verified_at, Some(NOW));
        assert_eq!(verified.version, 2);
        assert!(matches!(
            store.set_trial_verified(id + 100, NOW).await,
            Err(StoreError::NotFound)
        ));
    }

    pub async fn trials_stale_versions_lose_and_one_of_two_wins(store: &dyn Store) {
        let (w, id) = approved_trial(store, "Two clerks").await;
        let state = store.trial_state(id).await.unwrap().unwrap();
        let (stopped, stop) = state
            .apply(&Transition::StopEarly {
                on: state.planned_start,
                reason: "No pupils".into(),
            })
            .unwrap();
        let (running, start) = state
            .apply(&Transition::Start {
                on: state.planned_start,
            })
            .unwrap();
        let (a, b) = tokio::join!(
            store.save_trial_state(1, &stopped, &stop, at(w.admin)),
            store.save_trial_state(1, &running, &start, at(w.admin)),
        );
        let wins = [a.is_ok(), b.is_ok()].iter().filter(|ok| **ok).count();
        assert_eq!(wins, 1, "exactly one of two simultaneous changes wins");
        let lost = if a.is_ok() { b } else { a };
        assert!(matches!(lost, Err(StoreError::EditConflict { current: 2 })));
        assert_eq!(store.trial_versions(id).await.unwrap().len(), 2);
        // A missing trial is not found.
        let mut ghost = stopped.clone();
        ghost.trial_id = id + 100;
        assert!(matches!(
            store.save_trial_state(1, &ghost, &stop, at(w.admin)).await,
            Err(StoreError::NotFound)
        ));
    }

    pub async fn trials_list_filters_by_status_organisation_theme_and_researcher(
        store: &dyn Store,
    ) {
        let (w, first) = approved_trial(store, "First").await;
        let app = submitted(store, &w, "Second").await;
        // The second application chose the scheme's theme.
        let mut with_theme = approval(&app);
        with_theme.trial.as_mut().unwrap().themes = vec![w.theme, w.theme];
        let second = store
            .decide(app.id, &with_theme, at(w.admin))
            .await
            .unwrap()
            .trial_id
            .unwrap();
        let state = store.trial_state(second).await.unwrap().unwrap();
        let (running, v) = state
            .apply(&Transition::Start {
                on: state.planned_start,
            })
            .unwrap();
        store
            .save_trial_state(1, &running, &v, at(w.admin))
            .await
            .unwrap();
        let list = |filter: TrialFilter| async move {
            store
                .list_trials(&filter, PageRequest::default())
                .await
                .unwrap()
        };
        let all = list(TrialFilter::default()).await;
        assert_eq!(all.total, 2);
        let running_only = list(TrialFilter {
            status: Some(TrialStatus::Running),
            ..Default::default()
        })
        .await;
        assert_eq!(
            running_only.items.iter().map(|t| t.id).collect::<Vec<_>>(),
            [second]
        );
        assert_eq!(running_only.items[0].scheme_id, w.scheme);
        assert_eq!(running_only.items[0].country, Country::Dk);
        let by_org = list(TrialFilter {
            organisation_id: Some(w.aarhus),
            ..Default::default()
        })
        .await;
        assert_eq!(by_org.total, 2);
        let elsewhere = list(TrialFilter {
            organisation_id: Some(w.aarhus + 10_000),
            ..Default::default()
        })
        .await;
        assert_eq!(elsewhere.total, 0);
        let by_theme = list(TrialFilter {
            theme_id: Some(w.theme),
            ..Default::default()
        })
        .await;
        assert_eq!(
            by_theme.items.iter().map(|t| t.id).collect::<Vec<_>>(),
            [second]
        );
        let researcher = store
            .create_user(&new_user("forsker@vive.dk", Role::Researcher, None), NOW)
            .await
            .unwrap()
            .id;
        store
            .assign_trial_researcher(first, researcher, at(w.admin))
            .await
            .unwrap();
        let followed = list(TrialFilter {
            researcher_id: Some(researcher),
            ..Default::default()
        })
        .await;
        assert_eq!(
            followed.items.iter().map(|t| t.id).collect::<Vec<_>>(),
            [first]
        );
        assert_eq!(
            store
                .trials_in_status(&[TrialStatus::Planned, TrialStatus::Running])
                .await
                .unwrap(),
            {
                let mut ids = vec![first, second];
                ids.sort_unstable();
                ids
            }
        );
    }

    pub async fn trials_researchers_are_assigned_once_and_journaled(store: &dyn Store) {
        let (w, id) = approved_trial(store, "Followed").await;
        let researcher = store
            .create_user(&new_user("r@vive.dk", Role::Researcher, None), NOW)
            .await
            .unwrap()
            .id;
        for _ in 0..2 {
            store
                .assign_trial_researcher(id, researcher, at(w.admin))
                .await
                .unwrap();
        }
        let assigned = store.trial_researchers(id).await.unwrap();
        assert_eq!(assigned.len(), 1, "a double click assigns once");
        assert_eq!(assigned[0].email, "r@vive.dk");
        let trial = store.trial(id).await.unwrap().unwrap();
        let journal = store
            .journal(
                frirum_domain::journal::CaseKind::Application,
                trial.application_id,
                PageRequest::default(),
            )
            .await
            .unwrap()
            .items;
        assert_eq!(
            journal
                .iter()
                .filter(|e| e.action == "trial.researcher_assigned")
                .count(),
            1
        );
        store
            .unassign_trial_researcher(id, researcher, at(w.admin))
            .await
            .unwrap();
        assert!(store.trial_researchers(id).await.unwrap().is_empty());
        assert!(matches!(
            store
                .unassign_trial_researcher(id, researcher, at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
    }
}

// --- Status reports (issue 13, item 3) ----------------------------------------------------

mod reports {
    use super::cases::{World, at, world};
    use super::decisions::{approval, submitted};
    use super::*;
    use frirum_domain::journal::{Actor, CaseKind};
    use frirum_domain::report::{
        DueReport, EventKind, LegalSecurityEvent, Milestone, MilestoneStatus, Reminder,
        ReportContent, ReportKind, ReportStatus, ReportingSchedule,
    };
    use frirum_domain::trial::Transition;
    use frirum_store::WaitingFilter;

    /// An approved trial, started on 1 January 2027; its id and application's.
    async fn running_trial(store: &dyn Store, w: &World) -> (i64, i64) {
        let app = submitted(store, w, "Fewer forms").await;
        let decision = store
            .decide(app.id, &approval(&app), at(w.admin))
            .await
            .unwrap();
        let trial_id = decision.trial_id.unwrap();
        let state = store.trial_state(trial_id).await.unwrap().unwrap();
        let (next, version) = state
            .apply(&Transition::Start {
                on: date!(2027 - 01 - 01),
            })
            .unwrap();
        store
            .save_trial_state(state.version, &next, &version, at(w.admin))
            .await
            .unwrap();
        (trial_id, app.id)
    }

    fn due() -> Vec<DueReport> {
        ReportingSchedule::default().all_reports(date!(2027 - 01 - 01), date!(2028 - 12 - 31))
    }

    fn content() -> ReportContent {
        ReportContent {
            progress: "Forty families took part.".into(),
            milestones: vec![Milestone {
                title: "First cohort".into(),
                due_date: date!(2027 - 03 - 01),
                status: MilestoneStatus::Met,
                note: String::new(),
            }],
            events: vec![LegalSecurityEvent {
                kind: EventKind::OptOut,
                date: date!(2027 - 02 - 10),
                count: 1,
                description: "A citizen chose the ordinary rules.".into(),
                handling: "Handled by the ordinary rules.".into(),
            }],
            ..ReportContent::default()
        }
    }

    async fn actions(store: &dyn Store, application_id: i64) -> Vec<String> {
        store
            .journal(
                CaseKind::Application,
                application_id,
                PageRequest::default(),
            )
            .await
            .unwrap()
            .items
            .into_iter()
            .map(|e| e.action)
            .collect()
    }

    pub async fn schedule_defaults_then_saved_and_journaled(store: &dyn Store) {
        let w = world(store).await;
        assert_eq!(
            store.reporting_schedule(w.scheme).await.unwrap(),
            ReportingSchedule::default()
        );
        let yearly = ReportingSchedule {
            every_months: 12,
            final_after_days: 120,
            grace_days: 30,
            remind_before_days: 21,
            remind_after_days: 0,
        };
        store
            .set_reporting_schedule(w.scheme, &yearly, at(w.admin))
            .await
            .unwrap();
        assert_eq!(store.reporting_schedule(w.scheme).await.unwrap(), yearly);
        // Saved again, it replaces the row.
        let twice = ReportingSchedule {
            grace_days: 45,
            ..yearly
        };
        store
            .set_reporting_schedule(w.scheme, &twice, at(w.admin))
            .await
            .unwrap();
        assert_eq!(store.reporting_schedule(w.scheme).await.unwrap(), twice);
        assert!(matches!(
            store
                .set_reporting_schedule(w.scheme + 1000, &yearly, at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        let journal = store
            .journal(CaseKind::Scheme, w.scheme, PageRequest::default())
            .await
            .unwrap();
        let last = journal.items.last().unwrap();
        assert_eq!(last.action, "scheme.reporting_schedule_changed");
        assert_eq!(last.changes["grace_days"], 45);
    }

    pub async fn due_are_created_once_even_when_upkeep_races(store: &dyn Store) {
        let w = world(store).await;
        let (trial, application) = running_trial(store, &w).await;
        let due = due();
        let owed = &due[..2];
        let system = Actor {
            user_id: None,
            reason: None,
            at: NOW,
        };
        let initial = ReportContent::carried_forward(&content());
        // Two upkeep runs at once create each report once.
        let (a, b) = tokio::join!(
            store.create_due_reports(trial, owed, &initial, system),
            store.create_due_reports(trial, owed, &initial, system),
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!(a.len() + b.len(), 2);
        let again = store
            .create_due_reports(trial, owed, &initial, system)
            .await
            .unwrap();
        assert!(again.is_empty());
        let reports = store.trial_reports(trial).await.unwrap();
        assert_eq!(reports.len(), 2);
        assert_eq!(reports[0].due_date, date!(2027 - 07 - 01));
        assert_eq!(reports[0].period_start, date!(2027 - 01 - 01));
        assert_eq!(reports[0].kind, ReportKind::Periodic);
        assert_eq!(reports[0].status, ReportStatus::Draft);
        assert_eq!(reports[0].version, 1);
        assert_eq!(reports[0].content.milestones, content().milestones);
        assert!(reports[0].reminded.is_empty());
        assert_eq!(
            store.report(reports[1].id).await.unwrap().unwrap(),
            reports[1]
        );
        // The final report is another kind on its own date.
        let last = store
            .create_due_reports(trial, &due, &initial, system)
            .await
            .unwrap();
        assert_eq!(last.len(), due.len() - 2);
        assert_eq!(last.last().unwrap().kind, ReportKind::Final);
        let created = actions(store, application)
            .await
            .into_iter()
            .filter(|a| a == "trial.report_due")
            .count();
        assert_eq!(created, due.len());
        assert!(matches!(
            store
                .create_due_reports(trial + 1000, owed, &initial, system)
                .await,
            Err(StoreError::NotFound)
        ));
        assert!(store.report(999_999).await.unwrap().is_none());
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }

    pub async fn workflow_checks_versions_and_verifies_the_trial(store: &dyn Store) {
        let w = world(store).await;
        let (trial, application) = running_trial(store, &w).await;
        let system = Actor {
            user_id: None,
            reason: None,
            at: NOW,
        };
        let report = store
            .create_due_reports(trial, &due()[..1], &ReportContent::default(), system)
            .await
            .unwrap()
            .remove(0);
        let later = NOW + Duration::days(1);
        let applicant = Actor::user(w.applicant, later);
        let saved = store
            .save_report(report.id, 1, &content(), applicant)
            .await
            .unwrap();
        assert_eq!(saved.version, 2);
        assert_eq!(saved.content, content());
        assert_eq!(saved.updated_at, later);
        // A form from the version before is refused and changes nothing.
        assert!(matches!(
            store
                .save_report(report.id, 1, &ReportContent::default(), applicant)
                .await,
            Err(StoreError::EditConflict { current: 2 })
        ));
        assert!(matches!(
            store.accept_report(report.id, 2, at(w.admin)).await,
            Err(StoreError::EditConflict { .. })
        ));
        assert!(
            store
                .trial_state(trial)
                .await
                .unwrap()
                .unwrap()
                .verified_at
                .is_none()
        );
        let submitted = store
            .submit_report(report.id, 2, &content(), applicant)
            .await
            .unwrap();
        assert_eq!(submitted.status, ReportStatus::Submitted);
        assert_eq!(submitted.submitted_at, Some(later));
        assert_eq!(submitted.submitted_by_name.as_deref(), Some("Ida Hansen"));
        // Submitting is the trial's own word: only acceptance confirms the status.
        let state = store.trial_state(trial).await.unwrap().unwrap();
        assert_eq!(state.verified_at, None);
        // Once submitted its writers can no longer change it.
        assert!(matches!(
            store.save_report(report.id, 3, &content(), applicant).await,
            Err(StoreError::EditConflict { current: 3 })
        ));
        let returned = store
            .return_report(report.id, 3, "Add the second cohort.", at(w.admin))
            .await
            .unwrap();
        assert_eq!(returned.status, ReportStatus::Returned);
        assert_eq!(returned.return_comment, "Add the second cohort.");
        assert_eq!(returned.decided_by_name.as_deref(), Some("Ida Hansen"));
        let resubmitted = store
            .submit_report(report.id, 4, &content(), applicant)
            .await
            .unwrap();
        assert_eq!(resubmitted.version, 5);
        // Two secretariat members deciding at once: one wins, the other gets a conflict.
        let (a, b) = tokio::join!(
            store.accept_report(report.id, 5, at(w.admin)),
            store.return_report(report.id, 5, "Too late.", at(w.admin)),
        );
        assert!(a.is_ok() ^ b.is_ok(), "exactly one decision wins");
        let loser = match (a, b) {
            (Ok(_), Err(e)) | (Err(e), Ok(_)) => e,
            _ => unreachable!("exactly one decision wins"),
        };
        assert!(matches!(loser, StoreError::EditConflict { current: 6 }));
        let last = store.report(report.id).await.unwrap().unwrap();
        assert_eq!(last.version, 6);
        let state = store.trial_state(trial).await.unwrap().unwrap();
        if last.status == ReportStatus::Accepted {
            assert_eq!(
                state.verified_at,
                Some(NOW),
                "acceptance confirms the status"
            );
        } else {
            assert_eq!(
                state.verified_at, None,
                "a returned report confirms nothing"
            );
        }
        assert!(matches!(
            store.save_report(999_999, 1, &content(), applicant).await,
            Err(StoreError::NotFound)
        ));
        let journal = actions(store, application).await;
        for action in [
            "trial.report_saved",
            "trial.report_submitted",
            "trial.report_returned",
        ] {
            assert!(journal.iter().any(|a| a == action), "{action} is journaled");
        }
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }

    pub async fn waiting_reports_and_reminders_once(store: &dyn Store) {
        let w = world(store).await;
        let (trial, _) = running_trial(store, &w).await;
        let system = Actor {
            user_id: None,
            reason: None,
            at: NOW,
        };
        let reports = store
            .create_due_reports(trial, &due()[..2], &ReportContent::default(), system)
            .await
            .unwrap();
        let all = store
            .waiting_reports(&WaitingFilter::default())
            .await
            .unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].trial_id, trial);
        assert_eq!(all[0].case_number, "DK2019-R1-001");
        assert_eq!(all[0].participant_ids, {
            let mut ids = vec![w.aarhus, w.kbh];
            ids.sort_unstable();
            ids
        });
        // Overdue on a day: due before it.
        let overdue = store
            .waiting_reports(&WaitingFilter {
                due_before: Some(date!(2027 - 07 - 02)),
                ..WaitingFilter::default()
            })
            .await
            .unwrap();
        assert_eq!(overdue.len(), 1);
        assert_eq!(overdue[0].report_id, reports[0].id);
        // By organisation taking part.
        let kbh = store
            .waiting_reports(&WaitingFilter {
                organisation_id: Some(w.kbh),
                ..WaitingFilter::default()
            })
            .await
            .unwrap();
        assert_eq!(kbh.len(), 2);
        let other = store
            .organisation(Country::Dk, "173")
            .await
            .unwrap()
            .unwrap()
            .id;
        let none = store
            .waiting_reports(&WaitingFilter {
                organisation_id: Some(other),
                ..WaitingFilter::default()
            })
            .await
            .unwrap();
        assert!(none.is_empty());
        // A submitted report waits no more.
        store
            .submit_report(reports[0].id, 1, &content(), at(w.applicant))
            .await
            .unwrap();
        assert_eq!(
            store
                .waiting_reports(&WaitingFilter::default())
                .await
                .unwrap()
                .len(),
            1
        );
        // Each reminder is noted once, even by two at once.
        let id = reports[1].id;
        let (a, b) = tokio::join!(
            store.mark_reminded(id, Reminder::Before, NOW),
            store.mark_reminded(id, Reminder::Before, NOW),
        );
        assert!(a.unwrap() ^ b.unwrap());
        assert!(store.mark_reminded(id, Reminder::After, NOW).await.unwrap());
        assert!(!store.mark_reminded(id, Reminder::After, NOW).await.unwrap());
        let report = store.report(id).await.unwrap().unwrap();
        assert_eq!(report.reminded, vec![Reminder::Before, Reminder::After]);
        assert!(
            !store
                .mark_reminded(999_999, Reminder::After, NOW)
                .await
                .unwrap()
        );
    }
}

use reports::{
    due_are_created_once_even_when_upkeep_races as reports_due_are_created_once_even_when_upkeep_races,
    schedule_defaults_then_saved_and_journaled as reports_schedule_defaults_then_saved_and_journaled,
    waiting_reports_and_reminders_once as reports_waiting_reports_and_reminders_once,
    workflow_checks_versions_and_verifies_the_trial as reports_workflow_checks_versions_and_verifies_the_trial,
};

// --- Indicators measured over time (issue 13, item 2) -----------------------------------------

mod indicators {
    use super::cases::{at, world};
    use super::*;
    use frirum_domain::indicator::{
        ActualValue, Breakdown, CategoryActual, IndicatorDefinition, UpdateInput, UpdateStatus,
        Verdict, periods,
    };
    use frirum_domain::journal::CaseKind;
    use frirum_store::{NewIndicator, UpdateWrite};

    pub struct Trial {
        pub w: super::cases::World,
        pub id: i64,
        pub application_id: i64,
    }

    /// An approved application's trial, running 2027–2030.
    pub async fn trial(store: &dyn Store) -> Trial {
        let w = world(store).await;
        let app = super::decisions::submitted(store, &w, "Measured").await;
        let decision = store
            .decide(app.id, &super::decisions::approval(&app), at(w.admin))
            .await
            .unwrap();
        Trial {
            w,
            id: decision.trial_id.unwrap(),
            application_id: app.id,
        }
    }

    pub fn new_indicator(title: &str) -> NewIndicator {
        let definition = IndicatorDefinition {
            title: title.into(),
            unit: "days".into(),
            baseline_value: Some(40.0),
            target_value: Some(20.0),
            breakdown: Some(Breakdown {
                dimension: "District".into(),
                categories: vec!["North".into(), "South".into()],
            }),
            ..IndicatorDefinition::default()
        };
        let periods = periods(date!(2027 - 01 - 01), date!(2030 - 12 - 31), &definition);
        NewIndicator {
            definition,
            periods,
        }
    }

    fn revision_of(
        definition: &IndicatorDefinition,
        periods: &[frirum_domain::indicator::NewPeriod],
    ) -> NewIndicator {
        NewIndicator {
            definition: definition.clone(),
            periods: periods.to_vec(),
        }
    }

    fn input(value: f64, submit: bool) -> UpdateInput {
        UpdateInput {
            value: Some(ActualValue::Number(value)),
            breakdown: vec![CategoryActual {
                category: "North".into(),
                value: ActualValue::Number(value + 1.0),
            }],
            comment: "Invented figure".into(),
            submit,
        }
    }

    fn write(period_id: i64, expected_version: Option<i64>, input: UpdateInput) -> UpdateWrite {
        UpdateWrite {
            period_id,
            expected_version,
            input,
        }
    }

    async fn actions(store: &dyn Store, application_id: i64) -> Vec<String> {
        store
            .journal(
                CaseKind::Application,
                application_id,
                PageRequest::default(),
            )
            .await
            .unwrap()
            .items
            .into_iter()
            .map(|e| e.action)
            .filter(|a| a.starts_with("indicator"))
            .collect()
    }

    /// The first indicators are created once; more are added after them; an edit keeps the
    /// definition before it and is refused on a stale revision.
    pub async fn seeded_once_added_and_revised_with_history(store: &dyn Store) {
        let t = trial(store).await;
        assert!(store.trial_indicators(t.id).await.unwrap().is_empty());
        let first = [new_indicator("Days to a decision")];
        let (a, b) = tokio::join!(
            store.seed_indicators(t.id, &first, at(t.w.admin)),
            store.seed_indicators(t.id, &first, at(t.w.admin)),
        );
        assert!(a.unwrap() ^ b.unwrap(), "seeded exactly once");
        assert!(matches!(
            store.seed_indicators(987_654, &first, at(t.w.admin)).await,
            Err(StoreError::NotFound)
        ));
        let added = store
            .add_indicator(t.id, &new_indicator("Complaints"), at(t.w.admin))
            .await
            .unwrap();
        assert_eq!((added.position, added.revision), (2, 1));
        let all = store.trial_indicators(t.id).await.unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].indicator.definition.title, "Days to a decision");
        assert_eq!(all[0].indicator.definition.categories().len(), 2);
        assert_eq!(all[0].periods.len(), 4);
        assert_eq!(all[0].periods[0].period.start, date!(2027 - 01 - 01));
        assert_eq!(all[0].periods[3].period.target, Some(20.0));

        let id = all[0].indicator.id;
        let mut changed = all[0].indicator.definition.clone();
        changed.target_value = Some(15.0);
        let new_periods = periods(date!(2027 - 01 - 01), date!(2030 - 12 - 31), &changed);
        assert!(matches!(
            store
                .revise_indicator(
                    t.id,
                    id,
                    7,
                    &revision_of(&changed, &new_periods),
                    "Stricter",
                    at(t.w.admin)
                )
                .await,
            Err(StoreError::EditConflict { current: 1 })
        ));
        let revised = store
            .revise_indicator(
                t.id,
                id,
                1,
                &revision_of(&changed, &new_periods),
                "Stricter",
                at(t.w.admin),
            )
            .await
            .unwrap();
        assert_eq!(revised.revision, 2);
        assert_eq!(revised.definition.target_value, Some(15.0));
        let all = store.trial_indicators(t.id).await.unwrap();
        assert_eq!(all[0].revisions.len(), 1);
        assert_eq!(all[0].revisions[0].revision, 1);
        assert_eq!(all[0].revisions[0].definition.target_value, Some(20.0));
        assert_eq!(all[0].revisions[0].reason, "Stricter");
        assert_eq!(all[0].periods[3].period.target, Some(15.0));
        // Another trial's indicator is not found through this one.
        assert!(matches!(
            store
                .revise_indicator(
                    t.id,
                    987_654,
                    1,
                    &revision_of(&changed, &new_periods),
                    "x",
                    at(t.w.admin)
                )
                .await,
            Err(StoreError::NotFound)
        ));
        assert_eq!(
            actions(store, t.application_id).await,
            ["indicators.created", "indicator.added", "indicator.revised"]
        );
    }

    /// Draft → submitted → returned → submitted → approved; a submitted update waits, an
    /// approved one locks its period, a stale version is refused, and a batch with one
    /// refused period stores nothing.
    pub async fn actuals_follow_the_review_workflow(store: &dyn Store) {
        let t = trial(store).await;
        store
            .seed_indicators(t.id, &[new_indicator("Days")], at(t.w.admin))
            .await
            .unwrap();
        let ti = &store.trial_indicators(t.id).await.unwrap()[0];
        let (p1, p2) = (ti.periods[0].period.id, ti.periods[1].period.id);

        let draft = store
            .save_updates(
                t.id,
                &[write(p1, None, input(38.0, false))],
                at(t.w.applicant),
            )
            .await
            .unwrap();
        assert_eq!(draft[0].status, UpdateStatus::Draft);
        assert_eq!(draft[0].version, 1);
        assert_eq!(draft[0].breakdown[0].category, "North");
        assert!(matches!(
            store
                .save_updates(
                    t.id,
                    &[write(p1, Some(5), input(37.0, true))],
                    at(t.w.applicant)
                )
                .await,
            Err(StoreError::EditConflict { current: 1 })
        ));
        let sent = store
            .save_updates(
                t.id,
                &[write(p1, Some(1), input(37.0, true))],
                at(t.w.applicant),
            )
            .await
            .unwrap();
        assert_eq!(
            (sent[0].status, sent[0].version),
            (UpdateStatus::Submitted, 2)
        );
        assert_eq!(sent[0].value, Some(ActualValue::Number(37.0)));
        assert!(matches!(
            store
                .save_updates(
                    t.id,
                    &[write(p1, None, input(36.0, true))],
                    at(t.w.applicant)
                )
                .await,
            Err(StoreError::WrongState {
                what: StateOf::IndicatorUpdate,
                ..
            })
        ));
        assert_eq!(
            store.updates_awaiting_review(None).await.unwrap(),
            [(t.id, 1)]
        );
        assert!(
            store
                .updates_awaiting_review(Some(&[t.id + 1]))
                .await
                .unwrap()
                .is_empty()
        );

        let returned = store
            .review_update(
                t.id,
                sent[0].id,
                2,
                Verdict::Return,
                "Count again",
                at(t.w.admin),
            )
            .await
            .unwrap();
        assert_eq!(returned.status, UpdateStatus::Returned);
        assert_eq!(returned.reviewer_comment, "Count again");
        assert!(returned.reviewed_at.is_some());
        // Only a submitted update is reviewed.
        assert!(matches!(
            store
                .review_update(t.id, sent[0].id, 3, Verdict::Approve, "", at(t.w.admin))
                .await,
            Err(StoreError::WrongState { what: StateOf::IndicatorUpdate, current }) if current == "returned"
        ));
        let again = store
            .save_updates(
                t.id,
                &[write(p1, Some(3), input(36.0, true))],
                at(t.w.applicant),
            )
            .await
            .unwrap();
        let approved = store
            .review_update(
                t.id,
                again[0].id,
                again[0].version,
                Verdict::Approve,
                "",
                at(t.w.admin),
            )
            .await
            .unwrap();
        assert_eq!(approved.status, UpdateStatus::Approved);

        // The approved period is locked; a batch that touches it stores nothing at all.
        let refused = store
            .save_updates(
                t.id,
                &[
                    write(p2, None, input(30.0, false)),
                    write(p1, None, input(1.0, false)),
                ],
                at(t.w.applicant),
            )
            .await;
        assert!(
            matches!(
                refused,
                Err(StoreError::WrongState { what: StateOf::IndicatorPeriod, ref current }) if current == "locked"
            ),
            "{refused:?}"
        );
        let ti = &store.trial_indicators(t.id).await.unwrap()[0];
        assert!(ti.periods[1].update.is_none(), "nothing half-stored");
        assert!(ti.periods[0].locked());
        assert_eq!(
            ti.periods[0].update.as_ref().unwrap().value,
            Some(ActualValue::Number(36.0))
        );
        // A period of another trial is not found through this one.
        let other = super::decisions::submitted(store, &t.w, "Other").await;
        let other_trial = store
            .decide(other.id, &super::decisions::approval(&other), at(t.w.admin))
            .await
            .unwrap()
            .trial_id
            .unwrap();
        assert!(matches!(
            store
                .save_updates(
                    other_trial,
                    &[write(p2, None, input(3.0, false))],
                    at(t.w.applicant)
                )
                .await,
            Err(StoreError::NotFound)
        ));
        // A revised target leaves the locked period's target as it was.
        let before = ti.periods[0].period.target;
        let mut changed = ti.indicator.definition.clone();
        changed.baseline_value = Some(80.0);
        let new_periods = periods(date!(2027 - 01 - 01), date!(2030 - 12 - 31), &changed);
        store
            .revise_indicator(
                t.id,
                ti.indicator.id,
                1,
                &revision_of(&changed, &new_periods),
                "Rebased",
                at(t.w.admin),
            )
            .await
            .unwrap();
        let ti = &store.trial_indicators(t.id).await.unwrap()[0];
        assert_eq!(ti.periods[0].period.target, before);
        assert_ne!(
            ti.periods[1].period.target,
            new_indicator("x").periods[1].target
        );
        assert_eq!(
            actions(store, t.application_id).await,
            [
                "indicators.created",
                "indicator.actuals_reported",
                "indicator.actuals_reported",
                "indicator.update_returned",
                "indicator.actuals_reported",
                "indicator.update_approved",
                "indicator.revised",
            ]
        );
    }

    /// An extended trial's indicator gets the periods after its last one, once.
    pub async fn periods_are_added_once(store: &dyn Store) {
        let t = trial(store).await;
        store
            .seed_indicators(t.id, &[new_indicator("Days")], at(t.w.admin))
            .await
            .unwrap();
        let ti = store.trial_indicators(t.id).await.unwrap().remove(0);
        let more = [frirum_domain::indicator::NewPeriod {
            start: date!(2031 - 01 - 01),
            end: date!(2031 - 06 - 30),
            target: Some(18.0),
        }];
        let id = ti.indicator.id;
        assert_eq!(
            store
                .add_periods(t.id, id, &more, at(t.w.admin))
                .await
                .unwrap(),
            1
        );
        assert_eq!(
            store
                .add_periods(t.id, id, &more, at(t.w.admin))
                .await
                .unwrap(),
            0
        );
        assert!(matches!(
            store.add_periods(t.id, 987_654, &more, at(t.w.admin)).await,
            Err(StoreError::NotFound)
        ));
        let ti = store.trial_indicators(t.id).await.unwrap().remove(0);
        assert_eq!(ti.periods.len(), 5);
        assert_eq!(ti.periods[4].period.end, date!(2031 - 06 - 30));
        assert_eq!(ti.periods[4].period.target, Some(18.0));
        assert_eq!(
            actions(store, t.application_id).await,
            ["indicators.created", "indicator.periods_added"]
        );
    }

    /// Two reviewers answer the same update at once: one wins, the other is refused.
    pub async fn two_reviewers_one_wins(store: &dyn Store) {
        let t = trial(store).await;
        store
            .seed_indicators(t.id, &[new_indicator("Days")], at(t.w.admin))
            .await
            .unwrap();
        let p = store.trial_indicators(t.id).await.unwrap()[0].periods[0]
            .period
            .id;
        let sent = store
            .save_updates(
                t.id,
                &[write(p, None, input(30.0, true))],
                at(t.w.applicant),
            )
            .await
            .unwrap()
            .remove(0);
        let (a, b) = tokio::join!(
            store.review_update(
                t.id,
                sent.id,
                sent.version,
                Verdict::Approve,
                "",
                at(t.w.admin)
            ),
            store.review_update(
                t.id,
                sent.id,
                sent.version,
                Verdict::Return,
                "No",
                at(t.w.admin)
            ),
        );
        assert!(a.is_ok() ^ b.is_ok(), "{a:?} {b:?}");
        let loser = if a.is_ok() { b } else { a };
        assert!(
            matches!(loser, Err(StoreError::EditConflict { .. })),
            "{loser:?}"
        );
        let reviews = actions(store, t.application_id)
            .await
            .into_iter()
            .filter(|a| a.starts_with("indicator.update_"))
            .count();
        assert_eq!(reviews, 1);
    }
}

use indicators::{
    actuals_follow_the_review_workflow as indicators_actuals_follow_the_review_workflow,
    periods_are_added_once as indicators_periods_are_added_once,
    seeded_once_added_and_revised_with_history as indicators_seeded_once_added_and_revised_with_history,
    two_reviewers_one_wins as indicators_two_reviewers_one_wins,
};

/// An approved actual cannot be changed or deleted even by SQL that skips the store.
async fn indicators_locked_in_the_database(t: &TestStore) {
    let store = &*t.store;
    let tr = indicators::trial(store).await;
    store
        .seed_indicators(
            tr.id,
            &[indicators::new_indicator("Days")],
            cases::at(tr.w.admin),
        )
        .await
        .unwrap();
    let p = store.trial_indicators(tr.id).await.unwrap()[0].periods[0]
        .period
        .id;
    let input = frirum_domain::indicator::UpdateInput {
        value: Some(frirum_domain::indicator::ActualValue::Number(3.0)),
        submit: true,
        ..Default::default()
    };
    let sent = store
        .save_updates(
            tr.id,
            &[frirum_store::UpdateWrite {
                period_id: p,
                expected_version: None,
                input,
            }],
            cases::at(tr.w.applicant),
        )
        .await
        .unwrap()
        .remove(0);
    store
        .review_update(
            tr.id,
            sent.id,
            sent.version,
            frirum_domain::indicator::Verdict::Approve,
            "",
            cases::at(tr.w.admin),
        )
        .await
        .unwrap();
    for sql in [
        "UPDATE indicator_updates SET value_number = 99",
        "UPDATE indicator_updates SET status = 'draft'",
        "DELETE FROM indicator_updates",
    ] {
        let refused = t.execute_raw(sql).await;
        assert!(
            refused.as_ref().is_err_and(|e| e.contains("period_locked")),
            "{sql}: {refused:?}"
        );
    }
}

#[tokio::test]
async fn indicators_locked_in_the_database_sqlite() {
    indicators_locked_in_the_database(&TestStore::sqlite().await).await;
}

#[tokio::test]
async fn indicators_locked_in_the_database_postgres() {
    if let Some(t) = TestStore::postgres().await {
        indicators_locked_in_the_database(&t).await;
    }
}

// --- Stimulus funds (issue 13, item 7) -------------------------------------------------------
mod funds {
    use super::cases::{at, world};
    use super::decisions::{approval, submitted};
    use super::*;
    use frirum_domain::funds::{
        Budget, BudgetFigures, BudgetYear, Currency, FundError, NewAllocation, NewPayment,
        NewSpending,
    };
    use frirum_domain::journal::CaseKind;

    contract!(
        funds_budgets_are_set_versioned_and_journaled,
        funds_allocations_stay_within_the_budget,
        funds_racing_allocations_never_exceed_the_budget,
        funds_payments_never_exceed_the_award,
        funds_spending_is_reported_in_the_award_currency,
    );

    /// A world with two approved trials of its one scheme.
    async fn two_trials(store: &dyn Store) -> (super::cases::World, i64, i64) {
        let w = world(store).await;
        let mut ids = Vec::new();
        for title in ["Én plan", "Fewer forms"] {
            let app = submitted(store, &w, title).await;
            let decision = store
                .decide(app.id, &approval(&app), at(w.admin))
                .await
                .unwrap();
            ids.push(decision.trial_id.unwrap());
        }
        (w, ids[0], ids[1])
    }

    fn budget(total: i64, years: &[(i32, i64)]) -> Budget {
        Budget {
            currency: Currency::Dkk,
            total,
            years: years
                .iter()
                .map(|&(year, amount)| BudgetYear { year, amount })
                .collect(),
        }
    }

    fn award(amount: i64, on: time::Date) -> NewAllocation {
        NewAllocation {
            amount_applied_for: Some(amount * 2),
            amount_awarded: amount,
            award_date: on,
            planned_start: date!(2027 - 01 - 01),
            planned_end: date!(2030 - 12 - 31),
        }
    }

    fn payment(amount: i64) -> NewPayment {
        NewPayment {
            paid_on: date!(2027 - 02 - 01),
            amount,
            reference: "UDB-2027-17".into(),
        }
    }

    pub async fn funds_budgets_are_set_versioned_and_journaled(store: &dyn Store) {
        let w = world(store).await;
        assert_eq!(store.scheme_budget(w.scheme).await.unwrap(), None);
        let first = store
            .set_scheme_budget(
                w.scheme,
                Some(&budget(1_000, &[(2027, 600), (2028, 400)])),
                at(w.admin),
            )
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        assert_eq!(first.version, 1);
        assert_eq!(first.budget.years.len(), 2);
        assert_eq!(first.updated_at, NOW);
        assert_eq!(store.scheme_budget(w.scheme).await.unwrap(), Some(first));
        let second = store
            .set_scheme_budget(w.scheme, Some(&budget(2_000, &[])), at(w.admin))
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        assert_eq!(second.version, 2);
        assert!(second.budget.years.is_empty(), "the split is replaced");
        // Nothing allocated: the budget can go, and the scheme has no funds again.
        assert_eq!(
            store
                .set_scheme_budget(w.scheme, None, at(w.admin))
                .await
                .unwrap()
                .unwrap(),
            None
        );
        assert_eq!(store.scheme_budget(w.scheme).await.unwrap(), None);
        assert!(matches!(
            store
                .set_scheme_budget(w.scheme + 1000, Some(&budget(1, &[])), at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        let journal = store
            .journal(CaseKind::Scheme, w.scheme, PageRequest::default())
            .await
            .unwrap();
        let set: Vec<_> = journal
            .items
            .iter()
            .filter(|e| e.action == "scheme.budget_set")
            .collect();
        assert_eq!(set.len(), 3);
        assert_eq!(set[0].changes["after"]["total"], 1_000);
        assert_eq!(set[1].changes["before"]["years"][0]["year"], 2027);
        assert!(set[2].changes["after"].is_null());
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }

    pub async fn funds_allocations_stay_within_the_budget(store: &dyn Store) {
        let (w, one, two) = two_trials(store).await;
        // No budget: nothing can be allocated.
        assert_eq!(
            store
                .allocate(one, &award(10, date!(2027 - 01 - 10)), at(w.admin))
                .await
                .unwrap(),
            Err(FundError::NoBudget)
        );
        store
            .set_scheme_budget(
                w.scheme,
                Some(&budget(1_000, &[(2027, 600), (2028, 400)])),
                at(w.admin),
            )
            .await
            .unwrap()
            .unwrap();
        let first = store
            .allocate(one, &award(500, date!(2027 - 01 - 10)), at(w.admin))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(first.trial_id, one);
        assert_eq!(first.scheme_id, w.scheme);
        assert_eq!(first.currency, Currency::Dkk);
        assert_eq!(first.amount_applied_for, Some(1_000));
        assert_eq!(first.amount_disbursed, 0);
        assert_eq!(first.case_number, "DK2019-R1-001");
        assert_eq!(first.trial_title, "Én plan");
        // The year 2027 has 100 left, the whole budget 500.
        assert_eq!(
            store
                .allocate(two, &award(101, date!(2027 - 06 - 01)), at(w.admin))
                .await
                .unwrap(),
            Err(FundError::BudgetExceeded(BudgetFigures {
                currency: Currency::Dkk,
                total: 600,
                allocated: 500,
                remaining: 100,
                requested: 101,
                year: Some(2027),
            }))
        );
        assert!(matches!(
            store
                .allocate(two, &award(1, date!(2029 - 01 - 01)), at(w.admin))
                .await
                .unwrap(),
            Err(FundError::YearNotInBudget { year: 2029, .. })
        ));
        store
            .allocate(two, &award(400, date!(2028 - 01 - 05)), at(w.admin))
            .await
            .unwrap()
            .unwrap();
        // Unsplit, the whole budget's remainder counts: 100 left.
        store
            .set_scheme_budget(w.scheme, Some(&budget(1_000, &[])), at(w.admin))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            store
                .allocate(two, &award(101, date!(2029 - 01 - 01)), at(w.admin))
                .await
                .unwrap(),
            Err(FundError::BudgetExceeded(BudgetFigures {
                currency: Currency::Dkk,
                total: 1_000,
                allocated: 900,
                remaining: 100,
                requested: 101,
                year: None,
            }))
        );
        let list = store.scheme_allocations(w.scheme).await.unwrap();
        assert_eq!(
            list.iter()
                .map(|a| (a.trial_id, a.amount_awarded))
                .collect::<Vec<_>>(),
            vec![(one, 500), (two, 400)]
        );
        // The budget cannot shrink below what is allocated, change currency, or go.
        assert!(matches!(
            store
                .set_scheme_budget(w.scheme, Some(&budget(899, &[])), at(w.admin))
                .await
                .unwrap(),
            Err(FundError::BelowAllocated { allocated: 900, .. })
        ));
        let euros = Budget {
            currency: Currency::Eur,
            ..budget(5_000, &[])
        };
        assert_eq!(
            store
                .set_scheme_budget(w.scheme, Some(&euros), at(w.admin))
                .await
                .unwrap(),
            Err(FundError::CurrencyFixed {
                currency: Currency::Dkk
            })
        );
        assert!(
            store
                .set_scheme_budget(w.scheme, None, at(w.admin))
                .await
                .unwrap()
                .is_err()
        );
        assert_eq!(
            store
                .scheme_budget(w.scheme)
                .await
                .unwrap()
                .unwrap()
                .budget
                .total,
            1_000
        );
        // A missing trial is not found.
        assert!(matches!(
            store
                .allocate(two + 1000, &award(1, date!(2027 - 01 - 10)), at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        // Each allocation is journaled on its trial's application.
        let trial = store.trial(one).await.unwrap().unwrap();
        let journal = store
            .journal(
                CaseKind::Application,
                trial.application_id,
                PageRequest::default(),
            )
            .await
            .unwrap();
        let entry = journal
            .items
            .iter()
            .find(|e| e.action == "trial.funds_allocated")
            .expect("journaled");
        assert_eq!(entry.changes["allocation"]["amount_awarded"], 500);
        assert_eq!(entry.changes["currency"], "DKK");
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }

    /// Two allocations at once to two trials of one scheme, each within the budget alone
    /// but not together: one is allocated, the other refused with the first counted.
    pub async fn funds_racing_allocations_never_exceed_the_budget(store: &dyn Store) {
        let (w, one, two) = two_trials(store).await;
        store
            .set_scheme_budget(w.scheme, Some(&budget(100, &[])), at(w.admin))
            .await
            .unwrap()
            .unwrap();
        let first = award(60, date!(2027 - 01 - 10));
        let second = award(60, date!(2027 - 01 - 10));
        let (a, b) = tokio::join!(
            store.allocate(one, &first, at(w.admin)),
            store.allocate(two, &second, at(w.admin)),
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert!(a.is_ok() ^ b.is_ok(), "{a:?} {b:?}");
        let refused = if a.is_ok() { b } else { a };
        assert!(matches!(
            refused,
            Err(FundError::BudgetExceeded(BudgetFigures {
                allocated: 60,
                remaining: 40,
                requested: 60,
                ..
            }))
        ));
        let allocated: i64 = store
            .scheme_allocations(w.scheme)
            .await
            .unwrap()
            .iter()
            .map(|a| a.amount_awarded)
            .sum();
        assert_eq!(allocated, 60);
    }

    pub async fn funds_payments_never_exceed_the_award(store: &dyn Store) {
        let (w, one, two) = two_trials(store).await;
        store
            .set_scheme_budget(w.scheme, Some(&budget(1_000, &[])), at(w.admin))
            .await
            .unwrap()
            .unwrap();
        let allocation = store
            .allocate(one, &award(100, date!(2027 - 01 - 10)), at(w.admin))
            .await
            .unwrap()
            .unwrap();
        let paid = store
            .record_payment(one, allocation.id, &payment(30), at(w.admin))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(paid.amount, 30);
        assert_eq!(paid.reference, "UDB-2027-17");
        assert_eq!(paid.paid_on, date!(2027 - 02 - 01));
        assert_eq!(
            store
                .record_payment(one, allocation.id, &payment(71), at(w.admin))
                .await
                .unwrap(),
            Err(FundError::PaymentExceedsAward {
                currency: Currency::Dkk,
                awarded: 100,
                disbursed: 30,
                remaining: 70,
                requested: 71,
            })
        );
        // Another trial's allocation is not found through this one.
        assert!(matches!(
            store
                .record_payment(two, allocation.id, &payment(1), at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        // Two payments at once that fit only one at a time: one is recorded.
        let forty = payment(40);
        let (a, b) = tokio::join!(
            store.record_payment(one, allocation.id, &forty, at(w.admin)),
            store.record_payment(one, allocation.id, &forty, at(w.admin)),
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert!(a.is_ok() ^ b.is_ok(), "{a:?} {b:?}");
        let funds = store.trial_funds(one).await.unwrap();
        assert_eq!(funds.allocations.len(), 1);
        assert_eq!(funds.allocations[0].amount_disbursed, 70);
        assert_eq!(funds.payments.len(), 2);
        assert_eq!(funds.totals().awarded, 100);
        assert_eq!(funds.totals().disbursed, 70);
        assert!(store.trial_funds(two).await.unwrap().allocations.is_empty());
        let trial = store.trial(one).await.unwrap().unwrap();
        let journal = store
            .journal(
                CaseKind::Application,
                trial.application_id,
                PageRequest::default(),
            )
            .await
            .unwrap();
        assert_eq!(
            journal
                .items
                .iter()
                .filter(|e| e.action == "trial.payment_recorded")
                .count(),
            2
        );
    }

    pub async fn funds_spending_is_reported_in_the_award_currency(store: &dyn Store) {
        let (w, one, _) = two_trials(store).await;
        let spent = NewSpending {
            period_start: date!(2027 - 01 - 01),
            period_end: date!(2027 - 06 - 30),
            amount: 25,
            purpose: "Teachers' hours for the new timetable".into(),
        };
        assert_eq!(
            store
                .report_spending(one, &spent, at(w.applicant))
                .await
                .unwrap(),
            Err(FundError::NoAllocation)
        );
        store
            .set_scheme_budget(w.scheme, Some(&budget(1_000, &[])), at(w.admin))
            .await
            .unwrap()
            .unwrap();
        store
            .allocate(one, &award(100, date!(2027 - 01 - 10)), at(w.admin))
            .await
            .unwrap()
            .unwrap();
        let reported = store
            .report_spending(one, &spent, at(w.applicant))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(reported.currency, Currency::Dkk);
        assert_eq!(reported.amount, 25);
        assert_eq!(reported.reported_at, NOW);
        assert!(reported.reported_by.is_some(), "the reporter is named");
        let funds = store.trial_funds(one).await.unwrap();
        assert_eq!(funds.spending, vec![reported]);
        assert_eq!(funds.totals().spent, 25);
        assert!(matches!(
            store
                .report_spending(one + 1000, &spent, at(w.applicant))
                .await,
            Err(StoreError::NotFound)
        ));
        let trial = store.trial(one).await.unwrap().unwrap();
        let journal = store
            .journal(
                CaseKind::Application,
                trial.application_id,
                PageRequest::default(),
            )
            .await
            .unwrap();
        assert!(
            journal
                .items
                .iter()
                .any(|e| e.action == "trial.spending_reported"
                    && e.changes["spending"]["purpose"] == "Teachers' hours for the new timetable")
        );
    }
}

/// Change requests (issue 13, items 4 and 5): kept with the values before and after,
/// decided once, applied with the trial's version in the same transaction.
mod changes {
    use super::cases::{World, at, world};
    use super::decisions::{approval, submitted};
    use super::*;
    use frirum_domain::change::{
        ChangeClass, NewChangeRequest, Proposal, RequestStatus, Screening,
    };
    use frirum_domain::journal::CaseKind;
    use frirum_domain::trial::{ChangeKind, TrialState};
    use frirum_store::{ApplyChange, ChangeOutcome};

    contract!(
        changes_are_submitted_decided_once_and_applied_with_their_version,
        changes_two_deciders_one_wins_and_a_stale_approval_decides_nothing,
        changes_of_a_missing_trial_are_refused,
    );

    async fn approved_trial(store: &dyn Store) -> (World, i64) {
        let w = world(store).await;
        let app = submitted(store, &w, "Fewer forms").await;
        let decision = store
            .decide(app.id, &approval(&app), at(w.admin))
            .await
            .unwrap();
        (w, decision.trial_id.unwrap())
    }

    fn extension(state: &TrialState, days: i64) -> (NewChangeRequest, Proposal) {
        let proposal = Proposal::ExtendPeriod {
            planned_end: state.planned_end + Duration::days(days),
        };
        let (_, version) = proposal
            .apply(state, "More time", date!(2026 - 01 - 01), None)
            .unwrap();
        (
            NewChangeRequest {
                trial_id: state.trial_id,
                class: proposal.class(state),
                proposal: proposal.clone(),
                reason: "More time".into(),
                changes: version.changes,
                based_on_version: state.version,
            },
            proposal,
        )
    }

    pub async fn changes_are_submitted_decided_once_and_applied_with_their_version(
        store: &dyn Store,
    ) {
        let (w, id) = approved_trial(store).await;
        let state = store.trial_state(id).await.unwrap().unwrap();
        let (new, proposal) = extension(&state, 365);
        let request = store
            .submit_change_request(&new, None, at(w.applicant))
            .await
            .unwrap();
        assert_eq!(request.status, RequestStatus::Submitted);
        assert_eq!(request.class, ChangeClass::Major);
        assert_eq!(request.proposal, proposal);
        assert_eq!(request.changes[0].field, "planned_end");
        assert!(request.submitted_by_name.is_some());
        assert_eq!(request.applied_version, None);
        assert_eq!(
            store
                .change_requests(id, Some(RequestStatus::Submitted))
                .await
                .unwrap(),
            vec![request.clone()]
        );
        // Approved: the trial's next version applies it, in the same transaction.
        let (next, version) = proposal
            .apply(&state, "More time", date!(2026 - 01 - 01), None)
            .unwrap();
        let approved = store
            .decide_change_request(
                request.id,
                ChangeOutcome::Approve {
                    apply: ApplyChange {
                        expected_version: state.version,
                        state: &next,
                        version: &version,
                    },
                    screening: Some(Screening {
                        note: "No conflict".into(),
                    }),
                    reason: "Within the limit",
                },
                at(w.admin),
            )
            .await
            .unwrap();
        assert_eq!(approved.status, RequestStatus::Approved);
        assert_eq!(approved.applied_version, Some(2));
        assert_eq!(approved.decision_reason, "Within the limit");
        assert_eq!(approved.screening.unwrap().note, "No conflict");
        assert!(approved.decided_at.is_some() && approved.decided_by_name.is_some());
        let now = store.trial_state(id).await.unwrap().unwrap();
        assert_eq!((now.version, now.planned_end), (2, next.planned_end));
        let history = store.trial_versions(id).await.unwrap();
        assert_eq!(history.last().unwrap().kind, ChangeKind::ChangeApproved);
        assert_eq!(history.last().unwrap().changes, version.changes);
        // Decided once.
        let again = store
            .decide_change_request(
                request.id,
                ChangeOutcome::Reject { reason: "No" },
                at(w.admin),
            )
            .await;
        assert!(
            matches!(again, Err(StoreError::AlreadyDecided)),
            "{again:?}"
        );
        // Another rejected, another withdrawn; neither changes the trial.
        let (new, _) = extension(&now, 30);
        let second = store
            .submit_change_request(&new, None, at(w.applicant))
            .await
            .unwrap();
        let rejected = store
            .decide_change_request(
                second.id,
                ChangeOutcome::Reject {
                    reason: "Beyond what the law allows",
                },
                at(w.admin),
            )
            .await
            .unwrap();
        assert_eq!(rejected.status, RequestStatus::Rejected);
        assert_eq!(rejected.applied_version, None);
        let third = store
            .submit_change_request(&new, None, at(w.applicant))
            .await
            .unwrap();
        let withdrawn = store
            .decide_change_request(third.id, ChangeOutcome::Withdraw, at(w.applicant))
            .await
            .unwrap();
        assert_eq!(withdrawn.status, RequestStatus::Withdrawn);
        assert_eq!(store.trial_state(id).await.unwrap().unwrap().version, 2);
        // A change recorded at once is kept approved with its version.
        let (new, proposal) = extension(&now, 10);
        let (next, version) = proposal
            .apply(&now, "More time", date!(2026 - 01 - 01), None)
            .unwrap();
        let recorded = store
            .submit_change_request(
                &new,
                Some(ApplyChange {
                    expected_version: 2,
                    state: &next,
                    version: &version,
                }),
                at(w.admin),
            )
            .await
            .unwrap();
        assert_eq!(
            (recorded.status, recorded.applied_version),
            (RequestStatus::Approved, Some(3))
        );
        let all = store.change_requests(id, None).await.unwrap();
        assert_eq!(
            all.iter().map(|r| r.id).collect::<Vec<_>>(),
            [recorded.id, third.id, second.id, request.id],
            "newest first"
        );
        let trial = store.trial(id).await.unwrap().unwrap();
        let journal = store
            .journal(
                CaseKind::Application,
                trial.application_id,
                PageRequest::default(),
            )
            .await
            .unwrap()
            .items;
        for action in [
            "change.submitted",
            "change.approved",
            "change.rejected",
            "change.withdrawn",
            "change.recorded",
        ] {
            assert!(journal.iter().any(|e| e.action == action), "{action}");
        }
    }

    pub async fn changes_two_deciders_one_wins_and_a_stale_approval_decides_nothing(
        store: &dyn Store,
    ) {
        let (w, id) = approved_trial(store).await;
        let state = store.trial_state(id).await.unwrap().unwrap();
        let (new, proposal) = extension(&state, 365);
        let request = store
            .submit_change_request(&new, None, at(w.applicant))
            .await
            .unwrap();
        let (next, version) = proposal
            .apply(&state, "More time", date!(2026 - 01 - 01), None)
            .unwrap();
        let approve = || ChangeOutcome::Approve {
            apply: ApplyChange {
                expected_version: state.version,
                state: &next,
                version: &version,
            },
            screening: None,
            reason: "",
        };
        let (a, b) = tokio::join!(
            store.decide_change_request(request.id, approve(), at(w.admin)),
            store.decide_change_request(request.id, approve(), at(w.admin)),
        );
        let wins = [&a, &b].iter().filter(|r| r.is_ok()).count();
        assert_eq!(wins, 1, "{a:?} {b:?}");
        assert!(
            [a, b]
                .into_iter()
                .any(|r| matches!(r, Err(StoreError::AlreadyDecided))),
        );
        assert_eq!(
            store.trial_versions(id).await.unwrap().len(),
            2,
            "applied once"
        );
        // Approving against a stale version decides nothing.
        let (new, _) = extension(&state, 30);
        let stale = store
            .submit_change_request(&new, None, at(w.applicant))
            .await
            .unwrap();
        let refused = store
            .decide_change_request(stale.id, approve(), at(w.admin))
            .await;
        assert!(
            matches!(refused, Err(StoreError::EditConflict { current: 2 })),
            "{refused:?}"
        );
        let kept = store.change_request(stale.id).await.unwrap().unwrap();
        assert_eq!(kept.status, RequestStatus::Submitted);
        assert_eq!(kept.applied_version, None);
    }

    pub async fn changes_of_a_missing_trial_are_refused(store: &dyn Store) {
        let (w, id) = approved_trial(store).await;
        let state = store.trial_state(id).await.unwrap().unwrap();
        let (mut new, _) = extension(&state, 30);
        new.trial_id = 9999;
        let refused = store
            .submit_change_request(&new, None, at(w.applicant))
            .await;
        assert!(matches!(refused, Err(StoreError::NotFound)), "{refused:?}");
        let missing = store
            .decide_change_request(9999, ChangeOutcome::Withdraw, at(w.applicant))
            .await;
        assert!(matches!(missing, Err(StoreError::NotFound)), "{missing:?}");
        assert_eq!(store.change_request(9999).await.unwrap(), None);
        assert!(store.change_requests(id, None).await.unwrap().is_empty());
    }
}

// --- Local regulations (issue 13, item 1) ---------------------------------------------

mod regulations {
    use super::cases::{at, world};
    use super::decisions::{approval, submitted};
    use super::*;
    use frirum_domain::decision::RegulationKind;
    use frirum_domain::journal::CaseKind;
    use frirum_domain::regulation::{Adoption, Draft, RegulationStatus};

    /// An approved trial of the contract's world (Aarhus and Copenhagen take part).
    async fn trial(store: &dyn Store) -> (super::cases::World, i64, i64) {
        let w = world(store).await;
        let app = submitted(store, &w, "Én plan").await;
        let decision = store
            .decide(app.id, &approval(&app), at(w.admin))
            .await
            .unwrap();
        (w, decision.trial_id.expect("a trial"), app.id)
    }

    fn draft(title: &str) -> Draft {
        Draft {
            kind: RegulationKind::FreeMunicipalityStatute,
            language: Language::Da,
            title: title.into(),
            text: "§ 1 Formål\nAt afprøve én plan.".into(),
        }
    }

    fn adoption() -> Adoption {
        Adoption {
            adopted_on: date!(2026 - 10 - 28),
            body: "Kommunalbestyrelsen".into(),
            reference: "Sag 26/1234".into(),
            in_force_from: date!(2027 - 01 - 01),
        }
    }

    pub async fn are_drafted_once_adopted_approved_and_journaled(store: &dyn Store) {
        let (w, trial_id, application_id) = trial(store).await;
        let first = store
            .add_regulation_draft(trial_id, w.aarhus, &draft("Vedtægt"), at(w.applicant))
            .await
            .unwrap();
        assert_eq!(first.version, 1);
        assert_eq!(first.status, RegulationStatus::Drafted);
        assert_eq!(first.organisation.id, w.aarhus);
        assert_eq!(first.language, Language::Da);
        assert_eq!(first.adoption, None);
        assert_eq!(first.updated_at, NOW);
        // A second first view keeps the first draft.
        let again = store
            .add_regulation_draft(trial_id, w.aarhus, &draft("Other"), at(w.applicant))
            .await
            .unwrap();
        assert_eq!(again, first);
        assert_eq!(
            store.regulation(trial_id, w.aarhus).await.unwrap(),
            Some(first.clone())
        );
        assert_eq!(store.regulation(trial_id, w.kbh).await.unwrap(), None);
        // A stale edit loses nothing and says which version is current.
        let edited = store
            .save_regulation_text(trial_id, w.aarhus, 1, "§ 1 Ny tekst", at(w.applicant))
            .await
            .unwrap();
        assert_eq!(edited.version, 2);
        assert_eq!(edited.text, "§ 1 Ny tekst");
        assert!(matches!(
            store
                .save_regulation_text(trial_id, w.aarhus, 1, "x", at(w.applicant))
                .await,
            Err(StoreError::EditConflict { current: 2 })
        ));
        let adopted = store
            .record_regulation_adoption(trial_id, w.aarhus, 2, &adoption(), at(w.applicant))
            .await
            .unwrap();
        assert_eq!(adopted.status, RegulationStatus::Adopted);
        assert_eq!(adopted.adoption, Some(adoption()));
        assert_eq!(adopted.version, 3);
        let approved = store
            .approve_regulation(trial_id, w.aarhus, 3, at(w.admin))
            .await
            .unwrap();
        assert_eq!(approved.status, RegulationStatus::Approved);
        assert_eq!(approved.approved_at, Some(NOW));
        assert!(approved.approved_by_name.is_some());
        assert_eq!(approved.version, 4);
        // Both participants are listed by name, each with its own record.
        store
            .add_regulation_draft(trial_id, w.kbh, &draft("Vedtægt"), at(w.admin))
            .await
            .unwrap();
        let all = store.trial_regulations(trial_id).await.unwrap();
        assert_eq!(all.len(), 2);
        assert!(all[0].organisation.name <= all[1].organisation.name);
        // A regulation of a missing trial, or one never drafted, is not found.
        assert!(matches!(
            store
                .add_regulation_draft(9999, w.aarhus, &draft("x"), at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        assert!(matches!(
            store
                .approve_regulation(trial_id, w.aarhus + 9999, 1, at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        // The journal names each step, once, and the chain holds.
        let journal = store
            .journal(
                CaseKind::Application,
                application_id,
                PageRequest::default(),
            )
            .await
            .unwrap();
        let count = |action: &str| journal.items.iter().filter(|e| e.action == action).count();
        assert_eq!(count("trial.regulation_drafted"), 2);
        assert_eq!(count("trial.regulation_edited"), 1);
        assert_eq!(count("trial.regulation_adopted"), 1);
        assert_eq!(count("trial.regulation_approved"), 1);
        let entry = journal
            .items
            .iter()
            .find(|e| e.action == "trial.regulation_adopted")
            .unwrap();
        assert_eq!(
            entry.changes["adoption"]["after"]["reference"],
            "Sag 26/1234"
        );
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }

    /// The database keeps an adoption whole: never in force before it was adopted.
    pub async fn the_database_refuses_an_inconsistent_adoption(store: &dyn Store) {
        let (w, trial_id, _) = trial(store).await;
        store
            .add_regulation_draft(trial_id, w.aarhus, &draft("Vedtægt"), at(w.applicant))
            .await
            .unwrap();
        let backwards = Adoption {
            in_force_from: date!(2026 - 01 - 01),
            ..adoption()
        };
        assert!(
            store
                .record_regulation_adoption(trial_id, w.aarhus, 1, &backwards, at(w.applicant))
                .await
                .is_err()
        );
        let kept = store.regulation(trial_id, w.aarhus).await.unwrap().unwrap();
        assert_eq!(kept.status, RegulationStatus::Drafted);
        assert_eq!(kept.version, 1);
    }

    /// Two secretaries approve the same regulation at once: one wins, the other is told.
    pub async fn two_approvers_one_wins(store: &dyn Store) {
        let (w, trial_id, _) = trial(store).await;
        store
            .add_regulation_draft(trial_id, w.aarhus, &draft("Vedtægt"), at(w.applicant))
            .await
            .unwrap();
        store
            .record_regulation_adoption(trial_id, w.aarhus, 1, &adoption(), at(w.applicant))
            .await
            .unwrap();
        let (a, b) = tokio::join!(
            store.approve_regulation(trial_id, w.aarhus, 2, at(w.admin)),
            store.approve_regulation(trial_id, w.aarhus, 2, at(w.admin)),
        );
        let won = [&a, &b].iter().filter(|r| r.is_ok()).count();
        assert_eq!(won, 1, "{a:?} {b:?}");
        let lost = if a.is_ok() { b } else { a };
        assert!(
            matches!(lost, Err(StoreError::EditConflict { current: 3 })),
            "{lost:?}"
        );
    }

    pub async fn dashboards_list_what_waits(store: &dyn Store) {
        let (w, trial_id, _) = trial(store).await;
        // Not even drafted: Aarhus still owes its regulation.
        let owed = store.regulations_awaiting_adoption(w.aarhus).await.unwrap();
        assert_eq!(owed.len(), 1);
        assert_eq!(owed[0].trial_id, trial_id);
        assert_eq!(owed[0].status, None);
        assert_eq!(owed[0].country, Country::Dk);
        store
            .add_regulation_draft(trial_id, w.aarhus, &draft("Vedtægt"), at(w.applicant))
            .await
            .unwrap();
        let owed = store.regulations_awaiting_adoption(w.aarhus).await.unwrap();
        assert_eq!(owed[0].status, Some(RegulationStatus::Drafted));
        assert!(store.adopted_regulations().await.unwrap().is_empty());
        store
            .record_regulation_adoption(trial_id, w.aarhus, 1, &adoption(), at(w.applicant))
            .await
            .unwrap();
        assert!(
            store
                .regulations_awaiting_adoption(w.aarhus)
                .await
                .unwrap()
                .is_empty()
        );
        // Copenhagen still owes its own.
        assert_eq!(
            store
                .regulations_awaiting_adoption(w.kbh)
                .await
                .unwrap()
                .len(),
            1
        );
        let adopted = store.adopted_regulations().await.unwrap();
        assert_eq!(adopted.len(), 1);
        assert_eq!(adopted[0].organisation.id, w.aarhus);
        assert_eq!(adopted[0].scheme_id, w.scheme);
        assert_eq!(adopted[0].adopted_on, Some(adoption().adopted_on));
        store
            .approve_regulation(trial_id, w.aarhus, 2, at(w.admin))
            .await
            .unwrap();
        assert!(store.adopted_regulations().await.unwrap().is_empty());
    }

    /// A participant whose regulation is still owed while the trial already runs for the
    /// others (it joined later) is reminded too, marked as joining; an ended trial owes
    /// nothing.
    pub async fn a_running_trial_still_reminds_a_participant_without_its_regulation(
        store: &dyn Store,
    ) {
        use frirum_domain::trial::{Transition, TrialStatus};
        let (w, trial_id, _) = trial(store).await;
        let owed = store.regulations_awaiting_adoption(w.aarhus).await.unwrap();
        assert_eq!(owed.len(), 1);
        assert!(!owed[0].trial_started, "a planned trial has not started");
        let state = store.trial_state(trial_id).await.unwrap().unwrap();
        let (running, version) = state
            .apply(&Transition::Start {
                on: state.planned_start,
            })
            .unwrap();
        let saved = store
            .save_trial_state(state.version, &running, &version, at(w.admin))
            .await
            .unwrap();
        assert_eq!(saved.status, TrialStatus::Running);
        // Copenhagen's regulation came in force; Aarhus's is only drafted.
        store
            .add_regulation_draft(trial_id, w.kbh, &draft("Vedtægt"), at(w.admin))
            .await
            .unwrap();
        store
            .record_regulation_adoption(trial_id, w.kbh, 1, &adoption(), at(w.admin))
            .await
            .unwrap();
        store
            .add_regulation_draft(trial_id, w.aarhus, &draft("Vedtægt"), at(w.applicant))
            .await
            .unwrap();
        let owed = store.regulations_awaiting_adoption(w.aarhus).await.unwrap();
        assert_eq!(owed.len(), 1, "{owed:?}");
        assert_eq!(owed[0].trial_id, trial_id);
        assert_eq!(owed[0].status, Some(RegulationStatus::Drafted));
        assert!(owed[0].trial_started);
        assert!(
            store
                .regulations_awaiting_adoption(w.kbh)
                .await
                .unwrap()
                .is_empty()
        );
        // Once the trial has ended, nothing is owed any more.
        let (ended, version) = saved
            .apply(&Transition::Complete {
                on: saved.planned_end,
            })
            .unwrap();
        store
            .save_trial_state(saved.version, &ended, &version, at(w.admin))
            .await
            .unwrap();
        assert!(
            store
                .regulations_awaiting_adoption(w.aarhus)
                .await
                .unwrap()
                .is_empty()
        );
    }

    pub async fn scheme_setting_defaults_then_saved_and_journaled(store: &dyn Store) {
        let w = world(store).await;
        assert_eq!(
            store.scheme_regulation_setting(w.scheme).await.unwrap(),
            None
        );
        store
            .set_scheme_regulation_setting(w.scheme, true, at(w.admin))
            .await
            .unwrap();
        assert_eq!(
            store.scheme_regulation_setting(w.scheme).await.unwrap(),
            Some(true)
        );
        store
            .set_scheme_regulation_setting(w.scheme, false, at(w.admin))
            .await
            .unwrap();
        assert_eq!(
            store.scheme_regulation_setting(w.scheme).await.unwrap(),
            Some(false)
        );
        let journal = store
            .journal(CaseKind::Scheme, w.scheme, PageRequest::default())
            .await
            .unwrap();
        let set: Vec<_> = journal
            .items
            .iter()
            .filter(|e| e.action == "scheme.regulation_setting")
            .collect();
        assert_eq!(set.len(), 2);
        assert!(matches!(
            store
                .set_scheme_regulation_setting(9999, true, at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
    }
}

use regulations::{
    a_running_trial_still_reminds_a_participant_without_its_regulation as regulations_a_running_trial_still_reminds_a_participant_without_its_regulation,
    are_drafted_once_adopted_approved_and_journaled as regulations_are_drafted_once_adopted_approved_and_journaled,
    dashboards_list_what_waits as regulations_dashboards_list_what_waits,
    scheme_setting_defaults_then_saved_and_journaled as regulations_scheme_setting_defaults_then_saved_and_journaled,
    the_database_refuses_an_inconsistent_adoption as regulations_the_database_refuses_an_inconsistent_adoption,
    two_approvers_one_wins as regulations_two_approvers_one_wins,
};

/// Research plans (issue 14, item 2): drafts under an edit lock, registering as version 1,
/// amendments with a reason, joint plans of a scheme, journaled.
mod research_plans {
    use super::cases::{at, world};
    use super::decisions::{approval, submitted};
    use super::*;
    use frirum_domain::journal::{Actor, CaseKind};
    use frirum_domain::research_plan::{
        Design, PlanContent, PlanError, PlanOwner, PlanStatus, PlanStep,
    };

    contract!(
        research_plans_register_freezes_and_amendments_number_on,
        research_plans_stale_versions_conflict,
        research_plans_of_a_scheme_are_joint,
    );

    pub fn content(title: &str) -> PlanContent {
        PlanContent {
            title: title.into(),
            questions: vec!["Færre møder for borgeren?".into()],
            design: Design::BeforeAfter,
            indicator_ids: Vec::new(),
            other_data: "Interviews med sagsbehandlere".into(),
            analysis: "Før og efter".into(),
            embargo_until: None,
        }
    }

    pub async fn trial(store: &dyn Store) -> (super::cases::World, i64) {
        let w = world(store).await;
        let app = submitted(store, &w, "Én plan").await;
        let trial_id = store
            .decide(app.id, &approval(&app), at(w.admin))
            .await
            .unwrap()
            .trial_id
            .unwrap();
        (w, trial_id)
    }

    pub async fn research_plans_register_freezes_and_amendments_number_on(store: &dyn Store) {
        let (w, trial_id) = trial(store).await;
        let owner = PlanOwner::Trial(trial_id);
        let plan = store
            .create_research_plan(owner, &content("Plan A"), at(w.admin))
            .await
            .unwrap();
        assert_eq!(plan.status, PlanStatus::Draft);
        assert_eq!(plan.version, 1);
        assert_eq!(plan.scheme_id, w.scheme);
        assert_eq!(plan.owner, owner);
        let saved = store
            .write_research_plan(
                plan.id,
                1,
                &content("Plan B"),
                PlanStep::SaveDraft,
                at(w.admin),
            )
            .await
            .unwrap()
            .unwrap();
        assert_eq!((saved.version, saved.registered_version), (2, 0));
        assert!(
            store
                .research_plan_versions(plan.id)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(store.research_plans_in_draft().await.unwrap().len(), 1);

        let later = NOW + Duration::days(1);
        let registered = store
            .write_research_plan(
                plan.id,
                2,
                &content("Plan B"),
                PlanStep::Register,
                Actor::user(w.admin, later),
            )
            .await
            .unwrap()
            .unwrap();
        assert_eq!(registered.status, PlanStatus::Registered);
        assert_eq!(registered.registered_version, 1);
        assert_eq!(registered.registered_at, Some(later));
        assert!(store.research_plans_in_draft().await.unwrap().is_empty());

        // A registered plan is never saved silently, and an amendment needs a reason.
        assert_eq!(
            store
                .write_research_plan(
                    plan.id,
                    3,
                    &content("Plan C"),
                    PlanStep::SaveDraft,
                    at(w.admin)
                )
                .await
                .unwrap(),
            Err(PlanError::AlreadyRegistered { version: 1 })
        );
        assert_eq!(
            store
                .write_research_plan(
                    plan.id,
                    3,
                    &content("Plan C"),
                    PlanStep::Amend { reason: " " },
                    at(w.admin)
                )
                .await
                .unwrap(),
            Err(PlanError::ReasonRequired)
        );
        let amended = store
            .write_research_plan(
                plan.id,
                3,
                &content("Plan C"),
                PlanStep::Amend {
                    reason: "Registerdata kom sent",
                },
                at(w.admin),
            )
            .await
            .unwrap()
            .unwrap();
        assert_eq!((amended.version, amended.registered_version), (4, 2));
        assert_eq!(amended.content.title, "Plan C");
        assert_eq!(
            amended.registered_at,
            Some(later),
            "the registration's moment stays"
        );

        let versions = store.research_plan_versions(plan.id).await.unwrap();
        assert_eq!(versions.len(), 2);
        assert_eq!(versions[0].number, 1);
        assert_eq!(versions[0].content.title, "Plan B");
        assert_eq!(versions[0].reason, "");
        assert_eq!(versions[1].content.title, "Plan C");
        assert_eq!(versions[1].reason, "Registerdata kom sent");
        assert_eq!(store.research_plans_of(owner).await.unwrap(), vec![amended]);

        let application_id = store.trial(trial_id).await.unwrap().unwrap().application_id;
        let journal = store
            .journal(
                CaseKind::Application,
                application_id,
                PageRequest::default(),
            )
            .await
            .unwrap();
        let actions: Vec<&str> = journal
            .items
            .iter()
            .map(|e| e.action.as_str())
            .filter(|a| a.starts_with("research_plan."))
            .collect();
        assert_eq!(
            actions,
            [
                "research_plan.created",
                "research_plan.saved",
                "research_plan.registered",
                "research_plan.amended"
            ]
        );
        assert_eq!(store.verify_journal().await.unwrap().first_broken, None);
    }

    pub async fn research_plans_stale_versions_conflict(store: &dyn Store) {
        let (w, trial_id) = trial(store).await;
        let plan = store
            .create_research_plan(PlanOwner::Trial(trial_id), &content("Plan"), at(w.admin))
            .await
            .unwrap();
        // Two researchers save from version 1 at once: one wins, the other is told.
        let one = content("Mine");
        let two = content("Yours");
        let (a, b) = tokio::join!(
            store.write_research_plan(plan.id, 1, &one, PlanStep::SaveDraft, at(w.admin)),
            store.write_research_plan(plan.id, 1, &two, PlanStep::SaveDraft, at(w.admin)),
        );
        let conflicts = [&a, &b]
            .iter()
            .filter(|r| matches!(r, Err(StoreError::EditConflict { current: 2 })))
            .count();
        assert_eq!(conflicts, 1, "{a:?} {b:?}");
        assert!(matches!(
            store
                .write_research_plan(plan.id + 100, 1, &one, PlanStep::SaveDraft, at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        assert!(matches!(
            store
                .create_research_plan(PlanOwner::Trial(trial_id + 100), &one, at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
    }

    pub async fn research_plans_of_a_scheme_are_joint(store: &dyn Store) {
        let (w, trial_id) = trial(store).await;
        store
            .create_research_plan(PlanOwner::Trial(trial_id), &content("Trial's"), at(w.admin))
            .await
            .unwrap();
        let joint = store
            .create_research_plan(PlanOwner::Scheme(w.scheme), &content("Joint"), at(w.admin))
            .await
            .unwrap();
        assert_eq!(joint.owner, PlanOwner::Scheme(w.scheme));
        assert_eq!(joint.trial_id(), None);
        let of_scheme = store
            .research_plans_of(PlanOwner::Scheme(w.scheme))
            .await
            .unwrap();
        assert_eq!(of_scheme, vec![joint.clone()]);
        let journal = store
            .journal(CaseKind::Scheme, w.scheme, PageRequest::default())
            .await
            .unwrap();
        assert!(
            journal
                .items
                .iter()
                .any(|e| e.action == "research_plan.created")
        );
    }
}

/// A registered plan's versions are kept as they were written: the database refuses to
/// change or delete them, on both engines.
async fn research_plan_versions_are_append_only_in_the_database(t: &TestStore) {
    use frirum_domain::research_plan::{PlanOwner, PlanStep};
    let (w, trial_id) = research_plans::trial(&*t.store).await;
    let plan = t
        .store
        .create_research_plan(
            PlanOwner::Trial(trial_id),
            &research_plans::content("Plan"),
            cases::at(w.admin),
        )
        .await
        .unwrap();
    t.store
        .write_research_plan(
            plan.id,
            1,
            &research_plans::content("Plan"),
            PlanStep::Register,
            cases::at(w.admin),
        )
        .await
        .unwrap()
        .unwrap();
    for sql in [
        "UPDATE research_plan_versions SET reason = 'rewritten'",
        "UPDATE research_plan_versions SET content = '{}'",
        "DELETE FROM research_plan_versions",
    ] {
        let refused = t.execute_raw(sql).await;
        assert!(
            refused
                .as_ref()
                .is_err_and(|e| e.contains("kept as they were written")),
            "{sql}: {refused:?}"
        );
    }
}

#[tokio::test]
async fn research_plan_versions_are_append_only_sqlite() {
    research_plan_versions_are_append_only_in_the_database(&TestStore::sqlite().await).await;
}

#[tokio::test]
async fn research_plan_versions_are_append_only_postgres() {
    if let Some(t) = TestStore::postgres().await {
        research_plan_versions_are_append_only_in_the_database(&t).await;
    }
}

// --- Research teams (issue 14, item 1) ----------------------------------------------------
mod research_teams {
    use super::cases::{at, world};
    use super::decisions::{approval, submitted};
    use super::*;
    use frirum_domain::journal::CaseKind;
    use frirum_domain::research::{
        AssignmentScope, AssignmentTarget, NewResearchOrganisation, ResearchError,
    };
    use frirum_domain::trial::TrialFilter;

    contract!(
        research_teams_organisations_are_unique_and_members_belong_to_one,
        research_teams_a_trial_team_comes_through_trial_theme_and_scheme,
        research_teams_assignments_are_once_journaled_and_filter_the_list,
        research_teams_memberships_set_at_once_all_succeed,
    );

    /// Writes that read first, run side by side, all succeed: on SQLite a transaction that
    /// reads before it writes once failed with "database is locked" when another writer
    /// committed in between, instead of waiting its turn.
    async fn research_teams_memberships_set_at_once_all_succeed(store: &dyn Store) {
        let vive = store
            .create_research_organisation(&self::vive(), NOW)
            .await
            .unwrap()
            .unwrap();
        let mut people = Vec::new();
        for n in 0..12 {
            people.push(researcher(store, &format!("r{n}@vive.dk")).await);
        }
        let results = futures_util::future::join_all(
            people
                .iter()
                .map(|&r| store.set_research_membership(r, Some(vive.id), NOW)),
        )
        .await;
        for result in results {
            result.unwrap();
        }
        let members = store.researchers().await.unwrap();
        assert_eq!(
            members
                .iter()
                .filter(|r| r.organisation.as_ref().is_some_and(|o| o.id == vive.id))
                .count(),
            12
        );
    }

    /// A world with one trial in the scheme's theme and one outside it.
    async fn two_trials(store: &dyn Store) -> (super::cases::World, i64, i64) {
        let w = world(store).await;
        let app = submitted(store, &w, "Én plan").await;
        let mut themed = approval(&app);
        themed.trial.as_mut().unwrap().themes = vec![w.theme];
        let in_theme = store
            .decide(app.id, &themed, at(w.admin))
            .await
            .unwrap()
            .trial_id
            .unwrap();
        let app = submitted(store, &w, "Færre skemaer").await;
        let other = store
            .decide(app.id, &approval(&app), at(w.admin))
            .await
            .unwrap()
            .trial_id
            .unwrap();
        (w, in_theme, other)
    }

    async fn researcher(store: &dyn Store, email: &str) -> i64 {
        store
            .create_user(&new_user(email, Role::Researcher, None), NOW)
            .await
            .unwrap()
            .id
    }

    fn vive() -> NewResearchOrganisation {
        NewResearchOrganisation {
            name: "VIVE".into(),
            country: Country::Dk,
            website: Some("https://www.vive.dk".into()),
        }
    }

    pub async fn research_teams_organisations_are_unique_and_members_belong_to_one(
        store: &dyn Store,
    ) {
        let vive = store
            .create_research_organisation(&vive(), NOW)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(vive.website.as_deref(), Some("https://www.vive.dk"));
        assert_eq!(
            store
                .create_research_organisation(&self::vive(), NOW)
                .await
                .unwrap(),
            Err(ResearchError::DuplicateOrganisation)
        );
        let ntnu = store
            .create_research_organisation(
                &NewResearchOrganisation {
                    name: "NTNU Samfunnsforskning".into(),
                    country: Country::No,
                    website: None,
                },
                NOW,
            )
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            store
                .research_organisations()
                .await
                .unwrap()
                .iter()
                .map(|o| o.id)
                .collect::<Vec<_>>(),
            [vive.id, ntnu.id],
            "by country, Denmark first"
        );
        let r = researcher(store, "r@vive.dk").await;
        store
            .create_user(&new_user("a@x.dk", Role::Assessor, None), NOW)
            .await
            .unwrap();
        store
            .set_research_membership(r, Some(vive.id), NOW)
            .await
            .unwrap();
        store
            .set_research_membership(r, Some(ntnu.id), NOW)
            .await
            .unwrap();
        let all = store.researchers().await.unwrap();
        assert_eq!(all.len(), 1, "only researchers: {all:?}");
        assert_eq!(
            all[0].organisation.as_ref().unwrap().id,
            ntnu.id,
            "one at most"
        );
        assert!(matches!(
            store.set_research_membership(r, Some(9999), NOW).await,
            Err(StoreError::NotFound)
        ));
        store.set_research_membership(r, None, NOW).await.unwrap();
        assert_eq!(store.researchers().await.unwrap()[0].organisation, None);
    }

    pub async fn research_teams_a_trial_team_comes_through_trial_theme_and_scheme(
        store: &dyn Store,
    ) {
        let (w, in_theme, other) = two_trials(store).await;
        let vive = store
            .create_research_organisation(&vive(), NOW)
            .await
            .unwrap()
            .unwrap();
        let direct = researcher(store, "direct@vive.dk").await;
        let network = researcher(store, "network@vive.dk").await;
        let joint = researcher(store, "joint@vive.dk").await;
        store
            .set_research_membership(joint, Some(vive.id), NOW)
            .await
            .unwrap();
        for (who, target) in [
            (direct, AssignmentTarget::Trial(in_theme)),
            (network, AssignmentTarget::Theme(w.theme)),
            (joint, AssignmentTarget::Scheme(w.scheme)),
            (joint, AssignmentTarget::Trial(in_theme)),
        ] {
            assert!(
                store
                    .assign_research(who, target, at(w.admin))
                    .await
                    .unwrap()
            );
        }
        let team = store.trial_researchers(in_theme).await.unwrap();
        let ways = |user: i64| {
            team.iter()
                .find(|r| r.user_id == user)
                .map(|r| r.assigned_via.iter().map(|v| v.scope).collect::<Vec<_>>())
        };
        assert_eq!(team.len(), 3, "one row per researcher: {team:?}");
        assert_eq!(ways(direct), Some(vec![AssignmentScope::Trial]));
        assert_eq!(ways(network), Some(vec![AssignmentScope::Theme]));
        assert_eq!(
            ways(joint),
            Some(vec![AssignmentScope::Trial, AssignmentScope::Scheme])
        );
        let joint_row = team.iter().find(|r| r.user_id == joint).unwrap();
        assert_eq!(joint_row.organisation.as_ref().unwrap().name, "VIVE");
        assert!(joint_row.assigned_directly());
        let through_theme = team.iter().find(|r| r.user_id == network).unwrap();
        assert!(!through_theme.assigned_directly());
        assert!(!through_theme.assigned_via[0].scope_name.is_empty());
        // The other trial is not in the theme: only the whole scheme's researcher follows it.
        let other_team = store.trial_researchers(other).await.unwrap();
        assert_eq!(
            other_team.iter().map(|r| r.user_id).collect::<Vec<_>>(),
            [joint]
        );
        assert_eq!(
            store
                .scheme_researchers(w.scheme)
                .await
                .unwrap()
                .iter()
                .map(|a| a.user_id)
                .collect::<Vec<_>>(),
            [joint]
        );
        assert_eq!(
            store
                .scheme_research_assignments(w.scheme)
                .await
                .unwrap()
                .len(),
            4
        );
        let mine = store.researcher_assignments(joint).await.unwrap();
        assert_eq!(mine.len(), 2);
        assert!(mine.iter().all(|a| a.scheme_id == w.scheme));
        // The list's researcher filter follows the same ways.
        let followed = |user| async move {
            let mut ids: Vec<i64> = store
                .list_trials(
                    &TrialFilter {
                        researcher_id: Some(user),
                        ..Default::default()
                    },
                    PageRequest::default(),
                )
                .await
                .unwrap()
                .items
                .iter()
                .map(|t| t.id)
                .collect();
            ids.sort_unstable();
            ids
        };
        assert_eq!(followed(direct).await, [in_theme]);
        assert_eq!(followed(network).await, [in_theme]);
        let mut both = vec![in_theme, other];
        both.sort_unstable();
        assert_eq!(followed(joint).await, both);
    }

    pub async fn research_teams_assignments_are_once_journaled_and_filter_the_list(
        store: &dyn Store,
    ) {
        let (w, in_theme, _) = two_trials(store).await;
        let r = researcher(store, "r@vive.dk").await;
        for target in [
            AssignmentTarget::Scheme(w.scheme),
            AssignmentTarget::Theme(w.theme),
        ] {
            assert!(store.assign_research(r, target, at(w.admin)).await.unwrap());
            assert!(
                !store.assign_research(r, target, at(w.admin)).await.unwrap(),
                "a double click assigns once"
            );
        }
        let scheme_journal = store
            .journal(CaseKind::Scheme, w.scheme, PageRequest::default())
            .await
            .unwrap()
            .items;
        let count = |action: &str| scheme_journal.iter().filter(|e| e.action == action).count();
        assert_eq!(count("scheme.researcher_assigned"), 2);
        assert!(matches!(
            store
                .assign_research(r, AssignmentTarget::Theme(9999), at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        assert!(matches!(
            store
                .assign_research(r, AssignmentTarget::Trial(9999), at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        store
            .unassign_research(r, AssignmentTarget::Theme(w.theme), at(w.admin))
            .await
            .unwrap();
        assert!(matches!(
            store
                .unassign_research(r, AssignmentTarget::Theme(w.theme), at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        let team = store.trial_researchers(in_theme).await.unwrap();
        assert_eq!(team[0].assigned_via.len(), 1, "still through the scheme");
        let journal = store
            .journal(CaseKind::Scheme, w.scheme, PageRequest::default())
            .await
            .unwrap()
            .items;
        assert!(
            journal
                .iter()
                .any(|e| e.action == "scheme.researcher_unassigned")
        );
    }
}

/// Generalisation (issue 14, item 4): outcomes appended per granted exemption, read back
/// with the resulting act, journaled; the provisions' trials for the pending list.
mod generalisation {
    use super::cases::{World, at, world};
    use super::decisions::submitted;
    use super::*;
    use frirum_domain::decision::{
        DecisionDraft, GrantChoice, NewDecision, Outcome, RegulationKind,
    };
    use frirum_domain::generalisation::{NewOutcome, OutcomeCategory, ResultingAct};
    use frirum_domain::journal::CaseKind;
    use frirum_domain::trial::{Transition, TrialStatus};

    contract!(
        generalisation_outcomes_are_appended_read_and_journaled,
        generalisation_provision_trials_carry_status_and_latest_outcome,
        generalisation_an_outcome_sent_twice_is_appended_once,
    );

    /// A trial of the world's scheme granted exemption 1, narrowed to `provision`.
    async fn trial(store: &dyn Store, w: &World, title: &str, provision: i64) -> i64 {
        let app = submitted(store, w, title).await;
        let decision = NewDecision::from_validated(
            DecisionDraft {
                outcome: Outcome::Approved,
                reasons: "Sound.".into(),
                granted: vec![GrantChoice {
                    exemption: 1,
                    provision_ids: vec![provision],
                    note: String::new(),
                }],
                conditions: String::new(),
                period_start: Some(date!(2027 - 01 - 01)),
                period_end: Some(date!(2030 - 12 - 31)),
                regulation_kind: Some(RegulationKind::FreeMunicipalityStatute),
                regulation_text: "Vedtægt.".into(),
                signatory_title: "Kontorchef".into(),
                confirmed: true,
            },
            &app,
        );
        store
            .decide(app.id, &decision, at(w.admin))
            .await
            .unwrap()
            .trial_id
            .unwrap()
    }

    async fn end(store: &dyn Store, w: &World, trial_id: i64) {
        let state = store.trial_state(trial_id).await.unwrap().unwrap();
        let (ended, version) = state
            .apply(&Transition::StopEarly {
                on: state.planned_start,
                reason: "Forsøget sluttede".into(),
            })
            .unwrap();
        store
            .save_trial_state(state.version, &ended, &version, at(w.admin))
            .await
            .unwrap();
    }

    async fn provision(store: &dyn Store) -> (i64, i64) {
        let doc = super::law::document(vec![]);
        let mut doc = doc;
        doc.sections = vec![frirum_domain::law::Section {
            chapter: None,
            section: "7".into(),
            label: "§ 7".into(),
            heading: Some("Planer".into()),
            subsections: vec![frirum_domain::law::Subsection {
                number: 1,
                text: "Én plan.".into(),
                items: vec![],
            }],
            chapter_heading: None,
        }];
        let act = store.import_act(&doc, NOW).await.unwrap().act_id;
        let provision = store.provisions_of_act(act).await.unwrap()[0].id;
        (act, provision)
    }

    fn outcome(trial_id: i64, category: OutcomeCategory) -> NewOutcome {
        NewOutcome {
            trial_id,
            exemption: 1,
            category,
            reasons: "Evalueringen viser færre møder.".into(),
            evaluation_ids: vec![],
            resulting: None,
            in_force: None,
            seen: None,
        }
    }

    pub async fn generalisation_an_outcome_sent_twice_is_appended_once(store: &dyn Store) {
        let w = world(store).await;
        let (_, provision) = provision(store).await;
        let id = trial(store, &w, "Én plan", provision).await;
        let mut sent = outcome(id, OutcomeCategory::NotSpread);
        sent.seen = Some(0);
        store.record_outcome(&sent, at(w.admin)).await.unwrap();
        // The same form again: it saw none, one is recorded now.
        match store.record_outcome(&sent, at(w.admin)).await {
            Err(StoreError::EditConflict { current }) => assert_eq!(current, 1),
            other => panic!("expected a conflict, got {other:?}"),
        }
        assert_eq!(store.trial_outcomes(id).await.unwrap().len(), 1);
        // Against the count it now shows, and without one, it appends.
        sent.seen = Some(1);
        store.record_outcome(&sent, at(w.admin)).await.unwrap();
        sent.seen = None;
        store.record_outcome(&sent, at(w.admin)).await.unwrap();
        assert_eq!(store.trial_outcomes(id).await.unwrap().len(), 3);
    }

    pub async fn generalisation_outcomes_are_appended_read_and_journaled(store: &dyn Store) {
        let w = world(store).await;
        let (act, provision) = provision(store).await;
        let id = trial(store, &w, "Én plan", provision).await;
        assert!(store.trial_outcomes(id).await.unwrap().is_empty());
        let mut first = outcome(id, OutcomeCategory::NotSpread);
        first.resulting = Some(ResultingAct {
            citation: "lov nr. 9999 af 1. januar 2099".into(),
            act_id: None,
            provision_id: None,
            resolved: false,
        });
        let recorded = store.record_outcome(&first, at(w.admin)).await.unwrap();
        assert_eq!(recorded.category, OutcomeCategory::NotSpread);
        assert!(
            recorded.flagged(),
            "an unresolved citation is kept, flagged"
        );
        assert_eq!(
            recorded.resulting.as_ref().unwrap().citation,
            "lov nr. 9999 af 1. januar 2099"
        );
        assert_eq!(recorded.recorded_at, NOW);
        assert!(recorded.recorded_by_name.is_some());
        let mut second = outcome(id, OutcomeCategory::SpreadFully);
        second.resulting = Some(ResultingAct {
            citation: "§ 7 i barnehageloven".into(),
            act_id: Some(act),
            provision_id: Some(provision),
            resolved: true,
        });
        second.in_force = Some(date!(2028 - 07 - 01));
        let later = store.record_outcome(&second, at(w.admin)).await.unwrap();
        assert!(!later.flagged());
        assert_eq!(later.resulting_provision_label.as_deref(), Some("§ 7"));
        assert_eq!(
            later.resulting_act_official_id.as_deref(),
            Some("LOV-2005-06-17-64")
        );
        assert_eq!(later.in_force, Some(date!(2028 - 07 - 01)));
        // Both are kept, oldest first; the scheme reads the same.
        let all = store.trial_outcomes(id).await.unwrap();
        assert_eq!(
            all.iter().map(|o| o.id).collect::<Vec<_>>(),
            [recorded.id, later.id]
        );
        assert_eq!(store.scheme_outcomes(w.scheme).await.unwrap(), all);
        let trial = store.trial(id).await.unwrap().unwrap();
        let journal = store
            .journal(
                CaseKind::Application,
                trial.application_id,
                PageRequest::default(),
            )
            .await
            .unwrap();
        assert_eq!(
            journal
                .items
                .iter()
                .filter(|e| e.action == "trial.outcome_recorded")
                .count(),
            2
        );
        // No evaluation of this trial has these ids.
        assert!(
            store
                .evaluations_of_trial(id, &[1, 2])
                .await
                .unwrap()
                .is_empty()
        );
        assert!(store.evaluation_titles(id).await.unwrap().is_empty());
        assert!(
            store
                .scheme_evidence(w.scheme, None)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(matches!(
            store
                .record_outcome(&outcome(id + 100, OutcomeCategory::Ended), at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        let results = store.result_trials(w.scheme).await.unwrap();
        assert_eq!(results.len(), 1);
        assert_eq!(
            results[0].provisions().collect::<Vec<_>>(),
            [(1, provision)]
        );
    }

    pub async fn generalisation_provision_trials_carry_status_and_latest_outcome(
        store: &dyn Store,
    ) {
        let w = world(store).await;
        let (_, provision) = provision(store).await;
        let a = trial(store, &w, "Første", provision).await;
        let b = trial(store, &w, "Anden", provision).await;
        end(store, &w, a).await;
        let status = |map: &std::collections::BTreeMap<
            i64,
            Vec<frirum_domain::generalisation::ProvisionTrial>,
        >| {
            map[&provision]
                .iter()
                .map(|t| (t.trial_id, t.status, t.latest))
                .collect::<Vec<_>>()
        };
        let map = store.provision_trials(Some(w.scheme)).await.unwrap();
        assert_eq!(
            status(&map),
            [
                (a, TrialStatus::Ended, None),
                (b, TrialStatus::Planned, None)
            ]
        );
        end(store, &w, b).await;
        store
            .record_outcome(&outcome(b, OutcomeCategory::NotSpread), at(w.admin))
            .await
            .unwrap();
        store
            .record_outcome(&outcome(b, OutcomeCategory::SpreadPartly), at(w.admin))
            .await
            .unwrap();
        let map = store.provision_trials(None).await.unwrap();
        assert_eq!(
            status(&map),
            [
                (a, TrialStatus::Ended, None),
                (b, TrialStatus::Ended, Some(OutcomeCategory::SpreadPartly))
            ]
        );
        assert!(
            store
                .provision_trials(Some(w.scheme + 100))
                .await
                .unwrap()
                .is_empty()
        );
    }
}

async fn generalisation_outcomes_are_kept_in_the_database(t: &TestStore) {
    use frirum_domain::generalisation::{NewOutcome, OutcomeCategory};
    let w = cases::world(&*t.store).await;
    let app = decisions::submitted(&*t.store, &w, "Kept").await;
    let trial = t
        .store
        .decide(app.id, &decisions::approval(&app), cases::at(w.admin))
        .await
        .unwrap()
        .trial_id
        .unwrap();
    t.store
        .record_outcome(
            &NewOutcome {
                trial_id: trial,
                exemption: 1,
                category: OutcomeCategory::SpreadFully,
                reasons: "Udbredt.".into(),
                evaluation_ids: vec![],
                resulting: None,
                in_force: None,
                seen: None,
            },
            cases::at(w.admin),
        )
        .await
        .unwrap();
    for sql in [
        "UPDATE generalisation_outcomes SET category = 'not_spread'",
        "DELETE FROM generalisation_outcomes",
    ] {
        let refused = t.execute_raw(sql).await;
        assert!(
            refused
                .as_ref()
                .is_err_and(|e| e.contains("kept as recorded")),
            "{sql}: {refused:?}"
        );
    }
}

#[tokio::test]
async fn generalisation_outcomes_are_kept_sqlite() {
    generalisation_outcomes_are_kept_in_the_database(&TestStore::sqlite().await).await;
}

#[tokio::test]
async fn generalisation_outcomes_are_kept_postgres() {
    if let Some(t) = TestStore::postgres().await {
        generalisation_outcomes_are_kept_in_the_database(&t).await;
    }
}

mod evaluations {
    use super::cases::at;
    use super::*;
    use frirum_domain::evaluation::{
        EvaluationContent, EvaluationError, EvaluationKind, EvaluationStatus, EvidenceStrength,
        ExemptionRecommendation, ExemptionRef, Finding, NewEvaluationDocument, Recommendation,
    };
    use frirum_domain::journal::{Actor, CaseKind};

    contract!(
        evaluations_are_drafted_published_and_frozen,
        evaluations_answer_the_dossier_by_exemption,
        evaluations_of_a_scheme_are_joint,
    );

    fn content(trial_id: i64, title: &str) -> EvaluationContent {
        EvaluationContent {
            kind: EvaluationKind::Results,
            title: title.into(),
            summary: "Færre møder for borgeren.".into(),
            plan_id: None,
            embargo_until: None,
            findings: vec![
                Finding {
                    text: "Borgerne oplevede én samlet plan.".into(),
                    strength: EvidenceStrength::Moderate,
                    exemptions: vec![ExemptionRef {
                        trial_id,
                        exemption: 1,
                    }],
                    indicator_ids: Vec::new(),
                },
                Finding {
                    text: "Sagsbehandlingstiden faldt ikke målbart.".into(),
                    strength: EvidenceStrength::Inconclusive,
                    exemptions: Vec::new(),
                    indicator_ids: Vec::new(),
                },
            ],
            recommendations: vec![ExemptionRecommendation {
                trial_id,
                exemption: 1,
                recommendation: Recommendation::MakeGeneral,
                reasons: "Virker i alle netværkets kommuner.".into(),
            }],
        }
    }

    pub async fn evaluations_are_drafted_published_and_frozen(store: &dyn Store) {
        let (w, trial_id) = super::research_plans::trial(store).await;
        let created = store
            .create_evaluation(
                w.scheme,
                Some(trial_id),
                &content(trial_id, "A"),
                at(w.admin),
            )
            .await
            .unwrap();
        assert_eq!(created.status, EvaluationStatus::Draft);
        assert_eq!(created.version, 1);
        assert_eq!(created.trial_id, Some(trial_id));
        assert_eq!(created.content, content(trial_id, "A"));
        assert_eq!(store.draft_evaluations().await.unwrap().len(), 1);

        let mut changed = content(trial_id, "B");
        changed.findings.reverse();
        let saved = store
            .update_evaluation(created.id, 1, &changed, at(w.admin))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(saved.version, 2);
        assert_eq!(saved.content, changed, "the findings keep their new order");
        assert_eq!(
            store
                .update_evaluation(created.id, 1, &changed, at(w.admin))
                .await
                .unwrap(),
            Err(EvaluationError::Stale { version: 2 })
        );
        assert_eq!(
            store
                .record_evaluation_correction(created.id, "Rettelse", at(w.admin))
                .await
                .unwrap()
                .unwrap_err(),
            EvaluationError::NotPublished
        );
        let document = store
            .add_evaluation_document(
                created.id,
                &NewEvaluationDocument {
                    title: "Rapport".into(),
                    file_name: "rapport.pdf".into(),
                    file_type: "pdf".into(),
                    size_bytes: 10,
                    sha256: "ab".repeat(32),
                    object_key: "evaluations/1/x".into(),
                },
                at(w.admin),
            )
            .await
            .unwrap();
        assert_eq!(document.file_name, "rapport.pdf");

        let later = NOW + Duration::days(1);
        let published = store
            .publish_evaluation(created.id, 2, Actor::user(w.admin, later))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(published.status, EvaluationStatus::Published);
        assert_eq!(published.published_at, Some(later));
        assert_eq!(published.documents.len(), 1);
        assert!(store.draft_evaluations().await.unwrap().is_empty());

        // Published content is frozen: no edit, no second publishing; a note beside it.
        assert_eq!(
            store
                .update_evaluation(created.id, 2, &content(trial_id, "C"), at(w.admin))
                .await
                .unwrap(),
            Err(EvaluationError::Published)
        );
        assert_eq!(
            store
                .publish_evaluation(created.id, 2, at(w.admin))
                .await
                .unwrap(),
            Err(EvaluationError::Published)
        );
        let corrected = store
            .record_evaluation_correction(
                created.id,
                "Tabel 3 havde byttet om på årene.",
                at(w.admin),
            )
            .await
            .unwrap()
            .unwrap();
        assert_eq!(corrected.corrections.len(), 1);
        assert_eq!(corrected.content, changed);

        let listed = store.trial_evaluations(trial_id).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].findings, 2);
        assert_eq!(listed[0].status, EvaluationStatus::Published);

        let application_id = store.trial(trial_id).await.unwrap().unwrap().application_id;
        let journal = store
            .journal(
                CaseKind::Application,
                application_id,
                PageRequest::default(),
            )
            .await
            .unwrap();
        let actions: Vec<&str> = journal.items.iter().map(|e| e.action.as_str()).collect();
        for action in [
            "evaluation.created",
            "evaluation.updated",
            "evaluation.document_added",
            "evaluation.published",
            "evaluation.corrected",
        ] {
            assert!(actions.contains(&action), "{action} in {actions:?}");
        }
    }

    pub async fn evaluations_answer_the_dossier_by_exemption(store: &dyn Store) {
        let (w, trial_id) = super::research_plans::trial(store).await;
        let created = store
            .create_evaluation(
                w.scheme,
                Some(trial_id),
                &content(trial_id, "A"),
                at(w.admin),
            )
            .await
            .unwrap();
        let findings = store.findings_about(trial_id, 1).await.unwrap();
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].evaluation.id, created.id);
        assert_eq!(findings[0].strength, EvidenceStrength::Moderate);
        assert!(store.findings_about(trial_id, 0).await.unwrap().is_empty());
        let recs = store.recommendations_about(trial_id, 1).await.unwrap();
        assert_eq!(recs.len(), 1);
        assert_eq!(recs[0].recommendation, Recommendation::MakeGeneral);
    }

    pub async fn evaluations_of_a_scheme_are_joint(store: &dyn Store) {
        let (w, trial_id) = super::research_plans::trial(store).await;
        let joint = store
            .create_evaluation(w.scheme, None, &content(trial_id, "Samlet"), at(w.admin))
            .await
            .unwrap();
        assert_eq!(joint.trial_id, None);
        assert_eq!(store.scheme_evaluations(w.scheme).await.unwrap().len(), 1);
        assert!(store.trial_evaluations(trial_id).await.unwrap().is_empty());
        assert!(
            store
                .evaluation_trial_themes(w.scheme)
                .await
                .unwrap()
                .iter()
                .all(|(t, _)| *t == trial_id)
        );
        assert_eq!(
            store
                .create_evaluation(9999, None, &content(trial_id, "X"), at(w.admin))
                .await
                .unwrap_err()
                .to_string(),
            StoreError::NotFound.to_string()
        );
    }
}

mod dossier {
    use super::cases::{at, world};
    use super::decisions::{approval, submitted};
    use super::*;
    use frirum_domain::application::ApplicationContent;
    use frirum_domain::decision::GrantChoice;
    use frirum_domain::journal::CaseKind;
    use frirum_store::NewApplication;

    contract!(
        dossier_reads_a_provisions_trials_and_their_adoptions,
        dossier_adoption_links_a_draft_to_its_trial_and_journals_it,
    );

    /// No foreign key ties a grant's narrowed provisions to the catalogue, so any number
    /// names one here.
    const PROVISION: i64 = 987_654;

    async fn trial_waiving(store: &dyn Store) -> (super::cases::World, i64) {
        let w = world(store).await;
        let app = submitted(store, &w, "Én plan").await;
        let mut decision = approval(&app);
        decision.granted = frirum_domain::decision::GrantedExemption::from_choices(
            &app,
            &[GrantChoice {
                exemption: 1,
                provision_ids: vec![PROVISION],
                note: "Only the written documentation duty.".into(),
            }],
        );
        let decided = store.decide(app.id, &decision, at(w.admin)).await.unwrap();
        (w, decided.trial_id.unwrap())
    }

    async fn adopt(store: &dyn Store, w: &super::cases::World, trial_id: i64) -> i64 {
        store
            .adopt_trial(
                &NewApplication {
                    round_id: w.round,
                    lead_organisation_id: w.kbh,
                    member_ids: vec![],
                    content: ApplicationContent {
                        title: "Én plan i København".into(),
                        ..Default::default()
                    },
                },
                trial_id,
                at(w.applicant),
            )
            .await
            .unwrap()
            .id
    }

    pub async fn dossier_reads_a_provisions_trials_and_their_adoptions(store: &dyn Store) {
        let (w, trial_id) = trial_waiving(store).await;
        let evidence = store.dossier_evidence(PROVISION).await.unwrap();
        assert_eq!(evidence.trials.len(), 1);
        assert_eq!(evidence.trials[0].trial_id, trial_id);
        assert!(evidence.adoptions.is_empty());
        // Another number that the JSON merely contains is not the provision.
        let other = store.dossier_evidence(PROVISION / 10).await.unwrap();
        let rolled =
            frirum_domain::dossier::roll_up(PROVISION / 10, other, true, date!(2030 - 01 - 01));
        assert!(rolled.trials.is_empty());

        let application_id = adopt(store, &w, trial_id).await;
        let evidence = store.dossier_evidence(PROVISION).await.unwrap();
        assert_eq!(evidence.adoptions.len(), 1);
        assert_eq!(evidence.adoptions[0].application_id, application_id);
        let d = frirum_domain::dossier::roll_up(PROVISION, evidence, true, date!(2030 - 01 - 01));
        assert_eq!((d.granted, d.narrowed), (0, 1));
        assert_eq!(d.adoptions.len(), 1);
    }

    pub async fn dossier_adoption_links_a_draft_to_its_trial_and_journals_it(store: &dyn Store) {
        let (w, trial_id) = trial_waiving(store).await;
        let application_id = adopt(store, &w, trial_id).await;
        let from = store.adopted_from(application_id).await.unwrap().unwrap();
        assert_eq!(from.trial_id, trial_id);
        assert_eq!(store.adoptions_of_trial(trial_id).await.unwrap().len(), 1);
        let actions: Vec<String> = store
            .journal(
                CaseKind::Application,
                application_id,
                PageRequest::default(),
            )
            .await
            .unwrap()
            .items
            .into_iter()
            .map(|e| e.action)
            .collect();
        assert!(
            actions.contains(&"application.adopted".to_owned()),
            "{actions:?}"
        );
        // A deleted draft takes its link with it.
        store
            .delete_draft(application_id, at(w.applicant))
            .await
            .unwrap();
        assert!(store.adoptions_of_trial(trial_id).await.unwrap().is_empty());
    }
}

mod barriers {
    use super::cases::{at, world};
    use super::*;
    use frirum_domain::barrier::{
        AffectedGroup, BarrierError, BarrierReport, BarrierStatus, BarrierStatusFields, RootCause,
    };
    use frirum_domain::journal::{Actor, CaseKind};
    use frirum_domain::rule::Broken;
    use frirum_store::{BarrierFilter, BarrierTriage, NewBarrier};

    contract!(
        barriers_a_report_is_stored_once_and_supported_once,
        barriers_a_provision_of_another_jurisdiction_is_refused,
        barriers_a_status_change_keeps_history_and_journal,
        barriers_a_merge_moves_supporters_and_refuses_merged_targets,
    );

    fn report(title: &str) -> BarrierReport {
        BarrierReport {
            title: title.into(),
            wants_to_do: "Dele timeplaner med NAV.".into(),
            obstacle: "Taushetsplikten hindrer det.".into(),
            consequences: "Ungdom faller mellom stolene.".into(),
            groups: vec![AffectedGroup::YoungPeopleOutsideWork],
            country: Some(Country::Dk),
            scheme_id: None,
            theme_id: None,
        }
    }

    async fn reported(
        store: &dyn Store,
        reporter: i64,
        organisation: i64,
        title: &str,
    ) -> frirum_domain::barrier::Barrier {
        let report = report(title);
        store
            .report_barrier(
                &NewBarrier {
                    report: &report,
                    reporter_id: Some(reporter),
                    organisation_id: Some(organisation),
                    from_public: false,
                    public_name: None,
                    public_contact: None,
                },
                at(reporter),
            )
            .await
            .unwrap()
            .0
    }

    async fn other_user(store: &dyn Store, email: &str, organisation: i64) -> i64 {
        store
            .create_user(&new_user(email, Role::Applicant, Some(organisation)), NOW)
            .await
            .unwrap()
            .id
    }

    pub async fn barriers_a_report_is_stored_once_and_supported_once(store: &dyn Store) {
        let w = world(store).await;
        let first = reported(store, w.applicant, w.aarhus, "Data kan ikke deles").await;
        assert_eq!(first.status, BarrierStatus::Reported);
        assert_eq!(first.groups, vec![AffectedGroup::YoungPeopleOutsideWork]);
        assert_eq!(first.organisation_id, Some(w.aarhus));
        assert_eq!(first.version, 1);
        // A double click within the minute gives back the same barrier.
        let report = report("Data kan ikke deles");
        let (again, created) = store
            .report_barrier(
                &NewBarrier {
                    report: &report,
                    reporter_id: Some(w.applicant),
                    organisation_id: Some(w.aarhus),
                    from_public: false,
                    public_name: None,
                    public_contact: None,
                },
                Actor::user(w.applicant, NOW + Duration::seconds(20)),
            )
            .await
            .unwrap();
        assert!(!created);
        assert_eq!(again.id, first.id);
        let kbh = other_user(store, "k@kk.dk", w.kbh).await;
        assert!(
            store
                .support_barrier(first.id, kbh, Some(w.kbh), at(kbh))
                .await
                .unwrap()
        );
        assert!(
            !store
                .support_barrier(first.id, kbh, Some(w.kbh), at(kbh))
                .await
                .unwrap(),
            "supporting twice changes nothing"
        );
        let supporters = store.barrier_supporters(first.id).await.unwrap();
        assert_eq!(supporters.len(), 1);
        assert_eq!(
            store
                .barrier(first.id)
                .await
                .unwrap()
                .unwrap()
                .supporter_count,
            1
        );
        let mine = store
            .barriers(&BarrierFilter {
                involving: Some(kbh),
                ..BarrierFilter::default()
            })
            .await
            .unwrap();
        assert_eq!(mine.len(), 1);
        assert!(
            store
                .withdraw_barrier_support(first.id, kbh, at(kbh))
                .await
                .unwrap()
        );
        assert_eq!(
            store
                .barrier(first.id)
                .await
                .unwrap()
                .unwrap()
                .supporter_count,
            0
        );
        assert_eq!(
            store.count_barriers(BarrierStatus::Reported).await.unwrap(),
            1
        );
        let journal = store
            .journal(CaseKind::Barrier, first.id, PageRequest::default())
            .await
            .unwrap();
        let actions: Vec<&str> = journal.items.iter().map(|e| e.action.as_str()).collect();
        assert!(actions.contains(&"barrier.reported"), "{actions:?}");
        assert!(actions.contains(&"barrier.supported"), "{actions:?}");
    }

    pub async fn barriers_a_provision_of_another_jurisdiction_is_refused(store: &dyn Store) {
        let w = world(store).await;
        let barrier = reported(store, w.applicant, w.aarhus, "Barnehageloven").await;
        // The law module's document is a Norwegian act; the barrier is Danish.
        let doc = super::law::document(vec![frirum_domain::law::Section {
            chapter: None,
            section: "1".into(),
            label: "§ 1".into(),
            heading: Some("Formål".into()),
            subsections: vec![frirum_domain::law::Subsection {
                number: 1,
                text: "Formål.".into(),
                items: vec![],
            }],
            chapter_heading: None,
        }]);
        let act = store.import_act(&doc, NOW).await.unwrap().act_id;
        let provision = store.provisions_of_act(act).await.unwrap()[0].id;
        let refused = store
            .link_barrier_provision(barrier.id, provision, false, at(w.applicant))
            .await
            .unwrap()
            .unwrap_err();
        assert_eq!(refused.code(), "provision_other_jurisdiction");
        assert!(
            store
                .barrier(barrier.id)
                .await
                .unwrap()
                .unwrap()
                .provisions
                .is_empty()
        );
        assert!(matches!(
            store
                .link_barrier_provision(barrier.id, provision + 1000, false, at(w.applicant))
                .await,
            Err(StoreError::NotFound)
        ));
    }

    pub async fn barriers_a_status_change_keeps_history_and_journal(store: &dyn Store) {
        let w = world(store).await;
        let barrier = reported(store, w.applicant, w.aarhus, "Skemaer").await;
        let refused = store
            .change_barrier_status(
                barrier.id,
                BarrierStatus::Confirmed,
                &BarrierStatusFields::default(),
                at(w.admin),
            )
            .await
            .unwrap();
        assert_eq!(refused, Err(BarrierError::RootCauseRequired));
        let triaged = store
            .triage_barrier(
                barrier.id,
                &BarrierTriage {
                    root_causes: vec![RootCause::ItSystemsAndData, RootCause::Law],
                    restricted: false,
                    confirmed_provisions: vec![],
                    seen_version: barrier.version,
                },
                at(w.admin),
            )
            .await
            .unwrap()
            .unwrap();
        assert_eq!(triaged.version, barrier.version + 1);
        assert!(matches!(
            store
                .triage_barrier(
                    barrier.id,
                    &BarrierTriage {
                        seen_version: barrier.version,
                        ..BarrierTriage::default()
                    },
                    at(w.admin),
                )
                .await,
            Err(StoreError::EditConflict { .. })
        ));
        let confirmed = store
            .change_barrier_status(
                barrier.id,
                BarrierStatus::Confirmed,
                &BarrierStatusFields {
                    note: "Bekræftet af laboratoriet.".into(),
                    seen_version: Some(triaged.version),
                    ..BarrierStatusFields::default()
                },
                at(w.admin),
            )
            .await
            .unwrap()
            .unwrap();
        assert_eq!(confirmed.status, BarrierStatus::Confirmed);
        assert_eq!(
            confirmed.root_causes,
            vec![RootCause::Law, RootCause::ItSystemsAndData]
        );
        assert!(matches!(
            store
                .change_barrier_status(
                    barrier.id,
                    BarrierStatus::Resolved,
                    &BarrierStatusFields {
                        seen_version: Some(triaged.version),
                        ..BarrierStatusFields::default()
                    },
                    at(w.admin),
                )
                .await,
            Err(StoreError::EditConflict { .. })
        ));
        let history = store.barrier_history(barrier.id).await.unwrap();
        let statuses: Vec<_> = history.iter().map(|h| h.status).collect();
        assert_eq!(
            statuses,
            [BarrierStatus::Reported, BarrierStatus::Confirmed]
        );
        assert_eq!(
            history[1].note.as_deref(),
            Some("Bekræftet af laboratoriet.")
        );
        let journal = store
            .journal(CaseKind::Barrier, barrier.id, PageRequest::default())
            .await
            .unwrap();
        let changed = journal
            .items
            .iter()
            .find(|e| e.action == "barrier.status_changed")
            .expect("journaled");
        assert_eq!(changed.changes["status"]["to"], "confirmed");
    }

    pub async fn barriers_a_merge_moves_supporters_and_refuses_merged_targets(store: &dyn Store) {
        let w = world(store).await;
        let kbh = other_user(store, "k@kk.dk", w.kbh).await;
        let third = other_user(store, "t@kk.dk", w.kbh).await;
        let target = reported(store, w.applicant, w.aarhus, "Deling af data").await;
        let source = reported(store, kbh, w.kbh, "Vi kan ikke dele data").await;
        store
            .support_barrier(source.id, third, Some(w.kbh), at(third))
            .await
            .unwrap();
        // The target's own reporter supports the source: not a supporter of their own.
        store
            .support_barrier(source.id, w.applicant, Some(w.aarhus), at(w.applicant))
            .await
            .unwrap();
        store
            .support_barrier(target.id, third, Some(w.kbh), at(third))
            .await
            .unwrap();
        let merged = store
            .merge_barrier(source.id, target.id, at(w.admin))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(merged.id, target.id);
        let mut supporters: Vec<i64> = store
            .barrier_supporters(target.id)
            .await
            .unwrap()
            .iter()
            .map(|s| s.user_id)
            .collect();
        supporters.sort_unstable();
        let mut expected = vec![kbh, third];
        expected.sort_unstable();
        assert_eq!(
            supporters, expected,
            "no duplicates, never its own reporter"
        );
        let gone = store.barrier(source.id).await.unwrap().unwrap();
        assert_eq!(gone.status, BarrierStatus::Merged);
        assert_eq!(gone.merged_into, Some(target.id));
        assert_eq!(
            store
                .merge_barrier(target.id, source.id, at(w.admin))
                .await
                .unwrap(),
            Err(BarrierError::MergeIntoMerged)
        );
        assert_eq!(
            store
                .merge_barrier(target.id, target.id, at(w.admin))
                .await
                .unwrap(),
            Err(BarrierError::MergeIntoItself)
        );
        assert!(matches!(
            store.merge_barrier(target.id, 9999, at(w.admin)).await,
            Err(StoreError::NotFound)
        ));
    }
}

mod networks {
    use super::cases::{at, world};
    use super::decisions::{approval, submitted};
    use super::*;
    use frirum_domain::journal::{Actor, CaseKind};
    use frirum_domain::network::{
        GroupKind, GuidanceKind, GuidanceText, NewNetwork, NewReferenceMember, TagKind,
    };
    use frirum_domain::report::{ReportContent, ReportingSchedule};
    use frirum_store::{EntryWrite, GuidanceWrite, NewTag};

    contract!(
        networks_keep_members_trials_and_reference_groups_journaled,
        networks_guidance_is_versioned_and_questions_answered,
        networks_entries_are_published_once_and_reach_their_trials,
        networks_learning_questions_and_report_answers,
    );

    /// A world with a network of Aarhus and Copenhagen around one trial.
    async fn network(store: &dyn Store) -> (super::cases::World, i64, i64) {
        let w = world(store).await;
        let app = submitted(store, &w, "Én familie – én plan").await;
        let trial = store
            .decide(app.id, &approval(&app), at(w.admin))
            .await
            .unwrap()
            .trial_id
            .unwrap();
        let id = store
            .create_network(
                &NewNetwork {
                    scheme_id: w.scheme,
                    theme_id: Some(w.theme),
                    name: "Sammenhængende indsatser".into(),
                    purpose: "Erfaringer på tværs af kommunerne.".into(),
                    coordinator_id: Some(w.applicant),
                    member_ids: vec![w.aarhus, w.kbh],
                    trial_ids: vec![trial],
                },
                at(w.admin),
            )
            .await
            .unwrap();
        (w, id, trial)
    }

    async fn actions(store: &dyn Store, kind: CaseKind, id: i64) -> Vec<String> {
        store
            .journal(kind, id, PageRequest::default())
            .await
            .unwrap()
            .items
            .into_iter()
            .map(|e| e.action)
            .collect()
    }

    pub async fn networks_keep_members_trials_and_reference_groups_journaled(store: &dyn Store) {
        let (w, id, trial) = network(store).await;
        let n = store.network(id).await.unwrap().unwrap();
        assert_eq!(n.theme_id, Some(w.theme));
        assert_eq!(n.coordinator.unwrap().user_id, w.applicant);
        assert_eq!(store.networks().await.unwrap().len(), 1);
        let members: Vec<i64> = store
            .network_members(id)
            .await
            .unwrap()
            .iter()
            .map(|m| m.organisation_id)
            .collect();
        assert_eq!(members.len(), 2);
        assert!(members.contains(&w.aarhus) && members.contains(&w.kbh));
        let trials = store.network_trials(id).await.unwrap();
        assert_eq!(trials[0].trial_id, trial);
        assert_eq!(trials[0].status, "planned");
        store
            .set_network_members(id, &[w.aarhus], &[], at(w.admin))
            .await
            .unwrap();
        assert_eq!(store.network_members(id).await.unwrap().len(), 1);
        assert!(store.network_trials(id).await.unwrap().is_empty());
        let member = |group, name: &str| NewReferenceMember {
            group,
            name: name.into(),
            role_title: "Borgmester".into(),
            organisation: "Aarhus Kommune".into(),
        };
        let admin = store
            .add_reference_member(id, &member(GroupKind::Administrative, "B"), at(w.applicant))
            .await
            .unwrap();
        store
            .add_reference_member(id, &member(GroupKind::Political, "A"), at(w.applicant))
            .await
            .unwrap();
        let groups = store.reference_members(id).await.unwrap();
        assert_eq!(groups[0].group, GroupKind::Political);
        assert_eq!(groups[1].id, admin);
        store
            .remove_reference_member(id, admin, at(w.applicant))
            .await
            .unwrap();
        assert!(matches!(
            store
                .remove_reference_member(id, admin, at(w.applicant))
                .await,
            Err(StoreError::NotFound)
        ));
        assert!(matches!(
            store
                .add_reference_member(9999, &member(GroupKind::Political, "C"), at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        assert_eq!(
            actions(store, CaseKind::Network, id).await,
            [
                "network.created",
                "network.members_changed",
                "network.reference_member_added",
                "network.reference_member_added",
                "network.reference_member_removed",
            ]
        );
    }

    fn text(title: &str, body: &str, reason: Option<&str>) -> GuidanceText {
        GuidanceText {
            title: title.into(),
            body: body.into(),
            reason: reason.map(Into::into),
        }
    }

    pub async fn networks_guidance_is_versioned_and_questions_answered(store: &dyn Store) {
        let (w, id, _) = network(store).await;
        let first = text("Samtykke", "Indhent samtykke.", None);
        let article = store
            .add_guidance(
                &GuidanceWrite {
                    scheme_id: w.scheme,
                    network_id: Some(id),
                    kind: GuidanceKind::Article,
                    question: None,
                    text: Some(&first),
                },
                at(w.admin),
            )
            .await
            .unwrap();
        let version = store
            .add_guidance_version(
                article,
                &text(
                    "Samtykke",
                    "Indhent skriftligt samtykke.",
                    Some("Præciseret"),
                ),
                true,
                at(w.admin),
            )
            .await
            .unwrap();
        assert_eq!(version, 2);
        let for_all = store
            .add_guidance(
                &GuidanceWrite {
                    scheme_id: w.scheme,
                    network_id: None,
                    kind: GuidanceKind::Article,
                    question: None,
                    text: Some(&first),
                },
                at(w.admin),
            )
            .await
            .unwrap();
        let question = store
            .add_guidance(
                &GuidanceWrite {
                    scheme_id: w.scheme,
                    network_id: Some(id),
                    kind: GuidanceKind::Question,
                    question: Some("Må vi dele planen med lægen?"),
                    text: None,
                },
                at(w.applicant),
            )
            .await
            .unwrap();
        let asked = store.guidance_item(question).await.unwrap().unwrap();
        assert!(!asked.answered() && !asked.is_public());
        assert_eq!(asked.asked_by.unwrap().user_id, w.applicant);
        store
            .add_guidance_version(
                question,
                &text("Deling", "Ja, med samtykke.", None),
                true,
                at(w.admin),
            )
            .await
            .unwrap();
        let answered = store.guidance_item(question).await.unwrap().unwrap();
        assert!(answered.answered() && answered.is_public());
        let item = store.guidance_item(article).await.unwrap().unwrap();
        assert_eq!(item.versions.len(), 2);
        assert_eq!(
            item.current().unwrap().reason.as_deref(),
            Some("Præciseret")
        );
        assert_eq!(item.versions[0].body, "Indhent samtykke.");
        let all: Vec<i64> = store
            .network_guidance(id, w.scheme)
            .await
            .unwrap()
            .iter()
            .map(|g| g.id)
            .collect();
        assert_eq!(all.len(), 3);
        assert!(all.contains(&for_all));
        assert!(matches!(
            store
                .add_guidance_version(9999, &first, false, at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        let journal = actions(store, CaseKind::Network, id).await;
        assert!(journal.contains(&"network.guidance_version".to_owned()));
        assert!(journal.contains(&"network.question_asked".to_owned()));
        assert!(
            actions(store, CaseKind::Scheme, w.scheme)
                .await
                .contains(&"network.guidance_written".to_owned())
        );
    }

    pub async fn networks_entries_are_published_once_and_reach_their_trials(store: &dyn Store) {
        let (w, id, trial) = network(store).await;
        let tags = [NewTag {
            kind: TagKind::Trial,
            id: trial,
            label: "Én familie – én plan".into(),
            trial_id: None,
        }];
        let write = |title: &'static str| EntryWrite {
            network_id: id,
            author_id: w.applicant,
            title,
            tried: "Én plan",
            learned: "Færre møder",
            differently: "",
            tags: &tags,
        };
        let entry = store
            .add_entry(&write("Første"), at(w.applicant))
            .await
            .unwrap();
        let hidden = store
            .add_entry(&write("Anden"), at(w.applicant))
            .await
            .unwrap();
        assert!(
            store
                .published_entries_of_trial(trial)
                .await
                .unwrap()
                .is_empty()
        );
        let (a, b) = tokio::join!(
            store.publish_entry(entry, at(w.applicant)),
            store.publish_entry(entry, at(w.applicant)),
        );
        assert_eq!([a.unwrap(), b.unwrap()].iter().filter(|p| **p).count(), 1);
        store.publish_entry(hidden, at(w.applicant)).await.unwrap();
        store.hide_entry(hidden, at(w.admin)).await.unwrap();
        let reply = store
            .add_reply(entry, w.admin, "Tak for det.", at(w.admin))
            .await
            .unwrap();
        store
            .add_reply(entry, w.admin, "Skjult", at(w.admin))
            .await
            .unwrap();
        let extra = store
            .add_reply(entry, w.admin, "x", at(w.admin))
            .await
            .unwrap();
        store.hide_reply(entry, extra, at(w.admin)).await.unwrap();
        assert!(matches!(
            store.hide_reply(hidden, reply, at(w.admin)).await,
            Err(StoreError::NotFound)
        ));
        let entries = store.network_entries(id).await.unwrap();
        assert_eq!(entries.len(), 1, "the hidden entry is left out");
        let e = &entries[0];
        assert!(e.is_public());
        assert_eq!(e.tags[0].kind, TagKind::Trial);
        assert_eq!(e.replies.len(), 2);
        assert_eq!(e.replies[0].body, "Tak for det.");
        let published = store.published_entries_of_trial(trial).await.unwrap();
        assert_eq!(published.len(), 1);
        assert_eq!(published[0].network_name, "Sammenhængende indsatser");
        assert!(store.entry(hidden).await.unwrap().is_none());
        assert!(matches!(
            store.publish_entry(9999, at(w.applicant)).await,
            Err(StoreError::NotFound)
        ));
        let journal = actions(store, CaseKind::Network, id).await;
        assert_eq!(
            journal
                .iter()
                .filter(|a| *a == "network.entry_published")
                .count(),
            2
        );
        assert!(journal.contains(&"network.entry_hidden".to_owned()));
        assert!(journal.contains(&"network.reply_hidden".to_owned()));
    }

    pub async fn networks_learning_questions_and_report_answers(store: &dyn Store) {
        let (w, _, trial) = network(store).await;
        let questions = ["Virker planen?".to_owned(), "Sparer vi tid?".to_owned()];
        store
            .set_learning_questions(trial, &questions, at(w.applicant))
            .await
            .unwrap();
        store
            .set_learning_questions(trial, &questions[1..], at(w.applicant))
            .await
            .unwrap();
        let stored = store.learning_questions(trial).await.unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].question, "Sparer vi tid?");
        assert_eq!(stored[0].position, 1);
        let trial_record = store.trial(trial).await.unwrap().unwrap();
        assert!(
            actions(store, CaseKind::Application, trial_record.application_id)
                .await
                .contains(&"trial.learning_questions_set".to_owned())
        );
        let due =
            ReportingSchedule::default().all_reports(date!(2027 - 01 - 01), date!(2028 - 12 - 31));
        let system = Actor {
            user_id: None,
            reason: None,
            at: NOW,
        };
        store
            .create_due_reports(trial, &due[..1], &ReportContent::default(), system)
            .await
            .unwrap();
        let report = store.trial_reports(trial).await.unwrap()[0].id;
        store
            .save_learning_answers(report, &[(stored[0].id, "Ja".into())])
            .await
            .unwrap();
        store
            .save_learning_answers(report, &[(stored[0].id, "Ja, en time".into())])
            .await
            .unwrap();
        assert_eq!(
            store.report_learning_answers(report).await.unwrap(),
            [(stored[0].id, "Ja, en time".to_owned())]
        );
        assert!(matches!(
            store
                .set_learning_questions(9999, &questions, at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
    }
}

mod testbeds {
    use super::cases::{at, world};
    use super::decisions::{approval, submitted};
    use super::*;
    use frirum_domain::application::PartnerKind;
    use frirum_domain::journal::CaseKind;
    use frirum_domain::partner::{ItemKind, NewPartner, PartnerError, PartnerVerdict};
    use frirum_domain::report::{DueReport, ReportContent, ReportKind};

    contract!(
        testbeds_partners_are_unique_per_country_and_journaled,
        testbeds_trial_partners_items_reviews_and_breaches,
    );

    fn partner(name: &str, country: Country, id: &str) -> NewPartner {
        NewPartner::parse(name, PartnerKind::University, country, id, "").unwrap()
    }

    async fn testbeds_partners_are_unique_per_country_and_journaled(store: &dyn Store) {
        let w = world(store).await;
        let umu = store
            .create_partner(
                &partner("Umeå universitet", Country::Se, "202100-2874"),
                at(w.applicant),
            )
            .await
            .unwrap()
            .unwrap();
        assert_eq!(umu.national_id.as_deref(), Some("2021002874"));
        let again = store
            .create_partner(&partner("UmU", Country::Se, "2021002874"), at(w.applicant))
            .await
            .unwrap();
        assert_eq!(again, Err(PartnerError::Duplicate { existing: umu.id }));
        // Partners without a number may share a name; numbers are unique per country only.
        for _ in 0..2 {
            store
                .create_partner(&partner("Konsult", Country::Se, ""), at(w.applicant))
                .await
                .unwrap()
                .unwrap();
        }
        let found = store
            .partner_by_national_id(Country::Se, "2021002874")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(found.id, umu.id);
        assert_eq!(store.partners().await.unwrap().len(), 3);
        let journal = store
            .journal(CaseKind::Partner, umu.id, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(journal.items[0].action, "partner.registered");
    }

    async fn testbeds_trial_partners_items_reviews_and_breaches(store: &dyn Store) {
        let w = world(store).await;
        let app = submitted(store, &w, "Testbädd").await;
        let trial = store
            .decide(app.id, &approval(&app), at(w.admin))
            .await
            .unwrap()
            .trial_id
            .unwrap();
        let p = store
            .create_partner(
                &partner("Aarhus Universitet", Country::Dk, "31119103"),
                at(w.applicant),
            )
            .await
            .unwrap()
            .unwrap();
        let tp = store
            .add_trial_partner(trial, p.id, "Følgeforskning", at(w.applicant))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            store
                .add_trial_partner(trial, p.id, "Igen", at(w.applicant))
                .await
                .unwrap(),
            Err(PartnerError::AlreadyInTrial)
        );
        assert!(matches!(
            store
                .add_trial_partner(trial + 1000, p.id, "", at(w.applicant))
                .await,
            Err(StoreError::NotFound)
        ));
        let demand = store
            .add_partner_item(
                trial,
                tp,
                ItemKind::Demand,
                "data_access",
                "Alla data.",
                at(w.applicant),
            )
            .await
            .unwrap();
        let value = store
            .add_partner_item(trial, tp, ItemKind::Value, "inclusion", "", at(w.applicant))
            .await
            .unwrap();
        // A trial partner of another trial is not found.
        assert!(matches!(
            store
                .add_partner_item(
                    trial + 1,
                    tp,
                    ItemKind::Demand,
                    "exit",
                    "x",
                    at(w.applicant)
                )
                .await,
            Err(StoreError::NotFound)
        ));
        let listed = store.trial_partners(trial).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].items, vec![demand.clone(), value.clone()]);
        assert_eq!(store.partner_trials(p.id).await.unwrap()[0].trial_id, trial);

        let due = DueReport {
            kind: ReportKind::Periodic,
            period_start: time::macros::date!(2027 - 01 - 01),
            period_end: time::macros::date!(2027 - 07 - 01),
            due_date: time::macros::date!(2027 - 07 - 01),
        };
        let system = frirum_domain::journal::Actor {
            user_id: None,
            reason: None,
            at: NOW,
        };
        let report = store
            .create_due_reports(trial, &[due], &ReportContent::default(), system)
            .await
            .unwrap()
            .remove(0)
            .id;
        store
            .save_partner_reviews(report, &[(demand.id, PartnerVerdict::Kept, String::new())])
            .await
            .unwrap();
        // Saving again replaces the verdicts.
        store
            .save_partner_reviews(
                report,
                &[
                    (demand.id, PartnerVerdict::AtRisk, "Dröjer.".into()),
                    (value.id, PartnerVerdict::Breached, "Brutet.".into()),
                ],
            )
            .await
            .unwrap();
        let reviews = store.report_partner_reviews(report).await.unwrap();
        assert_eq!(reviews.len(), 2);
        assert_eq!(reviews[0].verdict, PartnerVerdict::AtRisk);
        // A draft's verdicts are neither history nor breaches yet.
        assert!(store.trial_partner_reviews(trial).await.unwrap().is_empty());
        assert!(store.partner_breaches(true).await.unwrap().is_empty());
        let content = ReportContent {
            progress: "Pågår.".into(),
            ..ReportContent::default()
        };
        store
            .submit_report(report, 1, &content, at(w.applicant))
            .await
            .unwrap();
        assert_eq!(store.trial_partner_reviews(trial).await.unwrap().len(), 2);
        let breaches = store.partner_breaches(true).await.unwrap();
        assert_eq!(breaches.len(), 1);
        assert_eq!(breaches[0].item_id, value.id);
        assert_eq!(breaches[0].partner_name, "Aarhus Universitet");
        assert!(!breaches[0].acknowledged);
        store
            .acknowledge_breach(report, value.id, "Vi följer upp.", at(w.admin))
            .await
            .unwrap()
            .unwrap();
        assert!(store.partner_breaches(true).await.unwrap().is_empty());
        assert!(store.partner_breaches(false).await.unwrap()[0].acknowledged);
        assert_eq!(
            store
                .acknowledge_breach(report, value.id, "Igen.", at(w.admin))
                .await
                .unwrap(),
            Err(PartnerError::AlreadyAcknowledged)
        );
        assert!(matches!(
            store
                .acknowledge_breach(report, demand.id, "Ej brott.", at(w.admin))
                .await,
            Err(StoreError::NotFound)
        ));
        let journal = store
            .journal(CaseKind::Partner, p.id, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(
            journal.items.last().unwrap().action,
            "partner.breach_acknowledged"
        );
        // Agreements: a document linked to the trial partner.
        store.link_partner_document(4242, tp).await.unwrap_err();
        assert!(store.partner_documents(&[tp]).await.unwrap().is_empty());
    }
}

mod lab {
    use super::cases::{at, world};
    use super::*;
    use frirum_domain::barrier::{
        AffectedGroup, BarrierReport, BarrierStatus, BarrierStatusFields, ExperimentLink, RootCause,
    };
    use frirum_domain::barrier_rollup::{self, Audience};
    use frirum_domain::investigation::{
        ActivityKind, Conclusion, ConclusionKind, InvestigationStatus, NewActivity,
        NewInvestigation, Participant,
    };
    use frirum_domain::journal::CaseKind;
    use frirum_store::{BarrierTriage, NewBarrier};

    contract!(
        lab_barrier_facts_gather_reporters_supporters_causes_and_provisions,
        lab_investigations_keep_barriers_participants_and_an_append_only_log,
        lab_starts_are_recorded_once,
    );

    async fn reported(store: &dyn Store, reporter: i64, organisation: i64, title: &str) -> i64 {
        let report = BarrierReport {
            title: title.into(),
            wants_to_do: "Starte gradvis.".into(),
            obstacle: "Programmet skal være på full tid.".into(),
            consequences: "De unge blir stående utenfor.".into(),
            groups: vec![AffectedGroup::YoungPeopleOutsideWork],
            country: Some(Country::No),
            scheme_id: None,
            theme_id: None,
        };
        store
            .report_barrier(
                &NewBarrier {
                    report: &report,
                    reporter_id: Some(reporter),
                    organisation_id: Some(organisation),
                    from_public: false,
                    public_name: None,
                    public_contact: None,
                },
                at(reporter),
            )
            .await
            .unwrap()
            .0
            .id
    }

    async fn provision(store: &dyn Store) -> i64 {
        let doc = super::law::document(vec![frirum_domain::law::Section {
            chapter: None,
            section: "30".into(),
            label: "§ 30".into(),
            heading: Some("Programmets innhold og omfang".into()),
            subsections: vec![frirum_domain::law::Subsection {
                number: 1,
                text: "Programmet skal være helårig og på full tid.".into(),
                items: vec![],
            }],
            chapter_heading: None,
        }]);
        let act = store.import_act(&doc, NOW).await.unwrap().act_id;
        store.provisions_of_act(act).await.unwrap()[0].id
    }

    pub async fn lab_barrier_facts_gather_reporters_supporters_causes_and_provisions(
        store: &dyn Store,
    ) {
        let w = world(store).await;
        let provision = provision(store).await;
        let first = reported(store, w.applicant, w.aarhus, "Full tid fra første dag").await;
        let second = reported(store, w.applicant, w.aarhus, "Samme hinder igjen").await;
        let other = store
            .create_user(
                &new_user("kbh.lab@example.org", Role::Applicant, Some(w.kbh)),
                NOW,
            )
            .await
            .unwrap()
            .id;
        store
            .support_barrier(first, other, Some(w.kbh), at(other))
            .await
            .unwrap();
        store
            .link_barrier_provision(first, provision, true, at(w.admin))
            .await
            .unwrap()
            .unwrap();
        store
            .link_barrier_provision(second, provision, false, at(w.admin))
            .await
            .unwrap()
            .unwrap();
        let barrier = store.barrier(first).await.unwrap().unwrap();
        store
            .triage_barrier(
                first,
                &BarrierTriage {
                    root_causes: vec![RootCause::Law, RootCause::Organisation],
                    restricted: false,
                    confirmed_provisions: vec![provision],
                    seen_version: barrier.version,
                },
                at(w.admin),
            )
            .await
            .unwrap()
            .unwrap();
        store
            .change_barrier_status(
                first,
                BarrierStatus::Confirmed,
                &BarrierStatusFields::default(),
                at(w.admin),
            )
            .await
            .unwrap()
            .unwrap();

        let all = store.barrier_facts(None).await.unwrap();
        assert_eq!(all.len(), 2);
        let facts = all.iter().find(|b| b.id == first).unwrap();
        assert_eq!(facts.status, BarrierStatus::Confirmed);
        assert_eq!(facts.country, Country::No);
        assert_eq!(facts.root_causes, [RootCause::Law, RootCause::Organisation]);
        assert_eq!(facts.groups, [AffectedGroup::YoungPeopleOutsideWork]);
        assert_eq!(
            facts
                .reporters
                .iter()
                .map(|r| (r.user_id, r.organisation.as_ref().map(|o| o.id)))
                .collect::<Vec<_>>(),
            [
                (Some(w.applicant), Some(w.aarhus)),
                (Some(other), Some(w.kbh))
            ]
        );
        assert_eq!(
            facts.confirmed_provisions().collect::<Vec<_>>(),
            [provision]
        );
        // Filtered by the provision: both name it; the roll-up counts them.
        let naming = store.barrier_facts(Some(provision)).await.unwrap();
        assert_eq!(naming.len(), 2);
        let rollup = barrier_rollup::provision_rollup(provision, &naming, Audience::Lab);
        assert_eq!(
            (
                rollup.confirmed.barriers,
                rollup.confirmed.people,
                rollup.confirmed.organisations
            ),
            (1, 2, 2)
        );
        assert_eq!(rollup.suggested.barriers, 1);
        assert!(
            store
                .barrier_facts(Some(provision + 1000))
                .await
                .unwrap()
                .is_empty()
        );
        // No trial waives it: the confirmed barrier is a gap.
        let trials = store.lab_trial_facts().await.unwrap();
        assert!(!trials.exempted_provisions.contains(&provision));
        let gaps = barrier_rollup::gaps(&all, Audience::Lab, &trials);
        assert_eq!(gaps.iter().map(|b| b.id).collect::<Vec<_>>(), [first]);
    }

    pub async fn lab_investigations_keep_barriers_participants_and_an_append_only_log(
        store: &dyn Store,
    ) {
        let w = world(store).await;
        let barrier = reported(store, w.applicant, w.aarhus, "Full tid").await;
        let id = store
            .create_investigation(
                &NewInvestigation {
                    title: "Unge utenfor".into(),
                    hypothesis: "Loven krever full tid.".into(),
                    barrier_ids: vec![barrier],
                    participants: vec![
                        Participant::Organisation(w.aarhus),
                        Participant::Named("Arbeids- og velferdsdirektoratet".into()),
                    ],
                },
                at(w.admin),
            )
            .await
            .unwrap();
        let open = store.investigation(id).await.unwrap().unwrap();
        assert_eq!(open.status, InvestigationStatus::Open);
        assert_eq!(open.barriers.len(), 1);
        assert_eq!(open.participant_ids(), [w.aarhus]);
        assert_eq!(
            open.participants[1].name,
            "Arbeids- og velferdsdirektoratet"
        );
        // A missing barrier is not found, and nothing is kept.
        assert!(matches!(
            store
                .create_investigation(
                    &NewInvestigation {
                        title: "x".into(),
                        hypothesis: "y".into(),
                        barrier_ids: vec![999_999],
                        participants: vec![],
                    },
                    at(w.admin),
                )
                .await,
            Err(StoreError::NotFound)
        ));
        assert_eq!(store.investigations().await.unwrap().len(), 1);

        let activity = NewActivity {
            on: NOW.date(),
            kind: ActivityKind::Meeting,
            note: "Oppstartsmøte.".into(),
        };
        assert!(
            store
                .log_activity(id, &activity, at(w.admin))
                .await
                .unwrap()
        );
        let conclusion = Conclusion {
            kind: ConclusionKind::Experiment,
            text: "Prøv gradvis opptrapping.".into(),
            experiment: Some((ExperimentLink::Scheme, w.scheme)),
            ministry: String::new(),
            ministry_response: String::new(),
        };
        assert!(
            store
                .conclude_investigation(id, &conclusion, at(w.admin))
                .await
                .unwrap()
        );
        // Concluded once: a second conclusion and a later activity change nothing.
        assert!(
            !store
                .conclude_investigation(id, &conclusion, at(w.admin))
                .await
                .unwrap()
        );
        assert!(
            !store
                .log_activity(id, &activity, at(w.admin))
                .await
                .unwrap()
        );
        let done = store.investigation(id).await.unwrap().unwrap();
        assert_eq!(done.status, InvestigationStatus::Concluded);
        assert_eq!(done.conclusion_kind, Some(ConclusionKind::Experiment));
        assert_eq!(done.experiment_kind, Some(ExperimentLink::Scheme));
        assert_eq!(done.experiment_id, Some(w.scheme));
        assert_eq!(done.activities.len(), 1);
        assert!(matches!(
            store.log_activity(999_999, &activity, at(w.admin)).await,
            Err(StoreError::NotFound)
        ));
        let journal = store
            .journal(CaseKind::Investigation, id, PageRequest::default())
            .await
            .unwrap();
        let actions: Vec<&str> = journal.items.iter().map(|e| e.action.as_str()).collect();
        for action in [
            "investigation.opened",
            "investigation.activity_logged",
            "investigation.concluded",
        ] {
            assert!(actions.contains(&action), "{actions:?}");
        }
    }

    pub async fn lab_starts_are_recorded_once(store: &dyn Store) {
        let w = world(store).await;
        let barrier = reported(store, w.applicant, w.aarhus, "Full tid").await;
        for _ in 0..2 {
            store
                .record_barrier_start(barrier, ExperimentLink::Application, 12345, at(w.applicant))
                .await
                .unwrap();
        }
        let starts = store.barrier_starts(barrier).await.unwrap();
        assert_eq!(starts.len(), 1);
        assert_eq!(starts[0].kind, ExperimentLink::Application);
        assert!(matches!(
            store
                .record_barrier_start(999_999, ExperimentLink::Proposal, 1, at(w.applicant))
                .await,
            Err(StoreError::NotFound)
        ));
    }
}
