//! A trial's indicators through the API: read them (the public sees approved actuals only),
//! report a period's actual or import the CSV file the export writes (the participants'
//! applicants), approve or return an actual (the secretariat and assigned researchers), and
//! define or revise an indicator (the secretariat). The CSV export itself is
//! `/trials/{id}/indicators.csv`, shared with the pages.

use axum::Json;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use frirum_app::indicators;
use frirum_domain::indicator::UpdateInput;

use super::dto::ErrorEnvelope;
use super::dto::trial_indicators::{
    ActualInput, ImportQuery, ImportedDto, IndicatorDto, ReviewInput, ReviseInput,
    TrialIndicatorsDto, UpdateDto,
};
use super::extract::{ApiJson, ApiQuery, read_body};
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// A trial's indicators with their periods and actuals: every actual for the secretariat,
/// the participants' applicants and the assigned researchers; approved ones for the public.
#[utoipa::path(get, path = "/api/v1/trials/{id}/indicators", tag = "indicators",
    params(("id" = i64, Path)),
    responses((status = 200, body = TrialIndicatorsDto), (status = 404, body = ErrorEnvelope)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<TrialIndicatorsDto>, AppError> {
    Ok(Json(indicators::read(&state, &ctx, id).await?.into()))
}

/// Adds an indicator to the trial, with periods from the trial's period and the
/// indicator's frequency (the secretariat).
#[utoipa::path(post, path = "/api/v1/trials/{id}/indicators", tag = "indicators",
    params(("id" = i64, Path)),
    request_body = frirum_domain::indicator::IndicatorDefinition,
    responses((status = 201, body = IndicatorDto),
        (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 422, description = "indicator_value_invalid or field_required, naming `details.field`", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn define(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(definition): ApiJson<frirum_domain::indicator::IndicatorDefinition>,
) -> Result<Response, AppError> {
    let indicator = indicators::define(&state, &ctx, id, &definition).await?;
    Ok((StatusCode::CREATED, Json(IndicatorDto(indicator))).into_response())
}

/// Revises an indicator against the revision seen, with a reason; the definition before is
/// kept and shown (the secretariat). Targets of approved periods stay as they were.
#[utoipa::path(put, path = "/api/v1/trials/{id}/indicators/{indicator_id}", tag = "indicators",
    params(("id" = i64, Path), ("indicator_id" = i64, Path)),
    request_body = ReviseInput,
    responses((status = 200, body = IndicatorDto),
        (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 409, description = "edit_conflict: revised by someone else meanwhile", body = ErrorEnvelope),
        (status = 422, description = "indicator_value_invalid or field_required, naming `details.field`", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn revise(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, indicator_id)): Path<(i64, i64)>,
    ApiJson(input): ApiJson<ReviseInput>,
) -> Result<Json<IndicatorDto>, AppError> {
    let indicator = indicators::revise(
        &state,
        &ctx,
        id,
        indicator_id,
        input.revision,
        &input.definition,
        &input.reason,
    )
    .await?;
    Ok(Json(IndicatorDto(indicator)))
}

/// Reports one period's actual, as a draft or sent for review (the participants'
/// applicants). A value of the wrong kind is 422 naming the field; an approved period is
/// 409 `period_locked`; one waiting for review 409 `update_awaiting_review`.
#[utoipa::path(put, path = "/api/v1/trials/{id}/indicators/periods/{period_id}/actual", tag = "indicators",
    params(("id" = i64, Path), ("period_id" = i64, Path)),
    request_body = ActualInput,
    responses((status = 200, body = UpdateDto),
        (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 409, description = "period_locked, update_awaiting_review, or edit_conflict", body = ErrorEnvelope),
        (status = 422, description = "indicator_value_invalid or field_required, naming `details.field`; period_not_ended (the period has not ended, `details.end`) or period_after_trial_end", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn report(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, period_id)): Path<(i64, i64)>,
    ApiJson(input): ApiJson<ActualInput>,
) -> Result<Json<UpdateDto>, AppError> {
    let update = indicators::report(
        &state,
        &ctx,
        id,
        period_id,
        input.version,
        UpdateInput {
            value: input.value,
            breakdown: input.breakdown,
            comment: input.comment,
            submit: input.submit,
        },
    )
    .await?;
    Ok(Json(UpdateDto(update)))
}

/// Approves or returns a submitted actual against the version seen (the secretariat and
/// assigned researchers): of two reviewers at once one wins, the other gets 409.
#[utoipa::path(post, path = "/api/v1/trials/{id}/indicators/updates/{update_id}/review", tag = "indicators",
    params(("id" = i64, Path), ("update_id" = i64, Path)),
    request_body = ReviewInput,
    responses((status = 200, body = UpdateDto),
        (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 409, description = "edit_conflict (reviewed or changed meanwhile) or update_not_submitted", body = ErrorEnvelope),
        (status = 422, description = "review_comment_required when returning without a comment", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn review(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, update_id)): Path<(i64, i64)>,
    ApiJson(input): ApiJson<ReviewInput>,
) -> Result<Json<UpdateDto>, AppError> {
    let update = indicators::review(
        &state,
        &ctx,
        id,
        update_id,
        input.version,
        input.verdict,
        &input.comment,
    )
    .await?;
    Ok(Json(UpdateDto(update)))
}

/// Imports actuals from a CSV file in the export's format (the participants' applicants),
/// all or nothing: a bad line is 422 `indicator_csv_invalid` with `details.line` and
/// `details.field`; a changed value for an approved period 409 `period_locked`.
#[utoipa::path(post, path = "/api/v1/trials/{id}/indicators/import", tag = "indicators",
    params(("id" = i64, Path), ImportQuery),
    request_body(content = String, content_type = "text/csv"),
    responses((status = 200, body = ImportedDto),
        (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 409, description = "period_locked, update_awaiting_review", body = ErrorEnvelope),
        (status = 422, description = "indicator_csv_invalid, with `details.line` and `details.field`; period_not_ended or period_after_trial_end, with `details.line`", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn import(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiQuery(query): ApiQuery<ImportQuery>,
    request: Request,
) -> Result<Json<ImportedDto>, AppError> {
    let is_csv = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/csv"));
    if !is_csv {
        return Err(AppError::UnsupportedMediaType {
            expected: "text/csv",
        });
    }
    let body = read_body(request, &state).await?;
    let updates = indicators::import_csv(&state, &ctx, id, &body, query.submit).await?;
    Ok(Json(ImportedDto {
        imported: updates.len(),
        updates,
    }))
}
