//! Fault injection, for testing what a client does when the network or a service misbehaves.
//!
//! Off unless the sandbox starts with `--faults` (or `OPSDECK_FAULTS=1`); then three routes
//! manage rules:
//!
//! - `POST /_sandbox/faults` arms a rule, e.g.
//!   `{"method": "GET", "path_contains": "/cas/environments", "fault": {"kind": "status", "status": 503}, "times": 2}`;
//! - `GET /_sandbox/faults` lists the rules with how many requests each has seen and faulted;
//! - `DELETE /_sandbox/faults` removes them all.
//!
//! A rule matches emulated API requests (not the console's files, not the proxy) whose method
//! equals `method` (any method when absent) and whose path contains `path_contains`. The first
//! rule that matches and has faults left (`times`, default 1) decides what happens:
//!
//! - `{"kind": "status", "status": 503, "retry_after": 2}`: that status with a JSON error body
//!   in the gateway's shape (and `Retry-After` when given), the request is not handled;
//! - `{"kind": "delay", "ms": 5000}`: the request is handled after the delay (a slow service,
//!   for client timeouts);
//! - `{"kind": "abort"}`: the connection is dropped after the head of an answer, before a body
//!   (a network failure mid-answer), the request is not handled.
//!
//! Every matching request counts in `seen`, faulted or not, so a test can tell that a client
//! sent a mutation exactly once.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::json;

/// What a rule does to a request it matches.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fault {
    Status {
        status: u16,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        retry_after: Option<u64>,
    },
    Delay {
        ms: u64,
    },
    Abort,
}

/// One armed rule and what it has done so far.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Rule {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    pub path_contains: String,
    pub fault: Fault,
    #[serde(default = "one")]
    pub times: u32,
    /// Requests the rule matched.
    #[serde(default)]
    pub seen: u32,
    /// Requests the rule faulted (at most `times`).
    #[serde(default)]
    pub faulted: u32,
}

fn one() -> u32 {
    1
}

/// What the emulator does with one request.
pub enum Decision {
    /// Answer this instead of handling the request.
    Answer(Response),
    /// Handle the request after this pause.
    Delay(Duration),
}

/// The armed rules, shared by every connection.
#[derive(Clone, Default)]
pub struct Faults {
    rules: Arc<Mutex<Vec<Rule>>>,
}

/// The longest delay a rule may ask for: a stuck rule must not hold a connection for ever.
const MAX_DELAY_MS: u64 = 120_000;

impl Faults {
    /// Counts the request in every matching rule and returns the first armed rule's fault.
    pub fn decide(&self, method: &Method, path: &str) -> Option<Decision> {
        let mut rules = self.rules.lock().unwrap_or_else(|e| e.into_inner());
        let mut fault = None;
        for rule in rules.iter_mut() {
            let method_matches = rule.method.as_deref().is_none_or(|m| m.eq_ignore_ascii_case(method.as_str()));
            if !method_matches || !path.contains(&rule.path_contains) {
                continue;
            }
            rule.seen += 1;
            if fault.is_none() && rule.faulted < rule.times {
                rule.faulted += 1;
                fault = Some(rule.fault.clone());
            }
        }
        drop(rules);
        fault.map(|f| match f {
            Fault::Status { status, retry_after } => Decision::Answer(status_answer(status, retry_after)),
            Fault::Delay { ms } => Decision::Delay(Duration::from_millis(ms.min(MAX_DELAY_MS))),
            Fault::Abort => Decision::Answer(aborted_answer()),
        })
    }

    /// `POST /_sandbox/faults`.
    pub fn arm(&self, body: &[u8]) -> Response {
        let rule: Rule = match serde_json::from_slice(body) {
            Ok(r) => r,
            Err(e) => return bad_rule(&e.to_string()),
        };
        if let Fault::Status { status, .. } = rule.fault {
            if !(400..=599).contains(&status) {
                return bad_rule("a fault's status is an error status, 400 to 599");
            }
        }
        if rule.path_contains.is_empty() {
            return bad_rule("path_contains must not be empty: a rule for every request would break the console itself");
        }
        let rule = Rule { seen: 0, faulted: 0, ..rule };
        self.rules.lock().unwrap_or_else(|e| e.into_inner()).push(rule.clone());
        (StatusCode::CREATED, Json(rule)).into_response()
    }

    /// `GET /_sandbox/faults`.
    pub fn list(&self) -> Response {
        let rules = self.rules.lock().unwrap_or_else(|e| e.into_inner()).clone();
        Json(json!({ "rules": rules })).into_response()
    }

    /// `DELETE /_sandbox/faults`.
    pub fn clear(&self) -> Response {
        self.rules.lock().unwrap_or_else(|e| e.into_inner()).clear();
        StatusCode::NO_CONTENT.into_response()
    }
}

fn bad_rule(message: &str) -> Response {
    (StatusCode::BAD_REQUEST, Json(json!({ "error_code": "SANDBOX.FAULTS.0400", "error_msg": message }))).into_response()
}

/// An error answer in the API gateway's shape. 429 carries the gateway's throttling code.
fn status_answer(status: u16, retry_after: Option<u64>) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    let (code, message) = match status.as_u16() {
        429 => ("APIGW.0308".to_string(), "The throttling threshold has been reached".to_string()),
        s => (format!("SANDBOX.FAULT.{s}"), format!("Injected fault: {}", status.canonical_reason().unwrap_or("error"))),
    };
    let mut res = (status, Json(json!({ "error_code": code, "error_msg": message }))).into_response();
    if let Some(secs) = retry_after {
        res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    res
}

/// A `200` head and the start of a body, then the connection closes mid-answer, which a
/// browser reports as a network error while reading the body. Something must be sent first:
/// a connection closed before any answer is one a browser silently sends the request again
/// on (Chromium does, even for a POST, on a reused keep-alive connection).
fn aborted_answer() -> Response {
    // The pause lets the server flush the head and the first piece before the failure.
    let stream = futures_util::stream::unfold(0u8, |step| async move {
        match step {
            0 => Some((Ok(Bytes::from_static(b"{\"partial\": ")), 1)),
            1 => {
                tokio::time::sleep(Duration::from_millis(200)).await;
                Some((Err(std::io::Error::other("fault injected: connection dropped")), 2))
            }
            _ => None,
        }
    });
    let mut res = Response::new(Body::from_stream(stream));
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn armed(rule: serde_json::Value) -> Faults {
        let faults = Faults::default();
        let res = faults.arm(rule.to_string().as_bytes());
        assert_eq!(res.status(), StatusCode::CREATED);
        faults
    }

    #[test]
    fn a_rule_faults_as_many_times_as_asked_and_counts_every_match() {
        let faults = armed(json!({"method": "GET", "path_contains": "/cas/environments", "fault": {"kind": "status", "status": 503}, "times": 2}));
        let get = Method::GET;
        for _ in 0..2 {
            match faults.decide(&get, "/v3/p/cas/environments") {
                Some(Decision::Answer(res)) => assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE),
                _ => panic!("expected an injected 503"),
            }
        }
        assert!(faults.decide(&get, "/v3/p/cas/environments").is_none(), "the third request goes through");
        assert!(faults.decide(&Method::POST, "/v3/p/cas/environments").is_none(), "other methods are not matched");
        assert!(faults.decide(&get, "/v3/p/cas/applications").is_none(), "other paths are not matched");
        let rules = faults.rules.lock().unwrap().clone();
        assert_eq!((rules[0].seen, rules[0].faulted), (3, 2));
    }

    #[test]
    fn throttling_says_when_to_come_back() {
        let faults = armed(json!({"path_contains": "/cas/", "fault": {"kind": "status", "status": 429, "retry_after": 2}}));
        let Some(Decision::Answer(res)) = faults.decide(&Method::PUT, "/v3/p/cas/environments/x") else { panic!("expected a 429") };
        assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(res.headers()[header::RETRY_AFTER], "2");
    }

    #[test]
    fn rules_that_would_break_everything_or_are_not_errors_are_refused() {
        let faults = Faults::default();
        for bad in [
            json!({"path_contains": "", "fault": {"kind": "abort"}}),
            json!({"path_contains": "/cas/", "fault": {"kind": "status", "status": 200}}),
            json!({"path_contains": "/cas/", "fault": {"kind": "explode"}}),
        ] {
            assert_eq!(faults.arm(bad.to_string().as_bytes()).status(), StatusCode::BAD_REQUEST, "{bad}");
        }
        assert!(faults.rules.lock().unwrap().is_empty());
    }

    #[test]
    fn delays_are_capped() {
        let faults = armed(json!({"path_contains": "/cas/", "fault": {"kind": "delay", "ms": 99_999_999}}));
        let Some(Decision::Delay(d)) = faults.decide(&Method::GET, "/v3/p/cas/jobs/1") else { panic!("expected a delay") };
        assert_eq!(d, Duration::from_millis(MAX_DELAY_MS));
    }
}
