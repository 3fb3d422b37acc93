//! Account logic shared by the web and the command line: password hashing, account
//! creation and the secretariat's list of accounts, login with throttling, sessions, one's
//! own account and API tokens. No HTTP here.

use argon2::password_hash::SaltString;
use argon2::password_hash::rand_core::OsRng;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use frirum_domain::login::{RecentFailures, ThrottlePolicy};
use frirum_domain::text;
use frirum_domain::user::{self, AccountError};
use frirum_domain::{Country, Language, Page, PageRequest, Role, User};
use frirum_store::{ApiToken, NewApiToken, NewUser, Store, StoreError};
use rand::RngCore;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

/// Why an account operation failed.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error(transparent)]
    Account(#[from] AccountError),
    #[error("no organisation {0} in the registry")]
    UnknownOrganisation(String),
    #[error("the organisation {0:?} is ambiguous: write it as COUNTRY:CODE, such as dk:751")]
    AmbiguousOrganisation(String),
    #[error("the e-mail address is already in use")]
    EmailTaken,
    #[error("no account with the e-mail address {0}")]
    UnknownUser(String),
    #[error("the token name must be between 1 and 100 characters")]
    TokenName,
    #[error("the current password is wrong")]
    WrongPassword,
    #[error("too many wrong passwords; try again in {retry_after_secs} seconds")]
    Throttled { retry_after_secs: u64 },
    #[error("password hashing failed: {0}")]
    Hashing(String),
    #[error(transparent)]
    Store(StoreError),
    /// The authorisation table refused the actor.
    #[error(transparent)]
    Denied(#[from] frirum_domain::authz::Denied),
    /// Text no field may hold (control characters), or a name of only invisible ones: the
    /// command line's input is checked as the web's is.
    #[error(transparent)]
    Field(#[from] frirum_domain::text::FieldError),
}

impl From<StoreError> for ServiceError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::EmailTaken => ServiceError::EmailTaken,
            other => ServiceError::Store(other),
        }
    }
}

/// Hashes a password with Argon2id and a fresh salt, in the PHC string format.
pub fn hash_password(password: &str) -> Result<String, ServiceError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| ServiceError::Hashing(e.to_string()))
}

/// Checks a password against a stored hash; a malformed hash never matches.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A new random secret (256 bits, URL-safe base64) for sessions, API tokens and CSRF.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The stored form of a session or API token. These secrets are random and long, so a
/// fast hash suffices; a password hash would only slow every request down.
pub fn hash_secret(secret: &str) -> String {
    let digest = Sha256::digest(secret.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The CSRF token of a session: derived from the session's secret, which only that
/// browser holds, so it is bound to the session, changes with every login, and cannot be
/// turned back into the secret.
pub fn session_csrf_token(session_secret: &str) -> String {
    let digest = Sha256::new()
        .chain_update(b"frirum-csrf\0")
        .chain_update(session_secret.as_bytes())
        .finalize();
    URL_SAFE_NO_PAD.encode(digest)
}

/// What it takes to open an account.
#[derive(Clone)]
pub struct NewAccount {
    pub email: String,
    pub name: String,
    pub role: Role,
    /// `COUNTRY:CODE` (such as `dk:751`), or a code that is unique across the countries.
    pub organisation: Option<String>,
    pub language: Option<Language>,
    pub password: String,
}

impl std::fmt::Debug for NewAccount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewAccount")
            .field("email", &self.email)
            .field("name", &self.name)
            .field("role", &self.role)
            .field("organisation", &self.organisation)
            .field("password", &"[hidden]")
            .finish()
    }
}

/// Checks and creates an account.
pub async fn create_account(
    store: &dyn Store,
    account: NewAccount,
    now: OffsetDateTime,
) -> Result<User, ServiceError> {
    text::check_characters("email", &account.email, false)?;
    text::check_name("name", &account.name)?;
    let email = user::normalise_email(&account.email)?;
    let name = user::validate_name(&account.name)?;
    let organisation = account
        .organisation
        .as_deref()
        .map(str::trim)
        .filter(|o| !o.is_empty());
    user::validate_membership(account.role, organisation.is_some())?;
    user::validate_password(&account.password)?;
    let organisation_id = match organisation {
        Some(reference) => Some(resolve_organisation(store, reference).await?),
        None => None,
    };
    let password_hash = hash_password(&account.password)?;
    let created = store
        .create_user(
            &NewUser {
                email,
                name,
                role: account.role,
                organisation_id,
                language: account.language,
                password_hash,
            },
            now,
        )
        .await?;
    Ok(created)
}

pub(crate) async fn resolve_organisation(
    store: &dyn Store,
    reference: &str,
) -> Result<i64, ServiceError> {
    if let Some((country, code)) = reference.split_once(':') {
        let country: Country = country
            .parse()
            .map_err(|_| ServiceError::UnknownOrganisation(reference.to_owned()))?;
        return store
            .organisation(country, code.trim())
            .await?
            .map(|o| o.id)
            .ok_or_else(|| ServiceError::UnknownOrganisation(reference.to_owned()));
    }
    let mut found = Vec::new();
    for country in Country::ALL {
        if let Some(o) = store.organisation(country, reference).await? {
            found.push(o.id);
        }
    }
    match found.as_slice() {
        [id] => Ok(*id),
        [] => Err(ServiceError::UnknownOrganisation(reference.to_owned())),
        _ => Err(ServiceError::AmbiguousOrganisation(reference.to_owned())),
    }
}

/// Why a login did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    #[error("the e-mail address or password is wrong")]
    InvalidCredentials,
    #[error("too many failed logins; try again in {retry_after_secs} seconds")]
    Throttled { retry_after_secs: u64 },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A password that no account has, checked when the e-mail address is unknown so that a
/// failed login takes as long whether or not the account exists.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$RdescudvJCsgt3ub+b+dWRWJTmaaJObG";

/// Checks a login, refusing while the account must still wait after its recent failures or
/// the address has too many (`ThrottlePolicy`).
pub async fn login(
    store: &dyn Store,
    policy: &ThrottlePolicy,
    email: &str,
    password: &str,
    address: &str,
    now: OffsetDateTime,
) -> Result<User, LoginError> {
    let account_key = email.trim().to_lowercase();
    let since = now - policy.window;
    let failures = store.login_failures(&account_key, address, since).await?;
    let recent = RecentFailures {
        account: failures.account,
        since_latest_account_failure: failures.latest_account.map(|t| now - t),
        address: failures.address,
        since_oldest_address_failure: failures.oldest_address.map(|t| now - t),
    };
    // A refused attempt is not a failure: it neither checks the password nor adds waiting.
    if let Err(throttled) = policy.check(&recent) {
        let secs = throttled.retry_after.whole_seconds().max(1);
        return Err(LoginError::Throttled {
            retry_after_secs: u64::try_from(secs).unwrap_or(1),
        });
    }
    let credentials = store.credentials(&account_key).await?;
    let hash = credentials
        .as_ref()
        .map_or(DUMMY_HASH, |c| c.password_hash.as_str());
    let valid = verify_password(password, hash);
    match credentials {
        Some(c) if valid => {
            store.clear_login_failures(&account_key).await?;
            Ok(c.user)
        }
        _ => {
            store
                .record_login_failure(&account_key, address, now)
                .await?;
            Err(LoginError::InvalidCredentials)
        }
    }
}

/// Opens a session and returns the secret for the cookie.
pub async fn start_session(
    store: &dyn Store,
    user_id: i64,
    lifetime: time::Duration,
    now: OffsetDateTime,
) -> Result<String, StoreError> {
    let secret = new_secret();
    let public_id = new_secret();
    store
        .open_session(
            &frirum_store::account_security::NewSession {
                token_hash: &hash_secret(&secret),
                public_id: &public_id,
                user_id,
                user_agent: None,
                address: None,
                expires_at: now + lifetime,
            },
            now,
        )
        .await?;
    Ok(secret)
}

/// The current password and the one to replace it.
pub struct PasswordChange<'a> {
    pub current: &'a str,
    pub new: &'a str,
}

/// Changes a password after checking the current one the way a login does (wrong guesses
/// count towards the same throttle), and ends every other session of the account.
pub async fn change_password(
    store: &dyn Store,
    policy: &ThrottlePolicy,
    user: &User,
    change: PasswordChange<'_>,
    keep_session: Option<&str>,
    address: &str,
    now: OffsetDateTime,
) -> Result<(), ServiceError> {
    let PasswordChange { current, new } = change;
    frirum_domain::user::validate_password(new)?;
    match login(store, policy, &user.email, current, address, now).await {
        Ok(_) => {}
        Err(LoginError::InvalidCredentials) => return Err(ServiceError::WrongPassword),
        Err(LoginError::Throttled { retry_after_secs }) => {
            return Err(ServiceError::Throttled { retry_after_secs });
        }
        Err(LoginError::Store(e)) => return Err(ServiceError::Store(e)),
    }
    let hash = hash_password(new)?;
    store
        .set_password_hash(user.id, &hash, keep_session)
        .await?;
    Ok(())
}

/// Creates a personal API token. The returned secret is shown once and never stored.
pub async fn create_api_token(
    store: &dyn Store,
    user_id: i64,
    name: &str,
    now: OffsetDateTime,
) -> Result<(ApiToken, String), ServiceError> {
    text::check_name("name", name)?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(ServiceError::TokenName);
    }
    let secret = format!("frirum_{}", new_secret());
    let token = store
        .create_api_token(
            &NewApiToken {
                user_id,
                name: name.to_owned(),
                token_hash: hash_secret(&secret),
                prefix: secret.chars().take(12).collect(),
            },
            now,
        )
        .await?;
    Ok((token, secret))
}

/// The person a personal API token belongs to, if it is valid now (not revoked, not
/// expired). Only the token's hash is ever looked up.
pub async fn token_holder(
    app: &crate::App,
    token: &str,
    now: OffsetDateTime,
) -> Result<Option<User>, crate::Error> {
    Ok(app.store.token_user(&hash_secret(token), now).await?)
}

/// The person a session cookie's secret signs in, if the session is open now, with the
/// hash the session is known by (to end it on logout).
pub async fn session_holder(
    app: &crate::App,
    secret: &str,
    now: OffsetDateTime,
) -> Result<Option<(User, String)>, crate::Error> {
    let hash = hash_secret(secret);
    let Some(user) = app.store.session_user(&hash, now).await? else {
        return Ok(None);
    };
    note_seen(app, &hash, now).await?;
    Ok(Some((user, hash)))
}

/// Notes that a session was used at `now`, at most once a minute: a write per request would
/// make every page a writing transaction.
async fn note_seen(
    app: &crate::App,
    session_hash: &str,
    now: OffsetDateTime,
) -> Result<(), crate::Error> {
    let seen = app.store.session_last_seen(session_hash).await?;
    if frirum_domain::account_security::last_seen_is_stale(seen, now) {
        app.store.touch_session(session_hash, now).await?;
    }
    Ok(())
}

/// Signs a person in: checks the login (throttled), ends the session the browser had, if
/// any, and opens a new one. Returns the user and the new session's secret for the cookie.
pub async fn sign_in(
    app: &crate::App,
    email: &str,
    password: &str,
    address: &str,
    replacing: Option<&str>,
    now: OffsetDateTime,
) -> Result<(User, String), LoginError> {
    let config = &app.config;
    let user = login(
        &*app.store,
        &config.login_throttle,
        email,
        password,
        address,
        now,
    )
    .await?;
    if let Some(old) = replacing {
        app.store.delete_session(old).await?;
    }
    let secret = start_session(&*app.store, user.id, config.session_lifetime, now).await?;
    Ok((user, secret))
}

/// Ends a session, known by the hash of its secret.
pub async fn sign_out(app: &crate::App, session_hash: &str) -> Result<(), crate::Error> {
    Ok(app.store.delete_session(session_hash).await?)
}

/// Remembers the language the actor chose in the switcher as their own setting, where they
/// have one (it would otherwise win over the switcher).
pub async fn choose_language(
    app: &crate::App,
    actor: &crate::Actor,
    lang: Language,
) -> Result<(), crate::Error> {
    if let Some(user) = &actor.user
        && user.language.is_some()
    {
        app.store
            .update_profile(user.id, &user.name, Some(lang))
            .await?;
    }
    Ok(())
}

/// Changes the actor's own name and language.
pub async fn update_profile(
    app: &crate::App,
    actor: &crate::Actor,
    name: &str,
    language: Option<Language>,
) -> Result<User, ServiceError> {
    let user = own_user(actor)?;
    text::check_name("name", name)?;
    let name = user::validate_name(name)?;
    Ok(app.store.update_profile(user.id, &name, language).await?)
}

/// The actor's own account, for changes to it.
fn own_user(actor: &crate::Actor) -> Result<&User, ServiceError> {
    let user = actor.user.as_ref();
    frirum_domain::authz::authorize(
        user.map(|u| u.role),
        frirum_domain::authz::Action::ManageOwnAccount,
    )?;
    user.ok_or(ServiceError::Denied(
        frirum_domain::authz::Denied::NotSignedIn,
    ))
}

/// Changes the actor's password after checking the current one; every other session of
/// the account ends, `keep_session` (the one the change is made in) stays.
pub async fn change_own_password(
    app: &crate::App,
    actor: &crate::Actor,
    change: PasswordChange<'_>,
    keep_session: Option<&str>,
    address: &str,
) -> Result<(), ServiceError> {
    let user = own_user(actor)?;
    change_password(
        &*app.store,
        &app.config.login_throttle,
        user,
        change,
        keep_session,
        address,
        actor.now,
    )
    .await
}

/// The actor's own account, with one page of their API tokens, newest first.
#[derive(Debug, Clone)]
pub struct OwnAccount {
    pub user: User,
    pub tokens: Page<ApiToken>,
}

/// The actor's own account and one page of their API tokens: what they see of their
/// tokens (never a secret) and what they may revoke.
pub async fn own_account(
    app: &crate::App,
    actor: &crate::Actor,
    tokens: PageRequest,
) -> Result<OwnAccount, crate::Error> {
    let user = actor.user_for(frirum_domain::authz::Action::ManageOwnAccount)?;
    let tokens = app.store.api_tokens(user.id, tokens).await?;
    Ok(OwnAccount {
        user: user.clone(),
        tokens,
    })
}

/// Creates a personal API token for the actor; the secret is returned once.
pub async fn create_own_token(
    app: &crate::App,
    actor: &crate::Actor,
    name: &str,
) -> Result<(ApiToken, String), ServiceError> {
    let user = own_user(actor)?;
    create_api_token(&*app.store, user.id, name, actor.now).await
}

/// Revokes one of the actor's own tokens; someone else's, or one already revoked, is not
/// found.
pub async fn revoke_own_token(
    app: &crate::App,
    actor: &crate::Actor,
    id: i64,
) -> Result<(), crate::Error> {
    let user = own_user(actor)?;
    if app.store.revoke_api_token(user.id, id, actor.now).await? {
        Ok(())
    } else {
        Err(crate::Error::NotFound)
    }
}

/// Creates an account for someone else (the secretariat).
pub async fn create_for(
    app: &crate::App,
    actor: &crate::Actor,
    account: NewAccount,
) -> Result<User, ServiceError> {
    frirum_domain::authz::authorize(actor.role(), frirum_domain::authz::Action::CreateUsers)?;
    create_account(&*app.store, account, actor.now).await
}

/// One page of every account, by e-mail address: the secretariat's list.
pub async fn users(
    app: &crate::App,
    actor: &crate::Actor,
    page: PageRequest,
) -> Result<Page<User>, crate::Error> {
    actor.authorize(frirum_domain::authz::Action::ListUsers)?;
    Ok(app.store.list_users(page).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_against_their_own_hash() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("wrong horse battery", &hash));
        assert!(!verify_password("anything", "not a hash"));
        assert!(!verify_password("anything", DUMMY_HASH));
    }

    #[test]
    fn secrets_are_long_unique_and_hash_stably() {
        let (a, b) = (new_secret(), new_secret());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(hash_secret(&a), hash_secret(&a));
        assert_eq!(hash_secret(&a).len(), 64);
    }

    #[test]
    fn a_session_csrf_token_is_bound_to_its_session() {
        let (a, b) = (new_secret(), new_secret());
        assert_eq!(session_csrf_token(&a), session_csrf_token(&a));
        assert_ne!(session_csrf_token(&a), session_csrf_token(&b));
        assert_ne!(session_csrf_token(&a), a);
        // Shaped like every other secret, so the cookie check accepts it.
        assert_eq!(session_csrf_token(&a).len(), 43);
    }
}
