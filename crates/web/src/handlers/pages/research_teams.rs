//! Research teams as pages: the secretariat's `/research/teams` (research organisations with
//! their researchers, a form to add an organisation and one to put a researcher into one)
//! and a scheme's research section (who is assigned to the whole scheme, to each theme and
//! to single trials; the secretariat's forms to assign and unassign), shown on the scheme
//! page and on `/schemes/{id}/research`, where a refused form comes back with its reason.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::research::{self, SchemeResearch, SchemeScope, Teams};
use frirum_domain::Country;
use frirum_domain::research::{NewResearchOrganisation, ResearchAssignment};
use frirum_domain::text::Problem;
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

/// A scheme's research section as the scheme page and the research page show it.
pub struct ResearchSection {
    pub data: SchemeResearch,
    /// Why the last assignment was refused, in the visitor's words.
    pub error: Option<String>,
    /// The researcher and the scope chosen in a refused form.
    pub chosen_user: i64,
    pub chosen_target: String,
}

impl ResearchSection {
    pub fn new(data: SchemeResearch) -> Self {
        ResearchSection {
            data,
            error: None,
            chosen_user: 0,
            chosen_target: "scheme".into(),
        }
    }

    /// The value of the remove form's target for an assignment.
    pub fn target_of(&self, a: &ResearchAssignment) -> String {
        match a.scope {
            frirum_domain::research::AssignmentScope::Theme => format!("theme:{}", a.scope_id),
            _ => "scheme".into(),
        }
    }
}

/// A scheme's research section, for the scheme page.
pub async fn section(
    state: &AppState,
    ctx: &RequestContext,
    scheme_id: i64,
) -> Result<ResearchSection, AppError> {
    Ok(ResearchSection::new(
        research::scheme_research(state, ctx, scheme_id).await?,
    ))
}

#[derive(Template)]
#[template(path = "research/teams.html")]
struct TeamsPage {
    ctx: PageContext,
    teams: Teams,
    countries: [Country; 3],
    form: OrganisationForm,
    error: Option<String>,
    error_field: String,
    notice: Option<String>,
}

impl TeamsPage {
    /// A message naming a researcher and an organisation.
    fn member_text(&self, id: &str, name: &str, organisation: &str) -> String {
        self.ctx
            .t_texts(id, &[("name", name), ("organisation", organisation)])
    }
}

#[derive(Deserialize, Default, Debug, Clone)]
pub struct OrganisationForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub website: String,
}

#[derive(Deserialize, Default, Debug, Clone)]
pub struct DoneQuery {
    #[serde(default)]
    pub done: Option<String>,
}

fn teams_page(
    state: &AppState,
    ctx: &RequestContext,
    teams: Teams,
    form: OrganisationForm,
    err: Option<AppError>,
    notice: Option<String>,
) -> Result<Response, AppError> {
    let page_ctx = page_context(state, ctx);
    let status = err.as_ref().map_or(StatusCode::OK, AppError::status);
    let error_field = match &err {
        Some(AppError::App(Error::Field(e))) => e.field.clone(),
        Some(AppError::App(Error::InvalidField { field, .. })) => field.clone(),
        Some(AppError::App(Error::Rule(rule))) => rule.details["field"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        _ => String::new(),
    };
    let error = err.map(|e| match &e {
        // A web address in the wrong form: say what to write, not that a field is invalid.
        AppError::App(Error::Field(f))
            if f.field == "website" && matches!(f.problem, Problem::Format { .. }) =>
        {
            page_ctx.t("research-organisation-website-invalid")
        }
        AppError::App(Error::InvalidField { field, .. }) if field == "confirm" => {
            page_ctx.t("research-member-confirm-needed")
        }
        _ => page_ctx.error_message(&e),
    });
    let page = TeamsPage {
        ctx: page_ctx,
        teams,
        countries: Country::ALL,
        form,
        error,
        error_field,
        notice,
    };
    Ok((status, page.render_html()?).into_response())
}

/// The secretariat's research teams page.
pub async fn teams(
    State(state): State<AppState>,
    ctx: RequestContext,
    axum::extract::Query(query): axum::extract::Query<DoneQuery>,
) -> Result<Response, AppError> {
    let teams = research::teams(&state, &ctx).await?;
    let notice = query
        .done
        .map(|_| page_context(&state, &ctx).t("saved-notice"));
    teams_page(
        &state,
        &ctx,
        teams,
        OrganisationForm::default(),
        None,
        notice,
    )
}

/// Adds a research organisation; a refusal comes back on the page with what was typed.
pub async fn create_organisation(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<OrganisationForm>,
) -> Result<Response, AppError> {
    let result = async {
        let country = form
            .country
            .parse::<Country>()
            .map_err(|_| AppError::field("country", "choose a country"))?;
        research::create_organisation(
            &state,
            &ctx,
            NewResearchOrganisation {
                name: form.name.clone(),
                country,
                website: Some(form.website.clone()),
            },
        )
        .await?;
        Ok::<(), AppError>(())
    }
    .await;
    match result {
        Ok(()) => Ok(see_other("/research/teams?done=1")),
        Err(AppError::App(e @ (Error::Forbidden | Error::Unauthenticated))) => Err(e.into()),
        Err(err) => {
            let teams = research::teams(&state, &ctx).await?;
            teams_page(&state, &ctx, teams, form, Some(err), None)
        }
    }
}

#[derive(Deserialize, Debug, Clone)]
pub struct MemberForm {
    pub user_id: i64,
    /// The organisation's id, or empty for none.
    #[serde(default)]
    pub organisation_id: String,
    /// Taking someone out of their organisation is confirmed (`1`), so that no click
    /// undoes a membership by accident.
    #[serde(default)]
    pub confirm: String,
}

/// Puts a researcher into a research organisation, or out of any once confirmed; a
/// refusal comes back on the page with its reason.
pub async fn set_member(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<MemberForm>,
) -> Result<Response, AppError> {
    let result = async {
        let organisation_id = match form.organisation_id.trim() {
            "" if form.confirm.trim() == "1" => None,
            "" => return Err(AppError::field("confirm", "confirm taking them out")),
            id => Some(
                id.parse::<i64>()
                    .map_err(|_| AppError::field("organisation_id", "choose an organisation"))?,
            ),
        };
        research::set_membership(&state, &ctx, form.user_id, organisation_id).await?;
        Ok::<(), AppError>(())
    }
    .await;
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/research/teams?done=1#member-{}",
            form.user_id
        ))),
        Err(AppError::App(e @ (Error::Forbidden | Error::Unauthenticated))) => Err(e.into()),
        Err(err) => {
            let teams = research::teams(&state, &ctx).await?;
            teams_page(
                &state,
                &ctx,
                teams,
                OrganisationForm::default(),
                Some(err),
                None,
            )
        }
    }
}

#[derive(Template)]
#[template(path = "research/scheme.html")]
struct SchemeResearchPage {
    ctx: PageContext,
    research: ResearchSection,
}

/// A scheme's research teams on a page of their own (where a refused form comes back).
pub async fn scheme_page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let research = section(&state, &ctx, id).await?;
    Ok(SchemeResearchPage {
        ctx: page_context(&state, &ctx),
        research,
    }
    .render_html()?
    .into_response())
}

#[derive(Deserialize, Debug, Clone)]
pub struct AssignForm {
    #[serde(default)]
    pub user_id: i64,
    /// `scheme`, or `theme:<id>`.
    #[serde(default)]
    pub target: String,
    /// Removing an assignment is confirmed (`1`).
    #[serde(default)]
    pub confirm: String,
}

impl AssignForm {
    fn scope(&self) -> Result<SchemeScope, AppError> {
        match self.target.split_once(':') {
            None if self.target == "scheme" => Ok(SchemeScope::Scheme),
            Some(("theme", id)) => id
                .parse()
                .map(SchemeScope::Theme)
                .map_err(|_| AppError::field("target", "choose what to assign to")),
            _ => Err(AppError::field("target", "choose what to assign to")),
        }
    }
}

/// Assigns a researcher to the whole scheme or one of its themes (the secretariat).
pub async fn assign(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<AssignForm>,
) -> Result<Response, AppError> {
    let result = async {
        research::assign(&state, &ctx, id, form.user_id, form.scope()?).await?;
        Ok::<(), AppError>(())
    }
    .await;
    match result {
        Ok(()) => Ok(see_other(&format!("/schemes/{id}?done=1#research"))),
        Err(AppError::App(e @ (Error::Forbidden | Error::Unauthenticated | Error::NotFound))) => {
            Err(e.into())
        }
        Err(err) => {
            let mut research = section(&state, &ctx, id).await?;
            research.error = Some(page_context(&state, &ctx).error_message(&err));
            research.chosen_user = form.user_id;
            research.chosen_target = form.target.clone();
            let page = SchemeResearchPage {
                ctx: page_context(&state, &ctx),
                research,
            };
            Ok((err.status(), page.render_html()?).into_response())
        }
    }
}

/// Ends an assignment to the whole scheme or one of its themes (the secretariat), once
/// confirmed.
pub async fn unassign(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<AssignForm>,
) -> Result<Response, AppError> {
    confirmed(&form.confirm)?;
    research::unassign(&state, &ctx, id, form.user_id, form.scope()?).await?;
    Ok(see_other(&format!("/schemes/{id}?done=1#research")))
}

/// Refuses a removal the form did not confirm (422), so that no click ends an assignment
/// by accident.
pub fn confirmed(confirm: &str) -> Result<(), AppError> {
    if confirm.trim() == "1" {
        Ok(())
    } else {
        Err(AppError::field("confirm", "confirm the removal"))
    }
}
