//! Evaluations of trials and of whole schemes: their kinds, the strength of a finding's
//! evidence, and what an evaluation recommends for a granted exemption.
//!
//! An evaluation is structured: a summary, findings (each with the strength of its evidence,
//! linked to the indicators and the granted exemptions it concerns) and a recommendation with
//! reasons per granted exemption. A finding or a recommendation may only name exemptions the
//! trial (or, for a joint evaluation, one of the scheme's trials) was granted
//! ([`EvaluationError::FindingExemptionNotGranted`], 422). A draft is edited freely by its
//! assigned researchers; publishing freezes it, and a correction is a note beside it. While
//! its embargo date has not come, the public learns only that it exists and when it will be
//! published ([`disclosure`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::rule::{Broken, Refusal};
use crate::text::{
    FieldError, Problem, all_values, check_characters, check_name, check_text, unknown_name,
};

/// What an evaluation looks at (KS: "process, results and transferability").
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_kind)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EvaluationKind {
    /// How the trial was carried out.
    Process,
    /// What the trial achieved, against its indicators.
    Results,
    /// Whether what worked would work elsewhere.
    Transferability,
}

impl EvaluationKind {
    pub const ALL: [EvaluationKind; 3] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_kind(name: &str) -> String {
    unknown_name::<EvaluationKind>("evaluation kind", name)
}

/// How strong the evidence behind a finding is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_strength)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EvidenceStrength {
    Strong,
    Moderate,
    Weak,
    Inconclusive,
}

impl EvidenceStrength {
    pub const ALL: [EvidenceStrength; 4] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_strength(name: &str) -> String {
    unknown_name::<EvidenceStrength>("evidence strength", name)
}

/// What an evaluation recommends for one granted exemption.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_recommendation)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Recommendation {
    /// Make the exemption the general rule for everybody.
    MakeGeneral,
    /// Make it general, with changes the evaluation names.
    MakeGeneralWithChanges,
    /// Go on trying: the evidence is not yet enough.
    ContinueTrying,
    /// Drop it: the rule should stay as it is.
    Drop,
}

impl Recommendation {
    pub const ALL: [Recommendation; 4] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_recommendation(name: &str) -> String {
    unknown_name::<Recommendation>("recommendation", name)
}

/// The longest title.
pub const MAX_TITLE: usize = 300;
/// The longest summary.
pub const MAX_SUMMARY: usize = 20_000;
/// The longest text of one finding, or of a recommendation's reasons, or of a correction.
pub const MAX_TEXT: usize = 5_000;
/// The most findings one evaluation holds.
pub const MAX_FINDINGS: usize = 200;

/// Where an evaluation is in its life.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_status)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EvaluationStatus {
    /// Being written: only the secretariat and the assigned researchers see it.
    Draft,
    /// Published: frozen; public once its embargo date has come.
    Published,
}

impl EvaluationStatus {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_status(name: &str) -> String {
    unknown_name::<EvaluationStatus>("evaluation status", name)
}

/// One granted exemption of one trial: `exemption` is its position in the application's
/// requested exemptions (`GrantedExemption::exemption`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExemptionRef {
    pub trial_id: i64,
    pub exemption: usize,
}

/// One finding of an evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Finding {
    pub text: String,
    pub strength: EvidenceStrength,
    /// The granted exemptions it concerns.
    #[serde(default)]
    pub exemptions: Vec<ExemptionRef>,
    /// The trial's indicators it concerns.
    #[serde(default)]
    pub indicator_ids: Vec<i64>,
}

/// What an evaluation recommends for one granted exemption, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExemptionRecommendation {
    pub trial_id: i64,
    pub exemption: usize,
    pub recommendation: Recommendation,
    pub reasons: String,
}

impl ExemptionRecommendation {
    pub fn exemption_ref(&self) -> ExemptionRef {
        ExemptionRef {
            trial_id: self.trial_id,
            exemption: self.exemption,
        }
    }
}

/// What researchers write: everything of an evaluation but its status and dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EvaluationContent {
    pub kind: EvaluationKind,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// The research plan it was written under, of the same trial or scheme.
    #[serde(default)]
    pub plan_id: Option<i64>,
    /// Until this day (in the scheme's country) the public sees only that it exists.
    #[serde(default)]
    pub embargo_until: Option<Date>,
    #[serde(default)]
    pub findings: Vec<Finding>,
    #[serde(default)]
    pub recommendations: Vec<ExemptionRecommendation>,
}

/// A research plan an evaluation may be written under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanChoice {
    pub id: i64,
    pub embargo_until: Option<Date>,
}

/// One trial an evaluation may speak of: its granted exemptions and its indicators.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScopeTrial {
    pub trial_id: i64,
    pub exemptions: Vec<usize>,
    pub indicator_ids: Vec<i64>,
}

/// What an evaluation may speak of: one trial, or every trial of a scheme for a joint
/// evaluation, and the plans it may be written under.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EvaluationScope {
    pub trials: Vec<ScopeTrial>,
    pub plans: Vec<PlanChoice>,
}

impl EvaluationScope {
    fn granted(&self, e: ExemptionRef) -> bool {
        self.trials
            .iter()
            .any(|t| t.trial_id == e.trial_id && t.exemptions.contains(&e.exemption))
    }

    fn has_indicator(&self, id: i64) -> bool {
        self.trials.iter().any(|t| t.indicator_ids.contains(&id))
    }
}

/// A broken rule of evaluations.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EvaluationError {
    #[error("{0}")]
    Field(FieldError),
    #[error("finding {finding} names an exemption the trial was not granted")]
    FindingExemptionNotGranted {
        finding: usize,
        exemption: ExemptionRef,
    },
    #[error("finding {finding} names an indicator the trial does not have")]
    FindingIndicatorUnknown { finding: usize, indicator_id: i64 },
    #[error("a recommendation names an exemption the trial was not granted")]
    RecommendationExemptionNotGranted { exemption: ExemptionRef },
    #[error("an exemption has two recommendations")]
    RecommendationTwice { exemption: ExemptionRef },
    #[error("the research plan is not one of this trial or scheme")]
    PlanUnknown { plan_id: i64 },
    #[error("an evaluation is published with at least one finding")]
    NoFindings,
    #[error("publishing needs a confirmation")]
    PublishUnconfirmed,
    #[error("the evaluation is published and frozen")]
    Published,
    #[error("a draft is edited; corrections are recorded once it is published")]
    NotPublished,
    #[error("somebody else saved the evaluation first")]
    Stale { version: i64 },
    #[error("the embargo date lies before today ({today})")]
    EmbargoInThePast { today: Date },
}

impl Broken for EvaluationError {
    fn code(&self) -> &'static str {
        match self {
            EvaluationError::Field(e) => e.code(),
            EvaluationError::FindingExemptionNotGranted { .. } => "finding_exemption_not_granted",
            EvaluationError::FindingIndicatorUnknown { .. } => "finding_indicator_unknown",
            EvaluationError::RecommendationExemptionNotGranted { .. } => {
                "recommendation_exemption_not_granted"
            }
            EvaluationError::RecommendationTwice { .. } => "recommendation_twice",
            EvaluationError::PlanUnknown { .. } => "evaluation_plan_unknown",
            EvaluationError::NoFindings => "evaluation_without_findings",
            EvaluationError::PublishUnconfirmed => "publish_unconfirmed",
            EvaluationError::Published => "evaluation_published",
            EvaluationError::NotPublished => "evaluation_not_published",
            EvaluationError::Stale { .. } => "evaluation_stale",
            EvaluationError::EmbargoInThePast { .. } => "embargo_in_the_past",
        }
    }

    fn refusal(&self) -> Refusal {
        match self {
            EvaluationError::Published
            | EvaluationError::NotPublished
            | EvaluationError::Stale { .. } => Refusal::Conflict,
            _ => Refusal::Invalid,
        }
    }

    fn details(&self) -> serde_json::Value {
        use serde_json::json;
        match self {
            EvaluationError::Field(e) => json!(e),
            EvaluationError::FindingExemptionNotGranted { finding, exemption } => {
                json!({ "field": format!("findings[{finding}].exemptions"), "trial_id": exemption.trial_id, "exemption": exemption.exemption })
            }
            EvaluationError::FindingIndicatorUnknown {
                finding,
                indicator_id,
            } => {
                json!({ "field": format!("findings[{finding}].indicator_ids"), "indicator_id": indicator_id })
            }
            EvaluationError::RecommendationExemptionNotGranted { exemption }
            | EvaluationError::RecommendationTwice { exemption } => {
                json!({ "field": "recommendations", "trial_id": exemption.trial_id, "exemption": exemption.exemption })
            }
            EvaluationError::PlanUnknown { plan_id } => {
                json!({ "field": "plan_id", "plan_id": plan_id })
            }
            EvaluationError::Stale { version } => json!({ "version": version }),
            EvaluationError::EmbargoInThePast { today } => {
                json!({ "field": "embargo_until", "earliest": today.to_string() })
            }
            EvaluationError::NoFindings => json!({ "field": "findings" }),
            EvaluationError::PublishUnconfirmed => json!({ "field": "confirm" }),
            EvaluationError::Published | EvaluationError::NotPublished => serde_json::Value::Null,
        }
    }
}

fn field(name: impl Into<String>, problem: Problem) -> EvaluationError {
    EvaluationError::Field(FieldError::new(name, problem))
}

fn check_long(name: &str, value: &str, max: usize) -> Result<(), EvaluationError> {
    check_characters(name, value, true).map_err(EvaluationError::Field)?;
    check_text(name, value, max).map_err(EvaluationError::Field)
}

impl EvaluationContent {
    /// Refuses an embargo date of the evaluation's own, set or changed, before `today` (in
    /// the scheme's country); `before` is the date it had, which stays as it was. Asked
    /// before [`validate`](Self::validate) lends it its plan's date.
    pub fn check_embargo(&self, before: Option<Date>, today: Date) -> Result<(), EvaluationError> {
        if crate::research_plan::embargo_in_the_past(self.embargo_until, before, today) {
            return Err(EvaluationError::EmbargoInThePast { today });
        }
        Ok(())
    }

    /// Checks what researchers wrote against what the evaluation may speak of: texts of
    /// their lengths, findings and recommendations naming only granted exemptions and the
    /// trials' indicators, one recommendation per exemption with its reasons, a plan of the
    /// same trial or scheme. Texts come back trimmed, links sorted and once each; without an
    /// embargo date of its own, the evaluation takes its plan's.
    pub fn validate(mut self, scope: &EvaluationScope) -> Result<Self, EvaluationError> {
        self.title = self.title.trim().to_owned();
        self.summary = self.summary.trim().to_owned();
        if self.title.is_empty() {
            return Err(field("title", Problem::Required));
        }
        check_name("title", &self.title).map_err(EvaluationError::Field)?;
        check_text("title", &self.title, MAX_TITLE).map_err(EvaluationError::Field)?;
        check_long("summary", &self.summary, MAX_SUMMARY)?;
        if let Some(plan_id) = self.plan_id {
            let plan = scope
                .plans
                .iter()
                .find(|p| p.id == plan_id)
                .ok_or(EvaluationError::PlanUnknown { plan_id })?;
            if self.embargo_until.is_none() {
                self.embargo_until = plan.embargo_until;
            }
        }
        if self.findings.len() > MAX_FINDINGS {
            return Err(field("findings", Problem::TooMany { max: MAX_FINDINGS }));
        }
        for (i, finding) in self.findings.iter_mut().enumerate() {
            finding.text = finding.text.trim().to_owned();
            let name = format!("findings[{i}].text");
            if finding.text.is_empty() {
                return Err(field(name, Problem::Required));
            }
            check_long(&name, &finding.text, MAX_TEXT)?;
            finding.exemptions.sort();
            finding.exemptions.dedup();
            if let Some(&exemption) = finding.exemptions.iter().find(|e| !scope.granted(**e)) {
                return Err(EvaluationError::FindingExemptionNotGranted {
                    finding: i,
                    exemption,
                });
            }
            finding.indicator_ids.sort_unstable();
            finding.indicator_ids.dedup();
            if let Some(&indicator_id) = finding
                .indicator_ids
                .iter()
                .find(|id| !scope.has_indicator(**id))
            {
                return Err(EvaluationError::FindingIndicatorUnknown {
                    finding: i,
                    indicator_id,
                });
            }
        }
        let mut seen = Vec::new();
        for (i, rec) in self.recommendations.iter_mut().enumerate() {
            let exemption = rec.exemption_ref();
            if !scope.granted(exemption) {
                return Err(EvaluationError::RecommendationExemptionNotGranted { exemption });
            }
            if seen.contains(&exemption) {
                return Err(EvaluationError::RecommendationTwice { exemption });
            }
            seen.push(exemption);
            rec.reasons = rec.reasons.trim().to_owned();
            let name = format!("recommendations[{i}].reasons");
            if rec.reasons.is_empty() {
                return Err(field(name, Problem::Required));
            }
            check_long(&name, &rec.reasons, MAX_TEXT)?;
        }
        self.recommendations
            .sort_by_key(ExemptionRecommendation::exemption_ref);
        Ok(self)
    }

    /// Whether a draft may be published: a summary and at least one finding, and the
    /// researcher's confirmation that publishing freezes it.
    pub fn check_publishable(&self, confirmed: bool) -> Result<(), EvaluationError> {
        if self.summary.trim().is_empty() {
            return Err(field("summary", Problem::Required));
        }
        if self.findings.is_empty() {
            return Err(EvaluationError::NoFindings);
        }
        if !confirmed {
            return Err(EvaluationError::PublishUnconfirmed);
        }
        Ok(())
    }
}

/// Checks the note of a correction to a published evaluation.
pub fn check_correction(note: &str) -> Result<String, EvaluationError> {
    let note = note.trim();
    if note.is_empty() {
        return Err(field("note", Problem::Required));
    }
    check_long("note", note, MAX_TEXT)?;
    Ok(note.to_owned())
}

/// A note correcting a published evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Correction {
    pub id: i64,
    pub note: String,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
    pub recorded_by: Option<String>,
}

/// The full report attached to an evaluation (its content is in the object store).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EvaluationDocument {
    pub id: i64,
    pub evaluation_id: i64,
    pub title: String,
    pub file_name: String,
    pub file_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    #[serde(skip)]
    pub object_key: String,
    #[serde(with = "time::serde::rfc3339")]
    pub uploaded_at: OffsetDateTime,
}

/// A new report's facts, once its content is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvaluationDocument {
    pub title: String,
    pub file_name: String,
    pub file_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub object_key: String,
}

/// An evaluation as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    pub id: i64,
    pub scheme_id: i64,
    /// `None`: a joint evaluation of the whole scheme.
    pub trial_id: Option<i64>,
    pub status: EvaluationStatus,
    pub content: EvaluationContent,
    /// Counted up at every saved edit of the draft.
    pub version: i64,
    pub created_at: OffsetDateTime,
    pub created_by: Option<String>,
    pub updated_at: OffsetDateTime,
    pub published_at: Option<OffsetDateTime>,
    pub documents: Vec<EvaluationDocument>,
    pub corrections: Vec<Correction>,
}

/// An evaluation in a list: what tells it from the others.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvaluationSummary {
    pub id: i64,
    pub scheme_id: i64,
    pub trial_id: Option<i64>,
    pub kind: EvaluationKind,
    pub status: EvaluationStatus,
    pub title: String,
    pub embargo_until: Option<Date>,
    pub published_at: Option<OffsetDateTime>,
    pub updated_at: OffsetDateTime,
    pub findings: usize,
}

/// Whether results are still under embargo on `today` (in the scheme's country): until the
/// embargo day itself, on which they become public (the research plans' rule).
pub fn embargoed(embargo_until: Option<Date>, today: Date) -> bool {
    !crate::research_plan::embargo_lifted(embargo_until, today)
}

/// How much of an evaluation a reader may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Disclosure {
    /// Everything: findings, recommendations, the report.
    Full,
    /// Only that it exists, its kind and the day it will be published (embargoed).
    Announced,
    /// Nothing: a draft, for whoever does not write or oversee it.
    Hidden,
}

/// What a reader sees of an evaluation: the secretariat and its assigned researchers
/// (`reads_internal`) everything; others a published evaluation in full once its embargo
/// has lifted, and before that only its announcement; a draft nothing.
pub fn disclosure(
    status: EvaluationStatus,
    embargo_until: Option<Date>,
    today: Date,
    reads_internal: bool,
) -> Disclosure {
    match (reads_internal, status) {
        (true, _) => Disclosure::Full,
        (false, EvaluationStatus::Draft) => Disclosure::Hidden,
        (false, EvaluationStatus::Published) if embargoed(embargo_until, today) => {
            Disclosure::Announced
        }
        (false, EvaluationStatus::Published) => Disclosure::Full,
    }
}

/// One group of a joint evaluation's summary (a theme or a provision): its findings with
/// their strength, counts of findings by strength and of recommendations by kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SummaryGroup<K> {
    pub key: K,
    /// Positions of the findings in the evaluation, in order.
    pub findings: Vec<usize>,
    pub by_strength: BTreeMap<EvidenceStrength, usize>,
    /// The recommendations, as positions in the evaluation's list.
    pub recommendations: Vec<usize>,
    pub by_recommendation: Vec<(Recommendation, usize)>,
}

/// Summarises an evaluation across its trials by a key (a theme, a provision) that each
/// granted exemption maps to (none, one or several): per key the findings that concern one
/// of its exemptions and the recommendations for them, counted. A finding counts once per
/// key however many of the key's exemptions it names.
pub fn summarise<K: Ord + Clone>(
    content: &EvaluationContent,
    keys_of: impl Fn(ExemptionRef) -> Vec<K>,
) -> Vec<SummaryGroup<K>> {
    let mut groups: BTreeMap<K, SummaryGroup<K>> = BTreeMap::new();
    for (i, finding) in content.findings.iter().enumerate() {
        let mut keys: Vec<K> = finding
            .exemptions
            .iter()
            .flat_map(|e| keys_of(*e))
            .collect();
        keys.sort();
        keys.dedup();
        for key in keys {
            let g = entry(&mut groups, &key);
            g.findings.push(i);
            *g.by_strength.entry(finding.strength).or_default() += 1;
        }
    }
    for (i, rec) in content.recommendations.iter().enumerate() {
        let mut keys = keys_of(rec.exemption_ref());
        keys.sort();
        keys.dedup();
        for key in keys {
            let g = entry(&mut groups, &key);
            g.recommendations.push(i);
            match g
                .by_recommendation
                .iter_mut()
                .find(|(r, _)| *r == rec.recommendation)
            {
                Some((_, n)) => *n += 1,
                None => g.by_recommendation.push((rec.recommendation, 1)),
            }
        }
    }
    let mut out: Vec<SummaryGroup<K>> = groups.into_values().collect();
    for g in &mut out {
        g.by_recommendation
            .sort_by_key(|(r, _)| Recommendation::ALL.iter().position(|a| a == r));
    }
    out
}

fn entry<'a, K: Ord + Clone>(
    groups: &'a mut BTreeMap<K, SummaryGroup<K>>,
    key: &K,
) -> &'a mut SummaryGroup<K> {
    groups.entry(key.clone()).or_insert_with(|| SummaryGroup {
        key: key.clone(),
        findings: Vec::new(),
        by_strength: BTreeMap::new(),
        recommendations: Vec::new(),
        by_recommendation: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn names_round_trip() {
        for kind in EvaluationKind::ALL {
            assert_eq!(EvaluationKind::from_str(kind.as_str()), Ok(kind));
        }
        for strength in EvidenceStrength::ALL {
            assert_eq!(EvidenceStrength::from_str(strength.as_str()), Ok(strength));
        }
        for r in Recommendation::ALL {
            assert_eq!(Recommendation::from_str(r.as_str()), Ok(r));
        }
        assert!(Recommendation::from_str("spread").is_err());
    }

    fn scope() -> EvaluationScope {
        EvaluationScope {
            trials: vec![ScopeTrial {
                trial_id: 1,
                exemptions: vec![0, 2],
                indicator_ids: vec![10],
            }],
            plans: vec![PlanChoice {
                id: 5,
                embargo_until: Some(time::macros::date!(2027 - 03 - 01)),
            }],
        }
    }

    fn content() -> EvaluationContent {
        EvaluationContent {
            kind: EvaluationKind::Results,
            title: " Resultatevaluering ".into(),
            summary: "Kort.".into(),
            plan_id: None,
            embargo_until: None,
            findings: vec![Finding {
                text: "Færre møder.".into(),
                strength: EvidenceStrength::Moderate,
                exemptions: vec![ExemptionRef {
                    trial_id: 1,
                    exemption: 2,
                }],
                indicator_ids: vec![10, 10],
            }],
            recommendations: vec![ExemptionRecommendation {
                trial_id: 1,
                exemption: 0,
                recommendation: Recommendation::Drop,
                reasons: "Ingen effekt.".into(),
            }],
        }
    }

    #[test]
    fn valid_content_is_trimmed_and_deduplicated() {
        let checked = content().validate(&scope()).unwrap();
        assert_eq!(checked.title, "Resultatevaluering");
        assert_eq!(checked.findings[0].indicator_ids, vec![10]);
    }

    #[test]
    fn a_finding_on_an_exemption_not_granted_is_refused() {
        let mut c = content();
        c.findings[0].exemptions[0].exemption = 1;
        let err = c.validate(&scope()).unwrap_err();
        assert_eq!(err.code(), "finding_exemption_not_granted");
        assert_eq!(err.refusal(), Refusal::Invalid);
        let mut c = content();
        c.findings[0].exemptions[0].trial_id = 2;
        assert_eq!(
            c.validate(&scope()).unwrap_err().code(),
            "finding_exemption_not_granted"
        );
    }

    #[test]
    fn unknown_indicators_and_recommendations_are_refused() {
        let mut c = content();
        c.findings[0].indicator_ids = vec![11];
        assert_eq!(
            c.validate(&scope()).unwrap_err().code(),
            "finding_indicator_unknown"
        );
        let mut c = content();
        c.recommendations[0].exemption = 1;
        assert_eq!(
            c.validate(&scope()).unwrap_err().code(),
            "recommendation_exemption_not_granted"
        );
        let mut c = content();
        c.recommendations.push(c.recommendations[0].clone());
        assert_eq!(
            c.validate(&scope()).unwrap_err().code(),
            "recommendation_twice"
        );
        let mut c = content();
        c.recommendations[0].reasons = "  ".into();
        assert_eq!(c.validate(&scope()).unwrap_err().code(), "field_required");
    }

    #[test]
    fn the_plan_gives_its_embargo_unless_the_evaluation_has_one() {
        let mut c = content();
        c.plan_id = Some(5);
        let checked = c.clone().validate(&scope()).unwrap();
        assert_eq!(
            checked.embargo_until,
            Some(time::macros::date!(2027 - 03 - 01))
        );
        c.embargo_until = Some(time::macros::date!(2026 - 01 - 01));
        let checked = c.clone().validate(&scope()).unwrap();
        assert_eq!(
            checked.embargo_until,
            Some(time::macros::date!(2026 - 01 - 01))
        );
        c.plan_id = Some(6);
        assert_eq!(
            c.validate(&scope()).unwrap_err().code(),
            "evaluation_plan_unknown"
        );
    }

    #[test]
    fn publishing_needs_findings_a_summary_and_confirmation() {
        let c = content();
        assert_eq!(
            c.check_publishable(false).unwrap_err().code(),
            "publish_unconfirmed"
        );
        assert!(c.check_publishable(true).is_ok());
        let mut empty = content();
        empty.findings.clear();
        assert_eq!(
            empty.check_publishable(true).unwrap_err().code(),
            "evaluation_without_findings"
        );
    }

    #[test]
    fn the_embargo_hides_all_but_the_announcement_until_its_day() {
        use time::macros::date;
        let until = Some(date!(2027 - 01 - 15));
        let published = EvaluationStatus::Published;
        assert_eq!(
            disclosure(published, until, date!(2027 - 01 - 14), false),
            Disclosure::Announced
        );
        assert_eq!(
            disclosure(published, until, date!(2027 - 01 - 15), false),
            Disclosure::Full
        );
        assert_eq!(
            disclosure(published, until, date!(2027 - 01 - 14), true),
            Disclosure::Full
        );
        assert_eq!(
            disclosure(EvaluationStatus::Draft, None, date!(2027 - 01 - 14), false),
            Disclosure::Hidden
        );
    }

    #[test]
    fn the_summary_groups_findings_and_recommendations_by_key() {
        let mut c = content();
        c.findings.push(Finding {
            text: "Begge.".into(),
            strength: EvidenceStrength::Strong,
            exemptions: vec![
                ExemptionRef {
                    trial_id: 1,
                    exemption: 0,
                },
                ExemptionRef {
                    trial_id: 1,
                    exemption: 2,
                },
            ],
            indicator_ids: vec![],
        });
        // Exemption 0 is under provision "a", exemption 2 under "a" and "b".
        let groups = summarise(&c, |e| match e.exemption {
            0 => vec!["a"],
            _ => vec!["a", "b"],
        });
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].key, "a");
        assert_eq!(groups[0].findings, vec![0, 1]);
        assert_eq!(groups[0].by_strength[&EvidenceStrength::Strong], 1);
        assert_eq!(groups[0].by_recommendation, vec![(Recommendation::Drop, 1)]);
        assert_eq!(groups[1].findings, vec![0, 1]);
        assert!(groups[1].recommendations.is_empty());
    }
}
