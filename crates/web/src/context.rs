//! The per-request context: who is asking, in which language, with which CSRF token; and
//! the one place where errors are turned into responses.
//!
//! [`middleware`] runs around every route. It authenticates (bearer token or session
//! cookie), chooses the language, checks the CSRF token of every state-changing form or
//! cookie-authenticated API call, and renders every error response: the JSON envelope under
//! `/api/`, a translated error page elsewhere.
//!
//! The CSRF token of a signed-in visitor is derived from their session's secret (SHA-256
//! of it with a fixed label), so it is bound to that session, changes with every login and
//! is refused in any other session; an anonymous visitor gets a random one in a cookie.
//! The cookie mirrors the token for the browser's convenience; the check never trusts it
//! for a session. When Frirum is served over HTTPS its cookies carry the `__Host-` prefix.
//!
//! It also sets the caching headers: `Cache-Control: no-store` on everything but public
//! pages shown to anonymous visitors (so private pages, API answers and exports stay out of
//! caches), and HSTS when the public address is `https://`.

use axum::body::Body;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{
    ACCEPT_LANGUAGE, AUTHORIZATION, CACHE_CONTROL, CONTENT_TYPE, COOKIE, LOCATION, RETRY_AFTER,
    SET_COOKIE, STRICT_TRANSPORT_SECURITY, VARY, WWW_AUTHENTICATE,
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

pub(crate) fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .flat_map(|h| h.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
}

/// Whether Frirum is reached over HTTPS (its public address says so): then its cookies
/// carry the `__Host-` prefix and browsers are told to use HTTPS only (HSTS).
fn served_over_https(state: &AppState) -> bool {
    state.app.config.public_url.starts_with("https://")
}

/// The name a cookie is sent under: `__Host-` before it when served over HTTPS, which makes
/// browsers refuse it unless it is secure, for the whole host and set by the host itself.
pub fn cookie_name(state: &AppState, name: &str) -> String {
    if served_over_https(state) {
        format!("__Host-{name}")
    } else {
        name.to_owned()
    }
}

/// Builds a `Set-Cookie` value with the attributes Frirum always uses.
pub fn set_cookie(
    state: &AppState,
    name: &str,
    value: &str,
    max_age: Option<time::Duration>,
) -> HeaderValue {
    let https = served_over_https(state);
    let mut cookie = Cookie::build((cookie_name(state, name), value.to_owned()))
        .path("/")
        .http_only(true)
        .secure(state.config.secure_cookies || https)
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

/// The network address of the client: the peer's, unless the peer is a trusted proxy, in
/// which case `X-Forwarded-For` is read from the right, skipping trusted proxies, and the
/// first other address is the client's. A header that does not parse is not believed.
pub fn client_address(
    peer: Option<std::net::IpAddr>,
    headers: &HeaderMap,
    trusted: &[std::net::IpAddr],
) -> String {
    let Some(peer) = peer else {
        return "unknown".to_owned();
    };
    if !trusted.contains(&peer) {
        return peer.to_string();
    }
    let hops: Option<Vec<std::net::IpAddr>> = headers
        .get_all("x-forwarded-for")
        .iter()
        .map(|v| v.to_str().ok())
        .collect::<Option<Vec<&str>>>()
        .and_then(|values| {
            values
                .iter()
                .flat_map(|v| v.split(','))
                .map(|hop| hop.trim().parse().ok())
                .collect()
        });
    let Some(hops) = hops else {
        return peer.to_string();
    };
    hops.iter()
        .rev()
        .find(|hop| !trusted.contains(hop))
        .or(hops.first())
        .unwrap_or(&peer)
        .to_string()
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
    let peer = request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip());
    let address = client_address(peer, &headers, &state.config.trusted_proxies);
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    let csrf_cookie = cookie_name(&state, CSRF_COOKIE);
    let session_cookie = cookie_name(&state, SESSION_COOKIE);

    let existing_csrf = cookie_value(&headers, &csrf_cookie).filter(|v| is_secret_shaped(v));
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
        None => match cookie_value(&headers, &session_cookie) {
            Some(secret) => {
                match service::session_holder(&state, secret, now).await {
                    Ok(Some((user, hash))) => {
                        // Bound to the session; the cookie follows so that it shows the same.
                        ctx.csrf_token = service::session_csrf_token(secret);
                        if existing_csrf != Some(ctx.csrf_token.as_str()) {
                            cookies_out.retain(|c| !is_cookie(c, &csrf_cookie));
                            cookies_out.push(set_cookie(
                                &state,
                                CSRF_COOKIE,
                                &ctx.csrf_token,
                                None,
                            ));
                        }
                        Ok((Some(user), Auth::Session(hash)))
                    }
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
    // The public API (no credentials) is limited per client address.
    let authenticated = match (authenticated, &state.api_limiter) {
        (Ok((None, Auth::Anonymous)), Some(limiter)) if is_api => limiter
            .check(&ctx.address)
            .map(|()| (None, Auth::Anonymous))
            .map_err(|retry_after_secs| AppError::RateLimited { retry_after_secs }),
        (authenticated, _) => authenticated,
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
                    let response = match public_cache(&state, &ctx, &request, &headers) {
                        // An anonymous GET of a public page: kept answers are sent again.
                        Some((cache, epoch, key)) => {
                            cache
                                .answer(epoch, &key, &ctx.csrf_token, next.run(request))
                                .await
                        }
                        None => next.run(request).await,
                    };
                    finish(&state, &ctx, is_api, response)
                }
            }
        }
    };
    let mut response = response;
    // A login or logout changes the session: the CSRF token changes with it, to the one
    // bound to the new session, or to a fresh random one for the signed-out visitor.
    if let Some(session) = set_cookie_value(&response, &session_cookie) {
        let token = if session.is_empty() {
            service::new_secret()
        } else {
            service::session_csrf_token(&session)
        };
        cookies_out.retain(|c| !is_cookie(c, &csrf_cookie));
        cookies_out.push(set_cookie(&state, CSRF_COOKIE, &token, None));
    }
    for cookie in cookies_out {
        response.headers_mut().append(SET_COOKIE, cookie);
    }
    cache_headers(&state, &ctx, safe, &mut response);
    if !safe && let Some(cache) = &state.page_cache {
        // It may have written (whatever it answered): public answers are rendered again.
        cache.invalidate();
    }
    response
}

/// The cache of public answers, the request's epoch and its key, when the request is an
/// anonymous GET of a public path without any credentials sent (not even a stale session
/// cookie), whose answer may then be kept and sent again (`page_cache`).
fn public_cache<'a>(
    state: &'a AppState,
    ctx: &RequestContext,
    request: &Request,
    headers: &HeaderMap,
) -> Option<(&'a crate::PageCache, (u64, i64), String)> {
    let cache = state.page_cache.as_deref()?;
    let anonymous = ctx.auth == Auth::Anonymous
        && ctx.user.is_none()
        && !headers.contains_key(AUTHORIZATION)
        && cookie_value(headers, &cookie_name(state, SESSION_COOKIE)).is_none();
    if *request.method() != Method::GET
        || !anonymous
        || !crate::page_cache::is_public(request.uri().path())
    {
        return None;
    }
    let key = format!("{} {}", ctx.lang.tag(), ctx.path);
    Some((cache, cache.epoch_at(ctx.now), key))
}

/// Whether a `Set-Cookie` value sets the cookie `name`.
fn is_cookie(header: &HeaderValue, name: &str) -> bool {
    header
        .to_str()
        .ok()
        .and_then(|v| v.split_once('='))
        .is_some_and(|(n, _)| n.trim() == name)
}

/// The value a response sets the cookie `name` to, if it sets it.
fn set_cookie_value(response: &Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .find(|h| is_cookie(h, name))
        .and_then(|h| h.to_str().ok())
        .and_then(|v| v.split(';').next())
        .and_then(|pair| pair.split_once('='))
        .map(|(_, value)| value.trim().to_owned())
}

/// Pages anyone may read without signing in, which shared caches may keep when served to
/// an anonymous visitor. Exports and letters are never among them.
fn is_public_page(path: &str) -> bool {
    const PUBLIC: [&str; 9] = [
        "/static/",
        "/schemes",
        "/rounds/",
        "/decisions",
        "/organisations",
        "/rule-finder",
        "/provisions/",
        "/acts/",
        "/trials/",
    ];
    const EXPORTS: [&str; 7] = [
        ".csv", ".xlsx", ".pdf", "/letter", "/receipt", "/print", "/ranking",
    ];
    let path = path.split('?').next().unwrap_or_default();
    let public = path == "/"
        || PUBLIC.iter().any(|p| path.starts_with(p))
        || (path.starts_with("/applications/") && path.ends_with("/decision"));
    public && !EXPORTS.iter().any(|e| path.ends_with(e))
}

/// `Cache-Control: no-store` on every answer but a public page read anonymously (private
/// pages, API answers, exports, errors, anything sent to a signed-in user), and HSTS when
/// Frirum is served over HTTPS.
fn cache_headers(state: &AppState, ctx: &RequestContext, safe: bool, response: &mut Response) {
    let cacheable = safe
        && ctx.auth == Auth::Anonymous
        && response.status().is_success()
        && is_public_page(&ctx.path);
    let headers = response.headers_mut();
    if cacheable {
        // The page differs by the visitor's language (switcher cookie or browser).
        headers.insert(VARY, HeaderValue::from_static("Cookie, Accept-Language"));
    } else {
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if served_over_https(state) {
        headers.insert(
            STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
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
    // An anonymous visitor's token is the one in their cookie; a session's is bound to it.
    if !had_cookie && !ambient {
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
    let limit = state.body_limit(request.uri().path());
    let (parts, body) = request.into_parts();
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
    if let AppError::App(Error::TooManyLogins { retry_after_secs })
    | AppError::RateLimited { retry_after_secs } = err
    {
        response
            .headers_mut()
            .insert(RETRY_AFTER, HeaderValue::from(*retry_after_secs));
    }
    response
}
