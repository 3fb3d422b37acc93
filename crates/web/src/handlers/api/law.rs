//! The law catalogue and the rule finder through the API: provision search, acts and
//! provisions, suggestions from a plain description, and citations in a text.

use axum::Json;
use axum::extract::State;
use frirum_app::{Error, catalogue};
use frirum_domain::law::{ActKind, Jurisdiction};
use frirum_law::search::SearchQuery;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::dto::ErrorEnvelope;
use super::dto::law::{
    ActDto, CitationsDto, ProvisionDetailDto, ProvisionDto, SearchHitDto, SearchResultsDto,
    SuggestionDto, SuggestionsDto,
};
use super::extract::{ApiJson, ApiQuery};
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// The most hits one search or suggestion returns.
pub const MAX_LIMIT: u32 = 100;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words to search for, in Norwegian, Danish or Swedish; compounds are found by their
    /// parts, and case and diacritics do not matter. Without it the answer is 400
    /// `empty_query`.
    #[param(required = true, min_length = 1)]
    pub q: Option<String>,
    /// `no`, `dk` or `se`.
    #[param(value_type = Option<Jurisdiction>)]
    pub jurisdiction: Option<String>,
    /// `act`, `consolidated_act`, `regulation`, `executive_order` or `amending_act`.
    #[param(value_type = Option<ActKind>)]
    pub kind: Option<String>,
    /// Only law in force (the default), or everything (`false`).
    pub in_force: Option<bool>,
    /// 1 to 100 (default 10).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u32>,
}

/// Reads an optional enumerated parameter, naming the field when it is wrong.
pub fn parse_optional<T: std::str::FromStr<Err = String>>(
    field: &str,
    value: Option<&str>,
) -> Result<Option<T>, AppError> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|v| v.parse::<T>())
        .transpose()
        .map_err(|e| AppError::field(field, e))
}

fn limit(value: Option<u32>) -> Result<usize, AppError> {
    match value {
        None => Ok(10),
        Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n as usize),
        Some(_) => Err(AppError::field(
            "limit",
            format!("must be between 1 and {MAX_LIMIT}"),
        )),
    }
}

impl SearchParams {
    pub fn query(&self) -> Result<SearchQuery, AppError> {
        let text = self.q.clone().unwrap_or_default();
        if text.trim().is_empty() {
            return Err(Error::EmptyQuery.into());
        }
        Ok(SearchQuery {
            text,
            jurisdiction: parse_optional::<Jurisdiction>(
                "jurisdiction",
                self.jurisdiction.as_deref(),
            )?,
            kind: parse_optional::<ActKind>("kind", self.kind.as_deref())?,
            in_force_only: self.in_force.unwrap_or(true),
            limit: limit(self.limit)?,
        })
    }
}

/// Searches the catalogue's provisions.
#[utoipa::path(get, path = "/api/v1/provisions/search", tag = "law", params(SearchParams),
    responses((status = 200, body = SearchResultsDto, description = "`items`: hits, best first, each with its provision, a score and a snippet with highlighted byte ranges"),
        (status = 400, body = ErrorEnvelope, description = "`empty_query`"),
        (status = 422, body = ErrorEnvelope)))]
pub async fn search(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Json<SearchResultsDto>, AppError> {
    let query = params.query()?;
    let hits = catalogue::search(&state, &ctx, &query).await?;
    let items: Vec<SearchHitDto> = hits.iter().map(Into::into).collect();
    Ok(Json(SearchResultsDto {
        total: items.len(),
        items,
    }))
}

/// One act with the list of its provisions.
#[utoipa::path(get, path = "/api/v1/acts/{id}", tag = "law",
    params(("id" = String, Path, description = "The catalogue's id, or the official identifier, URL-encoded")),
    responses((status = 200, body = ActDto), (status = 404, body = ErrorEnvelope)))]
pub async fn act(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> Result<Json<ActDto>, AppError> {
    let found = catalogue::act(&state, &ctx, &id).await?;
    Ok(Json(ActDto::new(found.act, &found.provisions)))
}

/// One provision with its text, its act, and the applications that asked exemption from it
/// (those the visitor may see).
#[utoipa::path(get, path = "/api/v1/provisions/{id}", tag = "law", params(("id" = i64, Path)),
    responses((status = 200, body = ProvisionDetailDto), (status = 404, body = ErrorEnvelope)))]
pub async fn provision(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<ProvisionDetailDto>, AppError> {
    let detail = catalogue::provision(&state, &ctx, id).await?;
    let mut shown = ProvisionDto::from(&detail.provision);
    shown.act.url = detail.act.and_then(|a| a.act.url);
    Ok(Json(ProvisionDetailDto {
        provision: shown,
        requested_by: detail.requested_by,
        applications: detail.applications.into_iter().map(Into::into).collect(),
        not_exemptible: detail.not_exemptible,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SuggestInput {
    /// `no`, `dk` or `se`.
    #[schema(example = "no")]
    pub jurisdiction: Jurisdiction,
    /// A plain description of the idea, or an application's text.
    #[schema(min_length = 1)]
    pub text: String,
    /// 1 to 100 (default 10).
    #[schema(minimum = 1, maximum = 100)]
    pub limit: Option<u32>,
}

/// Suggests the provisions that probably stand in the way of an idea described in plain
/// words, each with its reasons: the words that matched, a citation in the text, or how many
/// applications on this platform asked exemption from it.
#[utoipa::path(post, path = "/api/v1/rule-finder/suggest", tag = "law", request_body = SuggestInput,
    responses((status = 200, body = SuggestionsDto), (status = 400, body = ErrorEnvelope, description = "`empty_query`")))]
pub async fn suggest(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiJson(input): ApiJson<SuggestInput>,
) -> Result<Json<SuggestionsDto>, AppError> {
    if input.text.trim().is_empty() {
        return Err(Error::EmptyQuery.into());
    }
    let limit = limit(input.limit)?;
    let suggestions =
        catalogue::suggest(&state, &ctx, input.jurisdiction, &input.text, limit).await?;
    let items: Vec<SuggestionDto> = suggestions.iter().map(Into::into).collect();
    Ok(Json(SuggestionsDto {
        total: items.len(),
        items,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CiteInput {
    #[schema(example = "dk")]
    pub jurisdiction: Jurisdiction,
    #[schema(max_length = 100_000)]
    pub text: String,
}

/// Finds the citations in a text ("§ 54, stk. 2, i lov om social service", "opplæringslova
/// § 8-4 første ledd", "3 kap. 2 § kommunallagen (2017:725)") and resolves them against the
/// catalogue: byte offsets, the act, chapter, section, subsection and item, and the
/// catalogue's provision when it is there.
#[utoipa::path(post, path = "/api/v1/rule-finder/cite", tag = "law", request_body = CiteInput,
    responses((status = 200, body = CitationsDto),
        (status = 422, description = "field_too_long (text): longer than 100,000 characters; cite it in parts", body = ErrorEnvelope)))]
pub async fn cite(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiJson(input): ApiJson<CiteInput>,
) -> Result<Json<CitationsDto>, AppError> {
    let citations = catalogue::cite(&state, &ctx, input.jurisdiction, &input.text).await?;
    Ok(Json(CitationsDto {
        total: citations.len(),
        items: citations,
    }))
}
