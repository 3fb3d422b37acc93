//! Research plans as pages, for a trial (`/trials/{id}/plans/…`) and for a whole scheme
//! (`/schemes/{id}/plans/…`, the joint plans): the list, a new plan, one plan with its
//! versions, the draft's form (which for a registered plan is the amendment form, with a
//! reason), the confirmation before registering, and two versions side by side with what
//! changed marked. A refused form comes back with the reason at the top and beside its
//! field, and what was typed.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::research_plans::{self, Comparison, PlanList, PlanPlace, PlanView};
use frirum_domain::research_plan::{Design, PlanContent, PlanField, PlanOwner, PlanStatus};
use serde::Deserialize;
use time::Date;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

/// A plan's form as typed: the questions one to a line, the indicators ticked.
#[derive(Debug, Clone, Default)]
pub struct PlanForm {
    pub title: String,
    pub questions: String,
    pub design: String,
    pub indicator_ids: Vec<i64>,
    pub other_data: String,
    pub analysis: String,
    pub embargo_until: String,
    /// The plan's version the form was opened at.
    pub version: String,
    /// Why a registered plan is amended.
    pub reason: String,
}

impl PlanForm {
    fn of(content: &PlanContent, version: i64) -> PlanForm {
        PlanForm {
            title: content.title.clone(),
            questions: content.questions.join("\n"),
            design: content.design.as_str().to_owned(),
            indicator_ids: content.indicator_ids.clone(),
            other_data: content.other_data.clone(),
            analysis: content.analysis.clone(),
            embargo_until: content
                .embargo_until
                .map(|d| d.to_string())
                .unwrap_or_default(),
            version: version.to_string(),
            reason: String::new(),
        }
    }

    fn parse(raw: &[(String, String)]) -> PlanForm {
        let mut form = PlanForm::default();
        for (name, value) in raw {
            match name.as_str() {
                "title" => form.title = value.clone(),
                "questions" => form.questions = value.clone(),
                "design" => form.design = value.clone(),
                "indicator_ids" => form.indicator_ids.extend(value.trim().parse::<i64>().ok()),
                "other_data" => form.other_data = value.clone(),
                "analysis" => form.analysis = value.clone(),
                "embargo_until" => form.embargo_until = value.clone(),
                "version" => form.version = value.clone(),
                "reason" => form.reason = value.clone(),
                _ => {}
            }
        }
        form
    }

    /// The plan as the use cases take it; a design or date that cannot be read is
    /// refused naming its field.
    fn content(&self) -> Result<PlanContent, AppError> {
        let design = self
            .design
            .parse::<Design>()
            .map_err(|_| AppError::field("design", "choose a research design"))?;
        let embargo_until = match self.embargo_until.trim() {
            "" => None,
            text => Some(
                Date::parse(
                    text,
                    time::macros::format_description!("[year]-[month]-[day]"),
                )
                .map_err(|_| AppError::field("embargo_until", "a date such as 2027-06-30"))?,
            ),
        };
        Ok(PlanContent {
            title: self.title.clone(),
            questions: self.questions.lines().map(str::to_owned).collect(),
            design,
            indicator_ids: self.indicator_ids.clone(),
            other_data: self.other_data.clone(),
            analysis: self.analysis.clone(),
            embargo_until,
        })
    }

    fn seen_version(&self) -> Result<i64, AppError> {
        self.version
            .trim()
            .parse()
            .map_err(|_| AppError::field("version", "reload the page and try again"))
    }

    pub fn has_indicator(&self, id: &i64) -> bool {
        self.indicator_ids.contains(id)
    }
}

/// A refusal shown on a form: the field at fault, if one, and the message.
#[derive(Debug, Clone)]
pub struct FormError {
    pub field: Option<String>,
    pub message: String,
}

impl FormError {
    fn of(ctx: &PageContext, err: &AppError) -> FormError {
        let field = match err {
            AppError::App(Error::Field(e)) => Some(e.field.clone()),
            AppError::App(Error::InvalidField { field, .. }) => Some(field.clone()),
            AppError::App(Error::Rule(rule)) => rule.details["field"].as_str().map(str::to_owned),
            _ => None,
        };
        // A question's row is shown with the questions.
        let field = field.map(|f| {
            if f.starts_with("questions[") {
                "questions".to_owned()
            } else {
                f
            }
        });
        FormError {
            field,
            message: ctx.error_message(err),
        }
    }
}

/// Whether an error is one the error pages show, not a refusal of the form.
fn is_page_error(err: &AppError) -> bool {
    matches!(
        err,
        AppError::App(Error::Forbidden | Error::Unauthenticated | Error::NotFound)
    )
}

/// A form only the assigned researchers open: the others are asked to sign in, or refused.
fn refuse_unless_writer(ctx: &RequestContext, place: &PlanPlace) -> Result<(), AppError> {
    if place.may_write {
        Ok(())
    } else if ctx.user.is_none() {
        Err(Error::Unauthenticated.into())
    } else {
        Err(Error::Forbidden.into())
    }
}

/// Every page of plans has two routes, under a trial and under a scheme (its joint plans):
/// this writes the pair of handlers, which name the owner and call the one function.
macro_rules! trial_and_scheme {
    ($trial:ident, $scheme:ident, $inner:ident, Path<i64> $(, $ex:ident($bind:ident): $ty:ty => $arg:expr)?) => {
        trial_and_scheme!(@plans $trial, Kind::Trial, $inner $(, $ex($bind): $ty => $arg)?);
        trial_and_scheme!(@plans $scheme, Kind::Scheme, $inner $(, $ex($bind): $ty => $arg)?);
    };
    ($trial:ident, $scheme:ident, $inner:ident, Path<(i64, i64)> $(, $ex:ident($bind:ident): $ty:ty => $arg:expr)?) => {
        trial_and_scheme!(@plan $trial, Kind::Trial, $inner $(, $ex($bind): $ty => $arg)?);
        trial_and_scheme!(@plan $scheme, Kind::Scheme, $inner $(, $ex($bind): $ty => $arg)?);
    };
    (@plans $name:ident, $kind:expr, $inner:ident $(, $ex:ident($bind:ident): $ty:ty => $arg:expr)?) => {
        pub async fn $name(
            State(state): State<AppState>,
            ctx: RequestContext,
            Path(id): Path<i64>,
            $($ex($bind): $ty,)?
        ) -> Result<Response, AppError> {
            $inner(&state, &ctx, owner_of($kind, id) $(, $arg)?).await
        }
    };
    (@plan $name:ident, $kind:expr, $inner:ident $(, $ex:ident($bind:ident): $ty:ty => $arg:expr)?) => {
        pub async fn $name(
            State(state): State<AppState>,
            ctx: RequestContext,
            Path((id, plan_id)): Path<(i64, i64)>,
            $($ex($bind): $ty,)?
        ) -> Result<Response, AppError> {
            $inner(&state, &ctx, owner_of($kind, id), plan_id $(, $arg)?).await
        }
    };
}

fn owner_of(kind: Kind, id: i64) -> PlanOwner {
    match kind {
        Kind::Trial => PlanOwner::Trial(id),
        Kind::Scheme => PlanOwner::Scheme(id),
    }
}

/// Whose plans a route serves.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Trial,
    Scheme,
}

// --- Templates -------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "research_plans/list.html")]
struct ListPage {
    ctx: PageContext,
    list: PlanList,
}

#[derive(Template)]
#[template(path = "research_plans/form.html")]
struct FormPage {
    ctx: PageContext,
    place: PlanPlace,
    /// The plan edited; none for a new one.
    plan: Option<frirum_domain::research_plan::ResearchPlan>,
    form: PlanForm,
    error: Option<FormError>,
    designs: Vec<(&'static str, String)>,
}

impl FormPage {
    fn amending(&self) -> bool {
        self.plan
            .as_ref()
            .is_some_and(|p| p.status == PlanStatus::Registered)
    }

    fn action(&self) -> String {
        match &self.plan {
            Some(p) => format!("{}/{}/edit", self.place.base_path(), p.id),
            None => self.place.base_path(),
        }
    }

    fn error_at(&self, field: &str) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|e| e.field.as_deref() == Some(field))
            .map(|e| e.message.as_str())
    }

    fn invalid(&self, field: &str) -> bool {
        self.error_at(field).is_some()
    }
}

#[derive(Template)]
#[template(path = "research_plans/plan.html")]
struct PlanPage {
    ctx: PageContext,
    view: PlanView,
    results_public: bool,
}

#[derive(Template)]
#[template(path = "research_plans/register.html")]
struct RegisterPage {
    ctx: PageContext,
    view: PlanView,
    error: Option<FormError>,
}

#[derive(Template)]
#[template(path = "research_plans/compare.html")]
struct ComparePage {
    ctx: PageContext,
    view: PlanView,
    comparison: Option<Comparison>,
}

impl ComparePage {
    fn changed(&self, field: &str) -> bool {
        self.comparison
            .as_ref()
            .is_some_and(|c| c.changed.iter().any(|f| f.as_str() == field))
    }

    fn older_label(&self) -> String {
        self.comparison.as_ref().map_or_else(String::new, |c| {
            self.ctx.t1("plan-version-n", "version", c.older.number)
        })
    }

    fn newer_label(&self) -> String {
        self.comparison.as_ref().map_or_else(String::new, |c| {
            self.ctx.t1("plan-version-n", "version", c.newer.number)
        })
    }

    fn changed_names(&self) -> Vec<String> {
        self.comparison
            .as_ref()
            .map(|c| {
                c.changed
                    .iter()
                    .map(|f: &PlanField| self.ctx.t(&format!("plan-field-{}", f.as_str())))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The design's name in the visitor's language.
pub fn design_name(ctx: &PageContext, design: &Design) -> String {
    ctx.t(&format!("plan-design-{}", design.as_str()))
}

fn designs(ctx: &PageContext) -> Vec<(&'static str, String)> {
    Design::ALL
        .iter()
        .map(|d| (d.as_str(), design_name(ctx, d)))
        .collect()
}

// --- Handlers ----------------------------------------------------------------------------

async fn list(
    state: &AppState,
    ctx: &RequestContext,
    owner: PlanOwner,
) -> Result<Response, AppError> {
    let list = research_plans::plans_of(state, ctx, owner).await?;
    let page = ListPage {
        ctx: page_context(state, ctx),
        list,
    };
    Ok(page.render_html()?.into_response())
}

trial_and_scheme!(trial_list, scheme_list, list, Path<i64>);

fn form_page(
    state: &AppState,
    ctx: &RequestContext,
    place: PlanPlace,
    plan: Option<frirum_domain::research_plan::ResearchPlan>,
    form: PlanForm,
    error: Option<FormError>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let page_ctx = page_context(state, ctx);
    let page = FormPage {
        designs: designs(&page_ctx),
        ctx: page_ctx,
        place,
        plan,
        form,
        error,
    };
    Ok((status, page.render_html()?).into_response())
}

async fn new_form(
    state: &AppState,
    ctx: &RequestContext,
    owner: PlanOwner,
) -> Result<Response, AppError> {
    let list = research_plans::plans_of(state, ctx, owner).await?;
    refuse_unless_writer(ctx, &list.place)?;
    let form = PlanForm {
        design: Design::BeforeAfter.as_str().to_owned(),
        ..PlanForm::default()
    };
    form_page(state, ctx, list.place, None, form, None, StatusCode::OK)
}

trial_and_scheme!(trial_new, scheme_new, new_form, Path<i64>);

async fn create(
    state: &AppState,
    ctx: &RequestContext,
    owner: PlanOwner,
    raw: &[(String, String)],
) -> Result<Response, AppError> {
    let form = PlanForm::parse(raw);
    let result = async {
        let content = form.content()?;
        Ok::<_, AppError>(research_plans::create(state, ctx, owner, content).await?)
    }
    .await;
    match result {
        Ok(plan) => {
            let base = match owner {
                PlanOwner::Trial(id) => format!("/trials/{id}/plans"),
                PlanOwner::Scheme(id) => format!("/schemes/{id}/plans"),
            };
            Ok(see_other(&format!("{base}/{}", plan.id)))
        }
        Err(err) if is_page_error(&err) => Err(err),
        Err(err) => {
            let place = research_plans::place(state, ctx, owner).await?;
            let error = FormError::of(&page_context(state, ctx), &err);
            form_page(state, ctx, place, None, form, Some(error), err.status())
        }
    }
}

trial_and_scheme!(trial_create, scheme_create, create, Path<i64>, Form(raw): Form<Vec<(String, String)>> => &raw);

async fn show(
    state: &AppState,
    ctx: &RequestContext,
    owner: PlanOwner,
    plan_id: i64,
) -> Result<Response, AppError> {
    let view = research_plans::plan(state, ctx, Some(owner), plan_id).await?;
    let page = PlanPage {
        results_public: view.results_public(ctx),
        ctx: page_context(state, ctx),
        view,
    };
    Ok(page.render_html()?.into_response())
}

trial_and_scheme!(trial_show, scheme_show, show, Path<(i64, i64)>);

async fn edit_form(
    state: &AppState,
    ctx: &RequestContext,
    owner: PlanOwner,
    plan_id: i64,
) -> Result<Response, AppError> {
    let view = research_plans::plan(state, ctx, Some(owner), plan_id).await?;
    refuse_unless_writer(ctx, &view.place)?;
    let form = PlanForm::of(&view.plan.content, view.plan.version);
    form_page(
        state,
        ctx,
        view.place,
        Some(view.plan),
        form,
        None,
        StatusCode::OK,
    )
}

trial_and_scheme!(
    trial_edit_form,
    scheme_edit_form,
    edit_form,
    Path<(i64, i64)>
);

/// Saves a draft, or — when the form is the amendment form (`mode=amend`) — amends the
/// registered plan with its reason. A save aimed at a registered plan is refused, never
/// applied silently.
async fn edit(
    state: &AppState,
    ctx: &RequestContext,
    owner: PlanOwner,
    plan_id: i64,
    raw: &[(String, String)],
) -> Result<Response, AppError> {
    let form = PlanForm::parse(raw);
    let amending = raw.iter().any(|(n, v)| n == "mode" && v == "amend");
    let result = async {
        let content = form.content()?;
        let seen = form.seen_version()?;
        Ok::<_, AppError>(if amending {
            research_plans::amend(
                state,
                ctx,
                Some(owner),
                plan_id,
                seen,
                content,
                &form.reason,
            )
            .await?
        } else {
            research_plans::save_draft(state, ctx, Some(owner), plan_id, seen, content).await?
        })
    }
    .await;
    match result {
        Ok(plan) => Ok(see_other(&format!(
            "{}/{}{}",
            base_of(owner),
            plan.id,
            if amending { "#versions" } else { "" }
        ))),
        Err(err) if is_page_error(&err) => Err(err),
        Err(err) => {
            let view = research_plans::plan(state, ctx, Some(owner), plan_id).await?;
            let error = FormError::of(&page_context(state, ctx), &err);
            form_page(
                state,
                ctx,
                view.place,
                Some(view.plan),
                form,
                Some(error),
                err.status(),
            )
        }
    }
}

fn base_of(owner: PlanOwner) -> String {
    match owner {
        PlanOwner::Trial(id) => format!("/trials/{id}/plans"),
        PlanOwner::Scheme(id) => format!("/schemes/{id}/plans"),
    }
}

trial_and_scheme!(trial_edit, scheme_edit, edit, Path<(i64, i64)>, Form(raw): Form<Vec<(String, String)>> => &raw);

async fn register_form(
    state: &AppState,
    ctx: &RequestContext,
    owner: PlanOwner,
    plan_id: i64,
) -> Result<Response, AppError> {
    let view = research_plans::plan(state, ctx, Some(owner), plan_id).await?;
    refuse_unless_writer(ctx, &view.place)?;
    if view.plan.status == PlanStatus::Registered {
        return Ok(see_other(&format!("{}/{}", base_of(owner), plan_id)));
    }
    let page = RegisterPage {
        ctx: page_context(state, ctx),
        view,
        error: None,
    };
    Ok(page.render_html()?.into_response())
}

trial_and_scheme!(
    trial_register_form,
    scheme_register_form,
    register_form,
    Path<(i64, i64)>
);

/// The registration's form: the version seen and the confirmation.
#[derive(Debug, Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub confirm: Option<String>,
}

async fn register(
    state: &AppState,
    ctx: &RequestContext,
    owner: PlanOwner,
    plan_id: i64,
    form: RegisterForm,
) -> Result<Response, AppError> {
    let result = async {
        let seen = form
            .version
            .trim()
            .parse()
            .map_err(|_| AppError::field("version", "reload the page and try again"))?;
        let confirmed = form.confirm.is_some();
        Ok::<_, AppError>(
            research_plans::register(state, ctx, Some(owner), plan_id, seen, confirmed).await?,
        )
    }
    .await;
    match result {
        Ok(plan) => Ok(see_other(&format!("{}/{}", base_of(owner), plan.id))),
        Err(err) if is_page_error(&err) => Err(err),
        Err(err) => {
            let view = research_plans::plan(state, ctx, Some(owner), plan_id).await?;
            let page_ctx = page_context(state, ctx);
            let error = FormError::of(&page_ctx, &err);
            let page = RegisterPage {
                ctx: page_ctx,
                view,
                error: Some(error),
            };
            Ok((err.status(), page.render_html()?).into_response())
        }
    }
}

trial_and_scheme!(trial_register, scheme_register, register, Path<(i64, i64)>, Form(form): Form<RegisterForm> => form);

/// Which two versions to compare; the latest and the one before when not given.
#[derive(Debug, Deserialize)]
pub struct CompareQuery {
    pub a: Option<i64>,
    pub b: Option<i64>,
}

async fn compare(
    state: &AppState,
    ctx: &RequestContext,
    owner: PlanOwner,
    plan_id: i64,
    query: CompareQuery,
) -> Result<Response, AppError> {
    let view = research_plans::plan(state, ctx, Some(owner), plan_id).await?;
    // The older first, whichever order they were chosen in.
    let (a, b) = match (query.a, query.b) {
        (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
        other => other,
    };
    let comparison = view.compare(a, b);
    let page = ComparePage {
        ctx: page_context(state, ctx),
        view,
        comparison,
    };
    Ok(page.render_html()?.into_response())
}

trial_and_scheme!(trial_compare, scheme_compare, compare, Path<(i64, i64)>, Query(query): Query<CompareQuery> => query);
