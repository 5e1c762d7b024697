//! The sandbox's environments (ServiceStage 4.1.1–4.1.5): state, validation with the
//! documented error codes, list parameters, and the console's files with deep links.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use opsdeck_sandbox::{app, AppConfig};
use serde_json::{json, Value};
use tower::ServiceExt;

const BASE: &str = "/v3/0000000000000000000000000000a001/cas/environments";

struct Answer {
    status: StatusCode,
    body: Value,
    request_id: Option<String>,
}

async fn call(router: &axum::Router, method: &str, uri: &str, body: Option<Value>) -> Answer {
    call_with(router, method, uri, body, Some("sandbox-demo-token")).await
}

async fn call_with(router: &axum::Router, method: &str, uri: &str, body: Option<Value>, token: Option<&str>) -> Answer {
    let mut req = Request::builder().method(method).uri(uri).header("content-type", "application/json;charset=utf8");
    if let Some(t) = token {
        req = req.header("x-auth-token", t);
    }
    let req = req.body(body.map(|b| Body::from(b.to_string())).unwrap_or_else(Body::empty)).unwrap();
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let request_id = res.headers().get("x-request-id").map(|v| v.to_str().unwrap().to_string());
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let body = if bytes.is_empty() { Value::Null } else { serde_json::from_slice(&bytes).unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into())) };
    Answer { status, body, request_id }
}

fn router() -> axum::Router {
    app(AppConfig::default())
}

#[tokio::test]
async fn demo_data_lists_with_count() {
    let r = router();
    let a = call(&r, "GET", BASE, None).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.body["count"], 5);
    assert_eq!(a.body["environments"].as_array().unwrap().len(), 5);
    assert!(a.request_id.is_some());
    // Projects are separate.
    let other = call(&r, "GET", "/v3/0000000000000000000000000000a002/cas/environments?name=development-env", None).await;
    assert_eq!(other.body["count"], 1);
}

#[tokio::test]
async fn create_get_update_delete() {
    let r = router();
    let created = call(&r, "POST", BASE, Some(json!({
        "name": "env-test", "vpc_id": "vpc-1", "deploy_mode": "container",
        "labels": [{"key": "team", "value": "qa"}]
    }))).await;
    assert_eq!(created.status, StatusCode::OK, "{:?}", created.body);
    let id = created.body["id"].as_str().unwrap().to_string();
    assert_eq!(created.body["creator"], "sandbox-user");
    assert_eq!(created.body["project_id"], "0000000000000000000000000000a001");
    assert!(created.body["create_time"].as_i64().unwrap() > 1_600_000_000_000);
    assert_eq!(created.body["description"], "");

    let got = call(&r, "GET", &format!("{BASE}/{id}"), None).await;
    assert_eq!(got.body["name"], "env-test");
    assert_eq!(got.body["labels"][0]["value"], "qa");

    let updated = call(&r, "PUT", &format!("{BASE}/{id}"), Some(json!({"name": "env-test", "description": "changed"}))).await;
    assert_eq!(updated.status, StatusCode::OK);
    assert_eq!(updated.body["description"], "changed");
    assert_eq!(updated.body["deploy_mode"], "container", "update keeps what it does not change");
    assert!(updated.body["update_time"].as_i64() >= created.body["update_time"].as_i64());

    let listed = call(&r, "GET", &format!("{BASE}?name=env-test"), None).await;
    assert_eq!(listed.body["count"], 1);

    let deleted = call(&r, "DELETE", &format!("{BASE}/{id}"), None).await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    let gone = call(&r, "GET", &format!("{BASE}/{id}"), None).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert_eq!(gone.body, json!({"error_code": "SVCSTG.00100411", "error_msg": "environment not found"}));
}

#[tokio::test]
async fn invalid_bodies_get_the_documented_error() {
    let r = router();
    for (body, needle) in [
        (json!({"name": "1-starts-with-digit", "vpc_id": "v"}), "name"),
        (json!({"name": "e", "vpc_id": "v"}), "name"),
        (json!({"name": "good-name"}), "vpc_id"),
        (json!({"name": "good-name", "vpc_id": "v", "description": "x".repeat(129)}), "description"),
        (json!({"name": "good-name", "vpc_id": "v", "deploy_mode": "cloud"}), "deploy_mode"),
        (json!({"name": "good-name", "vpc_id": "v", "labels": [{"key": "bad key", "value": "vv"}]}), "labels[0].key"),
    ] {
        let a = call(&r, "POST", BASE, Some(body.clone())).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(a.body["error_code"], "SVCSTG.00100400");
        assert!(a.body["error_msg"].as_str().unwrap().contains(needle), "{}", a.body);
    }
    let not_json = call_with(&r, "POST", BASE, None, Some("sandbox-demo-token")).await;
    assert_eq!(not_json.status, StatusCode::BAD_REQUEST);
    let taken = call(&r, "POST", BASE, Some(json!({"name": "development-env", "vpc_id": "v", "deploy_mode": "virtualmachine"}))).await;
    assert_eq!(taken.status, StatusCode::BAD_REQUEST);
    assert_eq!(taken.body["error_code"], "SVCSTG.00100449");
}

#[tokio::test]
async fn list_parameters_page_sort_and_validate() {
    let r = router();
    let page = call(&r, "GET", &format!("{BASE}?limit=2&offset=1&order_by=name&order=asc"), None).await;
    let names: Vec<&str> = page.body["environments"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["perf-env", "production-env"]);
    assert_eq!(page.body["count"], 5);

    let newest_first = call(&r, "GET", BASE, None).await;
    assert_eq!(newest_first.body["environments"][0]["name"], "perf-env");
    // Unknown sort keys fall back to the default order, as documented.
    let fallback = call(&r, "GET", &format!("{BASE}?order_by=colour"), None).await;
    assert_eq!(fallback.status, StatusCode::OK);
    assert_eq!(fallback.body["environments"][0]["name"], "perf-env");

    let by_id = call(&r, "GET", &format!("{BASE}?environment_id=ea011e01-2eb5-453f-87bf-874e4a855abe"), None).await;
    assert_eq!(by_id.body["environments"][0]["name"], "production-env");

    for bad in ["limit=101", "limit=-1", "limit=ten", "order=sideways"] {
        let a = call(&r, "GET", &format!("{BASE}?{bad}"), None).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(a.body["error_code"], "SVCSTG.00100400");
    }
}

#[tokio::test]
async fn credentials_are_required_and_unknown_apis_are_404() {
    let r = router();
    let a = call_with(&r, "GET", BASE, None, None).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    assert_eq!(a.body["error_code"], "APIGW.0301");
    let b = call(&r, "GET", "/v3/0000000000000000000000000000a001/cas/nothing-here", None).await;
    assert_eq!(b.status, StatusCode::NOT_FOUND);
    assert_eq!(b.body["error_code"], "APIGW.0101");
    let c = call(&r, "DELETE", &format!("{BASE}/no-such-id"), None).await;
    assert_eq!(c.status, StatusCode::NOT_FOUND);
    assert_eq!(c.body["error_code"], "SVCSTG.00100411");
}

#[tokio::test]
async fn serves_the_console_with_deep_links_and_config() {
    let dist = std::env::temp_dir().join(format!("opsdeck-dist-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>Opsdeck</title>").unwrap();
    std::fs::write(dist.join("style.css"), "body{}").unwrap();
    let r = app(AppConfig { dist: Some(dist.clone()), ..AppConfig::default() });
    let deep = call(&r, "GET", "/servicestage/environments/abc", None).await;
    assert_eq!(deep.status, StatusCode::OK);
    assert!(deep.body.as_str().unwrap().contains("<title>Opsdeck</title>"));
    let css = call(&r, "GET", "/style.css", None).await;
    assert_eq!(css.body.as_str(), Some("body{}"));
    let config = call(&r, "GET", "/config.json", None).await;
    assert_eq!(config.body["sandbox"], true);
    assert_eq!(config.body["endpoints"]["servicestage"], "");
    std::fs::remove_dir_all(dist).unwrap();
}
