//! The API's answers and requests about the barrier register: a barrier as the actor may
//! read it, the list, a report, a provision to link, the lab's triage, status change and
//! merge.

use frirum_app::barriers::RegisterFilter;
use frirum_domain::Country;
use frirum_domain::barrier::{AffectedGroup, Barrier, BarrierStatus, ExperimentLink, RootCause};
use frirum_store::BarrierFilter;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

/// A provision linked to a barrier.
#[derive(Debug, Serialize, ToSchema)]
pub struct LinkedProvisionDto {
    pub provision_id: i64,
    /// Confirmed by the lab; otherwise a suggestion.
    pub confirmed: bool,
}

/// What a proposed experiment is linked to.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExperimentDto {
    pub kind: ExperimentLink,
    pub id: i64,
}

/// One barrier. A public report's sender is never in the API.
#[derive(Debug, Serialize, ToSchema)]
pub struct BarrierDto {
    pub id: i64,
    pub country: Country,
    pub scheme_id: Option<i64>,
    pub theme_id: Option<i64>,
    pub title: String,
    pub wants_to_do: String,
    pub obstacle: String,
    pub consequences: String,
    pub status: BarrierStatus,
    pub restricted: bool,
    pub organisation_id: Option<i64>,
    pub organisation_name: Option<String>,
    pub from_public: bool,
    pub merged_into: Option<i64>,
    pub guidance: Option<String>,
    pub close_reason: Option<String>,
    pub ministry: Option<String>,
    pub ministry_response: Option<String>,
    pub experiment: Option<ExperimentDto>,
    pub groups: Vec<AffectedGroup>,
    pub root_causes: Vec<RootCause>,
    pub provisions: Vec<LinkedProvisionDto>,
    pub supporter_count: i64,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub reported_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
    /// The version to send back with a triage or status change.
    pub version: i64,
}

impl From<Barrier> for BarrierDto {
    fn from(b: Barrier) -> Self {
        BarrierDto {
            id: b.id,
            country: b.country,
            scheme_id: b.scheme_id,
            theme_id: b.theme_id,
            title: b.title,
            wants_to_do: b.wants_to_do,
            obstacle: b.obstacle,
            consequences: b.consequences,
            status: b.status,
            restricted: b.restricted,
            organisation_id: b.organisation_id,
            organisation_name: b.organisation_name,
            from_public: b.from_public,
            merged_into: b.merged_into,
            guidance: b.guidance,
            close_reason: b.close_reason,
            ministry: b.ministry,
            ministry_response: b.ministry_response,
            experiment: b.experiment.map(|(kind, id)| ExperimentDto { kind, id }),
            groups: b.groups,
            root_causes: b.root_causes,
            provisions: b
                .provisions
                .into_iter()
                .map(|p| LinkedProvisionDto {
                    provision_id: p.provision_id,
                    confirmed: p.confirmed,
                })
                .collect(),
            supporter_count: b.supporter_count,
            reported_at: b.reported_at,
            updated_at: b.updated_at,
            version: b.version,
        }
    }
}

/// The barriers the actor may read; for the lab, the reports waiting for it first.
#[derive(Debug, Serialize, ToSchema)]
pub struct BarriersDto {
    pub waiting: Vec<BarrierDto>,
    pub barriers: Vec<BarrierDto>,
}

/// A report of an obstacle in plain words.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewBarrierDto {
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    #[schema(min_length = 1, max_length = 20000)]
    pub wants_to_do: String,
    #[schema(min_length = 1, max_length = 20000)]
    pub obstacle: String,
    #[schema(min_length = 1, max_length = 20000)]
    pub consequences: String,
    pub groups: Vec<AffectedGroup>,
    /// The reporter's organisation's country when left out.
    #[serde(default)]
    pub country: Option<Country>,
    #[serde(default)]
    pub scheme_id: Option<i64>,
    #[serde(default)]
    pub theme_id: Option<i64>,
}

/// A provision to link: by its id or by a citation as lawyers write it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkProvisionDto {
    #[serde(default)]
    pub provision_id: Option<i64>,
    #[serde(default)]
    #[schema(max_length = 500)]
    pub citation: Option<String>,
    /// The lab confirms it at once.
    #[serde(default)]
    pub confirmed: bool,
}

/// The lab's triage against the version seen.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TriageDto {
    pub root_causes: Vec<RootCause>,
    #[serde(default)]
    pub restricted: bool,
    #[serde(default)]
    pub confirmed_provisions: Vec<i64>,
    pub version: i64,
}

/// A status change with what the status needs.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusChangeDto {
    pub status: BarrierStatus,
    #[serde(default)]
    pub guidance: String,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub experiment: Option<ExperimentDto>,
    #[serde(default)]
    pub ministry: String,
    #[serde(default)]
    pub ministry_response: String,
    #[serde(default)]
    pub note: String,
    /// The version seen; a stale one is 409 `edit_conflict`.
    #[serde(default)]
    pub version: Option<i64>,
}

/// The barrier that takes this one in.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MergeDto {
    pub into: i64,
}

/// The register's filters as a page's or the API's query string: each one left out or
/// empty is no filter.
#[derive(Deserialize, Default, Debug, Clone)]
pub struct RegisterQuery {
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub root_cause: String,
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub mine: String,
}

impl RegisterQuery {
    pub fn filter(&self) -> RegisterFilter {
        RegisterFilter {
            filter: BarrierFilter {
                status: self.status.parse().ok(),
                country: self.country.parse().ok(),
                root_cause: self.root_cause.parse().ok(),
                group: self.group.parse().ok(),
                involving: None,
            },
            text: self.q.clone(),
            mine: self.mine == "1",
        }
    }
}
