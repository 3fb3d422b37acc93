//! The names of the supported formats and the detector that tells them apart by file name
//! and the first bytes.

use std::fmt;
use std::str::FromStr;

use super::LawError;

/// A supported publication format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Lovdata's HTML5 documents (Norway).
    Lovdata,
    /// Retsinformation's LexDania 2.1 XML (Denmark).
    Lexdania,
    /// Retsinformation's documents as JSON, one per file, with the sections' text (Denmark).
    RetsinfoJson,
    /// SFS consolidated text as plain text (Sweden).
    SfsText,
    /// SFS consolidated text as the Riksdag's HTML (Sweden).
    SfsHtml,
    /// SFS as the se-lex project's Markdown with a front matter (Sweden).
    SfsMarkdown,
}

impl Format {
    /// How many leading bytes [`Format::auto`] looks at.
    pub const SNIFF_LEN: usize = 4096;

    /// The name used on the command line and in [`FromStr`].
    pub fn name(self) -> &'static str {
        match self {
            Self::Lovdata => "lovdata",
            Self::Lexdania => "lexdania",
            Self::RetsinfoJson => "retsinformation-json",
            Self::SfsText => "sfs-text",
            Self::SfsHtml => "sfs-html",
            Self::SfsMarkdown => "sfs-markdown",
        }
    }

    /// Guesses the format from a file name and the first bytes of the file; `None` when it
    /// looks like none of them (binary data, or XML of another schema).
    pub fn auto(name: &str, head: &[u8]) -> Option<Self> {
        let head = &head[..head.len().min(Self::SNIFF_LEN)];
        // A cut in the middle of a UTF-8 sequence is harmless here, so lossy decoding will do.
        let text = String::from_utf8_lossy(head);
        let lower = text.to_lowercase();
        let name = name.to_lowercase();
        if super::selex::looks_like(&text) {
            return Some(Self::SfsMarkdown);
        }
        if super::retsinfo_json::looks_like(&text) {
            return Some(Self::RetsinfoJson);
        }
        if text.contains("LexDania") || text.contains("<Dokument") {
            return Some(Self::Lexdania);
        }
        if lower.contains("data-document-key-info")
            || lower.contains("href=\"https://lovdata.no")
            || lower.contains("documentbody")
        {
            return Some(Self::Lovdata);
        }
        let looks_html = ["<!doctype html", "<html", "<body", "<div", "<p>", "<p "]
            .iter()
            .any(|tag| lower.contains(tag));
        if looks_html || name.ends_with(".html") || name.ends_with(".htm") {
            return Some(Self::SfsHtml);
        }
        if name.ends_with(".xml") || lower.trim_start().starts_with("<?xml") {
            return None;
        }
        if head.contains(&0) {
            return None;
        }
        Some(Self::SfsText)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = LawError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "lovdata" => Ok(Self::Lovdata),
            "lexdania" => Ok(Self::Lexdania),
            "retsinformation-json" | "retsinfo-json" => Ok(Self::RetsinfoJson),
            "sfs-text" | "sfs" => Ok(Self::SfsText),
            "sfs-html" => Ok(Self::SfsHtml),
            "sfs-markdown" | "se-lex" | "selex" => Ok(Self::SfsMarkdown),
            _ => Err(LawError::UnknownFormatName(s.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for format in [
            Format::Lovdata,
            Format::Lexdania,
            Format::RetsinfoJson,
            Format::SfsText,
            Format::SfsHtml,
            Format::SfsMarkdown,
        ] {
            assert_eq!(format.name().parse::<Format>().unwrap(), format);
        }
        assert!("pdf".parse::<Format>().is_err());
    }

    #[test]
    fn detects_by_content() {
        let lovdata =
            br#"<!DOCTYPE html><html lang="no"><head><base href="https://lovdata.no/" />"#;
        assert_eq!(Format::auto("nl-1.xml", lovdata), Some(Format::Lovdata));
        let dania = br#"<?xml version="1.0"?><Dokument SchemaLocation="x/LexDania_2.1.xsd">"#;
        assert_eq!(Format::auto("62.xml", dania), Some(Format::Lexdania));
        let json = br#"{"id": "2099:7", "title": "Lov om x", "url": "https://www.retsinformation.dk/eli/lta/2099/7/xml"}"#;
        assert_eq!(
            Format::auto("2099_7.json", json),
            Some(Format::RetsinfoJson)
        );
        let html = b"<html><body><a name=\"K1\"></a>1 kap.";
        assert_eq!(
            Format::auto("sfs-2017-725.html", html),
            Some(Format::SfsHtml)
        );
        let text = "Kommunallag (2017:725)\n\n1 kap. Inledande\n\n1 §   Text.".as_bytes();
        assert_eq!(
            Format::auto("sfs-2017-725.txt", text),
            Some(Format::SfsText)
        );
        assert_eq!(
            Format::auto("other.xml", b"<?xml version=\"1.0\"?><foo/>"),
            None
        );
        assert_eq!(Format::auto("blob.bin", &[0, 1, 2]), None);
        let markdown = "---\nbeteckning: 2099:1\nrubrik: Provlag\n---\n\n## 1 §\n".as_bytes();
        assert_eq!(
            Format::auto("sfs-2099-1.md", markdown),
            Some(Format::SfsMarkdown)
        );
    }
}
