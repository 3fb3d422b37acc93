//! The API's shapes for a trial's documents: one document's facts with where to download
//! it, and a trial's list with what the caller may do.

use frirum_domain::document::{Document, DocumentKind};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A document of a trial: what it is, its file's facts (type detected from the content,
/// size, SHA-256), whether it is public, who uploaded it when, and where its content is.
#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentDto {
    #[serde(flatten)]
    pub document: Document,
    /// The API address of the content (`GET` streams it back as an attachment).
    #[schema(example = "/api/v1/trials/3/documents/12/content")]
    pub content_url: String,
}

impl From<Document> for DocumentDto {
    fn from(document: Document) -> Self {
        DocumentDto {
            content_url: format!(
                "/api/v1/trials/{}/documents/{}/content",
                document.trial_id, document.id
            ),
            document,
        }
    }
}

/// A trial's documents as the caller may see them: every one for the secretariat, the
/// participants' applicants and the assigned researchers; the public ones for everyone else.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrialDocumentsDto {
    pub items: Vec<DocumentDto>,
    /// The caller may upload (the participants' applicants and the secretariat).
    pub may_upload: bool,
    /// The caller may make documents public or private (the secretariat).
    pub may_publish: bool,
    /// The largest file accepted, in bytes.
    pub max_bytes: u64,
}

impl From<frirum_app::documents::TrialDocuments> for TrialDocumentsDto {
    fn from(list: frirum_app::documents::TrialDocuments) -> Self {
        TrialDocumentsDto {
            items: list.items.into_iter().map(DocumentDto::from).collect(),
            may_upload: list.may_upload,
            may_publish: list.may_publish,
            max_bytes: list.max_bytes,
        }
    }
}

/// The multipart form of an upload (`multipart/form-data`).
#[derive(Debug, ToSchema)]
#[expect(
    dead_code,
    reason = "only describes the multipart form in the OpenAPI document"
)]
pub struct UploadForm {
    /// The file. Its type is detected from its content and must match its name's ending
    /// and any declared `Content-Type`: PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG,
    /// plain text or CSV.
    #[schema(value_type = String, format = Binary)]
    pub file: Vec<u8>,
    /// `report`, `regulation`, `evaluation`, `decision_letter` or `other` (default).
    pub kind: Option<DocumentKind>,
    /// What the document is called; the file's name without its ending when left out.
    pub title: Option<String>,
    /// `true` to publish at once: the secretariat only.
    pub public: Option<bool>,
}

/// Makes a document public or private.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentPublicDto {
    pub public: bool,
}
