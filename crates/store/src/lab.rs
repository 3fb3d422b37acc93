//! The policy lab's half of the store: the rows its roll-ups count (every barrier with its
//! reporters, supporters, root causes, groups and provisions; which provisions registered
//! trials were granted exemptions from), what was started from a barrier, and the lab's
//! investigations. The barrier register itself (reports, triage, statuses) is
//! [`crate::BarrierStore`]'s; this store only reads its tables. What counts and for whom is
//! the domain's (`frirum_domain::barrier_rollup`).

use async_trait::async_trait;
use frirum_domain::barrier::ExperimentLink;
use frirum_domain::barrier_rollup::{BarrierFacts, TrialFacts};
use frirum_domain::investigation::{Conclusion, Investigation, NewActivity, NewInvestigation};
use frirum_domain::journal::Actor;
use time::OffsetDateTime;

use crate::Result;

/// A theme proposal or an application started from a barrier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarrierStart {
    pub barrier_id: i64,
    pub kind: ExperimentLink,
    pub target_id: i64,
    /// The proposal's or application's title.
    pub title: String,
    pub started_at: OffsetDateTime,
}

#[async_trait]
pub trait LabStore: Send + Sync {
    /// Every barrier with what the roll-ups count, by id; with `provision_id`, those that
    /// name it (suggested or confirmed). Merged and restricted barriers come back too: the
    /// domain decides what counts for whom.
    async fn barrier_facts(&self, provision_id: Option<i64>) -> Result<Vec<BarrierFacts>>;

    /// The provisions registered trials were granted exemptions from, and the barriers whose
    /// experiment link (or a start from them) led to a trial.
    async fn lab_trial_facts(&self) -> Result<TrialFacts>;

    /// Records that a theme proposal or an application was started from a barrier, with a
    /// journal entry on the barrier. Recording it twice changes nothing.
    async fn record_barrier_start(
        &self,
        barrier_id: i64,
        kind: ExperimentLink,
        target_id: i64,
        actor: Actor<'_>,
    ) -> Result<()>;

    /// What was started from a barrier, oldest first.
    async fn barrier_starts(&self, barrier_id: i64) -> Result<Vec<BarrierStart>>;

    /// Opens an investigation (checked by the caller), journaled on it
    /// (`investigation.opened`). A missing barrier or organisation is `NotFound`.
    async fn create_investigation(&self, new: &NewInvestigation, actor: Actor<'_>) -> Result<i64>;

    /// One investigation with its barriers, participants and log.
    async fn investigation(&self, id: i64) -> Result<Option<Investigation>>;

    /// Every investigation, open ones first, newest first.
    async fn investigations(&self) -> Result<Vec<Investigation>>;

    /// Appends to the activity log of an open investigation, journaled. False when the
    /// investigation is concluded (nothing is written); `NotFound` when there is none.
    async fn log_activity(&self, id: i64, activity: &NewActivity, actor: Actor<'_>)
    -> Result<bool>;

    /// Concludes an open investigation, journaled. False when it was concluded already.
    async fn conclude_investigation(
        &self,
        id: i64,
        conclusion: &Conclusion,
        actor: Actor<'_>,
    ) -> Result<bool>;
}
