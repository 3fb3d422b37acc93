//! Applications through the API: drafts, eligibility, submission, withdrawal, lists, and
//! the case journal.

use axum::Json;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_domain::PageRequest;
use frirum_domain::application::{ApplicationContent, ApplicationStatus};
use frirum_domain::authz::Action;
use frirum_domain::case::CaseStatus;
use frirum_store::ApplicationFilter;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::dto::ErrorEnvelope;
use super::dto::cases::{
    ApplicationDto, ApplicationPageDto, EligibilityDto, JournalPageDto, ReceiptDto, RoundRefDto,
    SchemeRefDto,
};
use super::extract::{ApiJson, ApiQuery, optional_json};
use super::schemes::PageQuery;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use frirum_app::applications::{self as cases, Details};
use frirum_app::schemes;

/// An application as the API shows it, with its eligibility.
pub fn application_dto(details: Details) -> ApplicationDto {
    let Details {
        case,
        report,
        review_stage,
        has_themes,
        case_status,
    } = details;
    let a = &case.application;
    ApplicationDto {
        id: a.id,
        case_number: a.case_number.clone(),
        scheme: SchemeRefDto {
            id: case.scheme.id,
            code: case.scheme.code.clone(),
            title: case.scheme.title.clone(),
        },
        round: RoundRefDto {
            id: case.round.id,
            number: case.round.number,
            deadline: case.round.deadline.display(),
        },
        lead: a.lead.clone(),
        members: a.members.clone(),
        status: a.status,
        case_status,
        review_stage,
        version: a.version,
        content: a.content.clone(),
        missing: a.content.missing(has_themes),
        eligibility: report,
        rules_version: a.rules_version,
        created_at: a.created_at,
        updated_at: a.updated_at,
        submitted_at: a.submitted_at,
        withdrawn_at: a.withdrawn_at,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ApplicationQuery {
    pub scheme_id: Option<i64>,
    pub round_id: Option<i64>,
    /// `draft`, `submitted` or `withdrawn`.
    #[param(value_type = Option<ApplicationStatus>)]
    pub status: Option<String>,
    /// Only cases at this one case status (part E's work queues).
    pub case_status: Option<CaseStatus>,
    /// Only applications that chose this theme.
    pub theme_id: Option<i64>,
    /// Only applications this organisation leads or takes part in (the secretariat's
    /// filter; an applicant sees their own organisation's anyway).
    pub organisation_id: Option<i64>,
    /// Words in the title, the case number or the lead organisation's name.
    #[param(max_length = 200)]
    pub q: Option<String>,
    /// 1-based page number.
    #[param(minimum = 1)]
    pub page: Option<u32>,
    /// Items per page, 1 to 200.
    #[param(minimum = 1, maximum = 200)]
    pub per_page: Option<u32>,
}

/// Lists the applications the visitor may see.
#[utoipa::path(get, path = "/api/v1/applications", tag = "applications", params(ApplicationQuery),
    responses((status = 200, body = ApplicationPageDto)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiQuery(query): ApiQuery<ApplicationQuery>,
) -> Result<Json<ApplicationPageDto>, AppError> {
    let status = query
        .status
        .as_deref()
        .map(|s| s.parse::<ApplicationStatus>())
        .transpose()
        .map_err(|e| AppError::field("status", e))?;
    let page = PageQuery {
        page: query.page,
        per_page: query.per_page,
    }
    .request()?;
    let filter = ApplicationFilter {
        scheme_id: query.scheme_id,
        round_id: query.round_id,
        status,
        case_status: query.case_status,
        theme_id: query.theme_id,
        organisation_id: query.organisation_id,
        text: query.q.filter(|q| !q.trim().is_empty()),
        ..Default::default()
    };
    let results = cases::list(&state, &ctx, filter, page).await?;
    Ok(Json(results.into()))
}

/// A round's applications as the visitor may see them.
#[utoipa::path(get, path = "/api/v1/rounds/{id}/applications", tag = "applications",
    params(("id" = i64, Path), PageQuery), responses((status = 200, body = ApplicationPageDto),
        (status = 403, body = ErrorEnvelope, description = "A scheme still in draft, for anyone but the secretariat")))]
pub async fn round_list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<Json<ApplicationPageDto>, AppError> {
    let round = cases::round_applications(&state, &ctx, id, query.request()?).await?;
    Ok(Json(round.applications.into()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewApplicationInput {
    pub round_id: i64,
    /// Network members besides the lead: `751`, `dk:751` or a name.
    #[serde(default)]
    pub members: Vec<String>,
    #[serde(default)]
    pub content: ApplicationContent,
}

/// Starts a draft for the applicant's organisation.
#[utoipa::path(post, path = "/api/v1/applications", tag = "applications",
    request_body = NewApplicationInput,
    responses((status = 201, body = ApplicationDto),
        (status = 403, body = ErrorEnvelope, description = "Not an applicant, or `not_open_to_organisation`: the round's scheme is not open to the organisation"),
        (status = 404, body = ErrorEnvelope, description = "No such round"),
        (status = 409, body = ErrorEnvelope, description = "`wrong_state`: the round does not take applications now"),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiJson(input): ApiJson<NewApplicationInput>,
) -> Result<Response, AppError> {
    ctx.authorize(Action::CreateApplications)?;
    let created =
        cases::create_application(&state, &ctx, input.round_id, &input.members, input.content)
            .await?;
    let details = cases::details(&state, &ctx, created.id).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        Json(application_dto(details)),
    )
        .into_response())
}

/// One application with its eligibility, if the visitor may read it.
#[utoipa::path(get, path = "/api/v1/applications/{id}", tag = "applications",
    params(("id" = i64, Path)),
    responses((status = 200, body = ApplicationDto), (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<ApplicationDto>, AppError> {
    let details = cases::details(&state, &ctx, id).await?;
    Ok(Json(application_dto(details)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SaveInput {
    /// The version the editor started from; a stale one is 409 `edit_conflict`.
    pub version: i64,
    #[serde(default)]
    pub members: Vec<String>,
    pub content: ApplicationContent,
}

/// Saves a draft, however incomplete (the lead organisation's users).
#[utoipa::path(put, path = "/api/v1/applications/{id}", tag = "applications",
    params(("id" = i64, Path)), request_body = SaveInput,
    responses((status = 200, body = ApplicationDto),
        (status = 409, body = ErrorEnvelope, description = "`edit_conflict` or `application_submitted`"),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn save(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<SaveInput>,
) -> Result<Json<ApplicationDto>, AppError> {
    cases::save_draft(
        &state,
        &ctx,
        id,
        input.version,
        &input.members,
        input.content,
    )
    .await?;
    let details = cases::details(&state, &ctx, id).await?;
    Ok(Json(application_dto(details)))
}

/// Every rule's outcome for the application now (or as frozen at submission).
#[utoipa::path(get, path = "/api/v1/applications/{id}/eligibility", tag = "applications",
    params(("id" = i64, Path)), responses((status = 200, body = EligibilityDto),
        (status = 403, body = ErrorEnvelope, description = "The visitor may not read the application")))]
pub async fn eligibility(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<EligibilityDto>, AppError> {
    Ok(Json(EligibilityDto {
        report: cases::eligibility_of(&state, &ctx, id).await?,
    }))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SubmitInput {
    /// The version that was checked; a newer save in between is 409 `edit_conflict`.
    pub version: Option<i64>,
}

/// Submits a draft: atomic, idempotent, time-stamped by the server. Refused with the first
/// failed rule's code (`deadline_passed`, `population_below_minimum`, …) and every rule's
/// outcome in `details`.
#[utoipa::path(post, path = "/api/v1/applications/{id}/submit", tag = "applications",
    params(("id" = i64, Path)), request_body = Option<SubmitInput>,
    responses((status = 200, body = ReceiptDto, description = "The receipt; `newly` is false for a repeated submission"),
        (status = 409, body = ErrorEnvelope, description = "`edit_conflict`: saved since the version checked; `wrong_state`: withdrawn, or its scheme or round no longer open"),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    request: Request,
) -> Result<Json<ReceiptDto>, AppError> {
    let input: SubmitInput = optional_json(request, &state).await?;
    let done = cases::submit(&state, &ctx, id, input.version).await?;
    Ok(Json(ReceiptDto::new(&done.application, done.newly)))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WithdrawInput {
    pub reason: Option<String>,
}

/// Withdraws a submitted application before a decision.
#[utoipa::path(post, path = "/api/v1/applications/{id}/withdraw", tag = "applications",
    params(("id" = i64, Path)), request_body = Option<WithdrawInput>,
    responses((status = 200, body = ApplicationDto), (status = 409, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    request: Request,
) -> Result<Json<ApplicationDto>, AppError> {
    let input: WithdrawInput = optional_json(request, &state).await?;
    cases::withdraw(&state, &ctx, id, input.reason.as_deref()).await?;
    let details = cases::details(&state, &ctx, id).await?;
    Ok(Json(application_dto(details)))
}

/// Deletes a draft (its applicant), journaled; what is submitted is withdrawn instead.
#[utoipa::path(delete, path = "/api/v1/applications/{id}", tag = "applications",
    params(("id" = i64, Path)),
    responses((status = 204, description = "The draft is deleted"),
        (status = 403, body = ErrorEnvelope, description = "`forbidden`: not the draft's applicant"),
        (status = 404, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope, description = "`application_submitted`: no longer a draft; withdraw it instead")),
    security(("bearer" = [])))]
pub async fn delete(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    frirum_app::drafts::delete(&state, &ctx, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A case's journal (secretariat): `scheme`, `round`, `proposal` or `application`.
#[utoipa::path(get, path = "/api/v1/journal/{kind}/{id}", tag = "journal",
    params(("kind" = frirum_domain::journal::CaseKind, Path), ("id" = i64, Path), PageQuery),
    responses((status = 200, body = JournalPageDto)), security(("bearer" = [])))]
pub async fn journal(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((kind, id)): Path<(String, i64)>,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<Json<JournalPageDto>, AppError> {
    let page = query.request().unwrap_or(PageRequest::default());
    let entries = schemes::journal(&state, &ctx, &kind, id, page).await?;
    Ok(Json(entries.into()))
}
