//! The web layer's one error type and its machine codes.
//!
//! A use case returns a [`frirum_app::Error`]; this module is the one mapping from its
//! meaning to a status and a stable code. A handler returns an [`AppError`]; its response carries the error as an extension, and
//! the context middleware renders it: as the JSON envelope
//! `{"error": {"code", "message", "details"}}` under `/api/`, as an error page in the
//! visitor's language everywhere else. Internal details are logged, never sent.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::Error;

use crate::handlers::api::dto::{ErrorBody, ErrorEnvelope};
use frirum_domain::decision::DecisionError;
use frirum_domain::eligibility::{Reason, Report};
use frirum_domain::rule::Refusal;
use serde_json::{Value, json};

/// Everything a request can fail with, as the client is told it: what HTTP itself refuses
/// (a bad token, a forged form, a body that is not JSON), and what a use case refused.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// A use case refused or failed; its meaning decides the status.
    #[error(transparent)]
    App(#[from] Error),
    #[error("the API token is not valid or has been revoked")]
    InvalidToken,
    #[error("the form has expired or did not come from Frirum; reload the page and try again")]
    CsrfFailed,
    #[error("the request body is not valid JSON: {0}")]
    InvalidJson(String),
    #[error("unknown field `{0}`")]
    UnknownField(String),
    #[error("missing field `{0}`")]
    MissingField(String),
    #[error("the request body must be {expected}")]
    UnsupportedMediaType { expected: &'static str },
    #[error("the request body is larger than the limit of {limit} bytes")]
    PayloadTooLarge { limit: usize },
    /// A request the framework could not read (a query string or form that does not parse)
    /// and no handler saw: not JSON, so not `invalid_json`.
    #[error("the request could not be read: {0}")]
    InvalidRequest(String),
    #[error("the method is not allowed here")]
    MethodNotAllowed,
    #[error("the request took too long")]
    Timeout,
    /// The public API was called from one address faster than its allowance.
    #[error("too many requests from this address; try again in {retry_after_secs} seconds")]
    RateLimited { retry_after_secs: u64 },
    /// A path parameter that does not parse (`/applications/abc`).
    #[error("the address is not valid: {message}")]
    InvalidPath {
        parameter: Option<String>,
        message: String,
    },
}

/// The one mapping from a use case's error to its status and stable code.
fn app_status(err: &Error) -> StatusCode {
    match err {
        Error::NotFound => StatusCode::NOT_FOUND,
        Error::Unauthenticated => StatusCode::UNAUTHORIZED,
        Error::Forbidden | Error::NotAssigned | Error::ConflictOfInterest | Error::NotOpenTo(_) => {
            StatusCode::FORBIDDEN
        }
        // Blind assessment: a missing step is the assignment's state; an incomplete
        // submission the request's.
        Error::Assessment(frirum_domain::assessment::AssessmentDenied::Incomplete) => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
        Error::Assessment(_) => StatusCode::CONFLICT,
        Error::EmptyQuery | Error::SignInState => StatusCode::BAD_REQUEST,
        Error::SignInToken { .. } => StatusCode::UNAUTHORIZED,
        Error::ProviderUnavailable { .. } => StatusCode::SERVICE_UNAVAILABLE,
        Error::InvalidField { .. }
        | Error::ImportRefused { .. }
        | Error::Field(_)
        | Error::NotEligible(_)
        | Error::Scoring(_)
        | Error::NotAnAssessor { .. } => StatusCode::UNPROCESSABLE_ENTITY,
        Error::TooManyLogins { .. } => StatusCode::TOO_MANY_REQUESTS,
        Error::EmailTaken
        | Error::EditConflict { .. }
        | Error::ApplicationSubmitted { .. }
        | Error::WrongState { .. }
        | Error::Duplicate(_)
        | Error::RulesInUse { .. }
        | Error::StatusChange { .. }
        | Error::NoOpenClarification
        | Error::AlreadyDecided
        | Error::RoundStillOpen { .. }
        | Error::NotSubmitted { .. } => StatusCode::CONFLICT,
        // The case's state refuses these; the others are the request's fault.
        Error::Decision(
            DecisionError::ScreeningConflict { .. }
            | DecisionError::NotDecidable
            | DecisionError::RoundStillOpen
            | DecisionError::ScreeningNotCompleted
            | DecisionError::SecondApproverRequired
            | DecisionError::NothingToApprove,
        ) => StatusCode::CONFLICT,
        Error::Decision(_) => StatusCode::UNPROCESSABLE_ENTITY,
        Error::Rule(rule) => match rule.refusal {
            Refusal::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
            Refusal::Conflict => StatusCode::CONFLICT,
            Refusal::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Refusal::UnsupportedMedia => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        },
        Error::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn app_code(err: &Error) -> &'static str {
    match err {
        Error::NotFound => "not_found",
        Error::Unauthenticated => "unauthenticated",
        Error::Forbidden => "forbidden",
        Error::NotAssigned => "not_assigned",
        Error::ConflictOfInterest => "conflict_of_interest",
        Error::Assessment(e) => e.code(),
        Error::NotOpenTo(e) => e.code(),
        Error::TooManyLogins { .. } => "too_many_login_attempts",
        Error::SignInState => "oidc_state_invalid",
        Error::SignInToken { .. } => "oidc_token_invalid",
        Error::ProviderUnavailable { .. } => "oidc_provider_unavailable",
        Error::Field(e) => e.code(),
        Error::InvalidField { .. } => "invalid_field",
        Error::EmptyQuery => "empty_query",
        Error::ImportRefused { .. } => "import_refused",
        Error::NotEligible(report) => eligibility_code(report),
        Error::Decision(e) => e.code(),
        Error::Scoring(e) => e.code(),
        Error::NotAnAssessor { .. } => "not_an_assessor",
        Error::EmailTaken => "email_taken",
        Error::EditConflict { .. } => "edit_conflict",
        Error::ApplicationSubmitted { .. } => "application_submitted",
        Error::WrongState { .. } => "wrong_state",
        Error::Duplicate(_) => "duplicate",
        Error::RulesInUse { .. } => "rules_in_use",
        Error::StatusChange { .. } => "invalid_status_change",
        Error::AlreadyDecided => "already_decided",
        Error::RoundStillOpen { .. } => "round_still_open",
        Error::NoOpenClarification => "no_open_clarification",
        Error::NotSubmitted { .. } => "application_not_submitted",
        Error::Rule(rule) => rule.code,
        Error::Internal(_) => "internal_error",
    }
}

fn app_details(err: &Error) -> Value {
    match err {
        Error::InvalidField { field, .. } => json!({ "field": field }),
        Error::TooManyLogins { retry_after_secs } => {
            json!({ "retry_after_seconds": retry_after_secs })
        }
        Error::ImportRefused { line, code, .. } => json!({ "line": line, "reason_code": code }),
        Error::NotOpenTo(e) => json!({ "reason": e.reason() }),
        Error::Field(e) => serde_json::to_value(e).unwrap_or_default(),
        Error::Decision(DecisionError::Field(e)) => serde_json::to_value(e).unwrap_or_default(),
        Error::Decision(e) => serde_json::to_value(e).unwrap_or_default(),
        // Every rule's outcome, as the typed report serialises (the API's `eligibility`).
        Error::NotEligible(report) => serde_json::to_value(report).unwrap_or_default(),
        Error::EditConflict { current } => json!({ "current_version": current }),
        Error::ApplicationSubmitted { status } => json!({ "status": status }),
        Error::WrongState { current, .. } => json!({ "current": current }),
        Error::RulesInUse { submitted, version } => {
            json!({ "submitted_applications": submitted, "rules_version": version })
        }
        Error::Scoring(e) => serde_json::to_value(e).unwrap_or_default(),
        Error::NotAnAssessor { user_id } => json!({ "user_id": user_id }),
        Error::Rule(rule) if !rule.details.is_null() => rule.details.clone(),
        Error::NotSubmitted {
            application_id,
            status,
        } => json!({ "application_id": application_id, "status": status }),
        _ => json!({}),
    }
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::App(e) => app_status(e),
            AppError::InvalidToken => StatusCode::UNAUTHORIZED,
            AppError::CsrfFailed => StatusCode::FORBIDDEN,
            AppError::InvalidJson(_) => StatusCode::BAD_REQUEST,
            AppError::UnknownField(_) | AppError::MissingField(_) => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            AppError::UnsupportedMediaType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::InvalidRequest(_) => StatusCode::BAD_REQUEST,
            AppError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Timeout => StatusCode::REQUEST_TIMEOUT,
            AppError::InvalidPath { .. } => StatusCode::BAD_REQUEST,
            AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
        }
    }

    /// The stable machine code clients may rely on.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::App(e) => app_code(e),
            AppError::InvalidToken => "invalid_token",
            AppError::CsrfFailed => "csrf_failed",
            AppError::InvalidJson(_) => "invalid_json",
            AppError::UnknownField(_) => "unknown_field",
            AppError::MissingField(_) => "missing_field",
            AppError::UnsupportedMediaType { .. } => "unsupported_media_type",
            AppError::PayloadTooLarge { .. } => "payload_too_large",
            AppError::InvalidRequest(_) => "invalid_request",
            AppError::MethodNotAllowed => "method_not_allowed",
            AppError::Timeout => "request_timeout",
            AppError::InvalidPath { .. } => "invalid_path",
            AppError::RateLimited { .. } => "rate_limited",
        }
    }

    /// Machine-readable facts about the error, such as the field it concerns.
    pub fn details(&self) -> Value {
        match self {
            AppError::App(e) => app_details(e),
            AppError::UnknownField(field) | AppError::MissingField(field) => {
                json!({ "field": field })
            }
            AppError::PayloadTooLarge { limit } => json!({ "limit_bytes": limit }),
            AppError::RateLimited { retry_after_secs } => {
                json!({ "retry_after_seconds": retry_after_secs })
            }
            AppError::InvalidPath {
                parameter: Some(parameter),
                ..
            } => json!({ "parameter": parameter }),
            _ => json!({}),
        }
    }

    /// The use case's error, if this is one.
    pub fn app(&self) -> Option<&Error> {
        match self {
            AppError::App(e) => Some(e),
            _ => None,
        }
    }

    /// A field refused with a message of its own.
    pub fn field(field: impl Into<String>, message: impl Into<String>) -> Self {
        AppError::App(Error::field(field, message))
    }

    /// Something broke on our side; the detail is logged, never sent.
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        AppError::App(Error::internal(detail))
    }

    /// The error for a status that the framework produced without a handler's error.
    pub fn from_status(status: StatusCode, body_limit: usize) -> Self {
        match status {
            StatusCode::NOT_FOUND => Error::NotFound.into(),
            StatusCode::UNAUTHORIZED => Error::Unauthenticated.into(),
            StatusCode::FORBIDDEN => Error::Forbidden.into(),
            StatusCode::METHOD_NOT_ALLOWED => AppError::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge { limit: body_limit },
            StatusCode::REQUEST_TIMEOUT => AppError::Timeout,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => AppError::UnsupportedMediaType {
                expected: "application/json",
            },
            StatusCode::BAD_REQUEST => AppError::InvalidRequest("malformed request".into()),
            StatusCode::UNPROCESSABLE_ENTITY => AppError::field("body", "invalid request"),
            _ => AppError::internal(format!("unexpected status {status}")),
        }
    }

    /// The JSON envelope for the API.
    pub fn envelope(&self) -> ErrorEnvelope {
        ErrorEnvelope {
            error: ErrorBody {
                code: self.code().to_owned(),
                message: self.to_string(),
                details: self.details(),
            },
        }
    }
}

/// The stable code of a refused submission: the reason of the first failed rule, as the
/// domain decides it ([`Report::refusal`]); `not_eligible` if there is none.
fn eligibility_code(report: &Report) -> &'static str {
    report.refusal().map_or("not_eligible", Reason::as_str)
}

impl From<frirum_domain::authz::Denied> for AppError {
    fn from(denied: frirum_domain::authz::Denied) -> Self {
        AppError::App(denied.into())
    }
}

impl From<frirum_domain::text::FieldError> for AppError {
    fn from(err: frirum_domain::text::FieldError) -> Self {
        AppError::App(err.into())
    }
}

impl From<frirum_app::accounts::ServiceError> for AppError {
    fn from(err: frirum_app::accounts::ServiceError) -> Self {
        AppError::App(err.into())
    }
}

impl From<frirum_app::law::RuleFinderError> for AppError {
    fn from(err: frirum_app::law::RuleFinderError) -> Self {
        AppError::App(err.into())
    }
}

impl From<askama::Error> for AppError {
    fn from(err: askama::Error) -> Self {
        AppError::internal(format!("template: {err}"))
    }
}

/// Carried by an error response until the context middleware renders it.
#[derive(Debug, Clone)]
pub(crate) struct PendingError(pub std::sync::Arc<AppError>);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::App(Error::Internal(detail)) = &self {
            tracing::error!(%detail, "internal error");
        }
        let mut response = self.status().into_response();
        response
            .extensions_mut()
            .insert(PendingError(std::sync::Arc::new(self)));
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_details_stay_out_of_the_envelope() {
        let e = AppError::internal("connection refused at 10.0.0.3");
        let text = serde_json::to_string(&e.envelope()).unwrap();
        assert!(!text.contains("10.0.0.3"));
        assert!(text.contains("internal_error"));
    }

    #[test]
    fn field_errors_name_the_field() {
        let e = AppError::UnknownField("colour".into());
        assert_eq!(e.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(e.envelope().error.details["field"], "colour");
    }

    #[test]
    fn a_request_the_framework_could_not_read_is_not_called_json() {
        let e = AppError::from_status(StatusCode::BAD_REQUEST, 1024);
        assert_eq!(e.status(), StatusCode::BAD_REQUEST);
        assert_eq!(e.code(), "invalid_request");
    }
}
