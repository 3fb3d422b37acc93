//! Organisations manage their own people (issue 18, item 2). The secretariat appoints a
//! person of a municipality, county or region as their organisation's user administrator
//! (`appoint`); the administrator invites colleagues by e-mail as applicants or researchers
//! of that organisation, sees its people and deactivates them; the secretariat does the same
//! for everybody, assessors and its own staff included. Who may do what is
//! `domain::authz::people`.
//!
//! # Invitations
//!
//! `invite` makes a random secret, keeps only its SHA-256 and queues, in the same
//! transaction, a mail with the link `/invitations/<secret>` to the invited address (in the
//! inviter's language, which also becomes the new account's). The link works once and for
//! [`frirum_domain::invitation::LIFETIME`].
//!
//! `invitation(app, secret, now)` shows what the link offers — who invited whom, for which
//! organisation and role — and where it stands; an unknown link is `NotFound`, a used or
//! expired one is still shown (with the inviter, whom to ask).
//!
//! `accept_invitation(app, now, secret, how)` opens the account. `how` is
//! [`Acceptance::Password`] (checked by the password policy of every account) or
//! [`Acceptance::ExternalIdentity`]: a sign-in through an identity provider (OpenID
//! Connect) that matched the invitation; the account then gets no usable password, and the
//! provider's subject is linked to it in the same transaction. A used invitation is
//! [`Error::WrongState`] `invitation`/`accepted`, an expired one `invitation`/`expired` (the
//! web answers 410), also when two accept at once (one wins). Everything is journaled by the
//! store: the invitation (`invited`, `accepted`) and the account (`created_by_invitation`,
//! `people_admin_appointed`, `deactivated`).
//!
//! # Deactivation
//!
//! `deactivate` stops an account at once: the store deletes its sessions and revokes its API
//! tokens in the transaction that marks it, and refuses any session, token or login of a
//! deactivated account from then on.

use frirum_domain::authz::{self, Action, PeopleAction, PeopleManager, PersonFacts};
use frirum_domain::invitation::{Invitation, InvitationState, LIFETIME};
use frirum_domain::text;
use frirum_domain::user;
use frirum_domain::{Page, PageRequest, Role, User};
use frirum_store::{ExternalIdentity, InvitationMail, NewInvitation, Person};
use time::OffsetDateTime;

use crate::account_security::{self, Client, SignInStep};
use crate::accounts::{self, ServiceError};
use crate::{Actor, App, Error};

/// How an invited person opens their account.
#[derive(Clone)]
pub enum Acceptance {
    /// With a password of their choosing (the policy of every account applies).
    Password(String),
    /// Through an external identity (an OpenID Connect provider) that matched the
    /// invitation: no password is set, and the provider's subject is linked to the account
    /// in the transaction that creates it.
    ExternalIdentity { provider: String, subject: String },
}

impl std::fmt::Debug for Acceptance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Acceptance::Password(_) => f.write_str("Password([hidden])"),
            Acceptance::ExternalIdentity { provider, .. } => f
                .debug_struct("ExternalIdentity")
                .field("provider", provider)
                .finish_non_exhaustive(),
        }
    }
}

/// A hash no password matches: the account of an external identity.
const NO_PASSWORD: &str = "!external-identity";

/// Whom to invite: the secretariat names the organisation (`COUNTRY:CODE`, or a code unique
/// across the countries); a user administrator's invitation is always for their own.
#[derive(Debug, Clone)]
pub struct InvitationRequest {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub organisation: Option<String>,
}

/// The people a manager sees: one page of accounts and the invitations still open.
#[derive(Debug, Clone)]
pub struct People {
    /// `None` for the secretariat, who sees everybody.
    pub organisation_id: Option<i64>,
    pub people: Page<Person>,
    pub invitations: Page<Invitation>,
}

/// An invitation as its link shows it, with where it stands now.
#[derive(Debug, Clone)]
pub struct InvitationView {
    pub invitation: Invitation,
    pub state: InvitationState,
}

fn manager(actor: &Actor) -> PeopleManager {
    PeopleManager {
        viewer: actor.viewer(),
        people_admin: actor.user.as_ref().is_some_and(|u| u.people_admin),
    }
}

/// The organisation whose people the actor manages (`None`: the secretariat, everybody).
fn scope(actor: &Actor) -> Result<Option<i64>, Error> {
    actor.authorize(Action::ManagePeople)?;
    let user = actor.user.as_ref().ok_or(Error::Unauthenticated)?;
    if actor.may_manage_everybody() {
        return Ok(None);
    }
    let organisation_id = user.organisation.as_ref().map(|o| o.id);
    authz::people(
        manager(actor),
        PersonFacts::any_colleague_in(organisation_id),
        PeopleAction::See,
    )?;
    Ok(organisation_id)
}

impl Actor {
    /// Whether the actor manages every account (the secretariat), rather than one
    /// organisation's.
    pub fn may_manage_everybody(&self) -> bool {
        authz::people(
            manager(self),
            PersonFacts::staff_of_the_secretariat(),
            PeopleAction::Invite,
        )
        .is_ok()
    }

    /// Whether the actor manages anybody's account: the secretariat, or an organisation's
    /// user administrator (for the menu).
    pub fn may_manage_people(&self) -> bool {
        scope(self).is_ok()
    }
}

/// One page of the people the actor manages, with the open invitations.
pub async fn people(app: &App, actor: &Actor, page: PageRequest) -> Result<People, Error> {
    let organisation_id = scope(actor)?;
    let people = app.store.people(organisation_id, page).await?;
    let invitations = app
        .store
        .open_invitations(organisation_id, PageRequest::default())
        .await?;
    Ok(People {
        organisation_id,
        people,
        invitations,
    })
}

/// Invites someone: checks the address, name, role and organisation, asks
/// `authz::people`, stores the invitation and queues its mail. The link's secret goes only
/// into the mail; it is returned for the command line and tests, never shown in a page.
///
/// Its refusals are the account form's ([`ServiceError`]), so that a page words them as it
/// words the others; they convert into [`Error`].
pub async fn invite(
    app: &App,
    actor: &Actor,
    request: InvitationRequest,
) -> Result<(Invitation, String), ServiceError> {
    authz::authorize(actor.role(), Action::ManagePeople)?;
    let inviter = actor
        .user
        .clone()
        .ok_or(ServiceError::Denied(authz::Denied::NotSignedIn))?;
    text::check_characters("email", &request.email, false)?;
    text::check_name("name", &request.name)?;
    let email = user::normalise_email(&request.email)?;
    let name = user::validate_name(&request.name)?;
    let organisation_id = if actor.may_manage_everybody() {
        match request
            .organisation
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
        {
            Some(reference) => Some(accounts::resolve_organisation(&*app.store, reference).await?),
            None => None,
        }
    } else {
        // A user administrator invites to their own organisation only.
        inviter.organisation.as_ref().map(|o| o.id)
    };
    authz::people(
        manager(actor),
        PersonFacts {
            role: request.role,
            organisation_id,
            user_id: None,
        },
        PeopleAction::Invite,
    )?;
    user::validate_membership(request.role, organisation_id.is_some())?;
    let secret = accounts::new_secret();
    let expires_at = actor.now + LIFETIME;
    let organisation_name = match organisation_id {
        Some(id) => app
            .store
            .organisation_refs(&[id])
            .await?
            .into_iter()
            .next()
            .map(|o| o.name),
        None => None,
    };
    let mail = invitation_mail(
        app,
        actor,
        &inviter,
        &name,
        request.role,
        organisation_name.as_deref(),
        &secret,
        expires_at,
    );
    let invitation = app
        .store
        .create_invitation(
            &NewInvitation {
                token_hash: accounts::hash_secret(&secret),
                email,
                name,
                role: request.role,
                organisation_id,
                language: Some(actor.lang),
                expires_at,
            },
            &mail,
            actor.journal(None),
        )
        .await?;
    Ok((invitation, secret))
}

#[allow(clippy::too_many_arguments)]
fn invitation_mail(
    app: &App,
    actor: &Actor,
    inviter: &User,
    name: &str,
    role: Role,
    organisation: Option<&str>,
    secret: &str,
    expires_at: OffsetDateTime,
) -> InvitationMail {
    let i18n = &app.i18n;
    let lang = actor.lang;
    let role_name = i18n.t(lang, &format!("role-{}", role.as_str()));
    let what = match organisation {
        Some(organisation) => i18n.t_args(
            lang,
            "people-mail-role-for",
            &[
                ("role", role_name.into()),
                ("organisation", organisation.into()),
            ],
        ),
        None => role_name,
    };
    let url = format!(
        "{}/invitations/{secret}",
        app.config.public_url.trim_end_matches('/')
    );
    let date = expires_at.date().to_string();
    let body = i18n.t_args(
        lang,
        "people-mail-body",
        &[
            ("name", name.into()),
            ("inviter", inviter.name.as_str().into()),
            ("what", what.as_str().into()),
            ("url", url.into()),
            ("date", date.into()),
            ("email", inviter.email.as_str().into()),
        ],
    );
    InvitationMail {
        subject: format!(
            "Frirum: {}",
            i18n.t_args(
                lang,
                "people-mail-subject",
                &[("inviter", inviter.name.as_str().into())]
            )
        ),
        body,
    }
}

/// What an invitation link offers and where it stands; an unknown link is `NotFound`.
pub async fn invitation(
    app: &App,
    secret: &str,
    now: OffsetDateTime,
) -> Result<InvitationView, Error> {
    let invitation = app
        .store
        .invitation(&accounts::hash_secret(secret))
        .await?
        .ok_or(Error::NotFound)?;
    let state = invitation.state(now);
    Ok(InvitationView { invitation, state })
}

/// Opens the account an invitation offers (see the module's comment): with a password, or
/// through an external identity. Returns the new account; the caller signs it in.
///
/// A password the policy refuses is [`ServiceError::Account`]; an unknown invitation is
/// `Store(NotFound)`, a used or expired one `Store(WrongState)`: all convert into [`Error`]
/// (`NotFound`, `WrongState` `invitation`).
pub async fn accept_invitation(
    app: &App,
    now: OffsetDateTime,
    secret: &str,
    how: Acceptance,
) -> Result<User, ServiceError> {
    let (password_hash, identity) = match &how {
        Acceptance::Password(password) => {
            user::validate_password(password)?;
            (accounts::hash_password(password)?, None)
        }
        Acceptance::ExternalIdentity { provider, subject } => (
            NO_PASSWORD.to_owned(),
            Some(ExternalIdentity { provider, subject }),
        ),
    };
    Ok(app
        .store
        .accept_invitation(
            &accounts::hash_secret(secret),
            &password_hash,
            identity,
            now,
        )
        .await?)
}

/// What follows accepting an invitation with a password: the same step as after a right
/// password at the login (`account_security::after_password`), so that a role the operator
/// requires a second factor of enrols before it gets a session, as it would at its first
/// login.
pub async fn sign_in_new_account(
    app: &App,
    user: User,
    client: Client<'_>,
    now: OffsetDateTime,
) -> Result<SignInStep, Error> {
    Ok(account_security::after_password(app, user, client, now).await?)
}

/// The account of one person the actor manages, with its state.
async fn managed(
    app: &App,
    actor: &Actor,
    user_id: i64,
    action: PeopleAction,
) -> Result<Person, Error> {
    // Someone who manages nobody is refused before anything is looked up.
    scope(actor)?;
    let person = app.store.person(user_id).await?.ok_or(Error::NotFound)?;
    let facts = PersonFacts {
        role: person.user.role,
        organisation_id: person.user.organisation.as_ref().map(|o| o.id),
        user_id: Some(person.user.id),
    };
    // Someone outside the actor's organisation is not there for them.
    if authz::people(manager(actor), facts, PeopleAction::See).is_err() {
        return Err(Error::NotFound);
    }
    authz::people(manager(actor), facts, action)?;
    Ok(person)
}

/// The person whose deactivation the actor is asked to confirm: found only when the actor
/// may deactivate them.
pub async fn to_deactivate(app: &App, actor: &Actor, user_id: i64) -> Result<Person, Error> {
    managed(app, actor, user_id, PeopleAction::Deactivate).await
}

/// Deactivates an account at once: it signs in no more, its sessions and API tokens end.
/// Deactivating it again changes nothing.
pub async fn deactivate(app: &App, actor: &Actor, user_id: i64) -> Result<Person, Error> {
    managed(app, actor, user_id, PeopleAction::Deactivate).await?;
    app.store
        .deactivate_user(user_id, actor.journal(None))
        .await?;
    app.store.person(user_id).await?.ok_or(Error::NotFound)
}

/// Appoints (or relieves) a person as their organisation's user administrator: the
/// secretariat, for an applicant or researcher of an organisation.
pub async fn appoint(
    app: &App,
    actor: &Actor,
    user_id: i64,
    appointed: bool,
) -> Result<User, Error> {
    let person = managed(app, actor, user_id, PeopleAction::Appoint).await?;
    if appointed
        && (!authz::may_be_appointed_people_admin(
            person.user.role,
            person.user.organisation.is_some(),
        ) || person.deactivated_at.is_some())
    {
        return Err(Error::field(
            "user_id",
            "only an active applicant or researcher of an organisation can be appointed",
        ));
    }
    Ok(app
        .store
        .set_people_admin(user_id, appointed, actor.journal(None))
        .await?)
}
