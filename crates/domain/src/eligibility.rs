//! Eligibility: a pure function from an application, its scheme's rules, its round and the
//! registry's figures to an explained outcome for every rule (PRODUCT.md step 4).
//!
//! Each rule says passed, failed or not applicable, with a [`Reason`] and the [`Facts`] it
//! used, so that the applicant sees why, and the same report is frozen at submission.
//!
//! A report's JSON is frozen into the database (`applications.eligibility`) and sent by the
//! API, so its shape is fixed: `{"eligible", "checked_at", "rules": [{"rule", "outcome",
//! "reason", "message", "facts": {…}}]}`, the keys of `facts` depending on the reason.
//! The tests hold reports written before reasons and facts were typed, literally.

use std::borrow::Cow;

use serde::{Deserialize, Serialize, Serializer};
use time::{Date, OffsetDateTime};

use crate::application::ApplicationContent;
use crate::clock::LocalTime;
use crate::country::Country;
use crate::organisation::OrganisationKind;
use crate::scheme::{Round, RoundPhase, Rules};

#[cfg(test)]
mod tests;

/// A rule of eligibility, in the order they are checked and shown.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_rule)]
pub enum Rule {
    RoundOpen,
    Jurisdiction,
    OrganisationKinds,
    Network,
    Population,
    RequiredFields,
    TrialLength,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_rule(name: &str) -> String {
    crate::text::unknown_name::<Rule>("rule", name)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Passed,
    Failed,
    NotApplicable,
}

/// Why a rule came out as it did: a stable code, the id of its message (`rule-<reason>`)
/// and, for a failure, the error code of a refused submission. Each belongs to one rule
/// and stands for one outcome.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_reason)]
pub enum Reason {
    /// The round is open now.
    RoundOpen,
    /// The round has not opened yet, or its time zone is unknown.
    RoundNotOpen,
    /// The round's deadline has passed.
    DeadlinePassed,
    /// Every participant is in the scheme's country.
    JurisdictionOk,
    /// A participant is outside the scheme's country.
    WrongJurisdiction,
    /// Every participant is of a kind that may apply.
    KindsAllowed,
    /// A participant is of a kind that may not apply.
    KindNotAllowed,
    /// One organisation applies alone: the network rule does not apply.
    SingleApplicant,
    /// A network applies, and the scheme allows networks.
    NetworkAllowed,
    /// A network applies to a scheme for single applicants.
    NetworkNotAllowed,
    /// The scheme sets no minimum population.
    NoMinimum,
    /// The registry has no population figure for a participant.
    PopulationMissing,
    /// The combined population meets the minimum.
    PopulationOk,
    /// The combined population is below the minimum.
    PopulationBelowMinimum,
    /// Every required field is filled in.
    FieldsComplete,
    /// A required field is still empty.
    ApplicationIncomplete,
    /// The scheme sets no maximum length, or the application no period yet.
    NoLimitOrPeriod,
    /// The planned period is within the maximum.
    TrialLengthOk,
    /// The planned period is longer than the maximum.
    TrialTooLong,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The rule that gives this reason.
    pub fn rule(self) -> Rule {
        match self {
            Self::RoundOpen | Self::RoundNotOpen | Self::DeadlinePassed => Rule::RoundOpen,
            Self::JurisdictionOk | Self::WrongJurisdiction => Rule::Jurisdiction,
            Self::KindsAllowed | Self::KindNotAllowed => Rule::OrganisationKinds,
            Self::SingleApplicant | Self::NetworkAllowed | Self::NetworkNotAllowed => Rule::Network,
            Self::NoMinimum
            | Self::PopulationMissing
            | Self::PopulationOk
            | Self::PopulationBelowMinimum => Rule::Population,
            Self::FieldsComplete | Self::ApplicationIncomplete => Rule::RequiredFields,
            Self::NoLimitOrPeriod | Self::TrialLengthOk | Self::TrialTooLong => Rule::TrialLength,
        }
    }

    /// The outcome this reason stands for.
    pub fn outcome(self) -> Outcome {
        match self {
            Self::RoundOpen
            | Self::JurisdictionOk
            | Self::KindsAllowed
            | Self::NetworkAllowed
            | Self::PopulationOk
            | Self::FieldsComplete
            | Self::TrialLengthOk => Outcome::Passed,
            Self::SingleApplicant | Self::NoMinimum | Self::NoLimitOrPeriod => {
                Outcome::NotApplicable
            }
            Self::RoundNotOpen
            | Self::DeadlinePassed
            | Self::WrongJurisdiction
            | Self::KindNotAllowed
            | Self::NetworkNotAllowed
            | Self::PopulationMissing
            | Self::PopulationBelowMinimum
            | Self::ApplicationIncomplete
            | Self::TrialTooLong => Outcome::Failed,
        }
    }

    /// Whether this reason is the error code of a refused submission: every failure's is,
    /// and no other.
    pub fn is_refusal(self) -> bool {
        self.outcome() == Outcome::Failed
    }
}

fn unknown_reason(name: &str) -> String {
    crate::text::unknown_name::<Reason>("reason", name)
}

/// The registry's facts about one participating organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub id: i64,
    pub country: Country,
    pub code: String,
    pub name: String,
    pub kind: OrganisationKind,
    pub population: Option<u64>,
    pub population_date: Option<Date>,
    pub population_uncertain: bool,
    /// Where the figure comes from (the statistics office and table).
    #[serde(default)]
    pub population_source: String,
}

// The facts' fields are in alphabetical order: the JSON written before they were typed
// came from a sorted map, and a struct is written in the order of its fields.

/// The round's moments, each as [`LocalTime::display`] shows it: `2019-04-01 23:59:59
/// Europe/Copenhagen (CEST)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundFacts {
    pub deadline: String,
    /// The moment checked, in the round's time zone; empty if the time zone is unknown.
    pub now: String,
    pub opens: String,
    pub time_zone: String,
}

/// The scheme's country and who is outside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JurisdictionFacts {
    pub country: Country,
    /// `Name (country)` of every participant outside it, comma-separated; empty if none.
    pub outside: String,
}

/// The kinds that may apply and the participants of other kinds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindFacts {
    /// The kinds that may apply, comma-separated.
    pub allowed: String,
    /// `Name (kind)` of every participant of another kind, comma-separated; empty if none.
    pub refused: String,
}

/// How many organisations apply together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkFacts {
    pub organisations: u64,
}

/// The population figures the minimum was checked against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PopulationFacts {
    /// The sum of the figures there are.
    pub combined: u64,
    /// Every participant's figure, in the order they are listed.
    pub figures: Vec<Figure>,
    pub minimum: u64,
    /// The oldest figure's date, which the combined figure is as of; `""` in JSON if none.
    #[serde(with = "date_or_empty")]
    pub reference_date: Option<Date>,
    /// `Name (code)` of every participant without a figure, comma-separated; empty if none.
    pub without_figure: String,
}

/// One participant's population figure as the registry has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub code: String,
    pub organisation: String,
    pub population: Option<u64>,
    #[serde(with = "date_or_null")]
    pub reference_date: Option<Date>,
    /// Where the figure comes from; empty (and left out of the JSON) in reports frozen
    /// before sources were kept.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    pub uncertain: bool,
}

/// The required fields still empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldFacts {
    /// Their names (`summary`, `exemptions[0].reference`), comma-separated; empty if none.
    pub missing: String,
}

/// The planned period's length and the scheme's maximum, in months.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LengthFacts {
    pub maximum: u32,
    pub months: u32,
}

/// The facts a rule used, one shape per rule; in JSON the object `facts`, whose keys are
/// those of the shape (`{}` for [`Facts::Empty`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Facts {
    /// The rule did not apply and used nothing (`no_minimum`, `no_limit_or_period`).
    Empty,
    Round(RoundFacts),
    Jurisdiction(JurisdictionFacts),
    Kinds(KindFacts),
    Network(NetworkFacts),
    Population(PopulationFacts),
    Fields(FieldFacts),
    Length(LengthFacts),
}

/// One fact as an argument of a rule's message: text as it is, or a number that the
/// reader's language formats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactValue<'a> {
    Text(Cow<'a, str>),
    Number(u64),
}

impl Facts {
    /// Reads facts from JSON in the shape `reason` gives them.
    pub fn read(reason: Reason, json: serde_json::Value) -> Result<Facts, serde_json::Error> {
        use serde_json::from_value;
        Ok(match (reason.rule(), reason) {
            (_, Reason::NoMinimum | Reason::NoLimitOrPeriod) => Facts::Empty,
            (Rule::RoundOpen, _) => Facts::Round(from_value(json)?),
            (Rule::Jurisdiction, _) => Facts::Jurisdiction(from_value(json)?),
            (Rule::OrganisationKinds, _) => Facts::Kinds(from_value(json)?),
            (Rule::Network, _) => Facts::Network(from_value(json)?),
            (Rule::Population, _) => Facts::Population(from_value(json)?),
            (Rule::RequiredFields, _) => Facts::Fields(from_value(json)?),
            (Rule::TrialLength, _) => Facts::Length(from_value(json)?),
        })
    }

    /// The facts a rule's message may name, as `(name, value)`: the arguments of the message
    /// `rule-<reason>`. The population figures, a list, are not among them: see
    /// [`Facts::figures`].
    pub fn args(&self) -> Vec<(&'static str, FactValue<'_>)> {
        fn text(s: &str) -> FactValue<'_> {
            FactValue::Text(Cow::Borrowed(s))
        }
        match self {
            Facts::Empty => Vec::new(),
            Facts::Round(f) => vec![
                ("deadline", text(&f.deadline)),
                ("now", text(&f.now)),
                ("opens", text(&f.opens)),
                ("time_zone", text(&f.time_zone)),
            ],
            Facts::Jurisdiction(f) => vec![
                ("country", text(f.country.as_str())),
                ("outside", text(&f.outside)),
            ],
            Facts::Kinds(f) => vec![("allowed", text(&f.allowed)), ("refused", text(&f.refused))],
            Facts::Network(f) => vec![("organisations", FactValue::Number(f.organisations))],
            Facts::Population(f) => vec![
                ("combined", FactValue::Number(f.combined)),
                ("minimum", FactValue::Number(f.minimum)),
                (
                    "reference_date",
                    FactValue::Text(Cow::Owned(date_text(f.reference_date))),
                ),
                ("without_figure", text(&f.without_figure)),
            ],
            Facts::Fields(f) => vec![("missing", text(&f.missing))],
            Facts::Length(f) => vec![
                ("maximum", FactValue::Number(f.maximum.into())),
                ("months", FactValue::Number(f.months.into())),
            ],
        }
    }

    /// The population figures the rule used, one per organisation; none for other rules.
    pub fn figures(&self) -> &[Figure] {
        match self {
            Facts::Population(f) => &f.figures,
            _ => &[],
        }
    }
}

impl Serialize for Facts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            Facts::Empty => serializer.serialize_map(Some(0))?.end(),
            Facts::Round(f) => f.serialize(serializer),
            Facts::Jurisdiction(f) => f.serialize(serializer),
            Facts::Kinds(f) => f.serialize(serializer),
            Facts::Network(f) => f.serialize(serializer),
            Facts::Population(f) => f.serialize(serializer),
            Facts::Fields(f) => f.serialize(serializer),
            Facts::Length(f) => f.serialize(serializer),
        }
    }
}

/// A date as facts write it, `2024-01-01`; empty for none.
fn date_text(date: Option<Date>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

const DATE: &[time::format_description::BorrowedFormatItem<'_>] =
    time::macros::format_description!("[year]-[month]-[day]");

fn parse_date<E: serde::de::Error>(text: &str) -> Result<Date, E> {
    Date::parse(text, DATE).map_err(E::custom)
}

/// An optional date as `"2024-01-01"`, or `""` for none.
mod date_or_empty {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::date_text(*date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        let text = String::deserialize(d)?;
        if text.is_empty() {
            return Ok(None);
        }
        super::parse_date(&text).map(Some)
    }
}

/// An optional date as `"2024-01-01"`, or `null` for none.
mod date_or_null {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.collect_str(d),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|text| super::parse_date(&text))
            .transpose()
    }
}

/// One rule's outcome and why: `reason` is a stable code, `facts` hold the figures used,
/// in the shape the reason gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "StoredOutcome")]
pub struct RuleOutcome {
    pub rule: Rule,
    pub outcome: Outcome,
    pub reason: Reason,
    pub message: String,
    pub facts: Facts,
}

/// A rule's outcome as JSON holds it, before its facts are read in its reason's shape.
#[derive(Deserialize)]
struct StoredOutcome {
    rule: Rule,
    outcome: Outcome,
    reason: Reason,
    message: String,
    facts: serde_json::Value,
}

impl TryFrom<StoredOutcome> for RuleOutcome {
    type Error = serde_json::Error;

    fn try_from(stored: StoredOutcome) -> Result<Self, Self::Error> {
        Ok(RuleOutcome {
            rule: stored.rule,
            outcome: stored.outcome,
            reason: stored.reason,
            message: stored.message,
            facts: Facts::read(stored.reason, stored.facts)?,
        })
    }
}

/// Every rule's outcome for one application at one moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub eligible: bool,
    pub checked_at: OffsetDateTime,
    pub rules: Vec<RuleOutcome>,
}

impl Report {
    /// The first failed rule.
    pub fn first_failure(&self) -> Option<&RuleOutcome> {
        self.rules.iter().find(|r| r.outcome == Outcome::Failed)
    }

    /// The error code of a refused submission: the first failed rule's reason, if it is a
    /// refusal (as every failure's reason is).
    pub fn refusal(&self) -> Option<Reason> {
        self.first_failure()
            .map(|f| f.reason)
            .filter(|r| r.is_refusal())
    }

    pub fn outcome(&self, rule: Rule) -> Option<&RuleOutcome> {
        self.rules.iter().find(|r| r.rule == rule)
    }
}

/// What eligibility is decided from.
#[derive(Debug, Clone)]
pub struct Input<'a> {
    pub rules: &'a Rules,
    pub country: Country,
    pub scheme_has_themes: bool,
    pub round: &'a Round,
    /// The lead first, then the network members; an organisation listed twice counts once.
    pub participants: &'a [Participant],
    pub content: &'a ApplicationContent,
    pub now: OffsetDateTime,
}

/// The outcome `reason` stands for, of the rule that gives it.
fn outcome(reason: Reason, message: String, facts: Facts) -> RuleOutcome {
    RuleOutcome {
        rule: reason.rule(),
        outcome: reason.outcome(),
        reason,
        message,
        facts,
    }
}

/// Decides every rule. Pure: the same input gives the same report.
pub fn evaluate(input: &Input<'_>) -> Report {
    let mut unique: Vec<&Participant> = Vec::new();
    for p in input.participants {
        if !unique.iter().any(|u| u.id == p.id) {
            unique.push(p);
        }
    }
    let rules = vec![
        round_open(input),
        jurisdiction(input, &unique),
        kinds(input, &unique),
        network(input, &unique),
        population(input, &unique),
        required_fields(input),
        trial_length(input),
    ];
    Report {
        eligible: rules.iter().all(|r| r.outcome != Outcome::Failed),
        checked_at: input.now,
        rules,
    }
}

fn round_open(input: &Input<'_>) -> RuleOutcome {
    let round = input.round;
    let deadline = round.deadline.display();
    let opens = round.opens.display();
    let now_local = LocalTime::of(input.now, &round.deadline.time_zone)
        .map(|t| t.display())
        .unwrap_or_default();
    let f = Facts::Round(RoundFacts {
        deadline: deadline.clone(),
        now: now_local,
        opens: opens.clone(),
        time_zone: round.deadline.time_zone.clone(),
    });
    match round.phase(input.now) {
        Ok(RoundPhase::Open) => outcome(
            Reason::RoundOpen,
            format!("The round is open until {deadline}."),
            f,
        ),
        Ok(RoundPhase::Upcoming) => {
            outcome(Reason::RoundNotOpen, format!("The round opens {opens}."), f)
        }
        Ok(RoundPhase::Closed) => outcome(
            Reason::DeadlinePassed,
            format!("The deadline was {deadline}."),
            f,
        ),
        Err(e) => outcome(Reason::RoundNotOpen, e.to_string(), f),
    }
}

fn jurisdiction(input: &Input<'_>, unique: &[&Participant]) -> RuleOutcome {
    let foreign: Vec<String> = unique
        .iter()
        .filter(|p| p.country != input.country)
        .map(|p| format!("{} ({})", p.name, p.country))
        .collect();
    let f = Facts::Jurisdiction(JurisdictionFacts {
        country: input.country,
        outside: foreign.join(", "),
    });
    if foreign.is_empty() {
        outcome(
            Reason::JurisdictionOk,
            format!(
                "Every participant is in the scheme's country ({}).",
                input.country
            ),
            f,
        )
    } else {
        outcome(
            Reason::WrongJurisdiction,
            format!(
                "The scheme is for {} only; outside it: {}.",
                input.country,
                foreign.join(", ")
            ),
            f,
        )
    }
}

fn kinds(input: &Input<'_>, unique: &[&Participant]) -> RuleOutcome {
    let allowed: Vec<&str> = input
        .rules
        .allowed_kinds
        .iter()
        .map(|k| k.as_str())
        .collect();
    let refused: Vec<String> = unique
        .iter()
        .filter(|p| !input.rules.allowed_kinds.contains(&p.kind))
        .map(|p| format!("{} ({})", p.name, p.kind))
        .collect();
    let f = Facts::Kinds(KindFacts {
        allowed: allowed.join(", "),
        refused: refused.join(", "),
    });
    if refused.is_empty() {
        outcome(
            Reason::KindsAllowed,
            format!(
                "Every participant is of a kind that may apply ({}).",
                allowed.join(", ")
            ),
            f,
        )
    } else {
        outcome(
            Reason::KindNotAllowed,
            format!(
                "Only {} may apply; not: {}.",
                allowed.join(", "),
                refused.join(", ")
            ),
            f,
        )
    }
}

fn network(input: &Input<'_>, unique: &[&Participant]) -> RuleOutcome {
    let count = unique.len();
    let f = Facts::Network(NetworkFacts {
        organisations: count as u64,
    });
    if count <= 1 {
        outcome(
            Reason::SingleApplicant,
            "One organisation applies alone.".into(),
            f,
        )
    } else if input.rules.networks_allowed {
        outcome(
            Reason::NetworkAllowed,
            format!("A network of {count} organisations; the scheme allows networks."),
            f,
        )
    } else {
        outcome(
            Reason::NetworkNotAllowed,
            format!("A network of {count} organisations; the scheme takes single applicants only."),
            f,
        )
    }
}

fn population(input: &Input<'_>, unique: &[&Participant]) -> RuleOutcome {
    let Some(minimum) = input.rules.min_population else {
        return outcome(
            Reason::NoMinimum,
            "The scheme sets no minimum population.".into(),
            Facts::Empty,
        );
    };
    let without: Vec<String> = unique
        .iter()
        .filter(|p| p.population.is_none())
        .map(|p| format!("{} ({})", p.name, p.code))
        .collect();
    let combined: u64 = unique.iter().filter_map(|p| p.population).sum();
    // The oldest reference date is the one the combined figure is as of.
    let reference_date = unique.iter().filter_map(|p| p.population_date).min();
    let date_text = date_text(reference_date);
    let figures = unique
        .iter()
        .map(|p| Figure {
            code: p.code.clone(),
            organisation: p.name.clone(),
            population: p.population,
            reference_date: p.population_date,
            source: p.population_source.clone(),
            uncertain: p.population_uncertain,
        })
        .collect();
    let f = Facts::Population(PopulationFacts {
        combined,
        figures,
        minimum,
        reference_date,
        without_figure: without.join(", "),
    });
    if !without.is_empty() {
        return outcome(
            Reason::PopulationMissing,
            format!(
                "The registry has no population figure for {}, so the minimum of {minimum} cannot be checked.",
                without.join(", ")
            ),
            f,
        );
    }
    if combined >= minimum {
        outcome(
            Reason::PopulationOk,
            format!(
                "Combined population {combined} (as of {date_text}) meets the minimum of {minimum}."
            ),
            f,
        )
    } else {
        outcome(
            Reason::PopulationBelowMinimum,
            format!(
                "Combined population {combined} (as of {date_text}) is below the minimum of {minimum}."
            ),
            f,
        )
    }
}

fn required_fields(input: &Input<'_>) -> RuleOutcome {
    let missing = input.content.missing(input.scheme_has_themes);
    let f = Facts::Fields(FieldFacts {
        missing: missing.join(", "),
    });
    if missing.is_empty() {
        outcome(
            Reason::FieldsComplete,
            "Every required field is filled in.".into(),
            f,
        )
    } else {
        outcome(
            Reason::ApplicationIncomplete,
            format!("Still to fill in: {}.", missing.join(", ")),
            f,
        )
    }
}

fn trial_length(input: &Input<'_>) -> RuleOutcome {
    let (Some(max), Some(months)) = (input.rules.max_trial_months, input.content.period_months())
    else {
        return outcome(
            Reason::NoLimitOrPeriod,
            "No maximum length, or no planned period yet.".into(),
            Facts::Empty,
        );
    };
    let f = Facts::Length(LengthFacts {
        maximum: max,
        months,
    });
    if months <= max {
        outcome(
            Reason::TrialLengthOk,
            format!("The planned period of {months} months is within the maximum of {max}."),
            f,
        )
    } else {
        outcome(
            Reason::TrialTooLong,
            format!("The planned period of {months} months is longer than the maximum of {max}."),
            f,
        )
    }
}
