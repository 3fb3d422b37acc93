//! Municipalities, county municipalities and regions: the organisations that apply.

use std::str::FromStr;

use serde::{Deserialize, Serialize};
use time::Date;

use crate::country::Country;
use crate::text::{parse_name, unknown_name};

/// What kind of public body an organisation is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum OrganisationKind {
    /// NO kommune, DK kommune, SE kommun.
    Municipality,
    /// NO fylkeskommune (county municipality).
    County,
    /// DK region, SE region (län).
    Region,
}

impl OrganisationKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The kind of the body above municipalities in each country.
    pub fn upper_tier(country: Country) -> OrganisationKind {
        match country {
            Country::No => OrganisationKind::County,
            Country::Dk | Country::Se => OrganisationKind::Region,
        }
    }
}

impl FromStr for OrganisationKind {
    type Err = String;

    /// The name with spaces around.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = s.trim();
        parse_name(name).ok_or_else(|| unknown_name::<OrganisationKind>("kind", name))
    }
}

/// A population count. It is a fact only together with its reference date and source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PopulationFigure {
    pub population: u64,
    pub reference_date: Date,
    pub source: String,
    /// Set where the figure could not be checked against the official statistics.
    pub uncertain: bool,
}

impl PopulationFigure {
    /// The figure in force on `day` among an organisation's dated figures (in any order):
    /// the newest dated on or before it. When every figure is newer, the oldest, the one
    /// nearest to `day`: its date, shown with it, says that it came later. `None` without
    /// any figure.
    pub fn in_force(history: &[PopulationFigure], day: Date) -> Option<&PopulationFigure> {
        let before = history
            .iter()
            .filter(|f| f.reference_date <= day)
            .max_by_key(|f| f.reference_date);
        before.or_else(|| history.iter().min_by_key(|f| f.reference_date))
    }
}

/// Enough to name an organisation and link to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationRef {
    pub id: i64,
    pub country: Country,
    pub code: String,
    pub name: String,
}

/// An organisation in the registry, with its current (newest) population figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organisation {
    pub id: i64,
    pub country: Country,
    pub code: String,
    pub name: String,
    pub kind: OrganisationKind,
    pub parent_code: Option<String>,
    pub population: Option<PopulationFigure>,
}

impl Organisation {
    pub fn as_ref(&self) -> OrganisationRef {
        OrganisationRef {
            id: self.id,
            country: self.country,
            code: self.code.clone(),
            name: self.name.clone(),
        }
    }
}

/// Why an official code does not fit the country's numbering.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("{kind} codes in {country} have {digits} digits, not {code:?}")]
    Digits {
        country: Country,
        kind: OrganisationKind,
        digits: usize,
        code: String,
    },
    #[error("{country} has no organisations of kind {kind}")]
    KindNotInCountry {
        country: Country,
        kind: OrganisationKind,
    },
    #[error("municipality {code} must start with the code of its {parent_kind} {parent}")]
    PrefixMismatch {
        code: String,
        parent: String,
        parent_kind: OrganisationKind,
    },
    #[error("a municipality needs a parent {0}")]
    ParentMissing(OrganisationKind),
    #[error("a {0} has no parent")]
    ParentNotAllowed(OrganisationKind),
}

/// Checks that an official code, a kind and a parent code fit the country's numbering:
/// NO counties 2 digits and municipalities 4 digits starting with the county;
/// DK regions 4 digits and municipalities 3 digits;
/// SE regions (län) 2 digits and municipalities 4 digits starting with the län.
pub fn check_code(
    country: Country,
    kind: OrganisationKind,
    code: &str,
    parent_code: Option<&str>,
) -> Result<(), CodeError> {
    let upper = OrganisationKind::upper_tier(country);
    if kind != OrganisationKind::Municipality && kind != upper {
        return Err(CodeError::KindNotInCountry { country, kind });
    }
    let digits = match (country, kind) {
        (Country::No, OrganisationKind::Municipality) => 4,
        (Country::No, _) => 2,
        (Country::Dk, OrganisationKind::Municipality) => 3,
        (Country::Dk, _) => 4,
        (Country::Se, OrganisationKind::Municipality) => 4,
        (Country::Se, _) => 2,
    };
    if code.len() != digits || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CodeError::Digits {
            country,
            kind,
            digits,
            code: code.to_owned(),
        });
    }
    match (kind, parent_code) {
        (OrganisationKind::Municipality, None) => Err(CodeError::ParentMissing(upper)),
        (OrganisationKind::Municipality, Some(parent)) => {
            let prefixed = matches!(country, Country::No | Country::Se);
            if prefixed && !code.starts_with(parent) {
                Err(CodeError::PrefixMismatch {
                    code: code.to_owned(),
                    parent: parent.to_owned(),
                    parent_kind: upper,
                })
            } else {
                Ok(())
            }
        }
        (_, Some(_)) => Err(CodeError::ParentNotAllowed(kind)),
        (_, None) => Ok(()),
    }
}

#[cfg(test)]
mod tests {

    fn figure(population: u64, day: Date) -> PopulationFigure {
        PopulationFigure {
            population,
            reference_date: day,
            source: format!("Statistik {}", day.year()),
            uncertain: false,
        }
    }

    #[test]
    fn the_figure_in_force_is_the_newest_on_or_before_the_day() {
        use time::macros::date;
        let history = [
            figure(370_000, date!(2024 - 01 - 01)),
            figure(340_000, date!(2018 - 01 - 01)),
            figure(345_000, date!(2019 - 01 - 01)),
        ];
        let at = |d| PopulationFigure::in_force(&history, d).map(|f| f.population);
        // A deadline in 2019 uses the 2019 figure, not the 2024 one.
        assert_eq!(at(date!(2019 - 04 - 01)), Some(345_000));
        // A figure dated on the day itself is in force that day.
        assert_eq!(at(date!(2019 - 01 - 01)), Some(345_000));
        assert_eq!(at(date!(2018 - 12 - 31)), Some(340_000));
        assert_eq!(at(date!(2026 - 03 - 01)), Some(370_000));
        // Before every figure: the oldest, whose date says it came later.
        assert_eq!(at(date!(2010 - 01 - 01)), Some(340_000));
        assert_eq!(PopulationFigure::in_force(&[], date!(2019 - 04 - 01)), None);
    }

    use super::*;
    use OrganisationKind::*;

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn organisation_kind_names_agree() {
        crate::text::tests::names_agree::<OrganisationKind>();
        crate::text::tests::serde_reads_names::<OrganisationKind>();
        assert_eq!(
            " x ".parse::<OrganisationKind>().unwrap_err().to_string(),
            "unknown kind \"x\": expected municipality, county or region"
        );
        assert_eq!(
            " county ".parse::<OrganisationKind>().unwrap(),
            OrganisationKind::County
        );
    }

    #[test]
    fn real_codes_pass() {
        assert!(check_code(Country::No, Municipality, "5501", Some("55")).is_ok());
        assert!(check_code(Country::No, County, "03", None).is_ok());
        assert!(check_code(Country::Dk, Municipality, "751", Some("1082")).is_ok());
        assert!(check_code(Country::Dk, Region, "1084", None).is_ok());
        assert!(check_code(Country::Se, Municipality, "0180", Some("01")).is_ok());
        assert!(check_code(Country::Se, Region, "25", None).is_ok());
    }

    #[test]
    fn wrong_shapes_fail() {
        assert!(matches!(
            check_code(Country::No, Municipality, "301", Some("03")),
            Err(CodeError::Digits { digits: 4, .. })
        ));
        assert!(matches!(
            check_code(Country::No, Municipality, "5501", Some("56")),
            Err(CodeError::PrefixMismatch { .. })
        ));
        assert!(matches!(
            check_code(Country::Dk, County, "1084", None),
            Err(CodeError::KindNotInCountry { .. })
        ));
        assert!(matches!(
            check_code(Country::Se, Municipality, "0180", None),
            Err(CodeError::ParentMissing(Region))
        ));
        assert!(matches!(
            check_code(Country::Se, Region, "01", Some("01")),
            Err(CodeError::ParentNotAllowed(Region))
        ));
        assert!(check_code(Country::Dk, Municipality, "7a1", Some("1082")).is_err());
    }
}
