//! The work time does by itself: every minute the server (and once the demo) asks each
//! trial area to do what has fallen due — a trial whose period is over is completed, a
//! report that is due is created and its reminders queued. Each step is safe to run twice
//! and on several servers at once (it changes a record only against the version it read),
//! and the round runs on one server per minute all the same: under the `upkeep` lease
//! ([`crate::jobs`]), kept for a little less than the round's period.

use crate::{Actor, App, Error};

/// What one round of upkeep did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Done {
    /// Trials whose status moved on by itself (started, completed).
    pub trials_advanced: u64,
    /// Trials started because their last regulation came in force.
    pub trials_started: u64,
    /// Status reports created when due, and reminders of them queued.
    pub reports: crate::reports::Upkept,
}

/// Does, once, what has fallen due at the actor's moment. The actor is Frirum itself (no
/// user): the journal records the changes as the system's.
pub async fn run_once(app: &App, actor: &Actor) -> Result<Done, Error> {
    let trials_started = crate::regulations::start_due(app, actor).await?;
    let trials_advanced = crate::trials::advance(app, actor).await?;
    let reports = crate::reports::create_due_and_remind(app, actor).await?;
    Ok(Done {
        trials_started,
        trials_advanced,
        reports,
    })
}

/// How often the upkeep runs: often enough that a trial's status is right within the
/// minute, rarely enough to cost nothing.
pub const EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// The job's (and its lease's) name.
pub const JOB: &str = "upkeep";

/// How long a server keeps the lease after a round: a little less than [`EVERY`], so that
/// the next round (on whichever server asks first) is not kept out by a clock's drift.
const LEASE_FOR: time::Duration = time::Duration::seconds(55);

/// One round of upkeep on this server, unless another server has run it within the
/// period: `None` then.
pub async fn run_leased(app: &App, actor: &Actor) -> Result<Option<Done>, Error> {
    let ran = crate::jobs::run_once_across(
        &*app.store,
        JOB,
        LEASE_FOR,
        crate::jobs::AfterRun::Keep,
        || app.now(),
        |done: &Done| (*done != Done::default()).then(|| format!("{done:?}")),
        run_once(app, actor),
    )
    .await?;
    match ran {
        crate::jobs::Ran::Ran(result) => result.map(Some),
        crate::jobs::Ran::Held => Ok(None),
    }
}

/// Runs the upkeep every [`EVERY`] until `shutdown` resolves, logging what it did and what
/// failed (a failure is tried again at the next round).
pub fn spawn(
    app: &App,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> tokio::task::JoinHandle<()> {
    let app = app.clone();
    crate::jobs::every(EVERY, shutdown, move || {
        let app = app.clone();
        async move {
            let actor = Actor::public(frirum_domain::Language::En, app.now());
            match run_leased(&app, &actor).await {
                Ok(Some(done)) if done != Done::default() => tracing::info!(?done, "upkeep"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "upkeep failed; trying again later"),
            }
        }
    })
}
