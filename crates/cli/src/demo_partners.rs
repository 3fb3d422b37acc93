//! The demo's testbed partners (issue 15, item 5; seed 004): the Swedish testbed trial
//! Umeå takes part in (approved here from Umeå's application in the closed first round when
//! the demo has none) works with partners from the register — Umeå universitet and RISE
//! with their real organisationsnummer (each checked by its check digit when registered),
//! a clearly fictional supplier without a number, and one Norwegian public body with its
//! real organisasjonsnummer — with demands (data access, open standards, exit) and public
//! values (inclusion, transparency, professional ethics). The trial's first two reported
//! periods review them: both put the exit demand at risk (listed on the trial page), the
//! second marks transparency breached, which waits on the secretariat's dashboard. The
//! report still ahead is left for the walk-through. All notes are invented and say so.

use anyhow::Context;
use frirum_app::partners::{self, PartnerInput};
use frirum_app::{Actor, App};
use frirum_domain::application::PartnerKind;
use frirum_domain::partner::{ItemKind, PartnerVerdict};
use frirum_domain::trial::TrialFilter;
use frirum_domain::{Country, PageRequest};
use time::OffsetDateTime;

const UMEA: &str = "2480";
const APPLICANT: &str = "sokande.umea@frirum.example";

/// A partner of the demo: name, kind, country, identifier as typed, website, role.
struct Demo {
    name: &'static str,
    kind: PartnerKind,
    country: Country,
    national_id: &'static str,
    website: &'static str,
    role: &'static str,
    demands: &'static [(&'static str, &'static str)],
    values: &'static [(&'static str, &'static str)],
}

const PARTNERS: [Demo; 4] = [
    Demo {
        name: "Välfärdsteknik Exempel AB (fiktivt exempel)",
        kind: PartnerKind::Company,
        country: Country::Se,
        national_id: "",
        website: "",
        role: "Leverantör av den digitala tjänsten i försöket (påhittat företag för demonstrationen).",
        demands: &[
            (
                "data_access",
                "Kommunen har full tillgång till all data som samlas in i försöket, i öppna och maskinläsbara format.",
            ),
            (
                "open_standards",
                "Tjänsten bygger på öppna standarder och dokumenterade gränssnitt, så att andra system kan kopplas på.",
            ),
            (
                "exit",
                "När försöket slutar lämnas data och konfiguration över till kommunen utan extra kostnad.",
            ),
        ],
        values: &[
            (
                "transparency",
                "Invånarna ska kunna få veta hur tjänsten prioriterar deras ärenden.",
            ),
            (
                "inclusion",
                "Tjänsten ska gå att använda för invånare utan BankID och med skärmläsare.",
            ),
        ],
    },
    Demo {
        name: "Umeå universitet",
        kind: PartnerKind::University,
        country: Country::Se,
        national_id: "202100-2874",
        website: "https://www.umu.se",
        role: "Följeforskning och utvärdering.",
        demands: &[(
            "ownership_of_results",
            "Resultaten publiceras öppet; kommunen får använda dem fritt.",
        )],
        values: &[(
            "professional_ethics",
            "Forskarna följer god forskningssed och etikprövning av studier med invånare.",
        )],
    },
    Demo {
        name: "RISE Research Institutes of Sweden AB",
        kind: PartnerKind::ResearchInstitute,
        country: Country::Se,
        national_id: "556464-6874",
        website: "https://www.ri.se",
        role: "Testbäddsmiljö för att pröva tjänsten innan den når invånarna.",
        demands: &[(
            "open_standards",
            "Testresultat och testfall delas i öppna format med de andra kommunerna i nätverket.",
        )],
        values: &[],
    },
    Demo {
        name: "Digitaliseringsdirektoratet",
        kind: PartnerKind::PublicBody,
        country: Country::No,
        national_id: "991 825 827",
        website: "https://www.digdir.no",
        role: "Erfarenhetsutbyte om nationella digitala komponenter.",
        demands: &[],
        values: &[(
            "transparency",
            "Erfarenheterna delas öppet mellan länderna.",
        )],
    },
];

async fn actor(app: &App, email: &str, now: OffsetDateTime) -> anyhow::Result<Actor> {
    let user = app
        .store
        .credentials(email)
        .await?
        .with_context(|| format!("the demo account {email}"))?
        .user;
    Ok(Actor {
        lang: user.language.unwrap_or(frirum_domain::Language::Sv),
        user: Some(user),
        now,
    })
}

/// Umeå's Swedish testbed trial: the one the demo has, or else the secretariat's approval
/// of Umeå's application "Tillit i vardagen" in the closed first round, started on the first
/// day of the month six months before `now`, with quarterly status reports, so that two
/// periods have been reported and the third is open for the walk-through. The decision and
/// the start are recorded as the secretariat would have, a month apart; figures and dates
/// are the demo's.
async fn umea_trial(app: &App, now: OffsetDateTime) -> anyhow::Result<Option<i64>> {
    use frirum_domain::decision::{
        DecisionDraft, GrantChoice, NewDecision, Outcome, RegulationKind,
    };
    use frirum_domain::report::ReportingSchedule;
    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE))?;
    let trials = app.store.list_trials(&TrialFilter::default(), all).await?;
    for t in &trials.items {
        if t.participants.iter().any(|p| p.code == UMEA)
            && let Some(s) = app.store.scheme(t.scheme_id).await?
            && s.country == Country::Se
        {
            return Ok(Some(t.id));
        }
    }
    let filter = frirum_store::ApplicationFilter {
        status: Some(frirum_domain::application::ApplicationStatus::Submitted),
        ..frirum_store::ApplicationFilter::default()
    };
    let Some(summary) = app
        .store
        .list_applications(&filter, all)
        .await?
        .items
        .into_iter()
        .find(|a| a.lead.code == UMEA && a.lead.country == Country::Se)
    else {
        return Ok(None);
    };
    let original = app
        .store
        .application(summary.id)
        .await?
        .context("Umeå's application")?;
    let secretariat = actor(app, "sekretariat@frirum.example", now).await?;
    let admin = secretariat.user.as_ref().map_or(1, |u| u.id);
    let month = now.date().replace_day(1)?;
    let start = (0..6).try_fold(month, |d, _| {
        d.previous_day()
            .and_then(|last| last.replace_day(1).ok())
            .context("a month back")
    })?;
    // The submitted application stays in the stage the demo's walk-through gave it (every
    // live stage keeps a case); the trial comes from an earlier application of Umeå's with
    // the same content, written and submitted two months before the decision.
    let written = (start - time::Duration::days(90))
        .with_hms(9, 0, 0)?
        .assume_utc();
    let scheme = app
        .store
        .scheme(original.scheme_id)
        .await?
        .context("the Swedish scheme")?;
    let copy = app
        .store
        .create_application(
            &frirum_store::NewApplication {
                round_id: original.round_id,
                lead_organisation_id: original.lead.id,
                member_ids: original.members.iter().map(|m| m.id).collect(),
                content: original.content.clone(),
            },
            frirum_domain::journal::Actor {
                user_id: None,
                reason: None,
                at: written,
            },
        )
        .await?;
    app.store
        .submit_application(
            copy.id,
            &frirum_store::Submission {
                expected_version: Some(copy.version),
                rules_version: scheme.rules_version,
                eligibility: original
                    .eligibility
                    .clone()
                    .unwrap_or(serde_json::Value::Null),
            },
            frirum_domain::journal::Actor {
                user_id: None,
                reason: None,
                at: written + time::Duration::days(1),
            },
        )
        .await?;
    let application = app
        .store
        .application(copy.id)
        .await?
        .context("Umeå's earlier application")?;
    let end = start
        .replace_year(start.year() + 3)?
        .previous_day()
        .context("the day before")?;
    let decided_at = (start - time::Duration::days(30))
        .with_hms(10, 0, 0)?
        .assume_utc();
    let exemptions = application.content.exemptions.len();
    let decision = NewDecision::from_validated(
        DecisionDraft {
            outcome: Outcome::Approved,
            reasons: "Ansökan beskriver tydligt vad kommunen vill lära sig, och partnerskapen \
                      har krav på öppenhet och överlämning. (Demonstrationens beslut.)"
                .into(),
            granted: (0..exemptions)
                .map(|exemption| GrantChoice {
                    exemption,
                    provision_ids: vec![],
                    note: String::new(),
                })
                .collect(),
            conditions: "Kvartalsvisa lägesrapporter som följer upp krav på partner och \
                         offentliga värden."
                .into(),
            period_start: Some(start),
            period_end: Some(end),
            regulation_kind: Some(RegulationKind::LocalRegulations),
            regulation_text: "Kommunfullmäktige antar lokala föreskrifter för försöket.".into(),
            signatory_title: "Handläggare".into(),
            confirmed: true,
        },
        &application,
    );
    let trial = app
        .store
        .decide(
            application.id,
            &decision,
            frirum_domain::journal::Actor::user(admin, decided_at),
        )
        .await?
        .trial_id
        .context("the approved trial")?;
    // Each participant's council adopts its local regulations two weeks after the decision,
    // in force from the start, as the decision says; the trial then starts on that day as
    // the upkeep starts every trial, not by a shortcut past its regulations.
    let adopted_on = (decided_at + time::Duration::days(14)).date();
    let adopting = Actor {
        now: adopted_on.with_hms(14, 0, 0)?.assume_utc(),
        ..secretariat.clone()
    };
    let participants = app
        .store
        .trial_state(trial)
        .await?
        .context("its state")?
        .participants;
    for (i, participant) in participants.iter().enumerate() {
        let body = if participant.code.len() == 2 {
            "Regionfullmäktige"
        } else {
            "Kommunfullmäktige"
        };
        let view = frirum_app::regulations::view(app, &adopting, trial, participant.id).await?;
        let version = view.regulation.as_ref().map_or(1, |r| r.version);
        let adoption = frirum_domain::regulation::Adoption {
            adopted_on,
            body: body.into(),
            reference: format!(
                "Dnr {}/{} (påhittat för demonstrationen)",
                start.year(),
                310 + i
            ),
            in_force_from: start,
        };
        frirum_app::regulations::record_adoption(
            app,
            &adopting,
            trial,
            participant.id,
            version,
            &adoption,
        )
        .await
        .with_context(|| format!("the demo adoption of {}'s regulations", participant.name))?;
    }
    let started = start.with_hms(6, 0, 0)?.assume_utc();
    frirum_app::regulations::start_due(
        app,
        &Actor::public(frirum_domain::Language::Sv, started.min(now)),
    )
    .await?;
    let mut schedule = app.store.reporting_schedule(application.scheme_id).await?;
    schedule = ReportingSchedule {
        every_months: 3,
        ..schedule
    };
    frirum_app::reports::set_schedule(
        app,
        &Actor {
            now: decided_at,
            ..secretariat
        },
        application.scheme_id,
        schedule,
    )
    .await?;
    Ok(Some(trial))
}

/// Registers the partners, adds them to Umeå's Swedish testbed trial with their demands
/// and values, and reviews them in the trial's two latest reported periods.
pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let Some(trial) = umea_trial(app, now).await? else {
        tracing::info!("demo: no Swedish trial or application of Umeå; no testbed partners");
        return Ok(());
    };
    // The partners are registered and placed on the trial the day it starts.
    let started = match app.store.trial_state(trial).await? {
        Some(state) => state
            .actual_start
            .unwrap_or(state.planned_start)
            .with_hms(9, 0, 0)?
            .assume_utc()
            .min(now),
        None => now,
    };
    let applicant = actor(app, APPLICANT, started).await?;
    let mut items = Vec::new();
    for demo in &PARTNERS {
        let partner = partners::register(
            app,
            &applicant,
            PartnerInput {
                name: demo.name.into(),
                kind: demo.kind,
                country: Some(demo.country),
                national_id: demo.national_id.into(),
                website: demo.website.into(),
            },
        )
        .await
        .with_context(|| format!("registering the demo partner {}", demo.name))?;
        let tp = partners::add_to_trial(app, &applicant, trial, partner.id, demo.role).await?;
        for (kind, text) in demo.demands {
            let item = partners::add_item(app, &applicant, trial, tp, ItemKind::Demand, kind, text)
                .await?;
            items.push(item);
        }
        for (kind, text) in demo.values {
            let item =
                partners::add_item(app, &applicant, trial, tp, ItemKind::Value, kind, text).await?;
            items.push(item);
        }
    }
    reported(app, now, trial, &applicant, &items).await?;
    println!(
        "Testbed partners: {} partners, {} demands and values, on trial {trial}",
        PARTNERS.len(),
        items.len(),
    );
    Ok(())
}

/// The trial's reports whose period has begun, created as the upkeep would have; those
/// already due are written by Umeå three days before their due date, each reviewing every
/// demand and value: both put the exit demand at risk, the second also marks the
/// supplier's transparency breached (the secretariat hears of it and sees it on its
/// dashboard). The first is accepted; the one still open is left for the walk-through.
async fn reported(
    app: &App,
    now: OffsetDateTime,
    trial: i64,
    applicant: &Actor,
    items: &[frirum_domain::partner::Item],
) -> anyhow::Result<()> {
    use frirum_domain::partner::VerdictInput;
    use frirum_domain::report::ReportContent;
    let Some(state) = app.store.trial_state(trial).await? else {
        return Ok(());
    };
    let Some(summary) = app.store.trial(trial).await? else {
        return Ok(());
    };
    let Some(start) = state.actual_start else {
        return Ok(());
    };
    let schedule = app.store.reporting_schedule(summary.scheme_id).await?;
    let today = frirum_domain::trial::today_in(Country::Se, now);
    for due in schedule.due_reports(start, state.planned_end, today) {
        let at = due.period_start.with_hms(6, 0, 0)?.assume_utc().min(now);
        let system = frirum_domain::journal::Actor {
            user_id: None,
            reason: None,
            at,
        };
        app.store
            .create_due_reports(trial, &[due], &ReportContent::default(), system)
            .await?;
    }
    let secretariat = actor(app, "sekretariat@frirum.example", now).await?;
    let mut past: Vec<_> = app
        .store
        .trial_reports(trial)
        .await?
        .into_iter()
        .filter(|r| r.due_date <= today && r.status.awaits_applicant())
        .collect();
    past.sort_by_key(|r| r.due_date);
    let progress = [
        "Teamen är bildade och har börjat planera tillsammans med brukarna. Den digitala tjänsten för teamens planering är i drift. (Påhittat för demonstrationen.)",
        "Teamen arbetar nu med ramuppdrag för alla brukare i försöket. Leverantören har inte lämnat den redovisning av tjänstens prioriteringar som avtalet kräver. (Påhittat för demonstrationen.)",
    ];
    for (n, report) in past.iter().enumerate() {
        let written = (report.due_date - time::Duration::days(3))
            .with_hms(10, 0, 0)?
            .assume_utc()
            .min(now);
        let writer = Actor {
            now: written,
            ..applicant.clone()
        };
        let breach = n == 1;
        let verdicts: Vec<VerdictInput> = items
            .iter()
            .map(|i| {
                let (verdict, note) = match (i.kind.as_str(), breach) {
                    ("exit", false) => (
                        PartnerVerdict::AtRisk,
                        "Avtalet saknar en tidsplan för överlämningen. (Påhittat för demonstrationen.)",
                    ),
                    ("exit", true) => (
                        PartnerVerdict::AtRisk,
                        "Tidsplanen för överlämningen saknas fortfarande; frågan tas upp med leverantören. (Påhittat för demonstrationen.)",
                    ),
                    ("transparency", true) if i.text.starts_with("Invånarna") => (
                        PartnerVerdict::Breached,
                        "Leverantören har inte redovisat hur tjänsten prioriterar ärenden, trots avtalet. (Påhittat för demonstrationen.)",
                    ),
                    _ => (PartnerVerdict::Kept, ""),
                };
                VerdictInput {
                    item_id: i.id,
                    verdict: Some(verdict),
                    note: note.to_owned(),
                }
            })
            .collect();
        partners::save_review(app, &writer, trial, report.id, &verdicts, true).await?;
        let content = ReportContent {
            progress: progress[n.min(1)].to_owned(),
            ..ReportContent::default()
        };
        let submitted =
            frirum_app::reports::submit(app, &writer, trial, report.id, report.version, content)
                .await
                .context("submitting a Swedish demo report")?;
        if n == 0 {
            let decider = Actor {
                now: (report.due_date + time::Duration::days(7))
                    .with_hms(10, 0, 0)?
                    .assume_utc()
                    .min(now),
                ..secretariat.clone()
            };
            frirum_app::reports::accept(app, &decider, trial, report.id, submitted.version).await?;
        }
        if n == 1 {
            break;
        }
    }
    Ok(())
}
