//! Local regulations through the API: every participant's regulation of a trial (public),
//! one regulation (drafted by Frirum when an insider first opens it), the draft's text,
//! the adoption (that participant's applicants, or the secretariat) and the approval (the
//! secretariat, where the scheme requires it).

use axum::Json;
use axum::extract::State;
use frirum_app::regulations;
use frirum_domain::regulation::Adoption;

use super::dto::ErrorEnvelope;
use super::dto::trial_regulations::{
    RegulationAdoptionRequest, RegulationApprovalRequest, RegulationDto, RegulationTextRequest,
    TrialRegulationsDto,
};
use super::extract::ApiJson;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// Every participant of a trial with where its regulation stands, and the day the trial
/// may start once all are in force.
#[utoipa::path(get, path = "/api/v1/trials/{id}/regulations", tag = "regulations",
    params(("id" = i64, Path)),
    responses((status = 200, body = TrialRegulationsDto), (status = 404, body = ErrorEnvelope)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<TrialRegulationsDto>, AppError> {
    Ok(Json(regulations::list(&state, &ctx, id).await?.into()))
}

/// One participant's regulation. The text is public once adopted; before that the trial's
/// participants, researchers and the secretariat read the draft (Frirum drafts it from the
/// decision, in the scheme's language, the first time one of them opens it).
#[utoipa::path(get, path = "/api/v1/trials/{id}/regulations/{organisation_id}", tag = "regulations",
    params(("id" = i64, Path), ("organisation_id" = i64, Path)),
    responses((status = 200, body = RegulationDto),
        (status = 404, description = "No such trial, or the organisation does not take part", body = ErrorEnvelope)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, organisation_id)): Path<(i64, i64)>,
) -> Result<Json<RegulationDto>, AppError> {
    Ok(Json(
        regulations::view(&state, &ctx, id, organisation_id)
            .await?
            .into(),
    ))
}

/// Replaces the draft's text (that participant's applicants, or the secretariat) until the
/// council adopts it.
#[utoipa::path(put, path = "/api/v1/trials/{id}/regulations/{organisation_id}/text", tag = "regulations",
    params(("id" = i64, Path), ("organisation_id" = i64, Path)),
    request_body = RegulationTextRequest,
    responses((status = 200, body = RegulationDto),
        (status = 403, body = ErrorEnvelope),
        (status = 409, description = "edit_conflict, regulation_text_fixed (adopted) or trial_ended", body = ErrorEnvelope),
        (status = 422, description = "field_required or field_too_long (text)", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn edit_text(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, organisation_id)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<RegulationTextRequest>,
) -> Result<Json<RegulationDto>, AppError> {
    Ok(Json(
        regulations::edit_text(&state, &ctx, id, organisation_id, body.version, &body.text)
            .await?
            .into(),
    ))
}

/// Records the council's adoption (that participant's applicants, or the secretariat), or
/// corrects it before approval. When it is the last regulation awaited and its in-force
/// day has come, the trial starts.
#[utoipa::path(post, path = "/api/v1/trials/{id}/regulations/{organisation_id}/adoption", tag = "regulations",
    params(("id" = i64, Path), ("organisation_id" = i64, Path)),
    request_body = RegulationAdoptionRequest,
    responses((status = 200, body = RegulationDto),
        (status = 403, description = "Another organisation's regulation", body = ErrorEnvelope),
        (status = 409, description = "edit_conflict, regulation_already_approved or trial_ended", body = ErrorEnvelope),
        (status = 422, description = "adoption_in_future, in_force_before_adoption, field_required (body, reference)", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn adopt(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, organisation_id)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<RegulationAdoptionRequest>,
) -> Result<Json<RegulationDto>, AppError> {
    let adoption = Adoption {
        adopted_on: body.adopted_on,
        body: body.body,
        reference: body.reference,
        in_force_from: body.in_force_from,
    };
    Ok(Json(
        regulations::record_adoption(&state, &ctx, id, organisation_id, body.version, &adoption)
            .await?
            .into(),
    ))
}

/// Approves an adopted regulation (the secretariat, where the scheme requires it). Of two
/// approving at once one wins; the other gets 409. When it is the last regulation awaited
/// and its in-force day has come, the trial starts.
#[utoipa::path(post, path = "/api/v1/trials/{id}/regulations/{organisation_id}/approval", tag = "regulations",
    params(("id" = i64, Path), ("organisation_id" = i64, Path)),
    request_body = RegulationApprovalRequest,
    responses((status = 200, body = RegulationDto),
        (status = 403, body = ErrorEnvelope),
        (status = 409, description = "edit_conflict, regulation_not_adopted, regulation_already_approved or regulation_approval_not_required", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn approve(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, organisation_id)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<RegulationApprovalRequest>,
) -> Result<Json<RegulationDto>, AppError> {
    Ok(Json(
        regulations::approve(&state, &ctx, id, organisation_id, body.version)
            .await?
            .into(),
    ))
}
