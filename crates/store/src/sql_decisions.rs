//! The SQL of [`crate::DecisionStore`]: decisions and the trials that approvals start.
//! Expanded per engine like every store macro (see [`crate::sql`]).
//!
//! A decision is one conditional INSERT: it happens only while the application is still
//! submitted and at the version the decision was checked against, and the unique key on
//! `decisions.application_id` lets exactly one of two simultaneous deciders through. The
//! trial and the journal entry go in the same transaction.

use frirum_domain::decision::{
    Decision, DecisionSummary, GrantedExemption, Outcome, RegulationKind, Trial, TrialStatus,
};
use frirum_domain::organisation::OrganisationRef;
use time::{Date, OffsetDateTime};

use crate::StoreError;
use crate::sql::{from_json, org_ref};

pub(crate) const DECISION_SELECT: &str = "SELECT d.id, d.application_id, d.outcome, d.reasons, \
     d.granted, d.conditions, d.period_start, d.period_end, d.regulation_kind, \
     d.regulation_text, d.decided_by, u.name AS decided_by_name, d.signatory_title, \
     d.decided_at, t.id AS trial_id \
     FROM decisions d LEFT JOIN users u ON u.id = d.decided_by \
     LEFT JOIN trials t ON t.decision_id = d.id";

pub(crate) const SUMMARY_SELECT: &str = "SELECT d.id, d.application_id, a.case_number, a.title, \
     a.scheme_id, s.code AS scheme_code, s.title AS scheme_title, o.id AS org_id, \
     o.country AS org_country, o.code AS org_code, o.name AS org_name, d.outcome, d.reasons, \
     d.decided_at, t.id AS trial_id, u.name AS decided_by_name \
     FROM decisions d JOIN applications a ON a.id = d.application_id \
     JOIN schemes s ON s.id = a.scheme_id \
     JOIN organisations o ON o.id = a.lead_organisation_id \
     LEFT JOIN trials t ON t.decision_id = d.id \
     LEFT JOIN users u ON u.id = d.decided_by";

/// The frozen record, with the status of the trial's current state (the frozen row's own
/// status column keeps what approval wrote).
pub(crate) const TRIAL_SELECT: &str = "SELECT t.id, t.application_id, t.scheme_id, \
     t.decision_id, t.case_number, t.title, COALESCE(st.status, t.status) AS status, \
     t.participants, t.exemptions, t.objectives, t.period_start, t.period_end, t.conditions, \
     t.regulation_kind, t.regulation_text, t.created_at \
     FROM trials t LEFT JOIN trial_states st ON st.trial_id = t.id";

#[derive(sqlx::FromRow)]
pub(crate) struct DecisionRow {
    id: i64,
    application_id: i64,
    outcome: String,
    reasons: String,
    granted: String,
    conditions: String,
    period_start: Option<Date>,
    period_end: Option<Date>,
    regulation_kind: Option<String>,
    regulation_text: String,
    decided_by: Option<i64>,
    decided_by_name: Option<String>,
    signatory_title: String,
    decided_at: OffsetDateTime,
    trial_id: Option<i64>,
}

impl DecisionRow {
    pub fn into_domain(self) -> Result<Decision, StoreError> {
        Ok(Decision {
            id: self.id,
            application_id: self.application_id,
            outcome: self
                .outcome
                .parse::<Outcome>()
                .map_err(StoreError::corrupt)?,
            reasons: self.reasons,
            granted: from_json::<Vec<GrantedExemption>>(&self.granted)?,
            conditions: self.conditions,
            period_start: self.period_start,
            period_end: self.period_end,
            regulation_kind: self
                .regulation_kind
                .map(|k| k.parse::<RegulationKind>())
                .transpose()
                .map_err(StoreError::corrupt)?,
            regulation_text: self.regulation_text,
            decided_by: self.decided_by,
            decided_by_name: self.decided_by_name,
            signatory_title: self.signatory_title,
            decided_at: self.decided_at,
            trial_id: self.trial_id,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct SummaryRow {
    id: i64,
    application_id: i64,
    case_number: Option<String>,
    title: String,
    scheme_id: i64,
    scheme_code: String,
    scheme_title: String,
    org_id: i64,
    org_country: String,
    org_code: String,
    org_name: String,
    outcome: String,
    reasons: String,
    decided_at: OffsetDateTime,
    trial_id: Option<i64>,
    decided_by_name: Option<String>,
}

impl SummaryRow {
    pub fn into_domain(self) -> Result<DecisionSummary, StoreError> {
        Ok(DecisionSummary {
            id: self.id,
            application_id: self.application_id,
            case_number: self.case_number.unwrap_or_default(),
            title: self.title,
            scheme_id: self.scheme_id,
            scheme_code: self.scheme_code,
            scheme_title: self.scheme_title,
            lead: org_ref(self.org_id, &self.org_country, self.org_code, self.org_name)?,
            outcome: self
                .outcome
                .parse::<Outcome>()
                .map_err(StoreError::corrupt)?,
            reasons: self.reasons,
            decided_at: self.decided_at,
            trial_id: self.trial_id,
            decided_by_name: self.decided_by_name,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct TrialRow {
    id: i64,
    application_id: i64,
    scheme_id: i64,
    decision_id: i64,
    case_number: String,
    title: String,
    status: String,
    participants: String,
    exemptions: String,
    objectives: String,
    period_start: Date,
    period_end: Date,
    conditions: String,
    regulation_kind: String,
    regulation_text: String,
    created_at: OffsetDateTime,
}

impl TrialRow {
    pub fn into_domain(self) -> Result<Trial, StoreError> {
        Ok(Trial {
            id: self.id,
            application_id: self.application_id,
            scheme_id: self.scheme_id,
            decision_id: self.decision_id,
            case_number: self.case_number,
            title: self.title,
            status: self
                .status
                .parse::<TrialStatus>()
                .map_err(StoreError::corrupt)?,
            participants: from_json::<Vec<OrganisationRef>>(&self.participants)?,
            exemptions: from_json(&self.exemptions)?,
            objectives: from_json(&self.objectives)?,
            period_start: self.period_start,
            period_end: self.period_end,
            conditions: self.conditions,
            regulation_kind: self
                .regulation_kind
                .parse::<RegulationKind>()
                .map_err(StoreError::corrupt)?,
            regulation_text: self.regulation_text,
            created_at: self.created_at,
        })
    }
}

/// Implements [`crate::DecisionStore`] for a store with a `pool` field, in an engine module
/// where [`crate::sql_shared::shared_sql_helpers!`] has been expanded.
macro_rules! impl_decision_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::DecisionStore for $store {
            async fn decide(
                &self,
                application_id: i64,
                decision: &frirum_domain::decision::NewDecision,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::decision::Decision> {
                let granted = $crate::sql::to_json(&decision.granted)?;
                let mut tx = begin_write(&self.pool).await?;
                // The case's row is locked first, so a withdrawal, an amendment or a
                // screening made at the same time comes wholly before or wholly after.
                if !lock_application(&mut tx, application_id).await? {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                }
                if decided_outcome(&mut tx, application_id).await?.is_some() {
                    tx.rollback().await?;
                    return Err($crate::StoreError::AlreadyDecided);
                }
                // A conflict found by the legal screening refuses approval, checked here
                // under the lock, whatever the caller saw before.
                if decision.outcome == frirum_domain::decision::Outcome::Approved {
                    let conflicts: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM screening_entries s WHERE s.application_id = $1 \
                         AND s.outcome = 'conflict' AND s.id = (SELECT MAX(t.id) \
                         FROM screening_entries t WHERE t.application_id = s.application_id \
                         AND t.item = s.item)",
                    )
                    .bind(application_id)
                    .fetch_one(&mut *tx)
                    .await?;
                    if conflicts > 0 {
                        tx.rollback().await?;
                        return Err($crate::StoreError::ScreeningConflict);
                    }
                }
                let inserted: Result<Option<i64>, sqlx::Error> = sqlx::query_scalar(
                    "INSERT INTO decisions (application_id, outcome, reasons, granted, \
                     conditions, period_start, period_end, regulation_kind, regulation_text, \
                     decided_by, decided_at, signatory_title) \
                     SELECT id, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $13 FROM applications \
                     WHERE id = $1 AND status = 'submitted' AND version = $12 \
                     RETURNING id",
                )
                .bind(application_id)
                .bind(decision.outcome.as_str())
                .bind(&decision.reasons)
                .bind(&granted)
                .bind(&decision.conditions)
                .bind(decision.period_start)
                .bind(decision.period_end)
                .bind(decision.regulation_kind.map(|k| k.as_str()))
                .bind(&decision.regulation_text)
                .bind(actor.user_id)
                .bind(actor.at)
                .bind(decision.application_version)
                .bind(&decision.signatory_title)
                .fetch_optional(&mut *tx)
                .await;
                let decision_id = match inserted {
                    Ok(Some(id)) => id,
                    Ok(None) => {
                        tx.rollback().await?;
                        let current = $crate::ApplicationStore::application(self, application_id)
                            .await?
                            .ok_or($crate::StoreError::NotFound)?;
                        if current.status
                            != frirum_domain::application::ApplicationStatus::Submitted
                        {
                            return Err($crate::StoreError::WrongState {
                                what: $crate::StateOf::Application,
                                current: current.status.to_string(),
                            });
                        }
                        return Err($crate::StoreError::EditConflict {
                            current: current.version,
                        });
                    }
                    Err(e) if $crate::StoreError::is_unique_violation(&e) => {
                        tx.rollback().await?;
                        return Err($crate::StoreError::AlreadyDecided);
                    }
                    Err(e) => return Err(e.into()),
                };
                let mut trial_id = None;
                if let Some(trial) = &decision.trial {
                    let (Some(start), Some(end), Some(kind)) = (
                        decision.period_start,
                        decision.period_end,
                        decision.regulation_kind,
                    ) else {
                        tx.rollback().await?;
                        return Err($crate::StoreError::corrupt(
                            "an approval without a period or a local regulation",
                        ));
                    };
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO trials (application_id, decision_id, scheme_id, case_number, \
                         title, status, participants, exemptions, objectives, period_start, \
                         period_end, conditions, regulation_kind, regulation_text, created_at) \
                         VALUES ($1, $2, $3, $4, $5, 'planned', $6, $7, $8, $9, $10, $11, $12, \
                         $13, $14) RETURNING id",
                    )
                    .bind(application_id)
                    .bind(decision_id)
                    .bind(trial.scheme_id)
                    .bind(&trial.case_number)
                    .bind(&trial.title)
                    .bind($crate::sql::to_json(&trial.participants)?)
                    .bind(&granted)
                    .bind($crate::sql::to_json(&trial.objectives)?)
                    .bind(start)
                    .bind(end)
                    .bind(&decision.conditions)
                    .bind(kind.as_str())
                    .bind(&decision.regulation_text)
                    .bind(actor.at)
                    .fetch_one(&mut *tx)
                    .await?;
                    // The trial's current state starts as approved, as its first version.
                    sqlx::query(
                        "INSERT INTO trial_states (trial_id, version, status, planned_start, \
                         planned_end, why_stopped, participants, objectives, exemptions) \
                         SELECT id, 1, 'planned', period_start, period_end, '', participants, \
                         objectives, exemptions FROM trials WHERE id = $1",
                    )
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                    sqlx::query(
                        "INSERT INTO trial_versions (trial_id, version, kind, reason, changes, \
                         recorded_by, recorded_at) VALUES ($1, 1, 'approved', '', '[]', $2, $3)",
                    )
                    .bind(id)
                    .bind(actor.user_id)
                    .bind(actor.at)
                    .execute(&mut *tx)
                    .await?;
                    let mut organisations: Vec<i64> =
                        trial.participants.iter().map(|p| p.id).collect();
                    organisations.sort_unstable();
                    organisations.dedup();
                    for organisation_id in organisations {
                        sqlx::query(
                            "INSERT INTO trial_participants (trial_id, organisation_id) \
                             VALUES ($1, $2)",
                        )
                        .bind(id)
                        .bind(organisation_id)
                        .execute(&mut *tx)
                        .await?;
                    }
                    let mut themes = trial.themes.clone();
                    themes.sort_unstable();
                    themes.dedup();
                    for theme_id in themes {
                        sqlx::query(
                            "INSERT INTO trial_themes (trial_id, theme_id) \
                             SELECT $1, id FROM themes WHERE id = $2",
                        )
                        .bind(id)
                        .bind(theme_id)
                        .execute(&mut *tx)
                        .await?;
                    }
                    trial_id = Some(id);
                }
                // A proposal that waited for this approval is done with.
                sqlx::query("DELETE FROM pending_decisions WHERE application_id = $1")
                    .bind(application_id)
                    .execute(&mut *tx)
                    .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "application.decided",
                    serde_json::json!({
                        "outcome": decision.outcome.as_str(),
                        "reasons": decision.reasons,
                        "granted": decision.granted,
                        "conditions": decision.conditions,
                        "period_start": decision.period_start.map(|d| d.to_string()),
                        "period_end": decision.period_end.map(|d| d.to_string()),
                        "regulation_kind": decision.regulation_kind.map(|k| k.as_str()),
                        "regulation_text": decision.regulation_text,
                        "trial_id": trial_id,
                    }),
                )
                .await?;
                tx.commit().await?;
                self.decision(application_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn decision(
                &self,
                application_id: i64,
            ) -> $crate::Result<Option<frirum_domain::decision::Decision>> {
                let row: Option<$crate::sql_decisions::DecisionRow> = sqlx::query_as(&format!(
                    "{} WHERE d.application_id = $1",
                    $crate::sql_decisions::DECISION_SELECT
                ))
                .bind(application_id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn list_decisions(
                &self,
                filter: &frirum_domain::decision::DecisionFilter,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<frirum_domain::decision::DecisionSummary>>
            {
                // A year no date can hold matches nothing.
                let (from, to) = match (filter.year, filter.year_bounds()) {
                    (Some(_), None) => {
                        return Ok(frirum_domain::Page::new(Vec::new(), page, 0));
                    }
                    (_, bounds) => (bounds.map(|b| b.0), bounds.map(|b| b.1)),
                };
                let scheme_id = filter.scheme_id;
                let country = filter.country.map(|c| c.as_str());
                let outcome = filter.outcome.map(|o| o.as_str());
                const WHERE: &str = "WHERE ($1 IS NULL OR a.scheme_id = $1) \
                     AND ($2 IS NULL OR s.country = $2) AND ($3 IS NULL OR d.outcome = $3) \
                     AND ($4 IS NULL OR d.decided_at >= $4) AND ($5 IS NULL OR d.decided_at < $5)";
                let total: i64 = sqlx::query_scalar(&format!(
                    "SELECT COUNT(*) FROM decisions d JOIN applications a \
                     ON a.id = d.application_id JOIN schemes s ON s.id = a.scheme_id {WHERE}"
                ))
                .bind(scheme_id)
                .bind(country)
                .bind(outcome)
                .bind(from)
                .bind(to)
                .fetch_one(&self.pool)
                .await?;
                let rows: Vec<$crate::sql_decisions::SummaryRow> = sqlx::query_as(&format!(
                    "{} {WHERE} ORDER BY d.decided_at DESC, d.id DESC LIMIT $6 OFFSET $7",
                    $crate::sql_decisions::SUMMARY_SELECT
                ))
                .bind(scheme_id)
                .bind(country)
                .bind(outcome)
                .bind(from)
                .bind(to)
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

            async fn decision_years(&self) -> $crate::Result<Vec<i32>> {
                // Few decisions a year: read the times and let Rust say the year, the same
                // on both engines.
                let times: Vec<time::OffsetDateTime> =
                    sqlx::query_scalar("SELECT decided_at FROM decisions")
                        .fetch_all(&self.pool)
                        .await?;
                let mut years: Vec<i32> = times
                    .iter()
                    .map(|t| t.to_offset(time::UtcOffset::UTC).year())
                    .collect();
                years.sort_unstable_by(|a, b| b.cmp(a));
                years.dedup();
                Ok(years)
            }

            async fn decision_settings(
                &self,
                scheme_id: i64,
            ) -> $crate::Result<frirum_domain::decision::DecisionSettings> {
                let row: Option<(bool, String, String, String, bool)> = sqlx::query_as(
                    "SELECT safeguards, issuing_authority, legal_basis, appeal_guidance, \
                     four_eyes FROM scheme_decision_settings WHERE scheme_id = $1",
                )
                .bind(scheme_id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(match row {
                    Some((safeguards, issuing_authority, legal_basis, appeal_guidance, four_eyes)) => {
                        frirum_domain::decision::DecisionSettings {
                            safeguards,
                            issuing_authority,
                            legal_basis,
                            appeal_guidance,
                            four_eyes,
                        }
                    }
                    None => frirum_domain::decision::DecisionSettings::default(),
                })
            }

            async fn propose_decision(
                &self,
                application_id: i64,
                draft: &frirum_domain::decision::DecisionDraft,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::decision::PendingDecision> {
                let Some(proposed_by) = actor.user_id else {
                    return Err($crate::StoreError::corrupt("a proposal without a proposer"));
                };
                let json = $crate::sql::to_json(draft)?;
                let mut tx = begin_write(&self.pool).await?;
                if !lock_application(&mut tx, application_id).await? {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                }
                if decided_outcome(&mut tx, application_id).await?.is_some() {
                    tx.rollback().await?;
                    return Err($crate::StoreError::AlreadyDecided);
                }
                sqlx::query(
                    "INSERT INTO pending_decisions (application_id, draft, proposed_by, \
                     proposed_at) VALUES ($1, $2, $3, $4) ON CONFLICT (application_id) \
                     DO UPDATE SET draft = excluded.draft, proposed_by = excluded.proposed_by, \
                     proposed_at = excluded.proposed_at",
                )
                .bind(application_id)
                .bind(&json)
                .bind(proposed_by)
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "application.decision_proposed",
                    serde_json::json!({
                        "outcome": draft.outcome.as_str(),
                        "reasons": draft.reasons,
                    }),
                )
                .await?;
                tx.commit().await?;
                self.pending_decision(application_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn pending_decision(
                &self,
                application_id: i64,
            ) -> $crate::Result<Option<frirum_domain::decision::PendingDecision>> {
                let row: Option<(i64, String, i64, Option<String>, time::OffsetDateTime)> =
                    sqlx::query_as(
                        "SELECT p.application_id, p.draft, p.proposed_by, u.name, p.proposed_at \
                         FROM pending_decisions p LEFT JOIN users u ON u.id = p.proposed_by \
                         WHERE p.application_id = $1",
                    )
                    .bind(application_id)
                    .fetch_optional(&self.pool)
                    .await?;
                row.map(|(application_id, draft, proposed_by, proposed_by_name, proposed_at)| {
                    Ok(frirum_domain::decision::PendingDecision {
                        application_id,
                        draft: $crate::sql::from_json(&draft)?,
                        proposed_by,
                        proposed_by_name,
                        proposed_at,
                    })
                })
                .transpose()
            }

            async fn set_decision_settings(
                &self,
                scheme_id: i64,
                settings: &frirum_domain::decision::DecisionSettings,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                let done = sqlx::query(
                    "INSERT INTO scheme_decision_settings (scheme_id, safeguards, \
                     issuing_authority, legal_basis, appeal_guidance, updated_at, four_eyes) \
                     SELECT id, $2, $3, $4, $5, $6, $7 FROM schemes WHERE id = $1 \
                     ON CONFLICT (scheme_id) DO UPDATE SET safeguards = excluded.safeguards, \
                     issuing_authority = excluded.issuing_authority, \
                     legal_basis = excluded.legal_basis, \
                     appeal_guidance = excluded.appeal_guidance, \
                     updated_at = excluded.updated_at, four_eyes = excluded.four_eyes",
                )
                .bind(scheme_id)
                .bind(settings.safeguards)
                .bind(&settings.issuing_authority)
                .bind(&settings.legal_basis)
                .bind(&settings.appeal_guidance)
                .bind(actor.at)
                .bind(settings.four_eyes)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Scheme,
                    scheme_id,
                    &actor,
                    "scheme.decision_settings_changed",
                    serde_json::to_value(settings).map_err($crate::StoreError::corrupt)?,
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn trial(&self, id: i64) -> $crate::Result<Option<frirum_domain::decision::Trial>> {
                let row: Option<$crate::sql_decisions::TrialRow> = sqlx::query_as(&format!(
                    "{} WHERE t.id = $1",
                    $crate::sql_decisions::TRIAL_SELECT
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn trial_of_application(
                &self,
                application_id: i64,
            ) -> $crate::Result<Option<frirum_domain::decision::Trial>> {
                let row: Option<$crate::sql_decisions::TrialRow> = sqlx::query_as(&format!(
                    "{} WHERE t.application_id = $1",
                    $crate::sql_decisions::TRIAL_SELECT
                ))
                .bind(application_id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }
        }
    };
}

pub(crate) use impl_decision_store;
