//! Values that go into and come out of the store, beyond the domain's own types.

use frirum_domain::{Country, Language, OrganisationKind, Role, User};
use time::OffsetDateTime;

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub figures_added: u32,
    pub figures_updated: u32,
}

/// Which organisations a list shows. The query is matched, folded, against names, and
/// exactly against codes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrganisationFilter {
    pub country: Option<Country>,
    pub query: Option<String>,
    pub kind: Option<OrganisationKind>,
    pub parent_code: Option<String>,
}

/// A new account, with its password already hashed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub organisation_id: Option<i64>,
    pub language: Option<Language>,
    pub password_hash: String,
}

/// An account and the hash to check a password against.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub user: User,
    pub password_hash: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("password_hash", &"[hidden]")
            .finish()
    }
}

/// A new personal API token; only its hash is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewApiToken {
    pub user_id: i64,
    pub name: String,
    pub token_hash: String,
    /// The first characters of the token, shown so that people can tell tokens apart.
    pub prefix: String,
}

/// A personal API token as its owner sees it later: never the token itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub prefix: String,
    pub created_at: OffsetDateTime,
    pub last_used_at: Option<OffsetDateTime>,
    pub revoked_at: Option<OffsetDateTime>,
}

/// Recent failed logins for an account and for a network address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginFailures {
    pub account: u32,
    pub address: u32,
    /// When the account's latest failure that counts happened (its delay runs from it).
    pub latest_account: Option<OffsetDateTime>,
    /// When the address's oldest failure that counts happened (its limit lifts after it).
    pub oldest_address: Option<OffsetDateTime>,
}

/// A new application: the round, the lead organisation, the network members and the first
/// content (often nearly empty).
#[derive(Debug, Clone, PartialEq)]
pub struct NewApplication {
    pub round_id: i64,
    pub lead_organisation_id: i64,
    pub member_ids: Vec<i64>,
    pub content: frirum_domain::application::ApplicationContent,
}

/// What is frozen at submission.
#[derive(Debug, Clone, PartialEq)]
pub struct Submission {
    pub expected_version: Option<i64>,
    pub rules_version: i64,
    pub eligibility: serde_json::Value,
}

/// Which applications a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplicationFilter {
    pub scheme_id: Option<i64>,
    pub round_id: Option<i64>,
    pub status: Option<frirum_domain::application::ApplicationStatus>,
    /// Only applications this organisation leads or is a member of.
    pub organisation_id: Option<i64>,
    /// With `organisation_id`: besides the organisation's applications, also those the
    /// public may read at this moment, so that an applicant sees every published
    /// application an anonymous visitor sees (issue 12, part C).
    pub or_public_at: Option<OffsetDateTime>,
    /// Leave drafts out (what the secretariat sees).
    pub exclude_drafts: bool,
    /// Only what the public may read at this moment: submitted, in a scheme that publishes
    /// applications, after the round's deadline.
    pub public_at: Option<OffsetDateTime>,
    /// Only applications that asked exemption from this provision.
    pub provision_id: Option<i64>,
    /// Only cases at this status (derived in SQL as `domain::case::case_status` does).
    pub case_status: Option<frirum_domain::case::CaseStatus>,
    /// Only applications that chose this theme.
    pub theme_id: Option<i64>,
    /// Words in the title, the case number or the lead organisation's name.
    pub text: Option<String>,
    /// Only undecided cases with a question unanswered since before this moment (overdue).
    pub question_open_since: Option<OffsetDateTime>,
    /// Only undecided cases with an answered question that no screening judgement has
    /// followed yet: an answer the secretariat still has to act on.
    pub answer_to_handle: bool,
}

/// One line of an application list.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationSummary {
    pub id: i64,
    pub scheme_id: i64,
    pub scheme_code: String,
    pub round_id: i64,
    pub round_number: u32,
    pub case_number: Option<String>,
    pub title: String,
    pub lead: frirum_domain::organisation::OrganisationRef,
    pub member_count: u32,
    pub status: frirum_domain::application::ApplicationStatus,
    pub updated_at: OffsetDateTime,
    pub submitted_at: Option<OffsetDateTime>,
    /// What the case's status is derived from, read in the same query.
    pub facts: frirum_domain::case::CaseFacts,
}

impl ApplicationSummary {
    /// The one status of the case.
    pub fn case_status(&self) -> frirum_domain::case::CaseStatus {
        self.facts.status()
    }
}

/// What submitting did: the application, and whether this call submitted it (false when it
/// had been submitted already, by a double click or a retry).
#[derive(Debug, Clone, PartialEq)]
pub struct Submitted {
    pub application: frirum_domain::application::Application,
    pub newly: bool,
}

/// The outcome of checking the journal's hash chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalVerification {
    /// The entries found intact, before the first broken one if any.
    pub entries: u64,
    pub first_broken: Option<frirum_domain::journal::BrokenEntry>,
}
