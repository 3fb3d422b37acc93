//! The API's answers about decisions and the trials approval creates.

use frirum_domain::Page;

use frirum_domain::decision::{Decision, DecisionSummary, PendingDecision, Trial};
use serde::Serialize;
use utoipa::ToSchema;

/// A decision with where to read its letter and its trial.
#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionDto {
    #[serde(flatten)]
    pub decision: Decision,
    /// The decision letter, laid out for print.
    pub letter_url: String,
    /// The trial an approval created.
    pub trial_url: Option<String>,
}

impl From<Decision> for DecisionDto {
    fn from(decision: Decision) -> Self {
        DecisionDto {
            letter_url: format!("/applications/{}/decision/letter", decision.application_id),
            trial_url: decision.trial_id.map(|id| format!("/api/v1/trials/{id}")),
            decision,
        }
    }
}

/// A published decision in the list.
#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionSummaryDto {
    #[serde(flatten)]
    pub summary: DecisionSummary,
    /// The decision's page.
    pub url: String,
}

impl From<DecisionSummary> for DecisionSummaryDto {
    fn from(summary: DecisionSummary) -> Self {
        DecisionSummaryDto {
            url: format!("/applications/{}/decision", summary.application_id),
            summary,
        }
    }
}

page_dto!(DecisionPageDto, DecisionSummaryDto);

/// A trial: what was approved, frozen as it was approved.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
pub struct TrialDto(pub Trial);

/// A decision proposed under the four-eyes rule, waiting for a second secretariat member.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
pub struct PendingDecisionDto(pub PendingDecision);
