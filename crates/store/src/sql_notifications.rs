//! The SQL of [`crate::NotificationStore`]: notifications and the mail outbox. Expanded per
//! engine like every store macro (see [`crate::sql`]).
//!
//! Claiming outbox mails is one conditional `UPDATE … RETURNING` ([`claim_sql`]): in SQLite
//! it runs under the database's one write lock, in PostgreSQL the candidates are locked with
//! `FOR UPDATE SKIP LOCKED`, and in both the claim condition is checked again on the row
//! that is updated, so two senders never claim the same mail.

use frirum_domain::notification::{Notification, NotificationKind};
use time::OffsetDateTime;

use crate::StoreError;
use crate::notifications::OutboxMail;

pub(crate) const NOTIFICATION_COLUMNS: &str =
    "id, user_id, kind, application_id, title, body, link, created_at, read_at";

pub(crate) const OUTBOX_COLUMNS: &str = "id, user_id, kind, application_id, address, subject, \
     body, created_at, attempts, next_attempt_at, sent_at, last_error";

/// Queues one mail in the outbox inside the caller's transaction, created and due at whole
/// seconds in UTC ([`instant`]) whoever queues it, so the sender finds it due on both
/// engines. Expands to the `execute` future's result.
macro_rules! queue_mail {
    ($tx:expr, user: $user:expr, notification: $notification:expr, kind: $kind:expr,
     application: $application:expr, address: $address:expr, subject: $subject:expr,
     body: $body:expr, at: $at:expr, due: $due:expr $(,)?) => {
        sqlx::query(
            "INSERT INTO mail_outbox (user_id, notification_id, kind, application_id, \
             address, subject, body, created_at, next_attempt_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind($user)
        .bind($notification)
        .bind($kind.as_str())
        .bind($application)
        .bind($address)
        .bind($subject)
        .bind($body)
        .bind($crate::sql_notifications::instant($at))
        .bind($crate::sql_notifications::instant($due))
        .execute(&mut *$tx)
        .await
    };
}
pub(crate) use queue_mail;

/// A time in UTC with whole seconds. SQLite keeps times as text, and only texts of the same
/// shape compare in time order; the sender's times are always stored this way.
pub(crate) fn instant(at: OffsetDateTime) -> OffsetDateTime {
    let utc = at.to_offset(time::UtcOffset::UTC);
    utc.replace_nanosecond(0).unwrap_or(utc)
}

fn kind(text: &str) -> Result<NotificationKind, StoreError> {
    text.parse().map_err(StoreError::corrupt)
}

#[derive(sqlx::FromRow)]
pub(crate) struct NotificationRow {
    id: i64,
    user_id: i64,
    kind: String,
    application_id: Option<i64>,
    title: String,
    body: String,
    link: String,
    created_at: OffsetDateTime,
    read_at: Option<OffsetDateTime>,
}

impl NotificationRow {
    pub fn into_domain(self) -> Result<Notification, StoreError> {
        Ok(Notification {
            id: self.id,
            user_id: self.user_id,
            kind: kind(&self.kind)?,
            application_id: self.application_id,
            title: self.title,
            body: self.body,
            link: self.link,
            created_at: self.created_at,
            read_at: self.read_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct OutboxRow {
    id: i64,
    user_id: Option<i64>,
    kind: String,
    application_id: Option<i64>,
    address: String,
    subject: String,
    body: String,
    created_at: OffsetDateTime,
    attempts: i64,
    next_attempt_at: OffsetDateTime,
    sent_at: Option<OffsetDateTime>,
    last_error: Option<String>,
}

impl OutboxRow {
    pub fn into_domain(self) -> Result<OutboxMail, StoreError> {
        Ok(OutboxMail {
            id: self.id,
            user_id: self.user_id,
            kind: kind(&self.kind)?,
            application_id: self.application_id,
            address: self.address,
            subject: self.subject,
            body: self.body,
            created_at: self.created_at,
            attempts: u32::try_from(self.attempts).map_err(StoreError::corrupt)?,
            next_attempt_at: self.next_attempt_at,
            sent_at: self.sent_at,
            last_error: self.last_error,
        })
    }
}

/// The claim: mark up to `$3` due mails claimed until `$2`, returning them.
///
/// PostgreSQL picks the candidates once, in an `ARRAY(…)` init plan, locking them
/// `FOR UPDATE SKIP LOCKED`: an `IN (… LIMIT n)` subquery may be run again for each row and,
/// skipping the rows it has just locked, return others, claiming more than `n`. SQLite
/// runs the subquery once, under its write lock.
pub(crate) fn claim_sql(engine: crate::Backend) -> String {
    let claimable = "sent_at IS NULL AND next_attempt_at <= $1 \
         AND (claimed_until IS NULL OR claimed_until <= $1)";
    let pick = format!(
        "SELECT id FROM mail_outbox WHERE {claimable} ORDER BY next_attempt_at, id LIMIT $3"
    );
    let ids = match engine {
        crate::Backend::Postgres => format!("id = ANY(ARRAY({pick} FOR UPDATE SKIP LOCKED))"),
        crate::Backend::Sqlite => format!("id IN ({pick})"),
    };
    format!(
        "UPDATE mail_outbox SET claimed_until = $2 WHERE {ids} AND {claimable} \
         RETURNING {OUTBOX_COLUMNS}"
    )
}

/// Implements [`crate::NotificationStore`] for a store with a `pool` field, in an engine
/// module whose `ENGINE` chooses the form of the claim ([`claim_sql`]).
macro_rules! impl_notification_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::NotificationStore for $store {
            async fn notify(
                &self,
                notifications: &[$crate::NewNotification],
                now: time::OffsetDateTime,
            ) -> $crate::Result<Vec<frirum_domain::notification::Notification>> {
                use $crate::sql_notifications::{NOTIFICATION_COLUMNS, NotificationRow, instant};
                let due = instant(now);
                let mut stored = Vec::with_capacity(notifications.len());
                let mut tx = begin_write(&self.pool).await?;
                for n in notifications {
                    let row: NotificationRow = sqlx::query_as(&format!(
                        "INSERT INTO notifications \
                         (user_id, kind, application_id, title, body, link, created_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING {NOTIFICATION_COLUMNS}"
                    ))
                    .bind(n.user_id)
                    .bind(n.kind.as_str())
                    .bind(n.application_id)
                    .bind(&n.title)
                    .bind(&n.body)
                    .bind(&n.link)
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?;
                    let notification = row.into_domain()?;
                    $crate::sql_notifications::queue_mail!(
                        tx,
                        user: n.user_id,
                        notification: notification.id,
                        kind: n.kind,
                        application: n.application_id,
                        address: &n.address,
                        subject: &n.subject,
                        body: &n.mail_body,
                        at: now,
                        due: due,
                    )?;
                    stored.push(notification);
                }
                tx.commit().await?;
                Ok(stored)
            }

            async fn claim_outbox(
                &self,
                now: time::OffsetDateTime,
                claimed_until: time::OffsetDateTime,
                limit: u32,
            ) -> $crate::Result<Vec<$crate::OutboxMail>> {
                use $crate::sql_notifications::{OutboxRow, claim_sql, instant};
                let rows: Vec<OutboxRow> = sqlx::query_as(&claim_sql(ENGINE))
                .bind(instant(now))
                .bind(instant(claimed_until))
                .bind(i64::from(limit))
                .fetch_all(&self.pool)
                .await?;
                let mut mails = rows
                    .into_iter()
                    .map(OutboxRow::into_domain)
                    .collect::<Result<Vec<_>, _>>()?;
                mails.sort_by_key(|m| (m.next_attempt_at, m.id));
                Ok(mails)
            }

            async fn mark_mail_sent(&self, id: i64, now: time::OffsetDateTime) -> $crate::Result<()> {
                let done = sqlx::query(
                    "UPDATE mail_outbox SET sent_at = $2, claimed_until = NULL, \
                     last_error = NULL WHERE id = $1",
                )
                .bind(id)
                .bind(now)
                .execute(&self.pool)
                .await?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound);
                }
                Ok(())
            }

            async fn mark_mail_failed(
                &self,
                id: i64,
                error: &str,
                next_attempt_at: time::OffsetDateTime,
            ) -> $crate::Result<()> {
                let done = sqlx::query(
                    "UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2, \
                     next_attempt_at = $3, claimed_until = NULL \
                     WHERE id = $1 AND sent_at IS NULL",
                )
                .bind(id)
                .bind(error)
                .bind($crate::sql_notifications::instant(next_attempt_at))
                .execute(&self.pool)
                .await?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound);
                }
                Ok(())
            }

            async fn outbox(
                &self,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<$crate::OutboxMail>> {
                use $crate::sql_notifications::{OUTBOX_COLUMNS, OutboxRow};
                let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM mail_outbox")
                    .fetch_one(&self.pool)
                    .await?;
                let rows: Vec<OutboxRow> = sqlx::query_as(&format!(
                    "SELECT {OUTBOX_COLUMNS} FROM mail_outbox ORDER BY id LIMIT $1 OFFSET $2"
                ))
                .bind(page.limit())
                .bind(page.offset())
                .fetch_all(&self.pool)
                .await?;
                let items = rows
                    .into_iter()
                    .map(OutboxRow::into_domain)
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(frirum_domain::Page::new(items, page, $crate::sql::count(total)))
            }

            async fn notifications(
                &self,
                user_id: i64,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<frirum_domain::notification::Notification>>
            {
                use $crate::sql_notifications::{NOTIFICATION_COLUMNS, NotificationRow};
                let total: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE user_id = $1")
                        .bind(user_id)
                        .fetch_one(&self.pool)
                        .await?;
                let rows: Vec<NotificationRow> = sqlx::query_as(&format!(
                    "SELECT {NOTIFICATION_COLUMNS} FROM notifications WHERE user_id = $1 \
                     ORDER BY id DESC LIMIT $2 OFFSET $3"
                ))
                .bind(user_id)
                .bind(page.limit())
                .bind(page.offset())
                .fetch_all(&self.pool)
                .await?;
                let items = rows
                    .into_iter()
                    .map(NotificationRow::into_domain)
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(frirum_domain::Page::new(items, page, $crate::sql::count(total)))
            }

            async fn unread_notifications(&self, user_id: i64) -> $crate::Result<u64> {
                let n: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL",
                )
                .bind(user_id)
                .fetch_one(&self.pool)
                .await?;
                Ok($crate::sql::count(n))
            }

            async fn mark_notification_read(
                &self,
                user_id: i64,
                notification_id: i64,
                now: time::OffsetDateTime,
            ) -> $crate::Result<frirum_domain::notification::Notification> {
                use $crate::sql_notifications::{NOTIFICATION_COLUMNS, NotificationRow};
                let row: Option<NotificationRow> = sqlx::query_as(&format!(
                    "UPDATE notifications SET read_at = COALESCE(read_at, $3) \
                     WHERE id = $1 AND user_id = $2 RETURNING {NOTIFICATION_COLUMNS}"
                ))
                .bind(notification_id)
                .bind(user_id)
                .bind(now)
                .fetch_optional(&self.pool)
                .await?;
                row.ok_or($crate::StoreError::NotFound)?.into_domain()
            }

            async fn mark_all_notifications_read(
                &self,
                user_id: i64,
                now: time::OffsetDateTime,
            ) -> $crate::Result<u64> {
                let done = sqlx::query(
                    "UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL",
                )
                .bind(user_id)
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected())
            }
        }
    };
}

pub(crate) use impl_notification_store;
