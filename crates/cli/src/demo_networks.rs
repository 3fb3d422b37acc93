//! The demo's network (issue 15, item 4): a Danish network for coherent efforts across
//! the children's, adult and employment areas in the 2019 free-municipality scheme, around
//! the network trial "Én familie – én plan" (and "Udsatte børns vej" when the demo has it),
//! coordinated by Aarhus's applicant, with the trials' real municipalities as members, a
//! political and an administrative reference group (role titles with clearly fictional
//! names), two guidance articles (one edited, so it has two versions) and an answered
//! question, and a learning log of five entries tagged to the trial, an indicator and a
//! provision, with replies; three published, two private. The trial's learning questions
//! come from its application's learning goals and are answered in its submitted reports.
//!
//! Written through the use cases on the days the people would have written them; the
//! learning questions, set before the trial's first report (which the reports' demo has
//! already sent), and the reports' answers are written to the store directly. A missing
//! scheme, trial or account is skipped with a note, never a failure.

use anyhow::Context;
use frirum_app::networks;
use frirum_app::{Actor, App};
use frirum_domain::network::{GroupKind, GuidanceText, NewEntry, NewNetwork, NewReferenceMember};
use frirum_domain::trial::TrialFilter;
use frirum_domain::{Language, PageRequest};
use time::OffsetDateTime;
use time::macros::date;

use crate::demo_time::at_work;

const AARHUS: &str = "ansoger.aarhus@frirum.example";
const SECRETARIAT: &str = "sekretariat@frirum.example";
/// A demo account for Holbæk's family coordinator, opened by the secretariat.
const HOLBAEK: &str = "netvaerk.dk316@frirum.example";

pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let (Some(secretariat), Some(aarhus)) = (
        account(app, SECRETARIAT, now).await?,
        account(app, AARHUS, now).await?,
    ) else {
        tracing::info!("demo: the secretariat or Aarhus's applicant is missing; no network");
        return Ok(());
    };
    let Some(scheme) = app.store.scheme_by_code("DK2019").await? else {
        tracing::info!("demo: no Danish 2019 scheme; no network");
        return Ok(());
    };
    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE))?;
    let trials = frirum_app::trials::list(
        app,
        &secretariat,
        &TrialFilter {
            scheme_id: Some(scheme.id),
            ..TrialFilter::default()
        },
        all,
    )
    .await?
    .items;
    let Some(family) = trials.iter().find(|t| t.title.starts_with("Én familie")) else {
        tracing::info!("demo: the network trial 'Én familie – én plan' is missing; no network");
        return Ok(());
    };
    let mut trial_ids = vec![family.id];
    trial_ids.extend(
        trials
            .iter()
            .filter(|t| t.title.starts_with("Udsatte børns vej"))
            .map(|t| t.id),
    );
    let mut member_ids = Vec::new();
    for id in &trial_ids {
        if let Some(state) = app.store.trial_state(*id).await? {
            member_ids.extend(state.participants.iter().map(|p| p.id));
        }
    }
    if let Some(o) = aarhus.user.as_ref().and_then(|u| u.organisation.as_ref()) {
        member_ids.push(o.id);
    }
    let theme_id = app
        .store
        .themes(scheme.id)
        .await?
        .into_iter()
        .find(|t| t.title.starts_with("Sammenhængende indsatser"))
        .map(|t| t.id);
    let started = date!(2020 - 02 - 03);
    let network = networks::create(
        app,
        &on(&secretariat, started),
        NewNetwork {
            scheme_id: scheme.id,
            theme_id,
            name: "Frikommunenetværket for sammenhængende indsatser for familier".into(),
            purpose: "Netværket samler de kommuner, der afprøver én samlet plan for familier \
                      med sager på både børne-, voksen- og beskæftigelsesområdet. \
                      Kommunerne deler erfaringer undervejs, så det, der virker, kan bruges \
                      i de andre kommuner, og det, der ikke virker, kan ændres i tide.\n\n\
                      Sekretariatet giver råd og vejledning undervejs, og netværkets \
                      referencegrupper følger arbejdet politisk og administrativt."
                .into(),
            coordinator_id: aarhus.user.as_ref().map(|u| u.id),
            member_ids,
            trial_ids,
        },
    )
    .await
    .context("the demo network")?;

    reference_groups(app, &aarhus, network, started).await?;
    guidance(app, &secretariat, &aarhus, network).await?;
    let holbaek = holbaek_account(app, &secretariat, now).await?;
    learning_log(app, &aarhus, holbaek.as_ref(), network, family.id).await?;
    learning_questions(app, &aarhus, family.id).await?;
    Ok(())
}

/// A demo account as an actor, if the demo has it.
async fn account(app: &App, email: &str, now: OffsetDateTime) -> anyhow::Result<Option<Actor>> {
    Ok(app.store.credentials(email).await?.map(|c| Actor {
        lang: c.user.language.unwrap_or(Language::Da),
        user: Some(c.user),
        now,
    }))
}

/// The actor acting on a day of the demo's history.
fn on(actor: &Actor, day: time::Date) -> Actor {
    Actor {
        now: at_work(day),
        ..actor.clone()
    }
}

/// The political and the administrative reference group: role titles of the member
/// municipalities, with clearly fictional names.
async fn reference_groups(
    app: &App,
    coordinator: &Actor,
    network: i64,
    day: time::Date,
) -> anyhow::Result<()> {
    let members = [
        (
            GroupKind::Political,
            "Anne Eksempel",
            "Rådmand for Sociale Forhold og Beskæftigelse",
            "Aarhus Kommune",
        ),
        (
            GroupKind::Political,
            "Bent Eksempel",
            "Formand for Børne- og Skoleudvalget",
            "Holbæk Kommune",
        ),
        (
            GroupKind::Political,
            "Camilla Eksempel",
            "Formand for Social- og Sundhedsudvalget",
            "Kalundborg Kommune",
        ),
        (
            GroupKind::Administrative,
            "Dorte Eksempel",
            "Direktør for Sociale Forhold og Beskæftigelse",
            "Aarhus Kommune",
        ),
        (
            GroupKind::Administrative,
            "Erik Eksempel",
            "Børne- og ungechef",
            "Holbæk Kommune",
        ),
        (
            GroupKind::Administrative,
            "Frida Eksempel",
            "Jobcenterchef",
            "Odsherred Kommune",
        ),
    ];
    for (group, name, role, organisation) in members {
        networks::add_reference_member(
            app,
            &on(coordinator, day),
            network,
            NewReferenceMember {
                group,
                name: name.into(),
                role_title: role.into(),
                organisation: organisation.into(),
            },
        )
        .await?;
    }
    Ok(())
}

/// Two articles (the first edited once) and a question from the coordinator, answered
/// and published by the secretariat.
async fn guidance(
    app: &App,
    secretariat: &Actor,
    coordinator: &Actor,
    network: i64,
) -> anyhow::Result<()> {
    let consent = networks::write_article(
        app,
        &on(secretariat, date!(2020 - 02 - 10)),
        network,
        GuidanceText {
            title: "Samtykke til den fælles familieplan".into(),
            body: "Familieplanen samler oplysninger fra børne-, voksen- og \
                   beskæftigelsesområdet. Indhent derfor samtykke fra forældremyndighedens \
                   indehavere og fra børn over 15 år, før planen udarbejdes.\n\n\
                   Hvert familiemedlem bevarer sine selvstændige rettigheder: barnet skal \
                   fortsat høres, og hver enkelt afgørelse kan påklages som i dag.\n\n\
                   Gem samtykket i sagen, så det kan dokumenteres ved tilsyn."
                .into(),
            reason: None,
        },
        false,
    )
    .await?;
    networks::edit_guidance(
        app,
        &on(secretariat, date!(2020 - 09 - 14)),
        network,
        consent,
        GuidanceText {
            title: "Samtykke til den fælles familieplan".into(),
            body: "Familieplanen samler oplysninger fra børne-, voksen- og \
                   beskæftigelsesområdet. Indhent derfor samtykke fra forældremyndighedens \
                   indehavere og fra børn over 15 år, før planen udarbejdes.\n\n\
                   Hvert familiemedlem bevarer sine selvstændige rettigheder: barnet skal \
                   fortsat høres, og hver enkelt afgørelse kan påklages som i dag.\n\n\
                   Fortæl familien, at samtykket kan trækkes tilbage når som helst; så \
                   udarbejdes planerne igen efter de enkelte love.\n\n\
                   Gem samtykket i sagen, så det kan dokumenteres ved tilsyn."
                .into(),
            reason: Some(
                "Flere kommuner spurgte, hvad der sker, når en familie trækker samtykket \
                 tilbage."
                    .into(),
            ),
        },
        true,
    )
    .await?;
    networks::write_article(
        app,
        &on(secretariat, date!(2020 - 11 - 02)),
        network,
        GuidanceText {
            title: "Sådan svarer I på læringsspørgsmålene i statusrapporterne".into(),
            body: "Hvert forsøg har læringsspørgsmål, som bygger på læringsmålene i \
                   ansøgningen. Svar kort på hvert spørgsmål i hver statusrapport: hvad I \
                   ved nu, hvad I bygger det på, og hvad I endnu ikke ved.\n\n\
                   Slutrapporten skal besvare alle spørgsmål. Brug gerne læringsloggen \
                   undervejs; offentliggjorte indlæg kan citeres i rapporten."
                .into(),
            reason: None,
        },
        true,
    )
    .await?;
    let question = networks::ask(
        app,
        &on(coordinator, date!(2020 - 03 - 09)),
        network,
        "Kan familieplanen erstatte handleplanen efter servicelovens § 141 for hver voksen i \
         familien, også når forældrene har forskellige sagsbehandlere?",
    )
    .await?;
    networks::answer(
        app,
        &on(secretariat, date!(2020 - 03 - 16)),
        network,
        question,
        GuidanceText {
            title: "Familieplanen og handleplanen for den enkelte voksne".into(),
            body: "Ja. Servicelovens § 141 kræver allerede, at handleplanen så vidt muligt \
                   koordineres med planer efter anden lovgivning, og fritagelsen giver \
                   adgang til, at den indgår i familieplanen, når den enkeltes mål og \
                   indsatser fremgår tydeligt. Det gælder for hver voksen i familien, også \
                   når forældrene har forskellige sagsbehandlere.\n\n\
                   Skriv derfor et afsnit for hver voksen med egne mål, indsatser og \
                   opfølgning, og lad familiekoordinatoren sørge for, at alle \
                   sagsbehandlere kender planen."
                .into(),
            reason: None,
        },
        true,
    )
    .await?;
    Ok(())
}

/// Holbæk's family coordinator: a demo account the secretariat opens.
async fn holbaek_account(
    app: &App,
    secretariat: &Actor,
    now: OffsetDateTime,
) -> anyhow::Result<Option<Actor>> {
    let created = frirum_app::accounts::create_for(
        app,
        secretariat,
        frirum_app::accounts::NewAccount {
            email: HOLBAEK.to_owned(),
            name: "Louise Brandt".into(),
            role: frirum_domain::authz::ACTS_FOR_ORGANISATION,
            organisation: Some("dk:316".into()),
            language: Some(Language::Da),
            password: crate::demo_accounts::PASSWORD.to_owned(),
        },
    )
    .await;
    match created {
        Ok(_) | Err(frirum_app::accounts::ServiceError::EmailTaken) => {}
        Err(e) => {
            tracing::info!("demo: no account for Holbæk's family coordinator: {e}");
            return Ok(None);
        }
    }
    account(app, HOLBAEK, now).await
}

/// Five entries, three published, two private, tagged to the trial, an indicator and a
/// provision, with replies.
async fn learning_log(
    app: &App,
    aarhus: &Actor,
    holbaek: Option<&Actor>,
    network: i64,
    trial: i64,
) -> anyhow::Result<()> {
    let indicator = app
        .store
        .trial_indicators(trial)
        .await?
        .into_iter()
        .map(|ti| ti.indicator.id)
        .next();
    let provision = app.store.trial_state(trial).await?.and_then(|s| {
        s.exemptions.iter().find_map(|x| {
            x.grant
                .provision_ids
                .first()
                .copied()
                .or(x.grant.requested_provision_id)
        })
    });
    let holbaek = holbaek.unwrap_or(aarhus);
    // (author, day, title, tried, learned, differently, tag indicator, tag provision,
    //  published)
    let entries = [
        (
            holbaek,
            date!(2020 - 06 - 15),
            "Første familiemøde med alle sagsbehandlere",
            "Vi samlede familien og de fem sagsbehandlere, der havde sager i familien, til ét \
             møde i stedet for fem.",
            "Familien fortalte sin historie én gang. Det tog længere tid at forberede mødet, \
             end vi havde regnet med, men opfølgningen bagefter gik hurtigere.",
            "Vi ville sende en fælles dagsorden til familien en uge før, så de kan forberede \
             sig.",
            false,
            false,
            true,
        ),
        (
            aarhus,
            date!(2020 - 10 - 05),
            "Familieplanen erstatter forældrenes handleplaner",
            "Vi lod forældrenes handleplaner efter servicelovens § 141 indgå i familieplanen \
             med et afsnit for hver voksen.",
            "Det virker, når hver voksens egne mål står tydeligt for sig. Hvor afsnittet var \
             for kort, spurgte Ankestyrelsen ind til den enkeltes mål.",
            "Vi ville lave en fast skabelon for hvert afsnit fra starten.",
            false,
            true,
            true,
        ),
        (
            holbaek,
            date!(2021 - 03 - 22),
            "Færre kontaktpersoner, men ikke for alle",
            "Vi fulgte antallet af kommunale kontaktpersoner pr. familie hvert kvartal.",
            "Tallet faldt for de fleste familier, men ikke for familier med et barn anbragt \
             uden for hjemmet, hvor anbringelsesstedet også er en kontakt.",
            "Vi ville tælle anbringelsesstedet for sig, så tallet kan sammenlignes.",
            true,
            false,
            true,
        ),
        (
            aarhus,
            date!(2021 - 09 - 13),
            "Jobcentret med fra begyndelsen",
            "Jobcentrets sagsbehandler deltog i det første møde i stedet for at blive \
             inddraget senere.",
            "Forældrenes jobplan tog hensyn til barnets situation fra starten, og færre \
             aftaler blev aflyst.",
            "",
            false,
            false,
            false,
        ),
        (
            holbaek,
            date!(2022 - 01 - 10),
            "Når familien trækker samtykket tilbage",
            "To familier trak samtykket tilbage midt i forløbet.",
            "Overgangen til de separate planer gik glat, fordi vi havde gemt de oplysninger, \
             hver plan skulle bygge på.",
            "Vi ville aftale med familien fra begyndelsen, hvad der sker, hvis de trækker \
             samtykket tilbage.",
            false,
            false,
            false,
        ),
    ];
    let mut written = Vec::new();
    for (author, day, title, tried, learned, differently, tag_indicator, tag_provision, publish) in
        entries
    {
        let id = networks::write_entry(
            app,
            &on(author, day),
            network,
            NewEntry {
                title: title.into(),
                tried: tried.into(),
                learned: learned.into(),
                differently: differently.into(),
                trial_ids: vec![trial],
                indicator_ids: indicator.filter(|_| tag_indicator).into_iter().collect(),
                provision_ids: provision.filter(|_| tag_provision).into_iter().collect(),
            },
        )
        .await?;
        if publish {
            networks::publish(app, &on(author, day + time::Duration::days(2)), network, id).await?;
        }
        written.push((id, author, day));
    }
    // Replies: the coordinator to Holbæk's entries, Holbæk to Aarhus's.
    let replies = [
        (
            0,
            aarhus,
            "Tak! Vi prøver den fælles dagsorden i Aarhus fra næste måned.",
        ),
        (
            1,
            holbaek,
            "Vi bruger nu jeres skabelon til barnets afsnit – den gør planerne meget lettere \
             at læse.",
        ),
        (
            2,
            aarhus,
            "Samme billede hos os. Skal vi foreslå VIVE at tælle anbringelsesstedet for sig?",
        ),
    ];
    for (k, author, body) in replies {
        let (entry, _, day) = written[k];
        networks::reply(
            app,
            &on(author, day + time::Duration::days(7)),
            network,
            entry,
            body,
        )
        .await?;
    }
    Ok(())
}

/// The trial's learning questions, split from its learning goals as the applicant would
/// have set them before the first report, and the answers of its submitted reports.
async fn learning_questions(app: &App, aarhus: &Actor, trial: i64) -> anyhow::Result<()> {
    let questions = vec![
        "Giver en samlet plan for hele familien bedre resultater for børnene?".to_owned(),
        "Giver en samlet plan for hele familien bedre resultater for de voksne?".to_owned(),
        "Hvor mange koordinerende ressourcer kan spares med én familiekoordinator?".to_owned(),
    ];
    let actor = on(aarhus, date!(2020 - 01 - 20));
    app.store
        .set_learning_questions(trial, &questions, actor.journal(None))
        .await?;
    let stored = app.store.learning_questions(trial).await?;
    let answers = [
        "Foreløbigt ja: skolefraværet faldt for de fleste børn i målgruppen, men tallene er \
         endnu små. VIVE følger op i evalueringen.",
        "Forældrenes jobplaner hænger bedre sammen med familiens situation, og færre aftaler \
         bliver aflyst. Om flere kommer i arbejde, ved vi endnu ikke.",
        "Antallet af kommunale kontaktpersoner pr. familie er faldet, og møderne er færre. \
         Tiden til at forberede de fælles møder æder en del af gevinsten.",
    ];
    for report in app.store.trial_reports(trial).await? {
        if report.submitted_at.is_none() {
            continue;
        }
        let given: Vec<(i64, String)> = stored
            .iter()
            .zip(answers)
            .map(|(q, a)| (q.id, a.to_owned()))
            .collect();
        app.store.save_learning_answers(report.id, &given).await?;
    }
    Ok(())
}
