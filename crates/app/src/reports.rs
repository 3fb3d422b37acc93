//! Status reports and milestones of trials in operation: each scheme's reporting schedule
//! (the secretariat's), the reports Frirum creates when due and the reminders it sends
//! ([`create_due_and_remind`], run by the upkeep), writing and submitting a report (the
//! participants' applicants), accepting or returning it (the secretariat), reading it (the
//! public reads accepted reports' public parts), the trial page's part ([`for_trial`]) and
//! the dashboards' overdue reports ([`overdue`]).

use std::collections::BTreeMap;

use frirum_domain::authz::{self, Action, TrialAction, TrialFacts};
use frirum_domain::notification::NotificationKind;
use frirum_domain::report::{
    Reminder, Report, ReportContent, ReportStatus, ReportingSchedule, WaitingReport,
    check_return_comment, not_verified_since,
};
use frirum_domain::scheme::Scheme;
use frirum_domain::trial::{TrialStatus, today_in};
use frirum_domain::{Language, User};
use frirum_store::WaitingFilter;
use time::Date;

use crate::notifications::{Message, send_message};
use crate::trials::{TrialAccess, access};
use crate::{Actor, App, Error};

/// A scheme's reporting schedule, for the secretariat's settings page.
pub async fn schedule(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
) -> Result<(Scheme, ReportingSchedule), Error> {
    actor.authorize(Action::ManageSchemes)?;
    let scheme = crate::schemes::scheme_for(app, actor, scheme_id).await?;
    let schedule = app.store.reporting_schedule(scheme_id).await?;
    Ok((scheme, schedule))
}

/// Changes a scheme's reporting schedule (journaled on the scheme). Reports already
/// created keep their dates; the next ones follow the new schedule.
pub async fn set_schedule(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    schedule: ReportingSchedule,
) -> Result<ReportingSchedule, Error> {
    actor.authorize(Action::ManageSchemes)?;
    crate::schemes::scheme_for(app, actor, scheme_id).await?;
    schedule.validate()?;
    app.store
        .set_reporting_schedule(scheme_id, &schedule, actor.journal(None))
        .await?;
    Ok(schedule)
}

/// What the trial page shows of a trial's reports.
#[derive(Debug, Clone, Default)]
pub struct TrialReports {
    /// The reports the actor may read, newest due date first: every report for those who
    /// read the trial whole, the accepted ones' public parts for the public.
    pub reports: Vec<Report>,
    /// The earliest report still awaiting its writers, if any.
    pub next_due: Option<Report>,
    /// Whether a report is overdue (shown to those who read the trial whole).
    pub overdue: bool,
    /// "Status not verified since …": the flag the public sees after the grace period.
    pub not_verified_since: Option<Date>,
    /// The last day the trial's reports confirmed its status: the end of the period of
    /// the latest submitted or accepted report.
    pub last_verified: Option<Date>,
    pub schedule: ReportingSchedule,
    /// Whether the actor writes the trial's reports.
    pub may_write: bool,
    /// Whether the actor accepts or returns them.
    pub may_decide: bool,
}

/// The trial page's reports part, read with the access the page already has.
pub async fn for_trial(
    app: &App,
    actor: &Actor,
    access: &TrialAccess,
) -> Result<TrialReports, Error> {
    let trial_id = access.trial.id;
    let scheme = app
        .store
        .scheme(access.trial.scheme_id)
        .await?
        .ok_or(Error::NotFound)?;
    let schedule = app.store.reporting_schedule(scheme.id).await?;
    let today = today_in(scheme.country, actor.now);
    let all = app.store.trial_reports(trial_id).await?;
    let oldest_waiting = all
        .iter()
        .filter(|r| r.status.awaits_applicant())
        .map(|r| r.due_date)
        .min();
    // The status is verified up to the end of the period the latest accepted report
    // covers (`verifies`, the rule the store applies to `verified_at` too).
    let last_verified = all
        .iter()
        .filter(|r| r.status.verifies())
        .map(|r| r.period_end)
        .max();
    let start = access
        .state
        .actual_start
        .unwrap_or(access.state.planned_start);
    let flag = not_verified_since(
        last_verified,
        start,
        oldest_waiting,
        schedule.grace_days,
        today,
    );
    let internal = access.rights.read_internal;
    let next_due = if internal {
        all.iter()
            .filter(|r| r.status.awaits_applicant())
            .min_by_key(|r| r.due_date)
            .cloned()
    } else {
        None
    };
    let overdue = internal && all.iter().any(|r| r.is_overdue(today));
    let mut reports: Vec<Report> = all
        .into_iter()
        .filter_map(|r| readable(r, internal))
        .collect();
    reports.sort_by(|a, b| b.due_date.cmp(&a.due_date).then(b.id.cmp(&a.id)));
    Ok(TrialReports {
        reports,
        next_due,
        overdue,
        not_verified_since: flag,
        last_verified,
        schedule,
        may_write: access.rights.report,
        may_decide: access.rights.manage,
    })
}

/// The report as the reader may see it: whole for those who read the trial whole; its
/// public part once accepted for everyone else; nothing otherwise.
fn readable(report: Report, internal: bool) -> Option<Report> {
    if internal {
        return Some(report);
    }
    if report.status != ReportStatus::Accepted {
        return None;
    }
    Some(Report {
        content: report.content.public_part(),
        return_comment: String::new(),
        submitted_by_name: None,
        decided_by_name: None,
        reminded: Vec::new(),
        ..report
    })
}

/// One report with its trial as the actor may act on them.
#[derive(Debug, Clone)]
pub struct ReportView {
    pub access: TrialAccess,
    pub report: Report,
    /// Whether the actor may write it now (a participant, while it awaits its writers).
    pub may_write: bool,
    /// Whether the actor may accept or return it now (the secretariat, once submitted).
    pub may_decide: bool,
    /// Whether it is overdue in its scheme's country today.
    pub overdue: bool,
    /// The scheme's country: the report's moments are shown in its time zone.
    pub country: frirum_domain::Country,
    /// The indicators' actuals for the periods inside the report's period (a report
    /// states them; read-only here, reported on the indicators page). The public sees
    /// approved actuals only.
    pub actuals: Vec<ReportActuals>,
    /// The review of every partner's demands and values (the partners area's).
    pub partners: crate::partners::ReportReview,
    /// The trial's learning questions with this report's answers (the networks area's).
    pub learning: crate::networks::ReportLearning,
}

/// One indicator's periods inside a report's period, with their actuals.
#[derive(Debug, Clone)]
pub struct ReportActuals {
    pub indicator: frirum_domain::indicator::Indicator,
    pub periods: Vec<frirum_domain::indicator::PeriodReport>,
}

/// The indicators' periods that end inside `start`–`end`, as the actor may read them.
async fn actuals_within(
    app: &App,
    access: &TrialAccess,
    start: Date,
    end: Date,
) -> Result<Vec<ReportActuals>, Error> {
    let internal = access.rights.read_internal;
    Ok(app
        .store
        .trial_indicators(access.trial.id)
        .await?
        .into_iter()
        .map(|ti| if internal { ti } else { ti.approved_only() })
        .map(|ti| ReportActuals {
            periods: ti
                .periods
                .into_iter()
                .filter(|p| p.period.end >= start && p.period.end <= end)
                .collect(),
            indicator: ti.indicator,
        })
        .filter(|a| !a.periods.is_empty())
        .collect())
}

/// A report of a trial, as the actor may read it: a report not accepted is NotFound to
/// those who do not read the trial whole.
pub async fn report(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    report_id: i64,
) -> Result<ReportView, Error> {
    let access = access(app, actor, trial_id, TrialAction::Read).await?;
    let report = load(app, trial_id, report_id).await?;
    let internal = access.rights.read_internal;
    let report = readable(report, internal).ok_or(Error::NotFound)?;
    let scheme = app
        .store
        .scheme(access.trial.scheme_id)
        .await?
        .ok_or(Error::NotFound)?;
    let today = today_in(scheme.country, actor.now);
    let may_write = access.rights.report && report.status.awaits_applicant();
    let mut report = report;
    // A report with no milestones yet starts from the plan of the latest report before it
    // that has one; nothing is saved until its writers save.
    if may_write && report.content.milestones.is_empty() {
        let earlier = app.store.trial_reports(trial_id).await?;
        if let Some(previous) = earlier
            .iter()
            .filter(|r| r.due_date < report.due_date && !r.content.milestones.is_empty())
            .max_by_key(|r| r.due_date)
        {
            report.content.milestones = previous.content.milestones.clone();
        }
    }
    let actuals = actuals_within(app, &access, report.period_start, report.period_end).await?;
    let partners = crate::partners::report_review(app, &access, report_id).await?;
    let learning = crate::networks::report_learning(app, &report).await?;
    Ok(ReportView {
        learning,
        partners,
        country: scheme.country,
        actuals,
        may_write,
        may_decide: access.rights.manage && report.status == ReportStatus::Submitted,
        overdue: internal && report.is_overdue(today),
        report,
        access,
    })
}

/// Every report of a trial the actor may read, by due date (the API's list).
pub async fn list(app: &App, actor: &Actor, trial_id: i64) -> Result<Vec<Report>, Error> {
    let access = access(app, actor, trial_id, TrialAction::Read).await?;
    let internal = access.rights.read_internal;
    Ok(app
        .store
        .trial_reports(trial_id)
        .await?
        .into_iter()
        .filter_map(|r| readable(r, internal))
        .collect())
}

async fn load(app: &App, trial_id: i64, report_id: i64) -> Result<Report, Error> {
    app.store
        .report(report_id)
        .await?
        .filter(|r| r.trial_id == trial_id)
        .ok_or(Error::NotFound)
}

/// Saves what a report says without submitting it (a participant's applicant), against the
/// version the form was made from.
pub async fn save(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    report_id: i64,
    seen_version: i64,
    content: ReportContent,
) -> Result<Report, Error> {
    let access = access(app, actor, trial_id, TrialAction::Report).await?;
    let report = load(app, trial_id, report_id).await?;
    report.status.check_editable().map_err(Error::rule)?;
    let content = content.cleaned();
    content.validate(access.state.exemptions.len())?;
    Ok(app
        .store
        .save_report(report_id, seen_version, &content, actor.journal(None))
        .await?)
}

/// Saves and submits a report (a participant's applicant): the trial's status counts as
/// verified from now, and the secretariat is told.
pub async fn submit(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    report_id: i64,
    seen_version: i64,
    content: ReportContent,
) -> Result<Report, Error> {
    let access = access(app, actor, trial_id, TrialAction::Report).await?;
    let report = load(app, trial_id, report_id).await?;
    report
        .status
        .check_move(ReportStatus::Submitted)
        .map_err(Error::rule)?;
    let content = content.cleaned();
    content.validate_for_submission(access.state.exemptions.len())?;
    crate::partners::check_submission(app, trial_id, report_id).await?;
    crate::networks::check_submission(app, &report).await?;
    let report = app
        .store
        .submit_report(report_id, seen_version, &content, actor.journal(None))
        .await?;
    let people = app.store.users_in_role(authz::SECRETARIAT).await;
    tell(
        app,
        actor,
        &access,
        &report,
        Told::Submitted,
        people.map_err(Error::from),
    )
    .await;
    crate::partners::tell_breaches(app, actor, &access, report_id).await;
    Ok(report)
}

/// Accepts a submitted report (the secretariat): its public parts become public.
pub async fn accept(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    report_id: i64,
    seen_version: i64,
) -> Result<Report, Error> {
    access(app, actor, trial_id, TrialAction::Manage).await?;
    let report = load(app, trial_id, report_id).await?;
    report
        .status
        .check_move(ReportStatus::Accepted)
        .map_err(Error::rule)?;
    Ok(app
        .store
        .accept_report(report_id, seen_version, actor.journal(None))
        .await?)
}

/// Returns a submitted report for revision with a comment (the secretariat); its writers
/// are told.
pub async fn return_for_revision(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    report_id: i64,
    seen_version: i64,
    comment: &str,
) -> Result<Report, Error> {
    let access = access(app, actor, trial_id, TrialAction::Manage).await?;
    let report = load(app, trial_id, report_id).await?;
    report
        .status
        .check_move(ReportStatus::Returned)
        .map_err(Error::rule)?;
    check_return_comment(comment).map_err(Error::rule)?;
    let report = app
        .store
        .return_report(report_id, seen_version, comment.trim(), actor.journal(None))
        .await?;
    let people = participants_applicants(app, &access).await;
    tell(app, actor, &access, &report, Told::Returned, people).await;
    Ok(report)
}

/// An overdue report as a dashboard lists it.
pub type OverdueReport = WaitingReport;

/// The overdue reports the actor should see on their own page: every one for the
/// secretariat, their organisation's trials' for an applicant, none for anyone else.
pub async fn overdue(app: &App, actor: &Actor) -> Result<Vec<OverdueReport>, Error> {
    let viewer = actor.viewer();
    let none = TrialFacts {
        participant_ids: &[],
        researcher_ids: &[],
    };
    let organisation_id = if authz::trial(viewer, &none, TrialAction::Manage).is_ok() {
        None
    } else if let Some(organisation_id) = viewer.organisation_id {
        Some(organisation_id)
    } else {
        return Ok(Vec::new());
    };
    // Tomorrow in UTC is after today everywhere; each country's own today decides below.
    let filter = WaitingFilter {
        organisation_id,
        due_before: Some(actor.now.date().next_day().unwrap_or(Date::MAX)),
    };
    let mut schemes: BTreeMap<i64, Option<Scheme>> = BTreeMap::new();
    let mut overdue = Vec::new();
    for waiting in app.store.waiting_reports(&filter).await? {
        let facts = TrialFacts {
            participant_ids: &waiting.participant_ids,
            researcher_ids: &[],
        };
        if authz::trial(viewer, &facts, TrialAction::Report).is_err()
            && authz::trial(viewer, &facts, TrialAction::Manage).is_err()
        {
            continue;
        }
        let Some(scheme) = scheme_of(app, &mut schemes, waiting.scheme_id).await? else {
            continue;
        };
        if frirum_domain::report::is_overdue(
            waiting.due_date,
            waiting.status,
            today_in(scheme.country, actor.now),
        ) {
            overdue.push(waiting);
        }
    }
    Ok(overdue)
}

async fn scheme_of(
    app: &App,
    cache: &mut BTreeMap<i64, Option<Scheme>>,
    scheme_id: i64,
) -> Result<Option<Scheme>, Error> {
    if let Some(scheme) = cache.get(&scheme_id) {
        return Ok(scheme.clone());
    }
    let scheme = app.store.scheme(scheme_id).await?;
    cache.insert(scheme_id, scheme.clone());
    Ok(scheme)
}

/// What one round of the reports' upkeep did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Upkept {
    pub created: u64,
    pub reminded: u64,
}

/// Creates the reports that have fallen due for every started trial, each starting from
/// the milestones of the trial's latest report, and sends the reminders due before and
/// after the due dates, each once (the store notes a reminder before it is sent, so two
/// servers never both send it). Safe to run every minute and on several servers at once.
pub async fn create_due_and_remind(app: &App, actor: &Actor) -> Result<Upkept, Error> {
    let mut done = Upkept::default();
    let mut schemes: BTreeMap<i64, Option<Scheme>> = BTreeMap::new();
    for trial_id in app
        .store
        .trials_in_status(&[
            TrialStatus::Running,
            TrialStatus::Suspended,
            TrialStatus::Ended,
        ])
        .await?
    {
        let (Some(trial), Some(state)) = (
            app.store.trial(trial_id).await?,
            app.store.trial_state(trial_id).await?,
        ) else {
            continue;
        };
        let Some(start) = state.actual_start else {
            continue;
        };
        let Some(scheme) = scheme_of(app, &mut schemes, trial.scheme_id).await? else {
            continue;
        };
        let schedule = app.store.reporting_schedule(scheme.id).await?;
        let end = state.actual_end.unwrap_or(state.planned_end);
        let today = today_in(scheme.country, actor.now);
        let existing = app.store.trial_reports(trial_id).await?;
        let missing: Vec<_> = schedule
            .due_reports(start, end, today)
            .into_iter()
            .filter(|d| {
                !existing
                    .iter()
                    .any(|r| r.due_date == d.due_date && r.kind == d.kind)
            })
            .collect();
        if missing.is_empty() {
            continue;
        }
        let initial = existing
            .iter()
            .max_by_key(|r| r.due_date)
            .map(|r| ReportContent::carried_forward(&r.content))
            .unwrap_or_default();
        let created = app
            .store
            .create_due_reports(trial_id, &missing, &initial, actor.journal(None))
            .await?;
        done.created += created.len() as u64;
    }
    for waiting in app.store.waiting_reports(&WaitingFilter::default()).await? {
        let Some(scheme) = scheme_of(app, &mut schemes, waiting.scheme_id).await? else {
            continue;
        };
        let schedule = app.store.reporting_schedule(scheme.id).await?;
        let today = today_in(scheme.country, actor.now);
        for reminder in
            schedule.reminders_due(waiting.due_date, waiting.status, today, &waiting.reminded)
        {
            if !app
                .store
                .mark_reminded(waiting.report_id, reminder, actor.now)
                .await?
            {
                continue;
            }
            let (Some(report), Ok(access)) = (
                app.store.report(waiting.report_id).await?,
                system_access(app, waiting.trial_id).await,
            ) else {
                continue;
            };
            let people = participants_applicants(app, &access).await;
            tell(
                app,
                actor,
                &access,
                &report,
                Told::Reminder(reminder),
                people,
            )
            .await;
            done.reminded += 1;
        }
    }
    Ok(done)
}

/// The trial as the upkeep reads it: no rights, only the records.
async fn system_access(app: &App, trial_id: i64) -> Result<TrialAccess, Error> {
    let trial = app.store.trial(trial_id).await?.ok_or(Error::NotFound)?;
    let state = app
        .store
        .trial_state(trial_id)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(TrialAccess {
        trial,
        state,
        researcher_ids: Vec::new(),
        rights: crate::trials::TrialRights::default(),
    })
}

/// The applicants of the organisations taking part in the trial now: who writes its
/// reports.
async fn participants_applicants(app: &App, access: &TrialAccess) -> Result<Vec<User>, Error> {
    let ids: Vec<i64> = access.state.participants.iter().map(|p| p.id).collect();
    Ok(app.store.applicants_of(&ids).await?)
}

/// What a notification about a report says.
#[derive(Debug, Clone, Copy)]
enum Told {
    Reminder(Reminder),
    Submitted,
    Returned,
}

impl Told {
    fn kind(self) -> NotificationKind {
        match self {
            Told::Reminder(_) => NotificationKind::ReportReminder,
            Told::Submitted => NotificationKind::ReportSubmitted,
            Told::Returned => NotificationKind::ReportReturned,
        }
    }

    fn message_ids(self) -> (&'static str, &'static str) {
        match self {
            Told::Reminder(Reminder::Before) => {
                ("report-notify-due-title", "report-notify-due-body")
            }
            Told::Reminder(Reminder::After) => {
                ("report-notify-overdue-title", "report-notify-overdue-body")
            }
            Told::Submitted => (
                "report-notify-submitted-title",
                "report-notify-submitted-body",
            ),
            Told::Returned => (
                "report-notify-returned-title",
                "report-notify-returned-body",
            ),
        }
    }
}

/// Tells the people about a report through the outbox, each in their language. A change
/// is stored before anyone is told, and a failure to tell is logged, never undoes it.
async fn tell(
    app: &App,
    actor: &Actor,
    access: &TrialAccess,
    report: &Report,
    told: Told,
    people: Result<Vec<User>, Error>,
) {
    let (title_id, body_id) = told.message_ids();
    let due = report.due_date.to_string();
    let args = |_: Language| {
        vec![
            ("case", access.trial.case_number.clone().into()),
            ("title", access.trial.title.clone().into()),
            ("due", due.clone().into()),
            ("comment", report.return_comment.clone().into()),
        ]
    };
    let message = Message {
        kind: told.kind(),
        scheme_id: access.trial.scheme_id,
        application_id: Some(access.trial.application_id),
        link: format!("/trials/{}/reports/{}", access.trial.id, report.id),
        title_id,
        body_id,
        args: &args,
    };
    send_message(app, actor.now, &message, people, None).await;
}
