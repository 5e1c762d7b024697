//! Serving connections: timeouts, a bound on connections, limits on request heads, and
//! the server's own errors as JSON.
//!
//! `axum::serve` arms no timeout: a client that opens a connection and sends nothing (or
//! one header line a minute) holds a socket forever, and a few hundred of them exhaust the
//! process's file descriptors. [`serve`] runs hyper's HTTP/1 server itself with:
//! - a header-read timeout ([`ServerLimits::header_read_timeout`]), which hyper arms whenever
//!   it waits for a request head: on a new connection and on an idle keep-alive one. It is
//!   therefore also the idle timeout.
//! - a bound on open connections ([`ServerLimits::max_connections`]): further clients wait in
//!   the kernel's accept queue instead of taking descriptors.
//!
//! The body-read timeout is a router layer (`RequestBodyTimeoutLayer` in `site.rs`): the
//! time between two pieces of a request body is bounded.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use serde_json::json;
use tokio::net::TcpListener;
use tokio::sync::{watch, Semaphore};

/// Connection-level limits.
#[derive(Debug, Clone, Copy)]
pub struct ServerLimits {
    /// How long a request head may take to arrive, counted from when the server starts
    /// waiting for it (also how long an idle keep-alive connection stays open).
    pub header_read_timeout: Duration,
    /// Connections served at once.
    pub max_connections: usize,
}

impl Default for ServerLimits {
    fn default() -> Self {
        ServerLimits { header_read_timeout: Duration::from_secs(30), max_connections: 512 }
    }
}

/// The longest request target (path and query) served; longer ones get a JSON 414.
pub const MAX_URI_BYTES: usize = 16 * 1024;
/// The most request header bytes (names and values) served; more get a JSON 431. IAM tokens
/// are several kilobytes, so this leaves room for a few.
pub const MAX_HEADER_BYTES: usize = 64 * 1024;
/// The most request header fields served; more get a JSON 431.
pub const MAX_HEADER_COUNT: usize = 100;
/// hyper's own limit, above [`MAX_HEADER_COUNT`] so that the JSON answer above is the one
/// clients normally see; beyond it hyper answers an empty 431 itself.
const HYPER_MAX_HEADERS: usize = 2 * MAX_HEADER_COUNT;

/// Serves `router` on `listener` until `shutdown` completes, then lets open requests finish.
pub async fn serve(listener: TcpListener, router: Router, limits: ServerLimits, shutdown: impl Future<Output = ()>) {
    let permits = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let (closing_tx, closing_rx) = watch::channel(false);
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .max_headers(HYPER_MAX_HEADERS);
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => match permit {
                Ok(p) => p,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of descriptors, usually: wait for some to be freed rather than spin.
                    tracing::warn!("accept: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let connection = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(router.clone()));
        let mut closing = closing_rx.clone();
        tokio::spawn(async move {
            let _permit = permit;
            tokio::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => {}
                _ = closing.changed() => {
                    connection.as_mut().graceful_shutdown();
                    let _ = connection.await;
                }
            }
        });
    }
    let _ = closing_tx.send(true);
    drop(closing_rx);
    closing_tx.closed().await;
}

/// An error answer of the server itself, in the API gateway's shape the console decodes:
/// `{"error_code": "APIGW.xxxx", "error_msg": "…"}`. 404 and 413 use the codes the emulator
/// answers with; the others are the sandbox's own, `APIGW.0` + the status.
pub fn gateway_error(status: StatusCode, message: &str) -> Response {
    let code = match status.as_u16() {
        404 => "APIGW.0101".to_string(),
        413 => "APIGW.0201".to_string(),
        n => format!("APIGW.0{n}"),
    };
    let body = json!({"error_code": code, "error_msg": message});
    let mut res = Response::new(Body::from(body.to_string()));
    *res.status_mut() = status;
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json;charset=utf-8"));
    res
}

/// An error answer of the server itself to `method` `path`: the gateway's ([`gateway_error`]),
/// or, on the paths of a service no gateway stands before (Rainbond), that service's own
/// error body, which its clients decode.
pub fn error_for(method: &Method, path: &str, status: StatusCode, message: &str) -> Response {
    crate::emulator::own_error(method, path, status, message).unwrap_or_else(|| gateway_error(status, message))
}

/// Marks an answer that came from an upstream through the proxy: it goes back as it came,
/// [`json_errors`] does not rewrite it.
#[derive(Debug, Clone, Copy)]
pub struct Forwarded;

/// Middleware: request targets and heads beyond [`MAX_URI_BYTES`], [`MAX_HEADER_BYTES`] and
/// [`MAX_HEADER_COUNT`] are refused before any handler reads them.
pub async fn limit_request_head(req: Request, next: Next) -> Response {
    let target = req.uri().path_and_query().map_or(0, |pq| pq.as_str().len());
    if target > MAX_URI_BYTES {
        return error_for(req.method(), req.uri().path(), StatusCode::URI_TOO_LONG, "The request URI is too long");
    }
    let headers = req.headers();
    let size: usize = headers.iter().map(|(k, v)| k.as_str().len() + v.len()).sum();
    if headers.len() > MAX_HEADER_COUNT || size > MAX_HEADER_BYTES {
        return error_for(req.method(), req.uri().path(), StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE, "The request headers are too large");
    }
    next.run(req).await
}

/// Middleware: an error answer that is not JSON (axum's empty 405, its plain-text 413 and
/// 400 for unreadable bodies, a timeout's 408, the console's 404) becomes the gateway's JSON
/// error with the same status and headers (`Allow` stays). Proxied answers are left alone.
pub async fn json_errors(req: Request, next: Next) -> Response {
    let (method, path) = (req.method().clone(), req.uri().path().to_string());
    let res = next.run(req).await;
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) || res.extensions().get::<Forwarded>().is_some() {
        return res;
    }
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().contains("json"));
    if is_json {
        return res;
    }
    let (mut parts, _) = res.into_parts();
    let message = status.canonical_reason().unwrap_or("Error");
    let fresh = error_for(&method, &path, status, message);
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json;charset=utf-8"));
    Response::from_parts(parts, fresh.into_body())
}
