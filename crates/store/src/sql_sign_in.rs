//! The SQL of [`crate::SignInStore`]: sign-ins under way, linked identities, the provider of a
//! session. Expanded per engine like every store macro (see [`crate::sql`]).

/// Implements [`crate::SignInStore`] for a store with a `pool` field.
macro_rules! impl_sign_in_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::SignInStore for $store {
            async fn begin_sign_in(
                &self,
                pending: &$crate::sign_in::PendingSignIn,
                now: time::OffsetDateTime,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                sqlx::query("DELETE FROM oidc_sign_ins WHERE expires_at <= $1")
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(
                    "INSERT INTO oidc_sign_ins (state_hash, provider, nonce, pkce_verifier, \
                     next_path, invitation, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(&pending.state_hash)
                .bind(&pending.provider)
                .bind(&pending.nonce)
                .bind(&pending.pkce_verifier)
                .bind(&pending.next_path)
                .bind(&pending.invitation)
                .bind(pending.created_at)
                .bind(pending.expires_at)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn take_sign_in(
                &self,
                state_hash: &str,
                now: time::OffsetDateTime,
            ) -> $crate::Result<Option<$crate::sign_in::PendingSignIn>> {
                type Row = (
                    String,
                    String,
                    String,
                    String,
                    String,
                    Option<String>,
                    time::OffsetDateTime,
                    time::OffsetDateTime,
                );
                // One statement: of two returns with the same state, only one gets the row.
                let row: Option<Row> = sqlx::query_as(
                    "DELETE FROM oidc_sign_ins WHERE state_hash = $1 RETURNING state_hash, \
                     provider, nonce, pkce_verifier, next_path, invitation, created_at, expires_at",
                )
                .bind(state_hash)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row
                    .map(
                        |(
                            state_hash,
                            provider,
                            nonce,
                            pkce_verifier,
                            next_path,
                            invitation,
                            created_at,
                            expires_at,
                        )| {
                            $crate::sign_in::PendingSignIn {
                                state_hash,
                                provider,
                                nonce,
                                pkce_verifier,
                                next_path,
                                invitation,
                                created_at,
                                expires_at,
                            }
                        },
                    )
                    .filter(|p| p.expires_at > now))
            }

            async fn linked_user(
                &self,
                provider: &str,
                subject: &str,
            ) -> $crate::Result<Option<i64>> {
                Ok(sqlx::query_scalar(
                    "SELECT user_id FROM linked_identities WHERE provider = $1 AND subject = $2",
                )
                .bind(provider)
                .bind(subject)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn link_identity(
                &self,
                provider: &str,
                subject: &str,
                user_id: i64,
                now: time::OffsetDateTime,
            ) -> $crate::Result<()> {
                sqlx::query(
                    "INSERT INTO linked_identities (provider, subject, user_id, linked_at, \
                     last_used_at) VALUES ($1, $2, $3, $4, $4) ON CONFLICT (provider, subject) \
                     DO UPDATE SET last_used_at = $4 WHERE linked_identities.user_id = $3",
                )
                .bind(provider)
                .bind(subject)
                .bind(user_id)
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn mark_provider_session(
                &self,
                session_hash: &str,
                provider: &str,
            ) -> $crate::Result<()> {
                sqlx::query("INSERT INTO oidc_sessions (session_hash, provider) VALUES ($1, $2)")
                    .bind(session_hash)
                    .bind(provider)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn session_provider(&self, session_hash: &str) -> $crate::Result<Option<String>> {
                Ok(
                    sqlx::query_scalar("SELECT provider FROM oidc_sessions WHERE session_hash = $1")
                        .bind(session_hash)
                        .fetch_optional(&self.pool)
                        .await?,
                )
            }
        }
    };
}

pub(crate) use impl_sign_in_store;
