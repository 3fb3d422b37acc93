//! A person's own account security (issue 18, items 3 and 4).
//!
//! **Second factor.** TOTP (RFC 6238, `totp-rs`): the secret is made here, shown once as a
//! QR code drawn on the server (`qrcode`, SVG) and as text, and confirmed with a first
//! code; ten recovery codes are shown once and kept as Argon2id hashes, each usable once. A
//! code's time step is accepted once (`AccountSecurityStore::accept_step`), so a code seen
//! over a shoulder cannot be used again. Time is the actor's (the injected clock).
//!
//! **Sign-in.** After a right password, a person with a second factor is not signed in: a
//! *challenge* is opened instead — a random secret for a cookie, kept by its hash in the
//! database (so any server on the database can go on with it), bound to the person, five
//! minutes long, five wrong codes at most — and the second step asks for the code or a
//! recovery code. Where the operator requires a second factor (`AppConfig::
//! require_second_factor`, for the roles `authz::second_factor_required_for` names), a
//! person without one gets a challenge to enrol instead, and a session only once enrolled.
//!
//! **Sessions a person can see.** Sessions are opened with the device (`User-Agent`) and
//! address; "last seen" is written at most once a minute (`domain::account_security::
//! LAST_SEEN_EVERY`). A person ends any of their sessions; the secretariat sees a person's
//! sessions, API tokens, second factor and history, ends all of a person's sessions and
//! removes their second factor, and an organisation's user administrator ends the sessions
//! of the people they manage (`authz::people`). What someone else does is journaled on the
//! account and mailed to the person through the outbox, with the change, in one
//! transaction (`AccountSecurityStore::intervene`). Sign-ins, failures and these changes go
//! to the person's security history (`account_events`), which they and the secretariat read.

use argon2::password_hash::SaltString;
use argon2::password_hash::rand_core::OsRng;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use frirum_domain::account_security::{
    self as rules, AccountEventKind, CHALLENGE_LIFETIME, MAX_CHALLENGE_ATTEMPTS, RECOVERY_CODES,
    SecondFactorRefused, TOTP_STEP_SECONDS,
};
use frirum_domain::authz::{self, Action};
use frirum_domain::{Page, PageRequest, User};
use frirum_store::account_security::{
    AccountEvent, ChallengePurpose, Intervention, InterventionMail, NewAccountEvent, NewSession,
    SecondFactor, SessionInfo,
};
use rand::RngCore;
use time::OffsetDateTime;
use totp_rs::{Algorithm, Secret, TOTP};

use crate::accounts::{self, LoginError};
use crate::{Actor, App, Error};

/// Where a request comes from: the client's address and its `User-Agent`.
#[derive(Debug, Clone, Copy)]
pub struct Client<'a> {
    pub address: &'a str,
    pub user_agent: Option<&'a str>,
}

/// The name authenticator apps show above the codes.
const ISSUER: &str = "Frirum";

/// What follows a right password.
#[derive(Debug)]
pub enum SignInStep {
    /// Signed in: the session's secret for the cookie.
    SignedIn { user: User, session: String },
    /// A code is asked for next: the challenge's secret for its cookie.
    Code { challenge: String },
    /// The person must enrol a second factor first: the challenge's secret.
    Enrol { challenge: String },
}

/// The outcome of a code given at the second step or to confirm an enrolment.
#[derive(Debug)]
pub enum CodeOutcome<T> {
    Accepted(T),
    /// Wrong (or already used); so many tries are left.
    Wrong {
        attempts_left: u32,
    },
    /// The step is over (expired, too many tries, or unknown): start again with the password.
    Expired,
}

/// Signed in after the second step.
#[derive(Debug)]
pub struct SignedIn {
    pub user: User,
    /// The session's secret for the cookie.
    pub session: String,
    /// Recovery codes to show this once (after an enrolment), else empty.
    pub recovery_codes: Vec<String>,
    /// Whether a recovery code was used (fewer are left).
    pub used_recovery_code: bool,
}

/// An enrolment waiting for its first code: what the person's app needs.
#[derive(Debug, Clone)]
pub struct Enrolment {
    /// The secret in base32, to type in by hand.
    pub secret: String,
    /// The `otpauth://` address the QR code holds.
    pub url: String,
    /// The QR code as an SVG `data:` URI for an `<img>`.
    pub qr_data_uri: String,
}

fn totp(secret_base32: &str, email: &str) -> Result<TOTP, Error> {
    let bytes = Secret::Encoded(secret_base32.to_owned())
        .to_bytes()
        .map_err(|e| Error::internal(format!("stored TOTP secret unreadable: {e:?}")))?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        TOTP_STEP_SECONDS,
        bytes,
        Some(ISSUER.to_owned()),
        email.to_owned(),
    )
    .map_err(|e| Error::internal(format!("TOTP: {e}")))
}

fn new_totp_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rng().fill_bytes(&mut bytes);
    match Secret::Raw(bytes.to_vec()).to_encoded() {
        Secret::Encoded(s) => s,
        Secret::Raw(_) => unreachable!("to_encoded gives the encoded form"),
    }
}

fn unix_seconds(now: OffsetDateTime) -> u64 {
    u64::try_from(now.unix_timestamp()).unwrap_or(0)
}

/// The time step of a TOTP code accepted at `now` (the step before and after too, for
/// clocks a little apart), or `None`.
pub fn matching_step(totp: &TOTP, code: &str, now: OffsetDateTime) -> Option<i64> {
    let step = unix_seconds(now) / TOTP_STEP_SECONDS;
    [step.saturating_sub(1), step, step + 1]
        .into_iter()
        .find(|s| {
            let expected = totp.generate(s * TOTP_STEP_SECONDS);
            constant_time_eq(expected.as_bytes(), code.as_bytes())
        })
        .and_then(|s| i64::try_from(s).ok())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Ten new recovery codes (two groups of five letters and digits, about 50 bits each) and
/// their Argon2id hashes.
fn new_recovery_codes() -> Result<(Vec<String>, Vec<String>), Error> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    let mut hashes = Vec::with_capacity(RECOVERY_CODES);
    for _ in 0..RECOVERY_CODES {
        let chars: String = (0..10)
            .map(|_| {
                let i = usize::try_from(rng.next_u32()).unwrap_or(0) % ALPHABET.len();
                char::from(ALPHABET[i])
            })
            .collect();
        let salt = SaltString::generate(&mut OsRng);
        let hash = Argon2::default()
            .hash_password(chars.as_bytes(), &salt)
            .map_err(|e| Error::internal(format!("hashing a recovery code: {e}")))?
            .to_string();
        codes.push(format!("{}-{}", &chars[..5], &chars[5..]));
        hashes.push(hash);
    }
    Ok((codes, hashes))
}

fn qr_data_uri(url: &str) -> Result<String, Error> {
    let code = qrcode::QrCode::new(url.as_bytes())
        .map_err(|e| Error::internal(format!("QR code: {e}")))?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(232, 232)
        .build();
    Ok(format!(
        "data:image/svg+xml;base64,{}",
        STANDARD.encode(svg)
    ))
}

async fn record(
    app: &App,
    user_id: i64,
    kind: AccountEventKind,
    actor_id: Option<i64>,
    client: Option<Client<'_>>,
    now: OffsetDateTime,
) -> frirum_store::Result<()> {
    app.store
        .record_account_event(
            &NewAccountEvent {
                user_id,
                kind,
                actor_id,
                address: client.map(|c| c.address),
                user_agent: client.and_then(|c| c.user_agent),
            },
            now,
        )
        .await?;
    Ok(())
}

/// Opens a session for a person signed in, with the device and address it is opened from,
/// and notes the sign-in in their history. Returns the secret for the cookie.
pub async fn open_session(
    app: &App,
    user: &User,
    client: Client<'_>,
    now: OffsetDateTime,
) -> Result<String, Error> {
    Ok(open_session_in_store(app, user, client, now).await?)
}

async fn open_session_in_store(
    app: &App,
    user: &User,
    client: Client<'_>,
    now: OffsetDateTime,
) -> frirum_store::Result<String> {
    let secret = accounts::new_secret();
    let public_id = accounts::new_secret();
    app.store
        .open_session(
            &NewSession {
                token_hash: &accounts::hash_secret(&secret),
                public_id: &public_id,
                user_id: user.id,
                user_agent: client.user_agent,
                address: Some(client.address),
                expires_at: now + app.config.session_lifetime,
            },
            now,
        )
        .await?;
    record(
        app,
        user.id,
        AccountEventKind::SignedIn,
        None,
        Some(client),
        now,
    )
    .await?;
    Ok(secret)
}

fn has_confirmed(factor: Option<&SecondFactor>) -> bool {
    factor.is_some_and(|f| f.confirmed_at.is_some())
}

async fn open_challenge(
    app: &App,
    user_id: i64,
    purpose: ChallengePurpose,
    now: OffsetDateTime,
) -> frirum_store::Result<String> {
    let secret = accounts::new_secret();
    app.store
        .create_challenge(
            &accounts::hash_secret(&secret),
            user_id,
            purpose,
            now,
            now + CHALLENGE_LIFETIME,
        )
        .await?;
    Ok(secret)
}

/// The password step of signing in: checks the password (throttled as always), notes a
/// failure in the account's history, and then either signs the person in, or asks for a
/// code, or — where the operator requires a second factor of the person's role and they
/// have none — leads them to enrol first. The browser's former session, if any, ends.
pub async fn sign_in(
    app: &App,
    email: &str,
    password: &str,
    client: Client<'_>,
    replacing: Option<&str>,
    now: OffsetDateTime,
) -> Result<SignInStep, LoginError> {
    let user = match accounts::login(
        &*app.store,
        &app.config.login_throttle,
        email,
        password,
        client.address,
        now,
    )
    .await
    {
        Ok(user) => user,
        Err(LoginError::InvalidCredentials) => {
            let key = email.trim().to_lowercase();
            if let Some(c) = app.store.credentials(&key).await? {
                record(
                    app,
                    c.user.id,
                    AccountEventKind::SignInFailed,
                    None,
                    Some(client),
                    now,
                )
                .await?;
            }
            return Err(LoginError::InvalidCredentials);
        }
        Err(e) => return Err(e),
    };
    if let Some(old) = replacing {
        app.store.delete_session(old).await?;
    }
    Ok(after_password(app, user, client, now).await?)
}

/// What follows a password known to be right — at the login, or chosen when accepting an
/// invitation: a code asked for if the person has a second factor, an enrolment first
/// where the operator requires one of their role, else a session.
pub async fn after_password(
    app: &App,
    user: User,
    client: Client<'_>,
    now: OffsetDateTime,
) -> frirum_store::Result<SignInStep> {
    let factor = app.store.second_factor(user.id).await?;
    let step = if has_confirmed(factor.as_ref()) {
        SignInStep::Code {
            challenge: open_challenge(app, user.id, ChallengePurpose::Code, now).await?,
        }
    } else if app.config.require_second_factor && authz::second_factor_required_for(user.role) {
        SignInStep::Enrol {
            challenge: open_challenge(app, user.id, ChallengePurpose::Enrol, now).await?,
        }
    } else {
        let session = open_session_in_store(app, &user, client, now).await?;
        SignInStep::SignedIn { user, session }
    };
    Ok(step)
}

/// The person a challenge belongs to and what it is for, if it is still open.
async fn open_challenge_of(
    app: &App,
    challenge: &str,
    purpose: ChallengePurpose,
    now: OffsetDateTime,
) -> Result<Option<(User, u32)>, Error> {
    let Some(c) = app
        .store
        .challenge(&accounts::hash_secret(challenge), now)
        .await?
    else {
        return Ok(None);
    };
    if c.purpose != purpose || c.attempts >= MAX_CHALLENGE_ATTEMPTS {
        return Ok(None);
    }
    Ok(app.store.user(c.user_id).await?.map(|u| (u, c.attempts)))
}

/// Counts a wrong code: the tries left, or the end of the step.
async fn wrong_code<T>(
    app: &App,
    challenge: &str,
    user: &User,
    client: Client<'_>,
    now: OffsetDateTime,
) -> Result<CodeOutcome<T>, Error> {
    let hash = accounts::hash_secret(challenge);
    let attempts = app.store.count_challenge_attempt(&hash).await?;
    record(
        app,
        user.id,
        AccountEventKind::SecondFactorFailed,
        None,
        Some(client),
        now,
    )
    .await?;
    if attempts >= MAX_CHALLENGE_ATTEMPTS {
        app.store.delete_challenge(&hash).await?;
        return Ok(CodeOutcome::Expired);
    }
    Ok(CodeOutcome::Wrong {
        attempts_left: MAX_CHALLENGE_ATTEMPTS - attempts,
    })
}

/// Checks a code of a person with a confirmed second factor: a TOTP code whose step was not
/// used yet, or an unused recovery code (then used). `Some(true)` for a recovery code.
async fn check_code(
    app: &App,
    user: &User,
    factor: &SecondFactor,
    typed: &str,
    now: OffsetDateTime,
) -> Result<Option<bool>, Error> {
    let code = rules::normalise_code(typed);
    if rules::looks_like_totp(&code) {
        let totp = totp(&factor.secret, &user.email)?;
        if let Some(step) = matching_step(&totp, &code, now)
            && app.store.accept_step(user.id, step).await?
        {
            return Ok(Some(false));
        }
        return Ok(None);
    }
    if code.len() != 10 {
        return Ok(None);
    }
    for (id, hash) in app.store.unused_recovery_codes(user.id).await? {
        let matches = PasswordHash::new(&hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(code.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false);
        if matches && app.store.use_recovery_code(id, now).await? {
            return Ok(Some(true));
        }
    }
    Ok(None)
}

/// The second step of signing in: a code from the app, or a recovery code.
pub async fn verify_sign_in(
    app: &App,
    challenge: &str,
    typed: &str,
    client: Client<'_>,
    now: OffsetDateTime,
) -> Result<CodeOutcome<SignedIn>, Error> {
    let Some((user, _)) = open_challenge_of(app, challenge, ChallengePurpose::Code, now).await?
    else {
        return Ok(CodeOutcome::Expired);
    };
    let Some(factor) = app
        .store
        .second_factor(user.id)
        .await?
        .filter(|f| f.confirmed_at.is_some())
    else {
        return Ok(CodeOutcome::Expired);
    };
    match check_code(app, &user, &factor, typed, now).await? {
        Some(recovery) => {
            app.store
                .delete_challenge(&accounts::hash_secret(challenge))
                .await?;
            if recovery {
                record(
                    app,
                    user.id,
                    AccountEventKind::RecoveryCodeUsed,
                    None,
                    Some(client),
                    now,
                )
                .await?;
            }
            let session = open_session(app, &user, client, now).await?;
            Ok(CodeOutcome::Accepted(SignedIn {
                user,
                session,
                recovery_codes: Vec::new(),
                used_recovery_code: recovery,
            }))
        }
        None => wrong_code(app, challenge, &user, client, now).await,
    }
}

/// An enrolment waiting for the person's first code, made if there is none: the same
/// secret is shown again until it is confirmed (so a reload does not change it).
async fn enrolment_for(app: &App, user: &User, now: OffsetDateTime) -> Result<Enrolment, Error> {
    let secret = match app.store.second_factor(user.id).await? {
        Some(f) if f.confirmed_at.is_some() => {
            return Err(Error::rule(SecondFactorRefused::AlreadyOn));
        }
        Some(f) => f.secret,
        None => {
            let secret = new_totp_secret();
            app.store.begin_second_factor(user.id, &secret, now).await?;
            secret
        }
    };
    let totp = totp(&secret, &user.email)?;
    let url = totp.get_url();
    Ok(Enrolment {
        qr_data_uri: qr_data_uri(&url)?,
        secret,
        url,
    })
}

/// Confirms an enrolment with its first code; returns the recovery codes to show once.
async fn confirm(
    app: &App,
    user: &User,
    typed: &str,
    now: OffsetDateTime,
) -> Result<Option<Vec<String>>, Error> {
    let Some(factor) = app
        .store
        .second_factor(user.id)
        .await?
        .filter(|f| f.confirmed_at.is_none())
    else {
        return Ok(None);
    };
    let code = rules::normalise_code(typed);
    let totp = totp(&factor.secret, &user.email)?;
    let Some(step) = matching_step(&totp, &code, now) else {
        return Ok(None);
    };
    let (codes, hashes) = new_recovery_codes()?;
    if !app
        .store
        .confirm_second_factor(user.id, step, &hashes, now)
        .await?
    {
        return Ok(None);
    }
    Ok(Some(codes))
}

/// The enrolment a person must make before signing in (the operator's requirement).
pub async fn enrolment_at_sign_in(
    app: &App,
    challenge: &str,
    now: OffsetDateTime,
) -> Result<Option<(User, Enrolment)>, Error> {
    let Some((user, _)) = open_challenge_of(app, challenge, ChallengePurpose::Enrol, now).await?
    else {
        return Ok(None);
    };
    let enrolment = enrolment_for(app, &user, now).await?;
    Ok(Some((user, enrolment)))
}

/// Confirms the enrolment made at sign-in and signs the person in.
pub async fn confirm_at_sign_in(
    app: &App,
    challenge: &str,
    typed: &str,
    client: Client<'_>,
    now: OffsetDateTime,
) -> Result<CodeOutcome<SignedIn>, Error> {
    let Some((user, _)) = open_challenge_of(app, challenge, ChallengePurpose::Enrol, now).await?
    else {
        return Ok(CodeOutcome::Expired);
    };
    match confirm(app, &user, typed, now).await? {
        Some(recovery_codes) => {
            app.store
                .delete_challenge(&accounts::hash_secret(challenge))
                .await?;
            record(
                app,
                user.id,
                AccountEventKind::SecondFactorEnabled,
                None,
                Some(client),
                now,
            )
            .await?;
            let session = open_session(app, &user, client, now).await?;
            Ok(CodeOutcome::Accepted(SignedIn {
                user,
                session,
                recovery_codes,
                used_recovery_code: false,
            }))
        }
        None => wrong_code(app, challenge, &user, client, now).await,
    }
}

/// The state of one's second factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactorState {
    Off,
    /// Enrolment started, waiting for the first code.
    Waiting,
    On {
        since: OffsetDateTime,
        recovery_codes_left: usize,
    },
}

/// What the account page shows of one's security.
#[derive(Debug, Clone)]
pub struct OwnSecurity {
    pub sessions: Vec<SessionInfo>,
    pub factor: FactorState,
    /// Whether the operator requires a second factor of the actor's role.
    pub factor_required: bool,
    pub history: Page<AccountEvent>,
}

async fn factor_state(app: &App, user_id: i64) -> Result<FactorState, Error> {
    Ok(match app.store.second_factor(user_id).await? {
        None => FactorState::Off,
        Some(f) => match f.confirmed_at {
            None => FactorState::Waiting,
            Some(since) => FactorState::On {
                since,
                recovery_codes_left: app.store.unused_recovery_codes(user_id).await?.len(),
            },
        },
    })
}

/// One's own sessions ("this device" is `current`, the hash of the asking session), second
/// factor and one page of one's security history.
pub async fn own_security(
    app: &App,
    actor: &Actor,
    current: Option<&str>,
    history: PageRequest,
) -> Result<OwnSecurity, Error> {
    let user = actor.user_for(Action::ManageOwnAccount)?;
    Ok(OwnSecurity {
        sessions: app.store.sessions_of(user.id, current, actor.now).await?,
        factor: factor_state(app, user.id).await?,
        factor_required: app.config.require_second_factor
            && authz::second_factor_required_for(user.role),
        history: app.store.account_events(user.id, history).await?,
    })
}

/// Ends one of one's own sessions; an unknown id, or someone else's, is not found.
pub async fn end_own_session(app: &App, actor: &Actor, public_id: &str) -> Result<(), Error> {
    let user = actor.user_for(Action::ManageOwnAccount)?;
    if !app.store.end_session(user.id, public_id).await? {
        return Err(Error::NotFound);
    }
    Ok(record(
        app,
        user.id,
        AccountEventKind::SessionEnded,
        None,
        None,
        actor.now,
    )
    .await?)
}

/// Starts (or shows again) one's own enrolment.
pub async fn start_enrolment(app: &App, actor: &Actor) -> Result<Enrolment, Error> {
    let user = actor.user_for(Action::ManageOwnAccount)?;
    enrolment_for(app, user, actor.now).await
}

/// Confirms one's own enrolment with the first code: the recovery codes to show once, or
/// `None` for a wrong code.
pub async fn confirm_enrolment(
    app: &App,
    actor: &Actor,
    typed: &str,
    client: Client<'_>,
) -> Result<Option<Vec<String>>, Error> {
    let user = actor.user_for(Action::ManageOwnAccount)?;
    let codes = confirm(app, user, typed, actor.now).await?;
    if codes.is_some() {
        record(
            app,
            user.id,
            AccountEventKind::SecondFactorEnabled,
            None,
            Some(client),
            actor.now,
        )
        .await?;
    }
    Ok(codes)
}

/// Turns one's own second factor off, with a code (or a recovery code) as proof; false for
/// a wrong code. Where the operator requires it of the actor's role, it cannot be turned off.
pub async fn disable_own(
    app: &App,
    actor: &Actor,
    typed: &str,
    client: Client<'_>,
) -> Result<bool, Error> {
    let user = actor.user_for(Action::ManageOwnAccount)?;
    if app.config.require_second_factor && authz::second_factor_required_for(user.role) {
        return Err(Error::rule(SecondFactorRefused::Required));
    }
    let Some(factor) = app.store.second_factor(user.id).await? else {
        return Err(Error::NotFound);
    };
    if factor.confirmed_at.is_some()
        && check_code(app, user, &factor, typed, actor.now)
            .await?
            .is_none()
    {
        record(
            app,
            user.id,
            AccountEventKind::SecondFactorFailed,
            None,
            Some(client),
            actor.now,
        )
        .await?;
        return Ok(false);
    }
    app.store.remove_second_factor(user.id).await?;
    if factor.confirmed_at.is_some() {
        record(
            app,
            user.id,
            AccountEventKind::SecondFactorDisabled,
            None,
            Some(client),
            actor.now,
        )
        .await?;
    }
    Ok(true)
}

/// What the secretariat sees of a person's sign-in security.
#[derive(Debug, Clone)]
pub struct PersonSecurity {
    pub user: User,
    pub sessions: Vec<SessionInfo>,
    /// The person's API tokens, revoked ones too (with when).
    pub tokens: Vec<frirum_store::ApiToken>,
    pub factor: FactorState,
    /// Whether the operator requires a second factor of the person's role.
    pub factor_required: bool,
    pub history: Page<AccountEvent>,
}

async fn person(app: &App, actor: &Actor, user_id: i64) -> Result<User, Error> {
    actor.authorize(Action::ManageAccountSecurity)?;
    app.store.user(user_id).await?.ok_or(Error::NotFound)
}

/// A person's sessions, API tokens, second factor and security history, for the
/// secretariat.
pub async fn person_security(
    app: &App,
    actor: &Actor,
    user_id: i64,
    history: PageRequest,
) -> Result<PersonSecurity, Error> {
    let user = person(app, actor, user_id).await?;
    // A person has few tokens; the first hundred are all there are in practice.
    let tokens = app
        .store
        .api_tokens(
            user.id,
            PageRequest::new(None, Some(100)).map_err(Error::internal)?,
        )
        .await?
        .items;
    Ok(PersonSecurity {
        sessions: app.store.sessions_of(user.id, None, actor.now).await?,
        tokens,
        factor: factor_state(app, user.id).await?,
        factor_required: app.config.require_second_factor
            && authz::second_factor_required_for(user.role),
        history: app.store.account_events(user.id, history).await?,
        user,
    })
}

/// Who may end a person's sessions: the secretariat (`Action::ManageAccountSecurity`), or
/// the person's user administrator for the people they manage (`authz::people`,
/// `PeopleAction::EndSessions`). Someone outside the administrator's organisation is not
/// found, as on the people page.
async fn whose_sessions(
    app: &App,
    actor: &Actor,
    user_id: i64,
) -> Result<(User, Intervention), Error> {
    if actor.may(Action::ManageAccountSecurity) {
        return Ok((
            person(app, actor, user_id).await?,
            Intervention::EndSessions,
        ));
    }
    actor.authorize(Action::ManagePeople)?;
    // Someone who manages nobody is refused before anything is looked up, as on the
    // people page.
    if !actor.may_manage_people() {
        return Err(authz::Denied::Forbidden.into());
    }
    let manager = authz::PeopleManager {
        viewer: actor.viewer(),
        people_admin: actor.user.as_ref().is_some_and(|u| u.people_admin),
    };
    let user = app.store.user(user_id).await?.ok_or(Error::NotFound)?;
    let facts = authz::PersonFacts {
        role: user.role,
        organisation_id: user.organisation.as_ref().map(|o| o.id),
        user_id: Some(user.id),
    };
    if authz::people(manager, facts, authz::PeopleAction::See).is_err() {
        return Err(Error::NotFound);
    }
    authz::people(manager, facts, authz::PeopleAction::EndSessions)?;
    Ok((user, Intervention::EndSessionsOfColleague))
}

/// The mail that tells a person what someone else did to their sign-in security, in the
/// person's language (else the actor's).
fn intervention_mail(
    app: &App,
    actor: &Actor,
    user: &User,
    what: Intervention,
) -> InterventionMail {
    let lang = user.language.unwrap_or(actor.lang);
    let by = actor
        .user
        .as_ref()
        .map_or_else(String::new, |u| u.name.clone());
    let url = format!(
        "{}/account/security",
        app.config.public_url.trim_end_matches('/')
    );
    let args = [
        ("name", user.name.as_str().into()),
        ("by", by.as_str().into()),
        ("url", url.as_str().into()),
    ];
    let (subject, body) = match what {
        Intervention::EndSessions | Intervention::EndSessionsOfColleague => (
            app.i18n.t(lang, "security-mail-sessions-ended-subject"),
            app.i18n
                .t_args(lang, "security-mail-sessions-ended-body", &args),
        ),
        Intervention::ResetSecondFactor => (
            app.i18n.t(lang, "security-mail-factor-reset-subject"),
            app.i18n
                .t_args(lang, "security-mail-factor-reset-body", &args),
        ),
    };
    InterventionMail {
        address: user.email.clone(),
        subject: format!("Frirum: {subject}"),
        body,
    }
}

/// Ends every session of a person (a lost or stolen device), from the secretariat's page
/// of the person's security. Noted in the person's history with who did it, journaled on
/// the account, and the person is told by e-mail (all in one transaction). Returns how
/// many ended; none open is 0 and changes nothing.
pub async fn end_sessions_of(app: &App, actor: &Actor, user_id: i64) -> Result<u64, Error> {
    let user = person(app, actor, user_id).await?;
    intervene(app, actor, &user, Intervention::EndSessions).await
}

/// The same from the people page: the secretariat for anyone, a user administrator for
/// the people of their organisation they manage.
pub async fn end_sessions_of_colleague(
    app: &App,
    actor: &Actor,
    user_id: i64,
) -> Result<u64, Error> {
    let (user, what) = whose_sessions(app, actor, user_id).await?;
    intervene(app, actor, &user, what).await
}

async fn intervene(
    app: &App,
    actor: &Actor,
    user: &User,
    what: Intervention,
) -> Result<u64, Error> {
    let mail = intervention_mail(app, actor, user, what);
    Ok(app
        .store
        .intervene(user.id, what, &mail, actor.journal(None))
        .await?)
}

/// The person whose sessions the actor may end, for the page that asks to confirm it;
/// refused as [`end_sessions_of_colleague`] would be.
pub async fn sessions_to_end(app: &App, actor: &Actor, user_id: i64) -> Result<User, Error> {
    Ok(whose_sessions(app, actor, user_id).await?.0)
}

/// Removes a person's second factor (the secretariat, when the phone is lost): they enrol
/// again at their next sign-in where it is required. Noted in their history with who did
/// it, journaled on the account, and the person is told by e-mail. A person without one is
/// not found.
pub async fn reset_second_factor(app: &App, actor: &Actor, user_id: i64) -> Result<(), Error> {
    let user = person(app, actor, user_id).await?;
    if intervene(app, actor, &user, Intervention::ResetSecondFactor).await? == 0 {
        return Err(Error::NotFound);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn a_code_matches_its_step_and_the_neighbours_only() {
        let secret = new_totp_secret();
        let totp = totp(&secret, "kari@example.no").unwrap();
        let now = datetime!(2026-12-06 08:00:10 UTC);
        let step = i64::try_from(unix_seconds(now) / TOTP_STEP_SECONDS).unwrap();
        let code = totp.generate(unix_seconds(now));
        assert_eq!(matching_step(&totp, &code, now), Some(step));
        // Thirty seconds later the same code is the previous step's, still accepted.
        assert_eq!(
            matching_step(&totp, &code, now + time::Duration::seconds(30)),
            Some(step)
        );
        // Two minutes later it is not.
        assert_eq!(
            matching_step(&totp, &code, now + time::Duration::minutes(2)),
            None
        );
        assert!(
            totp.get_url()
                .starts_with("otpauth://totp/Frirum:kari%40example.no?")
        );
    }

    #[test]
    fn recovery_codes_are_ten_distinct_and_hashed() {
        let (codes, hashes) = new_recovery_codes().unwrap();
        assert_eq!((codes.len(), hashes.len()), (10, 10));
        let distinct: std::collections::BTreeSet<_> = codes.iter().collect();
        assert_eq!(distinct.len(), 10);
        assert!(hashes.iter().all(|h| h.starts_with("$argon2id$")));
        assert!(codes.iter().all(|c| c.len() == 11 && &c[5..6] == "-"));
    }

    #[test]
    fn the_qr_code_is_an_svg_data_uri() {
        let uri = qr_data_uri("otpauth://totp/Frirum:a?secret=AAAA").unwrap();
        assert!(uri.starts_with("data:image/svg+xml;base64,"));
    }
}
