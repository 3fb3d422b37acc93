//! The store's one error type.

use frirum_domain::registry_csv::CsvError;

/// A value that must be unique and is taken already ([`StoreError::Duplicate`]). Its name is
/// the one the error message gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::Display, strum::IntoStaticStr)]
pub enum Unique {
    #[strum(serialize = "scheme code")]
    SchemeCode,
    #[strum(serialize = "round number")]
    RoundNumber,
    /// A person's identity at a provider, which belongs to one account only.
    #[strum(serialize = "identity at the provider")]
    LinkedIdentity,
}

/// What a state change found in another state than the caller expected
/// ([`StoreError::WrongState`]). Its name is the one the error message gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum StateOf {
    Application,
    Assignment,
    /// An indicator's reporting period, which an approved actual locks.
    IndicatorPeriod,
    /// An indicator's actual for a period, in its review.
    IndicatorUpdate,
    Proposal,
    Scheme,
    /// The legal screening, which a recorded conflict puts in the state "conflict".
    Screening,
    /// An invitation, accepted or expired.
    Invitation,
}

/// What can go wrong in storage. Database details stay in the `Database` variant, which the
/// web layer logs and never shows.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the e-mail address is already in use")]
    EmailTaken,
    #[error("not found")]
    NotFound,
    /// Someone saved in between: the caller's version is stale.
    #[error("edited by someone else in the meantime; the current version is {current}")]
    EditConflict { current: i64 },
    /// The application is no longer a draft.
    #[error("the application is {status}, no longer a draft")]
    NotDraft {
        status: frirum_domain::application::ApplicationStatus,
    },
    /// A state change found the case in another state than the caller expected.
    #[error("the {what} is {current}")]
    WrongState { what: StateOf, current: String },
    /// A unique value is taken, such as a scheme code or a round number.
    #[error("the {0} is already taken")]
    Duplicate(Unique),
    /// The application has been decided already; the first decision stands.
    #[error("the decision is already taken")]
    AlreadyDecided,
    /// The clarification question has been answered already: none is open to answer.
    #[error("the clarification is answered")]
    NoOpenClarification,
    /// The legal screening found a conflict with the law, which refuses an approval.
    #[error("the screening is conflict")]
    ScreeningConflict,
    /// The import was refused; nothing of it was stored.
    #[error("import refused: {0}")]
    Import(#[from] CsvError),
    /// Stored data that breaks the domain's rules, such as an unknown role.
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    /// The operation exists only on another database engine.
    #[error("not supported by this database: {0}")]
    Unsupported(&'static str),
    // The inner error is shown in the message rather than chained as a source, so that
    // `{:#}` does not repeat it.
    #[error("database error: {0}")]
    Database(sqlx::Error),
    #[error("migration failed: {0}")]
    Migration(sqlx::migrate::MigrateError),
}

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        StoreError::Database(err)
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(err: sqlx::migrate::MigrateError) -> Self {
        StoreError::Migration(err)
    }
}

impl StoreError {
    pub(crate) fn corrupt(what: impl std::fmt::Display) -> Self {
        StoreError::Corrupt(what.to_string())
    }

    /// True when the database refused a row that breaks a unique constraint.
    pub(crate) fn is_unique_violation(err: &sqlx::Error) -> bool {
        matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The typed conflicts say what the strings they replaced said.
    #[test]
    fn conflicts_keep_their_messages() {
        let cases = [
            (
                StoreError::Duplicate(Unique::SchemeCode),
                "the scheme code is already taken",
            ),
            (
                StoreError::Duplicate(Unique::RoundNumber),
                "the round number is already taken",
            ),
            (StoreError::AlreadyDecided, "the decision is already taken"),
            (
                StoreError::NoOpenClarification,
                "the clarification is answered",
            ),
            (StoreError::ScreeningConflict, "the screening is conflict"),
            (
                StoreError::WrongState {
                    what: StateOf::Application,
                    current: "approved".to_owned(),
                },
                "the application is approved",
            ),
            (
                StoreError::WrongState {
                    what: StateOf::Assignment,
                    current: "conflicted".to_owned(),
                },
                "the assignment is conflicted",
            ),
            (
                StoreError::WrongState {
                    what: StateOf::Proposal,
                    current: "declined".to_owned(),
                },
                "the proposal is declined",
            ),
            (
                StoreError::WrongState {
                    what: StateOf::Scheme,
                    current: "closed".to_owned(),
                },
                "the scheme is closed",
            ),
        ];
        for (error, message) in cases {
            assert_eq!(error.to_string(), message);
        }
        let name: &'static str = Unique::RoundNumber.into();
        assert_eq!(name, "round number");
        let name: &'static str = StateOf::Application.into();
        assert_eq!(name, "application");
    }
}
