//! The change requests half of the store: a trial's requests with the values before and
//! after, decided once, and applied to the trial's current state in the transaction that
//! approves them.

use async_trait::async_trait;
use frirum_domain::change::{ChangeRequest, NewChangeRequest, RequestStatus, Screening};
use frirum_domain::journal::Actor;
use frirum_domain::trial::{NewTrialVersion, TrialState};

use crate::Result;

/// A change applied to the trial: its new state and the version that records it, saved
/// only if the trial is still at `expected_version`.
#[derive(Debug, Clone, Copy)]
pub struct ApplyChange<'a> {
    pub expected_version: i64,
    pub state: &'a TrialState,
    pub version: &'a NewTrialVersion,
}

/// How a change request is decided.
#[derive(Debug, Clone)]
pub enum ChangeOutcome<'a> {
    /// Approved and applied, with the screening when one was required.
    Approve {
        apply: ApplyChange<'a>,
        screening: Option<Screening>,
        reason: &'a str,
    },
    Reject {
        reason: &'a str,
    },
    /// Withdrawn by the participants before a decision.
    Withdraw,
}

#[async_trait]
pub trait ChangeRequestStore: Send + Sync {
    /// Keeps a new change request, journaled on the trial's case. With `apply`, the change
    /// is recorded at once (a minor change, or the secretariat's own record): the request
    /// is kept approved and the trial's new version written in the same transaction
    /// ([`crate::StoreError::EditConflict`] when the trial moved on).
    async fn submit_change_request(
        &self,
        request: &NewChangeRequest,
        apply: Option<ApplyChange<'_>>,
        actor: Actor<'_>,
    ) -> Result<ChangeRequest>;

    /// Decides a submitted request once: of two deciders one wins, the other gets
    /// [`crate::StoreError::AlreadyDecided`]. An approval writes the trial's new version
    /// under the trial's lock in the same transaction (`EditConflict` on a stale version,
    /// and then nothing is decided). Journaled on the trial's case.
    async fn decide_change_request(
        &self,
        id: i64,
        outcome: ChangeOutcome<'_>,
        actor: Actor<'_>,
    ) -> Result<ChangeRequest>;

    /// One change request.
    async fn change_request(&self, id: i64) -> Result<Option<ChangeRequest>>;

    /// A trial's change requests, newest first, optionally only those in one status.
    async fn change_requests(
        &self,
        trial_id: i64,
        status: Option<RequestStatus>,
    ) -> Result<Vec<ChangeRequest>>;
}
