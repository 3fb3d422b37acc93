//! Schemes, their rules, themes and rounds, and theme proposals through the API.

use axum::Json;
use axum::extract::State;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use frirum_app::schemes::SchemeOverview;
use frirum_domain::authz::Action;
use frirum_domain::clock::LocalTime;
use frirum_domain::scheme::{RoundDraft, Rules, SchemeDraft, SchemeStatus, ThemeDraft};
use frirum_domain::text::{FieldError, Problem, check_text, clean};
use frirum_domain::{Country, Language, PageRequest};
use serde::Deserialize;
use time::{OffsetDateTime, PrimitiveDateTime};
use utoipa::{IntoParams, ToSchema};

use super::dto::ErrorEnvelope;
use super::dto::cases::{
    AdoptionDto, EndorsementDto, NewRoundDto, ProposalDto, ProposalPageDto, RoundDto, SchemeDto,
    SchemePageDto, ThemeDto,
};
use super::extract::{ApiJson, ApiQuery};
use crate::AppState;

use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use frirum_app::schemes;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// 1-based page number.
    #[param(minimum = 1)]
    pub page: Option<u32>,
    /// Items per page, 1 to 200.
    #[param(minimum = 1, maximum = 200)]
    pub per_page: Option<u32>,
}

impl PageQuery {
    pub fn request(&self) -> Result<PageRequest, AppError> {
        PageRequest::new(self.page, self.per_page).map_err(|e| {
            let field = if matches!(e, frirum_domain::page::PageError::Page) {
                "page"
            } else {
                "per_page"
            };
            AppError::field(field, e.to_string())
        })
    }
}

/// A scheme with its themes and rounds, as the API shows it.
pub fn scheme_dto(overview: SchemeOverview, now: OffsetDateTime) -> SchemeDto {
    let SchemeOverview {
        scheme,
        themes,
        rounds,
    } = overview;
    SchemeDto {
        id: scheme.id,
        code: scheme.code.clone(),
        country: scheme.country,
        title: scheme.title.clone(),
        language: scheme.language.tag().to_owned(),
        invitation: scheme.invitation.clone(),
        status: scheme.status,
        publish_applications: scheme.publish_applications,
        rules_version: scheme.rules_version,
        rules: scheme.rules.clone(),
        themes,
        rounds: rounds.iter().map(|r| RoundDto::new(r, now)).collect(),
        created_at: scheme.created_at,
        updated_at: scheme.updated_at,
    }
}

/// Lists the schemes the visitor may see, newest first.
#[utoipa::path(get, path = "/api/v1/schemes", tag = "schemes", params(PageQuery),
    responses((status = 200, body = SchemePageDto, description = "A page of schemes")))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<Json<SchemePageDto>, AppError> {
    let page = schemes::list_overviews(&state, &ctx, query.request()?).await?;
    let now = ctx.now;
    let page = page.map(|o| scheme_dto(o, now));
    Ok(Json(SchemePageDto {
        items: page.items,
        page: page.page,
        per_page: page.per_page,
        total: page.total,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SchemeInput {
    /// Short code for case numbers, such as `DK2019`.
    #[schema(pattern = "^[A-Z0-9]{2,12}$", example = "DK2019")]
    pub code: String,
    #[schema(example = "dk")]
    pub country: Country,
    #[schema(min_length = 1, max_length = 300)]
    pub title: String,
    #[schema(example = "da")]
    pub language: Language,
    /// Markdown.
    #[serde(default)]
    #[schema(max_length = 100_000)]
    pub invitation: String,
    #[serde(default)]
    pub publish_applications: bool,
    pub rules: Rules,
}

/// Creates a scheme in draft (secretariat).
#[utoipa::path(post, path = "/api/v1/schemes", tag = "schemes", request_body = SchemeInput,
    responses((status = 201, body = SchemeDto), (status = 409, body = ErrorEnvelope, description = "The code is taken"),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiJson(input): ApiJson<SchemeInput>,
) -> Result<Response, AppError> {
    let draft = SchemeDraft {
        code: input.code.trim().to_owned(),
        country: input.country,
        title: clean(input.title.trim()),
        language: input.language,
        invitation: clean(&input.invitation),
        publish_applications: input.publish_applications,
    };
    let scheme = schemes::create(&state, &ctx, &draft, &input.rules).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        Json(scheme_dto(
            schemes::overview_of(&state, scheme).await?,
            ctx.now,
        )),
    )
        .into_response())
}

/// One scheme with its rules, themes and rounds.
#[utoipa::path(get, path = "/api/v1/schemes/{id}", tag = "schemes",
    params(("id" = i64, Path)),
    responses((status = 200, body = SchemeDto), (status = 403, body = ErrorEnvelope, description = "A scheme still in draft, for anyone but the secretariat"),
        (status = 404, body = ErrorEnvelope)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<SchemeDto>, AppError> {
    let overview = schemes::overview(&state, &ctx, id).await?;
    Ok(Json(scheme_dto(overview, ctx.now)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SchemeTextInput {
    #[schema(min_length = 1, max_length = 300)]
    pub title: String,
    pub language: Language,
    /// Markdown.
    #[schema(max_length = 100_000)]
    pub invitation: String,
    pub publish_applications: bool,
}

/// Changes a scheme's title, language, invitation and publication setting (secretariat).
#[utoipa::path(patch, path = "/api/v1/schemes/{id}", tag = "schemes", params(("id" = i64, Path)),
    request_body = SchemeTextInput, responses((status = 200, body = SchemeDto)), security(("bearer" = [])))]
pub async fn update(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<SchemeTextInput>,
) -> Result<Json<SchemeDto>, AppError> {
    let scheme = schemes::update_text(
        &state,
        &ctx,
        id,
        input.title,
        input.language,
        input.invitation,
        input.publish_applications,
    )
    .await?;
    Ok(Json(scheme_dto(
        schemes::overview_of(&state, scheme).await?,
        ctx.now,
    )))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RulesInput {
    /// The version being replaced, against lost updates.
    pub rules_version: i64,
    pub rules: Rules,
    /// Required once applications have been submitted under the current rules.
    pub reason: Option<String>,
}

/// Replaces a scheme's rules with a new version (secretariat). Once applications have been
/// judged under the current version, a reason is required (409 `rules_in_use`).
#[utoipa::path(put, path = "/api/v1/schemes/{id}/rules", tag = "schemes", params(("id" = i64, Path)),
    request_body = RulesInput,
    responses((status = 200, body = SchemeDto), (status = 409, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn update_rules(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<RulesInput>,
) -> Result<Json<SchemeDto>, AppError> {
    let scheme = schemes::update_rules(
        &state,
        &ctx,
        id,
        input.rules_version,
        &input.rules,
        input.reason.as_deref(),
    )
    .await?;
    Ok(Json(scheme_dto(
        schemes::overview_of(&state, scheme).await?,
        ctx.now,
    )))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusInput {
    /// `draft`, `proposals`, `published` or `closed`.
    pub status: SchemeStatus,
    pub reason: Option<String>,
}

/// Moves a scheme to its next status (secretariat).
#[utoipa::path(post, path = "/api/v1/schemes/{id}/status", tag = "schemes", params(("id" = i64, Path)),
    request_body = StatusInput,
    responses((status = 200, body = SchemeDto), (status = 409, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn change_status(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<StatusInput>,
) -> Result<Json<SchemeDto>, AppError> {
    let scheme =
        schemes::change_status(&state, &ctx, id, input.status, input.reason.as_deref()).await?;
    Ok(Json(scheme_dto(
        schemes::overview_of(&state, scheme).await?,
        ctx.now,
    )))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ThemeInput {
    #[schema(min_length = 1, max_length = 300)]
    pub title: String,
    #[serde(default)]
    #[schema(max_length = 5_000)]
    pub description: String,
    #[serde(default)]
    pub priority: bool,
}

impl ThemeInput {
    pub fn draft(&self) -> Result<ThemeDraft, AppError> {
        let draft = ThemeDraft {
            title: clean(self.title.trim()),
            description: clean(&self.description),
            priority: self.priority,
        };
        draft.validate()?;
        Ok(draft)
    }
}

/// Adds a theme to a scheme (secretariat).
#[utoipa::path(post, path = "/api/v1/schemes/{id}/themes", tag = "schemes", params(("id" = i64, Path)),
    request_body = ThemeInput, responses((status = 201, body = ThemeDto)), security(("bearer" = [])))]
pub async fn add_theme(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ThemeInput>,
) -> Result<Response, AppError> {
    let theme = schemes::add_theme(&state, &ctx, id, &input.draft()?).await?;
    Ok((axum::http::StatusCode::CREATED, Json(ThemeDto(theme))).into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoundInput {
    #[schema(minimum = 1, maximum = 99)]
    pub number: u32,
    #[serde(default)]
    #[schema(max_length = 200)]
    pub title: String,
    /// Local wall-clock time, such as `2018-10-12T00:00:00`.
    pub opens: String,
    /// Local wall-clock time, inclusive, such as `2019-04-01T23:59:59`.
    pub deadline: String,
    /// IANA time zone, such as `Europe/Copenhagen`.
    pub time_zone: String,
    #[serde(default)]
    pub target_trials: u32,
}

/// Reads a local date-time as people type it: with or without seconds, with a `T` or a
/// space; a bare date means the start of that day (or, for a deadline, its last second).
pub fn parse_local(
    field: &str,
    text: &str,
    end_of_day: bool,
) -> Result<PrimitiveDateTime, AppError> {
    let text = text.trim();
    let bad = || {
        AppError::from(FieldError::new(
            field,
            Problem::Format {
                expected: "a local date and time such as 2019-04-01T23:59:59".into(),
            },
        ))
    };
    let date_format = time::macros::format_description!("[year]-[month]-[day]");
    if let Ok(date) = time::Date::parse(text, &date_format) {
        let clock = if end_of_day {
            time::Time::from_hms(23, 59, 59).map_err(|_| bad())?
        } else {
            time::Time::MIDNIGHT
        };
        return Ok(PrimitiveDateTime::new(date, clock));
    }
    let normalised = text.replace(' ', "T");
    let with_seconds =
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    let without = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
    PrimitiveDateTime::parse(&normalised, &with_seconds)
        .or_else(|_| PrimitiveDateTime::parse(&normalised, &without))
        .map_err(|_| bad())
}

impl RoundInput {
    pub fn draft(&self) -> Result<RoundDraft, AppError> {
        check_text("title", &self.title, 200)?;
        let zone = self.time_zone.trim();
        frirum_domain::clock::check_time_zone(zone)
            .map_err(|_| FieldError::new("time_zone", Problem::UnknownTimeZone))?;
        let draft = RoundDraft {
            number: self.number,
            title: clean(self.title.trim()),
            opens: LocalTime::new(parse_local("opens", &self.opens, false)?, zone),
            deadline: LocalTime::new(parse_local("deadline", &self.deadline, true)?, zone),
            target_trials: self.target_trials,
        };
        draft.validate()?;
        Ok(draft)
    }
}

/// Adds an application round to a scheme (secretariat).
#[utoipa::path(post, path = "/api/v1/schemes/{id}/rounds", tag = "schemes", params(("id" = i64, Path)),
    request_body = RoundInput,
    responses((status = 201, body = NewRoundDto), (status = 409, body = ErrorEnvelope, description = "The round number is taken")),
    security(("bearer" = [])))]
pub async fn add_round(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<RoundInput>,
) -> Result<Response, AppError> {
    let round = schemes::add_round(&state, &ctx, id, &input.draft()?).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        Json(NewRoundDto::from(round)),
    )
        .into_response())
}

/// A scheme's theme proposals, most endorsed first.
#[utoipa::path(get, path = "/api/v1/schemes/{id}/proposals", tag = "proposals",
    params(("id" = i64, Path), PageQuery), responses((status = 200, body = ProposalPageDto),
        (status = 403, body = ErrorEnvelope, description = "A scheme still in draft, for anyone but the secretariat")))]
pub async fn proposals(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<Json<ProposalPageDto>, AppError> {
    let (_, page) = schemes::proposals(&state, &ctx, id, query.request()?).await?;
    Ok(Json(page.into()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProposalInput {
    #[schema(min_length = 1, max_length = 300)]
    pub title: String,
    #[serde(default)]
    #[schema(max_length = 5_000)]
    pub description: String,
}

/// Proposes a theme (applicants, while the scheme gathers proposals).
#[utoipa::path(post, path = "/api/v1/schemes/{id}/proposals", tag = "proposals",
    params(("id" = i64, Path)), request_body = ProposalInput,
    responses((status = 201, body = ProposalDto), (status = 409, body = ErrorEnvelope, description = "The scheme does not take proposals now")),
    security(("bearer" = [])))]
pub async fn create_proposal(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ProposalInput>,
) -> Result<Response, AppError> {
    let proposal =
        schemes::propose_theme(&state, &ctx, id, &input.title, &input.description).await?;
    Ok((axum::http::StatusCode::CREATED, Json(ProposalDto(proposal))).into_response())
}

/// Endorses a theme proposal for the applicant's organisation.
#[utoipa::path(post, path = "/api/v1/proposals/{id}/endorse", tag = "proposals",
    params(("id" = i64, Path)), responses((status = 200, body = EndorsementDto)), security(("bearer" = [])))]
pub async fn endorse(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<EndorsementDto>, AppError> {
    let endorsement = schemes::endorse(&state, &ctx, id).await?;
    Ok(Json(EndorsementDto {
        endorsed: endorsement.endorsed,
        proposal: endorsement.proposal,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AdoptInput {
    /// The theme's title; the proposal's own by default.
    #[schema(min_length = 1, max_length = 300)]
    pub title: Option<String>,
    #[schema(max_length = 5_000)]
    pub description: Option<String>,
    #[serde(default)]
    pub priority: bool,
}

/// Adopts a proposal as a theme of its scheme (secretariat).
#[utoipa::path(post, path = "/api/v1/proposals/{id}/adopt", tag = "proposals",
    params(("id" = i64, Path)), request_body = AdoptInput,
    responses((status = 200, body = AdoptionDto), (status = 409, body = ErrorEnvelope)), security(("bearer" = [])))]
pub async fn adopt(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<AdoptInput>,
) -> Result<Json<AdoptionDto>, AppError> {
    ctx.authorize(Action::ManageSchemes)?;
    let proposal = schemes::proposal(&state, &ctx, id).await?;
    let theme = ThemeInput {
        title: input.title.unwrap_or(proposal.title),
        description: input.description.unwrap_or(proposal.description),
        priority: input.priority,
    }
    .draft()?;
    let (proposal, theme) = schemes::adopt(&state, &ctx, id, &theme).await?;
    Ok(Json(AdoptionDto { proposal, theme }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeclineInput {
    #[schema(min_length = 1, max_length = 5_000)]
    pub reason: String,
}

/// Declines a proposal with a reason (secretariat).
#[utoipa::path(post, path = "/api/v1/proposals/{id}/decline", tag = "proposals",
    params(("id" = i64, Path)), request_body = DeclineInput,
    responses((status = 200, body = ProposalDto), (status = 409, body = ErrorEnvelope)), security(("bearer" = [])))]
pub async fn decline(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<DeclineInput>,
) -> Result<Json<ProposalDto>, AppError> {
    let proposal = schemes::decline(&state, &ctx, id, &input.reason).await?;
    Ok(Json(ProposalDto(proposal)))
}

/// The proposal bundle as CSV, to forward to the ministry (secretariat).
#[utoipa::path(get, path = "/api/v1/schemes/{id}/proposals.csv", tag = "proposals",
    params(("id" = i64, Path)),
    responses((status = 200, content_type = "text/csv", body = String)), security(("bearer" = [])))]
pub async fn proposals_csv(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (scheme, proposals) = schemes::proposal_bundle(&state, &ctx, id).await?;
    let body = frirum_app::exports::proposals_csv(&proposals)?;
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}-theme-proposals.csv\"",
                    scheme.code
                ),
            ),
        ],
        body,
    )
        .into_response())
}
