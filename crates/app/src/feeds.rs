//! What a scheme's Atom feeds carry: its decisions, the status changes of its trials, its
//! evaluations once public, and the generalisation outcomes recorded for its trials. Each
//! feed is the public's, whoever asks (a feed reader signs in as nobody), and a scheme the
//! public may not see has no feeds.

use frirum_domain::PageRequest;
use frirum_domain::decision::{DecisionFilter, DecisionSummary};
use frirum_domain::evaluation::{EvaluationStatus, EvaluationSummary};
use frirum_domain::generalisation::Outcome;
use frirum_domain::scheme::Scheme;
use frirum_domain::trial::{ChangeKind, TrialFilter, today_in};
use frirum_store::SchemeTrialVersion;

use crate::{Actor, App, Error};

/// How many entries a feed carries, newest first.
pub const FEED_LENGTH: usize = 50;

/// The feeds of a scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedKind {
    Decisions,
    /// Trials started, put on hold, resumed, completed or stopped early.
    Trials,
    Evaluations,
    Outcomes,
}

impl FeedKind {
    pub const ALL: [FeedKind; 4] = [
        FeedKind::Decisions,
        FeedKind::Trials,
        FeedKind::Evaluations,
        FeedKind::Outcomes,
    ];

    /// The feed's name in its address, `/schemes/{id}/feeds/{name}.atom`.
    pub fn name(self) -> &'static str {
        match self {
            FeedKind::Decisions => "decisions",
            FeedKind::Trials => "trials",
            FeedKind::Evaluations => "evaluations",
            FeedKind::Outcomes => "outcomes",
        }
    }

    pub fn named(name: &str) -> Option<FeedKind> {
        FeedKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// The steps of a trial's life its status feed carries.
const STATUS_CHANGES: [ChangeKind; 5] = [
    ChangeKind::Started,
    ChangeKind::Suspended,
    ChangeKind::Resumed,
    ChangeKind::Completed,
    ChangeKind::StoppedEarly,
];

/// A trial an entry speaks of, by its case number and title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrialName {
    pub id: i64,
    pub case_number: String,
    pub title: String,
}

/// One entry of a feed.
#[derive(Debug, Clone)]
pub enum FeedItem {
    Decision(DecisionSummary),
    TrialStep(SchemeTrialVersion),
    /// A published evaluation out of embargo, and its trial (none for a joint one).
    Evaluation(EvaluationSummary, Option<TrialName>),
    Outcome(Outcome, TrialName),
}

/// A scheme's feed of one kind, newest first.
#[derive(Debug, Clone)]
pub struct SchemeFeed {
    pub scheme: Scheme,
    pub kind: FeedKind,
    pub items: Vec<FeedItem>,
}

/// The feed of `kind` for the scheme; a scheme the public may not see is not found.
pub async fn scheme_feed(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    kind: FeedKind,
) -> Result<SchemeFeed, Error> {
    let public = Actor::public(actor.lang, actor.now);
    let scheme = crate::schemes::scheme_for(app, &public, scheme_id)
        .await
        .map_err(|_| Error::NotFound)?;
    let items = match kind {
        FeedKind::Decisions => {
            let filter = DecisionFilter {
                scheme_id: Some(scheme_id),
                ..DecisionFilter::default()
            };
            crate::decisions::published(app, &public, &filter, length()?)
                .await?
                .items
                .into_iter()
                .map(FeedItem::Decision)
                .collect()
        }
        FeedKind::Trials => app
            .store
            .scheme_trial_versions(scheme_id, &STATUS_CHANGES, FEED_LENGTH as i64)
            .await?
            .into_iter()
            .map(FeedItem::TrialStep)
            .collect(),
        FeedKind::Evaluations => evaluations(app, &public, &scheme).await?,
        FeedKind::Outcomes => {
            let trials = trial_names(app, &public, scheme_id).await?;
            let mut outcomes = app.store.scheme_outcomes(scheme_id).await?;
            outcomes.sort_by(|a, b| b.recorded_at.cmp(&a.recorded_at).then(b.id.cmp(&a.id)));
            outcomes
                .into_iter()
                .filter_map(|o| {
                    let trial = trials.iter().find(|t| t.id == o.trial_id)?.clone();
                    Some(FeedItem::Outcome(o, trial))
                })
                .take(FEED_LENGTH)
                .collect()
        }
    };
    Ok(SchemeFeed {
        scheme,
        kind,
        items,
    })
}

fn length() -> Result<PageRequest, Error> {
    PageRequest::new(None, Some(FEED_LENGTH as u32))
        .map_err(|_| Error::internal("the feed's page is refused"))
}

/// The registered trials of the scheme by name, page by page (a scheme holds hundreds
/// at most).
async fn trial_names(app: &App, actor: &Actor, scheme_id: i64) -> Result<Vec<TrialName>, Error> {
    let filter = TrialFilter {
        scheme_id: Some(scheme_id),
        ..TrialFilter::default()
    };
    let mut names = Vec::new();
    let mut number = 1;
    loop {
        let request = PageRequest::new(Some(number), Some(PageRequest::MAX_PER_PAGE))
            .map_err(|_| Error::internal("the largest page is refused"))?;
        let page = crate::trials::list(app, actor, &filter, request).await?;
        let seen = u64::from(number) * u64::from(PageRequest::MAX_PER_PAGE);
        let done = page.items.is_empty() || seen >= page.total;
        names.extend(page.items.into_iter().map(|t| TrialName {
            id: t.id,
            case_number: t.case_number,
            title: t.title,
        }));
        if done {
            return Ok(names);
        }
        number += 1;
    }
}

/// The scheme's joint evaluations and its trials' evaluations that the public may read
/// whole: published and out of embargo, newest first.
async fn evaluations(app: &App, actor: &Actor, scheme: &Scheme) -> Result<Vec<FeedItem>, Error> {
    let today = today_in(scheme.country, actor.now);
    let public = |e: &EvaluationSummary| {
        e.status == EvaluationStatus::Published
            && !frirum_domain::evaluation::embargoed(e.embargo_until, today)
    };
    let mut items: Vec<FeedItem> = app
        .store
        .scheme_evaluations(scheme.id)
        .await?
        .into_iter()
        .filter(|e| public(e))
        .map(|e| FeedItem::Evaluation(e, None))
        .collect();
    for trial in trial_names(app, actor, scheme.id).await? {
        for e in app.store.trial_evaluations(trial.id).await? {
            if public(&e) {
                items.push(FeedItem::Evaluation(e, Some(trial.clone())));
            }
        }
    }
    items.sort_by_key(|item| std::cmp::Reverse(item.at()));
    items.truncate(FEED_LENGTH);
    Ok(items)
}

impl FeedItem {
    /// When the entry happened: decided, recorded, published.
    pub fn at(&self) -> time::OffsetDateTime {
        match self {
            FeedItem::Decision(d) => d.decided_at,
            FeedItem::TrialStep(v) => v.version.recorded_at,
            FeedItem::Evaluation(e, _) => e.published_at.unwrap_or(e.updated_at),
            FeedItem::Outcome(o, _) => o.recorded_at,
        }
    }
}
