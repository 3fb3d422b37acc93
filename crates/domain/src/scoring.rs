//! Assessment arithmetic: criterion scores, bonuses, totals and the ranking of a round.
//!
//! Everything here is a pure function of its inputs, so the secretariat can be shown
//! exactly how a total came about, and every rule can be tested with worked examples.
//!
//! # Scores
//!
//! Each assessor gives each criterion of the scheme a whole number from 0 to the scheme's
//! `score_scale_max`, with a comment. A score outside the scale, an unknown criterion or a
//! criterion scored twice by the same assessor is refused with a [`ScoringError`].
//!
//! # The arithmetic
//!
//! 1. **Criterion value.** For each criterion `c`, its value `v_c` is the secretariat's
//!    consensus score when one is given; otherwise the mean of the scores of the assessors
//!    who scored it. Assessors who did not score it are left out of that mean and the
//!    criterion is marked incomplete. A criterion nobody scored and without consensus has no
//!    value at all; it is never counted as zero.
//! 2. **Weighted score.** The normalised weighted mean over the criteria that have a value:
//!    `weighted = Σ w_c × v_c / Σ w_c`, both sums over valued criteria only. It stays on
//!    the scheme's scale (0 to `score_scale_max`), whatever the weights add up to.
//! 3. **Total.** `total = weighted + Σ points of the bonuses that apply`. Bonuses are
//!    points on the same scale and come from the scheme's rules.
//!
//! An assessment is complete when every criterion has either a consensus score or a score
//! from every assessor; otherwise `missing` names the criteria short of scores.
//!
//! # Ranking
//!
//! Totals are compared to two decimals, the precision shown to people, so that totals
//! which look equal are equal. Ties share a rank (standard competition ranking: 1, 2, 2,
//! 4) and are flagged. Incomplete applications are placed after all complete ones, because
//! their total may still move either way; they are ranked among themselves, flagged, and
//! never counted within the round's line. Applications with no total at all come last,
//! without a rank. The line is the round's target number of trials: a complete application
//! is within the line when its rank is at most the target, so a tie across the line puts
//! the whole tied group within it and is flagged for the secretariat to settle.
//!
//! # Spread between assessors
//!
//! For each criterion, the spread is the highest minus the lowest score the assessors
//! gave it (two scores at least); overall, the highest minus the lowest of each assessor's
//! own weighted score, over the assessors who scored every criterion. A spread is
//! flagged when it is more than [`SPREAD_FLAG_SHARE`] of the scale: on a scale to 5, a
//! criterion two points apart or more. The secretariat sees it and may ask the assessors
//! for a consensus.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::application::Application;
use crate::scheme::Rules;

/// The longest comment an assessor may write on one score.
pub const MAX_COMMENT_CHARS: usize = 4_000;

/// One assessor's score on one criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Score {
    pub criterion: String,
    /// Signed, so that a negative number is refused by name rather than by the parser.
    pub score: i64,
    #[serde(default)]
    pub comment: String,
}

/// Everything one assigned assessor has scored so far, possibly nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessorScores {
    pub assessor_id: i64,
    #[serde(default)]
    pub scores: Vec<Score>,
}

/// Why a score or a set of scores was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum ScoringError {
    #[error("the score {score} for {criterion:?} is outside the scale 0 to {max}")]
    OutOfScale {
        criterion: String,
        score: i64,
        max: u32,
    },
    #[error("{criterion:?} is not a criterion of this scheme")]
    UnknownCriterion { criterion: String },
    #[error("{criterion:?} is scored more than once by assessor {assessor_id:?}")]
    DuplicateScore {
        criterion: String,
        /// `None` for the secretariat's consensus.
        assessor_id: Option<i64>,
    },
    #[error("the comment on {criterion:?} is longer than {max_chars} characters")]
    CommentTooLong { criterion: String, max_chars: usize },
    #[error("the scheme has no criteria to score")]
    NoCriteria,
}

impl ScoringError {
    /// A stable machine code for the error.
    pub fn code(&self) -> &'static str {
        match self {
            ScoringError::OutOfScale { .. } => "score_out_of_scale",
            ScoringError::UnknownCriterion { .. } => "unknown_criterion",
            ScoringError::DuplicateScore { .. } => "duplicate_score",
            ScoringError::CommentTooLong { .. } => "field_too_long",
            ScoringError::NoCriteria => "no_criteria",
        }
    }
}

/// Checks one score against the scheme: a known criterion, a score on the scale and a
/// comment of reasonable length.
pub fn validate_score(rules: &Rules, score: &Score) -> Result<(), ScoringError> {
    if !rules.criteria.iter().any(|c| c.name == score.criterion) {
        return Err(ScoringError::UnknownCriterion {
            criterion: score.criterion.clone(),
        });
    }
    if !(0..=i64::from(rules.score_scale_max)).contains(&score.score) {
        return Err(ScoringError::OutOfScale {
            criterion: score.criterion.clone(),
            score: score.score,
            max: rules.score_scale_max,
        });
    }
    if score.comment.chars().count() > MAX_COMMENT_CHARS {
        return Err(ScoringError::CommentTooLong {
            criterion: score.criterion.clone(),
            max_chars: MAX_COMMENT_CHARS,
        });
    }
    Ok(())
}

/// Checks a set of scores from one assessor (`Some(id)`) or the secretariat's consensus
/// (`None`): each score valid, and no criterion scored twice.
pub fn validate_scores(
    rules: &Rules,
    assessor_id: Option<i64>,
    scores: &[Score],
) -> Result<(), ScoringError> {
    let mut seen = BTreeSet::new();
    for score in scores {
        validate_score(rules, score)?;
        if !seen.insert(score.criterion.as_str()) {
            return Err(ScoringError::DuplicateScore {
                criterion: score.criterion.clone(),
                assessor_id,
            });
        }
    }
    Ok(())
}

/// The bonuses a scheme can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum BonusKind {
    Network,
    PriorityTheme,
    MeasurableObjective,
}

/// Why a bonus did or did not apply, with the facts behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum BonusReason {
    /// More than one distinct organisation applies together.
    Network { organisations: usize },
    /// Only the lead applies.
    SingleOrganisation { organisations: usize },
    /// These application themes are among the scheme's priority themes.
    PriorityThemesMatched { theme_ids: Vec<i64> },
    /// None of the application's themes is a priority theme.
    NoPriorityTheme { theme_ids: Vec<i64> },
    /// These objectives have an indicator, a unit, a baseline and a target.
    MeasurableObjectives { indicators: Vec<String> },
    /// No objective is measurable; `objectives` counts those written.
    NoMeasurableObjective { objectives: usize },
}

/// One bonus: whether it applies, the points it adds and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Bonus {
    pub kind: BonusKind,
    pub applied: bool,
    /// The points added to the total: the rules' points when applied, otherwise 0.
    pub points: f64,
    /// The points the rules give for this bonus, applied or not.
    pub available: f64,
    pub reason: BonusReason,
}

impl Bonus {
    fn new(kind: BonusKind, applied: bool, available: f64, reason: BonusReason) -> Self {
        Bonus {
            kind,
            applied,
            points: if applied { available } else { 0.0 },
            available,
            reason,
        }
    }
}

/// The three bonuses for an application, computed from the application itself.
/// `priority_theme_ids` are the ids of the scheme's themes marked as priority.
pub fn bonuses(rules: &Rules, application: &Application, priority_theme_ids: &[i64]) -> Vec<Bonus> {
    // Distinct organisations, so a lead listed again as a member does not make a network.
    let organisations = application.participants().len();
    let network = if organisations > 1 {
        Bonus::new(
            BonusKind::Network,
            true,
            rules.network_bonus,
            BonusReason::Network { organisations },
        )
    } else {
        Bonus::new(
            BonusKind::Network,
            false,
            rules.network_bonus,
            BonusReason::SingleOrganisation { organisations },
        )
    };

    let themes: BTreeSet<i64> = application.content.themes.iter().copied().collect();
    let priority: BTreeSet<i64> = priority_theme_ids.iter().copied().collect();
    let matched: Vec<i64> = themes.intersection(&priority).copied().collect();
    let priority_theme = if matched.is_empty() {
        Bonus::new(
            BonusKind::PriorityTheme,
            false,
            rules.priority_theme_bonus,
            BonusReason::NoPriorityTheme {
                theme_ids: themes.into_iter().collect(),
            },
        )
    } else {
        Bonus::new(
            BonusKind::PriorityTheme,
            true,
            rules.priority_theme_bonus,
            BonusReason::PriorityThemesMatched { theme_ids: matched },
        )
    };

    let objectives = &application.content.objectives;
    let indicators: Vec<String> = objectives
        .iter()
        .filter(|o| o.is_measurable())
        .map(|o| o.indicator.trim().to_owned())
        .collect();
    let objective = if indicators.is_empty() {
        Bonus::new(
            BonusKind::MeasurableObjective,
            false,
            rules.objective_bonus,
            BonusReason::NoMeasurableObjective {
                objectives: objectives.len(),
            },
        )
    } else {
        Bonus::new(
            BonusKind::MeasurableObjective,
            true,
            rules.objective_bonus,
            BonusReason::MeasurableObjectives { indicators },
        )
    };

    vec![network, priority_theme, objective]
}

/// One assessor's score as it appears in a criterion's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GivenScore {
    pub assessor_id: i64,
    pub score: i64,
    pub comment: String,
}

/// Where a criterion's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ValueSource {
    /// The secretariat's consensus score replaces the assessors' mean.
    Consensus,
    /// The mean of the assessors who scored the criterion.
    Mean,
    /// Nobody scored the criterion; it is left out of the weighted score.
    Missing,
}

/// The scores on one criterion and the value that counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CriterionResult {
    pub criterion: String,
    pub weight: f64,
    pub scores: Vec<GivenScore>,
    /// Assessors who have not scored this criterion.
    pub missing_assessors: Vec<i64>,
    /// The mean of the given scores; `None` when there are none.
    pub mean: Option<f64>,
    pub consensus: Option<Score>,
    /// The value used in the weighted score: the consensus, else the mean.
    pub value: Option<f64>,
    pub source: ValueSource,
    /// A consensus, or a score from every assessor.
    pub complete: bool,
}

/// An application's scores, bonuses and total, with what is still missing.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Assessment {
    pub criteria: Vec<CriterionResult>,
    /// The normalised weighted mean on the scale; `None` when no criterion has a value.
    pub weighted_score: Option<f64>,
    pub bonuses: Vec<Bonus>,
    pub bonus_points: f64,
    /// `weighted_score` plus `bonus_points`; `None` when no criterion has a value.
    pub total: Option<f64>,
    /// The criteria without a consensus and short of a score from some assessor.
    pub missing: Vec<String>,
    pub complete: bool,
}

/// Computes an application's assessment from the assessors' scores, the secretariat's
/// consensus scores (possibly none) and the bonuses from [`bonuses`].
pub fn assess(
    rules: &Rules,
    assessors: &[AssessorScores],
    consensus: &[Score],
    bonuses: Vec<Bonus>,
) -> Result<Assessment, ScoringError> {
    if rules.criteria.is_empty() {
        return Err(ScoringError::NoCriteria);
    }
    for a in assessors {
        validate_scores(rules, Some(a.assessor_id), &a.scores)?;
    }
    validate_scores(rules, None, consensus)?;

    let mut criteria = Vec::with_capacity(rules.criteria.len());
    for c in &rules.criteria {
        let mut scores = Vec::new();
        let mut missing_assessors = Vec::new();
        for a in assessors {
            match a.scores.iter().find(|s| s.criterion == c.name) {
                Some(s) => scores.push(GivenScore {
                    assessor_id: a.assessor_id,
                    score: s.score,
                    comment: s.comment.clone(),
                }),
                None => missing_assessors.push(a.assessor_id),
            }
        }
        let mean = (!scores.is_empty()).then(|| {
            let sum: i64 = scores.iter().map(|s| s.score).sum();
            sum as f64 / scores.len() as f64
        });
        let consensus = consensus.iter().find(|s| s.criterion == c.name).cloned();
        let (value, source) = match (&consensus, mean) {
            (Some(s), _) => (Some(s.score as f64), ValueSource::Consensus),
            (None, Some(m)) => (Some(m), ValueSource::Mean),
            (None, None) => (None, ValueSource::Missing),
        };
        // Without any assessor there is nobody to wait for, but also no score.
        let complete = consensus.is_some() || (missing_assessors.is_empty() && mean.is_some());
        criteria.push(CriterionResult {
            criterion: c.name.clone(),
            weight: c.weight,
            scores,
            missing_assessors,
            mean,
            consensus,
            value,
            source,
            complete,
        });
    }

    let (weighted_sum, weight_sum) = criteria
        .iter()
        .filter_map(|c| c.value.map(|v| (c.weight * v, c.weight)))
        .fold((0.0, 0.0), |(s, w), (cs, cw)| (s + cs, w + cw));
    let weighted_score = (weight_sum > 0.0).then(|| weighted_sum / weight_sum);
    let bonus_points: f64 = bonuses.iter().map(|b| b.points).sum();
    let total = weighted_score.map(|w| w + bonus_points);
    let missing: Vec<String> = criteria
        .iter()
        .filter(|c| !c.complete)
        .map(|c| c.criterion.clone())
        .collect();
    Ok(Assessment {
        complete: missing.is_empty(),
        criteria,
        weighted_score,
        bonuses,
        bonus_points,
        total,
        missing,
    })
}

/// A total rounded to two decimals, the precision shown and compared in rankings.
pub fn round_total(total: f64) -> f64 {
    hundredths(total) as f64 / 100.0
}

/// A total in whole hundredths: an exact key, so equal-looking totals compare equal.
fn hundredths(total: f64) -> i64 {
    // Totals are small (scale max 100 plus bonuses), so the cast cannot overflow.
    (total * 100.0).round() as i64
}

/// One application to be ranked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankInput {
    pub application_id: i64,
    pub total: Option<f64>,
    pub complete: bool,
}

impl RankInput {
    /// The ranking input for an assessed application.
    pub fn from_assessment(application_id: i64, assessment: &Assessment) -> Self {
        RankInput {
            application_id,
            total: assessment.total,
            complete: assessment.complete,
        }
    }
}

/// One application's place in the round's ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RankedEntry {
    pub application_id: i64,
    /// Standard competition rank; `None` when there is no total to rank by.
    pub rank: Option<u32>,
    /// The total rounded to two decimals.
    pub total: Option<f64>,
    pub complete: bool,
    /// Shares its rank with another application.
    pub tied: bool,
    /// Complete and ranked at or above the round's target number of trials.
    pub within_line: bool,
    /// Part of a tied group that straddles the line.
    pub tie_across_line: bool,
}

/// A round's ranking against its target number of trials.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranking {
    pub target_trials: u32,
    /// Best first: complete applications, then incomplete, then those without a total.
    pub entries: Vec<RankedEntry>,
    /// How many applications are within the line; more than the target when a tie
    /// straddles it.
    pub within_line: usize,
    /// A tie straddles the line and needs the secretariat's decision.
    pub tie_across_line: bool,
}

/// Ranks a round's applications by total, best first; see the module comment for the
/// rules on ties, incomplete scores and the line.
pub fn rank(inputs: &[RankInput], target_trials: u32) -> Ranking {
    // Complete first, then incomplete, then no total; within a group by total descending,
    // then by id so the order is stable.
    let group = |i: &RankInput| match (i.total, i.complete) {
        (Some(_), true) => 0,
        (Some(_), false) => 1,
        (None, _) => 2,
    };
    let key = |i: &RankInput| i.total.map(hundredths);
    let mut sorted: Vec<&RankInput> = inputs.iter().collect();
    sorted.sort_by(|a, b| {
        group(a)
            .cmp(&group(b))
            .then_with(|| key(b).cmp(&key(a)))
            .then_with(|| a.application_id.cmp(&b.application_id))
    });

    let mut entries: Vec<RankedEntry> = Vec::with_capacity(sorted.len());
    for (position, input) in sorted.iter().enumerate() {
        let rank = input.total.map(|_| {
            let same_as_previous = position > 0 && {
                let prev = sorted[position - 1];
                group(prev) == group(input) && key(prev) == key(input)
            };
            if same_as_previous {
                entries[position - 1].rank.unwrap_or(1)
            } else {
                u32::try_from(position + 1).unwrap_or(u32::MAX)
            }
        });
        entries.push(RankedEntry {
            application_id: input.application_id,
            rank,
            total: input.total.map(round_total),
            complete: input.complete && input.total.is_some(),
            tied: false,
            within_line: false,
            tie_across_line: false,
        });
    }

    // A rank shared by more than one entry is a tie.
    for i in 0..entries.len() {
        let Some(r) = entries[i].rank else { continue };
        let shared = |j: usize| {
            entries
                .get(j)
                .is_some_and(|e| e.rank == Some(r) && e.complete == entries[i].complete)
        };
        entries[i].tied = (i > 0 && shared(i - 1)) || shared(i + 1);
    }

    for e in &mut entries {
        e.within_line = e.complete && e.rank.is_some_and(|r| r <= target_trials);
    }
    let within_line = entries.iter().filter(|e| e.within_line).count();
    let target = usize::try_from(target_trials).unwrap_or(usize::MAX);
    // The line straddles a tied group when the group starts within it but ends beyond.
    for i in 0..entries.len() {
        if !(entries[i].within_line && entries[i].tied) {
            continue;
        }
        let Some(r) = entries[i].rank else { continue };
        let group_size = entries
            .iter()
            .filter(|e| e.complete && e.rank == Some(r))
            .count();
        // A group ranked r fills places r to r + size - 1.
        let last_place = usize::try_from(r).unwrap_or(usize::MAX) - 1 + group_size;
        entries[i].tie_across_line = last_place > target;
    }
    let tie_across_line = entries.iter().any(|e| e.tie_across_line);

    Ranking {
        target_trials,
        entries,
        within_line,
        tie_across_line,
    }
}

/// The share of the scale above which a spread between assessors is flagged.
pub const SPREAD_FLAG_SHARE: f64 = 0.3;

/// How far apart the assessors' scores on one criterion lie.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CriterionSpread {
    pub criterion: String,
    /// How many assessors scored it.
    pub scores: usize,
    pub lowest: Option<i64>,
    pub highest: Option<i64>,
    /// Highest minus lowest; `None` with fewer than two scores.
    pub spread: Option<i64>,
    pub flagged: bool,
}

/// How far apart the assessors' own weighted scores lie.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OverallSpread {
    /// How many assessors scored every criterion.
    pub assessors: usize,
    pub lowest: f64,
    pub highest: f64,
    /// Highest minus lowest, to two decimals.
    pub spread: f64,
    pub flagged: bool,
}

/// The spread between the assessors of one application, per criterion and overall.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Spread {
    /// A spread above this many points is flagged.
    pub threshold: f64,
    pub criteria: Vec<CriterionSpread>,
    /// `None` until two assessors have scored every criterion.
    pub overall: Option<OverallSpread>,
    /// Some criterion, or the overall score, is flagged.
    pub flagged: bool,
}

/// One assessor's own weighted score: the normalised weighted mean of their scores, when
/// they scored every criterion.
fn own_weighted(rules: &Rules, assessor: &AssessorScores) -> Option<f64> {
    let mut sum = 0.0;
    let mut weights = 0.0;
    for c in &rules.criteria {
        let s = assessor.scores.iter().find(|s| s.criterion == c.name)?;
        sum += c.weight * s.score as f64;
        weights += c.weight;
    }
    (weights > 0.0).then(|| sum / weights)
}

/// Computes the spread between the assessors whose scores count (see the module's
/// documentation).
pub fn spread(rules: &Rules, assessors: &[AssessorScores]) -> Spread {
    let threshold = SPREAD_FLAG_SHARE * f64::from(rules.score_scale_max);
    let criteria: Vec<CriterionSpread> = rules
        .criteria
        .iter()
        .map(|c| {
            let given: Vec<i64> = assessors
                .iter()
                .filter_map(|a| a.scores.iter().find(|s| s.criterion == c.name))
                .map(|s| s.score)
                .collect();
            let lowest = given.iter().copied().min();
            let highest = given.iter().copied().max();
            let spread = match (lowest, highest) {
                (Some(l), Some(h)) if given.len() >= 2 => Some(h - l),
                _ => None,
            };
            CriterionSpread {
                criterion: c.name.clone(),
                scores: given.len(),
                lowest,
                highest,
                spread,
                flagged: spread.is_some_and(|s| s as f64 > threshold),
            }
        })
        .collect();
    let own: Vec<f64> = assessors
        .iter()
        .filter_map(|a| own_weighted(rules, a))
        .collect();
    let overall = (own.len() >= 2).then(|| {
        let lowest = own.iter().copied().fold(f64::INFINITY, f64::min);
        let highest = own.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let spread = round_total(highest - lowest);
        OverallSpread {
            assessors: own.len(),
            lowest: round_total(lowest),
            highest: round_total(highest),
            spread,
            flagged: spread > threshold,
        }
    });
    let flagged = criteria.iter().any(|c| c.flagged) || overall.as_ref().is_some_and(|o| o.flagged);
    Spread {
        threshold,
        criteria,
        overall,
        flagged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::{ApplicationContent, ApplicationStatus, Objective};
    use crate::country::Country;
    use crate::organisation::OrganisationRef;
    use crate::scheme::Criterion;
    use time::OffsetDateTime;

    const AMBITIOUS: &str = "ambitious";
    const FOCUSED: &str = "focused";
    const COHERENT: &str = "coherent";
    const NEW_THINKING: &str = "potential for new thinking or simplification";

    /// The DK 2019 criteria, ambitious counting double, on a 0–5 scale, with bonuses
    /// network 0.5, priority theme 0.5 and measurable objective 0.25.
    fn dk_rules() -> Rules {
        let criterion = |name: &str, weight: f64| Criterion {
            name: name.into(),
            description: String::new(),
            weight,
        };
        Rules {
            criteria: vec![
                criterion(AMBITIOUS, 2.0),
                criterion(FOCUSED, 1.0),
                criterion(COHERENT, 1.0),
                criterion(NEW_THINKING, 1.0),
            ],
            network_bonus: 0.5,
            priority_theme_bonus: 0.5,
            objective_bonus: 0.25,
            score_scale_max: 5,
            ..Rules::default()
        }
    }

    fn score(criterion: &str, score: i64) -> Score {
        Score {
            criterion: criterion.into(),
            score,
            comment: format!("{criterion}: {score}"),
        }
    }

    /// An assessor's scores in the order ambitious, focused, coherent, new thinking;
    /// `None` leaves that criterion unscored.
    fn assessor(id: i64, scores: [Option<i64>; 4]) -> AssessorScores {
        AssessorScores {
            assessor_id: id,
            scores: [AMBITIOUS, FOCUSED, COHERENT, NEW_THINKING]
                .into_iter()
                .zip(scores)
                .filter_map(|(c, s)| s.map(|s| score(c, s)))
                .collect(),
        }
    }

    fn org(id: i64) -> OrganisationRef {
        OrganisationRef {
            id,
            country: Country::Dk,
            code: format!("{id}"),
            name: format!("Kommune {id}"),
        }
    }

    fn application(members: &[i64], themes: &[i64], objectives: Vec<Objective>) -> Application {
        Application {
            id: 1,
            scheme_id: 1,
            round_id: 1,
            lead: org(101),
            members: members.iter().copied().map(org).collect(),
            status: ApplicationStatus::Submitted,
            version: 1,
            case_number: None,
            content: ApplicationContent {
                themes: themes.to_vec(),
                objectives,
                ..ApplicationContent::default()
            },
            created_at: OffsetDateTime::UNIX_EPOCH,
            updated_at: OffsetDateTime::UNIX_EPOCH,
            submitted_at: None,
            withdrawn_at: None,
            rules_version: None,
            eligibility: None,
        }
    }

    fn measurable() -> Objective {
        Objective {
            indicator: "Days from referral to first visit".into(),
            unit: "days".into(),
            baseline: Some(21.0),
            target: Some(7.0),
            target_date: None,
        }
    }

    /// A network of two on priority theme 7 with a measurable objective: all bonuses.
    fn all_bonuses() -> Vec<Bonus> {
        bonuses(
            &dk_rules(),
            &application(&[102], &[3, 7], vec![measurable()]),
            &[7, 9],
        )
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn worked_example_two_assessors_with_all_bonuses() {
        // Assessor 1: ambitious 4, focused 3, coherent 5, new thinking 2.
        // Assessor 2: ambitious 5, focused 3, coherent 4, new thinking 3.
        // Means: ambitious 4.5, focused 3.0, coherent 4.5, new thinking 2.5.
        // Weighted: (2×4.5 + 1×3.0 + 1×4.5 + 1×2.5) / (2+1+1+1) = 19 / 5 = 3.80.
        // Bonuses: network 0.5 + priority theme 0.5 + measurable objective 0.25 = 1.25.
        // Total: 3.80 + 1.25 = 5.05.
        let a = assess(
            &dk_rules(),
            &[
                assessor(1, [Some(4), Some(3), Some(5), Some(2)]),
                assessor(2, [Some(5), Some(3), Some(4), Some(3)]),
            ],
            &[],
            all_bonuses(),
        )
        .unwrap();
        let means: Vec<f64> = a.criteria.iter().map(|c| c.mean.unwrap()).collect();
        assert_eq!(means, [4.5, 3.0, 4.5, 2.5]);
        assert!(close(a.weighted_score.unwrap(), 3.8));
        assert!(close(a.bonus_points, 1.25));
        assert_eq!(round_total(a.total.unwrap()), 5.05);
        assert!(a.complete);
        assert!(a.missing.is_empty());
        assert!(a.criteria.iter().all(|c| c.source == ValueSource::Mean));
    }

    #[test]
    fn bonuses_say_why_they_apply() {
        let b = all_bonuses();
        assert_eq!(b.len(), 3);
        assert!(b.iter().all(|b| b.applied && b.points == b.available));
        assert_eq!(b[0].reason, BonusReason::Network { organisations: 2 });
        assert_eq!(
            b[1].reason,
            BonusReason::PriorityThemesMatched { theme_ids: vec![7] }
        );
        assert_eq!(
            b[2].reason,
            BonusReason::MeasurableObjectives {
                indicators: vec!["Days from referral to first visit".into()]
            }
        );
    }

    #[test]
    fn bonuses_say_why_they_do_not_apply() {
        // The lead listed again as a member is still one organisation.
        let vague = Objective {
            indicator: "Happier citizens".into(),
            ..Objective::default()
        };
        let b = bonuses(&dk_rules(), &application(&[101], &[3], vec![vague]), &[7]);
        assert!(b.iter().all(|b| !b.applied && b.points == 0.0));
        assert_eq!(
            b[0].reason,
            BonusReason::SingleOrganisation { organisations: 1 }
        );
        assert_eq!(b[0].available, 0.5);
        assert_eq!(
            b[1].reason,
            BonusReason::NoPriorityTheme { theme_ids: vec![3] }
        );
        assert_eq!(
            b[2].reason,
            BonusReason::NoMeasurableObjective { objectives: 1 }
        );
    }

    #[test]
    fn a_score_missing_from_one_assessor_is_left_out_of_the_mean_and_shown() {
        // Assessor 2 has not scored coherent, so coherent's mean is assessor 1's 5 alone.
        // Weighted: (2×4.5 + 3.0 + 5.0 + 2.5) / 5 = 19.5 / 5 = 3.90; no bonuses.
        let a = assess(
            &dk_rules(),
            &[
                assessor(1, [Some(4), Some(3), Some(5), Some(2)]),
                assessor(2, [Some(5), Some(3), None, Some(3)]),
            ],
            &[],
            Vec::new(),
        )
        .unwrap();
        assert_eq!(round_total(a.total.unwrap()), 3.9);
        assert!(!a.complete);
        assert_eq!(a.missing, [COHERENT]);
        assert_eq!(a.criteria[2].missing_assessors, [2]);
        assert_eq!(a.criteria[2].mean, Some(5.0));
    }

    #[test]
    fn a_criterion_nobody_scored_is_left_out_not_counted_as_zero() {
        // Nobody scored new thinking, so it leaves both sums.
        // Weighted: (2×4.5 + 3.0 + 4.5) / (2+1+1) = 16.5 / 4 = 4.125, shown as 4.13.
        // Counting it as zero would have given 16.5 / 5 = 3.30.
        let a = assess(
            &dk_rules(),
            &[
                assessor(1, [Some(4), Some(3), Some(5), None]),
                assessor(2, [Some(5), Some(3), Some(4), None]),
            ],
            &[],
            Vec::new(),
        )
        .unwrap();
        assert!(close(a.total.unwrap(), 4.125));
        assert_eq!(round_total(a.total.unwrap()), 4.13);
        assert_eq!(a.missing, [NEW_THINKING]);
        assert_eq!(a.criteria[3].source, ValueSource::Missing);
        assert_eq!(a.criteria[3].value, None);
    }

    #[test]
    fn no_scores_at_all_gives_no_total() {
        let a = assess(&dk_rules(), &[assessor(1, [None; 4])], &[], all_bonuses()).unwrap();
        assert_eq!(a.weighted_score, None);
        assert_eq!(a.total, None);
        assert_eq!(a.missing.len(), 4);
        let none = assess(&dk_rules(), &[], &[], Vec::new()).unwrap();
        assert!(!none.complete);
    }

    #[test]
    fn a_consensus_score_replaces_the_mean_and_completes_the_criterion() {
        // As the first worked example, but assessor 2 has not scored new thinking and the
        // secretariat sets it to 4 by consensus, replacing assessor 1's 2.
        // Weighted: (2×4.5 + 3.0 + 4.5 + 4) / 5 = 20.5 / 5 = 4.10.
        // Total: 4.10 + 1.25 = 5.35.
        let a = assess(
            &dk_rules(),
            &[
                assessor(1, [Some(4), Some(3), Some(5), Some(2)]),
                assessor(2, [Some(5), Some(3), Some(4), None]),
            ],
            &[score(NEW_THINKING, 4)],
            all_bonuses(),
        )
        .unwrap();
        let c = &a.criteria[3];
        assert_eq!(c.source, ValueSource::Consensus);
        assert_eq!(c.mean, Some(2.0));
        assert_eq!(c.value, Some(4.0));
        assert_eq!(c.missing_assessors, [2]);
        assert!(close(a.weighted_score.unwrap(), 4.1));
        assert_eq!(round_total(a.total.unwrap()), 5.35);
        assert!(a.complete);
    }

    #[test]
    fn a_score_above_the_scale_is_refused_naming_criterion_and_max() {
        let err = assess(
            &dk_rules(),
            &[assessor(1, [Some(6), Some(3), Some(5), Some(2)])],
            &[],
            Vec::new(),
        )
        .unwrap_err();
        assert_eq!(
            err,
            ScoringError::OutOfScale {
                criterion: AMBITIOUS.into(),
                score: 6,
                max: 5
            }
        );
        assert_eq!(err.code(), "score_out_of_scale");
        assert_eq!(
            err.to_string(),
            "the score 6 for \"ambitious\" is outside the scale 0 to 5"
        );
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["code"], "out_of_scale");
        assert_eq!(json["max"], 5);
    }

    #[test]
    fn the_ends_of_the_scale_are_allowed_and_negatives_refused() {
        let rules = dk_rules();
        assert!(validate_score(&rules, &score(FOCUSED, 0)).is_ok());
        assert!(validate_score(&rules, &score(FOCUSED, 5)).is_ok());
        assert!(matches!(
            validate_score(&rules, &score(FOCUSED, -1)),
            Err(ScoringError::OutOfScale { .. })
        ));
    }

    #[test]
    fn unknown_and_duplicate_criteria_are_refused() {
        let rules = dk_rules();
        assert_eq!(
            validate_score(&rules, &score("beautiful", 3)),
            Err(ScoringError::UnknownCriterion {
                criterion: "beautiful".into()
            })
        );
        assert_eq!(
            validate_scores(&rules, Some(9), &[score(FOCUSED, 3), score(FOCUSED, 4)]),
            Err(ScoringError::DuplicateScore {
                criterion: FOCUSED.into(),
                assessor_id: Some(9)
            })
        );
        let long = Score {
            comment: "x".repeat(MAX_COMMENT_CHARS + 1),
            ..score(FOCUSED, 3)
        };
        assert!(matches!(
            validate_score(&rules, &long),
            Err(ScoringError::CommentTooLong { .. })
        ));
        assert_eq!(
            assess(&Rules::default(), &[], &[], Vec::new()),
            Err(ScoringError::NoCriteria)
        );
    }

    fn input(id: i64, total: f64) -> RankInput {
        RankInput {
            application_id: id,
            total: Some(total),
            complete: true,
        }
    }

    fn ranks(r: &Ranking) -> Vec<(i64, Option<u32>)> {
        r.entries
            .iter()
            .map(|e| (e.application_id, e.rank))
            .collect()
    }

    #[test]
    fn ties_share_a_rank_and_the_next_rank_skips() {
        // Totals 5.05, 4.10, 4.10, 3.00 rank 1, 2, 2, 4; the two 4.10 are flagged.
        let r = rank(
            &[input(1, 4.1), input(2, 3.0), input(3, 5.05), input(4, 4.1)],
            10,
        );
        assert_eq!(
            ranks(&r),
            [(3, Some(1)), (1, Some(2)), (4, Some(2)), (2, Some(4))]
        );
        let tied: Vec<bool> = r.entries.iter().map(|e| e.tied).collect();
        assert_eq!(tied, [false, true, true, false]);
        assert_eq!(r.within_line, 4);
        assert!(!r.tie_across_line);
    }

    #[test]
    fn totals_equal_to_two_decimals_are_tied() {
        // 20.5 / 5 + 1.25 and 5.35 differ only in floating-point noise.
        let r = rank(&[input(1, 20.5 / 5.0 + 1.25), input(2, 5.35)], 1);
        assert_eq!(ranks(&r), [(1, Some(1)), (2, Some(1))]);
        assert_eq!(r.entries[0].total, Some(5.35));
    }

    #[test]
    fn a_tie_across_the_line_puts_the_group_within_and_is_flagged() {
        // Target 2: totals 5.05, 4.10, 4.10, 3.00. Rank 1 is within; the tied rank 2 group
        // fills places 2 and 3, straddling the line, so both are within and flagged.
        let r = rank(
            &[input(1, 5.05), input(2, 4.1), input(3, 4.1), input(4, 3.0)],
            2,
        );
        let line: Vec<(bool, bool)> = r
            .entries
            .iter()
            .map(|e| (e.within_line, e.tie_across_line))
            .collect();
        assert_eq!(
            line,
            [(true, false), (true, true), (true, true), (false, false)]
        );
        assert_eq!(r.within_line, 3);
        assert!(r.tie_across_line);
    }

    #[test]
    fn a_tie_just_inside_the_line_is_not_across_it() {
        // Target 3: the tied group fills places 2 and 3, exactly up to the line.
        let r = rank(
            &[input(1, 5.05), input(2, 4.1), input(3, 4.1), input(4, 3.0)],
            3,
        );
        assert_eq!(r.within_line, 3);
        assert!(!r.tie_across_line);
        assert!(r.entries.iter().all(|e| !e.tie_across_line));
    }

    #[test]
    fn incomplete_applications_come_after_complete_ones_and_outside_the_line() {
        // Application 2 has the highest total but is incomplete: it is ranked after the
        // complete ones, flagged, and not within the line even though places are free.
        // Application 4 has no total and gets no rank.
        let r = rank(
            &[
                input(1, 3.0),
                RankInput {
                    application_id: 2,
                    total: Some(5.9),
                    complete: false,
                },
                input(3, 4.0),
                RankInput {
                    application_id: 4,
                    total: None,
                    complete: false,
                },
            ],
            10,
        );
        assert_eq!(
            ranks(&r),
            [(3, Some(1)), (1, Some(2)), (2, Some(3)), (4, None)]
        );
        assert!(!r.entries[2].complete);
        assert!(!r.entries[2].within_line);
        assert_eq!(r.within_line, 2);
    }

    #[test]
    fn assessments_serialise_in_snake_case() {
        let a = assess(
            &dk_rules(),
            &[assessor(1, [Some(4), Some(3), None, Some(2)])],
            &[],
            all_bonuses(),
        )
        .unwrap();
        let json = serde_json::to_value(&a).unwrap();
        assert_eq!(json["complete"], false);
        assert_eq!(json["missing"][0], COHERENT);
        assert_eq!(json["criteria"][2]["source"], "missing");
        assert_eq!(json["bonuses"][0]["kind"], "network");
        assert_eq!(json["bonuses"][0]["reason"]["code"], "network");
        assert_eq!(json["bonuses"][0]["reason"]["organisations"], 2);
        assert_eq!(
            json["bonuses"][2]["reason"]["code"],
            "measurable_objectives"
        );
    }

    /// Spreads on the DK scale (0–5, threshold 1.5): 2 points apart is flagged, 1 is not;
    /// a criterion one assessor scored has no spread; the overall spread compares the
    /// assessors who scored everything.
    #[test]
    fn spread_between_assessors() {
        let rules = dk_rules();
        let assessors = [
            assessor(1, [Some(5), Some(3), Some(4), Some(2)]),
            assessor(2, [Some(3), Some(4), Some(4), None]),
            assessor(3, [Some(4), Some(3), Some(4), Some(2)]),
        ];
        let s = spread(&rules, &assessors);
        assert_eq!(s.threshold, 1.5);
        let by = |name: &str| s.criteria.iter().find(|c| c.criterion == name).unwrap();
        assert_eq!(by(AMBITIOUS).spread, Some(2));
        assert!(by(AMBITIOUS).flagged);
        assert_eq!(by(FOCUSED).spread, Some(1));
        assert!(!by(FOCUSED).flagged);
        assert_eq!(by(COHERENT).spread, Some(0));
        assert_eq!(by(NEW_THINKING).scores, 2);
        // Own weighted: (2×5+3+4+2)/5 = 3.8 and (2×4+3+4+2)/5 = 3.4; assessor 2 is left out.
        let overall = s.overall.clone().unwrap();
        assert_eq!(overall.assessors, 2);
        assert_eq!(
            (overall.lowest, overall.highest, overall.spread),
            (3.4, 3.8, 0.4)
        );
        assert!(!overall.flagged);
        assert!(s.flagged);

        let alone = spread(&rules, &assessors[..1]);
        assert!(
            alone
                .criteria
                .iter()
                .all(|c| c.spread.is_none() && !c.flagged)
        );
        assert_eq!(alone.overall, None);
        assert!(!alone.flagged);

        let apart = spread(
            &rules,
            &[
                assessor(1, [Some(5), Some(5), Some(5), Some(5)]),
                assessor(2, [Some(1), Some(2), Some(2), Some(2)]),
            ],
        );
        assert!(apart.overall.unwrap().flagged);
    }
}
