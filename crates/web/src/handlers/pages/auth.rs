//! Logging in and out, and choosing the interface language.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::header::{RETRY_AFTER, SET_COOKIE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use frirum_domain::Language;
use serde::Deserialize;

use crate::AppState;
use crate::context::{Auth, LANGUAGE_COOKIE, RequestContext, SESSION_COOKIE, set_cookie};
use crate::error::AppError;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::pages::security;
use crate::handlers::{local_path, see_other};
use frirum_app::account_security::SignInStep;
use frirum_app::accounts::{self as service, LoginError};

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "auth/login.html")]
struct LoginPage {
    ctx: PageContext,
    email: String,
    next: String,
    error: Option<String>,
    /// The OpenID Connect providers to sign in with: id and name.
    providers: Vec<(String, String)>,
}

pub async fn form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<NextQuery>,
) -> Result<Response, AppError> {
    if ctx.user.is_some() {
        return Ok(see_other("/"));
    }
    let page = LoginPage {
        ctx: page_context(&state, &ctx),
        email: String::new(),
        next: local_path(query.next.as_deref().unwrap_or("/"), "/"),
        error: None,
        providers: state.oidc.list(),
    };
    Ok(page.render_html()?.into_response())
}

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    headers: axum::http::HeaderMap,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    let now = ctx.now;
    let next = local_path(form.next.as_deref().unwrap_or("/"), "/");
    let replacing = match &ctx.auth {
        Auth::Session(old) => Some(old.as_str()),
        _ => None,
    };
    let client = frirum_app::account_security::Client {
        address: &ctx.address,
        user_agent: headers
            .get(axum::http::header::USER_AGENT)
            .and_then(|v| v.to_str().ok()),
    };
    let outcome = match frirum_app::account_security::sign_in(
        &state,
        &form.email,
        &form.password,
        client,
        replacing,
        now,
    )
    .await
    {
        Ok(SignInStep::SignedIn { user, session }) => Ok((user, session)),
        Ok(SignInStep::Code { challenge }) => {
            return Ok(security::to_second_step(&state, &challenge, "/login/code"));
        }
        Ok(SignInStep::Enrol { challenge }) => {
            return Ok(security::to_second_step(&state, &challenge, "/login/enrol"));
        }
        Err(e) => Err(e),
    };
    let page_ctx = page_context(&state, &ctx);
    let (status, message, retry_after) = match outcome {
        Ok((user, secret)) => {
            let mut response = see_other(&next);
            response.headers_mut().append(
                SET_COOKIE,
                set_cookie(
                    &state,
                    SESSION_COOKIE,
                    &secret,
                    Some(state.app.config.session_lifetime),
                ),
            );
            tracing::info!(user_id = user.id, "logged in");
            return Ok(response);
        }
        Err(LoginError::InvalidCredentials) => {
            (StatusCode::UNAUTHORIZED, page_ctx.t("login-failed"), None)
        }
        Err(LoginError::Throttled { retry_after_secs }) => (
            StatusCode::TOO_MANY_REQUESTS,
            page_ctx.login_wait(retry_after_secs),
            Some(retry_after_secs),
        ),
        Err(LoginError::Store(e)) => return Err(frirum_app::Error::from(e).into()),
    };
    let page = LoginPage {
        ctx: page_ctx,
        email: form.email,
        next,
        error: Some(message),
        providers: state.oidc.list(),
    };
    let mut response = (status, page.render_html()?).into_response();
    if let Some(secs) = retry_after {
        response
            .headers_mut()
            .insert(RETRY_AFTER, HeaderValue::from(secs));
    }
    Ok(response)
}

impl PageContext {
    /// How long to wait before logging in again: in seconds while it is under a minute
    /// (the doubling wait of one account), else in minutes.
    pub fn login_wait(&self, retry_after_secs: u64) -> String {
        if retry_after_secs < 60 {
            self.t1("login-throttled-seconds", "seconds", retry_after_secs)
        } else {
            self.t1("login-throttled", "minutes", retry_after_secs.div_ceil(60))
        }
    }
}

pub async fn logout(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Response, AppError> {
    let mut provider = None;
    if let Auth::Session(hash) = &ctx.auth {
        provider = frirum_app::sign_in::session_provider(&state, hash).await?;
        service::sign_out(&state, hash).await?;
    }
    let mut response = super::sign_in::logged_out(&state, &ctx, provider).await?;
    response.headers_mut().append(
        SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, "", Some(time::Duration::ZERO)),
    );
    Ok(response)
}

#[derive(Deserialize)]
pub struct LanguageForm {
    lang: String,
    next: Option<String>,
}

/// The language switcher: remembered in a cookie, and as the user's own setting when
/// signed in (the setting would otherwise win over the switcher).
pub async fn choose_language(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<LanguageForm>,
) -> Result<Response, AppError> {
    let lang: Language =
        form.lang
            .parse()
            .map_err(|e: frirum_domain::language::UnknownLanguage| {
                AppError::field("lang", e.to_string())
            })?;
    if let Auth::Session(_) = &ctx.auth {
        service::choose_language(&state, &ctx, lang).await?;
    }
    let mut response = see_other(&local_path(form.next.as_deref().unwrap_or("/"), "/"));
    response.headers_mut().append(
        SET_COOKIE,
        set_cookie(
            &state,
            LANGUAGE_COOKIE,
            lang.tag(),
            Some(time::Duration::days(365)),
        ),
    );
    Ok(response)
}
