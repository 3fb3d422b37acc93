//! Request handlers, one module per area: HTML pages, the JSON API, and operations.

pub mod api;
pub mod ops;
pub mod pages;

use axum::http::HeaderValue;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};

/// A 303 redirect, the answer to a successful form post.
pub fn see_other(location: &str) -> Response {
    let mut response = axum::http::StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(LOCATION, value);
    }
    response
}

/// Only paths on this site may be redirected to, so a crafted link cannot send a visitor
/// elsewhere after logging in.
pub fn local_path(next: &str, fallback: &str) -> String {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(char::is_control);
    if ok {
        next.to_owned()
    } else {
        fallback.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(local_path("/organisations?q=a", "/"), "/organisations?q=a");
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil",
            "",
            "javascript:x",
        ] {
            assert_eq!(local_path(bad, "/account"), "/account", "{bad}");
        }
    }
}
