//! The SQL of [`crate::RoundStore`]: the rounds of a scheme, whose opening and deadline
//! are kept both as the local time the secretariat gave and as the instant it stands for.
//! Expanded per engine like every store macro (see [`crate::sql`]).

use frirum_domain::clock::LocalTime;
use frirum_domain::scheme::{Round, RoundDraft};
use time::{OffsetDateTime, PrimitiveDateTime};

use crate::StoreError;
use crate::sql::unsigned;

pub(crate) const ROUND_SELECT: &str = "SELECT id, scheme_id, number, title, opens_local, \
     deadline_local, time_zone, target_trials FROM rounds";

#[derive(sqlx::FromRow)]
pub(crate) struct RoundRow {
    id: i64,
    scheme_id: i64,
    number: i64,
    title: String,
    opens_local: PrimitiveDateTime,
    deadline_local: PrimitiveDateTime,
    time_zone: String,
    target_trials: i64,
}

impl RoundRow {
    pub fn into_domain(self) -> Result<Round, StoreError> {
        Ok(Round {
            id: self.id,
            scheme_id: self.scheme_id,
            number: unsigned(self.number)?,
            title: self.title,
            opens: LocalTime::new(self.opens_local, self.time_zone.clone()),
            deadline: LocalTime::new(self.deadline_local, self.time_zone),
            target_trials: unsigned(self.target_trials)?,
        })
    }
}

/// What the journal records of a round.
pub(crate) fn round_facts(draft: &RoundDraft) -> serde_json::Value {
    serde_json::json!({
        "number": draft.number,
        "title": draft.title,
        "opens": draft.opens.display(),
        "deadline": draft.deadline.display(),
        "target_trials": draft.target_trials,
    })
}

/// The instant a local time of a round stands for.
pub(crate) fn local_instant(t: &LocalTime) -> crate::Result<OffsetDateTime> {
    t.instant().map_err(StoreError::corrupt)
}

/// Implements [`crate::RoundStore`] for a store with a `pool` field, in an engine module
/// where [`crate::sql_shared::shared_sql_helpers!`] has been expanded.
macro_rules! impl_round_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::RoundStore for $store {
            async fn add_round(
                &self,
                scheme_id: i64,
                draft: &frirum_domain::scheme::RoundDraft,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::scheme::Round> {
                let mut tx = begin_write(&self.pool).await?;
                let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
                    "INSERT INTO rounds (scheme_id, number, title, opens_local, deadline_local, \
                     time_zone, opens_at, deadline_at, target_trials) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                )
                .bind(scheme_id)
                .bind(i64::from(draft.number))
                .bind(&draft.title)
                .bind(draft.opens.local)
                .bind(draft.deadline.local)
                .bind(&draft.deadline.time_zone)
                .bind($crate::sql_rounds::local_instant(&draft.opens)?)
                .bind($crate::sql_rounds::local_instant(&draft.deadline)?)
                .bind(i64::from(draft.target_trials))
                .fetch_one(&mut *tx)
                .await;
                let id = match inserted {
                    Ok(id) => id,
                    Err(e) if $crate::StoreError::is_unique_violation(&e) => {
                        tx.rollback().await?;
                        return Err($crate::StoreError::Duplicate($crate::Unique::RoundNumber));
                    }
                    Err(e) => return Err(e.into()),
                };
                let mut facts = $crate::sql_rounds::round_facts(draft);
                facts["scheme_id"] = scheme_id.into();
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Round,
                    id,
                    &actor,
                    "round.created",
                    facts,
                )
                .await?;
                tx.commit().await?;
                self.round(id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn update_round(
                &self,
                round_id: i64,
                draft: &frirum_domain::scheme::RoundDraft,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::scheme::Round> {
                let old = self.round(round_id).await?.ok_or($crate::StoreError::NotFound)?;
                let mut tx = begin_write(&self.pool).await?;
                let done = sqlx::query(
                    "UPDATE rounds SET number = $1, title = $2, opens_local = $3, deadline_local = $4, \
                     time_zone = $5, opens_at = $6, deadline_at = $7, target_trials = $8 WHERE id = $9",
                )
                .bind(i64::from(draft.number))
                .bind(&draft.title)
                .bind(draft.opens.local)
                .bind(draft.deadline.local)
                .bind(&draft.deadline.time_zone)
                .bind($crate::sql_rounds::local_instant(&draft.opens)?)
                .bind($crate::sql_rounds::local_instant(&draft.deadline)?)
                .bind(i64::from(draft.target_trials))
                .bind(round_id)
                .execute(&mut *tx)
                .await;
                match done {
                    Ok(_) => {}
                    Err(e) if $crate::StoreError::is_unique_violation(&e) => {
                        tx.rollback().await?;
                        return Err($crate::StoreError::Duplicate($crate::Unique::RoundNumber));
                    }
                    Err(e) => return Err(e.into()),
                }
                let before = $crate::sql_rounds::round_facts(&frirum_domain::scheme::RoundDraft {
                    number: old.number,
                    title: old.title.clone(),
                    opens: old.opens.clone(),
                    deadline: old.deadline.clone(),
                    target_trials: old.target_trials,
                });
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Round,
                    round_id,
                    &actor,
                    "round.changed",
                    frirum_domain::journal::diff(&before, &$crate::sql_rounds::round_facts(draft)),
                )
                .await?;
                tx.commit().await?;
                self.round(round_id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn rounds(&self, scheme_id: i64) -> $crate::Result<Vec<frirum_domain::scheme::Round>> {
                let rows: Vec<$crate::sql_rounds::RoundRow> = sqlx::query_as(&format!(
                    "{} WHERE scheme_id = $1 ORDER BY number",
                    $crate::sql_rounds::ROUND_SELECT
                ))
                .bind(scheme_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn round(&self, round_id: i64) -> $crate::Result<Option<frirum_domain::scheme::Round>> {
                let row: Option<$crate::sql_rounds::RoundRow> = sqlx::query_as(&format!(
                    "{} WHERE id = $1",
                    $crate::sql_rounds::ROUND_SELECT
                ))
                .bind(round_id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }
        }
    };
}

pub(crate) use impl_round_store;
