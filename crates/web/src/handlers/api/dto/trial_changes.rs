//! The API's answers and requests about change requests of a trial: a request with the
//! values before and after, the list, a new request and a decision on one.

use frirum_app::changes::ProposalInput;
use frirum_domain::change::ChangeRequest;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A change request: what it asks for, the values before and after as they stood when it
/// was made, where it stands, and the trial's version that applied it once approved.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
pub struct ChangeRequestDto(pub ChangeRequest);

/// A trial's change requests, newest first: all of them for the secretariat, the
/// participants' applicants and the trial's researchers; the approved ones for everyone else.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChangeRequestsDto {
    pub changes: Vec<ChangeRequest>,
}

/// A new change request. `proposal.kind` says what is asked: `extend_period` or
/// `shorten_period` (with `planned_end`), `add_participant` (`organisation_code`, in the
/// scheme's country), `remove_participant` (`organisation_id`), `change_objectives`
/// (`objectives`), `change_exemptions` (`exemptions`), `put_on_hold`, `end_early` (`on`).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewChangeRequestDto {
    pub proposal: ProposalInput,
    /// Why the change is needed; public once approved.
    pub reason: String,
    /// The trial's version the request was made on (`version` of the current state); a
    /// change made meanwhile is 409 `edit_conflict`.
    #[serde(default)]
    pub version: Option<i64>,
    /// The secretariat records the change at once instead of asking for a decision.
    #[serde(default)]
    pub record_now: bool,
    /// For the secretariat recording a change of exemptions: screened, no conflict with
    /// the law.
    #[serde(default)]
    pub screened_no_conflict: bool,
    #[serde(default)]
    pub screening_note: String,
}

/// The secretariat's decision on a change request.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeDecisionDto {
    /// `true` approves and applies the change; `false` rejects it.
    pub approve: bool,
    /// The reasons: required for a rejection.
    #[serde(default)]
    pub reason: String,
    /// A change of exemptions is approved only screened: no conflict with the law.
    #[serde(default)]
    pub screened_no_conflict: bool,
    /// The screening's note, required with the confirmation.
    #[serde(default)]
    pub screening_note: String,
}
