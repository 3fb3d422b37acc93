//! The demo's trials in operation: what the decided schemes' trials have done since their
//! approval — local regulations adopted, indicators measured, reports written, changes
//! requested, documents filed, funds paid — each area in its own module, written through
//! the use cases as the people in the demo would have done it. Figures are invented and
//! say so; names of real trials and places are public facts.

use frirum_app::{Actor, App};
use frirum_domain::trial::TrialFilter;
use frirum_domain::{Language, PageRequest};
use time::{Date, Duration, OffsetDateTime, Time};

/// Lets the upkeep start each trial on the day its regulations came in force, day by day,
/// rather than all on the day the demo runs.
async fn start_on_their_day(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE))?;
    let filter = TrialFilter {
        status: Some(frirum_domain::trial::TrialStatus::Planned),
        ..TrialFilter::default()
    };
    let mut days: Vec<Date> = app
        .store
        .list_trials(&filter, all)
        .await?
        .items
        .iter()
        .map(|t| t.planned_start)
        .collect();
    days.sort();
    days.dedup();
    for day in days {
        // Early in the morning of the day, in every Nordic zone.
        let at = (day.with_time(Time::from_hms(6, 0, 0)?).assume_utc()).min(now);
        frirum_app::regulations::start_due(app, &Actor::public(Language::En, at)).await?;
    }
    Ok(())
}

/// Completes each trial whose period is over the morning after its last day, in order, as
/// the upkeep would have done then (the completion is dated at the trial's planned end).
async fn complete_on_their_day(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE))?;
    let filter = TrialFilter {
        status: Some(frirum_domain::trial::TrialStatus::Running),
        ..TrialFilter::default()
    };
    let mut days: Vec<Date> = app
        .store
        .list_trials(&filter, all)
        .await?
        .items
        .iter()
        .map(|t| t.planned_end + Duration::days(1))
        .filter(|d| {
            d.with_time(Time::from_hms(6, 0, 0).unwrap_or(Time::MIDNIGHT))
                .assume_utc()
                < now
        })
        .collect();
    days.sort();
    days.dedup();
    for day in days {
        let at = day.with_time(Time::from_hms(6, 0, 0)?).assume_utc();
        frirum_app::trials::advance(app, &Actor::public(Language::En, at)).await?;
    }
    Ok(())
}

/// Loads every trial area's demo data, then lets the upkeep do what has fallen due by
/// `now` (completing the trials whose period is over).
pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    // The research teams first: the researchers they assign review the trials' updates.
    crate::demo_research_teams::load(app, now).await?;
    // Each trial area adds one line here: `crate::demo_trials_<area>::load(app, now).await?;`
    // Regulations first: they start the trials the other areas report on.
    crate::demo_trials_regulations::load(app, now).await?;
    start_on_their_day(app, now).await?;
    crate::demo_trials_changes::load(app, now).await?;
    // After the changes: an extended trial runs on, the others complete at their end.
    complete_on_their_day(app, now).await?;
    // Funds after the changes: a participant who joined (Aarhus) reports spending too.
    crate::demo_trials_funds::load(app, now).await?;
    // Documents after the changes: a participant who joined files its regulation too.
    crate::demo_trials_documents::load(app, now).await?;
    // Indicators after the changes: periods follow the trial's current period.
    crate::demo_trials_indicators::load(app, now).await?;
    // After the indicators, whose demo opens the participants' reporters' accounts.
    crate::demo_trials_reports::load(app, now).await?;
    // Research (issue 14), in this order: plans, evaluations, outcomes, adoption.
    crate::demo_research_plans::load(app, now).await?;
    crate::demo_research_evaluations::load(app, now).await?;
    crate::demo_research_outcomes::load(app, now).await?;
    crate::demo_research_adoption::load(app, now).await?;
    // Networks (issue 15): after the reports, whose answers it adds to.
    crate::demo_networks::load(app, now).await?;
    crate::demo_partners::load(app, now).await?;
    let system = Actor::public(Language::En, now);
    frirum_app::upkeep::run_once(app, &system).await?;
    Ok(())
}
