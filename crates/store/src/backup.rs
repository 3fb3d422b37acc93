//! Backups of a SQLite database, and restoring one: SQLite's `VACUUM INTO` copies the live
//! database consistently while the server runs, and the copy is marked as a Frirum backup
//! (a `frirum_backup` table: the format, the schema version, when, the journal's length).
//! A restore refuses a file without the mark, of a newer schema than this binary, or whose
//! journal's hash chain is broken, before it changes anything; PostgreSQL is backed up with
//! its own tools (`pg_dump`, `pg_restore`), which this refuses with their names.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use sqlx::Connection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode};
use time::OffsetDateTime;

use crate::{SqliteStore, Store, StoreError};

/// The mark's format: a restore knows no other.
pub const FORMAT: &str = "frirum-backup/1";

/// What a backup's mark says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupInfo {
    /// The latest migration applied in the backed-up database.
    pub schema_version: i64,
    pub created_at: OffsetDateTime,
    /// The journal's entries, all intact when the backup was made.
    pub journal_entries: u64,
}

/// Why a backup or a restore was refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "this database is PostgreSQL: back it up with pg_dump (pg_dump --format=custom --file=frirum.dump DATABASE) and restore it with pg_restore"
    )]
    Postgres,
    #[error("{0} exists already; choose a new file")]
    Exists(PathBuf),
    #[error("{path} is not a Frirum backup: {why}")]
    NotABackup { path: PathBuf, why: String },
    #[error(
        "the backup's schema is version {backup}, newer than this program's {binary}: restore it with a newer frirum"
    )]
    NewerSchema { backup: i64, binary: i64 },
    #[error("the journal is broken at entry {id}: {reason}")]
    BrokenJournal { id: i64, reason: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl From<sqlx::Error> for BackupError {
    fn from(e: sqlx::Error) -> Self {
        BackupError::Store(e.into())
    }
}

/// The newest schema this program knows.
pub fn latest_schema_version() -> i64 {
    crate::sqlite::migrator()
        .iter()
        .map(|m| m.version)
        .max()
        .unwrap_or(0)
}

/// The SQLite file a URL or path names; `Postgres` for a PostgreSQL URL.
pub fn sqlite_path(url: &str) -> Result<PathBuf, BackupError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Err(BackupError::Postgres);
    }
    let file = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    Ok(PathBuf::from(file.split('?').next().unwrap_or(file)))
}

async fn verified_entries(store: &dyn Store) -> Result<u64, BackupError> {
    let verification = store.verify_journal().await?;
    match verification.first_broken {
        None => Ok(verification.entries),
        Some(broken) => Err(BackupError::BrokenJournal {
            id: broken.id,
            reason: broken.reason.to_string(),
        }),
    }
}

/// A plain single-file connection to a SQLite file (no WAL beside it).
async fn open_file(path: &Path, read_only: bool) -> Result<SqliteConnection, sqlx::Error> {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .read_only(read_only)
        .journal_mode(SqliteJournalMode::Delete);
    SqliteConnection::connect_with(&options).await
}

impl SqliteStore {
    /// Copies the database, as it is at this moment, into the new file `out` and marks the
    /// copy; the journal is verified first, so a backup never holds a broken chain.
    pub async fn backup_into(
        &self,
        out: &Path,
        now: OffsetDateTime,
    ) -> Result<BackupInfo, BackupError> {
        if out.exists() {
            return Err(BackupError::Exists(out.to_owned()));
        }
        let journal_entries = verified_entries(self).await?;
        let schema_version: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success",
        )
        .fetch_one(&self.pool)
        .await?;
        let target = out.to_str().ok_or_else(|| {
            BackupError::Io(std::io::Error::other("the backup's path is not UTF-8"))
        })?;
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&self.pool)
            .await?;
        let info = BackupInfo {
            schema_version,
            created_at: crate::sql_operations::instant(now),
            journal_entries,
        };
        let mut copy = open_file(out, false).await?;
        sqlx::query(
            "CREATE TABLE frirum_backup (format TEXT NOT NULL, schema_version BIGINT NOT NULL, \
             created_at TEXT NOT NULL, journal_entries BIGINT NOT NULL)",
        )
        .execute(&mut copy)
        .await?;
        sqlx::query("INSERT INTO frirum_backup VALUES ($1, $2, $3, $4)")
            .bind(FORMAT)
            .bind(info.schema_version)
            .bind(info.created_at)
            .bind(i64::try_from(info.journal_entries).unwrap_or(i64::MAX))
            .execute(&mut copy)
            .await?;
        copy.close().await?;
        Ok(info)
    }
}

/// Reads a backup's mark and checks it can be restored by this program: a Frirum backup,
/// of a schema this program knows, with an intact journal. Changes nothing.
pub async fn inspect(path: &Path) -> Result<BackupInfo, BackupError> {
    let not_a_backup = |why: String| BackupError::NotABackup {
        path: path.to_owned(),
        why,
    };
    if !path.is_file() {
        return Err(not_a_backup("no such file".to_owned()));
    }
    let mut conn = open_file(path, true)
        .await
        .map_err(|e| not_a_backup(e.to_string()))?;
    let mark: Option<(String, i64, OffsetDateTime, i64)> = sqlx::query_as(
        "SELECT format, schema_version, created_at, journal_entries FROM frirum_backup",
    )
    .fetch_optional(&mut conn)
    .await
    .map_err(|_| not_a_backup("it has no Frirum backup mark".to_owned()))?;
    conn.close().await.ok();
    let Some((format, schema_version, created_at, journal_entries)) = mark else {
        return Err(not_a_backup("its Frirum backup mark is empty".to_owned()));
    };
    if format != FORMAT {
        return Err(not_a_backup(format!("unknown backup format {format}")));
    }
    let binary = latest_schema_version();
    if schema_version > binary {
        return Err(BackupError::NewerSchema {
            backup: schema_version,
            binary,
        });
    }
    let options = SqliteConnectOptions::from_str("sqlite:")?
        .filename(path)
        .read_only(true)
        .journal_mode(SqliteJournalMode::Delete);
    let store = SqliteStore::connect_with(options).await?;
    let entries = verified_entries(&store).await?;
    store.pool.close().await;
    if entries != u64::try_from(journal_entries).unwrap_or(0) {
        return Err(not_a_backup(format!(
            "its mark counts {journal_entries} journal entries, the file holds {entries}"
        )));
    }
    Ok(BackupInfo {
        schema_version,
        created_at,
        journal_entries: entries,
    })
}

/// Replaces the SQLite database `target` by the backup `from`, once [`inspect`] found it
/// sound: the copy is made beside the target, unmarked, migrated to this program's schema
/// and its journal verified again, and only then moved into place. The server must be
/// stopped meanwhile.
pub async fn restore(from: &Path, target: &Path) -> Result<BackupInfo, BackupError> {
    let info = inspect(from).await?;
    let mut staging = target.as_os_str().to_owned();
    staging.push(".restoring");
    let staging = PathBuf::from(staging);
    let _ = std::fs::remove_file(&staging);
    std::fs::copy(from, &staging)?;
    let result = async {
        let mut conn = open_file(&staging, false).await?;
        sqlx::query("DROP TABLE frirum_backup")
            .execute(&mut conn)
            .await?;
        conn.close().await?;
        let store = SqliteStore::connect(staging.to_str().unwrap_or_default()).await?;
        store.migrate().await?;
        let entries = verified_entries(&store).await?;
        store.pool.close().await;
        Ok::<u64, BackupError>(entries)
    }
    .await;
    match result {
        Ok(entries) => {
            for suffix in ["-wal", "-shm"] {
                let mut side = target.as_os_str().to_owned();
                side.push(suffix);
                let _ = std::fs::remove_file(PathBuf::from(side));
            }
            std::fs::rename(&staging, target)?;
            Ok(BackupInfo {
                journal_entries: entries,
                ..info
            })
        }
        Err(e) => {
            let _ = std::fs::remove_file(&staging);
            Err(e)
        }
    }
}
