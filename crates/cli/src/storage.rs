//! Where documents' content is kept: the `--storage` setting and the `object_store` backend
//! behind the use cases' file port (`frirum_app::files`). A local folder by default (beside
//! a SQLite database, as the law index is), `file:///path` for another folder, and
//! `s3://bucket[/prefix]` for any S3-compatible store when the binary is built with the
//! `s3` feature, with the usual AWS environment (`AWS_ACCESS_KEY_ID`,
//! `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ENDPOINT` for other providers).

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, bail};
use async_trait::async_trait;
use bytes::Bytes;
use frirum_app::files::{ByteStream, Files, FilesError};
use futures_util::{StreamExt, TryStreamExt};
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt};

/// Where the documents go, as configured and checked.
#[derive(Clone, PartialEq, Eq)]
pub enum StorageUrl {
    /// A folder on this machine, created when missing.
    Folder(PathBuf),
    /// A bucket of an S3-compatible store, and a prefix inside it.
    S3 { bucket: String, prefix: String },
}

/// Shows where without anything that could be a secret (there is none in a checked URL,
/// but a log line never needs more).
impl std::fmt::Debug for StorageUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageUrl::Folder(path) => write!(f, "Folder({})", path.display()),
            StorageUrl::S3 { bucket, prefix } => write!(f, "S3({bucket}/{prefix})"),
        }
    }
}

impl StorageUrl {
    /// Reads `file:///path`, `s3://bucket[/prefix]` or a plain folder path. Credentials are
    /// refused in the URL: they belong in the environment, out of process listings.
    pub fn parse(text: &str) -> anyhow::Result<StorageUrl> {
        let text = text.trim();
        if text.is_empty() {
            bail!("--storage is empty; give a folder, file:///path or s3://bucket");
        }
        if let Some(path) = text.strip_prefix("file://") {
            if !path.starts_with('/') {
                bail!("--storage file:// needs an absolute path, such as file:///var/lib/frirum");
            }
            return Ok(StorageUrl::Folder(PathBuf::from(path)));
        }
        if let Some(rest) = text.strip_prefix("s3://") {
            let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
            if bucket.contains('@') || bucket.contains(':') {
                bail!(
                    "--storage s3:// takes no credentials; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
                );
            }
            if bucket.is_empty() {
                bail!("--storage s3:// needs a bucket, such as s3://frirum-documents");
            }
            return Ok(StorageUrl::S3 {
                bucket: bucket.to_owned(),
                prefix: prefix.trim_matches('/').to_owned(),
            });
        }
        if text.contains("://") {
            bail!("--storage must be a folder, file:///path or s3://bucket, not {text}");
        }
        Ok(StorageUrl::Folder(PathBuf::from(text)))
    }

    /// The default: a folder beside a SQLite database (`frirum.db.documents`), or
    /// `frirum-documents` for PostgreSQL.
    pub fn default_for(database_url: &str) -> StorageUrl {
        if database_url.starts_with("postgres://") || database_url.starts_with("postgresql://") {
            return StorageUrl::Folder(PathBuf::from("frirum-documents"));
        }
        let file = database_url
            .trim_start_matches("sqlite://")
            .trim_start_matches("sqlite:");
        let file = file.split('?').next().unwrap_or(file);
        StorageUrl::Folder(PathBuf::from(format!("{file}.documents")))
    }

    /// The configured one, or the default for the database.
    pub fn configured(given: Option<&str>, database_url: &str) -> anyhow::Result<StorageUrl> {
        match given {
            Some(text) => StorageUrl::parse(text),
            None => Ok(StorageUrl::default_for(database_url)),
        }
    }
}

/// Removes the default folder of a demo's documents, which belong to the demo database
/// rebuilt beside it.
pub fn clear_default_folder(url: &StorageUrl) -> anyhow::Result<()> {
    if let StorageUrl::Folder(path) = url {
        match std::fs::remove_dir_all(path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(e).with_context(|| format!("removing the old {}", path.display()));
            }
        }
    }
    Ok(())
}

/// Opens the store a URL names (creating a folder when missing).
pub fn open(url: &StorageUrl) -> anyhow::Result<Arc<dyn Files>> {
    match url {
        StorageUrl::Folder(path) => {
            std::fs::create_dir_all(path)
                .with_context(|| format!("creating the document folder {}", path.display()))?;
            let store = object_store::local::LocalFileSystem::new_with_prefix(path)
                .with_context(|| format!("opening the document folder {}", path.display()))?;
            Ok(Arc::new(ObjectFiles {
                store: Arc::new(store),
                describe: format!("folder {}", path.display()),
            }))
        }
        StorageUrl::S3 { bucket, prefix } => open_s3(bucket, prefix),
    }
}

#[cfg(feature = "s3")]
fn open_s3(bucket: &str, prefix: &str) -> anyhow::Result<Arc<dyn Files>> {
    let s3 = object_store::aws::AmazonS3Builder::from_env()
        .with_bucket_name(bucket)
        .build()
        .with_context(|| format!("opening the S3 bucket {bucket}"))?;
    let store: Arc<dyn ObjectStore> = if prefix.is_empty() {
        Arc::new(s3)
    } else {
        Arc::new(object_store::prefix::PrefixStore::new(s3, prefix))
    };
    Ok(Arc::new(ObjectFiles {
        store,
        describe: format!("s3://{bucket}/{prefix}"),
    }))
}

#[cfg(not(feature = "s3"))]
fn open_s3(bucket: &str, _prefix: &str) -> anyhow::Result<Arc<dyn Files>> {
    bail!(
        "--storage s3://{bucket}: this frirum was built without S3 support; build it with `--features s3`"
    )
}

/// The use cases' file port over an `object_store` backend.
struct ObjectFiles {
    store: Arc<dyn ObjectStore>,
    describe: String,
}

fn location(key: &str) -> Result<ObjectPath, FilesError> {
    ObjectPath::parse(key).map_err(|e| FilesError::Storage(format!("key {key:?}: {e}")))
}

fn storage_error(key: &str, err: object_store::Error) -> FilesError {
    match err {
        object_store::Error::NotFound { .. } => FilesError::NotFound(key.to_owned()),
        other => FilesError::Storage(other.to_string()),
    }
}

#[async_trait]
impl Files for ObjectFiles {
    async fn put(&self, key: &str, content: Bytes) -> Result<(), FilesError> {
        self.store
            .put(&location(key)?, content.into())
            .await
            .map_err(|e| storage_error(key, e))?;
        Ok(())
    }

    async fn get(&self, key: &str) -> Result<ByteStream, FilesError> {
        let found = self
            .store
            .get(&location(key)?)
            .await
            .map_err(|e| storage_error(key, e))?;
        Ok(found.into_stream().map_err(std::io::Error::other).boxed())
    }

    async fn delete(&self, key: &str) -> Result<(), FilesError> {
        match self.store.delete(&location(key)?).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(storage_error(key, e)),
        }
    }

    fn describe(&self) -> String {
        self.describe.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_read_and_checked() {
        assert_eq!(
            StorageUrl::parse("file:///var/lib/frirum").unwrap(),
            StorageUrl::Folder("/var/lib/frirum".into())
        );
        assert_eq!(
            StorageUrl::parse("documents").unwrap(),
            StorageUrl::Folder("documents".into())
        );
        assert_eq!(
            StorageUrl::parse("s3://frirum/prod/").unwrap(),
            StorageUrl::S3 {
                bucket: "frirum".into(),
                prefix: "prod".into()
            }
        );
        for bad in [
            "",
            "file://relative",
            "s3://",
            "s3://key:secret@bucket",
            "ftp://x",
        ] {
            assert!(StorageUrl::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            StorageUrl::default_for("sqlite:///tmp/demo.db"),
            StorageUrl::Folder("/tmp/demo.db.documents".into())
        );
        assert_eq!(
            StorageUrl::default_for("postgres://u:p@db/frirum"),
            StorageUrl::Folder("frirum-documents".into())
        );
    }

    async fn round_trip(files: &dyn Files) {
        files
            .put("trials/1/abc", Bytes::from_static(b"%PDF-1.4 test"))
            .await
            .unwrap();
        let read: Vec<Bytes> = files
            .get("trials/1/abc")
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(read.concat(), b"%PDF-1.4 test");
        files.delete("trials/1/abc").await.unwrap();
        files.delete("trials/1/abc").await.unwrap();
        assert!(matches!(
            files.get("trials/1/abc").await,
            Err(FilesError::NotFound(_))
        ));
    }

    #[tokio::test]
    async fn a_folder_keeps_reads_and_deletes_objects() {
        let dir = tempfile::tempdir().unwrap();
        let url = StorageUrl::Folder(dir.path().join("documents"));
        let files = open(&url).unwrap();
        round_trip(&*files).await;
        assert!(files.describe().contains("documents"));
    }

    #[tokio::test]
    async fn the_port_works_over_any_object_store() {
        let files = ObjectFiles {
            store: Arc::new(object_store::memory::InMemory::new()),
            describe: "memory".into(),
        };
        round_trip(&files).await;
    }
}
