//! An application's life: starting a draft for one's organisation (alone or with a
//! network), saving it at the version the editor started from, eligibility from the
//! registry's figures, submitting once however often it is clicked, withdrawing; and the
//! loading of a case with the actor's rights decided by the domain. Pages and the API
//! parse and render; this module decides in which order things happen.

use frirum_domain::application::{Application, ApplicationContent, ApplicationStatus};
use frirum_domain::authz::{self, Action, ApplicationAction, ApplicationFacts};
use frirum_domain::eligibility::{self, Participant, Report};
use frirum_domain::organisation::OrganisationRef;
use frirum_domain::scheme::{Round, Rules, Scheme, SchemeStatus};
use frirum_domain::text::{FieldError, Problem};
use frirum_domain::{Country, Organisation};
use frirum_store::{NewApplication, Submission, Submitted};
use time::OffsetDateTime;

use crate::schemes::{published, round_for};
use crate::{Actor, App, Error};

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

    /// The version of the scheme's rules the application is judged under.
    pub fn rules_version(&self) -> i64 {
        self.application.judged_under(self.scheme.rules_version)
    }

    /// The facts the authorisation table decides access from, at `now`. `assessors` are
    /// the users assigned to assess it without a conflict of interest.
    pub fn facts<'a>(
        &self,
        members: &'a [i64],
        assessors: &'a [i64],
        now: OffsetDateTime,
    ) -> ApplicationFacts<'a> {
        ApplicationFacts {
            lead_organisation_id: self.application.lead.id,
            member_organisation_ids: members,
            status: self.application.status,
            published: published(&self.scheme, &self.round, now),
            assessor_ids: assessors,
        }
    }
}

/// An application with its round and scheme, without any rights checked.
pub async fn case_of(app: &App, application: Application) -> Result<Case, Error> {
    let round = app
        .store
        .round(application.round_id)
        .await?
        .ok_or(Error::NotFound)?;
    let scheme = app
        .store
        .scheme(application.scheme_id)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(Case {
        application,
        scheme,
        round,
    })
}

/// The rules the application is judged under: the version it was submitted under, else
/// the scheme's current rules. The one place this is worked out.
pub async fn rules_of(
    app: &App,
    application: &Application,
    scheme: &Scheme,
) -> Result<Rules, Error> {
    let version = application.judged_under(scheme.rules_version);
    if version == scheme.rules_version {
        return Ok(scheme.rules.clone());
    }
    app.store
        .rules_version(scheme.id, version)
        .await?
        .ok_or_else(|| {
            Error::internal(format!(
                "rules version {version} of scheme {} missing",
                scheme.id
            ))
        })
}

/// Decides whether the actor may take the action on the case, reading the assignments only
/// when the actor's access depends on them.
pub async fn authorize(
    app: &App,
    actor: &Actor,
    case: &Case,
    action: ApplicationAction,
) -> Result<(), Error> {
    let members: Vec<i64> = case.application.members.iter().map(|m| m.id).collect();
    let viewer = actor.viewer();
    let assessors = if authz::depends_on_assignments(viewer) {
        let assignments = app.store.assignments(case.application.id).await?;
        frirum_domain::assessment::reading_assessors(&assignments)
    } else {
        Vec::new()
    };
    authz::application(viewer, &case.facts(&members, &assessors, actor.now), action)?;
    Ok(())
}

/// Loads an application if the actor may take the action on it.
pub async fn application_for(
    app: &App,
    actor: &Actor,
    id: i64,
    action: ApplicationAction,
) -> Result<Case, Error> {
    let application = app.store.application(id).await?.ok_or(Error::NotFound)?;
    let case = case_of(app, application).await?;
    authorize(app, actor, &case, action).await?;
    Ok(case)
}

/// Whether the actor may edit the application (to show the buttons).
pub fn can_edit(actor: &Actor, case: &Case) -> bool {
    let members: Vec<i64> = case.application.members.iter().map(|m| m.id).collect();
    authz::application(
        actor.viewer(),
        &case.facts(&members, &[], actor.now),
        ApplicationAction::Edit,
    )
    .is_ok()
}

async fn organisation(app: &App, org: &OrganisationRef) -> Result<Organisation, Error> {
    app.store
        .organisation(org.country, &org.code)
        .await?
        .ok_or(Error::NotFound)
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
    app: &App,
    case: &Case,
    rules: &Rules,
    now: OffsetDateTime,
) -> Result<Report, Error> {
    let mut participants = Vec::new();
    for org in case.application.participants() {
        participants.push(participant(organisation(app, org).await?));
    }
    let themes = app.store.themes(case.scheme.id).await?;
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

/// The report to show: frozen at submission, or computed now for a draft (or, logged, for
/// a frozen report that does not read as a [`Report`], which the domain's tests of the
/// frozen JSON rule out).
pub async fn current_report(app: &App, case: &Case, now: OffsetDateTime) -> Result<Report, Error> {
    if let Some(frozen) = &case.application.eligibility {
        match serde_json::from_value::<Report>(frozen.clone()) {
            Ok(report) => return Ok(report),
            Err(e) => tracing::warn!(
                application = case.application.id,
                error = %e,
                "the frozen eligibility report does not read; showing it computed now"
            ),
        }
    }
    eligibility(app, case, &case.scheme.rules, now).await
}

/// Resolves network members written as `751`, `dk:751` or a name in the scheme's country,
/// leaving out the lead and repeated entries. An unknown one is refused, naming its place.
pub async fn resolve_members(
    app: &App,
    country: Country,
    lead_id: i64,
    references: &[String],
) -> Result<Vec<i64>, Error> {
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
            Error::from(FieldError::new(
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
        let found = match app.store.organisation(in_country, code).await? {
            Some(o) => Some(o),
            None => {
                // A name: the registry search folds diacritics; take an exact match only.
                let filter = frirum_store::OrganisationFilter {
                    country: Some(in_country),
                    query: Some(code.to_owned()),
                    ..Default::default()
                };
                let page = app
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
fn own_organisation(actor: &Actor) -> Result<OrganisationRef, Error> {
    let user = actor.user_for(Action::CreateApplications)?;
    user.organisation.clone().ok_or(Error::Forbidden)
}

/// Starts a draft for the visitor's organisation in a round of a published scheme.
pub async fn create_application(
    app: &App,
    actor: &Actor,
    round_id: i64,
    members: &[String],
    content: ApplicationContent,
) -> Result<Application, Error> {
    let lead = own_organisation(actor)?;
    let (round, scheme) = round_for(app, actor, round_id).await?;
    if scheme.status != SchemeStatus::Published {
        return Err(Error::WrongState {
            what: frirum_store::StateOf::Scheme,
            current: scheme.status.to_string(),
        });
    }
    let content = content.cleaned();
    let theme_ids: Vec<i64> = app
        .store
        .themes(scheme.id)
        .await?
        .iter()
        .map(|t| t.id)
        .collect();
    content.validate(&theme_ids)?;
    let member_ids = resolve_members(app, scheme.country, lead.id, members).await?;
    let created = app
        .store
        .create_application(
            &NewApplication {
                round_id: round.id,
                lead_organisation_id: lead.id,
                member_ids,
                content,
            },
            actor.journal(None),
        )
        .await?;
    Ok(created)
}

/// Saves a draft at the version the editor started from.
pub async fn save_draft(
    app: &App,
    actor: &Actor,
    id: i64,
    version: i64,
    members: &[String],
    content: ApplicationContent,
) -> Result<Application, Error> {
    let case = application_for(app, actor, id, ApplicationAction::Edit).await?;
    if case.application.status != ApplicationStatus::Draft {
        return Err(Error::ApplicationSubmitted {
            status: case.application.status.to_string(),
        });
    }
    let content = content.cleaned();
    let theme_ids: Vec<i64> = app
        .store
        .themes(case.scheme.id)
        .await?
        .iter()
        .map(|t| t.id)
        .collect();
    content.validate(&theme_ids)?;
    let member_ids =
        resolve_members(app, case.scheme.country, case.application.lead.id, members).await?;
    Ok(app
        .store
        .save_draft(id, version, &content, &member_ids, actor.journal(None))
        .await?)
}

/// Submits a draft if every rule passes at this moment; refuses with the first failed
/// rule's code and the whole report otherwise. Submitting twice returns the first receipt.
pub async fn submit(
    app: &App,
    actor: &Actor,
    id: i64,
    version: Option<i64>,
) -> Result<Submitted, Error> {
    let case = application_for(app, actor, id, ApplicationAction::Edit).await?;
    match case.application.status {
        ApplicationStatus::Submitted => {
            return Ok(Submitted {
                application: case.application,
                newly: false,
            });
        }
        ApplicationStatus::Withdrawn => {
            return Err(Error::ApplicationSubmitted {
                status: case.application.status.to_string(),
            });
        }
        ApplicationStatus::Draft => {}
    }
    let now = actor.now;
    let report = eligibility(app, &case, &case.scheme.rules, now).await?;
    if report.first_failure().is_some() {
        return Err(Error::NotEligible(Box::new(report)));
    }
    let report_json = serde_json::to_value(&report).map_err(Error::internal)?;
    let submission = Submission {
        expected_version: Some(version.unwrap_or(case.application.version)),
        rules_version: case.scheme.rules_version,
        eligibility: report_json,
    };
    let submitted = app
        .store
        .submit_application(id, &submission, actor.journal(None))
        .await?;
    // The provisions it asks exemption from become the platform's evidence for the rule
    // finder's suggestions; a failure here must not undo the submission.
    let provisions = app
        .rule_finder
        .application_provisions(
            &*app.store,
            case.scheme.country.into(),
            &case.application.content,
        )
        .await;
    match provisions {
        Ok(ids) => {
            if let Err(e) = app.store.set_application_provisions(id, &ids).await {
                tracing::warn!(application = id, error = %e, "recording requested provisions");
            }
        }
        Err(e) => tracing::warn!(application = id, error = %e, "resolving requested provisions"),
    }
    Ok(submitted)
}

/// Withdraws a submitted application, with the applicant's reason.
pub async fn withdraw(
    app: &App,
    actor: &Actor,
    id: i64,
    reason: Option<&str>,
) -> Result<Application, Error> {
    application_for(app, actor, id, ApplicationAction::Edit).await?;
    Ok(app
        .store
        .withdraw_application(id, actor.journal(reason))
        .await?)
}
