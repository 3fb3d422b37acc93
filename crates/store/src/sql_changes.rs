//! The SQL of [`crate::ChangeRequestStore`]. Every change takes the trial's lock first
//! (`lock_trial`), so a trial's requests, decisions and versions happen one after another
//! on both engines; a decision is a conditional UPDATE of a submitted request, and an
//! approval writes the trial's state, its version row, its participants and the journal
//! entry in the same transaction.

use frirum_domain::change::{
    ChangeClass, ChangeRequest, Proposal, RequestKind, RequestStatus, Screening,
};
use time::OffsetDateTime;

use crate::StoreError;

pub(crate) const REQUEST_SELECT: &str = "SELECT c.id, c.trial_id, c.kind, c.class, c.status, \
     c.proposal, c.reason, c.changes, c.based_on_version, s.name AS submitted_by_name, \
     c.submitted_at, d.name AS decided_by_name, c.decided_at, c.decision_reason, \
     c.screening_note, c.applied_version FROM change_requests c \
     LEFT JOIN users s ON s.id = c.submitted_by LEFT JOIN users d ON d.id = c.decided_by";

#[derive(sqlx::FromRow)]
pub(crate) struct RequestRow {
    id: i64,
    trial_id: i64,
    kind: String,
    class: String,
    status: String,
    proposal: String,
    reason: String,
    changes: String,
    based_on_version: i64,
    submitted_by_name: Option<String>,
    submitted_at: OffsetDateTime,
    decided_by_name: Option<String>,
    decided_at: Option<OffsetDateTime>,
    decision_reason: String,
    screening_note: Option<String>,
    applied_version: Option<i64>,
}

impl RequestRow {
    pub fn into_domain(self) -> Result<ChangeRequest, StoreError> {
        let proposal: Proposal = crate::sql::from_json(&self.proposal)?;
        Ok(ChangeRequest {
            id: self.id,
            trial_id: self.trial_id,
            kind: self
                .kind
                .parse::<RequestKind>()
                .map_err(StoreError::corrupt)?,
            class: self
                .class
                .parse::<ChangeClass>()
                .map_err(StoreError::corrupt)?,
            status: self
                .status
                .parse::<RequestStatus>()
                .map_err(StoreError::corrupt)?,
            proposal,
            reason: self.reason,
            changes: crate::sql::from_json(&self.changes)?,
            based_on_version: self.based_on_version,
            submitted_by_name: self.submitted_by_name,
            submitted_at: self.submitted_at,
            decided_by_name: self.decided_by_name,
            decided_at: self.decided_at,
            decision_reason: self.decision_reason,
            screening: self.screening_note.map(|note| Screening { note }),
            applied_version: self.applied_version,
        })
    }
}

/// Implements [`crate::ChangeRequestStore`] for a store type with a `pool` field.
macro_rules! impl_change_request_store {
    ($store:ty) => {
        /// Writes a trial's new state as the next version inside the caller's transaction,
        /// which holds the trial's lock: the same writes as `save_trial_state` (state with
        /// the version check, history row, participants as rows). Returns the new version.
        async fn change_write_trial_state(
            tx: &mut Tx<'_>,
            apply: &$crate::changes::ApplyChange<'_>,
            actor: &frirum_domain::journal::Actor<'_>,
        ) -> $crate::Result<i64> {
            let state = apply.state;
            let next = apply.expected_version + 1;
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
            .bind(apply.expected_version)
            .execute(&mut **tx)
            .await?;
            if updated.rows_affected() == 0 {
                let current: i64 =
                    sqlx::query_scalar("SELECT version FROM trial_states WHERE trial_id = $1")
                        .bind(state.trial_id)
                        .fetch_one(&mut **tx)
                        .await?;
                return Err($crate::StoreError::EditConflict { current });
            }
            sqlx::query(
                "INSERT INTO trial_versions (trial_id, version, kind, reason, changes, \
                 recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(state.trial_id)
            .bind(next)
            .bind(apply.version.kind.as_str())
            .bind(&apply.version.reason)
            .bind($crate::sql::to_json(&apply.version.changes)?)
            .bind(actor.user_id)
            .bind(actor.at)
            .execute(&mut **tx)
            .await?;
            sqlx::query("DELETE FROM trial_participants WHERE trial_id = $1")
                .bind(state.trial_id)
                .execute(&mut **tx)
                .await?;
            let mut organisations: Vec<i64> = state.participants.iter().map(|p| p.id).collect();
            organisations.sort_unstable();
            organisations.dedup();
            for organisation_id in organisations {
                sqlx::query(
                    "INSERT INTO trial_participants (trial_id, organisation_id) VALUES ($1, $2)",
                )
                .bind(state.trial_id)
                .bind(organisation_id)
                .execute(&mut **tx)
                .await?;
            }
            Ok(next)
        }

        #[async_trait::async_trait]
        impl $crate::ChangeRequestStore for $store {
            async fn submit_change_request(
                &self,
                request: &frirum_domain::change::NewChangeRequest,
                apply: Option<$crate::changes::ApplyChange<'_>>,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::change::ChangeRequest> {
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, request.trial_id).await?;
                let applied = match &apply {
                    Some(apply) => Some(change_write_trial_state(&mut tx, apply, &actor).await?),
                    None => None,
                };
                let status = if applied.is_some() {
                    frirum_domain::change::RequestStatus::Approved
                } else {
                    frirum_domain::change::RequestStatus::Submitted
                };
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO change_requests (trial_id, kind, class, status, proposal, \
                     reason, changes, based_on_version, submitted_by, submitted_at, \
                     decided_by, decided_at, applied_version) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
                )
                .bind(request.trial_id)
                .bind(request.proposal.kind().as_str())
                .bind(request.class.as_str())
                .bind(status.as_str())
                .bind($crate::sql::to_json(&request.proposal)?)
                .bind(&request.reason)
                .bind($crate::sql::to_json(&request.changes)?)
                .bind(request.based_on_version)
                .bind(actor.user_id)
                .bind(actor.at)
                .bind(applied.and(actor.user_id))
                .bind(applied.map(|_| actor.at))
                .bind(applied)
                .fetch_one(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    if applied.is_some() {
                        "change.recorded"
                    } else {
                        "change.submitted"
                    },
                    serde_json::json!({
                        "trial_id": request.trial_id,
                        "change_request_id": id,
                        "kind": request.proposal.kind().as_str(),
                        "class": request.class.as_str(),
                        "reason": request.reason,
                        "changes": request.changes,
                        "applied_version": applied,
                    }),
                )
                .await?;
                tx.commit().await?;
                self.change_request(id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn decide_change_request(
                &self,
                id: i64,
                outcome: $crate::changes::ChangeOutcome<'_>,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::change::ChangeRequest> {
                use $crate::changes::ChangeOutcome;
                use frirum_domain::change::RequestStatus;
                let trial_id: i64 =
                    sqlx::query_scalar("SELECT trial_id FROM change_requests WHERE id = $1")
                        .bind(id)
                        .fetch_optional(&self.pool)
                        .await?
                        .ok_or($crate::StoreError::NotFound)?;
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                // Under the trial's lock: of two deciders, the second finds it decided.
                let status: String =
                    sqlx::query_scalar("SELECT status FROM change_requests WHERE id = $1")
                        .bind(id)
                        .fetch_one(&mut *tx)
                        .await?;
                if status != RequestStatus::Submitted.as_str() {
                    tx.rollback().await?;
                    return Err($crate::StoreError::AlreadyDecided);
                }
                let (status, reason, screening, applied) = match &outcome {
                    ChangeOutcome::Approve {
                        apply,
                        screening,
                        reason,
                    } => {
                        if apply.state.trial_id != trial_id {
                            return Err($crate::StoreError::NotFound);
                        }
                        let applied = match change_write_trial_state(&mut tx, apply, &actor).await
                        {
                            Ok(v) => v,
                            Err(e) => {
                                tx.rollback().await?;
                                return Err(e);
                            }
                        };
                        (
                            RequestStatus::Approved,
                            *reason,
                            screening.as_ref().map(|s| s.note.as_str()),
                            Some(applied),
                        )
                    }
                    ChangeOutcome::Reject { reason } => {
                        (RequestStatus::Rejected, *reason, None, None)
                    }
                    ChangeOutcome::Withdraw => (RequestStatus::Withdrawn, "", None, None),
                };
                let done = sqlx::query(
                    "UPDATE change_requests SET status = $1, decided_by = $2, decided_at = $3, \
                     decision_reason = $4, screening_note = $5, applied_version = $6 \
                     WHERE id = $7 AND status = 'submitted'",
                )
                .bind(status.as_str())
                .bind(actor.user_id)
                .bind(actor.at)
                .bind(reason)
                .bind(screening)
                .bind(applied)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Err($crate::StoreError::AlreadyDecided);
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    &format!("change.{}", status.as_str()),
                    serde_json::json!({
                        "trial_id": trial_id,
                        "change_request_id": id,
                        "reason": reason,
                        "screening": screening,
                        "applied_version": applied,
                    }),
                )
                .await?;
                tx.commit().await?;
                self.change_request(id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn change_request(
                &self,
                id: i64,
            ) -> $crate::Result<Option<frirum_domain::change::ChangeRequest>> {
                let row: Option<$crate::sql_changes::RequestRow> = sqlx::query_as(&format!(
                    "{} WHERE c.id = $1",
                    $crate::sql_changes::REQUEST_SELECT
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn change_requests(
                &self,
                trial_id: i64,
                status: Option<frirum_domain::change::RequestStatus>,
            ) -> $crate::Result<Vec<frirum_domain::change::ChangeRequest>> {
                let rows: Vec<$crate::sql_changes::RequestRow> = sqlx::query_as(&format!(
                    "{} WHERE c.trial_id = $1 AND ($2 IS NULL OR c.status = $2) \
                     ORDER BY c.id DESC",
                    $crate::sql_changes::REQUEST_SELECT
                ))
                .bind(trial_id)
                .bind(status.map(|s| s.as_str()))
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }
        }
    };
}

pub(crate) use impl_change_request_store;
