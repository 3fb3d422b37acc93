//! The reader for Swedish statutes (SFS) in their consolidated plain-text layout, and for the
//! Riksdag's HTML of the same text, which is first turned into that layout.
//!
//! The layout: "1 kap. Rubrik" opens a chapter, a paragraph starting "1 §" or "2 a §" opens a
//! section, blank lines separate its subsections (stycken), lines starting "1.", "a)" or "–"
//! are list items of the subsection before them, and short lines without a section sign
//! between sections are headings, given to the section that follows. A trailing
//! "Lag (2019:835)." is an amendment note and is removed. "Övergångsbestämmelser" and
//! "Bilaga" end the text. Repealed sections ("3 § Har upphävts genom lag (2010:1234).") are
//! kept, with that sentence as their text, so that citations of them still resolve.
//! Capitalised division headings ("FÖRSTA AVDELNINGEN") are skipped.
//!
//! Two versions of one section, marked "/Upphör att gälla U:2025-07-01/" and "/Träder i kraft
//! I:2025-07-01/" (on the section or on its chapter), become one section: the version in
//! force on the hint's date (today by default); the act's status records the other. A
//! section whose number does not follow the one before in its chapter ("5 § första stycket
//! gäller …" inside 7 §) is text, not a new section. In an act with "löpande numrering"
//! (the sections numbered on across the chapters, as in avtalslagen) sections are cited
//! without their chapter: their chapter is left out and the chapter's number goes into the
//! chapter heading ("2 kap. Om fullmakt").

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use scraper::{ElementRef, Html, Node};

use super::{LawError, iso_date};
use crate::model::{
    Act, ActKind, Document, Item, Jurisdiction, Section, Subsection, clean_opt, clean_text,
};

const EXPECTED_TEXT: &str = "an SFS text";
const EXPECTED_HTML: &str = "an SFS HTML document";

/// What the caller knows about a Swedish document, used before anything read from it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SfsHint {
    /// The SFS number ("2017:725").
    pub sfs: Option<String>,
    /// The title ("Kommunallag (2017:725)").
    pub title: Option<String>,
    /// The date, ISO 8601, whose version of a section with two versions is kept; today
    /// when not given.
    pub on: Option<String>,
}

/// Parses SFS plain text (UTF-8, or Windows-1252 as older files are).
pub fn parse_text(name: &str, bytes: &[u8], hint: &SfsHint) -> Result<Document, LawError> {
    let text = decode(bytes);
    parse_layout(name, &text, hint, EXPECTED_TEXT)
}

/// Parses the Riksdag's HTML of an SFS text.
pub fn parse_html(name: &str, bytes: &[u8], hint: &SfsHint) -> Result<Document, LawError> {
    let html = decode(bytes);
    let text = html_to_text(&html);
    parse_layout(name, &text, hint, EXPECTED_HTML)
}

pub(super) static CHAPTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d+(?:\s?[a-z])?)\s+[Kk]ap\.(?:\s+(.*))?$").expect("valid regex")
});
pub(super) static SECTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d+(?:\s?[a-z])?)\s?§(?:\s+(.*))?$").expect("valid regex"));
pub(super) static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(\d+(?:\s?[a-z])?)\.|([a-zåäö])\)|([–—-]))\s+(.*)$").expect("valid regex")
});
static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(SFS[ -]?nr|SFS-nummer|Departement(?:/ ?myndighet)?|Utfärdad|Ändrad|Ikraft|Upphävd|Rubrik|Omtryck|Förarbeten|Celex|Källa|Övrigt|Ändringsregister)\s*:\s*(.*)$",
    )
    .expect("valid regex")
});
static SFS_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\((\d{4}:\d+)[^)]*\)").expect("valid regex"));
static NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*(?:Lag|Förordning|Kungörelse|Kungl\. [Mm]aj:ts (?:förordning|kungörelse))\s*\(\d{4}:\d+\)\.?\s*$")
        .expect("valid regex")
});
/// "/Upphör att gälla U:2025-07-01/" or "/Träder i kraft I:2025-07-01/" at the start of the
/// text after a section or chapter number. The Riksdag's pages may add the amending act
/// ("U:2026-07-01 genom lag (2021:443)./"), and a date not yet set is written in words
/// ("I:den dag som regeringen bestämmer").
static VERSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^/(?:Upphör att gälla|Träder i kraft)\s+(?P<kind>[UI]):\s*(?P<when>[^/]*?)\s*/\s*")
        .expect("valid regex")
});
/// A line that is only a version mark of a heading or of the whole act
/// ("/Rubriken upphör att gälla U:2026-07-01/"): it belongs to no section's text.
static MARK_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^/[^/]{0,40}(?:upphör att gälla|träder i kraft)\s+[UI]:[^/]*/$")
        .expect("valid regex")
});
pub(super) static END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Övergångsbestämmelser|Ikraftträdande- och övergångsbestämmelser|Bilaga(?:\s+\S{1,6})?)$")
        .expect("valid regex")
});

fn parse_layout(
    name: &str,
    text: &str,
    hint: &SfsHint,
    expected: &'static str,
) -> Result<Document, LawError> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let header = read_header(&lines);
    let sfs = hint
        .sfs
        .clone()
        .or_else(|| header.fields.get("sfs nr").cloned())
        .or_else(|| {
            header
                .title
                .as_deref()
                .and_then(|t| SFS_NUMBER.captures(t))
                .map(|c| c[1].to_owned())
        })
        .or_else(|| sfs_from_name(name))
        .ok_or_else(|| {
            LawError::not_format(
                name,
                expected,
                "no SFS number in the text, its file name or the caller's hint",
            )
        })?;
    let sfs = clean_text(&sfs);
    let on = hint.on.clone().unwrap_or_else(today);
    let (sections, other_versions) = keep_versions(Body::new(&lines).parse(), &on);
    let sections = number_on_across_chapters(sections);
    if sections.is_empty() {
        return Err(LawError::not_format(
            name,
            expected,
            "no sections (paragraphs starting \"1 §\")",
        ));
    }
    let title = hint
        .title
        .clone()
        .or_else(|| header.fields.get("rubrik").cloned())
        .or_else(|| header.title.clone());
    // Without a title the text tells the kind: an ordinance calls itself "denna förordning".
    let kind = title
        .as_deref()
        .map_or_else(|| kind_from_text(&sections), kind_of);
    let title = clean_text(&title.unwrap_or_else(|| format!("SFS {sfs}")));
    let mut act = Act::new(Jurisdiction::Se, kind, sfs.clone(), title);
    act.ministry = header.fields.get("departement/myndighet").cloned();
    act.date_signed = header.fields.get("utfärdad").and_then(|d| iso_date(d));
    act.date_in_force = header.fields.get("ikraft").and_then(|d| iso_date(d));
    act.url = Some(format!(
        "https://data.riksdagen.se/dokument/sfs-{}",
        sfs.replace(':', "-").replace(' ', "")
    ));
    if let Some(repealed) = header.fields.get("upphävd") {
        act.status = Some(format!("Upphävd {repealed}").trim().to_owned());
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

pub(super) fn kind_of(title: &str) -> ActKind {
    let lower = title.to_lowercase();
    if lower.starts_with("lag om ändring")
        || lower.starts_with("förordning om ändring")
        || lower.starts_with("kungörelse om ändring")
    {
        ActKind::AmendingAct
    } else if lower.starts_with("förordning")
        || lower.starts_with("kungörelse")
        || lower.starts_with("kungl. maj:ts")
    {
        ActKind::Regulation
    } else {
        ActKind::Act
    }
}

/// The kind of an act without a title, by what its sections call it: "denna förordning" or
/// "denna kungörelse" more often than "denna lag" or "denna balk" is an ordinance.
fn kind_from_text(sections: &[Section]) -> ActKind {
    let (mut regulation, mut act) = (0, 0);
    let texts = sections
        .iter()
        .flat_map(|s| &s.subsections)
        .flat_map(|sub| {
            std::iter::once(sub.text.as_str()).chain(sub.items.iter().map(|i| i.text.as_str()))
        });
    for text in texts {
        let lower = text.to_lowercase();
        regulation +=
            lower.matches("denna förordning").count() + lower.matches("denna kungörelse").count();
        act += lower.matches("denna lag").count() + lower.matches("denna balk").count();
    }
    if regulation > act {
        ActKind::Regulation
    } else {
        ActKind::Act
    }
}

/// "sfs-2017-725.txt" → "2017:725".
fn sfs_from_name(name: &str) -> Option<String> {
    static NAME: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|\D)(\d{4})[-_:](\d+)(?:\D|$)").expect("valid regex"));
    let file = name.rsplit(['/', '\\', ':']).next().unwrap_or(name);
    NAME.captures(file).map(|c| format!("{}:{}", &c[1], &c[2]))
}

/// The metadata lines before the body ("SFS nr: 2017:725") and the title line.
#[derive(Debug, Default)]
struct Header {
    /// Lower-cased keys ("sfs nr", "departement/myndighet", "utfärdad").
    fields: HashMap<String, String>,
    title: Option<String>,
}

fn read_header(lines: &[&str]) -> Header {
    let mut header = Header::default();
    for line in lines {
        if CHAPTER.is_match(line) || SECTION.is_match(line) {
            break;
        }
        if let Some(caps) = HEADER.captures(line) {
            let key = caps[1]
                .to_lowercase()
                .replace("sfs-nr", "sfs nr")
                .replace("sfsnr", "sfs nr");
            let key = match key.as_str() {
                "departement" | "departement/ myndighet" => "departement/myndighet".to_owned(),
                "sfs-nummer" => "sfs nr".to_owned(),
                _ => key,
            };
            if let Some(value) = clean_opt(&caps[2]) {
                header.fields.entry(key).or_insert(value);
            }
        } else if header.title.is_none() && SFS_NUMBER.is_match(line) && !line.contains('§') {
            header.title = clean_opt(line);
        }
    }
    header
}

/// The body parser: a walk over the lines that keeps the chapter, the heading waiting for
/// its section, and the section being filled.
struct Body<'a> {
    lines: &'a [&'a str],
    chapter: Option<String>,
    chapter_heading: Option<String>,
    pending_heading: Option<String>,
    /// Set after a chapter line without a heading, whose heading then follows on a line of
    /// its own.
    chapter_awaits_heading: bool,
    /// Set after a chapter line with a heading: in wrapped text the heading goes on in the
    /// lines right below it.
    chapter_heading_goes_on: bool,
    current: Option<Section>,
    /// The version mark of the chapter and of the section being filled.
    chapter_version: Option<Version>,
    current_version: Option<Version>,
    sections: Vec<(Section, Option<Version>)>,
}

/// A version mark: "U" (in force until the date) or "I" (in force from it), and the date,
/// or the words that stand for a date not yet set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Version {
    until: bool,
    /// "2025-07-01", or "den dag som regeringen bestämmer".
    when: String,
}

impl Version {
    fn date(&self) -> Option<&str> {
        let date = self.when.get(..10)?;
        iso_date(date).is_some().then_some(date)
    }

    /// A version whose day is not yet set has not begun, and the one it replaces has not
    /// ended.
    fn in_force_on(&self, on: &str) -> bool {
        match (self.until, self.date()) {
            (true, Some(date)) => on < date,
            (false, Some(date)) => on >= date,
            (until, None) => until,
        }
    }

    fn describe(&self) -> String {
        if self.until {
            format!("upphör att gälla {}", self.when)
        } else {
            format!("träder i kraft {}", self.when)
        }
    }
}

/// Reads a version mark at the start of `text`, returning it and the text after it.
pub(super) fn version_mark(text: &str) -> (Option<Version>, &str) {
    match VERSION.captures(text) {
        Some(caps) => {
            let when = &caps["when"];
            // "2026-07-01 genom lag (2021:443)." names the amending act: the date is enough.
            let when = when.split(" genom ").next().unwrap_or(when);
            let version = Version {
                until: &caps["kind"] == "U",
                when: when.trim_end_matches(['.', ' ']).to_owned(),
            };
            let rest = &text[caps.get(0).map_or(0, |m| m.end())..];
            (Some(version), rest)
        }
        None => (None, text),
    }
}

impl<'a> Body<'a> {
    fn new(lines: &'a [&'a str]) -> Self {
        Self {
            lines,
            chapter: None,
            chapter_heading: None,
            pending_heading: None,
            chapter_awaits_heading: false,
            chapter_heading_goes_on: false,
            current: None,
            chapter_version: None,
            current_version: None,
            sections: Vec::new(),
        }
    }

    /// Whether a section numbered `number` may open here: its number follows the last
    /// section's in the chapter, or repeats it as another version.
    fn follows(&self, number: &str, version: Option<&Version>) -> bool {
        let last = self
            .current
            .as_ref()
            .or_else(|| self.sections.last().map(|(s, _)| s))
            .filter(|s| s.chapter == self.chapter);
        let Some(last) = last else {
            return true;
        };
        let (a, b) = (section_key(&last.section), section_key(number));
        b > a || (b == a && version.is_some())
    }

    fn parse(mut self) -> Vec<(Section, Option<Version>)> {
        let mut block_start = true;
        let mut after_terminal = true;
        // Lines up to here were read as one heading over several lines.
        let mut skip_to = 0;
        for index in 0..self.lines.len() {
            let line = self.lines[index];
            if index < skip_to {
                continue;
            }
            if line.is_empty() {
                block_start = true;
                continue;
            }
            if MARK_LINE.is_match(line) {
                continue;
            }
            // Structure starts a new paragraph, or a line after a finished sentence.
            let may_open = block_start || after_terminal;
            // The act's own mark before its first section, on one line with it as the
            // Riksdag's pages run them together ("/Träder i kraft I:2023-08-10/ 1 § …").
            let line = match version_mark(line) {
                (Some(_), rest)
                    if may_open
                        && self.current.is_none()
                        && self.sections.is_empty()
                        && (SECTION.is_match(rest) || CHAPTER.is_match(rest)) =>
                {
                    rest
                }
                _ => line,
            };
            let was_block_start = block_start;
            let chapter_awaits_heading = std::mem::take(&mut self.chapter_awaits_heading);
            let heading_goes_on = std::mem::take(&mut self.chapter_heading_goes_on);
            block_start = false;
            if heading_goes_on
                && !was_block_start
                && !SECTION.is_match(line)
                && !CHAPTER.is_match(line)
                && !self.is_heading_at(index, 0)
                && let Some(heading) = self.chapter_heading.as_mut()
            {
                heading.push(' ');
                heading.push_str(line);
                self.chapter_heading_goes_on = true;
                after_terminal = true;
                continue;
            }
            after_terminal = ends_sentence(line);
            if may_open {
                // Before the first section, "Övergångsbestämmelser" is an entry of the
                // table of contents, not the end of the text.
                if END.is_match(line) {
                    if self.current.is_some() || !self.sections.is_empty() {
                        break;
                    }
                    continue;
                }
                if let Some(caps) = CHAPTER.captures(line)
                    && let number = space_letter(&caps[1])
                    && let (version, heading) = version_mark(caps.get(2).map_or("", |h| h.as_str()))
                    && self.chapter_may_open(&number, version.as_ref(), heading)
                {
                    self.finish();
                    self.chapter = Some(number);
                    self.chapter_version = version;
                    self.chapter_heading = clean_opt(heading);
                    self.chapter_awaits_heading = self.chapter_heading.is_none();
                    self.chapter_heading_goes_on = !self.chapter_awaits_heading;
                    self.pending_heading = None;
                    after_terminal = true;
                    continue;
                }
                if let Some(caps) = SECTION.captures(line)
                    && let (version, rest) =
                        version_mark(caps.get(2).map_or("", |r| r.as_str().trim()))
                    && self.follows(
                        &space_letter(&caps[1]),
                        version.as_ref().or(self.chapter_version.as_ref()),
                    )
                {
                    self.finish();
                    self.current_version = version.or_else(|| self.chapter_version.clone());
                    let number = space_letter(&caps[1]);
                    let mut section = Section {
                        chapter: self.chapter.clone(),
                        label: format!("{number} §"),
                        section: number,
                        heading: self.pending_heading.take(),
                        subsections: Vec::new(),
                        chapter_heading: self.chapter_heading.clone(),
                    };
                    let rest = rest.trim();
                    if !rest.is_empty() {
                        push_subsection(&mut section, rest);
                    }
                    after_terminal = rest.is_empty() || ends_sentence(rest);
                    self.current = Some(section);
                    continue;
                }
                if is_division(line) {
                    self.finish();
                    self.pending_heading = None;
                    after_terminal = true;
                    continue;
                }
                if self.is_heading_at(index, 0) {
                    self.finish();
                    if chapter_awaits_heading {
                        self.chapter_heading = Some(clean_text(line));
                    } else {
                        self.pending_heading = Some(clean_text(line));
                    }
                    after_terminal = true;
                    continue;
                }
                if was_block_start && let Some(end) = self.heading_block_at(index) {
                    self.finish();
                    let heading = clean_text(&self.lines[index..end].join(" "));
                    if chapter_awaits_heading {
                        self.chapter_heading = Some(heading);
                    } else {
                        self.pending_heading = Some(heading);
                    }
                    skip_to = end;
                    after_terminal = true;
                    continue;
                }
            }
            let Some(section) = self.current.as_mut() else {
                // Text before the first section (title, preamble) is not part of a section.
                continue;
            };
            add_line(section, line, was_block_start, true);
        }
        self.finish();
        self.sections
    }

    /// Whether a chapter line opens a chapter: its number follows the chapter before (or
    /// repeats it as another version), and what follows is a heading, not a section
    /// ("10 kap. 12 § regeringsformen" at the start of a wrapped line is a citation). Before
    /// the first section, any chapter line may open (a table of contents comes first).
    fn chapter_may_open(&self, number: &str, version: Option<&Version>, rest: &str) -> bool {
        if SECTION.is_match(rest.trim()) || rest.trim_start().starts_with(['§', ',']) {
            return false;
        }
        let Some(current) = &self.chapter else {
            return true;
        };
        if self.current.is_none() && self.sections.is_empty() {
            return true;
        }
        let (a, b) = (section_key(current), section_key(number));
        b > a || (b == a && version.is_some())
    }

    /// Where a heading wrapped over the lines of one paragraph ends, when the paragraph at
    /// `index` is one: no line ends a sentence or holds a section sign, the whole is short,
    /// and a section, a chapter or another heading follows. Wrapped text (the Government
    /// Offices' database breaks lines at about 70 characters) writes long headings so.
    fn heading_block_at(&self, index: usize) -> Option<usize> {
        let end = (index..self.lines.len())
            .find(|&j| self.lines[j].is_empty())
            .unwrap_or(self.lines.len());
        let block = &self.lines[index..end];
        let shaped = block.len() >= 2
            && block.len() <= 4
            && block.iter().map(|l| l.chars().count() + 1).sum::<usize>() <= 200
            && block.iter().all(|l| heading_line(l))
            && block[0].chars().next().is_some_and(char::is_uppercase);
        if !shaped {
            return None;
        }
        let next = (end..self.lines.len()).find(|&j| !self.lines[j].is_empty())?;
        let following = self.lines[next];
        (SECTION.is_match(following)
            || CHAPTER.is_match(following)
            || is_division(following)
            || self.is_heading_at(next, 1))
        .then_some(end)
    }

    /// Whether line `index` is a heading: short, no section sign, no closing punctuation,
    /// and followed by a section, a chapter or another heading.
    fn is_heading_at(&self, index: usize, depth: usize) -> bool {
        let line = self.lines[index];
        let shaped = line.chars().count() <= 120
            && heading_line(line)
            && !line.ends_with(',')
            && line.chars().next().is_some_and(char::is_uppercase);
        if !shaped {
            return false;
        }
        let Some(next) = (index + 1..self.lines.len()).find(|&j| !self.lines[j].is_empty()) else {
            return false;
        };
        let following = self.lines[next];
        SECTION.is_match(following)
            || CHAPTER.is_match(following)
            || is_division(following)
            || (depth < 3 && self.is_heading_at(next, depth + 1))
    }

    /// Closes the section being filled, removing its amendment note.
    fn finish(&mut self) {
        let Some(mut section) = self.current.take() else {
            return;
        };
        strip_amendment_note(&mut section);
        let version = self.current_version.take();
        self.sections.push((section, version));
    }
}

/// Whether a line may be (part of) a heading: no section sign, no sentence's end, not a list
/// item, a metadata field or an act's number, and no runs of spaces (a table set in plain text
/// has its columns apart by them).
fn heading_line(line: &str) -> bool {
    !line.contains('§')
        && !line.contains("   ")
        && !ends_sentence(line)
        && !ITEM.is_match(line)
        && !HEADER.is_match(line)
        && !SFS_NUMBER.is_match(line)
}

/// A section number as a sortable key: "2 a" is (2, "a"), after "2" and before "3".
pub(super) fn section_key(number: &str) -> (u32, String) {
    let digits: String = number.chars().take_while(char::is_ascii_digit).collect();
    let letters: String = number
        .chars()
        .skip(digits.len())
        .filter(|c| c.is_alphabetic())
        .collect();
    (digits.parse().unwrap_or(0), letters)
}

/// Of two versions of one section, keeps the one in force on `on`; returns the sections
/// and a description of each version left out ("3 kap. 5 § träder i kraft 2026-01-01").
pub(super) fn keep_versions(
    sections: Vec<(Section, Option<Version>)>,
    on: &str,
) -> (Vec<Section>, Vec<String>) {
    let mut kept: Vec<(Section, Option<Version>)> = Vec::with_capacity(sections.len());
    let mut others = Vec::new();
    for (section, version) in sections {
        let twin = kept.iter().position(|(s, v)| {
            s.chapter == section.chapter
                && s.section == section.section
                && (v.is_some() || version.is_some())
        });
        let Some(at) = twin else {
            kept.push((section, version));
            continue;
        };
        let new_in_force = version.as_ref().is_none_or(|v| v.in_force_on(on));
        let old_in_force = kept[at].1.as_ref().is_none_or(|v| v.in_force_on(on));
        let (left_out, left_version) = if new_in_force && !old_in_force {
            std::mem::replace(&mut kept[at], (section, version))
        } else {
            (section, version)
        };
        let chapter = left_out
            .chapter
            .as_deref()
            .map(|c| format!("{c} kap. "))
            .unwrap_or_default();
        let when = left_version.map(|v| v.describe()).unwrap_or_default();
        others.push(
            format!("{chapter}{} {when}", left_out.label)
                .trim()
                .to_owned(),
        );
    }
    (kept.into_iter().map(|(s, _)| s).collect(), others)
}

/// "Löpande numrering": when every chapter after the first goes on from the last section
/// of the chapter before, the sections are cited without chapter, so the chapter moves into
/// the chapter heading.
pub(super) fn number_on_across_chapters(mut sections: Vec<Section>) -> Vec<Section> {
    let mut transitions = 0;
    let mut continuous = true;
    for pair in sections.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.chapter != b.chapter {
            if a.chapter.is_none() || b.chapter.is_none() {
                continue;
            }
            transitions += 1;
            if section_key(&b.section).0 <= section_key(&a.section).0 {
                continuous = false;
            }
        }
    }
    if transitions == 0 || !continuous {
        return sections;
    }
    for section in &mut sections {
        if let Some(chapter) = section.chapter.take() {
            section.chapter_heading = Some(match section.chapter_heading.take() {
                Some(heading) => format!("{chapter} kap. {heading}"),
                None => format!("{chapter} kap."),
            });
        }
    }
    sections
}

/// Today's date, ISO 8601, in UTC.
pub(super) fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
/// A line of a section's text: an item of the paragraph before when it may be one (a list
/// in a paragraph of its own belongs to the paragraph before it), a new paragraph (stycke)
/// when the line starts a block, or else the rest of a wrapped line, which continues the
/// last item or the paragraph's text.
pub(super) fn add_line(section: &mut Section, line: &str, starts_block: bool, may_be_item: bool) {
    if may_be_item && let Some(caps) = ITEM.captures(line) {
        let label = caps
            .get(1)
            .or_else(|| caps.get(2))
            .or_else(|| caps.get(3))
            .map_or_else(String::new, |m| space_letter(m.as_str()));
        if section.subsections.is_empty() {
            push_subsection(section, "");
        }
        if let Some(last) = section.subsections.last_mut() {
            last.items.push(Item {
                label,
                text: clean_text(&caps[4]),
            });
        }
    } else if starts_block || section.subsections.is_empty() {
        push_subsection(section, line);
    } else if let Some(last) = section.subsections.last_mut() {
        let target = match last.items.last_mut() {
            Some(item) => &mut item.text,
            None => &mut last.text,
        };
        target.push(' ');
        target.push_str(line);
        *target = clean_text(target);
    }
}

pub(super) fn push_subsection(section: &mut Section, text: &str) {
    let number = section.subsections.last().map_or(1, |s| s.number + 1);
    section.subsections.push(Subsection {
        number,
        text: clean_text(text),
        items: Vec::new(),
    });
}

/// Removes a trailing "Lag (2019:835)." from the last subsection (or its last item), and the
/// subsection if nothing else is left of it.
pub(super) fn strip_amendment_note(section: &mut Section) {
    for _ in 0..3 {
        let Some(last) = section.subsections.last_mut() else {
            return;
        };
        let target = match last.items.last_mut() {
            Some(item) if !NOTE.is_match(&last.text) || last.text.is_empty() => &mut item.text,
            _ => &mut last.text,
        };
        let stripped = NOTE.replace(target, "").into_owned();
        if stripped.len() == target.len() {
            return;
        }
        *target = stripped;
        last.items.retain(|i| !i.text.is_empty());
        if last.text.is_empty() && last.items.is_empty() {
            section.subsections.pop();
        }
    }
}

fn ends_sentence(line: &str) -> bool {
    /// A citation's abbreviation at the end of a line goes on, in wrapped text, on the next
    /// ("enligt 23 kap." then "21 a § rättegångsbalken").
    static GOES_ON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:kap|st|mom|p|bl\.a|t\.ex|jfr|resp)\.$").expect("valid regex")
    });
    line.ends_with(['.', ':', ';']) && !GOES_ON.is_match(line)
}

/// A division heading in capitals, such as "FÖRSTA AVDELNINGEN".
pub(super) fn is_division(line: &str) -> bool {
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase()) && !line.contains('§')
}

/// "2a" → "2 a", as Swedish sections are written.
pub(super) fn space_letter(number: &str) -> String {
    let number = clean_text(number);
    match number.find(|c: char| c.is_alphabetic()) {
        Some(i) if i > 0 && !number[..i].ends_with(' ') => {
            format!("{} {}", &number[..i], &number[i..])
        }
        _ => number,
    }
}

/// UTF-8, or else Windows-1252, the encoding of older Swedish text files.
fn decode(bytes: &[u8]) -> Cow<'_, str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => Cow::Owned(bytes.iter().map(|&b| windows_1252(b)).collect()),
    }
}

fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// Turns the Riksdag's HTML into the plain-text layout: block elements and the anchors of
/// chapters, sections and subsections (`K1`, `K1P1`, `K1P1S2`) start new paragraphs, list
/// anchors (`…N7`) and `<br>` new lines; tables of contents, scripts and styles are left out.
pub fn html_to_text(html: &str) -> String {
    let document = Html::parse_document(html);
    let root = document.root_element();
    let body = root
        .descendent_elements()
        .find(|e| e.value().name() == "body")
        .unwrap_or(root);
    // On a page with more around the act (the Riksdag's menus, sidebar and footer), the
    // text ends with the element that holds its sections.
    let holder = law_text(body);
    let end = (holder.id() != body.id()).then_some(holder);
    let mut out = TextOut::default();
    emit(body, &mut out, false, end);
    out.text
}

/// The element that holds the act's sections on a page with more around it (the Riksdag's
/// pages have menus, a sidebar and a footer): the nearest one holding every section anchor
/// ("K1P1", "P2"). The whole body when the page has fewer than two.
fn law_text(body: ElementRef<'_>) -> ElementRef<'_> {
    static SECTION_ANCHOR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:K\d+[a-z]?)?P\d+[a-z]?$").expect("valid regex"));
    let mut anchors = body.descendent_elements().filter(|e| {
        e.value().name() == "a"
            && e.value()
                .attr("name")
                .is_some_and(|n| SECTION_ANCHOR.is_match(n))
    });
    let Some(first) = anchors.next() else {
        return body;
    };
    // The first anchor's ancestors, nearest first, cut to those that hold every anchor.
    let mut holders: Vec<ElementRef<'_>> = first.ancestors().filter_map(ElementRef::wrap).collect();
    let mut count = 1;
    for anchor in anchors {
        count += 1;
        let held = |e: &ElementRef<'_>| anchor.ancestors().any(|a| a.id() == e.id());
        let from = holders.iter().position(held).unwrap_or(holders.len());
        holders.drain(..from);
    }
    match holders.first() {
        Some(holder) if count >= 2 => *holder,
        _ => body,
    }
}

static BLANK_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\n[ \t\r]*\n\s*").expect("valid regex"));

static ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:K\d+[a-z]?)?(?:P\d+[a-z]?(?:S\d+(N\d+)?)?)?$").expect("valid regex")
});

fn emit(el: ElementRef<'_>, out: &mut TextOut, pre: bool, end: Option<ElementRef<'_>>) {
    for child in el.children() {
        if out.ended {
            return;
        }
        match child.value() {
            Node::Text(text) => {
                if pre {
                    out.raw(text);
                } else {
                    // The Riksdag's pages keep the text's own blank lines, unmarked, where
                    // a heading and a section follow a stycke with no element between.
                    for (i, part) in BLANK_LINE.split(text).enumerate() {
                        if i > 0 {
                            out.blank_line();
                        }
                        out.inline(part);
                    }
                }
            }
            Node::Element(e) => {
                let name = e.name();
                let toc = e.classes().any(|c| c.contains("toc")) || e.id() == Some("toc");
                if toc
                    || e.attr("aria-hidden") == Some("true")
                    || matches!(
                        name,
                        "script" | "style" | "head" | "nav" | "noscript" | "button" | "template"
                    )
                {
                    continue;
                }
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                // The Government Offices' database (rkrattsbaser) gives the consolidated
                // text as it is, lines and blank lines, in one element shown preformatted.
                let pre = pre || e.classes().any(|c| c == "body-text");
                if is_contents_list(child) {
                    continue;
                }
                if name == "br" {
                    out.newline();
                    continue;
                }
                if name == "a" {
                    let anchor = e.attr("name").or_else(|| e.id()).unwrap_or_default();
                    if !anchor.is_empty()
                        && let Some(caps) = ANCHOR.captures(anchor)
                    {
                        if caps.get(1).is_some() {
                            out.newline();
                        } else {
                            out.blank_line();
                        }
                    }
                    emit(child, out, pre, end);
                    continue;
                }
                let paragraph = matches!(
                    name,
                    "p" | "div"
                        | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "h5"
                        | "h6"
                        | "table"
                        | "section"
                        | "article"
                        | "blockquote"
                        | "hr"
                        | "header"
                        | "footer"
                        | "main"
                        | "center"
                );
                // The Riksdag's pages give each row of a table set in plain text as a
                // `pre` of its own: rows of one block, not paragraphs.
                let line = matches!(name, "li" | "tr" | "dt" | "dd" | "ul" | "ol" | "dl" | "pre");
                if paragraph {
                    out.blank_line();
                } else if line {
                    out.newline();
                } else if matches!(name, "td" | "th") {
                    out.inline(" ");
                }
                emit(child, out, pre || name == "pre", end);
                if paragraph {
                    out.blank_line();
                } else if line {
                    out.newline();
                }
                if end.is_some_and(|end| end.id() == child.id()) {
                    out.ended = true;
                }
            }
            _ => {}
        }
    }
}

/// Whether `node` is a table of contents: a list whose every item is one link within the
/// page ("#K1"), as the Riksdag's pages put before the text.
fn is_contents_list(list: ElementRef<'_>) -> bool {
    if !matches!(list.value().name(), "ul" | "ol") {
        return false;
    }
    let mut items = list.children().filter_map(ElementRef::wrap).peekable();
    items.peek().is_some()
        && items.all(|item| {
            let links: Vec<_> = item
                .descendent_elements()
                .filter(|e| e.value().name() == "a")
                .collect();
            item.value().name() == "li"
                && links.len() == 1
                && links[0]
                    .value()
                    .attr("href")
                    .is_some_and(|href| href.starts_with('#'))
        })
}

/// The text being built, with paragraph and line breaks that never pile up.
#[derive(Debug, Default)]
struct TextOut {
    text: String,
    /// Set when the element that holds the act's text has been read.
    ended: bool,
}

impl TextOut {
    fn inline(&mut self, text: &str) {
        let starts_space = text.starts_with(char::is_whitespace);
        let ends_space = text.ends_with(char::is_whitespace);
        let words = clean_text(text);
        if words.is_empty() {
            if starts_space || ends_space {
                self.space();
            }
            return;
        }
        if starts_space {
            self.space();
        }
        self.text.push_str(&words);
        if ends_space {
            self.space();
        }
    }

    fn raw(&mut self, text: &str) {
        self.text.push_str(&text.replace('\r', ""));
    }

    fn space(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with([' ', '\n']) {
            self.text.push(' ');
        }
    }

    fn newline(&mut self) {
        while self.text.ends_with(' ') {
            self.text.pop();
        }
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }

    fn blank_line(&mut self) {
        self.newline();
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up act in the SFS layout.
    const TEXT: &str = "Provlag (2099:12)

SFS nr: 2099:12
Departement/myndighet: Provdepartementet
Utfärdad: 2099-06-22
Ändrad: t.o.m. SFS 2100:3
Ikraft: 2100-01-01

FÖRSTA AVDELNINGEN

1 kap. Inledande bestämmelser

Lagens innehåll

1 §   Denna lag innehåller bestämmelser om prov.

Lagen gäller också
1. skriftliga prov,
2. muntliga prov som
fortsätter här, och
3. övriga prov. Lag (2100:3).

2 § Med prov avses
a) förhör,
b) test.

Andra stycket. Förordning (2100:4).

3 § Har upphävts genom lag (2100:3).

2 a kap. Särskilda prov

Särskilt
Underrubrik

1 a §   Text i ett
stycke som
radbryts.
– strecksats ett,
– strecksats två.

Övergångsbestämmelser

2099:12
1. Denna lag träder i kraft den 1 januari 2100.
";

    #[test]
    fn reads_metadata() {
        let doc = parse_text("provlag.txt", TEXT.as_bytes(), &SfsHint::default()).unwrap();
        let act = &doc.act;
        assert_eq!(act.jurisdiction, Jurisdiction::Se);
        assert_eq!(act.kind, ActKind::Act);
        assert_eq!(act.id, "2099:12");
        assert_eq!(act.title, "Provlag (2099:12)");
        assert_eq!(act.ministry.as_deref(), Some("Provdepartementet"));
        assert_eq!(act.date_signed.as_deref(), Some("2099-06-22"));
        assert_eq!(act.date_in_force.as_deref(), Some("2100-01-01"));
        assert_eq!(
            act.url.as_deref(),
            Some("https://data.riksdagen.se/dokument/sfs-2099-12")
        );
        assert!(act.in_force);
    }

    #[test]
    fn reads_the_layout() {
        let doc = parse_text("provlag.txt", TEXT.as_bytes(), &SfsHint::default()).unwrap();
        let labels: Vec<(Option<&str>, &str)> = doc
            .sections
            .iter()
            .map(|s| (s.chapter.as_deref(), s.label.as_str()))
            .collect();
        assert_eq!(
            labels,
            [
                (Some("1"), "1 §"),
                (Some("1"), "2 §"),
                (Some("1"), "3 §"),
                (Some("2 a"), "1 a §")
            ],
            "the transitional provisions are not sections"
        );
        let first = &doc.sections[0];
        assert_eq!(
            first.chapter_heading.as_deref(),
            Some("Inledande bestämmelser")
        );
        assert_eq!(first.heading.as_deref(), Some("Lagens innehåll"));
        assert_eq!(first.subsections.len(), 2);
        assert_eq!(
            first.subsections[0].text,
            "Denna lag innehåller bestämmelser om prov."
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
            "the amendment note is removed"
        );

        let second = &doc.sections[1];
        assert_eq!(second.heading, None);
        assert_eq!(second.subsections[0].items.len(), 2);
        assert_eq!(second.subsections[0].items[0].label, "a");
        assert_eq!(second.subsections[1].number, 2);
        assert_eq!(second.subsections[1].text, "Andra stycket.");

        let repealed = &doc.sections[2];
        assert_eq!(
            repealed.subsections[0].text,
            "Har upphävts genom lag (2100:3)."
        );

        let last = &doc.sections[3];
        assert_eq!(last.section, "1 a");
        assert_eq!(last.heading.as_deref(), Some("Underrubrik"));
        assert_eq!(last.chapter_heading.as_deref(), Some("Särskilda prov"));
        assert_eq!(last.subsections[0].text, "Text i ett stycke som radbryts.");
        assert_eq!(last.subsections[0].items.len(), 2);
        assert_eq!(last.subsections[0].items[1].label, "–");
    }

    #[test]
    fn the_hint_and_the_file_name_give_the_number() {
        let body = "1 § Text.\n";
        let hint = SfsHint {
            sfs: Some("2017:725".into()),
            title: Some("Kommunallag (2017:725)".into()),
            on: None,
        };
        let doc = parse_text("x.txt", body.as_bytes(), &hint).unwrap();
        assert_eq!(doc.act.id, "2017:725");
        assert_eq!(doc.act.title, "Kommunallag (2017:725)");
        let doc = parse_text("dir/sfs-2017-725.txt", body.as_bytes(), &SfsHint::default()).unwrap();
        assert_eq!(doc.act.id, "2017:725");
        let err = parse_text("x.txt", body.as_bytes(), &SfsHint::default()).unwrap_err();
        assert!(err.to_string().contains("no SFS number"), "{err}");
        let err = parse_text("sfs-2017-725.txt", b"Bara text.", &SfsHint::default()).unwrap_err();
        assert!(err.to_string().contains("no sections"), "{err}");
    }

    #[test]
    fn a_chapter_heading_may_stand_on_its_own_line() {
        let text = "1 kap.\nAllmänt\n\nSyfte\n\n1 § Text.\n";
        let hint = SfsHint {
            sfs: Some("2099:1".into()),
            title: None,
            on: None,
        };
        let doc = parse_text("x.txt", text.as_bytes(), &hint).unwrap();
        let section = &doc.sections[0];
        assert_eq!(section.chapter_heading.as_deref(), Some("Allmänt"));
        assert_eq!(section.heading.as_deref(), Some("Syfte"));
    }

    #[test]
    fn regulations_and_amending_acts_are_told_apart() {
        assert_eq!(kind_of("Förordning (2099:1) om prov"), ActKind::Regulation);
        assert_eq!(
            kind_of("Lag om ändring i provlagen (2099:12)"),
            ActKind::AmendingAct
        );
        assert_eq!(kind_of("Lag (2099:2) om prov"), ActKind::Act);
    }

    #[test]
    fn windows_1252_text_is_read() {
        let bytes = b"1 \xa7 F\xf6rsta \x96 stycket.\n";
        let hint = SfsHint {
            sfs: Some("2099:1".into()),
            title: None,
            on: None,
        };
        let doc = parse_text("old.txt", bytes, &hint).unwrap();
        assert_eq!(doc.sections[0].subsections[0].text, "Första – stycket.");
    }

    #[test]
    fn reads_riksdag_html() {
        let html = r##"<!DOCTYPE html><html><head><title>Provlag</title><style>p{}</style></head><body>
<div class="sfstoc"><a href="#K1">1 kap. Inledande bestämmelser</a></div>
<div><b>SFS nr</b>: 2099:12<br><b>Rubrik</b>: Provlag (2099:12)<br></div>
<h3 name="K1"><a name="K1">1 kap.</a> Inledande bestämmelser</h3>
<h4>Lagens innehåll</h4>
<p><a class="paragraf" name="K1P1"><b>1 §</b></a>   Denna lag gäller
prov.</p>
<p><a name="K1P1S2"></a>Den gäller också<br>1. skriftliga prov, och<br>2. muntliga prov.</p>
<a class="paragraf" name="K1P2"><b>2 §</b></a> Andra paragrafen.
<a name="K1P2S2"></a>Andra stycket. Lag (2100:3).
</body></html>"##;
        let doc = parse_html("provlag.html", html.as_bytes(), &SfsHint::default()).unwrap();
        assert_eq!(doc.act.id, "2099:12");
        assert_eq!(doc.act.title, "Provlag (2099:12)");
        assert_eq!(doc.sections.len(), 2);
        let first = &doc.sections[0];
        assert_eq!(first.chapter.as_deref(), Some("1"));
        assert_eq!(
            first.chapter_heading.as_deref(),
            Some("Inledande bestämmelser")
        );
        assert_eq!(first.heading.as_deref(), Some("Lagens innehåll"));
        assert_eq!(first.subsections[0].text, "Denna lag gäller prov.");
        assert_eq!(first.subsections[1].text, "Den gäller också");
        assert_eq!(first.subsections[1].items.len(), 2);
        let second = &doc.sections[1];
        let texts: Vec<&str> = second.subsections.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["Andra paragrafen.", "Andra stycket."]);
    }

    fn hint_on(on: &str) -> SfsHint {
        SfsHint {
            sfs: Some("2099:7".into()),
            title: None,
            on: Some(on.into()),
        }
    }

    fn labels(doc: &Document) -> Vec<(Option<&str>, &str)> {
        doc.sections
            .iter()
            .map(|s| (s.chapter.as_deref(), s.section.as_str()))
            .collect()
    }

    /// A made-up act whose 2 § has a version that ends and one that begins on 2030-01-01,
    /// and a chapter that enters into force then.
    const VERSIONS: &str = "1 kap. Allmänt

1 § Första.

2 § /Upphör att gälla U:2030-01-01/ Gammal lydelse.

2 § /Träder i kraft I:2030-01-01/ Ny lydelse.

3 § Tredje.

2 kap. /Träder i kraft I:2030-01-01/ Nytt kapitel

1 § Ny paragraf.
";

    #[test]
    fn two_versions_of_a_section_are_one_section() {
        let before = parse_text("x.txt", VERSIONS.as_bytes(), &hint_on("2029-12-31")).unwrap();
        assert_eq!(
            labels(&before),
            [
                (Some("1"), "1"),
                (Some("1"), "2"),
                (Some("1"), "3"),
                (Some("2"), "1")
            ]
        );
        assert_eq!(before.sections[1].subsections[0].text, "Gammal lydelse.");
        assert_eq!(
            before.sections[3].chapter_heading.as_deref(),
            Some("Nytt kapitel"),
            "the mark is not part of the heading"
        );
        let status = before.act.status.as_deref().unwrap_or_default();
        assert!(
            status.contains("1 kap. 2 § träder i kraft 2030-01-01"),
            "{status}"
        );
        let after = parse_text("x.txt", VERSIONS.as_bytes(), &hint_on("2030-01-01")).unwrap();
        assert_eq!(after.sections.len(), 4);
        assert_eq!(after.sections[1].subsections[0].text, "Ny lydelse.");
        let status = after.act.status.as_deref().unwrap_or_default();
        assert!(
            status.contains("1 kap. 2 § upphör att gälla 2030-01-01"),
            "{status}"
        );
        assert!(after.act.in_force);
    }

    #[test]
    fn sections_numbered_on_across_chapters_keep_no_chapter() {
        let text = "1 kap. Om avtals slutande

1 § Anbud.

2 § Svar.

2 kap. Om fullmakt

3 § Fullmakt.

4 § Mer.

3 kap. Om ogiltighet

5 § Tvång.
";
        let doc = parse_text("x.txt", text.as_bytes(), &hint_on("2026-01-01")).unwrap();
        assert_eq!(
            labels(&doc),
            [
                (None, "1"),
                (None, "2"),
                (None, "3"),
                (None, "4"),
                (None, "5")
            ]
        );
        assert_eq!(
            doc.sections[2].chapter_heading.as_deref(),
            Some("2 kap. Om fullmakt")
        );
        // Sections that restart in each chapter keep their chapter.
        let restart = "1 kap. A\n\n1 § a.\n\n2 § b.\n\n2 kap. B\n\n1 § c.\n";
        let doc = parse_text("x.txt", restart.as_bytes(), &hint_on("2026-01-01")).unwrap();
        assert_eq!(
            labels(&doc),
            [(Some("1"), "1"), (Some("1"), "2"), (Some("2"), "1")]
        );
    }

    #[test]
    fn a_citation_at_the_start_of_a_line_is_not_a_section() {
        let text = "1 § Första.

7 § Kommunen ska pröva ansökan.
3 § första stycket gäller inte.
1. när ansökan är ofullständig,
2. när avgiften inte är betald.

8 § Åttonde.

9 § Har upphävts genom lag (2010:123).

Övergångsbestämmelser

2099:7
1. Denna lag träder i kraft den 1 januari 2100.
2 § Äldre föreskrifter gäller fortfarande.
";
        let doc = parse_text("x.txt", text.as_bytes(), &hint_on("2026-01-01")).unwrap();
        assert_eq!(
            labels(&doc),
            [(None, "1"), (None, "7"), (None, "8"), (None, "9")]
        );
        let seventh = &doc.sections[1];
        // Without a blank line before it, the line goes on with the stycke.
        assert_eq!(seventh.subsections.len(), 1);
        assert_eq!(
            seventh.subsections[0].text,
            "Kommunen ska pröva ansökan. 3 § första stycket gäller inte."
        );
        assert_eq!(seventh.subsections[0].items.len(), 2);
        assert_eq!(
            doc.sections[3].subsections[0].text,
            "Har upphävts genom lag (2010:123)."
        );
    }

    /// A made-up page shaped as the Riksdag's pages of an act are: menus and a contents list
    /// before the text, the act's own mark run together with its first section, headings
    /// as `h4`, a table set in plain text as one `pre` per row, a heading and a section
    /// that follow a stycke with only a blank line, a sidebar and a footer after the text.
    const RIKSDAG_PAGE: &str = r##"<!DOCTYPE html><html lang="sv"><head><title>Förordning (2099:31) om prov | Sveriges riksdag</title></head>
<body><div><span aria-hidden="true">Förordning (2099:31) om prov undefined</span><a href="#content">Till innehåll på sidan</a>
<header><nav><ul><li><a href="/sv/">Start</a></li></ul></nav></header>
<main id="content"><hgroup><h1>Förordning (2099:31) om prov</h1></hgroup>
<section><h2>Svensk författningssamling</h2><p>Samlingen innehåller gällande lagar.</p></section>
<div class="sc-1 ab"><div class="sc-2 cd">
    SFS nr:
    2099:31<br/>
    Departement/myndighet:
    Provdepartementet <br/>
    Utfärdad:
    2099-06-22 <br/>
    <h3>Innehåll:</h3>
    <ul>
        <li><a href="#K1">1 kap. Inledning</a></li>
        <li><a href="#K2">2 kap. Bidrag</a></li>
        <li><a href="#overgang">Övergångsbestämmelser</a></li>
    </ul>
    <p><a name="S1"></a></p>
    <h3 name="K1"><a name="K1">1 kap. Inledning
    </a></h3>
    <p><a name="S2"></a></p>/Träder i kraft I:2099-08-10/
    1 § Denna förordning innehåller bestämmelser
    om bidrag.<p><a name="K1P1S2"></a></p>

    Förordningen är meddelad med stöd av 8 kap. 7 § regeringsformen.<p><a name="K1P1S3"></a></p>
    <h4 name="Ord"><a name="Ord">Ord i förordningen</a></h4>
    <p><a name="K1P1S4"></a></p><a name="K1P2"><b>2 §</b></a>   I förordningen betyder
    <p><a name="K1P2S2"></a></p>
    <pre>Ord            Betydelse
</pre>
    <pre>bidrag         pengar från staten
</pre>
    <pre>kommun         en kommun eller en region
</pre>
    <p><a name="K1P2S3"></a></p>

    Hjälp med ansökan

    3 § Myndigheten hjälper den som ansöker. <i>Förordning (2100:4)</i>.
    <p><a name="K1P3S2"></a></p>
    <i><i>/Rubriken upphör att gälla U:2099-12-31/</i></i>
    <p><a name="K1P3S3"></a></p><a name="K1P4"><b>4 §</b></a>   /Upphör att gälla
    U:2099-12-31 genom <i>förordning (2099:77)</i>./
    Bidrag lämnas för ett år i sänder.<p><a name="K1P4S2"></a></p><a name="K1P4"><b>4 §</b></a>   /Träder i kraft
    I:den dag som regeringen bestämmer/
    Bidrag lämnas för två år i sänder.<p><a name="K1P4S3"></a></p><br/>
    <h3 name="K2"><a name="K2">2 kap. Bidrag
    </a></h3>
    <p><a name="K2P1S1"></a></p><a name="K2P1"><b>1 §</b></a>   Bidrag söks hos myndigheten.
    <p><a name="K2P1S2"></a></p>
    <h3 name="overgang"><a name="overgang">Övergångsbestämmelser</a></h3>
    <p>1. Denna förordning träder i kraft den 10 augusti 2099.</p>
</div></div>
<section><h2>Svensk författningssamling</h2><p>Om en författning ändras ersätts den gamla texten.</p></section>
</main><footer><p>Till toppen</p><p>Kontakt</p></footer></div></body></html>"##;

    #[test]
    fn reads_a_riksdag_page_around_its_text() {
        let doc = parse_html(
            "sfs-2099-31.html",
            RIKSDAG_PAGE.as_bytes(),
            &hint_on("2099-09-01"),
        )
        .unwrap();
        assert_eq!(doc.act.title, "Förordning (2099:31) om prov");
        assert_eq!(doc.act.kind, ActKind::Regulation);
        assert_eq!(doc.act.ministry.as_deref(), Some("Provdepartementet"));
        assert_eq!(doc.act.date_signed.as_deref(), Some("2099-06-22"));
        // The contents list neither ends the text nor opens chapters, and the first section
        // is read although the act's mark runs into it.
        assert_eq!(
            labels(&doc),
            [
                (Some("1"), "1"),
                (Some("1"), "2"),
                (Some("1"), "3"),
                (Some("1"), "4"),
                (Some("2"), "1")
            ]
        );
        let first = &doc.sections[0];
        assert_eq!(first.chapter_heading.as_deref(), Some("Inledning"));
        let texts: Vec<&str> = first.subsections.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Denna förordning innehåller bestämmelser om bidrag.",
                "Förordningen är meddelad med stöd av 8 kap. 7 § regeringsformen."
            ]
        );
        // The table is one stycke, its rows in order.
        let second = &doc.sections[1];
        assert_eq!(second.heading.as_deref(), Some("Ord i förordningen"));
        assert_eq!(second.subsections.len(), 2, "{:?}", second.subsections);
        assert!(
            second.subsections[1]
                .text
                .starts_with("Ord Betydelse bidrag pengar från staten"),
            "{}",
            second.subsections[1].text
        );
        // A heading and a section set apart by a blank line only; the heading's version
        // mark is not text.
        let third = &doc.sections[2];
        assert_eq!(third.heading.as_deref(), Some("Hjälp med ansökan"));
        assert_eq!(third.subsections.len(), 1);
        assert_eq!(
            third.subsections[0].text,
            "Myndigheten hjälper den som ansöker."
        );
        // Two versions of 4 §: the one that ends, naming its amending act, is in force
        // until the day; the one whose day the government has not set has not begun.
        let fourth = &doc.sections[3];
        assert_eq!(
            fourth.subsections[0].text,
            "Bidrag lämnas för ett år i sänder."
        );
        assert!(
            doc.act
                .status
                .as_deref()
                .is_some_and(|s| s.contains("4 § träder i kraft den dag som regeringen bestämmer")),
            "{:?}",
            doc.act.status
        );
        // Nothing after the text (sidebar, footer) is read into the last section.
        let last = &doc.sections[4];
        assert_eq!(last.subsections.len(), 1);
        assert_eq!(last.subsections[0].text, "Bidrag söks hos myndigheten.");
    }

    /// A made-up act as the Government Offices' database gives it: the consolidated text
    /// in one element, wrapped at about 60 characters, long headings over two lines.
    const WRAPPED_PAGE: &str = r##"<html><body><div class="search-results-content">
<div class="result-inner-box bold">SFS-nummer · 2099:40</div>
<div class="result-inner-box"><span class="bold">Lag (2099:40) om provning</span></div>
<div class="result-inner-box"><span class="bold">Departement:</span> Provdepartementet</div>
<div class="result-inner-box"><div class="result-box-text body-text">/Tr&#228;der i kraft I:2099-01-01/
        1 kap. Inledande best&#228;mmelser om provning och om
        undantag fr&#229;n provning

        Best&#228;mmelser som g&#228;ller till f&#246;rm&#229;n f&#246;r
        s&#229;v&#228;l enskilda som
        myndigheter

        1 &#167; Denna lag g&#228;ller provning enligt 2 kap.
        3 &#167; milj&#246;balken och enligt 23 kap.
        21 a &#167; r&#228;tteg&#229;ngsbalken.

        2 &#167; F&#246;reskrifter om provning finns ocks&#229; i
        10 kap. 12 &#167; regeringsformen.

        3 &#167; Provningen ska vara avslutad inom ett &#229;r.

        2 kap. Avgifter

        1 &#167; Avgift tas ut f&#246;r provning.


        &#214;verg&#229;ngsbest&#228;mmelser

        2099:40

        1. Denna lag tr&#228;der i kraft den 1 januari 2099.</div></div>
</div></body></html>"##;

    #[test]
    fn reads_wrapped_text_shown_preformatted() {
        let doc = parse_html("rk.html", WRAPPED_PAGE.as_bytes(), &SfsHint::default()).unwrap();
        assert_eq!(doc.act.id, "2099:40");
        // "enligt 23 kap." ends a line but not a sentence, and "10 kap. 12 §" at the start
        // of a line is a citation, not a chapter.
        assert_eq!(
            labels(&doc),
            [
                (Some("1"), "1"),
                (Some("1"), "2"),
                (Some("1"), "3"),
                (Some("2"), "1")
            ]
        );
        let first = &doc.sections[0];
        assert_eq!(
            first.chapter_heading.as_deref(),
            Some("Inledande bestämmelser om provning och om undantag från provning")
        );
        assert_eq!(
            first.heading.as_deref(),
            Some("Bestämmelser som gäller till förmån för såväl enskilda som myndigheter")
        );
        assert_eq!(
            first.subsections[0].text,
            "Denna lag gäller provning enligt 2 kap. 3 § miljöbalken och enligt 23 kap. 21 a § rättegångsbalken."
        );
        assert_eq!(
            doc.sections[1].subsections[0].text,
            "Föreskrifter om provning finns också i 10 kap. 12 § regeringsformen."
        );
    }

    #[test]
    fn the_metadata_before_the_text_element_is_read() {
        // The Riksdag's open data gives the metadata first and the text in an element of
        // its own; what follows that element is not the act's.
        let html = r##"<b>SFS nr</b>: 2099:50<br /><b>Departement/myndighet</b>: Provdepartementet <br />
<b>Upphävd</b>: 2100-01-01<br /><hr />
<div>
<p><a name="S1"></a></p><a class="paragraf" name="P1"><b>1 §</b></a>   Lån får lämnas för<br />   1. köp, och<br />   2. bygge.<p><a name="P1S2"></a></p>Lån får lämnas även för annat.<br />Förordning
    (2099:60).<p><a name="P1S3"></a></p><a class="paragraf" name="P2"><b>2 §</b></a>   Kommunen lämnar lånen.</div>
<div class="sidebar"><p>Om webbplatsen</p></div>"##;
        let doc = parse_html("page.html", html.as_bytes(), &SfsHint::default()).unwrap();
        assert_eq!(doc.act.id, "2099:50");
        assert_eq!(doc.act.ministry.as_deref(), Some("Provdepartementet"));
        assert!(!doc.act.in_force);
        assert_eq!(labels(&doc), [(None, "1"), (None, "2")]);
        let first = &doc.sections[0];
        assert_eq!(first.subsections[0].items.len(), 2);
        assert_eq!(first.subsections[1].text, "Lån får lämnas även för annat.");
        let second = &doc.sections[1];
        assert_eq!(second.subsections.len(), 1);
        assert_eq!(second.subsections[0].text, "Kommunen lämnar lånen.");
    }

    #[test]
    fn an_untitled_act_is_an_ordinance_when_its_text_says_so() {
        let ordinance = "1 § Denna förordning gäller lån.\n\n2 § Lån enligt denna förordning lämnas av kommunen enligt lag.\n";
        let doc = parse_text("x.txt", ordinance.as_bytes(), &hint_on("2026-01-01")).unwrap();
        assert_eq!(doc.act.kind, ActKind::Regulation);
        assert_eq!(doc.act.title, format!("SFS {}", doc.act.id));
        let act =
            "1 § Denna lag gäller lån.\n\n2 § Regeringen meddelar föreskrifter om denna lag.\n";
        let doc = parse_text("x.txt", act.as_bytes(), &hint_on("2026-01-01")).unwrap();
        assert_eq!(doc.act.kind, ActKind::Act);
    }

    #[test]
    fn chapters_never_go_back() {
        // A chapter line whose number does not follow the chapter before is text of the
        // section before, as a wrapped citation is.
        let text = "1 kap. Första

1 § Första.

2 kap. Andra

1 § Se 
1 kap. Första gäller också.

3 kap. Tredje

1 § Tredje.
";
        let doc = parse_text("x.txt", text.as_bytes(), &hint_on("2026-01-01")).unwrap();
        assert_eq!(
            labels(&doc),
            [(Some("1"), "1"), (Some("2"), "1"), (Some("3"), "1")]
        );
        assert_eq!(
            doc.sections[1].subsections[0].text,
            "Se 1 kap. Första gäller också."
        );
    }

    #[test]
    fn today_is_a_date() {
        let day = today();
        assert_eq!(day.len(), 10, "{day}");
        assert!(day.as_str() > "2024-01-01", "{day}");
    }
}
