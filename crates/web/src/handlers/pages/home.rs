//! The front page.

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use frirum_app::registry;
use frirum_domain::Country;

use crate::AppState;
use crate::error::AppError;
use crate::handlers::pages::layout::{PageContext, RenderHtml};

#[derive(Template)]
#[template(path = "home/home.html")]
struct HomePage {
    ctx: PageContext,
    counts: Vec<(Country, u64)>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Html<String>, AppError> {
    let counts = registry::counts(&state).await?;
    HomePage { ctx, counts }.render_html()
}
