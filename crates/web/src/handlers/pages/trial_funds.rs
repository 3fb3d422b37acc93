//! Stimulus funds as pages: a scheme's budget page (`/schemes/{id}/budget`: the budget,
//! where it stands overall and by year, the grants per trial, and the secretariat's form),
//! a trial's funds page (`/trials/{id}/funds`: awarded, paid and spent, with the forms to
//! grant, pay and report spending), and the trial page's funds section, which shows the same
//! forms. A refused form comes back on the funds page with the reason beside its field and
//! what was typed; a refused allocation names the figures (budget, allocated, remaining,
//! requested) in the visitor's language and currency.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::funds::{
    self, AllocationInput, AmountInput, BudgetInput, PaymentInput, SchemeFunds, SpendingInput,
    TrialFunds,
};
use frirum_domain::Language;
use frirum_domain::funds::{BudgetPosition, Currency, format_amount, format_number};
use serde::Deserialize;
use time::Date;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

/// How many year rows the budget form offers beyond the years already set.
const SPARE_YEARS: usize = 3;

/// A refused form: which form, the field at fault (if one) and what to do.
#[derive(Debug, Clone, Default)]
pub struct FundsError {
    pub form: &'static str,
    pub field: Option<String>,
    pub message: String,
}

// --- The trial's forms ---------------------------------------------------------------------

/// The secretariat's form to grant funds to a trial.
#[derive(Deserialize, Default, Debug, Clone)]
pub struct AllocationForm {
    #[serde(default)]
    pub amount_awarded: String,
    #[serde(default)]
    pub amount_applied_for: String,
    #[serde(default)]
    pub award_date: String,
    #[serde(default)]
    pub planned_start: String,
    #[serde(default)]
    pub planned_end: String,
}

/// The secretariat's form to record a payment.
#[derive(Deserialize, Default, Debug, Clone)]
pub struct PaymentForm {
    #[serde(default)]
    pub allocation_id: String,
    #[serde(default)]
    pub amount: String,
    #[serde(default)]
    pub paid_on: String,
    #[serde(default)]
    pub reference: String,
}

/// The participants' form to report spending.
#[derive(Deserialize, Default, Debug, Clone)]
pub struct SpendingForm {
    #[serde(default)]
    pub period_start: String,
    #[serde(default)]
    pub period_end: String,
    #[serde(default)]
    pub amount: String,
    #[serde(default)]
    pub purpose: String,
    /// Ticked: the amount is right even though the spending then exceeds the award.
    #[serde(default)]
    pub confirm_amount: Option<String>,
}

/// The three forms of a trial's funds with what was typed, and a refusal if any: what the
/// section on the trial page and the funds page both show.
#[derive(Debug, Clone, Default)]
pub struct FundsForms {
    pub allocation: AllocationForm,
    pub payment: PaymentForm,
    pub spending: SpendingForm,
    pub error: Option<FundsError>,
}

impl FundsForms {
    /// Empty forms with the dates people most often want: today for an award or payment,
    /// the trial's planned period for the award's planned dates.
    pub fn blank(funds: &TrialFunds) -> FundsForms {
        let day = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        FundsForms {
            allocation: AllocationForm {
                award_date: day(funds.today),
                planned_start: day(funds.planned_start),
                planned_end: day(funds.planned_end),
                ..AllocationForm::default()
            },
            payment: PaymentForm {
                paid_on: day(funds.today),
                allocation_id: funds
                    .allocations
                    .iter()
                    .find(|a| a.undisbursed() > 0)
                    .map(|a| a.id.to_string())
                    .unwrap_or_default(),
                ..PaymentForm::default()
            },
            spending: SpendingForm::default(),
            error: None,
        }
    }

    /// The refusal's message when it belongs beside this field of this form.
    pub fn error_at(&self, form: &str, field: &str) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|e| e.form == form && e.field.as_deref() == Some(field))
            .map(|e| e.message.as_str())
    }

    /// The refusal's message when it concerns this form but no one field of it.
    pub fn error_of(&self, form: &str) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|e| e.form == form && e.field.is_none())
            .map(|e| e.message.as_str())
    }

    /// ` aria-invalid="true" aria-describedby="…"` for a field at fault, as the template
    /// writes it into the input.
    pub fn invalid(&self, form: &str, field: &str) -> bool {
        self.error_at(form, field).is_some()
    }
}

/// A date typed into a form (`2026-05-31`, as date inputs send it).
fn date(field: &str, text: &str) -> Result<Date, AppError> {
    Date::parse(
        text.trim(),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .map_err(|_| AppError::field(field, "a date such as 2026-05-31"))
}

fn optional_date(field: &str, text: &str) -> Result<Option<Date>, AppError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        date(field, text).map(Some)
    }
}

#[derive(Template)]
#[template(path = "trials/funds_page.html")]
struct TrialFundsPage {
    ctx: PageContext,
    funds: TrialFunds,
    forms: FundsForms,
}

fn funds_page(
    state: &AppState,
    ctx: &RequestContext,
    funds: TrialFunds,
    forms: FundsForms,
    status: StatusCode,
) -> Result<Response, AppError> {
    let page = TrialFundsPage {
        ctx: page_context(state, ctx),
        funds,
        forms,
    };
    Ok((status, page.render_html()?).into_response())
}

/// A trial's funds: awarded, paid and spent, with the forms of those who may use them.
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let funds = funds::trial_funds(&state, &ctx, id).await?;
    let forms = FundsForms::blank(&funds);
    funds_page(&state, &ctx, funds, forms, StatusCode::OK)
}

/// After a form: to the trial page's funds section, or back to the funds page with the
/// refusal beside its field and the forms as typed. Not found, not signed in and not
/// allowed are the error pages they always are.
async fn after(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    result: Result<(), AppError>,
    form: &'static str,
    mut forms: FundsForms,
) -> Result<Response, AppError> {
    let err = match result {
        Ok(()) => return Ok(see_other(&format!("/trials/{id}#funds"))),
        Err(AppError::App(e @ (Error::Forbidden | Error::Unauthenticated | Error::NotFound))) => {
            return Err(e.into());
        }
        Err(err) => err,
    };
    let funds = funds::trial_funds(state, ctx, id).await?;
    let page_ctx = page_context(state, ctx);
    forms.error = Some(FundsError {
        form,
        field: field_of(&err),
        message: message(&page_ctx, &err),
    });
    funds_page(state, ctx, funds, forms, err.status())
}

/// Grants funds to the trial (the secretariat).
pub async fn allocate(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<AllocationForm>,
) -> Result<Response, AppError> {
    let result = async {
        let input = AllocationInput {
            amount_applied_for: Some(AmountInput::Typed(form.amount_applied_for.clone())),
            amount_awarded: AmountInput::Typed(form.amount_awarded.clone()),
            award_date: date("award_date", &form.award_date)?,
            planned_start: optional_date("planned_start", &form.planned_start)?,
            planned_end: optional_date("planned_end", &form.planned_end)?,
        };
        funds::allocate(&state, &ctx, id, input).await?;
        Ok(())
    }
    .await;
    let forms = FundsForms {
        allocation: form,
        ..FundsForms::default()
    };
    after(&state, &ctx, id, result, "allocation", forms).await
}

/// Records a payment of one of the trial's grants (the secretariat).
pub async fn pay(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<PaymentForm>,
) -> Result<Response, AppError> {
    let result = async {
        let allocation_id = form
            .allocation_id
            .trim()
            .parse()
            .map_err(|_| AppError::field("allocation_id", "choose the grant paid"))?;
        let input = PaymentInput {
            allocation_id,
            paid_on: date("paid_on", &form.paid_on)?,
            amount: AmountInput::Typed(form.amount.clone()),
            reference: form.reference.clone(),
        };
        funds::record_payment(&state, &ctx, id, input).await?;
        Ok(())
    }
    .await;
    let forms = FundsForms {
        payment: form,
        ..FundsForms::default()
    };
    after(&state, &ctx, id, result, "payment", forms).await
}

/// Reports what the trial spent (its participants' applicants).
pub async fn report_spending(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<SpendingForm>,
) -> Result<Response, AppError> {
    let result = async {
        let input = SpendingInput {
            period_start: date("period_start", &form.period_start)?,
            period_end: date("period_end", &form.period_end)?,
            amount: AmountInput::Typed(form.amount.clone()),
            purpose: form.purpose.clone(),
            confirmed: form.confirm_amount.is_some(),
        };
        funds::report_spending(&state, &ctx, id, input).await?;
        Ok(())
    }
    .await;
    let forms = FundsForms {
        spending: form,
        ..FundsForms::default()
    };
    after(&state, &ctx, id, result, "spending", forms).await
}

// --- A scheme's budget -------------------------------------------------------------------

/// The secretariat's budget form: currency, total and up to a few years, as typed.
#[derive(Deserialize, Default, Debug, Clone)]
pub struct BudgetForm {
    #[serde(default)]
    pub currency: String,
    #[serde(default)]
    pub total: String,
    /// `remove` to take the budget away (the scheme gives no stimulus funds).
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub year_0: String,
    #[serde(default)]
    pub amount_0: String,
    #[serde(default)]
    pub year_1: String,
    #[serde(default)]
    pub amount_1: String,
    #[serde(default)]
    pub year_2: String,
    #[serde(default)]
    pub amount_2: String,
    #[serde(default)]
    pub year_3: String,
    #[serde(default)]
    pub amount_3: String,
    #[serde(default)]
    pub year_4: String,
    #[serde(default)]
    pub amount_4: String,
    #[serde(default)]
    pub year_5: String,
    #[serde(default)]
    pub amount_5: String,
    #[serde(default)]
    pub year_6: String,
    #[serde(default)]
    pub amount_6: String,
    #[serde(default)]
    pub year_7: String,
    #[serde(default)]
    pub amount_7: String,
}

/// One year row of the budget form.
#[derive(Debug, Clone)]
pub struct YearRow {
    pub index: usize,
    pub year: String,
    pub amount: String,
}

impl BudgetForm {
    fn rows(&self) -> Vec<YearRow> {
        [
            (&self.year_0, &self.amount_0),
            (&self.year_1, &self.amount_1),
            (&self.year_2, &self.amount_2),
            (&self.year_3, &self.amount_3),
            (&self.year_4, &self.amount_4),
            (&self.year_5, &self.amount_5),
            (&self.year_6, &self.amount_6),
            (&self.year_7, &self.amount_7),
        ]
        .into_iter()
        .enumerate()
        .map(|(index, (year, amount))| YearRow {
            index,
            year: year.clone(),
            amount: amount.clone(),
        })
        .collect()
    }

    /// The form filled with the budget as it is, written in the visitor's language.
    fn of(funds: &SchemeFunds, lang: Language) -> BudgetForm {
        let mut form = BudgetForm {
            currency: funds.proposed_currency.code().to_owned(),
            ..BudgetForm::default()
        };
        if let Some(b) = &funds.budget {
            let currency = b.budget.currency;
            form.total = format_number(b.budget.total, currency, lang);
            let slots = [
                (&mut form.year_0, &mut form.amount_0),
                (&mut form.year_1, &mut form.amount_1),
                (&mut form.year_2, &mut form.amount_2),
                (&mut form.year_3, &mut form.amount_3),
                (&mut form.year_4, &mut form.amount_4),
                (&mut form.year_5, &mut form.amount_5),
                (&mut form.year_6, &mut form.amount_6),
                (&mut form.year_7, &mut form.amount_7),
            ];
            for ((year, amount), y) in slots.into_iter().zip(&b.budget.years) {
                *year = y.year.to_string();
                *amount = format_number(y.amount, currency, lang);
            }
        }
        form
    }

    fn input(&self) -> Result<BudgetInput, AppError> {
        let currency: Currency = self
            .currency
            .trim()
            .parse()
            .map_err(|_| AppError::field("currency", "choose a currency"))?;
        let mut years = Vec::new();
        for row in self.rows() {
            if row.year.trim().is_empty() && row.amount.trim().is_empty() {
                continue;
            }
            let year = row.year.trim().parse::<i32>().map_err(|_| {
                AppError::field(format!("years[{}].year", row.index), "a year such as 2027")
            })?;
            years.push((year, AmountInput::Typed(row.amount.clone())));
        }
        Ok(BudgetInput {
            currency,
            total: AmountInput::Typed(self.total.clone()),
            years,
        })
    }
}

#[derive(Template)]
#[template(path = "trials/funds_budget.html")]
struct BudgetPage {
    ctx: PageContext,
    funds: SchemeFunds,
    form: BudgetForm,
    rows: Vec<YearRow>,
    currencies: [Currency; 4],
    error: Option<FundsError>,
}

impl BudgetPage {
    fn money(&self, minor: &i64) -> String {
        let currency = self
            .funds
            .budget
            .as_ref()
            .map_or(self.funds.proposed_currency, |b| b.budget.currency);
        format_amount(*minor, currency, self.ctx.lang)
    }

    /// The error's message when it belongs beside this field.
    fn error_at(&self, field: &str) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|e| e.field.as_deref() == Some(field))
            .map(|e| e.message.as_str())
    }

    /// The scheme's trials granted nothing yet, to grant to from their funds page.
    fn ungranted(&self) -> Vec<&frirum_domain::trial::TrialSummary> {
        self.funds
            .trials
            .iter()
            .filter(|t| !self.funds.allocations.iter().any(|a| a.trial_id == t.id))
            .collect()
    }
}

fn budget_page(
    state: &AppState,
    ctx: &RequestContext,
    funds: SchemeFunds,
    form: Option<BudgetForm>,
    error: Option<FundsError>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let page_ctx = page_context(state, ctx).in_country(funds.scheme.country);
    let form = form.unwrap_or_else(|| BudgetForm::of(&funds, page_ctx.lang));
    let set = form.rows().iter().filter(|r| !r.year.is_empty()).count();
    let rows = form
        .rows()
        .into_iter()
        .take((set + SPARE_YEARS).max(SPARE_YEARS))
        .collect();
    let page = BudgetPage {
        ctx: page_ctx,
        funds,
        form,
        rows,
        currencies: [Currency::Nok, Currency::Dkk, Currency::Sek, Currency::Eur],
        error,
    };
    Ok((status, page.render_html()?).into_response())
}

/// A scheme's budget: where it stands overall and by year, the grants per trial.
pub async fn budget(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let funds = funds::scheme_funds(&state, &ctx, id).await?;
    budget_page(&state, &ctx, funds, None, None, StatusCode::OK)
}

/// Sets or removes the scheme's budget (the secretariat).
pub async fn set_budget(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<BudgetForm>,
) -> Result<Response, AppError> {
    let result = async {
        let input = if form.action == "remove" {
            None
        } else {
            Some(form.input()?)
        };
        funds::set_budget(&state, &ctx, id, input).await?;
        Ok::<(), AppError>(())
    }
    .await;
    let err = match result {
        Ok(()) => return Ok(see_other(&format!("/schemes/{id}/budget"))),
        Err(AppError::App(e @ (Error::Forbidden | Error::Unauthenticated | Error::NotFound))) => {
            return Err(e.into());
        }
        Err(err) => err,
    };
    let funds = funds::scheme_funds(&state, &ctx, id).await?;
    let page_ctx = page_context(&state, &ctx);
    let error = FundsError {
        form: "budget",
        field: field_of(&err),
        message: message(&page_ctx, &err),
    };
    budget_page(&state, &ctx, funds, Some(form), Some(error), err.status())
}

// --- Refusals in words ---------------------------------------------------------------------

/// The field a refusal belongs beside, by its name in the form.
fn field_of(err: &AppError) -> Option<String> {
    let AppError::App(err) = err else {
        return None;
    };
    // A year's row is shown with the years, where its message stands.
    let field = field_named(err)?;
    Some(if field.starts_with("years[") {
        "years".to_owned()
    } else {
        field
    })
}

fn field_named(err: &Error) -> Option<String> {
    match err {
        Error::Field(e) => Some(e.field.clone()),
        Error::InvalidField { field, .. } => Some(field.clone()),
        Error::Rule(rule) => match rule.code {
            "budget_exceeded" => Some("amount_awarded".to_owned()),
            "budget_year_not_planned" => Some("award_date".to_owned()),
            "payment_exceeds_award" => Some("amount".to_owned()),
            "budget_below_allocated" | "budget_years_do_not_add_up" | "budget_year_twice" => {
                Some(if rule.code == "budget_below_allocated" {
                    "total".to_owned()
                } else {
                    "years".to_owned()
                })
            }
            _ => rule.details["field"].as_str().map(str::to_owned),
        },
        _ => None,
    }
}

/// A refusal in the visitor's words, with the figures as money in the budget's currency.
fn message(ctx: &PageContext, err: &AppError) -> String {
    let AppError::App(Error::Rule(rule)) = err else {
        return ctx.error_message(err);
    };
    let details = &rule.details;
    let currency = details["currency"]
        .as_str()
        .and_then(|c| c.parse::<Currency>().ok());
    let money = |name: &str| -> String {
        match (details[name].as_i64(), currency) {
            (Some(minor), Some(currency)) => format_amount(minor, currency, ctx.lang),
            (Some(minor), None) => minor.to_string(),
            _ => String::new(),
        }
    };
    let year = details["year"].as_i64().map(|y| y.to_string());
    match rule.code {
        "budget_exceeded" => {
            let figures = [
                ("requested", money("requested")),
                ("remaining", money("remaining")),
                ("total", money("total")),
                ("allocated", money("allocated")),
                ("year", year.clone().unwrap_or_default()),
            ];
            let id = if year.is_some() {
                "fund-error-budget-exceeded-year"
            } else {
                "fund-error-budget-exceeded"
            };
            let args: Vec<(&str, &str)> = figures.iter().map(|(n, v)| (*n, v.as_str())).collect();
            ctx.t_texts(id, &args)
        }
        "payment_exceeds_award" => {
            let figures = [
                ("requested", money("requested")),
                ("remaining", money("remaining")),
                ("awarded", money("awarded")),
                ("disbursed", money("disbursed")),
            ];
            let args: Vec<(&str, &str)> = figures.iter().map(|(n, v)| (*n, v.as_str())).collect();
            ctx.t_texts("fund-error-payment-exceeds-award", &args)
        }
        "spending_exceeds_award_unconfirmed" => {
            let figures = [
                ("requested", money("requested")),
                ("total_spent", money("total_spent")),
                ("awarded", money("awarded")),
            ];
            let args: Vec<(&str, &str)> = figures.iter().map(|(n, v)| (*n, v.as_str())).collect();
            ctx.t_texts("fund-error-spending-exceeds-award", &args)
        }
        "budget_below_allocated" => {
            let figures = [("total", money("total")), ("allocated", money("allocated"))];
            let args: Vec<(&str, &str)> = figures.iter().map(|(n, v)| (*n, v.as_str())).collect();
            ctx.t_texts("fund-error-below-allocated", &args)
        }
        "budget_years_do_not_add_up" => {
            let figures = [("total", money("total")), ("years_sum", money("years_sum"))];
            let args: Vec<(&str, &str)> = figures.iter().map(|(n, v)| (*n, v.as_str())).collect();
            ctx.t_texts("fund-error-years-do-not-add-up", &args)
        }
        "budget_year_not_planned" => ctx.t1(
            "fund-error-year-not-planned",
            "year",
            year.unwrap_or_default(),
        ),
        "amount_invalid" | "amount_ambiguous" => {
            let problem = details["problem"].as_str().unwrap_or("not_a_number");
            ctx.tp("fund-amount-", problem)
        }
        "no_budget" => ctx.t("fund-error-no-budget"),
        "no_allocation" => ctx.t("fund-error-no-allocation"),
        "budget_currency_fixed" => ctx.t("fund-error-currency-fixed"),
        "budget_year_twice" => ctx.t1("fund-error-year-twice", "year", year.unwrap_or_default()),
        _ => ctx.error_message(err),
    }
}

/// What the funds pages ask of the layout's context.
impl PageContext {
    /// "DKK 400,000 of DKK 10,000,000 remain in the scheme's budget."
    pub fn fund_remaining(&self, funds: &TrialFunds, position: &BudgetPosition) -> String {
        self.t_texts(
            "fund-remaining-of",
            &[
                ("remaining", &funds.money(&position.remaining, &self.lang)),
                ("total", &funds.money(&position.total, &self.lang)),
            ],
        )
    }
}
