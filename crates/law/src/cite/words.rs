//! Word lists for the citation parser: ordinals, months, the endings that mark an act's name,
//! and the normalisation under which two spellings of a name are the same.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::Jurisdiction;

/// Norwegian ordinals, bokmål and nynorsk, for "første ledd".
pub(super) const ORD_NO: &str = "første|fyrste|annet|andre|tredje|fjerde|femte|sjette|sjuende|syvende|sjuande|åttende|åttande|niende|niande|tiende|tiande|ellevte|tolvte";

/// Swedish ordinals, for "första stycket".
/// "sista" (the last) has no number: "3 § sista stycket" cites the section, and its act
/// after it still belongs to it.
pub(super) const ORD_SE: &str =
    "första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|elfte|tolfte|sista";

/// Month names and their abbreviations in Norwegian and Danish, longest first so that the
/// regex prefers "juni" to "jun".
pub(super) const MONTHS: &str = "januar|februar|marts|mars|april|maj|mai|juni|juli|august|september|oktober|november|desember|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|des|dec";

/// The number of an ordinal word or of a numeral such as "2.".
pub(super) fn ordinal(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    let word = word.trim_end_matches('.');
    if let Ok(n) = word.parse::<u32>() {
        return (n > 0).then_some(n);
    }
    Some(match word {
        "første" | "fyrste" | "första" => 1,
        "annet" | "andre" | "andra" => 2,
        "tredje" => 3,
        "fjerde" | "fjärde" => 4,
        "femte" => 5,
        "sjette" | "sjätte" => 6,
        "sjuende" | "syvende" | "sjuande" | "sjunde" => 7,
        "åttende" | "åttande" | "åttonde" => 8,
        "niende" | "niande" | "nionde" => 9,
        "tiende" | "tiande" | "tionde" => 10,
        "ellevte" | "elfte" => 11,
        "tolvte" | "tolfte" => 12,
        _ => return None,
    })
}

/// The month number of a month name or abbreviation.
pub(super) fn month(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    let prefix: String = word.chars().take(3).collect();
    Some(match prefix.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "mai" | "maj" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "okt" => 10,
        "nov" => 11,
        "des" | "dec" => 12,
        _ => return None,
    })
}

/// Definite and genitive endings of the words that name instruments, and their base form.
/// Applying them to every word lets "husleieloven", "husleielova", "husleielovens" and
/// "husleielov" meet, and "kommunallagen" meet "kommunallag".
const STEMS: &[(&str, &str)] = &[
    ("lovens", "lov"),
    ("lovas", "lov"),
    ("loven", "lov"),
    ("lova", "lov"),
    ("lovs", "lov"),
    ("lagens", "lag"),
    ("lagen", "lag"),
    ("lags", "lag"),
    ("balkens", "balk"),
    ("balken", "balk"),
    ("kungörelsens", "kungörelse"),
    ("kungörelsen", "kungörelse"),
    ("stadgans", "stadga"),
    ("stadgan", "stadga"),
    ("reglementets", "reglemente"),
    ("reglementet", "reglemente"),
    ("förordningens", "förordning"),
    ("förordningen", "förordning"),
    ("forskriftens", "forskrift"),
    ("forskriften", "forskrift"),
    ("forskrifta", "forskrift"),
    ("bekendtgørelsens", "bekendtgørelse"),
    ("bekendtgørelsen", "bekendtgørelse"),
];

/// The form of an act's name under which the index compares names: NFC, lower case, one
/// kind of dash, single spaces, no abbreviation dots, and the instrument word in its base
/// form.
pub fn normalize_name(name: &str) -> String {
    // Nearly every name is in NFC already; composing it again is most of the cost of reading
    // a catalogue's names.
    let lower = match is_nfc_quick(name.chars()) {
        IsNormalized::Yes => name.to_lowercase(),
        _ => name.nfc().collect::<String>().to_lowercase(),
    };
    let mut out = String::with_capacity(lower.len());
    for word in lower.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        let word = word.trim_end_matches('.');
        match STEMS
            .iter()
            .find_map(|(ending, base)| Some((word.strip_suffix(ending)?, base)))
        {
            Some((head, base)) => {
                push_dashed(&mut out, head);
                out.push_str(base);
            }
            None => push_dashed(&mut out, word),
        }
    }
    out
}

/// Appends `word` with every kind of dash written as a hyphen.
fn push_dashed(out: &mut String, word: &str) {
    out.extend(word.chars().map(|c| match c {
        '–' | '—' | '‐' | '‑' => '-',
        c => c,
    }));
}

/// Words that refer to "this act" rather than name one.
pub(super) fn is_context_word(word: &str, jurisdiction: Jurisdiction) -> bool {
    let word = word.to_lowercase();
    match jurisdiction {
        Jurisdiction::No | Jurisdiction::Dk => {
            matches!(word.as_str(), "loven" | "lova" | "lovens" | "lovas")
        }
        Jurisdiction::Se => matches!(
            word.as_str(),
            "lagen" | "lagens" | "förordningen" | "förordningens" | "balken" | "balkens"
        ),
    }
}

/// Ordinary Swedish words that end like an act's name, also as the last part of a compound
/// ("aktiebolagen", "lagförslagen").
const SE_NOT_NAMES: &[&str] = &[
    "bolagen",
    "bolagens",
    "förslagen",
    "förslagens",
    "underlagen",
    "underlagens",
    "arbetslagen",
    "idrottslagen",
    "fotbollslagen",
    // "slag" is also a kind: "djurslagen" are the species of animals.
    "djurslagen",
    "trädslagen",
    "växtslagen",
    "fiskslagen",
    "fågelslagen",
    "grödslagen",
    "jordslagen",
    "bergslagen",
];

/// Ordinary Swedish words that end like an act's name only as whole words: as the end of
/// a compound they are more often an act ("sjömanslagen" ends in "anslagen",
/// "bisjukdomslagen" in "omslagen").
const SE_NOT_NAMES_WHOLE: &[&str] = &[
    "beslagen",
    "anslagen",
    "avslagen",
    "utslagen",
    "inslagen",
    "omslagen",
    "uppslagen",
    "påslagen",
    "tillslagen",
    "förlagen",
    "samlagen",
    "anlagen",
    "upplagen",
    "inlagen",
];

/// Ordinary Norwegian and Danish words that end like an act's name.
/// "endringslova" is whichever act amends another, not a name.
const NO_DK_NOT_NAMES: &[&str] = &[
    "forloven",
    "kloven",
    "sloven",
    "endringsloven",
    "endringslova",
    "endringslovens",
    "endringslovas",
    "ændringsloven",
    "ændringslovens",
];

/// Whether a word has the shape of an act's name ("husleieloven", "socialtjänstlagen"),
/// so that an act the index does not know is still recognised.
pub(super) fn looks_like_act_name(word: &str, jurisdiction: Jurisdiction) -> bool {
    let word = word.to_lowercase();
    let endings: &[&str] = match jurisdiction {
        Jurisdiction::No => &[
            "loven",
            "lova",
            "lovens",
            "lovas",
            "forskriften",
            "forskrifta",
        ],
        Jurisdiction::Dk => &["loven", "lovens", "bekendtgørelsen"],
        Jurisdiction::Se => &[
            "lagen",
            "lagens",
            "balken",
            "balkens",
            "förordningen",
            "förordningens",
            "kungörelsen",
            "kungörelsens",
            // Older instruments: "hälsovårdsstadgan", "allmänna verksstadgan",
            // "utlandsresereglementet".
            "stadgan",
            "stadgans",
            "reglementet",
            "reglementets",
        ],
    };
    let not_names = match jurisdiction {
        Jurisdiction::Se => SE_NOT_NAMES,
        Jurisdiction::No | Jurisdiction::Dk => NO_DK_NOT_NAMES,
    };
    // Swedish compounds end in these words ("aktiebolagen"); the Norwegian and Danish ones
    // are whole words, since "domstolsloven" ends in "sloven".
    let not_name = match jurisdiction {
        Jurisdiction::Se => {
            not_names.iter().any(|w| word.ends_with(w))
                || SE_NOT_NAMES_WHOLE.contains(&word.as_str())
        }
        Jurisdiction::No | Jurisdiction::Dk => not_names.contains(&word.as_str()),
    };
    if not_name {
        return false;
    }
    endings.iter().any(|ending| {
        word.strip_suffix(ending)
            .is_some_and(|head| head.chars().count() >= 2)
    })
}

/// Whether a Swedish word in the base form has the shape of an act's name, as a year names
/// one: "byggnadslag" of "1947 års byggnadslag", but not "förslag" of "2021 års förslag".
pub(super) fn looks_like_base_act_name(word: &str) -> bool {
    const DEFINITE: &[(&str, &str)] = &[
        ("lag", "en"),
        ("balk", "en"),
        ("förordning", "en"),
        ("kungörelse", "n"),
        ("stadga", "n"),
        ("reglemente", "t"),
    ];
    let lower = word.to_lowercase();
    DEFINITE.iter().any(|(ending, article)| {
        lower.ends_with(ending)
            && looks_like_act_name(&format!("{lower}{article}"), Jurisdiction::Se)
    })
}

/// Words that end the title of an act ("lov om X skal …"), whatever came before.
pub(super) const TITLE_STOP: &[&str] = &[
    "og",
    "och",
    "eller",
    "samt",
    "som",
    "der",
    "at",
    "att",
    "er",
    "är",
    "var",
    "skal",
    "ska",
    "skall",
    "kan",
    "må",
    "får",
    "gjelder",
    "gælder",
    "gäller",
    "har",
    "blir",
    "bliver",
    "blev",
    "jf",
    "jfr",
    "etter",
    "efter",
    "enligt",
    "hvis",
    "når",
    "när",
    "da",
    "då",
    "å",
    "fortsetter",
    "fortsatt",
    "trer",
    "tar",
    "tok",
    "gjeld",
    "vert",
    "blei",
    "skulle",
    "ville",
    "vil",
    "kunne",
    "bør",
    "oppheves",
    "endres",
    "ophæves",
    "ændres",
    "upphävs",
    "ändras",
    "ble",
    "hadde",
    "betragtes",
    "anvendes",
    "fastsættes",
    "gives",
    "træder",
    "finder",
    "omfatter",
    "omfattes",
    "nævnte",
    "nævnt",
    "nevnt",
    "nevnte",
    "nämnda",
    "gælde",
    "gjelde",
    "gälla",
    // Swedish verbs that follow a title in running prose ("förordningen (2020:115) om
    // försöksverksamhet finns …").
    "finns",
    "framgår",
    "följer",
    "anges",
    "avses",
    "innebär",
    "regleras",
    "föreskrivs",
    "tillämpas",
    "träder",
    // Passive verbs of requirement after a title ("enligt lagen (…) om … krävs tillstånd").
    "krävs",
    "behövs",
    "kræves",
    "kreves",
    // Swedish adverbs and verbs that never stand in a title but often right after one
    // ("lagen (1984:1039) om … också tillämpas", "… motsvarande tillämpning").
    "också",
    "även",
    "dock",
    "inte",
    "ej",
    "motsvarande",
    "äger",
    "äga",
    "upphäves",
];

/// Words that also end a title when nothing else (an index entry, a number) vouches for it.
/// "av", "af" and "til" are not among them: "lov om hold af dyr", "lov om tilskud til boliger".
pub(super) const TITLE_STOP_WEAK: &[&str] = &[
    "i", "med", "ved", "vid", "for", "för", "på", "fra", "från", "mot", "mod", "mellom", "mellan",
    "under", "over", "över",
];
