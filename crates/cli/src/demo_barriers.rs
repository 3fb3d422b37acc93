//! The demo's barrier register: obstacles from the policy lab's own themes (seed 002: young
//! people outside work and education, an ageing population), in Norwegian bokmål, reported
//! by the applicants of Tromsø and Indre Østfold and supported by each other, in several
//! statuses: one waiting for the lab, one under analysis, one confirmed with root causes and
//! a confirmed provision of the demo catalogue (forvaltningsloven § 13, linked by citation),
//! one answered as not a legal obstacle (a local guideline read as law), one about IT
//! systems that cannot share data, and one merged duplicate; and one Danish and one Swedish
//! barrier. Written through the use cases, as the reporters and the lab would have.

use anyhow::Context;
use frirum_app::barriers;
use frirum_app::{Actor, App};
use frirum_domain::Language;
use frirum_domain::barrier::{
    AffectedGroup, BarrierReport, BarrierStatus, BarrierStatusFields, RootCause,
};
use frirum_store::BarrierTriage;
use time::{Duration, OffsetDateTime};

fn report(
    title: &str,
    wants_to_do: &str,
    obstacle: &str,
    consequences: &str,
    groups: &[AffectedGroup],
) -> BarrierReport {
    BarrierReport {
        title: title.into(),
        wants_to_do: wants_to_do.into(),
        obstacle: obstacle.into(),
        consequences: consequences.into(),
        groups: groups.to_vec(),
        ..BarrierReport::default()
    }
}

pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let actor = |email: &'static str, lang: Language, days_ago: i64| async move {
        let user = app
            .store
            .credentials(email)
            .await?
            .map(|c| c.user)
            .with_context(|| format!("the demo account {email}"))?;
        Ok::<_, anyhow::Error>(Actor {
            user: Some(user),
            lang,
            now: now - Duration::days(days_ago),
        })
    };
    let tromso = |days| actor("soker.tromso@frirum.example", Language::Nb, days);
    let ostfold = |days| actor("soker.indre-ostfold@frirum.example", Language::Nb, days);
    let lab = |days| actor("sekretariat@frirum.example", Language::Nb, days);
    use AffectedGroup::*;

    // Confirmed: the duty of confidentiality stops the school and NAV from sharing.
    let sharing = barriers::report(
        app,
        &tromso(40).await?,
        report(
            "Skolen og NAV kan ikke dele opplysninger om unge som slutter på videregående",
            "Vi vil at oppfølgingstjenesten, NAV og skolen skal møte ungdom som står i fare for \
             å slutte, sammen og tidlig, før de faller ut av både skole og arbeid.",
            "Hver etat har sin taushetsplikt, og vi får beskjed om at opplysningene ikke kan \
             deles uten skriftlig samtykke. Mange av ungdommene svarer ikke før det er for sent.",
            "Ungdom blir oppdaget et halvt år eller mer etter at de sluttet. Da er veien tilbake \
             lengre, både for dem og for kommunen.",
            &[YoungPeopleOutsideWork],
        ),
    )
    .await?;
    barriers::link_citation(
        app,
        &tromso(39).await?,
        sharing.id,
        "forvaltningsloven § 13",
        false,
    )
    .await?;
    let triaged = barriers::triage(
        app,
        &lab(30).await?,
        sharing.id,
        &BarrierTriage {
            root_causes: vec![RootCause::Law, RootCause::PracticeAndCulture],
            restricted: false,
            confirmed_provisions: sharing_provisions(app, sharing.id).await?,
            seen_version: barriers::barrier(app, &lab(30).await?, sharing.id)
                .await?
                .version,
        },
    )
    .await?;
    barriers::change_status(
        app,
        &lab(29).await?,
        triaged.id,
        BarrierStatus::Confirmed,
        BarrierStatusFields {
            note: "Laboratoriet bekrefter hinderet: taushetsplikten i forvaltningsloven § 13 \
                   står i veien, og praksis i etatene gjør det tyngre enn loven krever."
                .into(),
            ..BarrierStatusFields::default()
        },
    )
    .await?;

    barriers::support(app, &ostfold(27).await?, sharing.id).await?;

    // A duplicate of the first, merged into it.
    let duplicate = barriers::report(
        app,
        &ostfold(35).await?,
        report(
            "NAV får ikke vite når elever slutter på skolen",
            "Vi vil fange opp elever som slutter på videregående, slik at NAV kan tilby arbeid \
             eller tiltak med en gang.",
            "Skolen mener den ikke kan si fra til NAV på grunn av taushetsplikten.",
            "Ungdommene går hjemme i månedsvis før noen tar kontakt.",
            &[YoungPeopleOutsideWork, Unemployed],
        ),
    )
    .await?;
    barriers::merge(app, &lab(28).await?, duplicate.id, sharing.id).await?;

    // IT systems and data: confirmed, no provision in the way.
    let systems = barriers::report(
        app,
        &ostfold(25).await?,
        report(
            "Fagsystemene i hjemmetjenesten og fastlegene snakker ikke sammen",
            "Vi vil at hjemmetjenesten skal se endringer i medisinlisten med en gang fastlegen \
             gjør dem, så eldre som bor hjemme får riktige medisiner.",
            "Fagsystemet i hjemmetjenesten kan ikke hente medisinlisten fra legens journal. \
             Sykepleierne ringer og skriver den inn for hånd.",
            "Feil i medisineringen, dobbeltarbeid og mindre tid til brukerne.",
            &[OlderPeople, MunicipalStaff],
        ),
    )
    .await?;
    let systems = barriers::triage(
        app,
        &lab(20).await?,
        systems.id,
        &BarrierTriage {
            root_causes: vec![RootCause::ItSystemsAndData, RootCause::FundingAndIncentives],
            restricted: false,
            confirmed_provisions: Vec::new(),
            seen_version: barriers::barrier(app, &lab(20).await?, systems.id)
                .await?
                .version,
        },
    )
    .await?;
    barriers::change_status(
        app,
        &lab(19).await?,
        systems.id,
        BarrierStatus::Confirmed,
        BarrierStatusFields {
            note: "Ikke loven, men systemene: hinderet ligger i IT og i hvem som betaler for \
                   integrasjonen."
                .into(),
            ..BarrierStatusFields::default()
        },
    )
    .await?;

    barriers::support(app, &tromso(18).await?, systems.id).await?;

    // Not a legal obstacle: a local guideline read as law.
    let guideline = barriers::report(
        app,
        &tromso(18).await?,
        report(
            "Digitalt tilsyn om natten krever nytt vedtak for hver bruker",
            "Vi vil tilby eldre som bor hjemme digitalt tilsyn om natten i stedet for fysiske \
             besøk som vekker dem.",
            "Vi har fått beskjed om at hver endring av tjenesten krever et nytt skriftlig vedtak, \
             og det tar flere uker.",
            "Eldre blir vekket om natten, og nattpatruljen bruker tiden på kjøring.",
            &[OlderPeople],
        ),
    )
    .await?;
    barriers::change_status(
        app,
        &lab(12).await?,
        guideline.id,
        BarrierStatus::NotLegalObstacle,
        BarrierStatusFields {
            guidance: "Kravet står i kommunens egen retningslinje, ikke i loven. Helse- og \
                       omsorgstjenesteloven § 4-1 krever at tjenesten er forsvarlig; hvordan \
                       tilsynet gis, kan avtales med brukeren innenfor vedtaket som gjelder. \
                       Kommunen kan selv endre retningslinjen."
                .into(),
            note: "Besvart med veiledning: en lokal retningslinje, lest som lov.".into(),
            ..BarrierStatusFields::default()
        },
    )
    .await?;

    // Under analysis: activity duty for young people without local measures.
    let activity = barriers::report(
        app,
        &ostfold(10).await?,
        report(
            "Aktivitetsplikten for unge under 30 passer ikke der det ikke finnes tiltak",
            "Vi vil gi unge sosialhjelpsmottakere en aktivitet som faktisk hjelper dem videre, \
             også i grendene langt fra sentrum.",
            "Sosialtjenesteloven § 20a krever vilkår om aktivitet, men i distriktet finnes det få \
             tiltak å stille vilkår om, og reisen tar timer.",
            "Aktiviteten blir en formalitet, og de unge mister motivasjonen.",
            &[YoungPeopleOutsideWork, Unemployed],
        ),
    )
    .await?;
    barriers::link_citation(
        app,
        &ostfold(10).await?,
        activity.id,
        "sosialtjenesteloven § 20a",
        false,
    )
    .await?;
    barriers::change_status(
        app,
        &lab(7).await?,
        activity.id,
        BarrierStatus::UnderAnalysis,
        BarrierStatusFields {
            note: "Laboratoriet ser på om det er loven eller mangelen på tiltak som hindrer."
                .into(),
            ..BarrierStatusFields::default()
        },
    )
    .await?;

    barriers::support(app, &tromso(6).await?, activity.id).await?;

    // Waiting for the lab.
    barriers::report(
        app,
        &ostfold(2).await?,
        report(
            "Eldre som skrives ut fra sykehus venter på vedtak før hjemmetjenesten kan starte",
            "Vi vil at hjemmetjenesten skal kunne starte samme dag som en eldre pasient kommer \
             hjem fra sykehuset.",
            "Tjenesten kan ikke starte før vedtaket er skrevet, og saksbehandlingen tar dager.",
            "Pasienten blir liggende på sykehuset eller er hjemme uten hjelp de første dagene.",
            &[OlderPeople, Patients],
        ),
    )
    .await?;

    // One Danish and one Swedish barrier.
    let aarhus = actor("ansoger.aarhus@frirum.example", Language::Da, 15).await?;
    let danish = barriers::report(
        app,
        &aarhus,
        report(
            "Borgere på kontanthjælp skal søge job, de ikke kan varetage",
            "Vi vil lade ledige med komplekse problemer bruge tiden på behandling og \
             afklaring i stedet for jobsøgning.",
            "Kravet om et bestemt antal jobansøgninger gælder, uanset hvor langt borgeren er \
             fra arbejdsmarkedet.",
            "Borgerne søger job, de ikke kan få, og mister troen på forløbet.",
            &[Unemployed],
        ),
    )
    .await?;
    barriers::change_status(
        app,
        &Actor {
            lang: Language::Da,
            ..lab(13).await?
        },
        danish.id,
        BarrierStatus::UnderAnalysis,
        BarrierStatusFields::default(),
    )
    .await?;
    let umea = actor("sokande.umea@frirum.example", Language::Sv, 6).await?;
    barriers::report(
        app,
        &umea,
        report(
            "Hemtjänsten får inte använda larmdata för att planera besöken",
            "Vi vill använda data från trygghetslarmen för att planera hemtjänstens besök efter \
             de äldres behov.",
            "Vi är osäkra på om uppgifterna får användas för planering och avvaktar därför.",
            "Besöken planeras efter schemat i stället för efter behoven.",
            &[OlderPeople],
        ),
    )
    .await?;
    Ok(())
}

/// The provisions linked to a barrier, to confirm them all.
async fn sharing_provisions(app: &App, id: i64) -> anyhow::Result<Vec<i64>> {
    Ok(app
        .store
        .barrier(id)
        .await?
        .context("the barrier just reported")?
        .provisions
        .iter()
        .map(|p| p.provision_id)
        .collect())
}
