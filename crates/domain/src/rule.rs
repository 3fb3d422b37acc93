//! A rule the request broke, in one shape every area can use: the stable code clients rely
//! on, the kind of refusal (which the web layer turns into a status) and the figures that
//! explain it.
//!
//! The trial areas (indicators, reports, change requests, documents, funds) each have an
//! error enum of their own; implementing [`Broken`] for it is all the use cases and the web
//! layer need, so a new rule never touches their error types.

/// What kind of refusal a broken rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The request itself is wrong: a value of the wrong kind, a missing reason (422).
    Invalid,
    /// The record's state refuses it: a locked period, a budget already spent (409).
    Conflict,
    /// A file or body larger than allowed (413).
    TooLarge,
    /// A file that is not of an allowed type, or not what its name says (415).
    UnsupportedMedia,
}

/// A broken rule: an error with a stable snake_case code, its kind of refusal and details.
pub trait Broken: std::error::Error + Send + Sync + 'static {
    /// The stable machine code, such as `period_locked`.
    fn code(&self) -> &'static str;

    fn refusal(&self) -> Refusal;

    /// The figures or fields that explain the refusal (`{"field": "value"}`, the limit).
    fn details(&self) -> serde_json::Value {
        serde_json::Value::Null
    }
}
