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
/// text after a section or chapter number.
static VERSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^/(?:Upphör att gälla|Träder i kraft)\s+(?P<kind>[UI]):(?P<date>\d{4}-\d{2}-\d{2})\s*/\s*")
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
        .or_else(|| header.title.clone())
        .unwrap_or_else(|| format!("SFS {sfs}"));
    let title = clean_text(&title);
    let kind = kind_of(&title);
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
    current: Option<Section>,
    /// The version mark of the chapter and of the section being filled.
    chapter_version: Option<Version>,
    current_version: Option<Version>,
    sections: Vec<(Section, Option<Version>)>,
}

/// A version mark: "U" (in force until the date) or "I" (in force from it), and the date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Version {
    until: bool,
    date: String,
}

impl Version {
    fn in_force_on(&self, on: &str) -> bool {
        if self.until {
            on < self.date.as_str()
        } else {
            on >= self.date.as_str()
        }
    }

    fn describe(&self) -> String {
        if self.until {
            format!("upphör att gälla {}", self.date)
        } else {
            format!("träder i kraft {}", self.date)
        }
    }
}

/// Reads a version mark at the start of `text`, returning it and the text after it.
pub(super) fn version_mark(text: &str) -> (Option<Version>, &str) {
    match VERSION.captures(text) {
        Some(caps) => {
            let version = Version {
                until: &caps["kind"] == "U",
                date: caps["date"].to_owned(),
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
        for index in 0..self.lines.len() {
            let line = self.lines[index];
            if line.is_empty() {
                block_start = true;
                continue;
            }
            // Structure starts a new paragraph, or a line after a finished sentence.
            let may_open = block_start || after_terminal;
            let was_block_start = block_start;
            let chapter_awaits_heading = std::mem::take(&mut self.chapter_awaits_heading);
            block_start = false;
            after_terminal = ends_sentence(line);
            if may_open {
                if END.is_match(line) {
                    break;
                }
                if let Some(caps) = CHAPTER.captures(line) {
                    self.finish();
                    self.chapter = Some(space_letter(&caps[1]));
                    let (version, heading) = version_mark(caps.get(2).map_or("", |h| h.as_str()));
                    self.chapter_version = version;
                    self.chapter_heading = clean_opt(heading);
                    self.chapter_awaits_heading = self.chapter_heading.is_none();
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

    /// Whether line `index` is a heading: short, no section sign, no closing punctuation,
    /// and followed by a section, a chapter or another heading.
    fn is_heading_at(&self, index: usize, depth: usize) -> bool {
        let line = self.lines[index];
        let shaped = line.chars().count() <= 120
            && !line.contains('§')
            && !ends_sentence(line)
            && !line.ends_with(',')
            && line.chars().next().is_some_and(char::is_uppercase)
            && !ITEM.is_match(line)
            && !HEADER.is_match(line)
            && !SFS_NUMBER.is_match(line);
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
    line.ends_with(['.', ':', ';'])
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
    let mut out = TextOut::default();
    emit(body, &mut out, false);
    out.text
}

static ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:K\d+[a-z]?)?(?:P\d+[a-z]?(?:S\d+(N\d+)?)?)?$").expect("valid regex")
});

fn emit(el: ElementRef<'_>, out: &mut TextOut, pre: bool) {
    for child in el.children() {
        match child.value() {
            Node::Text(text) => {
                if pre {
                    out.raw(text);
                } else {
                    out.inline(text);
                }
            }
            Node::Element(e) => {
                let name = e.name();
                let toc = e.classes().any(|c| c.contains("toc")) || e.id() == Some("toc");
                if toc
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
                    emit(child, out, pre);
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
                        | "pre"
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
                let line = matches!(name, "li" | "tr" | "dt" | "dd" | "ul" | "ol" | "dl");
                if paragraph {
                    out.blank_line();
                } else if line {
                    out.newline();
                } else if matches!(name, "td" | "th") {
                    out.inline(" ");
                }
                emit(child, out, pre || name == "pre");
                if paragraph {
                    out.blank_line();
                } else if line {
                    out.newline();
                }
            }
            _ => {}
        }
    }
}

/// The text being built, with paragraph and line breaks that never pile up.
#[derive(Debug, Default)]
struct TextOut {
    text: String,
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

    #[test]
    fn today_is_a_date() {
        let day = today();
        assert_eq!(day.len(), 10, "{day}");
        assert!(day.as_str() > "2024-01-01", "{day}");
    }
}
