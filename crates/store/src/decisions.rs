//! The decisions half of the store: the one decision on each application and the trial
//! that approval creates, both written with their journal entry in one transaction, a
//! decision waiting for a second member's approval, and each scheme's decision settings.

use async_trait::async_trait;
use frirum_domain::decision::{
    Decision, DecisionDraft, DecisionFilter, DecisionSettings, DecisionSummary, NewDecision,
    PendingDecision, Trial,
};
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

    /// Decisions, newest first, narrowed by the filter: the public list and the feed.
    async fn list_decisions(
        &self,
        filter: &DecisionFilter,
        page: PageRequest,
    ) -> Result<Page<DecisionSummary>>;

    /// The years in which decisions were made, newest first: what the list filters by.
    async fn decision_years(&self) -> Result<Vec<i32>>;

    /// A scheme's decision settings; the defaults when none were saved.
    async fn decision_settings(&self, scheme_id: i64) -> Result<DecisionSettings>;

    /// Keeps a decision proposed under the four-eyes rule until a second member approves
    /// it, replacing an earlier proposal, with a journal entry on the application. An
    /// application already decided is [`crate::StoreError::AlreadyDecided`].
    async fn propose_decision(
        &self,
        application_id: i64,
        draft: &DecisionDraft,
        actor: Actor<'_>,
    ) -> Result<PendingDecision>;

    /// The decision waiting for approval on an application, if any.
    async fn pending_decision(&self, application_id: i64) -> Result<Option<PendingDecision>>;

    /// Saves a scheme's decision settings with a journal entry on the scheme.
    async fn set_decision_settings(
        &self,
        scheme_id: i64,
        settings: &DecisionSettings,
        actor: Actor<'_>,
    ) -> Result<()>;

    async fn trial(&self, id: i64) -> Result<Option<Trial>>;

    async fn trial_of_application(&self, application_id: i64) -> Result<Option<Trial>>;
}
