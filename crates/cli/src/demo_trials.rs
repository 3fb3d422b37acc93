//! The demo's trials in operation: what the decided schemes' trials have done since their
//! approval — local regulations adopted, indicators measured, reports written, changes
//! requested, documents filed, funds paid — each area in its own module, written through
//! the use cases as the people in the demo would have done it. Figures are invented and
//! say so; names of real trials and places are public facts.

use frirum_app::{Actor, App};
use frirum_domain::Language;
use time::OffsetDateTime;

/// Loads every trial area's demo data, then lets the upkeep do what has fallen due by
/// `now` (completing the trials whose period is over).
pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    // Each trial area adds one line here: `crate::demo_trials_<area>::load(app, now).await?;`
    crate::demo_trials_indicators::load(app, now).await?;
    let system = Actor::public(Language::En, now);
    frirum_app::upkeep::run_once(app, &system).await?;
    Ok(())
}
