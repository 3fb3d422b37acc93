//! The SQL of [`crate::ReportStore`]: reporting schedules and status reports. Expanded per
//! engine like every store macro (see [`crate::sql`]).
//!
//! Every change of a report locks its trial first (`lock_trial`), so one trial's changes
//! happen one after another on both engines, then makes one conditional UPDATE that holds
//! only at the version and in the status the caller saw: of two people accepting the same
//! report, the second finds the version moved on and gets an edit conflict. Due reports are
//! inserted with `ON CONFLICT DO NOTHING` on (trial, due date, kind), so they exist once
//! however many upkeep runs meet.

use frirum_domain::report::{Reminder, Report, ReportKind, ReportStatus};
use time::{Date, OffsetDateTime};

use crate::StoreError;
use crate::sql::from_json;

pub(crate) const REPORT_SELECT: &str = "SELECT r.id, r.trial_id, r.kind, r.period_start, \
     r.period_end, r.due_date, r.status, r.version, r.content, r.return_comment, \
     r.created_at, r.updated_at, r.submitted_at, su.name AS submitted_by_name, r.decided_at, \
     du.name AS decided_by_name, r.reminded_before_at, r.reminded_after_at \
     FROM trial_reports r LEFT JOIN users su ON su.id = r.submitted_by \
     LEFT JOIN users du ON du.id = r.decided_by";

pub(crate) const WAITING_SELECT: &str = "SELECT r.id, r.trial_id, t.scheme_id, \
     t.case_number, t.title, r.kind, r.due_date, r.status, r.reminded_before_at, \
     r.reminded_after_at FROM trial_reports r JOIN trials t ON t.id = r.trial_id \
     WHERE r.status IN ('draft', 'returned') AND ($1 IS NULL OR r.due_date < $1) \
     AND ($2 IS NULL OR EXISTS (SELECT 1 FROM trial_participants p \
     WHERE p.trial_id = r.trial_id AND p.organisation_id = $2)) \
     ORDER BY r.due_date, r.id";

fn reminders(before: Option<OffsetDateTime>, after: Option<OffsetDateTime>) -> Vec<Reminder> {
    let mut sent = Vec::new();
    if before.is_some() {
        sent.push(Reminder::Before);
    }
    if after.is_some() {
        sent.push(Reminder::After);
    }
    sent
}

fn kind(name: &str) -> Result<ReportKind, StoreError> {
    name.parse::<ReportKind>().map_err(StoreError::corrupt)
}

fn status(name: &str) -> Result<ReportStatus, StoreError> {
    name.parse::<ReportStatus>().map_err(StoreError::corrupt)
}

#[derive(sqlx::FromRow)]
pub(crate) struct ReportRow {
    id: i64,
    trial_id: i64,
    kind: String,
    period_start: Date,
    period_end: Date,
    due_date: Date,
    status: String,
    version: i64,
    content: String,
    return_comment: String,
    created_at: OffsetDateTime,
    updated_at: OffsetDateTime,
    submitted_at: Option<OffsetDateTime>,
    submitted_by_name: Option<String>,
    decided_at: Option<OffsetDateTime>,
    decided_by_name: Option<String>,
    reminded_before_at: Option<OffsetDateTime>,
    reminded_after_at: Option<OffsetDateTime>,
}

impl ReportRow {
    pub fn into_domain(self) -> Result<Report, StoreError> {
        Ok(Report {
            id: self.id,
            trial_id: self.trial_id,
            kind: kind(&self.kind)?,
            period_start: self.period_start,
            period_end: self.period_end,
            due_date: self.due_date,
            status: status(&self.status)?,
            version: self.version,
            content: from_json(&self.content)?,
            return_comment: self.return_comment,
            created_at: self.created_at,
            updated_at: self.updated_at,
            submitted_at: self.submitted_at,
            submitted_by_name: self.submitted_by_name,
            decided_at: self.decided_at,
            decided_by_name: self.decided_by_name,
            reminded: reminders(self.reminded_before_at, self.reminded_after_at),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct WaitingRow {
    id: i64,
    trial_id: i64,
    scheme_id: i64,
    case_number: String,
    title: String,
    kind: String,
    due_date: Date,
    status: String,
    reminded_before_at: Option<OffsetDateTime>,
    reminded_after_at: Option<OffsetDateTime>,
}

impl WaitingRow {
    pub fn trial_id(&self) -> i64 {
        self.trial_id
    }

    pub fn into_domain(
        self,
        participant_ids: Vec<i64>,
    ) -> Result<frirum_domain::report::WaitingReport, StoreError> {
        Ok(frirum_domain::report::WaitingReport {
            report_id: self.id,
            trial_id: self.trial_id,
            scheme_id: self.scheme_id,
            case_number: self.case_number,
            title: self.title,
            kind: kind(&self.kind)?,
            due_date: self.due_date,
            status: status(&self.status)?,
            participant_ids,
            reminded: reminders(self.reminded_before_at, self.reminded_after_at),
        })
    }
}

/// Implements [`crate::ReportStore`] for a store with a `pool` field, in an engine module
/// where [`crate::sql_shared::shared_sql_helpers!`] has been expanded.
macro_rules! impl_report_store {
    ($store:ty) => {
        /// Begins a change of a report: reads its trial (which never changes) before the
        /// transaction, then locks the trial as the transaction's first statement (see
        /// `lock_trial`), so SQLite takes its write lock at once rather than upgrading a
        /// read. Returns the transaction, the trial's id and its application's, which the
        /// journal names.
        async fn reports_begin(
            pool: &sqlx::Pool<Db>,
            report_id: i64,
        ) -> $crate::Result<(Tx<'static>, i64, i64)> {
            let trial_id: Option<i64> =
                sqlx::query_scalar("SELECT trial_id FROM trial_reports WHERE id = $1")
                    .bind(report_id)
                    .fetch_optional(pool)
                    .await?;
            let trial_id = trial_id.ok_or($crate::StoreError::NotFound)?;
            let mut tx = begin_write(pool).await?;
            let application_id = lock_trial(&mut tx, trial_id).await?;
            Ok((tx, trial_id, application_id))
        }

        /// Why a conditional change of a report touched nothing: its version moved on (or,
        /// at the same version, the caller asked for a move its status does not allow).
        async fn reports_refusal(tx: &mut Tx<'_>, report_id: i64) -> $crate::StoreError {
            match sqlx::query_scalar::<_, i64>("SELECT version FROM trial_reports WHERE id = $1")
                .bind(report_id)
                .fetch_optional(&mut **tx)
                .await
            {
                Ok(Some(current)) => $crate::StoreError::EditConflict { current },
                Ok(None) => $crate::StoreError::NotFound,
                Err(e) => e.into(),
            }
        }

        /// Ends a report's change: the trial's status counts as verified when the report's
        /// new status `to` verifies it (the one rule, `ReportStatus::verifies`: only an
        /// accepted report), the journal entry, the commit.
        async fn reports_finish(
            mut tx: Tx<'_>,
            trial_id: i64,
            application_id: i64,
            to: frirum_domain::report::ReportStatus,
            actor: &frirum_domain::journal::Actor<'_>,
            action: &str,
            changes: serde_json::Value,
        ) -> $crate::Result<()> {
            if to.verifies() {
                sqlx::query("UPDATE trial_states SET verified_at = $1 WHERE trial_id = $2")
                    .bind(actor.at)
                    .bind(trial_id)
                    .execute(&mut *tx)
                    .await?;
            }
            append_journal(
                &mut tx,
                frirum_domain::journal::CaseKind::Application,
                application_id,
                actor,
                action,
                changes,
            )
            .await?;
            tx.commit().await?;
            Ok(())
        }

        #[async_trait::async_trait]
        impl $crate::ReportStore for $store {
            async fn reporting_schedule(
                &self,
                scheme_id: i64,
            ) -> $crate::Result<frirum_domain::report::ReportingSchedule> {
                let row: Option<(i32, i32, i32, i32, i32)> = sqlx::query_as(
                    "SELECT every_months, final_after_days, grace_days, remind_before_days, \
                     remind_after_days FROM scheme_reporting WHERE scheme_id = $1",
                )
                .bind(scheme_id)
                .fetch_optional(&self.pool)
                .await?;
                let figure = |n: i32| u32::try_from(n).map_err($crate::StoreError::corrupt);
                Ok(match row {
                    Some((every, final_after, grace, before, after)) => {
                        frirum_domain::report::ReportingSchedule {
                            every_months: figure(every)?,
                            final_after_days: figure(final_after)?,
                            grace_days: figure(grace)?,
                            remind_before_days: figure(before)?,
                            remind_after_days: figure(after)?,
                        }
                    }
                    None => frirum_domain::report::ReportingSchedule::default(),
                })
            }

            async fn set_reporting_schedule(
                &self,
                scheme_id: i64,
                schedule: &frirum_domain::report::ReportingSchedule,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let figure = |n: u32| i32::try_from(n).map_err($crate::StoreError::corrupt);
                let mut tx = begin_write(&self.pool).await?;
                let done = sqlx::query(
                    "INSERT INTO scheme_reporting (scheme_id, every_months, final_after_days, \
                     grace_days, remind_before_days, remind_after_days, updated_at) \
                     SELECT id, $2, $3, $4, $5, $6, $7 FROM schemes WHERE id = $1 \
                     ON CONFLICT (scheme_id) DO UPDATE SET \
                     every_months = excluded.every_months, \
                     final_after_days = excluded.final_after_days, \
                     grace_days = excluded.grace_days, \
                     remind_before_days = excluded.remind_before_days, \
                     remind_after_days = excluded.remind_after_days, \
                     updated_at = excluded.updated_at",
                )
                .bind(scheme_id)
                .bind(figure(schedule.every_months)?)
                .bind(figure(schedule.final_after_days)?)
                .bind(figure(schedule.grace_days)?)
                .bind(figure(schedule.remind_before_days)?)
                .bind(figure(schedule.remind_after_days)?)
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Scheme,
                    scheme_id,
                    &actor,
                    "scheme.reporting_schedule_changed",
                    serde_json::to_value(schedule).map_err($crate::StoreError::corrupt)?,
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn create_due_reports(
                &self,
                trial_id: i64,
                due: &[frirum_domain::report::DueReport],
                initial: &frirum_domain::report::ReportContent,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<Vec<frirum_domain::report::Report>> {
                let content = $crate::sql::to_json(initial)?;
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                let mut created = Vec::new();
                for report in due {
                    let id: Option<i64> = sqlx::query_scalar(
                        "INSERT INTO trial_reports (trial_id, kind, period_start, period_end, \
                         due_date, content, created_at, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) \
                         ON CONFLICT (trial_id, due_date, kind) DO NOTHING RETURNING id",
                    )
                    .bind(trial_id)
                    .bind(report.kind.as_str())
                    .bind(report.period_start)
                    .bind(report.period_end)
                    .bind(report.due_date)
                    .bind(&content)
                    .bind(actor.at)
                    .fetch_optional(&mut *tx)
                    .await?;
                    if let Some(id) = id {
                        created.push((id, report));
                    }
                }
                // The journal last, as every transaction appends it.
                for (id, report) in &created {
                    append_journal(
                        &mut tx,
                        frirum_domain::journal::CaseKind::Application,
                        application_id,
                        &actor,
                        "trial.report_due",
                        serde_json::json!({
                            "trial_id": trial_id,
                            "report_id": id,
                            "kind": report.kind.as_str(),
                            "due_date": report.due_date.to_string(),
                        }),
                    )
                    .await?;
                }
                tx.commit().await?;
                let mut reports = Vec::with_capacity(created.len());
                for (id, _) in created {
                    reports.push(self.report(id).await?.ok_or($crate::StoreError::NotFound)?);
                }
                Ok(reports)
            }

            async fn report(
                &self,
                report_id: i64,
            ) -> $crate::Result<Option<frirum_domain::report::Report>> {
                let row: Option<$crate::sql_reports::ReportRow> = sqlx::query_as(&format!(
                    "{} WHERE r.id = $1",
                    $crate::sql_reports::REPORT_SELECT
                ))
                .bind(report_id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn trial_reports(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::report::Report>> {
                let rows: Vec<$crate::sql_reports::ReportRow> = sqlx::query_as(&format!(
                    "{} WHERE r.trial_id = $1 ORDER BY r.due_date, r.id",
                    $crate::sql_reports::REPORT_SELECT
                ))
                .bind(trial_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn save_report(
                &self,
                report_id: i64,
                expected_version: i64,
                content: &frirum_domain::report::ReportContent,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::report::Report> {
                let json = $crate::sql::to_json(content)?;
                let (mut tx, trial_id, application_id) =
                    reports_begin(&self.pool, report_id).await?;
                let done = sqlx::query(
                    "UPDATE trial_reports SET content = $1, version = version + 1, \
                     updated_at = $2, updated_by = $3 \
                     WHERE id = $4 AND version = $5 AND status IN ('draft', 'returned')",
                )
                .bind(&json)
                .bind(actor.at)
                .bind(actor.user_id)
                .bind(report_id)
                .bind(expected_version)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    let refusal = reports_refusal(&mut tx, report_id).await;
                    tx.rollback().await?;
                    return Err(refusal);
                }
                reports_finish(
                    tx,
                    trial_id,
                    application_id,
                    frirum_domain::report::ReportStatus::Draft,
                    &actor,
                    "trial.report_saved",
                    serde_json::json!({ "report_id": report_id }),
                )
                .await?;
                self.report(report_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn submit_report(
                &self,
                report_id: i64,
                expected_version: i64,
                content: &frirum_domain::report::ReportContent,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::report::Report> {
                let json = $crate::sql::to_json(content)?;
                let (mut tx, trial_id, application_id) =
                    reports_begin(&self.pool, report_id).await?;
                let done = sqlx::query(
                    "UPDATE trial_reports SET content = $1, status = 'submitted', \
                     version = version + 1, updated_at = $2, updated_by = $3, \
                     submitted_at = $2, submitted_by = $3 \
                     WHERE id = $4 AND version = $5 AND status IN ('draft', 'returned')",
                )
                .bind(&json)
                .bind(actor.at)
                .bind(actor.user_id)
                .bind(report_id)
                .bind(expected_version)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    let refusal = reports_refusal(&mut tx, report_id).await;
                    tx.rollback().await?;
                    return Err(refusal);
                }
                reports_finish(
                    tx,
                    trial_id,
                    application_id,
                    frirum_domain::report::ReportStatus::Submitted,
                    &actor,
                    "trial.report_submitted",
                    serde_json::json!({ "report_id": report_id }),
                )
                .await?;
                self.report(report_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn accept_report(
                &self,
                report_id: i64,
                expected_version: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::report::Report> {
                let (mut tx, trial_id, application_id) =
                    reports_begin(&self.pool, report_id).await?;
                let done = sqlx::query(
                    "UPDATE trial_reports SET status = 'accepted', version = version + 1, \
                     updated_at = $1, decided_at = $1, decided_by = $2 \
                     WHERE id = $3 AND version = $4 AND status = 'submitted'",
                )
                .bind(actor.at)
                .bind(actor.user_id)
                .bind(report_id)
                .bind(expected_version)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    let refusal = reports_refusal(&mut tx, report_id).await;
                    tx.rollback().await?;
                    return Err(refusal);
                }
                reports_finish(
                    tx,
                    trial_id,
                    application_id,
                    frirum_domain::report::ReportStatus::Accepted,
                    &actor,
                    "trial.report_accepted",
                    serde_json::json!({ "report_id": report_id }),
                )
                .await?;
                self.report(report_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn return_report(
                &self,
                report_id: i64,
                expected_version: i64,
                comment: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::report::Report> {
                let (mut tx, trial_id, application_id) =
                    reports_begin(&self.pool, report_id).await?;
                let done = sqlx::query(
                    "UPDATE trial_reports SET status = 'returned', return_comment = $1, \
                     version = version + 1, updated_at = $2, decided_at = $2, decided_by = $3 \
                     WHERE id = $4 AND version = $5 AND status = 'submitted'",
                )
                .bind(comment)
                .bind(actor.at)
                .bind(actor.user_id)
                .bind(report_id)
                .bind(expected_version)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    let refusal = reports_refusal(&mut tx, report_id).await;
                    tx.rollback().await?;
                    return Err(refusal);
                }
                reports_finish(
                    tx,
                    trial_id,
                    application_id,
                    frirum_domain::report::ReportStatus::Returned,
                    &actor,
                    "trial.report_returned",
                    serde_json::json!({ "report_id": report_id, "comment": comment }),
                )
                .await?;
                self.report(report_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn waiting_reports(
                &self,
                filter: &$crate::reports::WaitingFilter,
            ) -> $crate::Result<Vec<frirum_domain::report::WaitingReport>> {
                let rows: Vec<$crate::sql_reports::WaitingRow> =
                    sqlx::query_as($crate::sql_reports::WAITING_SELECT)
                        .bind(filter.due_before)
                        .bind(filter.organisation_id)
                        .fetch_all(&self.pool)
                        .await?;
                let mut waiting = Vec::with_capacity(rows.len());
                for row in rows {
                    let participants: Vec<i64> = sqlx::query_scalar(
                        "SELECT organisation_id FROM trial_participants WHERE trial_id = $1 \
                         ORDER BY organisation_id",
                    )
                    .bind(row.trial_id())
                    .fetch_all(&self.pool)
                    .await?;
                    waiting.push(row.into_domain(participants)?);
                }
                Ok(waiting)
            }

            async fn mark_reminded(
                &self,
                report_id: i64,
                reminder: frirum_domain::report::Reminder,
                at: time::OffsetDateTime,
            ) -> $crate::Result<bool> {
                let sql = match reminder {
                    frirum_domain::report::Reminder::Before => {
                        "UPDATE trial_reports SET reminded_before_at = $1 \
                         WHERE id = $2 AND reminded_before_at IS NULL"
                    }
                    frirum_domain::report::Reminder::After => {
                        "UPDATE trial_reports SET reminded_after_at = $1 \
                         WHERE id = $2 AND reminded_after_at IS NULL"
                    }
                };
                let done = sqlx::query(sql)
                    .bind(at)
                    .bind(report_id)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }
        }
    };
}

pub(crate) use impl_report_store;
