//! The decisions half of the store: the one decision on each application and the trial
//! that approval creates, both written with their journal entry in one transaction.

use async_trait::async_trait;
use frirum_domain::decision::{Decision, DecisionSummary, NewDecision, Trial};
use frirum_domain::journal::Actor;
use frirum_domain::{Page, PageRequest};

use crate::Result;

#[async_trait]
pub trait DecisionStore: Send + Sync {
    /// Records the decision on an application, and for an approval its trial, if the
    /// application is still submitted, undecided and at `decision.application_version`.
    /// A decision made in between is [`crate::StoreError::AlreadyDecided`]; a change of the
    /// application in between is [`crate::StoreError::EditConflict`]; an application no
    /// longer submitted is [`crate::StoreError::WrongState`]; an approval of an application
    /// whose legal screening found a conflict is [`crate::StoreError::ScreeningConflict`].
    async fn decide(
        &self,
        application_id: i64,
        decision: &NewDecision,
        actor: Actor<'_>,
    ) -> Result<Decision>;

    /// The decision on an application, if it has been decided.
    async fn decision(&self, application_id: i64) -> Result<Option<Decision>>;

    /// Decisions, newest first, optionally of one scheme: the public list and the feed.
    async fn list_decisions(
        &self,
        scheme_id: Option<i64>,
        page: PageRequest,
    ) -> Result<Page<DecisionSummary>>;

    async fn trial(&self, id: i64) -> Result<Option<Trial>>;

    async fn trial_of_application(&self, application_id: i64) -> Result<Option<Trial>>;
}
