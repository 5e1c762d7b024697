//! The same-origin proxy: `/api/<service>/<rest…>` is forwarded to the one upstream
//! configured for that service, so the browser talks to real endpoints without CORS, and
//! (optionally) with AK/SK signing done here so the secret key never reaches the browser.
//!
//! - Keys: the services' keys (`servicestage`, `cse`, `servicecomb`, `kie`, `ims`, `cbr`,
//!   `rainbond`, see [`Service::key`]) and `iam` for token sign-in.
//! - Only the console's own origin is served ([`security::check_proxy_request`]): the `Host` is
//!   one of the configured public hosts (DNS rebinding), the browser says the request is
//!   same-origin (`Sec-Fetch-Site`, `Origin`: CSRF), or, when it says nothing, the request
//!   carries `X-Opsdeck-Proxy: 1`. Everything else is a 403 before anything is forwarded or
//!   signed.
//! - Only configured upstreams are reached: the upstream's scheme, host and port are fixed per
//!   service and the request path is appended below the upstream's base path. Absolute-form
//!   request targets (`GET http://elsewhere/ HTTP/1.1`), dot segments in any spelling (`..`,
//!   `%2e%2E`, `..;`, encoded twice), encoded separators (`%2F`, `%5C`, `%252F`), backslashes
//!   and empty segments are refused ([`check_rest`]). This is never an open proxy.
//! - Method, path, query, body and headers are forwarded, minus hop-by-hop headers (and those
//!   the `Connection` header names), `Host`, `Content-Length` (recomputed), `Cookie` (the
//!   sandbox origin's cookies are not the upstream's) and the sandbox's own demo token
//!   (meaningless anywhere else). Status, headers (minus hop-by-hop) and body come back as
//!   a stream. Redirects are passed back, not followed. Headers that would act on the
//!   console's origin rather than describe the answer (`Set-Cookie`, `Server`, `Alt-Svc`,
//!   `Strict-Transport-Security`, `Clear-Site-Data`) are dropped ([`forwardable_response`]).
//! - Request bodies above [`MAX_BODY`] are refused with 413; a body that stalls is refused with
//!   408 (the router's body-read timeout).
//! - Signing: with a [`SigningKey`] configured, a request that carries no `X-Auth-Token` or
//!   `Authorization` of its own is signed (`SDK-HMAC-SHA256`) with `X-Sdk-Date` from the clock,
//!   the upstream's `Host`, `X-Project-Id` when configured and `X-Security-Token` for temporary
//!   credentials. The query is re-sent in its canonical form, as signing requires.
//!
//! Configuration (see `opsdeck-sandbox --help`): `--upstream KEY=URL` (repeatable) or
//! `OPSDECK_UPSTREAM_<KEY>=URL`; `OPSDECK_AK`, `OPSDECK_SK`, `OPSDECK_SECURITY_TOKEN`,
//! `OPSDECK_PROJECT_ID` for signing.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::Response;
use opsdeck_api::operation::Service;
use opsdeck_api::{sign, url};
use reqwest::Url;
use serde_json::json;

use crate::security::{self, PublicHosts};
use crate::server::Forwarded;
use crate::AppConfig;

/// The URL prefix the proxy answers under.
pub const PREFIX: &str = "/api/";

/// The largest request body forwarded.
pub const MAX_BODY: usize = 32 * 1024 * 1024;

/// Whether `key` names something the proxy may be configured for.
pub fn is_proxy_key(key: &str) -> bool {
    key == "iam" || Service::from_key(key).is_some()
}

/// Every key the proxy knows, in a stable order.
pub fn proxy_keys() -> impl Iterator<Item = &'static str> {
    Service::ALL.iter().map(|s| s.key()).chain(std::iter::once("iam"))
}

/// An access key pair the proxy signs with. `Debug` never shows the secret key or the
/// security token.
#[derive(Clone, PartialEq, Eq)]
pub struct SigningKey {
    pub ak: String,
    pub sk: String,
    /// For temporary credentials: sent as `X-Security-Token`.
    pub security_token: Option<String>,
    /// Sent as `X-Project-Id` (project-scoped services) unless the request names one.
    pub project_id: Option<String>,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("ak", &self.ak)
            .field("sk", &"****")
            .field("security_token", &self.security_token.as_ref().map(|_| "****"))
            .field("project_id", &self.project_id)
            .finish()
    }
}

impl SigningKey {
    /// From `OPSDECK_AK`, `OPSDECK_SK`, `OPSDECK_SECURITY_TOKEN`, `OPSDECK_PROJECT_ID`, read
    /// through `var` (pass `|k| std::env::var(k).ok()`). `None` unless both AK and SK are set.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Option<SigningKey> {
        let get = |k: &str| var(k).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        Some(SigningKey {
            ak: get("OPSDECK_AK")?,
            sk: get("OPSDECK_SK")?,
            security_token: get("OPSDECK_SECURITY_TOKEN"),
            project_id: get("OPSDECK_PROJECT_ID"),
        })
    }
}

/// Checks an upstream base URL: `http` or `https`, a host, no credentials, query or fragment.
/// The error shows the URL through [`redact_url`]: a refused URL is printed at start-up, and
/// `https://user:password@host` must not put the password in the logs.
pub fn check_upstream(url: &str) -> Result<Url, String> {
    let shown = redact_url(url);
    let parsed = Url::parse(url.trim()).map_err(|e| format!("`{shown}` is not a URL: {e}"))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(format!("`{shown}`: only http and https upstreams are supported"));
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(format!("`{shown}` has no host"));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(format!("`{shown}`: credentials in the URL are not supported (sign with OPSDECK_AK/OPSDECK_SK)"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(format!("`{shown}`: an upstream takes no query or fragment"));
    }
    Ok(parsed)
}

/// `url` fit for a log line: userinfo (`user:password@`) becomes `***@`, and a query or
/// fragment (which may hold a key) becomes `?***`. Works on text, so that it also cleans what
/// does not parse as a URL.
pub fn redact_url(url: &str) -> String {
    let url = url.trim();
    let (scheme, rest) = match url.find("://") {
        Some(i) => (&url[..i + 3], &url[i + 3..]),
        None => ("", url),
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let authority = match authority.rfind('@') {
        Some(i) => format!("***@{}", &authority[i + 1..]),
        None => authority.to_string(),
    };
    let tail = match tail.find(['?', '#']) {
        Some(i) => format!("{}?***", &tail[..i]),
        None => tail.to_string(),
    };
    format!("{scheme}{authority}{tail}")
}

/// Parses a `--upstream` value, `KEY=URL`.
pub fn parse_upstream_flag(spec: &str) -> Result<(String, String), String> {
    let (key, url) = spec.split_once('=').ok_or_else(|| {
        format!("`{}`: expected SERVICE=URL, e.g. servicestage=https://servicestage.cn-north-4.myhuaweicloud.com", redact_url(spec))
    })?;
    let key = key.trim().to_ascii_lowercase();
    if !is_proxy_key(&key) {
        let known: Vec<&str> = proxy_keys().collect();
        return Err(format!("`{key}` is not a service the proxy knows (one of {})", known.join(", ")));
    }
    check_upstream(url)?;
    Ok((key, url.trim().to_string()))
}

/// Upstreams from `OPSDECK_UPSTREAM_<KEY>` variables (pass `std::env::vars()`); variables with
/// an unknown key or an invalid URL are reported in the error list and left out.
pub fn upstreams_from_env(vars: impl IntoIterator<Item = (String, String)>) -> (BTreeMap<String, String>, Vec<String>) {
    let mut found = BTreeMap::new();
    let mut problems = Vec::new();
    for (name, value) in vars {
        let Some(key) = name.strip_prefix("OPSDECK_UPSTREAM_") else {
            continue;
        };
        if value.trim().is_empty() {
            continue;
        }
        match parse_upstream_flag(&format!("{}={value}", key.to_ascii_lowercase())) {
            Ok((k, v)) => {
                found.insert(k, v);
            }
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    (found, problems)
}

/// The proxy: upstreams, the HTTP client and the signing key.
#[derive(Clone)]
pub struct Proxy {
    upstreams: Arc<BTreeMap<String, Url>>,
    client: reqwest::Client,
    signing: Option<Arc<SigningKey>>,
    demo_token: String,
    /// The names the console is reached at: the proxy serves no other `Host` or `Origin`.
    public: Arc<PublicHosts>,
}

impl Proxy {
    /// Builds the proxy from the configuration; an upstream that does not pass
    /// [`check_upstream`] is logged and left out (its service answers 403).
    pub fn new(config: &AppConfig) -> Proxy {
        let mut upstreams = BTreeMap::new();
        for (key, url) in &config.upstreams {
            let key = key.to_ascii_lowercase();
            if !is_proxy_key(&key) {
                tracing::error!("proxy: `{key}` is not a service the proxy knows; ignored");
                continue;
            }
            match check_upstream(url) {
                Ok(u) => {
                    upstreams.insert(key, u);
                }
                Err(e) => tracing::error!("proxy: {key}: {e}; ignored"),
            }
        }
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(300))
            .build()
            .expect("the HTTP client builds");
        Proxy {
            upstreams: Arc::new(upstreams),
            client,
            signing: config.signing.clone().map(Arc::new),
            demo_token: config.demo_token.clone(),
            public: Arc::new(config.public_hosts.clone()),
        }
    }

    /// Whether `/api/<key>` is forwarded.
    pub fn is_configured(&self, key: &str) -> bool {
        self.upstreams.contains_key(key)
    }

    /// The keys with an upstream.
    pub fn configured(&self) -> impl Iterator<Item = &str> {
        self.upstreams.keys().map(String::as_str)
    }

    /// Whether forwarded requests without credentials are signed here.
    pub fn signs(&self) -> bool {
        self.signing.is_some()
    }

    /// Forwards one request under [`PREFIX`].
    pub async fn handle(&self, req: Request) -> Response {
        match self.forward(req).await {
            Ok(res) => res,
            Err(res) => res,
        }
    }

    async fn forward(&self, req: Request) -> Result<Response, Response> {
        let uri = req.uri().clone();
        if uri.scheme().is_some() || uri.authority().is_some() {
            return Err(refuse(StatusCode::BAD_REQUEST, "0400", "absolute-form request targets are not proxied"));
        }
        let path = uri.path();
        let after = path.strip_prefix(PREFIX).unwrap_or("");
        let (key, rest) = match after.find('/') {
            Some(i) => (&after[..i], &after[i..]),
            None => (after, ""),
        };
        if !is_proxy_key(key) {
            let shown: String = key.chars().take(64).collect();
            return Err(refuse(StatusCode::NOT_FOUND, "0404", &format!("`{shown}` is not a service the proxy knows")));
        }
        let Some(base) = self.upstreams.get(key) else {
            return Err(refuse(StatusCode::FORBIDDEN, "0403", &format!("no upstream is configured for {key}")));
        };
        // Before anything is read, signed or forwarded: only the console's own origin is served.
        if let Err(why) = security::check_proxy_request(req.headers(), &self.public) {
            tracing::warn!("proxy: refused: {why}");
            return Err(refuse(StatusCode::FORBIDDEN, "0403", why));
        }
        check_rest(rest).map_err(|why| refuse(StatusCode::BAD_REQUEST, "0400", &why))?;

        let (parts, body) = req.into_parts();
        let body = read_body(&parts.headers, body).await?;

        let mut headers = forwardable(&parts.headers);
        if headers
            .get("x-auth-token")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim() == self.demo_token)
        {
            headers.remove("x-auth-token");
        }
        let has_credentials = headers.contains_key("x-auth-token") || headers.contains_key(header::AUTHORIZATION);
        let signer = self.signing.as_deref().filter(|_| !has_credentials);

        // The query as sent: unchanged, or canonical when signing.
        let query_pairs = url::parse_query(uri.query().unwrap_or(""));
        let query = match signer {
            Some(_) => Some(sign::canonical_query(&query_pairs)).filter(|q| !q.is_empty()),
            None => uri.query().map(str::to_string),
        };
        let url = target_url(base, rest, query.as_deref())
            .map_err(|why| refuse(StatusCode::BAD_REQUEST, "0400", &why))?;

        let signed = if let Some(key) = signer {
            sign_into(key, parts.method.as_str(), &url, &query_pairs, &mut headers, &body, now_unix());
            true
        } else {
            false
        };

        tracing::info!(service = key, method = %parts.method, path = url.path(), signed, "proxy: forwarding");
        let sent = self
            .client
            .request(parts.method.clone(), url)
            .headers(headers)
            .body(body)
            .send()
            .await;
        let upstream = match sent {
            Ok(r) => r,
            Err(e) => {
                let (status, code) =
                    if e.is_timeout() { (StatusCode::GATEWAY_TIMEOUT, "0504") } else { (StatusCode::BAD_GATEWAY, "0502") };
                // Without the URL (the query may hold values the user would not log); the
                // causes (connection refused, DNS, TLS) never hold a header, so no secret.
                let e = e.without_url();
                let mut why = e.to_string();
                let mut source = std::error::Error::source(&e);
                while let Some(inner) = source {
                    why.push_str(&format!(": {inner}"));
                    source = inner.source();
                }
                tracing::warn!(service = key, "proxy: the upstream cannot be reached: {why}");
                return Err(refuse(status, code, &format!("the upstream for {key} cannot be reached: {why}")));
            }
        };
        let status = upstream.status();
        let headers = forwardable_response(upstream.headers());
        let mut res = Response::new(Body::from_stream(upstream.bytes_stream()));
        *res.status_mut() = status;
        *res.headers_mut() = headers;
        res.extensions_mut().insert(Forwarded);
        Ok(res)
    }
}

fn now_unix() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// The proxy's own error body, in the ServiceStage shape the console decodes.
fn refuse(status: StatusCode, code: &str, message: &str) -> Response {
    let body = json!({"error_code": format!("SANDBOX.PROXY.{code}"), "error_msg": message});
    let mut res = Response::new(Body::from(body.to_string()));
    *res.status_mut() = status;
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json;charset=utf-8"));
    res
}

/// Reads a request body for forwarding: at most [`MAX_BODY`] bytes (a declared larger
/// `Content-Length` is refused before reading), and 408 when the body stalls past the router's
/// body-read timeout.
async fn read_body(headers: &HeaderMap, body: Body) -> Result<axum::body::Bytes, Response> {
    let too_large = || refuse(StatusCode::PAYLOAD_TOO_LARGE, "0413", "the request body is too large to proxy");
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        return Err(too_large());
    }
    axum::body::to_bytes(body, MAX_BODY).await.map_err(|e| {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
        while let Some(err) = source {
            if err.is::<tower_http::timeout::TimeoutError>() {
                return refuse(StatusCode::REQUEST_TIMEOUT, "0408", "the request body was not received in time");
            }
            source = err.source();
        }
        too_large()
    })
}

/// Refuses paths that could leave the upstream's base path or be read differently upstream:
/// each segment is decoded until it no longer changes (`%252e` → `%2e` → `.`) and refused when
/// it is a dot segment, also with a `;parameter` (`..;` is `..` to Tomcat-style servers) or
/// trailing dots and spaces, or when it holds a separator (`/`, `\`) or a control character.
/// An encoded slash in a value (`a%2Fb`) is refused too: upstreams and the gateways in front
/// of them disagree on whether it separates segments.
fn check_rest(rest: &str) -> Result<(), String> {
    if rest.is_empty() {
        return Ok(());
    }
    let segments: Vec<&str> = rest[1..].split('/').collect();
    for (i, raw) in segments.iter().enumerate() {
        let mut seg = raw.to_string();
        let mut rounds = 0;
        loop {
            let next = url::decode(&seg);
            if next == seg {
                break;
            }
            rounds += 1;
            if rounds > 3 {
                return Err("paths encoded more than three times are not proxied".into());
            }
            seg = next;
        }
        let name = seg.split(';').next().unwrap_or("").trim_end_matches([' ', '\t']);
        if !name.is_empty() && name.chars().all(|c| c == '.') {
            return Err("dot segments are not allowed in proxied paths".into());
        }
        if seg.contains(['/', '\\']) {
            return Err("encoded slashes and backslashes are not allowed in proxied paths".into());
        }
        if seg.chars().any(char::is_control) {
            return Err("control characters are not allowed in proxied paths".into());
        }
        if raw.is_empty() && i + 1 != segments.len() {
            return Err("empty path segments are not allowed in proxied paths".into());
        }
    }
    Ok(())
}

/// Upstream base + rest + query, checked to stay on the upstream's origin and base path.
fn target_url(base: &Url, rest: &str, query: Option<&str>) -> Result<Url, String> {
    let base_path = base.path().trim_end_matches('/');
    let mut text = format!("{}://{}{base_path}{rest}", base.scheme(), authority(base));
    if let Some(q) = query.filter(|q| !q.is_empty()) {
        text.push('?');
        text.push_str(q);
    }
    let url = Url::parse(&text).map_err(|e| format!("the proxied URL is invalid: {e}"))?;
    let same_origin = url.scheme() == base.scheme()
        && url.host_str() == base.host_str()
        && url.port_or_known_default() == base.port_or_known_default()
        && url.username().is_empty()
        && url.password().is_none();
    if !same_origin || !url.path().starts_with(base_path) {
        return Err("the proxied URL leaves its upstream".into());
    }
    Ok(url)
}

/// `host[:port]` as the `Host` header carries it (no port when it is the scheme's default).
fn authority(url: &Url) -> String {
    let host = url.host_str().unwrap_or_default();
    match url.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_string(),
    }
}

/// Headers that describe one connection rather than the request (RFC 9110 §7.6.1).
const HOP_BY_HOP: &[&str] = &[
    "connection",
    "keep-alive",
    "proxy-connection",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "trailers",
    "transfer-encoding",
    "upgrade",
];

fn connection_listed(headers: &HeaderMap) -> Vec<String> {
    headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|name| name.trim().to_ascii_lowercase())
        .filter(|name| !name.is_empty())
        .collect()
}

fn without(headers: &HeaderMap, also: &[&str]) -> HeaderMap {
    let listed = connection_listed(headers);
    let mut out = HeaderMap::with_capacity(headers.len());
    for (name, value) in headers {
        let n = name.as_str();
        if HOP_BY_HOP.contains(&n) || also.contains(&n) || listed.iter().any(|l| l == n) {
            continue;
        }
        out.append(name.clone(), value.clone());
    }
    out
}

/// The request headers that go upstream (the proxy marker is the console's business only).
fn forwardable(headers: &HeaderMap) -> HeaderMap {
    without(headers, &["host", "content-length", "cookie", security::PROXY_HEADER])
}

/// Answer headers that would act on the console's origin, not describe the answer: an
/// upstream's cookies would be stored for the console's origin, `Server` tells an attacker
/// the upstream's software, `Alt-Svc` would send the browser's next connections elsewhere,
/// `Strict-Transport-Security` and `Clear-Site-Data` would change how the browser treats the
/// console itself. The security headers (CSP, frame options) are replaced by the server's own.
const DROPPED_FROM_ANSWERS: &[&str] =
    &["set-cookie", "set-cookie2", "server", "x-powered-by", "alt-svc", "strict-transport-security", "clear-site-data"];

/// The response headers that come back.
fn forwardable_response(headers: &HeaderMap) -> HeaderMap {
    without(headers, DROPPED_FROM_ANSWERS)
}

/// Signs the outgoing request: adds `X-Sdk-Date`, `Host`, `X-Project-Id`,
/// `X-Security-Token` and `Authorization` to `headers`. Signed are `Content-Type` (when
/// present), `Host`, `X-Sdk-Date`, `X-Project-Id` and `X-Security-Token`; the other headers
/// go along unsigned, so nothing the client adds on the way can break the signature.
fn sign_into(
    key: &SigningKey,
    method: &str,
    url: &Url,
    query: &[(String, String)],
    headers: &mut HeaderMap,
    body: &[u8],
    now: u64,
) {
    let host = authority(url);
    let mut to_sign: Vec<(String, String)> = Vec::new();
    if let Some(ct) = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) {
        to_sign.push(("Content-Type".into(), ct.to_string()));
    }
    let project = headers
        .get("x-project-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .or_else(|| key.project_id.clone());
    if let Some(p) = project {
        to_sign.push(("X-Project-Id".into(), p));
    }
    if let Some(st) = &key.security_token {
        to_sign.push(("X-Security-Token".into(), st.clone()));
    }
    to_sign.push(("X-Sdk-Date".into(), sign::sdk_date(now)));
    to_sign.push(("Host".into(), host.clone()));
    sign::sign(&key.ak, &key.sk, method, &host, url.path(), query, &mut to_sign, body);
    for (name, value) in to_sign {
        let (Ok(name), Ok(value)) = (HeaderName::try_from(name.as_str()), HeaderValue::try_from(value.as_str())) else {
            continue;
        };
        headers.insert(name, value);
    }
}
