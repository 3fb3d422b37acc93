//! Status reports and milestones of a running trial: the scheme's reporting schedule, which
//! reports a trial owes at a date, what a report says (progress, milestones as OCDS names
//! them, the exemptions actually used, problems, legal-security events), its workflow
//! (draft → submitted → returned or accepted) and the two rules the dashboards and the
//! public page show: a report is overdue once its due date has passed unsubmitted, and a
//! trial's status is "not verified" once a report has been overdue longer than the grace
//! period (as ClinicalTrials.gov shows "status last verified").

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month, OffsetDateTime};

use crate::text::{FieldError, Problem, all_values, check_text, unknown_name};

/// How often a scheme's trials report, when the final report is due, how long an overdue
/// report may wait before the trial's public page says its status is not verified, and when
/// the trial's people are reminded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportingSchedule {
    /// A status report every this many months from the trial's start (1 to 24).
    pub every_months: u32,
    /// The final report is due this many days after the trial ends (0 to 365).
    pub final_after_days: u32,
    /// Days an overdue report may wait before the public flag "status not verified" (0 to 365).
    pub grace_days: u32,
    /// Days before the due date the reminder goes out; 0 sends none (0 to 90).
    pub remind_before_days: u32,
    /// Days after the due date the reminder of an overdue report goes out; 0 sends none
    /// (0 to 90).
    pub remind_after_days: u32,
}

impl Default for ReportingSchedule {
    /// Every six months, a final report three months after the end, the public flag two
    /// months after a missed due date, reminders two weeks before and one week after.
    fn default() -> Self {
        ReportingSchedule {
            every_months: 6,
            final_after_days: 90,
            grace_days: 60,
            remind_before_days: 14,
            remind_after_days: 7,
        }
    }
}

impl ReportingSchedule {
    /// Checks every figure against its range, naming the first one out of range.
    pub fn validate(&self) -> Result<(), FieldError> {
        let checks: [(&str, u32, u32, u32); 5] = [
            ("every_months", self.every_months, 1, 24),
            ("final_after_days", self.final_after_days, 0, 365),
            ("grace_days", self.grace_days, 0, 365),
            ("remind_before_days", self.remind_before_days, 0, 90),
            ("remind_after_days", self.remind_after_days, 0, 90),
        ];
        for (field, value, min, max) in checks {
            if value < min || value > max {
                return Err(FieldError::new(
                    field,
                    Problem::OutOfRange {
                        min: min.to_string(),
                        max: max.to_string(),
                    },
                ));
            }
        }
        Ok(())
    }

    /// The reports a trial that started on `start` and ends (or ended) on `end` owes by
    /// `today`: every report whose period has begun. A periodic report covers `every_months`
    /// months counted from the start (a start on the 31st falls on the last day of shorter
    /// months, never drifting) and is due the day its period ends; the final report covers
    /// the rest up to the end (its last day) and is due `final_after_days` after it.
    /// Periods are half-open: `period_end` is the first day after the period and the next
    /// period's start.
    pub fn due_reports(&self, start: Date, end: Date, today: Date) -> Vec<DueReport> {
        self.all_reports(start, end)
            .into_iter()
            .filter(|r| r.period_start <= today)
            .collect()
    }

    /// Every report of the trial's whole period, owed yet or not.
    pub fn all_reports(&self, start: Date, end: Date) -> Vec<DueReport> {
        let mut reports = Vec::new();
        if end < start {
            return reports;
        }
        let every = self.every_months.max(1);
        // Periods are half-open; the trial's end is its last day.
        let after_end = end.next_day().unwrap_or(end);
        let mut period_start = start;
        for k in 1.. {
            let period_end = add_months(start, every * k);
            // A period that reaches the end is the final report's.
            if period_end >= after_end {
                break;
            }
            reports.push(DueReport {
                kind: ReportKind::Periodic,
                period_start,
                period_end,
                due_date: period_end,
            });
            period_start = period_end;
        }
        reports.push(DueReport {
            kind: ReportKind::Final,
            period_start,
            period_end: after_end,
            due_date: end + Duration::days(i64::from(self.final_after_days)),
        });
        reports
    }

    /// Which reminders of a report due on `due_date` are due on `today`, leaving out those
    /// already sent. The reminder before goes out in the days before the due date only (a
    /// report created late gets no late "coming up" reminder); the one after only while the
    /// report is still not submitted.
    pub fn reminders_due(
        &self,
        due_date: Date,
        status: ReportStatus,
        today: Date,
        sent: &[Reminder],
    ) -> Vec<Reminder> {
        let mut due = Vec::new();
        if !status.awaits_applicant() {
            return due;
        }
        if self.remind_before_days > 0
            && !sent.contains(&Reminder::Before)
            && today < due_date
            && today >= due_date - Duration::days(i64::from(self.remind_before_days))
        {
            due.push(Reminder::Before);
        }
        if self.remind_after_days > 0
            && !sent.contains(&Reminder::After)
            && today >= due_date + Duration::days(i64::from(self.remind_after_days))
        {
            due.push(Reminder::After);
        }
        due
    }
}

/// `date` plus `months` months, on the same day of the month or, where that month is
/// shorter, on its last day (31 January + 1 month is 28 or 29 February).
pub fn add_months(date: Date, months: u32) -> Date {
    let total =
        i64::from(date.year()) * 12 + i64::from(u8::from(date.month()) - 1) + i64::from(months);
    let year = i32::try_from(total.div_euclid(12)).unwrap_or(i32::MAX);
    let month = Month::try_from(u8::try_from(total.rem_euclid(12) + 1).unwrap_or(1))
        .unwrap_or(Month::January);
    let day = date.day().min(time::util::days_in_month(month, year));
    Date::from_calendar_date(year, month, day).unwrap_or(Date::MAX)
}

/// One report a trial owes: which kind, the period it covers and when it is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DueReport {
    pub kind: ReportKind,
    pub period_start: Date,
    /// The first day after the period.
    pub period_end: Date,
    pub due_date: Date,
}

impl DueReport {
    /// The period's last day.
    pub fn last_day(&self) -> Date {
        self.period_end.previous_day().unwrap_or(self.period_end)
    }
}

/// A report of one period, or the final report after the trial's end.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_report_kind)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReportKind {
    Periodic,
    Final,
}

fn unknown_report_kind(name: &str) -> String {
    unknown_name::<ReportKind>("report kind", name)
}

impl ReportKind {
    pub const ALL: [ReportKind; 2] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The reminders of one report, each sent once.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_reminder)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Reminder {
    /// The due date is coming up.
    Before,
    /// The due date has passed and the report is not submitted.
    After,
}

fn unknown_reminder(name: &str) -> String {
    unknown_name::<Reminder>("reminder", name)
}

impl Reminder {
    pub const ALL: [Reminder; 2] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Where a report is in its workflow (Akvo RSR's updates: draft → submitted → returned for
/// revision → approved; only accepted reports are public).
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_report_status)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReportStatus {
    /// Created when due; the trial's people write it.
    Draft,
    /// Sent to the secretariat, which accepts or returns it.
    Submitted,
    /// Sent back with a comment; written again and resubmitted.
    Returned,
    /// Accepted by the secretariat; its public parts are public.
    Accepted,
}

fn unknown_report_status(name: &str) -> String {
    unknown_name::<ReportStatus>("report status", name)
}

impl ReportStatus {
    pub const ALL: [ReportStatus; 4] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Whether the trial's people may write the report (and must, before it counts).
    pub fn awaits_applicant(self) -> bool {
        matches!(self, ReportStatus::Draft | ReportStatus::Returned)
    }

    /// Whether the report confirms the trial's status, as a registry's "last verified"
    /// date: only once the secretariat has accepted it. A submitted report is still the
    /// trial's own word, so the public page never says "confirmed" beside "a report is
    /// overdue". The one rule for both the trial's `verified_at` and the overdue flag.
    pub fn verifies(self) -> bool {
        matches!(self, ReportStatus::Accepted)
    }

    /// Whether the report may move from this status to `to`.
    pub fn can_become(self, to: ReportStatus) -> bool {
        use ReportStatus::*;
        matches!(
            (self, to),
            (Draft, Submitted)
                | (Returned, Submitted)
                | (Submitted, Returned)
                | (Submitted, Accepted)
        )
    }

    /// Saving the text is allowed while the report awaits its writers; otherwise 409.
    pub fn check_editable(self) -> Result<(), ReportError> {
        if self.awaits_applicant() {
            Ok(())
        } else {
            Err(ReportError::NotEditable { status: self })
        }
    }

    /// The move to `to`, or 409 naming where the report is.
    pub fn check_move(self, to: ReportStatus) -> Result<(), ReportError> {
        if self.can_become(to) {
            Ok(())
        } else {
            Err(ReportError::WrongStatus {
                status: self,
                wanted: to,
            })
        }
    }
}

/// Whether a report due on `due_date` is overdue on `today`: its day has passed and it is
/// not submitted (a returned report awaits its writers again).
pub fn is_overdue(due_date: Date, status: ReportStatus, today: Date) -> bool {
    status.awaits_applicant() && today > due_date
}

/// The date the public page gives in "status not verified since …", if the flag shows:
/// when a report has waited unsubmitted longer than the grace period after its due date
/// (`oldest_unsubmitted_due` is the earliest due date of the trial's reports that await
/// their writers). The date is the last verification, or the trial's start when it has
/// none.
pub fn not_verified_since(
    last_verified: Option<Date>,
    trial_start: Date,
    oldest_unsubmitted_due: Option<Date>,
    grace_days: u32,
    today: Date,
) -> Option<Date> {
    let due = oldest_unsubmitted_due?;
    if today > due + Duration::days(i64::from(grace_days)) {
        Some(last_verified.unwrap_or(trial_start))
    } else {
        None
    }
}

/// What a report says. Everything but the legal-security events' descriptions is public
/// once accepted; the descriptions may touch on people and stay with the secretariat.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportContent {
    /// How the trial went in the period, in the trial's words.
    #[serde(default)]
    pub progress: String,
    /// What went wrong or stands in the way.
    #[serde(default)]
    pub problems: String,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// Which granted exemptions were used, by their place in the trial's exemptions.
    #[serde(default)]
    pub exemptions_used: Vec<ExemptionUse>,
    /// Complaints, citizens opting out, incidents: the legal-security safeguards.
    #[serde(default)]
    pub events: Vec<LegalSecurityEvent>,
}

/// A milestone of the trial and how it stands (OCDS: scheduled, met, not met, partially met).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Milestone {
    pub title: String,
    pub due_date: Date,
    pub status: MilestoneStatus,
    #[serde(default)]
    pub note: String,
}

/// How a milestone stands, as OCDS names it.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_milestone_status)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum MilestoneStatus {
    Scheduled,
    Met,
    NotMet,
    PartiallyMet,
}

fn unknown_milestone_status(name: &str) -> String {
    unknown_name::<MilestoneStatus>("milestone status", name)
}

impl MilestoneStatus {
    pub const ALL: [MilestoneStatus; 4] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Whether one granted exemption was used in the period, how often, and a note.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExemptionUse {
    /// The exemption's place (from 0) among the trial's exemptions in force.
    pub exemption: usize,
    pub used: bool,
    /// How many times (cases, decisions) it was used, when counted.
    #[serde(default)]
    pub count: Option<u32>,
    #[serde(default)]
    pub note: String,
}

/// An event that touches citizens' legal security during the trial.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LegalSecurityEvent {
    pub kind: EventKind,
    pub date: Date,
    /// How many people or cases it concerned (at least 1).
    pub count: u32,
    pub description: String,
    /// What the municipality did about it.
    #[serde(default)]
    pub handling: String,
}

/// What kind of legal-security event.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_event_kind)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EventKind {
    Complaint,
    OptOut,
    Incident,
    Other,
}

fn unknown_event_kind(name: &str) -> String {
    unknown_name::<EventKind>("event kind", name)
}

impl EventKind {
    pub const ALL: [EventKind; 4] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A report a trial owes, as kept: its period, where it is in its workflow, what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Report {
    pub id: i64,
    pub trial_id: i64,
    pub kind: ReportKind,
    pub period_start: Date,
    /// The first day after the period.
    pub period_end: Date,
    pub due_date: Date,
    pub status: ReportStatus,
    /// Counts the report's changes; a save names the version it was made from.
    pub version: i64,
    pub content: ReportContent,
    /// The secretariat's comment when it last returned the report.
    pub return_comment: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
    pub submitted_by_name: Option<String>,
    /// When the secretariat last accepted or returned it.
    #[serde(with = "time::serde::rfc3339::option")]
    pub decided_at: Option<OffsetDateTime>,
    pub decided_by_name: Option<String>,
    /// The reminders already sent.
    pub reminded: Vec<Reminder>,
}

impl Report {
    /// The last day of the period the report covers.
    pub fn last_day(&self) -> Date {
        self.period_end.previous_day().unwrap_or(self.period_end)
    }

    pub fn is_overdue(&self, today: Date) -> bool {
        is_overdue(self.due_date, self.status, today)
    }
}

/// A report awaiting its writers, with what a dashboard shows of its trial.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingReport {
    pub report_id: i64,
    pub trial_id: i64,
    pub scheme_id: i64,
    pub case_number: String,
    pub title: String,
    pub kind: ReportKind,
    pub due_date: Date,
    pub status: ReportStatus,
    /// The organisations taking part in the trial, whose applicants write the report.
    pub participant_ids: Vec<i64>,
    pub reminded: Vec<Reminder>,
}

/// The longest progress and problems texts.
pub const MAX_LONG_TEXT: usize = 20_000;
/// The longest title, note, description or handling.
pub const MAX_SHORT_TEXT: usize = 2_000;
/// The most milestones or events in one report.
pub const MAX_ITEMS: usize = 100;
/// The highest count of uses or people.
pub const MAX_COUNT: u32 = 10_000_000;

impl ReportContent {
    /// Trims every text and drops rows left wholly empty by a form.
    pub fn cleaned(mut self) -> Self {
        self.progress = self.progress.trim().to_owned();
        self.problems = self.problems.trim().to_owned();
        for m in &mut self.milestones {
            m.title = m.title.trim().to_owned();
            m.note = m.note.trim().to_owned();
        }
        for u in &mut self.exemptions_used {
            u.note = u.note.trim().to_owned();
        }
        for e in &mut self.events {
            e.description = e.description.trim().to_owned();
            e.handling = e.handling.trim().to_owned();
        }
        self
    }

    /// Checks what may be saved as a draft: lengths, counts, that every milestone has a
    /// title and every event a description and a count of at least one, and that each used
    /// exemption is one of the `exemptions` in force, once. The field is named as the API
    /// names it (`milestones[1].title`).
    pub fn validate(&self, exemptions: usize) -> Result<(), FieldError> {
        check_text("progress", &self.progress, MAX_LONG_TEXT)?;
        check_text("problems", &self.problems, MAX_LONG_TEXT)?;
        for (field, len) in [
            ("milestones", self.milestones.len()),
            ("events", self.events.len()),
            ("exemptions_used", self.exemptions_used.len()),
        ] {
            if len > MAX_ITEMS {
                return Err(FieldError::new(field, Problem::TooMany { max: MAX_ITEMS }));
            }
        }
        for (i, m) in self.milestones.iter().enumerate() {
            if m.title.is_empty() {
                return Err(FieldError::new(
                    format!("milestones[{i}].title"),
                    Problem::Required,
                ));
            }
            check_text(&format!("milestones[{i}].title"), &m.title, MAX_SHORT_TEXT)?;
            check_text(&format!("milestones[{i}].note"), &m.note, MAX_SHORT_TEXT)?;
        }
        let mut seen = Vec::new();
        for (i, u) in self.exemptions_used.iter().enumerate() {
            if u.exemption >= exemptions || seen.contains(&u.exemption) {
                return Err(FieldError::new(
                    format!("exemptions_used[{i}].exemption"),
                    Problem::OutOfRange {
                        min: "0".into(),
                        max: exemptions.saturating_sub(1).to_string(),
                    },
                ));
            }
            seen.push(u.exemption);
            if let Some(count) = u.count {
                if !u.used && count > 0 {
                    return Err(FieldError::new(
                        format!("exemptions_used[{i}].count"),
                        Problem::Format {
                            expected: "no count for an exemption that was not used".into(),
                        },
                    ));
                }
                if count > MAX_COUNT {
                    return Err(count_out_of_range(format!("exemptions_used[{i}].count"), 0));
                }
            }
            check_text(
                &format!("exemptions_used[{i}].note"),
                &u.note,
                MAX_SHORT_TEXT,
            )?;
        }
        for (i, e) in self.events.iter().enumerate() {
            if e.description.is_empty() {
                return Err(FieldError::new(
                    format!("events[{i}].description"),
                    Problem::Required,
                ));
            }
            if e.count == 0 || e.count > MAX_COUNT {
                return Err(count_out_of_range(format!("events[{i}].count"), 1));
            }
            check_text(
                &format!("events[{i}].description"),
                &e.description,
                MAX_SHORT_TEXT,
            )?;
            check_text(
                &format!("events[{i}].handling"),
                &e.handling,
                MAX_SHORT_TEXT,
            )?;
        }
        Ok(())
    }

    /// Checks what may be submitted: what a draft needs, and the progress, which a report
    /// cannot go without.
    pub fn validate_for_submission(&self, exemptions: usize) -> Result<(), FieldError> {
        self.validate(exemptions)?;
        if self.progress.is_empty() {
            return Err(FieldError::new("progress", Problem::Required));
        }
        Ok(())
    }

    /// What the public reads of an accepted report: everything but the events'
    /// descriptions and handling, which may name or point to people.
    pub fn public_part(&self) -> ReportContent {
        let mut public = self.clone();
        for e in &mut public.events {
            e.description.clear();
            e.handling.clear();
        }
        public
    }

    /// A new report's starting point: the milestones of the report before it, so the plan
    /// is carried forward and only its statuses change.
    pub fn carried_forward(previous: &ReportContent) -> ReportContent {
        ReportContent {
            milestones: previous.milestones.clone(),
            ..ReportContent::default()
        }
    }
}

fn count_out_of_range(field: String, min: u32) -> FieldError {
    FieldError::new(
        field,
        Problem::OutOfRange {
            min: min.to_string(),
            max: MAX_COUNT.to_string(),
        },
    )
}

/// Why a report or a schedule was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    #[error("the report is {status} and can no longer be changed")]
    NotEditable { status: ReportStatus },
    #[error("a report that is {status} cannot become {wanted}")]
    WrongStatus {
        status: ReportStatus,
        wanted: ReportStatus,
    },
    #[error("returning a report needs a comment saying what to revise")]
    CommentRequired,
    #[error("the trial has not started, so it owes no reports yet")]
    TrialNotStarted,
    #[error(transparent)]
    Field(#[from] FieldError),
}

impl crate::rule::Broken for ReportError {
    fn code(&self) -> &'static str {
        match self {
            ReportError::NotEditable { .. } => "report_not_editable",
            ReportError::WrongStatus { .. } => "report_wrong_status",
            ReportError::CommentRequired => "return_comment_required",
            ReportError::TrialNotStarted => "trial_not_started",
            ReportError::Field(e) => e.code(),
        }
    }

    fn refusal(&self) -> crate::rule::Refusal {
        use crate::rule::Refusal;
        match self {
            ReportError::NotEditable { .. }
            | ReportError::WrongStatus { .. }
            | ReportError::TrialNotStarted => Refusal::Conflict,
            ReportError::CommentRequired | ReportError::Field(_) => Refusal::Invalid,
        }
    }

    fn details(&self) -> serde_json::Value {
        match self {
            ReportError::NotEditable { status } => serde_json::json!({ "status": status }),
            ReportError::WrongStatus { status, wanted } => {
                serde_json::json!({ "status": status, "wanted": wanted })
            }
            ReportError::CommentRequired => serde_json::json!({ "field": "comment" }),
            ReportError::TrialNotStarted => serde_json::Value::Null,
            ReportError::Field(e) => serde_json::to_value(e).unwrap_or_default(),
        }
    }
}

/// The longest comment the secretariat returns a report with.
pub const MAX_COMMENT: usize = 5_000;

/// Checks the comment a report is returned with: required, and not too long.
pub fn check_return_comment(comment: &str) -> Result<(), ReportError> {
    let comment = comment.trim();
    if comment.is_empty() {
        return Err(ReportError::CommentRequired);
    }
    check_text("comment", comment, MAX_COMMENT)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rule::{Broken, Refusal};
    use crate::text::tests::names_agree;
    use time::macros::date;

    #[test]
    fn names() {
        names_agree::<ReportKind>();
        names_agree::<ReportStatus>();
        names_agree::<MilestoneStatus>();
        names_agree::<EventKind>();
        names_agree::<Reminder>();
    }

    #[test]
    fn months_are_added_without_drift_across_month_ends_and_leap_years() {
        assert_eq!(add_months(date!(2024 - 01 - 31), 1), date!(2024 - 02 - 29));
        assert_eq!(add_months(date!(2023 - 01 - 31), 1), date!(2023 - 02 - 28));
        assert_eq!(add_months(date!(2024 - 08 - 31), 6), date!(2025 - 02 - 28));
        assert_eq!(add_months(date!(2023 - 08 - 31), 6), date!(2024 - 02 - 29));
        assert_eq!(add_months(date!(2024 - 02 - 29), 12), date!(2025 - 02 - 28));
        assert_eq!(add_months(date!(2024 - 02 - 29), 48), date!(2028 - 02 - 29));
        assert_eq!(add_months(date!(2026 - 11 - 15), 2), date!(2027 - 01 - 15));
    }

    #[test]
    fn periodic_reports_fall_every_n_months_and_the_final_after_the_end() {
        let s = ReportingSchedule::default();
        // A trial from 31 August 2023 to 31 December 2025: the periods end on the last
        // day of February in a leap year and in a common year, never drifting to the 28th.
        let all = s.all_reports(date!(2023 - 08 - 31), date!(2025 - 12 - 31));
        let dues: Vec<Date> = all.iter().map(|r| r.due_date).collect();
        assert_eq!(
            dues,
            vec![
                date!(2024 - 02 - 29),
                date!(2024 - 08 - 31),
                date!(2025 - 02 - 28),
                date!(2025 - 08 - 31),
                date!(2026 - 03 - 31),
            ]
        );
        assert!(all[..4].iter().all(|r| r.kind == ReportKind::Periodic));
        let last = all.last().unwrap();
        assert_eq!(last.kind, ReportKind::Final);
        assert_eq!(last.period_start, date!(2025 - 08 - 31));
        assert_eq!(last.period_end, date!(2026 - 01 - 01));
        assert_eq!(
            all.iter().map(|r| r.last_day()).next_back(),
            Some(date!(2025 - 12 - 31))
        );
        // Periods follow one another without gaps.
        for pair in all.windows(2) {
            assert_eq!(pair[0].period_end, pair[1].period_start);
        }
    }

    #[test]
    fn a_period_reaching_the_end_is_the_final_reports() {
        let s = ReportingSchedule {
            every_months: 12,
            final_after_days: 30,
            ..ReportingSchedule::default()
        };
        // Exactly two years: one periodic report, then the final one.
        let all = s.all_reports(date!(2024 - 01 - 01), date!(2025 - 12 - 31));
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].due_date, date!(2025 - 01 - 01));
        assert_eq!(all[1].kind, ReportKind::Final);
        assert_eq!(all[1].period_end, date!(2026 - 01 - 01));
        assert_eq!(all[1].due_date, date!(2026 - 01 - 30));
        // A trial shorter than one period owes the final report only.
        let short = s.all_reports(date!(2024 - 01 - 01), date!(2024 - 06 - 30));
        assert_eq!(short.len(), 1);
        assert_eq!(short[0].kind, ReportKind::Final);
        // An end before the start owes nothing.
        assert!(
            s.all_reports(date!(2024 - 01 - 01), date!(2023 - 01 - 01))
                .is_empty()
        );
    }

    #[test]
    fn due_reports_are_those_whose_period_has_begun() {
        let s = ReportingSchedule::default();
        let start = date!(2026 - 01 - 01);
        let end = date!(2027 - 12 - 31);
        assert_eq!(s.due_reports(start, end, date!(2025 - 12 - 31)).len(), 0);
        assert_eq!(s.due_reports(start, end, start).len(), 1);
        assert_eq!(s.due_reports(start, end, date!(2026 - 06 - 30)).len(), 1);
        assert_eq!(s.due_reports(start, end, date!(2026 - 07 - 01)).len(), 2);
        // Once the last period began, the final report is owed too.
        let all = s.due_reports(start, end, date!(2030 - 01 - 01));
        assert_eq!(all.len(), 4);
        assert_eq!(all[3].kind, ReportKind::Final);
    }

    #[test]
    fn reminders_go_out_once_each_in_their_window() {
        let s = ReportingSchedule::default();
        let due = date!(2026 - 03 - 01);
        let draft = ReportStatus::Draft;
        assert!(
            s.reminders_due(due, draft, date!(2026 - 02 - 14), &[])
                .is_empty()
        );
        assert_eq!(
            s.reminders_due(due, draft, date!(2026 - 02 - 15), &[]),
            vec![Reminder::Before]
        );
        assert!(
            s.reminders_due(due, draft, date!(2026 - 02 - 20), &[Reminder::Before])
                .is_empty()
        );
        // On the due date itself no "coming up" reminder, and none after it yet.
        assert!(s.reminders_due(due, draft, due, &[]).is_empty());
        assert_eq!(
            s.reminders_due(due, draft, date!(2026 - 03 - 08), &[Reminder::Before]),
            vec![Reminder::After]
        );
        // A submitted or accepted report is not reminded of; a returned one is.
        assert!(
            s.reminders_due(due, ReportStatus::Submitted, date!(2026 - 03 - 08), &[])
                .is_empty()
        );
        assert_eq!(
            s.reminders_due(due, ReportStatus::Returned, date!(2026 - 03 - 08), &[]),
            vec![Reminder::After]
        );
        // Zero days sends none.
        let quiet = ReportingSchedule {
            remind_before_days: 0,
            remind_after_days: 0,
            ..s
        };
        assert!(
            quiet
                .reminders_due(due, draft, date!(2026 - 02 - 20), &[])
                .is_empty()
        );
        assert!(
            quiet
                .reminders_due(due, draft, date!(2026 - 04 - 20), &[])
                .is_empty()
        );
    }

    #[test]
    fn the_workflow_moves_only_forward_or_back_for_revision() {
        use ReportStatus::*;
        assert!(Draft.can_become(Submitted));
        assert!(Submitted.can_become(Returned));
        assert!(Returned.can_become(Submitted));
        assert!(Submitted.can_become(Accepted));
        assert!(!Draft.can_become(Accepted));
        assert!(!Accepted.can_become(Returned));
        assert!(!Accepted.can_become(Submitted));
        assert!(Draft.check_editable().is_ok());
        assert!(Returned.check_editable().is_ok());
        let refused = Submitted.check_editable().unwrap_err();
        assert_eq!(refused.code(), "report_not_editable");
        assert_eq!(refused.refusal(), Refusal::Conflict);
        let wrong = Accepted.check_move(Returned).unwrap_err();
        assert_eq!(wrong.code(), "report_wrong_status");
        assert_eq!(wrong.details()["status"], "accepted");
    }

    #[test]
    fn only_an_accepted_report_confirms_the_status() {
        assert!(ReportStatus::Accepted.verifies());
        for status in [
            ReportStatus::Draft,
            ReportStatus::Submitted,
            ReportStatus::Returned,
        ] {
            assert!(!status.verifies(), "{status:?} confirms nothing");
        }
    }

    #[test]
    fn overdue_and_not_verified() {
        let due = date!(2026 - 06 - 30);
        assert!(!is_overdue(due, ReportStatus::Draft, due));
        assert!(is_overdue(due, ReportStatus::Draft, date!(2026 - 07 - 01)));
        assert!(is_overdue(
            due,
            ReportStatus::Returned,
            date!(2026 - 07 - 01)
        ));
        assert!(!is_overdue(
            due,
            ReportStatus::Submitted,
            date!(2026 - 07 - 01)
        ));
        assert!(!is_overdue(
            due,
            ReportStatus::Accepted,
            date!(2027 - 07 - 01)
        ));

        let start = date!(2026 - 01 - 01);
        // Within the grace period of 60 days: no flag.
        assert_eq!(
            not_verified_since(None, start, Some(due), 60, date!(2026 - 08 - 29)),
            None
        );
        // After it: since the last verification, or the start when there was none.
        assert_eq!(
            not_verified_since(None, start, Some(due), 60, date!(2026 - 08 - 30)),
            Some(start)
        );
        assert_eq!(
            not_verified_since(
                Some(date!(2026 - 01 - 20)),
                start,
                Some(due),
                60,
                date!(2026 - 09 - 30)
            ),
            Some(date!(2026 - 01 - 20))
        );
        // Nothing awaiting: verified.
        assert_eq!(
            not_verified_since(None, start, None, 0, date!(2030 - 01 - 01)),
            None
        );
    }

    fn content() -> ReportContent {
        ReportContent {
            progress: "  Forty families took part.  ".into(),
            problems: String::new(),
            milestones: vec![Milestone {
                title: " First cohort ".into(),
                due_date: date!(2026 - 03 - 01),
                status: MilestoneStatus::Met,
                note: String::new(),
            }],
            exemptions_used: vec![ExemptionUse {
                exemption: 0,
                used: true,
                count: Some(12),
                note: String::new(),
            }],
            events: vec![LegalSecurityEvent {
                kind: EventKind::OptOut,
                date: date!(2026 - 02 - 10),
                count: 1,
                description: "A citizen asked to be handled by the ordinary rules.".into(),
                handling: "Handled by the ordinary rules.".into(),
            }],
        }
        .cleaned()
    }

    #[test]
    fn content_is_checked_field_by_field() {
        let c = content();
        assert_eq!(c.progress, "Forty families took part.");
        assert_eq!(c.milestones[0].title, "First cohort");
        assert_eq!(c.validate_for_submission(1), Ok(()));
        // An exemption that is not in force.
        let e = c.validate(0).unwrap_err();
        assert_eq!(e.field, "exemptions_used[0].exemption");
        // Twice the same exemption.
        let mut twice = c.clone();
        twice.exemptions_used.push(twice.exemptions_used[0].clone());
        assert_eq!(
            twice.validate(2).unwrap_err().field,
            "exemptions_used[1].exemption"
        );
        // A count for an exemption that was not used.
        let mut unused = c.clone();
        unused.exemptions_used[0].used = false;
        assert_eq!(
            unused.validate(1).unwrap_err().field,
            "exemptions_used[0].count"
        );
        // A milestone without a title, an event without people.
        let mut untitled = c.clone();
        untitled.milestones[0].title.clear();
        let e = untitled.validate(1).unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.code()),
            ("milestones[0].title", "field_required")
        );
        let mut nobody = c.clone();
        nobody.events[0].count = 0;
        assert_eq!(nobody.validate(1).unwrap_err().field, "events[0].count");
        // A draft may go without progress; a submission may not.
        let mut empty = c.clone();
        empty.progress.clear();
        assert!(empty.validate(1).is_ok());
        let e = ReportError::from(empty.validate_for_submission(1).unwrap_err());
        assert_eq!(e.code(), "field_required");
        assert_eq!(e.refusal(), Refusal::Invalid);
        assert_eq!(e.details()["field"], "progress");
    }

    #[test]
    fn the_public_reads_no_events_descriptions_and_milestones_carry_forward() {
        let c = content();
        let public = c.public_part();
        assert_eq!(public.events[0].kind, EventKind::OptOut);
        assert_eq!(public.events[0].count, 1);
        assert!(public.events[0].description.is_empty());
        assert!(public.events[0].handling.is_empty());
        assert_eq!(public.progress, c.progress);
        let next = ReportContent::carried_forward(&c);
        assert_eq!(next.milestones, c.milestones);
        assert!(next.progress.is_empty() && next.events.is_empty());
    }

    #[test]
    fn schedules_and_comments_are_checked() {
        assert!(ReportingSchedule::default().validate().is_ok());
        let zero = ReportingSchedule {
            every_months: 0,
            ..ReportingSchedule::default()
        };
        assert_eq!(zero.validate().unwrap_err().field, "every_months");
        let long = ReportingSchedule {
            grace_days: 400,
            ..ReportingSchedule::default()
        };
        assert_eq!(long.validate().unwrap_err().field, "grace_days");
        assert_eq!(
            check_return_comment("  "),
            Err(ReportError::CommentRequired)
        );
        assert!(check_return_comment("Add the second cohort.").is_ok());
    }
}
