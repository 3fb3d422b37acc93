//! The store's contract for running on several servers: the general lease, the record of
//! jobs' runs and the outbox's summary, on SQLite and (when `FRIRUM_TEST_DATABASE_URL` is
//! set) on PostgreSQL.

use frirum_domain::{Language, Role};
use frirum_store::operations::{JobOutcome, NewJobRun, OutboxSummary, RUNS_KEPT_PER_JOB};
use frirum_store::testing::TestStore;
use frirum_store::{NewUser, Store};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const NOW: OffsetDateTime = datetime!(2026-12-06 04:00 UTC);

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

fn run<'a>(
    job: &'a str,
    holder: &'a str,
    at: OffsetDateTime,
    outcome: JobOutcome,
) -> NewJobRun<'a> {
    NewJobRun {
        job,
        holder,
        started_at: at,
        finished_at: at + Duration::seconds(2),
        outcome,
        detail: Some("did things"),
    }
}

#[tokio::test]
async fn leases_are_listed_with_their_holders() {
    on_each_engine(|store| async move {
        assert!(store.leases().await.unwrap().is_empty());
        let until = NOW + Duration::minutes(1);
        assert!(
            store
                .take_lease("upkeep", "server-a", until, NOW)
                .await
                .unwrap()
        );
        assert!(
            !store
                .take_lease("upkeep", "server-b", until, NOW)
                .await
                .unwrap()
        );
        assert!(
            store
                .take_lease("law_sync", "server-b", until, NOW)
                .await
                .unwrap()
        );
        let leases = store.leases().await.unwrap();
        let held: Vec<_> = leases
            .iter()
            .map(|l| (l.name.as_str(), l.holder.as_str(), l.expires_at))
            .collect();
        assert_eq!(
            held,
            [
                ("law_sync", "server-b", until),
                ("upkeep", "server-a", until)
            ]
        );
        // A lease taken at once by many is won by exactly one.
        let later = until + Duration::minutes(5);
        let takers: Vec<_> = (0..8)
            .map(|i| {
                let store = store.clone();
                tokio::spawn(async move {
                    store
                        .take_lease("export", &format!("s{i}"), later, NOW)
                        .await
                        .unwrap()
                })
            })
            .collect();
        let mut won = 0;
        for taker in takers {
            won += usize::from(taker.await.unwrap());
        }
        assert_eq!(won, 1);
    })
    .await;
}

#[tokio::test]
async fn job_runs_are_recorded_newest_first_and_bounded_per_job() {
    on_each_engine(|store| async move {
        assert!(store.job_runs(5).await.unwrap().is_empty());
        let first = store
            .record_job_run(&run("upkeep", "server-a", NOW, JobOutcome::Done))
            .await
            .unwrap();
        assert_eq!(first.job, "upkeep");
        assert_eq!(first.holder, "server-a");
        assert_eq!(first.started_at, NOW);
        assert_eq!(first.finished_at, NOW + Duration::seconds(2));
        assert_eq!(first.outcome, JobOutcome::Done);
        assert_eq!(first.detail.as_deref(), Some("did things"));
        store
            .record_job_run(&run(
                "law_sync",
                "server-b",
                NOW + Duration::minutes(1),
                JobOutcome::Failed,
            ))
            .await
            .unwrap();
        for minute in 2..5 {
            store
                .record_job_run(&run(
                    "upkeep",
                    "server-a",
                    NOW + Duration::minutes(minute),
                    JobOutcome::Done,
                ))
                .await
                .unwrap();
        }
        // At most two of each, newest first across jobs.
        let runs = store.job_runs(2).await.unwrap();
        let seen: Vec<_> = runs
            .iter()
            .map(|r| {
                (
                    r.job.as_str(),
                    (r.started_at - NOW).whole_minutes(),
                    r.outcome,
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                ("upkeep", 4, JobOutcome::Done),
                ("upkeep", 3, JobOutcome::Done),
                ("law_sync", 1, JobOutcome::Failed),
            ]
        );
        // Only the newest are kept.
        for minute in 0..RUNS_KEPT_PER_JOB + 3 {
            store
                .record_job_run(&run(
                    "mailer",
                    "server-a",
                    NOW + Duration::minutes(10 + minute),
                    JobOutcome::Done,
                ))
                .await
                .unwrap();
        }
        let all = store.job_runs(10_000).await.unwrap();
        let mailer: Vec<_> = all.iter().filter(|r| r.job == "mailer").collect();
        assert_eq!(mailer.len() as i64, RUNS_KEPT_PER_JOB);
        assert_eq!(
            mailer.last().map(|r| (r.started_at - NOW).whole_minutes()),
            Some(13)
        );
        assert_eq!(all.iter().filter(|r| r.job == "upkeep").count(), 4);
    })
    .await;
}

#[tokio::test]
async fn the_outbox_summary_counts_waiting_failing_and_sent_mail() {
    on_each_engine(|store| async move {
        assert_eq!(
            store.outbox_summary().await.unwrap(),
            OutboxSummary::default()
        );
        let user = store
            .create_user(
                &NewUser {
                    email: "ops@example.org".into(),
                    name: "Ops".into(),
                    role: Role::Admin,
                    organisation_id: None,
                    language: Some(Language::En),
                    password_hash: "$argon2id$fake".into(),
                },
                NOW,
            )
            .await
            .unwrap();
        let mail = |title: &str| frirum_store::NewNotification {
            user_id: user.id,
            kind: frirum_domain::notification::NotificationKind::Decided,
            application_id: None,
            title: title.to_owned(),
            body: "body".to_owned(),
            link: "/".to_owned(),
            address: user.email.clone(),
            subject: title.to_owned(),
            mail_body: "mail".to_owned(),
        };
        store.notify(&[mail("one")], NOW).await.unwrap();
        store
            .notify(&[mail("two"), mail("three")], NOW + Duration::minutes(1))
            .await
            .unwrap();
        let claimed = store
            .claim_outbox(NOW + Duration::minutes(2), NOW + Duration::minutes(3), 2)
            .await
            .unwrap();
        assert_eq!(claimed.len(), 2);
        store
            .mark_mail_sent(claimed[0].id, NOW + Duration::minutes(2))
            .await
            .unwrap();
        store
            .mark_mail_failed(claimed[1].id, "refused", NOW + Duration::minutes(10))
            .await
            .unwrap();
        assert_eq!(
            store.outbox_summary().await.unwrap(),
            OutboxSummary {
                waiting: 2,
                failing: 1,
                sent: 1,
                oldest_waiting: Some(NOW + Duration::minutes(1)),
            }
        );
    })
    .await;
}

#[tokio::test]
async fn every_table_is_counted_or_left_out() {
    on_each_engine(|store| async move {
        assert_eq!(
            store.uncounted_tables().await.unwrap(),
            Vec::<String>::new(),
            "a table without the data version's trigger: add one (see migration 0036) \
             or name it in operations::UNCOUNTED_TABLES"
        );
    })
    .await;
}

#[tokio::test]
async fn the_data_version_moves_on_public_writes_only() {
    on_each_engine(|store| async move {
        let start = store.data_version().await.unwrap();
        assert_eq!(
            store.data_version().await.unwrap(),
            start,
            "a read moves nothing"
        );
        let user = store
            .create_user(
                &NewUser {
                    email: "version@example.org".into(),
                    name: "Version".into(),
                    role: Role::Admin,
                    organisation_id: None,
                    language: Some(Language::En),
                    password_hash: "$argon2id$fake".into(),
                },
                NOW,
            )
            .await
            .unwrap();
        let created = store.data_version().await.unwrap();
        assert!(created > start, "an insert moves it ({start} → {created})");
        store
            .update_profile(user.id, "Renamed", Some(Language::Nb))
            .await
            .unwrap();
        let renamed = store.data_version().await.unwrap();
        assert!(renamed > created, "an update moves it");
        // Sessions and leases are written all day and shown on no public page.
        store
            .create_session("hash-of-a-secret", user.id, NOW, NOW + Duration::hours(1))
            .await
            .unwrap();
        assert!(
            store
                .take_lease("upkeep", "server-a", NOW + Duration::minutes(1), NOW)
                .await
                .unwrap()
        );
        assert_eq!(store.data_version().await.unwrap(), renamed);
    })
    .await;
}
