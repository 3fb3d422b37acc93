//! The demo's status reports (issue 13, item 3): Frirum creates the reports the started
//! trials owe by the demo's day, and the participants' demo applicants write and submit
//! those whose due date has passed — milestones met and not met, the exemptions used and
//! how often, a citizen who opted out — and the secretariat accepts them, one after
//! returning it once. One trial leaves its latest overdue report unwritten, so the
//! dashboards and the public "status not verified since" flag show it; a report whose due
//! date is still ahead stays a draft for the walk-through. Everything written is invented
//! and says so.

use anyhow::Context;
use frirum_app::reports;
use frirum_app::{Actor, App};
use frirum_domain::report::{
    EventKind, ExemptionUse, LegalSecurityEvent, Milestone, MilestoneStatus, ReportContent,
};
use frirum_domain::trial::TrialFilter;
use frirum_domain::{Country, Language, PageRequest};
use time::{Duration, OffsetDateTime};

/// The demo accounts that report: each applicant, by the code of their organisation.
const APPLICANTS: [(&str, &str); 3] = [
    ("751", "ansoger.aarhus@frirum.example"),
    ("5501", "soker.tromso@frirum.example"),
    ("2480", "sokande.umea@frirum.example"),
];

/// A reporter's account for a participant without one, opened by the secretariat as the
/// indicators' demo does (`indberetter.<country><code>@frirum.example`, the demo password):
/// its e-mail address.
async fn reporter(
    app: &App,
    secretariat: &Actor,
    organisation: &frirum_domain::organisation::OrganisationRef,
) -> anyhow::Result<String> {
    let email = format!(
        "indberetter.{}{}@frirum.example",
        organisation.country, organisation.code
    );
    let language = match organisation.country {
        Country::Dk => Language::Da,
        Country::No => Language::Nb,
        Country::Se => Language::Sv,
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
        Ok(_) | Err(frirum_app::accounts::ServiceError::EmailTaken) => Ok(email),
        Err(e) => Err(anyhow::anyhow!("creating {email}: {e}")),
    }
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

/// The words of a report in the scheme's language; all invented for the demonstration.
struct Words {
    invented: &'static str,
    progress: [&'static str; 3],
    milestones: [&'static str; 3],
    problems: &'static str,
    opt_out: &'static str,
    handled: &'static str,
    used: &'static str,
    returned: &'static str,
}

fn words(country: Country) -> Words {
    match country {
        Country::Dk => Words {
            invented: "(Opdigtet til Frirums demonstration.)",
            progress: [
                "Medarbejderne er uddannet, og de første borgere er behandlet efter forsøgets regler.",
                "Forsøget kører i alle deltagende enheder; sagsbehandlingstiden er faldet.",
                "Forsøget er i drift, og erfaringerne samles til evalueringen.",
            ],
            milestones: [
                "Medarbejdere uddannet",
                "Første borgere behandlet efter forsøgets regler",
                "Midtvejsevaluering",
            ],
            problems: "IT-systemet skulle tilpasses, hvilket forsinkede starten med en måned.",
            opt_out: "En borger bad om at blive behandlet efter de almindelige regler.",
            handled: "Borgeren blev behandlet efter de almindelige regler.",
            used: "Brugt i de sager, forsøget omfatter.",
            returned: "Tilføj venligst hvor mange borgere forsøget har omfattet i perioden. (Demokommentar.)",
        },
        Country::No => Words {
            invented: "(Oppdiktet for Frirums demonstrasjon.)",
            progress: [
                "De ansatte er lært opp, og de første innbyggerne er behandlet etter forsøkets regler.",
                "Forsøket er i gang i alle deltakende enheter; saksbehandlingstiden har gått ned.",
                "Forsøket er i drift, og erfaringene samles til evalueringen.",
            ],
            milestones: [
                "Ansatte lært opp",
                "Første innbyggere behandlet etter forsøkets regler",
                "Midtveisevaluering",
            ],
            problems: "Fagsystemet måtte tilpasses, noe som forsinket starten med en måned.",
            opt_out: "En innbygger ba om å bli behandlet etter de vanlige reglene.",
            handled: "Innbyggeren ble behandlet etter de vanlige reglene.",
            used: "Brukt i sakene forsøket omfatter.",
            returned: "Legg til hvor mange innbyggere forsøket har omfattet i perioden. (Demokommentar.)",
        },
        Country::Se => Words {
            invented: "(Påhittat för Frirums demonstration.)",
            progress: [
                "Personalen är utbildad och de första invånarna har hanterats enligt försökets regler.",
                "Försöket pågår i alla deltagande enheter; handläggningstiden har minskat.",
                "Försöket är i drift och erfarenheterna samlas till utvärderingen.",
            ],
            milestones: [
                "Personal utbildad",
                "Första invånarna hanterade enligt försökets regler",
                "Halvtidsutvärdering",
            ],
            problems: "Verksamhetssystemet behövde anpassas, vilket försenade starten med en månad.",
            opt_out: "En invånare bad att bli hanterad enligt de vanliga reglerna.",
            handled: "Invånaren hanterades enligt de vanliga reglerna.",
            used: "Använt i de ärenden som försöket omfattar.",
            returned: "Lägg till hur många invånare försöket har omfattat under perioden. (Demokommentar.)",
        },
    }
}

/// Creates the due reports, then writes, submits and accepts the demo's.
pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let secretariat = actor(app, "sekretariat@frirum.example", now).await?;
    start_if_none_started(app, &secretariat).await?;
    let system = Actor::public(Language::En, now);
    reports::create_due_and_remind(app, &system).await?;
    let trials = app
        .store
        .list_trials(
            &TrialFilter::default(),
            PageRequest::new(Some(1), Some(200)).map_err(|e| anyhow::anyhow!("{e}"))?,
        )
        .await?;
    // The trial that leaves its newest past report unwritten: an Aarhus trial (the
    // walk-through's and the browser test's applicant) where there is one.
    let mut overdue_trial = None;
    for code in ["751", "5501", "2480"] {
        for summary in &trials.items {
            if overdue_trial.is_some() {
                break;
            }
            if !summary.participants.iter().any(|p| p.code == code) {
                continue;
            }
            if let Some(scheme) = app.store.scheme(summary.scheme_id).await? {
                let today = frirum_domain::trial::today_in(scheme.country, now);
                let grace = app.store.reporting_schedule(scheme.id).await?.grace_days;
                let past = app.store.trial_reports(summary.id).await?;
                let newest = past
                    .iter()
                    .filter(|r| r.due_date < today)
                    .map(|r| r.due_date)
                    .max();
                if newest.is_some_and(|d| d + Duration::days(i64::from(grace)) < today) {
                    overdue_trial = Some(summary.id);
                }
            }
        }
    }
    let mut returned_once = false;
    let mut accepted = 0;
    for (n, summary) in trials.items.iter().enumerate() {
        // The demo's own applicant where their organisation takes part, else the first
        // applicant of a participant (the reporters the indicators' demo opened).
        let email = match summary.participants.iter().find_map(|p| {
            APPLICANTS
                .iter()
                .find(|(code, _)| *code == p.code)
                .map(|(_, email)| (*email).to_owned())
        }) {
            Some(email) => email,
            None => {
                let ids: Vec<i64> = summary.participants.iter().map(|p| p.id).collect();
                match app.store.applicants_of(&ids).await?.into_iter().next() {
                    Some(user) => user.email,
                    None => match summary.participants.first() {
                        Some(first) => reporter(app, &secretariat, first).await?,
                        None => continue,
                    },
                }
            }
        };
        let applicant = actor(app, &email, now).await?;
        let all = reports::list(app, &secretariat, summary.id).await?;
        let Some(scheme) = app.store.scheme(summary.scheme_id).await? else {
            continue;
        };
        let w = words(scheme.country);
        let today = frirum_domain::trial::today_in(scheme.country, now);
        let exemptions = app
            .store
            .trial_state(summary.id)
            .await?
            .map_or(0, |s| s.exemptions.len());
        let overdue_here = overdue_trial == Some(summary.id);
        let past: Vec<_> = all.iter().filter(|r| r.due_date < today).collect();
        for (i, report) in past.iter().enumerate() {
            if overdue_here && i + 1 == past.len() {
                break;
            }
            let start = summary.actual_start.unwrap_or(summary.planned_start);
            let content = content(&w, i, n, exemptions, start, report.period_start);
            // Written a few days before the due date, decided a week after it: the
            // history reads as the years went, not as the day the demo was loaded.
            let at = |days: i64| {
                report
                    .due_date
                    .saturating_add(Duration::days(days))
                    .with_hms(10, 0, 0)
                    .map_or(now, |t| t.assume_utc())
                    .min(now)
            };
            let applicant = Actor {
                now: at(-3),
                ..applicant.clone()
            };
            let secretariat = Actor {
                now: at(7),
                ..secretariat.clone()
            };
            let submitted = reports::submit(
                app,
                &applicant,
                summary.id,
                report.id,
                report.version,
                content.clone(),
            )
            .await
            .with_context(|| format!("submitting a demo report of trial {}", summary.id))?;
            let submitted = if !returned_once {
                returned_once = true;
                let back = reports::return_for_revision(
                    app,
                    &secretariat,
                    summary.id,
                    report.id,
                    submitted.version,
                    w.returned,
                )
                .await?;
                reports::submit(
                    app,
                    &applicant,
                    summary.id,
                    report.id,
                    back.version,
                    content,
                )
                .await?
            } else {
                submitted
            };
            reports::accept(app, &secretariat, summary.id, report.id, submitted.version).await?;
            accepted += 1;
        }
    }
    println!(
        "Status reports: {accepted} accepted, {} left overdue",
        u8::from(overdue_trial.is_some())
    );
    Ok(())
}

/// Where no demo trial has started (the demo of local regulations, which starts them when
/// their regulations are in force, has not run), the secretariat records each approved
/// trial's start on its planned day, so that the trials owe reports.
async fn start_if_none_started(app: &App, secretariat: &Actor) -> anyhow::Result<()> {
    use frirum_domain::trial::{Transition, TrialStatus};
    let all = PageRequest::new(Some(1), Some(200)).map_err(|e| anyhow::anyhow!("{e}"))?;
    let trials = app.store.list_trials(&TrialFilter::default(), all).await?;
    if trials.items.iter().any(|t| t.actual_start.is_some()) {
        return Ok(());
    }
    for t in trials.items {
        if t.status != TrialStatus::Planned || t.planned_start > secretariat.now.date() {
            continue;
        }
        let Some(state) = app.store.trial_state(t.id).await? else {
            continue;
        };
        frirum_app::trials::transition(
            app,
            secretariat,
            t.id,
            state.version,
            &Transition::Start {
                on: t.planned_start,
            },
        )
        .await
        .with_context(|| format!("starting the demo trial {}", t.id))?;
    }
    Ok(())
}

/// The `i`th report of a trial: milestones advancing from scheduled to met (the midway
/// evaluation not met on time), every exemption used some invented number of times, and
/// in the second report a citizen who opted out.
fn content(
    w: &Words,
    i: usize,
    n: usize,
    exemptions: usize,
    trial_start: time::Date,
    period_start: time::Date,
) -> ReportContent {
    let status = |from: usize| {
        if i < from {
            MilestoneStatus::Scheduled
        } else {
            MilestoneStatus::Met
        }
    };
    let milestones = vec![
        Milestone {
            title: w.milestones[0].to_owned(),
            due_date: trial_start + Duration::days(60),
            status: status(0),
            note: String::new(),
        },
        Milestone {
            title: w.milestones[1].to_owned(),
            due_date: trial_start + Duration::days(150),
            status: if i == 0 {
                MilestoneStatus::PartiallyMet
            } else {
                MilestoneStatus::Met
            },
            note: String::new(),
        },
        Milestone {
            title: w.milestones[2].to_owned(),
            due_date: trial_start + Duration::days(365),
            status: match i {
                0 | 1 => MilestoneStatus::Scheduled,
                2 => MilestoneStatus::NotMet,
                _ => MilestoneStatus::Met,
            },
            note: if i == 2 {
                w.invented.to_owned()
            } else {
                String::new()
            },
        },
    ];
    let exemptions_used = (0..exemptions)
        .map(|x| ExemptionUse {
            exemption: x,
            used: true,
            count: Some(u32::try_from(12 + 7 * i + 5 * x + 3 * (n % 4)).unwrap_or(12)),
            note: format!("{} {}", w.used, w.invented),
        })
        .collect();
    let events = if i == 1 {
        vec![LegalSecurityEvent {
            kind: EventKind::OptOut,
            date: period_start + Duration::days(45),
            count: 1,
            description: format!("{} {}", w.opt_out, w.invented),
            handling: w.handled.to_owned(),
        }]
    } else {
        Vec::new()
    };
    ReportContent {
        progress: format!("{} {}", w.progress[i.min(2)], w.invented),
        problems: if i == 0 {
            format!("{} {}", w.problems, w.invented)
        } else {
            String::new()
        },
        milestones,
        exemptions_used,
        events,
    }
}
