//! A person's own account security: the second step of signing in (a code from the
//! authenticator app or a recovery code; or, where the operator requires it, enrolling
//! first), one's sessions with their devices (each can be ended) and security history, and
//! turning the second factor on; the secretariat's page of another person's sign-in
//! security (sessions, API tokens, second factor, history; sign out everywhere, remove the
//! codes), and a user administrator's confirmation to sign a colleague out everywhere. The
//! rules are `app::account_security`'s.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::header::{SET_COOKIE, USER_AGENT};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use frirum_app::account_security::{
    self as security, Client, CodeOutcome, Enrolment, FactorState, OwnSecurity, PersonSecurity,
    SignedIn,
};
use frirum_domain::account_security::device;
use frirum_domain::{Page, PageRequest};
use frirum_store::account_security::{AccountEvent, SessionInfo};
use serde::Deserialize;

use crate::AppState;
use crate::context::{Auth, RequestContext, SESSION_COOKIE, cookie_name, cookie_value, set_cookie};
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, Pager, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

/// The cookie that holds the challenge between password and code (not a session).
pub const CHALLENGE_COOKIE: &str = "frirum_sign_in";

/// The client a request comes from.
fn client<'a>(ctx: &'a RequestContext, headers: &'a HeaderMap) -> Client<'a> {
    Client {
        address: &ctx.address,
        user_agent: headers.get(USER_AGENT).and_then(|v| v.to_str().ok()),
    }
}

/// The device of a `User-Agent` in words: "Firefox on Linux", or "unknown device".
impl PageContext {
    pub fn device_words(&self, user_agent: &Option<String>) -> String {
        let d = device(user_agent.as_deref().unwrap_or(""));
        match (d.browser, d.system) {
            (Some(b), Some(s)) => self.t_texts(
                "security-device",
                &[("browser", b.name()), ("system", s.name())],
            ),
            (Some(b), None) => b.name().to_owned(),
            (None, Some(s)) => s.name().to_owned(),
            (None, None) => self.t("security-device-unknown"),
        }
    }

    pub fn factor_since(&self, since: &time::OffsetDateTime) -> String {
        self.t_texts(
            "security-factor-on",
            &[("since", self.moment(since).as_str())],
        )
    }

    pub fn account_event(&self, event: &AccountEvent) -> String {
        self.t(&format!(
            "security-event-{}",
            event.kind.as_str().replace('_', "-")
        ))
    }
}

/// Sets the challenge cookie (five minutes) and sends the browser to the second step.
pub fn to_second_step(state: &AppState, challenge: &str, path: &str) -> Response {
    let mut response = see_other(path);
    response.headers_mut().append(
        SET_COOKIE,
        set_cookie(
            state,
            CHALLENGE_COOKIE,
            challenge,
            Some(frirum_domain::account_security::CHALLENGE_LIFETIME),
        ),
    );
    response
}

fn challenge_of<'a>(state: &AppState, headers: &'a HeaderMap) -> Option<&'a str> {
    cookie_value(headers, &cookie_name(state, CHALLENGE_COOKIE))
}

/// Signed in after the second step: the session cookie set, the challenge's removed.
fn signed_in(state: &AppState, session: &str, response: Response) -> Response {
    let mut response = response;
    let headers = response.headers_mut();
    headers.append(
        SET_COOKIE,
        set_cookie(
            state,
            SESSION_COOKIE,
            session,
            Some(state.app.config.session_lifetime),
        ),
    );
    headers.append(
        SET_COOKIE,
        set_cookie(state, CHALLENGE_COOKIE, "", Some(time::Duration::ZERO)),
    );
    response
}

#[derive(Template)]
#[template(path = "security/code.html")]
struct CodePage {
    ctx: PageContext,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "security/enrol.html")]
struct EnrolPage {
    ctx: PageContext,
    enrolment: Enrolment,
    /// Where the confirmation form goes.
    action: &'static str,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "security/recovery.html")]
struct RecoveryPage {
    ctx: PageContext,
    codes: Vec<String>,
}

fn start_again(state: &AppState) -> Response {
    let mut response = see_other("/login?expired=1");
    response.headers_mut().append(
        SET_COOKIE,
        set_cookie(state, CHALLENGE_COOKIE, "", Some(time::Duration::ZERO)),
    );
    response
}

/// The second step's form.
pub async fn code_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    if challenge_of(&state, &headers).is_none() {
        return Ok(start_again(&state));
    }
    let page = CodePage {
        ctx: page_context(&state, &ctx),
        error: None,
    };
    Ok(page.render_html()?.into_response())
}

#[derive(Deserialize)]
pub struct CodeForm {
    code: String,
}

fn wrong(page_ctx: &PageContext, attempts_left: u32) -> String {
    page_ctx.t1("security-code-wrong", "count", attempts_left)
}

/// The second step: a code or a recovery code.
pub async fn code_submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let Some(challenge) = challenge_of(&state, &headers) else {
        return Ok(start_again(&state));
    };
    match security::verify_sign_in(
        &state,
        challenge,
        &form.code,
        client(&ctx, &headers),
        ctx.now,
    )
    .await?
    {
        CodeOutcome::Accepted(SignedIn { user, session, .. }) => {
            tracing::info!(user_id = user.id, "logged in with a second factor");
            Ok(signed_in(&state, &session, see_other("/")))
        }
        CodeOutcome::Wrong { attempts_left } => {
            let page_ctx = page_context(&state, &ctx);
            let page = CodePage {
                error: Some(wrong(&page_ctx, attempts_left)),
                ctx: page_ctx,
            };
            Ok((StatusCode::UNAUTHORIZED, page.render_html()?).into_response())
        }
        CodeOutcome::Expired => Ok(start_again(&state)),
    }
}

/// The enrolment the operator requires before signing in.
pub async fn enrol_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let Some(challenge) = challenge_of(&state, &headers) else {
        return Ok(start_again(&state));
    };
    let Some((_, enrolment)) = security::enrolment_at_sign_in(&state, challenge, ctx.now).await?
    else {
        return Ok(start_again(&state));
    };
    let page = EnrolPage {
        ctx: page_context(&state, &ctx),
        enrolment,
        action: "/login/enrol",
        error: None,
    };
    Ok(page.render_html()?.into_response())
}

/// Confirms the enrolment at sign-in: signed in, and the recovery codes shown once.
pub async fn enrol_submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let Some(challenge) = challenge_of(&state, &headers) else {
        return Ok(start_again(&state));
    };
    match security::confirm_at_sign_in(
        &state,
        challenge,
        &form.code,
        client(&ctx, &headers),
        ctx.now,
    )
    .await?
    {
        CodeOutcome::Accepted(SignedIn {
            session,
            recovery_codes,
            ..
        }) => {
            let page = RecoveryPage {
                ctx: page_context(&state, &ctx),
                codes: recovery_codes,
            };
            Ok(signed_in(
                &state,
                &session,
                page.render_html()?.into_response(),
            ))
        }
        CodeOutcome::Wrong { attempts_left } => {
            let Some((_, enrolment)) =
                security::enrolment_at_sign_in(&state, challenge, ctx.now).await?
            else {
                return Ok(start_again(&state));
            };
            let page_ctx = page_context(&state, &ctx);
            let page = EnrolPage {
                error: Some(wrong(&page_ctx, attempts_left)),
                ctx: page_ctx,
                enrolment,
                action: "/login/enrol",
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page.render_html()?).into_response())
        }
        CodeOutcome::Expired => Ok(start_again(&state)),
    }
}

#[derive(Deserialize, Default)]
pub struct SecurityQuery {
    page: Option<u32>,
    ended: Option<String>,
    disabled: Option<String>,
}

#[derive(Template)]
#[template(path = "security/security.html")]
struct SecurityPage {
    ctx: PageContext,
    sessions: Vec<SessionInfo>,
    factor: FactorState,
    factor_required: bool,
    history: Page<AccountEvent>,
    pager: Pager,
    notice: Option<String>,
    error: Option<String>,
}

async fn render_security(
    state: &AppState,
    ctx: &RequestContext,
    page: Option<u32>,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Response, AppError> {
    let request =
        PageRequest::new(page, Some(20)).map_err(|e| AppError::field("page", e.to_string()))?;
    let current = match &ctx.auth {
        Auth::Session(hash) => Some(hash.as_str()),
        _ => None,
    };
    let OwnSecurity {
        sessions,
        factor,
        factor_required,
        history,
    } = security::own_security(state, ctx, current, request).await?;
    let page_ctx = page_context(state, ctx);
    let pager = Pager::new(&page_ctx, &history, "/account/security", &[]);
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = SecurityPage {
        ctx: page_ctx,
        sessions,
        factor,
        factor_required,
        history,
        pager,
        notice,
        error,
    };
    Ok((status, page.render_html()?).into_response())
}

/// One's sessions, second factor and security history.
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<SecurityQuery>,
) -> Result<Response, AppError> {
    let page_ctx = page_context(&state, &ctx);
    let notice = if query.ended.is_some() {
        Some(page_ctx.t("security-session-ended"))
    } else if query.disabled.is_some() {
        Some(page_ctx.t("security-factor-disabled"))
    } else {
        None
    };
    render_security(&state, &ctx, query.page, notice, None).await
}

/// Ends one of one's sessions.
pub async fn end_session(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    security::end_own_session(&state, &ctx, &id).await?;
    Ok(see_other("/account/security?ended=1"))
}

/// Starts (or shows again) one's enrolment.
pub async fn enrol_own_form(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Response, AppError> {
    let enrolment = security::start_enrolment(&state, &ctx).await?;
    let page = EnrolPage {
        ctx: page_context(&state, &ctx),
        enrolment,
        action: "/account/second-factor",
        error: None,
    };
    Ok(page.render_html()?.into_response())
}

/// Confirms one's enrolment: the recovery codes shown once.
pub async fn enrol_own_submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    match security::confirm_enrolment(&state, &ctx, &form.code, client(&ctx, &headers)).await? {
        Some(codes) => {
            let page = RecoveryPage {
                ctx: page_context(&state, &ctx),
                codes,
            };
            Ok(page.render_html()?.into_response())
        }
        None => {
            let enrolment = security::start_enrolment(&state, &ctx).await?;
            let page_ctx = page_context(&state, &ctx);
            let page = EnrolPage {
                error: Some(page_ctx.t("security-code-wrong-enrol")),
                ctx: page_ctx,
                enrolment,
                action: "/account/second-factor",
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page.render_html()?).into_response())
        }
    }
}

/// Turns one's second factor off, with a code as proof.
pub async fn disable_own(
    State(state): State<AppState>,
    ctx: RequestContext,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    if security::disable_own(&state, &ctx, &form.code, client(&ctx, &headers)).await? {
        Ok(see_other("/account/security?disabled=1"))
    } else {
        let message = page_context(&state, &ctx).t("security-code-wrong-enrol");
        render_security(&state, &ctx, None, None, Some(message)).await
    }
}

// --- Someone else's sign-in security: the secretariat, and a user administrator --------

#[derive(Deserialize, Default)]
pub struct PersonQuery {
    page: Option<u32>,
    /// Sessions just ended (how many).
    ended: Option<u64>,
    /// The second factor was just removed.
    reset: Option<String>,
}

#[derive(Template)]
#[template(path = "security/person.html")]
struct PersonPage {
    ctx: PageContext,
    person: PersonSecurity,
    pager: Pager,
    notice: Option<String>,
}

impl PageContext {
    /// "2 sessions were ended. Kari was told by e-mail." — or, with none open, only that
    /// (nothing was changed, so nobody was told).
    fn sessions_ended(&self, count: u64, name: &str) -> String {
        let ended = self.t1("security-person-ended", "count", count);
        if count == 0 {
            return ended;
        }
        format!("{ended} {}", self.t1("security-person-told", "name", name))
    }
}

/// A person's sessions, API tokens, second factor and sign-in history, with the
/// secretariat's buttons to sign them out everywhere and to remove their sign-in codes.
pub async fn person_show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<PersonQuery>,
) -> Result<Response, AppError> {
    let request = PageRequest::new(query.page, Some(20))
        .map_err(|e| AppError::field("page", e.to_string()))?;
    let person = security::person_security(&state, &ctx, id, request).await?;
    let page_ctx = page_context(&state, &ctx);
    let notice = match (query.ended, query.reset.is_some()) {
        (Some(count), _) => Some(page_ctx.sessions_ended(count, &person.user.name)),
        (None, true) => Some(page_ctx.t1("security-person-reset-done", "name", &person.user.name)),
        (None, false) => None,
    };
    let pager = Pager::new(
        &page_ctx,
        &person.history,
        &format!("/admin/users/{id}/security"),
        &[],
    );
    let page = PersonPage {
        ctx: page_ctx,
        person,
        pager,
        notice,
    };
    Ok(page.render_html()?.into_response())
}

/// Signs a person out everywhere (the secretariat).
pub async fn person_end_sessions(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let ended = security::end_sessions_of(&state, &ctx, id).await?;
    Ok(see_other(&format!(
        "/admin/users/{id}/security?ended={ended}"
    )))
}

/// Removes a person's sign-in codes (the secretariat).
pub async fn person_reset_second_factor(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    security::reset_second_factor(&state, &ctx, id).await?;
    Ok(see_other(&format!("/admin/users/{id}/security?reset=1")))
}

#[derive(Deserialize, Default)]
pub struct ColleagueQuery {
    ended: Option<u64>,
}

#[derive(Template)]
#[template(path = "security/end_sessions.html")]
struct EndSessionsPage {
    ctx: PageContext,
    name: String,
    action: String,
    notice: Option<String>,
}

/// Asks a user administrator to confirm signing a colleague out everywhere (from the
/// people page), and says afterwards what was done.
pub async fn colleague_sessions(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<ColleagueQuery>,
) -> Result<Response, AppError> {
    let user = security::sessions_to_end(&state, &ctx, id).await?;
    let page_ctx = page_context(&state, &ctx);
    let page = EndSessionsPage {
        notice: query
            .ended
            .map(|count| page_ctx.sessions_ended(count, &user.name)),
        ctx: page_ctx,
        name: user.name,
        action: format!("/people/{id}/sessions/end"),
    };
    Ok(page.render_html()?.into_response())
}

/// Signs a colleague out everywhere (their user administrator, or the secretariat).
pub async fn colleague_end_sessions(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let ended = security::end_sessions_of_colleague(&state, &ctx, id).await?;
    Ok(see_other(&format!("/people/{id}/sessions?ended={ended}")))
}
