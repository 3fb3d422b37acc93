//! The secretariat's view of how the servers are doing: the scheduled jobs (their latest
//! runs and who holds their leases), the outbox (how much waits, what fails, the oldest
//! waiting mail) and the law catalogue (its version and the last sync run).

use frirum_domain::authz::Action;
use frirum_store::law_sync::SyncRun;
use frirum_store::operations::{JobRun, Lease, OutboxSummary};
use time::OffsetDateTime;

use crate::{Actor, App, Error};

/// How many runs of each job the page lists.
const RUNS_PER_JOB: u32 = 5;

/// Everything the operations page shows.
#[derive(Debug, Clone)]
pub struct Overview {
    /// The latest runs of each job, newest first.
    pub runs: Vec<JobRun>,
    /// The leases held now (ones run out are left out).
    pub leases: Vec<Lease>,
    pub outbox: OutboxSummary,
    pub catalogue_version: i64,
    /// The latest run of the law sync, if it ever ran.
    pub last_sync: Option<SyncRun>,
    /// The moment the overview was read, for "held until" and "waiting since".
    pub now: OffsetDateTime,
}

/// The operations overview, for the secretariat.
pub async fn overview(app: &App, actor: &Actor) -> Result<Overview, Error> {
    actor.authorize(Action::WatchOperations)?;
    let now = actor.now;
    let leases = app
        .store
        .leases()
        .await?
        .into_iter()
        .filter(|l| l.expires_at > now)
        .collect();
    Ok(Overview {
        runs: app.store.job_runs(RUNS_PER_JOB).await?,
        leases,
        outbox: app.store.outbox_summary().await?,
        catalogue_version: app.store.catalogue_version().await?,
        last_sync: app.store.sync_runs(1).await?.into_iter().next(),
        now,
    })
}

/// The figures the metrics publish at each scrape, read from the database so that every
/// server reports the same: the outbox and the catalogue's version.
#[derive(Debug, Clone, Copy)]
pub struct Gauges {
    pub outbox: OutboxSummary,
    pub catalogue_version: i64,
}

/// Reads [`Gauges`]. Not a use case of a person: the caller (the metrics endpoint) has
/// decided who may see them.
pub async fn gauges(app: &App) -> Result<Gauges, Error> {
    Ok(Gauges {
        outbox: app.store.outbox_summary().await?,
        catalogue_version: app.store.catalogue_version().await?,
    })
}

/// The data's version ([`frirum_store::OperationsStore::data_version`]): it moves at the
/// commit of every change public pages may show, made by any server or job. Not a use case
/// of a person: each server's cache of public pages polls it to know when to render again.
pub async fn data_version(app: &App) -> Result<i64, Error> {
    Ok(app.store.data_version().await?)
}
