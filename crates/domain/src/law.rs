//! The law catalogue's model: acts, their metadata and their sections, as plain serde types
//! shared by the format readers (`frirum-law`), the store and the web layer.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::text::{all_values, parse_name, unknown_name};

/// The country whose law a document is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Jurisdiction {
    No,
    Dk,
    Se,
}

/// What kind of instrument a document is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ActKind {
    /// An act as passed (Norwegian "lov", Danish "LOV", Swedish "lag").
    Act,
    /// A consolidated act (Danish "lovbekendtgørelse", LBK).
    ConsolidatedAct,
    /// A regulation (Norwegian "forskrift", Swedish "förordning").
    Regulation,
    /// A Danish executive order ("bekendtgørelse", BEK).
    ExecutiveOrder,
    /// An act that amends other acts; it is imported but is not the law in force.
    AmendingAct,
}

impl Jurisdiction {
    pub const ALL: [Jurisdiction; 3] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl std::str::FromStr for Jurisdiction {
    type Err = String;

    /// The code in any case, with spaces around.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_name(&s.trim().to_ascii_lowercase())
            .ok_or_else(|| unknown_name::<Jurisdiction>("jurisdiction", s))
    }
}

impl From<crate::Country> for Jurisdiction {
    fn from(country: crate::Country) -> Self {
        match country {
            crate::Country::No => Jurisdiction::No,
            crate::Country::Dk => Jurisdiction::Dk,
            crate::Country::Se => Jurisdiction::Se,
        }
    }
}

impl ActKind {
    pub const ALL: [ActKind; 5] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl std::str::FromStr for ActKind {
    type Err = String;

    /// The name with spaces around.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_name(s.trim()).ok_or_else(|| format!("unknown kind of act {s:?}"))
    }
}

/// The metadata of one act, regulation or order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Act {
    pub jurisdiction: Jurisdiction,
    pub kind: ActKind,
    /// The official identifier: Lovdata's legacy id ("LOV-1999-03-26-17", "FOR-…"), the
    /// Danish ELI path ("lta/2024/62") or the SFS number ("2017:725").
    pub id: String,
    /// Lovdata's reference id ("lov/1999-03-26-17"), the form its links use.
    pub refid: Option<String>,
    /// Retsinformation's accession number ("A20240006229").
    pub accession_number: Option<String>,
    pub title: String,
    pub short_title: Option<String>,
    /// The official abbreviation ("husll"), where there is one.
    pub abbreviation: Option<String>,
    pub ministry: Option<String>,
    /// ISO date (YYYY-MM-DD) from which the act is in force.
    pub date_in_force: Option<String>,
    /// ISO date on which the act was passed or signed.
    pub date_signed: Option<String>,
    /// ISO date from which the latest amendment is in force.
    pub date_last_change: Option<String>,
    /// The status as the source states it ("Valid", "Historic", "Upphävd").
    pub status: Option<String>,
    pub url: Option<String>,
    /// Whether the document is law in force; false for amending acts and repealed or
    /// historic versions.
    pub in_force: bool,
}

impl Act {
    /// An act with the required fields set and every optional field empty.
    pub fn new(
        jurisdiction: Jurisdiction,
        kind: ActKind,
        id: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            jurisdiction,
            kind,
            id: id.into(),
            refid: None,
            accession_number: None,
            title: title.into(),
            short_title: None,
            abbreviation: None,
            ministry: None,
            date_in_force: None,
            date_signed: None,
            date_last_change: None,
            status: None,
            url: None,
            in_force: kind != ActKind::AmendingAct,
        }
    }
}

/// A numbered or lettered item of a list inside a subsection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Item {
    /// The label without punctuation ("a", "1"); items of a nested list are labelled with
    /// their path ("1.a").
    pub label: String,
    pub text: String,
}

/// A subsection (ledd, stk., stycke).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Subsection {
    /// The ordinal, counted from 1.
    pub number: u32,
    pub text: String,
    pub items: Vec<Item>,
}

/// A section (paragraf, §), or a Roman-numbered part of an amending act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Section {
    /// The chapter number as written ("1", "II", "4 a"); `None` outside chapters.
    pub chapter: Option<String>,
    /// The section number as written ("1-1", "3 a", "12", "II").
    pub section: String,
    /// The label as the source prints it ("§ 1-1", "3 a §").
    pub label: String,
    pub heading: Option<String>,
    pub subsections: Vec<Subsection>,
    /// The chapter's heading; serialised only when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chapter_heading: Option<String>,
}

impl Section {
    /// Whether any subsection or item has text.
    pub fn has_text(&self) -> bool {
        self.subsections
            .iter()
            .any(|s| !s.text.is_empty() || s.items.iter().any(|i| !i.text.is_empty()))
    }
}

/// One parsed document: its metadata and its sections in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub act: Act,
    pub sections: Vec<Section>,
}

/// Normalises text the way the model stores it: Unicode NFC, every run of whitespace
/// (including no-break spaces) one space, trimmed.
pub fn clean_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_ascii() {
        out
    } else {
        out.nfc().collect()
    }
}

/// Like [`clean_text`], but `None` for text that is empty once cleaned.
pub fn clean_opt(text: &str) -> Option<String> {
    let cleaned = clean_text(text);
    (!cleaned.is_empty()).then_some(cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn jurisdiction_names_agree() {
        crate::text::tests::names_agree::<Jurisdiction>();
        crate::text::tests::serde_reads_names::<Jurisdiction>();
        assert_eq!(
            " x".parse::<Jurisdiction>().unwrap_err().to_string(),
            "unknown jurisdiction \" x\": expected no, dk or se"
        );
        assert_eq!(" DK ".parse::<Jurisdiction>().unwrap(), Jurisdiction::Dk);
    }

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn act_kind_names_agree() {
        crate::text::tests::names_agree::<ActKind>();
        crate::text::tests::serde_reads_names::<ActKind>();
        assert_eq!(
            " x".parse::<ActKind>().unwrap_err().to_string(),
            "unknown kind of act \" x\""
        );
        assert_eq!(" act ".parse::<ActKind>().unwrap(), ActKind::Act);
    }

    #[test]
    fn section_serialises_with_the_agreed_keys() {
        let section = Section {
            chapter: Some("1".into()),
            section: "1-1".into(),
            label: "§ 1-1".into(),
            heading: None,
            subsections: vec![Subsection {
                number: 1,
                text: "Tekst.".into(),
                items: vec![Item {
                    label: "a".into(),
                    text: "punkt".into(),
                }],
            }],
            chapter_heading: None,
        };
        let json = serde_json::to_value(&section).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "chapter": "1", "section": "1-1", "label": "§ 1-1", "heading": null,
                "subsections": [{"number": 1, "text": "Tekst.", "items": [{"label": "a", "text": "punkt"}]}]
            })
        );
    }

    #[test]
    fn enums_serialise_as_agreed() {
        assert_eq!(serde_json::to_string(&Jurisdiction::Dk).unwrap(), "\"dk\"");
        assert_eq!(
            serde_json::to_string(&ActKind::ConsolidatedAct).unwrap(),
            "\"consolidated_act\""
        );
        let act = Act::new(
            Jurisdiction::No,
            ActKind::AmendingAct,
            "LOV-1",
            "Endringslov",
        );
        assert!(!act.in_force);
    }

    #[test]
    fn text_is_cleaned() {
        assert_eq!(clean_text("  a\u{a0}\n b\tc  "), "a b c");
        assert_eq!(clean_text("e\u{301}"), "é");
        assert_eq!(clean_opt(" \n "), None);
    }
}
