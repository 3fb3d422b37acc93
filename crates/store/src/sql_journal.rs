//! The SQL of [`crate::JournalStore`]: reading a case's journal and verifying the hash
//! chain. Appending and sealing are in `sql_shared.rs`, since every change appends.
//! Expanded per engine like every store macro (see [`crate::sql`]).

use frirum_domain::journal::{CaseKind, ChainEntry, JournalEntry};
use time::OffsetDateTime;

use crate::StoreError;
use crate::sql::from_json;

pub(crate) const JOURNAL_SELECT: &str = "SELECT j.id, j.case_kind, j.case_id, j.actor_id, \
     u.name AS actor_name, j.at, j.action, j.changes, j.reason \
     FROM journal_entries j LEFT JOIN users u ON u.id = j.actor_id";

#[derive(sqlx::FromRow)]
pub(crate) struct JournalRow {
    id: i64,
    case_kind: String,
    case_id: i64,
    actor_id: Option<i64>,
    actor_name: Option<String>,
    at: OffsetDateTime,
    action: String,
    changes: String,
    reason: Option<String>,
}

impl JournalRow {
    pub fn into_domain(self) -> Result<JournalEntry, StoreError> {
        Ok(JournalEntry {
            id: self.id,
            case_kind: self
                .case_kind
                .parse::<CaseKind>()
                .map_err(StoreError::corrupt)?,
            case_id: self.case_id,
            actor_id: self.actor_id,
            actor_name: self.actor_name,
            at: self.at,
            action: self.action,
            changes: from_json(&self.changes)?,
            reason: self.reason,
        })
    }
}

pub(crate) const CHAIN_SELECT: &str = "SELECT id, case_kind, case_id, actor_id, at, action, \
     changes, reason, prev_hash, hash FROM journal_entries";

/// How many journal entries verification and sealing read at a time.
pub(crate) const CHAIN_PAGE: i64 = 1000;

/// A journal entry with exactly what its hash covers.
#[derive(sqlx::FromRow)]
pub(crate) struct ChainRow {
    id: i64,
    case_kind: String,
    case_id: i64,
    actor_id: Option<i64>,
    at: OffsetDateTime,
    action: String,
    changes: String,
    reason: Option<String>,
    prev_hash: Option<String>,
    hash: Option<String>,
}

impl ChainRow {
    pub fn id(&self) -> i64 {
        self.id
    }
}

impl From<ChainRow> for ChainEntry {
    fn from(r: ChainRow) -> Self {
        ChainEntry {
            id: r.id,
            case_kind: r.case_kind,
            case_id: r.case_id,
            actor_id: r.actor_id,
            at: r.at,
            action: r.action,
            changes: r.changes,
            reason: r.reason,
            prev_hash: r.prev_hash,
            hash: r.hash,
        }
    }
}

/// Implements [`crate::JournalStore`] for a store with a `pool` field.
macro_rules! impl_journal_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::JournalStore for $store {
            async fn journal(
                &self,
                kind: frirum_domain::journal::CaseKind,
                case_id: i64,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<frirum_domain::journal::JournalEntry>> {
                let total: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM journal_entries WHERE case_kind = $1 AND case_id = $2",
                )
                .bind(kind.as_str())
                .bind(case_id)
                .fetch_one(&self.pool)
                .await?;
                let rows: Vec<$crate::sql_journal::JournalRow> = sqlx::query_as(&format!(
                    "{} WHERE j.case_kind = $1 AND j.case_id = $2 ORDER BY j.id LIMIT $3 OFFSET $4",
                    $crate::sql_journal::JOURNAL_SELECT
                ))
                .bind(kind.as_str())
                .bind(case_id)
                .bind(page.limit())
                .bind(page.offset())
                .fetch_all(&self.pool)
                .await?;
                let items = rows
                    .into_iter()
                    .map(|r| r.into_domain())
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(frirum_domain::Page::new(
                    items,
                    page,
                    $crate::sql::count(total),
                ))
            }

            async fn verify_journal(&self) -> $crate::Result<$crate::JournalVerification> {
                let mut verifier = frirum_domain::journal::ChainVerifier::new();
                let mut after = 0_i64;
                loop {
                    // Pages by id rather than by offset, so that each one starts at the
                    // index and entries appended meanwhile are simply read at the end.
                    let rows: Vec<$crate::sql_journal::ChainRow> = sqlx::query_as(&format!(
                        "{} WHERE id > $1 ORDER BY id LIMIT $2",
                        $crate::sql_journal::CHAIN_SELECT
                    ))
                    .bind(after)
                    .bind($crate::sql_journal::CHAIN_PAGE)
                    .fetch_all(&self.pool)
                    .await?;
                    let Some(last) = rows.last() else { break };
                    after = last.id();
                    for row in rows {
                        if let Err(broken) = verifier.check(&row.into()) {
                            return Ok($crate::JournalVerification {
                                entries: verifier.entries(),
                                first_broken: Some(broken),
                            });
                        }
                    }
                }
                Ok($crate::JournalVerification {
                    entries: verifier.entries(),
                    first_broken: None,
                })
            }
        }
    };
}

pub(crate) use impl_journal_store;
