//! Evaluations of trials and of whole schemes: their kinds, the strength of a finding's
//! evidence, and what an evaluation recommends for a granted exemption.

use serde::{Deserialize, Serialize};

use crate::text::{all_values, unknown_name};

/// What an evaluation looks at (KS: "process, results and transferability").
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
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_kind)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EvaluationKind {
    /// How the trial was carried out.
    Process,
    /// What the trial achieved, against its indicators.
    Results,
    /// Whether what worked would work elsewhere.
    Transferability,
}

impl EvaluationKind {
    pub const ALL: [EvaluationKind; 3] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_kind(name: &str) -> String {
    unknown_name::<EvaluationKind>("evaluation kind", name)
}

/// How strong the evidence behind a finding is.
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
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_strength)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EvidenceStrength {
    Strong,
    Moderate,
    Weak,
    Inconclusive,
}

impl EvidenceStrength {
    pub const ALL: [EvidenceStrength; 4] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_strength(name: &str) -> String {
    unknown_name::<EvidenceStrength>("evidence strength", name)
}

/// What an evaluation recommends for one granted exemption.
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
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_recommendation)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Recommendation {
    /// Make the exemption the general rule for everybody.
    MakeGeneral,
    /// Make it general, with changes the evaluation names.
    MakeGeneralWithChanges,
    /// Go on trying: the evidence is not yet enough.
    ContinueTrying,
    /// Drop it: the rule should stay as it is.
    Drop,
}

impl Recommendation {
    pub const ALL: [Recommendation; 4] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_recommendation(name: &str) -> String {
    unknown_name::<Recommendation>("recommendation", name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn names_round_trip() {
        for kind in EvaluationKind::ALL {
            assert_eq!(EvaluationKind::from_str(kind.as_str()), Ok(kind));
        }
        for strength in EvidenceStrength::ALL {
            assert_eq!(EvidenceStrength::from_str(strength.as_str()), Ok(strength));
        }
        for r in Recommendation::ALL {
            assert_eq!(Recommendation::from_str(r.as_str()), Ok(r));
        }
        assert!(Recommendation::from_str("spread").is_err());
    }
}
