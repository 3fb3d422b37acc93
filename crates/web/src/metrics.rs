//! Prometheus metrics at `/metrics`: every request counted by its route's template (never
//! the raw path, so that ids do not make a series each) and status, with its latency in a
//! histogram; at each scrape, the outbox and the law catalogue's version read from the
//! database, so that every server reports the same figures. The scheduled jobs' runs and
//! the mails sent and failed are counted where they happen (`frirum_app::jobs`, the mailer).
//!
//! Who may read them: only a scraper that sends `Authorization: Bearer <token>` with the
//! token the operator configured (`--metrics-token`). Without one, `/metrics` does not exist
//! (404): the figures tell an outsider how busy the service is and which routes fail.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::header::{AUTHORIZATION, CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::PrometheusHandle;
use sha2::{Digest, Sha256};

use crate::AppState;

/// The histogram of request latencies, in seconds.
pub const REQUEST_SECONDS: &str = "frirum_http_request_duration_seconds";

/// The latency histogram's buckets, in seconds: from a millisecond to the request timeout.
pub const LATENCY_BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// The metrics endpoint: the recorder's handle (installed by the binary) and the digest of
/// the token a scraper must send.
#[derive(Clone)]
pub struct MetricsEndpoint {
    handle: PrometheusHandle,
    token_digest: [u8; 32],
}

impl std::fmt::Debug for MetricsEndpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MetricsEndpoint([token hidden])")
    }
}

impl MetricsEndpoint {
    /// An endpoint that answers scrapers sending `token`.
    pub fn new(handle: PrometheusHandle, token: &str) -> Self {
        MetricsEndpoint {
            handle,
            token_digest: Sha256::digest(token.as_bytes()).into(),
        }
    }

    /// Drains the recorder's histograms; the binary calls it every few seconds, since no
    /// HTTP listener of the exporter's own does.
    pub fn run_upkeep(&self) {
        self.handle.run_upkeep();
    }

    /// Whether the request carries the token. The digests are compared, so the time taken
    /// says nothing about the token itself.
    fn allows(&self, headers: &HeaderMap) -> bool {
        let presented = headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        presented.is_some_and(|token| {
            <[u8; 32]>::from(Sha256::digest(token.trim().as_bytes())) == self.token_digest
        })
    }
}

/// Counts a request and its latency by method, route template and status.
pub async fn track(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().as_str().to_owned();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!(
        "frirum_http_requests_total",
        "method" => method.clone(),
        "route" => route.clone(),
        "status" => status
    )
    .increment(1);
    metrics::histogram!(REQUEST_SECONDS, "method" => method, "route" => route)
        .record(started.elapsed().as_secs_f64());
    response
}

/// `GET /metrics`: the Prometheus text format, for a scraper with the token.
pub async fn serve(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(endpoint) = state.config.metrics.as_ref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if !endpoint.allows(&headers) {
        return (
            StatusCode::UNAUTHORIZED,
            [("www-authenticate", "Bearer realm=\"metrics\"")],
        )
            .into_response();
    }
    match frirum_app::operations::gauges(&state.app).await {
        Ok(g) => {
            let count = |n: u64| n as f64;
            metrics::gauge!("frirum_outbox_waiting").set(count(g.outbox.waiting));
            metrics::gauge!("frirum_outbox_failing").set(count(g.outbox.failing));
            metrics::gauge!("frirum_law_catalogue_version").set(g.catalogue_version as f64);
        }
        Err(e) => {
            tracing::warn!(error = %e, "the metrics' figures from the database could not be read")
        }
    }
    (
        [
            (CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8"),
            (CACHE_CONTROL, "no-store"),
        ],
        endpoint.handle.render(),
    )
        .into_response()
}
