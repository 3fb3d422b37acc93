//! The database the commands work on: the `--database-url` flag and opening it, with the
//! password kept out of every message. Below the commands, which all use it.

use anyhow::Context;
use clap::Args;

#[derive(Debug, Args)]
pub struct DatabaseArgs {
    /// postgres://… for PostgreSQL; sqlite:FILE or a file path for SQLite.
    #[arg(long, env = "FRIRUM_DATABASE_URL", default_value = "frirum.db")]
    pub database_url: String,
}

pub async fn open(url: &str) -> anyhow::Result<std::sync::Arc<dyn frirum_store::Store>> {
    frirum_store::connect(url)
        .await
        .with_context(|| format!("opening the database {}", redact(url)))
}

/// The URL without a password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_kept_out_of_messages() {
        assert_eq!(
            redact("postgres://frirum:s3cret@db:5432/frirum"),
            "postgres://frirum:***@db:5432/frirum"
        );
        assert_eq!(redact("frirum.db"), "frirum.db");
    }
}
