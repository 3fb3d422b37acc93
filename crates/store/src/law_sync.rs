//! Keeping the law catalogue current: the catalogue's version (bumped by every import that
//! changed an act, so that each server's search index can tell it is behind), the
//! validators each source answered last (for conditional requests), the outcome of every
//! sync run. The lease that lets one server at a time run the sync is the general one of
//! [`crate::OperationsStore`].

use async_trait::async_trait;
use serde::Serialize;
use time::OffsetDateTime;

use crate::Result;

/// What a server answered last for an address: sent back as `If-None-Match` and
/// `If-Modified-Since`, so that an unchanged publication is not downloaded again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// How a sync run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::AsRefStr, strum::EnumString)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum SyncOutcome {
    /// Still going (or the server stopped while it ran).
    Running,
    /// Something was downloaded and imported.
    Imported,
    /// Every source answered that nothing had changed.
    Unchanged,
    /// A download or the import failed; the catalogue is as it was.
    Failed,
}

/// The counts of a run: what was fetched, and what the import did with it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SyncCounts {
    /// Files downloaded (answered 200).
    pub fetched: u64,
    /// Files the server said had not changed (answered 304).
    pub not_modified: u64,
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// Documents that could not be read.
    pub skipped: u64,
}

/// One run of the sync, as the admin page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SyncRun {
    pub id: i64,
    /// lovdata, riksdagen or retsinformation.
    pub source: String,
    #[serde(with = "time::serde::rfc3339")]
    pub started_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub finished_at: Option<OffsetDateTime>,
    pub outcome: SyncOutcome,
    #[serde(flatten)]
    pub counts: SyncCounts,
    /// What went wrong, in words.
    pub error: Option<String>,
}

#[async_trait]
pub trait LawSyncStore: Send + Sync {
    /// The catalogue's version: 0 for a new database, one more after each import that
    /// added or changed an act (counted by [`crate::LawStore::import_act`]).
    async fn catalogue_version(&self) -> Result<i64>;

    /// What the server answered last for this address, if it was ever fetched.
    async fn sync_validators(&self, url: &str) -> Result<Option<Validators>>;

    /// Remembers what the server answered for this address, replacing what was kept.
    async fn set_sync_validators(
        &self,
        url: &str,
        validators: &Validators,
        now: OffsetDateTime,
    ) -> Result<()>;

    /// Records that a run of a source started; its id, for [`Self::finish_sync_run`].
    async fn start_sync_run(&self, source: &str, now: OffsetDateTime) -> Result<i64>;

    /// Records how a run ended.
    async fn finish_sync_run(
        &self,
        id: i64,
        outcome: SyncOutcome,
        counts: &SyncCounts,
        error: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<()>;

    /// The latest runs, newest first.
    async fn sync_runs(&self, limit: u32) -> Result<Vec<SyncRun>>;

    /// The start of the latest run of a source that did not fail, if any: where a harvest of
    /// changes by date goes on from.
    async fn last_good_sync(&self, source: &str) -> Result<Option<OffsetDateTime>>;
}
