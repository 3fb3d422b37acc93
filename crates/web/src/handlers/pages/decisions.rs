//! Decision pages: the secretariat's decision form with what the decision rests on and the
//! summary to confirm before it is recorded, a scheme's decision settings, the decision as
//! everybody reads it, the decision letter in the scheme's language (printable), the public
//! list of decisions with its filters and Atom feed. The trial that approval creates has
//! its own pages (`trials`).

use askama::Template;
use frirum_app::Error;
use std::collections::HashMap;

use axum::Form;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use frirum_domain::authz::Action;
use frirum_domain::decision::{
    DecisionDraft, DecisionFilter, DecisionSettings, GrantChoice, GrantedExemption, NarrowingScope,
    Outcome, RegulationKind,
};
use frirum_domain::screening::{Finding, ScreeningEntry};
use frirum_domain::text::{FieldError, Problem};
use frirum_domain::{Country, Page, PageRequest};
use frirum_store::law::StoredProvision;
use serde::Deserialize;
use time::Date;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, Pager, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;
use crate::letter_pdf::{self, Block};
use frirum_app::applications::Case;
use frirum_app::decisions::{
    self, AssessorProgress, Decided, DecisionForm, DecisionLetter, DecisionPreview,
    PublishedDecision,
};

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
    pub signatory_title: String,
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
                "signatory_title" => input.signatory_title = value.clone(),
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
                        // Ticked provisions.
                        "narrow" => grant.1.extend(
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
        // An untouched form chose no outcome: nothing is decided by default.
        if self.outcome.is_empty() {
            return Err(AppError::App(Error::Field(FieldError::new(
                "outcome",
                Problem::Required,
            ))));
        }
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
            signatory_title: self.signatory_title.clone(),
            // The form asks for confirmation on a page of its own (see `submit`).
            confirmed: false,
        })
    }

    /// The form's first look: no outcome, no grant and no regulation chosen, so that nothing
    /// can be decided by accident; the applicant's period as a starting point.
    fn proposed(case: &Case) -> Self {
        let content = &case.application.content;
        let format = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        DecideInput {
            period_start: format(content.period_start),
            period_end: format(content.period_end),
            ..DecideInput::default()
        }
    }
}

/// The fields of a posted decision form that its confirmation page carries on unchanged.
fn carried(raw: &[(String, String)]) -> Vec<(String, String)> {
    raw.iter()
        .filter(|(k, _)| !matches!(k.as_str(), "csrf_token" | "confirmed" | "edit"))
        .cloned()
        .collect()
}

/// A provision as a decision names it, with a link to the catalogue.
pub(crate) struct ProvisionLink {
    pub(crate) id: i64,
    pub(crate) label: String,
    pub(crate) heading: String,
}

/// One requested exemption on the decision form.
struct DecideGrantRow {
    index: usize,
    exemption: frirum_domain::application::RequestedExemption,
    granted: bool,
    /// The exemption names an act: its provisions can be ticked to narrow the grant.
    narrowable: bool,
    /// The exemption names a policy area: its provisions are linked in a clarification
    /// (with the rule finder) before a grant can be narrowed to them.
    open: bool,
    choices: Vec<(ProvisionLink, bool)>,
    any_ticked: bool,
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
    /// The required fields left empty in a refused form, each shown beside its field at
    /// once (the message above names the first refusal only).
    missing: Vec<&'static str>,
    basis: BasisView,
    /// The language of the scheme's own texts (its checklist), which the page may not speak.
    content_lang: frirum_domain::Language,
    /// The scheme wants a second secretariat member to approve each decision.
    four_eyes: bool,
    /// The decision proposed and waiting for approval, if any.
    pending: Option<PendingView>,
    /// A proposal was just recorded.
    proposed: bool,
}

impl DecidePage {
    /// Whether the refused form left this required field empty.
    fn is_missing(&self, field: &str) -> bool {
        self.missing.contains(&field)
    }
}

/// The required fields a refused form left empty: an outcome and reasons always, the local
/// regulation for an approval.
fn missing_fields(input: &DecideInput) -> Vec<&'static str> {
    let mut missing = Vec::new();
    if input.outcome.trim().is_empty() {
        missing.push("outcome");
    }
    if input.reasons.trim().is_empty() {
        missing.push("reasons");
    }
    if input.outcome == "approved" && input.regulation_kind.trim().is_empty() {
        missing.push("regulation_kind");
    }
    missing
}

/// A decision waiting for a second member, as the decision form shows it.
struct PendingView {
    outcome: Outcome,
    reasons: String,
    by: String,
    at: time::OffsetDateTime,
    /// The visitor is not the one who proposed it, so they may approve it.
    may_approve: bool,
}

/// What the decision rests on, as the decision form shows it.
struct BasisView {
    /// The safeguards forbid deciding yet: the round is open. The page says so up front
    /// with the deadline and offers no form that would be refused.
    waiting: bool,
    /// The round's deadline, in the scheme's zone.
    deadline: String,
    safeguards: bool,
    screening_complete: bool,
    /// Every checklist item with its current judgement, if any.
    judgements: Vec<(String, Option<ScreeningEntry>)>,
    possible_conflicts: Vec<Finding>,
    assessors: Vec<AssessorProgress>,
    /// No assessor without a conflict has submitted an assessment.
    none_submitted: bool,
    consensus: Vec<(String, i64)>,
    total: Option<f64>,
    complete: bool,
    rank: Option<u32>,
    target_trials: u32,
    within_target: bool,
}

fn render_form(
    state: &AppState,
    ctx: &RequestContext,
    form: DecisionForm,
    input: DecideInput,
    message: Option<String>,
) -> Result<Response, AppError> {
    render_form_with(state, ctx, form, input, message, false)
}

fn render_form_with(
    state: &AppState,
    ctx: &RequestContext,
    form: DecisionForm,
    input: DecideInput,
    message: Option<String>,
    proposed: bool,
) -> Result<Response, AppError> {
    let DecisionForm {
        basis,
        evidence,
        choices,
    } = form;
    let me = ctx.user_for(Action::DecideApplications).ok().map(|u| u.id);
    let pending = basis.pending.as_ref().map(|p| PendingView {
        outcome: p.draft.outcome,
        reasons: p.draft.reasons.clone(),
        by: p.proposed_by_name.clone().unwrap_or_default(),
        at: p.proposed_at,
        may_approve: me.is_some_and(|id| id != p.proposed_by),
    });
    let four_eyes = basis.settings.four_eyes;
    let page_ctx = page_context(state, ctx).in_country(basis.case.scheme.country);
    let waiting = basis.settings.safeguards && !basis.deadline_passed;
    // The notice says why a decision waits, with the date: the refusal is not repeated.
    let message = if waiting { None } else { message };
    let basis_view = BasisView {
        waiting,
        deadline: page_ctx.local(&basis.case.round.deadline),
        safeguards: basis.settings.safeguards,
        screening_complete: basis.screening.summary.complete,
        judgements: decisions::judgements(&basis.screening),
        possible_conflicts: basis.screening.summary.doubtful.clone(),
        total: evidence.assessment.as_ref().and_then(|a| a.total),
        complete: evidence.assessment.as_ref().is_some_and(|a| a.complete),
        none_submitted: !evidence
            .assessors
            .iter()
            .any(|a| a.submitted && !a.conflicted),
        assessors: evidence.assessors,
        consensus: evidence.consensus,
        rank: evidence.rank,
        target_trials: evidence.target_trials,
        within_target: evidence.within_target,
    };
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
            note,
        });
    }
    let page = DecidePage {
        ctx: page_ctx,
        max_months: basis.rules.max_trial_months,
        regulation_kinds: regulation_kinds(basis.case.scheme.country).to_vec(),
        conflicts: basis.conflicts,
        application: basis.case.application,
        rows,
        missing: if message.is_some() {
            missing_fields(&input)
        } else {
            Vec::new()
        },
        input,
        message,
        basis: basis_view,
        content_lang: basis.case.scheme.language,
        four_eyes,
        pending,
        proposed,
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

#[derive(Deserialize)]
pub struct FormQuery {
    #[serde(default)]
    pub proposed: Option<String>,
}

/// The decision form, for the secretariat; a decided application shows its decision.
pub async fn form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<FormQuery>,
) -> Result<Response, AppError> {
    let form = decisions::form(&state, &ctx, id).await?;
    if form.basis.decision.is_some() {
        return Ok(see_other(&format!("/applications/{id}/decision")));
    }
    let input = DecideInput::proposed(&form.basis.case);
    render_form_with(&state, &ctx, form, input, None, query.proposed.is_some())
}

/// Approves the decision waiting for a second member (four eyes), which publishes it.
pub async fn approve(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    match decisions::approve(&state, &ctx, id).await {
        Ok(_) => Ok(see_other(&format!("/applications/{id}/decision"))),
        Err(Error::AlreadyDecided) => {
            Ok(see_other(&format!("/applications/{id}/decision?already=1")))
        }
        Err(
            e @ (Error::Decision(_)
            | Error::RoundStillOpen { .. }
            | Error::Field(_)
            | Error::InvalidField { .. }),
        ) => {
            let e = AppError::from(e);
            let message = Some(page_context(&state, &ctx).error_message(&e));
            let form = decisions::form(&state, &ctx, id).await?;
            let input = DecideInput::proposed(&form.basis.case);
            let mut response = render_form(&state, &ctx, form, input, message)?;
            *response.status_mut() = e.status();
            Ok(response)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "decisions/confirm.html")]
struct ConfirmPage {
    ctx: PageContext,
    application: frirum_domain::application::Application,
    decision: frirum_domain::decision::NewDecision,
    grants: Vec<GrantView>,
    /// The form's fields, carried to the final step unchanged.
    hidden: Vec<(String, String)>,
}

/// The decision form posted: a sound draft is first shown as the summary of what will be
/// published ("confirm"); the summary's confirmation records it; "edit" goes back to the
/// form as it was filled in. A refusal shows the form again with the reason.
pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(raw): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    ctx.authorize(Action::DecideApplications)?;
    let input = DecideInput::read(&raw);
    let flag = |name: &str| raw.iter().any(|(k, v)| k == name && !v.is_empty());
    if flag("edit") {
        let form = decisions::form(&state, &ctx, id).await?;
        return render_form(&state, &ctx, form, input, None);
    }
    let confirmed = flag("confirmed");
    let expected_version = raw
        .iter()
        .find(|(k, _)| k == "version")
        .and_then(|(_, v)| v.parse::<i64>().ok());
    let attempt = match input.draft() {
        Ok(draft) if confirmed => decisions::decide(
            &state,
            &ctx,
            id,
            DecisionDraft {
                confirmed: true,
                ..draft
            },
            expected_version,
        )
        .await
        .map(Err)
        .map_err(AppError::from),
        Ok(draft) => decisions::preview(&state, &ctx, id, draft, expected_version)
            .await
            .map(Ok)
            .map_err(AppError::from),
        Err(e) => Err(e),
    };
    match attempt {
        Ok(Err(Decided::AwaitingApproval(_))) => {
            Ok(see_other(&format!("/applications/{id}/decide?proposed=1")))
        }
        Ok(Err(Decided::Published(_))) => Ok(see_other(&format!("/applications/{id}/decision"))),
        Ok(Ok(preview)) => {
            let DecisionPreview {
                basis,
                decision,
                provisions,
                ..
            } = preview;
            let page = ConfirmPage {
                ctx: page_context(&state, &ctx),
                grants: grant_views(&decision.granted, &provisions),
                application: basis.case.application,
                decision,
                hidden: carried(&raw),
            };
            Ok(page.render_html()?.into_response())
        }
        Err(AppError::App(Error::AlreadyDecided)) => {
            Ok(see_other(&format!("/applications/{id}/decision?already=1")))
        }
        Err(
            e @ AppError::App(
                Error::Decision(_)
                | Error::RoundStillOpen { .. }
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

#[derive(Template)]
#[template(path = "decisions/settings.html")]
struct SettingsPage {
    ctx: PageContext,
    scheme: frirum_domain::scheme::Scheme,
    settings: DecisionSettings,
    saved: bool,
    message: Option<String>,
}

#[derive(Deserialize)]
pub struct SettingsQuery {
    #[serde(default)]
    pub saved: Option<String>,
}

/// A scheme's decision settings, for the secretariat.
pub async fn settings_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<SettingsQuery>,
) -> Result<Response, AppError> {
    let (scheme, settings) = decisions::settings(&state, &ctx, id).await?;
    let page = SettingsPage {
        ctx: page_context(&state, &ctx),
        scheme,
        settings,
        saved: query.saved.is_some(),
        message: None,
    };
    Ok(page.render_html()?.into_response())
}

#[derive(Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    pub safeguards: Option<String>,
    #[serde(default)]
    pub four_eyes: Option<String>,
    #[serde(default)]
    pub issuing_authority: String,
    #[serde(default)]
    pub legal_basis: String,
    #[serde(default)]
    pub appeal_guidance: String,
}

/// Saves a scheme's decision settings; a refusal shows the form again as filled in.
pub async fn settings_submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<SettingsForm>,
) -> Result<Response, AppError> {
    let settings = DecisionSettings {
        safeguards: form.safeguards.is_some_and(|v| !v.is_empty()),
        four_eyes: form.four_eyes.is_some_and(|v| !v.is_empty()),
        issuing_authority: form.issuing_authority,
        legal_basis: form.legal_basis,
        appeal_guidance: form.appeal_guidance,
    };
    match decisions::update_settings(&state, &ctx, id, settings.clone()).await {
        Ok(_) => Ok(see_other(&format!(
            "/schemes/{id}/decision-settings?saved=1"
        ))),
        Err(e @ (Error::Field(_) | Error::InvalidField { .. })) => {
            let e = AppError::from(e);
            let page_ctx = page_context(&state, &ctx);
            let message = Some(page_ctx.error_message(&e));
            let (scheme, _) = decisions::settings(&state, &ctx, id).await?;
            let page = SettingsPage {
                ctx: page_ctx,
                scheme,
                settings,
                saved: false,
                message,
            };
            let mut response = page.render_html()?.into_response();
            *response.status_mut() = e.status();
            Ok(response)
        }
        Err(e) => Err(e.into()),
    }
}

/// A granted exemption with the provisions it is narrowed to.
pub(crate) struct GrantView {
    pub(crate) grant: frirum_domain::decision::GrantedExemption,
    pub(crate) provisions: Vec<ProvisionLink>,
}

/// The grants with the catalogue's provisions they are narrowed to.
pub(crate) fn grant_views(
    granted: &[GrantedExemption],
    provisions: &[StoredProvision],
) -> Vec<GrantView> {
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
        ctx: page_context(&state, &ctx).in_country(case.scheme.country),
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
    settings: DecisionSettings,
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
        settings,
    } = decisions::letter(&state, &ctx, id).await?;
    let grants = grant_views(&decision.granted, &provisions);
    let mut page_ctx = page_context(&state, &ctx).in_country(case.scheme.country);
    page_ctx.lang = case.scheme.language;
    let page = LetterPage {
        ctx: page_ctx,
        grants,
        trial,
        decision,
        application: case.application,
        scheme: case.scheme,
        settings,
    };
    Ok(page.render_html()?.into_response())
}

/// The list's and the feed's filters as the address carries them; empty means any.
#[derive(Deserialize, Default)]
pub struct ListQuery {
    pub page: Option<u32>,
    #[serde(default)]
    pub scheme: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub year: String,
}

impl ListQuery {
    /// The filter the query asks for; a value that names nothing is refused with its field.
    fn filter(&self) -> Result<DecisionFilter, AppError> {
        fn part<T: std::str::FromStr>(field: &str, text: &str) -> Result<Option<T>, AppError> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            text.parse::<T>().map(Some).map_err(|_| {
                AppError::App(Error::Field(FieldError::new(
                    field,
                    Problem::Format {
                        expected: field.into(),
                    },
                )))
            })
        }
        Ok(DecisionFilter {
            scheme_id: part("scheme", &self.scheme)?,
            country: part("country", &self.country)?,
            outcome: part("outcome", &self.outcome)?,
            year: part("year", &self.year)?,
        })
    }

    /// The filters as query pairs, for the pager, the feed's address and the form.
    fn pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("scheme", self.scheme.trim().to_owned()),
            ("country", self.country.trim().to_owned()),
            ("outcome", self.outcome.trim().to_owned()),
            ("year", self.year.trim().to_owned()),
        ]
    }

    /// The filters as a query string (with its `?`), or nothing when none is set.
    fn query_string(&self) -> String {
        let mut params = form_urlencoded::Serializer::new(String::new());
        for (k, v) in self.pairs().iter().filter(|(_, v)| !v.is_empty()) {
            params.append_pair(k, v);
        }
        let query = params.finish();
        if query.is_empty() {
            query
        } else {
            format!("?{query}")
        }
    }
}

#[derive(Template)]
#[template(path = "decisions/decisions.html")]
struct DecisionListPage {
    ctx: PageContext,
    decisions: Page<frirum_domain::decision::DecisionSummary>,
    pager: Pager,
    schemes: Vec<frirum_domain::scheme::Scheme>,
    years: Vec<i32>,
    countries: [Country; 3],
    outcomes: [Outcome; 2],
    query: ListQuery,
    feed_url: String,
}

/// The published decisions, newest first, filtered by scheme, country, outcome and year.
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let page =
        PageRequest::new(query.page, None).map_err(|_| AppError::field("page", "invalid"))?;
    let filter = query.filter()?;
    let decisions = decisions::published(&state, &ctx, &filter, page).await?;
    let choices = decisions::filters(&state, &ctx).await?;
    let page_ctx = page_context(&state, &ctx);
    let pager = Pager::new(&page_ctx, &decisions, "/decisions", &query.pairs());
    let page = DecisionListPage {
        pager,
        ctx: page_ctx,
        decisions,
        schemes: choices.schemes,
        years: choices.years,
        countries: [Country::Dk, Country::No, Country::Se],
        outcomes: Outcome::ALL,
        feed_url: format!("/decisions.atom{}", query.query_string()),
        query,
    };
    Ok(page.render_html()?.into_response())
}

/// The decisions as an Atom feed, newest first, in the visitor's language, with the list's
/// filters; each entry's author is who decided, or the scheme when the decision names
/// nobody.
pub async fn feed(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let filter = query.filter()?;
    // The feed carries the newest fifty decisions.
    let page = PageRequest::new(None, Some(50)).map_err(|_| AppError::field("page", "invalid"))?;
    let decisions = decisions::published(&state, &ctx, &filter, page).await?;
    let page_ctx = page_context(&state, &ctx);
    let base = state.app.config.public_url.trim_end_matches('/').to_owned();
    let filters = query.query_string();
    let entries = decisions
        .items
        .iter()
        .map(|d| decision_entry(&page_ctx, &base, d))
        .collect();
    crate::feeds::Feed {
        self_url: format!("{base}/decisions.atom{filters}"),
        html_url: format!("{base}/decisions{filters}"),
        title: page_ctx.t("decisions-feed-title"),
        lang: page_ctx.lang.tag().to_owned(),
        entries,
    }
    .response()
}

/// A decision as a feed entry, linking to its public page, its outcome as category.
pub fn decision_entry(
    ctx: &PageContext,
    base: &str,
    d: &frirum_domain::decision::DecisionSummary,
) -> crate::feeds::Entry {
    let outcome = ctx.tp("outcome-", d.outcome.as_str());
    crate::feeds::Entry {
        url: format!("{base}/applications/{}/decision", d.application_id),
        title: format!("{} · {} · {}", d.case_number, outcome, d.title),
        at: d.decided_at,
        summary: format!("{} ({}). {}", d.lead.name, d.scheme_title, d.reasons),
        author: d
            .decided_by_name
            .clone()
            .unwrap_or_else(|| d.scheme_title.clone()),
        category: Some((d.outcome.as_str().to_owned(), outcome)),
    }
}

/// The decision letter as a PDF, in the scheme's language: what the printable letter says,
/// laid out on A4.
pub async fn letter_pdf(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let DecisionLetter {
        decision,
        case,
        provisions,
        trial,
        settings,
    } = decisions::letter(&state, &ctx, id).await?;
    let grants = grant_views(&decision.granted, &provisions);
    let mut page_ctx = page_context(&state, &ctx).in_country(case.scheme.country);
    page_ctx.lang = case.scheme.language;
    let blocks = letter_blocks(
        &page_ctx,
        &decision,
        &grants,
        trial.as_ref(),
        &case.application,
        &case.scheme,
        &settings,
    );
    let title = format!(
        "{} {}",
        page_ctx.t("letter-title"),
        case.application.case_number.as_deref().unwrap_or_default()
    );
    let bytes = letter_pdf::render(&title, &blocks).map_err(|e| Error::Internal(e.to_string()))?;
    let file = case
        .application
        .case_number
        .as_deref()
        .unwrap_or("decision")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect::<String>();
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{file}.pdf\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// The letter's paragraphs in order, as the HTML letter has them.
fn letter_blocks(
    ctx: &PageContext,
    decision: &frirum_domain::decision::Decision,
    grants: &[GrantView],
    trial: Option<&frirum_domain::decision::Trial>,
    application: &frirum_domain::application::Application,
    scheme: &frirum_domain::scheme::Scheme,
    settings: &DecisionSettings,
) -> Vec<Block> {
    let authority = if settings.issuing_authority.is_empty() {
        scheme.title.clone()
    } else {
        settings.issuing_authority.clone()
    };
    let case_number = application.case_number.clone().unwrap_or_default();
    let mut blocks = vec![Block::Strong(authority.clone())];
    if !settings.issuing_authority.is_empty() {
        blocks.push(Block::Line(scheme.title.clone()));
    }
    blocks.push(Block::Line(ctx.day(&decision.decided_at)));
    blocks.push(Block::Line(format!(
        "{}: {case_number}",
        ctx.t("letter-our-reference")
    )));
    blocks.push(Block::Space);
    blocks.push(Block::Line(application.lead.name.clone()));
    for m in &application.members {
        blocks.push(Block::Line(m.name.clone()));
    }
    blocks.push(Block::Space);
    blocks.push(Block::Title(format!(
        "{}: {}",
        ctx.t("letter-title"),
        application.content.title
    )));
    let approved = decision.outcome == Outcome::Approved;
    blocks.push(Block::Text(ctx.t(if approved {
        "letter-approved-intro"
    } else {
        "letter-rejected-intro"
    })));
    if !settings.legal_basis.is_empty() {
        blocks.push(Block::Heading(ctx.t("letter-legal-basis")));
        blocks.push(Block::Text(format!(
            "{} {}.",
            ctx.t("letter-legal-basis-intro"),
            settings.legal_basis
        )));
    }
    blocks.push(Block::Heading(ctx.t("decision-reasons")));
    blocks.push(Block::Text(decision.reasons.clone()));
    if approved {
        blocks.push(Block::Heading(ctx.t("decision-granted")));
        for (i, g) in grants.iter().enumerate() {
            let scope = ctx.tp("scope-", g.grant.scope.as_str());
            // A narrowed grant names what is granted first, the request only as its frame.
            if g.grant.is_narrowed() {
                let labels: Vec<&str> = g.provisions.iter().map(|p| p.label.as_str()).collect();
                blocks.push(Block::Text(format!(
                    "{}. {}: {}",
                    i + 1,
                    ctx.t("decision-granted-for"),
                    labels.join(", ")
                )));
                blocks.push(Block::Text(format!(
                    "{}: {scope} {}",
                    ctx.t("decision-within-request"),
                    g.grant.reference
                )));
            } else {
                let change = if g.grant.desired_change.is_empty() {
                    String::new()
                } else {
                    format!(" — {}", g.grant.desired_change)
                };
                blocks.push(Block::Text(format!(
                    "{}. {scope}: {}{change}",
                    i + 1,
                    g.grant.reference
                )));
            }
            if !g.grant.note.is_empty() {
                blocks.push(Block::Text(g.grant.note.clone()));
            }
        }
        if !decision.conditions.is_empty() {
            blocks.push(Block::Heading(ctx.t("decision-conditions")));
            blocks.push(Block::Text(decision.conditions.clone()));
        }
        blocks.push(Block::Heading(ctx.t("decision-period")));
        let date = |d: Option<Date>| d.map(|d| ctx.date(&d)).unwrap_or_default();
        blocks.push(Block::Text(format!(
            "{} – {}",
            date(decision.period_start),
            date(decision.period_end)
        )));
        blocks.push(Block::Heading(ctx.t("decision-regulation")));
        if let Some(k) = decision.regulation_kind {
            blocks.push(Block::Text(ctx.tp("regulation-", k.as_str())));
        }
        if !decision.regulation_text.is_empty() {
            blocks.push(Block::Text(decision.regulation_text.clone()));
        }
    }
    if let Some(t) = trial {
        blocks.push(Block::Text(format!(
            "{} {}.",
            ctx.t("letter-trial-record"),
            t.case_number
        )));
    }
    blocks.push(Block::Heading(ctx.t("letter-appeal")));
    blocks.push(Block::Text(if settings.appeal_guidance.is_empty() {
        ctx.t("letter-no-appeal")
    } else {
        settings.appeal_guidance.clone()
    }));
    blocks.push(Block::Space);
    blocks.push(Block::Line(ctx.t("letter-regards")));
    if let Some(name) = &decision.decided_by_name {
        blocks.push(Block::Line(name.clone()));
    }
    if !decision.signatory_title.is_empty() {
        blocks.push(Block::Line(decision.signatory_title.clone()));
    }
    blocks.push(Block::Line(authority));
    blocks
}
