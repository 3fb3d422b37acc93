//! The SQL of [`crate::AssessmentStore`]: assessors' assignments, conflicts of interest and
//! statements of none, their scores, submissions and notes, the consensus and requests for
//! it, and a round's ranking. Expanded per engine like
//! every store macro (see [`crate::sql`]).

use frirum_domain::assessment::{
    Assignment, Conflict, ConsensusRequest, ConsensusScore, Note, StoredScore,
};
use frirum_domain::organisation::OrganisationRef;
use frirum_domain::scheme::Rules;
use time::OffsetDateTime;

use crate::StoreError;
use crate::assessment::QueueItem;

pub(crate) const ASSIGNMENT_SELECT: &str = "SELECT a.application_id, a.assessor_id, \
     u.name AS assessor_name, a.assigned_by, a.assigned_at, a.conflict_source, \
     a.conflict_reason, a.conflict_at, a.no_conflict_stated_at, a.submitted_at \
     FROM assessor_assignments a JOIN users u ON u.id = a.assessor_id";

pub(crate) const QUEUE_SELECT: &str = "SELECT a.application_id, a.assessor_id, \
     u.name AS assessor_name, a.assigned_by, a.assigned_at, a.conflict_source, \
     a.conflict_reason, a.conflict_at, a.no_conflict_stated_at, a.submitted_at, \
     p.case_number, p.title, p.status AS application_status, p.scheme_id, \
     s.code AS scheme_code, p.round_id, r.number AS round_number, sr.rules, \
     (SELECT COUNT(*) FROM assessment_scores sc \
      WHERE sc.application_id = a.application_id AND sc.assessor_id = a.assessor_id) AS scored \
     FROM assessor_assignments a JOIN users u ON u.id = a.assessor_id \
     JOIN applications p ON p.id = a.application_id \
     JOIN rounds r ON r.id = p.round_id \
     JOIN schemes s ON s.id = p.scheme_id \
     LEFT JOIN scheme_rules sr ON sr.scheme_id = p.scheme_id \
       AND sr.version = COALESCE(p.rules_version, s.rules_version) \
     WHERE a.assessor_id = $1 ORDER BY a.assigned_at DESC, a.application_id DESC";

pub(crate) const SCORE_SELECT: &str = "SELECT s.application_id, s.assessor_id, s.criterion, \
     s.score, s.comment, s.updated_at FROM assessment_scores s";

pub(crate) const CONSENSUS_SELECT: &str = "SELECT c.application_id, c.criterion, c.score, \
     c.comment, c.set_by, c.updated_at FROM consensus_scores c";

pub(crate) const REQUEST_SELECT: &str = "SELECT r.id, r.application_id, r.requested_by, \
     u.name AS requested_by_name, r.message, r.requested_at \
     FROM consensus_requests r LEFT JOIN users u ON u.id = r.requested_by";

pub(crate) const NOTE_SELECT: &str = "SELECT n.id, n.application_id, n.parent_id, \
     n.author_id, u.name AS author_name, n.body, n.created_at \
     FROM assessment_notes n LEFT JOIN users u ON u.id = n.author_id";

/// The network members of a round's applications, in one query.
pub(crate) const ROUND_MEMBERS_SELECT: &str = "SELECT m.application_id, o.id, o.country, \
     o.code, o.name FROM application_members m \
     JOIN organisations o ON o.id = m.organisation_id \
     JOIN applications a ON a.id = m.application_id \
     WHERE a.round_id = $1 AND a.status <> 'draft' ORDER BY m.application_id, m.position";

#[derive(sqlx::FromRow)]
pub(crate) struct AssignmentRow {
    application_id: i64,
    assessor_id: i64,
    assessor_name: String,
    assigned_by: Option<i64>,
    assigned_at: OffsetDateTime,
    conflict_source: Option<String>,
    conflict_reason: Option<String>,
    conflict_at: Option<OffsetDateTime>,
    no_conflict_stated_at: Option<OffsetDateTime>,
    submitted_at: Option<OffsetDateTime>,
}

impl AssignmentRow {
    pub fn into_domain(self) -> Result<Assignment, StoreError> {
        let conflict = match self.conflict_source {
            Some(source) => Some(Conflict {
                source: source.parse().map_err(StoreError::corrupt)?,
                reason: self.conflict_reason.unwrap_or_default(),
                at: self.conflict_at.unwrap_or(self.assigned_at),
            }),
            None => None,
        };
        Ok(Assignment {
            application_id: self.application_id,
            assessor_id: self.assessor_id,
            assessor_name: self.assessor_name,
            assigned_by: self.assigned_by,
            assigned_at: self.assigned_at,
            conflict,
            no_conflict_stated_at: self.no_conflict_stated_at,
            submitted_at: self.submitted_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct QueueRow {
    #[sqlx(flatten)]
    assignment: AssignmentRow,
    case_number: Option<String>,
    title: String,
    application_status: String,
    scheme_id: i64,
    scheme_code: String,
    round_id: i64,
    round_number: i64,
    rules: Option<String>,
    scored: i64,
}

impl QueueRow {
    pub fn into_domain(self) -> Result<QueueItem, StoreError> {
        let criteria = match &self.rules {
            Some(text) => serde_json::from_str::<Rules>(text)
                .map_err(StoreError::corrupt)?
                .criteria
                .len(),
            None => 0,
        };
        Ok(QueueItem {
            assignment: self.assignment.into_domain()?,
            case_number: self.case_number,
            title: self.title,
            application_status: self
                .application_status
                .parse()
                .map_err(StoreError::corrupt)?,
            scheme_id: self.scheme_id,
            scheme_code: self.scheme_code,
            round_id: self.round_id,
            round_number: u32::try_from(self.round_number).map_err(StoreError::corrupt)?,
            scored: u32::try_from(self.scored).map_err(StoreError::corrupt)?,
            criteria: u32::try_from(criteria).map_err(StoreError::corrupt)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ScoreRow {
    application_id: i64,
    assessor_id: i64,
    criterion: String,
    score: i64,
    comment: String,
    updated_at: OffsetDateTime,
}

impl From<ScoreRow> for StoredScore {
    fn from(r: ScoreRow) -> Self {
        StoredScore {
            application_id: r.application_id,
            assessor_id: r.assessor_id,
            criterion: r.criterion,
            score: r.score,
            comment: r.comment,
            updated_at: r.updated_at,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ConsensusRow {
    application_id: i64,
    criterion: String,
    score: i64,
    comment: String,
    set_by: Option<i64>,
    updated_at: OffsetDateTime,
}

impl From<ConsensusRow> for ConsensusScore {
    fn from(r: ConsensusRow) -> Self {
        ConsensusScore {
            application_id: r.application_id,
            criterion: r.criterion,
            score: r.score,
            comment: r.comment,
            set_by: r.set_by,
            updated_at: r.updated_at,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct NoteRow {
    id: i64,
    application_id: i64,
    parent_id: Option<i64>,
    author_id: Option<i64>,
    author_name: Option<String>,
    body: String,
    created_at: OffsetDateTime,
}

impl From<NoteRow> for Note {
    fn from(r: NoteRow) -> Self {
        Note {
            id: r.id,
            application_id: r.application_id,
            parent_id: r.parent_id,
            author_id: r.author_id,
            author_name: r.author_name,
            body: r.body,
            created_at: r.created_at,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct RequestRow {
    id: i64,
    application_id: i64,
    requested_by: Option<i64>,
    requested_by_name: Option<String>,
    message: String,
    requested_at: OffsetDateTime,
}

impl From<RequestRow> for ConsensusRequest {
    fn from(r: RequestRow) -> Self {
        ConsensusRequest {
            id: r.id,
            application_id: r.application_id,
            requested_by: r.requested_by,
            requested_by_name: r.requested_by_name,
            message: r.message,
            requested_at: r.requested_at,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct MemberRow {
    application_id: i64,
    id: i64,
    country: String,
    code: String,
    name: String,
}

impl MemberRow {
    pub fn into_domain(self) -> Result<(i64, OrganisationRef), StoreError> {
        Ok((
            self.application_id,
            OrganisationRef {
                id: self.id,
                country: self.country.parse().map_err(StoreError::corrupt)?,
                code: self.code,
                name: self.name,
            },
        ))
    }
}

/// The journal's record of a set of scores.
pub(crate) fn scores_facts(scores: &[frirum_domain::scoring::Score]) -> serde_json::Value {
    serde_json::Value::Array(
        scores
            .iter()
            .map(|s| serde_json::json!({"criterion": s.criterion, "score": s.score, "comment": s.comment}))
            .collect(),
    )
}

/// Implements [`crate::AssessmentStore`] for a store with a `pool` field, in an engine
/// module where [`crate::sql_shared::shared_sql_helpers!`] has been expanded.
macro_rules! impl_assessment_store {
    ($store:ty) => {
        impl $store {
            async fn assignment_of(
                &self,
                application_id: i64,
                assessor_id: i64,
            ) -> $crate::Result<Option<frirum_domain::assessment::Assignment>> {
                let row: Option<$crate::sql_assessment::AssignmentRow> = sqlx::query_as(&format!(
                    "{} WHERE a.application_id = $1 AND a.assessor_id = $2",
                    $crate::sql_assessment::ASSIGNMENT_SELECT
                ))
                .bind(application_id)
                .bind(assessor_id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }
        }

        #[async_trait::async_trait]
        impl $crate::AssessmentStore for $store {
            async fn assign_assessors(
                &self,
                new: &[frirum_domain::assessment::NewAssignment],
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<Vec<frirum_domain::assessment::Assignment>> {
                let mut tx = begin_write(&self.pool).await?;
                let mut made = Vec::new();
                for n in new {
                    let (source, reason) = match &n.conflict {
                        Some((source, reason)) => (Some(source.as_str()), Some(reason.as_str())),
                        None => (None, None),
                    };
                    let done = sqlx::query(
                        "INSERT INTO assessor_assignments (application_id, assessor_id, \
                         assigned_by, assigned_at, conflict_source, conflict_reason, conflict_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7) \
                         ON CONFLICT (application_id, assessor_id) DO NOTHING",
                    )
                    .bind(n.application_id)
                    .bind(n.assessor_id)
                    .bind(actor.user_id)
                    .bind(actor.at)
                    .bind(source)
                    .bind(reason)
                    .bind(source.map(|_| actor.at))
                    .execute(&mut *tx)
                    .await?;
                    if done.rows_affected() == 1 {
                        made.push(n);
                    }
                }
                for n in &made {
                    append_journal(
                        &mut tx,
                        frirum_domain::journal::CaseKind::Application,
                        n.application_id,
                        &actor,
                        "assessment.assessor_assigned",
                        serde_json::json!({
                            "assessor_id": n.assessor_id,
                            "conflict": n.conflict.as_ref().map(|(s, _)| s.as_str()),
                            "conflict_reason": n.conflict.as_ref().map(|(_, r)| r.as_str()),
                        }),
                    )
                    .await?;
                }
                tx.commit().await?;
                let mut out = Vec::with_capacity(made.len());
                for n in made {
                    if let Some(a) = self.assignment_of(n.application_id, n.assessor_id).await? {
                        out.push(a);
                    }
                }
                Ok(out)
            }

            async fn unassign_assessor(
                &self,
                application_id: i64,
                assessor_id: i64,
                reason: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                // A declared or found conflict stays on record: removing the assignment
                // and assigning again would otherwise open the scores to the assessor.
                let done = sqlx::query(
                    "DELETE FROM assessor_assignments WHERE application_id = $1 \
                     AND assessor_id = $2 AND conflict_source IS NULL",
                )
                .bind(application_id)
                .bind(assessor_id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    let conflicted: Option<i64> = sqlx::query_scalar(
                        "SELECT assessor_id FROM assessor_assignments \
                         WHERE application_id = $1 AND assessor_id = $2",
                    )
                    .bind(application_id)
                    .bind(assessor_id)
                    .fetch_optional(&self.pool)
                    .await?;
                    return Err(match conflicted {
                        Some(_) => $crate::StoreError::WrongState {
                            what: $crate::StateOf::Assignment,
                            current: "conflicted".to_owned(),
                        },
                        None => $crate::StoreError::NotFound,
                    });
                }
                // The assessor's unsubmitted scores go with the assignment, so that
                // assigning them again starts afresh instead of bringing old drafts back.
                let dropped = sqlx::query(
                    "DELETE FROM assessment_scores WHERE application_id = $1 AND assessor_id = $2",
                )
                .bind(application_id)
                .bind(assessor_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "assessment.assessor_unassigned",
                    serde_json::json!({
                        "assessor_id": assessor_id,
                        "reason": reason,
                        "draft_scores_dropped": dropped,
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn declare_conflict(
                &self,
                application_id: i64,
                assessor_id: i64,
                reason: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::assessment::Assignment> {
                let mut tx = begin_write(&self.pool).await?;
                let done = sqlx::query(
                    "UPDATE assessor_assignments SET conflict_source = 'declared', \
                     conflict_reason = $1, conflict_at = $2 \
                     WHERE application_id = $3 AND assessor_id = $4 AND conflict_source IS NULL",
                )
                .bind(reason)
                .bind(actor.at)
                .bind(application_id)
                .bind(assessor_id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 1 {
                    append_journal(
                        &mut tx,
                        frirum_domain::journal::CaseKind::Application,
                        application_id,
                        &actor,
                        "assessment.conflict_declared",
                        serde_json::json!({"assessor_id": assessor_id, "reason": reason}),
                    )
                    .await?;
                    tx.commit().await?;
                } else {
                    tx.rollback().await?;
                }
                self.assignment_of(application_id, assessor_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn state_no_conflict(
                &self,
                application_id: i64,
                assessor_id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::assessment::Assignment> {
                let mut tx = begin_write(&self.pool).await?;
                let done = sqlx::query(
                    "UPDATE assessor_assignments SET no_conflict_stated_at = $1 \
                     WHERE application_id = $2 AND assessor_id = $3 \
                     AND conflict_source IS NULL AND no_conflict_stated_at IS NULL",
                )
                .bind(actor.at)
                .bind(application_id)
                .bind(assessor_id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 1 {
                    append_journal(
                        &mut tx,
                        frirum_domain::journal::CaseKind::Application,
                        application_id,
                        &actor,
                        "assessment.no_conflict_stated",
                        serde_json::json!({"assessor_id": assessor_id}),
                    )
                    .await?;
                    tx.commit().await?;
                } else {
                    tx.rollback().await?;
                }
                self.assignment_of(application_id, assessor_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn submit_assessment(
                &self,
                application_id: i64,
                assessor_id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::assessment::Assignment> {
                let mut tx = begin_write(&self.pool).await?;
                lock_undecided(&mut tx, application_id).await?;
                let done = sqlx::query(
                    "UPDATE assessor_assignments SET submitted_at = $1 \
                     WHERE application_id = $2 AND assessor_id = $3 \
                     AND conflict_source IS NULL AND no_conflict_stated_at IS NOT NULL \
                     AND submitted_at IS NULL \
                     AND EXISTS (SELECT 1 FROM applications p \
                                 WHERE p.id = $2 AND p.status = 'submitted')",
                )
                .bind(actor.at)
                .bind(application_id)
                .bind(assessor_id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Err($crate::StoreError::WrongState {
                        what: $crate::StateOf::Assignment,
                        current: "not open for submission".to_owned(),
                    });
                }
                let scored: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM assessment_scores \
                     WHERE application_id = $1 AND assessor_id = $2",
                )
                .bind(application_id)
                .bind(assessor_id)
                .fetch_one(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "assessment.assessment_submitted",
                    serde_json::json!({"assessor_id": assessor_id, "criteria_scored": scored}),
                )
                .await?;
                tx.commit().await?;
                self.assignment_of(application_id, assessor_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn request_consensus(
                &self,
                application_id: i64,
                message: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::assessment::ConsensusRequest> {
                let mut tx = begin_write(&self.pool).await?;
                lock_undecided(&mut tx, application_id).await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO consensus_requests (application_id, requested_by, message, \
                     requested_at) VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(application_id)
                .bind(actor.user_id)
                .bind(message)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "assessment.consensus_requested",
                    serde_json::json!({"message": message}),
                )
                .await?;
                tx.commit().await?;
                let row: $crate::sql_assessment::RequestRow = sqlx::query_as(&format!(
                    "{} WHERE r.id = $1",
                    $crate::sql_assessment::REQUEST_SELECT
                ))
                .bind(id)
                .fetch_one(&self.pool)
                .await?;
                Ok(row.into())
            }

            async fn consensus_requests(
                &self,
                application_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::assessment::ConsensusRequest>> {
                let rows: Vec<$crate::sql_assessment::RequestRow> = sqlx::query_as(&format!(
                    "{} WHERE r.application_id = $1 ORDER BY r.id",
                    $crate::sql_assessment::REQUEST_SELECT
                ))
                .bind(application_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn assignments(
                &self,
                application_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::assessment::Assignment>> {
                let rows: Vec<$crate::sql_assessment::AssignmentRow> = sqlx::query_as(&format!(
                    "{} WHERE a.application_id = $1 ORDER BY a.assigned_at, a.assessor_id",
                    $crate::sql_assessment::ASSIGNMENT_SELECT
                ))
                .bind(application_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn assessor_queue(
                &self,
                assessor_id: i64,
            ) -> $crate::Result<Vec<$crate::assessment::QueueItem>> {
                let rows: Vec<$crate::sql_assessment::QueueRow> =
                    sqlx::query_as($crate::sql_assessment::QUEUE_SELECT)
                        .bind(assessor_id)
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn save_scores(
                &self,
                application_id: i64,
                assessor_id: i64,
                scores: &[frirum_domain::scoring::Score],
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                // Under the case's lock: the application is still open for scoring and the
                // assessor still assigned without a conflict, whatever changed meanwhile.
                lock_undecided(&mut tx, application_id).await?;
                let free: Option<i64> = sqlx::query_scalar(
                    "SELECT w.assessor_id FROM assessor_assignments w \
                     JOIN applications a ON a.id = w.application_id \
                     WHERE w.application_id = $1 AND w.assessor_id = $2 \
                     AND w.conflict_source IS NULL AND w.no_conflict_stated_at IS NOT NULL \
                     AND w.submitted_at IS NULL AND a.status = 'submitted'",
                )
                .bind(application_id)
                .bind(assessor_id)
                .fetch_optional(&mut *tx)
                .await?;
                if free.is_none() {
                    tx.rollback().await?;
                    return Err($crate::StoreError::WrongState {
                        what: $crate::StateOf::Assignment,
                        current: "not open for scoring".to_owned(),
                    });
                }
                for s in scores {
                    sqlx::query(
                        "INSERT INTO assessment_scores (application_id, assessor_id, criterion, \
                         score, comment, updated_at) VALUES ($1, $2, $3, $4, $5, $6) \
                         ON CONFLICT (application_id, assessor_id, criterion) DO UPDATE \
                         SET score = excluded.score, comment = excluded.comment, \
                         updated_at = excluded.updated_at",
                    )
                    .bind(application_id)
                    .bind(assessor_id)
                    .bind(&s.criterion)
                    .bind(s.score)
                    .bind(&s.comment)
                    .bind(actor.at)
                    .execute(&mut *tx)
                    .await?;
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "assessment.scores_saved",
                    serde_json::json!({
                        "assessor_id": assessor_id,
                        "scores": $crate::sql_assessment::scores_facts(scores),
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn scores(
                &self,
                application_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::assessment::StoredScore>> {
                let rows: Vec<$crate::sql_assessment::ScoreRow> = sqlx::query_as(&format!(
                    "{} WHERE s.application_id = $1 ORDER BY s.assessor_id, s.criterion",
                    $crate::sql_assessment::SCORE_SELECT
                ))
                .bind(application_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn set_consensus(
                &self,
                application_id: i64,
                scores: &[frirum_domain::scoring::Score],
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                // Two consensus saves at once follow each other under the case's lock, and
                // each journals what it replaced.
                if !lock_application(&mut tx, application_id).await? {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                }
                let before = self.consensus(application_id).await?;
                let before: Vec<frirum_domain::scoring::Score> =
                    before.iter().map(|c| c.score()).collect();
                sqlx::query("DELETE FROM consensus_scores WHERE application_id = $1")
                    .bind(application_id)
                    .execute(&mut *tx)
                    .await?;
                for s in scores {
                    sqlx::query(
                        "INSERT INTO consensus_scores (application_id, criterion, score, comment, \
                         set_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(application_id)
                    .bind(&s.criterion)
                    .bind(s.score)
                    .bind(&s.comment)
                    .bind(actor.user_id)
                    .bind(actor.at)
                    .execute(&mut *tx)
                    .await?;
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "assessment.consensus_set",
                    serde_json::json!({"consensus": {
                        "from": $crate::sql_assessment::scores_facts(&before),
                        "to": $crate::sql_assessment::scores_facts(scores),
                    }}),
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn consensus(
                &self,
                application_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::assessment::ConsensusScore>> {
                let rows: Vec<$crate::sql_assessment::ConsensusRow> = sqlx::query_as(&format!(
                    "{} WHERE c.application_id = $1 ORDER BY c.criterion",
                    $crate::sql_assessment::CONSENSUS_SELECT
                ))
                .bind(application_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn add_note(
                &self,
                application_id: i64,
                parent_id: Option<i64>,
                body: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::assessment::Note> {
                if let Some(parent) = parent_id {
                    let of: Option<i64> = sqlx::query_scalar(
                        "SELECT application_id FROM assessment_notes WHERE id = $1",
                    )
                    .bind(parent)
                    .fetch_optional(&self.pool)
                    .await?;
                    if of != Some(application_id) {
                        return Err($crate::StoreError::NotFound);
                    }
                }
                let mut tx = begin_write(&self.pool).await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO assessment_notes (application_id, parent_id, author_id, body, created_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(application_id)
                .bind(parent_id)
                .bind(actor.user_id)
                .bind(body)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "assessment.note_added",
                    serde_json::json!({"note_id": id, "parent_id": parent_id}),
                )
                .await?;
                tx.commit().await?;
                let row: $crate::sql_assessment::NoteRow = sqlx::query_as(&format!(
                    "{} WHERE n.id = $1",
                    $crate::sql_assessment::NOTE_SELECT
                ))
                .bind(id)
                .fetch_one(&self.pool)
                .await?;
                Ok(row.into())
            }

            async fn notes(
                &self,
                application_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::assessment::Note>> {
                let rows: Vec<$crate::sql_assessment::NoteRow> = sqlx::query_as(&format!(
                    "{} WHERE n.application_id = $1 ORDER BY n.id",
                    $crate::sql_assessment::NOTE_SELECT
                ))
                .bind(application_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn round_assessment(
                &self,
                round_id: i64,
            ) -> $crate::Result<$crate::assessment::RoundAssessment> {
                let rows: Vec<$crate::sql_applications::ApplicationRow> = sqlx::query_as(&format!(
                    "{} WHERE a.round_id = $1 AND a.status <> 'draft' ORDER BY a.sequence, a.id",
                    $crate::sql_applications::APPLICATION_SELECT
                ))
                .bind(round_id)
                .fetch_all(&self.pool)
                .await?;
                let member_rows: Vec<$crate::sql_assessment::MemberRow> =
                    sqlx::query_as($crate::sql_assessment::ROUND_MEMBERS_SELECT)
                        .bind(round_id)
                        .fetch_all(&self.pool)
                        .await?;
                let mut members: std::collections::HashMap<
                    i64,
                    Vec<frirum_domain::organisation::OrganisationRef>,
                > = std::collections::HashMap::new();
                for row in member_rows {
                    let (application_id, org) = row.into_domain()?;
                    members.entry(application_id).or_default().push(org);
                }
                let mut applications = Vec::with_capacity(rows.len());
                for row in rows {
                    let id = row.id();
                    applications.push(row.into_domain(members.remove(&id).unwrap_or_default())?);
                }
                let assignments: Vec<$crate::sql_assessment::AssignmentRow> =
                    sqlx::query_as(&format!(
                        "{} JOIN applications p ON p.id = a.application_id \
                         WHERE p.round_id = $1 ORDER BY a.application_id, a.assigned_at, a.assessor_id",
                        $crate::sql_assessment::ASSIGNMENT_SELECT
                    ))
                    .bind(round_id)
                    .fetch_all(&self.pool)
                    .await?;
                let scores: Vec<$crate::sql_assessment::ScoreRow> = sqlx::query_as(&format!(
                    "{} JOIN applications p ON p.id = s.application_id WHERE p.round_id = $1 \
                     ORDER BY s.application_id, s.assessor_id, s.criterion",
                    $crate::sql_assessment::SCORE_SELECT
                ))
                .bind(round_id)
                .fetch_all(&self.pool)
                .await?;
                let consensus: Vec<$crate::sql_assessment::ConsensusRow> = sqlx::query_as(&format!(
                    "{} JOIN applications p ON p.id = c.application_id WHERE p.round_id = $1 \
                     ORDER BY c.application_id, c.criterion",
                    $crate::sql_assessment::CONSENSUS_SELECT
                ))
                .bind(round_id)
                .fetch_all(&self.pool)
                .await?;
                Ok($crate::assessment::RoundAssessment {
                    applications,
                    assignments: assignments
                        .into_iter()
                        .map(|r| r.into_domain())
                        .collect::<$crate::Result<Vec<_>>>()?,
                    scores: scores.into_iter().map(Into::into).collect(),
                    consensus: consensus.into_iter().map(Into::into).collect(),
                })
            }
        }
    };
}

pub(crate) use impl_assessment_store;
