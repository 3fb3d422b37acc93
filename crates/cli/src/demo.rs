//! The demo: a fresh database with the real Nordic registry, one account per role, the
//! demo schemes and their applications, and a law catalogue of Frirum's own fixtures.

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use frirum_app::RuleFinder;
use frirum_app::accounts::{self as service, NewAccount, ServiceError};
use frirum_domain::{Country, registry_csv};
use frirum_store::Store;
use time::OffsetDateTime;

pub use crate::demo_accounts::{ACCOUNTS, DemoAccount, PASSWORD};

/// The registry files shipped with the binary (format: docs/registry-csv.md).
pub const REGISTRY: [(Country, &[u8]); 3] = [
    (Country::Dk, include_bytes!("../data/organisations/dk.csv")),
    (Country::No, include_bytes!("../data/organisations/no.csv")),
    (Country::Se, include_bytes!("../data/organisations/se.csv")),
];

/// Older dated figures for the same organisations, imported after [`REGISTRY`] so that
/// eligibility in the closed 2019 scheme uses the figures in force at its deadlines (a file
/// holds one figure per organisation; the registry keeps every date it was given).
pub const HISTORY: [(Country, &[u8]); 1] = [(
    Country::Dk,
    include_bytes!("../data/organisations/dk-2019.csv"),
)];

/// Frirum's own law fixtures (`data/law/README.md`): the demo's catalogue.
pub static LAW: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/data/law");

/// Imports the shipped law fixtures into the catalogue.
async fn load_law(store: &dyn Store, now: OffsetDateTime) -> anyhow::Result<()> {
    let (mut documents, mut provisions) = (0, 0);
    for file in LAW.files() {
        let name = file.path().display().to_string();
        if !frirum_law::formats::source::is_document_name(&name) {
            continue;
        }
        let document = frirum_law::formats::parse_auto(&name, file.contents())
            .with_context(|| format!("the shipped law fixture {name}"))?;
        provisions += store.import_act(&document, now).await?.provisions;
        documents += 1;
    }
    println!("Law catalogue: {documents} acts, {provisions} provisions");
    Ok(())
}

/// Links the demo's submitted applications to the provisions their exemptions cite, as
/// submission does for new ones.
async fn link_exemptions(store: &dyn Store, finder: &RuleFinder) -> anyhow::Result<()> {
    let mut page = 1;
    loop {
        let list = store
            .list_applications(
                &frirum_store::ApplicationFilter {
                    status: Some(frirum_domain::application::ApplicationStatus::Submitted),
                    ..Default::default()
                },
                frirum_domain::PageRequest::new(Some(page), Some(200))
                    .map_err(|e| anyhow::anyhow!("{e}"))?,
            )
            .await?;
        for summary in &list.items {
            let Some(application) = store.application(summary.id).await? else {
                continue;
            };
            let Some(scheme) = store.scheme(summary.scheme_id).await? else {
                continue;
            };
            let ids = finder
                .application_provisions(store, scheme.country.into(), &application.content)
                .await?;
            store
                .set_application_provisions(application.id, &ids)
                .await?;
        }
        if u64::from(page) * 200 >= list.total {
            return Ok(());
        }
        page += 1;
    }
}

/// Builds the demo database. A SQLite file is deleted and created anew; a PostgreSQL
/// database is brought up to date (the import is idempotent and existing accounts are kept).
pub async fn build(
    url: &str,
    index_dir: &Path,
    files: Arc<dyn frirum_app::Files>,
) -> anyhow::Result<Arc<dyn Store>> {
    // The index belongs to the database it was built from; a fresh demo starts without it.
    match std::fs::remove_dir_all(index_dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            return Err(e)
                .with_context(|| format!("removing the old index {}", index_dir.display()));
        }
    }
    let is_postgres = url.starts_with("postgres://") || url.starts_with("postgresql://");
    if !is_postgres {
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .unwrap_or(url);
        let path = path.split('?').next().unwrap_or(path);
        for suffix in ["", "-wal", "-shm"] {
            let file = format!("{path}{suffix}");
            match std::fs::remove_file(&file) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e).with_context(|| format!("removing the old {file}")),
            }
        }
    }
    let store = frirum_store::connect(url)
        .await
        .with_context(|| format!("opening the demo database {}", crate::database::redact(url)))?;
    let now = OffsetDateTime::now_utc();
    for (country, bytes) in REGISTRY {
        let records = registry_csv::parse(country, bytes)
            .with_context(|| format!("the shipped {country} registry"))?;
        let summary = store.import_organisations(country, &records, now).await?;
        println!(
            "Registry {}: {} organisations ({} new)",
            country.as_str().to_uppercase(),
            records.len(),
            summary.added
        );
    }
    for (country, bytes) in HISTORY {
        let records = registry_csv::parse(country, bytes)
            .with_context(|| format!("the shipped {country} population history"))?;
        let summary = store.import_organisations(country, &records, now).await?;
        println!(
            "Registry {}: {} earlier population figures",
            country.as_str().to_uppercase(),
            summary.figures_added
        );
    }
    for account in ACCOUNTS {
        let created = service::create_account(
            &*store,
            NewAccount {
                email: account.email.to_owned(),
                name: account.name.to_owned(),
                role: account.role,
                organisation: account.organisation.map(str::to_owned),
                language: None,
                password: PASSWORD.to_owned(),
            },
            now,
        )
        .await;
        match created {
            Ok(_) | Err(ServiceError::EmailTaken) => {}
            Err(e) => return Err(e).with_context(|| format!("creating {}", account.email)),
        }
    }
    let admin = store
        .credentials(ACCOUNTS[0].email)
        .await?
        .context("the demo secretariat account")?;
    for email in crate::demo_accounts::PEOPLE_ADMINS {
        let user = store
            .credentials(email)
            .await?
            .with_context(|| format!("the demo account {email}"))?
            .user;
        store
            .set_people_admin(
                user.id,
                true,
                frirum_domain::journal::Actor::user(admin.user.id, now),
            )
            .await?;
    }
    load_law(&*store, now).await?;
    // The two assessors of the accounts above score the live schemes' cases.
    let mut assessors = Vec::new();
    for email in ["bedommer@frirum.example", "bedommer2@frirum.example"] {
        if let Some(found) = store.credentials(email).await? {
            assessors.push(found.user.id);
        }
    }
    crate::demo_schemes::load_all(store.clone(), admin.user.id, &assessors).await?;
    let finder = RuleFinder::open(None)?;
    link_exemptions(&*store, &finder).await?;
    // The trials' life since their approval, through the use cases.
    let app =
        frirum_app::App::new(store.clone(), frirum_app::AppConfig::default()).with_files(files);
    crate::demo_trials::load(&app, now).await?;
    crate::demo_barriers::load(&app, now).await?;
    crate::demo_lab::load(&app, now).await?;
    store.refresh_statistics().await?;
    Ok(store)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped lists are complete: every municipality and upper-tier body of each country.
    #[test]
    fn shipped_registry_is_complete_and_valid() {
        let expected = [
            (Country::Dk, 98, 5),
            (Country::No, 357, 15),
            (Country::Se, 290, 21),
        ];
        for ((country, bytes), (c, municipalities, upper)) in REGISTRY.iter().zip(expected) {
            assert_eq!(*country, c);
            let records = registry_csv::parse(*country, bytes).expect("shipped file parses");
            registry_csv::check_parents(*country, &records, &Default::default())
                .expect("every parent is in the file");
            let count = |kind| records.iter().filter(|r| r.kind == kind).count();
            assert_eq!(
                count(frirum_domain::OrganisationKind::Municipality),
                municipalities,
                "{country} municipalities"
            );
            assert_eq!(
                count(frirum_domain::OrganisationKind::upper_tier(*country)),
                upper,
                "{country} counties/regions"
            );
            assert!(
                records.iter().all(|r| r.population.is_some()),
                "{country}: every organisation has a population figure"
            );
        }
    }

    /// Every shipped file, current figures and history alike.
    fn shipped_files() -> impl Iterator<Item = (Country, &'static str, &'static [u8])> {
        REGISTRY
            .iter()
            .map(|(c, b)| (*c, "registry", *b))
            .chain(HISTORY.iter().map(|(c, b)| (*c, "history", *b)))
    }

    /// The demo's figures are the statistics offices' own: no row is marked uncertain, and
    /// each states its table and date.
    #[test]
    fn no_shipped_population_figure_is_uncertain() {
        for (country, file, bytes) in shipped_files() {
            let records = registry_csv::parse(country, bytes).expect("shipped file parses");
            for record in &records {
                let figure = record.population.as_ref().expect("a figure");
                assert!(
                    !figure.uncertain,
                    "{country} {file} {} {}: marked uncertain",
                    record.code, record.name
                );
                let table = match country {
                    Country::Dk => "FOLK1A",
                    Country::No => "07459",
                    Country::Se => "SCB",
                };
                let year = figure.reference_date.year().to_string();
                assert!(
                    figure.source.contains(table) && figure.source.contains(&year),
                    "{country} {file} {}: source {:?} names no table and year",
                    record.code,
                    figure.source
                );
            }
        }
    }

    /// Each county or region holds the people of its municipalities, at the same date. DST
    /// counts Christiansø (about 90 people, in no municipality) in Region Hovedstaden only,
    /// so a region may exceed its municipalities by a hundredth of a per cent.
    #[test]
    fn shipped_regions_add_up_to_their_municipalities() {
        for (country, file, bytes) in shipped_files() {
            let records = registry_csv::parse(country, bytes).expect("shipped file parses");
            for upper in records.iter().filter(|r| r.parent_code.is_none()) {
                let figure = upper.population.as_ref().expect("a figure");
                let members: Vec<_> = records
                    .iter()
                    .filter(|r| r.parent_code.as_deref() == Some(upper.code.as_str()))
                    .filter_map(|r| r.population.as_ref())
                    .collect();
                assert!(
                    members
                        .iter()
                        .all(|m| m.reference_date == figure.reference_date),
                    "{country} {file} {}: dates differ",
                    upper.name
                );
                let sum: u64 = members.iter().map(|m| m.population).sum();
                let outside = figure.population.checked_sub(sum);
                assert!(
                    outside.is_some_and(|o| o * 10_000 <= figure.population),
                    "{country} {file} {}: {} against {sum} in its municipalities",
                    upper.name,
                    figure.population
                );
            }
        }
    }

    /// A history file dates other figures for exactly the organisations of the registry file,
    /// with the same names, kinds and parents, so importing it changes nothing else.
    #[test]
    fn shipped_history_matches_the_registry() {
        for (country, bytes) in HISTORY {
            let history = registry_csv::parse(country, bytes).expect("history parses");
            let (_, current) = REGISTRY.iter().find(|(c, _)| *c == country).unwrap();
            let current = registry_csv::parse(country, current).unwrap();
            assert_eq!(history.len(), current.len(), "{country}");
            for (old, new) in history.iter().zip(&current) {
                assert_eq!(
                    (&old.code, &old.name, old.kind, &old.parent_code),
                    (&new.code, &new.name, new.kind, &new.parent_code)
                );
                let (old, new) = (old.population.as_ref(), new.population.as_ref());
                assert!(
                    old.unwrap().reference_date < new.unwrap().reference_date,
                    "{country}: the history is older than the current figures"
                );
            }
        }
    }

    /// The demo is realistic: the closed 2019 scheme's cases are all decided or withdrawn
    /// (but the one left for the walk-through), and the live schemes have a case waiting in every queue of the secretariat.
    #[tokio::test]
    async fn the_closed_scheme_is_settled_and_every_live_queue_has_a_case() {
        use frirum_domain::case::CaseStatus;
        let dir = tempfile::tempdir().expect("a scratch directory");
        let db = dir.path().join("demo.db");
        let store = build(
            &format!("sqlite://{}", db.display()),
            &dir.path().join("index"),
            std::sync::Arc::new(frirum_app::files::MemoryFiles::default()),
        )
        .await
        .expect("the demo builds");
        let dk = store
            .scheme_by_code("DK2019")
            .await
            .expect("read")
            .expect("the 2019 scheme");
        // The 2019 rounds see the figures of 1 January 2019, not the current ones.
        let copenhagen = store
            .organisation(Country::Dk, "101")
            .await
            .expect("read")
            .expect("København");
        let history = store
            .population_history(copenhagen.id)
            .await
            .expect("history");
        let (_, older) = HISTORY[0];
        let older = registry_csv::parse(Country::Dk, older).unwrap();
        let expected = older.iter().find(|r| r.code == "101").unwrap();
        let deadline = time::macros::date!(2019 - 04 - 01);
        assert_eq!(
            frirum_domain::PopulationFigure::in_force(&history, deadline),
            expected.population.as_ref()
        );
        assert_eq!(history.len(), 2);
        let counts = |scheme_id: Option<i64>| {
            let store = store.clone();
            async move {
                store
                    .count_by_case_status(&frirum_store::ApplicationFilter {
                        scheme_id,
                        exclude_drafts: true,
                        ..Default::default()
                    })
                    .await
                    .expect("counts")
            }
        };
        let closed = counts(Some(dk.id)).await;
        // Settled, but for the one case left for the walk-through (`awaiting_decision`).
        assert!(
            closed.iter().all(|(status, n)| matches!(
                status,
                CaseStatus::Approved | CaseStatus::Rejected | CaseStatus::Withdrawn
            ) || (*status == CaseStatus::Submitted && *n == 1)),
            "{closed:?}"
        );
        for status in [
            CaseStatus::Approved,
            CaseStatus::Rejected,
            CaseStatus::Withdrawn,
        ] {
            assert!(
                closed.iter().any(|(s, n)| *s == status && *n > 0),
                "{status:?}: {closed:?}"
            );
        }
        let all = counts(None).await;
        for status in crate::demo_schemes::LIVE_STAGES {
            assert!(
                all.iter().any(|(s, n)| *s == status && *n > 0),
                "{status:?}: {all:?}"
            );
        }
    }

    #[test]
    fn demo_applicants_belong_to_real_organisations() {
        for account in ACCOUNTS {
            assert_eq!(
                account.organisation.is_some(),
                account.role.needs_organisation()
            );
            if let Some(reference) = account.organisation {
                let (country, code) = reference.split_once(':').unwrap();
                let country: Country = country.parse().unwrap();
                let (_, bytes) = REGISTRY.iter().find(|(c, _)| *c == country).unwrap();
                let records = registry_csv::parse(country, bytes).unwrap();
                assert!(records.iter().any(|r| r.code == code), "{reference}");
            }
        }
    }
}
