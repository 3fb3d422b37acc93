//! The testbeds' half of the store: the partner register, a trial's partners with their
//! demands and public values, the status reports' verdicts on them, the secretariat's
//! acknowledgement of breaches, and partner agreements (trial documents linked to a
//! trial's partner).
//!
//! Registering a partner is journaled on the partner's own case; adding it to a trial, a
//! demand or a value on the trial's (its application's) case; an acknowledgement on the
//! partner's case. Who may do any of it is the use cases' question.

use async_trait::async_trait;
use frirum_domain::Country;
use frirum_domain::journal::Actor;
use frirum_domain::partner::{
    Breach, Item, ItemKind, NewPartner, Partner, PartnerError, PartnerVerdict, Review, TrialPartner,
};

use crate::Result;

#[async_trait]
pub trait PartnerStore: Send + Sync {
    /// Registers a partner; an identifier already registered in the country is
    /// [`PartnerError::Duplicate`] naming the partner that holds it.
    async fn create_partner(
        &self,
        partner: &NewPartner,
        actor: Actor<'_>,
    ) -> Result<Result<Partner, PartnerError>>;

    /// Every partner, by name.
    async fn partners(&self) -> Result<Vec<Partner>>;

    async fn partner(&self, id: i64) -> Result<Option<Partner>>;

    /// The partner holding a normalised identifier in a country.
    async fn partner_by_national_id(
        &self,
        country: Country,
        national_id: &str,
    ) -> Result<Option<Partner>>;

    /// Adds a partner to a trial with its role (journaled on the trial's case). A partner
    /// in the trial already is [`PartnerError::AlreadyInTrial`]; a missing trial or
    /// partner `NotFound`. Returns the trial partner's id.
    async fn add_trial_partner(
        &self,
        trial_id: i64,
        partner_id: i64,
        role: &str,
        actor: Actor<'_>,
    ) -> Result<Result<i64, PartnerError>>;

    /// Places a demand or a public value on a trial's partner (journaled on the trial's
    /// case). A trial partner not of `trial_id` is `NotFound`.
    async fn add_partner_item(
        &self,
        trial_id: i64,
        trial_partner_id: i64,
        item: ItemKind,
        kind: &str,
        text: &str,
        actor: Actor<'_>,
    ) -> Result<Item>;

    /// A trial's partners with their demands and values, by name.
    async fn trial_partners(&self, trial_id: i64) -> Result<Vec<TrialPartner>>;

    /// The trials a partner takes part in, with what is placed on it in each.
    async fn partner_trials(&self, partner_id: i64) -> Result<Vec<TrialPartner>>;

    /// Replaces a report's verdicts with these (item, verdict, note).
    async fn save_partner_reviews(
        &self,
        report_id: i64,
        verdicts: &[(i64, PartnerVerdict, String)],
    ) -> Result<()>;

    /// One report's verdicts.
    async fn report_partner_reviews(&self, report_id: i64) -> Result<Vec<Review>>;

    /// Every verdict on a trial's items in submitted or accepted reports, by period.
    async fn trial_partner_reviews(&self, trial_id: i64) -> Result<Vec<Review>>;

    /// Breached verdicts of submitted or accepted reports; only those not yet acknowledged
    /// when `open_only`. Newest report first.
    async fn partner_breaches(&self, open_only: bool) -> Result<Vec<Breach>>;

    /// The secretariat acknowledges a breach with a note (journaled on the partner's case).
    /// `NotFound` when there is no such breach; [`PartnerError::AlreadyAcknowledged`] when
    /// it was acknowledged.
    async fn acknowledge_breach(
        &self,
        report_id: i64,
        item_id: i64,
        note: &str,
        actor: Actor<'_>,
    ) -> Result<Result<(), PartnerError>>;

    /// Links a trial document to a trial's partner as its agreement.
    async fn link_partner_document(&self, document_id: i64, trial_partner_id: i64) -> Result<()>;

    /// The agreements of these trial partners: (document, trial partner).
    async fn partner_documents(&self, trial_partner_ids: &[i64]) -> Result<Vec<(i64, i64)>>;
}
