//! `frirum backup` and `frirum restore`: a SQLite database copied, while the server runs,
//! into a file marked as a Frirum backup, and such a file put back in place of a database
//! (with the server stopped). PostgreSQL is backed up with pg_dump, which both name.

use std::path::Path;

use anyhow::{Context, bail};
use frirum_store::SqliteStore;
use frirum_store::backup;
use time::OffsetDateTime;

use crate::database::redact;

/// Copies the database `url` into the new file `out`.
pub async fn backup(url: &str, out: &Path) -> anyhow::Result<()> {
    let path = backup::sqlite_path(url)?;
    if !path.is_file() {
        bail!("there is no database at {}", path.display());
    }
    let store = SqliteStore::connect(url)
        .await
        .with_context(|| format!("opening the database {}", redact(url)))?;
    let info = store
        .backup_into(out, OffsetDateTime::now_utc())
        .await
        .with_context(|| format!("backing up into {}", out.display()))?;
    println!(
        "Backed up {} into {} (schema version {}, journal intact: {} entries)",
        path.display(),
        out.display(),
        info.schema_version,
        info.journal_entries
    );
    Ok(())
}

/// Replaces the database `url` by the backup `from`, after checking the backup.
pub async fn restore(url: &str, from: &Path) -> anyhow::Result<()> {
    let target = backup::sqlite_path(url)?;
    let info = backup::restore(from, &target)
        .await
        .with_context(|| format!("restoring {}", from.display()))?;
    // The restored database opens and is at this program's schema.
    let store = frirum_store::connect(url).await?;
    let verified = store.verify_journal().await?;
    if let Some(broken) = verified.first_broken {
        bail!("journal broken at entry {}: {}", broken.id, broken.reason);
    }
    println!(
        "Restored {} from the backup of {} (schema version {}); journal intact: {} entries",
        target.display(),
        info.created_at,
        info.schema_version,
        verified.entries
    );
    Ok(())
}
