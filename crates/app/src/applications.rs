//! An application's life: starting a draft for one's organisation (alone or with a
//! network), saving it at the version the editor started from, eligibility from the
//! registry's figures, submitting once however often it is clicked, withdrawing; the
//! loading of a case with the actor's rights decided by the domain, with what its page, its
//! form and the API show of it; and the lists of applications, narrowed to what the actor
//! may see. Pages and the API parse and render; this module decides in which order things
//! happen.

use frirum_domain::application::{Application, ApplicationContent, ApplicationStatus};
use frirum_domain::authz::{self, Action, ApplicationAction, ApplicationFacts, ApplicationScope};
use frirum_domain::case::CaseStatus;
use frirum_domain::decision::Decision;
use frirum_domain::eligibility::{self, Participant, Report};
use frirum_domain::exemptibility::{self, NotExemptible};
use frirum_domain::organisation::OrganisationRef;
use frirum_domain::review::ReviewStage;
use frirum_domain::scheme::{Round, Rules, Scheme, SchemeStatus, Theme};
use frirum_domain::text::{FieldError, Problem};
use frirum_domain::{Country, Organisation, Page, PageRequest, PopulationFigure};
use frirum_store::{ApplicationFilter, ApplicationSummary, NewApplication, Submission, Submitted};
use time::OffsetDateTime;

use crate::law::ResolvedCitation;
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

/// Whether the actor may take the action on the case, by the table alone (an assessor's
/// assignments are not read): to show or hide what leads to it.
fn may(actor: &Actor, case: &Case, action: ApplicationAction) -> bool {
    let members: Vec<i64> = case.application.members.iter().map(|m| m.id).collect();
    authz::application(
        actor.viewer(),
        &case.facts(&members, &[], actor.now),
        action,
    )
    .is_ok()
}

/// Whether the actor may edit the application (to show the buttons).
pub fn can_edit(actor: &Actor, case: &Case) -> bool {
    may(actor, case, ApplicationAction::Edit)
}

/// What the API shows of an application: the case, its eligibility, where its review
/// stands (for those who may read the clarification thread) and whether its scheme has
/// themes (a draft must then choose one).
pub struct Details {
    pub case: Case,
    pub report: Report,
    pub review_stage: Option<ReviewStage>,
    pub has_themes: bool,
    /// The one status of the case.
    pub case_status: CaseStatus,
}

/// An application the actor may read, with its eligibility and review stage.
pub async fn details(app: &App, actor: &Actor, id: i64) -> Result<Details, Error> {
    let case = application_for(app, actor, id, ApplicationAction::Read).await?;
    let report = current_report(app, &case, actor.now).await?;
    // Where the review stands is for those who may read the clarification thread.
    let review_stage = if may(actor, &case, ApplicationAction::ReadClarifications) {
        review_stage(app, &case.application).await?
    } else {
        None
    };
    let has_themes = !app.store.themes(case.scheme.id).await?.is_empty();
    let case_status = case_status(app, &case.application).await?;
    Ok(Details {
        case,
        report,
        review_stage,
        has_themes,
        case_status,
    })
}

/// The eligibility of an application the actor may read: frozen at submission, or
/// computed now for a draft.
pub async fn eligibility_of(app: &App, actor: &Actor, id: i64) -> Result<Report, Error> {
    let case = application_for(app, actor, id, ApplicationAction::Read).await?;
    current_report(app, &case, actor.now).await
}

/// An application as its page shows it: the case, its eligibility, its scheme's themes,
/// the citations found in each requested exemption's reference (resolved against the
/// catalogue where they can be), its decision once made, and where its review stands for
/// those who may read the clarification thread.
pub struct CaseFile {
    pub case: Case,
    pub report: Report,
    pub themes: Vec<Theme>,
    /// Per requested exemption, in order, the citations its reference makes.
    pub citations: Vec<Vec<ResolvedCitation>>,
    /// What the application asks that the scheme's law cannot give, or gives only within
    /// limits: for the applicant to see before the screening, and for the screening.
    pub limits: Vec<ExemptionLimit>,
    pub decision: Option<Decision>,
    pub review_stage: Option<ReviewStage>,
    /// The one status of the case.
    pub case_status: CaseStatus,
    /// The trial the application was started from, if it was.
    pub adopted_from: Option<frirum_store::AdoptedFrom>,
}

/// An application the actor may read, with everything its page shows.
pub async fn case_file(app: &App, actor: &Actor, id: i64) -> Result<CaseFile, Error> {
    let case = application_for(app, actor, id, ApplicationAction::Read).await?;
    let report = current_report(app, &case, actor.now).await?;
    let themes = app.store.themes(case.scheme.id).await?;
    let citations = cited_exemptions(app, &case).await?;
    let decision = app.store.decision(case.application.id).await?;
    // Where the review stands is for those who may read the clarification thread; a
    // decision ends the review, and it was just read.
    let review_stage = match (
        &decision,
        may(actor, &case, ApplicationAction::ReadClarifications),
    ) {
        (_, false) => None,
        (Some(d), true) => Some(ReviewStage::from(d.outcome)),
        (None, true) => review_stage(app, &case.application).await?,
    };
    let case_status = case_status(app, &case.application).await?;
    let adopted_from = app.store.adopted_from(case.application.id).await?;
    let limits = exemption_limits(app, &case, &citations).await?;
    Ok(CaseFile {
        adopted_from,
        case,
        report,
        themes,
        citations,
        limits,
        decision,
        review_stage,
        case_status,
    })
}

/// A requested exemption from a provision the scheme's law puts beyond a trial (a bar) or
/// lets a trial touch only within limits ([`NotExemptible`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExemptionLimit {
    /// The exemption's place in the application, from 0.
    pub exemption: usize,
    /// The provision as the application names it: a citation as written, or the act and
    /// section picked from the catalogue.
    pub cited: String,
    /// The catalogue's provision, when it is there.
    pub provision_id: Option<i64>,
    pub reason: NotExemptible,
}

/// The exemptions an application asks that its scheme's law cannot give: each provision
/// picked from the catalogue and each act its references cite, checked against
/// [`frirum_domain::exemptibility`]. `citations` are the references' citations, in order.
pub async fn exemption_limits(
    app: &App,
    case: &Case,
    citations: &[Vec<ResolvedCitation>],
) -> Result<Vec<ExemptionLimit>, Error> {
    let mut limits = Vec::new();
    for (i, exemption) in case.application.content.exemptions.iter().enumerate() {
        let mut seen: Vec<Option<i64>> = Vec::new();
        if let Some(id) = exemption.provision_id
            && let Some(p) = app.store.provision(id).await?
            && let Some(reason) =
                exemptibility::not_exemptible(p.jurisdiction, &p.act_official_id, &p.act_title)
        {
            let act = p.act_short_title.as_deref().unwrap_or(&p.act_title);
            limits.push(ExemptionLimit {
                exemption: i,
                cited: format!("{act} {}", p.section.label),
                provision_id: Some(id),
                reason,
            });
            seen.push(Some(id));
        }
        for c in citations.get(i).into_iter().flatten() {
            // A reference that cites the provision picked is one request, not two.
            if let Some(reason) = c.not_exemptible
                && (c.provision_id.is_none() || !seen.contains(&c.provision_id))
            {
                limits.push(ExemptionLimit {
                    exemption: i,
                    cited: c.citation.text.clone(),
                    provision_id: c.provision_id,
                    reason,
                });
                seen.push(c.provision_id);
            }
        }
    }
    Ok(limits)
}

/// The citations of an application's references, resolved against the catalogue.
pub async fn cited_exemptions(app: &App, case: &Case) -> Result<Vec<Vec<ResolvedCitation>>, Error> {
    let references: Vec<&str> = case
        .application
        .content
        .exemptions
        .iter()
        .map(|e| e.reference.as_str())
        .collect();
    Ok(app
        .rule_finder
        .cite_each(&*app.store, case.scheme.country.into(), &references)
        .await?)
}

/// A draft's form: the case, the eligibility of the content in the form at this moment,
/// and the scheme's themes to choose from.
pub struct DraftForm {
    pub case: Case,
    pub report: Report,
    pub themes: Vec<Theme>,
    /// The trial the draft was started from, if it was.
    pub adopted_from: Option<frirum_store::AdoptedFrom>,
    /// What the typed exemptions ask that the scheme's law cannot give: shown beside each
    /// before anything is submitted.
    pub limits: Vec<ExemptionLimit>,
}

/// The form of a draft the actor may edit, with its stored content; `None` once it is
/// submitted or withdrawn, when there is nothing left to edit.
pub async fn draft_form(app: &App, actor: &Actor, id: i64) -> Result<Option<DraftForm>, Error> {
    let case = application_for(app, actor, id, ApplicationAction::Edit).await?;
    if case.application.status != ApplicationStatus::Draft {
        return Ok(None);
    }
    let content = case.application.content.clone();
    form_with(app, actor, case, &content).await.map(Some)
}

/// The form of a case the actor opened to edit, with the content as it was typed (a
/// refused save or submission shows everything again): its eligibility is that of what
/// was typed, at this moment.
pub async fn form_with(
    app: &App,
    actor: &Actor,
    case: Case,
    content: &ApplicationContent,
) -> Result<DraftForm, Error> {
    let typed = Case {
        application: Application {
            content: content.clone(),
            ..case.application.clone()
        },
        scheme: case.scheme.clone(),
        round: case.round.clone(),
    };
    let report = eligibility(app, &typed, &case.scheme.rules, actor.now).await?;
    let themes = app.store.themes(case.scheme.id).await?;
    let adopted_from = app.store.adopted_from(case.application.id).await?;
    let cited = cited_exemptions(app, &typed).await?;
    let limits = exemption_limits(app, &typed, &cited).await?;
    Ok(DraftForm {
        case,
        report,
        themes,
        adopted_from,
        limits,
    })
}

/// Narrows a list's filter to the applications the actor may see: applicants their
/// organisation's, the secretariat everything but drafts, others what is published now.
pub fn visible_filter(actor: &Actor, mut filter: ApplicationFilter) -> ApplicationFilter {
    match authz::application_scope(actor.viewer()) {
        ApplicationScope::AllButDrafts => filter.exclude_drafts = true,
        // Their organisation's, and what is published for everybody.
        ApplicationScope::Organisation(org) => {
            filter.organisation_id = Some(org);
            filter.or_public_at = Some(actor.now);
        }
        ApplicationScope::Published => filter.public_at = Some(actor.now),
    }
    filter
}

/// The applications the actor asks for (by scheme, round, status…) among those they may
/// see.
pub async fn list(
    app: &App,
    actor: &Actor,
    filter: ApplicationFilter,
    page: PageRequest,
) -> Result<Page<ApplicationSummary>, Error> {
    let filter = visible_filter(actor, filter);
    Ok(app.store.list_applications(&filter, page).await?)
}

/// "My applications": every application the signed-in actor may see (an applicant's
/// are their organisation's).
pub async fn list_mine(
    app: &App,
    actor: &Actor,
    page: PageRequest,
) -> Result<Page<ApplicationSummary>, Error> {
    actor.user_for(Action::ManageOwnAccount)?;
    let filter = ApplicationFilter {
        or_public_at: None,
        ..visible_filter(actor, ApplicationFilter::default())
    };
    Ok(app.store.list_applications(&filter, page).await?)
}

/// What a person can narrow an application list by, with the choices offered: every
/// scheme they may see, and the rounds and themes of the scheme chosen.
pub struct Browse {
    pub applications: Page<ApplicationSummary>,
    pub schemes: Vec<Scheme>,
    pub rounds: Vec<Round>,
    pub themes: Vec<Theme>,
    /// The organisation filtered by, to name it.
    pub organisation: Option<OrganisationRef>,
    /// The lead organisations of the cases the actor may filter by: empty for an
    /// applicant, whose list is their own organisation's.
    pub organisations: Vec<OrganisationRef>,
}

/// The applications the actor may see, narrowed by scheme, round, case status, theme,
/// organisation and words, with the choices a filter form offers.
pub async fn browse(
    app: &App,
    actor: &Actor,
    filter: ApplicationFilter,
    page: PageRequest,
) -> Result<Browse, Error> {
    actor.user_for(Action::ManageOwnAccount)?;
    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE)).unwrap_or_default();
    let schemes = crate::schemes::list(app, actor, all).await?.items;
    // A scheme the actor may not see offers no rounds or themes (and finds nothing).
    // Without a scheme chosen, every visible scheme's rounds and themes are offered.
    let (mut rounds, mut themes) = (Vec::new(), Vec::new());
    for scheme in &schemes {
        if filter.scheme_id.is_none_or(|id| id == scheme.id) {
            rounds.extend(app.store.rounds(scheme.id).await?);
            themes.extend(app.store.themes(scheme.id).await?);
        }
    }
    let organisation = match filter.organisation_id {
        Some(id) => app.store.organisation_refs(&[id]).await?.into_iter().next(),
        None => None,
    };
    // An applicant sees their own organisation's only, whatever they ask for: this is
    // their list, not the published ones of others (the rounds' pages list those).
    let filter = ApplicationFilter {
        or_public_at: None,
        ..visible_filter(actor, filter)
    };
    let applications = app.store.list_applications(&filter, page).await?;
    let organisations = match authz::application_scope(actor.viewer()) {
        ApplicationScope::AllButDrafts => {
            app.store
                .case_organisations(&visible_filter(actor, ApplicationFilter::default()))
                .await?
        }
        _ => Vec::new(),
    };
    Ok(Browse {
        applications,
        schemes,
        rounds,
        themes,
        organisation,
        organisations,
    })
}

/// A round with its scheme and the applications of it the actor may see.
pub struct RoundApplications {
    pub round: Round,
    pub scheme: Scheme,
    pub applications: Page<ApplicationSummary>,
    /// Whether the round's page lists them to the actor: the secretariat and applicants
    /// always, everybody once the round's applications are published.
    pub shows_list: bool,
}

/// A round's applications as the actor may see them, if they may see its scheme.
pub async fn round_applications(
    app: &App,
    actor: &Actor,
    round_id: i64,
    page: PageRequest,
) -> Result<RoundApplications, Error> {
    let (round, scheme) = round_for(app, actor, round_id).await?;
    let filter = ApplicationFilter {
        round_id: Some(round.id),
        ..Default::default()
    };
    let applications = list(app, actor, filter, page).await?;
    let shows_list =
        authz::shows_round_applications(actor.viewer(), published(&scheme, &round, actor.now));
    Ok(RoundApplications {
        round,
        scheme,
        applications,
        shows_list,
    })
}

async fn organisation(app: &App, org: &OrganisationRef) -> Result<Organisation, Error> {
    app.store
        .organisation(org.country, &org.code)
        .await?
        .ok_or(Error::NotFound)
}

/// An organisation as eligibility sees it, with the population figure in force on `day`
/// (the round's deadline) among the registry's dated figures.
async fn participant(app: &App, o: Organisation, day: time::Date) -> Result<Participant, Error> {
    let history = app.store.population_history(o.id).await?;
    let figure = PopulationFigure::in_force(&history, day)
        .cloned()
        .or(o.population);
    Ok(Participant {
        id: o.id,
        country: o.country,
        code: o.code,
        name: o.name,
        kind: o.kind,
        population: figure.as_ref().map(|p| p.population),
        population_date: figure.as_ref().map(|p| p.reference_date),
        population_uncertain: figure.as_ref().is_some_and(|p| p.uncertain),
        population_source: figure.map(|p| p.source).unwrap_or_default(),
    })
}

/// The eligibility of an application now, with the population figures in force at the
/// round's deadline.
pub async fn eligibility(
    app: &App,
    case: &Case,
    rules: &Rules,
    now: OffsetDateTime,
) -> Result<Report, Error> {
    let deadline = case.round.deadline.local.date();
    let mut participants = Vec::new();
    for org in case.application.participants() {
        participants.push(participant(app, organisation(app, org).await?, deadline).await?);
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
        // A code, or a name as people write it (see registry::find).
        let found = crate::registry::find(app, in_country, code).await?;
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

/// Starts a draft for the actor's organisation in a round of a published scheme.
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
    crate::schemes::check_open_to(app, actor, &scheme).await?;
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
    // The secretariat hears of a new submission once, not of a repeated click.
    if submitted.newly {
        crate::notifications::tell::submitted(app, now, &submitted.application).await;
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

/// The one status of an application, derived by the domain from the facts the store reads
/// in one query.
pub async fn case_status(app: &App, application: &Application) -> Result<CaseStatus, Error> {
    Ok(app
        .store
        .case_facts(application.id)
        .await?
        .ok_or(Error::NotFound)?
        .status())
}

/// The review stage of an application, for pages and lists that show it: a decision ends
/// the review whatever the clarification thread holds. Here rather than in `review`, which
/// builds on this module.
pub async fn review_stage(
    app: &App,
    application: &Application,
) -> Result<Option<ReviewStage>, Error> {
    if application.status != ApplicationStatus::Submitted {
        return Ok(None);
    }
    // A decision ends the review, whatever the thread holds.
    if let Some(decision) = app.store.decision(application.id).await? {
        return Ok(Some(decision.outcome.into()));
    }
    let thread = app.store.clarification_thread(application.id).await?;
    Ok(frirum_domain::review::review_stage(
        application.status,
        &thread,
    ))
}
