//! The secretariat's import of the registry from a CSV file in the browser.

use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::registry;
use frirum_domain::Country;
use frirum_domain::authz::Action;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;

#[derive(Template)]
#[template(path = "import/import.html")]
struct ImportPage {
    ctx: PageContext,
    notice: Option<String>,
    error: Option<String>,
}

fn page(
    state: &AppState,
    ctx: &RequestContext,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Response, AppError> {
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = ImportPage {
        ctx: page_context(state, ctx),
        notice,
        error,
    };
    Ok((status, page.render_html()?).into_response())
}

pub async fn form(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Response, AppError> {
    ctx.authorize(Action::ImportRegistry)?;
    page(&state, &ctx, None, None)
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    ctx.authorize(Action::ImportRegistry)?;
    let mut country = None;
    let mut file = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| AppError::field("file", e.body_text()))?
    {
        match field.name() {
            Some("country") => country = field.text().await.ok(),
            Some("file") => {
                file = Some(
                    field
                        .bytes()
                        .await
                        .map_err(|e| AppError::field("file", e.body_text()))?,
                );
            }
            _ => {}
        }
    }
    let t = page_context(&state, &ctx);
    let Some(country) = country.and_then(|c| c.parse::<Country>().ok()) else {
        return page(&state, &ctx, None, Some(t.t("import-choose-country")));
    };
    let Some(bytes) = file.filter(|b| !b.is_empty()) else {
        return page(&state, &ctx, None, Some(t.t("import-choose-file")));
    };
    let refused = |line: u64, reason: String| {
        let text = state.i18n.t_args(
            ctx.lang,
            "import-refused",
            &[("line", line.into()), ("reason", reason.into())],
        );
        page(&state, &ctx, None, Some(text))
    };
    match registry::import(&state, &ctx, country, &bytes).await {
        Ok(summary) => {
            let text = state.i18n.t_args(
                ctx.lang,
                "import-done",
                &[
                    ("added", summary.added.into()),
                    ("updated", summary.updated.into()),
                    ("unchanged", summary.unchanged.into()),
                    ("figures", summary.figures_added.into()),
                ],
            );
            tracing::info!(%country, ?summary, "registry imported in the browser");
            page(&state, &ctx, Some(text), None)
        }
        Err(Error::ImportRefused { line, reason, .. }) => refused(line, reason),
        Err(e) => Err(e.into()),
    }
}
