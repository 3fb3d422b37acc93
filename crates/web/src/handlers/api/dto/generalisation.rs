//! The generalisation API's DTOs: an outcome recorded for a granted exemption, a trial's
//! outcomes per exemption, and a scheme's results (the data of each chart on the results
//! page, the pending provisions and, for the secretariat, the flagged outcomes).

use frirum_app::generalisation::{OutcomeLine, SchemeResults, TrialOutcomes};
use frirum_domain::evaluation::EvidenceStrength;
use frirum_domain::generalisation::{CommonClass, Outcome, OutcomeCategory};
use frirum_domain::trial::TrialStatus;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;

/// An outcome recorded for one granted exemption of an ended trial.
#[derive(Debug, Serialize, ToSchema)]
pub struct OutcomeDto {
    pub id: i64,
    pub trial_id: i64,
    /// The granted exemption: its position in the application's requested exemptions.
    pub exemption: usize,
    /// The category in the scheme's country's words.
    pub category: OutcomeCategory,
    /// The class Danish and Norwegian categories share, for counting them together.
    pub common_class: CommonClass,
    pub reasons: String,
    /// The evaluations it rests on.
    pub evaluation_ids: Vec<i64>,
    /// The resulting bill or act as entered.
    pub resulting_citation: Option<String>,
    /// Whether the citation resolved against the law catalogue; false: kept as text and
    /// flagged for the secretariat.
    pub resolved: Option<bool>,
    pub resulting_act_id: Option<i64>,
    pub resulting_act_title: Option<String>,
    pub resulting_act_official_id: Option<String>,
    pub resulting_provision_id: Option<i64>,
    pub resulting_provision_label: Option<String>,
    /// The day the resulting rule comes into force.
    pub in_force: Option<Date>,
    pub recorded_by_name: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
}

impl From<&Outcome> for OutcomeDto {
    fn from(o: &Outcome) -> Self {
        OutcomeDto {
            id: o.id,
            trial_id: o.trial_id,
            exemption: o.exemption,
            category: o.category,
            common_class: o.category.common_class(),
            reasons: o.reasons.clone(),
            evaluation_ids: o.evaluation_ids.clone(),
            resulting_citation: o.resulting.as_ref().map(|r| r.citation.clone()),
            resolved: o.resulting.as_ref().map(|r| r.resolved),
            resulting_act_id: o.resulting.as_ref().and_then(|r| r.act_id),
            resulting_act_title: o.resulting_act_title.clone(),
            resulting_act_official_id: o.resulting_act_official_id.clone(),
            resulting_provision_id: o.resulting.as_ref().and_then(|r| r.provision_id),
            resulting_provision_label: o.resulting_provision_label.clone(),
            in_force: o.in_force,
            recorded_by_name: o.recorded_by_name.clone(),
            recorded_at: o.recorded_at,
        }
    }
}

/// A granted exemption with its outcomes.
#[derive(Debug, Serialize, ToSchema)]
pub struct ExemptionOutcomesDto {
    pub exemption: usize,
    /// The exemption's reference as the application wrote it.
    pub reference: String,
    /// The outcome that counts: the latest recorded.
    pub latest: Option<OutcomeDto>,
    /// Every outcome recorded, newest first.
    pub history: Vec<OutcomeDto>,
}

/// A trial's generalisation outcomes per granted exemption.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrialOutcomesDto {
    pub trial_id: i64,
    pub status: Option<TrialStatus>,
    /// The categories the trial's scheme records in.
    pub categories: Vec<OutcomeCategory>,
    pub exemptions: Vec<ExemptionOutcomesDto>,
}

impl From<TrialOutcomes> for TrialOutcomesDto {
    fn from(t: TrialOutcomes) -> Self {
        TrialOutcomesDto {
            trial_id: t.trial_id,
            status: t.status,
            categories: t.categories.clone(),
            exemptions: t
                .exemptions
                .iter()
                .map(|e| ExemptionOutcomesDto {
                    exemption: e.exemption.grant.exemption,
                    reference: e.exemption.grant.reference.clone(),
                    latest: e.latest().map(OutcomeDto::from),
                    history: e.outcomes.iter().map(OutcomeDto::from).collect(),
                })
                .collect(),
        }
    }
}

/// An outcome as the secretariat records it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeRequest {
    /// The granted exemption: its position in the application's requested exemptions.
    pub exemption: usize,
    /// One of the scheme's country's categories.
    pub category: OutcomeCategory,
    /// Why (required).
    pub reasons: String,
    /// Evaluations of the trial or of its scheme the outcome rests on.
    #[serde(default)]
    pub evaluation_ids: Vec<i64>,
    /// The resulting bill or act as a citation ("lov nr. 1546 af 27. december 2019",
    /// "LOV-2023-06-16-62", "SFS 2022:1234"); kept as text and flagged when it does not
    /// resolve against the catalogue.
    pub resulting_citation: Option<String>,
    /// The day the resulting rule comes into force.
    pub in_force: Option<Date>,
    /// How many outcomes of the exemption the client has seen (its history's length): when
    /// another was recorded since, the outcome is refused (409 `outcome_already_recorded`),
    /// so that a request sent twice is not appended twice. Leave it out to append anyway.
    pub seen_outcomes: Option<usize>,
}

/// How many trials have one status.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatusCountDto {
    pub status: TrialStatus,
    pub trials: u64,
}

/// How many exemptions' latest outcome is of one category.
#[derive(Debug, Serialize, ToSchema)]
pub struct CategoryCountDto {
    pub category: OutcomeCategory,
    pub common_class: CommonClass,
    pub exemptions: u64,
}

/// How many exemptions' latest outcome is of one common class.
#[derive(Debug, Serialize, ToSchema)]
pub struct ClassCountDto {
    pub class: CommonClass,
    pub exemptions: u64,
}

/// How many exemptions were granted from one act.
#[derive(Debug, Serialize, ToSchema)]
pub struct ActCountDto {
    /// Null: exemptions naming no provision of the catalogue.
    pub act_id: Option<i64>,
    pub title: Option<String>,
    pub exemptions: u64,
}

/// Findings per strength of the evaluations of a theme's trials.
#[derive(Debug, Serialize, ToSchema)]
pub struct ThemeEvidenceDto {
    /// Null: trials in no theme.
    pub theme_id: Option<i64>,
    pub title: Option<String>,
    pub strong: u64,
    pub moderate: u64,
    pub weak: u64,
    pub inconclusive: u64,
}

/// A provision whose trials all ended without an outcome.
#[derive(Debug, Serialize, ToSchema)]
pub struct PendingProvisionDto {
    pub provision_id: i64,
    pub act_title: String,
    pub label: String,
    /// The trials exempted from it.
    pub trial_ids: Vec<i64>,
}

/// The latest outcome of an exemption, with its trial named.
#[derive(Debug, Serialize, ToSchema)]
pub struct OutcomeLineDto {
    pub case_number: String,
    pub trial_title: String,
    pub reference: String,
    pub outcome: OutcomeDto,
}

impl From<&OutcomeLine> for OutcomeLineDto {
    fn from(l: &OutcomeLine) -> Self {
        OutcomeLineDto {
            case_number: l.case_number.clone(),
            trial_title: l.trial_title.clone(),
            reference: l.reference.clone(),
            outcome: (&l.outcome).into(),
        }
    }
}

/// A scheme's results at a glance: the data of each chart of its results page.
#[derive(Debug, Serialize, ToSchema)]
pub struct SchemeResultsDto {
    pub scheme_id: i64,
    pub trials_by_status: Vec<StatusCountDto>,
    pub outcomes_by_category: Vec<CategoryCountDto>,
    pub outcomes_by_class: Vec<ClassCountDto>,
    pub exemptions_per_act: Vec<ActCountDto>,
    pub evidence_per_theme: Vec<ThemeEvidenceDto>,
    /// Whether the evidence counts only evaluations published and out of embargo.
    pub evidence_public_only: bool,
    /// The latest outcome of each exemption.
    pub outcomes: Vec<OutcomeLineDto>,
    pub pending_provisions: Vec<PendingProvisionDto>,
    /// The secretariat's: outcomes whose resulting act did not resolve (empty for others).
    pub flagged_outcomes: Vec<OutcomeLineDto>,
}

impl From<SchemeResults> for SchemeResultsDto {
    fn from(r: SchemeResults) -> Self {
        let count = |row: &[(EvidenceStrength, u64)], s: EvidenceStrength| {
            row.iter().find(|(x, _)| *x == s).map_or(0, |(_, n)| *n)
        };
        SchemeResultsDto {
            scheme_id: r.scheme.id,
            trials_by_status: r
                .trials_by_status
                .iter()
                .map(|(status, trials)| StatusCountDto {
                    status: *status,
                    trials: *trials,
                })
                .collect(),
            outcomes_by_category: r
                .outcomes_by_category
                .iter()
                .map(|(category, exemptions)| CategoryCountDto {
                    category: *category,
                    common_class: category.common_class(),
                    exemptions: *exemptions,
                })
                .collect(),
            outcomes_by_class: r
                .outcomes_by_class
                .iter()
                .map(|(class, exemptions)| ClassCountDto {
                    class: *class,
                    exemptions: *exemptions,
                })
                .collect(),
            exemptions_per_act: r
                .exemptions_per_act
                .iter()
                .map(|a| ActCountDto {
                    act_id: a.act_id,
                    title: a.title.clone(),
                    exemptions: a.exemptions,
                })
                .collect(),
            evidence_per_theme: r
                .evidence_per_theme
                .iter()
                .map(|t| ThemeEvidenceDto {
                    theme_id: t.theme_id,
                    title: t.title.clone(),
                    strong: count(&t.by_strength, EvidenceStrength::Strong),
                    moderate: count(&t.by_strength, EvidenceStrength::Moderate),
                    weak: count(&t.by_strength, EvidenceStrength::Weak),
                    inconclusive: count(&t.by_strength, EvidenceStrength::Inconclusive),
                })
                .collect(),
            evidence_public_only: r.evidence_public_only,
            outcomes: r.outcomes.iter().map(OutcomeLineDto::from).collect(),
            pending_provisions: r
                .pending
                .iter()
                .map(|p| PendingProvisionDto {
                    provision_id: p.provision.id,
                    act_title: p.provision.act_title.clone(),
                    label: p.provision.section.label.clone(),
                    trial_ids: p.trials.iter().map(|t| t.0).collect(),
                })
                .collect(),
            flagged_outcomes: r.flagged.iter().map(OutcomeLineDto::from).collect(),
        }
    }
}
