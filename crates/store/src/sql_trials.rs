//! The SQL of [`crate::TrialStore`]: each trial's current state and its versions, the list
//! of trials, and the researchers assigned to them. A new state is saved with an optimistic
//! check of its version, its history row, its participants and the journal entry in one
//! transaction, after `lock_trial`, so that one trial's changes happen one after another.

use frirum_domain::trial::{
    ChangeKind, EndKind, TrialResearcher, TrialState, TrialStatus, TrialSummary, TrialVersion,
};
use time::{Date, OffsetDateTime};

use crate::StoreError;

pub(crate) const STATE_SELECT: &str = "SELECT trial_id, version, status, planned_start, \
     planned_end, actual_start, actual_end, end_kind, why_stopped, participants, objectives, \
     exemptions, verified_at FROM trial_states";

pub(crate) const SUMMARY_SELECT: &str = "SELECT t.id, t.application_id, t.case_number, \
     t.title, t.scheme_id, s.code AS scheme_code, s.title AS scheme_title, s.country, \
     st.status, st.end_kind, st.planned_start, st.planned_end, st.actual_start, st.actual_end, \
     st.participants, st.verified_at, \
     (SELECT v.recorded_at FROM trial_versions v WHERE v.trial_id = t.id \
      ORDER BY v.version DESC LIMIT 1) AS last_changed_at \
     FROM trials t JOIN trial_states st ON st.trial_id = t.id JOIN schemes s ON s.id = t.scheme_id";

/// The list's filter; `$1`… are the filter's values in [`TrialFilter`]'s order, `$8` the
/// text as a `LIKE` pattern. Whether a provision is exempted is read from the exemptions in
/// force (JSON), in each engine's JSON functions: one of a grant's narrowed provisions, or
/// the provision asked for when the grant is as requested.
pub(crate) fn summary_where(engine: crate::Backend) -> String {
    let provision = match engine {
        crate::Backend::Sqlite => {
            "EXISTS (SELECT 1 FROM json_each(st.exemptions) e WHERE \
             EXISTS (SELECT 1 FROM json_each(e.value, '$.provision_ids') p WHERE p.value = $7) \
             OR (COALESCE(json_array_length(e.value, '$.provision_ids'), 0) = 0 \
                 AND json_extract(e.value, '$.requested_provision_id') = $7))"
        }
        crate::Backend::Postgres => {
            "EXISTS (SELECT 1 FROM jsonb_array_elements(st.exemptions::jsonb) e WHERE \
             (e -> 'provision_ids') @> to_jsonb(CAST($7 AS BIGINT)) \
             OR (COALESCE(jsonb_array_length(e -> 'provision_ids'), 0) = 0 \
                 AND (e ->> 'requested_provision_id') = CAST($7 AS TEXT)))"
        }
    };
    format!(
        "WHERE ($1 IS NULL OR t.scheme_id = $1) \
         AND ($2 IS NULL OR st.status = $2) AND ($3 IS NULL OR s.country = $3) \
         AND ($4 IS NULL OR EXISTS (SELECT 1 FROM trial_themes tt WHERE tt.trial_id = t.id \
             AND tt.theme_id = $4)) \
         AND ($5 IS NULL OR EXISTS (SELECT 1 FROM trial_participants tp WHERE tp.trial_id = t.id \
             AND tp.organisation_id = $5)) \
         AND ($6 IS NULL OR EXISTS (SELECT 1 FROM research_assignments ra WHERE ra.user_id = $6 \
             AND (ra.trial_id = t.id OR ra.scheme_id = t.scheme_id OR ra.theme_id IN \
             (SELECT tt.theme_id FROM trial_themes tt WHERE tt.trial_id = t.id)))) \
         AND ($7 IS NULL OR {provision}) \
         AND ($8 IS NULL OR LOWER(t.title) LIKE $8 ESCAPE '\\' \
             OR LOWER(t.case_number) LIKE $8 ESCAPE '\\')"
    )
}

#[derive(sqlx::FromRow)]
pub(crate) struct StateRow {
    trial_id: i64,
    version: i64,
    status: String,
    planned_start: Date,
    planned_end: Date,
    actual_start: Option<Date>,
    actual_end: Option<Date>,
    end_kind: Option<String>,
    why_stopped: String,
    participants: String,
    objectives: String,
    exemptions: String,
    verified_at: Option<OffsetDateTime>,
}

impl StateRow {
    pub fn into_domain(self) -> Result<TrialState, StoreError> {
        Ok(TrialState {
            trial_id: self.trial_id,
            version: self.version,
            status: self
                .status
                .parse::<TrialStatus>()
                .map_err(StoreError::corrupt)?,
            planned_start: self.planned_start,
            planned_end: self.planned_end,
            actual_start: self.actual_start,
            actual_end: self.actual_end,
            end_kind: self
                .end_kind
                .map(|k| k.parse::<EndKind>().map_err(StoreError::corrupt))
                .transpose()?,
            why_stopped: self.why_stopped,
            participants: crate::sql::from_json(&self.participants)?,
            objectives: crate::sql::from_json(&self.objectives)?,
            exemptions: crate::sql::from_json(&self.exemptions)?,
            verified_at: self.verified_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct SummaryRow {
    id: i64,
    application_id: i64,
    case_number: String,
    title: String,
    scheme_id: i64,
    scheme_code: String,
    scheme_title: String,
    country: String,
    status: String,
    end_kind: Option<String>,
    planned_start: Date,
    planned_end: Date,
    actual_start: Option<Date>,
    actual_end: Option<Date>,
    participants: String,
    verified_at: Option<OffsetDateTime>,
    last_changed_at: Option<OffsetDateTime>,
}

impl SummaryRow {
    pub fn into_domain(self) -> Result<TrialSummary, StoreError> {
        Ok(TrialSummary {
            id: self.id,
            application_id: self.application_id,
            case_number: self.case_number,
            title: self.title,
            scheme_id: self.scheme_id,
            scheme_code: self.scheme_code,
            scheme_title: self.scheme_title,
            country: self.country.parse().map_err(StoreError::corrupt)?,
            status: self
                .status
                .parse::<TrialStatus>()
                .map_err(StoreError::corrupt)?,
            end_kind: self
                .end_kind
                .map(|k| k.parse::<EndKind>().map_err(StoreError::corrupt))
                .transpose()?,
            planned_start: self.planned_start,
            planned_end: self.planned_end,
            actual_start: self.actual_start,
            actual_end: self.actual_end,
            participants: crate::sql::from_json(&self.participants)?,
            verified_at: self.verified_at,
            last_changed_at: self.last_changed_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct VersionRow {
    version: i64,
    kind: String,
    reason: String,
    changes: String,
    recorded_at: OffsetDateTime,
    recorded_by_name: Option<String>,
}

impl VersionRow {
    pub fn into_domain(self) -> Result<TrialVersion, StoreError> {
        Ok(TrialVersion {
            version: self.version,
            kind: self
                .kind
                .parse::<ChangeKind>()
                .map_err(StoreError::corrupt)?,
            reason: self.reason,
            changes: crate::sql::from_json(&self.changes)?,
            recorded_at: self.recorded_at,
            recorded_by_name: self.recorded_by_name,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct SchemeVersionRow {
    trial_id: i64,
    case_number: String,
    title: String,
    #[sqlx(flatten)]
    version: VersionRow,
}

impl SchemeVersionRow {
    pub fn into_domain(self) -> Result<crate::trials::SchemeTrialVersion, StoreError> {
        Ok(crate::trials::SchemeTrialVersion {
            trial_id: self.trial_id,
            case_number: self.case_number,
            title: self.title,
            version: self.version.into_domain()?,
        })
    }
}

/// A trial's team, one researcher a row, from the assignments that reach it.
pub(crate) fn team(rows: Vec<frirum_domain::research::ResearchAssignment>) -> Vec<TrialResearcher> {
    frirum_domain::research::by_researcher(rows)
        .into_iter()
        .map(|(first, via)| TrialResearcher {
            user_id: first.user_id,
            name: first.researcher_name,
            email: first.researcher_email,
            organisation: first.organisation,
            assigned_at: via
                .iter()
                .map(|v| v.assigned_at)
                .min()
                .unwrap_or(first.assigned_at),
            assigned_via: via,
        })
        .collect()
}

/// Implements [`crate::TrialStore`] for a store type with a `pool` field.
macro_rules! impl_trial_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::TrialStore for $store {
            async fn trial_state(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Option<frirum_domain::trial::TrialState>> {
                let row: Option<$crate::sql_trials::StateRow> = sqlx::query_as(&format!(
                    "{} WHERE trial_id = $1",
                    $crate::sql_trials::STATE_SELECT
                ))
                .bind(trial_id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn save_trial_state(
                &self,
                expected_version: i64,
                state: &frirum_domain::trial::TrialState,
                version: &frirum_domain::trial::NewTrialVersion,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::trial::TrialState> {
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, state.trial_id).await?;
                let next = expected_version + 1;
                let updated = sqlx::query(
                    "UPDATE trial_states SET version = $1, status = $2, planned_start = $3, \
                     planned_end = $4, actual_start = $5, actual_end = $6, end_kind = $7, \
                     why_stopped = $8, participants = $9, objectives = $10, exemptions = $11 \
                     WHERE trial_id = $12 AND version = $13",
                )
                .bind(next)
                .bind(state.status.as_str())
                .bind(state.planned_start)
                .bind(state.planned_end)
                .bind(state.actual_start)
                .bind(state.actual_end)
                .bind(state.end_kind.map(|k| k.as_str()))
                .bind(&state.why_stopped)
                .bind($crate::sql::to_json(&state.participants)?)
                .bind($crate::sql::to_json(&state.objectives)?)
                .bind($crate::sql::to_json(&state.exemptions)?)
                .bind(state.trial_id)
                .bind(expected_version)
                .execute(&mut *tx)
                .await?;
                if updated.rows_affected() == 0 {
                    let current: i64 =
                        sqlx::query_scalar("SELECT version FROM trial_states WHERE trial_id = $1")
                            .bind(state.trial_id)
                            .fetch_one(&mut *tx)
                            .await?;
                    tx.rollback().await?;
                    return Err($crate::StoreError::EditConflict { current });
                }
                sqlx::query(
                    "INSERT INTO trial_versions (trial_id, version, kind, reason, changes, \
                     recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(state.trial_id)
                .bind(next)
                .bind(version.kind.as_str())
                .bind(&version.reason)
                .bind($crate::sql::to_json(&version.changes)?)
                .bind(actor.user_id)
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                // The participants as rows, for the list's filter.
                sqlx::query("DELETE FROM trial_participants WHERE trial_id = $1")
                    .bind(state.trial_id)
                    .execute(&mut *tx)
                    .await?;
                let mut organisations: Vec<i64> =
                    state.participants.iter().map(|p| p.id).collect();
                organisations.sort_unstable();
                organisations.dedup();
                for organisation_id in organisations {
                    sqlx::query(
                        "INSERT INTO trial_participants (trial_id, organisation_id) VALUES ($1, $2)",
                    )
                    .bind(state.trial_id)
                    .bind(organisation_id)
                    .execute(&mut *tx)
                    .await?;
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    &format!("trial.{}", version.kind.as_str()),
                    serde_json::json!({
                        "trial_id": state.trial_id,
                        "version": next,
                        "reason": version.reason,
                        "changes": version.changes,
                    }),
                )
                .await?;
                tx.commit().await?;
                self.trial_state(state.trial_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn set_trial_verified(
                &self,
                trial_id: i64,
                at: time::OffsetDateTime,
            ) -> $crate::Result<()> {
                let done = sqlx::query(
                    "UPDATE trial_states SET verified_at = $1 WHERE trial_id = $2 \
                     AND (verified_at IS NULL OR verified_at < $1)",
                )
                .bind(at)
                .bind(trial_id)
                .execute(&self.pool)
                .await?;
                if done.rows_affected() == 0 && self.trial_state(trial_id).await?.is_none() {
                    return Err($crate::StoreError::NotFound);
                }
                Ok(())
            }

            async fn trial_versions(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::trial::TrialVersion>> {
                let rows: Vec<$crate::sql_trials::VersionRow> = sqlx::query_as(
                    "SELECT v.version, v.kind, v.reason, v.changes, v.recorded_at, \
                     u.name AS recorded_by_name FROM trial_versions v \
                     LEFT JOIN users u ON u.id = v.recorded_by \
                     WHERE v.trial_id = $1 ORDER BY v.version",
                )
                .bind(trial_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn scheme_trial_versions(
                &self,
                scheme_id: i64,
                kinds: &[frirum_domain::trial::ChangeKind],
                limit: i64,
            ) -> $crate::Result<Vec<$crate::trials::SchemeTrialVersion>> {
                if kinds.is_empty() {
                    return Ok(Vec::new());
                }
                // The kinds are the domain's own names, never input.
                let kinds: Vec<String> =
                    kinds.iter().map(|k| format!("'{}'", k.as_str())).collect();
                let rows: Vec<$crate::sql_trials::SchemeVersionRow> = sqlx::query_as(&format!(
                    "SELECT t.id AS trial_id, t.case_number, t.title, v.version, v.kind, \
                     v.reason, v.changes, v.recorded_at, u.name AS recorded_by_name \
                     FROM trial_versions v JOIN trials t ON t.id = v.trial_id \
                     LEFT JOIN users u ON u.id = v.recorded_by \
                     WHERE t.scheme_id = $1 AND v.kind IN ({}) \
                     ORDER BY v.recorded_at DESC, t.id DESC, v.version DESC LIMIT $2",
                    kinds.join(", ")
                ))
                .bind(scheme_id)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn list_trials(
                &self,
                filter: &frirum_domain::trial::TrialFilter,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<frirum_domain::trial::TrialSummary>> {
                let status = filter.status.map(|s| s.as_str());
                let country = filter.country.map(|c| c.as_str());
                let text = filter
                    .text
                    .as_deref()
                    .filter(|t| !t.trim().is_empty())
                    .map($crate::sql_applications::contains_pattern);
                let filters = $crate::sql_trials::summary_where(ENGINE);
                let total: i64 = sqlx::query_scalar(&format!(
                    "SELECT COUNT(*) FROM trials t JOIN trial_states st ON st.trial_id = t.id \
                     JOIN schemes s ON s.id = t.scheme_id {filters}"
                ))
                .bind(filter.scheme_id)
                .bind(status)
                .bind(country)
                .bind(filter.theme_id)
                .bind(filter.organisation_id)
                .bind(filter.researcher_id)
                .bind(filter.provision_id)
                .bind(text.as_deref())
                .fetch_one(&self.pool)
                .await?;
                let rows: Vec<$crate::sql_trials::SummaryRow> = sqlx::query_as(&format!(
                    "{} {filters} ORDER BY st.planned_start DESC, t.id DESC LIMIT $9 OFFSET $10",
                    $crate::sql_trials::SUMMARY_SELECT,
                ))
                .bind(filter.scheme_id)
                .bind(status)
                .bind(country)
                .bind(filter.theme_id)
                .bind(filter.organisation_id)
                .bind(filter.researcher_id)
                .bind(filter.provision_id)
                .bind(text.as_deref())
                .bind(page.limit())
                .bind(page.offset())
                .fetch_all(&self.pool)
                .await?;
                let items = rows
                    .into_iter()
                    .map(|r| r.into_domain())
                    .collect::<$crate::Result<Vec<_>>>()?;
                Ok(frirum_domain::Page::new(items, page, $crate::sql::count(total)))
            }

            async fn trials_in_status(
                &self,
                statuses: &[frirum_domain::trial::TrialStatus],
            ) -> $crate::Result<Vec<i64>> {
                let mut ids = Vec::new();
                for status in statuses {
                    let found: Vec<i64> = sqlx::query_scalar(
                        "SELECT trial_id FROM trial_states WHERE status = $1 ORDER BY trial_id",
                    )
                    .bind(status.as_str())
                    .fetch_all(&self.pool)
                    .await?;
                    ids.extend(found);
                }
                ids.sort_unstable();
                Ok(ids)
            }

            async fn trial_researchers(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::trial::TrialResearcher>> {
                let rows =
                    $crate::ResearchStore::trial_research_assignments(self, trial_id).await?;
                Ok($crate::sql_trials::team(rows))
            }

            async fn assign_trial_researcher(
                &self,
                trial_id: i64,
                user_id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let target = frirum_domain::research::AssignmentTarget::Trial(trial_id);
                $crate::ResearchStore::assign_research(self, user_id, target, actor).await?;
                Ok(())
            }

            async fn unassign_trial_researcher(
                &self,
                trial_id: i64,
                user_id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let target = frirum_domain::research::AssignmentTarget::Trial(trial_id);
                $crate::ResearchStore::unassign_research(self, user_id, target, actor).await
            }
        }
    };
}

pub(crate) use impl_trial_store;
