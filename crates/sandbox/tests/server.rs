//! The HTTP server itself: connection timeouts and bound, the security headers on every
//! answer, no protocol-relative redirects, and its own errors as JSON. Every address is on
//! the loopback interface.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use opsdeck_sandbox::security::{check_frame_ancestors, console_csp};
use opsdeck_sandbox::server::{serve, ServerLimits, MAX_HEADER_BYTES, MAX_URI_BYTES};
use opsdeck_sandbox::{app, AppConfig};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tower::ServiceExt;

async fn start(config: AppConfig, limits: ServerLimits) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(listener, app(config), limits, std::future::pending()));
    addr
}

fn quick(header_read_timeout_ms: u64) -> ServerLimits {
    ServerLimits { header_read_timeout: Duration::from_millis(header_read_timeout_ms), ..ServerLimits::default() }
}

/// Reads until the server closes the connection; `None` when it is still open after `within`.
async fn read_until_closed(stream: &mut TcpStream, within: Duration) -> Option<String> {
    let mut out = Vec::new();
    match tokio::time::timeout(within, stream.read_to_end(&mut out)).await {
        Ok(_) => Some(String::from_utf8_lossy(&out).into_owned()),
        Err(_) => None,
    }
}

/// Reads one answer (head and a `Content-Length` body) from a connection that stays open.
async fn read_answer(stream: &mut TcpStream) -> String {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf)).await.unwrap().unwrap();
        assert!(n > 0, "closed early: {}", String::from_utf8_lossy(&out));
        out.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&out).into_owned();
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse::<usize>().unwrap()))
                .unwrap_or(0);
            if out.len() >= end + 4 + length {
                return text;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Connections.

#[tokio::test]
async fn idle_and_slow_connections_are_closed() {
    let addr = start(AppConfig::default(), quick(300)).await;

    // Connected, nothing sent.
    let started = Instant::now();
    let mut idle = TcpStream::connect(addr).await.unwrap();
    assert!(read_until_closed(&mut idle, Duration::from_secs(5)).await.is_some(), "an idle connection is closed");
    assert!(started.elapsed() >= Duration::from_millis(250), "not before the timeout: {:?}", started.elapsed());

    // A head that never ends (slowloris).
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    slow.write_all(b"X-One: 1\r\n").await.unwrap();
    assert!(read_until_closed(&mut slow, Duration::from_secs(5)).await.is_some(), "a slow head is cut off");

    // Kept alive after an answer, then idle.
    let mut kept = TcpStream::connect(addr).await.unwrap();
    kept.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    let answer = read_answer(&mut kept).await;
    assert!(answer.starts_with("HTTP/1.1 200") && answer.ends_with("ok"), "{answer}");
    assert!(read_until_closed(&mut kept, Duration::from_secs(5)).await.is_some(), "an idle keep-alive connection is closed");

    // With the default timeout, the same idle connection is still open after a second.
    let patient = start(AppConfig::default(), ServerLimits::default()).await;
    let mut idle = TcpStream::connect(patient).await.unwrap();
    assert!(read_until_closed(&mut idle, Duration::from_secs(1)).await.is_none());
}

#[tokio::test]
async fn connections_beyond_the_bound_wait_for_a_free_one() {
    let limits = ServerLimits { max_connections: 2, ..ServerLimits::default() };
    let addr = start(AppConfig::default(), limits).await;
    let mut first = TcpStream::connect(addr).await.unwrap();
    let mut second = TcpStream::connect(addr).await.unwrap();
    for s in [&mut first, &mut second] {
        s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
        assert!(read_answer(s).await.starts_with("HTTP/1.1 200"));
    }
    // The third is accepted by the kernel but not served while two are open.
    let mut third = TcpStream::connect(addr).await.unwrap();
    third.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    let mut buf = [0u8; 64];
    assert!(tokio::time::timeout(Duration::from_millis(300), third.read(&mut buf)).await.is_err(), "not served yet");
    drop(first);
    assert!(read_answer(&mut third).await.starts_with("HTTP/1.1 200"), "served once one closed");
}

// ---------------------------------------------------------------------------------------------
// Headers and redirects.

/// A built console in a fresh temporary directory: index.html, embed.html, a `pkg/` directory.
fn dist() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("opsdeck-dist-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::write(dir.join("index.html"), "<!doctype html><title>console</title>").unwrap();
    std::fs::write(dir.join("embed.html"), "<!doctype html><title>portal</title>").unwrap();
    std::fs::write(dir.join("pkg/opsdeck.js"), "export default 1;").unwrap();
    dir
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(|v| v.to_str().unwrap())
    }
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&self.body)))
    }
}

async fn ask(config: &AppConfig, req: Request<Body>) -> Answer {
    let res = app(config.clone()).oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    Answer { status, headers, body }
}

fn get(uri: &str) -> Request<Body> {
    Request::builder().uri(uri).body(Body::empty()).unwrap()
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let config = AppConfig { dist: Some(dist()), ..AppConfig::default() };
    let csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-attr 'unsafe-inline'; \
               img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; \
               form-action 'self'; frame-ancestors 'self'";
    assert_eq!(console_csp("'self'"), csp);
    // The console, a deep link, its files, its settings, an emulated API, an error.
    for uri in ["/", "/servicestage/environments", "/pkg/opsdeck.js", "/config.json", "/v3/p1/cas/environments", "/api/ims/x"] {
        let a = ask(&config, get(uri)).await;
        assert_eq!(a.header("content-security-policy"), Some(csp), "{uri}");
        assert_eq!(a.header("x-content-type-options"), Some("nosniff"), "{uri}");
        assert_eq!(a.header("referrer-policy"), Some("no-referrer"), "{uri}");
        assert_eq!(a.header("x-frame-options"), Some("SAMEORIGIN"), "{uri}");
    }

    // A portal allowed to frame the console: frame-ancestors names it, X-Frame-Options (which
    // cannot) is left out.
    let portal = AppConfig { frame_ancestors: "'self' https://portal.example.com".into(), ..config.clone() };
    let a = ask(&portal, get("/")).await;
    assert!(a.header("content-security-policy").unwrap().ends_with("frame-ancestors 'self' https://portal.example.com"));
    assert_eq!(a.header("x-frame-options"), None);
    let nobody = AppConfig { frame_ancestors: "'none'".into(), ..config.clone() };
    assert_eq!(ask(&nobody, get("/")).await.header("x-frame-options"), Some("DENY"));
    // A value that would smuggle in another directive is not used.
    let smuggled = AppConfig { frame_ancestors: "*; script-src 'unsafe-inline'".into(), ..config };
    let a = ask(&smuggled, get("/")).await;
    assert!(a.header("content-security-policy").unwrap().ends_with("frame-ancestors 'self'"));
}

#[test]
fn frame_ancestors_are_checked() {
    assert_eq!(check_frame_ancestors("  'self'   https://portal.example.com ").unwrap(), "'self' https://portal.example.com");
    assert_eq!(check_frame_ancestors("https://*.example.com:8443").unwrap(), "https://*.example.com:8443");
    for bad in ["", "'self'; script-src *", "https://a.example,https://b.example", "'unsafe-inline'", "'none' 'self'", "a\u{0}b"] {
        assert!(check_frame_ancestors(bad).is_err(), "{bad:?}");
    }
}

#[tokio::test]
async fn directories_are_not_redirected_to_protocol_relative_urls() {
    let config = AppConfig { dist: Some(dist()), ..AppConfig::default() };
    for uri in ["//pkg", "/pkg", "//pkg/", "/pkg/", "///pkg"] {
        let a = ask(&config, get(uri)).await;
        let location = a.header("location").unwrap_or("");
        assert!(!location.starts_with("//") && !location.starts_with("/\\"), "{uri} → {location}");
        assert_eq!(a.status, StatusCode::OK, "{uri}: the console's page, as for any deep link");
        assert!(String::from_utf8_lossy(&a.body).contains("<title>console</title>"), "{uri}");
    }
}

// ---------------------------------------------------------------------------------------------
// The server's own errors are JSON.

fn assert_gateway_error(a: &Answer, status: StatusCode, what: &str) {
    assert_eq!(a.status, status, "{what}");
    assert!(a.header("content-type").unwrap().starts_with("application/json"), "{what}");
    let body = a.json();
    assert!(body["error_code"].as_str().unwrap().starts_with("APIGW."), "{what}: {body}");
    assert!(!body["error_msg"].as_str().unwrap().is_empty(), "{what}: {body}");
    // The console's decoder reads it like every service error.
    let e = opsdeck_api::ApiError::from_response(status.as_u16(), &[], &a.body);
    assert_eq!(e.code.as_deref(), body["error_code"].as_str(), "{what}");
}

#[tokio::test]
async fn the_servers_own_errors_are_json() {
    let config = AppConfig { dist: Some(dist()), ..AppConfig::default() };
    let post = |uri: &str, body: Vec<u8>| Request::builder().method("POST").uri(uri).body(Body::from(body)).unwrap();

    let a = ask(&config, post("/config.json", vec![])).await;
    assert_gateway_error(&a, StatusCode::METHOD_NOT_ALLOWED, "POST /config.json");
    assert!(a.header("allow").unwrap().contains("GET"), "Allow stays");
    assert_eq!(a.json()["error_code"], "APIGW.0405");
    assert_gateway_error(&ask(&config, post("/", vec![])).await, StatusCode::METHOD_NOT_ALLOWED, "POST to the console");
    let put = Request::builder().method("PUT").uri("/v3/auth/tokens").body(Body::empty()).unwrap();
    assert_gateway_error(&ask(&config, put).await, StatusCode::METHOD_NOT_ALLOWED, "PUT /v3/auth/tokens");

    // axum's body limit on the IAM sign-in (2 MiB) answers in plain text of its own.
    let a = ask(&config, post("/v3/auth/tokens", vec![b'x'; 3 * 1024 * 1024])).await;
    assert_gateway_error(&a, StatusCode::PAYLOAD_TOO_LARGE, "a 3 MiB sign-in");
    assert_eq!(a.json()["error_code"], "APIGW.0201");

    let long = format!("/v3/p1/cas/environments?name={}", "a".repeat(MAX_URI_BYTES));
    assert_gateway_error(&ask(&config, get(&long)).await, StatusCode::URI_TOO_LONG, "a long URI");
    let mut big_head = Request::builder().uri("/config.json");
    for i in 0..(MAX_HEADER_BYTES / 4096 + 1) {
        big_head = big_head.header(format!("x-filler-{i}"), "f".repeat(4096));
    }
    let a = ask(&config, big_head.body(Body::empty()).unwrap()).await;
    assert_gateway_error(&a, StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE, "large headers");
    let mut many = Request::builder().uri("/config.json");
    for i in 0..101 {
        many = many.header(format!("x-h-{i}"), "1");
    }
    let a = ask(&config, many.body(Body::empty()).unwrap()).await;
    assert_gateway_error(&a, StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE, "many headers");

    // Without a built console, its pages are a JSON 404 too.
    let bare = AppConfig::default();
    assert_gateway_error(&ask(&bare, get("/servicestage")).await, StatusCode::NOT_FOUND, "no console");
}

/// Rainbond has no API gateway before it: the server's own errors on its paths come in its
/// error body (found by fuzzing: a long URI to a Rainbond path got the gateway's body).
#[tokio::test]
async fn the_servers_own_errors_on_rainbond_paths_are_in_rainbonds_shape() {
    let config = AppConfig::default();
    let long = format!("/openapi/v1/teams/t/regions/r/apps?page={}", "1".repeat(MAX_URI_BYTES));
    let a = ask(&config, get(&long)).await;
    assert_eq!(a.status, StatusCode::URI_TOO_LONG);
    let body = a.json();
    assert_eq!(body["code"], 414, "{body}");
    assert!(body["msg"].as_str().is_some_and(|m| !m.is_empty()) && body["msg_show"].is_string(), "{body}");
    // A method Rainbond does not declare there is nobody's: the gateway's body.
    let put = Request::builder().method("PUT").uri(&long).body(Body::empty()).unwrap();
    assert_eq!(ask(&config, put).await.json()["error_code"], "APIGW.0414");
}

/// The same limits on the wire, where hyper parses the request.
#[tokio::test]
async fn oversized_heads_on_the_wire_are_json() {
    let addr = start(AppConfig::default(), ServerLimits::default()).await;
    for (what, head) in [
        ("long URI", format!("GET /config.json?x={} HTTP/1.1\r\nHost: x\r\n", "a".repeat(MAX_URI_BYTES))),
        ("large headers", format!("GET /config.json HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n", "b".repeat(MAX_HEADER_BYTES))),
        ("many headers", format!("GET /config.json HTTP/1.1\r\nHost: x\r\n{}", (0..120).map(|i| format!("X-{i}: 1\r\n")).collect::<String>())),
    ] {
        let mut s = TcpStream::connect(addr).await.unwrap();
        s.write_all(format!("{head}Connection: close\r\n\r\n").as_bytes()).await.unwrap();
        let answer = read_until_closed(&mut s, Duration::from_secs(5)).await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 414") || answer.starts_with("HTTP/1.1 431"), "{what}: {answer}");
        assert!(answer.contains("\"error_code\":\"APIGW.0"), "{what}: {answer}");
    }
}
