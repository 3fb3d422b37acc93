//! Status reports as pages: `/trials/{id}/reports/{report_id}`, where the participants'
//! applicants write a due report (progress, milestones, the exemptions used, problems,
//! legal-security events) and submit it, and the secretariat accepts it or returns it with
//! a comment; the public reads accepted reports there. `/schemes/{id}/reporting` is the
//! secretariat's reporting schedule of a scheme. The trial page's section is
//! `templates/trials/reports_section.html`.

use askama::Template;
use axum::Form;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::reports::{self, ReportView};
use frirum_domain::report::{
    EventKind, ExemptionUse, LegalSecurityEvent, Milestone, MilestoneStatus, ReportContent,
    ReportingSchedule,
};
use frirum_domain::scheme::Scheme;
use serde::Deserialize;
use time::Date;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

/// Blank milestone rows a form offers for new milestones.
const NEW_MILESTONES: usize = 2;
/// Blank event rows a form offers.
const NEW_EVENTS: usize = 1;

/// A milestone row as typed.
#[derive(Debug, Clone, Default)]
pub struct MilestoneRow {
    pub title: String,
    pub due_date: String,
    pub status: String,
    pub note: String,
}

/// An exemption's row as typed: its place among the trial's exemptions and its name.
#[derive(Debug, Clone, Default)]
pub struct ExemptionRow {
    pub index: usize,
    pub reference: String,
    pub used: bool,
    pub count: String,
    pub note: String,
}

/// A legal-security event row as typed.
#[derive(Debug, Clone, Default)]
pub struct EventRow {
    pub kind: String,
    pub date: String,
    pub count: String,
    pub description: String,
    pub handling: String,
}

/// The report form as typed, so that a refused form comes back as it was.
#[derive(Debug, Clone, Default)]
pub struct ReportInput {
    pub version: i64,
    pub progress: String,
    pub problems: String,
    pub milestones: Vec<MilestoneRow>,
    pub exemptions: Vec<ExemptionRow>,
    pub events: Vec<EventRow>,
}

impl ReportInput {
    /// The form filled with what the report says, with blank rows to add to.
    fn of(view: &ReportView) -> ReportInput {
        let content = &view.report.content;
        let mut milestones: Vec<MilestoneRow> = content
            .milestones
            .iter()
            .map(|m| MilestoneRow {
                title: m.title.clone(),
                due_date: m.due_date.to_string(),
                status: m.status.as_str().to_owned(),
                note: m.note.clone(),
            })
            .collect();
        milestones.extend((0..NEW_MILESTONES).map(|_| MilestoneRow::default()));
        let exemptions = view
            .access
            .state
            .exemptions
            .iter()
            .enumerate()
            .map(|(index, e)| {
                let used = content
                    .exemptions_used
                    .iter()
                    .find(|u| u.exemption == index);
                ExemptionRow {
                    index,
                    reference: e.grant.reference.clone(),
                    used: used.is_some_and(|u| u.used),
                    count: used
                        .and_then(|u| u.count)
                        .map(|c| c.to_string())
                        .unwrap_or_default(),
                    note: used.map(|u| u.note.clone()).unwrap_or_default(),
                }
            })
            .collect();
        let mut events: Vec<EventRow> = content
            .events
            .iter()
            .map(|e| EventRow {
                kind: e.kind.as_str().to_owned(),
                date: e.date.to_string(),
                count: e.count.to_string(),
                description: e.description.clone(),
                handling: e.handling.clone(),
            })
            .collect();
        events.extend((0..NEW_EVENTS).map(|_| EventRow::default()));
        ReportInput {
            version: view.report.version,
            progress: content.progress.clone(),
            problems: content.problems.clone(),
            milestones,
            exemptions,
            events,
        }
    }

    /// The form's pairs as typed; rows are matched by their order.
    fn from_pairs(pairs: &[(String, String)], exemptions: &[String]) -> ReportInput {
        let all = |name: &str| -> Vec<String> {
            pairs
                .iter()
                .filter(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .collect()
        };
        let one = |name: &str| all(name).into_iter().next().unwrap_or_default();
        let at = |v: &[String], i: usize| v.get(i).cloned().unwrap_or_default();
        let (m_title, m_due, m_status, m_note) =
            (all("m_title"), all("m_due"), all("m_status"), all("m_note"));
        let milestones = (0..m_title.len())
            .map(|i| MilestoneRow {
                title: at(&m_title, i),
                due_date: at(&m_due, i),
                status: at(&m_status, i),
                note: at(&m_note, i),
            })
            .collect();
        let exemptions = exemptions
            .iter()
            .enumerate()
            .map(|(index, reference)| ExemptionRow {
                index,
                reference: reference.clone(),
                used: !one(&format!("x_used_{index}")).is_empty(),
                count: one(&format!("x_count_{index}")),
                note: one(&format!("x_note_{index}")),
            })
            .collect();
        let (e_kind, e_date, e_count, e_desc, e_handling) = (
            all("e_kind"),
            all("e_date"),
            all("e_count"),
            all("e_description"),
            all("e_handling"),
        );
        let events = (0..e_kind.len())
            .map(|i| EventRow {
                kind: at(&e_kind, i),
                date: at(&e_date, i),
                count: at(&e_count, i),
                description: at(&e_desc, i),
                handling: at(&e_handling, i),
            })
            .collect();
        ReportInput {
            version: one("version").trim().parse().unwrap_or(0),
            progress: one("progress"),
            problems: one("problems"),
            milestones,
            exemptions,
            events,
        }
    }

    /// What the form says, or the first field that cannot be read (named as the API
    /// names it). Rows left wholly empty are left out.
    fn content(&self) -> Result<ReportContent, AppError> {
        let mut content = ReportContent {
            progress: self.progress.clone(),
            problems: self.problems.clone(),
            ..ReportContent::default()
        };
        let kept_milestones = self.milestones.iter().filter(|m| {
            !(m.title.trim().is_empty() && m.due_date.trim().is_empty() && m.note.trim().is_empty())
        });
        for (i, m) in kept_milestones.enumerate() {
            content.milestones.push(Milestone {
                title: m.title.clone(),
                due_date: date(&format!("milestones[{i}].due_date"), &m.due_date)?,
                status: m.status.parse::<MilestoneStatus>().map_err(|_| {
                    AppError::field(format!("milestones[{i}].status"), "not one of the choices")
                })?,
                note: m.note.clone(),
            });
        }
        for x in &self.exemptions {
            let count = match x.count.trim() {
                "" => None,
                text => Some(text.parse::<u32>().map_err(|_| {
                    AppError::field(
                        format!("exemptions_used[{}].count", x.index),
                        "a whole number such as 12",
                    )
                })?),
            };
            if x.used || count.is_some() || !x.note.trim().is_empty() {
                content.exemptions_used.push(ExemptionUse {
                    exemption: x.index,
                    used: x.used,
                    count,
                    note: x.note.clone(),
                });
            }
        }
        let kept_events = self.events.iter().filter(|e| {
            !(e.description.trim().is_empty()
                && e.date.trim().is_empty()
                && e.count.trim().is_empty()
                && e.handling.trim().is_empty())
        });
        for (i, e) in kept_events.enumerate() {
            content.events.push(LegalSecurityEvent {
                kind: e.kind.parse::<EventKind>().map_err(|_| {
                    AppError::field(format!("events[{i}].kind"), "not one of the choices")
                })?,
                date: date(&format!("events[{i}].date"), &e.date)?,
                count: e.count.trim().parse::<u32>().map_err(|_| {
                    AppError::field(format!("events[{i}].count"), "a whole number such as 1")
                })?,
                description: e.description.clone(),
                handling: e.handling.clone(),
            });
        }
        Ok(content)
    }
}

fn date(field: &str, text: &str) -> Result<Date, AppError> {
    Date::parse(
        text.trim(),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .map_err(|_| AppError::field(field, "a date such as 2026-05-31"))
}

/// A field's label in the report's own words: `milestones[1].due_date` is "Milestone 2:
/// Due date".
fn label(ctx: &PageContext, path: &str) -> String {
    let (head, sub) = match path.split_once('.') {
        Some((head, sub)) => (head, Some(sub)),
        None => (path, None),
    };
    let (name, index) = match head.split_once('[') {
        Some((name, i)) => (name, i.trim_end_matches(']').parse::<u64>().ok()),
        None => (head, None),
    };
    let mut words = match index {
        Some(i) => format!(
            "{} {}",
            ctx.t(&format!("report-row-{name}")),
            ctx.number(&(i + 1))
        ),
        None => ctx.t(&format!("report-label-{name}")),
    };
    if let Some(sub) = sub {
        words = format!("{words}: {}", ctx.t(&format!("report-label-{sub}")));
    }
    words
}

/// A refusal in the visitor's language, its field named by the form's labels.
fn message(ctx: &PageContext, err: &AppError) -> String {
    match err {
        AppError::App(Error::Field(e)) => {
            let named =
                frirum_domain::text::FieldError::new(label(ctx, &e.field), e.problem.clone());
            ctx.field_error(&named)
        }
        AppError::App(Error::InvalidField { field, .. }) => {
            ctx.t1("report-invalid-value", "field", label(ctx, field))
        }
        _ => ctx.error_message(err),
    }
}

/// The field a refusal names, as the API names it.
fn field_of(err: &AppError) -> Option<String> {
    match err {
        AppError::App(Error::Field(e)) => Some(e.field.clone()),
        AppError::App(Error::InvalidField { field, .. }) => Some(field.clone()),
        AppError::App(Error::Rule(rule)) => rule
            .details
            .get("field")
            .and_then(|f| f.as_str())
            .map(str::to_owned),
        _ => None,
    }
}

#[derive(Template)]
#[template(path = "trials/reports_report.html")]
struct ReportPage {
    ctx: PageContext,
    view: ReportView,
    input: ReportInput,
    milestone_statuses: [MilestoneStatus; 4],
    event_kinds: [EventKind; 4],
    /// A refused form's message, and the field it names.
    message: Option<String>,
    error_field: Option<String>,
    /// What was just done ("saved", "submitted", "accepted", "returned").
    done: Option<String>,
    comment: String,
    /// The indicators' actuals for the periods inside the report's period, read-only.
    actuals: Vec<ActualRow>,
}

/// One indicator period's actual as the report shows it.
struct ActualRow {
    indicator: String,
    period: String,
    value: String,
    status: String,
}

/// The rows of the report's indicator actuals, in the language's number format with
/// their unit; a period not reported yet says so.
fn actual_rows(ctx: &PageContext, view: &ReportView) -> Vec<ActualRow> {
    use frirum_domain::indicator::{ActualValue, Measure};
    let mut rows = Vec::new();
    for a in &view.actuals {
        let d = &a.indicator.definition;
        for p in &a.periods {
            let update = p.update.as_ref();
            let value = match update.and_then(|u| u.value.as_ref()) {
                Some(ActualValue::Number(n)) => {
                    let n = ctx.decimal(n);
                    match d.measure {
                        Measure::Percentage => format!("{n} %"),
                        _ if d.unit.is_empty() => n,
                        _ => format!("{n} {}", d.unit),
                    }
                }
                Some(ActualValue::Text(t)) => t.clone(),
                None if update.is_some_and(|u| !u.breakdown.is_empty()) => {
                    ctx.t("report-actuals-breakdown")
                }
                None => ctx.t("report-actuals-none"),
            };
            rows.push(ActualRow {
                indicator: d.title.clone(),
                period: format!(
                    "{} – {}",
                    ctx.date(&p.period.start),
                    ctx.date(&p.period.end)
                ),
                value,
                status: update
                    .map(|u| ctx.tp("indicator-status-", u.status.as_str()))
                    .unwrap_or_default(),
            });
        }
    }
    rows
}

impl ReportPage {
    /// Whether the refusal names this field (`milestones[0].title`).
    fn is_error(&self, field: &str) -> bool {
        self.error_field.as_deref() == Some(field)
    }

    /// The id of the control a field's refusal points to.
    fn field_id(field: &str) -> String {
        field.replace(['[', '.'], "-").replace(']', "")
    }

    /// Whether the refusal names this field of row `i` of a list.
    fn row_error(&self, list: &str, i: impl std::fmt::Display, field: &str) -> bool {
        self.error_field.as_deref() == Some(format!("{list}[{i}].{field}").as_str())
    }

    /// Whether the refusal names any field of row `i` of a list.
    fn row_error_any(&self, list: &str, i: impl std::fmt::Display) -> bool {
        self.error_field
            .as_deref()
            .is_some_and(|f| f.starts_with(&format!("{list}[{i}]")))
    }

    /// The name of the trial's exemption at a place, as granted.
    fn exemption_name(&self, index: impl std::borrow::Borrow<usize>) -> String {
        self.view
            .access
            .state
            .exemptions
            .get(*index.borrow())
            .map(|x| x.grant.reference.clone())
            .unwrap_or_default()
    }

    fn error_id(&self) -> String {
        self.error_field
            .as_deref()
            .map(Self::field_id)
            .unwrap_or_default()
    }
}

#[derive(Deserialize)]
pub struct DoneQuery {
    #[serde(default)]
    pub done: Option<String>,
}

fn report_page(
    state: &AppState,
    ctx: &RequestContext,
    view: ReportView,
    input: Option<ReportInput>,
    error: Option<&AppError>,
    done: Option<String>,
    comment: String,
) -> Result<Response, AppError> {
    // The report's moments in its scheme's country's time zone (a Danish trial in Danish
    // time), whatever the visitor's language.
    let page_ctx = page_context(state, ctx).in_country(view.country);
    let message = error.map(|e| message(&page_ctx, e));
    let error_field = error.and_then(field_of);
    let actuals = actual_rows(&page_ctx, &view);
    let page = ReportPage {
        actuals,
        input: input.unwrap_or_else(|| ReportInput::of(&view)),
        ctx: page_ctx,
        view,
        milestone_statuses: MilestoneStatus::ALL,
        event_kinds: EventKind::ALL,
        message,
        error_field,
        done: done.filter(|d| ["saved", "submitted", "accepted", "returned"].contains(&d.as_str())),
        comment,
    };
    let mut response = page.render_html()?.into_response();
    if let Some(e) = error {
        *response.status_mut() = e.status();
    }
    Ok(response)
}

/// A report of a trial: the form for its writers, the decision for the secretariat, the
/// accepted report for everyone.
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((trial_id, report_id)): Path<(i64, i64)>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let view = reports::report(&state, &ctx, trial_id, report_id).await?;
    report_page(&state, &ctx, view, None, None, query.done, String::new())
}

/// Saves or submits a report (the form's `action` says which); a refusal shows the form
/// again as typed, with the refusal beside its field.
pub async fn write(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((trial_id, report_id)): Path<(i64, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    // The exemptions' rows are counted from the form; the use case checks them against
    // the trial, so that the rights are asked before anything is read.
    let exemptions = pairs
        .iter()
        .filter(|(k, _)| k.starts_with("x_count_"))
        .count();
    let mut input = ReportInput::from_pairs(&pairs, &vec![String::new(); exemptions]);
    let submit = pairs.iter().any(|(k, v)| k == "action" && v == "submit");
    // The answers to the trial's learning questions (the networks' part), saved first so
    // that a final report's submission finds them.
    let learning = crate::handlers::pages::networks::report_answers(&pairs);
    if !learning.is_empty() {
        frirum_app::networks::save_answers(&state, &ctx, trial_id, report_id, &learning).await?;
    }
    // The review of the partners' demands and values first (the testbeds' part).
    let review = crate::handlers::pages::partners::save_report_review(
        &state, &ctx, trial_id, report_id, &pairs, submit,
    )
    .await;
    let outcome = match review.map(|()| input.content()) {
        Err(e) => Err(e),
        Ok(Ok(content)) if submit => {
            reports::submit(&state, &ctx, trial_id, report_id, input.version, content)
                .await
                .map_err(AppError::from)
        }
        Ok(Ok(content)) => reports::save(&state, &ctx, trial_id, report_id, input.version, content)
            .await
            .map_err(AppError::from),
        // A form that cannot be read is refused beside its field, to those who may write.
        Ok(Err(e)) => {
            frirum_app::trials::access(
                &state,
                &ctx,
                trial_id,
                frirum_domain::authz::TrialAction::Report,
            )
            .await?;
            Err(e)
        }
    };
    match outcome {
        Ok(_) => {
            let done = if submit { "submitted" } else { "saved" };
            Ok(see_other(&format!(
                "/trials/{trial_id}/reports/{report_id}?done={done}"
            )))
        }
        Err(e) if refused_form(&e) => {
            let mut view = reports::report(&state, &ctx, trial_id, report_id).await?;
            crate::handlers::pages::partners::keep_typed(&mut view.partners, &pairs, submit);
            for row in &mut input.exemptions {
                if let Some(x) = view.access.state.exemptions.get(row.index) {
                    row.reference = x.grant.reference.clone();
                }
            }
            report_page(
                &state,
                &ctx,
                view,
                Some(input),
                Some(&e),
                None,
                String::new(),
            )
        }
        Err(e) => Err(e),
    }
}

/// Whether a refusal is the form's to show beside its fields (not a missing right).
fn refused_form(err: &AppError) -> bool {
    matches!(
        err,
        AppError::App(
            Error::Field(_)
                | Error::InvalidField { .. }
                | Error::Rule(_)
                | Error::EditConflict { .. }
        )
    )
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    pub version: i64,
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub comment: String,
}

/// Accepts or returns a submitted report (the secretariat).
pub async fn decide(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((trial_id, report_id)): Path<(i64, i64)>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, AppError> {
    let outcome = match form.decision.as_str() {
        "accept" => reports::accept(&state, &ctx, trial_id, report_id, form.version).await,
        "return" => {
            reports::return_for_revision(
                &state,
                &ctx,
                trial_id,
                report_id,
                form.version,
                &form.comment,
            )
            .await
        }
        _ => Err(Error::field("decision", "not one of the choices")),
    }
    .map_err(AppError::from);
    match outcome {
        Ok(report) => {
            let done = report.status.as_str();
            Ok(see_other(&format!(
                "/trials/{trial_id}/reports/{report_id}?done={done}"
            )))
        }
        Err(e) if refused_form(&e) => {
            let view = reports::report(&state, &ctx, trial_id, report_id).await?;
            report_page(&state, &ctx, view, None, Some(&e), None, form.comment)
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "trials/reports_schedule.html")]
struct SchedulePage {
    ctx: PageContext,
    scheme: Scheme,
    /// The figures as typed.
    input: ScheduleForm,
    saved: bool,
    message: Option<String>,
    error_field: Option<String>,
}

impl SchedulePage {
    /// Each figure's field: its name, the value as typed, and its range.
    fn rows(&self) -> Vec<(&'static str, String, u32, u32)> {
        let i = &self.input;
        vec![
            ("every_months", i.every_months.clone(), 1, 24),
            ("final_after_days", i.final_after_days.clone(), 0, 365),
            ("grace_days", i.grace_days.clone(), 0, 365),
            ("remind_before_days", i.remind_before_days.clone(), 0, 90),
            ("remind_after_days", i.remind_after_days.clone(), 0, 90),
        ]
    }

    fn is_error(&self, field: &str) -> bool {
        self.error_field.as_deref() == Some(field)
    }
}

/// The schedule form as typed.
#[derive(Deserialize, Debug, Clone, Default)]
pub struct ScheduleForm {
    #[serde(default)]
    pub every_months: String,
    #[serde(default)]
    pub final_after_days: String,
    #[serde(default)]
    pub grace_days: String,
    #[serde(default)]
    pub remind_before_days: String,
    #[serde(default)]
    pub remind_after_days: String,
}

impl ScheduleForm {
    fn of(s: &ReportingSchedule) -> Self {
        ScheduleForm {
            every_months: s.every_months.to_string(),
            final_after_days: s.final_after_days.to_string(),
            grace_days: s.grace_days.to_string(),
            remind_before_days: s.remind_before_days.to_string(),
            remind_after_days: s.remind_after_days.to_string(),
        }
    }

    fn schedule(&self) -> Result<ReportingSchedule, AppError> {
        let n = |field: &str, text: &str| {
            text.trim()
                .parse::<u32>()
                .map_err(|_| AppError::field(field, "a whole number such as 6"))
        };
        Ok(ReportingSchedule {
            every_months: n("every_months", &self.every_months)?,
            final_after_days: n("final_after_days", &self.final_after_days)?,
            grace_days: n("grace_days", &self.grace_days)?,
            remind_before_days: n("remind_before_days", &self.remind_before_days)?,
            remind_after_days: n("remind_after_days", &self.remind_after_days)?,
        })
    }
}

#[derive(Deserialize)]
pub struct SavedQuery {
    #[serde(default)]
    pub saved: Option<String>,
}

/// A scheme's reporting schedule, for the secretariat.
pub async fn schedule_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let (scheme, schedule) = reports::schedule(&state, &ctx, id).await?;
    let page = SchedulePage {
        ctx: page_context(&state, &ctx),
        scheme,
        input: ScheduleForm::of(&schedule),
        saved: query.saved.is_some(),
        message: None,
        error_field: None,
    };
    Ok(page.render_html()?.into_response())
}

/// Saves a scheme's reporting schedule; a refusal shows the form again as typed.
pub async fn schedule_submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<ScheduleForm>,
) -> Result<Response, AppError> {
    let outcome = match form.schedule() {
        Ok(schedule) => reports::set_schedule(&state, &ctx, id, schedule)
            .await
            .map_err(AppError::from),
        Err(e) => Err(e),
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!("/schemes/{id}/reporting?saved=1"))),
        Err(e) if refused_form(&e) => {
            let (scheme, _) = reports::schedule(&state, &ctx, id).await?;
            let page_ctx = page_context(&state, &ctx);
            let page = SchedulePage {
                message: Some(message(&page_ctx, &e)),
                error_field: field_of(&e),
                ctx: page_ctx,
                scheme,
                input: form,
                saved: false,
            };
            let mut response = page.render_html()?.into_response();
            *response.status_mut() = e.status();
            Ok(response)
        }
        Err(e) => Err(e),
    }
}
