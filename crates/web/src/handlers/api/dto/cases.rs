//! The API's answers about schemes, rounds, themes, proposals and applications.

use frirum_domain::application::{Application, ApplicationContent, ApplicationStatus};
use frirum_domain::case::CaseStatus;
use frirum_domain::clock::LocalTime;
use frirum_domain::journal::JournalEntry;
use frirum_domain::organisation::OrganisationRef;
use frirum_domain::review::ReviewStage;
use frirum_domain::scheme::{Round, RoundPhase, Rules, SchemeStatus, Theme, ThemeProposal};
use frirum_domain::{Country, Page};
use frirum_store::ApplicationSummary;
use serde::Serialize;
use time::OffsetDateTime;
use utoipa::ToSchema;

/// A round of a scheme, with its phase at the moment of the answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct RoundDto {
    pub id: i64,
    pub number: u32,
    pub title: String,
    pub opens: LocalTime,
    /// The last second on which applications are accepted, inclusive, in the round's zone.
    pub deadline: LocalTime,
    /// The deadline as people read it, with the zone's abbreviation.
    pub deadline_display: String,
    /// `upcoming`, `open` or `closed`; absent when the round's time zone is unknown.
    pub phase: Option<RoundPhase>,
    pub target_trials: u32,
}

impl RoundDto {
    pub fn new(r: &Round, now: OffsetDateTime) -> Self {
        RoundDto {
            id: r.id,
            number: r.number,
            title: r.title.clone(),
            opens: r.opens.clone(),
            deadline: r.deadline.clone(),
            deadline_display: r.deadline.display(),
            phase: r.phase(now).ok(),
            target_trials: r.target_trials,
        }
    }
}

/// A scheme with its current rules, themes and rounds.
#[derive(Debug, Serialize, ToSchema)]
pub struct SchemeDto {
    pub id: i64,
    /// Short code used in case numbers, such as `DK2019`.
    pub code: String,
    pub country: Country,
    pub title: String,
    /// The language the scheme's content is written in: `nb`, `nn`, `da`, `sv` or `en`.
    #[schema(value_type = frirum_domain::Language)]
    pub language: String,
    /// Markdown.
    pub invitation: String,
    pub status: SchemeStatus,
    pub publish_applications: bool,
    pub rules_version: i64,
    pub rules: Rules,
    pub themes: Vec<Theme>,
    pub rounds: Vec<RoundDto>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

page_dto!(SchemePageDto, SchemeDto);

/// A theme added to a scheme.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
pub struct ThemeDto(pub Theme);

impl From<Theme> for ThemeDto {
    fn from(t: Theme) -> Self {
        ThemeDto(t)
    }
}

/// A round added to a scheme, as stored.
#[derive(Debug, Serialize, ToSchema)]
pub struct NewRoundDto {
    pub id: i64,
    pub scheme_id: i64,
    pub number: u32,
    pub title: String,
    pub opens: LocalTime,
    pub deadline: LocalTime,
    pub target_trials: u32,
}

impl From<Round> for NewRoundDto {
    fn from(r: Round) -> Self {
        NewRoundDto {
            id: r.id,
            scheme_id: r.scheme_id,
            number: r.number,
            title: r.title,
            opens: r.opens,
            deadline: r.deadline,
            target_trials: r.target_trials,
        }
    }
}

/// A theme proposed by a municipality while the scheme is prepared.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
pub struct ProposalDto(pub ThemeProposal);

impl From<ThemeProposal> for ProposalDto {
    fn from(p: ThemeProposal) -> Self {
        ProposalDto(p)
    }
}

page_dto!(ProposalPageDto, ProposalDto);

/// An endorsement: whether it was new, and the proposal with its count.
#[derive(Debug, Serialize, ToSchema)]
pub struct EndorsementDto {
    /// False when the organisation had endorsed the proposal already.
    pub endorsed: bool,
    pub proposal: ThemeProposal,
}

/// A proposal adopted as a theme of its scheme.
#[derive(Debug, Serialize, ToSchema)]
pub struct AdoptionDto {
    pub proposal: ThemeProposal,
    pub theme: Theme,
}

/// The scheme and round an application belongs to, in brief.
#[derive(Debug, Serialize, ToSchema)]
pub struct SchemeRefDto {
    pub id: i64,
    pub code: String,
    pub title: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RoundRefDto {
    pub id: i64,
    pub number: u32,
    /// The deadline as people read it.
    pub deadline: String,
}

/// An application with its eligibility and where its review stands.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationDto {
    pub id: i64,
    /// Given at submission, such as `DK2019-R1-003`.
    pub case_number: Option<String>,
    pub scheme: SchemeRefDto,
    pub round: RoundRefDto,
    pub lead: OrganisationRef,
    /// Network members other than the lead.
    pub members: Vec<OrganisationRef>,
    pub status: ApplicationStatus,
    /// The one status of the case, the same on every page, list and export.
    pub case_status: CaseStatus,
    /// Shown to those who may read the clarification thread.
    pub review_stage: Option<ReviewStage>,
    /// Send it back when saving: a newer save in between is 409 `edit_conflict`.
    pub version: i64,
    pub content: ApplicationContent,
    /// The fields still empty that submission needs.
    pub missing: Vec<String>,
    /// Every rule's outcome: frozen at submission, computed now for a draft.
    #[schema(value_type = Object)]
    pub eligibility: frirum_domain::eligibility::Report,
    pub rules_version: Option<i64>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub withdrawn_at: Option<OffsetDateTime>,
}

/// An application in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationSummaryDto {
    pub id: i64,
    pub case_number: Option<String>,
    pub scheme_id: i64,
    pub scheme_code: String,
    pub round_id: i64,
    pub round_number: u32,
    pub title: String,
    pub lead: OrganisationRef,
    pub member_count: u32,
    pub status: ApplicationStatus,
    /// The one status of the case, the same on every page, list and export.
    pub case_status: CaseStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
}

impl From<ApplicationSummary> for ApplicationSummaryDto {
    fn from(s: ApplicationSummary) -> Self {
        ApplicationSummaryDto {
            case_status: s.case_status(),
            id: s.id,
            case_number: s.case_number,
            scheme_id: s.scheme_id,
            scheme_code: s.scheme_code,
            round_id: s.round_id,
            round_number: s.round_number,
            title: s.title,
            lead: s.lead,
            member_count: s.member_count,
            status: s.status,
            updated_at: s.updated_at,
            submitted_at: s.submitted_at,
        }
    }
}

page_dto!(ApplicationPageDto, ApplicationSummaryDto);

/// The eligibility report of an application: `eligible`, `checked_at`, and `rules`, each
/// rule's outcome with its reason code, message and the figures it used.
#[derive(Debug, Serialize, ToSchema)]
pub struct EligibilityDto {
    #[serde(flatten)]
    #[schema(value_type = Object)]
    pub report: frirum_domain::eligibility::Report,
}

/// The receipt of a submission.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReceiptDto {
    /// False when the application had been submitted already: the first receipt stands.
    pub newly: bool,
    pub id: i64,
    pub case_number: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
    pub status: ApplicationStatus,
    /// Where people read the receipt.
    pub receipt: String,
}

impl ReceiptDto {
    pub fn new(a: &Application, newly: bool) -> Self {
        ReceiptDto {
            newly,
            id: a.id,
            case_number: a.case_number.clone(),
            submitted_at: a.submitted_at,
            status: a.status,
            receipt: format!("/applications/{}/receipt", a.id),
        }
    }
}

/// An entry of a case's journal.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
pub struct JournalEntryDto(pub JournalEntry);

impl From<JournalEntry> for JournalEntryDto {
    fn from(e: JournalEntry) -> Self {
        JournalEntryDto(e)
    }
}

page_dto!(JournalPageDto, JournalEntryDto);
