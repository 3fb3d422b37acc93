//! Where the content of documents is kept: a small port that the use cases write to and
//! read from, so that this crate needs no object-storage client (whose HTTP stack the
//! architecture keeps out of the use cases). The binary plugs in an `object_store`
//! backend — a local folder by default, any S3-compatible store in production
//! (`crates/cli/src/storage.rs`); [`MemoryFiles`] serves tests and the default
//! constructors.

use std::collections::BTreeMap;
use std::pin::Pin;
use std::sync::Mutex;

use async_trait::async_trait;
use bytes::Bytes;
use futures_util::Stream;

/// The content of a file, read in chunks as it comes from the store.
pub type ByteStream = Pin<Box<dyn Stream<Item = std::io::Result<Bytes>> + Send>>;

/// Why the file store failed. The detail is for the log, never shown.
#[derive(Debug, thiserror::Error)]
pub enum FilesError {
    #[error("no object {0}")]
    NotFound(String),
    #[error("object storage: {0}")]
    Storage(String),
}

/// A store of objects by key: written whole, read as a stream, deleted.
#[async_trait]
pub trait Files: Send + Sync + 'static {
    /// Writes an object whole, replacing nothing: keys are made fresh by the caller.
    async fn put(&self, key: &str, content: Bytes) -> Result<(), FilesError>;

    /// Reads an object as a stream of chunks.
    async fn get(&self, key: &str) -> Result<ByteStream, FilesError>;

    /// Deletes an object; deleting one that is not there is no error.
    async fn delete(&self, key: &str) -> Result<(), FilesError>;

    /// Where the objects are, for the log (no secrets).
    fn describe(&self) -> String;
}

/// Objects kept in memory, lost when the process ends: for tests and the default
/// constructors of [`crate::App`]; the binary always configures a real store.
#[derive(Debug, Default)]
pub struct MemoryFiles {
    objects: Mutex<BTreeMap<String, Bytes>>,
}

impl MemoryFiles {
    /// The keys kept, in order: tests check that nothing was left half-stored.
    pub fn keys(&self) -> Vec<String> {
        self.objects
            .lock()
            .expect("the lock is never poisoned")
            .keys()
            .cloned()
            .collect()
    }
}

#[async_trait]
impl Files for MemoryFiles {
    async fn put(&self, key: &str, content: Bytes) -> Result<(), FilesError> {
        self.objects
            .lock()
            .expect("the lock is never poisoned")
            .insert(key.to_owned(), content);
        Ok(())
    }

    async fn get(&self, key: &str) -> Result<ByteStream, FilesError> {
        let content = self
            .objects
            .lock()
            .expect("the lock is never poisoned")
            .get(key)
            .cloned()
            .ok_or_else(|| FilesError::NotFound(key.to_owned()))?;
        Ok(Box::pin(futures_util::stream::once(
            async move { Ok(content) },
        )))
    }

    async fn delete(&self, key: &str) -> Result<(), FilesError> {
        self.objects
            .lock()
            .expect("the lock is never poisoned")
            .remove(key);
        Ok(())
    }

    fn describe(&self) -> String {
        "memory (not kept)".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use futures_util::StreamExt;

    use super::*;

    #[tokio::test]
    async fn memory_files_keep_read_and_delete() {
        let files = MemoryFiles::default();
        files.put("a/b", Bytes::from_static(b"%PDF")).await.unwrap();
        let mut stream = files.get("a/b").await.unwrap();
        assert_eq!(stream.next().await.unwrap().unwrap(), "%PDF");
        assert_eq!(files.keys(), ["a/b"]);
        files.delete("a/b").await.unwrap();
        files.delete("a/b").await.unwrap();
        assert!(matches!(
            files.get("a/b").await,
            Err(FilesError::NotFound(_))
        ));
        assert!(files.keys().is_empty());
    }
}
