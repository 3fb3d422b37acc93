//! Registered research plans, kept as OSF and the AEA registry keep pre-registrations: a
//! plan of one trial, or of a whole scheme (a joint plan), written freely as a draft by the
//! researchers assigned to it, then registered — frozen as version 1 with its moment — and
//! from then on changed only by amendments, each a new numbered version with its reason.
//! Nothing of a registered plan is ever edited in place.
//!
//! Also here: what a plan holds and how it is checked ([`PlanContent::validate`]), which
//! fields two versions differ in ([`changed_fields`]), and whether the results under a plan
//! may be published on a day ([`embargo_lifted`]), which the evaluations ask.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::rule::{Broken, Refusal};
use crate::text::{
    FieldError, Problem, all_values, check_characters, check_name, check_text, clean, unknown_name,
};

/// The longest title.
pub const MAX_TITLE: usize = 300;
/// The longest research question.
pub const MAX_QUESTION: usize = 1_000;
/// The most research questions a plan lists.
pub const MAX_QUESTIONS: usize = 30;
/// The longest free text (other data, analysis, a reason).
pub const MAX_TEXT: usize = 20_000;
/// The most indicators a plan names.
pub const MAX_INDICATORS: usize = 200;

/// The research design a plan follows.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_design)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Design {
    /// The same measures before and after the trial.
    BeforeAfter,
    /// Trial municipalities against comparable ones that did not take part.
    ComparisonGroup,
    /// Units assigned to the trial by lot.
    Randomised,
    /// The change in the trial group against the change in a comparison group.
    DifferenceInDifferences,
    /// Figures and interviews or observation together.
    MixedMethods,
    /// An in-depth study of one or a few cases.
    QualitativeCaseStudy,
    Other,
}

impl Design {
    pub const ALL: [Design; 7] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_design(name: &str) -> String {
    unknown_name::<Design>("research design", name)
}

/// Where a plan is in its life.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PlanStatus {
    /// Written and rewritten by its researchers; seen only by them and the secretariat.
    Draft,
    /// Frozen and public; changed only by amendments.
    Registered,
}

impl PlanStatus {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// What a plan says: the same shape in a draft and in every registered version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanContent {
    pub title: String,
    /// The research questions, in order.
    pub questions: Vec<String>,
    pub design: Design,
    /// The trial's indicators the plan uses (none for a joint plan of a scheme).
    #[serde(default)]
    pub indicator_ids: Vec<i64>,
    /// Other data used: registers, surveys, interviews.
    #[serde(default)]
    pub other_data: String,
    /// The analysis planned.
    pub analysis: String,
    /// The day until which results under the plan are not published, if any.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub embargo_until: Option<Date>,
}

impl PlanContent {
    /// Checks and cleans a plan as its researchers write it: a title, at least one research
    /// question (blank lines dropped), the analysis, texts within their limits, and only
    /// indicators of the trial (`trial_indicators`; `None` for a scheme's joint plan, which
    /// names none).
    pub fn validate(mut self, trial_indicators: Option<&[i64]>) -> Result<PlanContent, PlanError> {
        self.title = clean(&self.title).trim().to_owned();
        check_name("title", &self.title).map_err(PlanError::Field)?;
        if self.title.is_empty() {
            return Err(PlanError::Field(FieldError::new(
                "title",
                Problem::Required,
            )));
        }
        check_text("title", &self.title, MAX_TITLE).map_err(PlanError::Field)?;
        let questions: Vec<String> = self
            .questions
            .iter()
            .map(|q| clean(q).trim().to_owned())
            .filter(|q| !q.is_empty())
            .collect();
        if questions.is_empty() {
            return Err(PlanError::Field(FieldError::new(
                "questions",
                Problem::Required,
            )));
        }
        if questions.len() > MAX_QUESTIONS {
            return Err(PlanError::Field(FieldError::new(
                "questions",
                Problem::TooMany { max: MAX_QUESTIONS },
            )));
        }
        for (i, q) in questions.iter().enumerate() {
            let field = format!("questions[{i}]");
            check_characters(&field, q, true).map_err(PlanError::Field)?;
            check_text(&field, q, MAX_QUESTION).map_err(PlanError::Field)?;
        }
        self.questions = questions;
        self.other_data = clean(&self.other_data).trim().to_owned();
        check_text("other_data", &self.other_data, MAX_TEXT).map_err(PlanError::Field)?;
        self.analysis = clean(&self.analysis).trim().to_owned();
        if self.analysis.is_empty() {
            return Err(PlanError::Field(FieldError::new(
                "analysis",
                Problem::Required,
            )));
        }
        check_text("analysis", &self.analysis, MAX_TEXT).map_err(PlanError::Field)?;
        if self.indicator_ids.len() > MAX_INDICATORS {
            return Err(PlanError::Field(FieldError::new(
                "indicator_ids",
                Problem::TooMany {
                    max: MAX_INDICATORS,
                },
            )));
        }
        self.indicator_ids.sort_unstable();
        self.indicator_ids.dedup();
        let allowed = trial_indicators.unwrap_or(&[]);
        if let Some(id) = self.indicator_ids.iter().find(|id| !allowed.contains(id)) {
            return Err(PlanError::UnknownIndicator { id: *id });
        }
        Ok(self)
    }
}

/// One of the fields of a plan, as a comparison of two versions names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, strum::IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PlanField {
    Title,
    Questions,
    Design,
    Indicators,
    OtherData,
    Analysis,
    Embargo,
}

impl PlanField {
    pub const ALL: [PlanField; 7] = [
        PlanField::Title,
        PlanField::Questions,
        PlanField::Design,
        PlanField::Indicators,
        PlanField::OtherData,
        PlanField::Analysis,
        PlanField::Embargo,
    ];

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The fields in which two versions of a plan differ, in the plan's order.
pub fn changed_fields(a: &PlanContent, b: &PlanContent) -> Vec<PlanField> {
    PlanField::ALL
        .into_iter()
        .filter(|field| match field {
            PlanField::Title => a.title != b.title,
            PlanField::Questions => a.questions != b.questions,
            PlanField::Design => a.design != b.design,
            PlanField::Indicators => a.indicator_ids != b.indicator_ids,
            PlanField::OtherData => a.other_data != b.other_data,
            PlanField::Analysis => a.analysis != b.analysis,
            PlanField::Embargo => a.embargo_until != b.embargo_until,
        })
        .collect()
}

/// Whether results under a plan may be public on `today` (the day in the scheme's
/// country): always without an embargo, else from the embargo's day on.
pub fn embargo_lifted(embargo: Option<Date>, today: Date) -> bool {
    embargo.is_none_or(|until| today >= until)
}

/// Whether an embargo date as written is refused: a date set or changed may not lie before
/// `today` (in the scheme's country), since holding results back until a day gone by says
/// nothing. The same date as `before` (an older version's, or the draft's as saved) stays
/// as history even once it has passed.
pub fn embargo_in_the_past(embargo: Option<Date>, before: Option<Date>, today: Date) -> bool {
    embargo.is_some_and(|until| until < today && embargo != before)
}

/// What a plan belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PlanOwner {
    /// One trial's plan.
    Trial(i64),
    /// A joint plan of a whole scheme.
    Scheme(i64),
}

/// A research plan as stored: its draft (or, once registered, its latest version's)
/// content, its status, and the version the forms carry so that two researchers do not
/// overwrite each other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResearchPlan {
    pub id: i64,
    pub owner: PlanOwner,
    /// The scheme of the trial, or the scheme itself for a joint plan.
    pub scheme_id: i64,
    pub status: PlanStatus,
    pub content: PlanContent,
    /// Counted up at every save, registration and amendment: the edit lock.
    pub version: i64,
    /// The number of its latest registered version; 0 while a draft.
    pub registered_version: i64,
    #[serde(with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub registered_at: Option<OffsetDateTime>,
    /// Who started it, by name.
    pub created_by: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub updated_at: OffsetDateTime,
}

impl ResearchPlan {
    /// The trial it belongs to, if it is a trial's.
    pub fn trial_id(&self) -> Option<i64> {
        match self.owner {
            PlanOwner::Trial(id) => Some(id),
            PlanOwner::Scheme(_) => None,
        }
    }
}

/// One frozen version of a registered plan: version 1 is the registration, each later one
/// an amendment with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanVersion {
    pub number: i64,
    pub content: PlanContent,
    /// Empty for the registration; why it changed for an amendment.
    pub reason: String,
    pub recorded_by: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub recorded_at: OffsetDateTime,
}

/// A step that writes a plan, checked by [`check_step`] against where the plan stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanStep<'a> {
    /// Rewrite the draft.
    SaveDraft,
    /// Freeze the draft as version 1.
    Register,
    /// A new version of a registered plan, with its reason.
    Amend { reason: &'a str },
}

/// What a step writes: the number of the new frozen version (none for a draft's save) and
/// the reason kept with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepOutcome {
    pub new_version: Option<i64>,
    pub reason: String,
}

/// Checks a step against the plan's status and latest registered version: a draft is saved
/// or registered (as version 1); a registered plan is only amended, never saved silently,
/// and an amendment needs a reason and must change something.
pub fn check_step(
    status: PlanStatus,
    registered_version: i64,
    current: &PlanContent,
    new: &PlanContent,
    step: PlanStep<'_>,
) -> Result<StepOutcome, PlanError> {
    match (status, step) {
        (PlanStatus::Draft, PlanStep::SaveDraft) => Ok(StepOutcome {
            new_version: None,
            reason: String::new(),
        }),
        (PlanStatus::Draft, PlanStep::Register) => Ok(StepOutcome {
            new_version: Some(1),
            reason: String::new(),
        }),
        (PlanStatus::Draft, PlanStep::Amend { .. }) => Err(PlanError::NotRegistered),
        (PlanStatus::Registered, PlanStep::SaveDraft | PlanStep::Register) => {
            Err(PlanError::AlreadyRegistered {
                version: registered_version,
            })
        }
        (PlanStatus::Registered, PlanStep::Amend { reason }) => {
            let reason = clean(reason).trim().to_owned();
            if reason.is_empty() {
                return Err(PlanError::ReasonRequired);
            }
            check_text("reason", &reason, MAX_TEXT).map_err(PlanError::Field)?;
            if changed_fields(current, new).is_empty() {
                return Err(PlanError::Unchanged);
            }
            Ok(StepOutcome {
                new_version: Some(registered_version + 1),
                reason,
            })
        }
    }
}

/// A refused step of a research plan.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("{0}")]
    Field(FieldError),
    /// An indicator that is not the trial's.
    #[error("indicator {id} is not one of the trial's indicators")]
    UnknownIndicator { id: i64 },
    /// A registered plan changes only by an amendment with a reason.
    #[error("an amendment of a registered plan needs a reason")]
    ReasonRequired,
    /// An amendment that changes nothing.
    #[error("the amendment changes nothing in the plan")]
    Unchanged,
    /// A registered plan is not edited or registered again.
    #[error("the plan is registered (version {version}): change it by an amendment with a reason")]
    AlreadyRegistered { version: i64 },
    /// Only a registered plan is amended; a draft is edited.
    #[error("the plan is still a draft: edit it, or register it")]
    NotRegistered,
    /// Registering freezes the plan, so it is confirmed first.
    #[error("confirm that registering freezes the plan")]
    RegisterUnconfirmed,
    /// A new embargo date before today.
    #[error("the embargo date lies before today ({today})")]
    EmbargoInThePast { today: Date },
}

impl Broken for PlanError {
    fn code(&self) -> &'static str {
        match self {
            PlanError::Field(e) => e.code(),
            PlanError::UnknownIndicator { .. } => "plan_unknown_indicator",
            PlanError::ReasonRequired => "plan_reason_required",
            PlanError::Unchanged => "plan_unchanged",
            PlanError::AlreadyRegistered { .. } => "plan_registered",
            PlanError::NotRegistered => "plan_not_registered",
            PlanError::RegisterUnconfirmed => "plan_register_unconfirmed",
            PlanError::EmbargoInThePast { .. } => "embargo_in_the_past",
        }
    }

    fn refusal(&self) -> Refusal {
        match self {
            PlanError::AlreadyRegistered { .. } | PlanError::NotRegistered => Refusal::Conflict,
            _ => Refusal::Invalid,
        }
    }

    fn details(&self) -> serde_json::Value {
        match self {
            PlanError::Field(e) => serde_json::json!({ "field": e.field }),
            PlanError::UnknownIndicator { id } => {
                serde_json::json!({ "field": "indicator_ids", "indicator_id": id })
            }
            PlanError::ReasonRequired => serde_json::json!({ "field": "reason" }),
            PlanError::AlreadyRegistered { version } => serde_json::json!({ "version": version }),
            PlanError::EmbargoInThePast { today } => {
                serde_json::json!({ "field": "embargo_until", "earliest": today.to_string() })
            }
            _ => serde_json::Value::Null,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn content() -> PlanContent {
        PlanContent {
            title: "  Én plan for borgeren  ".into(),
            questions: vec!["Færre møder?".into(), "  ".into(), "Bedre forløb?".into()],
            design: Design::MixedMethods,
            indicator_ids: vec![3, 1, 3],
            other_data: "Interviews".into(),
            analysis: "Før og efter".into(),
            embargo_until: None,
        }
    }

    #[test]
    fn validate_cleans_and_checks_indicators() {
        let plan = content().validate(Some(&[1, 3])).unwrap();
        assert_eq!(plan.title, "Én plan for borgeren");
        assert_eq!(plan.questions.len(), 2);
        assert_eq!(plan.indicator_ids, vec![1, 3]);
        assert_eq!(
            content().validate(Some(&[1])),
            Err(PlanError::UnknownIndicator { id: 3 })
        );
        // A joint plan names no trial's indicators.
        assert_eq!(
            content().validate(None),
            Err(PlanError::UnknownIndicator { id: 1 })
        );
        let mut none = content();
        none.questions = vec![" ".into()];
        assert_eq!(
            none.validate(Some(&[1, 3])).unwrap_err().code(),
            "field_required"
        );
        let mut untitled = content();
        untitled.title = "\u{200b}".into();
        assert!(untitled.validate(Some(&[1, 3])).is_err());
    }

    #[test]
    fn register_freezes_as_version_one() {
        let c = content();
        let out = check_step(PlanStatus::Draft, 0, &c, &c, PlanStep::Register).unwrap();
        assert_eq!(out.new_version, Some(1));
        let saved = check_step(PlanStatus::Draft, 0, &c, &c, PlanStep::SaveDraft).unwrap();
        assert_eq!(saved.new_version, None);
        // A registered plan is never saved silently, nor registered twice.
        assert_eq!(
            check_step(PlanStatus::Registered, 1, &c, &c, PlanStep::SaveDraft),
            Err(PlanError::AlreadyRegistered { version: 1 })
        );
        assert_eq!(
            check_step(PlanStatus::Registered, 1, &c, &c, PlanStep::Register)
                .unwrap_err()
                .refusal(),
            Refusal::Conflict
        );
        assert_eq!(
            check_step(
                PlanStatus::Draft,
                0,
                &c,
                &c,
                PlanStep::Amend { reason: "x" }
            ),
            Err(PlanError::NotRegistered)
        );
    }

    #[test]
    fn amendment_needs_reason_and_numbers_on() {
        let a = content();
        let mut b = content();
        b.analysis = "Forskel i forskelle".into();
        let refused = check_step(
            PlanStatus::Registered,
            2,
            &a,
            &b,
            PlanStep::Amend { reason: " \n " },
        )
        .unwrap_err();
        assert_eq!(refused, PlanError::ReasonRequired);
        assert_eq!(refused.code(), "plan_reason_required");
        assert_eq!(refused.refusal(), Refusal::Invalid);
        let out = check_step(
            PlanStatus::Registered,
            2,
            &a,
            &b,
            PlanStep::Amend {
                reason: " Registerdata kom sent ",
            },
        )
        .unwrap();
        assert_eq!(out.new_version, Some(3));
        assert_eq!(out.reason, "Registerdata kom sent");
        assert_eq!(
            check_step(
                PlanStatus::Registered,
                2,
                &a,
                &a,
                PlanStep::Amend { reason: "why" }
            ),
            Err(PlanError::Unchanged)
        );
    }

    #[test]
    fn changed_fields_in_order() {
        let a = content();
        let mut b = content();
        b.design = Design::DifferenceInDifferences;
        b.embargo_until = Some(date!(2027 - 03 - 01));
        assert_eq!(
            changed_fields(&a, &b),
            vec![PlanField::Design, PlanField::Embargo]
        );
        assert!(changed_fields(&a, &a).is_empty());
    }

    #[test]
    fn a_new_embargo_date_is_not_before_today_but_an_old_one_stays() {
        let today = date!(2026 - 12 - 05);
        let past = Some(date!(2019 - 01 - 01));
        assert!(embargo_in_the_past(past, None, today));
        assert!(embargo_in_the_past(
            past,
            Some(date!(2027 - 01 - 01)),
            today
        ));
        assert!(!embargo_in_the_past(past, past, today));
        assert!(!embargo_in_the_past(Some(today), None, today));
        assert!(!embargo_in_the_past(None, past, today));
        let err = PlanError::EmbargoInThePast { today };
        assert_eq!(err.code(), "embargo_in_the_past");
        assert_eq!(err.details()["field"], "embargo_until");
    }

    #[test]
    fn embargo_lifts_on_its_day() {
        assert!(embargo_lifted(None, date!(2026 - 12 - 05)));
        let until = Some(date!(2027 - 06 - 30));
        assert!(!embargo_lifted(until, date!(2026 - 12 - 05)));
        assert!(!embargo_lifted(until, date!(2027 - 06 - 29)));
        assert!(embargo_lifted(until, date!(2027 - 06 - 30)));
        assert!(embargo_lifted(until, date!(2028 - 01 - 01)));
    }

    #[test]
    fn designs_parse_by_name() {
        for d in Design::ALL {
            assert_eq!(d.as_str().parse::<Design>(), Ok(d));
        }
        assert!("survey".parse::<Design>().is_err());
    }
}
