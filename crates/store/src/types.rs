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
    /// When the oldest failure that counts happened.
    pub oldest: Option<OffsetDateTime>,
}
