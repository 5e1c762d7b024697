//! An exclusive engine's configuration center, KIE (7.7.1–7.7.6), and its legacy
//! configuration-item query (12.3), as the demo engine `cse-mall` would answer: the
//! key-values of CSE's demo engine (labels `app`, `environment`) and a few of the
//! microservices' own (labels `app`, `service`, `version`).
//!
//! Every change moves the center's revision on; a key-value remembers the revision it was
//! created and last changed at. A list asked with the current `revision` answers 304 without
//! a body (so does 12.3), and every list carries the revision in `X-Kie-Revision`. A key may
//! exist once per set of labels (409 otherwise); only the value and the status change.
//!
//! Errors: `{"error_code", "error_message"}` with the configuration codes
//! (`SVCSTG.00400100` invalid, `SVCSTG.00400106` unknown, `SVCSTG.00400107` exists), but
//! `{"errorCode", "errorMessage", "detail"}` for 7.7.6, as documented.

use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use opsdeck_api::operation::Service;
use opsdeck_api::validate::{PatternMatcher, RegexLite};
use serde_json::{json, Map, Value};

use super::engine::registry::{Credentials, ErrorShape, Handler, Registration};
use super::engine::{empty_response, new_id, text, Call, Store};

pub const KVS: &str = "kie_kvs";
/// `{revision}`: the center's current revision.
const META: &str = "kie_meta";

const INVALID: &str = "SVCSTG.00400100";
const NOT_FOUND: &str = "SVCSTG.00400106";
const EXISTS: &str = "SVCSTG.00400107";

pub fn registration() -> Registration {
    Registration {
        service: Service::Kie,
        errors: ErrorShape::CodeMessageOnly,
        invalid_code: INVALID,
        op_errors: &[("kie.kv.batch_delete", ErrorShape::CamelCode, INVALID)],
        credentials: Credentials::EngineToken,
        seed,
        handlers: HANDLERS,
        ..Registration::BASE
    }
}

static HANDLERS: &[(&str, Handler)] = &[
    ("kie.kv.create", create),
    ("kie.kv.update", update),
    ("kie.kv.get", get),
    ("kie.kv.list", list),
    ("kie.kv.delete", delete),
    ("kie.kv.batch_delete", delete_many),
    ("kie.config_item.list", config_items),
];

fn kv(id: &str, key: &str, value: &str, value_type: &str, labels: Value, revision: i64, at: i64) -> Value {
    json!({"id": id, "key": key, "value": value, "value_type": value_type, "status": "enabled", "labels": labels,
        "create_time": at, "update_time": at, "create_revision": revision, "update_revision": revision})
}

fn seed(store: &mut Store, _project_id: &str, now: i64) {
    let at = (now - 30 * 86_400_000) / 1000;
    let prod = json!({"app": "mall", "environment": "production"});
    let cart = json!({"app": "mall", "service": "cart"});
    store.items_mut(KVS).extend([
        // The key-values of CSE's demo engine cse-mall (its export shows the same).
        kv("0bdfddb8-c4f9-4a88-8360-07a8a616a804", "order.timeout", "30s", "text", prod.clone(), 1, at),
        kv("34befef9-7f3a-4394-85f9-142622a11b1d", "order.retry", "3", "text", prod, 2, at),
        kv("7e2d346e-d907-4871-bf51-a17fc7e52ad4", "feature.new-checkout", "true", "text", json!({"app": "mall", "environment": "staging"}), 3, at),
        kv("907b3891-c691-4ae0-816f-e91eba705e28", "payment.gateway", "https://pay.example.com", "text", json!({"app": "payment"}), 4, at),
        // The cart microservice's own, which 12.3 reads as cart@mall and cart@mall#1.0.0.
        kv("c41a7d0e-2b9f-4e63-8a15-6d3c0b9e7f21", "cart.page-size", "20", "text", cart, 5, at),
        kv("d52b8e1f-3c0a-4f74-9b26-7e4d1c0f8a32", "cart.cache", "servicecomb:\n  cache:\n    ttl: 60\n", "yaml",
            json!({"app": "mall", "service": "cart", "version": "1.0.0"}), 6, at),
    ]);
    let mut disabled = kv("e63c9f20-4d1b-4a85-8c37-8f5e2d1a9b43", "cart.legacy-pricing", "off", "text", json!({"app": "mall", "service": "cart"}), 7, at);
    disabled["status"] = json!("disabled");
    store.items_mut(KVS).push(disabled);
    store.items_mut(META).push(json!({"revision": 7}));
}

fn current(store: &Store) -> i64 {
    store.items(META).first().and_then(|m| m["revision"].as_i64()).unwrap_or(0)
}

/// The next revision (every change takes one).
fn bump(store: &mut Store) -> i64 {
    let next = current(store) + 1;
    match store.items_mut(META).first_mut() {
        Some(m) => m["revision"] = json!(next),
        None => store.items_mut(META).push(json!({"revision": next})),
    }
    next
}

fn not_found(call: &Call, id: &str) -> Response {
    call.error(StatusCode::NOT_FOUND, NOT_FOUND, &format!("Record does not exist: key-value {id}"))
}

fn kv_id(call: &Call) -> String {
    call.param("kv_id").unwrap_or_default().to_string()
}

fn create(call: &Call) -> Response {
    let body = call.body.clone().unwrap_or(Value::Null);
    let key = text(&body, "key").to_string();
    let labels = body.get("labels").cloned().filter(Value::is_object).unwrap_or(json!({}));
    let now = call.clock().now / 1000;
    call.with_store(|store| {
        if store.items(KVS).iter().any(|k| text(k, "key") == key && k["labels"] == labels) {
            return call.error(StatusCode::CONFLICT, EXISTS, &format!("Record already exist: key {key} with these labels"));
        }
        let revision = bump(store);
        let mut item = kv(&new_id(), &key, text(&body, "value"), body.get("value_type").and_then(Value::as_str).unwrap_or("text"), labels, revision, now);
        if let Some(status) = body.get("status").and_then(Value::as_str) {
            item["status"] = json!(status);
        }
        store.items_mut(KVS).push(item.clone());
        call.ok(&item)
    })
}

fn update(call: &Call) -> Response {
    let id = kv_id(call);
    let body = call.body.clone().unwrap_or(Value::Null);
    let now = call.clock().now / 1000;
    call.with_store(|store| {
        if store.find(KVS, "id", &id).is_none() {
            return not_found(call, &id);
        }
        let revision = bump(store);
        let item = store.find_mut(KVS, "id", &id).expect("checked");
        item["value"] = body.get("value").cloned().unwrap_or(json!(""));
        if let Some(status) = body.get("status") {
            item["status"] = status.clone();
        }
        item["update_time"] = json!(now);
        item["update_revision"] = json!(revision);
        call.ok(&item.clone())
    })
}

fn get(call: &Call) -> Response {
    let id = kv_id(call);
    call.with_store(|store| match store.find(KVS, "id", &id) {
        Some(item) => call.ok(item),
        None => not_found(call, &id),
    })
}

fn with_revision(mut res: Response, revision: i64) -> Response {
    res.headers_mut().insert("x-kie-revision", HeaderValue::from(revision));
    res
}

fn list(call: &Call) -> Response {
    let label = call.param("label").map(str::to_string);
    let exact = call.param("match") == Some("exact");
    let asked = call.params.get("revision").and_then(Value::as_i64);
    call.with_store(|store| {
        let revision = current(store);
        if asked == Some(revision) {
            return with_revision(empty_response(StatusCode::NOT_MODIFIED), revision);
        }
        let wanted: Option<(String, String)> = label.as_deref().and_then(|l| l.split_once(':')).map(|(k, v)| (k.to_string(), v.to_string()));
        let data: Vec<Value> = store
            .items(KVS)
            .iter()
            .filter(|item| match &wanted {
                None => true,
                Some((k, v)) => {
                    let has = item["labels"].get(k).and_then(Value::as_str) == Some(v.as_str());
                    has && (!exact || item["labels"].as_object().is_some_and(|m| m.len() == 1))
                }
            })
            .cloned()
            .collect();
        with_revision(call.ok(&json!({"total": data.len(), "data": data})), revision)
    })
}

fn delete(call: &Call) -> Response {
    let id = kv_id(call);
    call.with_store(|store| {
        if store.find(KVS, "id", &id).is_none() {
            return not_found(call, &id);
        }
        store.items_mut(KVS).retain(|k| text(k, "id") != id);
        bump(store);
        call.done()
    })
}

fn delete_many(call: &Call) -> Response {
    let ids: Vec<String> = call.field("ids").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).map(str::to_string).collect();
    call.with_store(|store| {
        let before = store.items(KVS).len();
        store.items_mut(KVS).retain(|k| !ids.iter().any(|id| id == text(k, "id")));
        if store.items(KVS).len() != before {
            bump(store);
        }
        call.done()
    })
}

/// 12.3: `{dimension: {key: value}}` for `service@app` and, with a version, `service@app#version`,
/// from the enabled key-values labelled with that app, service (and version).
fn config_items(call: &Call) -> Response {
    let dims = call.param("dimensionsInfo").unwrap_or_default().to_string();
    let key_filter = call.param("keyFilter").map(str::to_string);
    let asked = call.param("revision").map(str::to_string);
    let env = call.headers.get("x-environment").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    let env = if matches!(env.as_str(), "development" | "testing" | "acceptance" | "production") { env } else { String::new() };
    let (service_app, version) = match dims.split_once('#') {
        Some((sa, v)) => (sa.to_string(), Some(v.to_string())),
        None => (dims.clone(), None),
    };
    let Some((service, app)) = service_app.split_once('@').map(|(s, a)| (s.to_string(), a.to_string())) else {
        return call.bad_request("dimensionsInfo: {serviceName}@{appId}[#{version}]");
    };
    // regex-lite (the validator's, linear in time): a caller's expression cannot stall us.
    let matcher = RegexLite::default();
    if let Some(f) = &key_filter {
        if matcher.is_match(f, "").is_none() {
            return call.bad_request("keyFilter: not a regular expression");
        }
    }
    call.with_store(|store| {
        let revision = current(store);
        if asked.as_deref() == Some(revision.to_string().as_str()) {
            return empty_response(StatusCode::NOT_MODIFIED);
        }
        let mut answer = Map::new();
        let mut dimensions = vec![(service_app.clone(), None)];
        if let Some(v) = &version {
            dimensions.push((format!("{service_app}#{v}"), Some(v.clone())));
        }
        for (name, version) in dimensions {
            let mut items = Map::new();
            for kv in store.items(KVS) {
                let l = &kv["labels"];
                let label = |k: &str| l.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
                if text(kv, "status") != "enabled" || label("app") != app || label("service") != service || label("environment") != env {
                    continue;
                }
                if label("version") != version.clone().unwrap_or_default() {
                    continue;
                }
                if key_filter.as_deref().is_some_and(|f| matcher.is_match(f, text(kv, "key")) != Some(true)) {
                    continue;
                }
                items.insert(text(kv, "key").to_string(), kv["value"].clone());
            }
            answer.insert(name, Value::Object(items));
        }
        answer.insert("revision".into(), json!({"version": revision.to_string()}));
        call.ok(&Value::Object(answer))
    })
}
