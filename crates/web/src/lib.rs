//! Frirum's web layer: the only crate that speaks HTTP.
//!
//! [`router`] builds the whole application: server-rendered HTML pages under `/`, the JSON
//! API under `/api/v1`, its OpenAPI document at `/api/openapi.json`, and the operational
//! endpoints `/healthz` and `/readyz`. Handlers are thin: they parse, ask
//! [`frirum_domain::authz`] whether the visitor may act, call the domain and the store, and
//! render. [`service`] holds the account logic that the command line shares with the web.

pub mod assessment;
pub mod cases;
pub mod config;
mod context;
mod decisions;
mod error;
mod handlers;
mod i18n;
pub mod mailer;
mod markdown;
pub mod notify;
mod openapi;
pub mod review;
mod router;
pub mod rule_finder;
pub mod service;
mod templates;

pub use config::WebConfig;
pub use error::AppError;
pub use i18n::I18n;
pub use openapi::openapi_json;
pub use router::router;

use std::sync::Arc;

use frirum_store::Store;
use rule_finder::RuleFinder;

/// What every request handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub i18n: Arc<I18n>,
    pub config: Arc<WebConfig>,
    pub rule_finder: Arc<RuleFinder>,
}

impl AppState {
    /// A state with the rule finder's index in memory (empty until it is built).
    pub fn new(store: Arc<dyn Store>, config: WebConfig) -> Self {
        let rule_finder = RuleFinder::open(None).expect("an index in memory opens");
        Self::with_rule_finder(store, config, Arc::new(rule_finder))
    }

    pub fn with_rule_finder(
        store: Arc<dyn Store>,
        config: WebConfig,
        rule_finder: Arc<RuleFinder>,
    ) -> Self {
        AppState {
            store,
            i18n: Arc::new(I18n::load()),
            config: Arc::new(config),
            rule_finder,
        }
    }
}

/// Serves the application on a bound listener until `shutdown` resolves, then lets running
/// requests finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(state);
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
