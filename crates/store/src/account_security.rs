//! A person's own account security: their sessions as they see them (device, address,
//! started, last seen; ended one by one or all at once), the second factor (a TOTP secret,
//! the last time step accepted, recovery codes kept hashed), the short-lived step between
//! a right password and the code, and the person's security history.

use async_trait::async_trait;
use frirum_domain::account_security::AccountEventKind;
use frirum_domain::{Page, PageRequest};
use time::OffsetDateTime;

use crate::Result;

/// A session to open, with where it was opened from.
#[derive(Debug, Clone)]
pub struct NewSession<'a> {
    /// The SHA-256 of the cookie's secret.
    pub token_hash: &'a str,
    /// The id the person's pages name the session by (random, not derived from the secret).
    pub public_id: &'a str,
    pub user_id: i64,
    pub user_agent: Option<&'a str>,
    pub address: Option<&'a str>,
    pub expires_at: OffsetDateTime,
}

/// One open session, as its person sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInfo {
    pub public_id: String,
    pub user_agent: Option<String>,
    pub address: Option<String>,
    pub created_at: OffsetDateTime,
    pub last_seen_at: Option<OffsetDateTime>,
    pub expires_at: OffsetDateTime,
    /// The session the list is asked from ("this device").
    pub current: bool,
}

/// A person's TOTP secret and its state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecondFactor {
    /// The shared secret, base32 as authenticator apps take it.
    pub secret: String,
    pub created_at: OffsetDateTime,
    /// `None` while enrolment waits for the first code.
    pub confirmed_at: Option<OffsetDateTime>,
    /// The time step of the last code accepted.
    pub last_step: Option<i64>,
}

/// What a sign-in challenge is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::AsRefStr, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum ChallengePurpose {
    /// The person has a second factor and must give a code.
    Code,
    /// The person must enrol a second factor before anything else.
    Enrol,
}

/// The half-signed-in state between a right password and the second step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    pub user_id: i64,
    pub purpose: ChallengePurpose,
    pub attempts: u32,
    pub expires_at: OffsetDateTime,
}

/// An entry of a person's security history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountEvent {
    pub id: i64,
    pub user_id: i64,
    pub at: OffsetDateTime,
    pub kind: AccountEventKind,
    /// Who did it, when it was not the person (the secretariat).
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub address: Option<String>,
    pub user_agent: Option<String>,
}

/// An entry to add to a person's security history.
#[derive(Debug, Clone)]
pub struct NewAccountEvent<'a> {
    pub user_id: i64,
    pub kind: AccountEventKind,
    pub actor_id: Option<i64>,
    pub address: Option<&'a str>,
    pub user_agent: Option<&'a str>,
}

/// What someone else does to a person's sign-in security: the secretariat (or, for ending
/// sessions, the person's user administrator) when a device is lost or stolen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intervention {
    /// Every session of the person ends (their API tokens stay), on the secretariat's word.
    EndSessions,
    /// The same, on the word of the person's user administrator.
    EndSessionsOfColleague,
    /// The second factor and its recovery codes are removed.
    ResetSecondFactor,
}

impl Intervention {
    /// The action's name in the case journal (the account's case).
    pub fn journal_action(self) -> &'static str {
        match self {
            Intervention::EndSessions | Intervention::EndSessionsOfColleague => "sessions_ended",
            Intervention::ResetSecondFactor => "second_factor_reset",
        }
    }

    /// The event in the person's security history.
    pub fn event(self) -> AccountEventKind {
        match self {
            Intervention::EndSessions => AccountEventKind::SessionsEndedBySecretariat,
            Intervention::EndSessionsOfColleague => {
                AccountEventKind::SessionsEndedByUserAdministrator
            }
            Intervention::ResetSecondFactor => AccountEventKind::SecondFactorReset,
        }
    }
}

/// The mail that tells the person what was done (written to the outbox, no notification:
/// a person whose sessions were ended reads their mail, not their Frirum inbox).
#[derive(Debug, Clone)]
pub struct InterventionMail {
    pub address: String,
    pub subject: String,
    pub body: String,
}

/// The store of account security.
#[async_trait]
pub trait AccountSecurityStore: Send + Sync {
    // --- Sessions a person can see ---------------------------------------------------------

    /// Opens a session with where it was opened from (expired ones are swept first).
    async fn open_session(&self, session: &NewSession<'_>, now: OffsetDateTime) -> Result<()>;

    /// When an open session was last seen (`None` for an unknown session); with
    /// [`touch_session`](Self::touch_session), lets "last seen" be written at most once a
    /// minute instead of at every request.
    async fn session_last_seen(&self, token_hash: &str) -> Result<Option<OffsetDateTime>>;

    async fn touch_session(&self, token_hash: &str, now: OffsetDateTime) -> Result<()>;

    /// The person's open sessions, most recently seen first; `current` marks the one whose
    /// hash is given.
    async fn sessions_of(
        &self,
        user_id: i64,
        current: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<Vec<SessionInfo>>;

    /// Ends one of the person's sessions by its public id; false when there is none.
    async fn end_session(&self, user_id: i64, public_id: &str) -> Result<bool>;

    /// Ends every session of the person; returns how many ended.
    async fn end_sessions(&self, user_id: i64) -> Result<u64>;

    // --- The second factor -----------------------------------------------------------------

    async fn second_factor(&self, user_id: i64) -> Result<Option<SecondFactor>>;

    /// Starts (or starts again) an enrolment with a new secret; a confirmed second factor
    /// is left as it is, and false is returned.
    async fn begin_second_factor(
        &self,
        user_id: i64,
        secret: &str,
        now: OffsetDateTime,
    ) -> Result<bool>;

    /// Confirms an enrolment with the step of its first code and replaces the recovery
    /// codes with these hashes, in one transaction; false when no enrolment waits.
    async fn confirm_second_factor(
        &self,
        user_id: i64,
        step: i64,
        recovery_code_hashes: &[String],
        now: OffsetDateTime,
    ) -> Result<bool>;

    /// Accepts a code's time step once: true only when it is later than the last step
    /// accepted, so a code cannot be used twice, also by two servers at once.
    async fn accept_step(&self, user_id: i64, step: i64) -> Result<bool>;

    /// Removes the second factor and its recovery codes; false when there was none.
    async fn remove_second_factor(&self, user_id: i64) -> Result<bool>;

    /// The person's recovery codes not used yet: id and hash.
    async fn unused_recovery_codes(&self, user_id: i64) -> Result<Vec<(i64, String)>>;

    /// Uses a recovery code: true once, false when it was used already.
    async fn use_recovery_code(&self, id: i64, now: OffsetDateTime) -> Result<bool>;

    // --- The step between password and code ------------------------------------------------

    /// Opens a challenge (expired ones are swept first, and the person's older ones ended).
    async fn create_challenge(
        &self,
        token_hash: &str,
        user_id: i64,
        purpose: ChallengePurpose,
        now: OffsetDateTime,
        expires_at: OffsetDateTime,
    ) -> Result<()>;

    /// A challenge that has not expired.
    async fn challenge(&self, token_hash: &str, now: OffsetDateTime) -> Result<Option<Challenge>>;

    /// Counts a wrong code against a challenge; returns the attempts so far (0 when the
    /// challenge is gone).
    async fn count_challenge_attempt(&self, token_hash: &str) -> Result<u32>;

    async fn delete_challenge(&self, token_hash: &str) -> Result<()>;

    // --- The person's security history -----------------------------------------------------

    async fn record_account_event(
        &self,
        event: &NewAccountEvent<'_>,
        now: OffsetDateTime,
    ) -> Result<()>;

    /// One page of the person's security history, newest first.
    async fn account_events(&self, user_id: i64, page: PageRequest) -> Result<Page<AccountEvent>>;

    /// Does `what` to the person on the word of `actor`: the change, the event in the
    /// person's security history (with who did it), the entry in the account's case journal
    /// and the mail to the person, in one transaction. Returns how many sessions ended (for
    /// a reset, 1 or 0); when nothing changed (no session open, no second factor), nothing
    /// is written and 0 is returned.
    async fn intervene(
        &self,
        user_id: i64,
        what: Intervention,
        mail: &InterventionMail,
        actor: frirum_domain::journal::Actor<'_>,
    ) -> Result<u64>;
}
