//! The demo's policy lab (issue 15, items 2 and 3), run after the barrier register's demo:
//! Norwegian barriers around young people outside work and education — one confirmed
//! against sosialtjenesteloven § 30 (the qualification programme is full-time from the first
//! day) with no trial yet, so it heads the gap list and shows in that provision's dossier —,
//! the open investigation "Unge utenfor arbeid og utdanning" with Tromsø, Indre Østfold and
//! the Labour and Welfare Directorate and a dated activity log, and one investigation
//! concluded with guidance (consent lifts the duty of confidentiality, forvaltningsloven
//! § 13 a nr. 1) that set its barrier to "not a legal obstacle". Everything goes through the
//! use cases as the reporters and the lab would; a barrier the register's demo already
//! holds by the same title is not reported twice.

use frirum_app::{Actor, App};
use frirum_domain::Language;
use frirum_domain::barrier::{
    AffectedGroup, Barrier, BarrierReport, BarrierStatus, BarrierStatusFields, RootCause,
};
use frirum_domain::investigation::{
    ActivityKind, Conclusion, ConclusionKind, NewActivity, NewInvestigation, Participant,
};
use frirum_store::BarrierTriage;
use time::{Duration, OffsetDateTime};

const LAB: &str = "sekretariat@frirum.example";
const TROMSO: &str = "soker.tromso@frirum.example";
const INDRE_OSTFOLD: &str = "soker.indre-ostfold@frirum.example";

async fn actor(app: &App, email: &str, now: OffsetDateTime) -> anyhow::Result<Actor> {
    let credentials = app
        .store
        .credentials(email)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the demo account {email} is missing"))?;
    Ok(Actor {
        user: Some(credentials.user),
        lang: Language::Nb,
        now,
    })
}

/// One barrier of the lab's demo.
struct DemoBarrier {
    reporter: &'static str,
    title: &'static str,
    wants_to_do: &'static str,
    obstacle: &'static str,
    consequences: &'static str,
    groups: &'static [AffectedGroup],
    causes: &'static [RootCause],
    /// A provision the lab confirms, by citation.
    confirmed: Option<&'static str>,
    /// Where the lab leaves it.
    status: BarrierStatus,
}

const QUALIFICATION: DemoBarrier = DemoBarrier {
    reporter: TROMSO,
    title: "Kvalifiseringsprogrammet må være på full tid fra første dag",
    wants_to_do: "Vi vil la unge under 30 som har stått lenge utenfor, starte i \
        kvalifiseringsprogrammet med noen timer i uka og trappe opp etter hvert som de mestrer det.",
    obstacle: "Programmet skal være helårig og på full tid. Unge med angst eller rusproblemer \
        klarer ikke full tid fra start, og da får de ikke programmet i det hele tatt.",
    consequences: "De unge blir gående på økonomisk sosialhjelp uten et program som leder mot \
        arbeid, ofte i flere år.",
    groups: &[
        AffectedGroup::YoungPeopleOutsideWork,
        AffectedGroup::Unemployed,
    ],
    causes: &[RootCause::Law],
    confirmed: Some("sosialtjenesteloven § 30"),
    status: BarrierStatus::Confirmed,
};

const ABSENCE: DemoBarrier = DemoBarrier {
    reporter: INDRE_OSTFOLD,
    title: "NAV-veilederen ser ikke fraværet fra videregående skole",
    wants_to_do: "Vi vil at NAV-veilederen og rådgiveren på skolen følger opp samme ungdom \
        sammen før fraværet blir så stort at eleven slutter.",
    obstacle: "Skolens fagsystem og NAVs systemer snakker ikke sammen, og ingen av dem vet \
        hva de har lov til å dele.",
    consequences: "Eleven har sluttet før noen ringer. Da er det mye vanskeligere å få \
        vedkommende tilbake.",
    groups: &[AffectedGroup::YoungPeopleOutsideWork],
    causes: &[
        RootCause::ItSystemsAndData,
        RootCause::GuidanceOrInterpretation,
    ],
    confirmed: None,
    status: BarrierStatus::UnderAnalysis,
};

const TWO_LISTS: DemoBarrier = DemoBarrier {
    reporter: INDRE_OSTFOLD,
    title: "Oppfølgingstjenesten og NAV fører hver sin liste over unge som har falt ut",
    wants_to_do: "Én felles oversikt over unge mellom 16 og 24 som verken er i arbeid eller \
        utdanning, slik at alle får én kontaktperson.",
    obstacle: "Fylkeskommunens oppfølgingstjeneste og NAV-kontoret har hver sin liste og hver \
        sin rutine, og ingen eier helheten.",
    consequences: "Noen unge blir kontaktet av tre instanser, andre av ingen.",
    groups: &[AffectedGroup::YoungPeopleOutsideWork],
    causes: &[RootCause::Organisation, RootCause::ItSystemsAndData],
    confirmed: None,
    status: BarrierStatus::UnderAnalysis,
};

const CONSENT: DemoBarrier = DemoBarrier {
    reporter: TROMSO,
    title: "Skolen tror den ikke kan si fra til NAV når en elev står i fare for å slutte",
    wants_to_do: "Skolen vil si fra til NAV-kontoret når en elev over 18 år står i fare for \
        å slutte, slik at eleven får hjelp før det er for sent.",
    obstacle: "Skolen mener taushetsplikten stopper all kontakt med NAV om enkeltelever.",
    consequences: "Eleven møter NAV først etter at skoleplassen er tapt.",
    groups: &[AffectedGroup::YoungPeopleOutsideWork],
    causes: &[RootCause::GuidanceOrInterpretation],
    confirmed: None,
    status: BarrierStatus::UnderAnalysis,
};

/// The barrier by its title, reported by its reporter if the register has none, and left
/// by the lab where the demo wants it.
async fn ensure(
    app: &App,
    lab: &Actor,
    demo: &DemoBarrier,
    now: OffsetDateTime,
) -> anyhow::Result<Barrier> {
    let known = app
        .store
        .barrier_facts(None)
        .await?
        .into_iter()
        .find(|b| b.title == demo.title);
    let id = match known {
        Some(b) => b.id,
        None => {
            let reporter = actor(app, demo.reporter, now - Duration::days(60)).await?;
            frirum_app::barriers::report(
                app,
                &reporter,
                BarrierReport {
                    title: demo.title.into(),
                    wants_to_do: demo.wants_to_do.into(),
                    obstacle: demo.obstacle.into(),
                    consequences: demo.consequences.into(),
                    groups: demo.groups.to_vec(),
                    country: Some(frirum_domain::Country::No),
                    scheme_id: None,
                    theme_id: None,
                },
            )
            .await?
            .id
        }
    };
    let mut barrier = frirum_app::barriers::barrier(app, lab, id).await?;
    if barrier.status != BarrierStatus::Reported {
        return Ok(barrier);
    }
    if let Some(citation) = demo.confirmed {
        barrier = frirum_app::barriers::link_citation(app, lab, id, citation, true).await?;
    }
    barrier = frirum_app::barriers::triage(
        app,
        lab,
        id,
        &BarrierTriage {
            root_causes: demo.causes.to_vec(),
            restricted: false,
            confirmed_provisions: barrier.provisions.iter().map(|p| p.provision_id).collect(),
            seen_version: barrier.version,
        },
    )
    .await?;
    let steps: &[BarrierStatus] = match demo.status {
        BarrierStatus::Confirmed => &[BarrierStatus::UnderAnalysis, BarrierStatus::Confirmed],
        _ => &[BarrierStatus::UnderAnalysis],
    };
    for to in steps {
        barrier =
            frirum_app::barriers::change_status(app, lab, id, *to, BarrierStatusFields::default())
                .await?;
    }
    Ok(barrier)
}

pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let lab = actor(app, LAB, now).await?;
    let qualification = ensure(app, &lab, &QUALIFICATION, now).await?;
    ensure(app, &lab, &ABSENCE, now).await?;
    ensure(app, &lab, &TWO_LISTS, now).await?;
    let consent = ensure(app, &lab, &CONSENT, now).await?;
    // Indre Østfold meets the full-time rule too.
    let supporter = actor(app, INDRE_OSTFOLD, now).await?;
    if frirum_app::barriers::support(app, &supporter, qualification.id)
        .await
        .is_err()
    {
        tracing::info!("demo: Indre Østfold already supports the full-time barrier");
    }

    if !app.store.investigations().await?.is_empty() {
        return Ok(());
    }
    // The open investigation: every Norwegian youth barrier but the one answered below.
    let youth: Vec<i64> = app
        .store
        .barrier_facts(None)
        .await?
        .into_iter()
        .filter(|b| {
            b.country == frirum_domain::Country::No
                && b.status != BarrierStatus::Merged
                && b.groups.contains(&AffectedGroup::YoungPeopleOutsideWork)
                && b.id != consent.id
        })
        .map(|b| b.id)
        .collect();
    let mut participants = Vec::new();
    for name in ["Tromsø", "Indre Østfold"] {
        if let Some(o) = frirum_app::registry::find(app, frirum_domain::Country::No, name).await? {
            participants.push(Participant::Organisation(o.id));
        }
    }
    participants.push(Participant::Named(
        "Arbeids- og velferdsdirektoratet (NAV)".into(),
    ));
    let opened_at = now - Duration::days(45);
    let opener = Actor {
        now: opened_at,
        ..lab.clone()
    };
    let youth_investigation = frirum_app::lab::create(
        app,
        &opener,
        NewInvestigation {
            title: "Unge utenfor arbeid og utdanning".into(),
            hypothesis: "Hindringene ligger mindre i loven enn i hvordan skole, NAV og \
                oppfølgingstjenesten er organisert og deler informasjon: bare kravet om full \
                tid i kvalifiseringsprogrammet (sosialtjenesteloven § 30) står i loven selv."
                .into(),
            barrier_ids: youth,
            participants,
        },
        &[],
    )
    .await?;
    let log = [
        (
            40,
            ActivityKind::Meeting,
            "Oppstartsmøte med Tromsø og Indre Østfold: vi gikk gjennom de tre \
             barrierene og avtalte hvem som intervjues.",
        ),
        (
            26,
            ActivityKind::Interview,
            "Intervju med to NAV-veiledere og en rådgiver i videregående skole i Indre \
             Østfold om hvordan de varsler hverandre i dag.",
        ),
        (
            12,
            ActivityKind::Workshop,
            "Verksted med Arbeids- og velferdsdirektoratet om opptrapping i \
             kvalifiseringsprogrammet.",
        ),
        (
            3,
            ActivityKind::DocumentReview,
            "Gjennomgang av rundskrivet til sosialtjenesteloven om kvalifiseringsprogrammet \
             og av skolens rutiner for fraværsoppfølging.",
        ),
    ];
    for (days, kind, note) in log {
        let at = now - Duration::days(days);
        let logger = Actor {
            now: at,
            ..lab.clone()
        };
        frirum_app::lab::log_activity(
            app,
            &logger,
            youth_investigation.id,
            NewActivity {
                on: frirum_domain::trial::today_in(frirum_domain::Country::No, at),
                kind,
                note: note.into(),
            },
        )
        .await?;
    }

    // The concluded investigation: the school may tell NAV with the pupil's consent.
    let consent_opened = Actor {
        now: now - Duration::days(30),
        ..lab.clone()
    };
    let consent_investigation = frirum_app::lab::create(
        app,
        &consent_opened,
        NewInvestigation {
            title: "Kan skolen varsle NAV om elever som står i fare for å slutte?".into(),
            hypothesis: "Taushetsplikten leses som et forbud, men samtykke fra eleven er \
                ikke vurdert."
                .into(),
            barrier_ids: vec![consent.id],
            participants: vec![Participant::Named(
                "Arbeids- og velferdsdirektoratet (NAV)".into(),
            )],
        },
        &[],
    )
    .await?;
    let reviewed = now - Duration::days(20);
    frirum_app::lab::log_activity(
        app,
        &Actor {
            now: reviewed,
            ..lab.clone()
        },
        consent_investigation.id,
        NewActivity {
            on: frirum_domain::trial::today_in(frirum_domain::Country::No, reviewed),
            kind: ActivityKind::DocumentReview,
            note: "Gjennomgang av forvaltningsloven § 13 a om når taushetsplikten ikke er \
                til hinder."
                .into(),
        },
    )
    .await?;
    let concluded = frirum_app::lab::conclude(
        app,
        &Actor {
            now: now - Duration::days(14),
            ..lab.clone()
        },
        consent_investigation.id,
        Conclusion {
            kind: ConclusionKind::Guidance,
            text: "Taushetsplikten er ikke til hinder når eleven samtykker \
                (forvaltningsloven § 13 a nr. 1). Skolen kan be eleven om samtykke til å \
                kontakte NAV-kontoret og gi de opplysningene samtykket omfatter."
                .into(),
            experiment: None,
            ministry: String::new(),
            ministry_response: String::new(),
        },
    )
    .await?;
    tracing::info!(
        moved = concluded.moved.len(),
        skipped = concluded.skipped.len(),
        "demo: the lab concluded an investigation with guidance"
    );
    Ok(())
}
