//! The work time does by itself: every minute the server (and once the demo) asks each
//! trial area to do what has fallen due — a trial whose period is over is completed, a
//! report that is due is created and its reminders queued. Each step is safe to run twice
//! and on several servers at once: it changes a record only against the version it read.

use crate::{Actor, App, Error};

/// What one round of upkeep did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Done {
    /// Trials whose status moved on by itself (started, completed).
    pub trials_advanced: u64,
    /// Status reports created when due, and reminders of them queued.
    pub reports: crate::reports::Upkept,
}

/// Does, once, what has fallen due at the actor's moment. The actor is Frirum itself (no
/// user): the journal records the changes as the system's.
pub async fn run_once(app: &App, actor: &Actor) -> Result<Done, Error> {
    let trials_advanced = crate::trials::advance(app, actor).await?;
    let reports = crate::reports::create_due_and_remind(app, actor).await?;
    Ok(Done {
        trials_advanced,
        reports,
    })
}
