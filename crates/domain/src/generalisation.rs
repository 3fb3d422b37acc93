//! Generalisation: what became of a trial's granted exemption once the trial was over, in
//! the categories the countries report in.

use serde::{Deserialize, Serialize};

use crate::Country;
use crate::text::{all_values, unknown_name};

/// The outcome recorded for one granted exemption of an ended trial. Denmark reported its
/// free-municipality trials in the first five; Norway's forsøksloven (§ 7) knows the last
/// three. Sweden has no such tradition and reports as Denmark does.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_category)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum OutcomeCategory {
    /// DK "udbredt fuldt ud": the rule changed for everybody as tried.
    SpreadFully,
    /// DK "udbredt delvist": the rule changed in part.
    SpreadPartly,
    /// DK "ikke udbredt": the rule stays as it was.
    NotSpread,
    /// DK "stoppet eller ikke igangsat".
    StoppedOrNeverStarted,
    /// DK "fulgt op på anden vis": taken up in other work (a reform, an agreement).
    FollowedUpElsewhere,
    /// NO: made permanent by a change of law.
    MadePermanent,
    /// NO: continued until a permanent arrangement (a reform) is in place.
    ContinuedUntilReform,
    /// NO: ended, the rule staying as it was.
    Ended,
}

impl OutcomeCategory {
    pub const ALL: [OutcomeCategory; 8] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The categories a scheme in the country records, in the order forms offer them.
    pub fn for_country(country: Country) -> &'static [OutcomeCategory] {
        use OutcomeCategory::*;
        match country {
            Country::No => &[MadePermanent, ContinuedUntilReform, Ended],
            Country::Dk | Country::Se => &[
                SpreadFully,
                SpreadPartly,
                NotSpread,
                StoppedOrNeverStarted,
                FollowedUpElsewhere,
            ],
        }
    }
}

fn unknown_category(name: &str) -> String {
    unknown_name::<OutcomeCategory>("outcome category", name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn every_category_belongs_to_a_country_and_round_trips() {
        for category in OutcomeCategory::ALL {
            assert_eq!(OutcomeCategory::from_str(category.as_str()), Ok(category));
            assert!(
                Country::ALL
                    .iter()
                    .any(|c| OutcomeCategory::for_country(*c).contains(&category)),
                "{category} is offered nowhere"
            );
        }
    }
}
