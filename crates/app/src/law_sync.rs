//! Keeping the law catalogue current from the official publications: Lovdata's public data
//! archives, the Riksdag's open data for SFS, and Retsinformation's documents (its harvest
//! API lists what changed on a day; each document is fetched as LexDania XML by ELI).
//!
//! Every download is a conditional request (the `ETag` and `Last-Modified` a server sent
//! are remembered per address and sent back), so an unchanged publication costs a 304 and
//! imports nothing. Everything a run needs is downloaded into a temporary folder first;
//! only when every download succeeded is it imported, by the same import as
//! `frirum law import` (which tells added, updated and unchanged acts apart by digest), and
//! only then are the new validators kept. A failed download leaves the catalogue as it was
//! and is recorded as a failed run with its reason in words.
//!
//! [`spawn`] runs it daily inside `frirum serve`: one server at a time (a lease in the
//! store), and every server's search index follows the catalogue's version in the store.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use frirum_store::law_sync::{SyncCounts, SyncOutcome, SyncRun, Validators};
use frirum_store::{Store, StoreError};
use time::OffsetDateTime;

use frirum_domain::authz::Action;

use crate::law::{RuleFinder, RuleFinderError};
use crate::{Actor, App, Clock, Error};

/// Lovdata's current consolidated acts and central regulations (NLOD 2.0).
pub const LOVDATA_ARCHIVES: [&str; 2] = [
    "https://api.lovdata.no/v1/publicData/get/gjeldende-lover.tar.bz2",
    "https://api.lovdata.no/v1/publicData/get/gjeldende-sentrale-forskrifter.tar.bz2",
];
/// The Riksdag's open data set of SFS, the consolidated texts.
pub const RIKSDAGEN_ARCHIVES: [&str; 1] =
    ["https://data.riksdagen.se/dataset/dokument/sfs.text.zip"];
/// Retsinformation's harvest API: the documents changed on a date (`?date=YYYY-MM-DD`,
/// within the last ten days, at most one call per ten seconds).
pub const RETSINFORMATION_CHANGES: &str = "https://api.retsinformation.dk/v1/Documents";
/// A Retsinformation document's LexDania XML by its accession number.
pub const RETSINFORMATION_DOCUMENT: &str =
    "https://www.retsinformation.dk/eli/accn/{accession}/xml";

/// The lease's name in the store.
pub const LEASE: &str = "law_sync";
/// Longer than any run should take: a server that dies while syncing frees it by then.
const LEASE_FOR: time::Duration = time::Duration::hours(3);
/// The harvest API answers for the last ten days only.
const HARVEST_DAYS: i64 = 10;

/// Why a sync could not be done.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("{0}")]
    Config(String),
    #[error("{url}: the download failed: {reason}")]
    Download { url: String, reason: String },
    #[error("{url}: the server answered {status}")]
    Status { url: String, status: String },
    #[error("{url}: the list of changed documents could not be read: {reason}")]
    Listing { url: String, reason: String },
    #[error("the downloads could not be kept on disk: {0}")]
    Io(#[from] std::io::Error),
    #[error("another server is syncing the catalogue now")]
    Busy,
    #[error(transparent)]
    Import(#[from] RuleFinderError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// An official source of law.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::AsRefStr, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum Source {
    /// Norway: Lovdata's public data archives.
    Lovdata,
    /// Sweden: the Riksdag's open data for SFS.
    Riksdagen,
    /// Denmark: Retsinformation.
    Retsinformation,
}

impl Source {
    pub const ALL: [Source; 3] = [Source::Lovdata, Source::Riksdagen, Source::Retsinformation];

    pub fn as_str(self) -> &'static str {
        match self {
            Source::Lovdata => "lovdata",
            Source::Riksdagen => "riksdagen",
            Source::Retsinformation => "retsinformation",
        }
    }
}

/// Where the sources are; every address can be changed (tests point them at loopback).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncConfig {
    pub lovdata: Vec<String>,
    pub riksdagen: Vec<String>,
    pub retsinformation_changes: String,
    /// With `{accession}` where the document's accession number goes.
    pub retsinformation_document: String,
    /// The pause between two calls of the harvest API, which allows one per ten seconds.
    pub harvest_pause: Duration,
    /// How long one request may take, the download included.
    pub timeout: Duration,
}

impl Default for SyncConfig {
    fn default() -> Self {
        SyncConfig {
            lovdata: LOVDATA_ARCHIVES.map(str::to_owned).to_vec(),
            riksdagen: RIKSDAGEN_ARCHIVES.map(str::to_owned).to_vec(),
            retsinformation_changes: RETSINFORMATION_CHANGES.to_owned(),
            retsinformation_document: RETSINFORMATION_DOCUMENT.to_owned(),
            harvest_pause: Duration::from_secs(10),
            timeout: Duration::from_secs(30 * 60),
        }
    }
}

fn check_url(what: &str, text: &str) -> Result<(), SyncError> {
    let url = url::Url::parse(text)
        .map_err(|e| SyncError::Config(format!("{what} {text:?} is not an address: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(SyncError::Config(format!(
            "{what} {text:?} must be an http:// or https:// address"
        )));
    }
    Ok(())
}

impl SyncConfig {
    /// Checks every address once, before anything runs.
    pub fn validate(&self) -> Result<(), SyncError> {
        for url in &self.lovdata {
            check_url("--lovdata-url", url)?;
        }
        for url in &self.riksdagen {
            check_url("--riksdagen-url", url)?;
        }
        check_url(
            "--retsinformation-changes-url",
            &self.retsinformation_changes,
        )?;
        let document = &self.retsinformation_document;
        if !document.contains("{accession}") {
            return Err(SyncError::Config(format!(
                "--retsinformation-document-url {document:?} must contain {{accession}}"
            )));
        }
        check_url(
            "--retsinformation-document-url",
            &document.replace("{accession}", "A1"),
        )?;
        if self.timeout.is_zero() {
            return Err(SyncError::Config(
                "--law-sync-timeout must be at least 1 second".into(),
            ));
        }
        Ok(())
    }
}

/// What a run tells while it works: a progress bar on a terminal, log lines otherwise.
pub trait Progress: Send + Sync {
    /// A download starts; its length when the server said it.
    fn download(&self, url: &str, length: Option<u64>);
    /// Bytes of the current download arrived.
    fn advance(&self, bytes: u64);
    /// The current download ended: `what` says how (saved, not modified).
    fn done(&self, url: &str, what: &str);
    /// A step of the run in words.
    fn note(&self, message: &str);
}

/// Progress as log lines.
#[derive(Debug, Default, Clone, Copy)]
pub struct LogProgress;

impl Progress for LogProgress {
    fn download(&self, url: &str, length: Option<u64>) {
        tracing::info!(url, length, "law sync: downloading");
    }
    fn advance(&self, _bytes: u64) {}
    fn done(&self, url: &str, what: &str) {
        tracing::info!(url, what, "law sync: download done");
    }
    fn note(&self, message: &str) {
        tracing::info!("law sync: {message}");
    }
}

/// What one conditional download brought.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// The server said the document has not changed since the validators it was sent.
    NotModified,
    /// The document was saved to the file, with the validators the server sent for it.
    Saved(Validators),
}

/// Downloads one address into a file, sending the validators known for it (`If-None-Match`,
/// `If-Modified-Since`) and reporting progress. The HTTP client is an adapter's
/// (`frirum_web::publications`): the use cases know no HTTP.
pub trait Fetch: Send + Sync {
    fn fetch<'a>(
        &'a self,
        url: &'a str,
        known: &'a Validators,
        dest: &'a Path,
        progress: &'a dyn Progress,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Fetched, SyncError>> + Send + 'a>>;
}

/// A file name for a download: the address's last part, numbered so two never clash.
fn file_name(n: usize, url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let last = path
        .rsplit('/')
        .find(|p| !p.is_empty())
        .unwrap_or("download");
    let safe: String = last
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{n:04}-{safe}")
}

/// Fetches the official publications and imports what changed.
pub struct Syncer {
    fetcher: Arc<dyn Fetch>,
    config: SyncConfig,
}

impl std::fmt::Debug for Syncer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Syncer")
            .field("config", &self.config)
            .finish()
    }
}

/// What the downloads of a run produced, before anything is imported.
#[derive(Default)]
struct Downloads {
    files: Vec<PathBuf>,
    validators: Vec<(String, Validators)>,
}

impl Syncer {
    /// A syncer for a validated configuration, downloading through `fetcher`.
    pub fn new(config: SyncConfig, fetcher: Arc<dyn Fetch>) -> Result<Self, SyncError> {
        config.validate()?;
        Ok(Syncer { fetcher, config })
    }

    /// Runs one source once and records the run in the store, whatever its outcome. The
    /// caller holds the lease (see [`Self::run_leased`]).
    pub async fn run(
        &self,
        store: &dyn Store,
        finder: &RuleFinder,
        clock: &dyn Clock,
        source: Source,
        progress: &dyn Progress,
    ) -> Result<SyncRun, SyncError> {
        let id = store.start_sync_run(source.as_str(), clock.now()).await?;
        let mut counts = SyncCounts::default();
        let result = self
            .fetch_and_import(store, finder, clock, source, progress, &mut counts)
            .await;
        let (outcome, error) = match &result {
            Ok(()) if counts.fetched > 0 => (SyncOutcome::Imported, None),
            Ok(()) => (SyncOutcome::Unchanged, None),
            Err(e) => (SyncOutcome::Failed, Some(e.to_string())),
        };
        store
            .finish_sync_run(id, outcome, &counts, error.as_deref(), clock.now())
            .await?;
        if let Some(error) = &error {
            progress.note(&format!("{} failed: {error}", source.as_str()));
        }
        let run = store
            .sync_runs(20)
            .await?
            .into_iter()
            .find(|r| r.id == id)
            .ok_or(StoreError::NotFound)?;
        Ok(run)
    }

    /// Runs the sources one after the other, holding the store's lease, so that no other
    /// server syncs at the same time; [`SyncError::Busy`] when another holds it.
    pub async fn run_leased(
        &self,
        store: &dyn Store,
        finder: &RuleFinder,
        clock: &dyn Clock,
        sources: &[Source],
        progress: &dyn Progress,
    ) -> Result<Vec<SyncRun>, SyncError> {
        let started_at = clock.now();
        let Some(holder) = take_lease(store, started_at).await? else {
            return Err(SyncError::Busy);
        };
        let result = self
            .run_sources(store, finder, clock, sources, progress)
            .await;
        record_job(store, &holder, started_at, clock.now(), &result).await;
        store.release_lease(LEASE, &holder).await?;
        result
    }

    /// Runs the sources one after the other; the caller holds the lease.
    async fn run_sources(
        &self,
        store: &dyn Store,
        finder: &RuleFinder,
        clock: &dyn Clock,
        sources: &[Source],
        progress: &dyn Progress,
    ) -> Result<Vec<SyncRun>, SyncError> {
        let mut runs = Vec::new();
        for source in sources {
            runs.push(self.run(store, finder, clock, *source, progress).await?);
        }
        Ok(runs)
    }

    async fn fetch_and_import(
        &self,
        store: &dyn Store,
        finder: &RuleFinder,
        clock: &dyn Clock,
        source: Source,
        progress: &dyn Progress,
        counts: &mut SyncCounts,
    ) -> Result<(), SyncError> {
        // Deleted when dropped, whatever happens.
        let folder = tempfile::Builder::new().prefix("frirum-sync-").tempdir()?;
        let downloads = match source {
            Source::Lovdata => {
                self.archives(store, &self.config.lovdata, folder.path(), progress, counts)
                    .await?
            }
            Source::Riksdagen => {
                self.archives(
                    store,
                    &self.config.riksdagen,
                    folder.path(),
                    progress,
                    counts,
                )
                .await?
            }
            Source::Retsinformation => {
                self.harvest(store, clock, folder.path(), progress, counts)
                    .await?
            }
        };
        if !downloads.files.is_empty() {
            progress.note(&format!(
                "importing {} downloaded file(s) from {}",
                downloads.files.len(),
                source.as_str()
            ));
            let report = finder
                .import(store, &downloads.files, None, clock.now())
                .await?;
            counts.added += report.added;
            counts.updated += report.updated;
            counts.unchanged += report.unchanged;
            counts.skipped += u64::try_from(report.skipped.len()).unwrap_or(u64::MAX);
            for (name, reason) in &report.skipped {
                tracing::warn!(document = %name, %reason, "law sync: a document could not be read");
            }
        }
        // Only what was imported is remembered: a failed run is fetched again in full.
        let now = clock.now();
        for (url, validators) in &downloads.validators {
            store.set_sync_validators(url, validators, now).await?;
        }
        Ok(())
    }

    /// Downloads each archive that changed.
    async fn archives(
        &self,
        store: &dyn Store,
        urls: &[String],
        folder: &Path,
        progress: &dyn Progress,
        counts: &mut SyncCounts,
    ) -> Result<Downloads, SyncError> {
        let mut downloads = Downloads::default();
        for (n, url) in urls.iter().enumerate() {
            let dest = folder.join(file_name(n, url));
            self.fetch_into(store, url, &dest, progress, counts, &mut downloads)
                .await?;
        }
        Ok(downloads)
    }

    /// Lists the documents changed on each day since the last good run (within the ten days
    /// the harvest API knows), and downloads the acts, consolidated acts and executive
    /// orders among them.
    async fn harvest(
        &self,
        store: &dyn Store,
        clock: &dyn Clock,
        folder: &Path,
        progress: &dyn Progress,
        counts: &mut SyncCounts,
    ) -> Result<Downloads, SyncError> {
        let today = clock.now().date();
        let oldest = today - time::Duration::days(HARVEST_DAYS - 1);
        let from = store
            .last_good_sync(Source::Retsinformation.as_str())
            .await?
            .map_or(today, |t| t.date())
            .max(oldest);
        let mut days = Vec::new();
        let mut day = from;
        while day <= today {
            days.push(day);
            day = match day.next_day() {
                Some(next) => next,
                None => break,
            };
        }
        let mut accessions: Vec<String> = Vec::new();
        let mut downloads = Downloads::default();
        let lists = folder.join("lists");
        std::fs::create_dir_all(&lists)?;
        for (n, day) in days.iter().enumerate() {
            if n > 0 {
                tokio::time::sleep(self.config.harvest_pause).await;
            }
            let mut url = url::Url::parse(&self.config.retsinformation_changes)
                .map_err(|e| SyncError::Config(e.to_string()))?;
            url.query_pairs_mut().append_pair("date", &day.to_string());
            let url = url.to_string();
            let dest = lists.join(format!("{n:04}.json"));
            let mut listed = Downloads::default();
            self.fetch_into(store, &url, &dest, progress, counts, &mut listed)
                .await?;
            if !listed.files.is_empty() {
                let bytes = std::fs::read(&dest)?;
                for accession in changed_accessions(&url, &bytes)? {
                    if !accessions.contains(&accession) {
                        accessions.push(accession);
                    }
                }
            }
            // The list's validators are kept with the documents', after the import.
            downloads.validators.extend(listed.validators);
        }
        // Listing files are not documents: counted as fetched, not imported.
        let documents = folder.join("documents");
        std::fs::create_dir_all(&documents)?;
        for accession in &accessions {
            let url = self
                .config
                .retsinformation_document
                .replace("{accession}", accession);
            let dest = documents.join(format!("{accession}.xml"));
            self.fetch_into(store, &url, &dest, progress, counts, &mut downloads)
                .await?;
        }
        Ok(downloads)
    }

    /// One conditional GET: a 304 leaves nothing, a 200 is saved at `dest` with its
    /// validators noted, anything else is an error.
    async fn fetch_into(
        &self,
        store: &dyn Store,
        url: &str,
        dest: &Path,
        progress: &dyn Progress,
        counts: &mut SyncCounts,
        downloads: &mut Downloads,
    ) -> Result<(), SyncError> {
        let known = store.sync_validators(url).await?.unwrap_or_default();
        let validators = match self.fetcher.fetch(url, &known, dest, progress).await? {
            Fetched::NotModified => {
                counts.not_modified += 1;
                progress.done(url, "not modified");
                return Ok(());
            }
            Fetched::Saved(validators) => validators,
        };
        counts.fetched += 1;
        progress.done(url, "saved");
        downloads.files.push(dest.to_owned());
        downloads.validators.push((url.to_owned(), validators));
        Ok(())
    }
}

/// The accession numbers of the acts (LOV), consolidated acts (LBK) and executive orders
/// (BEK) in a harvest list that were added or changed, not removed.
fn changed_accessions(url: &str, bytes: &[u8]) -> Result<Vec<String>, SyncError> {
    let listing = |reason: String| SyncError::Listing {
        url: url.to_owned(),
        reason,
    };
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| listing(e.to_string()))?;
    let entries = value
        .as_array()
        .ok_or_else(|| listing("expected a JSON array of documents".into()))?;
    let mut found = Vec::new();
    for entry in entries {
        let kind = entry
            .pointer("/documentType/shortName")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .trim()
            .to_uppercase();
        let reason = entry
            .get("reasonForChange")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_lowercase();
        let Some(accession) = entry.get("accessionsnummer").and_then(|v| v.as_str()) else {
            continue;
        };
        let wanted = ["LOV", "LBK", "BEK"].iter().any(|k| kind.starts_with(k));
        let removed = reason.contains("remove") || reason.contains("delete");
        // An accession number is letters and digits; anything else is no address part.
        let plain = !accession.is_empty() && accession.chars().all(|c| c.is_ascii_alphanumeric());
        if wanted && !removed && plain {
            found.push(accession.to_owned());
        }
    }
    Ok(found)
}

/// Takes the sync's lease (the general one of [`crate::jobs`]) for a new holder: its
/// name, or `None` while another holds it.
async fn take_lease(store: &dyn Store, now: OffsetDateTime) -> Result<Option<String>, StoreError> {
    crate::jobs::take(store, LEASE, LEASE_FOR, now).await
}

/// Records a finished sync among the jobs' runs (its own runs per source are kept too).
async fn record_job<E: std::fmt::Display>(
    store: &dyn Store,
    holder: &str,
    started_at: OffsetDateTime,
    finished_at: OffsetDateTime,
    result: &Result<Vec<SyncRun>, E>,
) {
    let (outcome, detail) = match result {
        Ok(runs) => (
            frirum_store::operations::JobOutcome::Done,
            runs.iter()
                .map(|r| format!("{}: {}", r.source, r.outcome.as_ref()))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Err(e) => (frirum_store::operations::JobOutcome::Failed, e.to_string()),
    };
    crate::jobs::record(
        store,
        LEASE,
        holder,
        started_at,
        finished_at,
        outcome,
        Some(&detail),
    )
    .await;
}

/// How many runs the admin page lists.
const RUNS_SHOWN: u32 = 50;

/// The law sync as the secretariat sees it: the catalogue's version, whether the sources
/// are configured and when the daily run comes, and the latest runs, newest first.
#[derive(Debug, Clone)]
pub struct SyncOverview {
    pub catalogue_version: i64,
    /// Whether this server has the sources' addresses (off in the demo and the tests).
    pub configured: bool,
    /// The time of day (UTC) of the daily run, when there is one.
    pub daily_at: Option<time::Time>,
    pub runs: Vec<SyncRun>,
}

/// The law sync's runs and the catalogue's version, for whoever keeps the catalogue.
pub async fn overview(app: &App, actor: &Actor) -> Result<SyncOverview, Error> {
    actor.authorize(Action::ManageLawCatalogue)?;
    Ok(SyncOverview {
        catalogue_version: app.store.catalogue_version().await?,
        configured: app.config.law_sync.is_some(),
        daily_at: app.config.law_sync.as_ref().and_then(|s| s.at),
        runs: app.store.sync_runs(RUNS_SHOWN).await?,
    })
}

/// Why "sync now" did not start a sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StartRefused {
    #[error("the official sources are not configured on this server, so it does not sync")]
    NotConfigured,
    #[error("a sync is running already")]
    Busy,
}

impl frirum_domain::rule::Broken for StartRefused {
    fn code(&self) -> &'static str {
        match self {
            StartRefused::NotConfigured => "law_sync_not_configured",
            StartRefused::Busy => "law_sync_busy",
        }
    }

    fn refusal(&self) -> frirum_domain::rule::Refusal {
        frirum_domain::rule::Refusal::Conflict
    }
}

/// Starts a sync of every configured source now, in the background, through the same
/// syncer and the same lease as the daily run: the lease is taken here, so a second click
/// (or another server) is told a sync is running instead of starting one. `fetcher`
/// makes the downloader for the configured timeout (the web adapter's HTTP client).
pub async fn start(
    app: &App,
    actor: &Actor,
    fetcher: impl FnOnce(&SyncConfig) -> Result<Arc<dyn Fetch>, SyncError>,
) -> Result<(), Error> {
    actor.authorize(Action::ManageLawCatalogue)?;
    let Some(schedule) = app.config.law_sync.clone() else {
        return Err(Error::rule(StartRefused::NotConfigured));
    };
    let fetcher = fetcher(&schedule.config).map_err(Error::internal)?;
    let syncer = Syncer::new(schedule.config.clone(), fetcher).map_err(Error::internal)?;
    let started_at = app.now();
    let Some(holder) = take_lease(&*app.store, started_at).await? else {
        return Err(Error::rule(StartRefused::Busy));
    };
    let app = app.clone();
    let sources = schedule.sources;
    tokio::spawn(async move {
        let result = syncer
            .run_sources(
                &*app.store,
                &app.rule_finder,
                &*app.clock,
                &sources,
                &LogProgress,
            )
            .await;
        record_job(&*app.store, &holder, started_at, app.now(), &result).await;
        if let Err(e) = app.store.release_lease(LEASE, &holder).await {
            tracing::warn!(error = %e, "the law sync's lease could not be given back");
        }
        match result {
            Ok(runs) => {
                for run in runs {
                    tracing::info!(source = %run.source, outcome = ?run.outcome, counts = ?run.counts, "law sync (started by hand)");
                }
            }
            Err(e) => tracing::warn!(error = %e, "law sync (started by hand)"),
        }
    });
    Ok(())
}

/// When the daily sync runs inside the server.
#[derive(Debug, Clone)]
pub struct Schedule {
    /// The time of day (UTC) it runs at; `None` turns it off.
    pub at: Option<time::Time>,
    pub sources: Vec<Source>,
    pub config: SyncConfig,
}

/// How often the server looks at the catalogue's version and the clock, unless configured
/// otherwise (`AppConfig::index_follow_every`).
pub const CHECK_EVERY: Duration = Duration::from_secs(60);

/// Whether a daily run is due: the time of day has come and no run has started since.
pub fn due(at: time::Time, now: OffsetDateTime, last_started: Option<OffsetDateTime>) -> bool {
    let today_at = now.replace_time(at);
    // A server started between midnight and the hour does not make up for yesterday.
    now >= today_at && last_started.is_none_or(|t| t < today_at)
}

/// Runs the daily sync (when scheduled) and keeps this server's search index at the
/// catalogue's version, every `AppConfig::index_follow_every` (a minute by default) until
/// `shutdown` resolves. `index_version` is the catalogue's version read before the index
/// was made to match the store at start: an import another server finishes after that
/// read is followed, not missed.
pub fn spawn(
    app: &App,
    schedule: Schedule,
    fetcher: Arc<dyn Fetch>,
    index_version: Option<i64>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<tokio::task::JoinHandle<()>, SyncError> {
    let syncer = Syncer::new(schedule.config.clone(), fetcher)?;
    let app = app.clone();
    let every = app.config.index_follow_every;
    Ok(tokio::spawn(async move {
        // The first look comes one period after start: a server started for a moment (a
        // test, a demo) never begins a sync.
        let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        tokio::pin!(shutdown);
        let mut seen: Option<i64> = index_version;
        loop {
            tokio::select! {
                () = &mut shutdown => break,
                _ = ticks.tick() => {
                    if let Err(e) = follow(&app, &mut seen).await {
                        tracing::warn!(error = %e, "the search index could not follow the catalogue");
                    }
                    if let Some(at) = schedule.at
                        && let Err(e) = daily(&app, &syncer, at, &schedule.sources).await
                    {
                        tracing::warn!(error = %e, "law sync");
                    }
                    if let Err(e) = follow(&app, &mut seen).await {
                        tracing::warn!(error = %e, "the search index could not follow the catalogue");
                    }
                }
            }
        }
    }))
}

/// Rebuilds this server's index when another has changed the catalogue since.
async fn follow(app: &App, seen: &mut Option<i64>) -> Result<(), SyncError> {
    let version = app.store.catalogue_version().await?;
    // The version this server's index is at, for /metrics: set once it has caught up.
    let index_at = |v: i64| metrics::gauge!("frirum_law_index_version").set(v as f64);
    match *seen {
        None => {
            *seen = Some(version);
            index_at(version);
        }
        Some(v) if v != version => {
            // Rebuilt only when the index is not already at the version: this server's own
            // sync has just rebuilt it after importing.
            app.rule_finder.ensure_index(&*app.store).await?;
            app.rule_finder.prepare_citations(&*app.store).await?;
            tracing::info!(
                version,
                provisions = app.rule_finder.indexed(),
                "search index follows the catalogue"
            );
            *seen = Some(version);
            index_at(version);
        }
        Some(_) => {}
    }
    Ok(())
}

async fn daily(
    app: &App,
    syncer: &Syncer,
    at: time::Time,
    sources: &[Source],
) -> Result<(), SyncError> {
    let last = app.store.sync_runs(1).await?.first().map(|r| r.started_at);
    if !due(at, app.now(), last) {
        return Ok(());
    }
    match syncer
        .run_leased(
            &*app.store,
            &app.rule_finder,
            &*app.clock,
            sources,
            &LogProgress,
        )
        .await
    {
        Ok(runs) => {
            for run in runs {
                tracing::info!(source = %run.source, outcome = ?run.outcome, counts = ?run.counts, "law sync");
            }
            Ok(())
        }
        // Another server has it: nothing to do here.
        Err(SyncError::Busy) => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{datetime, time};

    #[test]
    fn a_daily_run_is_due_once_after_its_hour() {
        let at = time!(03:30);
        let now = datetime!(2026-12-05 04:00 UTC);
        assert!(due(at, now, None));
        assert!(due(at, now, Some(datetime!(2026-12-04 03:30 UTC))));
        assert!(!due(at, now, Some(datetime!(2026-12-05 03:31 UTC))));
        // Before the hour nothing is due, even if yesterday's run was missed.
        assert!(!due(at, datetime!(2026-12-05 02:00 UTC), None));
    }

    #[test]
    fn harvest_lists_keep_acts_and_orders_that_changed() {
        let list = br#"[
            {"accessionsnummer": "A20240006229", "documentType": {"shortName": "LOV"}, "reasonForChange": "Created"},
            {"accessionsnummer": "B20240017095", "documentType": {"shortName": "BEK"}, "reasonForChange": "Changed"},
            {"accessionsnummer": "C20240000001", "documentType": {"shortName": "CIR"}, "reasonForChange": "Created"},
            {"accessionsnummer": "A20230000002", "documentType": {"shortName": "LBK"}, "reasonForChange": "Removed"},
            {"accessionsnummer": "../../x", "documentType": {"shortName": "LOV"}, "reasonForChange": "Created"}
        ]"#;
        assert_eq!(
            changed_accessions("u", list).unwrap(),
            ["A20240006229", "B20240017095"]
        );
        assert!(changed_accessions("u", b"{}").is_err());
    }

    #[test]
    fn addresses_are_checked_once() {
        assert!(SyncConfig::default().validate().is_ok());
        let mut bad = SyncConfig::default();
        bad.lovdata.push("ftp://x/y".into());
        assert!(bad.validate().is_err());
        let bad = SyncConfig {
            retsinformation_document: "https://x/eli".into(),
            ..SyncConfig::default()
        };
        assert!(bad.validate().is_err());
    }

    #[test]
    fn download_names_keep_the_archive_ending() {
        assert_eq!(
            file_name(1, "https://h/v1/publicData/get/gjeldende-lover.tar.bz2?x=1"),
            "0001-gjeldende-lover.tar.bz2"
        );
        assert_eq!(file_name(0, "https://h/"), "0000-h");
    }
}
