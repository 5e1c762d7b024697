//! Building requests from declarations (no I/O) and rendering them for previews.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::BuildError;
use crate::operation::{Operation, OperationDecl};
use crate::schema::Location;
use crate::sign;

/// The default media type the documents give for every request.
pub const JSON_CONTENT_TYPE: &str = "application/json;charset=utf8";

/// How a request proves who sends it.
#[derive(Clone, PartialEq, Eq, Default)]
pub enum Credentials {
    #[default]
    None,
    /// An IAM token, sent as `X-Auth-Token`.
    Token(String),
    /// An access key pair; `security_token` for temporary credentials (`X-Security-Token`).
    AkSk { ak: String, sk: String, security_token: Option<String> },
    /// ServiceComb engine token (security-enabled engines), sent as `Authorization: Bearer`.
    ServiceCombToken(String),
    /// Rainbond's OpenAPI key, sent as the `Authorization` header value.
    RainbondKey(String),
}

// Hand-written so that no `{:?}` anywhere can print a secret.
impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::None => f.write_str("None"),
            Credentials::Token(_) => f.write_str("Token(****)"),
            Credentials::AkSk { ak, security_token, .. } => write!(
                f,
                "AkSk {{ ak: {ak}, sk: ****, security_token: {} }}",
                if security_token.is_some() { "****" } else { "none" }
            ),
            Credentials::ServiceCombToken(_) => f.write_str("ServiceCombToken(****)"),
            Credentials::RainbondKey(_) => f.write_str("RainbondKey(****)"),
        }
    }
}

/// Where and as whom a request is sent.
#[derive(Debug, Clone, Default)]
pub struct Target {
    /// Absolute (`https://servicestage.cn-north-4.myhuaweicloud.com`) or, behind the sandbox's
    /// same-origin proxy or the sandbox itself, relative (`/api/servicestage`, or empty).
    pub endpoint: String,
    pub credentials: Credentials,
    /// Sent as `X-Project-Id` with AK/SK signing (project-scoped services).
    pub project_id: Option<String>,
    /// Sent as `X-Domain-Id` with AK/SK signing (global services).
    pub domain_id: Option<String>,
    /// Unix seconds, for `X-Sdk-Date` when signing. The builder never reads a clock.
    pub now: u64,
    /// What signs AK/SK requests; `None`: [`sign::sign`] in builds with the `signing`
    /// feature (the default). The console leaves the feature off and passes the signer once
    /// it has loaded it, so readers with a token never download SHA-256 and HMAC.
    pub signer: Option<sign::SignFn>,
}

/// The signer of `target`: its own, else the built-in one where the build has it.
fn signer_of(target: &Target) -> Option<sign::SignFn> {
    #[cfg(feature = "signing")]
    let built_in: Option<sign::SignFn> = Some(sign::sign);
    #[cfg(not(feature = "signing"))]
    let built_in: Option<sign::SignFn> = None;
    target.signer.or(built_in)
}

/// A request ready to hand to any HTTP client.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpRequest {
    pub method: &'static str,
    /// Endpoint + path + canonical query string.
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
    /// The id of the declared operation the request was built from (empty for others): its
    /// body members marked `secret` whose names alone do not say so (the Git OAuth `code` and
    /// `state`) are masked by previews and `{:?}` besides the members named like secrets. Read
    /// only when a preview is written, so sending needs no body schema.
    pub op: &'static str,
}

impl std::fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_http_text())
    }
}

fn scalar_to_string(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) if s.is_empty() => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        other => Some(other.to_string()),
    }
}

/// Splits `https://host:port/base` into (`host:port`, `/base`); `None` for a relative endpoint.
pub fn split_endpoint(endpoint: &str) -> Option<(&str, &str)> {
    let rest = endpoint
        .strip_prefix("https://")
        .or_else(|| endpoint.strip_prefix("http://"))?;
    match rest.find('/') {
        Some(i) => Some((&rest[..i], &rest[i..])),
        None => Some((rest, "")),
    }
}

/// Builds a request from a declaration, its parameters (path, query and header values by
/// name) and an optional JSON body.
pub fn build(
    decl: &OperationDecl,
    params: &Map<String, Value>,
    body: Option<&Value>,
    target: &Target,
) -> Result<HttpRequest, BuildError> {
    let content_type = decl.content_type.unwrap_or(JSON_CONTENT_TYPE);
    if content_type.starts_with("multipart/form-data") {
        // Uploads: the form's members become parts, files (data URLs) binary ones.
        let empty = Map::new();
        let members = body.and_then(Value::as_object).unwrap_or(&empty);
        let (bytes, content_type) = crate::multipart::encode(members);
        return build_raw(decl, params, Some(bytes), &content_type, target);
    }
    let body_bytes = match body {
        Some(v) if decl.has_body => Some(serde_json::to_vec(v).map_err(|e| BuildError::Body(e.to_string()))?),
        _ => None,
    };
    build_raw(decl, params, body_bytes, content_type, target)
}

/// Like [`build`] with a body that is already bytes (multipart uploads).
pub fn build_raw(
    decl: &OperationDecl,
    params: &Map<String, Value>,
    body: Option<Vec<u8>>,
    content_type: &str,
    target: &Target,
) -> Result<HttpRequest, BuildError> {
    let schema = decl.params_schema();

    // Path: substitute every {name}, percent-encoding the value as one segment. A parameter
    // whose `/` the service wants written otherwise (`slash_as`, the Git `project` and `path`)
    // is rewritten first, here and nowhere else, so the value is encoded exactly once.
    let mut path = String::with_capacity(decl.path.len() + 32);
    let mut rest = decl.path;
    while let Some(start) = rest.find('{') {
        let end = rest[start..].find('}').map(|e| start + e).ok_or(BuildError::Template(decl.path))?;
        path.push_str(&rest[..start]);
        let name = &rest[start + 1..end];
        let value = params
            .get(name)
            .and_then(scalar_to_string)
            .ok_or_else(|| BuildError::MissingParam(name.to_string()))?;
        let value = match schema.field(name).and_then(|f| f.rules.slash_as) {
            Some(sep) => crate::url::rewrite_slashes(&value, sep),
            None => value,
        };
        path.push_str(&sign::encode(&value));
        rest = &rest[end + 1..];
    }
    path.push_str(rest);

    // Query: every declared query parameter that has a value; lists repeat the key.
    let mut query: Vec<(String, String)> = Vec::new();
    for field in schema.in_location(Location::Query) {
        match params.get(field.name) {
            Some(Value::Array(items)) => {
                for item in items {
                    if let Some(s) = scalar_to_string(item) {
                        query.push((field.name.to_string(), s));
                    }
                }
            }
            Some(v) => {
                if let Some(s) = scalar_to_string(v) {
                    query.push((field.name.to_string(), s));
                }
            }
            None => {}
        }
        if field.required && !query.iter().any(|(k, _)| k == field.name) {
            return Err(BuildError::MissingParam(field.name.to_string()));
        }
    }
    let query_string = sign::canonical_query(&query);

    let mut headers: Vec<(String, String)> = vec![("Content-Type".into(), content_type.into())];
    for field in schema.in_location(Location::Header) {
        if let Some(v) = params.get(field.name).and_then(scalar_to_string) {
            headers.push((field.name.to_string(), v));
        } else if field.required {
            return Err(BuildError::MissingParam(field.name.to_string()));
        }
    }

    let endpoint = target.endpoint.trim_end_matches('/');
    let mut url = format!("{endpoint}{path}");
    if !query_string.is_empty() {
        url.push('?');
        url.push_str(&query_string);
    }

    match &target.credentials {
        Credentials::None => {}
        Credentials::Token(token) => headers.push(("X-Auth-Token".into(), token.clone())),
        // A declared `Authorization` parameter (the engine token typed in the form) wins.
        Credentials::ServiceCombToken(token) => {
            if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("authorization")) {
                headers.push(("Authorization".into(), format!("Bearer {token}")))
            }
        }
        Credentials::RainbondKey(key) => headers.push(("Authorization".into(), key.clone())),
        Credentials::AkSk { ak, sk, security_token } => {
            let (host, base) = split_endpoint(endpoint).ok_or(BuildError::SigningNeedsAbsoluteEndpoint)?;
            if let Some(project) = &target.project_id {
                headers.push(("X-Project-Id".into(), project.clone()));
            }
            if let Some(domain) = &target.domain_id {
                headers.push(("X-Domain-Id".into(), domain.clone()));
            }
            if let Some(st) = security_token {
                headers.push(("X-Security-Token".into(), st.clone()));
            }
            let sign = signer_of(target).ok_or(BuildError::SignerUnavailable)?;
            headers.push(("X-Sdk-Date".into(), sign::sdk_date(target.now)));
            let full_path = format!("{base}{path}");
            sign(
                ak,
                sk,
                decl.method.as_str(),
                host,
                &full_path,
                &query,
                &mut headers,
                body.as_deref().unwrap_or_default(),
            );
        }
    }

    // A line break would end the header (and start another one an attacker chose); no HTTP
    // client sends NUL. Tokens and header parameters are pasted by users: refuse them here.
    if let Some((name, _)) = headers.iter().find(|(_, v)| v.contains(['\r', '\n', '\0'])) {
        return Err(BuildError::HeaderValue(name.clone()));
    }
    Ok(HttpRequest { method: decl.method.as_str(), url, headers, body, op: decl.id })
}

/// The names of the body members the operation `op` marks secret, at any depth.
fn secret_members(op: &str) -> Vec<&'static str> {
    fn walk(ty: &'static crate::schema::Type, depth: u32, out: &mut Vec<&'static str>) {
        use crate::schema::Type;
        match ty {
            Type::Object(o) if depth < 16 => {
                for f in o.fields {
                    if f.rules.secret && !out.contains(&f.name) {
                        out.push(f.name);
                    }
                    walk(f.ty, depth + 1, out);
                }
            }
            Type::Array(t) | Type::Map(t) => walk(t, depth + 1, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Some(body) = crate::catalog::body_of(op) {
        walk(body, 0, &mut out);
    }
    out
}

/// Typed front door: parameters and body as the operation's Rust types.
pub fn build_typed<O: Operation>(
    params: &O::Params,
    body: Option<&O::Body>,
    target: &Target,
) -> Result<HttpRequest, BuildError> {
    let params = match serde_json::to_value(params).map_err(|e| BuildError::Body(e.to_string()))? {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    let body = body.map(to_value).transpose()?;
    build(O::DECL, &params, body.as_ref(), target)
}

fn to_value<T: Serialize>(v: &T) -> Result<Value, BuildError> {
    serde_json::to_value(v).map_err(|e| BuildError::Body(e.to_string()))
}

/// Header names whose values are credentials.
fn is_secret_header(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n == "x-auth-token" || n == "x-security-token" || n == "authorization" || n == "x-subject-token"
}

/// A credential header's value as it may be shown: the algorithm and access key of a
/// signature stay readable, everything secret becomes `****`.
pub fn mask_header(name: &str, value: &str) -> String {
    if !is_secret_header(name) {
        return value.to_string();
    }
    if let Some(rest) = value.strip_prefix(sign::ALGORITHM) {
        // Keep "Access=…, SignedHeaders=…", hide the signature.
        let kept: Vec<&str> = rest.split(',').map(str::trim).filter(|p| !p.starts_with("Signature=")).collect();
        return format!("{} {}, Signature=****", sign::ALGORITHM, kept.join(", ").trim());
    }
    if value.starts_with("Bearer ") {
        return "Bearer ****".into();
    }
    "****".into()
}

/// Whether a JSON member holds a secret (passwords, secret keys, tokens, access keys).
fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    ["password", "secret", "token", "access_key", "credential"].iter().any(|s| k.contains(s))
}

fn mask_json(v: &mut Value, declared: &[&str]) {
    match v {
        Value::Object(map) => {
            for (k, val) in map.iter_mut() {
                let secret = is_secret_key(k) || declared.contains(&k.as_str());
                if secret && (val.is_string() || val.is_number()) {
                    *val = Value::String("****".into());
                } else {
                    mask_json(val, declared);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| mask_json(i, declared)),
        _ => {}
    }
}

/// A body as it may be shown: secret members of a JSON body become `****`; binary bodies
/// (uploads) are summarized rather than dumped.
pub fn masked_body(bytes: &[u8]) -> String {
    masked_body_with(bytes, &[])
}

/// [`masked_body`], also masking the members named in `declared` (a declaration's secrets).
pub fn masked_body_with(bytes: &[u8], declared: &[&str]) -> String {
    match serde_json::from_slice::<Value>(bytes) {
        Ok(mut v) => {
            mask_json(&mut v, declared);
            serde_json::to_string(&v).unwrap_or_default()
        }
        Err(_) => match std::str::from_utf8(bytes) {
            Ok(text) if text.len() <= 4096 => text.to_string(),
            _ => format!("<{} bytes>", bytes.len()),
        },
    }
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

impl HttpRequest {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    pub fn body_text(&self) -> Option<String> {
        self.body.as_ref().map(|b| String::from_utf8_lossy(b).into_owned())
    }

    /// The path and query part of the URL.
    pub fn path_and_query(&self) -> &str {
        match split_endpoint(&self.url) {
            Some((host, _)) => {
                let prefix = if self.url.starts_with("https://") { 8 } else { 7 };
                &self.url[prefix + host.len()..]
            }
            None => &self.url,
        }
    }

    /// The body for previews, secret members masked.
    fn shown_body(&self) -> Option<String> {
        self.body.as_deref().map(|b| masked_body_with(b, &secret_members(self.op)))
    }

    /// The request as HTTP/1.1 text, credentials masked.
    pub fn to_http_text(&self) -> String {
        let mut s = format!("{} {} HTTP/1.1\n", self.method, self.path_and_query());
        if let Some((host, _)) = split_endpoint(&self.url) {
            if self.header("host").is_none() {
                s.push_str(&format!("Host: {host}\n"));
            }
        }
        for (k, v) in &self.headers {
            s.push_str(&format!("{k}: {}\n", mask_header(k, v)));
        }
        if let Some(body) = self.shown_body() {
            s.push('\n');
            s.push_str(&pretty_json(&body));
        }
        s
    }

    /// A curl command that sends this request, credentials masked (paste the real value in).
    /// `origin` makes a relative URL absolute (the console passes `location.origin`).
    pub fn to_curl(&self, origin: &str) -> String {
        let url = if self.url.starts_with("http") { self.url.clone() } else { format!("{origin}{}", self.url) };
        let mut parts = vec![format!("curl -X {} {}", self.method, shell_quote(&url))];
        for (k, v) in &self.headers {
            if k.eq_ignore_ascii_case("host") {
                continue; // curl derives it from the URL
            }
            parts.push(format!("-H {}", shell_quote(&format!("{k}: {}", mask_header(k, v)))));
        }
        if let Some(body) = self.shown_body() {
            parts.push(format!("--data-raw {}", shell_quote(&body)));
        }
        parts.join(" \\\n  ")
    }
}

/// Pretty-prints JSON text; anything else is returned as it is.
pub fn pretty_json(text: &str) -> String {
    serde_json::from_str::<Value>(text)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_else(|| text.to_string())
}
