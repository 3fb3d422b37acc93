//! The three jurisdictions Frirum serves.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::text::parse_name;

/// A Nordic country whose experimentation schemes and municipalities Frirum knows.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
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
pub enum Country {
    No,
    Dk,
    Se,
}

impl Country {
    /// The countries in the order of their codes, as lists show them (the declaration
    /// order, which `Ord` follows, is another).
    pub const ALL: [Country; 3] = [Country::Dk, Country::No, Country::Se];

    /// The lower-case ISO 3166-1 alpha-2 code used in URLs and storage.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The IANA time zone the country's authorities keep time in: the zone a scheme's
    /// times are shown in.
    pub fn time_zone(self) -> &'static str {
        match self {
            Country::No => "Europe/Oslo",
            Country::Dk => "Europe/Copenhagen",
            Country::Se => "Europe/Stockholm",
        }
    }
}

/// The text was not one of `no`, `dk` or `se`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown country {0:?}: expected no, dk or se")]
pub struct UnknownCountry(pub String);

impl FromStr for Country {
    type Err = UnknownCountry;

    /// The alpha-2 code or the alpha-3 code (`nor`, `dnk`, `swe`), in any case, with
    /// spaces around.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code = s.trim().to_ascii_lowercase();
        let code = match code.as_str() {
            "nor" => "no",
            "dnk" => "dk",
            "swe" => "se",
            code => code,
        };
        parse_name(code).ok_or_else(|| UnknownCountry(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn country_names_agree() {
        crate::text::tests::names_agree::<Country>();
        crate::text::tests::serde_reads_names::<Country>();
        assert_eq!(
            "fi".parse::<Country>().unwrap_err().to_string(),
            "unknown country \"fi\": expected no, dk or se"
        );
        assert_eq!(" NOR ".parse::<Country>().unwrap(), Country::No);
        assert_eq!("dnk".parse::<Country>().unwrap(), Country::Dk);
        assert_eq!("Se".parse::<Country>().unwrap(), Country::Se);
    }

    #[test]
    fn parses_codes_case_insensitively() {
        assert_eq!("DK".parse::<Country>(), Ok(Country::Dk));
        assert_eq!(" no ".parse::<Country>(), Ok(Country::No));
        assert!("fi".parse::<Country>().is_err());
    }
}
