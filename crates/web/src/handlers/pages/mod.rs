//! The HTML pages people use. They work without JavaScript.

pub mod account;
pub mod applications;
pub mod assessment;
pub mod auth;
pub mod decisions;
pub mod home;
pub mod import;
pub mod law;
pub mod notifications;
pub mod organisations;
pub mod review;
pub mod schemes;
pub mod users;

use frirum_domain::user::AccountError;

use crate::templates::PageContext;
use frirum_app::accounts::ServiceError;

/// The message to show in a form for a refused account change. `None` for errors that are
/// not the person's to fix.
pub fn account_error_message(ctx: &PageContext, err: &ServiceError) -> Option<String> {
    let id = match err {
        ServiceError::Account(AccountError::InvalidEmail(_)) => "error-invalid-email",
        ServiceError::Account(AccountError::EmptyName) => "error-empty-name",
        ServiceError::Account(AccountError::NameTooLong { .. }) => "error-name-too-long",
        ServiceError::Account(AccountError::OrganisationRequired) => "error-organisation-required",
        ServiceError::Account(AccountError::OrganisationNotAllowed) => {
            "error-organisation-not-allowed"
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
