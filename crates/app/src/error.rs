//! The use cases' one error type: what went wrong, in the domain's words. The web layer
//! maps each variant to a status, a stable code and a message in the actor's language;
//! the command line prints it. Internal details are kept for the log, never shown.

use frirum_domain::admission::NotOpenTo;
use frirum_domain::assessment::AssessmentDenied;
use frirum_domain::authz::Denied;
use frirum_domain::decision::DecisionError;
use frirum_domain::eligibility::Report;
use frirum_domain::scoring::ScoringError;
use frirum_domain::text::FieldError;
use frirum_store::{StateOf, StoreError, Unique};

use crate::law::RuleFinderError;

/// Everything a use case can refuse or fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    // --- Not there, not allowed -------------------------------------------------------
    #[error("the page or resource does not exist")]
    NotFound,
    #[error("sign in to do this")]
    Unauthenticated,
    /// The authorisation table refused the actor's role.
    #[error("your role does not allow this")]
    Forbidden,
    /// The actor is not assigned to assess the application.
    #[error("you are not assigned to assess this application")]
    NotAssigned,
    /// The assessor has a conflict of interest on the application.
    #[error("you have a conflict of interest on this application")]
    ConflictOfInterest,
    /// A step of blind assessment refused: no statement on conflicts of interest yet, own
    /// assessment not submitted, already submitted, or incomplete.
    #[error("{0}")]
    Assessment(AssessmentDenied),
    /// The scheme's rounds are not open to the actor's organisation (its country or kind).
    #[error("{0}")]
    NotOpenTo(NotOpenTo),
    #[error("too many failed logins; try again in {} minutes", retry_after_secs.div_ceil(60))]
    TooManyLogins { retry_after_secs: u64 },
    /// A return from an OpenID Connect provider whose `state` is unknown, used or expired.
    #[error("this sign-in is unknown, already used or expired; start it again")]
    SignInState,
    /// The provider's ID token was refused (signature, audience, expiry, nonce …); the
    /// reason is logged, not shown.
    #[error("the identity provider's answer could not be trusted")]
    SignInToken { reason: String },
    /// The identity provider did not answer, or not as OpenID Connect says.
    #[error("the identity provider does not answer at the moment")]
    ProviderUnavailable { reason: String },

    // --- Invalid input ----------------------------------------------------------------
    /// A field was refused by the domain's checks.
    #[error("{0}")]
    Field(FieldError),
    /// A field refused with a message of its own.
    #[error("{field}: {message}")]
    InvalidField { field: String, message: String },
    #[error("the query has no words to search for")]
    EmptyQuery,
    /// A registry file refused, with the line and a stable code for what is wrong.
    #[error("line {line}: {reason}")]
    ImportRefused {
        line: u64,
        reason: String,
        code: &'static str,
    },
    /// The application breaks a rule of its scheme; the report holds every rule's outcome.
    #[error("{}", .0.first_failure().map_or("the application is not eligible", |f| f.message.as_str()))]
    NotEligible(Box<Report>),
    /// A decision the domain refused.
    #[error("{0}")]
    Decision(DecisionError),
    /// A score refused by the scheme's scale or criteria.
    #[error("{0}")]
    Scoring(ScoringError),
    /// Only accounts that may assess can be assigned.
    #[error("user {user_id} is not an assessor")]
    NotAnAssessor { user_id: i64 },

    // --- Conflicts with what is stored ------------------------------------------------
    #[error("the e-mail address is already in use")]
    EmailTaken,
    #[error(
        "someone else saved this in the meantime (now version {current}); reload it, your text is not lost"
    )]
    EditConflict { current: i64 },
    #[error("the application has been {status} and can no longer be changed")]
    ApplicationSubmitted { status: String },
    /// A change found its subject in another state than it needs.
    #[error("the {what} is {current}")]
    WrongState { what: StateOf, current: String },
    /// A value that must be unique, such as a scheme's code, is taken.
    #[error("the {0} is already taken")]
    Duplicate(Unique),
    #[error(
        "{submitted} submitted applications were judged under version {version} of these rules; give a reason to make a new version"
    )]
    RulesInUse { submitted: u64, version: i64 },
    #[error("a scheme cannot go from {from} to {to}")]
    StatusChange { from: String, to: String },
    /// The scheme's safeguards wait for the round's deadline, which has not passed.
    #[error(
        "the round is still open until {} ({}): the scheme decides only after its deadline",
        deadline.local,
        deadline.time_zone
    )]
    RoundStillOpen {
        deadline: frirum_domain::clock::LocalTime,
    },
    /// The application has been decided already; the first decision stands.
    #[error("the application has already been decided")]
    AlreadyDecided,
    /// Answering or amending needs an unanswered question of the secretariat.
    #[error("the application has no open clarification question")]
    NoOpenClarification,
    /// Only submitted applications are assessed.
    #[error("application {application_id} is {status}, not submitted")]
    NotSubmitted { application_id: i64, status: String },

    /// A rule of a trial area was broken (a locked period, a budget exceeded): its code,
    /// kind of refusal and details, as [`frirum_domain::rule::Broken`] gives them.
    #[error("{}", .0.message)]
    Rule(Box<BrokenRule>),

    /// Something broke on our side. The text is logged, not shown.
    #[error("internal error")]
    Internal(String),
}

/// A broken rule as the web layer reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct BrokenRule {
    pub code: &'static str,
    pub refusal: frirum_domain::rule::Refusal,
    pub message: String,
    pub details: serde_json::Value,
}

impl Error {
    /// A field refused with a message of its own.
    pub fn field(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::InvalidField {
            field: field.into(),
            message: message.into(),
        }
    }

    /// A broken rule of a trial area, keeping its code, refusal, message and details.
    pub fn rule(broken: impl frirum_domain::rule::Broken) -> Self {
        Error::Rule(Box::new(BrokenRule {
            code: broken.code(),
            refusal: broken.refusal(),
            message: broken.to_string(),
            details: broken.details(),
        }))
    }

    /// An error on our side, with the detail for the log.
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        Error::Internal(detail.to_string())
    }
}

impl From<DecisionError> for Error {
    fn from(err: DecisionError) -> Self {
        Error::Decision(err)
    }
}

impl From<FieldError> for Error {
    fn from(err: FieldError) -> Self {
        Error::Field(err)
    }
}

impl From<ScoringError> for Error {
    fn from(err: ScoringError) -> Self {
        Error::Scoring(err)
    }
}

impl From<Denied> for Error {
    fn from(denied: Denied) -> Self {
        match denied {
            Denied::NotSignedIn => Error::Unauthenticated,
            Denied::Forbidden => Error::Forbidden,
        }
    }
}

impl From<AssessmentDenied> for Error {
    fn from(denied: AssessmentDenied) -> Self {
        match denied {
            AssessmentDenied::NotAssigned => Error::NotAssigned,
            AssessmentDenied::ConflictOfInterest => Error::ConflictOfInterest,
            other => Error::Assessment(other),
        }
    }
}

impl From<StoreError> for Error {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::EmailTaken => Error::EmailTaken,
            StoreError::NotFound => Error::NotFound,
            StoreError::EditConflict { current } => Error::EditConflict { current },
            StoreError::NotDraft { status } => Error::ApplicationSubmitted {
                status: status.to_string(),
            },
            StoreError::WrongState { what, current } => Error::WrongState { what, current },
            StoreError::Duplicate(what) => Error::Duplicate(what),
            StoreError::AlreadyDecided => Error::AlreadyDecided,
            StoreError::NoOpenClarification => Error::NoOpenClarification,
            // The decision names the conflicting items itself; elsewhere this is the state.
            StoreError::ScreeningConflict => Error::WrongState {
                what: StateOf::Screening,
                current: "conflict".to_owned(),
            },
            StoreError::Import(e) => Error::ImportRefused {
                line: e.line,
                reason: e.reason,
                code: e.code,
            },
            other => Error::Internal(other.to_string()),
        }
    }
}

impl From<RuleFinderError> for Error {
    fn from(err: RuleFinderError) -> Self {
        match err {
            RuleFinderError::EmptyQuery => Error::EmptyQuery,
            RuleFinderError::Store(e) => e.into(),
            other => Error::Internal(other.to_string()),
        }
    }
}

impl From<crate::accounts::ServiceError> for Error {
    fn from(err: crate::accounts::ServiceError) -> Self {
        use crate::accounts::ServiceError;
        use frirum_domain::user::AccountError;
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
                Error::field(field, e.to_string())
            }
            e @ (ServiceError::UnknownOrganisation(_) | ServiceError::AmbiguousOrganisation(_)) => {
                Error::field("organisation", e.to_string())
            }
            e @ ServiceError::TokenName => Error::field("name", e.to_string()),
            e @ ServiceError::WrongPassword => Error::field("current_password", e.to_string()),
            ServiceError::Throttled { retry_after_secs } => {
                Error::TooManyLogins { retry_after_secs }
            }
            ServiceError::EmailTaken => Error::EmailTaken,
            ServiceError::UnknownUser(_) => Error::NotFound,
            ServiceError::Store(e) => e.into(),
            ServiceError::Hashing(e) => Error::Internal(e),
            ServiceError::Denied(d) => d.into(),
            ServiceError::Field(e) => Error::Field(e),
        }
    }
}
