//! What the suggestions rank by besides matching words: a prior per provision (acts before
//! executive orders, duties and limits before commencement, amendment, appeal and penalty
//! clauses), a fingerprint that finds near-identical provisions of sibling orders, the parts
//! of a description and what it says it deviates from, the word pairs that tell the trial
//! provision a description was pasted from, the phrases that tell the section a description
//! quotes from its neighbours, the keys that group provisions by act and chapter, and the
//! generic words that say little about which law an idea meets.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::ProvisionDoc;
use super::analysis::{Stopwords, lang_index, surface_words};
use crate::model::{ActKind, Jurisdiction};

/// How much a kind of act is worth to an idea: a trial is exempted from acts far more often
/// than from the orders made under them, and amending acts only carry changes.
pub fn kind_prior(kind: ActKind) -> f64 {
    match kind {
        ActKind::Act | ActKind::ConsolidatedAct => 1.0,
        ActKind::Regulation => 0.8,
        ActKind::ExecutiveOrder => 0.7,
        ActKind::AmendingAct => 0.4,
    }
}

/// The prior of a provision that imposes a duty or a limit.
const DUTY: f64 = 1.0;
/// The prior of a provision that neither imposes a duty nor is boilerplate.
const NEUTRAL: f64 = 0.8;
/// The prior of commencement, transition, repeal, appeal, penalty, territory and
/// definition clauses: a trial rarely needs exemption from them.
const BOILERPLATE: f64 = 0.5;

/// Duties and limits as each language writes them, lower-case.
static DUTY_WORDS: LazyLock<[Regex; 3]> = LazyLock::new(|| {
    [
        r"\b(skal|skall|må ikke|må ikkje|kan bare|kan berre|kan ikke|kan ikkje|kan kun|har plikt|plikter|pliktar|er forpliktet|har ansvar for|har ansvaret for|sørge for|syte for)\b",
        r"\b(skal|må ikke|må kun|kan kun|kan ikke|har pligt|er forpligtet|forpligtet til|påhviler|sørger for|sørge for|har ansvaret for|har ansvar for)\b",
        r"\b(ska|skall|får inte|får endast|får bara|får ej|är skyldig|är skyldiga|ansvarar för|har ansvaret för|ombesörja)\b",
    ]
    .map(|p| Regex::new(p).expect("a valid pattern"))
});

/// Headings of boilerplate, lower-case, matched at the start. A section that amends other
/// acts ("Endringer i andre lover") matches almost any idea by its many words, and a trial
/// never needs exemption from it.
static BOILERPLATE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(endringer i andre|endringar i andre|endring i andre|ændringer i anden|ændring af anden|ändringar i andra|ikrafttr|ikraftträd|overgangs|övergångs|i kraft|klage|klageadgang|overklag|överklag|straf|ansvar og straff|bøde|böter|definition|definisjon|ordforklaring|ordförklaring|begreb|begrepp|ophævelse|opphevelse|upphävande|territorial|færøerne|grønland|stadfæstelse)",
    )
    .expect("a valid pattern")
});

/// Openings of boilerplate text, lower-case, matched near the start.
static BOILERPLATE_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^.{0,80}\b(træder i kraft|trer i kraft|tek til å gjelde|träder i kraft|denne lov gælder ikke for færøerne|gælder ikke for færøerne|kan ved kongelig anordning|sættes i kraft for|i denne lov forstås|i denne bekendtgørelse forstås|forstås ved|i denne lov menes|i denne lova tyder|med .{1,60} menes|i denna lag avses|i denna förordning avses|i lagen avses|med .{1,60} avses|straffes med bøde|straffes med bøter|straffes med fængsel|döms till böter|dömas till böter|kan påklages|kan ikke påklages|kan ikke indbringes for anden administrativ myndighed|får överklagas|överklagas hos|kan overklages|ophæves|oppheves|upphävs|upphör att gälla)",
    )
    .expect("a valid pattern")
});

/// How likely a provision is to be what a trial needs exemption from, in `(0, 1]`: the
/// kind of its act times what it says.
pub fn provision_prior(doc: &ProvisionDoc) -> f64 {
    let heading = doc.heading.as_deref().unwrap_or_default().to_lowercase();
    let text = doc.text.to_lowercase();
    let content = if BOILERPLATE_HEADING.is_match(&heading)
        || BOILERPLATE_TEXT.is_match(&text)
        || MORE_BOILERPLATE_TEXT.is_match(&text)
    {
        BOILERPLATE
    } else if DUTY_WORDS[lang_index(doc.jurisdiction)].is_match(&text) {
        DUTY
    } else {
        NEUTRAL
    };
    kind_prior(doc.kind) * content * act_prior(&doc.act_title)
}

/// How much an act is worth by its title: a trial or an exemption scheme is worth less,
/// because its rules are the deviation, and an idea needs exemption from the ordinary law
/// of its sector.
pub fn act_prior(title: &str) -> f64 {
    if TRIAL_TITLE.is_match(&title.to_lowercase()) {
        TRIAL_ACT
    } else {
        1.0
    }
}

/// The prior of an act or order that is itself a trial or an exemption scheme.
const TRIAL_ACT: f64 = 0.6;

/// Titles of trials and exemption schemes, lower-case.
static TRIAL_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(forsøk|forsøg|försök)\b|\b(forsøksordning|forsøgsordning|försöksverksamhet|frikommune|frisættelse|udfordringsret)|\b(undantag|unntak|undtagelse|undtagelser|fravigelse|fravigelser|lempede krav) (från|fra|af|fra krav|til)\b",
    )
    .expect("a valid pattern")
});

/// More openings of boilerplate text, lower-case, as Swedish and Danish statutes often word
/// them: a penalty whose subject comes first ("Den som … döms till böter"), an appeal to a
/// named body, entry into force and repeal further into the sentence.
static MORE_BOILERPLATE_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^.{0,120}\b(döms .{0,120}till böter|med bøde straffes|med bøde eller fængsel|till böter eller fängelse|straffes med bøde|straffes med fængsel|straffes med bot|straffes med bøter|klage over .{0,80} kan indbringes|kan indbringes for|kan påklages til|klagen skal|får överklagas|överklagas till|kan överklagas|kan overklages|lov nr\. .{0,40} ophæves|upphör att gälla|træder i kraft|träder i kraft|trer i kraft)",
    )
    .expect("a valid pattern")
});

/// FNV-1a, a stable 64-bit hash: the fast fields must mean the same in every build.
fn fnv(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// A number for an act id, to group provisions by act from a fast field.
pub fn act_key(act_id: &str) -> u64 {
    fnv(act_id.as_bytes())
}

/// A number for a chapter of an act, to group provisions by chapter from a fast field; 0 for
/// a section outside chapters.
pub fn chapter_key(act_id: &str, chapter: Option<&str>) -> u64 {
    chapter.map_or(0, |c| fnv(format!("{act_id}\u{0}{c}").as_bytes()).max(1))
}

/// A SimHash of the words of a text: near-identical texts (sibling orders that differ in a
/// name or a date) differ in few bits.
pub fn fingerprint(text: &str) -> u64 {
    let words = surface_words(text);
    let mut votes = [0i32; 64];
    // Pairs of words, so that the same words in another order count as different.
    for pair in words.windows(2) {
        let hash = fnv(format!("{} {}", pair[0], pair[1]).as_bytes());
        for (bit, vote) in votes.iter_mut().enumerate() {
            *vote += if hash >> bit & 1 == 1 { 1 } else { -1 };
        }
    }
    if words.len() == 1 {
        return fnv(words[0].as_bytes());
    }
    votes
        .iter()
        .enumerate()
        .filter(|(_, v)| **v > 0)
        .fold(0, |acc, (bit, _)| acc | 1 << bit)
}

/// Fingerprints this close are the same provision in two documents.
const NEAR_BITS: u32 = 4;

/// Whether two fingerprints are of near-identical texts.
pub fn near_duplicates(a: u64, b: u64) -> bool {
    (a ^ b).count_ones() <= NEAR_BITS
}

/// The parts of a description, each an idea of its own: its sentences, and clauses joined
/// by "samt". Parts too short to say anything are left out.
pub fn parts(text: &str) -> Vec<&str> {
    static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[.!?;:\n]+\s|\s(?:samt|og dessuten|og desuden|och dessutom)\s")
            .expect("a valid pattern")
    });
    SPLIT
        .split(text)
        .map(str::trim)
        .filter(|p| surface_words(p).len() >= MIN_PART_WORDS)
        .collect()
}

/// What a description says it wants to deviate from: the words after "fravige", "uanset",
/// "unntak fra", "i stället för" and their kin, to the end of the sentence and at most
/// [`MAX_CLAUSE_WORDS`] words. A clause with fewer than [`MIN_CLAUSE_WORDS`] words that name
/// something ("kravet om" alone) is left out: searched on its own it would find any
/// provision about any requirement.
pub fn deviation_clauses(text: &str) -> Vec<&str> {
    // The words that set rules aside, and those by which an idea or a trial order names the
    // rule: "i stället för", "for så vidt angår kravet om", "hvorefter".
    static MARKER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)\b({SETS_ASIDE}|fravigelse af|fritaget for|i stedet for|slippe for|fravik fra|slippe|avsteg från|i stället för|slippa|for så vidt angår|kravet om|kravene om|kravet på|kraven på|hvorefter)[,:]?\s",
        ))
        .expect("a valid pattern")
    });
    static END: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[;:!?\n]|\.(\s+\p{Lu}|\s*$)").expect("a valid pattern"));
    // A masked citation ("[…]") is no word of the clause.
    static WORD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\S*[\p{L}\p{N}]\S*").expect("a valid pattern"));
    static GENERIC: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        [Jurisdiction::No, Jurisdiction::Dk, Jurisdiction::Se]
            .into_iter()
            .flat_map(|j| generic_words(j).iter().chain(deviation_words(j)))
            .copied()
            .collect()
    });
    let mut covered = 0;
    MARKER
        .find_iter(text)
        .filter_map(|m| {
            // A marker inside the clause before it ("fravige kravet om …") opens no other.
            if m.start() < covered {
                return None;
            }
            let rest = &text[m.end()..];
            let sentence = END.find(rest).map_or(rest, |e| &rest[..e.start()]);
            let end = WORD
                .find_iter(sentence)
                .nth(MAX_CLAUSE_WORDS - 1)
                .map_or(sentence.len(), |w| w.end());
            covered = m.end() + end;
            let clause = sentence[..end].trim().trim_end_matches(',');
            let naming = surface_words(clause)
                .iter()
                .filter(|w| w.chars().count() >= 4 && !GENERIC.contains(w.as_str()))
                .count();
            (naming >= MIN_CLAUSE_WORDS).then_some(clause)
        })
        .collect()
}

/// The word pairs of a description that sets rules aside, to tell the provision it was
/// copied from.
pub struct WordPairs(PairSet);

impl WordPairs {
    /// `None` for a description that sets nothing aside: it was not pasted from a provision
    /// that does, and no provision needs to be read to tell.
    pub fn of(text: &str) -> Option<Self> {
        SETS_RULES_ASIDE.is_match(text).then(|| {
            let words = surface_words(text);
            Self(PairSet::of(words.iter().map(String::as_str)))
        })
    }

    /// Whether `provision` is the description itself: a provision that sets rules aside and
    /// whose word pairs the description mostly repeats was pasted from a trial or exemption
    /// order, and it is the idea, not a rule the idea needs lifted. A duty the description
    /// quotes is not such a provision: it is what the idea meets.
    pub fn repeat(&self, provision: &str) -> bool {
        if !SETS_RULES_ASIDE.is_match(provision) {
            return false;
        }
        let words = surface_words(provision);
        let own = distinct_pairs(words.iter().map(String::as_str));
        if own.is_empty() {
            return false;
        }
        let repeated = own.iter().filter(|(a, b)| self.0.contains(a, b)).count();
        repeated as f64 >= REPEATED_SHARE * own.len() as f64
    }
}

/// The phrases of a description: each content word with the next, both cut to their first
/// letters so that inflections meet ("personligt fremmøde", "samtaler ved personligt
/// fremmøde"). A section that words the idea's phrases as the idea does stands out from its
/// neighbours in the same act, which share the idea's words but not how they are put together.
pub struct Phrases(PairSet);

impl Phrases {
    /// The phrases of `text` in a language whose stopwords are `stopwords`.
    pub fn of(text: &str, stopwords: &Stopwords) -> Self {
        let words = surface_words(text);
        Self(PairSet::of(content_words(&words, stopwords)))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many of the phrases `provision` words as well.
    pub fn shared(&self, provision: &str, stopwords: &Stopwords) -> usize {
        let words = surface_words(provision);
        distinct_pairs(content_words(&words, stopwords))
            .iter()
            .filter(|(a, b)| self.0.contains(a, b))
            .count()
    }
}

/// The words a phrase is made of: three letters or more, no stopwords, cut to their first
/// letters.
fn content_words<'a>(
    words: &'a [String],
    stopwords: &'a Stopwords,
) -> impl Iterator<Item = &'a str> + Clone {
    words
        .iter()
        .filter(|w| {
            w.chars().count() >= 3 && w.chars().all(char::is_alphabetic) && !stopwords.contains(w)
        })
        .map(|w| {
            w.char_indices()
                .nth(PHRASE_STEM_CHARS)
                .map_or(w.as_str(), |(i, _)| &w[..i])
        })
}

/// Each word with the next, once each, borrowed from the words; a word beside itself is no
/// pair.
fn distinct_pairs<'a>(words: impl Iterator<Item = &'a str> + Clone) -> HashSet<(&'a str, &'a str)> {
    words
        .clone()
        .zip(words.skip(1))
        .filter(|(a, b)| a != b)
        .collect()
}

/// A set of word pairs that a provision's borrowed pairs can be looked up in without copying
/// them (the best candidates of every suggestion are read this way).
#[derive(Default)]
struct PairSet {
    /// Each first word with the words that follow it.
    next: HashMap<String, HashSet<String>>,
    len: usize,
}

impl PairSet {
    fn of<'a>(words: impl Iterator<Item = &'a str> + Clone) -> Self {
        let mut set = Self::default();
        for (a, b) in distinct_pairs(words) {
            if set
                .next
                .entry(a.to_owned())
                .or_default()
                .insert(b.to_owned())
            {
                set.len += 1;
            }
        }
        set
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn contains(&self, first: &str, second: &str) -> bool {
        self.next.get(first).is_some_and(|s| s.contains(second))
    }
}

/// How many letters of a word a phrase compares.
const PHRASE_STEM_CHARS: usize = 6;

/// The share of a provision's word pairs a description repeats when it was copied from it.
const REPEATED_SHARE: f64 = 0.6;

/// How a text sets other rules aside, in any of the three languages, lower-case.
const SETS_ASIDE: &str = "fravige|fraviges|uanset|undtagelse fra|undtaget fra|fritages for|unntak fra|unntatt fra|fravike|uten hinder av|undantag från|undantas från|avvika från|utan hinder av|trots";

static SETS_RULES_ASIDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b({SETS_ASIDE})\s")).expect("a valid pattern"));

/// The most words of a clause that says what a description deviates from.
const MAX_CLAUSE_WORDS: usize = 12;
/// The fewest words that name something a clause needs to be searched.
const MIN_CLAUSE_WORDS: usize = 2;

/// The fewest words a part needs to be searched on its own.
const MIN_PART_WORDS: usize = 5;

/// Words that occur in almost every idea and in very many provisions, as written in a
/// description; they are searched, but weigh less than the words that name a sector.
pub fn generic_words(jurisdiction: Jurisdiction) -> &'static [&'static str] {
    match jurisdiction {
        Jurisdiction::No => &[
            "kommune",
            "kommunen",
            "kommunar",
            "kommuner",
            "kommunene",
            "plan",
            "planer",
            "planen",
            "mer",
            "meir",
            "flere",
            "fleire",
            "bedre",
            "betre",
            "ny",
            "nye",
            "ønsker",
            "ønskjer",
            "prøve",
            "prøver",
            "forsøk",
            "forsøket",
            "ordning",
            "ordningen",
            "innbygger",
            "innbyggere",
            "innbyggjarar",
            "tjeneste",
            "tjenester",
            "tjenesten",
            "behov",
            "dag",
            "tid",
            "år",
            "del",
            "måte",
            "sammen",
            "saman",
            "felles",
            "lokal",
            "lokalt",
            "regler",
            "reglene",
            "regelverk",
            "lov",
            "loven",
            "krav",
            "kravet",
            "kravene",
            "gjøre",
            "ansvar",
            "ansvaret",
        ],
        Jurisdiction::Dk => &[
            "kommune",
            "kommunen",
            "kommuner",
            "kommunerne",
            "kommunens",
            "plan",
            "planer",
            "planen",
            "mer",
            "mere",
            "flere",
            "bedre",
            "ny",
            "nye",
            "ønsker",
            "afprøve",
            "forsøg",
            "forsøget",
            "ordning",
            "ordningen",
            "borger",
            "borgere",
            "borgerne",
            "borgeren",
            "indsats",
            "indsatsen",
            "behov",
            "dag",
            "tid",
            "år",
            "del",
            "måde",
            "sammen",
            "fælles",
            "lokal",
            "lokalt",
            "regler",
            "reglerne",
            "lov",
            "loven",
            "krav",
            "kravet",
            "kravene",
            "frisættelse",
            "fritage",
            "fritages",
            "undtagelse",
            "gøre",
            "ansvar",
            "ansvaret",
            // "for så vidt angår" says which part of a rule is meant, not which rule.
            "vidt",
            "angår",
        ],
        Jurisdiction::Se => &[
            "kommun",
            "kommunen",
            "kommuner",
            "kommunerna",
            "kommunens",
            "plan",
            "planer",
            "planen",
            "mer",
            "mera",
            "fler",
            "flera",
            "bättre",
            "ny",
            "nya",
            "pröva",
            "försök",
            "försöket",
            "försöksverksamhet",
            "ordning",
            "ordningen",
            "invånare",
            "invånarna",
            "behov",
            "dag",
            "tid",
            "år",
            "del",
            "sätt",
            "tillsammans",
            "gemensam",
            "gemensamt",
            "lokal",
            "lokalt",
            "regler",
            "reglerna",
            "lag",
            "lagen",
            "krav",
            "kravet",
            "kraven",
            "undantag",
            "göra",
            "ansvar",
            "ansvaret",
        ],
    }
}

/// Words an idea or a trial's own text uses to say that it wants to deviate, or that it is
/// a trial ("trots", "undantag", "uanset", "fravige", "frikommune"): they name no sector, and
/// a provision they find is an exception rather than the rule, so they weigh as little as
/// the generic words.
pub fn deviation_words(jurisdiction: Jurisdiction) -> &'static [&'static str] {
    match jurisdiction {
        Jurisdiction::No => &[
            "unntak",
            "unntaket",
            "fravike",
            "fravik",
            "uavhengig",
            "hinder",
            "likevel",
            "gjelder",
            "gjelde",
            "eksempel",
            "mulighet",
            "muligheten",
            "slippe",
            "forsøkskommune",
            "forsøkskommuner",
            "forsøksperioden",
            "forsøksordning",
            "anvendelse",
        ],
        Jurisdiction::Dk => &[
            "undtagelse",
            "undtagelser",
            "fravige",
            "fraviges",
            "fravigelse",
            "uanset",
            "hinder",
            "alligevel",
            "gælder",
            "gælde",
            "eksempel",
            "eksempelvis",
            "mulighed",
            "muligheden",
            "slippe",
            "gerne",
            "frikommune",
            "frikommuner",
            "frikommunen",
            "frikommunerne",
            "frikommunenetværk",
            "forsøgsperioden",
            "forsøgskommune",
            "forsøgskommuner",
            "anvendelse",
            "beslutte",
            "beslutter",
        ],
        Jurisdiction::Se => &[
            "undantag",
            "undantaget",
            "avvika",
            "avsteg",
            "trots",
            "hinder",
            "fast",
            "annars",
            "ändå",
            "gäller",
            "gälla",
            "exempel",
            "möjlighet",
            "möjligheten",
            "kunna",
            "slippa",
            "försöksperioden",
            "försökskommun",
            "försökskommuner",
            "tillämpas",
            "tillämpning",
            "längre",
            "vanliga",
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(jurisdiction: Jurisdiction, kind: ActKind, heading: &str, text: &str) -> ProvisionDoc {
        ProvisionDoc {
            provision_id: 1,
            act_id: "a".into(),
            jurisdiction,
            kind,
            in_force: true,
            act_title: "t".into(),
            act_short_title: None,
            label: "§ 1".into(),
            chapter: None,
            heading: (!heading.is_empty()).then(|| heading.to_owned()),
            text: text.into(),
        }
    }

    #[test]
    fn duties_outrank_neutral_text_and_boilerplate() {
        use ActKind::*;
        use Jurisdiction::*;
        let duty = provision_prior(&doc(Dk, Act, "", "Kommunalbestyrelsen skal sikre pladser."));
        let neutral = provision_prior(&doc(Dk, Act, "", "Ministeren fastsætter regler om tilbud."));
        let force = provision_prior(&doc(Dk, Act, "", "Loven træder i kraft den 1. juli 2024."));
        let appeal = provision_prior(&doc(No, Act, "Klage", "Vedtak skal kunne påklages."));
        let definition = provision_prior(&doc(
            Se,
            Act,
            "",
            "I denna lag avses med barn den som är under 18 år.",
        ));
        assert!(
            duty > neutral && neutral > force,
            "{duty} {neutral} {force}"
        );
        assert_eq!(force, appeal);
        assert_eq!(force, definition);
        let amending = provision_prior(&doc(
            No,
            Act,
            "Endringer i andre lover",
            "I lov 26. juni 1992 nr. 86 om tvangsfullbyrdelse skal § 7-1 lyde:",
        ));
        assert_eq!(force, amending);
        let sv_limit = provision_prior(&doc(
            Se,
            Act,
            "",
            "Nämnden får inte överlåta beslutanderätten.",
        ));
        assert_eq!(sv_limit, duty);
        let order = provision_prior(&doc(
            Dk,
            ExecutiveOrder,
            "",
            "Kommunalbestyrelsen skal sikre pladser.",
        ));
        assert!(order < duty);
    }

    /// (language, heading, text, whether it is boilerplate): penalties, appeals, entry into
    /// force and repeal as Swedish, Danish and Norwegian statutes word them, and duties that
    /// merely mention a fine or an appeal further on.
    #[rustfmt::skip]
    const BOILERPLATE_CASES: &[(Jurisdiction, &str, &str, bool)] = &[
        (Jurisdiction::Se, "", "Den som uppsåtligen bryter mot förbudet i 5 § döms till böter eller fängelse i högst sex månader.", true),
        (Jurisdiction::Se, "", "Kommunens beslut enligt 7 § får överklagas hos allmän förvaltningsdomstol.", true),
        (Jurisdiction::Se, "", "Beslut om avgift enligt denna förordning kan överklagas till Transportstyrelsen.", true),
        (Jurisdiction::Se, "", "Denna lag träder i kraft den 1 juli 2025.", true),
        (Jurisdiction::Se, "", "Kommunen ska erbjuda hemtjänst till den som behöver det.", false),
        (Jurisdiction::Se, "", "Nämnden får inte överlåta beslutanderätten till en anställd.", false),
        (Jurisdiction::Dk, "", "Med bøde straffes den, der overtræder § 3, stk. 1.", true),
        (Jurisdiction::Dk, "", "Den, der overtræder § 3, stk. 1, straffes med bøde.", true),
        (Jurisdiction::Dk, "", "Kommunalbestyrelsens afgørelser efter § 4 kan påklages til Ankestyrelsen.", true),
        (Jurisdiction::Dk, "", "Klage over kommunalbestyrelsens afgørelse efter stk. 2 kan indbringes for Ankestyrelsen.", true),
        (Jurisdiction::Dk, "", "Bekendtgørelsen træder i kraft den 1. januar 2025.", true),
        (Jurisdiction::Dk, "", "Kommunalbestyrelsen skal sikre, at der er det nødvendige antal pladser.", false),
        (Jurisdiction::No, "", "Vedtak etter § 5 kan påklages til statsforvalteren.", true),
        (Jurisdiction::No, "", "Den som forsettlig overtrer § 4, straffes med bøter.", true),
        (Jurisdiction::No, "", "Kommunen skal tilby plass i barnehage.", false),
    ];

    #[test]
    fn boilerplate_is_known_in_each_language() {
        for (jurisdiction, heading, text, boilerplate) in BOILERPLATE_CASES {
            let prior = provision_prior(&doc(*jurisdiction, ActKind::Act, heading, text));
            assert_eq!(prior == BOILERPLATE, *boilerplate, "{text}: {prior}");
        }
    }

    /// (act title, whether it is a trial or an exemption scheme).
    #[rustfmt::skip]
    const TRIAL_TITLES: &[(&str, bool)] = &[
        ("Förordning (2024:458) om försöksverksamhet med utökad behörighet för körkort", true),
        ("Lag (2022:1491) om undantag från lokaliseringsprincipen för kommunala bredbandsnät", true),
        ("Bekendtgørelse om forsøg med frit valg af leverandør", true),
        ("Bekendtgørelse om frisættelse af kommunerne fra regler om beskæftigelsesindsatsen", true),
        ("Forskrift om forsøk med kommunal oppgaveløsning", true),
        ("Bekendtgørelse om forsøg på beskæftigelsesområdet", true),
        ("Bekendtgørelse om forsøg i henhold til udfordringsretten på sygedagpengeområdet", true),
        ("Bekendtgørelse om undtagelse af visse kommunale solcelleanlæg fra kravet", true),
        ("Bekendtgørelse om midlertidige fravigelser af regler om afvikling af møder", true),
        ("Bekendtgørelse om undtagelser fra lov om firmapensionskasser", true),
        ("Forskrift om unntak fra kravet om lærerutdanning", true),
        ("Lov om dyreforsøg", false),
        ("Lov om forsøksdyr", false),
        ("Lag (1991:1128) om psykiatrisk tvångsvård", false),
        ("Skollag (2010:800)", false),
        ("Bekendtgørelse af lov om social service", false),
        ("Lov om kommuner og fylkeskommuner (kommuneloven)", false),
        ("Förordning (2011:326) om behörighet och legitimation för lärare", false),
    ];

    #[test]
    fn trials_and_exemption_schemes_weigh_less_than_ordinary_law() {
        for (title, trial) in TRIAL_TITLES {
            let expected = if *trial { TRIAL_ACT } else { 1.0 };
            assert_eq!(act_prior(title), expected, "{title}");
        }
        let mut ordinary = doc(
            Jurisdiction::Se,
            ActKind::Act,
            "",
            "Kommunen ska erbjuda skolskjuts.",
        );
        let plain = provision_prior(&ordinary);
        ordinary.act_title = TRIAL_TITLES[0].0.to_owned();
        assert!(provision_prior(&ordinary) < plain);
    }

    #[test]
    fn deviation_words_are_lower_case_and_no_stopwords() {
        use crate::search::analysis::Stopwords;
        for j in [Jurisdiction::No, Jurisdiction::Dk, Jurisdiction::Se] {
            let stop = Stopwords::new(j);
            for w in deviation_words(j).iter().chain(generic_words(j)) {
                assert_eq!(*w, w.to_lowercase(), "{w}");
                // A stopword is never searched, so listing it here would mean nothing.
                assert!(!stop.contains(w), "{w}");
            }
        }
    }

    /// (description, what it says it deviates from).
    #[rustfmt::skip]
    const CLAUSES: &[(&str, &[&str])] = &[
        ("Kommunerne kan fravige kravet om varigheden af virksomhedspraktik for ledige: 1) Vejle.",
         &["kravet om varigheden af virksomhedspraktik for ledige"]),
        ("Vi vil gerne slippe for kravet om en rehabiliteringsplan, når borgeren selv har en plan.",
         &["kravet om en rehabiliteringsplan, når borgeren selv har en plan"]),
        ("Kommunen ønsker unntak fra kravet om pedagogtetthet i barnehagene i tre år.",
         &["kravet om pedagogtetthet i barnehagene i tre år"]),
        ("Skolen vill anställa lärare utan legitimation i stället för behöriga lärare; trots skollagens krav på legitimation.",
         &["behöriga lärare", "skollagens krav på legitimation"]),
        // A clause is cut after twelve words.
        ("Vi vil fravige kravet om at borgere på kontanthjælp skal have samtaler på jobcentret hver eneste måned uden undtagelse",
         &["kravet om at borgere på kontanthjælp skal have samtaler på jobcentret hver"]),
        // Trial orders name the rule after the citation: "for så vidt angår kravet om, at …",
        // "fravigelse af: § 3, hvorefter …". An abbreviation's full stop ends no sentence, and a
        // masked citation is no word of the clause.
        ("Forsøget indebærer en fravigelse af […] og […] og rehabiliteringsteamets indstilling om ressourceforløb, fleksjob, førtidspension m.v., for så vidt angår kravet om, at rehabiliteringsplanens forberedende del skal indeholde lægens vurdering.",
         &["[…] og […] og rehabiliteringsteamets indstilling om ressourceforløb, fleksjob, førtidspension m.v., for så vidt",
           "at rehabiliteringsplanens forberedende del skal indeholde lægens vurdering"]),
        ("Forsøgstilladelsen indebærer en fravigelse af: […], hvorefter personer omfattet af […] skal registrere cv-oplysninger på Jobnet. Forsøget løber i to år.",
         &["[…], hvorefter personer omfattet af […] skal registrere cv-oplysninger på Jobnet"]),
        // A marker inside a clause opens no second one.
        ("Kommunen vil fravige kravet om ugentlige samtaler med ledige borgere.",
         &["kravet om ugentlige samtaler med ledige borgere"]),
        // A masked citation says nothing of what is set aside, nor does a requirement alone.
        ("Forsøgstilladelsen indebærer en fravigelse af […].", &[]),
        ("Vi vil fravige kravet om, at.", &[]),
        ("Vi vil fravige kravene.", &[]),
        // No deviation named.
        ("Kommunen skal sikre pladser i dagtilbud til alle børn.", &[]),
        ("Vi vil prøve en ny måde at arbejde på uanset.", &[]),
    ];

    #[test]
    fn a_description_names_what_it_deviates_from() {
        for (text, expected) in CLAUSES {
            assert_eq!(deviation_clauses(text), *expected, "{text}");
        }
    }

    #[test]
    fn a_description_repeats_the_trial_provision_it_was_copied_from_not_the_duty_it_quotes() {
        let trial = "Uanset § 33 kan kommunen holde samtaler med ledige borgere over video, når \
                     borgeren ønsker det.";
        let duty = "Samtaler med ledige borgere skal holdes ved personligt fremmøde.";
        // Pasted with its citation masked and a sentence more.
        let pasted = WordPairs::of(
            "Uanset […] kan kommunen holde samtaler med ledige borgere over video, når borgeren \
             ønsker det. Forsøget løber i to år.",
        )
        .expect("it sets a rule aside");
        assert!(pasted.repeat(trial));
        assert!(!pasted.repeat(duty));
        let quoting = WordPairs::of(
            "Vi vil fravige reglen om, at samtaler med ledige borgere skal holdes ved personligt \
             fremmøde, og holde dem over video.",
        )
        .expect("it sets a rule aside");
        assert!(
            !quoting.repeat(duty),
            "a duty the idea quotes is what it meets"
        );
        assert!(!quoting.repeat(trial), "too few of its word pairs");
    }

    #[test]
    fn phrases_meet_across_inflections_and_stopwords_but_not_across_word_order() {
        let stop = Stopwords::new(Jurisdiction::Dk);
        let idea = Phrases::of(
            "Uanset […] kan samtalen holdes uden personligt fremmøde i jobcentret.",
            &stop,
        );
        // "samtalen holdes" / "samtaler holdes", "holdes uden personligt" / "holdes ved
        // personligt" (stopwords are skipped), "personligt fremmøde", "fremmøde i jobcentret".
        assert_eq!(
            idea.shared(
                "Samtaler holdes ved personligt fremmøde i jobcentret.",
                &stop
            ),
            4
        );
        assert_eq!(
            idea.shared(
                "Jobcentret registrerer fremmøde, og den ledige møder personligt op.",
                &stop
            ),
            0,
            "the same words, put together otherwise"
        );
        assert!(Phrases::of("og i af", &stop).is_empty());
    }

    #[test]
    fn chapters_are_keyed_within_their_act() {
        assert_eq!(chapter_key("a", None), 0);
        assert_ne!(chapter_key("a", Some("2")), 0);
        assert_eq!(chapter_key("a", Some("2")), chapter_key("a", Some("2")));
        assert_ne!(chapter_key("a", Some("2")), chapter_key("b", Some("2")));
        assert_ne!(chapter_key("a", Some("2")), chapter_key("a", Some("3")));
    }

    #[test]
    fn near_identical_texts_share_most_of_their_fingerprint() {
        let a = fingerprint(
            "Kommunalbestyrelsen skal sørge for, at der er det nødvendige antal pladser i dagtilbud \
             til børn i alderen 26 uger og indtil skolestart, og at pladserne er fordelt efter behov.",
        );
        let b = fingerprint(
            "Kommunalbestyrelsen skal sørge for, at der er det nødvendige antal pladser i dagtilbud \
             til børn i alderen 26 uger og indtil skolestart, og at pladserne er fordelt efter behovet.",
        );
        let other = fingerprint("Regionsrådet fastsætter takster for befordring af patienter.");
        assert!(near_duplicates(a, b), "{}", (a ^ b).count_ones());
        assert!(!near_duplicates(a, other));
        assert_eq!(act_key("lta/2024/1"), act_key("lta/2024/1"));
        assert_ne!(act_key("lta/2024/1"), act_key("lta/2024/2"));
    }

    #[test]
    fn a_description_splits_into_its_sentences() {
        let text = "Vi vil samle planene for familien i én plan. Dessuten vil vi la skolen \
                    bruke lærere uten godkjenning i praktiske fag. Kort.";
        let parts = parts(text);
        assert_eq!(parts.len(), 2, "{parts:?}");
        assert!(parts[1].starts_with("Dessuten"));
    }
}
