//! The SQL of [`crate::PartnerStore`]: the partner register, trial partners, their demands
//! and values, report verdicts and acknowledged breaches. Expanded per engine like every
//! store macro (see [`crate::sql`]).
//!
//! Every write that touches a trial locks the trial first (`lock_trial`), which is also the
//! transaction's first write, so SQLite takes its write lock at once.

use frirum_domain::partner::{Acknowledgement, Breach, Item, Partner, Review, TrialPartner};
use time::{Date, OffsetDateTime};

use crate::StoreError;

pub(crate) const PARTNER_SELECT: &str =
    "SELECT id, name, kind, country, national_id, website, created_at FROM partners";

/// A trial partner with its partner and trial; `p` is the partner, `tp` the link.
pub(crate) const TRIAL_PARTNER_SELECT: &str = "SELECT tp.id AS tp_id, tp.trial_id, \
     t.title AS trial_title, ts.status AS trial_status, tp.role, p.id, p.name, p.kind, \
     p.country, p.national_id, p.website, p.created_at \
     FROM trial_partners tp JOIN partners p ON p.id = tp.partner_id \
     JOIN trials t ON t.id = tp.trial_id JOIN trial_states ts ON ts.trial_id = t.id";

pub(crate) const REVIEW_SELECT: &str = "SELECT r.report_id, r.item_id, r.verdict, r.note, \
     tr.period_start, tr.period_end, r.acknowledged_at, r.acknowledgement, \
     ack.name AS acknowledged_by_name FROM partner_reviews r \
     JOIN trial_reports tr ON tr.id = r.report_id \
     LEFT JOIN users ack ON ack.id = r.acknowledged_by";

pub(crate) const BREACH_SELECT: &str = "SELECT r.report_id, r.item_id, tp.trial_id, \
     t.title AS trial_title, p.id AS partner_id, p.name AS partner_name, i.item, i.kind, \
     i.text, r.note, tr.period_start, tr.period_end, \
     r.acknowledged_at IS NOT NULL AS acknowledged, r.acknowledged_at, \
     r.acknowledgement, ack.name AS acknowledged_by_name \
     FROM partner_reviews r JOIN trial_reports tr ON tr.id = r.report_id \
     LEFT JOIN users ack ON ack.id = r.acknowledged_by \
     JOIN partner_items i ON i.id = r.item_id \
     JOIN trial_partners tp ON tp.id = i.trial_partner_id \
     JOIN partners p ON p.id = tp.partner_id JOIN trials t ON t.id = tp.trial_id \
     WHERE r.verdict = 'breached' AND tr.status IN ('submitted', 'accepted')";

#[derive(sqlx::FromRow)]
pub(crate) struct PartnerRow {
    id: i64,
    name: String,
    kind: String,
    country: String,
    national_id: Option<String>,
    website: Option<String>,
    created_at: OffsetDateTime,
}

impl PartnerRow {
    pub fn into_domain(self) -> Result<Partner, StoreError> {
        Ok(Partner {
            id: self.id,
            name: self.name,
            kind: self.kind.parse().map_err(StoreError::corrupt)?,
            country: self.country.parse().map_err(StoreError::corrupt)?,
            national_id: self.national_id,
            website: self.website,
            created_at: self.created_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct TrialPartnerRow {
    tp_id: i64,
    trial_id: i64,
    trial_title: String,
    trial_status: String,
    role: String,
    #[sqlx(flatten)]
    partner: PartnerRow,
}

impl TrialPartnerRow {
    pub fn into_domain(self, items: &[Item]) -> Result<TrialPartner, StoreError> {
        Ok(TrialPartner {
            id: self.tp_id,
            trial_id: self.trial_id,
            trial_title: self.trial_title,
            trial_status: self.trial_status.parse().map_err(StoreError::corrupt)?,
            role: self.role,
            items: items
                .iter()
                .filter(|i| i.trial_partner_id == self.tp_id)
                .cloned()
                .collect(),
            partner: self.partner.into_domain()?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ItemRow {
    id: i64,
    trial_partner_id: i64,
    item: String,
    kind: String,
    text: String,
}

impl ItemRow {
    pub fn into_domain(self) -> Result<Item, StoreError> {
        Ok(Item {
            id: self.id,
            trial_partner_id: self.trial_partner_id,
            item: self.item.parse().map_err(StoreError::corrupt)?,
            kind: self.kind,
            text: self.text,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ReviewRow {
    report_id: i64,
    item_id: i64,
    verdict: String,
    note: String,
    period_start: Date,
    period_end: Date,
    acknowledged_at: Option<OffsetDateTime>,
    acknowledgement: Option<String>,
    acknowledged_by_name: Option<String>,
}

/// The acknowledgement columns of a review, once acknowledged.
fn acknowledgement(
    at: Option<OffsetDateTime>,
    note: Option<String>,
    by_name: Option<String>,
) -> Option<Acknowledgement> {
    at.map(|at| Acknowledgement {
        at,
        by_name,
        note: note.unwrap_or_default(),
    })
}

impl ReviewRow {
    pub fn into_domain(self) -> Result<Review, StoreError> {
        Ok(Review {
            report_id: self.report_id,
            item_id: self.item_id,
            verdict: self.verdict.parse().map_err(StoreError::corrupt)?,
            note: self.note,
            period_start: self.period_start,
            period_end: self.period_end,
            acknowledgement: acknowledgement(
                self.acknowledged_at,
                self.acknowledgement,
                self.acknowledged_by_name,
            ),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct BreachRow {
    report_id: i64,
    item_id: i64,
    trial_id: i64,
    trial_title: String,
    partner_id: i64,
    partner_name: String,
    item: String,
    kind: String,
    text: String,
    note: String,
    period_start: Date,
    period_end: Date,
    acknowledged: bool,
    acknowledged_at: Option<OffsetDateTime>,
    acknowledgement: Option<String>,
    acknowledged_by_name: Option<String>,
}

impl BreachRow {
    pub fn into_domain(self) -> Result<Breach, StoreError> {
        Ok(Breach {
            report_id: self.report_id,
            item_id: self.item_id,
            trial_id: self.trial_id,
            trial_title: self.trial_title,
            partner_id: self.partner_id,
            partner_name: self.partner_name,
            item: self.item.parse().map_err(StoreError::corrupt)?,
            kind: self.kind,
            text: self.text,
            note: self.note,
            period_start: self.period_start,
            period_end: self.period_end,
            acknowledged: self.acknowledged,
            acknowledgement: acknowledgement(
                self.acknowledged_at,
                self.acknowledgement,
                self.acknowledged_by_name,
            ),
        })
    }
}

/// Implements [`crate::PartnerStore`] for a store type with a `pool` field.
macro_rules! impl_partner_store {
    ($store:ty) => {
        /// Trial partners narrowed by a condition with one bound id, with their items.
        async fn trial_partners_where(
            pool: &sqlx::Pool<Db>,
            condition: &str,
            id: i64,
        ) -> $crate::Result<Vec<frirum_domain::partner::TrialPartner>> {
            let rows: Vec<$crate::sql_partners::TrialPartnerRow> = sqlx::query_as(&format!(
                "{} WHERE {condition} ORDER BY p.name, t.title, tp.id",
                $crate::sql_partners::TRIAL_PARTNER_SELECT
            ))
            .bind(id)
            .fetch_all(pool)
            .await?;
            let items: Vec<$crate::sql_partners::ItemRow> = sqlx::query_as(&format!(
                "SELECT i.id, i.trial_partner_id, i.item, i.kind, i.text FROM partner_items i \
                 JOIN trial_partners tp ON tp.id = i.trial_partner_id \
                 JOIN partners p ON p.id = tp.partner_id WHERE {condition} ORDER BY i.id"
            ))
            .bind(id)
            .fetch_all(pool)
            .await?;
            let items = items
                .into_iter()
                .map(|i| i.into_domain())
                .collect::<Result<Vec<_>, _>>()?;
            rows.into_iter().map(|r| r.into_domain(&items)).collect()
        }

        /// The trial (locked) of a trial partner of `trial_id`, and its application's id.
        async fn lock_trial_partner(
            tx: &mut Tx<'_>,
            trial_id: i64,
            trial_partner_id: i64,
        ) -> $crate::Result<i64> {
            let application = lock_trial(tx, trial_id).await?;
            let found: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM trial_partners WHERE id = $1 AND trial_id = $2",
            )
            .bind(trial_partner_id)
            .bind(trial_id)
            .fetch_optional(&mut **tx)
            .await?;
            found.ok_or($crate::StoreError::NotFound)?;
            Ok(application)
        }

        #[async_trait::async_trait]
        impl $crate::PartnerStore for $store {
            async fn create_partner(
                &self,
                partner: &frirum_domain::partner::NewPartner,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<
                Result<frirum_domain::partner::Partner, frirum_domain::partner::PartnerError>,
            > {
                let mut tx = begin_write(&self.pool).await?;
                let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
                    "INSERT INTO partners (name, kind, country, national_id, website, \
                     created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(&partner.name)
                .bind(partner.kind.as_str())
                .bind(partner.country.as_str())
                .bind(partner.national_id.as_deref())
                .bind(partner.website.as_deref())
                .bind(actor.user_id)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await;
                let id = match inserted {
                    Ok(id) => id,
                    Err(e) if $crate::StoreError::is_unique_violation(&e) => {
                        tx.rollback().await?;
                        let existing = match &partner.national_id {
                            Some(n) => {
                                $crate::PartnerStore::partner_by_national_id(
                                    self,
                                    partner.country,
                                    n,
                                )
                                .await?
                            }
                            None => None,
                        };
                        let existing = existing.ok_or($crate::StoreError::NotFound)?;
                        return Ok(Err(frirum_domain::partner::PartnerError::Duplicate {
                            existing: existing.id,
                        }));
                    }
                    Err(e) => return Err(e.into()),
                };
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Partner,
                    id,
                    &actor,
                    "partner.registered",
                    serde_json::json!({
                        "name": partner.name,
                        "kind": partner.kind.as_str(),
                        "country": partner.country.as_str(),
                        "national_id": partner.national_id,
                    }),
                )
                .await?;
                tx.commit().await?;
                let created = $crate::PartnerStore::partner(self, id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)?;
                Ok(Ok(created))
            }

            async fn partners(
                &self,
            ) -> $crate::Result<Vec<frirum_domain::partner::Partner>> {
                let rows: Vec<$crate::sql_partners::PartnerRow> = sqlx::query_as(&format!(
                    "{} ORDER BY name, id",
                    $crate::sql_partners::PARTNER_SELECT
                ))
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn partner(
                &self,
                id: i64,
            ) -> $crate::Result<Option<frirum_domain::partner::Partner>> {
                let row: Option<$crate::sql_partners::PartnerRow> = sqlx::query_as(&format!(
                    "{} WHERE id = $1",
                    $crate::sql_partners::PARTNER_SELECT
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn partner_by_national_id(
                &self,
                country: frirum_domain::Country,
                national_id: &str,
            ) -> $crate::Result<Option<frirum_domain::partner::Partner>> {
                let row: Option<$crate::sql_partners::PartnerRow> = sqlx::query_as(&format!(
                    "{} WHERE country = $1 AND national_id = $2",
                    $crate::sql_partners::PARTNER_SELECT
                ))
                .bind(country.as_str())
                .bind(national_id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn add_trial_partner(
                &self,
                trial_id: i64,
                partner_id: i64,
                role: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<Result<i64, frirum_domain::partner::PartnerError>> {
                let mut tx = begin_write(&self.pool).await?;
                let application = lock_trial(&mut tx, trial_id).await?;
                let found: Option<String> =
                    sqlx::query_scalar("SELECT name FROM partners WHERE id = $1")
                        .bind(partner_id)
                        .fetch_optional(&mut *tx)
                        .await?;
                let name = found.ok_or($crate::StoreError::NotFound)?;
                let inserted: Option<i64> = sqlx::query_scalar(
                    "INSERT INTO trial_partners (trial_id, partner_id, role, added_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id",
                )
                .bind(trial_id)
                .bind(partner_id)
                .bind(role)
                .bind(actor.at)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(id) = inserted else {
                    tx.rollback().await?;
                    return Ok(Err(frirum_domain::partner::PartnerError::AlreadyInTrial));
                };
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application,
                    &actor,
                    "trial.partner_added",
                    serde_json::json!({
                        "trial_id": trial_id, "partner_id": partner_id, "name": name,
                        "role": role,
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(Ok(id))
            }

            async fn add_partner_item(
                &self,
                trial_id: i64,
                trial_partner_id: i64,
                item: frirum_domain::partner::ItemKind,
                kind: &str,
                text: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::partner::Item> {
                let mut tx = begin_write(&self.pool).await?;
                let application = lock_trial_partner(&mut tx, trial_id, trial_partner_id).await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO partner_items (trial_partner_id, item, kind, text, added_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(trial_partner_id)
                .bind(item.as_str())
                .bind(kind)
                .bind(text)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application,
                    &actor,
                    match item {
                        frirum_domain::partner::ItemKind::Demand => "trial.partner_demand_added",
                        frirum_domain::partner::ItemKind::Value => "trial.partner_value_added",
                    },
                    serde_json::json!({
                        "trial_id": trial_id, "trial_partner_id": trial_partner_id,
                        "item_id": id, "kind": kind, "text": text,
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(frirum_domain::partner::Item {
                    id,
                    trial_partner_id,
                    item,
                    kind: kind.to_owned(),
                    text: text.to_owned(),
                })
            }

            async fn trial_partners(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::partner::TrialPartner>> {
                trial_partners_where(&self.pool, "tp.trial_id = $1", trial_id).await
            }

            async fn partner_trials(
                &self,
                partner_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::partner::TrialPartner>> {
                trial_partners_where(&self.pool, "p.id = $1", partner_id).await
            }

            async fn save_partner_reviews(
                &self,
                report_id: i64,
                verdicts: &[(i64, frirum_domain::partner::PartnerVerdict, String)],
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                // The report's row first: the write lock on SQLite, and the report's
                // verdicts change one save at a time on PostgreSQL.
                let found = sqlx::query("UPDATE trial_reports SET version = version WHERE id = $1")
                    .bind(report_id)
                    .execute(&mut *tx)
                    .await?;
                if found.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound);
                }
                sqlx::query(
                    "DELETE FROM partner_reviews WHERE report_id = $1 \
                     AND acknowledged_at IS NULL",
                )
                .bind(report_id)
                .execute(&mut *tx)
                .await?;
                for (item_id, verdict, note) in verdicts {
                    sqlx::query(
                        "INSERT INTO partner_reviews (report_id, item_id, verdict, note) \
                         VALUES ($1, $2, $3, $4) ON CONFLICT (report_id, item_id) DO NOTHING",
                    )
                    .bind(report_id)
                    .bind(item_id)
                    .bind(verdict.as_str())
                    .bind(note)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn report_partner_reviews(
                &self,
                report_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::partner::Review>> {
                let rows: Vec<$crate::sql_partners::ReviewRow> = sqlx::query_as(&format!(
                    "{} WHERE r.report_id = $1 ORDER BY r.item_id",
                    $crate::sql_partners::REVIEW_SELECT
                ))
                .bind(report_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn trial_partner_reviews(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::partner::Review>> {
                let rows: Vec<$crate::sql_partners::ReviewRow> = sqlx::query_as(&format!(
                    "{} WHERE tr.trial_id = $1 AND tr.status IN ('submitted', 'accepted') \
                     ORDER BY tr.period_start, r.item_id",
                    $crate::sql_partners::REVIEW_SELECT
                ))
                .bind(trial_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn partner_breaches(
                &self,
                open_only: bool,
            ) -> $crate::Result<Vec<frirum_domain::partner::Breach>> {
                let rows: Vec<$crate::sql_partners::BreachRow> = sqlx::query_as(&format!(
                    "{} {} ORDER BY tr.period_end DESC, r.report_id DESC, r.item_id",
                    $crate::sql_partners::BREACH_SELECT,
                    if open_only { "AND r.acknowledged_at IS NULL" } else { "" }
                ))
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn acknowledge_breach(
                &self,
                report_id: i64,
                item_id: i64,
                note: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<Result<(), frirum_domain::partner::PartnerError>> {
                let mut tx = begin_write(&self.pool).await?;
                let done = sqlx::query(
                    "UPDATE partner_reviews SET acknowledged_at = $3, acknowledged_by = $4, \
                     acknowledgement = $5 WHERE report_id = $1 AND item_id = $2 \
                     AND verdict = 'breached' AND acknowledged_at IS NULL",
                )
                .bind(report_id)
                .bind(item_id)
                .bind(actor.at)
                .bind(actor.user_id)
                .bind(note)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    let seen: Option<bool> = sqlx::query_scalar(
                        "SELECT acknowledged_at IS NOT NULL FROM partner_reviews \
                         WHERE report_id = $1 AND item_id = $2 AND verdict = 'breached'",
                    )
                    .bind(report_id)
                    .bind(item_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                    tx.rollback().await?;
                    return match seen {
                        Some(true) => {
                            Ok(Err(frirum_domain::partner::PartnerError::AlreadyAcknowledged))
                        }
                        _ => Err($crate::StoreError::NotFound),
                    };
                }
                let partner_id: i64 = sqlx::query_scalar(
                    "SELECT tp.partner_id FROM partner_items i \
                     JOIN trial_partners tp ON tp.id = i.trial_partner_id WHERE i.id = $1",
                )
                .bind(item_id)
                .fetch_one(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Partner,
                    partner_id,
                    &actor,
                    "partner.breach_acknowledged",
                    serde_json::json!({
                        "report_id": report_id, "item_id": item_id, "note": note,
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(Ok(()))
            }

            async fn link_partner_document(
                &self,
                document_id: i64,
                trial_partner_id: i64,
            ) -> $crate::Result<()> {
                sqlx::query(
                    "INSERT INTO partner_documents (document_id, trial_partner_id) \
                     VALUES ($1, $2) ON CONFLICT (document_id) \
                     DO UPDATE SET trial_partner_id = excluded.trial_partner_id",
                )
                .bind(document_id)
                .bind(trial_partner_id)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn partner_documents(
                &self,
                trial_partner_ids: &[i64],
            ) -> $crate::Result<Vec<(i64, i64)>> {
                let mut out = Vec::new();
                for id in trial_partner_ids {
                    let rows: Vec<(i64, i64)> = sqlx::query_as(
                        "SELECT document_id, trial_partner_id FROM partner_documents \
                         WHERE trial_partner_id = $1 ORDER BY document_id",
                    )
                    .bind(id)
                    .fetch_all(&self.pool)
                    .await?;
                    out.extend(rows);
                }
                Ok(out)
            }
        }
    };
}

pub(crate) use impl_partner_store;
