//! The API's shapes for a trial's indicators: the indicators with their periods and actuals
//! as the caller may see them, one actual, and the inputs that report, review, define and
//! revise.

use frirum_domain::indicator::{
    ActualValue, CategoryActual, Indicator, IndicatorDefinition, TrialIndicator, Update, Verdict,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A trial's indicators, each with its periods (target and, where the caller may see it,
/// the actual and its review) and its earlier definitions; the public sees approved
/// actuals only.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrialIndicatorsDto {
    pub trial_id: i64,
    pub indicators: Vec<TrialIndicator>,
    /// The caller may report actuals (the participants' applicants).
    pub may_report: bool,
    /// The caller may approve or return actuals (the secretariat, assigned researchers).
    pub may_review: bool,
    /// The caller may define and revise indicators (the secretariat).
    pub may_manage: bool,
    /// Actuals waiting for review (counted for those who may review, else 0).
    pub awaiting_review: usize,
    /// The CSV file of these indicators, in the format the import reads.
    #[schema(example = "/trials/3/indicators.csv")]
    pub csv_url: String,
}

impl From<frirum_app::indicators::TrialIndicators> for TrialIndicatorsDto {
    fn from(t: frirum_app::indicators::TrialIndicators) -> Self {
        TrialIndicatorsDto {
            csv_url: format!("/trials/{}/indicators.csv", t.trial_id),
            trial_id: t.trial_id,
            may_report: t.rights.report,
            may_review: t.rights.review,
            may_manage: t.rights.manage,
            awaiting_review: if t.rights.review {
                t.awaiting_review
            } else {
                0
            },
            indicators: t.indicators,
        }
    }
}

/// One period's actual with its review.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
pub struct UpdateDto(pub Update);

/// An indicator at its current revision.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
pub struct IndicatorDto(pub Indicator);

/// What an import stored: the actuals written (periods left blank, and approved periods
/// whose values were unchanged, are skipped).
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportedDto {
    pub imported: usize,
    pub updates: Vec<Update>,
}

/// One period's actual: a number (or text for a qualitative indicator) for the period as a
/// whole and/or for categories of its breakdown, a comment, and whether to send it for
/// review now (else it is kept as a draft).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActualInput {
    /// The version of the update the caller saw (absent for a first report).
    pub version: Option<i64>,
    pub value: Option<ActualValue>,
    #[serde(default)]
    pub breakdown: Vec<CategoryActual>,
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub comment: String,
    #[serde(default)]
    pub submit: bool,
}

/// A reviewer's answer to a submitted actual, against the version seen.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewInput {
    pub version: i64,
    pub verdict: Verdict,
    /// Required when returning: what should be revised.
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub comment: String,
}

/// A new definition of an indicator, against the revision seen, with the reason; the
/// definition before is kept.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviseInput {
    pub revision: i64,
    #[schema(min_length = 1, max_length = 4000)]
    pub reason: String,
    pub definition: IndicatorDefinition,
}

/// Whether an imported file's actuals are sent for review.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ImportQuery {
    /// Send the imported actuals for review (else they are kept as drafts).
    #[serde(default)]
    pub submit: bool,
}
