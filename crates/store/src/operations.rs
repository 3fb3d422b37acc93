//! What operators need when several servers share one database: named leases, so that a
//! scheduled job (upkeep, the law sync, the open-data export) runs on one server at a time;
//! the record of each finished run of a job; and the outbox's state at a glance.

use async_trait::async_trait;
use serde::Serialize;
use time::OffsetDateTime;

use crate::Result;

/// How a job's run ended.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, strum::AsRefStr, strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum JobOutcome {
    Done,
    Failed,
}

/// One finished run of a scheduled job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JobRun {
    pub id: i64,
    /// The job's name, which is also its lease's name (`upkeep`, `law_sync`, …).
    pub job: String,
    /// The server that ran it (the lease holder's name).
    pub holder: String,
    #[serde(with = "time::serde::rfc3339")]
    pub started_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub finished_at: OffsetDateTime,
    pub outcome: JobOutcome,
    /// What it did, or what went wrong, in a line.
    pub detail: Option<String>,
}

/// A run to record (the store numbers it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewJobRun<'a> {
    pub job: &'a str,
    pub holder: &'a str,
    pub started_at: OffsetDateTime,
    pub finished_at: OffsetDateTime,
    pub outcome: JobOutcome,
    pub detail: Option<&'a str>,
}

/// Who holds a lease, and until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lease {
    pub name: String,
    pub holder: String,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
}

/// The outbox at a glance.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct OutboxSummary {
    /// Mails not sent yet.
    pub waiting: u64,
    /// Of those, mails whose last attempt failed.
    pub failing: u64,
    /// Mails sent.
    pub sent: u64,
    /// When the oldest mail still waiting was queued.
    #[serde(with = "time::serde::rfc3339::option")]
    pub oldest_waiting: Option<OffsetDateTime>,
}

/// How many runs of each job are kept: enough for the operations page, bounded although
/// the upkeep runs every minute.
pub const RUNS_KEPT_PER_JOB: i64 = 200;

#[async_trait]
pub trait OperationsStore: Send + Sync {
    /// Takes the named lease for `holder` until `until`, when nobody else holds it or their
    /// lease has run out; `false` when another holder has it. Taking it again as the same
    /// holder extends it. One statement, so two servers asking at once cannot both win.
    async fn take_lease(
        &self,
        name: &str,
        holder: &str,
        until: OffsetDateTime,
        now: OffsetDateTime,
    ) -> Result<bool>;

    /// Gives the lease back, if `holder` holds it.
    async fn release_lease(&self, name: &str, holder: &str) -> Result<()>;

    /// Every lease held or last held, by name.
    async fn leases(&self) -> Result<Vec<Lease>>;

    /// Records a finished run of a job, dropping that job's runs beyond the
    /// [`RUNS_KEPT_PER_JOB`] newest.
    async fn record_job_run(&self, run: &NewJobRun<'_>) -> Result<JobRun>;

    /// The latest runs of every job, newest first, at most `per_job` of each.
    async fn job_runs(&self, per_job: u32) -> Result<Vec<JobRun>>;

    /// The outbox's counts, and when its oldest waiting mail was queued.
    async fn outbox_summary(&self) -> Result<OutboxSummary>;

    /// The data's version: a number that moves at the commit of every transaction that
    /// changed a table public pages may read (triggers of migration 0036, on every table
    /// but [`UNCOUNTED_TABLES`]), and only then. The servers' caches of public pages poll it.
    async fn data_version(&self) -> Result<i64>;

    /// The tables whose changes do not move the [`data_version`](Self::data_version),
    /// leaving out [`UNCOUNTED_TABLES`]: empty unless a table was added without its
    /// trigger, which the contract test checks.
    async fn uncounted_tables(&self) -> Result<Vec<String>>;
}

/// The tables whose changes leave the data's version alone, on purpose: no public page
/// reads them, and signed-in traffic and the scheduled jobs write them all day (sessions,
/// tokens, sign-in records, login failures, leases, job runs, the outbox, notifications,
/// the law sync's records), so counting them would throw the public pages' caches away
/// for nothing. The list also names the migrations' own table and the counter itself.
pub const UNCOUNTED_TABLES: &[&str] = &[
    "_sqlx_migrations",
    "data_version",
    "sessions",
    "api_tokens",
    "login_failures",
    "leases",
    "job_runs",
    "mail_outbox",
    "notifications",
    "law_sync_runs",
    "law_sync_validators",
    // Every journal entry is written in the transaction of the change it records, which
    // moves the version itself (and SQLite's journal is rebuilt by migration 0038).
    "journal_entries",
    // Accounts' own security, invitations and sign-in records (migrations 0037 to 0039).
    "invitations",
    "second_factors",
    "recovery_codes",
    "sign_in_challenges",
    "account_events",
    "oidc_sign_ins",
    "linked_identities",
    "oidc_sessions",
];
