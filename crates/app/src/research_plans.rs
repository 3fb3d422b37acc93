//! Research plans as people use them: the researchers assigned to a trial (or to a whole
//! scheme, for a joint plan) write a draft, register it — which freezes it as version 1 —
//! and afterwards change it only by amendments with a reason; everybody reads registered
//! plans and compares any two versions; the secretariat and the assigned researchers also
//! read drafts. Registering and amending tell the secretariat and the trials' applicants.
//!
//! The rules (what a plan holds, which step is allowed when, the embargo) are
//! `domain::research_plan`'s; who may is `domain::authz`'s (`TrialAction::Research`,
//! `SchemeResearchAction::Research`). A form carries the plan's version, so that of two
//! researchers saving at once the second gets a conflict instead of overwriting.

use frirum_domain::Language;
use frirum_domain::authz::{self, Denied, SchemeResearchAction, TrialAction, TrialFacts};
use frirum_domain::decision::Trial;
use frirum_domain::notification::NotificationKind;
use frirum_domain::research_plan::{
    PlanContent, PlanError, PlanField, PlanOwner, PlanStatus, PlanStep, PlanVersion, ResearchPlan,
    changed_fields, embargo_in_the_past, embargo_lifted,
};
use frirum_domain::scheme::Scheme;
use frirum_domain::trial::{TrialFilter, today_in};
use frirum_domain::{PageRequest, User};

use crate::notifications::{Message, send_message};
use crate::trials::{TrialAccess, access};
use crate::{Actor, App, Error};

/// Where a plan belongs and what the actor may do there.
#[derive(Debug, Clone)]
pub struct PlanPlace {
    pub owner: PlanOwner,
    pub scheme: Scheme,
    /// The trial, for a trial's plan.
    pub trial: Option<Trial>,
    /// The trial's indicators a plan may name (id and title), in the trial's order.
    pub indicators: Vec<(i64, String)>,
    /// Whether the actor writes plans here: an assigned researcher.
    pub may_write: bool,
    /// Whether the actor reads drafts here: the secretariat and the assigned researchers.
    pub may_read_drafts: bool,
}

impl PlanPlace {
    /// The path of the plans' pages here.
    pub fn base_path(&self) -> String {
        match self.owner {
            PlanOwner::Trial(id) => format!("/trials/{id}/plans"),
            PlanOwner::Scheme(id) => format!("/schemes/{id}/plans"),
        }
    }

    /// The trial's title, or the scheme's.
    pub fn name(&self) -> &str {
        self.trial
            .as_ref()
            .map_or(self.scheme.title.as_str(), |t| t.title.as_str())
    }

    /// Where the plans' trial or scheme is shown: the way back from a plan.
    pub fn back_path(&self) -> String {
        match self.owner {
            PlanOwner::Trial(id) => format!("/trials/{id}#plans"),
            PlanOwner::Scheme(id) => format!("/schemes/{id}/plans"),
        }
    }

    /// The trial's case number and title, or the scheme's title.
    pub fn full_name(&self) -> String {
        match &self.trial {
            Some(t) => format!("{} {}", t.case_number, t.title),
            None => self.scheme.title.clone(),
        }
    }

    /// The title of an indicator the plan names (its id when it is gone).
    pub fn indicator_title(&self, id: &i64) -> String {
        let id = *id;
        self.indicators
            .iter()
            .find(|(i, _)| *i == id)
            .map_or_else(|| format!("#{id}"), |(_, t)| t.clone())
    }

    fn indicator_ids(&self) -> Option<Vec<i64>> {
        self.trial
            .as_ref()
            .map(|_| self.indicators.iter().map(|(id, _)| *id).collect())
    }

    /// Refuses an embargo date set or changed to a day before today in the scheme's
    /// country; `before` (the plan's date as it stands) stays as history.
    fn check_embargo(
        &self,
        actor: &Actor,
        content: &PlanContent,
        before: Option<time::Date>,
    ) -> Result<(), Error> {
        let today = today_in(self.scheme.country, actor.now);
        if embargo_in_the_past(content.embargo_until, before, today) {
            return Err(refused(PlanError::EmbargoInThePast { today }));
        }
        Ok(())
    }

    fn refuse_writing(&self, actor: &Actor) -> Result<(), Error> {
        if self.may_write {
            Ok(())
        } else if actor.user.is_none() {
            Err(Error::Unauthenticated)
        } else {
            Err(Error::Forbidden)
        }
    }
}

/// Loads where a plan belongs with the actor's rights: a trial anybody may read (through
/// the trials' one door), or a scheme the actor may see.
pub async fn place(app: &App, actor: &Actor, owner: PlanOwner) -> Result<PlanPlace, Error> {
    let viewer = actor.viewer();
    match owner {
        PlanOwner::Trial(trial_id) => {
            let access = access(app, actor, trial_id, TrialAction::Read).await?;
            trial_place(app, actor, access).await
        }
        PlanOwner::Scheme(scheme_id) => {
            let scheme = crate::schemes::scheme_for(app, actor, scheme_id).await?;
            let researcher_ids = crate::research::scheme_researchers(app, scheme_id).await?;
            let may = |action| authz::scheme_research(viewer, &researcher_ids, action).is_ok();
            Ok(PlanPlace {
                owner,
                scheme,
                trial: None,
                indicators: Vec::new(),
                may_write: may(SchemeResearchAction::Research),
                may_read_drafts: may(SchemeResearchAction::ReadInternal),
            })
        }
    }
}

/// A trial's plans' place from the trial's access, read once by the trial page.
async fn trial_place(app: &App, actor: &Actor, access: TrialAccess) -> Result<PlanPlace, Error> {
    let viewer = actor.viewer();
    let trial_id = access.trial.id;
    let (participant_ids, researcher_ids) = access.facts();
    let facts = TrialFacts {
        participant_ids: &participant_ids,
        researcher_ids,
    };
    let may = |action| authz::trial(viewer, &facts, action).is_ok();
    let may_write = may(TrialAction::Research);
    // Drafts are the researchers' and the secretariat's: the trial's reviewers.
    let may_read_drafts = may(TrialAction::Review);
    let scheme = app
        .store
        .scheme(access.trial.scheme_id)
        .await?
        .ok_or(Error::NotFound)?;
    let indicators = app
        .store
        .trial_indicators(trial_id)
        .await?
        .into_iter()
        .map(|i| (i.indicator.id, i.indicator.definition.title))
        .collect();
    Ok(PlanPlace {
        owner: PlanOwner::Trial(trial_id),
        scheme,
        trial: Some(access.trial),
        indicators,
        may_write,
        may_read_drafts,
    })
}

/// The research plans section of a trial page.
pub async fn for_trial(app: &App, actor: &Actor, access: &TrialAccess) -> Result<PlanList, Error> {
    let place = trial_place(app, actor, access.clone()).await?;
    listed(app, place).await
}

/// The plans of a trial or the joint plans of a scheme, as the actor may see them.
#[derive(Debug, Clone)]
pub struct PlanList {
    pub place: PlanPlace,
    pub plans: Vec<ResearchPlan>,
}

/// The plans of a trial or scheme: the registered ones for everybody, drafts too for the
/// secretariat and the assigned researchers.
pub async fn plans_of(app: &App, actor: &Actor, owner: PlanOwner) -> Result<PlanList, Error> {
    listed(app, place(app, actor, owner).await?).await
}

async fn listed(app: &App, place: PlanPlace) -> Result<PlanList, Error> {
    let mut plans = app.store.research_plans_of(place.owner).await?;
    if !place.may_read_drafts {
        plans.retain(|p| p.status == PlanStatus::Registered);
    }
    Ok(PlanList { place, plans })
}

/// One plan with its registered versions.
#[derive(Debug, Clone)]
pub struct PlanView {
    pub place: PlanPlace,
    pub plan: ResearchPlan,
    /// Version 1 first.
    pub versions: Vec<PlanVersion>,
}

impl PlanView {
    /// Whether results under the plan may be published today in the scheme's country.
    pub fn results_public(&self, actor: &Actor) -> bool {
        embargo_lifted(
            self.plan.content.embargo_until,
            today_in(self.place.scheme.country, actor.now),
        )
    }

    /// Two versions side by side with the fields that changed: the ones asked for, else
    /// the latest against the one before. `None` while fewer than two exist or when a
    /// number asked for is not a version.
    pub fn compare(&self, a: Option<i64>, b: Option<i64>) -> Option<Comparison> {
        let latest = self.versions.last()?.number;
        let newer = b.unwrap_or(latest);
        let older = a.unwrap_or(newer - 1);
        let find = |n: i64| self.versions.iter().find(|v| v.number == n).cloned();
        let (older, newer) = (find(older)?, find(newer)?);
        Some(Comparison {
            changed: changed_fields(&older.content, &newer.content),
            older,
            newer,
        })
    }
}

/// Two versions of a plan and the fields in which they differ.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub older: PlanVersion,
    pub newer: PlanVersion,
    pub changed: Vec<PlanField>,
}

/// A plan for its page: a registered plan for everybody who may read its trial or
/// scheme; a draft only for the secretariat and the assigned researchers. `owner`, when
/// given (the pages' paths), must be the plan's.
pub async fn plan(
    app: &App,
    actor: &Actor,
    owner: Option<PlanOwner>,
    plan_id: i64,
) -> Result<PlanView, Error> {
    let plan = app
        .store
        .research_plan(plan_id)
        .await?
        .ok_or(Error::NotFound)?;
    if owner.is_some_and(|o| o != plan.owner) {
        return Err(Error::NotFound);
    }
    let place = place(app, actor, plan.owner).await?;
    if plan.status == PlanStatus::Draft && !place.may_read_drafts {
        return Err(if actor.user.is_none() {
            Denied::NotSignedIn
        } else {
            Denied::Forbidden
        }
        .into());
    }
    let versions = app.store.research_plan_versions(plan_id).await?;
    Ok(PlanView {
        place,
        plan,
        versions,
    })
}

/// Starts a plan as a draft: an assigned researcher of the trial, or of the whole scheme
/// for a joint plan.
pub async fn create(
    app: &App,
    actor: &Actor,
    owner: PlanOwner,
    content: PlanContent,
) -> Result<ResearchPlan, Error> {
    let place = place(app, actor, owner).await?;
    place.refuse_writing(actor)?;
    place.check_embargo(actor, &content, None)?;
    let content = content
        .validate(place.indicator_ids().as_deref())
        .map_err(refused)?;
    Ok(app
        .store
        .create_research_plan(owner, &content, actor.journal(None))
        .await?)
}

/// Loads a plan for writing: the assigned researchers only.
async fn for_writing(
    app: &App,
    actor: &Actor,
    owner: Option<PlanOwner>,
    plan_id: i64,
) -> Result<PlanView, Error> {
    let view = plan(app, actor, owner, plan_id).await?;
    view.place.refuse_writing(actor)?;
    Ok(view)
}

/// Rewrites a draft against the version the writer saw. A registered plan is refused (409
/// `plan_registered`): it changes only by an amendment.
pub async fn save_draft(
    app: &App,
    actor: &Actor,
    owner: Option<PlanOwner>,
    plan_id: i64,
    seen_version: i64,
    content: PlanContent,
) -> Result<ResearchPlan, Error> {
    let view = for_writing(app, actor, owner, plan_id).await?;
    view.place
        .check_embargo(actor, &content, view.plan.content.embargo_until)?;
    let content = content
        .validate(view.place.indicator_ids().as_deref())
        .map_err(refused)?;
    app.store
        .write_research_plan(
            plan_id,
            seen_version,
            &content,
            PlanStep::SaveDraft,
            actor.journal(None),
        )
        .await?
        .map_err(refused)
}

/// Registers a draft as it stands, freezing it as version 1 with this moment; confirmed
/// first, since it cannot be undone. Tells the secretariat and the applicants.
pub async fn register(
    app: &App,
    actor: &Actor,
    owner: Option<PlanOwner>,
    plan_id: i64,
    seen_version: i64,
    confirmed: bool,
) -> Result<ResearchPlan, Error> {
    let view = for_writing(app, actor, owner, plan_id).await?;
    if view.plan.status == PlanStatus::Draft && !confirmed {
        return Err(refused(PlanError::RegisterUnconfirmed));
    }
    // The draft is checked again: the trial's indicators may have changed since it was saved.
    let content = view
        .plan
        .content
        .clone()
        .validate(view.place.indicator_ids().as_deref())
        .map_err(refused)?;
    let plan = app
        .store
        .write_research_plan(
            plan_id,
            seen_version,
            &content,
            PlanStep::Register,
            actor.journal(None),
        )
        .await?
        .map_err(refused)?;
    tell(app, actor, &view.place, &plan, "").await;
    Ok(plan)
}

/// Amends a registered plan: a new version with its reason (422 `plan_reason_required`
/// without one), against the version the writer saw.
pub async fn amend(
    app: &App,
    actor: &Actor,
    owner: Option<PlanOwner>,
    plan_id: i64,
    seen_version: i64,
    content: PlanContent,
    reason: &str,
) -> Result<ResearchPlan, Error> {
    let view = for_writing(app, actor, owner, plan_id).await?;
    view.place
        .check_embargo(actor, &content, view.plan.content.embargo_until)?;
    let content = content
        .validate(view.place.indicator_ids().as_deref())
        .map_err(refused)?;
    let plan = app
        .store
        .write_research_plan(
            plan_id,
            seen_version,
            &content,
            PlanStep::Amend { reason },
            actor.journal(Some(reason)),
        )
        .await?
        .map_err(refused)?;
    tell(app, actor, &view.place, &plan, reason.trim()).await;
    Ok(plan)
}

/// A draft waiting for the researcher, as their dashboard lists it.
#[derive(Debug, Clone)]
pub struct DraftPlan {
    pub plan: ResearchPlan,
    /// The trial's case number and title, or the scheme's title.
    pub place_name: String,
    pub link: String,
}

/// The plans in draft that the actor writes (an assigned researcher), oldest first; none
/// for anybody else.
pub async fn drafts_of(app: &App, actor: &Actor) -> Result<Vec<DraftPlan>, Error> {
    if actor.user.is_none() {
        return Ok(Vec::new());
    }
    let mut drafts = Vec::new();
    for plan in app.store.research_plans_in_draft().await? {
        let place = match place(app, actor, plan.owner).await {
            Ok(place) => place,
            Err(Error::NotFound | Error::Forbidden | Error::Unauthenticated) => continue,
            Err(e) => return Err(e),
        };
        if !place.may_write {
            continue;
        }
        let place_name = match &place.trial {
            Some(t) => format!("{} {}", t.case_number, t.title),
            None => place.scheme.title.clone(),
        };
        drafts.push(DraftPlan {
            link: format!("{}/{}", place.base_path(), plan.id),
            place_name,
            plan,
        });
    }
    Ok(drafts)
}

/// A refusal of the plans' rules: a refused field as the forms' field errors are, any
/// other rule with its code.
fn refused(err: PlanError) -> Error {
    match err {
        PlanError::Field(field) => Error::Field(field),
        other => Error::rule(other),
    }
}

/// Tells the secretariat and the applicants of the trial's participants (of every trial of
/// the scheme, for a joint plan) that a plan was registered or amended. The plan is stored
/// before anyone is told, and a failure to tell is logged, never undoes it.
async fn tell(app: &App, actor: &Actor, place: &PlanPlace, plan: &ResearchPlan, reason: &str) {
    let people = async {
        let mut people: Vec<User> = app.store.users_in_role(authz::SECRETARIAT).await?;
        let participant_ids: Vec<i64> = match &place.trial {
            Some(_) => {
                let access = access(
                    app,
                    actor,
                    plan.trial_id().unwrap_or_default(),
                    TrialAction::Read,
                )
                .await?;
                access.state.participants.iter().map(|p| p.id).collect()
            }
            None => app
                .store
                .list_trials(
                    &TrialFilter {
                        scheme_id: Some(place.scheme.id),
                        ..TrialFilter::default()
                    },
                    PageRequest {
                        page: 1,
                        per_page: 200,
                    },
                )
                .await?
                .items
                .into_iter()
                .flat_map(|t| t.participants.into_iter().map(|p| p.id))
                .collect(),
        };
        people.extend(app.store.applicants_of(&participant_ids).await?);
        Ok::<_, Error>(people)
    }
    .await;
    let (title_id, body_id) = if plan.registered_version <= 1 {
        (
            "plan-notify-registered-title",
            "plan-notify-registered-body",
        )
    } else {
        ("plan-notify-amended-title", "plan-notify-amended-body")
    };
    let place_name = place.name().to_owned();
    let args = |_: Language| {
        vec![
            ("place", place_name.clone().into()),
            ("plan", plan.content.title.clone().into()),
            ("version", plan.registered_version.into()),
            ("reason", reason.to_owned().into()),
        ]
    };
    let message = Message {
        kind: NotificationKind::PlanRegistered,
        scheme_id: place.scheme.id,
        application_id: place.trial.as_ref().map(|t| t.application_id),
        link: format!("{}/{}", place.base_path(), plan.id),
        title_id,
        body_id,
        args: &args,
    };
    let except = actor.user.as_ref().map(|u| u.id);
    send_message(app, actor.now, &message, people, except).await;
}
