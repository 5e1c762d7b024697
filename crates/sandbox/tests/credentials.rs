//! The sandbox checks credentials as Huawei's API gateway does: `SDK-HMAC-SHA256` signatures
//! are recomputed from the request as received and must verify against the demo AK/SK within
//! 15 minutes of `X-Sdk-Date`; tokens must be the demo token or one the emulated IAM issued and
//! that has not expired; Rainbond wants its demo key. Every refusal is a 401 with the gateway's
//! (or Rainbond's) error body. Requests are built and signed by `opsdeck_api::request`, the
//! console's own builder.

use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use opsdeck_api::request::{self, Credentials, HttpRequest, Target};
use opsdeck_sandbox::{app, AppConfig};
use serde_json::{json, Map, Value};
use tower::ServiceExt;

const PROJECT: &str = "0605767e0f00d5762f5fc012cb2f4c97";
/// The name the requests are signed for and sent to (any name works: the `Host` received is
/// what counts).
const ENDPOINT: &str = "http://sandbox.example:8080";

struct Answer {
    status: StatusCode,
    body: Value,
}

async fn send(router: &axum::Router, req: Request<Body>) -> Answer {
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let body = serde_json::from_slice(&bytes).unwrap_or_else(|_| panic!("a JSON answer: {}", String::from_utf8_lossy(&bytes)));
    Answer { status, body }
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

fn demo_aksk() -> Credentials {
    let config = AppConfig::default();
    Credentials::AkSk { ak: config.demo_ak, sk: config.demo_sk, security_token: None }
}

/// The request the console's builder makes for operation `id`.
fn built(id: &str, params: Value, body: Option<Value>, credentials: Credentials, now: u64) -> HttpRequest {
    let decl = opsdeck_api::catalog::operation(id).unwrap();
    let mut params: Map<String, Value> = params.as_object().unwrap().clone();
    params.insert("project_id".into(), PROJECT.into());
    let target = Target { endpoint: ENDPOINT.into(), credentials, project_id: Some(PROJECT.into()), domain_id: None, now, signer: None };
    request::build(decl, &params, body.as_ref(), &target).unwrap()
}

/// An HTTP request from a built one (origin-form target; the signed `Host` header goes along).
fn to_http(req: &HttpRequest) -> Request<Body> {
    let target = req.url.strip_prefix(ENDPOINT).unwrap();
    let mut builder = Request::builder().method(req.method).uri(target);
    for (name, value) in &req.headers {
        builder = builder.header(name, value);
    }
    builder.body(req.body.clone().map(Body::from).unwrap_or_else(Body::empty)).unwrap()
}

fn list_environments(credentials: Credentials, now: u64) -> HttpRequest {
    built("servicestage.environment.list", json!({"limit": 2, "name": "demo env/测试"}), None, credentials, now)
}

fn create_environment(name: &str) -> HttpRequest {
    let body = json!({"name": name, "vpc_id": "vpc-1", "deploy_mode": "container"});
    built("servicestage.environment.create", json!({}), Some(body), demo_aksk(), now())
}

fn header_mut<'r>(req: &'r mut HttpRequest, name: &str) -> &'r mut String {
    &mut req.headers.iter_mut().find(|(k, _)| k.eq_ignore_ascii_case(name)).unwrap().1
}

fn assert_refused(a: &Answer, why: &str, says: &str) {
    assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{why}: {}", a.body);
    assert_eq!(a.body["error_code"], "APIGW.0301", "{why}: {}", a.body);
    let msg = a.body["error_msg"].as_str().unwrap();
    assert!(msg.starts_with("Incorrect IAM authentication information: ") && msg.contains(says), "{why}: {msg}");
}

#[tokio::test]
async fn a_request_signed_with_the_demo_aksk_is_answered() {
    let r = app(AppConfig::default());
    let list = send(&r, to_http(&list_environments(demo_aksk(), now()))).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    assert!(list.body["environments"].is_array(), "{}", list.body);

    let created = send(&r, to_http(&create_environment("signed-env"))).await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    assert_eq!(created.body["name"], "signed-env");

    // Fourteen minutes of clock skew are within the gateway's fifteen.
    let skewed = send(&r, to_http(&list_environments(demo_aksk(), now() - 14 * 60))).await;
    assert_eq!(skewed.status, StatusCode::OK, "{}", skewed.body);
}

#[tokio::test]
async fn bad_signatures_are_refused_with_the_gateway_body() {
    let r = app(AppConfig::default());
    let config = AppConfig::default();

    let wrong_sk = Credentials::AkSk { ak: config.demo_ak.clone(), sk: "not-the-secret".into(), security_token: None };
    assert_refused(&send(&r, to_http(&list_environments(wrong_sk, now()))).await, "wrong SK", "signature");

    let unknown_ak = Credentials::AkSk { ak: "UNKNOWNAK0000000000X".into(), sk: config.demo_sk.clone(), security_token: None };
    assert_refused(&send(&r, to_http(&list_environments(unknown_ak, now()))).await, "unknown AK", "access key");

    let mut body_changed = create_environment("signed-env");
    body_changed.body = Some(br#"{"name":"other-env","vpc_id":"vpc-1","deploy_mode":"container"}"#.to_vec());
    assert_refused(&send(&r, to_http(&body_changed)).await, "tampered body", "signature");

    let mut query_changed = list_environments(demo_aksk(), now());
    query_changed.url = query_changed.url.replace("limit=2", "limit=3");
    assert_refused(&send(&r, to_http(&query_changed)).await, "tampered query", "signature");

    for minutes in [16i64, -16] {
        let when = (now() as i64 - minutes * 60) as u64;
        assert_refused(&send(&r, to_http(&list_environments(demo_aksk(), when))).await, "16 minutes off", "expired");
    }

    let mut no_project_header = list_environments(demo_aksk(), now());
    no_project_header.headers.retain(|(k, _)| !k.eq_ignore_ascii_case("x-project-id"));
    assert_refused(&send(&r, to_http(&no_project_header)).await, "signed header missing", "x-project-id");

    let mut no_date = list_environments(demo_aksk(), now());
    no_date.headers.retain(|(k, _)| !k.eq_ignore_ascii_case("x-sdk-date"));
    assert_refused(&send(&r, to_http(&no_date)).await, "no X-Sdk-Date", "X-Sdk-Date");

    let mut other_host = list_environments(demo_aksk(), now());
    *header_mut(&mut other_host, "host") = "elsewhere.example".into();
    assert_refused(&send(&r, to_http(&other_host)).await, "another Host than signed", "signature");

    let mut forged = list_environments(demo_aksk(), now());
    let auth = header_mut(&mut forged, "authorization");
    *auth = format!("{}0000", &auth[..auth.len() - 4]);
    assert_refused(&send(&r, to_http(&forged)).await, "altered signature", "signature");

    let mut garbled = list_environments(demo_aksk(), now());
    *header_mut(&mut garbled, "authorization") = "SDK-HMAC-SHA256 nonsense".into();
    assert_refused(&send(&r, to_http(&garbled)).await, "malformed Authorization", "malformed");

    let unsigned = list_environments(Credentials::None, now());
    assert_refused(&send(&r, to_http(&unsigned)).await, "no credentials", "X-Auth-Token");
}

#[tokio::test]
async fn an_encoded_slash_in_a_segment_signs_and_verifies() {
    let r = app(AppConfig::default());
    let req = built("servicestage.environment.get", json!({"environment_id": "team/env"}), None, demo_aksk(), now());
    assert!(req.url.contains("team%2Fenv"), "{}", req.url);
    let a = send(&r, to_http(&req)).await;
    // Past the gateway: the service itself answers that there is no such environment.
    assert_eq!(a.status, StatusCode::NOT_FOUND, "{}", a.body);
    assert_eq!(a.body["error_code"], "SVCSTG.00100411", "{}", a.body);
}

fn with_token(token: &str) -> Request<Body> {
    Request::get(format!("/v3/{PROJECT}/cas/environments")).header("x-auth-token", token).body(Body::empty()).unwrap()
}

/// Signs in with the emulated IAM's demo user; the token comes back in `X-Subject-Token`.
async fn sign_in(r: &axum::Router) -> String {
    let body = json!({"auth": {
        "identity": {"methods": ["password"], "password": {"user": {"name": "demo", "password": "Sandbox-123", "domain": {"name": "demo-domain"}}}},
        "scope": {"project": {"id": PROJECT}}
    }});
    let req = Request::post("/v3/auth/tokens").header("content-type", "application/json").body(Body::from(body.to_string())).unwrap();
    let res = r.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    res.headers()["x-subject-token"].to_str().unwrap().to_string()
}

#[tokio::test]
async fn tokens_must_be_the_demo_token_or_issued_and_unexpired() {
    // Two seconds: tokens expire on whole seconds, so a one-second token could expire between
    // sign-in and first use.
    let r = app(AppConfig { token_lifetime_secs: Some(2), ..AppConfig::default() });
    assert_eq!(send(&r, with_token(&AppConfig::default().demo_token)).await.status, StatusCode::OK);
    assert_refused(&send(&r, with_token("never-issued")).await, "a token not issued", "token");

    let issued = sign_in(&r).await;
    let a = send(&r, with_token(&issued)).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);

    // A token another sandbox issued is unknown here.
    let other = app(AppConfig::default());
    assert_refused(&send(&other, with_token(&issued)).await, "a token of another sandbox", "token");

    tokio::time::sleep(std::time::Duration::from_millis(3100)).await;
    assert_refused(&send(&r, with_token(&issued)).await, "an expired token", "expired");
}

#[tokio::test]
async fn rainbond_wants_its_key_and_refuses_others_in_its_shape() {
    let r = app(AppConfig::default());
    let teams = |key: &str| Request::get("/openapi/v1/teams").header("authorization", key).body(Body::empty()).unwrap();
    let ok = send(&r, teams(&AppConfig::default().demo_rainbond_key)).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    let refused = send(&r, teams("someone-elses-key")).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert_eq!(refused.body["code"], 401, "{}", refused.body);
    assert!(refused.body["msg"].as_str().unwrap().contains("invalid"), "{}", refused.body);
    let missing = send(&r, Request::get("/openapi/v1/teams").body(Body::empty()).unwrap()).await;
    assert_eq!(missing.status, StatusCode::UNAUTHORIZED);
    assert_eq!(missing.body["code"], 401);
}
