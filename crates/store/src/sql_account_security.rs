//! The SQL of [`crate::AccountSecurityStore`]: sessions as their person sees them, the
//! second factor, the sign-in challenges and the security history. Expanded per engine
//! like every store macro (see [`crate::sql`]).

use frirum_domain::account_security::AccountEventKind;
use time::OffsetDateTime;

use crate::StoreError;
use crate::account_security::{
    AccountEvent, Challenge, ChallengePurpose, SecondFactor, SessionInfo,
};

#[derive(sqlx::FromRow)]
pub(crate) struct SessionRow {
    public_id: Option<String>,
    user_agent: Option<String>,
    address: Option<String>,
    created_at: OffsetDateTime,
    last_seen_at: Option<OffsetDateTime>,
    expires_at: OffsetDateTime,
    current: bool,
}

impl SessionRow {
    pub(crate) fn into_info(self) -> SessionInfo {
        SessionInfo {
            public_id: self.public_id.unwrap_or_default(),
            user_agent: self.user_agent,
            address: self.address,
            created_at: self.created_at,
            last_seen_at: self.last_seen_at,
            expires_at: self.expires_at,
            current: self.current,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct SecondFactorRow {
    secret: String,
    created_at: OffsetDateTime,
    confirmed_at: Option<OffsetDateTime>,
    last_step: Option<i64>,
}

impl From<SecondFactorRow> for SecondFactor {
    fn from(r: SecondFactorRow) -> Self {
        SecondFactor {
            secret: r.secret,
            created_at: r.created_at,
            confirmed_at: r.confirmed_at,
            last_step: r.last_step,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ChallengeRow {
    user_id: i64,
    purpose: String,
    attempts: i64,
    expires_at: OffsetDateTime,
}

impl ChallengeRow {
    pub(crate) fn into_domain(self) -> Result<Challenge, StoreError> {
        Ok(Challenge {
            user_id: self.user_id,
            purpose: self
                .purpose
                .parse::<ChallengePurpose>()
                .map_err(StoreError::corrupt)?,
            attempts: crate::sql::unsigned(self.attempts)?,
            expires_at: self.expires_at,
        })
    }
}

pub(crate) const EVENT_SELECT: &str = "SELECT e.id, e.user_id, e.at, e.kind, e.actor_id, \
     u.name AS actor_name, e.address, e.user_agent \
     FROM account_events e LEFT JOIN users u ON u.id = e.actor_id";

#[derive(sqlx::FromRow)]
pub(crate) struct EventRow {
    id: i64,
    user_id: i64,
    at: OffsetDateTime,
    kind: String,
    actor_id: Option<i64>,
    actor_name: Option<String>,
    address: Option<String>,
    user_agent: Option<String>,
}

impl EventRow {
    pub(crate) fn into_domain(self) -> Result<AccountEvent, StoreError> {
        Ok(AccountEvent {
            id: self.id,
            user_id: self.user_id,
            at: self.at,
            kind: self
                .kind
                .parse::<AccountEventKind>()
                .map_err(StoreError::corrupt)?,
            actor_id: self.actor_id,
            actor_name: self.actor_name,
            address: self.address,
            user_agent: self.user_agent,
        })
    }
}

/// Implements [`crate::AccountSecurityStore`] for a store with a `pool` field.
macro_rules! impl_account_security_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::AccountSecurityStore for $store {
            async fn open_session(
                &self,
                session: &$crate::account_security::NewSession<'_>,
                now: time::OffsetDateTime,
            ) -> $crate::Result<()> {
                // Expired sessions are swept here rather than by a background job.
                sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                sqlx::query(
                    "INSERT INTO sessions (token_hash, user_id, created_at, expires_at, \
                     public_id, user_agent, address, last_seen_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $3)",
                )
                .bind(session.token_hash)
                .bind(session.user_id)
                .bind(now)
                .bind(session.expires_at)
                .bind(session.public_id)
                .bind(session.user_agent)
                .bind(session.address)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn session_last_seen(
                &self,
                token_hash: &str,
            ) -> $crate::Result<Option<time::OffsetDateTime>> {
                let row: Option<(Option<time::OffsetDateTime>,)> =
                    sqlx::query_as("SELECT last_seen_at FROM sessions WHERE token_hash = $1")
                        .bind(token_hash)
                        .fetch_optional(&self.pool)
                        .await?;
                Ok(row.and_then(|(seen,)| seen))
            }

            async fn touch_session(
                &self,
                token_hash: &str,
                now: time::OffsetDateTime,
            ) -> $crate::Result<()> {
                sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
                    .bind(now)
                    .bind(token_hash)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn sessions_of(
                &self,
                user_id: i64,
                current: Option<&str>,
                now: time::OffsetDateTime,
            ) -> $crate::Result<Vec<$crate::account_security::SessionInfo>> {
                let rows: Vec<$crate::sql_account_security::SessionRow> = sqlx::query_as(
                    "SELECT public_id, user_agent, address, created_at, last_seen_at, expires_at, \
                     (CASE WHEN token_hash = $2 THEN TRUE ELSE FALSE END) AS current \
                     FROM sessions WHERE user_id = $1 AND expires_at > $3 \
                     ORDER BY COALESCE(last_seen_at, created_at) DESC, created_at DESC LIMIT 200",
                )
                .bind(user_id)
                .bind(current.unwrap_or(""))
                .bind(now)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(|r| r.into_info()).collect())
            }

            async fn end_session(&self, user_id: i64, public_id: &str) -> $crate::Result<bool> {
                let done =
                    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND public_id = $2")
                        .bind(user_id)
                        .bind(public_id)
                        .execute(&self.pool)
                        .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn end_sessions(&self, user_id: i64) -> $crate::Result<u64> {
                let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                    .bind(user_id)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected())
            }

            async fn second_factor(
                &self,
                user_id: i64,
            ) -> $crate::Result<Option<$crate::account_security::SecondFactor>> {
                let row: Option<$crate::sql_account_security::SecondFactorRow> = sqlx::query_as(
                    "SELECT secret, created_at, confirmed_at, last_step FROM second_factors \
                     WHERE user_id = $1",
                )
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(Into::into))
            }

            async fn begin_second_factor(
                &self,
                user_id: i64,
                secret: &str,
                now: time::OffsetDateTime,
            ) -> $crate::Result<bool> {
                let done = sqlx::query(
                    "INSERT INTO second_factors (user_id, secret, created_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (user_id) DO UPDATE SET secret = $2, created_at = $3, \
                     last_step = NULL WHERE second_factors.confirmed_at IS NULL",
                )
                .bind(user_id)
                .bind(secret)
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn confirm_second_factor(
                &self,
                user_id: i64,
                step: i64,
                recovery_code_hashes: &[String],
                now: time::OffsetDateTime,
            ) -> $crate::Result<bool> {
                let mut tx = begin_write(&self.pool).await?;
                let done = sqlx::query(
                    "UPDATE second_factors SET confirmed_at = $2, last_step = $3 \
                     WHERE user_id = $1 AND confirmed_at IS NULL",
                )
                .bind(user_id)
                .bind(now)
                .bind(step)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Ok(false);
                }
                sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                for hash in recovery_code_hashes {
                    sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                        .bind(user_id)
                        .bind(hash)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(true)
            }

            async fn accept_step(&self, user_id: i64, step: i64) -> $crate::Result<bool> {
                let done = sqlx::query(
                    "UPDATE second_factors SET last_step = $2 WHERE user_id = $1 \
                     AND confirmed_at IS NOT NULL AND (last_step IS NULL OR last_step < $2)",
                )
                .bind(user_id)
                .bind(step)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn remove_second_factor(&self, user_id: i64) -> $crate::Result<bool> {
                let mut tx = begin_write(&self.pool).await?;
                sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                let done = sqlx::query("DELETE FROM second_factors WHERE user_id = $1")
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(done.rows_affected() > 0)
            }

            async fn unused_recovery_codes(
                &self,
                user_id: i64,
            ) -> $crate::Result<Vec<(i64, String)>> {
                Ok(sqlx::query_as(
                    "SELECT id, code_hash FROM recovery_codes \
                     WHERE user_id = $1 AND used_at IS NULL ORDER BY id",
                )
                .bind(user_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn use_recovery_code(
                &self,
                id: i64,
                now: time::OffsetDateTime,
            ) -> $crate::Result<bool> {
                let done = sqlx::query(
                    "UPDATE recovery_codes SET used_at = $2 WHERE id = $1 AND used_at IS NULL",
                )
                .bind(id)
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn create_challenge(
                &self,
                token_hash: &str,
                user_id: i64,
                purpose: $crate::account_security::ChallengePurpose,
                now: time::OffsetDateTime,
                expires_at: time::OffsetDateTime,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                sqlx::query(
                    "DELETE FROM sign_in_challenges WHERE expires_at <= $1 OR user_id = $2",
                )
                .bind(now)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO sign_in_challenges (token_hash, user_id, purpose, created_at, \
                     expires_at) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(token_hash)
                .bind(user_id)
                .bind(purpose.as_ref())
                .bind(now)
                .bind(expires_at)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn challenge(
                &self,
                token_hash: &str,
                now: time::OffsetDateTime,
            ) -> $crate::Result<Option<$crate::account_security::Challenge>> {
                let row: Option<$crate::sql_account_security::ChallengeRow> = sqlx::query_as(
                    "SELECT user_id, purpose, attempts, expires_at FROM sign_in_challenges \
                     WHERE token_hash = $1 AND expires_at > $2",
                )
                .bind(token_hash)
                .bind(now)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn count_challenge_attempt(&self, token_hash: &str) -> $crate::Result<u32> {
                let attempts: Option<i64> = sqlx::query_scalar(
                    "UPDATE sign_in_challenges SET attempts = attempts + 1 \
                     WHERE token_hash = $1 RETURNING attempts",
                )
                .bind(token_hash)
                .fetch_optional(&self.pool)
                .await?;
                attempts.map_or(Ok(0), $crate::sql::unsigned)
            }

            async fn delete_challenge(&self, token_hash: &str) -> $crate::Result<()> {
                sqlx::query("DELETE FROM sign_in_challenges WHERE token_hash = $1")
                    .bind(token_hash)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn record_account_event(
                &self,
                event: &$crate::account_security::NewAccountEvent<'_>,
                now: time::OffsetDateTime,
            ) -> $crate::Result<()> {
                sqlx::query(
                    "INSERT INTO account_events (user_id, at, kind, actor_id, address, user_agent) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(event.user_id)
                .bind(now)
                .bind(event.kind.as_str())
                .bind(event.actor_id)
                .bind(event.address)
                .bind(event.user_agent)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn account_events(
                &self,
                user_id: i64,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<$crate::account_security::AccountEvent>> {
                let total: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM account_events WHERE user_id = $1")
                        .bind(user_id)
                        .fetch_one(&self.pool)
                        .await?;
                let rows: Vec<$crate::sql_account_security::EventRow> = sqlx::query_as(&format!(
                    "{} WHERE e.user_id = $1 ORDER BY e.at DESC, e.id DESC LIMIT $2 OFFSET $3",
                    $crate::sql_account_security::EVENT_SELECT
                ))
                .bind(user_id)
                .bind(page.limit())
                .bind(page.offset())
                .fetch_all(&self.pool)
                .await?;
                let items = rows
                    .into_iter()
                    .map(|r| r.into_domain())
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(frirum_domain::Page::new(items, page, $crate::sql::count(total)))
            }

            async fn intervene(
                &self,
                user_id: i64,
                what: $crate::account_security::Intervention,
                mail: &$crate::account_security::InterventionMail,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<u64> {
                use $crate::account_security::Intervention;
                let mut tx = begin_write(&self.pool).await?;
                let (changed, changes) = match what {
                    Intervention::EndSessions | Intervention::EndSessionsOfColleague => {
                        let ended = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                            .bind(user_id)
                            .execute(&mut *tx)
                            .await?
                            .rows_affected();
                        (ended, serde_json::json!({ "sessions_ended": ended }))
                    }
                    Intervention::ResetSecondFactor => {
                        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
                            .bind(user_id)
                            .execute(&mut *tx)
                            .await?;
                        let removed = sqlx::query("DELETE FROM second_factors WHERE user_id = $1")
                            .bind(user_id)
                            .execute(&mut *tx)
                            .await?
                            .rows_affected();
                        (removed, serde_json::json!({ "second_factor_removed": true }))
                    }
                };
                if changed == 0 {
                    tx.rollback().await?;
                    return Ok(0);
                }
                sqlx::query(
                    "INSERT INTO account_events (user_id, at, kind, actor_id, address, user_agent) \
                     VALUES ($1, $2, $3, $4, NULL, NULL)",
                )
                .bind(user_id)
                .bind(actor.at)
                .bind(what.event().as_str())
                .bind(actor.user_id)
                .execute(&mut *tx)
                .await?;
                $crate::sql_notifications::queue_mail!(
                    tx,
                    user: Some(user_id),
                    notification: None::<i64>,
                    kind: frirum_domain::notification::NotificationKind::AccountSecurity,
                    application: None::<i64>,
                    address: &mail.address,
                    subject: &mail.subject,
                    body: &mail.body,
                    at: actor.at,
                    due: actor.at,
                )?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Account,
                    user_id,
                    &actor,
                    what.journal_action(),
                    changes,
                )
                .await?;
                tx.commit().await?;
                Ok(changed)
            }
        }
    };
}

pub(crate) use impl_account_security_store;
