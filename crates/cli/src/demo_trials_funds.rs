//! The demo's stimulus funds (issue 13, item 7): the Danish 2019 scheme gets an invented
//! budget in Danish kroner (its awards and DKK 5 million more, in whole millions), split
//! over the years its trials were awarded in and the current year, for new grants; the
//! secretariat grants to each of its trials, pays a first instalment at the award and a
//! second a year later where that day has passed, and the trial's Aarhus applicant reports
//! what was spent. The Norwegian scheme keeps no budget: it shows "no stimulus funds", as
//! the Norwegian 2023 scheme gave no grants. Every amount is invented, and the payments'
//! references and the spending say so. Everything goes through `app::funds`, as the pages
//! do.

use std::collections::BTreeMap;

use anyhow::Context;
use frirum_app::funds::{
    self, AllocationInput, AmountInput, BudgetInput, PaymentInput, SpendingInput,
};
use frirum_app::{Actor, App};
use frirum_domain::funds::Currency;
use frirum_domain::trial::TrialFilter;
use frirum_domain::{Language, PageRequest};
use time::{Duration, OffsetDateTime};

use crate::demo_time::at_work;

/// Øre in a krone: amounts are kept in øre.
const KR: i64 = 100;
/// What the invented budget of the Danish 2019 scheme keeps beyond its awards: DKK 5
/// million for the browser test and the walk-through to grant from.
const DK_SPARE: i64 = 5_000_000 * KR;
/// Budgets are set in whole millions.
const MILLION: i64 = 1_000_000 * KR;
/// Invented awards, given to the scheme's trials in turn.
const AWARDS: [i64; 6] = [
    3_200_000 * KR,
    2_450_000 * KR,
    1_875_500 * KR,
    4_100_000 * KR,
    2_750_000 * KR,
    1_600_000 * KR,
];
/// The Danish scheme's pages are read in Danish: the note that a figure is invented too.
const INVENTED: &str = "opdigtet til demonstrationen af Frirum";

/// Sets the Danish budget and grants, pays and reports on its trials.
pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let secretariat = actor(app, "sekretariat@frirum.example", now).await?;
    let applicant = actor(app, "ansoger.aarhus@frirum.example", now).await?;
    let Some(scheme) = app.store.scheme_by_code("DK2019").await? else {
        return Ok(());
    };
    let trials = app
        .store
        .list_trials(
            &TrialFilter {
                scheme_id: Some(scheme.id),
                ..TrialFilter::default()
            },
            PageRequest::new(Some(1), Some(200)).map_err(|e| anyhow::anyhow!("{e}"))?,
        )
        .await?
        .items;
    if trials.is_empty() {
        return Ok(());
    }
    // Each award is made on the trial's planned start, and the budget is split over those
    // years as awarded; what is left is this year's, for new grants.
    let mut by_year: BTreeMap<i32, i64> = BTreeMap::new();
    for (i, trial) in trials.iter().enumerate() {
        *by_year.entry(trial.planned_start.year()).or_default() += AWARDS[i % AWARDS.len()];
    }
    let awarded: i64 = by_year.values().sum();
    let total = (awarded + DK_SPARE + MILLION - 1) / MILLION * MILLION;
    *by_year.entry(now.year()).or_default() += total - awarded;
    let years = by_year
        .iter()
        .map(|(year, amount)| (*year, AmountInput::Minor(*amount)))
        .collect();
    // The budget is set some weeks before the first trials start, the awards on their start,
    // each payment on its day and the spending report some weeks after its period: the
    // journal reads as the years went, not as the day the demo was loaded.
    let first_start = trials
        .iter()
        .map(|t| t.planned_start)
        .min()
        .unwrap_or(now.date());
    let on = |day: time::Date, who: &Actor| Actor {
        now: at_work(day).min(now),
        ..who.clone()
    };
    funds::set_budget(
        app,
        &on(first_start - Duration::days(20), &secretariat),
        scheme.id,
        Some(BudgetInput {
            currency: Currency::Dkk,
            total: AmountInput::Minor(total),
            years,
        }),
    )
    .await
    .context("the demo's Danish budget")?;

    let today = now.date();
    for (i, trial) in trials.iter().enumerate() {
        let amount = AWARDS[i % AWARDS.len()];
        let allocation = funds::allocate(
            app,
            &on(trial.planned_start, &secretariat),
            trial.id,
            AllocationInput {
                amount_applied_for: Some(AmountInput::Minor(amount + amount / 4)),
                amount_awarded: AmountInput::Minor(amount),
                award_date: trial.planned_start,
                planned_start: None,
                planned_end: None,
            },
        )
        .await
        .with_context(|| format!("granting to the demo trial {}", trial.id))?;
        // Half at the award, a quarter a year later where that day has come.
        let instalments = [
            (trial.planned_start, amount / 2),
            (trial.planned_start + Duration::days(365), amount / 4),
        ];
        for (n, (paid_on, part)) in instalments.into_iter().enumerate() {
            if paid_on > today {
                continue;
            }
            funds::record_payment(
                app,
                &on(paid_on, &secretariat),
                trial.id,
                PaymentInput {
                    allocation_id: allocation.id,
                    paid_on,
                    amount: AmountInput::Minor(part),
                    reference: format!("DEMO-{}-{} ({INVENTED})", trial.case_number, n + 1),
                },
            )
            .await?;
        }
        // The Aarhus applicant reports the first half-year's spending of the trials Aarhus
        // takes part in.
        let period_end = trial.planned_start + Duration::days(180);
        let may_report = funds::trial_funds(app, &applicant, trial.id)
            .await?
            .may_report;
        if may_report && period_end < today {
            funds::report_spending(
                app,
                &on(period_end + Duration::days(20), &applicant),
                trial.id,
                SpendingInput {
                    period_start: trial.planned_start,
                    period_end,
                    amount: AmountInput::Minor(amount / 5),
                    purpose: format!(
                        "Projektleder og uddannelse af medarbejdere (beløbet er {INVENTED})"
                    ),
                    confirmed: false,
                },
            )
            .await?;
        }
    }
    Ok(())
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
