//! The signed-in user's own account and API tokens.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use frirum_domain::authz::Action;
use frirum_domain::{Language, PageRequest};

use super::dto::{
    ApiTokenPageDto, CreateApiTokenDto, CreatedApiTokenDto, ErrorEnvelope, UpdateMeDto, UserDto,
};
use super::extract::{ApiJson, ApiQuery};
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use frirum_app::accounts as service;

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// 1-based page number.
    #[param(minimum = 1)]
    pub page: Option<u32>,
    /// Items per page, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub per_page: Option<u32>,
}

impl PageQuery {
    pub fn request(&self) -> Result<PageRequest, AppError> {
        PageRequest::new(self.page, self.per_page).map_err(|e| {
            let field = match e {
                frirum_domain::page::PageError::Page => "page",
                frirum_domain::page::PageError::PerPage { .. } => "per_page",
            };
            AppError::field(field, e.to_string())
        })
    }
}

/// Who the token or session belongs to.
#[utoipa::path(get, path = "/api/v1/me", tag = "account",
    responses(
        (status = 200, body = UserDto),
        (status = 401, body = ErrorEnvelope, description = "Missing or invalid token"),
    ),
    security(("bearer" = [])))]
pub async fn show(ctx: RequestContext) -> Result<Json<UserDto>, AppError> {
    let user = ctx.user_for(Action::ManageOwnAccount)?;
    Ok(Json(user.clone().into()))
}

/// Changes one's own name or interface language.
#[utoipa::path(patch, path = "/api/v1/me", tag = "account",
    request_body = UpdateMeDto,
    responses(
        (status = 200, body = UserDto),
        (status = 400, body = ErrorEnvelope, description = "The body is not valid JSON"),
        (status = 422, body = ErrorEnvelope, description = "A field is unknown or invalid"),
    ),
    security(("bearer" = [])))]
pub async fn update(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiJson(body): ApiJson<UpdateMeDto>,
) -> Result<Json<UserDto>, AppError> {
    let user = ctx.user_for(Action::ManageOwnAccount)?;
    let name = body.name.as_deref().unwrap_or(&user.name);
    let language = match body.language {
        None => user.language,
        Some(None) => None,
        Some(Some(tag)) => Some(
            tag.parse::<Language>()
                .map_err(|e| AppError::field("language", e.to_string()))?,
        ),
    };
    let updated = service::update_profile(&state, &ctx, name, language).await?;
    Ok(Json(updated.into()))
}

/// One's own API tokens, newest first.
#[utoipa::path(get, path = "/api/v1/me/tokens", tag = "account",
    params(PageQuery),
    responses((status = 200, body = ApiTokenPageDto)),
    security(("bearer" = [])))]
pub async fn tokens(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<Json<ApiTokenPageDto>, AppError> {
    let own = service::own_account(&state, &ctx, query.request()?).await?;
    Ok(Json(own.tokens.into()))
}

/// Creates a personal API token; its secret is in this answer only.
#[utoipa::path(post, path = "/api/v1/me/tokens", tag = "account",
    request_body = CreateApiTokenDto,
    responses(
        (status = 201, body = CreatedApiTokenDto),
        (status = 422, body = ErrorEnvelope),
    ),
    security(("bearer" = [])))]
pub async fn create_token(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiJson(body): ApiJson<CreateApiTokenDto>,
) -> Result<(StatusCode, Json<CreatedApiTokenDto>), AppError> {
    let (token, secret) = service::create_own_token(&state, &ctx, &body.name).await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedApiTokenDto {
            token: token.into(),
            secret,
        }),
    ))
}

/// Revokes one of one's own tokens.
#[utoipa::path(delete, path = "/api/v1/me/tokens/{id}", tag = "account",
    params(("id" = i64, Path, description = "The token's id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 404, body = ErrorEnvelope, description = "No such active token of yours"),
    ),
    security(("bearer" = [])))]
pub async fn revoke_token(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    service::revoke_own_token(&state, &ctx, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
