//! The same-origin proxy (forwarding to a local upstream, server-side AK/SK signing, refusals)
//! and the emulated IAM sign-in. Every address is on the loopback interface.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use opsdeck_api::iam::{self, ProjectScope};
use opsdeck_api::request::{build_typed, Target};
use opsdeck_api::servicestage::v3::environment::{ListEnvironmentsOp, ListEnvironmentsParams};
use opsdeck_api::{sign, url};
use opsdeck_sandbox::proxy::{self, SigningKey};
use opsdeck_sandbox::security::PublicHosts;
use opsdeck_sandbox::server::{serve, ServerLimits};
use opsdeck_sandbox::{app, AppConfig};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower::ServiceExt;

const AK: &str = "HPUAPROXYTESTAK00001";
const SK: &str = "proxyTestSecretKey0123456789abcdefSECRET0";
const SECURITY_TOKEN: &str = "temporary-security-token-SECRET";

// ---------------------------------------------------------------------------------------------
// A local upstream that echoes what it received.

struct Upstream {
    addr: SocketAddr,
    hits: Arc<AtomicUsize>,
}

async fn echo(hits: Arc<AtomicUsize>, req: Request) -> Response {
    hits.fetch_add(1, Ordering::SeqCst);
    let (parts, body) = req.into_parts();
    if parts.uri.path().ends_with("/big") {
        let big: Vec<u8> = (0..1_048_576u32).map(|i| (i % 251) as u8).collect();
        return (StatusCode::OK, big).into_response();
    }
    let body = body.collect().await.unwrap().to_bytes();
    let mut headers = BTreeMap::<String, Vec<String>>::new();
    for (k, v) in &parts.headers {
        headers.entry(k.as_str().to_string()).or_default().push(v.to_str().unwrap_or("<binary>").to_string());
    }
    let answer = json!({
        "method": parts.method.as_str(),
        "path": parts.uri.path(),
        "query": parts.uri.query(),
        "headers": headers,
        "body": String::from_utf8_lossy(&body),
    });
    let mut res = (StatusCode::ACCEPTED, axum::Json(answer)).into_response();
    let h = res.headers_mut();
    h.insert("x-upstream", "echo".parse().unwrap());
    h.insert("x-request-id", "upstream-request-1".parse().unwrap());
    h.insert("proxy-authenticate", "Basic realm=x".parse().unwrap());
    h.insert("trailer", "x-checksum".parse().unwrap());
    // Headers that would act on the console's origin.
    h.insert("set-cookie", "upstream-session=1; Path=/".parse().unwrap());
    h.insert("server", "upstream-gateway/1.2".parse().unwrap());
    h.insert("alt-svc", "h3=\":443\"".parse().unwrap());
    h.insert("strict-transport-security", "max-age=31536000".parse().unwrap());
    h.insert("x-frame-options", "ALLOWALL".parse().unwrap());
    res
}

async fn start_upstream() -> Upstream {
    let hits = Arc::new(AtomicUsize::new(0));
    let h = hits.clone();
    let router = axum::Router::new().fallback(move |req: Request| echo(h.clone(), req));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    Upstream { addr, hits }
}

fn config_for(upstream: &Upstream, signing: Option<SigningKey>) -> AppConfig {
    let mut upstreams = BTreeMap::new();
    upstreams.insert("servicestage".to_string(), format!("http://{}/base", upstream.addr));
    AppConfig { upstreams, signing, public_hosts: public_hosts(), ..AppConfig::default() }
}

/// The name the tests' console is reached at.
const CONSOLE_HOST: &str = "127.0.0.1:8080";

fn public_hosts() -> PublicHosts {
    PublicHosts::parse([CONSOLE_HOST]).unwrap()
}

/// A request as a non-browser client of the console sends it: the console's `Host` and the
/// proxy header.
fn console(method: &str, uri: &str) -> axum::http::request::Builder {
    axum::http::Request::builder().method(method).uri(uri).header("host", CONSOLE_HOST).header("x-opsdeck-proxy", "1")
}

fn signing_key() -> SigningKey {
    SigningKey {
        ak: AK.into(),
        sk: SK.into(),
        security_token: Some(SECURITY_TOKEN.into()),
        project_id: Some("0123456789abcdef0123456789abcdef".into()),
    }
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    bytes: Bytes,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&self.bytes).into()))
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

async fn send(router: &axum::Router, req: axum::http::Request<Body>) -> Answer {
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    Answer { status, headers, bytes }
}

fn get(uri: &str) -> axum::http::Request<Body> {
    console("GET", uri).body(Body::empty()).unwrap()
}

fn header_values<'a>(echoed: &'a Value, name: &str) -> Vec<&'a str> {
    echoed["headers"][name].as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

fn header_value<'a>(echoed: &'a Value, name: &str) -> Option<&'a str> {
    header_values(echoed, name).first().copied()
}

// ---------------------------------------------------------------------------------------------
// Forwarding.

#[tokio::test]
async fn forwards_method_path_query_headers_and_body() {
    let upstream = start_upstream().await;
    let r = app(config_for(&upstream, None));
    let body = r#"{"name":"env-a","vpc_id":"vpc-1"}"#;
    let req = console("POST", "/api/servicestage/v3/p1/cas/environments?limit=10&name=a%20b&flag")
        .header("content-type", "application/json;charset=utf8")
        .header("x-auth-token", "the-users-own-token")
        .header("x-keep", "yes")
        .header("x-twice", "1")
        .header("x-twice", "2")
        .header("connection", "keep-alive, x-custom-hop")
        .header("x-custom-hop", "drop me")
        .header("keep-alive", "timeout=5")
        .header("te", "trailers")
        .header("upgrade", "h2c")
        .header("proxy-authorization", "Basic c2VjcmV0")
        .header("cookie", "session=sandbox-origin")
        .body(Body::from(body))
        .unwrap();
    let a = send(&r, req).await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.text());
    assert_eq!(upstream.hits.load(Ordering::SeqCst), 1);
    let echoed = a.json();
    assert_eq!(echoed["method"], "POST");
    assert_eq!(echoed["path"], "/base/v3/p1/cas/environments");
    assert_eq!(echoed["query"], "limit=10&name=a%20b&flag", "the query goes as it came");
    assert_eq!(echoed["body"], body);
    assert_eq!(header_value(&echoed, "content-type"), Some("application/json;charset=utf8"));
    assert_eq!(header_value(&echoed, "x-auth-token"), Some("the-users-own-token"));
    assert_eq!(header_value(&echoed, "x-keep"), Some("yes"));
    assert_eq!(header_values(&echoed, "x-twice"), vec!["1", "2"]);
    assert_eq!(header_value(&echoed, "host"), Some(upstream.addr.to_string().as_str()), "Host is the upstream's");
    for dropped in ["x-custom-hop", "keep-alive", "te", "upgrade", "proxy-authorization", "cookie", "x-sdk-date", "authorization"] {
        assert!(echoed["headers"].get(dropped).is_none(), "{dropped} must not be forwarded: {echoed}");
    }
    // The upstream's answer comes back, minus its hop-by-hop headers.
    assert_eq!(a.headers.get("x-upstream").unwrap(), "echo");
    assert_eq!(a.headers.get("x-request-id").unwrap(), "upstream-request-1");
    assert!(a.headers.get("content-type").unwrap().to_str().unwrap().starts_with("application/json"));
    assert!(a.headers.get("proxy-authenticate").is_none());
    assert!(a.headers.get("trailer").is_none());
    // Nothing that acts on the console's origin comes back; its own security headers do.
    for dropped in ["set-cookie", "server", "alt-svc", "strict-transport-security"] {
        assert!(a.headers.get(dropped).is_none(), "{dropped} must not come back: {:?}", a.headers);
    }
    assert_eq!(a.headers.get("x-frame-options").unwrap(), "SAMEORIGIN");
    assert_eq!(a.headers.get("x-content-type-options").unwrap(), "nosniff");
    assert!(a.headers.get("content-security-policy").is_some());
}

#[tokio::test]
async fn streams_large_answers_and_passes_other_methods() {
    let upstream = start_upstream().await;
    let r = app(config_for(&upstream, None));
    let a = send(&r, get("/api/servicestage/v3/p1/big")).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.bytes.len(), 1_048_576);
    assert!(a.bytes.iter().enumerate().all(|(i, b)| *b == (i % 251) as u8));

    for method in ["PUT", "DELETE", "PATCH", "GET"] {
        let req = console(method, "/api/servicestage/v3/p1/x/").body(Body::empty()).unwrap();
        let a = send(&r, req).await;
        assert_eq!(a.status, StatusCode::ACCEPTED);
        assert_eq!(a.json()["method"], method);
        assert_eq!(a.json()["path"], "/base/v3/p1/x/", "a trailing slash is kept");
    }
}

#[tokio::test]
async fn refuses_unconfigured_and_unknown_services() {
    let upstream = start_upstream().await;
    let r = app(config_for(&upstream, None));
    let a = send(&r, get("/api/ims/v1/cloudimages")).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    assert_eq!(a.json(), json!({"error_code": "SANDBOX.PROXY.0403", "error_msg": "no upstream is configured for ims"}));
    // The error decodes like every service error.
    let e = opsdeck_api::ApiError::from_response(403, &[], &a.bytes);
    assert_eq!(e.code.as_deref(), Some("SANDBOX.PROXY.0403"));

    for uri in ["/api/evil.example.com/x", "/api/127.0.0.1:1/x", "/api/", "/api", "/api/SERVICESTAGE/v3"] {
        let a = send(&r, get(uri)).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{uri}: {}", a.text());
        assert_eq!(a.json()["error_code"], "SANDBOX.PROXY.0404", "{uri}");
    }
    // Nothing is configured by default: everything is refused, nothing is forwarded.
    let plain = app(AppConfig::default());
    // CCE's own paths start with `/api/`: with no service of that name they are the emulator's.
    let clusters = console("GET", "/api/v3/projects/0605767e0f00d5762f5fc012cb2f4c97/clusters")
        .header("x-auth-token", "sandbox-demo-token")
        .body(Body::empty())
        .unwrap();
    let a = send(&plain, clusters).await;
    assert_eq!((a.status, &a.json()["kind"]), (StatusCode::OK, &json!("ClusterList")), "{}", a.text());
    let a = send(&plain, get("/api/v3/nothing-here")).await;
    assert_eq!(a.json()["error_code"], "SANDBOX.PROXY.0404");
    let a = send(&plain, get("/api/servicestage/v3/p1/cas/environments")).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    assert_eq!(a.json()["error_msg"], "no upstream is configured for servicestage");
    assert_eq!(upstream.hits.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn refuses_path_tricks_and_absolute_targets() {
    let upstream = start_upstream().await;
    let r = app(config_for(&upstream, None));
    for uri in [
        "/api/servicestage/../../secret",
        "/api/servicestage/v3/../../../secret",
        "/api/servicestage/v3/%2e%2e/%2E%2E/secret",
        "/api/servicestage/v3/.%2e/secret",
        "/api/servicestage/v3/%252e%252e/secret",
        "/api/servicestage/./v3",
        "/api/servicestage//evil.example/x",
        "/api/servicestage/v3//x",
        "/api/servicestage/v3/%5c..%5csecret",
        "/api/servicestage/v3/a%00b",
        "/api/servicestage/v3/%252f..%252fsecret",
        // A single encoded separator: upstreams and their gateways disagree on whether it splits.
        "/api/servicestage/v3/p1/files/a%2Fb",
        "/api/servicestage/v3/p1/files/a%2fb",
        "/api/servicestage/v3/p1/files/a%5Cb",
        "/api/servicestage/v3/p1/files/a%255Cb",
        // `..;` is `..` to Tomcat-style servers; trailing dots and spaces are dropped by some.
        "/api/servicestage/v3/..;/secret",
        "/api/servicestage/v3/..;jsessionid=x/secret",
        "/api/servicestage/v3/%2E%2E;/secret",
        "/api/servicestage/v3/.;/secret",
        "/api/servicestage/v3/...%20/secret",
        "/api/servicestage/v3/%2e%2E%20/secret",
        // Encoded three and four times.
        "/api/servicestage/v3/%25252e%25252e/secret",
        "/api/servicestage/v3/%2525252e%2525252e/secret",
    ] {
        let a = send(&r, get(uri)).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{uri}: {}", a.text());
        assert_eq!(a.json()["error_code"], "SANDBOX.PROXY.0400", "{uri}");
    }
    // An absolute-form target naming another host.
    let a = send(&r, get("http://127.0.0.1:9/api/servicestage/v3/p1")).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text());
    assert_eq!(upstream.hits.load(Ordering::SeqCst), 0, "nothing reached the upstream");
    // Dots and encodings inside a name are values, forwarded as they are.
    let a = send(&r, get("/api/servicestage/v3/p1/files/v1.2..3;x=%2e%2e")).await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.text());
    assert_eq!(a.json()["path"], "/base/v3/p1/files/v1.2..3;x=%2e%2e");
}

/// The same refusals over a real socket, where hyper parses the request line.
#[tokio::test]
async fn refuses_path_tricks_on_the_wire() {
    let upstream = start_upstream().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let sandbox = listener.local_addr().unwrap();
    let config = AppConfig { public_hosts: PublicHosts::for_bind_address(sandbox), ..config_for(&upstream, None) };
    let router = app(config);
    tokio::spawn(serve(listener, router, ServerLimits::default(), std::future::pending()));

    async fn raw(addr: SocketAddr, request_line: &str) -> String {
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        let req = format!("{request_line}\r\nHost: {addr}\r\nX-Opsdeck-Proxy: 1\r\nConnection: close\r\n\r\n");
        stream.write_all(req.as_bytes()).await.unwrap();
        let mut out = Vec::new();
        let _ = tokio::time::timeout(std::time::Duration::from_secs(10), stream.read_to_end(&mut out)).await;
        String::from_utf8_lossy(&out).into_owned()
    }

    for line in [
        "GET /api/servicestage/../../secret HTTP/1.1",
        "GET /api/servicestage/%2e%2e/secret HTTP/1.1",
        &format!("GET http://{}/api/servicestage/v3 HTTP/1.1", upstream.addr),
        "GET http://evil.example/api/servicestage/v3 HTTP/1.1",
    ] {
        let answer = raw(sandbox, line).await;
        assert!(answer.starts_with("HTTP/1.1 400"), "{line} → {answer}");
    }
    // The upstream's own path, asked of the sandbox in absolute form, is not proxied either.
    let answer = raw(sandbox, &format!("GET http://{}/base/v3 HTTP/1.1", upstream.addr)).await;
    assert!(!answer.starts_with("HTTP/1.1 2"), "{answer}");
    assert_eq!(upstream.hits.load(Ordering::SeqCst), 0);

    let ok = raw(sandbox, "GET /api/servicestage/v3/p1/cas/environments HTTP/1.1").await;
    assert!(ok.starts_with("HTTP/1.1 202"), "{ok}");
    assert_eq!(upstream.hits.load(Ordering::SeqCst), 1);
}

// ---------------------------------------------------------------------------------------------
// Who may use the proxy: the console's own origin only.

/// A proxied POST with the given extra headers (on top of nothing: no Host unless given).
fn proxied_post(headers: &[(&str, &str)]) -> axum::http::Request<Body> {
    let mut req = axum::http::Request::builder().method("POST").uri("/api/servicestage/v3/p1/cas/environments");
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.body(Body::from(r#"{"name":"csrf"}"#)).unwrap()
}

#[tokio::test]
async fn signs_and_forwards_only_for_the_consoles_own_origin() {
    let upstream = start_upstream().await;
    let r = app(config_for(&upstream, Some(signing_key())));
    let refused: &[(&str, &[(&str, &str)])] = &[
        // CSRF: a form or `fetch(…, {mode: "no-cors"})` on another site, text/plain, no preflight.
        (
            "cross-site text/plain POST",
            &[("host", CONSOLE_HOST), ("origin", "https://evil.example"), ("sec-fetch-site", "cross-site"), ("content-type", "text/plain")],
        ),
        // The same from a browser that sends no Sec-Fetch-Site.
        ("cross-origin POST without Sec-Fetch-Site", &[("host", CONSOLE_HOST), ("origin", "https://evil.example"), ("content-type", "text/plain")]),
        // The custom header cannot be added cross-site without a preflight, but if it were, Origin still says no.
        ("cross-origin with the header", &[("host", CONSOLE_HOST), ("origin", "http://evil.example"), ("x-opsdeck-proxy", "1")]),
        ("a sibling site", &[("host", CONSOLE_HOST), ("sec-fetch-site", "same-site"), ("x-opsdeck-proxy", "1")]),
        ("a typed-in URL", &[("host", CONSOLE_HOST), ("sec-fetch-site", "none")]),
        ("an opaque origin", &[("host", CONSOLE_HOST), ("origin", "null"), ("x-opsdeck-proxy", "1")]),
        ("an origin with a path", &[("host", CONSOLE_HOST), ("origin", "http://127.0.0.1:8080/x"), ("x-opsdeck-proxy", "1")]),
        // DNS rebinding: evil.example now resolves to the sandbox; to the browser it is same-origin.
        (
            "a rebound name",
            &[("host", "evil.example:8080"), ("origin", "http://evil.example:8080"), ("sec-fetch-site", "same-origin"), ("x-opsdeck-proxy", "1")],
        ),
        ("the right name on another port", &[("host", "127.0.0.1:8081"), ("x-opsdeck-proxy", "1")]),
        ("no Host", &[("x-opsdeck-proxy", "1")]),
        // A simple request from a non-browser client (or an old browser) without the header.
        ("no header, no Sec-Fetch-Site", &[("host", CONSOLE_HOST)]),
        ("a header that is not 1", &[("host", CONSOLE_HOST), ("x-opsdeck-proxy", "yes")]),
    ];
    for (what, headers) in refused {
        let a = send(&r, proxied_post(headers)).await;
        assert_eq!(a.status, StatusCode::FORBIDDEN, "{what}: {}", a.text());
        assert_eq!(a.json()["error_code"], "SANDBOX.PROXY.0403", "{what}");
        assert!(a.headers.get("access-control-allow-origin").is_none(), "{what}");
    }
    // The preflight a cross-site page needs for the custom header is refused too.
    let preflight = axum::http::Request::builder()
        .method("OPTIONS")
        .uri("/api/servicestage/v3/p1/cas/environments")
        .header("host", CONSOLE_HOST)
        .header("origin", "https://evil.example")
        .header("sec-fetch-site", "cross-site")
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", "x-opsdeck-proxy")
        .body(Body::empty())
        .unwrap();
    let a = send(&r, preflight).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    assert!(a.headers.get("access-control-allow-origin").is_none() && a.headers.get("access-control-allow-headers").is_none());
    assert_eq!(upstream.hits.load(Ordering::SeqCst), 0, "nothing refused reached the upstream");

    // The console in a current browser: same-origin by the browser's word, no header needed.
    let a = send(
        &r,
        proxied_post(&[("host", CONSOLE_HOST), ("origin", "http://127.0.0.1:8080"), ("sec-fetch-site", "same-origin")]),
    )
    .await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.text());
    assert!(header_value(&a.json(), "authorization").is_some(), "signed");
    // Without Sec-Fetch-Site, the header; it is not forwarded.
    let a = send(&r, proxied_post(&[("host", "LOCALHOST:8080"), ("x-opsdeck-proxy", "1")])).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "localhost is not among this test's public hosts");
    let a = send(&r, proxied_post(&[("host", CONSOLE_HOST), ("origin", "https://127.0.0.1:8080"), ("x-opsdeck-proxy", "1")])).await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.text());
    assert!(a.json()["headers"].get("x-opsdeck-proxy").is_none());
    assert_eq!(upstream.hits.load(Ordering::SeqCst), 2);
}

#[test]
fn public_hosts_match_names_and_ports() {
    let hosts = PublicHosts::parse(["ops.example.com", "Console.Example.com:8443", "10.0.0.5:8080"]).unwrap();
    for yes in ["ops.example.com", "OPS.example.com", "ops.example.com:443", "ops.example.com:80", "console.example.com:8443", "10.0.0.5:8080"] {
        assert!(hosts.allows(yes), "{yes}");
    }
    for no in ["ops.example.com:8080", "console.example.com", "10.0.0.5", "evil.example", "ops.example.com.evil.example", ""] {
        assert!(!hosts.allows(no), "{no}");
    }
    for bad in ["https://ops.example.com", "ops.example.com/x", "user@ops.example.com", "a b", ":8080"] {
        assert!(PublicHosts::parse([bad]).is_err(), "{bad}");
    }
    let local = PublicHosts::for_bind_address("127.0.0.1:9000".parse().unwrap());
    assert!(local.allows("127.0.0.1:9000") && local.allows("localhost:9000") && local.allows("[::1]:9000"));
    assert!(!local.allows("localhost:9001") && !local.allows("localhost"));
    assert_eq!(local.iter().count(), 3, "each name once: {local:?}");
    let any = PublicHosts::for_bind_address("0.0.0.0:9000".parse().unwrap());
    assert!(!any.allows("localhost:9000"), "a wildcard bind names no host: --public-host does");
}

#[tokio::test]
async fn refuses_oversized_request_bodies() {
    let upstream = start_upstream().await;
    let r = app(config_for(&upstream, Some(signing_key())));
    // Declared too large: refused before reading.
    let req = console("POST", "/api/servicestage/v3/p1/cas/environments")
        .header("content-length", (proxy::MAX_BODY + 1).to_string())
        .body(Body::from("{}"))
        .unwrap();
    let a = send(&r, req).await;
    assert_eq!(a.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", a.text());
    assert_eq!(a.json()["error_code"], "SANDBOX.PROXY.0413");
    // Sent too large, without a Content-Length.
    let big = Body::from(vec![b'x'; proxy::MAX_BODY + 1]);
    let a = send(&r, console("PUT", "/api/servicestage/v3/p1/cas/environments/e1").body(big).unwrap()).await;
    assert_eq!(a.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", a.text());
    assert_eq!(upstream.hits.load(Ordering::SeqCst), 0);
}

/// A body that stalls is given up after the body-read timeout, with a JSON 408, and nothing
/// is forwarded.
#[tokio::test]
async fn a_stalled_body_is_given_up() {
    let upstream = start_upstream().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let sandbox = listener.local_addr().unwrap();
    let config = AppConfig {
        public_hosts: PublicHosts::for_bind_address(sandbox),
        body_read_timeout: std::time::Duration::from_millis(200),
        ..config_for(&upstream, Some(signing_key()))
    };
    tokio::spawn(serve(listener, app(config), ServerLimits::default(), std::future::pending()));
    let mut stream = tokio::net::TcpStream::connect(sandbox).await.unwrap();
    let head = format!(
        "POST /api/servicestage/v3/p1/cas/environments HTTP/1.1\r\nHost: {sandbox}\r\nX-Opsdeck-Proxy: 1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"name\":"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut out = Vec::new();
    let read = tokio::time::timeout(std::time::Duration::from_secs(5), stream.read_to_end(&mut out)).await;
    let answer = String::from_utf8_lossy(&out);
    assert!(read.is_ok(), "the server gave up within seconds: {answer}");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains(r#""error_code":"SANDBOX.PROXY.0408""#), "{answer}");
    assert_eq!(upstream.hits.load(Ordering::SeqCst), 0);
}

// ---------------------------------------------------------------------------------------------
// Secrets stay out of the logs.

/// Log lines written while a test runs.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

#[tokio::test]
async fn logs_hold_no_secrets() {
    let logs = Captured::default();
    let subscriber =
        tracing_subscriber::fmt().with_writer(logs.clone()).with_max_level(tracing::Level::TRACE).with_ansi(false).finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    const URL_PASSWORD: &str = "hunter2-URL-SECRET";
    const URL_KEY: &str = "QUERY-KEY-SECRET";
    const TYPED_PASSWORD: &str = "Pa55word-TYPED-SECRET";
    const USER_TOKEN: &str = "MIIuser-TOKEN-SECRET";
    let with_credentials = format!("https://alice:{URL_PASSWORD}@ims.example.com/v1?ak={URL_KEY}");

    // An upstream with credentials: refused at start-up, with a message that does not echo them.
    let upstream = start_upstream().await;
    let mut config = config_for(&upstream, Some(signing_key()));
    config.upstreams.insert("ims".into(), with_credentials.clone());
    let r = app(config);
    let mut messages = vec![
        proxy::parse_upstream_flag(&format!("ims={with_credentials}")).unwrap_err(),
        proxy::parse_upstream_flag(&with_credentials).unwrap_err(),
        proxy::check_upstream(&format!("{with_credentials} x")).unwrap_err(),
    ];
    messages.extend(proxy::upstreams_from_env([("OPSDECK_UPSTREAM_IMS".to_string(), with_credentials.clone())]).1);
    for m in &messages {
        assert!(!m.contains(URL_PASSWORD) && !m.contains(URL_KEY), "{m}");
        assert!(m.contains("ims.example.com"), "still says which upstream: {m}");
    }
    assert_eq!(proxy::redact_url(&with_credentials), "https://***@ims.example.com/v1?***");

    // A sign-in with the password typed into the user field, refused.
    let a = send(&r, token_request(TYPED_PASSWORD, TYPED_PASSWORD, TYPED_PASSWORD, ProjectScope::Name("cn-north-4".into()))).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);

    // Proxied requests: one signed here, one with the user's token, one refused.
    assert_eq!(send(&r, get("/api/servicestage/v3/p1/cas/environments?x=1")).await.status, StatusCode::ACCEPTED);
    let own = console("GET", "/api/servicestage/v3/p1/cas/environments").header("x-auth-token", USER_TOKEN).body(Body::empty()).unwrap();
    assert_eq!(send(&r, own).await.status, StatusCode::ACCEPTED);
    let cross = proxied_post(&[("host", CONSOLE_HOST), ("origin", "https://evil.example"), ("x-auth-token", USER_TOKEN)]);
    assert_eq!(send(&r, cross).await.status, StatusCode::FORBIDDEN);

    let text = String::from_utf8_lossy(&logs.0.lock().unwrap()).into_owned();
    assert!(text.contains("credentials in the URL are not supported"), "the refusal is logged: {text}");
    assert!(text.contains("sign-in refused"), "{text}");
    assert!(text.contains("proxy: refused"), "{text}");
    for secret in [URL_PASSWORD, URL_KEY, TYPED_PASSWORD, USER_TOKEN, SK, SECURITY_TOKEN, "Signature="] {
        assert!(!text.contains(secret), "`{secret}` is in the logs:\n{text}");
    }
}

// ---------------------------------------------------------------------------------------------
// Server-side signing.

/// Recomputes the signature from what the upstream received.
fn expected_authorization(echoed: &Value, host: &str) -> String {
    let authorization = header_value(echoed, "authorization").unwrap();
    let signed_names: Vec<&str> = authorization
        .split("SignedHeaders=")
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .split(';')
        .collect();
    let mut headers: Vec<(String, String)> = signed_names
        .iter()
        .map(|n| (n.to_string(), header_value(echoed, n).unwrap_or_else(|| panic!("{n} was signed but not sent")).to_string()))
        .collect();
    let query = url::parse_query(echoed["query"].as_str().unwrap_or(""));
    let sig = sign::sign(
        AK,
        SK,
        echoed["method"].as_str().unwrap(),
        host,
        echoed["path"].as_str().unwrap(),
        &query,
        &mut headers,
        echoed["body"].as_str().unwrap().as_bytes(),
    );
    sig.authorization
}

#[tokio::test]
async fn signs_requests_without_credentials_and_never_leaks_the_sk() {
    let upstream = start_upstream().await;
    let config = config_for(&upstream, Some(signing_key()));
    let debug = format!("{config:?}");
    assert!(!debug.contains(SK) && !debug.contains(SECURITY_TOKEN), "{debug}");
    assert!(debug.contains(AK));
    let demo_token = config.demo_token.clone();
    let r = app(config);

    // The console's preset demo token is the sandbox's own: it is dropped and the request signed.
    let body = r#"{"name":"env-b","vpc_id":"vpc-2"}"#;
    let req = console("POST", "/api/servicestage/v3/p1/cas/environments?offset=0&limit=10&name=my%20env%2F%E6%B5%8B")
        .header("content-type", "application/json;charset=utf8")
        .header("x-auth-token", &demo_token)
        .header("user-agent", "opsdeck-test")
        .body(Body::from(body))
        .unwrap();
    let a = send(&r, req).await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.text());
    let echoed = a.json();
    let host = upstream.addr.to_string();
    assert!(echoed["headers"].get("x-auth-token").is_none(), "the demo token is not forwarded");
    assert_eq!(echoed["query"], "limit=10&name=my%20env%2F%E6%B5%8B&offset=0", "the canonical query is sent");
    let authorization = header_value(&echoed, "authorization").unwrap();
    assert!(
        authorization.starts_with(&format!(
            "SDK-HMAC-SHA256 Access={AK}, SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token, Signature="
        )),
        "{authorization}"
    );
    assert_eq!(header_value(&echoed, "x-project-id"), Some("0123456789abcdef0123456789abcdef"));
    assert_eq!(header_value(&echoed, "x-security-token"), Some(SECURITY_TOKEN));
    assert_eq!(header_value(&echoed, "host"), Some(host.as_str()));
    let date = header_value(&echoed, "x-sdk-date").unwrap();
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    assert!(date == sign::sdk_date(now) || date == sign::sdk_date(now - 1) || date == sign::sdk_date(now - 2), "{date}");
    assert_eq!(authorization, expected_authorization(&echoed, &host), "the signature verifies");
    assert!(!a.text().contains(SK), "the SK is never sent");

    // A GET with an empty body, and no credentials at all, is signed too.
    let a = send(&r, get("/api/servicestage/v3/p1/cas/environments")).await;
    let echoed = a.json();
    assert_eq!(echoed["query"], Value::Null);
    assert!(!header_value(&echoed, "authorization").unwrap().contains("content-type"), "no Content-Type, none signed");
    assert_eq!(header_value(&echoed, "authorization").unwrap(), expected_authorization(&echoed, &host));

    // A request with credentials of its own is forwarded as it is.
    let req = console("GET", "/api/servicestage/v3/p1/cas/environments")
        .header("x-auth-token", "real-user-token")
        .body(Body::empty())
        .unwrap();
    let echoed = send(&r, req).await.json();
    assert_eq!(header_value(&echoed, "x-auth-token"), Some("real-user-token"));
    assert!(echoed["headers"].get("authorization").is_none() && echoed["headers"].get("x-sdk-date").is_none());
    let req = console("GET", "/api/servicestage/v3/p1/cas/environments")
        .header("authorization", "SDK-HMAC-SHA256 Access=BROWSER, SignedHeaders=host, Signature=abc")
        .body(Body::empty())
        .unwrap();
    let echoed = send(&r, req).await.json();
    assert_eq!(header_value(&echoed, "authorization"), Some("SDK-HMAC-SHA256 Access=BROWSER, SignedHeaders=host, Signature=abc"));
}

#[tokio::test]
async fn an_unreachable_upstream_is_a_502_without_secrets() {
    // A port that was just free: nothing listens there.
    let closed = {
        let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        l.local_addr().unwrap()
    };
    let mut upstreams = BTreeMap::new();
    upstreams.insert("cbr".to_string(), format!("http://{closed}"));
    let r = app(AppConfig { upstreams, signing: Some(signing_key()), public_hosts: public_hosts(), ..AppConfig::default() });
    let a = send(&r, get("/api/cbr/v3/p1/checkpoints/replicate")).await;
    assert_eq!(a.status, StatusCode::BAD_GATEWAY, "{}", a.text());
    assert_eq!(a.json()["error_code"], "SANDBOX.PROXY.0502");
    assert!(a.json()["error_msg"].as_str().unwrap().contains("cbr"));
    assert!(!a.text().contains(SK) && !a.text().contains(SECURITY_TOKEN));
}

// ---------------------------------------------------------------------------------------------
// Configuration.

#[tokio::test]
async fn config_json_points_proxied_services_at_the_proxy() {
    let upstream = start_upstream().await;
    let r = app(config_for(&upstream, Some(signing_key())));
    let c = send(&r, get("/config.json")).await.json();
    assert_eq!(c["endpoints"]["servicestage"], "/api/servicestage");
    assert_eq!(c["endpoints"]["ims"], "", "the others stay emulated");
    assert_eq!(c["endpoints"]["iam"], "");
    assert_eq!(c["proxy"]["services"], json!(["servicestage"]));
    assert_eq!(c["proxy"]["server_signing"], true);
    assert!(!c.to_string().contains(SK));

    let plain = send(&app(AppConfig::default()), get("/config.json")).await.json();
    for key in ["servicestage", "cse", "servicecomb", "ims", "cbr", "rainbond", "iam"] {
        assert_eq!(plain["endpoints"][key], "", "{key}");
    }
    assert_eq!(plain["proxy"]["server_signing"], false);
}

#[test]
fn upstream_flags_and_environment() {
    assert_eq!(
        proxy::parse_upstream_flag("servicestage=https://servicestage.cn-north-4.myhuaweicloud.com").unwrap(),
        ("servicestage".to_string(), "https://servicestage.cn-north-4.myhuaweicloud.com".to_string())
    );
    assert_eq!(proxy::parse_upstream_flag("IAM=http://127.0.0.1:5000/").unwrap().0, "iam");
    for bad in [
        "servicestage",
        "evil=https://example.com",
        "ims=ftp://example.com",
        "ims=not a url",
        "ims=https://user:pw@example.com",
        "ims=https://example.com/?x=1",
    ] {
        assert!(proxy::parse_upstream_flag(bad).is_err(), "{bad}");
    }
    let vars = vec![
        ("OPSDECK_UPSTREAM_IMS".to_string(), "https://ims.cn-north-4.myhuaweicloud.com".to_string()),
        ("OPSDECK_UPSTREAM_RAINBOND".to_string(), "http://127.0.0.1:7070".to_string()),
        ("OPSDECK_UPSTREAM_NOPE".to_string(), "https://example.com".to_string()),
        ("OPSDECK_UPSTREAM_CBR".to_string(), "".to_string()),
        ("PATH".to_string(), "/usr/bin".to_string()),
    ];
    let (found, problems) = proxy::upstreams_from_env(vars);
    assert_eq!(found.keys().collect::<Vec<_>>(), vec!["ims", "rainbond"]);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].starts_with("OPSDECK_UPSTREAM_NOPE"));

    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    };
    assert_eq!(SigningKey::from_env(env(&[("OPSDECK_AK", "a")])), None, "an AK alone signs nothing");
    let key = SigningKey::from_env(env(&[("OPSDECK_AK", "a"), ("OPSDECK_SK", "s3cr3t"), ("OPSDECK_PROJECT_ID", "p")])).unwrap();
    assert_eq!((key.ak.as_str(), key.project_id.as_deref(), key.security_token.as_deref()), ("a", Some("p"), None));
    assert!(!format!("{key:?}").contains("s3cr3t"));
}

// ---------------------------------------------------------------------------------------------
// The emulated IAM.

fn token_request(user: &str, password: &str, domain: &str, scope: ProjectScope) -> axum::http::Request<Body> {
    let built = iam::token_request("", user, password, domain, scope);
    let mut req = axum::http::Request::builder().method(built.method).uri(&built.url);
    for (k, v) in &built.headers {
        req = req.header(k, v);
    }
    req.body(Body::from(built.body.unwrap())).unwrap()
}

fn pairs(headers: &HeaderMap) -> Vec<(String, String)> {
    headers.iter().map(|(k, v)| (k.as_str().to_string(), v.to_str().unwrap_or("").to_string())).collect()
}

#[tokio::test]
async fn iam_sign_in_then_call_an_emulated_api() {
    let config = AppConfig::default();
    let project = config.demo_project_id.clone();
    let r = app(config);
    let a = send(&r, token_request("demo", "Sandbox-123", "demo-domain", ProjectScope::Name("cn-north-4".into()))).await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.text());
    assert!(a.headers.get("x-subject-token").is_some());
    let token = iam::parse_token_response(a.status.as_u16(), &pairs(&a.headers), &a.bytes).unwrap();
    assert_eq!(token.project_id.as_deref(), Some(project.as_str()));
    assert_eq!(token.project_name.as_deref(), Some("cn-north-4"));
    assert_eq!(token.user_name.as_deref(), Some("demo"));
    assert_eq!(token.domain_name.as_deref(), Some("demo-domain"));
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    assert!((now + 86_400 - 5..=now + 86_400 + 5).contains(&token.expires_at_unix), "{token:?}");
    assert_eq!(a.json()["token"]["methods"], json!(["password"]));
    assert!(iam::parse_iso8601(a.json()["token"]["issued_at"].as_str().unwrap()).is_some());

    // Two sign-ins, two tokens.
    let again = send(&r, token_request("demo", "Sandbox-123", "demo-domain", ProjectScope::Name("cn-north-4".into()))).await;
    assert_ne!(again.headers.get("x-subject-token"), a.headers.get("x-subject-token"));

    // The token opens the emulated APIs.
    let target = Target { endpoint: String::new(), credentials: token.credentials(), ..Target::default() };
    let params = ListEnvironmentsParams { project_id: token.project_id.clone().unwrap(), limit: Some(3), ..Default::default() };
    let built = build_typed::<ListEnvironmentsOp>(&params, None, &target).unwrap();
    let mut req = axum::http::Request::builder().method(built.method).uri(&built.url);
    for (k, v) in &built.headers {
        req = req.header(k, v);
    }
    let listed = send(&r, req.body(Body::empty()).unwrap()).await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.text());
    assert_eq!(listed.json()["environments"].as_array().unwrap().len(), 3);
    assert!(listed.json()["count"].as_u64().unwrap() >= 3);

    // Scoped by id, the token is for that project.
    let by_id = send(&r, token_request("demo", "Sandbox-123", "demo-domain", ProjectScope::Id("p-by-id".into()))).await;
    assert_eq!(by_id.status, StatusCode::CREATED);
    assert_eq!(by_id.json()["token"]["project"]["id"], "p-by-id");
}

#[tokio::test]
async fn iam_refuses_wrong_credentials_and_malformed_bodies() {
    let r = app(AppConfig::default());
    for (user, password, domain) in [
        ("demo", "wrong", "demo-domain"),
        ("demo", "", "demo-domain"),
        ("someone", "Sandbox-123", "demo-domain"),
        ("demo", "Sandbox-123", "other-domain"),
    ] {
        let a = send(&r, token_request(user, password, domain, ProjectScope::Name("cn-north-4".into()))).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{user}/{password}/{domain}");
        assert!(a.headers.get("x-subject-token").is_none());
        assert_eq!(a.json(), json!({"error_msg": "The username or password is wrong.", "error_code": "IAM.01001"}));
        let e = iam::parse_token_response(401, &pairs(&a.headers), &a.bytes).unwrap_err();
        assert_eq!(e.code.as_deref(), Some("IAM.01001"));
        assert!(e.request_id.is_some());
    }
    let good_identity = json!({"methods": ["password"], "password": {"user": {"name": "demo", "password": "Sandbox-123", "domain": {"name": "demo-domain"}}}});
    for body in [
        "not json".to_string(),
        "{}".to_string(),
        json!({"auth": {"identity": good_identity}}).to_string(),
        json!({"auth": {"identity": good_identity, "scope": {"project": {}}}}).to_string(),
        json!({"auth": {"identity": {"methods": ["token"], "password": good_identity["password"]}, "scope": {"project": {"name": "x"}}}}).to_string(),
        json!({"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "demo", "password": "Sandbox-123"}}}, "scope": {"project": {"name": "x"}}}}).to_string(),
    ] {
        let req = axum::http::Request::builder()
            .method("POST")
            .uri("/v3/auth/tokens")
            .header("content-type", "application/json")
            .body(Body::from(body.clone()))
            .unwrap();
        let a = send(&r, req).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(a.json(), json!({"error_msg": "Request body is invalid.", "error_code": "IAM.0011"}), "{body}");
    }
}

#[tokio::test]
async fn iam_tokens_expire_after_the_configured_lifetime() {
    let r = app(AppConfig { token_lifetime_secs: Some(1), ..AppConfig::default() });
    let a = send(&r, token_request("demo", "Sandbox-123", "demo-domain", ProjectScope::Name("cn-north-4".into()))).await;
    let token = iam::parse_token_response(a.status.as_u16(), &pairs(&a.headers), &a.bytes).unwrap();
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    assert!(token.expires_at_unix <= now + 1, "{token:?}");

    let check = |subject: String| {
        axum::http::Request::builder()
            .uri("/v3/auth/tokens")
            .header("x-auth-token", subject.clone())
            .header("x-subject-token", subject)
            .body(Body::empty())
            .unwrap()
    };
    let valid = send(&r, check(token.token.clone())).await;
    assert_eq!(valid.status, StatusCode::OK, "{}", valid.text());
    assert_eq!(valid.json()["token"]["user"]["name"], "demo");
    assert_eq!(send(&r, check("never-issued".into())).await.status, StatusCode::NOT_FOUND);

    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    assert!(token.expires_within(now, 0));
    let expired = send(&r, check(token.token.clone())).await;
    assert_eq!(expired.status, StatusCode::NOT_FOUND, "{}", expired.text());

    // Without the caller's own token, IAM does not answer.
    let anonymous = axum::http::Request::builder().uri("/v3/auth/tokens").header("x-subject-token", "x").body(Body::empty()).unwrap();
    assert_eq!(send(&r, anonymous).await.status, StatusCode::UNAUTHORIZED);
}
