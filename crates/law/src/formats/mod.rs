//! Readers that turn the official publication formats of Norwegian, Danish and Swedish law
//! into the catalogue model. Parsing is pure (bytes in, [`Document`] out); only [`source`]
//! touches the filesystem.

mod detect;
mod error;
pub mod lexdania;
pub mod lovdata;
pub mod retsinfo_json;
pub mod selex;
pub mod sfs;
pub mod source;

use std::sync::LazyLock;

use regex::Regex;

pub use detect::Format;
pub use error::LawError;
pub use sfs::SfsHint;

use crate::model::Document;

/// Parses one document of a known format. `name` is the file name, used in errors and, for
/// SFS, as a last source of the SFS number ("sfs-2017-725.txt").
pub fn parse(format: Format, name: &str, bytes: &[u8]) -> Result<Document, LawError> {
    match format {
        Format::Lovdata => lovdata::parse(name, bytes),
        Format::Lexdania => lexdania::parse(name, bytes),
        Format::RetsinfoJson => retsinfo_json::parse(name, bytes),
        Format::SfsText => sfs::parse_text(name, bytes, &SfsHint::default()),
        Format::SfsHtml => sfs::parse_html(name, bytes, &SfsHint::default()),
        Format::SfsMarkdown => selex::parse(name, bytes, &SfsHint::default()),
    }
}

/// Parses one document, telling its format by [`Format::auto`].
pub fn parse_auto(name: &str, bytes: &[u8]) -> Result<Document, LawError> {
    let format = Format::auto(name, bytes).ok_or_else(|| LawError::UnknownFormat {
        file: name.to_owned(),
        reason: "the first bytes match none of the known formats".to_owned(),
    })?;
    parse(format, name, bytes)
}

/// The bytes as UTF-8 without a byte-order mark, or a `NotFormat` error.
fn utf8<'a>(file: &str, bytes: &'a [u8], expected: &'static str) -> Result<&'a str, LawError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes)
        .map_err(|e| LawError::not_format(file, expected, format!("not UTF-8: {e}")))
}

/// The first ISO date (YYYY-MM-DD) in a text such as "2025-07-01, Kongen bestemmer".
fn iso_date(text: &str) -> Option<String> {
    static DATE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b\d{4}-\d{2}-\d{2}\b").expect("valid regex"));
    DATE.find(text).map(|m| m.as_str().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_iso_dates() {
        assert_eq!(
            iso_date("2025-07-01, Kongen bestemmer").as_deref(),
            Some("2025-07-01")
        );
        assert_eq!(iso_date("LOV-1999-03-26-17").as_deref(), Some("1999-03-26"));
        assert_eq!(iso_date("t.o.m. SFS 2023:123"), None);
    }

    #[test]
    fn unknown_bytes_are_reported_with_the_file() {
        let err = parse_auto("blob.bin", &[0, 159, 146, 150]).unwrap_err();
        assert!(
            err.to_string().starts_with("blob.bin: unknown format"),
            "{err}"
        );
    }
}
