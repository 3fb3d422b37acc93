//! The API's answers and requests about trials in operation: the list of trials, a trial's
//! current state, its history of changes, a step of its life and its researchers.

use frirum_domain::Page;
use frirum_domain::trial::{TrialResearcher, TrialState, TrialSummary, TrialVersion};
use serde::{Deserialize, Serialize};
use time::Date;
use utoipa::ToSchema;

/// A trial in the list: its status, planned and actual dates and participants.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
pub struct TrialSummaryDto(pub TrialSummary);

impl From<TrialSummary> for TrialSummaryDto {
    fn from(t: TrialSummary) -> Self {
        TrialSummaryDto(t)
    }
}

page_dto!(TrialPageDto, TrialSummaryDto);

/// A trial as it stands now (the frozen record of what was approved is `/api/v1/trials/{id}`).
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
pub struct TrialStateDto(pub TrialState);

/// A trial's public history of changes, oldest version first.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrialHistoryDto {
    pub versions: Vec<TrialVersion>,
}

impl From<Vec<TrialVersion>> for TrialHistoryDto {
    fn from(versions: Vec<TrialVersion>) -> Self {
        TrialHistoryDto { versions }
    }
}

/// The researchers following a trial.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrialResearchersDto {
    pub researchers: Vec<TrialResearcher>,
}

/// A step of a trial's life, taken by the secretariat against the version it saw.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrialStepDto {
    /// `start`, `suspend`, `resume`, `complete` or `stop_early`.
    pub step: TrialStepKind,
    /// The day it happened: needed to start, complete or stop early.
    pub on: Option<Date>,
    /// Why: needed to put on hold or stop early; public.
    #[serde(default)]
    pub reason: String,
    /// The state's version the step was decided on (`version` of the current state).
    pub version: i64,
}

/// The steps of a trial's life.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TrialStepKind {
    Start,
    Suspend,
    Resume,
    Complete,
    StopEarly,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_trials_keeps_its_counts() {
        let page: TrialPageDto =
            Page::<TrialSummary>::new(Vec::new(), frirum_domain::PageRequest::default(), 0).into();
        assert_eq!(page.total, 0);
    }
}
