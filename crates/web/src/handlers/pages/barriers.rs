//! The barrier register as pages: `/barriers` (the register with its filters, the
//! reporter's own, and the lab's queue first), `/barriers/new` (the report form, whose
//! "check for similar barriers" step re-renders it with similar barriers and the rule
//! finder's suggested provisions), `/barriers/{id}` (the barrier, its history, supporting,
//! linking provisions, and the lab's triage, status and merge forms), and a scheme's public
//! form `/schemes/{id}/barriers/report`.
//!
//! Forms whose names repeat (groups, root causes, provisions) are read as pairs. A refused
//! form comes back with what was typed and the reason beside the field.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::barriers::{self, BarrierView, Check, Register};
use frirum_domain::Country;
use frirum_domain::authz::Action;
use frirum_domain::barrier::{
    AffectedGroup, Barrier, BarrierReport, BarrierStatus, BarrierStatusFields, ExperimentLink,
    RootCause,
};
use frirum_store::BarrierTriage;
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::api::dto::barriers::RegisterQuery;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

/// The pairs of a URL-encoded form, where a name may repeat.
fn pairs(body: &Bytes) -> Vec<(String, String)> {
    form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn value<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

fn values<'a>(pairs: &'a [(String, String)], name: &str) -> impl Iterator<Item = &'a str> {
    pairs
        .iter()
        .filter(move |(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Every value of a repeated field parsed, or 422 naming the field.
fn parsed<T: std::str::FromStr>(
    pairs: &[(String, String)],
    name: &str,
) -> Result<Vec<T>, AppError> {
    values(pairs, name)
        .filter(|v| !v.is_empty())
        .map(|v| {
            v.parse::<T>()
                .map_err(|_| AppError::field(name, "unknown value"))
        })
        .collect()
}

fn optional_id(value: &str, field: &str) -> Result<Option<i64>, AppError> {
    match value.trim() {
        "" => Ok(None),
        v => v
            .parse()
            .map(Some)
            .map_err(|_| AppError::field(field, "not a number")),
    }
}

/// The report as typed.
fn report_of(pairs: &[(String, String)]) -> Result<BarrierReport, AppError> {
    let country = match value(pairs, "country") {
        "" => None,
        c => Some(
            c.parse::<Country>()
                .map_err(|_| AppError::field("country", "choose a country"))?,
        ),
    };
    Ok(BarrierReport {
        title: value(pairs, "title").to_owned(),
        wants_to_do: value(pairs, "wants_to_do").to_owned(),
        obstacle: value(pairs, "obstacle").to_owned(),
        consequences: value(pairs, "consequences").to_owned(),
        groups: parsed(pairs, "groups")?,
        country,
        scheme_id: optional_id(value(pairs, "scheme_id"), "scheme_id")?,
        theme_id: optional_id(value(pairs, "theme_id"), "theme_id")?,
    })
}

/// The field a refusal names, to show the message beside it.
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

/// Errors that are not the form's to show: the visitor may not, or there is nothing.
fn passes_through(err: &AppError) -> bool {
    matches!(
        err,
        AppError::App(Error::Forbidden | Error::Unauthenticated | Error::NotFound)
    )
}

// --- The register ------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "barriers/register.html")]
struct RegisterPage {
    ctx: PageContext,
    register: Register,
    query: RegisterQuery,
    statuses: &'static [BarrierStatus],
    countries: [Country; 3],
    causes: &'static [RootCause],
    groups: &'static [AffectedGroup],
    signed_in: bool,
    lab: bool,
}

/// The register.
pub async fn register(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<RegisterQuery>,
) -> Result<Response, AppError> {
    let register = barriers::register(&state, &ctx, &query.filter()).await?;
    Ok(RegisterPage {
        ctx: page_context(&state, &ctx),
        register,
        query,
        statuses: &BarrierStatus::ALL,
        countries: Country::ALL,
        causes: &RootCause::ALL,
        groups: &AffectedGroup::ALL,
        signed_in: ctx.user.is_some(),
        lab: ctx.may(Action::RunPolicyLab),
    }
    .render_html()?
    .into_response())
}

// --- Reporting -----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "barriers/new.html")]
struct NewPage {
    ctx: PageContext,
    report: BarrierReport,
    /// The provisions ticked to link.
    chosen: Vec<i64>,
    check: Option<Check>,
    countries: [Country; 3],
    groups: &'static [AffectedGroup],
    error: Option<String>,
    error_field: String,
    /// The public form of a scheme: its id and title (no country choice, name and
    /// contact asked).
    public: Option<(i64, String)>,
    name: String,
    contact: String,
}

impl NewPage {
    fn has_group(&self, group: &AffectedGroup) -> bool {
        self.report.groups.contains(group)
    }

    fn is_country(&self, country: &Country) -> bool {
        self.report.country == Some(*country)
    }

    fn is_chosen(&self, id: &i64) -> bool {
        self.chosen.contains(id)
    }

    fn action(&self) -> String {
        match &self.public {
            Some((id, _)) => format!("/schemes/{id}/barriers/report"),
            None => "/barriers/new".into(),
        }
    }

    fn percent(&self, score: &f64) -> String {
        format!("{:.0}", score * 100.0)
    }
}

#[expect(
    clippy::too_many_arguments,
    reason = "the form page is drawn from the report, the check, the error and the public form's scheme and sender"
)]
fn new_page(
    state: &AppState,
    ctx: &RequestContext,
    report: BarrierReport,
    chosen: Vec<i64>,
    check: Option<Check>,
    err: Option<AppError>,
    public: Option<(i64, String)>,
    (name, contact): (String, String),
) -> Result<Response, AppError> {
    let page_ctx = page_context(state, ctx);
    let status = err.as_ref().map_or(StatusCode::OK, AppError::status);
    let error_field = err.as_ref().map(error_field).unwrap_or_default();
    let error = err.map(|e| page_ctx.error_message(&e));
    let page = NewPage {
        ctx: page_ctx,
        report,
        chosen,
        check,
        countries: Country::ALL,
        groups: &AffectedGroup::ALL,
        error,
        error_field,
        public,
        name,
        contact,
    };
    Ok((status, page.render_html()?).into_response())
}

/// The empty report form, the country set to the reporter's organisation's.
pub async fn new_form(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Response, AppError> {
    ctx.authorize(Action::ReportBarriers)?;
    let report = BarrierReport {
        country: barriers::default_country(&ctx),
        ..BarrierReport::default()
    };
    new_page(
        &state,
        &ctx,
        report,
        vec![],
        None,
        None,
        None,
        Default::default(),
    )
}

/// The report form sent: "check" re-renders it with similar barriers and suggested
/// provisions; otherwise the barrier is reported, the ticked provisions linked, and the
/// reporter taken to it.
pub async fn create(
    State(state): State<AppState>,
    ctx: RequestContext,
    body: Bytes,
) -> Result<Response, AppError> {
    ctx.authorize(Action::ReportBarriers)?;
    let pairs = pairs(&body);
    let chosen: Vec<i64> = parsed(&pairs, "provision").unwrap_or_default();
    let report = match report_of(&pairs) {
        Ok(report) => report,
        Err(err) => {
            return new_page(
                &state,
                &ctx,
                BarrierReport::default(),
                chosen,
                None,
                Some(err),
                None,
                Default::default(),
            );
        }
    };
    if value(&pairs, "step") == "check" {
        let check = barriers::check(&state, &ctx, &report).await?;
        return new_page(
            &state,
            &ctx,
            report,
            chosen,
            Some(check),
            None,
            None,
            Default::default(),
        );
    }
    let result = async {
        let barrier = barriers::report(&state, &ctx, report.clone()).await?;
        for provision in &chosen {
            // A suggestion of another jurisdiction (the country changed after the check)
            // is left out rather than refusing the report already made.
            match barriers::link_provision(&state, &ctx, barrier.id, *provision, false).await {
                Ok(_) | Err(Error::Rule(_) | Error::InvalidField { .. }) => {}
                Err(e) => return Err(AppError::from(e)),
            }
        }
        Ok::<_, AppError>(barrier)
    }
    .await;
    match result {
        Ok(barrier) => Ok(see_other(&format!(
            "/barriers/{}?done=reported",
            barrier.id
        ))),
        Err(err) if passes_through(&err) => Err(err),
        Err(err) => new_page(
            &state,
            &ctx,
            report,
            chosen,
            None,
            Some(err),
            None,
            Default::default(),
        ),
    }
}

/// A scheme's public form, for people not signed in: only when the scheme takes reports.
pub async fn public_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let scheme = barriers::public_form_scheme(&state, id).await?;
    let report = BarrierReport {
        country: Some(scheme.country),
        ..BarrierReport::default()
    };
    new_page(
        &state,
        &ctx,
        report,
        vec![],
        None,
        None,
        Some((scheme.id, scheme.title)),
        Default::default(),
    )
}

#[derive(Template)]
#[template(path = "barriers/thanks.html")]
struct ThanksPage {
    ctx: PageContext,
    scheme_id: i64,
}

/// A report through the public form: stored for the lab, thanked for.
pub async fn public_create(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let scheme = barriers::public_form_scheme(&state, id).await?;
    let pairs = pairs(&body);
    let name = value(&pairs, "name").to_owned();
    let contact = value(&pairs, "contact").to_owned();
    let result = async {
        let report = report_of(&pairs)?;
        barriers::report_public(&state, &ctx, id, report, &name, &contact).await?;
        Ok::<_, AppError>(())
    }
    .await;
    match result {
        Ok(()) => Ok(ThanksPage {
            ctx: page_context(&state, &ctx),
            scheme_id: id,
        }
        .render_html()?
        .into_response()),
        Err(err) if passes_through(&err) => Err(err),
        Err(err) => {
            let mut report = report_of(&pairs).unwrap_or_default();
            report.country = Some(scheme.country);
            new_page(
                &state,
                &ctx,
                report,
                vec![],
                None,
                Some(err),
                Some((scheme.id, scheme.title)),
                (name, contact),
            )
        }
    }
}

// --- One barrier ------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "barriers/show.html")]
struct ShowPage {
    ctx: PageContext,
    view: BarrierView,
    causes: &'static [RootCause],
    next: &'static [BarrierStatus],
    links: &'static [ExperimentLink],
    notice: Option<String>,
    error: Option<String>,
    error_field: String,
    /// The status form as typed, when refused.
    status_form: StatusForm,
    citation: String,
}

impl ShowPage {
    /// Whether the status form offers a status (its fields are shown then).
    fn offers(&self, status: &str) -> bool {
        self.next.iter().any(|s| format!("{s:?}") == status)
    }

    fn has_cause(&self, cause: &RootCause) -> bool {
        self.view.barrier.root_causes.contains(cause)
    }

    fn moment(&self, at: &time::OffsetDateTime) -> String {
        self.ctx.moment_in(at, &self.view.barrier.country)
    }

    fn provision_name(&self, p: &frirum_store::law::StoredProvision) -> String {
        let act = p
            .act_short_title
            .clone()
            .unwrap_or_else(|| p.act_title.clone());
        format!("{act} {}", p.section.label)
    }
}

#[derive(Deserialize, Default, Debug, Clone)]
pub struct ShowQuery {
    #[serde(default)]
    pub done: Option<String>,
}

#[derive(Default, Debug, Clone)]
struct StatusForm {
    status: String,
    guidance: String,
    reason: String,
    experiment_kind: String,
    experiment_id: String,
    ministry: String,
    ministry_response: String,
    note: String,
}

async fn show_page(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    notice: Option<String>,
    err: Option<AppError>,
    status_form: StatusForm,
    citation: String,
) -> Result<Response, AppError> {
    let view = barriers::view(state, ctx, id).await?;
    let page_ctx = page_context(state, ctx).in_country(view.barrier.country);
    let status = err.as_ref().map_or(StatusCode::OK, AppError::status);
    let error_field = err.as_ref().map(error_field).unwrap_or_default();
    let error = err.map(|e| page_ctx.error_message(&e));
    let page = ShowPage {
        ctx: page_ctx,
        next: view.barrier.status.next(),
        view,
        causes: &RootCause::ALL,
        links: &ExperimentLink::ALL,
        notice,
        error,
        error_field,
        status_form,
        citation,
    };
    Ok((status, page.render_html()?).into_response())
}

/// One barrier.
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<ShowQuery>,
) -> Result<Response, AppError> {
    let notice = query.done.map(|done| {
        let ctx = page_context(&state, &ctx);
        match done.as_str() {
            "reported" => ctx.t("barrier-reported-notice"),
            _ => ctx.t("saved-notice"),
        }
    });
    show_page(
        &state,
        &ctx,
        id,
        notice,
        None,
        StatusForm::default(),
        String::new(),
    )
    .await
}

/// The answer to a form on the barrier's page: back to it, or the page again with the
/// reason.
async fn after(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    result: Result<(), AppError>,
    status_form: StatusForm,
    citation: String,
) -> Result<Response, AppError> {
    match result {
        Ok(()) => Ok(see_other(&format!("/barriers/{id}?done=1"))),
        Err(err) if passes_through(&err) => Err(err),
        Err(err) => show_page(state, ctx, id, None, Some(err), status_form, citation).await,
    }
}

/// The answer to a button that sends nothing typed: back to the barrier, or its page with
/// the reason.
async fn done(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    result: Result<Barrier, Error>,
) -> Result<Response, AppError> {
    let result = result.map(|_| ()).map_err(Into::into);
    after(state, ctx, id, result, StatusForm::default(), String::new()).await
}

/// "I meet this too".
pub async fn support(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    done(&state, &ctx, id, barriers::support(&state, &ctx, id).await).await
}

/// Withdraws one's support.
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    done(
        &state,
        &ctx,
        id,
        barriers::withdraw_support(&state, &ctx, id).await,
    )
    .await
}

/// Links a provision by its id (a suggestion) or a citation.
pub async fn link(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let pairs = pairs(&body);
    let citation = value(&pairs, "citation").trim().to_owned();
    let confirmed = value(&pairs, "confirmed") == "1";
    let result = async {
        match optional_id(value(&pairs, "provision_id"), "provision_id")? {
            Some(provision) => {
                barriers::link_provision(&state, &ctx, id, provision, confirmed).await?;
            }
            None if citation.is_empty() => {
                return Err(AppError::App(Error::Field(
                    frirum_domain::text::FieldError::new(
                        "citation",
                        frirum_domain::text::Problem::Required,
                    ),
                )));
            }
            None => {
                barriers::link_citation(&state, &ctx, id, &citation, confirmed).await?;
            }
        }
        Ok(())
    }
    .await;
    after(&state, &ctx, id, result, StatusForm::default(), citation).await
}

/// The lab's triage: root causes, restricted, confirmed provisions.
pub async fn triage(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let pairs = pairs(&body);
    let result = async {
        let triage = BarrierTriage {
            root_causes: parsed(&pairs, "root_causes")?,
            restricted: value(&pairs, "restricted") == "1",
            confirmed_provisions: parsed(&pairs, "confirmed")?,
            seen_version: value(&pairs, "version")
                .parse()
                .map_err(|_| AppError::field("version", "not a number"))?,
        };
        barriers::triage(&state, &ctx, id, &triage).await?;
        Ok(())
    }
    .await;
    after(
        &state,
        &ctx,
        id,
        result,
        StatusForm::default(),
        String::new(),
    )
    .await
}

/// The lab moves the barrier to another status with what that status needs.
pub async fn change_status(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let pairs = pairs(&body);
    let form = StatusForm {
        status: value(&pairs, "status").to_owned(),
        guidance: value(&pairs, "guidance").to_owned(),
        reason: value(&pairs, "reason").to_owned(),
        experiment_kind: value(&pairs, "experiment_kind").to_owned(),
        experiment_id: value(&pairs, "experiment_id").to_owned(),
        ministry: value(&pairs, "ministry").to_owned(),
        ministry_response: value(&pairs, "ministry_response").to_owned(),
        note: value(&pairs, "note").to_owned(),
    };
    let result = async {
        let to = form
            .status
            .parse::<BarrierStatus>()
            .map_err(|_| AppError::field("status", "choose a status"))?;
        let experiment = match optional_id(&form.experiment_id, "experiment")? {
            Some(link_id) => Some((
                form.experiment_kind
                    .parse::<ExperimentLink>()
                    .map_err(|_| AppError::field("experiment", "choose what it is linked to"))?,
                link_id,
            )),
            None => None,
        };
        let fields = BarrierStatusFields {
            guidance: form.guidance.clone(),
            reason: form.reason.clone(),
            experiment,
            ministry: form.ministry.clone(),
            ministry_response: form.ministry_response.clone(),
            note: form.note.clone(),
            seen_version: Some(
                value(&pairs, "version")
                    .parse()
                    .map_err(|_| AppError::field("version", "not a number"))?,
            ),
        };
        barriers::change_status(&state, &ctx, id, to, fields).await?;
        Ok(())
    }
    .await;
    after(&state, &ctx, id, result, form, String::new()).await
}

#[derive(Template)]
#[template(path = "barriers/merge.html")]
struct MergePage {
    ctx: PageContext,
    source: Barrier,
    target: Barrier,
}

#[derive(Deserialize, Default, Debug, Clone)]
pub struct MergeQuery {
    #[serde(default)]
    pub into: String,
}

/// Asks the lab to confirm a merge of this barrier into another.
pub async fn merge_confirm(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<MergeQuery>,
) -> Result<Response, AppError> {
    ctx.authorize(Action::RunPolicyLab)?;
    let into = optional_id(&query.into, "into")?;
    let Some(into) = into else {
        let err = AppError::App(Error::Field(frirum_domain::text::FieldError::new(
            "into",
            frirum_domain::text::Problem::Required,
        )));
        return show_page(
            &state,
            &ctx,
            id,
            None,
            Some(err),
            StatusForm::default(),
            String::new(),
        )
        .await;
    };
    let source = barriers::barrier(&state, &ctx, id).await?;
    let target = match barriers::barrier(&state, &ctx, into).await {
        Ok(target) => target,
        Err(Error::NotFound) => {
            let err = AppError::field("into", "no such barrier");
            return show_page(
                &state,
                &ctx,
                id,
                None,
                Some(err),
                StatusForm::default(),
                String::new(),
            )
            .await;
        }
        Err(e) => return Err(e.into()),
    };
    Ok(MergePage {
        ctx: page_context(&state, &ctx),
        source,
        target,
    }
    .render_html()?
    .into_response())
}

/// Merges the barrier into another, once confirmed.
pub async fn merge(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let pairs = pairs(&body);
    let result = async {
        if value(&pairs, "confirm") != "1" {
            return Err(AppError::field("confirm", "confirm the merge"));
        }
        let into = optional_id(value(&pairs, "into"), "into")?
            .ok_or_else(|| AppError::field("into", "choose the barrier"))?;
        barriers::merge(&state, &ctx, id, into).await?;
        Ok(())
    }
    .await;
    after(
        &state,
        &ctx,
        id,
        result,
        StatusForm::default(),
        String::new(),
    )
    .await
}

/// The scheme's owner turns its public form on or off.
pub async fn public_setting(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let pairs = pairs(&body);
    let on = value(&pairs, "public_barrier_reports") == "1";
    barriers::set_public_reports(&state, &ctx, id, on).await?;
    Ok(see_other(&format!("/schemes/{id}?done=1")))
}

/// A barrier journal field's label in the register's words, if it has one.
pub(super) fn journal_label(ctx: &PageContext, field: &str) -> Option<String> {
    let id = format!("barrier-journal-field-{}", field.replace('_', "-"));
    ctx.has(&id).then(|| ctx.t(&id))
}

/// A barrier journal field whose values are the register's codes (status, root causes,
/// groups, the experiment's link), in words; `None` for the journal's ordinary fields.
pub(super) fn journal_detail(
    ctx: &PageContext,
    field: &str,
    value: &serde_json::Value,
) -> Option<super::schemes::JournalDetail> {
    let prefix = match field {
        "status" => "barrier-status-",
        "root_causes" => "barrier-cause-",
        "groups" => "barrier-group-",
        "experiment" => {
            let kind = value.get("kind")?.as_str()?;
            let id = value.get("id")?.as_u64()?;
            return Some(super::schemes::JournalDetail {
                label: journal_label(ctx, field)?,
                from: None,
                to: format!("{} {}", ctx.tp("barrier-link-", kind), ctx.number(&id)),
            });
        }
        _ => return None,
    };
    let words = |v: &serde_json::Value| -> String {
        match v {
            serde_json::Value::String(code) => ctx.tp(prefix, code),
            serde_json::Value::Array(codes) if codes.is_empty() => "—".to_owned(),
            serde_json::Value::Array(codes) => codes
                .iter()
                .filter_map(serde_json::Value::as_str)
                .map(|code| ctx.tp(prefix, code))
                .collect::<Vec<_>>()
                .join(", "),
            _ => "—".to_owned(),
        }
    };
    let (from, to) = match value.as_object() {
        Some(pair) if pair.contains_key("to") => (
            pair.get("from").filter(|v| !v.is_null()).map(&words),
            words(&pair["to"]),
        ),
        _ => (None, words(value)),
    };
    Some(super::schemes::JournalDetail {
        label: journal_label(ctx, field)?,
        from,
        to,
    })
}
