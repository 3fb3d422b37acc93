//! Application pages: my applications, starting a draft, the draft form with its live
//! eligibility, submission with a receipt, withdrawal, and the printable view.
//!
//! The form works without JavaScript: repeated rows (objectives, exemptions, partners,
//! members) come as repeated fields in order, with one empty row to add another.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_domain::application::{
    ApplicationContent, ExemptionScope, Objective, Partner, PartnerKind, RequestedExemption,
};
use frirum_domain::authz::{Action, ApplicationAction};
use frirum_domain::case::CaseStatus;
use frirum_domain::scheme::Theme;
use frirum_domain::text::{FieldError, Problem};
use frirum_domain::{Page, PageRequest};
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, Pager, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;
use frirum_app::applications::{self as cases, CaseFile, DraftForm};
use frirum_app::drafts::FormSave;

#[derive(Deserialize, Default)]
pub struct PageQuery {
    saved: Option<String>,
    withdrawn: Option<String>,
}

/// The filters of an application list, as the form and the dashboard's links send them.
#[derive(Deserialize, Default)]
pub struct ListQuery {
    page: Option<u32>,
    scheme: Option<String>,
    round: Option<String>,
    status: Option<String>,
    theme: Option<String>,
    organisation: Option<String>,
    q: Option<String>,
    /// Only answers the secretariat still has to act on.
    answers: Option<String>,
    /// Only questions that have waited too long.
    overdue: Option<String>,
}

/// An optional id from a select or a link: empty means no filter.
fn id_param(field: &str, value: Option<&str>) -> Result<Option<i64>, AppError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => v
            .parse()
            .map(Some)
            .map_err(|_| AppError::field(field, "not a number")),
    }
}

impl ListQuery {
    fn filter(&self, ctx: &RequestContext) -> Result<frirum_store::ApplicationFilter, AppError> {
        let case_status = match self.status.as_deref().filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => Some(
                s.parse::<CaseStatus>()
                    .map_err(|e| AppError::field("status", e))?,
            ),
        };
        let flag = |v: &Option<String>| v.as_deref().is_some_and(|v| !v.is_empty());
        let mut filter = if flag(&self.overdue) {
            frirum_app::dashboard::overdue_filter(ctx)
        } else {
            frirum_store::ApplicationFilter::default()
        };
        filter.scheme_id = id_param("scheme", self.scheme.as_deref())?;
        filter.round_id = id_param("round", self.round.as_deref())?;
        filter.theme_id = id_param("theme", self.theme.as_deref())?;
        filter.organisation_id = id_param("organisation", self.organisation.as_deref())?;
        filter.case_status = case_status;
        filter.text = self
            .q
            .as_deref()
            .map(str::trim)
            .filter(|q| !q.is_empty())
            .map(str::to_owned);
        filter.answer_to_handle = flag(&self.answers);
        Ok(filter)
    }

    /// The filters in use, for the pager's links.
    fn pairs(&self) -> Vec<(&'static str, String)> {
        [
            ("scheme", &self.scheme),
            ("round", &self.round),
            ("status", &self.status),
            ("theme", &self.theme),
            ("organisation", &self.organisation),
            ("q", &self.q),
            ("answers", &self.answers),
            ("overdue", &self.overdue),
        ]
        .into_iter()
        .filter_map(|(k, v)| {
            v.as_deref()
                .filter(|v| !v.trim().is_empty())
                .map(|v| (k, v.trim().to_owned()))
        })
        .collect()
    }
}

/// The organisation a list is narrowed to.
struct OrganisationFilter {
    id: i64,
    name: String,
    /// The same list without this filter.
    without: String,
}

/// A choice of a filter's select.
struct Choice {
    value: String,
    label: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "applications/my_applications.html")]
struct MyApplicationsPage {
    ctx: PageContext,
    applications: Page<frirum_store::ApplicationSummary>,
    /// Per listed application, in order, the secretariat's total where there is one.
    totals: Vec<Option<String>>,
    pager: Pager,
    schemes: Vec<Choice>,
    rounds: Vec<Choice>,
    themes: Vec<Choice>,
    statuses: Vec<Choice>,
    /// The lead organisations to filter by (not for an applicant: theirs is the list).
    organisations: Vec<Choice>,
    /// The page's title: an applicant's list is their own, others see every case.
    title: &'static str,
    q: String,
    /// The organisation filtered by, named, with the link that removes the filter.
    organisation: Option<OrganisationFilter>,
    /// Which special queue is shown, by its message id.
    queue: Option<&'static str>,
    filtered: bool,
}

pub async fn mine(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let page = PageRequest::new(query.page, Some(20))
        .map_err(|e| AppError::field("page", e.to_string()))?;
    let filter = query.filter(&ctx)?;
    let frirum_app::dashboard::WorkList { browse, totals } =
        frirum_app::dashboard::work_list(&state, &ctx, filter.clone(), page).await?;
    let page_ctx = page_context(&state, &ctx);
    let pairs = query.pairs();
    let pager = Pager::new(&page_ctx, &browse.applications, "/applications", &pairs);
    let choice = |id: i64, label: String, chosen: Option<i64>| Choice {
        value: id.to_string(),
        label,
        selected: chosen == Some(id),
    };
    // Without a scheme chosen the rounds and themes of several schemes are offered: each
    // is named with its scheme's code.
    let scheme_code = |id: i64| {
        browse
            .schemes
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.code.clone())
            .unwrap_or_default()
    };
    let rounds = browse
        .rounds
        .iter()
        .map(|r| {
            choice(
                r.id,
                format!("{} – {}", scheme_code(r.scheme_id), r.title),
                filter.round_id,
            )
        })
        .collect();
    let themes = browse
        .themes
        .iter()
        .map(|t| {
            choice(
                t.id,
                format!("{} – {}", scheme_code(t.scheme_id), t.title),
                filter.theme_id,
            )
        })
        .collect();
    let schemes = browse
        .schemes
        .into_iter()
        .map(|s| choice(s.id, format!("{} – {}", s.code, s.title), filter.scheme_id))
        .collect();
    let organisations = browse
        .organisations
        .into_iter()
        .map(|o| choice(o.id, o.name, filter.organisation_id))
        .collect::<Vec<_>>();
    let title = if ctx.may(Action::CreateApplications) {
        "applications-mine"
    } else {
        "applications-title"
    };
    let statuses = CaseStatus::ALL
        .into_iter()
        .filter(|s| ctx.may(Action::CreateApplications) || *s != CaseStatus::Draft)
        .map(|s| Choice {
            value: s.as_str().to_owned(),
            label: page_ctx.t(&s.message_id()),
            selected: filter.case_status == Some(s),
        })
        .collect();
    // The secretariat's total per listed case, written as the language writes numbers.
    let totals: Vec<Option<String>> = browse
        .applications
        .items
        .iter()
        .map(|a| totals.get(&a.id).map(|t| page_ctx.decimal(t)))
        .collect();
    let organisation = browse.organisation.map(|o| {
        let without: Vec<String> = pairs
            .iter()
            .filter(|(k, _)| *k != "organisation")
            .map(|(k, v)| format!("{k}={}", urlencoding(v)))
            .collect();
        OrganisationFilter {
            id: o.id,
            name: o.name,
            without: format!("/applications?{}", without.join("&")),
        }
    });
    let queue = if filter.answer_to_handle {
        Some("dashboard-answers")
    } else if filter.question_open_since.is_some() {
        Some("dashboard-overdue")
    } else {
        None
    };
    Ok(MyApplicationsPage {
        ctx: page_ctx,
        applications: browse.applications,
        totals,
        pager,
        schemes,
        rounds,
        themes,
        statuses,
        organisations,
        title,
        q: filter.text.clone().unwrap_or_default(),
        organisation,
        queue,
        filtered: !pairs.is_empty(),
    }
    .render_html()?
    .into_response())
}

/// A query value written safely into a link.
fn urlencoding(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// Starts an empty draft in a round and opens its form.
pub async fn start(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(round_id): Path<i64>,
) -> Result<Response, AppError> {
    ctx.authorize(Action::CreateApplications)?;
    let created =
        cases::create_application(&state, &ctx, round_id, &[], ApplicationContent::default())
            .await?;
    Ok(see_other(&format!("/applications/{}/edit", created.id)))
}

struct ThemeChoice {
    id: i64,
    title: String,
    priority: bool,
    chosen: bool,
}

/// The scheme's themes, marked where the application chose them.
fn theme_choices(themes: Vec<Theme>, chosen: &[i64]) -> Vec<ThemeChoice> {
    themes
        .into_iter()
        .map(|t| ThemeChoice {
            chosen: chosen.contains(&t.id),
            id: t.id,
            title: t.title,
            priority: t.priority,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "applications/application.html")]
struct ApplicationPage {
    ctx: PageContext,
    /// The trial the application was started from, if it was.
    adopted_from: Option<frirum_store::AdoptedFrom>,
    application: frirum_domain::application::Application,
    /// The requested exemptions with the citations found in their references.
    exemptions: Vec<ExemptionView>,
    scheme: frirum_domain::scheme::Scheme,
    round: frirum_domain::scheme::Round,
    themes: Vec<ThemeChoice>,
    report: frirum_domain::eligibility::Report,
    can_edit: bool,
    can_journal: bool,
    /// The decision, once made; the secretariat may decide while there is none.
    decision: Option<frirum_domain::decision::Decision>,
    can_decide: bool,
    notice: Option<String>,
    print: bool,
    /// The one status of the case, by name.
    case_status: String,
    /// The next step of the work (`screening`, `clarification`, `assessment`, `decide`),
    /// shown as the main button.
    next_step: &'static str,
    /// Links to the legal screening and to the clarification thread.
    can_screen: bool,
    can_clarify: bool,
}

/// A citation in an exemption's reference: a link when it resolves to the catalogue, a flag
/// for the secretariat when it does not.
struct CitationLink {
    text: String,
    provision_id: Option<i64>,
}

struct ExemptionView {
    exemption: frirum_domain::application::RequestedExemption,
    citations: Vec<CitationLink>,
    /// The provisions it names that the scheme's law cannot exempt from, with the reason.
    limits: Vec<LimitView>,
}

/// A requested provision beyond a trial (or within limits), as the application names it.
pub(crate) struct LimitView {
    pub cited: String,
    pub provision_id: Option<i64>,
    pub flag: super::law::FlagView,
}

pub(crate) fn limit_view(
    ctx: &PageContext,
    limit: &frirum_app::applications::ExemptionLimit,
) -> LimitView {
    LimitView {
        cited: limit.cited.clone(),
        provision_id: limit.provision_id,
        flag: super::law::flag_view(ctx, limit.reason),
    }
}

fn render_view(
    state: &AppState,
    ctx: &RequestContext,
    file: CaseFile,
    notice: Option<String>,
    print: bool,
) -> Result<Response, AppError> {
    let CaseFile {
        case,
        report,
        themes,
        citations: cited,
        limits,
        decision,
        case_status,
        adopted_from,
        ..
    } = file;
    let themes = theme_choices(themes, &case.application.content.themes);
    let can_edit = cases::can_edit(ctx, &case);
    let page_ctx = page_context(state, ctx).in_country(case.scheme.country);
    let exemptions = case
        .application
        .content
        .exemptions
        .iter()
        .zip(cited)
        .enumerate()
        .map(|(i, (exemption, citations))| ExemptionView {
            limits: limits
                .iter()
                .filter(|l| l.exemption == i)
                .map(|l| limit_view(&page_ctx, l))
                .collect(),
            exemption: exemption.clone(),
            citations: citations
                .into_iter()
                .map(|c| CitationLink {
                    text: c.citation.text,
                    provision_id: c.provision_id,
                })
                .collect(),
        })
        .collect();
    let can_decide = ctx.authorize(Action::DecideApplications).is_ok()
        && case.application.status == frirum_domain::application::ApplicationStatus::Submitted
        && decision.is_none();
    let members: Vec<i64> = case.application.members.iter().map(|m| m.id).collect();
    let submitted_or_withdrawn =
        case.application.status != frirum_domain::application::ApplicationStatus::Draft;
    let can_screen = submitted_or_withdrawn && ctx.authorize(Action::ScreenApplications).is_ok();
    let can_clarify = frirum_domain::authz::application(
        ctx.viewer(),
        &case.facts(&members, &[], ctx.now),
        ApplicationAction::ReadClarifications,
    )
    .is_ok();
    // The step the work is at, emphasised among the case's actions.
    let next_step = match case_status {
        frirum_domain::case::CaseStatus::Submitted
        | frirum_domain::case::CaseStatus::InScreening => "screening",
        frirum_domain::case::CaseStatus::AwaitingClarification => "clarification",
        frirum_domain::case::CaseStatus::InAssessment => "assessment",
        frirum_domain::case::CaseStatus::ReadyForDecision => "decide",
        _ => "",
    };
    let case_status = page_ctx.t(&case_status.message_id());
    let page = ApplicationPage {
        adopted_from,
        ctx: page_ctx,
        case_status,
        next_step,
        can_screen,
        can_clarify,
        exemptions,
        decision,
        can_decide,
        can_journal: ctx.may(Action::ReadJournal),
        application: case.application,
        scheme: case.scheme,
        round: case.round,
        themes,
        report,
        can_edit,
        notice,
        print,
    };
    Ok(page.render_html()?.into_response())
}

pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<PageQuery>,
) -> Result<Response, AppError> {
    let file = cases::case_file(&state, &ctx, id).await?;
    let page_ctx = page_context(&state, &ctx);
    let notice = if query.saved.is_some() {
        Some(page_ctx.t("saved-notice"))
    } else if query.withdrawn.is_some() {
        Some(page_ctx.t("application-withdrawn-notice"))
    } else {
        None
    };
    render_view(&state, &ctx, file, notice, false)
}

pub async fn print(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let file = cases::case_file(&state, &ctx, id).await?;
    render_view(&state, &ctx, file, None, true)
}

/// The receipt: case number and the server's time of submission, printable.
pub async fn receipt(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let file = cases::case_file(&state, &ctx, id).await?;
    let page_ctx = page_context(&state, &ctx);
    let application = &file.case.application;
    let notice = match (&application.case_number, application.submitted_at) {
        (Some(number), Some(at)) => Some(page_ctx.t_texts(
            "receipt-text",
            &[
                ("case", number),
                ("time", &page_ctx.moment_in(&at, &file.case.scheme.country)),
            ],
        )),
        _ => return Err(Error::NotFound.into()),
    };
    render_view(&state, &ctx, file, notice, true)
}

// --- The draft form (issue 12, part F: no dead ends, errors beside their fields) ---------

/// One row of objectives as the form shows it: a number or date that was refused stays as
/// it was typed, beside its error.
#[derive(Clone, Default)]
struct ObjectiveRow {
    indicator: String,
    unit: String,
    baseline: String,
    target: String,
    date: String,
}

/// A number as a form field shows it back: as the language writes decimals, ungrouped,
/// so that saving it again reads the same number.
fn number_field(ctx: &PageContext, value: Option<f64>) -> String {
    match value {
        None => String::new(),
        Some(v) if ctx.lang == frirum_domain::Language::En => v.to_string(),
        Some(v) => v.to_string().replace('.', ","),
    }
}

fn objective_rows(ctx: &PageContext, objectives: &[Objective]) -> Vec<ObjectiveRow> {
    objectives
        .iter()
        .map(|o| ObjectiveRow {
            indicator: o.indicator.clone(),
            unit: o.unit.clone(),
            baseline: number_field(ctx, o.baseline),
            target: number_field(ctx, o.target),
            date: o.target_date.map(|d| d.to_string()).unwrap_or_default(),
        })
        .collect()
}

/// A network member's field: what was typed, why it was refused, and the registry's names
/// near it.
struct MemberRow {
    value: String,
    error: Option<String>,
    suggestions: Vec<String>,
}

/// A refused field: its message in the visitor's words, and the element it belongs to (for
/// the list of problems at the top, which links to each).
struct FieldProblem {
    field: String,
    anchor: String,
    message: String,
}

/// The id of the form element a field path belongs to, for links from the list of
/// problems (`exemptions[1].justification` → `e-why-2`).
fn anchor(path: &str) -> String {
    let (head, sub) = path.split_once('.').unwrap_or((path, ""));
    let (list, index) = match head.split_once('[') {
        Some((list, i)) => (list, i.trim_end_matches(']').parse::<usize>().ok()),
        None => (head, None),
    };
    let Some(i) = index else {
        return match list {
            "themes" | "members" | "objectives" | "exemptions" | "partners" => {
                format!("{list}-legend")
            }
            other => other.to_owned(),
        };
    };
    let n = i + 1;
    let prefix = match (list, sub) {
        ("members", _) => "member",
        ("themes", _) => return "themes-legend".to_owned(),
        ("objectives", "unit") => "o-unit",
        ("objectives", "baseline") => "o-base",
        ("objectives", "target") => "o-target",
        ("objectives", "target_date") => "o-date",
        ("objectives", _) => "o-ind",
        ("exemptions", "scope") => "e-scope",
        ("exemptions", "desired_change") => "e-change",
        ("exemptions", "justification") => "e-why",
        ("exemptions", _) => "e-ref",
        ("partners", "kind") => "p-kind",
        ("partners", "role") => "p-role",
        ("partners", "demands") => "p-demands",
        ("partners", "public_values") => "p-values",
        ("partners", _) => "p-name",
        (other, _) => return other.to_owned(),
    };
    format!("{prefix}-{n}")
}

#[derive(Template)]
#[template(path = "applications/application_form.html")]
struct ApplicationFormPage {
    ctx: PageContext,
    /// The trial the draft was started from, if it was.
    adopted_from: Option<frirum_store::AdoptedFrom>,
    application: frirum_domain::application::Application,
    scheme: frirum_domain::scheme::Scheme,
    version: i64,
    content: frirum_domain::application::ApplicationContent,
    members: Vec<MemberRow>,
    themes: Vec<ThemeChoice>,
    objectives: Vec<ObjectiveRow>,
    exemptions: Vec<frirum_domain::application::RequestedExemption>,
    /// Per exemption's place, what the scheme's law cannot give of it.
    limits: Vec<(usize, LimitView)>,
    partners: Vec<frirum_domain::application::Partner>,
    funds: String,
    period_start: String,
    period_end: String,
    report: frirum_domain::eligibility::Report,
    /// A refusal of the whole form (an edit conflict, a failed submission).
    error: Option<String>,
    /// Each refused field, shown at the top and beside the field.
    problems: Vec<FieldProblem>,
    /// Whether the fields not refused were saved.
    saved_partly: bool,
    /// "Name (code)" of every organisation of the scheme's country, to choose members from.
    choices: Vec<String>,
    notice: Option<String>,
}

impl ApplicationFormPage {
    /// The problem of a field, by its path.
    fn problem(&self, field: &str) -> Option<&str> {
        self.problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message.as_str())
    }

    /// The problem of a field in a repeated row (`objectives`, 0, `baseline`).
    fn problem_at(&self, list: &str, index: &usize, field: &str) -> Option<&str> {
        self.problem(&format!("{list}[{index}].{field}"))
    }

    fn errors_heading(&self) -> String {
        self.ctx
            .tn("form-errors-heading", self.problems.len() as u64)
    }
}

/// What the form shows back: as typed after a refused save, as stored otherwise.
struct Typed {
    content: ApplicationContent,
    members: Vec<String>,
    funds: String,
    objectives: Vec<ObjectiveRow>,
    period_start: String,
    period_end: String,
    problems: Vec<FieldError>,
}

impl Typed {
    /// The draft as stored, for the form's first showing.
    fn stored(ctx: &PageContext, case: &cases::Case) -> Self {
        let content = case.application.content.clone();
        Typed {
            members: frirum_app::drafts::member_texts(case),
            funds: content
                .funds_requested
                .map(|f| f.to_string())
                .unwrap_or_default(),
            objectives: objective_rows(ctx, &content.objectives),
            period_start: content
                .period_start
                .map(|d| d.to_string())
                .unwrap_or_default(),
            period_end: content
                .period_end
                .map(|d| d.to_string())
                .unwrap_or_default(),
            problems: Vec::new(),
            content,
        }
    }
}

/// The form with what it shows back, the problems of the fields beside them, and the
/// registry's organisations to choose members from.
fn render_form(
    state: &AppState,
    ctx: &RequestContext,
    view: frirum_app::drafts::FormView,
    version: i64,
    typed: Typed,
    outcome: FormOutcome,
) -> Result<Response, AppError> {
    let frirum_app::drafts::FormView {
        form:
            DraftForm {
                case,
                report,
                themes,
                adopted_from,
                limits,
            },
        choices,
        suggestions,
    } = view;
    let page_ctx = page_context(state, ctx).in_country(case.scheme.country);
    let Typed {
        content,
        members,
        funds,
        mut objectives,
        period_start,
        period_end,
        problems,
    } = typed;
    let themes = theme_choices(themes, &content.themes);
    let mut members: Vec<MemberRow> = members
        .into_iter()
        .enumerate()
        .map(|(i, value)| {
            let path = format!("members[{i}]");
            MemberRow {
                error: problems
                    .iter()
                    .find(|p| p.field == path)
                    .map(|p| page_ctx.field_error(p)),
                suggestions: suggestions
                    .iter()
                    .find(|(at, _)| *at == i)
                    .map(|(_, near)| {
                        near.iter()
                            .map(|o| format!("{} ({})", o.name, o.code))
                            .collect()
                    })
                    .unwrap_or_default(),
                value,
            }
        })
        .collect();
    members.push(MemberRow {
        value: String::new(),
        error: None,
        suggestions: Vec::new(),
    });
    objectives.push(ObjectiveRow::default());
    let mut exemptions = content.exemptions.clone();
    exemptions.push(RequestedExemption::default());
    let mut partners = content.partners.clone();
    partners.push(Partner::default());
    let status = match (&outcome, problems.is_empty()) {
        (FormOutcome::Conflict(_), _) => StatusCode::CONFLICT,
        (FormOutcome::Refused(_), _) | (_, false) => StatusCode::UNPROCESSABLE_ENTITY,
        _ => StatusCode::OK,
    };
    let problems = problems
        .iter()
        .map(|p| FieldProblem {
            anchor: anchor(&p.field),
            message: page_ctx.field_error(p),
            field: p.field.clone(),
        })
        .collect();
    let (error, saved_partly, notice) = match outcome {
        FormOutcome::Shown(notice) => (None, false, notice),
        FormOutcome::SavedPartly => (None, true, None),
        FormOutcome::NotSaved => (None, false, None),
        FormOutcome::Conflict(message) | FormOutcome::Refused(message) => {
            (Some(message), false, None)
        }
    };
    let page = ApplicationFormPage {
        limits: limits
            .iter()
            .map(|l| (l.exemption, limit_view(&page_ctx, l)))
            .collect(),
        adopted_from,
        objectives,
        exemptions,
        partners,
        application: case.application,
        scheme: case.scheme,
        version,
        content,
        members,
        themes,
        funds,
        period_start,
        period_end,
        report,
        error,
        problems,
        saved_partly,
        choices: choices
            .into_iter()
            .map(|o| format!("{} ({})", o.name, o.code))
            .collect(),
        notice,
        ctx: page_ctx,
    };
    Ok((status, page.render_html()?).into_response())
}

/// How the form comes to be shown.
enum FormOutcome {
    /// Opened, perhaps with a notice (saved).
    Shown(Option<String>),
    /// Saved but for the fields refused.
    SavedPartly,
    /// Nothing saved: a rule of the content refused it.
    NotSaved,
    /// Someone saved in between: the message says so.
    Conflict(String),
    /// The submission was refused: the message says why.
    Refused(String),
}

#[derive(Deserialize, Default)]
pub struct EditQuery {
    saved: Option<String>,
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<EditQuery>,
) -> Result<Response, AppError> {
    let Some(view) = frirum_app::drafts::edit_form(&state, &ctx, id).await? else {
        return Ok(see_other(&format!("/applications/{id}")));
    };
    let page_ctx = page_context(&state, &ctx);
    let typed = Typed::stored(&page_ctx, &view.form.case);
    let version = view.form.case.application.version;
    let notice = query.saved.is_some().then(|| page_ctx.t("saved-notice"));
    render_form(
        &state,
        &ctx,
        view,
        version,
        typed,
        FormOutcome::Shown(notice),
    )
}

/// The fields of the form, in the order the browser sent them.
struct Fields(Vec<(String, String)>);

impl Fields {
    fn one(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }
}

fn optional_number(field: String, text: &str) -> Result<Option<f64>, FieldError> {
    let text = text.trim().replace(',', ".").replace([' ', '\u{a0}'], "");
    if text.is_empty() {
        return Ok(None);
    }
    text.parse().map(Some).map_err(|_| {
        FieldError::new(
            field,
            Problem::Format {
                expected: "a number".into(),
            },
        )
    })
}

fn optional_date(field: &str, text: &str) -> Result<Option<time::Date>, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(text, &format).map(Some).map_err(|_| {
        FieldError::new(
            field,
            Problem::Format {
                expected: "a date such as 2020-01-31".into(),
            },
        )
    })
}

/// Reads the form into content, keeping what was typed even when a value is refused: the
/// refused value is left out of the content (so the rest can be saved) and kept as typed
/// for the form, with every problem found.
fn read_form(fields: &Fields) -> Typed {
    let mut problems: Vec<FieldError> = Vec::new();
    let mut note = |r: Result<(), FieldError>| {
        if let Err(e) = r {
            problems.push(e);
        }
    };
    let mut content = ApplicationContent {
        title: fields.one("title"),
        summary: fields.one("summary"),
        description: fields.one("description"),
        unknown_rules_obstacle: fields.one("unknown_rules_obstacle"),
        legal_security: fields.one("legal_security"),
        learning_goals: fields.one("learning_goals"),
        ..Default::default()
    };
    for (i, id) in fields.all("themes").iter().enumerate() {
        match id.parse() {
            Ok(id) => content.themes.push(id),
            Err(_) => note(Err(FieldError::new(
                format!("themes[{i}]"),
                Problem::UnknownTheme { id: 0 },
            ))),
        }
    }
    let (ind, unit, base, target, date) = (
        fields.all("objective_indicator"),
        fields.all("objective_unit"),
        fields.all("objective_baseline"),
        fields.all("objective_target"),
        fields.all("objective_date"),
    );
    let mut objectives = Vec::new();
    for i in 0..ind.len() {
        let get = |v: &Vec<String>| v.get(i).cloned().unwrap_or_default();
        let row = ObjectiveRow {
            indicator: get(&ind),
            unit: get(&unit),
            baseline: get(&base),
            target: get(&target),
            date: get(&date),
        };
        if [
            &row.indicator,
            &row.unit,
            &row.baseline,
            &row.target,
            &row.date,
        ]
        .iter()
        .all(|s| s.trim().is_empty())
        {
            continue;
        }
        let n = content.objectives.len();
        let baseline = optional_number(format!("objectives[{n}].baseline"), &row.baseline);
        let target = optional_number(format!("objectives[{n}].target"), &row.target);
        let target_date = optional_date(&format!("objectives[{n}].target_date"), &row.date);
        content.objectives.push(Objective {
            indicator: row.indicator.clone(),
            unit: row.unit.clone(),
            baseline: baseline.clone().ok().flatten(),
            target: target.clone().ok().flatten(),
            target_date: target_date.clone().ok().flatten(),
        });
        note(baseline.map(|_| ()));
        note(target.map(|_| ()));
        note(target_date.map(|_| ()));
        objectives.push(row);
    }
    let (scope, reference, change, why, provision) = (
        fields.all("exemption_scope"),
        fields.all("exemption_reference"),
        fields.all("exemption_change"),
        fields.all("exemption_justification"),
        fields.all("exemption_provision"),
    );
    for i in 0..reference.len() {
        let get = |v: &Vec<String>| v.get(i).cloned().unwrap_or_default();
        if [get(&reference), get(&change), get(&why)]
            .iter()
            .all(|s| s.trim().is_empty())
        {
            continue;
        }
        content.exemptions.push(RequestedExemption {
            scope: get(&scope).parse::<ExemptionScope>().unwrap_or_default(),
            reference: get(&reference),
            desired_change: get(&change),
            justification: get(&why),
            provision_id: get(&provision).trim().parse().ok(),
        });
    }
    let (name, kind, role, demands, values) = (
        fields.all("partner_name"),
        fields.all("partner_kind"),
        fields.all("partner_role"),
        fields.all("partner_demands"),
        fields.all("partner_values"),
    );
    for i in 0..name.len() {
        let get = |v: &Vec<String>| v.get(i).cloned().unwrap_or_default();
        if [get(&name), get(&role), get(&demands), get(&values)]
            .iter()
            .all(|s| s.trim().is_empty())
        {
            continue;
        }
        content.partners.push(Partner {
            name: get(&name),
            kind: get(&kind).parse::<PartnerKind>().unwrap_or_default(),
            role: get(&role),
            demands: get(&demands),
            public_values: get(&values),
        });
    }
    let funds = fields.one("funds_requested");
    match funds.trim().replace([' ', '.', '\u{a0}'], "") {
        t if t.is_empty() => {}
        t => match t.parse::<i64>() {
            Ok(v) => content.funds_requested = Some(v),
            Err(_) => note(Err(FieldError::new(
                "funds_requested",
                Problem::Format {
                    expected: "a whole amount".into(),
                },
            ))),
        },
    }
    let period_start = fields.one("period_start");
    let period_end = fields.one("period_end");
    let start = optional_date("period_start", &period_start);
    let end = optional_date("period_end", &period_end);
    content.period_start = start.clone().ok().flatten();
    content.period_end = end.clone().ok().flatten();
    note(start.map(|_| ()));
    note(end.map(|_| ()));
    let members = fields
        .all("members")
        .into_iter()
        .filter(|m| !m.trim().is_empty())
        .collect();
    Typed {
        content,
        members,
        funds,
        objectives,
        period_start,
        period_end,
        problems,
    }
}

/// Saves the form: what was typed well is saved even when a field is refused, and the form
/// comes back with every field as typed and each problem beside its field.
pub async fn save(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(raw): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(raw);
    let version: i64 = fields
        .one("version")
        .parse()
        .map_err(|_| AppError::field("version", "missing"))?;
    let typed = read_form(&fields);
    let saved = frirum_app::drafts::save_form(
        &state,
        &ctx,
        id,
        version,
        &typed.members,
        typed.content.clone(),
        typed.problems.clone(),
    )
    .await;
    match saved {
        Ok(FormSave::Saved(saved)) => {
            if fields.has("submit") {
                // An eligible draft goes to the confirmation step first: submitting cannot be
                // undone. One that is not is refused on the form, saying why.
                let eligible = cases::draft_form(&state, &ctx, saved.id)
                    .await?
                    .is_some_and(|form| form.report.eligible);
                if eligible {
                    return Ok(see_other(&format!("/applications/{}/submit", saved.id)));
                }
                return submit_now(&state, &ctx, saved.id, Some(saved.version)).await;
            }
            Ok(see_other(&format!("/applications/{id}/edit?saved=1")))
        }
        Ok(FormSave::Refused {
            saved,
            problems,
            view,
        }) => {
            let outcome = if saved.is_some() {
                FormOutcome::SavedPartly
            } else {
                FormOutcome::NotSaved
            };
            let version = saved.map_or(version, |a| a.version);
            let typed = Typed { problems, ..typed };
            render_form(&state, &ctx, *view, version, typed, outcome)
        }
        Err(e @ Error::EditConflict { .. }) => {
            // Someone saved in between: nothing of this save is lost from the form.
            let message = page_context(&state, &ctx).error_message(&e);
            let view = frirum_app::drafts::typed_form(&state, &ctx, id, &typed.content).await?;
            render_form(
                &state,
                &ctx,
                view,
                version,
                typed,
                FormOutcome::Conflict(message),
            )
        }
        Err(e) => Err(e.into()),
    }
}

async fn submit_now(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    version: Option<i64>,
) -> Result<Response, AppError> {
    match cases::submit(state, ctx, id, version)
        .await
        .map_err(AppError::from)
    {
        Ok(done) => Ok(see_other(&format!(
            "/applications/{}/receipt",
            done.application.id
        ))),
        Err(e @ AppError::App(Error::NotEligible { .. } | Error::EditConflict { .. })) => {
            let page_ctx = page_context(state, ctx);
            let message = page_ctx.error_message(&e);
            let view = frirum_app::drafts::stored_form(state, ctx, id).await?;
            let typed = Typed::stored(&page_ctx, &view.form.case);
            let version = view.form.case.application.version;
            let outcome = match e {
                AppError::App(Error::EditConflict { .. }) => FormOutcome::Conflict(message),
                _ => FormOutcome::Refused(message),
            };
            render_form(state, ctx, view, version, typed, outcome)
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
pub struct SubmitForm {
    version: Option<i64>,
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<SubmitForm>,
) -> Result<Response, AppError> {
    submit_now(&state, &ctx, id, form.version).await
}

/// The confirmation step before submitting: what will be sent, to whom, that it cannot be
/// edited afterwards, and the eligibility report it is sent with.
#[derive(Template)]
#[template(path = "applications/submit_confirm.html")]
struct SubmitConfirmPage {
    ctx: PageContext,
    id: i64,
    version: i64,
    title: String,
    scheme: String,
    round: String,
    deadline: String,
    lead: String,
    members: Vec<String>,
    /// The requested exemptions, each by its reference.
    exemptions: Vec<String>,
    report: frirum_domain::eligibility::Report,
}

/// Shows what submitting will send; a draft no longer a draft goes to its page.
pub async fn submit_confirm(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let Some(form) = cases::draft_form(&state, &ctx, id).await? else {
        return Ok(see_other(&format!("/applications/{id}")));
    };
    let page_ctx = page_context(&state, &ctx).in_country(form.case.scheme.country);
    let case = form.case;
    let content = &case.application.content;
    let title = if content.title.trim().is_empty() {
        page_ctx.t("application-untitled")
    } else {
        content.title.clone()
    };
    Ok(SubmitConfirmPage {
        id,
        version: case.application.version,
        title,
        scheme: format!("{} – {}", case.scheme.code, case.scheme.title),
        round: case.round.title.clone(),
        deadline: page_ctx.local(&case.round.deadline),
        lead: case.application.lead.name.clone(),
        members: case
            .application
            .members
            .iter()
            .map(|m| m.name.clone())
            .collect(),
        exemptions: content
            .exemptions
            .iter()
            .map(|e| e.reference.clone())
            .collect(),
        report: form.report,
        ctx: page_ctx,
    }
    .render_html()?
    .into_response())
}

#[derive(Template)]
#[template(path = "applications/delete_draft.html")]
struct DeleteDraftPage {
    ctx: PageContext,
    application: frirum_domain::application::Application,
    title: String,
}

/// The confirmation step before a draft is deleted; a submitted application goes to its
/// page, where it can be withdrawn instead.
pub async fn delete_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let Some(case) = frirum_app::drafts::to_delete(&state, &ctx, id).await? else {
        return Ok(see_other(&format!("/applications/{id}")));
    };
    let page_ctx = page_context(&state, &ctx);
    let title = if case.application.content.title.trim().is_empty() {
        page_ctx.t("application-untitled")
    } else {
        case.application.content.title.clone()
    };
    Ok(DeleteDraftPage {
        ctx: page_ctx,
        application: case.application,
        title,
    }
    .render_html()?
    .into_response())
}

/// Deletes a draft (journaled) and goes back to its round, which says so.
pub async fn delete(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let deleted = frirum_app::drafts::delete(&state, &ctx, id).await?;
    Ok(see_other(&format!(
        "/rounds/{}?deleted=1",
        deleted.round_id
    )))
}

#[derive(Deserialize)]
pub struct WithdrawForm {
    #[serde(default)]
    reason: String,
}

pub async fn withdraw(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<WithdrawForm>,
) -> Result<Response, AppError> {
    cases::withdraw(&state, &ctx, id, Some(&form.reason)).await?;
    Ok(see_other(&format!("/applications/{id}?withdrawn=1")))
}
