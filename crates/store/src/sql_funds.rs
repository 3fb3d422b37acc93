//! The SQL of [`crate::FundStore`]: budgets, allocations, payments and spending. Expanded
//! per engine like every store macro (see [`crate::sql`]).
//!
//! An allocation locks its trial first (`lock_trial`, as every change of a trial does) and
//! then its scheme's budget row, and only then adds up what is allocated: two allocations
//! at once, to the same trial or to two trials of one scheme, are checked one after the
//! other, so together they never exceed the budget. Setting a budget takes the same budget
//! lock. A payment is checked under its trial's lock. Sums are cast to BIGINT, which
//! PostgreSQL's SUM would otherwise widen to NUMERIC.

use frirum_domain::funds::{Allocation, Currency, Payment, Spending};
use time::{Date, OffsetDateTime};

use crate::StoreError;

pub(crate) const ALLOCATION_SELECT: &str = "SELECT a.id, a.scheme_id, a.trial_id, \
     t.case_number, t.title AS trial_title, a.currency, a.amount_applied_for, \
     a.amount_awarded, CAST(COALESCE((SELECT SUM(p.amount) FROM fund_payments p \
     WHERE p.allocation_id = a.id), 0) AS BIGINT) AS amount_disbursed, a.award_date, \
     a.planned_start, a.planned_end, a.recorded_at \
     FROM fund_allocations a JOIN trials t ON t.id = a.trial_id";

pub(crate) const PAYMENT_SELECT: &str = "SELECT id, allocation_id, trial_id, paid_on, amount, \
     reference, recorded_at FROM fund_payments";

pub(crate) const SPENDING_SELECT: &str = "SELECT s.id, s.trial_id, s.currency, s.period_start, \
     s.period_end, s.amount, s.purpose, u.name AS reported_by, s.reported_at \
     FROM fund_spending s LEFT JOIN users u ON u.id = s.reported_by";

pub(crate) fn currency(code: &str) -> Result<Currency, StoreError> {
    code.parse()
        .map_err(|_| StoreError::corrupt(format!("unknown currency {code:?}")))
}

#[derive(sqlx::FromRow)]
pub(crate) struct AllocationRow {
    id: i64,
    scheme_id: i64,
    trial_id: i64,
    case_number: String,
    trial_title: String,
    currency: String,
    amount_applied_for: Option<i64>,
    amount_awarded: i64,
    amount_disbursed: i64,
    award_date: Date,
    planned_start: Date,
    planned_end: Date,
    recorded_at: OffsetDateTime,
}

impl AllocationRow {
    pub fn into_domain(self) -> Result<Allocation, StoreError> {
        Ok(Allocation {
            id: self.id,
            scheme_id: self.scheme_id,
            trial_id: self.trial_id,
            case_number: self.case_number,
            trial_title: self.trial_title,
            currency: currency(&self.currency)?,
            amount_applied_for: self.amount_applied_for,
            amount_awarded: self.amount_awarded,
            amount_disbursed: self.amount_disbursed,
            award_date: self.award_date,
            planned_start: self.planned_start,
            planned_end: self.planned_end,
            recorded_at: self.recorded_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct PaymentRow {
    id: i64,
    allocation_id: i64,
    trial_id: i64,
    paid_on: Date,
    amount: i64,
    reference: String,
    recorded_at: OffsetDateTime,
}

impl From<PaymentRow> for Payment {
    fn from(row: PaymentRow) -> Self {
        Payment {
            id: row.id,
            allocation_id: row.allocation_id,
            trial_id: row.trial_id,
            paid_on: row.paid_on,
            amount: row.amount,
            reference: row.reference,
            recorded_at: row.recorded_at,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct SpendingRow {
    id: i64,
    trial_id: i64,
    currency: String,
    period_start: Date,
    period_end: Date,
    amount: i64,
    purpose: String,
    reported_by: Option<String>,
    reported_at: OffsetDateTime,
}

impl SpendingRow {
    pub fn into_domain(self) -> Result<Spending, StoreError> {
        Ok(Spending {
            id: self.id,
            trial_id: self.trial_id,
            currency: currency(&self.currency)?,
            period_start: self.period_start,
            period_end: self.period_end,
            amount: self.amount,
            purpose: self.purpose,
            reported_by: self.reported_by,
            reported_at: self.reported_at,
        })
    }
}

macro_rules! impl_fund_store {
    ($store:ty) => {
        /// A scheme's budget read inside a transaction (or from the pool).
        async fn funds_read_budget(
            conn: &mut <Db as sqlx::Database>::Connection,
            scheme_id: i64,
        ) -> $crate::Result<Option<frirum_domain::funds::SchemeBudget>> {
            let row: Option<(String, i64, i64, time::OffsetDateTime)> = sqlx::query_as(
                "SELECT currency, total, version, updated_at FROM scheme_budgets \
                 WHERE scheme_id = $1",
            )
            .bind(scheme_id)
            .fetch_optional(&mut *conn)
            .await?;
            let Some((currency, total, version, updated_at)) = row else {
                return Ok(None);
            };
            let years: Vec<(i32, i64)> = sqlx::query_as(
                "SELECT year, amount FROM scheme_budget_years WHERE scheme_id = $1 ORDER BY year",
            )
            .bind(scheme_id)
            .fetch_all(&mut *conn)
            .await?;
            Ok(Some(frirum_domain::funds::SchemeBudget {
                scheme_id,
                budget: frirum_domain::funds::Budget {
                    currency: $crate::sql_funds::currency(&currency)?,
                    total,
                    years: years
                        .into_iter()
                        .map(|(year, amount)| frirum_domain::funds::BudgetYear { year, amount })
                        .collect(),
                },
                version,
                updated_at,
            }))
        }

        /// What is allocated under a scheme's budget, by award year.
        async fn funds_allocated_under(
            tx: &mut Tx<'_>,
            scheme_id: i64,
        ) -> $crate::Result<Vec<frirum_domain::funds::Allocated>> {
            let rows: Vec<(i32, i64)> = sqlx::query_as(
                "SELECT budget_year, amount_awarded FROM fund_allocations WHERE scheme_id = $1",
            )
            .bind(scheme_id)
            .fetch_all(&mut **tx)
            .await?;
            Ok(rows
                .into_iter()
                .map(|(year, amount)| frirum_domain::funds::Allocated { year, amount })
                .collect())
        }

        async fn funds_read_allocation(
            conn: &mut <Db as sqlx::Database>::Connection,
            id: i64,
        ) -> $crate::Result<Option<frirum_domain::funds::Allocation>> {
            let row: Option<$crate::sql_funds::AllocationRow> = sqlx::query_as(&format!(
                "{} WHERE a.id = $1",
                $crate::sql_funds::ALLOCATION_SELECT
            ))
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
            row.map(|r| r.into_domain()).transpose()
        }

        #[async_trait::async_trait]
        impl $crate::FundStore for $store {
            async fn scheme_budget(
                &self,
                scheme_id: i64,
            ) -> $crate::Result<Option<frirum_domain::funds::SchemeBudget>> {
                let mut conn = self.pool.acquire().await?;
                funds_read_budget(&mut conn, scheme_id).await
            }

            async fn set_scheme_budget(
                &self,
                scheme_id: i64,
                budget: Option<&frirum_domain::funds::Budget>,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<
                Result<Option<frirum_domain::funds::SchemeBudget>, frirum_domain::funds::FundError>,
            > {
                use frirum_domain::funds::{BudgetPosition, FundError};
                let mut tx = begin_write(&self.pool).await?;
                // The budget's row is the lock allocations take; a scheme without one is
                // locked through its own row, so a first budget is set once.
                let locked = sqlx::query(
                    "UPDATE scheme_budgets SET version = version WHERE scheme_id = $1",
                )
                .bind(scheme_id)
                .execute(&mut *tx)
                .await?;
                if locked.rows_affected() == 0 {
                    let scheme = sqlx::query(
                        "UPDATE schemes SET updated_at = updated_at WHERE id = $1",
                    )
                    .bind(scheme_id)
                    .execute(&mut *tx)
                    .await?;
                    if scheme.rows_affected() == 0 {
                        tx.rollback().await?;
                        return Err($crate::StoreError::NotFound);
                    }
                }
                let before = funds_read_budget(&mut tx, scheme_id).await?;
                let allocated = funds_allocated_under(&mut tx, scheme_id).await?;
                let current = before.as_ref().map(|b| b.budget.currency);
                let refusal = match budget {
                    Some(budget) => {
                        BudgetPosition::check_new_budget(budget, &allocated, current).err()
                    }
                    None => {
                        let total = allocated.iter().map(|a| a.amount).sum::<i64>();
                        (total > 0).then(|| FundError::BelowAllocated {
                            currency: current.unwrap_or(frirum_domain::funds::Currency::Nok),
                            total: 0,
                            allocated: total,
                            year: None,
                        })
                    }
                };
                if let Some(refusal) = refusal {
                    tx.rollback().await?;
                    return Ok(Err(refusal));
                }
                sqlx::query("DELETE FROM scheme_budget_years WHERE scheme_id = $1")
                    .bind(scheme_id)
                    .execute(&mut *tx)
                    .await?;
                match budget {
                    Some(budget) => {
                        let version = before.as_ref().map_or(1, |b| b.version + 1);
                        sqlx::query(
                            "INSERT INTO scheme_budgets (scheme_id, currency, total, version, \
                             updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6) \
                             ON CONFLICT (scheme_id) DO UPDATE SET currency = excluded.currency, \
                             total = excluded.total, version = excluded.version, \
                             updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                        )
                        .bind(scheme_id)
                        .bind(budget.currency.code())
                        .bind(budget.total)
                        .bind(version)
                        .bind(actor.at)
                        .bind(actor.user_id)
                        .execute(&mut *tx)
                        .await?;
                        for year in &budget.years {
                            sqlx::query(
                                "INSERT INTO scheme_budget_years (scheme_id, year, amount) \
                                 VALUES ($1, $2, $3)",
                            )
                            .bind(scheme_id)
                            .bind(year.year)
                            .bind(year.amount)
                            .execute(&mut *tx)
                            .await?;
                        }
                    }
                    None => {
                        sqlx::query("DELETE FROM scheme_budgets WHERE scheme_id = $1")
                            .bind(scheme_id)
                            .execute(&mut *tx)
                            .await?;
                    }
                }
                let after = funds_read_budget(&mut tx, scheme_id).await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Scheme,
                    scheme_id,
                    &actor,
                    "scheme.budget_set",
                    serde_json::json!({
                        "before": before.as_ref().map(|b| &b.budget),
                        "after": after.as_ref().map(|b| &b.budget),
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(Ok(after))
            }

            async fn scheme_allocations(
                &self,
                scheme_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::funds::Allocation>> {
                let rows: Vec<$crate::sql_funds::AllocationRow> = sqlx::query_as(&format!(
                    "{} WHERE a.scheme_id = $1 ORDER BY a.award_date, a.id",
                    $crate::sql_funds::ALLOCATION_SELECT
                ))
                .bind(scheme_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn allocate(
                &self,
                trial_id: i64,
                allocation: &frirum_domain::funds::NewAllocation,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<
                Result<frirum_domain::funds::Allocation, frirum_domain::funds::FundError>,
            > {
                use frirum_domain::funds::{BudgetPosition, FundError};
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                let scheme_id: i64 =
                    sqlx::query_scalar("SELECT scheme_id FROM trials WHERE id = $1")
                        .bind(trial_id)
                        .fetch_one(&mut *tx)
                        .await?;
                // The budget's row is locked before anything allocated is counted, so that
                // allocations to the scheme's trials are checked one after another.
                let locked = sqlx::query(
                    "UPDATE scheme_budgets SET version = version WHERE scheme_id = $1",
                )
                .bind(scheme_id)
                .execute(&mut *tx)
                .await?;
                let budget = match funds_read_budget(&mut tx, scheme_id).await? {
                    Some(budget) if locked.rows_affected() > 0 => budget.budget,
                    _ => {
                        tx.rollback().await?;
                        return Ok(Err(FundError::NoBudget));
                    }
                };
                let allocated = funds_allocated_under(&mut tx, scheme_id).await?;
                let position = BudgetPosition::of(&budget, &allocated);
                if let Err(refusal) =
                    position.check_allocation(allocation.amount_awarded, allocation.year())
                {
                    tx.rollback().await?;
                    return Ok(Err(refusal));
                }
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO fund_allocations (scheme_id, trial_id, currency, \
                     amount_applied_for, amount_awarded, award_date, budget_year, \
                     planned_start, planned_end, recorded_at, recorded_by) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
                )
                .bind(scheme_id)
                .bind(trial_id)
                .bind(budget.currency.code())
                .bind(allocation.amount_applied_for)
                .bind(allocation.amount_awarded)
                .bind(allocation.award_date)
                .bind(allocation.year())
                .bind(allocation.planned_start)
                .bind(allocation.planned_end)
                .bind(actor.at)
                .bind(actor.user_id)
                .fetch_one(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "trial.funds_allocated",
                    serde_json::json!({
                        "trial_id": trial_id,
                        "allocation_id": id,
                        "currency": budget.currency,
                        "allocation": allocation,
                    }),
                )
                .await?;
                let stored = funds_read_allocation(&mut tx, id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)?;
                tx.commit().await?;
                Ok(Ok(stored))
            }

            async fn record_payment(
                &self,
                trial_id: i64,
                allocation_id: i64,
                payment: &frirum_domain::funds::NewPayment,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<
                Result<frirum_domain::funds::Payment, frirum_domain::funds::FundError>,
            > {
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                let allocation = match funds_read_allocation(&mut tx, allocation_id).await? {
                    Some(a) if a.trial_id == trial_id => a,
                    _ => {
                        tx.rollback().await?;
                        return Err($crate::StoreError::NotFound);
                    }
                };
                if let Err(refusal) = allocation.check_payment(payment.amount) {
                    tx.rollback().await?;
                    return Ok(Err(refusal));
                }
                let row: $crate::sql_funds::PaymentRow = sqlx::query_as(
                    "INSERT INTO fund_payments (allocation_id, trial_id, paid_on, amount, \
                     reference, recorded_at, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                     RETURNING id, allocation_id, trial_id, paid_on, amount, reference, \
                     recorded_at",
                )
                .bind(allocation_id)
                .bind(trial_id)
                .bind(payment.paid_on)
                .bind(payment.amount)
                .bind(&payment.reference)
                .bind(actor.at)
                .bind(actor.user_id)
                .fetch_one(&mut *tx)
                .await?;
                let stored = frirum_domain::funds::Payment::from(row);
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "trial.payment_recorded",
                    serde_json::json!({
                        "trial_id": trial_id,
                        "allocation_id": allocation_id,
                        "payment_id": stored.id,
                        "currency": allocation.currency,
                        "payment": payment,
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(Ok(stored))
            }

            async fn report_spending(
                &self,
                trial_id: i64,
                spending: &frirum_domain::funds::NewSpending,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<
                Result<frirum_domain::funds::Spending, frirum_domain::funds::FundError>,
            > {
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                let currency: Option<String> = sqlx::query_scalar(
                    "SELECT currency FROM fund_allocations WHERE trial_id = $1 \
                     ORDER BY id DESC LIMIT 1",
                )
                .bind(trial_id)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(currency) = currency else {
                    tx.rollback().await?;
                    return Ok(Err(frirum_domain::funds::FundError::NoAllocation));
                };
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO fund_spending (trial_id, currency, period_start, period_end, \
                     amount, purpose, reported_at, reported_by) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                )
                .bind(trial_id)
                .bind(&currency)
                .bind(spending.period_start)
                .bind(spending.period_end)
                .bind(spending.amount)
                .bind(&spending.purpose)
                .bind(actor.at)
                .bind(actor.user_id)
                .fetch_one(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "trial.spending_reported",
                    serde_json::json!({
                        "trial_id": trial_id,
                        "spending_id": id,
                        "currency": currency,
                        "spending": spending,
                    }),
                )
                .await?;
                let row: $crate::sql_funds::SpendingRow = sqlx::query_as(&format!(
                    "{} WHERE s.id = $1",
                    $crate::sql_funds::SPENDING_SELECT
                ))
                .bind(id)
                .fetch_one(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(Ok(row.into_domain()?))
            }

            async fn trial_funds(
                &self,
                trial_id: i64,
            ) -> $crate::Result<frirum_domain::funds::TrialFundRecords> {
                let allocations: Vec<$crate::sql_funds::AllocationRow> =
                    sqlx::query_as(&format!(
                        "{} WHERE a.trial_id = $1 ORDER BY a.award_date, a.id",
                        $crate::sql_funds::ALLOCATION_SELECT
                    ))
                    .bind(trial_id)
                    .fetch_all(&self.pool)
                    .await?;
                let payments: Vec<$crate::sql_funds::PaymentRow> = sqlx::query_as(&format!(
                    "{} WHERE trial_id = $1 ORDER BY paid_on, id",
                    $crate::sql_funds::PAYMENT_SELECT
                ))
                .bind(trial_id)
                .fetch_all(&self.pool)
                .await?;
                let spending: Vec<$crate::sql_funds::SpendingRow> = sqlx::query_as(&format!(
                    "{} WHERE s.trial_id = $1 ORDER BY s.period_start, s.id",
                    $crate::sql_funds::SPENDING_SELECT
                ))
                .bind(trial_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(frirum_domain::funds::TrialFundRecords {
                    allocations: allocations
                        .into_iter()
                        .map(|r| r.into_domain())
                        .collect::<Result<_, _>>()?,
                    payments: payments.into_iter().map(Into::into).collect(),
                    spending: spending
                        .into_iter()
                        .map(|r| r.into_domain())
                        .collect::<Result<_, _>>()?,
                })
            }
        }
    };
}

pub(crate) use impl_fund_store;
