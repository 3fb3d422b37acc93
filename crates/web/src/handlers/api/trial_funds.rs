//! Stimulus funds through the API: a scheme's budget (everybody reads it where the scheme
//! is public; the secretariat sets it), a trial's grants, payments and spending (grants
//! and payments public; the secretariat grants and pays, the participants' applicants
//! report spending). Amounts are minor units; field names follow 360Giving.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use frirum_app::funds::{
    self, AllocationInput, AmountInput, BudgetInput, PaymentInput, SpendingInput,
};

use super::dto::ErrorEnvelope;
use super::dto::funds::{
    BudgetRequest, GrantDto, GrantRequest, RecordedTransactionDto, SchemeBudgetDto, SpendingDto,
    SpendingRequest, TransactionRequest, TrialFundsDto,
};
use super::extract::ApiJson;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// A scheme's budget with where it stands overall and by year, and the grants made from
/// it; `budget` is null when the scheme gives no stimulus funds.
#[utoipa::path(get, path = "/api/v1/schemes/{id}/budget", tag = "funds",
    params(("id" = i64, Path)),
    responses((status = 200, body = SchemeBudgetDto), (status = 404, body = ErrorEnvelope)))]
pub async fn budget(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<SchemeBudgetDto>, AppError> {
    Ok(Json(funds::scheme_funds(&state, &ctx, id).await?.into()))
}

/// Sets a scheme's budget (the secretariat): a total in one currency, optionally split by
/// year (the years add up to the total). A new budget must still cover what is granted,
/// year by year, in the same currency.
#[utoipa::path(put, path = "/api/v1/schemes/{id}/budget", tag = "funds",
    params(("id" = i64, Path)),
    request_body = BudgetRequest,
    responses((status = 200, body = SchemeBudgetDto),
        (status = 409, description = "budget_below_allocated, budget_currency_fixed or budget_year_not_planned", body = ErrorEnvelope),
        (status = 422, description = "amount_invalid, budget_years_do_not_add_up, budget_year_twice or a field", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn set_budget(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<BudgetRequest>,
) -> Result<Json<SchemeBudgetDto>, AppError> {
    let input = BudgetInput {
        currency: body.currency,
        total: AmountInput::Minor(body.total),
        years: body
            .years
            .into_iter()
            .map(|y| (y.year, AmountInput::Minor(y.amount)))
            .collect(),
    };
    funds::set_budget(&state, &ctx, id, Some(input)).await?;
    Ok(Json(funds::scheme_funds(&state, &ctx, id).await?.into()))
}

/// Removes a scheme's budget (the secretariat): the scheme gives no stimulus funds. Refused
/// while anything is granted from it.
#[utoipa::path(delete, path = "/api/v1/schemes/{id}/budget", tag = "funds",
    params(("id" = i64, Path)),
    responses((status = 204, description = "The scheme has no budget"),
        (status = 409, description = "budget_below_allocated: grants were made from it", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn remove_budget(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    funds::set_budget(&state, &ctx, id, None).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A trial's stimulus funds: its grants and their payments (public), its totals, and the
/// spending it reported (to the secretariat, its participants' applicants and its
/// researchers).
#[utoipa::path(get, path = "/api/v1/trials/{id}/funds", tag = "funds",
    params(("id" = i64, Path)),
    responses((status = 200, body = TrialFundsDto), (status = 404, body = ErrorEnvelope)))]
pub async fn trial_funds(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<TrialFundsDto>, AppError> {
    let funds = funds::trial_funds(&state, &ctx, id).await?;
    Ok(Json(TrialFundsDto::of(id, funds)))
}

/// Grants stimulus funds to a trial from its scheme's budget (the secretariat). Never more
/// than remains of the budget, nor of the award date's year when the budget is split:
/// 409 `budget_exceeded` with the figures (currency, total, allocated, remaining,
/// requested, and the year when it is the year's budget that is short).
#[utoipa::path(post, path = "/api/v1/trials/{id}/funds/grants", tag = "funds",
    params(("id" = i64, Path)),
    request_body = GrantRequest,
    responses((status = 201, body = GrantDto),
        (status = 409, description = "budget_exceeded (with the figures), no_budget or budget_year_not_planned", body = ErrorEnvelope),
        (status = 422, description = "amount_invalid, end_before_start or a field", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn grant(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<GrantRequest>,
) -> Result<(StatusCode, Json<GrantDto>), AppError> {
    let input = AllocationInput {
        amount_applied_for: body.amount_applied_for.map(AmountInput::Minor),
        amount_awarded: AmountInput::Minor(body.amount_awarded),
        award_date: body.award_date,
        planned_start: body.planned_start_date,
        planned_end: body.planned_end_date,
    };
    let allocation = funds::allocate(&state, &ctx, id, input).await?;
    Ok((StatusCode::CREATED, Json(allocation.into())))
}

/// Records a payment of one of the trial's grants (the secretariat): never more than
/// remains of the grant (409 `payment_exceeds_award` with the figures).
#[utoipa::path(post, path = "/api/v1/trials/{id}/funds/transactions", tag = "funds",
    params(("id" = i64, Path)),
    request_body = TransactionRequest,
    responses((status = 201, body = RecordedTransactionDto),
        (status = 409, description = "payment_exceeds_award (with the figures)", body = ErrorEnvelope),
        (status = 422, description = "amount_invalid or a field (grant_id naming no grant of the trial)", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn pay(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<TransactionRequest>,
) -> Result<(StatusCode, Json<RecordedTransactionDto>), AppError> {
    let input = PaymentInput {
        allocation_id: body.grant_id,
        paid_on: body.transaction_date,
        amount: AmountInput::Minor(body.value),
        reference: body.description,
    };
    let (payment, currency) = funds::record_payment(&state, &ctx, id, input).await?;
    Ok((
        StatusCode::CREATED,
        Json(RecordedTransactionDto::of(payment, currency)),
    ))
}

/// Reports what the trial spent in a period and on what (its participants' applicants),
/// once something is granted (409 `no_allocation` before).
#[utoipa::path(post, path = "/api/v1/trials/{id}/funds/spending", tag = "funds",
    params(("id" = i64, Path)),
    request_body = SpendingRequest,
    responses((status = 201, body = SpendingDto),
        (status = 409, description = "no_allocation: nothing is granted to the trial", body = ErrorEnvelope),
        (status = 422, description = "amount_invalid, end_before_start, field_required, field_too_long, or spending_exceeds_award_unconfirmed: the total spent would exceed the amount awarded and `confirm_amount` is not set (details: awarded, spent, requested, total_spent)", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn report_spending(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<SpendingRequest>,
) -> Result<(StatusCode, Json<SpendingDto>), AppError> {
    let input = SpendingInput {
        period_start: body.period_start,
        period_end: body.period_end,
        amount: AmountInput::Minor(body.amount),
        purpose: body.purpose,
        confirmed: body.confirm_amount,
    };
    let spending = funds::report_spending(&state, &ctx, id, input).await?;
    Ok((StatusCode::CREATED, Json(spending.into())))
}
