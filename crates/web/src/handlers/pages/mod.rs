//! The HTML pages people use. They work without JavaScript.
//!
//! One module per area; each owns its handlers, its private page structs and their templates
//! in `templates/<area>/`. [`layout`] holds what every page shares.

pub mod account;
pub mod applications;
pub mod assessment;
pub mod auth;
pub mod barriers;
pub mod decisions;
pub mod dossier;
pub mod evaluations;
pub mod feeds;
pub mod generalisation;
pub mod home;
pub mod import;
pub mod lab;
pub mod law;
pub mod law_sync;
pub mod layout;
pub mod networks;
pub mod notifications;
pub mod open_data;
pub mod operations;
pub mod organisations;
pub mod partners;
pub mod people;
pub mod research_plans;
pub mod research_teams;
pub mod review;
pub mod schemes;
pub mod security;
pub mod sign_in;
pub mod statistics;
pub mod trial_changes;
pub mod trial_documents;
pub mod trial_funds;
pub mod trial_indicators;
pub mod trial_regulations;
pub mod trial_reports;
pub mod trials;
pub mod users;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use frirum_domain::user::AccountError;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::handlers::pages::layout::PageContext;
use frirum_app::accounts::ServiceError;

/// The layout data of a page answering the request.
pub fn page_context(state: &AppState, ctx: &RequestContext) -> PageContext {
    PageContext::new(
        state.i18n.clone(),
        ctx,
        &ctx.csrf_token,
        &ctx.path,
        ctx.unread_notifications,
    )
}

/// A handler that needs nothing of the request but the layout data takes the page context.
impl FromRequestParts<AppState> for PageContext {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let ctx = RequestContext::from_request_parts(parts, state).await?;
        Ok(page_context(state, &ctx))
    }
}

/// The message to show in a form for a refused account change. `None` for errors that are
/// not the person's to fix.
pub fn account_error_message(ctx: &PageContext, err: &ServiceError) -> Option<String> {
    let id = match err {
        ServiceError::Account(AccountError::InvalidEmail(_)) => "error-invalid-email",
        ServiceError::Account(AccountError::EmptyName) => "error-empty-name",
        ServiceError::Account(AccountError::NameTooLong { .. }) => "error-name-too-long",
        ServiceError::Account(AccountError::OrganisationRequired) => "error-organisation-required",
        ServiceError::Account(AccountError::OrganisationNotAllowed) => {
            "error-organisation-not-for-role"
        }
        ServiceError::Account(AccountError::PasswordTooShort { .. }) => "error-password-too-short",
        ServiceError::UnknownOrganisation(_) | ServiceError::AmbiguousOrganisation(_) => {
            "error-unknown-organisation"
        }
        ServiceError::EmailTaken => "error-email-taken",
        ServiceError::TokenName => "tokens-name-invalid",
        ServiceError::WrongPassword => "error-wrong-password",
        _ => return None,
    };
    Some(ctx.t(id))
}
