//! IAM token sign-in: the documented request body, masked previews, reading the answer.

use opsdeck_api::iam::{self, format_iso8601, parse_iso8601, parse_token_response, ProjectScope};
use opsdeck_api::Credentials;
use serde_json::{json, Value};

const PASSWORD: &str = "Pa55-w0rd!secret";

fn body_json(req: &opsdeck_api::HttpRequest) -> Value {
    serde_json::from_slice(req.body.as_deref().unwrap()).unwrap()
}

#[test]
fn token_request_has_the_documented_body() {
    let req = iam::token_request(
        "https://iam.cn-north-4.myhuaweicloud.com/",
        "alice",
        PASSWORD,
        "acme",
        ProjectScope::Name("cn-north-4".into()),
    );
    assert_eq!(req.method, "POST");
    assert_eq!(req.url, "https://iam.cn-north-4.myhuaweicloud.com/v3/auth/tokens");
    assert!(req.header("content-type").unwrap().starts_with("application/json"));
    assert_eq!(
        body_json(&req),
        json!({"auth": {
            "identity": {
                "methods": ["password"],
                "password": {"user": {"name": "alice", "password": PASSWORD, "domain": {"name": "acme"}}}
            },
            "scope": {"project": {"name": "cn-north-4"}}
        }})
    );
}

#[test]
fn project_scope_by_id() {
    let req = iam::token_request(&iam::default_endpoint("ap-southeast-1"), "u", "p", "d", ProjectScope::Id("0605767e".into()));
    assert_eq!(req.url, "https://iam.ap-southeast-1.myhuaweicloud.com/v3/auth/tokens");
    assert_eq!(body_json(&req)["auth"]["scope"], json!({"project": {"id": "0605767e"}}));
}

#[test]
fn previews_mask_the_password() {
    let req = iam::token_request("https://iam.example.test", "alice", PASSWORD, "acme", ProjectScope::Name("cn-north-4".into()));
    let http = iam::preview_http(&req);
    let curl = iam::preview_curl(&req, "");
    for text in [&http, &curl] {
        assert!(!text.contains(PASSWORD), "{text}");
        assert!(text.contains("****"), "{text}");
        assert!(text.contains("alice") && text.contains("acme"), "the rest stays readable: {text}");
    }
    assert!(http.starts_with("POST /v3/auth/tokens HTTP/1.1\nHost: iam.example.test\n"), "{http}");
    let masked = iam::masked(&req);
    assert_eq!(body_json(&masked)["auth"]["identity"]["password"]["user"]["password"], "****");
    assert_eq!(masked.url, req.url);
    // The real request is untouched.
    assert_eq!(body_json(&req)["auth"]["identity"]["password"]["user"]["password"], PASSWORD);
    // Bodies that are not a token request pass through.
    assert_eq!(iam::mask_password_body(b"not json"), b"not json".to_vec());
    assert_eq!(iam::mask_password_body(br#"{"a":1}"#), br#"{"a":1}"#.to_vec());
}

fn ok_headers(token: &str) -> Vec<(String, String)> {
    vec![
        ("Content-Type".into(), "application/json; charset=utf8".into()),
        ("x-subject-token".into(), token.into()),
        ("X-Request-Id".into(), "af2953f2".into()),
    ]
}

fn ok_body() -> Vec<u8> {
    json!({"token": {
        "expires_at": "2026-11-24T13:12:53.000000Z",
        "issued_at": "2026-11-23T13:12:53.000000Z",
        "methods": ["password"],
        "project": {"id": "0605767e0f00d5762f5fc012cb2f4c97", "name": "cn-north-4", "domain": {"id": "d1", "name": "acme"}},
        "user": {"id": "u1", "name": "alice", "domain": {"id": "d1", "name": "acme"}, "password_expires_at": ""}
    }})
    .to_string()
    .into_bytes()
}

#[test]
fn parses_a_token_answer() {
    let token = parse_token_response(201, &ok_headers("MIIT-secret-token-value"), &ok_body()).unwrap();
    assert_eq!(token.token, "MIIT-secret-token-value");
    assert_eq!(token.expires_at, "2026-11-24T13:12:53.000000Z");
    assert_eq!(token.expires_at_unix, 1_795_525_973);
    assert_eq!(token.project_id.as_deref(), Some("0605767e0f00d5762f5fc012cb2f4c97"));
    assert_eq!(token.project_name.as_deref(), Some("cn-north-4"));
    assert_eq!(token.user_name.as_deref(), Some("alice"));
    assert_eq!(token.domain_name.as_deref(), Some("acme"));
    assert_eq!(token.credentials(), Credentials::Token("MIIT-secret-token-value".into()));

    let debug = format!("{token:?}");
    assert!(!debug.contains("MIIT-secret"), "{debug}");
    assert!(debug.contains("****") && debug.contains("cn-north-4"), "{debug}");

    assert_eq!(token.remaining(1_795_525_973 - 60), 60);
    assert!(!token.expires_within(1_795_525_973 - 600, 300));
    assert!(token.expires_within(1_795_525_973 - 200, 300));
    assert!(token.expires_within(1_795_525_973 + 5, 0));
    assert_eq!(token.remaining(u64::MAX), 0);
}

#[test]
fn error_answers_keep_the_documented_shape() {
    let flat = br#"{"error_msg": "The username or password is wrong.", "error_code": "IAM.01001"}"#;
    let e = parse_token_response(401, &[("X-Request-Id".into(), "r1".into())], flat).unwrap_err();
    assert_eq!(e.status, 401);
    assert_eq!(e.code.as_deref(), Some("IAM.01001"));
    assert_eq!(e.message, "The username or password is wrong.");
    assert_eq!(e.request_id.as_deref(), Some("r1"));

    let nested = br#"{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}"#;
    let e = parse_token_response(401, &[], nested).unwrap_err();
    assert_eq!(e.code.as_deref(), Some("401"));
    assert_eq!(e.message, "The request you have made requires authentication.");
}

#[test]
fn incomplete_success_is_undecodable() {
    // No X-Subject-Token.
    let e = parse_token_response(201, &[], &ok_body()).unwrap_err();
    assert!(e.message.contains("X-Subject-Token"), "{}", e.message);
    assert_eq!(e.status, 201);
    // No expiry.
    let e = parse_token_response(201, &ok_headers("t"), br#"{"token": {"methods": ["password"]}}"#).unwrap_err();
    assert!(e.message.contains("expires_at"), "{}", e.message);
    // Unreadable expiry.
    let e = parse_token_response(201, &ok_headers("t"), br#"{"token": {"expires_at": "tomorrow"}}"#).unwrap_err();
    assert!(e.message.contains("tomorrow"), "{}", e.message);
    // Not JSON; the raw body is kept.
    let e = parse_token_response(201, &ok_headers("t"), b"<html>").unwrap_err();
    assert_eq!(e.raw, "<html>");
}

#[test]
fn iso8601_parsing() {
    assert_eq!(parse_iso8601("1970-01-01T00:00:00Z"), Some(0));
    assert_eq!(parse_iso8601("2024-01-02T03:04:05Z"), Some(1_704_164_645));
    assert_eq!(parse_iso8601("2024-01-02T03:04:05.999999Z"), Some(1_704_164_645));
    assert_eq!(parse_iso8601("2024-01-02T03:04:05"), Some(1_704_164_645));
    assert_eq!(parse_iso8601("2024-01-02 03:04:05z"), Some(1_704_164_645));
    assert_eq!(parse_iso8601("2024-01-02T11:04:05+08:00"), Some(1_704_164_645));
    assert_eq!(parse_iso8601("2024-01-02T11:04:05.5+0800"), Some(1_704_164_645));
    assert_eq!(parse_iso8601("2024-01-01T22:04:05-05"), Some(1_704_164_645));
    // Leap day, and the end of a leap century.
    assert_eq!(parse_iso8601("2024-02-29T00:00:00Z"), Some(1_709_164_800));
    assert_eq!(parse_iso8601("2000-12-31T23:59:59Z"), Some(978_307_199));
    for bad in [
        "",
        "2024-01-02",
        "2024-13-02T03:04:05Z",
        "2023-02-29T03:04:05Z",
        "2024-01-02T24:04:05Z",
        "2024-01-02T03:04:05+8",
        "2024-01-02T03:04:05.Z",
        "2024-01-02X03:04:05Z",
        "1969-12-31T23:59:59Z",
        "2024-01-0２T03:04:05Z",
        "2024-01-02T03:04:05+0８:00",
        "２024-01-02T03:04:05Z",
    ] {
        assert_eq!(parse_iso8601(bad), None, "{bad}");
    }
}

#[test]
fn iso8601_round_trip() {
    for t in [0u64, 1_704_164_645, 1_709_164_800, 1_795_525_973, 4_102_444_800] {
        let text = format_iso8601(t);
        assert_eq!(parse_iso8601(&text), Some(t), "{text}");
    }
    assert_eq!(format_iso8601(1_795_525_973), "2026-11-24T13:12:53.000000Z");
}
