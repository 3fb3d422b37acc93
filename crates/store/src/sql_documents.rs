//! The SQL of [`crate::DocumentStore`]: the facts of the files attached to trials.
//! Expanded per engine like every store macro (see [`crate::sql`]).
//!
//! A change begins by locking the trial (`lock_trial`), so that it comes wholly before or
//! after the trial's other changes, and ends with its journal entry.

use frirum_domain::document::{AttachTo, Document, DocumentKind, FileType, RecordKind};
use time::OffsetDateTime;

use crate::StoreError;

pub(crate) const DOCUMENT_SELECT: &str = "SELECT d.id, d.trial_id, d.record_kind, d.record_id, \
     d.record_public, d.kind, d.title, d.file_name, d.file_type, d.size_bytes, d.sha256, \
     d.object_key, d.public, d.uploaded_by, u.name AS uploaded_by_name, d.uploaded_at \
     FROM trial_documents d LEFT JOIN users u ON u.id = d.uploaded_by";

#[derive(sqlx::FromRow)]
pub(crate) struct DocumentRow {
    id: i64,
    trial_id: i64,
    record_kind: Option<String>,
    record_id: Option<i64>,
    record_public: bool,
    kind: String,
    title: String,
    file_name: String,
    file_type: String,
    size_bytes: i64,
    sha256: String,
    object_key: String,
    public: bool,
    uploaded_by: Option<i64>,
    uploaded_by_name: Option<String>,
    uploaded_at: OffsetDateTime,
}

impl DocumentRow {
    pub fn into_domain(self) -> Result<Document, StoreError> {
        let attached_to = match (self.record_kind, self.record_id) {
            (Some(kind), Some(id)) => AttachTo::Record {
                kind: kind.parse::<RecordKind>().map_err(StoreError::corrupt)?,
                id,
                record_public: self.record_public,
            },
            _ => AttachTo::Trial,
        };
        Ok(Document {
            id: self.id,
            trial_id: self.trial_id,
            attached_to,
            kind: self
                .kind
                .parse::<DocumentKind>()
                .map_err(StoreError::corrupt)?,
            title: self.title,
            file_name: self.file_name,
            file_type: self
                .file_type
                .parse::<FileType>()
                .map_err(StoreError::corrupt)?,
            size_bytes: self.size_bytes,
            sha256: self.sha256,
            public: self.public,
            uploaded_by: self.uploaded_by,
            uploaded_by_name: self.uploaded_by_name,
            uploaded_at: self.uploaded_at,
            object_key: self.object_key,
        })
    }
}

/// The record columns of a document's attachment: kind, id and whether it is public.
pub(crate) fn record_columns(attached_to: &AttachTo) -> (Option<&'static str>, Option<i64>, bool) {
    match attached_to {
        AttachTo::Trial => (None, None, true),
        AttachTo::Record {
            kind,
            id,
            record_public,
        } => (Some(kind.as_str()), Some(*id), *record_public),
    }
}

/// Implements [`crate::DocumentStore`] for a store with a `pool` field, in an engine module
/// where [`crate::sql_shared::shared_sql_helpers!`] has been expanded.
macro_rules! impl_document_store {
    ($store:ty) => {
        impl $store {
            async fn read_document(
                &self,
                trial_id: i64,
                document_id: i64,
            ) -> $crate::Result<Option<frirum_domain::document::Document>> {
                let row: Option<$crate::sql_documents::DocumentRow> = sqlx::query_as(&format!(
                    "{} WHERE d.trial_id = $1 AND d.id = $2",
                    $crate::sql_documents::DOCUMENT_SELECT
                ))
                .bind(trial_id)
                .bind(document_id)
                .fetch_optional(&self.pool)
                .await?;
                row.map($crate::sql_documents::DocumentRow::into_domain)
                    .transpose()
            }
        }

        #[async_trait::async_trait]
        impl $crate::DocumentStore for $store {
            async fn add_document(
                &self,
                trial_id: i64,
                document: &frirum_domain::document::NewDocument,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::document::Document> {
                let (record_kind, record_id, record_public) =
                    $crate::sql_documents::record_columns(&document.attached_to);
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO trial_documents (trial_id, record_kind, record_id, \
                     record_public, kind, title, file_name, file_type, size_bytes, sha256, \
                     object_key, public, uploaded_by, uploaded_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) \
                     RETURNING id",
                )
                .bind(trial_id)
                .bind(record_kind)
                .bind(record_id)
                .bind(record_public)
                .bind(document.kind.as_str())
                .bind(&document.title)
                .bind(&document.file_name)
                .bind(document.file_type.as_str())
                .bind(document.size_bytes)
                .bind(&document.sha256)
                .bind(&document.object_key)
                .bind(document.public)
                .bind(actor.user_id)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "trial.document_added",
                    {
                        let mut changes = document.journal_changes(id);
                        changes["trial_id"] = serde_json::json!(trial_id);
                        changes
                    },
                )
                .await?;
                tx.commit().await?;
                self.read_document(trial_id, id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }

            async fn document(
                &self,
                trial_id: i64,
                document_id: i64,
            ) -> $crate::Result<Option<frirum_domain::document::Document>> {
                self.read_document(trial_id, document_id).await
            }

            async fn trial_documents(
                &self,
                trial_id: i64,
                public_only: bool,
            ) -> $crate::Result<Vec<frirum_domain::document::Document>> {
                let rows: Vec<$crate::sql_documents::DocumentRow> = sqlx::query_as(&format!(
                    "{} WHERE d.trial_id = $1 AND (d.public OR NOT $2) ORDER BY d.id",
                    $crate::sql_documents::DOCUMENT_SELECT
                ))
                .bind(trial_id)
                .bind(public_only)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter()
                    .map($crate::sql_documents::DocumentRow::into_domain)
                    .collect()
            }

            async fn record_documents(
                &self,
                trial_id: i64,
                record_kind: frirum_domain::document::RecordKind,
                record_id: i64,
                public_only: bool,
            ) -> $crate::Result<Vec<frirum_domain::document::Document>> {
                let rows: Vec<$crate::sql_documents::DocumentRow> = sqlx::query_as(&format!(
                    "{} WHERE d.trial_id = $1 AND d.record_kind = $2 AND d.record_id = $3 \
                     AND (d.public OR NOT $4) ORDER BY d.id",
                    $crate::sql_documents::DOCUMENT_SELECT
                ))
                .bind(trial_id)
                .bind(record_kind.as_str())
                .bind(record_id)
                .bind(public_only)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter()
                    .map($crate::sql_documents::DocumentRow::into_domain)
                    .collect()
            }

            async fn set_document_public(
                &self,
                trial_id: i64,
                document_id: i64,
                public: bool,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::document::Document> {
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                let before: Option<bool> = sqlx::query_scalar(
                    "SELECT public FROM trial_documents WHERE trial_id = $1 AND id = $2",
                )
                .bind(trial_id)
                .bind(document_id)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(before) = before else {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                };
                if before != public {
                    sqlx::query("UPDATE trial_documents SET public = $1 WHERE id = $2")
                        .bind(public)
                        .bind(document_id)
                        .execute(&mut *tx)
                        .await?;
                    append_journal(
                        &mut tx,
                        frirum_domain::journal::CaseKind::Application,
                        application_id,
                        &actor,
                        "trial.document_public",
                        serde_json::json!({
                            "trial_id": trial_id,
                            "document_id": document_id,
                            "public": { "before": before, "after": public },
                        }),
                    )
                    .await?;
                    tx.commit().await?;
                } else {
                    tx.rollback().await?;
                }
                self.read_document(trial_id, document_id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)
            }
        }
    };
}

pub(crate) use impl_document_store;
