//! The SQL of [`crate::EvaluationStore`]: evaluations, their findings with the exemptions
//! and indicators they concern, recommendations, reports and corrections. Expanded per
//! engine like every store macro (see [`crate::sql`]).
//!
//! A change locks the evaluation's case first: its trial (`lock_trial`, as every change of
//! a trial does) or, for a joint evaluation, its scheme's row; then it reads the
//! evaluation's status and version, so two researchers saving at once are told apart and
//! nothing is written to a published evaluation. A draft's findings and recommendations are
//! replaced whole at each save; their positions are their order.

use frirum_domain::evaluation::{
    EvaluationKind, EvaluationStatus, EvaluationSummary, EvidenceStrength, Recommendation,
};
use time::{Date, OffsetDateTime};

use crate::StoreError;

pub(crate) const SUMMARY_SELECT: &str = "SELECT e.id, e.scheme_id, e.trial_id, e.kind, \
     e.status, e.title, e.embargo_until, e.published_at, e.updated_at, \
     (SELECT COUNT(*) FROM evaluation_findings f WHERE f.evaluation_id = e.id) AS findings \
     FROM evaluations e";

pub(crate) fn kind(name: &str) -> Result<EvaluationKind, StoreError> {
    name.parse()
        .map_err(|_| StoreError::corrupt(format!("unknown evaluation kind {name:?}")))
}

pub(crate) fn status(name: &str) -> Result<EvaluationStatus, StoreError> {
    name.parse()
        .map_err(|_| StoreError::corrupt(format!("unknown evaluation status {name:?}")))
}

pub(crate) fn strength(name: &str) -> Result<EvidenceStrength, StoreError> {
    name.parse()
        .map_err(|_| StoreError::corrupt(format!("unknown evidence strength {name:?}")))
}

pub(crate) fn recommendation(name: &str) -> Result<Recommendation, StoreError> {
    name.parse()
        .map_err(|_| StoreError::corrupt(format!("unknown recommendation {name:?}")))
}

pub(crate) fn exemption(position: i64) -> Result<usize, StoreError> {
    usize::try_from(position)
        .map_err(|_| StoreError::corrupt(format!("exemption position {position}")))
}

#[derive(sqlx::FromRow)]
pub(crate) struct SummaryRow {
    id: i64,
    scheme_id: i64,
    trial_id: Option<i64>,
    kind: String,
    status: String,
    title: String,
    embargo_until: Option<Date>,
    published_at: Option<OffsetDateTime>,
    updated_at: OffsetDateTime,
    findings: i64,
}

impl SummaryRow {
    pub fn into_domain(self) -> Result<EvaluationSummary, StoreError> {
        Ok(EvaluationSummary {
            id: self.id,
            scheme_id: self.scheme_id,
            trial_id: self.trial_id,
            kind: kind(&self.kind)?,
            status: status(&self.status)?,
            title: self.title,
            embargo_until: self.embargo_until,
            published_at: self.published_at,
            updated_at: self.updated_at,
            findings: usize::try_from(self.findings).unwrap_or(0),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct EvaluationRow {
    pub id: i64,
    pub scheme_id: i64,
    pub trial_id: Option<i64>,
    pub kind: String,
    pub status: String,
    pub title: String,
    pub summary: String,
    pub plan_id: Option<i64>,
    pub embargo_until: Option<Date>,
    pub version: i64,
    pub created_at: OffsetDateTime,
    pub created_by: Option<String>,
    pub updated_at: OffsetDateTime,
    pub published_at: Option<OffsetDateTime>,
}

pub(crate) const EVALUATION_SELECT: &str = "SELECT e.id, e.scheme_id, e.trial_id, e.kind, \
     e.status, e.title, e.summary, e.plan_id, e.embargo_until, e.version, e.created_at, \
     u.name AS created_by, e.updated_at, e.published_at \
     FROM evaluations e LEFT JOIN users u ON u.id = e.created_by";

macro_rules! impl_evaluation_store {
    ($store:ty) => {
        /// One evaluation whole, read inside a transaction or from the pool.
        async fn evaluations_read(
            conn: &mut <Db as sqlx::Database>::Connection,
            id: i64,
        ) -> $crate::Result<Option<frirum_domain::evaluation::Evaluation>> {
            use frirum_domain::evaluation::{
                Correction, Evaluation, EvaluationContent, EvaluationDocument,
                ExemptionRecommendation, ExemptionRef, Finding,
            };
            let row: Option<$crate::sql_evaluations::EvaluationRow> = sqlx::query_as(&format!(
                "{} WHERE e.id = $1",
                $crate::sql_evaluations::EVALUATION_SELECT
            ))
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
            let Some(row) = row else {
                return Ok(None);
            };
            let finding_rows: Vec<(i64, String, String)> = sqlx::query_as(
                "SELECT id, text, strength FROM evaluation_findings WHERE evaluation_id = $1 \
                 ORDER BY position",
            )
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
            let links: Vec<(i64, i64, i64)> = sqlx::query_as(
                "SELECT x.finding_id, x.trial_id, x.exemption \
                 FROM evaluation_finding_exemptions x \
                 JOIN evaluation_findings f ON f.id = x.finding_id \
                 WHERE f.evaluation_id = $1 ORDER BY x.trial_id, x.exemption",
            )
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
            let indicators: Vec<(i64, i64)> = sqlx::query_as(
                "SELECT x.finding_id, x.indicator_id FROM evaluation_finding_indicators x \
                 JOIN evaluation_findings f ON f.id = x.finding_id \
                 WHERE f.evaluation_id = $1 ORDER BY x.indicator_id",
            )
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
            let mut findings = Vec::with_capacity(finding_rows.len());
            for (finding_id, text, strength) in finding_rows {
                let mut exemptions = Vec::new();
                for (_, trial_id, exemption) in links.iter().filter(|l| l.0 == finding_id) {
                    exemptions.push(ExemptionRef {
                        trial_id: *trial_id,
                        exemption: $crate::sql_evaluations::exemption(*exemption)?,
                    });
                }
                findings.push(Finding {
                    text,
                    strength: $crate::sql_evaluations::strength(&strength)?,
                    exemptions,
                    indicator_ids: indicators
                        .iter()
                        .filter(|i| i.0 == finding_id)
                        .map(|i| i.1)
                        .collect(),
                });
            }
            let rec_rows: Vec<(i64, i64, String, String)> = sqlx::query_as(
                "SELECT trial_id, exemption, recommendation, reasons \
                 FROM evaluation_recommendations WHERE evaluation_id = $1 \
                 ORDER BY trial_id, exemption",
            )
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
            let mut recommendations = Vec::with_capacity(rec_rows.len());
            for (trial_id, exemption, recommendation, reasons) in rec_rows {
                recommendations.push(ExemptionRecommendation {
                    trial_id,
                    exemption: $crate::sql_evaluations::exemption(exemption)?,
                    recommendation: $crate::sql_evaluations::recommendation(&recommendation)?,
                    reasons,
                });
            }
            let documents: Vec<(i64, String, String, String, i64, String, String, time::OffsetDateTime)> =
                sqlx::query_as(
                    "SELECT id, title, file_name, file_type, size_bytes, sha256, object_key, \
                     uploaded_at FROM evaluation_documents WHERE evaluation_id = $1 ORDER BY id",
                )
                .bind(id)
                .fetch_all(&mut *conn)
                .await?;
            let corrections: Vec<(i64, String, time::OffsetDateTime, Option<String>)> =
                sqlx::query_as(
                    "SELECT c.id, c.note, c.recorded_at, u.name FROM evaluation_corrections c \
                     LEFT JOIN users u ON u.id = c.recorded_by \
                     WHERE c.evaluation_id = $1 ORDER BY c.id",
                )
                .bind(id)
                .fetch_all(&mut *conn)
                .await?;
            Ok(Some(Evaluation {
                id: row.id,
                scheme_id: row.scheme_id,
                trial_id: row.trial_id,
                status: $crate::sql_evaluations::status(&row.status)?,
                content: EvaluationContent {
                    kind: $crate::sql_evaluations::kind(&row.kind)?,
                    title: row.title,
                    summary: row.summary,
                    plan_id: row.plan_id,
                    embargo_until: row.embargo_until,
                    findings,
                    recommendations,
                },
                version: row.version,
                created_at: row.created_at,
                created_by: row.created_by,
                updated_at: row.updated_at,
                published_at: row.published_at,
                documents: documents
                    .into_iter()
                    .map(
                        |(doc_id, title, file_name, file_type, size_bytes, sha256, object_key, uploaded_at)| {
                            EvaluationDocument {
                                id: doc_id,
                                evaluation_id: id,
                                title,
                                file_name,
                                file_type,
                                size_bytes,
                                sha256,
                                object_key,
                                uploaded_at,
                            }
                        },
                    )
                    .collect(),
                corrections: corrections
                    .into_iter()
                    .map(|(cid, note, recorded_at, recorded_by)| Correction {
                        id: cid,
                        note,
                        recorded_at,
                        recorded_by,
                    })
                    .collect(),
            }))
        }

        /// Locks the case an evaluation belongs to and says where its journal entries go.
        async fn evaluations_lock_case(
            tx: &mut Tx<'_>,
            scheme_id: i64,
            trial_id: Option<i64>,
        ) -> $crate::Result<(frirum_domain::journal::CaseKind, i64)> {
            match trial_id {
                Some(trial_id) => {
                    let application_id = lock_trial(tx, trial_id).await?;
                    Ok((frirum_domain::journal::CaseKind::Application, application_id))
                }
                None => {
                    let done = sqlx::query(
                        "UPDATE schemes SET updated_at = updated_at WHERE id = $1",
                    )
                    .bind(scheme_id)
                    .execute(&mut **tx)
                    .await?;
                    if done.rows_affected() == 0 {
                        return Err($crate::StoreError::NotFound);
                    }
                    Ok((frirum_domain::journal::CaseKind::Scheme, scheme_id))
                }
            }
        }

        /// Ends a change of an evaluation: its case-journal entry (`action` with `changes`),
        /// the evaluation read back as stored, and the commit.
        async fn evaluations_journal_and_read(
            mut tx: Tx<'_>,
            case: (frirum_domain::journal::CaseKind, i64),
            actor: &frirum_domain::journal::Actor<'_>,
            action: &str,
            id: i64,
            changes: serde_json::Value,
        ) -> $crate::Result<frirum_domain::evaluation::Evaluation> {
            append_journal(&mut tx, case.0, case.1, actor, action, changes).await?;
            let stored = evaluations_read(&mut tx, id)
                .await?
                .ok_or($crate::StoreError::NotFound)?;
            tx.commit().await?;
            Ok(stored)
        }

        /// Locks a draft evaluation for a change against the version its writer saw: refused
        /// when it is published or was saved by somebody else since (the caller drops the
        /// transaction, which rolls it back).
        async fn evaluations_lock_draft(
            tx: &mut Tx<'_>,
            id: i64,
            version: i64,
        ) -> $crate::Result<
            Result<
                (
                    frirum_domain::evaluation::Evaluation,
                    frirum_domain::journal::CaseKind,
                    i64,
                ),
                frirum_domain::evaluation::EvaluationError,
            >,
        > {
            use frirum_domain::evaluation::{EvaluationError, EvaluationStatus};
            let (before, case_kind, case_id) = evaluations_lock(tx, id).await?;
            if before.status == EvaluationStatus::Published {
                return Ok(Err(EvaluationError::Published));
            }
            if before.version != version {
                return Ok(Err(EvaluationError::Stale {
                    version: before.version,
                }));
            }
            Ok(Ok((before, case_kind, case_id)))
        }

        /// Locks an evaluation's case and reads it: `NotFound` when there is none.
        async fn evaluations_lock(
            tx: &mut Tx<'_>,
            id: i64,
        ) -> $crate::Result<(
            frirum_domain::evaluation::Evaluation,
            frirum_domain::journal::CaseKind,
            i64,
        )> {
            let owner: Option<(i64, Option<i64>)> =
                sqlx::query_as("SELECT scheme_id, trial_id FROM evaluations WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut **tx)
                    .await?;
            let (scheme_id, trial_id) = owner.ok_or($crate::StoreError::NotFound)?;
            let (kind, case_id) = evaluations_lock_case(tx, scheme_id, trial_id).await?;
            let evaluation = evaluations_read(&mut **tx, id)
                .await?
                .ok_or($crate::StoreError::NotFound)?;
            Ok((evaluation, kind, case_id))
        }

        /// Writes a draft's findings and recommendations, replacing what it had.
        async fn evaluations_write_parts(
            tx: &mut Tx<'_>,
            id: i64,
            content: &frirum_domain::evaluation::EvaluationContent,
        ) -> $crate::Result<()> {
            for table in ["evaluation_finding_exemptions", "evaluation_finding_indicators"] {
                sqlx::query(&format!(
                    "DELETE FROM {table} WHERE finding_id IN \
                     (SELECT id FROM evaluation_findings WHERE evaluation_id = $1)"
                ))
                .bind(id)
                .execute(&mut **tx)
                .await?;
            }
            sqlx::query("DELETE FROM evaluation_findings WHERE evaluation_id = $1")
                .bind(id)
                .execute(&mut **tx)
                .await?;
            sqlx::query("DELETE FROM evaluation_recommendations WHERE evaluation_id = $1")
                .bind(id)
                .execute(&mut **tx)
                .await?;
            for (position, finding) in content.findings.iter().enumerate() {
                let finding_id: i64 = sqlx::query_scalar(
                    "INSERT INTO evaluation_findings (evaluation_id, position, text, strength) \
                     VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(id)
                .bind(i64::try_from(position).unwrap_or(i64::MAX))
                .bind(&finding.text)
                .bind(finding.strength.as_str())
                .fetch_one(&mut **tx)
                .await?;
                for e in &finding.exemptions {
                    sqlx::query(
                        "INSERT INTO evaluation_finding_exemptions (finding_id, trial_id, \
                         exemption) VALUES ($1, $2, $3)",
                    )
                    .bind(finding_id)
                    .bind(e.trial_id)
                    .bind(i64::try_from(e.exemption).unwrap_or(i64::MAX))
                    .execute(&mut **tx)
                    .await?;
                }
                for indicator_id in &finding.indicator_ids {
                    sqlx::query(
                        "INSERT INTO evaluation_finding_indicators (finding_id, indicator_id) \
                         VALUES ($1, $2)",
                    )
                    .bind(finding_id)
                    .bind(indicator_id)
                    .execute(&mut **tx)
                    .await?;
                }
            }
            for rec in &content.recommendations {
                sqlx::query(
                    "INSERT INTO evaluation_recommendations (evaluation_id, trial_id, \
                     exemption, recommendation, reasons) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(id)
                .bind(rec.trial_id)
                .bind(i64::try_from(rec.exemption).unwrap_or(i64::MAX))
                .bind(rec.recommendation.as_str())
                .bind(&rec.reasons)
                .execute(&mut **tx)
                .await?;
            }
            Ok(())
        }

        async fn evaluations_summaries(
            pool: &sqlx::Pool<Db>,
            filter: &str,
            id: Option<i64>,
        ) -> $crate::Result<Vec<frirum_domain::evaluation::EvaluationSummary>> {
            let sql = format!(
                "{} WHERE {filter} ORDER BY e.id",
                $crate::sql_evaluations::SUMMARY_SELECT
            );
            let mut query = sqlx::query_as::<_, $crate::sql_evaluations::SummaryRow>(&sql);
            if let Some(id) = id {
                query = query.bind(id);
            }
            let rows = query.fetch_all(pool).await?;
            rows.into_iter().map(|r| r.into_domain()).collect()
        }

        #[async_trait::async_trait]
        impl $crate::EvaluationStore for $store {
            async fn create_evaluation(
                &self,
                scheme_id: i64,
                trial_id: Option<i64>,
                content: &frirum_domain::evaluation::EvaluationContent,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::evaluation::Evaluation> {
                let mut tx = begin_write(&self.pool).await?;
                let (case_kind, case_id) =
                    evaluations_lock_case(&mut tx, scheme_id, trial_id).await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO evaluations (scheme_id, trial_id, kind, status, title, \
                     summary, plan_id, embargo_until, version, created_at, created_by, \
                     updated_at) VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, 1, $8, $9, $8) \
                     RETURNING id",
                )
                .bind(scheme_id)
                .bind(trial_id)
                .bind(content.kind.as_str())
                .bind(&content.title)
                .bind(&content.summary)
                .bind(content.plan_id)
                .bind(content.embargo_until)
                .bind(actor.at)
                .bind(actor.user_id)
                .fetch_one(&mut *tx)
                .await?;
                evaluations_write_parts(&mut tx, id, content).await?;
                evaluations_journal_and_read(
                    tx,
                    (case_kind, case_id),
                    &actor,
                    "evaluation.created",
                    id,
                    serde_json::json!({
                        "evaluation_id": id,
                        "trial_id": trial_id,
                        "title": content.title,
                    }),
                )
                .await
            }

            async fn update_evaluation(
                &self,
                id: i64,
                version: i64,
                content: &frirum_domain::evaluation::EvaluationContent,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<
                Result<frirum_domain::evaluation::Evaluation, frirum_domain::evaluation::EvaluationError>,
            > {
                let mut tx = begin_write(&self.pool).await?;
                let (before, case_kind, case_id) =
                    match evaluations_lock_draft(&mut tx, id, version).await? {
                        Ok(locked) => locked,
                        Err(refused) => return Ok(Err(refused)),
                    };
                sqlx::query(
                    "UPDATE evaluations SET kind = $2, title = $3, summary = $4, plan_id = $5, \
                     embargo_until = $6, version = version + 1, updated_at = $7 WHERE id = $1",
                )
                .bind(id)
                .bind(content.kind.as_str())
                .bind(&content.title)
                .bind(&content.summary)
                .bind(content.plan_id)
                .bind(content.embargo_until)
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                evaluations_write_parts(&mut tx, id, content).await?;
                Ok(Ok(evaluations_journal_and_read(
                    tx,
                    (case_kind, case_id),
                    &actor,
                    "evaluation.updated",
                    id,
                    serde_json::json!({
                        "evaluation_id": id,
                        "trial_id": before.trial_id,
                        "title": content.title,
                        "version": before.version + 1,
                    }),
                )
                .await?))
            }

            async fn publish_evaluation(
                &self,
                id: i64,
                version: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<
                Result<frirum_domain::evaluation::Evaluation, frirum_domain::evaluation::EvaluationError>,
            > {
                let mut tx = begin_write(&self.pool).await?;
                let (before, case_kind, case_id) =
                    match evaluations_lock_draft(&mut tx, id, version).await? {
                        Ok(locked) => locked,
                        Err(refused) => return Ok(Err(refused)),
                    };
                sqlx::query(
                    "UPDATE evaluations SET status = 'published', published_at = $2, \
                     published_by = $3, updated_at = $2 WHERE id = $1",
                )
                .bind(id)
                .bind(actor.at)
                .bind(actor.user_id)
                .execute(&mut *tx)
                .await?;
                Ok(Ok(evaluations_journal_and_read(
                    tx,
                    (case_kind, case_id),
                    &actor,
                    "evaluation.published",
                    id,
                    serde_json::json!({
                        "evaluation_id": id,
                        "trial_id": before.trial_id,
                        "title": before.content.title,
                        "embargo_until": before.content.embargo_until,
                    }),
                )
                .await?))
            }

            async fn record_evaluation_correction(
                &self,
                id: i64,
                note: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<
                Result<frirum_domain::evaluation::Evaluation, frirum_domain::evaluation::EvaluationError>,
            > {
                use frirum_domain::evaluation::{EvaluationError, EvaluationStatus};
                let mut tx = begin_write(&self.pool).await?;
                let (before, case_kind, case_id) = evaluations_lock(&mut tx, id).await?;
                if before.status == EvaluationStatus::Draft {
                    // A draft is simply edited; a correction belongs to what was published.
                    tx.rollback().await?;
                    return Ok(Err(EvaluationError::NotPublished));
                }
                let correction_id: i64 = sqlx::query_scalar(
                    "INSERT INTO evaluation_corrections (evaluation_id, note, recorded_at, \
                     recorded_by) VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(id)
                .bind(note)
                .bind(actor.at)
                .bind(actor.user_id)
                .fetch_one(&mut *tx)
                .await?;
                Ok(Ok(evaluations_journal_and_read(
                    tx,
                    (case_kind, case_id),
                    &actor,
                    "evaluation.corrected",
                    id,
                    serde_json::json!({
                        "evaluation_id": id,
                        "trial_id": before.trial_id,
                        "correction_id": correction_id,
                        "note": note,
                    }),
                )
                .await?))
            }

            async fn add_evaluation_document(
                &self,
                id: i64,
                document: &frirum_domain::evaluation::NewEvaluationDocument,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::evaluation::EvaluationDocument> {
                let mut tx = begin_write(&self.pool).await?;
                let (before, case_kind, case_id) = evaluations_lock(&mut tx, id).await?;
                let document_id: i64 = sqlx::query_scalar(
                    "INSERT INTO evaluation_documents (evaluation_id, title, file_name, \
                     file_type, size_bytes, sha256, object_key, uploaded_by, uploaded_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                )
                .bind(id)
                .bind(&document.title)
                .bind(&document.file_name)
                .bind(&document.file_type)
                .bind(document.size_bytes)
                .bind(&document.sha256)
                .bind(&document.object_key)
                .bind(actor.user_id)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    case_kind,
                    case_id,
                    &actor,
                    "evaluation.document_added",
                    serde_json::json!({
                        "evaluation_id": id,
                        "trial_id": before.trial_id,
                        "document_id": document_id,
                        "file_name": document.file_name,
                        "sha256": document.sha256,
                    }),
                )
                .await?;
                let stored = evaluations_read(&mut tx, id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)?;
                tx.commit().await?;
                stored
                    .documents
                    .into_iter()
                    .find(|d| d.id == document_id)
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn evaluation(
                &self,
                id: i64,
            ) -> $crate::Result<Option<frirum_domain::evaluation::Evaluation>> {
                let mut conn = self.pool.acquire().await?;
                evaluations_read(&mut conn, id).await
            }

            async fn trial_evaluations(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::evaluation::EvaluationSummary>> {
                evaluations_summaries(&self.pool, "e.trial_id = $1", Some(trial_id)).await
            }

            async fn scheme_evaluations(
                &self,
                scheme_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::evaluation::EvaluationSummary>> {
                evaluations_summaries(
                    &self.pool,
                    "e.scheme_id = $1 AND e.trial_id IS NULL",
                    Some(scheme_id),
                )
                .await
            }

            async fn draft_evaluations(
                &self,
            ) -> $crate::Result<Vec<frirum_domain::evaluation::EvaluationSummary>> {
                evaluations_summaries(&self.pool, "e.status = 'draft'", None).await
            }

            async fn findings_about(
                &self,
                trial_id: i64,
                exemption: usize,
            ) -> $crate::Result<Vec<$crate::FindingAbout>> {
                let rows: Vec<(i64, i64, String, String)> = sqlx::query_as(
                    "SELECT f.evaluation_id, f.position, f.text, f.strength \
                     FROM evaluation_findings f JOIN evaluation_finding_exemptions x \
                     ON x.finding_id = f.id WHERE x.trial_id = $1 AND x.exemption = $2 \
                     ORDER BY f.evaluation_id, f.position",
                )
                .bind(trial_id)
                .bind(i64::try_from(exemption).unwrap_or(i64::MAX))
                .fetch_all(&self.pool)
                .await?;
                let mut out = Vec::with_capacity(rows.len());
                for (evaluation_id, position, text, strength) in rows {
                    let Some(evaluation) = evaluations_summaries(
                        &self.pool,
                        "e.id = $1",
                        Some(evaluation_id),
                    )
                    .await?
                    .pop() else {
                        continue;
                    };
                    out.push($crate::FindingAbout {
                        evaluation,
                        position: usize::try_from(position).unwrap_or(0),
                        text,
                        strength: $crate::sql_evaluations::strength(&strength)?,
                    });
                }
                Ok(out)
            }

            async fn recommendations_about(
                &self,
                trial_id: i64,
                exemption: usize,
            ) -> $crate::Result<Vec<$crate::RecommendationAbout>> {
                let rows: Vec<(i64, String, String)> = sqlx::query_as(
                    "SELECT evaluation_id, recommendation, reasons \
                     FROM evaluation_recommendations WHERE trial_id = $1 AND exemption = $2 \
                     ORDER BY evaluation_id",
                )
                .bind(trial_id)
                .bind(i64::try_from(exemption).unwrap_or(i64::MAX))
                .fetch_all(&self.pool)
                .await?;
                let mut out = Vec::with_capacity(rows.len());
                for (evaluation_id, recommendation, reasons) in rows {
                    let Some(evaluation) = evaluations_summaries(
                        &self.pool,
                        "e.id = $1",
                        Some(evaluation_id),
                    )
                    .await?
                    .pop() else {
                        continue;
                    };
                    out.push($crate::RecommendationAbout {
                        evaluation,
                        recommendation: $crate::sql_evaluations::recommendation(&recommendation)?,
                        reasons,
                    });
                }
                Ok(out)
            }

            async fn evaluation_trial_themes(
                &self,
                scheme_id: i64,
            ) -> $crate::Result<Vec<(i64, i64)>> {
                Ok(sqlx::query_as(
                    "SELECT tt.trial_id, tt.theme_id FROM trial_themes tt \
                     JOIN trials t ON t.id = tt.trial_id WHERE t.scheme_id = $1 \
                     ORDER BY tt.trial_id, tt.theme_id",
                )
                .bind(scheme_id)
                .fetch_all(&self.pool)
                .await?)
            }
        }
    };
}

pub(crate) use impl_evaluation_store;
