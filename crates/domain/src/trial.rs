//! A trial in operation: its current state beside the frozen record of what was approved,
//! the transitions of its life (planned → running → suspended → ended, completed or stopped
//! early), and the public history of its versions.
//!
//! Approval freezes what was decided into a [`crate::decision::Trial`]; that record never
//! changes. What changes later — the status, the actual dates, a period extended, a
//! participant added by a change request — is the [`TrialState`], and every change of it is
//! a numbered [`TrialVersion`] with the values before and after, as a trial registry keeps
//! its history of changes.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::application::Objective;
use crate::decision::{GrantedExemption, Trial};
use crate::organisation::OrganisationRef;
use crate::rule::{Broken, Refusal};
use crate::text::{all_values, unknown_name};

pub use crate::decision::TrialStatus;

/// The calendar day it is in the country at this moment: a trial's dates are the
/// scheme's days, not UTC's.
pub fn today_in(country: crate::Country, now: OffsetDateTime) -> Date {
    crate::clock::LocalTime::of(now, country.time_zone())
        .map(|local| local.local.date())
        .unwrap_or_else(|_| now.date())
}

/// How an ended trial ended.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_end_kind)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EndKind {
    /// Ran its period to the end.
    Completed,
    /// Ended before its period was over (or never started), with a reason.
    StoppedEarly,
}

impl EndKind {
    pub const ALL: [EndKind; 2] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_end_kind(name: &str) -> String {
    unknown_name::<EndKind>("end kind", name)
}

/// A granted exemption as it stands now, with the day its legal basis ends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExemptionInForce {
    #[serde(flatten)]
    pub grant: GrantedExemption,
    /// The last day the exemption's legal basis holds, when the law or the scheme ends it
    /// before the trial's period (a Danish amending act, the Norwegian limit); `None`: it
    /// ends with the trial's planned end.
    #[serde(default)]
    pub legal_basis_end: Option<Date>,
}

impl ExemptionInForce {
    /// The last day the exemption holds for a trial planned to end on `planned_end`.
    pub fn ends_on(&self, planned_end: Date) -> Date {
        match self.legal_basis_end {
            Some(end) if end < planned_end => end,
            _ => planned_end,
        }
    }
}

/// A trial as it stands now. The frozen record of what was approved stays beside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrialState {
    pub trial_id: i64,
    /// Counts the saved versions: 1 is the state approval created.
    pub version: i64,
    pub status: TrialStatus,
    pub planned_start: Date,
    pub planned_end: Date,
    pub actual_start: Option<Date>,
    pub actual_end: Option<Date>,
    pub end_kind: Option<EndKind>,
    /// Why a trial was stopped early or put on hold.
    pub why_stopped: String,
    pub participants: Vec<OrganisationRef>,
    pub objectives: Vec<Objective>,
    pub exemptions: Vec<ExemptionInForce>,
    /// When the trial last confirmed its status (a report submitted or accepted).
    #[serde(with = "time::serde::rfc3339::option")]
    pub verified_at: Option<OffsetDateTime>,
}

impl TrialState {
    /// The state approval creates: planned, as approved.
    pub fn approved(trial: &Trial) -> Self {
        TrialState {
            trial_id: trial.id,
            version: 1,
            status: TrialStatus::Planned,
            planned_start: trial.period_start,
            planned_end: trial.period_end,
            actual_start: None,
            actual_end: None,
            end_kind: None,
            why_stopped: String::new(),
            participants: trial.participants.clone(),
            objectives: trial.objectives.clone(),
            exemptions: trial
                .exemptions
                .iter()
                .map(|grant| ExemptionInForce {
                    grant: grant.clone(),
                    legal_basis_end: None,
                })
                .collect(),
            verified_at: None,
        }
    }

    /// The start date to show: the actual one once started, else the planned one.
    pub fn start(&self) -> (Date, DateKind) {
        match self.actual_start {
            Some(d) => (d, DateKind::Actual),
            None => (self.planned_start, DateKind::Estimated),
        }
    }

    /// The end date to show: the actual one once ended, else the planned one.
    pub fn end(&self) -> (Date, DateKind) {
        match self.actual_end {
            Some(d) => (d, DateKind::Actual),
            None => (self.planned_end, DateKind::Estimated),
        }
    }

    /// The last day an exemption holds for this trial: its legal basis's end, or the
    /// trial's (planned, or actual once ended), whichever comes first.
    pub fn exemption_ends_on(&self, exemption: &ExemptionInForce) -> Date {
        let end = exemption.ends_on(self.planned_end);
        match self.actual_end {
            Some(actual) if actual < end => actual,
            _ => end,
        }
    }

    /// A trial still planned when its whole period is over: it never started (its local
    /// regulation never came in force), and only the secretariat can end it, stopped early.
    pub fn never_started(&self, today: Date) -> bool {
        self.status == TrialStatus::Planned && self.planned_end < today
    }

    /// Applies a transition of the trial's life, returning the new state and the version
    /// that records it. The version number is the store's to set.
    pub fn apply(
        &self,
        transition: &Transition,
    ) -> Result<(TrialState, NewTrialVersion), LifecycleError> {
        use TrialStatus as S;
        let mut next = self.clone();
        let (kind, reason) = match (self.status, transition) {
            (S::Planned, Transition::Start { on }) => {
                next.status = S::Running;
                next.actual_start = Some(*on);
                (ChangeKind::Started, String::new())
            }
            (S::Running, Transition::Suspend { reason }) => {
                next.status = S::Suspended;
                next.why_stopped = required(reason)?;
                (ChangeKind::Suspended, next.why_stopped.clone())
            }
            (S::Suspended, Transition::Resume) => {
                next.status = S::Running;
                next.why_stopped = String::new();
                (ChangeKind::Resumed, String::new())
            }
            (S::Running | S::Suspended, Transition::Complete { on }) => {
                next.status = S::Ended;
                next.end_kind = Some(EndKind::Completed);
                next.actual_end = Some(*on);
                (ChangeKind::Completed, String::new())
            }
            (S::Planned | S::Running | S::Suspended, Transition::StopEarly { on, reason }) => {
                next.status = S::Ended;
                next.end_kind = Some(EndKind::StoppedEarly);
                next.actual_end = Some(*on);
                next.why_stopped = required(reason)?;
                (ChangeKind::StoppedEarly, next.why_stopped.clone())
            }
            (from, t) => {
                return Err(LifecycleError::NotAllowed {
                    from,
                    transition: t.name(),
                });
            }
        };
        if let (Some(start), Some(end)) = (next.actual_start, next.actual_end)
            && end < start
        {
            return Err(LifecycleError::EndsBeforeStart { start, end });
        }
        let version = NewTrialVersion {
            kind,
            reason,
            changes: next.changes_from(self),
        };
        Ok((next, version))
    }

    /// The fields that differ between `before` and this state, each with both values.
    pub fn changes_from(&self, before: &TrialState) -> Vec<FieldChange> {
        let mut changes = Vec::new();
        let mut compare = |field: &str, old: serde_json::Value, new: serde_json::Value| {
            if old != new {
                changes.push(FieldChange {
                    field: field.to_owned(),
                    before: old,
                    after: new,
                });
            }
        };
        let json = |v: &dyn erased::Json| v.json();
        compare("status", json(&before.status), json(&self.status));
        compare(
            "planned_start",
            json(&before.planned_start),
            json(&self.planned_start),
        );
        compare(
            "planned_end",
            json(&before.planned_end),
            json(&self.planned_end),
        );
        compare(
            "actual_start",
            json(&before.actual_start),
            json(&self.actual_start),
        );
        compare(
            "actual_end",
            json(&before.actual_end),
            json(&self.actual_end),
        );
        compare("end_kind", json(&before.end_kind), json(&self.end_kind));
        compare(
            "why_stopped",
            json(&before.why_stopped),
            json(&self.why_stopped),
        );
        compare(
            "participants",
            json(&before.participants),
            json(&self.participants),
        );
        compare(
            "objectives",
            json(&before.objectives),
            json(&self.objectives),
        );
        compare(
            "exemptions",
            json(&before.exemptions),
            json(&self.exemptions),
        );
        changes
    }
}

/// Serialising values of different types through one closure.
mod erased {
    pub trait Json {
        fn json(&self) -> serde_json::Value;
    }

    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
        }
    }
}

fn required(reason: &str) -> Result<String, LifecycleError> {
    let reason = reason.trim();
    if reason.is_empty() {
        Err(LifecycleError::ReasonRequired)
    } else {
        Ok(reason.to_owned())
    }
}

/// Whether a date is the one that happened or the one planned, as a registry marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DateKind {
    Actual,
    Estimated,
}

/// A step in a trial's life.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transition {
    /// The local regulation is in force: the trial runs from that day.
    Start { on: Date },
    /// Put on hold, with the reason.
    Suspend { reason: String },
    /// Back from hold.
    Resume,
    /// The period is over.
    Complete { on: Date },
    /// Ended before its period was over (or before it started), with the reason.
    StopEarly { on: Date, reason: String },
}

impl Transition {
    pub fn name(&self) -> &'static str {
        match self {
            Transition::Start { .. } => "start",
            Transition::Suspend { .. } => "suspend",
            Transition::Resume => "resume",
            Transition::Complete { .. } => "complete",
            Transition::StopEarly { .. } => "stop_early",
        }
    }
}

/// Why a transition was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LifecycleError {
    #[error("a {from} trial cannot {transition}")]
    NotAllowed {
        from: TrialStatus,
        transition: &'static str,
    },
    #[error("a reason is required")]
    ReasonRequired,
    #[error("the trial cannot end ({end}) before it started ({start})")]
    EndsBeforeStart { start: Date, end: Date },
}

impl Broken for LifecycleError {
    fn code(&self) -> &'static str {
        match self {
            LifecycleError::NotAllowed { .. } => "invalid_trial_transition",
            LifecycleError::ReasonRequired => "reason_required",
            LifecycleError::EndsBeforeStart { .. } => "ends_before_start",
        }
    }

    fn refusal(&self) -> Refusal {
        match self {
            LifecycleError::NotAllowed { .. } => Refusal::Conflict,
            _ => Refusal::Invalid,
        }
    }

    fn details(&self) -> serde_json::Value {
        match self {
            LifecycleError::NotAllowed { from, transition } => {
                serde_json::json!({ "status": from.as_str(), "transition": transition })
            }
            LifecycleError::ReasonRequired => serde_json::json!({ "field": "reason" }),
            LifecycleError::EndsBeforeStart { start, end } => {
                serde_json::json!({ "start": start.to_string(), "end": end.to_string() })
            }
        }
    }
}

/// What a version of a trial records.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_change_kind)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ChangeKind {
    /// The state approval created.
    Approved,
    Started,
    Suspended,
    Resumed,
    Completed,
    StoppedEarly,
    /// A participant's local regulation adopted, approved or in force.
    RegulationAdopted,
    /// A major change request decided by the secretariat.
    ChangeApproved,
    /// A minor change recorded.
    ChangeRecorded,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 9] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_change_kind(name: &str) -> String {
    unknown_name::<ChangeKind>("change kind", name)
}

/// One field of a trial that a version changed, with its values before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldChange {
    pub field: String,
    /// The value before: any JSON value (a date, a status, a list of participants).
    pub before: serde_json::Value,
    /// The value after, of the same kind.
    pub after: serde_json::Value,
}

/// A version about to be saved.
#[derive(Debug, Clone, PartialEq)]
pub struct NewTrialVersion {
    pub kind: ChangeKind,
    pub reason: String,
    pub changes: Vec<FieldChange>,
}

/// A saved version of a trial: the public, dated history of changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrialVersion {
    pub version: i64,
    pub kind: ChangeKind,
    pub reason: String,
    pub changes: Vec<FieldChange>,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
    pub recorded_by_name: Option<String>,
}

/// A trial in the list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrialSummary {
    pub id: i64,
    pub application_id: i64,
    pub case_number: String,
    pub title: String,
    pub scheme_id: i64,
    pub scheme_code: String,
    pub scheme_title: String,
    pub country: crate::Country,
    pub status: TrialStatus,
    pub end_kind: Option<EndKind>,
    pub planned_start: Date,
    pub planned_end: Date,
    pub actual_start: Option<Date>,
    pub actual_end: Option<Date>,
    pub participants: Vec<OrganisationRef>,
    /// When an accepted status report last confirmed the status.
    #[serde(with = "time::serde::rfc3339::option")]
    pub verified_at: Option<OffsetDateTime>,
    /// When the registration last changed: approval, a step of its life, a regulation
    /// adopted, a change decided or recorded (its newest version).
    #[serde(with = "time::serde::rfc3339::option")]
    pub last_changed_at: Option<OffsetDateTime>,
}

impl TrialSummary {
    /// The day the register's entry was last verified: the later of the last status
    /// confirmed by an accepted report and the last change to the registration.
    pub fn last_verified(&self) -> Option<OffsetDateTime> {
        self.verified_at.max(self.last_changed_at)
    }
}

/// A researcher who follows a trial: assigned to it, to one of its themes or to its
/// scheme (`assigned_via` says which, one entry per way, in that order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrialResearcher {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    /// The research organisation they belong to, if any.
    pub organisation: Option<crate::research::ResearchOrganisationRef>,
    /// When they first came to follow the trial, by whichever way.
    #[serde(with = "time::serde::rfc3339")]
    pub assigned_at: OffsetDateTime,
    pub assigned_via: Vec<crate::research::AssignedVia>,
}

impl TrialResearcher {
    /// Whether the researcher is assigned to the trial itself (not only through its theme
    /// or scheme): what the trial page can unassign.
    pub fn assigned_directly(&self) -> bool {
        self.assigned_via
            .iter()
            .any(|v| v.scope == crate::research::AssignmentScope::Trial)
    }
}

/// What the list of trials is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrialFilter {
    pub scheme_id: Option<i64>,
    pub status: Option<TrialStatus>,
    pub country: Option<crate::Country>,
    pub theme_id: Option<i64>,
    /// Trials the organisation takes part in.
    pub organisation_id: Option<i64>,
    /// Trials the researcher is assigned to.
    pub researcher_id: Option<i64>,
    /// Trials whose exemptions in force include the catalogue provision: granted from it
    /// (narrowed to it, or asked for it and granted as requested).
    pub provision_id: Option<i64>,
    /// Words the trial's title or case number contains, case-insensitively.
    pub text: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Country;
    use time::macros::{date, datetime};

    fn trial() -> Trial {
        Trial {
            id: 7,
            application_id: 3,
            scheme_id: 1,
            decision_id: 2,
            case_number: "NO-2024-0003".into(),
            title: "Uten karakterer i 8. trinn".into(),
            status: TrialStatus::Planned,
            participants: vec![OrganisationRef {
                id: 11,
                country: Country::No,
                code: "3101".into(),
                name: "Indre Østfold".into(),
            }],
            exemptions: Vec::new(),
            objectives: Vec::new(),
            period_start: date!(2024 - 08 - 01),
            period_end: date!(2028 - 07 - 31),
            conditions: String::new(),
            regulation_kind: crate::decision::RegulationKind::TrialRegulation,
            regulation_text: String::new(),
            created_at: datetime!(2024-06-01 10:00 UTC),
        }
    }

    /// Just after midnight in Oslo it is already the next day there, still the day before
    /// in UTC.
    #[test]
    fn today_is_the_scheme_countrys_day() {
        let now = datetime!(2026-03-31 22:30 UTC);
        assert_eq!(today_in(Country::No, now), date!(2026 - 04 - 01));
        assert_eq!(now.date(), date!(2026 - 03 - 31));
    }

    #[test]
    fn names_agree() {
        crate::text::tests::names_agree::<EndKind>();
        crate::text::tests::names_agree::<ChangeKind>();
        crate::text::tests::serde_reads_names::<ChangeKind>();
    }

    /// The whole life: planned, running, on hold, running, completed; each step recorded
    /// with exactly what changed.
    #[test]
    fn a_trial_lives_through_its_statuses() {
        let planned = TrialState::approved(&trial());
        assert_eq!(planned.status, TrialStatus::Planned);
        assert_eq!(
            planned.start(),
            (date!(2024 - 08 - 01), DateKind::Estimated)
        );
        let (running, v) = planned
            .apply(&Transition::Start {
                on: date!(2024 - 08 - 15),
            })
            .unwrap();
        assert_eq!(running.status, TrialStatus::Running);
        assert_eq!(running.start(), (date!(2024 - 08 - 15), DateKind::Actual));
        assert_eq!(v.kind, ChangeKind::Started);
        let fields: Vec<_> = v.changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["status", "actual_start"]);
        let (held, v) = running
            .apply(&Transition::Suspend {
                reason: "  Skolen brant  ".into(),
            })
            .unwrap();
        assert_eq!(held.why_stopped, "Skolen brant");
        assert_eq!(v.reason, "Skolen brant");
        let (again, _) = held.apply(&Transition::Resume).unwrap();
        assert_eq!(again.status, TrialStatus::Running);
        assert!(again.why_stopped.is_empty());
        let (ended, v) = again
            .apply(&Transition::Complete {
                on: date!(2028 - 07 - 31),
            })
            .unwrap();
        assert_eq!(ended.end_kind, Some(EndKind::Completed));
        assert_eq!(ended.end(), (date!(2028 - 07 - 31), DateKind::Actual));
        assert_eq!(v.kind, ChangeKind::Completed);
    }

    /// An exemption of a trial stopped early holds only until the stop; a planned trial
    /// whose period is over never started.
    #[test]
    fn an_ended_trial_ends_its_exemptions_and_a_late_planned_one_is_flagged() {
        let mut planned = TrialState::approved(&trial());
        planned.exemptions.push(ExemptionInForce {
            grant: GrantedExemption {
                exemption: 0,
                scope: crate::application::ExemptionScope::Act,
                reference: "opplæringslova".into(),
                desired_change: String::new(),
                requested_provision_id: None,
                provision_ids: Vec::new(),
                note: String::new(),
            },
            legal_basis_end: None,
        });
        assert!(!planned.never_started(date!(2028 - 07 - 31)));
        assert!(planned.never_started(date!(2028 - 08 - 01)));
        let (stopped, _) = planned
            .apply(&Transition::StopEarly {
                on: date!(2025 - 06 - 30),
                reason: "Ingen deltakere".into(),
            })
            .unwrap();
        assert!(!stopped.never_started(date!(2030 - 01 - 01)));
        assert_eq!(
            stopped.exemption_ends_on(&stopped.exemptions[0]),
            date!(2025 - 06 - 30)
        );
        assert_eq!(
            planned.exemption_ends_on(&planned.exemptions[0]),
            date!(2028 - 07 - 31)
        );
    }

    #[test]
    fn stopping_early_needs_a_reason_and_ending_is_final() {
        let planned = TrialState::approved(&trial());
        let stop = |reason: &str| Transition::StopEarly {
            on: date!(2025 - 01 - 10),
            reason: reason.into(),
        };
        assert_eq!(
            planned.apply(&stop("  ")).unwrap_err(),
            LifecycleError::ReasonRequired
        );
        assert_eq!(LifecycleError::ReasonRequired.code(), "reason_required");
        assert_eq!(LifecycleError::ReasonRequired.refusal(), Refusal::Invalid);
        // A trial may stop before it ever started (the Danish "never started").
        let (stopped, _) = planned.apply(&stop("Ingen deltakere")).unwrap();
        assert_eq!(stopped.end_kind, Some(EndKind::StoppedEarly));
        let err = stopped.apply(&Transition::Resume).unwrap_err();
        assert_eq!(err.code(), "invalid_trial_transition");
        assert_eq!(err.refusal(), Refusal::Conflict);
        assert!(
            planned.apply(&Transition::Resume).is_err(),
            "only a suspended trial resumes"
        );
        assert!(
            planned
                .apply(&Transition::Suspend { reason: "x".into() })
                .is_err(),
            "a planned trial is not put on hold"
        );
    }

    #[test]
    fn an_end_before_the_start_is_refused() {
        let (running, _) = TrialState::approved(&trial())
            .apply(&Transition::Start {
                on: date!(2024 - 09 - 01),
            })
            .unwrap();
        let err = running
            .apply(&Transition::Complete {
                on: date!(2024 - 08 - 01),
            })
            .unwrap_err();
        assert_eq!(err.code(), "ends_before_start");
    }

    #[test]
    fn an_exemption_ends_with_the_trial_unless_its_legal_basis_ends_first() {
        let grant = |legal_basis_end| ExemptionInForce {
            grant: GrantedExemption {
                exemption: 0,
                scope: crate::application::ExemptionScope::Act,
                reference: "opplæringslova § 3-4".into(),
                desired_change: String::new(),
                requested_provision_id: None,
                provision_ids: Vec::new(),
                note: String::new(),
            },
            legal_basis_end,
        };
        let end = date!(2028 - 07 - 31);
        assert_eq!(grant(None).ends_on(end), end);
        assert_eq!(
            grant(Some(date!(2027 - 12 - 31))).ends_on(end),
            date!(2027 - 12 - 31)
        );
        assert_eq!(grant(Some(date!(2030 - 01 - 01))).ends_on(end), end);
        // Stored grants of old trials read without the field.
        let old = serde_json::json!({
            "exemption": 0, "scope": "act", "reference": "x", "desired_change": "",
            "requested_provision_id": null, "provision_ids": [], "note": ""
        });
        let read: ExemptionInForce = serde_json::from_value(old).unwrap();
        assert_eq!(read.legal_basis_end, None);
    }
}
