//! A deterministic synthetic corpus of Norwegian, Danish and Swedish provisions, written from
//! legal vocabulary by a seeded generator, for benchmarks and load tests. The same count and
//! seed always give the same provisions.

use super::ProvisionDoc;
use crate::model::{ActKind, Jurisdiction};

/// The seed the benchmarks use.
pub const DEFAULT_SEED: u64 = 0x00F1_2A0D_5EED_2025;

/// A small, fast pseudo-random generator (SplitMix64); quality is ample for test data.
#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`; `n` must not be 0.
    pub fn below(&mut self, n: usize) -> usize {
        // The top bits times n, so that there is no modulo bias worth mentioning.
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `0..n`, small ones far likelier, as word frequencies are.
    pub fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        let b = self.below(n);
        a.min(b).min(self.below(n))
    }

    /// True with probability `percent` in 100.
    pub fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }

    /// A random element of `items`, early ones likelier.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.skewed(items.len())]
    }
}

/// The vocabulary of one language.
struct Lexicon {
    jurisdiction: Jurisdiction,
    /// Act kinds and how their titles begin.
    kinds: &'static [(ActKind, &'static str)],
    nouns: &'static [&'static str],
    verbs: &'static [&'static str],
    function: &'static [&'static str],
    /// First parts of compounds, with their linking letter ("bemannings").
    modifiers: &'static [&'static str],
    /// Last parts of compounds, bare and definite ("norm", "normen").
    heads: &'static [(&'static str, &'static str)],
    /// The ending of an act's short title ("loven", "lagen").
    act_word: &'static str,
}

const NO: Lexicon = Lexicon {
    jurisdiction: Jurisdiction::No,
    kinds: &[
        (ActKind::Act, "Lov om"),
        (ActKind::Regulation, "Forskrift om"),
    ],
    nouns: &[
        "kommunen",
        "kommunestyret",
        "fylkeskommunen",
        "departementet",
        "statsforvalteren",
        "søknaden",
        "vedtaket",
        "tilsynet",
        "barnehagen",
        "skolen",
        "eleven",
        "elevene",
        "barnet",
        "barna",
        "foreldrene",
        "pasienten",
        "tjenesten",
        "tjenester",
        "bemanning",
        "norm",
        "forsøk",
        "forsøket",
        "næring",
        "næringsliv",
        "miljø",
        "eiendom",
        "eiendommen",
        "bolig",
        "avgift",
        "gebyr",
        "tilskudd",
        "plan",
        "planen",
        "reguleringsplan",
        "frist",
        "fristen",
        "klage",
        "klagen",
        "dispensasjon",
        "godkjenning",
        "kontroll",
        "opplysninger",
        "taushetsplikt",
        "personopplysninger",
        "innbyggere",
        "arbeidstaker",
        "arbeidsgiver",
        "lønn",
        "beredskap",
        "brann",
        "vann",
        "avløp",
        "renovasjon",
        "vei",
        "helse",
        "omsorg",
        "velferd",
        "opplæring",
        "undervisning",
        "utdanning",
        "lærer",
        "lærere",
        "styret",
        "rektor",
        "ansatte",
        "budsjett",
        "regnskap",
        "økonomi",
        "rapport",
        "evaluering",
        "samarbeid",
        "avtale",
        "ordning",
        "forskrift",
        "loven",
        "bestemmelsene",
        "unntak",
        "krav",
        "kravene",
        "plikt",
        "rett",
        "retten",
        "myndighet",
        "forvaltning",
    ],
    verbs: &[
        "skal",
        "kan",
        "må",
        "gjelder",
        "fastsetter",
        "bestemmer",
        "gir",
        "treffer",
        "sørger",
        "vurderer",
        "behandler",
        "godkjenner",
        "avgjør",
        "følger",
        "utarbeider",
        "tilbyr",
        "dekker",
        "fører",
        "kontrollerer",
        "varsler",
        "innhenter",
        "sender",
        "krever",
        "oppfyller",
        "fraviker",
        "endrer",
        "opphever",
        "prøver",
        "gjennomfører",
        "melder",
    ],
    function: &[
        "og", "i", "for", "etter", "med", "av", "til", "om", "på", "som", "den", "det", "de",
        "når", "ikke", "eller", "denne", "dette", "slik", "ved", "fra", "enn", "hvis", "uten",
    ],
    modifiers: &[
        "barnehage",
        "bemannings",
        "skole",
        "helse",
        "arbeids",
        "omsorgs",
        "plan",
        "bygge",
        "eiendoms",
        "skatte",
        "miljø",
        "kommune",
        "fylkes",
        "tilsyns",
        "forsøks",
        "nærings",
        "velferds",
        "sosial",
        "barnevern",
        "utdannings",
        "veg",
        "vann",
        "avløps",
        "renovasjons",
        "brann",
        "beredskaps",
        "folkehelse",
        "pasient",
        "bolig",
        "innbygger",
        "opplærings",
        "lærer",
        "elev",
        "foreldre",
        "forvaltnings",
        "klage",
        "regnskaps",
        "budsjett",
        "samarbeids",
        "rapporterings",
    ],
    heads: &[
        ("norm", "normen"),
        ("lov", "loven"),
        ("plan", "planen"),
        ("ordning", "ordningen"),
        ("tjeneste", "tjenesten"),
        ("myndighet", "myndigheten"),
        ("vedtak", "vedtaket"),
        ("tilsyn", "tilsynet"),
        ("utvalg", "utvalget"),
        ("avgift", "avgiften"),
        ("tilskudd", "tilskuddet"),
        ("regel", "regelen"),
        ("krav", "kravet"),
        ("plikt", "plikten"),
        ("rett", "retten"),
        ("forskrift", "forskriften"),
        ("område", "området"),
        ("kontor", "kontoret"),
        ("leder", "lederen"),
        ("frist", "fristen"),
    ],
    act_word: "loven",
};

const DA: Lexicon = Lexicon {
    jurisdiction: Jurisdiction::Dk,
    kinds: &[
        (ActKind::Act, "Lov om"),
        (ActKind::ConsolidatedAct, "Bekendtgørelse af lov om"),
        (ActKind::ExecutiveOrder, "Bekendtgørelse om"),
    ],
    nouns: &[
        "kommunen",
        "kommunalbestyrelsen",
        "regionen",
        "ministeren",
        "styrelsen",
        "ansøgningen",
        "afgørelsen",
        "tilsynet",
        "dagtilbuddet",
        "skolen",
        "eleven",
        "eleverne",
        "barnet",
        "børnene",
        "forældrene",
        "patienten",
        "ydelsen",
        "ydelser",
        "normering",
        "forsøg",
        "forsøget",
        "erhverv",
        "miljø",
        "ejendom",
        "ejendommen",
        "bolig",
        "afgift",
        "gebyr",
        "tilskud",
        "plan",
        "planen",
        "lokalplan",
        "frist",
        "fristen",
        "klage",
        "klagen",
        "dispensation",
        "godkendelse",
        "kontrol",
        "oplysninger",
        "tavshedspligt",
        "personoplysninger",
        "borgere",
        "lønmodtager",
        "arbejdsgiver",
        "løn",
        "beredskab",
        "brand",
        "vand",
        "spildevand",
        "affald",
        "vej",
        "sundhed",
        "omsorg",
        "velfærd",
        "undervisning",
        "uddannelse",
        "lærer",
        "lærere",
        "bestyrelsen",
        "skolelederen",
        "ansatte",
        "budget",
        "regnskab",
        "økonomi",
        "rapport",
        "evaluering",
        "samarbejde",
        "aftale",
        "ordning",
        "bekendtgørelse",
        "loven",
        "bestemmelserne",
        "undtagelse",
        "krav",
        "kravene",
        "pligt",
        "ret",
        "retten",
        "myndighed",
        "forvaltning",
        "pasning",
    ],
    verbs: &[
        "skal",
        "kan",
        "må",
        "gælder",
        "fastsætter",
        "bestemmer",
        "giver",
        "træffer",
        "sørger",
        "vurderer",
        "behandler",
        "godkender",
        "afgør",
        "følger",
        "udarbejder",
        "tilbyder",
        "dækker",
        "fører",
        "kontrollerer",
        "underretter",
        "indhenter",
        "sender",
        "kræver",
        "opfylder",
        "fraviger",
        "ændrer",
        "ophæver",
        "afprøver",
        "gennemfører",
        "anmelder",
    ],
    function: &[
        "og", "i", "for", "efter", "med", "af", "til", "om", "på", "som", "den", "det", "de",
        "når", "ikke", "eller", "denne", "dette", "således", "ved", "fra", "end", "hvis", "uden",
    ],
    modifiers: &[
        "dagtilbuds",
        "normerings",
        "skole",
        "sundheds",
        "arbejds",
        "omsorgs",
        "plan",
        "bygge",
        "ejendoms",
        "skatte",
        "miljø",
        "kommunal",
        "regions",
        "tilsyns",
        "forsøgs",
        "erhvervs",
        "velfærds",
        "social",
        "børne",
        "uddannelses",
        "vej",
        "vand",
        "spildevands",
        "affalds",
        "brand",
        "beredskabs",
        "folkesundheds",
        "patient",
        "bolig",
        "borger",
        "undervisnings",
        "lærer",
        "elev",
        "forældre",
        "forvaltnings",
        "klage",
        "regnskabs",
        "budget",
        "samarbejds",
        "beskæftigelses",
    ],
    heads: &[
        ("norm", "normen"),
        ("lov", "loven"),
        ("plan", "planen"),
        ("ordning", "ordningen"),
        ("ydelse", "ydelsen"),
        ("myndighed", "myndigheden"),
        ("afgørelse", "afgørelsen"),
        ("tilsyn", "tilsynet"),
        ("udvalg", "udvalget"),
        ("afgift", "afgiften"),
        ("tilskud", "tilskuddet"),
        ("regel", "reglen"),
        ("krav", "kravet"),
        ("pligt", "pligten"),
        ("ret", "retten"),
        ("bekendtgørelse", "bekendtgørelsen"),
        ("område", "området"),
        ("kontor", "kontoret"),
        ("leder", "lederen"),
        ("frist", "fristen"),
    ],
    act_word: "loven",
};

const SV: Lexicon = Lexicon {
    jurisdiction: Jurisdiction::Se,
    kinds: &[
        (ActKind::Act, "Lag om"),
        (ActKind::Regulation, "Förordning om"),
    ],
    nouns: &[
        "kommunen",
        "kommunfullmäktige",
        "regionen",
        "regeringen",
        "myndigheten",
        "ansökan",
        "beslutet",
        "tillsynen",
        "förskolan",
        "skolan",
        "eleven",
        "eleverna",
        "barnet",
        "barnen",
        "vårdnadshavare",
        "patienten",
        "insatsen",
        "insatser",
        "bemanning",
        "norm",
        "försök",
        "försöket",
        "näring",
        "näringsliv",
        "miljö",
        "fastighet",
        "fastigheten",
        "bostad",
        "avgift",
        "taxa",
        "bidrag",
        "plan",
        "planen",
        "detaljplan",
        "frist",
        "fristen",
        "överklagande",
        "dispens",
        "tillstånd",
        "kontroll",
        "uppgifter",
        "tystnadsplikt",
        "personuppgifter",
        "invånare",
        "arbetstagare",
        "arbetsgivare",
        "lön",
        "beredskap",
        "brand",
        "vatten",
        "avlopp",
        "avfall",
        "väg",
        "hälsa",
        "omsorg",
        "välfärd",
        "undervisning",
        "utbildning",
        "lärare",
        "lärarna",
        "styrelsen",
        "rektorn",
        "personal",
        "budget",
        "redovisning",
        "ekonomi",
        "rapport",
        "utvärdering",
        "samverkan",
        "avtal",
        "ordning",
        "förordningen",
        "lagen",
        "bestämmelserna",
        "undantag",
        "krav",
        "kraven",
        "skyldighet",
        "rätt",
        "rätten",
        "nämnden",
        "förvaltning",
        "socialtjänst",
    ],
    verbs: &[
        "ska",
        "får",
        "kan",
        "gäller",
        "meddelar",
        "bestämmer",
        "ger",
        "fattar",
        "ansvarar",
        "prövar",
        "handlägger",
        "godkänner",
        "avgör",
        "följer",
        "upprättar",
        "erbjuder",
        "täcker",
        "för",
        "kontrollerar",
        "underrättar",
        "inhämtar",
        "skickar",
        "kräver",
        "uppfyller",
        "avviker",
        "ändrar",
        "upphäver",
        "försöker",
        "genomför",
        "anmäler",
    ],
    function: &[
        "och", "i", "för", "efter", "med", "av", "till", "om", "på", "som", "den", "det", "de",
        "när", "inte", "eller", "denna", "detta", "så", "vid", "från", "än", "utan", "enligt",
    ],
    modifiers: &[
        "förskole",
        "bemannings",
        "skol",
        "hälso",
        "arbets",
        "omsorgs",
        "plan",
        "bygg",
        "fastighets",
        "skatte",
        "miljö",
        "kommun",
        "regions",
        "tillsyns",
        "försöks",
        "närings",
        "välfärds",
        "social",
        "barn",
        "utbildnings",
        "väg",
        "vatten",
        "avlopps",
        "avfalls",
        "brand",
        "beredskaps",
        "folkhälso",
        "patient",
        "bostads",
        "invånar",
        "undervisnings",
        "lärar",
        "elev",
        "förälder",
        "förvaltnings",
        "överklagande",
        "redovisnings",
        "budget",
        "samverkans",
        "socialtjänst",
    ],
    heads: &[
        ("norm", "normen"),
        ("lag", "lagen"),
        ("plan", "planen"),
        ("ordning", "ordningen"),
        ("tjänst", "tjänsten"),
        ("myndighet", "myndigheten"),
        ("beslut", "beslutet"),
        ("tillsyn", "tillsynen"),
        ("nämnd", "nämnden"),
        ("avgift", "avgiften"),
        ("bidrag", "bidraget"),
        ("regel", "regeln"),
        ("krav", "kravet"),
        ("skyldighet", "skyldigheten"),
        ("rätt", "rätten"),
        ("förordning", "förordningen"),
        ("område", "området"),
        ("kontor", "kontoret"),
        ("chef", "chefen"),
        ("frist", "fristen"),
    ],
    act_word: "lagen",
};

/// Plain descriptions of ideas in the corpus's words, two a country, for the latency of
/// suggestions ("similar provisions") in the benchmarks.
pub const BENCH_DESCRIPTIONS: &[(&str, Jurisdiction)] = &[
    (
        "Kommunen vil prøve en ny bemanningsnorm i barnehagene og samarbeide med \
         skolen om overgangen, med tilskudd fra fylkeskommunen.",
        Jurisdiction::No,
    ),
    (
        "Vi ønsker at tilsyn med skolen og klage på vedtak om tilskudd samles hos \
         kommunestyret. Taushetsplikt for personopplysninger skal gjelde som før.",
        Jurisdiction::No,
    ),
    (
        "Kommunen ønsker at fravige reglerne om normering i dagtilbud og give borgere \
         ret til at klage over afgørelsen.",
        Jurisdiction::Dk,
    ),
    (
        "Kommunalbestyrelsen vil afprøve en forsøgsordning, hvor ansøgning om dispensation \
         behandles samlet. Spildevandsafgift opkræves som i dag.",
        Jurisdiction::Dk,
    ),
    (
        "Kommunen vill pröva en försöksverksamhet där socialtjänsten och förskolan \
         samverkar om stöd till barn.",
        Jurisdiction::Se,
    ),
    (
        "Nämnden fattar beslut om bygglov och tillstånd i ett sammanhållet ärende. \
         Överklagande ska ske till länsstyrelsen som i dag.",
        Jurisdiction::Se,
    ),
];

/// The fixed query set of the search benchmarks: single words, compounds, folded spellings,
/// several words and operator noise, each in one jurisdiction or in all.
pub const BENCH_QUERIES: &[(&str, Option<Jurisdiction>)] = &[
    ("kommunen", None),
    ("barnehage", Some(Jurisdiction::No)),
    ("bemanningsnorm", Some(Jurisdiction::No)),
    ("bemanningsnorm", None),
    ("barnehageloven", Some(Jurisdiction::No)),
    ("forsok", Some(Jurisdiction::No)),
    ("naeringsplan", Some(Jurisdiction::No)),
    ("tilsyn med skolen", Some(Jurisdiction::No)),
    ("klage på vedtak om tilskudd", Some(Jurisdiction::No)),
    ("taushetsplikt personopplysninger", None),
    ("fylkeskommunen beredskap brann", Some(Jurisdiction::No)),
    ("helse omsorg", None),
    ("dagtilbud", Some(Jurisdiction::Dk)),
    ("dagtilbudsloven", Some(Jurisdiction::Dk)),
    ("normering", Some(Jurisdiction::Dk)),
    (
        "kommunalbestyrelsen træffer afgørelse",
        Some(Jurisdiction::Dk),
    ),
    ("forsøgsordning", Some(Jurisdiction::Dk)),
    ("spildevandsafgift", None),
    ("ansøgning om dispensation", Some(Jurisdiction::Dk)),
    ("socialtjänst", Some(Jurisdiction::Se)),
    ("socialtjänstlagen", Some(Jurisdiction::Se)),
    ("förskola", Some(Jurisdiction::Se)),
    ("nämnden fattar beslut", Some(Jurisdiction::Se)),
    ("bemanningsnormen", Some(Jurisdiction::Se)),
    ("overklagande", Some(Jurisdiction::Se)),
    ("tillstånd bygglov", None),
    ("miljø", None),
    ("lærer elev skole undervisning", None),
    ("budsjett regnskap økonomi rapport", Some(Jurisdiction::No)),
    ("\"(kommune:forsøk)\"^2 -*", None),
];

const LEXICONS: [&Lexicon; 3] = [&NO, &DA, &SV];

impl Lexicon {
    fn compound(&self, rng: &mut SplitMix64) -> String {
        let modifier = rng.pick(self.modifiers);
        let (bare, definite) = self.heads[rng.skewed(self.heads.len())];
        let head = if rng.chance(40) { definite } else { bare };
        format!("{modifier}{head}")
    }

    fn noun(&self, rng: &mut SplitMix64) -> String {
        if rng.chance(30) {
            self.compound(rng)
        } else {
            rng.pick(self.nouns).to_owned()
        }
    }

    /// A sentence: a subject, a verb, then objects and function words.
    fn sentence(&self, rng: &mut SplitMix64, out: &mut String) {
        let start = out.len();
        out.push_str(&self.noun(rng));
        out.push(' ');
        out.push_str(rng.pick(self.verbs));
        let words = 4 + rng.below(12);
        for _ in 0..words {
            out.push(' ');
            if rng.chance(40) {
                out.push_str(rng.pick(self.function));
            } else if rng.chance(15) {
                out.push_str(rng.pick(self.verbs));
            } else {
                out.push_str(&self.noun(rng));
            }
        }
        out.push('.');
        capitalise_at(out, start);
    }
}

/// Upper-cases the character at byte `at` of `text`.
fn capitalise_at(text: &mut String, at: usize) {
    if let Some(c) = text[at..].chars().next() {
        let upper: String = c.to_uppercase().collect();
        text.replace_range(at..at + c.len_utf8(), &upper);
    }
}

/// A synthetic catalogue of `count` provisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntheticCorpus {
    pub count: usize,
    pub seed: u64,
}

impl SyntheticCorpus {
    /// `count` provisions from [`DEFAULT_SEED`].
    pub fn new(count: usize) -> Self {
        Self {
            count,
            seed: DEFAULT_SEED,
        }
    }

    /// The provisions, generated one at a time; each call starts over and yields the same.
    pub fn iter(&self) -> SyntheticIter {
        SyntheticIter {
            rng: SplitMix64::new(self.seed),
            next: 0,
            count: self.count,
            act: None,
            acts: 0,
        }
    }
}

/// The act whose provisions are being generated.
#[derive(Debug, Clone)]
struct ActState {
    lexicon: usize,
    kind: ActKind,
    id: String,
    title: String,
    short_title: Option<String>,
    in_force: bool,
    left: usize,
    section: usize,
}

/// The iterator of a [`SyntheticCorpus`].
#[derive(Debug, Clone)]
pub struct SyntheticIter {
    rng: SplitMix64,
    next: usize,
    count: usize,
    act: Option<ActState>,
    acts: usize,
}

impl SyntheticIter {
    fn new_act(&mut self) -> ActState {
        let rng = &mut self.rng;
        // Norway has the most acts in the catalogue, Sweden the fewest.
        let lexicon = match rng.below(10) {
            0..=3 => 0,
            4..=6 => 1,
            _ => 2,
        };
        let lex = LEXICONS[lexicon];
        let (kind, prefix) = lex.kinds[rng.below(lex.kinds.len())];
        let subject = lex.modifiers[rng.below(lex.modifiers.len())];
        let title = format!(
            "{prefix} {} og {}",
            lex.noun(rng),
            trim_link(subject, lex.jurisdiction)
        );
        let short_title =
            (kind == ActKind::Act && rng.chance(60)).then(|| format!("{subject}{}", lex.act_word));
        self.acts += 1;
        let code = match lex.jurisdiction {
            Jurisdiction::No => "no",
            Jurisdiction::Dk => "dk",
            Jurisdiction::Se => "se",
        };
        ActState {
            lexicon,
            kind,
            id: format!("{code}-synth-{:06}", self.acts),
            title,
            short_title,
            in_force: rng.chance(90),
            left: 5 + rng.below(60),
            section: 0,
        }
    }
}

/// A compound's first part without its linking letter, as a word of its own.
fn trim_link(modifier: &str, jurisdiction: Jurisdiction) -> &str {
    let trimmed = modifier.strip_suffix('s').unwrap_or(modifier);
    if jurisdiction == Jurisdiction::Se && trimmed.ends_with('e') && trimmed.len() > 6 {
        &trimmed[..trimmed.len() - 1]
    } else {
        trimmed
    }
}

impl Iterator for SyntheticIter {
    type Item = ProvisionDoc;

    fn next(&mut self) -> Option<ProvisionDoc> {
        if self.next >= self.count {
            return None;
        }
        self.next += 1;
        let mut act = match self.act.take() {
            Some(act) if act.left > 0 => act,
            _ => self.new_act(),
        };
        act.left -= 1;
        act.section += 1;
        let lex = LEXICONS[act.lexicon];
        let rng = &mut self.rng;
        let label = match lex.jurisdiction {
            Jurisdiction::No => format!("§ {}-{}", 1 + act.section / 10, act.section % 10 + 1),
            Jurisdiction::Dk => format!("§ {}", act.section),
            Jurisdiction::Se => format!("{} §", act.section),
        };
        let heading = rng.chance(70).then(|| {
            let mut heading = format!(
                "{} {} {}",
                lex.compound(rng),
                rng.pick(lex.function),
                lex.noun(rng)
            );
            capitalise_at(&mut heading, 0);
            heading
        });
        let mut text = String::new();
        for i in 0..1 + rng.below(4) {
            if i > 0 {
                text.push(' ');
            }
            lex.sentence(rng, &mut text);
        }
        let doc = ProvisionDoc {
            provision_id: self.next as i64,
            act_id: act.id.clone(),
            jurisdiction: lex.jurisdiction,
            kind: act.kind,
            in_force: act.in_force,
            act_title: act.title.clone(),
            act_short_title: act.short_title.clone(),
            label,
            chapter: None,
            heading,
            text,
        };
        self.act = Some(act);
        Some(doc)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.count - self.next;
        (left, Some(left))
    }
}

impl ExactSizeIterator for SyntheticIter {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_synthetic_corpus_is_deterministic() {
        let a: Vec<ProvisionDoc> = SyntheticCorpus::new(200).iter().collect();
        let b: Vec<ProvisionDoc> = SyntheticCorpus::new(200).iter().collect();
        assert_eq!(a, b);
        assert_eq!(a.len(), 200);
        for j in [Jurisdiction::No, Jurisdiction::Dk, Jurisdiction::Se] {
            assert!(a.iter().any(|d| d.jurisdiction == j));
        }
        let ids: std::collections::HashSet<i64> = a.iter().map(|d| d.provision_id).collect();
        assert_eq!(ids.len(), 200);
    }
}
