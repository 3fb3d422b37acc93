//! Open data: everything an anonymous visitor may see, gathered into one public dataset and
//! built into downloadable files (CSV tables in a zip with a Frictionless data package, one
//! JSON document, one workbook) when the data changes, never per request.
//!
//! The dataset is read through the same use cases the public pages use, as the public
//! ([`Actor::public`]), so that what is open is decided by `domain::authz` alone. A build
//! ([`rebuild`]) reads the dataset, takes the digest of its tables and, when it differs
//! from the stored build's, writes every file and stores them at once with their ETags and
//! generation time ([`frirum_store::OpenDataStore`]); every server then serves the same
//! bytes. The server runs the build every minute under a lease ([`spawn`]), so that one
//! server at a time builds.

pub mod formats;
pub mod giving;
pub mod iati;
pub mod tables;

use frirum_domain::PageRequest;
use frirum_domain::authz::{self, TrialAction, Viewer};
use frirum_domain::barrier::Barrier;
use frirum_domain::decision::{Decision, DecisionFilter, DecisionSummary};
use frirum_domain::evaluation::{Disclosure, EvaluationSummary};
use frirum_domain::funds::{Allocation, Payment};
use frirum_domain::generalisation::Outcome;
use frirum_domain::indicator::TrialIndicator;
use frirum_domain::report::Report;
use frirum_domain::scheme::{Round, Scheme};
use frirum_domain::trial::{TrialFilter, TrialSummary};
use frirum_store::open_data::{OpenDataBuild, OpenDataEntry, OpenDataFile};
use frirum_store::{ApplicationFilter, ApplicationSummary};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::evaluations::EvaluationOwner;
use crate::{Actor, App, Error};

pub use tables::{Cell, Field, Kind, TABLES, Table, TableDef};

/// A decision as the public reads it: the list's summary and the decision with its grants.
#[derive(Debug, Clone)]
pub struct PublicDecision {
    pub summary: DecisionSummary,
    pub decision: Decision,
}

/// A registered trial with what of it is public.
#[derive(Debug, Clone)]
pub struct PublicTrial {
    pub summary: TrialSummary,
    /// Indicators with their periods and approved actuals only.
    pub indicators: Vec<TrialIndicator>,
    /// Accepted reports, their public parts only.
    pub reports: Vec<Report>,
    /// Published evaluations whose embargo has lifted.
    pub evaluations: Vec<EvaluationSummary>,
    /// Each granted exemption's outcomes, newest (the one that counts) first.
    pub outcomes: Vec<Vec<Outcome>>,
    pub allocations: Vec<Allocation>,
    pub payments: Vec<Payment>,
}

/// Everything public, as an anonymous visitor may read it at one moment. The IATI and
/// 360Giving renderers read the same value.
#[derive(Debug, Clone, Default)]
pub struct PublicDataset {
    pub schemes: Vec<Scheme>,
    pub rounds: Vec<Round>,
    pub applications: Vec<ApplicationSummary>,
    pub decisions: Vec<PublicDecision>,
    pub trials: Vec<PublicTrial>,
    /// Joint evaluations of whole schemes (a trial's own are in its [`PublicTrial`]).
    pub scheme_evaluations: Vec<EvaluationSummary>,
    pub barriers: Vec<Barrier>,
}

impl PublicDataset {
    /// The part of the dataset that belongs to one scheme (its barriers included).
    pub fn for_scheme(&self, scheme_id: i64) -> PublicDataset {
        PublicDataset {
            schemes: keep(&self.schemes, |s| s.id == scheme_id),
            rounds: keep(&self.rounds, |r| r.scheme_id == scheme_id),
            applications: keep(&self.applications, |a| a.scheme_id == scheme_id),
            decisions: keep(&self.decisions, |d| d.summary.scheme_id == scheme_id),
            trials: keep(&self.trials, |t| t.summary.scheme_id == scheme_id),
            scheme_evaluations: keep(&self.scheme_evaluations, |e| e.scheme_id == scheme_id),
            barriers: keep(&self.barriers, |b| b.scheme_id == Some(scheme_id)),
        }
    }
}

fn keep<T: Clone>(items: &[T], f: impl Fn(&T) -> bool) -> Vec<T> {
    items.iter().filter(|i| f(i)).cloned().collect()
}

/// Every page of a paged public list.
async fn every_page<T, F, Fut>(mut page: F) -> Result<Vec<T>, Error>
where
    F: FnMut(PageRequest) -> Fut,
    Fut: std::future::Future<Output = Result<frirum_domain::Page<T>, Error>>,
{
    let mut all = Vec::new();
    let mut number = 1u32;
    loop {
        let request = PageRequest::new(Some(number), Some(PageRequest::MAX_PER_PAGE))
            .map_err(|_| Error::internal("the largest page is refused"))?;
        let got = page(request).await?;
        let done = got.items.is_empty()
            || u64::from(number) * u64::from(PageRequest::MAX_PER_PAGE) >= got.total;
        all.extend(got.items);
        if done {
            return Ok(all);
        }
        number += 1;
    }
}

/// Reads everything public at `now`, through the public's use cases.
pub async fn public_dataset(app: &App, now: OffsetDateTime) -> Result<PublicDataset, Error> {
    let actor = Actor::public(frirum_domain::Language::En, now);
    let actor = &actor;
    let schemes = every_page(|p| crate::schemes::list(app, actor, p)).await?;
    // What the public may not see of a scheme stays out of every table, whatever list
    // would name it.
    let public = |id: i64| schemes.iter().any(|s| s.id == id);
    let mut rounds = Vec::new();
    let mut scheme_evaluations = Vec::new();
    for scheme in &schemes {
        rounds.extend(
            crate::schemes::overview_of(app, scheme.clone())
                .await?
                .rounds,
        );
        let listed = crate::evaluations::list(app, actor, EvaluationOwner::Scheme(scheme.id))
            .await?
            .items;
        scheme_evaluations.extend(
            listed
                .into_iter()
                .filter(|l| l.disclosure == Disclosure::Full)
                .map(|l| l.summary),
        );
    }
    let applications =
        every_page(|p| crate::applications::list(app, actor, ApplicationFilter::default(), p))
            .await?
            .into_iter()
            .filter(|a| public(a.scheme_id))
            .collect();
    let decision_filter = DecisionFilter::default();
    let summaries =
        every_page(|p| crate::decisions::published(app, actor, &decision_filter, p)).await?;
    let mut decisions = Vec::new();
    for summary in summaries.into_iter().filter(|d| public(d.scheme_id)) {
        let decision = crate::decisions::decision(app, actor, summary.application_id).await?;
        decisions.push(PublicDecision { summary, decision });
    }
    let trial_filter = TrialFilter::default();
    let trial_list = every_page(|p| crate::trials::list(app, actor, &trial_filter, p))
        .await?
        .into_iter()
        .filter(|t| public(t.scheme_id));
    let mut trials = Vec::new();
    for summary in trial_list {
        trials.push(public_trial(app, actor, summary).await?);
    }
    let barriers = crate::barriers::register(app, actor, &Default::default())
        .await?
        .barriers
        .into_iter()
        .map(|mut b| {
            // A public barrier reported under a scheme the public may not see keeps its
            // words but not the scheme's numbers.
            if b.scheme_id.is_some_and(|id| !public(id)) {
                b.scheme_id = None;
                b.theme_id = None;
            }
            b
        })
        .collect();
    Ok(PublicDataset {
        schemes,
        rounds,
        applications,
        decisions,
        trials,
        scheme_evaluations,
        barriers,
    })
}

/// One trial's public parts, each read by its area's use case with the public's access.
async fn public_trial(
    app: &App,
    actor: &Actor,
    summary: TrialSummary,
) -> Result<PublicTrial, Error> {
    let access = crate::trials::access(app, actor, summary.id, TrialAction::Read).await?;
    let indicators = crate::indicators::for_trial(app, actor, &access)
        .await?
        .indicators;
    let reports = crate::reports::for_trial(app, actor, &access)
        .await?
        .reports;
    let evaluations = crate::evaluations::for_trial(app, actor, &access)
        .await?
        .items
        .into_iter()
        .filter(|l| l.disclosure == Disclosure::Full)
        .map(|l| l.summary)
        .collect();
    let outcomes = crate::generalisation::for_trial(app, actor.now, &access)
        .await?
        .exemptions
        .into_iter()
        .map(|e| e.outcomes)
        .filter(|o| !o.is_empty())
        .collect();
    let funds = crate::funds::for_trial(app, actor, &access).await?;
    Ok(PublicTrial {
        summary,
        indicators,
        reports,
        evaluations,
        outcomes,
        allocations: funds.allocations,
        payments: funds.payments,
    })
}

/// The formats every dataset is offered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV tables with a Frictionless data package, in a zip.
    Zip,
    Json,
    Xlsx,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Zip, Format::Json, Format::Xlsx];

    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Zip => "zip",
            Format::Json => "json",
            Format::Xlsx => "xlsx",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Zip => "application/zip",
            Format::Json => "application/json",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }

    /// The format of an extension, if it is one of ours.
    pub fn of_extension(extension: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.extension() == extension)
    }
}

/// The stem of the files of everything public.
pub const ALL_STEM: &str = "frirum";

/// The stem of one scheme's files.
pub fn scheme_stem(scheme_id: i64) -> String {
    format!("scheme-{scheme_id}")
}

/// The stored name of a file.
pub fn file_name(stem: &str, format: Format) -> String {
    format!("{stem}.{}", format.extension())
}

/// An entity tag for bytes: a strong tag of their SHA-256, quoted as HTTP sends it.
pub fn etag(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// The digest of a dataset's tables: what tells a build whether anything public changed.
pub fn digest(tables: &[Table]) -> String {
    let json = formats::json_tables(tables).to_string();
    Sha256::digest(json.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The three files of one dataset.
fn files_of(
    stem: &str,
    title: &str,
    tables: &[Table],
    now: OffsetDateTime,
) -> Result<Vec<OpenDataFile>, Error> {
    let mut files = Vec::new();
    for format in Format::ALL {
        let body = match format {
            Format::Zip => formats::zip(stem, title, tables, now)?,
            Format::Json => formats::json(stem, title, tables, now)?,
            Format::Xlsx => formats::xlsx(tables)?,
        };
        files.push(OpenDataFile {
            name: file_name(stem, format),
            content_type: format.content_type().to_owned(),
            etag: etag(&body),
            body,
            generated_at: now,
        });
    }
    Ok(files)
}

/// What a build did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rebuilt {
    /// The public data had not changed since the stored build: nothing was written.
    Unchanged,
    /// The files were built and stored.
    Built { files: usize, digest: String },
}

/// Builds the files again if the public data changed since the stored build: everything
/// public, and each public scheme on its own.
pub async fn rebuild(app: &App, now: OffsetDateTime) -> Result<Rebuilt, Error> {
    let dataset = public_dataset(app, now).await?;
    let all = tables::tables(&dataset);
    let digest = digest(&all);
    if app
        .store
        .open_data_build()
        .await?
        .is_some_and(|b| b.digest == digest)
    {
        return Ok(Rebuilt::Unchanged);
    }
    let mut files = files_of(ALL_STEM, "Frirum: open data", &all, now)?;
    for scheme in &dataset.schemes {
        let part = tables::tables(&dataset.for_scheme(scheme.id));
        let title = format!("Frirum: open data of {}", scheme.title);
        files.extend(files_of(&scheme_stem(scheme.id), &title, &part, now)?);
    }
    // The standards' files are built from the same public data; should one fail, the
    // tables' files are still published and the failure is logged.
    match iati::standard_files(app, now).await {
        Ok(standard) => files.extend(standard),
        Err(e) => tracing::warn!(error = ?e, "the IATI and 360Giving files could not be built"),
    }
    app.store.replace_open_data(&digest, &files, now).await?;
    Ok(Rebuilt::Built {
        files: files.len(),
        digest,
    })
}

/// The open-data page: the current build and its downloads (everything, and per scheme),
/// and the tables for the data dictionary.
#[derive(Debug, Clone)]
pub struct OpenDataPage {
    /// None until the first build.
    pub build: Option<OpenDataBuild>,
    /// The files of everything public, in [`Format::ALL`]'s order.
    pub downloads: Vec<OpenDataEntry>,
    /// The files in international standards the build added (IATI, 360Giving).
    pub standards: Vec<OpenDataEntry>,
    /// Each public scheme with its files.
    pub schemes: Vec<(Scheme, Vec<OpenDataEntry>)>,
    pub tables: &'static [&'static TableDef],
}

/// What the open-data page shows.
pub async fn page(app: &App, actor: &Actor) -> Result<OpenDataPage, Error> {
    let build = app.store.open_data_build().await?;
    let entries = app.store.open_data_entries().await?;
    let of_stem = |stem: &str| -> Vec<OpenDataEntry> {
        Format::ALL
            .into_iter()
            .filter_map(|f| {
                let name = file_name(stem, f);
                entries.iter().find(|e| e.name == name).cloned()
            })
            .collect()
    };
    let downloads = of_stem(ALL_STEM);
    let standards = entries
        .iter()
        .filter(|e| !e.name.starts_with("scheme-") && !downloads.contains(e))
        .cloned()
        .collect();
    // The schemes the public sees, whoever asks: the files hold only what is public.
    let public = Actor::public(actor.lang, actor.now);
    let mut schemes = Vec::new();
    for scheme in every_page(|p| crate::schemes::list(app, &public, p)).await? {
        let files = of_stem(&scheme_stem(scheme.id));
        if !files.is_empty() {
            schemes.push((scheme, files));
        }
    }
    Ok(OpenDataPage {
        build,
        downloads,
        standards,
        schemes,
        tables: &TABLES,
    })
}

/// A file of everything public by its stored name (the tables' files and the standards'
/// files the build adds); a scheme's files are served only through [`scheme_download`],
/// which checks that the public still sees the scheme.
pub async fn download(app: &App, name: &str) -> Result<OpenDataFile, Error> {
    if name.starts_with("scheme-") {
        return Err(Error::NotFound);
    }
    app.store.open_data_file(name).await?.ok_or(Error::NotFound)
}

/// One file of a scheme's open data: not found unless the public may see the scheme now
/// (a scheme taken back to draft since the last build is not served from it).
pub async fn scheme_download(
    app: &App,
    scheme_id: i64,
    format: Format,
) -> Result<OpenDataFile, Error> {
    let scheme = app.store.scheme(scheme_id).await?.ok_or(Error::NotFound)?;
    authz::view_scheme(Viewer::PUBLIC, scheme.status).map_err(|_| Error::NotFound)?;
    app.store
        .open_data_file(&file_name(&scheme_stem(scheme_id), format))
        .await?
        .ok_or(Error::NotFound)
}

/// How often the server looks for changes.
pub const EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// The build's (and its lease's) name.
pub const JOB: &str = "open_data";

/// How long a build may hold the lease before another server may take it over.
const LEASE_FOR: time::Duration = time::Duration::minutes(10);

/// Builds once if this server can take the lease (recording the run for the operations
/// page, as every scheduled job does), and gives the lease back: `None` while another
/// server builds.
pub async fn rebuild_leased(app: &App) -> Result<Option<Rebuilt>, Error> {
    let now = app.now();
    let ran = crate::jobs::run_once_across(
        &*app.store,
        JOB,
        LEASE_FOR,
        crate::jobs::AfterRun::Release,
        || app.now(),
        |rebuilt: &Rebuilt| match rebuilt {
            Rebuilt::Built { files, .. } => Some(format!("{files} files built")),
            Rebuilt::Unchanged => None,
        },
        rebuild(app, now),
    )
    .await?;
    match ran {
        crate::jobs::Ran::Ran(result) => result.map(Some),
        crate::jobs::Ran::Held => Ok(None),
    }
}

/// Looks for changes every [`EVERY`] (the first time at once, so that a new server or the
/// demo has files from the start) until `shutdown` resolves, logging what it built and
/// what failed (tried again at the next round).
pub fn spawn(
    app: &App,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> tokio::task::JoinHandle<()> {
    let app = app.clone();
    crate::jobs::every(EVERY, shutdown, move || {
        let app = app.clone();
        async move {
            match rebuild_leased(&app).await {
                Ok(Some(Rebuilt::Built { files, digest })) => {
                    tracing::info!(files, %digest, "open data built");
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = ?e, "open data build failed; trying again later"),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_follows_the_bytes() {
        assert_eq!(etag(b"a"), etag(b"a"));
        assert_ne!(etag(b"a"), etag(b"b"));
        assert!(etag(b"a").starts_with('"') && etag(b"a").ends_with('"'));
    }
}
