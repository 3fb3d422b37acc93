//! The decision letter as PDF: a small typesetter that wraps the letter's paragraphs to an
//! A4 page with margins and starts new pages as they fill.
//!
//! The text is set in Libertinus Serif, which comes from crates.io inside `typst-assets`
//! (no font file is kept in this repository). It covers Latin Extended, so Sámi names
//! ("Porsáŋgu", "Kárášjohka", "Čáhcesuolu") print as written. Each PDF embeds only the
//! glyphs it uses (subset with `subsetter`) as a Type0 font with Identity-H encoding, and
//! carries a ToUnicode map so its text can be copied and searched.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use ttf_parser::{Face, GlyphId};

/// One piece of the letter.
pub enum Block {
    Title(String),
    Heading(String),
    /// A paragraph, wrapped; its line breaks are kept.
    Text(String),
    /// One line in bold (the issuing authority).
    Strong(String),
    /// One line, as an address or a signature has them.
    Line(String),
    /// An empty line.
    Space,
}

/// Why a letter could not be set: only a font that did not load or subset, which is a
/// fault of the build, never of the letter.
#[derive(Clone, Debug, thiserror::Error)]
pub enum LetterPdfError {
    #[error("the letter font {0} is not among typst-assets' fonts")]
    MissingFont(&'static str),
    #[error("the letter font {0} could not be subset: {1}")]
    Subset(&'static str, String),
}

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 64.0;
const BODY: f32 = 10.5;

const REGULAR: &str = "LibertinusSerif-Regular";
const BOLD: &str = "LibertinusSerif-Bold";

/// A font of the letter: its file as the crate ships it and the parsed face.
struct Font {
    name: &'static str,
    data: &'static [u8],
    face: Face<'static>,
}

impl Font {
    /// The font among typst-assets' fonts whose PostScript name is `name`.
    fn find(name: &'static str) -> Option<Font> {
        typst_assets::fonts().find_map(|data| {
            let face = Face::parse(data, 0).ok()?;
            let found = face.names().into_iter().any(|n| {
                n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME
                    && n.to_string().as_deref() == Some(name)
            });
            found.then_some(Font { name, data, face })
        })
    }

    /// The glyph for a character; 0 (the font's "missing" box) if it has none.
    fn glyph(&self, c: char) -> u16 {
        let c = if c == '\t' { ' ' } else { c };
        self.face.glyph_index(c).map_or(0, |g| g.0)
    }

    /// A glyph's advance in thousandths of an em, the unit of PDF font widths.
    fn advance(&self, glyph: u16) -> f32 {
        let units = self.face.glyph_hor_advance(GlyphId(glyph)).unwrap_or(0);
        f32::from(units) * 1000.0 / f32::from(self.face.units_per_em())
    }

    /// The text's width in points at `size`, from the font's own advances.
    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| self.advance(self.glyph(c)))
            .sum::<f32>()
            * size
            / 1000.0
    }

    /// A font-unit measure in thousandths of an em.
    fn scaled(&self, units: i16) -> f32 {
        f32::from(units) * 1000.0 / f32::from(self.face.units_per_em())
    }
}

/// The regular and bold faces, parsed once.
static FONTS: LazyLock<Result<[Font; 2], LetterPdfError>> = LazyLock::new(|| {
    let regular = Font::find(REGULAR).ok_or(LetterPdfError::MissingFont(REGULAR))?;
    let bold = Font::find(BOLD).ok_or(LetterPdfError::MissingFont(BOLD))?;
    Ok([regular, bold])
});

/// Breaks a paragraph into lines no wider than `max` points.
fn wrap(font: &Font, text: &str, size: f32, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if font.width(&candidate, size) <= max || line.is_empty() {
                line = candidate;
            } else {
                lines.push(std::mem::take(&mut line));
                line = word.to_owned();
            }
        }
        lines.push(line);
    }
    lines
}

/// One set line: bold or not, its size, its baseline and its text.
struct SetLine {
    strong: bool,
    size: f32,
    y: f32,
    text: String,
}

/// Lays the blocks out on as many pages as they need.
fn layout(fonts: &[Font; 2], blocks: &[Block]) -> Vec<Vec<SetLine>> {
    let mut pages: Vec<Vec<SetLine>> = vec![Vec::new()];
    let mut y = HEIGHT - MARGIN;
    let max = WIDTH - 2.0 * MARGIN;
    for block in blocks {
        let (strong, size, before, text) = match block {
            Block::Title(t) => (true, 14.0, 10.0, t.as_str()),
            Block::Heading(t) => (true, 11.5, 9.0, t.as_str()),
            Block::Text(t) => (false, BODY, 3.0, t.as_str()),
            Block::Strong(t) => (true, BODY, 0.0, t.as_str()),
            Block::Line(t) => (false, BODY, 0.0, t.as_str()),
            Block::Space => {
                y -= BODY;
                continue;
            }
        };
        y -= before;
        let font = &fonts[usize::from(strong)];
        for text in wrap(font, text, size, max) {
            let leading = size * 1.35;
            if y - leading < MARGIN {
                pages.push(Vec::new());
                y = HEIGHT - MARGIN;
            }
            y -= leading;
            if let Some(page) = pages.last_mut() {
                page.push(SetLine {
                    strong,
                    size,
                    y,
                    text,
                });
            }
        }
    }
    pages
}

/// A font as this PDF uses it: the glyphs kept, renumbered from 1, and the characters
/// each stands for.
struct Used<'f> {
    font: &'f Font,
    remapper: subsetter::GlyphRemapper,
    chars: BTreeMap<u16, char>,
}

impl<'f> Used<'f> {
    fn new(font: &'f Font) -> Self {
        Used {
            font,
            remapper: subsetter::GlyphRemapper::new(),
            chars: BTreeMap::new(),
        }
    }

    /// The text as the subset's glyph ids, two bytes each (Identity-H).
    fn encode(&mut self, text: &str) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let glyph = self.remapper.remap(self.font.glyph(c));
            if glyph != 0 {
                self.chars.entry(glyph).or_insert(c);
            }
            bytes.extend_from_slice(&glyph.to_be_bytes());
        }
        bytes
    }
}

/// The next free object ids, in order.
struct Ids(i32);

impl Ids {
    fn next(&mut self) -> Ref {
        self.0 += 1;
        Ref::new(self.0)
    }
}

/// Sets the blocks on as many pages as they need and returns the PDF.
pub fn render(title: &str, blocks: &[Block]) -> Result<Vec<u8>, LetterPdfError> {
    let fonts = FONTS.as_ref().map_err(Clone::clone)?;
    let pages = layout(fonts, blocks);
    let mut used = [Used::new(&fonts[0]), Used::new(&fonts[1])];
    let names = [Name(b"F1"), Name(b"F2")];

    let mut pdf = Pdf::new();
    let mut ids = Ids(0);
    let catalog = ids.next();
    let tree = ids.next();
    let info = ids.next();
    let type0 = [ids.next(), ids.next()];
    let page_ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (ids.next(), ids.next())).collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().map(|(page, _)| *page))
        .count(i32::try_from(pages.len()).unwrap_or(1));
    pdf.document_info(info).title(TextStr(title));
    for ((page_id, content_id), lines) in page_ids.iter().zip(&pages) {
        let mut page = pdf.page(*page_id);
        page.media_box(Rect::new(0.0, 0.0, WIDTH, HEIGHT));
        page.parent(tree);
        page.contents(*content_id);
        let mut resources = page.resources();
        let mut page_fonts = resources.fonts();
        for (name, id) in names.iter().zip(type0) {
            page_fonts.pair(*name, id);
        }
        page_fonts.finish();
        resources.finish();
        page.finish();
        let mut content = Content::new();
        for line in lines {
            let which = usize::from(line.strong);
            content.begin_text();
            content.set_font(names[which], line.size);
            content.next_line(MARGIN, line.y);
            content.show(Str(&used[which].encode(&line.text)));
            content.end_text();
        }
        pdf.stream(*content_id, &content.finish());
    }
    for (used, type0) in used.iter().zip(type0) {
        write_font(&mut pdf, &mut ids, type0, used)?;
    }
    Ok(pdf.finish())
}

/// Writes one font as the PDF needs it: the Type0 font, its CID font with the glyphs'
/// widths, the descriptor, the subset font program and the ToUnicode map.
fn write_font(
    pdf: &mut Pdf,
    ids: &mut Ids,
    type0: Ref,
    used: &Used<'_>,
) -> Result<(), LetterPdfError> {
    let font = used.font;
    let cid = ids.next();
    let descriptor = ids.next();
    let program = ids.next();
    let to_unicode = ids.next();
    // A subset is named with a tag of six capitals before its PostScript name; the tag
    // only has to differ between subsets in one file.
    let tag = if font.name == BOLD {
        "FRIRUB"
    } else {
        "FRIRUR"
    };
    let base = format!("{tag}+{}", font.name);
    let cff = font.face.tables().cff.is_some();

    pdf.type0_font(type0)
        .base_font(Name(base.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(to_unicode);

    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    let mut cid_font = pdf.cid_font(cid);
    cid_font
        .subtype(if cff {
            CidFontType::Type0
        } else {
            CidFontType::Type2
        })
        .base_font(Name(base.as_bytes()))
        .system_info(system)
        .font_descriptor(descriptor);
    if !cff {
        cid_font.cid_to_gid_map_predefined(Name(b"Identity"));
    }
    // The subset's glyphs are numbered in the order they were first used, so their
    // widths follow one another from CID 0.
    cid_font.widths().consecutive(
        0,
        used.remapper.remapped_gids().map(|old| font.advance(old)),
    );
    cid_font.finish();

    let bbox = font.face.global_bounding_box();
    let mut flags = FontFlags::NON_SYMBOLIC;
    if font.name.contains("Serif") {
        flags |= FontFlags::SERIF;
    }
    let mut desc = pdf.font_descriptor(descriptor);
    desc.name(Name(base.as_bytes()))
        .flags(flags)
        .bbox(Rect::new(
            font.scaled(bbox.x_min),
            font.scaled(bbox.y_min),
            font.scaled(bbox.x_max),
            font.scaled(bbox.y_max),
        ))
        .italic_angle(font.face.italic_angle())
        .ascent(font.scaled(font.face.ascender()))
        .descent(font.scaled(font.face.descender()))
        .cap_height(font.scaled(font.face.capital_height().unwrap_or(font.face.ascender())))
        // The stem width is not in the font; these are the usual estimates.
        .stem_v(if font.name == BOLD { 140.0 } else { 80.0 });
    if cff {
        desc.font_file3(program);
    } else {
        desc.font_file2(program);
    }
    desc.finish();

    let subset = subsetter::subset(font.data, 0, &used.remapper)
        .map_err(|e| LetterPdfError::Subset(font.name, e.to_string()))?;
    let mut stream = pdf.stream(program, &subset);
    if cff {
        stream.pair(Name(b"Subtype"), Name(b"OpenType"));
    }
    stream.finish();

    let mut cmap = UnicodeCmap::new(Name(b"Frirum-Identity-UCS"), system);
    for (glyph, c) in &used.chars {
        cmap.pair(*glyph, *c);
    }
    pdf.cmap(to_unicode, &cmap.finish());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> &'static [Font; 2] {
        match FONTS.as_ref() {
            Ok(fonts) => fonts,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn the_fonts_cover_nordic_and_sami_letters() {
        for font in fonts() {
            for c in "ŋŊčČđĐŧŦšŠžŽáÁæÆøØåÅäÄöÖéü§–—€«»".chars() {
                assert_ne!(font.glyph(c), 0, "{} has no glyph for {c}", font.name);
            }
        }
    }

    #[test]
    fn long_paragraphs_wrap_and_fill_pages() {
        let long = "Forsøget er velbegrundet. ".repeat(400);
        let font = &fonts()[0];
        let lines = wrap(font, &long, BODY, WIDTH - 2.0 * MARGIN);
        assert!(lines.len() > 50);
        assert!(
            lines
                .iter()
                .all(|l| font.width(l, BODY) <= WIDTH - 2.0 * MARGIN)
        );
        let pages = layout(
            fonts(),
            &[Block::Title("Afgørelse".into()), Block::Text(long.clone())],
        );
        assert!(pages.len() > 1);
        let pdf = render(
            "Test",
            &[Block::Title("Afgørelse".into()), Block::Text(long)],
        )
        .expect("renders");
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        assert_eq!(text.matches("/Type /Page\n").count(), pages.len());
    }

    /// The ToUnicode maps' `<glyph> <utf-16>` pairs, read back from the PDF.
    fn unicode_maps(pdf: &[u8]) -> Vec<BTreeMap<u16, char>> {
        let text = String::from_utf8_lossy(pdf);
        text.split("beginbfchar")
            .skip(1)
            .map(|section| {
                let body = section.split("endbfchar").next().unwrap_or_default();
                body.lines()
                    .filter_map(|line| {
                        let mut parts = line.split_whitespace().map(|p| p.trim_matches(['<', '>']));
                        let glyph = u16::from_str_radix(parts.next()?, 16).ok()?;
                        let unit = u16::from_str_radix(parts.next()?, 16).ok()?;
                        Some((glyph, char::from_u32(u32::from(unit))?))
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn sami_names_are_set_with_real_glyphs_and_can_be_read_back() {
        let names = ["Porsáŋgu", "Kárášjohka", "Čáhcesuolu"];
        let blocks = vec![
            Block::Strong("Porsanger - Porsáŋgu - Porsanki".into()),
            Block::Line("Kárášjohka".into()),
            Block::Text("Čáhcesuolu ja Unjárga: đ ŧ ž".into()),
        ];
        let pdf = render("Vedtak", &blocks).expect("renders");
        assert!(pdf.starts_with(b"%PDF-"));
        // Every character of the letter has a glyph of its own: nothing falls back.
        let mut used = [Used::new(&fonts()[0]), Used::new(&fonts()[1])];
        for name in names {
            for (which, font) in used.iter_mut().enumerate() {
                let encoded = font.encode(name);
                assert!(
                    encoded.chunks(2).all(|g| g != [0, 0]),
                    "{name} falls back in font {which}"
                );
            }
        }
        // The ToUnicode maps give the letters back, so the PDF's text can be searched.
        let maps = unicode_maps(&pdf);
        assert_eq!(maps.len(), 2);
        let known: String = maps.iter().flat_map(|m| m.values()).collect();
        for c in names.concat().chars() {
            assert!(known.contains(c), "{c} is missing from the ToUnicode maps");
        }
        // Reading the shown text back through the maps spells the names.
        let shown = shown_text(&pdf, &maps);
        for name in names {
            assert!(shown.contains(name), "{name} not in {shown:?}");
        }
        assert!(!shown.contains('?'));
    }

    /// The text the PDF's content streams show, decoded with the fonts' ToUnicode maps
    /// (`/F1` regular, `/F2` bold), one line per string shown.
    fn shown_text(pdf: &[u8], maps: &[BTreeMap<u16, char>]) -> String {
        let mut out = String::new();
        let streams = split(pdf, b"stream\n")
            .into_iter()
            .skip(1)
            .filter(|s| s.starts_with(b"BT"));
        for stream in streams {
            let mut font = 0;
            let mut i = 0;
            while i < stream.len() {
                let rest = &stream[i..];
                if rest.starts_with(b"endstream") {
                    break;
                } else if rest.starts_with(b"/F1 ") {
                    font = 0;
                } else if rest.starts_with(b"/F2 ") {
                    font = 1;
                } else if rest.starts_with(b"(")
                    || (rest.starts_with(b"<") && !rest.starts_with(b"<<"))
                {
                    let (bytes, len) = if rest[0] == b'(' {
                        literal(rest)
                    } else {
                        hex(rest)
                    };
                    for g in bytes.chunks(2) {
                        let glyph = u16::from_be_bytes([g[0], g.get(1).copied().unwrap_or(0)]);
                        out.push(maps[font].get(&glyph).copied().unwrap_or('?'));
                    }
                    out.push('\n');
                    i += len;
                    continue;
                }
                i += 1;
            }
        }
        out
    }

    fn split<'a>(haystack: &'a [u8], needle: &[u8]) -> Vec<&'a [u8]> {
        let mut parts = Vec::new();
        let mut start = 0;
        let mut i = 0;
        while i + needle.len() <= haystack.len() {
            if &haystack[i..i + needle.len()] == needle {
                parts.push(&haystack[start..i]);
                i += needle.len();
                start = i;
            } else {
                i += 1;
            }
        }
        parts.push(&haystack[start..]);
        parts
    }

    /// A literal string `( … )` at the start of `s`: its bytes and its length in `s`.
    fn literal(s: &[u8]) -> (Vec<u8>, usize) {
        let mut bytes = Vec::new();
        let mut depth = 0;
        let mut i = 1;
        while i < s.len() {
            match s[i] {
                b'\\' => {
                    i += 1;
                    let octal: Vec<u8> = s[i..]
                        .iter()
                        .take(3)
                        .take_while(|b| (b'0'..=b'7').contains(b))
                        .copied()
                        .collect();
                    if octal.is_empty() {
                        bytes.push(match s[i] {
                            b'n' => b'\n',
                            b'r' => b'\r',
                            b't' => b'\t',
                            b'b' => 8,
                            b'f' => 12,
                            other => other,
                        });
                    } else {
                        let value = octal.iter().fold(0u32, |v, d| v * 8 + u32::from(d - b'0'));
                        bytes.push(u8::try_from(value).unwrap_or(0));
                        i += octal.len() - 1;
                    }
                }
                b'(' => {
                    depth += 1;
                    bytes.push(b'(');
                }
                b')' if depth == 0 => return (bytes, i + 1),
                b')' => {
                    depth -= 1;
                    bytes.push(b')');
                }
                other => bytes.push(other),
            }
            i += 1;
        }
        (bytes, i)
    }

    /// A hex string `< … >` at the start of `s`: its bytes and its length in `s`.
    fn hex(s: &[u8]) -> (Vec<u8>, usize) {
        let end = s.iter().position(|b| *b == b'>').unwrap_or(s.len());
        let digits: Vec<u8> = s[1..end]
            .iter()
            .filter(|b| b.is_ascii_hexdigit())
            .copied()
            .collect();
        let bytes = digits
            .chunks(2)
            .map(|pair| {
                let text = std::str::from_utf8(pair).unwrap_or("0");
                u8::from_str_radix(&format!("{text:0<2}"), 16).unwrap_or(0)
            })
            .collect();
        (bytes, end + 1)
    }
}
