//! The review of a submitted application: the clarification thread between the secretariat
//! and the applicant, and the stage the review has reached. While a question is unanswered
//! the application waits for the applicant; the round's deadline does not apply to answers.
//! During an open clarification the requested exemptions may be amended, and each amendment
//! is described field by field for the journal.

use serde::Serialize;
use serde_json::{Map, Value};
use time::OffsetDateTime;

use crate::application::{ApplicationStatus, RequestedExemption};
use crate::text::{FieldError, Problem, check_text, clean};

/// The longest question or answer, in characters.
pub const MAX_MESSAGE: usize = 10_000;

/// One question of the secretariat and, once given, the applicant's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Clarification {
    pub id: i64,
    pub application_id: i64,
    pub question: String,
    pub asked_by: Option<i64>,
    pub asked_by_name: Option<String>,
    pub asked_at: OffsetDateTime,
    pub answer: Option<String>,
    pub answered_by: Option<i64>,
    pub answered_by_name: Option<String>,
    pub answered_at: Option<OffsetDateTime>,
}

impl Clarification {
    pub fn is_open(&self) -> bool {
        self.answer.is_none()
    }
}

/// Checks a question or an answer: cleaned, required, not too long.
pub fn message(field: &str, text: &str) -> Result<String, FieldError> {
    let text = clean(text).trim().to_owned();
    if text.is_empty() {
        return Err(FieldError::new(field, Problem::Required));
    }
    check_text(field, &text, MAX_MESSAGE)?;
    Ok(text)
}

/// Whether any question of the thread is still unanswered.
pub fn awaiting_answer(thread: &[Clarification]) -> bool {
    thread.iter().any(Clarification::is_open)
}

/// Where the review of a submitted application stands, up to its decision.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_review_stage)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReviewStage {
    /// The secretariat and the assessors have it.
    UnderReview,
    /// A question waits for the applicant's answer.
    AwaitingClarification,
    /// Decided: approved, and a trial created.
    Approved,
    /// Decided: rejected.
    Rejected,
}

impl From<crate::decision::Outcome> for ReviewStage {
    fn from(outcome: crate::decision::Outcome) -> Self {
        match outcome {
            crate::decision::Outcome::Approved => ReviewStage::Approved,
            crate::decision::Outcome::Rejected => ReviewStage::Rejected,
        }
    }
}

impl ReviewStage {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_review_stage(name: &str) -> String {
    crate::text::unknown_name::<ReviewStage>("review stage", name)
}

/// The review stage of an application: only a submitted application is under review, and
/// it awaits clarification while a question is open.
pub fn review_stage(status: ApplicationStatus, thread: &[Clarification]) -> Option<ReviewStage> {
    match status {
        ApplicationStatus::Submitted if awaiting_answer(thread) => {
            Some(ReviewStage::AwaitingClarification)
        }
        ApplicationStatus::Submitted => Some(ReviewStage::UnderReview),
        ApplicationStatus::Draft | ApplicationStatus::Withdrawn => None,
    }
}

/// The requested exemptions as flat fields (`exemptions[0].reference`, …), so that a diff
/// names each changed field instead of saying only that the list changed.
fn flat(exemptions: &[RequestedExemption]) -> Value {
    let mut out = Map::new();
    for (i, e) in exemptions.iter().enumerate() {
        let mut put = |name: &str, value: Value| {
            out.insert(format!("exemptions[{i}].{name}"), value);
        };
        put("scope", Value::from(e.scope.as_str()));
        put("reference", Value::from(e.reference.clone()));
        put("desired_change", Value::from(e.desired_change.clone()));
        put("justification", Value::from(e.justification.clone()));
        put(
            "provision_id",
            e.provision_id.map_or(Value::Null, Value::from),
        );
    }
    Value::Object(out)
}

/// What an amendment of the requested exemptions changes, field by field, for the journal.
pub fn exemptions_diff(old: &[RequestedExemption], new: &[RequestedExemption]) -> Value {
    let mut changes = crate::journal::diff(&flat(old), &flat(new));
    if old.len() != new.len()
        && let Some(map) = changes.as_object_mut()
    {
        map.insert(
            "exemptions".into(),
            serde_json::json!({"from": old.len(), "to": new.len()}),
        );
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Serde, `Display` and parsing agree on every name.
    #[test]
    fn review_stage_names_agree() {
        crate::text::tests::names_agree::<ReviewStage>();
    }

    fn question(id: i64, answered: bool) -> Clarification {
        Clarification {
            id,
            application_id: 1,
            question: "Hvilke regler?".into(),
            asked_by: Some(1),
            asked_by_name: None,
            asked_at: OffsetDateTime::UNIX_EPOCH,
            answer: answered.then(|| "Disse.".into()),
            answered_by: None,
            answered_by_name: None,
            answered_at: None,
        }
    }

    #[test]
    fn the_stage_follows_the_thread() {
        use ApplicationStatus::*;
        assert_eq!(review_stage(Draft, &[]), None);
        assert_eq!(review_stage(Submitted, &[]), Some(ReviewStage::UnderReview));
        assert_eq!(
            review_stage(Submitted, &[question(1, true), question(2, false)]),
            Some(ReviewStage::AwaitingClarification)
        );
        assert_eq!(
            review_stage(Submitted, &[question(1, true)]),
            Some(ReviewStage::UnderReview)
        );
        assert_eq!(review_stage(Withdrawn, &[question(1, false)]), None);
    }

    #[test]
    fn messages_are_checked() {
        assert_eq!(message("question", " Hvorfor? \r\n").unwrap(), "Hvorfor?");
        assert_eq!(
            message("answer", "  ").unwrap_err().code(),
            "field_required"
        );
        let long = "x".repeat(MAX_MESSAGE + 1);
        assert_eq!(
            message("answer", &long).unwrap_err().code(),
            "field_too_long"
        );
    }

    #[test]
    fn an_amendment_names_each_changed_field() {
        let old = vec![RequestedExemption {
            reference: "serviceloven § 54".into(),
            ..Default::default()
        }];
        let mut new = old.clone();
        new.push(RequestedExemption {
            reference: "serviceloven § 141".into(),
            provision_id: Some(7),
            ..Default::default()
        });
        let d = exemptions_diff(&old, &new);
        assert_eq!(d["exemptions"], serde_json::json!({"from": 1, "to": 2}));
        assert_eq!(d["exemptions[1].reference"]["to"], "serviceloven § 141");
        assert_eq!(d["exemptions[1].provision_id"]["to"], 7);
        assert!(d.get("exemptions[0].reference").is_none());
        assert_eq!(exemptions_diff(&old, &old), serde_json::json!({}));
    }
}
