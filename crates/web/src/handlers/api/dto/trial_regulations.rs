//! The API's answers and requests about local regulations: each participant's regulation
//! of a trial with where it stands, its text, its adoption and the secretariat's approval.

use frirum_app::regulations::{RegulationView, TrialRegulations};
use frirum_domain::decision::RegulationKind;
use frirum_domain::organisation::OrganisationRef;
use frirum_domain::regulation::{Adoption, Readiness, RegulationStatus};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;

/// One participant of a trial and where its regulation stands.
#[derive(Debug, Serialize, ToSchema)]
pub struct ParticipantRegulationDto {
    pub organisation: OrganisationRef,
    /// `awaiting_adoption`, `awaiting_approval`, `in_force_from` (a day still to come) or
    /// `in_force`.
    pub standing: String,
    /// `null` until someone opens the regulation (Frirum drafts it then).
    pub status: Option<RegulationStatus>,
    pub adopted_on: Option<Date>,
    pub in_force_from: Option<Date>,
    /// The regulation's version, to send back with a change.
    pub version: Option<i64>,
}

/// Every participant's regulation, and whether the trial may start.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrialRegulationsDto {
    /// Whether this scheme's secretariat approves adopted regulations.
    pub requires_approval: bool,
    /// The day the trial may start: every regulation in force (the latest in-force day,
    /// not before the planned start); `null` while some are awaited.
    pub may_start_on: Option<Date>,
    /// The organisations whose regulation is still awaited.
    pub awaited: Vec<i64>,
    pub participants: Vec<ParticipantRegulationDto>,
}

impl From<TrialRegulations> for TrialRegulationsDto {
    fn from(r: TrialRegulations) -> Self {
        let (may_start_on, awaited) = match r.readiness {
            Readiness::From(d) => (Some(d), Vec::new()),
            Readiness::Waiting { awaited } => (None, awaited),
        };
        TrialRegulationsDto {
            requires_approval: r.requires_approval,
            may_start_on,
            awaited,
            participants: r
                .participants
                .into_iter()
                .map(|p| {
                    let adoption = p.regulation.as_ref().and_then(|r| r.adoption.as_ref());
                    ParticipantRegulationDto {
                        standing: p.standing.name().to_owned(),
                        status: p.regulation.as_ref().map(|r| r.status),
                        adopted_on: adoption.map(|a| a.adopted_on),
                        in_force_from: adoption.map(|a| a.in_force_from),
                        version: p.regulation.as_ref().map(|r| r.version),
                        organisation: p.organisation,
                    }
                })
                .collect(),
        }
    }
}

/// One participant's regulation.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegulationDto {
    pub trial_id: i64,
    pub organisation: OrganisationRef,
    /// `awaiting_adoption`, `awaiting_approval`, `in_force_from` or `in_force`.
    pub standing: String,
    pub requires_approval: bool,
    /// `null` when not drafted yet (it is drafted when a participant or the secretariat
    /// first opens it).
    pub status: Option<RegulationStatus>,
    /// Send it back with a change: a change against an older version is 409.
    pub version: Option<i64>,
    pub kind: Option<RegulationKind>,
    /// The language of the text: the scheme's (`nb`, `da`, `sv`).
    pub language: Option<String>,
    pub title: Option<String>,
    /// The text: public once adopted, before that for the trial's participants, its
    /// researchers and the secretariat.
    pub text: Option<String>,
    pub adoption: Option<Adoption>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub approved_at: Option<OffsetDateTime>,
    pub approved_by_name: Option<String>,
    /// What the caller may do: edit the draft and record the adoption, approve.
    pub may_record: bool,
    pub may_approve: bool,
}

impl From<RegulationView> for RegulationDto {
    fn from(v: RegulationView) -> Self {
        let text_visible = v.text_visible();
        let r = v.regulation;
        RegulationDto {
            trial_id: v.access.trial.id,
            organisation: v.organisation,
            standing: v.standing.name().to_owned(),
            requires_approval: v.requires_approval,
            status: r.as_ref().map(|r| r.status),
            version: r.as_ref().map(|r| r.version),
            kind: r.as_ref().map(|r| r.kind),
            language: r.as_ref().map(|r| r.language.tag().to_owned()),
            title: r.as_ref().map(|r| r.title.clone()),
            text: r.as_ref().filter(|_| text_visible).map(|r| r.text.clone()),
            adoption: r.as_ref().and_then(|r| r.adoption.clone()),
            approved_at: r.as_ref().and_then(|r| r.approved_at),
            approved_by_name: r.as_ref().and_then(|r| r.approved_by_name.clone()),
            may_record: v.rights.record,
            may_approve: v.rights.approve,
        }
    }
}

/// The draft's new text, against the version seen.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegulationTextRequest {
    pub version: i64,
    pub text: String,
}

/// The council's adoption of the regulation, against the version seen.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegulationAdoptionRequest {
    pub version: i64,
    /// The day the council adopted it (not in the future).
    pub adopted_on: Date,
    /// Who adopted it: "Kommunestyret", "Kommunalbestyrelsen", "Kommunfullmäktige".
    pub body: String,
    /// The case or minute reference of the adoption.
    pub reference: String,
    /// The first day it is in force (not before the adoption; may be in the future).
    pub in_force_from: Date,
}

/// The secretariat's approval, against the version seen.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegulationApprovalRequest {
    pub version: i64,
}
