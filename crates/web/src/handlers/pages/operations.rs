//! The secretariat's operations page: the scheduled jobs (their latest runs on whichever
//! server, and who holds their leases now), the outbox (waiting, failing, the oldest
//! waiting mail) and the law catalogue (its version and the last sync run).

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use frirum_app::operations::{self, Overview};

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;

#[derive(Template)]
#[template(path = "admin/operations.html")]
struct OperationsPage {
    ctx: PageContext,
    overview: Overview,
    /// Each run's outcome in words, beside the run.
    outcomes: Vec<String>,
    /// The last sync's outcome in words.
    last_sync_outcome: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Html<String>, AppError> {
    let overview = operations::overview(&state, &ctx).await?;
    let page_ctx = page_context(&state, &ctx);
    let outcomes = overview
        .runs
        .iter()
        .map(|run| page_ctx.tp("operations-outcome-", run.outcome.as_ref()))
        .collect();
    let last_sync_outcome = overview
        .last_sync
        .as_ref()
        .map(|run| page_ctx.tp("law-sync-outcome-", AsRef::<str>::as_ref(&run.outcome)));
    OperationsPage {
        ctx: page_ctx,
        overview,
        outcomes,
        last_sync_outcome,
    }
    .render_html()
}
