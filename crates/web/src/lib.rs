//! Frirum's web layer: the only crate that speaks HTTP.
//!
//! [`router`] builds the whole application: server-rendered HTML pages under `/`, the JSON
//! API under `/api/v1`, its OpenAPI document at `/api/openapi.json`, and the operational
//! endpoints `/healthz` and `/readyz`. The context middleware resolves who asks into a
//! [`frirum_app::Actor`] once per request; a handler parses its input, calls one use case of
//! [`frirum_app`] with it, and renders a page (`handlers/pages/<area>.rs`, its template in
//! `templates/<area>/`) or a typed DTO (`handlers/api/dto/`).
//! [`error`] is the one mapping from the use cases' errors to statuses, codes and pages.

mod charts;
mod config;
mod context;
mod error;
mod etag;
mod extract;
mod feeds;
mod handlers;
mod letter_pdf;
mod markdown;
pub mod metrics;
pub mod oidc;
mod openapi;
mod page_cache;
pub mod publications;
mod ratelimit;
mod router;

pub use config::{ApiRateLimit, WebConfig};
pub use error::AppError;
pub use openapi::openapi_json;
pub use page_cache::{PageCache, PublicCache, poll as follow_data_version};
pub use ratelimit::limit as api_rate_limit;
pub use router::router;

use std::sync::Arc;

use frirum_app::App;

/// What every request handler can reach: the use cases' [`App`], the HTTP settings and
/// the public API's allowances per address. One pointer to what all requests share: axum
/// clones the state into every layer of every request, and one reference count costs less
/// than one for each of the parts.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// The parts of [`AppState`].
pub struct Shared {
    pub app: App,
    pub config: Arc<WebConfig>,
    pub(crate) api_limiter: Option<Arc<ratelimit::ApiLimiter>>,
    /// The OpenID Connect providers with their discovered metadata, shared by every request.
    pub(crate) oidc: Arc<oidc::Providers>,
    /// The cache of public answers, when configured.
    pub page_cache: Option<Arc<PageCache>>,
}

impl AppState {
    pub fn new(app: App, config: WebConfig) -> Self {
        AppState(Arc::new(Shared {
            app,
            api_limiter: config
                .api_rate_limit
                .map(|limit| Arc::new(ratelimit::ApiLimiter::new(limit))),
            oidc: Arc::new(oidc::Providers::new(config.oidc_providers.clone())),
            page_cache: config
                .public_cache
                .map(|cache| Arc::new(PageCache::new(cache))),
            config: Arc::new(config),
        }))
    }

    /// The largest body a request to `path` may carry: the configured limit, or, for a
    /// trial's document upload (page and API), the document limit with room for the form
    /// around the file, so that a file too large is refused by the use case with its limit.
    pub fn body_limit(&self, path: &str) -> usize {
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        let upload = matches!(
            segments.as_slice(),
            ["trials", _, "documents"] | ["api", "v1", "trials", _, "documents"]
        );
        if !upload {
            return self.config.body_limit;
        }
        let documents = usize::try_from(self.app.config.documents.max_bytes).unwrap_or(usize::MAX);
        // A file a little over the limit still reaches the use case, which names the limit.
        documents
            .saturating_add(1024 * 1024)
            .max(self.config.body_limit)
    }
}

/// Handlers reach the store, the rule finder and the translations through the [`App`]
/// (from an [`AppState`] too, which derefs to its [`Shared`] parts).
impl std::ops::Deref for Shared {
    type Target = App;

    fn deref(&self) -> &App {
        &self.app
    }
}

/// Serves the application on a bound listener until `shutdown` resolves, then lets running
/// requests finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // The cache of public answers follows the database's data version while serving.
    let poll = state
        .page_cache
        .clone()
        .map(|cache| tokio::spawn(page_cache::poll(cache, state.app.clone())));
    let app = router(state);
    let served = axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await;
    if let Some(poll) = poll {
        poll.abort();
    }
    served
}
