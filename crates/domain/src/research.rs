//! Research teams: the research organisations (a university or an institute) researchers
//! belong to, and the secretariat's assignments of researchers to follow a trial, a theme
//! of a scheme (a network of trials, as the Danish networks were per theme) or a whole
//! scheme (the joint evaluation).
//!
//! A researcher belongs to at most one organisation. An assignment to a theme or a scheme
//! reaches every trial in it, so that the team of a trial is everyone assigned to the
//! trial, to one of its themes or to its scheme; [`ResearchAssignment`] says which way.
//! Only accounts of the researcher role are assigned (422 `not_a_researcher`; the role
//! question itself is `authz::may_follow_trials`).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::country::Country;
use crate::rule::{Broken, Refusal};
use crate::text::{FieldError, Problem, all_values, check_text, unknown_name};

/// The longest name of a research organisation.
pub const MAX_NAME: usize = 200;
/// The longest web address of a research organisation.
pub const MAX_WEBSITE: usize = 500;

/// What an assignment covers: one trial, every trial of a theme, or a whole scheme.
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
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_scope)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AssignmentScope {
    /// One trial.
    Trial,
    /// Every trial of one theme of a scheme: a network of trials.
    Theme,
    /// Every trial of a scheme: the joint evaluation.
    Scheme,
}

impl AssignmentScope {
    pub const ALL: [AssignmentScope; 3] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_scope(name: &str) -> String {
    unknown_name::<AssignmentScope>("assignment scope", name)
}

/// What one assignment is to: the scope and the id of the trial, theme or scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "scope", content = "id", rename_all = "snake_case")]
pub enum AssignmentTarget {
    Trial(i64),
    Theme(i64),
    Scheme(i64),
}

impl AssignmentTarget {
    pub fn new(scope: AssignmentScope, id: i64) -> Self {
        match scope {
            AssignmentScope::Trial => AssignmentTarget::Trial(id),
            AssignmentScope::Theme => AssignmentTarget::Theme(id),
            AssignmentScope::Scheme => AssignmentTarget::Scheme(id),
        }
    }

    pub fn scope(self) -> AssignmentScope {
        match self {
            AssignmentTarget::Trial(_) => AssignmentScope::Trial,
            AssignmentTarget::Theme(_) => AssignmentScope::Theme,
            AssignmentTarget::Scheme(_) => AssignmentScope::Scheme,
        }
    }

    /// The id of the trial, theme or scheme.
    pub fn id(self) -> i64 {
        match self {
            AssignmentTarget::Trial(id)
            | AssignmentTarget::Theme(id)
            | AssignmentTarget::Scheme(id) => id,
        }
    }
}

/// A research organisation: a university or an institute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResearchOrganisation {
    pub id: i64,
    pub name: String,
    pub country: Country,
    /// Its web address, when one was given.
    pub website: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

impl ResearchOrganisation {
    pub fn as_ref(&self) -> ResearchOrganisationRef {
        ResearchOrganisationRef {
            id: self.id,
            name: self.name.clone(),
        }
    }
}

/// A research organisation named where a researcher is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResearchOrganisationRef {
    pub id: i64,
    pub name: String,
}

/// A research organisation as the secretariat enters it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewResearchOrganisation {
    pub name: String,
    pub country: Country,
    /// Its web address (`https://…`), if any; an empty one is none.
    #[serde(default)]
    pub website: Option<String>,
}

impl NewResearchOrganisation {
    /// Checks the organisation and returns it tidied: the name trimmed and required, the
    /// web address trimmed, empty as none, else an `http(s)://` address without spaces.
    pub fn validate(self) -> Result<NewResearchOrganisation, ResearchError> {
        let name = self.name.trim().to_owned();
        if name.is_empty() {
            return Err(FieldError::new("name", Problem::Required).into());
        }
        check_text("name", &name, MAX_NAME)?;
        let website = match self.website.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(url) => {
                check_text("website", url, MAX_WEBSITE)?;
                let rest = url
                    .strip_prefix("https://")
                    .or_else(|| url.strip_prefix("http://"));
                match rest {
                    Some(host) if !host.is_empty() && !url.contains(char::is_whitespace) => {
                        Some(url.to_owned())
                    }
                    _ => {
                        return Err(FieldError::new(
                            "website",
                            Problem::Format {
                                expected: "a web address beginning with https://".into(),
                            },
                        )
                        .into());
                    }
                }
            }
        };
        Ok(NewResearchOrganisation {
            name,
            country: self.country,
            website,
        })
    }
}

/// A researcher with their organisation: a row of the secretariat's teams page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Researcher {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    /// The organisation they belong to, if any.
    pub organisation: Option<ResearchOrganisationRef>,
}

/// One assignment of a researcher, with the names a page shows: what it covers (the
/// trial's, theme's or scheme's name) and the scheme it is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResearchAssignment {
    pub user_id: i64,
    pub researcher_name: String,
    pub researcher_email: String,
    pub organisation: Option<ResearchOrganisationRef>,
    pub scope: AssignmentScope,
    /// The id of the trial, theme or scheme assigned to.
    pub scope_id: i64,
    /// The trial's title, the theme's title or the scheme's title.
    pub scope_name: String,
    pub scheme_id: i64,
    pub scheme_title: String,
    #[serde(with = "time::serde::rfc3339")]
    pub assigned_at: OffsetDateTime,
}

impl ResearchAssignment {
    pub fn target(&self) -> AssignmentTarget {
        AssignmentTarget::new(self.scope, self.scope_id)
    }
}

/// One way a researcher reaches a trial: assigned to it, to one of its themes, or to its
/// scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssignedVia {
    pub scope: AssignmentScope,
    /// The id of the trial, theme or scheme.
    pub scope_id: i64,
    /// The trial's, theme's or scheme's title.
    pub scope_name: String,
    #[serde(with = "time::serde::rfc3339")]
    pub assigned_at: OffsetDateTime,
}

/// Groups assignments by researcher in the order they come, keeping each researcher's
/// ways in scope order (trial, theme, scheme): a trial's team, one row per person.
pub fn by_researcher(
    rows: impl IntoIterator<Item = ResearchAssignment>,
) -> Vec<(ResearchAssignment, Vec<AssignedVia>)> {
    let mut team: Vec<(ResearchAssignment, Vec<AssignedVia>)> = Vec::new();
    for row in rows {
        let via = AssignedVia {
            scope: row.scope,
            scope_id: row.scope_id,
            scope_name: row.scope_name.clone(),
            assigned_at: row.assigned_at,
        };
        match team
            .iter_mut()
            .find(|(first, _)| first.user_id == row.user_id)
        {
            Some((_, ways)) => ways.push(via),
            None => team.push((row, vec![via])),
        }
    }
    for (_, ways) in &mut team {
        ways.sort_by_key(|w| (w.scope, w.scope_id));
    }
    team
}

/// A rule of research teams the request broke.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResearchError {
    /// Only researchers are assigned to follow trials or put in a research organisation.
    #[error("only researchers are assigned to research or belong to a research organisation")]
    NotAResearcher,
    /// The theme named is not one of the scheme's.
    #[error("the theme is not one of the scheme's")]
    ThemeNotInScheme,
    /// An organisation of this name already exists in the country.
    #[error("a research organisation of this name already exists")]
    DuplicateOrganisation,
    #[error(transparent)]
    Field(#[from] FieldError),
}

impl Broken for ResearchError {
    fn code(&self) -> &'static str {
        match self {
            ResearchError::NotAResearcher => "not_a_researcher",
            ResearchError::ThemeNotInScheme => "theme_not_in_scheme",
            ResearchError::DuplicateOrganisation => "research_organisation_exists",
            ResearchError::Field(e) => e.code(),
        }
    }

    fn refusal(&self) -> Refusal {
        match self {
            ResearchError::DuplicateOrganisation => Refusal::Conflict,
            ResearchError::NotAResearcher
            | ResearchError::ThemeNotInScheme
            | ResearchError::Field(_) => Refusal::Invalid,
        }
    }

    fn details(&self) -> serde_json::Value {
        match self {
            ResearchError::Field(e) => serde_json::to_value(e).unwrap_or_default(),
            ResearchError::NotAResearcher => serde_json::json!({ "field": "user_id" }),
            ResearchError::ThemeNotInScheme => serde_json::json!({ "field": "theme_id" }),
            ResearchError::DuplicateOrganisation => serde_json::json!({ "field": "name" }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(name: &str, website: Option<&str>) -> NewResearchOrganisation {
        NewResearchOrganisation {
            name: name.into(),
            country: Country::Dk,
            website: website.map(Into::into),
        }
    }

    #[test]
    fn an_organisation_needs_a_name_and_a_real_web_address() {
        let ok = org("  VIVE ", Some(" https://www.vive.dk "))
            .validate()
            .unwrap();
        assert_eq!(ok.name, "VIVE");
        assert_eq!(ok.website.as_deref(), Some("https://www.vive.dk"));
        assert_eq!(org("VIVE", Some("")).validate().unwrap().website, None);
        assert_eq!(
            org("  ", None).validate().unwrap_err().code(),
            "field_required"
        );
        for bad in [
            "www.vive.dk",
            "https://",
            "https://vive .dk",
            "javascript:alert(1)",
        ] {
            let err = org("VIVE", Some(bad)).validate().unwrap_err();
            assert_eq!(err.code(), "invalid_field", "{bad}");
        }
        let long = "x".repeat(MAX_NAME + 1);
        assert_eq!(
            org(&long, None).validate().unwrap_err().code(),
            "field_too_long"
        );
    }

    #[test]
    fn scopes_read_and_write_their_names() {
        for scope in AssignmentScope::ALL {
            assert_eq!(scope.as_str().parse::<AssignmentScope>().unwrap(), scope);
            assert_eq!(AssignmentTarget::new(scope, 4).scope(), scope);
            assert_eq!(AssignmentTarget::new(scope, 4).id(), 4);
        }
        assert!("network".parse::<AssignmentScope>().is_err());
    }

    #[test]
    fn refusals_are_422_but_a_duplicate_name_is_409() {
        assert_eq!(ResearchError::NotAResearcher.code(), "not_a_researcher");
        assert_eq!(ResearchError::NotAResearcher.refusal(), Refusal::Invalid);
        assert_eq!(
            ResearchError::DuplicateOrganisation.refusal(),
            Refusal::Conflict
        );
    }

    #[test]
    fn a_team_has_one_row_per_researcher_with_every_way_in_scope_order() {
        let at = OffsetDateTime::UNIX_EPOCH;
        let row = |user_id, scope, scope_id| ResearchAssignment {
            user_id,
            researcher_name: format!("R{user_id}"),
            researcher_email: String::new(),
            organisation: None,
            scope,
            scope_id,
            scope_name: format!("{scope}{scope_id}"),
            scheme_id: 1,
            scheme_title: "S".into(),
            assigned_at: at,
        };
        let team = by_researcher([
            row(1, AssignmentScope::Scheme, 1),
            row(2, AssignmentScope::Trial, 9),
            row(1, AssignmentScope::Trial, 9),
            row(1, AssignmentScope::Theme, 3),
        ]);
        assert_eq!(team.len(), 2);
        let scopes: Vec<_> = team[0].1.iter().map(|w| w.scope).collect();
        assert_eq!(
            scopes,
            [
                AssignmentScope::Trial,
                AssignmentScope::Theme,
                AssignmentScope::Scheme
            ]
        );
        assert_eq!(team[1].0.user_id, 2);
    }
}
