//! Indicators measured over time: the approved objectives of a trial become indicators in
//! the shape of IATI 2.03 results (a measure, ascending or not, a baseline with its date and
//! value, periods with a target and an actual, an optional breakdown by one dimension), and
//! the trial's applicants report actuals through the update workflow of Akvo RSR (draft →
//! submitted → returned for revision → approved). Only approved actuals count; a period with
//! an approved actual is locked.
//!
//! This module holds the rules only: the periods a frequency gives, which values each
//! measure takes, which update may be written or reviewed, and the one CSV format that the
//! export writes and the import reads.

use serde::{Deserialize, Serialize};
use time::{Date, Month, OffsetDateTime};

use crate::application::Objective;
use crate::text::{all_values, unknown_name};

/// The longest title, unit, dimension or category name.
pub const MAX_SHORT: usize = 300;
/// The longest description or comment.
pub const MAX_LONG: usize = 4_000;
/// The most categories one breakdown may have.
pub const MAX_CATEGORIES: usize = 30;

/// What an indicator's values are (IATI's indicator measure).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_measure)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Measure {
    /// A count or amount in a unit (pupils, days, kroner).
    #[default]
    Unit,
    /// A share from 0 to 100.
    Percentage,
    /// A number naming a level on a nominal scale.
    Nominal,
    /// A whole number on an ordered scale (e.g. 1–5 satisfaction).
    Ordinal,
    /// Words, not a number.
    Qualitative,
}

fn unknown_measure(name: &str) -> String {
    unknown_name::<Measure>("measure", name)
}

impl Measure {
    pub const ALL: [Measure; 5] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Whether the measure takes numbers (all but qualitative).
    pub fn is_numeric(self) -> bool {
        self != Measure::Qualitative
    }
}

/// How often actuals are reported: the length of each period.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_frequency)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Frequency {
    Quarterly,
    HalfYearly,
    /// Once a year: the default, as most schemes ask for a yearly status.
    #[default]
    Yearly,
}

fn unknown_frequency(name: &str) -> String {
    unknown_name::<Frequency>("frequency", name)
}

impl Frequency {
    pub const ALL: [Frequency; 3] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn months(self) -> u32 {
        match self {
            Frequency::Quarterly => 3,
            Frequency::HalfYearly => 6,
            Frequency::Yearly => 12,
        }
    }
}

/// An optional breakdown of each actual by one dimension, such as age group or district.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Breakdown {
    /// The dimension's name, e.g. "Age group".
    pub dimension: String,
    /// Its categories, e.g. "6–9", "10–12".
    pub categories: Vec<String>,
}

/// What the secretariat defines of an indicator; a change after actuals exist makes a new
/// revision and keeps this as it was.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IndicatorDefinition {
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub measure: Measure,
    /// The unit values are counted in; empty for percentages and qualitative indicators.
    #[serde(default)]
    pub unit: String,
    /// True when a higher value is better.
    pub ascending: bool,
    pub baseline_date: Option<Date>,
    pub baseline_value: Option<f64>,
    /// Where the trial aims by its end (or by `target_date`).
    pub target_value: Option<f64>,
    pub target_date: Option<Date>,
    pub breakdown: Option<Breakdown>,
    pub frequency: Frequency,
}

impl IndicatorDefinition {
    /// The indicator an approved objective becomes: a unit measure (a percentage when its
    /// unit says so), ascending when the target lies above the baseline, reported yearly.
    pub fn from_objective(objective: &Objective, trial_start: Date) -> Self {
        let unit = objective.unit.trim();
        let percentage = matches!(unit, "%" | "percent" | "prosent" | "procent");
        let ascending = match (objective.baseline, objective.target) {
            (Some(b), Some(t)) => t >= b,
            _ => true,
        };
        IndicatorDefinition {
            title: objective.indicator.trim().to_owned(),
            description: String::new(),
            measure: if percentage {
                Measure::Percentage
            } else {
                Measure::Unit
            },
            unit: if percentage {
                String::new()
            } else {
                unit.to_owned()
            },
            ascending,
            baseline_date: objective.baseline.map(|_| trial_start),
            baseline_value: objective.baseline,
            target_value: objective.target,
            target_date: objective.target_date,
            breakdown: None,
            frequency: Frequency::Yearly,
        }
    }

    /// Checks what the secretariat wrote: a title, lengths, numbers that fit the measure,
    /// categories named once each.
    pub fn validate(&self) -> Result<(), IndicatorError> {
        if self.title.trim().is_empty() {
            return Err(IndicatorError::required("title"));
        }
        too_long("title", &self.title, MAX_SHORT)?;
        too_long("description", &self.description, MAX_LONG)?;
        too_long("unit", &self.unit, MAX_SHORT)?;
        if self.measure.is_numeric() {
            for (field, value) in [
                ("baseline_value", self.baseline_value),
                ("target_value", self.target_value),
            ] {
                if let Some(v) = value {
                    check_number(self.measure, field, v)?;
                }
            }
        }
        if let (Some(b), Some(t)) = (self.baseline_date, self.target_date)
            && t < b
        {
            return Err(IndicatorError::invalid(
                "target_date",
                "the target date is before the baseline date",
            ));
        }
        if let Some(breakdown) = &self.breakdown {
            if breakdown.dimension.trim().is_empty() {
                return Err(IndicatorError::required("breakdown.dimension"));
            }
            too_long("breakdown.dimension", &breakdown.dimension, MAX_SHORT)?;
            if breakdown.categories.is_empty() {
                return Err(IndicatorError::required("breakdown.categories"));
            }
            if breakdown.categories.len() > MAX_CATEGORIES {
                return Err(IndicatorError::invalid(
                    "breakdown.categories",
                    format!("at most {MAX_CATEGORIES} categories"),
                ));
            }
            for (i, c) in breakdown.categories.iter().enumerate() {
                let field = format!("breakdown.categories[{i}]");
                if c.trim().is_empty() {
                    return Err(IndicatorError::required(&field));
                }
                too_long(&field, c, MAX_SHORT)?;
                if breakdown.categories[..i]
                    .iter()
                    .any(|o| o.trim() == c.trim())
                {
                    return Err(IndicatorError::invalid(field, "named twice"));
                }
            }
        }
        Ok(())
    }

    /// The categories of its breakdown (none without one).
    pub fn categories(&self) -> &[String] {
        self.breakdown
            .as_ref()
            .map_or(&[][..], |b| b.categories.as_slice())
    }
}

/// An indicator of a trial, at its current revision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Indicator {
    pub id: i64,
    pub trial_id: i64,
    /// Its place on the trial page, from 1.
    pub position: i64,
    /// 1 when created; one more at every edit, the values before kept in
    /// [`IndicatorRevision`]s.
    pub revision: i64,
    #[serde(flatten)]
    pub definition: IndicatorDefinition,
}

/// An indicator's definition as it was before an edit: results are never revised silently.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IndicatorRevision {
    pub revision: i64,
    pub definition: IndicatorDefinition,
    /// When it was replaced, and by whom, and why.
    #[serde(with = "time::serde::rfc3339")]
    pub replaced_at: OffsetDateTime,
    pub replaced_by_name: Option<String>,
    pub reason: String,
}

/// One reporting period of an indicator, with its target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Period {
    pub id: i64,
    pub indicator_id: i64,
    pub start: Date,
    pub end: Date,
    pub target: Option<f64>,
}

/// A period to create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewPeriod {
    pub start: Date,
    pub end: Date,
    pub target: Option<f64>,
}

/// The periods from `start` to `end` (both included), each `frequency` long from the start,
/// the last one shortened to end with the trial. Targets run in a straight line from the
/// baseline to the final target by each period's end (whole numbers for ordinal measures);
/// without both there are none, except the final target on the last period.
pub fn periods(start: Date, end: Date, definition: &IndicatorDefinition) -> Vec<NewPeriod> {
    let mut out = Vec::new();
    if end < start {
        return out;
    }
    let months = definition.frequency.months();
    let mut n = 1;
    let mut from = start;
    while from <= end {
        let next = add_months(start, months * n);
        let to = match next.previous_day() {
            Some(d) if d < end => d,
            _ => end,
        };
        out.push(NewPeriod {
            start: from,
            end: to,
            target: None,
        });
        match to.next_day() {
            Some(d) if to < end => from = d,
            _ => break,
        }
        n += 1;
    }
    set_targets(&mut out, start, end, definition);
    out
}

/// Targets in a straight line from the baseline to the final target by each period's end,
/// over the trial from `start` to `end` (see [`periods`]).
fn set_targets(out: &mut [NewPeriod], start: Date, end: Date, definition: &IndicatorDefinition) {
    if out.is_empty() {
        return;
    }
    if definition.measure.is_numeric()
        && let Some(target) = definition.target_value
    {
        let goal = definition.target_date.unwrap_or(end).max(start);
        let base = definition.baseline_value;
        let from_day = definition.baseline_date.unwrap_or(start);
        let span = (goal - from_day).whole_days();
        let last = out.len() - 1;
        for (i, p) in out.iter_mut().enumerate() {
            p.target = match base {
                Some(b) if span > 0 => {
                    let done = ((p.end - from_day).whole_days() as f64 / span as f64).min(1.0);
                    Some(round_target(definition.measure, b + (target - b) * done))
                }
                _ if i == last => Some(target),
                _ => None,
            };
        }
    }
}

/// The periods to add when the trial now ends after `last_end` (it was extended): whole
/// periods of the indicator's own frequency from the day after it (a yearly indicator
/// gets years, not a half-year stub to line up with the old grid), the last one ending
/// with the trial; targets stay on the line over the whole trial from `start`.
pub fn periods_after(
    last_end: Date,
    start: Date,
    end: Date,
    definition: &IndicatorDefinition,
) -> Vec<NewPeriod> {
    let Some(next) = last_end.next_day() else {
        return Vec::new();
    };
    if end <= last_end {
        return Vec::new();
    }
    let mut out: Vec<NewPeriod> = periods(next, end, definition)
        .into_iter()
        .map(|p| NewPeriod { target: None, ..p })
        .collect();
    set_targets(&mut out, start, end, definition);
    out
}

fn round_target(measure: Measure, value: f64) -> f64 {
    match measure {
        Measure::Ordinal => value.round(),
        _ => (value * 100.0).round() / 100.0,
    }
}

/// The same day `months` later, or the month's last day where it has fewer days.
pub fn add_months(date: Date, months: u32) -> Date {
    let total = date.year() * 12 + (date.month() as i32 - 1) + months as i32;
    let year = total.div_euclid(12);
    let month = Month::try_from((total.rem_euclid(12) + 1) as u8).unwrap_or(Month::January);
    let last = time::util::days_in_month(month, year);
    Date::from_calendar_date(year, month, date.day().min(last)).unwrap_or(date)
}

/// A reported value: a number, or words for a qualitative indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ActualValue {
    Number(f64),
    Text(String),
}

impl ActualValue {
    pub fn number(&self) -> Option<f64> {
        match self {
            ActualValue::Number(n) => Some(*n),
            ActualValue::Text(_) => None,
        }
    }

    /// The value as the CSV and the forms write it: a number with a point, or the text.
    pub fn to_plain(&self) -> String {
        match self {
            ActualValue::Number(n) => format_number(*n),
            ActualValue::Text(t) => t.clone(),
        }
    }
}

/// A number without needless decimals: `12`, `12.5`.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        let s = format!("{n:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// The actual of one category of the breakdown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategoryActual {
    pub category: String,
    pub value: ActualValue,
}

/// Where an update is in its review.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_update_status)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum UpdateStatus {
    /// Saved by the applicant, not yet sent.
    Draft,
    /// Sent for review.
    Submitted,
    /// Sent back for revision with a comment.
    Returned,
    /// Approved: it counts, and its period is locked.
    Approved,
}

fn unknown_update_status(name: &str) -> String {
    unknown_name::<UpdateStatus>("status", name)
}

impl UpdateStatus {
    pub const ALL: [UpdateStatus; 4] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The actual reported for one period, with its review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Update {
    pub id: i64,
    pub period_id: i64,
    pub status: UpdateStatus,
    /// The period's value as a whole (none when only the breakdown is given).
    pub value: Option<ActualValue>,
    pub breakdown: Vec<CategoryActual>,
    pub comment: String,
    /// Raised at every change: the review names the version it saw.
    pub version: i64,
    pub reported_by_name: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub reported_at: OffsetDateTime,
    pub reviewer_comment: String,
    pub reviewed_by_name: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub reviewed_at: Option<OffsetDateTime>,
}

impl Update {
    /// Only an approved update counts.
    pub fn counts(&self) -> bool {
        self.status == UpdateStatus::Approved
    }
}

/// What an applicant reports for one period.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateInput {
    pub value: Option<ActualValue>,
    pub breakdown: Vec<CategoryActual>,
    pub comment: String,
    /// Send it for review now (else it stays a draft).
    pub submit: bool,
}

/// A period with its update, if any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PeriodReport {
    pub period: Period,
    pub update: Option<Update>,
}

impl PeriodReport {
    /// A period is locked once its update is approved.
    pub fn locked(&self) -> bool {
        self.update.as_ref().is_some_and(Update::counts)
    }
}

/// An indicator with its periods and their updates: what the trial page and the CSV show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrialIndicator {
    pub indicator: Indicator,
    pub periods: Vec<PeriodReport>,
    /// The definitions it had before, oldest first.
    pub revisions: Vec<IndicatorRevision>,
}

impl TrialIndicator {
    /// Only what counts: every update that is not approved is left out, for the public.
    pub fn approved_only(mut self) -> Self {
        for p in &mut self.periods {
            if !p.locked() {
                p.update = None;
            }
        }
        self
    }

    pub fn period(&self, period_id: i64) -> Option<&PeriodReport> {
        self.periods.iter().find(|p| p.period.id == period_id)
    }
}

/// Everything the indicator rules refuse, each with a stable code.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum IndicatorError {
    /// A field is missing.
    #[error("{field}: required")]
    Required { field: String },
    /// A value of the wrong kind or out of range, naming the field.
    #[error("{field}: {reason}")]
    InvalidValue {
        field: String,
        reason: String,
        /// The indicator's measure when the value was read against it, so that the
        /// message says only what this indicator takes.
        measure: Option<Measure>,
    },
    /// The period's actual is approved; nothing more is written to it.
    #[error("the period {start} – {end} is approved and locked")]
    PeriodLocked {
        period_id: i64,
        start: Date,
        end: Date,
    },
    /// The period has not ended (in the scheme's country): its actual is not known yet.
    #[error("the period {start} – {end} has not ended yet")]
    PeriodNotEnded {
        period_id: i64,
        start: Date,
        end: Date,
        /// The imported file's line that names it, when it came from a CSV file.
        line: Option<u64>,
    },
    /// The period begins after the trial ended (stopped early): it was never reached.
    #[error("the period {start} – {end} begins after the trial ended")]
    PeriodAfterTrialEnd {
        period_id: i64,
        start: Date,
        end: Date,
        line: Option<u64>,
    },
    /// The update waits for review; it is changed only after it is returned.
    #[error("the update is submitted and waits for review")]
    AwaitingReview { period_id: i64 },
    /// Only a submitted update is approved or returned.
    #[error("the update is {status}, not submitted")]
    NotSubmitted { status: UpdateStatus },
    /// Returning an update needs a comment saying what to revise.
    #[error("say what should be revised")]
    CommentRequired,
    /// A line of an imported CSV file that cannot be read.
    #[error("line {line}, {field}: {reason}")]
    Csv {
        line: u64,
        field: String,
        reason: String,
    },
}

impl IndicatorError {
    pub fn required(field: &str) -> Self {
        IndicatorError::Required {
            field: field.to_owned(),
        }
    }

    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        IndicatorError::InvalidValue {
            field: field.into(),
            reason: reason.into(),
            measure: None,
        }
    }

    /// A value that does not fit this measure.
    pub fn invalid_for(
        measure: Measure,
        field: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        IndicatorError::InvalidValue {
            field: field.into(),
            reason: reason.into(),
            measure: Some(measure),
        }
    }

    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            IndicatorError::Required { .. } => "field_required",
            IndicatorError::InvalidValue { .. } => "indicator_value_invalid",
            IndicatorError::PeriodLocked { .. } => "period_locked",
            IndicatorError::PeriodNotEnded { .. } => "period_not_ended",
            IndicatorError::PeriodAfterTrialEnd { .. } => "period_after_trial_end",
            IndicatorError::AwaitingReview { .. } => "update_awaiting_review",
            IndicatorError::NotSubmitted { .. } => "update_not_submitted",
            IndicatorError::CommentRequired => "review_comment_required",
            IndicatorError::Csv { .. } => "indicator_csv_invalid",
        }
    }

    /// Whether it conflicts with what is stored (409) rather than being bad input (422).
    pub fn is_conflict(&self) -> bool {
        matches!(
            self,
            IndicatorError::PeriodLocked { .. }
                | IndicatorError::AwaitingReview { .. }
                | IndicatorError::NotSubmitted { .. }
        )
    }

    /// The details a client reads: the field, the line, the period.
    pub fn details(&self) -> serde_json::Value {
        match self {
            IndicatorError::Required { field } => serde_json::json!({ "field": field }),
            IndicatorError::InvalidValue {
                field,
                reason,
                measure,
            } => serde_json::json!({
                "field": field, "reason": reason,
                "measure": measure.map_or("any", Measure::as_str)
            }),
            IndicatorError::PeriodLocked {
                period_id,
                start,
                end,
            } => serde_json::json!({
                "period_id": period_id, "start": start.to_string(), "end": end.to_string()
            }),
            IndicatorError::PeriodNotEnded {
                period_id,
                start,
                end,
                line,
            }
            | IndicatorError::PeriodAfterTrialEnd {
                period_id,
                start,
                end,
                line,
            } => serde_json::json!({
                "period_id": period_id, "start": start.to_string(), "end": end.to_string(),
                "line": line, "field": "value"
            }),
            IndicatorError::AwaitingReview { period_id } => {
                serde_json::json!({ "period_id": period_id })
            }
            IndicatorError::NotSubmitted { status } => {
                serde_json::json!({ "status": status.as_str() })
            }
            IndicatorError::CommentRequired => {
                serde_json::json!({ "field": "reviewer_comment" })
            }
            IndicatorError::Csv {
                line,
                field,
                reason,
            } => serde_json::json!({ "line": line, "field": field, "reason": reason }),
        }
    }
}

impl crate::rule::Broken for IndicatorError {
    fn code(&self) -> &'static str {
        IndicatorError::code(self)
    }

    fn refusal(&self) -> crate::rule::Refusal {
        if self.is_conflict() {
            crate::rule::Refusal::Conflict
        } else {
            crate::rule::Refusal::Invalid
        }
    }

    fn details(&self) -> serde_json::Value {
        IndicatorError::details(self)
    }
}

fn too_long(field: &str, value: &str, max: usize) -> Result<(), IndicatorError> {
    let chars = value.chars().count();
    if chars > max {
        return Err(IndicatorError::invalid(
            field,
            format!("at most {max} characters (this has {chars})"),
        ));
    }
    Ok(())
}

/// Checks a number against the measure: finite, 0–100 for a percentage, whole for ordinal.
pub fn check_number(measure: Measure, field: &str, value: f64) -> Result<(), IndicatorError> {
    if !value.is_finite() {
        return Err(IndicatorError::invalid_for(measure, field, "not a number"));
    }
    match measure {
        Measure::Percentage if !(0.0..=100.0).contains(&value) => Err(IndicatorError::invalid_for(
            measure,
            field,
            "a percentage is from 0 to 100",
        )),
        Measure::Ordinal if value.fract() != 0.0 => Err(IndicatorError::invalid_for(
            measure,
            field,
            "an ordinal value is a whole number",
        )),
        Measure::Qualitative => Err(IndicatorError::invalid_for(
            measure,
            field,
            "this indicator takes text, not a number",
        )),
        _ => Ok(()),
    }
}

/// Reads a value as typed in a form or a CSV cell: a number (with a decimal point or comma,
/// spaces between thousands allowed) for a numeric measure, text for a qualitative one.
/// Empty is none.
pub fn parse_value(
    measure: Measure,
    field: &str,
    raw: &str,
) -> Result<Option<ActualValue>, IndicatorError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    if !measure.is_numeric() {
        too_long(field, raw, MAX_LONG)?;
        return Ok(Some(ActualValue::Text(raw.to_owned())));
    }
    let cleaned: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    let number = cleaned
        .strip_suffix('%')
        .filter(|_| measure == Measure::Percentage)
        .unwrap_or(&cleaned);
    let looks_numeric = !number.is_empty()
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'));
    match number.parse::<f64>() {
        Ok(v) if looks_numeric => {
            check_number(measure, field, v)?;
            Ok(Some(ActualValue::Number(v)))
        }
        _ => Err(IndicatorError::invalid_for(
            measure,
            field,
            format!("{raw:?} is not a number"),
        )),
    }
}

/// Checks a value given as JSON against the measure (a number where numbers are due, text
/// for a qualitative indicator).
pub fn check_value(
    measure: Measure,
    field: &str,
    value: &ActualValue,
) -> Result<(), IndicatorError> {
    match (value, measure.is_numeric()) {
        (ActualValue::Number(n), true) => check_number(measure, field, *n),
        (ActualValue::Text(t), false) => {
            if t.trim().is_empty() {
                return Err(IndicatorError::required(field));
            }
            too_long(field, t, MAX_LONG)
        }
        (ActualValue::Text(t), true) => Err(IndicatorError::invalid_for(
            measure,
            field,
            format!("{t:?} is not a number"),
        )),
        (ActualValue::Number(_), false) => Err(IndicatorError::invalid_for(
            measure,
            field,
            "this indicator takes text, not a number",
        )),
    }
}

/// Checks an update for one period of an indicator: a value or a breakdown, each value of
/// the measure's kind, each category one of the breakdown's, once.
pub fn check_input(
    definition: &IndicatorDefinition,
    input: &UpdateInput,
) -> Result<(), IndicatorError> {
    if let Some(v) = &input.value {
        check_value(definition.measure, "value", v)?;
    }
    let categories = definition.categories();
    for (i, c) in input.breakdown.iter().enumerate() {
        let field = format!("breakdown[{i}]");
        if !categories.iter().any(|k| k == &c.category) {
            return Err(IndicatorError::invalid(
                format!("{field}.category"),
                format!("{:?} is not a category of this indicator", c.category),
            ));
        }
        if input.breakdown[..i]
            .iter()
            .any(|o| o.category == c.category)
        {
            return Err(IndicatorError::invalid(
                format!("{field}.category"),
                "given twice",
            ));
        }
        check_value(definition.measure, &format!("{field}.value"), &c.value)?;
    }
    if input.value.is_none() && input.breakdown.is_empty() {
        return Err(IndicatorError::required("value"));
    }
    too_long("comment", &input.comment, MAX_LONG)
}

/// Whether an applicant may write the period's update now: not once approved (409
/// `period_locked`), not while it waits for review.
pub fn check_writable(report: &PeriodReport) -> Result<(), IndicatorError> {
    match report.update.as_ref().map(|u| u.status) {
        Some(UpdateStatus::Approved) => Err(IndicatorError::PeriodLocked {
            period_id: report.period.id,
            start: report.period.start,
            end: report.period.end,
        }),
        Some(UpdateStatus::Submitted) => Err(IndicatorError::AwaitingReview {
            period_id: report.period.id,
        }),
        _ => Ok(()),
    }
}

/// Whether a period can be reported at all, judged on `today` in the scheme's country:
/// not before it has ended (422 `period_not_ended`), and not when it begins after the
/// trial's actual end (422 `period_after_trial_end`: the trial never reached it).
pub fn check_reportable(
    period: &Period,
    today: Date,
    actual_end: Option<Date>,
) -> Result<(), IndicatorError> {
    match reach(period, today, actual_end) {
        Reach::Open => Ok(()),
        Reach::NotEnded => Err(IndicatorError::PeriodNotEnded {
            period_id: period.id,
            start: period.start,
            end: period.end,
            line: None,
        }),
        Reach::AfterTrialEnd => Err(IndicatorError::PeriodAfterTrialEnd {
            period_id: period.id,
            start: period.start,
            end: period.end,
            line: None,
        }),
    }
}

/// Where a period stands for reporting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// It has ended within the trial: its actual can be reported.
    Open,
    /// It has not ended yet.
    NotEnded,
    /// It begins after the trial ended early: not reached.
    AfterTrialEnd,
}

/// The one rule the form, the API, the CSV import and the page share (see
/// [`check_reportable`]).
pub fn reach(period: &Period, today: Date, actual_end: Option<Date>) -> Reach {
    if actual_end.is_some_and(|end| period.start > end) {
        Reach::AfterTrialEnd
    } else if actual_end.map_or(period.end, |end| end.min(period.end)) >= today {
        // A period the early end cut short has ended with the trial.
        Reach::NotEnded
    } else {
        Reach::Open
    }
}

/// A reviewer's answer to a submitted update.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::Display)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Verdict {
    Approve,
    Return,
}

/// Checks a review: only a submitted update is reviewed, and a return says why.
pub fn check_review(
    status: UpdateStatus,
    verdict: Verdict,
    comment: &str,
) -> Result<(), IndicatorError> {
    if status != UpdateStatus::Submitted {
        return Err(IndicatorError::NotSubmitted { status });
    }
    if verdict == Verdict::Return && comment.trim().is_empty() {
        return Err(IndicatorError::CommentRequired);
    }
    too_long("reviewer_comment", comment, MAX_LONG)
}

// --- The CSV format ------------------------------------------------------------------------

/// The columns of the CSV file, in order: one row per indicator, period and category (the
/// row without a category is the period's value as a whole). The export writes them and the
/// import reads them; `indicator_id`, `period_start`, `period_end`, `category`, `value` and
/// `comment` are what the import uses, the rest is there to be read by people.
pub const CSV_COLUMNS: [&str; 12] = [
    "indicator_id",
    "indicator",
    "measure",
    "unit",
    "period_start",
    "period_end",
    "target",
    "dimension",
    "category",
    "value",
    "status",
    "comment",
];

/// The rows of the CSV file for these indicators. With `approved_only`, unapproved values
/// are left blank (what the public may read).
pub fn csv_rows(indicators: &[TrialIndicator], approved_only: bool) -> Vec<[String; 12]> {
    let mut rows = Vec::new();
    for ti in indicators {
        let d = &ti.indicator.definition;
        let dimension = d
            .breakdown
            .as_ref()
            .map(|b| b.dimension.clone())
            .unwrap_or_default();
        for p in &ti.periods {
            let update = p.update.as_ref().filter(|u| !approved_only || u.counts());
            let mut categories: Vec<Option<&String>> = vec![None];
            categories.extend(d.categories().iter().map(Some));
            for category in categories {
                let value = update.and_then(|u| match category {
                    None => u.value.as_ref(),
                    Some(c) => u
                        .breakdown
                        .iter()
                        .find(|b| &b.category == c)
                        .map(|b| &b.value),
                });
                rows.push([
                    ti.indicator.id.to_string(),
                    d.title.clone(),
                    d.measure.as_str().to_owned(),
                    d.unit.clone(),
                    p.period.start.to_string(),
                    p.period.end.to_string(),
                    p.period.target.map(format_number).unwrap_or_default(),
                    if category.is_some() {
                        dimension.clone()
                    } else {
                        String::new()
                    },
                    category.cloned().unwrap_or_default(),
                    value.map(ActualValue::to_plain).unwrap_or_default(),
                    update
                        .map(|u| u.status.as_str().to_owned())
                        .unwrap_or_default(),
                    if category.is_none() {
                        update.map(|u| u.comment.clone()).unwrap_or_default()
                    } else {
                        String::new()
                    },
                ]);
            }
        }
    }
    rows
}

/// One period's update read from a CSV file, with the line it began on.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedUpdate {
    pub line: u64,
    pub indicator_id: i64,
    pub period_id: i64,
    pub input: UpdateInput,
}

/// Reads an imported CSV file (the export's format) against the trial's indicators: each
/// row names an indicator and one of its periods, the values are checked against the
/// measure, and the rows of one period are gathered into one update. Periods without any
/// value are skipped, and so are approved periods whose values are unchanged (so an exported
/// file imports again); a changed value for an approved period is `period_locked`. The first
/// bad line stops the import, naming its line and field.
pub fn parse_csv(
    bytes: &[u8],
    indicators: &[TrialIndicator],
    submit: bool,
) -> Result<Vec<ImportedUpdate>, IndicatorError> {
    let fail = |line: u64, field: &str, reason: String| IndicatorError::Csv {
        line,
        field: field.to_owned(),
        reason,
    };
    let text = std::str::from_utf8(bytes)
        .map_err(|_| fail(1, "file", "the file is not UTF-8 text".to_owned()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| fail(1, "header", e.to_string()))?
        .clone();
    let names: Vec<String> = header
        .iter()
        .map(|h| uninert(h.trim()).to_owned())
        .collect();
    if names != CSV_COLUMNS {
        return Err(fail(
            1,
            "header",
            format!("the header must be: {}", CSV_COLUMNS.join(",")),
        ));
    }
    let mut out: Vec<ImportedUpdate> = Vec::new();
    for row in reader.records() {
        let row = row.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            fail(line, "row", e.to_string())
        })?;
        let line = row.position().map_or(0, |p| p.line());
        let cell = |i: usize| uninert(row.get(i).unwrap_or("").trim());
        let indicator_id: i64 = cell(0).parse().map_err(|_| {
            fail(
                line,
                "indicator_id",
                format!("{:?} is not an indicator number", cell(0)),
            )
        })?;
        let ti = indicators
            .iter()
            .find(|t| t.indicator.id == indicator_id)
            .ok_or_else(|| {
                fail(
                    line,
                    "indicator_id",
                    format!("indicator {indicator_id} is not one of this trial's"),
                )
            })?;
        let start = parse_date(cell(4)).ok_or_else(|| {
            fail(
                line,
                "period_start",
                format!("{:?} is not a date (YYYY-MM-DD)", cell(4)),
            )
        })?;
        let end = parse_date(cell(5)).ok_or_else(|| {
            fail(
                line,
                "period_end",
                format!("{:?} is not a date (YYYY-MM-DD)", cell(5)),
            )
        })?;
        let report = ti
            .periods
            .iter()
            .find(|p| p.period.start == start && p.period.end == end)
            .ok_or_else(|| {
                fail(
                    line,
                    "period_start",
                    format!("the indicator has no period {start} – {end}"),
                )
            })?;
        let definition = &ti.indicator.definition;
        let category = cell(8);
        if !category.is_empty() && !definition.categories().iter().any(|c| c == category) {
            return Err(fail(
                line,
                "category",
                format!("{category:?} is not a category of this indicator"),
            ));
        }
        let value = parse_value(definition.measure, "value", cell(9)).map_err(|e| match e {
            IndicatorError::InvalidValue { field, reason, .. } => fail(line, &field, reason),
            other => fail(line, "value", other.to_string()),
        })?;
        let comment = cell(11);
        if comment.chars().count() > MAX_LONG {
            return Err(fail(
                line,
                "comment",
                format!("at most {MAX_LONG} characters"),
            ));
        }
        let period_id = report.period.id;
        let index = match out.iter().position(|u| u.period_id == period_id) {
            Some(i) => i,
            None => {
                out.push(ImportedUpdate {
                    line,
                    indicator_id,
                    period_id,
                    input: UpdateInput {
                        submit,
                        ..UpdateInput::default()
                    },
                });
                out.len() - 1
            }
        };
        let input = &mut out[index].input;
        if category.is_empty() {
            if input.value.is_some() || !input.comment.is_empty() {
                return Err(fail(
                    line,
                    "period_start",
                    "this period is given twice".to_owned(),
                ));
            }
            input.value = value;
            input.comment = comment.to_owned();
        } else if let Some(value) = value {
            if input.breakdown.iter().any(|b| b.category == category) {
                return Err(fail(
                    line,
                    "category",
                    format!("{category:?} is given twice"),
                ));
            }
            input.breakdown.push(CategoryActual {
                category: category.to_owned(),
                value,
            });
        }
    }
    let mut kept = Vec::new();
    for update in out {
        if update.input.value.is_none() && update.input.breakdown.is_empty() {
            continue;
        }
        let Some(ti) = indicators
            .iter()
            .find(|t| t.indicator.id == update.indicator_id)
        else {
            continue;
        };
        let Some(report) = ti.period(update.period_id) else {
            continue;
        };
        if let Some(existing) = report.update.as_ref().filter(|u| u.counts()) {
            if same_values(existing, &update.input) {
                continue;
            }
            return Err(IndicatorError::PeriodLocked {
                period_id: report.period.id,
                start: report.period.start,
                end: report.period.end,
            });
        }
        kept.push(update);
    }
    Ok(kept)
}

fn same_values(update: &Update, input: &UpdateInput) -> bool {
    let mut a = update.breakdown.clone();
    let mut b = input.breakdown.clone();
    a.sort_by(|x, y| x.category.cmp(&y.category));
    b.sort_by(|x, y| x.category.cmp(&y.category));
    update.value == input.value && a == b
}

/// A cell as it was before the export made it inert for spreadsheets (`'-5` → `-5`).
fn uninert(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

fn parse_date(s: &str) -> Option<Date> {
    Date::parse(s, time::macros::format_description!("[year]-[month]-[day]")).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn a_period_is_reported_once_ended_and_only_if_reached() {
        let period = Period {
            id: 7,
            indicator_id: 1,
            start: date!(2027 - 01 - 01),
            end: date!(2027 - 06 - 30),
            target: None,
        };
        // Sent on 5 December 2026, a value for January–June 2027 is refused.
        let early = check_reportable(&period, date!(2026 - 12 - 05), None).unwrap_err();
        assert_eq!(early.code(), "period_not_ended");
        assert_eq!(early.details()["end"], "2027-06-30");
        assert_eq!(
            crate::rule::Broken::refusal(&early),
            crate::rule::Refusal::Invalid
        );
        // Its last day is still inside it; the day after, it can be reported.
        assert_eq!(reach(&period, date!(2027 - 06 - 30), None), Reach::NotEnded);
        assert_eq!(reach(&period, date!(2027 - 07 - 01), None), Reach::Open);
        // Stopped early in March: the period ended with the trial.
        let stopped = Some(date!(2027 - 03 - 15));
        assert_eq!(reach(&period, date!(2027 - 03 - 16), stopped), Reach::Open);
        // Stopped before it began: never reached.
        let before = Some(date!(2026 - 11 - 30));
        assert_eq!(
            check_reportable(&period, date!(2028 - 01 - 01), before)
                .unwrap_err()
                .code(),
            "period_after_trial_end"
        );
    }

    fn definition(measure: Measure) -> IndicatorDefinition {
        IndicatorDefinition {
            title: "Pupils passing".to_owned(),
            measure,
            unit: "pupils".to_owned(),
            ascending: true,
            baseline_date: Some(date!(2024 - 08 - 01)),
            baseline_value: Some(40.0),
            target_value: Some(60.0),
            target_date: None,
            frequency: Frequency::Yearly,
            ..IndicatorDefinition::default()
        }
    }

    #[test]
    fn names_agree() {
        crate::text::tests::names_agree::<Measure>();
        crate::text::tests::names_agree::<Frequency>();
        crate::text::tests::names_agree::<UpdateStatus>();
    }

    /// Yearly periods from the start; the last ends with the trial; targets rise in a line.
    #[test]
    fn periods_follow_the_frequency_and_targets_rise() {
        let d = definition(Measure::Unit);
        let p = periods(date!(2024 - 08 - 01), date!(2026 - 12 - 31), &d);
        let spans: Vec<(Date, Date)> = p.iter().map(|p| (p.start, p.end)).collect();
        assert_eq!(
            spans,
            [
                (date!(2024 - 08 - 01), date!(2025 - 07 - 31)),
                (date!(2025 - 08 - 01), date!(2026 - 07 - 31)),
                (date!(2026 - 08 - 01), date!(2026 - 12 - 31)),
            ]
        );
        let targets: Vec<Option<f64>> = p.iter().map(|p| p.target).collect();
        assert_eq!(targets[2], Some(60.0));
        assert!(targets[0].unwrap() > 40.0 && targets[0].unwrap() < targets[1].unwrap());
    }

    /// Half-yearly periods from the last day of a month stay on month ends, across a leap
    /// day.
    #[test]
    fn half_years_from_a_month_end() {
        let d = IndicatorDefinition {
            frequency: Frequency::HalfYearly,
            target_value: None,
            ..definition(Measure::Unit)
        };
        let p = periods(date!(2023 - 08 - 31), date!(2024 - 08 - 30), &d);
        let spans: Vec<(Date, Date)> = p.iter().map(|p| (p.start, p.end)).collect();
        assert_eq!(
            spans,
            [
                (date!(2023 - 08 - 31), date!(2024 - 02 - 28)),
                (date!(2024 - 02 - 29), date!(2024 - 08 - 30)),
            ]
        );
        assert!(p.iter().all(|p| p.target.is_none()));
        assert_eq!(add_months(date!(2024 - 01 - 31), 1), date!(2024 - 02 - 29));
    }

    /// An extended trial gets periods from the day after the last one, with none skipped.
    #[test]
    fn an_extension_adds_the_periods_after_the_last() {
        let d = IndicatorDefinition {
            frequency: Frequency::HalfYearly,
            ..definition(Measure::Unit)
        };
        let added = periods_after(
            date!(2027 - 03 - 31),
            date!(2026 - 01 - 01),
            date!(2028 - 03 - 31),
            &d,
        );
        let spans: Vec<(Date, Date)> = added.iter().map(|p| (p.start, p.end)).collect();
        assert_eq!(
            spans,
            [
                (date!(2027 - 04 - 01), date!(2027 - 09 - 30)),
                (date!(2027 - 10 - 01), date!(2028 - 03 - 31)),
            ]
        );
        assert_eq!(added[1].target, Some(60.0));
        // A yearly indicator extended by a year and a half gets a year, then the rest.
        let yearly = IndicatorDefinition {
            frequency: Frequency::Yearly,
            ..definition(Measure::Unit)
        };
        let added = periods_after(
            date!(2029 - 06 - 30),
            date!(2027 - 01 - 01),
            date!(2030 - 12 - 31),
            &yearly,
        );
        let spans: Vec<(Date, Date)> = added.iter().map(|p| (p.start, p.end)).collect();
        assert_eq!(
            spans,
            [
                (date!(2029 - 07 - 01), date!(2030 - 06 - 30)),
                (date!(2030 - 07 - 01), date!(2030 - 12 - 31)),
            ]
        );
        assert!(
            periods_after(
                date!(2028 - 03 - 31),
                date!(2026 - 01 - 01),
                date!(2028 - 03 - 31),
                &d
            )
            .is_empty()
        );
    }

    #[test]
    fn ordinal_targets_are_whole_and_qualitative_have_none() {
        let d = IndicatorDefinition {
            baseline_value: Some(2.0),
            target_value: Some(4.0),
            ..definition(Measure::Ordinal)
        };
        let p = periods(date!(2024 - 08 - 01), date!(2027 - 07 - 31), &d);
        assert!(p.iter().all(|p| p.target.unwrap().fract() == 0.0));
        let q = periods(
            date!(2024 - 08 - 01),
            date!(2027 - 07 - 31),
            &definition(Measure::Qualitative),
        );
        assert!(q.iter().all(|p| p.target.is_none()));
    }

    /// Each measure takes its kind of value; a refusal names the field.
    #[test]
    fn values_by_measure() {
        type Case<'a> = (Measure, &'a str, Result<Option<ActualValue>, &'a str>);
        let cases: &[Case] = &[
            (Measure::Unit, "12", Ok(Some(ActualValue::Number(12.0)))),
            (
                Measure::Unit,
                "1 234,5",
                Ok(Some(ActualValue::Number(1234.5))),
            ),
            (Measure::Unit, "-3", Ok(Some(ActualValue::Number(-3.0)))),
            (Measure::Unit, "", Ok(None)),
            (Measure::Unit, "N/A", Err("indicator_value_invalid")),
            (Measure::Unit, "12 pupils", Err("indicator_value_invalid")),
            (Measure::Unit, "inf", Err("indicator_value_invalid")),
            (
                Measure::Percentage,
                "45%",
                Ok(Some(ActualValue::Number(45.0))),
            ),
            (Measure::Percentage, "101", Err("indicator_value_invalid")),
            (Measure::Percentage, "-1", Err("indicator_value_invalid")),
            (Measure::Ordinal, "3", Ok(Some(ActualValue::Number(3.0)))),
            (Measure::Ordinal, "3.5", Err("indicator_value_invalid")),
            (Measure::Nominal, "abc", Err("indicator_value_invalid")),
            (
                Measure::Qualitative,
                "Teachers report calmer classes",
                Ok(Some(ActualValue::Text(
                    "Teachers report calmer classes".to_owned(),
                ))),
            ),
        ];
        for (measure, raw, expected) in cases {
            let got = parse_value(*measure, "value", raw);
            match (got, expected) {
                (Ok(v), Ok(e)) => assert_eq!(&v, e, "{measure} {raw:?}"),
                (Err(e), Err(code)) => {
                    assert_eq!(e.code(), *code, "{measure} {raw:?}");
                    assert_eq!(e.details()["field"], "value");
                }
                (got, _) => panic!("{measure} {raw:?}: {got:?}"),
            }
        }
        let text = check_value(Measure::Unit, "value", &ActualValue::Text("N/A".into()));
        assert_eq!(text.unwrap_err().code(), "indicator_value_invalid");
        let number = check_value(Measure::Qualitative, "value", &ActualValue::Number(1.0));
        assert_eq!(number.unwrap_err().code(), "indicator_value_invalid");
    }

    #[test]
    fn inputs_need_a_value_and_known_categories() {
        let d = IndicatorDefinition {
            breakdown: Some(Breakdown {
                dimension: "District".to_owned(),
                categories: vec!["North".to_owned(), "South".to_owned()],
            }),
            ..definition(Measure::Unit)
        };
        assert_eq!(
            check_input(&d, &UpdateInput::default()).unwrap_err(),
            IndicatorError::required("value")
        );
        let input = UpdateInput {
            breakdown: vec![CategoryActual {
                category: "East".to_owned(),
                value: ActualValue::Number(1.0),
            }],
            ..UpdateInput::default()
        };
        let err = check_input(&d, &input).unwrap_err();
        assert_eq!(err.details()["field"], "breakdown[0].category");
        let input = UpdateInput {
            breakdown: vec![CategoryActual {
                category: "North".to_owned(),
                value: ActualValue::Text("many".to_owned()),
            }],
            ..UpdateInput::default()
        };
        let err = check_input(&d, &input).unwrap_err();
        assert_eq!(err.details()["field"], "breakdown[0].value");
    }

    fn update(status: UpdateStatus, value: f64) -> Update {
        Update {
            id: 7,
            period_id: 3,
            status,
            value: Some(ActualValue::Number(value)),
            breakdown: vec![],
            comment: String::new(),
            version: 1,
            reported_by_name: None,
            reported_at: datetime!(2026-01-10 10:00 UTC),
            reviewer_comment: String::new(),
            reviewed_by_name: None,
            reviewed_at: None,
        }
    }

    fn report(update: Option<Update>) -> PeriodReport {
        PeriodReport {
            period: Period {
                id: 3,
                indicator_id: 1,
                start: date!(2024 - 08 - 01),
                end: date!(2025 - 07 - 31),
                target: Some(45.0),
            },
            update,
        }
    }

    /// The workflow: approved locks the period, submitted waits, draft and returned may be
    /// written again; only submitted is reviewed, and a return needs a comment.
    #[test]
    fn the_workflow() {
        assert!(check_writable(&report(None)).is_ok());
        assert!(check_writable(&report(Some(update(UpdateStatus::Draft, 1.0)))).is_ok());
        assert!(check_writable(&report(Some(update(UpdateStatus::Returned, 1.0)))).is_ok());
        let locked = check_writable(&report(Some(update(UpdateStatus::Approved, 1.0))));
        assert_eq!(locked.as_ref().unwrap_err().code(), "period_locked");
        assert!(locked.unwrap_err().is_conflict());
        let waiting = check_writable(&report(Some(update(UpdateStatus::Submitted, 1.0))));
        assert_eq!(waiting.unwrap_err().code(), "update_awaiting_review");

        assert!(check_review(UpdateStatus::Submitted, Verdict::Approve, "").is_ok());
        assert_eq!(
            check_review(UpdateStatus::Submitted, Verdict::Return, " ").unwrap_err(),
            IndicatorError::CommentRequired
        );
        assert_eq!(
            check_review(UpdateStatus::Approved, Verdict::Approve, "")
                .unwrap_err()
                .code(),
            "update_not_submitted"
        );
    }

    fn trial_indicator(update: Option<Update>) -> TrialIndicator {
        TrialIndicator {
            indicator: Indicator {
                id: 1,
                trial_id: 9,
                position: 1,
                revision: 1,
                definition: IndicatorDefinition {
                    breakdown: Some(Breakdown {
                        dimension: "Age group".to_owned(),
                        categories: vec!["6-9".to_owned(), "10-12".to_owned()],
                    }),
                    ..definition(Measure::Unit)
                },
            },
            periods: vec![
                report(update),
                PeriodReport {
                    period: Period {
                        id: 4,
                        indicator_id: 1,
                        start: date!(2025 - 08 - 01),
                        end: date!(2026 - 07 - 31),
                        target: Some(50.0),
                    },
                    update: None,
                },
            ],
            revisions: vec![],
        }
    }

    /// What the export writes, the import reads: an exported file with a new value for the
    /// open period imports that value only (the approved period is unchanged, so skipped).
    #[test]
    fn csv_round_trip() {
        let approved = Update {
            breakdown: vec![CategoryActual {
                category: "6-9".to_owned(),
                value: ActualValue::Number(-2.0),
            }],
            ..update(UpdateStatus::Approved, 42.0)
        };
        let indicators = vec![trial_indicator(Some(approved))];
        let rows = csv_rows(&indicators, false);
        assert_eq!(rows.len(), 6, "2 periods × (whole + 2 categories)");
        let mut file = String::new();
        {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(CSV_COLUMNS).unwrap();
            for mut row in rows {
                // The export makes cells inert for spreadsheets: the import undoes it.
                row[9] = if row[9].starts_with('-') {
                    format!("'{}", row[9])
                } else {
                    row[9].clone()
                };
                if row[4] == "2025-08-01" && row[8].is_empty() {
                    row[9] = "44,5".to_owned();
                    row[11] = "Counted in June (invented)".to_owned();
                }
                w.write_record(&row).unwrap();
            }
            file.push_str(std::str::from_utf8(&w.into_inner().unwrap()).unwrap());
        }
        let imported = parse_csv(file.as_bytes(), &indicators, true).unwrap();
        assert_eq!(imported.len(), 1);
        assert_eq!(imported[0].period_id, 4);
        assert_eq!(imported[0].line, 5);
        assert_eq!(imported[0].input.value, Some(ActualValue::Number(44.5)));
        assert_eq!(imported[0].input.comment, "Counted in June (invented)");
        assert!(imported[0].input.submit);

        // A changed value for the approved period is refused.
        let changed = file.replacen(",42,", ",43,", 1);
        let err = parse_csv(changed.as_bytes(), &indicators, true).unwrap_err();
        assert_eq!(err.code(), "period_locked");
    }

    /// A bad line is reported with its line number and field.
    #[test]
    fn csv_errors_name_line_and_field() {
        let indicators = vec![trial_indicator(None)];
        let header = CSV_COLUMNS.join(",");
        let cases = [
            ("indicator,period\n".to_owned(), 1, "header"),
            (
                format!(
                    "{header}\n1,x,unit,,2024-08-01,2025-07-31,,,,12,,\n1,x,unit,,2025-08-01,2026-07-31,,,,N/A,,\n"
                ),
                3,
                "value",
            ),
            (
                format!("{header}\n2,x,unit,,2024-08-01,2025-07-31,,,,12,,\n"),
                2,
                "indicator_id",
            ),
            (
                format!("{header}\n1,x,unit,,2024-08-02,2025-07-31,,,,12,,\n"),
                2,
                "period_start",
            ),
            (
                format!("{header}\n1,x,unit,,2024-08-01,2025-07-31,,Age,65+,12,,\n"),
                2,
                "category",
            ),
            (
                format!("{header}\n1,x,unit,,31.12.2024,2025-07-31,,,,12,,\n"),
                2,
                "period_start",
            ),
        ];
        for (file, line, field) in cases {
            match parse_csv(file.as_bytes(), &indicators, false) {
                Err(IndicatorError::Csv {
                    line: l, field: f, ..
                }) => assert_eq!((l, f.as_str()), (line, field), "{file}"),
                other => panic!("{file}: {other:?}"),
            }
        }
    }

    #[test]
    fn objectives_become_indicators() {
        let objective = Objective {
            indicator: "Share of pupils passing".to_owned(),
            unit: "%".to_owned(),
            baseline: Some(62.0),
            target: Some(55.0),
            target_date: None,
        };
        let d = IndicatorDefinition::from_objective(&objective, date!(2025 - 08 - 01));
        assert_eq!(d.measure, Measure::Percentage);
        assert!(!d.ascending);
        assert_eq!(d.baseline_date, Some(date!(2025 - 08 - 01)));
        assert!(d.validate().is_ok());
        let bad = IndicatorDefinition {
            baseline_value: Some(120.0),
            ..d
        };
        assert_eq!(
            bad.validate().unwrap_err().details()["field"],
            "baseline_value"
        );
    }

    #[test]
    fn the_public_sees_approved_updates_only() {
        let ti = trial_indicator(Some(update(UpdateStatus::Submitted, 1.0)));
        assert!(ti.approved_only().periods[0].update.is_none());
        let ti = trial_indicator(Some(update(UpdateStatus::Approved, 1.0)));
        assert!(ti.approved_only().periods[0].update.is_some());
    }
}
