//! Decisions on applications and the trials that approval creates.
//!
//! The secretariat approves an application, granting some or all of the exemptions it
//! requested (possibly narrowed to named provisions), with conditions, a trial period
//! within the scheme's maximum and the local regulation the participants must adopt; or
//! rejects it with reasons. [`DecisionDraft::validate`] holds every rule that needs no
//! database, so that the pages, the API and the tests refuse the same things for the same
//! reasons: reasons for either outcome (public administration gives reasons), a period that
//! does not end before the decision, and, by the scheme's [`DecisionSettings`], no decision
//! before the round's deadline nor without a completed screening; and last, that the decider
//! confirmed what will be published. Approval freezes what was approved into a [`Trial`]:
//! later changes to a trial are amendments beside it, never edits of what was decided.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::application::{Application, ApplicationStatus, ExemptionScope, Objective};
use crate::organisation::OrganisationRef;
use crate::scheme::Rules;
use crate::text::{FieldError, Problem, all_values, check_text, clean, unknown_name};

/// The longest reasons, conditions or regulation text a decision may carry.
pub const MAX_DECISION_TEXT: usize = 20_000;
/// The most provisions one granted exemption may be narrowed to.
pub const MAX_NARROWED: usize = 50;

/// What was decided.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_outcome)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Outcome {
    Approved,
    Rejected,
}

impl Outcome {
    pub const ALL: [Outcome; 2] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_outcome(name: &str) -> String {
    unknown_name::<Outcome>("outcome", name)
}

/// The local rules the participants adopt to carry out the trial: in Norway a trial
/// regulation (forsøksforskrift) or statutes (vedtekter), in Denmark the municipal
/// council's free-municipality statute (frikommunevedtægt), in Sweden a local decision
/// (lokala föreskrifter).
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_regulation_kind)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum RegulationKind {
    /// Norwegian forsøksforskrift, issued by the ministry under forsøksloven.
    TrialRegulation,
    /// Norwegian vedtekter, adopted by the municipal council.
    Statutes,
    /// Danish frikommunevedtægt.
    FreeMunicipalityStatute,
    /// Swedish local regulations adopted by the council.
    LocalRegulations,
}

impl RegulationKind {
    pub const ALL: [RegulationKind; 4] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_regulation_kind(name: &str) -> String {
    unknown_name::<RegulationKind>("regulation kind", name)
}

/// One requested exemption that the decision grants, by its position in the
/// application's list of requested exemptions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GrantChoice {
    /// The position (from 0) in the application's requested exemptions.
    pub exemption: usize,
    /// Catalogue provisions the grant is narrowed to; empty grants it as requested.
    pub provision_ids: Vec<i64>,
    /// How the grant is narrowed or qualified, in words.
    pub note: String,
}

/// What the secretariat submits to decide an application.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DecisionDraft {
    pub outcome: Outcome,
    /// Why: required for a rejection, the grounds of an approval otherwise.
    #[serde(default)]
    pub reasons: String,
    #[serde(default)]
    pub granted: Vec<GrantChoice>,
    #[serde(default)]
    pub conditions: String,
    #[serde(default)]
    pub period_start: Option<Date>,
    #[serde(default)]
    pub period_end: Option<Date>,
    #[serde(default)]
    pub regulation_kind: Option<RegulationKind>,
    /// What the local regulation must say, in outline.
    #[serde(default)]
    pub regulation_text: String,
    /// The signing secretariat member's title, as the letter shows it under their name.
    #[serde(default)]
    pub signatory_title: String,
    /// The decider has seen the summary of what will be published and confirms it; a
    /// draft that is otherwise sound is refused with `decision_not_confirmed` without it.
    #[serde(default)]
    pub confirmed: bool,
}

/// How a scheme's decisions are made and what their letters say: a setting of the scheme
/// that the secretariat can change, apart from its versioned rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DecisionSettings {
    /// No decision before the round's deadline, nor without a completed legal screening.
    pub safeguards: bool,
    /// Who issues the decisions (the scheme's owner), named at the head of the letter.
    pub issuing_authority: String,
    /// The legal basis the decisions are made under, cited in the letter.
    pub legal_basis: String,
    /// How and where to appeal; empty: the letter says that no appeal applies.
    pub appeal_guidance: String,
    /// Four eyes: a decision is published only once a second secretariat member, not the
    /// one who proposed it, approves it.
    pub four_eyes: bool,
}

impl Default for DecisionSettings {
    fn default() -> Self {
        DecisionSettings {
            safeguards: true,
            issuing_authority: String::new(),
            legal_basis: String::new(),
            appeal_guidance: String::new(),
            four_eyes: false,
        }
    }
}

/// A decision proposed under the four-eyes rule, waiting for a second secretariat member
/// to approve it before it is recorded and published.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PendingDecision {
    pub application_id: i64,
    pub draft: DecisionDraft,
    pub proposed_by: i64,
    pub proposed_by_name: Option<String>,
    pub proposed_at: OffsetDateTime,
}

impl PendingDecision {
    /// The four-eyes rule: the member who approves is not the one who proposed.
    pub fn check_approver(&self, approver: i64) -> Result<(), DecisionError> {
        if approver == self.proposed_by {
            return Err(DecisionError::SecondApproverRequired);
        }
        Ok(())
    }
}

/// The longest issuing authority or legal basis a scheme's settings may name.
pub const MAX_SETTING_TEXT: usize = 2_000;

impl DecisionSettings {
    /// Cleans pasted text in every field.
    pub fn cleaned(mut self) -> Self {
        for s in [
            &mut self.issuing_authority,
            &mut self.legal_basis,
            &mut self.appeal_guidance,
        ] {
            *s = clean(s.trim());
        }
        self
    }

    /// Checks the lengths of the texts, naming the field.
    pub fn validate(&self) -> Result<(), FieldError> {
        check_text(
            "issuing_authority",
            &self.issuing_authority,
            MAX_SETTING_TEXT,
        )?;
        check_text("legal_basis", &self.legal_basis, MAX_SETTING_TEXT)?;
        check_text("appeal_guidance", &self.appeal_guidance, MAX_DECISION_TEXT)
    }
}

/// What the case stands on when it is decided, as the use case found it: the decision's
/// date, the round's deadline and the legal screening.
#[derive(Debug, Clone, Copy)]
pub struct DecisionFacts<'a> {
    /// The day of the decision, in the round's time zone.
    pub today: Date,
    /// Whether the round's deadline has passed.
    pub deadline_passed: bool,
    /// Whether every item of the screening's checklist has a judgement.
    pub screening_complete: bool,
    /// The screening items recorded as a conflict: each refuses an approval.
    pub conflicts: &'a [String],
    pub settings: &'a DecisionSettings,
}

/// A provision a grant is narrowed to, as the catalogue knows it: checked against the
/// requested exemption by [`DecisionDraft::validate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProvisionFacts {
    pub id: i64,
    pub act_id: i64,
}

/// What a requested exemption allows narrowing to: its own provision, the provisions of
/// the act it names, or anything when it names only a policy area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NarrowingScope {
    /// Only this provision (the exemption asks for exactly one).
    Provision(i64),
    /// Provisions of this act.
    Act(i64),
    /// Any provision: the applicant named a policy area, or a reference the catalogue does
    /// not resolve, and the secretariat names the provisions.
    Open,
}

/// Which published decisions a list or feed shows; every part optional.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DecisionFilter {
    pub scheme_id: Option<i64>,
    pub country: Option<crate::Country>,
    pub outcome: Option<Outcome>,
    /// The calendar year of the decision (UTC).
    pub year: Option<i32>,
}

impl DecisionFilter {
    /// The first instant of the year asked for and of the year after it, or `None` for a
    /// year outside what a stored time can hold (four digits, from year 1; the store cannot
    /// even encode the bounds of others).
    pub fn year_bounds(&self) -> Option<(OffsetDateTime, OffsetDateTime)> {
        let year = self.year.filter(|y| (1..=9998).contains(y))?;
        let start = Date::from_calendar_date(year, time::Month::January, 1).ok()?;
        let end = Date::from_calendar_date(year.checked_add(1)?, time::Month::January, 1).ok()?;
        Some((start.midnight().assume_utc(), end.midnight().assume_utc()))
    }
}

/// Why a decision was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum DecisionError {
    #[error("only a submitted application can be decided")]
    NotDecidable,
    #[error("the legal screening found a conflict with: {}", items.join("; "))]
    ScreeningConflict { items: Vec<String> },
    #[error("exemption {exemption} was not requested")]
    NotRequested { exemption: usize },
    #[error("exemption {exemption} is granted twice")]
    GrantedTwice { exemption: usize },
    #[error("provision {provision_id} lies outside what exemption {exemption} requested")]
    OutsideRequest { exemption: usize, provision_id: i64 },
    #[error("an approval grants at least one requested exemption")]
    NothingGranted,
    #[error(
        "the trial period of {months} months is longer than the scheme's maximum of {max_months}"
    )]
    PeriodTooLong { months: u32, max_months: u32 },
    #[error("a decision gives its reasons, whether it approves or rejects")]
    ReasonsRequired,
    #[error("the trial period ends before the day of the decision")]
    PeriodEndsBeforeDecision,
    #[error("the round is still open: the scheme decides only after its deadline")]
    RoundStillOpen,
    #[error("the legal screening is not completed: every item needs a judgement first")]
    ScreeningNotCompleted,
    #[error("the decision was not confirmed: review the summary of what will be published")]
    NotConfirmed,
    #[error("a second secretariat member, not the one who proposed it, must approve the decision")]
    SecondApproverRequired,
    #[error("no decision waits for approval on this application")]
    NothingToApprove,
    #[error(transparent)]
    Field(#[from] FieldError),
}

impl DecisionError {
    /// A stable machine code for the refusal.
    pub fn code(&self) -> &'static str {
        match self {
            DecisionError::NotDecidable => "not_decidable",
            DecisionError::ScreeningConflict { .. } => "screening_conflict",
            DecisionError::NotRequested { .. } => "exemption_not_requested",
            DecisionError::GrantedTwice { .. } => "exemption_granted_twice",
            DecisionError::OutsideRequest { .. } => "provision_outside_request",
            DecisionError::NothingGranted => "nothing_granted",
            DecisionError::PeriodTooLong { .. } => "period_too_long",
            DecisionError::ReasonsRequired => "reasons_required",
            DecisionError::PeriodEndsBeforeDecision => "period_ends_before_decision",
            DecisionError::RoundStillOpen => "round_still_open",
            DecisionError::ScreeningNotCompleted => "screening_not_completed",
            DecisionError::NotConfirmed => "decision_not_confirmed",
            DecisionError::SecondApproverRequired => "second_approver_required",
            DecisionError::NothingToApprove => "nothing_to_approve",
            DecisionError::Field(e) => e.code(),
        }
    }
}

/// Whole months from `start` to `end`, a started month counting as a whole one, as
/// [`crate::application::ApplicationContent::period_months`] counts them.
pub fn months_between(start: Date, end: Date) -> Option<u32> {
    if end < start {
        return None;
    }
    let months = (end.year() - start.year()) * 12
        + (i32::from(u8::from(end.month())) - i32::from(u8::from(start.month())));
    let extra = i32::from(end.day() + 1 > start.day());
    u32::try_from(months + extra).ok()
}

impl DecisionDraft {
    /// Cleans pasted text in every field and orders the grants by exemption.
    pub fn cleaned(mut self) -> Self {
        for s in [
            &mut self.reasons,
            &mut self.conditions,
            &mut self.regulation_text,
            &mut self.signatory_title,
        ] {
            *s = clean(s);
        }
        for g in &mut self.granted {
            g.note = clean(&g.note);
            g.provision_ids.sort_unstable();
            g.provision_ids.dedup();
        }
        self.granted.sort_by_key(|g| g.exemption);
        self
    }

    /// Checks the decision against the application, its rules, the facts of the case and
    /// the scheme's settings, in this order: the case can be decided at all (submitted; by
    /// the safeguards, its round closed and its screening completed), the texts, reasons
    /// given, for an approval no screening conflict, the grants, the period and the local
    /// regulation, and last the decider's confirmation.
    ///
    /// `scopes` says, for each requested exemption by position, what it may be narrowed to;
    /// `provisions` are the catalogue facts of every provision named in a grant (an unknown
    /// id is refused).
    pub fn validate(
        &self,
        application: &Application,
        rules: &Rules,
        facts: &DecisionFacts<'_>,
        scopes: &[NarrowingScope],
        provisions: &[ProvisionFacts],
    ) -> Result<(), DecisionError> {
        if application.status != ApplicationStatus::Submitted {
            return Err(DecisionError::NotDecidable);
        }
        if facts.settings.safeguards {
            if !facts.deadline_passed {
                return Err(DecisionError::RoundStillOpen);
            }
            if !facts.screening_complete {
                return Err(DecisionError::ScreeningNotCompleted);
            }
        }
        check_text("reasons", &self.reasons, MAX_DECISION_TEXT)?;
        check_text("conditions", &self.conditions, MAX_DECISION_TEXT)?;
        check_text("regulation_text", &self.regulation_text, MAX_DECISION_TEXT)?;
        check_text("signatory_title", &self.signatory_title, 200)?;
        if self.reasons.trim().is_empty() {
            return Err(DecisionError::ReasonsRequired);
        }
        if self.outcome == Outcome::Approved {
            if !facts.conflicts.is_empty() {
                return Err(DecisionError::ScreeningConflict {
                    items: facts.conflicts.to_vec(),
                });
            }
            self.validate_grants(application, scopes, provisions)?;
            self.validate_period(rules, facts.today)?;
            if self.regulation_kind.is_none() {
                return Err(FieldError::new("regulation_kind", Problem::Required).into());
            }
        }
        if !self.confirmed {
            return Err(DecisionError::NotConfirmed);
        }
        Ok(())
    }

    fn validate_grants(
        &self,
        application: &Application,
        scopes: &[NarrowingScope],
        provisions: &[ProvisionFacts],
    ) -> Result<(), DecisionError> {
        if self.granted.is_empty() {
            return Err(DecisionError::NothingGranted);
        }
        let requested = application.content.exemptions.len();
        let mut seen = Vec::with_capacity(self.granted.len());
        for (i, grant) in self.granted.iter().enumerate() {
            if grant.exemption >= requested {
                return Err(DecisionError::NotRequested {
                    exemption: grant.exemption,
                });
            }
            if seen.contains(&grant.exemption) {
                return Err(DecisionError::GrantedTwice {
                    exemption: grant.exemption,
                });
            }
            seen.push(grant.exemption);
            check_text(&format!("granted[{i}].note"), &grant.note, 2_000)?;
            if grant.provision_ids.len() > MAX_NARROWED {
                return Err(FieldError::new(
                    format!("granted[{i}].provision_ids"),
                    Problem::TooMany { max: MAX_NARROWED },
                )
                .into());
            }
            let scope = scopes.get(grant.exemption).unwrap_or(&NarrowingScope::Open);
            for &provision_id in &grant.provision_ids {
                let Some(facts) = provisions.iter().find(|p| p.id == provision_id) else {
                    return Err(DecisionError::OutsideRequest {
                        exemption: grant.exemption,
                        provision_id,
                    });
                };
                let inside = match scope {
                    NarrowingScope::Provision(id) => *id == facts.id,
                    NarrowingScope::Act(act_id) => *act_id == facts.act_id,
                    NarrowingScope::Open => true,
                };
                if !inside {
                    return Err(DecisionError::OutsideRequest {
                        exemption: grant.exemption,
                        provision_id,
                    });
                }
            }
        }
        Ok(())
    }

    fn validate_period(&self, rules: &Rules, today: Date) -> Result<(), DecisionError> {
        let Some(start) = self.period_start else {
            return Err(FieldError::new("period_start", Problem::Required).into());
        };
        let Some(end) = self.period_end else {
            return Err(FieldError::new("period_end", Problem::Required).into());
        };
        let Some(months) = months_between(start, end) else {
            return Err(FieldError::new("period_end", Problem::BeforeStart).into());
        };
        // A trial approved for a period already over could never be carried out.
        if end < today {
            return Err(DecisionError::PeriodEndsBeforeDecision);
        }
        if let Some(max_months) = rules.max_trial_months
            && months > max_months
        {
            return Err(DecisionError::PeriodTooLong { months, max_months });
        }
        Ok(())
    }
}

/// The scope a requested exemption may be narrowed within, given the provision it names
/// (when it was picked from the catalogue) and the act its reference resolves to.
pub fn narrowing_scope(
    scope: ExemptionScope,
    provision_id: Option<i64>,
    act_id: Option<i64>,
) -> NarrowingScope {
    match (scope, provision_id, act_id) {
        (ExemptionScope::Provision, Some(id), _) => NarrowingScope::Provision(id),
        (ExemptionScope::Provision | ExemptionScope::Act, None, Some(act)) => {
            NarrowingScope::Act(act)
        }
        (ExemptionScope::Act, Some(_), Some(act)) => NarrowingScope::Act(act),
        _ => NarrowingScope::Open,
    }
}

/// A granted exemption as decided: a copy of the request it answers, so that later
/// amendments of the application cannot change what was granted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GrantedExemption {
    pub exemption: usize,
    pub scope: ExemptionScope,
    pub reference: String,
    pub desired_change: String,
    /// The provision the applicant picked, if any.
    pub requested_provision_id: Option<i64>,
    /// The provisions the grant is narrowed to; empty: as requested.
    pub provision_ids: Vec<i64>,
    pub note: String,
}

impl GrantedExemption {
    /// Builds the frozen grants of a validated draft.
    pub fn from_choices(application: &Application, choices: &[GrantChoice]) -> Vec<Self> {
        choices
            .iter()
            .filter_map(|c| {
                let requested = application.content.exemptions.get(c.exemption)?;
                Some(GrantedExemption {
                    exemption: c.exemption,
                    scope: requested.scope,
                    reference: requested.reference.clone(),
                    desired_change: requested.desired_change.clone(),
                    requested_provision_id: requested.provision_id,
                    provision_ids: c.provision_ids.clone(),
                    note: c.note.clone(),
                })
            })
            .collect()
    }

    pub fn is_narrowed(&self) -> bool {
        !self.provision_ids.is_empty()
    }
}

/// A validated decision as the store keeps it, with what approval freezes into a trial.
#[derive(Debug, Clone, PartialEq)]
pub struct NewDecision {
    pub outcome: Outcome,
    pub reasons: String,
    pub granted: Vec<GrantedExemption>,
    pub conditions: String,
    pub period_start: Option<Date>,
    pub period_end: Option<Date>,
    pub regulation_kind: Option<RegulationKind>,
    pub regulation_text: String,
    pub signatory_title: String,
    /// The application's version the decision was validated against: a change in between
    /// (an amendment during clarification) refuses it.
    pub application_version: i64,
    pub trial: Option<NewTrial>,
}

/// What an approved application brings into its trial, copied as it stood at approval.
#[derive(Debug, Clone, PartialEq)]
pub struct NewTrial {
    pub scheme_id: i64,
    pub case_number: String,
    pub title: String,
    pub participants: Vec<OrganisationRef>,
    pub objectives: Vec<Objective>,
    /// The scheme's themes the application chose, so that the trials list filters by them.
    pub themes: Vec<i64>,
}

impl NewDecision {
    /// Freezes a draft that [`DecisionDraft::validate`] accepted for this application.
    pub fn from_validated(draft: DecisionDraft, application: &Application) -> Self {
        let granted = match draft.outcome {
            Outcome::Approved => GrantedExemption::from_choices(application, &draft.granted),
            Outcome::Rejected => Vec::new(),
        };
        let trial = (draft.outcome == Outcome::Approved).then(|| NewTrial {
            scheme_id: application.scheme_id,
            case_number: application.case_number.clone().unwrap_or_default(),
            title: application.content.title.clone(),
            participants: application.participants().into_iter().cloned().collect(),
            objectives: application.content.objectives.clone(),
            themes: application.content.themes.clone(),
        });
        // A rejection carries no period, grants or regulation, whatever the form held.
        let approved = draft.outcome == Outcome::Approved;
        NewDecision {
            outcome: draft.outcome,
            reasons: draft.reasons,
            granted,
            conditions: if approved {
                draft.conditions
            } else {
                String::new()
            },
            period_start: draft.period_start.filter(|_| approved),
            period_end: draft.period_end.filter(|_| approved),
            regulation_kind: draft.regulation_kind.filter(|_| approved),
            regulation_text: if approved {
                draft.regulation_text
            } else {
                String::new()
            },
            signatory_title: draft.signatory_title,
            application_version: application.version,
            trial,
        }
    }
}

/// A decision as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Decision {
    pub id: i64,
    pub application_id: i64,
    pub outcome: Outcome,
    pub reasons: String,
    pub granted: Vec<GrantedExemption>,
    pub conditions: String,
    pub period_start: Option<Date>,
    pub period_end: Option<Date>,
    pub regulation_kind: Option<RegulationKind>,
    pub regulation_text: String,
    pub decided_by: Option<i64>,
    pub decided_by_name: Option<String>,
    /// The signing secretariat member's title, as the letter shows it.
    pub signatory_title: String,
    #[serde(with = "time::serde::rfc3339")]
    pub decided_at: OffsetDateTime,
    /// The trial approval created.
    pub trial_id: Option<i64>,
}

/// A decision in the public list and the feed: what was decided on which case.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DecisionSummary {
    pub id: i64,
    pub application_id: i64,
    pub case_number: String,
    pub title: String,
    pub scheme_id: i64,
    pub scheme_code: String,
    pub scheme_title: String,
    pub lead: OrganisationRef,
    pub outcome: Outcome,
    pub reasons: String,
    #[serde(with = "time::serde::rfc3339")]
    pub decided_at: OffsetDateTime,
    pub trial_id: Option<i64>,
    /// Who decided, as the decision's page names them.
    pub decided_by_name: Option<String>,
}

/// Where a trial is in its life: approval creates it as planned; it runs once its local
/// regulation is in force, may be put on hold, and ends completed or stopped early
/// (the trial module holds the transitions).
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_trial_status)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum TrialStatus {
    Planned,
    Running,
    Suspended,
    Ended,
}

impl TrialStatus {
    pub const ALL: [TrialStatus; 4] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_trial_status(name: &str) -> String {
    unknown_name::<TrialStatus>("trial status", name)
}

/// A trial: what was approved, frozen as it was approved.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Trial {
    pub id: i64,
    pub application_id: i64,
    pub scheme_id: i64,
    pub decision_id: i64,
    pub case_number: String,
    pub title: String,
    pub status: TrialStatus,
    pub participants: Vec<OrganisationRef>,
    pub exemptions: Vec<GrantedExemption>,
    pub objectives: Vec<Objective>,
    pub period_start: Date,
    pub period_end: Date,
    pub conditions: String,
    pub regulation_kind: RegulationKind,
    pub regulation_text: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Country;
    use crate::application::{ApplicationContent, RequestedExemption};
    use crate::organisation::OrganisationRef;
    use time::macros::{date, datetime};

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn outcome_names_agree() {
        crate::text::tests::names_agree::<Outcome>();
        crate::text::tests::serde_reads_names::<Outcome>();
        assert_eq!(
            "x".parse::<Outcome>().unwrap_err().to_string(),
            "unknown outcome \"x\": expected approved or rejected"
        );
    }

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn regulation_kind_names_agree() {
        crate::text::tests::names_agree::<RegulationKind>();
        crate::text::tests::serde_reads_names::<RegulationKind>();
        assert_eq!(
            "x".parse::<RegulationKind>().unwrap_err().to_string(),
            "unknown regulation kind \"x\": expected trial_regulation, statutes, free_municipality_statute or local_regulations"
        );
    }

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn trial_status_names_agree() {
        crate::text::tests::names_agree::<TrialStatus>();
        crate::text::tests::serde_reads_names::<TrialStatus>();
        assert_eq!(
            "x".parse::<TrialStatus>().unwrap_err().to_string(),
            "unknown trial status \"x\": expected planned, running, suspended or ended"
        );
    }

    fn org(id: i64) -> OrganisationRef {
        OrganisationRef {
            id,
            country: Country::No,
            code: format!("{id}"),
            name: format!("Org {id}"),
        }
    }

    fn application() -> Application {
        let exemption = |reference: &str, provision_id| RequestedExemption {
            scope: ExemptionScope::Provision,
            reference: reference.into(),
            desired_change: "change".into(),
            justification: "because".into(),
            provision_id,
        };
        Application {
            id: 1,
            scheme_id: 1,
            round_id: 1,
            lead: org(1),
            members: vec![],
            status: ApplicationStatus::Submitted,
            version: 3,
            case_number: Some("NO2026-R1-001".into()),
            content: ApplicationContent {
                exemptions: vec![
                    exemption("opplæringslova § 13-1", Some(10)),
                    exemption("helse- og omsorgstjenesteloven", None),
                ],
                ..ApplicationContent::default()
            },
            created_at: datetime!(2026-01-01 0:00 UTC),
            updated_at: datetime!(2026-01-01 0:00 UTC),
            submitted_at: Some(datetime!(2026-01-02 0:00 UTC)),
            withdrawn_at: None,
            rules_version: Some(1),
            eligibility: None,
        }
    }

    fn rules() -> Rules {
        Rules {
            max_trial_months: Some(48),
            ..Rules::default()
        }
    }

    fn approval() -> DecisionDraft {
        DecisionDraft {
            outcome: Outcome::Approved,
            reasons: "Well founded.".into(),
            granted: vec![GrantChoice {
                exemption: 0,
                provision_ids: vec![],
                note: String::new(),
            }],
            conditions: "Report yearly.".into(),
            period_start: Some(date!(2027 - 01 - 01)),
            period_end: Some(date!(2030 - 12 - 31)),
            regulation_kind: Some(RegulationKind::TrialRegulation),
            regulation_text: String::new(),
            signatory_title: "Seniorrådgiver".into(),
            confirmed: true,
        }
    }

    /// A case whose round has closed and whose screening is complete, decided in 2026.
    fn facts<'a>(conflicts: &'a [String], settings: &'a DecisionSettings) -> DecisionFacts<'a> {
        DecisionFacts {
            today: date!(2026 - 06 - 01),
            deadline_passed: true,
            screening_complete: true,
            conflicts,
            settings,
        }
    }

    fn scopes() -> Vec<NarrowingScope> {
        vec![NarrowingScope::Provision(10), NarrowingScope::Act(7)]
    }

    fn provisions() -> Vec<ProvisionFacts> {
        vec![
            ProvisionFacts { id: 10, act_id: 5 },
            ProvisionFacts { id: 20, act_id: 7 },
            ProvisionFacts { id: 21, act_id: 7 },
        ]
    }

    fn check(draft: &DecisionDraft, conflicts: &[String]) -> Result<(), DecisionError> {
        let settings = DecisionSettings::default();
        draft.validate(
            &application(),
            &rules(),
            &facts(conflicts, &settings),
            &scopes(),
            &provisions(),
        )
    }

    #[test]
    fn reasons_are_required_for_approval_and_rejection_alike() {
        let mut draft = approval();
        draft.reasons = " \n ".into();
        assert_eq!(check(&draft, &[]), Err(DecisionError::ReasonsRequired));
        draft.outcome = Outcome::Rejected;
        assert_eq!(check(&draft, &[]).unwrap_err().code(), "reasons_required");
    }

    #[test]
    fn the_period_may_not_end_before_the_decision() {
        let mut draft = approval();
        draft.period_start = Some(date!(2020 - 01 - 01));
        draft.period_end = Some(date!(2023 - 12 - 31));
        assert_eq!(
            check(&draft, &[]).unwrap_err().code(),
            "period_ends_before_decision"
        );
        // Ending on the day of the decision is still a period to carry out that day.
        draft.period_start = Some(date!(2026 - 01 - 01));
        draft.period_end = Some(date!(2026 - 06 - 01));
        assert_eq!(check(&draft, &[]), Ok(()));
        // A rejection has no period to check.
        draft.period_end = Some(date!(2023 - 12 - 31));
        draft.outcome = Outcome::Rejected;
        assert_eq!(check(&draft, &[]), Ok(()));
    }

    #[test]
    fn the_safeguards_wait_for_the_deadline_and_the_screening() {
        let settings = DecisionSettings::default();
        assert!(settings.safeguards, "on unless the scheme turns them off");
        let run = |deadline_passed, screening_complete, settings: &DecisionSettings| {
            approval().validate(
                &application(),
                &rules(),
                &DecisionFacts {
                    deadline_passed,
                    screening_complete,
                    ..facts(&[], settings)
                },
                &scopes(),
                &provisions(),
            )
        };
        assert_eq!(
            run(false, true, &settings),
            Err(DecisionError::RoundStillOpen)
        );
        assert_eq!(
            run(true, false, &settings).unwrap_err().code(),
            "screening_not_completed"
        );
        // A rejection waits all the same: the round may still bring better applications.
        let rejection = DecisionDraft {
            outcome: Outcome::Rejected,
            ..approval()
        };
        assert_eq!(
            rejection.validate(
                &application(),
                &rules(),
                &DecisionFacts {
                    deadline_passed: false,
                    ..facts(&[], &settings)
                },
                &scopes(),
                &provisions()
            ),
            Err(DecisionError::RoundStillOpen)
        );
        let off = DecisionSettings {
            safeguards: false,
            ..DecisionSettings::default()
        };
        assert_eq!(run(false, false, &off), Ok(()));
    }

    #[test]
    fn an_unconfirmed_decision_is_refused_last() {
        let mut draft = approval();
        draft.confirmed = false;
        assert_eq!(check(&draft, &[]), Err(DecisionError::NotConfirmed));
        assert_eq!(
            check(&draft, &[]).unwrap_err().code(),
            "decision_not_confirmed"
        );
        // Anything else wrong is said first, so the summary is only shown for a sound draft.
        draft.reasons.clear();
        assert_eq!(check(&draft, &[]), Err(DecisionError::ReasonsRequired));
    }

    #[test]
    fn four_eyes_needs_a_second_member() {
        assert!(
            !DecisionSettings::default().four_eyes,
            "off unless the scheme turns it on"
        );
        let pending = PendingDecision {
            application_id: 1,
            draft: approval(),
            proposed_by: 7,
            proposed_by_name: None,
            proposed_at: datetime!(2026-06-01 9:00 UTC),
        };
        assert_eq!(
            pending.check_approver(7),
            Err(DecisionError::SecondApproverRequired)
        );
        assert_eq!(
            pending.check_approver(7).unwrap_err().code(),
            "second_approver_required"
        );
        assert_eq!(pending.check_approver(8), Ok(()));
    }

    #[test]
    fn settings_check_their_texts() {
        let settings = DecisionSettings {
            legal_basis: "x".repeat(MAX_SETTING_TEXT + 1),
            ..DecisionSettings::default()
        };
        assert_eq!(settings.validate().unwrap_err().field, "legal_basis");
        let cleaned = DecisionSettings {
            issuing_authority: "  Kommunal- og distriktsdepartementet ".into(),
            ..DecisionSettings::default()
        }
        .cleaned();
        assert_eq!(
            cleaned.issuing_authority,
            "Kommunal- og distriktsdepartementet"
        );
        assert_eq!(cleaned.validate(), Ok(()));
    }

    #[test]
    fn the_year_filter_spans_the_calendar_year() {
        let filter = DecisionFilter {
            year: Some(2026),
            ..DecisionFilter::default()
        };
        let (from, to) = filter.year_bounds().unwrap();
        assert_eq!(from, datetime!(2026-01-01 0:00 UTC));
        assert_eq!(to, datetime!(2027-01-01 0:00 UTC));
        assert_eq!(DecisionFilter::default().year_bounds(), None);
        // Years the store cannot encode match nothing rather than failing.
        for year in [-340, 0, 9999, i32::MAX] {
            let filter = DecisionFilter {
                year: Some(year),
                ..DecisionFilter::default()
            };
            assert_eq!(filter.year_bounds(), None, "{year}");
        }
    }

    #[test]
    fn a_sound_approval_passes() {
        assert_eq!(check(&approval(), &[]), Ok(()));
    }

    #[test]
    fn a_screening_conflict_blocks_approval_but_not_rejection() {
        let conflicts = vec!["EU law".to_owned()];
        let err = check(&approval(), &conflicts).unwrap_err();
        assert_eq!(err.code(), "screening_conflict");
        assert!(err.to_string().contains("EU law"));
        let rejection = DecisionDraft {
            outcome: Outcome::Rejected,
            granted: vec![],
            ..approval()
        };
        assert_eq!(check(&rejection, &conflicts), Ok(()));
    }

    #[test]
    fn only_requested_exemptions_can_be_granted_once_each() {
        let mut draft = approval();
        draft.granted[0].exemption = 2;
        assert_eq!(
            check(&draft, &[]),
            Err(DecisionError::NotRequested { exemption: 2 })
        );
        let mut draft = approval();
        draft.granted.push(draft.granted[0].clone());
        assert_eq!(
            check(&draft, &[]).unwrap_err().code(),
            "exemption_granted_twice"
        );
        let mut draft = approval();
        draft.granted.clear();
        assert_eq!(check(&draft, &[]), Err(DecisionError::NothingGranted));
    }

    #[test]
    fn narrowing_stays_inside_the_request() {
        // The act-wide request may be narrowed to provisions of that act.
        let mut draft = approval();
        draft.granted = vec![GrantChoice {
            exemption: 1,
            provision_ids: vec![20, 21],
            note: "Only the duty to document.".into(),
        }];
        assert_eq!(check(&draft, &[]), Ok(()));
        // A provision of another act is outside it.
        draft.granted[0].provision_ids = vec![10];
        assert_eq!(
            check(&draft, &[]),
            Err(DecisionError::OutsideRequest {
                exemption: 1,
                provision_id: 10
            })
        );
        // A single-provision request cannot be widened to another provision.
        draft.granted = vec![GrantChoice {
            exemption: 0,
            provision_ids: vec![20],
            note: String::new(),
        }];
        assert_eq!(
            check(&draft, &[]).unwrap_err().code(),
            "provision_outside_request"
        );
        // An unknown provision is refused by the same rule.
        draft.granted[0].provision_ids = vec![999];
        assert_eq!(
            check(&draft, &[]).unwrap_err().code(),
            "provision_outside_request"
        );
    }

    #[test]
    fn the_period_must_fit_the_maximum() {
        let mut draft = approval();
        draft.period_end = Some(date!(2031 - 01 - 01));
        assert_eq!(
            check(&draft, &[]),
            Err(DecisionError::PeriodTooLong {
                months: 49,
                max_months: 48
            })
        );
        draft.period_end = Some(date!(2026 - 12 - 31));
        assert_eq!(check(&draft, &[]).unwrap_err().code(), "end_before_start");
        draft.period_end = None;
        assert_eq!(check(&draft, &[]).unwrap_err().code(), "field_required");
    }

    #[test]
    fn an_approval_names_the_local_regulation() {
        let mut draft = approval();
        draft.regulation_kind = None;
        let err = check(&draft, &[]).unwrap_err();
        assert_eq!(err.code(), "field_required");
        assert!(matches!(err, DecisionError::Field(f) if f.field == "regulation_kind"));
    }

    #[test]
    fn only_submitted_applications_are_decided() {
        let mut app = application();
        app.status = ApplicationStatus::Withdrawn;
        let settings = DecisionSettings::default();
        let err = approval()
            .validate(
                &app,
                &rules(),
                &facts(&[], &settings),
                &scopes(),
                &provisions(),
            )
            .unwrap_err();
        assert_eq!(err, DecisionError::NotDecidable);
    }

    #[test]
    fn narrowing_scope_follows_the_request() {
        use ExemptionScope::*;
        assert_eq!(
            narrowing_scope(Provision, Some(3), Some(1)),
            NarrowingScope::Provision(3)
        );
        assert_eq!(narrowing_scope(Act, None, Some(1)), NarrowingScope::Act(1));
        assert_eq!(
            narrowing_scope(PolicyArea, None, Some(1)),
            NarrowingScope::Open
        );
        assert_eq!(narrowing_scope(Act, None, None), NarrowingScope::Open);
    }

    #[test]
    fn grants_copy_the_request() {
        let app = application();
        let granted = GrantedExemption::from_choices(&app, &approval().granted);
        assert_eq!(granted.len(), 1);
        assert_eq!(granted[0].reference, "opplæringslova § 13-1");
        assert_eq!(granted[0].requested_provision_id, Some(10));
        assert!(!granted[0].is_narrowed());
    }
}

#[cfg(test)]
mod named_value_tests {
    use super::{Outcome, RegulationKind};

    #[test]
    fn names_round_trip_and_unknown_names_list_the_accepted_ones() {
        for kind in RegulationKind::ALL {
            assert_eq!(kind.as_str().parse::<RegulationKind>(), Ok(kind));
        }
        assert_eq!(Outcome::Approved.to_string(), "approved");
        assert_eq!(
            "maybe".parse::<Outcome>(),
            Err("unknown outcome \"maybe\": expected approved or rejected".to_owned())
        );
        assert_eq!(
            "x".parse::<RegulationKind>().unwrap_err(),
            "unknown regulation kind \"x\": expected trial_regulation, statutes, \
             free_municipality_statute or local_regulations"
        );
    }
}
