//! Routing between the emulated APIs, the console's `config.json` and its static files.

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State as AxState};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

use crate::emulator::{self, State};
use crate::AppConfig;

#[derive(Clone)]
struct Shared {
    config: Arc<AppConfig>,
    state: State,
}

pub fn router(config: Arc<AppConfig>, state: State) -> Router {
    let shared = Shared { config, state };
    Router::new()
        .route("/config.json", get(console_config))
        .route("/healthz", get(|| async { "ok" }))
        .fallback(dispatch)
        .with_state(shared)
        .layer(tower_http::trace::TraceLayer::new_for_http())
}

/// The console's deployment settings: here, "talk to this sandbox".
async fn console_config(AxState(s): AxState<Shared>) -> impl IntoResponse {
    Json(json!({
        "sandbox": true,
        "region": "cn-north-4",
        "project_id": s.config.demo_project_id,
        // Same-origin: every service's endpoint is this server.
        "endpoints": {"servicestage": "", "cse": "", "servicecomb": "", "ims": "", "cbr": "", "rainbond": ""},
        "token": s.config.demo_token,
        "rainbond_key": "sandbox-rainbond-key",
    }))
}

/// API paths go to the emulator; everything else is the console.
async fn dispatch(AxState(s): AxState<Shared>, req: Request) -> Response {
    let path = req.uri().path().to_string();
    if emulator::is_api_path(&path) {
        let (parts, body) = req.into_parts();
        let bytes: Bytes = match axum::body::to_bytes(body, 32 * 1024 * 1024).await {
            Ok(b) => b,
            Err(_) => return emulator::too_large(),
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
    let index = dist.join("index.html");
    if !index.exists() {
        return (StatusCode::NOT_FOUND, "no console built: run `cargo xtask build`").into_response();
    }
    // Deep links (`/servicestage/environments/…`) fall back to index.html: the router in
    // the console reads the URL.
    let service = ServeDir::new(dist).fallback(ServeFile::new(index));
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
