//! Act designations: names, titles, dates and numbers, read at the cursor and resolved
//! against the caller's index.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::known;
use super::scan::{Cursor, Parser, re};
use super::words::{self, MONTHS, TITLE_STOP, TITLE_STOP_WEAK};
use super::{ActKind, ActNumber, ActRef, Jurisdiction};

/// Where an act designation stands relative to the provision it qualifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// Before a section sign: "husleieloven § 3", "lovens § 3".
    Before,
    /// After a provision: "§ 3 i lov om social service", "2 § kommunallagen".
    After,
    /// On its own: only designations that are certainly acts count.
    Alone,
}

/// An act designation found in the text.
#[derive(Debug, Clone)]
pub(super) struct ActMatch {
    pub start: usize,
    pub end: usize,
    pub act: ActRef,
}

static NO_DATED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?i:(?P<kind>lov|lover|loven|lova|forskrift|forskrifta|forskriften|forskr\.|res\.)\s+(?:av\s+)?(?P<d>\d{{1,2}})\.?\s*(?P<m>{MONTHS})\b\.?\s+(?P<y>\d{{4}})\b(?:\s*,?\s*nr\.?\s*(?P<n>\d{{1,5}})\b)?)"
    ))
});
static NO_BARE_DATED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?i:(?P<d>\d{{1,2}})\.?\s*(?P<m>{MONTHS})\b\.?\s+(?P<y>\d{{4}})\b\s*,?\s*nr\.?\s*(?P<n>\d{{1,5}})\b)"
    ))
});
static NO_ID: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?P<kind>LOV|FOR)-(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:-(?P<n>\d{1,5}))?\b")
});
static NO_REF: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?P<kind>lov|forskrift)/(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:-(?P<n>\d{1,5}))?\b")
});
static DK_NUM: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?i:(?P<kind>lovbekendtgørelsen|lovbekendtgørelse|bekendtgørelsen|bekendtgørelse|loven|lov|lbk|bek)\s+nr\.?\s*(?P<n>\d{{1,5}})\s+af\s+(?:(?P<d>\d{{1,2}})\.\s*(?P<m>{MONTHS})\b\.?\s+(?P<y>\d{{4}})|(?P<d2>\d{{1,2}})[./](?P<m2>\d{{1,2}})[./](?P<y2>\d{{4}}))\b)"
    ))
});
static SE_KIND_SFS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:(?P<kind>lagens|lagen|lag|förordningens|förordningen|förordning|kungörelsen|kungörelse)\s*\(\s*(?:SFS\s*)?(?P<y>\d{4}):\s?(?P<n>\d{1,4})\s*\))",
    )
});
static SE_SFS: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?i:SFS)\s*(?i:nr\.?\s*)?(?P<y>\d{4}):(?P<n>\d{1,4})\b"));
/// An SFS number in parentheses; older texts put a space after the colon ("(1979: 1118)").
static SE_PAREN: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*\(\s*(?:(?i:SFS)\s*)?(?P<y>\d{4}):\s?(?P<n>\d{1,4})\s*\)"));
/// How acts were cited before SFS numbers were written "(1967:721)": by date, with the
/// number of that year's collection after it, "kungörelsen den 1 december 1967 (nr 721)" or
/// "lagen den 19 november 1965, nr 908,".
static SE_DATED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?i:(?P<kind>lagens|lagen|lag|förordningens|förordningen|förordning|kungörelsen|kungörelse){SE_DATE_NR})"
    ))
});
/// The same date and number after an act's name: "hälsovårdsstadgan den 19 december 1958
/// (nr 663)".
static SE_NAME_DATED: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"^(?i:{SE_DATE_NR})")));
/// " den 19 december 1958 (nr 663)" or " den 19 november 1965, nr 908".
const SE_DATE_NR: &str = r"\s+den\s+\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?P<y>\d{4})\s*(?:\(\s*nr\s*(?P<n>\d{1,4})\s*\)|,\s*nr\s*(?P<n2>\d{1,4})\b)";
/// An act of the European Union: "förordning (EU) 2016/679", "förordning (EG) nr 1907/2006",
/// "direktiv 2006/123/EG", "direktiv (EU) 2019/1937", "beslut 2010/87/EU".
static EU_ACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:(?P<kind>förordning(?:en)?|direktiv(?:et)?|beslut(?:et)?|genomförandeförordning(?:en)?|delegerade\s+förordning(?:en)?|genomförandebeslut(?:et)?))\s+(?:(?:\((?P<org>EU|EG|EEG|Euratom|EU,\s*Euratom|EG,\s*Euratom)\)\s+(?P<nr>nr\s+)?(?P<a>\d{1,4})/(?P<b>\d{1,4}))|(?P<c>\d{2,4})/(?P<d>\d{1,4})/(?P<org2>EU|EG|EEG|Euratom))\b",
    )
});
/// The year an act is named by: "1986 års " of "1986 års förvaltningslag".
static SE_YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"^(?P<y>1[6-9]\d{2}|20\d{2})\s+års\s+"));
static TITLED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:lov|loven|lova|lag|lagen|forskrift|forskrifta|forskriften|förordning|förordningen|bekendtgørelse|bekendtgørelsen|kungörelse|kungörelsen)\s+(?i:om)\b",
    )
});
/// The word that opens a title after a number: "om", or, for titles the index knows,
/// "med" and "angående" ("lagen (1990:52) med särskilda bestämmelser om vård av unga").
static TITLE_OPENER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s+(?:(?P<om>(?i:om))|(?i:med|angående))\b"));
/// A word of a title, or the "m.v." ("and so on") that many titles end with; "-" or "-,"
/// after a word (group `h`) leaves its second half to the word after a conjunction: "hälso-
/// och sjukvård", "dag-, fritids- og klubtilbud".
static TITLE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?P<v>(?i:m\.v\.|mv\.|m\.m\.|m\.fl\.)|\p{L}[\p{L}\p{N}]*(?:-\p{L}[\p{L}\p{N}]*)*)(?P<h>-,?)?",
    )
});
/// A comma that may join the items of a list inside a title: "om arbeidsmiljø, arbeidstid og
/// stillingsvern".
static TITLE_COMMA: LazyLock<Regex> = LazyLock::new(|| re(r"^,"));
static NAME_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?P<pre>\p{L}[\p{L}\p{N}]*)-\s+(?i:og|och|eller)\s+)?(?P<w>\p{L}[\p{L}\p{N}]*(?:-\p{L}[\p{L}\p{N}]*)*)",
    )
});
static CONTEXT_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:denne\s+lov(?:en|a)?|denna\s+lag|denna\s+förordning|denna\s+balk|denna\s+kungörelse|denna\s+stadga)\b",
    )
});
/// Swedish references back to an act named earlier in the text: "samma lag", "den lagen",
/// "den förstnämnda lagen", "den sistnämnda förordningen", and as older texts and amending
/// acts write them, "nämnda lag", "sistnämnda förordning", "nyss angivna lag".
static SE_BACK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:samma\s+(?P<same>lag|förordning|balk|kungörelse|stadga)|(?:den\s+)?(?:(?:nyss|ovan)\s+(?P<which2>nämnda|angivna)|(?P<which>förstnämnda|sistnämnda|nämnda|ovannämnda))\s+(?P<named>lagen|lag|förordningen|förordning|balken|balk|kungörelsen|kungörelse|stadgan|stadga)|den\s+(?P<that>lagen|förordningen|balken))\b",
    )
});
static SHORT_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*\((?P<w>\p{L}[\p{L}\p{N}]*(?:-\p{L}[\p{L}\p{N}]*)*)\)"));
static DOT_SECTION: LazyLock<Regex> = LazyLock::new(|| re(r"^\.\s*§"));

/// Which words end a title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stops {
    /// None: the index decides where a known title ends.
    None,
    /// Verbs and conjunctions, for a title that a number vouches for.
    Strong,
    /// Prepositions too, for a title nothing vouches for.
    Weak,
}

/// The most words an act's title is read for, so that a runaway sentence is not a title.
const MAX_TITLE_WORDS: usize = 10;
/// The most words of a title a number vouches for: such titles may join several items with
/// "och" ("om stöd och service till vissa funktionshindrade").
const MAX_NUMBERED_TITLE_WORDS: usize = 16;
/// The most words of a title looked up among the titles the index knows.
const MAX_KNOWN_TITLE_WORDS: usize = 16;
/// How many words a list item inside a title may have between its comma and the
/// conjunction that closes the list.
const MAX_LIST_ITEM_WORDS: usize = 3;

/// Words that begin a new clause or a new noun phrase after "och"/"og" rather than the next
/// item of a title: pronouns, articles, "om" as "if", negations.
const CLAUSE_START: &[&str] = &[
    "om", "det", "den", "de", "dem", "detta", "denna", "dessa", "dette", "denne", "disse", "en",
    "ett", "et", "ei", "man", "vi", "jag", "jeg", "eg", "hon", "hun", "han", "ho", "hvor", "där",
    "der", "sin", "sitt", "sina", "sine", "sit", "hans", "hennes", "hendes", "deres", "deras",
    "dess", "inte", "ikke", "ej", "også", "även", "också", "dessutom", "desuden", "sedan", "siden",
    "derfor", "därför", "till", "til", "av", "af", "enligt", "ifølge",
];

/// Prepositions that may be joined by "och"/"og" inside a title ("åtgärder inför och vid
/// extraordinära händelser").
const PREPOSITIONS: &[&str] = &[
    "i", "med", "ved", "vid", "for", "för", "på", "fra", "från", "mot", "mod", "under", "over",
    "över", "inför", "til", "till", "av", "af", "efter", "etter", "inom", "utan", "uden",
];

/// Words that begin another act's designation ("och lag (2018:222)", "og lov nr. 453").
const ACT_WORDS: &[&str] = &[
    "lov",
    "lag",
    "forskrift",
    "förordning",
    "bekendtgørelse",
    "lovbekendtgørelse",
    "kungörelse",
    "lbk",
    "bek",
    "sfs",
];

impl Parser<'_> {
    /// Reads an act designation at the cursor, or leaves the cursor where it was.
    pub(super) fn parse_act(&self, cur: &mut Cursor<'_>, mode: Mode) -> Option<ActMatch> {
        let start = cur.pos;
        let act = self
            .act_of_year(cur)
            .or_else(|| {
                cur.pos = start;
                self.numbered_act(cur)
            })
            .or_else(|| {
                cur.pos = start;
                self.titled_act(cur, mode)
            })
            .or_else(|| {
                cur.pos = start;
                self.named_act(cur, mode)
            });
        match act {
            Some(act) => Some(ActMatch {
                start,
                end: cur.pos,
                act,
            }),
            None => {
                cur.pos = start;
                None
            }
        }
    }

    /// An act named by the year it was made, as texts name an act that a later one of the
    /// same name replaced: "1986 års förvaltningslag", "1994 års lag om offentlig
    /// anställning". The year decides which act of that name is meant; where no act of the
    /// name is known from that year, the designation stays unresolved rather than taking the
    /// act that has the name today.
    fn act_of_year(&self, cur: &mut Cursor<'_>) -> Option<ActRef> {
        if self.jurisdiction != Jurisdiction::Se {
            return None;
        }
        let start = cur.pos;
        let caps = cur.peek(&SE_YEAR)?;
        let year = caps.name("y")?.as_str();
        advance(cur, &caps);
        let name_start = cur.pos;
        // "1986 års lag" without a name is the text's own reference to an act named before
        // it, which this reading cannot tell.
        let word = cur.peek(&NAME_WORD)?;
        if words::is_context_word(word.name("w")?.as_str(), self.jurisdiction) {
            return None;
        }
        let act =
            self.titled_act(cur, Mode::After)
                .or_else(|| {
                    cur.pos = name_start;
                    self.named_act(cur, Mode::After)
                })
                .or_else(|| {
                    // A name the tables do not know, in the base form the year takes.
                    cur.pos = name_start;
                    let w = word.name("w")?;
                    (word.name("pre").is_none() && words::looks_like_base_act_name(w.as_str()))
                        .then(|| {
                            advance(cur, &word);
                            ActRef::default()
                        })
                })?;
        let name = &self.text[name_start..cur.pos];
        let of_year = |sfs: &str| known::sfs_of_year(sfs, year);
        let id = self
            .index
            .by_name(self.jurisdiction, name)
            .filter(|known| known.number.as_deref().is_some_and(of_year))
            .map(|known| known.id.clone())
            .or_else(|| act.id.filter(|id| of_year(id)))
            .or_else(|| {
                let sfs = known::swedish_of_year(name, year)?;
                Some(self.resolve_number(ActKind::Act, None, Some(sfs.to_owned()), sfs.to_owned()))
            });
        Some(ActRef {
            id,
            name: Some(self.text[start..cur.pos].to_string()),
        })
    }

    /// The act the context names, for "loven", "denne lov" and "lagen".
    fn context_act(&self) -> ActRef {
        self.context.and_then(|c| c.act.clone()).unwrap_or_default()
    }

    /// A designation by date and number or by SFS number, with the title that may follow.
    fn numbered_act(&self, cur: &mut Cursor<'_>) -> Option<ActRef> {
        let start = cur.pos;
        let id = match self.jurisdiction {
            Jurisdiction::No => self.norwegian_number(cur)?,
            Jurisdiction::Dk => self.danish_number(cur)?,
            Jurisdiction::Se => self.swedish_number(cur)?,
        };
        self.title_after_number(cur, start, &id);
        self.short_name(cur);
        Some(ActRef {
            id: Some(id),
            name: Some(self.text[start..cur.pos].to_string()),
        })
    }

    fn norwegian_number(&self, cur: &mut Cursor<'_>) -> Option<String> {
        let caps = cur
            .peek(&NO_DATED)
            .or_else(|| cur.peek(&NO_ID))
            .or_else(|| cur.peek(&NO_REF))?;
        self.norwegian_dated(cur, &caps, kind_of(&caps))
    }

    /// "7 juni 2019 nr. 20" without "lov" before it, as the next item of a list that
    /// began "lover 13 juni 1997 nr. 43, …": the kind is the list's.
    pub(super) fn bare_dated(&self, cur: &mut Cursor<'_>, kind: ActKind) -> Option<ActMatch> {
        let start = cur.pos;
        let caps = cur.peek(&NO_BARE_DATED)?;
        let id = self.norwegian_dated(cur, &caps, kind)?;
        Some(ActMatch {
            start,
            end: cur.pos,
            act: ActRef {
                id: Some(id),
                name: Some(self.text[start..cur.pos].to_string()),
            },
        })
    }

    fn norwegian_dated(
        &self,
        cur: &mut Cursor<'_>,
        caps: &Captures<'_>,
        kind: ActKind,
    ) -> Option<String> {
        let year = number(caps, "y")?;
        let month = caps
            .name("m")
            .and_then(|m| words::month(m.as_str()).or_else(|| m.as_str().parse().ok()))?;
        let day = number(caps, "d")?;
        let date = iso_date(year, month, day)?;
        let nr = caps.name("n").map(|n| trim_zeros(n.as_str()));
        advance(cur, caps);
        let prefix = match kind {
            ActKind::Regulation | ActKind::ExecutiveOrder => "FOR",
            ActKind::Act | ActKind::ConsolidatedAct | ActKind::AmendingAct => "LOV",
        };
        let derived = match &nr {
            Some(n) => format!("{prefix}-{date}-{n}"),
            None => format!("{prefix}-{date}"),
        };
        Some(self.resolve_number(kind, Some(date), nr, derived))
    }

    fn danish_number(&self, cur: &mut Cursor<'_>) -> Option<String> {
        let caps = cur.peek(&DK_NUM)?;
        let kind = kind_of(&caps);
        let nr = trim_zeros(caps.name("n")?.as_str());
        let (year, month, day) = match caps.name("m") {
            Some(m) => (
                number(&caps, "y")?,
                words::month(m.as_str())?,
                number(&caps, "d")?,
            ),
            None => (
                number(&caps, "y2")?,
                number(&caps, "m2")?,
                number(&caps, "d2")?,
            ),
        };
        let date = iso_date(year, month, day)?;
        advance(cur, &caps);
        let derived = format!("lta/{year}/{nr}");
        Some(self.resolve_number(kind, Some(date), Some(nr), derived))
    }

    fn swedish_number(&self, cur: &mut Cursor<'_>) -> Option<String> {
        if let Some(caps) = cur.peek(&EU_ACT) {
            let id = celex(&caps)?;
            advance(cur, &caps);
            return Some(id);
        }
        if let Some(caps) = cur.peek(&SE_DATED) {
            let sfs = dated_sfs_number(&caps)?;
            advance(cur, &caps);
            return Some(self.resolve_number(kind_of(&caps), None, Some(sfs.clone()), sfs));
        }
        let caps = cur
            .peek(&SE_KIND_SFS)
            .or_else(|| cur.peek(&SE_SFS))
            .or_else(|| cur.peek(&SE_PAREN))?;
        let sfs = sfs_number(&caps)?;
        let kind = kind_of(&caps);
        advance(cur, &caps);
        Some(self.resolve_number(kind, None, Some(sfs.clone()), sfs))
    }

    fn resolve_number(
        &self,
        kind: ActKind,
        date: Option<String>,
        number: Option<String>,
        derived: String,
    ) -> String {
        let query = ActNumber { kind, date, number };
        self.index
            .by_number(self.jurisdiction, &query)
            .map_or(derived, |act| act.id.clone())
    }

    /// "… nr. 17 om husleieavtaler": the title that follows a number belongs to the
    /// designation; with the number vouching for it, only verbs and conjunctions end it.
    /// Where the catalogue knows the numbered act by that title, the title ends where the
    /// known one does: "lagen (1994:1776) om skatt på energi energiskatten …".
    fn title_after_number(&self, cur: &mut Cursor<'_>, start: usize, id: &str) {
        let save = cur.pos;
        let Some(opener) = cur.eat(&TITLE_OPENER) else {
            return;
        };
        // "med" after a number is as often the sentence's ("lagen (2001:453) med de
        // ändringar …"): only a title the index knows is read after it.
        let vouched = opener.name("om").is_some();
        let om = save + self.text[save..].len() - self.text[save..].trim_start().len();
        let kind = self.text[start..save]
            .split_whitespace()
            .next()
            .unwrap_or("");
        let known_end = self
            .title_words(cur.pos, Stops::None)
            .into_iter()
            .rev()
            .find(|&end| {
                let title = format!("{kind} {}", &self.text[om..end]);
                self.index
                    .by_name(self.jurisdiction, &title)
                    .is_some_and(|act| act.id == id)
            });
        let read = || {
            vouched
                .then(|| self.title_words(cur.pos, Stops::Strong).last().copied())
                .flatten()
        };
        match known_end.or_else(read) {
            Some(end) => cur.pos = end,
            None => cur.pos = save,
        }
    }

    /// "(husleieloven)" after a title or number repeats the act's short name.
    fn short_name(&self, cur: &mut Cursor<'_>) {
        if self.jurisdiction == Jurisdiction::Se {
            return;
        }
        if let Some(caps) = cur.peek(&SHORT_NAME) {
            let word = caps.name("w").map_or("", |w| w.as_str());
            if words::looks_like_act_name(word, self.jurisdiction)
                || self.index.by_name(self.jurisdiction, word).is_some()
            {
                advance(cur, &caps);
            }
        }
    }

    /// The ends of the successive words of a title starting at `from`. With a number
    /// vouching for the title, "och"/"og"/"eller" and a comma continue it when what follows
    /// reads as the next item of the title, not as a new clause or another act.
    fn title_words(&self, from: usize, stops: Stops) -> Vec<usize> {
        let mut cur = Cursor::new(self.text, from);
        let mut ends = Vec::new();
        let limit = match stops {
            Stops::Strong => MAX_NUMBERED_TITLE_WORDS,
            Stops::None => MAX_KNOWN_TITLE_WORDS,
            Stops::Weak => MAX_TITLE_WORDS,
        };
        let mut words = 0;
        let mut hyphen_open = false;
        let mut prev = String::new();
        while words < limit {
            if stops == Stops::Strong
                && !ends.is_empty()
                && cur.is(&TITLE_COMMA)
                && self.list_continues(cur.pos + 1)
            {
                cur.pos += 1;
                continue;
            }
            let Some(caps) = cur.peek(&TITLE_WORD) else {
                break;
            };
            let word = caps.name("v").map_or("", |w| w.as_str()).to_lowercase();
            let after = cur.pos + caps.get(0).map_or(0, |m| m.end());
            // A conjunction after "hälso-" belongs to the title whatever the mode.
            let joins = matches!(word.as_str(), "og" | "och" | "eller")
                && (hyphen_open
                    || (stops == Stops::Strong
                        && !ends.is_empty()
                        && self.item_follows(after, &prev)));
            let original = caps.name("v").map_or("", |w| w.as_str());
            // "m.m." may end a sentence: a capital after it starts the next one ("… om
            // förverkande av alkohol m.m. Belopp som …"); "i fråga om" and "i tillämpliga
            // delar" qualify the citation, not the title.
            let new_sentence =
                prev.ends_with('.') && original.starts_with(|c: char| c.is_uppercase());
            let qualifier = word == "i"
                && Cursor::new(self.text, after)
                    .peek(&TITLE_WORD)
                    .and_then(|next| next.name("v"))
                    .is_some_and(|next| {
                        matches!(
                            next.as_str().to_lowercase().as_str(),
                            "fråga" | "tillämpliga" | "tillämplig" | "övrigt" | "stället"
                        )
                    });
            let stop = new_sentence
                || (stops != Stops::None && qualifier)
                || !joins
                    && match stops {
                        Stops::None => false,
                        Stops::Strong => TITLE_STOP.contains(&word.as_str()),
                        Stops::Weak => {
                            TITLE_STOP.contains(&word.as_str())
                                || TITLE_STOP_WEAK.contains(&word.as_str())
                        }
                    };
            if stop {
                break;
            }
            // Another act with its number ends the title: "lag (2002:378) om ändring i
            // socialtjänstlagen (2001:453)" cites the amended act on its own, and an
            // amending act's title without it ("om ändring i") is no title; nor does a title
            // end on the preposition before it ("med vissa undantag från").
            if self.jurisdiction == Jurisdiction::Se && Cursor::new(self.text, after).is(&SE_PAREN)
            {
                if words < 3 {
                    ends.clear();
                } else if PREPOSITIONS.contains(&prev.as_str()) {
                    ends.pop();
                }
                break;
            }
            advance(&mut cur, &caps);
            words += 1;
            hyphen_open = caps.name("h").is_some();
            prev = word;
            // A title never ends on a conjunction or on the first half of a hyphenated pair.
            if !joins && !hyphen_open {
                ends.push(cur.pos);
            }
        }
        ends
    }

    /// Whether the word at `pos` can be the next item of a title after "och"/"og": a
    /// lowercase word in the indefinite form that is neither a stop word nor the start of a
    /// clause, and not an act ("och lagen", "och socialtjänstlagen", "och SoL"); or a
    /// preposition after a preposition (`prev`, the word before the conjunction).
    fn item_follows(&self, pos: usize, prev: &str) -> bool {
        let cur = Cursor::new(self.text, pos);
        let Some(caps) = cur.peek(&TITLE_WORD) else {
            return false;
        };
        let original = caps.name("v").map_or("", |w| w.as_str());
        if !original.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        let word = original.to_lowercase();
        let w = word.as_str();
        if PREPOSITIONS.contains(&prev) && PREPOSITIONS.contains(&w) {
            return true;
        }
        if TITLE_STOP.contains(&w)
            || TITLE_STOP_WEAK.contains(&w)
            || CLAUSE_START.contains(&w)
            || ACT_WORDS.contains(&w)
        {
            return false;
        }
        if words::is_context_word(w, self.jurisdiction)
            || words::looks_like_act_name(w, self.jurisdiction)
            || self.index.by_name(self.jurisdiction, w).is_some()
            || (self.jurisdiction == Jurisdiction::Se && known::swedish_abbreviation(w).is_some())
        {
            return false;
        }
        // Titles name things in the indefinite form ("om stöd och service", "om kommuner og
        // fylkeskommuner"); a definite form after the conjunction is the subject of a new
        // clause ("och kommunen ska", "og borgerne"). "-het" and "-itet" are indefinite.
        let definite = w.chars().count() > 4
            && (w.ends_with("en")
                || w.ends_with("na")
                || w.ends_with("ne")
                || (w.ends_with("et") && !w.ends_with("het") && !w.ends_with("itet")));
        !definite
    }

    /// Whether a comma at `pos - 1` joins items of a list inside a title: the words after
    /// it lead, within a few words, to a conjunction that joins one more item ("om
    /// arbeidsmiljø, arbeidstid og stillingsvern").
    fn list_continues(&self, pos: usize) -> bool {
        if !self.item_follows(pos, "") {
            return false;
        }
        let mut cur = Cursor::new(self.text, pos);
        for _ in 0..MAX_LIST_ITEM_WORDS {
            let Some(caps) = cur.peek(&TITLE_WORD) else {
                return false;
            };
            let word = caps.name("v").map_or("", |w| w.as_str()).to_lowercase();
            if matches!(word.as_str(), "og" | "och" | "eller") {
                let after = cur.pos + caps.get(0).map_or(0, |m| m.end());
                return self.item_follows(after, "");
            }
            if TITLE_STOP.contains(&word.as_str()) {
                return false;
            }
            advance(&mut cur, &caps);
        }
        false
    }

    /// "lov om social service": the longest title the index knows, or, next to a provision,
    /// a title read up to the first word that cannot belong to one.
    fn titled_act(&self, cur: &mut Cursor<'_>, mode: Mode) -> Option<ActRef> {
        let start = cur.pos;
        cur.eat(&TITLED)?;
        let after_om = cur.pos;
        // A known title may contain any word ("lov om kommuner og fylkeskommuner").
        for &end in self.title_words(after_om, Stops::None).iter().rev() {
            if let Some(act) = self
                .index
                .by_name(self.jurisdiction, &self.text[start..end])
            {
                cur.pos = end;
                self.short_name(cur);
                return Some(ActRef {
                    id: Some(act.id.clone()),
                    name: Some(self.text[start..cur.pos].to_string()),
                });
            }
        }
        // An unknown "lov om …" on its own is too often plain prose ("en lov om dette").
        if mode == Mode::Alone {
            return None;
        }
        let end = *self.title_words(after_om, Stops::Weak).last()?;
        cur.pos = end;
        self.short_name(cur);
        Some(ActRef {
            id: None,
            name: Some(self.text[start..cur.pos].to_string()),
        })
    }

    /// A one-word name ("husleieloven", "husll", "socialtjänstlagen"), possibly joined to
    /// another ("plan- og bygningsloven"), and in Sweden the SFS number after it.
    fn named_act(&self, cur: &mut Cursor<'_>, mode: Mode) -> Option<ActRef> {
        let start = cur.pos;
        if mode != Mode::Alone
            && let Some(caps) = cur.peek(&CONTEXT_PHRASE)
        {
            advance(cur, &caps);
            return Some(self.context_act());
        }
        if mode != Mode::Alone
            && self.jurisdiction == Jurisdiction::Se
            && let Some(caps) = cur.peek(&SE_BACK)
        {
            advance(cur, &caps);
            return Some(self.named_before(&caps));
        }
        let caps = cur.peek(&NAME_WORD)?;
        let whole = caps.get(0)?.as_str();
        let word = caps.name("w")?.as_str();
        let joined = caps.name("pre").is_some();
        if !joined && mode != Mode::Alone && words::is_context_word(word, self.jurisdiction) {
            advance(cur, &caps);
            if self.jurisdiction == Jurisdiction::Se
                && let Some(sfs) = cur.peek(&SE_PAREN)
            {
                // "lagen (2017:725)" is caught as a number first; this is only a fallback.
                advance(cur, &sfs);
            }
            return Some(self.context_act());
        }
        let known = self.index.by_name(self.jurisdiction, whole);
        if known.is_none()
            && !joined
            && self.jurisdiction == Jurisdiction::Se
            && let Some((sfs, alone)) = known::swedish_abbreviation(word)
        {
            // "SoL", "BrB"; "MB" or "FL" only after a provision.
            if mode == Mode::Alone && !alone {
                return None;
            }
            advance(cur, &caps);
            let id = self.resolve_number(ActKind::Act, None, Some(sfs.to_owned()), sfs.to_owned());
            return Some(ActRef {
                id: Some(id),
                name: Some(word.to_owned()),
            });
        }
        if known.is_none() && !words::looks_like_act_name(word, self.jurisdiction) {
            return None;
        }
        let mut id = known.map(|act| act.id.clone());
        advance(cur, &caps);
        // An abbreviation keeps its dot before a section sign: "husll. § 9-8".
        if mode == Mode::Before && known.is_some() && cur.is(&DOT_SECTION) {
            cur.pos += 1;
        }
        if self.jurisdiction == Jurisdiction::Se
            && let Some(sfs) = cur.peek(&SE_PAREN)
            && let Some(number) = sfs_number(&sfs)
        {
            advance(cur, &sfs);
            id = Some(self.resolve_number(ActKind::Act, None, Some(number.clone()), number));
        } else if self.jurisdiction == Jurisdiction::Se
            && let Some(dated) = cur.peek(&SE_NAME_DATED)
            && let Some(number) = dated_sfs_number(&dated)
        {
            advance(cur, &dated);
            id = Some(self.resolve_number(ActKind::Act, None, Some(number.clone()), number));
        }
        Some(ActRef {
            id,
            name: Some(self.text[start..cur.pos].to_string()),
        })
    }
}

impl Parser<'_> {
    /// The act that "samma lag", "den lagen" or "den förstnämnda lagen" refers to: among the
    /// acts named before of the kind written (a law, a regulation, a code), or of any kind if
    /// none is of that kind, the last one, or for "förstnämnda" the earlier of the last two;
    /// else the context's act.
    fn named_before(&self, caps: &Captures<'_>) -> ActRef {
        let kind_word = ["same", "named", "that"]
            .iter()
            .find_map(|g| caps.name(g))
            .map_or(String::new(), |m| m.as_str().to_lowercase());
        let kind = ["förordning", "balk", "kungörelse", "stadga"]
            .into_iter()
            .find(|k| kind_word.starts_with(k));
        let of_kind = |act: &&ActRef| {
            let name = act.name.as_deref().unwrap_or("").to_lowercase();
            match kind {
                Some(k) => name.contains(k),
                // A law: any act not named as a regulation, a code or an ordinance.
                None => !["förordning", "balk", "kungörelse", "stadga"]
                    .iter()
                    .any(|k| name.contains(k)),
            }
        };
        let mut candidates: Vec<&ActRef> = self.named.iter().filter(of_kind).collect();
        // A code is a law too: "samma lag" after only "brottsbalken" is that code.
        if candidates.is_empty() {
            candidates = self.named.iter().collect();
        }
        let first_named = caps
            .name("which")
            .is_some_and(|w| w.as_str().eq_ignore_ascii_case("förstnämnda"));
        let found = if first_named && candidates.len() >= 2 {
            candidates.get(candidates.len() - 2)
        } else {
            candidates.last()
        };
        found.map_or_else(|| self.context_act(), |act| (*act).clone())
    }
}

/// Moves the cursor past a match made by `peek`.
fn advance(cur: &mut Cursor<'_>, caps: &Captures<'_>) {
    if let Some(m) = caps.get(0) {
        cur.pos += m.end();
    }
}

fn kind_of(caps: &Captures<'_>) -> ActKind {
    let kind = caps.name("kind").map_or("", |k| k.as_str()).to_lowercase();
    if kind.starts_with("lovbekendtgørelse") || kind == "lbk" {
        ActKind::ConsolidatedAct
    } else if kind.starts_with("bekendtgørelse") || kind == "bek" {
        ActKind::ExecutiveOrder
    } else if kind.starts_with("for")
        // "res." is a royal resolution, which Lovdata files as a regulation.
        || kind == "res."
        || kind.starts_with("förordning")
        || kind.starts_with("kungörelse")
    {
        ActKind::Regulation
    } else {
        ActKind::Act
    }
}

fn number(caps: &Captures<'_>, group: &str) -> Option<u32> {
    caps.name(group)?.as_str().parse().ok()
}

fn trim_zeros(number: &str) -> String {
    let trimmed = number.trim_start_matches('0');
    if trimmed.is_empty() { "0" } else { trimmed }.to_string()
}

fn iso_date(year: u32, month: u32, day: u32) -> Option<String> {
    let plausible =
        (1600..=2100).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day);
    plausible.then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// The CELEX number of an EU act ("32016R0679", "32006L0123"): a regulation written "(EU)
/// 2016/679" gives its year first, one written "(EG) nr 1907/2006" its number first, and a
/// directive or decision its year first ("2006/123/EG", "93/13/EEG").
fn celex(caps: &Captures<'_>) -> Option<String> {
    let kind = caps.name("kind").map_or("", |k| k.as_str()).to_lowercase();
    let letter = if kind.starts_with("direktiv") {
        'L'
    } else if kind.contains("beslut") {
        'D'
    } else {
        'R'
    };
    let (year, serial) = match (caps.name("a"), caps.name("b")) {
        (Some(a), Some(b)) if caps.name("nr").is_some() => (b.as_str(), a.as_str()),
        (Some(a), Some(b)) => (a.as_str(), b.as_str()),
        _ => (caps.name("c")?.as_str(), caps.name("d")?.as_str()),
    };
    let year: u32 = year.parse().ok()?;
    let year = match year {
        0..=49 => 2000 + year,
        50..=99 => 1900 + year,
        1950..=2100 => year,
        _ => return None,
    };
    let serial: u32 = serial.parse().ok()?;
    (serial > 0).then(|| format!("3{year}{letter}{serial:04}"))
}

/// "1958:663" from a date and the number in that year's collection.
fn dated_sfs_number(caps: &Captures<'_>) -> Option<String> {
    let year = number(caps, "y")?;
    let serial = number(caps, "n").or_else(|| number(caps, "n2"))?;
    ((1600..=2100).contains(&year) && serial != 0).then(|| format!("{year}:{serial}"))
}

/// "2017:725" from a match with year and serial, if the year is one SFS can have.
fn sfs_number(caps: &Captures<'_>) -> Option<String> {
    let year = number(caps, "y")?;
    let serial = trim_zeros(caps.name("n")?.as_str());
    ((1600..=2100).contains(&year) && serial != "0").then(|| format!("{year}:{serial}"))
}
