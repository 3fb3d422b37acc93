//! The stimulus funds half of the store: each scheme's budget, the allocations to trials,
//! the payments made against them and the spending trials report.
//!
//! The rules of money are the domain's (`frirum_domain::funds`); the store applies the ones
//! that depend on what is stored inside the transaction that writes, under locks, so that
//! two allocations at the same moment cannot together exceed a budget and two payments
//! cannot together exceed an award. Such a refusal comes back as the inner
//! [`FundError`], beside the store's own errors.

use async_trait::async_trait;
use frirum_domain::funds::{
    Allocation, Budget, FundError, NewAllocation, NewPayment, NewSpending, Payment, SchemeBudget,
    Spending, TrialFundRecords,
};
use frirum_domain::journal::Actor;

use crate::Result;

#[async_trait]
pub trait FundStore: Send + Sync {
    /// A scheme's budget, or `None` when the scheme has no stimulus funds.
    async fn scheme_budget(&self, scheme_id: i64) -> Result<Option<SchemeBudget>>;

    /// Sets a scheme's budget (a checked [`Budget`]) or removes it (`None`), counting its
    /// version up, with a journal entry on the scheme holding the budget before and after.
    /// Under the budget's lock the new budget must still cover what is allocated, in the
    /// same currency, year by year ([`FundError::BelowAllocated`],
    /// [`FundError::CurrencyFixed`], [`FundError::YearNotInBudget`]). A missing scheme is
    /// [`crate::StoreError::NotFound`].
    async fn set_scheme_budget(
        &self,
        scheme_id: i64,
        budget: Option<&Budget>,
        actor: Actor<'_>,
    ) -> Result<Result<Option<SchemeBudget>, FundError>>;

    /// Every allocation under a scheme, oldest first, with what was paid of each and the
    /// trial's case number and title.
    async fn scheme_allocations(&self, scheme_id: i64) -> Result<Vec<Allocation>>;

    /// Allocates funds to a trial from its scheme's budget (the allocation is checked by
    /// the caller). Under the trial's lock and then the budget's, the award must fit what
    /// remains of the budget and of its award date's year ([`FundError::BudgetExceeded`]
    /// with the figures); a scheme without a budget is [`FundError::NoBudget`]. Journaled on
    /// the trial's application. A missing trial is [`crate::StoreError::NotFound`].
    async fn allocate(
        &self,
        trial_id: i64,
        allocation: &NewAllocation,
        actor: Actor<'_>,
    ) -> Result<Result<Allocation, FundError>>;

    /// Records a payment against one of a trial's allocations (the payment is checked by
    /// the caller). Under the trial's lock it must fit what remains of the award
    /// ([`FundError::PaymentExceedsAward`]). Journaled on the trial's application. An
    /// allocation that is not the trial's is [`crate::StoreError::NotFound`].
    async fn record_payment(
        &self,
        trial_id: i64,
        allocation_id: i64,
        payment: &NewPayment,
        actor: Actor<'_>,
    ) -> Result<Result<Payment, FundError>>;

    /// Records spending a trial reports (checked by the caller), in the currency of its
    /// awards; a trial awarded nothing is [`FundError::NoAllocation`]. Journaled on the
    /// trial's application.
    async fn report_spending(
        &self,
        trial_id: i64,
        spending: &NewSpending,
        actor: Actor<'_>,
    ) -> Result<Result<Spending, FundError>>;

    /// A trial's allocations (oldest first), payments (by date) and spending (by period).
    async fn trial_funds(&self, trial_id: i64) -> Result<TrialFundRecords>;
}
