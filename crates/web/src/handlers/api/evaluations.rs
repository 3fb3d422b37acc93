//! Evaluations through the API: a trial's evaluations and a scheme's joint ones (drafts
//! for the secretariat and the assigned researchers; embargoed ones only announced to
//! others), one evaluation, and the assigned researchers' steps: start a draft, rewrite it
//! against the version read (409 `evaluation_stale`), publish it once confirmed (frozen
//! from then on, 409 `evaluation_published`), record a correction beside it. A finding or
//! recommendation naming an exemption the trial was not granted is 422
//! `finding_exemption_not_granted` / `recommendation_exemption_not_granted`.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use frirum_app::evaluations::{self, EvaluationOwner};
use frirum_domain::evaluation::{Disclosure, EvaluationContent};

use super::dto::ErrorEnvelope;
use super::dto::evaluations::{
    CorrectionRequest, EvaluationDto, EvaluationListDto, PublishEvaluationRequest,
    SaveEvaluationRequest,
};
use super::extract::ApiJson;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// A trial's evaluations.
#[utoipa::path(get, path = "/api/v1/trials/{id}/evaluations", tag = "evaluations",
    params(("id" = i64, Path)),
    responses((status = 200, body = EvaluationListDto), (status = 404, body = ErrorEnvelope)))]
pub async fn trial_evaluations(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<EvaluationListDto>, AppError> {
    Ok(Json(
        evaluations::list(&state, &ctx, EvaluationOwner::Trial(id))
            .await?
            .into(),
    ))
}

/// Starts an evaluation of a trial as a draft (its assigned researchers).
#[utoipa::path(post, path = "/api/v1/trials/{id}/evaluations", tag = "evaluations",
    params(("id" = i64, Path)),
    request_body = EvaluationContent,
    responses((status = 201, body = EvaluationDto),
        (status = 403, description = "not a researcher assigned to the trial", body = ErrorEnvelope),
        (status = 422, description = "finding_exemption_not_granted, finding_indicator_unknown, recommendation_exemption_not_granted, recommendation_twice, evaluation_plan_unknown or a field", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn create_trial_evaluation(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<EvaluationContent>,
) -> Result<(StatusCode, Json<EvaluationDto>), AppError> {
    let e = evaluations::create(&state, &ctx, EvaluationOwner::Trial(id), body).await?;
    Ok((
        StatusCode::CREATED,
        Json(EvaluationDto::of(e, Disclosure::Full)),
    ))
}

/// A scheme's joint evaluations.
#[utoipa::path(get, path = "/api/v1/schemes/{id}/evaluations", tag = "evaluations",
    params(("id" = i64, Path)),
    responses((status = 200, body = EvaluationListDto), (status = 404, body = ErrorEnvelope)))]
pub async fn scheme_evaluations(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<EvaluationListDto>, AppError> {
    Ok(Json(
        evaluations::list(&state, &ctx, EvaluationOwner::Scheme(id))
            .await?
            .into(),
    ))
}

/// Starts a joint evaluation of a whole scheme as a draft (the researchers assigned to
/// the scheme); its findings and recommendations name exemptions of the scheme's trials.
#[utoipa::path(post, path = "/api/v1/schemes/{id}/evaluations", tag = "evaluations",
    params(("id" = i64, Path)),
    request_body = EvaluationContent,
    responses((status = 201, body = EvaluationDto),
        (status = 403, description = "not a researcher assigned to the scheme", body = ErrorEnvelope),
        (status = 422, description = "finding_exemption_not_granted and the other rules of content, or a field", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn create_scheme_evaluation(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<EvaluationContent>,
) -> Result<(StatusCode, Json<EvaluationDto>), AppError> {
    let e = evaluations::create(&state, &ctx, EvaluationOwner::Scheme(id), body).await?;
    Ok((
        StatusCode::CREATED,
        Json(EvaluationDto::of(e, Disclosure::Full)),
    ))
}

/// One evaluation as the caller may see it: a draft only for the secretariat and the
/// assigned researchers, an embargoed one only announced to everybody else.
#[utoipa::path(get, path = "/api/v1/evaluations/{id}", tag = "evaluations",
    params(("id" = i64, Path)),
    responses((status = 200, body = EvaluationDto), (status = 404, body = ErrorEnvelope)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<EvaluationDto>, AppError> {
    Ok(Json(evaluations::get(&state, &ctx, None, id).await?.into()))
}

/// Rewrites a draft whole against the version read.
#[utoipa::path(put, path = "/api/v1/evaluations/{id}", tag = "evaluations",
    params(("id" = i64, Path)),
    request_body = SaveEvaluationRequest,
    responses((status = 200, body = EvaluationDto),
        (status = 409, description = "evaluation_stale (someone saved in between) or evaluation_published", body = ErrorEnvelope),
        (status = 422, description = "finding_exemption_not_granted and the other rules of content, or a field", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn save(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<SaveEvaluationRequest>,
) -> Result<Json<EvaluationDto>, AppError> {
    let e = evaluations::save(&state, &ctx, None, id, body.version, body.content).await?;
    Ok(Json(EvaluationDto::of(e, Disclosure::Full)))
}

/// Publishes a draft as it stands (`confirm` must be true): frozen from now on. Tells the
/// secretariat and, unless embargoed, the participants' applicants.
#[utoipa::path(post, path = "/api/v1/evaluations/{id}/publish", tag = "evaluations",
    params(("id" = i64, Path)),
    request_body = PublishEvaluationRequest,
    responses((status = 200, body = EvaluationDto),
        (status = 409, description = "evaluation_stale or evaluation_published", body = ErrorEnvelope),
        (status = 422, description = "publish_unconfirmed, evaluation_without_findings, a summary missing", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn publish(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<PublishEvaluationRequest>,
) -> Result<Json<EvaluationDto>, AppError> {
    let e = evaluations::publish(&state, &ctx, None, id, body.version, body.confirm).await?;
    Ok(Json(EvaluationDto::of(e, Disclosure::Full)))
}

/// Records a correction beside a published evaluation; its content stays as published.
#[utoipa::path(post, path = "/api/v1/evaluations/{id}/corrections", tag = "evaluations",
    params(("id" = i64, Path)),
    request_body = CorrectionRequest,
    responses((status = 200, body = EvaluationDto),
        (status = 409, description = "evaluation_not_published (a draft is edited instead)", body = ErrorEnvelope),
        (status = 422, description = "the note is missing or too long", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn correct(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<CorrectionRequest>,
) -> Result<Json<EvaluationDto>, AppError> {
    let e = evaluations::correct(&state, &ctx, None, id, &body.note).await?;
    Ok(Json(EvaluationDto::of(e, Disclosure::Full)))
}
