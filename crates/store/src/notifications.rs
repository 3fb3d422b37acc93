//! The notification half of the store: what people see in the interface, and the outbox of
//! e-mails that a background sender delivers and retries.

use async_trait::async_trait;
use frirum_domain::notification::{Notification, NotificationKind};
use frirum_domain::{Page, PageRequest};
use time::OffsetDateTime;

use crate::Result;

/// One notification to one person, already rendered in their language: shown in the
/// interface with `title`, `body` and `link`, and mailed to `address` with `subject` and
/// `mail_body`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNotification {
    pub user_id: i64,
    pub kind: NotificationKind,
    pub application_id: Option<i64>,
    pub title: String,
    pub body: String,
    pub link: String,
    pub address: String,
    pub subject: String,
    pub mail_body: String,
}

/// An e-mail in the outbox, as the sender claims it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxMail {
    pub id: i64,
    pub user_id: Option<i64>,
    pub kind: NotificationKind,
    pub application_id: Option<i64>,
    pub address: String,
    pub subject: String,
    pub body: String,
    pub created_at: OffsetDateTime,
    /// Failed attempts so far.
    pub attempts: u32,
    pub next_attempt_at: OffsetDateTime,
    pub sent_at: Option<OffsetDateTime>,
    pub last_error: Option<String>,
}

#[async_trait]
pub trait NotificationStore: Send + Sync {
    /// Writes each notification and its outbox mail in one transaction: either every
    /// recipient is told, or none. The mails are due at once.
    async fn notify(
        &self,
        notifications: &[NewNotification],
        now: OffsetDateTime,
    ) -> Result<Vec<Notification>>;

    /// Claims up to `limit` mails that are due and unsent, oldest first, until
    /// `claimed_until`: no other sender gets them meanwhile, so two senders never send the
    /// same mail. A sender that dies leaves its claim to expire.
    async fn claim_outbox(
        &self,
        now: OffsetDateTime,
        claimed_until: OffsetDateTime,
        limit: u32,
    ) -> Result<Vec<OutboxMail>>;

    /// Records that a claimed mail was delivered.
    async fn mark_mail_sent(&self, id: i64, now: OffsetDateTime) -> Result<()>;

    /// Records a failed attempt: one more attempt, the error, and when to try again.
    async fn mark_mail_failed(
        &self,
        id: i64,
        error: &str,
        next_attempt_at: OffsetDateTime,
    ) -> Result<()>;

    /// Every outbox mail, oldest first, sent or not (for operators and tests).
    async fn outbox(&self, page: PageRequest) -> Result<Page<OutboxMail>>;

    /// A person's notifications, newest first.
    async fn notifications(&self, user_id: i64, page: PageRequest) -> Result<Page<Notification>>;

    /// How many of a person's notifications are unread.
    async fn unread_notifications(&self, user_id: i64) -> Result<u64>;

    /// Marks one of the person's own notifications read (keeping the first reading time).
    /// Another person's notification, or none, is [`crate::StoreError::NotFound`].
    async fn mark_notification_read(
        &self,
        user_id: i64,
        notification_id: i64,
        now: OffsetDateTime,
    ) -> Result<Notification>;

    /// Marks all of the person's notifications read; returns how many were unread.
    async fn mark_all_notifications_read(&self, user_id: i64, now: OffsetDateTime) -> Result<u64>;
}
