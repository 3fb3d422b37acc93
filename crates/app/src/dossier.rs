//! The provision dossier, the rule-change proposal written from it, and adopting a trial.
//!
//! The dossier is read by everybody who may read the catalogue: the store gathers the rows
//! (`DossierStore::dossier_evidence`), the domain rolls them up (`domain::dossier::roll_up`)
//! for this viewer — all of it for the secretariat, the public part for everyone else. The
//! proposal is the same dossier addressed to the ministry that owns the act, in the
//! language of the trials' scheme. Adopting starts a draft in an open round from another
//! municipality's running or ended trial, linked to it.

use frirum_domain::application::{Application, ApplicationStatus};
use frirum_domain::authz::{Action, TrialAction};
use frirum_domain::dossier::{self, Adoption, Dossier};
use frirum_domain::scheme::{Round, Scheme};
use frirum_domain::{Language, PageRequest};
use frirum_store::law::{StoredAct, StoredProvision};
use frirum_store::{AdoptedFrom, ApplicationFilter, NewApplication};

use crate::{Actor, App, Error};

/// A provision with its act and its dossier as the actor may read it.
#[derive(Debug, Clone)]
pub struct ProvisionDossier {
    pub provision: StoredProvision,
    pub act: StoredAct,
    pub dossier: Dossier,
    /// The actor reads the non-public parts too.
    pub internal: bool,
    /// The provision cited as its country's lawyers write it ("§ 83 i lov om social
    /// service", "barnehageloven § 8").
    pub citation: String,
}

/// Whether the actor reads every part of a dossier: those who decide applications.
fn internal(actor: &Actor) -> bool {
    actor.authorize(Action::DecideApplications).is_ok()
}

/// The provision's dossier as the actor may read it.
pub async fn dossier(
    app: &App,
    actor: &Actor,
    provision_id: i64,
) -> Result<ProvisionDossier, Error> {
    actor.authorize(Action::UseRuleFinder)?;
    let provision = app
        .store
        .provision(provision_id)
        .await?
        .ok_or(Error::NotFound)?;
    let act = app
        .store
        .act(provision.act_id)
        .await?
        .ok_or(Error::NotFound)?;
    let mut evidence = app.store.dossier_evidence(provision_id).await?;
    resolve_references(app, &provision, &mut evidence).await?;
    // A request's words are shown where the application itself may be read.
    let filter = crate::applications::visible_filter(
        actor,
        ApplicationFilter {
            provision_id: Some(provision_id),
            ..Default::default()
        },
    );
    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE)).unwrap_or_default();
    let visible: Vec<i64> = app
        .store
        .list_applications(&filter, all)
        .await?
        .items
        .into_iter()
        .map(|a| a.id)
        .collect();
    for r in &mut evidence.requests {
        r.visible = visible.contains(&r.application_id);
    }
    let internal = internal(actor);
    // Drafts started from a trial are the applicant's own business until submitted.
    if !internal {
        evidence
            .adoptions
            .retain(|a| a.status != ApplicationStatus::Draft);
    }
    let country = frirum_domain::Country::ALL
        .into_iter()
        .find(|c| c.as_str() == provision.jurisdiction.as_str())
        .unwrap_or(frirum_domain::Country::No);
    let today = frirum_domain::trial::today_in(country, actor.now);
    let citation = frirum_law::cite::provision_citation(
        provision.jurisdiction,
        provision.section.chapter.as_deref(),
        &provision.section.label,
        &act.act.title,
        act.act.short_title.as_deref(),
    );
    Ok(ProvisionDossier {
        dossier: dossier::roll_up(provision_id, evidence, internal, today),
        citation,
        provision,
        act,
        internal,
    })
}

/// Links the requests and grants that name no catalogue provision by what their words
/// cite: the demo's and many real applications name provisions only as written
/// ("§ 141, stk. 1, i lov om social service"). A grant narrowed to provisions, or whose
/// applicant picked one, keeps that link.
async fn resolve_references(
    app: &App,
    provision: &StoredProvision,
    evidence: &mut dossier::Evidence,
) -> Result<(), Error> {
    let jurisdiction = provision.jurisdiction;
    let id = provision.id;
    let unresolved: Vec<String> = evidence
        .requests
        .iter()
        .filter(|r| r.provision_id.is_none())
        .map(|r| r.reference.clone())
        .chain(evidence.trials.iter().flat_map(|t| {
            t.exemptions
                .iter()
                .filter(|e| {
                    e.grant.provision_ids.is_empty() && e.grant.requested_provision_id.is_none()
                })
                .map(|e| e.grant.reference.clone())
        }))
        .collect();
    if unresolved.is_empty() {
        return Ok(());
    }
    let texts: Vec<&str> = unresolved.iter().map(String::as_str).collect();
    let cited = app
        .rule_finder
        .cite_each(&*app.store, jurisdiction, &texts)
        .await?;
    let cites = |reference: &str| {
        unresolved.iter().zip(&cited).any(|(text, found)| {
            text == reference && found.iter().any(|c| c.provision_id == Some(id))
        })
    };
    for r in &mut evidence.requests {
        if r.provision_id.is_none() && cites(&r.reference) {
            r.provision_id = Some(id);
        }
    }
    for t in &mut evidence.trials {
        for e in &mut t.exemptions {
            if e.grant.provision_ids.is_empty()
                && e.grant.requested_provision_id.is_none()
                && cites(&e.grant.reference)
            {
                e.grant.requested_provision_id = Some(id);
            }
        }
    }
    Ok(())
}

/// The rule-change proposal: the dossier addressed to the act's ministry, in a language of
/// the trials' schemes.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub dossier: ProvisionDossier,
    /// The language it is written in, and the others it may be written in.
    pub language: Language,
    pub languages: Vec<Language>,
    pub ministry: Option<String>,
}

/// The proposal in `language` if that is one of the trials' schemes' languages, else the
/// first of them (the provision's country's language when no trial waived it).
pub async fn proposal(
    app: &App,
    actor: &Actor,
    provision_id: i64,
    language: Option<Language>,
) -> Result<Proposal, Error> {
    let found = dossier(app, actor, provision_id).await?;
    let mut languages: Vec<Language> = Vec::new();
    let mut schemes: Vec<i64> = found.dossier.trials.iter().map(|t| t.scheme_id).collect();
    schemes.sort_unstable();
    schemes.dedup();
    for id in schemes {
        if let Some(scheme) = app.store.scheme(id).await?
            && !languages.contains(&scheme.language)
        {
            languages.push(scheme.language);
        }
    }
    if languages.is_empty() {
        languages.push(actor.lang);
    }
    let chosen = language
        .filter(|l| languages.contains(l))
        .unwrap_or(languages[0]);
    Ok(Proposal {
        ministry: found.act.act.ministry.clone(),
        dossier: found,
        language: chosen,
        languages,
    })
}

/// What an applicant may adopt a trial into: the open rounds of the schemes they may apply
/// to.
#[derive(Debug, Clone)]
pub struct AdoptionChoice {
    pub trial: frirum_domain::decision::Trial,
    pub rounds: Vec<(Round, Scheme)>,
}

/// Checks that the actor may adopt the trial and lists the rounds open to them.
pub async fn adoption_choice(
    app: &App,
    actor: &Actor,
    trial_id: i64,
) -> Result<AdoptionChoice, Error> {
    let user = actor.user_for(Action::CreateApplications)?;
    let organisation = user.organisation.clone().ok_or(Error::Forbidden)?;
    let access = crate::trials::access(app, actor, trial_id, TrialAction::Read).await?;
    let participants: Vec<i64> = access.state.participants.iter().map(|p| p.id).collect();
    dossier::check_adoptable(access.state.status, &participants, organisation.id)
        .map_err(Error::rule)?;
    let rounds = crate::dashboard::open_rounds(app, actor).await?;
    Ok(AdoptionChoice {
        trial: access.trial,
        rounds,
    })
}

/// Whether the actor could adopt the trial now (to offer the button only where it works).
pub async fn may_adopt(app: &App, actor: &Actor, trial_id: i64) -> Result<bool, Error> {
    if actor.authorize(Action::CreateApplications).is_err() {
        return Ok(false);
    }
    match adoption_choice(app, actor, trial_id).await {
        Ok(_) => Ok(true),
        Err(Error::Forbidden | Error::Unauthenticated | Error::Rule(_)) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Starts a draft in the round from the trial: its granted exemptions, objectives and
/// indicators, linked to the trial and journaled.
pub async fn adopt(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    round_id: i64,
) -> Result<Application, Error> {
    let choice = adoption_choice(app, actor, trial_id).await?;
    if choice.rounds.is_empty() {
        return Err(Error::rule(dossier::AdoptionError::NoOpenRound));
    }
    if !choice.rounds.iter().any(|(r, _)| r.id == round_id) {
        return Err(Error::NotFound);
    }
    let state = app
        .store
        .trial_state(trial_id)
        .await?
        .ok_or(Error::NotFound)?;
    let mut objectives = state.objectives.clone();
    // The indicators the trial measures, as objectives where the application has none.
    for i in app.store.trial_indicators(trial_id).await? {
        let d = &i.indicator.definition;
        if !objectives.iter().any(|o| o.indicator == d.title) {
            objectives.push(frirum_domain::application::Objective {
                indicator: d.title.clone(),
                unit: d.unit.clone(),
                baseline: None,
                target: None,
                target_date: None,
            });
        }
    }
    objectives.truncate(frirum_domain::application::MAX_ROWS);
    let content = dossier::adoption_content(
        &choice.trial.title,
        &choice.trial.case_number,
        &state.exemptions,
        &objectives,
        "",
    )
    .cleaned();
    let user = actor.user_for(Action::CreateApplications)?;
    let lead = user.organisation.clone().ok_or(Error::Forbidden)?;
    Ok(app
        .store
        .adopt_trial(
            &NewApplication {
                round_id,
                lead_organisation_id: lead.id,
                member_ids: vec![],
                content,
            },
            trial_id,
            actor.journal(None),
        )
        .await?)
}

/// The trial an application was started from, for those who may read the application.
pub async fn adopted_from(app: &App, application_id: i64) -> Result<Option<AdoptedFrom>, Error> {
    Ok(app.store.adopted_from(application_id).await?)
}

/// The applications started from a trial that the actor may know of: submitted ones for
/// everybody, drafts too for the secretariat.
pub async fn adoptions_of_trial(
    app: &App,
    actor: &Actor,
    trial_id: i64,
) -> Result<Vec<Adoption>, Error> {
    crate::trials::access(app, actor, trial_id, TrialAction::Read).await?;
    let internal = internal(actor);
    Ok(app
        .store
        .adoptions_of_trial(trial_id)
        .await?
        .into_iter()
        .filter(|a| internal || a.status != ApplicationStatus::Draft)
        .collect())
}

/// The provision page: the catalogue's provision with its requests, and its dossier.
pub async fn provision_page(
    app: &App,
    actor: &Actor,
    provision_id: i64,
) -> Result<(crate::catalogue::ProvisionDetail, ProvisionDossier), Error> {
    let detail = crate::catalogue::provision(app, actor, provision_id).await?;
    let found = dossier(app, actor, provision_id).await?;
    Ok((detail, found))
}

/// The trial page's part: the applications started from it, and whether the actor may
/// start one.
#[derive(Debug, Clone, Default)]
pub struct TrialAdoptions {
    pub list: Vec<Adoption>,
    pub may_adopt: bool,
}

/// The adoptions of a trial the actor may know of, and whether the actor may adopt it.
pub async fn for_trial(
    app: &App,
    actor: &Actor,
    access: &crate::trials::TrialAccess,
) -> Result<TrialAdoptions, Error> {
    let internal = internal(actor);
    let list = app
        .store
        .adoptions_of_trial(access.trial.id)
        .await?
        .into_iter()
        .filter(|a| internal || a.status != ApplicationStatus::Draft)
        .collect();
    let may_adopt = match actor
        .user_for(Action::CreateApplications)
        .ok()
        .and_then(|u| u.organisation.as_ref())
    {
        Some(org) => {
            let participants: Vec<i64> = access.state.participants.iter().map(|p| p.id).collect();
            dossier::check_adoptable(access.state.status, &participants, org.id).is_ok()
        }
        None => false,
    };
    Ok(TrialAdoptions { list, may_adopt })
}
