//! Testbeds' partners as pages: the register `/partners` (search, register with a checked
//! identifier, an existing one offered instead), a partner's page `/partners/{id}` (its
//! trials and agreements), a trial's partners `/trials/{id}/partners` (add a partner,
//! demands, values, agreements, each item's verdicts by report period), a report's review
//! read from its form, and the secretariat's acknowledgement of a breach.

use askama::Template;
use axum::Form;
use axum::extract::{Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::partners::{self, PartnerInput, PartnerPage, ReportReview, TrialPartners};
use frirum_domain::Country;
use frirum_domain::application::PartnerKind;
use frirum_domain::partner::{
    DemandKind, Item, ItemKind, Partner, PartnerVerdict, PublicValue, TrialPartner, VerdictInput,
};
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::api::trial_documents::read_upload;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

/// The field a refusal names, and its message in the visitor's words.
fn refusal(ctx: &PageContext, err: &AppError) -> (String, String) {
    let field = match err {
        AppError::App(Error::Field(e)) => e.field.clone(),
        AppError::App(Error::InvalidField { field, .. }) => field.clone(),
        AppError::App(Error::Rule(rule)) => rule.details["field"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        _ => String::new(),
    };
    (field, ctx.error_message(err))
}

/// Whether the refusal is one the form shows (not a missing right or a missing page).
fn is_form_refusal(err: &AppError) -> bool {
    matches!(
        err,
        AppError::App(Error::Field(_) | Error::InvalidField { .. } | Error::Rule(_))
    )
}

/// The name of an item's kind in the visitor's language.
fn item_name(ctx: &PageContext, item: &Item) -> String {
    match item.item {
        ItemKind::Demand => ctx.tp("testbed-demand-", &item.kind),
        ItemKind::Value => ctx.tp("testbed-value-", &item.kind),
    }
}

// --- The register -------------------------------------------------------------------------

#[derive(Deserialize, Default, Debug, Clone)]
pub struct RegisterForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub national_id: String,
    #[serde(default)]
    pub website: String,
}

#[derive(Deserialize, Default, Debug, Clone)]
pub struct ListQuery {
    #[serde(default)]
    pub q: String,
    /// Prefilled from a trial's suggestion: the name and kind, and the trial to return to.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub trial: Option<i64>,
}

#[derive(Template)]
#[template(path = "partners/list.html")]
struct ListPage {
    ctx: PageContext,
    q: String,
    partners: Vec<Partner>,
    may_register: bool,
    form: RegisterForm,
    kinds: [PartnerKind; 7],
    countries: [Country; 3],
    error_field: String,
    error: Option<String>,
    /// The partner holding the identifier typed, offered instead of a duplicate.
    existing: Option<Partner>,
    trial: Option<i64>,
}

fn list_page(
    ctx: PageContext,
    q: String,
    partners: Vec<Partner>,
    may_register: bool,
    form: RegisterForm,
    trial: Option<i64>,
    refused: Option<(StatusCode, String, String, Option<Partner>)>,
) -> Result<Response, AppError> {
    let status = refused.as_ref().map_or(StatusCode::OK, |r| r.0);
    let (error_field, error, existing) = match refused {
        Some((_, field, message, existing)) => (field, Some(message), existing),
        None => (String::new(), None, None),
    };
    let page = ListPage {
        ctx,
        q,
        partners,
        may_register,
        form,
        kinds: PartnerKind::ALL,
        countries: Country::ALL,
        error_field,
        error,
        existing,
        trial,
    };
    Ok((status, page.render_html()?).into_response())
}

/// The partner register, searchable, with the form to register one.
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let partners = partners::list(&state, &query.q).await?;
    let may_register = ctx.may(frirum_domain::authz::Action::RegisterPartners);
    let form = RegisterForm {
        name: query.name.clone(),
        kind: query.kind.clone(),
        ..RegisterForm::default()
    };
    list_page(
        page_context(&state, &ctx),
        query.q,
        partners,
        may_register,
        form,
        query.trial,
        None,
    )
}

#[derive(Deserialize, Default, Debug, Clone)]
pub struct TrialQuery {
    #[serde(default)]
    pub trial: Option<i64>,
}

/// Registers a partner; a refusal comes back beside its field, an identifier registered
/// already offers that partner.
pub async fn register(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(back): Query<TrialQuery>,
    Form(form): Form<RegisterForm>,
) -> Result<Response, AppError> {
    let input = PartnerInput {
        name: form.name.clone(),
        kind: form.kind.parse().unwrap_or_default(),
        country: form.country.parse().ok(),
        national_id: form.national_id.clone(),
        website: form.website.clone(),
    };
    match partners::register(&state, &ctx, input)
        .await
        .map_err(AppError::from)
    {
        Ok(p) => Ok(see_other(&match back.trial {
            Some(t) => format!("/trials/{t}/partners?partner={}", p.id),
            None => format!("/partners/{}", p.id),
        })),
        Err(err) if is_form_refusal(&err) => {
            let t = page_context(&state, &ctx);
            let (field, message) = refusal(&t, &err);
            let existing = match &err {
                AppError::App(Error::Rule(rule)) => {
                    match rule.details["existing_partner_id"].as_i64() {
                        Some(id) => partners::find(&state, id).await?,
                        None => None,
                    }
                }
                _ => None,
            };
            let partners = partners::list(&state, "").await?;
            list_page(
                t,
                String::new(),
                partners,
                true,
                form,
                back.trial,
                Some((err.status(), field, message, existing)),
            )
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "partners/partner.html")]
struct PartnerPageTemplate {
    ctx: PageContext,
    page: PartnerPage,
}

impl PartnerPageTemplate {
    fn item_name(&self, item: &Item) -> String {
        item_name(&self.ctx, item)
    }
}

/// A partner's page: the partner, its trials with their demands, its agreements.
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let page = partners::page(&state, &ctx, id).await?;
    PartnerPageTemplate {
        ctx: page_context(&state, &ctx),
        page,
    }
    .render_html()
    .map(IntoResponse::into_response)
}

// --- A trial's partners -------------------------------------------------------------------

#[derive(Template)]
#[template(path = "partners/trial.html")]
struct TrialPartnersPage {
    ctx: PageContext,
    trial_id: i64,
    trial_title: String,
    data: TrialPartners,
    demand_kinds: [DemandKind; 6],
    values: [PublicValue; 6],
    /// The partner chosen (after registering one for this trial).
    chosen: i64,
    error_field: String,
    error: Option<String>,
    /// The form (`add`, `item-{tp}`, `agreement-{tp}`) the refusal belongs to.
    error_form: String,
    done: bool,
}

impl TrialPartnersPage {
    fn item_name(&self, item: &Item) -> String {
        item_name(&self.ctx, item)
    }

    fn agreements(&self, tp: &TrialPartner) -> Vec<&frirum_domain::document::Document> {
        self.data
            .agreements
            .iter()
            .filter(|(id, _)| *id == tp.id)
            .map(|(_, d)| d)
            .collect()
    }

    fn period(&self, review: &frirum_domain::partner::Review) -> String {
        format!(
            "{} – {}",
            self.ctx.date(&review.period_start),
            self.ctx.date(&review.last_day())
        )
    }

    fn error_in(&self, form: &str) -> Option<&String> {
        if self.error_form == form {
            self.error.as_ref()
        } else {
            None
        }
    }
}

#[derive(Deserialize, Default, Debug, Clone)]
pub struct TrialPartnersQuery {
    #[serde(default)]
    pub partner: Option<i64>,
    #[serde(default)]
    pub done: Option<String>,
}

async fn trial_page(
    state: &AppState,
    ctx: &RequestContext,
    trial_id: i64,
    chosen: i64,
    refused: Option<(String, AppError)>,
    done: bool,
) -> Result<Response, AppError> {
    let (access, data) = partners::of_trial(state, ctx, trial_id).await?;
    let t = page_context(state, ctx);
    let status = refused.as_ref().map_or(StatusCode::OK, |(_, e)| e.status());
    let (error_form, error_field, error) = match refused {
        Some((form, err)) => {
            let (field, message) = refusal(&t, &err);
            (form, field, Some(message))
        }
        None => (String::new(), String::new(), None),
    };
    let page = TrialPartnersPage {
        ctx: t,
        trial_id,
        trial_title: access.trial.title.clone(),
        data,
        demand_kinds: DemandKind::ALL,
        values: PublicValue::ALL,
        chosen,
        error_field,
        error,
        error_form,
        done,
    };
    Ok((status, page.render_html()?).into_response())
}

/// A trial's partners: demands, values, agreements and the verdicts of its reports.
pub async fn trial(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(trial_id): Path<i64>,
    Query(query): Query<TrialPartnersQuery>,
) -> Result<Response, AppError> {
    trial_page(
        &state,
        &ctx,
        trial_id,
        query.partner.unwrap_or(0),
        None,
        query.done.is_some(),
    )
    .await
}

#[derive(Deserialize, Default, Debug, Clone)]
pub struct AddForm {
    #[serde(default)]
    pub partner_id: String,
    #[serde(default)]
    pub role: String,
}

/// Adds a partner of the register to the trial.
pub async fn add(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(trial_id): Path<i64>,
    Form(form): Form<AddForm>,
) -> Result<Response, AppError> {
    let partner_id = form.partner_id.trim().parse::<i64>().unwrap_or(0);
    let result = if partner_id == 0 {
        Err(Error::Field(frirum_domain::text::FieldError::new(
            "partner_id",
            frirum_domain::text::Problem::Required,
        )))
    } else {
        partners::add_to_trial(&state, &ctx, trial_id, partner_id, &form.role).await
    };
    finish(
        &state,
        &ctx,
        trial_id,
        partner_id,
        "add",
        result.map(|_| ()),
    )
    .await
}

#[derive(Deserialize, Default, Debug, Clone)]
pub struct ItemForm {
    #[serde(default)]
    pub item: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub text: String,
}

/// Places a demand or a public value on a trial's partner.
pub async fn add_item(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((trial_id, tp)): Path<(i64, i64)>,
    Form(form): Form<ItemForm>,
) -> Result<Response, AppError> {
    let item = form.item.parse::<ItemKind>().unwrap_or(ItemKind::Demand);
    let result = partners::add_item(&state, &ctx, trial_id, tp, item, &form.kind, &form.text).await;
    finish(
        &state,
        &ctx,
        trial_id,
        0,
        &format!("item-{tp}"),
        result.map(|_| ()),
    )
    .await
}

/// Attaches a partner agreement (multipart, as a trial document's upload).
pub async fn attach(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((trial_id, tp)): Path<(i64, i64)>,
    request: Request,
) -> Result<Response, AppError> {
    let result = match read_upload(request).await {
        Ok(upload) => partners::attach_agreement(&state, &ctx, trial_id, tp, upload)
            .await
            .map(|_| ()),
        Err(AppError::App(e)) => Err(e),
        Err(other) => return Err(other),
    };
    finish(
        &state,
        &ctx,
        trial_id,
        0,
        &format!("agreement-{tp}"),
        result,
    )
    .await
}

async fn finish(
    state: &AppState,
    ctx: &RequestContext,
    trial_id: i64,
    chosen: i64,
    form: &str,
    result: Result<(), Error>,
) -> Result<Response, AppError> {
    match result {
        Ok(()) => Ok(see_other(&format!("/trials/{trial_id}/partners?done=1"))),
        Err(e) => {
            let err = AppError::from(e);
            if !(is_form_refusal(&err)
                || err.status() == StatusCode::UNSUPPORTED_MEDIA_TYPE
                || err.status() == StatusCode::PAYLOAD_TOO_LARGE)
            {
                return Err(err);
            }
            trial_page(
                state,
                ctx,
                trial_id,
                chosen,
                Some((form.to_owned(), err)),
                false,
            )
            .await
        }
    }
}

// --- A report's review ----------------------------------------------------------------------

/// The verdicts a report's form sends: `verdict_{item}` and `note_{item}`.
pub fn verdicts_of(pairs: &[(String, String)]) -> Vec<VerdictInput> {
    let mut out: Vec<VerdictInput> = Vec::new();
    for (key, value) in pairs {
        let (id, is_note) = if let Some(id) = key.strip_prefix("verdict_") {
            (id, false)
        } else if let Some(id) = key.strip_prefix("note_") {
            (id, true)
        } else {
            continue;
        };
        let Ok(item_id) = id.parse::<i64>() else {
            continue;
        };
        let at = match out.iter().position(|v| v.item_id == item_id) {
            Some(i) => i,
            None => {
                out.push(VerdictInput {
                    item_id,
                    verdict: None,
                    note: String::new(),
                });
                out.len() - 1
            }
        };
        if is_note {
            out[at].note = value.clone();
        } else {
            out[at].verdict = value.parse::<PartnerVerdict>().ok();
        }
    }
    out
}

/// Saves the review a report's form carries, before the report itself is saved or
/// submitted; a form with no review (a trial without partners) saves nothing.
pub async fn save_report_review(
    state: &AppState,
    ctx: &RequestContext,
    trial_id: i64,
    report_id: i64,
    pairs: &[(String, String)],
    submitting: bool,
) -> Result<(), AppError> {
    let verdicts = verdicts_of(pairs);
    if verdicts.is_empty() && !submitting {
        return Ok(());
    }
    partners::save_review(state, ctx, trial_id, report_id, &verdicts, submitting).await?;
    Ok(())
}

/// A refused report form keeps the verdicts as typed, each item's problem flagged beside it.
pub fn keep_typed(review: &mut ReportReview, pairs: &[(String, String)], submitting: bool) {
    let typed = verdicts_of(pairs);
    if !typed.is_empty() {
        review.verdicts = typed;
    }
    review.flag_problems(submitting);
}

#[derive(Deserialize, Default, Debug, Clone)]
pub struct AcknowledgeForm {
    #[serde(default)]
    pub note: String,
}

#[derive(Template)]
#[template(path = "partners/breach.html")]
struct BreachPage {
    ctx: PageContext,
    breach: frirum_domain::partner::Breach,
    note: String,
    error: Option<String>,
    done: bool,
}

impl BreachPage {
    fn item_label(&self) -> String {
        match self.breach.item {
            ItemKind::Demand => self.ctx.tp("testbed-demand-", &self.breach.kind),
            ItemKind::Value => self.ctx.tp("testbed-value-", &self.breach.kind),
        }
    }
}

#[derive(Deserialize, Default, Debug, Clone)]
pub struct DoneQuery {
    #[serde(default)]
    pub done: Option<String>,
}

/// A breach as the secretariat opens it from the dashboard, with the form to acknowledge.
pub async fn breach(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((trial_id, report_id, item_id)): Path<(i64, i64, i64)>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let breach = partners::breach(&state, &ctx, trial_id, report_id, item_id).await?;
    let page = BreachPage {
        ctx: page_context(&state, &ctx),
        breach,
        note: String::new(),
        error: None,
        done: query.done.is_some(),
    };
    page.render_html().map(IntoResponse::into_response)
}

/// The secretariat acknowledges a breach with a note.
pub async fn acknowledge(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((trial_id, report_id, item_id)): Path<(i64, i64, i64)>,
    Form(form): Form<AcknowledgeForm>,
) -> Result<Response, AppError> {
    match partners::acknowledge(&state, &ctx, trial_id, report_id, item_id, &form.note).await {
        Ok(()) => Ok(see_other(&format!(
            "/trials/{trial_id}/reports/{report_id}/breaches/{item_id}?done=1"
        ))),
        Err(e) => {
            let err = AppError::from(e);
            if !is_form_refusal(&err) {
                return Err(err);
            }
            let breach = partners::breach(&state, &ctx, trial_id, report_id, item_id).await?;
            let t = page_context(&state, &ctx);
            let (field, message) = refusal(&t, &err);
            // An empty note is asked for in words, not as a field name.
            let message = if field == "note" && form.note.trim().is_empty() {
                t.t("testbed-breach-ack-note-required")
            } else {
                message
            };
            let page = BreachPage {
                ctx: t,
                breach,
                note: form.note,
                error: Some(message),
                done: false,
            };
            Ok((err.status(), page.render_html()?).into_response())
        }
    }
}
