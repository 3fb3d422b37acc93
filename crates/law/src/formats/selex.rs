//! The reader for Swedish statutes (SFS) as the se-lex project publishes them: one Markdown
//! file per act, a YAML front matter (`beteckning`, `rubrik`, `departement`, the dates and
//! the list of amending acts, `andringsforfattningar`) and a body whose headings carry the
//! structure: "## 1 kap. Rubrik" opens a chapter, a heading "1 §" or "2 a §" (at whatever
//! level) opens a section, and any other heading is the heading of the sections after it.
//! Paragraphs are the section's stycken; paragraphs starting "1.", "a)" or "–" are items of
//! the stycke before them. Links to cited provisions are read as their text.
//!
//! Older acts show the conversion's seams, which are read as a lawyer reads the act: one
//! heading per moment with the section's number ("### 3 §" for "1 mom." and again for "2
//! mom.") is one section; a heading right under a section's number is its heading;
//! typesetting marks before a heading ("/k/ /-k/ 38 §") are dropped; a citation line made a
//! heading ("## 7 kap. 23 §, eller", "#### 7 §" after 8 §) is text of the section; and
//! "1 §" again in a chapter that has sections opens the next chapter, whose heading was lost.
//!
//! The document comes out as the SFS reader's does (act id "2017:725", the title with its
//! number, chapters, labels "1 §"), so that citations and cases name the same provisions
//! whichever publication was read. A file with a front matter and no text (se-lex keeps an
//! act no longer in force that way) is refused as having no sections; an act repealed by
//! an amending act noted "upph." on or before the hint's date, or past its `utgar_datum`,
//! is read but marked as not in force.

use std::sync::LazyLock;

use regex::Regex;

use super::sfs::{
    CHAPTER, END, SECTION, SfsHint, Version, add_line, is_division, keep_versions, kind_of,
    number_on_across_chapters, push_subsection, section_key, space_letter, strip_amendment_note,
    today, version_mark,
};
use super::{LawError, iso_date, utf8};
use crate::model::{Act, Document, Jurisdiction, Section, clean_opt, clean_text};

const EXPECTED: &str = "an SFS Markdown document (se-lex)";

/// Whether the first bytes of a file are a se-lex document: a front matter that names the
/// SFS number.
pub fn looks_like(head: &str) -> bool {
    let head = head.trim_start_matches('\u{feff}').trim_start();
    head.starts_with("---")
        && head
            .lines()
            .skip(1)
            .take_while(|line| line.trim_end() != "---")
            .any(|line| line.starts_with("beteckning:"))
}

/// Parses one se-lex Markdown document.
pub fn parse(name: &str, bytes: &[u8], hint: &SfsHint) -> Result<Document, LawError> {
    let text = utf8(name, bytes, EXPECTED)?;
    let (front, body) = split_front_matter(text)
        .ok_or_else(|| LawError::not_format(name, EXPECTED, "no front matter between \"---\""))?;
    let front = FrontMatter::read(front);
    let sfs = hint
        .sfs
        .clone()
        .or_else(|| front.get("beteckning"))
        .map(|s| clean_text(&s))
        .ok_or_else(|| LawError::not_format(name, EXPECTED, "no \"beteckning\" (SFS number)"))?;
    let on = hint.on.clone().unwrap_or_else(today);
    let lines: Vec<String> = body.lines().map(|l| unlink(l.trim())).collect();
    let (sections, other_versions) = keep_versions(Body::default().parse(&lines), &on);
    let sections = number_on_across_chapters(sections);
    if sections.is_empty() {
        let reason = if body.trim().is_empty() {
            "only the front matter, no text (how se-lex keeps an act no longer in force)"
        } else if body.contains("Automatisk konvertering inte tillgänglig") {
            "se-lex publishes this act without its text (its structure was not converted)"
        } else {
            "no sections (headings \"1 §\")"
        };
        return Err(LawError::not_format(name, EXPECTED, reason));
    }
    let title = hint
        .title
        .clone()
        .or_else(|| front.get("rubrik").map(|r| numbered_title(&r, &sfs)))
        .unwrap_or_else(|| format!("SFS {sfs}"));
    let title = clean_text(&title);
    let mut act = Act::new(Jurisdiction::Se, kind_of(&title), sfs.clone(), title);
    act.ministry = front.get("departement").and_then(|d| clean_opt(&d));
    act.date_signed = front.get("utfardad_datum").and_then(|d| iso_date(&d));
    act.date_in_force = front.get("ikraft_datum").and_then(|d| iso_date(&d));
    act.date_last_change = front
        .amendments
        .iter()
        .filter_map(|a| a.in_force.clone())
        .filter(|d| d.as_str() <= on.as_str())
        .max();
    act.url = Some(format!(
        "https://selex.se/eli/sfs/{}",
        sfs.replace(':', "/").replace(' ', "")
    ));
    let repeal = front
        .amendments
        .iter()
        .find(|a| a.repeals_the_act() && a.in_force.as_deref().is_none_or(|d| d <= on.as_str()));
    if let Some(repeal) = repeal {
        act.status = Some(format!("Upphävd genom SFS {}", repeal.sfs));
        act.in_force = false;
    } else if let Some(until) = front.get("utgar_datum").and_then(|d| iso_date(&d))
        && until.as_str() <= on.as_str()
    {
        act.status = Some(format!("Upphörde att gälla {until}"));
        act.in_force = false;
    }
    if !other_versions.is_empty() {
        let note = format!(
            "Andra lydelser än den som gäller {on}: {}",
            other_versions.join(", ")
        );
        act.status = Some(match act.status.take() {
            Some(status) => format!("{status}. {note}"),
            None => note,
        });
    }
    Ok(Document { act, sections })
}

/// The front matter's text and the body after it.
fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_start_matches('\u{feff}').trim_start();
    let rest = text.strip_prefix("---")?;
    let rest = rest.strip_prefix('\r').unwrap_or(rest).strip_prefix('\n')?;
    let mut at = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some((&rest[..at], &rest[at + line.len()..]));
        }
        at += line.len();
    }
    // A file cut after its front matter's last line, without the closing "---" line's
    // newline, is still whole.
    (rest[at..].trim_end() == "---").then(|| (&rest[..at], ""))
}

/// An amending act listed in the front matter.
#[derive(Debug, Default)]
struct Amendment {
    sfs: String,
    in_force: Option<String>,
    notes: String,
}

impl Amendment {
    /// "upph." alone repeals the whole act; "upph. 3 §" only a section.
    fn repeals_the_act(&self) -> bool {
        let notes = self.notes.trim().trim_end_matches('.').to_lowercase();
        notes == "upph"
    }
}

/// The keys of the front matter that the reader uses, read line by line: the format has
/// top-level `key: value` pairs and one list of amending acts, so a YAML library is not
/// needed.
#[derive(Debug, Default)]
struct FrontMatter {
    fields: Vec<(String, String)>,
    amendments: Vec<Amendment>,
}

impl FrontMatter {
    fn read(text: &str) -> Self {
        let mut front = Self::default();
        for line in text.lines() {
            let indented = line.starts_with([' ', '\t']);
            let trimmed = line.trim();
            let (is_item, pair) = match trimmed.strip_prefix("- ") {
                Some(rest) => (true, rest),
                None => (false, trimmed),
            };
            let Some((key, value)) = pair.split_once(':') else {
                continue;
            };
            let (key, value) = (key.trim(), unquote(value.trim()));
            if !indented && !is_item {
                front.fields.push((key.to_owned(), value));
                continue;
            }
            if is_item {
                front.amendments.push(Amendment::default());
            }
            let Some(amendment) = front.amendments.last_mut() else {
                continue;
            };
            match key {
                "beteckning" => amendment.sfs = value,
                "ikraft_datum" => amendment.in_force = iso_date(&value),
                "anteckningar" => amendment.notes = value,
                _ => {}
            }
        }
        front
    }

    fn get(&self, key: &str) -> Option<String> {
        self.fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
    }
}

/// A YAML scalar without its quotes.
fn unquote(value: &str) -> String {
    if let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        inner.replace("\\\"", "\"").replace("\\\\", "\\")
    } else if let Some(inner) = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
        inner.replace("''", "'")
    } else {
        value.to_owned()
    }
}

/// The title as the Riksdag writes it, with the SFS number: "Lag om prov" becomes
/// "Lag (2099:1) om prov", "Provlag" becomes "Provlag (2099:1)". A note on the title's
/// own validity ("/Rubriken upphör att gälla U:…/") is left out.
fn numbered_title(rubrik: &str, sfs: &str) -> String {
    static MARK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"/Rubriken [^/]*/").expect("valid regex"));
    let rubrik = clean_text(&MARK.replace_all(rubrik, " "));
    if rubrik.contains(&format!("({sfs})")) {
        return rubrik;
    }
    let mut words = rubrik.splitn(2, ' ');
    let first = words.next().unwrap_or_default();
    match words.next() {
        Some(rest) if rest.split(' ').next().is_some_and(is_joining_word) => {
            format!("{first} ({sfs}) {rest}")
        }
        _ => format!("{rubrik} ({sfs})"),
    }
}

fn is_joining_word(word: &str) -> bool {
    matches!(
        word,
        "om" | "med" | "för" | "angående" | "till" | "i" | "av" | "rörande" | "enligt" | "den"
    )
}

/// A heading without the typesetting marks that some converted older acts keep before it
/// ("/k/ /-k/ 38 §", "/r2/ Inledande föreskrifter").
fn strip_markers(heading: &str) -> &str {
    static MARKS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:/-?[a-z]{1,2}\d?/\s*)+").expect("valid regex"));
    MARKS.find(heading).map_or(heading, |m| &heading[m.end()..])
}

/// A line with each Markdown link replaced by its text.
fn unlink(line: &str) -> String {
    static LINK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\[([^\]]*)\]\([^)\s]*\)").expect("valid regex"));
    LINK.replace_all(line, "$1").into_owned()
}

/// The walk over the body: headings give the structure, paragraphs the text.
#[derive(Default)]
struct Body {
    chapter: Option<String>,
    chapter_heading: Option<String>,
    chapter_version: Option<Version>,
    pending_heading: Option<String>,
    current: Option<Section>,
    current_version: Option<Version>,
    sections: Vec<(Section, Option<Version>)>,
}

static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(#{1,6})\s+(.*?)\s*#*$").expect("valid regex"));

impl Body {
    fn parse(mut self, lines: &[String]) -> Vec<(Section, Option<Version>)> {
        let mut block_start = true;
        for line in lines {
            if line.is_empty() {
                block_start = true;
                continue;
            }
            let starts = std::mem::replace(&mut block_start, false);
            if let Some(caps) = HEADING.captures(line) {
                block_start = true;
                if caps[1].len() == 1 {
                    // The title, which the front matter also gives.
                    continue;
                }
                if !self.heading(&clean_text(strip_markers(&caps[2]))) {
                    break;
                }
                continue;
            }
            self.text(line, starts);
        }
        self.finish();
        self.sections
    }

    /// Takes a heading; false when it ends the body (transitional provisions, annexes).
    fn heading(&mut self, text: &str) -> bool {
        if END.is_match(text) || text.starts_with("Övergångsbestämmelse") {
            return false;
        }
        if let Some(caps) = CHAPTER.captures(text)
            && !caps.get(2).is_some_and(|h| h.as_str().contains('§'))
        {
            self.finish();
            self.chapter = Some(space_letter(&caps[1]));
            let (version, heading) = version_mark(caps.get(2).map_or("", |h| h.as_str()));
            self.chapter_version = version;
            self.chapter_heading = clean_opt(heading);
            self.pending_heading = None;
            return true;
        }
        if let Some(caps) = SECTION.captures(text) {
            let (version, rest) = version_mark(caps.get(2).map_or("", |r| r.as_str().trim()));
            let number = space_letter(&caps[1]);
            // se-lex splits a section with moments ("1 mom.", "2 mom.") into one heading
            // per moment, all with the section's number: they are one section.
            if version.is_none()
                && self.current_version.is_none()
                && let Some(current) = self.current.as_mut()
                && current.section == number
                && current.chapter == self.chapter
            {
                if !rest.trim().is_empty() {
                    push_subsection(current, rest);
                }
                return true;
            }
            self.open_lost_chapter(&number, version.as_ref());
            // A number lower than the last section's in the chapter, with no version mark,
            // is a citation that the conversion made a heading ("#### 7 §" after 8 §).
            if version.is_none()
                && self.chapter_version.is_none()
                && let Some(last) = self.last_in_chapter()
                && section_key(&number) <= section_key(&last)
                && let Some(current) = self.current.as_mut()
            {
                add_line(current, text, false, false);
                return true;
            }
            self.finish();
            self.current_version = version.or_else(|| self.chapter_version.clone());
            let mut section = Section {
                chapter: self.chapter.clone(),
                label: format!("{number} §"),
                section: number,
                heading: self.pending_heading.take(),
                subsections: Vec::new(),
                chapter_heading: self.chapter_heading.clone(),
            };
            if !rest.trim().is_empty() {
                push_subsection(&mut section, rest);
            }
            self.current = Some(section);
            return true;
        }
        // A heading right under a section's number, before its text, is that section's
        // heading (some older acts put it there: "### 1 §", "## Tillämpningsområde").
        if let Some(current) = self.current.as_mut()
            && current.subsections.is_empty()
            && current.heading.is_none()
            && !is_division(text)
        {
            current.heading = clean_opt(text);
            return true;
        }
        // A line of text that the conversion made a heading: "## 7 kap. 23 §, eller" is
        // a citation inside the section being read, not the start of chapter 7.
        if CHAPTER.is_match(text)
            && let Some(current) = self.current.as_mut()
        {
            add_line(current, text, false, false);
            return true;
        }
        self.finish();
        let lower = text.to_lowercase();
        if is_division(text) || lower.ends_with("avdelningen") || lower.starts_with("avdelning ") {
            self.pending_heading = None;
        } else if self.chapter.is_some()
            && self.chapter_heading.is_none()
            && self.sections_in_chapter() == 0
        {
            // "## 1 kap." with its heading under it.
            self.chapter_heading = clean_opt(text);
        } else {
            self.pending_heading = clean_opt(text);
        }
        true
    }

    /// Sections that start again at "1 §" in a numbered chapter, with no version mark, are
    /// the next chapter, whose heading the conversion lost (se-lex's kommunallag 1977:179
    /// goes from 2 kap. 30 § to "1 §" and on to "3 a kap."): without this they would take
    /// the places of the chapter's own sections.
    fn open_lost_chapter(&mut self, number: &str, version: Option<&Version>) {
        if number != "1" || version.is_some() || self.chapter_version.is_some() {
            return;
        }
        let Some(chapter) = self.chapter.as_deref().and_then(|c| c.parse::<u32>().ok()) else {
            return;
        };
        if self.sections_in_chapter() == 0 {
            return;
        }
        self.chapter = Some((chapter + 1).to_string());
        self.chapter_heading = None;
    }

    /// The number of the last section read in the current chapter.
    fn last_in_chapter(&self) -> Option<String> {
        self.current
            .as_ref()
            .filter(|s| s.chapter == self.chapter)
            .or_else(|| {
                self.sections
                    .last()
                    .map(|(s, _)| s)
                    .filter(|s| s.chapter == self.chapter)
            })
            .map(|s| s.section.clone())
    }

    fn sections_in_chapter(&self) -> usize {
        self.sections
            .iter()
            .filter(|(s, _)| s.chapter == self.chapter)
            .count()
    }

    /// A line of a paragraph: a new stycke, an item of the stycke before, or the rest of a
    /// wrapped line. Text outside any section (a preamble) is not kept.
    fn text(&mut self, line: &str, starts: bool) {
        let Some(section) = self.current.as_mut() else {
            return;
        };
        add_line(section, line, starts, starts);
    }

    fn finish(&mut self) {
        let Some(mut section) = self.current.take() else {
            return;
        };
        strip_amendment_note(&mut section);
        let version = self.current_version.take();
        self.sections.push((section, version));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActKind;

    /// A made-up act in se-lex's layout.
    const ACT: &str = r#"---
beteckning: 2099:12
rubrik: Lag om provverksamhet
departement: Provdepartementet
utfardad_datum: 2099-06-22
ikraft_datum: 2100-01-01
pdf_url: https://example.org/2099-12.pdf
andringsforfattningar:
  - beteckning: "2100:3"
    rubrik: "Lag (2100:3) om ändring i lagen (2099:12) om provverksamhet"
    ikraft_datum: 2100-07-01
    anteckningar: "upph. 1 kap. 3 §; ändr. 1 kap. 1 §"
---

# Lag om provverksamhet

## 1 kap. Inledande bestämmelser

### Lagens innehåll

#### 1 §

Denna lag gäller prov som anordnas av en [kommun](https://selex.se/eli/sfs/2017/725#kap1.1).

Lagen gäller också

1. skriftliga prov,

2. muntliga prov som
fortsätter här, och

3. övriga prov. Lag ([2100:3](https://selex.se/eli/sfs/2100/3)).

#### 2 a §

Med prov avses enligt [1 §](#kap1.1) även förhör.

## 2 kap.

### Särskilda prov

#### 1 §

Kommunen ska pröva ansökan.

Utan hinder av [3 kap. 5 §](https://selex.se/eli/sfs/2010/800#kap3.5) skollagen ([2010:800](https://selex.se/eli/sfs/2010/800)) får provet göras muntligt.

## Övergångsbestämmelser

### 2099:12

1. Denna lag träder i kraft den 1 januari 2100.

#### 3 §

Äldre föreskrifter gäller.
"#;

    fn on(day: &str) -> SfsHint {
        SfsHint {
            on: Some(day.into()),
            ..SfsHint::default()
        }
    }

    #[test]
    fn reads_the_front_matter() {
        let doc = parse("2099/sfs-2099-12.md", ACT.as_bytes(), &on("2101-01-01")).unwrap();
        let act = &doc.act;
        assert_eq!(act.jurisdiction, Jurisdiction::Se);
        assert_eq!(act.kind, ActKind::Act);
        assert_eq!(act.id, "2099:12");
        assert_eq!(act.title, "Lag (2099:12) om provverksamhet");
        assert_eq!(act.ministry.as_deref(), Some("Provdepartementet"));
        assert_eq!(act.date_signed.as_deref(), Some("2099-06-22"));
        assert_eq!(act.date_in_force.as_deref(), Some("2100-01-01"));
        assert_eq!(act.date_last_change.as_deref(), Some("2100-07-01"));
        assert_eq!(act.url.as_deref(), Some("https://selex.se/eli/sfs/2099/12"));
        assert!(
            act.in_force,
            "repealing one section does not repeal the act"
        );
        assert_eq!(act.status, None);
    }

    #[test]
    fn reads_chapters_headings_and_stycken() {
        let doc = parse("x.md", ACT.as_bytes(), &on("2101-01-01")).unwrap();
        let labels: Vec<(Option<&str>, &str)> = doc
            .sections
            .iter()
            .map(|s| (s.chapter.as_deref(), s.label.as_str()))
            .collect();
        assert_eq!(
            labels,
            [(Some("1"), "1 §"), (Some("1"), "2 a §"), (Some("2"), "1 §")],
            "the transitional provisions are not sections"
        );
        let first = &doc.sections[0];
        assert_eq!(
            first.chapter_heading.as_deref(),
            Some("Inledande bestämmelser")
        );
        assert_eq!(first.heading.as_deref(), Some("Lagens innehåll"));
        assert_eq!(
            first.subsections[0].text,
            "Denna lag gäller prov som anordnas av en kommun."
        );
        assert_eq!(first.subsections[1].text, "Lagen gäller också");
        let items: Vec<(&str, &str)> = first.subsections[1]
            .items
            .iter()
            .map(|i| (i.label.as_str(), i.text.as_str()))
            .collect();
        assert_eq!(
            items,
            [
                ("1", "skriftliga prov,"),
                ("2", "muntliga prov som fortsätter här, och"),
                ("3", "övriga prov.")
            ],
            "wrapped lines join, the amendment note goes"
        );
        assert_eq!(doc.sections[1].section, "2 a");
        assert_eq!(doc.sections[1].heading, None);
        assert_eq!(
            doc.sections[1].subsections[0].text,
            "Med prov avses enligt 1 § även förhör."
        );
        let last = &doc.sections[2];
        assert_eq!(
            last.chapter_heading.as_deref(),
            Some("Särskilda prov"),
            "a chapter's heading may follow on its own"
        );
        assert_eq!(
            last.subsections[1].text,
            "Utan hinder av 3 kap. 5 § skollagen (2010:800) får provet göras muntligt.",
            "links are read as their text, so the citation stays"
        );
    }

    #[test]
    fn a_repealed_act_is_read_but_not_in_force() {
        let repealed = ACT.replace("\"upph. 1 kap. 3 §; ändr. 1 kap. 1 §\"", "upph.");
        let before = parse("x.md", repealed.as_bytes(), &on("2100-06-30")).unwrap();
        assert!(before.act.in_force, "the repeal is not yet in force");
        let after = parse("x.md", repealed.as_bytes(), &on("2100-07-01")).unwrap();
        assert!(!after.act.in_force);
        assert_eq!(
            after.act.status.as_deref(),
            Some("Upphävd genom SFS 2100:3")
        );
        assert_eq!(after.sections.len(), 3);

        let expiring = ACT.replace("pdf_url:", "utgar_datum: 2105-01-01\npdf_url:");
        assert!(
            parse("x.md", expiring.as_bytes(), &on("2104-12-31"))
                .unwrap()
                .act
                .in_force
        );
        let expired = parse("x.md", expiring.as_bytes(), &on("2105-01-01")).unwrap();
        assert!(!expired.act.in_force);
        assert_eq!(
            expired.act.status.as_deref(),
            Some("Upphörde att gälla 2105-01-01")
        );
    }

    #[test]
    fn sections_without_chapters_and_regulations() {
        let text = "---\nbeteckning: 2099:40\nrubrik: \"Förordning om prov, m.m.\"\n---\n\n# Förordning om prov, m.m.\n\n## Syfte\n\n## 1 §\n\nDenna förordning gäller prov.\n\n## 2 §\n\nText.\n";
        let doc = parse("x.md", text.as_bytes(), &on("2101-01-01")).unwrap();
        assert_eq!(doc.act.kind, ActKind::Regulation);
        assert_eq!(doc.act.title, "Förordning (2099:40) om prov, m.m.");
        let labels: Vec<(Option<&str>, &str, Option<&str>)> = doc
            .sections
            .iter()
            .map(|s| (s.chapter.as_deref(), s.label.as_str(), s.heading.as_deref()))
            .collect();
        assert_eq!(labels, [(None, "1 §", Some("Syfte")), (None, "2 §", None)]);
    }

    #[test]
    fn a_front_matter_alone_or_no_front_matter_is_refused() {
        let empty = "---\nbeteckning: 2099:1\nrubrik: Provlag\n---";
        let err = parse("x.md", empty.as_bytes(), &on("2101-01-01")).unwrap_err();
        assert!(err.to_string().contains("only the front matter"), "{err}");
        let err = parse(
            "x.md",
            b"# Rubrik\n\n## 1 \xc2\xa7\n\nText.\n",
            &on("2101-01-01"),
        )
        .unwrap_err();
        assert!(err.to_string().contains("no front matter"), "{err}");
        let unconverted = "---\nbeteckning: 2099:2\nrubrik: Provlag\n---\n\n# Provlag\n\n**Automatisk konvertering inte tillgänglig**\n";
        let err = parse("x.md", unconverted.as_bytes(), &on("2101-01-01")).unwrap_err();
        assert!(err.to_string().contains("without its text"), "{err}");
        let none = "---\nrubrik: Provlag\n---\n\n## 1 §\n\nText.\n";
        let err = parse("x.md", none.as_bytes(), &on("2101-01-01")).unwrap_err();
        assert!(err.to_string().contains("beteckning"), "{err}");
    }

    #[test]
    fn titles_get_their_number() {
        assert_eq!(numbered_title("Provlag", "2099:1"), "Provlag (2099:1)");
        assert_eq!(
            numbered_title("Förordning med instruktion för Provverket", "2099:2"),
            "Förordning (2099:2) med instruktion för Provverket"
        );
        assert_eq!(
            numbered_title("Lag (2099:3) om prov", "2099:3"),
            "Lag (2099:3) om prov"
        );
        assert_eq!(
            numbered_title(
                "/Rubriken upphör att gälla U:2100-01-01/ Lag om prov",
                "2099:4"
            ),
            "Lag (2099:4) om prov"
        );
    }

    #[test]
    fn tells_se_lex_from_other_markdown() {
        assert!(looks_like(
            "---\nbeteckning: 2099:1\nrubrik: Provlag\n---\n"
        ));
        assert!(!looks_like("# Read me\n\nbeteckning: 2099:1\n"));
        assert!(!looks_like("---\ntitle: A blog post\n---\n"));
    }

    /// The shapes older acts take in se-lex's conversion, in a made-up act.
    #[test]
    fn conversion_quirks_of_older_acts() {
        let text = "---\nbeteckning: 2099:8\nrubrik: Provlag\n---\n\n# Provlag\n\n## 1 kap. Allmänt\n\n### 1 §\n\n## Tillämpningsområde\n\nLagen gäller prov.\n\n### 2 §\n\n1 mom. Första momentet.\n\n### 2 §\n\n2 mom. Andra momentet.\n\n### /k/ /-k/ 3 §\n\nTredje.\n\n## 9 kap. 4 §, eller\n\n### 4 §\n\nFjärde, enligt\n\n### 2 §\n\nhär ovan.\n\n### 1 §\n\nEn ny början.\n\n### 2 §\n\nOch mer.\n";
        let doc = parse("x.md", text.as_bytes(), &on("2101-01-01")).unwrap();
        assert_eq!(
            labels(&doc),
            [
                (Some("1"), "1"),
                (Some("1"), "2"),
                (Some("1"), "3"),
                (Some("1"), "4"),
                (Some("2"), "1"),
                (Some("2"), "2")
            ],
            "moments are one section, a citation made a heading is text, \
             a lost chapter heading opens the next chapter"
        );
        let first = &doc.sections[0];
        assert_eq!(first.heading.as_deref(), Some("Tillämpningsområde"));
        assert_eq!(first.subsections[0].text, "Lagen gäller prov.");
        let moments: Vec<&str> = doc.sections[1]
            .subsections
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(
            moments,
            ["1 mom. Första momentet.", "2 mom. Andra momentet."]
        );
        let fourth = &doc.sections[3];
        assert!(
            fourth
                .subsections
                .iter()
                .any(|s| s.text.contains("här ovan")),
            "{:?}",
            fourth.subsections
        );
    }

    fn labels(doc: &Document) -> Vec<(Option<&str>, &str)> {
        doc.sections
            .iter()
            .map(|s| (s.chapter.as_deref(), s.section.as_str()))
            .collect()
    }

    #[test]
    fn two_versions_of_a_section_are_one() {
        let text = "---\nbeteckning: 2099:7\nrubrik: Provlag\n---\n\n## 1 §\n\nFörsta.\n\n## 2 § /Upphör att gälla U:2100-01-01/\n\nGammal.\n\n## 2 § /Träder i kraft I:2100-01-01/\n\nNy.\n";
        let before = parse("x.md", text.as_bytes(), &on("2099-12-31")).unwrap();
        assert_eq!(before.sections.len(), 2);
        assert_eq!(before.sections[1].subsections[0].text, "Gammal.");
        let after = parse("x.md", text.as_bytes(), &on("2100-01-01")).unwrap();
        assert_eq!(after.sections[1].subsections[0].text, "Ny.");
        assert!(
            after
                .act
                .status
                .unwrap_or_default()
                .contains("upphör att gälla 2100-01-01")
        );
    }
}
