//! Application pages: my applications, starting a draft, the draft form with its live
//! eligibility, submission with a receipt, withdrawal, and the printable view.
//!
//! The form works without JavaScript: repeated rows (objectives, exemptions, partners,
//! members) come as repeated fields in order, with one empty row to add another.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_domain::application::{
    ApplicationContent, ExemptionScope, Objective, Partner, PartnerKind, RequestedExemption,
};
use frirum_domain::authz::{Action, ApplicationAction};
use frirum_domain::scheme::Theme;
use frirum_domain::text::{FieldError, Problem};
use frirum_domain::{Page, PageRequest};
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::handlers::pages::layout::{PageContext, Pager, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;
use frirum_app::applications::{self as cases, CaseFile, DraftForm};

#[derive(Deserialize, Default)]
pub struct PageQuery {
    page: Option<u32>,
    saved: Option<String>,
    withdrawn: Option<String>,
}

#[derive(Template)]
#[template(path = "applications/my_applications.html")]
struct MyApplicationsPage {
    ctx: PageContext,
    applications: Page<frirum_store::ApplicationSummary>,
    pager: Pager,
}

pub async fn mine(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<PageQuery>,
) -> Result<Response, AppError> {
    let page = PageRequest::new(query.page, Some(20))
        .map_err(|e| AppError::field("page", e.to_string()))?;
    let applications = cases::list_mine(&state, &ctx, page).await?;
    let page_ctx = page_context(&state, &ctx);
    let pager = Pager::new(&page_ctx, &applications, "/applications", &[]);
    Ok(MyApplicationsPage {
        ctx: page_ctx,
        applications,
        pager,
    }
    .render_html()?
    .into_response())
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
    /// The review stage's name, for a submitted application.
    review_stage: Option<String>,
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
        decision,
        review_stage,
    } = file;
    let themes = theme_choices(themes, &case.application.content.themes);
    let can_edit = cases::can_edit(ctx, &case);
    let exemptions = case
        .application
        .content
        .exemptions
        .iter()
        .zip(cited)
        .map(|(exemption, citations)| ExemptionView {
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
    let page_ctx = page_context(state, ctx);
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
    let review_stage = review_stage.map(|s| page_ctx.t(&format!("review-stage-{}", s.as_str())));
    let page = ApplicationPage {
        ctx: page_ctx,
        review_stage,
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
        (Some(number), Some(at)) => Some(
            page_ctx
                .t("receipt-text")
                .replace("{case}", number)
                .replace("{time}", &page_ctx.moment(&at)),
        ),
        _ => return Err(Error::NotFound.into()),
    };
    render_view(&state, &ctx, file, notice, true)
}

struct ObjectiveRow {
    indicator: String,
    unit: String,
    baseline: String,
    target: String,
    date: String,
}

fn objective_rows(objectives: &[Objective]) -> Vec<ObjectiveRow> {
    let mut rows: Vec<ObjectiveRow> = objectives
        .iter()
        .map(|o| ObjectiveRow {
            indicator: o.indicator.clone(),
            unit: o.unit.clone(),
            baseline: o.baseline.map(|v| v.to_string()).unwrap_or_default(),
            target: o.target.map(|v| v.to_string()).unwrap_or_default(),
            date: o.target_date.map(|d| d.to_string()).unwrap_or_default(),
        })
        .collect();
    rows.push(ObjectiveRow {
        indicator: String::new(),
        unit: String::new(),
        baseline: String::new(),
        target: String::new(),
        date: String::new(),
    });
    rows
}

#[derive(Template)]
#[template(path = "applications/application_form.html")]
struct ApplicationFormPage {
    ctx: PageContext,
    application: frirum_domain::application::Application,
    scheme: frirum_domain::scheme::Scheme,
    version: i64,
    content: frirum_domain::application::ApplicationContent,
    members: Vec<String>,
    themes: Vec<ThemeChoice>,
    objectives: Vec<ObjectiveRow>,
    exemptions: Vec<frirum_domain::application::RequestedExemption>,
    partners: Vec<frirum_domain::application::Partner>,
    funds: String,
    report: frirum_domain::eligibility::Report,
    error: Option<String>,
}

/// The form with what it shows back: the draft (with the eligibility and themes of the
/// content typed), the version the editor started from, and the typed content, members and
/// amount.
#[expect(
    clippy::too_many_arguments,
    reason = "the form shows back what was typed"
)]
fn render_form(
    state: &AppState,
    ctx: &RequestContext,
    form: DraftForm,
    version: i64,
    content: ApplicationContent,
    members: Vec<String>,
    funds: String,
    error: Option<String>,
) -> Result<Response, AppError> {
    let DraftForm {
        case,
        report,
        themes,
    } = form;
    let themes = theme_choices(themes, &content.themes);
    let mut members = members;
    members.push(String::new());
    let mut exemptions = content.exemptions.clone();
    exemptions.push(RequestedExemption::default());
    let mut partners = content.partners.clone();
    partners.push(Partner::default());
    let status = if error.is_some() {
        if error
            .as_deref()
            .is_some_and(|e| e.contains(&version.to_string()))
        {
            StatusCode::CONFLICT
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        }
    } else {
        StatusCode::OK
    };
    let page = ApplicationFormPage {
        ctx: page_context(state, ctx),
        objectives: objective_rows(&content.objectives),
        exemptions,
        partners,
        application: case.application,
        scheme: case.scheme,
        version,
        content,
        members,
        themes,
        funds,
        report,
        error,
    };
    Ok((status, page.render_html()?).into_response())
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let Some(form) = cases::draft_form(&state, &ctx, id).await? else {
        return Ok(see_other(&format!("/applications/{id}")));
    };
    let members = form.case.member_references();
    let content = form.case.application.content.clone();
    let funds = content
        .funds_requested
        .map(|f| f.to_string())
        .unwrap_or_default();
    let version = form.case.application.version;
    render_form(&state, &ctx, form, version, content, members, funds, None)
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

/// Reads the form into content, keeping what was typed even when a value is refused, so
/// that the form can be shown again without losing anything.
fn read_form(fields: &Fields) -> (ApplicationContent, Vec<String>, String, Option<FieldError>) {
    let mut first_error: Option<FieldError> = None;
    let mut note = |r: Result<(), FieldError>| {
        if let Err(e) = r
            && first_error.is_none()
        {
            first_error = Some(e);
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
    for i in 0..ind.len() {
        let get = |v: &Vec<String>| v.get(i).cloned().unwrap_or_default();
        let row = [get(&ind), get(&unit), get(&base), get(&target), get(&date)];
        if row.iter().all(|s| s.trim().is_empty()) {
            continue;
        }
        let n = content.objectives.len();
        let baseline = optional_number(format!("objectives[{n}].baseline"), &row[2]);
        let target = optional_number(format!("objectives[{n}].target"), &row[3]);
        let date = optional_date(&format!("objectives[{n}].target_date"), &row[4]);
        content.objectives.push(Objective {
            indicator: row[0].clone(),
            unit: row[1].clone(),
            baseline: baseline.clone().ok().flatten(),
            target: target.clone().ok().flatten(),
            target_date: date.clone().ok().flatten(),
        });
        note(baseline.map(|_| ()));
        note(target.map(|_| ()));
        note(date.map(|_| ()));
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
    let start = optional_date("period_start", &fields.one("period_start"));
    let end = optional_date("period_end", &fields.one("period_end"));
    content.period_start = start.clone().ok().flatten();
    content.period_end = end.clone().ok().flatten();
    note(start.map(|_| ()));
    note(end.map(|_| ()));
    let members = fields
        .all("members")
        .into_iter()
        .filter(|m| !m.trim().is_empty())
        .collect();
    (content, members, funds, first_error)
}

pub async fn save(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(raw): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let case = cases::application_for(&state, &ctx, id, ApplicationAction::Edit).await?;
    let fields = Fields(raw);
    let version: i64 = fields
        .one("version")
        .parse()
        .map_err(|_| AppError::field("version", "missing"))?;
    let (content, members, funds, parse_error) = read_form(&fields);
    let page_ctx = page_context(&state, &ctx);
    let outcome = match parse_error {
        Some(e) => Err(AppError::from(Error::Field(e))),
        None => cases::save_draft(&state, &ctx, id, version, &members, content.clone())
            .await
            .map_err(AppError::from),
    };
    match outcome {
        Ok(saved) => {
            if fields.has("submit") {
                return submit_now(&state, &ctx, saved.id, Some(saved.version)).await;
            }
            Ok(see_other(&format!("/applications/{id}/edit?saved=1")))
        }
        Err(
            e @ AppError::App(
                Error::Field(_) | Error::EditConflict { .. } | Error::InvalidField { .. },
            ),
        ) => {
            let message = Some(page_ctx.error_message(&e));
            // The form comes back with everything typed, whatever was refused.
            let form = cases::form_with(&state, &ctx, case, &content).await?;
            render_form(
                &state, &ctx, form, version, content, members, funds, message,
            )
        }
        Err(e) => Err(e),
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
            let case = cases::application_for(state, ctx, id, ApplicationAction::Edit).await?;
            let content = case.application.content.clone();
            let members = case.member_references();
            let funds = content
                .funds_requested
                .map(|f| f.to_string())
                .unwrap_or_default();
            let message = Some(page_context(state, ctx).error_message(&e));
            let version = case.application.version;
            let form = cases::form_with(state, ctx, case, &content).await?;
            render_form(state, ctx, form, version, content, members, funds, message)
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
