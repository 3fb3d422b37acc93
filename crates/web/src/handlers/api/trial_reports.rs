//! Status reports through the API: a trial's reports (the public reads accepted ones'
//! public parts; the secretariat, the participants' applicants and the assigned
//! researchers read all), writing and submitting (the participants' applicants),
//! accepting and returning (the secretariat), and a scheme's reporting schedule.

use axum::Json;
use axum::extract::State;
use frirum_app::reports;

use super::dto::ErrorEnvelope;
use super::dto::trial_reports::{
    ReportAcceptRequest, ReportDto, ReportReturnRequest, ReportWriteRequest, ReportingScheduleDto,
};
use super::extract::ApiJson;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// A trial's status reports the caller may read, by due date.
#[utoipa::path(get, path = "/api/v1/trials/{id}/reports", tag = "reports",
    params(("id" = i64, Path)),
    responses((status = 200, body = Vec<ReportDto>), (status = 404, body = ErrorEnvelope)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<Vec<ReportDto>>, AppError> {
    let reports = reports::list(&state, &ctx, id).await?;
    Ok(Json(reports.into_iter().map(ReportDto::from).collect()))
}

/// One status report of a trial; a report not accepted is 404 to those who do not read
/// the trial whole.
#[utoipa::path(get, path = "/api/v1/trials/{id}/reports/{report_id}", tag = "reports",
    params(("id" = i64, Path), ("report_id" = i64, Path)),
    responses((status = 200, body = ReportDto), (status = 404, body = ErrorEnvelope)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, report_id)): Path<(i64, i64)>,
) -> Result<Json<ReportDto>, AppError> {
    let view = reports::report(&state, &ctx, id, report_id).await?;
    Ok(Json(view.report.into()))
}

/// Saves what a draft or returned report says without submitting it (the participants'
/// applicants).
#[utoipa::path(put, path = "/api/v1/trials/{id}/reports/{report_id}", tag = "reports",
    params(("id" = i64, Path), ("report_id" = i64, Path)),
    request_body = ReportWriteRequest,
    responses((status = 200, body = ReportDto),
        (status = 409, description = "edit_conflict (a stale version) or report_not_editable", body = ErrorEnvelope),
        (status = 422, description = "a field, named as `milestones[0].title`", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn save(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, report_id)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<ReportWriteRequest>,
) -> Result<Json<ReportDto>, AppError> {
    let report = reports::save(&state, &ctx, id, report_id, body.version, body.content).await?;
    Ok(Json(report.into()))
}

/// Saves and submits a report (the participants' applicants): the progress is required;
/// the trial's status counts as verified from now.
#[utoipa::path(post, path = "/api/v1/trials/{id}/reports/{report_id}/submit", tag = "reports",
    params(("id" = i64, Path), ("report_id" = i64, Path)),
    request_body = ReportWriteRequest,
    responses((status = 200, body = ReportDto),
        (status = 409, description = "edit_conflict or report_wrong_status", body = ErrorEnvelope),
        (status = 422, description = "a field, named as `progress`", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, report_id)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<ReportWriteRequest>,
) -> Result<Json<ReportDto>, AppError> {
    let report = reports::submit(&state, &ctx, id, report_id, body.version, body.content).await?;
    Ok(Json(report.into()))
}

/// Accepts a submitted report (the secretariat): its public parts become public. Of two
/// deciding at once, one wins; the other gets 409.
#[utoipa::path(post, path = "/api/v1/trials/{id}/reports/{report_id}/accept", tag = "reports",
    params(("id" = i64, Path), ("report_id" = i64, Path)),
    request_body = ReportAcceptRequest,
    responses((status = 200, body = ReportDto),
        (status = 409, description = "edit_conflict or report_wrong_status", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn accept(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, report_id)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<ReportAcceptRequest>,
) -> Result<Json<ReportDto>, AppError> {
    let report = reports::accept(&state, &ctx, id, report_id, body.version).await?;
    Ok(Json(report.into()))
}

/// Returns a submitted report for revision with a comment (the secretariat).
#[utoipa::path(post, path = "/api/v1/trials/{id}/reports/{report_id}/return", tag = "reports",
    params(("id" = i64, Path), ("report_id" = i64, Path)),
    request_body = ReportReturnRequest,
    responses((status = 200, body = ReportDto),
        (status = 409, description = "edit_conflict or report_wrong_status", body = ErrorEnvelope),
        (status = 422, description = "return_comment_required", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn return_for_revision(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, report_id)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<ReportReturnRequest>,
) -> Result<Json<ReportDto>, AppError> {
    let report =
        reports::return_for_revision(&state, &ctx, id, report_id, body.version, &body.comment)
            .await?;
    Ok(Json(report.into()))
}

/// A scheme's reporting schedule (the secretariat).
#[utoipa::path(get, path = "/api/v1/schemes/{id}/reporting", tag = "reports",
    params(("id" = i64, Path)),
    responses((status = 200, body = ReportingScheduleDto), (status = 403, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn schedule(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<ReportingScheduleDto>, AppError> {
    let (_, schedule) = reports::schedule(&state, &ctx, id).await?;
    Ok(Json(schedule.into()))
}

/// Sets a scheme's reporting schedule (the secretariat); each figure in its range.
#[utoipa::path(put, path = "/api/v1/schemes/{id}/reporting", tag = "reports",
    params(("id" = i64, Path)),
    request_body = ReportingScheduleDto,
    responses((status = 200, body = ReportingScheduleDto),
        (status = 422, description = "value_out_of_range naming the figure", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn set_schedule(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<ReportingScheduleDto>,
) -> Result<Json<ReportingScheduleDto>, AppError> {
    let schedule = reports::set_schedule(&state, &ctx, id, body.into()).await?;
    Ok(Json(schedule.into()))
}
