//! The SQLite store: the embedded default, one file beside the binary.

use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::sql::impl_store;
use crate::sql_assessment::impl_assessment_store;
use crate::sql_cases::impl_case_store;
use crate::sql_decisions::impl_decision_store;
use crate::sql_law::impl_law_store;
use crate::sql_notifications::impl_notification_store;
use crate::sql_review::impl_review_store;
use crate::{Backend, Result};

static MIGRATOR: Migrator = sqlx::migrate!("./migrations/sqlite");

fn migrator() -> &'static Migrator {
    &MIGRATOR
}

/// A store in a SQLite file, in WAL mode with a busy timeout and foreign keys enforced.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if needed) the database a `sqlite:` URL or a plain file path names.
    pub async fn connect(url: &str) -> Result<Self> {
        let url = if url.starts_with("sqlite:") {
            url.to_owned()
        } else {
            format!("sqlite://{url}")
        };
        let options = SqliteConnectOptions::from_str(&url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(5))
            .foreign_keys(true);
        Self::connect_with(options).await
    }

    pub async fn connect_with(options: SqliteConnectOptions) -> Result<Self> {
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        Ok(SqliteStore { pool })
    }
}

impl_store!(SqliteStore, Backend::Sqlite);
impl_case_store!(SqliteStore, sqlx::Sqlite);
impl_decision_store!(SqliteStore);
impl_law_store!(SqliteStore);
impl_review_store!(SqliteStore);
impl_assessment_store!(SqliteStore, sqlx::Sqlite);
impl_notification_store!(SqliteStore, false);
