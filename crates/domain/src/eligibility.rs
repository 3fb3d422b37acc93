//! Eligibility: a pure function from an application, its scheme's rules, its round and the
//! registry's figures to an explained outcome for every rule (PRODUCT.md step 4).
//!
//! Each rule says passed, failed or not applicable, with a reason code and the figures it
//! used, so that the applicant sees why, and the same report is frozen at submission.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::application::ApplicationContent;
use crate::clock::LocalTime;
use crate::country::Country;
use crate::organisation::OrganisationKind;
use crate::scheme::{Round, RoundPhase, Rules};

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
}

/// One rule's outcome and why. `reason` is a stable code; `facts` hold the figures used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleOutcome {
    pub rule: Rule,
    pub outcome: Outcome,
    pub reason: String,
    pub message: String,
    pub facts: serde_json::Map<String, serde_json::Value>,
}

/// Every rule's outcome for one application at one moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub eligible: bool,
    pub checked_at: OffsetDateTime,
    pub rules: Vec<RuleOutcome>,
}

impl Report {
    /// The first failed rule: its reason code is the error code of a refused submission.
    pub fn first_failure(&self) -> Option<&RuleOutcome> {
        self.rules.iter().find(|r| r.outcome == Outcome::Failed)
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

fn facts(pairs: Vec<(&str, serde_json::Value)>) -> serde_json::Map<String, serde_json::Value> {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

fn outcome(
    rule: Rule,
    outcome: Outcome,
    reason: &str,
    message: String,
    facts: serde_json::Map<String, serde_json::Value>,
) -> RuleOutcome {
    RuleOutcome {
        rule,
        outcome,
        reason: reason.to_owned(),
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
    let f = facts(vec![
        ("opens", opens.clone().into()),
        ("deadline", deadline.clone().into()),
        ("time_zone", round.deadline.time_zone.clone().into()),
        ("now", now_local.into()),
    ]);
    match round.phase(input.now) {
        Ok(RoundPhase::Open) => outcome(
            Rule::RoundOpen,
            Outcome::Passed,
            "round_open",
            format!("The round is open until {deadline}."),
            f,
        ),
        Ok(RoundPhase::Upcoming) => outcome(
            Rule::RoundOpen,
            Outcome::Failed,
            "round_not_open",
            format!("The round opens {opens}."),
            f,
        ),
        Ok(RoundPhase::Closed) => outcome(
            Rule::RoundOpen,
            Outcome::Failed,
            "deadline_passed",
            format!("The deadline was {deadline}."),
            f,
        ),
        Err(e) => outcome(
            Rule::RoundOpen,
            Outcome::Failed,
            "round_not_open",
            e.to_string(),
            f,
        ),
    }
}

fn jurisdiction(input: &Input<'_>, unique: &[&Participant]) -> RuleOutcome {
    let foreign: Vec<String> = unique
        .iter()
        .filter(|p| p.country != input.country)
        .map(|p| format!("{} ({})", p.name, p.country))
        .collect();
    let f = facts(vec![
        ("country", input.country.as_str().into()),
        ("outside", foreign.join(", ").into()),
    ]);
    if foreign.is_empty() {
        outcome(
            Rule::Jurisdiction,
            Outcome::Passed,
            "jurisdiction_ok",
            format!(
                "Every participant is in the scheme's country ({}).",
                input.country
            ),
            f,
        )
    } else {
        outcome(
            Rule::Jurisdiction,
            Outcome::Failed,
            "wrong_jurisdiction",
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
    let f = facts(vec![
        ("allowed", allowed.join(", ").into()),
        ("refused", refused.join(", ").into()),
    ]);
    if refused.is_empty() {
        outcome(
            Rule::OrganisationKinds,
            Outcome::Passed,
            "kinds_allowed",
            format!(
                "Every participant is of a kind that may apply ({}).",
                allowed.join(", ")
            ),
            f,
        )
    } else {
        outcome(
            Rule::OrganisationKinds,
            Outcome::Failed,
            "kind_not_allowed",
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
    let f = facts(vec![("organisations", count.into())]);
    if count <= 1 {
        outcome(
            Rule::Network,
            Outcome::NotApplicable,
            "single_applicant",
            "One organisation applies alone.".into(),
            f,
        )
    } else if input.rules.networks_allowed {
        outcome(
            Rule::Network,
            Outcome::Passed,
            "network_allowed",
            format!("A network of {count} organisations; the scheme allows networks."),
            f,
        )
    } else {
        outcome(
            Rule::Network,
            Outcome::Failed,
            "network_not_allowed",
            format!("A network of {count} organisations; the scheme takes single applicants only."),
            f,
        )
    }
}

fn population(input: &Input<'_>, unique: &[&Participant]) -> RuleOutcome {
    let Some(minimum) = input.rules.min_population else {
        return outcome(
            Rule::Population,
            Outcome::NotApplicable,
            "no_minimum",
            "The scheme sets no minimum population.".into(),
            facts(vec![]),
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
    let date_text = reference_date.map(|d| d.to_string()).unwrap_or_default();
    let figures: Vec<serde_json::Value> = unique
        .iter()
        .map(|p| {
            serde_json::json!({
                "organisation": p.name,
                "code": p.code,
                "population": p.population,
                "reference_date": p.population_date.map(|d| d.to_string()),
                "uncertain": p.population_uncertain,
            })
        })
        .collect();
    let f = facts(vec![
        ("combined", combined.into()),
        ("minimum", minimum.into()),
        ("reference_date", date_text.clone().into()),
        ("figures", figures.into()),
        ("without_figure", without.join(", ").into()),
    ]);
    if !without.is_empty() {
        return outcome(
            Rule::Population,
            Outcome::Failed,
            "population_missing",
            format!(
                "The registry has no population figure for {}, so the minimum of {minimum} cannot be checked.",
                without.join(", ")
            ),
            f,
        );
    }
    if combined >= minimum {
        outcome(
            Rule::Population,
            Outcome::Passed,
            "population_ok",
            format!(
                "Combined population {combined} (as of {date_text}) meets the minimum of {minimum}."
            ),
            f,
        )
    } else {
        outcome(
            Rule::Population,
            Outcome::Failed,
            "population_below_minimum",
            format!(
                "Combined population {combined} (as of {date_text}) is below the minimum of {minimum}."
            ),
            f,
        )
    }
}

fn required_fields(input: &Input<'_>) -> RuleOutcome {
    let missing = input.content.missing(input.scheme_has_themes);
    let f = facts(vec![("missing", missing.join(", ").into())]);
    if missing.is_empty() {
        outcome(
            Rule::RequiredFields,
            Outcome::Passed,
            "fields_complete",
            "Every required field is filled in.".into(),
            f,
        )
    } else {
        outcome(
            Rule::RequiredFields,
            Outcome::Failed,
            "application_incomplete",
            format!("Still to fill in: {}.", missing.join(", ")),
            f,
        )
    }
}

fn trial_length(input: &Input<'_>) -> RuleOutcome {
    let (Some(max), Some(months)) = (input.rules.max_trial_months, input.content.period_months())
    else {
        return outcome(
            Rule::TrialLength,
            Outcome::NotApplicable,
            "no_limit_or_period",
            "No maximum length, or no planned period yet.".into(),
            facts(vec![]),
        );
    };
    let f = facts(vec![("months", months.into()), ("maximum", max.into())]);
    if months <= max {
        outcome(
            Rule::TrialLength,
            Outcome::Passed,
            "trial_length_ok",
            format!("The planned period of {months} months is within the maximum of {max}."),
            f,
        )
    } else {
        outcome(
            Rule::TrialLength,
            Outcome::Failed,
            "trial_too_long",
            format!("The planned period of {months} months is longer than the maximum of {max}."),
            f,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::RequestedExemption;
    use time::macros::{date, datetime};

    /// Serde, `Display` and parsing agree on every name.
    #[test]
    fn rule_names_agree() {
        crate::text::tests::names_agree::<Rule>();
        crate::text::tests::serde_reads_names::<Rule>();
    }

    fn round() -> Round {
        Round {
            id: 1,
            scheme_id: 1,
            number: 1,
            title: "1. runde".into(),
            opens: LocalTime::new(datetime!(2018-10-12 00:00), "Europe/Copenhagen"),
            deadline: LocalTime::new(datetime!(2019-04-01 23:59:59), "Europe/Copenhagen"),
            target_trials: 10,
        }
    }

    fn rules() -> Rules {
        Rules {
            min_population: Some(60_000),
            max_trial_months: Some(48),
            ..Rules::default()
        }
    }

    fn org(id: i64, name: &str, population: Option<u64>) -> Participant {
        Participant {
            id,
            country: Country::Dk,
            code: format!("{}", 100 + id),
            name: name.into(),
            kind: OrganisationKind::Municipality,
            population,
            population_date: population.map(|_| date!(2024 - 01 - 01)),
            population_uncertain: false,
        }
    }

    fn complete() -> ApplicationContent {
        ApplicationContent {
            title: "Én plan".into(),
            summary: "Kort".into(),
            description: "Lang".into(),
            themes: vec![1],
            exemptions: vec![RequestedExemption {
                reference: "§ 54, stk. 2".into(),
                justification: "Fordi".into(),
                ..Default::default()
            }],
            legal_security: "Uændret".into(),
            period_start: Some(date!(2020 - 01 - 01)),
            period_end: Some(date!(2023 - 12 - 31)),
            ..Default::default()
        }
    }

    fn check(participants: &[Participant], now: OffsetDateTime) -> Report {
        let (rules, round, content) = (rules(), round(), complete());
        evaluate(&Input {
            rules: &rules,
            country: Country::Dk,
            scheme_has_themes: true,
            round: &round,
            participants,
            content: &content,
            now,
        })
    }

    const BEFORE: OffsetDateTime = datetime!(2019-03-01 12:00 UTC);

    #[test]
    fn exactly_the_minimum_passes_and_one_less_fails() {
        let r = check(&[org(1, "A", Some(60_000))], BEFORE);
        assert!(r.eligible, "{r:?}");
        let r = check(&[org(1, "A", Some(59_999))], BEFORE);
        let failure = r.first_failure().unwrap();
        assert_eq!(failure.reason, "population_below_minimum");
        assert_eq!(failure.facts["combined"], 59_999);
        assert_eq!(failure.facts["minimum"], 60_000);
        assert_eq!(failure.facts["reference_date"], "2024-01-01");
    }

    #[test]
    fn the_lead_listed_again_is_counted_once() {
        let lead = org(1, "A", Some(40_000));
        let r = check(
            &[lead.clone(), lead.clone(), org(2, "B", Some(19_999))],
            BEFORE,
        );
        assert_eq!(
            r.outcome(Rule::Population).unwrap().facts["combined"],
            59_999
        );
        assert_eq!(r.outcome(Rule::Network).unwrap().facts["organisations"], 2);
        let r = check(
            &[
                lead.clone(),
                org(2, "B", Some(19_999)),
                org(3, "C", Some(1)),
            ],
            BEFORE,
        );
        assert!(r.eligible);
    }

    #[test]
    fn an_organisation_without_a_figure_fails_with_a_reason() {
        let r = check(&[org(1, "A", Some(90_000)), org(2, "Nyby", None)], BEFORE);
        let failure = r.first_failure().unwrap();
        assert_eq!(failure.reason, "population_missing");
        assert!(failure.message.contains("Nyby"), "{}", failure.message);
    }

    #[test]
    fn the_last_second_of_the_deadline_day_passes_and_midnight_fails() {
        let big = [org(1, "Aarhus", Some(367_000))];
        // 1 April 2019 is summer time in Denmark (UTC+2).
        assert!(check(&big, datetime!(2019-04-01 21:59:59 UTC)).eligible);
        let late = check(&big, datetime!(2019-04-01 22:00:00 UTC));
        let failure = late.first_failure().unwrap();
        assert_eq!(failure.reason, "deadline_passed");
        assert!(
            failure
                .message
                .contains("2019-04-01 23:59:59 Europe/Copenhagen (CEST)")
        );
    }

    #[test]
    fn the_deadline_holds_across_a_daylight_saving_change() {
        // Clocks went forward on 31 March 2019, the day before; and back on 27 October.
        let rules = rules();
        let content = complete();
        let participants = [org(1, "Aarhus", Some(367_000))];
        for (deadline, last_ok, first_late) in [
            (
                datetime!(2019-03-31 23:59:59),
                datetime!(2019-03-31 21:59:59 UTC),
                datetime!(2019-03-31 22:00:00 UTC),
            ),
            (
                datetime!(2019-10-27 23:59:59),
                datetime!(2019-10-27 22:59:59 UTC),
                datetime!(2019-10-27 23:00:00 UTC),
            ),
        ] {
            let mut round = round();
            round.deadline = LocalTime::new(deadline, "Europe/Copenhagen");
            let at = |now| {
                evaluate(&Input {
                    rules: &rules,
                    country: Country::Dk,
                    scheme_has_themes: true,
                    round: &round,
                    participants: &participants,
                    content: &content,
                    now,
                })
            };
            assert!(at(last_ok).eligible, "{deadline}");
            assert_eq!(
                at(first_late).first_failure().unwrap().reason,
                "deadline_passed"
            );
        }
    }

    #[test]
    fn kinds_networks_and_length() {
        let mut region = org(1, "Region Midtjylland", Some(1_300_000));
        region.kind = OrganisationKind::Region;
        let r = check(&[region], BEFORE);
        assert_eq!(r.first_failure().unwrap().reason, "kind_not_allowed");

        let rules = Rules {
            networks_allowed: false,
            max_trial_months: Some(24),
            ..rules()
        };
        let (round, content) = (round(), complete());
        let participants = [org(1, "A", Some(50_000)), org(2, "B", Some(50_000))];
        let r = evaluate(&Input {
            rules: &rules,
            country: Country::Dk,
            scheme_has_themes: true,
            round: &round,
            participants: &participants,
            content: &content,
            now: BEFORE,
        });
        let reasons: Vec<&str> = r
            .rules
            .iter()
            .filter(|o| o.outcome == Outcome::Failed)
            .map(|o| o.reason.as_str())
            .collect();
        assert_eq!(reasons, ["network_not_allowed", "trial_too_long"]);
    }

    #[test]
    fn missing_fields_are_listed() {
        let (rules, round) = (rules(), round());
        let content = ApplicationContent {
            title: "Kun en titel".into(),
            ..Default::default()
        };
        let r = evaluate(&Input {
            rules: &rules,
            country: Country::Dk,
            scheme_has_themes: true,
            round: &round,
            participants: &[org(1, "A", Some(70_000))],
            content: &content,
            now: BEFORE,
        });
        let failure = r.first_failure().unwrap();
        assert_eq!(failure.reason, "application_incomplete");
        assert!(
            failure.facts["missing"]
                .as_str()
                .unwrap()
                .starts_with("summary, description")
        );
        assert_eq!(
            r.outcome(Rule::TrialLength).unwrap().outcome,
            Outcome::NotApplicable
        );
    }
}
