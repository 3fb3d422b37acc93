//! The assessment workflow's rules: assessors assigned to applications, conflicts of
//! interest (declared or found from the assessor's employer), who may score and who may see
//! the scores and the private notes, and how stored scores become the input of
//! [`crate::scoring::assess`].
//!
//! Assessment is blind and independent. An assigned assessor first states that they have
//! no conflict of interest in the case (or declares one); until then nothing of the
//! case's assessment is shown to them. They then score on their own, seeing only their own
//! scores, and submit; only after submitting do they see the others' scores, comments,
//! notes, the consensus and the result, and their own scores are fixed.
//! [`AssessmentAccess`] says where an assessor stands, [`AssessmentRecord::shown_to`]
//! what each may see. The secretariat sees everything and may ask the assessors for a
//! consensus ([`ConsensusRequest`]).
//!
//! The arithmetic itself lives in [`crate::scoring`]; this module decides who takes part.

use std::collections::BTreeMap;

use serde::Serialize;
use time::OffsetDateTime;

use crate::application::Application;
use crate::scheme::Rules;
use crate::scoring::{AssessorScores, Score};
use crate::text::{FieldError, Problem, all_values, check_text, clean, unknown_name};
use crate::user::Role;

/// The longest reason for a declared conflict and the longest note.
pub const MAX_REASON_CHARS: usize = 2_000;
pub const MAX_NOTE_CHARS: usize = 10_000;
/// The longest message of a request for a consensus.
pub const MAX_REQUEST_CHARS: usize = 2_000;

/// How a conflict of interest became known.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_conflict_source)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ConflictSource {
    /// The assessor declared it, with a reason.
    Declared,
    /// The assessor's organisation is the lead or a member of the application: found
    /// automatically when the assessor was assigned.
    Employment,
}

impl ConflictSource {
    pub const ALL: [ConflictSource; 2] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_conflict_source(name: &str) -> String {
    unknown_name::<ConflictSource>("conflict source", name)
}

/// A known conflict of interest on one assignment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Conflict {
    pub source: ConflictSource,
    pub reason: String,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

/// One assessor assigned to one application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Assignment {
    pub application_id: i64,
    pub assessor_id: i64,
    pub assessor_name: String,
    pub assigned_by: Option<i64>,
    #[serde(with = "time::serde::rfc3339")]
    pub assigned_at: OffsetDateTime,
    pub conflict: Option<Conflict>,
    /// When the assessor stated that they have no conflict of interest in the case.
    #[serde(with = "time::serde::rfc3339::option")]
    pub no_conflict_stated_at: Option<OffsetDateTime>,
    /// When the assessor submitted their own assessment; their scores are fixed from then.
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
}

impl Assignment {
    pub fn conflicted(&self) -> bool {
        self.conflict.is_some()
    }

    /// The assessor has made their statement: no conflict, or a conflict declared (or
    /// found).
    pub fn stated(&self) -> bool {
        self.conflicted() || self.no_conflict_stated_at.is_some()
    }

    pub fn submitted(&self) -> bool {
        self.submitted_at.is_some()
    }
}

/// The secretariat's request that the assessors agree on a consensus, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsensusRequest {
    pub id: i64,
    pub application_id: i64,
    pub requested_by: Option<i64>,
    pub requested_by_name: Option<String>,
    /// What the secretariat asks of the assessors; may be empty.
    pub message: String,
    #[serde(with = "time::serde::rfc3339")]
    pub requested_at: OffsetDateTime,
}

/// An assignment to be made, with the conflict found at assignment time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAssignment {
    pub application_id: i64,
    pub assessor_id: i64,
    pub conflict: Option<(ConflictSource, String)>,
}

/// The employment conflict of an assessor whose organisation is `assessor_organisation`:
/// the lead or a network member of the application. Returns the reason to record.
pub fn employment_conflict(
    assessor_organisation: Option<i64>,
    application: &Application,
) -> Option<String> {
    let org = assessor_organisation?;
    application
        .participants()
        .into_iter()
        .find(|p| p.id == org)
        .map(|p| {
            let part = if p.id == application.lead.id {
                "lead"
            } else {
                "member"
            };
            format!("employed by {} ({part} of the application)", p.name)
        })
}

/// One stored score of one assessor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StoredScore {
    pub application_id: i64,
    pub assessor_id: i64,
    pub criterion: String,
    pub score: i64,
    pub comment: String,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// One consensus score of the secretariat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsensusScore {
    pub application_id: i64,
    pub criterion: String,
    pub score: i64,
    pub comment: String,
    pub set_by: Option<i64>,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

impl ConsensusScore {
    pub fn score(&self) -> Score {
        Score {
            criterion: self.criterion.clone(),
            score: self.score,
            comment: self.comment.clone(),
        }
    }
}

/// A private note on an application, possibly a reply to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Note {
    pub id: i64,
    pub application_id: i64,
    pub parent_id: Option<i64>,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub body: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// The scores that count for one application: those of the assessors assigned without a
/// conflict, each in the order of assignment, including assessors who scored nothing yet
/// (so that their missing scores show). Scores of conflicted or unassigned assessors are
/// left out.
pub fn counted_scores(assignments: &[Assignment], scores: &[StoredScore]) -> Vec<AssessorScores> {
    assignments
        .iter()
        .filter(|a| !a.conflicted())
        .map(|a| AssessorScores {
            assessor_id: a.assessor_id,
            scores: scores
                .iter()
                .filter(|s| s.assessor_id == a.assessor_id && s.application_id == a.application_id)
                .map(|s| Score {
                    criterion: s.criterion.clone(),
                    score: s.score,
                    comment: s.comment.clone(),
                })
                .collect(),
        })
        .collect()
}

/// Groups rows by application id, keeping their order.
pub fn by_application<T, F: Fn(&T) -> i64>(rows: Vec<T>, key: F) -> BTreeMap<i64, Vec<T>> {
    let mut map: BTreeMap<i64, Vec<T>> = BTreeMap::new();
    for row in rows {
        map.entry(key(&row)).or_default().push(row);
    }
    map
}

/// What a visitor may do with an application's assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssessmentAccess {
    /// The secretariat: every score, the consensus, the notes, the spread.
    Secretariat,
    /// An assigned assessor without a known conflict who has not yet stated that they have
    /// none: nothing of the assessment is shown until they state it or declare a conflict.
    StatementRequired,
    /// An assessor who stated that they have no conflict and has not yet submitted their
    /// assessment: they score, and see only their own scores.
    Scoring,
    /// An assessor who has submitted their assessment: every score that counts, the
    /// consensus and the notes; their own scores are fixed.
    Submitted,
    /// An assigned assessor with a conflict: only their own assignment, to see the
    /// conflict recorded.
    Conflicted,
}

/// Why part of an application's assessment is withheld from an assessor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Withheld {
    /// Nothing is shown before the statement on conflicts of interest.
    ConflictStatementRequired,
    /// Only the assessor's own scores are shown until they submit their assessment.
    OwnAssessmentNotSubmitted,
    /// A conflicted assessor sees only their own assignment.
    ConflictOfInterest,
}

impl AssessmentAccess {
    /// May score as an assessor.
    pub fn may_score(self) -> Result<(), AssessmentDenied> {
        match self {
            AssessmentAccess::Scoring => Ok(()),
            AssessmentAccess::StatementRequired => Err(AssessmentDenied::StatementRequired),
            AssessmentAccess::Submitted => Err(AssessmentDenied::AlreadySubmitted),
            AssessmentAccess::Conflicted => Err(AssessmentDenied::ConflictOfInterest),
            AssessmentAccess::Secretariat => Err(AssessmentDenied::NotAssigned),
        }
    }

    /// May state that they have no conflict of interest: an assigned assessor without a
    /// conflict (stating again changes nothing).
    pub fn may_state(self) -> Result<(), AssessmentDenied> {
        match self {
            AssessmentAccess::StatementRequired
            | AssessmentAccess::Scoring
            | AssessmentAccess::Submitted => Ok(()),
            AssessmentAccess::Conflicted => Err(AssessmentDenied::ConflictOfInterest),
            AssessmentAccess::Secretariat => Err(AssessmentDenied::NotAssigned),
        }
    }

    /// May see every assessor's scores, the computed assessment and the notes.
    pub fn may_see_scores(self) -> Result<(), AssessmentDenied> {
        match self.withheld() {
            None => Ok(()),
            Some(Withheld::ConflictStatementRequired) => Err(AssessmentDenied::StatementRequired),
            Some(Withheld::OwnAssessmentNotSubmitted) => {
                Err(AssessmentDenied::OwnAssessmentNotSubmitted)
            }
            Some(Withheld::ConflictOfInterest) => Err(AssessmentDenied::ConflictOfInterest),
        }
    }

    /// May see the spread between the assessors and ask them for a consensus.
    pub fn may_see_spread(self) -> bool {
        self == AssessmentAccess::Secretariat
    }

    /// What is withheld from the visitor, if anything.
    pub fn withheld(self) -> Option<Withheld> {
        match self {
            AssessmentAccess::Secretariat | AssessmentAccess::Submitted => None,
            AssessmentAccess::StatementRequired => Some(Withheld::ConflictStatementRequired),
            AssessmentAccess::Scoring => Some(Withheld::OwnAssessmentNotSubmitted),
            AssessmentAccess::Conflicted => Some(Withheld::ConflictOfInterest),
        }
    }
}

/// Why an assessment was closed to a visitor, or a step of it refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AssessmentDenied {
    #[error("you are not assigned to assess this application")]
    NotAssigned,
    #[error("you have a conflict of interest on this application")]
    ConflictOfInterest,
    #[error(
        "state first that you have no conflict of interest in this case, or declare the conflict"
    )]
    StatementRequired,
    #[error("submit your own assessment before you read the other assessors' scores")]
    OwnAssessmentNotSubmitted,
    #[error("you have submitted your assessment; your scores can no longer be changed")]
    AlreadySubmitted,
    #[error("score every criterion before you submit your assessment")]
    Incomplete,
    /// An assessor who has submitted stays on the case: their assessment is on record.
    #[error(
        "the assessor has submitted their assessment and cannot be removed; their scores stay on record"
    )]
    AssessorHasSubmitted,
    /// A consensus sums up the assessors' work, so it waits for it.
    #[error(
        "a consensus can be recorded only after every assigned assessor without a conflict has submitted"
    )]
    AssessorsNotSubmitted,
}

impl AssessmentDenied {
    /// A stable machine code for the refusal.
    pub fn code(self) -> &'static str {
        match self {
            AssessmentDenied::NotAssigned => "not_assigned",
            AssessmentDenied::ConflictOfInterest => "conflict_of_interest",
            AssessmentDenied::StatementRequired => "conflict_statement_required",
            AssessmentDenied::OwnAssessmentNotSubmitted => "own_assessment_not_submitted",
            AssessmentDenied::AlreadySubmitted => "assessment_already_submitted",
            AssessmentDenied::Incomplete => "assessment_incomplete",
            AssessmentDenied::AssessorHasSubmitted => "assessor_has_submitted",
            AssessmentDenied::AssessorsNotSubmitted => "assessors_not_submitted",
        }
    }
}

/// Whether the secretariat may remove an assignment. An assessor who has submitted
/// stays: their assessment is part of the case's record, and removing them would change
/// the total after the fact. A conflicted assessor stays too (the store keeps the
/// conflict on record), and their scores never count.
pub fn may_remove(assignment: &Assignment) -> Result<(), AssessmentDenied> {
    if assignment.submitted() && !assignment.conflicted() {
        return Err(AssessmentDenied::AssessorHasSubmitted);
    }
    Ok(())
}

/// Whether a consensus may be recorded: at least one assessor assigned without a conflict,
/// and every such assessor has submitted. Clearing a consensus is always allowed.
pub fn may_record_consensus(assignments: &[Assignment]) -> Result<(), AssessmentDenied> {
    let mut counted = assignments.iter().filter(|a| !a.conflicted()).peekable();
    if counted.peek().is_none() || !counted.all(Assignment::submitted) {
        return Err(AssessmentDenied::AssessorsNotSubmitted);
    }
    Ok(())
}

/// Decides a signed-in visitor's access to an application's assessment from their role and
/// the application's assignments.
pub fn access(
    role: Role,
    user_id: i64,
    assignments: &[Assignment],
) -> Result<AssessmentAccess, AssessmentDenied> {
    match role {
        Role::Admin => Ok(AssessmentAccess::Secretariat),
        Role::Assessor => match assignments.iter().find(|a| a.assessor_id == user_id) {
            Some(a) if a.conflicted() => Ok(AssessmentAccess::Conflicted),
            Some(a) if a.no_conflict_stated_at.is_none() => Ok(AssessmentAccess::StatementRequired),
            Some(a) if !a.submitted() => Ok(AssessmentAccess::Scoring),
            Some(_) => Ok(AssessmentAccess::Submitted),
            None => Err(AssessmentDenied::NotAssigned),
        },
        Role::Applicant | Role::Researcher => Err(AssessmentDenied::NotAssigned),
    }
}

/// Everything recorded of an application's assessment, before it is cut to what a
/// visitor may see.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssessmentRecord {
    pub assignments: Vec<Assignment>,
    pub scores: Vec<StoredScore>,
    pub consensus: Vec<ConsensusScore>,
    pub notes: Vec<Note>,
    pub consensus_requests: Vec<ConsensusRequest>,
}

impl AssessmentRecord {
    /// What `viewer` may see with `access`. The secretariat sees everything. An assessor
    /// who has submitted sees the scores that count (those of assessors without a
    /// conflict), the consensus, the notes, the requests for a consensus and every
    /// assignment, but no one else's reason for a conflict. An assessor still scoring sees
    /// their own assignment and scores only: no one else's scores, comments or progress,
    /// and that a consensus was asked for, without the secretariat's message. Before the
    /// statement, and with a conflict, only their own assignment.
    pub fn shown_to(self, access: AssessmentAccess, viewer: i64) -> AssessmentRecord {
        let own_assignment = |assignments: Vec<Assignment>| -> Vec<Assignment> {
            assignments
                .into_iter()
                .filter(|a| a.assessor_id == viewer)
                .collect()
        };
        match access {
            AssessmentAccess::Secretariat => self,
            AssessmentAccess::Submitted => {
                let counted = reading_assessors(&self.assignments);
                AssessmentRecord {
                    scores: self
                        .scores
                        .into_iter()
                        .filter(|s| counted.contains(&s.assessor_id))
                        .collect(),
                    assignments: self
                        .assignments
                        .into_iter()
                        .map(|mut a| {
                            if a.assessor_id != viewer
                                && let Some(conflict) = a.conflict.as_mut()
                            {
                                conflict.reason.clear();
                            }
                            a
                        })
                        .collect(),
                    ..self
                }
            }
            AssessmentAccess::Scoring => AssessmentRecord {
                assignments: own_assignment(self.assignments),
                scores: self
                    .scores
                    .into_iter()
                    .filter(|s| s.assessor_id == viewer)
                    .collect(),
                // The message may speak of the others' scores.
                consensus_requests: self
                    .consensus_requests
                    .into_iter()
                    .map(|mut r| {
                        r.message.clear();
                        r
                    })
                    .collect(),
                ..AssessmentRecord::default()
            },
            AssessmentAccess::StatementRequired | AssessmentAccess::Conflicted => {
                AssessmentRecord {
                    assignments: own_assignment(self.assignments),
                    ..AssessmentRecord::default()
                }
            }
        }
    }
}

/// Whether an assessor's own scores may be submitted: every criterion of the rules scored.
pub fn check_submission(rules: &Rules, own: &[StoredScore]) -> Result<(), AssessmentDenied> {
    if rules
        .criteria
        .iter()
        .all(|c| own.iter().any(|s| s.criterion == c.name))
    {
        Ok(())
    } else {
        Err(AssessmentDenied::Incomplete)
    }
}

/// The message of a request for a consensus: cleaned, optional, within
/// [`MAX_REQUEST_CHARS`].
pub fn request_message(field: &str, value: &str) -> Result<String, FieldError> {
    let text = clean(value).trim().to_owned();
    check_text(field, &text, MAX_REQUEST_CHARS)?;
    Ok(text)
}

/// The ids of the assessors assigned without a conflict: they may read the application.
pub fn reading_assessors(assignments: &[Assignment]) -> Vec<i64> {
    assignments
        .iter()
        .filter(|a| !a.conflicted())
        .map(|a| a.assessor_id)
        .collect()
}

/// A declared conflict's reason or a note's text, cleaned, required and within `max`.
pub fn required_text(field: &str, value: &str, max: usize) -> Result<String, FieldError> {
    let text = clean(value).trim().to_owned();
    if text.is_empty() {
        return Err(FieldError::new(field, Problem::Required));
    }
    check_text(field, &text, max)?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::{ApplicationContent, ApplicationStatus};
    use crate::country::Country;
    use crate::organisation::OrganisationRef;

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn conflict_source_names_agree() {
        crate::text::tests::names_agree::<ConflictSource>();
        assert_eq!(
            "x".parse::<ConflictSource>().unwrap_err().to_string(),
            "unknown conflict source \"x\": expected declared or employment"
        );
    }

    fn org(id: i64) -> OrganisationRef {
        OrganisationRef {
            id,
            country: Country::Dk,
            code: id.to_string(),
            name: format!("Kommune {id}"),
        }
    }

    fn application() -> Application {
        Application {
            id: 1,
            scheme_id: 1,
            round_id: 1,
            lead: org(10),
            members: vec![org(11)],
            status: ApplicationStatus::Submitted,
            version: 1,
            case_number: Some("DK-1".into()),
            content: ApplicationContent::default(),
            created_at: OffsetDateTime::UNIX_EPOCH,
            updated_at: OffsetDateTime::UNIX_EPOCH,
            submitted_at: None,
            withdrawn_at: None,
            rules_version: Some(1),
            eligibility: None,
        }
    }

    fn assignment(assessor_id: i64, conflict: Option<ConflictSource>) -> Assignment {
        Assignment {
            application_id: 1,
            assessor_id,
            assessor_name: format!("Assessor {assessor_id}"),
            assigned_by: Some(1),
            assigned_at: OffsetDateTime::UNIX_EPOCH,
            conflict: conflict.map(|source| Conflict {
                source,
                reason: "r".into(),
                at: OffsetDateTime::UNIX_EPOCH,
            }),
            no_conflict_stated_at: None,
            submitted_at: None,
        }
    }

    /// An assignment whose assessor stated no conflict and, if `submitted`, submitted.
    fn stated(assessor_id: i64, submitted: bool) -> Assignment {
        Assignment {
            no_conflict_stated_at: Some(OffsetDateTime::UNIX_EPOCH),
            submitted_at: submitted.then_some(OffsetDateTime::UNIX_EPOCH),
            ..assignment(assessor_id, None)
        }
    }

    fn stored(assessor_id: i64, criterion: &str, score: i64) -> StoredScore {
        StoredScore {
            application_id: 1,
            assessor_id,
            criterion: criterion.into(),
            score,
            comment: format!("comment of {assessor_id}"),
            updated_at: OffsetDateTime::UNIX_EPOCH,
        }
    }

    /// A submitted assessor stays on record; one still scoring may be removed.
    #[test]
    fn a_submitted_assessor_is_not_removed() {
        assert_eq!(
            may_remove(&stated(5, true)),
            Err(AssessmentDenied::AssessorHasSubmitted)
        );
        assert_eq!(may_remove(&stated(5, false)), Ok(()));
        assert_eq!(may_remove(&assignment(7, None)), Ok(()));
    }

    /// A consensus waits for every unconflicted assessor; a conflicted one does not count.
    #[test]
    fn a_consensus_waits_for_the_assessors() {
        let refused = Err(AssessmentDenied::AssessorsNotSubmitted);
        assert_eq!(may_record_consensus(&[]), refused);
        assert_eq!(
            may_record_consensus(&[assignment(6, Some(ConflictSource::Declared))]),
            refused
        );
        assert_eq!(
            may_record_consensus(&[stated(5, true), stated(8, false)]),
            refused
        );
        assert_eq!(
            may_record_consensus(&[
                stated(5, true),
                assignment(6, Some(ConflictSource::Declared))
            ]),
            Ok(())
        );
    }

    #[test]
    fn employment_by_lead_or_member_is_a_conflict() {
        let a = application();
        assert!(employment_conflict(Some(10), &a).unwrap().contains("lead"));
        assert!(
            employment_conflict(Some(11), &a)
                .unwrap()
                .contains("member")
        );
        assert_eq!(employment_conflict(Some(12), &a), None);
        assert_eq!(employment_conflict(None, &a), None);
    }

    #[test]
    fn who_may_score_and_see_scores() {
        let assignments = [
            stated(5, false),
            assignment(6, Some(ConflictSource::Declared)),
            assignment(7, None),
            stated(8, true),
        ];
        let scoring = access(Role::Assessor, 5, &assignments).unwrap();
        assert_eq!(scoring, AssessmentAccess::Scoring);
        assert!(scoring.may_score().is_ok());
        assert_eq!(
            scoring.may_see_scores(),
            Err(AssessmentDenied::OwnAssessmentNotSubmitted)
        );
        let conflicted = access(Role::Assessor, 6, &assignments).unwrap();
        assert_eq!(
            conflicted.may_score(),
            Err(AssessmentDenied::ConflictOfInterest)
        );
        assert_eq!(
            conflicted.may_see_scores(),
            Err(AssessmentDenied::ConflictOfInterest)
        );
        assert_eq!(
            conflicted.may_state(),
            Err(AssessmentDenied::ConflictOfInterest)
        );
        // Assigned, no statement yet: nothing but the statement.
        let unstated = access(Role::Assessor, 7, &assignments).unwrap();
        assert_eq!(unstated, AssessmentAccess::StatementRequired);
        assert_eq!(
            unstated.may_score(),
            Err(AssessmentDenied::StatementRequired)
        );
        assert_eq!(
            unstated.may_see_scores(),
            Err(AssessmentDenied::StatementRequired)
        );
        assert!(unstated.may_state().is_ok());
        let submitted = access(Role::Assessor, 8, &assignments).unwrap();
        assert_eq!(submitted, AssessmentAccess::Submitted);
        assert!(submitted.may_see_scores().is_ok());
        assert_eq!(
            submitted.may_score(),
            Err(AssessmentDenied::AlreadySubmitted)
        );
        assert!(!submitted.may_see_spread());
        assert_eq!(
            access(Role::Assessor, 9, &assignments),
            Err(AssessmentDenied::NotAssigned)
        );
        let admin = access(Role::Admin, 1, &assignments).unwrap();
        assert!(admin.may_see_scores().is_ok() && admin.may_see_spread());
        assert_eq!(admin.may_score(), Err(AssessmentDenied::NotAssigned));
        assert!(access(Role::Applicant, 5, &assignments).is_err());
        assert_eq!(reading_assessors(&assignments), [5, 7, 8]);
    }

    fn record() -> AssessmentRecord {
        AssessmentRecord {
            assignments: vec![
                stated(5, false),
                assignment(6, Some(ConflictSource::Declared)),
                assignment(7, None),
                stated(8, true),
            ],
            scores: vec![stored(5, "c", 1), stored(6, "c", 2), stored(8, "c", 5)],
            consensus: vec![ConsensusScore {
                application_id: 1,
                criterion: "c".into(),
                score: 3,
                comment: String::new(),
                set_by: Some(1),
                updated_at: OffsetDateTime::UNIX_EPOCH,
            }],
            notes: vec![Note {
                id: 1,
                application_id: 1,
                parent_id: None,
                author_id: Some(8),
                author_name: None,
                body: "5 is too generous".into(),
                created_at: OffsetDateTime::UNIX_EPOCH,
            }],
            consensus_requests: vec![ConsensusRequest {
                id: 1,
                application_id: 1,
                requested_by: Some(1),
                requested_by_name: None,
                message: "Meet on Monday".into(),
                requested_at: OffsetDateTime::UNIX_EPOCH,
            }],
        }
    }

    /// Before the statement nothing is shown; while scoring only one's own; after
    /// submitting everything that counts; the secretariat everything.
    #[test]
    fn what_each_visitor_is_shown() {
        let before = record().shown_to(AssessmentAccess::StatementRequired, 7);
        assert_eq!(before.assignments.len(), 1);
        assert_eq!(before.assignments[0].assessor_id, 7);
        assert!(before.scores.is_empty() && before.consensus.is_empty());
        assert!(before.notes.is_empty() && before.consensus_requests.is_empty());

        let scoring = record().shown_to(AssessmentAccess::Scoring, 5);
        assert_eq!(scoring.assignments.len(), 1);
        assert_eq!(scoring.scores, [stored(5, "c", 1)]);
        assert!(scoring.consensus.is_empty() && scoring.notes.is_empty());
        assert_eq!(scoring.consensus_requests.len(), 1);
        assert_eq!(scoring.consensus_requests[0].message, "");

        let conflicted = record().shown_to(AssessmentAccess::Conflicted, 6);
        assert_eq!(conflicted.assignments.len(), 1);
        assert!(conflicted.scores.is_empty());

        let submitted = record().shown_to(AssessmentAccess::Submitted, 8);
        assert_eq!(submitted.assignments.len(), 4);
        // The conflicted assessor's score does not count; their reason is not shown.
        assert_eq!(submitted.scores, [stored(5, "c", 1), stored(8, "c", 5)]);
        assert_eq!(
            submitted.assignments[1].conflict.as_ref().unwrap().reason,
            ""
        );
        assert_eq!(submitted.notes.len(), 1);
        assert_eq!(submitted.consensus.len(), 1);
        assert_eq!(submitted.consensus_requests.len(), 1);

        assert_eq!(
            record().shown_to(AssessmentAccess::Secretariat, 1),
            record()
        );
    }

    #[test]
    fn what_is_withheld_has_a_stable_name() {
        let name = |w: Option<Withheld>| w.map(<&str>::from);
        assert_eq!(
            name(AssessmentAccess::StatementRequired.withheld()),
            Some("conflict_statement_required")
        );
        assert_eq!(
            name(AssessmentAccess::Scoring.withheld()),
            Some("own_assessment_not_submitted")
        );
        assert_eq!(AssessmentAccess::Submitted.withheld(), None);
        assert_eq!(
            AssessmentDenied::StatementRequired.code(),
            "conflict_statement_required"
        );
    }

    #[test]
    fn a_submission_needs_every_criterion() {
        let criterion = |name: &str| crate::scheme::Criterion {
            name: name.into(),
            description: String::new(),
            weight: 1.0,
        };
        let rules = Rules {
            criteria: vec![criterion("a"), criterion("b")],
            ..Rules::default()
        };
        assert_eq!(
            check_submission(&rules, &[stored(5, "a", 1)]),
            Err(AssessmentDenied::Incomplete)
        );
        assert!(check_submission(&rules, &[stored(5, "a", 1), stored(5, "b", 0)]).is_ok());
    }

    #[test]
    fn only_unconflicted_assessors_scores_count() {
        let assignments = [
            assignment(5, None),
            assignment(6, Some(ConflictSource::Employment)),
            assignment(8, None),
        ];
        let stored = |assessor_id: i64, score: i64| StoredScore {
            application_id: 1,
            assessor_id,
            criterion: "c".into(),
            score,
            comment: String::new(),
            updated_at: OffsetDateTime::UNIX_EPOCH,
        };
        // Assessor 9 was unassigned after scoring; 6 is conflicted; 8 has not scored.
        let counted = counted_scores(&assignments, &[stored(5, 4), stored(6, 1), stored(9, 0)]);
        assert_eq!(counted.len(), 2);
        assert_eq!(counted[0].assessor_id, 5);
        assert_eq!(counted[0].scores[0].score, 4);
        assert_eq!(counted[1].assessor_id, 8);
        assert!(counted[1].scores.is_empty());
    }

    #[test]
    fn reasons_are_required_and_bounded() {
        assert_eq!(
            required_text("reason", "  \r\n", 10).unwrap_err().code(),
            "field_required"
        );
        assert_eq!(
            required_text("reason", &"x".repeat(11), 10)
                .unwrap_err()
                .code(),
            "field_too_long"
        );
        assert_eq!(required_text("reason", " ok ", 10).unwrap(), "ok");
    }
}
