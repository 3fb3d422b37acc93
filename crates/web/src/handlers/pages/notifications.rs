//! The notifications page: one's own notifications, newest first, marked read one by one or
//! all at once, each leading to its case.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use frirum_app::notifications;
use frirum_domain::{Page, PageRequest};
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, Pager, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

#[derive(Deserialize, Default)]
pub struct NotificationsQuery {
    page: Option<u32>,
}

#[derive(Template)]
#[template(path = "notifications/notifications.html")]
struct NotificationsPage {
    ctx: PageContext,
    notifications: Page<frirum_domain::notification::Notification>,
    pager: Pager,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<NotificationsQuery>,
) -> Result<axum::response::Html<String>, AppError> {
    let request = PageRequest::new(query.page, Some(20))
        .map_err(|e| AppError::field("page", e.to_string()))?;
    let notifications = notifications::listed(&state, &ctx, request).await?;
    let page_ctx = page_context(&state, &ctx);
    let pager = Pager::new(&page_ctx, &notifications, "/notifications", &[]);
    NotificationsPage {
        ctx: page_ctx,
        notifications,
        pager,
    }
    .render_html()
}

/// Marks one read and comes back to the list.
pub async fn mark_read(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    notifications::mark_read(&state, &ctx, id).await?;
    Ok(see_other("/notifications"))
}

pub async fn mark_all_read(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Response, AppError> {
    notifications::mark_all_read(&state, &ctx).await?;
    Ok(see_other("/notifications"))
}
