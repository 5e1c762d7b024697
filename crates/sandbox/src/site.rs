//! Routing between the emulated APIs, the console's `config.json` and its static files.

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State as AxState};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::{Json, Router};
use serde_json::json;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

use crate::emulator::{self, State};
use crate::faults::{Decision, Faults};
use crate::{iam, proxy, security, server, AppConfig};

#[derive(Clone)]
struct Shared {
    config: Arc<AppConfig>,
    state: State,
    tokens: iam::Tokens,
    proxy: proxy::Proxy,
    /// Armed only with `--faults`.
    faults: Option<Faults>,
}

pub fn router(config: Arc<AppConfig>, state: State) -> Router {
    let proxy = proxy::Proxy::new(&config);
    let headers = security::SecurityHeaders::new(&config.frame_ancestors);
    let body_timeout = config.body_read_timeout;
    let tokens = iam::Tokens::new();
    // The emulated services accept the tokens the emulated IAM issued.
    let state = state.with_issued_tokens({
        let tokens = tokens.clone();
        move |token| tokens.is_valid(token)
    });
    let faults = config.fault_injection.then(Faults::default);
    let shared = Shared { config, state, tokens, proxy, faults };
    let mut router = Router::new();
    if shared.faults.is_some() {
        router = router.route("/_sandbox/faults", get(list_faults).post(arm_fault).delete(clear_faults));
    }
    router
        .route("/config.json", get(console_config))
        .route("/healthz", get(|| async { "ok" }))
        // Explicit routes win over the fallback, which sends `/v3/…` and `/api/…` to the emulator.
        .route("/v3/auth/tokens", get(verify_token).post(issue_token))
        .route("/api", any(proxy_request))
        .route("/api/", any(proxy_request))
        .route("/api/{*rest}", any(proxy_request))
        .fallback(dispatch)
        .with_state(shared)
        // Innermost first: a stalled body fails its reader; non-JSON errors become JSON;
        // oversized heads are refused; every answer gets the security headers.
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(body_timeout))
        .layer(axum::middleware::from_fn(server::json_errors))
        .layer(axum::middleware::from_fn(server::limit_request_head))
        .layer(axum::middleware::from_fn_with_state(headers, security::add_security_headers))
        // Spans carry method and URI only (no headers: tokens and signatures stay out of logs).
        .layer(tower_http::trace::TraceLayer::new_for_http())
}

/// The console's deployment settings: here, "talk to this sandbox".
async fn console_config(AxState(s): AxState<Shared>) -> impl IntoResponse {
    // Same-origin: every service's endpoint is this server, emulated (``) or, when an
    // upstream is configured, forwarded through the proxy (`/api/<service>`).
    let mut endpoints = serde_json::Map::new();
    for key in proxy::proxy_keys() {
        let endpoint = if s.proxy.is_configured(key) { format!("/api/{key}") } else { String::new() };
        endpoints.insert(key.to_string(), endpoint.into());
    }
    Json(json!({
        "sandbox": true,
        "region": "cn-north-4",
        "project_id": s.config.demo_project_id,
        "endpoints": endpoints,
        "token": s.config.demo_token,
        // The demo AK/SK: the emulated services verify signatures made with them.
        "ak": s.config.demo_ak,
        "sk": s.config.demo_sk,
        "rainbond_key": s.config.demo_rainbond_key,
        // Which services go to real upstreams, and whether the sandbox signs them with its own
        // AK/SK (then the console sends no credentials of its own to those).
        "proxy": {"services": s.proxy.configured().collect::<Vec<_>>(), "server_signing": s.proxy.signs()},
    }))
}

/// `POST /v3/auth/tokens`: the emulated IAM sign-in (see [`iam`]). With an `iam` upstream
/// configured, sign-in is the real IAM's business (through `/api/iam`), but the emulated one
/// stays for the emulated services.
async fn issue_token(AxState(s): AxState<Shared>, body: Bytes) -> Response {
    iam::issue(&s.config, &s.tokens, &body)
}

/// `GET /v3/auth/tokens`: checks a token this sandbox issued.
async fn verify_token(AxState(s): AxState<Shared>, headers: HeaderMap) -> Response {
    iam::verify(&s.tokens, &headers)
}

/// `/api/<service>/…`: the same-origin proxy (see [`proxy`]). A path under `/api/` whose first
/// segment names no service the proxy knows but that an emulated operation has (CCE's own
/// `/api/v3/projects/{project_id}/clusters`) is the emulator's.
async fn proxy_request(AxState(s): AxState<Shared>, req: Request) -> Response {
    let path = req.uri().path();
    let key = path.strip_prefix(proxy::PREFIX).and_then(|rest| rest.split('/').next()).unwrap_or("");
    if !proxy::is_proxy_key(key) && emulator::serves_path(path) {
        return dispatch(AxState(s), req).await;
    }
    s.proxy.handle(req).await
}

/// `/_sandbox/faults` (see [`crate::faults`]); routed only when fault injection is on.
async fn arm_fault(AxState(s): AxState<Shared>, body: Bytes) -> Response {
    s.faults.as_ref().map_or_else(|| StatusCode::NOT_FOUND.into_response(), |f| f.arm(&body))
}

async fn list_faults(AxState(s): AxState<Shared>) -> Response {
    s.faults.as_ref().map_or_else(|| StatusCode::NOT_FOUND.into_response(), Faults::list)
}

async fn clear_faults(AxState(s): AxState<Shared>) -> Response {
    s.faults.as_ref().map_or_else(|| StatusCode::NOT_FOUND.into_response(), Faults::clear)
}

/// API paths go to the emulator; everything else is the console.
async fn dispatch(AxState(s): AxState<Shared>, req: Request) -> Response {
    let path = req.uri().path().to_string();
    if emulator::is_api_path(&path) {
        match s.faults.as_ref().and_then(|f| f.decide(req.method(), &path)) {
            Some(Decision::Answer(res)) => return res,
            Some(Decision::Delay(pause)) => tokio::time::sleep(pause).await,
            None => {}
        }
        let (parts, body) = req.into_parts();
        // The operation's own limit: reading stops there, before anything is parsed.
        let limit = emulator::body_limit(&parts.method, parts.uri.path());
        let bytes: Bytes = match axum::body::to_bytes(body, limit).await {
            Ok(b) => b,
            Err(_) => return emulator::too_large(&parts.method, parts.uri.path()),
        };
        return emulator::handle(&s.state, &parts.method, &parts.uri, &parts.headers, &bytes);
    }
    serve_console(&s.config, req).await
}

async fn serve_console(config: &AppConfig, req: Request) -> Response {
    let Some(dist) = &config.dist else {
        return (StatusCode::NOT_FOUND, "no console built: run `cargo xtask serve`").into_response();
    };
    if !matches!(*req.method(), Method::GET | Method::HEAD) {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    // The embedding demo (`www/embed.html`) mounts the console under `/embed`: its deep
    // links load the host page, not the standalone console.
    let path = req.uri().path();
    let index = if path == "/embed" || path.starts_with("/embed/") {
        dist.join("embed.html")
    } else {
        dist.join("index.html")
    };
    if !index.exists() {
        return (StatusCode::NOT_FOUND, "no console built: run `cargo xtask build`").into_response();
    }
    // Deep links (`/servicestage/environments/…`) fall back to index.html: the router in
    // the console reads the URL.
    // No directory redirects: ServeDir answers `//pkg` with `Location: //pkg/`, which the
    // browser reads as the host `pkg` (an open redirect). Directories get index.html like
    // any other unknown path.
    let service = ServeDir::new(dist).append_index_html_on_directories(false).fallback(ServeFile::new(index));
    match service.oneshot(req).await {
        Ok(mut res) => {
            no_cache_for_html(res.headers_mut());
            res.map(Body::new)
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

fn no_cache_for_html(headers: &mut HeaderMap) {
    let is_html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        headers.insert(header::CACHE_CONTROL, "no-cache".parse().expect("valid header"));
    }
}
