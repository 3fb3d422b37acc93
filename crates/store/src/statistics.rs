//! The public statistics' counts: applications, decisions, trials by status, country and
//! theme, exemptions by act, generalisation outcomes and barriers by status, each one
//! `GROUP BY` in SQL over the schemes the public may see, for all of them or one scheme.

use async_trait::async_trait;
use frirum_domain::scheme::SchemeStatus;

use crate::Result;

/// One bar of a chart: what is counted (a stable key such as a status, or a title), the
/// row's id where it has one (a theme, an act), and how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub key: String,
    pub id: Option<i64>,
    pub count: u64,
}

/// Every count of the statistics page, each largest first (ties by key).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Statistics {
    /// Submitted or withdrawn applications (never drafts), by the application's status.
    pub applications_by_status: Vec<Tally>,
    /// Decisions by outcome.
    pub decisions_by_outcome: Vec<Tally>,
    pub trials_by_status: Vec<Tally>,
    /// Trials by their scheme's country.
    pub trials_by_country: Vec<Tally>,
    /// Trials by theme (a trial with two themes counts in both), by the theme's title.
    pub trials_by_theme: Vec<Tally>,
    /// Trials with an exemption in force from a provision of the act, by the act's short
    /// title or title.
    pub trials_by_act: Vec<Tally>,
    /// Granted exemptions by the category of their latest generalisation outcome.
    pub outcomes_by_category: Vec<Tally>,
    /// Barriers that are not restricted, by status (the caller keeps the public ones).
    pub barriers_by_status: Vec<Tally>,
}

#[async_trait]
pub trait StatisticsStore: Send + Sync {
    /// The counts over the schemes in one of `statuses`, or only `scheme_id` (when it is
    /// in one of them).
    async fn statistics(
        &self,
        statuses: &[SchemeStatus],
        scheme_id: Option<i64>,
    ) -> Result<Statistics>;
}
