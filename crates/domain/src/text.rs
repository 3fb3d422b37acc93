//! Field-level checks shared by every form: lengths, ranges, required values. A refusal
//! names the field in the API's dotted path form (`objectives[1].target`).

use std::fmt;

use serde::Serialize;

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    Required,
    TooLong {
        max_chars: usize,
        chars: usize,
    },
    TooMany {
        max: usize,
    },
    OutOfRange {
        min: String,
        max: String,
    },
    Negative,
    BeforeStart,
    Format {
        expected: String,
    },
    UnknownTheme {
        id: i64,
    },
    UnknownOrganisation {
        reference: String,
    },
    UnknownTimeZone,
    /// NUL, a control character or a bidirectional override: never part of honest text.
    InvalidCharacters,
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
            Problem::InvalidCharacters => "invalid_characters",
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
            Problem::InvalidCharacters => write!(
                f,
                "{field} contains control or text-direction characters that cannot be accepted"
            ),
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

/// Whether a character may never be part of submitted text: NUL and the other C0 and C1
/// control characters (PostgreSQL cannot store NUL; the others hide or garble text), and
/// the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
/// which make text read differently from what it says. Tab, carriage return and line feed
/// are text in fields of more than one line.
pub fn is_forbidden(c: char, multiline: bool) -> bool {
    match c {
        '\t' | '\r' | '\n' => !multiline,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => true,
        c => c.is_control(),
    }
}

/// Refuses text with a character [`is_forbidden`] (a name is one line, so `multiline` is
/// false for names).
pub fn check_characters(field: &str, value: &str, multiline: bool) -> Result<(), FieldError> {
    if value.chars().any(|c| is_forbidden(c, multiline)) {
        return Err(FieldError::new(field, Problem::InvalidCharacters));
    }
    Ok(())
}

/// Whether a character shows nothing: white space, and the zero-width and other invisible
/// format characters (a name of only these looks empty).
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{ad}'
                | '\u{34f}'
                | '\u{61c}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{ffa0}'
        )
}

/// Checks a name (of a person, an organisation, a token, a title): one line, no forbidden
/// character, and not only invisible characters (which is no name: `field_required`).
/// Empty text is left to the field's own rule, since some names may be left out.
pub fn check_name(field: &str, value: &str) -> Result<(), FieldError> {
    check_characters(field, value, false)?;
    if !value.is_empty() && value.chars().all(is_invisible) {
        return Err(FieldError::new(field, Problem::Required));
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

// --- Names of enum values -------------------------------------------------------------
//
// An enum whose values have stable names (in storage, the API, forms and message ids) takes
// them from strum's derives: `IntoStaticStr` (behind its `as_str`), `Display`, `VariantArray`
// and `VariantNames`, and `EnumString` for parsing when the name must match exactly. Serde's
// `rename_all` and strum's `serialize_all` name the same case, and each enum's unit test
// checks with [`tests::names_agree`] that serde, `Display` and parsing agree on every value.

/// Declares an enum whose values have stable snake_case names, with the derives above, an
/// `ALL` constant in declaration order, `as_str`, and a parse error that lists the accepted
/// names (`unknown root cause "x": expected law, …`). New enums use it rather than repeating
/// the derives.
#[macro_export]
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($what:literal) {
            $($(#[$vmeta:meta])* $variant:ident),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
            serde::Serialize,
            serde::Deserialize,
            strum::Display,
            strum::IntoStaticStr,
            strum::EnumString,
            strum::VariantArray,
            strum::VariantNames,
        )]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = Self::unknown_name)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; { [$(stringify!($variant)),+].len() }] =
                $crate::text::all_values();

            /// The stable name used in storage, the API and forms.
            pub fn as_str(self) -> &'static str {
                self.into()
            }

            fn unknown_name(name: &str) -> String {
                $crate::text::unknown_name::<$name>($what, name)
            }
        }
    };
}

/// The value of `T` whose name is `name`, exactly.
pub fn parse_name<T>(name: &str) -> Option<T>
where
    T: strum::VariantArray + Copy + Into<&'static str>,
{
    T::VARIANTS.iter().copied().find(|v| (*v).into() == name)
}

/// `unknown outcome "x": expected approved or rejected`: the refusal of a name that is none
/// of `T`'s, listing the names it accepts.
pub fn unknown_name<T: strum::VariantNames>(what: &str, name: &str) -> String {
    format!("unknown {what} {name:?}: expected {}", one_of(T::VARIANTS))
}

/// Every value of `T` in declaration order, as an array for an `ALL` constant; `N` must be
/// the number of values, or the constant does not compile.
pub const fn all_values<T: strum::VariantArray + Copy, const N: usize>() -> [T; N] {
    assert!(T::VARIANTS.len() == N, "N is not the number of values");
    match T::VARIANTS.first_chunk::<N>() {
        Some(all) => *all,
        None => panic!("N is not the number of values"),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Serde, `Display`, `as_str` (`IntoStaticStr`) and parsing give every value of `T` the
    /// same name, and parsing the name gives the value back.
    pub(crate) fn names_agree<T>()
    where
        T: strum::VariantArray
            + Copy
            + std::fmt::Debug
            + PartialEq
            + Into<&'static str>
            + fmt::Display
            + std::str::FromStr
            + Serialize,
        <T as std::str::FromStr>::Err: std::fmt::Debug,
    {
        for value in T::VARIANTS.iter().copied() {
            let name: &'static str = value.into();
            assert_eq!(
                serde_json::to_value(value).unwrap(),
                serde_json::Value::from(name),
                "serde name of {value:?}"
            );
            assert_eq!(value.to_string(), name, "Display of {value:?}");
            assert_eq!(name.parse::<T>().unwrap(), value, "parsing {name:?}");
            assert_eq!(parse_name::<T>(name), Some(value));
        }
    }

    /// For an enum that serde also reads: the name deserialises to the value.
    pub(crate) fn serde_reads_names<T>()
    where
        T: strum::VariantArray
            + Copy
            + std::fmt::Debug
            + PartialEq
            + Into<&'static str>
            + serde::de::DeserializeOwned,
    {
        for value in T::VARIANTS.iter().copied() {
            let name: &'static str = value.into();
            let read: T = serde_json::from_value(serde_json::Value::from(name)).unwrap();
            assert_eq!(read, value, "serde reading {name:?}");
        }
    }

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
    fn control_and_bidi_characters_are_refused_naming_the_field() {
        for bad in [
            "a\u{0}b",
            "a\u{7}b",
            "a\u{1b}b",
            "a\u{85}b",
            "a\u{9f}b",
            "\u{202e}gnp.exe",
            "a\u{2066}b\u{2069}",
        ] {
            let e = check_characters("members[0].name", bad, true).unwrap_err();
            assert_eq!(e.code(), "invalid_characters", "{bad:?}");
            assert_eq!(e.field, "members[0].name");
        }
        assert!(check_characters("description", "line one\r\nline\ttwo", true).is_ok());
        assert!(check_characters("title", "line one\nline two", false).is_err());
        assert!(check_characters("title", "Tromsø – «prøve» 😀 עברית", false).is_ok());
    }

    #[test]
    fn invisible_names_are_missing_names() {
        for invisible in [
            " ",
            "\u{200b}",
            "\u{200b}\u{200d} \u{feff}",
            "\u{3164}",
            "\u{a0}\u{2060}",
        ] {
            let e = check_name("name", invisible).unwrap_err();
            assert_eq!(e.code(), "field_required", "{invisible:?}");
        }
        assert!(check_name("name", "").is_ok());
        assert!(check_name("name", "Ola\u{200d}Nordmann").is_ok());
        assert_eq!(
            check_name("name", "a\tb").unwrap_err().code(),
            "invalid_characters"
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
