//! Frirum's storage: one [`Store`] trait, implemented for SQLite (the embedded default) and
//! PostgreSQL (production). This is the only crate that knows SQL.
//!
//! Both implementations run the same SQL text, written once: each part of the store is a
//! macro in `sql_<part>.rs` (schemes, rounds, applications, journal, review, decisions,
//! assessment, law, notifications, and the accounts of [`Store`] itself in `sql.rs`), and
//! `sqlite.rs` and `postgres.rs` each expand every macro once, after saying which engine
//! they are (`const ENGINE`) and after the helpers that several parts share
//! (`sql_shared.rs`). The module comment of `sql.rs` tells the whole arrangement.
//!
//! Statements are plain strings, not sqlx's compile-time checked macros: the contract
//! suite, `tests/contract.rs`, is what checks them, running every test on SQLite and on
//! PostgreSQL (when `FRIRUM_TEST_DATABASE_URL` is set). A new store method gets its
//! contract test there.

pub mod account_security;
pub mod assessment;
pub mod backup;
mod barriers;
mod cases;
mod changes;
mod decisions;
mod documents;
mod dossier;
mod error;
mod evaluations;
mod funds;
mod generalisation;
mod indicators;
mod lab;
pub mod law;
pub mod law_sync;
mod networks;
mod notifications;
pub mod open_data;
pub mod operations;
mod partners;
mod people;
mod postgres;
mod regulations;
mod reports;
mod research;
mod research_plans;
mod review;
pub mod sign_in;
mod sql;
mod sql_account_security;
mod sql_applications;
mod sql_assessment;
mod sql_barriers;
mod sql_changes;
mod sql_decisions;
mod sql_documents;
mod sql_dossier;
mod sql_evaluations;
mod sql_funds;
mod sql_generalisation;
mod sql_indicators;
mod sql_journal;
mod sql_lab;
mod sql_law;
mod sql_law_sync;
mod sql_networks;
mod sql_notifications;
mod sql_open_data;
mod sql_operations;
mod sql_partners;
mod sql_people;
mod sql_regulations;
mod sql_reports;
mod sql_research;
mod sql_research_plans;
mod sql_review;
mod sql_rounds;
mod sql_schemes;
mod sql_shared;
mod sql_sign_in;
mod sql_statistics;
mod sql_trials;
mod sqlite;
pub mod statistics;
#[cfg(feature = "testing")]
pub mod testing;
mod trials;
mod types;

use std::sync::Arc;

use async_trait::async_trait;
use frirum_domain::registry_csv::OrganisationRecord;
use frirum_domain::{Country, Language, Organisation, Page, PageRequest, PopulationFigure, User};
use time::OffsetDateTime;

pub use account_security::AccountSecurityStore;
pub use assessment::{AssessmentStore, QueueItem, RoundAssessment};
pub use barriers::{
    BarrierFilter, BarrierHistoryEntry, BarrierStore, BarrierSupporter, BarrierTriage, NewBarrier,
};
pub use cases::{ApplicationStore, CaseStore, JournalStore, RoundStore, SchemeStore};
pub use changes::{ApplyChange, ChangeOutcome, ChangeRequestStore};
pub use decisions::DecisionStore;
pub use documents::DocumentStore;
pub use dossier::{AdoptedFrom, DossierStore};
pub use error::{StateOf, StoreError, Unique};
pub use evaluations::{EvaluationStore, FindingAbout, RecommendationAbout};
pub use funds::FundStore;
pub use generalisation::{EvaluationTitle, GeneralisationStore, ResultTrial, ThemeEvidence};
pub use indicators::{IndicatorStore, NewIndicator, UpdateWrite};
pub use lab::{BarrierStart, LabStore};
pub use law::LawStore;
pub use law_sync::LawSyncStore;
pub use networks::{EntryWrite, GuidanceWrite, NetworkStore, NewTag};
pub use notifications::{NewNotification, NotificationStore, OutboxMail};
pub use open_data::OpenDataStore;
pub use operations::OperationsStore;
pub use partners::PartnerStore;
pub use people::{InvitationMail, NewInvitation, PeopleStore, Person};
pub use postgres::PostgresStore;
pub use regulations::RegulationStore;
pub use reports::{ReportStore, WaitingFilter};
pub use research::ResearchStore;
pub use research_plans::ResearchPlanStore;
pub use review::ReviewStore;
pub use sign_in::{ExternalIdentity, PendingSignIn, SignInStore};
pub use sqlite::SqliteStore;
pub use statistics::StatisticsStore;
pub use trials::{SchemeTrialVersion, TrialStore};
pub use types::*;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Which database engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Everything Frirum keeps. Methods take the current time from the caller, so that rules
/// about time stay testable and the store never reads a clock of its own.
#[async_trait]
pub trait Store:
    AssessmentStore
    + BarrierStore
    + CaseStore
    + ChangeRequestStore
    + DecisionStore
    + DocumentStore
    + DossierStore
    + EvaluationStore
    + FundStore
    + GeneralisationStore
    + IndicatorStore
    + LabStore
    + LawStore
    + AccountSecurityStore
    + LawSyncStore
    + NetworkStore
    + NotificationStore
    + OpenDataStore
    + OperationsStore
    + RegulationStore
    + ReportStore
    + StatisticsStore
    + PartnerStore
    + PeopleStore
    + ResearchStore
    + ResearchPlanStore
    + ReviewStore
    + SignInStore
    + TrialStore
    + Send
    + Sync
    + 'static
{
    fn backend(&self) -> Backend;

    /// Applies the embedded migrations that have not run yet.
    async fn migrate(&self) -> Result<()>;

    /// Answers when the database answers.
    async fn ping(&self) -> Result<()>;

    /// Refreshes the query planner's statistics, after a bulk load has changed the shape
    /// of the data (the demo, an import of thousands of provisions).
    async fn refresh_statistics(&self) -> Result<()>;

    // --- The organisation registry -------------------------------------------------------

    /// Imports one country's organisations in a single transaction: new ones are added,
    /// changed ones updated, population figures added to the history (or corrected for the
    /// same reference date). A record whose parent is unknown refuses the whole import.
    async fn import_organisations(
        &self,
        country: Country,
        records: &[OrganisationRecord],
        now: OffsetDateTime,
    ) -> Result<ImportSummary>;

    /// One page of organisations matching the filter: by country, counties and regions
    /// before municipalities, then by code.
    async fn list_organisations(
        &self,
        filter: &OrganisationFilter,
        page: PageRequest,
    ) -> Result<Page<Organisation>>;

    async fn organisation(&self, country: Country, code: &str) -> Result<Option<Organisation>>;

    /// The organisations with these ids (those that exist), for showing names where a record
    /// keeps ids (the case journal).
    async fn organisation_refs(
        &self,
        ids: &[i64],
    ) -> Result<Vec<frirum_domain::organisation::OrganisationRef>>;

    /// Every population figure of an organisation, newest reference date first.
    async fn population_history(&self, organisation_id: i64) -> Result<Vec<PopulationFigure>>;

    // --- Accounts --------------------------------------------------------------------------

    /// Creates an account; an e-mail address already in use is [`StoreError::EmailTaken`].
    async fn create_user(&self, user: &NewUser, now: OffsetDateTime) -> Result<User>;

    async fn user(&self, id: i64) -> Result<Option<User>>;

    /// The account and its password hash, for checking a login.
    async fn credentials(&self, email: &str) -> Result<Option<Credentials>>;

    async fn list_users(&self, page: PageRequest) -> Result<Page<User>>;

    /// The applicants of these organisations, by e-mail: who is told about their cases.
    async fn applicants_of(&self, organisation_ids: &[i64]) -> Result<Vec<User>>;

    /// Every account with this role, by e-mail.
    async fn users_in_role(&self, role: frirum_domain::Role) -> Result<Vec<User>>;

    async fn update_profile(
        &self,
        user_id: i64,
        name: &str,
        language: Option<Language>,
    ) -> Result<User>;

    /// Replaces the password hash and ends every session of the user except `keep_session`
    /// (the hash of the session that made the change), so a stolen session dies with it.
    async fn set_password_hash(
        &self,
        user_id: i64,
        password_hash: &str,
        keep_session: Option<&str>,
    ) -> Result<()>;

    // --- Sessions --------------------------------------------------------------------------

    async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        now: OffsetDateTime,
        expires_at: OffsetDateTime,
    ) -> Result<()>;

    /// The user of a session that has not expired.
    async fn session_user(&self, token_hash: &str, now: OffsetDateTime) -> Result<Option<User>>;

    async fn delete_session(&self, token_hash: &str) -> Result<()>;

    // --- API tokens ------------------------------------------------------------------------

    async fn create_api_token(&self, token: &NewApiToken, now: OffsetDateTime) -> Result<ApiToken>;

    async fn api_tokens(&self, user_id: i64, page: PageRequest) -> Result<Page<ApiToken>>;

    /// Revokes one of the user's own tokens; false when the user has no such active token.
    async fn revoke_api_token(
        &self,
        user_id: i64,
        token_id: i64,
        now: OffsetDateTime,
    ) -> Result<bool>;

    /// The user of an active token, noting that it was used (the time kept is written again
    /// only when older than `domain::account_security::TOKEN_LAST_USED_EVERY`).
    async fn token_user(&self, token_hash: &str, now: OffsetDateTime) -> Result<Option<User>>;

    // --- Login throttling ------------------------------------------------------------------

    async fn record_login_failure(
        &self,
        account_key: &str,
        address_key: &str,
        now: OffsetDateTime,
    ) -> Result<()>;

    async fn login_failures(
        &self,
        account_key: &str,
        address_key: &str,
        since: OffsetDateTime,
    ) -> Result<LoginFailures>;

    /// Forgets an account's failures after a successful login.
    async fn clear_login_failures(&self, account_key: &str) -> Result<()>;
}

/// Opens the database a URL names and applies pending migrations: `postgres://…` or
/// `postgresql://…` for PostgreSQL; `sqlite:…` or a plain file path for SQLite.
pub async fn connect(url: &str) -> Result<Arc<dyn Store>> {
    let store: Arc<dyn Store> =
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Arc::new(PostgresStore::connect(url).await?)
        } else {
            Arc::new(SqliteStore::connect(url).await?)
        };
    store.migrate().await?;
    Ok(store)
}
