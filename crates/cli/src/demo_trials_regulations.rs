//! The demo's local regulations (issue 13, item 1): every participant of the decided Danish
//! 2019 scheme's trials adopted its frikommunevedtægt some weeks before the trial's planned
//! start, in force from that day, so those trials started then (and the upkeep completes
//! the ones whose period is over). One network trial still waits for one participant's
//! adoption — Aarhus's where Aarhus takes part, so that its demo applicant can record it —
//! and stays planned. Trials of other schemes are left to the walk-through. Adoption dates
//! and case references are invented and say so; the trials' names are the demo's.

use anyhow::Context;
use frirum_app::regulations;
use frirum_app::{Actor, App};
use frirum_domain::regulation::Adoption;
use frirum_domain::trial::{TrialFilter, TrialStatus};
use frirum_domain::{Country, Language, PageRequest};
use time::{Duration, OffsetDateTime};

async fn actor(app: &App, email: &str, now: OffsetDateTime) -> anyhow::Result<Actor> {
    let user = app
        .store
        .credentials(email)
        .await?
        .with_context(|| format!("the demo account {email}"))?
        .user;
    Ok(Actor {
        lang: user.language.unwrap_or(Language::Da),
        user: Some(user),
        now,
    })
}

/// Records the adoptions of the Danish trials' regulations, through the use cases.
pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let secretariat = actor(app, "sekretariat@frirum.example", now).await?;
    let aarhus = actor(app, "ansoger.aarhus@frirum.example", now).await?;
    let aarhus_id = aarhus
        .user
        .as_ref()
        .and_then(|u| u.organisation.as_ref())
        .map(|o| o.id);
    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE))?;
    let filter = TrialFilter {
        country: Some(Country::Dk),
        status: Some(TrialStatus::Planned),
        ..TrialFilter::default()
    };
    let mut trials = app.store.list_trials(&filter, all).await?.items;
    trials.sort_by_key(|t| t.id);
    // The network trial left waiting: one Aarhus takes part in, else the last network.
    let waiting = trials
        .iter()
        .filter(|t| t.participants.len() > 1)
        .find(|t| t.participants.iter().any(|p| Some(p.id) == aarhus_id))
        .or_else(|| trials.iter().rev().find(|t| t.participants.len() > 1))
        .map(|t| {
            let awaited = t
                .participants
                .iter()
                .find(|p| Some(p.id) == aarhus_id)
                .or(t.participants.last())
                .map(|p| p.id);
            (t.id, awaited)
        });
    for (i, trial) in trials.iter().enumerate() {
        for (j, participant) in trial.participants.iter().enumerate() {
            let own = Some(participant.id) == aarhus_id;
            if waiting == Some((trial.id, Some(participant.id))) {
                continue;
            }
            let who = if own { &aarhus } else { &secretariat };
            let view = regulations::view(app, who, trial.id, participant.id)
                .await
                .with_context(|| format!("drafting the demo regulation of trial {}", trial.id))?;
            let version = view.regulation.as_ref().map_or(1, |r| r.version);
            // Councils meet on different days in the weeks before the start.
            let adopted_on = (trial.planned_start - Duration::days(40 - 3 * j as i64))
                .min(frirum_domain::trial::today_in(Country::Dk, now));
            let adoption = Adoption {
                adopted_on,
                body: "Kommunalbestyrelsen".into(),
                reference: format!(
                    "Sag {}/{} (opdigtet til demonstrationen)",
                    adopted_on.year() % 100,
                    1200 + 37 * i + 11 * j
                ),
                in_force_from: trial.planned_start.max(adopted_on),
            };
            regulations::record_adoption(app, who, trial.id, participant.id, version, &adoption)
                .await
                .with_context(|| {
                    format!(
                        "the demo adoption of {}'s regulation for trial {}",
                        participant.name, trial.id
                    )
                })?;
        }
    }
    Ok(())
}
