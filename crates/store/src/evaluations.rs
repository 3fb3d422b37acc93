//! The evaluations half of the store: evaluations of a trial or of a whole scheme, their
//! findings (linked to granted exemptions and indicators), their recommendations per
//! granted exemption, the attached report and the correction notes of published ones.
//!
//! The rules are the domain's (`frirum_domain::evaluation`): the caller validates content
//! against what the evaluation may speak of before it comes here. The store applies what
//! depends on what is stored, under the evaluation's row: a draft saved by somebody else in
//! the meantime ([`EvaluationError::Stale`]), a published evaluation that is frozen
//! ([`EvaluationError::Published`]; the migration's triggers refuse it too). Every change is
//! journaled: on the trial's application for a trial's evaluation, on the scheme for a joint
//! one.

use async_trait::async_trait;
use frirum_domain::evaluation::{
    Evaluation, EvaluationContent, EvaluationDocument, EvaluationError, EvaluationSummary,
    NewEvaluationDocument,
};
use frirum_domain::journal::Actor;

use crate::Result;

/// A finding about one granted exemption, with what the dossier needs of its evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingAbout {
    pub evaluation: EvaluationSummary,
    pub position: usize,
    pub text: String,
    pub strength: frirum_domain::evaluation::EvidenceStrength,
}

/// A recommendation about one granted exemption, with its evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecommendationAbout {
    pub evaluation: EvaluationSummary,
    pub recommendation: frirum_domain::evaluation::Recommendation,
    pub reasons: String,
}

#[async_trait]
pub trait EvaluationStore: Send + Sync {
    /// Starts a draft evaluation of a trial (`trial_id`) or of the whole scheme (`None`),
    /// with checked content, as version 1. A missing scheme or trial is
    /// [`crate::StoreError::NotFound`].
    async fn create_evaluation(
        &self,
        scheme_id: i64,
        trial_id: Option<i64>,
        content: &EvaluationContent,
        actor: Actor<'_>,
    ) -> Result<Evaluation>;

    /// Replaces a draft's content (checked by the caller) when it is still at `version`.
    async fn update_evaluation(
        &self,
        id: i64,
        version: i64,
        content: &EvaluationContent,
        actor: Actor<'_>,
    ) -> Result<Result<Evaluation, EvaluationError>>;

    /// Publishes a draft that is still at `version`: from now on it is frozen.
    async fn publish_evaluation(
        &self,
        id: i64,
        version: i64,
        actor: Actor<'_>,
    ) -> Result<Result<Evaluation, EvaluationError>>;

    /// Records a correction note (checked by the caller) beside a published evaluation.
    async fn record_evaluation_correction(
        &self,
        id: i64,
        note: &str,
        actor: Actor<'_>,
    ) -> Result<Result<Evaluation, EvaluationError>>;

    /// Attaches the full report (its content already in the object store).
    async fn add_evaluation_document(
        &self,
        id: i64,
        document: &NewEvaluationDocument,
        actor: Actor<'_>,
    ) -> Result<EvaluationDocument>;

    /// One evaluation with its findings, recommendations, documents and corrections.
    async fn evaluation(&self, id: i64) -> Result<Option<Evaluation>>;

    /// A trial's evaluations, oldest first.
    async fn trial_evaluations(&self, trial_id: i64) -> Result<Vec<EvaluationSummary>>;

    /// A scheme's joint evaluations (those of no single trial), oldest first.
    async fn scheme_evaluations(&self, scheme_id: i64) -> Result<Vec<EvaluationSummary>>;

    /// Every evaluation still in draft, oldest first (few at any time): the use cases keep
    /// those the actor may write.
    async fn draft_evaluations(&self) -> Result<Vec<EvaluationSummary>>;

    /// The findings that concern one granted exemption of a trial, in every evaluation.
    async fn findings_about(&self, trial_id: i64, exemption: usize) -> Result<Vec<FindingAbout>>;

    /// The recommendations for one granted exemption of a trial, in every evaluation.
    async fn recommendations_about(
        &self,
        trial_id: i64,
        exemption: usize,
    ) -> Result<Vec<RecommendationAbout>>;

    /// The themes of a scheme's trials, as (trial id, theme id) pairs: what a joint
    /// evaluation's summary groups by.
    async fn evaluation_trial_themes(&self, scheme_id: i64) -> Result<Vec<(i64, i64)>>;
}
