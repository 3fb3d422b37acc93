//! Organisations' people through the API: the list, invitations, deactivation and the
//! secretariat's appointment of user administrators (`frirum_app::people`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use frirum_app::people::{self, InvitationRequest};
use frirum_domain::Role;

use super::dto::people::{InvitationDto, NewInvitationDto, PeopleAdminDto, PeopleDto, PersonDto};
use super::dto::{ErrorEnvelope, UserDto};
use super::extract::{ApiJson, ApiQuery};
use super::me::PageQuery;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// The people the caller manages, with the open invitations: everybody for the
/// secretariat, their organisation's for a user administrator.
#[utoipa::path(get, path = "/api/v1/people", operation_id = "people_list", tag = "accounts",
    params(PageQuery),
    responses(
        (status = 200, body = PeopleDto),
        (status = 401, body = ErrorEnvelope),
        (status = 403, body = ErrorEnvelope),
    ),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<Json<PeopleDto>, AppError> {
    let found = people::people(&state, &ctx, query.request()?).await?;
    Ok(Json(found.into()))
}

/// Invites someone by e-mail: a link valid once for seven days, sent through the outbox.
#[utoipa::path(post, path = "/api/v1/people/invitations", operation_id = "people_invite", tag = "accounts",
    request_body = NewInvitationDto,
    responses(
        (status = 201, body = InvitationDto),
        (status = 401, body = ErrorEnvelope),
        (status = 403, body = ErrorEnvelope, description = "A role or organisation the caller may not give"),
        (status = 409, body = ErrorEnvelope, description = "The address has an account"),
        (status = 422, body = ErrorEnvelope),
    ),
    security(("bearer" = [])))]
pub async fn invite(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiJson(body): ApiJson<NewInvitationDto>,
) -> Result<(StatusCode, Json<InvitationDto>), AppError> {
    let role: Role = body
        .role
        .parse()
        .map_err(|e: frirum_domain::user::UnknownRole| AppError::field("role", e.to_string()))?;
    let (invitation, _secret) = people::invite(
        &state,
        &ctx,
        InvitationRequest {
            email: body.email,
            name: body.name,
            role,
            organisation: body.organisation,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(invitation.into())))
}

/// Deactivates an account at once: its sessions and API tokens end, it signs in no more.
#[utoipa::path(post, path = "/api/v1/people/{id}/deactivate", operation_id = "people_deactivate", tag = "accounts",
    params(("id" = i64, Path)),
    responses(
        (status = 200, body = PersonDto),
        (status = 401, body = ErrorEnvelope),
        (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope, description = "No such account among the caller's people"),
    ),
    security(("bearer" = [])))]
pub async fn deactivate(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<PersonDto>, AppError> {
    let person = people::deactivate(&state, &ctx, id).await?;
    Ok(Json(person.into()))
}

/// Appoints or relieves an organisation's user administrator (the secretariat).
#[utoipa::path(put, path = "/api/v1/people/{id}/people-admin", operation_id = "people_appoint", tag = "accounts",
    params(("id" = i64, Path)),
    request_body = PeopleAdminDto,
    responses(
        (status = 200, body = UserDto),
        (status = 401, body = ErrorEnvelope),
        (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope, description = "Not an active applicant or researcher of an organisation"),
    ),
    security(("bearer" = [])))]
pub async fn appoint(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<PeopleAdminDto>,
) -> Result<Json<UserDto>, AppError> {
    let user = people::appoint(&state, &ctx, id, body.appointed).await?;
    Ok(Json(user.into()))
}
