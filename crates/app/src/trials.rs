//! Trials in operation: who may do what on a trial ([`access`], the one door every trial
//! area goes through), the list of trials, the trial page's data ([`view`]), the steps of a
//! trial's life taken by the secretariat or by the upkeep ([`transition`], [`advance`]),
//! and the researchers who follow a trial.
//!
//! The frozen record of what was approved ([`Trial`]) never changes; what changes is the
//! trial's current state, saved as numbered versions that make its public history.

use frirum_domain::authz::{self, Action, TrialAction, TrialFacts};
use frirum_domain::decision::Trial;
use frirum_domain::scheme::Scheme;
use frirum_domain::trial::{
    Transition, TrialFilter, TrialResearcher, TrialState, TrialStatus, TrialSummary, TrialVersion,
    today_in,
};
use frirum_domain::{Page, PageRequest};

use crate::{Actor, App, Error};

/// What the actor may do on a trial, to show or hide what leads to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TrialRights {
    pub read_internal: bool,
    pub report: bool,
    pub review: bool,
    pub manage: bool,
}

/// A trial as one actor may act on it: the frozen record, the current state, who follows
/// it and what the actor may do.
#[derive(Debug, Clone)]
pub struct TrialAccess {
    pub trial: Trial,
    pub state: TrialState,
    pub researcher_ids: Vec<i64>,
    pub rights: TrialRights,
}

impl TrialAccess {
    /// The facts the authorisation table decides on.
    pub fn facts(&self) -> (Vec<i64>, &[i64]) {
        (
            self.state.participants.iter().map(|p| p.id).collect(),
            &self.researcher_ids,
        )
    }
}

/// Loads a trial and checks that the actor may take the action on it: the one door of
/// every trial area. A missing trial is `NotFound`; a refusal `Unauthenticated` or
/// `Forbidden`.
pub async fn access(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    action: TrialAction,
) -> Result<TrialAccess, Error> {
    let trial = app.store.trial(trial_id).await?.ok_or(Error::NotFound)?;
    let state = app
        .store
        .trial_state(trial_id)
        .await?
        .ok_or(Error::NotFound)?;
    let researcher_ids: Vec<i64> = app
        .store
        .trial_researchers(trial_id)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    let participant_ids: Vec<i64> = state.participants.iter().map(|p| p.id).collect();
    let facts = TrialFacts {
        participant_ids: &participant_ids,
        researcher_ids: &researcher_ids,
    };
    let viewer = actor.viewer();
    authz::trial(viewer, &facts, action)?;
    let may = |action| authz::trial(viewer, &facts, action).is_ok();
    let rights = TrialRights {
        read_internal: may(TrialAction::ReadInternal),
        report: may(TrialAction::Report),
        review: may(TrialAction::Review),
        manage: may(TrialAction::Manage),
    };
    Ok(TrialAccess {
        trial,
        state,
        researcher_ids,
        rights,
    })
}

/// The list of trials with what its filters offer.
#[derive(Debug, Clone)]
pub struct TrialListing {
    pub trials: Page<TrialSummary>,
    /// The schemes the actor may see, to filter by.
    pub schemes: Vec<Scheme>,
    /// The themes to filter by, grouped under their scheme's title: every listed scheme's,
    /// or only the chosen scheme's, so that a theme is offered without choosing a scheme
    /// first.
    pub theme_groups: Vec<(String, Vec<frirum_domain::scheme::Theme>)>,
    /// The organisation the list is narrowed to, by name.
    pub organisation: Option<frirum_domain::organisation::OrganisationRef>,
    /// Every organisation taking part in a registered trial, by name: the organisation
    /// filter's choices.
    pub organisations: Vec<frirum_domain::organisation::OrganisationRef>,
    /// The provision the list is narrowed to (trials exempted from it).
    pub provision: Option<frirum_store::law::StoredProvision>,
    /// The catalogue's provisions a provision search found, best first, to narrow by.
    pub provision_hits: Vec<frirum_store::law::StoredProvision>,
}

/// How many provisions a provision search offers.
const PROVISION_HITS: usize = 8;

/// The trials list page: the trials and the filters' choices; `provision_text`, when
/// given, is searched in the law catalogue for provisions to narrow the list by.
pub async fn listing(
    app: &App,
    actor: &Actor,
    filter: &TrialFilter,
    provision_text: &str,
    page: PageRequest,
) -> Result<TrialListing, Error> {
    let trials = list(app, actor, filter, page).await?;
    let provision = match filter.provision_id {
        Some(id) => app.store.provision(id).await?,
        None => None,
    };
    let provision_hits = if provision_text.trim().is_empty() {
        Vec::new()
    } else {
        let mut query = frirum_law::search::SearchQuery::new(provision_text.trim());
        query.limit = PROVISION_HITS;
        crate::catalogue::search(app, actor, &query)
            .await?
            .into_iter()
            .map(|hit| hit.provision)
            .collect()
    };
    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE))
        .map_err(|_| Error::internal("the largest page is refused"))?;
    let schemes = crate::schemes::list(app, actor, all).await?.items;
    let mut theme_groups = Vec::new();
    for scheme in &schemes {
        if filter.scheme_id.is_some_and(|id| id != scheme.id) {
            continue;
        }
        let themes = app.store.themes(scheme.id).await?;
        if !themes.is_empty() {
            theme_groups.push((scheme.title.clone(), themes));
        }
    }
    let organisation = match filter.organisation_id {
        Some(id) => app.store.organisation_refs(&[id]).await?.into_iter().next(),
        None => None,
    };
    // The participants of every registered trial, page by page: a registry holds hundreds
    // of trials at most, so this stays a few reads.
    let mut organisations: Vec<frirum_domain::organisation::OrganisationRef> = Vec::new();
    let mut number = 1;
    loop {
        let request = PageRequest::new(Some(number), Some(PageRequest::MAX_PER_PAGE))
            .map_err(|_| Error::internal("the largest page is refused"))?;
        let page = list(app, actor, &TrialFilter::default(), request).await?;
        let seen = u64::from(number) * u64::from(PageRequest::MAX_PER_PAGE);
        let done = page.items.is_empty() || seen >= page.total;
        for trial in page.items {
            for p in trial.participants {
                if !organisations.iter().any(|o| o.id == p.id) {
                    organisations.push(p);
                }
            }
        }
        if done {
            break;
        }
        number += 1;
    }
    organisations.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    Ok(TrialListing {
        trials,
        schemes,
        theme_groups,
        organisation,
        organisations,
        provision,
        provision_hits,
    })
}

/// Registered trials, narrowed by the filter: public, as a trial registry is.
pub async fn list(
    app: &App,
    actor: &Actor,
    filter: &TrialFilter,
    page: PageRequest,
) -> Result<Page<TrialSummary>, Error> {
    actor.authorize(Action::ReadDecisions)?;
    Ok(app.store.list_trials(filter, page).await?)
}

/// The public history of a trial's changes, oldest first.
pub async fn history(app: &App, actor: &Actor, trial_id: i64) -> Result<Vec<TrialVersion>, Error> {
    access(app, actor, trial_id, TrialAction::Read).await?;
    Ok(app.store.trial_versions(trial_id).await?)
}

/// Takes a step of the trial's life by hand (put on hold, resume, stop early, complete,
/// start): the secretariat's, against the version the actor saw, so that a step taken
/// meanwhile by someone else is a conflict, not overwritten.
pub async fn transition(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    seen_version: i64,
    transition: &Transition,
) -> Result<TrialState, Error> {
    let access = access(app, actor, trial_id, TrialAction::Manage).await?;
    if access.state.version != seen_version {
        return Err(Error::EditConflict {
            current: access.state.version,
        });
    }
    let (next, version) = access.state.apply(transition).map_err(Error::rule)?;
    Ok(app
        .store
        .save_trial_state(seen_version, &next, &version, actor.journal(None))
        .await?)
}

/// The researchers following a trial: for those who read the trial whole.
pub async fn researchers(
    app: &App,
    actor: &Actor,
    trial_id: i64,
) -> Result<Vec<TrialResearcher>, Error> {
    access(app, actor, trial_id, TrialAction::ReadInternal).await?;
    Ok(app.store.trial_researchers(trial_id).await?)
}

/// Assigns a researcher to follow a trial (the secretariat) and tells them; assigning one
/// already assigned changes nothing. Only researchers are assigned (422
/// `not_a_researcher`).
pub async fn assign_researcher(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    user_id: i64,
) -> Result<(), Error> {
    let access = access(app, actor, trial_id, TrialAction::Manage).await?;
    let user = crate::research::researcher_account(app, user_id).await?;
    let assigned = app
        .store
        .assign_research(
            user_id,
            frirum_domain::research::AssignmentTarget::Trial(trial_id),
            actor.journal(None),
        )
        .await?;
    if assigned && let Some(scheme) = app.store.scheme(access.trial.scheme_id).await? {
        crate::research::tell_assigned(
            app,
            actor,
            user,
            frirum_domain::research::AssignmentTarget::Trial(trial_id),
            &access.trial.title,
            &scheme,
            Some(access.trial.application_id),
            format!("/trials/{trial_id}"),
        )
        .await;
    }
    Ok(())
}

/// Ends a researcher's assignment to a trial (the secretariat).
pub async fn unassign_researcher(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    user_id: i64,
) -> Result<(), Error> {
    access(app, actor, trial_id, TrialAction::Manage).await?;
    app.store
        .unassign_trial_researcher(trial_id, user_id, actor.journal(None))
        .await?;
    Ok(())
}

/// Completes the running (or suspended) trials whose planned end has passed in their
/// scheme's country, as the upkeep does every minute: a trial's status is kept up by
/// Frirum, not by hand. Returns how many trials it completed. A trial changed meanwhile
/// by someone else is left for the next round.
pub async fn advance(app: &App, actor: &Actor) -> Result<u64, Error> {
    let mut done = 0;
    for trial_id in app
        .store
        .trials_in_status(&[TrialStatus::Running, TrialStatus::Suspended])
        .await?
    {
        let Some(state) = app.store.trial_state(trial_id).await? else {
            continue;
        };
        let Some(trial) = app.store.trial(trial_id).await? else {
            continue;
        };
        let Some(scheme) = app.store.scheme(trial.scheme_id).await? else {
            continue;
        };
        let today = today_in(scheme.country, actor.now);
        if state.planned_end >= today {
            continue;
        }
        let Ok((next, version)) = state.apply(&Transition::Complete {
            on: state.planned_end,
        }) else {
            continue;
        };
        match app
            .store
            .save_trial_state(state.version, &next, &version, actor.journal(None))
            .await
        {
            Ok(_) => done += 1,
            Err(frirum_store::StoreError::EditConflict { .. }) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(done)
}
