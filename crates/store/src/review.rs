//! The review half of the store: the legal screening of submitted applications (an
//! append-only history of judgements) and the clarification thread, with the amendments of
//! the requested exemptions that a clarification leads to. Every change writes its journal
//! entry in the same transaction.

use async_trait::async_trait;
use frirum_domain::application::{Application, RequestedExemption};
use frirum_domain::journal::Actor;
use frirum_domain::review::Clarification;
use frirum_domain::screening::{Judgement, ScreeningEntry};

use crate::Result;

#[async_trait]
pub trait ReviewStore: Send + Sync {
    // --- Legal screening -------------------------------------------------------------------

    /// Appends a judgement of one checklist item of a submitted application, judged under
    /// `rules_version`. Another status is [`crate::StoreError::WrongState`].
    async fn record_screening(
        &self,
        application_id: i64,
        rules_version: i64,
        judgement: &Judgement,
        actor: Actor<'_>,
    ) -> Result<ScreeningEntry>;

    /// The current judgement of each item (the newest), in checklist order.
    async fn screening(&self, application_id: i64) -> Result<Vec<ScreeningEntry>>;

    /// Every judgement ever recorded for the application, oldest first.
    async fn screening_history(&self, application_id: i64) -> Result<Vec<ScreeningEntry>>;

    // --- Clarification ---------------------------------------------------------------------

    /// Asks a question on a submitted application (else [`crate::StoreError::WrongState`]).
    async fn ask_clarification(
        &self,
        application_id: i64,
        question: &str,
        actor: Actor<'_>,
    ) -> Result<Clarification>;

    /// Answers an open question of the application. An answered question is
    /// [`crate::StoreError::NoOpenClarification`]; one of another
    /// application is [`crate::StoreError::NotFound`]. No deadline applies.
    async fn answer_clarification(
        &self,
        application_id: i64,
        clarification_id: i64,
        answer: &str,
        actor: Actor<'_>,
    ) -> Result<Clarification>;

    /// The thread, oldest question first.
    async fn clarification_thread(&self, application_id: i64) -> Result<Vec<Clarification>>;

    /// Replaces the requested exemptions of a submitted application if it is still at
    /// `expected_version` (else [`crate::StoreError::EditConflict`]; not submitted:
    /// [`crate::StoreError::WrongState`]), and records `provision_ids` as the provisions it
    /// now asks exemption from, in the same transaction. The journal entry holds the diff.
    async fn amend_exemptions(
        &self,
        application_id: i64,
        expected_version: i64,
        exemptions: &[RequestedExemption],
        provision_ids: &[i64],
        actor: Actor<'_>,
    ) -> Result<Application>;
}
