//! The public statistics page: for every scheme the public may see, or one of them, the
//! counts of applications, decisions, trials by status, country and theme, exemptions by
//! act, generalisation outcomes and barriers by status, each as a bar chart (labels as
//! HTML beside the bars), its data as a table and as CSV.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::statistics::{self, Chart, StatisticsView};
use serde::Deserialize;

use crate::AppState;
use crate::charts::BarChart;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;

/// The scheme the page is narrowed to, if any.
#[derive(Deserialize, Default)]
pub struct StatisticsQuery {
    #[serde(default)]
    pub scheme: String,
}

impl StatisticsQuery {
    fn scheme_id(&self) -> Result<Option<i64>, AppError> {
        let text = self.scheme.trim();
        if text.is_empty() {
            return Ok(None);
        }
        text.parse()
            .map(Some)
            .map_err(|_| AppError::App(Error::field("scheme", "not one of the choices")))
    }

    /// `?scheme=…` for the CSV links, or nothing.
    fn suffix(&self, scheme_id: Option<i64>) -> String {
        scheme_id
            .map(|id| format!("?scheme={id}"))
            .unwrap_or_default()
    }
}

/// One row of a chart's table: its label, its count and where it leads, if anywhere.
pub struct Row {
    pub label: String,
    pub count: u64,
    pub link: Option<String>,
}

/// One chart as the page shows it.
pub struct ChartView {
    pub name: &'static str,
    pub heading: String,
    pub chart: String,
    pub rows: Vec<Row>,
    pub csv: String,
}

#[derive(Template)]
#[template(path = "statistics/statistics.html")]
struct StatisticsPage {
    ctx: PageContext,
    view: StatisticsView,
    charts: Vec<ChartView>,
    /// The chosen scheme's id as the form's select compares it.
    query_scheme: String,
}

/// A chart's key in words: a code translated, a title as it is.
fn label(ctx: &PageContext, chart: Chart, key: &str) -> String {
    let prefix = match chart {
        Chart::Applications => "status-",
        Chart::Decisions => "outcome-",
        Chart::TrialsByStatus => "trial-status-",
        Chart::TrialsByCountry => "country-",
        Chart::Outcomes => "outcome-category-",
        Chart::Barriers => "barrier-status-",
        Chart::TrialsByTheme | Chart::TrialsByAct => return key.to_owned(),
    };
    ctx.tp(prefix, key)
}

/// Where a row leads: the register narrowed to it, when the register has that filter.
fn link(chart: Chart, key: &str, id: Option<i64>, scheme_id: Option<i64>) -> Option<String> {
    let scheme = scheme_id
        .map(|id| format!("&scheme={id}"))
        .unwrap_or_default();
    match chart {
        Chart::TrialsByStatus => Some(format!("/trials?status={key}{scheme}")),
        Chart::TrialsByCountry => Some(format!("/trials?country={key}{scheme}")),
        Chart::TrialsByTheme => id.map(|id| format!("/trials?theme={id}{scheme}")),
        Chart::Decisions => Some(format!("/decisions?outcome={key}{scheme}")),
        _ => None,
    }
}

fn chart_view(
    ctx: &PageContext,
    view: &StatisticsView,
    chart: Chart,
    suffix: &str,
    scheme_id: Option<i64>,
) -> ChartView {
    let name = chart.name();
    let heading = ctx.t(&format!("statistics-{name}"));
    let rows: Vec<Row> = chart
        .tallies(&view.statistics)
        .iter()
        .map(|t| Row {
            label: label(ctx, chart, &t.key),
            count: t.count,
            link: link(chart, &t.key, t.id, scheme_id),
        })
        .collect();
    let description = rows
        .iter()
        .map(|r| format!("{}: {}", r.label, ctx.number(&r.count)))
        .collect::<Vec<_>>()
        .join("; ");
    let chart_html = BarChart {
        id: format!("chart-{name}"),
        title: heading.clone(),
        description,
        groups: rows
            .iter()
            .map(|r| (r.label.clone(), vec![r.count]))
            .collect(),
        series: vec![ctx.t("statistics-count")],
    }
    .html(|n| ctx.number(&n));
    ChartView {
        name,
        heading,
        chart: chart_html,
        rows,
        csv: format!("/statistics/{name}.csv{suffix}"),
    }
}

/// The statistics page, for every public scheme or the one asked for.
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<StatisticsQuery>,
) -> Result<Response, AppError> {
    let scheme_id = query.scheme_id()?;
    let view = statistics::statistics(&state, &ctx, scheme_id).await?;
    let page_ctx = page_context(&state, &ctx);
    let suffix = query.suffix(scheme_id);
    let charts = Chart::ALL
        .into_iter()
        .map(|c| chart_view(&page_ctx, &view, c, &suffix, scheme_id))
        .collect();
    let page = StatisticsPage {
        ctx: page_ctx,
        view,
        charts,
        query_scheme: scheme_id.map(|id| id.to_string()).unwrap_or_default(),
    };
    Ok(page.render_html()?.into_response())
}

/// One chart's data as CSV: `/statistics/{name}.csv`, narrowed by `?scheme=` like the page.
pub async fn csv(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(file): Path<String>,
    Query(query): Query<StatisticsQuery>,
) -> Result<Response, AppError> {
    let chart = file
        .strip_suffix(".csv")
        .and_then(Chart::named)
        .ok_or(AppError::App(Error::NotFound))?;
    let body = statistics::chart_csv(&state, &ctx, query.scheme_id()?, chart).await?;
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"statistics-{}.csv\"", chart.name()),
            ),
        ],
        body,
    )
        .into_response())
}
