//! Applications: what a municipality, alone or in a network, asks to try, and the rules for
//! writing one. A draft may be incomplete at any stage; [`ApplicationContent::validate`]
//! refuses only what can never be right (too long, negative, end before start),
//! [`ApplicationContent::missing`] lists what must still be written before submission.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::organisation::OrganisationRef;
use crate::text::{FieldError, Problem, all_values, check_text, clean, unknown_name};

pub const MAX_TITLE: usize = 300;
pub const MAX_SUMMARY: usize = 2_000;
pub const MAX_LONG_TEXT: usize = 20_000;
pub const MAX_SHORT_TEXT: usize = 500;
pub const MAX_MEMBERS: usize = 100;
pub const MAX_ROWS: usize = 50;

/// Where an application is in its life. Assessment and decisions come later.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_application_status)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ApplicationStatus {
    Draft,
    Submitted,
    Withdrawn,
}

impl ApplicationStatus {
    pub const ALL: [ApplicationStatus; 3] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_application_status(name: &str) -> String {
    unknown_name::<ApplicationStatus>("status", name)
}

/// A measurable objective: the indicator, where it stands and where the trial aims.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Objective {
    pub indicator: String,
    pub unit: String,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub target_date: Option<Date>,
}

impl Objective {
    /// Measurable means an indicator with a unit, a baseline and a target.
    pub fn is_measurable(&self) -> bool {
        !self.indicator.trim().is_empty()
            && !self.unit.trim().is_empty()
            && self.baseline.is_some()
            && self.target.is_some()
    }
}

/// How wide a requested exemption is.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_exemption_scope)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ExemptionScope {
    /// One provision, cited as the applicant writes it ("§ 54, stk. 2").
    #[default]
    Provision,
    /// A whole act.
    Act,
    /// A policy area, when the applicant cannot name the act.
    PolicyArea,
}

impl ExemptionScope {
    pub const ALL: [ExemptionScope; 3] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_exemption_scope(name: &str) -> String {
    unknown_name::<ExemptionScope>("scope", name)
}

/// An exemption the applicant asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestedExemption {
    pub scope: ExemptionScope,
    /// The provision citation, act name or policy area, as written.
    pub reference: String,
    /// The rule the applicant wants instead, if any.
    pub desired_change: String,
    pub justification: String,
    /// The catalogue's provision, when the applicant picked it from the rule finder's
    /// suggestions (the reference then says the same in words).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provision_id: Option<i64>,
}

/// What kind of partner takes part (seed 004).
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_partner_kind)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PartnerKind {
    Company,
    University,
    Consultant,
    ResearchInstitute,
    CivilSociety,
    PublicBody,
    #[default]
    Other,
}

impl PartnerKind {
    pub const ALL: [PartnerKind; 7] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_partner_kind(name: &str) -> String {
    format!("unknown partner kind {name:?}")
}

/// A partner in the trial: what it does, what the municipality demands of it and which
/// public values the municipality protects (seed 004).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Partner {
    pub name: String,
    pub kind: PartnerKind,
    pub role: String,
    pub demands: String,
    pub public_values: String,
}

/// Everything an applicant writes. The lead organisation and the network members are kept
/// beside it, in [`Application`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationContent {
    pub title: String,
    pub summary: String,
    pub description: String,
    /// Ids of the scheme's themes.
    pub themes: Vec<i64>,
    pub objectives: Vec<Objective>,
    pub exemptions: Vec<RequestedExemption>,
    /// "We do not know which rules stop us": the obstacle in plain words (seed 001).
    pub unknown_rules_obstacle: String,
    /// Consequences for citizens' legal security, and how they are protected.
    pub legal_security: String,
    pub partners: Vec<Partner>,
    /// What the municipality wants to learn (seed 004).
    pub learning_goals: String,
    /// Stimulus funds requested, in whole units of the scheme's currency.
    pub funds_requested: Option<i64>,
    pub period_start: Option<Date>,
    pub period_end: Option<Date>,
}

impl ApplicationContent {
    /// Cleans pasted text in every field.
    pub fn cleaned(mut self) -> Self {
        for s in [
            &mut self.title,
            &mut self.summary,
            &mut self.description,
            &mut self.unknown_rules_obstacle,
            &mut self.legal_security,
            &mut self.learning_goals,
        ] {
            *s = clean(s);
        }
        self.title = self.title.trim().to_owned();
        for o in &mut self.objectives {
            o.indicator = clean(&o.indicator);
            o.unit = clean(&o.unit);
        }
        for e in &mut self.exemptions {
            e.reference = clean(&e.reference);
            e.desired_change = clean(&e.desired_change);
            e.justification = clean(&e.justification);
        }
        for p in &mut self.partners {
            p.name = clean(&p.name);
            p.role = clean(&p.role);
            p.demands = clean(&p.demands);
            p.public_values = clean(&p.public_values);
        }
        self.themes.sort_unstable();
        self.themes.dedup();
        self
    }

    /// Refuses what no draft may hold, naming the first field at fault. `theme_ids` are the
    /// scheme's themes.
    pub fn validate(&self, theme_ids: &[i64]) -> Result<(), FieldError> {
        check_text("title", &self.title, MAX_TITLE)?;
        check_text("summary", &self.summary, MAX_SUMMARY)?;
        check_text("description", &self.description, MAX_LONG_TEXT)?;
        check_text(
            "unknown_rules_obstacle",
            &self.unknown_rules_obstacle,
            MAX_LONG_TEXT,
        )?;
        check_text("legal_security", &self.legal_security, MAX_LONG_TEXT)?;
        check_text("learning_goals", &self.learning_goals, MAX_LONG_TEXT)?;
        for (i, id) in self.themes.iter().enumerate() {
            if !theme_ids.contains(id) {
                return Err(FieldError::new(
                    format!("themes[{i}]"),
                    Problem::UnknownTheme { id: *id },
                ));
            }
        }
        for (field, len) in [
            ("objectives", self.objectives.len()),
            ("exemptions", self.exemptions.len()),
            ("partners", self.partners.len()),
        ] {
            if len > MAX_ROWS {
                return Err(FieldError::new(field, Problem::TooMany { max: MAX_ROWS }));
            }
        }
        for (i, o) in self.objectives.iter().enumerate() {
            check_text(
                &format!("objectives[{i}].indicator"),
                &o.indicator,
                MAX_SHORT_TEXT,
            )?;
            check_text(&format!("objectives[{i}].unit"), &o.unit, 100)?;
            for (name, value) in [("baseline", o.baseline), ("target", o.target)] {
                if let Some(v) = value
                    && (!v.is_finite() || v.abs() > 1e15)
                {
                    return Err(FieldError::new(
                        format!("objectives[{i}].{name}"),
                        Problem::OutOfRange {
                            min: "-1e15".into(),
                            max: "1e15".into(),
                        },
                    ));
                }
            }
        }
        for (i, e) in self.exemptions.iter().enumerate() {
            check_text(
                &format!("exemptions[{i}].reference"),
                &e.reference,
                MAX_SHORT_TEXT,
            )?;
            check_text(
                &format!("exemptions[{i}].desired_change"),
                &e.desired_change,
                MAX_LONG_TEXT,
            )?;
            check_text(
                &format!("exemptions[{i}].justification"),
                &e.justification,
                MAX_LONG_TEXT,
            )?;
        }
        for (i, p) in self.partners.iter().enumerate() {
            check_text(&format!("partners[{i}].name"), &p.name, MAX_SHORT_TEXT)?;
            check_text(&format!("partners[{i}].role"), &p.role, MAX_SUMMARY)?;
            check_text(&format!("partners[{i}].demands"), &p.demands, MAX_LONG_TEXT)?;
            check_text(
                &format!("partners[{i}].public_values"),
                &p.public_values,
                MAX_LONG_TEXT,
            )?;
        }
        if let Some(amount) = self.funds_requested {
            if amount < 0 {
                return Err(FieldError::new("funds_requested", Problem::Negative));
            }
            if amount > 1_000_000_000_000 {
                return Err(FieldError::new(
                    "funds_requested",
                    Problem::OutOfRange {
                        min: "0".into(),
                        max: "1000000000000".into(),
                    },
                ));
            }
        }
        if let (Some(start), Some(end)) = (self.period_start, self.period_end)
            && end < start
        {
            return Err(FieldError::new("period_end", Problem::BeforeStart));
        }
        Ok(())
    }

    /// The fields that must still be written before the application can be submitted, in
    /// the order of the form. `scheme_has_themes`: whether a theme must be chosen.
    pub fn missing(&self, scheme_has_themes: bool) -> Vec<String> {
        let mut missing = Vec::new();
        let mut need = |ok: bool, field: &str| {
            if !ok {
                missing.push(field.to_owned());
            }
        };
        need(!self.title.trim().is_empty(), "title");
        need(!self.summary.trim().is_empty(), "summary");
        need(!self.description.trim().is_empty(), "description");
        need(!scheme_has_themes || !self.themes.is_empty(), "themes");
        need(
            !self.exemptions.is_empty() || !self.unknown_rules_obstacle.trim().is_empty(),
            "exemptions",
        );
        for (i, e) in self.exemptions.iter().enumerate() {
            need(
                !e.reference.trim().is_empty(),
                &format!("exemptions[{i}].reference"),
            );
            need(
                !e.justification.trim().is_empty(),
                &format!("exemptions[{i}].justification"),
            );
        }
        for (i, o) in self.objectives.iter().enumerate() {
            need(
                !o.indicator.trim().is_empty(),
                &format!("objectives[{i}].indicator"),
            );
        }
        for (i, p) in self.partners.iter().enumerate() {
            need(!p.name.trim().is_empty(), &format!("partners[{i}].name"));
        }
        need(!self.legal_security.trim().is_empty(), "legal_security");
        need(self.period_start.is_some(), "period_start");
        need(self.period_end.is_some(), "period_end");
        missing
    }

    /// Whole months from the start to the end of the planned period, rounding a started
    /// month up.
    pub fn period_months(&self) -> Option<u32> {
        let (start, end) = (self.period_start?, self.period_end?);
        if end < start {
            return None;
        }
        let months = (end.year() - start.year()) * 12
            + (i32::from(u8::from(end.month())) - i32::from(u8::from(start.month())));
        // A period from the 1st to the last day of a month is one whole month.
        let extra = i32::from(end.day() + 1 > start.day());
        u32::try_from(months + extra).ok()
    }
}

/// An application as stored: who applies, where, and what they wrote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Application {
    pub id: i64,
    pub scheme_id: i64,
    pub round_id: i64,
    pub lead: OrganisationRef,
    /// Network members other than the lead.
    pub members: Vec<OrganisationRef>,
    pub status: ApplicationStatus,
    /// Grows by one on every save: the optimistic lock against lost edits.
    pub version: i64,
    pub case_number: Option<String>,
    pub content: ApplicationContent,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
    pub submitted_at: Option<OffsetDateTime>,
    pub withdrawn_at: Option<OffsetDateTime>,
    /// The rules version the application was judged under at submission.
    pub rules_version: Option<i64>,
    /// The eligibility report frozen at submission, as JSON.
    pub eligibility: Option<serde_json::Value>,
}

impl Application {
    /// The version of its scheme's rules the application is judged under: the one it was
    /// submitted under (frozen then), else the scheme's current version for a draft.
    pub fn judged_under(&self, current_rules_version: i64) -> i64 {
        self.rules_version.unwrap_or(current_rules_version)
    }

    /// Every organisation taking part, the lead first, each once.
    pub fn participants(&self) -> Vec<&OrganisationRef> {
        let mut all = vec![&self.lead];
        for m in &self.members {
            if !all.iter().any(|o| o.id == m.id) {
                all.push(m);
            }
        }
        all
    }
}

/// A readable case number: scheme code, round and sequence, such as `DK2019-R1-007`.
pub fn case_number(scheme_code: &str, round: u32, sequence: u32) -> String {
    format!("{scheme_code}-R{round}-{sequence:03}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn application_status_names_agree() {
        crate::text::tests::names_agree::<ApplicationStatus>();
        crate::text::tests::serde_reads_names::<ApplicationStatus>();
        assert_eq!(
            "x".parse::<ApplicationStatus>().unwrap_err().to_string(),
            "unknown status \"x\": expected draft, submitted or withdrawn"
        );
    }

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn exemption_scope_names_agree() {
        crate::text::tests::names_agree::<ExemptionScope>();
        crate::text::tests::serde_reads_names::<ExemptionScope>();
        assert_eq!(
            "x".parse::<ExemptionScope>().unwrap_err().to_string(),
            "unknown scope \"x\": expected provision, act or policy_area"
        );
    }

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn partner_kind_names_agree() {
        crate::text::tests::names_agree::<PartnerKind>();
        crate::text::tests::serde_reads_names::<PartnerKind>();
        assert_eq!(
            "x".parse::<PartnerKind>().unwrap_err().to_string(),
            "unknown partner kind \"x\""
        );
    }

    #[test]
    fn case_numbers_read_well() {
        assert_eq!(case_number("DK2019", 1, 7), "DK2019-R1-007");
        assert_eq!(case_number("NO2026", 2, 1234), "NO2026-R2-1234");
    }

    #[test]
    fn an_empty_draft_is_valid_but_incomplete() {
        let draft = ApplicationContent::default();
        assert!(draft.validate(&[]).is_ok());
        let missing = draft.missing(true);
        assert_eq!(
            missing,
            [
                "title",
                "summary",
                "description",
                "themes",
                "exemptions",
                "legal_security",
                "period_start",
                "period_end"
            ]
        );
        assert!(
            !ApplicationContent::default()
                .missing(false)
                .contains(&"themes".to_owned())
        );
    }

    #[test]
    fn bad_values_name_their_field() {
        let mut c = ApplicationContent {
            funds_requested: Some(-1),
            ..Default::default()
        };
        assert_eq!(c.validate(&[]).unwrap_err().field, "funds_requested");
        c.funds_requested = Some(100);
        c.period_start = Some(date!(2020 - 01 - 01));
        c.period_end = Some(date!(2019 - 12 - 31));
        let e = c.validate(&[]).unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.code()),
            ("period_end", "end_before_start")
        );
        c.period_end = None;
        c.themes = vec![3];
        assert_eq!(c.validate(&[1, 2]).unwrap_err().field, "themes[0]");
        c.themes = vec![2];
        c.description = "x".repeat(MAX_LONG_TEXT + 1);
        assert_eq!(c.validate(&[1, 2]).unwrap_err().code(), "field_too_long");
    }

    #[test]
    fn the_obstacle_stands_in_for_exemptions() {
        let mut c = ApplicationContent::default();
        assert!(c.missing(false).contains(&"exemptions".to_owned()));
        c.unknown_rules_obstacle = "Vi ved ikke hvilke regler".into();
        assert!(!c.missing(false).contains(&"exemptions".to_owned()));
    }

    #[test]
    fn period_months() {
        let c = |s, e| ApplicationContent {
            period_start: Some(s),
            period_end: Some(e),
            ..Default::default()
        };
        assert_eq!(
            c(date!(2020 - 01 - 01), date!(2023 - 12 - 31)).period_months(),
            Some(48)
        );
        assert_eq!(
            c(date!(2020 - 01 - 01), date!(2024 - 01 - 01)).period_months(),
            Some(49)
        );
        assert_eq!(
            c(date!(2020 - 03 - 15), date!(2020 - 04 - 14)).period_months(),
            Some(1)
        );
    }
}
