//! The helpers that several store macros use, emitted once per engine module by
//! [`shared_sql_helpers!`], before the store macros that call them: appending to the case
//! journal, and locking an application so that the changes of one case happen one after
//! another. No store macro defines a function that another one calls; they call these.
//!
//! The journal is a hash chain, so appends must not interleave: in SQLite the transaction's
//! first write already holds the database's one write lock; in PostgreSQL an append locks
//! the journal table against other appends (reads go on) until its transaction ends. An
//! append is always a transaction's last statements, so that lock is never held while
//! waiting for another.

/// Defines, in an engine module that has `ENGINE` and `Db` (see [`crate::sql`]):
///
/// - `Tx`, a transaction on that engine, and `begin_write`, which begins one that writes;
/// - `append_journal`, which every change calls last in its transaction;
/// - `seal_journal_after_migration`, for [`crate::Store::migrate`];
/// - `lock_application`, `lock_undecided` and `decided_outcome`, which serialise the
///   changes of one application's case, and `lock_trial`, which serialises a trial's.
macro_rules! shared_sql_helpers {
    () => {
        /// A transaction on this module's engine.
        type Tx<'c> = sqlx::Transaction<'c, Db>;

        /// Begins a transaction that will write. On SQLite it takes the database's one
        /// write lock at once (`BEGIN IMMEDIATE`), waiting for another writer to finish: a
        /// transaction that reads first cannot take the lock later while another writer
        /// holds it, and fails with "database is locked" instead of waiting.
        async fn begin_write(pool: &sqlx::Pool<Db>) -> $crate::Result<Tx<'static>> {
            Ok(match ENGINE {
                $crate::Backend::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await?,
                $crate::Backend::Postgres => pool.begin().await?,
            })
        }

        /// Keeps other appends out of the journal until the transaction ends, so that two
        /// appends never read the same head and fork the chain.
        async fn lock_journal(tx: &mut Tx<'_>) -> $crate::Result<()> {
            match ENGINE {
                // The lock lets readers through and is released when the transaction ends.
                $crate::Backend::Postgres => {
                    sqlx::query("LOCK TABLE journal_entries IN SHARE ROW EXCLUSIVE MODE")
                        .execute(&mut **tx)
                        .await?;
                }
                // The transaction's first write already holds the database's one write lock.
                $crate::Backend::Sqlite => {}
            }
            Ok(())
        }

        /// Appends one journal entry inside the transaction of the change it records, chained
        /// to the newest entry before it.
        async fn append_journal(
            tx: &mut Tx<'_>,
            kind: frirum_domain::journal::CaseKind,
            case_id: i64,
            actor: &frirum_domain::journal::Actor<'_>,
            action: &str,
            changes: serde_json::Value,
        ) -> $crate::Result<()> {
            lock_journal(tx).await?;
            let head: Option<Option<String>> =
                sqlx::query_scalar("SELECT hash FROM journal_entries ORDER BY id DESC LIMIT 1")
                    .fetch_optional(&mut **tx)
                    .await?;
            let prev_hash = match head {
                Some(None) => seal_journal(tx).await?,
                Some(Some(hash)) => Some(hash),
                None => None,
            };
            // The stored time is cut to what both engines keep, so that it hashes the same
            // when it is read back.
            let at = frirum_domain::journal::journal_time(actor.at);
            let changes = changes.to_string();
            // The id is part of the hash and only known after the insert; the trigger lets
            // an entry without a hash be sealed once.
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO journal_entries (case_kind, case_id, actor_id, at, action, changes, reason) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(kind.as_str())
            .bind(case_id)
            .bind(actor.user_id)
            .bind(at)
            .bind(action)
            .bind(&changes)
            .bind(actor.reason)
            .fetch_one(&mut **tx)
            .await?;
            let entry = frirum_domain::journal::ChainEntry {
                id,
                case_kind: kind.as_str().to_owned(),
                case_id,
                actor_id: actor.user_id,
                at,
                action: action.to_owned(),
                changes,
                reason: actor.reason.map(str::to_owned),
                prev_hash: None,
                hash: None,
            };
            let hash = entry.compute_hash(prev_hash.as_deref());
            sqlx::query("UPDATE journal_entries SET prev_hash = $1, hash = $2 WHERE id = $3")
                .bind(prev_hash)
                .bind(hash)
                .bind(id)
                .execute(&mut **tx)
                .await?;
            Ok(())
        }

        /// Seals, in id order, the entries written before the journal became a chain, and
        /// returns the hash of the newest entry.
        async fn seal_journal(tx: &mut Tx<'_>) -> $crate::Result<Option<String>> {
            loop {
                let rows: Vec<$crate::sql_journal::ChainRow> = sqlx::query_as(&format!(
                    "{} WHERE hash IS NULL ORDER BY id LIMIT $1",
                    $crate::sql_journal::CHAIN_SELECT
                ))
                .bind($crate::sql_journal::CHAIN_PAGE)
                .fetch_all(&mut **tx)
                .await?;
                if rows.is_empty() {
                    break;
                }
                for row in rows {
                    let entry = frirum_domain::journal::ChainEntry::from(row);
                    let prev_hash: Option<Option<String>> = sqlx::query_scalar(
                        "SELECT hash FROM journal_entries WHERE id < $1 ORDER BY id DESC LIMIT 1",
                    )
                    .bind(entry.id)
                    .fetch_optional(&mut **tx)
                    .await?;
                    let prev_hash = prev_hash.flatten();
                    let hash = entry.compute_hash(prev_hash.as_deref());
                    sqlx::query(
                        "UPDATE journal_entries SET prev_hash = $1, hash = $2 \
                         WHERE id = $3 AND hash IS NULL",
                    )
                    .bind(prev_hash)
                    .bind(hash)
                    .bind(entry.id)
                    .execute(&mut **tx)
                    .await?;
                }
            }
            let head: Option<Option<String>> =
                sqlx::query_scalar("SELECT hash FROM journal_entries ORDER BY id DESC LIMIT 1")
                    .fetch_optional(&mut **tx)
                    .await?;
            Ok(head.flatten())
        }

        /// Seals the entries that have no hash yet, once, after the migrations: entries
        /// written before the journal became a chain get their hashes then, because the
        /// migration itself cannot compute SHA-256.
        async fn seal_journal_after_migration(pool: &sqlx::Pool<Db>) -> $crate::Result<()> {
            let mut tx = begin_write(pool).await?;
            // Sealing covers every unsealed entry at once, and an append seals first when
            // the newest entry has no hash, so the newest entry alone tells.
            let head: Option<Option<String>> =
                sqlx::query_scalar("SELECT hash FROM journal_entries ORDER BY id DESC LIMIT 1")
                    .fetch_optional(&mut *tx)
                    .await?;
            if matches!(head, Some(None)) {
                lock_journal(&mut tx).await?;
                seal_journal(&mut tx).await?;
            }
            tx.commit().await?;
            Ok(())
        }

        /// Locks an application's row for the rest of the transaction, so that the changes
        /// of one case (a decision, a withdrawal, an amendment, a screening, a question)
        /// happen one after another: in PostgreSQL the row lock makes the others wait, and
        /// their next statements see what was committed; in SQLite this first write takes
        /// the database's write lock. False when there is no such application.
        async fn lock_application(tx: &mut Tx<'_>, id: i64) -> $crate::Result<bool> {
            let done = sqlx::query("UPDATE applications SET updated_at = updated_at WHERE id = $1")
                .bind(id)
                .execute(&mut **tx)
                .await?;
            Ok(done.rows_affected() > 0)
        }

        /// Locks an application that is still open to change (see `lock_application`): a
        /// missing one is `NotFound`, a decided one `WrongState` naming the outcome, for
        /// after the decision nothing is withdrawn, screened, asked, scored or amended.
        async fn lock_undecided(tx: &mut Tx<'_>, id: i64) -> $crate::Result<()> {
            if !lock_application(tx, id).await? {
                return Err($crate::StoreError::NotFound);
            }
            match decided_outcome(tx, id).await? {
                Some(outcome) => Err($crate::StoreError::WrongState {
                    what: $crate::StateOf::Application,
                    current: outcome,
                }),
                None => Ok(()),
            }
        }

        /// Locks a trial's current state for the rest of the transaction (see
        /// `lock_application`), so that the changes of one trial (a new state, an update
        /// approved, an allocation, a report) happen one after another on both engines, and
        /// returns the application the trial came from, whose case journal records them. A
        /// missing trial is `NotFound`.
        async fn lock_trial(tx: &mut Tx<'_>, trial_id: i64) -> $crate::Result<i64> {
            let done = sqlx::query("UPDATE trial_states SET version = version WHERE trial_id = $1")
                .bind(trial_id)
                .execute(&mut **tx)
                .await?;
            if done.rows_affected() == 0 {
                return Err($crate::StoreError::NotFound);
            }
            let application_id: i64 =
                sqlx::query_scalar("SELECT application_id FROM trials WHERE id = $1")
                    .bind(trial_id)
                    .fetch_one(&mut **tx)
                    .await?;
            Ok(application_id)
        }

        /// The outcome of the decision on an application, if it has been decided.
        async fn decided_outcome(tx: &mut Tx<'_>, id: i64) -> $crate::Result<Option<String>> {
            Ok(
                sqlx::query_scalar("SELECT outcome FROM decisions WHERE application_id = $1")
                    .bind(id)
                    .fetch_optional(&mut **tx)
                    .await?,
            )
        }
    };
}

pub(crate) use shared_sql_helpers;
