//! The API's answers about assessment: an application's assessment, assignments, the
//! assessor's queue and a round's ranking.

use frirum_app::assessment::{AssessmentCase, AssessmentView, RoundRanking};
use frirum_domain::application::ApplicationStatus;
use frirum_domain::assessment::{
    Assignment, Conflict, ConsensusRequest, ConsensusScore, Note, StoredScore, Withheld,
};
use frirum_domain::scheme::Criterion;
use frirum_domain::scoring::{Assessment, Spread};
use frirum_store::QueueItem;
use serde::Serialize;
use utoipa::ToSchema;

/// The application an assessment is of, in brief.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssessedApplicationDto {
    pub id: i64,
    pub case_number: Option<String>,
    pub title: String,
    pub status: ApplicationStatus,
    pub round_id: i64,
    /// The rules version it is judged under.
    pub rules_version: Option<i64>,
}

/// An application's assessment as the visitor may see it. Assessment is blind: an
/// assessor sees nothing of it before stating that they have no conflict of interest, and
/// only their own assignment and scores until they submit their assessment (`withheld`
/// says which); then the scores that count and no one else's reasons for a conflict. The
/// secretariat sees everything, with the spread between the assessors.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssessmentDto {
    pub application: AssessedApplicationDto,
    /// The highest score of the scale; scores run from 0.
    pub scale_max: u32,
    pub criteria: Vec<Criterion>,
    /// Why part of the assessment is withheld from the caller; absent when nothing is.
    pub withheld: Option<Withheld>,
    pub assignments: Vec<Assignment>,
    pub scores: Vec<StoredScore>,
    pub consensus: Vec<ConsensusScore>,
    /// The secretariat's requests that the assessors agree on a consensus.
    pub consensus_requests: Vec<ConsensusRequest>,
    pub notes: Vec<Note>,
    /// The weighted result; absent when the rules have no criteria or it is withheld.
    pub assessment: Option<Assessment>,
    /// The spread between the assessors per criterion and overall (the secretariat only).
    pub spread: Option<Spread>,
}

impl AssessmentDto {
    pub fn new(case: &AssessmentCase, view: AssessmentView) -> Self {
        let a = &case.application;
        AssessmentDto {
            application: AssessedApplicationDto {
                id: a.id,
                case_number: a.case_number.clone(),
                title: a.content.title.clone(),
                status: a.status,
                round_id: a.round_id,
                rules_version: a.rules_version,
            },
            scale_max: case.rules.score_scale_max,
            criteria: case.rules.criteria.clone(),
            withheld: view.withheld,
            assignments: view.assignments,
            scores: view.scores,
            consensus: view.consensus,
            consensus_requests: view.consensus_requests,
            notes: view.notes,
            assessment: view.assessment,
            spread: view.spread,
        }
    }
}

/// A recorded request for a consensus.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
pub struct ConsensusRequestDto(pub ConsensusRequest);

/// A private note or reply.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
pub struct NoteDto(pub Note);

/// An assessor's assignment to an application.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
pub struct AssignmentDto(pub Assignment);

/// The assignments one call made, and (for one application) all of its assignments now.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssignedDto {
    /// The assignments that are new; repeating an assignment changes nothing.
    pub assigned: Vec<Assignment>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignments: Option<Vec<Assignment>>,
}

/// The scheme or round of a queued application, in brief.
#[derive(Debug, Serialize, ToSchema)]
pub struct QueueSchemeDto {
    pub id: i64,
    pub code: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QueueRoundDto {
    pub id: i64,
    pub number: u32,
}

/// An application in the assessor's queue, with their progress.
#[derive(Debug, Serialize, ToSchema)]
pub struct QueueItemDto {
    pub application_id: i64,
    pub case_number: Option<String>,
    pub title: String,
    pub application_status: ApplicationStatus,
    pub scheme: QueueSchemeDto,
    pub round: QueueRoundDto,
    /// RFC 3339.
    pub assigned_at: Option<String>,
    /// The conflict of interest, declared or found at assignment.
    pub conflict: Option<Conflict>,
    /// How many criteria the assessor has scored.
    pub scored: u32,
    pub criteria: u32,
    pub complete: bool,
}

impl From<QueueItem> for QueueItemDto {
    fn from(q: QueueItem) -> Self {
        QueueItemDto {
            application_id: q.assignment.application_id,
            case_number: q.case_number,
            title: q.title,
            application_status: q.application_status,
            scheme: QueueSchemeDto {
                id: q.scheme_id,
                code: q.scheme_code,
            },
            round: QueueRoundDto {
                id: q.round_id,
                number: q.round_number,
            },
            assigned_at: q
                .assignment
                .assigned_at
                .format(&time::format_description::well_known::Rfc3339)
                .ok(),
            conflict: q.assignment.conflict,
            scored: q.scored,
            criteria: q.criteria,
            complete: q.criteria > 0 && q.scored >= q.criteria,
        }
    }
}

/// The assessor's queue.
#[derive(Debug, Serialize, ToSchema)]
pub struct QueueDto {
    pub items: Vec<QueueItemDto>,
}

/// A round's ranking, best first, with the line at the round's target.
#[derive(Serialize, ToSchema)]
#[serde(transparent)]
pub struct RankingDto(pub RoundRanking);
