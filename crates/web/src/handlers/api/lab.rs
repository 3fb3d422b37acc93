//! The policy lab's API under `/api/v1/lab`: the overview's roll-ups, the ranking of the
//! provisions that block most (everybody, counting what they may read), one provision's
//! roll-up, the gap list (the lab), and investigations (the lab opens, logs and concludes;
//! participants read; everybody reads concluded ones' title, hypothesis and conclusion).

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use frirum_app::lab::{self, Skipped};
use frirum_domain::barrier_rollup::ProvisionRollup;
use frirum_domain::investigation::{
    Conclusion, Investigation, NewActivity, NewInvestigation, Participant,
};

use super::dto::ErrorEnvelope;
use super::dto::lab::{
    CitedProvisionDto, ConcludedDto, ConclusionDto, CountryQuery, GapDto, GapsDto,
    InvestigationsDto, LabOverviewDto, NewActivityDto, NewInvestigationDto, ProvisionRankingDto,
    RankedProvisionDto, SkippedDto,
};
use super::extract::ApiJson;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// The lab's overview: counts by status per root cause, theme and affected group (the lab).
#[utoipa::path(get, path = "/api/v1/lab/overview", tag = "lab",
    responses((status = 200, body = LabOverviewDto), (status = 403, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn overview(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Json<LabOverviewDto>, AppError> {
    let o = lab::overview(&state, &ctx).await?;
    Ok(Json(LabOverviewDto {
        by_root_cause: o.by_root_cause,
        by_theme: o.by_theme,
        by_group: o.by_group,
        gaps: o.gaps,
        open_investigations: o.open_investigations,
        barriers: o.barriers,
    }))
}

/// The provisions that block most, optionally of one country.
#[utoipa::path(get, path = "/api/v1/lab/provisions", tag = "lab",
    params(("country" = Option<String>, Query, description = "no, dk or se")),
    responses((status = 200, body = ProvisionRankingDto)))]
pub async fn ranking(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<CountryQuery>,
) -> Result<Json<ProvisionRankingDto>, AppError> {
    let country = match query.country.as_deref() {
        None | Some("") => None,
        Some(c) => Some(
            c.parse::<frirum_domain::Country>()
                .map_err(|_| AppError::field("country", "no, dk or se"))?,
        ),
    };
    let lines = lab::ranking(&state, &ctx, country).await?;
    Ok(Json(ProvisionRankingDto {
        provisions: lines
            .into_iter()
            .map(|l| RankedProvisionDto {
                provision_id: l.provision.id,
                citation: l.provision.citation,
                country: l.provision.country,
                confirmed: l.counts.confirmed,
                suggested: l.counts.suggested,
            })
            .collect(),
    }))
}

/// One provision reported as a barrier: how often, by whom, with which root causes.
#[utoipa::path(get, path = "/api/v1/lab/provisions/{id}", tag = "lab",
    params(("id" = i64, Path)),
    responses((status = 200, body = ProvisionRollup)))]
pub async fn provision(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<ProvisionRollup>, AppError> {
    Ok(Json(lab::provision_rollup(&state, &ctx, id).await?))
}

/// The gap list: confirmed open barriers with no trial yet (the lab).
#[utoipa::path(get, path = "/api/v1/lab/gaps", tag = "lab",
    responses((status = 200, body = GapsDto), (status = 403, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn gaps(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Json<GapsDto>, AppError> {
    let gaps = lab::gaps(&state, &ctx).await?;
    Ok(Json(GapsDto {
        gaps: gaps
            .into_iter()
            .map(|g| GapDto {
                barrier_id: g.barrier.id,
                title: g.barrier.title,
                status: g.barrier.status,
                country: g.barrier.country,
                reports: g.reports,
                root_causes: g.barrier.root_causes,
                affected_groups: g.barrier.groups,
                provisions: g
                    .provisions
                    .into_iter()
                    .map(|p| CitedProvisionDto {
                        provision_id: p.id,
                        citation: p.citation,
                    })
                    .collect(),
            })
            .collect(),
    }))
}

/// The investigations the caller may read.
#[utoipa::path(get, path = "/api/v1/lab/investigations", tag = "lab",
    responses((status = 200, body = InvestigationsDto)))]
pub async fn investigations(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Json<InvestigationsDto>, AppError> {
    Ok(Json(InvestigationsDto {
        investigations: lab::investigations(&state, &ctx).await?,
    }))
}

/// Opens an investigation (the lab). No barrier is 422 `investigation_barrier_required`;
/// an unknown barrier or organisation is 422 naming `barrier_ids` or `participant_ids`.
#[utoipa::path(post, path = "/api/v1/lab/investigations", tag = "lab",
    request_body = NewInvestigationDto,
    responses((status = 201, body = Investigation),
        (status = 403, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiJson(body): ApiJson<NewInvestigationDto>,
) -> Result<(StatusCode, Json<Investigation>), AppError> {
    let participants = body
        .participant_ids
        .into_iter()
        .map(Participant::Organisation)
        .chain(body.participant_names.into_iter().map(Participant::Named))
        .collect();
    let created = lab::create(
        &state,
        &ctx,
        NewInvestigation {
            title: body.title,
            hypothesis: body.hypothesis,
            barrier_ids: body.barrier_ids,
            participants,
        },
        &[],
    )
    .await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// One investigation as the caller may read it; one they may not read is 404.
#[utoipa::path(get, path = "/api/v1/lab/investigations/{id}", tag = "lab",
    params(("id" = i64, Path)),
    responses((status = 200, body = Investigation), (status = 404, body = ErrorEnvelope)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<Investigation>, AppError> {
    Ok(Json(lab::investigation(&state, &ctx, id).await?))
}

/// Appends to the activity log (the lab). A concluded investigation is 409
/// `investigation_concluded`; a day to come 422 `activity_in_the_future`.
#[utoipa::path(post, path = "/api/v1/lab/investigations/{id}/activities", tag = "lab",
    params(("id" = i64, Path)),
    request_body = NewActivityDto,
    responses((status = 200, body = Investigation),
        (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn log_activity(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<NewActivityDto>,
) -> Result<Json<Investigation>, AppError> {
    Ok(Json(
        lab::log_activity(
            &state,
            &ctx,
            id,
            NewActivity {
                on: body.on,
                kind: body.kind,
                note: body.note,
            },
        )
        .await?,
    ))
}

/// Concludes an investigation (the lab) and moves its barriers, naming those skipped. An
/// experiment without its link is 422 `barrier_experiment_link_required`; a concluded one
/// 409 `investigation_concluded`.
#[utoipa::path(post, path = "/api/v1/lab/investigations/{id}/conclusion", tag = "lab",
    params(("id" = i64, Path)),
    request_body = ConclusionDto,
    responses((status = 200, body = ConcludedDto),
        (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn conclude(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<ConclusionDto>,
) -> Result<Json<ConcludedDto>, AppError> {
    let concluded = lab::conclude(
        &state,
        &ctx,
        id,
        Conclusion {
            kind: body.kind,
            text: body.text,
            experiment: body.experiment_kind.zip(body.experiment_id),
            ministry: body.ministry,
            ministry_response: body.ministry_response,
        },
    )
    .await?;
    Ok(Json(ConcludedDto {
        investigation: concluded.investigation,
        moved: concluded.moved.into_iter().map(|(id, _)| id).collect(),
        skipped: concluded
            .skipped
            .into_iter()
            .map(|(barrier_id, _, why)| match why {
                Skipped::Status(status) => SkippedDto {
                    barrier_id,
                    status: Some(status),
                    refused: None,
                },
                Skipped::Refused(code) => SkippedDto {
                    barrier_id,
                    status: None,
                    refused: Some(code),
                },
            })
            .collect(),
    }))
}
