//! Trials in operation through the API: the list of registered trials with its filters, a
//! trial's current state and public history of changes, a step of its life (the
//! secretariat), and the researchers who follow it.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_domain::Country;
use frirum_domain::trial::{Transition, TrialFilter, TrialStatus};
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto::ErrorEnvelope;
use super::dto::trials::{
    TrialHistoryDto, TrialPageDto, TrialResearchersDto, TrialStateDto, TrialStepDto, TrialStepKind,
};
use super::extract::{ApiJson, ApiQuery};
use super::schemes::PageQuery;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use frirum_app::trials;

/// The list's filters; absent means any.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TrialListQuery {
    /// 1-based page number.
    #[param(minimum = 1)]
    pub page: Option<u32>,
    /// Items per page, 1 to 200.
    #[param(minimum = 1, maximum = 200)]
    pub per_page: Option<u32>,
    pub scheme_id: Option<i64>,
    pub status: Option<TrialStatus>,
    pub country: Option<Country>,
    pub theme_id: Option<i64>,
    /// Trials this organisation takes part in.
    pub organisation_id: Option<i64>,
    /// Trials this researcher follows.
    pub researcher_id: Option<i64>,
    /// Trials with an exemption in force from this catalogue provision.
    pub provision_id: Option<i64>,
    /// Words in the trial's title or case number.
    pub q: Option<String>,
}

/// Registered trials, newest start first, filtered by scheme, status, country, theme,
/// participant, researcher, provision exempted and words in the title. Public.
#[utoipa::path(get, path = "/api/v1/trials", tag = "trials",
    params(TrialListQuery),
    responses((status = 200, body = TrialPageDto), (status = 422, body = ErrorEnvelope)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiQuery(query): ApiQuery<TrialListQuery>,
) -> Result<Json<TrialPageDto>, AppError> {
    let page = PageQuery {
        page: query.page,
        per_page: query.per_page,
    }
    .request()?;
    let filter = TrialFilter {
        scheme_id: query.scheme_id,
        status: query.status,
        country: query.country,
        theme_id: query.theme_id,
        organisation_id: query.organisation_id,
        researcher_id: query.researcher_id,
        provision_id: query.provision_id,
        text: query.q.filter(|q| !q.trim().is_empty()),
    };
    Ok(Json(
        trials::list(&state, &ctx, &filter, page).await?.into(),
    ))
}

/// A trial as it stands now: status, planned and actual dates, participants, objectives
/// and exemptions with the day each one's legal basis ends, and the version to send back
/// with a change. Public.
#[utoipa::path(get, path = "/api/v1/trials/{id}/state", tag = "trials",
    params(("id" = i64, Path)),
    responses((status = 200, body = TrialStateDto), (status = 404, body = ErrorEnvelope)))]
pub async fn state(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<TrialStateDto>, AppError> {
    let access = trials::access(&state, &ctx, id, frirum_domain::authz::TrialAction::Read).await?;
    Ok(Json(TrialStateDto(access.state)))
}

/// A trial's public history of changes: every version, oldest first, with what it changed
/// (before and after), why, when and by whom.
#[utoipa::path(get, path = "/api/v1/trials/{id}/history", tag = "trials",
    params(("id" = i64, Path)),
    responses((status = 200, body = TrialHistoryDto), (status = 404, body = ErrorEnvelope)))]
pub async fn history(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<TrialHistoryDto>, AppError> {
    Ok(Json(trials::history(&state, &ctx, id).await?.into()))
}

/// Takes a step of a trial's life (the secretariat): start, put on hold (with a reason),
/// resume, complete, or stop early (with a reason). `version` is the state's version the
/// step was decided on; a state changed meanwhile is `edit_conflict`.
#[utoipa::path(post, path = "/api/v1/trials/{id}/status", tag = "trials",
    params(("id" = i64, Path)),
    request_body = TrialStepDto,
    responses((status = 200, body = TrialStateDto),
        (status = 409, description = "invalid_trial_transition or edit_conflict", body = ErrorEnvelope),
        (status = 422, description = "reason_required, ends_before_start or a field", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn step(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<TrialStepDto>,
) -> Result<Json<TrialStateDto>, AppError> {
    let on = || {
        body.on
            .ok_or_else(|| AppError::field("on", "a date is needed for this step"))
    };
    let transition = match body.step {
        TrialStepKind::Start => Transition::Start { on: on()? },
        TrialStepKind::Suspend => Transition::Suspend {
            reason: body.reason.clone(),
        },
        TrialStepKind::Resume => Transition::Resume,
        TrialStepKind::Complete => Transition::Complete { on: on()? },
        TrialStepKind::StopEarly => Transition::StopEarly {
            on: on()?,
            reason: body.reason.clone(),
        },
    };
    let saved = trials::transition(&state, &ctx, id, body.version, &transition).await?;
    Ok(Json(TrialStateDto(saved)))
}

/// The researchers following a trial: for the secretariat, its participants and its
/// researchers.
#[utoipa::path(get, path = "/api/v1/trials/{id}/researchers", tag = "trials",
    params(("id" = i64, Path)),
    responses((status = 200, body = TrialResearchersDto), (status = 403, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn researchers(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<TrialResearchersDto>, AppError> {
    let researchers = trials::researchers(&state, &ctx, id).await?;
    Ok(Json(TrialResearchersDto { researchers }))
}

/// Lets a researcher follow a trial (the secretariat); doing it twice changes nothing.
#[utoipa::path(put, path = "/api/v1/trials/{id}/researchers/{user_id}", tag = "trials",
    params(("id" = i64, Path), ("user_id" = i64, Path)),
    responses((status = 204, description = "Assigned"),
        (status = 422, description = "The account is not a researcher's", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn assign_researcher(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, user_id)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    trials::assign_researcher(&state, &ctx, id, user_id).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Ends a researcher's assignment to a trial (the secretariat).
#[utoipa::path(delete, path = "/api/v1/trials/{id}/researchers/{user_id}", tag = "trials",
    params(("id" = i64, Path), ("user_id" = i64, Path)),
    responses((status = 204, description = "No longer assigned"),
        (status = 404, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn unassign_researcher(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, user_id)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    trials::unassign_researcher(&state, &ctx, id, user_id).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
