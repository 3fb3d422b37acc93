//! The reader for Danish law as JSON documents gathered from Retsinformation, one document
//! per file: `title`, `short_name` (the document type, "LBK H#LOKDOK03" or "Lovbekendtgørelse"),
//! `status`, `issued_date`, `url` (the ELI address, `…/eli/lta/2019/1/xml`), `description`
//! (which may name the accession number) and `provisions`, each a section with its `chapter`,
//! its `section` ("3a") and its whole text in `content` ("§ 3 a. … Stk. 2. …").
//!
//! The text of a section comes as one line, so its structure is read back from the way
//! Danish law prints it: a subsection starts at "Stk. 2." after the end of a sentence, and
//! an item at "1)" after a colon, a comma or the end of the text before it. Both are taken
//! only when they number on from the one before ("Stk. 3." after "Stk. 2.", "2)" after "1)"),
//! so that a citation ("§ 4, stk. 2") or a note's number ("17) Ved kongelig resolution …")
//! is not mistaken for one. Sections that repeat a section already read (the commencement
//! provisions of amending acts that a consolidation appends, outside its chapters) are left
//! out, as the LexDania reader leaves out `Ikraft` blocks.
//!
//! The document comes out as the LexDania reader's does (act id "lta/2019/1", labels "§ 3
//! a", chapters "13 a"), so that citations and cases name the same provisions whichever
//! publication was read.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::{LawError, iso_date, utf8};
use crate::model::{
    Act, ActKind, Document, Item, Jurisdiction, Section, Subsection, clean_opt, clean_text,
};

const EXPECTED: &str = "a Retsinformation JSON document";

/// Whether the first bytes of a file are such a document: a JSON object whose first
/// fields include a Retsinformation ELI address or the `provisions` list.
pub fn looks_like(head: &str) -> bool {
    let head = head.trim_start_matches('\u{feff}').trim_start();
    head.starts_with('{')
        && (head.contains("retsinformation.dk/eli/lta/")
            || (head.contains("\"provisions\"") && head.contains("\"short_name\"")))
}

#[derive(Debug, Deserialize)]
struct Raw {
    title: Option<String>,
    short_name: Option<String>,
    status: Option<String>,
    issued_date: Option<String>,
    url: Option<String>,
    description: Option<String>,
    #[serde(default)]
    provisions: Vec<RawProvision>,
    /// The same provisions with their dates; read when `provisions` is empty.
    #[serde(default)]
    provision_versions: Vec<RawProvision>,
}

#[derive(Debug, Deserialize)]
struct RawProvision {
    chapter: Option<String>,
    section: Option<String>,
    #[serde(default)]
    content: String,
}

/// Parses one document. A document without provisions (the source keeps many acts as their
/// metadata alone) is refused as having no sections.
pub fn parse(name: &str, bytes: &[u8]) -> Result<Document, LawError> {
    let text = utf8(name, bytes, EXPECTED)?;
    let raw: Raw = serde_json::from_str(text)
        .map_err(|e| LawError::not_format(name, EXPECTED, format!("not the expected JSON: {e}")))?;
    let act = build_act(name, &raw)?;
    let provisions = if raw.provisions.is_empty() {
        &raw.provision_versions
    } else {
        &raw.provisions
    };
    let mut seen = HashSet::new();
    let mut sections = Vec::new();
    let mut chaptered = false;
    for provision in provisions {
        let Some(section) = read_section(provision) else {
            continue;
        };
        // Once the act's chapters have begun, a section outside them is an appended
        // commencement provision of an amending act, not a section of this act.
        if chaptered && section.chapter.is_none() {
            continue;
        }
        chaptered |= section.chapter.is_some();
        if seen.insert(section.label.clone()) {
            sections.push(section);
        }
    }
    if sections.is_empty() {
        return Err(LawError::not_format(
            name,
            EXPECTED,
            "no provisions (the source keeps this document as its metadata only)",
        ));
    }
    Ok(Document { act, sections })
}

fn build_act(name: &str, raw: &Raw) -> Result<Act, LawError> {
    let title = raw
        .title
        .as_deref()
        .and_then(clean_opt)
        .ok_or_else(|| LawError::not_format(name, EXPECTED, "no title"))?;
    static ELI: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"/eli/(lta|ft|mt)/(\d{4})/(\d+)").expect("valid regex"));
    let id = raw
        .url
        .as_deref()
        .and_then(|url| ELI.captures(url))
        .map(|c| format!("{}/{}/{}", &c[1], &c[2], &c[3]))
        .ok_or_else(|| {
            LawError::not_format(name, EXPECTED, "no ELI address (lta/YEAR/NUMBER) in url")
        })?;
    let kind = kind_of(raw.short_name.as_deref().unwrap_or_default(), &title).ok_or_else(|| {
        LawError::not_format(
            name,
            EXPECTED,
            format!(
                "document type {:?} is not an act or an order",
                raw.short_name.as_deref().unwrap_or_default()
            ),
        )
    })?;
    static ACCESSION: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"AccessionNumber=([A-Z]\d+)").expect("valid regex"));
    let mut act = Act::new(Jurisdiction::Dk, kind, id.clone(), title);
    act.accession_number = raw
        .description
        .as_deref()
        .and_then(|d| ACCESSION.captures(d))
        .map(|c| c[1].to_owned());
    act.date_signed = raw.issued_date.as_deref().and_then(iso_date);
    act.url = Some(format!("https://www.retsinformation.dk/eli/{id}"));
    act.status = raw.status.clone();
    act.in_force = kind != ActKind::AmendingAct
        && raw
            .status
            .as_deref()
            .is_none_or(|s| s.eq_ignore_ascii_case("in_force"));
    Ok(act)
}

/// The kind of instrument from the document type ("LBK H#LOKDOK03", "Lovbekendtgørelse",
/// "Ændringslov") and the title; `None` for what is neither an act nor an order
/// (guidance, treaties, parliamentary papers).
fn kind_of(short_name: &str, title: &str) -> Option<ActKind> {
    static AMENDING_TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(lov|bekendtgørelse|anordning) om ændring af\b").expect("valid regex")
    });
    if AMENDING_TITLE.is_match(title) {
        return Some(ActKind::AmendingAct);
    }
    let code = short_name
        .split(|c: char| c.is_whitespace() || c == '#')
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let title = title.to_lowercase();
    let kind = match code.as_str() {
        c if c.starts_with("ændrings") => ActKind::AmendingAct,
        "lov" | "lsv" => ActKind::Act,
        "lbk" | "lovbekendtgørelse" => ActKind::ConsolidatedAct,
        "bek" | "bekendtgørelse" | "ikrafttræd." | "ang" | "and" | "abk" | "anordning" | "cir"
        | "cirkulære" => ActKind::ExecutiveOrder,
        _ if title.starts_with("bekendtgørelse af lov") => ActKind::ConsolidatedAct,
        _ if title.starts_with("lov ") || title.starts_with("lov,") => ActKind::Act,
        _ if [
            "bekendtgørelse",
            "bekjendtgørelse",
            "anordning",
            "cirkulære",
        ]
        .iter()
        .any(|p| title.starts_with(p)) =>
        {
            ActKind::ExecutiveOrder
        }
        _ => return None,
    };
    Some(kind)
}

/// One provision as a section; `None` when it has neither a label nor a section number.
fn read_section(provision: &RawProvision) -> Option<Section> {
    static LABEL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^§\s*(\d+(?:\s*[a-zæøå])?)\s*\.\s*").expect("valid regex"));
    let content = clean_text(&provision.content);
    let (number, body) = match LABEL.captures(&content) {
        Some(caps) => (
            space_letter(&caps[1]),
            content[caps.get(0).map_or(0, |m| m.end())..].to_owned(),
        ),
        None => (
            space_letter(provision.section.as_deref().unwrap_or_default()),
            content.clone(),
        ),
    };
    if number.is_empty() {
        return None;
    }
    let chapter = provision
        .chapter
        .as_deref()
        .map(space_letter)
        .filter(|c| !c.is_empty());
    Some(Section {
        chapter,
        label: format!("§ {number}"),
        section: number,
        heading: None,
        subsections: subsections(&body),
        chapter_heading: None,
    })
}

/// Splits a section's text at "Stk. N." into subsections, and each into its items.
fn subsections(body: &str) -> Vec<Subsection> {
    static STK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|[.:;)]\s)(Stk\.\s*(\d+)\.\s*)").expect("valid regex"));
    let mut cuts = Vec::new(); // (start of "Stk.", start of text, number)
    let mut next = 2;
    for caps in STK.captures_iter(body) {
        let (Some(mark), Some(number)) = (caps.get(1), caps[2].parse::<u32>().ok()) else {
            continue;
        };
        if number == next {
            cuts.push((mark.start(), mark.end(), number));
            next += 1;
        }
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut number = 1;
    for (mark, text_start, stk) in cuts.into_iter().chain([(body.len(), body.len(), 0)]) {
        let (text, items) = items(&body[start..mark]);
        if !text.is_empty() || !items.is_empty() {
            out.push(Subsection {
                number,
                text,
                items,
            });
        }
        start = text_start;
        number = stk;
    }
    out
}

/// Splits a subsection's text into its lead-in and its numbered items "1) … 2) …".
fn items(text: &str) -> (String, Vec<Item>) {
    static ITEM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[:,;.]\s|\sog\s|\seller\s)((\d+)\)\s*)").expect("valid regex")
    });
    let mut cuts = Vec::new();
    let mut next = 1;
    for caps in ITEM.captures_iter(text) {
        let (Some(mark), Some(number)) = (caps.get(1), caps[2].parse::<u32>().ok()) else {
            continue;
        };
        if number == next {
            cuts.push((mark.start(), mark.end(), number));
            next += 1;
        }
    }
    // One "1)" alone is a note's number or a citation more often than a list.
    if cuts.len() < 2 {
        return (clean_text(text), Vec::new());
    }
    let lead = clean_text(&text[..cuts[0].0]);
    let mut items = Vec::new();
    for (i, &(_, start, number)) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1).map_or(text.len(), |c| c.0);
        items.push(Item {
            label: number.to_string(),
            text: clean_text(&text[start..end]),
        });
    }
    (lead, items)
}

/// "3a" → "3 a", "13 a" stays, as sections and chapters are printed.
fn space_letter(id: &str) -> String {
    let id: String = id.split_whitespace().collect();
    match id.find(|c: char| c.is_alphabetic()) {
        Some(i) if i > 0 => format!("{} {}", &id[..i], &id[i..]),
        _ => id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up order in the source's shape; the wording is ours, not law text.
    const SAMPLE: &str = r#"{
  "id": "2099:7",
  "type": "statute",
  "title": "Bekendtgørelse om prøveordning for cykelparkering",
  "short_name": "BEK H#LOKDOK01",
  "status": "in_force",
  "issued_date": "2099-03-01",
  "url": "https://www.retsinformation.dk/eli/lta/2099/7/xml",
  "description": "Retsinformation source. DocumentId=X1; AccessionNumber=B20990000701; more.",
  "provisions": [
    {"provision_ref": "1:1", "chapter": "1", "section": "1",
     "content": "§ 1. Kommunen må prøve nye stativer. Stk. 2. Prøven varer et år, jf. § 4, stk. 2."},
    {"provision_ref": "1:2a", "chapter": "1", "section": "2a",
     "content": "§ 2 a. Kommunen skal oplyse om: 1) stedet, 2) antallet og 3) prisen. Stk. 2. Oplysningerne gives skriftligt."},
    {"provision_ref": "3a:9", "chapter": "3a", "section": "9",
     "content": "§ 9. Ordningen evalueres. 17) Note om et ministerium."},
    {"provision_ref": "4", "section": "4",
     "content": "§ 4. Loven træder i kraft den 1. juli 2099."}
  ],
  "definitions": []
}"#;

    #[test]
    fn reads_metadata() {
        let doc = parse("2099_7.json", SAMPLE.as_bytes()).unwrap();
        let act = &doc.act;
        assert_eq!(act.id, "lta/2099/7");
        assert_eq!(act.kind, ActKind::ExecutiveOrder);
        assert_eq!(act.jurisdiction, Jurisdiction::Dk);
        assert_eq!(act.accession_number.as_deref(), Some("B20990000701"));
        assert_eq!(act.date_signed.as_deref(), Some("2099-03-01"));
        assert_eq!(
            act.url.as_deref(),
            Some("https://www.retsinformation.dk/eli/lta/2099/7")
        );
        assert!(act.in_force);
    }

    #[test]
    fn reads_sections_subsections_and_items() {
        let doc = parse("2099_7.json", SAMPLE.as_bytes()).unwrap();
        let labels: Vec<_> = doc.sections.iter().map(|s| s.label.as_str()).collect();
        // The appended commencement provision outside the chapters is left out.
        assert_eq!(labels, ["§ 1", "§ 2 a", "§ 9"]);
        let first = &doc.sections[0];
        assert_eq!(first.chapter.as_deref(), Some("1"));
        assert_eq!(first.section, "1");
        assert_eq!(first.subsections.len(), 2);
        assert_eq!(first.subsections[0].text, "Kommunen må prøve nye stativer.");
        // A citation "stk. 2" is not a subsection.
        assert_eq!(first.subsections[1].number, 2);
        assert_eq!(
            first.subsections[1].text,
            "Prøven varer et år, jf. § 4, stk. 2."
        );
        let second = &doc.sections[1];
        assert_eq!(second.section, "2 a");
        assert_eq!(second.subsections[0].text, "Kommunen skal oplyse om:");
        let items: Vec<_> = second.subsections[0]
            .items
            .iter()
            .map(|i| (i.label.as_str(), i.text.as_str()))
            .collect();
        assert_eq!(
            items,
            [("1", "stedet,"), ("2", "antallet og"), ("3", "prisen.")]
        );
        assert_eq!(
            second.subsections[1].text,
            "Oplysningerne gives skriftligt."
        );
        let third = &doc.sections[2];
        assert_eq!(third.chapter.as_deref(), Some("3 a"));
        // A lone note number is not a list.
        assert!(third.subsections[0].items.is_empty());
        assert_eq!(third.subsections.len(), 1);
    }

    #[test]
    fn kinds_from_type_and_title() {
        assert_eq!(
            kind_of("LBK H#LOKDOK03", "Bekendtgørelse af lov om x"),
            Some(ActKind::ConsolidatedAct)
        );
        assert_eq!(
            kind_of("Lovbekendtgørelse", "Bekendtgørelse af lov om x"),
            Some(ActKind::ConsolidatedAct)
        );
        assert_eq!(kind_of("Lov", "Lov om x"), Some(ActKind::Act));
        assert_eq!(
            kind_of("Ændringslov", "Lov om ændring af lov om x"),
            Some(ActKind::AmendingAct)
        );
        assert_eq!(
            kind_of("BEK", "Bekendtgørelse om ændring af bekendtgørelse om x"),
            Some(ActKind::AmendingAct)
        );
        assert_eq!(
            kind_of("ANG", "Anordning om x"),
            Some(ActKind::ExecutiveOrder)
        );
        assert_eq!(
            kind_of("", "Bekendtgørelse af lov om x"),
            Some(ActKind::ConsolidatedAct)
        );
        assert_eq!(kind_of("", "Lov om x"), Some(ActKind::Act));
        assert_eq!(kind_of("VEJ", "Vejledning om x"), None);
    }

    #[test]
    fn amending_and_repealed_documents_are_not_in_force() {
        let amending = SAMPLE.replace(
            "Bekendtgørelse om prøveordning",
            "Bekendtgørelse om ændring af bekendtgørelse om prøveordning",
        );
        let doc = parse("a.json", amending.as_bytes()).unwrap();
        assert_eq!(doc.act.kind, ActKind::AmendingAct);
        assert!(!doc.act.in_force);
        let repealed = SAMPLE.replace("\"in_force\"", "\"repealed\"");
        assert!(!parse("r.json", repealed.as_bytes()).unwrap().act.in_force);
    }

    #[test]
    fn documents_without_text_or_address_are_refused() {
        let empty = r#"{"title": "Lov om x", "short_name": "LOV", "url": "https://www.retsinformation.dk/eli/lta/2099/8/xml", "provisions": []}"#;
        let err = parse("e.json", empty.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("no provisions"), "{err}");
        let no_url = SAMPLE.replace("/eli/lta/2099/7/xml", "/other");
        let err = parse("u.json", no_url.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("ELI"), "{err}");
        assert!(parse("b.json", b"[1, 2]").is_err());
    }

    #[test]
    fn looks_like_only_its_own_json() {
        assert!(looks_like(SAMPLE));
        assert!(!looks_like("{\"name\": \"package\"}"));
        assert!(!looks_like("<?xml version=\"1.0\"?>"));
    }
}
