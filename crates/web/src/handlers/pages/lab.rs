//! The policy lab as pages: `/lab` (the lab's overview: counts by status per root cause,
//! theme and affected group as charts with their tables and CSVs, and the way to the gap
//! list, the ranking, the investigations and the triage queue), `/lab/provisions` (the
//! provisions that block most, for everybody), `/lab/gaps` (the lab's agenda) and the
//! investigations (`/lab/investigations`, `/new`, `/{id}` with the activity log and the
//! conclusion form). The provision dossier's "Reported as a barrier" section is
//! [`dossier_section`].

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::lab::{self, Concluded, Gap, Overview, RankedLine, Skipped};
use frirum_domain::Country;
use frirum_domain::barrier::{BarrierStatus, ExperimentLink};
use frirum_domain::barrier_rollup::{BarrierFacts, GroupBy, ProvisionRollup, StatusRow};
use frirum_domain::investigation::{
    ActivityKind, Conclusion, ConclusionKind, Investigation, NewActivity, NewInvestigation,
    Participant,
};
use serde::Deserialize;

use crate::AppState;
use crate::charts::{BarChart, series_colour};
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

// --- The overview ------------------------------------------------------------------------

/// One roll-up by status as the overview shows it: a chart, its legend, its table, its CSV.
pub struct RollupView {
    /// `root-causes`, `themes` or `groups`: the CSV's name and the element ids.
    pub name: &'static str,
    pub heading: String,
    pub chart: String,
    pub legend: Vec<(String, String)>,
    /// The statuses that have barriers, the table's columns after the row's name.
    pub statuses: Vec<BarrierStatus>,
    pub rows: Vec<(String, Vec<u64>, u64)>,
}

const ROLLUPS: [(&str, GroupBy); 3] = [
    ("root-causes", GroupBy::RootCause),
    ("themes", GroupBy::Theme),
    ("groups", GroupBy::AffectedGroup),
];

fn row_label(ctx: &PageContext, by: GroupBy, row: &StatusRow) -> String {
    match by {
        GroupBy::RootCause => ctx.tp("barrier-cause-", &row.key),
        GroupBy::AffectedGroup => ctx.tp("barrier-group-", &row.key),
        GroupBy::Theme => row.label.clone(),
    }
}

/// The statuses that have barriers in any of the roll-ups: every chart of the overview has
/// the same series in the same order, so a status has one colour on the whole page.
fn present_statuses(rollups: &[&[StatusRow]]) -> Vec<BarrierStatus> {
    BarrierStatus::ALL
        .into_iter()
        .filter(|s| {
            rollups
                .iter()
                .flat_map(|rows| rows.iter())
                .any(|r| r.statuses.iter().any(|c| c.status == *s))
        })
        .collect()
}

fn rollup_view(
    ctx: &PageContext,
    name: &'static str,
    by: GroupBy,
    rows: &[StatusRow],
    statuses: &[BarrierStatus],
) -> RollupView {
    let heading = ctx.t(&format!("lab-rollup-{name}"));
    let statuses = statuses.to_vec();
    let table: Vec<(String, Vec<u64>, u64)> = rows
        .iter()
        .map(|r| {
            let counts = statuses
                .iter()
                .map(|s| {
                    r.statuses
                        .iter()
                        .find(|c| c.status == *s)
                        .map_or(0, |c| c.count)
                })
                .collect();
            (row_label(ctx, by, r), counts, r.total)
        })
        .collect();
    let series: Vec<String> = statuses
        .iter()
        .map(|s| ctx.tp("barrier-status-", s))
        .collect();
    let description = table
        .iter()
        .map(|(label, _, total)| format!("{label}: {}", ctx.number(total)))
        .collect::<Vec<_>>()
        .join("; ");
    let chart = BarChart {
        id: format!("chart-{name}"),
        title: heading.clone(),
        description,
        groups: table
            .iter()
            .map(|(label, counts, _)| (label.clone(), counts.clone()))
            .collect(),
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
    RollupView {
        name,
        heading,
        chart,
        legend,
        statuses,
        rows: table,
    }
}

#[derive(Template)]
#[template(path = "lab/overview.html")]
struct OverviewPage {
    ctx: PageContext,
    overview: Overview,
    rollups: Vec<RollupView>,
}

/// The lab's overview.
pub async fn overview(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Response, AppError> {
    let overview = lab::overview(&state, &ctx).await?;
    let page_ctx = page_context(&state, &ctx);
    let statuses = present_statuses(&[
        &overview.by_root_cause,
        &overview.by_theme,
        &overview.by_group,
    ]);
    let rollups = ROLLUPS
        .into_iter()
        .map(|(name, by)| {
            let rows = match by {
                GroupBy::RootCause => &overview.by_root_cause,
                GroupBy::Theme => &overview.by_theme,
                GroupBy::AffectedGroup => &overview.by_group,
            };
            rollup_view(&page_ctx, name, by, rows, &statuses)
        })
        .collect();
    let page = OverviewPage {
        ctx: page_ctx,
        overview,
        rollups,
    };
    Ok(page.render_html()?.into_response())
}

fn csv(file: &str, body: Vec<u8>) -> Response {
    (
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"lab-{file}.csv\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// A roll-up as CSV: `/lab/root-causes.csv`, `/lab/themes.csv`, `/lab/groups.csv`,
/// `/lab/gaps.csv`, `/lab/provisions.csv`.
pub async fn rollup_csv(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(file): Path<String>,
    Query(query): Query<RankingQuery>,
) -> Result<Response, AppError> {
    let name = file
        .strip_suffix(".csv")
        .ok_or(AppError::App(Error::NotFound))?;
    let body = match name {
        "gaps" => lab::gaps_csv(&state, &ctx).await?,
        "provisions" => lab::ranking_csv(&state, &ctx, query.country()).await?,
        _ => {
            let by = ROLLUPS
                .into_iter()
                .find(|(n, _)| *n == name)
                .map(|(_, by)| by)
                .ok_or(AppError::App(Error::NotFound))?;
            lab::by_status_csv(&state, &ctx, by).await?
        }
    };
    Ok(csv(name, body))
}

// --- The ranking -------------------------------------------------------------------------

#[derive(Deserialize, Default, Debug, Clone)]
pub struct RankingQuery {
    #[serde(default)]
    pub country: Option<String>,
}

impl RankingQuery {
    pub fn country(&self) -> Option<Country> {
        self.country.as_deref().and_then(|c| c.parse().ok())
    }
}

#[derive(Template)]
#[template(path = "lab/provisions.html")]
struct RankingPage {
    ctx: PageContext,
    lines: Vec<RankedLine>,
    countries: [Country; 3],
    country: String,
    lab: bool,
}

/// The provisions that block most.
pub async fn ranking(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<RankingQuery>,
) -> Result<Response, AppError> {
    let country = query.country();
    let lines = lab::ranking(&state, &ctx, country).await?;
    let page = RankingPage {
        lab: ctx.actor.may(frirum_domain::authz::Action::RunPolicyLab),
        ctx: page_context(&state, &ctx),
        lines,
        countries: Country::ALL,
        country: country.map(|c| c.as_str().to_owned()).unwrap_or_default(),
    };
    Ok(page.render_html()?.into_response())
}

// --- The gap list ------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "lab/gaps.html")]
struct GapsPage {
    ctx: PageContext,
    gaps: Vec<Gap>,
}

/// The lab's agenda.
pub async fn gaps(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Response, AppError> {
    let gaps = lab::gaps(&state, &ctx).await?;
    let page = GapsPage {
        ctx: page_context(&state, &ctx),
        gaps,
    };
    Ok(page.render_html()?.into_response())
}

// --- The provision dossier's section -----------------------------------------------------

/// The provision dossier's "Reported as a barrier": the roll-up as the visitor may read it.
pub struct DossierBarriers {
    pub rollup: ProvisionRollup,
    /// The visitor is the lab: restricted barriers are marked.
    pub lab: bool,
}

impl DossierBarriers {
    /// How many organisations report the barriers.
    pub fn organisation_count(&self) -> u64 {
        self.rollup.organisations.len() as u64
    }

    /// How many people report them, confirmed and suggested.
    pub fn people(&self) -> u64 {
        self.rollup.confirmed.people + self.rollup.suggested.people
    }
}

/// The section's data for the provision page.
pub async fn dossier_section(
    state: &AppState,
    ctx: &RequestContext,
    provision_id: i64,
) -> Result<DossierBarriers, AppError> {
    Ok(DossierBarriers {
        rollup: lab::provision_rollup(state, ctx, provision_id).await?,
        lab: ctx.actor.may(frirum_domain::authz::Action::RunPolicyLab),
    })
}

// --- Investigations ----------------------------------------------------------------------

#[derive(Template)]
#[template(path = "lab/investigations.html")]
struct InvestigationsPage {
    ctx: PageContext,
    investigations: Vec<Investigation>,
    lab: bool,
}

impl InvestigationsPage {
    /// A count for a plural message.
    fn n(&self, n: usize) -> u64 {
        n as u64
    }
}

/// The investigations the visitor may read.
pub async fn investigations(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Response, AppError> {
    let investigations = lab::investigations(&state, &ctx).await?;
    let page = InvestigationsPage {
        lab: ctx.actor.may(frirum_domain::authz::Action::RunPolicyLab),
        ctx: page_context(&state, &ctx),
        investigations,
    };
    Ok(page.render_html()?.into_response())
}

/// The new investigation's form as typed.
#[derive(Debug, Clone, Default)]
pub struct InvestigationForm {
    pub title: String,
    pub hypothesis: String,
    pub barrier_ids: Vec<i64>,
    pub organisations: String,
    pub agencies: String,
}

impl InvestigationForm {
    fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut form = InvestigationForm::default();
        for (name, value) in pairs {
            match name.as_str() {
                "title" => form.title = value,
                "hypothesis" => form.hypothesis = value,
                "barrier" => {
                    if let Ok(id) = value.parse() {
                        form.barrier_ids.push(id);
                    }
                }
                "organisations" => form.organisations = value,
                "agencies" => form.agencies = value,
                _ => {}
            }
        }
        form
    }

    fn lines(text: &str) -> Vec<String> {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

#[derive(Template)]
#[template(path = "lab/new.html")]
struct NewPage {
    ctx: PageContext,
    barriers: Vec<BarrierFacts>,
    form: InvestigationForm,
    error: Option<String>,
    error_field: String,
}

fn error_field(err: &AppError) -> String {
    match err {
        AppError::App(Error::Field(e)) => e.field.clone(),
        AppError::App(Error::InvalidField { field, .. }) => field.clone(),
        AppError::App(Error::Rule(rule)) => rule.details["field"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        _ => String::new(),
    }
}

async fn new_page(
    state: &AppState,
    ctx: &RequestContext,
    form: InvestigationForm,
    err: Option<AppError>,
) -> Result<Response, AppError> {
    let barriers = lab::groupable_barriers(state, ctx).await?;
    let page_ctx = page_context(state, ctx);
    let status = err.as_ref().map_or(StatusCode::OK, AppError::status);
    let page = NewPage {
        error_field: err.as_ref().map(error_field).unwrap_or_default(),
        error: err.map(|e| page_ctx.error_message(&e)),
        ctx: page_ctx,
        barriers,
        form,
    };
    Ok((status, page.render_html()?).into_response())
}

#[derive(Deserialize, Default, Debug, Clone)]
pub struct NewQuery {
    /// Barriers to start with checked (`?barrier=3&barrier=5` from the gap list).
    #[serde(default)]
    pub barrier: Option<i64>,
}

/// The form of a new investigation (the lab).
pub async fn new_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<NewQuery>,
) -> Result<Response, AppError> {
    let form = InvestigationForm {
        barrier_ids: query.barrier.into_iter().collect(),
        ..InvestigationForm::default()
    };
    new_page(&state, &ctx, form, None).await
}

/// Opens an investigation; a refusal comes back with what was typed.
pub async fn create(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(raw): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let form = InvestigationForm::from_pairs(raw);
    let result = lab::create(
        &state,
        &ctx,
        NewInvestigation {
            title: form.title.clone(),
            hypothesis: form.hypothesis.clone(),
            barrier_ids: form.barrier_ids.clone(),
            participants: InvestigationForm::lines(&form.agencies)
                .into_iter()
                .map(Participant::Named)
                .collect(),
        },
        &InvestigationForm::lines(&form.organisations),
    )
    .await;
    match result {
        Ok(created) => Ok(see_other(&format!("/lab/investigations/{}", created.id))),
        Err(e @ (Error::Forbidden | Error::Unauthenticated)) => Err(e.into()),
        Err(err) => new_page(&state, &ctx, form, Some(err.into())).await,
    }
}

/// The activity and conclusion forms as typed.
#[derive(Deserialize, Default, Debug, Clone)]
pub struct InvestigationForms {
    #[serde(default)]
    pub on: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub conclusion_kind: String,
    #[serde(default)]
    pub conclusion: String,
    #[serde(default)]
    pub experiment_kind: String,
    #[serde(default)]
    pub experiment_id: String,
    #[serde(default)]
    pub ministry: String,
    #[serde(default)]
    pub ministry_response: String,
    /// `yes` once the lab has seen what the conclusion will move.
    #[serde(default)]
    pub confirm: String,
    /// What the conclusion will move, shown for the lab to confirm.
    #[serde(skip)]
    pub preview: Option<Concluded>,
}

#[derive(Template)]
#[template(path = "lab/investigation.html")]
struct InvestigationPage {
    ctx: PageContext,
    investigation: Investigation,
    editable: bool,
    form: InvestigationForms,
    /// Which form failed (`activity`, `conclusion`), its message and its field.
    failed: String,
    error: Option<String>,
    error_field: String,
    concluded: Option<Concluded>,
    activity_kinds: [ActivityKind; 5],
    conclusion_kinds: [ConclusionKind; 3],
    experiment_links: [ExperimentLink; 3],
    today: String,
}

impl InvestigationPage {
    /// A count for a plural message.
    fn n(&self, n: usize) -> u64 {
        n as u64
    }

    fn skipped_text(&self, skipped: &Skipped) -> String {
        match skipped {
            Skipped::Status(s) => self.ctx.t1(
                "lab-skipped-status",
                "status",
                self.ctx.tp("barrier-status-", s),
            ),
            Skipped::Refused(code) => {
                let id = format!("error-{code}");
                if self.ctx.has(&id) {
                    self.ctx.t(&id)
                } else {
                    self.ctx.t("lab-skipped-refused")
                }
            }
        }
    }
}

#[expect(clippy::too_many_arguments, reason = "the page's parts, each named")]
async fn investigation_page(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    form: InvestigationForms,
    failed: &str,
    err: Option<AppError>,
    concluded: Option<Concluded>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let investigation = lab::investigation(state, ctx, id).await?;
    let page_ctx = page_context(state, ctx);
    let status = err.as_ref().map_or(status, AppError::status);
    let today = frirum_domain::trial::today_in(Country::No, ctx.actor.now).to_string();
    let page = InvestigationPage {
        editable: lab::may_edit(ctx, &investigation) && !investigation.is_concluded(),
        error_field: err.as_ref().map(error_field).unwrap_or_default(),
        error: err.map(|e| page_ctx.error_message(&e)),
        ctx: page_ctx,
        investigation,
        form,
        failed: failed.to_owned(),
        concluded,
        activity_kinds: ActivityKind::ALL,
        conclusion_kinds: ConclusionKind::ALL,
        experiment_links: ExperimentLink::ALL,
        today,
    };
    Ok((status, page.render_html()?).into_response())
}

/// One investigation.
pub async fn investigation(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    investigation_page(
        &state,
        &ctx,
        id,
        InvestigationForms::default(),
        "",
        None,
        None,
        StatusCode::OK,
    )
    .await
}

/// Appends to the activity log.
pub async fn log_activity(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<InvestigationForms>,
) -> Result<Response, AppError> {
    let result = async {
        let on = time::Date::parse(
            form.on.trim(),
            time::macros::format_description!("[year]-[month]-[day]"),
        )
        .map_err(|_| AppError::field("on", "a day as YYYY-MM-DD"))?;
        let kind = form
            .kind
            .parse::<ActivityKind>()
            .map_err(|e| AppError::field("kind", e))?;
        lab::log_activity(
            &state,
            &ctx,
            id,
            NewActivity {
                on,
                kind,
                note: form.note.clone(),
            },
        )
        .await?;
        Ok::<(), AppError>(())
    }
    .await;
    match result {
        Ok(()) => Ok(see_other(&format!("/lab/investigations/{id}#activities"))),
        Err(AppError::App(e @ (Error::Forbidden | Error::Unauthenticated | Error::NotFound))) => {
            Err(e.into())
        }
        Err(err) => {
            investigation_page(
                &state,
                &ctx,
                id,
                form,
                "activity",
                Some(err),
                None,
                StatusCode::OK,
            )
            .await
        }
    }
}

/// Concludes the investigation: the first post shows which barriers will move and which
/// cannot (and why) for the lab to confirm; the confirmed post concludes and shows what
/// moved. A conclusion that moves no barrier is refused beside the choice of conclusion.
pub async fn conclude(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<InvestigationForms>,
) -> Result<Response, AppError> {
    let confirmed = form.confirm == "yes";
    let result = async {
        let kind = form
            .conclusion_kind
            .parse::<ConclusionKind>()
            .map_err(|e| AppError::field("conclusion_kind", e))?;
        let experiment = if kind == ConclusionKind::Experiment {
            let link = form.experiment_kind.parse::<ExperimentLink>().ok();
            let target = form.experiment_id.trim().parse::<i64>().ok();
            link.zip(target)
        } else {
            None
        };
        let (ministry, ministry_response) = if kind == ConclusionKind::RuleChange {
            (form.ministry.clone(), form.ministry_response.clone())
        } else {
            (String::new(), String::new())
        };
        let conclusion = Conclusion {
            kind,
            text: form.conclusion.clone(),
            experiment,
            ministry,
            ministry_response,
        };
        Ok::<Concluded, AppError>(if confirmed {
            lab::conclude(&state, &ctx, id, conclusion).await?
        } else {
            lab::conclusion_preview(&state, &ctx, id, &conclusion).await?
        })
    }
    .await;
    match result {
        Ok(concluded) if confirmed => {
            investigation_page(
                &state,
                &ctx,
                id,
                InvestigationForms::default(),
                "",
                None,
                Some(concluded),
                StatusCode::OK,
            )
            .await
        }
        Ok(preview) => {
            investigation_page(
                &state,
                &ctx,
                id,
                InvestigationForms {
                    preview: Some(preview),
                    ..form
                },
                "",
                None,
                None,
                StatusCode::OK,
            )
            .await
        }
        Err(AppError::App(e @ (Error::Forbidden | Error::Unauthenticated | Error::NotFound))) => {
            Err(e.into())
        }
        Err(err) => {
            investigation_page(
                &state,
                &ctx,
                id,
                form,
                "conclusion",
                Some(err),
                None,
                StatusCode::OK,
            )
            .await
        }
    }
}

/// A start from a barrier as the form types it: the scheme or round chosen.
#[derive(Deserialize, Default, Debug, Clone)]
pub struct StartForm {
    #[serde(default)]
    pub target: String,
}

#[derive(Template)]
#[template(path = "lab/start.html")]
struct StartPage {
    ctx: PageContext,
    kind: &'static str,
    from: lab::StartFrom,
    form: StartForm,
    error: Option<String>,
}

impl StartPage {
    fn is_proposal(&self) -> bool {
        self.kind == "proposal"
    }
    fn heading_id(&self) -> &'static str {
        if self.is_proposal() {
            "lab-start-proposal"
        } else {
            "lab-start-application"
        }
    }
    fn lead_id(&self) -> &'static str {
        if self.is_proposal() {
            "lab-start-proposal-lead"
        } else {
            "lab-start-application-lead"
        }
    }
    fn target_id(&self) -> &'static str {
        if self.is_proposal() {
            "lab-start-scheme"
        } else {
            "lab-start-round"
        }
    }
    fn none_id(&self) -> &'static str {
        if self.is_proposal() {
            "lab-start-no-scheme"
        } else {
            "lab-start-no-round"
        }
    }
}

/// `proposal` or `application`: what a start from a barrier makes.
fn start_kind(kind: &str) -> Result<ExperimentLink, AppError> {
    match kind {
        "proposal" => Ok(ExperimentLink::Proposal),
        "application" => Ok(ExperimentLink::Application),
        _ => Err(Error::NotFound.into()),
    }
}

async fn start_page(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    kind: ExperimentLink,
    form: StartForm,
    err: Option<AppError>,
) -> Result<Response, AppError> {
    let from = lab::start_from(state, ctx, id, kind).await?;
    let page_ctx = page_context(state, ctx);
    let status = err.as_ref().map_or(StatusCode::OK, AppError::status);
    let page = StartPage {
        error: err.map(|e| page_ctx.error_message(&e)),
        ctx: page_ctx,
        kind: kind.as_str(),
        from,
        form,
    };
    Ok((status, page.render_html()?).into_response())
}

/// The form that starts a theme proposal or an application from a barrier: what it
/// carries and where it may go.
pub async fn start_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, kind)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let kind = start_kind(&kind)?;
    start_page(&state, &ctx, id, kind, StartForm::default(), None).await
}

/// Starts a theme proposal or an application from a barrier and goes to it.
pub async fn start(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, kind)): Path<(i64, String)>,
    Form(form): Form<StartForm>,
) -> Result<Response, AppError> {
    let kind = start_kind(&kind)?;
    let result = async {
        let target = form
            .target
            .trim()
            .parse::<i64>()
            .map_err(|_| AppError::field("target", "choose where to start"))?;
        Ok::<String, AppError>(match kind {
            ExperimentLink::Proposal => {
                let p = lab::propose_theme_from(&state, &ctx, id, target).await?;
                format!("/schemes/{target}/proposals?proposed={}", p.id)
            }
            _ => {
                let a = lab::start_application_from(&state, &ctx, id, target).await?;
                format!("/applications/{}/edit", a.id)
            }
        })
    }
    .await;
    match result {
        Ok(to) => Ok(see_other(&to)),
        Err(AppError::App(e @ (Error::Forbidden | Error::Unauthenticated | Error::NotFound))) => {
            Err(e.into())
        }
        Err(err) => start_page(&state, &ctx, id, kind, form, Some(err)).await,
    }
}
