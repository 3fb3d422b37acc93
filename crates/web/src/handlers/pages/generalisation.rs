//! Generalisation as pages: a scheme's results page (`/schemes/{id}/results`: trials by
//! status, outcomes by category, exemptions granted per act and evidence per theme, each an
//! accessible SVG chart with its data as a table and a CSV at
//! `/schemes/{id}/results/<chart>.csv`, the provisions pending an outcome and, for the
//! secretariat, the outcomes whose resulting act did not resolve), and a trial's outcomes
//! (`/trials/{id}/outcomes`: each granted exemption's outcomes with their dates and the
//! secretariat's form, which the trial page's section shows too). A refused form comes back
//! on the outcomes page with the reason beside its field and what was typed.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::generalisation::{self, Chart, OutcomeInput, SchemeResults, TrialOutcomes};
use frirum_domain::evaluation::EvidenceStrength;
use frirum_domain::generalisation::OutcomeCategory;
use time::Date;

use crate::AppState;
use crate::charts::{BarChart, series_colour};
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

// --- The results page ----------------------------------------------------------------------

/// One chart of the results page as the template shows it: the image, its legend, and its
/// data as a table (the first column names the row).
#[derive(Debug, Clone)]
pub struct ChartView {
    /// The chart's name in its CSV's path and its element ids.
    pub name: &'static str,
    pub heading: String,
    /// The chart itself: labelled bars with their values, and an axis (HTML).
    pub svg: String,
    /// (colour, label) of each series; one series needs no legend.
    pub legend: Vec<(String, String)>,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Shown instead of an empty chart.
    pub empty: Option<String>,
}

#[derive(Template)]
#[template(path = "schemes/results.html")]
struct ResultsPage {
    ctx: PageContext,
    results: SchemeResults,
    charts: Vec<ChartView>,
}

fn chart_view(
    ctx: &PageContext,
    chart: Chart,
    heading: String,
    header: Vec<String>,
    rows: Vec<(String, Vec<u64>)>,
    series: Vec<String>,
    empty: Option<String>,
) -> ChartView {
    let name = chart.as_str();
    let total: u64 = rows.iter().flat_map(|(_, v)| v).sum();
    let multi = series.len() > 1;
    let description = rows
        .iter()
        .map(|(label, values)| {
            let values: Vec<String> = values
                .iter()
                .enumerate()
                .map(|(i, v)| match series.get(i) {
                    Some(s) if multi => format!("{s} {}", ctx.number(v)),
                    _ => ctx.number(v),
                })
                .collect();
            format!("{label}: {}", values.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let svg = BarChart {
        id: format!("chart-{name}"),
        title: heading.clone(),
        description,
        groups: rows.clone(),
        series: series.clone(),
    }
    .html(|n| ctx.number(&n));
    let legend = if series.len() > 1 {
        series
            .into_iter()
            .enumerate()
            .map(|(i, label)| (series_colour(i), label))
            .collect()
    } else {
        Vec::new()
    };
    ChartView {
        name,
        heading,
        svg,
        legend,
        header,
        rows: rows
            .into_iter()
            .map(|(label, values)| {
                std::iter::once(label)
                    .chain(values.iter().map(|v| ctx.number(v)))
                    .collect()
            })
            .collect(),
        empty: (total == 0).then_some(empty).flatten(),
    }
}

fn charts(ctx: &PageContext, r: &SchemeResults) -> Vec<ChartView> {
    let category = |c: &OutcomeCategory| ctx.tp("outcome-category-", c);
    vec![
        chart_view(
            ctx,
            Chart::TrialsByStatus,
            ctx.t("results-trials-by-status"),
            vec![ctx.t("results-csv-status"), ctx.t("results-csv-trials")],
            r.trials_by_status
                .iter()
                .map(|(s, n)| (ctx.tp("trial-status-", s.as_str()), vec![*n]))
                .collect(),
            vec![ctx.t("results-csv-trials")],
            Some(ctx.t("results-no-trials")),
        ),
        chart_view(
            ctx,
            Chart::OutcomesByCategory,
            ctx.t("results-outcomes-by-category"),
            vec![
                ctx.t("results-csv-category"),
                ctx.t("results-csv-exemptions"),
            ],
            r.outcomes_by_category
                .iter()
                .map(|(c, n)| {
                    // The class in brackets only where it says something the category
                    // does not ("Stoppet eller ikke igangsat" is both).
                    let class = ctx.tp("outcome-class-", c.common_class());
                    let label = if class == category(c) {
                        class
                    } else {
                        format!("{} ({class})", category(c))
                    };
                    (label, vec![*n])
                })
                .collect(),
            vec![ctx.t("results-csv-exemptions")],
            Some(ctx.t("results-no-outcomes")),
        ),
        chart_view(
            ctx,
            Chart::ExemptionsPerAct,
            ctx.t("results-exemptions-per-act"),
            vec![ctx.t("results-csv-act"), ctx.t("results-csv-exemptions")],
            r.exemptions_per_act
                .iter()
                .map(|a| {
                    (
                        a.title.clone().unwrap_or_else(|| ctx.t("results-act-none")),
                        vec![a.exemptions],
                    )
                })
                .collect(),
            vec![ctx.t("results-csv-exemptions")],
            Some(ctx.t("results-no-exemptions")),
        ),
        chart_view(
            ctx,
            Chart::EvidencePerTheme,
            ctx.t("results-evidence-per-theme"),
            std::iter::once(ctx.t("results-csv-theme"))
                .chain(
                    EvidenceStrength::ALL
                        .iter()
                        .map(|s| ctx.tp("results-strength-", s.as_str())),
                )
                .collect(),
            r.evidence_per_theme
                .iter()
                .map(|t| {
                    (
                        t.title
                            .clone()
                            .unwrap_or_else(|| ctx.t("results-theme-none")),
                        t.by_strength.iter().map(|(_, n)| *n).collect(),
                    )
                })
                .collect(),
            EvidenceStrength::ALL
                .iter()
                .map(|s| ctx.tp("results-strength-", s.as_str()))
                .collect(),
            Some(ctx.t("results-no-evidence")),
        ),
    ]
}

/// A scheme's results at a glance.
pub async fn results(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let results = generalisation::results(&state, &ctx, id).await?;
    let page_ctx = page_context(&state, &ctx).in_country(results.scheme.country);
    let charts = charts(&page_ctx, &results);
    let page = ResultsPage {
        ctx: page_ctx,
        results,
        charts,
    };
    Ok(page.render_html()?.into_response())
}

/// One chart's data as CSV (`trials-by-status.csv`, …), in the visitor's language.
pub async fn results_csv(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, file)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let chart = file
        .strip_suffix(".csv")
        .and_then(Chart::from_name)
        .ok_or(AppError::App(Error::NotFound))?;
    let body = generalisation::results_csv(&state, &ctx, id, chart).await?;
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"scheme-{id}-{}.csv\"",
                    chart.as_str()
                ),
            ),
        ],
        body,
    )
        .into_response())
}

// --- A trial's outcomes ---------------------------------------------------------------------

/// The secretariat's outcome form as typed.
#[derive(Debug, Clone, Default)]
pub struct OutcomeForm {
    pub exemption: String,
    pub category: String,
    pub reasons: String,
    pub evaluation_ids: Vec<String>,
    pub resulting_citation: String,
    pub in_force: String,
    /// How many outcomes of the exemption the form showed.
    pub seen: String,
}

impl OutcomeForm {
    fn from_pairs(pairs: Vec<(String, String)>) -> OutcomeForm {
        let mut form = OutcomeForm::default();
        for (name, value) in pairs {
            match name.as_str() {
                "exemption" => form.exemption = value,
                "category" => form.category = value,
                "reasons" => form.reasons = value,
                "evaluation" => form.evaluation_ids.push(value),
                "resulting_citation" => form.resulting_citation = value,
                "in_force" => form.in_force = value,
                "seen" => form.seen = value,
                _ => {}
            }
        }
        form
    }

    fn input(&self) -> Result<OutcomeInput, AppError> {
        let exemption = self
            .exemption
            .trim()
            .parse()
            .map_err(|_| AppError::field("exemption", "choose the exemption"))?;
        let category = self
            .category
            .trim()
            .parse()
            .map_err(|_| AppError::field("category", "choose what became of the exemption"))?;
        let mut evaluation_ids = Vec::new();
        for id in &self.evaluation_ids {
            evaluation_ids.push(
                id.trim()
                    .parse()
                    .map_err(|_| AppError::field("evaluation_ids", "choose evaluations"))?,
            );
        }
        let in_force = if self.in_force.trim().is_empty() {
            None
        } else {
            Some(
                Date::parse(
                    self.in_force.trim(),
                    time::macros::format_description!("[year]-[month]-[day]"),
                )
                .map_err(|_| AppError::field("in_force", "a date such as 2026-05-31"))?,
            )
        };
        Ok(OutcomeInput {
            exemption,
            category,
            reasons: self.reasons.clone(),
            evaluation_ids,
            resulting_citation: Some(self.resulting_citation.clone()),
            in_force,
            seen: self.seen.trim().parse().ok(),
        })
    }

    /// Whether an evaluation is ticked.
    pub fn has_evaluation(&self, id: &i64) -> bool {
        self.evaluation_ids
            .iter()
            .any(|e| e.trim() == id.to_string())
    }
}

/// The forms of a trial's outcomes: what was typed into the one sent, and its refusal.
#[derive(Debug, Clone, Default)]
pub struct OutcomeForms {
    pub form: OutcomeForm,
    /// The exemption whose form was refused, its field at fault and the message.
    pub error: Option<(usize, Option<String>, String)>,
}

impl OutcomeForms {
    /// What the form of this exemption shows: as typed when it was the one sent.
    pub fn form_for(&self, exemption: &usize) -> OutcomeForm {
        if self.form.exemption == exemption.to_string() {
            self.form.clone()
        } else {
            OutcomeForm {
                exemption: exemption.to_string(),
                ..OutcomeForm::default()
            }
        }
    }

    /// The refusal's message beside this field of this exemption's form.
    pub fn error_at(&self, exemption: &usize, field: &str) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|(e, f, _)| e == exemption && f.as_deref() == Some(field))
            .map(|(_, _, m)| m.as_str())
    }

    /// The refusal's message when it concerns this exemption's form but no one field.
    pub fn error_of(&self, exemption: &usize) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|(e, f, _)| e == exemption && f.is_none())
            .map(|(_, _, m)| m.as_str())
    }
}

#[derive(Template)]
#[template(path = "trials/outcomes_page.html")]
struct OutcomesPage {
    ctx: PageContext,
    outcomes: TrialOutcomes,
    forms: OutcomeForms,
}

async fn outcomes_page(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    forms: OutcomeForms,
    status: StatusCode,
) -> Result<Response, AppError> {
    let outcomes = generalisation::trial_outcomes(state, ctx, id).await?;
    let page = OutcomesPage {
        ctx: page_context(state, ctx),
        outcomes,
        forms,
    };
    Ok((status, page.render_html()?).into_response())
}

/// A trial's outcomes with their history, and the secretariat's forms.
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    outcomes_page(&state, &ctx, id, OutcomeForms::default(), StatusCode::OK).await
}

/// Records an outcome (the secretariat): to the trial page's outcomes, or back to the
/// outcomes page with the refusal beside its field.
pub async fn record(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(raw): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let form = OutcomeForm::from_pairs(raw);
    let result = async {
        let input = form.input()?;
        generalisation::record(&state, &ctx, id, input).await?;
        Ok::<_, AppError>(())
    }
    .await;
    let err = match result {
        Ok(()) => return Ok(see_other(&format!("/trials/{id}#outcomes"))),
        Err(AppError::App(e @ (Error::Forbidden | Error::Unauthenticated | Error::NotFound))) => {
            return Err(e.into());
        }
        Err(err) => err,
    };
    let page_ctx = page_context(&state, &ctx);
    let field = match &err {
        AppError::App(Error::Field(e)) => Some(e.field.clone()),
        AppError::App(Error::InvalidField { field, .. }) => Some(field.clone()),
        AppError::App(Error::Rule(rule)) => rule.details["field"].as_str().map(str::to_owned),
        _ => None,
    };
    let exemption = form.exemption.trim().parse().unwrap_or(usize::MAX);
    let forms = OutcomeForms {
        error: Some((exemption, field, page_ctx.error_message(&err))),
        form,
    };
    outcomes_page(&state, &ctx, id, forms, err.status()).await
}
