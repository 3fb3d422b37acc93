//! Signing in through an OpenID Connect provider: the start (to the provider, with the
//! `state` also in a short-lived cookie of this browser, so a return started in another
//! browser is refused), the return (state taken once from the database, the code exchanged,
//! the ID token verified, the person matched by `frirum_app::sign_in`) and the page for a
//! person Frirum does not know.
//!
//! An invitation's page starts the same sign-in with the invitation
//! (`/invitations/{secret}/oidc/{provider}`): the invitation is kept with the sign-in under
//! way in the database, so the return accepts the invitation the browser started with and
//! nothing the provider's return could name.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use frirum_app::account_security::Client;
use frirum_app::people::InvitationView;
use frirum_app::sign_in::{self as service, InvitationOutcome, NewSignIn, Outcome};
use serde::Deserialize;

use crate::AppState;
use crate::context::{Auth, RequestContext, SESSION_COOKIE, cookie_name, cookie_value, set_cookie};
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::{local_path, see_other};

/// The cookie that binds a sign-in under way to the browser that started it.
const STATE_COOKIE: &str = "frirum_oidc_state";

#[derive(Deserialize)]
pub struct StartQuery {
    next: Option<String>,
}

/// The provider's address for its return.
fn callback_url(state: &AppState, provider: &str) -> String {
    format!(
        "{}/login/oidc/{provider}/callback",
        state.app.config.public_url.trim_end_matches('/')
    )
}

/// `GET /login/oidc/{provider}`: sends the browser to the provider.
pub async fn start(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(provider): Path<String>,
    Query(query): Query<StartQuery>,
) -> Result<Response, AppError> {
    let next = local_path(query.next.as_deref().unwrap_or("/"), "/");
    begin(&state, &ctx, &provider, &next, None).await
}

/// `GET /invitations/{secret}/oidc/{provider}`: accepts an invitation by signing in at the
/// provider. A used, expired or unknown invitation gets its page (which says whom to ask)
/// before anybody is sent to the provider.
pub async fn start_for_invitation(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((secret, provider)): Path<(String, String)>,
) -> Result<Response, AppError> {
    if !state.oidc.has(&provider) {
        return Err(frirum_app::Error::NotFound.into());
    }
    match frirum_app::people::invitation(&state, &secret, ctx.now).await {
        Ok(view) if view.state == frirum_domain::invitation::InvitationState::Open => {
            // The new person lands on their front page.
            begin(&state, &ctx, &provider, "/", Some(&secret)).await
        }
        Ok(_) | Err(frirum_app::Error::NotFound) => {
            super::people::invitation_page(&state, &ctx, secret, None).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Starts a sign-in at `provider`, keeping where to go next and the invitation it accepts.
async fn begin(
    state: &AppState,
    ctx: &RequestContext,
    provider: &str,
    next: &str,
    invitation: Option<&str>,
) -> Result<Response, AppError> {
    let redirect = callback_url(state, provider);
    let Some(started) = state.oidc.start(provider, &redirect).await else {
        return Err(frirum_app::Error::NotFound.into());
    };
    let started = started.map_err(|e| {
        tracing::warn!(provider, "sign-in could not start: {e}");
        frirum_app::Error::from(e)
    })?;
    service::begin(
        state,
        NewSignIn {
            provider,
            state: &started.state,
            nonce: &started.nonce,
            pkce_verifier: &started.pkce_verifier,
            next_path: next,
            invitation,
        },
        ctx.now,
    )
    .await?;
    let mut response = see_other(&started.url);
    response.headers_mut().append(
        SET_COOKIE,
        set_cookie(
            state,
            STATE_COOKIE,
            &started.state,
            Some(time::Duration::seconds(
                service::SIGN_IN_LIFETIME.whole_seconds(),
            )),
        ),
    );
    Ok(response)
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    state: Option<String>,
    code: Option<String>,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "auth/no_account.html")]
struct NoAccountPage {
    ctx: PageContext,
    provider: String,
}

/// The refusal of an invitation accepted through a provider: the provider vouched for
/// another address, or the person has an account already.
#[derive(Template)]
#[template(path = "people/invitation_refused.html")]
struct InvitationRefusedPage {
    ctx: PageContext,
    view: InvitationView,
    provider: String,
    /// The address the provider vouched for; `None` when the person has an account.
    other_email: Option<String>,
}

/// The provider's name as the operator configured it.
fn provider_name(state: &AppState, provider: &str) -> String {
    state
        .oidc
        .list()
        .into_iter()
        .find(|(id, _)| id == provider)
        .map_or_else(|| provider.to_owned(), |(_, name)| name)
}

/// `GET /login/oidc/{provider}/callback`: the provider sends the browser back.
pub async fn callback(
    State(state): State<AppState>,
    ctx: RequestContext,
    headers: HeaderMap,
    Path(provider): Path<String>,
    Query(query): Query<CallbackQuery>,
) -> Result<Response, AppError> {
    if !state.oidc.has(&provider) {
        return Err(frirum_app::Error::NotFound.into());
    }
    let clear = set_cookie(&state, STATE_COOKIE, "", Some(time::Duration::ZERO));
    let with_clear = |mut response: Response| {
        response.headers_mut().append(SET_COOKIE, clear.clone());
        response
    };
    let returned = query.state.as_deref().unwrap_or_default();
    let cookie = cookie_value(&headers, &cookie_name(&state, STATE_COOKIE)).unwrap_or_default();
    // The state must be this browser's (its cookie) and still under way (the database).
    if returned.is_empty() || cookie != returned {
        tracing::warn!(provider, "sign-in refused: the state is not this browser's");
        return Err(frirum_app::Error::SignInState.into());
    }
    let pending = service::resume(&state, &provider, returned, ctx.now)
        .await
        .inspect_err(|_| {
            tracing::warn!(provider, "sign-in refused: unknown, used or expired state");
        })?;
    if let Some(error) = &query.error {
        // The person cancelled at the provider, or it refused: back to the login page.
        tracing::info!(provider, error, "the provider returned without signing in");
        return Ok(with_clear(see_other("/login")));
    }
    let code = query
        .code
        .as_deref()
        .ok_or_else(|| AppError::InvalidRequest("the provider sent no code".to_owned()))?;
    let redirect = callback_url(&state, &provider);
    let identity = state
        .oidc
        .finish(
            &provider,
            &redirect,
            code,
            &pending.nonce,
            &pending.pkce_verifier,
            ctx.now,
        )
        .await
        .map_err(|e| {
            tracing::warn!(provider, "sign-in refused: {e}");
            frirum_app::Error::from(e)
        })?;
    if identity.subject.is_empty() {
        tracing::warn!(provider, "sign-in refused: the ID token names no subject");
        return Err(frirum_app::Error::SignInToken {
            reason: "no subject".to_owned(),
        }
        .into());
    }
    let replacing = match &ctx.auth {
        Auth::Session(old) => Some(old.as_str()),
        _ => None,
    };
    let client = Client {
        address: &ctx.address,
        user_agent: headers
            .get(axum::http::header::USER_AGENT)
            .and_then(|v| v.to_str().ok()),
    };
    if let Some(invitation) = &pending.invitation {
        let outcome =
            service::accept_invitation(&state, &identity, invitation, client, replacing, ctx.now)
                .await?;
        let response = match outcome {
            InvitationOutcome::SignedIn { user, secret } => {
                tracing::info!(
                    user_id = user.id,
                    provider,
                    "accepted an invitation through the provider and signed in"
                );
                signed_in(&state, &pending.next_path, &secret)
            }
            InvitationOutcome::Closed(_) => {
                tracing::info!(provider, "invitation through the provider: used or expired");
                super::people::invitation_page(&state, &ctx, invitation.clone(), None).await?
            }
            InvitationOutcome::OtherEmail { invitation, email } => {
                tracing::warn!(
                    provider,
                    invitation_id = invitation.invitation.id,
                    "invitation refused: the provider vouches for another e-mail address"
                );
                let page = InvitationRefusedPage {
                    ctx: page_context(&state, &ctx),
                    view: invitation,
                    provider: provider_name(&state, &provider),
                    other_email: Some(email),
                };
                (StatusCode::FORBIDDEN, page.render_html()?).into_response()
            }
            InvitationOutcome::HasAccount(invitation) => {
                tracing::info!(
                    provider,
                    invitation_id = invitation.invitation.id,
                    "invitation refused: the person has an account already"
                );
                let page = InvitationRefusedPage {
                    ctx: page_context(&state, &ctx),
                    view: invitation,
                    provider: provider_name(&state, &provider),
                    other_email: None,
                };
                (StatusCode::CONFLICT, page.render_html()?).into_response()
            }
        };
        return Ok(with_clear(response));
    }
    match service::complete(&state, &identity, client, replacing, ctx.now).await? {
        Outcome::SignedIn { user, secret } => {
            tracing::info!(
                user_id = user.id,
                provider,
                "signed in through the provider"
            );
            Ok(with_clear(signed_in(&state, &pending.next_path, &secret)))
        }
        Outcome::NoAccount => {
            tracing::info!(provider, "sign-in of a person without an account");
            let page = NoAccountPage {
                ctx: page_context(&state, &ctx),
                provider: provider_name(&state, &provider),
            };
            Ok(with_clear(
                (StatusCode::FORBIDDEN, page.render_html()?).into_response(),
            ))
        }
    }
}

/// The redirect to `next` with the new session's cookie.
fn signed_in(state: &AppState, next: &str, secret: &str) -> Response {
    let mut response = see_other(next);
    response.headers_mut().append(
        SET_COOKIE,
        set_cookie(
            state,
            SESSION_COOKIE,
            secret,
            Some(state.app.config.session_lifetime),
        ),
    );
    response
}

/// The page that sends the browser on to the provider's end of session.
#[derive(Template)]
#[template(path = "auth/provider_logout.html")]
struct ProviderLogoutPage {
    ctx: PageContext,
    provider: String,
    url: String,
}

/// Where logging out leads: the provider's end of session when it signed the session in and
/// publishes one, else the home page.
///
/// The way to the provider is a page that refreshes to it (with a link to follow by hand),
/// not a redirect: logging out is a form, and the pages' `form-action 'self'` makes the
/// browser refuse a form's redirect to another site, which left the person on the page
/// they were leaving.
pub async fn logged_out(
    state: &AppState,
    ctx: &RequestContext,
    provider: Option<String>,
) -> Result<Response, AppError> {
    let home = format!("{}/", state.app.config.public_url.trim_end_matches('/'));
    let Some(id) = provider else {
        return Ok(see_other("/"));
    };
    let Some(url) = state.oidc.logout_url(&id, &home).await else {
        return Ok(see_other("/"));
    };
    // The page is the signed-out visitor's.
    let mut gone = ctx.clone();
    gone.actor.user = None;
    gone.unread_notifications = 0;
    let page = ProviderLogoutPage {
        ctx: page_context(state, &gone),
        provider: provider_name(state, &id),
        url,
    };
    Ok(page.render_html()?.into_response())
}
