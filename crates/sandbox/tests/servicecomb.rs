//! An engine's service center and configuration center over the emulator's request handling:
//! a microservice registered with an instance, found, kept alive, taken down and deregistered;
//! the refused and the forced deletion; dependencies; the engine token; KIE key-values created,
//! filtered by label, changed, not modified at the current revision, and deleted in bulk.

use serde_json::{json, Value};

mod common;
use common::{Answer, Sandbox};

/// An exclusive engine's project segment.
const P: &str = "default";
const ORDER: &str = "5a1c9e3b7d2f48a6b0c4d8e2f6a13b52";
const CART: &str = "8c3e1a5d9b7f4c2e8a6b0d4f2e9c5a63";
const PAYMENT: &str = "b7f2d6a0c4e84b19a3d5f7c1e9b2d874";

const ENGINE_TOKEN: (&str, &str) = ("authorization", "Bearer sandbox-engine-token");

fn call(s: &Sandbox, method: &str, path: &str, body: Option<&Value>) -> Answer {
    call_with(s, method, path, &[], body)
}

fn call_with(s: &Sandbox, method: &str, path: &str, extra: &[(&'static str, &str)], body: Option<&Value>) -> Answer {
    let mut headers = vec![ENGINE_TOKEN, ("content-type", "application/json")];
    headers.extend_from_slice(extra);
    let bytes = body.map(|b| b.to_string()).unwrap_or_default();
    s.send(method, path, &headers, bytes.as_bytes())
}

fn registry(rest: &str) -> String {
    format!("/v4/{P}/registry{rest}")
}

fn kie(rest: &str) -> String {
    format!("/v1/{P}/kie/kv{rest}")
}

/// The service center's error body: `{errorCode, errorMessage, detail}` with this code.
fn sc_error(a: &Answer, status: u16, code: &str) {
    assert_eq!(a.status, status, "{}", a.body);
    assert_eq!(a.body["errorCode"], code, "{}", a.body);
    assert_eq!(a.body.as_object().unwrap().len(), 3, "{}", a.body);
}

fn instances(s: &Sandbox, service_id: &str) -> Vec<Value> {
    let a = call(s, "GET", &registry(&format!("/microservices/{service_id}/instances")), None);
    assert_eq!(a.status, 200, "{}", a.body);
    a.body["instances"].as_array().unwrap().clone()
}

#[test]
fn a_microservice_lives_through_registration_discovery_heartbeat_status_and_deregistration() {
    let s = Sandbox::new();
    let created = call(&s, "POST", &registry("/microservices"), Some(&json!({
        "service": {"appId": "mall", "serviceName": "review", "version": "1.0.0", "level": "BACK"}
    })));
    assert_eq!(created.status, 200, "{}", created.body);
    let id = created.body["serviceId"].as_str().unwrap().to_string();
    let got = call(&s, "GET", &registry(&format!("/microservices/{id}")), None);
    assert_eq!(got.body["service"]["serviceName"], "review");
    assert_eq!(got.body["service"]["status"], "UP");

    // The same key again is refused.
    let again = call(&s, "POST", &registry("/microservices"), Some(&json!({"service": {"appId": "mall", "serviceName": "review", "version": "1.0.0"}})));
    sc_error(&again, 400, "400010");

    // Register an instance; the same endpoints again keep its ID (overwrite).
    let inst = json!({"instance": {"hostName": "review-1", "endpoints": ["rest://192.168.0.51:8080"], "healthCheck": {"mode": "push", "interval": 2, "times": 3}}});
    let reg = call(&s, "POST", &registry(&format!("/microservices/{id}/instances")), Some(&inst));
    assert_eq!(reg.status, 200, "{}", reg.body);
    let iid = reg.body["instanceId"].as_str().unwrap().to_string();
    let mut renamed = inst.clone();
    renamed["instance"]["hostName"] = json!("review-1b");
    let again = call(&s, "POST", &registry(&format!("/microservices/{id}/instances")), Some(&renamed));
    assert_eq!(again.body["instanceId"], iid.as_str(), "same endpoints, same instance");
    let list = instances(&s, &id);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["hostName"], "review-1b", "the whole instance is overwritten");
    assert_eq!(list[0]["healthCheck"]["interval"], 5, "an interval under 5 s counts as 5");
    // A given instance ID overwrites that instance.
    let custom = json!({"instance": {"instanceId": iid, "hostName": "review-1c", "endpoints": ["rest://192.168.0.52:8080"]}});
    call(&s, "POST", &registry(&format!("/microservices/{id}/instances")), Some(&custom));
    let list = instances(&s, &id);
    assert_eq!((list.len(), list[0]["hostName"].as_str()), (1, Some("review-1c")));

    // Discovery by application and name, by a consumer: the dependency is recorded.
    let found = call_with(&s, "GET", &registry("/instances?appId=mall&serviceName=review&version=1.0.0%2B"), &[("x-consumerid", ORDER)], None);
    assert_eq!(found.status, 200, "{}", found.body);
    assert_eq!(found.body["instances"][0]["instanceId"], iid.as_str());
    let providers = call(&s, "GET", &registry(&format!("/microservices/{ORDER}/providers")), None);
    let names: Vec<&str> = providers.body["providers"].as_array().unwrap().iter().map(|p| p["serviceName"].as_str().unwrap()).collect();
    assert!(names.contains(&"review") && names.contains(&"cart") && names.contains(&"payment"), "{names:?}");

    // Heartbeat, then down.
    let path = registry(&format!("/microservices/{id}/instances/{iid}"));
    assert_eq!(call(&s, "PUT", &format!("{path}/heartbeat"), None).status, 200);
    assert_eq!(call(&s, "PUT", &format!("{path}/status?value=DOWN"), None).status, 200);
    assert_eq!(call(&s, "GET", &path, None).body["instance"]["status"], "DOWN");
    sc_error(&call(&s, "PUT", &format!("{path}/status?value=SLEEPING"), None), 400, "400001");
    // Batch discovery: the revision answered is not modified when sent back.
    let lookup = json!({"services": [{"service": {"environment": "", "appId": "mall", "serviceName": "review"}, "rev": "0"}]});
    let first = call(&s, "POST", &registry("/instances/action?type=query"), Some(&lookup));
    let rev = first.body["services"]["updated"][0]["rev"].as_str().unwrap().to_string();
    let mut again = lookup.clone();
    again["services"][0]["rev"] = json!(rev);
    let second = call(&s, "POST", &registry("/instances/action?type=query"), Some(&again));
    assert_eq!(second.body["services"]["notModified"], json!([0]), "{}", second.body);

    // Deregister; the instance is gone.
    assert_eq!(call(&s, "DELETE", &path, None).status, 200);
    sc_error(&call(&s, "GET", &path, None), 400, "400017");
    assert!(instances(&s, &id).is_empty());
}

#[test]
fn a_microservice_with_instances_is_deleted_only_with_force() {
    let s = Sandbox::new();
    assert!(!instances(&s, CART).is_empty());
    let path = registry(&format!("/microservices/{CART}"));
    sc_error(&call(&s, "DELETE", &path, None), 400, "400013");
    assert_eq!(call(&s, "GET", &path, None).status, 200, "still there");
    let forced = call(&s, "DELETE", &format!("{path}?force=true"), None);
    assert_eq!(forced.status, 200, "{}", forced.body);
    sc_error(&call(&s, "GET", &path, None), 400, "400012");
    sc_error(&call(&s, "GET", &registry(&format!("/microservices/{CART}/instances")), None), 400, "400012");
    // Without instances no force is needed; the batch deletion reports each.
    let batch = call(&s, "DELETE", &registry("/microservices"), Some(&json!({"serviceIds": [PAYMENT, ORDER, "no-such"]})));
    assert_eq!(batch.status, 200, "{}", batch.body);
    let items = batch.body["services"].as_array().unwrap();
    assert!(items[0].get("errMessage").is_none(), "payment has no instances: {}", batch.body);
    assert!(items[1]["errMessage"].is_string() && items[2]["errMessage"].is_string(), "{}", batch.body);
}

#[test]
fn schemas_dependencies_and_the_id_lookup() {
    let s = Sandbox::new();
    let schemas = call(&s, "GET", &registry(&format!("/microservices/{CART}/schemas?withSchema=1")), None);
    assert_eq!(schemas.body["schemas"].as_array().unwrap().len(), 2, "{}", schemas.body);
    assert!(schemas.body["schemas"][0]["schema"].is_string());
    let put = call(&s, "PUT", &registry(&format!("/microservices/{CART}/schemas/CartAuditEndpoint")), Some(&json!({"schema": "---\nswagger: \"2.0\"\n", "summary": "abc"})));
    assert_eq!(put.status, 200, "{}", put.body);
    let got = call(&s, "GET", &registry(&format!("/microservices/{CART}/schemas/CartAuditEndpoint")), None);
    assert_eq!(got.body["schema"], "---\nswagger: \"2.0\"\n");
    sc_error(&call(&s, "GET", &registry(&format!("/microservices/{CART}/schemas/Nothing")), None), 400, "400016");

    let id = call(&s, "GET", &registry("/existence?type=microservice&appId=mall&serviceName=cart&version=1.0.0"), None);
    assert_eq!(id.body["serviceId"], CART, "{}", id.body);
    let schema = call(&s, "GET", &registry(&format!("/existence?type=schema&serviceId={CART}&schemaId=CartEndpoint")), None);
    assert_eq!(schema.body["schemaId"], "CartEndpoint", "{}", schema.body);
    sc_error(&call(&s, "GET", &registry("/existence?type=microservice&appId=mall"), None), 400, "400001");

    // A dependency on a provider that does not exist yet shows once it does.
    let deps = json!({"dependencies": [{"consumer": {"appId": "mall", "serviceName": "cart", "version": "1.0.0"},
        "providers": [{"appId": "mall", "serviceName": "inventory", "version": "1.0.0+"}]}]});
    assert_eq!(call(&s, "PUT", &registry("/dependencies"), Some(&deps)).status, 200);
    let providers = |s: &Sandbox| call(s, "GET", &registry(&format!("/microservices/{CART}/providers")), None).body["providers"].as_array().unwrap().len();
    assert_eq!(providers(&s), 0);
    call(&s, "POST", &registry("/microservices"), Some(&json!({"service": {"appId": "mall", "serviceName": "inventory", "version": "1.1.0"}})));
    assert_eq!(providers(&s), 1);
    // The consumer must exist with an exact version.
    let mut bad = deps.clone();
    bad["dependencies"][0]["consumer"]["version"] = json!("1.0.0+");
    sc_error(&call(&s, "PUT", &registry("/dependencies"), Some(&bad)), 400, "400001");
}

#[test]
fn the_engine_token_is_issued_and_checked() {
    let s = Sandbox::new();
    let token = s.send("POST", "/v4/token", &[("content-type", "application/json")], json!({"name": "root", "password": "Sandbox-123"}).to_string().as_bytes());
    assert_eq!(token.status, 200, "{}", token.body);
    assert_eq!(token.body["token"], "sandbox-engine-token");
    let wrong = s.send("POST", "/v4/token", &[("content-type", "application/json")], json!({"name": "root", "password": "nope"}).to_string().as_bytes());
    sc_error(&wrong, 401, "401202");
    sc_error(&s.send("GET", &registry("/microservices"), &[("authorization", "Bearer stale")], b""), 401, "401201");
    sc_error(&s.send("GET", &registry("/microservices"), &[], b""), 401, "401204");
    // A professional engine's callers send an IAM token instead.
    assert_eq!(s.send("GET", &registry("/microservices"), &[("x-auth-token", "sandbox-demo-token")], b"").status, 200);
}

/// KIE's error body: `{error_code, error_message}` with this code.
fn kie_error(a: &Answer, status: u16, code: &str) {
    assert_eq!(a.status, status, "{}", a.body);
    assert_eq!(a.body["error_code"], code, "{}", a.body);
    assert_eq!(a.body.as_object().unwrap().len(), 2, "{}", a.body);
}

#[test]
fn key_values_are_created_filtered_changed_not_modified_and_deleted() {
    let s = Sandbox::new();
    let new = json!({"key": "review.max-length", "value": "500", "labels": {"app": "mall", "service": "review"}, "value_type": "text"});
    let created = call(&s, "POST", &kie(""), Some(&new));
    assert_eq!(created.status, 200, "{}", created.body);
    assert_eq!(created.body["status"], "enabled");
    let id = created.body["id"].as_str().unwrap().to_string();
    kie_error(&call(&s, "POST", &kie(""), Some(&new)), 409, "SVCSTG.00400107");
    // The same key with other labels is another key-value.
    let mut other = new.clone();
    other["labels"] = json!({"app": "mall", "service": "review", "version": "2.0.0"});
    let other_id = call(&s, "POST", &kie(""), Some(&other)).body["id"].as_str().unwrap().to_string();

    let by_label = call(&s, "GET", &kie("?label=service:review"), None);
    assert_eq!(by_label.body["total"], 2, "{}", by_label.body);
    let exact = call(&s, "GET", &kie("?label=app:payment&match=exact"), None);
    assert_eq!(exact.body["total"], 1, "{}", exact.body);

    let changed = call(&s, "PUT", &kie(&format!("/{id}")), Some(&json!({"value": "800", "status": "disabled"})));
    assert_eq!(changed.status, 200, "{}", changed.body);
    assert_eq!((changed.body["value"].as_str(), changed.body["status"].as_str()), (Some("800"), Some("disabled")));
    let revision = changed.body["update_revision"].as_i64().unwrap();
    assert!(revision > created.body["create_revision"].as_i64().unwrap());
    // Nothing changed since: 304 without a body; an older revision gets the list.
    let same = call(&s, "GET", &kie(&format!("?revision={revision}")), None);
    assert_eq!((same.status, same.body.is_null()), (304, true));
    assert_eq!(call(&s, "GET", &kie(&format!("?revision={}", revision - 1)), None).status, 200);

    // The legacy configuration items of the demo's cart microservice.
    let items = call(&s, "GET", &format!("/v3/{P}/configuration/items?dimensionsInfo=cart%40mall%231.0.0"), None);
    assert_eq!(items.status, 200, "{}", items.body);
    assert_eq!(items.body["cart@mall"]["cart.page-size"], "20", "{}", items.body);
    assert!(items.body["cart@mall#1.0.0"]["cart.cache"].is_string(), "{}", items.body);
    assert!(items.body["cart@mall"].get("cart.legacy-pricing").is_none(), "disabled key-values are not served");

    // Batch deletion deletes the listed ones only; then the list has moved on.
    let deleted = call(&s, "DELETE", &kie(""), Some(&json!({"ids": [id, other_id]})));
    assert_eq!(deleted.status, 204, "{}", deleted.body);
    kie_error(&call(&s, "GET", &kie(&format!("/{id}")), None), 404, "SVCSTG.00400106");
    assert_eq!(call(&s, "GET", &kie(&format!("?revision={revision}")), None).status, 200);
    assert_eq!(call(&s, "GET", &kie("?label=service:review"), None).body["total"], 0);
    // 7.7.6's errors are in the other shape.
    let empty = call(&s, "DELETE", &kie(""), Some(&json!({"ids": []})));
    sc_error(&empty, 400, "SVCSTG.00400100");
}
