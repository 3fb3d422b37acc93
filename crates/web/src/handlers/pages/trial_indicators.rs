//! The indicators of a trial as pages: the section of the trial page (each indicator's
//! chart beside its data table), and `/trials/{id}/indicators`, where the participants'
//! applicants report actuals per period or import the CSV file the export writes, the
//! secretariat and the trial's researchers approve or return what was sent, and the
//! secretariat adds indicators. The CSV export is `/trials/{id}/indicators.csv`.

use askama::Template;
use axum::Form;
use axum::extract::rejection::FormRejection;
use axum::extract::{Multipart, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use frirum_app::indicators::{self, TrialIndicators, TypedUpdate};
use frirum_app::{BrokenRule, Error};
use frirum_domain::indicator::{
    self, ActualValue, Breakdown, Frequency, IndicatorDefinition, Measure, Reach, TrialIndicator,
    UpdateStatus, Verdict,
};
use frirum_domain::rule::Refusal;
use serde::Deserialize;
use time::Date;

use crate::AppState;
use crate::charts::IndicatorChart;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

/// One period of an indicator as the table and the forms show it.
pub struct PeriodView {
    pub period_id: i64,
    pub start: String,
    pub end: String,
    pub target: String,
    /// The actual as the language writes it ("—" when none may be shown).
    pub actual: String,
    /// The breakdown's actuals: (category, value written).
    pub breakdown: Vec<(String, String)>,
    /// The status in words, and its key for styling ("" when nothing was reported).
    pub status: String,
    pub status_key: String,
    pub comment: String,
    pub reviewer_comment: String,
    pub reported_by: String,
    pub reported_at: String,
    pub reviewed_by: String,
    pub update_id: i64,
    pub version: i64,
    /// The applicant may write it (it has ended within the trial, and has no update yet,
    /// a draft, or a returned one).
    pub writable: bool,
    /// Why it cannot be reported ("" when it can): not ended yet, or not reached.
    pub reach_note: String,
    pub locked: bool,
    pub submitted: bool,
    /// What the form shows: the value and the categories' values as typed.
    pub form_value: String,
    pub form_categories: Vec<(usize, String, String)>,
    /// The comment the report form and the review form show (as typed when refused).
    pub form_comment: String,
    pub review_comment: String,
    /// A refusal of this period's form, shown beside it.
    pub error: Option<String>,
}

/// An earlier definition of an indicator, shown so that nothing is revised silently.
pub struct RevisionView {
    pub revision: i64,
    pub summary: String,
    pub reason: String,
    pub replaced: String,
}

/// One indicator with its chart, table and forms.
pub struct IndicatorView {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub measure: String,
    pub unit: String,
    pub direction: String,
    pub baseline: String,
    pub target: String,
    pub frequency: String,
    pub dimension: String,
    pub categories: Vec<String>,
    pub qualitative: bool,
    pub chart: String,
    /// The chart's axes as visible text beside it (the SVG has no text): the first and
    /// last year and the lowest and highest value ("" without a chart).
    pub axes: String,
    pub revision: i64,
    pub revisions: Vec<RevisionView>,
    /// The definition as the secretariat's edit form shows it, and its refusal.
    pub edit: EditValues,
    pub edit_error: Option<String>,
    pub periods: Vec<PeriodView>,
}

/// An indicator's definition as plain form values.
pub struct EditValues {
    pub measure: String,
    pub unit: String,
    pub ascending: bool,
    pub baseline_value: String,
    pub baseline_date: String,
    pub target_value: String,
    pub target_date: String,
    pub frequency: String,
    pub categories: String,
}

/// The indicators of a trial, ready for the section and the page.
pub struct IndicatorSection {
    pub trial_id: i64,
    pub indicators: Vec<IndicatorView>,
    pub may_report: bool,
    pub may_review: bool,
    pub may_manage: bool,
    pub insider: bool,
    pub awaiting_review: usize,
    /// Whether any period has a value this viewer may see (for the public: approved ones),
    /// so that an ended trial without any says that nothing was reported.
    pub reported: bool,
}

impl IndicatorSection {
    /// The periods waiting for review, with their indicator's title and whether the
    /// indicator takes text.
    pub fn queue(&self) -> Vec<(&IndicatorView, &PeriodView)> {
        self.indicators
            .iter()
            .flat_map(|i| i.periods.iter().map(move |p| (i, p)))
            .filter(|(_, p)| p.submitted)
            .collect()
    }
}

/// A form that was refused, with what was typed, to show it again beside its fields.
#[derive(Default)]
pub struct Refused {
    /// Which form: `period-<id>`, `review-<id>`, `import` or `define`.
    pub form: String,
    pub message: String,
    pub value: String,
    pub categories: Vec<(String, String)>,
    pub comment: String,
}

/// A value in the language's number format with its unit ("95 %", "12 days"), or words.
fn with_measure(ctx: &PageContext, d: &IndicatorDefinition, value: &ActualValue) -> String {
    match value {
        ActualValue::Number(n) => with_unit(ctx, d.measure, &d.unit, *n),
        ActualValue::Text(t) => t.clone(),
    }
}

fn with_unit(ctx: &PageContext, measure: Measure, unit: &str, n: f64) -> String {
    let n = ctx.decimal(&n);
    match measure {
        Measure::Percentage => format!("{n} %"),
        _ if unit.is_empty() => n,
        _ => format!("{n} {unit}"),
    }
}

/// The section's data for the trial page and the indicators page (the section template
/// calls it with the trial page's data).
pub fn section(ctx: &PageContext, data: &TrialIndicators) -> IndicatorSection {
    section_with(ctx, data, None)
}

fn section_with(
    ctx: &PageContext,
    data: &TrialIndicators,
    refused: Option<&Refused>,
) -> IndicatorSection {
    IndicatorSection {
        trial_id: data.trial_id,
        indicators: data
            .indicators
            .iter()
            .map(|ti| indicator_view(ctx, ti, data, refused))
            .collect(),
        may_report: data.rights.report,
        may_review: data.rights.review,
        may_manage: data.rights.manage,
        insider: data.rights.read_internal,
        awaiting_review: data.awaiting_review,
        reported: data
            .indicators
            .iter()
            .any(|ti| ti.periods.iter().any(|p| p.update.is_some())),
    }
}

fn indicator_view(
    ctx: &PageContext,
    ti: &TrialIndicator,
    data: &TrialIndicators,
    refused: Option<&Refused>,
) -> IndicatorView {
    let may_report = data.rights.report;
    let d = &ti.indicator.definition;
    let id = ti.indicator.id;
    let dash = || "—".to_owned();
    let baseline = match (d.baseline_value, d.baseline_date) {
        (Some(v), Some(on)) => format!(
            "{} ({})",
            with_unit(ctx, d.measure, &d.unit, v),
            ctx.date(&on)
        ),
        (Some(v), None) => with_unit(ctx, d.measure, &d.unit, v),
        _ => dash(),
    };
    let target = match (d.target_value, d.target_date) {
        (Some(v), Some(by)) => format!(
            "{} ({})",
            with_unit(ctx, d.measure, &d.unit, v),
            ctx.date(&by)
        ),
        (Some(v), None) => with_unit(ctx, d.measure, &d.unit, v),
        _ => dash(),
    };
    let categories = d.categories().to_vec();
    let periods: Vec<PeriodView> = ti
        .periods
        .iter()
        .map(|p| {
            let update = p.update.as_ref();
            let form = format!("period-{}", p.period.id);
            let refused_here = refused.filter(|r| r.form == form);
            let value_of = |category: &str| {
                update
                    .and_then(|u| u.breakdown.iter().find(|b| b.category == category))
                    .map(|b| b.value.to_plain())
                    .unwrap_or_default()
            };
            let form_categories = categories
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let typed = refused_here
                        .and_then(|r| r.categories.iter().find(|(k, _)| k == c))
                        .map(|(_, v)| v.clone());
                    (i, c.clone(), typed.unwrap_or_else(|| value_of(c)))
                })
                .collect();
            let status_key = update.map(|u| u.status.as_str()).unwrap_or("");
            let reach = indicator::reach(&p.period, data.today, data.actual_end);
            let not_reached = reach == Reach::AfterTrialEnd && update.is_none();
            PeriodView {
                reach_note: match reach {
                    Reach::Open => String::new(),
                    Reach::NotEnded => ctx.t("indicator-reach-not-ended"),
                    Reach::AfterTrialEnd => ctx.t("indicator-reach-not-reached"),
                },
                period_id: p.period.id,
                start: ctx.date(&p.period.start),
                end: ctx.date(&p.period.end),
                // A period the trial never reached has no target and says why.
                target: p
                    .period
                    .target
                    .filter(|_| !not_reached)
                    .map(|t| with_unit(ctx, d.measure, &d.unit, t))
                    .unwrap_or_else(dash),
                actual: if not_reached {
                    ctx.t("indicator-reach-not-reached")
                } else {
                    update
                        .and_then(|u| u.value.as_ref())
                        .map(|v| with_measure(ctx, d, v))
                        .unwrap_or_else(dash)
                },
                breakdown: update
                    .map(|u| {
                        u.breakdown
                            .iter()
                            .map(|b| (b.category.clone(), with_measure(ctx, d, &b.value)))
                            .collect()
                    })
                    .unwrap_or_default(),
                status: if status_key.is_empty() {
                    String::new()
                } else {
                    ctx.tp("indicator-status-", status_key)
                },
                status_key: status_key.to_owned(),
                comment: update.map(|u| u.comment.clone()).unwrap_or_default(),
                reviewer_comment: update
                    .map(|u| u.reviewer_comment.clone())
                    .unwrap_or_default(),
                reported_by: update
                    .and_then(|u| u.reported_by_name.clone())
                    .unwrap_or_default(),
                reported_at: update.map(|u| ctx.day(&u.reported_at)).unwrap_or_default(),
                reviewed_by: update
                    .and_then(|u| u.reviewed_by_name.clone())
                    .unwrap_or_default(),
                update_id: update.map_or(0, |u| u.id),
                version: update.map_or(0, |u| u.version),
                writable: may_report
                    && reach == Reach::Open
                    && !matches!(
                        update.map(|u| u.status),
                        Some(UpdateStatus::Approved | UpdateStatus::Submitted)
                    ),
                locked: p.locked(),
                submitted: update.is_some_and(|u| u.status == UpdateStatus::Submitted),
                form_value: refused_here.map_or_else(
                    || {
                        update
                            .and_then(|u| u.value.as_ref())
                            .map(ActualValue::to_plain)
                            .unwrap_or_default()
                    },
                    |r| r.value.clone(),
                ),
                form_categories,
                form_comment: refused_here.map_or_else(
                    || update.map(|u| u.comment.clone()).unwrap_or_default(),
                    |r| r.comment.clone(),
                ),
                review_comment: refused
                    .filter(|r| r.form == format!("review-{}", update.map_or(0, |u| u.id)))
                    .map(|r| r.comment.clone())
                    .unwrap_or_default(),
                error: refused
                    .filter(|r| {
                        r.form == form || r.form == format!("review-{}", update.map_or(0, |u| u.id))
                    })
                    .map(|r| r.message.clone()),
            }
        })
        .collect();
    let approved: Vec<(Date, f64)> = ti
        .periods
        .iter()
        .filter(|p| p.locked())
        .filter_map(|p| {
            let v = p.update.as_ref()?.value.as_ref()?.number()?;
            Some((p.period.end, v))
        })
        .collect();
    let description = ctx.t_texts(
        "indicator-chart-desc",
        &[
            ("baseline", &baseline),
            ("target", &target),
            (
                "actuals",
                &if approved.is_empty() {
                    ctx.t("indicator-chart-no-actuals")
                } else {
                    approved
                        .iter()
                        .map(|(end, v)| format!("{} {}", ctx.date(end), ctx.decimal(v)))
                        .collect::<Vec<_>>()
                        .join("; ")
                },
            ),
        ],
    );
    let axes = {
        let values: Vec<f64> = d
            .baseline_value
            .iter()
            .copied()
            .chain(ti.periods.iter().filter_map(|p| p.period.target))
            .chain(approved.iter().map(|p| p.1))
            .collect();
        let low = values.iter().copied().fold(f64::INFINITY, f64::min);
        let high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        match (ti.periods.first(), ti.periods.last()) {
            (Some(first), Some(last)) if d.measure.is_numeric() && low.is_finite() => ctx.t_texts(
                "indicator-chart-axes",
                &[
                    ("from", first.period.start.year().to_string().as_str()),
                    ("to", last.period.end.year().to_string().as_str()),
                    ("low", with_unit(ctx, d.measure, &d.unit, low).as_str()),
                    ("high", with_unit(ctx, d.measure, &d.unit, high).as_str()),
                ],
            ),
            _ => String::new(),
        }
    };
    let chart = if d.measure.is_numeric() {
        IndicatorChart {
            id: format!("indicator-{id}-chart"),
            title: d.title.clone(),
            description,
            start: ti.periods.first().map(|p| p.period.start),
            end: ti.periods.last().map(|p| p.period.end),
            baseline: d.baseline_value,
            targets: ti
                .periods
                .iter()
                .filter_map(|p| Some((p.period.end, p.period.target?)))
                .collect(),
            actuals: approved,
        }
        .svg()
    } else {
        String::new()
    };
    IndicatorView {
        id,
        axes,
        title: d.title.clone(),
        description: d.description.clone(),
        measure: ctx.tp("indicator-measure-", d.measure.as_str()),
        unit: d.unit.clone(),
        direction: ctx.t(if d.ascending {
            "indicator-ascending"
        } else {
            "indicator-descending"
        }),
        baseline,
        target,
        frequency: ctx.tp("indicator-frequency-", d.frequency.as_str()),
        dimension: d
            .breakdown
            .as_ref()
            .map(|b| b.dimension.clone())
            .unwrap_or_default(),
        categories,
        qualitative: !d.measure.is_numeric(),
        chart,
        revision: ti.indicator.revision,
        edit_error: refused
            .filter(|r| r.form == format!("revise-{id}"))
            .map(|r| r.message.clone()),
        edit: EditValues {
            measure: d.measure.as_str().to_owned(),
            unit: d.unit.clone(),
            ascending: d.ascending,
            baseline_value: d
                .baseline_value
                .map(frirum_domain::indicator::format_number)
                .unwrap_or_default(),
            baseline_date: d.baseline_date.map(|x| x.to_string()).unwrap_or_default(),
            target_value: d
                .target_value
                .map(frirum_domain::indicator::format_number)
                .unwrap_or_default(),
            target_date: d.target_date.map(|x| x.to_string()).unwrap_or_default(),
            frequency: d.frequency.as_str().to_owned(),
            categories: d.categories().join("\n"),
        },
        revisions: ti
            .revisions
            .iter()
            .map(|r| RevisionView {
                revision: r.revision,
                summary: format!(
                    "{} · {}: {} · {}: {}",
                    r.definition.title,
                    ctx.t("indicator-baseline"),
                    r.definition
                        .baseline_value
                        .map(|v| ctx.decimal(&v))
                        .unwrap_or_else(dash),
                    ctx.t("indicator-target"),
                    r.definition
                        .target_value
                        .map(|v| ctx.decimal(&v))
                        .unwrap_or_else(dash),
                ),
                reason: r.reason.clone(),
                replaced: format!(
                    "{}{}",
                    ctx.day(&r.replaced_at),
                    r.replaced_by_name
                        .as_ref()
                        .map(|n| format!(", {n}"))
                        .unwrap_or_default()
                ),
            })
            .collect(),
        periods,
    }
}

#[derive(Template)]
#[template(path = "trials/indicators_page.html")]
struct IndicatorsPage {
    ctx: PageContext,
    trial_id: i64,
    heading: String,
    s: IndicatorSection,
    notice: Option<String>,
    /// A refusal of the import or define form, shown beside it.
    import_error: Option<String>,
    define_error: Option<String>,
    /// A review that lost a race (someone else decided first): its form is gone from the
    /// queue, so the page says so at the top.
    decided_elsewhere: Option<String>,
    measures: Vec<(String, String)>,
    frequencies: Vec<(String, String)>,
}

#[derive(Debug, Default, Deserialize)]
pub struct NoticeQuery {
    pub done: Option<String>,
    pub count: Option<u64>,
}

async fn render(
    state: &AppState,
    ctx: &RequestContext,
    trial_id: i64,
    notice: Option<String>,
    refused: Option<(StatusCode, Refused)>,
) -> Result<Response, AppError> {
    let data = indicators::read(state, ctx, trial_id).await?;
    let page_ctx = page_context(state, ctx);
    let (status, refused) = match refused {
        Some((status, r)) => (status, Some(r)),
        None => (StatusCode::OK, None),
    };
    let s = section_with(&page_ctx, &data, refused.as_ref());
    let form_error = |form: &str| {
        refused
            .as_ref()
            .filter(|r| r.form == form)
            .map(|r| r.message.clone())
    };
    let page = IndicatorsPage {
        trial_id,
        heading: format!("{} · {}", data.case_number, data.title),
        s,
        notice,
        import_error: form_error("import"),
        define_error: form_error("define"),
        decided_elsewhere: form_error("decided"),
        measures: Measure::ALL
            .into_iter()
            .map(|m| {
                (
                    m.as_str().to_owned(),
                    page_ctx.tp("indicator-measure-", m.as_str()),
                )
            })
            .collect(),
        frequencies: Frequency::ALL
            .into_iter()
            .map(|f| {
                (
                    f.as_str().to_owned(),
                    page_ctx.tp("indicator-frequency-", f.as_str()),
                )
            })
            .collect(),
        ctx: page_ctx,
    };
    Ok((status, page.render_html()?).into_response())
}

/// The indicators page: report, review, import, export and define.
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let t = page_context(&state, &ctx);
    let notice = match query.done.as_deref() {
        Some("draft") => Some(t.t("indicator-notice-draft")),
        Some("submitted") => Some(t.t("indicator-notice-submitted")),
        Some("approved") => Some(t.t("indicator-notice-approved")),
        Some("returned") => Some(t.t("indicator-notice-returned")),
        Some("imported") => Some(t.tn("indicator-notice-imported", query.count.unwrap_or(0))),
        Some("defined") => Some(t.t("indicator-notice-defined")),
        Some("revised") => Some(t.t("indicator-notice-revised")),
        _ => None,
    };
    render(&state, &ctx, id, notice, None).await
}

/// The status a refused form is shown again with, or the error when it is not the form's
/// to show (not found, forbidden, a failure on our side).
fn refusal(err: AppError) -> Result<StatusCode, AppError> {
    match &err {
        AppError::App(Error::Rule(rule)) => Ok(rule_status(rule)),
        AppError::App(Error::Field(_) | Error::InvalidField { .. }) => {
            Ok(StatusCode::UNPROCESSABLE_ENTITY)
        }
        AppError::App(Error::EditConflict { .. } | Error::WrongState { .. }) => {
            Ok(StatusCode::CONFLICT)
        }
        _ => Err(err),
    }
}

fn rule_status(rule: &BrokenRule) -> StatusCode {
    match rule.refusal {
        Refusal::Conflict => StatusCode::CONFLICT,
        Refusal::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        Refusal::UnsupportedMedia => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        Refusal::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// Reports one period's actual from its form: `value`, `cat:<category>` for the
/// breakdown, `comment`, `version`, and `action` (`draft` or `submit`).
pub async fn report(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, period_id)): Path<(i64, i64)>,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Result<Response, AppError> {
    let Form(fields) = form.map_err(|e| AppError::field("value", e.body_text()))?;
    let get = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let typed = TypedUpdate {
        period_id,
        version: get("version").parse().ok().filter(|v| *v > 0),
        value: get("value"),
        categories: fields
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix("cat:")?.to_owned(), v.clone())))
            .collect(),
        comment: get("comment"),
        submit: get("action") == "submit",
    };
    match indicators::report_typed(&state, &ctx, id, &typed).await {
        Ok(update) => Ok(see_other(&format!(
            "/trials/{id}/indicators?done={}#period-{period_id}",
            if update.status == UpdateStatus::Submitted {
                "submitted"
            } else {
                "draft"
            }
        ))),
        Err(e) => {
            let e = AppError::from(e);
            let page_ctx = page_context(&state, &ctx);
            let message = match &e {
                AppError::App(Error::EditConflict { .. }) => page_ctx.t("indicator-error-conflict"),
                _ => page_ctx.error_message(&e),
            };
            let status = refusal(e)?;
            let refused = Refused {
                form: format!("period-{period_id}"),
                message,
                value: typed.value,
                categories: typed.categories,
                comment: typed.comment,
            };
            render(&state, &ctx, id, None, Some((status, refused))).await
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct ReviewForm {
    version: i64,
    verdict: String,
    #[serde(default)]
    comment: String,
}

/// Approves or returns a submitted update.
pub async fn review(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, update_id)): Path<(i64, i64)>,
    form: Result<Form<ReviewForm>, FormRejection>,
) -> Result<Response, AppError> {
    let Form(form) = form.map_err(|e| AppError::field("verdict", e.body_text()))?;
    let verdict = match form.verdict.as_str() {
        "approve" => Verdict::Approve,
        "return" => Verdict::Return,
        _ => return Err(AppError::field("verdict", "approve or return")),
    };
    match indicators::review(
        &state,
        &ctx,
        id,
        update_id,
        form.version,
        verdict,
        &form.comment,
    )
    .await
    {
        Ok(_) => Ok(see_other(&format!(
            "/trials/{id}/indicators?done={}",
            match verdict {
                Verdict::Approve => "approved",
                Verdict::Return => "returned",
            }
        ))),
        Err(e) => {
            let e = AppError::from(e);
            let page_ctx = page_context(&state, &ctx);
            let message = match &e {
                AppError::App(Error::EditConflict { .. }) => page_ctx.t("indicator-error-conflict"),
                _ => page_ctx.error_message(&e),
            };
            let status = refusal(e)?;
            // A conflict means the update was decided in between (another tab or
            // reviewer): its review form is no longer shown, so say it at the top.
            let (shown_in, message) = if status == StatusCode::CONFLICT {
                ("decided".to_owned(), page_ctx.t("indicator-error-decided"))
            } else {
                (format!("review-{update_id}"), message)
            };
            let refused = Refused {
                form: shown_in,
                message,
                comment: form.comment,
                ..Refused::default()
            };
            render(&state, &ctx, id, None, Some((status, refused))).await
        }
    }
}

/// Imports a CSV file of actuals (the export's format), all or nothing.
pub async fn import(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let mut file = None;
    let mut submit = false;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| AppError::field("file", e.body_text()))?
    {
        match field.name() {
            Some("file") => {
                file = Some(
                    field
                        .bytes()
                        .await
                        .map_err(|e| AppError::field("file", e.body_text()))?,
                );
            }
            Some("submit") => submit = true,
            _ => {}
        }
    }
    let t = page_context(&state, &ctx);
    let refused = |status, message| {
        let r = Refused {
            form: "import".to_owned(),
            message,
            ..Refused::default()
        };
        (status, r)
    };
    let Some(bytes) = file.filter(|b| !b.is_empty()) else {
        // The rights come first: a visitor who may not report is refused as such.
        frirum_app::trials::access(&state, &ctx, id, frirum_domain::authz::TrialAction::Report)
            .await?;
        let (status, r) = refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            t.t("indicator-import-choose-file"),
        );
        return render(&state, &ctx, id, None, Some((status, r))).await;
    };
    match indicators::import_csv(&state, &ctx, id, &bytes, submit).await {
        Ok(updates) => Ok(see_other(&format!(
            "/trials/{id}/indicators?done=imported&count={}",
            updates.len()
        ))),
        Err(e) => {
            let e = AppError::from(e);
            let message = t.error_message(&e);
            let status = refusal(e)?;
            render(&state, &ctx, id, None, Some(refused(status, message))).await
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct DefineForm {
    title: String,
    #[serde(default)]
    description: String,
    measure: String,
    #[serde(default)]
    unit: String,
    #[serde(default)]
    ascending: Option<String>,
    #[serde(default)]
    baseline_date: String,
    #[serde(default)]
    baseline_value: String,
    #[serde(default)]
    target_value: String,
    #[serde(default)]
    target_date: String,
    frequency: String,
    #[serde(default)]
    dimension: String,
    #[serde(default)]
    categories: String,
    /// When revising: the revision the form was shown with, and why.
    #[serde(default)]
    revision: String,
    #[serde(default)]
    reason: String,
}

fn form_date(field: &str, text: &str) -> Result<Option<Date>, AppError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    Date::parse(
        text,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .map(Some)
    .map_err(|_| AppError::field(field, "not a date (YYYY-MM-DD)"))
}

fn form_number(measure: Measure, field: &str, text: &str) -> Result<Option<f64>, AppError> {
    let measure = if measure.is_numeric() {
        measure
    } else {
        Measure::Unit
    };
    Ok(frirum_domain::indicator::parse_value(measure, field, text)
        .map_err(Error::rule)?
        .and_then(|v| v.number()))
}

impl DefineForm {
    fn definition(&self) -> Result<IndicatorDefinition, AppError> {
        let measure: Measure = self
            .measure
            .parse()
            .map_err(|e: String| AppError::field("measure", e))?;
        let frequency: Frequency = self
            .frequency
            .parse()
            .map_err(|e: String| AppError::field("frequency", e))?;
        let categories: Vec<String> = self
            .categories
            .lines()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect();
        let breakdown = if self.dimension.trim().is_empty() && categories.is_empty() {
            None
        } else {
            Some(Breakdown {
                dimension: self.dimension.trim().to_owned(),
                categories,
            })
        };
        Ok(IndicatorDefinition {
            title: self.title.trim().to_owned(),
            description: self.description.trim().to_owned(),
            measure,
            unit: self.unit.trim().to_owned(),
            ascending: self.ascending.is_some(),
            baseline_date: form_date("baseline_date", &self.baseline_date)?,
            baseline_value: form_number(measure, "baseline_value", &self.baseline_value)?,
            target_value: form_number(measure, "target_value", &self.target_value)?,
            target_date: form_date("target_date", &self.target_date)?,
            breakdown,
            frequency,
        })
    }
}

/// Adds an indicator (the secretariat).
pub async fn define(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    form: Result<Form<DefineForm>, FormRejection>,
) -> Result<Response, AppError> {
    // The rights come before the input, so that a refusal never depends on the form.
    frirum_app::trials::access(&state, &ctx, id, frirum_domain::authz::TrialAction::Manage).await?;
    let Form(form) = form.map_err(|e| AppError::field("title", e.body_text()))?;
    let result = match form.definition() {
        Ok(definition) => indicators::define(&state, &ctx, id, &definition)
            .await
            .map_err(AppError::from),
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/trials/{id}/indicators?done=defined"))),
        Err(e) => {
            let message = page_context(&state, &ctx).error_message(&e);
            let status = refusal(e)?;
            let refused = Refused {
                form: "define".to_owned(),
                message,
                ..Refused::default()
            };
            render(&state, &ctx, id, None, Some((status, refused))).await
        }
    }
}

/// Revises an indicator (the secretariat): the definition before is kept and shown.
pub async fn revise(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, indicator_id)): Path<(i64, i64)>,
    form: Result<Form<DefineForm>, FormRejection>,
) -> Result<Response, AppError> {
    // The rights come before the input, so that a refusal never depends on the form.
    frirum_app::trials::access(&state, &ctx, id, frirum_domain::authz::TrialAction::Manage).await?;
    let Form(form) = form.map_err(|e| AppError::field("title", e.body_text()))?;
    let revision: i64 = form.revision.trim().parse().unwrap_or(0);
    let result = match form.definition() {
        Ok(definition) => indicators::revise(
            &state,
            &ctx,
            id,
            indicator_id,
            revision,
            &definition,
            &form.reason,
        )
        .await
        .map_err(AppError::from),
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(see_other(&format!(
            "/trials/{id}/indicators?done=revised#indicator-{indicator_id}"
        ))),
        Err(e) => {
            let page_ctx = page_context(&state, &ctx);
            let message = match &e {
                AppError::App(Error::EditConflict { .. }) => page_ctx.t("indicator-error-conflict"),
                _ => page_ctx.error_message(&e),
            };
            let status = refusal(e)?;
            let refused = Refused {
                form: format!("revise-{indicator_id}"),
                message,
                ..Refused::default()
            };
            render(&state, &ctx, id, None, Some((status, refused))).await
        }
    }
}

/// The trial's indicators as CSV: the file the import reads (the public's holds approved
/// actuals only).
pub async fn export_csv(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let body = indicators::export_csv(&state, &ctx, id).await?;
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"trial-{id}-indicators.csv\""),
            ),
        ],
        body,
    )
        .into_response())
}
