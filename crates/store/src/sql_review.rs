//! The SQL of [`crate::ReviewStore`]: legal screening, clarification questions and amended
//! exemptions. Expanded per engine like every store macro (see [`crate::sql`]). Each change starts its transaction with its conditional write, so
//! that the state it depends on (a submitted application, an open question, a version) is
//! checked and changed in one statement, and ends with its journal entry.

use frirum_domain::review::Clarification;
use frirum_domain::screening::ScreeningEntry;
use time::OffsetDateTime;

use crate::StoreError;

pub(crate) const SCREENING_SELECT: &str = "SELECT s.id, s.application_id, s.item, s.item_text, \
     s.rules_version, s.outcome, s.reason, s.actor_id, u.name AS actor_name, s.at \
     FROM screening_entries s LEFT JOIN users u ON u.id = s.actor_id";

pub(crate) const CLARIFICATION_SELECT: &str = "SELECT c.id, c.application_id, c.question, \
     c.asked_by, q.name AS asked_by_name, c.asked_at, c.answer, c.answered_by, \
     a.name AS answered_by_name, c.answered_at \
     FROM clarifications c LEFT JOIN users q ON q.id = c.asked_by \
     LEFT JOIN users a ON a.id = c.answered_by";

#[derive(sqlx::FromRow)]
pub(crate) struct ScreeningRow {
    id: i64,
    application_id: i64,
    item: i64,
    item_text: String,
    rules_version: i64,
    outcome: String,
    reason: String,
    actor_id: Option<i64>,
    actor_name: Option<String>,
    at: OffsetDateTime,
}

impl ScreeningRow {
    pub fn into_domain(self) -> Result<ScreeningEntry, StoreError> {
        Ok(ScreeningEntry {
            id: self.id,
            application_id: self.application_id,
            item: usize::try_from(self.item).map_err(StoreError::corrupt)?,
            item_text: self.item_text,
            rules_version: self.rules_version,
            outcome: self.outcome.parse().map_err(StoreError::corrupt)?,
            reason: self.reason,
            actor_id: self.actor_id,
            actor_name: self.actor_name,
            at: self.at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ClarificationRow {
    id: i64,
    application_id: i64,
    question: String,
    asked_by: Option<i64>,
    asked_by_name: Option<String>,
    asked_at: OffsetDateTime,
    answer: Option<String>,
    answered_by: Option<i64>,
    answered_by_name: Option<String>,
    answered_at: Option<OffsetDateTime>,
}

impl From<ClarificationRow> for Clarification {
    fn from(r: ClarificationRow) -> Self {
        Clarification {
            id: r.id,
            application_id: r.application_id,
            question: r.question,
            asked_by: r.asked_by,
            asked_by_name: r.asked_by_name,
            asked_at: r.asked_at,
            answer: r.answer,
            answered_by: r.answered_by,
            answered_by_name: r.answered_by_name,
            answered_at: r.answered_at,
        }
    }
}

/// Implements [`crate::ReviewStore`] for a store with a `pool` field, in an engine module
/// where [`crate::sql_shared::shared_sql_helpers!`] has been expanded.
macro_rules! impl_review_store {
    ($store:ty) => {
        impl $store {
            /// Why a change that needs a submitted application found none.
            async fn not_submitted(&self, application_id: i64) -> $crate::StoreError {
                use $crate::ApplicationStore;
                match self.application(application_id).await {
                    Ok(Some(a)) => $crate::StoreError::WrongState {
                        what: $crate::StateOf::Application,
                        current: a.status.to_string(),
                    },
                    Ok(None) => $crate::StoreError::NotFound,
                    Err(e) => e,
                }
            }

            async fn screening_entry(&self, id: i64) -> $crate::Result<frirum_domain::screening::ScreeningEntry> {
                let row: $crate::sql_review::ScreeningRow = sqlx::query_as(&format!(
                    "{} WHERE s.id = $1",
                    $crate::sql_review::SCREENING_SELECT
                ))
                .bind(id)
                .fetch_one(&self.pool)
                .await?;
                row.into_domain()
            }

            async fn clarification(&self, id: i64) -> $crate::Result<Option<frirum_domain::review::Clarification>> {
                let row: Option<$crate::sql_review::ClarificationRow> = sqlx::query_as(&format!(
                    "{} WHERE c.id = $1",
                    $crate::sql_review::CLARIFICATION_SELECT
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(Into::into))
            }
        }

        #[async_trait::async_trait]
        impl $crate::ReviewStore for $store {
            async fn record_screening(
                &self,
                application_id: i64,
                rules_version: i64,
                judgement: &frirum_domain::screening::Judgement,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::screening::ScreeningEntry> {
                let item = i64::try_from(judgement.item).map_err($crate::StoreError::corrupt)?;
                let mut tx = begin_write(&self.pool).await?;
                lock_undecided(&mut tx, application_id).await?;
                let id: Option<i64> = sqlx::query_scalar(
                    "INSERT INTO screening_entries \
                     (application_id, item, item_text, rules_version, outcome, reason, actor_id, at) \
                     SELECT id, $2, $3, $4, $5, $6, $7, $8 FROM applications \
                     WHERE id = $1 AND status = 'submitted' RETURNING id",
                )
                .bind(application_id)
                .bind(item)
                .bind(&judgement.item_text)
                .bind(rules_version)
                .bind(judgement.outcome.as_str())
                .bind(&judgement.reason)
                .bind(actor.user_id)
                .bind(actor.at)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(id) = id else {
                    tx.rollback().await?;
                    return Err(self.not_submitted(application_id).await);
                };
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "screening.recorded",
                    serde_json::json!({
                        "item": judgement.item,
                        "item_text": judgement.item_text,
                        "rules_version": rules_version,
                        "outcome": judgement.outcome.as_str(),
                        "reason": judgement.reason,
                    }),
                )
                .await?;
                tx.commit().await?;
                self.screening_entry(id).await
            }

            async fn screening(
                &self,
                application_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::screening::ScreeningEntry>> {
                let history = self.screening_history(application_id).await?;
                Ok(frirum_domain::screening::current(&history))
            }

            async fn screening_history(
                &self,
                application_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::screening::ScreeningEntry>> {
                let rows: Vec<$crate::sql_review::ScreeningRow> = sqlx::query_as(&format!(
                    "{} WHERE s.application_id = $1 ORDER BY s.id",
                    $crate::sql_review::SCREENING_SELECT
                ))
                .bind(application_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn ask_clarification(
                &self,
                application_id: i64,
                question: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::review::Clarification> {
                let mut tx = begin_write(&self.pool).await?;
                lock_undecided(&mut tx, application_id).await?;
                let id: Option<i64> = sqlx::query_scalar(
                    "INSERT INTO clarifications (application_id, question, asked_by, asked_at) \
                     SELECT id, $2, $3, $4 FROM applications \
                     WHERE id = $1 AND status = 'submitted' RETURNING id",
                )
                .bind(application_id)
                .bind(question)
                .bind(actor.user_id)
                .bind(actor.at)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(id) = id else {
                    tx.rollback().await?;
                    return Err(self.not_submitted(application_id).await);
                };
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "clarification.asked",
                    serde_json::json!({"clarification": id, "question": question}),
                )
                .await?;
                tx.commit().await?;
                self.clarification(id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn answer_clarification(
                &self,
                application_id: i64,
                clarification_id: i64,
                answer: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::review::Clarification> {
                let mut tx = begin_write(&self.pool).await?;
                let done = sqlx::query(
                    "UPDATE clarifications SET answer = $1, answered_by = $2, answered_at = $3 \
                     WHERE id = $4 AND application_id = $5 AND answer IS NULL \
                     AND EXISTS (SELECT 1 FROM applications a WHERE a.id = $5 AND a.status = 'submitted')",
                )
                .bind(answer)
                .bind(actor.user_id)
                .bind(actor.at)
                .bind(clarification_id)
                .bind(application_id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Err(match self.clarification(clarification_id).await? {
                        Some(c) if c.application_id == application_id && !c.is_open() => {
                            $crate::StoreError::NoOpenClarification
                        }
                        Some(c) if c.application_id == application_id => {
                            self.not_submitted(application_id).await
                        }
                        _ => $crate::StoreError::NotFound,
                    });
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "clarification.answered",
                    serde_json::json!({"clarification": clarification_id, "answer": answer}),
                )
                .await?;
                tx.commit().await?;
                self.clarification(clarification_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn clarification_thread(
                &self,
                application_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::review::Clarification>> {
                let rows: Vec<$crate::sql_review::ClarificationRow> = sqlx::query_as(&format!(
                    "{} WHERE c.application_id = $1 ORDER BY c.id",
                    $crate::sql_review::CLARIFICATION_SELECT
                ))
                .bind(application_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn amend_exemptions(
                &self,
                application_id: i64,
                expected_version: i64,
                exemptions: &[frirum_domain::application::RequestedExemption],
                provision_ids: &[i64],
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::application::Application> {
                use $crate::ApplicationStore;
                use frirum_domain::application::ApplicationStatus;
                let old = self
                    .application(application_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)?;
                if old.status != ApplicationStatus::Submitted {
                    return Err(self.not_submitted(application_id).await);
                }
                if old.version != expected_version {
                    return Err($crate::StoreError::EditConflict { current: old.version });
                }
                let mut content = old.content.clone();
                content.exemptions = exemptions.to_vec();
                let mut tx = begin_write(&self.pool).await?;
                lock_undecided(&mut tx, application_id).await?;
                let done = sqlx::query(
                    "UPDATE applications SET content = $1, version = version + 1, updated_at = $2 \
                     WHERE id = $3 AND version = $4 AND status = 'submitted'",
                )
                .bind($crate::sql::to_json(&content)?)
                .bind(actor.at)
                .bind(application_id)
                .bind(expected_version)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    let now = self
                        .application(application_id)
                        .await?
                        .ok_or($crate::StoreError::NotFound)?;
                    return Err(if now.status == ApplicationStatus::Submitted {
                        $crate::StoreError::EditConflict { current: now.version }
                    } else {
                        self.not_submitted(application_id).await
                    });
                }
                sqlx::query("DELETE FROM application_provisions WHERE application_id = $1")
                    .bind(application_id)
                    .execute(&mut *tx)
                    .await?;
                for id in provision_ids {
                    sqlx::query(
                        "INSERT INTO application_provisions (application_id, provision_id) \
                         SELECT $1, id FROM provisions WHERE id = $2 \
                         ON CONFLICT DO NOTHING",
                    )
                    .bind(application_id)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                }
                let mut changes =
                    frirum_domain::review::exemptions_diff(&old.content.exemptions, exemptions);
                changes["version"] =
                    serde_json::json!({"from": expected_version, "to": expected_version + 1});
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "application.exemptions_amended",
                    changes,
                )
                .await?;
                tx.commit().await?;
                self.application(application_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }
        }
    };
}

pub(crate) use impl_review_store;
