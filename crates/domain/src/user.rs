//! People who sign in to Frirum, and the roles that decide what they may do.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::language::Language;
use crate::organisation::OrganisationRef;
use crate::text::{all_values, parse_name};

/// What a signed-in person is to the scheme. Anonymous visitors have no role: they are the
/// public.
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
pub enum Role {
    /// The secretariat that owns the scheme (ministry or municipal association).
    Admin,
    /// Staff of one municipality, county municipality or region.
    Applicant,
    /// A civil servant or lawyer who screens and scores applications.
    Assessor,
    /// The follow-up research team or an external evaluator.
    Researcher,
}

impl Role {
    pub const ALL: [Role; 4] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Only applicants act on behalf of an organisation.
    pub fn needs_organisation(self) -> bool {
        self == Role::Applicant
    }

    /// Applicants belong to an organisation; an assessor may name an employer, so that a
    /// conflict of interest with an applicant is found; a researcher may be one of an
    /// organisation's own people (invited by its user administrator).
    pub fn may_have_organisation(self) -> bool {
        matches!(self, Role::Applicant | Role::Assessor | Role::Researcher)
    }
}

/// The text named no role.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role {0:?}: expected admin, applicant, assessor or researcher")]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;

    /// The name in any case, with spaces around.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_name(&s.trim().to_ascii_lowercase()).ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

/// A person with an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub organisation: Option<OrganisationRef>,
    pub language: Option<Language>,
    /// Appointed by the secretariat as the user administrator of their organisation: invites
    /// its people and deactivates them (`authz::people`).
    pub people_admin: bool,
}

/// Why a new or changed account was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountError {
    #[error("the e-mail address {0:?} is not valid")]
    InvalidEmail(String),
    #[error("the name must not be empty")]
    EmptyName,
    #[error("the name is longer than {max} characters")]
    NameTooLong { max: usize },
    #[error("an applicant must belong to an organisation")]
    OrganisationRequired,
    #[error("only applicants, assessors and researchers belong to an organisation")]
    OrganisationNotAllowed,
    #[error("the password must have at least {min} characters")]
    PasswordTooShort { min: usize },
}

pub const MIN_PASSWORD_LEN: usize = 10;
pub const MAX_NAME_LEN: usize = 200;

/// Normalises an e-mail address for storage and look-up: trimmed and lower-cased, with a
/// plausibility check (one `@`, something on both sides, a dot in the domain, no spaces).
pub fn normalise_email(raw: &str) -> Result<String, AccountError> {
    let email = raw.trim().to_lowercase();
    let valid = email.len() <= 254
        && !email.chars().any(char::is_whitespace)
        && match email.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            }
            None => false,
        };
    if valid {
        Ok(email)
    } else {
        Err(AccountError::InvalidEmail(raw.to_owned()))
    }
}

/// Checks a display name and returns it trimmed.
pub fn validate_name(raw: &str) -> Result<String, AccountError> {
    let name = raw.trim();
    if name.is_empty() {
        Err(AccountError::EmptyName)
    } else if name.chars().count() > MAX_NAME_LEN {
        Err(AccountError::NameTooLong { max: MAX_NAME_LEN })
    } else {
        Ok(name.to_owned())
    }
}

/// Checks that a role and an organisation go together.
pub fn validate_membership(role: Role, has_organisation: bool) -> Result<(), AccountError> {
    match (role.needs_organisation(), has_organisation) {
        (true, false) => Err(AccountError::OrganisationRequired),
        (false, true) if !role.may_have_organisation() => Err(AccountError::OrganisationNotAllowed),
        _ => Ok(()),
    }
}

/// Checks a new password against the minimum length (counted in characters).
pub fn validate_password(password: &str) -> Result<(), AccountError> {
    if password.chars().count() < MIN_PASSWORD_LEN {
        Err(AccountError::PasswordTooShort {
            min: MIN_PASSWORD_LEN,
        })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn role_names_agree() {
        crate::text::tests::names_agree::<Role>();
        crate::text::tests::serde_reads_names::<Role>();
        assert_eq!(
            "x".parse::<Role>().unwrap_err().to_string(),
            "unknown role \"x\": expected admin, applicant, assessor or researcher"
        );
        assert_eq!(" Admin ".parse::<Role>().unwrap(), Role::Admin);
    }

    #[test]
    fn emails_are_trimmed_and_lowercased() {
        assert_eq!(
            normalise_email("  Ida.Hansen@Aarhus.DK "),
            Ok("ida.hansen@aarhus.dk".into())
        );
    }

    #[test]
    fn implausible_emails_are_refused() {
        for bad in [
            "",
            "no-at-sign",
            "@x.no",
            "a@b",
            "a b@c.no",
            "a@@c.no",
            "a@.no",
        ] {
            assert!(normalise_email(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn applicants_need_an_organisation_and_others_must_not_have_one() {
        assert_eq!(
            validate_membership(Role::Applicant, false),
            Err(AccountError::OrganisationRequired)
        );
        assert_eq!(
            validate_membership(Role::Admin, true),
            Err(AccountError::OrganisationNotAllowed)
        );
        assert!(validate_membership(Role::Assessor, false).is_ok());
        assert!(validate_membership(Role::Assessor, true).is_ok());
        assert!(validate_membership(Role::Researcher, true).is_ok());
        assert!(validate_membership(Role::Researcher, false).is_ok());
    }

    #[test]
    fn short_passwords_are_refused() {
        assert!(validate_password("kort").is_err());
        assert!(validate_password("lang-nok-passord").is_ok());
    }
}
