//! The demo's evaluations: VIVE's results and transferability evaluations of the Danish
//! network trial "Én familie – én plan" (findings linked to its granted exemptions and
//! indicators; the handleplan exemption recommended made general, the other dropped), a
//! joint evaluation of the whole Danish scheme, and NTNU Samfunnsforskning's results
//! evaluation of Indre Østfold's trial without grades, published but embargoed until its
//! plan's date in 2027. Written and published through the use cases on the days the
//! researchers would have, in the evaluators' own languages; an account or assignment the
//! teams' demo has not made is skipped with a note, never a failure.

use frirum_app::evaluations::{self, EvaluationOwner, Place};
use frirum_app::{Actor, App};
use frirum_domain::evaluation::{
    EvaluationContent, EvaluationKind, EvidenceStrength, ExemptionRecommendation, ExemptionRef,
    Finding, Recommendation,
};
use frirum_domain::trial::TrialFilter;
use frirum_domain::{Language, PageRequest};
use time::OffsetDateTime;
use time::macros::date;

use crate::demo_time::at_work;

pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE))?;
    let public = Actor::public(Language::En, now);
    let trials = frirum_app::trials::list(app, &public, &TrialFilter::default(), all)
        .await?
        .items;
    let find = |prefix: &str| trials.iter().find(|t| t.title.starts_with(prefix));

    match (
        account(app, "forsker@frirum.example", Language::Da).await?,
        find("Én familie"),
    ) {
        (Some(vive), Some(trial)) => {
            danish_trial(app, &vive, trial.id, now).await?;
            danish_scheme(app, &vive, trial.scheme_id, now).await?;
        }
        _ => tracing::info!(
            "demo: VIVE's researcher or the Danish network trial is missing; no evaluations"
        ),
    }
    match (
        account(app, "forsker.ntnu@frirum.example", Language::Nb).await?,
        find("Vurdering uten karakter"),
    ) {
        (Some(ntnu), Some(trial)) => norwegian(app, &ntnu, trial.id, now).await?,
        _ => tracing::info!(
            "demo: NTNU's researcher or Indre Østfold's trial is missing; no evaluation"
        ),
    }
    Ok(())
}

/// A demo account as an actor, if the demo has it.
async fn account(app: &App, email: &str, lang: Language) -> anyhow::Result<Option<Actor>> {
    Ok(app.store.credentials(email).await?.map(|c| Actor {
        user: Some(c.user),
        lang,
        now: OffsetDateTime::UNIX_EPOCH,
    }))
}

/// The actor acting on a day of the demo's history (never after the demo's now).
fn on(actor: &Actor, day: time::Date, now: OffsetDateTime) -> Actor {
    Actor {
        now: at_work(day).min(now),
        ..actor.clone()
    }
}

/// Where an evaluation would be written, if the researcher may write there.
async fn writable(
    app: &App,
    actor: &Actor,
    owner: EvaluationOwner,
) -> anyhow::Result<Option<Place>> {
    let place = evaluations::place(app, actor, owner).await?;
    if !place.may_write {
        tracing::info!("demo: the researcher is not assigned to {owner:?}; no evaluation there");
        return Ok(None);
    }
    Ok(Some(place))
}

fn finding(
    text: &str,
    strength: EvidenceStrength,
    exemptions: &[ExemptionRef],
    indicators: &[i64],
) -> Finding {
    Finding {
        text: text.into(),
        strength,
        exemptions: exemptions.to_vec(),
        indicator_ids: indicators.to_vec(),
    }
}

fn recommend(
    e: ExemptionRef,
    recommendation: Recommendation,
    reasons: &str,
) -> ExemptionRecommendation {
    ExemptionRecommendation {
        trial_id: e.trial_id,
        exemption: e.exemption,
        recommendation,
        reasons: reasons.into(),
    }
}

/// Writes a draft, and publishes it on `published` when given.
async fn write(
    app: &App,
    author: &Actor,
    owner: EvaluationOwner,
    content: EvaluationContent,
    written: time::Date,
    published: Option<time::Date>,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    let created = evaluations::create(app, &on(author, written, now), owner, content).await?;
    if let Some(day) = published {
        evaluations::publish(
            app,
            &on(author, day, now),
            None,
            created.id,
            created.version,
            true,
        )
        .await?;
    }
    Ok(())
}

async fn danish_trial(
    app: &App,
    vive: &Actor,
    trial: i64,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    let owner = EvaluationOwner::Trial(trial);
    let Some(place) = writable(app, &on(vive, date!(2023 - 10 - 02), now), owner).await? else {
        return Ok(());
    };
    let exemptions: Vec<ExemptionRef> = place
        .exemption_choices()
        .into_iter()
        .map(|(e, _)| e)
        .collect();
    let indicators: Vec<i64> = place
        .indicator_choices()
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let (Some(plan_exemption), other) = (exemptions.first().copied(), exemptions.get(1).copied())
    else {
        tracing::info!("demo: the Danish network trial has no granted exemptions; no evaluation");
        return Ok(());
    };
    let first_indicator: Vec<i64> = indicators.iter().take(1).copied().collect();
    let plan_id = place.plans.first().map(|p| p.id);

    let mut findings = vec![
        finding(
            "Familierne i forsøget fik én samlet plan i stedet for op til fire parallelle \
             planer. I interviewene beskriver forældrene, at de for første gang havde ét \
             sted at se, hvad der var aftalt, og én kontaktperson at gå til.",
            EvidenceStrength::Strong,
            &[plan_exemption],
            &first_indicator,
        ),
        finding(
            "Antallet af møder med kommunen pr. familie faldt med omkring en tredjedel fra \
             2020 til 2023. Sammenligningskommunerne havde et mindre fald, så en del af \
             udviklingen kan skyldes andre forhold.",
            EvidenceStrength::Moderate,
            &[plan_exemption],
            &indicators,
        ),
    ];
    let mut recommendations = vec![recommend(
        plan_exemption,
        Recommendation::MakeGeneral,
        "Den fælles familieplan dækkede det, handleplanen efter servicelovens § 140 skulle \
         sikre, uden tab af retssikkerhed for barnet. Kravet om en særskilt handleplan bør \
         derfor afløses af én plan for alle kommuner.",
    )];
    if let Some(other) = other {
        findings.push(finding(
            "Fritagelsen fra kravet om at behandle en ansøgning i forhold til alle \
             muligheder blev kun brugt i få sager, og sagsbehandlerne oplevede ikke, at den \
             gjorde en forskel for familierne.",
            EvidenceStrength::Weak,
            &[other],
            &[],
        ));
        recommendations.push(recommend(
            other,
            Recommendation::Drop,
            "Fritagelsen blev næsten ikke brugt og gav ingen målbar gevinst. Reglen sikrer, at \
             borgeren får vurderet alle muligheder, og bør bestå uændret.",
        ));
    }
    let results = EvaluationContent {
        kind: EvaluationKind::Results,
        title: "Én familie – én plan: resultatevaluering".into(),
        summary: "Evalueringen følger de tre netværkskommuners forsøg med én samlet plan for \
            familier med sager på flere områder i perioden 2020–2023. Den bygger på \
            registerdata, interviews med 24 familier og 41 medarbejdere og en survey blandt \
            medarbejderne.\n\nFamilierne fik færre planer og færre møder, og medarbejderne \
            brugte mindre tid på at koordinere. Fritagelsen fra handleplanen bar forsøget; \
            den anden fritagelse blev kun brugt i få sager."
            .into(),
        plan_id,
        embargo_until: None,
        findings,
        recommendations,
    };
    write(
        app,
        vive,
        owner,
        results,
        date!(2023 - 10 - 02),
        Some(date!(2024 - 01 - 22)),
        now,
    )
    .await?;

    let transferability = EvaluationContent {
        kind: EvaluationKind::Transferability,
        title: "Én familie – én plan: kan modellen bruges i andre kommuner?".into(),
        summary: "Evalueringen vurderer, om den fælles familieplan kan bruges i kommuner af \
            en anden størrelse og med en anden organisering end netværkets tre kommuner.\n\n\
            Modellen afhænger mindre af kommunens størrelse end af, at én medarbejder får \
            ansvaret for planen på tværs af forvaltningerne."
            .into(),
        plan_id,
        embargo_until: None,
        findings: vec![
            finding(
                "Modellen virkede i både den største og den mindste af netværkets kommuner. \
                 Det afgørende var, at én koordinerende medarbejder havde mandat til at \
                 samle planen på tværs af børne- og beskæftigelsesområdet.",
                EvidenceStrength::Moderate,
                &[plan_exemption],
                &[],
            ),
            finding(
                "Kommuner uden fælles it-system mellem forvaltningerne brugte mere tid på at \
                 holde planen opdateret; det taler for en fælles digital plan, hvis modellen \
                 udbredes.",
                EvidenceStrength::Weak,
                &[plan_exemption],
                &[],
            ),
        ],
        recommendations: vec![recommend(
            plan_exemption,
            Recommendation::MakeGeneral,
            "Erfaringerne kan overføres til andre kommuner, når én medarbejder får ansvaret \
             for planen på tværs af forvaltningerne.",
        )],
    };
    write(
        app,
        vive,
        owner,
        transferability,
        date!(2023 - 12 - 04),
        Some(date!(2024 - 02 - 26)),
        now,
    )
    .await
}

async fn danish_scheme(
    app: &App,
    vive: &Actor,
    scheme: i64,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    let owner = EvaluationOwner::Scheme(scheme);
    let Some(place) = writable(app, &on(vive, date!(2024 - 01 - 08), now), owner).await? else {
        return Ok(());
    };
    // One finding for each trial's first exemption, and one recommendation for it: the
    // network trial's made general, the others to go on trying or dropped.
    let mut findings = Vec::new();
    let mut recommendations = Vec::new();
    // The network trial first, then a few of the others.
    let mut trials: Vec<_> = place.trials.iter().collect();
    trials.sort_by_key(|t| !t.title.starts_with("Én familie"));
    for trial in trials.into_iter().take(5) {
        let Some(first) = trial.exemptions.first() else {
            continue;
        };
        let e = ExemptionRef {
            trial_id: trial.trial_id,
            exemption: first.grant.exemption,
        };
        let network = trial.title.starts_with("Én familie");
        findings.push(finding(
            &if network {
                "Én samlet plan gav familierne færre møder og ét sted at se, hvad der var \
                 aftalt; det er forsøgsprogrammets tydeligste resultat."
                    .to_owned()
            } else {
                format!(
                    "{}: forsøget lettede den administrative byrde, men effekten for borgerne \
                     kan ikke adskilles fra andre ændringer i perioden.",
                    trial.title
                )
            },
            if network {
                EvidenceStrength::Strong
            } else {
                EvidenceStrength::Inconclusive
            },
            &[e],
            &[],
        ));
        recommendations.push(recommend(
            e,
            if network {
                Recommendation::MakeGeneral
            } else {
                Recommendation::ContinueTrying
            },
            if network {
                "Resultaterne er entydige og kan overføres til andre kommuner."
            } else {
                "Forsøget er for kort til at vise en effekt for borgerne; erfaringerne bør \
                 samles i flere kommuner, før reglen ændres."
            },
        ));
    }
    let joint = EvaluationContent {
        kind: EvaluationKind::Results,
        title: "Frikommuneforsøg 2019: samlet evaluering".into(),
        summary: "Den samlede evaluering ser på tværs af forsøgene i frikommunenetværkene. \
            Forsøgene med én samlet plan for borgeren har de tydeligste resultater; mange \
            af de øvrige forsøg har lettet kommunernes administration, men deres effekt for \
            borgerne kan endnu ikke adskilles fra andre ændringer i perioden."
            .into(),
        plan_id: place.plans.first().map(|p| p.id),
        embargo_until: None,
        findings,
        recommendations,
    };
    write(
        app,
        vive,
        owner,
        joint,
        date!(2024 - 01 - 08),
        Some(date!(2024 - 02 - 29)),
        now,
    )
    .await
}

async fn norwegian(app: &App, ntnu: &Actor, trial: i64, now: OffsetDateTime) -> anyhow::Result<()> {
    let owner = EvaluationOwner::Trial(trial);
    let Some(place) = writable(app, &on(ntnu, date!(2026 - 09 - 14), now), owner).await? else {
        return Ok(());
    };
    let exemption = place.exemption_choices().into_iter().map(|(e, _)| e).next();
    let indicators: Vec<i64> = place
        .indicator_choices()
        .into_iter()
        .map(|(id, _)| id)
        .take(1)
        .collect();
    let exemptions: Vec<ExemptionRef> = exemption.into_iter().collect();
    let results = EvaluationContent {
        kind: EvaluationKind::Results,
        title: "Vurdering uten karakter på 8. trinn – resultater etter to skoleår".into(),
        summary: "Evalueringen sammenligner utviklingen fra 7. til 9. trinn i Indre Østfolds \
            forsøksskoler med skoler i nabokommuner som gir karakterer.\n\nElevene i \
            forsøket rapporterer høyere motivasjon, mens resultatene på nasjonale prøver \
            ikke skiller seg fra sammenligningsskolene."
            .into(),
        // The plan's embargo (30 June 2027) holds for the results.
        plan_id: place.plans.first().map(|p| p.id),
        embargo_until: if place.plans.is_empty() {
            Some(date!(2027 - 06 - 30))
        } else {
            None
        },
        findings: vec![
            finding(
                "Elevene på 8. trinn i forsøksskolene svarer oftere enn elevene i \
                 sammenligningsskolene at de får vite hva de skal gjøre for å bli bedre.",
                EvidenceStrength::Moderate,
                &exemptions,
                &indicators,
            ),
            finding(
                "Resultatene på nasjonale prøver på 9. trinn skiller seg ikke fra \
                 sammenligningsskolene etter to skoleår.",
                EvidenceStrength::Inconclusive,
                &exemptions,
                &indicators,
            ),
        ],
        recommendations: exemptions
            .iter()
            .map(|e| {
                recommend(
                    *e,
                    Recommendation::ContinueTrying,
                    "Motivasjonen bedres uten at faglige resultater svekkes, men to skoleår er \
                     for kort tid til å se virkningen på 10. trinn og overgangen til \
                     videregående.",
                )
            })
            .collect(),
    };
    write(
        app,
        ntnu,
        owner,
        results,
        date!(2026 - 09 - 14),
        Some(date!(2026 - 11 - 02)),
        now,
    )
    .await
}
