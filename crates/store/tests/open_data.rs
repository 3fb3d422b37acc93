//! The store's contract for the open-data files: a build replaces every file at once and
//! records the digest of the dataset it came from, on SQLite and (when
//! `FRIRUM_TEST_DATABASE_URL` is set) on PostgreSQL.

use frirum_store::Store;
use frirum_store::open_data::OpenDataFile;
use frirum_store::testing::TestStore;
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

fn file(name: &str, body: &[u8], at: OffsetDateTime) -> OpenDataFile {
    OpenDataFile {
        name: name.to_owned(),
        content_type: "application/zip".to_owned(),
        body: body.to_vec(),
        etag: format!("\"{name}-{}\"", body.len()),
        generated_at: at,
    }
}

#[tokio::test]
async fn nothing_is_built_at_first() {
    on_each_engine(|store| async move {
        assert_eq!(store.open_data_build().await.unwrap(), None);
        assert!(store.open_data_entries().await.unwrap().is_empty());
        assert_eq!(store.open_data_file("frirum.zip").await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn a_build_replaces_every_file_and_keeps_its_bytes() {
    on_each_engine(|store| async move {
        // Bytes that are not text (a zip's), with a NUL, come back as they went in.
        let zip = [0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10];
        let first = vec![
            file("frirum.zip", &zip, NOW),
            file("scheme-1.zip", b"one", NOW),
        ];
        store.replace_open_data("d1", &first, NOW).await.unwrap();
        let build = store.open_data_build().await.unwrap().unwrap();
        assert_eq!(build.digest, "d1");
        assert_eq!(build.generated_at, NOW);
        let entries = store.open_data_entries().await.unwrap();
        let names: Vec<_> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["frirum.zip", "scheme-1.zip"]);
        assert_eq!(entries[0].size, 7);
        assert_eq!(entries[0].etag, "\"frirum.zip-7\"");
        assert_eq!(entries[0].generated_at, NOW);
        assert_eq!(
            store.open_data_file("frirum.zip").await.unwrap(),
            Some(first[0].clone())
        );

        // The next build drops the scheme that is gone and replaces the rest.
        let later = NOW + Duration::minutes(5);
        let second = vec![file("frirum.zip", b"newer bytes", later)];
        store.replace_open_data("d2", &second, later).await.unwrap();
        let build = store.open_data_build().await.unwrap().unwrap();
        assert_eq!((build.digest.as_str(), build.generated_at), ("d2", later));
        let entries = store.open_data_entries().await.unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].size, 11);
        assert_eq!(store.open_data_file("scheme-1.zip").await.unwrap(), None);
        let got = store.open_data_file("frirum.zip").await.unwrap().unwrap();
        assert_eq!(got.body, b"newer bytes");
        assert_eq!(got.generated_at, later);
    })
    .await;
}
