//! The data of `bench/http.sh`: adds to a demo database (built by `frirum demo`) a
//! published Danish scheme with one round holding submitted applications until the
//! database holds `--applications` in all, approves the first of them into trials until it
//! holds `--trials`, and gives each new trial one indicator of `--periods` periods. Written
//! through the store's own operations (each with its journal entry), so that the data has
//! the shape the application itself writes; run it again with larger numbers to grow it.
//!
//! `cargo run --release -p frirum-cli --example bench_data -- DATABASE_URL 10000 1000 20`

use anyhow::{Context, bail};
use frirum_domain::PageRequest;
use frirum_domain::application::{ApplicationContent, ApplicationStatus, Objective};
use frirum_domain::decision::{NewDecision, NewTrial, Outcome, RegulationKind};
use frirum_domain::indicator::{Frequency, IndicatorDefinition, Measure, NewPeriod};
use frirum_domain::journal::Actor;
use frirum_domain::scheme::{Criterion, RoundDraft, Rules, SchemeDraft, SchemeStatus};
use frirum_domain::{Country, Language, OrganisationKind};
use frirum_store::{ApplicationFilter, NewApplication, NewIndicator, Store, Submission};
use time::{Date, Duration, Month, OffsetDateTime};

/// The Danish municipalities the applications come from (all in the demo's registry).
const LEADS: [&str; 6] = ["751", "101", "461", "851", "561", "621"];
const SCHEME_CODE: &str = "BENCH";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, applications, trials, periods] = args.as_slice() else {
        bail!("usage: bench_data DATABASE_URL APPLICATIONS TRIALS PERIODS");
    };
    let applications: usize = applications.parse().context("APPLICATIONS")?;
    let trials: usize = trials.parse().context("TRIALS")?;
    let periods: usize = periods.parse().context("PERIODS")?;
    let store = frirum_store::connect(url).await?;
    let s: &dyn Store = &*store;
    let now = OffsetDateTime::now_utc();
    let admin = s
        .credentials("sekretariat@frirum.example")
        .await?
        .context("the demo's secretariat account (build the database with `frirum demo`)")?
        .user;
    let actor = Actor::user(admin.id, now);
    let round_id = bench_round(s, actor).await?;
    let mut leads = Vec::new();
    for code in LEADS {
        let organisation = s
            .organisation(Country::Dk, code)
            .await?
            .with_context(|| format!("DK {code} in the registry"))?;
        leads.push(organisation);
    }

    let existing = count_applications(s).await?;
    let mut ours = round_applications(s, round_id).await?;
    for i in existing..applications {
        let lead = &leads[i % leads.len()];
        let content = ApplicationContent {
            title: format!("Forsøg nr. {i} med færre proceskrav"),
            summary: "Kommunen vil prøve at samle sagsbehandlingen i ét forløb.".into(),
            description: "En længere beskrivelse af, hvad kommunen vil prøve og hvorfor. "
                .repeat(12),
            objectives: vec![Objective {
                indicator: "Sagsbehandlingstid".into(),
                unit: "dage".into(),
                baseline: Some(30.0),
                target: Some(20.0),
                target_date: None,
            }],
            ..ApplicationContent::default()
        };
        let created = s
            .create_application(
                &NewApplication {
                    round_id,
                    lead_organisation_id: lead.id,
                    member_ids: Vec::new(),
                    content,
                },
                actor,
            )
            .await?;
        s.submit_application(
            created.id,
            &Submission {
                expected_version: None,
                rules_version: 1,
                eligibility: serde_json::json!({"eligible": true}),
            },
            actor,
        )
        .await?;
        ours.push(created.id);
        if (i + 1) % 1000 == 0 {
            println!("{} applications", i + 1);
        }
    }

    let scheme_id = s
        .round(round_id)
        .await?
        .context("the benchmark round")?
        .scheme_id;
    let existing_trials = count_trials(s).await?;
    let mut made = 0;
    let start = Date::from_calendar_date(2021, Month::January, 1)?;
    for &application_id in &ours {
        if existing_trials + made >= trials {
            break;
        }
        let application = s
            .application(application_id)
            .await?
            .context("an application just made")?;
        if application.status != ApplicationStatus::Submitted {
            continue;
        }
        let end = start + Duration::days(i64::try_from(periods)? * 91);
        let decision = NewDecision {
            outcome: Outcome::Approved,
            reasons: "Forsøget er godt begrundet.".into(),
            granted: Vec::new(),
            conditions: String::new(),
            period_start: Some(start),
            period_end: Some(end),
            // An approval makes a trial, which the store keeps only with its period and
            // the local regulation it runs under.
            regulation_kind: Some(RegulationKind::FreeMunicipalityStatute),
            regulation_text: "Vedtægt for forsøget.".into(),
            signatory_title: "Kontorchef".into(),
            application_version: application.version,
            trial: Some(NewTrial {
                scheme_id,
                case_number: format!("BENCH-{application_id}"),
                title: application.content.title.clone(),
                participants: vec![application.lead.clone()],
                objectives: application.content.objectives.clone(),
                themes: Vec::new(),
            }),
        };
        s.decide(application_id, &decision, actor).await?;
        let trial = s
            .trial_of_application(application_id)
            .await?
            .context("the trial approval made")?;
        let definition = IndicatorDefinition {
            title: "Sagsbehandlingstid".into(),
            description: String::new(),
            measure: Measure::Unit,
            unit: "dage".into(),
            ascending: false,
            baseline_date: Some(start),
            baseline_value: Some(30.0),
            target_value: Some(20.0),
            target_date: Some(end),
            breakdown: None,
            frequency: Frequency::Quarterly,
        };
        let new_periods = (0..periods)
            .map(|p| {
                let from = start + Duration::days(i64::try_from(p).unwrap_or(0) * 91);
                NewPeriod {
                    start: from,
                    end: from + Duration::days(90),
                    target: Some(30.0 - 10.0 * (p as f64 + 1.0) / periods as f64),
                }
            })
            .collect();
        s.add_indicator(
            trial.id,
            &NewIndicator {
                definition,
                periods: new_periods,
            },
            actor,
        )
        .await?;
        made += 1;
        if made % 100 == 0 {
            println!("{made} trials");
        }
    }
    println!(
        "{} applications, {} trials",
        count_applications(s).await?,
        count_trials(s).await?
    );
    Ok(())
}

/// The benchmark's round: made (published, with its scheme) the first time. Its deadline
/// is past, so that its applications are public as a decided round's are.
async fn bench_round(s: &dyn Store, actor: Actor<'_>) -> anyhow::Result<i64> {
    if let Some(scheme) = s
        .list_schemes(&[SchemeStatus::Published], page(1)?)
        .await?
        .items
        .into_iter()
        .find(|scheme| scheme.code == SCHEME_CODE)
    {
        let rounds = s.rounds(scheme.id).await?;
        return Ok(rounds.first().context("the benchmark scheme's round")?.id);
    }
    let scheme = s
        .create_scheme(
            &SchemeDraft {
                code: SCHEME_CODE.into(),
                country: Country::Dk,
                title: "Frikommuneforsøg, målt".into(),
                language: Language::Da,
                invitation: "Kommunerne inviteres til at søge om forsøg.".into(),
                publish_applications: true,
            },
            &Rules {
                allowed_kinds: vec![OrganisationKind::Municipality],
                criteria: vec![Criterion {
                    name: "Ambitiøst".into(),
                    description: String::new(),
                    weight: 1.0,
                }],
                ..Rules::default()
            },
            actor,
        )
        .await?;
    let local = |text: &str| -> anyhow::Result<frirum_domain::clock::LocalTime> {
        let at = time::PrimitiveDateTime::parse(
            text,
            time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]"),
        )?;
        Ok(frirum_domain::clock::LocalTime::new(
            at,
            "Europe/Copenhagen",
        ))
    };
    let round = s
        .add_round(
            scheme.id,
            &RoundDraft {
                number: 1,
                title: "Første runde".into(),
                opens: local("2020-01-01T00:00:00")?,
                deadline: local("2020-06-01T23:59:59")?,
                target_trials: 1000,
            },
            actor,
        )
        .await?;
    s.set_scheme_status(
        scheme.id,
        SchemeStatus::Draft,
        SchemeStatus::Published,
        actor,
    )
    .await?;
    Ok(round.id)
}

fn page(number: u32) -> anyhow::Result<PageRequest> {
    Ok(PageRequest::new(
        Some(number),
        Some(PageRequest::MAX_PER_PAGE),
    )?)
}

/// The ids of the benchmark round's applications, oldest first.
async fn round_applications(s: &dyn Store, round_id: i64) -> anyhow::Result<Vec<i64>> {
    let filter = ApplicationFilter {
        round_id: Some(round_id),
        ..ApplicationFilter::default()
    };
    let mut ids = Vec::new();
    for number in 1.. {
        let found = s.list_applications(&filter, page(number)?).await?;
        let done = found.items.len() < found.per_page as usize;
        ids.extend(found.items.into_iter().map(|a| a.id));
        if done {
            break;
        }
    }
    ids.sort_unstable();
    Ok(ids)
}

async fn count_applications(s: &dyn Store) -> anyhow::Result<usize> {
    let found = s
        .list_applications(
            &ApplicationFilter::default(),
            PageRequest::new(Some(1), Some(1))?,
        )
        .await?;
    Ok(usize::try_from(found.total)?)
}

async fn count_trials(s: &dyn Store) -> anyhow::Result<usize> {
    let found = s
        .list_trials(
            &frirum_domain::trial::TrialFilter::default(),
            PageRequest::new(Some(1), Some(1))?,
        )
        .await?;
    Ok(usize::try_from(found.total)?)
}
