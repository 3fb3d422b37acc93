//! The SQL of [`crate::OperationsStore`]: leases, job runs and the outbox's summary.
//! Expanded per engine like every store macro (see [`crate::sql`]).

use time::OffsetDateTime;

use crate::StoreError;
use crate::operations::{JobOutcome, JobRun};

pub(crate) const JOB_RUN_COLUMNS: &str =
    "id, job, holder, started_at, finished_at, outcome, detail";

#[derive(sqlx::FromRow)]
pub(crate) struct JobRunRow {
    id: i64,
    job: String,
    holder: String,
    started_at: OffsetDateTime,
    finished_at: OffsetDateTime,
    outcome: String,
    detail: Option<String>,
}

impl JobRunRow {
    pub(crate) fn into_domain(self) -> Result<JobRun, StoreError> {
        Ok(JobRun {
            id: self.id,
            job: self.job,
            holder: self.holder,
            started_at: self.started_at,
            finished_at: self.finished_at,
            outcome: self
                .outcome
                .parse::<JobOutcome>()
                .map_err(StoreError::corrupt)?,
            detail: self.detail,
        })
    }
}

/// A moment as both engines keep it comparable: in UTC, to the second.
pub(crate) fn instant(at: OffsetDateTime) -> OffsetDateTime {
    let utc = at.to_offset(time::UtcOffset::UTC);
    utc.replace_nanosecond(0).unwrap_or(utc)
}

/// Implements [`crate::OperationsStore`] for a store with a `pool` field.
macro_rules! impl_operations_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::OperationsStore for $store {
            async fn take_lease(
                &self,
                name: &str,
                holder: &str,
                until: time::OffsetDateTime,
                now: time::OffsetDateTime,
            ) -> $crate::Result<bool> {
                use $crate::sql_operations::instant;
                // One statement, so that two servers asking at once cannot both win.
                let taken: Option<String> = sqlx::query_scalar(
                    "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (name) DO UPDATE SET holder = $2, expires_at = $3 \
                     WHERE leases.holder = $2 OR leases.expires_at <= $4 \
                     RETURNING holder",
                )
                .bind(name)
                .bind(holder)
                .bind(instant(until))
                .bind(instant(now))
                .fetch_optional(&self.pool)
                .await?;
                Ok(taken.is_some())
            }

            async fn release_lease(&self, name: &str, holder: &str) -> $crate::Result<()> {
                sqlx::query("DELETE FROM leases WHERE name = $1 AND holder = $2")
                    .bind(name)
                    .bind(holder)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn leases(&self) -> $crate::Result<Vec<$crate::operations::Lease>> {
                let rows: Vec<(String, String, time::OffsetDateTime)> = sqlx::query_as(
                    "SELECT name, holder, expires_at FROM leases ORDER BY name",
                )
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(name, holder, expires_at)| $crate::operations::Lease {
                        name,
                        holder,
                        expires_at,
                    })
                    .collect())
            }

            async fn record_job_run(
                &self,
                run: &$crate::operations::NewJobRun<'_>,
            ) -> $crate::Result<$crate::operations::JobRun> {
                use $crate::sql_operations::{JOB_RUN_COLUMNS, JobRunRow, instant};
                let mut tx = begin_write(&self.pool).await?;
                let row: JobRunRow = sqlx::query_as(&format!(
                    "INSERT INTO job_runs (job, holder, started_at, finished_at, outcome, detail) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING {JOB_RUN_COLUMNS}"
                ))
                .bind(run.job)
                .bind(run.holder)
                .bind(instant(run.started_at))
                .bind(instant(run.finished_at))
                .bind(run.outcome.as_ref())
                .bind(run.detail)
                .fetch_one(&mut *tx)
                .await?;
                sqlx::query(
                    "DELETE FROM job_runs WHERE job = $1 AND id NOT IN \
                     (SELECT id FROM job_runs WHERE job = $1 \
                      ORDER BY started_at DESC, id DESC LIMIT $2)",
                )
                .bind(run.job)
                .bind($crate::operations::RUNS_KEPT_PER_JOB)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                row.into_domain()
            }

            async fn job_runs(
                &self,
                per_job: u32,
            ) -> $crate::Result<Vec<$crate::operations::JobRun>> {
                use $crate::sql_operations::{JOB_RUN_COLUMNS, JobRunRow};
                let rows: Vec<JobRunRow> = sqlx::query_as(&format!(
                    "SELECT {JOB_RUN_COLUMNS} FROM (SELECT {JOB_RUN_COLUMNS}, ROW_NUMBER() OVER \
                     (PARTITION BY job ORDER BY started_at DESC, id DESC) AS n FROM job_runs) r \
                     WHERE n <= $1 ORDER BY started_at DESC, id DESC"
                ))
                .bind(i64::from(per_job))
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(JobRunRow::into_domain).collect()
            }

            async fn outbox_summary(
                &self,
            ) -> $crate::Result<$crate::operations::OutboxSummary> {
                let (waiting, failing, sent): (i64, i64, i64) = sqlx::query_as(
                    "SELECT COUNT(CASE WHEN sent_at IS NULL THEN 1 END), \
                     COUNT(CASE WHEN sent_at IS NULL AND last_error IS NOT NULL THEN 1 END), \
                     COUNT(sent_at) FROM mail_outbox",
                )
                .fetch_one(&self.pool)
                .await?;
                let oldest_waiting: Option<time::OffsetDateTime> = sqlx::query_scalar(
                    "SELECT created_at FROM mail_outbox WHERE sent_at IS NULL \
                     ORDER BY created_at, id LIMIT 1",
                )
                .fetch_optional(&self.pool)
                .await?;
                Ok($crate::operations::OutboxSummary {
                    waiting: $crate::sql::count(waiting),
                    failing: $crate::sql::count(failing),
                    sent: $crate::sql::count(sent),
                    oldest_waiting,
                })
            }

            async fn data_version(&self) -> $crate::Result<i64> {
                Ok(
                    sqlx::query_scalar("SELECT version FROM data_version WHERE id = 1")
                        .fetch_one(&self.pool)
                        .await?,
                )
            }

            async fn uncounted_tables(&self) -> $crate::Result<Vec<String>> {
                // SQLite counts with a row trigger per change (insert, update, delete),
                // PostgreSQL with one deferred trigger for all three.
                let sql = match ENGINE {
                    $crate::Backend::Sqlite => {
                        "SELECT name FROM sqlite_master WHERE type = 'table' \
                         AND name NOT LIKE 'sqlite_%' AND name NOT IN \
                         (SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' \
                         AND name LIKE 'data_version_%' GROUP BY tbl_name \
                         HAVING COUNT(*) = 3) ORDER BY name"
                    }
                    $crate::Backend::Postgres => {
                        "SELECT table_name::text FROM information_schema.tables \
                         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' \
                         AND table_name NOT IN (SELECT c.relname FROM pg_trigger t \
                         JOIN pg_class c ON c.oid = t.tgrelid \
                         JOIN pg_namespace n ON n.oid = c.relnamespace \
                         WHERE n.nspname = current_schema() \
                         AND t.tgname LIKE 'data_version_%') ORDER BY table_name"
                    }
                };
                let tables: Vec<String> = sqlx::query_scalar(sql).fetch_all(&self.pool).await?;
                Ok(tables
                    .into_iter()
                    .filter(|t| !$crate::operations::UNCOUNTED_TABLES.contains(&t.as_str()))
                    .collect())
            }
        }
    };
}

pub(crate) use impl_operations_store;
