//! The emulated IAM token API: `POST /v3/auth/tokens` (password authentication, project
//! scope, as section 3.2 of the ServiceStage reference shows) and `GET /v3/auth/tokens`
//! (checking a token).
//!
//! **Demo sign-in:** user `demo`, password `Sandbox-123`, account (domain) `demo-domain`.
//! These are the only credentials the sandbox accepts; they protect nothing, they let the
//! console's sign-in flow run end to end. Scoping to a project by name (`cn-north-4`, or any
//! name) yields the sandbox's demo project id; scoping by id yields a token for that id.
//!
//! The token comes back in `X-Subject-Token` and lives 24 hours, as IAM's do, or
//! [`AppConfig::token_lifetime_secs`] when set. The emulated services accept these tokens while
//! they are valid, and the demo token; `GET /v3/auth/tokens` tells whether a token this sandbox
//! issued is still valid.
//!
//! Answers: 201 with the token; 400 `{"error_msg": "Request body is invalid.", "error_code":
//! "IAM.0011"}` for a body that is not the documented shape; 401 `{"error_msg": "The username
//! or password is wrong.", "error_code": "IAM.01001"}` for wrong credentials. (The 400 shape
//! and code are the ones Huawei's documents show; the 401 code is the sandbox's choice.)

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use opsdeck_api::iam::{format_iso8601, SUBJECT_TOKEN_HEADER};
use serde_json::{json, Value};

use crate::AppConfig;

pub const DEMO_USER: &str = "demo";
pub const DEMO_PASSWORD: &str = "Sandbox-123";
pub const DEMO_DOMAIN: &str = "demo-domain";
pub const DEMO_USER_ID: &str = "5d6a4ab35c4e4c0ab4f3c1d2e8b7a601";
pub const DEMO_DOMAIN_ID: &str = "9f3e1c0b7a2d4e5f8a6b1c2d3e4f5a60";
/// The project name a token gets when the request scopes by id.
pub const DEFAULT_PROJECT_NAME: &str = "cn-north-4";
/// IAM's token lifetime.
pub const DEFAULT_LIFETIME_SECS: u64 = 24 * 3600;
/// At most this many live tokens are remembered; the oldest go first.
const MAX_TOKENS: usize = 10_000;

/// The tokens this sandbox issued, with their expiry and the body describing them.
#[derive(Clone, Default)]
pub struct Tokens {
    inner: Arc<Mutex<HashMap<String, Issued>>>,
}

struct Issued {
    expires_at: u64,
    body: Value,
}

impl Tokens {
    pub fn new() -> Tokens {
        Tokens::default()
    }

    fn remember(&self, token: String, issued: Issued, now: u64) {
        let mut map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, t| t.expires_at > now);
        while map.len() >= MAX_TOKENS {
            let Some(oldest) = map.iter().min_by_key(|(_, t)| t.expires_at).map(|(k, _)| k.clone()) else {
                break;
            };
            map.remove(&oldest);
        }
        map.insert(token, issued);
    }

    /// Whether `token` was issued here and has not expired (the emulated services' check).
    pub fn is_valid(&self, token: &str) -> bool {
        self.lookup(token, now_unix()).is_some()
    }

    /// The token's description while it is valid at `now`.
    fn lookup(&self, token: &str, now: u64) -> Option<Value> {
        let map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        map.get(token).filter(|t| t.expires_at > now).map(|t| t.body.clone())
    }
}

fn now_unix() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

fn json_response(status: StatusCode, body: &Value) -> Response {
    let mut res = Response::new(Body::from(serde_json::to_vec(body).unwrap_or_default()));
    *res.status_mut() = status;
    let headers = res.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json;charset=utf8"));
    let request_id = uuid::Uuid::new_v4().simple().to_string();
    headers.insert("x-request-id", HeaderValue::from_str(&request_id).expect("hex is a valid header value"));
    res
}

fn invalid_body() -> Response {
    json_response(StatusCode::BAD_REQUEST, &json!({"error_msg": "Request body is invalid.", "error_code": "IAM.0011"}))
}

fn wrong_credentials() -> Response {
    json_response(
        StatusCode::UNAUTHORIZED,
        &json!({"error_msg": "The username or password is wrong.", "error_code": "IAM.01001"}),
    )
}

/// What a token request asks for, once its shape is checked.
struct SignIn<'a> {
    user: &'a str,
    password: &'a str,
    domain: &'a str,
    project: Project<'a>,
}

enum Project<'a> {
    Name(&'a str),
    Id(&'a str),
}

fn nonempty<'a>(v: &'a Value, pointer: &str) -> Option<&'a str> {
    v.pointer(pointer).and_then(Value::as_str).filter(|s| !s.is_empty())
}

fn read_sign_in(body: &Value) -> Option<SignIn<'_>> {
    let methods = body.pointer("/auth/identity/methods")?.as_array()?;
    if !methods.iter().any(|m| m == "password") {
        return None;
    }
    let project = body.pointer("/auth/scope/project")?;
    let project = match (nonempty(project, "/name"), nonempty(project, "/id")) {
        (_, Some(id)) => Project::Id(id),
        (Some(name), None) => Project::Name(name),
        (None, None) => return None,
    };
    Some(SignIn {
        user: nonempty(body, "/auth/identity/password/user/name")?,
        // An empty password is a wrong one, not a malformed body.
        password: body.pointer("/auth/identity/password/user/password")?.as_str()?,
        domain: nonempty(body, "/auth/identity/password/user/domain/name")?,
        project,
    })
}

/// `POST /v3/auth/tokens`.
pub fn issue(config: &AppConfig, tokens: &Tokens, body: &[u8]) -> Response {
    let Ok(json) = serde_json::from_slice::<Value>(body) else {
        return invalid_body();
    };
    let Some(req) = read_sign_in(&json) else {
        return invalid_body();
    };
    // Compare all three before answering, so a wrong user and a wrong password look alike.
    let ok = (req.user == DEMO_USER) & (req.password == DEMO_PASSWORD) & (req.domain == DEMO_DOMAIN);
    if !ok {
        // Neither user nor domain is logged: people type their password into the wrong field.
        tracing::info!("sandbox IAM: sign-in refused");
        return wrong_credentials();
    }
    let (project_id, project_name) = match req.project {
        Project::Name(name) => (config.demo_project_id.as_str(), name),
        Project::Id(id) => (id, DEFAULT_PROJECT_NAME),
    };
    let now = now_unix();
    let lifetime = config.token_lifetime_secs.unwrap_or(DEFAULT_LIFETIME_SECS);
    let expires_at = now + lifetime;
    let domain = json!({"id": DEMO_DOMAIN_ID, "name": DEMO_DOMAIN});
    let description = json!({"token": {
        "expires_at": format_iso8601(expires_at),
        "issued_at": format_iso8601(now),
        "methods": ["password"],
        "project": {"id": project_id, "name": project_name, "domain": domain},
        "user": {"id": DEMO_USER_ID, "name": DEMO_USER, "domain": domain, "password_expires_at": ""},
        "roles": [{"id": "0", "name": "te_admin"}],
        "catalog": []
    }});
    let token = format!(
        "MIIsandbox{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    tokens.remember(token.clone(), Issued { expires_at, body: description.clone() }, now);
    let mut res = json_response(StatusCode::CREATED, &description);
    res.headers_mut().insert(
        SUBJECT_TOKEN_HEADER,
        HeaderValue::from_str(&token).expect("the token is alphanumeric"),
    );
    res
}

/// `GET /v3/auth/tokens`: with the token to check in `X-Subject-Token` (and the caller's in
/// `X-Auth-Token`, which IAM requires), 200 and its description while it is valid, 404 once it
/// has expired or was never issued here.
pub fn verify(tokens: &Tokens, headers: &HeaderMap) -> Response {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim).filter(|v| !v.is_empty());
    if header("x-auth-token").is_none() {
        return json_response(
            StatusCode::UNAUTHORIZED,
            &json!({"error_msg": "The request you have made requires authentication.", "error_code": "IAM.0001"}),
        );
    }
    let Some(subject) = header(SUBJECT_TOKEN_HEADER) else {
        return invalid_body_header();
    };
    match tokens.lookup(subject, now_unix()) {
        Some(description) => {
            let mut res = json_response(StatusCode::OK, &description);
            if let Ok(v) = HeaderValue::from_str(subject) {
                res.headers_mut().insert(SUBJECT_TOKEN_HEADER, v);
            }
            res
        }
        None => json_response(
            StatusCode::NOT_FOUND,
            &json!({"error_msg": "The token is invalid or has expired.", "error_code": "IAM.0012"}),
        ),
    }
}

fn invalid_body_header() -> Response {
    json_response(
        StatusCode::BAD_REQUEST,
        &json!({"error_msg": "The X-Subject-Token header is missing.", "error_code": "IAM.0011"}),
    )
}
