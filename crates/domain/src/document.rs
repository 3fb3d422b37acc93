//! Documents attached to a trial: the adopted regulation, a status report's annex, an
//! evaluation, the decision letter, or anything else the trial's people keep with it.
//!
//! The rules here need no I/O: which file types are accepted, that a file is what its name
//! (and the type its sender declared) says — the type itself is detected from the content
//! by the caller —, the size limit, a file name safe to hand back, and when a document may
//! be public (only where the record it belongs to is public). Refusals carry stable codes
//! (`file_too_large` 413, `unsupported_file_type` 415, `file_empty` 422,
//! `document_record_not_public` 409).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::rule::{Broken, Refusal};
use crate::text::{FieldError, Problem, all_values, check_characters, unknown_name};

/// The default largest file accepted: 20 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 20 * 1024 * 1024;

/// The longest title and file name kept, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_FILE_NAME_CHARS: usize = 200;

/// What a document is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_kind)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DocumentKind {
    /// A status report or an annex to one.
    Report,
    /// The local regulation as adopted (forsøksforskrift, frikommunevedtægt, föreskrifter).
    Regulation,
    /// An evaluation of the trial.
    Evaluation,
    /// The decision letter.
    DecisionLetter,
    Other,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 5] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_kind(name: &str) -> String {
    unknown_name::<DocumentKind>("document kind", name)
}

/// The kind of record of a trial a document may belong to.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_record)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum RecordKind {
    StatusReport,
    Regulation,
    Evaluation,
    Decision,
}

impl RecordKind {
    pub const ALL: [RecordKind; 4] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_record(name: &str) -> String {
    unknown_name::<RecordKind>("record kind", name)
}

/// What a document is attached to: the trial itself, or one of its records. Whether that
/// record is public is given by the area that owns it, and decides whether the document
/// may be made public.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "to", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AttachTo {
    /// The trial as a whole (registered trials are public).
    Trial,
    /// One record of the trial: a status report, an adopted regulation, an evaluation.
    Record {
        kind: RecordKind,
        id: i64,
        /// Whether the record is public, so that the document may be.
        record_public: bool,
    },
}

impl AttachTo {
    /// Whether a document attached here may be public.
    pub fn allows_public(&self) -> bool {
        match self {
            AttachTo::Trial => true,
            AttachTo::Record { record_public, .. } => *record_public,
        }
    }
}

/// A file type Frirum accepts, as detected from the content.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_file_type)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum FileType {
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Odp,
    Png,
    Jpeg,
    /// Plain text (UTF-8).
    Text,
    /// Comma-separated values (UTF-8 text named `.csv`).
    Csv,
}

fn unknown_file_type(name: &str) -> String {
    unknown_name::<FileType>("file type", name)
}

impl FileType {
    pub const ALL: [FileType; 11] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The media type a download is sent with.
    pub fn mime(self) -> &'static str {
        match self {
            FileType::Pdf => "application/pdf",
            FileType::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileType::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileType::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            FileType::Odt => "application/vnd.oasis.opendocument.text",
            FileType::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            FileType::Odp => "application/vnd.oasis.opendocument.presentation",
            FileType::Png => "image/png",
            FileType::Jpeg => "image/jpeg",
            FileType::Text => "text/plain; charset=utf-8",
            FileType::Csv => "text/csv; charset=utf-8",
        }
    }

    /// The file name endings a file of this type may have.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileType::Pdf => &["pdf"],
            FileType::Docx => &["docx"],
            FileType::Xlsx => &["xlsx"],
            FileType::Pptx => &["pptx"],
            FileType::Odt => &["odt"],
            FileType::Ods => &["ods"],
            FileType::Odp => &["odp"],
            FileType::Png => &["png"],
            FileType::Jpeg => &["jpg", "jpeg"],
            FileType::Text => &["txt", "text", "md"],
            FileType::Csv => &["csv"],
        }
    }

    /// The accepted type a content sniffer's media type names, if any.
    pub fn from_mime(mime: &str) -> Option<FileType> {
        let essence = mime.split(';').next().unwrap_or_default().trim();
        let essence = essence.to_ascii_lowercase();
        FileType::ALL.into_iter().find(|t| {
            t.mime().split(';').next() == Some(essence.as_str())
                || (*t == FileType::Jpeg && essence == "image/jpg")
                || (*t == FileType::Csv && essence == "application/csv")
        })
    }
}

/// The settings of documents: the largest file accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// A document as kept: what it is, what it belongs to, its file's facts, and who put it
/// there when. The file itself is in the object store under `object_key`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Document {
    pub id: i64,
    pub trial_id: i64,
    pub attached_to: AttachTo,
    pub kind: DocumentKind,
    pub title: String,
    /// The file's name as uploaded, cleaned of any folder.
    pub file_name: String,
    pub file_type: FileType,
    pub size_bytes: i64,
    /// The SHA-256 of the content, in lower-case hex, as written in the case journal.
    pub sha256: String,
    pub public: bool,
    pub uploaded_by: Option<i64>,
    pub uploaded_by_name: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub uploaded_at: OffsetDateTime,
    /// Where the object store keeps the content; never shown.
    #[serde(skip)]
    pub object_key: String,
}

impl Document {
    /// The media type the download is sent with.
    pub fn media_type(&self) -> &'static str {
        self.file_type.mime()
    }
}

/// A document to keep, checked: the store writes it as given.
#[derive(Debug, Clone, PartialEq)]
pub struct NewDocument {
    pub attached_to: AttachTo,
    pub kind: DocumentKind,
    pub title: String,
    pub file_name: String,
    pub file_type: FileType,
    pub size_bytes: i64,
    pub sha256: String,
    pub object_key: String,
    pub public: bool,
}

impl NewDocument {
    /// What the case journal records of it: the file's facts and its SHA-256.
    pub fn journal_changes(&self, id: i64) -> serde_json::Value {
        serde_json::json!({
            "document_id": id,
            "kind": self.kind,
            "title": self.title,
            "file_name": self.file_name,
            "file_type": self.file_type,
            "size_bytes": self.size_bytes,
            "sha256": self.sha256,
            "attached_to": self.attached_to,
            "public": self.public,
        })
    }
}

/// A document refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    #[error("the file is {size} bytes; at most {limit} bytes are accepted")]
    FileTooLarge { size: u64, limit: u64 },
    #[error("the file is empty")]
    FileEmpty,
    /// The content is of no accepted type, or not of the type its name or its declared
    /// media type says.
    #[error("{reason}")]
    UnsupportedFileType {
        reason: String,
        /// The accepted type the content was found to be, if any.
        detected: Option<FileType>,
    },
    /// A record that is not public cannot have public documents.
    #[error("the record this document belongs to is not public, so the document cannot be")]
    RecordNotPublic,
}

impl Broken for DocumentError {
    fn code(&self) -> &'static str {
        match self {
            DocumentError::FileTooLarge { .. } => "file_too_large",
            DocumentError::FileEmpty => "file_empty",
            DocumentError::UnsupportedFileType { .. } => "unsupported_file_type",
            DocumentError::RecordNotPublic => "document_record_not_public",
        }
    }

    fn refusal(&self) -> Refusal {
        match self {
            DocumentError::FileTooLarge { .. } => Refusal::TooLarge,
            DocumentError::FileEmpty => Refusal::Invalid,
            DocumentError::UnsupportedFileType { .. } => Refusal::UnsupportedMedia,
            DocumentError::RecordNotPublic => Refusal::Conflict,
        }
    }

    fn details(&self) -> serde_json::Value {
        match self {
            DocumentError::FileTooLarge { size, limit } => {
                serde_json::json!({
                    "field": "file",
                    "size_bytes": size,
                    "limit_bytes": limit,
                    // The limit in whole MiB, as people are told it.
                    "limit_mib": limit / (1024 * 1024),
                })
            }
            DocumentError::FileEmpty => serde_json::json!({ "field": "file" }),
            DocumentError::UnsupportedFileType { detected, .. } => serde_json::json!({
                "field": "file",
                "detected": detected,
                "accepted": FileType::ALL.iter().flat_map(|t| t.extensions()).collect::<Vec<_>>(),
            }),
            DocumentError::RecordNotPublic => serde_json::Value::Null,
        }
    }
}

/// Checks a file before it is stored: not larger than the limit, not empty, of an accepted
/// type found in its content (`detected`), whose name ends as that type's names do, and,
/// when the sender declared a specific media type, of that type. Returns the type to keep.
pub fn check_file(
    file_name: &str,
    declared: Option<&str>,
    detected: Option<FileType>,
    size: u64,
    limits: Limits,
) -> Result<FileType, DocumentError> {
    if size > limits.max_bytes {
        return Err(DocumentError::FileTooLarge {
            size,
            limit: limits.max_bytes,
        });
    }
    if size == 0 {
        return Err(DocumentError::FileEmpty);
    }
    let Some(found) = detected else {
        return Err(DocumentError::UnsupportedFileType {
            reason: "the file's content is not of an accepted type (PDF, Word, Excel, \
                     PowerPoint, OpenDocument, PNG, JPEG, plain text or CSV)"
                .to_owned(),
            detected: None,
        });
    };
    let extension = extension(file_name);
    if !found
        .extensions()
        .iter()
        .any(|e| Some(*e) == extension.as_deref())
    {
        return Err(DocumentError::UnsupportedFileType {
            reason: format!(
                "the file's content is {} but its name {file_name:?} does not end in .{}",
                found.as_str().to_uppercase(),
                found.extensions().join(" or .")
            ),
            detected: Some(found),
        });
    }
    if let Some(declared) = declared.map(str::trim).filter(|d| !is_generic(d)) {
        let same = FileType::from_mime(declared)
            .is_some_and(|d| d == found || matches!((d, found), (FileType::Text, FileType::Csv)));
        if !same {
            return Err(DocumentError::UnsupportedFileType {
                reason: format!(
                    "the file was sent as {declared} but its content is {}",
                    found.as_str().to_uppercase()
                ),
                detected: Some(found),
            });
        }
    }
    Ok(found)
}

/// A declared media type that says nothing of the content.
fn is_generic(declared: &str) -> bool {
    let essence = declared.split(';').next().unwrap_or_default().trim();
    essence.is_empty()
        || essence.eq_ignore_ascii_case("application/octet-stream")
        || essence.eq_ignore_ascii_case("binary/octet-stream")
        || essence.eq_ignore_ascii_case("application/x-download")
}

/// The ending of a file name, in lower case, without the dot.
fn extension(file_name: &str) -> Option<String> {
    let (stem, ext) = file_name.rsplit_once('.')?;
    (!stem.is_empty() && !ext.is_empty()).then(|| ext.to_ascii_lowercase())
}

/// The type of text content, which content sniffers do not name: UTF-8 without control
/// characters other than tab and line breaks is text, and CSV when its name says so.
pub fn text_type(file_name: &str, content: &[u8]) -> Option<FileType> {
    let text = std::str::from_utf8(content).ok()?;
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\r' | '\n'))
    {
        return None;
    }
    Some(if extension(file_name).as_deref() == Some("csv") {
        FileType::Csv
    } else {
        FileType::Text
    })
}

/// The file name as kept: the last part of what was sent (browsers once sent whole paths),
/// trimmed, one line, not empty, at most [`MAX_FILE_NAME_CHARS`] characters.
pub fn clean_file_name(field: &str, sent: &str) -> Result<String, FieldError> {
    let name = sent.rsplit(['/', '\\']).next().unwrap_or_default().trim();
    check_characters(field, name, false)?;
    if name.is_empty() || name.chars().all(|c| c == '.') {
        return Err(FieldError::new(field, Problem::Required));
    }
    let chars = name.chars().count();
    if chars > MAX_FILE_NAME_CHARS {
        return Err(FieldError::new(
            field,
            Problem::TooLong {
                max_chars: MAX_FILE_NAME_CHARS,
                chars,
            },
        ));
    }
    Ok(name.to_owned())
}

/// A file name of only ASCII letters, digits, `.`, `-` and `_` for the `filename=` of a
/// download (the full name goes in `filename*`): nothing a header or a file system could
/// read as more than a name.
pub fn ascii_file_name(name: &str) -> String {
    let mut safe = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '.' | '-' | '_' => safe.push(c),
            // The Nordic letters as they are written without them.
            'æ' => safe.push_str("ae"),
            'Æ' => safe.push_str("Ae"),
            'ø' => safe.push_str("oe"),
            'Ø' => safe.push_str("Oe"),
            'å' => safe.push_str("aa"),
            'Å' => safe.push_str("Aa"),
            'ä' | 'á' | 'à' => safe.push('a'),
            'Ä' | 'Á' | 'À' => safe.push('A'),
            'ö' | 'ó' => safe.push('o'),
            'Ö' | 'Ó' => safe.push('O'),
            'é' | 'è' => safe.push('e'),
            'É' | 'È' => safe.push('E'),
            'ü' => safe.push('u'),
            'Ü' => safe.push('U'),
            _ => safe.push('_'),
        }
    }
    let safe = safe.trim_start_matches('.');
    if safe.is_empty() {
        "document".to_owned()
    } else {
        safe.to_owned()
    }
}

/// Checks that a document may be public where it is attached.
pub fn check_public(attached_to: &AttachTo, public: bool) -> Result<(), DocumentError> {
    if public && !attached_to.allows_public() {
        return Err(DocumentError::RecordNotPublic);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tests::{names_agree, serde_reads_names};

    const LIMITS: Limits = Limits { max_bytes: 1000 };

    #[test]
    fn names_are_stable() {
        names_agree::<DocumentKind>();
        serde_reads_names::<DocumentKind>();
        names_agree::<RecordKind>();
        serde_reads_names::<RecordKind>();
        names_agree::<FileType>();
        serde_reads_names::<FileType>();
    }

    #[test]
    fn a_file_that_is_what_its_name_says_is_accepted() {
        let cases = [
            ("vedtak.pdf", None, FileType::Pdf),
            ("Vedtak.PDF", Some("application/pdf"), FileType::Pdf),
            ("bilde.jpeg", Some("image/jpg"), FileType::Jpeg),
            (
                "bilde.jpg",
                Some("application/octet-stream"),
                FileType::Jpeg,
            ),
            ("tal.csv", Some("text/plain"), FileType::Csv),
            ("forskrift.odt", None, FileType::Odt),
            ("budget.xlsx", Some(""), FileType::Xlsx),
        ];
        for (name, declared, found) in cases {
            assert_eq!(
                check_file(name, declared, Some(found), 10, LIMITS),
                Ok(found),
                "{name}"
            );
        }
    }

    #[test]
    fn a_file_that_is_not_what_it_says_is_unsupported() {
        let cases = [
            // A PNG named as a PDF.
            ("vedtak.pdf", None, Some(FileType::Png)),
            // An executable (no accepted type found).
            ("vedtak.pdf", Some("application/pdf"), None),
            // No ending at all.
            ("vedtak", None, Some(FileType::Pdf)),
            // Declared as one type, content another.
            ("vedtak.pdf", Some("image/png"), Some(FileType::Pdf)),
            // Declared as a type Frirum does not accept.
            (
                "vedtak.pdf",
                Some("application/x-msdownload"),
                Some(FileType::Pdf),
            ),
        ];
        for (name, declared, detected) in cases {
            let err = check_file(name, declared, detected, 10, LIMITS).unwrap_err();
            assert_eq!(err.code(), "unsupported_file_type", "{name} {declared:?}");
            assert_eq!(err.refusal(), Refusal::UnsupportedMedia);
        }
    }

    #[test]
    fn size_is_checked_first_and_names_the_limit() {
        let err = check_file("x.exe", None, None, 1001, LIMITS).unwrap_err();
        assert_eq!(err.code(), "file_too_large");
        assert_eq!(err.refusal(), Refusal::TooLarge);
        assert_eq!(err.details()["limit_bytes"], 1000);
        assert!(check_file("x.pdf", None, Some(FileType::Pdf), 1000, LIMITS).is_ok());
        let empty = check_file("x.pdf", None, Some(FileType::Pdf), 0, LIMITS).unwrap_err();
        assert_eq!(empty.code(), "file_empty");
    }

    #[test]
    fn text_is_recognised_without_control_characters() {
        assert_eq!(text_type("a.csv", b"a;b\r\n1;2\n"), Some(FileType::Csv));
        assert_eq!(
            text_type("a.txt", "æøå\tok".as_bytes()),
            Some(FileType::Text)
        );
        assert_eq!(text_type("a.txt", b"MZ\x90\x00\x03"), None);
        assert_eq!(text_type("a.txt", &[0xff, 0xfe]), None);
    }

    #[test]
    fn media_types_name_the_accepted_types() {
        for t in FileType::ALL {
            assert_eq!(FileType::from_mime(t.mime()), Some(t));
        }
        assert_eq!(FileType::from_mime("IMAGE/JPG"), Some(FileType::Jpeg));
        assert_eq!(FileType::from_mime("application/x-msdownload"), None);
    }

    #[test]
    fn file_names_are_cleaned_and_made_safe() {
        assert_eq!(
            clean_file_name("file", "C:\\Users\\ola\\Forskrift.pdf").unwrap(),
            "Forskrift.pdf"
        );
        assert_eq!(
            clean_file_name("file", "../../etc/passwd").unwrap(),
            "passwd"
        );
        assert_eq!(
            clean_file_name("file", "  ").unwrap_err().code(),
            "field_required"
        );
        assert_eq!(
            clean_file_name("file", "a\nb.pdf").unwrap_err().code(),
            "invalid_characters"
        );
        assert_eq!(
            ascii_file_name("Forsøksforskrift Tromsø.pdf"),
            "Forsoeksforskrift_Tromsoe.pdf"
        );
        assert_eq!(ascii_file_name("\"; x=.pdf"), "___x_.pdf");
        assert_eq!(ascii_file_name("..."), "document");
    }

    #[test]
    fn a_document_is_public_only_where_its_record_is() {
        let private_report = AttachTo::Record {
            kind: RecordKind::StatusReport,
            id: 1,
            record_public: false,
        };
        assert_eq!(
            check_public(&private_report, true),
            Err(DocumentError::RecordNotPublic)
        );
        assert!(check_public(&private_report, false).is_ok());
        assert!(check_public(&AttachTo::Trial, true).is_ok());
        assert_eq!(
            DocumentError::RecordNotPublic.code(),
            "document_record_not_public"
        );
    }
}
