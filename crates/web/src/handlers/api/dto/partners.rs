//! The API's answers and requests about testbeds' partners: the register, a trial's
//! partners with their demands and public values, a report's review of them and breaches.

use frirum_domain::Country;
use frirum_domain::application::PartnerKind;
use frirum_domain::partner::{
    Breach, DemandKind, Item, Partner, PartnerVerdict, PublicValue, Review, TrialPartner,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Partners of the register, by name.
#[derive(Debug, Serialize, ToSchema)]
pub struct PartnersDto {
    pub partners: Vec<Partner>,
}

/// A partner to register. The national identifier is typed as people write it (spaces,
/// hyphens, Sweden's `16` prefix) and stored as digits; a wrong check digit is 422
/// `identifier_check_digit`, a wrong length or character 422 `identifier_format`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPartnerDto {
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    pub kind: PartnerKind,
    pub country: Country,
    #[serde(default)]
    pub national_id: Option<String>,
    #[serde(default)]
    #[schema(max_length = 200)]
    pub website: Option<String>,
}

/// An identifier to check.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IdentifierDto {
    pub country: Country,
    #[schema(max_length = 40)]
    pub national_id: String,
}

/// A checked identifier: as stored, as the country writes it, and the partner holding it.
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckedIdentifierDto {
    pub normalised: String,
    pub display: String,
    pub existing: Option<Partner>,
}

/// A partner with the trials it takes part in that the caller may see.
#[derive(Debug, Serialize, ToSchema)]
pub struct PartnerDto {
    pub partner: Partner,
    pub trials: Vec<TrialPartner>,
    /// The ids of its agreements (trial documents) the caller may read.
    pub agreement_document_ids: Vec<i64>,
}

/// A trial's partners with their demands and values; the verdicts of its reports for the
/// trial's own people (empty for others).
#[derive(Debug, Serialize, ToSchema)]
pub struct TrialPartnersDto {
    pub partners: Vec<TrialPartner>,
    pub reviews: Vec<Review>,
}

/// A partner of the register to add to a trial.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddTrialPartnerDto {
    pub partner_id: i64,
    #[serde(default)]
    #[schema(max_length = 200)]
    pub role: String,
}

/// The trial partner added.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrialPartnerIdDto {
    pub trial_partner_id: i64,
}

/// A demand placed on a trial's partner.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDemandDto {
    pub kind: DemandKind,
    #[schema(min_length = 1, max_length = 4000)]
    pub text: String,
}

/// A public value protected in the partnership, with a note.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewValueDto {
    pub kind: PublicValue,
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub note: String,
}

/// A demand or value placed.
#[derive(Debug, Serialize, ToSchema)]
pub struct ItemDto {
    pub item: Item,
}

/// One verdict of a report's review.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerdictDto {
    pub item_id: i64,
    pub verdict: Option<PartnerVerdict>,
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub note: String,
}

/// A report's review to save. With `complete`, every demand and value needs a verdict
/// (422 `partner_verdict_required` naming the first without one), as submitting needs.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewDto {
    pub verdicts: Vec<VerdictDto>,
    #[serde(default)]
    pub complete: bool,
}

/// A report's verdicts.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewsDto {
    pub reviews: Vec<Review>,
}

/// Breaches waiting for the secretariat's acknowledgement.
#[derive(Debug, Serialize, ToSchema)]
pub struct BreachesDto {
    pub breaches: Vec<Breach>,
}

/// The secretariat's note acknowledging a breach.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AcknowledgeDto {
    #[schema(min_length = 1, max_length = 4000)]
    pub note: String,
}
