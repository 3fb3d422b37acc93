//! Local regulations as pages: `/trials/{id}/regulations/{organisation_id}`, one
//! participant's regulation (Frirum's draft, which that participant edits; the council's
//! adoption recorded with date, body, reference and the day it comes in force; the
//! secretariat's approval where the scheme requires it), its printable text, and
//! `/schemes/{id}/regulations`, where the secretariat says whether the scheme's adopted
//! regulations need its approval. The trial page's section is
//! `templates/trials/regulations_section.html`.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::regulations::{self, RegulationView, SchemeSetting};
use frirum_domain::regulation::Adoption;
use serde::Deserialize;
use time::Date;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

/// The adoption form as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AdoptionForm {
    #[serde(default)]
    pub version: i64,
    #[serde(default)]
    pub adopted_on: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub reference: String,
    #[serde(default)]
    pub in_force_from: String,
}

impl AdoptionForm {
    /// The form filled from a recorded adoption, or with the council's usual name.
    fn of(view: &RegulationView, ctx: &PageContext) -> Self {
        let regulation = view.regulation.as_ref();
        match regulation.and_then(|r| r.adoption.as_ref()) {
            Some(a) => AdoptionForm {
                version: regulation.map_or(0, |r| r.version),
                adopted_on: a.adopted_on.to_string(),
                body: a.body.clone(),
                reference: a.reference.clone(),
                in_force_from: a.in_force_from.to_string(),
            },
            None => AdoptionForm {
                version: regulation.map_or(0, |r| r.version),
                body: ctx.tp("regulation-body-", view.scheme.country.as_str()),
                ..AdoptionForm::default()
            },
        }
    }

    fn adoption(&self) -> Result<Adoption, AppError> {
        Ok(Adoption {
            adopted_on: date("adopted_on", &self.adopted_on)?,
            body: self.body.clone(),
            reference: self.reference.clone(),
            in_force_from: date("in_force_from", &self.in_force_from)?,
        })
    }
}

/// A date typed as the date field sends it.
fn date(field: &str, text: &str) -> Result<Date, AppError> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text.trim(), &format)
        .map_err(|_| AppError::field(field, "a date such as 2026-03-14"))
}

/// The draft's text as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TextForm {
    #[serde(default)]
    pub version: i64,
    #[serde(default)]
    pub text: String,
}

/// The approval button's form.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ApprovalForm {
    #[serde(default)]
    pub version: i64,
}

#[derive(Deserialize)]
pub struct DoneQuery {
    #[serde(default)]
    pub done: Option<String>,
}

#[derive(Template)]
#[template(path = "trials/regulations_page.html")]
struct RegulationPage {
    ctx: PageContext,
    view: RegulationView,
    adoption: AdoptionForm,
    text: String,
    /// A refused form's message, and the field it names (`text`, `adopted_on`, ...,
    /// `approval`).
    message: Option<String>,
    error_field: Option<String>,
    /// What was just done: `saved`, `adopted`, `approved`.
    done: Option<String>,
}

impl RegulationPage {
    fn is_error(&self, field: &str) -> bool {
        self.error_field.as_deref() == Some(field)
    }

    /// The message to show beside a field, if it is the one refused.
    fn error_for(&self, field: &str) -> Option<&str> {
        if self.is_error(field) {
            self.message.as_deref()
        } else {
            None
        }
    }

    /// A message about no one field (a conflict), shown at the top.
    fn general_error(&self) -> Option<&str> {
        match self.error_field.as_deref() {
            Some("text" | "adopted_on" | "body" | "reference" | "in_force_from" | "approval") => {
                None
            }
            _ => self.message.as_deref(),
        }
    }

    fn standing_text(&self) -> String {
        standing_text(&self.ctx, &self.view.standing)
    }
}

/// A regulation's text as blocks to show: its section headings ("§ 1 Formål") and its
/// other lines, each a paragraph (blank lines only separate; the title, shown above, is
/// left out).
pub fn blocks<'a>(text: &'a str, title: &str) -> Vec<(bool, &'a str)> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && *line != title.trim())
        .map(|line| (line.starts_with("§ "), line))
        .collect()
}

/// Where a regulation stands, in words.
pub fn standing_text(ctx: &PageContext, standing: &frirum_domain::regulation::Standing) -> String {
    use frirum_domain::regulation::Standing;
    match standing {
        Standing::InForce(d) => ctx.t1("regulation-standing-in_force", "date", ctx.date(d)),
        Standing::InForceFrom(d) => {
            ctx.t1("regulation-standing-in_force_from", "date", ctx.date(d))
        }
        other => ctx.tp("regulation-standing-", other.name()),
    }
}

fn render(
    state: &AppState,
    ctx: &RequestContext,
    view: RegulationView,
    adoption: Option<AdoptionForm>,
    text: Option<String>,
    error: Option<&AppError>,
    done: Option<String>,
) -> Result<Response, AppError> {
    let page_ctx = page_context(state, ctx).in_country(view.scheme.country);
    let adoption = adoption.unwrap_or_else(|| AdoptionForm::of(&view, &page_ctx));
    let text = text.unwrap_or_else(|| {
        view.regulation
            .as_ref()
            .map(|r| r.text.clone())
            .unwrap_or_default()
    });
    let (message, error_field) = match error {
        Some(e) => (Some(message(&page_ctx, e)), field_of(e)),
        None => (None, None),
    };
    let page = RegulationPage {
        ctx: page_ctx,
        view,
        adoption,
        text,
        message,
        error_field,
        done,
    };
    let mut response = page.render_html()?.into_response();
    if let Some(e) = error {
        *response.status_mut() = e.status();
    }
    Ok(response)
}

/// A refusal in the visitor's language: an empty or unreadable field asks to fill it in.
fn message(ctx: &PageContext, err: &AppError) -> String {
    match err {
        AppError::App(Error::InvalidField { .. }) => ctx.t("regulation-required"),
        AppError::App(Error::Rule(rule)) if rule.code == "field_required" => {
            ctx.t("regulation-required")
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

/// Whether a refusal is shown on the form (the rest are error pages).
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

/// One participant's regulation: drafted from the decision the first time an insider
/// opens it.
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, organisation_id)): Path<(i64, i64)>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let view = regulations::view(&state, &ctx, id, organisation_id).await?;
    render(&state, &ctx, view, None, None, None, query.done)
}

/// Saves the draft's text; a refusal shows the page again with the text as typed.
pub async fn save_text(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, organisation_id)): Path<(i64, i64)>,
    Form(form): Form<TextForm>,
) -> Result<Response, AppError> {
    match regulations::edit_text(&state, &ctx, id, organisation_id, form.version, &form.text).await
    {
        Ok(_) => Ok(see_other(&format!(
            "/trials/{id}/regulations/{organisation_id}?done=saved#text"
        ))),
        Err(e) => {
            let e = AppError::from(e);
            if !refused_form(&e) {
                return Err(e);
            }
            let view = regulations::view(&state, &ctx, id, organisation_id).await?;
            render(&state, &ctx, view, None, Some(form.text), Some(&e), None)
        }
    }
}

/// Records the council's adoption; a refusal shows the form again as typed, the reason
/// beside its field.
pub async fn adopt(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, organisation_id)): Path<(i64, i64)>,
    Form(form): Form<AdoptionForm>,
) -> Result<Response, AppError> {
    let outcome = match form.adoption() {
        Ok(adoption) => {
            regulations::record_adoption(&state, &ctx, id, organisation_id, form.version, &adoption)
                .await
                .map_err(AppError::from)
        }
        Err(e) => Err(e),
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!(
            "/trials/{id}/regulations/{organisation_id}?done=adopted#adoption"
        ))),
        Err(e) if refused_form(&e) => {
            let view = regulations::view(&state, &ctx, id, organisation_id).await?;
            render(&state, &ctx, view, Some(form), None, Some(&e), None)
        }
        Err(e) => Err(e),
    }
}

/// The secretariat approves the adopted regulation.
pub async fn approve(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, organisation_id)): Path<(i64, i64)>,
    Form(form): Form<ApprovalForm>,
) -> Result<Response, AppError> {
    match regulations::approve(&state, &ctx, id, organisation_id, form.version).await {
        Ok(_) => Ok(see_other(&format!(
            "/trials/{id}/regulations/{organisation_id}?done=approved#approval"
        ))),
        Err(e) => {
            let e = AppError::from(e);
            if !refused_form(&e) {
                return Err(e);
            }
            let view = regulations::view(&state, &ctx, id, organisation_id).await?;
            render(&state, &ctx, view, None, None, Some(&e), None)
        }
    }
}

#[derive(Template)]
#[template(path = "trials/regulations_print.html")]
struct PrintPage {
    ctx: PageContext,
    view: RegulationView,
}

/// The regulation's text alone, to print: public once adopted, before that for insiders.
pub async fn print(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, organisation_id)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let view = regulations::view(&state, &ctx, id, organisation_id).await?;
    if !view.text_visible() || view.regulation.is_none() {
        return Err(Error::NotFound.into());
    }
    let page = PrintPage {
        ctx: page_context(&state, &ctx).in_country(view.scheme.country),
        view,
    };
    Ok(page.render_html()?.into_response())
}

#[derive(Template)]
#[template(path = "trials/regulations_settings.html")]
struct SettingsPage {
    ctx: PageContext,
    setting: SchemeSetting,
    saved: bool,
}

#[derive(Deserialize)]
pub struct SavedQuery {
    #[serde(default)]
    pub saved: Option<String>,
}

/// Whether the scheme's adopted regulations need the secretariat's approval.
pub async fn settings(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let setting = regulations::setting(&state, &ctx, id).await?;
    let page = SettingsPage {
        ctx: page_context(&state, &ctx),
        setting,
        saved: query.saved.is_some(),
    };
    Ok(page.render_html()?.into_response())
}

/// The settings form: an unticked checkbox sends nothing.
#[derive(Debug, Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    pub requires_approval: Option<String>,
}

/// Saves the scheme's regulation setting.
pub async fn save_settings(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<SettingsForm>,
) -> Result<Response, AppError> {
    regulations::set_setting(&state, &ctx, id, form.requires_approval.is_some()).await?;
    Ok(see_other(&format!("/schemes/{id}/regulations?saved=1")))
}
