//! The per-request context: who is asking, in which language, with which CSRF token; and
//! the one place where errors are turned into responses.
//!
//! [`middleware`] runs around every route. It authenticates (bearer token or session
//! cookie), chooses the language, checks the CSRF token of every state-changing form or
//! cookie-authenticated API call, and renders every error response: the JSON envelope under
//! `/api/`, a translated error page elsewhere.

use axum::body::Body;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{
    ACCEPT_LANGUAGE, AUTHORIZATION, CONTENT_TYPE, COOKIE, LOCATION, RETRY_AFTER, SET_COOKIE,
    WWW_AUTHENTICATE,
};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use cookie::{Cookie, SameSite};
use frirum_app::{Actor, Error};
use frirum_domain::Language;

use crate::AppState;
use crate::error::{AppError, PendingError};
use crate::handlers::pages::layout::{ErrorPage, PageContext, RenderHtml};
use frirum_app::accounts as service;

pub const SESSION_COOKIE: &str = "frirum_session";
pub const CSRF_COOKIE: &str = "frirum_csrf";
pub const LANGUAGE_COOKIE: &str = "frirum_lang";
pub const CSRF_FIELD: &str = "csrf_token";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// How the visitor proved who they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    Anonymous,
    /// A session cookie; the hash of its secret, to end the session on logout.
    Session(String),
    /// A personal API token.
    Token,
}

/// Who is asking, and how to answer them: the [`Actor`] the use cases take (who, in which
/// language, at which moment), resolved once here, and what only HTTP needs.
#[derive(Debug, Clone)]
pub struct RequestContext {
    pub actor: Actor,
    pub auth: Auth,
    pub csrf_token: String,
    /// The path and query of the request, to come back to after logging in.
    pub path: String,
    /// The network address the request came from, for login throttling.
    pub address: String,
    /// The signed-in user's unread notifications, counted for pages only.
    pub unread_notifications: u64,
}

/// A handler hands the context to a use case as its actor.
impl std::ops::Deref for RequestContext {
    type Target = Actor;

    fn deref(&self) -> &Actor {
        &self.actor
    }
}

impl<S: Send + Sync> FromRequestParts<S> for RequestContext {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<RequestContext>()
            .cloned()
            .ok_or_else(|| AppError::internal("request context missing"))
    }
}

fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .flat_map(|h| h.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
}

/// Builds a `Set-Cookie` value with the attributes Frirum always uses.
pub fn set_cookie(
    state: &AppState,
    name: &str,
    value: &str,
    max_age: Option<time::Duration>,
) -> HeaderValue {
    let mut cookie = Cookie::build((name.to_owned(), value.to_owned()))
        .path("/")
        .http_only(true)
        .secure(state.config.secure_cookies)
        .same_site(if name == CSRF_COOKIE {
            SameSite::Strict
        } else {
            SameSite::Lax
        });
    if let Some(age) = max_age {
        cookie = cookie.max_age(age);
    }
    HeaderValue::from_str(&cookie.build().to_string()).expect("cookie is a valid header")
}

fn is_secret_shaped(value: &str) -> bool {
    value.len() == 43
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `Some(Ok(token))` for a bearer token, `Some(Err(()))` for any other Authorization header.
fn bearer(headers: &HeaderMap) -> Option<Result<&str, ()>> {
    let value = headers.get(AUTHORIZATION)?;
    Some(
        value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or(()),
    )
}

/// Compares two secrets in time that does not depend on where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

pub async fn middleware(State(state): State<AppState>, request: Request, next: Next) -> Response {
    // The one reading of the clock for the whole request.
    let now = state.app.now();
    let path = request
        .uri()
        .path_and_query()
        .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned());
    let is_api = request.uri().path().starts_with("/api/");
    let headers = request.headers().clone();
    let address = request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string());

    let existing_csrf = cookie_value(&headers, CSRF_COOKIE).filter(|v| is_secret_shaped(v));
    let csrf_token = existing_csrf.map_or_else(service::new_secret, str::to_owned);
    let mut cookies_out: Vec<HeaderValue> = Vec::new();
    if existing_csrf.is_none() {
        cookies_out.push(set_cookie(&state, CSRF_COOKIE, &csrf_token, None));
    }
    let switcher = cookie_value(&headers, LANGUAGE_COOKIE).and_then(|v| v.parse().ok());
    let accept = headers
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(accept_language::parse)
        .unwrap_or_default();

    let mut ctx = RequestContext {
        actor: Actor::public(
            Language::choose(None, switcher, accept.iter().map(String::as_str)),
            now,
        ),
        auth: Auth::Anonymous,
        csrf_token,
        path,
        address,
        unread_notifications: 0,
    };

    let authenticated = match bearer(&headers) {
        Some(Ok(token)) => match service::token_holder(&state, token, now).await {
            Ok(Some(user)) => Ok((Some(user), Auth::Token)),
            Ok(None) => Err(AppError::InvalidToken),
            Err(e) => Err(e.into()),
        },
        Some(Err(())) => Err(AppError::InvalidToken),
        None => match cookie_value(&headers, SESSION_COOKIE) {
            Some(secret) => {
                match service::session_holder(&state, secret, now).await {
                    Ok(Some((user, hash))) => Ok((Some(user), Auth::Session(hash))),
                    Ok(None) => {
                        // A stale cookie is removed rather than sent again and again.
                        cookies_out.push(set_cookie(
                            &state,
                            SESSION_COOKIE,
                            "",
                            Some(time::Duration::ZERO),
                        ));
                        Ok((None, Auth::Anonymous))
                    }
                    Err(e) => Err(e.into()),
                }
            }
            None => Ok((None, Auth::Anonymous)),
        },
    };
    let response = match authenticated {
        Err(err) => render_error(&state, &ctx, is_api, &err),
        Ok((user, auth)) => {
            if let Some(lang) = user.as_ref().and_then(|u| u.language) {
                ctx.actor.lang = lang;
            }
            ctx.actor.user = user;
            ctx.auth = auth;
            if !is_api && ctx.user.is_some() {
                // The page header shows the count; a failure only hides it.
                match frirum_app::notifications::unread(&state, &ctx).await {
                    Ok(n) => ctx.unread_notifications = n,
                    Err(e) => tracing::warn!(error = %e, "cannot count unread notifications"),
                }
            }
            match check_csrf(&state, &ctx, is_api, existing_csrf.is_some(), request).await {
                Err(err) => render_error(&state, &ctx, is_api, &err),
                Ok(mut request) => {
                    request.extensions_mut().insert(ctx.clone());
                    let response = next.run(request).await;
                    finish(&state, &ctx, is_api, response)
                }
            }
        }
    };
    let mut response = response;
    for cookie in cookies_out {
        response.headers_mut().append(SET_COOKIE, cookie);
    }
    response
}

/// Lets safe requests and token-authenticated API calls through; otherwise requires the
/// CSRF token: in the form field for HTML forms, in the `X-CSRF-Token` header for the API.
async fn check_csrf(
    state: &AppState,
    ctx: &RequestContext,
    is_api: bool,
    had_cookie: bool,
    request: Request,
) -> Result<Request, AppError> {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    // Only a session cookie carries ambient authority into the API; anonymous and
    // token-authenticated calls have nothing for a forged request to borrow.
    let ambient = matches!(ctx.auth, Auth::Session(_));
    if safe || ctx.auth == Auth::Token || (is_api && !ambient) {
        return Ok(request);
    }
    if !had_cookie {
        return Err(AppError::CsrfFailed);
    }
    if is_api {
        let sent = request
            .headers()
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        return if same_secret(sent, &ctx.csrf_token) {
            Ok(request)
        } else {
            Err(AppError::CsrfFailed)
        };
    }
    let content_type = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let multipart_boundary = multer::parse_boundary(&content_type).ok();
    if !content_type.starts_with("application/x-www-form-urlencoded")
        && multipart_boundary.is_none()
    {
        return Err(AppError::CsrfFailed);
    }
    let (parts, body) = request.into_parts();
    let limit = state.config.body_limit;
    let bytes = axum::body::to_bytes(body, limit)
        .await
        .map_err(|_| AppError::PayloadTooLarge { limit })?;
    let sent = match multipart_boundary {
        Some(boundary) => multipart_field(bytes.clone(), boundary, CSRF_FIELD).await,
        None => form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == CSRF_FIELD)
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default(),
    };
    if !same_secret(&sent, &ctx.csrf_token) {
        return Err(AppError::CsrfFailed);
    }
    Ok(Request::from_parts(parts, Body::from(bytes)))
}

/// The text of one field of a buffered multipart body, or nothing.
async fn multipart_field(bytes: axum::body::Bytes, boundary: String, name: &str) -> String {
    let stream =
        futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(bytes) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some(name) {
            return field.text().await.unwrap_or_default();
        }
    }
    String::new()
}

/// Renders the error a handler or the framework left in the response, if any.
fn finish(state: &AppState, ctx: &RequestContext, is_api: bool, response: Response) -> Response {
    if let Some(PendingError(err)) = response.extensions().get::<PendingError>().cloned() {
        return render_error(state, ctx, is_api, &err);
    }
    let status = response.status();
    if status.is_client_error() || status.is_server_error() {
        let content_type = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let rendered = if is_api {
            content_type.starts_with("application/json")
        } else {
            content_type.starts_with("text/html")
        };
        if !rendered {
            let err = AppError::from_status(status, state.config.body_limit);
            return render_error(state, ctx, is_api, &err);
        }
    }
    response
}

/// Turns an error into the response the client gets.
pub fn render_error(
    state: &AppState,
    ctx: &RequestContext,
    is_api: bool,
    err: &AppError,
) -> Response {
    let status = err.status();
    if status.is_server_error() {
        tracing::error!(code = err.code(), "request failed: {err:?}");
    }
    let mut response = if is_api {
        (status, axum::Json(err.envelope())).into_response()
    } else if matches!(err, AppError::App(Error::Unauthenticated)) {
        let target = format!(
            "/login?next={}",
            form_urlencoded::byte_serialize(ctx.path.as_bytes()).collect::<String>()
        );
        let mut r = StatusCode::SEE_OTHER.into_response();
        r.headers_mut().insert(
            LOCATION,
            HeaderValue::from_str(&target).expect("encoded path"),
        );
        r
    } else {
        let page_ctx = PageContext::new(
            state.i18n.clone(),
            ctx,
            &ctx.csrf_token,
            &ctx.path,
            ctx.unread_notifications,
        );
        let page = ErrorPage::new(page_ctx, err);
        match page.render_html() {
            Ok(html) => (status, html).into_response(),
            Err(e) => {
                tracing::error!("error page failed to render: {e}");
                (status, err.to_string()).into_response()
            }
        }
    };
    if matches!(
        err,
        AppError::App(Error::Unauthenticated) | AppError::InvalidToken
    ) && is_api
    {
        response
            .headers_mut()
            .insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    if let AppError::App(Error::TooManyLogins { retry_after_secs }) = err {
        response
            .headers_mut()
            .insert(RETRY_AFTER, HeaderValue::from(*retry_after_secs));
    }
    response
}
