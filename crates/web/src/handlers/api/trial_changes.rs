//! Change requests through the API: a trial's requests (all for its insiders, the
//! approved ones for everyone), a new request (the participants' applicants; the
//! secretariat may record one at once), the secretariat's decision, and a withdrawal.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use frirum_app::changes::{self, ChangeInput};
use frirum_domain::change::ChangeDecision;

use super::dto::ErrorEnvelope;
use super::dto::trial_changes::{
    ChangeDecisionDto, ChangeRequestDto, ChangeRequestsDto, NewChangeRequestDto,
};
use super::extract::ApiJson;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// A trial's change requests, newest first.
#[utoipa::path(get, path = "/api/v1/trials/{id}/changes", tag = "changes",
    params(("id" = i64, Path)),
    responses((status = 200, body = ChangeRequestsDto), (status = 404, body = ErrorEnvelope)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<ChangeRequestsDto>, AppError> {
    let changes = changes::list(&state, &ctx, id).await?;
    Ok(Json(ChangeRequestsDto { changes }))
}

/// Asks for a change of the trial (the participants' applicants), or records one at once
/// (the secretariat, `record_now`). A minor change (rewording objectives whose figures stay
/// the same) is recorded at once; a major one waits for the secretariat's decision. An
/// extension beyond the legal limit is 422 `extension_beyond_limit`, with the last day
/// allowed (`limit`) and its basis.
#[utoipa::path(post, path = "/api/v1/trials/{id}/changes", tag = "changes",
    params(("id" = i64, Path)),
    request_body = NewChangeRequestDto,
    responses((status = 201, body = ChangeRequestDto),
        (status = 409, description = "edit_conflict, trial_ended or invalid_trial_transition", body = ErrorEnvelope),
        (status = 422, description = "extension_beyond_limit (with the limit), reason_required, not_an_extension, not_a_shortening, end_in_the_past, already_participant, not_participant, last_participant, nothing_changed, screening_required or a field", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<NewChangeRequestDto>,
) -> Result<(StatusCode, Json<ChangeRequestDto>), AppError> {
    let input = ChangeInput {
        proposal: body.proposal,
        reason: body.reason,
        seen_version: body.version,
        record_now: body.record_now,
        screened_no_conflict: body.screened_no_conflict,
        screening_note: body.screening_note,
    };
    let request = changes::submit(&state, &ctx, id, input).await?;
    Ok((StatusCode::CREATED, Json(ChangeRequestDto(request))))
}

/// One change request, with the values before and after.
#[utoipa::path(get, path = "/api/v1/trials/{id}/changes/{change_id}", tag = "changes",
    params(("id" = i64, Path), ("change_id" = i64, Path)),
    responses((status = 200, body = ChangeRequestDto), (status = 404, body = ErrorEnvelope)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, change_id)): Path<(i64, i64)>,
) -> Result<Json<ChangeRequestDto>, AppError> {
    let view = changes::view(&state, &ctx, id, change_id).await?;
    Ok(Json(ChangeRequestDto(view.request)))
}

/// Decides a change request (the secretariat): an approval applies it as the trial's next
/// version; a rejection gives its reasons. Decided once: of two deciders the second gets
/// 409 `change_not_open`.
#[utoipa::path(post, path = "/api/v1/trials/{id}/changes/{change_id}/decision", tag = "changes",
    params(("id" = i64, Path), ("change_id" = i64, Path)),
    request_body = ChangeDecisionDto,
    responses((status = 200, body = ChangeRequestDto),
        (status = 409, description = "change_not_open, edit_conflict or trial_ended", body = ErrorEnvelope),
        (status = 422, description = "reason_required, screening_required, extension_beyond_limit or another rule of the change", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn decide(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, change_id)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<ChangeDecisionDto>,
) -> Result<Json<ChangeRequestDto>, AppError> {
    let decision = ChangeDecision {
        approve: body.approve,
        reason: body.reason,
        screened_no_conflict: body.screened_no_conflict,
        screening_note: body.screening_note,
    };
    let request = changes::decide(&state, &ctx, id, change_id, decision).await?;
    Ok(Json(ChangeRequestDto(request)))
}

/// Withdraws a change request before it is decided (the participants' applicants).
#[utoipa::path(post, path = "/api/v1/trials/{id}/changes/{change_id}/withdraw", tag = "changes",
    params(("id" = i64, Path), ("change_id" = i64, Path)),
    responses((status = 200, body = ChangeRequestDto),
        (status = 409, description = "change_not_open", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, change_id)): Path<(i64, i64)>,
) -> Result<Json<ChangeRequestDto>, AppError> {
    let request = changes::withdraw(&state, &ctx, id, change_id).await?;
    Ok(Json(ChangeRequestDto(request)))
}
