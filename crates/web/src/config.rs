//! The web layer's settings, validated once by the binary and passed in.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

/// How the HTTP side behaves. Built by the `frirum` binary from flags and environment; what
/// the use cases need (the public address, sessions, the login throttle, mail) is in
/// [`frirum_app::AppConfig`].
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Whether cookies carry the `Secure` attribute. Browsers accept secure cookies from
    /// `http://localhost` and `http://127.0.0.1`, so this stays on except behind unusual
    /// plain-HTTP set-ups.
    pub secure_cookies: bool,
    /// The largest request body accepted, in bytes.
    pub body_limit: usize,
    /// How long a request may take before it is answered with 408.
    pub request_timeout: Duration,
    /// The cache of public answers to anonymous visitors (`page_cache`); `None` keeps
    /// nothing, so that every request is rendered.
    pub public_cache: Option<crate::page_cache::PublicCache>,
    /// The reverse proxies whose `X-Forwarded-For` names the client (for login throttling
    /// per address). None by default: the header is then ignored, since anyone can send it.
    pub trusted_proxies: Vec<IpAddr>,
    /// `/metrics`, for a scraper with the operator's token; `None` (the default) serves no
    /// metrics at all.
    pub metrics: Option<crate::metrics::MetricsEndpoint>,
    /// How fast one client address may call the public API (without credentials); `None`
    /// lets it call without limit.
    pub api_rate_limit: Option<ApiRateLimit>,
    /// The OpenID Connect providers people may sign in with (`--oidc-providers`), shown on
    /// the login page by name; none by default.
    pub oidc_providers: Vec<crate::oidc::ProviderConfig>,
}

/// The public API's allowance per client address: `per_minute` requests a minute on
/// average, and up to `burst` at once after a pause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApiRateLimit {
    pub per_minute: NonZeroU32,
    pub burst: NonZeroU32,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            secure_cookies: true,
            body_limit: 2 * 1024 * 1024,
            request_timeout: Duration::from_secs(30),
            // Off unless the binary configures it: tests through the router change the data
            // behind the web's back and read it at once.
            public_cache: None,
            trusted_proxies: Vec::new(),
            metrics: None,
            // Off unless the binary configures it: tests through the router send many
            // requests from one (unknown) address.
            api_rate_limit: None,
            oidc_providers: Vec::new(),
        }
    }
}
