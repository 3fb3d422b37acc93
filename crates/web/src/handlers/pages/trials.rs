//! Trial pages: the public list of registered trials with its filters, the trial page
//! (what was approved, where it stands now, each trial area's section, its history of
//! changes), and the secretariat's forms on it: a step of the trial's life and the
//! researchers who follow it.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::trial_page::{self, TrialView};
use frirum_app::trials::{self, TrialListing};
use frirum_domain::trial::{DateKind, Transition, TrialFilter, TrialStatus, today_in};
use frirum_domain::{Country, PageRequest};
use serde::Deserialize;
use time::Date;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::decisions::{GrantView, grant_views};
use crate::handlers::pages::layout::{PageContext, Pager, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

/// The list's filters as the address carries them; empty means any.
#[derive(Deserialize, Default)]
pub struct ListQuery {
    pub page: Option<u32>,
    #[serde(default)]
    pub scheme: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub theme: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub researcher: String,
    /// The provision exempted, by catalogue id.
    #[serde(default)]
    pub provision: String,
    /// Words to find a provision by (its citation or title) in the law catalogue.
    #[serde(default)]
    pub provision_text: String,
    /// Words in the trial's title or case number.
    #[serde(default)]
    pub q: String,
}

impl ListQuery {
    /// The filter the query asks for; a value that names nothing is refused with its field.
    pub fn filter(&self) -> Result<TrialFilter, AppError> {
        fn part<T: std::str::FromStr>(field: &str, text: &str) -> Result<Option<T>, AppError> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            text.parse::<T>()
                .map(Some)
                .map_err(|_| AppError::App(Error::field(field, "not one of the choices")))
        }
        Ok(TrialFilter {
            scheme_id: part("scheme", &self.scheme)?,
            status: part("status", &self.status)?,
            country: part("country", &self.country)?,
            theme_id: part("theme", &self.theme)?,
            organisation_id: part("organisation", &self.organisation)?,
            researcher_id: part("researcher", &self.researcher)?,
            provision_id: part("provision", &self.provision)?,
            text: Some(self.q.trim().to_owned()).filter(|q| !q.is_empty()),
        })
    }

    fn pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("scheme", self.scheme.trim().to_owned()),
            ("status", self.status.trim().to_owned()),
            ("country", self.country.trim().to_owned()),
            ("theme", self.theme.trim().to_owned()),
            ("organisation", self.organisation.trim().to_owned()),
            ("researcher", self.researcher.trim().to_owned()),
            ("provision", self.provision.trim().to_owned()),
            ("q", self.q.trim().to_owned()),
        ]
    }
}

#[derive(Template)]
#[template(path = "trials/list.html")]
struct TrialListPage {
    ctx: PageContext,
    listing: TrialListing,
    pager: Pager,
    query: ListQuery,
    statuses: [TrialStatus; 4],
    countries: [Country; 3],
    /// The listed trials still planned with their whole period over.
    never_started: Vec<i64>,
    /// "My organisation's trials" for an applicant, "trials I follow" for a researcher.
    own_organisation: Option<i64>,
    own_user: Option<i64>,
    /// The list's address with every filter but the provision.
    without_provision: String,
}

/// The registered trials, filtered by scheme, status, country, theme, participant and
/// researcher.
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let page =
        PageRequest::new(query.page, None).map_err(|_| AppError::field("page", "invalid"))?;
    let filter = query.filter()?;
    let listing = trials::listing(&state, &ctx, &filter, &query.provision_text, page).await?;
    let page_ctx = page_context(&state, &ctx);
    let pager = Pager::new(&page_ctx, &listing.trials, "/trials", &query.pairs());
    let user = ctx.user.as_ref();
    let never_started = listing
        .trials
        .items
        .iter()
        .filter(|t| {
            t.status == TrialStatus::Planned && t.planned_end < today_in(t.country, ctx.now)
        })
        .map(|t| t.id)
        .collect();
    let mut params = form_urlencoded::Serializer::new(String::new());
    for (k, v) in query.pairs() {
        if k != "provision" && !v.is_empty() {
            params.append_pair(k, &v);
        }
    }
    let without_provision = format!("/trials?{}", params.finish());
    let page = TrialListPage {
        without_provision,
        never_started,
        pager,
        own_organisation: user.and_then(|u| u.organisation.as_ref().map(|o| o.id)),
        own_user: user
            .filter(|u| frirum_domain::authz::may_follow_trials(u.role))
            .map(|u| u.id),
        ctx: page_ctx,
        listing,
        query,
        statuses: TrialStatus::ALL,
        countries: [Country::Dk, Country::No, Country::Se],
    };
    Ok(page.render_html()?.into_response())
}

#[derive(Template)]
#[template(path = "trials/trial.html")]
struct TrialPage {
    ctx: PageContext,
    view: TrialView,
    grants: Vec<GrantView>,
    /// Each exemption now in force with its last day.
    exemption_ends: Vec<(String, Date)>,
    start: (Date, DateKind),
    end: (Date, DateKind),
    /// Still planned with its whole period over: it never started.
    never_started: bool,
    /// A refused step of the trial's life, with what was typed.
    transition_error: Option<String>,
    form: TransitionForm,
}

/// A trial: what was approved, where it stands now, and each area's part.
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let view = trial_page::view(&state, &ctx, id).await?;
    Ok(trial_page(&state, &ctx, view, None, TransitionForm::default())?.into_response())
}

fn trial_page(
    state: &AppState,
    ctx: &RequestContext,
    view: TrialView,
    transition_error: Option<String>,
    form: TransitionForm,
) -> Result<Response, AppError> {
    let grants = grant_views(&view.access.trial.exemptions, &view.provisions);
    let current = &view.access.state;
    let exemption_ends = current
        .exemptions
        .iter()
        .map(|e| (e.grant.reference.clone(), current.exemption_ends_on(e)))
        .collect();
    let never_started = current.never_started(today_in(view.scheme.country, ctx.now));
    let page = TrialPage {
        ctx: page_context(state, ctx).in_country(view.scheme.country),
        grants,
        exemption_ends,
        start: current.start(),
        end: current.end(),
        never_started,
        view,
        transition_error,
        form,
    };
    Ok(page.render_html()?.into_response())
}

/// The secretariat's form for a step of the trial's life.
#[derive(Deserialize, Default, Debug, Clone)]
pub struct TransitionForm {
    #[serde(default)]
    pub step: String,
    #[serde(default)]
    pub on: String,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub version: i64,
    /// Ending a trial cannot be undone: the form asks to confirm it.
    #[serde(default)]
    pub confirm: String,
}

impl TransitionForm {
    fn transition(&self) -> Result<Transition, AppError> {
        use frirum_domain::text::{FieldError, Problem};
        let on = || {
            let text = self.on.trim();
            if text.is_empty() {
                return Err(AppError::from(FieldError::new("on", Problem::Required)));
            }
            Date::parse(
                text,
                time::macros::format_description!("[year]-[month]-[day]"),
            )
            .map_err(|_| {
                AppError::from(FieldError::new(
                    "on",
                    Problem::Format {
                        expected: "date".into(),
                    },
                ))
            })
        };
        let ends = matches!(self.step.as_str(), "complete" | "stop_early");
        if ends && self.confirm.trim().is_empty() {
            return Err(AppError::from(FieldError::new(
                "confirm",
                Problem::Required,
            )));
        }
        Ok(match self.step.as_str() {
            "start" => Transition::Start { on: on()? },
            "suspend" => Transition::Suspend {
                reason: self.reason.clone(),
            },
            "resume" => Transition::Resume,
            "complete" => Transition::Complete { on: on()? },
            "stop_early" => Transition::StopEarly {
                on: on()?,
                reason: self.reason.clone(),
            },
            _ => return Err(AppError::field("step", "not one of the choices")),
        })
    }
}

/// Takes a step of the trial's life (the secretariat): put on hold, resume, stop early,
/// complete or start. A refusal shows the trial page again with the reason and the form
/// as typed.
pub async fn transition(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<TransitionForm>,
) -> Result<Response, AppError> {
    let result = match form.transition() {
        Ok(step) => trials::transition(&state, &ctx, id, form.version, &step)
            .await
            .map_err(AppError::from),
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/trials/{id}#status"))),
        Err(AppError::App(e @ (Error::Forbidden | Error::Unauthenticated | Error::NotFound))) => {
            Err(e.into())
        }
        Err(e) => {
            let message = page_context(&state, &ctx).error_message(&e);
            let view = trial_page::view(&state, &ctx, id).await?;
            let mut response = trial_page(&state, &ctx, view, Some(message), form)?;
            *response.status_mut() = e.status();
            Ok(response)
        }
    }
}

/// The researcher chosen on the trial page.
#[derive(Deserialize)]
pub struct ResearcherForm {
    pub user_id: i64,
}

/// Assigns a researcher to follow the trial (the secretariat).
pub async fn assign_researcher(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<ResearcherForm>,
) -> Result<Response, AppError> {
    trials::assign_researcher(&state, &ctx, id, form.user_id).await?;
    Ok(see_other(&format!("/trials/{id}#researchers")))
}

/// A removal's confirmation (`1`).
#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    pub confirm: String,
}

/// Ends a researcher's assignment to the trial (the secretariat), once confirmed.
pub async fn unassign_researcher(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, user_id)): Path<(i64, i64)>,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, AppError> {
    crate::handlers::pages::research_teams::confirmed(&form.confirm)?;
    trials::unassign_researcher(&state, &ctx, id, user_id).await?;
    Ok(see_other(&format!("/trials/{id}#researchers")))
}

/// What the trial pages ask of the layout's context.
impl PageContext {
    /// The message suffix of a date's kind: actual or estimated.
    pub fn date_kind(&self, kind: &DateKind) -> &'static str {
        match kind {
            DateKind::Actual => "actual",
            DateKind::Estimated => "estimated",
        }
    }

    /// The steps the secretariat may take from a status, in the order to offer them.
    pub fn trial_steps(&self, status: &TrialStatus) -> &'static [&'static str] {
        match status {
            TrialStatus::Planned => &["start", "stop_early"],
            TrialStatus::Running => &["suspend", "complete", "stop_early"],
            TrialStatus::Suspended => &["resume", "complete", "stop_early"],
            TrialStatus::Ended => &[],
        }
    }

    /// A value of the history of changes in words: dates as dates, statuses translated,
    /// organisations and exemptions by name, nothing as a dash.
    pub fn change_value(&self, value: &serde_json::Value) -> String {
        use serde_json::Value;
        match value {
            Value::Null => "—".to_owned(),
            Value::String(s) => {
                let date =
                    Date::parse(s, time::macros::format_description!("[year]-[month]-[day]"));
                match date {
                    Ok(d) => self.date(&d),
                    Err(_) if s.parse::<TrialStatus>().is_ok() => self.tp("trial-status-", s),
                    Err(_) if s.parse::<frirum_domain::trial::EndKind>().is_ok() => {
                        self.tp("trial-end-", s)
                    }
                    Err(_) if s.is_empty() => "—".to_owned(),
                    Err(_) => s.clone(),
                }
            }
            Value::Array(items) if items.is_empty() => "—".to_owned(),
            Value::Array(items) => items
                .iter()
                .map(|item| match item {
                    Value::Object(fields) => ["name", "reference", "indicator", "title"]
                        .iter()
                        .find_map(|k| fields.get(*k).and_then(Value::as_str))
                        .map(str::to_owned)
                        .unwrap_or_else(|| item.to_string()),
                    other => self.change_value(other),
                })
                .collect::<Vec<_>>()
                .join(", "),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => n.to_string(),
            Value::Object(_) => value.to_string(),
        }
    }
}
