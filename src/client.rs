//! Sends requests built by `opsdeck-api` with the browser's fetch (gloo-net) and decodes
//! the answers. The only place the console touches the network.

use wasm_bindgen::JsCast;
use leptos::prelude::*;
use opsdeck_api::error::{decode_value, ApiError};
use opsdeck_api::request::{build, HttpRequest};
use opsdeck_api::schema::Lang;
use opsdeck_api::{BuildError, OperationDecl};
use serde_json::{Map, Value};

use crate::i18n;
use crate::state::AppState;
use crate::transport;

/// Why a call did not produce a decoded answer.
#[derive(Debug, Clone, PartialEq)]
pub enum CallError {
    /// The request could not be built (a missing parameter, signing without an endpoint).
    Build(String),
    /// No HTTP answer (the endpoint is unreachable, CORS refused, the request was aborted).
    Network(String),
    /// The service answered with an error.
    Api(ApiError),
}

impl CallError {
    pub fn title(&self, lang: Lang) -> String {
        match self {
            CallError::Build(_) => i18n::PREVIEW_UNAVAILABLE.get(lang).into(),
            CallError::Network(_) => i18n::NETWORK_ERROR.get(lang).into(),
            // The status with what it means ("HTTP 403 Forbidden: no permission for this operation").
            CallError::Api(e) => {
                let meaning = opsdeck_api::error::status_meaning(e.status).map(|m| format!(": {}", m.get(lang))).unwrap_or_default();
                format!("{} · HTTP {} {}{meaning}", i18n::ERROR_TITLE.get(lang), e.status, opsdeck_api::error::status_text(e.status))
            }
        }
    }
}

/// A successful answer with what the response viewer shows about it.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub value: Value,
    pub request_id: Option<String>,
    pub duration_ms: f64,
}

thread_local! {
    /// An embedding page's credentials provider: a function returning a token (or a
    /// promise of one), asked before every request.
    static TOKEN_PROVIDER: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

pub fn set_token_provider(f: js_sys::Function) {
    TOKEN_PROVIDER.with(|p| *p.borrow_mut() = Some(f));
}

/// Whether the embedding page supplies the credentials (a token provider).
pub fn has_token_provider() -> bool {
    TOKEN_PROVIDER.with(|p| p.borrow().is_some())
}

/// Asks the embedding page's provider for a token, if there is one.
async fn provided_token() -> Option<String> {
    let f = TOKEN_PROVIDER.with(|p| p.borrow().clone())?;
    let value = f.call0(&wasm_bindgen::JsValue::NULL).ok()?;
    let value = match value.dyn_into::<js_sys::Promise>() {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.ok()?,
        Err(v) => v,
    };
    value.as_string().filter(|t| !t.is_empty())
}

crate::split::split_point!(signing, fn load_signer() -> opsdeck_api::sign::SignFn {
    let sign: opsdeck_api::sign::SignFn = opsdeck_api::sign::sign;
    sign
});

/// Loads the AK/SK signer when the settings sign with AK/SK and it is not there yet (it is
/// a chunk of its own; the requests' builder refuses to sign without it).
pub async fn ensure_signer(state: &AppState) -> Result<(), CallError> {
    let signs = state.settings.with_untracked(|s| s.auth_mode == crate::state::AuthMode::Aksk);
    if !signs || crate::state::SIGNER.get().is_some() {
        return Ok(());
    }
    let sign = load_signer::load_signer().await.map_err(|_| CallError::Network(i18n::CHUNK_FAILED.get(state.settings.with_untracked(|s| s.lang)).into()))?;
    crate::state::SIGNER.set(Some(sign));
    Ok(())
}

/// Builds the request for `decl` with the current settings (no I/O).
pub fn prepare(state: &AppState, decl: &'static OperationDecl, params: &Map<String, Value>, body: Option<&Value>) -> Result<HttpRequest, BuildError> {
    let mut params = params.clone();
    // Every project-scoped path takes the project from the settings unless given.
    if decl.path.contains("{project_id}") && !params.contains_key("project_id") {
        let project = state.settings.with_untracked(|s| s.project_id.clone());
        params.insert("project_id".into(), Value::String(project));
    }
    build(decl, &params, body, &state.target(decl.service))
}

thread_local! {
    static IN_FLIGHT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// How many requests the console is waiting on (the chunk prefetch waits until none is).
pub fn in_flight() -> u32 {
    IN_FLIGHT.with(|n| n.get())
}

/// Counts one request as in flight while it lives.
struct InFlight;

impl InFlight {
    fn start() -> InFlight {
        IN_FLIGHT.with(|n| n.set(n.get() + 1));
        InFlight
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        IN_FLIGHT.with(|n| n.set(n.get().saturating_sub(1)));
    }
}

/// Sends a built request and returns the status, headers and body bytes (see
/// [`crate::transport`] for time limits and retries; `lang` words the failures).
pub async fn send_raw(state: &AppState, req: &HttpRequest) -> Result<(u16, Vec<(String, String)>, Vec<u8>), CallError> {
    let _in_flight = InFlight::start();
    let timeout = state.deployment.with_untracked(|d| d.request_timeout_secs).unwrap_or(transport::DEFAULT_TIMEOUT_SECS).max(1);
    let lang = state.settings.with_untracked(|s| s.lang);
    transport::exchange(req, timeout).await.map_err(|f| CallError::Network(f.message(lang)))
}

/// Builds, sends and decodes one operation call.
pub async fn call(state: AppState, decl: &'static OperationDecl, params: Map<String, Value>, body: Option<Value>) -> Result<Answer, CallError> {
    if let Some(token) = provided_token().await {
        // Kept in memory only, like a token typed in the settings.
        if state.secrets.with_untracked(|s| s.token != token) {
            state.secrets.update(|s| s.token = token);
        }
    }
    ensure_signer(&state).await?;
    let lang = state.settings.with_untracked(|s| s.lang);
    let req = prepare(&state, decl, &params, body.as_ref()).map_err(|e| CallError::Build(e.message(lang)))?;
    let started = js_sys::Date::now();
    let (status, headers, bytes) = send_raw(&state, &req).await?;
    let duration_ms = js_sys::Date::now() - started;
    let request_id = headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("x-request-id")).map(|(_, v)| v.clone());
    decode_value(decl, status, &headers, &bytes).map(|value| Answer { status, value, request_id, duration_ms }).map_err(|mut e| {
        // Throttled: say when to try again (reads have already waited and retried).
        if status == 429 && e.detail.is_none() {
            e.detail = Some(match transport::retry_after_secs(&headers) {
                Some(secs) => i18n::RETRY_AFTER.get(lang).replace("{n}", &secs.to_string()),
                None => i18n::RETRY_LATER.get(lang).to_string(),
            });
        }
        CallError::Api(e)
    })
}
