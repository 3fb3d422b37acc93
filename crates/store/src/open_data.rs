//! The open-data files as built: every server reads the same downloads from the database,
//! built once by whichever server holds the build's lease, each with its ETag and the
//! moment it was generated, beside the digest of the public dataset they were built from
//! (so that a build notices whether anything changed).

use async_trait::async_trait;
use time::OffsetDateTime;

use crate::Result;

/// One download as built: its name (such as `frirum.zip` or `scheme-3.json`), its media
/// type, its bytes and its entity tag (a digest of the bytes, quoted as HTTP sends it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenDataFile {
    pub name: String,
    pub content_type: String,
    pub body: Vec<u8>,
    pub etag: String,
    pub generated_at: OffsetDateTime,
}

/// A download as the open-data page lists it: everything but the bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenDataEntry {
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub etag: String,
    pub generated_at: OffsetDateTime,
}

/// The build the files come from: the digest of the public dataset and when it was built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenDataBuild {
    pub digest: String,
    pub generated_at: OffsetDateTime,
}

#[async_trait]
pub trait OpenDataStore: Send + Sync {
    /// The current build, if one was ever stored.
    async fn open_data_build(&self) -> Result<Option<OpenDataBuild>>;

    /// Replaces every file with `files`, built from the dataset of `digest` at `now`, in
    /// one transaction: a reader sees the old build or the new one, never a mix.
    async fn replace_open_data(
        &self,
        digest: &str,
        files: &[OpenDataFile],
        now: OffsetDateTime,
    ) -> Result<()>;

    /// Every stored file without its bytes, by name.
    async fn open_data_entries(&self) -> Result<Vec<OpenDataEntry>>;

    /// One stored file with its bytes.
    async fn open_data_file(&self, name: &str) -> Result<Option<OpenDataFile>>;
}
