//! Keeping the law catalogue current through the API: the sync runs with their outcomes and
//! the catalogue's version, and "sync now" for whoever keeps the catalogue.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use frirum_app::law_sync::{self, Fetch, SyncConfig, SyncError};
use frirum_store::law_sync::SyncRun;
use serde::Serialize;
use utoipa::ToSchema;

use super::dto::ErrorEnvelope;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::publications::HttpFetcher;

/// The law sync: the catalogue's version, whether this server syncs, and the latest runs.
#[derive(Debug, Serialize, ToSchema)]
pub struct LawSyncDto {
    /// One more after every import that added or changed an act.
    pub catalogue_version: i64,
    /// Whether the official sources' addresses are configured on this server; without
    /// them it does not sync (the demo and the tests).
    pub configured: bool,
    /// The time of day (UTC, `HH:MM`) of the daily run, or null when there is none.
    pub daily_at: Option<String>,
    /// The latest runs, newest first: when, which source, the outcome, the counts of
    /// documents fetched, unchanged (304), added, updated, unchanged and unreadable, and
    /// what went wrong, in words.
    pub runs: Vec<SyncRun>,
}

/// The sync has started in the background; its run appears in the list.
#[derive(Debug, Serialize, ToSchema)]
pub struct SyncStartedDto {
    pub started: bool,
}

/// The downloader of the web adapter, for the configured timeout.
pub fn http_fetcher(config: &SyncConfig) -> Result<Arc<dyn Fetch>, SyncError> {
    Ok(Arc::new(HttpFetcher::new(config.timeout)?))
}

/// The time of day as the API and the page show it.
pub fn time_of_day(at: time::Time) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// The law sync's runs and the catalogue's version (the secretariat).
#[utoipa::path(get, path = "/api/v1/law-sync", tag = "law",
    responses((status = 200, body = LawSyncDto),
        (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Json<LawSyncDto>, AppError> {
    let overview = law_sync::overview(&state, &ctx).await?;
    Ok(Json(LawSyncDto {
        catalogue_version: overview.catalogue_version,
        configured: overview.configured,
        daily_at: overview.daily_at.map(time_of_day),
        runs: overview.runs,
    }))
}

/// Syncs every configured source now, in the background, under the same lease as the daily
/// run: 409 `law_sync_busy` while a sync runs (here or on another server), 409
/// `law_sync_not_configured` when this server has no sources configured.
#[utoipa::path(post, path = "/api/v1/law-sync/runs", tag = "law",
    responses((status = 202, body = SyncStartedDto),
        (status = 401, body = ErrorEnvelope), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope, description = "`law_sync_busy`, `law_sync_not_configured`")))]
pub async fn start(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<(StatusCode, Json<SyncStartedDto>), AppError> {
    law_sync::start(&state, &ctx, http_fetcher).await?;
    Ok((StatusCode::ACCEPTED, Json(SyncStartedDto { started: true })))
}
