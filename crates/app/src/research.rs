//! Research teams: the secretariat's research organisations and who belongs to them, the
//! assignments of researchers to a theme or a whole scheme (a trial's own assignments are
//! `trials::assign_researcher`), and what a researcher follows, for their dashboard.
//!
//! [`scheme_researchers`] is the one place the other research areas ask who is assigned to
//! a whole scheme, to put to `authz::scheme_research`. Assigning tells the researcher
//! (`NotificationKind::ResearcherAssigned`). Only accounts that may follow trials
//! (`authz::may_follow_trials`) are assigned or put in an organisation (422
//! `not_a_researcher`).

use frirum_domain::Language;
use frirum_domain::User;
use frirum_domain::authz::{self, Action, SchemeResearchAction};
use frirum_domain::notification::NotificationKind;
use frirum_domain::research::{
    AssignmentScope, AssignmentTarget, NewResearchOrganisation, ResearchAssignment, ResearchError,
    ResearchOrganisation, ResearchOrganisationRef, Researcher,
};
use frirum_domain::scheme::{Scheme, Theme};

use crate::notifications::{Message, send_message};
use crate::{Actor, App, Error};

/// The ids of the researchers assigned to a whole scheme (its joint evaluation): what
/// `authz::scheme_research` decides on.
pub async fn scheme_researchers(app: &App, scheme_id: i64) -> Result<Vec<i64>, Error> {
    Ok(app
        .store
        .scheme_researchers(scheme_id)
        .await?
        .into_iter()
        .map(|a| a.user_id)
        .collect())
}

/// One research organisation with its researchers.
#[derive(Debug, Clone)]
pub struct Team {
    pub organisation: ResearchOrganisation,
    pub members: Vec<Researcher>,
}

/// The secretariat's research teams page: every organisation with its researchers, and
/// the researchers who belong to none.
#[derive(Debug, Clone)]
pub struct Teams {
    pub teams: Vec<Team>,
    pub unaffiliated: Vec<Researcher>,
    /// Every researcher, to choose from when putting one into an organisation.
    pub researchers: Vec<Researcher>,
}

/// The research organisations with their researchers (the secretariat).
pub async fn teams(app: &App, actor: &Actor) -> Result<Teams, Error> {
    actor.authorize(Action::ManageSchemes)?;
    let organisations = app.store.research_organisations().await?;
    let researchers = app.store.researchers().await?;
    let teams = organisations
        .into_iter()
        .map(|organisation| Team {
            members: researchers
                .iter()
                .filter(|r| {
                    r.organisation
                        .as_ref()
                        .is_some_and(|o| o.id == organisation.id)
                })
                .cloned()
                .collect(),
            organisation,
        })
        .collect();
    let unaffiliated = researchers
        .iter()
        .filter(|r| r.organisation.is_none())
        .cloned()
        .collect();
    Ok(Teams {
        teams,
        unaffiliated,
        researchers,
    })
}

/// Adds a research organisation (the secretariat).
pub async fn create_organisation(
    app: &App,
    actor: &Actor,
    organisation: NewResearchOrganisation,
) -> Result<ResearchOrganisation, Error> {
    actor.authorize(Action::ManageSchemes)?;
    let organisation = organisation.validate().map_err(refused)?;
    app.store
        .create_research_organisation(&organisation, actor.now)
        .await?
        .map_err(refused)
}

/// A refusal of this area: a field's as a field's, so that forms show it beside it.
fn refused(err: ResearchError) -> Error {
    match err {
        ResearchError::Field(e) => Error::Field(e),
        other => Error::rule(other),
    }
}

/// Puts a researcher into a research organisation, or takes them out of any (`None`): the
/// secretariat. A researcher belongs to one organisation at most, so this moves them.
pub async fn set_membership(
    app: &App,
    actor: &Actor,
    user_id: i64,
    organisation_id: Option<i64>,
) -> Result<Researcher, Error> {
    actor.authorize(Action::ManageSchemes)?;
    researcher_account(app, user_id).await?;
    if let Some(id) = organisation_id {
        app.store
            .research_organisation(id)
            .await?
            .ok_or_else(|| Error::field("organisation_id", "no such research organisation"))?;
    }
    app.store
        .set_research_membership(user_id, organisation_id, actor.now)
        .await?;
    app.store
        .researchers()
        .await?
        .into_iter()
        .find(|r| r.user_id == user_id)
        .ok_or(Error::NotFound)
}

/// The account to assign, which must be a researcher's (422 `not_a_researcher`); an
/// unknown account is refused by its field.
pub(crate) async fn researcher_account(app: &App, user_id: i64) -> Result<User, Error> {
    let user = app
        .store
        .user(user_id)
        .await?
        .ok_or_else(|| Error::field("user_id", "no such account"))?;
    if !authz::may_follow_trials(user.role) {
        return Err(Error::rule(ResearchError::NotAResearcher));
    }
    Ok(user)
}

/// A scheme's research section: the researchers assigned within it (to the scheme, its
/// themes and its trials) and, for the secretariat, what to assign.
#[derive(Debug, Clone)]
pub struct SchemeResearch {
    pub scheme: Scheme,
    pub themes: Vec<Theme>,
    pub assignments: Vec<ResearchAssignment>,
    /// Whether the actor assigns and unassigns (the secretariat).
    pub may_manage: bool,
    /// The researchers to choose from (only for those who manage).
    pub researchers: Vec<Researcher>,
}

impl SchemeResearch {
    /// The assignments to the whole scheme.
    pub fn whole_scheme(&self) -> Vec<&ResearchAssignment> {
        self.of_scope(AssignmentScope::Scheme, None)
    }

    /// The assignments to one theme.
    pub fn of_theme(&self, theme_id: &i64) -> Vec<&ResearchAssignment> {
        self.of_scope(AssignmentScope::Theme, Some(*theme_id))
    }

    /// The assignments to single trials of the scheme.
    pub fn of_trials(&self) -> Vec<&ResearchAssignment> {
        self.of_scope(AssignmentScope::Trial, None)
    }

    /// The assignments to single trials, one entry per researcher with their trials in
    /// the order they come: a researcher on eleven trials is named once.
    pub fn trials_by_researcher(&self) -> Vec<(&ResearchAssignment, Vec<&ResearchAssignment>)> {
        let mut rows: Vec<(&ResearchAssignment, Vec<&ResearchAssignment>)> = Vec::new();
        for a in self.of_trials() {
            match rows
                .iter_mut()
                .find(|(first, _)| first.user_id == a.user_id)
            {
                Some((_, trials)) => trials.push(a),
                None => rows.push((a, vec![a])),
            }
        }
        rows
    }

    fn of_scope(&self, scope: AssignmentScope, id: Option<i64>) -> Vec<&ResearchAssignment> {
        self.assignments
            .iter()
            .filter(|a| a.scope == scope && id.is_none_or(|id| a.scope_id == id))
            .collect()
    }
}

/// Who does research within a scheme: public, as a scheme's research teams are named in
/// its evaluations; the secretariat also gets the researchers to assign.
pub async fn scheme_research(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
) -> Result<SchemeResearch, Error> {
    let scheme = crate::schemes::scheme_for(app, actor, scheme_id).await?;
    let themes = app.store.themes(scheme_id).await?;
    let assignments = app.store.scheme_research_assignments(scheme_id).await?;
    let may_manage =
        authz::scheme_research(actor.viewer(), &[], SchemeResearchAction::Manage).is_ok();
    let researchers = if may_manage {
        app.store.researchers().await?
    } else {
        Vec::new()
    };
    Ok(SchemeResearch {
        scheme,
        themes,
        assignments,
        may_manage,
        researchers,
    })
}

/// What a scheme-level assignment is to: the whole scheme or one of its themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemeScope {
    Scheme,
    Theme(i64),
}

/// Checks a scheme-level assignment: the secretariat only, the theme one of the scheme's.
async fn scheme_target(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    scope: SchemeScope,
) -> Result<(Scheme, AssignmentTarget, String), Error> {
    let scheme = crate::schemes::scheme_for(app, actor, scheme_id).await?;
    authz::scheme_research(actor.viewer(), &[], SchemeResearchAction::Manage)?;
    Ok(match scope {
        SchemeScope::Scheme => {
            let title = scheme.title.clone();
            (scheme, AssignmentTarget::Scheme(scheme_id), title)
        }
        SchemeScope::Theme(theme_id) => {
            let theme = app
                .store
                .themes(scheme_id)
                .await?
                .into_iter()
                .find(|t| t.id == theme_id)
                .ok_or_else(|| refused(ResearchError::ThemeNotInScheme))?;
            (scheme, AssignmentTarget::Theme(theme_id), theme.title)
        }
    })
}

/// Assigns a researcher to a whole scheme or to one of its themes (the secretariat), and
/// tells them. Returns false when they were assigned to it already.
pub async fn assign(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    user_id: i64,
    scope: SchemeScope,
) -> Result<bool, Error> {
    let (scheme, target, name) = scheme_target(app, actor, scheme_id, scope).await?;
    let user = researcher_account(app, user_id).await?;
    let assigned = app
        .store
        .assign_research(user_id, target, actor.journal(None))
        .await?;
    if assigned {
        let link = format!("/schemes/{scheme_id}#research");
        tell_assigned(app, actor, user, target, &name, &scheme, None, link).await;
    }
    Ok(assigned)
}

/// Ends a researcher's assignment to a scheme or one of its themes (the secretariat).
pub async fn unassign(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    user_id: i64,
    scope: SchemeScope,
) -> Result<(), Error> {
    let (_, target, _) = scheme_target(app, actor, scheme_id, scope).await?;
    app.store
        .unassign_research(user_id, target, actor.journal(None))
        .await?;
    Ok(())
}

/// Tells a researcher what they were assigned to.
#[expect(
    clippy::too_many_arguments,
    reason = "what the message names, each from a different place"
)]
pub(crate) async fn tell_assigned(
    app: &App,
    actor: &Actor,
    user: User,
    target: AssignmentTarget,
    name: &str,
    scheme: &Scheme,
    application_id: Option<i64>,
    link: String,
) {
    let body_id = match target.scope() {
        AssignmentScope::Trial => "research-notify-assigned-trial-body",
        AssignmentScope::Theme => "research-notify-assigned-theme-body",
        AssignmentScope::Scheme => "research-notify-assigned-scheme-body",
    };
    let name = name.to_owned();
    let scheme_title = scheme.title.clone();
    let args = move |_: Language| {
        vec![
            ("name", name.clone().into()),
            ("scheme", scheme_title.clone().into()),
        ]
    };
    let message = Message {
        kind: NotificationKind::ResearcherAssigned,
        scheme_id: scheme.id,
        application_id,
        link,
        title_id: "research-notify-assigned-title",
        body_id,
        args: &args,
    };
    let except = actor.user.as_ref().map(|u| u.id);
    send_message(app, actor.now, &message, Ok(vec![user]), except).await;
}

/// One scheme as a researcher follows it: the whole scheme, some of its themes, some of
/// its trials.
#[derive(Debug, Clone)]
pub struct FollowedScheme {
    pub scheme_id: i64,
    pub scheme_title: String,
    /// Assigned to the whole scheme (the joint evaluation).
    pub whole: bool,
    /// The themes assigned, by id and title.
    pub themes: Vec<(i64, String)>,
    /// The trials assigned one by one, by id and title.
    pub trials: Vec<(i64, String)>,
}

/// What a researcher does research on: their organisation and their assignments, by scheme.
#[derive(Debug, Clone, Default)]
pub struct MyResearch {
    pub organisation: Option<ResearchOrganisationRef>,
    pub schemes: Vec<FollowedScheme>,
}

/// The signed-in researcher's organisation and assignments, grouped by scheme (nothing for
/// anyone else).
pub async fn mine(app: &App, actor: &Actor) -> Result<MyResearch, Error> {
    let Some(user) = actor.user.as_ref() else {
        return Err(Error::Unauthenticated);
    };
    if !authz::may_follow_trials(user.role) {
        return Ok(MyResearch::default());
    }
    let organisation = app
        .store
        .researchers()
        .await?
        .into_iter()
        .find(|r| r.user_id == user.id)
        .and_then(|r| r.organisation);
    let mut schemes: Vec<FollowedScheme> = Vec::new();
    for a in app.store.researcher_assignments(user.id).await? {
        let at = match schemes.iter().position(|s| s.scheme_id == a.scheme_id) {
            Some(at) => at,
            None => {
                schemes.push(FollowedScheme {
                    scheme_id: a.scheme_id,
                    scheme_title: a.scheme_title.clone(),
                    whole: false,
                    themes: Vec::new(),
                    trials: Vec::new(),
                });
                schemes.len() - 1
            }
        };
        let group = &mut schemes[at];
        match a.scope {
            AssignmentScope::Scheme => group.whole = true,
            AssignmentScope::Theme => group.themes.push((a.scope_id, a.scope_name)),
            AssignmentScope::Trial => group.trials.push((a.scope_id, a.scope_name)),
        }
    }
    Ok(MyResearch {
        organisation,
        schemes,
    })
}

/// The research organisations, by country and name (the secretariat, for the API).
pub async fn organisations(app: &App, actor: &Actor) -> Result<Vec<ResearchOrganisation>, Error> {
    actor.authorize(Action::ManageSchemes)?;
    Ok(app.store.research_organisations().await?)
}

/// Every researcher with their organisation (the secretariat, for the API).
pub async fn researchers(app: &App, actor: &Actor) -> Result<Vec<Researcher>, Error> {
    actor.authorize(Action::ManageSchemes)?;
    Ok(app.store.researchers().await?)
}
