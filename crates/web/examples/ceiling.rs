//! The ceiling of `bench/http.sh`: a bare axum handler answering a constant on the same
//! runtime as Frirum (tokio, multi-threaded), so that each of Frirum's pages is measured as
//! a share of what the HTTP stack alone serves on this machine.
//!
//! `cargo run --release -p frirum-web --example ceiling -- 127.0.0.1:18931`

use axum::Router;
use axum::routing::get;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:18931".to_owned());
    let app = Router::new().route("/", get(|| async { "ok" }));
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("ceiling listening on http://{}/", listener.local_addr()?);
    axum::serve(listener, app).await
}
