//! The status-reports part of the store: each scheme's reporting schedule, and the reports
//! its trials owe — created once when due, written, submitted, accepted or returned with a
//! version check, each change journaled on the trial's application in its transaction.

use async_trait::async_trait;
use frirum_domain::journal::Actor;
use frirum_domain::report::{
    DueReport, Reminder, Report, ReportContent, ReportingSchedule, WaitingReport,
};
use time::{Date, OffsetDateTime};

use crate::Result;

/// Which reports awaiting their writers a list asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WaitingFilter {
    /// Only the reports of trials this organisation takes part in.
    pub organisation_id: Option<i64>,
    /// Only reports due before this day: the overdue ones, on the day after their due date.
    pub due_before: Option<Date>,
}

#[async_trait]
pub trait ReportStore: Send + Sync {
    /// A scheme's reporting schedule; the defaults when none was saved.
    async fn reporting_schedule(&self, scheme_id: i64) -> Result<ReportingSchedule>;

    /// Saves a scheme's reporting schedule with a journal entry on the scheme. An unknown
    /// scheme is [`crate::StoreError::NotFound`].
    async fn set_reporting_schedule(
        &self,
        scheme_id: i64,
        schedule: &ReportingSchedule,
        actor: Actor<'_>,
    ) -> Result<()>;

    /// Creates the trial's reports that do not exist yet, each starting from `initial`
    /// (the milestones carried forward), with a journal entry for each one created. A
    /// report is one per trial, due date and kind, so running this twice, or on two
    /// servers at once, creates each report once. Returns the reports created. An unknown
    /// trial is [`crate::StoreError::NotFound`].
    async fn create_due_reports(
        &self,
        trial_id: i64,
        due: &[DueReport],
        initial: &ReportContent,
        actor: Actor<'_>,
    ) -> Result<Vec<Report>>;

    /// One report.
    async fn report(&self, report_id: i64) -> Result<Option<Report>>;

    /// Every report of a trial, by due date.
    async fn trial_reports(&self, trial_id: i64) -> Result<Vec<Report>>;

    /// Saves what a draft or returned report says if it is still at `expected_version`
    /// (a stale version, or a report submitted in between, is
    /// [`crate::StoreError::EditConflict`]), journaled.
    async fn save_report(
        &self,
        report_id: i64,
        expected_version: i64,
        content: &ReportContent,
        actor: Actor<'_>,
    ) -> Result<Report>;

    /// Saves and submits a draft or returned report at `expected_version` (else
    /// [`crate::StoreError::EditConflict`]), in one transaction with its journal entry.
    /// It does not confirm the trial's status: only acceptance does.
    async fn submit_report(
        &self,
        report_id: i64,
        expected_version: i64,
        content: &ReportContent,
        actor: Actor<'_>,
    ) -> Result<Report>;

    /// Accepts a submitted report at `expected_version` (else
    /// [`crate::StoreError::EditConflict`]: of two people accepting or returning at once,
    /// one wins), setting the trial's `verified_at`, journaled.
    async fn accept_report(
        &self,
        report_id: i64,
        expected_version: i64,
        actor: Actor<'_>,
    ) -> Result<Report>;

    /// Returns a submitted report at `expected_version` to its writers with a comment (else
    /// [`crate::StoreError::EditConflict`]), journaled.
    async fn return_report(
        &self,
        report_id: i64,
        expected_version: i64,
        comment: &str,
        actor: Actor<'_>,
    ) -> Result<Report>;

    /// The reports awaiting their writers (draft or returned), by due date, with their
    /// trials' names and participants: the dashboards' overdue reports and the reminders.
    async fn waiting_reports(&self, filter: &WaitingFilter) -> Result<Vec<WaitingReport>>;

    /// Notes that a reminder of a report was sent, if it had not been: true for the one
    /// caller that noted it, so that two servers never both send it.
    async fn mark_reminded(
        &self,
        report_id: i64,
        reminder: Reminder,
        at: OffsetDateTime,
    ) -> Result<bool>;
}
