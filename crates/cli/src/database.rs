//! The database the commands work on: the `--database-url` flag and opening it, with the
//! password kept out of every message, and where the law catalogue's search index lives
//! beside it. Below the commands, which all use it.

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;

#[derive(Debug, Args)]
pub struct DatabaseArgs {
    /// postgres://… for PostgreSQL; sqlite:FILE or a file path for SQLite.
    #[arg(long, env = "FRIRUM_DATABASE_URL", default_value = "frirum.db")]
    pub database_url: String,
}

#[derive(Debug, Args)]
pub struct LawStoreArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Where the search index lives; by default beside a SQLite file
    /// (`frirum.db.law-index`), or `frirum-law-index` for PostgreSQL.
    #[arg(long, env = "FRIRUM_LAW_INDEX")]
    pub index_dir: Option<PathBuf>,
}

impl LawStoreArgs {
    pub fn index_dir(&self) -> PathBuf {
        default_index_dir(self.index_dir.as_deref(), &self.database.database_url)
    }
}

/// The index directory a database uses unless told otherwise.
pub fn default_index_dir(given: Option<&Path>, database_url: &str) -> PathBuf {
    if let Some(dir) = given {
        return dir.to_owned();
    }
    if database_url.starts_with("postgres://") || database_url.starts_with("postgresql://") {
        return PathBuf::from("frirum-law-index");
    }
    let file = database_url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let file = file.split('?').next().unwrap_or(file);
    PathBuf::from(format!("{file}.law-index"))
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
    fn the_index_sits_beside_its_database() {
        assert_eq!(
            default_index_dir(None, "frirum.db"),
            PathBuf::from("frirum.db.law-index")
        );
        assert_eq!(
            default_index_dir(None, "sqlite://data/f.db?mode=rwc"),
            PathBuf::from("data/f.db.law-index")
        );
        assert_eq!(
            default_index_dir(None, "postgres://u@h/db"),
            PathBuf::from("frirum-law-index")
        );
        assert_eq!(
            default_index_dir(Some(Path::new("/x")), "frirum.db"),
            PathBuf::from("/x")
        );
    }

    #[test]
    fn passwords_are_kept_out_of_messages() {
        assert_eq!(
            redact("postgres://frirum:s3cret@db:5432/frirum"),
            "postgres://frirum:***@db:5432/frirum"
        );
        assert_eq!(redact("frirum.db"), "frirum.db");
    }
}
