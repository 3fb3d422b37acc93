//! Scheme pages: the list, a scheme with its invitation, themes and rounds, the
//! secretariat's forms to set it up, theme proposals, a round's applications, and the
//! case journal.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::applications::{self as cases, RoundApplications};
use frirum_app::schemes::{CaseJournal, JournalCase, SchemeOverview};
use frirum_domain::authz::Action;
use frirum_domain::journal::CaseKind;
use frirum_domain::organisation::OrganisationKind;
use frirum_domain::scheme::{Criterion, Rules, SchemeDraft, SchemeStatus};
use frirum_domain::text::{FieldError, Problem, clean};
use frirum_domain::{Country, Language, Page, PageRequest};
use serde::Deserialize;
use time::OffsetDateTime;

use crate::AppState;

use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::api::schemes::{RoundInput, ThemeInput};
use crate::handlers::pages::layout::{PageContext, Pager, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;
use crate::markdown;
use frirum_app::schemes;

#[derive(Deserialize, Default)]
pub struct ListQuery {
    page: Option<u32>,
    done: Option<String>,
    /// After a draft of the round was deleted.
    deleted: Option<String>,
}

fn page_request(page: Option<u32>) -> Result<PageRequest, AppError> {
    PageRequest::new(page, Some(20)).map_err(|e| AppError::field("page", e.to_string()))
}

#[derive(Template)]
#[template(path = "schemes/schemes.html")]
struct SchemesPage {
    ctx: PageContext,
    schemes: Page<frirum_domain::scheme::Scheme>,
    pager: Pager,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let schemes = schemes::list(&state, &ctx, page_request(query.page)?).await?;
    let page_ctx = page_context(&state, &ctx);
    let pager = Pager::new(&page_ctx, &schemes, "/schemes", &[]);
    Ok(SchemesPage {
        ctx: page_ctx,
        schemes,
        pager,
    }
    .render_html()?
    .into_response())
}

fn phase_name(round: &frirum_domain::scheme::Round, now: OffsetDateTime) -> String {
    match round.phase(now) {
        Ok(frirum_domain::scheme::RoundPhase::Open) => "open",
        Ok(frirum_domain::scheme::RoundPhase::Upcoming) => "upcoming",
        _ => "closed",
    }
    .to_owned()
}

struct RoundView {
    round: frirum_domain::scheme::Round,
    phase: String,
}

#[derive(Template)]
#[template(path = "schemes/scheme.html")]
struct SchemePage {
    ctx: PageContext,
    scheme: frirum_domain::scheme::Scheme,
    invitation_html: String,
    themes: Vec<frirum_domain::scheme::Theme>,
    rounds: Vec<RoundView>,
    next_statuses: Vec<&'static str>,
    can_apply: bool,
    /// Why an applicant is not offered to start here (another country or kind).
    not_open: bool,
    notice: Option<String>,
    error: Option<String>,
    /// Who does research within the scheme, with the secretariat's forms.
    research: super::research_teams::ResearchSection,
    /// Whether the scheme takes obstacle reports from the public (the barrier register).
    public_barrier_reports: bool,
    /// Whether the public sees the scheme, and so its Atom feeds.
    public_feeds: bool,
}

/// Whether to tell an applicant that the published scheme is not open to their
/// organisation, rather than leave them looking for a way to start.
fn not_open_note(
    ctx: &RequestContext,
    scheme: &frirum_domain::scheme::Scheme,
    can_apply: bool,
) -> bool {
    !can_apply && ctx.may(Action::CreateApplications) && scheme.status == SchemeStatus::Published
}

async fn render_scheme(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Response, AppError> {
    let SchemeOverview {
        scheme,
        themes,
        rounds,
    } = schemes::overview(state, ctx, id).await?;
    let now = ctx.now;
    let rounds = rounds
        .into_iter()
        .map(|round| RoundView {
            phase: phase_name(&round, now),
            round,
        })
        .collect();
    let next_statuses = SchemeStatus::ALL
        .into_iter()
        .filter(|s| scheme.status.can_become(*s))
        .map(SchemeStatus::as_str)
        .collect();
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let can_apply = schemes::may_start(state, ctx, &scheme).await?;
    let research = super::research_teams::section(state, ctx, id).await?;
    let page = SchemePage {
        public_feeds: super::feeds::public(&scheme),
        ctx: page_context(state, ctx),
        invitation_html: markdown::render(&scheme.invitation),
        not_open: not_open_note(ctx, &scheme, can_apply),
        can_apply,
        scheme,
        themes,
        rounds,
        next_statuses,
        notice,
        error,
        research,
        public_barrier_reports: frirum_app::barriers::takes_public_reports(state, id).await?,
    };
    Ok((status, page.render_html()?).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let notice = query
        .done
        .map(|_| page_context(&state, &ctx).t("saved-notice"));
    render_scheme(&state, &ctx, id, notice, None).await
}

/// Runs a secretariat change and shows the scheme again: with a notice, or with the error
/// in a form message (nothing is lost: the change was refused as a whole).
async fn after_change(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    result: Result<(), AppError>,
) -> Result<Response, AppError> {
    match result {
        Ok(()) => Ok(see_other(&format!("/schemes/{id}?done=1"))),
        Err(
            e @ AppError::App(
                Error::Field(_)
                | Error::InvalidField { .. }
                | Error::Duplicate(_)
                | Error::RulesInUse { .. }
                | Error::StatusChange { .. }
                | Error::EditConflict { .. }
                | Error::WrongState { .. },
            ),
        ) => {
            let message = page_context(state, ctx).error_message(&e);
            render_scheme(state, ctx, id, None, Some(message)).await
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "schemes/scheme_form.html")]
struct SchemeFormPage {
    ctx: PageContext,
    error: Option<String>,
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Response, AppError> {
    ctx.authorize(Action::ManageSchemes)?;
    Ok(SchemeFormPage {
        ctx: page_context(&state, &ctx),
        error: None,
    }
    .render_html()?
    .into_response())
}

#[derive(Deserialize)]
pub struct SchemeForm {
    code: String,
    country: String,
    title: String,
    language: String,
    #[serde(default)]
    invitation: String,
    publish_applications: Option<String>,
}

pub async fn create(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<SchemeForm>,
) -> Result<Response, AppError> {
    ctx.authorize(Action::ManageSchemes)?;
    let attempt = async {
        let country: Country =
            form.country
                .parse()
                .map_err(|e: frirum_domain::country::UnknownCountry| {
                    AppError::field("country", e.to_string())
                })?;
        let language: Language = form
            .language
            .parse()
            .map_err(|_| AppError::field("language", "unknown language"))?;
        let draft = SchemeDraft {
            code: form.code.trim().to_uppercase(),
            country,
            title: clean(form.title.trim()),
            language,
            invitation: clean(&form.invitation),
            publish_applications: form.publish_applications.is_some(),
        };
        let rules = Rules {
            allowed_kinds: vec![OrganisationKind::Municipality],
            ..Rules::default()
        };
        Ok::<_, AppError>(schemes::create(&state, &ctx, &draft, &rules).await?)
    }
    .await;
    match attempt {
        Ok(scheme) => Ok(see_other(&format!("/schemes/{}?done=1", scheme.id))),
        Err(
            e @ AppError::App(Error::Field(_) | Error::InvalidField { .. } | Error::Duplicate(_)),
        ) => {
            let page_ctx = page_context(&state, &ctx);
            let error = Some(page_ctx.error_message(&e));
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                SchemeFormPage {
                    ctx: page_ctx,
                    error,
                }
                .render_html()?,
            )
                .into_response())
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
pub struct StatusForm {
    status: String,
    #[serde(default)]
    reason: String,
}

pub async fn change_status(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<StatusForm>,
) -> Result<Response, AppError> {
    ctx.authorize(Action::ManageSchemes)?;
    let to: SchemeStatus = form
        .status
        .parse()
        .map_err(|e: String| AppError::field("status", e))?;
    let result = schemes::change_status(&state, &ctx, id, to, Some(&form.reason))
        .await
        .map(|_| ())
        .map_err(AppError::from);
    after_change(&state, &ctx, id, result).await
}

#[derive(Deserialize)]
pub struct ThemeForm {
    title: String,
    #[serde(default)]
    description: String,
    priority: Option<String>,
}

pub async fn add_theme(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<ThemeForm>,
) -> Result<Response, AppError> {
    ctx.authorize(Action::ManageSchemes)?;
    let result = async {
        let draft = ThemeInput {
            title: form.title,
            description: form.description,
            priority: form.priority.is_some(),
        }
        .draft()?;
        schemes::add_theme(&state, &ctx, id, &draft).await?;
        Ok(())
    }
    .await;
    after_change(&state, &ctx, id, result).await
}

#[derive(Deserialize)]
pub struct RoundForm {
    number: String,
    #[serde(default)]
    title: String,
    opens: String,
    deadline: String,
    time_zone: String,
    #[serde(default)]
    target_trials: String,
}

pub async fn add_round(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<RoundForm>,
) -> Result<Response, AppError> {
    ctx.authorize(Action::ManageSchemes)?;
    let result = async {
        let number = form.number.trim().parse().map_err(|_| {
            FieldError::new(
                "number",
                Problem::Format {
                    expected: "a whole number".into(),
                },
            )
        })?;
        let target_trials = if form.target_trials.trim().is_empty() {
            0
        } else {
            form.target_trials.trim().parse().map_err(|_| {
                FieldError::new(
                    "target_trials",
                    Problem::Format {
                        expected: "a whole number".into(),
                    },
                )
            })?
        };
        let draft = RoundInput {
            number,
            title: form.title,
            opens: form.opens,
            deadline: form.deadline,
            time_zone: form.time_zone,
            target_trials,
        }
        .draft()?;
        schemes::add_round(&state, &ctx, id, &draft).await?;
        Ok(())
    }
    .await;
    after_change(&state, &ctx, id, result).await
}

#[derive(Deserialize)]
pub struct RulesForm {
    rules_version: i64,
    #[serde(default)]
    min_population: String,
    networks_allowed: Option<String>,
    kind_municipality: Option<String>,
    kind_county: Option<String>,
    kind_region: Option<String>,
    #[serde(default)]
    exclusions: String,
    #[serde(default)]
    criteria: String,
    #[serde(default)]
    network_bonus: String,
    #[serde(default)]
    priority_theme_bonus: String,
    #[serde(default)]
    objective_bonus: String,
    #[serde(default)]
    score_scale_max: String,
    #[serde(default)]
    max_trial_months: String,
    #[serde(default)]
    max_extension_months: String,
    #[serde(default)]
    publish_applications: Option<String>,
    #[serde(default)]
    reason: String,
}

fn number<T: std::str::FromStr>(field: &str, text: &str) -> Result<Option<T>, AppError> {
    let text = text.trim().replace([' ', '.', '\u{a0}'], "");
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
        .into()
    })
}

fn decimal(field: &str, text: &str) -> Result<f64, AppError> {
    let text = text.trim().replace(',', ".");
    if text.is_empty() {
        return Ok(0.0);
    }
    text.parse().map_err(|_| {
        FieldError::new(
            field,
            Problem::Format {
                expected: "a number".into(),
            },
        )
        .into()
    })
}

impl RulesForm {
    /// Criteria are written one per line as `weight | name | description`.
    fn rules(&self) -> Result<Rules, AppError> {
        let mut kinds = Vec::new();
        for (on, kind) in [
            (&self.kind_municipality, OrganisationKind::Municipality),
            (&self.kind_county, OrganisationKind::County),
            (&self.kind_region, OrganisationKind::Region),
        ] {
            if on.is_some() {
                kinds.push(kind);
            }
        }
        let mut criteria = Vec::new();
        for (i, line) in self
            .criteria
            .lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
        {
            let parts: Vec<&str> = line.splitn(3, '|').map(str::trim).collect();
            let (weight, name, description) = match parts.as_slice() {
                [w, n, d] => (decimal(&format!("criteria[{i}].weight"), w)?, *n, *d),
                [w, n] => (decimal(&format!("criteria[{i}].weight"), w)?, *n, ""),
                _ => {
                    return Err(FieldError::new(
                        format!("criteria[{i}]"),
                        Problem::Format {
                            expected: "weight | name | description".into(),
                        },
                    )
                    .into());
                }
            };
            criteria.push(Criterion {
                name: clean(name),
                description: clean(description),
                weight,
            });
        }
        Ok(Rules {
            min_population: number("min_population", &self.min_population)?,
            networks_allowed: self.networks_allowed.is_some(),
            allowed_kinds: kinds,
            exclusions: self
                .exclusions
                .lines()
                .map(|l| clean(l.trim()))
                .filter(|l| !l.is_empty())
                .collect(),
            criteria,
            network_bonus: decimal("network_bonus", &self.network_bonus)?,
            priority_theme_bonus: decimal("priority_theme_bonus", &self.priority_theme_bonus)?,
            objective_bonus: decimal("objective_bonus", &self.objective_bonus)?,
            score_scale_max: number("score_scale_max", &self.score_scale_max)?.unwrap_or(5),
            max_trial_months: number("max_trial_months", &self.max_trial_months)?,
            max_extension_months: number("max_extension_months", &self.max_extension_months)?,
        })
    }
}

pub async fn update_rules(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<RulesForm>,
) -> Result<Response, AppError> {
    ctx.authorize(Action::ManageSchemes)?;
    let result = async {
        let rules = form.rules()?;
        schemes::update_rules_and_publication(
            &state,
            &ctx,
            id,
            form.rules_version,
            &rules,
            form.publish_applications.is_some(),
            Some(&form.reason),
        )
        .await?;
        Ok(())
    }
    .await;
    after_change(&state, &ctx, id, result).await
}

// --- Theme proposals ---------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "schemes/proposals.html")]
struct ProposalsPage {
    ctx: PageContext,
    scheme: frirum_domain::scheme::Scheme,
    proposals: Page<frirum_domain::scheme::ThemeProposal>,
    pager: Pager,
    can_propose: bool,
    own_organisation: Option<i64>,
    notice: Option<String>,
    error: Option<String>,
}

async fn render_proposals(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    page: Option<u32>,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Response, AppError> {
    let (scheme, proposals) = schemes::proposals(state, ctx, id, page_request(page)?).await?;
    let page_ctx = page_context(state, ctx);
    let pager = Pager::new(
        &page_ctx,
        &proposals,
        &format!("/schemes/{id}/proposals"),
        &[],
    );
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = ProposalsPage {
        ctx: page_ctx,
        can_propose: ctx.may(Action::ProposeThemes) && scheme.status == SchemeStatus::Proposals,
        own_organisation: ctx.viewer().organisation_id,
        scheme,
        proposals,
        pager,
        notice,
        error,
    };
    Ok((status, page.render_html()?).into_response())
}

pub async fn proposals(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let notice = query
        .done
        .map(|_| page_context(&state, &ctx).t("saved-notice"));
    render_proposals(&state, &ctx, id, query.page, notice, None).await
}

#[derive(Deserialize)]
pub struct ProposalForm {
    title: String,
    #[serde(default)]
    description: String,
}

pub async fn create_proposal(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<ProposalForm>,
) -> Result<Response, AppError> {
    match schemes::propose_theme(&state, &ctx, id, &form.title, &form.description)
        .await
        .map_err(AppError::from)
    {
        Ok(_) => Ok(see_other(&format!("/schemes/{id}/proposals?done=1"))),
        Err(e @ AppError::App(Error::Field(_) | Error::WrongState { .. })) => {
            let message = page_context(&state, &ctx).error_message(&e);
            render_proposals(&state, &ctx, id, None, None, Some(message)).await
        }
        Err(e) => Err(e),
    }
}

pub async fn endorse(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let endorsement = schemes::endorse_listed(&state, &ctx, id).await?;
    Ok(see_other(&format!(
        "/schemes/{}/proposals?done=1",
        endorsement.proposal.scheme_id
    )))
}

#[derive(Deserialize)]
pub struct DecideForm {
    decision: String,
    #[serde(default)]
    reason: String,
    priority: Option<String>,
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<DecideForm>,
) -> Result<Response, AppError> {
    ctx.authorize(Action::ManageSchemes)?;
    let proposal = schemes::proposal(&state, &ctx, id).await?;
    let scheme_id = proposal.scheme_id;
    let result = async {
        if form.decision == "adopt" {
            let theme = ThemeInput {
                title: proposal.title.clone(),
                description: proposal.description.clone(),
                priority: form.priority.is_some(),
            }
            .draft()?;
            schemes::adopt(&state, &ctx, id, &theme).await?;
        } else {
            schemes::decline(&state, &ctx, id, &form.reason).await?;
        }
        Ok::<_, AppError>(())
    }
    .await;
    match result {
        Ok(()) => Ok(see_other(&format!("/schemes/{scheme_id}/proposals?done=1"))),
        Err(e @ AppError::App(Error::Field(_) | Error::WrongState { .. })) => {
            let message = page_context(&state, &ctx).error_message(&e);
            render_proposals(&state, &ctx, scheme_id, None, None, Some(message)).await
        }
        Err(e) => Err(e),
    }
}

// --- Rounds and the journal --------------------------------------------------------------------

#[derive(Template)]
#[template(path = "schemes/round.html")]
struct RoundPage {
    ctx: PageContext,
    scheme: frirum_domain::scheme::Scheme,
    round: RoundView,
    applications: Page<frirum_store::ApplicationSummary>,
    pager: Pager,
    can_apply: bool,
    not_open: bool,
    shows_list: bool,
    notice: Option<String>,
}

pub async fn round(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let RoundApplications {
        round,
        scheme,
        applications,
        shows_list,
    } = cases::round_applications(&state, &ctx, id, page_request(query.page)?).await?;
    let now = ctx.now;
    let page_ctx = page_context(&state, &ctx);
    let pager = Pager::new(&page_ctx, &applications, &format!("/rounds/{id}"), &[]);
    let phase = phase_name(&round, now);
    let may_start = schemes::may_start(&state, &ctx, &scheme).await?;
    let notice = query
        .deleted
        .is_some()
        .then(|| page_ctx.t("application-deleted-notice"));
    Ok(RoundPage {
        ctx: page_ctx,
        can_apply: may_start && phase == "open",
        not_open: not_open_note(&ctx, &scheme, may_start),
        notice,
        scheme,
        round: RoundView { round, phase },
        applications,
        pager,
        shows_list,
    }
    .render_html()?
    .into_response())
}

#[derive(Template)]
#[template(path = "schemes/journal.html")]
struct JournalPage {
    ctx: PageContext,
    title: String,
    back: Option<String>,
    lines: Vec<JournalLine>,
    /// "12 entries", in the plural form of the language.
    count: String,
    pager: Pager,
}

/// One journal entry as a sentence of the case file: who did what, when, why, and what
/// changed, with names instead of ids.
struct JournalLine {
    when: String,
    who: String,
    what: String,
    details: Vec<JournalDetail>,
    reason: Option<String>,
}

pub(super) struct JournalDetail {
    pub(super) label: String,
    pub(super) from: Option<String>,
    pub(super) to: String,
}

/// Fields the journal keeps for the record's own sake (versions, internal numbers), which
/// say nothing to a reader of the case.
const JOURNAL_INTERNAL: &[&str] = &[
    "version",
    "plan_id",
    "note_id",
    "parent_id",
    "clarification",
    "item",
    "rules_version",
    "trial_id",
    "scheme_id",
    "outcome_id",
    "evaluation_ids",
    "resulting_act_id",
    "resulting_provision_id",
    "evaluation_id",
    "correction_id",
    "document_id",
];

/// A journal field's label: the journal's own words for fields no form shows, else the
/// form's label.
fn journal_label(ctx: &PageContext, field: &str) -> String {
    let id = format!("journal-field-{}", field.replace('_', "-"));
    if ctx.has(&id) {
        ctx.t(&id)
    } else {
        ctx.field_label(field)
    }
}

/// A message by prefix and key, or `None` when the interface has no such message.
fn known(ctx: &PageContext, prefix: &str, key: &str) -> Option<String> {
    let id = format!("{prefix}{key}");
    ctx.has(&id).then(|| ctx.t(&id))
}

/// A journal value in words: names for ids, translated statuses, dates and numbers as the
/// language writes them, a count for a list of rows.
fn journal_value(
    ctx: &PageContext,
    names: &schemes::JournalNames,
    field: &str,
    value: &serde_json::Value,
) -> String {
    use serde_json::Value;
    if let Some(kind) = schemes::journal_ref(field) {
        let ids: Vec<i64> = match value {
            Value::Array(items) => items.iter().filter_map(Value::as_i64).collect(),
            other => other.as_i64().into_iter().collect(),
        };
        if ids.is_empty() {
            return "—".to_owned();
        }
        return ids
            .into_iter()
            .map(|id| {
                names
                    .name(kind, id)
                    .map_or_else(|| ctx.t("journal-unknown"), str::to_owned)
            })
            .collect::<Vec<_>>()
            .join(", ");
    }
    match value {
        Value::Null => "—".to_owned(),
        Value::Bool(true) => ctx.t("yes"),
        Value::Bool(false) => ctx.t("no"),
        Value::Number(n) => match n.as_u64() {
            Some(whole) => ctx.number(&whole),
            None => ctx.decimal(&n.as_f64().unwrap_or_default()),
        },
        Value::String(text) => match field {
            "status" => ctx.status_name(text),
            "country" => text
                .parse::<Country>()
                .map_or_else(|_| text.clone(), |c| ctx.country_name(&c)),
            "language" => text
                .parse::<Language>()
                .map_or_else(|_| text.clone(), |l| l.autonym().to_owned()),
            // A decision's outcome or a screening item's judgement, by its words.
            "outcome" => known(ctx, "outcome-", text)
                .or_else(|| known(ctx, "screening-outcome-", text))
                .unwrap_or_else(|| text.replace('_', " ")),
            "regulation_kind" => {
                known(ctx, "regulation-", text).unwrap_or_else(|| text.replace('_', " "))
            }
            "conflict" => {
                known(ctx, "assessment-conflict-", text).unwrap_or_else(|| text.replace('_', " "))
            }
            // What a researcher was assigned to: a trial, a theme or the whole scheme.
            "scope" => {
                known(ctx, "research-scope-", text).unwrap_or_else(|| text.replace('_', " "))
            }
            // A generalisation outcome's category, in the country's words.
            "category" => {
                known(ctx, "outcome-category-", text).unwrap_or_else(|| text.replace('_', " "))
            }
            _ => {
                let format = time::macros::format_description!("[year]-[month]-[day]");
                if let Ok(date) = time::Date::parse(text, &format) {
                    return ctx.date(&date);
                }
                // The journal writes how many rows a list held, and shortens long texts.
                if let Some(n) = text
                    .strip_suffix(" entries")
                    .and_then(|n| n.parse::<u64>().ok())
                {
                    return ctx.tn("journal-rows", n);
                }
                if let Some((head, n)) = text
                    .rsplit_once("… (")
                    .and_then(|(head, rest)| Some((head, rest.strip_suffix(" characters)")?)))
                    .and_then(|(head, n)| Some((head, n.parse::<u64>().ok()?)))
                {
                    return format!("{head}… ({})", ctx.tn("journal-characters", n));
                }
                text.clone()
            }
        },
        Value::Array(items) if items.iter().all(|v| !v.is_object() && !v.is_array()) => items
            .iter()
            .map(|v| journal_value(ctx, names, "", v))
            .collect::<Vec<_>>()
            .join(", "),
        // Scores are summed up in words: how many criteria were scored.
        Value::Array(items) if matches!(field, "scores" | "consensus") => {
            ctx.tn("journal-criteria-scored", items.len() as u64)
        }
        Value::Array(items) if field == "granted" => {
            ctx.tn("journal-exemptions-granted", items.len() as u64)
        }
        Value::Array(items) => ctx.tn("journal-rows", items.len() as u64),
        Value::Object(map) => ctx.tn("journal-rows", map.len() as u64),
    }
}

fn journal_line(
    ctx: &PageContext,
    names: &schemes::JournalNames,
    entry: frirum_domain::journal::JournalEntry,
) -> JournalLine {
    let what_id = format!("journal-action-{}", entry.action.replace(['.', '_'], "-"));
    let what = ctx.t(&what_id);
    let what = if what == what_id {
        ctx.t("journal-action-other")
    } else {
        what
    };
    let mut details = Vec::new();
    // A barrier's entries read in the register's own words (statuses, causes, groups).
    let barrier = entry.action.starts_with("barrier.");
    if let Some(map) = entry.changes.as_object() {
        for (field, value) in map {
            if JOURNAL_INTERNAL.contains(&field.as_str()) {
                continue;
            }
            if barrier && let Some(detail) = super::barriers::journal_detail(ctx, field, value) {
                details.push(detail);
                continue;
            }
            let (from, to) = match value.as_object() {
                Some(pair) if pair.contains_key("to") && pair.len() <= 2 => (
                    pair.get("from")
                        .filter(|v| {
                            !v.is_null()
                                && v.as_str() != Some("")
                                && v.as_array().is_none_or(|a| !a.is_empty())
                        })
                        .map(|v| journal_value(ctx, names, field, v)),
                    journal_value(ctx, names, field, &pair["to"]),
                ),
                _ => (None, journal_value(ctx, names, field, value)),
            };
            // A field created empty says nothing.
            if from.is_none() && (to.trim().is_empty() || to == "—") {
                continue;
            }
            details.push(JournalDetail {
                label: if barrier {
                    super::barriers::journal_label(ctx, field)
                        .unwrap_or_else(|| journal_label(ctx, field))
                } else {
                    journal_label(ctx, field)
                },
                from,
                to,
            });
        }
    }
    JournalLine {
        when: ctx.moment(&entry.at),
        who: entry.actor_name.unwrap_or_else(|| ctx.t("journal-system")),
        what,
        details,
        reason: entry.reason.filter(|r| !r.trim().is_empty()),
    }
}

pub async fn journal(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((kind, id)): Path<(String, i64)>,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let CaseJournal {
        case,
        entries,
        names,
        country,
    } = schemes::case_journal(&state, &ctx, &kind, id, page_request(query.page)?).await?;
    let mut page_ctx = page_context(&state, &ctx);
    if let Some(country) = country {
        page_ctx = page_ctx.in_country(country);
    }
    let (title, back) = match case {
        JournalCase::Scheme(s) => (s.title, Some(format!("/schemes/{id}"))),
        JournalCase::Round(r) => (r.title, Some(format!("/rounds/{id}"))),
        JournalCase::Proposal(p) => (p.title, Some(format!("/schemes/{}/proposals", p.scheme_id))),
        JournalCase::Application(a) => {
            let title = match &a.case_number {
                Some(n) => format!("{n} {}", a.content.title),
                None => a.content.title.clone(),
            };
            (title, Some(format!("/applications/{id}")))
        }
        JournalCase::DeletedApplication => (page_ctx.t("journal-deleted-draft"), None),
        JournalCase::Other(kind) => {
            let title = format!("{} {id}", page_ctx.tp("journal-case-", kind.as_str()));
            let back = match kind {
                CaseKind::Barrier => format!("/barriers/{id}"),
                CaseKind::Investigation => format!("/lab/investigations/{id}"),
                CaseKind::Network => format!("/networks/{id}"),
                _ => format!("/partners/{id}"),
            };
            (title, Some(back))
        }
    };
    let pager = Pager::new(&page_ctx, &entries, &format!("/journal/{kind}/{id}"), &[]);
    let count = page_ctx.tn("journal-count", entries.total);
    let lines = entries
        .items
        .into_iter()
        .map(|e| journal_line(&page_ctx, &names, e))
        .collect();
    Ok(JournalPage {
        ctx: page_ctx,
        title,
        back,
        lines,
        count,
        pager,
    }
    .render_html()?
    .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use frirum_domain::journal::{CaseKind, JournalEntry};
    use serde_json::json;

    /// Every kind of journal entry, with the changes its store writes.
    fn entries() -> Vec<(&'static str, serde_json::Value)> {
        let scores = json!([{"criterion": 0, "score": 4, "comment": "God"},
                            {"criterion": 1, "score": 3, "comment": ""}]);
        vec![
            (
                "application.created",
                json!({"lead_organisation_id": 1, "round_id": 2}),
            ),
            (
                "application.adopted",
                json!({"trial_id": 1, "case_number": "DK2019-1"}),
            ),
            ("application.saved", json!({})),
            (
                "application.submitted",
                json!({"status": {"from": "draft", "to": "submitted"},
                "case_number": "DK2030-1", "rules_version": 3}),
            ),
            (
                "application.withdrawn",
                json!({"status": {"from": "submitted", "to": "withdrawn"}}),
            ),
            (
                "application.exemptions_amended",
                json!({"exemptions": {"from": 1, "to": 2},
                "exemptions[1].justification": {"from": null, "to": "Fordi"}}),
            ),
            (
                "screening.recorded",
                json!({"item": 0, "item_text": "Grundloven berøres ikke",
                "rules_version": 3, "outcome": "no_conflict", "reason": "Ingen"}),
            ),
            (
                "screening.recorded",
                json!({"item": 1, "item_text": "EU-retten",
                "rules_version": 3, "outcome": "possible_conflict", "reason": ""}),
            ),
            (
                "clarification.asked",
                json!({"clarification": 4, "question": "Hvilke regler?"}),
            ),
            (
                "clarification.answered",
                json!({"clarification": 4, "answer": "Disse"}),
            ),
            (
                "assessment.assessor_assigned",
                json!({"assessor_id": 7, "conflict": "employment",
                "conflict_reason": null}),
            ),
            (
                "assessment.assessor_unassigned",
                json!({"assessor_id": 7, "reason": "Syg",
                "draft_scores_dropped": true}),
            ),
            ("assessment.no_conflict_stated", json!({"assessor_id": 7})),
            (
                "assessment.conflict_declared",
                json!({"assessor_id": 7, "conflict": "declared",
                "conflict_reason": "Min bror"}),
            ),
            (
                "assessment.scores_saved",
                json!({"assessor_id": 7, "scores": scores}),
            ),
            (
                "assessment.assessment_submitted",
                json!({"assessor_id": 7, "criteria_scored": 2}),
            ),
            (
                "assessment.consensus_requested",
                json!({"message": "Bliv enige"}),
            ),
            (
                "assessment.consensus_set",
                json!({"consensus": {"from": [], "to": scores}}),
            ),
            (
                "assessment.note_added",
                json!({"note_id": 3, "parent_id": null}),
            ),
            (
                "application.decision_proposed",
                json!({"outcome": "approved", "reasons": "Godt"}),
            ),
            (
                "application.decided",
                json!({"outcome": "rejected", "reasons": "Nej",
                "granted": [{"provision": 5, "note": ""}], "conditions": "",
                "period_start": "2027-01-01", "period_end": "2028-12-31",
                "regulation_kind": "trial_regulation", "regulation_text": "Tekst",
                "trial_id": 9, "decided_by": 7}),
            ),
            (
                "scheme.created",
                json!({"code": "DK2030", "country": "dk", "language": "da"}),
            ),
            (
                "scheme.decision_settings_changed",
                json!({"safeguards": true,
                "issuing_authority": "Ministeriet", "legal_basis": "§ 1",
                "appeal_guidance": "Ingen", "four_eyes": false}),
            ),
            (
                "scheme.status_changed",
                json!({"status": {"from": "draft", "to": "published"}}),
            ),
            (
                "round.created",
                json!({"number": 1, "opens": "2026-01-01",
                "deadline": "2026-06-01", "target_trials": 5}),
            ),
            (
                "trial.researcher_assigned",
                json!({"trial_id": 9, "user_id": 7}),
            ),
            (
                "trial.researcher_unassigned",
                json!({"trial_id": 9, "user_id": 7}),
            ),
            (
                "scheme.researcher_assigned",
                json!({"scope": "theme", "theme_id": 3, "user_id": 7}),
            ),
            (
                "scheme.researcher_unassigned",
                json!({"scope": "scheme", "user_id": 7}),
            ),
            (
                "proposal.declined",
                json!({"status": {"from": "open", "to": "declined"}}),
            ),
            (
                "research_plan.created",
                json!({"plan_id": 1, "trial_id": 2, "title": "Én plan"}),
            ),
            (
                "research_plan.saved",
                json!({"plan_id": 1, "trial_id": 2, "title": "Én plan",
                "version": null, "reason": ""}),
            ),
            (
                "research_plan.registered",
                json!({"plan_id": 1, "trial_id": 2, "title": "Én plan",
                "version": 1, "reason": ""}),
            ),
            (
                "trial.outcome_recorded",
                json!({"trial_id": 2, "outcome_id": 3, "exemption": 0,
                "category": "spread_fully", "reasons": "Udbredt ved lov",
                "evaluation_ids": [4], "resulting_citation": "lov nr. 1546 af 27. december 2019",
                "resulting_act_id": 5, "resulting_provision_id": null, "resolved": true,
                "in_force": "2020-01-01"}),
            ),
            (
                "evaluation.created",
                json!({"evaluation_id": 1, "trial_id": 2, "title": "Resultatevaluering"}),
            ),
            (
                "evaluation.updated",
                json!({"evaluation_id": 1, "trial_id": null, "title": "Resultatevaluering",
                "version": 2}),
            ),
            (
                "evaluation.published",
                json!({"evaluation_id": 1, "trial_id": 2, "title": "Resultatevaluering",
                "embargo_until": "2027-03-01"}),
            ),
            (
                "evaluation.corrected",
                json!({"evaluation_id": 1, "trial_id": 2, "correction_id": 3,
                "note": "Tabel 3 rettet"}),
            ),
            (
                "evaluation.document_added",
                json!({"evaluation_id": 1, "trial_id": 2, "document_id": 3,
                "file_name": "rapport.pdf", "sha256": "ab"}),
            ),
            (
                "research_plan.amended",
                json!({"plan_id": 1, "trial_id": null, "title": "Én plan",
                "version": 2, "reason": "Registerdata kom sent"}),
            ),
        ]
    }

    #[test]
    fn every_journal_entry_reads_as_a_sentence_without_codes() {
        let at = time::macros::datetime!(2026-06-01 10:00 UTC);
        let mut names = schemes::JournalNames::default();
        names.organisations.insert(1, "Aarhus".into());
        names.rounds.insert(2, "1. Første runde".into());
        names.users.insert(7, "Bente Bedømmer".into());
        for lang in Language::ALL {
            let ctx = PageContext::new(
                std::sync::Arc::new(frirum_app::I18n::load()),
                &frirum_app::Actor::public(lang, at),
                "",
                "/",
                0,
            );
            for (action, changes) in entries() {
                // Every field shown has a label of its own, not its code in words.
                for field in changes.as_object().into_iter().flat_map(|m| m.keys()) {
                    if !JOURNAL_INTERNAL.contains(&field.as_str()) && !field.contains('[') {
                        let label = journal_label(&ctx, field);
                        assert_ne!(label, field.replace('_', " "), "{lang:?} {action}");
                    }
                }
                let line = journal_line(
                    &ctx,
                    &names,
                    JournalEntry {
                        id: 1,
                        case_kind: CaseKind::Application,
                        case_id: 1,
                        actor_id: Some(7),
                        actor_name: Some("Bente Bedømmer".into()),
                        at,
                        action: action.into(),
                        changes,
                        reason: None,
                    },
                );
                let mut text = vec![line.what.clone()];
                for d in &line.details {
                    text.push(d.label.clone());
                    text.extend(d.from.clone());
                    text.push(d.to.clone());
                }
                let text = text.join(" | ");
                assert_ne!(line.what, ctx.t("journal-action-other"), "{action}: {text}");
                for word in text.split([' ', '|', ':', '(', ')', ',']) {
                    // A Fluent id ("outcome-no_conflict") or a field's code ("item_text").
                    let code = word.contains('_')
                        || (word.contains('-')
                            && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                            && !word.starts_with('-'));
                    assert!(!code, "{lang:?} {action}: {word:?} in {text}");
                }
                for raw in ["item:", "item text", "criterion", "rows", "rader", "rækker"] {
                    assert!(!text.contains(raw), "{lang:?} {action}: {raw} in {text}");
                }
            }
        }
    }
}
