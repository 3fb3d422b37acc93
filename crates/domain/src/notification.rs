//! Notifications: the events of a case that concern a person, and the retry policy of the
//! e-mails that tell them.
//!
//! Every notification is shown in the interface and sent by e-mail through an outbox, so
//! that a mail server that is down loses nothing: a failed mail is tried again later, after
//! an exponentially growing pause ([`RetryPolicy`]). Mails are never given up: a
//! notification that concerns a decision must arrive, so the pause stops growing at the
//! policy's cap and the outbox keeps trying, with the last error visible to operators.

use serde::{Deserialize, Serialize};

use crate::text::all_values;

/// What happened that someone should hear about.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = UnknownNotificationKind, parse_err_fn = UnknownNotificationKind::of)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum NotificationKind {
    /// An assessor was assigned to an application (to the assessor).
    AssessorAssigned,
    /// The secretariat asked the applicant a question (to the applicant).
    ClarificationAsked,
    /// The applicant answered a question (to the secretariat and assessors).
    ClarificationAnswered,
    /// The application was decided (to the applicant).
    Decided,
    /// The secretariat asks the assessors to agree on a consensus (to the assessors).
    ConsensusRequested,
    /// An application was submitted (to the secretariat).
    Submitted,
    /// A trial's status report is due soon or overdue (to the participants' applicants).
    ReportReminder,
    /// A status report was submitted (to the secretariat).
    ReportSubmitted,
    /// A status report was returned for revision (to the participants' applicants).
    ReportReturned,
    /// An indicator actual was sent for review (to the secretariat and the trial's
    /// researchers).
    IndicatorSubmitted,
    /// An indicator actual was approved (to the participants' applicants).
    IndicatorApproved,
    /// An indicator actual was returned for revision (to the participants' applicants).
    IndicatorReturned,
    /// A major change of a trial was requested (to the secretariat).
    ChangeSubmitted,
    /// A change request was approved or rejected (to the participants' applicants and the
    /// trial's researchers).
    ChangeDecided,
    /// The secretariat assigned a researcher to a trial, a theme or a scheme (to the
    /// researcher).
    ResearcherAssigned,
    /// A research plan was registered or amended (to the secretariat and the trial's
    /// participants' applicants).
    PlanRegistered,
    /// An evaluation was published (to the secretariat and the participants' applicants).
    EvaluationPublished,
    /// A generalisation outcome was recorded for a trial's exemption (to the participants'
    /// applicants and the trial's researchers).
    OutcomeRecorded,
    /// A barrier was reported (to the policy lab).
    BarrierReported,
    /// A barrier one reported or supports changed status or was merged (to its reporter and
    /// supporters).
    BarrierStatusChanged,
    /// Someone replied to one's learning-log entry (to its author).
    LearningReply,
    /// A network's member asked the secretariat a question (to the secretariat).
    NetworkQuestionAsked,
    /// A status report marked a partner's demand or a public value breached (to the
    /// secretariat).
    PartnerBreach,
    /// Someone was invited to open an account (to the invited address; no notification,
    /// only the mail).
    Invitation,
    /// The secretariat (or the person's user administrator) ended the person's sessions or
    /// removed their second factor (to the person; no notification, only the mail).
    AccountSecurity,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 25] = all_values();

    /// The stable name used in storage, the API and message ids.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The text named no notification kind.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown notification kind {0:?}")]
pub struct UnknownNotificationKind(pub String);

impl UnknownNotificationKind {
    fn of(name: &str) -> Self {
        UnknownNotificationKind(name.to_owned())
    }
}

/// A notification as a person sees it in the interface.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notification {
    pub id: i64,
    pub user_id: i64,
    pub kind: NotificationKind,
    pub application_id: Option<i64>,
    pub title: String,
    pub body: String,
    /// Where the notification leads, a path within Frirum such as `/applications/7`.
    pub link: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: time::OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub read_at: Option<time::OffsetDateTime>,
}

/// How long to wait before trying a failed e-mail again: `base`, doubled after every
/// further failure, never more than `cap`. With the defaults: 1, 2, 4, 8, 16, 32 minutes,
/// then every hour, for ever.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub base: time::Duration,
    pub cap: time::Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            base: time::Duration::minutes(1),
            cap: time::Duration::hours(1),
        }
    }
}

impl RetryPolicy {
    /// The pause after the `attempts`-th failed attempt (1 for the first failure).
    pub fn delay(&self, attempts: u32) -> time::Duration {
        let doublings = attempts.saturating_sub(1).min(30);
        let factor = 1_i32 << doublings;
        self.base
            .checked_mul(factor)
            .map_or(self.cap, |d| d.min(self.cap))
    }

    /// When to try again after the `attempts`-th failure at `failed_at`.
    pub fn next_attempt(
        &self,
        failed_at: time::OffsetDateTime,
        attempts: u32,
    ) -> time::OffsetDateTime {
        failed_at + self.delay(attempts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::Duration;
    use time::macros::datetime;

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn notification_kind_names_agree() {
        crate::text::tests::names_agree::<NotificationKind>();
        crate::text::tests::serde_reads_names::<NotificationKind>();
        assert_eq!(
            "x".parse::<NotificationKind>().unwrap_err().to_string(),
            "unknown notification kind \"x\""
        );
    }

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in NotificationKind::ALL {
            assert_eq!(kind.as_str().parse::<NotificationKind>(), Ok(kind));
        }
        assert!("assigned".parse::<NotificationKind>().is_err());
    }

    #[test]
    fn the_pause_doubles_up_to_the_cap() {
        let policy = RetryPolicy::default();
        let minutes: Vec<i64> = (1..=8).map(|n| policy.delay(n).whole_minutes()).collect();
        assert_eq!(minutes, [1, 2, 4, 8, 16, 32, 60, 60]);
        // A huge count neither overflows nor gives up.
        assert_eq!(policy.delay(u32::MAX), Duration::hours(1));
        // Zero attempts is treated like the first failure.
        assert_eq!(policy.delay(0), Duration::minutes(1));
    }

    #[test]
    fn the_next_attempt_is_counted_from_the_failure() {
        let policy = RetryPolicy {
            base: Duration::seconds(10),
            cap: Duration::seconds(25),
        };
        let at = datetime!(2026-03-01 12:00:00 UTC);
        assert_eq!(
            policy.next_attempt(at, 1),
            datetime!(2026-03-01 12:00:10 UTC)
        );
        assert_eq!(
            policy.next_attempt(at, 2),
            datetime!(2026-03-01 12:00:20 UTC)
        );
        assert_eq!(
            policy.next_attempt(at, 3),
            datetime!(2026-03-01 12:00:25 UTC)
        );
    }
}
