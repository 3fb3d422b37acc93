//! The one status of a case, derived from its facts: the application's own status, its
//! screening, any open question, the assessors' progress and the decision. Every page, list,
//! export, API answer and notification shows this status, so that no two places can
//! disagree (a decided case is never "submitted" in one list and "approved" in another).
//!
//! The order a case follows is: submitted → in screening → (awaiting clarification) → in
//! assessment → ready for decision → approved or rejected. An open question always comes
//! first, because the case then waits for the applicant, whatever else is done.

use serde::{Deserialize, Serialize};

use crate::application::ApplicationStatus;
use crate::decision::Outcome;
use crate::text::{all_values, unknown_name};

/// Where a case stands, as shown to people.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_case_status)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum CaseStatus {
    /// Being written by the applicant; the secretariat does not see it yet.
    Draft,
    /// Submitted, and nobody has started on it: a new submission.
    Submitted,
    /// The legal screening has begun but not every item of the checklist is judged.
    InScreening,
    /// A question of the secretariat waits for the applicant's answer.
    AwaitingClarification,
    /// Screened; the assessors are scoring (or are still to be assigned).
    InAssessment,
    /// Screened and assessed (submitted) by every assessor without a conflict (or screened
    /// with a conflict, which only a rejection can follow): the secretariat may decide.
    ReadyForDecision,
    Approved,
    Rejected,
    /// Withdrawn by the applicant before a decision.
    Withdrawn,
}

impl CaseStatus {
    pub const ALL: [CaseStatus; 9] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The Fluent id of the status's name (`case-status-in-screening`).
    pub fn message_id(self) -> String {
        format!("case-status-{}", self.as_str().replace('_', "-"))
    }

    /// Decided, withdrawn: nothing more happens to the case.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            CaseStatus::Approved | CaseStatus::Rejected | CaseStatus::Withdrawn
        )
    }

    /// Submitted and not yet decided or withdrawn: the secretariat's work.
    pub fn is_open_case(self) -> bool {
        !self.is_closed() && self != CaseStatus::Draft
    }
}

fn unknown_case_status(name: &str) -> String {
    unknown_name::<CaseStatus>("case status", name)
}

/// How far the legal screening has come.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScreeningProgress {
    /// The items of the checklist the case is screened against.
    pub items: u32,
    /// The items with a current judgement.
    pub judged: u32,
    /// Whether any current judgement is "conflict".
    pub conflict: bool,
}

impl ScreeningProgress {
    /// Every item of the checklist judged (an empty checklist needs no screening).
    pub fn complete(self) -> bool {
        self.judged >= self.items
    }

    pub fn started(self) -> bool {
        self.judged > 0
    }
}

/// How far the assessors have come: only assessors without a conflict count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssessmentProgress {
    /// Assessors assigned without a conflict of interest.
    pub assessors: u32,
    /// Of those, the ones who have submitted their own assessment.
    pub done: u32,
}

impl AssessmentProgress {
    /// At least one assessor, and every one of them done.
    pub fn complete(self) -> bool {
        self.assessors > 0 && self.done >= self.assessors
    }
}

/// The facts a case's status is derived from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseFacts {
    pub status: ApplicationStatus,
    pub screening: ScreeningProgress,
    /// A question of the secretariat is unanswered.
    pub open_clarification: bool,
    pub assessment: AssessmentProgress,
    pub decision: Option<Outcome>,
}

impl CaseFacts {
    /// The status these facts amount to.
    pub fn status(&self) -> CaseStatus {
        case_status(self)
    }
}

/// Derives the status of a case from its facts. A decision settles it; before that an open
/// question makes the case wait for the applicant; then the screening, then the assessment.
pub fn case_status(facts: &CaseFacts) -> CaseStatus {
    match facts.status {
        ApplicationStatus::Draft => return CaseStatus::Draft,
        ApplicationStatus::Withdrawn => return CaseStatus::Withdrawn,
        ApplicationStatus::Submitted => {}
    }
    match facts.decision {
        Some(Outcome::Approved) => return CaseStatus::Approved,
        Some(Outcome::Rejected) => return CaseStatus::Rejected,
        None => {}
    }
    if facts.open_clarification {
        return CaseStatus::AwaitingClarification;
    }
    let screening = facts.screening;
    if !screening.complete() {
        return if screening.started() {
            CaseStatus::InScreening
        } else {
            CaseStatus::Submitted
        };
    }
    // A conflict found in screening leaves only a rejection: scoring would change nothing.
    if screening.conflict || facts.assessment.complete() {
        CaseStatus::ReadyForDecision
    } else {
        CaseStatus::InAssessment
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(status: ApplicationStatus) -> CaseFacts {
        CaseFacts {
            status,
            screening: ScreeningProgress {
                items: 3,
                judged: 0,
                conflict: false,
            },
            open_clarification: false,
            assessment: AssessmentProgress::default(),
            decision: None,
        }
    }

    fn submitted() -> CaseFacts {
        facts(ApplicationStatus::Submitted)
    }

    fn screened(mut f: CaseFacts) -> CaseFacts {
        f.screening.judged = f.screening.items;
        f
    }

    #[test]
    fn case_status_names_agree() {
        crate::text::tests::names_agree::<CaseStatus>();
        crate::text::tests::serde_reads_names::<CaseStatus>();
        assert_eq!(
            CaseStatus::AwaitingClarification.message_id(),
            "case-status-awaiting-clarification"
        );
    }

    #[test]
    fn a_draft_and_a_withdrawal_say_so_whatever_else_is_recorded() {
        let mut f = facts(ApplicationStatus::Draft);
        f.open_clarification = true;
        f.decision = Some(Outcome::Approved);
        assert_eq!(case_status(&f), CaseStatus::Draft);
        f.status = ApplicationStatus::Withdrawn;
        assert_eq!(case_status(&f), CaseStatus::Withdrawn);
        assert_eq!(
            case_status(&screened(facts(ApplicationStatus::Withdrawn))),
            CaseStatus::Withdrawn
        );
    }

    #[test]
    fn a_new_submission_is_submitted() {
        assert_eq!(case_status(&submitted()), CaseStatus::Submitted);
        // Scores given before the screening began do not move it on.
        let mut f = submitted();
        f.assessment = AssessmentProgress {
            assessors: 1,
            done: 1,
        };
        assert_eq!(case_status(&f), CaseStatus::Submitted);
    }

    #[test]
    fn a_begun_screening_is_in_screening() {
        let mut f = submitted();
        f.screening.judged = 1;
        assert_eq!(case_status(&f), CaseStatus::InScreening);
        f.screening.judged = 2;
        f.screening.conflict = true;
        assert_eq!(case_status(&f), CaseStatus::InScreening);
    }

    #[test]
    fn an_open_question_waits_for_the_applicant_at_any_stage() {
        for judged in [0, 1, 3] {
            let mut f = submitted();
            f.screening.judged = judged;
            f.open_clarification = true;
            assert_eq!(case_status(&f), CaseStatus::AwaitingClarification);
        }
        let mut f = screened(submitted());
        f.assessment = AssessmentProgress {
            assessors: 2,
            done: 2,
        };
        f.open_clarification = true;
        assert_eq!(case_status(&f), CaseStatus::AwaitingClarification);
    }

    #[test]
    fn a_screened_case_is_assessed_until_every_assessor_is_done() {
        let mut f = screened(submitted());
        assert_eq!(case_status(&f), CaseStatus::InAssessment, "none assigned");
        f.assessment = AssessmentProgress {
            assessors: 2,
            done: 0,
        };
        assert_eq!(case_status(&f), CaseStatus::InAssessment);
        f.assessment.done = 1;
        assert_eq!(case_status(&f), CaseStatus::InAssessment);
        f.assessment.done = 2;
        assert_eq!(case_status(&f), CaseStatus::ReadyForDecision);
    }

    #[test]
    fn an_empty_checklist_needs_no_screening() {
        let mut f = submitted();
        f.screening.items = 0;
        assert_eq!(case_status(&f), CaseStatus::InAssessment);
    }

    #[test]
    fn a_screening_conflict_is_ready_for_a_decision() {
        let mut f = screened(submitted());
        f.screening.conflict = true;
        assert_eq!(case_status(&f), CaseStatus::ReadyForDecision);
    }

    #[test]
    fn a_decision_settles_the_case() {
        for (outcome, status) in [
            (Outcome::Approved, CaseStatus::Approved),
            (Outcome::Rejected, CaseStatus::Rejected),
        ] {
            for f in [submitted(), screened(submitted())] {
                let mut f = f;
                f.decision = Some(outcome);
                f.open_clarification = true;
                assert_eq!(case_status(&f), status);
                assert!(status.is_closed());
            }
        }
    }

    #[test]
    fn open_and_closed_cases() {
        assert!(!CaseStatus::Draft.is_open_case());
        assert!(CaseStatus::Submitted.is_open_case());
        assert!(CaseStatus::ReadyForDecision.is_open_case());
        assert!(!CaseStatus::Withdrawn.is_open_case());
        assert!(CaseStatus::Withdrawn.is_closed());
    }
}
