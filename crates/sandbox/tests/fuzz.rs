//! Fuzzing of the sandbox's request handling: routing, credentials, parameter and body
//! parsing and validation, the emulated operations themselves, and the HTTP server's parsing
//! of what arrives on the wire.
//!
//! The `#[ignore]`d test is the long run `cargo xtask fuzz --target sandbox` starts (for
//! `OPSDECK_FUZZ_SECONDS`); CI does not run it. The corpus test replays every input kept in
//! `fuzz/corpus/sandbox/` (seeds, and what runs found) on every `cargo test`.
//!
//! Inputs are requests derived from the declared operations — built by the console's own
//! request builder (token, AK/SK signature or Rainbond key; parameters from the ids the demo
//! data holds, or odd ones; bodies shaped by the body schema, or mutated), then mutated:
//! another method, raw or oversized path segments, garbage query strings, odd or missing
//! headers and content types, non-JSON, truncated or oversized bodies — requests to the
//! sandbox's own routes (IAM sign-in, the proxy, the console's files), and raw bytes on a TCP
//! connection to the real server (garbage, broken request heads, lying lengths).
//!
//! Properties: no panic; never a 5xx (no fault rule is armed); every 4xx is JSON in the error
//! shape of the service addressed (Rainbond's `code`/`msg`/`msg_show`, the others'
//! `error_code`/`error_msg`, which the API gateway and the sandbox's own errors share); a 2xx
//! declared as JSON is JSON; and the sandbox still answers a list call afterwards.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::http::{header, HeaderName, HeaderValue, Method, Request, Uri};
use axum::Router;
use http_body_util::BodyExt;
use opsdeck_api::catalog;
use opsdeck_api::operation::{OperationDecl, Service};
use opsdeck_api::request::{build, Credentials, Target};
use opsdeck_api::schema::Location;
use opsdeck_api::url;
use opsdeck_sandbox::server::{serve, ServerLimits};
use opsdeck_sandbox::{app, AppConfig};
use proptest::prelude::*;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower::ServiceExt;

// The JSON generators and the corpus helpers of the API crate's fuzzing.
#[path = "../../api/tests/generators/mod.rs"]
mod generators;
use generators::{answer, corpus, fuzz_budget, mutated, odd_string, odd_value, FuzzReport};

const TARGET: &str = "sandbox";

/// The address requests are built for (and signed with).
const HOST: &str = "127.0.0.1";
const ORIGIN: &str = "http://127.0.0.1";

// ---- Inputs ----

#[derive(Debug, Clone)]
enum Input {
    /// One request, handed to the application in-process.
    Request { method: String, target: String, headers: Vec<(String, String)>, body: Vec<u8> },
    /// Bytes written to a TCP connection to the real server.
    Raw(Vec<u8>),
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len() / 2).map(|i| u8::from_str_radix(&text[2 * i..2 * i + 2], 16).unwrap()).collect()
}

/// Bytes as a corpus member: text when they are UTF-8, else hexadecimal under `<name>_hex`.
fn bytes_member(map: &mut serde_json::Map<String, Value>, name: &str, bytes: &[u8]) {
    match std::str::from_utf8(bytes) {
        Ok(text) => map.insert(name.into(), text.into()),
        Err(_) => map.insert(format!("{name}_hex"), hex(bytes).into()),
    };
}

fn bytes_of(v: &Value, name: &str) -> Vec<u8> {
    if let Some(text) = v[name].as_str() {
        return text.as_bytes().to_vec();
    }
    v[format!("{name}_hex")].as_str().map(unhex).unwrap_or_default()
}

fn to_corpus(input: &Input) -> Value {
    let mut map = serde_json::Map::new();
    match input {
        Input::Request { method, target, headers, body } => {
            map.insert("kind".into(), "request".into());
            map.insert("method".into(), method.as_str().into());
            map.insert("target".into(), target.as_str().into());
            map.insert("headers".into(), json!(headers));
            bytes_member(&mut map, "body", body);
        }
        Input::Raw(bytes) => {
            map.insert("kind".into(), "raw".into());
            bytes_member(&mut map, "bytes", bytes);
        }
    }
    Value::Object(map)
}

fn from_corpus(v: &Value) -> Input {
    match v["kind"].as_str() {
        Some("raw") => Input::Raw(bytes_of(v, "bytes")),
        _ => Input::Request {
            method: v["method"].as_str().unwrap_or("GET").to_string(),
            target: v["target"].as_str().unwrap_or("/").to_string(),
            headers: serde_json::from_value(v["headers"].clone()).unwrap_or_default(),
            body: bytes_of(v, "body"),
        },
    }
}

// ---- The sandbox under test ----

/// Panics, counted by a hook: one in a connection task of the real server does not reach the
/// test thread (the connection just closes), so `check` compares this count before and after.
static PANICS: AtomicUsize = AtomicUsize::new(0);

fn count_panics() {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            PANICS.fetch_add(1, Ordering::SeqCst);
            previous(info);
        }));
    });
}

/// One sandbox: its application, called in-process, and the same application behind the
/// real server on a loopback port.
struct Harness {
    rt: tokio::runtime::Runtime,
    router: Router,
    addr: SocketAddr,
    config: AppConfig,
}

impl Harness {
    fn new() -> Harness {
        count_panics();
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        // Short timeouts: a raw input that promises more bytes than it sends is given up soon.
        let config = AppConfig { body_read_timeout: Duration::from_secs(1), ..AppConfig::default() };
        let router = app(config.clone());
        let limits = ServerLimits { header_read_timeout: Duration::from_secs(1), ..ServerLimits::default() };
        let addr = rt.block_on(async {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = listener.local_addr().unwrap();
            tokio::spawn(serve(listener, router.clone(), limits, std::future::pending()));
            addr
        });
        Harness { rt, router, addr, config }
    }

    fn send(&self, method: &str, target: &str, headers: &[(String, String)], body: &[u8]) -> Option<Answer> {
        let method = Method::from_bytes(method.as_bytes()).ok()?;
        let uri: Uri = target.parse().ok()?;
        let mut req = Request::builder().method(method.clone()).uri(uri);
        for (name, value) in headers {
            if let (Ok(n), Ok(v)) = (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_bytes(value.as_bytes())) {
                req = req.header(n, v);
            }
        }
        let req = req.body(Body::from(body.to_vec())).ok()?;
        let router = self.router.clone();
        Some(self.rt.block_on(async move {
            let res = router.oneshot(req).await.unwrap();
            let status = res.status().as_u16();
            let content_type = res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
            let body = res.into_body().collect().await.map(|b| b.to_bytes().to_vec()).unwrap_or_default();
            Answer { status, content_type, body, head: method == Method::HEAD }
        }))
    }

    /// Writes `bytes` on a fresh connection, closes the writing side and reads what comes
    /// back until the server closes; `None` when it neither answers nor closes in 5 s.
    fn send_raw(&self, bytes: &[u8]) -> Option<Vec<u8>> {
        let addr = self.addr;
        let bytes = bytes.to_vec();
        self.rt.block_on(async move {
            let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
            // The server may close before reading it all (a head it refuses): not a failure.
            let _ = stream.write_all(&bytes).await;
            // The server closes after an answer it cannot follow with another; on a connection
            // it keeps open (a complete request), closing the writing side after a pause ends
            // it. Not at once: hyper may drop a request whose connection is half closed.
            let mut out = Vec::new();
            let mut buf = [0u8; 8192];
            let started = tokio::time::Instant::now();
            let mut closed_writing = false;
            loop {
                let until = started + if closed_writing { Duration::from_secs(5) } else { Duration::from_millis(300) };
                match tokio::time::timeout_at(until, stream.read(&mut buf)).await {
                    Ok(Ok(0)) | Ok(Err(_)) => return Some(out),
                    Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
                    Err(_) if !closed_writing => {
                        closed_writing = true;
                        let _ = stream.shutdown().await;
                    }
                    Err(_) => return None,
                }
            }
        })
    }

    fn auth_headers(&self, service: Service) -> Vec<(String, String)> {
        match service {
            Service::Rainbond => vec![("authorization".into(), self.config.demo_rainbond_key.clone())],
            _ => vec![("x-auth-token".into(), self.config.demo_token.clone())],
        }
    }

    /// The sandbox still serves: a list call in-process, and `/healthz` on the wire.
    fn alive(&self) -> Result<(), TestCaseError> {
        let target = format!("/v3/{}/cas/environments", self.config.demo_project_id);
        let a = self.send("GET", &target, &self.auth_headers(Service::ServiceStage), b"").unwrap();
        prop_assert_eq!(a.status, 200, "the environments list answers {} afterwards", a.status);
        let out = self.send_raw(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        let text = String::from_utf8_lossy(out.as_deref().unwrap_or_default()).into_owned();
        prop_assert!(text.starts_with("HTTP/1.1 200"), "/healthz on the wire answers {:?} afterwards", text.lines().next());
        Ok(())
    }
}

struct Answer {
    status: u16,
    content_type: String,
    body: Vec<u8>,
    head: bool,
}

// ---- Properties ----

#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    /// `{"error_code", "error_msg"}`: ServiceStage, IMS, CBR, the gateway, the sandbox itself.
    CodeMsg,
    /// `{"code", "msg", "msg_show"}`.
    Rainbond,
    /// `{"errorCode", "errorMessage"}`: CSE's engines and ServiceComb.
    Camel,
    /// `{"error_code", "error_message"}`: CSE's configuration import and export.
    CodeMessage,
}

/// The error shape of the service whose operation the method and path name; the gateway's
/// when they name none.
fn expected_shape(method: &str, path: &str) -> Shape {
    let decl = catalog::operations().find(|d| d.method.as_str() == method && url::match_template(d.path, path, url::braces).is_some());
    match decl.map(|d| (d.service, d.id)) {
        Some((Service::Rainbond, _)) => Shape::Rainbond,
        Some((Service::Cse, "cse.kie.import" | "cse.kie.export")) => Shape::CodeMessage,
        Some((Service::Cse | Service::ServiceComb, _)) => Shape::Camel,
        _ => Shape::CodeMsg,
    }
}

fn check_error_body(shape: Shape, status: u16, body: &Value) -> Result<(), TestCaseError> {
    let text = |k: &str| body.get(k).is_some_and(Value::is_string);
    let ok = match shape {
        Shape::CodeMsg => text("error_code") && text("error_msg"),
        Shape::Camel => text("errorCode") && text("errorMessage"),
        Shape::CodeMessage => text("error_code") && text("error_message"),
        Shape::Rainbond => body.get("code").and_then(Value::as_u64) == Some(u64::from(status)) && text("msg") && text("msg_show"),
    };
    prop_assert!(ok, "a {} answer not in the {:?} error shape: {}", status, shape, body);
    Ok(())
}

fn check(h: &Harness, input: &Input) -> Result<(), TestCaseError> {
    let panics = PANICS.load(Ordering::SeqCst);
    match input {
        Input::Request { method, target, headers, body } => {
            // What no HTTP parser would let through is the raw inputs' business.
            let Some(a) = h.send(method, target, headers, body) else { return Ok(()) };
            prop_assert!(a.status < 500, "{} {}: {} {}", method, target, a.status, String::from_utf8_lossy(&a.body));
            let is_json = a.content_type.to_ascii_lowercase().contains("json");
            if a.head {
                // HTTP: no body, whatever the status (axum drops it).
                prop_assert!(a.body.is_empty(), "a body in the answer to HEAD");
            } else if a.status >= 400 {
                prop_assert!(is_json, "a {} answer of type {:?}", a.status, a.content_type);
                let parsed: Value = serde_json::from_slice(&a.body)
                    .map_err(|e| TestCaseError::fail(format!("a {} answer that is not JSON ({e}): {:?}", a.status, String::from_utf8_lossy(&a.body))))?;
                let path = target.split('?').next().unwrap_or("");
                check_error_body(expected_shape(method, path), a.status, &parsed)?;
            } else if is_json && !a.body.is_empty() {
                prop_assert!(serde_json::from_slice::<Value>(&a.body).is_ok(), "a {} answer declared JSON is not", a.status);
            }
        }
        Input::Raw(bytes) => {
            let out = h.send_raw(bytes).ok_or_else(|| TestCaseError::fail("the server neither answered nor closed within 5 s"))?;
            let text = String::from_utf8_lossy(&out);
            for line in text.split("\r\n").filter(|l| l.starts_with("HTTP/1.")) {
                let status: u16 = line.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
                prop_assert!(status < 500, "the server answered {:?}", line);
            }
            // The first answer's body, when it has one, is JSON (hyper's own refusals have none).
            // An answer to HEAD has a length but no body: what follows is the next answer.
            let head_request = bytes.starts_with(b"HEAD ");
            if let Some(end) = out.windows(4).position(|w| w == b"\r\n\r\n").filter(|_| !head_request) {
                let head = String::from_utf8_lossy(&out[..end]);
                let rest = &out[end + 4..];
                let length = head
                    .lines()
                    .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").and_then(|v| v.trim().parse::<usize>().ok()))
                    .unwrap_or(0);
                let status: u16 = head.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
                if status >= 400 && length > 0 && rest.len() >= length {
                    let body = &rest[..length];
                    prop_assert!(serde_json::from_slice::<Value>(body).is_ok(), "a {} answer on the wire that is not JSON: {:?}", status, String::from_utf8_lossy(body));
                }
            }
        }
    }
    h.alive()?;
    prop_assert_eq!(PANICS.load(Ordering::SeqCst), panics, "the sandbox panicked (see the message above)");
    Ok(())
}

// ---- Generators ----

/// Values the demo data holds, by the member name they were found under (and all together):
/// path parameters drawn from them reach the emulated items, not only the 404s.
#[derive(Default, Debug)]
struct Pools {
    by_name: BTreeMap<String, Vec<String>>,
    all: Vec<String>,
}

impl Pools {
    fn add(&mut self, name: &str, value: &str) {
        let list = self.by_name.entry(name.to_string()).or_default();
        if !list.iter().any(|v| v == value) && list.len() < 24 {
            list.push(value.to_string());
        }
        if !self.all.iter().any(|v| v == value) && self.all.len() < 400 {
            self.all.push(value.to_string());
        }
    }

    fn walk(&mut self, v: &Value, list_param: Option<&str>) {
        match v {
            Value::Object(map) => {
                for (k, member) in map {
                    if let Some(text) = member.as_str().filter(|t| !t.is_empty() && t.len() <= 128) {
                        if k == "id" || k.ends_with("_id") || k.ends_with("name") || k == "namespace" {
                            self.add(k, text);
                        }
                        // The ServiceComb registry's camelCase ids (`serviceId`) fill its
                        // snake_case path parameters (`service_id`).
                        if let Some(stem) = k.strip_suffix("Id").filter(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase())) {
                            self.add(&format!("{stem}_id"), text);
                        }
                        if k == "id" || k.ends_with("_id") || k.ends_with("name") || k == "namespace" {
                            if let (Some(param), "id") = (list_param, k.as_str()) {
                                self.add(param, text);
                            }
                        }
                    }
                    self.walk(member, list_param);
                }
            }
            Value::Array(items) => items.iter().for_each(|i| self.walk(i, list_param)),
            _ => {}
        }
    }

    /// Calls every GET operation whose path parameters the pools can fill, a few rounds (ids
    /// found in a list open the gets below it), and keeps what the answers hold.
    fn harvest(h: &Harness) -> Pools {
        let mut pools = Pools::default();
        pools.add("project_id", &h.config.demo_project_id);
        for _ in 0..3 {
            for decl in catalog::operations().filter(|d| d.method.as_str() == "GET") {
                let mut path = String::new();
                let mut complete = true;
                for segment in decl.path.split('/').filter(|s| !s.is_empty()) {
                    path.push('/');
                    match url::braces(segment) {
                        Some(name) => match pools.by_name.get(name).and_then(|l| l.first()) {
                            Some(v) => path.push_str(&url::encode(v)),
                            None => complete = false,
                        },
                        None => path.push_str(segment),
                    }
                }
                if !complete {
                    continue;
                }
                let Some(a) = h.send("GET", &path, &h.auth_headers(decl.service), b"") else { continue };
                if a.status == 200 {
                    // `…/environments` lists the values of `environment_id`.
                    let last = decl.path.rsplit('/').next().unwrap_or("");
                    let param = (!last.starts_with('{')).then(|| format!("{}_id", last.trim_end_matches('s')));
                    let body: Value = serde_json::from_slice(&a.body).unwrap_or(Value::Null);
                    pools.walk(&body, param.as_deref());
                }
            }
        }
        pools
    }

    /// A plausible raw (not encoded) value for the parameter `name`.
    fn value(&self, name: &str) -> BoxedStrategy<String> {
        let own = self.by_name.get(name).cloned().unwrap_or_default();
        let all = if self.all.is_empty() { vec!["x".to_string()] } else { self.all.clone() };
        let own = if own.is_empty() { all.clone() } else { own };
        prop_oneof![
            8 => proptest::sample::select(own),
            2 => proptest::sample::select(all),
            2 => odd_string(),
            1 => (257usize..400).prop_map(|n| "a".repeat(n)),
        ]
        .boxed()
    }
}

fn all_ops() -> &'static [&'static OperationDecl] {
    Box::leak(catalog::operations().collect::<Vec<_>>().into_boxed_slice())
}

/// A query or header parameter's value, of the type it should have or not.
fn param_value() -> BoxedStrategy<Value> {
    prop_oneof![
        4 => odd_string().prop_map(Value::from),
        2 => (0i64..200).prop_map(Value::from),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<bool>().prop_map(Value::from),
        1 => Just(Value::from("")),
    ]
    .boxed()
}

const METHODS: &[&str] = &["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "FOO"];

const HEADER_NAMES: &[&str] = &[
    "content-type",
    "x-auth-token",
    "authorization",
    "x-sdk-date",
    "x-project-id",
    "x-security-token",
    "x-subject-token",
    "content-encoding",
    "accept",
    "origin",
    "host",
    "x-language",
    "cookie",
];

const CONTENT_TYPES: &[&str] = &[
    "application/json",
    "application/json;charset=utf-8",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=XyZ",
    "multipart/form-data",
    "application/octet-stream",
    "application/zip",
    "json",
    "",
];

/// What is done to a request the builder made.
#[derive(Debug, Clone)]
enum Mutation {
    Method(&'static str),
    /// The path segment at this index (modulo their number) replaced, raw.
    Segment(usize, String),
    AppendPath(String),
    /// The query string replaced (raw).
    Query(String),
    Header(&'static str, String),
    DropHeader(usize),
    Body(Vec<u8>),
    BodyJson(Value),
    Truncate(usize),
    /// A body of this many bytes: `[`s (nesting), or `a`s.
    Huge(usize, bool),
}

fn mutation() -> BoxedStrategy<Mutation> {
    let raw_segment = prop_oneof![
        odd_string(),
        Just("%zz".to_string()),
        Just("%2F".to_string()),
        Just("..".to_string()),
        Just("%00".to_string()),
        Just("%E9%85".to_string()),
        Just(String::new()),
        (257usize..600).prop_map(|n| "c".repeat(n)),
        (16_300usize..17_000).prop_map(|n| "d".repeat(n)),
    ];
    prop_oneof![
        2 => proptest::sample::select(METHODS).prop_map(Mutation::Method),
        3 => (any::<usize>(), raw_segment).prop_map(|(i, s)| Mutation::Segment(i, s)),
        1 => prop_oneof![Just("/".to_string()), Just("//x".to_string()), Just("/..".to_string()), odd_string()].prop_map(Mutation::AppendPath),
        2 => prop_oneof![
            odd_string(),
            Just("&&=&a==b&%zz=%".to_string()),
            Just("limit=-1&offset=99999999999999999999".to_string()),
            Just("limit=abc&order=sideways&sort_key=%00".to_string()),
        ]
        .prop_map(Mutation::Query),
        3 => (proptest::sample::select(HEADER_NAMES), prop_oneof![
            3 => proptest::sample::select(CONTENT_TYPES).prop_map(str::to_string),
            2 => odd_string(),
            1 => Just("SDK-HMAC-SHA256 Access=SANDBOXDEMOAK0000001, SignedHeaders=host, Signature=00".to_string()),
            1 => Just("20261205T000000Z".to_string()),
        ])
            .prop_map(|(n, v)| Mutation::Header(n, v)),
        1 => any::<usize>().prop_map(Mutation::DropHeader),
        2 => proptest::collection::vec(any::<u8>(), 0..256).prop_map(Mutation::Body),
        2 => odd_value().prop_map(Mutation::BodyJson),
        2 => any::<usize>().prop_map(Mutation::Truncate),
        1 => (1_000_000usize..1_100_000, any::<bool>()).prop_map(|(n, nest)| Mutation::Huge(n, nest)),
    ]
    .boxed()
}

fn set_header(headers: &mut Vec<(String, String)>, name: &str, value: String) {
    headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
    headers.push((name.to_string(), value));
}

fn apply(m: &Mutation, method: &mut String, path: &mut String, query: &mut String, headers: &mut Vec<(String, String)>, body: &mut Vec<u8>) {
    match m {
        Mutation::Method(x) => *method = x.to_string(),
        Mutation::Segment(i, s) => {
            let mut segments: Vec<String> = path.split('/').skip(1).map(str::to_string).collect();
            if !segments.is_empty() {
                let n = segments.len();
                segments[i % n] = s.clone();
            }
            *path = format!("/{}", segments.join("/"));
        }
        Mutation::AppendPath(s) => path.push_str(s),
        Mutation::Query(q) => *query = q.clone(),
        Mutation::Header(n, v) => set_header(headers, n, v.clone()),
        Mutation::DropHeader(i) => {
            if !headers.is_empty() {
                let n = headers.len();
                headers.remove(i % n);
            }
        }
        Mutation::Body(b) => *body = b.clone(),
        Mutation::BodyJson(v) => *body = serde_json::to_vec(v).unwrap_or_default(),
        Mutation::Truncate(i) => {
            if !body.is_empty() {
                let n = body.len();
                body.truncate(i % n);
            }
        }
        Mutation::Huge(n, nest) => *body = vec![if *nest { b'[' } else { b'a' }; *n],
    }
}

/// A request target `http::Uri` accepts: what it would refuse is percent-encoded (a `%` stays
/// as it is, so broken escapes get through).
fn sanitize_target(target: &str) -> String {
    let mut out = String::with_capacity(target.len());
    for c in target.chars() {
        if c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}' | '#') {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    if !out.starts_with('/') {
        out.insert(0, '/');
    }
    out
}

fn now_unix() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// A request to a declared operation: built by `request::build`, then mutated.
fn operation_request(ops: &'static [&'static OperationDecl], pools: &'static Pools, config: &'static AppConfig) -> BoxedStrategy<Input> {
    (0..ops.len())
        .prop_flat_map(move |i| {
            let decl = ops[i];
            let fields = &decl.params_schema().fields;
            let params: Vec<BoxedStrategy<Option<(String, Value)>>> = fields
                .iter()
                .map(|f| {
                    let name = f.name.to_string();
                    let value = match f.location {
                        Location::Path => pools.value(f.name).prop_map(Value::from).boxed(),
                        _ => prop_oneof![2 => pools.value(f.name).prop_map(Value::from), 3 => param_value()].boxed(),
                    };
                    let weight_absent = if f.location == Location::Path { 1 } else { 20 };
                    let weight_present = if f.location == Location::Path { 40 } else { 30 };
                    prop_oneof![weight_absent => Just(None), weight_present => value.prop_map(move |v| Some((name.clone(), v)))].boxed()
                })
                .collect();
            let body = match decl.body() {
                Some(ty) => prop_oneof![6 => answer(ty, 0).prop_map(Some), 3 => mutated(ty, 0).prop_map(Some), 1 => Just(None)].boxed(),
                None => prop_oneof![9 => Just(None), 1 => odd_value().prop_map(Some)].boxed(),
            };
            (Just(decl), params, body, 0u8..10, proptest::collection::vec(mutation(), 0..3))
        })
        .prop_map(move |(decl, params, body, credentials, mutations)| {
            let params = params.into_iter().flatten().collect();
            let credentials = match (credentials, decl.service) {
                (0, _) => Credentials::None,
                (1..=3, _) => Credentials::AkSk { ak: config.demo_ak.clone(), sk: config.demo_sk.clone(), security_token: None },
                (_, Service::Rainbond) => Credentials::RainbondKey(config.demo_rainbond_key.clone()),
                _ => Credentials::Token(config.demo_token.clone()),
            };
            // Absolute, as AK/SK signing needs (the host is signed); the URL's path is sent.
            let target = Target { endpoint: ORIGIN.to_string(), credentials, project_id: Some(config.demo_project_id.clone()), domain_id: None, now: now_unix(), signer: None };
            let (mut method, mut path, mut query, mut headers, mut body) = match build(decl, &params, body.as_ref(), &target) {
                Ok(req) => {
                    let url = req.url.strip_prefix(ORIGIN).unwrap_or(&req.url);
                    let (path, query) = url.split_once('?').unwrap_or((url, ""));
                    let mut headers = req.headers;
                    headers.insert(0, ("host".into(), HOST.into()));
                    (req.method.to_string(), path.to_string(), query.to_string(), headers, req.body.unwrap_or_default())
                }
                // Refused by the builder (a parameter it cannot send): the template as it is.
                Err(_) => (decl.method.as_str().to_string(), decl.path.to_string(), String::new(), Vec::new(), Vec::new()),
            };
            for m in &mutations {
                apply(m, &mut method, &mut path, &mut query, &mut headers, &mut body);
            }
            let target = if query.is_empty() { path } else { format!("{path}?{query}") };
            Input::Request { method, target: sanitize_target(&target), headers, body }
        })
        .boxed()
}

/// A request to the sandbox's own routes: IAM sign-in and token check, the proxy (no
/// upstream configured), `config.json`, `/healthz`, the console's files, unknown API paths.
fn site_request(config: &'static AppConfig) -> BoxedStrategy<Input> {
    let sign_in = json!({"auth": {
        "identity": {"methods": ["password"], "password": {"user": {"name": "demo", "password": "Sandbox-123", "domain": {"name": "demo-domain"}}}},
        "scope": {"project": {"id": config.demo_project_id}},
    }});
    let path = prop_oneof![
        Just("/v3/auth/tokens".to_string()),
        Just("/healthz".to_string()),
        Just("/config.json".to_string()),
        Just("/".to_string()),
        Just("/embed/servicestage".to_string()),
        Just("/servicestage/environments".to_string()),
        Just("/api".to_string()),
        Just("/api/servicestage/v3/x/cas/environments".to_string()),
        Just("/api/unknown/x".to_string()),
        Just("/v9/x".to_string()),
        Just("/openapi/v1/nothing".to_string()),
        Just("/_sandbox/faults".to_string()),
        odd_string(),
    ];
    let body = prop_oneof![
        2 => Just(Vec::new()),
        2 => Just(serde_json::to_vec(&sign_in).unwrap()),
        2 => odd_value().prop_map(|v| serde_json::to_vec(&v).unwrap_or_default()),
        1 => proptest::collection::vec(any::<u8>(), 0..128),
    ];
    let headers = proptest::collection::vec(
        (proptest::sample::select(HEADER_NAMES), prop_oneof![Just(config.demo_token.clone()), proptest::sample::select(CONTENT_TYPES).prop_map(str::to_string), odd_string()]),
        0..4,
    );
    (proptest::sample::select(METHODS), path, "[a-z=&%0-9]{0,12}", headers, body)
        .prop_map(|(method, path, query, headers, body)| {
            let target = if query.is_empty() { path } else { format!("{path}?{query}") };
            let headers = headers.into_iter().map(|(n, v)| (n.to_string(), v)).collect();
            Input::Request { method: method.to_string(), target: sanitize_target(&target), headers, body }
        })
        .boxed()
}

/// Bytes on the wire: garbage, a request head broken somewhere, lengths that lie, chunked
/// bodies that are not.
fn raw_bytes(config: &'static AppConfig) -> BoxedStrategy<Input> {
    let token = config.demo_token.clone();
    let project = config.demo_project_id.clone();
    let valid = move |method: &str, body: &str| {
        format!(
            "{method} /v3/{project}/cas/environments HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes()
    };
    let good = valid("POST", r#"{"name":"fuzz-env","deploy_mode":"container","vpc_id":"29d55020-ae0e-4a18-871c-93e6976ee7bd"}"#);
    let list = valid("GET", "");
    prop_oneof![
        2 => proptest::collection::vec(any::<u8>(), 0..512).prop_map(Input::Raw),
        // A valid request with one byte changed, or cut short.
        3 => (prop_oneof![Just(good.clone()), Just(list.clone())], any::<usize>(), any::<u8>(), any::<bool>()).prop_map(|(mut bytes, at, byte, cut)| {
            let at = at % bytes.len();
            if cut { bytes.truncate(at) } else { bytes[at] = byte }
            Input::Raw(bytes)
        }),
        // A head of odd parts.
        3 => (
            prop_oneof![proptest::sample::select(METHODS).prop_map(str::to_string), odd_string()],
            prop_oneof![Just("/healthz".to_string()), Just("*".to_string()), Just("http://evil.example/x".to_string()), Just("/v3/x?y".to_string()), odd_string()],
            prop_oneof![Just("HTTP/1.1".to_string()), Just("HTTP/1.0".to_string()), Just("HTTP/2.0".to_string()), Just("HTTP/9".to_string()), odd_string()],
            proptest::collection::vec((odd_string(), odd_string()), 0..4),
            odd_string(),
        )
            .prop_map(|(method, target, version, headers, body)| {
                let mut text = format!("{method} {target} {version}\r\nHost: 127.0.0.1\r\n");
                for (n, v) in headers {
                    text.push_str(&format!("{n}: {v}\r\n"));
                }
                text.push_str("\r\n");
                text.push_str(&body);
                Input::Raw(text.into_bytes())
            }),
        // Framing that lies.
        2 => (0usize..6, 0usize..2_000_000).prop_map(move |(kind, n)| {
            let base = format!("POST /v3/{p}/cas/environments HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: {t}\r\nContent-Type: application/json\r\n", p = config.demo_project_id, t = config.demo_token);
            let tail = match kind {
                0 => format!("Content-Length: {n}\r\n\r\n{{\"name\":"),
                1 => "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n".to_string(),
                2 => format!("Transfer-Encoding: chunked\r\nContent-Length: {n}\r\n\r\n5\r\n{{\"a\":\r\n0\r\n\r\n"),
                3 => "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}x".to_string(),
                4 => format!("Content-Length: -{n}\r\n\r\n"),
                _ => format!("X-Big: {}\r\n\r\n", "h".repeat(n % 100_000)),
            };
            Input::Raw(format!("{base}{tail}").into_bytes())
        }),
    ]
    .boxed()
}

fn inputs(ops: &'static [&'static OperationDecl], pools: &'static Pools, config: &'static AppConfig) -> impl Strategy<Value = Input> {
    prop_oneof![
        12 => operation_request(ops, pools, config),
        2 => site_request(config),
        3 => raw_bytes(config),
    ]
}

// ---- The long run and the corpus ----

#[test]
#[ignore = "a long run: cargo xtask fuzz --target sandbox"]
fn fuzz_sandbox() {
    let started = Instant::now();
    let deadline = started + fuzz_budget();
    let ops = all_ops();
    let mut h = Harness::new();
    let pools: &'static Pools = Box::leak(Box::new(Pools::harvest(&h)));
    println!("fuzz sandbox: {} values from the demo data for {} parameter names", pools.all.len(), pools.by_name.len());
    let config: &'static AppConfig = Box::leak(Box::new(h.config.clone()));
    let strategy = inputs(ops, pools, config);
    let mut report = FuzzReport::default();
    let mut batches = 0u32;
    while Instant::now() < deadline && report.failures.len() < 5 {
        report.run(TARGET, "sandbox", &strategy, 64, to_corpus, |i| check(&h, &i));
        batches += 1;
        // A fresh sandbox now and then: the items the run created do not pile up forever.
        if batches % 50 == 0 {
            h = Harness::new();
        }
    }
    report.finish(TARGET, started);
}

#[test]
fn sandbox_corpus_replays() {
    let files = corpus(TARGET);
    assert!(!files.is_empty());
    let h = Harness::new();
    for (name, v) in files {
        if let Err(e) = check(&h, &from_corpus(&v)) {
            panic!("{name}: {e}");
        }
    }
}

/// The generators reach past the first checks: of the requests to declared operations, some
/// the emulator accepts (2xx), some it refuses for their content (4xx) and some for their
/// credentials (401); and the demo data fills the parameter pools.
#[test]
fn generated_inputs_cover_success_and_refusals() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let h = Harness::new();
    let pools: &'static Pools = Box::leak(Box::new(Pools::harvest(&h)));
    assert!(pools.by_name.get("environment_id").is_some_and(|l| l.len() >= 3), "{pools:?}");
    let config: &'static AppConfig = Box::leak(Box::new(h.config.clone()));
    let strategy = operation_request(all_ops(), pools, config);
    let mut runner = TestRunner::deterministic();
    let mut seen = BTreeMap::new();
    for _ in 0..300 {
        let input = strategy.new_tree(&mut runner).unwrap().current();
        if let Input::Request { method, target, headers, body } = &input {
            if let Some(a) = h.send(method, target, headers, body) {
                *seen.entry(a.status / 100 * 100 + u16::from(a.status == 401)).or_insert(0) += 1;
            }
        }
    }
    println!("answers by class: {seen:?}");
    for class in [200, 400, 401] {
        assert!(seen.get(&class).copied().unwrap_or(0) >= 10, "too few answers of class {class}: {seen:?}");
    }
}
