//! Case handling shared by the pages and the API: loading a scheme, round or application
//! with the visitor's rights checked, computing eligibility from the registry's figures,
//! and the steps of an application's life. Handlers parse and render; this module decides
//! in which order things happen.

use frirum_domain::application::{Application, ApplicationContent, ApplicationStatus};
use frirum_domain::authz::{self, Action, ApplicationAction, ApplicationFacts, Viewer};
use frirum_domain::eligibility::{self, Participant, Report};
use frirum_domain::journal::Actor;
use frirum_domain::organisation::OrganisationRef;
use frirum_domain::scheme::{Round, RoundPhase, Rules, Scheme, SchemeStatus};
use frirum_domain::text::{FieldError, Problem};
use frirum_domain::{Country, Organisation, Role};
use frirum_store::{NewApplication, Submission, Submitted};
use time::OffsetDateTime;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;

/// Who the visitor is, for the authorisation table.
pub fn viewer(ctx: &RequestContext) -> Viewer {
    Viewer {
        role: ctx.role(),
        organisation_id: ctx
            .user
            .as_ref()
            .and_then(|u| u.organisation.as_ref().map(|o| o.id)),
        user_id: ctx.user.as_ref().map(|u| u.id),
    }
}

/// The journal's actor for a change made now by the visitor.
pub fn actor<'a>(ctx: &RequestContext, reason: Option<&'a str>) -> Actor<'a> {
    Actor {
        user_id: ctx.user.as_ref().map(|u| u.id),
        reason: reason.map(str::trim).filter(|r| !r.is_empty()),
        at: OffsetDateTime::now_utc(),
    }
}

/// A scheme the visitor may see. Schemes hidden from the visitor are reported as missing to
/// the public, so that drafts do not leak by their numbers.
pub async fn scheme_for(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
) -> Result<Scheme, AppError> {
    let scheme = state.store.scheme(id).await?.ok_or(AppError::NotFound)?;
    authz::view_scheme(viewer(ctx), scheme.status)?;
    Ok(scheme)
}

/// A round and its scheme, if the visitor may see the scheme.
pub async fn round_for(
    state: &AppState,
    ctx: &RequestContext,
    round_id: i64,
) -> Result<(Round, Scheme), AppError> {
    let round = state
        .store
        .round(round_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let scheme = scheme_for(state, ctx, round.scheme_id).await?;
    Ok((round, scheme))
}

/// Whether the public may read the round's submitted applications at `now`.
pub fn published(scheme: &Scheme, round: &Round, now: OffsetDateTime) -> bool {
    scheme.publish_applications && matches!(round.phase(now), Ok(RoundPhase::Closed))
}

/// An application with its scheme and round.
pub struct Case {
    pub application: Application,
    pub scheme: Scheme,
    pub round: Round,
}

impl Case {
    /// The network members as the forms write them, `COUNTRY:CODE`.
    pub fn member_references(&self) -> Vec<String> {
        self.application
            .members
            .iter()
            .map(|m| format!("{}:{}", m.country, m.code))
            .collect()
    }

    /// `assessors` are the users assigned to assess it without a conflict of interest.
    pub fn facts<'a>(&self, members: &'a [i64], assessors: &'a [i64]) -> ApplicationFacts<'a> {
        ApplicationFacts {
            lead_organisation_id: self.application.lead.id,
            member_organisation_ids: members,
            status: self.application.status,
            published: published(&self.scheme, &self.round, OffsetDateTime::now_utc()),
            assessor_ids: assessors,
        }
    }
}

/// An application with its round and scheme, without any rights checked.
pub async fn case_of(state: &AppState, application: Application) -> Result<Case, AppError> {
    let round = state
        .store
        .round(application.round_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let scheme = state
        .store
        .scheme(application.scheme_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Case {
        application,
        scheme,
        round,
    })
}

/// Loads an application if the visitor may take the action on it.
pub async fn application_for(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    action: ApplicationAction,
) -> Result<Case, AppError> {
    let application = state
        .store
        .application(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let case = case_of(state, application).await?;
    let members: Vec<i64> = case.application.members.iter().map(|m| m.id).collect();
    // Only an assessor's access depends on the assignments, so only then are they read.
    let assessors = if ctx.role() == Some(Role::Assessor) {
        let assignments = state.store.assignments(id).await?;
        frirum_domain::assessment::reading_assessors(&assignments)
    } else {
        Vec::new()
    };
    authz::application(viewer(ctx), &case.facts(&members, &assessors), action)?;
    Ok(case)
}

/// Whether the visitor may edit the application (to show the buttons).
pub fn can_edit(ctx: &RequestContext, case: &Case) -> bool {
    let members: Vec<i64> = case.application.members.iter().map(|m| m.id).collect();
    authz::application(
        viewer(ctx),
        &case.facts(&members, &[]),
        ApplicationAction::Edit,
    )
    .is_ok()
}

async fn organisation(state: &AppState, org: &OrganisationRef) -> Result<Organisation, AppError> {
    state
        .store
        .organisation(org.country, &org.code)
        .await?
        .ok_or(AppError::NotFound)
}

fn participant(o: Organisation) -> Participant {
    Participant {
        id: o.id,
        country: o.country,
        code: o.code,
        name: o.name,
        kind: o.kind,
        population: o.population.as_ref().map(|p| p.population),
        population_date: o.population.as_ref().map(|p| p.reference_date),
        population_uncertain: o.population.as_ref().is_some_and(|p| p.uncertain),
    }
}

/// The eligibility of an application now, from the registry's current figures.
pub async fn eligibility(
    state: &AppState,
    case: &Case,
    rules: &Rules,
    now: OffsetDateTime,
) -> Result<Report, AppError> {
    let mut participants = Vec::new();
    for org in case.application.participants() {
        participants.push(participant(organisation(state, org).await?));
    }
    let themes = state.store.themes(case.scheme.id).await?;
    Ok(eligibility::evaluate(&eligibility::Input {
        rules,
        country: case.scheme.country,
        scheme_has_themes: !themes.is_empty(),
        round: &case.round,
        participants: &participants,
        content: &case.application.content,
        now,
    }))
}

/// The report to show: frozen at submission, or computed now for a draft.
pub async fn current_report(state: &AppState, case: &Case) -> Result<Report, AppError> {
    if let Some(frozen) = &case.application.eligibility
        && let Ok(report) = serde_json::from_value::<Report>(frozen.clone())
    {
        return Ok(report);
    }
    eligibility(state, case, &case.scheme.rules, OffsetDateTime::now_utc()).await
}

/// Resolves network members written as `751`, `dk:751` or a name in the scheme's country,
/// leaving out the lead and repeated entries. An unknown one is refused, naming its place.
pub async fn resolve_members(
    state: &AppState,
    country: Country,
    lead_id: i64,
    references: &[String],
) -> Result<Vec<i64>, AppError> {
    if references.len() > frirum_domain::application::MAX_MEMBERS {
        return Err(FieldError::new(
            "members",
            Problem::TooMany {
                max: frirum_domain::application::MAX_MEMBERS,
            },
        )
        .into());
    }
    let mut ids = Vec::new();
    for (i, reference) in references.iter().enumerate() {
        let reference = reference.trim();
        if reference.is_empty() {
            continue;
        }
        let unknown = || {
            AppError::from(FieldError::new(
                format!("members[{i}]"),
                Problem::UnknownOrganisation {
                    reference: reference.to_owned(),
                },
            ))
        };
        let (in_country, code) = match reference.split_once(':') {
            Some((c, code)) => (
                c.trim().parse::<Country>().map_err(|_| unknown())?,
                code.trim(),
            ),
            None => (country, reference),
        };
        let found = match state.store.organisation(in_country, code).await? {
            Some(o) => Some(o),
            None => {
                // A name: the registry search folds diacritics; take an exact match only.
                let filter = frirum_store::OrganisationFilter {
                    country: Some(in_country),
                    query: Some(code.to_owned()),
                    ..Default::default()
                };
                let page = state
                    .store
                    .list_organisations(&filter, frirum_domain::PageRequest::default())
                    .await?;
                let folded = frirum_domain::search::fold(code);
                page.items
                    .into_iter()
                    .find(|o| frirum_domain::search::fold(&o.name) == folded)
            }
        };
        let id = found.ok_or_else(unknown)?.id;
        if id != lead_id && !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// The organisation an applicant acts for.
fn own_organisation(ctx: &RequestContext) -> Result<OrganisationRef, AppError> {
    let user = ctx.user_for(Action::CreateApplications)?;
    user.organisation.clone().ok_or(AppError::Forbidden)
}

/// Starts a draft for the visitor's organisation in a round of a published scheme.
pub async fn create_application(
    state: &AppState,
    ctx: &RequestContext,
    round_id: i64,
    members: &[String],
    content: ApplicationContent,
) -> Result<Application, AppError> {
    let lead = own_organisation(ctx)?;
    let (round, scheme) = round_for(state, ctx, round_id).await?;
    if scheme.status != SchemeStatus::Published {
        return Err(AppError::WrongState {
            what: "scheme",
            current: scheme.status.to_string(),
        });
    }
    let content = content.cleaned();
    let theme_ids: Vec<i64> = state
        .store
        .themes(scheme.id)
        .await?
        .iter()
        .map(|t| t.id)
        .collect();
    content.validate(&theme_ids)?;
    let member_ids = resolve_members(state, scheme.country, lead.id, members).await?;
    let created = state
        .store
        .create_application(
            &NewApplication {
                round_id: round.id,
                lead_organisation_id: lead.id,
                member_ids,
                content,
            },
            actor(ctx, None),
        )
        .await?;
    Ok(created)
}

/// Saves a draft at the version the editor started from.
pub async fn save_draft(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    version: i64,
    members: &[String],
    content: ApplicationContent,
) -> Result<Application, AppError> {
    let case = application_for(state, ctx, id, ApplicationAction::Edit).await?;
    if case.application.status != ApplicationStatus::Draft {
        return Err(AppError::ApplicationSubmitted {
            status: case.application.status.to_string(),
        });
    }
    let content = content.cleaned();
    let theme_ids: Vec<i64> = state
        .store
        .themes(case.scheme.id)
        .await?
        .iter()
        .map(|t| t.id)
        .collect();
    content.validate(&theme_ids)?;
    let member_ids = resolve_members(
        state,
        case.scheme.country,
        case.application.lead.id,
        members,
    )
    .await?;
    Ok(state
        .store
        .save_draft(id, version, &content, &member_ids, actor(ctx, None))
        .await?)
}

/// Submits a draft if every rule passes at this moment; refuses with the first failed
/// rule's code and the whole report otherwise. Submitting twice returns the first receipt.
pub async fn submit(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    version: Option<i64>,
) -> Result<Submitted, AppError> {
    let case = application_for(state, ctx, id, ApplicationAction::Edit).await?;
    match case.application.status {
        ApplicationStatus::Submitted => {
            return Ok(Submitted {
                application: case.application,
                newly: false,
            });
        }
        ApplicationStatus::Withdrawn => {
            return Err(AppError::ApplicationSubmitted {
                status: case.application.status.to_string(),
            });
        }
        ApplicationStatus::Draft => {}
    }
    let now = OffsetDateTime::now_utc();
    let report = eligibility(state, &case, &case.scheme.rules, now).await?;
    let report_json =
        serde_json::to_value(&report).map_err(|e| AppError::Internal(e.to_string()))?;
    if let Some(failure) = report.first_failure() {
        return Err(AppError::NotEligible {
            reason: failure.reason.clone(),
            message: failure.message.clone(),
            report: report_json,
        });
    }
    let submission = Submission {
        expected_version: Some(version.unwrap_or(case.application.version)),
        rules_version: case.scheme.rules_version,
        eligibility: report_json,
    };
    let submitted = state
        .store
        .submit_application(
            id,
            &submission,
            Actor {
                at: now,
                ..actor(ctx, None)
            },
        )
        .await?;
    // The provisions it asks exemption from become the platform's evidence for the rule
    // finder's suggestions; a failure here must not undo the submission.
    let provisions = state
        .rule_finder
        .application_provisions(
            &*state.store,
            case.scheme.country.into(),
            &case.application.content,
        )
        .await;
    match provisions {
        Ok(ids) => {
            if let Err(e) = state.store.set_application_provisions(id, &ids).await {
                tracing::warn!(application = id, error = %e, "recording requested provisions");
            }
        }
        Err(e) => tracing::warn!(application = id, error = %e, "resolving requested provisions"),
    }
    Ok(submitted)
}

/// Withdraws a submitted application, with the applicant's reason.
pub async fn withdraw(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    reason: Option<&str>,
) -> Result<Application, AppError> {
    application_for(state, ctx, id, ApplicationAction::Edit).await?;
    Ok(state
        .store
        .withdraw_application(id, actor(ctx, reason))
        .await?)
}

/// Changes a scheme's rules as a new version. Once applications have been judged under the
/// current version, the change needs a stated reason, so that it is never silent.
pub async fn update_rules(
    state: &AppState,
    ctx: &RequestContext,
    scheme_id: i64,
    expected_version: i64,
    rules: &Rules,
    reason: Option<&str>,
) -> Result<Scheme, AppError> {
    ctx.authorize(Action::ManageSchemes)?;
    rules.validate()?;
    let scheme = state
        .store
        .scheme(scheme_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let submitted = state
        .store
        .submitted_under_rules(scheme_id, scheme.rules_version)
        .await?;
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if submitted > 0 && reason.is_none() {
        return Err(AppError::RulesInUse {
            submitted,
            version: scheme.rules_version,
        });
    }
    Ok(state
        .store
        .update_rules(scheme_id, expected_version, rules, actor(ctx, reason))
        .await?)
}

/// Moves a scheme to another status if the step is allowed.
pub async fn change_status(
    state: &AppState,
    ctx: &RequestContext,
    scheme_id: i64,
    to: SchemeStatus,
    reason: Option<&str>,
) -> Result<Scheme, AppError> {
    ctx.authorize(Action::ManageSchemes)?;
    let scheme = state
        .store
        .scheme(scheme_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !scheme.status.can_become(to) {
        return Err(AppError::StatusChange {
            from: scheme.status.to_string(),
            to: to.to_string(),
        });
    }
    Ok(state
        .store
        .set_scheme_status(scheme_id, scheme.status, to, actor(ctx, reason))
        .await?)
}

/// The organisation an applicant acts for, for proposals and endorsements.
pub fn proposing_organisation(ctx: &RequestContext) -> Result<OrganisationRef, AppError> {
    let user = ctx.user_for(Action::ProposeThemes)?;
    if user.role != Role::Applicant {
        return Err(AppError::Forbidden);
    }
    user.organisation.clone().ok_or(AppError::Forbidden)
}
