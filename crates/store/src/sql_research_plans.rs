//! The SQL of [`crate::ResearchPlanStore`]: plans and their frozen versions. Expanded per
//! engine like every store macro (see [`crate::sql`]).
//!
//! A write locks the plan's owner first (`lock_trial`, as every change of a trial does, or
//! the scheme's row for a joint plan) and then the plan's row, and only then compares the
//! version seen; the versions table refuses updates and deletes by triggers on both
//! engines.

use frirum_domain::research_plan::{PlanOwner, PlanStatus, PlanVersion, ResearchPlan};
use time::OffsetDateTime;

use crate::StoreError;

pub(crate) const PLAN_SELECT: &str = "SELECT p.id, p.trial_id, p.scheme_id, p.status, \
     p.content, p.version, p.registered_version, p.registered_at, u.name AS created_by, \
     p.updated_at FROM research_plans p LEFT JOIN users u ON u.id = p.created_by";

pub(crate) const VERSION_SELECT: &str = "SELECT v.number, v.content, v.reason, \
     u.name AS recorded_by, v.recorded_at FROM research_plan_versions v \
     LEFT JOIN users u ON u.id = v.recorded_by";

#[derive(sqlx::FromRow)]
pub(crate) struct PlanRow {
    id: i64,
    trial_id: Option<i64>,
    scheme_id: i64,
    status: String,
    content: String,
    version: i64,
    registered_version: i64,
    registered_at: Option<OffsetDateTime>,
    created_by: Option<String>,
    updated_at: OffsetDateTime,
}

impl PlanRow {
    pub fn into_domain(self) -> Result<ResearchPlan, StoreError> {
        Ok(ResearchPlan {
            id: self.id,
            owner: match self.trial_id {
                Some(trial_id) => PlanOwner::Trial(trial_id),
                None => PlanOwner::Scheme(self.scheme_id),
            },
            scheme_id: self.scheme_id,
            status: self.status.parse::<PlanStatus>().map_err(|_| {
                StoreError::corrupt(format!("unknown plan status {:?}", self.status))
            })?,
            content: crate::sql::from_json(&self.content)?,
            version: self.version,
            registered_version: self.registered_version,
            registered_at: self.registered_at,
            created_by: self.created_by,
            updated_at: self.updated_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct VersionRow {
    number: i64,
    content: String,
    reason: String,
    recorded_by: Option<String>,
    recorded_at: OffsetDateTime,
}

impl VersionRow {
    pub fn into_domain(self) -> Result<PlanVersion, StoreError> {
        Ok(PlanVersion {
            number: self.number,
            content: crate::sql::from_json(&self.content)?,
            reason: self.reason,
            recorded_by: self.recorded_by,
            recorded_at: self.recorded_at,
        })
    }
}

macro_rules! impl_research_plan_store {
    ($store:ty) => {
        async fn plans_read(
            conn: &mut <Db as sqlx::Database>::Connection,
            id: i64,
        ) -> $crate::Result<Option<frirum_domain::research_plan::ResearchPlan>> {
            let row: Option<$crate::sql_research_plans::PlanRow> = sqlx::query_as(&format!(
                "{} WHERE p.id = $1",
                $crate::sql_research_plans::PLAN_SELECT
            ))
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
            row.map(|r| r.into_domain()).transpose()
        }

        /// Locks a plan's owner for the transaction and names the case journal that
        /// records it: the trial's application, or the scheme.
        async fn plans_lock_owner(
            tx: &mut Tx<'_>,
            owner: frirum_domain::research_plan::PlanOwner,
        ) -> $crate::Result<(frirum_domain::journal::CaseKind, i64, i64)> {
            use frirum_domain::research_plan::PlanOwner;
            match owner {
                PlanOwner::Trial(trial_id) => {
                    let application_id = lock_trial(tx, trial_id).await?;
                    let scheme_id: i64 =
                        sqlx::query_scalar("SELECT scheme_id FROM trials WHERE id = $1")
                            .bind(trial_id)
                            .fetch_one(&mut **tx)
                            .await?;
                    Ok((
                        frirum_domain::journal::CaseKind::Application,
                        application_id,
                        scheme_id,
                    ))
                }
                PlanOwner::Scheme(scheme_id) => {
                    let done = sqlx::query("UPDATE schemes SET updated_at = updated_at WHERE id = $1")
                        .bind(scheme_id)
                        .execute(&mut **tx)
                        .await?;
                    if done.rows_affected() == 0 {
                        return Err($crate::StoreError::NotFound);
                    }
                    Ok((frirum_domain::journal::CaseKind::Scheme, scheme_id, scheme_id))
                }
            }
        }

        #[async_trait::async_trait]
        impl $crate::ResearchPlanStore for $store {
            async fn research_plans_of(
                &self,
                owner: frirum_domain::research_plan::PlanOwner,
            ) -> $crate::Result<Vec<frirum_domain::research_plan::ResearchPlan>> {
                use frirum_domain::research_plan::PlanOwner;
                let (filter, id) = match owner {
                    PlanOwner::Trial(id) => ("p.trial_id = $1", id),
                    PlanOwner::Scheme(id) => ("p.scheme_id = $1 AND p.trial_id IS NULL", id),
                };
                let rows: Vec<$crate::sql_research_plans::PlanRow> = sqlx::query_as(&format!(
                    "{} WHERE {filter} ORDER BY p.id",
                    $crate::sql_research_plans::PLAN_SELECT
                ))
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn research_plan(
                &self,
                id: i64,
            ) -> $crate::Result<Option<frirum_domain::research_plan::ResearchPlan>> {
                let mut conn = self.pool.acquire().await?;
                plans_read(&mut conn, id).await
            }

            async fn research_plan_versions(
                &self,
                id: i64,
            ) -> $crate::Result<Vec<frirum_domain::research_plan::PlanVersion>> {
                let rows: Vec<$crate::sql_research_plans::VersionRow> = sqlx::query_as(
                    &format!(
                        "{} WHERE v.plan_id = $1 ORDER BY v.number",
                        $crate::sql_research_plans::VERSION_SELECT
                    ),
                )
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn research_plans_in_draft(
                &self,
            ) -> $crate::Result<Vec<frirum_domain::research_plan::ResearchPlan>> {
                let rows: Vec<$crate::sql_research_plans::PlanRow> = sqlx::query_as(&format!(
                    "{} WHERE p.status = 'draft' ORDER BY p.id",
                    $crate::sql_research_plans::PLAN_SELECT
                ))
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn create_research_plan(
                &self,
                owner: frirum_domain::research_plan::PlanOwner,
                content: &frirum_domain::research_plan::PlanContent,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::research_plan::ResearchPlan> {
                use frirum_domain::research_plan::PlanOwner;
                let mut tx = begin_write(&self.pool).await?;
                let (case_kind, case_id, scheme_id) = plans_lock_owner(&mut tx, owner).await?;
                let trial_id = match owner {
                    PlanOwner::Trial(id) => Some(id),
                    PlanOwner::Scheme(_) => None,
                };
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO research_plans (trial_id, scheme_id, status, content, version, \
                     registered_version, created_by, created_at, updated_at) \
                     VALUES ($1, $2, 'draft', $3, 1, 0, $4, $5, $5) RETURNING id",
                )
                .bind(trial_id)
                .bind(scheme_id)
                .bind($crate::sql::to_json(content)?)
                .bind(actor.user_id)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    case_kind,
                    case_id,
                    &actor,
                    "research_plan.created",
                    serde_json::json!({
                        "plan_id": id,
                        "trial_id": trial_id,
                        "title": content.title,
                    }),
                )
                .await?;
                let plan = plans_read(&mut tx, id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)?;
                tx.commit().await?;
                Ok(plan)
            }

            async fn write_research_plan(
                &self,
                id: i64,
                seen_version: i64,
                content: &frirum_domain::research_plan::PlanContent,
                step: frirum_domain::research_plan::PlanStep<'_>,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<
                Result<
                    frirum_domain::research_plan::ResearchPlan,
                    frirum_domain::research_plan::PlanError,
                >,
            > {
                use frirum_domain::research_plan::{PlanStatus, PlanStep, check_step};
                let mut tx = begin_write(&self.pool).await?;
                // The plan's row first: a write, so that SQLite takes its lock at once
                // rather than failing to upgrade a read; then its owner's, as every change
                // of a trial or scheme does.
                let locked = sqlx::query("UPDATE research_plans SET version = version WHERE id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                if locked.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                }
                let current = plans_read(&mut tx, id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)?;
                let (case_kind, case_id, _) = plans_lock_owner(&mut tx, current.owner).await?;
                if current.version != seen_version {
                    tx.rollback().await?;
                    return Err($crate::StoreError::EditConflict {
                        current: current.version,
                    });
                }
                let outcome = match check_step(
                    current.status,
                    current.registered_version,
                    &current.content,
                    content,
                    step,
                ) {
                    Ok(outcome) => outcome,
                    Err(refusal) => {
                        tx.rollback().await?;
                        return Ok(Err(refusal));
                    }
                };
                let json = $crate::sql::to_json(content)?;
                let registered_version =
                    outcome.new_version.unwrap_or(current.registered_version);
                let registered_at = match step {
                    PlanStep::Register => Some(actor.at),
                    _ => current.registered_at,
                };
                let status = if registered_version > 0 {
                    PlanStatus::Registered
                } else {
                    PlanStatus::Draft
                };
                sqlx::query(
                    "UPDATE research_plans SET status = $1, content = $2, version = version + 1, \
                     registered_version = $3, registered_at = $4, updated_at = $5 WHERE id = $6",
                )
                .bind(status.as_str())
                .bind(&json)
                .bind(registered_version)
                .bind(registered_at)
                .bind(actor.at)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                if let Some(number) = outcome.new_version {
                    sqlx::query(
                        "INSERT INTO research_plan_versions (plan_id, number, content, reason, \
                         recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(id)
                    .bind(number)
                    .bind(&json)
                    .bind(&outcome.reason)
                    .bind(actor.user_id)
                    .bind(actor.at)
                    .execute(&mut *tx)
                    .await?;
                }
                let event = match step {
                    PlanStep::SaveDraft => "research_plan.saved",
                    PlanStep::Register => "research_plan.registered",
                    PlanStep::Amend { .. } => "research_plan.amended",
                };
                append_journal(
                    &mut tx,
                    case_kind,
                    case_id,
                    &actor,
                    event,
                    serde_json::json!({
                        "plan_id": id,
                        "trial_id": current.trial_id(),
                        "title": content.title,
                        "version": outcome.new_version,
                        "reason": outcome.reason,
                    }),
                )
                .await?;
                let plan = plans_read(&mut tx, id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)?;
                tx.commit().await?;
                Ok(Ok(plan))
            }
        }
    };
}

pub(crate) use impl_research_plan_store;
