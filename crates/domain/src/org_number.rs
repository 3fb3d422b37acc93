//! National identifiers of legal persons, with their check digits: the Norwegian
//! organisasjonsnummer, the Swedish organisationsnummer and the Danish CVR-nummer.
//!
//! A partner's identifier is typed as people write it (spaces, hyphens, Sweden's `16`
//! prefix) and stored normalised: digits only, the country's length. A number of the wrong
//! length or with other characters is `identifier_format`; one whose check digit does not
//! agree is `identifier_check_digit`. Both are 422 and name the field.
//!
//! Swedish sole traders (enskild näringsidkare) have no organisationsnummer of their own:
//! they trade under the owner's personnummer, whose third digit (the month's tens) is 0 or 1.
//! Such numbers are refused (`identifier_personal_number`): a personal identity number is
//! personal data whose use the Swedish data protection act (2018:218, 3 kap. 10 §) limits
//! to what is clearly justified, and the partner register is public. A sole trader is
//! registered without a number.

use crate::country::Country;
use crate::rule::{Broken, Refusal};

/// Why an identifier was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdentifierError {
    #[error("{field}: a {country} identifier has {digits} digits")]
    Format {
        field: &'static str,
        country: Country,
        digits: usize,
    },
    #[error("{field}: the check digit does not agree with the other digits; check for a typo")]
    CheckDigit { field: &'static str },
    #[error("{field}: this is a personal identity number (a sole trader's); leave it out")]
    PersonalNumber { field: &'static str },
}

impl Broken for IdentifierError {
    fn code(&self) -> &'static str {
        match self {
            IdentifierError::Format { .. } => "identifier_format",
            IdentifierError::CheckDigit { .. } => "identifier_check_digit",
            IdentifierError::PersonalNumber { .. } => "identifier_personal_number",
        }
    }

    fn refusal(&self) -> Refusal {
        Refusal::Invalid
    }

    fn details(&self) -> serde_json::Value {
        match self {
            IdentifierError::Format {
                field,
                country,
                digits,
            } => serde_json::json!({
                "field": field, "country": country.as_str(), "digits": digits,
            }),
            IdentifierError::CheckDigit { field } | IdentifierError::PersonalNumber { field } => {
                serde_json::json!({ "field": field })
            }
        }
    }
}

/// The number of digits of a country's identifier once normalised.
pub fn length(country: Country) -> usize {
    match country {
        Country::No => 9,
        Country::Se => 10,
        Country::Dk => 8,
    }
}

/// Checks an identifier as typed and returns it normalised (digits only). `field` names
/// the input in the refusal.
pub fn normalise(
    field: &'static str,
    country: Country,
    typed: &str,
) -> Result<String, IdentifierError> {
    let format = IdentifierError::Format {
        field,
        country,
        digits: length(country),
    };
    let mut digits = String::new();
    for c in typed.trim().chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '\u{a0}' => {}
            _ => return Err(format),
        }
    }
    // A Swedish organisationsnummer may be written with the century-like prefix 16.
    if country == Country::Se && digits.len() == 12 && digits.starts_with("16") {
        digits.drain(..2);
    }
    if digits.len() != length(country) {
        return Err(format);
    }
    let d: Vec<u32> = digits.bytes().map(|b| u32::from(b - b'0')).collect();
    let valid = match country {
        Country::No => norwegian_check(&d),
        Country::Se => {
            if d[2] < 2 {
                return Err(IdentifierError::PersonalNumber { field });
            }
            luhn(&d)
        }
        Country::Dk => danish_check(&d),
    };
    if valid {
        Ok(digits)
    } else {
        Err(IdentifierError::CheckDigit { field })
    }
}

/// Shows a normalised identifier as the country writes it: `974 760 673`, `202100-2874`,
/// `34051178`.
pub fn display(country: Country, normalised: &str) -> String {
    match country {
        Country::No if normalised.len() == 9 => format!(
            "{} {} {}",
            &normalised[..3],
            &normalised[3..6],
            &normalised[6..]
        ),
        Country::Se if normalised.len() == 10 => {
            format!("{}-{}", &normalised[..6], &normalised[6..])
        }
        _ => normalised.to_owned(),
    }
}

/// Modulus 11 with the weights 3, 2, 7, 6, 5, 4, 3, 2 (Brønnøysundregistrene): the ninth
/// digit is 11 minus the remainder (0 when the remainder is 0); a remainder of 1 gives no
/// valid number.
fn norwegian_check(d: &[u32]) -> bool {
    const WEIGHTS: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];
    let sum: u32 = WEIGHTS.iter().zip(d).map(|(w, x)| w * x).sum();
    match sum % 11 {
        0 => d[8] == 0,
        1 => false,
        r => d[8] == 11 - r,
    }
}

/// The Luhn algorithm over all ten digits (Bolagsverket, Skatteverket).
fn luhn(d: &[u32]) -> bool {
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 1 {
                let y = x * 2;
                if y > 9 { y - 9 } else { y }
            } else {
                x
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Modulus 11 with the weights 2, 7, 6, 5, 4, 3, 2, 1 (Erhvervsstyrelsen): the weighted sum
/// is divisible by 11.
fn danish_check(d: &[u32]) -> bool {
    const WEIGHTS: [u32; 8] = [2, 7, 6, 5, 4, 3, 2, 1];
    WEIGHTS
        .iter()
        .zip(d)
        .map(|(w, x)| w * x)
        .sum::<u32>()
        .is_multiple_of(11)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Real public bodies' numbers, as their registers publish them: Norway's in
    /// Enhetsregisteret (brreg.no), Sweden's in Bolagsverket's and SCB's registers (and on
    /// each body's own website), Denmark's in the CVR register (datacvr.virk.dk). Each is
    /// verified here by its algorithm.
    const VALID: [(Country, &str, &str, &str); 17] = [
        (
            Country::No,
            "974 760 673",
            "974760673",
            "Brønnøysundregistrene",
        ),
        (Country::No, "974761076", "974761076", "Skatteetaten"),
        (
            Country::No,
            "991 825 827",
            "991825827",
            "Digitaliseringsdirektoratet",
        ),
        (
            Country::No,
            "889640782",
            "889640782",
            "Arbeids- og velferdsetaten (NAV)",
        ),
        (
            Country::No,
            "971526920",
            "971526920",
            "Statistisk sentralbyrå",
        ),
        (Country::No, "974767880", "974767880", "NTNU"),
        (Country::Se, "202100-2874", "2021002874", "Umeå universitet"),
        (Country::Se, "212000-2627", "2120002627", "Umeå kommun"),
        (Country::Se, "2120000142", "2120000142", "Stockholms kommun"),
        (
            Country::Se,
            "16 212000-1355",
            "2120001355",
            "Göteborgs kommun",
        ),
        (Country::Se, "202100-5448", "2021005448", "Skatteverket"),
        (
            Country::Se,
            "556464-6874",
            "5564646874",
            "RISE Research Institutes of Sweden AB",
        ),
        (
            Country::Dk,
            "34 05 11 78",
            "34051178",
            "Digitaliseringsstyrelsen",
        ),
        (Country::Dk, "64942212", "64942212", "Københavns Kommune"),
        (Country::Dk, "55133018", "55133018", "Aarhus Kommune"),
        (Country::Dk, "10150817", "10150817", "Erhvervsstyrelsen"),
        (Country::Dk, "17150413", "17150413", "Danmarks Statistik"),
    ];

    #[test]
    fn real_numbers_are_accepted_and_normalised() {
        for (country, typed, stored, whose) in VALID {
            assert_eq!(
                normalise("national_id", country, typed).as_deref(),
                Ok(stored),
                "{whose}"
            );
        }
    }

    /// The same numbers with one digit changed (the last, or a middle one): the check digit
    /// no longer agrees.
    #[test]
    fn a_changed_digit_is_caught() {
        let cases = [
            (Country::No, "974760674"),
            (Country::No, "974761067"),
            (Country::No, "991825828"),
            (Country::Se, "202100-2875"),
            (Country::Se, "212000-2672"),
            (Country::Se, "556464-6875"),
            (Country::Dk, "34051179"),
            (Country::Dk, "64942213"),
            (Country::Dk, "55133081"),
        ];
        for (country, typed) in cases {
            let refused = normalise("national_id", country, typed).unwrap_err();
            assert_eq!(refused.code(), "identifier_check_digit", "{typed}");
            assert_eq!(refused.details()["field"], "national_id");
        }
    }

    #[test]
    fn a_norwegian_remainder_of_one_is_never_valid() {
        // 10000030x: 3·1 + 3·3 = 12 ≡ 1 (mod 11), so no ninth digit makes it valid.
        for last in 0..=9 {
            let n = format!("10000030{last}");
            assert_eq!(
                normalise("id", Country::No, &n).unwrap_err().code(),
                "identifier_check_digit"
            );
        }
    }

    #[test]
    fn wrong_length_or_characters() {
        let cases = [
            (Country::No, "97476067"),
            (Country::No, "9747606730"),
            (Country::No, "974.760.673"),
            (Country::Se, "202100-287"),
            (Country::Se, "SE202100287401"),
            (Country::Dk, "DK34051178"),
            (Country::Dk, "3405117"),
            (Country::Dk, ""),
        ];
        for (country, typed) in cases {
            assert_eq!(
                normalise("national_id", country, typed).unwrap_err().code(),
                "identifier_format",
                "{typed}"
            );
        }
    }

    #[test]
    fn a_swedish_personal_number_is_refused() {
        // 811218-9876 is the Swedish Tax Agency's documentation example of a personnummer.
        assert_eq!(
            normalise("national_id", Country::Se, "811218-9876")
                .unwrap_err()
                .code(),
            "identifier_personal_number"
        );
    }

    #[test]
    fn shown_as_each_country_writes_it() {
        assert_eq!(display(Country::No, "974760673"), "974 760 673");
        assert_eq!(display(Country::Se, "2021002874"), "202100-2874");
        assert_eq!(display(Country::Dk, "34051178"), "34051178");
    }
}
