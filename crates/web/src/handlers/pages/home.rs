//! The front page.

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use frirum_domain::{Country, PageRequest};
use frirum_store::OrganisationFilter;

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
    let mut counts = Vec::new();
    for country in Country::ALL {
        let filter = OrganisationFilter {
            country: Some(country),
            ..Default::default()
        };
        let page = state
            .store
            .list_organisations(&filter, PageRequest::new(Some(1), Some(1)).expect("valid"))
            .await?;
        counts.push((country, page.total));
    }
    HomePage { ctx, counts }.render_html()
}
