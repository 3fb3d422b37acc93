//! The Swedish acts that lawyers name without their SFS number ("regeringsformen",
//! "brottsbalken", "SoL"), so that such citations resolve whatever the caller's catalogue
//! holds. The caller's catalogue is asked first; this table only fills its gaps.
//!
//! Facts: each name with the SFS number of the act it names today, checked against the
//! acts' own titles as the Riksdag publishes them. Where an act was replaced and the old one
//! is still widely cited by its name, the name keeps the act most texts mean, and the new
//! one is reached by its number: "socialtjänstlagen" is 2001:453, while the socialtjänstlag
//! in force since 1 July 2025 is cited "socialtjänstlagen (2025:400)".
//!
//! Behind that hand-kept table, `sfs_names.tsv` lists the one-word names of Swedish acts
//! ("sjölag", "patentlag", "gruvförordning"), each with its SFS number: the titles of the
//! acts as se-lex's edition of SFS gave them on 2025-09-01 (github.com/se-lex/sfs, commit
//! aaf61644), where two acts had the same name the later one. It lets "4 kap. 8 § gruvlagen"
//! resolve when the text gives no number; a number in the text always wins.
//!
//! Last, `sfs_cited_names.tsv` lists the one-word names that SFS texts themselves write next
//! to a number ("kommunalskattelagen (1928:370)", "hälsovårdsstadgan"), for acts neither
//! list above names: mostly repealed acts that older texts still cite. It is derived by
//! `crates/cli/data/law/devset/se-cited-names.py` from the same edition: a name cited with a
//! number at least three times in two documents, nine times in ten with the same number.
//!
//! And `sfs_titles.tsv` lists the titles of more than one word ("lag om allmän försäkring",
//! "förordning om internationellt polisiärt samarbete"), so that "enligt lagen om
//! yrkesskadeförsäkring" resolves without its number: the acts' own titles in the same
//! edition, and for acts no longer in it the title that nine in ten of the texts citing them
//! write after the number. `crates/cli/data/law/devset/se-titles.py` derives it.
//!
//! Those tables give a name the act that has it today. `sfs_earlier_titles.tsv` lists the
//! acts a later one took the name from ("kommunallag" 1977:179 and 1991:900, before
//! 2017:725), for texts that name an act by its year: "1991 års kommunallag".
//! `crates/cli/data/law/devset/se-earlier-titles.py` derives it from the same edition.

use std::sync::LazyLock;

use super::words::normalize_name;
use super::{ActIndex, ActNumber, Jurisdiction, KnownAct, MemoryIndex};

/// (SFS number, names in the base or definite form, abbreviations as written).
const SWEDISH: &[(&str, &[&str], &[&str])] = &[
    // The fundamental laws also in the base form, as "1974 års regeringsform" names them.
    ("1974:152", &["regeringsformen", "regeringsform"], &["RF"]),
    ("1949:105", &["tryckfrihetsförordningen"], &["TF"]),
    ("1991:1469", &["yttrandefrihetsgrundlagen"], &["YGL"]),
    (
        "1810:926",
        &["successionsordningen", "successionsordning"],
        &["SO"],
    ),
    ("2014:801", &["riksdagsordningen", "riksdagsordning"], &[]),
    ("1962:700", &["brottsbalken"], &["BrB", "BRB"]),
    ("1949:381", &["föräldrabalken"], &["FB"]),
    ("1942:740", &["rättegångsbalken"], &["RB"]),
    ("1970:994", &["jordabalken"], &["JB"]),
    ("1958:637", &["ärvdabalken"], &["ÄB"]),
    ("1987:230", &["äktenskapsbalken"], &["ÄktB"]),
    ("1981:774", &["utsökningsbalken"], &["UB"]),
    ("1998:808", &["miljöbalken"], &["MB"]),
    ("2010:110", &["socialförsäkringsbalken"], &["SFB"]),
    ("2001:453", &["socialtjänstlagen"], &["SoL"]),
    ("2017:725", &["kommunallagen"], &["KL"]),
    ("2017:900", &["förvaltningslagen"], &["FL"]),
    ("1971:291", &["förvaltningsprocesslagen"], &["FPL"]),
    (
        "2009:400",
        &["offentlighets- och sekretesslagen", "sekretesslagen"],
        &["OSL"],
    ),
    ("2010:800", &["skollagen"], &["SL"]),
    ("2010:900", &["plan- och bygglagen"], &["PBL"]),
    ("2017:30", &["hälso- och sjukvårdslagen"], &["HSL"]),
    (
        "1993:387",
        &[
            "lagen om stöd och service till vissa funktionshindrade",
            "lag om stöd och service till vissa funktionshindrade",
        ],
        &["LSS"],
    ),
    (
        "1990:52",
        &["lagen med särskilda bestämmelser om vård av unga"],
        &["LVU"],
    ),
    (
        "1988:870",
        &["lagen om vård av missbrukare i vissa fall"],
        &["LVM"],
    ),
    ("1977:1160", &["arbetsmiljölagen"], &["AML"]),
    (
        "1982:80",
        &["lagen om anställningsskydd", "anställningsskyddslagen"],
        &["LAS"],
    ),
    ("1976:580", &["medbestämmandelagen"], &["MBL"]),
    ("1977:480", &["semesterlagen"], &[]),
    ("1982:673", &["arbetstidslagen"], &["ATL"]),
    ("2008:567", &["diskrimineringslagen"], &["DL"]),
    ("2016:1145", &["lagen om offentlig upphandling"], &["LOU"]),
    ("2011:1244", &["skatteförfarandelagen"], &["SFL"]),
    ("1999:1229", &["inkomstskattelagen"], &["IL"]),
    ("2023:200", &["mervärdesskattelagen"], &["ML"]),
    ("2005:551", &["aktiebolagslagen"], &["ABL"]),
    ("1915:218", &["avtalslagen"], &["AvtL"]),
    ("1990:931", &["köplagen"], &["KöpL"]),
    ("1972:207", &["skadeståndslagen"], &["SkL"]),
    ("2005:716", &["utlänningslagen"], &["UtlL"]),
    ("1993:1617", &["ordningslagen"], &["OL"]),
    ("1984:387", &["polislagen"], &["PL"]),
    ("2010:1622", &["alkohollagen"], &["AL"]),
    ("2010:659", &["patientsäkerhetslagen"], &["PSL"]),
    ("2014:821", &["patientlagen"], &[]),
    ("2004:168", &["smittskyddslagen"], &[]),
    ("1991:1128", &["lagen om psykiatrisk tvångsvård"], &["LPT"]),
    ("1994:260", &["lagen om offentlig anställning"], &["LOA"]),
    ("2018:218", &["dataskyddslagen"], &[]),
    ("2018:1200", &["kamerabevakningslagen"], &[]),
    ("2013:460", &["kameraövervakningslagen"], &[]),
    ("2003:778", &["lagen om skydd mot olyckor"], &["LSO"]),
    ("2006:804", &["livsmedelslagen"], &[]),
    ("2018:1192", &["djurskyddslagen"], &[]),
    ("1991:481", &["folkbokföringslagen"], &[]),
    ("1992:1434", &["högskolelagen"], &[]),
    ("2013:801", &["bibliotekslagen"], &[]),
    ("2005:837", &["vallagen"], &[]),
    ("1995:584", &["föräldraledighetslagen"], &[]),
    ("2003:376", &["sambolagen"], &[]),
    ("1991:614", &["bostadsrättslagen"], &[]),
    ("1970:988", &["fastighetsbildningslagen"], &["FBL"]),
    ("1972:719", &["expropriationslagen"], &[]),
    ("1971:948", &["väglagen"], &[]),
    ("2008:579", &["konkurrenslagen"], &[]),
    ("2008:486", &["marknadsföringslagen"], &[]),
    ("2008:962", &["lagen om valfrihetssystem"], &["LOV"]),
    (
        "2016:1146",
        &["lagen om upphandling inom försörjningssektorerna"],
        &["LUF"],
    ),
    (
        "2016:1147",
        &["lagen om upphandling av koncessioner"],
        &["LUK"],
    ),
    (
        "2018:597",
        &["lagen om kommunal bokföring och redovisning"],
        &[],
    ),
    ("2009:47", &["lagen om vissa kommunala befogenheter"], &[]),
    ("1997:736", &["lagen om färdtjänst"], &[]),
    ("2018:222", &["lagen om bostadsanpassningsbidrag"], &[]),
    (
        "2009:641",
        &["offentlighets- och sekretessförordningen"],
        &["OSF"],
    ),
    ("2011:338", &["plan- och byggförordningen"], &["PBF"]),
    ("2011:185", &["skolförordningen"], &[]),
    ("2010:2039", &["gymnasieförordningen"], &[]),
    ("2001:937", &["socialtjänstförordningen"], &[]),
    ("1993:100", &["högskoleförordningen"], &[]),
    ("1998:1276", &["trafikförordningen"], &[]),
    (
        "1998:899",
        &["förordningen om miljöfarlig verksamhet och hälsoskydd"],
        &["FMH"],
    ),
];

/// Abbreviations that are ordinary words or units too ("MB", "SO", "AL", "PL", "DL", "IL",
/// "OL", "SL", "KL", "FL", "ML", "UB", "FB", "JB", "RB", "TF"): they count only right
/// after a provision ("2 kap. 3 § MB"), never on their own.
const AMBIGUOUS: &[&str] = &[
    "MB", "SO", "AL", "PL", "DL", "IL", "OL", "SL", "KL", "FL", "ML", "UB", "FB", "JB", "RB", "TF",
    "RF", "LOV", "SkL",
];

static TABLE: LazyLock<MemoryIndex> = LazyLock::new(|| {
    MemoryIndex::new(SWEDISH.iter().map(|(sfs, names, _)| KnownAct {
        id: (*sfs).to_owned(),
        jurisdiction: Jurisdiction::Se,
        names: names.iter().map(|n| (*n).to_owned()).collect(),
        date: None,
        number: Some((*sfs).to_owned()),
    }))
});

/// The one-word names of Swedish acts and their SFS numbers, one "name<TAB>number" a line.
const NAMES_FILE: &str = include_str!("sfs_names.tsv");

/// The names SFS texts cite with a number, for acts the two tables above do not name.
const CITED_NAMES_FILE: &str = include_str!("sfs_cited_names.tsv");

/// The titles of more than one word, "title<TAB>number" a line.
const TITLES_FILE: &str = include_str!("sfs_titles.tsv");

/// The acts whose name a later act took, "name<TAB>number" a line, several for one name.
const EARLIER_FILE: &str = include_str!("sfs_earlier_titles.tsv");

static EARLIER: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    EARLIER_FILE
        .lines()
        .filter_map(|line| {
            let (name, sfs) = line.split_once('\t')?;
            Some((normalize_name(name), sfs.trim()))
        })
        .collect()
});

/// Whether an SFS number ("1986:223") is of this year ("1986").
pub(super) fn sfs_of_year(sfs: &str, year: &str) -> bool {
    sfs.split_once(':').is_some_and(|(y, _)| y == year)
}

/// The SFS number of the act of `year` with this name, whether it has the name today
/// ("sekretesslag" of 1980 is 1980:100, though "sekretesslagen" now means 2009:400) or had it
/// before a later act took it ("förvaltningslag" of 1986 is 1986:223).
pub(super) fn swedish_of_year(name: &str, year: &str) -> Option<&'static str> {
    let of_year = |sfs: &str| sfs_of_year(sfs, year);
    let today = [&*TABLE, &*NAMES].into_iter().find_map(|index| {
        index
            .by_name(Jurisdiction::Se, name)
            .and_then(|act| act.number.as_deref())
            .filter(|sfs| of_year(sfs))
    });
    today.or_else(|| {
        let key = normalize_name(name);
        EARLIER
            .iter()
            .find_map(|(earlier, sfs)| (*earlier == key && of_year(sfs)).then_some(*sfs))
    })
}

static NAMES: LazyLock<MemoryIndex> = LazyLock::new(|| {
    let lines = NAMES_FILE
        .lines()
        .chain(CITED_NAMES_FILE.lines())
        .chain(TITLES_FILE.lines());
    MemoryIndex::new(lines.filter_map(|line| {
        let (name, sfs) = line.split_once('\t')?;
        Some(KnownAct {
            id: sfs.trim().to_owned(),
            jurisdiction: Jurisdiction::Se,
            names: vec![name.trim().to_owned()],
            date: None,
            number: Some(sfs.trim().to_owned()),
        })
    }))
});

/// The SFS number of a Swedish abbreviation exactly as written ("SoL", "BrB"), and whether
/// it may stand on its own.
pub(super) fn swedish_abbreviation(word: &str) -> Option<(&'static str, bool)> {
    let word = word.trim_end_matches('.');
    SWEDISH.iter().find_map(|(sfs, _, abbreviations)| {
        abbreviations
            .contains(&word)
            .then(|| (*sfs, !AMBIGUOUS.contains(&word)))
    })
}

/// The caller's index, then, for Swedish names it does not know, the table above.
pub(super) struct WithSwedishNames<'a> {
    pub(super) first: &'a dyn ActIndex,
}

impl ActIndex for WithSwedishNames<'_> {
    fn by_name(&self, jurisdiction: Jurisdiction, name: &str) -> Option<&KnownAct> {
        self.first.by_name(jurisdiction, name).or_else(|| {
            (jurisdiction == Jurisdiction::Se)
                .then(|| {
                    TABLE
                        .by_name(jurisdiction, name)
                        .or_else(|| NAMES.by_name(jurisdiction, name))
                })
                .flatten()
        })
    }

    fn by_number(&self, jurisdiction: Jurisdiction, number: &ActNumber) -> Option<&KnownAct> {
        self.first.by_number(jurisdiction, number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_and_abbreviation_is_unique() {
        let mut seen = std::collections::HashSet::new();
        for (sfs, names, abbreviations) in SWEDISH {
            for name in names.iter().chain(abbreviations.iter()) {
                assert!(seen.insert(*name), "{name} ({sfs}) appears twice");
            }
            assert!(sfs.split_once(':').is_some(), "{sfs} is an SFS number");
        }
        for line in NAMES_FILE.lines().chain(CITED_NAMES_FILE.lines()) {
            let (name, _) = line.split_once('\t').expect("name<TAB>number");
            assert!(
                name.chars().all(|c| c.is_lowercase() || c == '-'),
                "{name} is one lower-case word"
            );
        }
        for line in NAMES_FILE
            .lines()
            .chain(CITED_NAMES_FILE.lines())
            .chain(TITLES_FILE.lines())
            .chain(EARLIER_FILE.lines())
        {
            let (_, sfs) = line.split_once('\t').expect("name<TAB>number");
            assert!(
                sfs.split_once(':')
                    .is_some_and(|(y, n)| y.len() == 4 && n.parse::<u32>().is_ok()),
                "{sfs} is an SFS number"
            );
        }
        for line in TITLES_FILE.lines() {
            let (title, _) = line.split_once('\t').expect("title<TAB>number");
            let mut words = title.split(' ');
            assert!(
                matches!(words.next(), Some("lag" | "förordning" | "kungörelse"))
                    && words.next() == Some("om")
                    && (1..=16).contains(&words.count()),
                "{title} is a title the parser can read"
            );
        }
        for word in AMBIGUOUS {
            assert!(
                swedish_abbreviation(word).is_some(),
                "{word} is not in the table"
            );
        }
    }

    #[test]
    fn a_title_without_its_number_resolves() {
        let index = WithSwedishNames {
            first: &MemoryIndex::default(),
        };
        let id = |name| index.by_name(Jurisdiction::Se, name).map(|a| a.id.as_str());
        // The act's own title in the edition, and a repealed act's title as texts cite it.
        assert_eq!(
            id("lagen om internationellt polisiärt samarbete"),
            Some("2017:496")
        );
        assert_eq!(id("lagen om allmän försäkring"), Some("1962:381"));
        assert_eq!(id("lagen om yrkesskadeförsäkring"), Some("1954:243"));
        // An amending act's title names another act.
        assert_eq!(id("lagen om ändring i skollagen"), None);
    }

    #[test]
    fn the_act_of_a_name_is_found_by_its_year() {
        assert_eq!(swedish_of_year("kommunallag", "1991"), Some("1991:900"));
        assert_eq!(swedish_of_year("kommunallagen", "1977"), Some("1977:179"));
        assert_eq!(swedish_of_year("förvaltningslag", "1986"), Some("1986:223"));
        assert_eq!(swedish_of_year("kommunallag", "2017"), Some("2017:725"));
        // The hand-kept table gives "sekretesslagen" to 2009:400; the act of 1980 is found.
        assert_eq!(swedish_of_year("sekretesslag", "1980"), Some("1980:100"));
        assert_eq!(swedish_of_year("förvaltningslag", "1999"), None);
    }
}
