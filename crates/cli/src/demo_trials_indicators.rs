//! The demo's indicators (issue 13, item 2): on the demo's running and ended trials, the
//! approved objectives become indicators, and an applicant of a participant reports each
//! period that has ended, through `app::indicators` as the page does. Where no demo
//! applicant takes part, the secretariat opens an account for a reporter of the first
//! participant (`indberetter.<code>@frirum.example`, the demo password), as it would for a
//! municipality's staff; a few trials are enough to show it. The researcher
//! (or, where none follows the trial, the secretariat) approves them, except one value
//! returned for revision and one left waiting for review. Every figure is invented, and
//! its comment says so. Each value is sent some days after its period ended and reviewed
//! some weeks later, on those days (the actors' `now`), never before the period is over.

use anyhow::Context;
use frirum_app::indicators;
use frirum_app::{Actor, App};
use frirum_domain::authz::TrialAction;
use frirum_domain::indicator::{ActualValue, Measure, UpdateInput, Verdict};
use frirum_domain::trial::TrialFilter;
use frirum_domain::{Language, PageRequest};
use time::OffsetDateTime;

/// The Aarhus applicant, whose trial keeps two periods to report.
const AARHUS: &str = "ansoger.aarhus@frirum.example";

/// The demo accounts that report: each applicant, by the code of their organisation.
const APPLICANTS: [(&str, &str); 4] = [
    ("751", AARHUS),
    ("3118", "soker.indre-ostfold@frirum.example"),
    ("5501", "soker.tromso@frirum.example"),
    ("2480", "sokande.umea@frirum.example"),
];

/// The note that a figure is invented, in the language of the trial's pages (Norwegian
/// trials are read in bokmål).
fn invented(country: frirum_domain::Country) -> &'static str {
    match country {
        frirum_domain::Country::No => {
            "Oppdiktet tall laget for demonstrasjonen av Frirum (ikke en virkelig måling)."
        }
        frirum_domain::Country::Dk => {
            "Opdigtet tal lavet til demonstrationen af Frirum (ikke en rigtig måling)."
        }
        frirum_domain::Country::Se => {
            "Påhittad siffra gjord för demonstrationen av Frirum (inte en verklig mätning)."
        }
    }
}

/// How many trials without a demo applicant get a reporter's account and measurements.
const REPORTED_WITHOUT_DEMO_APPLICANT: usize = 4;

/// Reports and reviews the demo's measurements.
pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let secretariat = actor(app, "sekretariat@frirum.example", now).await?;
    let researcher = actor(app, "forsker@frirum.example", now).await.ok();
    let trials = app
        .store
        .list_trials(
            &TrialFilter::default(),
            PageRequest::new(Some(1), Some(200)).map_err(|e| anyhow::anyhow!("{e}"))?,
        )
        .await?;
    let today = now.date();
    let (mut approved, mut returned, mut waiting) = (0, 0, 0);
    let mut reporters = 0;
    for (n, summary) in trials.items.iter().enumerate() {
        let access = frirum_app::trials::access(app, &secretariat, summary.id, TrialAction::Manage)
            .await
            .with_context(|| format!("the demo trial {}", summary.id))?;
        use frirum_domain::trial::TrialStatus;
        if !matches!(
            access.state.status,
            TrialStatus::Running | TrialStatus::Ended
        ) {
            continue;
        }
        let demo_applicant = access.state.participants.iter().find_map(|p| {
            APPLICANTS
                .iter()
                .find(|(code, _)| *code == p.code)
                .map(|(_, email)| *email)
        });
        let applicant = match demo_applicant {
            Some(email) => actor(app, email, now).await?,
            None if reporters < REPORTED_WITHOUT_DEMO_APPLICANT => {
                let Some(first) = access.state.participants.first() else {
                    continue;
                };
                reporters += 1;
                reporter(app, &secretariat, first, now).await?
            }
            None => continue,
        };
        // The first reading by someone who works on the trial makes its indicators.
        let view = indicators::read(app, &applicant, summary.id).await?;
        let reviewer = match &researcher {
            Some(r)
                if access
                    .researcher_ids
                    .contains(&r.user.as_ref().map_or(0, |u| u.id)) =>
            {
                r
            }
            _ => &secretariat,
        };
        // The newest value of each indicator, decided after the older ones.
        let mut newest = Vec::new();
        for (k, ti) in view.indicators.iter().enumerate() {
            let d = &ti.indicator.definition;
            if !d.measure.is_numeric() {
                continue;
            }
            let base = d.baseline_value.or(d.target_value).unwrap_or(100.0);
            let goal = d.target_value.unwrap_or(base);
            let mut ended: Vec<_> = ti
                .periods
                .iter()
                // Only periods that are over, and were reached before a trial stopped early.
                .filter(|p| p.period.end < today && p.update.is_none())
                .filter(|p| {
                    access
                        .state
                        .actual_end
                        .is_none_or(|end| p.period.start <= end)
                })
                .collect();
            // Aarhus has not yet reported its two latest periods: what the walk-through
            // (and the browser test) reports, in the form and by importing the CSV.
            if demo_applicant == Some(AARHUS) {
                ended.truncate(ended.len().saturating_sub(2));
            }
            let count = ti.periods.len().max(1) as f64;
            for (i, p) in ended.iter().enumerate() {
                // Most of the way towards the target, a little behind in the first period
                // and unevenly after: figures look measured, and say they are invented.
                let share = (i as f64 + 1.0) / count;
                let wobble = [0.85, 1.05, 0.95, 1.1, 0.9][(i + k + n) % 5];
                let value = base + (goal - base) * (share * wobble).min(1.0);
                let value = if d.measure == Measure::Percentage {
                    value.clamp(0.0, 100.0)
                } else {
                    value
                };
                let value = (value * 10.0).round() / 10.0;
                // Sent ten days after the period, reviewed two weeks later: on their days.
                let sent = Actor {
                    now: crate::demo_time::at_work(p.period.end + time::Duration::days(10))
                        .min(now),
                    ..applicant.clone()
                };
                let reviewed_at =
                    crate::demo_time::at_work(p.period.end + time::Duration::days(24)).min(now);
                let update = indicators::report(
                    app,
                    &sent,
                    summary.id,
                    p.period.id,
                    None,
                    UpdateInput {
                        value: Some(ActualValue::Number(value)),
                        breakdown: Vec::new(),
                        comment: invented(summary.country).to_owned(),
                        submit: true,
                    },
                )
                .await
                .with_context(|| format!("reporting on the demo trial {}", summary.id))?;
                // Older periods are reviewed; the newest of each indicator is decided below.
                if i + 1 == ended.len() {
                    newest.push((update.id, update.version, reviewed_at));
                } else {
                    indicators::review(
                        app,
                        &Actor {
                            now: reviewed_at,
                            ..reviewer.clone()
                        },
                        summary.id,
                        update.id,
                        update.version,
                        Verdict::Approve,
                        "",
                    )
                    .await?;
                    approved += 1;
                }
            }
        }
        // The newest values: one returned, one left waiting, the rest approved.
        for (update_id, version, reviewed_at) in newest {
            let reviewer = &Actor {
                now: reviewed_at,
                ..reviewer.clone()
            };
            if returned == 0 {
                indicators::review(
                app,
                reviewer,
                summary.id,
                update_id,
                version,
                Verdict::Return,
                "The figure seems to count the whole municipality, not the trial's target group. Please check and send it again. (Demo comment.)",
            )
            .await?;
                returned += 1;
            } else if waiting == 0 {
                waiting += 1;
            } else {
                indicators::review(
                    app,
                    reviewer,
                    summary.id,
                    update_id,
                    version,
                    Verdict::Approve,
                    "",
                )
                .await?;
                approved += 1;
            }
        }
    }
    println!(
        "Indicators: {approved} invented values approved, {returned} returned, {waiting} waiting for review \
         ({reporters} reporters' accounts indberetter.<code>@frirum.example opened)"
    );
    Ok(())
}

/// A reporter's account for a participant, opened by the secretariat (or found again).
async fn reporter(
    app: &App,
    secretariat: &Actor,
    organisation: &frirum_domain::organisation::OrganisationRef,
    now: OffsetDateTime,
) -> anyhow::Result<Actor> {
    let email = format!(
        "indberetter.{}{}@frirum.example",
        organisation.country, organisation.code
    );
    let language = match organisation.country {
        frirum_domain::Country::Dk => Language::Da,
        frirum_domain::Country::No => Language::Nb,
        frirum_domain::Country::Se => Language::Sv,
    };
    let created = frirum_app::accounts::create_for(
        app,
        secretariat,
        frirum_app::accounts::NewAccount {
            email: email.clone(),
            name: format!("Demo reporter, {}", organisation.name),
            role: frirum_domain::authz::ACTS_FOR_ORGANISATION,
            organisation: Some(format!("{}:{}", organisation.country, organisation.code)),
            language: Some(language),
            password: crate::demo_accounts::PASSWORD.to_owned(),
        },
    )
    .await;
    match created {
        Ok(_) | Err(frirum_app::accounts::ServiceError::EmailTaken) => {}
        Err(e) => return Err(anyhow::anyhow!("creating {email}: {e}")),
    }
    actor(app, &email, now).await
}

async fn actor(app: &App, email: &str, now: OffsetDateTime) -> anyhow::Result<Actor> {
    let user = app
        .store
        .credentials(email)
        .await?
        .with_context(|| format!("the demo account {email}"))?
        .user;
    Ok(Actor {
        lang: user.language.unwrap_or(Language::En),
        user: Some(user),
        now,
    })
}
