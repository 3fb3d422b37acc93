//! The front page.

use axum::extract::State;
use axum::response::Html;
use frirum_domain::{Country, PageRequest};
use frirum_store::OrganisationFilter;

use crate::AppState;
use crate::error::AppError;
use crate::templates::{HomePage, PageContext, RenderHtml};

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
