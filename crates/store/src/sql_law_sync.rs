//! The SQL of [`crate::LawSyncStore`]: the catalogue's version, the sources' validators,
//! the sync runs. Expanded per engine like every store macro (see
//! [`crate::sql`]).

use time::OffsetDateTime;

use crate::StoreError;
use crate::law_sync::{SyncCounts, SyncOutcome, SyncRun};

pub(crate) const RUN_SELECT: &str = "SELECT id, source, started_at, finished_at, outcome, \
     fetched, not_modified, added, updated, unchanged, skipped, error FROM law_sync_runs";

#[derive(sqlx::FromRow)]
pub(crate) struct RunRow {
    id: i64,
    source: String,
    started_at: OffsetDateTime,
    finished_at: Option<OffsetDateTime>,
    outcome: String,
    fetched: i64,
    not_modified: i64,
    added: i64,
    updated: i64,
    unchanged: i64,
    skipped: i64,
    error: Option<String>,
}

impl RunRow {
    pub(crate) fn into_domain(self) -> Result<SyncRun, StoreError> {
        let count = crate::sql::count;
        Ok(SyncRun {
            id: self.id,
            source: self.source,
            started_at: self.started_at,
            finished_at: self.finished_at,
            outcome: self
                .outcome
                .parse::<SyncOutcome>()
                .map_err(StoreError::corrupt)?,
            counts: SyncCounts {
                fetched: count(self.fetched),
                not_modified: count(self.not_modified),
                added: count(self.added),
                updated: count(self.updated),
                unchanged: count(self.unchanged),
                skipped: count(self.skipped),
            },
            error: self.error,
        })
    }
}

/// A count as the database keeps it.
pub(crate) fn stored(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Implements [`crate::LawSyncStore`] for a store with a `pool` field.
macro_rules! impl_law_sync_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::LawSyncStore for $store {
            async fn catalogue_version(&self) -> $crate::Result<i64> {
                Ok(
                    sqlx::query_scalar("SELECT version FROM law_catalogue WHERE id = 1")
                        .fetch_one(&self.pool)
                        .await?,
                )
            }

            async fn sync_validators(
                &self,
                url: &str,
            ) -> $crate::Result<Option<$crate::law_sync::Validators>> {
                let row: Option<(Option<String>, Option<String>)> = sqlx::query_as(
                    "SELECT etag, last_modified FROM law_sync_validators WHERE url = $1",
                )
                .bind(url)
                .fetch_optional(&self.pool)
                .await?;
                Ok(
                    row.map(|(etag, last_modified)| $crate::law_sync::Validators {
                        etag,
                        last_modified,
                    }),
                )
            }

            async fn set_sync_validators(
                &self,
                url: &str,
                validators: &$crate::law_sync::Validators,
                now: time::OffsetDateTime,
            ) -> $crate::Result<()> {
                sqlx::query(
                    "INSERT INTO law_sync_validators (url, etag, last_modified, updated_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (url) DO UPDATE SET etag = $2, \
                     last_modified = $3, updated_at = $4",
                )
                .bind(url)
                .bind(&validators.etag)
                .bind(&validators.last_modified)
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn start_sync_run(
                &self,
                source: &str,
                now: time::OffsetDateTime,
            ) -> $crate::Result<i64> {
                Ok(sqlx::query_scalar(
                    "INSERT INTO law_sync_runs (source, started_at, outcome) \
                     VALUES ($1, $2, 'running') RETURNING id",
                )
                .bind(source)
                .bind(now)
                .fetch_one(&self.pool)
                .await?)
            }

            async fn finish_sync_run(
                &self,
                id: i64,
                outcome: $crate::law_sync::SyncOutcome,
                counts: &$crate::law_sync::SyncCounts,
                error: Option<&str>,
                now: time::OffsetDateTime,
            ) -> $crate::Result<()> {
                use $crate::sql_law_sync::stored;
                let done = sqlx::query(
                    "UPDATE law_sync_runs SET outcome = $2, fetched = $3, not_modified = $4, \
                     added = $5, updated = $6, unchanged = $7, skipped = $8, error = $9, \
                     finished_at = $10 WHERE id = $1",
                )
                .bind(id)
                .bind(outcome.as_ref())
                .bind(stored(counts.fetched))
                .bind(stored(counts.not_modified))
                .bind(stored(counts.added))
                .bind(stored(counts.updated))
                .bind(stored(counts.unchanged))
                .bind(stored(counts.skipped))
                .bind(error)
                .bind(now)
                .execute(&self.pool)
                .await?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound);
                }
                Ok(())
            }

            async fn sync_runs(
                &self,
                limit: u32,
            ) -> $crate::Result<Vec<$crate::law_sync::SyncRun>> {
                let rows: Vec<$crate::sql_law_sync::RunRow> = sqlx::query_as(&format!(
                    "{} ORDER BY started_at DESC, id DESC LIMIT $1",
                    $crate::sql_law_sync::RUN_SELECT
                ))
                .bind(i64::from(limit))
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn last_good_sync(
                &self,
                source: &str,
            ) -> $crate::Result<Option<time::OffsetDateTime>> {
                Ok(sqlx::query_scalar(
                    "SELECT started_at FROM law_sync_runs WHERE source = $1 \
                     AND outcome IN ('imported', 'unchanged') \
                     ORDER BY started_at DESC, id DESC LIMIT 1",
                )
                .bind(source)
                .fetch_optional(&self.pool)
                .await?)
            }
        }
    };
}

pub(crate) use impl_law_sync_store;
