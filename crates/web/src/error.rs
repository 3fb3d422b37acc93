//! The web layer's one error type and its machine codes.
//!
//! A handler returns an [`AppError`]; its response carries the error as an extension, and
//! the context middleware renders it: as the JSON envelope
//! `{"error": {"code", "message", "details"}}` under `/api/`, as an error page in the
//! visitor's language everywhere else. Internal details are logged, never sent.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_domain::decision::DecisionError;
use serde_json::{Value, json};

/// Everything a request can fail with, as the client is told it.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("the page or resource does not exist")]
    NotFound,
    #[error("sign in to do this")]
    Unauthenticated,
    #[error("the API token is not valid or has been revoked")]
    InvalidToken,
    #[error("your role does not allow this")]
    Forbidden,
    #[error("the form has expired or did not come from Frirum; reload the page and try again")]
    CsrfFailed,
    #[error("the request body is not valid JSON: {0}")]
    InvalidJson(String),
    #[error("unknown field `{0}`")]
    UnknownField(String),
    #[error("missing field `{0}`")]
    MissingField(String),
    #[error("{field}: {message}")]
    InvalidField { field: String, message: String },
    #[error("the request body must be {expected}")]
    UnsupportedMediaType { expected: &'static str },
    #[error("the request body is larger than the limit of {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("the method is not allowed here")]
    MethodNotAllowed,
    #[error("the request took too long")]
    Timeout,
    #[error("too many failed logins; try again in {} minutes", retry_after_secs.div_ceil(60))]
    TooManyLogins { retry_after_secs: u64 },
    #[error("the e-mail address is already in use")]
    EmailTaken,
    #[error("line {line}: {reason}")]
    ImportRefused { line: u64, reason: String },
    /// A field was refused by the domain's checks.
    #[error("{0}")]
    Field(frirum_domain::text::FieldError),
    /// The application breaks a rule of its scheme; `report` holds every rule's outcome.
    #[error("{message}")]
    NotEligible {
        reason: String,
        message: String,
        report: Value,
    },
    #[error(
        "someone else saved this in the meantime (now version {current}); reload it, your text is not lost"
    )]
    EditConflict { current: i64 },
    #[error("the application has been {status} and can no longer be changed")]
    ApplicationSubmitted { status: String },
    #[error("the {what} is {current}")]
    WrongState { what: &'static str, current: String },
    #[error("the {0} is already taken")]
    Duplicate(&'static str),
    #[error(
        "{submitted} submitted applications were judged under version {version} of these rules; give a reason to make a new version"
    )]
    RulesInUse { submitted: u64, version: i64 },
    #[error("a scheme cannot go from {from} to {to}")]
    StatusChange { from: String, to: String },
    #[error("the query has no words to search for")]
    EmptyQuery,
    /// The application has been decided already; the first decision stands.
    #[error("the application has already been decided")]
    AlreadyDecided,
    /// A decision the domain refused.
    #[error("{0}")]
    Decision(frirum_domain::decision::DecisionError),
    /// Answering or amending needs an unanswered question of the secretariat.
    #[error("the application has no open clarification question")]
    NoOpenClarification,
    // --- Assessment -----------------------------------------------------------------------
    /// The visitor is not assigned to assess the application.
    #[error("you are not assigned to assess this application")]
    NotAssigned,
    /// The assessor has a conflict of interest on the application.
    #[error("you have a conflict of interest on this application")]
    ConflictOfInterest,
    /// A score refused by the scheme's scale or criteria.
    #[error("{0}")]
    Scoring(frirum_domain::scoring::ScoringError),
    /// Only accounts with the assessor role can be assigned.
    #[error("user {user_id} is not an assessor")]
    NotAnAssessor { user_id: i64 },
    /// Only submitted applications are assessed.
    #[error("application {application_id} is {status}, not submitted")]
    NotSubmitted { application_id: i64, status: String },
    /// Something broke on our side. The text is logged, not sent.
    #[error("internal error")]
    Internal(String),
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthenticated | AppError::InvalidToken => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::CsrfFailed => StatusCode::FORBIDDEN,
            AppError::InvalidJson(_) | AppError::EmptyQuery => StatusCode::BAD_REQUEST,
            AppError::UnknownField(_)
            | AppError::MissingField(_)
            | AppError::InvalidField { .. }
            | AppError::ImportRefused { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::UnsupportedMediaType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Timeout => StatusCode::REQUEST_TIMEOUT,
            AppError::TooManyLogins { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::EmailTaken
            | AppError::EditConflict { .. }
            | AppError::ApplicationSubmitted { .. }
            | AppError::WrongState { .. }
            | AppError::Duplicate(_)
            | AppError::RulesInUse { .. }
            | AppError::StatusChange { .. }
            | AppError::NoOpenClarification => StatusCode::CONFLICT,
            AppError::Field(_) | AppError::NotEligible { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::AlreadyDecided => StatusCode::CONFLICT,
            // The case's state refuses these; the others are the request's fault.
            AppError::Decision(
                DecisionError::ScreeningConflict { .. } | DecisionError::NotDecidable,
            ) => StatusCode::CONFLICT,
            AppError::Decision(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::NotAssigned | AppError::ConflictOfInterest => StatusCode::FORBIDDEN,
            AppError::Scoring(_) | AppError::NotAnAssessor { .. } => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            AppError::NotSubmitted { .. } => StatusCode::CONFLICT,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable machine code clients may rely on.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Unauthenticated => "unauthenticated",
            AppError::InvalidToken => "invalid_token",
            AppError::Forbidden => "forbidden",
            AppError::CsrfFailed => "csrf_failed",
            AppError::InvalidJson(_) => "invalid_json",
            AppError::UnknownField(_) => "unknown_field",
            AppError::MissingField(_) => "missing_field",
            AppError::InvalidField { .. } => "invalid_field",
            AppError::UnsupportedMediaType { .. } => "unsupported_media_type",
            AppError::PayloadTooLarge { .. } => "payload_too_large",
            AppError::MethodNotAllowed => "method_not_allowed",
            AppError::Timeout => "request_timeout",
            AppError::TooManyLogins { .. } => "too_many_login_attempts",
            AppError::EmailTaken => "email_taken",
            AppError::ImportRefused { .. } => "import_refused",
            AppError::Field(e) => e.code(),
            AppError::NotEligible { reason, .. } => eligibility_code(reason),
            AppError::EditConflict { .. } => "edit_conflict",
            AppError::ApplicationSubmitted { .. } => "application_submitted",
            AppError::WrongState { .. } => "wrong_state",
            AppError::Duplicate(_) => "duplicate",
            AppError::RulesInUse { .. } => "rules_in_use",
            AppError::StatusChange { .. } => "invalid_status_change",
            AppError::EmptyQuery => "empty_query",
            AppError::AlreadyDecided => "already_decided",
            AppError::Decision(e) => e.code(),
            AppError::NoOpenClarification => "no_open_clarification",
            AppError::NotAssigned => "not_assigned",
            AppError::ConflictOfInterest => "conflict_of_interest",
            AppError::Scoring(e) => e.code(),
            AppError::NotAnAssessor { .. } => "not_an_assessor",
            AppError::NotSubmitted { .. } => "application_not_submitted",
            AppError::Internal(_) => "internal_error",
        }
    }

    /// Machine-readable facts about the error, such as the field it concerns.
    pub fn details(&self) -> Value {
        match self {
            AppError::UnknownField(field) | AppError::MissingField(field) => {
                json!({ "field": field })
            }
            AppError::InvalidField { field, .. } => json!({ "field": field }),
            AppError::PayloadTooLarge { limit } => json!({ "limit_bytes": limit }),
            AppError::TooManyLogins { retry_after_secs } => {
                json!({ "retry_after_seconds": retry_after_secs })
            }
            AppError::ImportRefused { line, .. } => json!({ "line": line }),
            AppError::Field(e) => serde_json::to_value(e).unwrap_or_default(),
            AppError::Decision(DecisionError::Field(e)) => {
                serde_json::to_value(e).unwrap_or_default()
            }
            AppError::Decision(e) => serde_json::to_value(e).unwrap_or_default(),
            AppError::NotEligible { report, .. } => report.clone(),
            AppError::EditConflict { current } => json!({ "current_version": current }),
            AppError::ApplicationSubmitted { status } => json!({ "status": status }),
            AppError::WrongState { current, .. } => json!({ "current": current }),
            AppError::RulesInUse { submitted, version } => {
                json!({ "submitted_applications": submitted, "rules_version": version })
            }
            AppError::Scoring(e) => serde_json::to_value(e).unwrap_or_default(),
            AppError::NotAnAssessor { user_id } => json!({ "user_id": user_id }),
            AppError::NotSubmitted {
                application_id,
                status,
            } => json!({ "application_id": application_id, "status": status }),
            _ => json!({}),
        }
    }

    pub fn field(field: impl Into<String>, message: impl Into<String>) -> Self {
        AppError::InvalidField {
            field: field.into(),
            message: message.into(),
        }
    }

    /// The error for a status that the framework produced without a handler's error.
    pub fn from_status(status: StatusCode, body_limit: usize) -> Self {
        match status {
            StatusCode::NOT_FOUND => AppError::NotFound,
            StatusCode::UNAUTHORIZED => AppError::Unauthenticated,
            StatusCode::FORBIDDEN => AppError::Forbidden,
            StatusCode::METHOD_NOT_ALLOWED => AppError::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge { limit: body_limit },
            StatusCode::REQUEST_TIMEOUT => AppError::Timeout,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => AppError::UnsupportedMediaType {
                expected: "application/json",
            },
            StatusCode::BAD_REQUEST => AppError::InvalidJson("malformed request".into()),
            StatusCode::UNPROCESSABLE_ENTITY => AppError::field("body", "invalid request"),
            _ => AppError::Internal(format!("unexpected status {status}")),
        }
    }

    /// The JSON envelope for the API.
    pub fn envelope(&self) -> Value {
        json!({
            "error": {
                "code": self.code(),
                "message": self.to_string(),
                "details": self.details(),
            }
        })
    }
}

/// The stable code of a refused submission: the reason of the first failed rule.
fn eligibility_code(reason: &str) -> &'static str {
    const CODES: [&str; 9] = [
        "deadline_passed",
        "round_not_open",
        "population_below_minimum",
        "population_missing",
        "kind_not_allowed",
        "wrong_jurisdiction",
        "network_not_allowed",
        "application_incomplete",
        "trial_too_long",
    ];
    CODES
        .into_iter()
        .find(|c| *c == reason)
        .unwrap_or("not_eligible")
}

impl From<DecisionError> for AppError {
    fn from(err: DecisionError) -> Self {
        AppError::Decision(err)
    }
}

impl From<frirum_domain::text::FieldError> for AppError {
    fn from(err: frirum_domain::text::FieldError) -> Self {
        AppError::Field(err)
    }
}

impl From<frirum_store::StoreError> for AppError {
    fn from(err: frirum_store::StoreError) -> Self {
        use frirum_store::StoreError;
        match err {
            StoreError::EmailTaken => AppError::EmailTaken,
            StoreError::NotFound => AppError::NotFound,
            StoreError::EditConflict { current } => AppError::EditConflict { current },
            StoreError::NotDraft { status } => AppError::ApplicationSubmitted {
                status: status.to_string(),
            },
            StoreError::WrongState { what, current } => AppError::WrongState { what, current },
            StoreError::Duplicate(what) => AppError::Duplicate(what),
            StoreError::Import(e) => AppError::ImportRefused {
                line: e.line,
                reason: e.reason,
            },
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<crate::rule_finder::RuleFinderError> for AppError {
    fn from(err: crate::rule_finder::RuleFinderError) -> Self {
        use crate::rule_finder::RuleFinderError;
        match err {
            RuleFinderError::EmptyQuery => AppError::EmptyQuery,
            RuleFinderError::Store(e) => e.into(),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<frirum_domain::authz::Denied> for AppError {
    fn from(denied: frirum_domain::authz::Denied) -> Self {
        match denied {
            frirum_domain::authz::Denied::NotSignedIn => AppError::Unauthenticated,
            frirum_domain::authz::Denied::Forbidden => AppError::Forbidden,
        }
    }
}

impl From<frirum_domain::scoring::ScoringError> for AppError {
    fn from(err: frirum_domain::scoring::ScoringError) -> Self {
        AppError::Scoring(err)
    }
}

impl From<frirum_domain::assessment::AssessmentDenied> for AppError {
    fn from(denied: frirum_domain::assessment::AssessmentDenied) -> Self {
        use frirum_domain::assessment::AssessmentDenied;
        match denied {
            AssessmentDenied::NotAssigned => AppError::NotAssigned,
            AssessmentDenied::ConflictOfInterest => AppError::ConflictOfInterest,
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(err: askama::Error) -> Self {
        AppError::Internal(format!("template: {err}"))
    }
}

/// Carried by an error response until the context middleware renders it.
#[derive(Debug, Clone)]
pub(crate) struct PendingError(pub std::sync::Arc<AppError>);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(detail) = &self {
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
        let e = AppError::Internal("connection refused at 10.0.0.3".into());
        let text = e.envelope().to_string();
        assert!(!text.contains("10.0.0.3"));
        assert!(text.contains("internal_error"));
    }

    #[test]
    fn field_errors_name_the_field() {
        let e = AppError::UnknownField("colour".into());
        assert_eq!(e.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(e.envelope()["error"]["details"]["field"], "colour");
    }
}
