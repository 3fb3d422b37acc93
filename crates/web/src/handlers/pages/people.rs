//! The people page — the secretariat's for everybody (assessors and its own staff
//! included), a user administrator's for their organisation — with the invitation form,
//! deactivation and the secretariat's appointments; and the page an invitation's link
//! opens, where the invited person chooses a password, or signs in with one of the
//! operator's e-ID providers (`sign_in::start_for_invitation`), and is signed in.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::http::header::SET_COOKIE;
use axum::response::{IntoResponse, Response};
use frirum_app::account_security::{Client, SignInStep};
use frirum_app::accounts::{self, ServiceError};
use frirum_app::people::{self, Acceptance, InvitationRequest, InvitationView, People};
use frirum_domain::Role;
use frirum_domain::invitation::InvitationState;
use serde::Deserialize;

use crate::AppState;
use crate::context::{Auth, RequestContext, SESSION_COOKIE, set_cookie};
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::account_error_message;
use crate::handlers::pages::layout::{PageContext, Pager, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::pages::security;
use crate::handlers::see_other;

#[derive(Deserialize)]
pub struct PeopleQuery {
    page: Option<u32>,
}

/// The invitation form's values, kept when it is shown again with an error.
#[derive(Default)]
struct InviteValues {
    email: String,
    name: String,
    role: String,
    organisation: String,
}

#[derive(Template)]
#[template(path = "people/people.html")]
struct PeoplePage {
    ctx: PageContext,
    people: People,
    pager: Pager,
    /// The secretariat: every role, any organisation, appointments.
    everybody: bool,
    roles: Vec<Role>,
    form: InviteValues,
    notice: Option<String>,
    error: Option<String>,
}

impl PeoplePage {
    /// Whether a person may be appointed user administrator (by the secretariat).
    fn appointable(&self, person: &frirum_store::Person) -> bool {
        self.everybody
            && person.deactivated_at.is_none()
            && frirum_domain::authz::may_be_appointed_people_admin(
                person.user.role,
                person.user.organisation.is_some(),
            )
    }

    /// Whether the visitor may deactivate the person: anybody active but themselves.
    fn deactivatable(&self, person: &frirum_store::Person) -> bool {
        person.deactivated_at.is_none()
            && self
                .ctx
                .user
                .as_ref()
                .is_some_and(|u| u.id != person.user.id)
    }
}

async fn render(
    state: &AppState,
    ctx: &RequestContext,
    page: Option<u32>,
    form: InviteValues,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Response, AppError> {
    let request = frirum_domain::PageRequest::new(page, Some(50))
        .map_err(|e| AppError::field("page", e.to_string()))?;
    let found = people::people(state, ctx, request).await?;
    let page_ctx = page_context(state, ctx);
    let pager = Pager::new(&page_ctx, &found.people, "/people", &[]);
    let everybody = ctx.may_manage_everybody();
    let roles = frirum_domain::authz::roles_to_invite(everybody);
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = PeoplePage {
        ctx: page_ctx,
        people: found,
        pager,
        everybody,
        roles,
        form,
        notice,
        error,
    };
    Ok((status, page.render_html()?).into_response())
}

pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<PeopleQuery>,
) -> Result<Response, AppError> {
    render(
        &state,
        &ctx,
        query.page,
        InviteValues::default(),
        None,
        None,
    )
    .await
}

#[derive(Deserialize)]
pub struct InviteForm {
    email: String,
    name: String,
    role: String,
    organisation: Option<String>,
}

pub async fn invite(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<InviteForm>,
) -> Result<Response, AppError> {
    let role: Role = form
        .role
        .parse()
        .map_err(|e: frirum_domain::user::UnknownRole| AppError::field("role", e.to_string()))?;
    let values = InviteValues {
        email: form.email.clone(),
        name: form.name.clone(),
        role: form.role.clone(),
        organisation: form.organisation.clone().unwrap_or_default(),
    };
    let request = InvitationRequest {
        email: form.email,
        name: form.name,
        role,
        organisation: form.organisation,
    };
    match people::invite(&state, &ctx, request).await {
        Ok((invitation, _secret)) => {
            let notice =
                page_context(&state, &ctx).t1("people-invited", "email", &invitation.email);
            render(
                &state,
                &ctx,
                None,
                InviteValues::default(),
                Some(notice),
                None,
            )
            .await
        }
        Err(e @ (ServiceError::Store(_) | ServiceError::Denied(_))) => Err(e.into()),
        Err(e) => match account_error_message(&page_context(&state, &ctx), &e) {
            Some(message) => render(&state, &ctx, None, values, None, Some(message)).await,
            None => Err(e.into()),
        },
    }
}

#[derive(Template)]
#[template(path = "people/deactivate.html")]
struct DeactivatePage {
    ctx: PageContext,
    person: frirum_store::Person,
}

/// Asks to confirm a deactivation, saying what it does, with a way back: the people page
/// links here, so that one click never stops a colleague's account.
pub async fn confirm_deactivation(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let person = people::to_deactivate(&state, &ctx, id).await?;
    let page = DeactivatePage {
        ctx: page_context(&state, &ctx),
        person,
    };
    Ok(page.render_html()?.into_response())
}

pub async fn deactivate(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let person = people::deactivate(&state, &ctx, id).await?;
    let notice = page_context(&state, &ctx).t1("people-deactivated", "name", &person.user.name);
    render(
        &state,
        &ctx,
        None,
        InviteValues::default(),
        Some(notice),
        None,
    )
    .await
}

#[derive(Deserialize)]
pub struct AppointForm {
    appointed: bool,
}

pub async fn appoint(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<AppointForm>,
) -> Result<Response, AppError> {
    let user = people::appoint(&state, &ctx, id, form.appointed).await?;
    let page = page_context(&state, &ctx);
    let notice = if form.appointed {
        page.t1("people-appointed", "name", &user.name)
    } else {
        page.t1("people-relieved", "name", &user.name)
    };
    render(
        &state,
        &ctx,
        None,
        InviteValues::default(),
        Some(notice),
        None,
    )
    .await
}

#[derive(Template)]
#[template(path = "people/invitation.html")]
struct InvitationPage {
    ctx: PageContext,
    /// `None`: the link is unknown.
    view: Option<InvitationView>,
    /// The link's secret, for the form's address (the page is never cached).
    secret: String,
    error: Option<String>,
    /// The e-ID providers to accept with instead of a password: id and name.
    providers: Vec<(String, String)>,
}

impl InvitationPage {
    fn open(&self) -> bool {
        self.view
            .as_ref()
            .is_some_and(|v| v.state == InvitationState::Open)
    }
    fn expired(&self) -> bool {
        self.view
            .as_ref()
            .is_some_and(|v| v.state == InvitationState::Expired)
    }
}

/// The page of an invitation's link: 200 while it is open, 410 used or expired (saying
/// whom to ask), 404 unknown.
pub(crate) async fn invitation_page(
    state: &AppState,
    ctx: &RequestContext,
    secret: String,
    error: Option<String>,
) -> Result<Response, AppError> {
    let view = match people::invitation(state, &secret, ctx.now).await {
        Ok(view) => Some(view),
        Err(frirum_app::Error::NotFound) => None,
        Err(e) => return Err(e.into()),
    };
    let status = match view.as_ref().map(|v| v.state) {
        None => StatusCode::NOT_FOUND,
        Some(InvitationState::Open) if error.is_some() => StatusCode::UNPROCESSABLE_ENTITY,
        Some(InvitationState::Open) => StatusCode::OK,
        Some(InvitationState::Expired | InvitationState::Accepted) => StatusCode::GONE,
    };
    let page = InvitationPage {
        ctx: page_context(state, ctx),
        view,
        secret,
        error,
        providers: state.oidc.list(),
    };
    Ok((status, page.render_html()?).into_response())
}

pub async fn invitation(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(secret): Path<String>,
) -> Result<Response, AppError> {
    invitation_page(&state, &ctx, secret, None).await
}

#[derive(Deserialize)]
pub struct AcceptForm {
    password: String,
    password_again: String,
}

/// Accepts an invitation with a password, signs the new account in (ending the session the
/// browser had) and leads to the dashboard.
pub async fn accept(
    State(state): State<AppState>,
    ctx: RequestContext,
    headers: axum::http::HeaderMap,
    Path(secret): Path<String>,
    Form(form): Form<AcceptForm>,
) -> Result<Response, AppError> {
    if form.password != form.password_again {
        let message = page_context(&state, &ctx).t("error-password-mismatch");
        return invitation_page(&state, &ctx, secret, Some(message)).await;
    }
    let user = match people::accept_invitation(
        &state,
        ctx.now,
        &secret,
        Acceptance::Password(form.password),
    )
    .await
    {
        Ok(user) => user,
        // Used, expired or unknown meanwhile: the page says so.
        Err(ServiceError::Store(
            frirum_store::StoreError::NotFound | frirum_store::StoreError::WrongState { .. },
        )) => return invitation_page(&state, &ctx, secret, None).await,
        Err(e) => match account_error_message(&page_context(&state, &ctx), &e) {
            Some(message) => return invitation_page(&state, &ctx, secret, Some(message)).await,
            None => return Err(e.into()),
        },
    };
    if let Auth::Session(old) = &ctx.auth {
        accounts::sign_out(&state, old).await?;
    }
    tracing::info!(user_id = user.id, "accepted an invitation");
    let client = Client {
        address: &ctx.address,
        user_agent: headers
            .get(axum::http::header::USER_AGENT)
            .and_then(|v| v.to_str().ok()),
    };
    // As after any right password: a role the operator requires a second factor of
    // enrols first, and gets its session only then.
    let session = match people::sign_in_new_account(&state, user, client, ctx.now).await? {
        SignInStep::SignedIn { session, .. } => session,
        SignInStep::Code { challenge } => {
            return Ok(security::to_second_step(&state, &challenge, "/login/code"));
        }
        SignInStep::Enrol { challenge } => {
            return Ok(security::to_second_step(&state, &challenge, "/login/enrol"));
        }
    };
    let mut response = see_other("/");
    response.headers_mut().append(
        SET_COOKIE,
        set_cookie(
            &state,
            SESSION_COOKIE,
            &session,
            Some(state.app.config.session_lifetime),
        ),
    );
    Ok(response)
}
