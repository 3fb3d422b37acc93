//! The policy lab's barrier register in the store: barriers with their affected groups,
//! root causes, linked provisions and supporters, the public history of their statuses, and
//! whether a scheme takes reports from the public.
//!
//! The store re-checks the domain's rules that depend on stored state inside the
//! transaction that changes it (a status change against the root causes it has, a merge
//! against both barriers' statuses), and journals every change on the barrier's case. Who
//! may do what is the use cases' question (`authz::barrier`).

use async_trait::async_trait;
use frirum_domain::Country;
use frirum_domain::barrier::{
    AffectedGroup, Barrier, BarrierError, BarrierReport, BarrierStatus, BarrierStatusFields,
    RootCause,
};
use frirum_domain::journal::Actor;
use time::OffsetDateTime;

use crate::Result;

/// A barrier to add: the validated report and who sent it.
#[derive(Debug, Clone)]
pub struct NewBarrier<'a> {
    pub report: &'a BarrierReport,
    /// The signed-in reporter; none for the public form.
    pub reporter_id: Option<i64>,
    pub organisation_id: Option<i64>,
    pub from_public: bool,
    pub public_name: Option<String>,
    pub public_contact: Option<String>,
}

/// Which barriers a list holds; every condition is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BarrierFilter {
    pub status: Option<BarrierStatus>,
    pub country: Option<Country>,
    pub root_cause: Option<RootCause>,
    pub group: Option<AffectedGroup>,
    /// Only the barriers this person reported or supports.
    pub involving: Option<i64>,
}

/// One person who meets the obstacle too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarrierSupporter {
    pub user_id: i64,
    pub name: String,
    pub organisation_name: Option<String>,
    pub supported_at: OffsetDateTime,
}

/// One step of a barrier's public history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarrierHistoryEntry {
    pub status: BarrierStatus,
    pub note: Option<String>,
    pub at: OffsetDateTime,
}

/// The lab's triage of a barrier, against the version it saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BarrierTriage {
    pub root_causes: Vec<RootCause>,
    pub restricted: bool,
    /// The linked provisions the lab confirms; the others stay suggestions.
    pub confirmed_provisions: Vec<i64>,
    pub seen_version: i64,
}

#[async_trait]
pub trait BarrierStore: Send + Sync {
    /// Adds a barrier (status reported) with a journal entry `barrier.reported`. The same
    /// text from the same reporter within [`frirum_domain::barrier::DOUBLE_SUBMIT_SECONDS`]
    /// is a double click: the barrier already stored comes back and `false` says nothing
    /// was added.
    async fn report_barrier(
        &self,
        new: &NewBarrier<'_>,
        actor: Actor<'_>,
    ) -> Result<(Barrier, bool)>;

    /// One barrier with its groups, root causes, provisions and supporters' count.
    async fn barrier(&self, id: i64) -> Result<Option<Barrier>>;

    /// The barriers a filter holds, newest first.
    async fn barriers(&self, filter: &BarrierFilter) -> Result<Vec<Barrier>>;

    /// How many barriers are in a status (the lab's queue: reported).
    async fn count_barriers(&self, status: BarrierStatus) -> Result<i64>;

    /// Who supports a barrier, in the order they came.
    async fn barrier_supporters(&self, id: i64) -> Result<Vec<BarrierSupporter>>;

    /// Adds a supporter; `false` when they support it already (nothing changes). A missing
    /// barrier is `NotFound`.
    async fn support_barrier(
        &self,
        id: i64,
        user_id: i64,
        organisation_id: Option<i64>,
        actor: Actor<'_>,
    ) -> Result<bool>;

    /// Withdraws a support; `false` when there was none.
    async fn withdraw_barrier_support(
        &self,
        id: i64,
        user_id: i64,
        actor: Actor<'_>,
    ) -> Result<bool>;

    /// Links a provision (a suggestion, or confirmed by the lab); linking it again may
    /// confirm it, never unconfirm. A provision of another jurisdiction than the
    /// barrier's is refused (`barrier::check_provision_country`), a missing one is
    /// `NotFound`. Bumps the version.
    async fn link_barrier_provision(
        &self,
        id: i64,
        provision_id: i64,
        confirmed: bool,
        actor: Actor<'_>,
    ) -> Result<Result<Barrier, BarrierError>>;

    /// The lab's triage: root causes, restricted, which linked provisions are confirmed.
    /// A stale `seen_version` is `EditConflict`; a merged barrier is refused.
    async fn triage_barrier(
        &self,
        id: i64,
        triage: &BarrierTriage,
        actor: Actor<'_>,
    ) -> Result<Result<Barrier, BarrierError>>;

    /// Moves a barrier to another status, re-checking `barrier::check_transition` with the
    /// root causes it has in the same transaction; writes the history, the journal
    /// (`barrier.status_changed`) and bumps the version. A stale `change.seen_version` is
    /// `EditConflict`.
    async fn change_barrier_status(
        &self,
        id: i64,
        to: BarrierStatus,
        change: &BarrierStatusFields,
        actor: Actor<'_>,
    ) -> Result<Result<Barrier, BarrierError>>;

    /// Merges `source` into `target`: the source becomes merged; its reporter and
    /// supporters support the target (once each, never its own reporter); its provisions
    /// and groups are carried over. Returns the target.
    async fn merge_barrier(
        &self,
        source: i64,
        target: i64,
        actor: Actor<'_>,
    ) -> Result<Result<Barrier, BarrierError>>;

    /// A barrier's statuses in order, with the lab's notes.
    async fn barrier_history(&self, id: i64) -> Result<Vec<BarrierHistoryEntry>>;

    /// Whether a scheme takes barrier reports from the public; `None` for no such scheme.
    async fn scheme_public_barrier_reports(&self, scheme_id: i64) -> Result<Option<bool>>;

    /// Turns the public form on or off, journaled on the scheme.
    async fn set_scheme_public_barrier_reports(
        &self,
        scheme_id: i64,
        on: bool,
        actor: Actor<'_>,
    ) -> Result<()>;
}
