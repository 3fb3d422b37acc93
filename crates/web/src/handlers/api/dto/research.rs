//! The API's answers and requests about research teams: research organisations, the
//! researchers with their organisation, and who is assigned within a scheme.

use frirum_domain::Country;
use frirum_domain::research::{
    AssignmentScope, ResearchAssignment, ResearchOrganisation, ResearchOrganisationRef, Researcher,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Every research organisation, by country and name.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResearchOrganisationsDto {
    pub organisations: Vec<ResearchOrganisation>,
}

/// A research organisation to add.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewResearchOrganisationDto {
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    pub country: Country,
    /// Its web address (`https://…`), if any.
    #[serde(default)]
    #[schema(max_length = 500)]
    pub website: Option<String>,
}

/// Every researcher, by name, with the organisation they belong to.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResearchersDto {
    pub researchers: Vec<Researcher>,
}

/// The organisation a researcher belongs to: an id, or null for none.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MembershipDto {
    pub organisation_id: Option<i64>,
}

/// One researcher's assignment within a scheme.
#[derive(Debug, Serialize, ToSchema)]
pub struct SchemeAssignmentDto {
    pub user_id: i64,
    pub name: String,
    pub organisation: Option<ResearchOrganisationRef>,
    /// What the assignment covers: `trial`, `theme` or `scheme`.
    pub scope: AssignmentScope,
    /// The id of the trial, theme or scheme.
    pub scope_id: i64,
    /// The trial's, theme's or scheme's title.
    pub scope_name: String,
}

impl From<ResearchAssignment> for SchemeAssignmentDto {
    fn from(a: ResearchAssignment) -> Self {
        SchemeAssignmentDto {
            user_id: a.user_id,
            name: a.researcher_name,
            organisation: a.organisation,
            scope: a.scope,
            scope_id: a.scope_id,
            scope_name: a.scope_name,
        }
    }
}

/// Who does research within a scheme: assigned to the whole scheme, to a theme or to a
/// single trial.
#[derive(Debug, Serialize, ToSchema)]
pub struct SchemeResearchDto {
    pub scheme_id: i64,
    pub assignments: Vec<SchemeAssignmentDto>,
}
