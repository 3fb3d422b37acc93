//! Generalisation: what became of a trial's granted exemption once the trial was over, in
//! the categories the countries report in; the common classes that let Danish and
//! Norwegian outcomes be counted together; the check of a new outcome; and which
//! provisions are still waiting for one (pending).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::Country;
use crate::decision::TrialStatus;
use crate::rule::{Broken, Refusal};
use crate::text::{FieldError, Problem, all_values, check_text, unknown_name};

/// The outcome recorded for one granted exemption of an ended trial. Denmark reported its
/// free-municipality trials in the first five; Norway's forsøksloven (§ 7) knows the last
/// three. Sweden has no such tradition and reports as Denmark does.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_category)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum OutcomeCategory {
    /// DK "udbredt fuldt ud": the rule changed for everybody as tried.
    SpreadFully,
    /// DK "udbredt delvist": the rule changed in part.
    SpreadPartly,
    /// DK "ikke udbredt": the rule stays as it was.
    NotSpread,
    /// DK "stoppet eller ikke igangsat".
    StoppedOrNeverStarted,
    /// DK "fulgt op på anden vis": taken up in other work (a reform, an agreement).
    FollowedUpElsewhere,
    /// NO: made permanent by a change of law.
    MadePermanent,
    /// NO: continued until a permanent arrangement (a reform) is in place.
    ContinuedUntilReform,
    /// NO: ended, the rule staying as it was.
    Ended,
}

impl OutcomeCategory {
    pub const ALL: [OutcomeCategory; 8] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The categories a scheme in the country records, in the order forms offer them.
    pub fn for_country(country: Country) -> &'static [OutcomeCategory] {
        use OutcomeCategory::*;
        match country {
            Country::No => &[MadePermanent, ContinuedUntilReform, Ended],
            Country::Dk | Country::Se => &[
                SpreadFully,
                SpreadPartly,
                NotSpread,
                StoppedOrNeverStarted,
                FollowedUpElsewhere,
            ],
        }
    }
}

impl OutcomeCategory {
    /// The class the category belongs to across countries, so that a Danish "udbredt fuldt
    /// ud" and a Norwegian "gjort permanent ved lovendring" count as one in a chart.
    pub fn common_class(self) -> CommonClass {
        use OutcomeCategory::*;
        match self {
            SpreadFully | MadePermanent => CommonClass::ChangedForAll,
            SpreadPartly => CommonClass::ChangedInPart,
            FollowedUpElsewhere | ContinuedUntilReform => CommonClass::ContinuedOrFollowedUp,
            NotSpread | Ended => CommonClass::NotChanged,
            StoppedOrNeverStarted => CommonClass::StoppedOrNeverStarted,
        }
    }
}

/// What an outcome means whatever the country's words for it.
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
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum CommonClass {
    /// The rule changed for every municipality.
    ChangedForAll,
    /// The rule changed in part.
    ChangedInPart,
    /// The trial goes on, or its idea is taken up in other work.
    ContinuedOrFollowedUp,
    /// The rule stays as it was.
    NotChanged,
    /// The trial was stopped or never started.
    StoppedOrNeverStarted,
}

impl CommonClass {
    pub const ALL: [CommonClass; 5] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The longest reasons an outcome keeps.
pub const MAX_REASONS_CHARS: usize = 20_000;
/// The longest citation of a resulting act.
pub const MAX_CITATION_CHARS: usize = 500;
/// The most evaluations one outcome names.
pub const MAX_EVALUATIONS: usize = 50;

/// The resulting bill or act as the secretariat entered it, and what the citation parser
/// made of it. A citation the parser cannot resolve is kept as text, `resolved` false.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResultingAct {
    /// The citation as typed ("lov nr. 1546 af 27. december 2019", "LOV-2023-06-16-62").
    pub citation: String,
    /// The catalogue's act, when the citation resolves.
    pub act_id: Option<i64>,
    /// The catalogue's provision, when the citation names a section of the act.
    pub provision_id: Option<i64>,
    pub resolved: bool,
}

/// A new outcome for one granted exemption of a trial.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOutcome {
    pub trial_id: i64,
    pub exemption: usize,
    pub category: OutcomeCategory,
    pub reasons: String,
    /// The evaluations (of the trial or of its scheme) the outcome rests on.
    pub evaluation_ids: Vec<i64>,
    pub resulting: Option<ResultingAct>,
    pub in_force: Option<Date>,
    /// How many outcomes of this exemption the writer saw: the store refuses the outcome
    /// when another was recorded since (a second submit of the same form). `None`: the
    /// caller does not say (an API client that does not care).
    pub seen: Option<usize>,
}

/// Words that open an amending act's or a bill's title, lower case: what a citation names
/// after them is the act being changed, not the act that resulted.
const AMENDING: &[&str] = &[
    // Danish
    "forslag til",
    "lovforslag",
    "ændring af",
    "ændringer af",
    "ændring i",
    "ændringer i",
    "ændringslov",
    // Norwegian, bokmål and nynorsk
    "endring i",
    "endringer i",
    "endringar i",
    "endring av",
    "endringer av",
    "endringslov",
    "endringslova",
    "prop. ",
    "proposisjon",
    // Swedish
    "förslag till",
    "lagförslag",
    "ändring i",
    "ändringar i",
    "ändringslag",
    "proposition",
];

/// The byte offset at which a resulting act's citation turns to a bill or to the act it
/// amends ("Forslag til lov om ændring af lov om social service", "lag om ändring i
/// socialtjänstlagen"), if it does. An act or provision the citation parser finds from
/// there on is the amended act, which the outcome must not be recorded as; one named
/// before it (the amending act by its number: "lov nr. 721 af 13. juni 2023 om ændring
/// af …") is the resulting act itself.
pub fn amendment_starts(citation: &str) -> Option<usize> {
    let mut previous: Option<char> = None;
    for (at, c) in citation.char_indices() {
        let boundary = previous.is_none_or(|p| !p.is_alphanumeric());
        if boundary
            && AMENDING
                .iter()
                .any(|marker| starts_with_lowercase(&citation[at..], marker))
        {
            return Some(at);
        }
        previous = Some(c);
    }
    None
}

/// Whether `text` starts with `marker` (lower case), whatever the case of `text`.
fn starts_with_lowercase(text: &str, marker: &str) -> bool {
    let mut chars = text.chars().flat_map(char::to_lowercase);
    marker.chars().all(|m| chars.next() == Some(m))
}

/// What a new outcome is checked against.
#[derive(Debug, Clone, Copy)]
pub struct OutcomeFacts<'a> {
    pub country: Country,
    pub status: TrialStatus,
    /// The positions of the exemptions the trial was granted.
    pub granted: &'a [usize],
}

impl NewOutcome {
    /// The rules of an outcome: reasons given (422), the category one of the country's
    /// (422), an exemption the trial was granted (422), and a trial that has ended (409,
    /// with its status).
    pub fn check(&self, facts: OutcomeFacts<'_>) -> Result<(), OutcomeError> {
        if self.reasons.trim().is_empty() {
            return Err(OutcomeError::Field(FieldError::new(
                "reasons",
                Problem::Required,
            )));
        }
        check_text("reasons", &self.reasons, MAX_REASONS_CHARS).map_err(OutcomeError::Field)?;
        if let Some(resulting) = &self.resulting {
            check_text(
                "resulting_citation",
                &resulting.citation,
                MAX_CITATION_CHARS,
            )
            .map_err(OutcomeError::Field)?;
        }
        if self.evaluation_ids.len() > MAX_EVALUATIONS {
            return Err(OutcomeError::Field(FieldError::new(
                "evaluation_ids",
                Problem::TooMany {
                    max: MAX_EVALUATIONS,
                },
            )));
        }
        if !OutcomeCategory::for_country(facts.country).contains(&self.category) {
            return Err(OutcomeError::CategoryNotOffered {
                category: self.category,
                country: facts.country,
            });
        }
        if !facts.granted.contains(&self.exemption) {
            return Err(OutcomeError::ExemptionNotGranted {
                exemption: self.exemption,
            });
        }
        if facts.status != TrialStatus::Ended {
            return Err(OutcomeError::TrialNotEnded {
                status: facts.status,
            });
        }
        Ok(())
    }
}

/// An outcome as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::ToSchema),
    schema(as = GeneralisationOutcome)
)]
pub struct Outcome {
    pub id: i64,
    pub trial_id: i64,
    pub exemption: usize,
    pub category: OutcomeCategory,
    pub reasons: String,
    pub evaluation_ids: Vec<i64>,
    pub resulting: Option<ResultingAct>,
    /// The resulting act's title in the catalogue, when resolved.
    pub resulting_act_title: Option<String>,
    /// The resulting act's official identifier, when resolved.
    pub resulting_act_official_id: Option<String>,
    /// The cited provision's label ("§ 3"), when resolved to one.
    pub resulting_provision_label: Option<String>,
    pub in_force: Option<Date>,
    pub recorded_by: Option<i64>,
    pub recorded_by_name: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
}

impl Outcome {
    /// Whether the secretariat should look at it again: a citation the parser did not
    /// resolve.
    pub fn flagged(&self) -> bool {
        self.resulting.as_ref().is_some_and(|r| !r.resolved)
    }
}

/// The outcome that counts for each exemption: the latest recorded (outcomes are given
/// oldest first, as the store keeps them).
pub fn latest_per_exemption(outcomes: &[Outcome]) -> BTreeMap<(i64, usize), &Outcome> {
    let mut latest: BTreeMap<(i64, usize), &Outcome> = BTreeMap::new();
    for outcome in outcomes {
        let key = (outcome.trial_id, outcome.exemption);
        match latest.get(&key) {
            Some(seen) if (seen.recorded_at, seen.id) > (outcome.recorded_at, outcome.id) => {}
            _ => {
                latest.insert(key, outcome);
            }
        }
    }
    latest
}

/// One trial's use of a provision: the exemption that reaches it, the trial's status and
/// the latest outcome recorded for that exemption.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProvisionTrial {
    pub trial_id: i64,
    pub exemption: usize,
    pub status: TrialStatus,
    pub latest: Option<OutcomeCategory>,
}

/// Whether a provision is pending: every trial exempted from it has ended and none of
/// them has an outcome yet. A provision no trial was exempted from is not pending, nor
/// one with a trial still going (its outcome is not due), nor one with an outcome.
pub fn is_pending(trials: &[ProvisionTrial]) -> bool {
    !trials.is_empty()
        && trials.iter().all(|t| t.status == TrialStatus::Ended)
        && trials.iter().all(|t| t.latest.is_none())
}

/// The exemptions of ended trials that still have no outcome, whatever the provision's
/// other trials: what the secretariat has left to record.
pub fn awaiting_outcome(trials: &[ProvisionTrial]) -> Vec<(i64, usize)> {
    trials
        .iter()
        .filter(|t| t.status == TrialStatus::Ended && t.latest.is_none())
        .map(|t| (t.trial_id, t.exemption))
        .collect()
}

/// The pending provisions of a map from provision to the trials exempted from it, by id.
pub fn pending_provisions(by_provision: &BTreeMap<i64, Vec<ProvisionTrial>>) -> Vec<i64> {
    by_provision
        .iter()
        .filter(|(_, trials)| is_pending(trials))
        .map(|(id, _)| *id)
        .collect()
}

/// A broken rule of an outcome.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OutcomeError {
    #[error("the trial has not ended (it is {status}); an outcome is recorded after its end")]
    TrialNotEnded { status: TrialStatus },
    #[error("the trial was not granted exemption {exemption}")]
    ExemptionNotGranted { exemption: usize },
    #[error("{category} is not an outcome category of {country}")]
    CategoryNotOffered {
        category: OutcomeCategory,
        country: Country,
    },
    #[error("evaluation {evaluation_id} is not an evaluation of this trial or its scheme")]
    UnknownEvaluation { evaluation_id: i64 },
    /// The form was sent before the outcome another send (or another person) recorded:
    /// the same outcome is not appended twice.
    #[error(
        "an outcome was recorded for this exemption since the form was opened ({recorded} now)"
    )]
    AlreadyRecorded { recorded: usize },
    #[error("{0}")]
    Field(FieldError),
}

impl Broken for OutcomeError {
    fn code(&self) -> &'static str {
        match self {
            OutcomeError::TrialNotEnded { .. } => "outcome_trial_not_ended",
            OutcomeError::ExemptionNotGranted { .. } => "outcome_exemption_not_granted",
            OutcomeError::CategoryNotOffered { .. } => "outcome_category_not_offered",
            OutcomeError::UnknownEvaluation { .. } => "outcome_evaluation_unknown",
            OutcomeError::AlreadyRecorded { .. } => "outcome_already_recorded",
            OutcomeError::Field(e) => e.code(),
        }
    }

    fn refusal(&self) -> Refusal {
        match self {
            OutcomeError::TrialNotEnded { .. } | OutcomeError::AlreadyRecorded { .. } => {
                Refusal::Conflict
            }
            _ => Refusal::Invalid,
        }
    }

    fn details(&self) -> serde_json::Value {
        use serde_json::json;
        match self {
            OutcomeError::TrialNotEnded { status } => json!({ "status": status }),
            OutcomeError::ExemptionNotGranted { exemption } => {
                json!({ "field": "exemption", "exemption": exemption })
            }
            OutcomeError::CategoryNotOffered { category, country } => {
                json!({ "field": "category", "category": category, "country": country })
            }
            OutcomeError::UnknownEvaluation { evaluation_id } => {
                json!({ "field": "evaluation_ids", "evaluation_id": evaluation_id })
            }
            OutcomeError::AlreadyRecorded { recorded } => json!({ "recorded": recorded }),
            OutcomeError::Field(e) => serde_json::to_value(e).unwrap_or_default(),
        }
    }
}

fn unknown_category(name: &str) -> String {
    unknown_name::<OutcomeCategory>("outcome category", name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    use time::macros::datetime;

    #[test]
    fn danish_and_norwegian_categories_meet_in_common_classes() {
        use OutcomeCategory::*;
        assert_eq!(SpreadFully.common_class(), MadePermanent.common_class());
        assert_eq!(NotSpread.common_class(), Ended.common_class());
        assert_eq!(
            FollowedUpElsewhere.common_class(),
            ContinuedUntilReform.common_class()
        );
        assert_eq!(SpreadPartly.common_class(), CommonClass::ChangedInPart);
        assert_eq!(
            StoppedOrNeverStarted.common_class(),
            CommonClass::StoppedOrNeverStarted
        );
        // Every common class but "in part" and "stopped" is reached from both countries.
        for class in [
            CommonClass::ChangedForAll,
            CommonClass::ContinuedOrFollowedUp,
            CommonClass::NotChanged,
        ] {
            for country in [Country::Dk, Country::No] {
                assert!(
                    OutcomeCategory::for_country(country)
                        .iter()
                        .any(|c| c.common_class() == class),
                    "{class} has no category in {country:?}"
                );
            }
        }
    }

    fn trial(id: i64, status: TrialStatus, latest: Option<OutcomeCategory>) -> ProvisionTrial {
        ProvisionTrial {
            trial_id: id,
            exemption: 0,
            status,
            latest,
        }
    }

    #[test]
    fn a_provision_is_pending_when_all_its_trials_ended_without_an_outcome() {
        use TrialStatus::*;
        assert!(is_pending(&[trial(1, Ended, None), trial(2, Ended, None)]));
        assert!(!is_pending(&[]));
        assert!(!is_pending(&[
            trial(1, Ended, None),
            trial(2, Running, None)
        ]));
        assert!(!is_pending(&[
            trial(1, Ended, None),
            trial(2, Ended, Some(OutcomeCategory::NotSpread))
        ]));
        assert_eq!(
            awaiting_outcome(&[
                trial(1, Ended, None),
                trial(2, Ended, Some(OutcomeCategory::NotSpread)),
                trial(3, Suspended, None)
            ]),
            vec![(1, 0)]
        );
        let map = BTreeMap::from([
            (10, vec![trial(1, Ended, None)]),
            (11, vec![trial(2, Running, None)]),
        ]);
        assert_eq!(pending_provisions(&map), vec![10]);
    }

    fn outcome(id: i64, exemption: usize, category: OutcomeCategory) -> Outcome {
        Outcome {
            id,
            trial_id: 1,
            exemption,
            category,
            reasons: "r".into(),
            evaluation_ids: vec![],
            resulting: None,
            resulting_act_title: None,
            resulting_act_official_id: None,
            resulting_provision_label: None,
            in_force: None,
            recorded_by: None,
            recorded_by_name: None,
            recorded_at: datetime!(2024-01-01 12:00 UTC),
        }
    }

    #[test]
    fn the_latest_outcome_per_exemption_counts() {
        use OutcomeCategory::*;
        let all = [
            outcome(1, 0, NotSpread),
            outcome(2, 1, SpreadPartly),
            outcome(3, 0, SpreadFully),
        ];
        let latest = latest_per_exemption(&all);
        assert_eq!(latest[&(1, 0)].category, SpreadFully);
        assert_eq!(latest[&(1, 1)].category, SpreadPartly);
    }

    fn new_outcome() -> NewOutcome {
        NewOutcome {
            trial_id: 1,
            exemption: 0,
            category: OutcomeCategory::SpreadFully,
            reasons: "Evalueringen viser færre møder.".into(),
            evaluation_ids: vec![],
            resulting: None,
            in_force: None,
            seen: None,
        }
    }

    #[test]
    fn a_bill_or_an_amending_act_names_the_act_it_changes_after_its_opening_words() {
        let bill = "L 999 Forslag til lov om ændring af lov om social service";
        assert_eq!(amendment_starts(bill), Some(6));
        let act = "lov nr. 721 af 13. juni 2023 om ændring af lov om social service";
        assert_eq!(amendment_starts(act), act.find("ændring"));
        assert!(amendment_starts("Lov om endring i barnevernsloven").is_some());
        assert!(amendment_starts("Endringslov til opplæringslova").is_some());
        assert!(amendment_starts("Lag om ändring i socialtjänstlagen (2001:453)").is_some());
        assert!(amendment_starts("Prop. 133 L (2020–2021)").is_some());
        // The act or the provision itself.
        assert_eq!(amendment_starts("§ 141 i lov om social service"), None);
        assert_eq!(amendment_starts("lov nr. 1546 af 27. december 2019"), None);
        assert_eq!(amendment_starts("LOV-2023-06-16-62"), None);
        // Inside a word is no opening.
        assert_eq!(amendment_starts("Nyændring i praksis"), None);
        let refused = OutcomeError::AlreadyRecorded { recorded: 2 };
        assert_eq!(refused.code(), "outcome_already_recorded");
        assert_eq!(refused.refusal(), Refusal::Conflict);
        assert_eq!(refused.details()["recorded"], 2);
    }

    #[test]
    fn an_outcome_needs_reasons_an_ended_trial_and_a_granted_exemption() {
        let facts = OutcomeFacts {
            country: Country::Dk,
            status: TrialStatus::Ended,
            granted: &[0, 2],
        };
        assert_eq!(new_outcome().check(facts), Ok(()));
        let mut blank = new_outcome();
        blank.reasons = "  ".into();
        assert_eq!(blank.check(facts).unwrap_err().code(), "field_required");
        let running = OutcomeFacts {
            status: TrialStatus::Running,
            ..facts
        };
        let err = new_outcome().check(running).unwrap_err();
        assert_eq!(err.code(), "outcome_trial_not_ended");
        assert_eq!(err.refusal(), Refusal::Conflict);
        assert_eq!(err.details()["status"], "running");
        let mut other = new_outcome();
        other.exemption = 1;
        assert_eq!(
            other.check(facts).unwrap_err().code(),
            "outcome_exemption_not_granted"
        );
        let norwegian = OutcomeFacts {
            country: Country::No,
            ..facts
        };
        assert_eq!(
            new_outcome().check(norwegian).unwrap_err().code(),
            "outcome_category_not_offered"
        );
    }

    #[test]
    fn every_category_belongs_to_a_country_and_round_trips() {
        for category in OutcomeCategory::ALL {
            assert_eq!(OutcomeCategory::from_str(category.as_str()), Ok(category));
            assert!(
                Country::ALL
                    .iter()
                    .any(|c| OutcomeCategory::for_country(*c).contains(&category)),
                "{category} is offered nowhere"
            );
        }
    }
}
