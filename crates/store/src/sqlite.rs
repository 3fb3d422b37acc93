//! The SQLite store: the embedded default, one file beside the binary.

use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::sql::impl_store;
use crate::sql_account_security::impl_account_security_store;
use crate::sql_applications::impl_application_store;
use crate::sql_assessment::impl_assessment_store;
use crate::sql_barriers::impl_barrier_store;
use crate::sql_changes::impl_change_request_store;
use crate::sql_decisions::impl_decision_store;
use crate::sql_documents::impl_document_store;
use crate::sql_dossier::impl_dossier_store;
use crate::sql_evaluations::impl_evaluation_store;
use crate::sql_funds::impl_fund_store;
use crate::sql_generalisation::impl_generalisation_store;
use crate::sql_indicators::impl_indicator_store;
use crate::sql_journal::impl_journal_store;
use crate::sql_lab::impl_lab_store;
use crate::sql_law::impl_law_store;
use crate::sql_law_sync::impl_law_sync_store;
use crate::sql_networks::impl_network_store;
use crate::sql_notifications::impl_notification_store;
use crate::sql_open_data::impl_open_data_store;
use crate::sql_operations::impl_operations_store;
use crate::sql_partners::impl_partner_store;
use crate::sql_people::impl_people_store;
use crate::sql_regulations::impl_regulation_store;
use crate::sql_reports::impl_report_store;
use crate::sql_research::impl_research_store;
use crate::sql_research_plans::impl_research_plan_store;
use crate::sql_review::impl_review_store;
use crate::sql_rounds::impl_round_store;
use crate::sql_schemes::impl_scheme_store;
use crate::sql_shared::shared_sql_helpers;
use crate::sql_sign_in::impl_sign_in_store;
use crate::sql_statistics::impl_statistics_store;
use crate::sql_trials::impl_trial_store;
use crate::{Backend, Result};

static MIGRATOR: Migrator = sqlx::migrate!("./migrations/sqlite");

pub(crate) fn migrator() -> &'static Migrator {
    &MIGRATOR
}

/// A store in a SQLite file, in WAL mode with a busy timeout and foreign keys enforced.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pub(crate) pool: SqlitePool,
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

// The one SQL of every store, for this engine (see `crate::sql`). The macros ask `ENGINE`
// wherever the engines differ, and use `Db` as sqlx's database type.
const ENGINE: Backend = Backend::Sqlite;
type Db = sqlx::Sqlite;

shared_sql_helpers!();
impl_store!(SqliteStore);
impl_account_security_store!(SqliteStore);
impl_scheme_store!(SqliteStore);
impl_round_store!(SqliteStore);
impl_application_store!(SqliteStore);
impl_journal_store!(SqliteStore);
impl_review_store!(SqliteStore);
impl_decision_store!(SqliteStore);
impl_indicator_store!(SqliteStore);
impl_document_store!(SqliteStore);
impl_dossier_store!(SqliteStore);
impl_lab_store!(SqliteStore);
impl_evaluation_store!(SqliteStore);
impl_fund_store!(SqliteStore);
impl_generalisation_store!(SqliteStore);
impl_statistics_store!(SqliteStore);
impl_trial_store!(SqliteStore);
impl_change_request_store!(SqliteStore);
impl_regulation_store!(SqliteStore);
impl_assessment_store!(SqliteStore);
impl_law_store!(SqliteStore);
impl_law_sync_store!(SqliteStore);
impl_notification_store!(SqliteStore);
impl_open_data_store!(SqliteStore);
impl_operations_store!(SqliteStore);
impl_sign_in_store!(SqliteStore);
impl_network_store!(SqliteStore);
impl_report_store!(SqliteStore);
impl_partner_store!(SqliteStore);
impl_research_store!(SqliteStore);
impl_research_plan_store!(SqliteStore);
impl_barrier_store!(SqliteStore);
impl_people_store!(SqliteStore);
