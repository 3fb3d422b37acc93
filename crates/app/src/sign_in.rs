//! Signing in through an OpenID Connect provider, the use cases' part: keeping a sign-in
//! under way (its `state` by hash, nonce and PKCE verifier, in the database so that any
//! server may receive the return), taking it back once, and matching the person the
//! provider vouches for to an account — by the identity linked before, by a verified e-mail
//! address or by an open invitation — without ever creating an account of its own accord.
//!
//! An invitation accepted through a provider travels with the sign-in under way (kept in the
//! database with its `state`, never read from the provider's return) and is accepted by
//! [`accept_invitation`] only when the provider vouches for no other e-mail address than
//! the one the invitation was sent to (`Invitation::accepts_verified_email`). Such an
//! account has no password, so the operator's requirement of a second factor, which is
//! for password accounts, does not apply to it: the e-ID is its sign-in, every time.
//!
//! The protocol (discovery, the token request, the ID token's signature and claims) is the
//! web adapter's (`frirum_web::oidc`); this module receives only claims already verified.
//! National identity numbers a provider may send never reach it.

use frirum_domain::User;
use frirum_domain::invitation::InvitationState;
use frirum_domain::user::normalise_email;
use frirum_store::{PendingSignIn, StoreError, Unique};
use time::{Duration, OffsetDateTime};

use crate::account_security::{Client, open_session};
use crate::accounts::{ServiceError, hash_secret};
use crate::people::{self, Acceptance, InvitationView};
use crate::{App, Error};

/// How long a sign-in may take at the provider before its return is refused.
pub const SIGN_IN_LIFETIME: Duration = Duration::minutes(10);

/// What the web adapter made for a new sign-in: the values the provider's return must match.
pub struct NewSignIn<'a> {
    pub provider: &'a str,
    pub state: &'a str,
    pub nonce: &'a str,
    pub pkce_verifier: &'a str,
    /// Where to go once signed in (a local path, already checked).
    pub next_path: &'a str,
    /// The invitation being accepted through the provider, if any.
    pub invitation: Option<&'a str>,
}

/// Keeps a sign-in under way until the provider sends the browser back (or it expires).
pub async fn begin(app: &App, sign_in: NewSignIn<'_>, now: OffsetDateTime) -> Result<(), Error> {
    let pending = PendingSignIn {
        state_hash: hash_secret(sign_in.state),
        provider: sign_in.provider.to_owned(),
        nonce: sign_in.nonce.to_owned(),
        pkce_verifier: sign_in.pkce_verifier.to_owned(),
        next_path: sign_in.next_path.to_owned(),
        invitation: sign_in.invitation.map(str::to_owned),
        created_at: now,
        expires_at: now + SIGN_IN_LIFETIME,
    };
    app.store.begin_sign_in(&pending, now).await?;
    Ok(())
}

/// Takes back the sign-in a returning `state` belongs to, for `provider`; it is gone
/// afterwards, so the same state is refused a second time. An unknown, used, expired or
/// other provider's state is [`Error::SignInState`].
pub async fn resume(
    app: &App,
    provider: &str,
    state: &str,
    now: OffsetDateTime,
) -> Result<PendingSignIn, Error> {
    match app.store.take_sign_in(&hash_secret(state), now).await? {
        Some(pending) if pending.provider == provider => Ok(pending),
        _ => Err(Error::SignInState),
    }
}

/// Who the provider says signed in: the ID token's claims, verified by the web adapter, as
/// the operator's mapping names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub provider: String,
    /// The provider's stable identifier of the person (`sub`).
    pub subject: String,
    pub email: Option<String>,
    /// Whether the provider vouches for the e-mail address (`email_verified`); an address it
    /// does not vouch for matches no account.
    pub email_verified: bool,
    pub name: Option<String>,
    /// The organisation the provider says the person acts for, where it says so.
    pub organisation: Option<String>,
}

/// How a returning sign-in ended.
#[derive(Debug)]
pub enum Outcome {
    /// Matched to an account, with a new session (the secret for the cookie).
    SignedIn { user: User, secret: String },
    /// Nobody Frirum knows: no account was created.
    NoAccount,
}

/// Matches the identity to an account and opens a session: the account linked to this
/// identity before, else the account with the provider's verified e-mail address (which is
/// then linked). The browser's previous session, if any, ends. A deactivated account is
/// [`Error::Forbidden`] (its address no longer matches either).
pub async fn complete(
    app: &App,
    identity: &Identity,
    client: Client<'_>,
    replacing: Option<&str>,
    now: OffsetDateTime,
) -> Result<Outcome, Error> {
    let Some(user) = matching_account(app, identity).await? else {
        return Ok(Outcome::NoAccount);
    };
    app.store
        .link_identity(&identity.provider, &identity.subject, user.id, now)
        .await?;
    let secret = provider_session(app, &user, identity, client, replacing, now).await?;
    Ok(Outcome::SignedIn { user, secret })
}

/// Opens the session of a person the provider signed in (with the device and address, in
/// their security history), noting the provider for the logout; the browser's previous
/// session ends.
async fn provider_session(
    app: &App,
    user: &User,
    identity: &Identity,
    client: Client<'_>,
    replacing: Option<&str>,
    now: OffsetDateTime,
) -> Result<String, Error> {
    if let Some(old) = replacing {
        app.store.delete_session(old).await?;
    }
    let secret = open_session(app, user, client, now).await?;
    app.store
        .mark_provider_session(&hash_secret(&secret), &identity.provider)
        .await?;
    Ok(secret)
}

/// How a sign-in that accepts an invitation ended.
#[derive(Debug)]
pub enum InvitationOutcome {
    /// The account was made with the identity linked, and a session opened.
    SignedIn { user: User, secret: String },
    /// The link is unknown (`None`), used or expired: no account.
    Closed(Option<InvitationView>),
    /// The provider vouches for another e-mail address than the invitation's: no account.
    OtherEmail {
        invitation: InvitationView,
        email: String,
    },
    /// The person has an account already — the invited address has one meanwhile, or the
    /// identity is linked to one — so no second account is made: they sign in with it.
    HasAccount(InvitationView),
}

/// Accepts the invitation of a sign-in under way for the identity the provider vouched for
/// (see the module's comment), links the identity and opens a session. The invitation's
/// journal and the new account's say it was accepted through the provider.
pub async fn accept_invitation(
    app: &App,
    identity: &Identity,
    secret: &str,
    client: Client<'_>,
    replacing: Option<&str>,
    now: OffsetDateTime,
) -> Result<InvitationOutcome, Error> {
    let view = match people::invitation(app, secret, now).await {
        Ok(view) => view,
        Err(Error::NotFound) => return Ok(InvitationOutcome::Closed(None)),
        Err(e) => return Err(e),
    };
    if view.state != InvitationState::Open {
        return Ok(InvitationOutcome::Closed(Some(view)));
    }
    let verified = identity
        .email
        .as_deref()
        .filter(|_| identity.email_verified);
    if !view.invitation.accepts_verified_email(verified) {
        return Ok(InvitationOutcome::OtherEmail {
            email: verified.unwrap_or_default().to_owned(),
            invitation: view,
        });
    }
    let how = Acceptance::ExternalIdentity {
        provider: identity.provider.clone(),
        subject: identity.subject.clone(),
    };
    let user = match people::accept_invitation(app, now, secret, how).await {
        Ok(user) => user,
        // Used or expired meanwhile (another browser was quicker): the page says so.
        Err(ServiceError::Store(StoreError::NotFound | StoreError::WrongState { .. })) => {
            let again = people::invitation(app, secret, now).await.ok();
            return Ok(InvitationOutcome::Closed(again));
        }
        Err(ServiceError::Store(
            StoreError::EmailTaken | StoreError::Duplicate(Unique::LinkedIdentity),
        )) => return Ok(InvitationOutcome::HasAccount(view)),
        Err(e) => return Err(e.into()),
    };
    let secret = provider_session(app, &user, identity, client, replacing, now).await?;
    Ok(InvitationOutcome::SignedIn { user, secret })
}

async fn matching_account(app: &App, identity: &Identity) -> Result<Option<User>, Error> {
    if let Some(id) = app
        .store
        .linked_user(&identity.provider, &identity.subject)
        .await?
    {
        // A deactivated person is refused at once, not treated as a stranger.
        return match app.store.person(id).await? {
            Some(person) if person.deactivated_at.is_some() => Err(Error::Forbidden),
            Some(person) => Ok(Some(person.user)),
            None => Ok(None),
        };
    }
    let Some(email) = identity
        .email
        .as_deref()
        .filter(|_| identity.email_verified)
    else {
        return Ok(None);
    };
    let Ok(email) = normalise_email(email) else {
        return Ok(None);
    };
    Ok(app.store.credentials(&email).await?.map(|c| c.user))
}

/// The provider that signed the session (known by its hash) in, to end its session too at
/// logout.
pub async fn session_provider(app: &App, session_hash: &str) -> Result<Option<String>, Error> {
    Ok(app.store.session_provider(session_hash).await?)
}
