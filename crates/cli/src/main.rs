//! The `frirum` binary: reads configuration from flags and environment, validates it once,
//! and wires the store and the web layer together.

mod backup;
mod cli;
mod database;
mod demo;
mod demo_accounts;
mod demo_barriers;
mod demo_lab;
mod demo_networks;
mod demo_partners;
mod demo_research_adoption;
mod demo_research_evaluations;
mod demo_research_outcomes;
mod demo_research_plans;
mod demo_research_teams;
mod demo_schemes;
mod demo_time;
mod demo_trials;
mod demo_trials_changes;
mod demo_trials_documents;
mod demo_trials_funds;
mod demo_trials_indicators;
mod demo_trials_regulations;
mod demo_trials_reports;
mod law;
mod law_sync;
mod server;
mod storage;

use clap::Parser;

use crate::cli::Cli;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    server::init_tracing(cli.log_json);
    match cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        // A reader that stops early (`frirum law search … | head`) is not an error.
        Err(err)
            if err.chain().any(|e| {
                e.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            std::process::ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
