//! The review of submitted applications through the API: the legal screening checklist,
//! the clarification thread, and amendments of the requested exemptions.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_domain::application::RequestedExemption;
use frirum_domain::review::{Clarification, ReviewStage};
use frirum_domain::screening::{Finding, ScreeningEntry, ScreeningOutcome};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use utoipa::ToSchema;

use super::dto::ErrorEnvelope;
use super::extract::ApiJson;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use frirum_app::review::{self, Screening};

fn timestamp(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

/// One judgement of a checklist item.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScreeningEntryDto {
    pub id: i64,
    /// The item's place in the checklist, from 0.
    pub item: usize,
    pub item_text: String,
    /// `no_conflict`, `possible_conflict` or `conflict`.
    #[schema(value_type = ScreeningOutcome)]
    pub outcome: String,
    pub reason: String,
    pub by: Option<i64>,
    pub by_name: Option<String>,
    #[schema(format = DateTime)]
    pub at: String,
}

impl From<&ScreeningEntry> for ScreeningEntryDto {
    fn from(e: &ScreeningEntry) -> Self {
        ScreeningEntryDto {
            id: e.id,
            item: e.item,
            item_text: e.item_text.clone(),
            outcome: e.outcome.as_str().to_owned(),
            reason: e.reason.clone(),
            by: e.actor_id,
            by_name: e.actor_name.clone(),
            at: timestamp(e.at),
        }
    }
}

/// One item of the checklist with its current judgement, if any.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScreeningItemDto {
    pub item: usize,
    pub text: String,
    pub current: Option<ScreeningEntryDto>,
}

/// An item that blocks approval or that a decision must look at.
#[derive(Debug, Serialize, ToSchema)]
pub struct FindingDto {
    pub item: usize,
    pub item_text: String,
    #[schema(value_type = ScreeningOutcome)]
    pub outcome: String,
    pub reason: String,
}

impl From<&Finding> for FindingDto {
    fn from(f: &Finding) -> Self {
        FindingDto {
            item: f.item,
            item_text: f.item_text.clone(),
            outcome: f.outcome.as_str().to_owned(),
            reason: f.reason.clone(),
        }
    }
}

/// The legal screening of an application.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScreeningDto {
    pub application_id: i64,
    /// The rules version whose checklist applies: the one the application was submitted under.
    pub rules_version: i64,
    pub items: Vec<ScreeningItemDto>,
    /// Every item has a current judgement.
    pub complete: bool,
    /// A "conflict" stands: approval is refused.
    pub blocks_approval: bool,
    pub blocking: Vec<FindingDto>,
    /// "Possible conflict": not blocking, shown to whoever decides.
    pub doubtful: Vec<FindingDto>,
    /// Every judgement, oldest first.
    pub history: Vec<ScreeningEntryDto>,
    /// Requested provisions that the scheme's law puts beyond a trial, or allows only
    /// within limits: not judged here, but for the screener to weigh.
    pub exemption_limits: Vec<ExemptionLimitDto>,
}

/// A requested provision the scheme's law cannot exempt from (or only within limits).
#[derive(Debug, Serialize, ToSchema)]
pub struct ExemptionLimitDto {
    /// The exemption's place in the application, from 0.
    pub exemption: usize,
    /// The provision as the application names it.
    pub cited: String,
    /// The catalogue's provision, when it is there.
    pub provision_id: Option<i64>,
    /// Why: `constitution`, `municipal_organisation`, `administrative_procedure` or `eu_law`.
    pub reason: frirum_domain::exemptibility::NotExemptible,
    /// True when the law bars it outright; false when it is a limit to check.
    pub bar: bool,
}

fn screening_dto(case: &frirum_app::applications::Case, s: &Screening) -> ScreeningDto {
    ScreeningDto {
        application_id: case.application.id,
        rules_version: s.rules_version,
        items: s
            .checklist
            .iter()
            .enumerate()
            .map(|(i, text)| ScreeningItemDto {
                item: i,
                text: text.clone(),
                current: s.current.iter().find(|e| e.item == i).map(Into::into),
            })
            .collect(),
        complete: s.summary.complete,
        blocks_approval: s.summary.blocks_approval(),
        blocking: s.summary.blocking.iter().map(Into::into).collect(),
        doubtful: s.summary.doubtful.iter().map(Into::into).collect(),
        history: s.history.iter().map(Into::into).collect(),
        exemption_limits: s
            .limits
            .iter()
            .map(|l| ExemptionLimitDto {
                exemption: l.exemption,
                cited: l.cited.clone(),
                provision_id: l.provision_id,
                reason: l.reason,
                bar: l.reason.is_bar(),
            })
            .collect(),
    }
}

/// The checklist of the scheme's rules with each item's current judgement and the history
/// (secretariat and assessors).
#[utoipa::path(get, path = "/api/v1/applications/{id}/screening", tag = "review",
    params(("id" = i64, Path)),
    responses((status = 200, body = ScreeningDto), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn screening(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<ScreeningDto>, AppError> {
    let (case, screening) = review::screening_for(&state, &ctx, id).await?;
    Ok(Json(screening_dto(&case, &screening)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScreeningInput {
    /// `no_conflict`, `possible_conflict` or `conflict`.
    #[schema(value_type = ScreeningOutcome)]
    pub outcome: String,
    /// Why: required.
    #[schema(min_length = 1, max_length = 5_000)]
    pub reason: String,
}

/// Records a judgement of one checklist item; earlier judgements stay in the history.
#[utoipa::path(put, path = "/api/v1/applications/{id}/screening/{item}", tag = "review",
    params(("id" = i64, Path), ("item" = usize, Path, description = "The item's place in the checklist, from 0")),
    request_body = ScreeningInput,
    responses((status = 200, body = ScreeningDto),
        (status = 409, body = ErrorEnvelope, description = "`wrong_state`: the application is not submitted"),
        (status = 422, body = ErrorEnvelope, description = "An unknown item, outcome, or a missing or too long reason")),
    security(("bearer" = [])))]
pub async fn record_screening(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, item)): Path<(i64, usize)>,
    ApiJson(input): ApiJson<ScreeningInput>,
) -> Result<Json<ScreeningDto>, AppError> {
    let outcome: ScreeningOutcome = input
        .outcome
        .parse()
        .map_err(|e: String| AppError::field("outcome", e))?;
    review::record_screening(&state, &ctx, id, item, outcome, &input.reason).await?;
    let (case, screening) = review::screening_for(&state, &ctx, id).await?;
    Ok(Json(screening_dto(&case, &screening)))
}

/// A question and its answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct ClarificationDto {
    pub id: i64,
    pub question: String,
    pub asked_by: Option<i64>,
    pub asked_by_name: Option<String>,
    #[schema(format = DateTime)]
    pub asked_at: String,
    pub answer: Option<String>,
    pub answered_by: Option<i64>,
    pub answered_by_name: Option<String>,
    #[schema(format = DateTime)]
    pub answered_at: Option<String>,
    pub open: bool,
}

impl From<&Clarification> for ClarificationDto {
    fn from(c: &Clarification) -> Self {
        ClarificationDto {
            id: c.id,
            question: c.question.clone(),
            asked_by: c.asked_by,
            asked_by_name: c.asked_by_name.clone(),
            asked_at: timestamp(c.asked_at),
            answer: c.answer.clone(),
            answered_by: c.answered_by,
            answered_by_name: c.answered_by_name.clone(),
            answered_at: c.answered_at.map(timestamp),
            open: c.is_open(),
        }
    }
}

/// The clarification thread of an application.
#[derive(Debug, Serialize, ToSchema)]
pub struct ThreadDto {
    pub application_id: i64,
    /// `under_review` or `awaiting_clarification`; none unless submitted.
    #[schema(value_type = Option<ReviewStage>)]
    pub stage: Option<String>,
    /// The application's version, for amending its exemptions.
    pub version: i64,
    /// Oldest first.
    pub items: Vec<ClarificationDto>,
}

fn thread_dto(
    case: &frirum_app::applications::Case,
    thread: &[Clarification],
    stage: Option<ReviewStage>,
) -> ThreadDto {
    ThreadDto {
        application_id: case.application.id,
        stage: stage.map(|s| s.as_str().to_owned()),
        version: case.application.version,
        items: thread.iter().map(Into::into).collect(),
    }
}

/// The thread between the secretariat and the applicant (the applying organisations and
/// the secretariat).
#[utoipa::path(get, path = "/api/v1/applications/{id}/clarifications", tag = "review",
    params(("id" = i64, Path)),
    responses((status = 200, body = ThreadDto), (status = 403, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn clarifications(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<ThreadDto>, AppError> {
    let (case, thread, stage) = review::thread(&state, &ctx, id).await?;
    Ok(Json(thread_dto(&case, &thread, stage)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionInput {
    #[schema(min_length = 1, max_length = 10_000)]
    pub question: String,
}

/// The secretariat asks a question; the application awaits clarification until it is
/// answered.
#[utoipa::path(post, path = "/api/v1/applications/{id}/clarifications", tag = "review",
    params(("id" = i64, Path)), request_body = QuestionInput,
    responses((status = 201, body = ClarificationDto),
        (status = 409, body = ErrorEnvelope, description = "`wrong_state`: the application is not submitted"),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn ask(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<QuestionInput>,
) -> Result<Response, AppError> {
    let asked = review::ask(&state, &ctx, id, &input.question).await?;
    Ok((StatusCode::CREATED, Json(ClarificationDto::from(&asked))).into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerInput {
    #[schema(min_length = 1, max_length = 10_000)]
    pub answer: String,
}

/// The lead organisation answers a question. The round's deadline does not apply.
#[utoipa::path(post, path = "/api/v1/applications/{id}/clarifications/{cid}/answer", tag = "review",
    params(("id" = i64, Path), ("cid" = i64, Path)), request_body = AnswerInput,
    responses((status = 200, body = ClarificationDto),
        (status = 409, body = ErrorEnvelope, description = "`no_open_clarification`: the question has been answered"),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn answer(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, cid)): Path<(i64, i64)>,
    ApiJson(input): ApiJson<AnswerInput>,
) -> Result<Json<ClarificationDto>, AppError> {
    let answered = review::answer(&state, &ctx, id, cid, &input.answer).await?;
    Ok(Json(ClarificationDto::from(&answered)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AmendInput {
    /// The version the editor started from; a stale one is 409 `edit_conflict`.
    pub version: i64,
    /// The whole new list of requested exemptions.
    pub exemptions: Vec<RequestedExemption>,
    /// Why, for the journal: required.
    #[schema(min_length = 1, max_length = 10_000)]
    pub reason: String,
}

/// The application's version and requested exemptions after an amendment.
#[derive(Debug, Serialize, ToSchema)]
pub struct AmendedDto {
    pub id: i64,
    /// The new version, to send with the next amendment.
    pub version: i64,
    pub exemptions: Vec<RequestedExemption>,
}

/// Amends the requested exemptions of a submitted application while a clarification is
/// open (the lead organisation's users and the secretariat); the journal keeps the diff.
#[utoipa::path(put, path = "/api/v1/applications/{id}/exemptions", tag = "review",
    params(("id" = i64, Path)), request_body = AmendInput,
    responses((status = 200, body = AmendedDto, description = "The application's version and exemptions"),
        (status = 409, body = ErrorEnvelope, description = "`edit_conflict`, `no_open_clarification` or `wrong_state`"),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn amend(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<AmendInput>,
) -> Result<Json<AmendedDto>, AppError> {
    let amended = review::amend(
        &state,
        &ctx,
        id,
        input.version,
        input.exemptions,
        &input.reason,
    )
    .await?;
    Ok(Json(AmendedDto {
        id: amended.id,
        version: amended.version,
        exemptions: amended.content.exemptions,
    }))
}
