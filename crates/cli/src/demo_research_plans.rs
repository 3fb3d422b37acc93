//! The demo's research plans: VIVE's registered plan for the Danish network trial "Én
//! familie – én plan" (the demo's researcher follows the whole Danish scheme), and NTNU
//! Samfunnsforskning's plan for Indre Østfold's trial without grades on 8th grade,
//! registered, amended once with a reason, its results embargoed until 2027. Written
//! through the use cases on the days the researchers would have written them; an account
//! or assignment the teams' demo has not made is skipped with a note, never a failure.

use frirum_app::research_plans;
use frirum_app::{Actor, App};
use frirum_domain::research_plan::{Design, PlanContent, PlanOwner};
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
    let find = |prefix: &str| {
        trials
            .iter()
            .find(|t| t.title.starts_with(prefix))
            .map(|t| t.id)
    };

    if let (Some(researcher), Some(trial)) = (
        account(app, "forsker@frirum.example", Language::Da).await?,
        find("Én familie"),
    ) {
        danish(app, researcher, trial).await?;
    } else {
        tracing::info!("demo: VIVE's researcher or the Danish network trial is missing; no plan");
    }
    if let (Some(researcher), Some(trial)) = (
        account(app, "forsker.ntnu@frirum.example", Language::Nb).await?,
        find("Vurdering uten karakter"),
    ) {
        norwegian(app, researcher, trial).await?;
    } else {
        tracing::info!("demo: NTNU's researcher or Indre Østfold's trial is missing; no plan");
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

/// The actor acting on a day of the demo's history.
fn on(actor: &Actor, day: time::Date) -> Actor {
    Actor {
        now: at_work(day),
        ..actor.clone()
    }
}

/// The trial's first indicators, for the plan to name.
async fn indicators(
    app: &App,
    actor: &Actor,
    trial: i64,
    how_many: usize,
) -> anyhow::Result<Vec<i64>> {
    let place = research_plans::place(app, actor, PlanOwner::Trial(trial)).await?;
    Ok(place
        .indicators
        .iter()
        .take(how_many)
        .map(|(id, _)| *id)
        .collect())
}

async fn danish(app: &App, vive: Actor, trial: i64) -> anyhow::Result<()> {
    let start = on(&vive, date!(2020 - 02 - 17));
    let content = PlanContent {
        title: "Én familie – én plan: følgeforskning".into(),
        questions: vec![
            "Får familier med sager på flere områder færre kontaktpersoner og én samlet plan?"
                .into(),
            "Hvor meget tid bruger medarbejderne på koordinering før og efter forsøget?".into(),
            "Hvilke regler i serviceloven og beskæftigelsesloven står i vejen for én plan?".into(),
        ],
        design: Design::MixedMethods,
        indicator_ids: indicators(app, &start, trial, 2).await?,
        other_data: "Registerdata fra DREAM om forældrenes forløb; interviews med familier og \
                     medarbejdere i Holbæk, Kalundborg og Odsherred; en survey blandt \
                     medarbejderne."
            .into(),
        analysis: "Udviklingen i forsøgskommunerne før og efter forsøget sammenlignes med \
                   sammenlignelige kommuner uden for forsøget; interviewene analyseres \
                   tematisk for at forklare, hvordan familieplanen virker."
            .into(),
        embargo_until: None,
    };
    let plan = research_plans::create(app, &start, PlanOwner::Trial(trial), content).await?;
    let register = on(&vive, date!(2020 - 03 - 02));
    research_plans::register(app, &register, None, plan.id, plan.version, true).await?;
    Ok(())
}

async fn norwegian(app: &App, ntnu: Actor, trial: i64) -> anyhow::Result<()> {
    let start = on(&ntnu, date!(2024 - 08 - 26));
    let indicator_ids = indicators(app, &start, trial, 1).await?;
    let mut content = PlanContent {
        title: "Vurdering uten karakter på 8. trinn – følgeevaluering".into(),
        questions: vec![
            "Hvordan påvirker vurdering uten karakter elevenes motivasjon og læring på 8. trinn?"
                .into(),
            "Hvordan bruker lærerne underveisvurdering når karakterene faller bort?".into(),
        ],
        design: Design::ComparisonGroup,
        indicator_ids,
        other_data: "Spørreundersøkelse til elever og lærere høsten og våren; nasjonale prøver \
                     på 9. trinn; intervjuer med rektorer."
            .into(),
        analysis: "Resultatene i forsøksskolene sammenlignes med skoler i nabokommuner som gir \
                   karakterer, justert for elevsammensetning."
            .into(),
        embargo_until: Some(date!(2027 - 06 - 30)),
    };
    let plan =
        research_plans::create(app, &start, PlanOwner::Trial(trial), content.clone()).await?;
    let register = on(&ntnu, date!(2024 - 09 - 09));
    let plan = research_plans::register(app, &register, None, plan.id, plan.version, true).await?;
    // Half a year in, the comparison schools could not be matched well enough: the plan
    // turns to difference in differences, and says why.
    content.design = Design::DifferenceInDifferences;
    content.analysis = "Endringen fra 7. til 9. trinn i forsøksskolene sammenlignes med \
                        endringen i skoler i nabokommuner som gir karakterer (forskjell i \
                        forskjeller), justert for elevsammensetning."
        .into();
    let amend = on(&ntnu, date!(2025 - 02 - 10));
    research_plans::amend(
        app,
        &amend,
        None,
        plan.id,
        plan.version,
        content,
        "Sammenligningsskolene skilte seg for mye fra forsøksskolene før forsøket; \
         forskjell i forskjeller tar hensyn til ulikt utgangspunkt.",
    )
    .await?;
    Ok(())
}
