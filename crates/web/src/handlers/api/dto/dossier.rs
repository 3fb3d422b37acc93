//! The API's answer about a provision's dossier: the evidence the platform holds about one
//! provision of the law, as the caller may read it (the public part for the public).

use frirum_app::dossier::ProvisionDossier;
use frirum_domain::dossier::{
    Adoption, Finding, RecommendationRow, Request, TimelineEvent, TrialLine,
};
use frirum_domain::evaluation::Recommendation;
use frirum_domain::generalisation::OutcomeCategory;
use serde::Serialize;
use utoipa::ToSchema;

/// How many exemptions were given one recommendation.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecommendationCountDto {
    pub recommendation: Recommendation,
    pub count: u32,
}

/// How many exemptions ended in one outcome (the latest of each).
#[derive(Debug, Serialize, ToSchema)]
pub struct OutcomeCountDto {
    pub category: OutcomeCategory,
    pub count: u32,
}

/// A provision's dossier.
#[derive(Debug, Serialize, ToSchema)]
pub struct DossierDto {
    pub provision_id: i64,
    pub act_id: i64,
    /// The ministry that owns the act, where the catalogue knows it.
    pub ministry: Option<String>,
    /// Submitted applications that asked to be exempted from the provision.
    pub requested_by: u64,
    /// The requests the caller may read.
    pub requests: Vec<Request>,
    /// The rules the applicants asked for instead, each once.
    pub desired_changes: Vec<String>,
    pub trials: Vec<TrialLine>,
    pub granted: u32,
    pub narrowed: u32,
    /// Strongest evidence first.
    pub findings: Vec<Finding>,
    pub recommendations: Vec<RecommendationRow>,
    pub recommendation_counts: Vec<RecommendationCountDto>,
    pub outcome_counts: Vec<OutcomeCountDto>,
    /// Trials that ended with the exemption and wait for an outcome.
    pub pending_trials: Vec<i64>,
    /// Every trial has ended and at least one waits for an outcome.
    pub pending: bool,
    pub adoptions: Vec<Adoption>,
    /// Oldest first.
    pub timeline: Vec<TimelineEvent>,
}

impl From<ProvisionDossier> for DossierDto {
    fn from(p: ProvisionDossier) -> Self {
        let d = p.dossier;
        DossierDto {
            provision_id: p.provision.id,
            act_id: p.act.id,
            ministry: p.act.act.ministry,
            requested_by: d.requested_by,
            requests: d.requests,
            desired_changes: d.desired_changes,
            trials: d.trials,
            granted: d.granted,
            narrowed: d.narrowed,
            findings: d.findings,
            recommendations: d.recommendations,
            recommendation_counts: d
                .recommendation_counts
                .into_iter()
                .map(|(recommendation, count)| RecommendationCountDto {
                    recommendation,
                    count,
                })
                .collect(),
            outcome_counts: d
                .outcome_counts
                .into_iter()
                .map(|(category, count)| OutcomeCountDto { category, count })
                .collect(),
            pending_trials: d.pending_trials,
            pending: d.pending,
            adoptions: d.adoptions,
            timeline: d.timeline,
        }
    }
}
