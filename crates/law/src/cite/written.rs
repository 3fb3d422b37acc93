//! How a provision is cited in writing, as a lawyer of its country writes it: "§ 83 i lov om
//! social service" (Denmark), "barnehageloven § 8" (Norway), "4 kap. 1 § socialtjänstlagen
//! (2001:453)" (Sweden). The parser reads these forms back to the same provision.

use crate::model::Jurisdiction;

/// A word that opens a title written inside a sentence: "Lov om …" becomes "lov om …".
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A Swedish act's name in the definite form a citation uses: "Socialtjänstlag (2001:453)"
/// is cited as "socialtjänstlagen (2001:453)", "Lag (1993:387) om …" as "lagen (1993:387) om …".
fn swedish_definite(title: &str) -> String {
    let name = lower_first(title.trim());
    let (head, tail) = match name.find(" (") {
        Some(at) => name.split_at(at),
        None => (name.as_str(), ""),
    };
    let head = if head.ends_with("lag") || head.ends_with("balk") || head.ends_with("förordning") {
        format!("{head}en")
    } else {
        head.to_owned()
    };
    format!("{head}{tail}")
}

/// A provision's label as its country writes it on its own, without the act: a Swedish
/// section keeps its chapter ("18 §" in chapter 2 is "2 kap. 18 §", since every chapter
/// has its own "18 §"); a Norwegian label holds its chapter already ("§ 9-8"), and Danish
/// sections are numbered through the act.
pub fn provision_label(jurisdiction: Jurisdiction, chapter: Option<&str>, label: &str) -> String {
    match (
        jurisdiction,
        chapter.map(str::trim).filter(|c| !c.is_empty()),
    ) {
        (Jurisdiction::Se, Some(chapter)) => format!("{chapter} kap. {label}"),
        _ => label.to_owned(),
    }
}

/// The provision `label` ("§ 83", "§ 9-8", "1 §") of the act titled `act_title` (with its
/// short title, if any), in `chapter` (Swedish chapters are part of the citation), cited
/// as its country's lawyers write it.
pub fn provision_citation(
    jurisdiction: Jurisdiction,
    chapter: Option<&str>,
    label: &str,
    act_title: &str,
    short_title: Option<&str>,
) -> String {
    let title = act_title.trim();
    match jurisdiction {
        // A consolidation is cited by the act it consolidates.
        Jurisdiction::Dk => {
            let name = ["Bekendtgørelse af ", "bekendtgørelse af "]
                .iter()
                .find_map(|prefix| title.strip_prefix(prefix))
                .unwrap_or(title);
            format!("{label} i {}", lower_first(name.trim()))
        }
        // The short title ("barnehageloven"), else the one in the title's parenthesis,
        // else the title itself.
        Jurisdiction::No => {
            let in_parenthesis = title
                .split_once(" (")
                .map(|(_, rest)| rest.trim_end_matches(')').trim())
                .filter(|inner| {
                    !inner.is_empty() && !inner.starts_with(|c: char| c.is_ascii_digit())
                });
            let name = short_title
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .or(in_parenthesis)
                .unwrap_or(title);
            format!("{} {label}", lower_first(name))
        }
        Jurisdiction::Se => format!(
            "{} {}",
            provision_label(jurisdiction, chapter, label),
            swedish_definite(title)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_swedish_label_keeps_its_chapter_and_the_others_stay_as_written() {
        let cases = [
            (Jurisdiction::Se, Some("2"), "18 §", "2 kap. 18 §"),
            (Jurisdiction::Se, None, "5 §", "5 §"),
            (Jurisdiction::Se, Some(" "), "5 §", "5 §"),
            (Jurisdiction::No, Some("9"), "§ 9-8", "§ 9-8"),
            (Jurisdiction::Dk, Some("3"), "§ 7", "§ 7"),
        ];
        for (jurisdiction, chapter, label, expected) in cases {
            assert_eq!(provision_label(jurisdiction, chapter, label), expected);
        }
    }

    #[test]
    fn each_country_cites_as_its_lawyers_write() {
        let cases = [
            (
                Jurisdiction::Dk,
                None,
                "§ 83",
                "Bekendtgørelse af lov om social service",
                Some("Serviceloven"),
                "§ 83 i lov om social service",
            ),
            (
                Jurisdiction::Dk,
                Some("3"),
                "§ 7",
                "Bekendtgørelse af forvaltningsloven",
                Some("Forvaltningsloven"),
                "§ 7 i forvaltningsloven",
            ),
            (
                Jurisdiction::Dk,
                None,
                "§ 1",
                "Lov om almene boliger",
                None,
                "§ 1 i lov om almene boliger",
            ),
            (
                Jurisdiction::No,
                Some("I"),
                "§ 8",
                "Lov om barnehager (barnehageloven)",
                Some("Barnehageloven"),
                "barnehageloven § 8",
            ),
            (
                Jurisdiction::No,
                None,
                "§ 9-8",
                "Lov om grunnskoleopplæringa og den vidaregåande opplæringa (opplæringslova)",
                None,
                "opplæringslova § 9-8",
            ),
            (
                Jurisdiction::No,
                None,
                "§ 1",
                "Forskrift om pedagogisk bemanning og dispensasjon i barnehager",
                None,
                "forskrift om pedagogisk bemanning og dispensasjon i barnehager § 1",
            ),
            (
                Jurisdiction::Se,
                Some("4"),
                "1 §",
                "Socialtjänstlag (2001:453)",
                None,
                "4 kap. 1 § socialtjänstlagen (2001:453)",
            ),
            (
                Jurisdiction::Se,
                None,
                "9 §",
                "Lag (1993:387) om stöd och service till vissa funktionshindrade",
                None,
                "9 § lagen (1993:387) om stöd och service till vissa funktionshindrade",
            ),
        ];
        for (jurisdiction, chapter, label, title, short, expected) in cases {
            assert_eq!(
                provision_citation(jurisdiction, chapter, label, title, short),
                expected
            );
        }
    }
}
