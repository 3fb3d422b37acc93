//! Field-level checks shared by every form: lengths, ranges, required values. A refusal
//! names the field in the API's dotted path form (`objectives[1].target`).

use std::fmt;

use serde::Serialize;

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    Required,
    TooLong { max_chars: usize, chars: usize },
    TooMany { max: usize },
    OutOfRange { min: String, max: String },
    Negative,
    BeforeStart,
    Format { expected: String },
    UnknownTheme { id: i64 },
    UnknownOrganisation { reference: String },
    UnknownTimeZone,
}

/// A refused field and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
pub struct FieldError {
    pub field: String,
    #[serde(flatten)]
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: impl Into<String>, problem: Problem) -> Self {
        FieldError {
            field: field.into(),
            problem,
        }
    }

    /// A stable machine code for the problem.
    pub fn code(&self) -> &'static str {
        match self.problem {
            Problem::Required => "field_required",
            Problem::TooLong { .. } | Problem::TooMany { .. } => "field_too_long",
            Problem::OutOfRange { .. } | Problem::Negative => "value_out_of_range",
            Problem::BeforeStart => "end_before_start",
            Problem::Format { .. } => "invalid_field",
            Problem::UnknownTheme { .. } => "unknown_theme",
            Problem::UnknownOrganisation { .. } => "unknown_organisation",
            Problem::UnknownTimeZone => "unknown_time_zone",
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = &self.field;
        match &self.problem {
            Problem::Required => write!(f, "{field} is required"),
            Problem::TooLong { max_chars, chars } => write!(
                f,
                "{field} is too long: {chars} characters where at most {max_chars} are allowed"
            ),
            Problem::TooMany { max } => write!(f, "{field} has more than {max} entries"),
            Problem::OutOfRange { min, max } => {
                write!(f, "{field} must be between {min} and {max}")
            }
            Problem::Negative => write!(f, "{field} cannot be negative"),
            Problem::BeforeStart => write!(f, "{field} is before the start"),
            Problem::Format { expected } => write!(f, "{field} must be {expected}"),
            Problem::UnknownTheme { id } => write!(f, "{field}: the scheme has no theme {id}"),
            Problem::UnknownOrganisation { reference } => {
                write!(f, "{field}: no organisation {reference} in the registry")
            }
            Problem::UnknownTimeZone => write!(f, "{field}: unknown time zone"),
        }
    }
}

/// Checks a text field's length in characters.
pub fn check_text(field: &str, value: &str, max_chars: usize) -> Result<(), FieldError> {
    let chars = value.chars().count();
    if chars > max_chars {
        return Err(FieldError::new(
            field,
            Problem::TooLong { max_chars, chars },
        ));
    }
    Ok(())
}

/// Cleans text pasted from word processors: line breaks become `\n`, page and line
/// separators become line breaks, and other control characters (which PostgreSQL cannot
/// store, in the case of NUL) are dropped. Nothing visible is lost.
pub fn clean(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\u{b}' | '\u{c}' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// "a", "a or b", "a, b or c": the accepted names in an error message.
pub fn one_of(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// Gives an enum whose values have stable names (in storage, the API and forms) its
/// `ALL`, `as_str`, `Display` and `FromStr`, the last refusing an unknown name with the
/// names it accepts. The names must match the enum's serde names.
#[macro_export]
macro_rules! named_values {
    ($ty:ident, $what:literal, { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            pub const ALL: [$ty; <[&str]>::len(&[$($name),+])] = [$($ty::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $ty {
            type Err = String;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::ALL.into_iter().find(|v| v.as_str() == s).ok_or_else(|| {
                    format!(
                        "unknown {} {s:?}: expected {}",
                        $what,
                        $crate::text::one_of(&[$($name),+])
                    )
                })
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_is_counted_in_characters() {
        assert!(check_text("title", &"ø".repeat(10), 10).is_ok());
        let e = check_text("title", &"ø".repeat(11), 10).unwrap_err();
        assert_eq!(e.code(), "field_too_long");
        assert_eq!(
            e.to_string(),
            "title is too long: 11 characters where at most 10 are allowed"
        );
    }

    #[test]
    fn pasted_text_is_cleaned_without_losing_words() {
        assert_eq!(
            clean("line one\r\nline two\tend"),
            "line one\nline two\tend"
        );
        assert_eq!(clean("bad\u{0}byte\u{c}next\rlast"), "badbyte\nnext\nlast");
    }
}
