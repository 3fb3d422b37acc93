//! The demo's local regulations (issue 13, item 1): every participant of the decided Danish
//! 2019 scheme's trials adopted its frikommunevedtægt some weeks before the trial's planned
//! start, in force from that day, so those trials started then (and the upkeep completes
//! the ones whose period is over). One network trial still waits for one participant's
//! adoption — Aarhus's where Aarhus takes part, so that its demo applicant can record it —
//! and stays planned. The Norwegian 2024 scheme's municipal councils (kommunestyret) adopt
//! their forsøksforskrift in June 2024 and the ministry approves it two weeks later, as the
//! Norwegian default requires. Every step is recorded on its own day, at a working hour (the
//! actor's `now` is that moment), so the trial's history reads as it happened. Adoption
//! dates and case references are invented and say so.

use anyhow::Context;
use frirum_app::regulations;
use frirum_app::{Actor, App};
use frirum_domain::regulation::Adoption;
use frirum_domain::trial::{TrialFilter, TrialStatus};
use frirum_domain::{Country, Language, PageRequest};
use time::{Duration, OffsetDateTime};

use crate::demo_time::at_work;

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
        let approved_on = app
            .store
            .trial_versions(trial.id)
            .await?
            .first()
            .map_or(trial.planned_start - Duration::days(60), |v| {
                v.recorded_at.date()
            });
        for (j, participant) in trial.participants.iter().enumerate() {
            let own = Some(participant.id) == aarhus_id;
            if waiting == Some((trial.id, Some(participant.id))) {
                continue;
            }
            // Councils meet on different days in the weeks before the start, and after the
            // trial's approval (a week at least, to put it on their agenda).
            let adopted_on = work_day(
                (trial.planned_start - Duration::days(40 - 3 * j as i64))
                    .max(approved_on + Duration::days(7 + j as i64))
                    .min(frirum_domain::trial::today_in(Country::Dk, now)),
            );
            let at = at_work(adopted_on).min(now);
            let who = Actor {
                now: at,
                ..(if own { &aarhus } else { &secretariat }).clone()
            };
            let who = &who;
            let view = regulations::view(app, who, trial.id, participant.id)
                .await
                .with_context(|| format!("drafting the demo regulation of trial {}", trial.id))?;
            let version = view.regulation.as_ref().map_or(1, |r| r.version);
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
    norwegian(app, &secretariat, now, all).await
}

/// The day itself, or the Friday before when it falls in a weekend.
fn work_day(day: time::Date) -> time::Date {
    match day.weekday() {
        time::Weekday::Saturday => day - Duration::days(1),
        time::Weekday::Sunday => day - Duration::days(2),
        _ => day,
    }
}

/// The Norwegian trials: each council adopts its forsøksforskrift, the ministry approves it.
async fn norwegian(
    app: &App,
    secretariat: &Actor,
    now: OffsetDateTime,
    all: PageRequest,
) -> anyhow::Result<()> {
    let filter = TrialFilter {
        country: Some(Country::No),
        status: Some(TrialStatus::Planned),
        ..TrialFilter::default()
    };
    let mut trials = app.store.list_trials(&filter, all).await?.items;
    trials.sort_by_key(|t| t.id);
    let today = frirum_domain::trial::today_in(Country::No, now);
    for (i, trial) in trials.iter().enumerate() {
        for participant in &trial.participants {
            // Kommunestyret meets in June, some weeks before the school year starts.
            let adopted_on =
                work_day((trial.planned_start - Duration::days(48 - 2 * i as i64)).min(today));
            let approved_on = work_day((adopted_on + Duration::days(16)).min(today));
            let council = Actor {
                now: at_work(adopted_on).min(now),
                lang: Language::Nb,
                ..secretariat.clone()
            };
            let view = regulations::view(app, &council, trial.id, participant.id)
                .await
                .with_context(|| format!("drafting the forsøksforskrift of trial {}", trial.id))?;
            let version = view.regulation.as_ref().map_or(1, |r| r.version);
            let adoption = Adoption {
                adopted_on,
                body: "Kommunestyret".into(),
                reference: format!(
                    "Sak PS {}/{} (oppdiktet for demoen)",
                    40 + 3 * i,
                    adopted_on.year() % 100
                ),
                in_force_from: trial.planned_start.max(adopted_on),
            };
            let adopted = regulations::record_adoption(
                app,
                &council,
                trial.id,
                participant.id,
                version,
                &adoption,
            )
            .await
            .with_context(|| format!("the adoption of {}'s forsøksforskrift", participant.name))?;
            let ministry = Actor {
                now: at_work(approved_on).min(now) + Duration::hours(3),
                lang: Language::Nb,
                ..secretariat.clone()
            };
            let version = adopted.regulation.as_ref().map_or(version, |r| r.version);
            regulations::approve(app, &ministry, trial.id, participant.id, version)
                .await
                .with_context(|| format!("approving {}'s forsøksforskrift", participant.name))?;
        }
    }
    Ok(())
}
