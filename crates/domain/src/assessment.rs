//! The assessment workflow's rules: assessors assigned to applications, conflicts of
//! interest (declared or found from the assessor's employer), who may score and who may see
//! the scores and the private notes, and how stored scores become the input of
//! [`crate::scoring::assess`].
//!
//! The arithmetic itself lives in [`crate::scoring`]; this module decides who takes part.

use std::collections::BTreeMap;

use serde::Serialize;
use time::OffsetDateTime;

use crate::application::Application;
use crate::scoring::{AssessorScores, Score};
use crate::text::{FieldError, Problem, all_values, check_text, clean, unknown_name};
use crate::user::Role;

/// The longest reason for a declared conflict and the longest note.
pub const MAX_REASON_CHARS: usize = 2_000;
pub const MAX_NOTE_CHARS: usize = 10_000;

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
}

impl Assignment {
    pub fn conflicted(&self) -> bool {
        self.conflict.is_some()
    }
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
    /// The secretariat: every score, the consensus, the notes.
    Secretariat,
    /// An assigned assessor without a conflict: their own scores, the others' scores, the
    /// notes.
    Assessor,
    /// An assigned assessor with a conflict: only their own assignment, to see the
    /// conflict recorded.
    Conflicted,
}

impl AssessmentAccess {
    /// May score as an assessor.
    pub fn may_score(self) -> Result<(), AssessmentDenied> {
        match self {
            AssessmentAccess::Assessor => Ok(()),
            AssessmentAccess::Conflicted => Err(AssessmentDenied::ConflictOfInterest),
            AssessmentAccess::Secretariat => Err(AssessmentDenied::NotAssigned),
        }
    }

    /// May see every assessor's scores, the computed assessment and the notes.
    pub fn may_see_scores(self) -> Result<(), AssessmentDenied> {
        match self {
            AssessmentAccess::Secretariat | AssessmentAccess::Assessor => Ok(()),
            AssessmentAccess::Conflicted => Err(AssessmentDenied::ConflictOfInterest),
        }
    }
}

/// Why an assessment was closed to a visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AssessmentDenied {
    #[error("you are not assigned to assess this application")]
    NotAssigned,
    #[error("you have a conflict of interest on this application")]
    ConflictOfInterest,
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
            Some(_) => Ok(AssessmentAccess::Assessor),
            None => Err(AssessmentDenied::NotAssigned),
        },
        Role::Applicant | Role::Researcher => Err(AssessmentDenied::NotAssigned),
    }
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
        }
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
            assignment(5, None),
            assignment(6, Some(ConflictSource::Declared)),
        ];
        let free = access(Role::Assessor, 5, &assignments).unwrap();
        assert!(free.may_score().is_ok() && free.may_see_scores().is_ok());
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
            access(Role::Assessor, 7, &assignments),
            Err(AssessmentDenied::NotAssigned)
        );
        let admin = access(Role::Admin, 1, &assignments).unwrap();
        assert!(admin.may_see_scores().is_ok());
        assert_eq!(admin.may_score(), Err(AssessmentDenied::NotAssigned));
        assert!(access(Role::Applicant, 5, &assignments).is_err());
        assert_eq!(reading_assessors(&assignments), [5]);
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
