//! Browsing and searching the registry of municipalities, counties and regions.

use axum::extract::{Path, Query, State};
use axum::response::Html;
use frirum_app::Error;
use frirum_domain::authz::Action;
use frirum_domain::{Country, Organisation, OrganisationKind, PageRequest};
use frirum_store::OrganisationFilter;
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::templates::{OrganisationPage, OrganisationsPage, PageContext, Pager, RenderHtml};

/// The search form's parameters; also the API's.
#[derive(Debug, Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RegistryQuery {
    /// Part of a name (diacritics and case do not matter) or an exact code.
    pub q: Option<String>,
    /// `dk`, `no` or `se`.
    pub country: Option<String>,
    /// `municipality`, `county` or `region`.
    pub kind: Option<String>,
    /// Only the municipalities of this county or region.
    pub parent: Option<String>,
    /// 1-based page number.
    pub page: Option<u32>,
    /// Items per page, 1 to 200 (default 50).
    pub per_page: Option<u32>,
}

impl RegistryQuery {
    /// Checks the parameters and turns them into a store filter and a page request.
    pub fn to_filter(&self) -> Result<(OrganisationFilter, PageRequest), AppError> {
        let nonempty = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let country = nonempty(&self.country)
            .map(|c| c.parse::<Country>())
            .transpose()
            .map_err(|e| AppError::field("country", e.to_string()))?;
        let kind = nonempty(&self.kind)
            .map(|k| k.parse::<OrganisationKind>())
            .transpose()
            .map_err(|e| AppError::field("kind", e))?;
        let query = nonempty(&self.q);
        if query.as_ref().is_some_and(|q| q.chars().count() > 100) {
            return Err(AppError::field(
                "q",
                "the search text is longer than 100 characters",
            ));
        }
        let page = PageRequest::new(self.page, self.per_page).map_err(|e| {
            let field = if matches!(e, frirum_domain::page::PageError::Page) {
                "page"
            } else {
                "per_page"
            };
            AppError::field(field, e.to_string())
        })?;
        Ok((
            OrganisationFilter {
                country,
                query,
                kind,
                parent_code: nonempty(&self.parent),
            },
            page,
        ))
    }
}

/// The organisation a `/{country}/{code}` path names; an unknown country or code is 404.
pub async fn find(state: &AppState, country: &str, code: &str) -> Result<Organisation, AppError> {
    let country: Country = country.parse().map_err(|_| Error::NotFound)?;
    state
        .store
        .organisation(country, code)
        .await?
        .ok_or(AppError::from(Error::NotFound))
}

pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<RegistryQuery>,
) -> Result<Html<String>, AppError> {
    ctx.authorize(Action::BrowseRegistry)?;
    let (filter, page) = query.to_filter()?;
    let results = state.store.list_organisations(&filter, page).await?;
    let page_ctx = PageContext::new(&state, &ctx);
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

pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((country, code)): Path<(String, String)>,
    Query(query): Query<DetailQuery>,
) -> Result<Html<String>, AppError> {
    ctx.authorize(Action::BrowseRegistry)?;
    let organisation = find(&state, &country, &code).await?;
    let country = organisation.country;
    let parent = match &organisation.parent_code {
        Some(parent) => state.store.organisation(country, parent).await?,
        None => None,
    };
    let history = state.store.population_history(organisation.id).await?;
    let page = PageRequest::new(query.page, Some(100))
        .map_err(|e| AppError::field("page", e.to_string()))?;
    let members = state
        .store
        .list_organisations(
            &OrganisationFilter {
                country: Some(country),
                parent_code: Some(organisation.code.clone()),
                ..Default::default()
            },
            page,
        )
        .await?;
    let page_ctx = PageContext::new(&state, &ctx);
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
