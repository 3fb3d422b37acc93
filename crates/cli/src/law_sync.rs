//! `frirum law sync`, and the daily sync inside `frirum serve`: the official sources'
//! addresses (flags and environment, validated once with the rest of the configuration),
//! the time of day, and the progress shown (a bar on a terminal, log lines otherwise).

use std::io::IsTerminal;
use std::sync::Mutex;

use anyhow::{Context, bail};
use clap::Args;
use frirum_app::law_sync::{
    LogProgress, Progress, RETSINFORMATION_CHANGES, RETSINFORMATION_DOCUMENT, Schedule, Source,
    SyncConfig, SyncError, Syncer,
};
use frirum_app::{RuleFinder, SystemClock};
use indicatif::{ProgressBar, ProgressStyle};

use crate::database::LawStoreArgs;

/// Where the official publications are. Every address can be changed.
#[derive(Debug, Clone, Args)]
pub struct SourceArgs {
    /// Lovdata's public data archives (comma-separated).
    #[arg(
        long = "lovdata-url",
        env = "FRIRUM_LOVDATA_URLS",
        value_delimiter = ',',
        default_values = frirum_app::law_sync::LOVDATA_ARCHIVES
    )]
    pub lovdata: Vec<String>,
    /// The Riksdag's open data set(s) of SFS (comma-separated).
    #[arg(
        long = "riksdagen-url",
        env = "FRIRUM_RIKSDAGEN_URLS",
        value_delimiter = ',',
        default_values = frirum_app::law_sync::RIKSDAGEN_ARCHIVES
    )]
    pub riksdagen: Vec<String>,
    /// Retsinformation's harvest API (the documents changed on a date).
    #[arg(long, env = "FRIRUM_RETSINFORMATION_CHANGES_URL", default_value = RETSINFORMATION_CHANGES)]
    pub retsinformation_changes_url: String,
    /// A Retsinformation document's XML, with {accession} for its accession number.
    #[arg(long, env = "FRIRUM_RETSINFORMATION_DOCUMENT_URL", default_value = RETSINFORMATION_DOCUMENT)]
    pub retsinformation_document_url: String,
    /// Seconds between two calls of Retsinformation's harvest API (it allows one per 10 s).
    #[arg(long, env = "FRIRUM_RETSINFORMATION_PAUSE", default_value_t = 10)]
    pub retsinformation_pause: u64,
    /// Seconds one download may take.
    #[arg(
        long = "law-sync-timeout",
        env = "FRIRUM_LAW_SYNC_TIMEOUT",
        default_value_t = 1800
    )]
    pub timeout: u64,
}

impl SourceArgs {
    /// The configuration, validated.
    pub fn config(&self) -> anyhow::Result<SyncConfig> {
        let config = SyncConfig {
            lovdata: self.lovdata.clone(),
            riksdagen: self.riksdagen.clone(),
            retsinformation_changes: self.retsinformation_changes_url.clone(),
            retsinformation_document: self.retsinformation_document_url.clone(),
            harvest_pause: std::time::Duration::from_secs(self.retsinformation_pause),
            timeout: std::time::Duration::from_secs(self.timeout),
        };
        config.validate()?;
        Ok(config)
    }
}

/// The sources a `--source` names: one of them, or all.
pub fn parse_sources(text: &str) -> anyhow::Result<Vec<Source>> {
    if text == "all" {
        return Ok(Source::ALL.to_vec());
    }
    let mut sources = Vec::new();
    for part in text.split(',').map(str::trim) {
        let source: Source = part.parse().map_err(|_| {
            anyhow::anyhow!("--source {part}: expected lovdata, riksdagen, retsinformation or all")
        })?;
        sources.push(source);
    }
    Ok(sources)
}

/// A time of day as HH:MM (UTC), or `off`.
pub fn parse_at(text: &str) -> anyhow::Result<Option<time::Time>> {
    if text.eq_ignore_ascii_case("off") {
        return Ok(None);
    }
    let format = time::macros::format_description!("[hour]:[minute]");
    time::Time::parse(text.trim(), format)
        .map(Some)
        .map_err(|_| {
            anyhow::anyhow!(
                "--law-sync-at {text}: expected a time of day such as 03:30 (UTC), or off"
            )
        })
}

/// The daily sync of `frirum serve`.
#[derive(Debug, Clone, Args)]
pub struct ScheduleArgs {
    /// When the server syncs the law catalogue each day: HH:MM in UTC, or off.
    #[arg(
        long = "law-sync-at",
        env = "FRIRUM_LAW_SYNC_AT",
        default_value = "03:30"
    )]
    pub at: String,
    /// Which sources the daily sync fetches: lovdata, riksdagen, retsinformation (comma-
    /// separated) or all.
    #[arg(
        long = "law-sync-source",
        env = "FRIRUM_LAW_SYNC_SOURCES",
        default_value = "all"
    )]
    pub sources: String,
    #[command(flatten)]
    pub addresses: SourceArgs,
}

impl ScheduleArgs {
    /// The schedule, validated.
    pub fn schedule(&self) -> anyhow::Result<Schedule> {
        Ok(Schedule {
            at: parse_at(&self.at)?,
            sources: parse_sources(&self.sources)?,
            config: self.addresses.config()?,
        })
    }
}

#[derive(Debug, Args)]
pub struct SyncCommand {
    /// lovdata, riksdagen, retsinformation (comma-separated) or all.
    #[arg(long, default_value = "all")]
    pub source: String,
    /// Sync once now and stop; without it, sync now and then daily at --at.
    #[arg(long)]
    pub once: bool,
    /// The time of day (HH:MM, UTC) of the daily sync without --once.
    #[arg(long, default_value = "03:30")]
    pub at: String,
    #[command(flatten)]
    pub addresses: SourceArgs,
    #[command(flatten)]
    pub store: LawStoreArgs,
}

/// A progress bar on standard error for the current download.
struct BarProgress {
    bar: Mutex<Option<ProgressBar>>,
}

impl Progress for BarProgress {
    fn download(&self, url: &str, length: Option<u64>) {
        let bar = match length {
            Some(n) => ProgressBar::new(n).with_style(
                ProgressStyle::with_template(
                    "{msg}\n{wide_bar} {bytes}/{total_bytes} {bytes_per_sec} {eta}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            ),
            None => ProgressBar::new_spinner().with_style(
                ProgressStyle::with_template("{spinner} {msg} {bytes} {bytes_per_sec}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        };
        bar.set_message(url.to_owned());
        *self.bar.lock().unwrap_or_else(|e| e.into_inner()) = Some(bar);
    }

    fn advance(&self, bytes: u64) {
        if let Some(bar) = &*self.bar.lock().unwrap_or_else(|e| e.into_inner()) {
            bar.inc(bytes);
        }
    }

    fn done(&self, url: &str, what: &str) {
        match self.bar.lock().unwrap_or_else(|e| e.into_inner()).take() {
            Some(bar) => bar.finish_with_message(format!("{url}: {what}")),
            None => eprintln!("{url}: {what}"),
        }
    }

    fn note(&self, message: &str) {
        eprintln!("{message}");
    }
}

/// A bar on a terminal, log lines otherwise.
fn progress() -> Box<dyn Progress> {
    if std::io::stderr().is_terminal() {
        Box::new(BarProgress {
            bar: Mutex::new(None),
        })
    } else {
        Box::new(LogProgress)
    }
}

pub async fn run(command: SyncCommand) -> anyhow::Result<()> {
    let sources = parse_sources(&command.source)?;
    let at = if command.once {
        None
    } else {
        Some(parse_at(&command.at)?.context("--at off needs --once")?)
    };
    let config = command.addresses.config()?;
    let fetcher = frirum_web::publications::HttpFetcher::new(config.timeout)?;
    let syncer = Syncer::new(config, std::sync::Arc::new(fetcher))?;
    let store = crate::database::open(&command.store.database.database_url).await?;
    let dir = command.store.index_dir();
    let finder = RuleFinder::open(Some(&dir))
        .with_context(|| format!("opening the search index in {}", dir.display()))?;
    let progress = progress();
    let once = || async {
        let runs = syncer
            .run_leased(&*store, &finder, &SystemClock, &sources, &*progress)
            .await?;
        let mut failed = 0;
        for run in &runs {
            let c = &run.counts;
            println!(
                "{}: {}; downloaded {}, not modified {}; documents: {} added, {} updated, {} unchanged, {} skipped{}",
                run.source,
                run.outcome.as_ref(),
                c.fetched,
                c.not_modified,
                c.added,
                c.updated,
                c.unchanged,
                c.skipped,
                run.error
                    .as_deref()
                    .map(|e| format!("; {e}"))
                    .unwrap_or_default()
            );
            if run.error.is_some() {
                failed += 1;
            }
        }
        Ok::<usize, SyncError>(failed)
    };
    let Some(at) = at else {
        let failed = once().await?;
        if failed > 0 {
            bail!("{failed} source(s) failed; the catalogue keeps what it had from them");
        }
        return Ok(());
    };
    loop {
        if let Err(e) = once().await {
            eprintln!("error: {e}");
        }
        let now = time::OffsetDateTime::now_utc();
        let mut next = now.replace_time(at);
        if next <= now {
            next += time::Duration::days(1);
        }
        let wait = (next - now).unsigned_abs();
        eprintln!("next sync at {next}");
        tokio::time::sleep(wait).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_and_times_are_read_once() {
        assert_eq!(parse_sources("all").unwrap().len(), 3);
        assert_eq!(
            parse_sources("lovdata,retsinformation").unwrap(),
            [Source::Lovdata, Source::Retsinformation]
        );
        assert!(parse_sources("eurlex").is_err());
        assert_eq!(parse_at("off").unwrap(), None);
        assert_eq!(parse_at("03:30").unwrap(), Some(time::macros::time!(03:30)));
        assert!(parse_at("25:00").is_err());
    }
}
