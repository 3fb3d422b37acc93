//! `ETag` and `If-None-Match` on the JSON API's answers and the public HTML lists.
//!
//! A successful GET of a JSON answer under `/api/`, or of one of the public lists (the
//! start page, schemes, trials, decisions, barriers, the registry), carries a strong ETag:
//! the first 128 bits of the SHA-256 of its body, so that identical bodies get identical
//! tags on every server behind a load balancer. A request whose `If-None-Match` names the
//! tag (or `*`) is answered 304 with no body and the same headers otherwise. An answer that
//! already carries an ETag (an export with its own) is left as it is.

use std::fmt::Write;

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use sha2::{Digest, Sha256};

/// The public HTML lists whose pages carry an ETag (the paths themselves, any query).
const HTML_LISTS: [&str; 7] = [
    "/",
    "/schemes",
    "/trials",
    "/decisions",
    "/barriers",
    "/organisations",
    "/networks",
];

/// An answer whose tag is known already (the cache of public answers keeps it with the
/// body): tagged without hashing its body again.
#[derive(Debug, Clone)]
pub(crate) struct KnownTag(pub String);

pub async fn middleware(request: Request, next: Next) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let path = request.uri().path();
    let wanted = if path.starts_with("/api/") {
        Some("application/json")
    } else if HTML_LISTS.contains(&path) {
        Some("text/html")
    } else {
        None
    };
    let Some(wanted) = wanted else {
        return next.run(request).await;
    };
    let if_none_match = request.headers().get(IF_NONE_MATCH).cloned();
    let mut response = next.run(request).await;
    // An answer sent again from the cache of public answers carries its tag already: its
    // body need not be read.
    if let Some(KnownTag(tag)) = response.extensions_mut().remove::<KnownTag>() {
        if response.status() != StatusCode::OK || response.headers().contains_key(ETAG) {
            return response;
        }
        let (parts, body) = response.into_parts();
        return tagged(parts, body, &tag, if_none_match.as_ref());
    }
    let kind_matches = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(wanted));
    if response.status() != StatusCode::OK || !kind_matches || response.headers().contains_key(ETAG)
    {
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!("cannot read the body to tag it: {e}");
            return Response::from_parts(parts, Body::empty());
        }
    };
    let tag = tag_of(&bytes);
    tagged(parts, Body::from(bytes), &tag, if_none_match.as_ref())
}

/// The answer with its tag: 304 with no body when `If-None-Match` names the tag.
fn tagged(
    mut parts: axum::http::response::Parts,
    body: Body,
    tag: &str,
    if_none_match: Option<&HeaderValue>,
) -> Response {
    parts.headers.insert(
        ETAG,
        HeaderValue::from_str(tag).expect("a quoted hex digest is a valid header"),
    );
    if if_none_match.is_some_and(|v| names(v, tag)) {
        parts.status = StatusCode::NOT_MODIFIED;
        strip_content(&mut parts.headers);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, body)
}

/// A strong entity tag for a body: its SHA-256, the first 16 bytes in hex, quoted.
pub(crate) fn tag_of(body: &[u8]) -> String {
    quoted(&Sha256::digest(body))
}

/// The digest of a body's parts around the places where each visitor's own token goes:
/// the parts with their lengths, so that moving a boundary changes it.
pub(crate) fn digest_of_parts(parts: &[impl AsRef<[u8]>]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for part in parts {
        let part = part.as_ref();
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part);
    }
    hasher.finalize().into()
}

/// The tag of a body made of parts (their [`digest_of_parts`]) with `token` between them:
/// a different body, or another visitor's token, gives another tag.
pub(crate) fn tag_of_template(digest: &[u8; 32], token: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(digest);
    hasher.update(token.as_bytes());
    quoted(&hasher.finalize())
}

fn quoted(digest: &[u8]) -> String {
    let mut tag = String::with_capacity(34);
    tag.push('"');
    for byte in &digest[..16] {
        let _ = write!(tag, "{byte:02x}");
    }
    tag.push('"');
    tag
}

/// Whether an `If-None-Match` value names the tag: `*`, or one of its comma-separated tags
/// compared weakly (a `W/` prefix is ignored, as RFC 9110 says for this header).
pub(crate) fn names(header: &HeaderValue, tag: &str) -> bool {
    let Ok(value) = header.to_str() else {
        return false;
    };
    value.split(',').map(str::trim).any(|candidate| {
        candidate == "*" || candidate.strip_prefix("W/").unwrap_or(candidate) == tag
    })
}

/// A 304 has no body: the headers that describe one go.
fn strip_content(headers: &mut HeaderMap) {
    headers.remove(CONTENT_LENGTH);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_quoted_digests_that_follow_the_body() {
        let a = tag_of(b"[1,2]");
        assert_eq!(a.len(), 34);
        assert!(a.starts_with('"') && a.ends_with('"'));
        assert_eq!(a, tag_of(b"[1,2]"));
        assert_ne!(a, tag_of(b"[1,2,3]"));
    }

    #[test]
    fn template_tags_follow_the_parts_and_the_token() {
        let digest = digest_of_parts(&[b"<a>".as_slice(), b"</a>"]);
        let a = tag_of_template(&digest, "token-a");
        assert_eq!(a.len(), 34);
        assert_eq!(a, tag_of_template(&digest, "token-a"));
        assert_ne!(a, tag_of_template(&digest, "token-b"));
        let moved = digest_of_parts(&[b"<a><".as_slice(), b"/a>"]);
        assert_ne!(a, tag_of_template(&moved, "token-a"));
    }

    #[test]
    fn if_none_match_lists_weak_tags_and_star() {
        let tag = tag_of(b"x");
        let list = HeaderValue::from_str(&format!("\"other\", W/{tag}")).unwrap();
        assert!(names(&list, &tag));
        assert!(names(&HeaderValue::from_static("*"), &tag));
        assert!(!names(&HeaderValue::from_static("\"other\""), &tag));
    }
}
