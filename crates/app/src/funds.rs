//! Stimulus funds as people use them: a scheme's budget page (the secretariat sets the
//! budget; everybody reads it with what was awarded to which trial), allocations and
//! payments to a trial (the secretariat), spending reported by the trial (its
//! participants' applicants), and the funds part of the trial page.
//!
//! Amounts come in either as minor units (the API) or as people typed them (the pages),
//! read in the actor's language and the budget's currency by `domain::funds`; a refusal
//! is a broken rule with its code and figures (`budget_exceeded`, `payment_exceeds_award`,
//! `amount_ambiguous`...). What is public: a scheme's budget and what each registered trial
//! was awarded and paid; what a trial reports it spent is read by those who read the trial
//! whole.

use frirum_domain::authz::{Action, TrialAction};
use frirum_domain::funds::{
    Allocation, Budget, BudgetPosition, BudgetYear, Currency, FundError, NewAllocation, NewPayment,
    NewSpending, Payment, SchemeBudget, Spending, TrialTotals, parse_amount, parse_positive_amount,
};
use frirum_domain::scheme::Scheme;
use frirum_domain::text::clean;
use frirum_domain::trial::{TrialFilter, TrialSummary, today_in};
use frirum_domain::{Country, PageRequest};
use time::Date;

use crate::trials::{TrialAccess, access};
use crate::{Actor, App, Error};

/// An amount as it came in: minor units from the API, or text typed into a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountInput {
    Minor(i64),
    Typed(String),
}

impl AmountInput {
    /// The amount in minor units, refused (422 naming the field) when it cannot be read
    /// or is not more than zero.
    fn positive(&self, field: &str, currency: Currency, actor: &Actor) -> Result<i64, Error> {
        match self {
            AmountInput::Minor(minor) => {
                let minor = *minor;
                if minor <= 0 || minor > frirum_domain::funds::MAX_AMOUNT {
                    return Err(refused(FundError::Amount {
                        field: field.to_owned(),
                        problem: if minor <= 0 {
                            frirum_domain::funds::AmountProblem::Zero
                        } else {
                            frirum_domain::funds::AmountProblem::TooLarge
                        },
                    }));
                }
                Ok(minor)
            }
            AmountInput::Typed(text) => {
                parse_positive_amount(field, text, currency, actor.lang).map_err(refused)
            }
        }
    }

    /// The amount in minor units where zero is allowed (a budget year).
    fn any(&self, field: &str, currency: Currency, actor: &Actor) -> Result<i64, Error> {
        match self {
            AmountInput::Minor(minor) => Ok(*minor),
            AmountInput::Typed(text) => {
                parse_amount(field, text, currency, actor.lang).map_err(refused)
            }
        }
    }
}

/// A refusal of the funds' rules as the use cases report it: a refused field as the
/// forms' field errors are (with its label), any other rule with its code and figures.
fn refused(err: FundError) -> Error {
    match err {
        FundError::Field(field) => Error::Field(field),
        other => Error::rule(other),
    }
}

// --- A scheme's budget ------------------------------------------------------------------

/// A scheme's budget page: the budget (or none), where it stands overall and by year, what
/// was awarded to which trial, and for the secretariat the scheme's trials to allocate to.
#[derive(Debug, Clone)]
pub struct SchemeFunds {
    pub scheme: Scheme,
    pub budget: Option<SchemeBudget>,
    pub position: Option<BudgetPosition>,
    pub allocations: Vec<Allocation>,
    /// Whether the actor sets the budget and allocates.
    pub may_manage: bool,
    /// The scheme's trials, for the secretariat's allocation form.
    pub trials: Vec<TrialSummary>,
    /// The currency a new budget is proposed in: the scheme's country's.
    pub proposed_currency: Currency,
}

/// A scheme's budget with what was allocated: public where the scheme is.
pub async fn scheme_funds(app: &App, actor: &Actor, scheme_id: i64) -> Result<SchemeFunds, Error> {
    let scheme = crate::schemes::scheme_for(app, actor, scheme_id).await?;
    let budget = app.store.scheme_budget(scheme_id).await?;
    let allocations = app.store.scheme_allocations(scheme_id).await?;
    let position = budget.as_ref().map(|b| {
        BudgetPosition::of(
            &b.budget,
            &allocations
                .iter()
                .map(|a| frirum_domain::funds::Allocated {
                    year: a.award_date.year(),
                    amount: a.amount_awarded,
                })
                .collect::<Vec<_>>(),
        )
    });
    let may_manage = actor.may(Action::ManageSchemes);
    let trials = if may_manage {
        app.store
            .list_trials(
                &TrialFilter {
                    scheme_id: Some(scheme_id),
                    ..TrialFilter::default()
                },
                PageRequest {
                    page: 1,
                    per_page: 200,
                },
            )
            .await?
            .items
    } else {
        Vec::new()
    };
    Ok(SchemeFunds {
        proposed_currency: budget
            .as_ref()
            .map_or(Currency::of_country(scheme.country), |b| b.budget.currency),
        scheme,
        budget,
        position,
        allocations,
        may_manage,
        trials,
    })
}

/// A budget as the secretariat writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetInput {
    pub currency: Currency,
    pub total: AmountInput,
    /// By year; none when the budget is not split.
    pub years: Vec<(i32, AmountInput)>,
}

/// Sets a scheme's budget, or removes it (`None`: the scheme has no stimulus funds). The
/// secretariat's; a budget must still cover what is allocated.
pub async fn set_budget(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    input: Option<BudgetInput>,
) -> Result<Option<SchemeBudget>, Error> {
    actor.authorize(Action::ManageSchemes)?;
    app.store.scheme(scheme_id).await?.ok_or(Error::NotFound)?;
    let budget = match input {
        Some(input) => {
            let total = input.total.positive("total", input.currency, actor)?;
            let mut years = Vec::new();
            for (i, (year, amount)) in input.years.iter().enumerate() {
                years.push(BudgetYear {
                    year: *year,
                    amount: amount.any(&format!("years[{i}].amount"), input.currency, actor)?,
                });
            }
            Some(
                Budget {
                    currency: input.currency,
                    total,
                    years,
                }
                .validate()
                .map_err(refused)?,
            )
        }
        None => None,
    };
    app.store
        .set_scheme_budget(scheme_id, budget.as_ref(), actor.journal(None))
        .await?
        .map_err(refused)
}

// --- A trial's funds --------------------------------------------------------------------

/// The funds part of a trial page: what was awarded and paid (public), what the trial
/// reports it spent (to those who read it whole), and what the actor may do.
#[derive(Debug, Clone, Default)]
pub struct TrialFunds {
    /// The trial, named as its pages name it.
    pub trial_id: i64,
    pub case_number: String,
    pub title: String,
    pub scheme_id: i64,
    /// The currency of its awards, or of its scheme's budget before any award.
    pub currency: Option<Currency>,
    /// Whether the trial's scheme has stimulus funds at all.
    pub scheme_has_budget: bool,
    pub allocations: Vec<Allocation>,
    pub payments: Vec<Payment>,
    /// Empty for those who may not read the trial whole.
    pub spending: Vec<Spending>,
    pub totals: TrialTotals,
    /// What remains of the scheme's budget, for the secretariat's allocation form.
    pub position: Option<BudgetPosition>,
    /// The secretariat allocates and records payments.
    pub may_manage: bool,
    /// The participants' applicants report spending once something is awarded.
    pub may_report: bool,
    /// Whether spending is shown (read internally).
    pub shows_spending: bool,
    /// The trial's planned period, proposed for an allocation's planned dates.
    pub planned_start: Option<Date>,
    pub planned_end: Option<Date>,
    /// Today in the scheme's country, proposed as the award and payment date.
    pub today: Option<Date>,
}

impl TrialFunds {
    /// Whether there is anything to show.
    pub fn is_empty(&self) -> bool {
        self.allocations.is_empty() && self.spending.is_empty()
    }

    /// An amount of the trial's currency as `lang` writes it, with the currency.
    pub fn money(&self, minor: &i64, lang: &frirum_domain::Language) -> String {
        match self.currency {
            Some(currency) => frirum_domain::funds::format_amount(*minor, currency, *lang),
            None => minor.to_string(),
        }
    }

    /// What remains to be paid of the trial's awards.
    pub fn undisbursed(&self) -> i64 {
        self.totals.awarded - self.totals.disbursed
    }
}

/// The trial page's funds part, read with the access the page already has.
pub async fn for_trial(
    app: &App,
    actor: &Actor,
    access: &TrialAccess,
) -> Result<TrialFunds, Error> {
    let trial = &access.trial;
    let budget = app.store.scheme_budget(trial.scheme_id).await?;
    let mut records = app.store.trial_funds(trial.id).await?;
    let shows_spending = access.rights.read_internal;
    if !shows_spending {
        records.spending.clear();
    }
    let totals = records.totals();
    let currency = records
        .allocations
        .first()
        .map(|a| a.currency)
        .or(budget.as_ref().map(|b| b.budget.currency));
    let may_manage = access.rights.manage;
    let position = match (&budget, may_manage) {
        (Some(b), true) => {
            let allocated: Vec<_> = app
                .store
                .scheme_allocations(trial.scheme_id)
                .await?
                .iter()
                .map(|a| frirum_domain::funds::Allocated {
                    year: a.award_date.year(),
                    amount: a.amount_awarded,
                })
                .collect();
            Some(BudgetPosition::of(&b.budget, &allocated))
        }
        _ => None,
    };
    let country = country_of(app, trial.scheme_id).await?;
    Ok(TrialFunds {
        trial_id: trial.id,
        case_number: trial.case_number.clone(),
        title: trial.title.clone(),
        scheme_id: trial.scheme_id,
        currency,
        scheme_has_budget: budget.is_some(),
        may_report: access.rights.report && !records.allocations.is_empty(),
        allocations: records.allocations,
        payments: records.payments,
        spending: records.spending,
        totals,
        position,
        may_manage,
        shows_spending,
        planned_start: Some(access.state.planned_start),
        planned_end: Some(access.state.planned_end),
        today: Some(today_in(country, actor.now)),
    })
}

async fn country_of(app: &App, scheme_id: i64) -> Result<Country, Error> {
    Ok(app
        .store
        .scheme(scheme_id)
        .await?
        .ok_or(Error::NotFound)?
        .country)
}

/// A trial's funds on their own (the API): public parts for the public.
pub async fn trial_funds(app: &App, actor: &Actor, trial_id: i64) -> Result<TrialFunds, Error> {
    let access = access(app, actor, trial_id, TrialAction::Read).await?;
    for_trial(app, actor, &access).await
}

/// The currency of a trial's scheme's budget; a scheme without one refuses.
async fn budget_currency(app: &App, scheme_id: i64) -> Result<Currency, Error> {
    Ok(app
        .store
        .scheme_budget(scheme_id)
        .await?
        .ok_or_else(|| refused(FundError::NoBudget))?
        .budget
        .currency)
}

/// An allocation as the secretariat writes it (360Giving's fields).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllocationInput {
    pub amount_applied_for: Option<AmountInput>,
    pub amount_awarded: AmountInput,
    pub award_date: Date,
    /// The trial's planned period when not given.
    pub planned_start: Option<Date>,
    pub planned_end: Option<Date>,
}

/// Allocates funds to a trial from its scheme's budget: the secretariat's. Never more than
/// remains (409 `budget_exceeded` with the figures); a scheme without a budget refuses
/// (409 `no_budget`).
pub async fn allocate(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    input: AllocationInput,
) -> Result<Allocation, Error> {
    let access = access(app, actor, trial_id, TrialAction::Manage).await?;
    let currency = budget_currency(app, access.trial.scheme_id).await?;
    let amount_applied_for = match &input.amount_applied_for {
        Some(AmountInput::Typed(text)) if text.trim().is_empty() => None,
        Some(amount) => Some(amount.any("amount_applied_for", currency, actor)?),
        None => None,
    };
    let allocation = NewAllocation {
        amount_applied_for,
        amount_awarded: input
            .amount_awarded
            .positive("amount_awarded", currency, actor)?,
        award_date: input.award_date,
        planned_start: input.planned_start.unwrap_or(access.state.planned_start),
        planned_end: input.planned_end.unwrap_or(access.state.planned_end),
    };
    allocation.validate().map_err(refused)?;
    app.store
        .allocate(trial_id, &allocation, actor.journal(None))
        .await?
        .map_err(refused)
}

/// A payment as the secretariat records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentInput {
    pub allocation_id: i64,
    pub paid_on: Date,
    pub amount: AmountInput,
    pub reference: String,
}

/// Records a payment against one of the trial's allocations: the secretariat's. Never
/// beyond what remains of the award (409 `payment_exceeds_award`). Returns the payment
/// with the currency of its award.
pub async fn record_payment(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    input: PaymentInput,
) -> Result<(Payment, Currency), Error> {
    access(app, actor, trial_id, TrialAction::Manage).await?;
    let records = app.store.trial_funds(trial_id).await?;
    let allocation = records
        .allocations
        .iter()
        .find(|a| a.id == input.allocation_id)
        .ok_or_else(|| Error::field("allocation_id", "no such allocation to this trial"))?;
    let payment = NewPayment {
        paid_on: input.paid_on,
        amount: input
            .amount
            .positive("amount", allocation.currency, actor)?,
        reference: clean(&input.reference),
    };
    payment.validate().map_err(refused)?;
    let currency = allocation.currency;
    let payment = app
        .store
        .record_payment(trial_id, input.allocation_id, &payment, actor.journal(None))
        .await?
        .map_err(refused)?;
    Ok((payment, currency))
}

/// Spending as a trial reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpendingInput {
    pub period_start: Date,
    pub period_end: Date,
    pub amount: AmountInput,
    pub purpose: String,
    /// The reporter confirmed an amount that brings the spending above the award.
    pub confirmed: bool,
}

/// Reports what the trial spent in a period and on what: the participants' applicants',
/// once something is awarded (409 `no_allocation` before). Spending that brings the total
/// above the amount awarded needs `confirmed` (422 `spending_exceeds_award_unconfirmed`).
pub async fn report_spending(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    input: SpendingInput,
) -> Result<Spending, Error> {
    access(app, actor, trial_id, TrialAction::Report).await?;
    let records = app.store.trial_funds(trial_id).await?;
    let currency = records
        .allocations
        .first()
        .map(|a| a.currency)
        .ok_or_else(|| refused(FundError::NoAllocation))?;
    let spending = NewSpending {
        period_start: input.period_start,
        period_end: input.period_end,
        amount: input.amount.positive("amount", currency, actor)?,
        purpose: clean(&input.purpose),
    };
    spending.validate().map_err(refused)?;
    frirum_domain::funds::check_spending_within_award(
        &records.totals(),
        currency,
        spending.amount,
        input.confirmed,
    )
    .map_err(refused)?;
    app.store
        .report_spending(trial_id, &spending, actor.journal(None))
        .await?
        .map_err(refused)
}
