//! Research teams through the API: research organisations and their members (the
//! secretariat), and the assignments of researchers to a whole scheme or one of its themes
//! (the secretariat assigns; everybody who sees the scheme reads who is assigned, without
//! their e-mail addresses). A trial's own researchers are under `/api/v1/trials/{id}`.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::research::{self, SchemeScope};
use frirum_domain::research::{NewResearchOrganisation, ResearchOrganisation, Researcher};

use super::dto::ErrorEnvelope;
use super::dto::research::{
    MembershipDto, NewResearchOrganisationDto, ResearchOrganisationsDto, ResearchersDto,
    SchemeResearchDto,
};
use super::extract::ApiJson;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// Every research organisation (the secretariat).
#[utoipa::path(get, path = "/api/v1/research/organisations", tag = "research",
    responses((status = 200, body = ResearchOrganisationsDto), (status = 403, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn organisations(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Json<ResearchOrganisationsDto>, AppError> {
    let organisations = research::organisations(&state, &ctx).await?;
    Ok(Json(ResearchOrganisationsDto { organisations }))
}

/// Adds a research organisation (the secretariat); a name the country has already is 409
/// `research_organisation_exists`.
#[utoipa::path(post, path = "/api/v1/research/organisations", tag = "research",
    request_body = NewResearchOrganisationDto,
    responses((status = 201, body = ResearchOrganisation),
        (status = 403, body = ErrorEnvelope),
        (status = 409, description = "research_organisation_exists", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn create_organisation(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiJson(body): ApiJson<NewResearchOrganisationDto>,
) -> Result<(StatusCode, Json<ResearchOrganisation>), AppError> {
    let created = research::create_organisation(
        &state,
        &ctx,
        NewResearchOrganisation {
            name: body.name,
            country: body.country,
            website: body.website,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// Every researcher with their organisation (the secretariat).
#[utoipa::path(get, path = "/api/v1/research/researchers", tag = "research",
    responses((status = 200, body = ResearchersDto), (status = 403, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn researchers(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Json<ResearchersDto>, AppError> {
    let researchers = research::researchers(&state, &ctx).await?;
    Ok(Json(ResearchersDto { researchers }))
}

/// Puts a researcher into a research organisation, or out of any (`null`): the
/// secretariat. An account that is not a researcher's is 422 `not_a_researcher`.
#[utoipa::path(put, path = "/api/v1/research/researchers/{user_id}/organisation", tag = "research",
    params(("user_id" = i64, Path)),
    request_body = MembershipDto,
    responses((status = 200, body = Researcher),
        (status = 403, body = ErrorEnvelope),
        (status = 422, description = "not_a_researcher or an unknown organisation", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn set_membership(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(user_id): Path<i64>,
    ApiJson(body): ApiJson<MembershipDto>,
) -> Result<Json<Researcher>, AppError> {
    Ok(Json(
        research::set_membership(&state, &ctx, user_id, body.organisation_id).await?,
    ))
}

/// Who does research within a scheme: assigned to the whole scheme, to a theme or to a
/// single trial.
#[utoipa::path(get, path = "/api/v1/schemes/{id}/research", tag = "research",
    params(("id" = i64, Path)),
    responses((status = 200, body = SchemeResearchDto), (status = 404, body = ErrorEnvelope)))]
pub async fn scheme_research(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<SchemeResearchDto>, AppError> {
    let found = research::scheme_research(&state, &ctx, id).await?;
    Ok(Json(SchemeResearchDto {
        scheme_id: found.scheme.id,
        assignments: found.assignments.into_iter().map(Into::into).collect(),
    }))
}

/// Assigns a researcher to the whole scheme, its joint evaluation (the secretariat); doing
/// it twice changes nothing. Only researchers are assigned (422 `not_a_researcher`).
#[utoipa::path(put, path = "/api/v1/schemes/{id}/researchers/{user_id}", tag = "research",
    params(("id" = i64, Path), ("user_id" = i64, Path)),
    responses((status = 204, description = "Assigned"),
        (status = 403, body = ErrorEnvelope),
        (status = 422, description = "not_a_researcher", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn assign_scheme(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, user_id)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    research::assign(&state, &ctx, id, user_id, SchemeScope::Scheme).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Ends a researcher's assignment to the whole scheme (the secretariat).
#[utoipa::path(delete, path = "/api/v1/schemes/{id}/researchers/{user_id}", tag = "research",
    params(("id" = i64, Path), ("user_id" = i64, Path)),
    responses((status = 204, description = "No longer assigned"),
        (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn unassign_scheme(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, user_id)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    research::unassign(&state, &ctx, id, user_id, SchemeScope::Scheme).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Assigns a researcher to every trial of one of the scheme's themes, a network (the
/// secretariat). A theme of another scheme is 422 `theme_not_in_scheme`.
#[utoipa::path(put, path = "/api/v1/schemes/{id}/themes/{theme_id}/researchers/{user_id}", tag = "research",
    params(("id" = i64, Path), ("theme_id" = i64, Path), ("user_id" = i64, Path)),
    responses((status = 204, description = "Assigned"),
        (status = 403, body = ErrorEnvelope),
        (status = 422, description = "not_a_researcher or theme_not_in_scheme", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn assign_theme(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, theme_id, user_id)): Path<(i64, i64, i64)>,
) -> Result<Response, AppError> {
    research::assign(&state, &ctx, id, user_id, SchemeScope::Theme(theme_id)).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Ends a researcher's assignment to one of the scheme's themes (the secretariat).
#[utoipa::path(delete, path = "/api/v1/schemes/{id}/themes/{theme_id}/researchers/{user_id}", tag = "research",
    params(("id" = i64, Path), ("theme_id" = i64, Path), ("user_id" = i64, Path)),
    responses((status = 204, description = "No longer assigned"),
        (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope),
        (status = 422, description = "theme_not_in_scheme", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn unassign_theme(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, theme_id, user_id)): Path<(i64, i64, i64)>,
) -> Result<Response, AppError> {
    research::unassign(&state, &ctx, id, user_id, SchemeScope::Theme(theme_id)).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
