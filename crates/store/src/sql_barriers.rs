//! The SQL of [`crate::BarrierStore`]: the barrier register. Expanded per engine like every
//! store macro (see [`crate::sql`]).
//!
//! Every change to a barrier begins with a no-op update of its row (`lock_barrier`): on
//! SQLite that takes the write lock at once (a transaction that reads first fails with
//! "database is locked" once another writer went in between), on PostgreSQL it locks the
//! row, so that a status change and a triage of the same barrier happen one after the
//! other and the rules re-checked inside see what they change.

use frirum_domain::barrier::{
    AffectedGroup, Barrier, BarrierStatus, ExperimentLink, LinkedProvision, RootCause,
};
use time::OffsetDateTime;

use crate::StoreError;
use crate::barriers::{BarrierHistoryEntry, BarrierSupporter};

pub(crate) const BARRIER_SELECT: &str = "SELECT b.id, b.country, b.scheme_id, b.theme_id, \
     b.title, b.wants_to_do, b.obstacle, b.consequences, b.status, b.restricted, \
     b.reporter_id, u.name AS reporter_name, b.organisation_id, o.name AS organisation_name, \
     b.from_public, b.public_name, b.public_contact, b.merged_into, b.guidance, \
     b.close_reason, b.ministry, b.ministry_response, b.experiment_kind, b.experiment_id, \
     b.reported_at, b.updated_at, b.version, \
     (SELECT COUNT(*) FROM barrier_supporters s WHERE s.barrier_id = b.id) AS supporter_count \
     FROM barriers b LEFT JOIN users u ON u.id = b.reporter_id \
     LEFT JOIN organisations o ON o.id = b.organisation_id";

/// The list's conditions, each skipped when its parameter is null.
pub(crate) const BARRIER_FILTER: &str = "WHERE (CAST($1 AS TEXT) IS NULL OR b.status = $1) \
     AND (CAST($2 AS TEXT) IS NULL OR b.country = $2) \
     AND (CAST($3 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM barrier_root_causes r \
          WHERE r.barrier_id = b.id AND r.root_cause = $3)) \
     AND (CAST($4 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM barrier_groups g \
          WHERE g.barrier_id = b.id AND g.affected_group = $4)) \
     AND (CAST($5 AS BIGINT) IS NULL OR b.reporter_id = $5 OR EXISTS (SELECT 1 \
          FROM barrier_supporters s WHERE s.barrier_id = b.id AND s.user_id = $5))";

#[derive(sqlx::FromRow)]
pub(crate) struct BarrierRow {
    id: i64,
    country: String,
    scheme_id: Option<i64>,
    theme_id: Option<i64>,
    title: String,
    wants_to_do: String,
    obstacle: String,
    consequences: String,
    status: String,
    restricted: bool,
    reporter_id: Option<i64>,
    reporter_name: Option<String>,
    organisation_id: Option<i64>,
    organisation_name: Option<String>,
    from_public: bool,
    public_name: Option<String>,
    public_contact: Option<String>,
    merged_into: Option<i64>,
    guidance: Option<String>,
    close_reason: Option<String>,
    ministry: Option<String>,
    ministry_response: Option<String>,
    experiment_kind: Option<String>,
    experiment_id: Option<i64>,
    reported_at: OffsetDateTime,
    updated_at: OffsetDateTime,
    version: i64,
    supporter_count: i64,
}

impl BarrierRow {
    pub fn into_domain(
        self,
        groups: &[String],
        causes: &[String],
        provisions: Vec<(i64, bool)>,
    ) -> Result<Barrier, StoreError> {
        let experiment = match (self.experiment_kind, self.experiment_id) {
            (Some(kind), Some(id)) => Some((
                kind.parse::<ExperimentLink>()
                    .map_err(StoreError::corrupt)?,
                id,
            )),
            _ => None,
        };
        Ok(Barrier {
            id: self.id,
            country: self.country.parse().map_err(StoreError::corrupt)?,
            scheme_id: self.scheme_id,
            theme_id: self.theme_id,
            title: self.title,
            wants_to_do: self.wants_to_do,
            obstacle: self.obstacle,
            consequences: self.consequences,
            status: self
                .status
                .parse::<BarrierStatus>()
                .map_err(StoreError::corrupt)?,
            restricted: self.restricted,
            reporter_id: self.reporter_id,
            reporter_name: self.reporter_name,
            organisation_id: self.organisation_id,
            organisation_name: self.organisation_name,
            from_public: self.from_public,
            public_name: self.public_name,
            public_contact: self.public_contact,
            merged_into: self.merged_into,
            guidance: self.guidance,
            close_reason: self.close_reason,
            ministry: self.ministry,
            ministry_response: self.ministry_response,
            experiment,
            groups: parse_all::<AffectedGroup>(groups)?,
            root_causes: parse_all::<RootCause>(causes)?,
            provisions: provisions
                .into_iter()
                .map(|(provision_id, confirmed)| LinkedProvision {
                    provision_id,
                    confirmed,
                })
                .collect(),
            supporter_count: self.supporter_count,
            reported_at: self.reported_at,
            updated_at: self.updated_at,
            version: self.version,
        })
    }
}

/// Parses stored names in the enums' order (the order of `ALL`), so that lists read alike.
fn parse_all<T>(names: &[String]) -> Result<Vec<T>, StoreError>
where
    T: std::str::FromStr + Ord,
    T::Err: std::fmt::Display,
{
    let mut parsed = names
        .iter()
        .map(|n| n.parse::<T>().map_err(StoreError::corrupt))
        .collect::<Result<Vec<T>, _>>()?;
    parsed.sort();
    Ok(parsed)
}

#[derive(sqlx::FromRow)]
pub(crate) struct SupporterRow {
    user_id: i64,
    name: String,
    organisation_name: Option<String>,
    supported_at: OffsetDateTime,
}

impl From<SupporterRow> for BarrierSupporter {
    fn from(row: SupporterRow) -> Self {
        BarrierSupporter {
            user_id: row.user_id,
            name: row.name,
            organisation_name: row.organisation_name,
            supported_at: row.supported_at,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct HistoryRow {
    status: String,
    note: Option<String>,
    at: OffsetDateTime,
}

impl HistoryRow {
    pub fn into_domain(self) -> Result<BarrierHistoryEntry, StoreError> {
        Ok(BarrierHistoryEntry {
            status: self.status.parse().map_err(StoreError::corrupt)?,
            note: self.note,
            at: self.at,
        })
    }
}

/// Implements [`crate::BarrierStore`] for a store type with a `pool` field.
macro_rules! impl_barrier_store {
    ($store:ty) => {
        /// One barrier with what hangs on it, read on a connection (a transaction's, to
        /// see its own changes).
        async fn load_barrier(
            conn: &mut <Db as sqlx::Database>::Connection,
            id: i64,
        ) -> $crate::Result<Option<frirum_domain::barrier::Barrier>> {
            let row: Option<$crate::sql_barriers::BarrierRow> = sqlx::query_as(&format!(
                "{} WHERE b.id = $1",
                $crate::sql_barriers::BARRIER_SELECT
            ))
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
            let Some(row) = row else {
                return Ok(None);
            };
            let groups: Vec<String> = sqlx::query_scalar(
                "SELECT affected_group FROM barrier_groups WHERE barrier_id = $1",
            )
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
            let causes: Vec<String> = sqlx::query_scalar(
                "SELECT root_cause FROM barrier_root_causes WHERE barrier_id = $1",
            )
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
            let provisions: Vec<(i64, bool)> = sqlx::query_as(
                "SELECT provision_id, confirmed FROM barrier_provisions \
                 WHERE barrier_id = $1 ORDER BY linked_at, provision_id",
            )
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
            row.into_domain(&groups, &causes, provisions).map(Some)
        }

        /// Takes the barrier's row (and SQLite's write lock) first; returns its status
        /// and version, `NotFound` when there is no such barrier.
        async fn lock_barrier(
            tx: &mut Tx<'_>,
            id: i64,
        ) -> $crate::Result<(frirum_domain::barrier::BarrierStatus, i64)> {
            let row: Option<(String, i64)> = sqlx::query_as(
                "UPDATE barriers SET version = version WHERE id = $1 RETURNING status, version",
            )
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
            let (status, version) = row.ok_or($crate::StoreError::NotFound)?;
            Ok((
                status.parse().map_err($crate::StoreError::corrupt)?,
                version,
            ))
        }

        /// Bumps a barrier's version after a change.
        async fn bump_barrier(
            tx: &mut Tx<'_>,
            id: i64,
            now: time::OffsetDateTime,
        ) -> $crate::Result<()> {
            sqlx::query(
                "UPDATE barriers SET version = version + 1, updated_at = $2 WHERE id = $1",
            )
            .bind(id)
            .bind(now)
            .execute(&mut **tx)
            .await?;
            Ok(())
        }

        async fn barrier_history_entry(
            tx: &mut Tx<'_>,
            id: i64,
            status: frirum_domain::barrier::BarrierStatus,
            note: Option<&str>,
            actor: &frirum_domain::journal::Actor<'_>,
        ) -> $crate::Result<()> {
            sqlx::query(
                "INSERT INTO barrier_status_history (barrier_id, status, note, actor_id, at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(status.as_str())
            .bind(note.filter(|n| !n.is_empty()))
            .bind(actor.user_id)
            .bind(actor.at)
            .execute(&mut **tx)
            .await?;
            Ok(())
        }

        /// The barrier after a change in the transaction.
        async fn reload_barrier(
            tx: &mut Tx<'_>,
            id: i64,
        ) -> $crate::Result<frirum_domain::barrier::Barrier> {
            load_barrier(&mut **tx, id)
                .await?
                .ok_or($crate::StoreError::NotFound)
        }

        #[async_trait::async_trait]
        impl $crate::BarrierStore for $store {
            async fn report_barrier(
                &self,
                new: &$crate::barriers::NewBarrier<'_>,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<(frirum_domain::barrier::Barrier, bool)> {
                let report = new.report;
                let country = report.country.ok_or($crate::StoreError::corrupt(
                    "a barrier is reported with a country",
                ))?;
                let mut tx = begin_write(&self.pool).await?;
                // The reporter's row (and SQLite's write lock) first, so that a double
                // click waits for the first click's insert and finds it.
                sqlx::query("UPDATE users SET name = name WHERE id = $1")
                    .bind(new.reporter_id)
                    .execute(&mut *tx)
                    .await?;
                let since = actor.at
                    - time::Duration::seconds(frirum_domain::barrier::DOUBLE_SUBMIT_SECONDS);
                let earlier: Option<i64> = sqlx::query_scalar(
                    "SELECT id FROM barriers WHERE COALESCE(reporter_id, 0) = COALESCE($1, 0) \
                     AND from_public = $2 AND title = $3 AND wants_to_do = $4 \
                     AND obstacle = $5 AND consequences = $6 AND reported_at >= $7 \
                     ORDER BY id DESC LIMIT 1",
                )
                .bind(new.reporter_id)
                .bind(new.from_public)
                .bind(&report.title)
                .bind(&report.wants_to_do)
                .bind(&report.obstacle)
                .bind(&report.consequences)
                .bind(since)
                .fetch_optional(&mut *tx)
                .await?;
                if let Some(id) = earlier {
                    let barrier = reload_barrier(&mut tx, id).await?;
                    tx.rollback().await?;
                    return Ok((barrier, false));
                }
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO barriers (country, scheme_id, theme_id, title, wants_to_do, \
                     obstacle, consequences, status, reporter_id, organisation_id, \
                     from_public, public_name, public_contact, reported_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, 'reported', $8, $9, $10, $11, $12, \
                     $13, $13) RETURNING id",
                )
                .bind(country.as_str())
                .bind(report.scheme_id)
                .bind(report.theme_id)
                .bind(&report.title)
                .bind(&report.wants_to_do)
                .bind(&report.obstacle)
                .bind(&report.consequences)
                .bind(new.reporter_id)
                .bind(new.organisation_id)
                .bind(new.from_public)
                .bind(new.public_name.as_deref())
                .bind(new.public_contact.as_deref())
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                for group in &report.groups {
                    sqlx::query(
                        "INSERT INTO barrier_groups (barrier_id, affected_group) VALUES ($1, $2) \
                         ON CONFLICT DO NOTHING",
                    )
                    .bind(id)
                    .bind(group.as_str())
                    .execute(&mut *tx)
                    .await?;
                }
                barrier_history_entry(
                    &mut tx,
                    id,
                    frirum_domain::barrier::BarrierStatus::Reported,
                    None,
                    &actor,
                )
                .await?;
                let barrier = reload_barrier(&mut tx, id).await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Barrier,
                    id,
                    &actor,
                    "barrier.reported",
                    serde_json::json!({
                        "title": report.title,
                        "country": country.as_str(),
                        "scheme_id": report.scheme_id,
                        "theme_id": report.theme_id,
                        "groups": report.groups.iter().map(|g| g.as_str()).collect::<Vec<_>>(),
                        "from_public": new.from_public,
                        "organisation_id": new.organisation_id,
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok((barrier, true))
            }

            async fn barrier(
                &self,
                id: i64,
            ) -> $crate::Result<Option<frirum_domain::barrier::Barrier>> {
                let mut conn = self.pool.acquire().await?;
                load_barrier(&mut conn, id).await
            }

            async fn barriers(
                &self,
                filter: &$crate::barriers::BarrierFilter,
            ) -> $crate::Result<Vec<frirum_domain::barrier::Barrier>> {
                let mut conn = self.pool.acquire().await?;
                let ids: Vec<i64> = sqlx::query_scalar(&format!(
                    "SELECT b.id FROM barriers b {} ORDER BY b.id DESC",
                    $crate::sql_barriers::BARRIER_FILTER
                ))
                .bind(filter.status.map(|s| s.as_str()))
                .bind(filter.country.map(|c| c.as_str()))
                .bind(filter.root_cause.map(|c| c.as_str()))
                .bind(filter.group.map(|g| g.as_str()))
                .bind(filter.involving)
                .fetch_all(&mut *conn)
                .await?;
                let mut barriers = Vec::with_capacity(ids.len());
                for id in ids {
                    barriers.extend(load_barrier(&mut conn, id).await?);
                }
                Ok(barriers)
            }

            async fn count_barriers(
                &self,
                status: frirum_domain::barrier::BarrierStatus,
            ) -> $crate::Result<i64> {
                Ok(
                    sqlx::query_scalar("SELECT COUNT(*) FROM barriers WHERE status = $1")
                        .bind(status.as_str())
                        .fetch_one(&self.pool)
                        .await?,
                )
            }

            async fn barrier_supporters(
                &self,
                id: i64,
            ) -> $crate::Result<Vec<$crate::barriers::BarrierSupporter>> {
                let rows: Vec<$crate::sql_barriers::SupporterRow> = sqlx::query_as(
                    "SELECT s.user_id, u.name, o.name AS organisation_name, s.supported_at \
                     FROM barrier_supporters s JOIN users u ON u.id = s.user_id \
                     LEFT JOIN organisations o ON o.id = s.organisation_id \
                     WHERE s.barrier_id = $1 ORDER BY s.supported_at, s.user_id",
                )
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn support_barrier(
                &self,
                id: i64,
                user_id: i64,
                organisation_id: Option<i64>,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<bool> {
                let mut tx = begin_write(&self.pool).await?;
                lock_barrier(&mut tx, id).await?;
                let inserted = sqlx::query(
                    "INSERT INTO barrier_supporters (barrier_id, user_id, organisation_id, \
                     supported_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                )
                .bind(id)
                .bind(user_id)
                .bind(organisation_id)
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                if inserted.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Ok(false);
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Barrier,
                    id,
                    &actor,
                    "barrier.supported",
                    serde_json::json!({ "user_id": user_id, "organisation_id": organisation_id }),
                )
                .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn withdraw_barrier_support(
                &self,
                id: i64,
                user_id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<bool> {
                let mut tx = begin_write(&self.pool).await?;
                lock_barrier(&mut tx, id).await?;
                let deleted = sqlx::query(
                    "DELETE FROM barrier_supporters WHERE barrier_id = $1 AND user_id = $2",
                )
                .bind(id)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
                if deleted.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Ok(false);
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Barrier,
                    id,
                    &actor,
                    "barrier.support_withdrawn",
                    serde_json::json!({ "user_id": user_id }),
                )
                .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn link_barrier_provision(
                &self,
                id: i64,
                provision_id: i64,
                confirmed: bool,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<
                Result<frirum_domain::barrier::Barrier, frirum_domain::barrier::BarrierError>,
            > {
                let mut tx = begin_write(&self.pool).await?;
                let (status, _) = lock_barrier(&mut tx, id).await?;
                let found: Option<(String, String)> = sqlx::query_as(
                    "SELECT p.jurisdiction, b.country FROM provisions p, barriers b \
                     WHERE p.id = $1 AND b.id = $2",
                )
                .bind(provision_id)
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
                let Some((jurisdiction, country)) = found else {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                };
                let parse = |c: &str| {
                    c.parse::<frirum_domain::Country>()
                        .map_err($crate::StoreError::corrupt)
                };
                let checked = if status == frirum_domain::barrier::BarrierStatus::Merged {
                    Err(frirum_domain::barrier::BarrierError::Merged)
                } else {
                    frirum_domain::barrier::check_provision_country(
                        parse(&country)?,
                        parse(&jurisdiction)?,
                    )
                };
                if let Err(e) = checked {
                    tx.rollback().await?;
                    return Ok(Err(e));
                }
                sqlx::query(
                    "INSERT INTO barrier_provisions (barrier_id, provision_id, linked_by, \
                     confirmed, linked_at) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (barrier_id, provision_id) DO UPDATE \
                     SET confirmed = (barrier_provisions.confirmed OR excluded.confirmed)",
                )
                .bind(id)
                .bind(provision_id)
                .bind(actor.user_id)
                .bind(confirmed)
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                bump_barrier(&mut tx, id, actor.at).await?;
                let barrier = reload_barrier(&mut tx, id).await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Barrier,
                    id,
                    &actor,
                    "barrier.provision_linked",
                    serde_json::json!({ "provision_id": provision_id, "confirmed": confirmed }),
                )
                .await?;
                tx.commit().await?;
                Ok(Ok(barrier))
            }

            async fn triage_barrier(
                &self,
                id: i64,
                triage: &$crate::barriers::BarrierTriage,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<
                Result<frirum_domain::barrier::Barrier, frirum_domain::barrier::BarrierError>,
            > {
                let mut tx = begin_write(&self.pool).await?;
                let (status, version) = lock_barrier(&mut tx, id).await?;
                if version != triage.seen_version {
                    tx.rollback().await?;
                    return Err($crate::StoreError::EditConflict { current: version });
                }
                if status == frirum_domain::barrier::BarrierStatus::Merged {
                    tx.rollback().await?;
                    return Ok(Err(frirum_domain::barrier::BarrierError::Merged));
                }
                sqlx::query("DELETE FROM barrier_root_causes WHERE barrier_id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                for cause in &triage.root_causes {
                    sqlx::query(
                        "INSERT INTO barrier_root_causes (barrier_id, root_cause) \
                         VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    )
                    .bind(id)
                    .bind(cause.as_str())
                    .execute(&mut *tx)
                    .await?;
                }
                sqlx::query("UPDATE barrier_provisions SET confirmed = $2 WHERE barrier_id = $1")
                    .bind(id)
                    .bind(false)
                    .execute(&mut *tx)
                    .await?;
                for provision in &triage.confirmed_provisions {
                    sqlx::query(
                        "UPDATE barrier_provisions SET confirmed = $3 \
                         WHERE barrier_id = $1 AND provision_id = $2",
                    )
                    .bind(id)
                    .bind(provision)
                    .bind(true)
                    .execute(&mut *tx)
                    .await?;
                }
                sqlx::query("UPDATE barriers SET restricted = $2 WHERE id = $1")
                    .bind(id)
                    .bind(triage.restricted)
                    .execute(&mut *tx)
                    .await?;
                bump_barrier(&mut tx, id, actor.at).await?;
                let barrier = reload_barrier(&mut tx, id).await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Barrier,
                    id,
                    &actor,
                    "barrier.triaged",
                    serde_json::json!({
                        "root_causes": barrier.root_causes.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
                        "restricted": triage.restricted,
                        "confirmed_provisions": barrier.provisions.iter()
                            .filter(|p| p.confirmed).map(|p| p.provision_id).collect::<Vec<_>>(),
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(Ok(barrier))
            }

            async fn change_barrier_status(
                &self,
                id: i64,
                to: frirum_domain::barrier::BarrierStatus,
                change: &frirum_domain::barrier::BarrierStatusFields,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<
                Result<frirum_domain::barrier::Barrier, frirum_domain::barrier::BarrierError>,
            > {
                use frirum_domain::barrier::BarrierStatus;
                let mut tx = begin_write(&self.pool).await?;
                let (from, version) = lock_barrier(&mut tx, id).await?;
                if change.seen_version.is_some_and(|seen| seen != version) {
                    tx.rollback().await?;
                    return Err($crate::StoreError::EditConflict { current: version });
                }
                let causes: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM barrier_root_causes WHERE barrier_id = $1",
                )
                .bind(id)
                .fetch_one(&mut *tx)
                .await?;
                let checked = frirum_domain::barrier::check_transition(
                    from,
                    to,
                    &change.change(usize::try_from(causes).unwrap_or(0)),
                )
                .and_then(|()| change.check_for(to));
                if let Err(e) = checked {
                    tx.rollback().await?;
                    return Ok(Err(e));
                }
                let text = |t: &str| (!t.is_empty()).then(|| t.to_owned());
                sqlx::query(
                    "UPDATE barriers SET status = $2, \
                     guidance = COALESCE($3, guidance), close_reason = COALESCE($4, close_reason), \
                     ministry = COALESCE($5, ministry), \
                     ministry_response = COALESCE($6, ministry_response), \
                     experiment_kind = COALESCE($7, experiment_kind), \
                     experiment_id = COALESCE($8, experiment_id) WHERE id = $1",
                )
                .bind(id)
                .bind(to.as_str())
                .bind(text(&change.guidance).filter(|_| to == BarrierStatus::NotLegalObstacle))
                .bind(text(&change.reason).filter(|_| to == BarrierStatus::Closed))
                .bind(text(&change.ministry))
                .bind(text(&change.ministry_response))
                .bind(change.experiment.map(|(kind, _)| kind.as_str()))
                .bind(change.experiment.map(|(_, id)| id))
                .execute(&mut *tx)
                .await?;
                bump_barrier(&mut tx, id, actor.at).await?;
                barrier_history_entry(&mut tx, id, to, Some(&change.note), &actor).await?;
                let barrier = reload_barrier(&mut tx, id).await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Barrier,
                    id,
                    &actor,
                    "barrier.status_changed",
                    serde_json::json!({
                        "status": { "from": from.as_str(), "to": to.as_str() },
                        "guidance": barrier.guidance,
                        "reason": barrier.close_reason,
                        "ministry": barrier.ministry,
                        "ministry_response": barrier.ministry_response,
                        "experiment": change.experiment.map(|(kind, id)| {
                            serde_json::json!({ "kind": kind.as_str(), "id": id })
                        }),
                        "note": text(&change.note),
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(Ok(barrier))
            }

            async fn merge_barrier(
                &self,
                source: i64,
                target: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<
                Result<frirum_domain::barrier::Barrier, frirum_domain::barrier::BarrierError>,
            > {
                use frirum_domain::barrier::{BarrierStatus, MergeFacts, check_merge};
                let mut tx = begin_write(&self.pool).await?;
                // Always the lower id first, so that two merges never wait on each other.
                let (first, second) = (source.min(target), source.max(target));
                let first_status = lock_barrier(&mut tx, first).await?.0;
                let second_status = lock_barrier(&mut tx, second).await?.0;
                let status_of = |id: i64| {
                    if id == first {
                        first_status
                    } else {
                        second_status
                    }
                };
                let facts = MergeFacts {
                    source_id: source,
                    source_status: status_of(source),
                    target_id: target,
                    target_status: status_of(target),
                };
                if let Err(e) = check_merge(facts) {
                    tx.rollback().await?;
                    return Ok(Err(e));
                }
                sqlx::query(
                    "UPDATE barriers SET status = 'merged', merged_into = $2 WHERE id = $1",
                )
                .bind(source)
                .bind(target)
                .execute(&mut *tx)
                .await?;
                // The source's reporter and supporters support the target, once each and
                // never its own reporter.
                sqlx::query(
                    "INSERT INTO barrier_supporters (barrier_id, user_id, organisation_id, \
                     supported_at) \
                     SELECT $2, b.reporter_id, b.organisation_id, b.reported_at FROM barriers b \
                     WHERE b.id = $1 AND b.reporter_id IS NOT NULL \
                     UNION ALL SELECT $2, s.user_id, s.organisation_id, s.supported_at \
                     FROM barrier_supporters s WHERE s.barrier_id = $1 \
                     ON CONFLICT DO NOTHING",
                )
                .bind(source)
                .bind(target)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "DELETE FROM barrier_supporters WHERE barrier_id = $1 \
                     AND user_id = (SELECT reporter_id FROM barriers WHERE id = $1)",
                )
                .bind(target)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO barrier_provisions (barrier_id, provision_id, linked_by, \
                     confirmed, linked_at) SELECT $2, provision_id, linked_by, confirmed, \
                     linked_at FROM barrier_provisions WHERE barrier_id = $1 \
                     ON CONFLICT DO NOTHING",
                )
                .bind(source)
                .bind(target)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO barrier_groups (barrier_id, affected_group) \
                     SELECT $2, affected_group FROM barrier_groups WHERE barrier_id = $1 \
                     ON CONFLICT DO NOTHING",
                )
                .bind(source)
                .bind(target)
                .execute(&mut *tx)
                .await?;
                bump_barrier(&mut tx, source, actor.at).await?;
                bump_barrier(&mut tx, target, actor.at).await?;
                barrier_history_entry(&mut tx, source, BarrierStatus::Merged, None, &actor)
                    .await?;
                let merged = reload_barrier(&mut tx, target).await?;
                for (case, action, other) in [
                    (source, "barrier.merged", target),
                    (target, "barrier.merged_in", source),
                ] {
                    let key = if case == source {
                        "merged_into"
                    } else {
                        "merged_from"
                    };
                    append_journal(
                        &mut tx,
                        frirum_domain::journal::CaseKind::Barrier,
                        case,
                        &actor,
                        action,
                        serde_json::json!({ key: other }),
                    )
                    .await?;
                }
                tx.commit().await?;
                Ok(Ok(merged))
            }

            async fn barrier_history(
                &self,
                id: i64,
            ) -> $crate::Result<Vec<$crate::barriers::BarrierHistoryEntry>> {
                let rows: Vec<$crate::sql_barriers::HistoryRow> = sqlx::query_as(
                    "SELECT status, note, at FROM barrier_status_history \
                     WHERE barrier_id = $1 ORDER BY id",
                )
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn scheme_public_barrier_reports(
                &self,
                scheme_id: i64,
            ) -> $crate::Result<Option<bool>> {
                Ok(sqlx::query_scalar(
                    "SELECT public_barrier_reports FROM schemes WHERE id = $1",
                )
                .bind(scheme_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn set_scheme_public_barrier_reports(
                &self,
                scheme_id: i64,
                on: bool,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                let before: Option<bool> = sqlx::query_scalar(
                    "UPDATE schemes SET public_barrier_reports = $2 WHERE id = $1 \
                     RETURNING public_barrier_reports",
                )
                .bind(scheme_id)
                .bind(on)
                .fetch_optional(&mut *tx)
                .await?;
                if before.is_none() {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Scheme,
                    scheme_id,
                    &actor,
                    "scheme.public_barrier_reports_changed",
                    serde_json::json!({ "public_barrier_reports": on }),
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }
        }
    };
}

pub(crate) use impl_barrier_store;
