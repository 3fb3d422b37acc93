//! Who may start an application in a scheme: the one place that says which organisations a
//! scheme's rounds are open to, so that a page offers "Start an application" only where the
//! use case will accept it, and a draft is never begun that could never be submitted.
//!
//! A scheme is open to the organisations of its own country whose kind its rules allow. The
//! eligibility report judges a whole application (every participant, population, themes);
//! this rule only asks whether the applicant's own organisation may begin.

use crate::country::Country;
use crate::organisation::OrganisationKind;
use crate::scheme::Scheme;

/// Why a scheme's rounds are not open to an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NotOpenTo {
    #[error("the scheme is for organisations in {scheme}, not in {organisation}")]
    Country {
        scheme: Country,
        organisation: Country,
    },
    #[error("the scheme does not accept organisations of the kind {kind}")]
    Kind { kind: OrganisationKind },
}

impl NotOpenTo {
    /// The stable code of the refusal.
    pub fn code(&self) -> &'static str {
        "not_open_to_organisation"
    }

    /// Which part of the rule refused, as a stable word (`country` or `kind`).
    pub fn reason(&self) -> &'static str {
        match self {
            NotOpenTo::Country { .. } => "country",
            NotOpenTo::Kind { .. } => "kind",
        }
    }
}

/// Whether an organisation of this country and kind may start an application in the scheme.
pub fn open_to(scheme: &Scheme, country: Country, kind: OrganisationKind) -> Result<(), NotOpenTo> {
    if country != scheme.country {
        return Err(NotOpenTo::Country {
            scheme: scheme.country,
            organisation: country,
        });
    }
    if !scheme.rules.allowed_kinds.contains(&kind) {
        return Err(NotOpenTo::Kind { kind });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;
    use crate::scheme::{Rules, SchemeStatus};

    fn scheme(country: Country, kinds: Vec<OrganisationKind>) -> Scheme {
        let at = time::macros::datetime!(2026-01-01 0:00 UTC);
        Scheme {
            id: 1,
            code: "X".into(),
            country,
            title: "X".into(),
            language: Language::Nb,
            invitation: String::new(),
            status: SchemeStatus::Published,
            publish_applications: false,
            rules: Rules {
                allowed_kinds: kinds,
                ..Rules::default()
            },
            rules_version: 1,
            created_at: at,
            updated_at: at,
        }
    }

    #[test]
    fn own_country_and_allowed_kind_may_start() {
        let s = scheme(Country::No, vec![OrganisationKind::Municipality]);
        assert_eq!(
            open_to(&s, Country::No, OrganisationKind::Municipality),
            Ok(())
        );
    }

    #[test]
    fn another_country_may_not_start() {
        let s = scheme(Country::No, vec![OrganisationKind::Municipality]);
        let refused = open_to(&s, Country::Dk, OrganisationKind::Municipality).unwrap_err();
        assert_eq!(
            refused,
            NotOpenTo::Country {
                scheme: Country::No,
                organisation: Country::Dk
            }
        );
        assert_eq!(refused.code(), "not_open_to_organisation");
        assert_eq!(refused.reason(), "country");
    }

    #[test]
    fn a_kind_the_rules_do_not_allow_may_not_start() {
        let s = scheme(Country::Se, vec![OrganisationKind::Municipality]);
        let refused = open_to(&s, Country::Se, OrganisationKind::Region).unwrap_err();
        assert_eq!(refused.reason(), "kind");
    }
}
