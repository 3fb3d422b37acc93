//! The API's answers and requests about status reports: a trial's reports with their
//! workflow and content, and a scheme's reporting schedule.

use frirum_domain::report::{
    Reminder, Report, ReportContent, ReportKind, ReportStatus, ReportingSchedule,
};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;

/// A status report. The public reads accepted reports only, without the legal-security
/// events' descriptions and handling, the return comment and the names.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportDto {
    pub id: i64,
    pub trial_id: i64,
    pub kind: ReportKind,
    pub period_start: Date,
    /// The first day after the period.
    pub period_end: Date,
    pub due_date: Date,
    pub status: ReportStatus,
    /// Send it back with a save, submission, acceptance or return: a stale one is 409.
    pub version: i64,
    pub content: ReportContent,
    /// The secretariat's comment when it last returned the report.
    pub return_comment: String,
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
    pub submitted_by_name: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub decided_at: Option<OffsetDateTime>,
    pub decided_by_name: Option<String>,
    /// The reminders sent: `before`, `after`.
    #[schema(value_type = Vec<String>)]
    pub reminded: Vec<Reminder>,
}

impl From<Report> for ReportDto {
    fn from(r: Report) -> Self {
        ReportDto {
            id: r.id,
            trial_id: r.trial_id,
            kind: r.kind,
            period_start: r.period_start,
            period_end: r.period_end,
            due_date: r.due_date,
            status: r.status,
            version: r.version,
            content: r.content,
            return_comment: r.return_comment,
            submitted_at: r.submitted_at,
            submitted_by_name: r.submitted_by_name,
            decided_at: r.decided_at,
            decided_by_name: r.decided_by_name,
            reminded: r.reminded,
        }
    }
}

/// What a report says, written against the version it was read at.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ReportWriteRequest {
    pub version: i64,
    pub content: ReportContent,
}

/// Accepting a submitted report, against the version it was read at.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ReportAcceptRequest {
    pub version: i64,
}

/// Returning a submitted report for revision, with what to revise.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ReportReturnRequest {
    pub version: i64,
    pub comment: String,
}

/// A scheme's reporting schedule.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ReportingScheduleDto {
    /// A status report every this many months from the trial's start (1 to 24).
    pub every_months: u32,
    /// The final report is due this many days after the trial ends (0 to 365).
    pub final_after_days: u32,
    /// Days an overdue report may wait before the trial's public page says "status not
    /// verified since …" (0 to 365).
    pub grace_days: u32,
    /// Days before the due date the reminder goes out; 0 sends none (0 to 90).
    pub remind_before_days: u32,
    /// Days after the due date the reminder of an overdue report goes out; 0 sends none
    /// (0 to 90).
    pub remind_after_days: u32,
}

impl From<ReportingSchedule> for ReportingScheduleDto {
    fn from(s: ReportingSchedule) -> Self {
        ReportingScheduleDto {
            every_months: s.every_months,
            final_after_days: s.final_after_days,
            grace_days: s.grace_days,
            remind_before_days: s.remind_before_days,
            remind_after_days: s.remind_after_days,
        }
    }
}

impl From<ReportingScheduleDto> for ReportingSchedule {
    fn from(s: ReportingScheduleDto) -> Self {
        ReportingSchedule {
            every_months: s.every_months,
            final_after_days: s.final_after_days,
            grace_days: s.grace_days,
            remind_before_days: s.remind_before_days,
            remind_after_days: s.remind_after_days,
        }
    }
}
