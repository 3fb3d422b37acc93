//! The reader for Retsinformation's LexDania 2.1 XML: `Dokument/Meta` for the metadata and
//! `DokumentIndhold` for the text, in chapters (`Kapitel`), sections (`Paragraf`),
//! subsections (`Stk`) and items (`Indentatio`).

use std::collections::HashMap;
use std::sync::LazyLock;

use quick_xml::XmlVersion;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;
use regex::Regex;

use super::{LawError, iso_date, utf8};
use crate::model::{
    Act, ActKind, Document, Item, Jurisdiction, Section, Subsection, clean_opt, clean_text,
};

const EXPECTED: &str = "a LexDania XML document";

/// Parses one LexDania document. Amending acts (`LOV Æ`, or `Aendring…` elements) become
/// documents of kind [`ActKind::AmendingAct`]; their own commencement sections
/// (`IkraftCentreretParagraf`) are sections like the others, and an unnumbered part that only
/// names a ministry is the heading of the section after it. Commencement blocks (`Ikraft`) of
/// the acts that a consolidation gathers are not sections of the act and are left out, as are
/// notes.
pub fn parse(name: &str, bytes: &[u8]) -> Result<Document, LawError> {
    let text = utf8(name, bytes, EXPECTED)?;
    let root = parse_tree(name, text)?;
    if root.name != "Dokument" {
        return Err(LawError::not_format(
            name,
            EXPECTED,
            format!("the root element is <{}>, not <Dokument>", root.name),
        ));
    }
    let meta = root
        .child("Meta")
        .ok_or_else(|| LawError::not_format(name, EXPECTED, "no <Meta> element"))?;
    let body = root.child("DokumentIndhold");
    let amending = body.is_some_and(|b| b.any(&|e| e.name.starts_with("Aendring")));
    let act = build_act(name, &root, meta, amending)?;
    let mut sections = Vec::new();
    if let Some(body) = body {
        let mut ctx = Context::default();
        walk(body, &mut ctx, &mut sections);
        ctx.flush_label(&mut sections);
    }
    Ok(Document { act, sections })
}

fn build_act(name: &str, root: &El, meta: &El, amending: bool) -> Result<Act, LawError> {
    let fields: HashMap<&str, String> = meta
        .elements()
        .rev()
        .map(|e| (e.name.as_str(), clean_text(&e.text())))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let field = |key: &str| fields.get(key).cloned();

    // "LOV H#LOKDOK01": the type, then H (main) or Æ (amending); spaces may stray.
    let document_type = field("DocumentType").unwrap_or_default();
    let mut tokens = document_type.split_whitespace();
    let schema = root.attr("SchemaLocation").unwrap_or_default();
    let (type_code, amending_type) = match tokens.next() {
        Some(code) => (
            code.to_uppercase(),
            tokens.next().is_some_and(|t| t.starts_with('Æ')),
        ),
        None => schema_type(schema)
            .ok_or_else(|| LawError::not_format(name, EXPECTED, "no DocumentType in <Meta>"))?,
    };
    let title = field("DocumentTitle")
        .or_else(|| root.child("TitelGruppe").and_then(|t| clean_opt(&t.text())))
        .ok_or_else(|| LawError::not_format(name, EXPECTED, "no DocumentTitle in <Meta>"))?;
    static AMENDING_TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(lov|bekendtgørelse) om ændring af\b").expect("valid regex")
    });
    let amending = amending || amending_type || AMENDING_TITLE.is_match(&title);
    let kind = match type_code.as_str() {
        _ if amending => ActKind::AmendingAct,
        "LOV" => ActKind::Act,
        "LBK" => ActKind::ConsolidatedAct,
        "BEK" => ActKind::ExecutiveOrder,
        other => {
            return Err(LawError::not_format(
                name,
                EXPECTED,
                format!("document type {other} is not an act (LOV, LBK or BEK)"),
            ));
        }
    };
    let (Some(year), Some(number)) = (field("Year"), field("Number")) else {
        return Err(LawError::not_format(
            name,
            EXPECTED,
            "no Year and Number in <Meta>",
        ));
    };
    let id = format!("lta/{year}/{number}");
    let status = field("Status");
    let mut act = Act::new(Jurisdiction::Dk, kind, id.clone(), title);
    act.accession_number = field("AccessionNumber");
    act.short_title = field("PopularTitle");
    act.ministry = field("Ministry");
    act.date_signed = field("DiesSigni").and_then(|d| iso_date(&d));
    act.date_in_force = field("StartDate").and_then(|d| iso_date(&d));
    act.url = Some(format!("https://www.retsinformation.dk/eli/{id}"));
    // A "Historic" document is a version that is no longer in force.
    act.in_force = !amending
        && !status
            .as_deref()
            .is_some_and(|s| s.eq_ignore_ascii_case("Historic"));
    act.status = status;
    Ok(act)
}

/// The type code from a schema name such as "…/LBKH.Retsinfo.LexDania_2.1.xsd".
fn schema_type(schema: &str) -> Option<(String, bool)> {
    static SCHEMA: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"/([A-Z]{3})(H|Æ|AE)?\.Retsinfo").expect("valid regex"));
    let caps = SCHEMA.captures(schema)?;
    let amending = caps.get(2).is_some_and(|m| m.as_str() != "H");
    Some((caps[1].to_owned(), amending))
}

/// Where the walk through the text is.
#[derive(Debug, Default)]
struct Context {
    chapter: Option<String>,
    chapter_heading: Option<String>,
    /// The heading of a group of sections, given to the first section of the group.
    pending_heading: Option<String>,
    /// A section's number printed in a part of its own, given to the unnumbered section
    /// that follows it (an amending act's "§ 3" before its commencement clause).
    pending_label: Option<String>,
}

fn walk(el: &El, ctx: &mut Context, out: &mut Vec<Section>) {
    for child in el.elements() {
        match child.name.as_str() {
            "Kapitel" => {
                let number = child
                    .child("Explicatus")
                    .map(|e| clean_text(&e.text()))
                    .map(|e| clean_text(e.trim_start_matches("Kapitel").trim_end_matches('.')))
                    .filter(|e| !e.is_empty())
                    .or_else(|| child.attr("localId").and_then(clean_opt));
                let mut inner = Context {
                    chapter: number,
                    chapter_heading: child.child("Rubrica").and_then(|r| clean_opt(&r.text())),
                    ..Context::default()
                };
                walk(child, &mut inner, out);
                inner.flush_label(out);
            }
            "ParagrafGruppe" => {
                ctx.pending_heading = child.child("Rubrica").and_then(|r| clean_opt(&r.text()));
                walk(child, ctx, out);
                ctx.pending_heading = None;
            }
            "Paragraf" | "AendringCentreretParagraf" | "IkraftCentreretParagraf" => {
                if let Some(heading) = heading_only(child) {
                    ctx.pending_heading = Some(heading);
                    continue;
                }
                if let Some(label) = number_only(child) {
                    ctx.flush_label(out);
                    ctx.pending_label = Some(label);
                    continue;
                }
                if own_number(child).is_some() {
                    ctx.flush_label(out);
                }
                let section = paragraf(child, ctx);
                if !repealed_chapter(&section) {
                    out.push(section);
                }
                ctx.pending_heading = None;
            }
            // Commencement of other acts, notes, preambles and signatures are not sections.
            "Ikraft" | "Nota" | "Indledning" | "TitelGruppe" | "UnderskriftGruppe" | "Bilag"
            | "Explicatus" | "Rubrica" | "Meta" => {}
            _ => walk(child, ctx, out),
        }
    }
}

/// A chapter repealed as a whole keeps an unnumbered "(Ophævet)": it is no section.
fn repealed_chapter(section: &Section) -> bool {
    section.label.is_empty()
        && section.subsections.iter().all(|s| {
            s.items.is_empty() && matches!(s.text.trim_end_matches('.'), "(Ophævet)" | "(Udeladt)")
        })
}

impl Context {
    /// A number left without the section it numbers is still a section, as printed.
    fn flush_label(&mut self, out: &mut Vec<Section>) {
        if let Some(label) = self.pending_label.take() {
            out.push(Section {
                section: clean_text(label.trim_start_matches('§')),
                label,
                chapter: self.chapter.clone(),
                chapter_heading: self.chapter_heading.clone(),
                heading: self.pending_heading.take(),
                subsections: Vec::new(),
            });
        }
    }
}

/// The number of a part that holds nothing but its number ("§ 3", whose commencement clause
/// follows in an unnumbered part of its own).
fn number_only(el: &El) -> Option<String> {
    if !el.elements().all(|e| e.name == "Explicatus") || has_loose_text(el) {
        return None;
    }
    el.child("Explicatus")
        .map(|e| clean_text(e.text().trim().trim_end_matches('.')))
        .filter(|l| l.starts_with('§'))
}

/// The heading of a part that holds nothing but its heading (an omnibus amending act's
/// "Justitsministeriet" between the sections that amend that ministry's acts).
fn heading_only(el: &El) -> Option<String> {
    let only_heading = el.elements().all(|e| e.name == "Rubrica");
    if !only_heading || has_loose_text(el) || el.attr("localId").is_some() {
        return None;
    }
    el.child("Rubrica").and_then(|r| clean_opt(&r.text()))
}

/// Whether text stands directly in `el`, outside its child elements.
fn has_loose_text(el: &El) -> bool {
    el.children.iter().any(|c| match c {
        Node::Text(t) => !t.trim().is_empty(),
        Node::El(_) => false,
    })
}

/// "§ 78." printed in bold at the start of a section's first line, in the consolidations that
/// give the number no element of its own.
fn label_in_text(el: &El) -> Option<String> {
    static LABEL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^§\s*\d+(\s*[a-zæøå])?\.?$").expect("valid regex"));
    let first = el
        .child("Stk")?
        .child("Exitus")?
        .child("Linea")?
        .child("Char")?;
    let text = clean_text(&first.text());
    (first.attr("formaChar") == Some("Bold") && LABEL.is_match(&text))
        .then(|| clean_text(text.trim_end_matches('.')))
}

/// A section's number: "§ 3 a." as printed, else its local id "3a".
fn own_number(el: &El) -> Option<String> {
    el.child("Explicatus")
        .map(|e| clean_text(e.text().trim().trim_end_matches('.')))
        .filter(|l| !l.is_empty())
        .or_else(|| {
            el.attr("localId")
                .map(|id| format!("§ {}", space_letter(id)))
        })
}

fn paragraf(el: &El, ctx: &mut Context) -> Section {
    // Its own number; else a number printed in a part before it, then a number in bold that
    // opens the text.
    let explicit = own_number(el).or_else(|| ctx.pending_label.take());
    let in_text = explicit.is_none().then(|| label_in_text(el)).flatten();
    let label = explicit.or_else(|| in_text.clone()).unwrap_or_default();
    let section = clean_text(label.trim_start_matches('§'));
    let heading = el
        .child("Rubrica")
        .and_then(|r| clean_opt(&r.text()))
        .or_else(|| ctx.pending_heading.take());

    let mut subsections: Vec<Subsection> = Vec::new();
    let mut loose = Block::default();
    for child in el.elements() {
        match child.name.as_str() {
            "Explicatus" | "Rubrica" | "Nota" => {}
            "Stk" => {
                loose.flush(&mut subsections);
                let number = child
                    .child("Explicatus")
                    .and_then(|e| first_number(&e.text()))
                    .unwrap_or_else(|| next_number(&subsections));
                let mut block = Block::default();
                gather_children(child, &mut block.text, &mut block.items, "");
                block.number = Some(number);
                block.flush(&mut subsections);
            }
            "AendringsNummer" => {
                let label = child
                    .child("Explicatus")
                    .map(|e| strip_label(&e.text()))
                    .filter(|l| !l.is_empty())
                    .unwrap_or_else(|| (loose.items.len() + 1).to_string());
                let mut text = String::new();
                let mut nested = Vec::new();
                gather_children(child, &mut text, &mut nested, &format!("{label}."));
                loose.items.push(Item {
                    label,
                    text: clean_text(&text),
                });
                loose.items.extend(nested);
            }
            _ => gather(child, &mut loose.text, &mut loose.items, ""),
        }
    }
    loose.flush(&mut subsections);
    // The number read from the text is the label, not the start of the text.
    if let (Some(printed), Some(first)) = (&in_text, subsections.first_mut())
        && let Some(rest) = first.text.strip_prefix(printed.as_str())
    {
        first.text = rest.trim_start_matches('.').trim_start().to_owned();
    }
    Section {
        chapter: ctx.chapter.clone(),
        section,
        label,
        heading,
        subsections,
        chapter_heading: ctx.chapter_heading.clone(),
    }
}

/// Text and items on their way to becoming a subsection.
#[derive(Debug, Default)]
struct Block {
    number: Option<u32>,
    text: String,
    items: Vec<Item>,
}

impl Block {
    fn flush(&mut self, out: &mut Vec<Subsection>) {
        let block = std::mem::take(self);
        let text = clean_text(&block.text);
        if text.is_empty() && block.items.is_empty() {
            return;
        }
        out.push(Subsection {
            number: block.number.unwrap_or_else(|| next_number(out)),
            text,
            items: block.items,
        });
    }
}

fn next_number(subsections: &[Subsection]) -> u32 {
    subsections.last().map_or(1, |s| s.number + 1)
}

/// Gathers the children of `el`, leaving out its own `Explicatus`.
fn gather_children(el: &El, text: &mut String, items: &mut Vec<Item>, prefix: &str) {
    for child in &el.children {
        match child {
            Node::Text(t) => text.push_str(t),
            Node::El(e) if e.name == "Explicatus" => {}
            Node::El(e) => gather(e, text, items, prefix),
        }
    }
}

/// Appends the text of `el` to `text` and its numbered items to `items`; notes are left
/// out, and lines are kept apart by a space.
fn gather(el: &El, text: &mut String, items: &mut Vec<Item>, prefix: &str) {
    match el.name.as_str() {
        "Nota" => {}
        "Indentatio" => {
            let label = el
                .child("Explicatus")
                .map(|e| strip_label(&e.text()))
                .filter(|l| !l.is_empty())
                .unwrap_or_else(|| (items.len() + 1).to_string());
            let label = format!("{prefix}{label}");
            let mut own = String::new();
            let mut nested = Vec::new();
            gather_children(el, &mut own, &mut nested, &format!("{label}."));
            items.push(Item {
                label,
                text: clean_text(&own),
            });
            items.extend(nested);
        }
        "Char" => {
            for child in &el.children {
                match child {
                    Node::Text(t) => text.push_str(t),
                    Node::El(e) => gather(e, text, items, prefix),
                }
            }
        }
        _ => {
            text.push(' ');
            gather_children(el, text, items, prefix);
            text.push(' ');
        }
    }
}

/// "1)" → "1", "a)" → "a", "2." → "2".
fn strip_label(label: &str) -> String {
    label
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(['.', ')'])
        .trim()
        .to_owned()
}

/// The first number in "Stk. 2." or "Stk. 2-4.".
fn first_number(text: &str) -> Option<u32> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let digits: String = text[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// "3a" → "3 a", as sections are printed.
fn space_letter(id: &str) -> String {
    let id = id.trim();
    match id.find(|c: char| c.is_alphabetic()) {
        Some(i) if i > 0 => format!("{} {}", &id[..i], &id[i..]),
        _ => id.to_owned(),
    }
}

/// A small element tree, enough for LexDania's nesting of text inside elements.
#[derive(Debug, Default)]
struct El {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
}

#[derive(Debug)]
enum Node {
    El(El),
    Text(String),
}

impl El {
    fn elements(&self) -> impl DoubleEndedIterator<Item = &El> {
        self.children.iter().filter_map(|c| match c {
            Node::El(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    fn child(&self, name: &str) -> Option<&El> {
        self.elements().find(|e| e.name == name)
    }

    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// All text below this element, notes included.
    fn text(&self) -> String {
        let mut out = String::new();
        self.push_text(&mut out);
        out
    }

    fn push_text(&self, out: &mut String) {
        for child in &self.children {
            match child {
                Node::Text(t) => out.push_str(t),
                Node::El(e) => {
                    e.push_text(out);
                    if e.name == "Linea" {
                        out.push(' ');
                    }
                }
            }
        }
    }

    /// Whether this element or one below it matches.
    fn any(&self, matches: &dyn Fn(&El) -> bool) -> bool {
        matches(self) || self.elements().any(|e| e.any(matches))
    }
}

/// Builds the element tree, or a `NotFormat` error that says where the XML breaks.
fn parse_tree(name: &str, text: &str) -> Result<El, LawError> {
    let mut reader = Reader::from_str(text);
    let mut stack = vec![El::default()];
    loop {
        let event = reader.read_event().map_err(|e| {
            LawError::not_format(
                name,
                EXPECTED,
                format!("XML error at byte {}: {e}", reader.error_position()),
            )
        })?;
        let top = stack.last_mut().expect("the stack keeps its document node");
        match event {
            Event::Start(start) => stack.push(element(&start)),
            Event::Empty(start) => top.children.push(Node::El(element(&start))),
            Event::End(_) => {
                let done = stack.pop().expect("the stack keeps its document node");
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Node::El(done)),
                    None => {
                        return Err(LawError::not_format(name, EXPECTED, "unbalanced end tag"));
                    }
                }
            }
            Event::Text(t) => top
                .children
                .push(Node::Text(t.xml10_content().into_owned())),
            Event::CData(c) => top
                .children
                .push(Node::Text(c.xml10_content().into_owned())),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => resolve_predefined_entity(&r)
                        .map_or_else(|| format!("&{};", &*r), str::to_owned),
                };
                top.children.push(Node::Text(resolved));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        let open = stack.last().map(|e| e.name.clone()).unwrap_or_default();
        return Err(LawError::not_format(
            name,
            EXPECTED,
            format!("the document ends inside <{open}>"),
        ));
    }
    let document = stack.pop().expect("one node is left");
    document
        .children
        .into_iter()
        .find_map(|c| match c {
            Node::El(e) => Some(e),
            Node::Text(_) => None,
        })
        .ok_or_else(|| LawError::not_format(name, EXPECTED, "no root element"))
}

fn element(start: &BytesStart<'_>) -> El {
    let attrs = start
        .attributes()
        .with_checks(false)
        .flatten()
        .map(|a| {
            let value = a
                .normalized_value(XmlVersion::Implicit1_0)
                .map_or_else(|_| a.value.to_string(), |v| v.into_owned());
            (a.key.local_name().as_ref().to_owned(), value)
        })
        .collect();
    El {
        name: start.local_name().as_ref().to_owned(),
        attrs,
        children: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up consolidated act in LexDania's structure.
    const CONSOLIDATED: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<Dokument id="x" SchemaLocation="http://www.retsinformation.dk/offentlig/xml/schemas/2022/05/17/LBKH.Retsinfo.LexDania_2.1.xsd">
  <Meta>
    <DocumentType>LBK  H#LOKDOK03</DocumentType>
    <AccessionNumber>A20990000101</AccessionNumber>
    <DocumentTitle>Bekendtgørelse af lov om prøver</DocumentTitle>
    <Year>2099</Year>
    <DiesSigni>2099-01-19</DiesSigni>
    <StartDate REFid="s">2099-01-23</StartDate>
    <Status>Valid</Status>
    <Number>7</Number>
    <Ministry>Prøveministeriet</Ministry>
    <PopularTitle>prøveloven</PopularTitle>
  </Meta>
  <TitelGruppe><Titel><Linea><Char>Bekendtgørelse af lov om prøver</Char></Linea></Titel></TitelGruppe>
  <DokumentIndhold>
    <Indledning><Exitus><Linea><Char>Herved bekendtgøres.</Char></Linea></Exitus></Indledning>
    <Bog><Afsnit localId="1">
      <Kapitel localId="1">
        <Explicatus>Kapitel 1</Explicatus>
        <Rubrica><Linea><Char formaChar="Italic">Formål</Char></Linea></Rubrica>
        <ParagrafGruppe>
          <Rubrica><Linea><Char>Almindelige regler</Char></Linea></Rubrica>
          <Paragraf localId="1">
            <Explicatus>§ 1.</Explicatus>
            <Stk><Exitus><Linea><Char>Lovens formål er </Char><Char formaChar="Italic">at prøve</Char><Char>.</Char></Linea>
              <Nota><Explicatus>1)</Explicatus><Exitus><Linea><Char>En note.</Char></Linea></Exitus></Nota>
              <Linea><Char>Anden linje &amp; mere.</Char></Linea></Exitus></Stk>
            <Stk><Explicatus>Stk. 2.</Explicatus><Exitus><Linea><Char>Foranstaltninger kan omfatte:</Char></Linea></Exitus>
              <Exitus><Index>
                <Indentatio formaInd="Nummer"><Explicatus>1)</Explicatus><Exitus><Linea><Char>For dyr:</Char></Linea></Exitus>
                  <Exitus><Index><Indentatio formaInd="Litra"><Explicatus>a)</Explicatus><Exitus><Linea><Char>tilsyn,</Char></Linea></Exitus></Indentatio></Index></Exitus>
                </Indentatio>
                <Indentatio formaInd="Nummer"><Explicatus>2)</Explicatus><Exitus><Linea><Char>mærkning.</Char></Linea></Exitus></Indentatio>
              </Index></Exitus></Stk>
          </Paragraf>
          <Paragraf localId="1a">
            <Explicatus>§ 1 a.</Explicatus>
            <Stk><Exitus><Linea><Char>Kort.</Char></Linea></Exitus></Stk>
            <Ukendt><Noget/></Ukendt>
          </Paragraf>
        </ParagrafGruppe>
      </Kapitel>
      <Kapitel localId="2a">
        <Explicatus>Kapitel 2 a</Explicatus>
        <Paragraf localId="2"><Stk><Exitus><Linea><Char>Uden explicatus.</Char></Linea></Exitus></Stk></Paragraf>
      </Kapitel>
    </Afsnit></Bog>
    <Ikraft>
      <Exitus><Linea><Char>Lov nr. 1 indeholder følgende ikrafttrædelsesbestemmelse:</Char></Linea></Exitus>
      <Paragraf localId="12"><Explicatus>§ 12.</Explicatus><Stk><Exitus><Linea><Char>Loven træder i kraft.</Char></Linea></Exitus></Stk></Paragraf>
    </Ikraft>
  </DokumentIndhold>
</Dokument>"#;

    const AMENDING: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<Dokument>
  <Meta>
    <DocumentType>LOV Æ#LOKDOK02</DocumentType>
    <DocumentTitle>Lov om ændring af lov om prøver</DocumentTitle>
    <Year>2099</Year><Number>8</Number><Status>Valid</Status>
  </Meta>
  <DokumentIndhold>
    <AendringCentreretParagraf>
      <Explicatus>§ 1</Explicatus>
      <Exitus><Linea><Char>I lov om prøver foretages følgende ændringer:</Char></Linea></Exitus>
      <AendringsNummer><Explicatus>1.</Explicatus>
        <Aendring><AendringDefinition><Exitus><Linea><Char>§ 3 ophæves.</Char></Linea></Exitus></AendringDefinition></Aendring>
      </AendringsNummer>
    </AendringCentreretParagraf>
    <Paragraf><Explicatus>§ 2.</Explicatus><Stk><Exitus><Linea><Char>Loven træder i kraft den 1. juli 2099.</Char></Linea></Exitus></Stk></Paragraf>
  </DokumentIndhold>
</Dokument>"#;

    #[test]
    fn reads_metadata() {
        let doc = parse("2099-7.xml", CONSOLIDATED.as_bytes()).unwrap();
        let act = &doc.act;
        assert_eq!(act.jurisdiction, Jurisdiction::Dk);
        assert_eq!(act.kind, ActKind::ConsolidatedAct);
        assert_eq!(act.id, "lta/2099/7");
        assert_eq!(act.accession_number.as_deref(), Some("A20990000101"));
        assert_eq!(act.title, "Bekendtgørelse af lov om prøver");
        assert_eq!(act.short_title.as_deref(), Some("prøveloven"));
        assert_eq!(act.ministry.as_deref(), Some("Prøveministeriet"));
        assert_eq!(act.date_signed.as_deref(), Some("2099-01-19"));
        assert_eq!(act.date_in_force.as_deref(), Some("2099-01-23"));
        assert_eq!(act.status.as_deref(), Some("Valid"));
        assert_eq!(
            act.url.as_deref(),
            Some("https://www.retsinformation.dk/eli/lta/2099/7")
        );
        assert!(act.in_force);
    }

    #[test]
    fn reads_chapters_sections_and_items() {
        let doc = parse("2099-7.xml", CONSOLIDATED.as_bytes()).unwrap();
        let labels: Vec<&str> = doc.sections.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(
            labels,
            ["§ 1", "§ 1 a", "§ 2"],
            "the Ikraft section is left out"
        );

        let first = &doc.sections[0];
        assert_eq!(first.chapter.as_deref(), Some("1"));
        assert_eq!(first.chapter_heading.as_deref(), Some("Formål"));
        assert_eq!(first.section, "1");
        assert_eq!(first.heading.as_deref(), Some("Almindelige regler"));
        assert_eq!(first.subsections[0].number, 1);
        assert_eq!(
            first.subsections[0].text,
            "Lovens formål er at prøve. Anden linje & mere."
        );
        let second = &first.subsections[1];
        assert_eq!(second.number, 2);
        assert_eq!(second.text, "Foranstaltninger kan omfatte:");
        let items: Vec<(&str, &str)> = second
            .items
            .iter()
            .map(|i| (i.label.as_str(), i.text.as_str()))
            .collect();
        assert_eq!(
            items,
            [("1", "For dyr:"), ("1.a", "tilsyn,"), ("2", "mærkning.")]
        );

        let a = &doc.sections[1];
        assert_eq!(a.section, "1 a");
        assert_eq!(
            a.heading, None,
            "a group heading goes to the group's first section"
        );
        assert_eq!(a.subsections.len(), 1);

        let bare = &doc.sections[2];
        assert_eq!(bare.chapter.as_deref(), Some("2 a"));
        assert_eq!(bare.label, "§ 2");
        assert_eq!(bare.subsections[0].text, "Uden explicatus.");
    }

    #[test]
    fn amending_acts_are_marked() {
        let doc = parse("2099-8.xml", AMENDING.as_bytes()).unwrap();
        assert_eq!(doc.act.kind, ActKind::AmendingAct);
        assert!(!doc.act.in_force);
        let first = &doc.sections[0];
        assert_eq!(first.label, "§ 1");
        assert_eq!(
            first.subsections[0].text,
            "I lov om prøver foretages følgende ændringer:"
        );
        assert_eq!(first.subsections[0].items[0].label, "1");
        assert_eq!(first.subsections[0].items[0].text, "§ 3 ophæves.");
        assert_eq!(doc.sections[1].section, "2");
    }

    /// A made-up omnibus amending act: a ministry's heading as a part of its own, sections
    /// that amend, and the act's own commencement, one section of which amends in turn.
    const OMNIBUS: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<Dokument>
  <Meta>
    <DocumentType>LOV Æ#LOKDOK02</DocumentType>
    <DocumentTitle>Lov om ændring af forskellige love</DocumentTitle>
    <Year>2099</Year><Number>9</Number><Status>Valid</Status>
  </Meta>
  <DokumentIndhold>
    <AendringCentreretParagraf><Rubrica><Linea><Char>Prøveministeriet</Char></Linea></Rubrica></AendringCentreretParagraf>
    <AendringCentreretParagraf>
      <Explicatus>§ 1</Explicatus>
      <Exitus><Linea><Char>I lov om prøver foretages følgende ændring:</Char></Linea></Exitus>
      <AendringsNummer><Explicatus>1.</Explicatus>
        <Aendring><AendringDefinition><Exitus><Linea><Char>§ 3 ophæves.</Char></Linea></Exitus></AendringDefinition></Aendring>
      </AendringsNummer>
    </AendringCentreretParagraf>
    <IkraftCentreretParagraf>
      <Explicatus>§ 2</Explicatus>
      <Stk><Exitus><Linea><Char>Loven træder i kraft den 1. juli 2099.</Char></Linea></Exitus></Stk>
    </IkraftCentreretParagraf>
    <IkraftCentreretParagraf>
      <Explicatus>§ 3</Explicatus>
      <Stk><Exitus><Linea><Char>I lov om forsøg indsættes:</Char></Linea></Exitus>
        <AendringsNummer><Aendring><AendringAktion><AendringNyTekst>
          <Paragraf><Explicatus>§ 2 b.</Explicatus><Stk><Exitus><Linea><Char>Ny tekst.</Char></Linea></Exitus></Stk></Paragraf>
        </AendringNyTekst></AendringAktion></Aendring></AendringsNummer>
      </Stk>
    </IkraftCentreretParagraf>
  </DokumentIndhold>
</Dokument>"#;

    #[test]
    fn an_amending_acts_parts_commencement_and_quoted_sections_are_read_as_printed() {
        let doc = parse("2099-9.xml", OMNIBUS.as_bytes()).unwrap();
        let labels: Vec<&str> = doc.sections.iter().map(|s| s.label.as_str()).collect();
        // The ministry's part is no section, the commencement sections are, and the section
        // quoted as new text stays inside the section that inserts it.
        assert_eq!(labels, ["§ 1", "§ 2", "§ 3"]);
        assert_eq!(doc.sections[0].heading.as_deref(), Some("Prøveministeriet"));
        assert_eq!(doc.sections[1].heading, None);
        assert_eq!(
            doc.sections[1].subsections[0].text,
            "Loven træder i kraft den 1. juli 2099."
        );
        let quoted = &doc.sections[2].subsections[0].text;
        assert!(quoted.ends_with("indsættes: Ny tekst."), "{quoted}");
    }

    #[test]
    fn a_section_numbered_only_in_its_text_takes_that_number() {
        let text = CONSOLIDATED.replace(
            r#"<Paragraf localId="2"><Stk><Exitus><Linea><Char>Uden explicatus.</Char></Linea>"#,
            r#"<Paragraf><Stk><Exitus><Linea><Char formaChar="Bold">§ 78.</Char></Linea><Linea><Char>Uden explicatus.</Char></Linea>"#,
        );
        assert_ne!(text, CONSOLIDATED);
        let doc = parse("2099-7.xml", text.as_bytes()).unwrap();
        let bare = &doc.sections[2];
        assert_eq!((bare.label.as_str(), bare.section.as_str()), ("§ 78", "78"));
        assert_eq!(bare.subsections[0].text, "Uden explicatus.");
        // Bold words that are no number stay text, and the section has no label.
        let text = text.replace("§ 78.", "Bemærk");
        let doc = parse("2099-7.xml", text.as_bytes()).unwrap();
        assert_eq!(doc.sections[2].label, "");
        assert_eq!(
            doc.sections[2].subsections[0].text,
            "Bemærk Uden explicatus."
        );
    }

    #[test]
    fn a_number_in_a_part_of_its_own_numbers_the_commencement_clause_after_it() {
        // As in real amending acts of 2010–2013: "§ 2" alone, then its unnumbered clause; a
        // number with no clause after it stays a section, and so does the one at the end.
        let text = OMNIBUS.replace(
            "<IkraftCentreretParagraf>\n      <Explicatus>§ 2</Explicatus>",
            "<AendringCentreretParagraf><Explicatus>§ 2</Explicatus></AendringCentreretParagraf>\n    <IkraftCentreretParagraf>",
        );
        assert_ne!(text, OMNIBUS);
        let doc = parse("2099-9.xml", text.as_bytes()).unwrap();
        let labels: Vec<&str> = doc.sections.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["§ 1", "§ 2", "§ 3"]);
        assert_eq!(
            doc.sections[1].subsections[0].text,
            "Loven træder i kraft den 1. juli 2099."
        );
        let alone =
            "<AendringCentreretParagraf><Explicatus>§ 4</Explicatus></AendringCentreretParagraf>";
        let text = text
            .replace(
                "<IkraftCentreretParagraf>\n      <Explicatus>§ 3</Explicatus>",
                &format!("{alone}<IkraftCentreretParagraf>\n      <Explicatus>§ 3</Explicatus>"),
            )
            .replace(
                "</DokumentIndhold>",
                &format!("{}</DokumentIndhold>", alone.replace('4', "5")),
            );
        let doc = parse("2099-9.xml", text.as_bytes()).unwrap();
        let labels: Vec<&str> = doc.sections.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["§ 1", "§ 2", "§ 4", "§ 3", "§ 5"]);
        assert!(doc.sections[2].subsections.is_empty());
    }

    #[test]
    fn a_chapter_repealed_as_a_whole_is_no_section() {
        let text = CONSOLIDATED
            .replace("Uden explicatus.", "(Ophævet)")
            .replace(r#"<Paragraf localId="2">"#, "<Paragraf>");
        assert_ne!(text, CONSOLIDATED);
        let doc = parse("2099-7.xml", text.as_bytes()).unwrap();
        assert_eq!(doc.sections.len(), 2, "{:?}", doc.sections);
    }

    #[test]
    fn other_xml_and_broken_xml_are_reported() {
        let err = parse("x.xml", b"<?xml version=\"1.0\"?><foo/>").unwrap_err();
        assert!(err.to_string().contains("<foo>"), "{err}");
        let err = parse("y.xml", b"<Dokument><Meta></Dokument>").unwrap_err();
        assert!(
            matches!(err, LawError::NotFormat { ref file, .. } if file == "y.xml"),
            "{err}"
        );
        let cut = &CONSOLIDATED[..CONSOLIDATED.len() / 2];
        let err = parse("z.xml", cut.as_bytes()).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("z.xml: not a LexDania XML document"),
            "{err}"
        );
        let other = CONSOLIDATED.replace("LBK  H#LOKDOK03", "VEJ H#LOKDOK09");
        let err = parse("v.xml", other.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("VEJ"), "{err}");
    }
}
