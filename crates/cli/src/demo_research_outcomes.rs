//! The demo's generalisation outcomes: what became of the granted exemptions of the ended
//! Danish trials of "Frikommuneforsøg 2019", recorded by the secretariat in 2024 through the
//! use case. The first ended children's trial ("Én familie – én plan" once it has ended,
//! else "Tidlig hjælp i dagtilbuddet") has one exemption spread fully into barnets lov (lov
//! nr. 721 af 13. juni 2023, in force 1 January 2024, which took over serviceloven's rules
//! on children and young people; the demo catalogue does not hold it, so the citation is
//! kept as written and flagged for the secretariat) and its other exemption not spread; a
//! few other trials get outcomes so that the results page's charts have data, a provision
//! of the demo catalogue cited and resolved; one ended trial is left without outcomes, so
//! that its provisions show as pending.

use frirum_app::generalisation::{self, OutcomeInput};
use frirum_app::{Actor, App};
use frirum_domain::generalisation::OutcomeCategory;
use frirum_domain::trial::{TrialFilter, TrialStatus};
use frirum_domain::{Country, Language, PageRequest};
use time::OffsetDateTime;
use time::macros::date;

use crate::demo_time::at_work;

pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let Some(secretariat) = app.store.credentials("sekretariat@frirum.example").await? else {
        tracing::info!("demo: no secretariat account; no generalisation outcomes");
        return Ok(());
    };
    let actor = |day| Actor {
        user: Some(secretariat.user.clone()),
        lang: Language::Da,
        now: at_work(day).min(now),
    };
    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE))?;
    let filter = TrialFilter {
        country: Some(Country::Dk),
        status: Some(TrialStatus::Ended),
        ..TrialFilter::default()
    };
    let mut trials = frirum_app::trials::list(app, &actor(date!(2024 - 03 - 12)), &filter, all)
        .await?
        .items;
    trials.sort_by(|a, b| a.case_number.cmp(&b.case_number));

    // The children's trial: one exemption spread fully by barnets lov, one not spread.
    let flagship = ["Én familie", "Tidlig hjælp i dagtilbuddet"]
        .iter()
        .find_map(|prefix| trials.iter().find(|t| t.title.starts_with(prefix)))
        .map(|t| t.id);
    if let Some(trial_id) = flagship {
        let known =
            generalisation::trial_outcomes(app, &actor(date!(2024 - 03 - 12)), trial_id).await?;
        let evaluations: Vec<i64> = known
            .evaluations
            .iter()
            .filter(|e| e.published)
            .map(|e| e.id)
            .collect();
        let outcomes = [
            OutcomeInput {
                exemption: 0,
                category: OutcomeCategory::SpreadFully,
                reasons: "Forsøget viste, at kommunen kan sætte tidligt ind uden først at \
                    gennemføre en fuld undersøgelse, uden at barnets retssikkerhed svækkes. \
                    Erfaringerne indgik i barnets lov, som afløste servicelovens regler om \
                    børn og unge for alle kommuner fra 1. januar 2024."
                    .into(),
                evaluation_ids: evaluations.clone(),
                resulting_citation: Some("lov nr. 721 af 13. juni 2023 (barnets lov)".into()),
                in_force: Some(date!(2024 - 01 - 01)),
                seen: Some(0),
            },
            OutcomeInput {
                exemption: 1,
                category: OutcomeCategory::NotSpread,
                reasons: "Fritagelsen blev kun brugt i få sager, og evalueringen fandt ingen \
                    målbar gevinst. Reglen videreføres uændret."
                    .into(),
                evaluation_ids: evaluations,
                resulting_citation: None,
                in_force: None,
                seen: Some(0),
            },
        ];
        let granted: Vec<usize> = known
            .exemptions
            .iter()
            .map(|e| e.exemption.grant.exemption)
            .collect();
        for (input, position) in outcomes.into_iter().zip(granted) {
            let input = OutcomeInput {
                exemption: position,
                ..input
            };
            generalisation::record(app, &actor(date!(2024 - 03 - 12)), trial_id, input).await?;
        }
    } else {
        tracing::info!("demo: no Danish children's trial has ended; no spread-fully outcome");
    }

    // Some other ended trials, so that the charts have data; the last one is left pending.
    let others: Vec<_> = trials.iter().filter(|t| Some(t.id) != flagship).collect();
    let categories = [
        OutcomeCategory::FollowedUpElsewhere,
        OutcomeCategory::SpreadPartly,
        OutcomeCategory::NotSpread,
        OutcomeCategory::StoppedOrNeverStarted,
    ];
    let keep_pending = others.len().saturating_sub(1);
    for (trial, category) in others.iter().take(keep_pending).zip(categories) {
        let outcomes =
            generalisation::trial_outcomes(app, &actor(date!(2024 - 05 - 21)), trial.id).await?;
        let Some(first) = outcomes.exemptions.first() else {
            continue;
        };
        // A spread in part is cited by the provision as the catalogue now holds it.
        let (reasons, citation) = match category {
            OutcomeCategory::SpreadPartly => (
                "Forsøget viste, at reglen kan lempes, men ikke fjernes. Den gældende \
                 bestemmelse, som lempelsen vedrører, er angivet."
                    .to_owned(),
                Some(first.exemption.grant.reference.clone()),
            ),
            OutcomeCategory::FollowedUpElsewhere => (
                "Erfaringerne indgår i den igangværende forenkling af området i stedet for en \
                 særskilt lovændring."
                    .to_owned(),
                None,
            ),
            OutcomeCategory::StoppedOrNeverStarted => (
                "Forsøget blev stoppet, før der var erfaringer nok til at vurdere reglen."
                    .to_owned(),
                None,
            ),
            _ => (
                "Forsøget gav ikke grundlag for at ændre reglen for alle kommuner.".to_owned(),
                None,
            ),
        };
        generalisation::record(
            app,
            &actor(date!(2024 - 05 - 21)),
            trial.id,
            OutcomeInput {
                exemption: first.exemption.grant.exemption,
                category,
                reasons,
                evaluation_ids: Vec::new(),
                resulting_citation: citation,
                in_force: None,
                seen: Some(0),
            },
        )
        .await?;
    }
    Ok(())
}
