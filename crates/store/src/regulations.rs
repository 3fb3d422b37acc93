//! The regulations half of the store: each trial participant's local regulation (the
//! draft, its adoption, the secretariat's approval) and each scheme's setting of whether
//! adopted regulations need that approval. Every change locks the trial (or the scheme's
//! setting row) and writes a journal entry in the same transaction.

use async_trait::async_trait;
use frirum_domain::journal::Actor;
use frirum_domain::regulation::{Adoption, Draft, Regulation, RegulationWaiting};

use crate::Result;

#[async_trait]
pub trait RegulationStore: Send + Sync {
    /// Every regulation drafted for a trial, by participant name.
    async fn trial_regulations(&self, trial_id: i64) -> Result<Vec<Regulation>>;

    /// One participant's regulation for a trial, if drafted.
    async fn regulation(&self, trial_id: i64, organisation_id: i64) -> Result<Option<Regulation>>;

    /// Keeps Frirum's draft of a participant's regulation (version 1, journaled as
    /// `trial.regulation_drafted`) unless one is already kept, and returns the one kept:
    /// two first views at once draft it once. A missing trial is
    /// [`crate::StoreError::NotFound`].
    async fn add_regulation_draft(
        &self,
        trial_id: i64,
        organisation_id: i64,
        draft: &Draft,
        actor: Actor<'_>,
    ) -> Result<Regulation>;

    /// Replaces the draft's text if the regulation is still at `expected_version` (else
    /// [`crate::StoreError::EditConflict`]), journaled as `trial.regulation_edited`.
    async fn save_regulation_text(
        &self,
        trial_id: i64,
        organisation_id: i64,
        expected_version: i64,
        text: &str,
        actor: Actor<'_>,
    ) -> Result<Regulation>;

    /// Records (or corrects) the adoption if the regulation is still at
    /// `expected_version`: status `adopted`, any approval cleared; journaled as
    /// `trial.regulation_adopted` with the values before and after.
    async fn record_regulation_adoption(
        &self,
        trial_id: i64,
        organisation_id: i64,
        expected_version: i64,
        adoption: &Adoption,
        actor: Actor<'_>,
    ) -> Result<Regulation>;

    /// Approves an adopted regulation if it is still at `expected_version`: of two
    /// approvers one wins, the other gets [`crate::StoreError::EditConflict`]. Journaled as
    /// `trial.regulation_approved`.
    async fn approve_regulation(
        &self,
        trial_id: i64,
        organisation_id: i64,
        expected_version: i64,
        actor: Actor<'_>,
    ) -> Result<Regulation>;

    /// Adopted regulations not yet approved, oldest adoption first, with their schemes, so
    /// that the caller keeps those whose scheme requires approval.
    async fn adopted_regulations(&self) -> Result<Vec<RegulationWaiting>>;

    /// The trials not yet ended that an organisation takes part in whose regulation for it
    /// is not adopted yet (or not even drafted), by planned start: planned trials, and
    /// running or suspended ones it joined later (`trial_started`).
    async fn regulations_awaiting_adoption(
        &self,
        organisation_id: i64,
    ) -> Result<Vec<RegulationWaiting>>;

    /// Whether the scheme's secretariat approves adopted regulations, if the scheme has
    /// said; `None`: the country's default applies.
    async fn scheme_regulation_setting(&self, scheme_id: i64) -> Result<Option<bool>>;

    /// Sets whether the scheme's adopted regulations need the secretariat's approval,
    /// journaled on the scheme (`scheme.regulation_setting`) with before and after. A
    /// missing scheme is [`crate::StoreError::NotFound`].
    async fn set_scheme_regulation_setting(
        &self,
        scheme_id: i64,
        requires_approval: bool,
        actor: Actor<'_>,
    ) -> Result<()>;
}
