//! IAM token sign-in (password authentication, project scope), without I/O.
//!
//! Section 3.2 of the ServiceStage reference (认证鉴权) says that its APIs take a
//! project-scoped IAM token in `X-Auth-Token`, obtained with `POST /v3/auth/tokens` and a
//! body naming the user, the password, the user's domain (account) and the project. The token
//! comes back in the `X-Subject-Token` response header; the body tells when it expires
//! (24 hours after issue) and which project and user it belongs to.
//!
//! ```
//! use opsdeck_api::iam::{self, ProjectScope};
//!
//! let endpoint = iam::default_endpoint("cn-north-4");
//! let req = iam::token_request(&endpoint, "alice", "s3cret", "acme", ProjectScope::Name("cn-north-4".into()));
//! assert_eq!(req.url, "https://iam.cn-north-4.myhuaweicloud.com/v3/auth/tokens");
//! // Previews never show the password.
//! assert!(!iam::preview_http(&req).contains("s3cret"));
//! ```

use serde_json::{json, Value};

use crate::error::ApiError;
use crate::request::{Credentials, HttpRequest, JSON_CONTENT_TYPE};
use crate::sign;

/// The path of the token API, relative to the IAM endpoint.
pub const TOKEN_PATH: &str = "/v3/auth/tokens";

/// The response header that carries the token.
pub const SUBJECT_TOKEN_HEADER: &str = "X-Subject-Token";

/// What a masked secret is shown as.
pub const MASK: &str = "****";

/// The regional IAM endpoint, as Huawei names its hosts.
pub fn default_endpoint(region: &str) -> String {
    format!("https://iam.{region}.myhuaweicloud.com")
}

/// The project the token is scoped to (`auth.scope.project`): by name (the region name for a
/// region's default project, e.g. `cn-north-4`) or by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProjectScope {
    Name(String),
    Id(String),
}

impl ProjectScope {
    fn to_json(&self) -> Value {
        match self {
            ProjectScope::Name(name) => json!({ "name": name }),
            ProjectScope::Id(id) => json!({ "id": id }),
        }
    }
}

/// Builds `POST {endpoint}/v3/auth/tokens` with the documented password-authentication body.
///
/// The returned request carries the password in its body: show it with [`preview_http`] or
/// [`preview_curl`] (or [`masked`]), which replace the password with `****`.
pub fn token_request(endpoint: &str, user: &str, password: &str, domain: &str, project: ProjectScope) -> HttpRequest {
    let body = json!({
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {
                    "user": {
                        "name": user,
                        "password": password,
                        "domain": { "name": domain }
                    }
                }
            },
            "scope": { "project": project.to_json() }
        }
    });
    HttpRequest {
        method: "POST",
        url: format!("{}{TOKEN_PATH}", endpoint.trim_end_matches('/')),
        headers: vec![("Content-Type".into(), JSON_CONTENT_TYPE.into())],
        body: Some(serde_json::to_vec(&body).expect("a JSON value always encodes")),
        op: "",
    }
}

/// Replaces `auth.identity.password.user.password` in a token request body with `****`.
/// A body that is not such JSON comes back unchanged.
pub fn mask_password_body(body: &[u8]) -> Vec<u8> {
    let Ok(mut value) = serde_json::from_slice::<Value>(body) else {
        return body.to_vec();
    };
    let slot = value.pointer_mut("/auth/identity/password/user/password");
    match slot {
        Some(p) => {
            *p = Value::String(MASK.into());
            serde_json::to_vec(&value).unwrap_or_else(|_| body.to_vec())
        }
        None => body.to_vec(),
    }
}

/// A copy of the request whose body shows `****` instead of the password; header
/// credentials are masked by the request's own renderers.
pub fn masked(req: &HttpRequest) -> HttpRequest {
    HttpRequest { body: req.body.as_deref().map(mask_password_body), ..req.clone() }
}

/// The request as HTTP text, password and credentials masked.
pub fn preview_http(req: &HttpRequest) -> String {
    masked(req).to_http_text()
}

/// The request as a curl command, password and credentials masked.
pub fn preview_curl(req: &HttpRequest, origin: &str) -> String {
    masked(req).to_curl(origin)
}

/// A token IAM issued, with what the answer said about it.
#[derive(Clone, PartialEq, Eq)]
pub struct IamToken {
    /// The `X-Subject-Token` value: send it as `X-Auth-Token`.
    pub token: String,
    /// `token.expires_at` as IAM wrote it (ISO 8601, UTC).
    pub expires_at: String,
    /// The same instant in Unix seconds.
    pub expires_at_unix: u64,
    /// `token.project.id`: the project id the ServiceStage paths take.
    pub project_id: Option<String>,
    /// `token.project.name`.
    pub project_name: Option<String>,
    /// `token.user.name`.
    pub user_name: Option<String>,
    /// `token.user.domain.name`: the account name.
    pub domain_name: Option<String>,
}

impl std::fmt::Debug for IamToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IamToken")
            .field("token", &MASK)
            .field("expires_at", &self.expires_at)
            .field("expires_at_unix", &self.expires_at_unix)
            .field("project_id", &self.project_id)
            .field("project_name", &self.project_name)
            .field("user_name", &self.user_name)
            .field("domain_name", &self.domain_name)
            .finish()
    }
}

impl IamToken {
    /// Seconds left at `now` (Unix seconds); 0 once expired.
    pub fn remaining(&self, now: u64) -> u64 {
        self.expires_at_unix.saturating_sub(now)
    }

    /// Whether the token is expired at `now`, or will be within `margin` seconds. The
    /// documents advise renewing a token before it runs out in the middle of a call.
    pub fn expires_within(&self, now: u64, margin: u64) -> bool {
        self.remaining(now) <= margin
    }

    /// The credentials to build requests with.
    pub fn credentials(&self) -> Credentials {
        Credentials::Token(self.token.clone())
    }
}

/// Reads the answer to a [`token_request`]: the token from `X-Subject-Token`, the rest from
/// the body. An error status decodes into the documented error shapes; a success that lacks
/// the header or a readable `token.expires_at` is an undecodable answer.
pub fn parse_token_response(status: u16, headers: &[(String, String)], body: &[u8]) -> Result<IamToken, ApiError> {
    if !(200..300).contains(&status) {
        return Err(ApiError::from_response(status, headers, body));
    }
    let fail = |why: &str| ApiError::undecodable(status, headers, body, why.to_string());
    let token = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(SUBJECT_TOKEN_HEADER))
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .ok_or_else(|| fail("the X-Subject-Token header is missing"))?;
    let json: Value = serde_json::from_slice(body).map_err(|e| fail(&format!("the body is not JSON ({e})")))?;
    let t = json.get("token").ok_or_else(|| fail("the body has no `token` object"))?;
    let text = |pointer: &str| t.pointer(pointer).and_then(Value::as_str).map(str::to_string);
    let expires_at = text("/expires_at").ok_or_else(|| fail("`token.expires_at` is missing"))?;
    let expires_at_unix = parse_iso8601(&expires_at)
        .ok_or_else(|| fail(&format!("`token.expires_at` is not an ISO 8601 time: {expires_at}")))?;
    Ok(IamToken {
        token,
        expires_at,
        expires_at_unix,
        project_id: text("/project/id"),
        project_name: text("/project/name"),
        user_name: text("/user/name"),
        domain_name: text("/user/domain/name"),
    })
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days-from-civil).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn digits(s: &str, len: usize) -> Option<u32> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// Parses an ISO 8601 / RFC 3339 date-time into Unix seconds: `2026-11-24T13:12:53.000000Z`,
/// `2026-11-24T13:12:53Z`, `2026-11-24 13:12:53+08:00`, `2026-11-24T13:12:53` (taken as UTC,
/// as IAM writes UTC). Fractions of a second are dropped. `None` for anything else, or for a
/// time before 1970.
pub fn parse_iso8601(s: &str) -> Option<u64> {
    let s = s.trim();
    if s.len() < 19 || !s.as_bytes()[..19].is_ascii() {
        return None;
    }
    let (date, rest) = s.split_at(10);
    let mut parts = date.split('-');
    let year = digits(parts.next()?, 4)? as i64;
    let month = digits(parts.next()?, 2)?;
    let day = digits(parts.next()?, 2)?;
    if parts.next().is_some() || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    let rest = rest.strip_prefix('T').or_else(|| rest.strip_prefix('t')).or_else(|| rest.strip_prefix(' '))?;
    let (time, mut zone) = rest.split_at(8);
    let mut hms = time.split(':');
    let hour = digits(hms.next()?, 2)?;
    let minute = digits(hms.next()?, 2)?;
    let second = digits(hms.next()?, 2)?;
    if hms.next().is_some() || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    if let Some(frac) = zone.strip_prefix('.').or_else(|| zone.strip_prefix(',')) {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        zone = &frac[n..];
    }
    let offset: i64 = match zone {
        "" | "Z" | "z" => 0,
        _ => {
            let sign = match zone.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let z = &zone[1..];
            let (h, m) = match z.len() {
                5 if z.as_bytes()[2] == b':' => (digits(z.get(..2)?, 2)?, digits(z.get(3..)?, 2)?),
                4 => (digits(z.get(..2)?, 2)?, digits(z.get(2..)?, 2)?),
                2 => (digits(z, 2)?, 0),
                _ => return None,
            };
            if h > 23 || m > 59 {
                return None;
            }
            sign * (h as i64 * 3600 + m as i64 * 60)
        }
    };
    let secs = days_from_civil(year, month, day) * 86_400
        + hour as i64 * 3600
        + minute as i64 * 60
        + second as i64
        - offset;
    u64::try_from(secs).ok()
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// Unix seconds as IAM writes times: `2026-11-24T13:12:53.000000Z`.
pub fn format_iso8601(unix_seconds: u64) -> String {
    // `sdk_date` gives `YYYYMMDDTHHMMSSZ`; put the separators in.
    let d = sign::sdk_date(unix_seconds);
    format!("{}-{}-{}T{}:{}:{}.000000Z", &d[0..4], &d[4..6], &d[6..8], &d[9..11], &d[11..13], &d[13..15])
}
