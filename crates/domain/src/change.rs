//! Change requests of a running trial and the legal-basis clock.
//!
//! A participant asks for a typed change (extend or shorten the period, add or remove a
//! participant, change the objectives or the exemptions, put the trial on hold, end it
//! early), with the values before and after computed from the trial's current state, as
//! UK Innovate's change requests keep them. Each change is major or minor by one rule,
//! written once here ([`Proposal::class`], after the AEA registry's rulebook):
//!
//! - **major** — the period, the participants, the exemptions, the status (on hold, ended)
//!   and the primary objectives: the objectives approved with the trial, so adding or
//!   removing one, or changing what it measures (unit, baseline, target, target date).
//!   A major change waits for the secretariat's decision; a change of the exemptions is
//!   screened against the law again first (`screening_required`).
//! - **minor** — the wording of an objective whose figures stay the same: recorded at once.
//!
//! The legal-basis clock ([`extension_limit`], [`clock_warnings`]) says how far a trial
//! may be extended and warns before an exemption's legal basis runs out. Its rules by
//! country are facts of law:
//!
//! - NO (forsøksloven § 7): a trial runs up to four years and may be extended once, by up
//!   to two years: never beyond six years from the approved start, and only one extension.
//! - DK (frikommuneloven): exemptions are extended provision by provision by amending acts.
//!   The trial may run to the scheme's maximum (its `max_trial_months` plus
//!   `max_extension_months`), or to the latest end of an exemption's legal basis that the
//!   secretariat recorded with the act that extended it.
//! - SE: the scheme's maximum.

use serde::{Deserialize, Serialize};
use time::{Date, Duration, OffsetDateTime};

use crate::Country;
use crate::application::Objective;
use crate::organisation::OrganisationRef;
use crate::report::add_months;
use crate::rule::{Broken, Refusal};
use crate::scheme::Rules;
use crate::text::{all_values, unknown_name};
use crate::trial::{
    ChangeKind, ExemptionInForce, FieldChange, LifecycleError, NewTrialVersion, Transition,
    TrialState, TrialStatus,
};

/// What a change request asks for, with the new values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Proposal {
    /// A later planned end.
    ExtendPeriod { planned_end: Date },
    /// An earlier planned end.
    ShortenPeriod { planned_end: Date },
    /// Another organisation joins the trial.
    AddParticipant { organisation: OrganisationRef },
    /// An organisation leaves the trial.
    RemoveParticipant { organisation_id: i64 },
    /// The objectives (and so the indicators) as they shall be.
    ChangeObjectives { objectives: Vec<Objective> },
    /// The exemptions as they shall be, each with the end of its legal basis.
    ChangeExemptions { exemptions: Vec<ExemptionInForce> },
    /// The trial is put on hold (the reason says why).
    PutOnHold,
    /// The trial ends early on this day (the reason says why).
    EndEarly { on: Date },
}

/// The kinds of change request, as lists and forms name them.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_request_kind)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum RequestKind {
    ExtendPeriod,
    ShortenPeriod,
    AddParticipant,
    RemoveParticipant,
    ChangeObjectives,
    ChangeExemptions,
    PutOnHold,
    EndEarly,
}

impl RequestKind {
    pub const ALL: [RequestKind; 8] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_request_kind(name: &str) -> String {
    unknown_name::<RequestKind>("change request kind", name)
}

/// Major changes wait for the secretariat's decision; minor ones are recorded at once.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_class)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ChangeClass {
    Major,
    Minor,
}

impl ChangeClass {
    pub const ALL: [ChangeClass; 2] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_class(name: &str) -> String {
    unknown_name::<ChangeClass>("change class", name)
}

/// Where a change request stands: submitted, then approved or rejected once, or withdrawn
/// by its participants before that.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_status)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum RequestStatus {
    Submitted,
    Approved,
    Rejected,
    Withdrawn,
}

impl RequestStatus {
    pub const ALL: [RequestStatus; 4] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Still waiting for a decision.
    pub fn is_open(self) -> bool {
        self == RequestStatus::Submitted
    }
}

fn unknown_status(name: &str) -> String {
    unknown_name::<RequestStatus>("change request status", name)
}

impl Proposal {
    pub fn kind(&self) -> RequestKind {
        match self {
            Proposal::ExtendPeriod { .. } => RequestKind::ExtendPeriod,
            Proposal::ShortenPeriod { .. } => RequestKind::ShortenPeriod,
            Proposal::AddParticipant { .. } => RequestKind::AddParticipant,
            Proposal::RemoveParticipant { .. } => RequestKind::RemoveParticipant,
            Proposal::ChangeObjectives { .. } => RequestKind::ChangeObjectives,
            Proposal::ChangeExemptions { .. } => RequestKind::ChangeExemptions,
            Proposal::PutOnHold => RequestKind::PutOnHold,
            Proposal::EndEarly { .. } => RequestKind::EndEarly,
        }
    }

    /// Major or minor, by the rule in the module comment: only rewording objectives whose
    /// figures stay the same is minor.
    pub fn class(&self, state: &TrialState) -> ChangeClass {
        match self {
            Proposal::ChangeObjectives { objectives }
                if objectives.len() == state.objectives.len()
                    && objectives.iter().zip(&state.objectives).all(|(new, old)| {
                        new.unit == old.unit
                            && new.baseline == old.baseline
                            && new.target == old.target
                            && new.target_date == old.target_date
                    }) =>
            {
                ChangeClass::Minor
            }
            _ => ChangeClass::Major,
        }
    }

    /// Whether the secretariat must record its screening against the law before approving.
    pub fn needs_screening(&self) -> bool {
        matches!(self, Proposal::ChangeExemptions { .. })
    }

    /// The planned end this proposal asks for, if it moves the period.
    pub fn planned_end(&self) -> Option<Date> {
        match self {
            Proposal::ExtendPeriod { planned_end } | Proposal::ShortenPeriod { planned_end } => {
                Some(*planned_end)
            }
            _ => None,
        }
    }

    /// The state this proposal makes of `state`, checked; `today` is the scheme's day and
    /// `limit` how far the trial may be extended. Returns the new state and the version
    /// that records it (kind `change_approved` for a major change, `change_recorded` for
    /// a minor one).
    pub fn apply(
        &self,
        state: &TrialState,
        reason: &str,
        today: Date,
        limit: Option<ExtensionLimit>,
    ) -> Result<(TrialState, NewTrialVersion), ChangeError> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(ChangeError::ReasonRequired);
        }
        if state.status == TrialStatus::Ended {
            return Err(ChangeError::TrialEnded);
        }
        let mut next = state.clone();
        match self {
            Proposal::ExtendPeriod { planned_end } => {
                if *planned_end <= state.planned_end {
                    return Err(ChangeError::NotLater {
                        current: state.planned_end,
                    });
                }
                if let Some(limit) = limit
                    && *planned_end > limit.latest_end
                {
                    return Err(ChangeError::ExtensionBeyondLimit(limit));
                }
                next.planned_end = *planned_end;
            }
            Proposal::ShortenPeriod { planned_end } => {
                if *planned_end >= state.planned_end {
                    return Err(ChangeError::NotEarlier {
                        current: state.planned_end,
                    });
                }
                let start = state.start().0;
                if *planned_end < today || *planned_end < start {
                    return Err(ChangeError::EndInThePast {
                        earliest: today.max(start),
                    });
                }
                next.planned_end = *planned_end;
            }
            Proposal::AddParticipant { organisation } => {
                if state.participants.iter().any(|p| p.id == organisation.id) {
                    return Err(ChangeError::AlreadyParticipant);
                }
                next.participants.push(organisation.clone());
            }
            Proposal::RemoveParticipant { organisation_id } => {
                if !state.participants.iter().any(|p| p.id == *organisation_id) {
                    return Err(ChangeError::NotParticipant);
                }
                if state.participants.len() == 1 {
                    return Err(ChangeError::LastParticipant);
                }
                next.participants.retain(|p| p.id != *organisation_id);
            }
            Proposal::ChangeObjectives { objectives } => {
                if objectives.is_empty() {
                    return Err(ChangeError::Required("objectives"));
                }
                if let Some(i) = objectives
                    .iter()
                    .position(|o| o.indicator.trim().is_empty())
                {
                    return Err(ChangeError::Field(format!("objectives[{i}].indicator")));
                }
                next.objectives = objectives.clone();
            }
            Proposal::ChangeExemptions { exemptions } => {
                if exemptions.is_empty() {
                    return Err(ChangeError::Required("exemptions"));
                }
                next.exemptions = exemptions.clone();
            }
            Proposal::PutOnHold => {
                (next, _) = state.apply(&Transition::Suspend {
                    reason: reason.to_owned(),
                })?;
            }
            Proposal::EndEarly { on } => {
                if *on > state.planned_end {
                    return Err(ChangeError::NotEarlier {
                        current: state.planned_end,
                    });
                }
                (next, _) = state.apply(&Transition::StopEarly {
                    on: *on,
                    reason: reason.to_owned(),
                })?;
            }
        }
        let changes = next.changes_from(state);
        if changes.is_empty() {
            return Err(ChangeError::NothingChanged);
        }
        let kind = match self.class(state) {
            ChangeClass::Major => ChangeKind::ChangeApproved,
            ChangeClass::Minor => ChangeKind::ChangeRecorded,
        };
        Ok((
            next,
            NewTrialVersion {
                kind,
                reason: reason.to_owned(),
                changes,
            },
        ))
    }
}

/// The secretariat's screening of a change of exemptions: it confirms that the changed
/// exemptions do not conflict with the law, with a note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Screening {
    pub note: String,
}

/// The secretariat's decision on a change request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeDecision {
    pub approve: bool,
    /// Why: required for a rejection.
    pub reason: String,
    /// For a change of exemptions: "screened, no conflict with the law" confirmed.
    pub screened_no_conflict: bool,
    pub screening_note: String,
}

impl ChangeDecision {
    /// Checks the decision against the request: a rejection gives its reason; approving a
    /// change of exemptions needs the screening confirmed with a note. Returns the
    /// screening to record.
    pub fn check(&self, proposal: &Proposal) -> Result<Option<Screening>, ChangeError> {
        if !self.approve && self.reason.trim().is_empty() {
            return Err(ChangeError::ReasonRequired);
        }
        if self.approve && proposal.needs_screening() {
            let note = self.screening_note.trim();
            if !self.screened_no_conflict || note.is_empty() {
                return Err(ChangeError::ScreeningRequired);
            }
            return Ok(Some(Screening {
                note: note.to_owned(),
            }));
        }
        Ok(None)
    }
}

/// A change request as kept.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangeRequest {
    pub id: i64,
    pub trial_id: i64,
    pub kind: RequestKind,
    pub class: ChangeClass,
    pub status: RequestStatus,
    pub proposal: Proposal,
    /// Why the change is asked for.
    pub reason: String,
    /// The values before and after, as they stood when the request was made.
    pub changes: Vec<FieldChange>,
    /// The trial's version the request was made against.
    pub based_on_version: i64,
    pub submitted_by_name: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub submitted_at: OffsetDateTime,
    pub decided_by_name: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub decided_at: Option<OffsetDateTime>,
    /// The secretariat's reasons (or the withdrawal's).
    pub decision_reason: String,
    pub screening: Option<Screening>,
    /// The trial's version that applied the change, once approved.
    pub applied_version: Option<i64>,
}

/// A change request about to be kept.
#[derive(Debug, Clone, PartialEq)]
pub struct NewChangeRequest {
    pub trial_id: i64,
    pub proposal: Proposal,
    pub class: ChangeClass,
    pub reason: String,
    pub changes: Vec<FieldChange>,
    pub based_on_version: i64,
}

/// Why the latest end is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum LimitBasis {
    /// NO: six years from the approved start in all.
    SixYears,
    /// NO: the one extension, up to two years (or the scheme's shorter maximum).
    OneExtension,
    /// NO: the one extension has been used.
    ExtensionUsed,
    /// The scheme's maximum period and extension.
    SchemeMaximum,
    /// DK: an amending act extended the exemptions' legal basis to this day.
    AmendingAct,
}

impl LimitBasis {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// How far a trial may be extended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExtensionLimit {
    /// The last day the trial may run to.
    pub latest_end: Date,
    pub basis: LimitBasis,
}

/// The last day of a period of `months` months from `start`: the day before the same day
/// `months` later, counted from the day before so that a period from 29 February ends on
/// 28 February, not a day early.
pub fn period_end(start: Date, months: u32) -> Date {
    add_months(start - Duration::days(1), months)
}

/// How far the trial may be extended, by the country's law and the scheme's rules:
/// `approved_start`/`approved_end` are the frozen record's period, `extensions_approved`
/// how many extensions were approved before. `None`: no limit is set.
pub fn extension_limit(
    country: Country,
    rules: &Rules,
    approved_start: Date,
    approved_end: Date,
    current: &TrialState,
    extensions_approved: usize,
) -> Option<ExtensionLimit> {
    let scheme_max = rules.max_trial_months.map(|months| ExtensionLimit {
        latest_end: period_end(
            approved_start,
            months + rules.max_extension_months.unwrap_or(0),
        ),
        basis: LimitBasis::SchemeMaximum,
    });
    match country {
        Country::No => {
            if extensions_approved > 0 {
                return Some(ExtensionLimit {
                    latest_end: current.planned_end,
                    basis: LimitBasis::ExtensionUsed,
                });
            }
            let six_years = ExtensionLimit {
                latest_end: period_end(approved_start, 72),
                basis: LimitBasis::SixYears,
            };
            let months = rules.max_extension_months.unwrap_or(24).min(24);
            let one = ExtensionLimit {
                latest_end: add_months(approved_end, months),
                basis: LimitBasis::OneExtension,
            };
            Some(if one.latest_end <= six_years.latest_end {
                one
            } else {
                six_years
            })
        }
        Country::Dk => {
            let by_act = current
                .exemptions
                .iter()
                .filter_map(|e| e.legal_basis_end)
                .max()
                .map(|latest_end| ExtensionLimit {
                    latest_end,
                    basis: LimitBasis::AmendingAct,
                });
            match (scheme_max, by_act) {
                (Some(s), Some(a)) => Some(if a.latest_end > s.latest_end { a } else { s }),
                (s, a) => s.or(a),
            }
        }
        Country::Se => scheme_max,
    }
}

/// A warning of the legal-basis clock, for the dashboards and the trial page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ClockWarning {
    /// An exemption's legal basis ends within six months.
    LegalBasisEndsSoon {
        exemption: usize,
        reference: String,
        ends_on: Date,
    },
    /// The final evaluation is due after the legal basis of an exemption has ended.
    EvaluationAfterLegalBasis {
        evaluation_due: Date,
        legal_basis_end: Date,
    },
}

/// The warnings of the legal-basis clock for a trial that has not ended, on the scheme's
/// `today`: an exemption whose legal basis ends within six months, and a final evaluation
/// (due on `evaluation_due`) that comes after the latest day the legal basis can hold
/// (`latest_basis`, the extension limit): then the rule cannot be made permanent before
/// the trial's basis lapses, which is why the law wants the evaluation first.
pub fn clock_warnings(
    state: &TrialState,
    today: Date,
    evaluation_due: Date,
    latest_basis: Option<Date>,
) -> Vec<ClockWarning> {
    if state.status == TrialStatus::Ended {
        return Vec::new();
    }
    let soon = add_months(today, 6);
    let mut warnings: Vec<ClockWarning> = state
        .exemptions
        .iter()
        .filter_map(|e| {
            let ends_on = e.ends_on(state.planned_end);
            (ends_on >= today && ends_on <= soon).then(|| ClockWarning::LegalBasisEndsSoon {
                exemption: e.grant.exemption,
                reference: e.grant.reference.clone(),
                ends_on,
            })
        })
        .collect();
    if let Some(legal_basis_end) = latest_basis
        && evaluation_due > legal_basis_end
    {
        warnings.push(ClockWarning::EvaluationAfterLegalBasis {
            evaluation_due,
            legal_basis_end,
        });
    }
    warnings
}

/// Why a change request, or a decision on one, was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChangeError {
    #[error("a reason is required")]
    ReasonRequired,
    #[error("{0} is required")]
    Required(&'static str),
    #[error("{0} is not valid")]
    Field(String),
    #[error("the change changes nothing")]
    NothingChanged,
    #[error("the new end must be after the current end ({current})")]
    NotLater { current: Date },
    #[error("the new end must be before the current end ({current})")]
    NotEarlier { current: Date },
    #[error("the new end cannot be before {earliest}")]
    EndInThePast { earliest: Date },
    #[error("the trial may be extended to {} at most", .0.latest_end)]
    ExtensionBeyondLimit(ExtensionLimit),
    #[error("the organisation already takes part in the trial")]
    AlreadyParticipant,
    #[error("the organisation does not take part in the trial")]
    NotParticipant,
    #[error("a trial keeps at least one participant")]
    LastParticipant,
    #[error("the trial has ended; it no longer changes")]
    TrialEnded,
    #[error("a change of exemptions is screened against the law before it is approved")]
    ScreeningRequired,
    #[error("the change request is {0}, no longer open")]
    NotOpen(RequestStatus),
    #[error(transparent)]
    Lifecycle(#[from] LifecycleError),
}

impl Broken for ChangeError {
    fn code(&self) -> &'static str {
        match self {
            ChangeError::ReasonRequired => "reason_required",
            ChangeError::Required(_) => "field_required",
            ChangeError::Field(_) => "invalid_field",
            ChangeError::NothingChanged => "nothing_changed",
            ChangeError::NotLater { .. } => "not_an_extension",
            ChangeError::NotEarlier { .. } => "not_a_shortening",
            ChangeError::EndInThePast { .. } => "end_in_the_past",
            ChangeError::ExtensionBeyondLimit(_) => "extension_beyond_limit",
            ChangeError::AlreadyParticipant => "already_participant",
            ChangeError::NotParticipant => "not_participant",
            ChangeError::LastParticipant => "last_participant",
            ChangeError::TrialEnded => "trial_ended",
            ChangeError::ScreeningRequired => "screening_required",
            ChangeError::NotOpen(_) => "change_not_open",
            ChangeError::Lifecycle(e) => e.code(),
        }
    }

    fn refusal(&self) -> Refusal {
        match self {
            ChangeError::TrialEnded | ChangeError::NotOpen(_) => Refusal::Conflict,
            ChangeError::Lifecycle(e) => e.refusal(),
            _ => Refusal::Invalid,
        }
    }

    fn details(&self) -> serde_json::Value {
        use serde_json::json;
        match self {
            ChangeError::ReasonRequired => json!({ "field": "reason" }),
            ChangeError::Required(field) => json!({ "field": field }),
            ChangeError::Field(field) => json!({ "field": field }),
            ChangeError::NotLater { current } | ChangeError::NotEarlier { current } => {
                json!({ "field": "planned_end", "current_end": current.to_string() })
            }
            ChangeError::EndInThePast { earliest } => {
                json!({ "field": "planned_end", "earliest": earliest.to_string() })
            }
            ChangeError::ExtensionBeyondLimit(limit) => json!({
                "field": "planned_end",
                "limit": limit.latest_end.to_string(),
                "basis": limit.basis.as_str(),
            }),
            ChangeError::AlreadyParticipant
            | ChangeError::NotParticipant
            | ChangeError::LastParticipant => json!({ "field": "organisation" }),
            ChangeError::ScreeningRequired => json!({ "field": "screened_no_conflict" }),
            ChangeError::NotOpen(status) => json!({ "status": status.as_str() }),
            ChangeError::Lifecycle(e) => e.details(),
            ChangeError::NothingChanged | ChangeError::TrialEnded => serde_json::Value::Null,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::ExemptionScope;
    use crate::decision::GrantedExemption;
    use crate::trial::today_in;
    use time::macros::{date, datetime};

    fn org(id: i64, name: &str) -> OrganisationRef {
        OrganisationRef {
            id,
            country: Country::No,
            code: format!("{id:04}"),
            name: name.into(),
        }
    }

    fn exemption(i: usize, legal_basis_end: Option<Date>) -> ExemptionInForce {
        ExemptionInForce {
            grant: GrantedExemption {
                exemption: i,
                scope: ExemptionScope::Act,
                reference: format!("opplæringslova § 3-{i}"),
                desired_change: "Ingen karakterer".into(),
                requested_provision_id: None,
                provision_ids: Vec::new(),
                note: String::new(),
            },
            legal_basis_end,
        }
    }

    fn objective(indicator: &str, target: f64) -> Objective {
        Objective {
            indicator: indicator.into(),
            unit: "%".into(),
            baseline: Some(50.0),
            target: Some(target),
            target_date: None,
        }
    }

    fn running(start: Date, end: Date) -> TrialState {
        TrialState {
            trial_id: 7,
            version: 2,
            status: TrialStatus::Running,
            planned_start: start,
            planned_end: end,
            actual_start: Some(start),
            actual_end: None,
            end_kind: None,
            why_stopped: String::new(),
            participants: vec![org(1, "Indre Østfold"), org(2, "Råde")],
            objectives: vec![objective("Elever som trives", 80.0)],
            exemptions: vec![exemption(0, None)],
            verified_at: None,
        }
    }

    #[test]
    fn names_agree() {
        crate::text::tests::names_agree::<RequestKind>();
        crate::text::tests::names_agree::<ChangeClass>();
        crate::text::tests::names_agree::<RequestStatus>();
        crate::text::tests::serde_reads_names::<RequestStatus>();
    }

    /// The major/minor rule: only rewording objectives with the same figures is minor.
    #[test]
    fn the_rulebook_says_which_changes_are_major() {
        let state = running(date!(2024 - 08 - 01), date!(2028 - 07 - 31));
        let reworded = Proposal::ChangeObjectives {
            objectives: vec![objective("Andel elever som trives på skolen", 80.0)],
        };
        assert_eq!(reworded.class(&state), ChangeClass::Minor);
        let new_target = Proposal::ChangeObjectives {
            objectives: vec![objective("Elever som trives", 85.0)],
        };
        assert_eq!(new_target.class(&state), ChangeClass::Major);
        let added = Proposal::ChangeObjectives {
            objectives: vec![
                objective("Elever som trives", 80.0),
                objective("Fravær", 5.0),
            ],
        };
        assert_eq!(added.class(&state), ChangeClass::Major);
        for major in [
            Proposal::ExtendPeriod {
                planned_end: date!(2029 - 07 - 31),
            },
            Proposal::AddParticipant {
                organisation: org(3, "Moss"),
            },
            Proposal::RemoveParticipant { organisation_id: 2 },
            Proposal::ChangeExemptions {
                exemptions: vec![exemption(0, Some(date!(2027 - 12 - 31)))],
            },
            Proposal::PutOnHold,
            Proposal::EndEarly {
                on: date!(2026 - 01 - 01),
            },
        ] {
            assert_eq!(major.class(&state), ChangeClass::Major, "{major:?}");
        }
        let (_, v) = reworded
            .apply(&state, "Klarere ordlyd", date!(2025 - 01 - 01), None)
            .unwrap();
        assert_eq!(v.kind, ChangeKind::ChangeRecorded);
    }

    #[test]
    fn an_extension_keeps_the_values_before_and_after() {
        let state = running(date!(2024 - 08 - 01), date!(2028 - 07 - 31));
        let (next, v) = Proposal::ExtendPeriod {
            planned_end: date!(2029 - 07 - 31),
        }
        .apply(&state, " Trenger et år til ", date!(2026 - 01 - 01), None)
        .unwrap();
        assert_eq!(next.planned_end, date!(2029 - 07 - 31));
        assert_eq!(v.kind, ChangeKind::ChangeApproved);
        assert_eq!(v.reason, "Trenger et år til");
        assert_eq!(v.changes.len(), 1);
        assert_eq!(v.changes[0].field, "planned_end");
        assert_eq!(v.changes[0].before, serde_json::json!("2028-07-31"));
        assert_eq!(v.changes[0].after, serde_json::json!("2029-07-31"));
        let err = Proposal::ExtendPeriod {
            planned_end: date!(2028 - 07 - 31),
        }
        .apply(&state, "x", date!(2026 - 01 - 01), None)
        .unwrap_err();
        assert_eq!(err.code(), "not_an_extension");
        let err = Proposal::ExtendPeriod {
            planned_end: date!(2029 - 07 - 31),
        }
        .apply(&state, "  ", date!(2026 - 01 - 01), None)
        .unwrap_err();
        assert_eq!(err, ChangeError::ReasonRequired);
    }

    #[test]
    fn participants_objectives_hold_and_early_end() {
        let state = running(date!(2024 - 08 - 01), date!(2028 - 07 - 31));
        let today = date!(2026 - 01 - 01);
        let add = |id| Proposal::AddParticipant {
            organisation: org(id, "Moss"),
        };
        assert_eq!(
            add(1).apply(&state, "x", today, None).unwrap_err(),
            ChangeError::AlreadyParticipant
        );
        let (more, _) = add(3).apply(&state, "Moss blir med", today, None).unwrap();
        assert_eq!(more.participants.len(), 3);
        let (fewer, _) = Proposal::RemoveParticipant { organisation_id: 2 }
            .apply(&state, "Råde trekker seg", today, None)
            .unwrap();
        assert_eq!(
            Proposal::RemoveParticipant { organisation_id: 1 }
                .apply(&fewer, "x", today, None)
                .unwrap_err(),
            ChangeError::LastParticipant
        );
        let (held, v) = Proposal::PutOnHold
            .apply(&state, "Ny skoleleder", today, None)
            .unwrap();
        assert_eq!(held.status, TrialStatus::Suspended);
        assert_eq!(held.why_stopped, "Ny skoleleder");
        assert_eq!(v.kind, ChangeKind::ChangeApproved);
        let (ended, _) = Proposal::EndEarly {
            on: date!(2026 - 02 - 01),
        }
        .apply(&state, "Kommunen avslutter", today, None)
        .unwrap();
        assert_eq!(ended.status, TrialStatus::Ended);
        assert_eq!(ended.actual_end, Some(date!(2026 - 02 - 01)));
        let err = Proposal::PutOnHold
            .apply(&ended, "x", today, None)
            .unwrap_err();
        assert_eq!(
            (err.code(), err.refusal()),
            ("trial_ended", Refusal::Conflict)
        );
        let err = Proposal::ShortenPeriod {
            planned_end: date!(2025 - 06 - 30),
        }
        .apply(&state, "x", today, None)
        .unwrap_err();
        assert_eq!(err.code(), "end_in_the_past");
    }

    #[test]
    fn exemptions_are_screened_before_approval() {
        let proposal = Proposal::ChangeExemptions {
            exemptions: vec![exemption(0, Some(date!(2027 - 12 - 31)))],
        };
        let decision = |screened, note: &str| ChangeDecision {
            approve: true,
            reason: String::new(),
            screened_no_conflict: screened,
            screening_note: note.into(),
        };
        assert_eq!(
            decision(false, "ok").check(&proposal).unwrap_err().code(),
            "screening_required"
        );
        assert_eq!(
            decision(true, " ").check(&proposal).unwrap_err(),
            ChangeError::ScreeningRequired
        );
        assert_eq!(
            decision(true, "Ingen konflikt med opplæringslova")
                .check(&proposal)
                .unwrap(),
            Some(Screening {
                note: "Ingen konflikt med opplæringslova".into()
            })
        );
        let reject = ChangeDecision {
            approve: false,
            ..decision(false, "")
        };
        assert_eq!(
            reject.check(&proposal).unwrap_err(),
            ChangeError::ReasonRequired
        );
    }

    fn rules(max: u32, ext: u32) -> Rules {
        Rules {
            max_trial_months: Some(max),
            max_extension_months: Some(ext),
            ..Rules::default()
        }
    }

    /// NO: four years from 29 February 2024 end on 28 February 2028; the one extension of
    /// two years reaches 28 February 2030, the last day of six years from the start.
    #[test]
    fn norway_extends_once_by_two_years_across_a_leap_year() {
        let start = date!(2024 - 02 - 29);
        let end = period_end(start, 48);
        assert_eq!(end, date!(2028 - 02 - 28));
        let state = running(start, end);
        let limit = extension_limit(Country::No, &rules(48, 24), start, end, &state, 0).unwrap();
        assert_eq!(limit.latest_end, date!(2030 - 02 - 28));
        assert_eq!(limit.basis, LimitBasis::OneExtension);
        let beyond = Proposal::ExtendPeriod {
            planned_end: date!(2030 - 03 - 01),
        }
        .apply(&state, "Mer tid", date!(2027 - 01 - 01), Some(limit))
        .unwrap_err();
        assert_eq!(beyond.code(), "extension_beyond_limit");
        assert_eq!(beyond.refusal(), Refusal::Invalid);
        assert_eq!(beyond.details()["limit"], "2030-02-28");
        let (extended, _) = Proposal::ExtendPeriod {
            planned_end: date!(2030 - 02 - 28),
        }
        .apply(&state, "Mer tid", date!(2027 - 01 - 01), Some(limit))
        .unwrap();
        // Only once.
        let used = extension_limit(Country::No, &rules(48, 24), start, end, &extended, 1).unwrap();
        assert_eq!(used.basis, LimitBasis::ExtensionUsed);
        assert_eq!(used.latest_end, date!(2030 - 02 - 28));
        // A trial approved for five years meets the six-year bound before the two years.
        let long_end = period_end(start, 60);
        let limit =
            extension_limit(Country::No, &rules(60, 24), start, long_end, &state, 0).unwrap();
        assert_eq!(limit.basis, LimitBasis::SixYears);
        assert_eq!(limit.latest_end, date!(2030 - 02 - 28));
    }

    #[test]
    fn denmark_extends_to_the_scheme_maximum_or_an_amending_act() {
        let start = date!(2020 - 01 - 01);
        let end = date!(2023 - 12 - 31);
        let mut state = running(start, end);
        let limit = extension_limit(Country::Dk, &rules(48, 0), start, end, &state, 0).unwrap();
        assert_eq!(
            (limit.latest_end, limit.basis),
            (date!(2023 - 12 - 31), LimitBasis::SchemeMaximum)
        );
        state.exemptions = vec![
            exemption(0, Some(date!(2025 - 12 - 31))),
            exemption(1, Some(date!(2024 - 06 - 30))),
        ];
        let limit = extension_limit(Country::Dk, &rules(48, 0), start, end, &state, 1).unwrap();
        assert_eq!(
            (limit.latest_end, limit.basis),
            (date!(2025 - 12 - 31), LimitBasis::AmendingAct)
        );
        let se = extension_limit(Country::Se, &rules(36, 12), start, end, &state, 0).unwrap();
        assert_eq!(se.latest_end, date!(2023 - 12 - 31));
        assert_eq!(
            extension_limit(Country::Se, &Rules::default(), start, end, &state, 0),
            None
        );
    }

    /// The clock counts in the scheme's days: in the night summer time begins, Oslo is
    /// already at 31 March while UTC is at 30 March, and six months from then is the
    /// last of September.
    #[test]
    fn the_clock_warns_six_months_ahead_in_the_schemes_day() {
        let now = datetime!(2024-03-30 23:30 UTC);
        let today = today_in(Country::No, now);
        assert_eq!(today, date!(2024 - 03 - 31));
        let mut state = running(date!(2021 - 08 - 01), date!(2025 - 07 - 31));
        state.exemptions = vec![
            exemption(0, Some(date!(2024 - 09 - 30))),
            exemption(1, Some(date!(2024 - 03 - 30))),
        ];
        let latest = Some(date!(2025 - 07 - 31));
        let warnings = clock_warnings(&state, today, date!(2025 - 10 - 29), latest);
        assert_eq!(
            warnings,
            vec![
                ClockWarning::LegalBasisEndsSoon {
                    exemption: 0,
                    reference: "opplæringslova § 3-0".into(),
                    ends_on: date!(2024 - 09 - 30),
                },
                ClockWarning::EvaluationAfterLegalBasis {
                    evaluation_due: date!(2025 - 10 - 29),
                    legal_basis_end: date!(2025 - 07 - 31),
                },
            ]
        );
        // In UTC's day the second exemption's basis would still hold, wrongly.
        let utc = clock_warnings(&state, now.date(), date!(2025 - 10 - 29), latest);
        assert_eq!(utc.len(), 3);
        // An evaluation due before the basis can lapse is no warning.
        assert_eq!(
            clock_warnings(&state, today, date!(2025 - 06 - 30), latest).len(),
            1
        );
        // Ended trials warn no more.
        state.status = TrialStatus::Ended;
        assert!(clock_warnings(&state, today, date!(2025 - 10 - 29), latest).is_empty());
    }

    /// Across the change itself: the evening after summer time began, 22:30 UTC is already
    /// the next day in Oslo (UTC+2), where the winter offset would still say 31 March; the
    /// evening before it ends (Oslo still at UTC+2) likewise. A basis that ends on 31
    /// March is over on Oslo's 1 April, so it is no longer "ending soon".
    #[test]
    fn the_clock_crosses_both_daylight_saving_changes() {
        let after_spring = datetime!(2024-03-31 22:30 UTC);
        assert_eq!(today_in(Country::No, after_spring), date!(2024 - 04 - 01));
        assert_eq!(
            (after_spring + time::Duration::hours(1)).date(),
            date!(2024 - 03 - 31),
            "the winter offset would still be in March"
        );
        let before_autumn = datetime!(2024-10-26 22:30 UTC);
        assert_eq!(today_in(Country::No, before_autumn), date!(2024 - 10 - 27));
        // Once clocks went back (01:00 UTC on 27 October), 22:30 UTC stays the same day.
        assert_eq!(
            today_in(Country::No, datetime!(2024-10-27 22:30 UTC)),
            date!(2024 - 10 - 27)
        );
        let mut state = running(date!(2021 - 08 - 01), date!(2025 - 07 - 31));
        state.exemptions = vec![exemption(0, Some(date!(2024 - 03 - 31)))];
        let in_oslo = clock_warnings(
            &state,
            today_in(Country::No, after_spring),
            date!(2025 - 06 - 30),
            None,
        );
        assert!(in_oslo.is_empty(), "{in_oslo:?}");
        let in_utc = clock_warnings(&state, after_spring.date(), date!(2025 - 06 - 30), None);
        assert_eq!(in_utc.len(), 1);
    }
}
