//! The SQL of [`crate::IndicatorStore`]: indicators, their periods and the actual of each
//! period. Expanded per engine like every store macro (see [`crate::sql`]).
//!
//! Every change begins by locking the trial (`lock_trial`), so that one trial's indicator
//! changes happen one after another on both engines, and then writes conditionally: an
//! update is rewritten only while it is a draft or returned (and at the version the writer
//! saw), reviewed only while submitted and at the version the reviewer saw. A trial's
//! indicators are read in four queries whatever their number.

use frirum_domain::indicator::{
    ActualValue, Breakdown, CategoryActual, Indicator, IndicatorDefinition, IndicatorRevision,
    Period, Update,
};
use time::{Date, OffsetDateTime};

use crate::StoreError;
use crate::sql::from_json;

pub(crate) const INDICATOR_SELECT: &str = "SELECT i.id, i.trial_id, i.position, i.revision, \
     i.title, i.description, i.measure, i.unit, i.ascending, i.baseline_date, \
     i.baseline_value, i.target_value, i.target_date, i.breakdown, i.frequency \
     FROM indicators i";

pub(crate) const PERIOD_SELECT: &str = "SELECT p.id, p.indicator_id, p.period_start, \
     p.period_end, p.target FROM indicator_periods p JOIN indicators i ON i.id = p.indicator_id";

pub(crate) const UPDATE_SELECT: &str = "SELECT u.id, u.period_id, u.status, u.value_number, \
     u.value_text, u.breakdown, u.comment, u.version, r.name AS reported_by_name, \
     u.reported_at, u.reviewer_comment, v.name AS reviewed_by_name, u.reviewed_at \
     FROM indicator_updates u JOIN indicator_periods p ON p.id = u.period_id \
     JOIN indicators i ON i.id = p.indicator_id \
     LEFT JOIN users r ON r.id = u.reported_by LEFT JOIN users v ON v.id = u.reviewed_by";

pub(crate) const REVISION_SELECT: &str = "SELECT x.indicator_id, x.revision, x.definition, \
     x.reason, w.name AS replaced_by_name, x.replaced_at \
     FROM indicator_revisions x JOIN indicators i ON i.id = x.indicator_id \
     LEFT JOIN users w ON w.id = x.replaced_by";

#[derive(sqlx::FromRow)]
pub(crate) struct IndicatorRow {
    id: i64,
    trial_id: i64,
    position: i64,
    revision: i64,
    title: String,
    description: String,
    measure: String,
    unit: String,
    ascending: bool,
    baseline_date: Option<Date>,
    baseline_value: Option<f64>,
    target_value: Option<f64>,
    target_date: Option<Date>,
    breakdown: Option<String>,
    frequency: String,
}

impl IndicatorRow {
    pub fn into_domain(self) -> Result<Indicator, StoreError> {
        let breakdown: Option<Breakdown> = match self.breakdown {
            Some(text) => Some(from_json(&text)?),
            None => None,
        };
        Ok(Indicator {
            id: self.id,
            trial_id: self.trial_id,
            position: self.position,
            revision: self.revision,
            definition: IndicatorDefinition {
                title: self.title,
                description: self.description,
                measure: self.measure.parse().map_err(StoreError::corrupt)?,
                unit: self.unit,
                ascending: self.ascending,
                baseline_date: self.baseline_date,
                baseline_value: self.baseline_value,
                target_value: self.target_value,
                target_date: self.target_date,
                breakdown,
                frequency: self.frequency.parse().map_err(StoreError::corrupt)?,
            },
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct PeriodRow {
    id: i64,
    indicator_id: i64,
    period_start: Date,
    period_end: Date,
    target: Option<f64>,
}

impl From<PeriodRow> for Period {
    fn from(r: PeriodRow) -> Self {
        Period {
            id: r.id,
            indicator_id: r.indicator_id,
            start: r.period_start,
            end: r.period_end,
            target: r.target,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct UpdateRow {
    id: i64,
    period_id: i64,
    status: String,
    value_number: Option<f64>,
    value_text: Option<String>,
    breakdown: String,
    comment: String,
    version: i64,
    reported_by_name: Option<String>,
    reported_at: OffsetDateTime,
    reviewer_comment: String,
    reviewed_by_name: Option<String>,
    reviewed_at: Option<OffsetDateTime>,
}

impl UpdateRow {
    pub fn into_domain(self) -> Result<Update, StoreError> {
        let value = match (self.value_number, self.value_text) {
            (Some(n), _) => Some(ActualValue::Number(n)),
            (None, Some(t)) => Some(ActualValue::Text(t)),
            (None, None) => None,
        };
        let breakdown: Vec<CategoryActual> = from_json(&self.breakdown)?;
        Ok(Update {
            id: self.id,
            period_id: self.period_id,
            status: self.status.parse().map_err(StoreError::corrupt)?,
            value,
            breakdown,
            comment: self.comment,
            version: self.version,
            reported_by_name: self.reported_by_name,
            reported_at: self.reported_at,
            reviewer_comment: self.reviewer_comment,
            reviewed_by_name: self.reviewed_by_name,
            reviewed_at: self.reviewed_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct RevisionRow {
    pub indicator_id: i64,
    revision: i64,
    definition: String,
    reason: String,
    replaced_by_name: Option<String>,
    replaced_at: OffsetDateTime,
}

impl RevisionRow {
    pub fn into_domain(self) -> Result<IndicatorRevision, StoreError> {
        Ok(IndicatorRevision {
            revision: self.revision,
            definition: from_json(&self.definition)?,
            reason: self.reason,
            replaced_by_name: self.replaced_by_name,
            replaced_at: self.replaced_at,
        })
    }
}

/// The value of an update as its two columns.
pub(crate) fn value_columns(value: Option<&ActualValue>) -> (Option<f64>, Option<String>) {
    match value {
        Some(ActualValue::Number(n)) => (Some(*n), None),
        Some(ActualValue::Text(t)) => (None, Some(t.clone())),
        None => (None, None),
    }
}

/// Implements [`crate::IndicatorStore`] for a store with a `pool` field, in an engine module
/// where [`crate::sql_shared::shared_sql_helpers!`] has been expanded.
macro_rules! impl_indicator_store {
    ($store:ty) => {
        impl $store {
            /// Inserts one indicator and its periods at a position, in the transaction.
            async fn insert_indicator(
                tx: &mut Tx<'_>,
                trial_id: i64,
                position: i64,
                new: &$crate::indicators::NewIndicator,
                at: time::OffsetDateTime,
            ) -> $crate::Result<i64> {
                let d = &new.definition;
                let breakdown = match &d.breakdown {
                    Some(b) => Some($crate::sql::to_json(b)?),
                    None => None,
                };
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO indicators (trial_id, position, revision, title, description, \
                     measure, unit, ascending, baseline_date, baseline_value, target_value, \
                     target_date, breakdown, frequency, created_at) \
                     VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) \
                     RETURNING id",
                )
                .bind(trial_id)
                .bind(position)
                .bind(&d.title)
                .bind(&d.description)
                .bind(d.measure.as_str())
                .bind(&d.unit)
                .bind(d.ascending)
                .bind(d.baseline_date)
                .bind(d.baseline_value)
                .bind(d.target_value)
                .bind(d.target_date)
                .bind(breakdown)
                .bind(d.frequency.as_str())
                .bind(at)
                .fetch_one(&mut **tx)
                .await?;
                for p in &new.periods {
                    sqlx::query(
                        "INSERT INTO indicator_periods (indicator_id, period_start, period_end, target) \
                         VALUES ($1, $2, $3, $4)",
                    )
                    .bind(id)
                    .bind(p.start)
                    .bind(p.end)
                    .bind(p.target)
                    .execute(&mut **tx)
                    .await?;
                }
                Ok(id)
            }

            async fn indicator_by_id(&self, id: i64) -> $crate::Result<frirum_domain::indicator::Indicator> {
                let row: Option<$crate::sql_indicators::IndicatorRow> = sqlx::query_as(&format!(
                    "{} WHERE i.id = $1",
                    $crate::sql_indicators::INDICATOR_SELECT
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.ok_or($crate::StoreError::NotFound)?.into_domain()
            }

            async fn update_by_id(&self, id: i64) -> $crate::Result<frirum_domain::indicator::Update> {
                let row: Option<$crate::sql_indicators::UpdateRow> = sqlx::query_as(&format!(
                    "{} WHERE u.id = $1",
                    $crate::sql_indicators::UPDATE_SELECT
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.ok_or($crate::StoreError::NotFound)?.into_domain()
            }
        }

        #[async_trait::async_trait]
        impl $crate::IndicatorStore for $store {
            async fn trial_indicators(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::indicator::TrialIndicator>> {
                use $crate::sql_indicators as q;
                let indicators: Vec<q::IndicatorRow> = sqlx::query_as(&format!(
                    "{} WHERE i.trial_id = $1 ORDER BY i.position, i.id",
                    q::INDICATOR_SELECT
                ))
                .bind(trial_id)
                .fetch_all(&self.pool)
                .await?;
                let periods: Vec<q::PeriodRow> = sqlx::query_as(&format!(
                    "{} WHERE i.trial_id = $1 ORDER BY p.indicator_id, p.period_start",
                    q::PERIOD_SELECT
                ))
                .bind(trial_id)
                .fetch_all(&self.pool)
                .await?;
                let updates: Vec<q::UpdateRow> = sqlx::query_as(&format!(
                    "{} WHERE i.trial_id = $1 ORDER BY u.id",
                    q::UPDATE_SELECT
                ))
                .bind(trial_id)
                .fetch_all(&self.pool)
                .await?;
                let revisions: Vec<q::RevisionRow> = sqlx::query_as(&format!(
                    "{} WHERE i.trial_id = $1 ORDER BY x.indicator_id, x.revision",
                    q::REVISION_SELECT
                ))
                .bind(trial_id)
                .fetch_all(&self.pool)
                .await?;
                let mut updates = updates
                    .into_iter()
                    .map(|u| u.into_domain())
                    .collect::<$crate::Result<Vec<_>>>()?;
                let mut revisions: Vec<(i64, frirum_domain::indicator::IndicatorRevision)> =
                    revisions
                        .into_iter()
                        .map(|r| Ok((r.indicator_id, r.into_domain()?)))
                        .collect::<$crate::Result<Vec<_>>>()?;
                let periods: Vec<frirum_domain::indicator::Period> =
                    periods.into_iter().map(Into::into).collect();
                let mut out = Vec::with_capacity(indicators.len());
                for row in indicators {
                    let indicator = row.into_domain()?;
                    let own = periods
                        .iter()
                        .filter(|p| p.indicator_id == indicator.id)
                        .map(|p| {
                            let update = updates
                                .iter()
                                .position(|u| u.period_id == p.id)
                                .map(|i| updates.swap_remove(i));
                            frirum_domain::indicator::PeriodReport {
                                period: p.clone(),
                                update,
                            }
                        })
                        .collect();
                    let (mine, rest): (Vec<_>, Vec<_>) = revisions
                        .into_iter()
                        .partition(|(id, _)| *id == indicator.id);
                    revisions = rest;
                    out.push(frirum_domain::indicator::TrialIndicator {
                        indicator,
                        periods: own,
                        revisions: mine.into_iter().map(|(_, r)| r).collect(),
                    });
                }
                Ok(out)
            }

            async fn seed_indicators(
                &self,
                trial_id: i64,
                indicators: &[$crate::indicators::NewIndicator],
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<bool> {
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                let existing: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM indicators WHERE trial_id = $1")
                        .bind(trial_id)
                        .fetch_one(&mut *tx)
                        .await?;
                if existing > 0 || indicators.is_empty() {
                    tx.rollback().await?;
                    return Ok(false);
                }
                for (position, new) in (1_i64..).zip(indicators) {
                    Self::insert_indicator(&mut tx, trial_id, position, new, actor.at).await?;
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "indicators.created",
                    serde_json::json!({
                        "trial_id": trial_id,
                        "indicators": indicators.iter().map(|i| &i.definition.title).collect::<Vec<_>>(),
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn add_indicator(
                &self,
                trial_id: i64,
                indicator: &$crate::indicators::NewIndicator,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::indicator::Indicator> {
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                let position: i64 = sqlx::query_scalar(
                    "SELECT COALESCE(MAX(position), 0) + 1 FROM indicators WHERE trial_id = $1",
                )
                .bind(trial_id)
                .fetch_one(&mut *tx)
                .await?;
                let id = Self::insert_indicator(&mut tx, trial_id, position, indicator, actor.at)
                    .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "indicator.added",
                    serde_json::json!({
                        "trial_id": trial_id,
                        "indicator_id": id,
                        "definition": indicator.definition,
                    }),
                )
                .await?;
                tx.commit().await?;
                self.indicator_by_id(id).await
            }

            async fn revise_indicator(
                &self,
                trial_id: i64,
                indicator_id: i64,
                expected_revision: i64,
                revised: &$crate::indicators::NewIndicator,
                reason: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::indicator::Indicator> {
                let (definition, periods) = (&revised.definition, &revised.periods);
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                let row: Option<$crate::sql_indicators::IndicatorRow> = sqlx::query_as(&format!(
                    "{} WHERE i.id = $1 AND i.trial_id = $2",
                    $crate::sql_indicators::INDICATOR_SELECT
                ))
                .bind(indicator_id)
                .bind(trial_id)
                .fetch_optional(&mut *tx)
                .await?;
                let old = row.ok_or($crate::StoreError::NotFound)?.into_domain()?;
                if old.revision != expected_revision {
                    tx.rollback().await?;
                    return Err($crate::StoreError::EditConflict {
                        current: old.revision,
                    });
                }
                sqlx::query(
                    "INSERT INTO indicator_revisions \
                     (indicator_id, revision, definition, reason, replaced_by, replaced_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(indicator_id)
                .bind(old.revision)
                .bind($crate::sql::to_json(&old.definition)?)
                .bind(reason)
                .bind(actor.user_id)
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                let d = definition;
                let breakdown = match &d.breakdown {
                    Some(b) => Some($crate::sql::to_json(b)?),
                    None => None,
                };
                sqlx::query(
                    "UPDATE indicators SET revision = revision + 1, title = $1, description = $2, \
                     measure = $3, unit = $4, ascending = $5, baseline_date = $6, \
                     baseline_value = $7, target_value = $8, target_date = $9, breakdown = $10 \
                     WHERE id = $11 AND revision = $12",
                )
                .bind(&d.title)
                .bind(&d.description)
                .bind(d.measure.as_str())
                .bind(&d.unit)
                .bind(d.ascending)
                .bind(d.baseline_date)
                .bind(d.baseline_value)
                .bind(d.target_value)
                .bind(d.target_date)
                .bind(breakdown)
                .bind(indicator_id)
                .bind(expected_revision)
                .execute(&mut *tx)
                .await?;
                // Targets change only where no approved actual has locked the period.
                for p in periods {
                    sqlx::query(
                        "UPDATE indicator_periods SET target = $1 \
                         WHERE indicator_id = $2 AND period_start = $3 AND NOT EXISTS \
                         (SELECT 1 FROM indicator_updates u WHERE u.period_id = indicator_periods.id \
                          AND u.status = 'approved')",
                    )
                    .bind(p.target)
                    .bind(indicator_id)
                    .bind(p.start)
                    .execute(&mut *tx)
                    .await?;
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "indicator.revised",
                    serde_json::json!({
                        "trial_id": trial_id,
                        "indicator_id": indicator_id,
                        "revision": old.revision + 1,
                        "reason": reason,
                        "before": old.definition,
                        "after": definition,
                    }),
                )
                .await?;
                tx.commit().await?;
                self.indicator_by_id(indicator_id).await
            }

            async fn add_periods(
                &self,
                trial_id: i64,
                indicator_id: i64,
                periods: &[frirum_domain::indicator::NewPeriod],
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<u64> {
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                let found: Option<i64> = sqlx::query_scalar(
                    "SELECT id FROM indicators WHERE id = $1 AND trial_id = $2",
                )
                .bind(indicator_id)
                .bind(trial_id)
                .fetch_optional(&mut *tx)
                .await?;
                if found.is_none() {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                }
                let mut added = 0;
                for p in periods {
                    let done = sqlx::query(
                        "INSERT INTO indicator_periods (indicator_id, period_start, period_end, target) \
                         VALUES ($1, $2, $3, $4) ON CONFLICT (indicator_id, period_start) DO NOTHING",
                    )
                    .bind(indicator_id)
                    .bind(p.start)
                    .bind(p.end)
                    .bind(p.target)
                    .execute(&mut *tx)
                    .await?;
                    added += done.rows_affected();
                }
                if added == 0 {
                    tx.rollback().await?;
                    return Ok(0);
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "indicator.periods_added",
                    serde_json::json!({
                        "trial_id": trial_id,
                        "indicator_id": indicator_id,
                        "periods": periods,
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(added)
            }

            async fn save_updates(
                &self,
                trial_id: i64,
                writes: &[$crate::indicators::UpdateWrite],
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<Vec<frirum_domain::indicator::Update>> {
                use frirum_domain::indicator::UpdateStatus;
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                let mut ids = Vec::with_capacity(writes.len());
                let mut journal = Vec::with_capacity(writes.len());
                for w in writes {
                    let belongs: Option<i64> = sqlx::query_scalar(
                        "SELECT p.id FROM indicator_periods p JOIN indicators i ON i.id = p.indicator_id \
                         WHERE p.id = $1 AND i.trial_id = $2",
                    )
                    .bind(w.period_id)
                    .bind(trial_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                    if belongs.is_none() {
                        tx.rollback().await?;
                        return Err($crate::StoreError::NotFound);
                    }
                    let current: Option<(i64, String, i64)> = sqlx::query_as(
                        "SELECT id, status, version FROM indicator_updates WHERE period_id = $1",
                    )
                    .bind(w.period_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                    let status = if w.input.submit {
                        UpdateStatus::Submitted
                    } else {
                        UpdateStatus::Draft
                    };
                    let (number, text) =
                        $crate::sql_indicators::value_columns(w.input.value.as_ref());
                    let breakdown = $crate::sql::to_json(&w.input.breakdown)?;
                    let id = match current {
                        Some((_, s, _)) if s == UpdateStatus::Approved.as_str() => {
                            tx.rollback().await?;
                            return Err($crate::StoreError::WrongState {
                                what: $crate::StateOf::IndicatorPeriod,
                                current: "locked".to_owned(),
                            });
                        }
                        Some((_, s, _)) if s == UpdateStatus::Submitted.as_str() => {
                            tx.rollback().await?;
                            return Err($crate::StoreError::WrongState {
                                what: $crate::StateOf::IndicatorUpdate,
                                current: s,
                            });
                        }
                        Some((_, _, version))
                            if w.expected_version.is_some_and(|e| e != version) =>
                        {
                            tx.rollback().await?;
                            return Err($crate::StoreError::EditConflict { current: version });
                        }
                        Some((id, _, version)) => {
                            let done = sqlx::query(
                                "UPDATE indicator_updates SET status = $1, value_number = $2, \
                                 value_text = $3, breakdown = $4, comment = $5, \
                                 version = version + 1, reported_by = $6, reported_at = $7 \
                                 WHERE id = $8 AND version = $9 AND status IN ('draft', 'returned')",
                            )
                            .bind(status.as_str())
                            .bind(number)
                            .bind(&text)
                            .bind(&breakdown)
                            .bind(&w.input.comment)
                            .bind(actor.user_id)
                            .bind(actor.at)
                            .bind(id)
                            .bind(version)
                            .execute(&mut *tx)
                            .await?;
                            if done.rows_affected() == 0 {
                                tx.rollback().await?;
                                return Err($crate::StoreError::EditConflict { current: version });
                            }
                            id
                        }
                        None => {
                            if w.expected_version.is_some_and(|e| e != 0) {
                                tx.rollback().await?;
                                return Err($crate::StoreError::EditConflict { current: 0 });
                            }
                            sqlx::query_scalar(
                                "INSERT INTO indicator_updates (period_id, status, value_number, \
                                 value_text, breakdown, comment, version, reported_by, reported_at, \
                                 reviewer_comment) \
                                 VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8, '') RETURNING id",
                            )
                            .bind(w.period_id)
                            .bind(status.as_str())
                            .bind(number)
                            .bind(&text)
                            .bind(&breakdown)
                            .bind(&w.input.comment)
                            .bind(actor.user_id)
                            .bind(actor.at)
                            .fetch_one(&mut *tx)
                            .await?
                        }
                    };
                    ids.push(id);
                    journal.push(serde_json::json!({
                        "period_id": w.period_id,
                        "update_id": id,
                        "status": status.as_str(),
                        "value": w.input.value,
                        "breakdown": w.input.breakdown,
                        "comment": w.input.comment,
                    }));
                }
                if !ids.is_empty() {
                    append_journal(
                        &mut tx,
                        frirum_domain::journal::CaseKind::Application,
                        application_id,
                        &actor,
                        "indicator.actuals_reported",
                        serde_json::json!({ "trial_id": trial_id, "updates": journal }),
                    )
                    .await?;
                }
                tx.commit().await?;
                let mut out = Vec::with_capacity(ids.len());
                for id in ids {
                    out.push(self.update_by_id(id).await?);
                }
                Ok(out)
            }

            async fn review_update(
                &self,
                trial_id: i64,
                update_id: i64,
                expected_version: i64,
                verdict: frirum_domain::indicator::Verdict,
                comment: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::indicator::Update> {
                use frirum_domain::indicator::{UpdateStatus, Verdict};
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                let current: Option<(String, i64, i64)> = sqlx::query_as(
                    "SELECT u.status, u.version, u.period_id FROM indicator_updates u \
                     JOIN indicator_periods p ON p.id = u.period_id \
                     JOIN indicators i ON i.id = p.indicator_id \
                     WHERE u.id = $1 AND i.trial_id = $2",
                )
                .bind(update_id)
                .bind(trial_id)
                .fetch_optional(&mut *tx)
                .await?;
                let Some((status, version, period_id)) = current else {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                };
                if version != expected_version {
                    tx.rollback().await?;
                    return Err($crate::StoreError::EditConflict { current: version });
                }
                if status != UpdateStatus::Submitted.as_str() {
                    tx.rollback().await?;
                    return Err($crate::StoreError::WrongState {
                        what: $crate::StateOf::IndicatorUpdate,
                        current: status,
                    });
                }
                let new_status = match verdict {
                    Verdict::Approve => UpdateStatus::Approved,
                    Verdict::Return => UpdateStatus::Returned,
                };
                let done = sqlx::query(
                    "UPDATE indicator_updates SET status = $1, reviewer_comment = $2, \
                     reviewed_by = $3, reviewed_at = $4, version = version + 1 \
                     WHERE id = $5 AND version = $6 AND status = 'submitted'",
                )
                .bind(new_status.as_str())
                .bind(comment)
                .bind(actor.user_id)
                .bind(actor.at)
                .bind(update_id)
                .bind(expected_version)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Err($crate::StoreError::EditConflict {
                        current: expected_version + 1,
                    });
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    match verdict {
                        Verdict::Approve => "indicator.update_approved",
                        Verdict::Return => "indicator.update_returned",
                    },
                    serde_json::json!({
                        "trial_id": trial_id,
                        "period_id": period_id,
                        "update_id": update_id,
                        "comment": comment,
                    }),
                )
                .await?;
                tx.commit().await?;
                self.update_by_id(update_id).await
            }

            async fn updates_awaiting_review(
                &self,
                trial_ids: Option<&[i64]>,
            ) -> $crate::Result<Vec<(i64, i64)>> {
                let rows: Vec<(i64, i64)> = sqlx::query_as(
                    "SELECT i.trial_id, COUNT(*) FROM indicator_updates u \
                     JOIN indicator_periods p ON p.id = u.period_id \
                     JOIN indicators i ON i.id = p.indicator_id \
                     WHERE u.status = 'submitted' GROUP BY i.trial_id ORDER BY i.trial_id",
                )
                .fetch_all(&self.pool)
                .await?;
                Ok(match trial_ids {
                    Some(ids) => rows.into_iter().filter(|(t, _)| ids.contains(t)).collect(),
                    None => rows,
                })
            }
        }
    };
}

pub(crate) use impl_indicator_store;
