//! Research plans through the API: the plans of a trial or the joint plans of a scheme
//! (registered ones for everybody, drafts for the secretariat and the assigned
//! researchers), one plan with its versions, and the assigned researchers' steps: start a
//! draft, rewrite it against the version read (409 `edit_conflict` when stale), register
//! it (frozen as version 1), amend it with a reason (422 `plan_reason_required`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use frirum_app::research_plans;
use frirum_domain::research_plan::PlanOwner;

use super::dto::ErrorEnvelope;
use super::dto::research_plans::{
    AmendPlanRequest, PlanContentRequest, RegisterPlanRequest, ResearchPlanDetailDto,
    ResearchPlanDto, ResearchPlanListDto, SavePlanRequest,
};
use super::extract::ApiJson;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// A trial's research plans with status and version.
#[utoipa::path(get, path = "/api/v1/trials/{id}/plans", tag = "research_plans",
    params(("id" = i64, Path)),
    responses((status = 200, body = ResearchPlanListDto), (status = 404, body = ErrorEnvelope)))]
pub async fn trial_plans(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<ResearchPlanListDto>, AppError> {
    Ok(Json(
        research_plans::plans_of(&state, &ctx, PlanOwner::Trial(id))
            .await?
            .into(),
    ))
}

/// Starts a research plan of a trial as a draft (its assigned researchers).
#[utoipa::path(post, path = "/api/v1/trials/{id}/plans", tag = "research_plans",
    params(("id" = i64, Path)),
    request_body = PlanContentRequest,
    responses((status = 201, body = ResearchPlanDto),
        (status = 422, description = "plan_unknown_indicator or a field", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn create_trial_plan(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<PlanContentRequest>,
) -> Result<(StatusCode, Json<ResearchPlanDto>), AppError> {
    let plan = research_plans::create(&state, &ctx, PlanOwner::Trial(id), body.into()).await?;
    Ok((StatusCode::CREATED, Json(plan.into())))
}

/// A scheme's joint research plans with status and version.
#[utoipa::path(get, path = "/api/v1/schemes/{id}/plans", tag = "research_plans",
    params(("id" = i64, Path)),
    responses((status = 200, body = ResearchPlanListDto), (status = 404, body = ErrorEnvelope)))]
pub async fn scheme_plans(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<ResearchPlanListDto>, AppError> {
    Ok(Json(
        research_plans::plans_of(&state, &ctx, PlanOwner::Scheme(id))
            .await?
            .into(),
    ))
}

/// Starts a joint research plan of a whole scheme as a draft (the researchers assigned to
/// the scheme).
#[utoipa::path(post, path = "/api/v1/schemes/{id}/plans", tag = "research_plans",
    params(("id" = i64, Path)),
    request_body = PlanContentRequest,
    responses((status = 201, body = ResearchPlanDto),
        (status = 422, description = "plan_unknown_indicator (a joint plan names none) or a field", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn create_scheme_plan(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<PlanContentRequest>,
) -> Result<(StatusCode, Json<ResearchPlanDto>), AppError> {
    let plan = research_plans::create(&state, &ctx, PlanOwner::Scheme(id), body.into()).await?;
    Ok((StatusCode::CREATED, Json(plan.into())))
}

/// One plan with every registered version, and whether its results may be public today.
/// A draft is read only by the secretariat and the assigned researchers.
#[utoipa::path(get, path = "/api/v1/plans/{id}", tag = "research_plans",
    params(("id" = i64, Path)),
    responses((status = 200, body = ResearchPlanDetailDto), (status = 404, body = ErrorEnvelope)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<ResearchPlanDetailDto>, AppError> {
    let view = research_plans::plan(&state, &ctx, None, id).await?;
    let public = view.results_public(&ctx);
    Ok(Json(ResearchPlanDetailDto::of(view, public)))
}

/// Rewrites a draft against the version read. A registered plan is refused with 409
/// `plan_registered`: it changes only by an amendment with a reason.
#[utoipa::path(put, path = "/api/v1/plans/{id}", tag = "research_plans",
    params(("id" = i64, Path)),
    request_body = SavePlanRequest,
    responses((status = 200, body = ResearchPlanDto),
        (status = 409, description = "edit_conflict (someone saved in between) or plan_registered", body = ErrorEnvelope),
        (status = 422, description = "plan_unknown_indicator or a field", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn save(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<SavePlanRequest>,
) -> Result<Json<ResearchPlanDto>, AppError> {
    let plan =
        research_plans::save_draft(&state, &ctx, None, id, body.version, body.content.into())
            .await?;
    Ok(Json(plan.into()))
}

/// Registers a draft as it stands: frozen as version 1 with this moment, public from now
/// on. `confirm` must be true. Tells the secretariat and the participants' applicants.
#[utoipa::path(post, path = "/api/v1/plans/{id}/register", tag = "research_plans",
    params(("id" = i64, Path)),
    request_body = RegisterPlanRequest,
    responses((status = 200, body = ResearchPlanDto),
        (status = 409, description = "edit_conflict or plan_registered (already registered)", body = ErrorEnvelope),
        (status = 422, description = "plan_register_unconfirmed, plan_unknown_indicator or a field", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn register(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<RegisterPlanRequest>,
) -> Result<Json<ResearchPlanDto>, AppError> {
    let plan = research_plans::register(&state, &ctx, None, id, body.version, body.confirm).await?;
    Ok(Json(plan.into()))
}

/// Amends a registered plan: a new version with the whole new content and its reason.
/// Tells the secretariat and the participants' applicants.
#[utoipa::path(post, path = "/api/v1/plans/{id}/amendments", tag = "research_plans",
    params(("id" = i64, Path)),
    request_body = AmendPlanRequest,
    responses((status = 200, body = ResearchPlanDto),
        (status = 409, description = "edit_conflict or plan_not_registered (a draft is edited, not amended)", body = ErrorEnvelope),
        (status = 422, description = "plan_reason_required, plan_unchanged, plan_unknown_indicator or a field", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn amend(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<AmendPlanRequest>,
) -> Result<Json<ResearchPlanDto>, AppError> {
    let plan = research_plans::amend(
        &state,
        &ctx,
        None,
        id,
        body.version,
        body.content.into(),
        &body.reason,
    )
    .await?;
    Ok(Json(plan.into()))
}
