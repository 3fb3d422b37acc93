//! The shapes the API sends and receives, described for OpenAPI: every JSON answer is one
//! of these named types, never a `json!` object. Accounts, the registry and errors are here;
//! each area's answers are in a module of their own. Domain types describe their own JSON
//! (their `openapi` feature); these wrap or convert them.

use frirum_domain::organisation::{OrganisationKind, OrganisationRef};
use frirum_domain::{Country, Language, Organisation, Page, PopulationFigure, Role, User};
use frirum_store::{ApiToken, ImportSummary};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use utoipa::ToSchema;

fn timestamp(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

/// A population figure with its reference date and source.
#[derive(Debug, Serialize, ToSchema)]
pub struct PopulationDto {
    pub population: u64,
    /// ISO 8601 date the figure refers to.
    #[schema(format = Date, example = "2024-01-01")]
    pub reference_date: String,
    pub source: String,
    /// True where the figure could not be checked against the official statistics.
    pub uncertain: bool,
}

impl From<PopulationFigure> for PopulationDto {
    fn from(f: PopulationFigure) -> Self {
        PopulationDto {
            population: f.population,
            reference_date: f.reference_date.to_string(),
            source: f.source,
            uncertain: f.uncertain,
        }
    }
}

/// A municipality, county municipality or region.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationDto {
    /// `dk`, `no` or `se`.
    #[schema(value_type = Country, example = "dk")]
    pub country: String,
    /// The official code: NO kommunenummer/fylkesnummer, DK kommunekode/regionskode, SE kommunkod/länskod.
    #[schema(example = "751")]
    pub code: String,
    #[schema(example = "Aarhus")]
    pub name: String,
    /// `municipality`, `county` or `region`.
    #[schema(value_type = OrganisationKind)]
    pub kind: String,
    /// The county or region a municipality belongs to.
    pub parent_code: Option<String>,
    /// The newest population figure.
    pub population: Option<PopulationDto>,
}

impl From<Organisation> for OrganisationDto {
    fn from(o: Organisation) -> Self {
        OrganisationDto {
            country: o.country.to_string(),
            code: o.code,
            name: o.name,
            kind: o.kind.to_string(),
            parent_code: o.parent_code,
            population: o.population.map(Into::into),
        }
    }
}

/// An organisation with every population figure on record.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationDetailDto {
    #[serde(flatten)]
    pub organisation: OrganisationDto,
    /// Newest first.
    pub population_history: Vec<PopulationDto>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationRefDto {
    #[schema(value_type = Country)]
    pub country: String,
    pub code: String,
    pub name: String,
}

impl From<OrganisationRef> for OrganisationRefDto {
    fn from(o: OrganisationRef) -> Self {
        OrganisationRefDto {
            country: o.country.to_string(),
            code: o.code,
            name: o.name,
        }
    }
}

/// An account.
#[derive(Debug, Serialize, ToSchema)]
pub struct UserDto {
    pub id: i64,
    pub email: String,
    pub name: String,
    /// `admin` (the secretariat), `applicant`, `assessor` or `researcher`.
    #[schema(value_type = Role)]
    pub role: String,
    /// The organisation an applicant acts for.
    pub organisation: Option<OrganisationRefDto>,
    /// The chosen interface language (`nb`, `nn`, `da`, `sv`, `en`), if any.
    #[schema(value_type = Option<Language>)]
    pub language: Option<String>,
}

impl From<User> for UserDto {
    fn from(u: User) -> Self {
        UserDto {
            id: u.id,
            email: u.email,
            name: u.name,
            role: u.role.to_string(),
            organisation: u.organisation.map(Into::into),
            language: u.language.map(|l| l.to_string()),
        }
    }
}

/// A personal API token, without its secret.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiTokenDto {
    pub id: i64,
    pub name: String,
    /// The first characters of the token.
    pub prefix: String,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub last_used_at: Option<String>,
    #[schema(format = DateTime)]
    pub revoked_at: Option<String>,
}

impl From<ApiToken> for ApiTokenDto {
    fn from(t: ApiToken) -> Self {
        ApiTokenDto {
            id: t.id,
            name: t.name,
            prefix: t.prefix,
            created_at: timestamp(t.created_at),
            last_used_at: t.last_used_at.map(timestamp),
            revoked_at: t.revoked_at.map(timestamp),
        }
    }
}

/// A token just created. The secret is shown this once and never again.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedApiTokenDto {
    pub token: ApiTokenDto,
    pub secret: String,
}

/// What an import did.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportSummaryDto {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub figures_added: u32,
    pub figures_updated: u32,
}

impl From<ImportSummary> for ImportSummaryDto {
    fn from(s: ImportSummary) -> Self {
        ImportSummaryDto {
            added: s.added,
            updated: s.updated,
            unchanged: s.unchanged,
            figures_added: s.figures_added,
            figures_updated: s.figures_updated,
        }
    }
}

/// Defines a page type for one kind of item, so that OpenAPI names each list's shape.
macro_rules! page_dto {
    ($name:ident, $item:ty) => {
        /// One page of a list.
        #[derive(Debug, Serialize, ToSchema)]
        pub struct $name {
            pub items: Vec<$item>,
            /// 1-based page number.
            pub page: u32,
            pub per_page: u32,
            /// Items in the whole list.
            pub total: u64,
        }

        impl<T: Into<$item>> From<Page<T>> for $name {
            fn from(p: Page<T>) -> Self {
                $name {
                    page: p.page,
                    per_page: p.per_page,
                    total: p.total,
                    items: p.items.into_iter().map(Into::into).collect(),
                }
            }
        }
    };
}

pub mod assessment;
pub mod barriers;
pub mod cases;
pub mod decisions;
pub mod dossier;
pub mod evaluations;
pub mod funds;
pub mod generalisation;
pub mod lab;
pub mod law;
pub mod networks;
pub mod partners;
pub mod people;
pub mod research;
pub mod research_plans;
pub mod trial_changes;
pub mod trial_documents;
pub mod trial_indicators;
pub mod trial_regulations;
pub mod trial_reports;
pub mod trials;

page_dto!(OrganisationPageDto, OrganisationDto);
page_dto!(UserPageDto, UserDto);
page_dto!(ApiTokenPageDto, ApiTokenDto);

/// Changes to one's own account; absent fields are left as they are.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateMeDto {
    #[schema(min_length = 1, max_length = 200)]
    pub name: Option<String>,
    /// `nb`, `nn`, `da`, `sv` or `en`; `null` to follow the browser.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Language>)]
    pub language: Option<Option<String>>,
}

/// Tells a field sent as `null` (`Some(None)`) from a field left out (`None`).
fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateApiTokenDto {
    /// What the token is for, such as "nightly export".
    #[schema(min_length = 1, max_length = 100)]
    pub name: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUserDto {
    #[schema(format = Email, max_length = 254)]
    pub email: String,
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    /// `admin`, `applicant`, `assessor` or `researcher`.
    #[schema(value_type = Role)]
    pub role: String,
    /// For applicants: `COUNTRY:CODE`, such as `dk:751`.
    pub organisation: Option<String>,
    #[schema(value_type = Option<Language>)]
    pub language: Option<String>,
    /// At least 10 characters.
    #[schema(min_length = 10)]
    pub password: String,
}

/// The error envelope every failed API call answers with.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorEnvelope {
    pub error: ErrorBody,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// A stable snake_case code, such as `not_found` or `unknown_field`.
    #[schema(example = "unknown_field")]
    pub code: String,
    /// A sentence for people.
    pub message: String,
    /// Facts for programs, such as `{"field": "name"}`.
    #[schema(value_type = Object)]
    pub details: serde_json::Value,
}
