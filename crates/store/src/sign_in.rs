//! What signing in through an OpenID Connect provider keeps: the sign-ins under way (their
//! `state` by its hash, the nonce and PKCE verifier, single use and short-lived), the
//! identities at providers linked to accounts, and which provider signed a session in.

use async_trait::async_trait;
use time::OffsetDateTime;

use crate::Result;

/// A sign-in under way: sent to the provider, waiting for the browser's return.
#[derive(Clone, PartialEq, Eq)]
pub struct PendingSignIn {
    /// The SHA-256 of the `state` sent to the provider.
    pub state_hash: String,
    /// The provider's id in the operator's configuration.
    pub provider: String,
    /// The nonce the ID token must carry.
    pub nonce: String,
    /// The PKCE code verifier, sent with the code to the token endpoint.
    pub pkce_verifier: String,
    /// Where the person goes once signed in (a local path).
    pub next_path: String,
    /// The secret of the invitation being accepted through the provider, if any.
    pub invitation: Option<String>,
    pub created_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
}

impl std::fmt::Debug for PendingSignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingSignIn")
            .field("provider", &self.provider)
            .field("next_path", &self.next_path)
            .field("expires_at", &self.expires_at)
            .field("nonce", &"[hidden]")
            .field("pkce_verifier", &"[hidden]")
            .field("invitation", &self.invitation.as_ref().map(|_| "[hidden]"))
            .finish_non_exhaustive()
    }
}

/// A person's identity at a provider: the provider's id in the operator's configuration and
/// its stable identifier of the person (`sub`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExternalIdentity<'a> {
    pub provider: &'a str,
    pub subject: &'a str,
}

#[async_trait]
pub trait SignInStore: Send + Sync {
    /// Keeps a sign-in under way, and forgets those that have expired by `now`.
    async fn begin_sign_in(&self, pending: &PendingSignIn, now: OffsetDateTime) -> Result<()>;

    /// Takes the sign-in whose state hashes to `state_hash`: deleted in the same statement, so
    /// a second return with the same state finds nothing. `None` when unknown, used or
    /// expired by `now`.
    async fn take_sign_in(
        &self,
        state_hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<PendingSignIn>>;

    /// The account an identity at a provider is linked to.
    async fn linked_user(&self, provider: &str, subject: &str) -> Result<Option<i64>>;

    /// Links an identity at a provider to an account (or notes its use again).
    async fn link_identity(
        &self,
        provider: &str,
        subject: &str,
        user_id: i64,
        now: OffsetDateTime,
    ) -> Result<()>;

    /// Notes that a provider signed the session (known by its hash) in.
    async fn mark_provider_session(&self, session_hash: &str, provider: &str) -> Result<()>;

    /// The provider that signed the session in, if one did.
    async fn session_provider(&self, session_hash: &str) -> Result<Option<String>>;
}
