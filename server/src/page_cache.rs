//! The public pages rendered once and served many times: a stranger's `GET` of the home page, the
//! filing form, the tracking form, the privacy notice, the statistics or the public list is answered from a copy
//! rendered earlier, as long as nothing those pages read has changed since.
//!
//! - **What is cached.** Only [`CACHED_PATHS`], only for a request that carries no credential
//!   ([`crate::compression::carries_credentials`]: nothing but the language cookie), only a `200`
//!   HTML answer that sets no cookie. The key is the path and query, the reader's language, the
//!   desk's day (a page may count days) and the SOP profile this instance holds in force (the
//!   form asks what it requires), so a reporter's or an officer's page never is.
//! - **When a copy is stale.** A copy serves only while two counters stand where they stood when
//!   it was rendered:
//!   - this instance's own writes: every request that is not a `GET` or `HEAD` (a form's post, a
//!     server function) counts one when it has been answered, so a change made through this
//!     instance shows at the very next request;
//!   - `page_generation`, which the database's own triggers add one to on every write to a table a
//!     public page reads, in the writer's transaction (migration 0036): a change by another
//!     instance on the same database, by the scheduler or by hand in SQL. It is read at most once
//!     per [`POLL`] (one indexed row), so such a change shows within that time. Reading it for every
//!     request cost more than rendering the home page (sqlx's SQLite worker thread, about 100 µs).
//!
//!   A copy also expires after [`MAX_AGE`].
//! - **What is fresh in every copy.** The script nonce (and with it the content policy) and, on
//!   `/lapor`, the submission key of a native post: two citizens never share a key, or their
//!   filings would be taken for one. The copy keeps where each stood (`Template`).
//! - **Readers at once.** One render at a time per stripe of keys: readers who arrive together
//!   (at start, or after a change) wait for one render and take its copy if it began after they
//!   arrived; none waits more than [`RENDER_WAIT`] before rendering on its own.
//! - **Bounded.** At most [`MAX_ENTRIES`] copies, of at most [`MAX_PAGE_BYTES`] each; a query of
//!   more than [`MAX_QUERY_BYTES`] is rendered and not kept, so made-up queries cannot fill memory.
//!
//! Answers from a copy carry `Cache-Status: aduan; hit` (RFC 9211), a copy just made
//! `aduan; fwd=miss; stored`.

use app::pages::file_complaint::{ChosenSubmissionKey, new_submission_key};
use app::state::AppState;
use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The pages a copy may be kept of, and whether their query is part of what they show.
pub const CACHED_PATHS: [(&str, bool); 6] = [
    ("/", false),
    ("/lapor", false),
    ("/lacak", false),
    ("/privasi", false),
    ("/statistik", true),
    ("/aduan", true),
];

/// The most copies kept.
pub const MAX_ENTRIES: usize = 256;

/// The largest page kept (the statistics page of a busy year is about 40 KB).
pub const MAX_PAGE_BYTES: usize = 1024 * 1024;

/// The longest query kept; a longer one is rendered each time.
pub const MAX_QUERY_BYTES: usize = 256;

/// How long a copy serves at most, whatever the counters say.
pub const MAX_AGE: Duration = Duration::from_secs(30);

/// How long a reading of `page_generation` stands before the next request reads it again.
pub const POLL: Duration = Duration::from_millis(100);

/// The longest a reader waits for another's render of its page before rendering on its own.
pub const RENDER_WAIT: Duration = Duration::from_secs(1);

/// The header that tells a copy from a render (RFC 9211).
const CACHE_STATUS: &str = "cache-status";

/// The copies, and the counters they are checked against; shared by every request.
#[derive(Clone, Debug, Default)]
pub struct PageCache {
    copies: Arc<Mutex<HashMap<String, Kept>>>,
    own_writes: Arc<AtomicU64>,
    generation: Arc<GenerationReading>,
    /// One render at a time per stripe of keys: when a page changes, or the server starts, the
    /// readers who ask for it at once wait for one render instead of each making their own.
    renders: Arc<[tokio::sync::Mutex<()>; 32]>,
}

/// The last reading of `page_generation`, and when it was taken.
#[derive(Debug, Default)]
struct GenerationReading {
    value: AtomicI64,
    taken: Mutex<Option<Instant>>,
    /// Held by the one request that reads; the others wait for its reading.
    reading: tokio::sync::Mutex<()>,
}

/// Where the counters stood: a copy made at one serves only at the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stand {
    own_writes: u64,
    generation: i64,
}

/// One page, as rendered, with the places of its per-response values.
#[derive(Debug)]
struct Kept {
    stand: Stand,
    /// When its render began: everything written before then is in it.
    rendered_from: Instant,
    made: Instant,
    content_type: HeaderValue,
    template: Template,
}

/// A page's text cut where its nonce and its submission key stood.
#[derive(Debug, PartialEq)]
struct Template(Vec<Part>);

#[derive(Debug, PartialEq)]
enum Part {
    Text(Bytes),
    Nonce,
    SubmissionKey,
}

impl Template {
    /// Cuts `page` at every occurrence of `nonce` and of `key`.
    fn cut(page: &Bytes, nonce: &str, key: Option<&str>) -> Template {
        let mut parts = Vec::new();
        let mut start = 0;
        let mut at = 0;
        while at < page.len() {
            let rest = &page[at..];
            let found = if !nonce.is_empty() && rest.starts_with(nonce.as_bytes()) {
                Some((Part::Nonce, nonce.len()))
            } else {
                key.filter(|key| !key.is_empty() && rest.starts_with(key.as_bytes()))
                    .map(|key| (Part::SubmissionKey, key.len()))
            };
            match found {
                Some((part, length)) => {
                    if start < at {
                        parts.push(Part::Text(page.slice(start..at)));
                    }
                    parts.push(part);
                    at += length;
                    start = at;
                }
                None => at += 1,
            }
        }
        if start < page.len() {
            parts.push(Part::Text(page.slice(start..)));
        }
        Template(parts)
    }

    /// The page with `nonce` and `key` put back.
    fn fill(&self, nonce: &str, key: &str) -> Vec<u8> {
        let length = self
            .0
            .iter()
            .map(|part| match part {
                Part::Text(text) => text.len(),
                Part::Nonce => nonce.len(),
                Part::SubmissionKey => key.len(),
            })
            .sum();
        let mut page = Vec::with_capacity(length);
        for part in &self.0 {
            match part {
                Part::Text(text) => page.extend_from_slice(text),
                Part::Nonce => page.extend_from_slice(nonce.as_bytes()),
                Part::SubmissionKey => page.extend_from_slice(key.as_bytes()),
            }
        }
        page
    }
}

impl PageCache {
    /// Where the counters stand now; `None` when the generation cannot be read.
    async fn stand(&self, db: &app::storage::Db) -> Option<Stand> {
        let own_writes = self.own_writes.load(Ordering::Acquire);
        let reading = &self.generation;
        let fresh = || {
            reading
                .taken
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .is_some_and(|taken| taken.elapsed() < POLL)
        };
        if !fresh() {
            let _reader = reading.reading.lock().await;
            // Another request may have read it while this one waited.
            if !fresh() {
                let started = Instant::now();
                match app::storage::page_generation(db).await {
                    Ok(value) => {
                        reading.value.store(value, Ordering::Release);
                        *reading
                            .taken
                            .lock()
                            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(started);
                    }
                    Err(error) => {
                        // Without the generation no copy can be trusted: render.
                        tracing::warn!(%error, "page generation unavailable");
                        return None;
                    }
                }
            }
        }
        Some(Stand {
            own_writes,
            generation: reading.value.load(Ordering::Acquire),
        })
    }

    /// The lock under which `key`'s page is rendered.
    fn render_lock(&self, key: &str) -> &tokio::sync::Mutex<()> {
        use std::hash::{BuildHasher, RandomState};
        static HASHER: std::sync::OnceLock<RandomState> = std::sync::OnceLock::new();
        let hash = HASHER.get_or_init(RandomState::new).hash_one(key);
        &self.renders[(hash % self.renders.len() as u64) as usize]
    }

    /// Counts a write of this instance's (see the module's documentation).
    fn count_own_write(&self) {
        self.own_writes.fetch_add(1, Ordering::AcqRel);
    }

    /// The copy under `key` if it was made at `stand` and is young enough.
    fn answer(&self, key: &str, stand: Stand) -> Option<Response> {
        self.answer_if(key, |copy| copy.stand == stand)
    }

    /// The copy under `key` if its render began at `arrival` or later, whatever the counters say
    /// now: it holds every change made before the request arrived, as a render of its own would.
    fn answer_since(&self, key: &str, arrival: Instant) -> Option<Response> {
        self.answer_if(key, |copy| copy.rendered_from >= arrival)
    }

    fn answer_if(&self, key: &str, usable: impl Fn(&Kept) -> bool) -> Option<Response> {
        let copies = self
            .copies
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let copy = copies
            .get(key)
            .filter(|copy| usable(copy) && copy.made.elapsed() < MAX_AGE)?;
        let nonce = leptos::nonce::Nonce::new().to_string();
        let submission_key = new_submission_key().unwrap_or_default();
        let page = copy.template.fill(&nonce, &submission_key);
        let content_type = copy.content_type.clone();
        drop(copies);
        let mut response = Body::from(page).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, content_type);
        if let Ok(policy) = HeaderValue::from_str(&app::handlers::guard::page_policy(&nonce)) {
            headers.insert(header::CONTENT_SECURITY_POLICY, policy);
        }
        headers.insert(CACHE_STATUS, HeaderValue::from_static("aduan; hit"));
        Some(response)
    }

    /// Keeps `copy` under `key`, making room by dropping stale copies; when there is none to
    /// drop, the copy is not kept.
    fn keep(&self, key: String, copy: Kept) {
        let mut copies = self
            .copies
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if copies.len() >= MAX_ENTRIES && !copies.contains_key(&key) {
            copies.retain(|_, kept| kept.stand == copy.stand && kept.made.elapsed() < MAX_AGE);
            if copies.len() >= MAX_ENTRIES {
                return;
            }
        }
        copies.insert(key, copy);
    }

    /// How many copies are kept.
    pub fn len(&self) -> usize {
        self.copies.lock().map_or(0, |copies| copies.len())
    }

    /// Whether no copy is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The key of a request whose answer may come from a copy, or `None`.
fn key_of(request: &Request, state: &AppState) -> Option<String> {
    if request.method() != Method::GET || crate::compression::carries_credentials(request.headers())
    {
        return None;
    }
    let uri = request.uri();
    let (_, with_query) = CACHED_PATHS.iter().find(|(path, _)| *path == uri.path())?;
    let query = uri.query().unwrap_or_default();
    if (!with_query && !query.is_empty()) || query.len() > MAX_QUERY_BYTES {
        return None;
    }
    let locale = app::cookies::reader_locale(request.headers());
    // The SOP in force, as this instance holds it: the form asks what it requires. Its id and
    // version, not the instance's copy of it: the scheduler's refresh makes a new copy every
    // round, and the days off a copy carries are in the database (`page_generation` counts them).
    let sop = state.sop.get();
    Some(format!(
        "{}|{}|{}@{}|{}?{query}",
        locale.code(),
        state.today(),
        sop.id,
        sop.version,
        uri.path()
    ))
}

/// The nonce a rendered page's content policy names.
fn nonce_of(response: &Response) -> Option<String> {
    let policy = response
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)?
        .to_str()
        .ok()?;
    let rest = &policy[policy.find("'nonce-")? + "'nonce-".len()..];
    Some(rest[..rest.find('\'')?].to_owned())
}

/// The middleware: answers from a copy where it may, else renders and keeps a copy.
pub async fn serve(
    State((state, cache)): State<(AppState, PageCache)>,
    mut request: Request,
    next: Next,
) -> Response {
    let arrival = Instant::now();
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        let response = next.run(request).await;
        cache.count_own_write();
        return response;
    }
    let Some(key) = key_of(&request, &state) else {
        return next.run(request).await;
    };
    let Some(stand) = cache.stand(&state.db).await else {
        return next.run(request).await;
    };
    if let Some(response) = cache.answer(&key, stand) {
        return response;
    }
    // Waits its turn, but not for ever: a render that hangs must not hold up every reader of its
    // stripe, who then render on their own.
    let turn = tokio::time::timeout(RENDER_WAIT, cache.render_lock(&key).lock()).await;
    if turn.is_err() {
        tracing::debug!(path = %request.uri().path(), "render lock not had in time");
    }
    // A request that waited finds the copy the render before it kept: one made at the stand the
    // request arrived at (nothing changed since), or one whose render began after the request
    // arrived (so while writes go on, each wave of readers waits for one render). Without the
    // first, readers who arrive while a copy is rendered, after the last one aged out, would each
    // render again in turn, and so would every reader after them.
    if let Some(response) = cache
        .answer(&key, stand)
        .or_else(|| cache.answer_since(&key, arrival))
    {
        return response;
    }
    let rendered_from = Instant::now();
    let chosen = new_submission_key();
    if let Some(chosen) = &chosen {
        request
            .extensions_mut()
            .insert(ChosenSubmissionKey(chosen.clone()));
    }
    let response = next.run(request).await;
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"text/html"));
    if response.status() != StatusCode::OK
        || !html
        || response.headers().contains_key(header::SET_COOKIE)
    {
        tracing::debug!(status = %response.status(), html, "a public page not kept");
        return response;
    }
    let nonce = nonce_of(&response).unwrap_or_default();
    let (mut parts, body) = response.into_parts();
    let page = match to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(page) => page,
        Err(error) => {
            tracing::error!(%error, "a public page could not be read whole");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let content_type = parts.headers[header::CONTENT_TYPE].clone();
    let template = Template::cut(&page, &nonce, chosen.as_deref());
    tracing::debug!(
        key,
        ?stand,
        waited_ms = rendered_from.duration_since(arrival).as_millis() as u64,
        render_ms = rendered_from.elapsed().as_millis() as u64,
        "a public page rendered and kept"
    );
    cache.keep(
        key,
        Kept {
            stand,
            rendered_from,
            made: Instant::now(),
            content_type,
            template,
        },
    );
    parts.headers.insert(
        CACHE_STATUS,
        HeaderValue::from_static("aduan; fwd=miss; stored"),
    );
    Response::from_parts(parts, Body::from(page))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_gives_each_copy_its_own_nonce_and_key() {
        let page = Bytes::from_static(
            b"<script nonce=\"N0NCE\">x</script><input value=\"KEY-1\"><p nonce=\"N0NCE\"></p>",
        );
        let template = Template::cut(&page, "N0NCE", Some("KEY-1"));
        assert_eq!(template.fill("N0NCE", "KEY-1"), page.to_vec());
        assert_eq!(
            String::from_utf8(template.fill("fresh", "KEY-2")).unwrap(),
            "<script nonce=\"fresh\">x</script><input value=\"KEY-2\"><p nonce=\"fresh\"></p>"
        );
        // Nothing to cut: the page as it was.
        let plain = Template::cut(&page, "", None);
        assert_eq!(plain, Template(vec![Part::Text(page.clone())]));
    }

    fn stand(generation: i64) -> Stand {
        Stand {
            own_writes: 0,
            generation,
        }
    }

    fn copy(generation: i64) -> Kept {
        Kept {
            stand: stand(generation),
            rendered_from: Instant::now(),
            made: Instant::now(),
            content_type: HeaderValue::from_static("text/html"),
            template: Template(vec![Part::Text(Bytes::from_static(b"page"))]),
        }
    }

    #[test]
    fn the_cache_holds_at_most_its_bound_and_makes_room_from_stale_copies() {
        let cache = PageCache::default();
        for n in 0..MAX_ENTRIES + 10 {
            cache.keep(format!("key {n}"), copy(1));
        }
        assert_eq!(cache.len(), MAX_ENTRIES);
        // A copy of a newer generation drops the stale ones to make room.
        let before = Instant::now();
        cache.keep("new".to_owned(), copy(2));
        // A reader who arrived before its render began may have it, whatever the counters say.
        assert!(cache.answer_since("new", before).is_some());
        assert!(cache.answer_since("new", Instant::now()).is_none());
        assert_eq!(cache.len(), 1);
        assert!(cache.answer("new", stand(2)).is_some());
        assert!(
            cache.answer("new", stand(3)).is_none(),
            "a later generation"
        );
        let written = Stand {
            own_writes: 1,
            generation: 2,
        };
        assert!(cache.answer("new", written).is_none(), "a write of its own");
        assert!(cache.answer("key 1", stand(2)).is_none(), "dropped");
    }
}
