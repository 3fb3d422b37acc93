//! Local regulations: each participant's regulation for a trial, drafted by Frirum from the
//! decision when it is first looked at, edited by the participant, adopted by its council
//! (recorded by its applicants or the secretariat), approved by the secretariat where the
//! scheme says so; and the start of a trial on the day the last regulation is in force —
//! at once when that day has come, else by the upkeep ([`start_due`]).

use frirum_domain::Country;
use frirum_domain::authz::{Action, TrialAction, TrialFacts};
use frirum_domain::organisation::OrganisationRef;
use frirum_domain::regulation::{
    self, Adoption, Readiness, Regulation, RegulationError, RegulationWaiting, Standing,
};
use frirum_domain::scheme::Scheme;
use frirum_domain::trial::{
    ChangeKind, NewTrialVersion, Transition, TrialState, TrialStatus, today_in,
};
use frirum_store::StoreError;

use crate::trials::{TrialAccess, access};
use crate::{Actor, App, Error};

/// Whether the scheme's secretariat approves adopted regulations: its setting, else the
/// country's default.
pub async fn requires_approval(app: &App, scheme: &Scheme) -> Result<bool, Error> {
    Ok(app
        .store
        .scheme_regulation_setting(scheme.id)
        .await?
        .unwrap_or_else(|| regulation::approval_required_by_default(scheme.country)))
}

/// One participant of a trial with its regulation, as the trial page lists them.
#[derive(Debug, Clone)]
pub struct ParticipantRegulation {
    pub organisation: OrganisationRef,
    /// `None`: nobody has opened its regulation yet (no draft kept).
    pub regulation: Option<Regulation>,
    pub standing: Standing,
}

/// The trial page's section: every participant with its regulation, and whether the trial
/// may start.
#[derive(Debug, Clone)]
pub struct TrialRegulations {
    pub participants: Vec<ParticipantRegulation>,
    pub requires_approval: bool,
    pub readiness: Readiness,
    /// Whether the trial has not started yet (the section matters most then).
    pub planned: bool,
}

/// The regulations of a trial for its page: public, as the adopted acts are.
pub async fn for_trial(
    app: &App,
    actor: &Actor,
    access: &TrialAccess,
) -> Result<TrialRegulations, Error> {
    let scheme = scheme_of(app, access).await?;
    let requires = requires_approval(app, &scheme).await?;
    let today = today_in(scheme.country, actor.now);
    let regulations = app.store.trial_regulations(access.trial.id).await?;
    let participants = access
        .state
        .participants
        .iter()
        .map(|p| {
            let regulation = regulations
                .iter()
                .find(|r| r.organisation.id == p.id)
                .cloned();
            let standing = regulation
                .as_ref()
                .map_or(Standing::AwaitingAdoption, |r| r.standing(requires, today));
            ParticipantRegulation {
                organisation: p.clone(),
                regulation,
                standing,
            }
        })
        .collect();
    Ok(TrialRegulations {
        participants,
        requires_approval: requires,
        readiness: regulation::readiness(
            &access.state.participants,
            &regulations,
            requires,
            access.state.planned_start,
        ),
        planned: access.state.status == TrialStatus::Planned,
    })
}

/// Every participant's regulation of a trial (the API's list): public.
pub async fn list(app: &App, actor: &Actor, trial_id: i64) -> Result<TrialRegulations, Error> {
    let access = access(app, actor, trial_id, TrialAction::Read).await?;
    for_trial(app, actor, &access).await
}

/// What the actor may do with one regulation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RegulationRights {
    /// Read the draft before adoption.
    pub read_draft: bool,
    /// Edit the draft and record the adoption: the participant's applicants, the
    /// secretariat.
    pub record: bool,
    /// Approve the adopted regulation: the secretariat.
    pub approve: bool,
}

/// One participant's regulation page.
#[derive(Debug, Clone)]
pub struct RegulationView {
    pub access: TrialAccess,
    pub scheme: Scheme,
    pub organisation: OrganisationRef,
    /// `None` only for a reader who may not see drafts, before anyone opened it.
    pub regulation: Option<Regulation>,
    pub standing: Standing,
    pub requires_approval: bool,
    pub rights: RegulationRights,
    /// The scheme's day today, the latest an adoption may be dated.
    pub today: time::Date,
}

impl RegulationView {
    /// Whether the text is shown to this reader: once adopted to all, before to insiders.
    pub fn text_visible(&self) -> bool {
        self.rights.read_draft
            || self
                .regulation
                .as_ref()
                .is_some_and(|r| r.adoption.is_some())
    }
}

/// A participant's regulation: drafted from the decision the first time someone who may
/// read the trial whole opens it.
pub async fn view(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    organisation_id: i64,
) -> Result<RegulationView, Error> {
    let access = access(app, actor, trial_id, TrialAction::Read).await?;
    let organisation = participant(&access, organisation_id)?;
    let scheme = scheme_of(app, &access).await?;
    let requires = requires_approval(app, &scheme).await?;
    let rights = rights(actor, &access, organisation_id);
    let mut regulation = app.store.regulation(trial_id, organisation_id).await?;
    if regulation.is_none() && rights.read_draft && access.state.status != TrialStatus::Ended {
        regulation = Some(draft(app, actor, &access, &scheme, &organisation).await?);
    }
    // Once adopted, the placeholders the draft left show the adoption's day and body.
    if let Some(r) = regulation.as_mut()
        && let Some(adoption) = &r.adoption
    {
        let approved_on = r.approved_at.map(|at| today_in(scheme.country, at));
        r.text = regulation::with_adoption(&r.text, scheme.country, adoption, approved_on);
    }
    let today = today_in(scheme.country, actor.now);
    let standing = regulation
        .as_ref()
        .map_or(Standing::AwaitingAdoption, |r| r.standing(requires, today));
    Ok(RegulationView {
        access,
        scheme,
        organisation,
        regulation,
        standing,
        requires_approval: requires,
        rights,
        today,
    })
}

/// Saves the participant's edit of the draft against the version the actor saw.
pub async fn edit_text(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    organisation_id: i64,
    seen_version: i64,
    text: &str,
) -> Result<RegulationView, Error> {
    let (_, current, _) = for_recording(app, actor, trial_id, organisation_id).await?;
    let text = regulation::check_text(text).map_err(Error::rule)?;
    current.check_editable().map_err(Error::rule)?;
    app.store
        .save_regulation_text(
            trial_id,
            organisation_id,
            seen_version,
            &text,
            actor.journal(None),
        )
        .await?;
    view(app, actor, trial_id, organisation_id).await
}

/// Records the council's adoption of a participant's regulation (or corrects it before
/// approval), adds it to the trial's public history, and starts the trial if this was the
/// last regulation awaited and its day has come.
pub async fn record_adoption(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    organisation_id: i64,
    seen_version: i64,
    adoption: &Adoption,
) -> Result<RegulationView, Error> {
    let (access, current, scheme) = for_recording(app, actor, trial_id, organisation_id).await?;
    let adoption = adoption
        .validate(today_in(scheme.country, actor.now))
        .map_err(Error::rule)?;
    current.check_adoptable().map_err(Error::rule)?;
    let saved = app
        .store
        .record_regulation_adoption(
            trial_id,
            organisation_id,
            seen_version,
            &adoption,
            actor.journal(None),
        )
        .await?;
    // Stored text, read by everyone: the day in words in the scheme's language.
    let reason = format!(
        "{}: {}, {} ({})",
        saved.organisation.name,
        adoption.body,
        adoption.reference,
        regulation::date_in_words(scheme.country, adoption.adopted_on)
    );
    note_in_history(app, actor, &access.state, reason).await?;
    start_if_ready(app, actor, trial_id).await?;
    view(app, actor, trial_id, organisation_id).await
}

/// Approves an adopted regulation (the secretariat, where the scheme requires it) against
/// the version seen: of two approving at once, one wins and the other gets a conflict.
/// Starts the trial if this was the last regulation awaited and its day has come.
pub async fn approve(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    organisation_id: i64,
    seen_version: i64,
) -> Result<RegulationView, Error> {
    let access = access(app, actor, trial_id, TrialAction::Manage).await?;
    participant(&access, organisation_id)?;
    let scheme = scheme_of(app, &access).await?;
    let current = app
        .store
        .regulation(trial_id, organisation_id)
        .await?
        .ok_or_else(|| Error::rule(RegulationError::NotAdopted))?;
    if current.version != seen_version {
        return Err(Error::EditConflict {
            current: current.version,
        });
    }
    current
        .check_approvable(requires_approval(app, &scheme).await?)
        .map_err(Error::rule)?;
    app.store
        .approve_regulation(trial_id, organisation_id, seen_version, actor.journal(None))
        .await?;
    start_if_ready(app, actor, trial_id).await?;
    view(app, actor, trial_id, organisation_id).await
}

/// Starts the planned trials whose regulations are all in force from a day that has now
/// come, as the upkeep does every minute. Returns how many it started; a trial changed
/// meanwhile is left for the next round.
pub async fn start_due(app: &App, actor: &Actor) -> Result<u64, Error> {
    let mut started = 0;
    for trial_id in app.store.trials_in_status(&[TrialStatus::Planned]).await? {
        if start_if_ready(app, actor, trial_id).await? {
            started += 1;
        }
    }
    Ok(started)
}

/// The scheme's regulation setting, for its settings page (the secretariat): the value
/// in force and whether it is the country's default.
#[derive(Debug, Clone)]
pub struct SchemeSetting {
    pub scheme: Scheme,
    pub requires_approval: bool,
    /// No choice saved: the country's default applies.
    pub is_default: bool,
}

/// The scheme's regulation setting (the secretariat).
pub async fn setting(app: &App, actor: &Actor, scheme_id: i64) -> Result<SchemeSetting, Error> {
    actor.authorize(Action::ManageSchemes)?;
    let scheme = app.store.scheme(scheme_id).await?.ok_or(Error::NotFound)?;
    let saved = app.store.scheme_regulation_setting(scheme_id).await?;
    Ok(SchemeSetting {
        requires_approval: saved
            .unwrap_or_else(|| regulation::approval_required_by_default(scheme.country)),
        is_default: saved.is_none(),
        scheme,
    })
}

/// Sets whether the scheme's adopted regulations need the secretariat's approval.
pub async fn set_setting(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    requires_approval: bool,
) -> Result<SchemeSetting, Error> {
    actor.authorize(Action::ManageSchemes)?;
    app.store
        .set_scheme_regulation_setting(scheme_id, requires_approval, actor.journal(None))
        .await?;
    setting(app, actor, scheme_id).await
}

/// The trials whose regulation the actor's organisation still has to adopt (an
/// applicant's home); empty for anyone else.
pub async fn awaiting_adoption(app: &App, actor: &Actor) -> Result<Vec<RegulationWaiting>, Error> {
    let viewer = actor.viewer();
    let Some(organisation_id) = viewer.organisation_id else {
        return Ok(Vec::new());
    };
    if !actor.may(Action::CreateApplications) {
        return Ok(Vec::new());
    }
    Ok(app
        .store
        .regulations_awaiting_adoption(organisation_id)
        .await?)
}

/// Adopted regulations waiting for the secretariat's approval (the secretariat's home);
/// empty for anyone else.
pub async fn awaiting_approval(app: &App, actor: &Actor) -> Result<Vec<RegulationWaiting>, Error> {
    if !actor.may(Action::ManageSchemes) {
        return Ok(Vec::new());
    }
    let mut settings: std::collections::BTreeMap<i64, Option<bool>> = Default::default();
    let mut waiting = Vec::new();
    for r in app.store.adopted_regulations().await? {
        let saved = match settings.get(&r.scheme_id) {
            Some(s) => *s,
            None => {
                let s = app.store.scheme_regulation_setting(r.scheme_id).await?;
                settings.insert(r.scheme_id, s);
                s
            }
        };
        if saved.unwrap_or_else(|| default_for(r.country)) {
            waiting.push(r);
        }
    }
    Ok(waiting)
}

fn default_for(country: Country) -> bool {
    regulation::approval_required_by_default(country)
}

/// What the actor may do with one participant's regulation.
fn rights(actor: &Actor, access: &TrialAccess, organisation_id: i64) -> RegulationRights {
    let (participant_ids, researcher_ids) = access.facts();
    let facts = TrialFacts {
        participant_ids: &participant_ids,
        researcher_ids,
    };
    RegulationRights {
        read_draft: access.rights.read_internal,
        record: regulation::may_record_adoption(actor.viewer(), &facts, organisation_id).is_ok(),
        approve: access.rights.manage,
    }
}

/// The organisation as a participant of the trial; `NotFound` when it does not take part.
fn participant(access: &TrialAccess, organisation_id: i64) -> Result<OrganisationRef, Error> {
    access
        .state
        .participants
        .iter()
        .find(|p| p.id == organisation_id)
        .cloned()
        .ok_or(Error::NotFound)
}

async fn scheme_of(app: &App, access: &TrialAccess) -> Result<Scheme, Error> {
    app.store
        .scheme(access.trial.scheme_id)
        .await?
        .ok_or(Error::NotFound)
}

/// Loads what recording needs and checks the actor may record for this participant on a
/// trial that has not ended; drafts the regulation first if nobody has opened it yet (an
/// API client recording straight away).
async fn for_recording(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    organisation_id: i64,
) -> Result<(TrialAccess, Regulation, Scheme), Error> {
    let access = access(app, actor, trial_id, TrialAction::ReadInternal).await?;
    let organisation = participant(&access, organisation_id)?;
    let (participant_ids, researcher_ids) = access.facts();
    regulation::may_record_adoption(
        actor.viewer(),
        &TrialFacts {
            participant_ids: &participant_ids,
            researcher_ids,
        },
        organisation_id,
    )?;
    if access.state.status == TrialStatus::Ended {
        return Err(Error::rule(RegulationError::TrialEnded));
    }
    let scheme = scheme_of(app, &access).await?;
    let current = match app.store.regulation(trial_id, organisation_id).await? {
        Some(r) => r,
        None => draft(app, actor, &access, &scheme, &organisation).await?,
    };
    Ok((access, current, scheme))
}

/// Drafts the participant's regulation from the decision, in the scheme's language.
async fn draft(
    app: &App,
    actor: &Actor,
    access: &TrialAccess,
    scheme: &Scheme,
    organisation: &OrganisationRef,
) -> Result<Regulation, Error> {
    let provisions = crate::decisions::named_provisions(app, &access.trial.exemptions).await?;
    let labels: Vec<(i64, String)> = provisions
        .iter()
        .map(|p| {
            let act = p.act_short_title.as_deref().unwrap_or(&p.act_title);
            (p.id, format!("{act} {}", p.section.label))
        })
        .collect();
    // The period as it stands now: an approved extension moves the end.
    let period = (access.state.planned_start, access.state.planned_end);
    let draft = regulation::draft(&access.trial, period, scheme.country, organisation, &labels);
    Ok(app
        .store
        .add_regulation_draft(
            access.trial.id,
            organisation.id,
            &draft,
            actor.journal(None),
        )
        .await?)
}

/// Adds a version to the trial's public history naming the adoption (its state does not
/// change). A version saved meanwhile by someone else is read again, a few times.
async fn note_in_history(
    app: &App,
    actor: &Actor,
    seen: &TrialState,
    reason: String,
) -> Result<(), Error> {
    let mut state = seen.clone();
    for _ in 0..3 {
        let version = NewTrialVersion {
            kind: ChangeKind::RegulationAdopted,
            reason: reason.clone(),
            changes: Vec::new(),
        };
        match app
            .store
            .save_trial_state(state.version, &state, &version, actor.journal(None))
            .await
        {
            Ok(_) => return Ok(()),
            Err(StoreError::EditConflict { .. }) => {
                state = app
                    .store
                    .trial_state(state.trial_id)
                    .await?
                    .ok_or(Error::NotFound)?;
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// Starts a planned trial when every participant's regulation is in force from a day that
/// has come in its scheme's country: on that day (the latest in-force day, not before the
/// planned start). Returns whether it started it.
async fn start_if_ready(app: &App, actor: &Actor, trial_id: i64) -> Result<bool, Error> {
    let Some(state) = app.store.trial_state(trial_id).await? else {
        return Ok(false);
    };
    if state.status != TrialStatus::Planned {
        return Ok(false);
    }
    let Some(trial) = app.store.trial(trial_id).await? else {
        return Ok(false);
    };
    let Some(scheme) = app.store.scheme(trial.scheme_id).await? else {
        return Ok(false);
    };
    let requires = requires_approval(app, &scheme).await?;
    let regulations = app.store.trial_regulations(trial_id).await?;
    let Readiness::From(on) = regulation::readiness(
        &state.participants,
        &regulations,
        requires,
        state.planned_start,
    ) else {
        return Ok(false);
    };
    // Not yet; and a trial whose period was over before its regulations came in force does
    // not start (the secretariat stops it), or it would run for ever.
    if on > today_in(scheme.country, actor.now) || on > state.planned_end {
        return Ok(false);
    }
    let Ok((next, version)) = state.apply(&Transition::Start { on }) else {
        return Ok(false);
    };
    match app
        .store
        .save_trial_state(state.version, &next, &version, actor.journal(None))
        .await
    {
        Ok(_) => Ok(true),
        Err(StoreError::EditConflict { .. }) => Ok(false),
        Err(e) => Err(e.into()),
    }
}
