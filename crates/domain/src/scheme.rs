//! Schemes, their themes, rounds and rules, and the theme proposals that come before them.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::clock::{LocalTime, UnknownTimeZone, check_time_zone};
use crate::country::Country;
use crate::language::Language;
use crate::organisation::{OrganisationKind, OrganisationRef};
use crate::text::{FieldError, Problem, all_values, check_text, unknown_name};

/// Where a scheme is in its life.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_scheme_status)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum SchemeStatus {
    /// Being prepared by the secretariat; only it sees the scheme.
    Draft,
    /// Open for theme proposals from municipalities; visible to signed-in people.
    Proposals,
    /// The invitation is public and rounds take applications.
    Published,
    /// No more applications; what was submitted stays.
    Closed,
}

impl SchemeStatus {
    pub const ALL: [SchemeStatus; 4] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Whether a scheme may move from this status to `to`. A scheme goes forward only,
    /// except that a scheme gathering proposals may go back to being a draft.
    pub fn can_become(self, to: SchemeStatus) -> bool {
        use SchemeStatus::*;
        matches!(
            (self, to),
            (Draft, Proposals)
                | (Draft, Published)
                | (Proposals, Draft)
                | (Proposals, Published)
                | (Published, Closed)
        )
    }

    /// The public sees published and closed schemes.
    pub fn is_public(self) -> bool {
        matches!(self, SchemeStatus::Published | SchemeStatus::Closed)
    }
}

fn unknown_scheme_status(name: &str) -> String {
    unknown_name::<SchemeStatus>("status", name)
}

/// One thing assessors score, with its weight in the total.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Criterion {
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub weight: f64,
}

/// The rules of a scheme: who may apply and how applications are judged. Rules are
/// versioned; an application is judged under the version in force when it was submitted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rules {
    /// The least combined population of the applying organisations; `None`: no minimum.
    #[serde(default)]
    pub min_population: Option<u64>,
    pub networks_allowed: bool,
    pub allowed_kinds: Vec<OrganisationKind>,
    /// The hard exclusions of the legal screening, one item each.
    #[serde(default)]
    pub exclusions: Vec<String>,
    #[serde(default)]
    pub criteria: Vec<Criterion>,
    #[serde(default)]
    pub network_bonus: f64,
    #[serde(default)]
    pub priority_theme_bonus: f64,
    #[serde(default)]
    pub objective_bonus: f64,
    /// Scores run from 0 to this number.
    pub score_scale_max: u32,
    #[serde(default)]
    pub max_trial_months: Option<u32>,
    #[serde(default)]
    pub max_extension_months: Option<u32>,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            min_population: None,
            networks_allowed: true,
            allowed_kinds: vec![OrganisationKind::Municipality],
            exclusions: Vec::new(),
            criteria: Vec::new(),
            network_bonus: 0.0,
            priority_theme_bonus: 0.0,
            objective_bonus: 0.0,
            score_scale_max: 5,
            max_trial_months: None,
            max_extension_months: None,
        }
    }
}

impl Rules {
    /// Checks the rules for values that make no sense, naming the field.
    pub fn validate(&self) -> Result<(), FieldError> {
        if self.allowed_kinds.is_empty() {
            return Err(FieldError::new("allowed_kinds", Problem::Required));
        }
        if self.exclusions.len() > 30 {
            return Err(FieldError::new("exclusions", Problem::TooMany { max: 30 }));
        }
        for (i, item) in self.exclusions.iter().enumerate() {
            check_text(&format!("exclusions[{i}]"), item, 1_000)?;
            if item.trim().is_empty() {
                return Err(FieldError::new(
                    format!("exclusions[{i}]"),
                    Problem::Required,
                ));
            }
        }
        if self.criteria.len() > 30 {
            return Err(FieldError::new("criteria", Problem::TooMany { max: 30 }));
        }
        for (i, c) in self.criteria.iter().enumerate() {
            if c.name.trim().is_empty() {
                return Err(FieldError::new(
                    format!("criteria[{i}].name"),
                    Problem::Required,
                ));
            }
            check_text(&format!("criteria[{i}].name"), &c.name, 200)?;
            check_text(&format!("criteria[{i}].description"), &c.description, 2_000)?;
            if !(c.weight.is_finite() && c.weight > 0.0 && c.weight <= 100.0) {
                return Err(FieldError::new(
                    format!("criteria[{i}].weight"),
                    Problem::OutOfRange {
                        min: "more than 0".into(),
                        max: "100".into(),
                    },
                ));
            }
        }
        for (field, bonus) in [
            ("network_bonus", self.network_bonus),
            ("priority_theme_bonus", self.priority_theme_bonus),
            ("objective_bonus", self.objective_bonus),
        ] {
            if !(bonus.is_finite() && (0.0..=100.0).contains(&bonus)) {
                return Err(FieldError::new(
                    field,
                    Problem::OutOfRange {
                        min: "0".into(),
                        max: "100".into(),
                    },
                ));
            }
        }
        if !(1..=100).contains(&self.score_scale_max) {
            return Err(FieldError::new(
                "score_scale_max",
                Problem::OutOfRange {
                    min: "1".into(),
                    max: "100".into(),
                },
            ));
        }
        // A trial lasts at least a month; an extension of 0 months means none is allowed.
        for (field, months, least) in [
            ("max_trial_months", self.max_trial_months, 1),
            ("max_extension_months", self.max_extension_months, 0),
        ] {
            if let Some(m) = months
                && !(least..=240).contains(&m)
            {
                return Err(FieldError::new(
                    field,
                    Problem::OutOfRange {
                        min: least.to_string(),
                        max: "240".into(),
                    },
                ));
            }
        }
        if let Some(min) = self.min_population
            && min > 100_000_000
        {
            return Err(FieldError::new(
                "min_population",
                Problem::OutOfRange {
                    min: "0".into(),
                    max: "100000000".into(),
                },
            ));
        }
        Ok(())
    }
}

/// A scheme: a national invitation to experiment, with its own rules.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scheme {
    pub id: i64,
    /// Short code used in case numbers, such as `DK2019`.
    pub code: String,
    pub country: Country,
    pub title: String,
    /// The language the scheme's content is written in.
    pub language: Language,
    /// Markdown.
    pub invitation: String,
    pub status: SchemeStatus,
    pub publish_applications: bool,
    pub rules: Rules,
    pub rules_version: i64,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

/// What the secretariat writes to create or edit a scheme.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemeDraft {
    pub code: String,
    pub country: Country,
    pub title: String,
    pub language: Language,
    pub invitation: String,
    pub publish_applications: bool,
}

impl SchemeDraft {
    pub fn validate(&self) -> Result<(), FieldError> {
        let code_ok = (2..=12).contains(&self.code.len())
            && self
                .code
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if !code_ok {
            return Err(FieldError::new(
                "code",
                Problem::Format {
                    expected: "2 to 12 capital letters or digits, such as DK2019".into(),
                },
            ));
        }
        if self.title.trim().is_empty() {
            return Err(FieldError::new("title", Problem::Required));
        }
        check_text("title", &self.title, 300)?;
        check_text("invitation", &self.invitation, 100_000)?;
        Ok(())
    }
}

/// A subject the scheme invites trials on. Priority themes earn a bonus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Theme {
    pub id: i64,
    pub scheme_id: i64,
    pub title: String,
    pub description: String,
    pub priority: bool,
}

/// A theme as the secretariat writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeDraft {
    pub title: String,
    pub description: String,
    pub priority: bool,
}

impl ThemeDraft {
    pub fn validate(&self) -> Result<(), FieldError> {
        if self.title.trim().is_empty() {
            return Err(FieldError::new("title", Problem::Required));
        }
        check_text("title", &self.title, 300)?;
        check_text("description", &self.description, 5_000)
    }
}

/// An application round: when it opens, when it closes, how many trials it aims for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Round {
    pub id: i64,
    pub scheme_id: i64,
    pub number: u32,
    pub title: String,
    pub opens: LocalTime,
    /// The last second on which applications are accepted, inclusive.
    pub deadline: LocalTime,
    pub target_trials: u32,
}

/// Where a round stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum RoundPhase {
    Upcoming,
    Open,
    Closed,
}

impl Round {
    /// Whether the round takes applications at `now`. Times are compared to the second:
    /// the deadline second itself is still open.
    pub fn phase(&self, now: OffsetDateTime) -> Result<RoundPhase, UnknownTimeZone> {
        let now = now.replace_nanosecond(0).unwrap_or(now);
        if now < self.opens.instant()? {
            Ok(RoundPhase::Upcoming)
        } else if now <= self.deadline.instant()? {
            Ok(RoundPhase::Open)
        } else {
            Ok(RoundPhase::Closed)
        }
    }
}

/// A round as the secretariat writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundDraft {
    pub number: u32,
    pub title: String,
    pub opens: LocalTime,
    pub deadline: LocalTime,
    pub target_trials: u32,
}

impl RoundDraft {
    pub fn validate(&self) -> Result<(), FieldError> {
        if !(1..=99).contains(&self.number) {
            return Err(FieldError::new(
                "number",
                Problem::OutOfRange {
                    min: "1".into(),
                    max: "99".into(),
                },
            ));
        }
        check_text("title", &self.title, 200)?;
        for (field, t) in [("time_zone", &self.opens), ("time_zone", &self.deadline)] {
            check_time_zone(&t.time_zone)
                .map_err(|_| FieldError::new(field, Problem::UnknownTimeZone))?;
        }
        let opens = self
            .opens
            .instant()
            .map_err(|_| FieldError::new("opens", Problem::UnknownTimeZone))?;
        let deadline = self
            .deadline
            .instant()
            .map_err(|_| FieldError::new("deadline", Problem::UnknownTimeZone))?;
        if deadline <= opens {
            return Err(FieldError::new("deadline", Problem::BeforeStart));
        }
        if self.target_trials > 1_000 {
            return Err(FieldError::new(
                "target_trials",
                Problem::OutOfRange {
                    min: "0".into(),
                    max: "1000".into(),
                },
            ));
        }
        Ok(())
    }
}

/// Where a theme proposal stands.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_proposal_status)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ProposalStatus {
    Open,
    Adopted,
    Declined,
}

impl ProposalStatus {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_proposal_status(name: &str) -> String {
    format!("unknown proposal status {name:?}")
}

/// A theme a municipality proposes while the scheme is being prepared (seed 000).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThemeProposal {
    pub id: i64,
    pub scheme_id: i64,
    pub organisation: OrganisationRef,
    pub title: String,
    pub description: String,
    pub status: ProposalStatus,
    pub decline_reason: Option<String>,
    pub adopted_theme_id: Option<i64>,
    pub endorsements: u32,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn scheme_status_names_agree() {
        crate::text::tests::names_agree::<SchemeStatus>();
        crate::text::tests::serde_reads_names::<SchemeStatus>();
        assert_eq!(
            "x".parse::<SchemeStatus>().unwrap_err().to_string(),
            "unknown status \"x\": expected draft, proposals, published or closed"
        );
    }

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn proposal_status_names_agree() {
        crate::text::tests::names_agree::<ProposalStatus>();
        crate::text::tests::serde_reads_names::<ProposalStatus>();
        assert_eq!(
            "x".parse::<ProposalStatus>().unwrap_err().to_string(),
            "unknown proposal status \"x\""
        );
    }

    fn round(opens: time::PrimitiveDateTime, deadline: time::PrimitiveDateTime) -> Round {
        Round {
            id: 1,
            scheme_id: 1,
            number: 1,
            title: String::new(),
            opens: LocalTime::new(opens, "Europe/Copenhagen"),
            deadline: LocalTime::new(deadline, "Europe/Copenhagen"),
            target_trials: 10,
        }
    }

    #[test]
    fn status_moves_forward() {
        use SchemeStatus::*;
        assert!(Draft.can_become(Proposals));
        assert!(Proposals.can_become(Published));
        assert!(Published.can_become(Closed));
        assert!(!Closed.can_become(Published));
        assert!(!Published.can_become(Draft));
        assert!(!Published.can_become(Published));
    }

    #[test]
    fn the_deadline_second_is_still_open() {
        let r = round(datetime!(2018-10-12 00:00), datetime!(2019-04-01 23:59:59));
        // 23:59:59.9 Danish summer time on 1 April is 21:59:59.9 UTC.
        assert_eq!(
            r.phase(datetime!(2019-04-01 21:59:59.9 UTC)).unwrap(),
            RoundPhase::Open
        );
        assert_eq!(
            r.phase(datetime!(2019-04-01 22:00:00 UTC)).unwrap(),
            RoundPhase::Closed
        );
        assert_eq!(
            r.phase(datetime!(2018-10-11 21:59:59 UTC)).unwrap(),
            RoundPhase::Upcoming
        );
        assert_eq!(
            r.phase(datetime!(2018-10-11 22:00:00 UTC)).unwrap(),
            RoundPhase::Open
        );
    }

    #[test]
    fn rules_refuse_nonsense() {
        let mut rules = Rules::default();
        assert!(rules.validate().is_ok());
        rules.criteria.push(Criterion {
            name: "Ambitious".into(),
            description: String::new(),
            weight: -1.0,
        });
        assert_eq!(rules.validate().unwrap_err().field, "criteria[0].weight");
        rules.criteria[0].weight = 2.0;
        rules.allowed_kinds.clear();
        assert_eq!(rules.validate().unwrap_err().field, "allowed_kinds");
    }

    #[test]
    fn scheme_codes_are_short_capitals() {
        let mut d = SchemeDraft {
            code: "DK2019".into(),
            country: Country::Dk,
            title: "Frikommuneforsøg".into(),
            language: Language::Da,
            invitation: String::new(),
            publish_applications: true,
        };
        assert!(d.validate().is_ok());
        d.code = "dk 2019".into();
        assert_eq!(d.validate().unwrap_err().field, "code");
    }
}
