//! Documents of a trial (issue 13, item 6): uploading a file to a trial or to one of its
//! records, listing them, downloading one, and making one public or private.
//!
//! A file is checked before anything is kept: its size against the configured limit
//! (`file_too_large`), its type detected from the content and matched against its name
//! and declared type (`unsupported_file_type`), see `frirum_domain::document`. Then the
//! object is written first, and the row with its journal entry (naming the SHA-256) in one
//! transaction; if the row fails, the object is deleted, so nothing is left half-stored.
//!
//! Other areas (status reports, regulations, evaluations) attach files to their records
//! with [`attach`], saying which record and whether it is public.

use bytes::Bytes;
use frirum_domain::authz::TrialAction;
use frirum_domain::document::{
    self, AttachTo, Document, DocumentKind, FileType, MAX_TITLE_CHARS, NewDocument, RecordKind,
};
use frirum_domain::text::{FieldError, Problem, check_name, check_text};
use sha2::{Digest, Sha256};

use crate::files::ByteStream;
use crate::trials::{TrialAccess, access};
use crate::{Actor, App, Error};

/// A file as sent, before it is checked.
#[derive(Debug, Clone)]
pub struct Upload {
    pub kind: DocumentKind,
    /// What the document is called; the file's name when left empty.
    pub title: String,
    /// The file's name as sent (a folder before it is dropped).
    pub file_name: String,
    /// The media type the sender declared, if any; checked against the content.
    pub declared_type: Option<String>,
    pub content: Bytes,
    /// Public at once: only the secretariat may, and only where the record is public.
    pub public: bool,
}

/// A trial's documents as the actor may see them, and what they may do with them.
#[derive(Debug, Clone, Default)]
pub struct TrialDocuments {
    pub trial_id: i64,
    /// The trial's title and case number, for a page of its own.
    pub trial_title: String,
    pub case_number: String,
    pub items: Vec<Document>,
    /// The actor may upload (the participants' applicants, the secretariat).
    pub may_upload: bool,
    /// The actor may make documents public or private (the secretariat).
    pub may_publish: bool,
    /// The actor sees the private documents too (the trial's people), so the list says
    /// which are public.
    pub sees_private: bool,
    /// The largest file accepted, in bytes, for the form to say.
    pub max_bytes: u64,
}

/// A document's facts and its content, to send back.
pub struct Download {
    pub document: Document,
    pub content: ByteStream,
}

/// Uploads a file to the trial itself.
pub async fn upload(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    upload: Upload,
) -> Result<Document, Error> {
    attach(app, actor, trial_id, AttachTo::Trial, upload).await
}

/// Attaches a file to a trial or to one of its records, for the participants' applicants
/// (`TrialAction::Report`) and the secretariat (`TrialAction::Manage`).
///
/// `attach_to` names the record (`AttachTo::Record { kind, id, record_public }`): the area
/// that owns the record says whether it is public, since a document may be public only
/// where its record is. The record is not looked up here; the caller has checked that
/// the trial has it.
///
/// Refusals: 413 `file_too_large` (with the limit), 415 `unsupported_file_type` (content
/// not accepted, or not what the name or declared type says), 422 `file_empty` and field
/// errors for the title and file name, 409 `document_record_not_public`; 401/403/404 from
/// the trial's access. Nothing is stored when any of them is returned.
pub async fn attach(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    attach_to: AttachTo,
    upload: Upload,
) -> Result<Document, Error> {
    let access = access(app, actor, trial_id, TrialAction::ReadInternal).await?;
    if !(access.rights.report || access.rights.manage) {
        return Err(Error::Forbidden);
    }
    if upload.public && !access.rights.manage {
        return Err(Error::Forbidden);
    }
    let new = check(app, attach_to, upload.clone(), trial_id)?;
    // The object first: a row never names content that is not there.
    app.files
        .put(&new.object_key, upload.content)
        .await
        .map_err(Error::internal)?;
    match app
        .store
        .add_document(trial_id, &new, actor.journal(None))
        .await
    {
        Ok(document) => Ok(document),
        Err(e) => {
            if let Err(cleanup) = app.files.delete(&new.object_key).await {
                tracing::error!(
                    key = %new.object_key,
                    "a document's row was not stored and its object could not be deleted: {cleanup}"
                );
            }
            Err(e.into())
        }
    }
}

/// Checks an upload against the domain's rules and makes the document to keep.
fn check(
    app: &App,
    attach_to: AttachTo,
    upload: Upload,
    trial_id: i64,
) -> Result<NewDocument, Error> {
    let limits = app.config.documents;
    // The size first: a file too large is refused before anything else is read.
    if upload.content.len() as u64 > limits.max_bytes {
        return Err(Error::rule(document::DocumentError::FileTooLarge {
            size: upload.content.len() as u64,
            limit: limits.max_bytes,
        }));
    }
    let file_name = document::clean_file_name("file", &upload.file_name).map_err(Error::Field)?;
    let title = upload.title.trim();
    let title = if title.is_empty() {
        file_name
            .rsplit_once('.')
            .map_or(file_name.as_str(), |(stem, _)| stem)
            .to_owned()
    } else {
        title.to_owned()
    };
    check_name("title", &title).map_err(Error::Field)?;
    check_text("title", &title, MAX_TITLE_CHARS).map_err(Error::Field)?;
    if title.is_empty() {
        return Err(Error::Field(FieldError::new("title", Problem::Required)));
    }
    let file_type = document::check_file(
        &file_name,
        upload.declared_type.as_deref(),
        detect(&file_name, &upload.content),
        upload.content.len() as u64,
        limits,
    )
    .map_err(Error::rule)?;
    document::check_public(&attach_to, upload.public).map_err(Error::rule)?;
    let sha256 = hex(&Sha256::digest(&upload.content));
    Ok(NewDocument {
        attached_to: attach_to,
        kind: upload.kind,
        title,
        file_name,
        file_type,
        size_bytes: i64::try_from(upload.content.len()).map_err(Error::internal)?,
        sha256,
        object_key: format!("trials/{trial_id}/{:032x}", rand::random::<u128>()),
        public: upload.public,
    })
}

/// A content sniffer's test for one type.
type Matcher = fn(&[u8]) -> bool;

/// The accepted type the content is, looking inside zip-based office files for what they
/// hold; text when it is UTF-8 without control characters.
pub fn detect(file_name: &str, content: &[u8]) -> Option<FileType> {
    use infer::{archive, doc, image, odf};
    let checks: [(Matcher, FileType); 9] = [
        (archive::is_pdf, FileType::Pdf),
        (doc::is_docx, FileType::Docx),
        (doc::is_xlsx, FileType::Xlsx),
        (doc::is_pptx, FileType::Pptx),
        (odf::is_odt, FileType::Odt),
        (odf::is_ods, FileType::Ods),
        (odf::is_odp, FileType::Odp),
        (image::is_png, FileType::Png),
        (image::is_jpeg, FileType::Jpeg),
    ];
    checks
        .iter()
        .find(|(matches, _)| matches(content))
        .map(|(_, t)| *t)
        .or_else(|| document::text_type(file_name, content))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A trial's documents for its page, from the access already resolved: every document for
/// those who read the trial's internals, the public ones for everyone else.
pub async fn for_trial(
    app: &App,
    _actor: &Actor,
    access: &TrialAccess,
) -> Result<TrialDocuments, Error> {
    let items = app
        .store
        .trial_documents(access.trial.id, !access.rights.read_internal)
        .await?;
    Ok(TrialDocuments {
        trial_id: access.trial.id,
        trial_title: access.trial.title.clone(),
        case_number: access.trial.case_number.clone(),
        items,
        may_upload: access.rights.report || access.rights.manage,
        may_publish: access.rights.manage,
        sees_private: access.rights.read_internal,
        max_bytes: app.config.documents.max_bytes,
    })
}

/// A trial's documents for the upload form: for those who may upload (the participants'
/// applicants and the secretariat), else 401/403.
pub async fn upload_form(app: &App, actor: &Actor, trial_id: i64) -> Result<TrialDocuments, Error> {
    let access = access(app, actor, trial_id, TrialAction::ReadInternal).await?;
    if !(access.rights.report || access.rights.manage) {
        return Err(Error::Forbidden);
    }
    for_trial(app, actor, &access).await
}

/// A trial's documents as the actor may see them.
pub async fn list(app: &App, actor: &Actor, trial_id: i64) -> Result<TrialDocuments, Error> {
    let access = access(app, actor, trial_id, TrialAction::Read).await?;
    for_trial(app, actor, &access).await
}

/// The documents of one record of a trial, as the actor may see them: for the areas whose
/// records carry files.
pub async fn of_record(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    record_kind: RecordKind,
    record_id: i64,
) -> Result<Vec<Document>, Error> {
    let access = access(app, actor, trial_id, TrialAction::Read).await?;
    Ok(app
        .store
        .record_documents(
            trial_id,
            record_kind,
            record_id,
            !access.rights.read_internal,
        )
        .await?)
}

/// One document's facts, if the actor may read it: a public one for anyone who may read
/// the trial, a private one for those who read its internals.
pub async fn get(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    document_id: i64,
) -> Result<Document, Error> {
    let access = access(app, actor, trial_id, TrialAction::Read).await?;
    let document = app
        .store
        .document(trial_id, document_id)
        .await?
        .ok_or(Error::NotFound)?;
    if !document.public && !access.rights.read_internal {
        return Err(if actor.user.is_none() {
            Error::Unauthenticated
        } else {
            Error::Forbidden
        });
    }
    Ok(document)
}

/// A document's facts and its content, if the actor may read it (see [`get`]).
pub async fn download(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    document_id: i64,
) -> Result<Download, Error> {
    let document = get(app, actor, trial_id, document_id).await?;
    let content = app
        .files
        .get(&document.object_key)
        .await
        .map_err(Error::internal)?;
    Ok(Download { document, content })
}

/// Makes a document public or private: the secretariat's call, and public only where its
/// record is public (409 `document_record_not_public`).
pub async fn set_public(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    document_id: i64,
    public: bool,
) -> Result<Document, Error> {
    let access = access(app, actor, trial_id, TrialAction::Manage).await?;
    let document = app
        .store
        .document(access.trial.id, document_id)
        .await?
        .ok_or(Error::NotFound)?;
    document::check_public(&document.attached_to, public).map_err(Error::rule)?;
    Ok(app
        .store
        .set_document_public(trial_id, document_id, public, actor.journal(None))
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides_the_type() {
        assert_eq!(detect("a.pdf", b"%PDF-1.7\n..."), Some(FileType::Pdf));
        assert_eq!(
            detect("a.pdf", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Some(FileType::Png)
        );
        assert_eq!(detect("a.csv", b"a,b\n1,2\n"), Some(FileType::Csv));
        // A Windows executable is no accepted type.
        assert_eq!(
            detect("a.pdf", b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff"),
            None
        );
    }

    #[test]
    fn the_digest_is_lower_case_hex() {
        assert_eq!(
            hex(&Sha256::digest(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
