//! The registry through the API: list, search, read, and import (secretariat).

use axum::Json;
use axum::extract::{Request, State};
use axum::http::header::CONTENT_TYPE;
use frirum_app::Error;
use frirum_app::registry;
use frirum_domain::authz::Action;
use frirum_domain::{Country, OrganisationKind, PageRequest};
use frirum_store::OrganisationFilter;
use serde::Deserialize;

use super::dto::{ErrorEnvelope, ImportSummaryDto, OrganisationDetailDto, OrganisationPageDto};
use super::extract::{ApiQuery, read_body};
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// The registry's search parameters: the API's, and the search form's of the pages.
#[derive(Debug, Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RegistryQuery {
    /// Part of a name (diacritics and case do not matter) or an exact code.
    #[param(max_length = 100)]
    pub q: Option<String>,
    /// `dk`, `no` or `se`.
    #[param(value_type = Option<frirum_domain::Country>)]
    pub country: Option<String>,
    /// `municipality`, `county` or `region`.
    #[param(value_type = Option<frirum_domain::OrganisationKind>)]
    pub kind: Option<String>,
    /// Only the municipalities of this county or region.
    pub parent: Option<String>,
    /// 1-based page number.
    #[param(minimum = 1)]
    pub page: Option<u32>,
    /// Items per page, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
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

/// The country a `/{country}/{code}` path names; an unknown country is not found, as an
/// unknown code is.
pub fn path_country(country: &str) -> Result<Country, AppError> {
    Ok(country.parse().map_err(|_| Error::NotFound)?)
}

/// Lists and searches municipalities, counties and regions.
#[utoipa::path(get, path = "/api/v1/organisations", tag = "registry",
    params(RegistryQuery),
    responses(
        (status = 200, body = OrganisationPageDto),
        (status = 422, body = ErrorEnvelope, description = "A parameter is invalid"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiQuery(query): ApiQuery<RegistryQuery>,
) -> Result<Json<OrganisationPageDto>, AppError> {
    let (filter, page) = query.to_filter()?;
    let results = registry::organisations(&state, &ctx, &filter, page).await?;
    Ok(Json(results.into()))
}

/// One organisation with its population history.
#[utoipa::path(get, path = "/api/v1/organisations/{country}/{code}", tag = "registry",
    params(
        ("country" = frirum_domain::Country, Path, description = "`dk`, `no` or `se`"),
        ("code" = String, Path, description = "The official code"),
    ),
    responses(
        (status = 200, body = OrganisationDetailDto),
        (status = 404, body = ErrorEnvelope),
    ))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((country, code)): Path<(String, String)>,
) -> Result<Json<OrganisationDetailDto>, AppError> {
    let country = path_country(&country)?;
    let registered = registry::organisation(&state, &ctx, country, &code).await?;
    Ok(Json(OrganisationDetailDto {
        organisation: registered.organisation.into(),
        population_history: registered
            .population_history
            .into_iter()
            .map(Into::into)
            .collect(),
    }))
}

/// Imports a CSV file of one country's organisations (format: docs/registry-csv.md).
/// All or nothing: a bad line refuses the file with its line number.
#[utoipa::path(post, path = "/api/v1/organisations/{country}/import", tag = "registry",
    params(("country" = frirum_domain::Country, Path, description = "`dk`, `no` or `se`")),
    request_body(content = String, content_type = "text/csv"),
    responses(
        (status = 200, body = ImportSummaryDto),
        (status = 403, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope, description = "A line is invalid; `details.line` names it"),
    ),
    security(("bearer" = [])))]
pub async fn import(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(country): Path<String>,
    request: Request,
) -> Result<Json<ImportSummaryDto>, AppError> {
    ctx.authorize(Action::ImportRegistry)?;
    let country: Country = country.parse().map_err(|_| Error::NotFound)?;
    let is_csv = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/csv"));
    if !is_csv {
        return Err(AppError::UnsupportedMediaType {
            expected: "text/csv",
        });
    }
    let body = read_body(request, &state).await?;
    let summary = registry::import(&state, &ctx, country, &body).await?;
    Ok(Json(summary.into()))
}
