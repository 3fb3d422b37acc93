//! The PostgreSQL store, for production.

use std::str::FromStr;
use std::time::Duration;

use sqlx::PgPool;
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

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

// The one SQL of every store, for this engine (see `crate::sql`). The macros ask `ENGINE`
// wherever the engines differ, and use `Db` as sqlx's database type.
const ENGINE: Backend = Backend::Postgres;
type Db = sqlx::Postgres;

shared_sql_helpers!();
impl_store!(PostgresStore);
impl_account_security_store!(PostgresStore);
impl_scheme_store!(PostgresStore);
impl_round_store!(PostgresStore);
impl_application_store!(PostgresStore);
impl_journal_store!(PostgresStore);
impl_review_store!(PostgresStore);
impl_decision_store!(PostgresStore);
impl_indicator_store!(PostgresStore);
impl_document_store!(PostgresStore);
impl_dossier_store!(PostgresStore);
impl_lab_store!(PostgresStore);
impl_evaluation_store!(PostgresStore);
impl_fund_store!(PostgresStore);
impl_generalisation_store!(PostgresStore);
impl_statistics_store!(PostgresStore);
impl_trial_store!(PostgresStore);
impl_change_request_store!(PostgresStore);
impl_regulation_store!(PostgresStore);
impl_assessment_store!(PostgresStore);
impl_law_store!(PostgresStore);
impl_law_sync_store!(PostgresStore);
impl_notification_store!(PostgresStore);
impl_open_data_store!(PostgresStore);
impl_operations_store!(PostgresStore);
impl_sign_in_store!(PostgresStore);
impl_network_store!(PostgresStore);
impl_report_store!(PostgresStore);
impl_partner_store!(PostgresStore);
impl_research_store!(PostgresStore);
impl_research_plan_store!(PostgresStore);
impl_barrier_store!(PostgresStore);
impl_people_store!(PostgresStore);
