//! The review of a submitted application, shared by the pages and the API: the legal
//! screening against the scheme's checklist, the clarification thread, and the amendments
//! of the requested exemptions that the secretariat and the applicant work out in it.
//! Handlers parse and render; this module decides in which order things happen.

use frirum_domain::application::{
    Application, ApplicationContent, ApplicationStatus, RequestedExemption,
};
use frirum_domain::authz::{Action, ApplicationAction};
use frirum_domain::review::{self, Clarification, ReviewStage};
use frirum_domain::screening::{self, ScreeningEntry, ScreeningOutcome, ScreeningSummary};
use frirum_store::StoreError;

use crate::AppState;
use crate::cases::{self, Case, actor};
use crate::context::RequestContext;
use crate::error::AppError;

/// A submitted (or withdrawn) application that the visitor may screen. Drafts are not
/// there for screeners.
pub async fn screening_case(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
) -> Result<Case, AppError> {
    ctx.authorize(Action::ScreenApplications)?;
    let application = state
        .store
        .application(id)
        .await?
        .ok_or(AppError::NotFound)?;
    if application.status == ApplicationStatus::Draft {
        return Err(AppError::NotFound);
    }
    // An assessor screens only applications assigned to them and free of conflicts of
    // interest.
    if ctx.role() == Some(frirum_domain::Role::Assessor) {
        let assignments = state.store.assignments(id).await?;
        let free = frirum_domain::assessment::reading_assessors(&assignments);
        let me = ctx.user.as_ref().map(|u| u.id);
        if !me.is_some_and(|me| free.contains(&me)) {
            return Err(AppError::Forbidden);
        }
    }
    cases::case_of(state, application).await
}

/// The rules version the application was judged under: frozen at submission.
pub fn rules_version_of(case: &Case) -> i64 {
    case.application
        .rules_version
        .unwrap_or(case.scheme.rules_version)
}

/// The checklist of the rules version the application was submitted under.
pub async fn checklist(state: &AppState, case: &Case) -> Result<Vec<String>, AppError> {
    let version = rules_version_of(case);
    let rules = state
        .store
        .rules_version(case.scheme.id, version)
        .await?
        .unwrap_or_else(|| case.scheme.rules.clone());
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
}

pub async fn screening_of(state: &AppState, case: &Case) -> Result<Screening, AppError> {
    let checklist = checklist(state, case).await?;
    let history = state.store.screening_history(case.application.id).await?;
    let current = screening::current(&history);
    let summary = screening::summarise(checklist.len(), &current);
    Ok(Screening {
        checklist,
        rules_version: rules_version_of(case),
        current,
        history,
        summary,
    })
}

/// Records the visitor's judgement of one item.
pub async fn record_screening(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    item: usize,
    outcome: ScreeningOutcome,
    reason: &str,
) -> Result<ScreeningEntry, AppError> {
    let case = screening_case(state, ctx, id).await?;
    let checklist = checklist(state, &case).await?;
    let judgement = screening::judgement(&checklist, item, outcome, reason)?;
    Ok(state
        .store
        .record_screening(id, rules_version_of(&case), &judgement, actor(ctx, None))
        .await?)
}

/// The thread and the stage it puts the review in, for those who may read it.
pub async fn thread(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
) -> Result<(Case, Vec<Clarification>, Option<ReviewStage>), AppError> {
    let case =
        cases::application_for(state, ctx, id, ApplicationAction::ReadClarifications).await?;
    let thread = state.store.clarification_thread(id).await?;
    // A decision ends the review, whatever the thread still holds.
    let stage = match state.store.decision(id).await? {
        Some(decision) => Some(decision.outcome.into()),
        None => review::review_stage(case.application.status, &thread),
    };
    Ok((case, thread, stage))
}

/// The review stage of an application, for pages and lists that show it.
pub async fn stage(
    state: &AppState,
    application: &Application,
) -> Result<Option<ReviewStage>, AppError> {
    if application.status != ApplicationStatus::Submitted {
        return Ok(None);
    }
    // A decision ends the review, whatever the thread holds.
    if let Some(decision) = state.store.decision(application.id).await? {
        return Ok(Some(decision.outcome.into()));
    }
    let thread = state.store.clarification_thread(application.id).await?;
    Ok(review::review_stage(application.status, &thread))
}

/// The secretariat asks the applicant a question. This is where "clarification asked"
/// happens.
pub async fn ask(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    question: &str,
) -> Result<Clarification, AppError> {
    ctx.authorize(Action::AskClarification)?;
    let case =
        cases::application_for(state, ctx, id, ApplicationAction::ReadClarifications).await?;
    let question = review::message("question", question)?;
    let asked = state
        .store
        .ask_clarification(id, &question, actor(ctx, None))
        .await?;
    crate::notify::tell::clarification_asked(state, &case.application, &question).await;
    Ok(asked)
}

/// The lead organisation answers an open question; the round's deadline does not apply.
/// This is where "clarification answered" happens.
pub async fn answer(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    clarification_id: i64,
    answer: &str,
) -> Result<Clarification, AppError> {
    let case = cases::application_for(state, ctx, id, ApplicationAction::Answer).await?;
    let answer = review::message("answer", answer)?;
    let answered = state
        .store
        .answer_clarification(id, clarification_id, &answer, actor(ctx, None))
        .await
        .map_err(no_open_question)?;
    crate::notify::tell::clarification_answered(state, &case.application).await;
    Ok(answered)
}

fn no_open_question(err: StoreError) -> AppError {
    match err {
        StoreError::WrongState {
            what: "clarification",
            ..
        } => AppError::NoOpenClarification,
        other => other.into(),
    }
}

/// Whether the visitor may amend the application's exemptions now: allowed by the table
/// and a question is open.
pub async fn can_amend(
    state: &AppState,
    ctx: &RequestContext,
    case: &Case,
) -> Result<bool, AppError> {
    let members: Vec<i64> = case.application.members.iter().map(|m| m.id).collect();
    if frirum_domain::authz::application(
        cases::viewer(ctx),
        &case.facts(&members, &[]),
        ApplicationAction::AmendExemptions,
    )
    .is_err()
    {
        return Ok(false);
    }
    let thread = state
        .store
        .clarification_thread(case.application.id)
        .await?;
    let decided = state.store.decision(case.application.id).await?.is_some();
    Ok(!decided && review::awaiting_answer(&thread))
}

/// Replaces the requested exemptions of a submitted application during an open
/// clarification, at the version the editor started from, with a reason for the journal.
/// The provisions they name are recorded in the same step.
pub async fn amend(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    version: i64,
    exemptions: Vec<RequestedExemption>,
    reason: &str,
) -> Result<Application, AppError> {
    let case = cases::application_for(state, ctx, id, ApplicationAction::AmendExemptions).await?;
    let reason = review::message("reason", reason)?;
    let thread = state.store.clarification_thread(id).await?;
    if !review::awaiting_answer(&thread) {
        return Err(AppError::NoOpenClarification);
    }
    let content = ApplicationContent {
        exemptions,
        ..ApplicationContent::default()
    }
    .cleaned();
    content.validate(&[])?;
    let provisions = state
        .rule_finder
        .application_provisions(&*state.store, case.scheme.country.into(), &content)
        .await?;
    Ok(state
        .store
        .amend_exemptions(
            id,
            version,
            &content.exemptions,
            &provisions,
            actor(ctx, Some(&reason)),
        )
        .await?)
}
