//! Backups of a SQLite database and restoring them: the backup is marked and holds the
//! journal; a restore brings it back with its journal verified; a file that is not a
//! backup, or of a newer schema, is refused and the target is left as it was. PostgreSQL
//! is refused with pg_dump's name.

use frirum_domain::journal::Actor;
use frirum_domain::scheme::{Rules, SchemeDraft};
use frirum_domain::{Country, Language, Role};
use frirum_store::backup::{self, BackupError};
use frirum_store::{JournalStore, NewUser, SchemeStore, SqliteStore, Store};
use time::OffsetDateTime;
use time::macros::datetime;

const NOW: OffsetDateTime = datetime!(2026-12-06 05:00 UTC);

async fn store_with_a_scheme(path: &std::path::Path, code: &str) -> SqliteStore {
    let store = SqliteStore::connect(path.to_str().unwrap()).await.unwrap();
    store.migrate().await.unwrap();
    let admin = store
        .create_user(
            &NewUser {
                email: format!("{code}@example.org"),
                name: "Admin".into(),
                role: Role::Admin,
                organisation_id: None,
                language: Some(Language::En),
                password_hash: "$argon2id$fake".into(),
            },
            NOW,
        )
        .await
        .unwrap();
    store
        .create_scheme(
            &SchemeDraft {
                code: code.into(),
                country: Country::No,
                title: format!("Scheme {code}"),
                language: Language::Nb,
                invitation: "# Invitation".into(),
                publish_applications: true,
            },
            &Rules::default(),
            Actor::user(admin.id, NOW),
        )
        .await
        .unwrap();
    store
}

#[tokio::test]
async fn a_backup_is_restored_with_its_journal() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live.db");
    let store = store_with_a_scheme(&live, "ONE").await;
    let entries = store.verify_journal().await.unwrap().entries;
    assert!(entries >= 1);
    let out = dir.path().join("backup.frirum");
    let info = store.backup_into(&out, NOW).await.unwrap();
    assert_eq!(info.schema_version, backup::latest_schema_version());
    assert_eq!(info.journal_entries, entries);
    // A second backup into the same file is refused.
    assert!(matches!(
        store.backup_into(&out, NOW).await,
        Err(BackupError::Exists(_))
    ));
    assert_eq!(backup::inspect(&out).await.unwrap(), info);

    // Another database, with other data, is replaced by the backup.
    let target = dir.path().join("target.db");
    let other = store_with_a_scheme(&target, "TWO").await;
    drop(other);
    let restored = backup::restore(&out, &target).await.unwrap();
    assert_eq!(restored.journal_entries, entries);
    let back = SqliteStore::connect(target.to_str().unwrap())
        .await
        .unwrap();
    assert_eq!(back.verify_journal().await.unwrap().entries, entries);
    assert!(back.scheme_by_code("ONE").await.unwrap().is_some());
    assert!(back.scheme_by_code("TWO").await.unwrap().is_none());
}

#[tokio::test]
async fn what_is_not_a_backup_or_is_newer_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("target.db");
    let kept = store_with_a_scheme(&target, "KEEP").await;
    let entries = kept.verify_journal().await.unwrap().entries;

    // A text file, and a Frirum database without the mark.
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a database").unwrap();
    let unmarked = dir.path().join("plain.db");
    drop(store_with_a_scheme(&unmarked, "PLAIN").await);
    for file in [&text, &unmarked, &dir.path().join("missing.frirum")] {
        let refused = backup::restore(file, &target).await;
        assert!(
            matches!(refused, Err(BackupError::NotABackup { .. })),
            "{file:?}: {refused:?}"
        );
    }

    // A backup from a newer Frirum.
    let live = dir.path().join("live.db");
    let store = store_with_a_scheme(&live, "NEW").await;
    let out = dir.path().join("newer.frirum");
    store.backup_into(&out, NOW).await.unwrap();
    {
        use sqlx::Connection;
        let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", out.display()))
            .await
            .unwrap();
        sqlx::query("UPDATE frirum_backup SET schema_version = schema_version + 1")
            .execute(&mut conn)
            .await
            .unwrap();
        conn.close().await.unwrap();
    }
    let refused = backup::restore(&out, &target).await;
    assert!(
        matches!(refused, Err(BackupError::NewerSchema { .. })),
        "{refused:?}"
    );
    // The target is as it was, and no staging copy is left beside it.
    assert!(kept.scheme_by_code("KEEP").await.unwrap().is_some());
    assert_eq!(kept.verify_journal().await.unwrap().entries, entries);
    assert!(!dir.path().join("target.db.restoring").exists());
}

#[tokio::test]
async fn postgres_is_backed_up_with_pg_dump() {
    let refused = backup::sqlite_path("postgres://db.example/frirum").unwrap_err();
    assert!(refused.to_string().contains("pg_dump"), "{refused}");
}
