//! The barrier register through the API: the list and one barrier (what the actor may
//! read; a barrier they may not read is 404), reporting, supporting and withdrawing,
//! linking a provision (another jurisdiction's is 422 `provision_other_jurisdiction`), and
//! the lab's triage, status change (a stale version is 409 `edit_conflict`) and merge
//! (into itself or a merged barrier is 409).

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use frirum_app::barriers;
use frirum_domain::barrier::{BarrierReport, BarrierStatusFields};
use frirum_store::BarrierTriage;

use super::dto::ErrorEnvelope;
use super::dto::barriers::{
    BarrierDto, BarriersDto, LinkProvisionDto, MergeDto, NewBarrierDto, RegisterQuery,
    StatusChangeDto, TriageDto,
};
use super::extract::ApiJson;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// The register: the barriers the actor may read, filtered by `status`, `country`,
/// `root_cause`, `group`, words (`q`) and `mine=1`.
#[utoipa::path(get, path = "/api/v1/barriers", tag = "barriers",
    params(("status" = Option<String>, Query), ("country" = Option<String>, Query),
        ("root_cause" = Option<String>, Query), ("group" = Option<String>, Query),
        ("q" = Option<String>, Query), ("mine" = Option<String>, Query)),
    responses((status = 200, body = BarriersDto)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<RegisterQuery>,
) -> Result<Json<BarriersDto>, AppError> {
    let register = barriers::register(&state, &ctx, &query.filter()).await?;
    Ok(Json(BarriersDto {
        waiting: register.queue.into_iter().map(Into::into).collect(),
        barriers: register.barriers.into_iter().map(Into::into).collect(),
    }))
}

/// Reports a barrier (anyone signed in), for their organisation. The same text again within
/// a minute gives back the barrier already reported.
#[utoipa::path(post, path = "/api/v1/barriers", tag = "barriers",
    request_body = NewBarrierDto,
    responses((status = 201, body = BarrierDto), (status = 401, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn report(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiJson(body): ApiJson<NewBarrierDto>,
) -> Result<(StatusCode, Json<BarrierDto>), AppError> {
    let barrier = barriers::report(
        &state,
        &ctx,
        BarrierReport {
            title: body.title,
            wants_to_do: body.wants_to_do,
            obstacle: body.obstacle,
            consequences: body.consequences,
            groups: body.groups,
            country: body.country,
            scheme_id: body.scheme_id,
            theme_id: body.theme_id,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(barrier.into())))
}

/// One barrier; 404 when the actor may not read it.
#[utoipa::path(get, path = "/api/v1/barriers/{id}", tag = "barriers",
    params(("id" = i64, Path)),
    responses((status = 200, body = BarrierDto), (status = 404, body = ErrorEnvelope)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<BarrierDto>, AppError> {
    Ok(Json(barriers::barrier(&state, &ctx, id).await?.into()))
}

/// "I meet this too": supporting again changes nothing.
#[utoipa::path(post, path = "/api/v1/barriers/{id}/support", tag = "barriers",
    params(("id" = i64, Path)),
    responses((status = 200, body = BarrierDto), (status = 401, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 409, description = "barrier_merged", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn support(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<BarrierDto>, AppError> {
    Ok(Json(barriers::support(&state, &ctx, id).await?.into()))
}

/// Withdraws one's support.
#[utoipa::path(delete, path = "/api/v1/barriers/{id}/support", tag = "barriers",
    params(("id" = i64, Path)),
    responses((status = 200, body = BarrierDto), (status = 401, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<BarrierDto>, AppError> {
    Ok(Json(
        barriers::withdraw_support(&state, &ctx, id).await?.into(),
    ))
}

/// Links a provision by id or citation: the reporter while the barrier waits, the lab at
/// any time. Another jurisdiction's provision is 422 `provision_other_jurisdiction`.
#[utoipa::path(post, path = "/api/v1/barriers/{id}/provisions", tag = "barriers",
    params(("id" = i64, Path)),
    request_body = LinkProvisionDto,
    responses((status = 200, body = BarrierDto), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 409, description = "barrier_merged", body = ErrorEnvelope),
        (status = 422, description = "provision_other_jurisdiction", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn link_provision(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<LinkProvisionDto>,
) -> Result<Json<BarrierDto>, AppError> {
    let barrier = match (body.provision_id, body.citation.as_deref()) {
        (Some(provision), _) => {
            barriers::link_provision(&state, &ctx, id, provision, body.confirmed).await?
        }
        (None, Some(citation)) => {
            barriers::link_citation(&state, &ctx, id, citation, body.confirmed).await?
        }
        (None, None) => {
            return Err(AppError::field(
                "provision_id",
                "give a provision or a citation",
            ));
        }
    };
    Ok(Json(barrier.into()))
}

/// The lab's triage: root causes, restricted, confirmed provisions.
#[utoipa::path(post, path = "/api/v1/barriers/{id}/triage", tag = "barriers",
    params(("id" = i64, Path)),
    request_body = TriageDto,
    responses((status = 200, body = BarrierDto), (status = 403, body = ErrorEnvelope),
        (status = 409, description = "edit_conflict", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn triage(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<TriageDto>,
) -> Result<Json<BarrierDto>, AppError> {
    let triage = BarrierTriage {
        root_causes: body.root_causes,
        restricted: body.restricted,
        confirmed_provisions: body.confirmed_provisions,
        seen_version: body.version,
    };
    Ok(Json(
        barriers::triage(&state, &ctx, id, &triage).await?.into(),
    ))
}

/// The lab changes the status, with what the status needs.
#[utoipa::path(post, path = "/api/v1/barriers/{id}/status", tag = "barriers",
    params(("id" = i64, Path)),
    request_body = StatusChangeDto,
    responses((status = 200, body = BarrierDto), (status = 403, body = ErrorEnvelope),
        (status = 409, description = "barrier_transition, edit_conflict", body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn change_status(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<StatusChangeDto>,
) -> Result<Json<BarrierDto>, AppError> {
    let fields = BarrierStatusFields {
        guidance: body.guidance,
        reason: body.reason,
        experiment: body.experiment.map(|e| (e.kind, e.id)),
        ministry: body.ministry,
        ministry_response: body.ministry_response,
        note: body.note,
        seen_version: body.version,
    };
    Ok(Json(
        barriers::change_status(&state, &ctx, id, body.status, fields)
            .await?
            .into(),
    ))
}

/// The lab merges the barrier into another; into itself or a merged one is 409.
#[utoipa::path(post, path = "/api/v1/barriers/{id}/merge", tag = "barriers",
    params(("id" = i64, Path)),
    request_body = MergeDto,
    responses((status = 200, description = "the barrier that took it in", body = BarrierDto),
        (status = 403, body = ErrorEnvelope),
        (status = 409, description = "barrier_merge_into_itself, barrier_merge_into_merged", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn merge(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<MergeDto>,
) -> Result<Json<BarrierDto>, AppError> {
    Ok(Json(
        barriers::merge(&state, &ctx, id, body.into).await?.into(),
    ))
}
