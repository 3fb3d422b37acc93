//! Built-in word lists per language: stopwords, which are never searched for and never count
//! as compound parts, and common legal words, which seed the decompounding vocabulary so that
//! compounds split even when a corpus is small.

use crate::model::Jurisdiction;

/// Norwegian (bokmål and nynorsk) function words.
const STOPWORDS_NO: &[&str] = &[
    "alle", "andre", "at", "av", "bare", "begge", "ble", "blei", "bli", "blir", "blitt", "da",
    "de", "dei", "deg", "den", "denne", "der", "dere", "deres", "det", "dette", "di", "din",
    "disse", "du", "eg", "ein", "eit", "eitt", "eller", "en", "enn", "er", "et", "ett", "etter",
    "for", "fordi", "fra", "frå", "før", "ha", "hadde", "han", "hans", "har", "hennar", "henne",
    "hennes", "her", "hjå", "ho", "hoe", "honom", "hoss", "hva", "hvem", "hver", "hvilke",
    "hvilken", "hvis", "hvor", "hvordan", "hvorfor", "i", "ikke", "ikkje", "ingen", "inn", "inni",
    "jeg", "kan", "kunne", "man", "med", "mellom", "men", "meg", "mot", "må", "ned", "noe", "noen",
    "nå", "når", "og", "også", "om", "opp", "oss", "over", "på", "samme", "seg", "selv", "si",
    "sin", "sine", "sitt", "skal", "skulle", "slik", "som", "så", "til", "under", "ut", "uten",
    "var", "ved", "vere", "være", "vil", "ville", "vår", "å",
];

/// Danish function words.
const STOPWORDS_DA: &[&str] = &[
    "ad", "af", "alle", "alt", "anden", "andet", "andre", "at", "bliver", "blev", "blive", "da",
    "de", "dem", "den", "denne", "dens", "der", "deres", "det", "dette", "dig", "din", "disse",
    "dog", "du", "efter", "eller", "en", "end", "er", "et", "for", "fra", "før", "ham", "han",
    "hans", "har", "havde", "have", "hende", "hendes", "her", "hos", "hun", "hvad", "hvem", "hver",
    "hvilke", "hvilken", "hvis", "hvor", "hvorfor", "i", "ikke", "ind", "jeg", "kan", "kunne",
    "man", "med", "mellem", "men", "mod", "må", "ned", "noget", "nogle", "nu", "når", "og", "også",
    "om", "op", "os", "over", "på", "samme", "selv", "sig", "sin", "sine", "sit", "skal", "skulle",
    "som", "så", "til", "ud", "uden", "under", "var", "ved", "vi", "vil", "ville", "vor", "være",
    "været",
];

/// Swedish function words.
const STOPWORDS_SV: &[&str] = &[
    "alla", "allt", "andra", "att", "av", "blev", "bli", "blir", "de", "dem", "den", "denna",
    "deras", "dess", "det", "detta", "dig", "din", "dina", "ditt", "du", "där", "efter", "eller",
    "en", "er", "ett", "från", "för", "ha", "hade", "han", "hans", "har", "henne", "hennes", "hon",
    "honom", "hur", "här", "i", "icke", "ingen", "inom", "inte", "jag", "kan", "kunde", "man",
    "med", "mellan", "men", "mig", "min", "mot", "mycket", "ni", "nu", "när", "någon", "något",
    "några", "och", "om", "oss", "på", "samma", "sedan", "sig", "sin", "sina", "sitt", "själv",
    "ska", "skall", "skulle", "som", "så", "till", "under", "upp", "ut", "utan", "var", "vara",
    "varit", "vad", "vi", "vid", "vilka", "vilken", "vill", "åt", "än", "är", "över",
];

/// Common Norwegian legal words in the forms that appear as parts of compounds.
const LEGAL_NO: &[&str] = &[
    "arbeid",
    "arbeidsgiver",
    "avgift",
    "avløp",
    "barn",
    "barnehage",
    "barnevern",
    "bemanning",
    "beredskap",
    "bestemmelse",
    "bolig",
    "brann",
    "bygg",
    "byggesak",
    "departement",
    "dispensasjon",
    "eiendom",
    "elev",
    "fylke",
    "folkehelse",
    "forskrift",
    "forsøk",
    "forvaltning",
    "frist",
    "fritid",
    "godkjenning",
    "grunnskole",
    "helse",
    "innbygger",
    "kommune",
    "kontroll",
    "krav",
    "lov",
    "lærer",
    "miljø",
    "myndighet",
    "norm",
    "næring",
    "omsorg",
    "opplæring",
    "ordning",
    "pasient",
    "plan",
    "plikt",
    "regel",
    "regnskap",
    "renovasjon",
    "rett",
    "samarbeid",
    "skatt",
    "skole",
    "sosial",
    "statsforvalter",
    "styre",
    "søknad",
    "tilskudd",
    "tilsyn",
    "tjeneste",
    "tilbud",
    "utdanning",
    "utvalg",
    "vann",
    "vedtak",
    "vei",
    "velferd",
    "verge",
    "økonomi",
];

/// Common Danish legal words in the forms that appear as parts of compounds.
const LEGAL_DA: &[&str] = &[
    "afgift",
    "arbejde",
    "arbejdsgiver",
    "barn",
    "beboer",
    "bekendtgørelse",
    "beredskab",
    "beskæftigelse",
    "bestemmelse",
    "bolig",
    "borger",
    "brand",
    "byggeri",
    "dagtilbud",
    "dispensation",
    "ejendom",
    "elev",
    "folkeskole",
    "forsøg",
    "forvaltning",
    "frist",
    "fritid",
    "godkendelse",
    "kommune",
    "kommunalbestyrelse",
    "kontrol",
    "krav",
    "lov",
    "lærer",
    "miljø",
    "minister",
    "myndighed",
    "norm",
    "næring",
    "ordning",
    "patient",
    "plan",
    "pligt",
    "region",
    "regel",
    "regnskab",
    "ret",
    "samarbejde",
    "skat",
    "skole",
    "social",
    "styrelse",
    "sundhed",
    "tilbud",
    "tilsyn",
    "tilskud",
    "udvalg",
    "uddannelse",
    "vand",
    "vej",
    "velfærd",
    "værge",
    "ældre",
    "økonomi",
    "ansøgning",
    "afgørelse",
    "normering",
    "pasning",
    "plads",
    "børn",
];

/// Common Swedish legal words in the forms that appear as parts of compounds.
const LEGAL_SV: &[&str] = &[
    "arbete",
    "arbetsgivare",
    "avgift",
    "barn",
    "beredskap",
    "bestämmelse",
    "bidrag",
    "bostad",
    "brand",
    "bygg",
    "dispens",
    "elev",
    "fastighet",
    "folkhälsa",
    "förordning",
    "försök",
    "förskola",
    "förvaltning",
    "frist",
    "fritid",
    "godkännande",
    "grundskola",
    "hälsa",
    "kommun",
    "kontroll",
    "krav",
    "lag",
    "lärare",
    "länsstyrelse",
    "miljö",
    "myndighet",
    "nämnd",
    "näring",
    "norm",
    "omsorg",
    "ordning",
    "patient",
    "plan",
    "plikt",
    "region",
    "regel",
    "rätt",
    "samarbete",
    "skatt",
    "skola",
    "social",
    "socialtjänst",
    "styrelse",
    "tillsyn",
    "tillstånd",
    "tjänst",
    "utbildning",
    "utskott",
    "vatten",
    "väg",
    "välfärd",
    "ekonomi",
    "ansökan",
    "beslut",
    "bemanning",
    "personal",
    "äldre",
    "vård",
    "stöd",
    "insats",
];

/// More function words, as an applicant writes them ("vår", "vores", "även"); kept apart
/// from the lists above only to show where they came from.
const MORE_STOPWORDS_NO: &[&str] = &[
    "vår", "vårt", "våre", "dykkar", "deres", "mange", "mye", "mykje", "meget", "dersom", "sådan",
    "sånn", "kun", "ennå", "enda", "derfor", "dessuten", "fortsatt",
];
/// More Danish function words.
const MORE_STOPWORDS_DA: &[&str] = &[
    "vores", "jeres", "meget", "mange", "sådan", "sådanne", "jo", "mit", "mine", "thi", "jer",
    "derfor", "desuden", "stadig", "endnu", "dersom",
];
/// More Swedish function words.
const MORE_STOPWORDS_SV: &[&str] = &[
    "vår",
    "vårt",
    "våra",
    "ert",
    "era",
    "dessa",
    "då",
    "ju",
    "varje",
    "vilket",
    "sådan",
    "sådant",
    "sådana",
    "vars",
    "mitt",
    "mina",
    "även",
    "också",
    "bara",
    "därför",
    "dessutom",
    "fortfarande",
    "ännu",
];

/// The stopwords of the language of `jurisdiction`.
pub(crate) fn stopwords(jurisdiction: Jurisdiction) -> impl Iterator<Item = &'static str> {
    let (base, more) = match jurisdiction {
        Jurisdiction::No => (STOPWORDS_NO, MORE_STOPWORDS_NO),
        Jurisdiction::Dk => (STOPWORDS_DA, MORE_STOPWORDS_DA),
        Jurisdiction::Se => (STOPWORDS_SV, MORE_STOPWORDS_SV),
    };
    base.iter().chain(more).copied()
}

/// Derivational endings that the corpus prints alone now and then (a hyphenated line, a
/// list of suffixes), so that they are "words", but that are never a part of a compound.
pub(crate) fn derivational_endings(jurisdiction: Jurisdiction) -> &'static [&'static str] {
    match jurisdiction {
        Jurisdiction::No => &[
            "het", "heten", "heter", "ning", "ningen", "ninger", "ingen", "else", "elsen", "elser",
            "skap", "skapet", "lig", "lige", "ligt", "sam", "somt", "ende", "ande", "nde", "ens",
            "ene", "ert", "ing", "inga",
        ],
        Jurisdiction::Dk => &[
            "hed", "heden", "heder", "ning", "ningen", "ninger", "ingen", "else", "elsen", "elser",
            "skab", "skabet", "lig", "lige", "ligt", "som", "somt", "ende", "nde", "ens", "ene",
            "ing", "inge",
        ],
        Jurisdiction::Se => &[
            "het", "heten", "heter", "ning", "ningen", "ningar", "ingen", "else", "elsen", "skap",
            "skapet", "lig", "liga", "ligt", "sam", "samt", "ande", "ende", "nde", "ens", "arna",
            "erna", "ing", "inga",
        ],
    }
}

/// The built-in legal words of the language of `jurisdiction`.
pub(crate) fn legal_words(jurisdiction: Jurisdiction) -> &'static [&'static str] {
    match jurisdiction {
        Jurisdiction::No => LEGAL_NO,
        Jurisdiction::Dk => LEGAL_DA,
        Jurisdiction::Se => LEGAL_SV,
    }
}

/// Inflectional endings that a compound's last part may carry ("loven", "lagen"); stripping
/// one must leave a vocabulary word for the part to count.
pub(crate) fn head_suffixes(jurisdiction: Jurisdiction) -> &'static [&'static str] {
    match jurisdiction {
        Jurisdiction::No => &["ene", "ens", "ets", "en", "et", "er", "ar", "a", "e", "s"],
        Jurisdiction::Dk => &["erne", "ene", "ens", "ets", "en", "et", "er", "e", "s"],
        Jurisdiction::Se => &[
            "arna", "erna", "orna", "ens", "ets", "en", "et", "na", "ar", "er", "or", "n", "t",
            "a", "s",
        ],
    }
}
