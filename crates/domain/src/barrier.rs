//! The policy lab's barrier register: obstacles to good solutions reported in plain words,
//! their root causes, and the statuses a barrier passes through from report to resolution
//! (seed 002: "uncover unnecessary obstacles", "remove the root causes").
//!
//! An obstacle is often not in the law at all (a misread guideline, an IT system that cannot
//! share data, a funding rule), so a barrier carries root causes of every kind, and only the
//! legal ones are confirmed against provisions of the catalogue. This module holds the rules
//! that do not need storage: which status may follow which and what each needs, who sees a
//! barrier, what may be merged into what, and that a provision must be of the barrier's
//! jurisdiction.

use crate::country::Country;
use crate::rule::{Broken, Refusal};
use crate::text::FieldError;

/// The longest title of a barrier.
pub const MAX_TITLE: usize = 200;
/// The longest of the free texts (what they want to do, what stops them, consequences,
/// guidance, the ministry's response).
pub const MAX_TEXT: usize = 20_000;

crate::named_enum! {
    /// Where a barrier stands. The order is the order of the lab's work.
    pub enum BarrierStatus ("barrier status") {
        /// Reported and not yet looked at: seen only by the reporter and the lab.
        Reported,
        /// The lab is analysing it.
        UnderAnalysis,
        /// Not a legal obstacle: answered with guidance.
        NotLegalObstacle,
        /// The lab confirmed the obstacle and its root causes.
        Confirmed,
        /// An experiment is proposed to test a way round it: linked to a theme proposal, a
        /// scheme or an application.
        ExperimentProposed,
        /// A change of the rule is proposed to the owning ministry.
        RuleChangeProposed,
        /// The obstacle is gone (the rule changed, the guidance was understood).
        Resolved,
        /// Closed without resolution (out of scope, withdrawn, spam), with a reason.
        Closed,
        /// Merged into another barrier, which carries its supporters.
        Merged,
    }
}

impl BarrierStatus {
    /// The statuses this one may move to by the lab's hand. `Merged` is reached only by
    /// merging, never by a status change.
    pub fn next(self) -> &'static [BarrierStatus] {
        use BarrierStatus::*;
        match self {
            Reported => &[UnderAnalysis, Confirmed, NotLegalObstacle, Closed],
            UnderAnalysis => &[Confirmed, NotLegalObstacle, Closed],
            NotLegalObstacle => &[UnderAnalysis, Resolved, Closed],
            Confirmed => &[
                ExperimentProposed,
                RuleChangeProposed,
                UnderAnalysis,
                Resolved,
                Closed,
            ],
            ExperimentProposed => &[RuleChangeProposed, Resolved, Closed],
            RuleChangeProposed => &[Resolved, Closed],
            Closed => &[UnderAnalysis],
            Resolved | Merged => &[],
        }
    }

    /// Whether the lab has looked at it: a triaged barrier is public unless marked
    /// otherwise.
    pub fn is_triaged(self) -> bool {
        !matches!(self, BarrierStatus::Reported | BarrierStatus::Merged)
    }

    /// Whether the obstacle was confirmed and is still open: the gap list holds those of
    /// them with no trial yet.
    pub fn is_confirmed_open(self) -> bool {
        matches!(
            self,
            BarrierStatus::Confirmed
                | BarrierStatus::ExperimentProposed
                | BarrierStatus::RuleChangeProposed
        )
    }
}

crate::named_enum! {
    /// What lies behind an obstacle; several may apply.
    pub enum RootCause ("root cause") {
        /// An act of parliament.
        Law,
        /// A regulation (forskrift, bekendtgørelse, förordning).
        Regulation,
        /// A guideline, circular or the way a rule is read.
        GuidanceOrInterpretation,
        /// Practice and culture: "we have always done it this way".
        PracticeAndCulture,
        /// IT systems and data sharing.
        ItSystemsAndData,
        /// Funding rules and incentives.
        FundingAndIncentives,
        /// How the work is organised.
        Organisation,
    }
}

impl RootCause {
    /// Whether the cause lies in a rule that a provision of the catalogue can name.
    pub fn is_legal(self) -> bool {
        matches!(self, RootCause::Law | RootCause::Regulation)
    }
}

crate::named_enum! {
    /// Whom an obstacle affects (seed 002 names youth exclusion and an ageing population).
    pub enum AffectedGroup ("affected group") {
        /// Young people outside work and education.
        YoungPeopleOutsideWork,
        /// Older people.
        OlderPeople,
        /// Children and families.
        ChildrenAndFamilies,
        /// People with disabilities.
        PeopleWithDisabilities,
        /// Immigrants and refugees.
        Immigrants,
        /// Unemployed people.
        Unemployed,
        /// Patients and users of health services.
        Patients,
        /// Businesses and voluntary organisations.
        BusinessesAndVolunteers,
        /// Municipal staff themselves.
        MunicipalStaff,
        /// Anyone else.
        Other,
    }
}

crate::named_enum! {
    /// What an experiment proposed for a barrier is linked to.
    pub enum ExperimentLink ("experiment link") {
        /// A theme proposal to a scheme.
        Proposal,
        /// A scheme.
        Scheme,
        /// An application.
        Application,
    }
}

/// What a status change brings with it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatusChange<'a> {
    /// The guidance that answers a barrier that is not a legal obstacle.
    pub guidance: &'a str,
    /// Why a barrier is closed.
    pub reason: &'a str,
    /// The link of a proposed experiment.
    pub experiment: Option<(ExperimentLink, i64)>,
    /// How many root causes the barrier has once the change is made.
    pub root_causes: usize,
}

/// Whether the barrier may move from `from` to `to` with what the change brings.
pub fn check_transition(
    from: BarrierStatus,
    to: BarrierStatus,
    change: &StatusChange<'_>,
) -> Result<(), BarrierError> {
    if from == BarrierStatus::Merged {
        return Err(BarrierError::Merged);
    }
    if !from.next().contains(&to) {
        return Err(BarrierError::Transition { from, to });
    }
    match to {
        BarrierStatus::NotLegalObstacle if change.guidance.trim().is_empty() => {
            Err(BarrierError::GuidanceRequired)
        }
        BarrierStatus::Closed if change.reason.trim().is_empty() => {
            Err(BarrierError::ReasonRequired)
        }
        BarrierStatus::Confirmed if change.root_causes == 0 => Err(BarrierError::RootCauseRequired),
        BarrierStatus::ExperimentProposed if change.experiment.is_none() => {
            Err(BarrierError::ExperimentLinkRequired)
        }
        _ => Ok(()),
    }
}

/// Who reads a barrier: the lab always; the reporter and its supporters always; everybody
/// once it is triaged, unless the lab marked it not public. A merged barrier is read
/// through the barrier it was merged into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visibility {
    pub status: BarrierStatus,
    /// The lab marked it not public (a report naming a person, a security matter).
    pub restricted: bool,
}

impl Visibility {
    pub fn is_public(self) -> bool {
        self.status.is_triaged() && !self.restricted
    }
}

/// The facts of a merge: the barrier merged away and the one that takes it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MergeFacts {
    pub source_id: i64,
    pub source_status: BarrierStatus,
    pub target_id: i64,
    pub target_status: BarrierStatus,
}

/// A barrier is merged into another, open one; never into itself or into a merged one.
pub fn check_merge(facts: MergeFacts) -> Result<(), BarrierError> {
    if facts.source_id == facts.target_id {
        return Err(BarrierError::MergeIntoItself);
    }
    if facts.source_status == BarrierStatus::Merged {
        return Err(BarrierError::Merged);
    }
    if facts.target_status == BarrierStatus::Merged {
        return Err(BarrierError::MergeIntoMerged);
    }
    Ok(())
}

/// A provision linked to a barrier must be of the barrier's jurisdiction.
pub fn check_provision_country(barrier: Country, provision: Country) -> Result<(), BarrierError> {
    if barrier == provision {
        Ok(())
    } else {
        Err(BarrierError::ProvisionOtherJurisdiction { barrier, provision })
    }
}

/// The most affected groups one report may name (every group, once).
pub const MAX_GROUPS: usize = 10;
/// The longest name or contact a public report may leave.
pub const MAX_CONTACT: usize = 200;
/// Two identical reports from the same person within this many seconds are one report
/// sent twice (a double click), not two barriers.
pub const DOUBLE_SUBMIT_SECONDS: i64 = 60;

/// What a reporter writes: an obstacle in plain words.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct BarrierReport {
    pub title: String,
    /// What they want to do.
    pub wants_to_do: String,
    /// What stops them.
    pub obstacle: String,
    /// What it costs: for the people affected, for the municipality.
    pub consequences: String,
    /// Whom it affects.
    #[serde(default)]
    pub groups: Vec<AffectedGroup>,
    /// The country whose rules it is about (the reporter's organisation's by default).
    pub country: Option<Country>,
    pub scheme_id: Option<i64>,
    pub theme_id: Option<i64>,
}

impl BarrierReport {
    /// Tidies pasted text: word processors' line breaks and control characters go
    /// (`text::clean`), outer white space is trimmed, groups are kept once each in order.
    pub fn clean(mut self) -> Self {
        for text in [
            &mut self.title,
            &mut self.wants_to_do,
            &mut self.obstacle,
            &mut self.consequences,
        ] {
            *text = crate::text::clean(text).trim().to_owned();
        }
        // A title is one line.
        self.title = self.title.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut seen = Vec::new();
        self.groups.retain(|g| {
            let new = !seen.contains(g);
            seen.push(*g);
            new
        });
        self
    }

    /// Checks a cleaned report: every text required and within its limit, at least one
    /// affected group, a country.
    pub fn validate(self) -> Result<Self, BarrierError> {
        use crate::text::{Problem, check_characters, check_text};
        let texts = [
            ("title", &self.title, MAX_TITLE),
            ("wants_to_do", &self.wants_to_do, MAX_TEXT),
            ("obstacle", &self.obstacle, MAX_TEXT),
            ("consequences", &self.consequences, MAX_TEXT),
        ];
        for (field, value, max) in texts {
            if value.trim().is_empty() {
                return Err(FieldError::new(field, Problem::Required).into());
            }
            check_text(field, value, max)?;
            check_characters(field, value, field != "title")?;
        }
        if self.groups.is_empty() {
            return Err(FieldError::new("groups", Problem::Required).into());
        }
        if self.groups.len() > MAX_GROUPS {
            return Err(FieldError::new("groups", Problem::TooMany { max: MAX_GROUPS }).into());
        }
        if self.country.is_none() {
            return Err(FieldError::new("country", Problem::Required).into());
        }
        Ok(self)
    }

    /// Whether `other` says the same: a second submission of the same form.
    pub fn same_text(&self, other: &BarrierReport) -> bool {
        self.title == other.title
            && self.wants_to_do == other.wants_to_do
            && self.obstacle == other.obstacle
            && self.consequences == other.consequences
    }
}

/// A public report's sender, kept for the lab only; both may be left out.
pub fn check_contact(field: &str, value: &str) -> Result<Option<String>, BarrierError> {
    let value = crate::text::clean(value).trim().to_owned();
    if value.is_empty() {
        return Ok(None);
    }
    crate::text::check_text(field, &value, MAX_CONTACT)?;
    crate::text::check_name(field, &value)?;
    Ok(Some(value))
}

/// A provision linked to a barrier.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LinkedProvision {
    pub provision_id: i64,
    /// The lab confirmed it names the obstacle; otherwise it is a suggestion.
    pub confirmed: bool,
}

/// A barrier as stored, with its groups, root causes, provisions and supporters' count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Barrier {
    pub id: i64,
    pub country: Country,
    pub scheme_id: Option<i64>,
    pub theme_id: Option<i64>,
    pub title: String,
    pub wants_to_do: String,
    pub obstacle: String,
    pub consequences: String,
    pub status: BarrierStatus,
    pub restricted: bool,
    pub reporter_id: Option<i64>,
    pub reporter_name: Option<String>,
    pub organisation_id: Option<i64>,
    pub organisation_name: Option<String>,
    pub from_public: bool,
    /// A public report's sender: for the lab only.
    pub public_name: Option<String>,
    pub public_contact: Option<String>,
    pub merged_into: Option<i64>,
    pub guidance: Option<String>,
    pub close_reason: Option<String>,
    pub ministry: Option<String>,
    pub ministry_response: Option<String>,
    pub experiment: Option<(ExperimentLink, i64)>,
    pub groups: Vec<AffectedGroup>,
    pub root_causes: Vec<RootCause>,
    pub provisions: Vec<LinkedProvision>,
    pub supporter_count: i64,
    pub reported_at: time::OffsetDateTime,
    pub updated_at: time::OffsetDateTime,
    pub version: i64,
}

impl Barrier {
    pub fn visibility(&self) -> Visibility {
        Visibility {
            status: self.status,
            restricted: self.restricted,
        }
    }
}

/// What a status change brings, as the lab typed it (empty text is none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BarrierStatusFields {
    pub guidance: String,
    pub reason: String,
    pub experiment: Option<(ExperimentLink, i64)>,
    pub ministry: String,
    pub ministry_response: String,
    /// The lab's note in the public history.
    pub note: String,
    /// The version the lab saw; `None` when a use case acts on the current one.
    pub seen_version: Option<i64>,
}

impl BarrierStatusFields {
    /// Tidies the texts and checks their limits.
    pub fn clean(mut self) -> Result<Self, BarrierError> {
        for (field, text) in [
            ("guidance", &mut self.guidance),
            ("reason", &mut self.reason),
            ("ministry", &mut self.ministry),
            ("ministry_response", &mut self.ministry_response),
            ("note", &mut self.note),
        ] {
            *text = crate::text::clean(text).trim().to_owned();
            crate::text::check_text(field, text, MAX_TEXT)?;
        }
        Ok(self)
    }

    /// The domain's view of the change, with the root causes the barrier has.
    pub fn change(&self, root_causes: usize) -> StatusChange<'_> {
        StatusChange {
            guidance: &self.guidance,
            reason: &self.reason,
            experiment: self.experiment,
            root_causes,
        }
    }

    /// A rule change proposed or resolved with a ministry names the ministry.
    pub fn check_for(&self, to: BarrierStatus) -> Result<(), BarrierError> {
        use crate::text::Problem;
        if to == BarrierStatus::RuleChangeProposed && self.ministry.is_empty() {
            return Err(FieldError::new("ministry", Problem::Required).into());
        }
        Ok(())
    }
}

/// The words of a text folded for comparison (case, diacritics), without the short words
/// that every report shares.
pub fn words(text: &str) -> std::collections::BTreeSet<String> {
    crate::search::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 3)
        .map(str::to_owned)
        .collect()
}

/// How alike two reports are: the share of the typed report's words the other one has
/// (title words count twice). 0 when they share nothing.
pub fn similarity(typed_title: &str, typed_text: &str, title: &str, text: &str) -> f64 {
    let typed_title = words(typed_title);
    let typed_text = words(typed_text);
    let title = words(title);
    let all: std::collections::BTreeSet<String> = title.union(&words(text)).cloned().collect();
    let total = 2 * typed_title.len() + typed_text.len();
    if total == 0 {
        return 0.0;
    }
    let shared = 2 * typed_title.iter().filter(|w| all.contains(*w)).count()
        + typed_text.iter().filter(|w| all.contains(*w)).count();
    shared as f64 / total as f64
}

/// The least similarity for a barrier to be offered as "already reported".
pub const SIMILAR_AT_LEAST: f64 = 0.2;

/// A refused step in the barrier register.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BarrierError {
    #[error("{0}")]
    Field(#[from] FieldError),
    #[error("a barrier that is {from} cannot become {to}")]
    Transition {
        from: BarrierStatus,
        to: BarrierStatus,
    },
    #[error("the barrier was merged into another; act on that one")]
    Merged,
    #[error("a barrier that is not a legal obstacle is answered with guidance")]
    GuidanceRequired,
    #[error("closing a barrier needs a reason")]
    ReasonRequired,
    #[error("confirming a barrier needs at least one root cause")]
    RootCauseRequired,
    #[error("a proposed experiment is linked to a theme proposal, a scheme or an application")]
    ExperimentLinkRequired,
    #[error("the experiment's link names no {kind} {id}")]
    ExperimentLinkUnknown { kind: ExperimentLink, id: i64 },
    #[error("the citation names no provision of the catalogue")]
    CitationUnknown,
    #[error("a barrier cannot be merged into itself")]
    MergeIntoItself,
    #[error("a barrier cannot be merged into a barrier that was itself merged")]
    MergeIntoMerged,
    #[error("the provision is {provision} law, the barrier is reported under {barrier} law")]
    ProvisionOtherJurisdiction {
        barrier: Country,
        provision: Country,
    },
}

impl Broken for BarrierError {
    fn code(&self) -> &'static str {
        match self {
            BarrierError::Field(e) => e.code(),
            BarrierError::Transition { .. } => "barrier_transition",
            BarrierError::Merged => "barrier_merged",
            BarrierError::GuidanceRequired => "barrier_guidance_required",
            BarrierError::ReasonRequired => "barrier_reason_required",
            BarrierError::RootCauseRequired => "barrier_root_cause_required",
            BarrierError::ExperimentLinkRequired => "barrier_experiment_link_required",
            BarrierError::ExperimentLinkUnknown { .. } => "experiment_link_unknown",
            BarrierError::CitationUnknown => "barrier_citation_unknown",
            BarrierError::MergeIntoItself => "barrier_merge_into_itself",
            BarrierError::MergeIntoMerged => "barrier_merge_into_merged",
            BarrierError::ProvisionOtherJurisdiction { .. } => "provision_other_jurisdiction",
        }
    }

    fn refusal(&self) -> Refusal {
        match self {
            BarrierError::Transition { .. }
            | BarrierError::Merged
            | BarrierError::MergeIntoItself
            | BarrierError::MergeIntoMerged => Refusal::Conflict,
            _ => Refusal::Invalid,
        }
    }

    fn details(&self) -> serde_json::Value {
        match self {
            BarrierError::Field(e) => serde_json::json!({ "field": e.field }),
            BarrierError::Transition { from, to } => {
                serde_json::json!({ "from": from.as_str(), "to": to.as_str() })
            }
            BarrierError::GuidanceRequired => serde_json::json!({ "field": "guidance" }),
            BarrierError::ReasonRequired => serde_json::json!({ "field": "reason" }),
            BarrierError::RootCauseRequired => serde_json::json!({ "field": "root_causes" }),
            BarrierError::ExperimentLinkRequired => serde_json::json!({ "field": "experiment" }),
            BarrierError::CitationUnknown => serde_json::json!({ "field": "citation" }),
            BarrierError::ExperimentLinkUnknown { kind, id } => {
                serde_json::json!({ "field": "experiment", "kind": kind.as_str(), "id": id })
            }
            BarrierError::ProvisionOtherJurisdiction { barrier, provision } => serde_json::json!({
                "field": "provision_id",
                "barrier_country": barrier.as_str(),
                "provision_country": provision.as_str(),
            }),
            _ => serde_json::Value::Null,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::BarrierStatus::*;
    use super::*;

    #[test]
    fn names_agree() {
        crate::text::tests::names_agree::<BarrierStatus>();
        crate::text::tests::names_agree::<RootCause>();
        crate::text::tests::names_agree::<AffectedGroup>();
        crate::text::tests::names_agree::<ExperimentLink>();
        crate::text::tests::serde_reads_names::<RootCause>();
        assert_eq!(
            "x".parse::<RootCause>().unwrap_err(),
            "unknown root cause \"x\": expected law, regulation, guidance_or_interpretation, \
             practice_and_culture, it_systems_and_data, funding_and_incentives or organisation"
        );
    }

    fn with(root_causes: usize) -> StatusChange<'static> {
        StatusChange {
            root_causes,
            ..StatusChange::default()
        }
    }

    /// Every pair of statuses, data-driven: the lab's path through the register.
    #[test]
    fn the_status_machine() {
        let allowed = [
            (Reported, UnderAnalysis),
            (Reported, Confirmed),
            (UnderAnalysis, Confirmed),
            (Confirmed, RuleChangeProposed),
            (RuleChangeProposed, Resolved),
            (Closed, UnderAnalysis),
            (NotLegalObstacle, Resolved),
        ];
        let refused = [
            (Reported, Resolved),
            (Reported, RuleChangeProposed),
            (UnderAnalysis, ExperimentProposed),
            (Resolved, UnderAnalysis),
            (RuleChangeProposed, Confirmed),
            (Reported, Merged),
            (Confirmed, Confirmed),
        ];
        for (from, to) in allowed {
            assert_eq!(
                check_transition(from, to, &with(1)),
                Ok(()),
                "{from} → {to}"
            );
        }
        for (from, to) in refused {
            assert_eq!(
                check_transition(from, to, &with(1)),
                Err(BarrierError::Transition { from, to }),
                "{from} → {to}"
            );
        }
        // Nothing leaves a merged barrier.
        for to in BarrierStatus::ALL {
            assert_eq!(
                check_transition(Merged, to, &with(1)),
                Err(BarrierError::Merged)
            );
        }
    }

    #[test]
    fn each_step_brings_what_it_needs() {
        assert_eq!(
            check_transition(UnderAnalysis, NotLegalObstacle, &with(1)),
            Err(BarrierError::GuidanceRequired)
        );
        let guided = StatusChange {
            guidance: "Veilederen tillater dette allerede.",
            ..with(0)
        };
        assert_eq!(
            check_transition(UnderAnalysis, NotLegalObstacle, &guided),
            Ok(())
        );
        assert_eq!(
            check_transition(Reported, Closed, &with(0)),
            Err(BarrierError::ReasonRequired)
        );
        assert_eq!(
            check_transition(Reported, Confirmed, &with(0)),
            Err(BarrierError::RootCauseRequired)
        );
        assert_eq!(
            check_transition(Confirmed, ExperimentProposed, &with(1)),
            Err(BarrierError::ExperimentLinkRequired)
        );
        let linked = StatusChange {
            experiment: Some((ExperimentLink::Proposal, 3)),
            ..with(1)
        };
        assert_eq!(
            check_transition(Confirmed, ExperimentProposed, &linked),
            Ok(())
        );
    }

    #[test]
    fn a_barrier_is_public_once_triaged_unless_restricted() {
        let cases = [
            (Reported, false, false),
            (UnderAnalysis, false, true),
            (Confirmed, true, false),
            (Merged, false, false),
            (Closed, false, true),
        ];
        for (status, restricted, public) in cases {
            assert_eq!(
                Visibility { status, restricted }.is_public(),
                public,
                "{status} restricted={restricted}"
            );
        }
    }

    #[test]
    fn merges() {
        let ok = MergeFacts {
            source_id: 1,
            source_status: Reported,
            target_id: 2,
            target_status: Confirmed,
        };
        assert_eq!(check_merge(ok), Ok(()));
        assert_eq!(
            check_merge(MergeFacts { target_id: 1, ..ok }),
            Err(BarrierError::MergeIntoItself)
        );
        assert_eq!(
            check_merge(MergeFacts {
                target_status: Merged,
                ..ok
            }),
            Err(BarrierError::MergeIntoMerged)
        );
        assert_eq!(
            BarrierError::MergeIntoMerged.refusal(),
            Refusal::Conflict,
            "409"
        );
    }

    fn typed() -> BarrierReport {
        BarrierReport {
            title: "  Skolen kan ikke\r\ndele fravær ".into(),
            wants_to_do: "Dele fravær.\r\nTidlig.\u{0}".into(),
            obstacle: "Taushetsplikten.".into(),
            consequences: "Unge faller ut.".into(),
            groups: vec![
                AffectedGroup::YoungPeopleOutsideWork,
                AffectedGroup::YoungPeopleOutsideWork,
            ],
            country: Some(Country::No),
            ..BarrierReport::default()
        }
    }

    /// Pasted text is cleaned (one-line title, line breaks, control characters), groups
    /// kept once; each missing or too long field is refused by name.
    #[test]
    fn a_report_is_cleaned_and_checked() {
        let clean = typed().clean();
        assert_eq!(clean.title, "Skolen kan ikke dele fravær");
        assert_eq!(clean.wants_to_do, "Dele fravær.\nTidlig.");
        assert_eq!(clean.groups, vec![AffectedGroup::YoungPeopleOutsideWork]);
        assert!(clean.clone().validate().is_ok());
        let field = |report: BarrierReport| match report.clean().validate() {
            Err(BarrierError::Field(e)) => (e.field.clone(), e.code()),
            other => panic!("{other:?}"),
        };
        type Change = fn(&mut BarrierReport);
        let cases: [(Change, &str, &str); 5] = [
            (|r| r.title = " \n ".into(), "title", "field_required"),
            (|r| r.obstacle = String::new(), "obstacle", "field_required"),
            (
                |r| r.consequences = "x".repeat(MAX_TEXT + 1),
                "consequences",
                "field_too_long",
            ),
            (|r| r.groups.clear(), "groups", "field_required"),
            (|r| r.country = None, "country", "field_required"),
        ];
        for (change, name, code) in cases {
            let mut report = typed();
            change(&mut report);
            assert_eq!(field(report), (name.to_owned(), code), "{name}");
        }
        assert!(typed().clean().same_text(&typed().clean()));
        assert_eq!(check_contact("contact", "  "), Ok(None));
        assert_eq!(
            check_contact("contact", " kari@example.com "),
            Ok(Some("kari@example.com".into()))
        );
    }

    /// Similar reports share their words, folded (case, diacritics); short words do not
    /// count; the title weighs twice.
    #[test]
    fn similar_reports_rank_by_shared_words() {
        let same = similarity(
            "Skolen og NAV kan ikke dele fravær",
            "taushetsplikten",
            "skolen og nav kan ikke dele fravaer",
            "Taushetsplikten",
        );
        assert!((same - 1.0).abs() < 1e-9, "{same}");
        let some = similarity(
            "Skolen kan ikke dele fravær",
            "",
            "Fravær i barnehagen",
            "Noe helt annet",
        );
        assert!(some > 0.0 && some < 1.0, "{some}");
        assert_eq!(
            similarity("Eldre på sykehjem", "", "Unge i skolen", ""),
            0.0
        );
        assert_eq!(similarity("og i på", "", "og i på", ""), 0.0, "short words");
        assert!(same > some && some >= SIMILAR_AT_LEAST);
    }

    #[test]
    fn provisions_of_the_barriers_jurisdiction_only() {
        assert_eq!(check_provision_country(Country::No, Country::No), Ok(()));
        let refused = check_provision_country(Country::No, Country::Se).unwrap_err();
        assert_eq!(refused.code(), "provision_other_jurisdiction");
        assert_eq!(refused.refusal(), Refusal::Invalid);
    }
}
