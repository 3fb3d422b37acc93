//! The SQL of [`crate::DossierStore`]: adoptions, and the rows of every area that the
//! provision dossier reads. Expanded per engine like every store macro (see [`crate::sql`]).
//!
//! Exemptions are kept as JSON in the applications and trial states, so candidates are
//! found by the provision's number appearing in that text and the domain decides which
//! really name it; the other slices' tables (reports, indicators, evaluations, outcomes)
//! are read for those trials only.

use frirum_domain::application::ApplicationStatus;
use frirum_domain::dossier::{Adoption, Finding, OutcomeRow, RecommendationRow};
use time::{Date, OffsetDateTime};

use crate::StoreError;

fn parse<T: std::str::FromStr>(what: &str, text: &str) -> Result<T, StoreError> {
    text.parse()
        .map_err(|_| StoreError::corrupt(format!("unknown {what} {text:?}")))
}

pub(crate) const ADOPTION_SELECT: &str = "SELECT aa.application_id, aa.trial_id, a.title, \
     o.name AS organisation, a.status, aa.adopted_at FROM application_adoptions aa \
     JOIN applications a ON a.id = aa.application_id \
     JOIN organisations o ON o.id = a.lead_organisation_id";

#[derive(sqlx::FromRow)]
pub(crate) struct AdoptionRow {
    application_id: i64,
    trial_id: i64,
    title: String,
    organisation: String,
    status: String,
    adopted_at: OffsetDateTime,
}

impl AdoptionRow {
    pub fn into_domain(self) -> Result<Adoption, StoreError> {
        Ok(Adoption {
            application_id: self.application_id,
            trial_id: self.trial_id,
            title: self.title,
            organisation: self.organisation,
            status: parse::<ApplicationStatus>("status", &self.status)?,
            adopted_at: self.adopted_at,
        })
    }
}

pub(crate) const FINDING_SELECT: &str = "SELECT e.id AS evaluation_id, e.title AS evaluation_title, \
     e.kind, fe.trial_id, fe.exemption, f.text, f.strength, e.published_at, e.embargo_until \
     FROM evaluation_finding_exemptions fe \
     JOIN evaluation_findings f ON f.id = fe.finding_id \
     JOIN evaluations e ON e.id = f.evaluation_id \
     WHERE fe.trial_id = $1 AND e.status = 'published' ORDER BY e.id, f.position";

#[derive(sqlx::FromRow)]
pub(crate) struct FindingRow {
    evaluation_id: i64,
    evaluation_title: String,
    kind: String,
    trial_id: i64,
    exemption: i64,
    text: String,
    strength: String,
    published_at: Option<OffsetDateTime>,
    embargo_until: Option<Date>,
}

impl FindingRow {
    pub fn into_domain(self) -> Result<Finding, StoreError> {
        Ok(Finding {
            evaluation_id: self.evaluation_id,
            evaluation_title: self.evaluation_title,
            kind: parse("evaluation kind", &self.kind)?,
            trial_id: self.trial_id,
            exemption: usize::try_from(self.exemption).unwrap_or(usize::MAX),
            text: self.text,
            strength: parse("evidence strength", &self.strength)?,
            published_at: self.published_at,
            embargo_until: self.embargo_until,
        })
    }
}

pub(crate) const RECOMMENDATION_SELECT: &str = "SELECT e.id AS evaluation_id, \
     e.title AS evaluation_title, r.trial_id, r.exemption, r.recommendation, r.reasons, \
     e.published_at, e.embargo_until FROM evaluation_recommendations r \
     JOIN evaluations e ON e.id = r.evaluation_id \
     WHERE r.trial_id = $1 AND e.status = 'published' ORDER BY e.id, r.exemption";

#[derive(sqlx::FromRow)]
pub(crate) struct RecommendationSqlRow {
    evaluation_id: i64,
    evaluation_title: String,
    trial_id: i64,
    exemption: i64,
    recommendation: String,
    reasons: String,
    published_at: Option<OffsetDateTime>,
    embargo_until: Option<Date>,
}

impl RecommendationSqlRow {
    pub fn into_domain(self) -> Result<RecommendationRow, StoreError> {
        Ok(RecommendationRow {
            evaluation_id: self.evaluation_id,
            evaluation_title: self.evaluation_title,
            trial_id: self.trial_id,
            exemption: usize::try_from(self.exemption).unwrap_or(usize::MAX),
            recommendation: parse("recommendation", &self.recommendation)?,
            reasons: self.reasons,
            published_at: self.published_at,
            embargo_until: self.embargo_until,
        })
    }
}

pub(crate) const OUTCOME_SELECT: &str = "SELECT trial_id, exemption, category, reasons, \
     resulting_citation, in_force, recorded_at FROM generalisation_outcomes \
     WHERE trial_id = $1 ORDER BY id";

#[derive(sqlx::FromRow)]
pub(crate) struct OutcomeSqlRow {
    trial_id: i64,
    exemption: i64,
    category: String,
    reasons: String,
    resulting_citation: Option<String>,
    in_force: Option<Date>,
    recorded_at: OffsetDateTime,
}

impl OutcomeSqlRow {
    pub fn into_domain(self) -> Result<OutcomeRow, StoreError> {
        Ok(OutcomeRow {
            trial_id: self.trial_id,
            exemption: usize::try_from(self.exemption).unwrap_or(usize::MAX),
            category: parse("outcome category", &self.category)?,
            reasons: self.reasons,
            resulting_act: self.resulting_citation.unwrap_or_default(),
            in_force: self.in_force,
            recorded_at: self.recorded_at,
        })
    }
}

/// The latest approved numeric value of each indicator of a trial, with its period.
pub(crate) const INDICATOR_SELECT: &str = "SELECT i.title, i.unit, i.baseline_value, \
     i.target_value, (SELECT u.value_number FROM indicator_periods p \
        JOIN indicator_updates u ON u.period_id = p.id \
        WHERE p.indicator_id = i.id AND u.status = 'approved' \
        ORDER BY p.period_end DESC LIMIT 1) AS latest, \
     (SELECT p.period_end FROM indicator_periods p \
        JOIN indicator_updates u ON u.period_id = p.id \
        WHERE p.indicator_id = i.id AND u.status = 'approved' \
        ORDER BY p.period_end DESC LIMIT 1) AS latest_period_end \
     FROM indicators i WHERE i.trial_id = $1 ORDER BY i.position";

macro_rules! impl_dossier_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::DossierStore for $store {
            async fn adopt_trial(
                &self,
                new: &$crate::NewApplication,
                trial_id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::application::Application> {
                let trial = $crate::DecisionStore::trial(self, trial_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)?;
                // The draft is created as any other (with its own journal entry); its link
                // to the trial follows. Should the link fail, the draft is removed again.
                let created = $crate::ApplicationStore::create_application(self, new, actor).await?;
                let linked: $crate::Result<()> = async {
                    let mut tx = begin_write(&self.pool).await?;
                    sqlx::query(
                        "INSERT INTO application_adoptions (application_id, trial_id, \
                         adopted_by, adopted_at) VALUES ($1, $2, $3, $4)",
                    )
                    .bind(created.id)
                    .bind(trial.id)
                    .bind(actor.user_id)
                    .bind(actor.at)
                    .execute(&mut *tx)
                    .await?;
                    append_journal(
                        &mut tx,
                        frirum_domain::journal::CaseKind::Application,
                        created.id,
                        &actor,
                        "application.adopted",
                        serde_json::json!({
                            "trial_id": trial.id,
                            "case_number": trial.case_number,
                        }),
                    )
                    .await?;
                    tx.commit().await?;
                    Ok(())
                }
                .await;
                if let Err(e) = linked {
                    let _ = sqlx::query("DELETE FROM applications WHERE id = $1 AND status = 'draft'")
                        .bind(created.id)
                        .execute(&self.pool)
                        .await;
                    return Err(e);
                }
                Ok(created)
            }

            async fn adopted_from(
                &self,
                application_id: i64,
            ) -> $crate::Result<Option<$crate::dossier::AdoptedFrom>> {
                let row: Option<(i64, String, String)> = sqlx::query_as(
                    "SELECT t.id, t.case_number, t.title FROM application_adoptions aa \
                     JOIN trials t ON t.id = aa.trial_id WHERE aa.application_id = $1",
                )
                .bind(application_id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|(trial_id, case_number, title)| $crate::dossier::AdoptedFrom {
                    trial_id,
                    case_number,
                    title,
                }))
            }

            async fn adoptions_of_trial(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::dossier::Adoption>> {
                let rows: Vec<$crate::sql_dossier::AdoptionRow> = sqlx::query_as(&format!(
                    "{} WHERE aa.trial_id = $1 ORDER BY aa.adopted_at, aa.application_id",
                    $crate::sql_dossier::ADOPTION_SELECT
                ))
                .bind(trial_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn dossier_evidence(
                &self,
                provision_id: i64,
            ) -> $crate::Result<frirum_domain::dossier::Evidence> {
                use frirum_domain::dossier::{IndicatorResult, ReportUse, Request, TrialRecord};
                let mut evidence = frirum_domain::dossier::Evidence::default();

                // The submitted applications that asked exemption from it.
                let rows: Vec<(i64, Option<String>, String, String, Option<time::OffsetDateTime>, String)> =
                    sqlx::query_as(
                        "SELECT a.id, a.case_number, a.title, o.name, a.submitted_at, a.content \
                         FROM application_provisions ap JOIN applications a ON a.id = ap.application_id \
                         JOIN organisations o ON o.id = a.lead_organisation_id \
                         WHERE ap.provision_id = $1 ORDER BY a.submitted_at, a.id",
                    )
                    .bind(provision_id)
                    .fetch_all(&self.pool)
                    .await?;
                for (id, case_number, title, organisation, submitted_at, content) in rows {
                    let content: frirum_domain::application::ApplicationContent =
                        $crate::sql::from_json(&content)?;
                    // Each request that picked this provision, or none (its words may
                    // cite it: the caller resolves them).
                    for (exemption, e) in content.exemptions.iter().enumerate() {
                        if e.provision_id.is_none_or(|p| p == provision_id) {
                            evidence.requests.push(Request {
                                application_id: id,
                                case_number: case_number.clone(),
                                title: title.clone(),
                                organisation: organisation.clone(),
                                submitted_at,
                                exemption,
                                reference: e.reference.clone(),
                                provision_id: e.provision_id,
                                desired_change: e.desired_change.clone(),
                                visible: false,
                            });
                        }
                    }
                }

                // The trials whose exemptions may name it: by number in their grants, or
                // by their application's requests (the domain decides which do).
                let needle = format!("%{provision_id}%");
                let mut candidates: Vec<i64> = sqlx::query_scalar(
                    "SELECT trial_id FROM trial_states WHERE exemptions LIKE $1 \
                     UNION SELECT t.id FROM trials t JOIN application_provisions ap \
                     ON ap.application_id = t.application_id WHERE ap.provision_id = $2",
                )
                .bind(&needle)
                .bind(provision_id)
                .fetch_all(&self.pool)
                .await?;
                candidates.sort_unstable();
                candidates.dedup();
                for trial_id in candidates {
                    let Some(state) = $crate::TrialStore::trial_state(self, trial_id).await? else {
                        continue;
                    };
                    let Some(trial) = $crate::DecisionStore::trial(self, trial_id).await? else {
                        continue;
                    };
                    let reports: Vec<(time::Date, String)> = sqlx::query_as(
                        "SELECT period_end, content FROM trial_reports \
                         WHERE trial_id = $1 AND status = 'accepted' ORDER BY period_end",
                    )
                    .bind(trial_id)
                    .fetch_all(&self.pool)
                    .await?;
                    let mut uses = Vec::new();
                    for (period_end, content) in reports {
                        let content: frirum_domain::report::ReportContent =
                            $crate::sql::from_json(&content)?;
                        for u in content.exemptions_used {
                            // A report names the exemption by its place among those in force.
                            if let Some(e) = state.exemptions.get(u.exemption) {
                                uses.push(ReportUse {
                                    period_end,
                                    exemption: e.grant.exemption,
                                    used: u.used,
                                    count: u.count,
                                });
                            }
                        }
                    }
                    let indicators: Vec<(String, String, Option<f64>, Option<f64>, Option<f64>, Option<time::Date>)> =
                        sqlx::query_as($crate::sql_dossier::INDICATOR_SELECT)
                            .bind(trial_id)
                            .fetch_all(&self.pool)
                            .await?;
                    let findings: Vec<$crate::sql_dossier::FindingRow> =
                        sqlx::query_as($crate::sql_dossier::FINDING_SELECT)
                            .bind(trial_id)
                            .fetch_all(&self.pool)
                            .await?;
                    for f in findings {
                        evidence.findings.push(f.into_domain()?);
                    }
                    let recommendations: Vec<$crate::sql_dossier::RecommendationSqlRow> =
                        sqlx::query_as($crate::sql_dossier::RECOMMENDATION_SELECT)
                            .bind(trial_id)
                            .fetch_all(&self.pool)
                            .await?;
                    for r in recommendations {
                        evidence.recommendations.push(r.into_domain()?);
                    }
                    let outcomes: Vec<$crate::sql_dossier::OutcomeSqlRow> =
                        sqlx::query_as($crate::sql_dossier::OUTCOME_SELECT)
                            .bind(trial_id)
                            .fetch_all(&self.pool)
                            .await?;
                    for o in outcomes {
                        evidence.outcomes.push(o.into_domain()?);
                    }
                    evidence
                        .adoptions
                        .extend($crate::DossierStore::adoptions_of_trial(self, trial_id).await?);
                    evidence.trials.push(TrialRecord {
                        trial_id,
                        case_number: trial.case_number,
                        title: trial.title,
                        scheme_id: trial.scheme_id,
                        status: state.status,
                        planned_start: state.planned_start,
                        planned_end: state.planned_end,
                        actual_start: state.actual_start,
                        actual_end: state.actual_end,
                        exemptions: state.exemptions,
                        uses,
                        indicators: indicators
                            .into_iter()
                            .map(|(title, unit, baseline, target, latest, latest_period_end)| {
                                IndicatorResult {
                                    title,
                                    unit,
                                    baseline,
                                    target,
                                    latest,
                                    latest_period_end,
                                }
                            })
                            .collect(),
                    });
                }
                Ok(evidence)
            }
        }
    };
}

pub(crate) use impl_dossier_store;
