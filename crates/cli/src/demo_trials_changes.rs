//! The demo's change requests (issue 13, items 4 and 5), on the Danish 2019 scheme's
//! trials, through the use cases as the people in the demo would have made them:
//!
//! - a network trial's exemptions extended by an amending act (their legal basis recorded
//!   to the end of 2027 by the secretariat, screened), and Aarhus joining the network;
//! - Aarhus's extension of that trial to mid-2027, approved by the secretariat, so the
//!   trial runs on and its public history shows the new end beside the old one;
//! - an open request from Aarhus to add an indicator, waiting for the secretariat;
//! - another trial stopped early through an "end early" request, with its reason.
//!
//! The amending act, the dates and the reasons are invented for the demonstration and say
//! so; the trials are the demo's own.

use anyhow::Context;
use frirum_app::changes::{self, ChangeInput, ProposalInput};
use frirum_app::{Actor, App};
use frirum_domain::application::Objective;
use frirum_domain::change::ChangeDecision;
use frirum_domain::trial::{Transition, TrialFilter, TrialStatus, TrialSummary};
use frirum_domain::{Country, Language, PageRequest};
use time::OffsetDateTime;
use time::macros::date;

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

fn input(proposal: ProposalInput, reason: &str) -> ChangeInput {
    ChangeInput {
        proposal,
        reason: reason.to_owned(),
        seen_version: None,
        record_now: false,
        screened_no_conflict: false,
        screening_note: String::new(),
    }
}

fn approve(reason: &str) -> ChangeDecision {
    ChangeDecision {
        approve: true,
        reason: reason.to_owned(),
        screened_no_conflict: false,
        screening_note: String::new(),
    }
}

/// Starts a trial still planned (as its regulation would have), so that it can change.
async fn started(app: &App, secretariat: &Actor, trial: &TrialSummary) -> anyhow::Result<()> {
    let state = app
        .store
        .trial_state(trial.id)
        .await?
        .context("the demo trial's state")?;
    if state.status == TrialStatus::Planned {
        frirum_app::trials::transition(
            app,
            secretariat,
            trial.id,
            state.version,
            &Transition::Start {
                on: state.planned_start,
            },
        )
        .await?;
    }
    Ok(())
}

/// Writes the demo's change requests.
pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let secretariat = actor(app, "sekretariat@frirum.example", now).await?;
    let aarhus = actor(app, "ansoger.aarhus@frirum.example", now).await?;
    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE))?;
    let filter = TrialFilter {
        country: Some(Country::Dk),
        ..TrialFilter::default()
    };
    let trials: Vec<TrialSummary> = frirum_app::trials::list(app, &secretariat, &filter, all)
        .await?
        .items
        .into_iter()
        .filter(|t| t.status != TrialStatus::Ended)
        .collect();
    let pick = |words: &str| {
        trials
            .iter()
            .find(|t| t.title.contains(words))
            .or_else(|| trials.first())
            .cloned()
    };
    let (Some(network), Some(stopped)) = (pick("Én familie"), pick("Fleksible botilbud")) else {
        println!("Change requests: no Danish trial to change");
        return Ok(());
    };
    if network.id == stopped.id {
        println!("Change requests: only one Danish trial to change");
        return Ok(());
    }
    started(app, &secretariat, &network).await?;
    started(app, &secretariat, &stopped).await?;

    // The amending act: every exemption's legal basis to the end of 2027, recorded by the
    // secretariat after screening it.
    let state = app
        .store
        .trial_state(network.id)
        .await?
        .context("the network trial's state")?;
    let mut exemptions = state.exemptions.clone();
    for e in &mut exemptions {
        e.legal_basis_end = Some(date!(2027 - 12 - 31));
    }
    // Each step on its day (invented dates): the amending act in June 2023, Aarhus joining
    // that August, the extension asked and approved that autumn, well before the trial's
    // first end (31 December 2023); the trial stopped early in the summer of 2022.
    let on = |day: time::Date, who: &Actor| Actor {
        now: crate::demo_time::at_work(day).min(now),
        ..who.clone()
    };
    changes::submit(
        app,
        &on(date!(2023 - 06 - 15), &secretariat),
        network.id,
        ChangeInput {
            record_now: true,
            screened_no_conflict: true,
            screening_note: "Fritagelserne er uændrede; kun hjemlens udløb er rykket. \
                             Ingen konflikt med lovgivningen. (Demo.)"
                .into(),
            ..input(
                ProposalInput::ChangeExemptions { exemptions },
                "Forsøgshjemlen er forlænget til 31. december 2027 ved en ændringslov. \
                 (Ændringsloven er opdigtet til Frirums demonstration.)",
            )
        },
    )
    .await
    .context("recording the amending act")?;
    changes::submit(
        app,
        &on(date!(2023 - 08 - 15), &secretariat),
        network.id,
        ChangeInput {
            record_now: true,
            ..input(
                ProposalInput::AddParticipant {
                    organisation_code: "751".into(),
                },
                "Aarhus Kommune tiltræder netværket efter byrådets beslutning. \
                 (Opdigtet til Frirums demonstration.)",
            )
        },
    )
    .await
    .context("Aarhus joining the network")?;

    // Aarhus asks for more time; the secretariat approves it within the amending act.
    let extension = changes::submit(
        app,
        &on(date!(2023 - 09 - 04), &aarhus),
        network.id,
        input(
            ProposalInput::ExtendPeriod {
                planned_end: date!(2027 - 06 - 30),
            },
            "Netværket har brug for halvandet år mere for at kunne måle effekten for de \
             familier, der kom med sidst. (Opdigtet til Frirums demonstration.)",
        ),
    )
    .await
    .context("asking for the extension")?;
    changes::decide(
        app,
        &on(date!(2023 - 10 - 02), &secretariat),
        network.id,
        extension.id,
        approve("Forlængelsen ligger inden for ændringslovens forsøgshjemmel."),
    )
    .await
    .context("approving the extension")?;

    // An open request: a new indicator, a major change waiting for the secretariat.
    let mut objectives = app
        .store
        .trial_state(network.id)
        .await?
        .context("the network trial's state")?
        .objectives;
    objectives.push(Objective {
        indicator: "Familier, der oplever én samlet plan (opdigtet mål)".into(),
        unit: "procent".into(),
        baseline: Some(40.0),
        target: Some(70.0),
        target_date: Some(date!(2027 - 06 - 30)),
    });
    changes::submit(
        app,
        &on(date!(2024 - 03 - 04), &aarhus),
        network.id,
        input(
            ProposalInput::ChangeObjectives { objectives },
            "Vi vil også måle, om familierne selv oplever at have én plan. \
             (Opdigtet til Frirums demonstration.)",
        ),
    )
    .await
    .context("asking for a new indicator")?;

    // Another trial stops early, asked on its behalf and approved.
    let stop = changes::submit(
        app,
        &on(date!(2022 - 06 - 01), &secretariat),
        stopped.id,
        input(
            ProposalInput::EndEarly {
                on: date!(2022 - 06 - 30),
            },
            "Kommunerne stopper forsøget, fordi for få borgere ønskede at deltage, og de \
             nye botilbud ikke kunne bemandes. (Opdigtet til Frirums demonstration.)",
        ),
    )
    .await
    .context("asking to end a trial early")?;
    changes::decide(
        app,
        &on(date!(2022 - 07 - 04), &secretariat),
        stopped.id,
        stop.id,
        approve("Forsøget afsluttes som ønsket; erfaringerne indgår i evalueringen."),
    )
    .await
    .context("approving the early end")?;
    println!(
        "Change requests: trial {} extended by an amending act (Aarhus joined, one request open), trial {} stopped early",
        network.id, stopped.id
    );
    Ok(())
}
