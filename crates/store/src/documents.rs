//! The documents half of the store: the facts of each file attached to a trial or one of
//! its records (never the content, which the object store keeps), and its public flag.
//! Adding a document and changing its flag write a journal entry on the trial's case in
//! the same transaction, after locking the trial.

use async_trait::async_trait;
use frirum_domain::document::{Document, NewDocument, RecordKind};
use frirum_domain::journal::Actor;

use crate::Result;

#[async_trait]
pub trait DocumentStore: Send + Sync {
    /// Keeps a document's facts (its content is already in the object store under
    /// `document.object_key`) with a journal entry `trial.document_added` naming its
    /// SHA-256, in one transaction. A missing trial is [`crate::StoreError::NotFound`].
    async fn add_document(
        &self,
        trial_id: i64,
        document: &NewDocument,
        actor: Actor<'_>,
    ) -> Result<Document>;

    /// One document of a trial, if the trial has it.
    async fn document(&self, trial_id: i64, document_id: i64) -> Result<Option<Document>>;

    /// A trial's documents, oldest first: every one, or only the public ones.
    async fn trial_documents(&self, trial_id: i64, public_only: bool) -> Result<Vec<Document>>;

    /// The documents attached to one record of a trial (a status report, a regulation),
    /// oldest first: every one, or only the public ones.
    async fn record_documents(
        &self,
        trial_id: i64,
        record_kind: RecordKind,
        record_id: i64,
        public_only: bool,
    ) -> Result<Vec<Document>>;

    /// Makes a document public or private, with a journal entry `trial.document_public`
    /// (before and after) when the flag changes. A document the trial does not have is
    /// [`crate::StoreError::NotFound`]. Whether it may be public is the caller's rule
    /// (`frirum_domain::document::check_public`); the database refuses a public document
    /// of a record that is not public all the same.
    async fn set_document_public(
        &self,
        trial_id: i64,
        document_id: i64,
        public: bool,
        actor: Actor<'_>,
    ) -> Result<Document>;
}
