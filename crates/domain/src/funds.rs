//! Stimulus funds: a scheme's budget, what the secretariat allocates to trials, the
//! payments it makes and the spending trials report.
//!
//! Money is exact: every amount is a whole number of the currency's minor units (øre, cent)
//! in an `i64`, never a float, and sums are checked. A scheme has a budget (a total in one
//! currency, optionally split by year) or none at all (the Norwegian 2023 scheme gave no
//! grants), and then refuses every allocation. An allocation never takes more than what
//! remains of the total, nor of its year when the budget is split by year (409
//! `budget_exceeded` with the figures); a payment never more than what remains of its
//! allocation (409 `payment_exceeds_award`).
//!
//! Amounts are read as people type them in their language ("1 250 000,50", "1,250,000.50",
//! "kr 1.250.000") by [`parse_amount`], which refuses rather than guesses (422 naming the
//! field), and written back by [`format_amount`] in the visitor's language, with the
//! currency where the language puts it. The field names of allocations follow the 360Giving
//! standard (amountAppliedFor, amountAwarded, amountDisbursed, awardDate, plannedDates) so
//! that they can be published as open data.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::Language;
use crate::country::Country;
use crate::rule::{Broken, Refusal};
use crate::text::{FieldError, Problem, check_text};

/// The largest amount one figure may hold, in minor units (ten trillion units of any
/// currency): far above any scheme, and low enough that sums of many never overflow.
pub const MAX_AMOUNT: i64 = 1_000_000_000_000_000;
/// The longest description of what money was spent on.
pub const MAX_PURPOSE: usize = 2_000;
/// The longest payment reference.
pub const MAX_REFERENCE: usize = 200;
/// The most years a budget may be split into.
pub const MAX_BUDGET_YEARS: usize = 30;

/// The currencies schemes budget in: the three countries' own and the euro.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "UPPERCASE")]
#[strum(serialize_all = "UPPERCASE", ascii_case_insensitive)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Currency {
    Nok,
    Dkk,
    Sek,
    Eur,
}

impl Currency {
    /// The ISO 4217 code.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// How many decimals its minor unit has (ISO 4217: two for all of these).
    pub fn exponent(self) -> u32 {
        2
    }

    /// Minor units in one unit.
    pub fn unit(self) -> i64 {
        10_i64.pow(self.exponent())
    }

    /// A country's own currency: what a new budget is proposed in.
    pub fn of_country(country: Country) -> Currency {
        match country {
            Country::No => Currency::Nok,
            Country::Dk => Currency::Dkk,
            Country::Se => Currency::Sek,
        }
    }
}

/// A scheme's budget: the total in one currency and, optionally, how much of it each year
/// may award (the years then add up to the total).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Budget {
    pub currency: Currency,
    /// Minor units.
    pub total: i64,
    /// By year, in year order; empty when the budget is not split.
    pub years: Vec<BudgetYear>,
}

/// One year's share of a budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BudgetYear {
    pub year: i32,
    /// Minor units.
    pub amount: i64,
}

impl Budget {
    /// Checks a budget as the secretariat sets it: a positive total, years each once with
    /// amounts that add up to the total. The years come back sorted.
    pub fn validate(mut self) -> Result<Budget, FundError> {
        check_range("total", self.total, true)?;
        if self.years.len() > MAX_BUDGET_YEARS {
            return Err(FundError::Field(FieldError::new(
                "years",
                Problem::TooMany {
                    max: MAX_BUDGET_YEARS,
                },
            )));
        }
        self.years.sort_by_key(|y| y.year);
        for (i, year) in self.years.iter().enumerate() {
            if !(1900..=2200).contains(&year.year) {
                return Err(FundError::Field(FieldError::new(
                    format!("years[{i}].year"),
                    Problem::OutOfRange {
                        min: "1900".into(),
                        max: "2200".into(),
                    },
                )));
            }
            check_range(&format!("years[{i}].amount"), year.amount, false)?;
            if i > 0 && self.years[i - 1].year == year.year {
                return Err(FundError::YearTwice { year: year.year });
            }
        }
        if !self.years.is_empty() {
            let years_sum = self.years.iter().map(|y| y.amount).sum::<i64>();
            if years_sum != self.total {
                return Err(FundError::YearsDoNotAddUp {
                    currency: self.currency,
                    total: self.total,
                    years_sum,
                });
            }
        }
        Ok(self)
    }

    /// The year's planned amount, when the budget is split by year.
    pub fn year(&self, year: i32) -> Option<i64> {
        self.years.iter().find(|y| y.year == year).map(|y| y.amount)
    }
}

/// A scheme's budget as stored, with its version (each change makes a new one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchemeBudget {
    pub scheme_id: i64,
    pub budget: Budget,
    pub version: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// An amount already allocated, and the year of its award date: what the budget check adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allocated {
    pub year: i32,
    pub amount: i64,
}

/// Where a budget stands: total, allocated and remaining, overall and by year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BudgetPosition {
    pub currency: Currency,
    pub total: i64,
    pub allocated: i64,
    pub remaining: i64,
    pub years: Vec<YearPosition>,
}

/// Where one year of a split budget stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct YearPosition {
    pub year: i32,
    pub planned: i64,
    pub allocated: i64,
    pub remaining: i64,
}

impl BudgetPosition {
    /// The position of a budget given every allocation against it.
    pub fn of(budget: &Budget, allocations: &[Allocated]) -> BudgetPosition {
        let allocated = allocations.iter().map(|a| a.amount).sum::<i64>();
        let years = budget
            .years
            .iter()
            .map(|y| {
                let allocated = allocations
                    .iter()
                    .filter(|a| a.year == y.year)
                    .map(|a| a.amount)
                    .sum::<i64>();
                YearPosition {
                    year: y.year,
                    planned: y.amount,
                    allocated,
                    remaining: y.amount - allocated,
                }
            })
            .collect();
        BudgetPosition {
            currency: budget.currency,
            total: budget.total,
            allocated,
            remaining: budget.total - allocated,
            years,
        }
    }

    /// Whether `requested`, awarded in `year`, fits what remains: of the total, and of that
    /// year when the budget is split by year.
    pub fn check_allocation(&self, requested: i64, year: i32) -> Result<(), FundError> {
        check_range("amount_awarded", requested, true)?;
        if requested > self.remaining {
            return Err(FundError::BudgetExceeded(BudgetFigures {
                currency: self.currency,
                total: self.total,
                allocated: self.allocated,
                remaining: self.remaining,
                requested,
                year: None,
            }));
        }
        if self.years.is_empty() {
            return Ok(());
        }
        let Some(y) = self.years.iter().find(|y| y.year == year) else {
            return Err(FundError::YearNotInBudget {
                year,
                years: self.years.iter().map(|y| y.year).collect(),
            });
        };
        if requested > y.remaining {
            return Err(FundError::BudgetExceeded(BudgetFigures {
                currency: self.currency,
                total: y.planned,
                allocated: y.allocated,
                remaining: y.remaining,
                requested,
                year: Some(year),
            }));
        }
        Ok(())
    }

    /// Whether a new budget still covers what is allocated under this one: its total, each
    /// of its years, and the currency (which cannot change once anything is allocated).
    pub fn check_new_budget(
        budget: &Budget,
        allocations: &[Allocated],
        current: Option<Currency>,
    ) -> Result<(), FundError> {
        let position = BudgetPosition::of(budget, allocations);
        if let Some(current) = current
            && current != budget.currency
            && position.allocated > 0
        {
            return Err(FundError::CurrencyFixed { currency: current });
        }
        if position.remaining < 0 {
            return Err(FundError::BelowAllocated {
                currency: budget.currency,
                total: budget.total,
                allocated: position.allocated,
                year: None,
            });
        }
        if !budget.years.is_empty() {
            for allocation in allocations {
                if budget.year(allocation.year).is_none() {
                    return Err(FundError::YearNotInBudget {
                        year: allocation.year,
                        years: budget.years.iter().map(|y| y.year).collect(),
                    });
                }
            }
            if let Some(y) = position.years.iter().find(|y| y.remaining < 0) {
                return Err(FundError::BelowAllocated {
                    currency: budget.currency,
                    total: y.planned,
                    allocated: y.allocated,
                    year: Some(y.year),
                });
            }
        }
        Ok(())
    }
}

/// The figures of a refused allocation, in minor units: of the whole budget, or of the
/// award's year when `year` is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BudgetFigures {
    pub currency: Currency,
    pub total: i64,
    pub allocated: i64,
    pub remaining: i64,
    pub requested: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

/// What the secretariat allocates to a trial (a grant, in 360Giving's words).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewAllocation {
    /// 360Giving `amountAppliedFor`; minor units, when the trial asked for an amount.
    pub amount_applied_for: Option<i64>,
    /// 360Giving `amountAwarded`; minor units.
    pub amount_awarded: i64,
    /// 360Giving `awardDate`.
    pub award_date: Date,
    /// 360Giving `plannedDates.startDate`.
    pub planned_start: Date,
    /// 360Giving `plannedDates.endDate`.
    pub planned_end: Date,
}

impl NewAllocation {
    /// Checks the allocation's own figures and dates (the budget is checked against what is
    /// stored, in the store's transaction).
    pub fn validate(&self) -> Result<(), FundError> {
        if let Some(applied) = self.amount_applied_for {
            check_range("amount_applied_for", applied, false)?;
        }
        check_range("amount_awarded", self.amount_awarded, true)?;
        if self.planned_end < self.planned_start {
            return Err(FundError::Field(FieldError::new(
                "planned_end",
                Problem::BeforeStart,
            )));
        }
        Ok(())
    }

    /// The budget year the award counts against: its award date's.
    pub fn year(&self) -> i32 {
        self.award_date.year()
    }
}

/// An allocation as stored, with what has been paid of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Allocation {
    pub id: i64,
    pub scheme_id: i64,
    pub trial_id: i64,
    /// The trial's case number and title, for the budget's list.
    pub case_number: String,
    pub trial_title: String,
    pub currency: Currency,
    pub amount_applied_for: Option<i64>,
    pub amount_awarded: i64,
    /// The sum of its payments (360Giving `amountDisbursed`).
    pub amount_disbursed: i64,
    pub award_date: Date,
    pub planned_start: Date,
    pub planned_end: Date,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
}

impl Allocation {
    /// What may still be paid.
    pub fn undisbursed(&self) -> i64 {
        self.amount_awarded - self.amount_disbursed
    }

    /// Whether a payment of `amount` fits what remains of the award.
    pub fn check_payment(&self, amount: i64) -> Result<(), FundError> {
        check_range("amount", amount, true)?;
        if amount > self.undisbursed() {
            return Err(FundError::PaymentExceedsAward {
                currency: self.currency,
                awarded: self.amount_awarded,
                disbursed: self.amount_disbursed,
                remaining: self.undisbursed(),
                requested: amount,
            });
        }
        Ok(())
    }
}

/// A payment the secretariat records against an allocation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPayment {
    pub paid_on: Date,
    /// Minor units.
    pub amount: i64,
    /// The payment's reference in the ministry's books, if any.
    pub reference: String,
}

impl NewPayment {
    pub fn validate(&self) -> Result<(), FundError> {
        check_range("amount", self.amount, true)?;
        check_text("reference", &self.reference, MAX_REFERENCE).map_err(FundError::Field)
    }
}

/// A recorded payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Payment {
    pub id: i64,
    pub allocation_id: i64,
    pub trial_id: i64,
    pub paid_on: Date,
    pub amount: i64,
    pub reference: String,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
}

/// Spending a trial reports: how much went to what in a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewSpending {
    pub period_start: Date,
    pub period_end: Date,
    /// Minor units.
    pub amount: i64,
    /// What the money was spent on.
    pub purpose: String,
}

impl NewSpending {
    pub fn validate(&self) -> Result<(), FundError> {
        if self.period_end < self.period_start {
            return Err(FundError::Field(FieldError::new(
                "period_end",
                Problem::BeforeStart,
            )));
        }
        check_range("amount", self.amount, true)?;
        if self.purpose.trim().is_empty() {
            return Err(FundError::Field(FieldError::new(
                "purpose",
                Problem::Required,
            )));
        }
        check_text("purpose", &self.purpose, MAX_PURPOSE).map_err(FundError::Field)
    }
}

/// Spending that would bring the total spent above the amount awarded is refused unless
/// the reporter confirmed the amount: a typo of a few zeros should not pass silently.
pub fn check_spending_within_award(
    totals: &TrialTotals,
    currency: Currency,
    requested: i64,
    confirmed: bool,
) -> Result<(), FundError> {
    if confirmed || totals.spent.saturating_add(requested) <= totals.awarded {
        return Ok(());
    }
    Err(FundError::SpendingExceedsAward {
        currency,
        awarded: totals.awarded,
        spent: totals.spent,
        requested,
    })
}

/// Reported spending as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Spending {
    pub id: i64,
    pub trial_id: i64,
    pub currency: Currency,
    pub period_start: Date,
    pub period_end: Date,
    pub amount: i64,
    pub purpose: String,
    /// Who reported it, by name.
    pub reported_by: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub reported_at: OffsetDateTime,
}

/// Everything of one trial's funds, as the store reads it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TrialFundRecords {
    pub allocations: Vec<Allocation>,
    pub payments: Vec<Payment>,
    pub spending: Vec<Spending>,
}

/// A trial's totals in its scheme's currency.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrialTotals {
    pub awarded: i64,
    pub disbursed: i64,
    pub spent: i64,
}

impl TrialFundRecords {
    pub fn totals(&self) -> TrialTotals {
        TrialTotals {
            awarded: self.allocations.iter().map(|a| a.amount_awarded).sum(),
            disbursed: self.allocations.iter().map(|a| a.amount_disbursed).sum(),
            spent: self.spending.iter().map(|s| s.amount).sum(),
        }
    }
}

/// Why an amount could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::Display, strum::IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum AmountProblem {
    /// Nothing was written.
    Empty,
    /// Not a number as any of the languages write one.
    NotANumber,
    /// A currency other than the budget's.
    WrongCurrency,
    /// Below zero.
    Negative,
    /// Zero where something must be given or paid.
    Zero,
    /// More decimals than the currency has.
    TooManyDecimals,
    /// Beyond [`MAX_AMOUNT`].
    TooLarge,
    /// "1.250" or "1,250": a thousand or one and a quarter, depending on who wrote it.
    Ambiguous,
}

/// A refused budget, allocation, payment or spending report.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FundError {
    #[error("this scheme has no stimulus funds")]
    NoBudget,
    #[error(
        "the allocation of {} is more than the {} that remains{} (budget {}, allocated {})",
        plain(.0.requested, .0.currency),
        plain(.0.remaining, .0.currency),
        .0.year.map(|y| format!(" for {y}")).unwrap_or_default(),
        plain(.0.total, .0.currency),
        plain(.0.allocated, .0.currency)
    )]
    BudgetExceeded(BudgetFigures),
    #[error("nothing has been awarded to this trial")]
    NoAllocation,
    #[error("the budget plans no funds for {year}")]
    YearNotInBudget { year: i32, years: Vec<i32> },
    #[error("the year {year} is given twice")]
    YearTwice { year: i32 },
    #[error(
        "the years add up to {}, not the total of {}",
        plain(*years_sum, *currency),
        plain(*total, *currency)
    )]
    YearsDoNotAddUp {
        currency: Currency,
        total: i64,
        years_sum: i64,
    },
    #[error(
        "the budget{} of {} is less than the {} already allocated",
        year.map(|y| format!(" for {y}")).unwrap_or_default(),
        plain(*total, *currency),
        plain(*allocated, *currency)
    )]
    BelowAllocated {
        currency: Currency,
        total: i64,
        allocated: i64,
        year: Option<i32>,
    },
    #[error("the currency stays {currency} once funds are allocated")]
    CurrencyFixed { currency: Currency },
    #[error(
        "the payment of {} is more than the {} that remains of the award (awarded {}, paid {})",
        plain(*requested, *currency),
        plain(*remaining, *currency),
        plain(*awarded, *currency),
        plain(*disbursed, *currency)
    )]
    PaymentExceedsAward {
        currency: Currency,
        awarded: i64,
        disbursed: i64,
        remaining: i64,
        requested: i64,
    },
    #[error(
        "the spending of {} brings the total spent to {}, more than the {} awarded; confirm the amount to report it",
        plain(*requested, *currency),
        plain(*spent + *requested, *currency),
        plain(*awarded, *currency)
    )]
    SpendingExceedsAward {
        currency: Currency,
        awarded: i64,
        spent: i64,
        requested: i64,
    },
    #[error("{field}: {}", amount_message(*problem))]
    Amount {
        field: String,
        problem: AmountProblem,
    },
    #[error("{0}")]
    Field(FieldError),
}

fn amount_message(problem: AmountProblem) -> &'static str {
    match problem {
        AmountProblem::Empty => "an amount is required",
        AmountProblem::NotANumber => "not an amount (write it like 1 250 000,50)",
        AmountProblem::WrongCurrency => "another currency than the budget's",
        AmountProblem::Negative => "the amount cannot be negative",
        AmountProblem::Zero => "the amount must be more than zero",
        AmountProblem::TooManyDecimals => "more decimals than the currency has",
        AmountProblem::TooLarge => "the amount is too large",
        AmountProblem::Ambiguous => {
            "ambiguous: write a thousand as 1000 and decimals with a comma (1000,50)"
        }
    }
}

/// An amount in the messages of errors, which are English: "DKK 1250000.50".
fn plain(minor: i64, currency: Currency) -> String {
    format_amount(minor, currency, Language::En)
}

impl Broken for FundError {
    fn code(&self) -> &'static str {
        match self {
            FundError::NoBudget => "no_budget",
            FundError::NoAllocation => "no_allocation",
            FundError::BudgetExceeded(_) => "budget_exceeded",
            FundError::YearNotInBudget { .. } => "budget_year_not_planned",
            FundError::YearTwice { .. } => "budget_year_twice",
            FundError::YearsDoNotAddUp { .. } => "budget_years_do_not_add_up",
            FundError::BelowAllocated { .. } => "budget_below_allocated",
            FundError::CurrencyFixed { .. } => "budget_currency_fixed",
            FundError::PaymentExceedsAward { .. } => "payment_exceeds_award",
            FundError::SpendingExceedsAward { .. } => "spending_exceeds_award_unconfirmed",
            FundError::Amount {
                problem: AmountProblem::Ambiguous,
                ..
            } => "amount_ambiguous",
            FundError::Amount { .. } => "amount_invalid",
            FundError::Field(e) => e.code(),
        }
    }

    fn refusal(&self) -> Refusal {
        match self {
            FundError::NoBudget
            | FundError::NoAllocation
            | FundError::BudgetExceeded(_)
            | FundError::YearNotInBudget { .. }
            | FundError::BelowAllocated { .. }
            | FundError::CurrencyFixed { .. }
            | FundError::PaymentExceedsAward { .. } => Refusal::Conflict,
            FundError::YearTwice { .. }
            | FundError::SpendingExceedsAward { .. }
            | FundError::YearsDoNotAddUp { .. }
            | FundError::Amount { .. }
            | FundError::Field(_) => Refusal::Invalid,
        }
    }

    fn details(&self) -> serde_json::Value {
        use serde_json::json;
        match self {
            FundError::NoBudget | FundError::NoAllocation => serde_json::Value::Null,
            FundError::BudgetExceeded(figures) => json!(figures),
            FundError::YearNotInBudget { year, years } => json!({ "year": year, "years": years }),
            FundError::YearTwice { year } => json!({ "field": "years", "year": year }),
            FundError::YearsDoNotAddUp {
                currency,
                total,
                years_sum,
            } => {
                json!({ "field": "years", "currency": currency, "total": total, "years_sum": years_sum })
            }
            FundError::BelowAllocated {
                currency,
                total,
                allocated,
                year,
            } => {
                json!({ "field": "total", "currency": currency, "total": total, "allocated": allocated, "year": year })
            }
            FundError::CurrencyFixed { currency } => {
                json!({ "field": "currency", "currency": currency })
            }
            FundError::PaymentExceedsAward {
                currency,
                awarded,
                disbursed,
                remaining,
                requested,
            } => json!({
                "field": "amount",
                "currency": currency,
                "awarded": awarded,
                "disbursed": disbursed,
                "remaining": remaining,
                "requested": requested,
            }),
            FundError::SpendingExceedsAward {
                currency,
                awarded,
                spent,
                requested,
            } => json!({
                "field": "amount",
                "currency": currency,
                "awarded": awarded,
                "spent": spent,
                "requested": requested,
                "total_spent": spent + requested,
            }),
            FundError::Amount { field, problem } => json!({ "field": field, "problem": problem }),
            FundError::Field(e) => serde_json::to_value(e).unwrap_or_default(),
        }
    }
}

impl FundError {
    /// The field the refusal belongs beside on a form, if it is one field's.
    pub fn field(&self) -> Option<&str> {
        match self {
            FundError::Amount { field, .. } => Some(field),
            FundError::Field(e) => Some(&e.field),
            FundError::BudgetExceeded(_) => Some("amount_awarded"),
            FundError::PaymentExceedsAward { .. } | FundError::SpendingExceedsAward { .. } => {
                Some("amount")
            }
            FundError::YearNotInBudget { .. } => Some("award_date"),
            FundError::YearTwice { .. } | FundError::YearsDoNotAddUp { .. } => Some("years"),
            FundError::BelowAllocated { .. } => Some("total"),
            FundError::CurrencyFixed { .. } => Some("currency"),
            FundError::NoBudget | FundError::NoAllocation => None,
        }
    }
}

fn check_range(field: &str, amount: i64, positive: bool) -> Result<(), FundError> {
    let problem = if amount < 0 {
        AmountProblem::Negative
    } else if amount == 0 && positive {
        AmountProblem::Zero
    } else if amount > MAX_AMOUNT {
        AmountProblem::TooLarge
    } else {
        return Ok(());
    };
    Err(FundError::Amount {
        field: field.to_owned(),
        problem,
    })
}

// --- Reading and writing amounts ---------------------------------------------------------

/// The characters that group thousands with a space: the space itself, the no-break space
/// the Nordic languages print, and the narrow and thin spaces some software writes.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Reads an amount as someone writing `lang` types it into minor units of `currency`,
/// without floating point. Accepts thousands grouped by spaces, points or commas, the
/// decimal comma or point, and the currency's code or "kr"/"€" before or after, and the
/// Nordic ",-" for whole amounts. Where the text could mean two amounts ("1.250": a
/// thousand and more in Danish, one and a quarter in English) it is read as thousands only
/// when the mark is the language's own grouping mark (the Danish point, the English
/// comma); otherwise it is refused as ambiguous, for money is rarely written with three
/// decimals and a guess would be a thousandfold wrong. Zero is read; whether it is allowed is the caller's rule.
pub fn parse_amount(
    field: &str,
    text: &str,
    currency: Currency,
    lang: Language,
) -> Result<i64, FundError> {
    let refuse = |problem| FundError::Amount {
        field: field.to_owned(),
        problem,
    };
    let mut s = text.trim_matches(|c: char| c.is_whitespace() || is_space(c));
    if s.is_empty() {
        return Err(refuse(AmountProblem::Empty));
    }
    // Strip the currency, before or after, and a whole amount's dash.
    loop {
        let before = s;
        for code in <Currency as strum::VariantNames>::VARIANTS {
            if let Some(rest) = strip_prefix_ci(s, code).or_else(|| strip_suffix_ci(s, code)) {
                if !code.eq_ignore_ascii_case(currency.code()) {
                    return Err(refuse(AmountProblem::WrongCurrency));
                }
                s = rest;
            }
        }
        for mark in ["kr.", "kr", "€", ",-", ".-", ":-"] {
            if mark == "€" && currency != Currency::Eur && s.contains(mark) {
                return Err(refuse(AmountProblem::WrongCurrency));
            }
            if mark.starts_with("kr") && currency == Currency::Eur && s.contains("kr") {
                return Err(refuse(AmountProblem::WrongCurrency));
            }
            if let Some(rest) = strip_suffix_ci(s, mark) {
                s = rest;
            } else if !mark.starts_with([',', '.', ':'])
                && let Some(rest) = strip_prefix_ci(s, mark)
            {
                s = rest;
            }
        }
        s = s.trim_matches(|c: char| c.is_whitespace() || is_space(c));
        if s == before {
            break;
        }
    }
    if s.is_empty() {
        return Err(refuse(AmountProblem::NotANumber));
    }
    if let Some(rest) = s.strip_prefix(['-', '−']) {
        return Err(refuse(
            if rest.chars().any(|c| c.is_ascii_digit() && c != '0') {
                AmountProblem::Negative
            } else {
                AmountProblem::NotANumber
            },
        ));
    }
    let s = s.strip_prefix('+').unwrap_or(s);
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_space(c))
        || !s.starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(refuse(AmountProblem::NotANumber));
    }

    let points = s.matches('.').count();
    let commas = s.matches(',').count();
    let spaced = s.contains(is_space);
    // Which mark, if any, separates the decimals.
    let decimal: Option<char> = match (points, commas) {
        (0, 0) => None,
        (p, c) if p > 0 && c > 0 => {
            let last = if s.rfind('.') > s.rfind(',') {
                '.'
            } else {
                ','
            };
            let count = if last == '.' { p } else { c };
            if count > 1 {
                return Err(refuse(AmountProblem::NotANumber));
            }
            Some(last)
        }
        (p, c) => {
            let mark = if p > 0 { '.' } else { ',' };
            if p + c > 1 {
                // Several of one mark: it groups thousands.
                None
            } else {
                let (whole, after) = s.split_once(mark).unwrap_or((s, ""));
                let digits_after = after.chars().filter(char::is_ascii_digit).count();
                let whole_digits = whole.chars().filter(|c| !is_space(*c)).count();
                if spaced && digits_after == 3 {
                    // "1 250.000": grouped by spaces, then a mark that may group or not.
                    return Err(refuse(AmountProblem::Ambiguous));
                } else if spaced || digits_after != 3 || whole.trim_start_matches('0').is_empty() {
                    // Spaces already group, or it cannot be a group of three, or the whole
                    // part is zero ("0.500"): the mark separates decimals.
                    Some(mark)
                } else if whole_digits > 3 {
                    // "1250.000" cannot group: decimals.
                    Some(mark)
                } else {
                    // One mark before three digits groups thousands only where it is
                    // the language's own grouping mark; elsewhere it may be either.
                    match (lang, mark) {
                        (Language::Da, '.') | (Language::En, ',') => None,
                        _ => return Err(refuse(AmountProblem::Ambiguous)),
                    }
                }
            }
        }
    };
    let (whole, fraction) = match decimal {
        Some(mark) => {
            let (w, f) = s.rsplit_once(mark).unwrap_or((s, ""));
            (w, Some(f))
        }
        None => (s, None),
    };
    // The whole part: digits, grouped by one kind of mark into threes, or not at all.
    let group_marks: Vec<char> = whole.chars().filter(|c| !c.is_ascii_digit()).collect();
    let digits: String = if group_marks.is_empty() {
        whole.to_owned()
    } else {
        let first = group_marks[0];
        let same_kind = |c: &char| {
            if is_space(first) {
                is_space(*c)
            } else {
                *c == first
            }
        };
        if !group_marks.iter().all(same_kind) {
            return Err(refuse(AmountProblem::NotANumber));
        }
        let groups: Vec<&str> = whole.split(|c: char| !c.is_ascii_digit()).collect();
        let well_grouped = groups.iter().enumerate().all(|(i, g)| {
            if i == 0 {
                (1..=3).contains(&g.len())
            } else {
                g.len() == 3
            }
        });
        if !well_grouped {
            return Err(refuse(AmountProblem::NotANumber));
        }
        groups.concat()
    };
    let exponent = currency.exponent() as usize;
    let fraction_digits = match fraction {
        None => String::new(),
        Some(f) => {
            if f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()) {
                return Err(refuse(AmountProblem::NotANumber));
            }
            let kept = f.trim_end_matches('0');
            if kept.len() > exponent {
                return Err(refuse(AmountProblem::TooManyDecimals));
            }
            kept.to_owned()
        }
    };
    let mut minor: i64 = 0;
    for c in digits.chars() {
        let d = i64::from(c.to_digit(10).unwrap_or_default());
        minor = minor
            .checked_mul(10)
            .and_then(|m| m.checked_add(d))
            .ok_or_else(|| refuse(AmountProblem::TooLarge))?;
    }
    let mut fraction_value: i64 = 0;
    for i in 0..exponent {
        let d = fraction_digits
            .chars()
            .nth(i)
            .and_then(|c| c.to_digit(10))
            .unwrap_or(0);
        fraction_value = fraction_value * 10 + i64::from(d);
    }
    let minor = minor
        .checked_mul(currency.unit())
        .and_then(|m| m.checked_add(fraction_value))
        .ok_or_else(|| refuse(AmountProblem::TooLarge))?;
    if minor > MAX_AMOUNT {
        return Err(refuse(AmountProblem::TooLarge));
    }
    Ok(minor)
}

/// Reads an amount that must be more than zero (an award, a payment, spending).
pub fn parse_positive_amount(
    field: &str,
    text: &str,
    currency: Currency,
    lang: Language,
) -> Result<i64, FundError> {
    let minor = parse_amount(field, text, currency, lang)?;
    check_range(field, minor, true)?;
    Ok(minor)
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(suffix.len())?;
    let tail = s.get(cut..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| &s[..cut])
}

/// The number of an amount as `lang` writes it, without the currency: thousands grouped
/// (a no-break space in Norwegian and Swedish, a point in Danish, a comma in English),
/// and decimals only when there are any ("1 250 000", "1 250 000,50").
pub fn format_number(minor: i64, currency: Currency, lang: Language) -> String {
    let unit = currency.unit();
    let whole = (minor / unit).unsigned_abs();
    let fraction = (minor % unit).unsigned_abs();
    let (group, decimal) = match lang {
        Language::En => (",", "."),
        Language::Da => (".", ","),
        Language::Nb | Language::Nn | Language::Sv => ("\u{a0}", ","),
    };
    let digits = whole.to_string();
    let mut out = String::new();
    if minor < 0 {
        out.push('−');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(c);
    }
    if fraction > 0 {
        out.push_str(decimal);
        out.push_str(&format!(
            "{fraction:0width$}",
            width = currency.exponent() as usize
        ));
    }
    out
}

/// An amount with its currency as `lang` writes it: "1 250 000,50 kr" for kroner in
/// Norwegian and Swedish, "1.250.000,50 kr." for Danish kroner in Danish, the ISO code
/// for another country's kroner ("1 250 000 DKK"), and the code before the number in
/// English ("DKK 1,250,000.50"); the euro as "€".
pub fn format_amount(minor: i64, currency: Currency, lang: Language) -> String {
    let number = format_number(minor, currency, lang);
    let own = matches!(
        (lang, currency),
        (Language::Nb | Language::Nn, Currency::Nok)
            | (Language::Da, Currency::Dkk)
            | (Language::Sv, Currency::Sek)
    );
    match (lang, currency) {
        (Language::En, Currency::Eur) => format!("€{number}"),
        (Language::En, _) => format!("{}\u{a0}{number}", currency.code()),
        (_, Currency::Eur) => format!("{number}\u{a0}€"),
        (Language::Da, _) if own => format!("{number}\u{a0}kr."),
        _ if own => format!("{number}\u{a0}kr"),
        _ => format!("{number}\u{a0}{}", currency.code()),
    }
}

#[cfg(test)]
#[expect(
    clippy::inconsistent_digit_grouping,
    reason = "amounts in minor units read best as units_øre (2_500_000_33)"
)]
mod tests {
    use super::*;
    use serde_json::json;
    use time::macros::date;

    const ALL: [Language; 5] = Language::ALL;

    fn parse(text: &str, lang: Language) -> Result<i64, AmountProblem> {
        parse_amount("amount", text, Currency::Dkk, lang).map_err(|e| match e {
            FundError::Amount { problem, .. } => problem,
            other => panic!("{other:?}"),
        })
    }

    /// What people type, in each language, and what it means in øre (or why it is refused).
    #[test]
    fn amounts_are_read_as_people_write_them() {
        use AmountProblem::*;
        use Language::*;
        let cases: &[(&str, Language, Result<i64, AmountProblem>)] = &[
            ("1 250 000,50", Nb, Ok(125_000_050)),
            ("1\u{a0}250\u{a0}000,50", Sv, Ok(125_000_050)),
            ("1,250,000.50", En, Ok(125_000_050)),
            ("1,250,000.50", Nb, Ok(125_000_050)),
            ("1.250.000,50", Da, Ok(125_000_050)),
            ("kr 1.250.000", Nb, Ok(125_000_000)),
            ("1.250.000 kr.", Da, Ok(125_000_000)),
            ("DKK 1,250,000", En, Ok(125_000_000)),
            ("1250000", Sv, Ok(125_000_000)),
            ("1250000.5", Nb, Ok(125_000_050)),
            ("1 250,-", Nb, Ok(125_000)),
            ("100:-", Sv, Ok(10_000)),
            ("0,5", Da, Ok(50)),
            ("0.500", Nb, Ok(50)),
            ("12,30", En, Ok(1_230)),
            ("0", En, Ok(0)),
            // One mark before three digits: thousands where the language groups with that
            // mark, else refused.
            ("1.250", Da, Ok(125_000)),
            ("1.250", En, Err(Ambiguous)),
            ("1,250", En, Ok(125_000)),
            ("1,250", Da, Err(Ambiguous)),
            ("1,250", Nb, Err(Ambiguous)),
            ("1.250", Nb, Err(Ambiguous)),
            ("1.250", Sv, Err(Ambiguous)),
            ("1.250", Nn, Err(Ambiguous)),
            // Refusals.
            ("", Nb, Err(Empty)),
            ("  ", Nb, Err(Empty)),
            ("N/A", En, Err(NotANumber)),
            ("kr", Nb, Err(NotANumber)),
            ("1 25 000", Nb, Err(NotANumber)),
            ("1.25.000", Da, Err(NotANumber)),
            ("1,250.000,5", En, Err(NotANumber)),
            ("1 250.000", Nb, Err(Ambiguous)),
            ("1 250.00", Nb, Ok(125_000)),
            ("1e6", En, Err(NotANumber)),
            ("12,345", Nb, Err(Ambiguous)),
            ("12,3456", Nb, Err(TooManyDecimals)),
            ("-100", Nb, Err(Negative)),
            ("−100", Nb, Err(Negative)),
            ("100 SEK", Sv, Err(WrongCurrency)),
            ("€100", En, Err(WrongCurrency)),
            ("99999999999999999999", En, Err(TooLarge)),
            ("10000000000000,01", Da, Err(TooLarge)),
            ("1.", En, Err(NotANumber)),
        ];
        for (text, lang, expected) in cases {
            assert_eq!(&parse(text, *lang), expected, "{text:?} in {lang:?}");
        }
    }

    #[test]
    fn amounts_are_written_with_the_currency_where_the_language_puts_it() {
        let nbsp = '\u{a0}';
        let cases = [
            (
                Language::Nb,
                Currency::Nok,
                format!("1{nbsp}250{nbsp}000,50{nbsp}kr"),
            ),
            (
                Language::Nn,
                Currency::Dkk,
                format!("1{nbsp}250{nbsp}000,50{nbsp}DKK"),
            ),
            (
                Language::Da,
                Currency::Dkk,
                format!("1.250.000,50{nbsp}kr."),
            ),
            (
                Language::Sv,
                Currency::Sek,
                format!("1{nbsp}250{nbsp}000,50{nbsp}kr"),
            ),
            (
                Language::En,
                Currency::Dkk,
                format!("DKK{nbsp}1,250,000.50"),
            ),
            (Language::En, Currency::Eur, "€1,250,000.50".to_owned()),
            (Language::Da, Currency::Eur, format!("1.250.000,50{nbsp}€")),
        ];
        for (lang, currency, expected) in cases {
            assert_eq!(format_amount(125_000_050, currency, lang), expected);
        }
        assert_eq!(format_number(5, Currency::Dkk, Language::Da), "0,05");
        assert_eq!(format_number(100, Currency::Dkk, Language::Da), "1");
        assert_eq!(
            format_number(-123_456, Currency::Sek, Language::En),
            "−1,234.56"
        );
    }

    /// What is written in a language is read back as the same amount in that language.
    #[test]
    fn written_amounts_read_back_the_same() {
        let amounts = [
            0,
            1,
            99,
            100,
            125_000,
            123_456_789,
            125_000_000,
            100_000_000_000,
            MAX_AMOUNT,
        ];
        for lang in ALL {
            for currency in [Currency::Nok, Currency::Dkk, Currency::Sek, Currency::Eur] {
                for minor in amounts {
                    let written = format_amount(minor, currency, lang);
                    assert_eq!(
                        parse_amount("amount", &written, currency, lang),
                        Ok(minor),
                        "{written:?} in {lang:?}"
                    );
                    let number = format_number(minor, currency, lang);
                    assert_eq!(
                        parse_amount("amount", &number, currency, lang),
                        Ok(minor),
                        "{number:?} in {lang:?}"
                    );
                }
            }
        }
    }

    fn split_budget() -> Budget {
        Budget {
            currency: Currency::Dkk,
            total: 10_000_000_00,
            years: vec![
                BudgetYear {
                    year: 2021,
                    amount: 4_000_000_00,
                },
                BudgetYear {
                    year: 2020,
                    amount: 6_000_000_00,
                },
            ],
        }
        .validate()
        .unwrap()
    }

    #[test]
    fn budget_arithmetic_is_exact_in_minor_units() {
        let budget = split_budget();
        assert_eq!(budget.years[0].year, 2020, "years come back sorted");
        let allocations = [
            Allocated {
                year: 2020,
                amount: 2_500_000_33,
            },
            Allocated {
                year: 2020,
                amount: 3_499_999_67,
            },
            Allocated {
                year: 2021,
                amount: 1,
            },
        ];
        let position = BudgetPosition::of(&budget, &allocations);
        assert_eq!(position.allocated, 6_000_000_01);
        assert_eq!(position.remaining, 3_999_999_99);
        assert_eq!(position.years[0].remaining, 0);
        assert_eq!(position.years[1].remaining, 3_999_999_99);
        // The whole remainder fits; one øre more does not.
        assert_eq!(position.check_allocation(3_999_999_99, 2021), Ok(()));
        let refused = position.check_allocation(4_000_000_00, 2021).unwrap_err();
        assert_eq!(refused.code(), "budget_exceeded");
        assert_eq!(refused.refusal(), Refusal::Conflict);
        assert_eq!(
            refused.details(),
            json!({
                "currency": "DKK",
                "total": 10_000_000_00_i64,
                "allocated": 6_000_000_01_i64,
                "remaining": 3_999_999_99_i64,
                "requested": 4_000_000_00_i64,
            })
        );
        // The year's own budget is spent even though the total is not.
        let by_year = position.check_allocation(1, 2020).unwrap_err();
        assert!(matches!(
            by_year,
            FundError::BudgetExceeded(BudgetFigures {
                year: Some(2020),
                remaining: 0,
                ..
            })
        ));
        assert_eq!(
            position.check_allocation(1, 2022).unwrap_err().code(),
            "budget_year_not_planned"
        );
        assert_eq!(
            position.check_allocation(0, 2021).unwrap_err().code(),
            "amount_invalid"
        );
    }

    #[test]
    fn an_unsplit_budget_checks_the_total_only() {
        let budget = Budget {
            currency: Currency::Nok,
            total: 100,
            years: vec![],
        }
        .validate()
        .unwrap();
        let position = BudgetPosition::of(
            &budget,
            &[Allocated {
                year: 2030,
                amount: 60,
            }],
        );
        assert_eq!(position.check_allocation(40, 1999), Ok(()));
        assert!(position.check_allocation(41, 2030).is_err());
        assert!(position.years.is_empty());
    }

    #[test]
    fn budgets_are_checked_when_set() {
        let years_off = Budget {
            currency: Currency::Dkk,
            total: 100,
            years: vec![BudgetYear {
                year: 2020,
                amount: 99,
            }],
        };
        assert_eq!(
            years_off.validate().unwrap_err().code(),
            "budget_years_do_not_add_up"
        );
        let twice = Budget {
            currency: Currency::Dkk,
            total: 100,
            years: vec![
                BudgetYear {
                    year: 2020,
                    amount: 50,
                },
                BudgetYear {
                    year: 2020,
                    amount: 50,
                },
            ],
        };
        assert_eq!(twice.validate().unwrap_err().code(), "budget_year_twice");
        let zero = Budget {
            currency: Currency::Dkk,
            total: 0,
            years: vec![],
        };
        assert_eq!(zero.validate().unwrap_err().code(), "amount_invalid");

        // A new budget must still cover what is allocated, in the same currency.
        let allocated = [Allocated {
            year: 2020,
            amount: 5_000_000_00,
        }];
        let smaller = Budget {
            currency: Currency::Dkk,
            total: 4_000_000_00,
            years: vec![],
        };
        let refused = BudgetPosition::check_new_budget(&smaller, &allocated, Some(Currency::Dkk))
            .unwrap_err();
        assert_eq!(refused.code(), "budget_below_allocated");
        let other_currency = Budget {
            currency: Currency::Eur,
            total: 9_000_000_00,
            years: vec![],
        };
        assert_eq!(
            BudgetPosition::check_new_budget(&other_currency, &allocated, Some(Currency::Dkk))
                .unwrap_err()
                .code(),
            "budget_currency_fixed"
        );
        assert_eq!(
            BudgetPosition::check_new_budget(&other_currency, &[], Some(Currency::Dkk)),
            Ok(())
        );
        let year_short = split_budget();
        let refused = BudgetPosition::check_new_budget(
            &year_short,
            &[Allocated {
                year: 2021,
                amount: 4_000_000_01,
            }],
            Some(Currency::Dkk),
        )
        .unwrap_err();
        assert!(matches!(
            refused,
            FundError::BelowAllocated {
                year: Some(2021),
                ..
            }
        ));
        assert_eq!(
            BudgetPosition::check_new_budget(
                &year_short,
                &[Allocated {
                    year: 2019,
                    amount: 1
                }],
                None
            )
            .unwrap_err()
            .code(),
            "budget_year_not_planned"
        );
    }

    #[test]
    fn payments_never_exceed_the_award() {
        let allocation = Allocation {
            id: 1,
            scheme_id: 1,
            trial_id: 1,
            case_number: "DK2019-R1-001".into(),
            trial_title: "Én plan".into(),
            currency: Currency::Dkk,
            amount_applied_for: Some(2_000_000_00),
            amount_awarded: 1_500_000_00,
            amount_disbursed: 1_000_000_00,
            award_date: date!(2020 - 03 - 01),
            planned_start: date!(2020 - 04 - 01),
            planned_end: date!(2022 - 12 - 31),
            recorded_at: time::macros::datetime!(2020-03-01 10:00 UTC),
        };
        assert_eq!(allocation.check_payment(500_000_00), Ok(()));
        let refused = allocation.check_payment(500_000_01).unwrap_err();
        assert_eq!(refused.code(), "payment_exceeds_award");
        assert_eq!(refused.details()["remaining"], 500_000_00);
        assert_eq!(refused.details()["requested"], 500_000_01);
        assert!(refused.to_string().contains("DKK\u{a0}500,000.01"));
    }

    #[test]
    fn spending_above_the_award_needs_confirming() {
        let totals = TrialTotals {
            awarded: 320_000_000,
            disbursed: 0,
            spent: 100_000_000,
        };
        assert!(check_spending_within_award(&totals, Currency::Dkk, 220_000_000, false).is_ok());
        let refused =
            check_spending_within_award(&totals, Currency::Dkk, 9_999_999_900, false).unwrap_err();
        assert_eq!(refused.code(), "spending_exceeds_award_unconfirmed");
        assert_eq!(refused.refusal(), Refusal::Invalid);
        assert_eq!(refused.details()["awarded"], 320_000_000);
        assert_eq!(refused.details()["total_spent"], 10_099_999_900_i64);
        assert_eq!(refused.field(), Some("amount"));
        assert!(check_spending_within_award(&totals, Currency::Dkk, 9_999_999_900, true).is_ok());
    }

    #[test]
    fn allocations_and_spending_check_their_own_fields() {
        let allocation = NewAllocation {
            amount_applied_for: None,
            amount_awarded: 100,
            award_date: date!(2020 - 01 - 10),
            planned_start: date!(2020 - 02 - 01),
            planned_end: date!(2020 - 01 - 31),
        };
        let refused = allocation.validate().unwrap_err();
        assert_eq!(refused.code(), "end_before_start");
        assert_eq!(refused.field(), Some("planned_end"));
        assert_eq!(allocation.year(), 2020);

        let spending = NewSpending {
            period_start: date!(2020 - 01 - 01),
            period_end: date!(2020 - 06 - 30),
            amount: 10,
            purpose: "  ".into(),
        };
        assert_eq!(spending.validate().unwrap_err().code(), "field_required");
        assert_eq!(
            NewSpending {
                purpose: "Teachers' hours".into(),
                ..spending
            }
            .validate(),
            Ok(())
        );
        let payment = NewPayment {
            paid_on: date!(2020 - 01 - 01),
            amount: -1,
            reference: String::new(),
        };
        assert_eq!(payment.validate().unwrap_err().code(), "amount_invalid");
    }

    #[test]
    fn currencies_follow_their_country() {
        assert_eq!(Currency::of_country(Country::Dk), Currency::Dkk);
        assert_eq!("nok".parse::<Currency>(), Ok(Currency::Nok));
        assert_eq!(serde_json::to_value(Currency::Sek).unwrap(), json!("SEK"));
    }
}
