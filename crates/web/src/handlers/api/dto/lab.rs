//! The API's answers and requests about the policy lab: the roll-ups of the barrier
//! register, the gap list, the ranking of the provisions that block most, and the lab's
//! investigations.

use frirum_domain::Country;
use frirum_domain::barrier::{AffectedGroup, BarrierStatus, ExperimentLink, RootCause};
use frirum_domain::barrier_rollup::{BlockCount, Reports, StatusRow};
use frirum_domain::investigation::{ActivityKind, ConclusionKind, Investigation};
use serde::{Deserialize, Serialize};
use time::Date;
use utoipa::ToSchema;

/// The lab's overview: counts by status per root cause, theme and affected group.
#[derive(Debug, Serialize, ToSchema)]
pub struct LabOverviewDto {
    pub by_root_cause: Vec<StatusRow>,
    pub by_theme: Vec<StatusRow>,
    pub by_group: Vec<StatusRow>,
    /// How many barriers are on the gap list.
    pub gaps: u64,
    pub open_investigations: u64,
    /// Barriers counted (merged ones through the barrier they joined).
    pub barriers: u64,
}

/// A provision as the lab names it.
#[derive(Debug, Serialize, ToSchema)]
pub struct CitedProvisionDto {
    pub provision_id: i64,
    /// Cited as its country's lawyers write it.
    pub citation: String,
}

/// One provision of the ranking.
#[derive(Debug, Serialize, ToSchema)]
pub struct RankedProvisionDto {
    pub provision_id: i64,
    pub citation: String,
    pub country: Option<Country>,
    /// The barriers confirmed as blocked by it, and the people and organisations reporting
    /// them.
    pub confirmed: BlockCount,
    /// The barriers that only suggest it.
    pub suggested: BlockCount,
}

/// The provisions that block most, as the caller may count them (the lab every barrier,
/// everybody else the public ones).
#[derive(Debug, Serialize, ToSchema)]
pub struct ProvisionRankingDto {
    pub provisions: Vec<RankedProvisionDto>,
}

/// One barrier of the gap list.
#[derive(Debug, Serialize, ToSchema)]
pub struct GapDto {
    pub barrier_id: i64,
    pub title: String,
    pub status: BarrierStatus,
    pub country: Country,
    pub reports: Reports,
    pub root_causes: Vec<RootCause>,
    pub affected_groups: Vec<AffectedGroup>,
    /// Its confirmed provisions.
    pub provisions: Vec<CitedProvisionDto>,
}

/// Confirmed open barriers with no trial yet, the most reported first.
#[derive(Debug, Serialize, ToSchema)]
pub struct GapsDto {
    pub gaps: Vec<GapDto>,
}

/// The investigations the caller may read (concluded ones as title, hypothesis and
/// conclusion only, unless the caller takes part or is the lab).
#[derive(Debug, Serialize, ToSchema)]
pub struct InvestigationsDto {
    pub investigations: Vec<Investigation>,
}

/// An investigation to open.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInvestigationDto {
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    #[schema(min_length = 1, max_length = 20000)]
    pub hypothesis: String,
    #[schema(min_items = 1)]
    pub barrier_ids: Vec<i64>,
    /// Organisations of the registry taking part.
    #[serde(default)]
    pub participant_ids: Vec<i64>,
    /// Agencies and others not in the registry.
    #[serde(default)]
    pub participant_names: Vec<String>,
}

/// An entry to append to the activity log.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewActivityDto {
    /// The day it took place, not after today.
    pub on: Date,
    pub kind: ActivityKind,
    #[schema(min_length = 1, max_length = 20000)]
    pub note: String,
}

/// The conclusion of an investigation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConclusionDto {
    pub kind: ConclusionKind,
    /// With guidance, the guidance the barriers are answered with.
    #[schema(min_length = 1, max_length = 20000)]
    pub text: String,
    /// An experiment's link: what it is linked to, and its id.
    #[serde(default)]
    pub experiment_kind: Option<ExperimentLink>,
    #[serde(default)]
    pub experiment_id: Option<i64>,
    /// A rule change's ministry, which a rule change needs.
    #[serde(default)]
    #[schema(max_length = 200)]
    pub ministry: String,
    /// The ministry's response, if it has answered.
    #[serde(default)]
    pub ministry_response: String,
}

/// A barrier a conclusion left as it was, and why.
#[derive(Debug, Serialize, ToSchema)]
pub struct SkippedDto {
    pub barrier_id: i64,
    /// Its status, when the status does not lead where the conclusion leads.
    pub status: Option<BarrierStatus>,
    /// The barrier register's refusal code, when it refused the change.
    pub refused: Option<String>,
}

/// The concluded investigation, the barriers moved and those left as they were.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConcludedDto {
    pub investigation: Investigation,
    pub moved: Vec<i64>,
    pub skipped: Vec<SkippedDto>,
}

/// The ranking's filter: one country's barriers (`no`, `dk` or `se`).
#[derive(Debug, Deserialize)]
pub struct CountryQuery {
    #[serde(default)]
    pub country: Option<String>,
}
