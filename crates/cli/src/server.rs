//! Serving HTTP until a shutdown signal (with the mail sender and the upkeep beside it),
//! and the log set-up.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use frirum_app::{App, AppConfig, RuleFinder};
use frirum_store::Store;
use frirum_web::{AppState, WebConfig};
use tracing_subscriber::EnvFilter;

use crate::demo::DemoAccount;

pub fn init_tracing(json: bool) {
    let filter = EnvFilter::try_from_env("FRIRUM_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

/// Installs the process's metrics recorder (the one global the `metrics` crates require;
/// see ARCHITECTURE.md) and the endpoint that renders it for a scraper with `token`.
pub fn metrics_endpoint(token: &str) -> anyhow::Result<frirum_web::metrics::MetricsEndpoint> {
    use metrics_exporter_prometheus::{Matcher, PrometheusBuilder};
    if token.trim().len() < 16 {
        anyhow::bail!("--metrics-token must be at least 16 characters");
    }
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(
            Matcher::Full(frirum_web::metrics::REQUEST_SECONDS.to_owned()),
            frirum_web::metrics::LATENCY_BUCKETS,
        )
        .context("the metrics' latency buckets")?
        .install_recorder()
        .context("installing the metrics recorder")?;
    Ok(frirum_web::metrics::MetricsEndpoint::new(
        handle,
        token.trim(),
    ))
}

/// Serves until Ctrl-C or SIGTERM, then lets running requests finish.
pub async fn serve(
    store: Arc<dyn Store>,
    config: WebConfig,
    mut app_config: AppConfig,
    addr: SocketAddr,
    index_dir: &std::path::Path,
    demo_accounts: Option<&[DemoAccount]>,
    files: Arc<dyn frirum_app::Files>,
) -> anyhow::Result<()> {
    let rule_finder = RuleFinder::open(Some(index_dir))
        .with_context(|| format!("opening the search index in {}", index_dir.display()))?;
    // The index is derived from the catalogue: rebuilt when it does not match the store.
    // The version is read first, so that an import another server makes meanwhile is
    // followed by the law sync's loop below rather than taken as already indexed.
    let index_version = store
        .catalogue_version()
        .await
        .context("reading the law catalogue's version")?;
    rule_finder
        .ensure_index(&*store)
        .await
        .context("building the search index")?;
    rule_finder
        .prepare_citations(&*store)
        .await
        .context("reading the catalogue's acts for citations")?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("listening on {addr}"))?;
    let bound = listener.local_addr()?;
    if app_config.public_url.is_empty() {
        app_config.public_url = format!("http://{bound}");
    }
    println!("Frirum is listening on http://{bound}/");
    if let Some(accounts) = demo_accounts {
        println!();
        println!(
            "Demo accounts (password for all: {}):",
            crate::demo::PASSWORD
        );
        for account in accounts {
            println!(
                "  {:<34} {:<11} {}",
                account.email,
                account.role.as_str(),
                account.description
            );
        }
        println!();
    }
    tracing::info!(%bound, "serving");
    // One signal stops both the HTTP server and the mail sender.
    let (stop, stopped) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        shutdown_signal().await;
        let _ = stop.send(true);
    });
    let until_stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
        let _ = rx.wait_for(|stop| *stop).await;
    };
    tracing::info!(storage = %files.describe(), "documents are kept here");
    let app = App::with_rule_finder(store, app_config, Arc::new(rule_finder)).with_files(files);
    let mailer = frirum_app::notifications::mailer::spawn(&app, until_stopped(stopped.clone()))
        .context("starting the mail sender")?;
    // What time does by itself: trials completed when their period is over, reports due.
    let upkeep = frirum_app::upkeep::spawn(&app, until_stopped(stopped.clone()));
    // Open data: the downloads built at start and again whenever public data changes.
    let open_data = frirum_app::open_data::spawn(&app, until_stopped(stopped.clone()));
    // The law catalogue: synced daily, and this server's index kept at its version.
    let law_sync = match app.config.law_sync.clone() {
        Some(schedule) => {
            let fetcher = frirum_web::publications::HttpFetcher::new(schedule.config.timeout)
                .context("starting the law sync")?;
            Some(
                frirum_app::law_sync::spawn(
                    &app,
                    schedule,
                    std::sync::Arc::new(fetcher),
                    Some(index_version),
                    until_stopped(stopped.clone()),
                )
                .context("starting the law sync")?,
            )
        }
        None => None,
    };
    // Without an HTTP listener of its own, the recorder's histograms are drained here.
    let metrics_upkeep = config.metrics.clone().map(|endpoint| {
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(std::time::Duration::from_secs(5));
            loop {
                ticks.tick().await;
                endpoint.run_upkeep();
            }
        })
    });
    frirum_web::serve(listener, AppState::new(app, config), until_stopped(stopped))
        .await
        .context("serving HTTP")?;
    if let Some(mailer) = mailer {
        let _ = mailer.await;
    }
    let _ = upkeep.await;
    let _ = open_data.await;
    if let Some(task) = metrics_upkeep {
        task.abort();
    }
    if let Some(law_sync) = law_sync {
        let _ = law_sync.await;
    }
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::warn!("cannot listen for SIGTERM: {e}");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
