//! The people half of the accounts: invitations to open an account (kept by the hash of
//! the link's secret, used once, not after they expire), the secretariat's appointment of
//! organisations' user administrators, deactivation (which ends every session and API token
//! of the account in the same transaction), and the lists of an organisation's people. Every
//! change is journaled: an invitation on its own case (`invitation`), the rest on the
//! account's (`account`).

use async_trait::async_trait;
use frirum_domain::invitation::Invitation;
use frirum_domain::journal::Actor;
use frirum_domain::{Language, Page, PageRequest, Role, User};
use time::OffsetDateTime;

use crate::Result;

/// A new invitation, with the hash of its link's secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvitation {
    pub token_hash: String,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub organisation_id: Option<i64>,
    pub language: Option<Language>,
    pub expires_at: OffsetDateTime,
}

/// The mail that carries an invitation's link, queued in the outbox with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitationMail {
    pub subject: String,
    pub body: String,
}

/// An account as the lists of people show it: whether it is still active, and whether its
/// holder administers their organisation's people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub user: User,
    pub created_at: OffsetDateTime,
    pub deactivated_at: Option<OffsetDateTime>,
}

#[async_trait]
pub trait PeopleStore: Send + Sync {
    /// Stores an invitation, queues its mail to the invited address (due at once) and
    /// journals it (`invited`), in one transaction. An address that already has an account
    /// is [`crate::StoreError::EmailTaken`].
    async fn create_invitation(
        &self,
        invitation: &NewInvitation,
        mail: &InvitationMail,
        actor: Actor<'_>,
    ) -> Result<Invitation>;

    /// The invitation of a link, by the hash of its secret, whatever its state.
    async fn invitation(&self, token_hash: &str) -> Result<Option<Invitation>>;

    /// Accepts an open invitation: creates its account (with this password hash; an
    /// account that signs in only through an external identity gets a hash that never
    /// matches), marks the invitation used and journals both, in one transaction. An
    /// invitation accepted already, or expired at `now`, is [`crate::StoreError::WrongState`]
    /// (`invitation`, `accepted` or `expired`), also when two accept at once; an unknown
    /// one is `NotFound`; an address that has an account meanwhile is `EmailTaken`.
    ///
    /// Accepted through a provider (`identity`), the identity is linked to the new account
    /// in the same transaction and the journal names the provider; an identity linked to
    /// another account already is [`crate::StoreError::Duplicate`] of
    /// [`crate::Unique::LinkedIdentity`], and no account is made.
    async fn accept_invitation(
        &self,
        token_hash: &str,
        password_hash: &str,
        identity: Option<crate::sign_in::ExternalIdentity<'_>>,
        now: OffsetDateTime,
    ) -> Result<User>;

    /// One page of invitations not yet accepted, newest first: of one organisation, or
    /// (`None`) all of them.
    async fn open_invitations(
        &self,
        organisation_id: Option<i64>,
        page: PageRequest,
    ) -> Result<Page<Invitation>>;

    /// One page of accounts, active before deactivated, then by e-mail: of one organisation,
    /// or (`None`) everybody.
    async fn people(&self, organisation_id: Option<i64>, page: PageRequest)
    -> Result<Page<Person>>;

    /// One account with its state.
    async fn person(&self, user_id: i64) -> Result<Option<Person>>;

    /// Deactivates an account: it signs in no more, every session of it is deleted and
    /// every API token revoked, and the journal says who did it, all in one transaction.
    /// False when it was deactivated already (nothing changes); `NotFound` when there is no
    /// such account.
    async fn deactivate_user(&self, user_id: i64, actor: Actor<'_>) -> Result<bool>;

    /// Appoints (or relieves) an account as its organisation's user administrator,
    /// journaled (`people_admin_appointed` / `people_admin_relieved`).
    async fn set_people_admin(
        &self,
        user_id: i64,
        appointed: bool,
        actor: Actor<'_>,
    ) -> Result<User>;
}
