//! Accounts through the API (secretariat only).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use frirum_domain::{Language, Role};

use super::dto::{CreateUserDto, ErrorEnvelope, UserDto, UserPageDto};
use super::extract::{ApiJson, ApiQuery};
use super::me::PageQuery;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use frirum_app::accounts::{self as service, NewAccount};

/// Every account, by e-mail address.
#[utoipa::path(get, path = "/api/v1/users", tag = "accounts",
    params(PageQuery),
    responses(
        (status = 200, body = UserPageDto),
        (status = 403, body = ErrorEnvelope),
    ),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<Json<UserPageDto>, AppError> {
    let users = service::users(&state, &ctx, query.request()?).await?;
    Ok(Json(users.into()))
}

/// Opens an account.
#[utoipa::path(post, path = "/api/v1/users", tag = "accounts",
    request_body = CreateUserDto,
    responses(
        (status = 201, body = UserDto),
        (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope, description = "The e-mail address is in use"),
        (status = 422, body = ErrorEnvelope),
    ),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiJson(body): ApiJson<CreateUserDto>,
) -> Result<(StatusCode, Json<UserDto>), AppError> {
    let role: Role = body
        .role
        .parse()
        .map_err(|e: frirum_domain::user::UnknownRole| AppError::field("role", e.to_string()))?;
    let language = body
        .language
        .as_deref()
        .map(str::parse::<Language>)
        .transpose()
        .map_err(|e| AppError::field("language", e.to_string()))?;
    let user = service::create_for(
        &state,
        &ctx,
        NewAccount {
            email: body.email,
            name: body.name,
            role,
            organisation: body.organisation,
            language,
            password: body.password,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(user.into())))
}
