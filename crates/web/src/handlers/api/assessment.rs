//! Assessment through the API: assigning assessors (one application or a round in bulk),
//! conflicts of interest and the statement of none, an assessor's queue, scores and their
//! submission, consensus scores and requests for a consensus, private notes, and a round's
//! ranking with its CSV and Excel exports. What an assessor is shown follows the same
//! blindness as the pages (decided in the domain).

use axum::Json;
use axum::extract::State;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use frirum_domain::application::ApplicationStatus;
use frirum_domain::authz::Action;
use frirum_domain::scoring::Score;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::dto::ErrorEnvelope;
use super::dto::assessment::{
    AssessmentDto, AssignedDto, AssignmentDto, ConsensusRequestDto, NoteDto, QueueDto, RankingDto,
};
use super::extract::{ApiJson, ApiQuery};
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use frirum_app::assessment::{self, AssessmentCase, RankingFilter, ScoreSet};

/// One score on one criterion.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScoreInput {
    /// The criterion's name as the scheme's rules give it.
    pub criterion: String,
    /// A whole number from 0 to the scheme's scale maximum.
    #[schema(minimum = 0)]
    pub score: i64,
    #[serde(default)]
    #[schema(max_length = 4_000)]
    pub comment: String,
}

impl From<ScoreInput> for Score {
    fn from(s: ScoreInput) -> Self {
        Score {
            criterion: s.criterion,
            score: s.score,
            comment: s.comment,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScoresInput {
    pub scores: Vec<ScoreInput>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessorsInput {
    /// Users with the assessor role.
    pub assessor_ids: Vec<i64>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BulkAssignInput {
    /// Submitted applications of the round.
    pub application_ids: Vec<i64>,
    /// Users with the assessor role.
    pub assessor_ids: Vec<i64>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConflictInput {
    #[schema(min_length = 1, max_length = 2_000)]
    pub reason: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoteInput {
    #[schema(min_length = 1, max_length = 10_000)]
    pub body: String,
    /// The note this one replies to.
    #[serde(default)]
    pub parent_id: Option<i64>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RankingQuery {
    /// Only applications on this theme.
    pub theme_id: Option<i64>,
    /// `submitted` (the default), `withdrawn` or `all`.
    #[param(value_type = Option<String>, pattern = "^(draft|submitted|withdrawn|all)$")]
    pub status: Option<String>,
    /// Only the rows at this case status, as every list shows it (`in_assessment`,
    /// `approved` …); the ranks stay those of the whole round.
    #[param(value_type = Option<frirum_domain::case::CaseStatus>)]
    pub case_status: Option<String>,
}

impl RankingQuery {
    pub fn filter(&self) -> Result<RankingFilter, AppError> {
        let status = match self.status.as_deref().map(str::trim) {
            None | Some("") => Some(ApplicationStatus::Submitted),
            Some("all") => None,
            Some(s) => Some(
                s.parse::<ApplicationStatus>()
                    .map_err(|e| AppError::field("status", e))?,
            ),
        };
        let case_status = match self.case_status.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(
                s.parse::<frirum_domain::case::CaseStatus>()
                    .map_err(|e| AppError::field("case_status", e))?,
            ),
        };
        Ok(RankingFilter {
            theme_id: self.theme_id,
            status,
            case_status,
        })
    }
}

/// The assessment as the API shows it.
async fn assessment_dto(
    state: &AppState,
    case: &AssessmentCase,
) -> Result<AssessmentDto, AppError> {
    let view = assessment::view(state, case).await?;
    Ok(AssessmentDto::new(case, view))
}

/// An application's assessment: the assignments, every assessor's scores, the consensus,
/// the notes and the computed result (secretariat and unconflicted assigned assessors).
#[utoipa::path(get, path = "/api/v1/applications/{id}/assessment", tag = "assessment",
    params(("id" = i64, Path)),
    responses((status = 200, body = AssessmentDto), (status = 403, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<AssessmentDto>, AppError> {
    let case = assessment::open(&state, &ctx, id).await?;
    Ok(Json(assessment_dto(&state, &case).await?))
}

/// Saves the caller's own scores (an assigned assessor without a conflict). Each criterion
/// given replaces the caller's earlier score on it.
#[utoipa::path(put, path = "/api/v1/applications/{id}/scores", tag = "assessment",
    params(("id" = i64, Path)), request_body = ScoresInput,
    responses((status = 200, body = AssessmentDto), (status = 403, body = ErrorEnvelope),
              (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn save_scores(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ScoresInput>,
) -> Result<Json<AssessmentDto>, AppError> {
    put_scores(&state, &ctx, id, ScoreSet::Own, input).await
}

async fn put_scores(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    set: ScoreSet,
    input: ScoresInput,
) -> Result<Json<AssessmentDto>, AppError> {
    let case = assessment::open(state, ctx, id).await?;
    let scores = input.scores.into_iter().map(Score::from).collect();
    assessment::save(state, ctx, &case, set, scores).await?;
    Ok(Json(assessment_dto(state, &case).await?))
}

/// Replaces the secretariat's consensus scores; an empty list clears them.
#[utoipa::path(put, path = "/api/v1/applications/{id}/consensus", tag = "assessment",
    params(("id" = i64, Path)), request_body = ScoresInput,
    responses((status = 200, body = AssessmentDto), (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn set_consensus(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ScoresInput>,
) -> Result<Json<AssessmentDto>, AppError> {
    ctx.authorize(Action::ManageAssessment)?;
    put_scores(&state, &ctx, id, ScoreSet::Consensus, input).await
}

/// Adds a private note or a reply (secretariat and unconflicted assigned assessors).
#[utoipa::path(post, path = "/api/v1/applications/{id}/notes", tag = "assessment",
    params(("id" = i64, Path)), request_body = NoteInput,
    responses((status = 201, body = NoteDto), (status = 403, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn add_note(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<NoteInput>,
) -> Result<Response, AppError> {
    let case = assessment::open(&state, &ctx, id).await?;
    let note = assessment::add_note(&state, &ctx, &case, input.parent_id, &input.body).await?;
    Ok((axum::http::StatusCode::CREATED, Json(NoteDto(note))).into_response())
}

/// Assigns assessors to one submitted application (secretariat). An assessor employed by
/// the lead or a member is assigned with the conflict marked.
#[utoipa::path(post, path = "/api/v1/applications/{id}/assessors", tag = "assessment",
    params(("id" = i64, Path)), request_body = AssessorsInput,
    responses((status = 200, body = AssignedDto), (status = 409, body = ErrorEnvelope),
              (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn assign(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<AssessorsInput>,
) -> Result<Json<AssignedDto>, AppError> {
    let made = assessment::assign_to_application(&state, &ctx, id, &input.assessor_ids).await?;
    Ok(Json(AssignedDto {
        assigned: made.assigned,
        assignments: Some(made.assignments),
    }))
}

/// Assigns assessors to several submitted applications of a round at once (secretariat):
/// all or nothing.
#[utoipa::path(post, path = "/api/v1/rounds/{id}/assignments", tag = "assessment",
    params(("id" = i64, Path)), request_body = BulkAssignInput,
    responses((status = 200, body = AssignedDto), (status = 409, body = ErrorEnvelope),
              (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn assign_bulk(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<BulkAssignInput>,
) -> Result<Json<AssignedDto>, AppError> {
    let made = assessment::assign(
        &state,
        &ctx,
        Some(id),
        &input.application_ids,
        &input.assessor_ids,
    )
    .await?;
    Ok(Json(AssignedDto {
        assigned: made,
        assignments: None,
    }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UnassignQuery {
    /// Why the assessor is removed, for the case's journal (required).
    #[param(max_length = 2_000)]
    pub reason: Option<String>,
}

/// Removes an assessor who has not submitted from an application (secretariat), with a
/// reason for the journal; their unsubmitted scores go with them. One who has submitted
/// is refused with 409 `assessor_has_submitted`.
#[utoipa::path(delete, path = "/api/v1/applications/{id}/assessors/{user_id}", tag = "assessment",
    params(("id" = i64, Path), ("user_id" = i64, Path), UnassignQuery),
    responses((status = 204), (status = 404, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn unassign(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, user_id)): Path<(i64, i64)>,
    ApiQuery(query): ApiQuery<UnassignQuery>,
) -> Result<Response, AppError> {
    let reason = query.reason.unwrap_or_default();
    assessment::unassign(&state, &ctx, id, user_id, &reason).await?;
    Ok(axum::http::StatusCode::NO_CONTENT.into_response())
}

/// The caller (an assigned assessor) declares a conflict of interest, with a reason.
#[utoipa::path(post, path = "/api/v1/applications/{id}/conflict", tag = "assessment",
    params(("id" = i64, Path)), request_body = ConflictInput,
    responses((status = 200, body = AssignmentDto), (status = 403, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn declare_conflict(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ConflictInput>,
) -> Result<Json<AssignmentDto>, AppError> {
    let assignment = assessment::declare_conflict(&state, &ctx, id, &input.reason).await?;
    Ok(Json(AssignmentDto(assignment)))
}

/// The caller (an assigned assessor) states that they have no conflict of interest in the
/// case. Until they do (or declare a conflict), nothing of the case's assessment is shown
/// to them and they cannot score. Stating again changes nothing.
#[utoipa::path(post, path = "/api/v1/applications/{id}/no-conflict", tag = "assessment",
    params(("id" = i64, Path)),
    responses((status = 200, body = AssignmentDto), (status = 401, body = ErrorEnvelope),
              (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn state_no_conflict(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<AssignmentDto>, AppError> {
    let assignment = assessment::state_no_conflict(&state, &ctx, id).await?;
    Ok(Json(AssignmentDto(assignment)))
}

/// The caller submits their own assessment: every criterion must be scored. Their scores
/// are then fixed, and the others' scores, comments, notes and the consensus are shown.
#[utoipa::path(post, path = "/api/v1/applications/{id}/assessment/submission", tag = "assessment",
    params(("id" = i64, Path)),
    responses((status = 200, body = AssessmentDto), (status = 401, body = ErrorEnvelope),
              (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope),
              (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<AssessmentDto>, AppError> {
    let case = assessment::submit_own(&state, &ctx, id, Vec::new()).await?;
    Ok(Json(assessment_dto(&state, &case).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsensusRequestInput {
    /// What the secretariat asks of the assessors; may be empty.
    #[serde(default)]
    #[schema(max_length = 2_000)]
    pub message: String,
}

/// The secretariat asks the assessors to agree on a consensus. The request is recorded,
/// journaled and shown to the assessors who have submitted, who are notified.
#[utoipa::path(post, path = "/api/v1/applications/{id}/consensus-requests", tag = "assessment",
    params(("id" = i64, Path)), request_body = ConsensusRequestInput,
    responses((status = 201, body = ConsensusRequestDto), (status = 401, body = ErrorEnvelope),
              (status = 403, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope),
              (status = 409, body = ErrorEnvelope), (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn request_consensus(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ConsensusRequestInput>,
) -> Result<Response, AppError> {
    let request = assessment::ask_for_consensus(&state, &ctx, id, &input.message).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        Json(ConsensusRequestDto(request)),
    )
        .into_response())
}

/// The caller's assessment queue (assessors).
#[utoipa::path(get, path = "/api/v1/me/assignments", tag = "assessment",
    responses((status = 200, body = QueueDto)), security(("bearer" = [])))]
pub async fn queue(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Json<QueueDto>, AppError> {
    let items = assessment::queue(&state, &ctx).await?;
    Ok(Json(QueueDto {
        items: items.into_iter().map(Into::into).collect(),
    }))
}

/// A round's ranking by total against its target number of trials (secretariat).
#[utoipa::path(get, path = "/api/v1/rounds/{id}/ranking", tag = "assessment",
    params(("id" = i64, Path), RankingQuery),
    responses((status = 200, body = RankingDto)), security(("bearer" = [])))]
pub async fn ranking(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiQuery(query): ApiQuery<RankingQuery>,
) -> Result<Json<RankingDto>, AppError> {
    let (_, _, ranking) = assessment::ranking(&state, &ctx, id, &query.filter()?).await?;
    Ok(Json(RankingDto(ranking)))
}

/// The formats a ranking is exported in.
#[derive(Clone, Copy)]
enum Export {
    Csv,
    Xlsx,
}

async fn export(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    query: &RankingQuery,
    format: Export,
) -> Result<Response, AppError> {
    let (round, scheme, ranking) = assessment::ranking(state, ctx, id, &query.filter()?).await?;
    let (content_type, extension, body) = match format {
        Export::Csv => (
            "text/csv; charset=utf-8",
            "csv",
            assessment::ranking_csv(&ranking)?,
        ),
        Export::Xlsx => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
            assessment::ranking_xlsx(&ranking)?,
        ),
    };
    let name = format!("{}-round-{}-ranking.{extension}", scheme.code, round.number);
    Ok((
        [
            (CONTENT_TYPE, content_type.to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// The round's ranking as CSV (secretariat).
pub async fn ranking_csv(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiQuery(query): ApiQuery<RankingQuery>,
) -> Result<Response, AppError> {
    export(&state, &ctx, id, &query, Export::Csv).await
}

/// The round's ranking as an Excel workbook (secretariat).
pub async fn ranking_xlsx(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiQuery(query): ApiQuery<RankingQuery>,
) -> Result<Response, AppError> {
    export(&state, &ctx, id, &query, Export::Xlsx).await
}
