//! The store's contract for keeping the law catalogue current: the catalogue's version,
//! the sources' validators, the runs and the lease, on SQLite and (when
//! `FRIRUM_TEST_DATABASE_URL` is set) on PostgreSQL.

use frirum_store::Store;
use frirum_store::law_sync::{SyncCounts, SyncOutcome, Validators};
use frirum_store::testing::TestStore;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const NOW: OffsetDateTime = datetime!(2026-12-05 03:00 UTC);

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

#[tokio::test]
async fn the_catalogue_version_starts_at_zero() {
    // Imports count it up: see the contract's `import_adds_updates_and_keeps_provision_ids`.
    on_each_engine(|store| async move {
        assert_eq!(store.catalogue_version().await.unwrap(), 0);
    })
    .await;
}

#[tokio::test]
async fn validators_are_kept_per_address_and_replaced() {
    on_each_engine(|store| async move {
        let url = "http://127.0.0.1:1/a.tar.bz2";
        assert_eq!(store.sync_validators(url).await.unwrap(), None);
        let first = Validators {
            etag: Some("\"v1\"".into()),
            last_modified: Some("Sat, 05 Dec 2026 01:00:00 GMT".into()),
        };
        store.set_sync_validators(url, &first, NOW).await.unwrap();
        assert_eq!(store.sync_validators(url).await.unwrap(), Some(first));
        let second = Validators {
            etag: Some("\"v2\"".into()),
            last_modified: None,
        };
        store.set_sync_validators(url, &second, NOW).await.unwrap();
        assert_eq!(store.sync_validators(url).await.unwrap(), Some(second));
        assert_eq!(store.sync_validators("http://other").await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn runs_are_recorded_newest_first_with_their_outcome() {
    on_each_engine(|store| async move {
        let first = store.start_sync_run("lovdata", NOW).await.unwrap();
        let counts = SyncCounts {
            fetched: 2,
            not_modified: 0,
            added: 3,
            updated: 1,
            unchanged: 4,
            skipped: 1,
        };
        store
            .finish_sync_run(
                first,
                SyncOutcome::Imported,
                &counts,
                None,
                NOW + Duration::minutes(3),
            )
            .await
            .unwrap();
        let later = NOW + Duration::days(1);
        let second = store.start_sync_run("lovdata", later).await.unwrap();
        store
            .finish_sync_run(
                second,
                SyncOutcome::Failed,
                &SyncCounts::default(),
                Some("the server answered 500 Internal Server Error"),
                later,
            )
            .await
            .unwrap();
        let running = store
            .start_sync_run("riksdagen", later + Duration::minutes(1))
            .await
            .unwrap();

        let runs = store.sync_runs(10).await.unwrap();
        assert_eq!(
            runs.iter().map(|r| r.id).collect::<Vec<_>>(),
            [running, second, first]
        );
        assert_eq!(runs[0].outcome, SyncOutcome::Running);
        assert_eq!(runs[0].finished_at, None);
        assert_eq!(runs[1].outcome, SyncOutcome::Failed);
        assert_eq!(
            runs[1].error.as_deref(),
            Some("the server answered 500 Internal Server Error")
        );
        assert_eq!(runs[2].counts, counts);
        assert_eq!(runs[2].finished_at, Some(NOW + Duration::minutes(3)));
        assert_eq!(store.sync_runs(1).await.unwrap().len(), 1);

        // A failed run is no point to go on from; a good one is.
        assert_eq!(store.last_good_sync("lovdata").await.unwrap(), Some(NOW));
        assert_eq!(store.last_good_sync("riksdagen").await.unwrap(), None);
        assert!(
            store
                .finish_sync_run(
                    running + 100,
                    SyncOutcome::Failed,
                    &SyncCounts::default(),
                    None,
                    later
                )
                .await
                .is_err()
        );
    })
    .await;
}

#[tokio::test]
async fn one_holder_at_a_time_takes_the_lease_until_it_runs_out() {
    on_each_engine(|store| async move {
        let until = NOW + Duration::hours(1);
        assert!(store.take_lease("law_sync", "a", until, NOW).await.unwrap());
        assert!(!store.take_lease("law_sync", "b", until, NOW).await.unwrap());
        // The holder may extend it; another name is another lease.
        assert!(
            store
                .take_lease("law_sync", "a", until + Duration::hours(1), NOW)
                .await
                .unwrap()
        );
        assert!(store.take_lease("other", "b", until, NOW).await.unwrap());
        // Once it has run out, another holder takes it.
        let later = until + Duration::hours(2);
        assert!(
            store
                .take_lease("law_sync", "b", later + Duration::hours(1), later)
                .await
                .unwrap()
        );
        assert!(
            !store
                .take_lease("law_sync", "a", later, later)
                .await
                .unwrap()
        );
        // Released by its holder only.
        store.release_lease("law_sync", "a").await.unwrap();
        assert!(
            !store
                .take_lease("law_sync", "a", later, later)
                .await
                .unwrap()
        );
        store.release_lease("law_sync", "b").await.unwrap();
        assert!(
            store
                .take_lease("law_sync", "a", later, later)
                .await
                .unwrap()
        );
    })
    .await;
}
