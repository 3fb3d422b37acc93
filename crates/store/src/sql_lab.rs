//! The SQL of [`crate::LabStore`]: read-only gathering from the barrier register's tables for
//! the roll-ups, what was started from a barrier, and the lab's investigations. Expanded per
//! engine like every store macro (see [`crate::sql`]).
//!
//! Writes to an investigation take its row first (a no-op update), so that on SQLite the
//! transaction holds the write lock before it reads, and on both engines two conclusions of
//! the same investigation are serialised: the second finds it concluded.

use frirum_domain::barrier_rollup::ReportingOrganisation;

use crate::StoreError;

fn parse<T: std::str::FromStr>(what: &str, text: &str) -> Result<T, StoreError> {
    text.parse()
        .map_err(|_| StoreError::corrupt(format!("unknown {what} {text:?}")))
}

pub(crate) fn organisation(
    id: Option<i64>,
    name: Option<String>,
    kind: Option<String>,
) -> Result<Option<ReportingOrganisation>, StoreError> {
    match (id, name, kind) {
        (Some(id), Some(name), Some(kind)) => Ok(Some(ReportingOrganisation {
            id,
            name,
            kind: parse("organisation kind", &kind)?,
        })),
        _ => Ok(None),
    }
}

pub(crate) const BARRIER_SELECT: &str = "SELECT b.id, b.country, b.title, b.status, \
     b.restricted, b.theme_id, th.title AS theme_title, b.experiment_kind, b.experiment_id, \
     b.reporter_id, b.organisation_id, o.name AS organisation_name, o.kind AS organisation_kind \
     FROM barriers b LEFT JOIN themes th ON th.id = b.theme_id \
     LEFT JOIN organisations o ON o.id = b.organisation_id";

#[derive(sqlx::FromRow)]
pub(crate) struct BarrierRow {
    pub id: i64,
    country: String,
    title: String,
    status: String,
    restricted: bool,
    theme_id: Option<i64>,
    theme_title: Option<String>,
    experiment_kind: Option<String>,
    experiment_id: Option<i64>,
    reporter_id: Option<i64>,
    organisation_id: Option<i64>,
    organisation_name: Option<String>,
    organisation_kind: Option<String>,
}

impl BarrierRow {
    pub fn into_domain(self) -> Result<frirum_domain::barrier_rollup::BarrierFacts, StoreError> {
        use frirum_domain::barrier_rollup::{BarrierFacts, Reporter};
        let experiment = match (self.experiment_kind, self.experiment_id) {
            (Some(kind), Some(id)) => Some((parse("experiment link", &kind)?, id)),
            _ => None,
        };
        Ok(BarrierFacts {
            id: self.id,
            country: parse("country", &self.country)?,
            title: self.title,
            status: parse("barrier status", &self.status)?,
            restricted: self.restricted,
            theme: self.theme_id.zip(self.theme_title),
            root_causes: Vec::new(),
            groups: Vec::new(),
            reporters: vec![Reporter {
                user_id: self.reporter_id,
                organisation: organisation(
                    self.organisation_id,
                    self.organisation_name,
                    self.organisation_kind,
                )?,
            }],
            provisions: Vec::new(),
            experiment,
        })
    }
}

pub(crate) const INVESTIGATION_SELECT: &str = "SELECT id, title, hypothesis, status, \
     conclusion_kind, conclusion, experiment_kind, experiment_id, created_at, concluded_at \
     FROM investigations";

#[derive(sqlx::FromRow)]
pub(crate) struct InvestigationRow {
    id: i64,
    title: String,
    hypothesis: String,
    status: String,
    conclusion_kind: Option<String>,
    conclusion: Option<String>,
    experiment_kind: Option<String>,
    experiment_id: Option<i64>,
    created_at: time::OffsetDateTime,
    concluded_at: Option<time::OffsetDateTime>,
}

impl InvestigationRow {
    pub fn into_domain(self) -> Result<frirum_domain::investigation::Investigation, StoreError> {
        Ok(frirum_domain::investigation::Investigation {
            id: self.id,
            title: self.title,
            hypothesis: self.hypothesis,
            status: parse("investigation status", &self.status)?,
            conclusion_kind: self
                .conclusion_kind
                .map(|k| parse("conclusion kind", &k))
                .transpose()?,
            conclusion: self.conclusion,
            experiment_kind: self
                .experiment_kind
                .map(|k| parse("experiment link", &k))
                .transpose()?,
            experiment_id: self.experiment_id,
            created_at: self.created_at,
            concluded_at: self.concluded_at,
            barriers: Vec::new(),
            participants: Vec::new(),
            activities: Vec::new(),
        })
    }
}

/// Implements [`crate::LabStore`] for a store type with a `pool` field.
macro_rules! impl_lab_store {
    ($store:ty) => {
        /// Fills an investigation's barriers, participants and log.
        async fn fill_investigation(
            pool: &sqlx::Pool<Db>,
            investigation: &mut frirum_domain::investigation::Investigation,
        ) -> $crate::Result<()> {
            use frirum_domain::investigation::{Activity, InvestigatedBarrier, ParticipantRecord};
            let id = investigation.id;
            let barriers: Vec<(i64, String, String)> = sqlx::query_as(
                "SELECT b.id, b.title, b.status FROM investigation_barriers ib \
                 JOIN barriers b ON b.id = ib.barrier_id WHERE ib.investigation_id = $1 \
                 ORDER BY b.id",
            )
            .bind(id)
            .fetch_all(pool)
            .await?;
            for (id, title, status) in barriers {
                investigation.barriers.push(InvestigatedBarrier {
                    id,
                    title,
                    status: status.parse().map_err($crate::StoreError::corrupt)?,
                });
            }
            let participants: Vec<(Option<i64>, String)> = sqlx::query_as(
                "SELECT p.organisation_id, COALESCE(o.name, p.name, '') FROM \
                 investigation_participants p LEFT JOIN organisations o \
                 ON o.id = p.organisation_id WHERE p.investigation_id = $1 ORDER BY p.id",
            )
            .bind(id)
            .fetch_all(pool)
            .await?;
            investigation.participants = participants
                .into_iter()
                .map(|(organisation_id, name)| ParticipantRecord {
                    organisation_id,
                    name,
                })
                .collect();
            let activities: Vec<(i64, time::Date, String, String, Option<String>, time::OffsetDateTime)> =
                sqlx::query_as(
                    "SELECT a.id, a.happened_on, a.kind, a.note, u.name, a.at FROM \
                     investigation_activities a LEFT JOIN users u ON u.id = a.actor_id \
                     WHERE a.investigation_id = $1 ORDER BY a.happened_on, a.id",
                )
                .bind(id)
                .fetch_all(pool)
                .await?;
            for (id, on, kind, note, logged_by, at) in activities {
                investigation.activities.push(Activity {
                    id,
                    on,
                    kind: kind.parse().map_err($crate::StoreError::corrupt)?,
                    note,
                    logged_by,
                    at,
                });
            }
            Ok(())
        }

        /// Takes an investigation's row for a write; its status, or `NotFound`.
        async fn lock_investigation(
            tx: &mut Tx<'_>,
            id: i64,
            now: time::OffsetDateTime,
        ) -> $crate::Result<String> {
            let status: Option<String> = sqlx::query_scalar(
                "UPDATE investigations SET updated_at = $2 WHERE id = $1 RETURNING status",
            )
            .bind(id)
            .bind(now)
            .fetch_optional(&mut **tx)
            .await?;
            status.ok_or($crate::StoreError::NotFound)
        }

        #[async_trait::async_trait]
        impl $crate::LabStore for $store {
            async fn barrier_facts(
                &self,
                provision_id: Option<i64>,
            ) -> $crate::Result<Vec<frirum_domain::barrier_rollup::BarrierFacts>> {
                use frirum_domain::barrier_rollup::{NamedProvision, Reporter};
                use std::collections::BTreeMap;
                // The barriers that name the provision, or all; $1 is ignored without one.
                let within = match provision_id {
                    Some(_) => "barrier_id IN (SELECT barrier_id FROM barrier_provisions \
                                WHERE provision_id = $1)",
                    None => "$1 IS NULL OR TRUE",
                };
                let bound = provision_id.unwrap_or(0);
                let rows: Vec<$crate::sql_lab::BarrierRow> = sqlx::query_as(&format!(
                    "{} WHERE {} ORDER BY b.id",
                    $crate::sql_lab::BARRIER_SELECT,
                    within.replace("barrier_id IN", "b.id IN")
                ))
                .bind(bound)
                .fetch_all(&self.pool)
                .await?;
                let mut facts = BTreeMap::new();
                for row in rows {
                    facts.insert(row.id, row.into_domain()?);
                }
                let supporters: Vec<(i64, i64, Option<i64>, Option<String>, Option<String>)> =
                    sqlx::query_as(&format!(
                        "SELECT s.barrier_id, s.user_id, s.organisation_id, o.name, o.kind \
                         FROM barrier_supporters s LEFT JOIN organisations o \
                         ON o.id = s.organisation_id WHERE {} ORDER BY s.supported_at, s.user_id",
                        within.replace("barrier_id IN", "s.barrier_id IN")
                    ))
                    .bind(bound)
                    .fetch_all(&self.pool)
                    .await?;
                for (barrier, user, org, name, kind) in supporters {
                    if let Some(b) = facts.get_mut(&barrier) {
                        b.reporters.push(Reporter {
                            user_id: Some(user),
                            organisation: $crate::sql_lab::organisation(org, name, kind)?,
                        });
                    }
                }
                let causes: Vec<(i64, String)> = sqlx::query_as(&format!(
                    "SELECT barrier_id, root_cause FROM barrier_root_causes WHERE {within} \
                     ORDER BY barrier_id, root_cause"
                ))
                .bind(bound)
                .fetch_all(&self.pool)
                .await?;
                for (barrier, cause) in causes {
                    if let Some(b) = facts.get_mut(&barrier) {
                        b.root_causes
                            .push(cause.parse().map_err($crate::StoreError::corrupt)?);
                    }
                }
                let groups: Vec<(i64, String)> = sqlx::query_as(&format!(
                    "SELECT barrier_id, affected_group FROM barrier_groups WHERE {within} \
                     ORDER BY barrier_id, affected_group"
                ))
                .bind(bound)
                .fetch_all(&self.pool)
                .await?;
                for (barrier, group) in groups {
                    if let Some(b) = facts.get_mut(&barrier) {
                        b.groups
                            .push(group.parse().map_err($crate::StoreError::corrupt)?);
                    }
                }
                let provisions: Vec<(i64, i64, bool)> = sqlx::query_as(&format!(
                    "SELECT barrier_id, provision_id, confirmed FROM barrier_provisions \
                     WHERE {within} ORDER BY barrier_id, provision_id"
                ))
                .bind(bound)
                .fetch_all(&self.pool)
                .await?;
                for (barrier, provision_id, confirmed) in provisions {
                    if let Some(b) = facts.get_mut(&barrier) {
                        b.provisions.push(NamedProvision {
                            provision_id,
                            confirmed,
                        });
                    }
                }
                let mut facts: Vec<_> = facts.into_values().collect();
                for b in &mut facts {
                    b.root_causes.sort();
                    b.groups.sort();
                }
                Ok(facts)
            }

            async fn lab_trial_facts(
                &self,
            ) -> $crate::Result<frirum_domain::barrier_rollup::TrialFacts> {
                let mut facts = frirum_domain::barrier_rollup::TrialFacts::default();
                let states: Vec<String> =
                    sqlx::query_scalar("SELECT exemptions FROM trial_states")
                        .fetch_all(&self.pool)
                        .await?;
                for text in states {
                    let exemptions: Vec<frirum_domain::trial::ExemptionInForce> =
                        $crate::sql::from_json(&text)?;
                    for e in exemptions {
                        facts
                            .exempted_provisions
                            .extend(frirum_domain::dossier::waived(&e.grant));
                    }
                }
                let from_experiment: Vec<i64> = sqlx::query_scalar(
                    "SELECT b.id FROM barriers b WHERE \
                     (b.experiment_kind = 'application' AND EXISTS (SELECT 1 FROM trials t \
                       WHERE t.application_id = b.experiment_id)) \
                     OR (b.experiment_kind = 'proposal' AND EXISTS (SELECT 1 FROM \
                       theme_proposals p JOIN trial_themes tt ON tt.theme_id = p.adopted_theme_id \
                       WHERE p.id = b.experiment_id)) \
                     OR EXISTS (SELECT 1 FROM barrier_starts s JOIN trials t \
                       ON t.application_id = s.target_id \
                       WHERE s.barrier_id = b.id AND s.kind = 'application')",
                )
                .fetch_all(&self.pool)
                .await?;
                facts.from_experiment.extend(from_experiment);
                Ok(facts)
            }

            async fn record_barrier_start(
                &self,
                barrier_id: i64,
                kind: frirum_domain::barrier::ExperimentLink,
                target_id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                let found: Option<i64> = sqlx::query_scalar(
                    "UPDATE barriers SET updated_at = updated_at WHERE id = $1 RETURNING id",
                )
                .bind(barrier_id)
                .fetch_optional(&mut *tx)
                .await?;
                if found.is_none() {
                    return Err($crate::StoreError::NotFound);
                }
                let inserted = sqlx::query(
                    "INSERT INTO barrier_starts (barrier_id, kind, target_id, started_by, started_at) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                )
                .bind(barrier_id)
                .bind(kind.as_str())
                .bind(target_id)
                .bind(actor.user_id)
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                if inserted.rows_affected() > 0 {
                    append_journal(
                        &mut tx,
                        frirum_domain::journal::CaseKind::Barrier,
                        barrier_id,
                        &actor,
                        "barrier.started",
                        serde_json::json!({ "kind": kind.as_str(), "id": target_id }),
                    )
                    .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn barrier_starts(
                &self,
                barrier_id: i64,
            ) -> $crate::Result<Vec<$crate::lab::BarrierStart>> {
                let rows: Vec<(String, i64, Option<String>, time::OffsetDateTime)> =
                    sqlx::query_as(
                        "SELECT s.kind, s.target_id, COALESCE(p.title, a.title), s.started_at \
                         FROM barrier_starts s \
                         LEFT JOIN theme_proposals p ON s.kind = 'proposal' AND p.id = s.target_id \
                         LEFT JOIN applications a ON s.kind = 'application' AND a.id = s.target_id \
                         WHERE s.barrier_id = $1 ORDER BY s.started_at, s.kind, s.target_id",
                    )
                    .bind(barrier_id)
                    .fetch_all(&self.pool)
                    .await?;
                rows.into_iter()
                    .map(|(kind, target_id, title, started_at)| {
                        Ok($crate::lab::BarrierStart {
                            barrier_id,
                            kind: kind.parse().map_err($crate::StoreError::corrupt)?,
                            target_id,
                            title: title.unwrap_or_default(),
                            started_at,
                        })
                    })
                    .collect()
            }

            async fn create_investigation(
                &self,
                new: &frirum_domain::investigation::NewInvestigation,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<i64> {
                use frirum_domain::investigation::Participant;
                let mut tx = begin_write(&self.pool).await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO investigations (title, hypothesis, status, created_by, \
                     created_at, updated_at) VALUES ($1, $2, 'open', $3, $4, $4) RETURNING id",
                )
                .bind(&new.title)
                .bind(&new.hypothesis)
                .bind(actor.user_id)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                for barrier in &new.barrier_ids {
                    let known: Option<i64> =
                        sqlx::query_scalar("SELECT id FROM barriers WHERE id = $1")
                            .bind(barrier)
                            .fetch_optional(&mut *tx)
                            .await?;
                    if known.is_none() {
                        return Err($crate::StoreError::NotFound);
                    }
                    sqlx::query(
                        "INSERT INTO investigation_barriers (investigation_id, barrier_id) \
                         VALUES ($1, $2)",
                    )
                    .bind(id)
                    .bind(barrier)
                    .execute(&mut *tx)
                    .await?;
                }
                for p in &new.participants {
                    let (organisation, name) = match p {
                        Participant::Organisation(o) => (Some(*o), None),
                        Participant::Named(n) => (None, Some(n.as_str())),
                    };
                    if let Some(o) = organisation {
                        let known: Option<i64> =
                            sqlx::query_scalar("SELECT id FROM organisations WHERE id = $1")
                                .bind(o)
                                .fetch_optional(&mut *tx)
                                .await?;
                        if known.is_none() {
                            return Err($crate::StoreError::NotFound);
                        }
                    }
                    sqlx::query(
                        "INSERT INTO investigation_participants (investigation_id, \
                         organisation_id, name) VALUES ($1, $2, $3)",
                    )
                    .bind(id)
                    .bind(organisation)
                    .bind(name)
                    .execute(&mut *tx)
                    .await?;
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Investigation,
                    id,
                    &actor,
                    "investigation.opened",
                    serde_json::json!({
                        "title": new.title,
                        "hypothesis": new.hypothesis,
                        "barrier_ids": new.barrier_ids,
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn investigation(
                &self,
                id: i64,
            ) -> $crate::Result<Option<frirum_domain::investigation::Investigation>> {
                let row: Option<$crate::sql_lab::InvestigationRow> = sqlx::query_as(&format!(
                    "{} WHERE id = $1",
                    $crate::sql_lab::INVESTIGATION_SELECT
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                let Some(row) = row else { return Ok(None) };
                let mut investigation = row.into_domain()?;
                fill_investigation(&self.pool, &mut investigation).await?;
                Ok(Some(investigation))
            }

            async fn investigations(
                &self,
            ) -> $crate::Result<Vec<frirum_domain::investigation::Investigation>> {
                let rows: Vec<$crate::sql_lab::InvestigationRow> = sqlx::query_as(&format!(
                    "{} ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, created_at DESC, id DESC",
                    $crate::sql_lab::INVESTIGATION_SELECT
                ))
                .fetch_all(&self.pool)
                .await?;
                let mut all = Vec::with_capacity(rows.len());
                for row in rows {
                    let mut investigation = row.into_domain()?;
                    fill_investigation(&self.pool, &mut investigation).await?;
                    all.push(investigation);
                }
                Ok(all)
            }

            async fn log_activity(
                &self,
                id: i64,
                activity: &frirum_domain::investigation::NewActivity,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<bool> {
                let mut tx = begin_write(&self.pool).await?;
                if lock_investigation(&mut tx, id, actor.at).await? != "open" {
                    return Ok(false);
                }
                sqlx::query(
                    "INSERT INTO investigation_activities (investigation_id, happened_on, kind, \
                     note, actor_id, at) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(id)
                .bind(activity.on)
                .bind(activity.kind.as_str())
                .bind(&activity.note)
                .bind(actor.user_id)
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Investigation,
                    id,
                    &actor,
                    "investigation.activity_logged",
                    serde_json::json!({
                        "on": activity.on.to_string(),
                        "kind": activity.kind.as_str(),
                        "note": activity.note,
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn conclude_investigation(
                &self,
                id: i64,
                conclusion: &frirum_domain::investigation::Conclusion,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<bool> {
                let mut tx = begin_write(&self.pool).await?;
                if lock_investigation(&mut tx, id, actor.at).await? != "open" {
                    return Ok(false);
                }
                let (experiment_kind, experiment_id) = match conclusion.experiment {
                    Some((kind, id)) => (Some(kind.as_str()), Some(id)),
                    None => (None, None),
                };
                sqlx::query(
                    "UPDATE investigations SET status = 'concluded', conclusion_kind = $2, \
                     conclusion = $3, experiment_kind = $4, experiment_id = $5, \
                     concluded_at = $6 WHERE id = $1",
                )
                .bind(id)
                .bind(conclusion.kind.as_str())
                .bind(&conclusion.text)
                .bind(experiment_kind)
                .bind(experiment_id)
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Investigation,
                    id,
                    &actor,
                    "investigation.concluded",
                    serde_json::json!({
                        "kind": conclusion.kind.as_str(),
                        "conclusion": conclusion.text,
                        "experiment": experiment_kind.map(|k| serde_json::json!({ "kind": k, "id": experiment_id })),
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(true)
            }
        }
    };
}

pub(crate) use impl_lab_store;
