//! The SQL of [`crate::GeneralisationStore`]: generalisation outcomes (appended under the
//! trial's lock and journaled), and what the results page and the pending list read of a
//! scheme's trials and evaluations. Expanded per engine like every store macro (see
//! [`crate::sql`]).

use std::collections::BTreeMap;

use frirum_domain::generalisation::{Outcome, OutcomeCategory, ResultingAct};
use time::{Date, OffsetDateTime};

use crate::StoreError;

pub(crate) const OUTCOME_SELECT: &str = "SELECT o.id, o.trial_id, o.exemption, o.category, \
     o.reasons, o.resulting_citation, o.resulting_act_id, o.resulting_provision_id, \
     o.in_force, o.resolved, o.recorded_by, u.name AS recorded_by_name, o.recorded_at, \
     a.title AS act_title, a.official_id AS act_official_id, p.label AS provision_label \
     FROM generalisation_outcomes o \
     LEFT JOIN users u ON u.id = o.recorded_by \
     LEFT JOIN acts a ON a.id = o.resulting_act_id \
     LEFT JOIN provisions p ON p.id = o.resulting_provision_id";

#[derive(sqlx::FromRow)]
pub(crate) struct OutcomeRow {
    id: i64,
    trial_id: i64,
    exemption: i64,
    category: String,
    reasons: String,
    resulting_citation: Option<String>,
    resulting_act_id: Option<i64>,
    resulting_provision_id: Option<i64>,
    in_force: Option<Date>,
    resolved: bool,
    recorded_by: Option<i64>,
    recorded_by_name: Option<String>,
    recorded_at: OffsetDateTime,
    act_title: Option<String>,
    act_official_id: Option<String>,
    provision_label: Option<String>,
}

impl OutcomeRow {
    pub fn into_domain(self, evaluations: &BTreeMap<i64, Vec<i64>>) -> Result<Outcome, StoreError> {
        Ok(Outcome {
            id: self.id,
            trial_id: self.trial_id,
            exemption: usize::try_from(self.exemption).map_err(StoreError::corrupt)?,
            category: self
                .category
                .parse::<OutcomeCategory>()
                .map_err(StoreError::corrupt)?,
            reasons: self.reasons,
            evaluation_ids: evaluations.get(&self.id).cloned().unwrap_or_default(),
            resulting: self.resulting_citation.map(|citation| ResultingAct {
                citation,
                act_id: self.resulting_act_id,
                provision_id: self.resulting_provision_id,
                resolved: self.resolved,
            }),
            resulting_act_title: self.act_title,
            resulting_act_official_id: self.act_official_id,
            resulting_provision_label: self.provision_label,
            in_force: self.in_force,
            recorded_by: self.recorded_by,
            recorded_by_name: self.recorded_by_name,
            recorded_at: self.recorded_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ResultTrialRow {
    pub id: i64,
    pub case_number: String,
    pub title: String,
    pub status: String,
    pub exemptions: String,
}

/// Implements [`crate::GeneralisationStore`] for a store with a `pool` field, in an engine
/// module where [`crate::sql_shared::shared_sql_helpers!`] has been expanded.
macro_rules! impl_generalisation_store {
    ($store:ty) => {
        impl $store {
            /// Outcomes with their evaluations: `filter` selects from `o` (the outcomes)
            /// and `t` (their trials) with `$1`.
            async fn read_outcomes(
                &self,
                filter: &str,
                value: i64,
            ) -> $crate::Result<Vec<frirum_domain::generalisation::Outcome>> {
                let links: Vec<(i64, i64)> = sqlx::query_as(&format!(
                    "SELECT oe.outcome_id, oe.evaluation_id \
                     FROM generalisation_outcome_evaluations oe \
                     JOIN generalisation_outcomes o ON o.id = oe.outcome_id \
                     JOIN trials t ON t.id = o.trial_id WHERE {filter} \
                     ORDER BY oe.outcome_id, oe.evaluation_id"
                ))
                .bind(value)
                .fetch_all(&self.pool)
                .await?;
                let mut evaluations: std::collections::BTreeMap<i64, Vec<i64>> =
                    std::collections::BTreeMap::new();
                for (outcome, evaluation) in links {
                    evaluations.entry(outcome).or_default().push(evaluation);
                }
                let rows: Vec<$crate::sql_generalisation::OutcomeRow> = sqlx::query_as(&format!(
                    "{} JOIN trials t ON t.id = o.trial_id WHERE {filter} \
                     ORDER BY o.recorded_at, o.id",
                    $crate::sql_generalisation::OUTCOME_SELECT
                ))
                .bind(value)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter()
                    .map(|row| row.into_domain(&evaluations))
                    .collect()
            }
        }

        #[async_trait::async_trait]
        impl $crate::GeneralisationStore for $store {
            async fn record_outcome(
                &self,
                outcome: &frirum_domain::generalisation::NewOutcome,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::generalisation::Outcome> {
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, outcome.trial_id).await?;
                let resulting = outcome.resulting.as_ref();
                let exemption =
                    i64::try_from(outcome.exemption).map_err($crate::StoreError::corrupt)?;
                // Under the trial's lock: a form sent twice finds the outcome its first
                // send appended, and is refused rather than appended again.
                if let Some(seen) = outcome.seen {
                    let recorded: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM generalisation_outcomes \
                         WHERE trial_id = $1 AND exemption = $2",
                    )
                    .bind(outcome.trial_id)
                    .bind(exemption)
                    .fetch_one(&mut *tx)
                    .await?;
                    if i64::try_from(seen).ok() != Some(recorded) {
                        tx.rollback().await?;
                        return Err($crate::StoreError::EditConflict { current: recorded });
                    }
                }
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO generalisation_outcomes (trial_id, exemption, category, \
                     reasons, resulting_citation, resulting_act_id, resulting_provision_id, \
                     in_force, resolved, recorded_by, recorded_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
                )
                .bind(outcome.trial_id)
                .bind(exemption)
                .bind(outcome.category.as_str())
                .bind(&outcome.reasons)
                .bind(resulting.map(|r| r.citation.as_str()))
                .bind(resulting.and_then(|r| r.act_id))
                .bind(resulting.and_then(|r| r.provision_id))
                .bind(outcome.in_force)
                .bind(resulting.is_some_and(|r| r.resolved))
                .bind(actor.user_id)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                let mut evaluation_ids = outcome.evaluation_ids.clone();
                evaluation_ids.sort_unstable();
                evaluation_ids.dedup();
                for evaluation_id in &evaluation_ids {
                    sqlx::query(
                        "INSERT INTO generalisation_outcome_evaluations (outcome_id, \
                         evaluation_id) VALUES ($1, $2)",
                    )
                    .bind(id)
                    .bind(evaluation_id)
                    .execute(&mut *tx)
                    .await?;
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "trial.outcome_recorded",
                    serde_json::json!({
                        "trial_id": outcome.trial_id,
                        "outcome_id": id,
                        "exemption": outcome.exemption,
                        "category": outcome.category,
                        "reasons": outcome.reasons,
                        "evaluation_ids": evaluation_ids,
                        "resulting_citation": resulting.map(|r| &r.citation),
                        "resulting_act_id": resulting.and_then(|r| r.act_id),
                        "resulting_provision_id": resulting.and_then(|r| r.provision_id),
                        "resolved": resulting.map(|r| r.resolved),
                        "in_force": outcome.in_force,
                    }),
                )
                .await?;
                tx.commit().await?;
                self.read_outcomes("o.id = $1", id)
                    .await?
                    .pop()
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn trial_outcomes(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::generalisation::Outcome>> {
                self.read_outcomes("o.trial_id = $1", trial_id).await
            }

            async fn scheme_outcomes(
                &self,
                scheme_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::generalisation::Outcome>> {
                self.read_outcomes("t.scheme_id = $1", scheme_id).await
            }

            async fn result_trials(
                &self,
                scheme_id: i64,
            ) -> $crate::Result<Vec<$crate::generalisation::ResultTrial>> {
                let rows: Vec<$crate::sql_generalisation::ResultTrialRow> = sqlx::query_as(
                    "SELECT t.id, t.case_number, t.title, st.status, st.exemptions \
                     FROM trials t JOIN trial_states st ON st.trial_id = t.id \
                     WHERE t.scheme_id = $1 ORDER BY t.case_number, t.id",
                )
                .bind(scheme_id)
                .fetch_all(&self.pool)
                .await?;
                let themes: Vec<(i64, i64)> = sqlx::query_as(
                    "SELECT tt.trial_id, tt.theme_id FROM trial_themes tt \
                     JOIN trials t ON t.id = tt.trial_id WHERE t.scheme_id = $1 \
                     ORDER BY tt.trial_id, tt.theme_id",
                )
                .bind(scheme_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter()
                    .map(|row| {
                        Ok($crate::generalisation::ResultTrial {
                            trial_id: row.id,
                            case_number: row.case_number,
                            title: row.title,
                            status: row
                                .status
                                .parse::<frirum_domain::trial::TrialStatus>()
                                .map_err($crate::StoreError::corrupt)?,
                            exemptions: $crate::sql::from_json(&row.exemptions)?,
                            theme_ids: themes
                                .iter()
                                .filter(|(trial, _)| *trial == row.id)
                                .map(|(_, theme)| *theme)
                                .collect(),
                        })
                    })
                    .collect()
            }

            async fn provision_trials(
                &self,
                scheme_id: Option<i64>,
            ) -> $crate::Result<
                std::collections::BTreeMap<i64, Vec<frirum_domain::generalisation::ProvisionTrial>>,
            > {
                let rows: Vec<$crate::sql_generalisation::ResultTrialRow> = sqlx::query_as(
                    "SELECT t.id, t.case_number, t.title, st.status, st.exemptions \
                     FROM trials t JOIN trial_states st ON st.trial_id = t.id \
                     WHERE ($1 IS NULL OR t.scheme_id = $1) ORDER BY t.id",
                )
                .bind(scheme_id)
                .fetch_all(&self.pool)
                .await?;
                // The latest outcome of each exemption: the newest row of its group.
                let latest: Vec<(i64, i64, String)> = sqlx::query_as(
                    "SELECT o.trial_id, o.exemption, o.category FROM generalisation_outcomes o \
                     JOIN trials t ON t.id = o.trial_id \
                     WHERE ($1 IS NULL OR t.scheme_id = $1) AND NOT EXISTS ( \
                         SELECT 1 FROM generalisation_outcomes n \
                         WHERE n.trial_id = o.trial_id AND n.exemption = o.exemption \
                         AND (n.recorded_at > o.recorded_at \
                              OR (n.recorded_at = o.recorded_at AND n.id > o.id)))",
                )
                .bind(scheme_id)
                .fetch_all(&self.pool)
                .await?;
                let mut categories = std::collections::HashMap::new();
                for (trial, exemption, category) in latest {
                    let category = category
                        .parse::<frirum_domain::generalisation::OutcomeCategory>()
                        .map_err($crate::StoreError::corrupt)?;
                    categories.insert((trial, exemption), category);
                }
                let mut by_provision: std::collections::BTreeMap<
                    i64,
                    Vec<frirum_domain::generalisation::ProvisionTrial>,
                > = std::collections::BTreeMap::new();
                for row in rows {
                    let trial = $crate::generalisation::ResultTrial {
                        trial_id: row.id,
                        case_number: row.case_number,
                        title: row.title,
                        status: row
                            .status
                            .parse::<frirum_domain::trial::TrialStatus>()
                            .map_err($crate::StoreError::corrupt)?,
                        exemptions: $crate::sql::from_json(&row.exemptions)?,
                        theme_ids: Vec::new(),
                    };
                    for (exemption, provision) in trial.provisions() {
                        let key = (trial.trial_id, i64::try_from(exemption).unwrap_or(i64::MAX));
                        let entry = by_provision.entry(provision).or_default();
                        // One row per trial and exemption, even when a grant names the
                        // provision twice.
                        if !entry
                            .iter()
                            .any(|t| t.trial_id == trial.trial_id && t.exemption == exemption)
                        {
                            entry.push(frirum_domain::generalisation::ProvisionTrial {
                                trial_id: trial.trial_id,
                                exemption,
                                status: trial.status,
                                latest: categories.get(&key).copied(),
                            });
                        }
                    }
                }
                Ok(by_provision)
            }

            async fn evaluations_of_trial(
                &self,
                trial_id: i64,
                ids: &[i64],
            ) -> $crate::Result<Vec<i64>> {
                let mut found = Vec::new();
                for chunk in ids.chunks($crate::sql::IN_CHUNK) {
                    let sql = format!(
                        "SELECT e.id FROM evaluations e JOIN trials t ON t.id = $1 \
                         WHERE e.id IN ({}) AND (e.trial_id = t.id \
                         OR (e.trial_id IS NULL AND e.scheme_id = t.scheme_id)) ORDER BY e.id",
                        $crate::sql::placeholders(2, chunk.len())
                    );
                    let mut query = sqlx::query_scalar::<_, i64>(&sql).bind(trial_id);
                    for id in chunk {
                        query = query.bind(*id);
                    }
                    found.extend(query.fetch_all(&self.pool).await?);
                }
                Ok(found)
            }

            async fn evaluation_titles(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Vec<$crate::generalisation::EvaluationTitle>> {
                let rows: Vec<(i64, String, Option<i64>, i64, String, Option<time::Date>)> =
                    sqlx::query_as(
                        "SELECT e.id, e.title, e.trial_id, e.scheme_id, e.status, e.embargo_until \
                         FROM evaluations e JOIN trials t ON t.id = $1 \
                         WHERE e.trial_id = t.id \
                         OR (e.trial_id IS NULL AND e.scheme_id = t.scheme_id) ORDER BY e.id",
                    )
                    .bind(trial_id)
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows
                    .into_iter()
                    .map(|(id, title, trial_id, scheme_id, status, embargo_until)| {
                        $crate::generalisation::EvaluationTitle {
                            id,
                            title,
                            trial_id,
                            scheme_id,
                            published: status == "published",
                            embargo_until,
                        }
                    })
                    .collect())
            }

            async fn scheme_evidence(
                &self,
                scheme_id: i64,
                public_on: Option<time::Date>,
            ) -> $crate::Result<Vec<$crate::generalisation::ThemeEvidence>> {
                // A finding counts under the themes of the trials it names, and a trial
                // evaluation's findings under the trial's themes too.
                let rows: Vec<(Option<i64>, String, i64)> = sqlx::query_as(
                    "WITH shown AS ( \
                         SELECT e.id, e.trial_id FROM evaluations e WHERE e.scheme_id = $1 \
                         AND ($2 IS NULL OR (e.status = 'published' \
                              AND (e.embargo_until IS NULL OR e.embargo_until <= $2)))), \
                     finding_trials AS ( \
                         SELECT f.id AS finding_id, f.strength, fe.trial_id \
                         FROM evaluation_findings f JOIN shown e ON e.id = f.evaluation_id \
                         JOIN evaluation_finding_exemptions fe ON fe.finding_id = f.id \
                         UNION \
                         SELECT f.id AS finding_id, f.strength, e.trial_id \
                         FROM evaluation_findings f JOIN shown e ON e.id = f.evaluation_id \
                         WHERE e.trial_id IS NOT NULL) \
                     SELECT tt.theme_id, ft.strength, COUNT(DISTINCT ft.finding_id) \
                     FROM finding_trials ft LEFT JOIN trial_themes tt ON tt.trial_id = ft.trial_id \
                     GROUP BY tt.theme_id, ft.strength ORDER BY tt.theme_id, ft.strength",
                )
                .bind(scheme_id)
                .bind(public_on)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(theme_id, strength, findings)| $crate::generalisation::ThemeEvidence {
                        theme_id,
                        strength,
                        findings,
                    })
                    .collect())
            }
        }
    };
}

pub(crate) use impl_generalisation_store;
