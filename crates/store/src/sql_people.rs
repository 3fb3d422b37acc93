//! The SQL of [`crate::PeopleStore`]. Accepting an invitation is a conditional UPDATE of an
//! invitation not yet used and not expired, in the transaction that creates the account, so
//! that of two acceptances at once exactly one creates it; deactivating an account deletes
//! its sessions and revokes its tokens in the same transaction.

use frirum_domain::invitation::Invitation;
use time::OffsetDateTime;

use crate::StoreError;

pub(crate) const INVITATION_SELECT: &str = "SELECT i.id, i.email, i.name, i.role, \
     i.created_at, i.expires_at, i.accepted_at, b.name AS invited_by_name, \
     b.email AS invited_by_email, o.id AS org_id, o.country AS org_country, \
     o.code AS org_code, o.name AS org_name FROM invitations i \
     JOIN users b ON b.id = i.invited_by LEFT JOIN organisations o ON o.id = i.organisation_id";

#[derive(sqlx::FromRow)]
pub(crate) struct InvitationRow {
    id: i64,
    email: String,
    name: String,
    role: String,
    created_at: OffsetDateTime,
    expires_at: OffsetDateTime,
    accepted_at: Option<OffsetDateTime>,
    invited_by_name: String,
    invited_by_email: String,
    org_id: Option<i64>,
    org_country: Option<String>,
    org_code: Option<String>,
    org_name: Option<String>,
}

impl InvitationRow {
    pub fn into_domain(self) -> Result<Invitation, StoreError> {
        let organisation = match (self.org_id, self.org_country, self.org_code, self.org_name) {
            (Some(id), Some(country), Some(code), Some(name)) => {
                Some(crate::sql::org_ref(id, &country, code, name)?)
            }
            _ => None,
        };
        Ok(Invitation {
            id: self.id,
            email: self.email,
            name: self.name,
            role: self.role.parse().map_err(StoreError::corrupt)?,
            organisation,
            invited_by_name: self.invited_by_name,
            invited_by_email: self.invited_by_email,
            created_at: self.created_at,
            expires_at: self.expires_at,
            accepted_at: self.accepted_at,
        })
    }
}

/// Implements [`crate::PeopleStore`] (see `sql.rs` for how the engines share it).
macro_rules! impl_people_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::PeopleStore for $store {
            async fn create_invitation(
                &self,
                invitation: &$crate::NewInvitation,
                mail: &$crate::InvitationMail,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::invitation::Invitation> {
                let mut tx = begin_write(&self.pool).await?;
                let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
                    .bind(&invitation.email)
                    .fetch_optional(&mut *tx)
                    .await?;
                if taken.is_some() {
                    tx.rollback().await?;
                    return Err($crate::StoreError::EmailTaken);
                }
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO invitations (token_hash, email, name, role, organisation_id, \
                     language, invited_by, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                )
                .bind(&invitation.token_hash)
                .bind(&invitation.email)
                .bind(&invitation.name)
                .bind(invitation.role.as_str())
                .bind(invitation.organisation_id)
                .bind(invitation.language.map(|l| l.tag()))
                .bind(actor.user_id)
                .bind(actor.at)
                .bind(invitation.expires_at)
                .fetch_one(&mut *tx)
                .await?;
                $crate::sql_notifications::queue_mail!(
                    tx,
                    user: None::<i64>,
                    notification: None::<i64>,
                    kind: frirum_domain::notification::NotificationKind::Invitation,
                    application: None::<i64>,
                    address: &invitation.email,
                    subject: &mail.subject,
                    body: &mail.body,
                    at: actor.at,
                    due: actor.at,
                )?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Invitation,
                    id,
                    &actor,
                    "invited",
                    serde_json::json!({
                        "email": invitation.email,
                        "role": invitation.role.as_str(),
                        "organisation_id": invitation.organisation_id,
                        "expires_at": invitation.expires_at
                            .format(&time::format_description::well_known::Rfc3339)
                            .map_err($crate::StoreError::corrupt)?,
                    }),
                )
                .await?;
                let row: $crate::sql_people::InvitationRow = sqlx::query_as(&format!(
                    "{} WHERE i.id = $1",
                    $crate::sql_people::INVITATION_SELECT
                ))
                .bind(id)
                .fetch_one(&mut *tx)
                .await?;
                tx.commit().await?;
                row.into_domain()
            }

            async fn invitation(
                &self,
                token_hash: &str,
            ) -> $crate::Result<Option<frirum_domain::invitation::Invitation>> {
                let row: Option<$crate::sql_people::InvitationRow> = sqlx::query_as(&format!(
                    "{} WHERE i.token_hash = $1",
                    $crate::sql_people::INVITATION_SELECT
                ))
                .bind(token_hash)
                .fetch_optional(&self.pool)
                .await?;
                row.map($crate::sql_people::InvitationRow::into_domain).transpose()
            }

            async fn accept_invitation(
                &self,
                token_hash: &str,
                password_hash: &str,
                identity: Option<$crate::sign_in::ExternalIdentity<'_>>,
                now: time::OffsetDateTime,
            ) -> $crate::Result<frirum_domain::User> {
                let mut tx = begin_write(&self.pool).await?;
                let found: Option<(
                    i64,
                    String,
                    String,
                    String,
                    Option<i64>,
                    Option<String>,
                    i64,
                    time::OffsetDateTime,
                    Option<time::OffsetDateTime>,
                )> = sqlx::query_as(
                    "SELECT id, email, name, role, organisation_id, language, invited_by, \
                     expires_at, accepted_at FROM invitations WHERE token_hash = $1",
                )
                .bind(token_hash)
                .fetch_optional(&mut *tx)
                .await?;
                let Some((id, email, name, role, organisation_id, language, invited_by, expires_at, accepted_at)) =
                    found
                else {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                };
                let refused = if accepted_at.is_some() {
                    Some("accepted")
                } else if now >= expires_at {
                    Some("expired")
                } else {
                    None
                };
                if let Some(current) = refused {
                    tx.rollback().await?;
                    return Err($crate::StoreError::WrongState {
                        what: $crate::StateOf::Invitation,
                        current: current.to_owned(),
                    });
                }
                let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
                    "INSERT INTO users (email, name, role, organisation_id, language, password_hash, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(&email)
                .bind(&name)
                .bind(&role)
                .bind(organisation_id)
                .bind(&language)
                .bind(password_hash)
                .bind(now)
                .fetch_one(&mut *tx)
                .await;
                let user_id = match inserted {
                    Ok(id) => id,
                    Err(e) if $crate::StoreError::is_unique_violation(&e) => {
                        tx.rollback().await?;
                        return Err($crate::StoreError::EmailTaken);
                    }
                    Err(e) => return Err(e.into()),
                };
                // Conditional: of two acceptances at once, the second finds it used.
                let done = sqlx::query(
                    "UPDATE invitations SET accepted_at = $1, user_id = $2 \
                     WHERE id = $3 AND accepted_at IS NULL",
                )
                .bind(now)
                .bind(user_id)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    tx.rollback().await?;
                    return Err($crate::StoreError::WrongState {
                        what: $crate::StateOf::Invitation,
                        current: "accepted".to_owned(),
                    });
                }
                if let Some(identity) = identity {
                    // An identity already linked to someone else's account stays theirs.
                    let linked = sqlx::query(
                        "INSERT INTO linked_identities (provider, subject, user_id, linked_at, \
                         last_used_at) VALUES ($1, $2, $3, $4, $4) \
                         ON CONFLICT (provider, subject) DO NOTHING",
                    )
                    .bind(identity.provider)
                    .bind(identity.subject)
                    .bind(user_id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    if linked.rows_affected() != 1 {
                        tx.rollback().await?;
                        return Err($crate::StoreError::Duplicate(
                            $crate::Unique::LinkedIdentity,
                        ));
                    }
                }
                let actor = frirum_domain::journal::Actor::user(user_id, now);
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Invitation,
                    id,
                    &actor,
                    "accepted",
                    serde_json::json!({ "user_id": user_id }),
                )
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Account,
                    user_id,
                    &actor,
                    "created_by_invitation",
                    serde_json::json!({
                        "invitation_id": id,
                        "invited_by": invited_by,
                        "email": email,
                        "role": role,
                        "organisation_id": organisation_id,
                        "provider": identity.map(|i| i.provider),
                    }),
                )
                .await?;
                tx.commit().await?;
                $crate::Store::user(self, user_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn open_invitations(
                &self,
                organisation_id: Option<i64>,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<frirum_domain::invitation::Invitation>> {
                let total: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM invitations i WHERE i.accepted_at IS NULL \
                     AND ($1 IS NULL OR i.organisation_id = $1)",
                )
                .bind(organisation_id)
                .fetch_one(&self.pool)
                .await?;
                let rows: Vec<$crate::sql_people::InvitationRow> = sqlx::query_as(&format!(
                    "{} WHERE i.accepted_at IS NULL AND ($1 IS NULL OR i.organisation_id = $1) \
                     ORDER BY i.id DESC LIMIT $2 OFFSET $3",
                    $crate::sql_people::INVITATION_SELECT
                ))
                .bind(organisation_id)
                .bind(page.limit())
                .bind(page.offset())
                .fetch_all(&self.pool)
                .await?;
                let items = rows
                    .into_iter()
                    .map($crate::sql_people::InvitationRow::into_domain)
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(frirum_domain::Page::new(items, page, $crate::sql::count(total)))
            }

            async fn people(
                &self,
                organisation_id: Option<i64>,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<$crate::Person>> {
                let total: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM users u WHERE ($1 IS NULL OR u.organisation_id = $1)",
                )
                .bind(organisation_id)
                .fetch_one(&self.pool)
                .await?;
                let ids: Vec<i64> = sqlx::query_scalar(
                    "SELECT u.id FROM users u WHERE ($1 IS NULL OR u.organisation_id = $1) \
                     ORDER BY CASE WHEN u.deactivated_at IS NULL THEN 0 ELSE 1 END, u.email \
                     LIMIT $2 OFFSET $3",
                )
                .bind(organisation_id)
                .bind(page.limit())
                .bind(page.offset())
                .fetch_all(&self.pool)
                .await?;
                let mut items = Vec::with_capacity(ids.len());
                for id in ids {
                    items.push(
                        $crate::PeopleStore::person(self, id)
                            .await?
                            .ok_or($crate::StoreError::NotFound)?,
                    );
                }
                Ok(frirum_domain::Page::new(items, page, $crate::sql::count(total)))
            }

            async fn person(&self, user_id: i64) -> $crate::Result<Option<$crate::Person>> {
                let Some(user) = $crate::Store::user(self, user_id).await? else {
                    return Ok(None);
                };
                let (created_at, deactivated_at): (time::OffsetDateTime, Option<time::OffsetDateTime>) =
                    sqlx::query_as("SELECT created_at, deactivated_at FROM users WHERE id = $1")
                        .bind(user_id)
                        .fetch_one(&self.pool)
                        .await?;
                Ok(Some($crate::Person {
                    user,
                    created_at,
                    deactivated_at,
                }))
            }

            async fn deactivate_user(
                &self,
                user_id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<bool> {
                let mut tx = begin_write(&self.pool).await?;
                let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE id = $1")
                    .bind(user_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                if exists.is_none() {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                }
                let done = sqlx::query(
                    "UPDATE users SET deactivated_at = $1, people_admin = FALSE \
                     WHERE id = $2 AND deactivated_at IS NULL",
                )
                .bind(actor.at)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Ok(false);
                }
                let sessions = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                let tokens = sqlx::query(
                    "UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
                )
                .bind(actor.at)
                .bind(user_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Account,
                    user_id,
                    &actor,
                    "deactivated",
                    serde_json::json!({ "sessions_ended": sessions, "tokens_revoked": tokens }),
                )
                .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn set_people_admin(
                &self,
                user_id: i64,
                appointed: bool,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::User> {
                let mut tx = begin_write(&self.pool).await?;
                let done = sqlx::query("UPDATE users SET people_admin = $1 WHERE id = $2")
                    .bind(appointed)
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                }
                let action = if appointed {
                    "people_admin_appointed"
                } else {
                    "people_admin_relieved"
                };
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Account,
                    user_id,
                    &actor,
                    action,
                    serde_json::json!({ "people_admin": appointed }),
                )
                .await?;
                tx.commit().await?;
                $crate::Store::user(self, user_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }
        }
    };
}

pub(crate) use impl_people_store;
