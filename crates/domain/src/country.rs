//! The three jurisdictions Frirum serves.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A Nordic country whose experimentation schemes and municipalities Frirum knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Country {
    No,
    Dk,
    Se,
}

impl Country {
    pub const ALL: [Country; 3] = [Country::Dk, Country::No, Country::Se];

    /// The lower-case ISO 3166-1 alpha-2 code used in URLs and storage.
    pub fn as_str(self) -> &'static str {
        match self {
            Country::No => "no",
            Country::Dk => "dk",
            Country::Se => "se",
        }
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text was not one of `no`, `dk` or `se`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown country {0:?}: expected no, dk or se")]
pub struct UnknownCountry(pub String);

impl FromStr for Country {
    type Err = UnknownCountry;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "no" | "nor" => Ok(Country::No),
            "dk" | "dnk" => Ok(Country::Dk),
            "se" | "swe" => Ok(Country::Se),
            _ => Err(UnknownCountry(s.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_case_insensitively() {
        assert_eq!("DK".parse::<Country>(), Ok(Country::Dk));
        assert_eq!(" no ".parse::<Country>(), Ok(Country::No));
        assert!("fi".parse::<Country>().is_err());
    }
}
