//! The API's answers about the law catalogue and the rule finder.

use frirum_app::law::{FoundProvision, Reason, ResolvedCitation, Suggestion};
use frirum_domain::exemptibility::NotExemptible;
use frirum_domain::law::{ActKind, Jurisdiction, Subsection};
use frirum_store::law::{StoredAct, StoredProvision};
use serde::Serialize;
use utoipa::ToSchema;

use super::cases::ApplicationSummaryDto;

/// The act a provision belongs to, in brief.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProvisionActDto {
    /// The catalogue's id.
    pub id: i64,
    /// The official identifier ("LOV-1999-03-26-17", "lta/2024/62", "2017:725").
    pub official_id: String,
    pub title: String,
    pub short_title: Option<String>,
    pub kind: ActKind,
    pub in_force: bool,
    /// The act at its official source; given where one provision is shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A provision: its address, its act, and its text.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProvisionDto {
    /// The catalogue's id, kept when the act is imported again.
    pub id: i64,
    pub act: ProvisionActDto,
    pub jurisdiction: Jurisdiction,
    pub chapter: Option<String>,
    pub chapter_heading: Option<String>,
    pub section: String,
    /// The label as the source prints it ("§ 1-1", "3 a §").
    pub label: String,
    pub heading: Option<String>,
    pub subsections: Vec<Subsection>,
    /// The whole text, subsections and items joined.
    pub text: String,
    /// The provision's page.
    pub url: String,
}

impl From<&StoredProvision> for ProvisionDto {
    fn from(p: &StoredProvision) -> Self {
        ProvisionDto {
            id: p.id,
            act: ProvisionActDto {
                id: p.act_id,
                official_id: p.act_official_id.clone(),
                title: p.act_title.clone(),
                short_title: p.act_short_title.clone(),
                kind: p.act_kind,
                in_force: p.in_force,
                url: None,
            },
            jurisdiction: p.jurisdiction,
            chapter: p.section.chapter.clone(),
            chapter_heading: p.section.chapter_heading.clone(),
            section: p.section.section.clone(),
            label: p.section.label.clone(),
            heading: p.section.heading.clone(),
            subsections: p.section.subsections.clone(),
            text: p.body(),
            url: format!("/provisions/{}", p.id),
        }
    }
}

/// One provision with how often it was asked for and by which applications the visitor
/// may see.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProvisionDetailDto {
    #[serde(flatten)]
    pub provision: ProvisionDto,
    /// Submitted applications on this platform that asked exemption from it.
    pub requested_by: u64,
    pub applications: Vec<ApplicationSummaryDto>,
    /// Why the scheme's law puts the provision beyond a trial (forsøksloven § 4, the
    /// constitution, EU law), or null.
    pub not_exemptible: Option<NotExemptible>,
}

/// A search hit: the provision, its score and a snippet with highlighted byte ranges.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchHitDto {
    #[serde(flatten)]
    pub provision: ProvisionDto,
    pub score: f32,
    pub snippet: String,
    /// Byte ranges of `snippet` to highlight, as `[start, end]` pairs.
    #[schema(value_type = Vec<Vec<u64>>)]
    pub highlights: Vec<(usize, usize)>,
}

impl From<&FoundProvision> for SearchHitDto {
    fn from(h: &FoundProvision) -> Self {
        SearchHitDto {
            provision: (&h.provision).into(),
            score: h.score,
            snippet: h.snippet.clone(),
            highlights: h.highlights.clone(),
        }
    }
}

/// Search hits, best first.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchResultsDto {
    pub items: Vec<SearchHitDto>,
    pub total: usize,
}

/// A suggested provision with the reasons it was suggested.
#[derive(Debug, Serialize, ToSchema)]
pub struct SuggestionDto {
    #[serde(flatten)]
    pub provision: ProvisionDto,
    pub score: f32,
    pub reasons: Vec<Reason>,
    /// How many submitted applications on this platform asked exemption from it (also
    /// given as an `asked_for` reason when it is more than none).
    pub requested_by: u64,
    /// Why the scheme's law puts the provision beyond a trial (forsøksloven § 4, the
    /// constitution, EU law), or null: such a provision is flagged, not left out.
    pub not_exemptible: Option<NotExemptible>,
}

impl From<&Suggestion> for SuggestionDto {
    fn from(s: &Suggestion) -> Self {
        SuggestionDto {
            provision: (&s.provision).into(),
            score: s.score,
            reasons: s.reasons.clone(),
            requested_by: requested_by(s),
            not_exemptible: s.not_exemptible,
        }
    }
}

/// How many applications asked exemption from a suggested provision, from its reasons.
pub fn requested_by(s: &Suggestion) -> u64 {
    s.reasons
        .iter()
        .find_map(|r| match r {
            Reason::AskedFor { applications } => Some(*applications),
            _ => None,
        })
        .unwrap_or(0)
}

/// Suggestions, best first.
#[derive(Debug, Serialize, ToSchema)]
pub struct SuggestionsDto {
    pub items: Vec<SuggestionDto>,
    pub total: usize,
}

/// The citations found in a text, in the order they appear.
#[derive(Debug, Serialize, ToSchema)]
pub struct CitationsDto {
    pub items: Vec<ResolvedCitation>,
    pub total: usize,
}

/// One of an act's provisions, in its table of contents.
#[derive(Debug, Serialize, ToSchema)]
pub struct ActEntryDto {
    pub id: i64,
    pub chapter: Option<String>,
    pub section: String,
    pub label: String,
    pub heading: Option<String>,
}

/// An act of the catalogue with its table of contents.
#[derive(Debug, Serialize, ToSchema)]
pub struct ActDto {
    /// The catalogue's id.
    pub id: i64,
    /// The official identifier: Lovdata's legacy id, the Danish ELI path or the SFS number.
    pub official_id: String,
    pub jurisdiction: Jurisdiction,
    pub kind: ActKind,
    pub refid: Option<String>,
    pub accession_number: Option<String>,
    pub title: String,
    pub short_title: Option<String>,
    pub abbreviation: Option<String>,
    pub ministry: Option<String>,
    pub date_in_force: Option<String>,
    pub date_signed: Option<String>,
    pub date_last_change: Option<String>,
    pub status: Option<String>,
    pub url: Option<String>,
    pub in_force: bool,
    pub provision_count: u64,
    #[serde(with = "time::serde::rfc3339")]
    pub imported_at: time::OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: time::OffsetDateTime,
    pub provisions: Vec<ActEntryDto>,
}

impl ActDto {
    pub fn new(a: StoredAct, provisions: &[StoredProvision]) -> Self {
        let act = a.act;
        ActDto {
            id: a.id,
            official_id: act.id,
            jurisdiction: act.jurisdiction,
            kind: act.kind,
            refid: act.refid,
            accession_number: act.accession_number,
            title: act.title,
            short_title: act.short_title,
            abbreviation: act.abbreviation,
            ministry: act.ministry,
            date_in_force: act.date_in_force,
            date_signed: act.date_signed,
            date_last_change: act.date_last_change,
            status: act.status,
            url: act.url,
            in_force: act.in_force,
            provision_count: a.provision_count,
            imported_at: a.imported_at,
            updated_at: a.updated_at,
            provisions: provisions
                .iter()
                .map(|p| ActEntryDto {
                    id: p.id,
                    chapter: p.section.chapter.clone(),
                    section: p.section.section.clone(),
                    label: p.section.label.clone(),
                    heading: p.section.heading.clone(),
                })
                .collect(),
        }
    }
}
