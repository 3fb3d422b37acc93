//! The PostgreSQL store, for production.

use std::str::FromStr;
use std::time::Duration;

use sqlx::PgPool;
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

use crate::sql::impl_store;
use crate::sql_assessment::impl_assessment_store;
use crate::sql_cases::impl_case_store;
use crate::sql_decisions::impl_decision_store;
use crate::sql_law::impl_law_store;
use crate::sql_notifications::impl_notification_store;
use crate::sql_review::impl_review_store;
use crate::{Backend, Result};

static MIGRATOR: Migrator = sqlx::migrate!("./migrations/postgres");

fn migrator() -> &'static Migrator {
    &MIGRATOR
}

/// A store in a PostgreSQL database.
#[derive(Debug, Clone)]
pub struct PostgresStore {
    pool: PgPool,
}

impl PostgresStore {
    pub async fn connect(url: &str) -> Result<Self> {
        Self::connect_with(PgConnectOptions::from_str(url)?).await
    }

    pub async fn connect_with(options: PgConnectOptions) -> Result<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        Ok(PostgresStore { pool })
    }
}

impl_store!(PostgresStore, Backend::Postgres);
impl_case_store!(PostgresStore, sqlx::Postgres);
impl_decision_store!(PostgresStore);
impl_law_store!(PostgresStore);
impl_review_store!(PostgresStore);
impl_assessment_store!(PostgresStore, sqlx::Postgres);
impl_notification_store!(PostgresStore, true);
