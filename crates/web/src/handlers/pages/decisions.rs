//! Decision pages: the secretariat's decision form, the decision as everybody reads it, the
//! decision letter in the scheme's language (printable), the public list of decisions with
//! its Atom feed, and the trial record that approval creates.

use askama::Template;
use frirum_app::Error;
use std::collections::HashMap;

use atom_syndication::{EntryBuilder, FeedBuilder, FixedDateTime, LinkBuilder, Text};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use frirum_domain::authz::Action;
use frirum_domain::decision::{
    DecisionDraft, GrantChoice, GrantedExemption, NarrowingScope, Outcome, RegulationKind,
};
use frirum_domain::{Country, Page, PageRequest};
use frirum_store::law::StoredProvision;
use serde::Deserialize;
use time::Date;
use time::format_description::well_known::Rfc3339;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;
use frirum_app::applications::Case;
use frirum_app::decisions::{self, DecisionForm, DecisionLetter, PublishedDecision};

/// The kinds of local regulation that a scheme's country uses, in the order to offer them.
fn regulation_kinds(country: Country) -> &'static [RegulationKind] {
    match country {
        Country::No => &[RegulationKind::TrialRegulation, RegulationKind::Statutes],
        Country::Dk => &[RegulationKind::FreeMunicipalityStatute],
        Country::Se => &[RegulationKind::LocalRegulations],
    }
}

/// What the form holds, as typed, so that a refused form comes back unchanged.
#[derive(Debug, Default, Clone)]
pub struct DecideInput {
    pub outcome: String,
    pub reasons: String,
    pub conditions: String,
    pub period_start: String,
    pub period_end: String,
    pub regulation_kind: String,
    pub regulation_text: String,
    /// Per requested exemption: granted, the provisions ticked, the note.
    pub grants: HashMap<usize, (bool, Vec<i64>, String)>,
}

impl DecideInput {
    fn read(raw: &[(String, String)]) -> Self {
        let mut input = DecideInput::default();
        for (key, value) in raw {
            match key.as_str() {
                "outcome" => input.outcome = value.clone(),
                "reasons" => input.reasons = value.clone(),
                "conditions" => input.conditions = value.clone(),
                "period_start" => input.period_start = value.trim().to_owned(),
                "period_end" => input.period_end = value.trim().to_owned(),
                "regulation_kind" => input.regulation_kind = value.clone(),
                "regulation_text" => input.regulation_text = value.clone(),
                _ => {
                    let Some((name, index)) = key.rsplit_once('-') else {
                        continue;
                    };
                    let Ok(index) = index.parse::<usize>() else {
                        continue;
                    };
                    let grant = input.grants.entry(index).or_default();
                    match name {
                        "grant" => grant.0 = true,
                        "note" => grant.2 = value.clone(),
                        // Ticked provisions, and ids typed in a text field.
                        "narrow" | "narrow_ids" => grant.1.extend(
                            value
                                .split(|c: char| c == ',' || c.is_whitespace())
                                .filter_map(|s| s.trim().parse::<i64>().ok()),
                        ),
                        _ => {}
                    }
                }
            }
        }
        input
    }

    fn draft(&self) -> Result<DecisionDraft, AppError> {
        let outcome = self
            .outcome
            .parse::<Outcome>()
            .map_err(|e| AppError::field("outcome", e))?;
        let date = |field: &str, text: &str| -> Result<Option<Date>, AppError> {
            if text.is_empty() {
                return Ok(None);
            }
            Date::parse(
                text,
                time::macros::format_description!("[year]-[month]-[day]"),
            )
            .map(Some)
            .map_err(|_| AppError::field(field, "expected a date such as 2027-01-01"))
        };
        let regulation_kind = if self.regulation_kind.is_empty() {
            None
        } else {
            Some(
                self.regulation_kind
                    .parse::<RegulationKind>()
                    .map_err(|e| AppError::field("regulation_kind", e))?,
            )
        };
        let mut granted: Vec<GrantChoice> = self
            .grants
            .iter()
            .filter(|(_, g)| g.0)
            .map(|(&exemption, g)| GrantChoice {
                exemption,
                provision_ids: g.1.clone(),
                note: g.2.clone(),
            })
            .collect();
        granted.sort_by_key(|g| g.exemption);
        Ok(DecisionDraft {
            outcome,
            reasons: self.reasons.clone(),
            granted,
            conditions: self.conditions.clone(),
            period_start: date("period_start", &self.period_start)?,
            period_end: date("period_end", &self.period_end)?,
            regulation_kind,
            regulation_text: self.regulation_text.clone(),
        })
    }

    /// The form's first look: every exemption granted as requested, the applicant's period.
    fn proposed(case: &Case) -> Self {
        let content = &case.application.content;
        let format = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        DecideInput {
            outcome: "approved".into(),
            period_start: format(content.period_start),
            period_end: format(content.period_end),
            regulation_kind: regulation_kinds(case.scheme.country)[0].as_str().into(),
            grants: (0..content.exemptions.len())
                .map(|i| (i, (true, Vec::new(), String::new())))
                .collect(),
            ..DecideInput::default()
        }
    }
}

/// A provision as a decision names it, with a link to the catalogue.
struct ProvisionLink {
    id: i64,
    label: String,
    heading: String,
}

/// One requested exemption on the decision form.
struct DecideGrantRow {
    index: usize,
    exemption: frirum_domain::application::RequestedExemption,
    granted: bool,
    /// The exemption names an act: its provisions can be ticked to narrow the grant.
    narrowable: bool,
    /// The exemption names a policy area: provisions are named by their catalogue numbers.
    open: bool,
    choices: Vec<(ProvisionLink, bool)>,
    any_ticked: bool,
    typed_ids: String,
    note: String,
}

#[derive(Template)]
#[template(path = "decisions/decide.html")]
struct DecidePage {
    ctx: PageContext,
    application: frirum_domain::application::Application,
    rows: Vec<DecideGrantRow>,
    conflicts: Vec<String>,
    max_months: Option<u32>,
    regulation_kinds: Vec<frirum_domain::decision::RegulationKind>,
    input: DecideInput,
    message: Option<String>,
}

fn render_form(
    state: &AppState,
    ctx: &RequestContext,
    form: DecisionForm,
    input: DecideInput,
    message: Option<String>,
) -> Result<Response, AppError> {
    let DecisionForm { basis, choices } = form;
    let mut rows = Vec::new();
    for ((index, exemption), choices) in basis
        .case
        .application
        .content
        .exemptions
        .iter()
        .enumerate()
        .zip(choices)
    {
        let scope = basis
            .scopes
            .get(index)
            .cloned()
            .unwrap_or(NarrowingScope::Open);
        let (granted, ticked, note) = input.grants.get(&index).cloned().unwrap_or_default();
        rows.push(DecideGrantRow {
            index,
            exemption: exemption.clone(),
            granted,
            narrowable: matches!(scope, NarrowingScope::Act(_)),
            open: matches!(scope, NarrowingScope::Open),
            any_ticked: choices.iter().any(|p| ticked.contains(&p.id)),
            choices: choices
                .iter()
                .map(|p| (provision_link(p), ticked.contains(&p.id)))
                .collect(),
            typed_ids: ticked
                .iter()
                .filter(|id| !choices.iter().any(|p| p.id == **id))
                .map(|id| id.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            note,
        });
    }
    let page = DecidePage {
        ctx: page_context(state, ctx),
        max_months: basis.rules.max_trial_months,
        regulation_kinds: regulation_kinds(basis.case.scheme.country).to_vec(),
        conflicts: basis.conflicts,
        application: basis.case.application,
        rows,
        input,
        message,
    };
    Ok(page.render_html()?.into_response())
}

fn provision_link(p: &StoredProvision) -> ProvisionLink {
    ProvisionLink {
        id: p.id,
        label: format!(
            "{} {}",
            p.act_short_title.as_deref().unwrap_or(&p.act_title),
            p.section.label
        ),
        heading: p.section.heading.clone().unwrap_or_default(),
    }
}

/// The decision form, for the secretariat; a decided application shows its decision.
pub async fn form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let form = decisions::form(&state, &ctx, id).await?;
    if form.basis.decision.is_some() {
        return Ok(see_other(&format!("/applications/{id}/decision")));
    }
    let input = DecideInput::proposed(&form.basis.case);
    render_form(&state, &ctx, form, input, None)
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(raw): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    ctx.authorize(Action::DecideApplications)?;
    let input = DecideInput::read(&raw);
    let expected_version = raw
        .iter()
        .find(|(k, _)| k == "version")
        .and_then(|(_, v)| v.parse::<i64>().ok());
    let outcome = match input.draft() {
        Ok(draft) => decisions::decide(&state, &ctx, id, draft, expected_version)
            .await
            .map_err(AppError::from),
        Err(e) => Err(e),
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!("/applications/{id}/decision"))),
        Err(AppError::App(Error::AlreadyDecided)) => {
            Ok(see_other(&format!("/applications/{id}/decision?already=1")))
        }
        Err(
            e @ AppError::App(
                Error::Decision(_)
                | Error::Field(_)
                | Error::InvalidField { .. }
                | Error::EditConflict { .. },
            ),
        ) => {
            let message = Some(page_context(&state, &ctx).error_message(&e));
            let form = decisions::form(&state, &ctx, id).await?;
            // Refused for the state of the case: the page says so with its status.
            let mut response = render_form(&state, &ctx, form, input, message)?;
            *response.status_mut() = e.status();
            Ok(response)
        }
        Err(e) => Err(e),
    }
}

/// A granted exemption with the provisions it is narrowed to.
struct GrantView {
    grant: frirum_domain::decision::GrantedExemption,
    provisions: Vec<ProvisionLink>,
}

/// The grants with the catalogue's provisions they are narrowed to.
fn grant_views(granted: &[GrantedExemption], provisions: &[StoredProvision]) -> Vec<GrantView> {
    granted
        .iter()
        .map(|g| GrantView {
            grant: g.clone(),
            provisions: g
                .provision_ids
                .iter()
                .filter_map(|id| provisions.iter().find(|p| p.id == *id))
                .map(provision_link)
                .collect(),
        })
        .collect()
}

#[derive(Deserialize)]
pub struct DecisionQuery {
    #[serde(default)]
    pub already: Option<String>,
}

#[derive(Template)]
#[template(path = "decisions/decision.html")]
struct DecisionPage {
    ctx: PageContext,
    decision: frirum_domain::decision::Decision,
    grants: Vec<GrantView>,
    application: frirum_domain::application::Application,
    scheme: frirum_domain::scheme::Scheme,
    can_read_application: bool,
    already: bool,
}

/// A decision as everybody reads it: decisions are published when they are made.
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<DecisionQuery>,
) -> Result<Response, AppError> {
    let PublishedDecision {
        decision,
        case,
        provisions,
        may_read_application,
    } = decisions::published_decision(&state, &ctx, id).await?;
    let grants = grant_views(&decision.granted, &provisions);
    let page = DecisionPage {
        ctx: page_context(&state, &ctx),
        already: query.already.is_some(),
        can_read_application: may_read_application,
        grants,
        decision,
        application: case.application,
        scheme: case.scheme,
    };
    Ok(page.render_html()?.into_response())
}

#[derive(Template)]
#[template(path = "decisions/letter.html")]
struct LetterPage {
    ctx: PageContext,
    decision: frirum_domain::decision::Decision,
    grants: Vec<GrantView>,
    trial: Option<frirum_domain::decision::Trial>,
    application: frirum_domain::application::Application,
    scheme: frirum_domain::scheme::Scheme,
}

/// The decision letter, in the scheme's language whatever the visitor's, laid out to print.
pub async fn letter(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let DecisionLetter {
        decision,
        case,
        provisions,
        trial,
    } = decisions::letter(&state, &ctx, id).await?;
    let grants = grant_views(&decision.granted, &provisions);
    let mut page_ctx = page_context(&state, &ctx);
    page_ctx.lang = case.scheme.language;
    let page = LetterPage {
        ctx: page_ctx,
        grants,
        trial,
        decision,
        application: case.application,
        scheme: case.scheme,
    };
    Ok(page.render_html()?.into_response())
}

#[derive(Deserialize)]
pub struct ListQuery {
    pub page: Option<u32>,
}

#[derive(Template)]
#[template(path = "decisions/decisions.html")]
struct DecisionListPage {
    ctx: PageContext,
    decisions: Page<frirum_domain::decision::DecisionSummary>,
}

/// Every decision, newest first.
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let page =
        PageRequest::new(query.page, None).map_err(|_| AppError::field("page", "invalid"))?;
    let decisions = decisions::published(&state, &ctx, None, page).await?;
    let page = DecisionListPage {
        ctx: page_context(&state, &ctx),
        decisions,
    };
    Ok(page.render_html()?.into_response())
}

fn feed_time(at: time::OffsetDateTime) -> Result<FixedDateTime, AppError> {
    let text = at
        .format(&Rfc3339)
        .map_err(|e| AppError::internal(format!("feed time: {e}")))?;
    FixedDateTime::parse_from_rfc3339(&text)
        .map_err(|e| AppError::internal(format!("feed time: {e}")))
}

/// The decisions as an Atom feed, newest first, in the visitor's language.
pub async fn feed(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Response, AppError> {
    // The feed carries the newest fifty decisions.
    let page = PageRequest::new(None, Some(50)).map_err(|_| AppError::field("page", "invalid"))?;
    let decisions = decisions::published(&state, &ctx, None, page).await?;
    let page_ctx = page_context(&state, &ctx);
    // Entry ids and links are absolute, as Atom asks, on the site's configured address
    // (never on a Host header a client chose).
    let base = state.app.config.public_url.trim_end_matches('/').to_owned();
    let mut entries = Vec::with_capacity(decisions.items.len());
    for d in &decisions.items {
        let url = format!("{base}/applications/{}/decision", d.application_id);
        let title = format!(
            "{} · {} · {}",
            d.case_number,
            page_ctx.tp("outcome-", d.outcome.as_str()),
            d.title
        );
        let summary = format!("{} ({}). {}", d.lead.name, d.scheme_title, d.reasons);
        entries.push(
            EntryBuilder::default()
                .id(url.clone())
                .title(Text::plain(title))
                .updated(feed_time(d.decided_at)?)
                .published(Some(feed_time(d.decided_at)?))
                .summary(Some(Text::plain(summary)))
                .link(
                    LinkBuilder::default()
                        .rel("alternate")
                        .href(url)
                        .mime_type(Some("text/html".to_owned()))
                        .build(),
                )
                .build(),
        );
    }
    let updated = match decisions.items.first() {
        Some(d) => feed_time(d.decided_at)?,
        None => feed_time(time::OffsetDateTime::UNIX_EPOCH)?,
    };
    let feed = FeedBuilder::default()
        .id(format!("{base}/decisions.atom"))
        .title(Text::plain(page_ctx.t("decisions-feed-title")))
        .updated(updated)
        .lang(Some(page_ctx.lang.tag().to_owned()))
        .link(
            LinkBuilder::default()
                .rel("self")
                .href(format!("{base}/decisions.atom"))
                .mime_type(Some("application/atom+xml".to_owned()))
                .build(),
        )
        .link(
            LinkBuilder::default()
                .rel("alternate")
                .href(format!("{base}/decisions"))
                .mime_type(Some("text/html".to_owned()))
                .build(),
        )
        .entries(entries)
        .build();
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        feed.to_string(),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "decisions/trial.html")]
struct TrialPage {
    ctx: PageContext,
    trial: frirum_domain::decision::Trial,
    grants: Vec<GrantView>,
}

/// A trial record: what was approved, frozen.
pub async fn trial(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (trial, provisions) = decisions::trial_record(&state, &ctx, id).await?;
    let grants = grant_views(&trial.exemptions, &provisions);
    let page = TrialPage {
        ctx: page_context(&state, &ctx),
        grants,
        trial,
    };
    Ok(page.render_html()?.into_response())
}
