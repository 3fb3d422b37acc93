//! The reader for Lovdata's public data: one HTML5 document per act or regulation, with the
//! metadata in `dl.data-document-key-info` and the text in `main.documentBody`.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use scraper::node::Element;
use scraper::{ElementRef, Html, Node};

use super::{LawError, iso_date, utf8};
use crate::model::{
    Act, ActKind, Document, Item, Jurisdiction, Section, Subsection, clean_opt, clean_text,
};

const EXPECTED: &str = "a Lovdata HTML document";

/// The label of the one section of a document printed without articles or parts.
const WHOLE: &str = "Tekst";

/// Parses one Lovdata document. Amending acts ("Endringslov til …") become documents of
/// kind [`ActKind::AmendingAct`] whose sections are their Roman-numbered parts.
pub fn parse(name: &str, bytes: &[u8]) -> Result<Document, LawError> {
    let text = utf8(name, bytes, EXPECTED)?;
    let html = Html::parse_document(text);
    let root = html.root_element();
    let main = find(root, &|e| {
        e.name() == "main" && has_class(e, "documentBody")
    })
    .ok_or_else(|| LawError::not_format(name, EXPECTED, "no <main class=\"documentBody\">"))?;
    let header = header_fields(root);
    let act = build_act(name, &header, root, main)?;

    let mut sections = Vec::new();
    if act.kind == ActKind::AmendingAct {
        amending_parts(main, &mut sections);
    }
    if sections.is_empty() {
        walk(main, &Chapter::default(), &mut sections);
    }
    if sections.is_empty() {
        // A document with chapters but no articles (a delegation, or an amendment whose
        // title does not say so) has its text in the chapters: read them as its parts.
        amending_parts(main, &mut sections);
    }
    if sections.is_empty() {
        // No articles and no parts: a decision or a delegation printed as plain text. Its
        // text is one undivided section rather than none.
        let mut subsections = Vec::new();
        collect_blocks(main, &mut subsections);
        if !subsections.is_empty() {
            sections.push(part(None, WHOLE.into(), WHOLE.into(), subsections));
        }
    }
    Ok(Document { act, sections })
}

/// The `dd` values of the document header, keyed by class; lists are joined with "; ".
fn header_fields(root: ElementRef<'_>) -> HashMap<String, String> {
    let mut fields = HashMap::new();
    let Some(dl) = find(root, &|e| {
        e.name() == "dl" && has_class(e, "data-document-key-info")
    }) else {
        return fields;
    };
    for dd in dl.child_elements().filter(|c| c.value().name() == "dd") {
        let Some(class) = dd.value().classes().next() else {
            continue;
        };
        if class == "table-of-contents" {
            continue;
        }
        let items: Vec<String> = dd
            .descendent_elements()
            .filter(|e| e.value().name() == "li")
            .map(|li| clean_text(&plain_text(li)))
            .filter(|t| !t.is_empty())
            .collect();
        let value = if items.is_empty() {
            clean_text(&plain_text(dd))
        } else {
            items.join("; ")
        };
        fields.insert(class.to_owned(), value);
    }
    fields
}

fn build_act(
    name: &str,
    header: &HashMap<String, String>,
    root: ElementRef<'_>,
    main: ElementRef<'_>,
) -> Result<Act, LawError> {
    let field = |key: &str| header.get(key).filter(|v| !v.is_empty()).cloned();
    let refid = field("refid");
    let id = field("legacyID").or_else(|| refid.clone()).ok_or_else(|| {
        LawError::not_format(
            name,
            EXPECTED,
            "no legacyID or refid in the document header",
        )
    })?;
    let title = field("title")
        .or_else(|| find(main, &|e| e.name() == "h1").and_then(|h| clean_opt(&plain_text(h))))
        .or_else(|| find(root, &|e| e.name() == "title").and_then(|t| clean_opt(&plain_text(t))))
        .ok_or_else(|| LawError::not_format(name, EXPECTED, "the document has no title"))?;
    let (short_title, abbreviation) = match field("titleShort") {
        // "Husleieloven – husll": the short title, an en dash, the official abbreviation.
        Some(short) => match short.rsplit_once(" – ") {
            Some((s, a)) => (clean_opt(s), clean_opt(a)),
            None => (Some(short), None),
        },
        None => (None, None),
    };
    let amending = is_amending(&title, short_title.as_deref());
    let kind = if amending {
        ActKind::AmendingAct
    } else if id.starts_with("FOR") || refid.as_deref().is_some_and(|r| r.starts_with("forskrift"))
    {
        ActKind::Regulation
    } else {
        ActKind::Act
    };
    let url = field("dokid")
        .map(|d| format!("https://lovdata.no/dokument/{d}"))
        .or_else(|| refid.as_ref().map(|r| format!("https://lovdata.no/{r}")));
    let mut act = Act::new(Jurisdiction::No, kind, id.clone(), title);
    act.refid = refid;
    act.short_title = short_title;
    act.abbreviation = abbreviation;
    act.ministry = field("ministry");
    act.date_in_force = field("dateInForce").and_then(|d| iso_date(&d));
    act.date_signed = iso_date(&id);
    act.date_last_change = field("lastChangeInForce").and_then(|d| iso_date(&d));
    act.url = url;
    act.in_force = !amending;
    Ok(act)
}

/// Whether the title or short title names an amending act or regulation.
fn is_amending(title: &str, short_title: Option<&str>) -> bool {
    static AMENDING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(lov|forskrift) om (endring|endringer|endringar|endring og oppheving) (i|av)\b",
        )
        .expect("valid regex")
    });
    short_title.is_some_and(|s| s.starts_with("Endringslov") || s.starts_with("Endringsforskrift"))
        || AMENDING.is_match(title)
}

/// The chapter that the walk is in.
#[derive(Debug, Clone, Default)]
struct Chapter {
    number: Option<String>,
    heading: Option<String>,
}

/// Collects the sections below `el`, entering chapters (`section.section`, possibly nested)
/// and every other container, but not sections themselves.
fn walk(el: ElementRef<'_>, chapter: &Chapter, out: &mut Vec<Section>) {
    for child in el.child_elements() {
        let e = child.value();
        if is_skipped(e) {
            continue;
        }
        if e.name() == "section" && has_class(e, "section") {
            let mut inner = chapter.clone();
            // Sub-chapters without a data-name (such as "kapittel-4-kapittel-1") stay in
            // their parent chapter; their heading is a grouping, not a chapter heading.
            if let Some(number) = child.attr("data-name").and_then(|d| d.strip_prefix("kap")) {
                inner.number = clean_opt(number);
                inner.heading = heading_of(child).map(|h| strip_chapter_prefix(&h));
            }
            walk(child, &inner, out);
        } else if e.name() == "article" && has_class(e, "legalArticle") {
            out.push(article_section(child, chapter));
        } else {
            walk(child, chapter, out);
        }
    }
}

fn article_section(article: ElementRef<'_>, chapter: &Chapter) -> Section {
    let header = article
        .child_elements()
        .find(|c| has_class(c.value(), "legalArticleHeader"));
    let span = |class: &str| {
        header
            .and_then(|h| find(h, &|e| has_class(e, class)))
            .and_then(|s| clean_opt(&plain_text(s)))
    };
    let label = span("legalArticleValue")
        .or_else(|| {
            article
                .attr("data-name")
                .map(|d| clean_text(&d.replace('§', "§ ")))
        })
        .unwrap_or_default();
    let section = clean_text(label.trim_start_matches('§'));
    let mut subsections = Vec::new();
    collect_blocks(article, &mut subsections);
    Section {
        chapter: chapter.number.clone(),
        section,
        label,
        heading: span("legalArticleTitle"),
        subsections,
        chapter_heading: chapter.heading.clone(),
    }
}

/// The Roman-numbered parts of an amending act, each as one section.
///
/// An unnumbered part ("Forordninger", "Rettelser") is a section of its own when it has
/// text of its own; the Roman parts inside it, or after it when it is only a heading, belong
/// to it: they get it as their chapter and their label is prefixed with it, since they
/// restart at "I" and would otherwise repeat the act's own parts.
fn amending_parts(el: ElementRef<'_>, out: &mut Vec<Section>) {
    let mut group = None;
    amending_parts_in(el, &mut group, out);
}

fn amending_parts_in(el: ElementRef<'_>, group: &mut Option<String>, out: &mut Vec<Section>) {
    for child in el.child_elements() {
        let e = child.value();
        if is_skipped(e) {
            continue;
        }
        if !is_part(e) {
            amending_parts_in(child, group, out);
            continue;
        }
        if part_number(child).is_none() {
            let heading = heading_of(child).unwrap_or_else(|| (out.len() + 1).to_string());
            let mut own = Vec::new();
            collect_blocks_outside_parts(child, &mut own);
            let parts: Vec<ElementRef<'_>> = child
                .child_elements()
                .filter(|c| is_part(c.value()) && part_number(*c).is_some())
                .collect();
            let has_own = !own.is_empty();
            if has_own {
                out.push(part(None, heading.clone(), heading.clone(), own));
            }
            for inner in &parts {
                numbered_part(*inner, Some(&heading), out);
            }
            // A part that is only a heading owns the numbered parts after it.
            *group = (!has_own && parts.is_empty()).then_some(heading);
            continue;
        }
        numbered_part(child, group.as_deref(), out);
    }
}

fn is_part(e: &Element) -> bool {
    e.name() == "section" && has_class(e, "section")
}

/// "I" from `data-name="kapI"`; none for an unnumbered part.
fn part_number(el: ElementRef<'_>) -> Option<String> {
    el.attr("data-name")
        .and_then(|d| d.strip_prefix("kap"))
        .and_then(clean_opt)
}

/// A numbered part as one section, within the unnumbered part `group` if any.
fn numbered_part(el: ElementRef<'_>, group: Option<&str>, out: &mut Vec<Section>) {
    let number = part_number(el).unwrap_or_else(|| (out.len() + 1).to_string());
    let mut subsections = Vec::new();
    collect_blocks(el, &mut subsections);
    let label = match group {
        Some(g) => format!("{g} {number}"),
        None => number.clone(),
    };
    out.push(part(group.map(str::to_owned), number, label, subsections));
}

fn part(
    group: Option<String>,
    number: String,
    label: String,
    subsections: Vec<Subsection>,
) -> Section {
    Section {
        chapter: group.clone(),
        section: number,
        label,
        heading: None,
        subsections,
        chapter_heading: group,
    }
}

/// The text blocks of an unnumbered part that are not inside its own numbered parts; its
/// unnumbered sub-parts (one per annexed regulation) are part of its text.
fn collect_blocks_outside_parts(el: ElementRef<'_>, out: &mut Vec<Subsection>) {
    for child in el.child_elements() {
        if is_part(child.value()) && part_number(child).is_some() {
            continue;
        }
        collect_child(child, out);
    }
}

/// Collects the text blocks below `el` as subsections, in document order: `legalP`,
/// `numberedLegalP`, `defaultP`, tables, and the headers of sections quoted in amendments.
fn collect_blocks(el: ElementRef<'_>, out: &mut Vec<Subsection>) {
    for child in el.child_elements() {
        collect_child(child, out);
    }
}

/// One child of [`collect_blocks`]: a block, a list, or an element to look inside.
fn collect_child(child: ElementRef<'_>, out: &mut Vec<Subsection>) {
    let e = child.value();
    let name = e.name();
    if is_skipped(e)
        || has_class(e, "legalArticleHeader")
        || matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
    {
        return;
    }
    let is_block = has_class(e, "legalP")
        || has_class(e, "numberedLegalP")
        || has_class(e, "defaultP")
        || has_class(e, "futureLegalArticleHeader")
        || matches!(name, "p" | "table");
    if is_block {
        let numerator = child
            .attr("data-numerator")
            .and_then(|n| n.trim().parse().ok());
        let mut text = String::new();
        inline_text(child, &mut text);
        let mut text = clean_text(&text);
        if has_class(e, "numberedLegalP") {
            text = strip_numerator(&text);
        }
        let mut items = Vec::new();
        for list in lists_in(child) {
            list_items(list, "", &mut items);
        }
        if text.is_empty() && items.is_empty() {
            return;
        }
        let number = numerator.unwrap_or(next_number(out));
        out.push(Subsection {
            number,
            text,
            items,
        });
    } else if matches!(name, "ol" | "ul") {
        // A list outside any paragraph belongs to the paragraph before it.
        if out.is_empty() {
            out.push(Subsection {
                number: 1,
                text: String::new(),
                items: Vec::new(),
            });
        }
        if let Some(last) = out.last_mut() {
            list_items(child, "", &mut last.items);
        }
    } else {
        collect_blocks(child, out);
    }
}

fn next_number(subsections: &[Subsection]) -> u32 {
    subsections.last().map_or(1, |s| s.number + 1)
}

/// Removes the "(1) " that numbered subsections start with; the number is kept separately.
fn strip_numerator(text: &str) -> String {
    static NUMERATOR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\(\d+\s?[a-z]?\)\s*").expect("valid regex"));
    NUMERATOR.replace(text, "").into_owned()
}

/// The lists directly inside a block, not those nested in other lists.
fn lists_in(el: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    let mut lists = Vec::new();
    for child in el.child_elements() {
        let e = child.value();
        if is_skipped(e) {
            continue;
        }
        if matches!(e.name(), "ol" | "ul") {
            lists.push(child);
        } else {
            lists.extend(lists_in(child));
        }
    }
    lists
}

/// The items of a list; nested lists follow their item with path labels ("a.1").
fn list_items(list: ElementRef<'_>, prefix: &str, out: &mut Vec<Item>) {
    let lis = list.child_elements().filter(|c| c.value().name() == "li");
    for (index, li) in lis.enumerate() {
        let raw = li
            .attr("data-name")
            .or_else(|| li.attr("value"))
            .map(|l| {
                l.trim()
                    .trim_start_matches('(')
                    .trim_end_matches(['.', ')'])
                    .to_owned()
            })
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| (index + 1).to_string());
        let label = format!("{prefix}{raw}");
        let mut text = String::new();
        inline_text(li, &mut text);
        out.push(Item {
            label: label.clone(),
            text: clean_text(&text),
        });
        for nested in lists_in(li) {
            list_items(nested, &format!("{label}."), out);
        }
    }
}

/// Appends the running text below `el`, leaving out lists (they become items), amendment
/// notes and footnotes, and putting spaces between block elements.
fn inline_text(el: ElementRef<'_>, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(e) => {
                if is_skipped(e) || matches!(e.name(), "ol" | "ul") {
                    continue;
                }
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                let block = !matches!(
                    e.name(),
                    "a" | "i"
                        | "b"
                        | "em"
                        | "strong"
                        | "span"
                        | "sub"
                        | "sup"
                        | "u"
                        | "abbr"
                        | "small"
                        | "s"
                        | "del"
                        | "ins"
                        | "q"
                        | "cite"
                );
                if block {
                    out.push(' ');
                }
                inline_text(child, out);
                if block {
                    out.push(' ');
                }
            }
            _ => {}
        }
    }
}

/// All text below `el`, for headers and metadata.
fn plain_text(el: ElementRef<'_>) -> String {
    let mut out = String::new();
    for piece in el.text() {
        out.push_str(piece);
    }
    out
}

/// The text of the first heading element directly inside a chapter.
fn heading_of(section: ElementRef<'_>) -> Option<String> {
    section
        .child_elements()
        .find(|c| matches!(c.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
        .and_then(|h| clean_opt(&plain_text(h)))
}

/// "Kapittel 1. Alminnelige bestemmelser" → "Alminnelige bestemmelser"; a heading that is
/// only the chapter number is kept as it is.
fn strip_chapter_prefix(heading: &str) -> String {
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[Kk]apittel|[Kk]ap\.)\s*(?:\d+|[IVXLCDM]+)(?:\s?[A-Za-z])?\s*[.:]\s*")
            .expect("valid regex")
    });
    static BARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[Kk]apittel|[Kk]ap\.)\s*(?:\d+|[IVXLCDM]+)\s+").expect("valid regex")
    });
    let rest = PREFIX.replace(heading, "");
    let rest = if rest.len() == heading.len() {
        BARE.replace(heading, "")
    } else {
        rest
    };
    clean_opt(&rest).unwrap_or_else(|| heading.to_owned())
}

/// Elements that are not text of the act: amendment notes, footnotes, page furniture.
fn is_skipped(e: &Element) -> bool {
    matches!(e.name(), "header" | "footer" | "script" | "style" | "nav")
        || e.classes().any(|c| {
            matches!(
                c,
                "changesToParent" | "footnotes" | "footnote" | "footnotereference"
            )
        })
}

fn has_class(e: &Element, class: &str) -> bool {
    e.classes().any(|c| c == class)
}

/// The first element below `root` (in document order) that matches.
fn find<'a>(root: ElementRef<'a>, matches: &dyn Fn(&Element) -> bool) -> Option<ElementRef<'a>> {
    root.descendent_elements().find(|e| matches(e.value()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up act in Lovdata's structure: two chapters, one with a sub-chapter, plain
    /// and numbered subsections, a nested list, an amendment note and a footnote.
    const ACT: &str = r##"<!DOCTYPE html><html lang="no"><head><title>Lov om prøving (prøveloven)</title><base href="https://lovdata.no/" /></head><body>
<header class="documentHeader"><dl class="data-document-key-info">
<dt class="legacyID">Datokode</dt><dd class="legacyID">LOV-2001-02-03-4</dd>
<dt class="dokid">DokumentID</dt><dd class="dokid">NL/lov/2001-02-03-4</dd>
<dt class="ministry">Departement</dt><dd class="ministry"><ul><li>Testdepartementet</li><li>Prøvedepartementet</li></ul></dd>
<dt class="dateInForce">I kraft fra</dt><dd class="dateInForce">2002-01-01</dd>
<dt class="lastChangeInForce">Siste</dt><dd class="lastChangeInForce">2020-07-01</dd>
<dt class="titleShort">Korttittel</dt><dd class="titleShort">Prøveloven – prl</dd>
<dt class="title">Tittel</dt><dd class="title">Lov om prøving (prøveloven)</dd>
<dt class="refid">RefID</dt><dd class="refid">lov/2001-02-03-4</dd>
<dt class="table-of-contents">Innhold</dt><dd class="table-of-contents"><ul><li><a href="#kapittel-1">Kapittel 1</a></li></ul></dd>
</dl></header>
<main class="documentBody" id="dokument"><h1>Lov om prøving (prøveloven)</h1>
<section class="section" data-name="kap1" id="kapittel-1"><h2>Kapittel 1. Innledende  regler</h2>
<article class="legalArticle" data-name="§1-1" id="kapittel-1-paragraf-1"><h3 class="legalArticleHeader"><span class="legalArticleValue">§ 1-1</span>. <span class="legalArticleTitle">Virkeområde</span></h3>
<article class="legalP" id="kapittel-1-paragraf-1-ledd-1">Loven gjelder
  prøver, jf. <a href="lov/2001-02-03-4/§2-1">§ 2-1</a>.</article>
<article class="legalP" id="kapittel-1-paragraf-1-ledd-2">Loven gjelder ikke<ol class="defaultList" type="a">
<li data-name="a." value="1"><article class="listArticle"><article class="legalP">skisser, eller</article></article></li>
<li data-name="b." value="2"><article class="listArticle"><article class="legalP">utkast som gjelder<ol class="defaultList" type="1"><li data-name="1." value="1"><article class="listArticle"><article class="legalP">tegninger</article></article></li></ol></article></article></li>
</ol></article>
<article class="changesToParent">Endret ved lov 1 jan 2020 nr. 1.</article>
</article>
<article class="legalArticle" data-name="§1-1a" id="kapittel-1-paragraf-2"><h3 class="legalArticleHeader"><span class="legalArticleValue">§ 1-1a</span>. <span class="legalArticleTitle"></span></h3>
<article class="legalP">Tekst.<sup class="footnotereference">1</sup></article>
<footer class="footnotes"><article class="footnote"><span class="footnoteLabel">1</span> Fotnote.</article></footer>
</article>
</section>
<section class="section" data-name="kapII" id="kapittel-2"><h2>Kapittel II. Prøver</h2>
<section class="section" id="kapittel-2-kapittel-1"><h3>Særlige prøver</h3>
<article class="legalArticle" data-name="§2-1" id="kapittel-2-kapittel-1-paragraf-1"><h4 class="legalArticleHeader"><span class="legalArticleValue">§ 2-1</span>. <span class="legalArticleTitle">Prøver</span></h4>
<article class="numberedLegalP" data-numerator="1">(1) Første ledd.</article>
<article class="numberedLegalP" data-numerator="2">(2) Andre ledd.</article>
</article></section></section>
</main></body></html>"##;

    const AMENDING: &str = r##"<!DOCTYPE html><html lang="no"><head><base href="https://lovdata.no/" /></head><body>
<header class="documentHeader"><dl class="data-document-key-info">
<dt class="legacyID">Datokode</dt><dd class="legacyID">LOV-2024-05-06-7</dd>
<dt class="dateInForce">I kraft fra</dt><dd class="dateInForce">2024-07-01, Kongen bestemmer</dd>
<dt class="titleShort">Korttittel</dt><dd class="titleShort">Endringslov til prøveloven</dd>
<dt class="title">Tittel</dt><dd class="title">Lov om endringer i prøveloven</dd>
<dt class="refid">RefID</dt><dd class="refid">lov/2024-05-06-7</dd>
</dl></header>
<main class="documentBody"><h1>Lov om endringer i prøveloven</h1>
<section class="section" data-name="kapI" id="kapittel-1"><h2>I</h2>
<article class="defaultP">I lov om prøving gjøres følgende endringer:</article>
<article class="change"><article class="futureLegalArticle" data-name="§3"><span class="futureLegalArticleHeader"><span class="legalArticleValue">§ 3</span>. <span class="legalArticleTitle">Ny</span></span>
<article class="legalP">Ny tekst.</article></article></article>
</section>
<section class="section" data-name="kapII" id="kapittel-2"><h2>II</h2>
<article class="legalP">Loven gjelder fra den tiden Kongen bestemmer.</article>
</section></main></body></html>"##;

    #[test]
    fn reads_metadata() {
        let doc = parse("nl-20010203-004.xml", ACT.as_bytes()).unwrap();
        let act = &doc.act;
        assert_eq!(act.jurisdiction, Jurisdiction::No);
        assert_eq!(act.kind, ActKind::Act);
        assert_eq!(act.id, "LOV-2001-02-03-4");
        assert_eq!(act.refid.as_deref(), Some("lov/2001-02-03-4"));
        assert_eq!(act.title, "Lov om prøving (prøveloven)");
        assert_eq!(act.short_title.as_deref(), Some("Prøveloven"));
        assert_eq!(act.abbreviation.as_deref(), Some("prl"));
        assert_eq!(
            act.ministry.as_deref(),
            Some("Testdepartementet; Prøvedepartementet")
        );
        assert_eq!(act.date_in_force.as_deref(), Some("2002-01-01"));
        assert_eq!(act.date_signed.as_deref(), Some("2001-02-03"));
        assert_eq!(act.date_last_change.as_deref(), Some("2020-07-01"));
        assert_eq!(
            act.url.as_deref(),
            Some("https://lovdata.no/dokument/NL/lov/2001-02-03-4")
        );
        assert!(act.in_force);
    }

    #[test]
    fn reads_sections_subsections_and_items() {
        let doc = parse("nl-20010203-004.xml", ACT.as_bytes()).unwrap();
        let labels: Vec<&str> = doc.sections.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["§ 1-1", "§ 1-1a", "§ 2-1"]);

        let first = &doc.sections[0];
        assert_eq!(first.chapter.as_deref(), Some("1"));
        assert_eq!(first.chapter_heading.as_deref(), Some("Innledende regler"));
        assert_eq!(first.section, "1-1");
        assert_eq!(first.heading.as_deref(), Some("Virkeområde"));
        assert_eq!(
            first.subsections.len(),
            2,
            "the amendment note is not a subsection"
        );
        assert_eq!(
            first.subsections[0].text,
            "Loven gjelder prøver, jf. § 2-1."
        );
        let second = &first.subsections[1];
        assert_eq!(second.number, 2);
        assert_eq!(second.text, "Loven gjelder ikke");
        let items: Vec<(&str, &str)> = second
            .items
            .iter()
            .map(|i| (i.label.as_str(), i.text.as_str()))
            .collect();
        assert_eq!(
            items,
            [
                ("a", "skisser, eller"),
                ("b", "utkast som gjelder"),
                ("b.1", "tegninger")
            ]
        );

        let footnoted = &doc.sections[1];
        assert_eq!(footnoted.heading, None);
        assert_eq!(footnoted.subsections[0].text, "Tekst.");
        assert_eq!(footnoted.subsections.len(), 1);

        let nested = &doc.sections[2];
        assert_eq!(nested.chapter.as_deref(), Some("II"));
        assert_eq!(nested.chapter_heading.as_deref(), Some("Prøver"));
        let texts: Vec<(u32, &str)> = nested
            .subsections
            .iter()
            .map(|s| (s.number, s.text.as_str()))
            .collect();
        assert_eq!(texts, [(1, "Første ledd."), (2, "Andre ledd.")]);
    }

    #[test]
    fn amending_acts_have_roman_parts_and_are_not_in_force() {
        let doc = parse("nl-20240506-007.xml", AMENDING.as_bytes()).unwrap();
        assert_eq!(doc.act.kind, ActKind::AmendingAct);
        assert!(!doc.act.in_force);
        assert_eq!(doc.act.date_in_force.as_deref(), Some("2024-07-01"));
        let parts: Vec<&str> = doc.sections.iter().map(|s| s.section.as_str()).collect();
        assert_eq!(parts, ["I", "II"]);
        let texts: Vec<&str> = doc.sections[0]
            .subsections
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(
            texts,
            [
                "I lov om prøving gjøres følgende endringer:",
                "§ 3. Ny",
                "Ny tekst."
            ]
        );
        assert_eq!(doc.sections[0].chapter, None);
    }

    /// An amending regulation as Lovtidend prints it: Roman parts, then an unnumbered part
    /// that is only a heading with the annexed regulations' own parts after it, or one that
    /// holds them, and an unnumbered part of corrections with text of its own.
    fn amending_with_unnumbered(nested: bool) -> String {
        let head = r##"<!DOCTYPE html><html lang="no"><head></head><body>
<header class="documentHeader"><dl class="data-document-key-info">
<dt class="legacyID">Datokode</dt><dd class="legacyID">FOR-2025-01-02-3</dd>
<dt class="title">Tittel</dt><dd class="title">Forskrift om endring i prøveforskriften</dd>
</dl></header>
<main class="documentBody"><h1>Forskrift om endring i prøveforskriften</h1>
<section class="section" data-name="kapI" id="kapittel-1"><h2>I</h2>
<article class="defaultP">I prøveforskriften gjøres denne endringen.</article></section>
<section class="section" data-name="kapII" id="kapittel-2"><h2>II</h2>
<article class="defaultP">Endringen gjelder straks.</article></section>
"##;
        let annex = r##"<section class="section" data-name="kapI" id="x-1"><h3>I</h3>
<article class="defaultP">Første vedlagte forordning.</article></section>
<section class="section" data-name="kapII" id="x-2"><h3>II</h3>
<article class="defaultP">Andre vedlagte forordning.</article></section>
"##;
        let middle = if nested {
            format!(
                r#"<section class="section" id="kapittel-3"><h2>Forordninger</h2>{annex}</section>"#
            )
        } else {
            format!(
                r#"<section class="section" id="kapittel-3"><h2>Forordninger</h2></section>{annex}"#
            )
        };
        let tail = r##"<section class="section" id="kapittel-9"><h2>Rettelser</h2>
<article class="defaultP">Det som er rettet er satt i kursiv.</article></section></main></body></html>"##;
        format!("{head}{middle}{tail}")
    }

    #[test]
    fn an_amending_acts_unnumbered_parts_keep_their_own_parts() {
        for nested in [false, true] {
            let doc = parse(
                "sf-20250102-0003.xml",
                amending_with_unnumbered(nested).as_bytes(),
            )
            .unwrap();
            assert_eq!(doc.act.kind, ActKind::AmendingAct);
            let labels: Vec<&str> = doc.sections.iter().map(|s| s.label.as_str()).collect();
            assert_eq!(
                labels,
                ["I", "II", "Forordninger I", "Forordninger II", "Rettelser"],
                "nested: {nested}"
            );
            let annexed = &doc.sections[3];
            assert_eq!(annexed.chapter.as_deref(), Some("Forordninger"));
            assert_eq!(annexed.section, "II");
            assert_eq!(annexed.subsections[0].text, "Andre vedlagte forordning.");
            assert_eq!(doc.sections[4].chapter, None);
            assert_eq!(
                doc.sections[4].subsections[0].text,
                "Det som er rettet er satt i kursiv."
            );
        }
    }

    #[test]
    fn a_document_with_chapters_and_no_articles_keeps_its_text() {
        let html = r##"<html><body><header class="documentHeader"><dl class="data-document-key-info">
<dt class="legacyID">Datokode</dt><dd class="legacyID">FOR-2025-01-31-127</dd>
<dt class="title">Tittel</dt><dd class="title">Delegering av myndighet til prøvestyret</dd>
</dl></header><main class="documentBody"><h1>Delegering</h1>
<section class="section" data-name="kap1" id="kapittel-1"><h2>1</h2><p>Myndigheten delegeres.</p></section>
<section class="section" data-name="kap2" id="kapittel-2"><h2>2</h2><p>Dette omfatter:</p>
<section class="section" data-name="kap2.1" id="kapittel-2-kapittel-1"><h3>2.1</h3><p>Tillatelser.</p></section></section>
<section class="section" id="kapittel-3"><h2>Ikrafttredelse</h2><p>Gjelder straks.</p></section>
</main></body></html>"##;
        let doc = parse("sf-20250131-0127.xml", html.as_bytes()).unwrap();
        let labels: Vec<&str> = doc.sections.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["1", "2", "Ikrafttredelse"]);
        let texts: Vec<&str> = doc.sections[1]
            .subsections
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(texts, ["Dette omfatter:", "Tillatelser."]);
    }

    #[test]
    fn a_document_of_plain_text_is_one_section() {
        let html = r##"<html><body><header class="documentHeader"><dl class="data-document-key-info">
<dt class="legacyID">Datokode</dt><dd class="legacyID">FOR-2025-10-24-2091</dd>
<dt class="title">Tittel</dt><dd class="title">Oppdatering av en delegering</dd>
</dl></header><main class="documentBody"><h1>Oppdatering</h1>
<article class="legalP" id="ledd-1">Departementet har endret delegeringen.</article>
<article class="legalP" id="ledd-2">Ordlyden blir slik:<ul class="defaultList"><li data-name="1."><article class="listArticle">Første punkt.</article></li></ul></article>
</main></body></html>"##;
        let doc = parse("sf-20251024-2091.xml", html.as_bytes()).unwrap();
        assert_eq!(doc.sections.len(), 1);
        let whole = &doc.sections[0];
        assert_eq!(whole.label, WHOLE);
        assert_eq!(whole.subsections.len(), 2);
        assert_eq!(whole.subsections[1].items.len(), 1);
    }

    #[test]
    fn an_amendment_of_a_regulation_is_amending_whatever_the_preposition() {
        assert!(is_amending(
            "Forskrift om endring av forskrift om prøving",
            None
        ));
        assert!(is_amending("Lov om endringer i prøveloven", None));
        assert!(!is_amending("Forskrift om endringsmeldinger", None));
    }

    #[test]
    fn other_html_is_not_lovdata() {
        let err = parse("page.html", b"<html><body><p>Hei</p></body></html>").unwrap_err();
        assert!(matches!(err, LawError::NotFormat { ref file, .. } if file == "page.html"));
        assert!(err.to_string().contains("documentBody"), "{err}");
        let err = parse("bad.xml", b"<main class=\"documentBody\"></main>").unwrap_err();
        assert!(err.to_string().contains("legacyID"), "{err}");
    }
}
