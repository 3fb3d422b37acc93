//! The indicators half of the store: a trial's indicators (with the definitions they had
//! before each edit), their reporting periods, and the one actual reported per period with
//! its review. Every change locks the trial first and writes its journal entry on the
//! trial's case in the same transaction; an approved actual is never changed again (the
//! store refuses it, and the database's triggers too).

use async_trait::async_trait;
use frirum_domain::indicator::{
    Indicator, IndicatorDefinition, NewPeriod, TrialIndicator, Update, UpdateInput, Verdict,
};
use frirum_domain::journal::Actor;

use crate::Result;

/// An indicator to create, with its periods.
#[derive(Debug, Clone, PartialEq)]
pub struct NewIndicator {
    pub definition: IndicatorDefinition,
    pub periods: Vec<NewPeriod>,
}

/// One period's actual to write.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateWrite {
    pub period_id: i64,
    /// The version of the update the writer saw; `None` writes over whatever draft or
    /// returned update there is (an import).
    pub expected_version: Option<i64>,
    pub input: UpdateInput,
}

#[async_trait]
pub trait IndicatorStore: Send + Sync {
    /// The trial's indicators in order, each with its periods (by start), their updates
    /// and its earlier revisions. Empty when it has none (or no such trial).
    async fn trial_indicators(&self, trial_id: i64) -> Result<Vec<TrialIndicator>>;

    /// Creates the trial's first indicators with their periods, unless it has some already
    /// (then nothing is written and the answer is false): the approved objectives become
    /// indicators when first needed, once even if two requests ask at the same moment.
    /// A missing trial is [`crate::StoreError::NotFound`].
    async fn seed_indicators(
        &self,
        trial_id: i64,
        indicators: &[NewIndicator],
        actor: Actor<'_>,
    ) -> Result<bool>;

    /// Adds one indicator with its periods after the trial's others, journaled.
    async fn add_indicator(
        &self,
        trial_id: i64,
        indicator: &NewIndicator,
        actor: Actor<'_>,
    ) -> Result<Indicator>;

    /// Replaces an indicator's definition with `revised.definition` if it is still at
    /// `expected_revision` (else [`crate::StoreError::EditConflict`] with the current
    /// revision), keeping the definition before as a revision with the reason, and sets the
    /// targets of its periods that are not locked from `revised.periods` (matched by start).
    /// Journaled with both.
    async fn revise_indicator(
        &self,
        trial_id: i64,
        indicator_id: i64,
        expected_revision: i64,
        revised: &NewIndicator,
        reason: &str,
        actor: Actor<'_>,
    ) -> Result<Indicator>;

    /// Adds periods after an indicator's last one (when the trial was extended), journaled;
    /// a period that starts where one already does is left as it is. Returns how many were
    /// added. An indicator of another trial is [`crate::StoreError::NotFound`].
    async fn add_periods(
        &self,
        trial_id: i64,
        indicator_id: i64,
        periods: &[NewPeriod],
        actor: Actor<'_>,
    ) -> Result<u64>;

    /// Writes the actuals of one or more periods of the trial in one transaction (all or
    /// nothing): a new update, or over a draft or returned one, as a draft or submitted.
    /// A period of another trial is [`crate::StoreError::NotFound`]; an approved one
    /// [`crate::StoreError::WrongState`] (`indicator_period`, `locked`); a submitted one
    /// `WrongState` (`indicator_update`, `submitted`); a stale `expected_version`
    /// [`crate::StoreError::EditConflict`]. Returns the updates as saved.
    async fn save_updates(
        &self,
        trial_id: i64,
        writes: &[UpdateWrite],
        actor: Actor<'_>,
    ) -> Result<Vec<Update>>;

    /// Approves or returns a submitted update of the trial if it is still at
    /// `expected_version`: of two reviewers at once one wins, the other gets
    /// [`crate::StoreError::EditConflict`]; one no longer submitted is `WrongState`
    /// (`indicator_update`, its status). Journaled.
    async fn review_update(
        &self,
        trial_id: i64,
        update_id: i64,
        expected_version: i64,
        verdict: Verdict,
        comment: &str,
        actor: Actor<'_>,
    ) -> Result<Update>;

    /// The ids of trials among `trial_ids` (all when `None`) with updates waiting for
    /// review, each with how many: the reviewers' queue.
    async fn updates_awaiting_review(&self, trial_ids: Option<&[i64]>) -> Result<Vec<(i64, i64)>>;
}
