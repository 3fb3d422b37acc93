//! The `frirum` binary: reads configuration from flags and environment, validates it once,
//! and wires the store and the web layer together.

mod cli;
mod demo;
mod demo_schemes;
mod server;

use clap::Parser;

use crate::cli::Cli;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    server::init_tracing(cli.log_json);
    match cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
