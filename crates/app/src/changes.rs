//! Change requests of a trial in operation and the legal-basis clock, for pages, API and
//! demo: participants' applicants ask for a change ([`submit`]), the secretariat decides
//! major ones ([`decide`]) or records a change itself, minor ones are recorded at once,
//! a request may be withdrawn before the decision ([`withdraw`]). An approved change is
//! the trial's next version, so the trial page's history shows it dated, with the values
//! before and after; the frozen record of what was approved never changes.
//!
//! The rules (major or minor, screening, how far a trial may be extended, the clock's
//! warnings) are `frirum_domain::change`'s; this module gathers their facts: the scheme's
//! country and rules, its day (`today_in`), the extensions approved before, and the final
//! report's due date (the reports' schedule: the planned end plus its lag).

use frirum_domain::Language;
use frirum_domain::application::Objective;
use frirum_domain::authz::TrialAction;
use frirum_domain::change::{
    ChangeClass, ChangeDecision, ChangeError, ChangeRequest, ClockWarning, ExtensionLimit,
    NewChangeRequest, Proposal, RequestKind, RequestStatus, clock_warnings, extension_limit,
};
use frirum_domain::notification::NotificationKind;
use frirum_domain::scheme::Scheme;
use frirum_domain::text::{FieldError, Problem};
use frirum_domain::trial::{ExemptionInForce, TrialStatus, today_in};
use frirum_store::{ApplyChange, ChangeOutcome, StoreError};
use serde::Deserialize;
use time::{Date, Duration};

use crate::notifications::{Message, send_message};
use crate::trials::{TrialAccess, access};
use crate::{Actor, App, Error};

/// What a change request asks for, as people and clients give it: like
/// [`Proposal`], but a new participant named by its registry code in the scheme's country.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::ToSchema),
    schema(as = ChangeProposalInput)
)]
pub enum ProposalInput {
    ExtendPeriod { planned_end: Date },
    ShortenPeriod { planned_end: Date },
    AddParticipant { organisation_code: String },
    RemoveParticipant { organisation_id: i64 },
    ChangeObjectives { objectives: Vec<Objective> },
    ChangeExemptions { exemptions: Vec<ExemptionInForce> },
    PutOnHold,
    EndEarly { on: Date },
}

/// A change request as submitted.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeInput {
    pub proposal: ProposalInput,
    /// Why the change is needed.
    pub reason: String,
    /// The trial's version the person saw; a change made meanwhile is a conflict.
    pub seen_version: Option<i64>,
    /// The secretariat records the change at once instead of asking for a decision.
    pub record_now: bool,
    /// For the secretariat recording a change of exemptions: its screening.
    pub screened_no_conflict: bool,
    pub screening_note: String,
}

/// The facts the rules of a trial's changes need.
#[derive(Debug, Clone)]
pub struct ChangeFacts {
    pub scheme: Scheme,
    /// The scheme's day now.
    pub today: Date,
    /// How far the trial may be extended; `None`: no limit set.
    pub limit: Option<ExtensionLimit>,
    /// When the final evaluation (the final report) is due.
    pub evaluation_due: Date,
}

/// A refused change as the use cases report it: a missing or empty field as the field
/// refused (so forms and the API name it as everywhere), every other rule by its code.
fn rule(err: ChangeError) -> Error {
    match err {
        ChangeError::Required(field) => FieldError::new(field, Problem::Required).into(),
        ChangeError::Field(field) => FieldError::new(field, Problem::Required).into(),
        err => Error::rule(err),
    }
}

async fn facts(app: &App, actor: &Actor, access: &TrialAccess) -> Result<ChangeFacts, Error> {
    let scheme = app
        .store
        .scheme(access.trial.scheme_id)
        .await?
        .ok_or(Error::NotFound)?;
    let application = app
        .store
        .application(access.trial.application_id)
        .await?
        .ok_or(Error::NotFound)?;
    let rules = crate::applications::rules_of(app, &application, &scheme).await?;
    let extensions = app
        .store
        .change_requests(access.trial.id, Some(RequestStatus::Approved))
        .await?
        .iter()
        .filter(|r| r.kind == RequestKind::ExtendPeriod)
        .count();
    let limit = extension_limit(
        scheme.country,
        &rules,
        access.trial.period_start,
        access.trial.period_end,
        &access.state,
        extensions,
    );
    let schedule = app.store.reporting_schedule(scheme.id).await?;
    let evaluation_due =
        access.state.planned_end + Duration::days(i64::from(schedule.final_after_days));
    Ok(ChangeFacts {
        today: today_in(scheme.country, actor.now),
        scheme,
        limit,
        evaluation_due,
    })
}

/// What the trial page shows of its changes.
#[derive(Debug, Clone, Default)]
pub struct TrialChanges {
    /// Requests waiting for a decision: for those who read the trial whole.
    pub open: Vec<ChangeRequest>,
    /// Rejected and withdrawn requests, for the same people (the approved ones are the
    /// public history).
    pub closed: Vec<ChangeRequest>,
    /// The actor may ask for a change (a participant's applicant, or the secretariat).
    pub may_request: bool,
    pub may_decide: bool,
    /// How far the trial may be extended.
    pub limit: Option<ExtensionLimit>,
    /// The legal-basis clock's warnings, for those who read the trial whole.
    pub warnings: Vec<ClockWarning>,
}

/// The trial page's part: open requests, the limit and the clock's warnings.
pub async fn for_trial(
    app: &App,
    actor: &Actor,
    access: &TrialAccess,
) -> Result<TrialChanges, Error> {
    let rights = access.rights;
    let not_ended = access.state.status != TrialStatus::Ended;
    let facts = facts(app, actor, access).await?;
    if !rights.read_internal {
        return Ok(TrialChanges {
            limit: facts.limit,
            ..TrialChanges::default()
        });
    }
    let (open, closed) = app
        .store
        .change_requests(access.trial.id, None)
        .await?
        .into_iter()
        .filter(|r| r.status != RequestStatus::Approved)
        .partition(|r| r.status.is_open());
    Ok(TrialChanges {
        open,
        closed,
        may_request: not_ended && (rights.report || rights.manage),
        may_decide: rights.manage,
        limit: facts.limit,
        warnings: clock_warnings(
            &access.state,
            facts.today,
            facts.evaluation_due,
            facts.limit.map(|l| l.latest_end),
        ),
    })
}

/// The form for a new change request: the trial as it stands and the facts its rules use.
#[derive(Debug, Clone)]
pub struct ChangeForm {
    pub access: TrialAccess,
    pub facts: ChangeFacts,
    /// The secretariat may record a change at once.
    pub may_record: bool,
}

/// Checks that the actor may ask for a change: a participant's applicant or the secretariat,
/// on a trial that has not ended.
async fn requester(app: &App, actor: &Actor, trial_id: i64) -> Result<TrialAccess, Error> {
    let access = access(app, actor, trial_id, TrialAction::ReadInternal).await?;
    if !(access.rights.report || access.rights.manage) {
        return Err(Error::Forbidden);
    }
    Ok(access)
}

/// The new change request form's data.
pub async fn form(app: &App, actor: &Actor, trial_id: i64) -> Result<ChangeForm, Error> {
    let access = requester(app, actor, trial_id).await?;
    if access.state.status == TrialStatus::Ended {
        return Err(Error::rule(ChangeError::TrialEnded));
    }
    let facts = facts(app, actor, &access).await?;
    Ok(ChangeForm {
        may_record: access.rights.manage,
        access,
        facts,
    })
}

/// Turns what was asked into a proposal: a new participant is found in the registry of the
/// scheme's country.
async fn proposal_of(
    app: &App,
    facts: &ChangeFacts,
    input: ProposalInput,
) -> Result<Proposal, Error> {
    Ok(match input {
        ProposalInput::ExtendPeriod { planned_end } => Proposal::ExtendPeriod { planned_end },
        ProposalInput::ShortenPeriod { planned_end } => Proposal::ShortenPeriod { planned_end },
        ProposalInput::AddParticipant { organisation_code } => {
            let code = organisation_code.trim();
            if code.is_empty() {
                return Err(rule(ChangeError::Required("organisation_code")));
            }
            let organisation = app
                .store
                .organisation(facts.scheme.country, code)
                .await?
                .ok_or_else(|| {
                    Error::field(
                        "organisation_code",
                        "no organisation with this code in the scheme's country",
                    )
                })?;
            Proposal::AddParticipant {
                organisation: frirum_domain::organisation::OrganisationRef {
                    id: organisation.id,
                    country: organisation.country,
                    code: organisation.code,
                    name: organisation.name,
                },
            }
        }
        ProposalInput::RemoveParticipant { organisation_id } => {
            Proposal::RemoveParticipant { organisation_id }
        }
        ProposalInput::ChangeObjectives { objectives } => Proposal::ChangeObjectives { objectives },
        ProposalInput::ChangeExemptions { exemptions } => Proposal::ChangeExemptions { exemptions },
        ProposalInput::PutOnHold => Proposal::PutOnHold,
        ProposalInput::EndEarly { on } => Proposal::EndEarly { on },
    })
}

/// Asks for a change (a participant's applicant) or records one (the secretariat). The
/// values before and after are computed from the trial as it stands; the rules refuse
/// what they must (an extension beyond the limit: `extension_beyond_limit` with the
/// limit). A minor change is recorded at once, as is the secretariat's own record; a
/// major one waits for the secretariat's decision.
pub async fn submit(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    input: ChangeInput,
) -> Result<ChangeRequest, Error> {
    let access = requester(app, actor, trial_id).await?;
    if let Some(seen) = input.seen_version
        && seen != access.state.version
    {
        return Err(Error::EditConflict {
            current: access.state.version,
        });
    }
    if input.record_now && !access.rights.manage {
        return Err(Error::Forbidden);
    }
    let facts = facts(app, actor, &access).await?;
    let proposal = proposal_of(app, &facts, input.proposal).await?;
    let (next, version) = proposal
        .apply(&access.state, &input.reason, facts.today, facts.limit)
        .map_err(rule)?;
    let class = proposal.class(&access.state);
    if input.record_now {
        ChangeDecision {
            approve: true,
            reason: String::new(),
            screened_no_conflict: input.screened_no_conflict,
            screening_note: input.screening_note.clone(),
        }
        .check(&proposal)
        .map_err(rule)?;
    }
    let apply_now = class == ChangeClass::Minor || input.record_now;
    let request = NewChangeRequest {
        trial_id,
        class,
        reason: version.reason.clone(),
        changes: version.changes.clone(),
        based_on_version: access.state.version,
        proposal,
    };
    let apply = apply_now.then_some(ApplyChange {
        expected_version: access.state.version,
        state: &next,
        version: &version,
    });
    let saved = app
        .store
        .submit_change_request(&request, apply, actor.journal(None))
        .await?;
    if saved.status.is_open() {
        tell(app, actor, &access, &saved, Told::Submitted).await;
    }
    Ok(saved)
}

/// A change request with what the actor may do on it.
#[derive(Debug, Clone)]
pub struct ChangeView {
    pub access: TrialAccess,
    pub request: ChangeRequest,
    pub facts: ChangeFacts,
    pub may_decide: bool,
    pub may_withdraw: bool,
}

/// One change request: an approved one is public (it is the trial's history); the others
/// are read by those who read the trial whole.
pub async fn view(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    change_id: i64,
) -> Result<ChangeView, Error> {
    let access = access(app, actor, trial_id, TrialAction::Read).await?;
    let request = app
        .store
        .change_request(change_id)
        .await?
        .filter(|r| r.trial_id == trial_id)
        .ok_or(Error::NotFound)?;
    if request.status != RequestStatus::Approved && !access.rights.read_internal {
        crate::trials::access(app, actor, trial_id, TrialAction::ReadInternal).await?;
    }
    let facts = facts(app, actor, &access).await?;
    let open = request.status.is_open();
    Ok(ChangeView {
        may_decide: open && access.rights.manage,
        may_withdraw: open && access.rights.report,
        access,
        request,
        facts,
    })
}

/// A trial's change requests: all of them for those who read the trial whole, the
/// approved ones for everyone else.
pub async fn list(app: &App, actor: &Actor, trial_id: i64) -> Result<Vec<ChangeRequest>, Error> {
    let access = access(app, actor, trial_id, TrialAction::Read).await?;
    let status = (!access.rights.read_internal).then_some(RequestStatus::Approved);
    Ok(app.store.change_requests(trial_id, status).await?)
}

/// A request that is no longer open: the stored one's status.
async fn not_open(app: &App, change_id: i64) -> Error {
    match app.store.change_request(change_id).await {
        Ok(Some(r)) => Error::rule(ChangeError::NotOpen(r.status)),
        Ok(None) => Error::NotFound,
        Err(e) => e.into(),
    }
}

fn decided(err: StoreError) -> Option<StoreError> {
    match err {
        StoreError::AlreadyDecided => None,
        e => Some(e),
    }
}

/// Decides a submitted request (the secretariat): an approval applies it to the trial as it
/// stands now (checked again, against the limit too) and a change of exemptions needs the
/// screening confirmed; a rejection gives its reasons. Of two deciders one wins; the other
/// gets 409 `change_not_open`. The trial's people are told.
pub async fn decide(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    change_id: i64,
    decision: ChangeDecision,
) -> Result<ChangeRequest, Error> {
    let view = view(app, actor, trial_id, change_id).await?;
    if !view.access.rights.manage {
        return Err(Error::Forbidden);
    }
    if !view.request.status.is_open() {
        return Err(Error::rule(ChangeError::NotOpen(view.request.status)));
    }
    let screening = decision.check(&view.request.proposal).map_err(rule)?;
    let state = &view.access.state;
    let reason = decision.reason.trim();
    let result = if decision.approve {
        // The request's own reason explains the version; the decision's is kept beside it.
        let (next, version) = view
            .request
            .proposal
            .apply(
                state,
                &view.request.reason,
                view.facts.today,
                view.facts.limit,
            )
            .map_err(rule)?;
        app.store
            .decide_change_request(
                change_id,
                ChangeOutcome::Approve {
                    apply: ApplyChange {
                        expected_version: state.version,
                        state: &next,
                        version: &version,
                    },
                    screening,
                    reason,
                },
                actor.journal(None),
            )
            .await
    } else {
        app.store
            .decide_change_request(
                change_id,
                ChangeOutcome::Reject { reason },
                actor.journal(None),
            )
            .await
    };
    match result.map_err(decided) {
        Ok(request) => {
            let told = Told::Decided {
                approved: decision.approve,
            };
            tell(app, actor, &view.access, &request, told).await;
            Ok(request)
        }
        Err(None) => Err(not_open(app, change_id).await),
        Err(Some(e)) => Err(e.into()),
    }
}

/// Withdraws a request before it is decided (a participant's applicant).
pub async fn withdraw(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    change_id: i64,
) -> Result<ChangeRequest, Error> {
    let view = view(app, actor, trial_id, change_id).await?;
    if !view.access.rights.report {
        return Err(Error::Forbidden);
    }
    match app
        .store
        .decide_change_request(change_id, ChangeOutcome::Withdraw, actor.journal(None))
        .await
        .map_err(decided)
    {
        Ok(request) => Ok(request),
        Err(None) => Err(not_open(app, change_id).await),
        Err(Some(e)) => Err(e.into()),
    }
}

/// A trial whose legal basis needs attention, for the secretariat's dashboard.
#[derive(Debug, Clone)]
pub struct ClockAlert {
    pub trial_id: i64,
    pub case_number: String,
    pub title: String,
    pub warnings: Vec<ClockWarning>,
}

/// The legal-basis clock's warnings over every trial not yet ended (the secretariat),
/// leaving out the planned trials that never started.
pub async fn clock_alerts(app: &App, actor: &Actor) -> Result<Vec<ClockAlert>, Error> {
    let mut alerts = Vec::new();
    for trial_id in app
        .store
        .trials_in_status(&[
            TrialStatus::Planned,
            TrialStatus::Running,
            TrialStatus::Suspended,
        ])
        .await?
    {
        let access = access(app, actor, trial_id, TrialAction::Manage).await?;
        let facts = facts(app, actor, &access).await?;
        // A planned trial whose whole period is over never started: its exemptions were
        // never used, so no legal basis runs out. The dashboard lists it apart, to be
        // stopped or to have its regulations recorded.
        if access.state.status == TrialStatus::Planned && access.state.planned_end < facts.today {
            continue;
        }
        let warnings = clock_warnings(
            &access.state,
            facts.today,
            facts.evaluation_due,
            facts.limit.map(|l| l.latest_end),
        );
        if !warnings.is_empty() {
            alerts.push(ClockAlert {
                trial_id,
                case_number: access.trial.case_number.clone(),
                title: access.trial.title.clone(),
                warnings,
            });
        }
    }
    Ok(alerts)
}

/// Who hears of a change request.
#[derive(Debug, Clone, Copy)]
enum Told {
    /// A major change waits: the secretariat.
    Submitted,
    /// Approved or rejected: the participants' applicants and the trial's researchers.
    Decided { approved: bool },
}

/// Tells the people concerned through the outbox, each in their language. The change is
/// stored before anyone is told, and a failure to tell is logged, never undoes it.
async fn tell(app: &App, actor: &Actor, access: &TrialAccess, request: &ChangeRequest, told: Told) {
    let people = async {
        Ok::<_, Error>(match told {
            Told::Submitted => {
                app.store
                    .users_in_role(frirum_domain::authz::SECRETARIAT)
                    .await?
            }
            Told::Decided { .. } => {
                let ids: Vec<i64> = access.state.participants.iter().map(|p| p.id).collect();
                let mut people = app.store.applicants_of(&ids).await?;
                for id in &access.researcher_ids {
                    people.extend(app.store.user(*id).await?);
                }
                people
            }
        })
    }
    .await;
    let (kind, title_id, body_id) = match told {
        Told::Submitted => (
            NotificationKind::ChangeSubmitted,
            "change-notify-submitted-title",
            "change-notify-submitted-body",
        ),
        Told::Decided { approved: true } => (
            NotificationKind::ChangeDecided,
            "change-notify-approved-title",
            "change-notify-approved-body",
        ),
        Told::Decided { approved: false } => (
            NotificationKind::ChangeDecided,
            "change-notify-rejected-title",
            "change-notify-rejected-body",
        ),
    };
    let args = |lang: Language| {
        let what = app
            .i18n
            .t(lang, &format!("change-kind-{}", request.kind.as_str()));
        vec![
            ("case", access.trial.case_number.clone().into()),
            ("title", access.trial.title.clone().into()),
            ("change", what.into()),
            ("reason", request.decision_reason.clone().into()),
        ]
    };
    let message = Message {
        kind,
        scheme_id: access.trial.scheme_id,
        application_id: Some(access.trial.application_id),
        link: format!("/trials/{}/changes/{}", access.trial.id, request.id),
        title_id,
        body_id,
        args: &args,
    };
    // Nobody is told of their own step.
    let except = actor.user.as_ref().map(|u| u.id);
    send_message(app, actor.now, &message, people, except).await;
}
