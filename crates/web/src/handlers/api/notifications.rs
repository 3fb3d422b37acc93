//! The signed-in user's own notifications: the list and marking one read.

use axum::Json;
use axum::extract::State;
use frirum_app::notifications;
use frirum_domain::notification::{Notification, NotificationKind};
use serde::Serialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use utoipa::ToSchema;

use super::dto::ErrorEnvelope;
use super::extract::ApiQuery;
use super::me::PageQuery;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// Something that happened to a case that concerns you.
#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationDto {
    pub id: i64,
    /// What happened, such as `assessor_assigned` or `decided`.
    #[schema(value_type = NotificationKind)]
    pub kind: String,
    pub application_id: Option<i64>,
    pub title: String,
    pub body: String,
    /// The page the notification is about, a path within Frirum.
    pub link: String,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub read_at: Option<String>,
}

fn timestamp(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

impl From<Notification> for NotificationDto {
    fn from(n: Notification) -> Self {
        NotificationDto {
            id: n.id,
            kind: n.kind.as_str().to_owned(),
            application_id: n.application_id,
            title: n.title,
            body: n.body,
            link: n.link,
            created_at: timestamp(n.created_at),
            read_at: n.read_at.map(timestamp),
        }
    }
}

/// One page of your notifications, newest first, with how many are unread.
#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationPageDto {
    pub items: Vec<NotificationDto>,
    /// 1-based page number.
    pub page: u32,
    pub per_page: u32,
    /// Notifications in the whole list.
    pub total: u64,
    /// Unread notifications in the whole list.
    pub unread: u64,
}

/// Your notifications, newest first.
#[utoipa::path(get, path = "/api/v1/me/notifications", tag = "account",
    params(PageQuery),
    responses(
        (status = 200, body = NotificationPageDto),
        (status = 401, body = ErrorEnvelope, description = "Not signed in"),
        (status = 422, body = ErrorEnvelope, description = "A bad page or page size"),
    ),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<Json<NotificationPageDto>, AppError> {
    let (page, unread) = notifications::own(&state, &ctx, query.request()?).await?;
    Ok(Json(NotificationPageDto {
        page: page.page,
        per_page: page.per_page,
        total: page.total,
        unread,
        items: page.items.into_iter().map(Into::into).collect(),
    }))
}

/// Marks one of your notifications read. Reading it again keeps the first time.
#[utoipa::path(post, path = "/api/v1/me/notifications/{id}/read", tag = "account",
    params(("id" = i64, Path, description = "The notification's id")),
    responses(
        (status = 200, body = NotificationDto),
        (status = 401, body = ErrorEnvelope, description = "Not signed in"),
        (status = 404, body = ErrorEnvelope, description = "No such notification of yours"),
    ),
    security(("bearer" = [])))]
pub async fn mark_read(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<NotificationDto>, AppError> {
    let read = notifications::mark_read(&state, &ctx, id).await?;
    Ok(Json(read.into()))
}
