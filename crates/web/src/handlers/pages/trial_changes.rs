//! Change requests as pages: the form for a new request (`/trials/{id}/changes/new`: first
//! the kind of change, then its fields with the trial's current values beside them), the
//! request itself (`/trials/{id}/changes/{change_id}`: what it asks, the values before and
//! after, where it stands) with the secretariat's decision and the applicant's withdrawal.
//! A refused form comes back with the reason beside its field and what was typed.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::changes::{self, ChangeForm, ChangeInput, ChangeView, ProposalInput};
use frirum_domain::application::Objective;
use frirum_domain::change::{ChangeDecision, ClockWarning, ExtensionLimit, Proposal, RequestKind};
use frirum_domain::trial::FieldChange;
use serde::Deserialize;
use time::Date;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

/// A refused form: the field at fault (if one) and what to do, in the visitor's words.
#[derive(Debug, Clone, Default)]
pub struct FormError {
    pub field: String,
    pub message: String,
}

impl FormError {
    /// The refusal as the form shows it, or `None` when it is not the form's to show
    /// (not found, forbidden: the error page says those).
    fn of(ctx: &PageContext, err: &Error) -> Option<Self> {
        let field = match err {
            Error::Rule(rule) => rule.details["field"].as_str().unwrap_or("").to_owned(),
            Error::InvalidField { field, .. } => field.clone(),
            Error::Field(e) => e.field.to_string(),
            Error::EditConflict { .. } => String::new(),
            _ => return None,
        };
        let message = match err {
            Error::Rule(rule) if rule.code == "extension_beyond_limit" => {
                let limit = rule.details["limit"]
                    .as_str()
                    .and_then(|s| Date::parse(s, DATE).ok());
                match limit {
                    Some(limit) => ctx.t1("change-error-beyond-limit", "limit", ctx.date(&limit)),
                    None => ctx.error_message(err),
                }
            }
            _ => ctx.error_message(err),
        };
        Some(FormError { field, message })
    }
}

const DATE: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

fn date(field: &str, text: &str) -> Result<Date, Error> {
    Date::parse(text.trim(), DATE).map_err(|_| Error::field(field, "a date such as 2026-05-31"))
}

fn number(field: String, text: &str) -> Result<Option<f64>, Error> {
    let text = text.trim().replace(',', ".");
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<f64>()
        .map(Some)
        .map_err(|_| Error::field(field, "a number"))
}

/// What was typed, by field name.
#[derive(Debug, Clone, Default)]
pub struct Typed(HashMap<String, String>);

impl Typed {
    fn get(&self, name: &str) -> &str {
        self.0.get(name).map_or("", String::as_str)
    }

    fn checked(&self, name: &str) -> bool {
        !self.get(name).is_empty()
    }

    /// The proposal the typed fields make for this kind of change, on the trial as it is.
    fn proposal(&self, kind: RequestKind, form: &ChangeForm) -> Result<ProposalInput, Error> {
        let state = &form.access.state;
        Ok(match kind {
            RequestKind::ExtendPeriod => ProposalInput::ExtendPeriod {
                planned_end: date("planned_end", self.get("planned_end"))?,
            },
            RequestKind::ShortenPeriod => ProposalInput::ShortenPeriod {
                planned_end: date("planned_end", self.get("planned_end"))?,
            },
            RequestKind::AddParticipant => ProposalInput::AddParticipant {
                organisation_code: self.get("organisation_code").trim().to_owned(),
            },
            RequestKind::RemoveParticipant => ProposalInput::RemoveParticipant {
                organisation_id: self
                    .get("organisation_id")
                    .parse()
                    .map_err(|_| Error::field("organisation", "choose a participant"))?,
            },
            RequestKind::ChangeObjectives => {
                let mut objectives = Vec::new();
                for i in 0..=state.objectives.len() {
                    let indicator = self.get(&format!("indicator_{i}")).trim().to_owned();
                    if indicator.is_empty() {
                        continue;
                    }
                    let old = state.objectives.get(i);
                    objectives.push(Objective {
                        indicator,
                        unit: self.get(&format!("unit_{i}")).trim().to_owned(),
                        baseline: number(
                            format!("objectives[{i}].baseline"),
                            self.get(&format!("baseline_{i}")),
                        )?,
                        target: number(
                            format!("objectives[{i}].target"),
                            self.get(&format!("target_{i}")),
                        )?,
                        target_date: old.and_then(|o| o.target_date),
                    });
                }
                ProposalInput::ChangeObjectives { objectives }
            }
            RequestKind::ChangeExemptions => {
                let mut exemptions = Vec::new();
                for (i, e) in state.exemptions.iter().enumerate() {
                    if !self.checked(&format!("keep_{i}")) {
                        continue;
                    }
                    let mut e = e.clone();
                    e.grant.desired_change = self.get(&format!("desired_change_{i}")).trim().into();
                    let end = self.get(&format!("legal_basis_end_{i}"));
                    e.legal_basis_end = if end.trim().is_empty() {
                        None
                    } else {
                        Some(date(&format!("legal_basis_end_{i}"), end)?)
                    };
                    exemptions.push(e);
                }
                ProposalInput::ChangeExemptions { exemptions }
            }
            RequestKind::PutOnHold => ProposalInput::PutOnHold,
            RequestKind::EndEarly => ProposalInput::EndEarly {
                on: date("on", self.get("on"))?,
            },
        })
    }
}

/// The new change request page.
#[derive(Template)]
#[template(path = "trials/changes_new.html")]
struct NewChangePage {
    ctx: PageContext,
    form: ChangeForm,
    kinds: &'static [RequestKind],
    /// The kind chosen, whose fields the form shows.
    kind: Option<RequestKind>,
    typed: Typed,
    error: Option<FormError>,
}

impl NewChangePage {
    /// What was typed in a field, else the trial's current value.
    fn value(&self, name: &str) -> String {
        if let Some(v) = self.typed.0.get(name) {
            return v.clone();
        }
        let state = &self.form.access.state;
        let objective = |i: usize| state.objectives.get(i);
        let exemption = |i: usize| state.exemptions.get(i);
        let index = |prefix: &str| name.strip_prefix(prefix).and_then(|i| i.parse().ok());
        let decimal = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
        if let Some(i) = index("indicator_") {
            return objective(i)
                .map(|o| o.indicator.clone())
                .unwrap_or_default();
        }
        if let Some(i) = index("unit_") {
            return objective(i).map(|o| o.unit.clone()).unwrap_or_default();
        }
        if let Some(i) = index("baseline_") {
            return decimal(objective(i).and_then(|o| o.baseline));
        }
        if let Some(i) = index("target_") {
            return decimal(objective(i).and_then(|o| o.target));
        }
        if let Some(i) = index("desired_change_") {
            return exemption(i)
                .map(|e| e.grant.desired_change.clone())
                .unwrap_or_default();
        }
        if let Some(i) = index("legal_basis_end_") {
            return exemption(i)
                .and_then(|e| e.legal_basis_end)
                .map(|d| d.to_string())
                .unwrap_or_default();
        }
        String::new()
    }

    /// Whether a box is ticked: as typed after a refusal, else the default (exemptions kept).
    fn ticked(&self, name: &str) -> bool {
        if self.error.is_some() {
            return self.typed.checked(name);
        }
        name.starts_with("keep_")
    }

    fn error_for(&self, field: &str) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|e| e.field == field || e.field.starts_with(&format!("{field}[")))
            .map(|e| e.message.as_str())
    }

    /// The refusal when it names no field of the form.
    fn general_error(&self) -> Option<&str> {
        const FIELDS: [&str; 6] = [
            "planned_end",
            "organisation_code",
            "organisation",
            "on",
            "reason",
            "screened_no_conflict",
        ];
        self.error
            .as_ref()
            .filter(|e| !FIELDS.contains(&e.field.as_str()))
            .map(|e| e.message.as_str())
    }

    fn objective_rows(&self) -> std::ops::RangeInclusive<usize> {
        0..=self.form.access.state.objectives.len()
    }

    fn is_kind(&self, kind: &str) -> bool {
        self.kind.is_some_and(|k| k.as_str() == kind)
    }

    /// A row's field name, such as `indicator_2`.
    fn name(&self, prefix: &str, i: impl std::fmt::Display) -> String {
        format!("{prefix}{i}")
    }

    fn at(&self, prefix: &str, i: impl std::fmt::Display) -> String {
        self.value(&self.name(prefix, i))
    }

    fn ticked_at(&self, prefix: &str, i: impl std::fmt::Display) -> bool {
        self.ticked(&self.name(prefix, i))
    }

    fn typed_checked(&self, name: &str) -> bool {
        self.typed.checked(name)
    }
}

/// The kind of change chosen in the first step.
#[derive(Deserialize, Default, Debug)]
pub struct KindQuery {
    #[serde(default)]
    pub kind: String,
}

fn kind_of(text: &str) -> Option<RequestKind> {
    text.parse().ok()
}

fn new_page(
    state: &AppState,
    ctx: &RequestContext,
    form: ChangeForm,
    kind: Option<RequestKind>,
    typed: Typed,
    error: Option<FormError>,
) -> NewChangePage {
    NewChangePage {
        ctx: page_context(state, ctx).in_country(form.facts.scheme.country),
        form,
        kinds: &RequestKind::ALL,
        kind,
        typed,
        error,
    }
}

/// The form for a new change request: the kinds first, then the chosen kind's fields.
pub async fn new_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<KindQuery>,
) -> Result<Response, AppError> {
    let form = changes::form(&state, &ctx, id).await?;
    let page = new_page(
        &state,
        &ctx,
        form,
        kind_of(&query.kind),
        Typed::default(),
        None,
    );
    Ok(page.render_html()?.into_response())
}

/// Submits a change request; refused, the form comes back with the reason beside its field.
pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(raw): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let typed = Typed(raw.into_iter().collect());
    let form = changes::form(&state, &ctx, id).await?;
    let Some(kind) = kind_of(typed.get("kind")) else {
        return Ok(see_other(&format!("/trials/{id}/changes/new")));
    };
    let result = match typed.proposal(kind, &form) {
        Ok(proposal) => {
            let input = ChangeInput {
                proposal,
                reason: typed.get("reason").to_owned(),
                seen_version: typed.get("version").parse().ok(),
                record_now: typed.checked("record_now"),
                screened_no_conflict: typed.checked("screened_no_conflict"),
                screening_note: typed.get("screening_note").to_owned(),
            };
            changes::submit(&state, &ctx, id, input).await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(request) => Ok(see_other(&format!("/trials/{id}/changes/{}", request.id))),
        Err(err) => {
            let page_ctx = page_context(&state, &ctx).in_country(form.facts.scheme.country);
            let Some(error) = FormError::of(&page_ctx, &err) else {
                return Err(err.into());
            };
            let page = new_page(&state, &ctx, form, Some(kind), typed, Some(error));
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                page.render_html()?.into_response(),
            )
                .into_response())
        }
    }
}

/// A change request's page.
#[derive(Template)]
#[template(path = "trials/changes_request.html")]
struct ChangePage {
    ctx: PageContext,
    view: ChangeView,
    error: Option<FormError>,
    decision: DecisionForm,
}

impl ChangePage {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    fn general_error(&self) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|e| !["reason", "screened_no_conflict"].contains(&e.field.as_str()))
            .map(|e| e.message.as_str())
    }

    /// The new end an extension or shortening asks for.
    fn asked_end(&self) -> Option<Date> {
        self.view.request.proposal.planned_end()
    }

    fn needs_screening(&self) -> bool {
        matches!(
            self.view.request.proposal,
            Proposal::ChangeExemptions { .. }
        )
    }

    fn limit(&self) -> Option<ExtensionLimit> {
        self.view.facts.limit
    }

    fn typed_checked(&self, name: &str) -> bool {
        name == "screened_no_conflict" && self.decision.screened_no_conflict.is_some()
    }

    fn value(&self, name: &str) -> String {
        match name {
            "screening_note" => self.decision.screening_note.clone(),
            _ => String::new(),
        }
    }
}

fn change_page(
    state: &AppState,
    ctx: &RequestContext,
    view: ChangeView,
    error: Option<FormError>,
    decision: DecisionForm,
) -> ChangePage {
    ChangePage {
        ctx: page_context(state, ctx).in_country(view.facts.scheme.country),
        view,
        error,
        decision,
    }
}

/// One change request with the values before and after.
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, change_id)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let view = changes::view(&state, &ctx, id, change_id).await?;
    let page = change_page(&state, &ctx, view, None, DecisionForm::default());
    Ok(page.render_html()?.into_response())
}

/// The secretariat's decision form.
#[derive(Deserialize, Default, Debug, Clone)]
pub struct DecisionForm {
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub screened_no_conflict: Option<String>,
    #[serde(default)]
    pub screening_note: String,
}

/// Decides a change request (the secretariat).
pub async fn decide(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, change_id)): Path<(i64, i64)>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, AppError> {
    let decision = ChangeDecision {
        approve: form.outcome == "approve",
        reason: form.reason.clone(),
        screened_no_conflict: form.screened_no_conflict.is_some(),
        screening_note: form.screening_note.clone(),
    };
    match changes::decide(&state, &ctx, id, change_id, decision).await {
        Ok(_) => Ok(see_other(&format!("/trials/{id}/changes/{change_id}"))),
        Err(err) => {
            let view = changes::view(&state, &ctx, id, change_id).await?;
            let page_ctx = page_context(&state, &ctx).in_country(view.facts.scheme.country);
            let Some(error) = FormError::of(&page_ctx, &err) else {
                return Err(err.into());
            };
            let page = change_page(&state, &ctx, view, Some(error), form);
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                page.render_html()?.into_response(),
            )
                .into_response())
        }
    }
}

/// Withdraws a change request (the participants' applicants).
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, change_id)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    changes::withdraw(&state, &ctx, id, change_id).await?;
    Ok(see_other(&format!("/trials/{id}/changes/{change_id}")))
}

/// What the change pages and the trial page's section ask of the layout's context.
impl PageContext {
    /// A warning of the legal-basis clock in words.
    pub fn clock_warning(&self, warning: &ClockWarning) -> String {
        match warning {
            ClockWarning::LegalBasisEndsSoon {
                reference, ends_on, ..
            } => self.t_texts(
                "change-clock-ends-soon",
                &[("reference", reference), ("date", &self.date(ends_on))],
            ),
            ClockWarning::EvaluationAfterLegalBasis {
                evaluation_due,
                legal_basis_end,
            } => self.t_texts(
                "change-clock-evaluation-after",
                &[
                    ("due", &self.date(evaluation_due)),
                    ("end", &self.date(legal_basis_end)),
                ],
            ),
        }
    }

    /// How far the trial may be extended, and why.
    pub fn change_limit(&self, limit: &ExtensionLimit) -> String {
        format!(
            "{} ({})",
            self.t1("change-limit", "date", self.date(&limit.latest_end)),
            self.tp("change-basis-", limit.basis.as_str())
        )
    }
}

/// A change of the trial's history in words, one line per thing that changed: who joined
/// or left, which exemption's legal basis moved, which objective was added; other fields
/// as "what: before → after".
impl PageContext {
    pub fn change_lines(&self, change: &FieldChange) -> Vec<String> {
        use serde_json::Value;
        let items = |v: &Value| v.as_array().cloned().unwrap_or_default();
        let text =
            |v: &Value, key: &str| v.get(key).and_then(Value::as_str).unwrap_or("").to_owned();
        let (before, after) = (items(&change.before), items(&change.after));
        let keyed = |list: &[Value], key: &str| -> Vec<(String, Value)> {
            list.iter()
                .map(|v| {
                    (
                        v.get(key).map(Value::to_string).unwrap_or_default(),
                        v.clone(),
                    )
                })
                .collect()
        };
        let find = |list: &[(String, Value)], k: &str| {
            list.iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        };
        let mut lines = Vec::new();
        match change.field.as_str() {
            "participants" => {
                let (old, new) = (keyed(&before, "id"), keyed(&after, "id"));
                for (k, v) in &new {
                    if find(&old, k).is_none() {
                        lines.push(
                            self.t_texts("change-line-joined", &[("name", &text(v, "name"))]),
                        );
                    }
                }
                for (k, v) in &old {
                    if find(&new, k).is_none() {
                        lines.push(self.t_texts("change-line-left", &[("name", &text(v, "name"))]));
                    }
                }
            }
            "exemptions" => {
                let (old, new) = (keyed(&before, "exemption"), keyed(&after, "exemption"));
                let basis = |v: &Value| match v.get("legal_basis_end") {
                    Some(Value::String(d)) => Date::parse(d, DATE)
                        .map(|d| self.date(&d))
                        .unwrap_or_else(|_| d.clone()),
                    _ => self.t("change-line-with-trial"),
                };
                for (k, v) in &new {
                    let reference = text(v, "reference");
                    match find(&old, k) {
                        None => {
                            lines.push(self.t_texts(
                                "change-line-exemption-added",
                                &[("reference", &reference)],
                            ))
                        }
                        Some(was) => {
                            if basis(&was) != basis(v) {
                                lines.push(self.t_texts(
                                    "change-line-exemption-basis",
                                    &[
                                        ("reference", &reference),
                                        ("before", &basis(&was)),
                                        ("after", &basis(v)),
                                    ],
                                ));
                            }
                            if text(&was, "desired_change") != text(v, "desired_change") {
                                lines.push(self.t_texts(
                                    "change-line-exemption-wording",
                                    &[("reference", &reference)],
                                ));
                            }
                        }
                    }
                }
                for (k, v) in &old {
                    if find(&new, k).is_none() {
                        lines.push(self.t_texts(
                            "change-line-exemption-removed",
                            &[("reference", &text(v, "reference"))],
                        ));
                    }
                }
            }
            "objectives" => {
                let describe = |v: &Value| {
                    let figure = |key: &str| v.get(key).and_then(Value::as_f64);
                    match (figure("baseline"), figure("target")) {
                        (Some(b), Some(t)) => format!(
                            "{} ({} → {} {})",
                            text(v, "indicator"),
                            self.decimal(&b),
                            self.decimal(&t),
                            text(v, "unit")
                        ),
                        _ => text(v, "indicator"),
                    }
                };
                for i in 0..before.len().max(after.len()) {
                    match (before.get(i), after.get(i)) {
                        (None, Some(v)) => lines.push(self.t_texts(
                            "change-line-objective-added",
                            &[("objective", &describe(v))],
                        )),
                        (Some(v), None) => lines.push(self.t_texts(
                            "change-line-objective-removed",
                            &[("objective", &describe(v))],
                        )),
                        (Some(was), Some(now)) if was != now => lines.push(self.t_texts(
                            "change-line-objective-changed",
                            &[("before", &describe(was)), ("after", &describe(now))],
                        )),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        if lines.is_empty() && change.before != change.after {
            lines.push(format!(
                "{}: {} → {}",
                self.tp("trial-field-", &change.field),
                self.change_value(&change.before),
                self.change_value(&change.after)
            ));
        }
        lines
    }
}
