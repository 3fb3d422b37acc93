//! Scheduled jobs when several servers share one database: a job runs on one server at a
//! time under a named lease in the store (the upkeep, the law sync, the open-data export),
//! each finished run is recorded (outcome, holder, what it did) for the operations page,
//! and counted in the metrics (`frirum_job_runs_total` by job and outcome).

use std::future::Future;

use frirum_store::operations::{JobOutcome, JobRun, NewJobRun};
use frirum_store::{Store, StoreError};
use time::OffsetDateTime;

/// A name for one holder of a lease: the process id and a random part, so two servers
/// (or two runs in one process) never share one.
pub fn holder_name() -> String {
    use rand::Rng;
    let n: u32 = rand::rng().random();
    format!("{}-{n:08x}", std::process::id())
}

/// Takes the lease `job` for a new holder until `now + lease_for`: the holder's name, or
/// `None` while another server holds it.
pub async fn take(
    store: &dyn Store,
    job: &str,
    lease_for: time::Duration,
    now: OffsetDateTime,
) -> Result<Option<String>, StoreError> {
    let holder = holder_name();
    let taken = store.take_lease(job, &holder, now + lease_for, now).await?;
    Ok(taken.then_some(holder))
}

/// Records a finished run and counts it in the metrics. A failure to record is logged, not
/// returned: the job's own outcome matters more than its bookkeeping.
pub async fn record(
    store: &dyn Store,
    job: &str,
    holder: &str,
    started_at: OffsetDateTime,
    finished_at: OffsetDateTime,
    outcome: JobOutcome,
    detail: Option<&str>,
) -> Option<JobRun> {
    metrics::counter!(
        "frirum_job_runs_total",
        "job" => job.to_owned(),
        "outcome" => outcome.as_ref().to_owned()
    )
    .increment(1);
    let run = NewJobRun {
        job,
        holder,
        started_at,
        finished_at,
        outcome,
        detail,
    };
    match store.record_job_run(&run).await {
        Ok(run) => Some(run),
        Err(e) => {
            tracing::warn!(job, error = %e, "the job's run could not be recorded");
            None
        }
    }
}

/// What [`run_once_across`] did.
#[derive(Debug)]
pub enum Ran<T, E> {
    /// This server ran the job; its result.
    Ran(Result<T, E>),
    /// Another server holds the job's lease: nothing was done here.
    Held,
}

/// How a job's lease ends after a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterRun {
    /// Given back at once: the next server to ask may run the job again (a sync started by
    /// hand, an export after a change).
    Release,
    /// Kept until it runs out: a periodic job whose lease lasts about one period runs once
    /// per period across servers, however many ask.
    Keep,
}

/// Runs `work` on this server if it can take the lease `job` for `lease_for`, records the
/// run (its outcome, and `detail` of what it did or the error), and releases or keeps the
/// lease. This is the one way a scheduled job runs when several servers share a database.
pub async fn run_once_across<T, E, Fut>(
    store: &dyn Store,
    job: &str,
    lease_for: time::Duration,
    after: AfterRun,
    now: impl Fn() -> OffsetDateTime,
    detail: impl FnOnce(&T) -> Option<String>,
    work: Fut,
) -> Result<Ran<T, E>, StoreError>
where
    E: std::fmt::Display,
    Fut: Future<Output = Result<T, E>>,
{
    let started_at = now();
    let Some(holder) = take(store, job, lease_for, started_at).await? else {
        return Ok(Ran::Held);
    };
    let result = work.await;
    let (outcome, text) = match &result {
        Ok(value) => (JobOutcome::Done, detail(value)),
        Err(e) => (JobOutcome::Failed, Some(e.to_string())),
    };
    record(
        store,
        job,
        &holder,
        started_at,
        now(),
        outcome,
        text.as_deref(),
    )
    .await;
    if after == AfterRun::Release {
        store.release_lease(job, &holder).await?;
    }
    Ok(Ran::Ran(result))
}

/// Calls `round` every `period` (the first time at once) until `shutdown` resolves: the
/// one loop of every periodic job (the upkeep, the open-data build). A round logs its own
/// outcome; a slow round delays the next rather than piling rounds up.
pub fn every<F, Fut>(
    period: std::time::Duration,
    shutdown: impl Future<Output = ()> + Send + 'static,
    mut round: F,
) -> tokio::task::JoinHandle<()>
where
    F: FnMut() -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(period);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                () = &mut shutdown => break,
                _ = ticks.tick() => round().await,
            }
        }
    })
}
