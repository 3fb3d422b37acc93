//! Testbeds' partners through the API: the register (anyone reads it; the secretariat and
//! applicants register, an identifier checked by its check digit), a trial's partners with
//! their demands and public values (its reporters and the secretariat add them), a report's
//! review of them, and the breaches the secretariat acknowledges.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use frirum_app::partners::{self, PartnerInput};
use frirum_domain::partner::{ItemKind, VerdictInput};
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto::ErrorEnvelope;
use super::dto::partners::{
    AcknowledgeDto, AddTrialPartnerDto, BreachesDto, CheckedIdentifierDto, IdentifierDto, ItemDto,
    NewDemandDto, NewPartnerDto, NewValueDto, PartnerDto, PartnersDto, ReviewDto, ReviewsDto,
    TrialPartnerIdDto, TrialPartnersDto,
};
use super::extract::{ApiJson, ApiQuery};
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use frirum_domain::partner::Partner;

/// A search of the register.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PartnerQuery {
    /// Words of the name, or digits of the identifier.
    pub q: Option<String>,
}

/// The partner register, narrowed by a search. Public.
#[utoipa::path(get, path = "/api/v1/partners", tag = "partners",
    params(PartnerQuery),
    responses((status = 200, body = PartnersDto)))]
pub async fn list(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<PartnerQuery>,
) -> Result<Json<PartnersDto>, AppError> {
    let partners = partners::list(&state, query.q.as_deref().unwrap_or_default()).await?;
    Ok(Json(PartnersDto { partners }))
}

/// Registers a partner (the secretariat and applicants). A wrong check digit is 422
/// `identifier_check_digit` naming `national_id`; an identifier registered already is 409
/// `partner_exists` with `existing_partner_id`.
#[utoipa::path(post, path = "/api/v1/partners", tag = "partners",
    request_body = NewPartnerDto,
    responses((status = 201, body = Partner),
        (status = 403, body = ErrorEnvelope),
        (status = 409, description = "partner_exists", body = ErrorEnvelope),
        (status = 422, description = "identifier_check_digit, identifier_format", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn register(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiJson(body): ApiJson<NewPartnerDto>,
) -> Result<(StatusCode, Json<Partner>), AppError> {
    let partner = partners::register(
        &state,
        &ctx,
        PartnerInput {
            name: body.name,
            kind: body.kind,
            country: Some(body.country),
            national_id: body.national_id.unwrap_or_default(),
            website: body.website.unwrap_or_default(),
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(partner)))
}

/// Checks an identifier's length and check digit, and names the partner holding it. Public.
#[utoipa::path(post, path = "/api/v1/partners/identifier", tag = "partners",
    request_body = IdentifierDto,
    responses((status = 200, body = CheckedIdentifierDto),
        (status = 422, description = "identifier_check_digit, identifier_format", body = ErrorEnvelope)))]
pub async fn check_identifier(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<IdentifierDto>,
) -> Result<Json<CheckedIdentifierDto>, AppError> {
    let (normalised, display, existing) =
        partners::check_identifier(&state, body.country, &body.national_id).await?;
    Ok(Json(CheckedIdentifierDto {
        normalised,
        display,
        existing,
    }))
}

/// A partner with the trials it takes part in. Public.
#[utoipa::path(get, path = "/api/v1/partners/{id}", tag = "partners",
    params(("id" = i64, Path)),
    responses((status = 200, body = PartnerDto), (status = 404, body = ErrorEnvelope)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<PartnerDto>, AppError> {
    let page = partners::page(&state, &ctx, id).await?;
    Ok(Json(PartnerDto {
        partner: page.partner,
        trials: page.trials,
        agreement_document_ids: page.agreements.iter().map(|(_, d)| d.id).collect(),
    }))
}

/// The breaches waiting for the secretariat's acknowledgement (the secretariat; empty for
/// anyone else).
#[utoipa::path(get, path = "/api/v1/partners/breaches", tag = "partners",
    responses((status = 200, body = BreachesDto), (status = 401, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn breaches(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Json<BreachesDto>, AppError> {
    ctx.user_for(frirum_domain::authz::Action::ManageOwnAccount)?;
    let breaches = partners::open_breaches(&state, &ctx).await?;
    Ok(Json(BreachesDto { breaches }))
}

/// A trial's partners with their demands and values, and its reports' verdicts for the
/// trial's own people. Public for a registered trial.
#[utoipa::path(get, path = "/api/v1/trials/{id}/partners", tag = "partners",
    params(("id" = i64, Path)),
    responses((status = 200, body = TrialPartnersDto), (status = 404, body = ErrorEnvelope)))]
pub async fn trial_partners(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<TrialPartnersDto>, AppError> {
    let (_, data) = partners::of_trial(&state, &ctx, id).await?;
    Ok(Json(TrialPartnersDto {
        partners: data.partners,
        reviews: data.reviews,
    }))
}

/// Adds a partner of the register to a trial (its reporters and the secretariat); a
/// partner in it already is 409 `partner_already_in_trial`.
#[utoipa::path(post, path = "/api/v1/trials/{id}/partners", tag = "partners",
    params(("id" = i64, Path)),
    request_body = AddTrialPartnerDto,
    responses((status = 201, body = TrialPartnerIdDto),
        (status = 403, body = ErrorEnvelope),
        (status = 409, description = "partner_already_in_trial", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn add_trial_partner(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<AddTrialPartnerDto>,
) -> Result<(StatusCode, Json<TrialPartnerIdDto>), AppError> {
    let trial_partner_id =
        partners::add_to_trial(&state, &ctx, id, body.partner_id, &body.role).await?;
    Ok((
        StatusCode::CREATED,
        Json(TrialPartnerIdDto { trial_partner_id }),
    ))
}

/// Places a demand on a trial's partner (its reporters and the secretariat).
#[utoipa::path(post, path = "/api/v1/trials/{id}/partners/{trial_partner_id}/demands", tag = "partners",
    params(("id" = i64, Path), ("trial_partner_id" = i64, Path)),
    request_body = NewDemandDto,
    responses((status = 201, body = ItemDto), (status = 403, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn add_demand(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, tp)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<NewDemandDto>,
) -> Result<(StatusCode, Json<ItemDto>), AppError> {
    let item = partners::add_item(
        &state,
        &ctx,
        id,
        tp,
        ItemKind::Demand,
        body.kind.as_str(),
        &body.text,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(ItemDto { item })))
}

/// Names a public value the municipality protects in the partnership.
#[utoipa::path(post, path = "/api/v1/trials/{id}/partners/{trial_partner_id}/values", tag = "partners",
    params(("id" = i64, Path), ("trial_partner_id" = i64, Path)),
    request_body = NewValueDto,
    responses((status = 201, body = ItemDto), (status = 403, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn add_value(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, tp)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<NewValueDto>,
) -> Result<(StatusCode, Json<ItemDto>), AppError> {
    let item = partners::add_item(
        &state,
        &ctx,
        id,
        tp,
        ItemKind::Value,
        body.kind.as_str(),
        &body.note,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(ItemDto { item })))
}

/// A report's verdicts on the partners' demands and values (the trial's own people).
#[utoipa::path(get, path = "/api/v1/trials/{id}/partners/reviews/{report_id}", tag = "partners",
    params(("id" = i64, Path), ("report_id" = i64, Path)),
    responses((status = 200, body = ReviewsDto), (status = 404, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn reviews(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, report_id)): Path<(i64, i64)>,
) -> Result<Json<ReviewsDto>, AppError> {
    let view = frirum_app::reports::report(&state, &ctx, id, report_id).await?;
    if !view.access.rights.read_internal {
        return Err(frirum_app::Error::NotFound.into());
    }
    let reviews = view
        .partners
        .verdicts
        .iter()
        .filter_map(|v| {
            Some(frirum_domain::partner::Review {
                report_id,
                item_id: v.item_id,
                verdict: v.verdict?,
                note: v.note.clone(),
                period_start: view.report.period_start,
                period_end: view.report.period_end,
                acknowledgement: None,
            })
        })
        .collect();
    Ok(Json(ReviewsDto { reviews }))
}

/// Saves a report's review while the report awaits its writers (a participant's
/// applicant). Submitting the report (`/api/v1/trials/{id}/reports/{report_id}/submit`)
/// needs a verdict on every demand and value: 422 `partner_verdict_required`.
#[utoipa::path(put, path = "/api/v1/trials/{id}/partners/reviews/{report_id}", tag = "partners",
    params(("id" = i64, Path), ("report_id" = i64, Path)),
    request_body = ReviewDto,
    responses((status = 204), (status = 403, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope),
        (status = 422, description = "partner_verdict_required, partner_note_required", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn save_reviews(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, report_id)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<ReviewDto>,
) -> Result<StatusCode, AppError> {
    let verdicts: Vec<VerdictInput> = body
        .verdicts
        .into_iter()
        .map(|v| VerdictInput {
            item_id: v.item_id,
            verdict: v.verdict,
            note: v.note,
        })
        .collect();
    partners::save_review(&state, &ctx, id, report_id, &verdicts, body.complete).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The secretariat acknowledges a breach with a note; once only (409
/// `breach_already_acknowledged`).
#[utoipa::path(post, path = "/api/v1/trials/{id}/partners/breaches/{report_id}/{item_id}/acknowledge", tag = "partners",
    params(("id" = i64, Path), ("report_id" = i64, Path), ("item_id" = i64, Path)),
    request_body = AcknowledgeDto,
    responses((status = 204), (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 409, description = "breach_already_acknowledged", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn acknowledge(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, report_id, item_id)): Path<(i64, i64, i64)>,
    ApiJson(body): ApiJson<AcknowledgeDto>,
) -> Result<StatusCode, AppError> {
    partners::acknowledge(&state, &ctx, id, report_id, item_id, &body.note).await?;
    Ok(StatusCode::NO_CONTENT)
}
