//! The secretariat's page for keeping the law catalogue current: the sync runs (when, which
//! source, the outcome, the counts and what went wrong), the catalogue's version, and
//! "Sync now", which starts a sync in the background through the same use case and lease
//! as the daily run.

use askama::Template;
use axum::Form;
use axum::extract::rejection::FormRejection;
use axum::extract::{Query, State};
use axum::response::{Html, Response};
use frirum_app::Error;
use frirum_app::law_sync::{self, StartRefused};
use frirum_store::law_sync::SyncRun;
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::handlers::api::law_sync::{http_fetcher, time_of_day};
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

#[derive(Template)]
#[template(path = "admin/law_sync.html")]
struct LawSyncPage {
    ctx: PageContext,
    catalogue_version: i64,
    configured: bool,
    daily_at: Option<String>,
    /// Each run with its outcome in words.
    runs: Vec<(SyncRun, String)>,
    notice: Option<String>,
    error: Option<String>,
}

/// What the last "Sync now" came to, carried in the address after the redirect.
#[derive(Debug, Default, Deserialize)]
pub struct Outcome {
    started: Option<String>,
    refused: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(outcome): Query<Outcome>,
) -> Result<Html<String>, AppError> {
    let overview = law_sync::overview(&state, &ctx).await?;
    let page_ctx = page_context(&state, &ctx);
    let notice = outcome
        .started
        .is_some()
        .then(|| page_ctx.t("law-sync-started"));
    let error = match outcome.refused.as_deref() {
        Some("law_sync_busy") => Some(page_ctx.t("law-sync-busy")),
        Some("law_sync_not_configured") => Some(page_ctx.t("law-sync-not-configured")),
        Some("confirm") => Some(page_ctx.t("law-sync-confirm-missing")),
        _ => None,
    };
    let runs = overview
        .runs
        .into_iter()
        .map(|run| {
            let outcome = page_ctx.tp("law-sync-outcome-", AsRef::<str>::as_ref(&run.outcome));
            (run, outcome)
        })
        .collect();
    LawSyncPage {
        runs,
        ctx: page_ctx,
        catalogue_version: overview.catalogue_version,
        configured: overview.configured,
        daily_at: overview.daily_at.map(time_of_day),
        notice,
        error,
    }
    .render_html()
}

#[derive(Debug, Deserialize)]
pub struct StartForm {
    /// The box that says the secretariat means it: a sync downloads the official
    /// publications and may take long.
    confirm: Option<String>,
}

/// "Sync now": starts the sync and comes back to the page, which says that it started, that
/// one is running already, or that this server has no sources configured.
pub async fn start(
    State(state): State<AppState>,
    ctx: RequestContext,
    form: Result<Form<StartForm>, FormRejection>,
) -> Result<Response, AppError> {
    ctx.authorize(frirum_domain::authz::Action::ManageLawCatalogue)?;
    let Form(form) = form.map_err(|e| AppError::field("confirm", e.body_text()))?;
    if form.confirm.is_none() {
        return Ok(see_other("/admin/law-sync?refused=confirm"));
    }
    match law_sync::start(&state, &ctx, http_fetcher).await {
        Ok(()) => Ok(see_other("/admin/law-sync?started=1")),
        Err(Error::Rule(rule))
            if rule.code == frirum_domain::rule::Broken::code(&StartRefused::Busy)
                || rule.code == frirum_domain::rule::Broken::code(&StartRefused::NotConfigured) =>
        {
            Ok(see_other(&format!("/admin/law-sync?refused={}", rule.code)))
        }
        Err(e) => Err(e.into()),
    }
}
