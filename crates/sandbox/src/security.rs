//! Who may use the same-origin proxy, and the security headers every answer carries.
//!
//! - [`PublicHosts`]: the `host[:port]` names browsers reach the console at. The proxy only
//!   serves requests whose `Host` is one of them (a DNS-rebinding page reaches the server with
//!   its own name in `Host`) and whose `Origin`, when sent, is one of them.
//! - [`check_proxy_request`]: the proxy's rule against cross-site use (CSRF with the server's
//!   own AK/SK): same-origin by the browser's word (`Sec-Fetch-Site`, `Origin`), or, for
//!   clients that send neither, the custom [`PROXY_HEADER`], which no other origin can add
//!   without a CORS preflight that this server never grants.
//! - [`SecurityHeaders`]: Content-Security-Policy, `X-Content-Type-Options`,
//!   `Referrer-Policy` and `X-Frame-Options` on every answer.

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// The request header the console sends on proxied requests (value `1`). Not a CORS-safelisted
/// header: a page on another origin that adds it triggers a preflight, which is refused.
pub const PROXY_HEADER: &str = "x-opsdeck-proxy";

/// The `host[:port]` names the console is served under (`--public-host`,
/// `OPSDECK_PUBLIC_HOSTS`), compared case-insensitively. An entry without a port also
/// matches the scheme's default ports (80, 443): a deployment behind a TLS-terminating
/// reverse proxy is reached as `ops.example.com`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublicHosts(Vec<String>);

impl PublicHosts {
    /// From `host[:port]` entries; an entry with a scheme, path, userinfo or space is refused.
    pub fn parse<'a>(entries: impl IntoIterator<Item = &'a str>) -> Result<PublicHosts, String> {
        let mut hosts = Vec::new();
        for entry in entries {
            let entry = entry.trim();
            if entry.is_empty() {
                continue;
            }
            let ok = entry.chars().all(|c| c.is_ascii_alphanumeric() || "-._:[]".contains(c));
            if !ok || entry.starts_with(':') {
                let shown: String = entry.chars().take(64).collect();
                return Err(format!("`{shown}`: expected HOST or HOST:PORT (no scheme, no path)"));
            }
            hosts.push(entry.to_ascii_lowercase());
        }
        Ok(PublicHosts(hosts))
    }

    /// The names a server bound to `addr` is reached at without a `--public-host`: the
    /// address itself, and for the loopback interface also `localhost` (which no outside
    /// DNS answer can point elsewhere).
    pub fn for_bind_address(addr: std::net::SocketAddr) -> PublicHosts {
        let port = addr.port();
        let mut hosts = PublicHosts(vec![addr.to_string()]);
        if addr.ip().is_loopback() {
            let local = [format!("localhost:{port}"), format!("127.0.0.1:{port}"), format!("[::1]:{port}")];
            hosts.extend(PublicHosts(local.into()));
        }
        hosts
    }

    /// Adds the entries of `other`.
    pub fn extend(&mut self, other: PublicHosts) {
        for h in other.0 {
            if !self.0.contains(&h) {
                self.0.push(h);
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }

    /// Whether `authority` (a `Host` value, or the `host[:port]` of an `Origin`) is one of them.
    pub fn allows(&self, authority: &str) -> bool {
        let authority = authority.trim().to_ascii_lowercase();
        self.0.iter().any(|entry| {
            authority == *entry || {
                let has_port = entry.rsplit_once(':').is_some_and(|(_, p)| p.bytes().all(|b| b.is_ascii_digit()))
                    && !entry.ends_with(']');
                !has_port && (authority == format!("{entry}:80") || authority == format!("{entry}:443"))
            }
        })
    }
}

/// Why the proxy refuses a request that does not come from the console's own origin.
/// The messages name the rule, never the request's values.
pub fn check_proxy_request(headers: &HeaderMap, hosts: &PublicHosts) -> Result<(), &'static str> {
    let text = |name: &str| headers.get(name).map(|v| v.to_str().unwrap_or("\u{fffd}"));
    // DNS rebinding: a page on `evil.example` whose name now resolves to this server sends
    // `Host: evil.example`, and its requests count as same-origin to the browser.
    if hosts.is_empty() {
        return Err("the proxy has no public host configured (--public-host)");
    }
    match text("host") {
        Some(host) if hosts.allows(host) => {}
        _ => return Err("the request's Host is not one of this console's public hosts (see --public-host)"),
    }
    // CSRF: the browser states where a request comes from, and pages cannot forge these.
    let fetch_site = text("sec-fetch-site");
    if fetch_site.is_some_and(|s| !s.eq_ignore_ascii_case("same-origin")) {
        return Err("cross-site requests are not proxied");
    }
    if let Some(origin) = text("origin") {
        // `null` (sandboxed frames, some redirects) and anything but `scheme://host[:port]`
        // count as another origin.
        let same = match origin.split_once("://") {
            Some(("http" | "https", authority)) => !authority.contains('/') && hosts.allows(authority),
            _ => false,
        };
        if !same {
            return Err("requests from another origin are not proxied");
        }
    }
    // Without the browser's `Sec-Fetch-Site` (older browsers, plain http to a non-local host,
    // non-browser clients) only the custom header shows that the request is not a simple
    // cross-site one: adding it from another origin needs a preflight this server refuses.
    if fetch_site.is_none() && text(PROXY_HEADER).is_none_or(|v| v.trim() != "1") {
        return Err("proxied requests need the X-Opsdeck-Proxy: 1 header");
    }
    Ok(())
}

/// Checks a `frame-ancestors` source list (`'self'`, `'none'`, `https://portal.example.com`,
/// `https://*.example.com`): a value that could end the directive or add another one
/// (`;`, `,`, quotes, control characters) is refused.
pub fn check_frame_ancestors(value: &str) -> Result<String, String> {
    let sources: Vec<&str> = value.split_ascii_whitespace().collect();
    if sources.is_empty() {
        return Err("frame-ancestors: expected 'self', 'none' or origins".into());
    }
    for s in &sources {
        let keyword = matches!(*s, "'self'" | "'none'");
        let origin = s.chars().all(|c| c.is_ascii_alphanumeric() || "-._:/*[]".contains(c));
        if !keyword && !origin {
            let shown: String = s.chars().take(64).collect();
            return Err(format!("frame-ancestors: `{shown}` is not a source ('self', 'none', https://host)"));
        }
    }
    if sources.contains(&"'none'") && sources.len() > 1 {
        return Err("frame-ancestors: 'none' stands alone".into());
    }
    Ok(sources.join(" "))
}

/// The Content-Security-Policy of everything this server answers.
///
/// - `script-src 'self' 'wasm-unsafe-eval'`: the console's module scripts are files
///   (`boot.js`, `pkg/opsdeck.js`); compiling its WebAssembly needs `wasm-unsafe-eval`, which
///   allows no JavaScript `eval`. No inline script runs, so an injected `<script>` does not.
/// - `style-src 'self'` with `style-src-attr 'unsafe-inline'`: style sheets are files; the
///   console sets a few `style` attributes from script (the table's virtual-scroll heights),
///   which cannot run script.
/// - `connect-src 'self'`: the console talks to its own origin (emulated services and the
///   proxy); a script that got in cannot send data elsewhere.
/// - `frame-ancestors`: who may frame the console (clickjacking); `'self'` by default.
pub fn console_csp(frame_ancestors: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
         style-src-attr 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors {frame_ancestors}"
    )
}

/// The headers added to every answer (the console's files, the emulated APIs, proxied
/// answers, errors); they replace any an upstream sent.
#[derive(Clone)]
pub struct SecurityHeaders {
    csp: HeaderValue,
    /// `X-Frame-Options` for browsers without `frame-ancestors`: only when it can say the same
    /// (`'self'` → `SAMEORIGIN`, `'none'` → `DENY`); a list of portals has no equivalent,
    /// and browsers that know `frame-ancestors` ignore `X-Frame-Options` anyway.
    frame_options: Option<HeaderValue>,
}

impl SecurityHeaders {
    /// `frame_ancestors` as checked by [`check_frame_ancestors`]; an unchecked value that does
    /// not pass falls back to `'self'`.
    pub fn new(frame_ancestors: &str) -> SecurityHeaders {
        let ancestors = check_frame_ancestors(frame_ancestors).unwrap_or_else(|e| {
            tracing::error!("{e}; using 'self'");
            "'self'".into()
        });
        let csp = HeaderValue::from_str(&console_csp(&ancestors)).unwrap_or(HeaderValue::from_static("default-src 'self'"));
        let frame_options = match ancestors.as_str() {
            "'self'" => Some(HeaderValue::from_static("SAMEORIGIN")),
            "'none'" => Some(HeaderValue::from_static("DENY")),
            _ => None,
        };
        SecurityHeaders { csp, frame_options }
    }
}

/// Middleware: adds [`SecurityHeaders`] to the answer.
pub async fn add_security_headers(State(sec): State<SecurityHeaders>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, sec.csp.clone());
    // Answers are read as the type they declare: an upload served back is not run as script.
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // Console URLs hold resource ids and project ids: none of it goes to other sites.
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    match &sec.frame_options {
        Some(v) => {
            h.insert(header::X_FRAME_OPTIONS, v.clone());
        }
        None => {
            h.remove(header::X_FRAME_OPTIONS);
        }
    }
    res
}
