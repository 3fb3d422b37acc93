//! Generalisation as people use it: the secretariat records, for each granted exemption of
//! an ended trial, what became of it (the scheme's country's categories, reasons, the
//! evaluations it rests on, the resulting act as a citation the parser resolves); the
//! trial page's outcome part; a scheme's results page (trials by status, outcomes by
//! category, exemptions per act, evidence per theme, with each chart's CSV); and the
//! provisions still pending an outcome.
//!
//! The rules are `frirum_domain::generalisation`'s. A citation the parser cannot resolve
//! is kept as typed and flagged for the secretariat, never dropped. Outcomes are public
//! where their trial is; the flagged list is the secretariat's.

use std::collections::{BTreeMap, BTreeSet};

use frirum_domain::Language;
use frirum_domain::authz::{Action, TrialAction};
use frirum_domain::evaluation::EvidenceStrength;
use frirum_domain::generalisation::{
    CommonClass, NewOutcome, Outcome, OutcomeCategory, OutcomeError, OutcomeFacts, ProvisionTrial,
    ResultingAct, amendment_starts, latest_per_exemption, pending_provisions,
};
use frirum_domain::law::Jurisdiction;
use frirum_domain::notification::NotificationKind;
use frirum_domain::research_plan::embargo_lifted;
use frirum_domain::scheme::Scheme;
use frirum_domain::text::clean;
use frirum_domain::trial::{ExemptionInForce, TrialStatus, today_in};
use frirum_store::law::StoredProvision;
use frirum_store::{EvaluationTitle, ResultTrial, StoreError};
use time::Date;

use crate::notifications::{Message, send_message};
use crate::trials::{TrialAccess, access};
use crate::{Actor, App, Error};

/// An outcome as the secretariat enters it (page or API).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeInput {
    pub exemption: usize,
    pub category: OutcomeCategory,
    pub reasons: String,
    pub evaluation_ids: Vec<i64>,
    /// The resulting bill or act as a citation; empty or `None`: none yet.
    pub resulting_citation: Option<String>,
    pub in_force: Option<Date>,
    /// How many outcomes of the exemption the form showed: a second send of the same form
    /// is refused (409 `outcome_already_recorded`) rather than appended twice.
    pub seen: Option<usize>,
}

fn refused(err: OutcomeError) -> Error {
    match err {
        OutcomeError::Field(field) => Error::Field(field),
        other => Error::rule(other),
    }
}

/// Resolves a citation against the catalogue of the scheme's country: the first citation
/// found whose act the catalogue holds (with its provision when it names a section). A
/// bill or an amending act names the act it changes after its opening words ("Forslag til
/// lov om ændring af lov om social service"); that act is not the resulting one, so only
/// what the citation names before them counts. What does not resolve is kept, `resolved`
/// false.
async fn resolve(
    app: &App,
    jurisdiction: Jurisdiction,
    citation: &str,
) -> Result<ResultingAct, Error> {
    let found = app
        .rule_finder
        .cite(&*app.store, jurisdiction, citation)
        .await?;
    let before = amendment_starts(citation).unwrap_or(usize::MAX);
    let found: Vec<_> = found
        .into_iter()
        .filter(|c| c.citation.start < before)
        .collect();
    let hit = found
        .iter()
        .find(|c| c.provision_id.is_some())
        .or_else(|| found.iter().find(|c| c.act_catalogue_id.is_some()));
    Ok(ResultingAct {
        citation: citation.to_owned(),
        act_id: hit.and_then(|c| c.act_catalogue_id),
        provision_id: hit.and_then(|c| c.provision_id),
        resolved: hit.is_some(),
    })
}

/// Records an outcome for one granted exemption of an ended trial: the secretariat's.
/// Refused: reasons missing, a category not of the scheme's country, an exemption the
/// trial was not granted, or an evaluation not of the trial or its scheme (422); a trial
/// that has not ended (409 `outcome_trial_not_ended` with its status); an outcome recorded
/// for the exemption since the form showed `seen` of them (409 `outcome_already_recorded`:
/// a double submit). The participants'
/// applicants and the trial's researchers are told.
pub async fn record(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    input: OutcomeInput,
) -> Result<Outcome, Error> {
    let access = access(app, actor, trial_id, TrialAction::Manage).await?;
    let scheme = app
        .store
        .scheme(access.trial.scheme_id)
        .await?
        .ok_or(Error::NotFound)?;
    let citation = input
        .resulting_citation
        .as_deref()
        .map(clean)
        .filter(|c| !c.is_empty());
    let mut outcome = NewOutcome {
        trial_id,
        exemption: input.exemption,
        category: input.category,
        reasons: clean(&input.reasons),
        evaluation_ids: input.evaluation_ids,
        resulting: citation.clone().map(|citation| ResultingAct {
            citation,
            act_id: None,
            provision_id: None,
            resolved: false,
        }),
        in_force: input.in_force,
        seen: input.seen,
    };
    let granted: Vec<usize> = access
        .state
        .exemptions
        .iter()
        .map(|e| e.grant.exemption)
        .collect();
    outcome
        .check(OutcomeFacts {
            country: scheme.country,
            status: access.state.status,
            granted: &granted,
        })
        .map_err(refused)?;
    if !outcome.evaluation_ids.is_empty() {
        let known = app
            .store
            .evaluations_of_trial(trial_id, &outcome.evaluation_ids)
            .await?;
        if let Some(unknown) = outcome.evaluation_ids.iter().find(|id| !known.contains(id)) {
            return Err(refused(OutcomeError::UnknownEvaluation {
                evaluation_id: *unknown,
            }));
        }
    }
    if let Some(citation) = &citation {
        outcome.resulting = Some(resolve(app, scheme.country.into(), citation).await?);
    }
    let recorded = app
        .store
        .record_outcome(&outcome, actor.journal(None))
        .await
        .map_err(|e| match e {
            StoreError::NotFound => Error::NotFound,
            StoreError::EditConflict { current } => refused(OutcomeError::AlreadyRecorded {
                recorded: usize::try_from(current).unwrap_or(usize::MAX),
            }),
            other => other.into(),
        })?;
    tell_recorded(app, actor, &access, &recorded).await;
    Ok(recorded)
}

async fn tell_recorded(app: &App, actor: &Actor, access: &TrialAccess, outcome: &Outcome) {
    let people = async {
        let ids: Vec<i64> = access.state.participants.iter().map(|p| p.id).collect();
        let mut people = app.store.applicants_of(&ids).await?;
        for id in &access.researcher_ids {
            people.extend(app.store.user(*id).await?);
        }
        Ok::<_, Error>(people)
    }
    .await;
    let reference = access
        .state
        .exemptions
        .iter()
        .find(|e| e.grant.exemption == outcome.exemption)
        .map(|e| e.grant.reference.clone())
        .unwrap_or_default();
    let args = |lang: Language| {
        vec![
            ("case", access.trial.case_number.clone().into()),
            ("title", access.trial.title.clone().into()),
            ("exemption", reference.clone().into()),
            (
                "category",
                app.i18n
                    .t(lang, &format!("outcome-category-{}", outcome.category))
                    .into(),
            ),
        ]
    };
    let message = Message {
        kind: NotificationKind::OutcomeRecorded,
        scheme_id: access.trial.scheme_id,
        application_id: Some(access.trial.application_id),
        link: format!("/trials/{}#outcomes", access.trial.id),
        title_id: "outcome-notify-title",
        body_id: "outcome-notify-body",
        args: &args,
    };
    let except = actor.user.as_ref().map(|u| u.id);
    send_message(app, actor.now, &message, people, except).await;
}

// --- A trial's outcomes -----------------------------------------------------------------

/// One granted exemption with its outcomes, the latest first.
#[derive(Debug, Clone)]
pub struct ExemptionOutcomes {
    pub exemption: ExemptionInForce,
    /// Every outcome recorded, newest first; the first counts.
    pub outcomes: Vec<Outcome>,
}

impl ExemptionOutcomes {
    pub fn latest(&self) -> Option<&Outcome> {
        self.outcomes.first()
    }
}

/// The outcome part of a trial page, and the API's answer.
#[derive(Debug, Clone, Default)]
pub struct TrialOutcomes {
    pub trial_id: i64,
    pub case_number: String,
    pub title: String,
    pub scheme_id: i64,
    pub status: Option<TrialStatus>,
    pub exemptions: Vec<ExemptionOutcomes>,
    /// The secretariat records outcomes once the trial has ended.
    pub may_record: bool,
    /// The categories of the scheme's country, in the form's order.
    pub categories: Vec<OutcomeCategory>,
    /// The evaluations of the trial and its scheme the actor may read, by title: what the
    /// outcomes name and the secretariat's form offers.
    pub evaluations: Vec<EvaluationTitle>,
}

impl TrialOutcomes {
    /// Whether there is anything to show.
    pub fn is_empty(&self) -> bool {
        !self.may_record && self.exemptions.iter().all(|e| e.outcomes.is_empty())
    }

    /// Whether the trial has ended (outcomes are recorded after the end).
    pub fn ended(&self) -> bool {
        self.status == Some(TrialStatus::Ended)
    }

    /// An evaluation an outcome names, when the actor may read it.
    pub fn evaluation(&self, id: &i64) -> Option<&EvaluationTitle> {
        self.evaluations.iter().find(|e| e.id == *id)
    }
}

/// The trial page's outcome part, read with the access the page already has.
pub async fn for_trial(
    app: &App,
    now: time::OffsetDateTime,
    access: &TrialAccess,
) -> Result<TrialOutcomes, Error> {
    let scheme = app
        .store
        .scheme(access.trial.scheme_id)
        .await?
        .ok_or(Error::NotFound)?;
    let mut all = app.store.trial_outcomes(access.trial.id).await?;
    all.reverse();
    let exemptions = access
        .state
        .exemptions
        .iter()
        .map(|e| ExemptionOutcomes {
            exemption: e.clone(),
            outcomes: all
                .iter()
                .filter(|o| o.exemption == e.grant.exemption)
                .cloned()
                .collect(),
        })
        .collect();
    let may_record = access.rights.manage && access.state.status == TrialStatus::Ended;
    let today = today_in(scheme.country, now);
    let mut evaluations = app.store.evaluation_titles(access.trial.id).await?;
    if !access.rights.read_internal {
        evaluations.retain(|e| e.published && embargo_lifted(e.embargo_until, today));
    }
    Ok(TrialOutcomes {
        trial_id: access.trial.id,
        case_number: access.trial.case_number.clone(),
        title: access.trial.title.clone(),
        scheme_id: access.trial.scheme_id,
        status: Some(access.state.status),
        exemptions,
        may_record,
        categories: OutcomeCategory::for_country(scheme.country).to_vec(),
        evaluations,
    })
}

/// A trial's outcomes on their own (the API): public where the trial is.
pub async fn trial_outcomes(
    app: &App,
    actor: &Actor,
    trial_id: i64,
) -> Result<TrialOutcomes, Error> {
    let access = access(app, actor, trial_id, TrialAction::Read).await?;
    for_trial(app, actor.now, &access).await
}

// --- A scheme's results -----------------------------------------------------------------

/// The charts of a results page, each with its CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chart {
    TrialsByStatus,
    OutcomesByCategory,
    ExemptionsPerAct,
    EvidencePerTheme,
}

impl Chart {
    pub const ALL: [Chart; 4] = [
        Chart::TrialsByStatus,
        Chart::OutcomesByCategory,
        Chart::ExemptionsPerAct,
        Chart::EvidencePerTheme,
    ];

    /// The chart's name in its CSV's path (`/schemes/{id}/results/<name>.csv`).
    pub fn as_str(self) -> &'static str {
        match self {
            Chart::TrialsByStatus => "trials-by-status",
            Chart::OutcomesByCategory => "outcomes-by-category",
            Chart::ExemptionsPerAct => "exemptions-per-act",
            Chart::EvidencePerTheme => "evidence-per-theme",
        }
    }

    /// The chart a path names, if any.
    pub fn from_name(name: &str) -> Option<Chart> {
        Chart::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

/// How many exemptions were granted from one act.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActCount {
    /// `None`: exemptions that name no provision of the catalogue.
    pub act_id: Option<i64>,
    pub title: Option<String>,
    pub exemptions: u64,
}

/// The findings of one theme by strength, in [`EvidenceStrength::ALL`]'s order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeCounts {
    /// `None`: trials in no theme.
    pub theme_id: Option<i64>,
    pub title: Option<String>,
    pub by_strength: Vec<(EvidenceStrength, u64)>,
}

impl ThemeCounts {
    pub fn total(&self) -> u64 {
        self.by_strength.iter().map(|(_, n)| n).sum()
    }
}

/// A provision whose trials have all ended without an outcome, with those trials.
#[derive(Debug, Clone)]
pub struct PendingProvision {
    pub provision: StoredProvision,
    /// (trial id, case number, title) of the trials exempted from it.
    pub trials: Vec<(i64, String, String)>,
}

/// The latest outcome of an exemption, with what names it.
#[derive(Debug, Clone)]
pub struct OutcomeLine {
    pub outcome: Outcome,
    pub case_number: String,
    pub trial_title: String,
    /// The exemption's reference as the application wrote it.
    pub reference: String,
}

/// A scheme's results at a glance.
#[derive(Debug, Clone)]
pub struct SchemeResults {
    pub scheme: Scheme,
    pub trials_by_status: Vec<(TrialStatus, u64)>,
    /// The latest outcome per exemption, counted by the country's categories.
    pub outcomes_by_category: Vec<(OutcomeCategory, u64)>,
    /// The same counted by the classes common to the countries.
    pub outcomes_by_class: Vec<(CommonClass, u64)>,
    pub exemptions_per_act: Vec<ActCount>,
    pub evidence_per_theme: Vec<ThemeCounts>,
    /// Whether evidence counts only published evaluations out of embargo.
    pub evidence_public_only: bool,
    /// The latest outcome of each exemption, by case number.
    pub outcomes: Vec<OutcomeLine>,
    pub pending: Vec<PendingProvision>,
    /// The secretariat's: outcomes whose resulting act did not resolve. Empty for others.
    pub flagged: Vec<OutcomeLine>,
    /// Whether the actor sees the secretariat's extras.
    pub internal: bool,
}

impl SchemeResults {
    pub fn trial_count(&self) -> u64 {
        self.trials_by_status.iter().map(|(_, n)| n).sum()
    }

    pub fn outcome_count(&self) -> u64 {
        self.outcomes_by_category.iter().map(|(_, n)| n).sum()
    }
}

fn line(outcome: &Outcome, trials: &[ResultTrial]) -> OutcomeLine {
    let trial = trials.iter().find(|t| t.trial_id == outcome.trial_id);
    OutcomeLine {
        outcome: outcome.clone(),
        case_number: trial.map(|t| t.case_number.clone()).unwrap_or_default(),
        trial_title: trial.map(|t| t.title.clone()).unwrap_or_default(),
        reference: trial
            .and_then(|t| {
                t.exemptions
                    .iter()
                    .find(|e| e.grant.exemption == outcome.exemption)
            })
            .map(|e| e.grant.reference.clone())
            .unwrap_or_default(),
    }
}

/// A scheme's results page: public where the scheme is, the secretariat seeing the
/// flagged outcomes and the evidence of evaluations not yet public.
pub async fn results(app: &App, actor: &Actor, scheme_id: i64) -> Result<SchemeResults, Error> {
    let scheme = crate::schemes::scheme_for(app, actor, scheme_id).await?;
    let internal = actor.may(Action::ManageSchemes);
    let trials = app.store.result_trials(scheme_id).await?;

    let trials_by_status = TrialStatus::ALL
        .iter()
        .map(|s| (*s, trials.iter().filter(|t| t.status == *s).count() as u64))
        .collect();

    let all = app.store.scheme_outcomes(scheme_id).await?;
    let latest = latest_per_exemption(&all);
    let mut categories: Vec<OutcomeCategory> =
        OutcomeCategory::for_country(scheme.country).to_vec();
    for outcome in latest.values() {
        if !categories.contains(&outcome.category) {
            categories.push(outcome.category);
        }
    }
    let outcomes_by_category = categories
        .iter()
        .map(|c| {
            let n = latest.values().filter(|o| o.category == *c).count() as u64;
            (*c, n)
        })
        .collect();
    let outcomes_by_class = CommonClass::ALL
        .iter()
        .map(|c| {
            let n = latest
                .values()
                .filter(|o| o.category.common_class() == *c)
                .count() as u64;
            (*c, n)
        })
        .collect();

    // The provisions each exemption reaches: its catalogue links, else what the citation
    // parser finds in its reference ("§ 141, stk. 1, i lov om social service").
    let reaches = reached_provisions(app, scheme.country.into(), &trials).await?;
    let provision_ids: BTreeSet<i64> = reaches
        .values()
        .flat_map(|(provisions, _)| provisions.iter().copied())
        .collect();
    let provisions = app
        .store
        .provisions_by_ids(&provision_ids.into_iter().collect::<Vec<_>>())
        .await?;
    let mut act_titles: BTreeMap<i64, String> = provisions
        .iter()
        .map(|p| (p.act_id, p.act_title.clone()))
        .collect();
    for (_, acts) in reaches.values() {
        for act in acts {
            if !act_titles.contains_key(act)
                && let Some(stored) = app.store.act(*act).await?
            {
                act_titles.insert(*act, stored.act.title.clone());
            }
        }
    }
    // Exemptions per act: each exemption counts once for every act it reaches.
    let mut per_act: BTreeMap<Option<i64>, (Option<String>, u64)> = BTreeMap::new();
    for (provision_ids, act_ids) in reaches.values() {
        let mut acts: BTreeSet<i64> = act_ids.iter().copied().collect();
        acts.extend(
            provision_ids
                .iter()
                .filter_map(|p| provisions.iter().find(|sp| sp.id == *p))
                .map(|p| p.act_id),
        );
        if acts.is_empty() {
            per_act.entry(None).or_insert((None, 0)).1 += 1;
        }
        for act in acts {
            per_act
                .entry(Some(act))
                .or_insert((act_titles.get(&act).cloned(), 0))
                .1 += 1;
        }
    }
    let mut exemptions_per_act: Vec<ActCount> = per_act
        .into_iter()
        .map(|(act_id, (title, exemptions))| ActCount {
            act_id,
            title,
            exemptions,
        })
        .collect();
    exemptions_per_act.sort_by(|a, b| {
        b.exemptions
            .cmp(&a.exemptions)
            .then(a.act_id.is_none().cmp(&b.act_id.is_none()))
            .then(a.title.cmp(&b.title))
    });

    let public_on = (!internal).then(|| today_in(scheme.country, actor.now));
    let evidence = app.store.scheme_evidence(scheme_id, public_on).await?;
    let themes = app.store.themes(scheme_id).await?;
    let mut theme_ids: Vec<Option<i64>> = themes.iter().map(|t| Some(t.id)).collect();
    theme_ids.push(None);
    let evidence_per_theme = theme_ids
        .into_iter()
        .map(|theme_id| ThemeCounts {
            theme_id,
            title: theme_id
                .and_then(|id| themes.iter().find(|t| t.id == id).map(|t| t.title.clone())),
            by_strength: EvidenceStrength::ALL
                .iter()
                .map(|s| {
                    let n = evidence
                        .iter()
                        .filter(|e| e.theme_id == theme_id && e.strength == s.as_str())
                        .map(|e| u64::try_from(e.findings).unwrap_or(0))
                        .sum();
                    (*s, n)
                })
                .collect(),
        })
        .filter(|t| t.theme_id.is_some() || t.total() > 0)
        .collect();

    let mut outcomes: Vec<OutcomeLine> = latest.values().map(|o| line(o, &trials)).collect();
    outcomes.sort_by(|a, b| {
        (a.case_number.as_str(), a.outcome.exemption)
            .cmp(&(b.case_number.as_str(), b.outcome.exemption))
    });
    let flagged = if internal {
        outcomes
            .iter()
            .filter(|l| l.outcome.flagged())
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    let pending = pending_of(app, Some(scheme_id), &trials, &reaches, &latest).await?;
    Ok(SchemeResults {
        scheme,
        trials_by_status,
        outcomes_by_category,
        outcomes_by_class,
        exemptions_per_act,
        evidence_per_theme,
        evidence_public_only: !internal,
        outcomes,
        pending,
        flagged,
        internal,
    })
}

/// For each (trial, exemption), the provisions it reaches and the acts its reference cites:
/// the grant's catalogue links when it has them, else what the citation parser resolves
/// in its reference.
type Reaches = BTreeMap<(i64, usize), (Vec<i64>, Vec<i64>)>;

async fn reached_provisions(
    app: &App,
    jurisdiction: Jurisdiction,
    trials: &[ResultTrial],
) -> Result<Reaches, Error> {
    let mut reaches: Reaches = BTreeMap::new();
    let mut unlinked: Vec<((i64, usize), &str)> = Vec::new();
    for trial in trials {
        for e in &trial.exemptions {
            let key = (trial.trial_id, e.grant.exemption);
            let linked: Vec<i64> = trial
                .provisions()
                .filter(|(x, _)| *x == e.grant.exemption)
                .map(|(_, p)| p)
                .collect();
            if linked.is_empty() {
                unlinked.push((key, e.grant.reference.as_str()));
            }
            reaches.insert(key, (linked, Vec::new()));
        }
    }
    let texts: Vec<&str> = unlinked.iter().map(|(_, text)| *text).collect();
    let cited = app
        .rule_finder
        .cite_each(&*app.store, jurisdiction, &texts)
        .await?;
    for ((key, _), citations) in unlinked.iter().zip(cited) {
        if let Some(entry) = reaches.get_mut(key) {
            entry
                .0
                .extend(citations.iter().filter_map(|c| c.provision_id));
            entry
                .1
                .extend(citations.iter().filter_map(|c| c.act_catalogue_id));
            entry.0.dedup();
            entry.1.dedup();
        }
    }
    Ok(reaches)
}

async fn pending_of(
    app: &App,
    scheme_id: Option<i64>,
    trials: &[ResultTrial],
    reaches: &Reaches,
    latest: &BTreeMap<(i64, usize), &Outcome>,
) -> Result<Vec<PendingProvision>, Error> {
    // The store's links, and the provisions the exemptions' references cite.
    let mut by_provision = app.store.provision_trials(scheme_id).await?;
    for ((trial_id, exemption), (provisions, _)) in reaches {
        let Some(trial) = trials.iter().find(|t| t.trial_id == *trial_id) else {
            continue;
        };
        for provision in provisions {
            let entry = by_provision.entry(*provision).or_default();
            if !entry
                .iter()
                .any(|t| t.trial_id == *trial_id && t.exemption == *exemption)
            {
                entry.push(ProvisionTrial {
                    trial_id: *trial_id,
                    exemption: *exemption,
                    status: trial.status,
                    latest: latest.get(&(*trial_id, *exemption)).map(|o| o.category),
                });
            }
        }
    }
    let ids = pending_provisions(&by_provision);
    let provisions = app.store.provisions_by_ids(&ids).await?;
    Ok(provisions
        .into_iter()
        .map(|provision| {
            let trials = by_provision
                .get(&provision.id)
                .map(|ts| {
                    ts.iter()
                        .map(|pt| {
                            let t = trials.iter().find(|t| t.trial_id == pt.trial_id);
                            (
                                pt.trial_id,
                                t.map(|t| t.case_number.clone()).unwrap_or_default(),
                                t.map(|t| t.title.clone()).unwrap_or_default(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            PendingProvision { provision, trials }
        })
        .collect())
}

/// The provisions of a scheme whose trials have all ended without an outcome.
pub async fn pending(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
) -> Result<Vec<PendingProvision>, Error> {
    Ok(results(app, actor, scheme_id).await?.pending)
}

/// One chart's data as CSV, its header and labels in the actor's language.
pub async fn results_csv(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    chart: Chart,
) -> Result<Vec<u8>, Error> {
    let results = results(app, actor, scheme_id).await?;
    let t = |id: &str| app.i18n.t(actor.lang, id);
    match chart {
        Chart::TrialsByStatus => crate::exports::csv(
            &[&t("results-csv-status"), &t("results-csv-trials")],
            results
                .trials_by_status
                .iter()
                .map(|(s, n)| [t(&format!("trial-status-{}", s.as_str())), n.to_string()]),
        ),
        Chart::OutcomesByCategory => crate::exports::csv(
            &[
                &t("results-csv-category"),
                &t("results-csv-common-class"),
                &t("results-csv-exemptions"),
            ],
            results.outcomes_by_category.iter().map(|(c, n)| {
                [
                    t(&format!("outcome-category-{c}")),
                    t(&format!("outcome-class-{}", c.common_class())),
                    n.to_string(),
                ]
            }),
        ),
        Chart::ExemptionsPerAct => crate::exports::csv(
            &[&t("results-csv-act"), &t("results-csv-exemptions")],
            results.exemptions_per_act.iter().map(|a| {
                [
                    a.title.clone().unwrap_or_else(|| t("results-act-none")),
                    a.exemptions.to_string(),
                ]
            }),
        ),
        Chart::EvidencePerTheme => {
            let mut header = vec![t("results-csv-theme")];
            header.extend(
                EvidenceStrength::ALL
                    .iter()
                    .map(|s| t(&format!("results-strength-{}", s.as_str()))),
            );
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            crate::exports::csv(
                &header,
                results.evidence_per_theme.iter().map(|row| {
                    let mut cells =
                        vec![row.title.clone().unwrap_or_else(|| t("results-theme-none"))];
                    cells.extend(row.by_strength.iter().map(|(_, n)| n.to_string()));
                    cells
                }),
            )
        }
    }
}

// --- The secretariat's dashboard ----------------------------------------------------------

/// A scheme with outcomes the secretariat has left to look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomesAttention {
    pub scheme_id: i64,
    pub scheme_title: String,
    /// Latest outcomes whose resulting act did not resolve (the results page's `#flagged`).
    pub flagged: u64,
    /// Provisions whose trials have all ended without an outcome (`#pending`).
    pub pending: u64,
}

impl OutcomesAttention {
    /// How many resulting acts are flagged, by value (for a plural in a template).
    pub fn flagged_count(&self) -> u64 {
        self.flagged
    }

    /// How many provisions are pending, by value.
    pub fn pending_count(&self) -> u64 {
        self.pending
    }
}

/// For the secretariat's dashboard: each scheme with flagged resulting acts or provisions
/// pending an outcome, counted as its results page lists them. Nothing for anyone else.
pub async fn attention(app: &App, actor: &Actor) -> Result<Vec<OutcomesAttention>, Error> {
    if !actor.may(Action::ManageSchemes) {
        return Ok(Vec::new());
    }
    let all =
        frirum_domain::PageRequest::new(Some(1), Some(frirum_domain::PageRequest::MAX_PER_PAGE))
            .unwrap_or_default();
    let mut attention = Vec::new();
    for scheme in crate::schemes::list(app, actor, all).await?.items {
        let r = results(app, actor, scheme.id).await?;
        let flagged = r.flagged.len() as u64;
        let pending = r.pending.len() as u64;
        if flagged > 0 || pending > 0 {
            attention.push(OutcomesAttention {
                scheme_id: scheme.id,
                scheme_title: scheme.title.clone(),
                flagged,
                pending,
            });
        }
    }
    Ok(attention)
}
