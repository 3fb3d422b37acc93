//! The trials half of the store: each trial's current state beside its frozen record, the
//! numbered versions that make its public history of changes, the list of trials, and the
//! researchers assigned to follow them.

use async_trait::async_trait;
use frirum_domain::journal::Actor;
use frirum_domain::trial::{
    NewTrialVersion, TrialFilter, TrialResearcher, TrialState, TrialSummary, TrialVersion,
};
use frirum_domain::{Page, PageRequest};

use crate::Result;

#[async_trait]
pub trait TrialStore: Send + Sync {
    /// A trial's current state, if the trial exists.
    async fn trial_state(&self, trial_id: i64) -> Result<Option<TrialState>>;

    /// Saves a trial's new state as the next version, if the stored one is still at
    /// `expected_version` (else [`crate::StoreError::EditConflict`] with the current
    /// version), with its history row, its participants and a journal entry on the case,
    /// in one transaction. Returns the state as saved, with its new version number.
    async fn save_trial_state(
        &self,
        expected_version: i64,
        state: &TrialState,
        version: &NewTrialVersion,
        actor: Actor<'_>,
    ) -> Result<TrialState>;

    /// Sets when the trial last confirmed its status, without a new version: a report
    /// verifies the status, it does not change it.
    async fn set_trial_verified(&self, trial_id: i64, at: time::OffsetDateTime) -> Result<()>;

    /// Every version of a trial, oldest first: its public history of changes.
    async fn trial_versions(&self, trial_id: i64) -> Result<Vec<TrialVersion>>;

    /// The newest versions of the kinds given, across the scheme's trials, newest first,
    /// at most `limit`: a scheme's feed of trial status changes.
    async fn scheme_trial_versions(
        &self,
        scheme_id: i64,
        kinds: &[frirum_domain::trial::ChangeKind],
        limit: i64,
    ) -> Result<Vec<SchemeTrialVersion>>;

    /// Trials narrowed by the filter, newest first.
    async fn list_trials(
        &self,
        filter: &TrialFilter,
        page: PageRequest,
    ) -> Result<Page<TrialSummary>>;

    /// The ids of trials whose status is one of these: what the upkeep looks at.
    async fn trials_in_status(
        &self,
        statuses: &[frirum_domain::trial::TrialStatus],
    ) -> Result<Vec<i64>>;

    /// The researchers assigned to follow a trial, by name.
    async fn trial_researchers(&self, trial_id: i64) -> Result<Vec<TrialResearcher>>;

    /// Assigns a researcher to a trial, with a journal entry; assigning one already
    /// assigned changes nothing (a double click).
    async fn assign_trial_researcher(
        &self,
        trial_id: i64,
        user_id: i64,
        actor: Actor<'_>,
    ) -> Result<()>;

    /// Ends a researcher's assignment, with a journal entry; `NotFound` when not assigned.
    async fn unassign_trial_researcher(
        &self,
        trial_id: i64,
        user_id: i64,
        actor: Actor<'_>,
    ) -> Result<()>;
}

/// A version of one of a scheme's trials, with the trial it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemeTrialVersion {
    pub trial_id: i64,
    pub case_number: String,
    pub title: String,
    pub version: frirum_domain::trial::TrialVersion,
}
