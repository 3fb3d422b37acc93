//! Networks as pages: `/networks` (every network; the secretariat's form for a new one at
//! `/networks/new`), `/networks/{id}` (purpose, coordinator, members, trials with their
//! status, reference groups, guidance and the learning log, with the forms of those who
//! may use them), one guidance text with its versions at `/networks/{id}/guidance/{gid}`,
//! and a trial's learning questions at `/trials/{id}/learning-questions`. A refused form
//! comes back on its page with what was typed and the reason beside the field.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::networks::{self, NetworkPage, TrialQuestions};
use frirum_domain::network::{
    Change, GroupKind, GuidanceItem, GuidanceText, NewEntry, NewNetwork, NewReferenceMember,
    diff_lines,
};
use frirum_domain::text::FieldError;
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

/// A form's fields as sent, repeated names kept (checkbox lists).
struct Fields(Vec<(String, String)>);

impl Fields {
    fn parse(body: &Bytes) -> Fields {
        Fields(
            form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    fn one(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    fn ids(&self, name: &str) -> Vec<i64> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .filter_map(|(_, v)| v.trim().parse().ok())
            .collect()
    }

    fn checked(&self, name: &str) -> bool {
        self.0.iter().any(|(k, v)| k == name && !v.is_empty())
    }
}

/// A refusal shown on a page: the message, the field it names (or empty), and which
/// form it belongs to.
#[derive(Debug, Clone, Default)]
pub struct Refusal {
    pub form: &'static str,
    pub field: String,
    pub message: String,
}

impl Refusal {
    /// Whether the refusal is this form's and names this field (or none).
    pub fn at(&self, form: &str, field: &str) -> bool {
        self.form == form && self.field == field
    }

    pub fn of(&self, form: &str) -> bool {
        self.form == form
    }
}

/// A field's problem in words, naming the field as the form labels it.
fn field_text(ctx: &PageContext, e: &FieldError) -> String {
    use frirum_domain::text::Problem;
    let label_id = format!("network-label-{}", e.field.replace('_', "-"));
    let label = if ctx.has(&label_id) {
        ctx.t(&label_id)
    } else {
        ctx.field_label(&e.field)
    };
    let id = format!("problem-{}", e.code());
    match &e.problem {
        Problem::TooLong { max_chars, chars } => ctx.t_texts(
            &id,
            &[
                ("field", &label),
                ("max", &max_chars.to_string()),
                ("chars", &chars.to_string()),
            ],
        ),
        Problem::TooMany { max } => {
            ctx.t_texts(&id, &[("field", &label), ("max", &max.to_string())])
        }
        _ => ctx.t_texts(&id, &[("field", &label)]),
    }
}

/// The refusal of a form in the visitor's words; rights and missing pages are errors of
/// the page instead (`None`).
fn refusal(ctx: &PageContext, form: &'static str, err: AppError) -> Result<Refusal, AppError> {
    let (field, message) = match &err {
        AppError::App(Error::Field(e)) => (e.field.clone(), field_text(ctx, e)),
        AppError::App(Error::InvalidField { field, .. }) => {
            let id = format!("network-error-{}", field.replace('_', "-"));
            let message = if ctx.has(&id) {
                ctx.t(&id)
            } else {
                ctx.error_message(&err)
            };
            (field.clone(), message)
        }
        AppError::App(Error::Rule(rule)) => (
            rule.details["field"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            ctx.rule_message(rule),
        ),
        _ => return Err(err),
    };
    Ok(Refusal {
        form,
        field,
        message,
    })
}

// --- The list and a new network ------------------------------------------------------------

#[derive(Template)]
#[template(path = "networks/list.html")]
struct ListPage {
    ctx: PageContext,
    networks: Vec<frirum_domain::network::Network>,
    may_create: bool,
}

/// Every network.
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Response, AppError> {
    let networks = networks::list(&state, &ctx).await?;
    let page = ListPage {
        may_create: ctx.may(frirum_domain::authz::Action::ManageNetworks),
        ctx: page_context(&state, &ctx),
        networks,
    };
    Ok(page.render_html()?.into_response())
}

#[derive(Template)]
#[template(path = "networks/new.html")]
struct NewPage {
    ctx: PageContext,
    schemes: Vec<frirum_domain::scheme::Scheme>,
    form: NetworkForm,
    refusal: Refusal,
}

/// The new network form as typed.
#[derive(Debug, Clone, Default)]
pub struct NetworkForm {
    pub scheme_id: String,
    pub name: String,
    pub purpose: String,
    pub coordinator_email: String,
    pub members: String,
}

async fn new_page(
    state: &AppState,
    ctx: &RequestContext,
    form: NetworkForm,
    refusal: Refusal,
    status: StatusCode,
) -> Result<Response, AppError> {
    ctx.authorize(frirum_domain::authz::Action::ManageNetworks)?;
    let all = frirum_domain::PageRequest {
        page: 1,
        per_page: frirum_domain::PageRequest::MAX_PER_PAGE,
    };
    let schemes = frirum_app::schemes::list(state, ctx, all).await?.items;
    let page = NewPage {
        ctx: page_context(state, ctx),
        schemes,
        form,
        refusal,
    };
    Ok((status, page.render_html()?).into_response())
}

/// The secretariat's form for a new network.
pub async fn new(State(state): State<AppState>, ctx: RequestContext) -> Result<Response, AppError> {
    new_page(
        &state,
        &ctx,
        NetworkForm::default(),
        Refusal::default(),
        StatusCode::OK,
    )
    .await
}

/// Creates a network: the members by name as the registry knows them (one per line), the
/// coordinator by e-mail; then its page.
pub async fn create(
    State(state): State<AppState>,
    ctx: RequestContext,
    body: Bytes,
) -> Result<Response, AppError> {
    let f = Fields::parse(&body);
    let form = NetworkForm {
        scheme_id: f.one("scheme_id"),
        name: f.one("name"),
        purpose: f.one("purpose"),
        coordinator_email: f.one("coordinator_email"),
        members: f.one("members"),
    };
    let result = async {
        ctx.authorize(frirum_domain::authz::Action::ManageNetworks)?;
        let scheme_id: i64 = form
            .scheme_id
            .parse()
            .map_err(|_| AppError::field("scheme_id", "choose a scheme"))?;
        let members: Vec<&str> = form
            .members
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let (coordinator_id, member_ids) =
            networks::resolve_people(&state, &ctx, scheme_id, &form.coordinator_email, &members)
                .await?;
        let id = networks::create(
            &state,
            &ctx,
            NewNetwork {
                scheme_id,
                theme_id: None,
                name: form.name.clone(),
                purpose: form.purpose.clone(),
                coordinator_id,
                member_ids,
                trial_ids: Vec::new(),
            },
        )
        .await?;
        Ok::<i64, AppError>(id)
    }
    .await;
    match result {
        Ok(id) => Ok(see_other(&format!("/networks/{id}?done=created"))),
        Err(err) => {
            let status = err.status();
            let refusal = refusal(&page_context(&state, &ctx), "network", err)?;
            new_page(&state, &ctx, form, refusal, status).await
        }
    }
}

// --- The network page -----------------------------------------------------------------------

#[derive(Template)]
#[template(path = "networks/network.html")]
struct NetworkView {
    ctx: PageContext,
    page: NetworkPage,
    entry: EntryForm,
    refusal: Refusal,
    notice: Option<String>,
    groups: [GroupKind; 2],
}

impl NetworkView {
    /// The questions still waiting for the secretariat's answer, shown beside the form
    /// that asks them (the guidance list shows the answered ones).
    fn waiting(&self) -> Vec<&frirum_domain::network::GuidanceItem> {
        self.page
            .guidance
            .iter()
            .filter(|g| !g.answered())
            .collect()
    }

    fn is_own(&self, entry: &frirum_domain::network::Entry) -> bool {
        self.page.user_id == Some(entry.author.user_id)
    }

    fn tag_href(&self, tag: &frirum_domain::network::Tag) -> String {
        use frirum_domain::network::TagKind;
        match tag.kind {
            TagKind::Trial => format!("/trials/{}", tag.id),
            TagKind::Indicator => format!("/trials/{}/indicators", tag.trial_id.unwrap_or(0)),
            TagKind::Provision => format!("/provisions/{}", tag.id),
        }
    }

    fn group_name(&self, group: &GroupKind) -> String {
        self.ctx.t(&format!("network-group-{}", group.as_str()))
    }

    fn status_text(&self, status: &str) -> String {
        let id = format!("trial-status-{status}");
        if self.ctx.has(&id) {
            self.ctx.t(&id)
        } else {
            status.to_owned()
        }
    }

    fn members_of(&self, group: &GroupKind) -> Vec<&frirum_domain::network::ReferenceMember> {
        self.page
            .reference
            .iter()
            .filter(|m| m.group == *group)
            .collect()
    }

    fn checked(&self, ids: &[i64], id: &i64) -> bool {
        ids.contains(id)
    }
}

/// The learning-log form as typed.
#[derive(Debug, Clone, Default)]
pub struct EntryForm {
    pub title: String,
    pub tried: String,
    pub learned: String,
    pub differently: String,
    pub trial_ids: Vec<i64>,
    pub indicator_ids: Vec<i64>,
    pub provision_ids: Vec<i64>,
    pub provision_citation: String,
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    pub done: Option<String>,
}

const NOTICES: [&str; 10] = [
    "created",
    "entry",
    "published",
    "reply",
    "reply-own",
    "hidden",
    "reference",
    "question",
    "guidance",
    "members",
];

async fn network_page(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    entry: EntryForm,
    refusal: Refusal,
    status: StatusCode,
    done: Option<String>,
) -> Result<Response, AppError> {
    let page = networks::page(state, ctx, id).await?;
    let page_ctx = page_context(state, ctx).in_country(page.access.network.country);
    let notice = done
        .filter(|d| NOTICES.contains(&d.as_str()))
        .map(|d| page_ctx.t(&format!("network-done-{d}")));
    let view = NetworkView {
        ctx: page_ctx,
        page,
        entry,
        refusal,
        notice,
        groups: GroupKind::ALL,
    };
    Ok((status, view.render_html()?).into_response())
}

/// The network page.
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    network_page(
        &state,
        &ctx,
        id,
        EntryForm::default(),
        Refusal::default(),
        StatusCode::OK,
        query.done,
    )
    .await
}

/// After a form: back to the network page with a notice, or the page again with the
/// refusal beside the form's field.
async fn after(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    form: &'static str,
    result: Result<(), AppError>,
    done: &str,
    entry: EntryForm,
) -> Result<Response, AppError> {
    match result {
        Ok(()) => Ok(see_other(&format!("/networks/{id}?done={done}#{form}"))),
        Err(err) => {
            let status = err.status();
            let refusal = refusal(&page_context(state, ctx), form, err)?;
            network_page(state, ctx, id, entry, refusal, status, None).await
        }
    }
}

/// Writes an entry in the learning log.
pub async fn write_entry(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let f = Fields::parse(&body);
    let form = EntryForm {
        title: f.one("title"),
        tried: f.one("tried"),
        learned: f.one("learned"),
        differently: f.one("differently"),
        trial_ids: f.ids("trial_ids"),
        indicator_ids: f.ids("indicator_ids"),
        provision_ids: f.ids("provision_ids"),
        provision_citation: f.one("provision_citation"),
    };
    let result = async {
        let mut provision_ids = form.provision_ids.clone();
        if !form.provision_citation.trim().is_empty() {
            provision_ids
                .push(networks::cite_provision(&state, &ctx, id, &form.provision_citation).await?);
        }
        networks::write_entry(
            &state,
            &ctx,
            id,
            NewEntry {
                title: form.title.clone(),
                tried: form.tried.clone(),
                learned: form.learned.clone(),
                differently: form.differently.clone(),
                trial_ids: form.trial_ids.clone(),
                indicator_ids: form.indicator_ids.clone(),
                provision_ids,
            },
        )
        .await?;
        Ok(())
    }
    .await;
    after(&state, &ctx, id, "log", result, "entry", form).await
}

/// Publishes one's own entry (another author's: 403).
pub async fn publish(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, entry)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    networks::publish(&state, &ctx, id, entry).await?;
    Ok(see_other(&format!(
        "/networks/{id}?done=published#entry-{entry}"
    )))
}

/// Replies to an entry.
pub async fn reply(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, entry)): Path<(i64, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    let f = Fields::parse(&body);
    let result = networks::reply(&state, &ctx, id, entry, &f.one("body"))
        .await
        .map_err(AppError::from);
    match result {
        Ok(replied) => Ok(see_other(&format!(
            "/networks/{id}?done={}#entry-{entry}",
            if replied.author_told {
                "reply"
            } else {
                "reply-own"
            }
        ))),
        Err(err) => {
            let status = err.status();
            let mut refusal = refusal(&page_context(&state, &ctx), "reply", err)?;
            refusal.field = format!("reply-{entry}");
            network_page(
                &state,
                &ctx,
                id,
                EntryForm::default(),
                refusal,
                status,
                None,
            )
            .await
        }
    }
}

/// Hides an entry or a reply (the coordinator, the secretariat); confirmed in the form.
pub async fn hide(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, entry)): Path<(i64, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    let f = Fields::parse(&body);
    if !f.checked("confirm") {
        return Err(AppError::field("confirm", "confirm to hide"));
    }
    match f.one("reply_id").parse::<i64>() {
        Ok(reply) => networks::hide_reply(&state, &ctx, id, entry, reply).await?,
        Err(_) => networks::hide_entry(&state, &ctx, id, entry, &f.one("reason")).await?,
    }
    Ok(see_other(&format!("/networks/{id}?done=hidden#log")))
}

/// Adds a member to a reference group.
pub async fn add_reference(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let f = Fields::parse(&body);
    let result = async {
        let group = f
            .one("group")
            .parse::<GroupKind>()
            .map_err(|_| AppError::field("group", "choose a group"))?;
        networks::add_reference_member(
            &state,
            &ctx,
            id,
            NewReferenceMember {
                group,
                name: f.one("name"),
                role_title: f.one("role_title"),
                organisation: f.one("organisation"),
            },
        )
        .await?;
        Ok(())
    }
    .await;
    after(
        &state,
        &ctx,
        id,
        "reference",
        result,
        "reference",
        EntryForm::default(),
    )
    .await
}

/// Takes a member out of a reference group (confirmed in the form).
pub async fn remove_reference(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, member)): Path<(i64, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    if !Fields::parse(&body).checked("confirm") {
        return Err(AppError::field("confirm", "confirm to remove"));
    }
    networks::remove_reference_member(&state, &ctx, id, member).await?;
    Ok(see_other(&format!(
        "/networks/{id}?done=reference#reference"
    )))
}

/// Asks the secretariat a question.
pub async fn ask(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let f = Fields::parse(&body);
    let result = networks::ask(&state, &ctx, id, &f.one("question"))
        .await
        .map(|_| ())
        .map_err(AppError::from);
    after(
        &state,
        &ctx,
        id,
        "questions",
        result,
        "question",
        EntryForm::default(),
    )
    .await
}

/// Writes an article (the secretariat).
pub async fn write_article(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let f = Fields::parse(&body);
    let result = networks::write_article(
        &state,
        &ctx,
        id,
        GuidanceText {
            title: f.one("title"),
            body: f.one("body"),
            reason: None,
        },
        f.checked("for_scheme"),
    )
    .await
    .map(|_| ())
    .map_err(AppError::from);
    after(
        &state,
        &ctx,
        id,
        "guidance",
        result,
        "guidance",
        EntryForm::default(),
    )
    .await
}

// --- One guidance text with its versions ----------------------------------------------------

#[derive(Template)]
#[template(path = "networks/guidance.html")]
struct GuidancePage {
    ctx: PageContext,
    network: frirum_domain::network::Network,
    item: GuidanceItem,
    /// The version shown (the current one unless another was asked for).
    shown: Option<frirum_domain::network::GuidanceVersion>,
    /// What changed from the version before the one shown.
    changes: Vec<Change>,
    may_manage: bool,
    form: GuidanceForm,
    refusal: Refusal,
    notice: Option<String>,
}

/// The edit or answer form as typed.
#[derive(Debug, Clone, Default)]
pub struct GuidanceForm {
    pub title: String,
    pub body: String,
    pub reason: String,
    pub public: bool,
}

#[derive(Deserialize, Default)]
pub struct VersionQuery {
    #[serde(default)]
    pub version: Option<i64>,
    #[serde(default)]
    pub done: Option<String>,
}

#[expect(clippy::too_many_arguments, reason = "one page's parts")]
async fn guidance_page(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    gid: i64,
    query: VersionQuery,
    form: Option<GuidanceForm>,
    refusal: Refusal,
    status: StatusCode,
) -> Result<Response, AppError> {
    let (access, item) = networks::guidance_item(state, ctx, id, gid).await?;
    let shown = match query.version {
        Some(v) => Some(
            item.versions
                .iter()
                .find(|x| x.version == v)
                .cloned()
                .ok_or(Error::NotFound)?,
        ),
        None => item.current().cloned(),
    };
    let changes = match &shown {
        Some(s) => {
            let before = item
                .versions
                .iter()
                .rfind(|x| x.version < s.version)
                .map(|x| x.body.as_str());
            before.map(|b| diff_lines(b, &s.body)).unwrap_or_default()
        }
        None => Vec::new(),
    };
    let form = form.unwrap_or_else(|| GuidanceForm {
        title: item
            .current()
            .map(|c| c.title.clone())
            .or_else(|| item.question.clone())
            .unwrap_or_default(),
        body: item.current().map(|c| c.body.clone()).unwrap_or_default(),
        reason: String::new(),
        public: item.public,
    });
    let page_ctx = page_context(state, ctx).in_country(access.network.country);
    let notice = query
        .done
        .filter(|d| d == "saved")
        .map(|_| page_ctx.t("network-guidance-saved"));
    let page = GuidancePage {
        notice,
        ctx: page_ctx,
        may_manage: access.rights.manage,
        network: access.network,
        item,
        shown,
        changes,
        form,
        refusal,
    };
    Ok((status, page.render_html()?).into_response())
}

/// One guidance text: the current version (or the one asked for), what changed, the
/// earlier versions; the secretariat's form to edit or answer.
pub async fn guidance(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, gid)): Path<(i64, i64)>,
    Query(query): Query<VersionQuery>,
) -> Result<Response, AppError> {
    guidance_page(
        &state,
        &ctx,
        id,
        gid,
        query,
        None,
        Refusal::default(),
        StatusCode::OK,
    )
    .await
}

/// A new version of a guidance text, or a question's answer (the secretariat).
pub async fn save_guidance(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, gid)): Path<(i64, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    let f = Fields::parse(&body);
    let form = GuidanceForm {
        title: f.one("title"),
        body: f.one("body"),
        reason: f.one("reason"),
        public: f.checked("public"),
    };
    let text = GuidanceText {
        title: form.title.clone(),
        body: form.body.clone(),
        reason: Some(form.reason.clone()),
    };
    let result = if f.one("action") == "answer" {
        networks::answer(&state, &ctx, id, gid, text, form.public).await
    } else {
        networks::edit_guidance(&state, &ctx, id, gid, text, form.public).await
    };
    match result.map_err(AppError::from) {
        Ok(_) => Ok(see_other(&format!(
            "/networks/{id}/guidance/{gid}?done=saved"
        ))),
        Err(err) => {
            let status = err.status();
            let refusal = refusal(&page_context(&state, &ctx), "guidance", err)?;
            guidance_page(
                &state,
                &ctx,
                id,
                gid,
                VersionQuery::default(),
                Some(form),
                refusal,
                status,
            )
            .await
        }
    }
}

// --- A trial's learning questions -------------------------------------------------------------

#[derive(Template)]
#[template(path = "networks/questions.html")]
struct QuestionsPage {
    ctx: PageContext,
    data: TrialQuestions,
    text: String,
    refusal: Refusal,
    notice: Option<String>,
}

/// A trial's learning questions, and the participants' form to change them before the
/// first report.
pub async fn questions(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(trial_id): Path<i64>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let data = networks::questions(&state, &ctx, trial_id).await?;
    let text = if data.questions.is_empty() {
        data.suggested.join("\n")
    } else {
        data.questions
            .iter()
            .map(|q| q.question.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let page_ctx = page_context(&state, &ctx);
    let notice = query
        .done
        .filter(|d| d == "saved")
        .map(|_| page_ctx.t("network-questions-saved"));
    let page = QuestionsPage {
        ctx: page_ctx,
        data,
        text,
        refusal: Refusal::default(),
        notice,
    };
    Ok(page.render_html()?.into_response())
}

/// Saves a trial's learning questions, one per line.
pub async fn save_questions(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(trial_id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let text = Fields::parse(&body).one("questions");
    match networks::set_questions(&state, &ctx, trial_id, &text).await {
        Ok(()) => Ok(see_other(&format!(
            "/trials/{trial_id}/learning-questions?done=saved"
        ))),
        Err(err) => {
            let err = AppError::from(err);
            let status = err.status();
            let page_ctx = page_context(&state, &ctx);
            let refusal = refusal(&page_ctx, "questions", err)?;
            let data = networks::questions(&state, &ctx, trial_id).await?;
            let page = QuestionsPage {
                ctx: page_ctx,
                data,
                text,
                refusal,
                notice: None,
            };
            Ok((status, page.render_html()?).into_response())
        }
    }
}

/// The learning answers a report form sends (`learning_<question id>`), for the report
/// handler to save before it saves or submits the report.
pub fn report_answers(pairs: &[(String, String)]) -> Vec<(i64, String)> {
    pairs
        .iter()
        .filter_map(|(k, v)| {
            let id = k.strip_prefix("learning_")?.parse().ok()?;
            Some((id, v.clone()))
        })
        .collect()
}
