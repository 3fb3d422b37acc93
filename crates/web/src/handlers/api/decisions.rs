//! Decisions and trials through the API: the secretariat decides an application; everybody
//! reads published decisions, the list of them and the trials approval created.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_domain::Country;
use frirum_domain::decision::{DecisionDraft, DecisionFilter, Outcome};
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto::ErrorEnvelope;
use super::dto::decisions::{DecisionDto, DecisionPageDto, PendingDecisionDto, TrialDto};
use super::extract::{ApiJson, ApiQuery};
use super::schemes::PageQuery;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use frirum_app::decisions::{self, Decided};

/// Decides a submitted application: approve (granting requested exemptions, possibly
/// narrowed to provisions, with conditions, a period within the scheme's maximum that does
/// not end before the decision, and the local regulation) or reject, with reasons either
/// way. By the scheme's safeguards (on unless turned off) only after the round's deadline
/// and a completed legal screening. `confirmed` must be true: a sound draft without it is
/// refused with `decision_not_confirmed`, as the page's confirmation step does. Where the
/// scheme has the four-eyes rule, the decision waits for a second secretariat member (202
/// with the proposal) and is published when they approve it.
#[utoipa::path(post, path = "/api/v1/applications/{id}/decision", tag = "decisions",
    params(("id" = i64, Path)),
    request_body = DecisionDraft,
    responses((status = 201, body = DecisionDto),
        (status = 202, description = "Four eyes: the decision waits for a second member's approval", body = PendingDecisionDto),
        (status = 409, description = "screening_conflict, round_still_open, screening_not_completed, already_decided or edit_conflict", body = ErrorEnvelope),
        (status = 422, description = "reasons_required, period_ends_before_decision, decision_not_confirmed, exemption_not_requested, provision_outside_request, period_too_long or a field", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn decide(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(draft): ApiJson<DecisionDraft>,
) -> Result<Response, AppError> {
    match decisions::decide(&state, &ctx, id, draft, None).await? {
        Decided::Published(decision) => {
            Ok((StatusCode::CREATED, Json(DecisionDto::from(decision))).into_response())
        }
        Decided::AwaitingApproval(pending) => {
            Ok((StatusCode::ACCEPTED, Json(PendingDecisionDto(pending))).into_response())
        }
    }
}

/// Approves the decision waiting on an application (four eyes): a secretariat member other
/// than the one who proposed it; the proposal is checked again against the case as it is
/// now, recorded and published.
#[utoipa::path(post, path = "/api/v1/applications/{id}/decision/approval", tag = "decisions",
    params(("id" = i64, Path)),
    responses((status = 201, body = DecisionDto),
        (status = 409, description = "second_approver_required, nothing_to_approve, already_decided, round_still_open, screening_not_completed or screening_conflict", body = ErrorEnvelope),
        (status = 422, description = "the proposal no longer passes a rule, such as period_ends_before_decision", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn approve(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let decision = decisions::approve(&state, &ctx, id).await?;
    Ok((StatusCode::CREATED, Json(DecisionDto::from(decision))).into_response())
}

/// The decision on an application, once made: decisions are public.
#[utoipa::path(get, path = "/api/v1/applications/{id}/decision", tag = "decisions",
    params(("id" = i64, Path)),
    responses((status = 200, body = DecisionDto), (status = 404, body = ErrorEnvelope)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<DecisionDto>, AppError> {
    let decision = decisions::decision(&state, &ctx, id).await?;
    Ok(Json(DecisionDto::from(decision)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DecisionListQuery {
    /// Only decisions of this scheme.
    pub scheme_id: Option<i64>,
    /// Only decisions of schemes of this country.
    pub country: Option<Country>,
    /// Only approvals or only rejections.
    pub outcome: Option<Outcome>,
    /// Only decisions made in this calendar year (UTC).
    pub year: Option<i32>,
    /// 1-based page number.
    #[param(minimum = 1)]
    pub page: Option<u32>,
    /// Items per page, 1 to 200.
    #[param(minimum = 1, maximum = 200)]
    pub per_page: Option<u32>,
}

/// Published decisions, newest first, filtered by scheme, country, outcome and year.
#[utoipa::path(get, path = "/api/v1/decisions", tag = "decisions", params(DecisionListQuery),
    responses((status = 200, body = DecisionPageDto)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiQuery(query): ApiQuery<DecisionListQuery>,
) -> Result<Json<DecisionPageDto>, AppError> {
    let page = PageQuery {
        page: query.page,
        per_page: query.per_page,
    }
    .request()?;
    let filter = DecisionFilter {
        scheme_id: query.scheme_id,
        country: query.country,
        outcome: query.outcome,
        year: query.year,
    };
    let results = decisions::published(&state, &ctx, &filter, page).await?;
    Ok(Json(results.into()))
}

/// A trial: what was approved, frozen as it was approved.
#[utoipa::path(get, path = "/api/v1/trials/{id}", tag = "decisions",
    params(("id" = i64, Path)),
    responses((status = 200, body = TrialDto), (status = 404, body = ErrorEnvelope)))]
pub async fn trial(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<TrialDto>, AppError> {
    let trial = decisions::trial(&state, &ctx, id).await?;
    Ok(Json(TrialDto(trial)))
}
