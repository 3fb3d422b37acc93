//! Generalisation through the API: a trial's outcomes per granted exemption (public where
//! the trial is), recording one (the secretariat, once the trial has ended), and a scheme's
//! results at a glance (public where the scheme is; flagged outcomes for the secretariat).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use frirum_app::generalisation::{self, OutcomeInput};

use super::dto::ErrorEnvelope;
use super::dto::generalisation::{OutcomeDto, OutcomeRequest, SchemeResultsDto, TrialOutcomesDto};
use super::extract::ApiJson;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// A trial's generalisation outcomes per granted exemption, each with its history.
#[utoipa::path(get, path = "/api/v1/trials/{id}/outcomes", tag = "generalisation",
    params(("id" = i64, Path)),
    responses((status = 200, body = TrialOutcomesDto), (status = 404, body = ErrorEnvelope)))]
pub async fn trial_outcomes(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<TrialOutcomesDto>, AppError> {
    Ok(Json(
        generalisation::trial_outcomes(&state, &ctx, id)
            .await?
            .into(),
    ))
}

/// Records what became of a granted exemption of an ended trial (the secretariat): a
/// category of the scheme's country, reasons, the evaluations it rests on and the
/// resulting act as a citation. A citation the catalogue cannot resolve is kept and
/// flagged (`resolved` false). Outcomes are appended: the latest counts.
#[utoipa::path(post, path = "/api/v1/trials/{id}/outcomes", tag = "generalisation",
    params(("id" = i64, Path)),
    request_body = OutcomeRequest,
    responses((status = 201, body = OutcomeDto),
        (status = 409, description = "outcome_trial_not_ended, with the trial's status; outcome_already_recorded, with the number recorded, when `seen_outcomes` is stale", body = ErrorEnvelope),
        (status = 422, description = "outcome_exemption_not_granted, outcome_category_not_offered, outcome_evaluation_unknown or a field (reasons required)", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn record_outcome(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<OutcomeRequest>,
) -> Result<(StatusCode, Json<OutcomeDto>), AppError> {
    let input = OutcomeInput {
        exemption: body.exemption,
        category: body.category,
        reasons: body.reasons,
        evaluation_ids: body.evaluation_ids,
        resulting_citation: body.resulting_citation,
        in_force: body.in_force,
        seen: body.seen_outcomes,
    };
    let outcome = generalisation::record(&state, &ctx, id, input).await?;
    Ok((StatusCode::CREATED, Json((&outcome).into())))
}

/// A scheme's results: trials by status, outcomes by category (and by the class the
/// countries share), exemptions granted per act, evidence per theme, the latest outcome of
/// each exemption, the provisions pending an outcome, and for the secretariat the outcomes
/// whose resulting act did not resolve.
#[utoipa::path(get, path = "/api/v1/schemes/{id}/results", tag = "generalisation",
    params(("id" = i64, Path)),
    responses((status = 200, body = SchemeResultsDto), (status = 404, body = ErrorEnvelope)))]
pub async fn scheme_results(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<SchemeResultsDto>, AppError> {
    Ok(Json(
        generalisation::results(&state, &ctx, id).await?.into(),
    ))
}
