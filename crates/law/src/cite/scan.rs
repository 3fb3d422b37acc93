//! The scanner: walks the text, recognises the shapes that citations take in each language
//! (section groups, chapters, Swedish "3 kap. 2 §", relative references, acts on their own)
//! and turns them into [`Citation`]s.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::act::{ActMatch, Mode};
use super::words::{self, ORD_NO, ORD_SE};
use super::{ActIndex, ActKind, ActRef, Citation, Context, Jurisdiction};

/// Compiles one of the parser's fixed patterns.
pub(super) fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("the citation patterns are valid regexes")
}

static WS: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*"));
static WS1: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+"));
static SECT_SIGN: LazyLock<Regex> = LazyLock::new(|| re(r"^§\s?§?"));
static WS_THEN_SECT: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*§"));
/// Spaces, not a line break, then a digit: a Swedish provision right after an act.
static SPACES_THEN_DIGIT: LazyLock<Regex> = LazyLock::new(|| re(r"^[ \t\u{a0}]+\d"));
static NO_SECT_NUM: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?P<v>\d{1,4}(?:-\d{1,3})?(?:\s?[a-hj-zA-HJ-Z])?)\b"));
static DK_SECT_NUM: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?P<v>\d{1,4}(?:\s?[a-hj-zA-HJ-Z])?)\b"));
/// What may not follow a number for it to be a provision: decimals, times, sentences.
static NOT_AFTER_NUM: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:[.,:]\d|\.\s*(?i:pkt|punktum|ledd)\b)"));
static NO_SEP: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:\s*,\s*|\s+(?i:og|eller|samt|til)\s+|\s*[–—]\s*|\s+-\s+)"));
/// Danish sections have no hyphen of their own, so a hyphen between them is a range.
static DK_SEP: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:\s*,\s*|\s+(?i:og|eller|samt|til)\s+|\s*[–—-]\s*)"));
static VAL_SEP: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:\s*,\s*|\s+(?i:og|eller|samt|och|til|till)\s+|\s*[–—-]\s*)"));
static ACT_AFTER_ND: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*,?\s+(?i:i)\s+"));
static ACT_AFTER_SE: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+(?:(?i:i)\s+)?"));
/// A Swedish amendment note, "Lag (2018:175)." at the end of a section: an act by its kind
/// and number alone, capitalised as a sentence starts.
static SE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:Lag|Förordning|Kungörelse|Stadga|Balk|Brev|Reglemente)\s*\(\s*\d{4}\s*:\s*\d+\s*\)")
});
static IN_SECTION: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+(?i:i)\s+§"));
static IN_WORD: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+(?i:i)\s+"));
static CHAP_KW: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?i:kapittel|kapitel|kapitlene|kapitlerne|kapitla|kap\.)\s*"));
static WS_CHAP: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s+(?i:kapittel|kapitel|kapitlene|kapitlerne|kapitla|kap\.)"));
static CHAP_NUM: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?P<v>\d{1,3}(?:\s?[a-hj-zA-HJ-Z])?\b|[IVXLC]{1,6}\b)"));
static NO_ORD: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"^\s*(?P<v>(?i:{ORD_NO})\b|\d{{1,2}}\.)")));
static LEDD: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+(?i:ledd)\b"));
static PAREN_SUB: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*\((?P<v>\d{1,2})\)"));
static NO_PUNKTUM: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^\s*,?\s*(?i:(?:{ORD_NO})\b|\d{{1,2}}\.)(?:(?:\s*,\s*|\s+(?i:og|eller|til)\s+)(?i:(?:{ORD_NO})\b|\d{{1,2}}\.))*\s*(?i:punktum\b|pkt\b\.?)"
    ))
});
static ITEM_LETTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*,?\s*(?i:bokstav|litra)\s+(?P<v>[a-zæøå])\b"));
static LETTER_VAL: LazyLock<Regex> = LazyLock::new(|| re(r"^(?P<v>[a-zæøå])\b"));
static ITEM_NR: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*,?\s*(?i:nr\.?|nummer)\s*(?P<v>\d{1,3})\b"));
static NUM_VAL: LazyLock<Regex> = LazyLock::new(|| re(r"^(?P<v>\d{1,3})\b"));
static DK_STK: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*,?\s*(?i:stk\.?)\s*(?P<v>\d{1,2})\b"));
static DK_PKT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*,?\s*\d{1,2}\.(?:(?:\s*,\s*|\s+(?i:og|eller)\s+|\s*[-–]\s*)\d{1,2}\.)*\s*(?i:pkt\b\.?|punktum\b)",
    )
});
/// A chapter's or section's number, "3" or "3 a"; "31 i" too, whose letter is otherwise the
/// preposition: a list of them counts only when "kap." or "§" follows.
static SE_NUM: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?P<v>\d{1,3} ?i|\d{1,3}(?:\s?[a-hj-zA-HJ-Z])?)\b"));
static SE_KAP: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?i:kap\.|kapitlet\b|kap\b)"));
static SE_SECT: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*§§?"));
/// "--" is how older SFS texts write the dash of a range ("10--25 §§").
static SE_SEP: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:\s*,\s*|\s+(?i:och|eller|samt|till)\s+|\s*(?:--|[–—-])\s*)"));
/// Stycken of the section just cited, after "och", "eller" or a comma: "49 § första stycket 1
/// och andra stycket".
static SE_STYCKE_AHEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?:(?i:(?:{ORD_SE})(?:\s*(?:,|och|eller|--|[–—-])\s*(?:{ORD_SE}))*\s+(?:stycket|styckena))\b|\d{{1,2}}\s*(?i:st\.))"
    ))
});
/// Chapter and section written with a colon: "29:5". Not "10:30" of a clock nor "2017:725"
/// of an SFS number: only next to an act, and chapters have one or two digits.
static SE_COLON: LazyLock<Regex> = LazyLock::new(|| re(r"^(?P<c>\d{1,2}):(?P<s>\d{1,3})"));
/// A name or short name right before such a provision: "BrB 3:1".
static SE_NAME_COLON: LazyLock<Regex> = LazyLock::new(|| re(r"^\p{L}[\p{L}-]*\s+\d{1,2}:\d"));
/// What joins the provisions of a list whose act comes after the last: "och", "samt", and
/// "jämfört med" ("17 § tredje stycket jämfört med 38 § första stycket fordonskungörelsen").
static SE_CHAIN: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:\s*,\s*|\s+(?i:och|eller|samt|jämfört\s+med|jämförd\s+med)\s+)"));
static SE_ORD: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"^\s*(?P<v>(?i:{ORD_SE}))\b")));
static SE_STYCKE: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+(?i:stycket|styckena)\b"));
static SE_ST: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?P<v>\d{1,2})\s*(?i:st\.)"));
static SE_MENING: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^\s+(?i:(?:{ORD_SE})(?:(?:\s*,\s*|\s+och\s+)(?:{ORD_SE}))*\s+(?:meningen|meningarna))\b"
    ))
});
/// A point written as a bare number, "3" or "3 a" (never "1 i", a preposition, nor the
/// "p" of "2 p."), or as a bare letter, as older acts number them ("första stycket a").
static SE_PUNKT_BARE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s+(?P<v>\d{1,2}(?:\s?[a-hj-oq-z])?|[a-h])\b"));
/// The next point of a list after "stycket": "1 och 3", "a och b".
static SE_PUNKT_NEXT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?P<v>\d{1,2}(?:\s?[a-hj-oq-z])?|[a-h])\b"));
static SE_PUNKTEN: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+(?P<v>\d{1,2})\s+(?i:punkten)\b"));
/// A moment's or an abbreviated point's number, and the word after the last of a list of
/// moments: "1 och 3 mom.".
static SE_MOM_NUM: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?P<v>\d{1,2})\b"));
static SE_MOM: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?i:mom\.)"));
/// "i samma kapitel" after a section: the chapter of the section cited before.
static SE_SAME_CHAPTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s+(?:(?i:i)\s+)?(?i:samma\s+kapitel)\b"));
/// "tredje stycket i samma paragraf": a stycke of the section cited before, whatever its act.
static SE_SAME_SECTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:(?i:i)\s+)?(?i:samma\s+(?:paragraf|§)|(?:nyss\s+)?nämnda\s+paragraf|den\s+paragrafen)\b",
    )
});
/// What joins an act to its short name written right after it: "(LVM)", ", MBL,".
static SHORT_NAME_GAP: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?:\(|,)\s*$"));
static SE_PREVIOUS_STYCKE: LazyLock<Regex> = LazyLock::new(|| re(r"^(?i:föregående\s+stycke)\b"));
/// A genitive before a chapter number ("bokens 1 kap.") names a book or a report.
static GENITIVE_BEFORE: LazyLock<Regex> = LazyLock::new(|| re(r"(?P<w>\p{L}+s)\s*$"));
static SE_PUNKT_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*,?\s*(?i:punkt(?:en|erna)?|p\.)\s*(?P<v>\d{1,2})\b"));
/// The abbreviation after the last of a list of points: "1 och 2 p.".
static SE_P: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?i:p\.)"));
/// What may not follow a Swedish item number: the next chapter or section, a decimal, the
/// rest of a word ("a-kassa"), or the first of a list of sections ("110 § 1 och 4 samt 111
/// och 112 §§").
static SE_NOT_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\s*(?i:kap\b|kap\.|§|st\.|p\.|mom\.)|[.,:]\d|-\p{L}|\s?[a-z]\s*(?:§|(?i:kap)\b)|(?:\s*(?:,|--|[–-])\s*|\s+(?:och|eller|samt|till)\s+)\d{1,3}(?:\s?[a-z])?\s*§§)",
    )
});

/// An SFS number inside an act's name, left out when names are compared.
static SFS_IN_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"\s*\(\s*(?:SFS\s*)?\d{4}:\s?\d{1,4}\s*\)"));
/// The end of a clause after a citation: a comma, a semicolon, a closing parenthesis, a full
/// stop before a capital or at the end, or the end of the text.
static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?:[,;)]|\.(?:\s+\p{Lu}|\s*$)|$)"));
/// Words that go on a sentence after a point ("i 14 § 1 som har samband med kön", "enligt
/// 2 § 3 ska"), never after a count or an amount ("5 § 2 månader").
static POINT_FOLLOWS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:som|ska|skall|får|gäller|är|har|kan|samt|döms|avses|anges|inte|ej|i|eller|om|när|då)\b",
    )
});

/// Between two items of a list of numbered acts: a comma or "og", after an optional
/// parenthesis.
static LIST_GAP: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:\s*\([^()]*\))?\s*(?:,|og|samt)\s*$"));
static INSIDE_PARENTHESIS: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*\([^()]*$"));
/// The longest gap between two items of such a list.
const MAX_LIST_GAP: usize = 200;

/// A cursor over the text; every pattern is matched anchored at its position.
pub(super) struct Cursor<'t> {
    text: &'t str,
    pub(super) pos: usize,
}

impl<'t> Cursor<'t> {
    pub(super) fn new(text: &'t str, pos: usize) -> Self {
        Self { text, pos }
    }

    fn rest(&self) -> &'t str {
        self.text.get(self.pos..).unwrap_or("")
    }

    /// The match of `re` at the cursor, without moving.
    pub(super) fn peek(&self, re: &Regex) -> Option<Captures<'t>> {
        re.captures(self.rest())
    }

    /// Whether `re` matches at the cursor.
    pub(super) fn is(&self, re: &Regex) -> bool {
        re.is_match(self.rest())
    }

    /// The match of `re` at the cursor, moving past it.
    pub(super) fn eat(&mut self, re: &Regex) -> Option<Captures<'t>> {
        let caps = self.peek(re)?;
        self.pos += caps.get(0)?.end();
        Some(caps)
    }

    /// The group `v` of a match of `re` at the cursor, moving past the whole match.
    fn eat_val(&mut self, re: &Regex) -> Option<Val> {
        let caps = self.peek(re)?;
        let v = caps.name("v")?;
        let start = self.pos + v.start();
        self.pos += caps.get(0)?.end();
        Some(Val {
            start,
            end: self.pos,
            text: v.as_str().split_whitespace().collect::<Vec<_>>().join(" "),
        })
    }
}

/// One value read from the text, such as "9-8" or "annet".
#[derive(Debug, Clone)]
struct Val {
    start: usize,
    end: usize,
    text: String,
}

/// The levels of a citation, from the act down; a part of a list names one level and
/// inherits those above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Act,
    Chapter,
    Section,
    Subsection,
    Item,
}

/// One citation in the making.
#[derive(Debug, Clone)]
struct Part {
    start: usize,
    end: usize,
    chapter: Option<String>,
    section: Option<String>,
    subsection: Option<u32>,
    item: Option<String>,
    moment: Option<u32>,
    /// The highest level this part writes out itself.
    top: Level,
}

impl Part {
    fn new(start: usize, top: Level) -> Self {
        Self {
            start,
            end: start,
            chapter: None,
            section: None,
            subsection: None,
            item: None,
            moment: None,
            top,
        }
    }

    /// Forgets `level` and the levels below it.
    fn clear_from(&mut self, level: Level) {
        if level <= Level::Chapter {
            self.chapter = None;
        }
        if level <= Level::Section {
            self.section = None;
            self.moment = None;
        }
        if level <= Level::Subsection {
            self.subsection = None;
        }
        self.item = None;
    }
}

/// The section that relative citations refer to.
#[derive(Debug, Clone)]
struct Anchor {
    act: ActRef,
    chapter: Option<String>,
    section: String,
}

/// Parts and the act they share.
type Group = (Vec<Part>, Option<ActMatch>);

/// The state of one scan over one text.
pub(super) struct Parser<'a> {
    pub(super) text: &'a str,
    pub(super) jurisdiction: Jurisdiction,
    pub(super) index: &'a dyn ActIndex,
    pub(super) context: Option<&'a Context>,
    out: Vec<Citation>,
    last: Option<Anchor>,
    /// The end and kind of the last numbered act on its own, which a list may continue.
    numbered: Option<(usize, ActKind)>,
    /// The acts named so far, each once, the most recent last: "samma lag" and "den
    /// förstnämnda lagen" refer to them.
    pub(super) named: Vec<ActRef>,
}

impl<'a> Parser<'a> {
    pub(super) fn new(
        text: &'a str,
        jurisdiction: Jurisdiction,
        index: &'a dyn ActIndex,
        context: Option<&'a Context>,
    ) -> Self {
        Self {
            text,
            jurisdiction,
            index,
            context,
            out: Vec::new(),
            last: None,
            numbered: None,
            named: Vec::new(),
        }
    }

    /// Scans the whole text.
    pub(super) fn run(mut self) -> Vec<Citation> {
        let text = self.text;
        let mut pos = 0;
        while let Some(c) = text.get(pos..).and_then(|rest| rest.chars().next()) {
            if self.can_start(pos, c)
                && let Some(end) = self.try_at(pos)
                && end > pos
            {
                pos = end;
                continue;
            }
            pos += c.len_utf8();
        }
        self.out
    }

    /// Citations start at the beginning of a word, a number, a section sign or a
    /// parenthesis, and never inside a number such as "2016/17:171" or "1.000".
    fn can_start(&self, pos: usize, c: char) -> bool {
        if !(c.is_alphanumeric() || c == '§' || c == '(') {
            return false;
        }
        let Some(prev) = self.text[..pos].chars().next_back() else {
            return true;
        };
        let inside_word = prev.is_alphanumeric() || prev == '§' || prev == '_';
        let inside_number = c.is_ascii_digit() && matches!(prev, '.' | ',' | ':' | '/' | '-' | '–');
        !inside_word && !inside_number
    }

    fn try_at(&mut self, pos: usize) -> Option<usize> {
        let mut cur = Cursor::new(self.text, pos);
        if let Some(act) = self.list_continuation(&mut cur) {
            self.numbered = self.numbered.map(|(_, kind)| (act.end, kind));
            self.emit(act_only(act));
            return Some(cur.pos);
        }
        let group = match self.jurisdiction {
            Jurisdiction::No | Jurisdiction::Dk => self.nordic_at(&mut cur),
            Jurisdiction::Se => self.swedish_at(&mut cur),
        }?;
        if self.short_name_of_last(&group) {
            return Some(cur.pos);
        }
        self.remember_numbered(&group);
        self.emit(group);
        Some(cur.pos)
    }

    /// An act's short name right after the act is cited in full ("lagen (1988:870) om vård av
    /// missbrukare i vissa fall (LVM)", "… om vård av unga, LVU") defines the name; it is not
    /// another citation. The cited act's span takes it in, with its closing parenthesis.
    fn short_name_of_last(&mut self, (parts, act): &Group) -> bool {
        let (Some(act), [part]) = (act, parts.as_slice()) else {
            return false;
        };
        let name = &self.text[act.start..act.end];
        // Short names are letters with at least two capitals, the first one too: "LVM",
        // "SoL", "ÄktB".
        let short = name.chars().next().is_some_and(char::is_uppercase)
            && name.chars().filter(|c| c.is_uppercase()).count() >= 2
            && name.chars().all(char::is_alphabetic)
            && part.top == Level::Act;
        let Some(last) = self.out.last_mut() else {
            return false;
        };
        if !short || act.act.id.is_none() || last.act.id != act.act.id || last.end > act.start {
            return false;
        }
        let gap = &self.text[last.end..act.start];
        if !SHORT_NAME_GAP.is_match(gap) {
            return false;
        }
        let mut end = act.end;
        if gap.contains('(') && self.text[end..].starts_with(')') {
            end += 1;
        }
        last.end = end;
        last.text = self.text[last.start..end].to_string();
        true
    }

    /// Norwegian amendment notes list acts by date and number after one "lover":
    /// "lover 13 juni 1997 nr. 43 (ikr. 1 juli 1998), 7 juni 2019 nr. 20".
    fn list_continuation(&self, cur: &mut Cursor<'_>) -> Option<ActMatch> {
        let (end, kind) = self.numbered?;
        if self.jurisdiction != Jurisdiction::No {
            return None;
        }
        let gap = self.text.get(end..cur.pos)?;
        if gap.len() > MAX_LIST_GAP || !LIST_GAP.is_match(gap) {
            return None;
        }
        self.bare_dated(cur, kind)
    }

    /// Remembers a numbered act on its own as the head of a possible list, unless it sits
    /// in the parenthesis after the current list's last item ("(ikr. … iflg. res. …)").
    fn remember_numbered(&mut self, (parts, act): &Group) {
        let Some(act) = act else {
            return;
        };
        let alone = parts.len() == 1 && parts.iter().all(|p| p.top == Level::Act);
        let numbered = act
            .act
            .name
            .as_deref()
            .is_some_and(|n| n.contains(|c: char| c.is_ascii_digit()));
        let kind = match act.act.id.as_deref() {
            Some(id) if id.starts_with("LOV-") => ActKind::Act,
            Some(id) if id.starts_with("FOR-") => ActKind::Regulation,
            _ => return,
        };
        if !alone || !numbered {
            return;
        }
        let in_parenthesis = self.numbered.is_some_and(|(end, _)| {
            self.text
                .get(end..act.start)
                .is_some_and(|gap| INSIDE_PARENTHESIS.is_match(gap))
        });
        if !in_parenthesis {
            self.numbered = Some((act.end, kind));
        }
    }

    /// Norwegian and Danish citations: "husleieloven § 9-8 første ledd", "kapittel 4",
    /// "lov om social service", "stk. 2".
    fn nordic_at(&self, cur: &mut Cursor<'_>) -> Option<Group> {
        let start = cur.pos;
        if cur.is(&SECT_SIGN) {
            return self.section_group(cur, true);
        }
        if cur.is(&CHAP_KW)
            && let Some(group) = self.chapter_group(cur, true)
        {
            return Some(group);
        }
        if let Some(act) = self.parse_act(cur, Mode::Before) {
            let after_act = cur.pos;
            if cur.is(&WS_THEN_SECT) {
                cur.eat(&WS);
                if let Some((parts, _)) = self.section_group(cur, false) {
                    return Some((parts, Some(act)));
                }
            }
            cur.pos = after_act;
            if cur.is(&WS_CHAP) {
                cur.eat(&WS);
                if let Some((parts, _)) = self.chapter_group(cur, false) {
                    return Some((parts, Some(act)));
                }
            }
        }
        cur.pos = start;
        if let Some(group) = self.act_alone(cur) {
            return Some(group);
        }
        cur.pos = start;
        self.relative_group(cur)
    }

    /// Swedish citations: "3 kap. 2 § kommunallagen (2017:725)", "lag (2019:835)",
    /// "första stycket".
    fn swedish_at(&self, cur: &mut Cursor<'_>) -> Option<Group> {
        let start = cur.pos;
        if cur.rest().starts_with(|c: char| c.is_ascii_digit()) {
            if let Some(group) = self.swedish_group(cur) {
                return Some(group);
            }
            cur.pos = start;
            // "29:5 BrB": chapter and section with a colon, only with the act after them.
            if let Some(parts) = self.colon_list(cur)
                && let Some(act) = self.act_after(cur)
                && is_one_word(&act.act)
            {
                return Some((parts, Some(act)));
            }
        }
        cur.pos = start;
        // "BrB 3:1", "RB 58:1 p. 4": an act's name or short name, even one that is a word
        // too, before chapter and section with a colon, as court decisions write them.
        if cur.is(&SE_NAME_COLON)
            && let Some(act) = self.parse_act(cur, Mode::After)
            && is_one_word(&act.act)
            && cur.eat(&WS1).is_some()
            && let Some(parts) = self.colon_list(cur)
        {
            return Some((parts, Some(act)));
        }
        cur.pos = start;
        if let Some(group) = self.act_alone(cur) {
            // "patientdatalagen (2008:355) 6 kap. 2 §", as a form's field or a heading writes
            // it: a provision right after an act, on the same line and with no act of its
            // own, is that act's.
            let after_act = cur.pos;
            if cur.is(&SPACES_THEN_DIGIT) {
                cur.eat(&WS1);
                if let Some((parts, None)) = self.swedish_group(cur) {
                    return Some((parts, group.1));
                }
            }
            cur.pos = after_act;
            return Some(group);
        }
        cur.pos = start;
        if cur.eat(&SE_PREVIOUS_STYCKE).is_some() {
            // The stycke before the one the text stands in: the anchor's section.
            let mut part = Part::new(start, Level::Subsection);
            part.end = cur.pos;
            return Some((vec![part], None));
        }
        self.relative_group(cur)
    }

    fn act_alone(&self, cur: &mut Cursor<'_>) -> Option<Group> {
        Some(act_only(self.parse_act(cur, Mode::Alone)?))
    }

    /// "§ 3", "§§ 2 og 4", "§ 9-8 første ledd bokstav b i husleieloven".
    fn section_group(&self, cur: &mut Cursor<'_>, act_after: bool) -> Option<Group> {
        let start = cur.pos;
        let sign = cur.eat(&SECT_SIGN)?;
        let mut plural = sign
            .get(0)
            .is_some_and(|m| m.as_str().matches('§').count() > 1);
        let mut parts = Vec::new();
        cur.eat(&WS);
        if !self.section_element(cur, &mut parts, start) {
            cur.pos = start;
            return None;
        }
        let sep: &Regex = match self.jurisdiction {
            Jurisdiction::Dk => &DK_SEP,
            Jurisdiction::No | Jurisdiction::Se => &NO_SEP,
        };
        loop {
            let save = cur.pos;
            let Some(caps) = cur.eat(sep) else {
                break;
            };
            let comma = caps.get(0).is_some_and(|m| m.as_str().trim() == ",");
            let elem_start = cur.pos;
            if let Some(sign) = cur.eat(&SECT_SIGN) {
                cur.eat(&WS);
                if self.section_element(cur, &mut parts, elem_start) {
                    plural = sign
                        .get(0)
                        .is_some_and(|m| m.as_str().matches('§').count() > 1);
                    continue;
                }
            } else if (plural || !comma) && self.section_element(cur, &mut parts, elem_start) {
                // A bare number continues a list after "§§", or after "og" even with one
                // "§"; "§ 5, 10 dager" is not a list.
                continue;
            }
            cur.pos = save;
            break;
        }
        let act = if act_after { self.act_after(cur) } else { None };
        Some((parts, act))
    }

    /// One section number and the subsections and items that follow it.
    fn section_element(&self, cur: &mut Cursor<'_>, parts: &mut Vec<Part>, start: usize) -> bool {
        let re: &Regex = match self.jurisdiction {
            Jurisdiction::Dk => &DK_SECT_NUM,
            Jurisdiction::No | Jurisdiction::Se => &NO_SECT_NUM,
        };
        let Some(v) = self.value(cur, re, &NOT_AFTER_NUM) else {
            return false;
        };
        let mut part = Part::new(start, Level::Section);
        part.chapter = parts.last().and_then(|p: &Part| p.chapter.clone());
        part.section = Some(v.text);
        part.end = v.end;
        parts.push(part);
        self.subrefs(cur, parts, false);
        true
    }

    /// "kapittel 4", "kap. 3 og 4 i serviceloven".
    fn chapter_group(&self, cur: &mut Cursor<'_>, act_after: bool) -> Option<Group> {
        let start = cur.pos;
        cur.eat(&CHAP_KW)?;
        let vals = self.list(cur, &CHAP_NUM, &CHAP_NUM, &VAL_SEP, &NOT_AFTER_NUM);
        if vals.is_empty() {
            cur.pos = start;
            return None;
        }
        let mut parts = vec![Part::new(start, Level::Chapter)];
        apply(&mut parts, Level::Chapter, &vals, |p, v| {
            p.chapter = Some(v.to_string());
        });
        let act = if act_after { self.act_after(cur) } else { None };
        Some((parts, act))
    }

    /// "stk. 2", "andre ledd bokstav b", "första stycket 3", and "første ledd i § 5".
    fn relative_group(&self, cur: &mut Cursor<'_>) -> Option<Group> {
        let start = cur.pos;
        let mut parts = vec![Part::new(start, Level::Subsection)];
        self.subrefs(cur, &mut parts, true);
        if parts.first().is_none_or(|p| p.subsection.is_none()) {
            cur.pos = start;
            return None;
        }
        if self.jurisdiction == Jurisdiction::Se
            && let Some(act) = self.same_section(cur, &mut parts)
        {
            return Some((parts, Some(act)));
        }
        if self.jurisdiction != Jurisdiction::Se && cur.is(&IN_SECTION) {
            let save = cur.pos;
            cur.eat(&IN_WORD);
            if let Some((sections, act)) = self.section_group(cur, true)
                && let Some(first) = sections.first()
            {
                for p in &mut parts {
                    p.section.clone_from(&first.section);
                    p.chapter.clone_from(&first.chapter);
                    p.top = Level::Section;
                }
                if let Some(last) = parts.last_mut() {
                    last.end = first.end;
                }
                parts.extend(sections.into_iter().skip(1));
                return Some((parts, act));
            }
            cur.pos = save;
        }
        Some((parts, None))
    }

    /// "3 kap. 2 §", "2 och 3 §§", "1–3 kap.", chained by "och" and followed by the act.
    fn swedish_group(&self, cur: &mut Cursor<'_>) -> Option<Group> {
        // "2 000 §" is an amount followed by something else.
        let before = self.text[..cur.pos].trim_end();
        if before.ends_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let start = cur.pos;
        let mut parts = self.swedish_core(cur, None)?;
        loop {
            let save = cur.pos;
            if self.bare_points(cur, &mut parts) {
                continue;
            }
            if cur.eat(&SE_CHAIN).is_some() {
                if cur.rest().starts_with(|c: char| c.is_ascii_digit())
                    && let Some(more) = self.swedish_core(cur, parts.last())
                {
                    parts.extend(more);
                    continue;
                }
                if let Some(more) = self.more_stycken(cur, parts.last()) {
                    parts.extend(more);
                    continue;
                }
            }
            cur.pos = save;
            break;
        }
        if let Some(act) = self.same_chapter(cur, &mut parts) {
            return Some((parts, Some(act)));
        }
        let mut act = self.act_after(cur);
        if act.is_none() && self.bare_points(cur, &mut parts) {
            act = self.act_after(cur);
        }
        if act.is_none() && parts.iter().all(|p| p.section.is_none()) && self.book_chapter(start) {
            return None;
        }
        Some((parts, act))
    }

    /// "9 § 8 LSS", "17 § 1--3 och 5 förordningen (…)", "3 kap. 21 § 4 och 13 § …", "enligt
    /// 3 § 1 eller 2, när …", "i 14 § 1 som": bare numbers after a whole section are its
    /// points when an act, another provision of the chain, the end of a clause or a word
    /// that goes on the sentence follows them; otherwise they are left alone (an amount, a
    /// count).
    fn bare_points(&self, cur: &mut Cursor<'_>, parts: &mut Vec<Part>) -> bool {
        let whole_section = parts
            .last()
            .is_some_and(|p| p.item.is_none() && p.subsection.is_none() && p.section.is_some());
        if !whole_section {
            return false;
        }
        let save = cur.pos;
        let items = self.list(cur, &SE_PUNKT_BARE, &NUM_VAL, &SE_SEP, &SE_NOT_ITEM);
        let after = cur.pos;
        let follows = !items.is_empty()
            && (cur.is(&CLAUSE_END)
                || cur.is(&POINT_FOLLOWS)
                || self.act_after(cur).is_some()
                || (cur.eat(&SE_CHAIN).is_some()
                    && cur.rest().starts_with(|c: char| c.is_ascii_digit())
                    && self.swedish_core(cur, parts.last()).is_some()));
        if !follows {
            cur.pos = save;
            return false;
        }
        cur.pos = after;
        apply(parts, Level::Item, &items, |p, v| {
            p.item = Some(v.to_string())
        });
        true
    }

    /// "… första stycket 1 och andra stycket": more stycken of the section just cited, when
    /// that citation named a stycke itself. After a whole section ("5 § och andra stycket")
    /// the stycke is more likely the text's own, so it is left to stand alone.
    fn more_stycken(&self, cur: &mut Cursor<'_>, prev: Option<&Part>) -> Option<Vec<Part>> {
        let prev = prev?;
        if prev.subsection.is_none() || prev.section.is_none() || !cur.is(&SE_STYCKE_AHEAD) {
            return None;
        }
        let mut seed = prev.clone();
        seed.clear_from(Level::Subsection);
        seed.start = cur.pos;
        seed.end = cur.pos;
        seed.top = Level::Subsection;
        let mut more = vec![seed];
        // "… 1 st. 3 p. och 2 st.": an abbreviated stycke counts here, after a stycke, though
        // not on its own.
        if let Some(v) = cur.eat_val(&SE_ST) {
            let end = cur.pos;
            apply(&mut more, Level::Subsection, &[v], |p, v| {
                p.subsection = words::ordinal(v);
            });
            set_end(&mut more, end);
            self.subrefs_se(cur, &mut more, false);
        } else {
            self.subrefs_se(cur, &mut more, true);
        }
        more.first()?.subsection?;
        Some(more)
    }

    /// "tredje stycket i samma paragraf": the section and act cited before, also when that
    /// act was named outright (which a stycke on its own does not refer to).
    fn same_section(&self, cur: &mut Cursor<'_>, parts: &mut [Part]) -> Option<ActMatch> {
        let start = cur.pos;
        cur.eat(&SE_SAME_SECTION)?;
        let Some(anchor) = self.last.clone() else {
            cur.pos = start;
            return None;
        };
        for part in parts.iter_mut() {
            part.chapter.clone_from(&anchor.chapter);
            part.section = Some(anchor.section.clone());
            part.top = Level::Section;
        }
        Some(ActMatch {
            start,
            end: cur.pos,
            act: anchor.act,
        })
    }

    /// "5 § i samma kapitel": the chapter and act of the section cited before.
    fn same_chapter(&self, cur: &mut Cursor<'_>, parts: &mut [Part]) -> Option<ActMatch> {
        let start = cur.pos;
        cur.eat(&SE_SAME_CHAPTER)?;
        let Some(anchor) = self.anchor() else {
            cur.pos = start;
            return None;
        };
        for part in parts.iter_mut() {
            if part.chapter.is_none() {
                part.chapter.clone_from(&anchor.chapter);
            }
        }
        Some(ActMatch {
            start,
            end: cur.pos,
            act: anchor.act,
        })
    }

    /// Whether a chapter at `start` is a book's or a report's ("bokens 1 kap."): the word
    /// before it is a genitive that names no act.
    fn book_chapter(&self, start: usize) -> bool {
        let Some(caps) = GENITIVE_BEFORE.captures(&self.text[..start]) else {
            return false;
        };
        let word = caps.name("w").map_or("", |w| w.as_str());
        !(words::looks_like_act_name(word, self.jurisdiction)
            || words::is_context_word(word, self.jurisdiction)
            || self.index.by_name(self.jurisdiction, word).is_some())
    }

    fn swedish_core(&self, cur: &mut Cursor<'_>, prev: Option<&Part>) -> Option<Vec<Part>> {
        let start = cur.pos;
        let vals = self.list(cur, &SE_NUM, &SE_NUM, &SE_SEP, &NOT_AFTER_NUM);
        if vals.is_empty() {
            return None;
        }
        let mut parts;
        if cur.eat(&SE_KAP).is_some() {
            parts = vec![Part::new(start, Level::Chapter)];
            apply(&mut parts, Level::Chapter, &vals, |p, v| {
                p.chapter = Some(v.to_string());
            });
            set_end(&mut parts, cur.pos);
            let save = cur.pos;
            if cur.eat(&WS1).is_some() {
                let sections = self.list(cur, &SE_NUM, &SE_NUM, &SE_SEP, &NOT_AFTER_NUM);
                if !sections.is_empty() && cur.eat(&SE_SECT).is_some() {
                    apply(&mut parts, Level::Section, &sections, |p, v| {
                        p.section = Some(v.to_string());
                    });
                    set_end(&mut parts, cur.pos);
                } else {
                    cur.pos = save;
                }
            }
        } else if cur.eat(&SE_SECT).is_some() {
            let mut seed = Part::new(start, Level::Section);
            // Within a chain, "3 kap. 2 § och 4 §" stays in chapter 3.
            seed.chapter = prev.and_then(|p| p.chapter.clone());
            parts = vec![seed];
            apply(&mut parts, Level::Section, &vals, |p, v| {
                p.section = Some(v.to_string());
            });
            set_end(&mut parts, cur.pos);
        } else {
            cur.pos = start;
            return None;
        }
        self.subrefs(cur, &mut parts, false);
        Some(parts)
    }

    /// "4:1 och 4:2": provisions with a colon, one act for all.
    fn colon_list(&self, cur: &mut Cursor<'_>) -> Option<Vec<Part>> {
        let mut parts = self.colon_core(cur)?;
        loop {
            let save = cur.pos;
            if cur.eat(&SE_CHAIN).is_some()
                && let Some(more) = self.colon_core(cur)
            {
                parts.extend(more);
                continue;
            }
            cur.pos = save;
            return Some(parts);
        }
    }

    /// "29:5", chapter 29 section 5, with the stycken and points after it.
    fn colon_core(&self, cur: &mut Cursor<'_>) -> Option<Vec<Part>> {
        let start = cur.pos;
        let caps = cur.eat(&SE_COLON)?;
        // "3:1:2", "3:10/11", "3:1.5" are other numbers.
        let mut after = cur.rest().chars();
        let next = after.next();
        if next.is_some_and(|c| c.is_ascii_digit() || c == ':' || c == '/')
            || (matches!(next, Some('.' | ',')) && after.next().is_some_and(|c| c.is_ascii_digit()))
        {
            cur.pos = start;
            return None;
        }
        let mut part = Part::new(start, Level::Chapter);
        part.chapter = Some(caps.name("c")?.as_str().to_string());
        part.section = Some(caps.name("s")?.as_str().to_string());
        part.end = cur.pos;
        let mut parts = vec![part];
        self.subrefs(cur, &mut parts, false);
        Some(parts)
    }

    /// The act after a provision: "i husleieloven", ", i lov om social service",
    /// "kommunallagen (2017:725)".
    fn act_after(&self, cur: &mut Cursor<'_>) -> Option<ActMatch> {
        let save = cur.pos;
        let lead: &Regex = match self.jurisdiction {
            Jurisdiction::Se => &ACT_AFTER_SE,
            Jurisdiction::No | Jurisdiction::Dk => &ACT_AFTER_ND,
        };
        if cur.eat(lead).is_some()
            && let Some(act) = self.parse_act(cur, Mode::After)
        {
            // "… enligt 47–53 §§ och 5 a kap. Lag (2018:175)." ends with the section's
            // amendment note: the period of "kap." also ended the sentence.
            let note = self.jurisdiction == Jurisdiction::Se
                && self.text[..save].ends_with('.')
                && SE_NOTE.is_match(&self.text[act.start..]);
            if !note {
                return Some(act);
            }
        }
        cur.pos = save;
        None
    }

    /// Subsections, sentences and items after a section, or on their own when `relative`
    /// (then a subsection must come first).
    fn subrefs(&self, cur: &mut Cursor<'_>, parts: &mut Vec<Part>, relative: bool) {
        match self.jurisdiction {
            Jurisdiction::No => self.subrefs_no(cur, parts, relative),
            Jurisdiction::Dk => self.subrefs_dk(cur, parts, relative),
            Jurisdiction::Se => self.subrefs_se(cur, parts, relative),
        }
    }

    fn subrefs_no(&self, cur: &mut Cursor<'_>, parts: &mut Vec<Part>, relative: bool) {
        let save = cur.pos;
        let vals = self.list(cur, &NO_ORD, &NO_ORD, &VAL_SEP, &NOT_AFTER_NUM);
        if !vals.is_empty() && cur.eat(&LEDD).is_some() {
            apply(parts, Level::Subsection, &vals, |p, v| {
                p.subsection = words::ordinal(v);
            });
            set_end(parts, cur.pos);
        } else {
            cur.pos = save;
            // "(2)" alone is far too common to be a citation; after a section it is one.
            if !relative && let Some(v) = cur.eat_val(&PAREN_SUB) {
                apply(parts, Level::Subsection, &[v], |p, v| {
                    p.subsection = words::ordinal(v);
                });
            }
        }
        if relative && parts.last().is_none_or(|p| p.subsection.is_none()) {
            return;
        }
        if cur.eat(&NO_PUNKTUM).is_some() {
            set_end(parts, cur.pos);
        }
        self.items(cur, parts);
    }

    fn subrefs_dk(&self, cur: &mut Cursor<'_>, parts: &mut Vec<Part>, relative: bool) {
        let vals = self.list(cur, &DK_STK, &NUM_VAL, &VAL_SEP, &NOT_AFTER_NUM);
        apply(parts, Level::Subsection, &vals, |p, v| {
            p.subsection = words::ordinal(v);
        });
        if relative && parts.last().is_none_or(|p| p.subsection.is_none()) {
            return;
        }
        if cur.eat(&DK_PKT).is_some() {
            set_end(parts, cur.pos);
        }
        self.items(cur, parts);
    }

    /// "nr. 3", "bokstav b", "nr. 4, litra b" (item "4 b"), "nr. 1 og 2".
    fn items(&self, cur: &mut Cursor<'_>, parts: &mut Vec<Part>) {
        let numbers = self.list(cur, &ITEM_NR, &NUM_VAL, &VAL_SEP, &NOT_AFTER_NUM);
        apply(parts, Level::Item, &numbers, |p, v| {
            p.item = Some(v.to_string())
        });
        let base = if numbers.is_empty() {
            None
        } else {
            parts.last().and_then(|p| p.item.clone())
        };
        let letters = self.list(cur, &ITEM_LETTER, &LETTER_VAL, &VAL_SEP, &NOT_AFTER_NUM);
        apply(parts, Level::Item, &letters, |p, v| {
            p.item = Some(match &base {
                Some(number) => format!("{number} {v}"),
                None => v.to_string(),
            });
        });
    }

    fn subrefs_se(&self, cur: &mut Cursor<'_>, parts: &mut Vec<Part>, relative: bool) {
        // "7 § 5 mom.", "32 § 1 och 3 mom.": the moments come before their stycken.
        if !relative {
            let save = cur.pos;
            let moments = self.list(cur, &SE_MOM_NUM, &NUM_VAL, &SE_SEP, &NOT_AFTER_NUM);
            if !moments.is_empty() && cur.eat(&SE_MOM).is_some() {
                let end = cur.pos;
                apply(parts, Level::Subsection, &moments, |p, v| {
                    p.moment = words::ordinal(v);
                });
                set_end(parts, end);
            } else {
                cur.pos = save;
            }
        }
        let save = cur.pos;
        let vals = self.list(cur, &SE_ORD, &SE_ORD, &SE_SEP, &NOT_AFTER_NUM);
        let mut stycke = false;
        if !vals.is_empty() && cur.eat(&SE_STYCKE).is_some() {
            apply(parts, Level::Subsection, &vals, |p, v| {
                p.subsection = words::ordinal(v);
            });
            set_end(parts, cur.pos);
            stycke = true;
        } else {
            cur.pos = save;
            if !relative && let Some(v) = cur.eat_val(&SE_ST) {
                let end = cur.pos;
                apply(parts, Level::Subsection, &[v], |p, v| {
                    p.subsection = words::ordinal(v);
                });
                set_end(parts, end);
                stycke = true;
            }
        }
        if relative && !stycke {
            return;
        }
        if cur.eat(&SE_MENING).is_some() {
            set_end(parts, cur.pos);
        }
        // A bare number is a point only right after "stycket": "2 § första stycket 3".
        let mut items = Vec::new();
        if let Some(v) = cur.eat_val(&SE_PUNKTEN) {
            let end = cur.pos;
            apply(parts, Level::Item, &[v], |p, v| {
                p.item = Some(v.to_string())
            });
            set_end(parts, end);
            return;
        }
        // "2 p.", "1 och 2 p.": points abbreviated after their numbers, as moments are.
        let save = cur.pos;
        let abbreviated = self.list(cur, &SE_MOM_NUM, &NUM_VAL, &SE_SEP, &NOT_AFTER_NUM);
        let mut abbreviation_end = None;
        if !abbreviated.is_empty() && cur.eat(&SE_P).is_some() {
            items = abbreviated;
            abbreviation_end = Some(cur.pos);
        } else {
            cur.pos = save;
        }
        if items.is_empty() && stycke {
            items = self.list(cur, &SE_PUNKT_BARE, &SE_PUNKT_NEXT, &SE_SEP, &SE_NOT_ITEM);
        }
        if items.is_empty() {
            items = self.list(cur, &SE_PUNKT_WORD, &NUM_VAL, &SE_SEP, &SE_NOT_ITEM);
        }
        apply(parts, Level::Item, &items, |p, v| {
            p.item = Some(v.to_string())
        });
        if let Some(end) = abbreviation_end {
            set_end(parts, end);
        }
    }

    /// A value matched by `re` unless `not_after` matches right after it.
    fn value(&self, cur: &mut Cursor<'_>, re: &Regex, not_after: &Regex) -> Option<Val> {
        let save = cur.pos;
        let v = cur.eat_val(re)?;
        if cur.is(not_after) {
            cur.pos = save;
            return None;
        }
        Some(v)
    }

    /// A list of values: `first`, then any number of `sep` and `next`.
    fn list(
        &self,
        cur: &mut Cursor<'_>,
        first: &Regex,
        next: &Regex,
        sep: &Regex,
        not_after: &Regex,
    ) -> Vec<Val> {
        let mut vals = Vec::new();
        let Some(v) = self.value(cur, first, not_after) else {
            return vals;
        };
        vals.push(v);
        loop {
            let save = cur.pos;
            if cur.eat(sep).is_some()
                && let Some(v) = self.value(cur, next, not_after)
            {
                vals.push(v);
                continue;
            }
            cur.pos = save;
            break;
        }
        vals
    }

    /// The section that a relative citation refers to.
    fn anchor(&self) -> Option<Anchor> {
        self.last.clone().or_else(|| {
            let context = self.context?;
            Some(Anchor {
                act: context.act.clone().unwrap_or_default(),
                chapter: context.chapter.clone(),
                section: context.section.clone()?,
            })
        })
    }

    /// The section a stycke written on its own ("första stycket", "föregående stycke")
    /// belongs to. In Swedish law such a stycke is the text's own section's: with a context
    /// that names one, it is that section; without one, a section cited just before stands
    /// in, but not one of another act named outright ("… med stöd av 8 kap. 7 § regeringsformen
    /// … enligt första stycket 1" is not the constitution's first stycke), which leaves the
    /// stycke without a section, and so not cited.
    fn relative_anchor(&self) -> Option<Anchor> {
        if self.jurisdiction != Jurisdiction::Se {
            return self.anchor();
        }
        if let Some(context) = self.context
            && let Some(section) = context.section.clone()
        {
            return Some(Anchor {
                act: context.act.clone().unwrap_or_default(),
                chapter: context.chapter.clone(),
                section,
            });
        }
        let last = self.last.clone()?;
        let own_act = self.context.and_then(|c| c.act.clone()).unwrap_or_default();
        let named = last.act.id.is_some() || last.act.name.is_some();
        (!named || last.act == own_act).then_some(last)
    }

    /// Turns a group into citations: the act's span joins the first part when it comes
    /// before and the last when it comes after; relative parts take the anchor's section.
    fn emit(&mut self, (parts, mut act): Group) {
        if let Some(a) = &mut act {
            self.named_with_number(&mut a.act);
            self.remember_named(&a.act);
        }
        let count = parts.len();
        for (i, mut part) in parts.into_iter().enumerate() {
            let mut act_ref = act.as_ref().map(|a| a.act.clone());
            if let Some(a) = &act {
                if i == 0 && a.start <= part.start {
                    part.start = a.start;
                }
                if i + 1 == count && a.start >= part.end {
                    part.end = a.end;
                }
            }
            if part.top >= Level::Subsection && part.section.is_none() {
                let Some(anchor) = self.relative_anchor() else {
                    continue;
                };
                part.chapter = anchor.chapter;
                part.section = Some(anchor.section);
                act_ref = act_ref.or(Some(anchor.act));
            }
            let act_ref = act_ref
                .or_else(|| self.context.and_then(|c| c.act.clone()))
                .unwrap_or_default();
            if let Some(section) = &part.section {
                self.last = Some(Anchor {
                    act: act_ref.clone(),
                    chapter: part.chapter.clone(),
                    section: section.clone(),
                });
            }
            self.out.push(Citation {
                start: part.start,
                end: part.end,
                text: self.text[part.start..part.end].to_string(),
                act: act_ref,
                chapter: part.chapter,
                section: part.section,
                subsection: part.subsection,
                item: part.item,
                moment: part.moment,
            });
        }
    }
}

impl Parser<'_> {
    /// An act named without a number that the text named with one before takes its id:
    /// "lagen (2022:155) om tobaksskatt … 10 kap. 2 § lagen om tobaksskatt". The number in
    /// the text wins over the act a table of names knows under the title ("lagen (1994:1563)
    /// om tobaksskatt … lagen om tobaksskatt" is the older act).
    fn named_with_number(&self, act: &mut ActRef) {
        let Some(name) = &act.name else {
            return;
        };
        if SFS_IN_NAME.is_match(name) {
            return;
        }
        let key = words::normalize_name(name);
        let earlier = self
            .named
            .iter()
            .rev()
            .filter(|a| {
                a.id.is_some()
                    && (act.id.is_none()
                        || a.name.as_deref().is_some_and(|n| SFS_IN_NAME.is_match(n)))
            })
            .find(|a| {
                a.name
                    .as_deref()
                    .is_some_and(|n| words::normalize_name(&SFS_IN_NAME.replace_all(n, "")) == key)
            });
        if let Some(id) = earlier.and_then(|a| a.id.clone()) {
            act.id = Some(id);
        }
    }

    /// Adds an act to those named, moving it to the end if it was named before.
    fn remember_named(&mut self, act: &ActRef) {
        if act.id.is_none() && act.name.is_none() {
            return;
        }
        let same = |a: &ActRef| match (&a.id, &act.id) {
            (Some(x), Some(y)) => x == y,
            _ => a.name == act.name,
        };
        self.named.retain(|a| !same(a));
        self.named.push(act.clone());
    }
}

/// A group of one act on its own.
fn act_only(act: ActMatch) -> Group {
    let mut part = Part::new(act.start, Level::Act);
    part.end = act.end;
    (vec![part], Some(act))
}

/// Sets `level` from each value: the first value completes the last part, each further one
/// is a new part that keeps the levels above `level` ("første og annet ledd").
fn apply(parts: &mut Vec<Part>, level: Level, vals: &[Val], set: impl Fn(&mut Part, &str)) {
    for (i, v) in vals.iter().enumerate() {
        if i == 0 {
            if let Some(last) = parts.last_mut() {
                set(last, &v.text);
                last.end = v.end;
            }
        } else if let Some(prev) = parts.last() {
            let mut part = prev.clone();
            part.clear_from(level);
            part.start = v.start;
            part.end = v.end;
            part.top = level;
            set(&mut part, &v.text);
            parts.push(part);
        }
    }
}

/// Extends the last part over a keyword that closes a list ("ledd", "§§", "kap.").
fn set_end(parts: &mut [Part], end: usize) {
    if let Some(last) = parts.last_mut() {
        last.end = last.end.max(end);
    }
}

/// Whether an act is named by one word, an abbreviation or a name ("BrB", "brottsbalken"),
/// as the colon form of a provision ("29:5 BrB") is written next to.
fn is_one_word(act: &ActRef) -> bool {
    act.name
        .as_deref()
        .is_some_and(|name| !name.is_empty() && name.chars().all(|c| c.is_alphabetic() || c == '-'))
}
