//! The review pages of a submitted application: the legal screening checklist (secretariat
//! and assessors) and the clarification thread, where the secretariat asks, the lead
//! organisation answers, and both amend the requested exemptions while a question is open.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Form, extract::rejection::FormRejection};
use frirum_app::Error;
use frirum_domain::authz::{Action, ApplicationAction};
use frirum_domain::screening::{ScreeningEntry, ScreeningOutcome};
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;
use frirum_app::applications::{self as cases, Case};
use frirum_app::review;

#[derive(Debug, Default, Deserialize)]
pub struct NoticeQuery {
    pub saved: Option<String>,
    pub asked: Option<String>,
    pub answered: Option<String>,
    pub amended: Option<String>,
}

fn heading(ctx: &PageContext, case: &Case) -> String {
    let title = if case.application.content.title.is_empty() {
        ctx.t("application-untitled")
    } else {
        case.application.content.title.clone()
    };
    match &case.application.case_number {
        Some(n) => format!("{n} · {title}"),
        None => title,
    }
}

fn outcome_key(outcome: ScreeningOutcome) -> String {
    format!("screening-outcome-{}", outcome.as_str())
}

/// One judgement as a page shows it.
struct ScreeningEntryView {
    item_text: String,
    /// The Fluent id of the outcome's name.
    outcome_key: String,
    reason: String,
    by: String,
    at: String,
}

fn entry_view(ctx: &PageContext, e: &ScreeningEntry) -> ScreeningEntryView {
    ScreeningEntryView {
        item_text: e.item_text.clone(),
        outcome_key: outcome_key(e.outcome),
        reason: e.reason.clone(),
        by: e.actor_name.clone().unwrap_or_else(|| "—".into()),
        at: ctx.moment(&e.at),
    }
}

/// What the visitor had typed into a refused form, to show it again.
struct Refused {
    item: usize,
    outcome: String,
    reason: String,
    message: String,
}

/// One checklist item with its current judgement and the form's values.
struct ScreeningItemView {
    index: usize,
    text: String,
    current: Option<ScreeningEntryView>,
    /// The outcome to check in the form: the current one, or the one just refused.
    chosen: String,
    draft_reason: String,
}

#[derive(Template)]
#[template(path = "review/screening.html")]
struct ScreeningPage {
    ctx: PageContext,
    application_id: i64,
    heading: String,
    rules_version: i64,
    items: Vec<ScreeningItemView>,
    history: Vec<ScreeningEntryView>,
    blocking: Vec<frirum_domain::screening::Finding>,
    doubtful: Vec<frirum_domain::screening::Finding>,
    /// Requested provisions beyond a trial or within limits, with the exemption's number.
    limits: Vec<(usize, super::applications::LimitView)>,
    complete: bool,
    can_record: bool,
    /// Each outcome's value and name.
    outcomes: Vec<(String, String)>,
    notice: Option<String>,
    error: Option<String>,
}

async fn render_screening(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    notice: Option<String>,
    refused: Option<Refused>,
) -> Result<Response, AppError> {
    let (case, s) = review::screening_for(state, ctx, id).await?;
    let page_ctx = page_context(state, ctx).in_country(case.scheme.country);
    let items = s
        .checklist
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let current = s.current.iter().find(|e| e.item == i);
            let (chosen, draft_reason) = match &refused {
                Some(r) if r.item == i => (r.outcome.clone(), r.reason.clone()),
                _ => (
                    current
                        .map(|c| c.outcome.as_str().to_owned())
                        .unwrap_or_default(),
                    String::new(),
                ),
            };
            ScreeningItemView {
                index: i,
                text: text.clone(),
                current: current.map(|e| entry_view(&page_ctx, e)),
                chosen,
                draft_reason,
            }
        })
        .collect();
    let status = if refused.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = ScreeningPage {
        heading: heading(&page_ctx, &case),
        application_id: id,
        rules_version: s.rules_version,
        items,
        history: s
            .history
            .iter()
            .rev()
            .map(|e| entry_view(&page_ctx, e))
            .collect(),
        complete: s.summary.complete,
        blocking: s.summary.blocking.clone(),
        doubtful: s.summary.doubtful.clone(),
        limits: s
            .limits
            .iter()
            .map(|l| {
                (
                    l.exemption + 1,
                    super::applications::limit_view(&page_ctx, l),
                )
            })
            .collect(),
        can_record: case.application.status
            == frirum_domain::application::ApplicationStatus::Submitted,
        outcomes: ScreeningOutcome::ALL
            .into_iter()
            .map(|o| (o.as_str().to_owned(), page_ctx.t(&outcome_key(o))))
            .collect(),
        notice,
        error: refused.map(|r| r.message),
        ctx: page_ctx,
    };
    Ok((status, page.render_html()?).into_response())
}

/// The checklist with a form per item, and the history.
pub async fn screening(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let notice = query
        .saved
        .map(|_| page_context(&state, &ctx).t("screening-saved"));
    render_screening(&state, &ctx, id, notice, None).await
}

#[derive(Debug, Deserialize)]
pub struct ScreeningForm {
    item: usize,
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    reason: String,
}

/// Records a judgement of one item.
pub async fn record_screening(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    form: Result<Form<ScreeningForm>, FormRejection>,
) -> Result<Response, AppError> {
    // The rights come before the input, so that a refusal never depends on the form.
    review::screening_case(&state, &ctx, id).await?;
    let Form(form) = form.map_err(|e| AppError::field("item", e.body_text()))?;
    let result = match form.outcome.parse::<ScreeningOutcome>() {
        Ok(outcome) => review::record_screening(&state, &ctx, id, form.item, outcome, &form.reason)
            .await
            .map_err(AppError::from),
        Err(e) => Err(AppError::field("outcome", e)),
    };
    match result {
        Ok(_) => Ok(see_other(&format!(
            "/applications/{id}/screening?saved=1#item-{}",
            form.item
        ))),
        Err(e @ AppError::App(Error::Field(_) | Error::InvalidField { .. })) => {
            let message = page_context(&state, &ctx).error_message(&e);
            let refused = Refused {
                item: form.item,
                outcome: form.outcome,
                reason: form.reason,
                message,
            };
            render_screening(&state, &ctx, id, None, Some(refused)).await
        }
        Err(e) => Err(e),
    }
}

/// A question and its answer as a page shows them.
struct ClarificationView {
    id: i64,
    question: String,
    asked_by: String,
    asked_at: String,
    answer: Option<String>,
    answered_by: String,
    answered_at: String,
}

#[derive(Template)]
#[template(path = "review/clarification.html")]
struct ClarificationPage {
    ctx: PageContext,
    application_id: i64,
    heading: String,
    /// The case's one status, in words.
    status: String,
    thread: Vec<ClarificationView>,
    can_ask: bool,
    can_answer: bool,
    can_amend: bool,
    version: i64,
    /// The requested exemptions: place and reference.
    exemptions: Vec<(usize, String)>,
    draft_question: String,
    notice: Option<String>,
    error: Option<String>,
}

async fn render_clarification(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    notice: Option<String>,
    error: Option<(String, String)>,
) -> Result<Response, AppError> {
    let review::Clarifications {
        case,
        thread,
        stage,
        status: case_status,
        can_amend,
    } = review::clarifications(state, ctx, id).await?;
    let page_ctx = page_context(state, ctx).in_country(case.scheme.country);
    let members: Vec<i64> = case.application.members.iter().map(|m| m.id).collect();
    let can_answer = frirum_domain::authz::application(
        ctx.viewer(),
        &case.facts(&members, &[], ctx.now),
        ApplicationAction::Answer,
    )
    .is_ok();
    // Questions are asked while the review is open: submitted and not yet decided.
    let can_ask = ctx.authorize(Action::AskClarification).is_ok()
        && case.application.status == frirum_domain::application::ApplicationStatus::Submitted
        && !matches!(
            stage,
            Some(
                frirum_domain::review::ReviewStage::Approved
                    | frirum_domain::review::ReviewStage::Rejected
            )
        );
    let name = |n: &Option<String>| n.clone().unwrap_or_else(|| "—".into());
    let views = thread
        .iter()
        .map(|c| ClarificationView {
            id: c.id,
            question: c.question.clone(),
            asked_by: name(&c.asked_by_name),
            asked_at: page_ctx.moment(&c.asked_at),
            answer: c.answer.clone(),
            answered_by: name(&c.answered_by_name),
            answered_at: c
                .answered_at
                .map(|a| page_ctx.moment(&a))
                .unwrap_or_default(),
        })
        .collect();
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let (draft_question, error) = match error {
        Some((draft, message)) => (draft, Some(message)),
        None => (String::new(), None),
    };
    let page = ClarificationPage {
        heading: heading(&page_ctx, &case),
        application_id: id,
        status: page_ctx.t(case_status.message_id().as_str()),
        thread: views,
        can_ask,
        can_answer,
        can_amend,
        version: case.application.version,
        exemptions: case
            .application
            .content
            .exemptions
            .iter()
            .enumerate()
            .map(|(i, e)| (i, e.reference.clone()))
            .collect(),
        draft_question,
        notice,
        error,
        ctx: page_ctx,
    };
    Ok((status, page.render_html()?).into_response())
}

/// The thread, with the forms the visitor may use.
pub async fn clarification(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let page_ctx = page_context(&state, &ctx);
    let notice = if query.asked.is_some() {
        Some(page_ctx.t("clarification-asked"))
    } else if query.answered.is_some() {
        Some(page_ctx.t("clarification-answered"))
    } else if query.amended.is_some() {
        Some(page_ctx.t("clarification-amended"))
    } else {
        None
    };
    render_clarification(&state, &ctx, id, notice, None).await
}

#[derive(Debug, Default, Deserialize)]
pub struct QuestionForm {
    #[serde(default)]
    question: String,
}

/// The secretariat asks a question.
pub async fn ask(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<QuestionForm>,
) -> Result<Response, AppError> {
    match review::ask(&state, &ctx, id, &form.question)
        .await
        .map_err(AppError::from)
    {
        Ok(_) => Ok(see_other(&format!(
            "/applications/{id}/clarification?asked=1"
        ))),
        Err(e @ AppError::App(Error::Field(_))) => {
            let message = page_context(&state, &ctx).error_message(&e);
            render_clarification(&state, &ctx, id, None, Some((form.question, message))).await
        }
        Err(e) => Err(e),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
}

/// The lead organisation answers a question.
pub async fn answer(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, cid)): Path<(i64, i64)>,
    Form(form): Form<AnswerForm>,
) -> Result<Response, AppError> {
    match review::answer(&state, &ctx, id, cid, &form.answer)
        .await
        .map_err(AppError::from)
    {
        Ok(_) => Ok(see_other(&format!(
            "/applications/{id}/clarification?answered=1"
        ))),
        Err(e @ AppError::App(Error::Field(_) | Error::NoOpenClarification)) => {
            let message = page_context(&state, &ctx).error_message(&e);
            render_clarification(&state, &ctx, id, None, Some((String::new(), message))).await
        }
        Err(e) => Err(e),
    }
}

#[derive(Debug, Deserialize)]
pub struct RemoveForm {
    index: usize,
    version: i64,
    #[serde(default)]
    reason: String,
}

/// Removes one requested exemption during an open clarification, with a reason.
pub async fn remove_exemption(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    form: Result<Form<RemoveForm>, FormRejection>,
) -> Result<Response, AppError> {
    let case = cases::application_for(&state, &ctx, id, ApplicationAction::AmendExemptions).await?;
    let Form(form) = form.map_err(|e| AppError::field("index", e.body_text()))?;
    let mut exemptions = case.application.content.exemptions.clone();
    if form.index >= exemptions.len() {
        return Err(AppError::field("index", "no such exemption"));
    }
    exemptions.remove(form.index);
    match review::amend(&state, &ctx, id, form.version, exemptions, &form.reason)
        .await
        .map_err(AppError::from)
    {
        Ok(_) => Ok(see_other(&format!(
            "/applications/{id}/clarification?amended=1"
        ))),
        Err(
            e @ AppError::App(
                Error::Field(_) | Error::EditConflict { .. } | Error::NoOpenClarification,
            ),
        ) => {
            let message = page_context(&state, &ctx).error_message(&e);
            render_clarification(&state, &ctx, id, None, Some((String::new(), message))).await
        }
        Err(e) => Err(e),
    }
}
