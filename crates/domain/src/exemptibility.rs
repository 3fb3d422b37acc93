//! What a scheme cannot exempt from: the provisions that the law behind each country's
//! scheme puts beyond a trial, as facts per country. The rule finder and the provision page
//! flag such a provision with the reason in words instead of offering it as if any rule
//! could be lifted.
//!
//! - Norway: forsøksloven (LOV-1992-06-26-87) § 4 bars trials that depart from
//!   kommuneloven's basic rules on how municipalities and counties are organised, or from
//!   forvaltningsloven's rules of procedure; the constitution is above any act.
//! - Denmark: no trial can set aside the constitution (Danmarks Riges Grundlov) or EU law.
//! - Sweden: no trial can set aside the fundamental laws (regeringsformen,
//!   tryckfrihetsförordningen, yttrandefrihetsgrundlagen, successionsordningen) or EU law.
//!
//! The catalogue does not record which provisions carry out an EU directive; an act is
//! recognised as EU law only when its title says so (it names a directive or an EU
//! regulation), and the reason says that the check stops there.

use crate::law::Jurisdiction;

crate::named_enum! {
    /// Why a provision cannot (or may not) be exempted from.
    pub enum NotExemptible ("exemption limit") {
        /// The constitution or a fundamental law: above every act, so above every trial.
        Constitution,
        /// Kommuneloven: forsøksloven § 4 bars departures from its basic rules on how
        /// municipalities and counties are organised. Not every section of the act is such a
        /// rule, so this is a limit to check rather than a bar on the whole act.
        MunicipalOrganisation,
        /// Forvaltningsloven: forsøksloven § 4 bars departures from its rules of procedure.
        AdministrativeProcedure,
        /// The act's title says it carries out EU law (a directive or an EU regulation), which
        /// a national trial cannot set aside.
        EuLaw,
    }
}

impl NotExemptible {
    /// Whether the flag bars the provision outright; otherwise it is a limit for the
    /// applicant and the secretariat to check.
    pub fn is_bar(self) -> bool {
        !matches!(self, NotExemptible::MunicipalOrganisation)
    }
}

/// The acts beyond a trial, by their official identifier in the catalogue.
const ACTS: &[(Jurisdiction, &str, NotExemptible)] = &[
    // Kongeriket Noregs grunnlov.
    (
        Jurisdiction::No,
        "LOV-1814-05-17",
        NotExemptible::Constitution,
    ),
    // Kommuneloven (2018), and the act of 1992 it replaced, still in the catalogue's history.
    (
        Jurisdiction::No,
        "LOV-2018-06-22-83",
        NotExemptible::MunicipalOrganisation,
    ),
    (
        Jurisdiction::No,
        "LOV-1992-09-25-107",
        NotExemptible::MunicipalOrganisation,
    ),
    // Forvaltningsloven.
    (
        Jurisdiction::No,
        "LOV-1967-02-10",
        NotExemptible::AdministrativeProcedure,
    ),
    // Danmarks Riges Grundlov (lov nr. 169 af 5. juni 1953).
    (
        Jurisdiction::Dk,
        "lta/1953/169",
        NotExemptible::Constitution,
    ),
    // The Swedish fundamental laws.
    (Jurisdiction::Se, "1974:152", NotExemptible::Constitution),
    (Jurisdiction::Se, "1949:105", NotExemptible::Constitution),
    (Jurisdiction::Se, "1991:1469", NotExemptible::Constitution),
    (Jurisdiction::Se, "1810:0926", NotExemptible::Constitution),
];

/// Words in a Danish or Swedish act's title that say it carries out EU law: it names a
/// directive, or an EU regulation ("forordning (EU) nr. …", "EU:s förordning"). Compared in
/// lower case.
const EU_TITLE_MARKERS: &[(Jurisdiction, &str)] = &[
    (Jurisdiction::Dk, "direktiv"),
    (Jurisdiction::Dk, "(eu)"),
    (Jurisdiction::Dk, "(eøf)"),
    (Jurisdiction::Dk, "(ef)"),
    (Jurisdiction::Dk, "eu-forordning"),
    (Jurisdiction::Se, "direktiv"),
    (Jurisdiction::Se, "(eu)"),
    (Jurisdiction::Se, "(eg)"),
    // "… kompletterande bestämmelser till EU:s dataskyddsförordning".
    (Jurisdiction::Se, "eu:s "),
    (Jurisdiction::Se, "eu-förordning"),
];

/// Whether a scheme in this country cannot exempt from the act with this official
/// identifier and title, and why. `None`: nothing in the scheme's law bars it (the
/// assessment may still find that it cannot be lifted).
pub fn not_exemptible(
    jurisdiction: Jurisdiction,
    official_id: &str,
    title: &str,
) -> Option<NotExemptible> {
    let official_id = official_id.trim();
    if let Some((_, _, reason)) = ACTS
        .iter()
        .find(|(j, id, _)| *j == jurisdiction && id.eq_ignore_ascii_case(official_id))
    {
        return Some(*reason);
    }
    let title = title.to_lowercase();
    EU_TITLE_MARKERS
        .iter()
        .any(|(j, marker)| *j == jurisdiction && title.contains(marker))
        .then_some(NotExemptible::EuLaw)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Jurisdiction::{Dk, No, Se};
    use NotExemptible::*;

    #[test]
    fn the_scheme_law_s_limits_by_country() {
        // (country, official id, title, expected)
        let cases: &[(Jurisdiction, &str, &str, Option<NotExemptible>)] = &[
            (
                No,
                "LOV-1814-05-17",
                "Kongeriket Noregs grunnlov",
                Some(Constitution),
            ),
            (
                No,
                "LOV-2018-06-22-83",
                "Lov om kommuner og fylkeskommuner (kommuneloven)",
                Some(MunicipalOrganisation),
            ),
            (
                No,
                "lov-2018-06-22-83",
                "kommuneloven",
                Some(MunicipalOrganisation),
            ),
            (
                No,
                "LOV-1967-02-10",
                "Lov om behandlingsmåten i forvaltningssaker (forvaltningsloven)",
                Some(AdministrativeProcedure),
            ),
            // Forsøksloven itself, and an ordinary sector act, can be the subject of a trial.
            (
                No,
                "LOV-1992-06-26-87",
                "Lov om forsøk i offentlig forvaltning",
                None,
            ),
            (
                No,
                "LOV-2023-06-09-30",
                "Lov om grunnskoleopplæringa og den vidaregåande opplæringa (opplæringslova)",
                None,
            ),
            // Norway is not in the EU: a title naming a directive is no bar there.
            (
                No,
                "FOR-2017-12-12-2056",
                "Forskrift om gjennomføring av direktiv 2014/24/EU",
                None,
            ),
            (
                Dk,
                "lta/1953/169",
                "Danmarks Riges Grundlov",
                Some(Constitution),
            ),
            (
                Dk,
                "lta/2024/62",
                "Bekendtgørelse af lov om social service",
                None,
            ),
            (
                Dk,
                "lta/2023/1",
                "Lov om supplerende bestemmelser til forordning (EU) 2016/679",
                Some(EuLaw),
            ),
            (
                Dk,
                "lta/2022/2",
                "Bekendtgørelse om gennemførelse af direktiv om affald",
                Some(EuLaw),
            ),
            // The constitution's id in another country is someone else's act.
            (Se, "lta/1953/169", "", None),
            (
                Se,
                "1974:152",
                "Regeringsform (1974:152)",
                Some(Constitution),
            ),
            (
                Se,
                "1991:1469",
                "Yttrandefrihetsgrundlag (1991:1469)",
                Some(Constitution),
            ),
            (Se, "2017:725", "Kommunallag (2017:725)", None),
            (Se, "2001:453", "Socialtjänstlag (2001:453)", None),
            (
                Se,
                "2018:218",
                "Lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning",
                Some(EuLaw),
            ),
            (
                Se,
                "2019:1",
                "Förordning om EU:s förordning om marknadskontroll",
                Some(EuLaw),
            ),
            (
                Se,
                "2016:1145",
                "Lag om offentlig upphandling, som genomför direktiv 2014/24/EU",
                Some(EuLaw),
            ),
        ];
        for (j, id, title, expected) in cases {
            assert_eq!(not_exemptible(*j, id, title), *expected, "{j} {id} {title}");
        }
    }

    #[test]
    fn only_the_organisation_rule_is_a_limit_to_check() {
        let bars: Vec<bool> = NotExemptible::ALL.iter().map(|r| r.is_bar()).collect();
        assert_eq!(bars, [true, false, true, true]);
        assert_eq!(MunicipalOrganisation.as_str(), "municipal_organisation");
    }
}
