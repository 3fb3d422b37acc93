//! The API's answers and requests about stimulus funds: a scheme's budget, the grants
//! (allocations) to trials, their payments and the spending trials report.
//!
//! Field names follow 360Giving 1.4 (snake_case here; each field's doc comment names the
//! 360Giving field it maps to), so that the open-data export can publish them. Unlike
//! 360Giving, which writes amounts in units with decimals, every amount here is a whole
//! number of the currency's minor units (øre, cent): exact, never a float.

use frirum_domain::funds::{
    Allocation, BudgetPosition, Currency, Payment, SchemeBudget, Spending, TrialTotals,
};
use serde::{Deserialize, Serialize};
use time::Date;
use utoipa::ToSchema;

use frirum_app::funds::{SchemeFunds, TrialFunds};

/// A planned period (360Giving `plannedDates`).
#[derive(Debug, Serialize, ToSchema)]
pub struct PlannedDatesDto {
    /// 360Giving `plannedDates/0/startDate`.
    pub start_date: Date,
    /// 360Giving `plannedDates/0/endDate`.
    pub end_date: Date,
}

/// A grant of stimulus funds to a trial (360Giving: a grant).
#[derive(Debug, Serialize, ToSchema)]
pub struct GrantDto {
    /// 360Giving `id` (prefix it with the publisher's 360Giving prefix when publishing).
    pub id: i64,
    /// The trial the grant funds.
    pub trial_id: i64,
    /// The trial's case number.
    pub case_number: String,
    /// 360Giving `title`: the trial's title.
    pub title: String,
    /// 360Giving `currency` (ISO 4217).
    pub currency: Currency,
    /// 360Giving `amountAppliedFor`, in minor units.
    pub amount_applied_for: Option<i64>,
    /// 360Giving `amountAwarded`, in minor units.
    pub amount_awarded: i64,
    /// 360Giving `amountDisbursed`: the sum of the payments so far, in minor units.
    pub amount_disbursed: i64,
    /// 360Giving `awardDate`.
    pub award_date: Date,
    /// 360Giving `plannedDates`.
    pub planned_dates: Vec<PlannedDatesDto>,
    /// 360Giving `url`: the trial's page.
    pub url: String,
}

impl From<Allocation> for GrantDto {
    fn from(a: Allocation) -> Self {
        GrantDto {
            id: a.id,
            url: format!("/trials/{}", a.trial_id),
            trial_id: a.trial_id,
            case_number: a.case_number,
            title: a.trial_title,
            currency: a.currency,
            amount_applied_for: a.amount_applied_for,
            amount_awarded: a.amount_awarded,
            amount_disbursed: a.amount_disbursed,
            award_date: a.award_date,
            planned_dates: vec![PlannedDatesDto {
                start_date: a.planned_start,
                end_date: a.planned_end,
            }],
        }
    }
}

/// A payment of a grant (360Giving: a transaction).
#[derive(Debug, Serialize, ToSchema)]
pub struct TransactionDto {
    /// 360Giving `transactions/0/id`.
    pub id: i64,
    /// The grant paid.
    pub grant_id: i64,
    /// 360Giving `transactions/0/transactionDate`: the day it was paid.
    pub transaction_date: Date,
    /// 360Giving `transactions/0/value`, in minor units.
    pub value: i64,
    /// 360Giving `transactions/0/currency`.
    pub currency: Currency,
    /// 360Giving `transactions/0/description`: the payment's reference.
    pub description: String,
}

impl TransactionDto {
    fn of(p: Payment, currency: Currency) -> Self {
        TransactionDto {
            id: p.id,
            grant_id: p.allocation_id,
            transaction_date: p.paid_on,
            value: p.amount,
            currency,
            description: p.reference,
        }
    }
}

/// Spending a trial reported (no 360Giving counterpart).
#[derive(Debug, Serialize, ToSchema)]
pub struct SpendingDto {
    pub id: i64,
    pub currency: Currency,
    pub period_start: Date,
    pub period_end: Date,
    /// In minor units.
    pub amount: i64,
    /// What the money was spent on.
    pub purpose: String,
    /// Who reported it.
    pub reported_by: Option<String>,
    pub reported_at: String,
}

impl From<Spending> for SpendingDto {
    fn from(s: Spending) -> Self {
        SpendingDto {
            id: s.id,
            currency: s.currency,
            period_start: s.period_start,
            period_end: s.period_end,
            amount: s.amount,
            purpose: s.purpose,
            reported_by: s.reported_by,
            reported_at: s
                .reported_at
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default(),
        }
    }
}

/// A trial's totals, in minor units.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrialTotalsDto {
    /// 360Giving `amountAwarded`, summed over the trial's grants.
    pub amount_awarded: i64,
    /// 360Giving `amountDisbursed`, summed over the trial's grants.
    pub amount_disbursed: i64,
    /// What the trial reported it spent (null for those who may not read it).
    pub amount_spent: Option<i64>,
}

/// A trial's stimulus funds: grants and payments are public; spending is shown to those
/// who read the trial whole.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrialFundsDto {
    pub trial_id: i64,
    /// 360Giving `currency` of the trial's grants (or its scheme's budget before any).
    pub currency: Option<Currency>,
    /// False when the trial's scheme gives no stimulus funds.
    pub scheme_has_budget: bool,
    pub totals: TrialTotalsDto,
    pub grants: Vec<GrantDto>,
    pub transactions: Vec<TransactionDto>,
    /// Absent for those who may not read the trial whole.
    pub spending: Option<Vec<SpendingDto>>,
}

impl TrialFundsDto {
    pub fn of(trial_id: i64, funds: TrialFunds) -> Self {
        let TrialTotals {
            awarded,
            disbursed,
            spent,
        } = funds.totals;
        let currency_of = |allocation_id: i64| {
            funds
                .allocations
                .iter()
                .find(|a| a.id == allocation_id)
                .map(|a| a.currency)
        };
        let transactions = funds
            .payments
            .iter()
            .cloned()
            .filter_map(|p| {
                let currency = currency_of(p.allocation_id)?;
                Some(TransactionDto::of(p, currency))
            })
            .collect();
        TrialFundsDto {
            trial_id,
            currency: funds.currency,
            scheme_has_budget: funds.scheme_has_budget,
            totals: TrialTotalsDto {
                amount_awarded: awarded,
                amount_disbursed: disbursed,
                amount_spent: funds.shows_spending.then_some(spent),
            },
            transactions,
            spending: funds
                .shows_spending
                .then(|| funds.spending.into_iter().map(Into::into).collect()),
            grants: funds.allocations.into_iter().map(Into::into).collect(),
        }
    }
}

/// One year of a budget split by year, in minor units.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetYearDto {
    pub year: i32,
    /// What the year may award.
    pub planned: i64,
    /// 360Giving `amountAwarded`, summed over the grants awarded that year.
    pub allocated: i64,
    pub remaining: i64,
}

/// A scheme's budget and where it stands; `budget` is absent when the scheme gives no
/// stimulus funds.
#[derive(Debug, Serialize, ToSchema)]
pub struct SchemeBudgetDto {
    pub scheme_id: i64,
    pub budget: Option<BudgetDto>,
    /// The grants made from it, oldest award first.
    pub grants: Vec<GrantDto>,
}

/// A budget's figures, in minor units.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetDto {
    /// 360Giving `currency`.
    pub currency: Currency,
    pub total: i64,
    /// 360Giving `amountAwarded`, summed over the scheme's grants.
    pub allocated: i64,
    pub remaining: i64,
    /// The split by year (empty when the budget is not split).
    pub years: Vec<BudgetYearDto>,
    /// Counts up at each change of the budget.
    pub version: i64,
}

impl BudgetDto {
    fn of(budget: &SchemeBudget, position: &BudgetPosition) -> Self {
        BudgetDto {
            currency: budget.budget.currency,
            total: position.total,
            allocated: position.allocated,
            remaining: position.remaining,
            years: position
                .years
                .iter()
                .map(|y| BudgetYearDto {
                    year: y.year,
                    planned: y.planned,
                    allocated: y.allocated,
                    remaining: y.remaining,
                })
                .collect(),
            version: budget.version,
        }
    }
}

impl From<SchemeFunds> for SchemeBudgetDto {
    fn from(funds: SchemeFunds) -> Self {
        SchemeBudgetDto {
            scheme_id: funds.scheme.id,
            budget: match (&funds.budget, &funds.position) {
                (Some(b), Some(p)) => Some(BudgetDto::of(b, p)),
                _ => None,
            },
            grants: funds.allocations.into_iter().map(Into::into).collect(),
        }
    }
}

/// One year of a budget as the secretariat sets it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetYearRequest {
    pub year: i32,
    /// In minor units.
    pub amount: i64,
}

/// A scheme's budget as the secretariat sets it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetRequest {
    /// 360Giving `currency` (ISO 4217): NOK, DKK, SEK or EUR.
    pub currency: Currency,
    /// In minor units, more than zero.
    pub total: i64,
    /// Optional split by year; the years must add up to the total.
    #[serde(default)]
    pub years: Vec<BudgetYearRequest>,
}

/// A grant as the secretariat makes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GrantRequest {
    /// 360Giving `amountAppliedFor`, in minor units.
    pub amount_applied_for: Option<i64>,
    /// 360Giving `amountAwarded`, in minor units, more than zero.
    pub amount_awarded: i64,
    /// 360Giving `awardDate`: the budget year it counts against is this date's.
    pub award_date: Date,
    /// 360Giving `plannedDates/0/startDate`; the trial's planned start when absent.
    pub planned_start_date: Option<Date>,
    /// 360Giving `plannedDates/0/endDate`; the trial's planned end when absent.
    pub planned_end_date: Option<Date>,
}

/// A payment as the secretariat records it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransactionRequest {
    /// The grant paid (one of the trial's).
    pub grant_id: i64,
    /// 360Giving `transactionDate`.
    pub transaction_date: Date,
    /// 360Giving `value`, in minor units, more than zero.
    pub value: i64,
    /// 360Giving `description`: the payment's reference.
    #[serde(default)]
    pub description: String,
}

/// Spending as a trial reports it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SpendingRequest {
    pub period_start: Date,
    pub period_end: Date,
    /// In minor units, more than zero.
    pub amount: i64,
    /// What the money was spent on.
    pub purpose: String,
    /// Confirms an amount that brings the spending above the amount awarded; without it
    /// such spending is refused (422 `spending_exceeds_award_unconfirmed`).
    #[serde(default)]
    pub confirm_amount: bool,
}

/// The answer to a recorded payment.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
pub struct RecordedTransactionDto(pub TransactionDto);

impl RecordedTransactionDto {
    pub fn of(payment: Payment, currency: Currency) -> Self {
        RecordedTransactionDto(TransactionDto::of(payment, currency))
    }
}
