//! The provision dossier: the evidence ledger of one provision of the law, rolled up from
//! what the platform knows about it — the applications that asked to be exempted from it
//! and the rule they wanted instead, the grants (narrowed or as asked), the trials that
//! used the exemption and how often, their indicator results, the evaluations' findings and
//! recommendations, the generalisation outcomes, the adoptions — with a dated timeline.
//!
//! The store gathers the rows; [`roll_up`] decides what belongs to the provision (a grant's
//! narrowed provisions if any, else the provision the applicant picked: [`concerns`]), what
//! the viewer may read (non-public parts only for the secretariat, embargoed evaluations
//! only once their day has come), the latest outcome of each exemption and which trials
//! still wait for one. Adopting a trial into a new draft is [`adoption_content`].

use std::collections::BTreeMap;

use serde::Serialize;
use time::{Date, OffsetDateTime};

use crate::application::{ApplicationContent, ApplicationStatus, Objective, RequestedExemption};
use crate::decision::GrantedExemption;
use crate::evaluation::{EvaluationKind, EvidenceStrength, Recommendation};
use crate::generalisation::OutcomeCategory;
use crate::rule::{Broken, Refusal};
use crate::trial::{ExemptionInForce, TrialStatus};

/// Whether a granted exemption waives the provision: the provisions it was narrowed to, if
/// any, else the provision the applicant picked.
pub fn concerns(grant: &GrantedExemption, provision_id: i64) -> bool {
    waived(grant).contains(&provision_id)
}

/// The provisions a granted exemption waives: those it was narrowed to, if any, else the
/// provision the applicant picked (the policy lab's gap list asks it of every trial).
pub fn waived(grant: &GrantedExemption) -> Vec<i64> {
    if grant.provision_ids.is_empty() {
        grant.requested_provision_id.into_iter().collect()
    } else {
        grant.provision_ids.clone()
    }
}

/// One submitted application's request to be exempted from the provision.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Request {
    pub application_id: i64,
    pub case_number: Option<String>,
    pub title: String,
    pub organisation: String,
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
    /// The request's place in the application's requested exemptions.
    pub exemption: usize,
    /// The provision or act as the applicant wrote it.
    pub reference: String,
    /// The catalogue's provision it names: picked by the applicant, or resolved from the
    /// reference by the citation parser. Only requests naming the dossier's provision count.
    #[serde(skip)]
    pub provision_id: Option<i64>,
    /// The rule the applicant wanted instead.
    pub desired_change: String,
    /// Whether the viewer may read the application itself (its words are shown only then).
    #[serde(skip)]
    pub visible: bool,
}

/// How often a status report said the exemption was used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportUse {
    pub period_end: Date,
    /// The granted exemption (its place in the application's requested exemptions).
    pub exemption: usize,
    pub used: bool,
    pub count: Option<u32>,
}

/// Where one indicator of a trial ended: its baseline, target and latest approved value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IndicatorResult {
    pub title: String,
    pub unit: String,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub latest: Option<f64>,
    pub latest_period_end: Option<Date>,
}

/// A trial, its exemptions and what it reported, as the store reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct TrialRecord {
    pub trial_id: i64,
    pub case_number: String,
    pub title: String,
    pub scheme_id: i64,
    pub status: TrialStatus,
    pub planned_start: Date,
    pub planned_end: Date,
    pub actual_start: Option<Date>,
    pub actual_end: Option<Date>,
    pub exemptions: Vec<ExemptionInForce>,
    /// Accepted reports' uses, already by granted exemption.
    pub uses: Vec<ReportUse>,
    pub indicators: Vec<IndicatorResult>,
}

/// An evaluation's finding about one granted exemption of a trial.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::ToSchema),
    schema(as = DossierFinding)
)]
pub struct Finding {
    pub evaluation_id: i64,
    pub evaluation_title: String,
    pub kind: EvaluationKind,
    pub trial_id: i64,
    pub exemption: usize,
    pub text: String,
    pub strength: EvidenceStrength,
    #[serde(with = "time::serde::rfc3339::option")]
    pub published_at: Option<OffsetDateTime>,
    pub embargo_until: Option<Date>,
}

/// An evaluation's recommendation about one granted exemption of a trial.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecommendationRow {
    pub evaluation_id: i64,
    pub evaluation_title: String,
    pub trial_id: i64,
    pub exemption: usize,
    pub recommendation: Recommendation,
    pub reasons: String,
    #[serde(with = "time::serde::rfc3339::option")]
    pub published_at: Option<OffsetDateTime>,
    pub embargo_until: Option<Date>,
}

/// The secretariat's generalisation outcome for one granted exemption of a trial.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutcomeRow {
    pub trial_id: i64,
    pub exemption: usize,
    pub category: OutcomeCategory,
    pub reasons: String,
    /// The resulting bill or act as cited.
    pub resulting_act: String,
    pub in_force: Option<Date>,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
}

/// An application another municipality started from one of the trials.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::ToSchema),
    schema(as = DossierAdoption)
)]
pub struct Adoption {
    pub application_id: i64,
    pub trial_id: i64,
    pub title: String,
    pub organisation: String,
    pub status: ApplicationStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub adopted_at: OffsetDateTime,
}

/// Everything the store gathered about a provision.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evidence {
    pub requests: Vec<Request>,
    pub trials: Vec<TrialRecord>,
    pub findings: Vec<Finding>,
    pub recommendations: Vec<RecommendationRow>,
    pub outcomes: Vec<OutcomeRow>,
    pub adoptions: Vec<Adoption>,
}

/// One trial's exemption from the provision, with what became of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrialLine {
    pub trial_id: i64,
    pub case_number: String,
    pub title: String,
    pub scheme_id: i64,
    pub status: TrialStatus,
    pub start: Date,
    pub end: Date,
    /// The granted exemption (its place in the application's requested exemptions).
    pub exemption: usize,
    /// The exemption as granted: the reference, and the rule the applicant wanted.
    pub reference: String,
    pub desired_change: String,
    /// Narrowed to named provisions rather than granted as asked.
    pub narrowed: bool,
    pub note: String,
    /// Accepted reports that said it was used, and the counted uses they give.
    pub reports_used: u32,
    pub times_used: u64,
    pub indicators: Vec<IndicatorResult>,
    /// The latest outcome recorded, if any.
    pub outcome: Option<OutcomeRow>,
    /// Ended, and no outcome yet.
    pub pending: bool,
}

/// What happened to the provision, on which day.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum TimelineEvent {
    Requested {
        on: Date,
        application_id: i64,
        title: String,
    },
    TrialStarted {
        on: Date,
        trial_id: i64,
        title: String,
    },
    TrialEnded {
        on: Date,
        trial_id: i64,
        title: String,
    },
    EvaluationPublished {
        on: Date,
        evaluation_id: i64,
        title: String,
    },
    OutcomeRecorded {
        on: Date,
        trial_id: i64,
        category: OutcomeCategory,
    },
    Adopted {
        on: Date,
        application_id: i64,
        title: String,
    },
}

impl TimelineEvent {
    pub fn on(&self) -> Date {
        match self {
            TimelineEvent::Requested { on, .. }
            | TimelineEvent::TrialStarted { on, .. }
            | TimelineEvent::TrialEnded { on, .. }
            | TimelineEvent::EvaluationPublished { on, .. }
            | TimelineEvent::OutcomeRecorded { on, .. }
            | TimelineEvent::Adopted { on, .. } => *on,
        }
    }
}

/// The rolled-up dossier of one provision, as one viewer may read it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Dossier {
    pub provision_id: i64,
    /// Submitted applications that asked to be exempted from it (all, counted).
    pub requested_by: u64,
    /// The requests the viewer may read.
    pub requests: Vec<Request>,
    /// The rules the applicants asked for instead, each once, as the viewer may read them
    /// (the visible requests' and the grants').
    pub desired_changes: Vec<String>,
    pub trials: Vec<TrialLine>,
    /// Exemptions granted as asked, and narrowed to named provisions.
    pub granted: u32,
    pub narrowed: u32,
    /// Findings the viewer may read, strongest evidence first.
    pub findings: Vec<Finding>,
    pub recommendations: Vec<RecommendationRow>,
    /// How many exemptions each recommendation was given for.
    pub recommendation_counts: Vec<(Recommendation, u32)>,
    /// How many exemptions ended in each outcome (the latest of each).
    pub outcome_counts: Vec<(OutcomeCategory, u32)>,
    /// Trials that have ended with the exemption and have no outcome yet.
    pub pending_trials: Vec<i64>,
    /// Every trial has ended and at least one waits for an outcome.
    pub pending: bool,
    pub adoptions: Vec<Adoption>,
    /// Oldest first.
    pub timeline: Vec<TimelineEvent>,
}

impl Dossier {
    /// Whether the platform knows anything about the provision at all.
    pub fn is_empty(&self) -> bool {
        self.requested_by == 0 && self.trials.is_empty() && self.adoptions.is_empty()
    }

    /// The findings of one strength, in the order kept.
    pub fn findings_of(&self, strength: EvidenceStrength) -> Vec<&Finding> {
        self.findings
            .iter()
            .filter(|f| f.strength == strength)
            .collect()
    }
}

/// Whether a published evaluation's content may be read by everybody on `today`.
fn public_on(
    published_at: Option<OffsetDateTime>,
    embargo_until: Option<Date>,
    today: Date,
) -> bool {
    published_at.is_some() && embargo_until.is_none_or(|until| until <= today)
}

fn strength_rank(s: EvidenceStrength) -> u8 {
    match s {
        EvidenceStrength::Strong => 0,
        EvidenceStrength::Moderate => 1,
        EvidenceStrength::Weak => 2,
        EvidenceStrength::Inconclusive => 3,
    }
}

/// Rolls the gathered evidence up into the provision's dossier. `internal`: the viewer
/// reads everything (the secretariat); otherwise only what is public on `today`, and the
/// requests' words only of the applications the viewer may read.
pub fn roll_up(provision_id: i64, evidence: Evidence, internal: bool, today: Date) -> Dossier {
    let Evidence {
        requests,
        trials,
        findings,
        recommendations,
        outcomes,
        adoptions,
    } = evidence;
    let requests: Vec<Request> = requests
        .into_iter()
        .filter(|r| r.provision_id == Some(provision_id))
        .collect();
    let requested_by = requests
        .iter()
        .map(|r| r.application_id)
        .collect::<std::collections::BTreeSet<_>>()
        .len() as u64;
    let requests: Vec<Request> = requests
        .into_iter()
        .filter(|r| internal || r.visible)
        .collect();

    // The latest outcome of each exemption.
    let mut latest: BTreeMap<(i64, usize), OutcomeRow> = BTreeMap::new();
    for o in outcomes {
        let key = (o.trial_id, o.exemption);
        if latest
            .get(&key)
            .is_none_or(|known| known.recorded_at <= o.recorded_at)
        {
            latest.insert(key, o);
        }
    }

    let mut lines = Vec::new();
    let mut timeline = Vec::new();
    for t in &trials {
        for e in t
            .exemptions
            .iter()
            .filter(|e| concerns(&e.grant, provision_id))
        {
            let g = &e.grant;
            let uses: Vec<&ReportUse> = t
                .uses
                .iter()
                .filter(|u| u.exemption == g.exemption && u.used)
                .collect();
            let outcome = latest.get(&(t.trial_id, g.exemption)).cloned();
            let ended = t.status == TrialStatus::Ended;
            lines.push(TrialLine {
                trial_id: t.trial_id,
                case_number: t.case_number.clone(),
                title: t.title.clone(),
                scheme_id: t.scheme_id,
                status: t.status,
                start: t.actual_start.unwrap_or(t.planned_start),
                end: t.actual_end.unwrap_or(t.planned_end),
                exemption: g.exemption,
                reference: g.reference.clone(),
                desired_change: g.desired_change.clone(),
                narrowed: !g.provision_ids.is_empty(),
                note: g.note.clone(),
                reports_used: uses.len() as u32,
                times_used: uses.iter().filter_map(|u| u.count).map(u64::from).sum(),
                indicators: t.indicators.clone(),
                pending: ended && outcome.is_none(),
                outcome,
            });
        }
    }
    let in_dossier = |trial_id: i64, exemption: usize| {
        lines
            .iter()
            .any(|l| l.trial_id == trial_id && l.exemption == exemption)
    };
    for t in trials
        .iter()
        .filter(|t| lines.iter().any(|l| l.trial_id == t.trial_id))
    {
        if let Some(on) = t.actual_start {
            timeline.push(TimelineEvent::TrialStarted {
                on,
                trial_id: t.trial_id,
                title: t.title.clone(),
            });
        }
        if let (Some(on), TrialStatus::Ended) = (t.actual_end, t.status) {
            timeline.push(TimelineEvent::TrialEnded {
                on,
                trial_id: t.trial_id,
                title: t.title.clone(),
            });
        }
    }

    let readable = |published_at: Option<OffsetDateTime>, embargo_until: Option<Date>| {
        if internal {
            published_at.is_some()
        } else {
            public_on(published_at, embargo_until, today)
        }
    };
    let mut findings: Vec<Finding> = findings
        .into_iter()
        .filter(|f| in_dossier(f.trial_id, f.exemption))
        .filter(|f| readable(f.published_at, f.embargo_until))
        .collect();
    findings.sort_by_key(|f| (strength_rank(f.strength), f.evaluation_id));
    let recommendations: Vec<RecommendationRow> = recommendations
        .into_iter()
        .filter(|r| in_dossier(r.trial_id, r.exemption))
        .filter(|r| readable(r.published_at, r.embargo_until))
        .collect();
    let mut published: BTreeMap<i64, (Date, String)> = BTreeMap::new();
    for (id, at, title) in findings
        .iter()
        .map(|f| (f.evaluation_id, f.published_at, &f.evaluation_title))
        .chain(
            recommendations
                .iter()
                .map(|r| (r.evaluation_id, r.published_at, &r.evaluation_title)),
        )
    {
        if let Some(at) = at {
            published.insert(id, (at.date(), title.clone()));
        }
    }
    for (evaluation_id, (on, title)) in published {
        timeline.push(TimelineEvent::EvaluationPublished {
            on,
            evaluation_id,
            title,
        });
    }

    let mut recommendation_counts: Vec<(Recommendation, u32)> = Vec::new();
    for r in &recommendations {
        match recommendation_counts
            .iter_mut()
            .find(|(c, _)| *c == r.recommendation)
        {
            Some((_, n)) => *n += 1,
            None => recommendation_counts.push((r.recommendation, 1)),
        }
    }
    let mut outcome_counts: Vec<(OutcomeCategory, u32)> = Vec::new();
    for line in &lines {
        if let Some(o) = &line.outcome {
            timeline.push(TimelineEvent::OutcomeRecorded {
                on: o.recorded_at.date(),
                trial_id: o.trial_id,
                category: o.category,
            });
            match outcome_counts.iter_mut().find(|(c, _)| *c == o.category) {
                Some((_, n)) => *n += 1,
                None => outcome_counts.push((o.category, 1)),
            }
        }
    }

    for r in &requests {
        if let Some(at) = r.submitted_at {
            timeline.push(TimelineEvent::Requested {
                on: at.date(),
                application_id: r.application_id,
                title: r.title.clone(),
            });
        }
    }
    let adoptions: Vec<Adoption> = adoptions
        .into_iter()
        .filter(|a| lines.iter().any(|l| l.trial_id == a.trial_id))
        .collect();
    for a in &adoptions {
        timeline.push(TimelineEvent::Adopted {
            on: a.adopted_at.date(),
            application_id: a.application_id,
            title: a.title.clone(),
        });
    }
    timeline.sort_by_key(TimelineEvent::on);

    let mut desired_changes: Vec<String> = Vec::new();
    for text in requests
        .iter()
        .map(|r| &r.desired_change)
        .chain(lines.iter().map(|l| &l.desired_change))
    {
        let text = text.trim();
        if !text.is_empty() && !desired_changes.iter().any(|d| d == text) {
            desired_changes.push(text.to_owned());
        }
    }
    let mut pending_trials: Vec<i64> = lines
        .iter()
        .filter(|l| l.pending)
        .map(|l| l.trial_id)
        .collect();
    pending_trials.dedup();
    let pending = !lines.is_empty()
        && lines.iter().all(|l| l.status == TrialStatus::Ended)
        && !pending_trials.is_empty();

    Dossier {
        provision_id,
        requested_by,
        requests,
        desired_changes,
        granted: lines.iter().filter(|l| !l.narrowed).count() as u32,
        narrowed: lines.iter().filter(|l| l.narrowed).count() as u32,
        trials: lines,
        findings,
        recommendations,
        recommendation_counts,
        outcome_counts,
        pending_trials,
        pending,
        adoptions,
        timeline,
    }
}

/// Why a trial cannot be adopted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AdoptionError {
    /// Only a running or ended trial has something to adopt.
    #[error("only a running or ended trial can be adopted; this one is {status}")]
    NotAdoptable { status: TrialStatus },
    /// A participant starts a new application of its own, not an adoption of its trial.
    #[error("your organisation takes part in this trial")]
    OwnTrial,
    /// No round is open that the organisation may apply in.
    #[error("no round is open for an application now")]
    NoOpenRound,
}

impl Broken for AdoptionError {
    fn code(&self) -> &'static str {
        match self {
            AdoptionError::NotAdoptable { .. } => "trial_not_adoptable",
            AdoptionError::OwnTrial => "own_trial",
            AdoptionError::NoOpenRound => "no_open_round",
        }
    }

    fn refusal(&self) -> Refusal {
        Refusal::Conflict
    }

    fn details(&self) -> serde_json::Value {
        match self {
            AdoptionError::NotAdoptable { status } => serde_json::json!({ "status": status }),
            _ => serde_json::Value::Null,
        }
    }
}

/// Whether the organisation may adopt the trial: it is running or has ended, and the
/// organisation does not take part in it.
pub fn check_adoptable(
    status: TrialStatus,
    participant_ids: &[i64],
    organisation_id: i64,
) -> Result<(), AdoptionError> {
    if !matches!(status, TrialStatus::Running | TrialStatus::Ended) {
        return Err(AdoptionError::NotAdoptable { status });
    }
    if participant_ids.contains(&organisation_id) {
        return Err(AdoptionError::OwnTrial);
    }
    Ok(())
}

/// The draft an adoption starts from: the trial's title, its granted exemptions as
/// requested exemptions (with the granted provision when there is exactly one), its
/// objectives with their indicators, and a learning goal that names the original.
/// `themes` are the new scheme's (the trial's themes belong to another scheme).
pub fn adoption_content(
    title: &str,
    case_number: &str,
    exemptions: &[ExemptionInForce],
    objectives: &[Objective],
    learning_goals: &str,
) -> ApplicationContent {
    ApplicationContent {
        title: title.chars().take(crate::application::MAX_TITLE).collect(),
        summary: String::new(),
        exemptions: exemptions
            .iter()
            .map(|e| {
                let g = &e.grant;
                let provision_id = match g.provision_ids.as_slice() {
                    [only] => Some(*only),
                    [] => g.requested_provision_id,
                    _ => g.requested_provision_id,
                };
                RequestedExemption {
                    scope: g.scope,
                    reference: g.reference.clone(),
                    desired_change: g.desired_change.clone(),
                    justification: String::new(),
                    provision_id,
                }
            })
            .collect(),
        objectives: objectives.to_vec(),
        learning_goals: if learning_goals.is_empty() {
            String::new()
        } else {
            format!("{learning_goals} ({case_number})")
        },
        ..ApplicationContent::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::ExemptionScope;
    use time::macros::{date, datetime};

    fn grant(exemption: usize, requested: Option<i64>, narrowed: &[i64]) -> ExemptionInForce {
        ExemptionInForce {
            grant: GrantedExemption {
                exemption,
                scope: ExemptionScope::Provision,
                reference: format!("§ {exemption}"),
                desired_change: format!("rule {exemption}"),
                requested_provision_id: requested,
                provision_ids: narrowed.to_vec(),
                note: String::new(),
            },
            legal_basis_end: None,
        }
    }

    fn trial(id: i64, status: TrialStatus, exemptions: Vec<ExemptionInForce>) -> TrialRecord {
        TrialRecord {
            trial_id: id,
            case_number: format!("T-{id}"),
            title: format!("Trial {id}"),
            scheme_id: 1,
            status,
            planned_start: date!(2020 - 01 - 01),
            planned_end: date!(2023 - 12 - 31),
            actual_start: Some(date!(2020 - 01 - 01)),
            actual_end: (status == TrialStatus::Ended).then_some(date!(2023 - 12 - 31)),
            exemptions,
            uses: vec![],
            indicators: vec![],
        }
    }

    fn outcome(
        trial_id: i64,
        exemption: usize,
        category: OutcomeCategory,
        at: OffsetDateTime,
    ) -> OutcomeRow {
        OutcomeRow {
            trial_id,
            exemption,
            category,
            reasons: String::new(),
            resulting_act: String::new(),
            in_force: None,
            recorded_at: at,
        }
    }

    #[test]
    fn a_grant_concerns_its_narrowed_provisions_else_the_requested_one() {
        assert!(concerns(&grant(0, Some(7), &[]).grant, 7));
        assert!(!concerns(&grant(0, Some(7), &[8]).grant, 7));
        assert!(concerns(&grant(0, Some(7), &[8, 9]).grant, 9));
        assert!(!concerns(&grant(0, None, &[]).grant, 7));
    }

    #[test]
    fn roll_up_counts_uses_latest_outcomes_and_pending_trials() {
        let mut t1 = trial(
            1,
            TrialStatus::Ended,
            vec![grant(0, Some(7), &[]), grant(1, Some(8), &[])],
        );
        t1.uses = vec![
            ReportUse {
                period_end: date!(2021 - 12 - 31),
                exemption: 0,
                used: true,
                count: Some(4),
            },
            ReportUse {
                period_end: date!(2022 - 12 - 31),
                exemption: 0,
                used: true,
                count: Some(6),
            },
            ReportUse {
                period_end: date!(2022 - 12 - 31),
                exemption: 1,
                used: true,
                count: Some(99),
            },
        ];
        let t2 = trial(2, TrialStatus::Ended, vec![grant(0, Some(3), &[7])]);
        let t3 = trial(3, TrialStatus::Running, vec![grant(0, Some(9), &[])]);
        let evidence = Evidence {
            requests: vec![
                Request {
                    application_id: 10,
                    case_number: None,
                    title: "A".into(),
                    organisation: "Aarhus".into(),
                    submitted_at: Some(datetime!(2019-05-01 10:00 UTC)),
                    exemption: 0,
                    reference: "§ 1".into(),
                    provision_id: Some(7),
                    desired_change: "Free choice".into(),
                    visible: true,
                },
                Request {
                    application_id: 11,
                    case_number: None,
                    title: "B".into(),
                    organisation: "Odense".into(),
                    submitted_at: Some(datetime!(2019-05-02 10:00 UTC)),
                    exemption: 2,
                    reference: "§ 2".into(),
                    provision_id: Some(7),
                    desired_change: "Secret wish".into(),
                    visible: false,
                },
                Request {
                    application_id: 12,
                    case_number: None,
                    title: "C".into(),
                    organisation: "Vejle".into(),
                    submitted_at: None,
                    exemption: 0,
                    reference: "§ 3".into(),
                    provision_id: Some(8),
                    desired_change: "Another rule".into(),
                    visible: true,
                },
            ],
            trials: vec![t1, t2, t3],
            outcomes: vec![
                outcome(
                    1,
                    0,
                    OutcomeCategory::NotSpread,
                    datetime!(2024-01-01 10:00 UTC),
                ),
                outcome(
                    1,
                    0,
                    OutcomeCategory::SpreadFully,
                    datetime!(2024-06-01 10:00 UTC),
                ),
                outcome(
                    1,
                    1,
                    OutcomeCategory::NotSpread,
                    datetime!(2024-06-01 10:00 UTC),
                ),
            ],
            ..Evidence::default()
        };
        let d = roll_up(7, evidence.clone(), false, date!(2025 - 01 - 01));
        assert_eq!(d.requested_by, 2);
        assert_eq!(
            d.requests.len(),
            1,
            "the public reads only visible requests"
        );
        assert_eq!(d.trials.len(), 2, "trial 3 waives another provision");
        assert_eq!((d.granted, d.narrowed), (1, 1));
        let first = &d.trials[0];
        assert_eq!((first.reports_used, first.times_used), (2, 10));
        assert_eq!(
            first.outcome.as_ref().map(|o| o.category),
            Some(OutcomeCategory::SpreadFully),
            "the latest outcome counts"
        );
        assert_eq!(d.outcome_counts, vec![(OutcomeCategory::SpreadFully, 1)]);
        assert_eq!(d.pending_trials, vec![2]);
        assert!(d.pending);
        assert!(d.desired_changes.contains(&"Free choice".to_owned()));
        assert!(!d.desired_changes.contains(&"Secret wish".to_owned()));
        assert!(d.timeline.windows(2).all(|w| w[0].on() <= w[1].on()));

        let internal = roll_up(7, evidence, true, date!(2025 - 01 - 01));
        assert_eq!(internal.requests.len(), 2);
    }

    #[test]
    fn embargoed_findings_are_hidden_from_the_public_until_their_day() {
        let t = trial(1, TrialStatus::Ended, vec![grant(0, Some(7), &[])]);
        let finding = |id, strength, embargo_until| Finding {
            evaluation_id: id,
            evaluation_title: format!("E{id}"),
            kind: EvaluationKind::Results,
            trial_id: 1,
            exemption: 0,
            text: String::new(),
            strength,
            published_at: Some(datetime!(2024-01-01 10:00 UTC)),
            embargo_until,
        };
        let mut draft = finding(3, EvidenceStrength::Strong, None);
        draft.published_at = None;
        let evidence = Evidence {
            trials: vec![t],
            findings: vec![
                finding(1, EvidenceStrength::Weak, None),
                finding(2, EvidenceStrength::Strong, Some(date!(2027 - 01 - 01))),
                draft,
            ],
            ..Evidence::default()
        };
        let public = roll_up(7, evidence.clone(), false, date!(2026 - 01 - 01));
        assert_eq!(public.findings.len(), 1);
        let later = roll_up(7, evidence.clone(), false, date!(2027 - 01 - 01));
        assert_eq!(later.findings[0].evaluation_id, 2, "strongest first");
        let internal = roll_up(7, evidence, true, date!(2026 - 01 - 01));
        assert_eq!(
            internal.findings.len(),
            2,
            "drafts are never in the dossier"
        );
        assert!(!internal.pending || internal.pending_trials == vec![1]);
    }

    #[test]
    fn a_running_trial_keeps_the_provision_from_pending() {
        let evidence = Evidence {
            trials: vec![
                trial(1, TrialStatus::Ended, vec![grant(0, Some(7), &[])]),
                trial(2, TrialStatus::Running, vec![grant(0, Some(7), &[])]),
            ],
            ..Evidence::default()
        };
        let d = roll_up(7, evidence, false, date!(2025 - 01 - 01));
        assert_eq!(d.pending_trials, vec![1]);
        assert!(!d.pending);
    }

    #[test]
    fn adoption_is_for_running_or_ended_trials_of_others() {
        assert_eq!(
            check_adoptable(TrialStatus::Planned, &[1], 2),
            Err(AdoptionError::NotAdoptable {
                status: TrialStatus::Planned
            })
        );
        assert_eq!(
            check_adoptable(TrialStatus::Running, &[1], 1),
            Err(AdoptionError::OwnTrial)
        );
        assert_eq!(check_adoptable(TrialStatus::Ended, &[1], 2), Ok(()));
        let content = adoption_content(
            "Trial",
            "T-1",
            &[grant(0, Some(7), &[8]), grant(1, Some(9), &[])],
            &[Objective {
                indicator: "x".into(),
                ..Objective::default()
            }],
            "",
        );
        assert_eq!(content.exemptions[0].provision_id, Some(8));
        assert_eq!(content.exemptions[1].provision_id, Some(9));
        assert_eq!(content.exemptions[1].desired_change, "rule 1");
        assert_eq!(content.objectives.len(), 1);
    }
}
