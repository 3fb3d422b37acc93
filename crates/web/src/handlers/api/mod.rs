//! The JSON API under `/api/v1`. Every route is described in the OpenAPI document.

pub mod applications;
pub mod assessment;
pub mod decisions;
pub mod dto;
pub mod extract;
pub mod law;
pub mod me;
pub mod notifications;
pub mod organisations;
pub mod review;
pub mod schemes;
pub mod users;

use frirum_domain::user::AccountError;

use crate::error::AppError;
use crate::service::ServiceError;

impl From<ServiceError> for AppError {
    fn from(err: ServiceError) -> Self {
        match err {
            ServiceError::Account(e) => {
                let field = match e {
                    AccountError::InvalidEmail(_) => "email",
                    AccountError::EmptyName | AccountError::NameTooLong { .. } => "name",
                    AccountError::OrganisationRequired | AccountError::OrganisationNotAllowed => {
                        "organisation"
                    }
                    AccountError::PasswordTooShort { .. } => "password",
                };
                AppError::field(field, e.to_string())
            }
            e @ (ServiceError::UnknownOrganisation(_) | ServiceError::AmbiguousOrganisation(_)) => {
                AppError::field("organisation", e.to_string())
            }
            e @ ServiceError::TokenName => AppError::field("name", e.to_string()),
            e @ ServiceError::WrongPassword => AppError::field("current_password", e.to_string()),
            ServiceError::Throttled { retry_after_secs } => {
                AppError::TooManyLogins { retry_after_secs }
            }
            ServiceError::EmailTaken => AppError::EmailTaken,
            ServiceError::UnknownUser(_) => AppError::NotFound,
            ServiceError::Store(e) => e.into(),
            ServiceError::Hashing(e) => AppError::Internal(e),
        }
    }
}
