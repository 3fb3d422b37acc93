//! The demo's schemes, read from `data/demo/*.toml`: the Danish 2019 frikommuneforsøg as
//! seed 003 describes it, a Norwegian forsøksordning open now, and a Swedish testbed scheme.
//!
//! They are built through the store the way people would build them (draft, theme
//! proposals, publication, applications, submission), so the journal tells a real history.

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::{Context, anyhow, bail};
use frirum_app::App;
use frirum_app::applications::{self as cases, Case};
use frirum_domain::application::{
    ApplicationContent, ExemptionScope, Objective, Partner, RequestedExemption,
};
use frirum_domain::assessment::NewAssignment;
use frirum_domain::case::CaseStatus;
use frirum_domain::clock::LocalTime;
use frirum_domain::decision::{
    DecisionDraft, DecisionFacts, DecisionSettings, GrantChoice, NarrowingScope, NewDecision,
    Outcome, ProvisionFacts, RegulationKind, narrowing_scope,
};
use frirum_domain::journal::Actor;
use frirum_domain::scheme::{RoundDraft, Rules, SchemeDraft, SchemeStatus, ThemeDraft};
use frirum_domain::scoring::Score;
use frirum_domain::screening::{Judgement, ScreeningOutcome};
use frirum_domain::{Country, Language};
use frirum_store::{NewApplication, Store, Submission};
use serde::Deserialize;
use time::{Date, Duration, OffsetDateTime, PrimitiveDateTime, Time};

/// The shipped demo schemes.
pub const SCHEMES: [(&str, &str); 4] = [
    ("dk2019.toml", include_str!("../data/demo/dk2019.toml")),
    ("no2026.toml", include_str!("../data/demo/no2026.toml")),
    (
        "se-testbed.toml",
        include_str!("../data/demo/se-testbed.toml"),
    ),
    // Last, so that the rounds and applications of the others keep their numbers (the
    // walk-through and the browser tests name them).
    ("no2024.toml", include_str!("../data/demo/no2024.toml")),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoScheme {
    code: String,
    country: Country,
    title: String,
    status: SchemeStatus,
    invitation: String,
    #[serde(default)]
    publish_applications: bool,
    rules: Rules,
    #[serde(default)]
    themes: Vec<DemoTheme>,
    #[serde(default)]
    rounds: Vec<DemoRound>,
    #[serde(default)]
    proposals: Vec<DemoProposal>,
    #[serde(default)]
    applications: Vec<DemoApplication>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoTheme {
    key: String,
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    priority: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoRound {
    number: u32,
    title: String,
    opens: Option<String>,
    deadline: Option<String>,
    opens_days_ago: Option<i64>,
    deadline_days_ahead: Option<i64>,
    time_zone: String,
    target_trials: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoProposal {
    organisation: String,
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    endorsements: Vec<String>,
    status: String,
    adopted_theme: Option<String>,
    decline_reason: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoApplication {
    round: u32,
    lead: String,
    #[serde(default)]
    members: Vec<String>,
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    themes: Vec<String>,
    submitted_at: Option<String>,
    #[serde(default)]
    legal_security: String,
    #[serde(default)]
    learning_goals: String,
    funds_requested: Option<i64>,
    period_start: Option<Date>,
    period_end: Option<Date>,
    #[serde(default)]
    unknown_rules_obstacle: String,
    #[serde(default)]
    objectives: Vec<DemoObjective>,
    #[serde(default)]
    exemptions: Vec<RequestedExemption>,
    #[serde(default)]
    partners: Vec<Partner>,
    /// The secretariat's decision, for schemes whose rounds have been decided.
    decision: Option<DemoDecision>,
    /// A closed scheme's case left as submitted, its decision still to be made: the case the
    /// README's walk-through and the browser test take from screening to decision.
    #[serde(default)]
    awaiting_decision: bool,
}

/// A decision as the demo file writes it; it goes through the same checks as one made on
/// the decision page.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoDecision {
    outcome: Outcome,
    decided_at: String,
    reasons: String,
    /// The requested exemptions granted, by position; all of them when absent.
    granted: Option<Vec<usize>>,
    /// Grants the secretariat narrowed to the provisions it names (cited as written).
    #[serde(default)]
    narrow: Vec<DemoNarrowing>,
    #[serde(default)]
    conditions: String,
    period_start: Option<Date>,
    period_end: Option<Date>,
    regulation_kind: Option<RegulationKind>,
    #[serde(default)]
    regulation_text: String,
}

/// A grant narrowed to named provisions of the catalogue.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoNarrowing {
    /// The requested exemption, by position.
    exemption: usize,
    /// The provisions granted, each cited as the decision writes it.
    provisions: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoObjective {
    indicator: String,
    #[serde(default)]
    unit: String,
    baseline: Option<f64>,
    target: Option<f64>,
    date: Option<Date>,
}

pub fn parse(name: &str, text: &str) -> anyhow::Result<DemoScheme> {
    toml::from_str(text).with_context(|| format!("the demo scheme {name}"))
}

fn local(text: &str) -> anyhow::Result<PrimitiveDateTime> {
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    PrimitiveDateTime::parse(text, &format).with_context(|| format!("local time {text:?}"))
}

fn days_from(now: OffsetDateTime, days: i64, clock: Time) -> PrimitiveDateTime {
    PrimitiveDateTime::new((now + Duration::days(days)).date(), clock)
}

fn language(country: Country) -> Language {
    match country {
        Country::Dk => Language::Da,
        Country::No => Language::Nb,
        Country::Se => Language::Sv,
    }
}

async fn organisation_id(store: &dyn Store, reference: &str) -> anyhow::Result<i64> {
    let (country, code) = reference
        .split_once(':')
        .ok_or_else(|| anyhow!("write organisations as country:code, not {reference:?}"))?;
    let country: Country = country.parse().map_err(|e| anyhow!("{e:?}"))?;
    Ok(store
        .organisation(country, code)
        .await?
        .ok_or_else(|| anyhow!("no organisation {reference} in the registry"))?
        .id)
}

/// Builds one scheme with its history; returns how many applications were submitted.
pub async fn load(
    store: Arc<dyn Store>,
    admin_id: i64,
    assessors: &[i64],
    scheme: &DemoScheme,
    now: OffsetDateTime,
) -> anyhow::Result<(usize, usize)> {
    let rounds_start = scheme
        .rounds
        .iter()
        .map(|r| match (&r.opens, r.opens_days_ago) {
            (Some(t), _) => local(t).map(|t| t.assume_utc()),
            (None, Some(days)) => Ok(now - Duration::days(days)),
            (None, None) => Ok(now),
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    // The scheme was prepared some weeks before its first round opened.
    let prepared = rounds_start.iter().min().copied().unwrap_or(now) - Duration::days(45);
    let admin = |at| Actor::user(admin_id, at);
    let created = store
        .create_scheme(
            &SchemeDraft {
                code: scheme.code.clone(),
                country: scheme.country,
                title: scheme.title.clone(),
                language: language(scheme.country),
                invitation: scheme.invitation.clone(),
                publish_applications: scheme.publish_applications,
            },
            &scheme.rules,
            admin(prepared),
        )
        .await?;
    let id = created.id;
    store
        .set_decision_settings(id, &decision_settings(scheme.country), admin(prepared))
        .await?;

    let adopted: Vec<&str> = scheme
        .proposals
        .iter()
        .filter_map(|p| p.adopted_theme.as_deref())
        .collect();
    let mut theme_ids: HashMap<&str, i64> = HashMap::new();
    for theme in &scheme.themes {
        if !adopted.contains(&theme.key.as_str()) {
            let t = store
                .add_theme(id, &theme_draft(theme), admin(prepared))
                .await?;
            theme_ids.insert(&theme.key, t.id);
        }
    }

    let mut status = SchemeStatus::Draft;
    if !scheme.proposals.is_empty() {
        store
            .set_scheme_status(id, status, SchemeStatus::Proposals, admin(prepared))
            .await?;
        status = SchemeStatus::Proposals;
        let decided = prepared + Duration::days(20);
        for (i, p) in scheme.proposals.iter().enumerate() {
            let at =
                prepared + Duration::days(1) + Duration::hours(i64::try_from(i).unwrap_or(0) * 7);
            let org = organisation_id(&*store, &p.organisation).await?;
            let proposal = store
                .create_proposal(
                    id,
                    org,
                    &p.title,
                    &p.description,
                    Actor {
                        user_id: None,
                        reason: None,
                        at,
                    },
                )
                .await?;
            for endorser in &p.endorsements {
                let by = organisation_id(&*store, endorser).await?;
                store
                    .endorse_proposal(
                        proposal.id,
                        by,
                        Actor {
                            user_id: None,
                            reason: None,
                            at: at + Duration::days(2),
                        },
                    )
                    .await?;
            }
            match p.status.as_str() {
                "adopted" => {
                    let key = p.adopted_theme.as_deref().unwrap_or_default();
                    let theme = scheme.themes.iter().find(|t| t.key == key).ok_or_else(|| {
                        anyhow!("proposal {:?} adopts unknown theme {key:?}", p.title)
                    })?;
                    if let Some(existing) = theme_ids.get(key) {
                        // A second proposal for a theme already adopted is declined as a duplicate.
                        let _ = existing;
                        store
                            .decline_proposal(
                                proposal.id,
                                &format!("Samme tema som «{}».", theme.title),
                                admin(decided),
                            )
                            .await?;
                    } else {
                        let (_, t) = store
                            .adopt_proposal(proposal.id, &theme_draft(theme), admin(decided))
                            .await?;
                        theme_ids.insert(&theme.key, t.id);
                    }
                }
                "declined" => {
                    let reason = p.decline_reason.as_deref().unwrap_or("—");
                    store
                        .decline_proposal(proposal.id, reason, admin(decided))
                        .await?;
                }
                _ => {}
            }
        }
    }

    let mut round_ids: HashMap<u32, i64> = HashMap::new();
    for r in &scheme.rounds {
        let opens = match (&r.opens, r.opens_days_ago) {
            (Some(t), _) => local(t)?,
            (None, Some(days)) => days_from(now, -days, Time::MIDNIGHT),
            (None, None) => bail!("round {} has no opening time", r.number),
        };
        let deadline = match (&r.deadline, r.deadline_days_ahead) {
            (Some(t), _) => local(t)?,
            (None, Some(days)) => days_from(now, days, Time::from_hms(23, 59, 59)?),
            (None, None) => bail!("round {} has no deadline", r.number),
        };
        let round = store
            .add_round(
                id,
                &RoundDraft {
                    number: r.number,
                    title: r.title.clone(),
                    opens: LocalTime::new(opens, r.time_zone.clone()),
                    deadline: LocalTime::new(deadline, r.time_zone.clone()),
                    target_trials: r.target_trials,
                },
                admin(prepared),
            )
            .await?;
        round_ids.insert(r.number, round.id);
    }

    if scheme.status != SchemeStatus::Draft && scheme.status != SchemeStatus::Proposals {
        store
            .set_scheme_status(
                id,
                status,
                SchemeStatus::Published,
                admin(prepared + Duration::days(30)),
            )
            .await?;
    } else if scheme.status == SchemeStatus::Proposals && status == SchemeStatus::Draft {
        store
            .set_scheme_status(id, status, SchemeStatus::Proposals, admin(prepared))
            .await?;
    }

    let app = App::new(store.clone(), frirum_app::AppConfig::default());
    let (mut submitted, mut drafts) = (0, 0);
    // The submitted applications the file leaves undecided, in order, with their rounds.
    let mut open_cases: Vec<(i64, frirum_domain::scheme::Round, Rules)> = Vec::new();
    for a in &scheme.applications {
        let round_id = *round_ids
            .get(&a.round)
            .ok_or_else(|| anyhow!("application {:?}: no round {}", a.title, a.round))?;
        let round = store
            .round(round_id)
            .await?
            .ok_or_else(|| anyhow!("round vanished"))?;
        let lead = organisation_id(&*store, &a.lead).await?;
        let mut members = Vec::new();
        for m in &a.members {
            members.push(organisation_id(&*store, m).await?);
        }
        let themes = a
            .themes
            .iter()
            .map(|k| {
                theme_ids
                    .get(k.as_str())
                    .copied()
                    .ok_or_else(|| anyhow!("application {:?}: unknown theme {k:?}", a.title))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let content = ApplicationContent {
            title: a.title.clone(),
            summary: a.summary.clone(),
            description: a.description.clone(),
            themes,
            objectives: a
                .objectives
                .iter()
                .map(|o| Objective {
                    indicator: o.indicator.clone(),
                    unit: o.unit.clone(),
                    baseline: o.baseline,
                    target: o.target,
                    target_date: o.date,
                })
                .collect(),
            exemptions: picked_provisions(&app, scheme.country, &a.exemptions).await?,
            unknown_rules_obstacle: a.unknown_rules_obstacle.clone(),
            legal_security: a.legal_security.clone(),
            partners: a.partners.clone(),
            learning_goals: a.learning_goals.clone(),
            funds_requested: a.funds_requested,
            period_start: a.period_start,
            period_end: a.period_end,
        }
        .cleaned();
        content
            .validate(&theme_ids.values().copied().collect::<Vec<_>>())
            .map_err(|e| anyhow!("application {:?}: {e}", a.title))?;
        let submitted_at = a
            .submitted_at
            .as_deref()
            .map(|t| {
                LocalTime::new(local(t)?, round.deadline.time_zone.clone())
                    .instant()
                    .map_err(|e| anyhow!(e))
            })
            .transpose()?;
        let written = submitted_at.unwrap_or(now) - Duration::days(12);
        let application = store
            .create_application(
                &NewApplication {
                    round_id,
                    lead_organisation_id: lead,
                    member_ids: members,
                    content,
                },
                Actor {
                    user_id: None,
                    reason: None,
                    at: written.min(now),
                },
            )
            .await?;
        let Some(at) = submitted_at else {
            drafts += 1;
            continue;
        };
        let scheme_now = store
            .scheme(id)
            .await?
            .ok_or_else(|| anyhow!("scheme vanished"))?;
        let case = Case {
            application,
            scheme: scheme_now,
            round: round.clone(),
        };
        let report = cases::eligibility(&app, &case, &case.scheme.rules, at)
            .await
            .map_err(|e| anyhow!("{e}"))?;
        if let Some(failure) = report.first_failure() {
            eprintln!(
                "demo: {} {:?} stays a draft: {}",
                scheme.code, a.title, failure.message
            );
            drafts += 1;
            continue;
        }
        store
            .submit_application(
                case.application.id,
                &Submission {
                    expected_version: Some(case.application.version),
                    rules_version: case.scheme.rules_version,
                    eligibility: serde_json::to_value(&report)?,
                },
                Actor {
                    user_id: None,
                    reason: None,
                    at,
                },
            )
            .await?;
        submitted += 1;
        if a.awaiting_decision {
            continue;
        }
        if let Some(d) = &a.decision {
            decide(
                &*store,
                admin_id,
                case.application.id,
                &case.scheme.rules,
                &round,
                d,
            )
            .await
            .with_context(|| format!("the decision on {:?}", a.title))?;
        } else {
            open_cases.push((
                case.application.id,
                round.clone(),
                case.scheme.rules.clone(),
            ));
        }
    }

    if scheme.status == SchemeStatus::Closed {
        // A closed scheme's cases are all settled: decided after the deadline and a
        // completed screening, or withdrawn by the applicant.
        for (k, (application_id, round, rules)) in open_cases.iter().enumerate() {
            settle(&*store, admin_id, *application_id, rules, round, k).await?;
        }
    } else {
        // A live scheme shows every queue: the undecided cases are spread over the stages.
        for (k, (application_id, round, rules)) in open_cases.iter().enumerate() {
            let stage = LIVE_STAGES[k % LIVE_STAGES.len()];
            advance(
                &*store,
                admin_id,
                assessors,
                *application_id,
                rules,
                round,
                stage,
                now,
            )
            .await
            .with_context(|| format!("bringing a demo case to {stage:?}"))?;
        }
    }

    if scheme.status == SchemeStatus::Closed {
        let last = scheme_rounds_end(&*store, id)
            .await?
            .unwrap_or(now)
            .min(now);
        store
            .set_scheme_status(
                id,
                SchemeStatus::Published,
                SchemeStatus::Closed,
                admin(last + Duration::days(1)),
            )
            .await?;
    }
    Ok((submitted, drafts))
}

/// Who issues a country's demo decisions, under which law, and what the letter says about
/// appeal.
fn decision_settings(country: Country) -> DecisionSettings {
    let (authority, basis, appeal) = match country {
        Country::Dk => (
            "Indenrigs- og Boligministeriet",
            "Lov om frikommuner m.v. (frikommuneloven)",
            "Afgørelsen kan ikke indbringes for anden administrativ myndighed.",
        ),
        Country::No => (
            "Kommunal- og distriktsdepartementet",
            "Lov om forsøk i offentlig forvaltning (forsøksloven) § 3",
            "",
        ),
        Country::Se => (
            "Regeringskansliet, Finansdepartementet",
            "Förordning om försöksverksamhet i kommuner och regioner",
            "Beslutet kan inte överklagas.",
        ),
    };
    DecisionSettings {
        safeguards: true,
        issuing_authority: authority.into(),
        legal_basis: basis.into(),
        appeal_guidance: appeal.into(),
        four_eyes: false,
    }
}

/// The demo screener's reason for finding no conflict, in the scheme's country's language.
fn no_conflict_reason(country: Country) -> &'static str {
    match country {
        Country::Dk => "Ingen konflikt: forsøget ændrer kun kommunale proceskrav.",
        Country::No => "Ingen konflikt: forsøket endrer bare kommunale prosesskrav.",
        Country::Se => "Ingen konflikt: försöket ändrar bara kommunala processkrav.",
    }
}

/// The requested exemptions with the catalogue provision each cites, as an applicant picks
/// it from the rule finder's suggestions on the application form: a provision reference
/// that resolves to exactly one provision gets its id; an act, a policy area or a provision
/// outside the catalogue stays words only (the dossier's citation fallback reads those).
async fn picked_provisions(
    app: &App,
    country: Country,
    exemptions: &[RequestedExemption],
) -> anyhow::Result<Vec<RequestedExemption>> {
    let texts: Vec<&str> = exemptions.iter().map(|e| e.reference.as_str()).collect();
    let cited = app
        .rule_finder
        .cite_each(&*app.store, country.into(), &texts)
        .await?;
    Ok(exemptions
        .iter()
        .zip(cited)
        .map(|(e, found)| {
            let mut ids: Vec<i64> = found.iter().filter_map(|c| c.provision_id).collect();
            ids.dedup();
            let mut e = e.clone();
            if e.scope == ExemptionScope::Provision
                && e.provision_id.is_none()
                && let [one] = ids.as_slice()
            {
                e.provision_id = Some(*one);
            }
            e
        })
        .collect())
}

/// Records a demo decision at its time, checked as the decision page checks one: after the
/// round's deadline, with every item of the screening judged a week before.
async fn decide(
    store: &dyn Store,
    admin_id: i64,
    application_id: i64,
    rules: &Rules,
    round: &frirum_domain::scheme::Round,
    d: &DemoDecision,
) -> anyhow::Result<()> {
    let application = store
        .application(application_id)
        .await?
        .ok_or_else(|| anyhow!("application vanished"))?;
    let granted = match (&d.granted, d.outcome) {
        (_, Outcome::Rejected) => Vec::new(),
        (Some(positions), _) => positions.clone(),
        (None, _) => (0..application.content.exemptions.len()).collect(),
    };
    let mut narrowed: HashMap<usize, Vec<i64>> = HashMap::new();
    for n in &d.narrow {
        let texts: Vec<&str> = n.provisions.iter().map(String::as_str).collect();
        let cited = frirum_app::RuleFinder::open(None)?
            .cite_each(store, application.lead.country.into(), &texts)
            .await?;
        let ids = cited
            .iter()
            .zip(&n.provisions)
            .map(|(found, text)| {
                found
                    .iter()
                    .find_map(|c| c.provision_id)
                    .ok_or_else(|| anyhow!("{text:?} names no provision of the catalogue"))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        narrowed.insert(n.exemption, ids);
    }
    let narrowed_ids: Vec<i64> = narrowed.values().flatten().copied().collect();
    let draft = DecisionDraft {
        outcome: d.outcome,
        reasons: d.reasons.clone(),
        granted: granted
            .into_iter()
            .map(|exemption| GrantChoice {
                exemption,
                provision_ids: narrowed.remove(&exemption).unwrap_or_default(),
                note: String::new(),
            })
            .collect(),
        conditions: d.conditions.clone(),
        period_start: d.period_start,
        period_end: d.period_end,
        regulation_kind: d.regulation_kind,
        regulation_text: d.regulation_text.clone(),
        signatory_title: signatory_title(application.lead.country).into(),
        confirmed: true,
    }
    .cleaned();
    let decided = local(&d.decided_at)?;
    let at = LocalTime::new(decided, round.deadline.time_zone.clone())
        .instant()
        .map_err(|e| anyhow!(e))?;
    let country = application.lead.country;
    let screened = at - Duration::days(7);
    let version = application.rules_version.unwrap_or(1);
    for (item, text) in rules.exclusions.iter().enumerate() {
        store
            .record_screening(
                application_id,
                version,
                &Judgement {
                    item,
                    item_text: text.clone(),
                    outcome: ScreeningOutcome::NoConflict,
                    reason: no_conflict_reason(country).into(),
                },
                Actor::user(admin_id, screened),
            )
            .await?;
    }
    let settings = decision_settings(country);
    // What each request may be narrowed to, as the decision page checks it: the provision
    // the applicant picked, else anything (the demo narrows only picked provisions).
    let scopes: Vec<NarrowingScope> = application
        .content
        .exemptions
        .iter()
        .map(|e| narrowing_scope(e.scope, e.provision_id, None))
        .collect();
    let named: Vec<i64> = narrowed_ids.clone();
    let provisions: Vec<ProvisionFacts> = store
        .provisions_by_ids(&named)
        .await?
        .iter()
        .map(|p| ProvisionFacts {
            id: p.id,
            act_id: p.act_id,
        })
        .collect();
    let deadline = round.deadline.instant().map_err(|e| anyhow!(e))?;
    draft
        .validate(
            &application,
            rules,
            &DecisionFacts {
                today: decided.date(),
                deadline_passed: deadline <= at,
                screening_complete: true,
                conflicts: &[],
                settings: &settings,
            },
            &scopes,
            &provisions,
        )
        .map_err(|e| anyhow!("{e}"))?;
    store
        .decide(
            application_id,
            &NewDecision::from_validated(draft, &application),
            Actor::user(admin_id, at),
        )
        .await?;
    Ok(())
}

/// The stages a live scheme's undecided cases are brought to, in turn.
pub(crate) const LIVE_STAGES: [CaseStatus; 5] = [
    CaseStatus::Submitted,
    CaseStatus::InScreening,
    CaseStatus::AwaitingClarification,
    CaseStatus::InAssessment,
    CaseStatus::ReadyForDecision,
];

/// Settles the `k`-th undecided case of a closed scheme: every sixth is withdrawn by the
/// applicant, a case requesting no exemption and every third other one is rejected, the
/// rest approved, each decided some weeks after its round's deadline.
async fn settle(
    store: &dyn Store,
    admin_id: i64,
    application_id: i64,
    rules: &Rules,
    round: &frirum_domain::scheme::Round,
    k: usize,
) -> anyhow::Result<()> {
    let deadline = round.deadline.instant().map_err(|e| anyhow!(e))?;
    if k % 6 == 5 {
        store
            .withdraw_application(
                application_id,
                Actor {
                    user_id: None,
                    reason: None,
                    at: deadline + Duration::days(20),
                },
            )
            .await?;
        return Ok(());
    }
    let application = store
        .application(application_id)
        .await?
        .ok_or_else(|| anyhow!("application vanished"))?;
    // Ten weeks after the deadline, on a working day (not Christmas Day), some weeks before
    // the trials start on 1 January so that the councils can adopt their regulations.
    let decided = (round.deadline.local + Duration::days(70)).date();
    let decided = match decided.weekday() {
        time::Weekday::Saturday => decided - Duration::days(1),
        time::Weekday::Sunday => decided - Duration::days(2),
        _ => decided,
    };
    let decided_at = format!("{decided}T12:00:00");
    let start = Date::from_calendar_date(decided.year() + 1, time::Month::January, 1)?;
    let end = Date::from_calendar_date(decided.year() + 4, time::Month::December, 31)?;
    let approve = !application.content.exemptions.is_empty() && k % 3 != 2;
    let d = if approve {
        DemoDecision {
            outcome: Outcome::Approved,
            decided_at,
            reasons: "Forsøget ligger inden for ordningens temaer, har målbare mål og en plan for evaluering, og den juridiske screening har ikke fundet forhold, der er til hinder for det.".into(),
            granted: None,
            narrow: Vec::new(),
            conditions: "Kommunerne rapporterer hvert år om forsøgets resultater og om borgernes retssikkerhed.".into(),
            period_start: Some(start),
            period_end: Some(end),
            regulation_kind: Some(RegulationKind::FreeMunicipalityStatute),
            regulation_text: "Kommunalbestyrelsen vedtager en frikommunevedtægt, der beskriver forsøget og klageadgangen.".into(),
        }
    } else {
        DemoDecision {
            outcome: Outcome::Rejected,
            decided_at,
            reasons: if application.content.exemptions.is_empty() {
                "Ansøgningen angiver ikke, hvilke regler forsøget kræver fritagelse fra, og den kan derfor ikke imødekommes inden for ordningen.".into()
            } else {
                "Forsøget vurderes ikke at give ny viden ud over igangværende forsøg, og de ansøgte fritagelser er ikke tilstrækkeligt begrundet.".into()
            },
            granted: None,
            narrow: Vec::new(),
            conditions: String::new(),
            period_start: None,
            period_end: None,
            regulation_kind: None,
            regulation_text: String::new(),
        }
    };
    decide(store, admin_id, application_id, rules, round, &d)
        .await
        .with_context(|| format!("the demo decision on {:?}", application.content.title))
}

/// Brings an undecided case of a live scheme to `stage`, as the secretariat and the
/// assessors would have: screened after the round's deadline (not before now), a question
/// asked, assessors assigned who state no conflict and score.
#[expect(
    clippy::too_many_arguments,
    reason = "the demo's few facts of one case, passed as they are"
)]
async fn advance(
    store: &dyn Store,
    admin_id: i64,
    assessors: &[i64],
    application_id: i64,
    rules: &Rules,
    round: &frirum_domain::scheme::Round,
    stage: CaseStatus,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    if stage == CaseStatus::Submitted {
        return Ok(());
    }
    let deadline = round.deadline.instant().map_err(|e| anyhow!(e))?;
    // Work starts after the deadline where it has passed, else some days before now.
    let start = deadline.min(now - Duration::days(10));
    let at = |days: i64| (start + Duration::days(days)).min(now);
    let application = store
        .application(application_id)
        .await?
        .ok_or_else(|| anyhow!("application vanished"))?;
    let version = application.rules_version.unwrap_or(1);
    let country = application.lead.country;
    let judged = if stage == CaseStatus::InScreening || stage == CaseStatus::AwaitingClarification {
        1.min(rules.exclusions.len())
    } else {
        rules.exclusions.len()
    };
    for (item, text) in rules.exclusions.iter().enumerate().take(judged) {
        store
            .record_screening(
                application_id,
                version,
                &Judgement {
                    item,
                    item_text: text.clone(),
                    outcome: ScreeningOutcome::NoConflict,
                    reason: no_conflict_reason(country).into(),
                },
                Actor::user(admin_id, at(1)),
            )
            .await?;
    }
    if stage == CaseStatus::AwaitingClarification {
        store
            .ask_clarification(
                application_id,
                clarification_question(country),
                Actor::user(admin_id, at(2)),
            )
            .await?;
    }
    if stage != CaseStatus::InAssessment && stage != CaseStatus::ReadyForDecision {
        return Ok(());
    }
    let new: Vec<NewAssignment> = assessors
        .iter()
        .map(|assessor_id| NewAssignment {
            application_id,
            assessor_id: *assessor_id,
            conflict: None,
        })
        .collect();
    store
        .assign_assessors(&new, Actor::user(admin_id, at(3)))
        .await?;
    for (i, assessor_id) in assessors.iter().enumerate() {
        store
            .state_no_conflict(
                application_id,
                *assessor_id,
                Actor::user(*assessor_id, at(4)),
            )
            .await?;
        // In assessment, the first assessor has submitted; ready for decision, all have.
        if stage == CaseStatus::InAssessment && i > 0 {
            continue;
        }
        let scores: Vec<Score> = rules
            .criteria
            .iter()
            .enumerate()
            .map(|(c, criterion)| Score {
                criterion: criterion.name.clone(),
                score: i64::from(rules.score_scale_max) - i64::try_from((c + i) % 3).unwrap_or(0),
                comment: String::new(),
            })
            .collect();
        store
            .save_scores(
                application_id,
                *assessor_id,
                &scores,
                Actor::user(*assessor_id, at(5)),
            )
            .await?;
        store
            .submit_assessment(
                application_id,
                *assessor_id,
                Actor::user(*assessor_id, at(6)),
            )
            .await?;
    }
    Ok(())
}

/// The demo secretariat's question to an applicant, in the scheme's country's language.
fn clarification_question(country: Country) -> &'static str {
    match country {
        Country::Dk => {
            "Hvilke bestemmelser skal forsøget fritages fra, og hvordan sikres borgernes klageadgang undervejs?"
        }
        Country::No => {
            "Hvilke bestemmelser skal forsøket unntas fra, og hvordan sikres innbyggernes klagerett underveis?"
        }
        Country::Se => {
            "Vilka bestämmelser behöver försöket undantag från, och hur säkras invånarnas rätt att överklaga under försöket?"
        }
    }
}

/// The demo signatory's title, in the country's language.
fn signatory_title(country: Country) -> &'static str {
    match country {
        Country::Dk => "Specialkonsulent",
        Country::No => "Seniorrådgiver",
        Country::Se => "Handläggare",
    }
}

async fn scheme_rounds_end(store: &dyn Store, id: i64) -> anyhow::Result<Option<OffsetDateTime>> {
    let mut last = None;
    for r in store.rounds(id).await? {
        let deadline = r.deadline.instant().map_err(|e| anyhow!(e))?;
        last = Some(last.map_or(deadline, |l: OffsetDateTime| l.max(deadline)));
    }
    Ok(last)
}

fn theme_draft(theme: &DemoTheme) -> ThemeDraft {
    ThemeDraft {
        title: theme.title.clone(),
        description: theme.description.clone(),
        priority: theme.priority,
    }
}

/// Loads every shipped scheme; the assessors' cases of the live schemes go to `assessors`.
pub async fn load_all(
    store: Arc<dyn Store>,
    admin_id: i64,
    assessors: &[i64],
) -> anyhow::Result<()> {
    let now = OffsetDateTime::now_utc();
    for (name, text) in SCHEMES {
        let scheme = parse(name, text)?;
        let (submitted, drafts) = load(store.clone(), admin_id, assessors, &scheme, now)
            .await
            .with_context(|| format!("loading the demo scheme {name}"))?;
        println!(
            "Scheme {}: {} submitted applications, {} drafts",
            scheme.code, submitted, drafts
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_schemes_parse_and_keep_their_rules() {
        for (name, text) in SCHEMES {
            let scheme = parse(name, text).unwrap();
            scheme.rules.validate().unwrap();
            assert!(!scheme.rounds.is_empty(), "{name}");
        }
        let dk = parse("dk2019.toml", SCHEMES[0].1).unwrap();
        assert_eq!(dk.rules.min_population, Some(60_000));
        assert_eq!(dk.rules.exclusions.len(), 5);
        assert_eq!(dk.themes.iter().filter(|t| t.priority).count(), 6);
        let deadlines: Vec<_> = dk
            .rounds
            .iter()
            .map(|r| r.deadline.clone().unwrap())
            .collect();
        assert_eq!(deadlines, ["2019-04-01T23:59:59", "2019-10-01T23:59:59"]);
        assert!(
            dk.applications
                .iter()
                .filter(|a| a.submitted_at.is_some())
                .count()
                >= 15
        );
    }
}
