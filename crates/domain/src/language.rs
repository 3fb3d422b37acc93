//! The five interface languages and how one is chosen for a visitor.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// An interface language. The content of a scheme stays in the scheme's own language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Language {
    Nb,
    Nn,
    Da,
    Sv,
    En,
}

impl Language {
    pub const ALL: [Language; 5] = [
        Language::Nb,
        Language::Nn,
        Language::Da,
        Language::Sv,
        Language::En,
    ];

    /// The BCP 47 tag, as used in `lang` attributes and storage.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Nb => "nb",
            Language::Nn => "nn",
            Language::Da => "da",
            Language::Sv => "sv",
            Language::En => "en",
        }
    }

    /// The language's name in itself, as a language switcher shows it.
    pub fn autonym(self) -> &'static str {
        match self {
            Language::Nb => "Norsk bokmål",
            Language::Nn => "Norsk nynorsk",
            Language::Da => "Dansk",
            Language::Sv => "Svenska",
            Language::En => "English",
        }
    }

    /// Matches one language tag from a browser, such as `nb-NO`, `no`, `da-DK` or `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "no" => Some(Language::Nb),
            "nn" => Some(Language::Nn),
            "da" => Some(Language::Da),
            "sv" => Some(Language::Sv),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    /// Picks the interface language: the user's own setting first, then the language the
    /// visitor chose with the switcher, then the browser's preferences in order, then English.
    pub fn choose<'a>(
        user_setting: Option<Language>,
        switcher: Option<Language>,
        accepted: impl IntoIterator<Item = &'a str>,
    ) -> Language {
        user_setting
            .or(switcher)
            .or_else(|| accepted.into_iter().find_map(Language::from_tag))
            .unwrap_or(Language::En)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The text was not one of the five interface languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}: expected nb, nn, da, sv or en")]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::ALL
            .into_iter()
            .find(|l| l.tag() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| UnknownLanguage(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_setting_wins_over_switcher_and_browser() {
        let l = Language::choose(Some(Language::Nn), Some(Language::Da), ["sv"]);
        assert_eq!(l, Language::Nn);
    }

    #[test]
    fn switcher_wins_over_browser() {
        assert_eq!(
            Language::choose(None, Some(Language::Da), ["sv"]),
            Language::Da
        );
    }

    #[test]
    fn browser_preferences_are_taken_in_order_skipping_unknown_ones() {
        assert_eq!(
            Language::choose(None, None, ["fr-FR", "no", "sv"]),
            Language::Nb
        );
        assert_eq!(Language::choose(None, None, ["de"]), Language::En);
    }

    #[test]
    fn tags_round_trip() {
        for l in Language::ALL {
            assert_eq!(l.tag().parse::<Language>(), Ok(l));
        }
    }
}
