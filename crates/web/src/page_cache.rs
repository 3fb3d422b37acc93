//! The cache of public answers: what an anonymous visitor's GET of a public page or a
//! public JSON list was answered, kept in memory and sent again to the next anonymous
//! visitor who asks the same, without asking the use cases.
//!
//! What is kept: a `200` of HTML, JSON or Atom to a request without a session or a token
//! (the context middleware asks only for those), on the public paths ([`is_public`]), whose
//! handler set no cookie, no `ETag` of its own (the open-data downloads answer their own
//! `If-None-Match`) and no `Cache-Control: no-store`. The key is the path with its query
//! and the visitor's language. The one thing in such an answer that is the visitor's own is
//! the anonymous CSRF token of the page's forms (the language switcher): it is cut out of
//! the kept body and each visitor's own is put back in its place.
//!
//! When it is thrown away: the answers are kept per *epoch*, the server's generation and
//! the window of time the request's moment falls in (`window`, from the injected clock, so
//! that a page that says "closes in 2 days" or "open" is rendered again as time passes).
//! The generation moves at once when this server answered a request that may have written
//! (any method but GET, HEAD and OPTIONS), and when [`poll`] sees the database's data
//! version move (`frirum_app::operations::data_version`, counted by triggers in every
//! writing transaction: another server's write, a scheduled job's, an operator's), every
//! `poll` interval. A request keeps the epoch it began in: a page rendered from the data
//! before a write is kept under the old epoch, which no later request asks.
//!
//! Many visitors asking the same missing page at once wait for one rendering. When only
//! the window moved (no write), the answer kept in the window before is sent to them while
//! the first renders it again, so that a page slow to render does not hold every visitor
//! up at each window; after a write nothing from before is sent. The memory is bounded
//! (`max_bytes` for an epoch's answers, as much again for the window before): beyond it
//! answers are rendered and not kept until the epoch changes.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::header::{CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE, ETAG, SET_COOKIE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use frirum_app::App;
use tokio::sync::OnceCell;

use crate::error::PendingError;
use crate::etag::KnownTag;

/// How the cache of public answers behaves; `None` in [`crate::WebConfig`] turns it off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicCache {
    /// How often the database's data version is read, so that another server's or a job's
    /// write is seen within this time.
    pub poll: Duration,
    /// How long a kept answer may be sent as time passes, at most.
    pub window: Duration,
    /// The most memory the kept answers may take.
    pub max_bytes: usize,
}

impl Default for PublicCache {
    fn default() -> Self {
        PublicCache {
            poll: Duration::from_millis(500),
            window: Duration::from_secs(10),
            max_bytes: 64 * 1024 * 1024,
        }
    }
}

/// One kept answer.
struct Entry {
    status: StatusCode,
    headers: HeaderMap,
    /// The body cut where the visitor's CSRF token stood; one part when it holds none.
    parts: Vec<Bytes>,
    /// The `ETag` of a body without a token (the same for every visitor), or what the
    /// tag of a body with one is made from.
    tag: EntryTag,
}

/// How a kept answer's `ETag` is known without hashing its body at every request.
enum EntryTag {
    /// The body's own tag ([`crate::etag::tag_of`]).
    Body(String),
    /// The digest of the parts around the visitor's token: each visitor's tag is derived
    /// from it and their token ([`crate::etag::tag_of_template`]), so that the same page
    /// has the same tag on every server for the same visitor and another for another.
    Template([u8; 32]),
}

impl Entry {
    fn size(&self) -> usize {
        self.parts.iter().map(Bytes::len).sum::<usize>() + 256
    }

    /// The answer for a visitor whose CSRF token is `token`.
    fn response(&self, token: &str) -> Response {
        let body = match self.parts.as_slice() {
            [one] => Body::from(one.clone()),
            parts => {
                let length = parts.iter().map(Bytes::len).sum::<usize>()
                    + token.len() * (parts.len().saturating_sub(1));
                let mut joined = Vec::with_capacity(length);
                for (i, part) in parts.iter().enumerate() {
                    if i > 0 {
                        joined.extend_from_slice(token.as_bytes());
                    }
                    joined.extend_from_slice(part);
                }
                Body::from(joined)
            }
        };
        let mut response = Response::new(body);
        *response.status_mut() = self.status;
        *response.headers_mut() = self.headers.clone();
        let tag = match &self.tag {
            EntryTag::Body(tag) => tag.clone(),
            EntryTag::Template(digest) => crate::etag::tag_of_template(digest, token),
        };
        response.extensions_mut().insert(KnownTag(tag));
        response
    }
}

/// Whether a response may be kept; when it may, its entry, otherwise the response itself.
async fn keep(response: Response, token: &str) -> Result<Entry, Response> {
    let headers = response.headers();
    let kind = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let no_store = headers
        .get(CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("no-store") || v.contains("private"));
    let keepable = response.status() == StatusCode::OK
        && ["text/html", "application/json", "application/atom+xml"]
            .iter()
            .any(|k| kind.starts_with(k))
        && !headers.contains_key(SET_COOKIE)
        && !headers.contains_key(ETAG)
        && !no_store
        && response.extensions().get::<PendingError>().is_none();
    if !keepable {
        return Err(response);
    }
    let (parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!("cannot read an answer to keep it: {e}");
            return Err(Response::from_parts(parts, Body::empty()));
        }
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Err(Response::from_parts(parts, Body::from(bytes)));
    };
    let mut pieces = Vec::new();
    let mut start = 0;
    if !token.is_empty() {
        for (at, _) in text.match_indices(token) {
            pieces.push(bytes.slice(start..at));
            start = at + token.len();
        }
    }
    pieces.push(bytes.slice(start..));
    let tag = if pieces.len() == 1 {
        EntryTag::Body(crate::etag::tag_of(&bytes))
    } else {
        EntryTag::Template(crate::etag::digest_of_parts(&pieces))
    };
    let mut headers = parts.headers;
    headers.remove(CONTENT_LENGTH);
    Ok(Entry {
        status: parts.status,
        headers,
        parts: pieces,
        tag,
    })
}

/// The paths whose anonymous answers may be kept: the public pages and the public API.
pub(crate) fn is_public(path: &str) -> bool {
    const PREFIXES: [&str; 14] = [
        "/schemes",
        "/rounds/",
        "/decisions",
        "/organisations",
        "/rule-finder",
        "/provisions/",
        "/acts/",
        "/trials",
        "/barriers",
        "/networks",
        "/partners",
        "/statistics",
        "/open-data",
        "/api/v1/",
    ];
    path == "/"
        || PREFIXES.iter().any(|p| path.starts_with(p))
        || (path.starts_with("/applications/") && path.ends_with("/decision"))
}

/// Which answers are kept together: the server's generation and the window of time.
type EpochId = (u64, i64);

/// Where one key's answer is kept in an epoch.
#[derive(Default)]
struct Slot {
    cell: OnceCell<Arc<Entry>>,
    /// Whether a request is rendering the answer (the others may be sent the window
    /// before's meanwhile).
    rendering: AtomicBool,
}

/// Gives the slot's rendering back when the request that took it ends, kept or not (also
/// when the visitor went away and the rendering was dropped).
struct Rendering<'a>(&'a Slot);

impl Drop for Rendering<'_> {
    fn drop(&mut self) {
        self.0.rendering.swap(false, Ordering::SeqCst);
    }
}

struct Epoch {
    id: EpochId,
    slots: HashMap<String, Arc<Slot>>,
    /// The answers kept in the window before, when no write came between.
    before: HashMap<String, Arc<Entry>>,
}

/// The kept answers of one server (see the module's documentation).
pub struct PageCache {
    config: PublicCache,
    generation: AtomicU64,
    bytes: AtomicUsize,
    epoch: RwLock<Epoch>,
}

impl PageCache {
    pub fn new(config: PublicCache) -> Self {
        PageCache {
            config,
            generation: AtomicU64::new(0),
            bytes: AtomicUsize::new(0),
            epoch: RwLock::new(Epoch {
                id: (0, i64::MIN),
                slots: HashMap::new(),
                before: HashMap::new(),
            }),
        }
    }

    /// Something may have been written: no answer kept so far is sent again.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// The epoch of a request at `now`.
    pub(crate) fn epoch_at(&self, now: time::OffsetDateTime) -> EpochId {
        let window = i64::try_from(self.config.window.as_secs().max(1)).unwrap_or(i64::MAX);
        (
            self.generation.load(Ordering::SeqCst),
            now.unix_timestamp().div_euclid(window),
        )
    }

    /// The slot of `key` in epoch `id`, with the answer kept for it in the window before
    /// (when no write came between); `None` when the request's epoch is over already or
    /// the memory is full.
    fn slot(&self, id: EpochId, key: &str) -> Option<(Arc<Slot>, Option<Arc<Entry>>)> {
        {
            let epoch = self.epoch.read().unwrap_or_else(|e| e.into_inner());
            if epoch.id == id {
                if let Some(slot) = epoch.slots.get(key) {
                    return Some((slot.clone(), epoch.before.get(key).cloned()));
                }
            } else if epoch.id > id {
                return None;
            }
        }
        let mut epoch = self.epoch.write().unwrap_or_else(|e| e.into_inner());
        if epoch.id < id {
            let only_time_passed = epoch.id.0 == id.0;
            let slots = std::mem::take(&mut epoch.slots);
            epoch.before = if only_time_passed {
                slots
                    .into_iter()
                    .filter_map(|(key, slot)| slot.cell.get().map(|entry| (key, entry.clone())))
                    .collect()
            } else {
                HashMap::new()
            };
            epoch.id = id;
            self.bytes.swap(0, Ordering::SeqCst);
        } else if epoch.id > id {
            return None;
        }
        let before = epoch.before.get(key).cloned();
        if let Some(slot) = epoch.slots.get(key) {
            return Some((slot.clone(), before));
        }
        let cost = key.len() + 128;
        if self.bytes.load(Ordering::SeqCst) + cost > self.config.max_bytes {
            return None;
        }
        self.bytes.fetch_add(cost, Ordering::SeqCst);
        let slot = Arc::new(Slot::default());
        epoch.slots.insert(key.to_owned(), slot.clone());
        Some((slot, before))
    }

    /// The answer to `key` in epoch `id` for a visitor whose CSRF token is `token`: the kept
    /// one, or `render`'s, kept when it may be.
    pub(crate) async fn answer<F>(&self, id: EpochId, key: &str, token: &str, render: F) -> Response
    where
        F: Future<Output = Response>,
    {
        let Some((slot, before)) = self.slot(id, key) else {
            return render.await;
        };
        if let Some(entry) = slot.cell.get() {
            return entry.response(token);
        }
        // Someone renders it already: the window before's answer meanwhile, when there is
        // one; otherwise wait for theirs.
        let rendering = if slot.rendering.swap(true, Ordering::SeqCst) {
            if let Some(entry) = before {
                return entry.response(token);
            }
            None
        } else {
            Some(Rendering(&slot))
        };
        let mut render = Some(render);
        let mut own: Option<Response> = None;
        let kept = slot
            .cell
            .get_or_try_init(|| async {
                let Some(render) = render.take() else {
                    return Err(());
                };
                match keep(render.await, token).await {
                    Ok(entry) => {
                        if self.bytes.fetch_add(entry.size(), Ordering::SeqCst) + entry.size()
                            > self.config.max_bytes
                        {
                            own = Some(entry.response(token));
                            return Err(());
                        }
                        Ok(Arc::new(entry))
                    }
                    Err(response) => {
                        own = Some(response);
                        Err(())
                    }
                }
            })
            .await;
        drop(rendering);
        match (kept, own, render) {
            (Ok(entry), _, _) => entry.response(token),
            (Err(()), Some(response), _) => response,
            (Err(()), None, Some(render)) => render.await,
            (Err(()), None, None) => {
                tracing::error!("an answer was rendered and lost");
                Response::builder()
                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                    .body(Body::empty())
                    .unwrap_or_default()
            }
        }
    }
}

/// Reads the database's data version every `poll` interval and throws the kept answers
/// away when it moved, until the server stops (the task is aborted with it).
pub async fn poll(cache: Arc<PageCache>, app: App) {
    let mut interval = tokio::time::interval(cache.config.poll);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut seen: Option<i64> = None;
    loop {
        interval.tick().await;
        match frirum_app::operations::data_version(&app).await {
            Ok(version) => {
                if seen.is_some_and(|s| s != version) {
                    cache.invalidate();
                }
                seen = Some(version);
            }
            Err(e) => {
                // Unknown: nothing kept may be trusted.
                tracing::warn!(error = %e, "cannot read the data version");
                cache.invalidate();
                seen = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn page(body: &str) -> Response {
        let mut response = Response::new(Body::from(body.to_owned()));
        response.headers_mut().insert(
            CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        response
    }

    async fn text(response: Response) -> String {
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[tokio::test]
    async fn each_visitor_gets_their_own_token_in_a_kept_page() {
        let cache = PageCache::new(PublicCache::default());
        let id = (0, 0);
        let first = cache
            .answer(id, "en /", "tokenA", async {
                page("<input value=\"tokenA\"> and tokenA")
            })
            .await;
        assert_eq!(text(first).await, "<input value=\"tokenA\"> and tokenA");
        let second = cache
            .answer(id, "en /", "tokenB", async { panic!("kept, not rendered") })
            .await;
        assert_eq!(text(second).await, "<input value=\"tokenB\"> and tokenB");
    }

    #[tokio::test]
    async fn a_new_generation_renders_again_and_an_old_request_keeps_nothing() {
        let cache = PageCache::new(PublicCache::default());
        let now = time::OffsetDateTime::UNIX_EPOCH;
        let before = cache.epoch_at(now);
        let _ = cache.answer(before, "k", "t", async { page("old") }).await;
        cache.invalidate();
        let after = cache.epoch_at(now);
        assert_ne!(before, after);
        assert_eq!(
            text(cache.answer(after, "k", "t", async { page("new") }).await).await,
            "new"
        );
        // A request that began before the write renders, and what it read is not kept.
        assert_eq!(
            text(
                cache
                    .answer(before, "k", "t", async { page("stale") })
                    .await
            )
            .await,
            "stale"
        );
        assert_eq!(
            text(cache.answer(after, "k", "t", async { page("other") }).await).await,
            "new"
        );
    }

    #[tokio::test]
    async fn errors_cookies_and_other_kinds_are_not_kept() {
        let cache = PageCache::new(PublicCache::default());
        let id = (0, 0);
        let mut with_cookie = page("a");
        with_cookie
            .headers_mut()
            .insert(SET_COOKIE, HeaderValue::from_static("x=1"));
        let _ = cache.answer(id, "cookie", "t", async { with_cookie }).await;
        let mut missing = page("b");
        *missing.status_mut() = StatusCode::NOT_FOUND;
        let _ = cache.answer(id, "missing", "t", async { missing }).await;
        let mut csv = page("c");
        csv.headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static("text/csv"));
        let _ = cache.answer(id, "csv", "t", async { csv }).await;
        for key in ["cookie", "missing", "csv"] {
            assert_eq!(
                text(cache.answer(id, key, "t", async { page("fresh") }).await).await,
                "fresh",
                "{key}"
            );
        }
    }

    #[tokio::test]
    async fn while_a_new_window_renders_the_window_befores_answer_is_sent_but_not_after_a_write() {
        let cache = Arc::new(PageCache::new(PublicCache::default()));
        let start = time::OffsetDateTime::UNIX_EPOCH;
        let _ = cache
            .answer(cache.epoch_at(start), "k", "t", async { page("then") })
            .await;
        let later = start + time::Duration::seconds(11);
        let (go, wait) = tokio::sync::oneshot::channel::<()>();
        let renderer = {
            let cache = cache.clone();
            tokio::spawn(async move {
                let id = cache.epoch_at(later);
                text(
                    cache
                        .answer(id, "k", "t", async {
                            wait.await.unwrap();
                            page("now")
                        })
                        .await,
                )
                .await
            })
        };
        // The renderer has taken the slot once the window before's answer comes back.
        let meanwhile = loop {
            tokio::task::yield_now().await;
            let slot = cache.slot(cache.epoch_at(later), "k").unwrap().0;
            if slot.rendering.load(Ordering::SeqCst) {
                break cache
                    .answer(cache.epoch_at(later), "k", "t", async {
                        panic!("sent the window before's answer, not rendered")
                    })
                    .await;
            }
        };
        assert_eq!(text(meanwhile).await, "then");
        go.send(()).unwrap();
        assert_eq!(renderer.await.unwrap(), "now");
        assert_eq!(
            text(
                cache
                    .answer(cache.epoch_at(later), "k", "t", async { page("x") })
                    .await
            )
            .await,
            "now"
        );

        // After a write, nothing from before: a reader waits for the rendering.
        cache.invalidate();
        let (go, wait) = tokio::sync::oneshot::channel::<()>();
        let renderer = {
            let cache = cache.clone();
            tokio::spawn(async move {
                let id = cache.epoch_at(later);
                let answer = cache.answer(id, "k", "t", async {
                    wait.await.unwrap();
                    page("fresh")
                });
                text(answer.await).await
            })
        };
        while !cache
            .slot(cache.epoch_at(later), "k")
            .unwrap()
            .0
            .rendering
            .load(Ordering::SeqCst)
        {
            tokio::task::yield_now().await;
        }
        let reader = {
            let cache = cache.clone();
            tokio::spawn(async move {
                let id = cache.epoch_at(later);
                let answer = cache.answer(id, "k", "t", async { page("own") });
                text(answer.await).await
            })
        };
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(
            !reader.is_finished(),
            "nothing from before the write was sent"
        );
        go.send(()).unwrap();
        assert_eq!(renderer.await.unwrap(), "fresh");
        assert_eq!(reader.await.unwrap(), "fresh");
    }

    #[tokio::test]
    async fn time_passing_beyond_the_window_renders_again() {
        let cache = PageCache::new(PublicCache::default());
        let start = time::OffsetDateTime::UNIX_EPOCH;
        let _ = cache
            .answer(cache.epoch_at(start), "k", "t", async { page("then") })
            .await;
        let later = start + time::Duration::seconds(11);
        assert_eq!(
            text(
                cache
                    .answer(cache.epoch_at(later), "k", "t", async { page("now") })
                    .await
            )
            .await,
            "now"
        );
    }
}
