//! Operations: liveness, readiness and the style sheet.

use axum::Json;
use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::IntoResponse;
use serde::Serialize;

use crate::AppState;
use crate::error::AppError;

/// What the operational endpoints answer: `ok` (alive) or `ready` (the database answers).
#[derive(Debug, Serialize)]
pub struct Health {
    pub status: &'static str,
}

/// Alive: the process answers.
pub async fn healthz() -> impl IntoResponse {
    Json(Health { status: "ok" })
}

/// Ready: the database answers too.
pub async fn readyz(State(state): State<AppState>) -> Result<impl IntoResponse, AppError> {
    state.ready().await?;
    Ok(Json(Health { status: "ready" }))
}

/// The site's icon, drawn for Frirum (an "F" on the brand's blue), so that browsers asking
/// for one find it instead of a 404.
pub async fn favicon() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "image/svg+xml"),
            (CACHE_CONTROL, "public, max-age=86400"),
        ],
        include_str!("../../static/favicon.svg"),
    )
}

pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "text/css; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/app.css"),
    )
}
