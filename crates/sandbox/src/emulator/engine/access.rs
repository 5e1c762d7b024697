//! Credentials, checked as Huawei Cloud's API gateway checks them before any service sees a
//! request: an IAM token must be one the sandbox knows (its demo token or one its emulated IAM
//! issued and that has not expired), and an `SDK-HMAC-SHA256` signature must verify against
//! the secret key of a known access key, recomputed from the request as received (the
//! project's signing specification, SIGNING.md, with `opsdeck_api::sign`'s own
//! canonical-request code, so the sandbox and the console's signer cannot disagree about the
//! algorithm). A service that takes
//! a plain `Authorization` key (Rainbond) must be sent one of the configured keys.
//!
//! What the gateway answers when a check fails is the caller's business ([`super::handle`]);
//! here a refusal is the reason, worded after the gateway's messages.

use std::sync::Arc;

use axum::http::{HeaderMap, Method, Uri};
use opsdeck_api::{sign, url};

use super::registry::Credentials;

/// How far `X-Sdk-Date` may be from the sandbox's clock, either way: the gateway's 15 minutes.
pub const MAX_CLOCK_SKEW_SECS: i64 = 15 * 60;

/// The token the emulated engines' 7.2.1 hands out (user `root`, password `Sandbox-123`) and
/// accept as `Authorization: Bearer`.
pub const SANDBOX_ENGINE_TOKEN: &str = "sandbox-engine-token";

/// Tells whether a token was issued (and is still valid): the emulated IAM's memory.
pub type TokenCheck = Arc<dyn Fn(&str) -> bool + Send + Sync>;

/// The credentials the sandbox accepts.
#[derive(Clone, Default)]
pub struct Access {
    /// Tokens accepted whatever IAM says (the demo token of `config.json`).
    pub tokens: Vec<String>,
    /// The emulated IAM's tokens; `None` knows no issued token.
    pub issued: Option<TokenCheck>,
    /// Access key → secret key.
    pub keys: Vec<(String, String)>,
    /// The values accepted as a plain `Authorization` key (Rainbond's).
    pub authorization_keys: Vec<String>,
}

impl std::fmt::Debug for Access {
    // Secrets stay out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let aks: Vec<&str> = self.keys.iter().map(|(ak, _)| ak.as_str()).collect();
        write!(f, "Access {{ tokens: {}, issued: {}, access keys: {aks:?} }}", self.tokens.len(), self.issued.is_some())
    }
}

/// What one request carries, as received.
pub struct Received<'a> {
    pub method: &'a Method,
    pub uri: &'a Uri,
    pub headers: &'a HeaderMap,
    pub body: &'a [u8],
    /// The sandbox's time, Unix seconds.
    pub now: i64,
}

impl Access {
    /// `Ok` when the request carries credentials that `credentials` asks for and that are
    /// valid; else why not.
    pub fn check(&self, credentials: Credentials, req: &Received) -> Result<(), String> {
        let header = |name: &str| req.headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim).filter(|v| !v.is_empty());
        match credentials {
            Credentials::AuthorizationKey => match header("authorization") {
                None => Err("Authorization key missing".into()),
                Some(key) if self.authorization_keys.iter().any(|k| equal(k.as_bytes(), key.as_bytes())) => Ok(()),
                Some(_) => Err("Authorization key invalid".into()),
            },
            Credentials::EngineToken if header("authorization").is_some_and(|a| a.starts_with("Bearer ")) => {
                let token = header("authorization").unwrap_or_default().trim_start_matches("Bearer ").trim();
                if equal(token.as_bytes(), SANDBOX_ENGINE_TOKEN.as_bytes()) {
                    Ok(())
                } else {
                    Err("the engine token is invalid or has expired".into())
                }
            }
            Credentials::Iam | Credentials::EngineToken => {
                if let Some(auth) = header("authorization").filter(|a| a.starts_with(sign::ALGORITHM)) {
                    return self.check_signature(auth, req);
                }
                match header("x-auth-token") {
                    None => Err("the X-Auth-Token header is missing".into()),
                    Some(token) => {
                        let known = self.tokens.iter().any(|t| equal(t.as_bytes(), token.as_bytes()))
                            || self.issued.as_ref().is_some_and(|issued| issued(token));
                        if known {
                            Ok(())
                        } else {
                            Err("the token is invalid or has expired".into())
                        }
                    }
                }
            }
        }
    }

    /// Recomputes the signature of the request as received and compares it.
    fn check_signature(&self, authorization: &str, req: &Received) -> Result<(), String> {
        let fields = parse_authorization(authorization).ok_or("the Authorization header is malformed")?;
        let sk = self
            .keys
            .iter()
            .find(|(ak, _)| ak == fields.access)
            .map(|(_, sk)| sk.as_str())
            .ok_or("the access key does not exist")?;

        let date = req.headers.get("x-sdk-date").and_then(|v| v.to_str().ok()).map(str::trim).unwrap_or_default();
        let signed_at = parse_sdk_date(date).ok_or("the X-Sdk-Date header is missing or malformed")?;
        if (req.now - signed_at).abs() > MAX_CLOCK_SKEW_SECS {
            return Err("the request has expired: X-Sdk-Date is more than 15 minutes from the server's time".into());
        }

        // Exactly the headers the caller says it signed, with the values received.
        let mut signed: Vec<(String, String)> = Vec::new();
        for name in fields.signed_headers.split(';') {
            let value = req
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .ok_or_else(|| format!("the signed header {name} is missing"))?;
            signed.push((name.to_string(), value.to_string()));
        }
        // The host as received is what the caller signed (the sandbox may be reached through
        // any name); `sign` only uses this when `host` was not among the signed headers, and
        // then the recomputed header list differs from the caller's and the signature fails.
        let host = req.headers.get("host").and_then(|v| v.to_str().ok()).or(req.uri.host()).unwrap_or_default();
        let query = url::parse_query(req.uri.query().unwrap_or(""));
        let expected = sign::sign(fields.access, sk, req.method.as_str(), host, req.uri.path(), &query, &mut signed, req.body);
        if expected.signed_headers == fields.signed_headers && equal(expected.signature.as_bytes(), fields.signature.as_bytes()) {
            Ok(())
        } else {
            Err("verify aksk signature fail".into())
        }
    }
}

struct AuthorizationFields<'a> {
    access: &'a str,
    signed_headers: &'a str,
    signature: &'a str,
}

/// `SDK-HMAC-SHA256 Access=<ak>, SignedHeaders=<a;b>, Signature=<hex>`.
fn parse_authorization(value: &str) -> Option<AuthorizationFields<'_>> {
    let rest = value.strip_prefix(sign::ALGORITHM)?.trim_start();
    let (mut access, mut signed_headers, mut signature) = (None, None, None);
    for part in rest.split(',') {
        let (key, val) = part.trim().split_once('=')?;
        match key {
            "Access" => access = Some(val),
            "SignedHeaders" => signed_headers = Some(val),
            "Signature" => signature = Some(val),
            _ => {}
        }
    }
    let fields = AuthorizationFields { access: access?, signed_headers: signed_headers?, signature: signature? };
    (!fields.access.is_empty() && !fields.signed_headers.is_empty() && !fields.signature.is_empty()).then_some(fields)
}

/// Unix seconds of a `YYYYMMDDTHHMMSSZ` date (the inverse of `sign::sdk_date`).
pub fn parse_sdk_date(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = text.get(range)?;
        digits.bytes().all(|c| c.is_ascii_digit()).then(|| digits.parse().ok())?
    };
    let (year, month, day) = (num(0..4)?, num(4..6)?, num(6..8)?);
    let (hour, minute, second) = (num(9..11)?, num(11..13)?, num(13..15)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    Some(days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days-from-civil, the
/// inverse of `sign::civil_from_days`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Compares secrets without stopping at the first difference.
fn equal(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sdk_dates_parse_back_to_the_time_they_were_made_from() {
        for t in [0u64, 951_782_400, 1_704_164_645, 4_102_444_799] {
            assert_eq!(parse_sdk_date(&sign::sdk_date(t)), Some(t as i64), "{}", sign::sdk_date(t));
        }
        for bad in ["", "20240102T030405", "2024010XT030405Z", "20241302T030405Z", "20240102 030405Z", "+0240102T030405Z"] {
            assert_eq!(parse_sdk_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_authorization_header_needs_its_three_fields() {
        let ok = parse_authorization("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=ab").unwrap();
        assert_eq!((ok.access, ok.signed_headers, ok.signature), ("AK", "host;x-sdk-date", "ab"));
        assert!(parse_authorization("SDK-HMAC-SHA256 Access=AK, Signature=ab").is_none());
        assert!(parse_authorization("SDK-HMAC-SHA256 garbage").is_none());
    }
}
