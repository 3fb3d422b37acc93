//! The review of a submitted application, shared by the pages and the API: the legal
//! screening against the scheme's checklist, the clarification thread (with what the
//! actor may do in it), and the amendments of the requested exemptions that the
//! secretariat and the applicant work out in it. The web parses and renders; this module
//! decides in which order things happen.

use frirum_domain::application::{
    Application, ApplicationContent, ApplicationStatus, RequestedExemption,
};
use frirum_domain::authz::{Action, ApplicationAction};
use frirum_domain::review::{self, Clarification, ReviewStage};
use frirum_domain::screening::{self, ScreeningEntry, ScreeningOutcome, ScreeningSummary};
use frirum_store::StoreError;

use crate::Actor;
use crate::App;
use crate::Error;
use crate::applications::{self, Case};

/// A submitted (or withdrawn) application that the actor may screen. Drafts are not there
/// for screeners; an assessor screens only what is assigned to them without a conflict of
/// interest (the domain's `ApplicationAction::Screen`).
pub async fn screening_case(app: &App, actor: &Actor, id: i64) -> Result<Case, Error> {
    actor.authorize(Action::ScreenApplications)?;
    let application = app
        .store
        .application(id)
        .await?
        .filter(|a| a.status != ApplicationStatus::Draft)
        .ok_or(Error::NotFound)?;
    let case = applications::case_of(app, application).await?;
    applications::authorize(app, actor, &case, ApplicationAction::Screen).await?;
    Ok(case)
}

/// The checklist of the rules version the application is judged under.
pub async fn checklist(app: &App, case: &Case) -> Result<Vec<String>, Error> {
    let rules = applications::rules_of(app, &case.application, &case.scheme).await?;
    Ok(rules.exclusions)
}

/// The screening of one application: its checklist, the current judgements, every
/// judgement ever made, and what they mean for a decision.
pub struct Screening {
    pub checklist: Vec<String>,
    pub rules_version: i64,
    pub current: Vec<ScreeningEntry>,
    pub history: Vec<ScreeningEntry>,
    pub summary: ScreeningSummary,
    /// Exemptions asked from provisions the scheme's law puts beyond a trial or within
    /// limits: not a checklist item, but what the screener must see beside it.
    pub limits: Vec<applications::ExemptionLimit>,
}

pub async fn screening_of(app: &App, case: &Case) -> Result<Screening, Error> {
    let checklist = checklist(app, case).await?;
    let history = app.store.screening_history(case.application.id).await?;
    let current = screening::current(&history);
    let summary = screening::summarise(checklist.len(), &current);
    let cited = applications::cited_exemptions(app, case).await?;
    let limits = applications::exemption_limits(app, case, &cited).await?;
    Ok(Screening {
        limits,
        checklist,
        rules_version: case.rules_version(),
        current,
        history,
        summary,
    })
}

/// The screening of an application the actor may screen, with its case: what the screening
/// page and the API show.
pub async fn screening_for(app: &App, actor: &Actor, id: i64) -> Result<(Case, Screening), Error> {
    let case = screening_case(app, actor, id).await?;
    let screening = screening_of(app, &case).await?;
    Ok((case, screening))
}

/// Records the actor's judgement of one item.
pub async fn record_screening(
    app: &App,
    actor: &Actor,
    id: i64,
    item: usize,
    outcome: ScreeningOutcome,
    reason: &str,
) -> Result<ScreeningEntry, Error> {
    let case = screening_case(app, actor, id).await?;
    let checklist = checklist(app, &case).await?;
    let judgement = screening::judgement(&checklist, item, outcome, reason)?;
    Ok(app
        .store
        .record_screening(id, case.rules_version(), &judgement, actor.journal(None))
        .await?)
}

/// The thread and the stage it puts the review in, for those who may read it.
pub async fn thread(
    app: &App,
    actor: &Actor,
    id: i64,
) -> Result<(Case, Vec<Clarification>, Option<ReviewStage>), Error> {
    let case = applications::application_for(app, actor, id, ApplicationAction::ReadClarifications)
        .await?;
    let thread = app.store.clarification_thread(id).await?;
    // A decision ends the review, whatever the thread still holds.
    let stage = match app.store.decision(id).await? {
        Some(decision) => Some(decision.outcome.into()),
        None => review::review_stage(case.application.status, &thread),
    };
    Ok((case, thread, stage))
}

/// The clarification thread as its page shows it: the case, the questions and answers,
/// the stage they put the review in, and whether the actor may amend the requested
/// exemptions now.
pub struct Clarifications {
    pub case: Case,
    pub thread: Vec<Clarification>,
    pub stage: Option<ReviewStage>,
    /// The case's one status, as every other page names it.
    pub status: frirum_domain::case::CaseStatus,
    pub can_amend: bool,
}

/// The thread of an application the actor may read it on, with whether they may amend.
pub async fn clarifications(app: &App, actor: &Actor, id: i64) -> Result<Clarifications, Error> {
    let (case, thread, stage) = thread(app, actor, id).await?;
    let can_amend = can_amend(app, actor, &case).await?;
    let status = applications::case_status(app, &case.application).await?;
    Ok(Clarifications {
        case,
        thread,
        stage,
        status,
        can_amend,
    })
}

/// The secretariat asks the applicant a question. This is where "clarification asked"
/// happens.
pub async fn ask(
    app: &App,
    actor: &Actor,
    id: i64,
    question: &str,
) -> Result<Clarification, Error> {
    actor.authorize(Action::AskClarification)?;
    let case = applications::application_for(app, actor, id, ApplicationAction::ReadClarifications)
        .await?;
    let question = review::message("question", question)?;
    let asked = app
        .store
        .ask_clarification(id, &question, actor.journal(None))
        .await?;
    crate::notifications::tell::clarification_asked(app, actor.now, &case.application, &question)
        .await;
    Ok(asked)
}

/// The lead organisation answers an open question; the round's deadline does not apply.
/// This is where "clarification answered" happens.
pub async fn answer(
    app: &App,
    actor: &Actor,
    id: i64,
    clarification_id: i64,
    answer: &str,
) -> Result<Clarification, Error> {
    let case = applications::application_for(app, actor, id, ApplicationAction::Answer).await?;
    let answer = review::message("answer", answer)?;
    let answered = app
        .store
        .answer_clarification(id, clarification_id, &answer, actor.journal(None))
        .await
        .map_err(no_open_question)?;
    crate::notifications::tell::clarification_answered(app, actor.now, &case.application).await;
    Ok(answered)
}

fn no_open_question(err: StoreError) -> Error {
    match err {
        StoreError::NoOpenClarification => Error::NoOpenClarification,
        other => other.into(),
    }
}

/// Whether the actor may amend the application's exemptions now: allowed by the table
/// and a question is open.
pub async fn can_amend(app: &App, actor: &Actor, case: &Case) -> Result<bool, Error> {
    let members: Vec<i64> = case.application.members.iter().map(|m| m.id).collect();
    if frirum_domain::authz::application(
        actor.viewer(),
        &case.facts(&members, &[], actor.now),
        ApplicationAction::AmendExemptions,
    )
    .is_err()
    {
        return Ok(false);
    }
    let thread = app.store.clarification_thread(case.application.id).await?;
    let decided = app.store.decision(case.application.id).await?.is_some();
    Ok(!decided && review::awaiting_answer(&thread))
}

/// Replaces the requested exemptions of a submitted application during an open
/// clarification, at the version the editor started from, with a reason for the journal.
/// The provisions they name are recorded in the same step.
pub async fn amend(
    app: &App,
    actor: &Actor,
    id: i64,
    version: i64,
    exemptions: Vec<RequestedExemption>,
    reason: &str,
) -> Result<Application, Error> {
    let case =
        applications::application_for(app, actor, id, ApplicationAction::AmendExemptions).await?;
    let reason = review::message("reason", reason)?;
    let thread = app.store.clarification_thread(id).await?;
    if !review::awaiting_answer(&thread) {
        return Err(Error::NoOpenClarification);
    }
    let content = ApplicationContent {
        exemptions,
        ..ApplicationContent::default()
    }
    .cleaned();
    content.validate(&[])?;
    let provisions = app
        .rule_finder
        .application_provisions(&*app.store, case.scheme.country.into(), &content)
        .await?;
    Ok(app
        .store
        .amend_exemptions(
            id,
            version,
            &content.exemptions,
            &provisions,
            actor.journal(Some(&reason)),
        )
        .await?)
}
