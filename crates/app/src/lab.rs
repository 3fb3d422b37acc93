//! The policy lab's use cases beyond the barrier register (issue 15, items 2 and 3): the
//! roll-ups (per provision, the ranking of the provisions that block most, counts by status
//! per root cause, theme and affected group, each also as CSV), the gap list, and the lab's
//! investigations.
//!
//! The store gathers the barriers (`LabStore::barrier_facts`), the domain counts them
//! (`domain::barrier_rollup`) for the actor's audience: the lab counts every barrier,
//! everybody else the public ones. A conclusion of an investigation moves each included
//! barrier through the barrier register's own status change, skipping those whose status
//! does not allow it and saying why.

use std::collections::BTreeMap;

use frirum_domain::Country;
use frirum_domain::authz::{self, Action, InvestigationAction};
use frirum_domain::barrier::{BarrierStatus, BarrierStatusFields, ExperimentLink};
use frirum_domain::barrier_rollup::{
    self, Audience, BarrierFacts, GroupBy, ProvisionRollup, RankedProvision, Reports, StatusRow,
};
use frirum_domain::investigation::{
    self, Conclusion, ConclusionKind, Investigation, InvestigationError, NewActivity,
    NewInvestigation,
};

use crate::{Actor, App, Error};

/// Whose roll-up the actor reads: the lab's (every barrier) or the public's.
pub fn audience(actor: &Actor) -> Audience {
    if actor.may(Action::RunPolicyLab) {
        Audience::Lab
    } else {
        Audience::Public
    }
}

/// A provision as the lab's pages name it: cited as its country's lawyers write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitedProvision {
    pub id: i64,
    pub citation: String,
    pub country: Option<Country>,
}

/// The provisions cited, by id; a provision no longer in the catalogue is left out.
async fn cite(app: &App, ids: Vec<i64>) -> Result<BTreeMap<i64, CitedProvision>, Error> {
    let mut cited = BTreeMap::new();
    for id in ids {
        if cited.contains_key(&id) {
            continue;
        }
        let Some(p) = app.store.provision(id).await? else {
            continue;
        };
        let citation = frirum_law::cite::provision_citation(
            p.jurisdiction,
            p.section.chapter.as_deref(),
            &p.section.label,
            &p.act_title,
            p.act_short_title.as_deref(),
        );
        let country = Country::ALL
            .into_iter()
            .find(|c| c.as_str() == p.jurisdiction.as_str());
        cited.insert(
            id,
            CitedProvision {
                id,
                citation,
                country,
            },
        );
    }
    Ok(cited)
}

// --- Roll-ups ----------------------------------------------------------------------------

/// The lab's overview: counts by status per root cause, theme and affected group, and how
/// long the agenda is.
#[derive(Debug, Clone)]
pub struct Overview {
    pub by_root_cause: Vec<StatusRow>,
    pub by_theme: Vec<StatusRow>,
    pub by_group: Vec<StatusRow>,
    pub gaps: u64,
    pub open_investigations: u64,
    pub barriers: u64,
}

/// The lab's overview (the lab only).
pub async fn overview(app: &App, actor: &Actor) -> Result<Overview, Error> {
    actor.authorize(Action::RunPolicyLab)?;
    let barriers = app.store.barrier_facts(None).await?;
    let trials = app.store.lab_trial_facts().await?;
    let open = app
        .store
        .investigations()
        .await?
        .iter()
        .filter(|i| !i.is_concluded())
        .count() as u64;
    Ok(Overview {
        by_root_cause: barrier_rollup::by_status(&barriers, Audience::Lab, GroupBy::RootCause),
        by_theme: barrier_rollup::by_status(&barriers, Audience::Lab, GroupBy::Theme),
        by_group: barrier_rollup::by_status(&barriers, Audience::Lab, GroupBy::AffectedGroup),
        gaps: barrier_rollup::gaps(&barriers, Audience::Lab, &trials).len() as u64,
        open_investigations: open,
        barriers: barrier_rollup::counted(&barriers, Audience::Lab).len() as u64,
    })
}

/// One roll-up by status.
pub async fn by_status(app: &App, actor: &Actor, by: GroupBy) -> Result<Vec<StatusRow>, Error> {
    actor.authorize(Action::RunPolicyLab)?;
    let barriers = app.store.barrier_facts(None).await?;
    Ok(barrier_rollup::by_status(&barriers, Audience::Lab, by))
}

/// A roll-up by status as CSV: one row per root cause, theme or group, a column per status.
pub async fn by_status_csv(app: &App, actor: &Actor, by: GroupBy) -> Result<Vec<u8>, Error> {
    let rows = by_status(app, actor, by).await?;
    let mut header = vec!["key", "label", "total"];
    header.extend(BarrierStatus::ALL.iter().map(|s| s.as_str()));
    crate::exports::csv(
        &header,
        rows.into_iter().map(|r| {
            let mut cells = vec![r.key, r.label, r.total.to_string()];
            cells.extend(BarrierStatus::ALL.iter().map(|s| {
                r.statuses
                    .iter()
                    .find(|c| c.status == *s)
                    .map_or(0, |c| c.count)
                    .to_string()
            }));
            cells
        }),
    )
}

/// A line of the ranking: the provision's counts with its citation.
#[derive(Debug, Clone)]
pub struct RankedLine {
    pub provision: CitedProvision,
    pub counts: RankedProvision,
}

/// The provisions that block most, as the actor may count them; `country` keeps one
/// jurisdiction. Everybody may read it.
pub async fn ranking(
    app: &App,
    actor: &Actor,
    country: Option<Country>,
) -> Result<Vec<RankedLine>, Error> {
    actor.authorize(Action::UseRuleFinder)?;
    let barriers = app.store.barrier_facts(None).await?;
    let ranked = barrier_rollup::ranking(&barriers, audience(actor), country);
    let ids: Vec<i64> = ranked.iter().map(|r| r.provision_id).collect();
    let cited = cite(app, ids).await?;
    Ok(ranked
        .into_iter()
        .filter_map(|counts| {
            Some(RankedLine {
                provision: cited.get(&counts.provision_id)?.clone(),
                counts,
            })
        })
        .collect())
}

/// The ranking as CSV.
pub async fn ranking_csv(
    app: &App,
    actor: &Actor,
    country: Option<Country>,
) -> Result<Vec<u8>, Error> {
    let lines = ranking(app, actor, country).await?;
    crate::exports::csv(
        &[
            "provision_id",
            "citation",
            "confirmed_barriers",
            "confirmed_people",
            "confirmed_organisations",
            "suggested_barriers",
            "suggested_people",
            "suggested_organisations",
        ],
        lines.into_iter().map(|l| {
            let (c, s) = (l.counts.confirmed, l.counts.suggested);
            vec![
                l.provision.id.to_string(),
                l.provision.citation,
                c.barriers.to_string(),
                c.people.to_string(),
                c.organisations.to_string(),
                s.barriers.to_string(),
                s.people.to_string(),
                s.organisations.to_string(),
            ]
        }),
    )
}

/// The barriers that name one provision, rolled up for the actor (the provision dossier's
/// "Reported as a barrier").
pub async fn provision_rollup(
    app: &App,
    actor: &Actor,
    provision_id: i64,
) -> Result<ProvisionRollup, Error> {
    actor.authorize(Action::UseRuleFinder)?;
    let barriers = app.store.barrier_facts(Some(provision_id)).await?;
    Ok(barrier_rollup::provision_rollup(
        provision_id,
        &barriers,
        audience(actor),
    ))
}

/// One line of the gap list.
#[derive(Debug, Clone)]
pub struct Gap {
    pub barrier: BarrierFacts,
    pub reports: Reports,
    /// The confirmed provisions, cited.
    pub provisions: Vec<CitedProvision>,
}

/// The gap list: confirmed open barriers with no trial yet, the most reported first (the
/// lab only).
pub async fn gaps(app: &App, actor: &Actor) -> Result<Vec<Gap>, Error> {
    actor.authorize(Action::RunPolicyLab)?;
    let barriers = app.store.barrier_facts(None).await?;
    let trials = app.store.lab_trial_facts().await?;
    let gaps: Vec<BarrierFacts> = barrier_rollup::gaps(&barriers, Audience::Lab, &trials)
        .into_iter()
        .cloned()
        .collect();
    let ids: Vec<i64> = gaps
        .iter()
        .flat_map(|b| b.confirmed_provisions().collect::<Vec<_>>())
        .collect();
    let cited = cite(app, ids).await?;
    Ok(gaps
        .into_iter()
        .map(|barrier| Gap {
            reports: barrier.reports(),
            provisions: barrier
                .confirmed_provisions()
                .filter_map(|p| cited.get(&p).cloned())
                .collect(),
            barrier,
        })
        .collect())
}

/// The gap list as CSV.
pub async fn gaps_csv(app: &App, actor: &Actor) -> Result<Vec<u8>, Error> {
    let gaps = gaps(app, actor).await?;
    crate::exports::csv(
        &[
            "barrier_id",
            "title",
            "status",
            "people",
            "organisations",
            "root_causes",
            "affected_groups",
            "provisions",
        ],
        gaps.into_iter().map(|g| {
            let join = |names: Vec<&str>| names.join("; ");
            vec![
                g.barrier.id.to_string(),
                g.barrier.title.clone(),
                g.barrier.status.as_str().to_owned(),
                g.reports.people.to_string(),
                g.reports.organisations.to_string(),
                join(g.barrier.root_causes.iter().map(|c| c.as_str()).collect()),
                join(g.barrier.groups.iter().map(|c| c.as_str()).collect()),
                join(g.provisions.iter().map(|p| p.citation.as_str()).collect()),
            ]
        }),
    )
}

// --- Investigations ----------------------------------------------------------------------

fn refused(err: InvestigationError) -> Error {
    match err {
        InvestigationError::Field(e) => Error::Field(e),
        other => Error::rule(other),
    }
}

/// An investigation as the actor may read it: whole for the lab and the participants,
/// its title, hypothesis and conclusion for everybody once concluded. A refused read is
/// "not found".
pub async fn investigation(app: &App, actor: &Actor, id: i64) -> Result<Investigation, Error> {
    let found = app.store.investigation(id).await?.ok_or(Error::NotFound)?;
    visible(actor, found).ok_or(Error::NotFound)
}

fn visible(actor: &Actor, investigation: Investigation) -> Option<Investigation> {
    let ids = investigation.participant_ids();
    let concluded = investigation.is_concluded();
    let may = |action| authz::investigation(actor.viewer(), &ids, concluded, action).is_ok();
    if may(InvestigationAction::Read) {
        Some(investigation)
    } else if may(InvestigationAction::ReadSummary) {
        Some(investigation.summary_only())
    } else {
        None
    }
}

/// Whether the actor may edit the investigation (log, conclude).
pub fn may_edit(actor: &Actor, investigation: &Investigation) -> bool {
    authz::investigation(
        actor.viewer(),
        &investigation.participant_ids(),
        investigation.is_concluded(),
        InvestigationAction::Edit,
    )
    .is_ok()
}

/// The investigations the actor may read, open ones first.
pub async fn investigations(app: &App, actor: &Actor) -> Result<Vec<Investigation>, Error> {
    Ok(app
        .store
        .investigations()
        .await?
        .into_iter()
        .filter_map(|i| visible(actor, i))
        .collect())
}

/// The barriers the lab may group into a new investigation: every one not merged, by id.
pub async fn groupable_barriers(app: &App, actor: &Actor) -> Result<Vec<BarrierFacts>, Error> {
    actor.authorize(Action::RunPolicyLab)?;
    Ok(app
        .store
        .barrier_facts(None)
        .await?
        .into_iter()
        .filter(|b| b.status != BarrierStatus::Merged)
        .collect())
}

/// Opens an investigation (the lab). A barrier or organisation that does not exist is 422
/// naming the field.
/// `organisations` are registry organisations named one per line in the barriers'
/// country, as a form types them (`resolve_organisations`), taking part besides
/// `new.participants`.
pub async fn create(
    app: &App,
    actor: &Actor,
    mut new: NewInvestigation,
    organisations: &[String],
) -> Result<Investigation, Error> {
    actor.authorize(Action::RunPolicyLab)?;
    new.title = frirum_domain::text::clean(&new.title).trim().to_owned();
    new.hypothesis = frirum_domain::text::clean(&new.hypothesis)
        .trim()
        .to_owned();
    new.check().map_err(refused)?;
    new.participants.extend(
        resolve_organisations(app, &new.barrier_ids, organisations, "organisations")
            .await?
            .into_iter()
            .map(investigation::Participant::Organisation),
    );
    new.check().map_err(refused)?;
    let known: Vec<i64> = app
        .store
        .barrier_facts(None)
        .await?
        .iter()
        .filter(|b| b.status != BarrierStatus::Merged)
        .map(|b| b.id)
        .collect();
    if let Some(unknown) = new.barrier_ids.iter().find(|id| !known.contains(id)) {
        return Err(Error::field(
            "barrier_ids",
            format!("no barrier {unknown} to investigate"),
        ));
    }
    let ids: Vec<i64> = new
        .participants
        .iter()
        .filter_map(|p| match p {
            investigation::Participant::Organisation(o) => Some(*o),
            investigation::Participant::Named(_) => None,
        })
        .collect();
    let found = app.store.organisation_refs(&ids).await?;
    if let Some(o) = ids.iter().find(|o| !found.iter().any(|f| f.id == **o)) {
        return Err(Error::field(
            "participant_ids",
            format!("no organisation {o} in the registry"),
        ));
    }
    let id = app
        .store
        .create_investigation(&new, actor.journal(None))
        .await?;
    app.store
        .investigation(id)
        .await?
        .ok_or_else(|| Error::internal("the new investigation is gone"))
}

/// Appends to the activity log (the lab). Not after today in the barriers' country.
pub async fn log_activity(
    app: &App,
    actor: &Actor,
    id: i64,
    activity: NewActivity,
) -> Result<Investigation, Error> {
    actor.authorize(Action::RunPolicyLab)?;
    let current = app.store.investigation(id).await?.ok_or(Error::NotFound)?;
    let activity = NewActivity {
        note: frirum_domain::text::clean(&activity.note).trim().to_owned(),
        ..activity
    };
    let today = frirum_domain::trial::today_in(country_of(app, &current).await?, actor.now);
    investigation::check_activity(current.status, &activity, today).map_err(refused)?;
    if !app
        .store
        .log_activity(id, &activity, actor.journal(None))
        .await?
    {
        return Err(refused(InvestigationError::Concluded));
    }
    investigation(app, actor, id).await
}

/// The country whose calendar an investigation keeps: its first barrier's (Norway if none).
async fn country_of(app: &App, investigation: &Investigation) -> Result<Country, Error> {
    let ids: Vec<i64> = investigation.barriers.iter().map(|b| b.id).collect();
    Ok(app
        .store
        .barrier_facts(None)
        .await?
        .into_iter()
        .find(|b| ids.contains(&b.id))
        .map_or(Country::No, |b| b.country))
}

/// Why a barrier was left as it was by a conclusion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skipped {
    /// Its status does not lead where the conclusion leads.
    Status(BarrierStatus),
    /// The barrier register refused the change (its code).
    Refused(String),
}

/// What a conclusion did to the investigation's barriers.
#[derive(Debug, Clone)]
pub struct Concluded {
    pub investigation: Investigation,
    pub moved: Vec<(i64, String)>,
    pub skipped: Vec<(i64, String, Skipped)>,
}

/// What concluding would do, before the lab confirms it: the barriers that will move and
/// those that cannot, with why. A conclusion that moves none is refused (422
/// `investigation_nothing_moves`), as is one missing its fields.
pub async fn conclusion_preview(
    app: &App,
    actor: &Actor,
    id: i64,
    conclusion: &Conclusion,
) -> Result<Concluded, Error> {
    actor.authorize(Action::RunPolicyLab)?;
    let current = app.store.investigation(id).await?.ok_or(Error::NotFound)?;
    let conclusion = Conclusion {
        text: frirum_domain::text::clean(&conclusion.text)
            .trim()
            .to_owned(),
        ministry: conclusion.ministry.trim().to_owned(),
        ministry_response: conclusion.ministry_response.trim().to_owned(),
        ..conclusion.clone()
    };
    investigation::check_conclusion(current.status, &conclusion).map_err(refused)?;
    let plan = investigation::plan(&current.barriers, conclusion.kind).map_err(refused)?;
    let mut moved = Vec::new();
    let mut skipped = Vec::new();
    for (b, moves) in plan {
        if moves {
            moved.push((b.id, b.title.clone()));
        } else {
            skipped.push((b.id, b.title.clone(), Skipped::Status(b.status)));
        }
    }
    Ok(Concluded {
        investigation: current,
        moved,
        skipped,
    })
}

/// Concludes an investigation (the lab) and moves every included barrier to the status
/// the conclusion means — guidance: not a legal obstacle with the conclusion as guidance;
/// rule change: rule change proposed; experiment: experiment proposed with its link —
/// skipping, and naming, those whose status does not allow it.
pub async fn conclude(
    app: &App,
    actor: &Actor,
    id: i64,
    conclusion: Conclusion,
) -> Result<Concluded, Error> {
    actor.authorize(Action::RunPolicyLab)?;
    let current = app.store.investigation(id).await?.ok_or(Error::NotFound)?;
    let conclusion = Conclusion {
        text: frirum_domain::text::clean(&conclusion.text)
            .trim()
            .to_owned(),
        ministry: conclusion.ministry.trim().to_owned(),
        ministry_response: conclusion.ministry_response.trim().to_owned(),
        ..conclusion
    };
    investigation::check_conclusion(current.status, &conclusion).map_err(refused)?;
    investigation::plan(&current.barriers, conclusion.kind).map_err(refused)?;
    if !app
        .store
        .conclude_investigation(id, &conclusion, actor.journal(None))
        .await?
    {
        return Err(refused(InvestigationError::Concluded));
    }
    let mut moved = Vec::new();
    let mut skipped = Vec::new();
    for b in &current.barriers {
        if !investigation::moves(b.status, conclusion.kind) {
            skipped.push((b.id, b.title.clone(), Skipped::Status(b.status)));
            continue;
        }
        match move_barrier(app, actor, b.id, &current, &conclusion).await {
            Ok(()) => moved.push((b.id, b.title.clone())),
            Err(Error::Rule(broken)) => {
                skipped.push((b.id, b.title.clone(), Skipped::Refused(broken.code.into())))
            }
            Err(Error::Field(e)) => {
                skipped.push((b.id, b.title.clone(), Skipped::Refused(e.code().into())))
            }
            Err(e) => return Err(e),
        }
    }
    Ok(Concluded {
        investigation: investigation(app, actor, id).await?,
        moved,
        skipped,
    })
}

/// Moves one barrier as the conclusion says, through the barrier register.
async fn move_barrier(
    app: &App,
    actor: &Actor,
    barrier_id: i64,
    investigation: &Investigation,
    conclusion: &Conclusion,
) -> Result<(), Error> {
    let note = format!("{} (#{})", investigation.title, investigation.id);
    let fields = BarrierStatusFields {
        guidance: if conclusion.kind == ConclusionKind::Guidance {
            conclusion.text.clone()
        } else {
            String::new()
        },
        experiment: conclusion.experiment,
        ministry: conclusion.ministry.clone(),
        ministry_response: conclusion.ministry_response.clone(),
        note,
        ..BarrierStatusFields::default()
    };
    crate::barriers::change_status(
        app,
        actor,
        barrier_id,
        conclusion.kind.barrier_status(),
        fields,
    )
    .await
    .map(|_| ())
}

/// The registry's organisations named one per line (by name or code, as
/// `registry::find` reads them) in the country of the first barrier; a line that names none
/// is 422 on `field`, quoting it.
async fn resolve_organisations(
    app: &App,
    barrier_ids: &[i64],
    lines: &[String],
    field: &str,
) -> Result<Vec<i64>, Error> {
    let country = app
        .store
        .barrier_facts(None)
        .await?
        .into_iter()
        .find(|b| barrier_ids.contains(&b.id))
        .map_or(Country::No, |b| b.country);
    let mut ids = Vec::new();
    for line in lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
        match crate::registry::find(app, country, line).await? {
            Some(o) => ids.push(o.id),
            None => {
                return Err(Error::field(
                    field,
                    format!("no organisation \"{line}\" in the registry"),
                ));
            }
        }
    }
    Ok(ids)
}

/// The kinds of link an experiment's conclusion may name, in the form's order.
pub const EXPERIMENT_LINKS: [ExperimentLink; 3] = ExperimentLink::ALL;

// --- Starts from a barrier ---------------------------------------------------------------

/// What a theme proposal or an application started from a barrier carries, and where it
/// may go: the schemes gathering theme proposals, or the rounds open for applications.
#[derive(Debug, Clone)]
pub struct StartFrom {
    pub barrier: frirum_domain::barrier::Barrier,
    /// The barrier's provisions, cited (the confirmed ones, else the suggested).
    pub provisions: Vec<CitedProvision>,
    /// The schemes (for a proposal) or rounds (for an application) to start in: id, title.
    pub targets: Vec<(i64, String)>,
    /// What was already started from it.
    pub starts: Vec<frirum_store::BarrierStart>,
}

impl StartFrom {
    /// The text a proposal's description or an application's obstacle carries: the
    /// barrier's own words and the provisions it names.
    pub fn text(&self) -> String {
        let b = &self.barrier;
        let mut parts: Vec<String> = [&b.wants_to_do, &b.obstacle, &b.consequences]
            .into_iter()
            .filter(|t| !t.trim().is_empty())
            .cloned()
            .collect();
        if !self.provisions.is_empty() {
            parts.push(
                self.provisions
                    .iter()
                    .map(|p| p.citation.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
            );
        }
        parts.push(format!("/barriers/{}", b.id));
        parts.join("\n\n")
    }
}

/// A barrier with what a start from it carries and the schemes or rounds the actor may
/// start in (`kind`: a theme proposal or an application). Only from a confirmed, open
/// barrier (409 `barrier_start_not_confirmed`).
pub async fn start_from(
    app: &App,
    actor: &Actor,
    barrier_id: i64,
    kind: ExperimentLink,
) -> Result<StartFrom, Error> {
    let barrier = crate::barriers::barrier(app, actor, barrier_id).await?;
    barrier_rollup::check_start(barrier.status).map_err(Error::rule)?;
    let confirmed: Vec<i64> = barrier
        .provisions
        .iter()
        .filter(|p| p.confirmed)
        .map(|p| p.provision_id)
        .collect();
    let ids = if confirmed.is_empty() {
        barrier.provisions.iter().map(|p| p.provision_id).collect()
    } else {
        confirmed
    };
    let provisions = cite(app, ids).await?.into_values().collect();
    let mut targets = Vec::new();
    let schemes = crate::schemes::list(
        app,
        actor,
        frirum_domain::PageRequest {
            page: 1,
            per_page: 100,
        },
    )
    .await?;
    for scheme in schemes.items {
        if scheme.country != barrier.country {
            continue;
        }
        match kind {
            ExperimentLink::Proposal => {
                if scheme.status == frirum_domain::scheme::SchemeStatus::Proposals {
                    targets.push((scheme.id, scheme.title.clone()));
                }
            }
            ExperimentLink::Application => {
                if scheme.status != frirum_domain::scheme::SchemeStatus::Published {
                    continue;
                }
                for round in app.store.rounds(scheme.id).await? {
                    if round.phase(actor.now).ok() == Some(frirum_domain::scheme::RoundPhase::Open)
                    {
                        targets.push((round.id, format!("{} – {}", scheme.title, round.title)));
                    }
                }
            }
            ExperimentLink::Scheme => {}
        }
    }
    Ok(StartFrom {
        starts: app.store.barrier_starts(barrier_id).await?,
        barrier,
        provisions,
        targets,
    })
}

/// Proposes a theme in scheme `scheme_id` from a barrier (an applicant, while the scheme
/// gathers proposals): its title is the barrier's, its description the barrier's words and
/// provisions; the start is recorded on the barrier.
pub async fn propose_theme_from(
    app: &App,
    actor: &Actor,
    barrier_id: i64,
    scheme_id: i64,
) -> Result<frirum_domain::scheme::ThemeProposal, Error> {
    let from = start_from(app, actor, barrier_id, ExperimentLink::Proposal).await?;
    let text: String = from.text().chars().take(5_000).collect();
    let proposal =
        crate::schemes::propose_theme(app, actor, scheme_id, &from.barrier.title, &text).await?;
    app.store
        .record_barrier_start(
            barrier_id,
            ExperimentLink::Proposal,
            proposal.id,
            actor.journal(None),
        )
        .await?;
    Ok(proposal)
}

/// Starts an application in round `round_id` from a barrier (an applicant): its title is
/// the barrier's, its obstacle and description the barrier's words, and it asks for an
/// exemption from each of the barrier's provisions; the start is recorded on the barrier.
pub async fn start_application_from(
    app: &App,
    actor: &Actor,
    barrier_id: i64,
    round_id: i64,
) -> Result<frirum_domain::application::Application, Error> {
    use frirum_domain::application::{ApplicationContent, ExemptionScope, RequestedExemption};
    let from = start_from(app, actor, barrier_id, ExperimentLink::Application).await?;
    let b = &from.barrier;
    let content = ApplicationContent {
        title: b.title.clone(),
        description: from.text(),
        unknown_rules_obstacle: if from.provisions.is_empty() {
            b.obstacle.clone()
        } else {
            String::new()
        },
        exemptions: from
            .provisions
            .iter()
            .map(|p| RequestedExemption {
                scope: ExemptionScope::Provision,
                reference: p.citation.clone(),
                desired_change: String::new(),
                justification: b.obstacle.clone(),
                provision_id: Some(p.id),
            })
            .collect(),
        ..ApplicationContent::default()
    };
    let created =
        crate::applications::create_application(app, actor, round_id, &[], content).await?;
    app.store
        .record_barrier_start(
            barrier_id,
            ExperimentLink::Application,
            created.id,
            actor.journal(None),
        )
        .await?;
    Ok(created)
}
