//! Tests of eligibility: single cases at the boundaries, a table of inputs and the reason
//! every rule gives, and the JSON of reports frozen before reasons and facts were typed.

use std::collections::HashSet;

use strum::VariantArray;

use super::*;
use crate::application::RequestedExemption;
use time::macros::{date, datetime};

/// Serde, `Display` and parsing agree on every name.
#[test]
fn rule_names_agree() {
    crate::text::tests::names_agree::<Rule>();
    crate::text::tests::serde_reads_names::<Rule>();
}

#[test]
fn reason_names_agree() {
    crate::text::tests::names_agree::<Reason>();
    crate::text::tests::serde_reads_names::<Reason>();
}

/// The codes a refused submission is answered with, as the API documents them.
#[test]
fn the_refusals_are_the_failures() {
    let refusals: Vec<&str> = Reason::VARIANTS
        .iter()
        .filter(|r| r.is_refusal())
        .map(|r| r.as_str())
        .collect();
    assert_eq!(
        refusals,
        [
            "round_not_open",
            "deadline_passed",
            "wrong_jurisdiction",
            "kind_not_allowed",
            "network_not_allowed",
            "population_missing",
            "population_below_minimum",
            "application_incomplete",
            "trial_too_long",
        ]
    );
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
        // Reports frozen before sources were kept had none: see `figures_name_their_source`.
        population_source: String::new(),
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

fn population_facts(o: &RuleOutcome) -> &PopulationFacts {
    match &o.facts {
        Facts::Population(f) => f,
        other => panic!("not population facts: {other:?}"),
    }
}

#[test]
fn exactly_the_minimum_passes_and_one_less_fails() {
    let r = check(&[org(1, "A", Some(60_000))], BEFORE);
    assert!(r.eligible, "{r:?}");
    let r = check(&[org(1, "A", Some(59_999))], BEFORE);
    let failure = r.first_failure().unwrap();
    assert_eq!(failure.reason, Reason::PopulationBelowMinimum);
    let facts = population_facts(failure);
    assert_eq!(facts.combined, 59_999);
    assert_eq!(facts.minimum, 60_000);
    assert_eq!(facts.reference_date, Some(date!(2024 - 01 - 01)));
}

#[test]
fn the_lead_listed_again_is_counted_once() {
    let lead = org(1, "A", Some(40_000));
    let r = check(
        &[lead.clone(), lead.clone(), org(2, "B", Some(19_999))],
        BEFORE,
    );
    assert_eq!(
        population_facts(r.outcome(Rule::Population).unwrap()).combined,
        59_999
    );
    assert_eq!(
        r.outcome(Rule::Network).unwrap().facts,
        Facts::Network(NetworkFacts { organisations: 2 })
    );
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
    assert_eq!(failure.reason, Reason::PopulationMissing);
    assert!(failure.message.contains("Nyby"), "{}", failure.message);
}

#[test]
fn the_last_second_of_the_deadline_day_passes_and_midnight_fails() {
    let big = [org(1, "Aarhus", Some(367_000))];
    // 1 April 2019 is summer time in Denmark (UTC+2).
    assert!(check(&big, datetime!(2019-04-01 21:59:59 UTC)).eligible);
    let late = check(&big, datetime!(2019-04-01 22:00:00 UTC));
    let failure = late.first_failure().unwrap();
    assert_eq!(failure.reason, Reason::DeadlinePassed);
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
            Reason::DeadlinePassed
        );
    }
}

#[test]
fn kinds_networks_and_length() {
    let mut region = org(1, "Region Midtjylland", Some(1_300_000));
    region.kind = OrganisationKind::Region;
    let r = check(&[region], BEFORE);
    assert_eq!(r.first_failure().unwrap().reason, Reason::KindNotAllowed);

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
    let reasons: Vec<Reason> = r
        .rules
        .iter()
        .filter(|o| o.outcome == Outcome::Failed)
        .map(|o| o.reason)
        .collect();
    assert_eq!(reasons, [Reason::NetworkNotAllowed, Reason::TrialTooLong]);
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
    assert_eq!(failure.reason, Reason::ApplicationIncomplete);
    let Facts::Fields(facts) = &failure.facts else {
        panic!("not field facts: {:?}", failure.facts);
    };
    assert!(facts.missing.starts_with("summary, description"));
    assert_eq!(
        r.outcome(Rule::TrialLength).unwrap().outcome,
        Outcome::NotApplicable
    );
}

// ---------------------------------------------------------------------------------------
// The table.

/// Each case is a compact input, `phase | participants | scheme | content`, and the reason
/// every rule gives, in the order the rules are checked:
///
/// - phase: `before-opening` (the second before the round opens), `opening` (the second
///   it opens), `open`, `last-second` (of the deadline), `closed` (the second after), or
///   `unknown-zone` (open, but the round's time zone is not one);
/// - participants: `Name population [kind] [country]`, comma-separated, the lead first;
///   population `-` for none, the same name again is the same organisation, and kind and
///   country are `municipality` and `dk` unless given;
/// - scheme: `min N` (population), `max N` (months), `single` (no networks), `kinds a+b`;
///   without them no minimum, no maximum, networks allowed, municipalities only;
/// - content: `complete` or `title-only`, then `N months` or `no-period`.
#[rustfmt::skip]
const CASES: &[(&str, &str)] = &[
    // The round.
    ("open | Aarhus 367000 | min 60000 max 48 | complete 48 months",
        "round_open jurisdiction_ok kinds_allowed single_applicant population_ok fields_complete trial_length_ok"),
    ("before-opening | Aarhus 367000 | | complete 48 months",
        "round_not_open jurisdiction_ok kinds_allowed single_applicant no_minimum fields_complete no_limit_or_period"),
    ("opening | Aarhus 367000 | | complete 48 months",
        "round_open jurisdiction_ok kinds_allowed single_applicant no_minimum fields_complete no_limit_or_period"),
    ("last-second | Aarhus 367000 | | complete 48 months",
        "round_open jurisdiction_ok kinds_allowed single_applicant no_minimum fields_complete no_limit_or_period"),
    ("closed | Aarhus 367000 | | complete 48 months",
        "deadline_passed jurisdiction_ok kinds_allowed single_applicant no_minimum fields_complete no_limit_or_period"),
    ("unknown-zone | Aarhus 367000 | | complete 48 months",
        "round_not_open jurisdiction_ok kinds_allowed single_applicant no_minimum fields_complete no_limit_or_period"),
    // Population: the minimum itself passes, one less fails; figures are summed once per
    // organisation; a missing figure fails before the sum is compared.
    ("open | A 60000 | min 60000 | complete 48 months",
        "round_open jurisdiction_ok kinds_allowed single_applicant population_ok fields_complete no_limit_or_period"),
    ("open | A 59999 | min 60000 | complete 48 months",
        "round_open jurisdiction_ok kinds_allowed single_applicant population_below_minimum fields_complete no_limit_or_period"),
    ("open | A 40000, B 20000 | min 60000 | complete 48 months",
        "round_open jurisdiction_ok kinds_allowed network_allowed population_ok fields_complete no_limit_or_period"),
    ("open | A 40000, A 40000, B 19999 | min 60000 | complete 48 months",
        "round_open jurisdiction_ok kinds_allowed network_allowed population_below_minimum fields_complete no_limit_or_period"),
    ("open | A 40000, A 40000 | min 60000 | complete 48 months",
        "round_open jurisdiction_ok kinds_allowed single_applicant population_below_minimum fields_complete no_limit_or_period"),
    ("open | A 90000, Nyby - | min 60000 | complete 48 months",
        "round_open jurisdiction_ok kinds_allowed network_allowed population_missing fields_complete no_limit_or_period"),
    ("open | Nyby - | | complete 48 months",
        "round_open jurisdiction_ok kinds_allowed single_applicant no_minimum fields_complete no_limit_or_period"),
    // Kinds, countries, networks.
    ("open | Midtjylland 1300000 region | | complete 48 months",
        "round_open jurisdiction_ok kind_not_allowed single_applicant no_minimum fields_complete no_limit_or_period"),
    ("open | Midtjylland 1300000 region, Aarhus 367000 | kinds municipality+region | complete 48 months",
        "round_open jurisdiction_ok kinds_allowed network_allowed no_minimum fields_complete no_limit_or_period"),
    ("open | Aarhus 367000, Malmö 357000 municipality se | | complete 48 months",
        "round_open wrong_jurisdiction kinds_allowed network_allowed no_minimum fields_complete no_limit_or_period"),
    ("open | Skåne 1400000 region se | | complete 48 months",
        "round_open wrong_jurisdiction kind_not_allowed single_applicant no_minimum fields_complete no_limit_or_period"),
    ("open | A 50000, B 50000 | single | complete 48 months",
        "round_open jurisdiction_ok kinds_allowed network_not_allowed no_minimum fields_complete no_limit_or_period"),
    ("open | A 50000, A 50000 | single | complete 48 months",
        "round_open jurisdiction_ok kinds_allowed single_applicant no_minimum fields_complete no_limit_or_period"),
    // Fields and the period: the maximum itself passes, one more fails; without a period
    // or a maximum the rule does not apply.
    ("open | A 50000 | max 48 | title-only 48 months",
        "round_open jurisdiction_ok kinds_allowed single_applicant no_minimum application_incomplete trial_length_ok"),
    ("open | A 50000 | max 48 | complete 49 months",
        "round_open jurisdiction_ok kinds_allowed single_applicant no_minimum fields_complete trial_too_long"),
    ("open | A 50000 | max 48 | complete no-period",
        "round_open jurisdiction_ok kinds_allowed single_applicant no_minimum application_incomplete no_limit_or_period"),
    ("open | A 50000 | max 1 | complete 1 months",
        "round_open jurisdiction_ok kinds_allowed single_applicant no_minimum fields_complete trial_length_ok"),
    // Everything at once.
    ("closed | A 50000, Malmö - region se | min 60000 max 24 single | title-only 48 months",
        "deadline_passed wrong_jurisdiction kind_not_allowed network_not_allowed population_missing application_incomplete trial_too_long"),
];

#[test]
fn table() {
    let mut failures = Vec::new();
    for (input, expected) in CASES {
        let report = evaluate_case(input);
        let actual = report
            .rules
            .iter()
            .map(|o| o.reason.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if actual != *expected {
            failures.push(format!(
                "{input}\n  expected: {expected}\n  actual:   {actual}"
            ));
        }
        consistent(&report);
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// What every report holds to: one outcome per rule in order, each the outcome its reason
/// stands for, `eligible` when nothing failed, and the same report back from its JSON.
fn consistent(report: &Report) {
    let rules: Vec<Rule> = report.rules.iter().map(|o| o.rule).collect();
    assert_eq!(rules, Rule::VARIANTS);
    for o in &report.rules {
        assert_eq!(o.rule, o.reason.rule(), "{o:?}");
        assert_eq!(o.outcome, o.reason.outcome(), "{o:?}");
    }
    assert_eq!(report.eligible, report.first_failure().is_none());
    assert_eq!(report.refusal(), report.first_failure().map(|f| f.reason));
    let json = serde_json::to_value(report).unwrap();
    assert_eq!(&serde_json::from_value::<Report>(json).unwrap(), report);
}

fn evaluate_case(case: &str) -> Report {
    let [phase, participants, scheme, content] = case
        .split('|')
        .map(str::trim)
        .collect::<Vec<_>>()
        .try_into()
        .unwrap_or_else(|_| panic!("not four parts: {case}"));
    let mut round = round();
    let now = match phase {
        "before-opening" => datetime!(2018-10-11 21:59:59 UTC),
        "opening" => datetime!(2018-10-11 22:00:00 UTC),
        "open" => BEFORE,
        "last-second" => datetime!(2019-04-01 21:59:59 UTC),
        "closed" => datetime!(2019-04-01 22:00:00 UTC),
        "unknown-zone" => {
            round.opens.time_zone = "Mars/Olympus".into();
            round.deadline.time_zone = "Mars/Olympus".into();
            BEFORE
        }
        other => panic!("unknown phase {other:?}"),
    };
    let mut names: Vec<&str> = Vec::new();
    let participants: Vec<Participant> = participants
        .split(',')
        .map(|p| {
            let mut words = p.split_whitespace();
            let name = words.next().expect("a name");
            let population = words.next().expect("a population");
            let id = match names.iter().position(|n| *n == name) {
                Some(i) => i,
                None => {
                    names.push(name);
                    names.len() - 1
                }
            };
            let mut o = org(id as i64 + 1, name, population.parse().ok());
            for word in words {
                match word.parse::<Country>() {
                    Ok(country) => o.country = country,
                    Err(_) => o.kind = kind(word),
                }
            }
            o
        })
        .collect();
    let mut rules = Rules::default();
    let mut words = scheme.split_whitespace();
    while let Some(word) = words.next() {
        let mut value = || words.next().expect("a value");
        match word {
            "min" => rules.min_population = Some(value().parse().unwrap()),
            "max" => rules.max_trial_months = Some(value().parse().unwrap()),
            "single" => rules.networks_allowed = false,
            "kinds" => rules.allowed_kinds = value().split('+').map(kind).collect(),
            other => panic!("unknown scheme word {other:?}"),
        }
    }
    let mut words = content.split_whitespace();
    let mut content = match words.next() {
        Some("complete") => complete(),
        Some("title-only") => ApplicationContent {
            title: "Kun en titel".into(),
            ..Default::default()
        },
        other => panic!("unknown content {other:?}"),
    };
    match (words.next(), words.next()) {
        (Some("no-period"), None) => (content.period_start, content.period_end) = (None, None),
        (Some(n), Some("months")) => {
            let months: i32 = n.parse().unwrap();
            let start = date!(2020 - 01 - 01);
            let after = 2020 * 12 + months;
            let month = time::Month::try_from(u8::try_from(after % 12 + 1).unwrap()).unwrap();
            let end = Date::from_calendar_date(after / 12, month, 1)
                .unwrap()
                .previous_day();
            (content.period_start, content.period_end) = (Some(start), end);
            assert_eq!(content.period_months(), u32::try_from(months).ok());
        }
        other => panic!("unknown period {other:?}"),
    }
    evaluate(&Input {
        rules: &rules,
        country: Country::Dk,
        scheme_has_themes: true,
        round: &round,
        participants: &participants,
        content: &content,
        now,
    })
}

fn kind(name: &str) -> OrganisationKind {
    crate::text::parse_name(name).unwrap_or_else(|| panic!("unknown kind {name:?}"))
}

// ---------------------------------------------------------------------------------------
// The JSON of frozen reports.

/// Reports as the code wrote them before reasons and facts were typed (captured from it,
/// with the inputs of [`frozen_inputs`]): together they give every reason at least once.
const FROZEN: [&str; 4] = [
    r#"{"eligible":true,"checked_at":"2019-03-01 12:00:00.0 +00:00:00","rules":[{"rule":"round_open","outcome":"passed","reason":"round_open","message":"The round is open until 2019-04-01 23:59:59 Europe/Copenhagen (CEST).","facts":{"deadline":"2019-04-01 23:59:59 Europe/Copenhagen (CEST)","now":"2019-03-01 13:00:00 Europe/Copenhagen (CET)","opens":"2018-10-12 00:00:00 Europe/Copenhagen (CEST)","time_zone":"Europe/Copenhagen"}},{"rule":"jurisdiction","outcome":"passed","reason":"jurisdiction_ok","message":"Every participant is in the scheme's country (dk).","facts":{"country":"dk","outside":""}},{"rule":"organisation_kinds","outcome":"passed","reason":"kinds_allowed","message":"Every participant is of a kind that may apply (municipality).","facts":{"allowed":"municipality","refused":""}},{"rule":"network","outcome":"passed","reason":"network_allowed","message":"A network of 2 organisations; the scheme allows networks.","facts":{"organisations":2}},{"rule":"population","outcome":"passed","reason":"population_ok","message":"Combined population 70000 (as of 2023-07-01) meets the minimum of 60000.","facts":{"combined":70000,"figures":[{"code":"101","organisation":"Viborg","population":40000,"reference_date":"2024-01-01","uncertain":false},{"code":"102","organisation":"Skive","population":30000,"reference_date":"2023-07-01","uncertain":true}],"minimum":60000,"reference_date":"2023-07-01","without_figure":""}},{"rule":"required_fields","outcome":"passed","reason":"fields_complete","message":"Every required field is filled in.","facts":{"missing":""}},{"rule":"trial_length","outcome":"passed","reason":"trial_length_ok","message":"The planned period of 48 months is within the maximum of 48.","facts":{"maximum":48,"months":48}}]}"#,
    r#"{"eligible":false,"checked_at":"2019-04-02 12:00:00.0 +00:00:00","rules":[{"rule":"round_open","outcome":"failed","reason":"deadline_passed","message":"The deadline was 2019-04-01 23:59:59 Europe/Copenhagen (CEST).","facts":{"deadline":"2019-04-01 23:59:59 Europe/Copenhagen (CEST)","now":"2019-04-02 14:00:00 Europe/Copenhagen (CEST)","opens":"2018-10-12 00:00:00 Europe/Copenhagen (CEST)","time_zone":"Europe/Copenhagen"}},{"rule":"jurisdiction","outcome":"failed","reason":"wrong_jurisdiction","message":"The scheme is for dk only; outside it: Malmö (se).","facts":{"country":"dk","outside":"Malmö (se)"}},{"rule":"organisation_kinds","outcome":"failed","reason":"kind_not_allowed","message":"Only municipality may apply; not: Malmö (region).","facts":{"allowed":"municipality","refused":"Malmö (region)"}},{"rule":"network","outcome":"failed","reason":"network_not_allowed","message":"A network of 2 organisations; the scheme takes single applicants only.","facts":{"organisations":2}},{"rule":"population","outcome":"failed","reason":"population_missing","message":"The registry has no population figure for Malmö (103), so the minimum of 60000 cannot be checked.","facts":{"combined":40000,"figures":[{"code":"101","organisation":"Viborg","population":40000,"reference_date":"2024-01-01","uncertain":false},{"code":"103","organisation":"Malmö","population":null,"reference_date":null,"uncertain":false}],"minimum":60000,"reference_date":"2024-01-01","without_figure":"Malmö (103)"}},{"rule":"required_fields","outcome":"failed","reason":"application_incomplete","message":"Still to fill in: summary, description, themes, exemptions, legal_security.","facts":{"missing":"summary, description, themes, exemptions, legal_security"}},{"rule":"trial_length","outcome":"failed","reason":"trial_too_long","message":"The planned period of 48 months is longer than the maximum of 24.","facts":{"maximum":24,"months":48}}]}"#,
    r#"{"eligible":false,"checked_at":"2018-10-01 12:00:00.0 +00:00:00","rules":[{"rule":"round_open","outcome":"failed","reason":"round_not_open","message":"The round opens 2018-10-12 00:00:00 Europe/Copenhagen (CEST).","facts":{"deadline":"2019-04-01 23:59:59 Europe/Copenhagen (CEST)","now":"2018-10-01 14:00:00 Europe/Copenhagen (CEST)","opens":"2018-10-12 00:00:00 Europe/Copenhagen (CEST)","time_zone":"Europe/Copenhagen"}},{"rule":"jurisdiction","outcome":"passed","reason":"jurisdiction_ok","message":"Every participant is in the scheme's country (dk).","facts":{"country":"dk","outside":""}},{"rule":"organisation_kinds","outcome":"passed","reason":"kinds_allowed","message":"Every participant is of a kind that may apply (municipality).","facts":{"allowed":"municipality","refused":""}},{"rule":"network","outcome":"not_applicable","reason":"single_applicant","message":"One organisation applies alone.","facts":{"organisations":1}},{"rule":"population","outcome":"failed","reason":"population_below_minimum","message":"Combined population 59999 (as of 2024-01-01) is below the minimum of 60000.","facts":{"combined":59999,"figures":[{"code":"101","organisation":"Viborg","population":59999,"reference_date":"2024-01-01","uncertain":false}],"minimum":60000,"reference_date":"2024-01-01","without_figure":""}},{"rule":"required_fields","outcome":"passed","reason":"fields_complete","message":"Every required field is filled in.","facts":{"missing":""}},{"rule":"trial_length","outcome":"not_applicable","reason":"no_limit_or_period","message":"No maximum length, or no planned period yet.","facts":{}}]}"#,
    r#"{"eligible":false,"checked_at":"2019-03-01 12:00:00.0 +00:00:00","rules":[{"rule":"round_open","outcome":"failed","reason":"round_not_open","message":"unknown time zone \"Mars/Olympus\": use an IANA name such as Europe/Oslo","facts":{"deadline":"2019-04-01 23:59:59 Mars/Olympus","now":"","opens":"2018-10-12 00:00:00 Mars/Olympus","time_zone":"Mars/Olympus"}},{"rule":"jurisdiction","outcome":"passed","reason":"jurisdiction_ok","message":"Every participant is in the scheme's country (dk).","facts":{"country":"dk","outside":""}},{"rule":"organisation_kinds","outcome":"passed","reason":"kinds_allowed","message":"Every participant is of a kind that may apply (municipality).","facts":{"allowed":"municipality","refused":""}},{"rule":"network","outcome":"not_applicable","reason":"single_applicant","message":"One organisation applies alone.","facts":{"organisations":1}},{"rule":"population","outcome":"not_applicable","reason":"no_minimum","message":"The scheme sets no minimum population.","facts":{}},{"rule":"required_fields","outcome":"passed","reason":"fields_complete","message":"Every required field is filled in.","facts":{"missing":""}},{"rule":"trial_length","outcome":"not_applicable","reason":"no_limit_or_period","message":"No maximum length, or no planned period yet.","facts":{}}]}"#,
];

/// The reports of [`FROZEN`], evaluated now: everything passes (a network, one figure
/// uncertain); everything fails (after the deadline); the round not open yet with too
/// small a population; a round in an unknown time zone under a scheme without limits.
fn frozen_inputs() -> [Report; 4] {
    let zoned = |tz: &str| {
        let mut round = round();
        round.opens.time_zone = tz.into();
        round.deadline.time_zone = tz.into();
        round
    };
    let copenhagen = zoned("Europe/Copenhagen");
    let viborg = org(1, "Viborg", Some(40_000));
    let mut skive = org(2, "Skive", Some(30_000));
    skive.population_uncertain = true;
    skive.population_date = Some(date!(2023 - 07 - 01));
    let mut malmo = org(3, "Malmö", None);
    malmo.country = Country::Se;
    malmo.kind = OrganisationKind::Region;
    let title_only = ApplicationContent {
        title: "Kun en titel".into(),
        period_start: Some(date!(2020 - 01 - 01)),
        period_end: Some(date!(2023 - 12 - 31)),
        ..Default::default()
    };
    let at = |rules: &Rules, round: &Round, participants: &[Participant], content, now| {
        evaluate(&Input {
            rules,
            country: Country::Dk,
            scheme_has_themes: true,
            round,
            participants,
            content,
            now,
        })
    };
    let min = Rules {
        min_population: Some(60_000),
        ..Rules::default()
    };
    [
        at(
            &rules(),
            &copenhagen,
            &[viborg.clone(), skive, viborg.clone()],
            &complete(),
            BEFORE,
        ),
        at(
            &Rules {
                max_trial_months: Some(24),
                networks_allowed: false,
                ..min.clone()
            },
            &copenhagen,
            &[viborg, malmo],
            &title_only,
            datetime!(2019-04-02 12:00 UTC),
        ),
        at(
            &min,
            &copenhagen,
            &[org(1, "Viborg", Some(59_999))],
            &complete(),
            datetime!(2018-10-01 12:00 UTC),
        ),
        at(
            &Rules::default(),
            &zoned("Mars/Olympus"),
            &[org(1, "Viborg", None)],
            &complete(),
            BEFORE,
        ),
    ]
}

/// A report serialises to exactly the JSON it did before, and that JSON, straight or
/// through a `serde_json::Value` as the database column holds it, reads back as the report.
#[test]
fn reports_serialise_and_read_as_before() {
    let reports = frozen_inputs();
    for (report, frozen) in reports.iter().zip(FROZEN) {
        assert_eq!(serde_json::to_string(report).unwrap(), frozen);
        assert_eq!(&serde_json::from_str::<Report>(frozen).unwrap(), report);
        let value: serde_json::Value = serde_json::from_str(frozen).unwrap();
        assert_eq!(serde_json::to_value(report).unwrap(), value);
        assert_eq!(&serde_json::from_value::<Report>(value).unwrap(), report);
        consistent(report);
    }
    let reasons: HashSet<Reason> = reports
        .iter()
        .flat_map(|r| r.rules.iter().map(|o| o.reason))
        .collect();
    let missing: Vec<&Reason> = Reason::VARIANTS
        .iter()
        .filter(|r| !reasons.contains(r))
        .collect();
    assert!(missing.is_empty(), "no frozen report gives {missing:?}");
}

/// Facts are read in the shape their reason gives: other keys are refused, not guessed.
#[test]
fn facts_are_read_in_their_reasons_shape() {
    let read = |reason: &str, facts: &str| {
        serde_json::from_str::<RuleOutcome>(&format!(
            r#"{{"rule":"population","outcome":"passed","reason":"{reason}","message":"","facts":{facts}}}"#
        ))
    };
    assert_eq!(read("no_minimum", "{}").unwrap().facts, Facts::Empty);
    assert!(read("population_ok", "{}").is_err());
    assert!(read("population_ok", r#"{"organisations":2}"#).is_err());
    assert!(read("population_fine", "{}").is_err());
    let ok = read(
        "population_ok",
        r#"{"combined":1,"figures":[],"minimum":1,"reference_date":"","without_figure":""}"#,
    )
    .unwrap();
    assert_eq!(population_facts(&ok).reference_date, None);
}

/// A message's arguments are the facts but the figures, numbers as numbers.
#[test]
fn facts_give_their_messages_arguments() {
    let [all_pass, ..] = frozen_inputs();
    let args = |rule| all_pass.outcome(rule).unwrap().facts.args();
    assert_eq!(
        args(Rule::Population),
        [
            ("combined", FactValue::Number(70_000)),
            ("minimum", FactValue::Number(60_000)),
            ("reference_date", FactValue::Text("2023-07-01".into())),
            ("without_figure", FactValue::Text("".into())),
        ]
    );
    assert_eq!(
        args(Rule::Network),
        [("organisations", FactValue::Number(2))]
    );
    assert_eq!(
        args(Rule::Jurisdiction),
        [
            ("country", FactValue::Text("dk".into())),
            ("outside", FactValue::Text("".into())),
        ]
    );
    assert_eq!(
        all_pass
            .outcome(Rule::Population)
            .unwrap()
            .facts
            .figures()
            .len(),
        2
    );
    assert!(
        all_pass
            .outcome(Rule::Network)
            .unwrap()
            .facts
            .figures()
            .is_empty()
    );
}

/// The report says which figure it used: value, date and source, kept in the frozen JSON.
#[test]
fn figures_name_their_source() {
    let mut viborg = org(1, "Viborg", Some(96_000));
    viborg.population_source = "Danmarks Statistik, FOLK1A".into();
    let report = evaluate(&Input {
        rules: &rules(),
        country: Country::Dk,
        scheme_has_themes: false,
        round: &round(),
        participants: &[viborg],
        content: &complete(),
        now: BEFORE,
    });
    let figures = report
        .rules
        .iter()
        .flat_map(|r| r.facts.figures().to_vec())
        .collect::<Vec<_>>();
    assert_eq!(figures.len(), 1);
    assert_eq!(figures[0].population, Some(96_000));
    assert_eq!(figures[0].reference_date, Some(date!(2024 - 01 - 01)));
    assert_eq!(figures[0].source, "Danmarks Statistik, FOLK1A");
    let json = serde_json::to_string(&report).unwrap();
    assert!(json.contains(r#""source":"Danmarks Statistik, FOLK1A""#));
    assert_eq!(serde_json::from_str::<Report>(&json).unwrap(), report);
}
