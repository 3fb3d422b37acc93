//! The registry through the API: list, search, read, and import (secretariat).

use axum::Json;
use axum::extract::{Path, Request, State};
use axum::http::header::CONTENT_TYPE;
use frirum_app::Error;
use frirum_domain::authz::Action;
use frirum_domain::{Country, registry_csv};

use super::dto::{ErrorEnvelope, ImportSummaryDto, OrganisationDetailDto, OrganisationPageDto};
use super::extract::{ApiQuery, read_body};
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::handlers::pages::organisations::{self, RegistryQuery};

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
    ctx.authorize(Action::BrowseRegistry)?;
    let (filter, page) = query.to_filter()?;
    let results = state.store.list_organisations(&filter, page).await?;
    Ok(Json(results.into()))
}

/// One organisation with its population history.
#[utoipa::path(get, path = "/api/v1/organisations/{country}/{code}", tag = "registry",
    params(
        ("country" = String, Path, description = "`dk`, `no` or `se`"),
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
    ctx.authorize(Action::BrowseRegistry)?;
    let organisation = organisations::find(&state, &country, &code).await?;
    let history = state.store.population_history(organisation.id).await?;
    Ok(Json(OrganisationDetailDto {
        organisation: organisation.into(),
        population_history: history.into_iter().map(Into::into).collect(),
    }))
}

/// Imports a CSV file of one country's organisations (format: docs/registry-csv.md).
/// All or nothing: a bad line refuses the file with its line number.
#[utoipa::path(post, path = "/api/v1/organisations/{country}/import", tag = "registry",
    params(("country" = String, Path, description = "`dk`, `no` or `se`")),
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
    let records = registry_csv::parse(country, &body).map_err(|e| Error::ImportRefused {
        line: e.line,
        reason: e.reason,
    })?;
    let summary = state
        .store
        .import_organisations(country, &records, ctx.now)
        .await?;
    Ok(Json(summary.into()))
}
