//! Testbeds' partners (seed 004): the partner register, the demands a municipality places
//! on the companies, universities and consultants it works with in a trial, the public
//! values it protects in each partnership, and every status report's review of them
//! (kept, at risk, breached).
//!
//! The rules here need no storage: what a partner, a demand and a value must hold, and
//! what a report's review must say before the report is submitted (a verdict for every
//! demand and value; a note for every one at risk or breached).

use serde::Serialize;
use time::OffsetDateTime;

use crate::application::PartnerKind;
use crate::country::Country;
use crate::org_number::{self, IdentifierError};
use crate::rule::{Broken, Refusal};
use crate::text::{FieldError, Problem, check_name, check_text};

/// The longest partner name, role or website.
pub const MAX_NAME: usize = 200;
/// The longest demand, value note or review note.
pub const MAX_TEXT: usize = 4_000;

crate::named_enum! {
    /// What a municipality demands of a partner.
    pub enum DemandKind ("demand kind") {
        /// Access to the data the trial produces.
        DataAccess,
        /// Open standards and interfaces.
        OpenStandards,
        /// Who owns the results.
        OwnershipOfResults,
        /// Exit and transfer at the end: nothing locks the municipality in.
        Exit,
        /// Confidentiality.
        Confidentiality,
        /// Anything else.
        Other,
    }
}

crate::named_enum! {
    /// A public value the municipality protects in a partnership.
    pub enum PublicValue ("public value") {
        Inclusion,
        Transparency,
        ProfessionalEthics,
        Privacy,
        EqualTreatment,
        Other,
    }
}

crate::named_enum! {
    /// A status report's verdict on a demand or a value.
    pub enum PartnerVerdict ("verdict") {
        Kept,
        AtRisk,
        Breached,
    }
}

impl PartnerVerdict {
    /// At risk and breached verdicts say why.
    pub fn needs_note(self) -> bool {
        !matches!(self, PartnerVerdict::Kept)
    }
}

crate::named_enum! {
    /// Whether a reviewed item is a demand or a public value.
    pub enum ItemKind ("partner item") {
        Demand,
        Value,
    }
}

/// A partner as it is registered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPartner {
    pub name: String,
    pub kind: PartnerKind,
    pub country: Country,
    /// Normalised digits, or none (a sole trader, a foreign partner).
    pub national_id: Option<String>,
    pub website: Option<String>,
}

impl NewPartner {
    /// Checks what was typed and normalises the identifier.
    pub fn parse(
        name: &str,
        kind: PartnerKind,
        country: Country,
        national_id: &str,
        website: &str,
    ) -> Result<NewPartner, PartnerError> {
        let name = name.trim();
        check_name("name", name)?;
        if name.is_empty() {
            return Err(FieldError::new("name", Problem::Required).into());
        }
        check_text("name", name, MAX_NAME)?;
        let national_id = match national_id.trim() {
            "" => None,
            typed => Some(org_number::normalise("national_id", country, typed)?),
        };
        let website = match website.trim() {
            "" => None,
            w => {
                check_name("website", w)?;
                check_text("website", w, MAX_NAME)?;
                if !(w.starts_with("https://") || w.starts_with("http://")) || w.contains(' ') {
                    return Err(FieldError::new(
                        "website",
                        Problem::Format {
                            expected: "an address beginning with https://".into(),
                        },
                    )
                    .into());
                }
                Some(w.to_owned())
            }
        };
        Ok(NewPartner {
            name: name.to_owned(),
            kind,
            country,
            national_id,
            website,
        })
    }
}

/// A partner of the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::ToSchema),
    schema(as = RegisteredPartner)
)]
pub struct Partner {
    pub id: i64,
    pub name: String,
    pub kind: PartnerKind,
    pub country: Country,
    pub national_id: Option<String>,
    pub website: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: OffsetDateTime,
}

impl Partner {
    /// The identifier as the country writes it.
    pub fn national_id_display(&self) -> Option<String> {
        self.national_id
            .as_deref()
            .map(|n| org_number::display(self.country, n))
    }
}

/// A demand or a public value placed on a partner in a trial.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::ToSchema),
    schema(as = PartnerItem)
)]
pub struct Item {
    pub id: i64,
    pub trial_partner_id: i64,
    pub item: ItemKind,
    /// The demand kind's or the public value's name.
    pub kind: String,
    pub text: String,
}

impl Item {
    pub fn demand_kind(&self) -> Option<DemandKind> {
        self.kind.parse().ok()
    }
    pub fn value(&self) -> Option<PublicValue> {
        self.kind.parse().ok()
    }
}

/// A partner taking part in a trial, with its role, demands and values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrialPartner {
    pub id: i64,
    pub trial_id: i64,
    pub trial_title: String,
    pub trial_status: crate::trial::TrialStatus,
    pub partner: Partner,
    pub role: String,
    pub items: Vec<Item>,
}

impl TrialPartner {
    /// How many demands and values are placed on it.
    pub fn item_count(&self) -> u64 {
        u64::try_from(self.items.len()).unwrap_or(u64::MAX)
    }
}

/// A verdict on one item in one report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Review {
    pub report_id: i64,
    pub item_id: i64,
    pub verdict: PartnerVerdict,
    pub note: String,
    /// The report's period, for a history.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub period_start: time::Date,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub period_end: time::Date,
    /// A breach's acknowledgement by the secretariat, once given.
    pub acknowledgement: Option<Acknowledgement>,
}

impl Review {
    /// The last day of the report's period (`period_end` is the day after it).
    pub fn last_day(&self) -> time::Date {
        self.period_end.previous_day().unwrap_or(self.period_end)
    }
}

/// A breached verdict waiting for (or given) the secretariat's acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Breach {
    pub report_id: i64,
    pub item_id: i64,
    pub trial_id: i64,
    pub trial_title: String,
    pub partner_id: i64,
    pub partner_name: String,
    pub item: ItemKind,
    pub kind: String,
    pub text: String,
    pub note: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub period_start: time::Date,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub period_end: time::Date,
    pub acknowledged: bool,
    /// The secretariat's acknowledgement, once given.
    pub acknowledgement: Option<Acknowledgement>,
}

/// The secretariat's acknowledgement of a breach: when, who and the note they wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Acknowledgement {
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: time::OffsetDateTime,
    /// Who acknowledged it (none once their account is gone).
    pub by_name: Option<String>,
    pub note: String,
}

impl Breach {
    /// The last day of the report's period (`period_end` is the day after it).
    pub fn last_day(&self) -> time::Date {
        self.period_end.previous_day().unwrap_or(self.period_end)
    }
}

/// Checks one demand's or value's text.
pub fn check_item_text(field: &str, text: &str, required: bool) -> Result<(), PartnerError> {
    if required && text.trim().is_empty() {
        return Err(FieldError::new(field, Problem::Required).into());
    }
    check_text(field, text, MAX_TEXT)?;
    Ok(())
}

/// One verdict as the report's form sends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdictInput {
    pub item_id: i64,
    pub verdict: Option<PartnerVerdict>,
    pub note: String,
}

/// Checks a report's review: every note within limits and present where the verdict needs
/// it; when `submitting`, a verdict for every item in `items` (in their order), else
/// `partner_verdict_required` naming the first without one.
pub fn check_review(
    items: &[i64],
    verdicts: &[VerdictInput],
    submitting: bool,
) -> Result<(), PartnerError> {
    match review_problems(items, verdicts, submitting)
        .into_iter()
        .next()
    {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}

/// Every item's problem in a report's review, in the items' order (at most one each): a note
/// too long, a note missing where the verdict needs one, or (when `submitting`) no verdict.
/// A form flags them all at once.
pub fn review_problems(
    items: &[i64],
    verdicts: &[VerdictInput],
    submitting: bool,
) -> Vec<PartnerError> {
    items
        .iter()
        .filter_map(|id| item_problem(*id, verdicts.iter().find(|v| v.item_id == *id), submitting))
        .collect()
}

fn item_problem(id: i64, given: Option<&VerdictInput>, submitting: bool) -> Option<PartnerError> {
    if let Some(v) = given {
        if let Err(e) = check_text(&format!("note_{id}"), &v.note, MAX_TEXT) {
            return Some(e.into());
        }
        if v.verdict.is_some_and(PartnerVerdict::needs_note) && v.note.trim().is_empty() {
            return Some(PartnerError::NoteRequired { item_id: id });
        }
    }
    if submitting && given.and_then(|v| v.verdict).is_none() {
        return Some(PartnerError::VerdictRequired {
            item_id: id,
            field: format!("verdict_{id}"),
        });
    }
    None
}

/// A refused step with partners.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PartnerError {
    #[error("{0}")]
    Field(#[from] FieldError),
    #[error("{0}")]
    Identifier(#[from] IdentifierError),
    #[error("a partner with this identifier is registered already (partner {existing})")]
    Duplicate { existing: i64 },
    #[error("the partner takes part in this trial already")]
    AlreadyInTrial,
    #[error("every demand and public value needs a verdict before the report is submitted")]
    VerdictRequired { item_id: i64, field: String },
    #[error("a demand or value at risk or breached needs a note saying why")]
    NoteRequired { item_id: i64 },
    #[error("the breach was acknowledged already")]
    AlreadyAcknowledged,
}

impl Broken for PartnerError {
    fn code(&self) -> &'static str {
        match self {
            PartnerError::Field(e) => e.code(),
            PartnerError::Identifier(e) => e.code(),
            PartnerError::Duplicate { .. } => "partner_exists",
            PartnerError::AlreadyInTrial => "partner_already_in_trial",
            PartnerError::VerdictRequired { .. } => "partner_verdict_required",
            PartnerError::NoteRequired { .. } => "partner_note_required",
            PartnerError::AlreadyAcknowledged => "breach_already_acknowledged",
        }
    }

    fn refusal(&self) -> Refusal {
        match self {
            PartnerError::Duplicate { .. }
            | PartnerError::AlreadyInTrial
            | PartnerError::AlreadyAcknowledged => Refusal::Conflict,
            _ => Refusal::Invalid,
        }
    }

    fn details(&self) -> serde_json::Value {
        match self {
            PartnerError::Field(e) => serde_json::json!({ "field": e.field }),
            PartnerError::Identifier(e) => e.details(),
            PartnerError::Duplicate { existing } => {
                serde_json::json!({ "field": "national_id", "existing_partner_id": existing })
            }
            PartnerError::VerdictRequired { item_id, field } => {
                serde_json::json!({ "field": field, "item_id": item_id })
            }
            PartnerError::NoteRequired { item_id } => {
                serde_json::json!({ "field": format!("note_{item_id}"), "item_id": item_id })
            }
            _ => serde_json::Value::Null,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_agree() {
        crate::text::tests::names_agree::<DemandKind>();
        crate::text::tests::names_agree::<PublicValue>();
        crate::text::tests::names_agree::<PartnerVerdict>();
        crate::text::tests::names_agree::<ItemKind>();
    }

    #[test]
    fn a_partner_is_checked_and_its_identifier_normalised() {
        let p = NewPartner::parse(
            " Umeå universitet ",
            PartnerKind::University,
            Country::Se,
            "202100-2874",
            "https://www.umu.se",
        )
        .unwrap();
        assert_eq!(p.name, "Umeå universitet");
        assert_eq!(p.national_id.as_deref(), Some("2021002874"));
        let wrong = NewPartner::parse("X", PartnerKind::Company, Country::Se, "202100-2875", "")
            .unwrap_err();
        assert_eq!(wrong.code(), "identifier_check_digit");
        assert_eq!(wrong.details()["field"], "national_id");
        let none = NewPartner::parse("X", PartnerKind::Company, Country::Dk, "", "").unwrap();
        assert_eq!(none.national_id, None);
        assert_eq!(
            NewPartner::parse("  ", PartnerKind::Company, Country::Dk, "", "")
                .unwrap_err()
                .code(),
            "field_required"
        );
        assert_eq!(
            NewPartner::parse("X", PartnerKind::Company, Country::Dk, "", "javascript:x")
                .unwrap_err()
                .details()["field"],
            "website"
        );
    }

    fn given(item_id: i64, verdict: Option<PartnerVerdict>, note: &str) -> VerdictInput {
        VerdictInput {
            item_id,
            verdict,
            note: note.into(),
        }
    }

    #[test]
    fn a_review_needs_every_verdict_to_submit_and_notes_where_not_kept() {
        let items = [1, 2, 3];
        let full = [
            given(1, Some(PartnerVerdict::Kept), ""),
            given(2, Some(PartnerVerdict::AtRisk), "Leverantören dröjer."),
            given(3, Some(PartnerVerdict::Breached), "Data lämnades inte ut."),
        ];
        assert_eq!(check_review(&items, &full, true), Ok(()));
        // Saving a draft may leave verdicts out; submitting may not.
        let partial = [given(1, Some(PartnerVerdict::Kept), "")];
        assert_eq!(check_review(&items, &partial, false), Ok(()));
        let missing = check_review(&items, &partial, true).unwrap_err();
        assert_eq!(missing.code(), "partner_verdict_required");
        assert_eq!(missing.details()["field"], "verdict_2");
        let no_note = [given(1, Some(PartnerVerdict::Breached), " ")];
        assert_eq!(
            check_review(&items, &no_note, false).unwrap_err().details()["field"],
            "note_1"
        );
        assert_eq!(check_review(&[], &[], true), Ok(()));
    }

    #[test]
    fn every_item_with_a_problem_is_named_at_once() {
        let items = [1, 2, 3, 4];
        let typed = [
            given(1, Some(PartnerVerdict::AtRisk), ""),
            given(2, Some(PartnerVerdict::Kept), ""),
            given(3, Some(PartnerVerdict::Breached), "  "),
        ];
        let codes: Vec<(String, &str)> = review_problems(&items, &typed, true)
            .iter()
            .map(|p| (p.details()["field"].as_str().unwrap().to_owned(), p.code()))
            .collect();
        assert_eq!(
            codes,
            [
                ("note_1".to_owned(), "partner_note_required"),
                ("note_3".to_owned(), "partner_note_required"),
                ("verdict_4".to_owned(), "partner_verdict_required"),
            ]
        );
        // A draft is not refused for the verdict it has not given yet.
        assert_eq!(review_problems(&items, &typed, false).len(), 2);
    }
}
