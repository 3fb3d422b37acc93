//! The one error type of the format readers and input sources, naming the file and what was
//! expected so that an import report can say which document failed and why.

use std::io;

/// Why a document or an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LawError {
    /// The bytes are not a document of the expected format.
    #[error("{file}: not {expected}: {reason}")]
    NotFormat {
        file: String,
        expected: &'static str,
        reason: String,
    },
    /// The format could not be told from the file name and contents.
    #[error(
        "{file}: unknown format ({reason}); expected Lovdata HTML, LexDania XML or SFS text/HTML/Markdown"
    )]
    UnknownFormat { file: String, reason: String },
    /// A format name given by the caller is not one of the known ones.
    #[error(
        "unknown format name {0:?}; expected lovdata, lexdania, sfs-text, sfs-html or sfs-markdown"
    )]
    UnknownFormatName(String),
    /// An archive breaks off; the documents before the break were read.
    #[error("{file}: archive breaks off after {after}: {reason}")]
    Truncated {
        file: String,
        after: String,
        reason: String,
    },
    /// Reading a file or folder failed.
    #[error("{file}: {source}")]
    Io {
        file: String,
        #[source]
        source: io::Error,
    },
}

impl LawError {
    /// The file (or archive member) that the error is about, where there is one.
    pub fn file(&self) -> Option<&str> {
        match self {
            Self::NotFormat { file, .. }
            | Self::UnknownFormat { file, .. }
            | Self::Truncated { file, .. }
            | Self::Io { file, .. } => Some(file),
            Self::UnknownFormatName(_) => None,
        }
    }

    pub(crate) fn not_format(
        file: &str,
        expected: &'static str,
        reason: impl Into<String>,
    ) -> Self {
        Self::NotFormat {
            file: file.to_owned(),
            expected,
            reason: reason.into(),
        }
    }
}
