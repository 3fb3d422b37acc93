//! The HTTP client that downloads the official law publications for `frirum law sync`: the
//! use case (`frirum_app::law_sync`) decides what to fetch and what to import, and asks this
//! adapter only to download one address conditionally, because the use cases know no HTTP.

use std::io::Write;
use std::path::Path;
use std::pin::Pin;
use std::time::Duration;

use frirum_app::law_sync::{Fetch, Fetched, Progress, SyncError};
use frirum_store::law_sync::Validators;

/// Downloads with reqwest (rustls), streaming each body to its file.
#[derive(Debug, Clone)]
pub struct HttpFetcher {
    client: reqwest::Client,
}

impl HttpFetcher {
    /// A client that gives up on one download after `timeout`.
    pub fn new(timeout: Duration) -> Result<Self, SyncError> {
        let client = reqwest::Client::builder()
            .user_agent(concat!("frirum/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(30))
            .timeout(timeout)
            .build()
            .map_err(|e| SyncError::Config(format!("the HTTP client: {e}")))?;
        Ok(HttpFetcher { client })
    }

    async fn download(
        &self,
        url: &str,
        known: &Validators,
        dest: &Path,
        progress: &dyn Progress,
    ) -> Result<Fetched, SyncError> {
        let failed = |e: reqwest::Error| SyncError::Download {
            url: url.to_owned(),
            reason: e.to_string(),
        };
        let mut request = self.client.get(url);
        if let Some(etag) = &known.etag {
            request = request.header(reqwest::header::IF_NONE_MATCH, etag);
        }
        if let Some(modified) = &known.last_modified {
            request = request.header(reqwest::header::IF_MODIFIED_SINCE, modified);
        }
        let mut response = request.send().await.map_err(failed)?;
        let status = response.status();
        if status == reqwest::StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            return Err(SyncError::Status {
                url: url.to_owned(),
                status: status.to_string(),
            });
        }
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let validators = Validators {
            etag: header(reqwest::header::ETAG),
            last_modified: header(reqwest::header::LAST_MODIFIED),
        };
        progress.download(url, response.content_length());
        let mut file = std::io::BufWriter::new(std::fs::File::create(dest)?);
        while let Some(chunk) = response.chunk().await.map_err(failed)? {
            file.write_all(&chunk)?;
            progress.advance(u64::try_from(chunk.len()).unwrap_or(0));
        }
        file.flush()?;
        Ok(Fetched::Saved(validators))
    }
}

impl Fetch for HttpFetcher {
    fn fetch<'a>(
        &'a self,
        url: &'a str,
        known: &'a Validators,
        dest: &'a Path,
        progress: &'a dyn Progress,
    ) -> Pin<Box<dyn std::future::Future<Output = Result<Fetched, SyncError>> + Send + 'a>> {
        Box::pin(self.download(url, known, dest, progress))
    }
}
