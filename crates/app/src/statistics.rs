//! The public statistics: applications, decisions, trials by status, country and theme,
//! exemptions by act, generalisation outcomes and barriers by status, over every scheme the
//! public may see or one of them, and each count as CSV. The same for every visitor: what
//! the public sees, whoever asks, so that a signed-in visitor's page never shows more.

use frirum_domain::authz::{self, Action};
use frirum_domain::barrier::BarrierStatus;
use frirum_domain::scheme::Scheme;
use frirum_domain::{Page, PageRequest};
use frirum_store::statistics::{Statistics, Tally};

use crate::{Actor, App, Error};

/// One chart of the page: its stable name (the CSV's and the element ids') and its bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chart {
    Applications,
    Decisions,
    TrialsByStatus,
    TrialsByCountry,
    TrialsByTheme,
    TrialsByAct,
    Outcomes,
    Barriers,
}

impl Chart {
    pub const ALL: [Chart; 8] = [
        Chart::Applications,
        Chart::Decisions,
        Chart::TrialsByStatus,
        Chart::TrialsByCountry,
        Chart::TrialsByTheme,
        Chart::TrialsByAct,
        Chart::Outcomes,
        Chart::Barriers,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Chart::Applications => "applications",
            Chart::Decisions => "decisions",
            Chart::TrialsByStatus => "trials-by-status",
            Chart::TrialsByCountry => "trials-by-country",
            Chart::TrialsByTheme => "trials-by-theme",
            Chart::TrialsByAct => "trials-by-act",
            Chart::Outcomes => "outcomes",
            Chart::Barriers => "barriers",
        }
    }

    /// The chart a CSV's name stands for.
    pub fn named(name: &str) -> Option<Chart> {
        Chart::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Whether the chart's keys are stable codes the page translates (a status, a country),
    /// rather than titles written as they are (a theme, an act).
    pub fn keys_are_codes(self) -> bool {
        !matches!(self, Chart::TrialsByTheme | Chart::TrialsByAct)
    }

    /// The chart's bars.
    pub fn tallies(self, statistics: &Statistics) -> &[Tally] {
        match self {
            Chart::Applications => &statistics.applications_by_status,
            Chart::Decisions => &statistics.decisions_by_outcome,
            Chart::TrialsByStatus => &statistics.trials_by_status,
            Chart::TrialsByCountry => &statistics.trials_by_country,
            Chart::TrialsByTheme => &statistics.trials_by_theme,
            Chart::TrialsByAct => &statistics.trials_by_act,
            Chart::Outcomes => &statistics.outcomes_by_category,
            Chart::Barriers => &statistics.barriers_by_status,
        }
    }
}

/// The statistics page: the counts, the scheme they are narrowed to, and the schemes to
/// narrow by.
#[derive(Debug, Clone)]
pub struct StatisticsView {
    pub statistics: Statistics,
    pub scheme: Option<Scheme>,
    pub schemes: Vec<Scheme>,
}

/// The public's counts over every scheme it may see, or over `scheme_id` alone; a scheme
/// the public may not see is not found, whoever asks.
pub async fn statistics(
    app: &App,
    actor: &Actor,
    scheme_id: Option<i64>,
) -> Result<StatisticsView, Error> {
    actor.authorize(Action::ReadDecisions)?;
    let public = Actor::public(actor.lang, actor.now);
    let scheme = match scheme_id {
        Some(id) => Some(
            crate::schemes::scheme_for(app, &public, id)
                .await
                .map_err(|_| Error::NotFound)?,
        ),
        None => None,
    };
    let statuses = authz::visible_scheme_statuses(None);
    let mut statistics = app.store.statistics(statuses, scheme_id).await?;
    // Only barriers the lab has triaged are public (a restricted one is never counted).
    statistics.barriers_by_status.retain(|t| {
        t.key
            .parse::<BarrierStatus>()
            .is_ok_and(BarrierStatus::is_triaged)
    });
    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE))
        .map_err(|_| Error::internal("the largest page is refused"))?;
    let schemes: Page<Scheme> = crate::schemes::list(app, &public, all).await?;
    Ok(StatisticsView {
        statistics,
        scheme,
        schemes: schemes.items,
    })
}

/// One chart's data as CSV: its key (a code or a title), the row's id where it has one,
/// and the count.
pub async fn chart_csv(
    app: &App,
    actor: &Actor,
    scheme_id: Option<i64>,
    chart: Chart,
) -> Result<Vec<u8>, Error> {
    let view = statistics(app, actor, scheme_id).await?;
    crate::exports::csv(
        &["key", "id", "count"],
        chart.tallies(&view.statistics).iter().map(|t| {
            vec![
                t.key.clone(),
                t.id.map(|id| id.to_string()).unwrap_or_default(),
                t.count.to_string(),
            ]
        }),
    )
}
