//! The SQL of [`crate::RegulationStore`]: participants' local regulations and the schemes'
//! approval setting. Expanded per engine like every store macro (see [`crate::sql`]).
//!
//! A change begins by locking the trial (`lock_trial`), so that it comes wholly before or
//! after the trial's other changes, checks the version the caller saw, and ends with its
//! journal entry.

use frirum_domain::Country;
use frirum_domain::decision::RegulationKind;
use frirum_domain::language::Language;
use frirum_domain::organisation::OrganisationRef;
use frirum_domain::regulation::{Adoption, Regulation, RegulationStatus, RegulationWaiting};
use time::{Date, OffsetDateTime};

use crate::StoreError;

pub(crate) const REGULATION_SELECT: &str = "SELECT r.trial_id, r.organisation_id, \
     o.country AS organisation_country, o.code AS organisation_code, \
     o.name AS organisation_name, r.version, r.status, r.kind, r.language, r.title, r.text, \
     r.adopted_on, r.adopted_by, r.reference, r.in_force_from, r.approved_at, \
     u.name AS approved_by_name, r.updated_at \
     FROM trial_regulations r JOIN organisations o ON o.id = r.organisation_id \
     LEFT JOIN users u ON u.id = r.approved_by";

#[derive(sqlx::FromRow)]
pub(crate) struct RegulationRow {
    trial_id: i64,
    organisation_id: i64,
    organisation_country: String,
    organisation_code: String,
    organisation_name: String,
    version: i64,
    status: String,
    kind: String,
    language: String,
    title: String,
    text: String,
    adopted_on: Option<Date>,
    adopted_by: String,
    reference: String,
    in_force_from: Option<Date>,
    approved_at: Option<OffsetDateTime>,
    approved_by_name: Option<String>,
    updated_at: OffsetDateTime,
}

impl RegulationRow {
    pub fn into_domain(self) -> Result<Regulation, StoreError> {
        let adoption = match (self.adopted_on, self.in_force_from) {
            (Some(adopted_on), Some(in_force_from)) => Some(Adoption {
                adopted_on,
                body: self.adopted_by,
                reference: self.reference,
                in_force_from,
            }),
            _ => None,
        };
        Ok(Regulation {
            trial_id: self.trial_id,
            organisation: OrganisationRef {
                id: self.organisation_id,
                country: self
                    .organisation_country
                    .parse::<Country>()
                    .map_err(StoreError::corrupt)?,
                code: self.organisation_code,
                name: self.organisation_name,
            },
            version: self.version,
            status: self
                .status
                .parse::<RegulationStatus>()
                .map_err(StoreError::corrupt)?,
            kind: self
                .kind
                .parse::<RegulationKind>()
                .map_err(StoreError::corrupt)?,
            language: self
                .language
                .parse::<Language>()
                .map_err(StoreError::corrupt)?,
            title: self.title,
            text: self.text,
            adoption,
            approved_at: self.approved_at,
            approved_by_name: self.approved_by_name,
            updated_at: self.updated_at,
        })
    }
}

/// The columns of a dashboard row: the trial, its scheme and the participant, with the
/// regulation's status if one is drafted.
pub(crate) const WAITING_COLUMNS: &str = "t.id AS trial_id, t.case_number, \
     t.title AS trial_title, t.scheme_id, s.country, o.id AS organisation_id, \
     o.country AS organisation_country, o.code AS organisation_code, \
     o.name AS organisation_name, r.status, r.adopted_on, st.status AS trial_status";

#[derive(sqlx::FromRow)]
pub(crate) struct WaitingRow {
    trial_id: i64,
    case_number: String,
    trial_title: String,
    scheme_id: i64,
    country: String,
    organisation_id: i64,
    organisation_country: String,
    organisation_code: String,
    organisation_name: String,
    status: Option<String>,
    adopted_on: Option<Date>,
    trial_status: String,
}

impl WaitingRow {
    pub fn into_domain(self) -> Result<RegulationWaiting, StoreError> {
        Ok(RegulationWaiting {
            trial_id: self.trial_id,
            case_number: self.case_number,
            trial_title: self.trial_title,
            scheme_id: self.scheme_id,
            country: self
                .country
                .parse::<Country>()
                .map_err(StoreError::corrupt)?,
            organisation: OrganisationRef {
                id: self.organisation_id,
                country: self
                    .organisation_country
                    .parse::<Country>()
                    .map_err(StoreError::corrupt)?,
                code: self.organisation_code,
                name: self.organisation_name,
            },
            status: self
                .status
                .map(|s| s.parse::<RegulationStatus>().map_err(StoreError::corrupt))
                .transpose()?,
            adopted_on: self.adopted_on,
            trial_started: self.trial_status != "planned",
        })
    }
}

/// The journal's view of an adoption.
pub(crate) fn adoption_json(adoption: Option<&Adoption>) -> serde_json::Value {
    match adoption {
        None => serde_json::Value::Null,
        Some(a) => serde_json::json!({
            "adopted_on": a.adopted_on.to_string(),
            "body": a.body,
            "reference": a.reference,
            "in_force_from": a.in_force_from.to_string(),
        }),
    }
}

/// Implements [`crate::RegulationStore`] for a store with a `pool` field, in an engine
/// module where [`crate::sql_shared::shared_sql_helpers!`] has been expanded.
macro_rules! impl_regulation_store {
    ($store:ty) => {
        impl $store {
            async fn read_regulation(
                &self,
                trial_id: i64,
                organisation_id: i64,
            ) -> $crate::Result<Option<frirum_domain::regulation::Regulation>> {
                let row: Option<$crate::sql_regulations::RegulationRow> =
                    sqlx::query_as(&format!(
                        "{} WHERE r.trial_id = $1 AND r.organisation_id = $2",
                        $crate::sql_regulations::REGULATION_SELECT
                    ))
                    .bind(trial_id)
                    .bind(organisation_id)
                    .fetch_optional(&self.pool)
                    .await?;
                row.map($crate::sql_regulations::RegulationRow::into_domain)
                    .transpose()
            }

            /// Locks the trial and reads the regulation's version and adoption inside the
            /// transaction: `EditConflict` when the version is not the one seen.
            async fn lock_regulation(
                tx: &mut Tx<'_>,
                trial_id: i64,
                organisation_id: i64,
                expected_version: i64,
            ) -> $crate::Result<(i64, Option<frirum_domain::regulation::Regulation>)> {
                let application_id = lock_trial(tx, trial_id).await?;
                let row: Option<$crate::sql_regulations::RegulationRow> =
                    sqlx::query_as(&format!(
                        "{} WHERE r.trial_id = $1 AND r.organisation_id = $2",
                        $crate::sql_regulations::REGULATION_SELECT
                    ))
                    .bind(trial_id)
                    .bind(organisation_id)
                    .fetch_optional(&mut **tx)
                    .await?;
                let Some(row) = row else {
                    return Err($crate::StoreError::NotFound);
                };
                let current = row.into_domain()?;
                if current.version != expected_version {
                    return Err($crate::StoreError::EditConflict {
                        current: current.version,
                    });
                }
                Ok((application_id, Some(current)))
            }
        }

        #[async_trait::async_trait]
        impl $crate::RegulationStore for $store {
            async fn trial_regulations(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::regulation::Regulation>> {
                let rows: Vec<$crate::sql_regulations::RegulationRow> =
                    sqlx::query_as(&format!(
                        "{} WHERE r.trial_id = $1 ORDER BY o.name, o.id",
                        $crate::sql_regulations::REGULATION_SELECT
                    ))
                    .bind(trial_id)
                    .fetch_all(&self.pool)
                    .await?;
                rows.into_iter()
                    .map($crate::sql_regulations::RegulationRow::into_domain)
                    .collect()
            }

            async fn regulation(
                &self,
                trial_id: i64,
                organisation_id: i64,
            ) -> $crate::Result<Option<frirum_domain::regulation::Regulation>> {
                self.read_regulation(trial_id, organisation_id).await
            }

            async fn add_regulation_draft(
                &self,
                trial_id: i64,
                organisation_id: i64,
                draft: &frirum_domain::regulation::Draft,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::regulation::Regulation> {
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                let done = sqlx::query(
                    "INSERT INTO trial_regulations (trial_id, organisation_id, version, status, \
                     kind, language, title, text, adopted_by, reference, updated_at) \
                     VALUES ($1, $2, 1, 'drafted', $3, $4, $5, $6, '', '', $7) \
                     ON CONFLICT (trial_id, organisation_id) DO NOTHING",
                )
                .bind(trial_id)
                .bind(organisation_id)
                .bind(draft.kind.as_str())
                .bind(draft.language.tag())
                .bind(&draft.title)
                .bind(&draft.text)
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 1 {
                    append_journal(
                        &mut tx,
                        frirum_domain::journal::CaseKind::Application,
                        application_id,
                        &actor,
                        "trial.regulation_drafted",
                        serde_json::json!({
                            "trial_id": trial_id,
                            "organisation_id": organisation_id,
                            "title": draft.title,
                        }),
                    )
                    .await?;
                    tx.commit().await?;
                } else {
                    tx.rollback().await?;
                }
                self.read_regulation(trial_id, organisation_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn save_regulation_text(
                &self,
                trial_id: i64,
                organisation_id: i64,
                expected_version: i64,
                text: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::regulation::Regulation> {
                let mut tx = begin_write(&self.pool).await?;
                let (application_id, _) =
                    Self::lock_regulation(&mut tx, trial_id, organisation_id, expected_version)
                        .await?;
                sqlx::query(
                    "UPDATE trial_regulations SET text = $1, version = version + 1, \
                     updated_at = $2 WHERE trial_id = $3 AND organisation_id = $4",
                )
                .bind(text)
                .bind(actor.at)
                .bind(trial_id)
                .bind(organisation_id)
                .execute(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "trial.regulation_edited",
                    serde_json::json!({
                        "trial_id": trial_id,
                        "organisation_id": organisation_id,
                        "version": expected_version + 1,
                    }),
                )
                .await?;
                tx.commit().await?;
                self.read_regulation(trial_id, organisation_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn record_regulation_adoption(
                &self,
                trial_id: i64,
                organisation_id: i64,
                expected_version: i64,
                adoption: &frirum_domain::regulation::Adoption,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::regulation::Regulation> {
                let mut tx = begin_write(&self.pool).await?;
                let (application_id, before) =
                    Self::lock_regulation(&mut tx, trial_id, organisation_id, expected_version)
                        .await?;
                sqlx::query(
                    "UPDATE trial_regulations SET status = 'adopted', adopted_on = $1, \
                     adopted_by = $2, reference = $3, in_force_from = $4, approved_by = NULL, \
                     approved_at = NULL, version = version + 1, updated_at = $5 \
                     WHERE trial_id = $6 AND organisation_id = $7",
                )
                .bind(adoption.adopted_on)
                .bind(&adoption.body)
                .bind(&adoption.reference)
                .bind(adoption.in_force_from)
                .bind(actor.at)
                .bind(trial_id)
                .bind(organisation_id)
                .execute(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "trial.regulation_adopted",
                    serde_json::json!({
                        "trial_id": trial_id,
                        "organisation_id": organisation_id,
                        "adoption": {
                            "before": $crate::sql_regulations::adoption_json(
                                before.as_ref().and_then(|r| r.adoption.as_ref())
                            ),
                            "after": $crate::sql_regulations::adoption_json(Some(adoption)),
                        },
                    }),
                )
                .await?;
                tx.commit().await?;
                self.read_regulation(trial_id, organisation_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn approve_regulation(
                &self,
                trial_id: i64,
                organisation_id: i64,
                expected_version: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::regulation::Regulation> {
                let mut tx = begin_write(&self.pool).await?;
                let (application_id, _) =
                    Self::lock_regulation(&mut tx, trial_id, organisation_id, expected_version)
                        .await?;
                let done = sqlx::query(
                    "UPDATE trial_regulations SET status = 'approved', approved_by = $1, \
                     approved_at = $2, version = version + 1, updated_at = $2 \
                     WHERE trial_id = $3 AND organisation_id = $4 AND status = 'adopted'",
                )
                .bind(actor.user_id)
                .bind(actor.at)
                .bind(trial_id)
                .bind(organisation_id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Err($crate::StoreError::EditConflict {
                        current: expected_version,
                    });
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "trial.regulation_approved",
                    serde_json::json!({
                        "trial_id": trial_id,
                        "organisation_id": organisation_id,
                        "status": { "before": "adopted", "after": "approved" },
                    }),
                )
                .await?;
                tx.commit().await?;
                self.read_regulation(trial_id, organisation_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn adopted_regulations(
                &self,
            ) -> $crate::Result<Vec<frirum_domain::regulation::RegulationWaiting>> {
                let rows: Vec<$crate::sql_regulations::WaitingRow> = sqlx::query_as(&format!(
                    "SELECT {} FROM trial_regulations r \
                     JOIN trials t ON t.id = r.trial_id \
                     JOIN trial_states st ON st.trial_id = t.id \
                     JOIN schemes s ON s.id = t.scheme_id \
                     JOIN organisations o ON o.id = r.organisation_id \
                     WHERE r.status = 'adopted' AND st.status <> 'ended' \
                     ORDER BY r.adopted_on, t.id, o.name",
                    $crate::sql_regulations::WAITING_COLUMNS
                ))
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter()
                    .map($crate::sql_regulations::WaitingRow::into_domain)
                    .collect()
            }

            async fn regulations_awaiting_adoption(
                &self,
                organisation_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::regulation::RegulationWaiting>> {
                let rows: Vec<$crate::sql_regulations::WaitingRow> = sqlx::query_as(&format!(
                    "SELECT {} FROM trial_participants tp \
                     JOIN trials t ON t.id = tp.trial_id \
                     JOIN trial_states st ON st.trial_id = t.id \
                     JOIN schemes s ON s.id = t.scheme_id \
                     JOIN organisations o ON o.id = tp.organisation_id \
                     LEFT JOIN trial_regulations r ON r.trial_id = t.id \
                         AND r.organisation_id = tp.organisation_id \
                     WHERE tp.organisation_id = $1 AND st.status <> 'ended' \
                     AND (r.status IS NULL OR r.status = 'drafted') \
                     ORDER BY st.planned_start, t.id",
                    $crate::sql_regulations::WAITING_COLUMNS
                ))
                .bind(organisation_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter()
                    .map($crate::sql_regulations::WaitingRow::into_domain)
                    .collect()
            }

            async fn scheme_regulation_setting(
                &self,
                scheme_id: i64,
            ) -> $crate::Result<Option<bool>> {
                Ok(sqlx::query_scalar(
                    "SELECT requires_approval FROM scheme_regulation_settings WHERE scheme_id = $1",
                )
                .bind(scheme_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn set_scheme_regulation_setting(
                &self,
                scheme_id: i64,
                requires_approval: bool,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM schemes WHERE id = $1")
                    .bind(scheme_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                if exists.is_none() {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                }
                let before: Option<bool> = sqlx::query_scalar(
                    "SELECT requires_approval FROM scheme_regulation_settings WHERE scheme_id = $1",
                )
                .bind(scheme_id)
                .fetch_optional(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO scheme_regulation_settings (scheme_id, requires_approval, \
                     updated_at) VALUES ($1, $2, $3) ON CONFLICT (scheme_id) DO UPDATE SET \
                     requires_approval = excluded.requires_approval, \
                     updated_at = excluded.updated_at",
                )
                .bind(scheme_id)
                .bind(requires_approval)
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Scheme,
                    scheme_id,
                    &actor,
                    "scheme.regulation_setting",
                    serde_json::json!({
                        "requires_approval": { "before": before, "after": requires_approval },
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }
        }
    };
}

pub(crate) use impl_regulation_store;
