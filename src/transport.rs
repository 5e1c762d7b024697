//! One HTTP exchange over fetch, with the network's failures made plain: a time limit, retries
//! for reads, `Retry-After`, and no request at all while the browser is offline.
//!
//! The rule that matters most: **a request that may change something is sent once.** Only
//! `GET` and `HEAD` are retried (on a dropped connection, `429`, `500`, `502`, `503`, `504`),
//! with a growing pause; a `POST`, `PUT`, `PATCH` or `DELETE` that fails is reported, and when
//! it may have reached the service the message says to check before sending it again.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::{Method as FetchMethod, RequestBuilder};
use opsdeck_api::request::HttpRequest;
use opsdeck_api::schema::Lang;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::i18n;
use crate::state::sleep_ms;

/// How long the console waits for a whole answer unless the deployment says otherwise
/// (`request_timeout_secs` in `config.json`).
pub const DEFAULT_TIMEOUT_SECS: u32 = 30;

/// Retries of a read after the first attempt.
const READ_RETRIES: u32 = 2;

/// The longest `Retry-After` a read waits for by itself; a longer one is reported instead.
const MAX_RETRY_AFTER_SECS: u32 = 10;

/// A status, the headers and the body bytes.
pub type RawAnswer = (u16, Vec<(String, String)>, Vec<u8>);

/// Why no answer came.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The browser is offline; nothing was sent.
    Offline,
    /// No complete answer within the time limit.
    TimedOut { secs: u32, may_have_applied: bool },
    /// The connection failed (refused, reset, CORS, DNS).
    Connection { detail: String, may_have_applied: bool },
}

impl Failure {
    /// What to tell the user, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Failure::Offline => i18n::OFFLINE.get(lang).to_string(),
            Failure::TimedOut { secs, may_have_applied } => {
                let text = i18n::TIMED_OUT.get(lang).replace("{n}", &secs.to_string());
                if *may_have_applied { format!("{text} {}", i18n::MAY_HAVE_APPLIED.get(lang)) } else { text }
            }
            Failure::Connection { detail, may_have_applied } => {
                let text = i18n::CONNECTION_FAILED.get(lang);
                let text = if *may_have_applied { format!("{text} {}", i18n::MAY_HAVE_APPLIED.get(lang)) } else { text.to_string() };
                // The browser's own words last, for whoever debugs it.
                format!("{text} ({detail})")
            }
        }
    }
}

/// Reads are safe to repeat; anything else may change state on the service.
pub fn is_read(method: &str) -> bool {
    matches!(method, "GET" | "HEAD")
}

/// Whether a read that got this status is worth another attempt.
fn retryable_status(status: u16) -> bool {
    matches!(status, 429 | 500 | 502 | 503 | 504)
}

/// `Retry-After` in seconds (the date form is rare from APIs and read as "not given").
pub fn retry_after_secs(headers: &[(String, String)]) -> Option<u32> {
    headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("retry-after")).and_then(|(_, v)| v.trim().parse().ok())
}

/// The pause before retry `attempt` (1-based): 0.5 s, 1.5 s, … with a little jitter so that
/// several tabs do not come back at the same instant.
fn backoff_ms(attempt: u32) -> i32 {
    let base = 500.0 * 3f64.powi(attempt as i32 - 1);
    (base * (0.8 + 0.4 * js_sys::Math::random())) as i32
}

fn offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

/// Sends `req`, retrying reads as the module says, and returns the last answer.
pub async fn exchange(req: &HttpRequest, timeout_secs: u32) -> Result<RawAnswer, Failure> {
    let read = is_read(req.method);
    let mut attempt = 0;
    loop {
        if offline() {
            return Err(Failure::Offline);
        }
        let result = send_once(req, timeout_secs).await;
        let pause_ms = match &result {
            _ if !read || attempt >= READ_RETRIES => None,
            Ok((status, headers, _)) if retryable_status(*status) => match retry_after_secs(headers) {
                Some(secs) if secs > MAX_RETRY_AFTER_SECS => None,
                Some(secs) => Some(secs as i32 * 1000),
                None => Some(backoff_ms(attempt + 1)),
            },
            Err(Failure::Connection { .. }) => Some(backoff_ms(attempt + 1)),
            _ => None,
        };
        match pause_ms {
            Some(ms) => {
                attempt += 1;
                sleep_ms(ms).await;
            }
            None => return result,
        }
    }
}

fn fetch_method(method: &str) -> FetchMethod {
    match method {
        "POST" => FetchMethod::POST,
        "PUT" => FetchMethod::PUT,
        "DELETE" => FetchMethod::DELETE,
        "PATCH" => FetchMethod::PATCH,
        "HEAD" => FetchMethod::HEAD,
        _ => FetchMethod::GET,
    }
}

/// Aborts a fetch when its time is up; cancels the timer when dropped.
struct Deadline {
    controller: web_sys::AbortController,
    timed_out: Rc<Cell<bool>>,
    handle: Option<i32>,
    _on_timeout: Closure<dyn FnMut()>,
}

impl Deadline {
    fn start(secs: u32) -> Option<Deadline> {
        let controller = web_sys::AbortController::new().ok()?;
        let timed_out = Rc::new(Cell::new(false));
        let on_timeout = {
            let controller = controller.clone();
            let timed_out = timed_out.clone();
            Closure::<dyn FnMut()>::new(move || {
                timed_out.set(true);
                controller.abort();
            })
        };
        let handle = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(on_timeout.as_ref().unchecked_ref(), (secs.saturating_mul(1000)).min(i32::MAX as u32) as i32)
            .ok();
        Some(Deadline { controller, timed_out, handle, _on_timeout: on_timeout })
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let (Some(w), Some(h)) = (web_sys::window(), self.handle) {
            w.clear_timeout_with_handle(h);
        }
    }
}

async fn send_once(req: &HttpRequest, timeout_secs: u32) -> Result<RawAnswer, Failure> {
    let deadline = Deadline::start(timeout_secs);
    let may_have_applied = !is_read(req.method);
    let failed = |e: gloo_net::Error, deadline: &Option<Deadline>| {
        if deadline.as_ref().is_some_and(|d| d.timed_out.get()) {
            Failure::TimedOut { secs: timeout_secs, may_have_applied }
        } else if offline() {
            // Went offline mid-request: it may have left.
            Failure::Connection { detail: "offline".into(), may_have_applied }
        } else {
            Failure::Connection { detail: e.to_string(), may_have_applied }
        }
    };
    let mut builder = RequestBuilder::new(&req.url).method(fetch_method(req.method));
    if let Some(d) = &deadline {
        builder = builder.abort_signal(Some(&d.controller.signal()));
    }
    for (k, v) in &req.headers {
        // The browser sets Host itself (it may not be set from script).
        if !k.eq_ignore_ascii_case("host") {
            builder = builder.header(k, v);
        }
    }
    // Requests to the console's own origin may go through its signing proxy, which forwards
    // only requests carrying this header: a custom header cannot be sent cross-site without a
    // CORS preflight the proxy never grants (see the README's deployment section).
    if req.url.starts_with('/') && !req.url.starts_with("//") {
        builder = builder.header("X-Opsdeck-Proxy", "1");
    }
    let request = match &req.body {
        // Bytes as they are: uploads are binary.
        Some(bytes) => builder.body(js_sys::Uint8Array::from(&bytes[..])),
        None => builder.build(),
    }
    .map_err(|e| Failure::Connection { detail: e.to_string(), may_have_applied: false })?;
    let response = request.send().await.map_err(|e| failed(e, &deadline))?;
    let status = response.status();
    let headers: Vec<(String, String)> = response.headers().entries().collect();
    let bytes = response.binary().await.map_err(|e| failed(e, &deadline))?;
    Ok((status, headers, bytes))
}
