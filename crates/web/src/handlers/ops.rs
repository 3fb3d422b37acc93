//! Operations: liveness, readiness and the style sheet.

use axum::Json;
use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::IntoResponse;
use frirum_app::Error;
use serde_json::json;

use crate::AppState;
use crate::error::AppError;

/// Alive: the process answers.
pub async fn healthz() -> impl IntoResponse {
    Json(json!({ "status": "ok" }))
}

/// Ready: the database answers too.
pub async fn readyz(State(state): State<AppState>) -> Result<impl IntoResponse, AppError> {
    state.store.ping().await.map_err(|e| {
        tracing::warn!("readiness check failed: {e}");
        Error::Internal(e.to_string())
    })?;
    Ok(Json(json!({ "status": "ready" })))
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
