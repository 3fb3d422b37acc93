//! Browsing and searching the registry of municipalities, counties and regions.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use frirum_app::registry::{self, Registered};
use frirum_domain::{Organisation, Page, PageRequest, PopulationFigure};
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::api::organisations::{RegistryQuery, path_country};
use crate::handlers::pages::layout::{PageContext, Pager, RenderHtml};
use crate::handlers::pages::page_context;

#[derive(Template)]
#[template(path = "organisations/organisations.html")]
struct OrganisationsPage {
    ctx: PageContext,
    query: String,
    country: String,
    kind: String,
    results: Page<Organisation>,
    pager: Pager,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<RegistryQuery>,
) -> Result<Html<String>, AppError> {
    let (filter, page) = query.to_filter()?;
    let results = registry::organisations(&state, &ctx, &filter, page).await?;
    let page_ctx = page_context(&state, &ctx);
    let query_text = filter.query.clone().unwrap_or_default();
    let country = filter.country.map(|c| c.to_string()).unwrap_or_default();
    let kind = filter.kind.map(|k| k.to_string()).unwrap_or_default();
    let pager = Pager::new(
        &page_ctx,
        &results,
        "/organisations",
        &[
            ("q", query_text.clone()),
            ("country", country.clone()),
            ("kind", kind.clone()),
        ],
    );
    OrganisationsPage {
        ctx: page_ctx,
        query: query_text,
        country,
        kind,
        results,
        pager,
    }
    .render_html()
}

#[derive(Deserialize)]
pub struct DetailQuery {
    page: Option<u32>,
}

#[derive(Template)]
#[template(path = "organisations/organisation.html")]
struct OrganisationPage {
    ctx: PageContext,
    organisation: Organisation,
    parent: Option<Organisation>,
    history: Vec<PopulationFigure>,
    members: Page<Organisation>,
    pager: Pager,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((country, code)): Path<(String, String)>,
    Query(query): Query<DetailQuery>,
) -> Result<Html<String>, AppError> {
    let country = path_country(&country)?;
    let page = PageRequest::new(query.page, Some(100))
        .map_err(|e| AppError::field("page", e.to_string()))?;
    let (registered, members) =
        registry::organisation_with_members(&state, &ctx, country, &code, page).await?;
    let Registered {
        organisation,
        parent,
        population_history: history,
    } = registered;
    let page_ctx = page_context(&state, &ctx);
    let base = format!("/organisations/{country}/{}", organisation.code);
    let pager = Pager::new(&page_ctx, &members, &base, &[]);
    OrganisationPage {
        ctx: page_ctx,
        organisation,
        parent,
        history,
        members,
        pager,
    }
    .render_html()
}
