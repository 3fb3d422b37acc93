//! The generalisation half of the store: the outcomes the secretariat records for the
//! granted exemptions of ended trials (appended, never changed), and what a scheme's
//! results page and the pending list gather from the trials.
//!
//! The rules are the domain's (`frirum_domain::generalisation`); the use case checks an
//! outcome before the store writes it.

use std::collections::BTreeMap;

use async_trait::async_trait;
use frirum_domain::generalisation::{NewOutcome, Outcome, ProvisionTrial};
use frirum_domain::journal::Actor;
use frirum_domain::trial::{ExemptionInForce, TrialStatus};
use serde::Serialize;

use crate::Result;

/// A trial of a scheme as the results page counts it: its status, its exemptions in force
/// and its themes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResultTrial {
    pub trial_id: i64,
    pub case_number: String,
    pub title: String,
    pub status: TrialStatus,
    pub exemptions: Vec<ExemptionInForce>,
    pub theme_ids: Vec<i64>,
}

impl ResultTrial {
    /// The provisions each exemption reaches: the grant's provisions when it was narrowed,
    /// else the provision the applicant picked.
    pub fn provisions(&self) -> impl Iterator<Item = (usize, i64)> + '_ {
        self.exemptions.iter().flat_map(|e| {
            let ids: Vec<i64> = if e.grant.provision_ids.is_empty() {
                e.grant.requested_provision_id.into_iter().collect()
            } else {
                e.grant.provision_ids.clone()
            };
            ids.into_iter().map(move |id| (e.grant.exemption, id))
        })
    }
}

/// How many findings of one strength the evaluations of a theme's trials hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThemeEvidence {
    /// `None`: findings of trials in no theme (and of joint evaluations naming them).
    pub theme_id: Option<i64>,
    pub strength: String,
    pub findings: i64,
}

/// An evaluation as an outcome names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EvaluationTitle {
    pub id: i64,
    pub title: String,
    /// `None`: a joint evaluation of the scheme.
    pub trial_id: Option<i64>,
    pub scheme_id: i64,
    pub published: bool,
    pub embargo_until: Option<time::Date>,
}

#[async_trait]
pub trait GeneralisationStore: Send + Sync {
    /// Records an outcome (checked by the caller) with the evaluations it rests on, under
    /// the trial's lock, journaled on the trial's application (`trial.outcome_recorded`).
    /// A missing trial is [`crate::StoreError::NotFound`]; with `seen`, an exemption that
    /// has another number of outcomes by now (the same form sent twice) is
    /// [`crate::StoreError::EditConflict`] with that number, and nothing is written.
    async fn record_outcome(&self, outcome: &NewOutcome, actor: Actor<'_>) -> Result<Outcome>;

    /// Every outcome of a trial, oldest first (the latest per exemption counts).
    async fn trial_outcomes(&self, trial_id: i64) -> Result<Vec<Outcome>>;

    /// Every outcome of a scheme's trials, oldest first.
    async fn scheme_outcomes(&self, scheme_id: i64) -> Result<Vec<Outcome>>;

    /// The trials of a scheme with their status, exemptions in force and themes, by case
    /// number.
    async fn result_trials(&self, scheme_id: i64) -> Result<Vec<ResultTrial>>;

    /// For each provision a granted exemption reaches, the trials exempted from it with
    /// their status and the latest outcome of that exemption; of one scheme, or of all.
    async fn provision_trials(
        &self,
        scheme_id: Option<i64>,
    ) -> Result<BTreeMap<i64, Vec<ProvisionTrial>>>;

    /// Which of these ids are evaluations of the trial or of its scheme (joint ones).
    /// Without the evaluations' table every id is unknown.
    async fn evaluations_of_trial(&self, trial_id: i64, ids: &[i64]) -> Result<Vec<i64>>;

    /// The evaluations an outcome of the trial may rest on, by id: the trial's and its
    /// scheme's joint ones, each with its title.
    async fn evaluation_titles(&self, trial_id: i64) -> Result<Vec<EvaluationTitle>>;

    /// The findings of a scheme's evaluations per theme of the trials they name and per
    /// strength; with `public_on`, only those of evaluations published and not under an
    /// embargo on that day.
    async fn scheme_evidence(
        &self,
        scheme_id: i64,
        public_on: Option<time::Date>,
    ) -> Result<Vec<ThemeEvidence>>;
}
