//! The citation parser: finds references to acts, chapters, sections, subsections and items
//! in Norwegian (bokmål and nynorsk), Danish and Swedish text, and resolves the acts against
//! a catalogue that the caller supplies.
//!
//! Choices worth knowing:
//!
//! - A range ("§§ 3–5", "1–3 kap.") and a list ("§§ 2 og 4") yield one citation per written
//!   endpoint or element; the parser does not invent the sections in between. A shared prefix
//!   (the act before, "§§") belongs to the first citation's span, a shared suffix ("ledd",
//!   "§§", the act after) to the last one's, as Lovdata's own links do.
//! - A part of a list inherits the levels above the one it names from the previous part:
//!   in "§ 3 første og annet ledd" both citations are of § 3.
//! - A relative citation ("stk. 2", "andre ledd", "första stycket") takes its act and section
//!   from the most recent section cited earlier in the text, or else from the caller's
//!   [`Context`]; with neither it yields nothing. A Swedish stycke on its own is the text's
//!   own section's: the context's section when there is one, else the section cited before
//!   unless that one is of an act named outright ("8 kap. 7 § regeringsformen … första
//!   stycket" is not the constitution's).
//! - A section without an act takes the context's act, if any.
//! - `act.name` is the act's designation exactly as written ("servicelovens",
//!   "lov 26. mars 1999 nr. 17 om husleieavtaler", "kommunallagen (2017:725)").
//! - `act.id` comes from the index, or is formed from the numbers in the text: an SFS number
//!   ("2017:725"), a Lovdata id ("LOV-1999-03-26-17", "FOR-2005-12-16-1512") from date and
//!   number, a Danish ELI path ("lta/2017/658") from number and year.
//! - Sentences ("3. pkt.", "annet punktum", "andra meningen") are kept in the citation's span
//!   but have no field of their own. Nested items join with a space: "nr. 4, litra b" is "4 b".
//! - Norwegian sections keep their chapter inside the number ("9-8"); `chapter` is only set
//!   when a chapter is written ("kapittel 4", "3 kap. 2 §"). A Swedish "5 §" takes the
//!   chapter only from an earlier part of its own list ("3 kap. 2 § och 5 §").
//! - An act the index does not know is still found by the shape of its name ("-loven",
//!   "-lova", "-lagen", "-balken"); an unknown "lov om …" counts only next to a provision,
//!   and its title is read up to the first verb, conjunction or preposition other than
//!   "av"/"af"/"til".
//! - A Swedish amendment note at the end of a section ("Lag (2018:1406).") names the act
//!   that gave the section its wording: it comes out as a citation of that act on its own,
//!   as any "lag (2018:1406)" would, so a reader can follow it; it is not a provision.
//!   Nor is it the act of a provision just before whose abbreviation's period ended the
//!   sentence ("… enligt 5 a kap. Lag (2018:175).", "27 § 1 mom. Lag (1992:1404).").
//! - "--" is a range's dash, as older SFS texts write it ("10--25 §§").
//! - After a Swedish citation that names a stycke, "och andra stycket" (or "och 2 st.") is another stycke of
//!   the same section, and the act after the last one is the act of all ("49 § första stycket
//!   1 och andra stycket delgivningslagen (2010:1932)").
//! - Swedish chapter and section with a colon ("29:5 BrB", "RB 58:1 p. 4", "rättegångsbalken
//!   50:30, 51:30 och 52:13") count only right next to an act named by one word, so that a
//!   clock ("10:30") or a ratio is none.
//! - "jämfört med" joins a Swedish list as "och" does: in "17 § tredje stycket jämfört med
//!   38 § fordonskungörelsen" both are of the ordinance.
//! - EU acts carry their CELEX number as id: "förordning (EU) 2016/679" is "32016R0679",
//!   "direktiv 2006/123/EG" "32006L0123".
//! - Acts cited before SFS numbers were written ("kungörelsen den 1 december 1967 (nr 721)")
//!   get the SFS number they have today ("1967:721").
//!   So does a name followed by such a date ("hälsovårdsstadgan den 19 december 1958 (nr
//!   663)"); "-stadgan" and "-reglementet" name acts as "-lagen" does.
//! - "nämnda lag", "sistnämnda förordning" and "nyss angivna lag" refer back as "den nämnda
//!   lagen" does.
//! - An act named without its number that the text named with one before is that act
//!   ("lagen om tobaksskatt" after "lagen (2022:155) om tobaksskatt").
//! - A Swedish act followed on the same line by a provision that names no act of its own is
//!   that provision's act ("patientdatalagen (2008:355) 6 kap. 2 §"), as form fields and
//!   headings write a reference; running text puts the act after the provision.
//! - Swedish moments may come as a list ("32 § 1 och 3 mom."), one citation each, and older
//!   acts' points as letters after a stycke ("första stycket a").
//! - "tredje stycket i samma paragraf" (or "i nämnda paragraf") is a stycke of the section
//!   cited before, even of an act named outright.
//! - An act's short name right after it ("… om vård av missbrukare i vissa fall (LVM)",
//!   "…, MBL,") belongs to that citation; it is not one of its own.
//! - A title after a number opens with "om", or with "med" or "angående" when the index
//!   knows the act by that title ("lagen (1990:52) med särskilda bestämmelser om vård av
//!   unga"); otherwise "med" is the sentence's.
//! - A title after a number ends before another act cited with its number ("lag
//!   (2002:378) om ändring i socialtjänstlagen (2001:453)" is two citations), and where the
//!   index knows the act under a title, where that title ends.
//! - An act named by its year ("24 § 1986 års förvaltningslag", "1994 års lag om offentlig
//!   anställning") is the act of that name from that year, also where a later act has the
//!   name today; with none of that name known from that year, `act.id` stays empty rather
//!   than naming today's act ("1809 års regeringsform").

mod act;
mod known;
mod scan;
mod words;
mod written;

#[cfg(test)]
mod tests;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

pub use crate::model::{ActKind, Jurisdiction};
pub use words::normalize_name;
pub use written::{provision_citation, provision_label};

/// The act a citation points to, as far as it is known.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActRef {
    /// The catalogue id: an SFS number, a Lovdata id or a Danish ELI path.
    pub id: Option<String>,
    /// The act's designation as written in the text.
    pub name: Option<String>,
}

/// One citation found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Citation {
    /// Byte offset of the first byte of the citation.
    pub start: usize,
    /// Byte offset just past the citation.
    pub end: usize,
    /// The cited text, `&text[start..end]`.
    pub text: String,
    /// The cited act.
    pub act: ActRef,
    /// The chapter, when one is written ("4", "IV", "3 a").
    pub chapter: Option<String>,
    /// The section as the law writes it ("9-8", "3 a", "12").
    pub section: Option<String>,
    /// The subsection (ledd, stk., stycke), counted from 1.
    pub subsection: Option<u32>,
    /// The item ("3", "b", or "4 b" for a letter inside a numbered item).
    pub item: Option<String>,
    /// The Swedish moment ("5 mom."), a numbered part of a section in older acts, above
    /// its stycken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moment: Option<u32>,
}

/// Where the text stands, for citations that do not name their act or section.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    /// The act the text belongs to.
    pub act: Option<ActRef>,
    /// The chapter the text belongs to.
    pub chapter: Option<String>,
    /// The section the text belongs to.
    pub section: Option<String>,
}

/// An act in the caller's catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownAct {
    /// The id that citations of it carry.
    pub id: String,
    /// The legal system the act belongs to.
    pub jurisdiction: Jurisdiction,
    /// Title, short title, abbreviation and popular names, in any inflection.
    pub names: Vec<String>,
    /// The act's date, ISO 8601 ("1999-03-26"), where citations use it.
    pub date: Option<String>,
    /// The act's number as cited: "17", "658", or the SFS number "2017:725".
    pub number: Option<String>,
}

/// A citation by date and number, such as "lov 26. mars 1999 nr. 17".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActNumber {
    /// The kind the citation names ("lov", "forskrift", "lovbekendtgørelse", …).
    pub kind: ActKind,
    /// The date, ISO 8601, when written.
    pub date: Option<String>,
    /// The number ("17"; in Sweden the SFS number "2017:725"), when written.
    pub number: Option<String>,
}

/// A catalogue of acts that citations are resolved against.
pub trait ActIndex {
    /// The act that a name, as written in a text, refers to.
    fn by_name(&self, jurisdiction: Jurisdiction, name: &str) -> Option<&KnownAct>;
    /// The act with this date and number.
    fn by_number(&self, jurisdiction: Jurisdiction, number: &ActNumber) -> Option<&KnownAct>;
}

/// A simple in-memory [`ActIndex`].
#[derive(Debug, Clone, Default)]
pub struct MemoryIndex {
    acts: Vec<KnownAct>,
    names: HashMap<(Jurisdiction, String), usize>,
    numbers: HashMap<(Jurisdiction, String), Vec<usize>>,
}

impl MemoryIndex {
    /// An index of these acts; where two acts share a name, the first one keeps it.
    pub fn new(acts: impl IntoIterator<Item = KnownAct>) -> Self {
        let mut index = Self::default();
        for act in acts {
            index.insert(act);
        }
        index
    }

    /// Adds an act.
    pub fn insert(&mut self, act: KnownAct) {
        let at = self.acts.len();
        for name in &act.names {
            self.names
                .entry((act.jurisdiction, normalize_name(name)))
                .or_insert(at);
        }
        if let Some(number) = &act.number {
            self.numbers
                .entry((act.jurisdiction, number.clone()))
                .or_default()
                .push(at);
        }
        self.acts.push(act);
    }

    /// The acts, in the order they were added.
    pub fn acts(&self) -> &[KnownAct] {
        &self.acts
    }
}

impl ActIndex for MemoryIndex {
    fn by_name(&self, jurisdiction: Jurisdiction, name: &str) -> Option<&KnownAct> {
        let key = normalize_name(name);
        let found = self.names.get(&(jurisdiction, key.clone())).or_else(|| {
            // A genitive -s on a name the rules above do not know ("husll-s" is not a thing,
            // but "almenboliglovs" might be) is tried last.
            let bare = key.strip_suffix('s')?;
            self.names.get(&(jurisdiction, bare.to_string()))
        })?;
        self.acts.get(*found)
    }

    fn by_number(&self, jurisdiction: Jurisdiction, number: &ActNumber) -> Option<&KnownAct> {
        let candidates: Vec<&KnownAct> = match &number.number {
            Some(n) => self
                .numbers
                .get(&(jurisdiction, n.clone()))?
                .iter()
                .filter_map(|&i| self.acts.get(i))
                .collect(),
            // Old Norwegian acts have a date and no number.
            None => self
                .acts
                .iter()
                .filter(|a| a.jurisdiction == jurisdiction && a.number.is_none())
                .collect(),
        };
        candidates.into_iter().find(|act| {
            // Swedish SFS numbers carry their year; elsewhere numbers restart every year, so
            // the date must agree too.
            let date_ok = jurisdiction == Jurisdiction::Se
                || (number.date.is_some() && act.date == number.date);
            // A Norwegian act and a regulation may share date and number.
            let kind_ok = match number.kind {
                ActKind::Regulation | ActKind::ExecutiveOrder => !act.id.starts_with("LOV-"),
                ActKind::Act | ActKind::ConsolidatedAct | ActKind::AmendingAct => {
                    !act.id.starts_with("FOR-")
                }
            };
            date_ok && kind_ok
        })
    }
}

/// Finds the citations in `text`, in order, resolving acts against `index`.
pub fn find_citations(
    text: &str,
    jurisdiction: Jurisdiction,
    index: &dyn ActIndex,
    context: Option<&Context>,
) -> Vec<Citation> {
    let index = known::WithSwedishNames { first: index };
    scan::Parser::new(text, jurisdiction, &index, context).run()
}
