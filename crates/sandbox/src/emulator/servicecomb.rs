//! An exclusive engine's service center (7.2.1–7.6.1, 12.4), as the demo engine `cse-mall`
//! of CSE's demo data would answer: microservices of the application `mall` (`gateway`,
//! `order`, `cart`, `payment`) with schemas and instances, `gateway` → `order` → `cart`,
//! `payment` dependencies.
//!
//! Every operation has a handler (the service center's rules are not the generic ones):
//! creating a microservice registers the instances given with it; one with instances is
//! deleted only with `force` (else 400013), which also deregisters them and drops its
//! dependencies; registering an instance with a known `instanceId`, or without one but with
//! the endpoints of an instance of the microservice, overwrites that instance (same ID); a
//! heartbeat renews it; a consumer's `X-ConsumerId` on discovery records its dependency;
//! 12.4 records dependencies on providers that may not exist yet (they are resolved when the
//! providers are listed); 7.5.9 answers `notModified` for a lookup whose `rev` is the
//! current one.
//!
//! Errors: `{"errorCode", "errorMessage", "detail"}` with the service center's codes
//! (400001 invalid parameters, 400012 unknown microservice, 400016 unknown schema, 400017
//! unknown instance …), answered with 400 as the service center does. Callers send the
//! engine token of 7.2.1 (`Authorization: Bearer`), or an IAM token as for a professional
//! engine on the CSE endpoint.

use std::collections::BTreeMap;

use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use opsdeck_api::operation::Service;
use serde_json::{json, Map, Value};

use super::engine::registry::{Credentials, ErrorShape, Handler, Registration};
use super::engine::{hex_id, text, Call, Store};

pub const SERVICES: &str = "sc_services";
pub const INSTANCES: &str = "sc_instances";
pub const SCHEMAS: &str = "sc_schemas";
/// Dependencies: `{consumerId, provider: {environment, appId, serviceName, version}}`.
pub const DEPENDENCIES: &str = "sc_dependencies";

const INVALID: &str = "400001";
const NO_SERVICE: &str = "400012";
const SERVICE_EXISTS: &str = "400010";
const HAS_INSTANCES: &str = "400013";
const SCHEMA_LOCKED: &str = "400015";
const NO_SCHEMA: &str = "400016";
const NO_INSTANCE: &str = "400017";

/// The demo engine user (7.2.1) and the token it gets.
pub const ENGINE_USER: &str = "root";
pub const ENGINE_PASSWORD: &str = "Sandbox-123";
pub use super::engine::access::SANDBOX_ENGINE_TOKEN;

/// The demo microservices' IDs, stable so links and tests can name them.
pub const GATEWAY: &str = "2d0e5b7a4c1f46e8a9b3c7d1e5f20a41";
pub const ORDER: &str = "5a1c9e3b7d2f48a6b0c4d8e2f6a13b52";
pub const CART: &str = "8c3e1a5d9b7f4c2e8a6b0d4f2e9c5a63";
pub const PAYMENT: &str = "b7f2d6a0c4e84b19a3d5f7c1e9b2d874";

pub fn registration() -> Registration {
    Registration {
        service: Service::ServiceComb,
        errors: ErrorShape::CamelCode,
        invalid_code: INVALID,
        // The service center answers an unknown microservice, schema or instance with 400
        // and its own code (400012, 400016, 400017).
        not_found_status: StatusCode::BAD_REQUEST,
        credentials: Credentials::EngineToken,
        open_ops: &["servicecomb.token.create"],
        seed,
        handlers: HANDLERS,
        body_spellings: &[
            ("servicecomb.instance.batch_find", respell_ids),
            ("servicecomb.dependency.create", respell_ids),
            ("servicecomb.microservice.create", respell_ids),
            ("servicecomb.instance.create", respell_ids),
        ],
        ..Registration::BASE
    }
}

static HANDLERS: &[(&str, Handler)] = &[
    ("servicecomb.token.create", token),
    ("servicecomb.microservice.list", list_services),
    ("servicecomb.microservice.get", get_service),
    ("servicecomb.microservice.create", create_service),
    ("servicecomb.microservice.delete", delete_service),
    ("servicecomb.microservice.batch_delete", delete_services),
    ("servicecomb.microservice.properties", service_properties),
    ("servicecomb.microservice.exists", existence),
    ("servicecomb.schema.get", get_schema),
    ("servicecomb.schema.put", put_schema),
    ("servicecomb.schema.list", list_schemas),
    ("servicecomb.instance.create", register_instance),
    ("servicecomb.instance.list", list_instances),
    ("servicecomb.instance.get", get_instance),
    ("servicecomb.instance.delete", deregister_instance),
    ("servicecomb.instance.properties", instance_properties),
    ("servicecomb.instance.status", instance_status),
    ("servicecomb.instance.heartbeat", heartbeat),
    ("servicecomb.instance.find", find_instances),
    ("servicecomb.instance.batch_find", batch_find),
    ("servicecomb.provider.list", list_providers),
    ("servicecomb.dependency.create", create_dependencies),
];

/// The document's examples write `appld`, `serviceld`, `instanceld` (`Id` read as `ld`):
/// taken as the service's names, at any depth.
fn respell_ids(body: &mut Value) {
    match body {
        Value::Object(map) => {
            for (from, to) in [("appld", "appId"), ("serviceld", "serviceId"), ("instanceld", "instanceId")] {
                if let Some(v) = map.remove(from) {
                    map.entry(to.to_string()).or_insert(v);
                }
            }
            map.values_mut().for_each(respell_ids);
        }
        Value::Array(items) => items.iter_mut().for_each(respell_ids),
        _ => {}
    }
}

fn secs(now_ms: i64) -> String {
    (now_ms / 1000).to_string()
}

/// An item without the sandbox's bookkeeping members.
fn shown(item: &Value) -> Value {
    match item {
        Value::Object(map) => Value::Object(map.iter().filter(|(k, _)| !k.starts_with('_')).map(|(k, v)| (k.clone(), v.clone())).collect()),
        other => other.clone(),
    }
}

fn service(id: &str, name: &str, version: &str, level: &str, schemas: &[&str], at: i64) -> Value {
    json!({"serviceId": id, "appId": "mall", "serviceName": name, "version": version, "level": level, "environment": "development",
        "schemas": schemas, "status": "UP", "registerBy": "SDK", "framework": {"name": "servicecomb-java-chassis", "version": "2.8.3"},
        "properties": {"allowCrossApp": "false"}, "timestamp": secs(at), "modTimestamp": secs(at)})
}

fn instance(id: &str, service_id: &str, version: &str, host: &str, endpoint: &str, at: i64) -> Value {
    json!({"instanceId": id, "serviceId": service_id, "version": version, "hostName": host, "endpoints": [endpoint], "status": "UP",
        "properties": {"engineID": super::cse::MALL, "engineName": "cse-mall"},
        "healthCheck": {"mode": "push", "interval": 30, "times": 3},
        "dataCenterInfo": {"name": "cn-north-4", "region": "cn-north-4", "availableZone": "cn-north-4a"},
        "timestamp": secs(at), "modTimestamp": secs(at)})
}

fn swagger(title: &str, path: &str) -> String {
    format!("---\nswagger: \"2.0\"\ninfo:\n  version: \"1.0.0\"\n  title: \"swagger definition for {title}\"\nbasePath: \"/{path}\"\nconsumes:\n- \"application/json\"\nproduces:\n- \"application/json\"\npaths:\n  /{path}:\n    get:\n      operationId: \"list\"\n      responses:\n        200:\n          description: \"response of 200\"\n")
}

/// A digest of a schema, as clients give it for `summary`.
fn summary(text: &str) -> String {
    // FNV-1a, printed twice as wide as it is: a stable stand-in for the SHA-256 clients send.
    let mut h: u64 = 0xcbf29ce484222325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}{:016x}", h.rotate_left(29))
}

fn seed(store: &mut Store, _project_id: &str, now: i64) {
    let day = 86_400_000;
    let at = now - 20 * day;
    store.items_mut(SERVICES).extend([
        service(GATEWAY, "gateway", "1.0.0", "FRONT", &[], at),
        service(ORDER, "order", "1.0.0", "MIDDLE", &["OrderEndpoint"], at),
        service(CART, "cart", "1.0.0", "BACK", &["CartEndpoint", "CartAdminEndpoint"], at),
        service(PAYMENT, "payment", "1.2.0", "BACK", &["PaymentEndpoint"], at),
    ]);
    store.items_mut(INSTANCES).extend([
        instance("6f1d2c3b4a5e46f7a8b9c0d1e2f3a401", GATEWAY, "1.0.0", "gateway-7d9f8-abcde", "rest://192.168.0.21:8080", at),
        instance("6f1d2c3b4a5e46f7a8b9c0d1e2f3a402", ORDER, "1.0.0", "order-5c6b7-fghij", "rest://192.168.0.31:8080", at),
        instance("6f1d2c3b4a5e46f7a8b9c0d1e2f3a403", CART, "1.0.0", "cart-6d7e8-klmno", "rest://192.168.0.41:8080", at),
        instance("6f1d2c3b4a5e46f7a8b9c0d1e2f3a404", CART, "1.0.0", "cart-6d7e8-pqrst", "rest://192.168.0.42:8080", at),
    ]);
    for (sid, schema_id, title, path) in [
        (ORDER, "OrderEndpoint", "com.example.mall.order.OrderEndpoint", "orders"),
        (CART, "CartEndpoint", "com.example.mall.cart.CartEndpoint", "carts"),
        (CART, "CartAdminEndpoint", "com.example.mall.cart.CartAdminEndpoint", "admin"),
        (PAYMENT, "PaymentEndpoint", "com.example.mall.payment.PaymentEndpoint", "payments"),
    ] {
        let content = swagger(title, path);
        store.items_mut(SCHEMAS).push(json!({"_serviceId": sid, "schemaId": schema_id, "summary": summary(&content), "schema": content}));
    }
    let key = |name: &str| json!({"environment": "development", "appId": "mall", "serviceName": name, "version": "1.0.0+"});
    store.items_mut(DEPENDENCIES).extend([
        json!({"consumerId": GATEWAY, "provider": key("order")}),
        json!({"consumerId": ORDER, "provider": key("cart")}),
        json!({"consumerId": ORDER, "provider": key("payment")}),
    ]);
}

fn not_found_service(call: &Call, id: &str) -> Response {
    call.error(StatusCode::BAD_REQUEST, NO_SERVICE, &format!("Micro-service does not exist: {id}"))
}

fn find_service<'s>(store: &'s Store, id: &str) -> Option<&'s Value> {
    store.find(SERVICES, "serviceId", id)
}

fn service_id_param(call: &Call) -> String {
    call.param("service_id").unwrap_or_default().to_string()
}

fn header<'c>(call: &'c Call, name: &str) -> Option<&'c str> {
    call.headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim).filter(|v| !v.is_empty())
}

fn token(call: &Call) -> Response {
    let body = call.body.clone().unwrap_or(Value::Null);
    if text(&body, "name") == ENGINE_USER && text(&body, "password") == ENGINE_PASSWORD {
        call.ok(&json!({"token": SANDBOX_ENGINE_TOKEN}))
    } else {
        call.error(StatusCode::UNAUTHORIZED, "401202", "User name or password is wrong")
    }
}

fn list_services(call: &Call) -> Response {
    call.with_store(|store| {
        let services: Vec<Value> = store.items(SERVICES).iter().map(shown).collect();
        call.ok(&json!({"services": services}))
    })
}

fn get_service(call: &Call) -> Response {
    let id = service_id_param(call);
    call.with_store(|store| match find_service(store, &id) {
        Some(s) => call.ok(&json!({"service": shown(s)})),
        None => not_found_service(call, &id),
    })
}

/// The fields that identify a microservice: environment, application, name, version.
fn key_of(s: &Value) -> (String, String, String, String) {
    (text(s, "environment").to_string(), text(s, "appId").to_string(), text(s, "serviceName").to_string(), text(s, "version").to_string())
}

/// Registers (or overwrites) an instance of `service_id`; its ID.
fn put_instance(store: &mut Store, svc: &Value, mut inst: Map<String, Value>, now: i64) -> String {
    let service_id = text(svc, "serviceId").to_string();
    let endpoints = inst.get("endpoints").cloned().unwrap_or(json!([]));
    let given = inst.get("instanceId").and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_string);
    // A given ID overwrites; without one, an instance with the same endpoints keeps its ID.
    let same_endpoints = || {
        store.items(INSTANCES).iter()
            .find(|i| text(i, "serviceId") == service_id && i["endpoints"] == endpoints && endpoints.as_array().is_some_and(|e| !e.is_empty()))
            .map(|i| text(i, "instanceId").to_string())
    };
    let id = given.or_else(same_endpoints).unwrap_or_else(hex_id);
    let created = store.find(INSTANCES, "instanceId", &id).map(|i| i["timestamp"].clone());
    store.items_mut(INSTANCES).retain(|i| text(i, "instanceId") != id);
    inst.insert("instanceId".into(), json!(id));
    inst.insert("serviceId".into(), json!(service_id));
    inst.entry("version").or_insert_with(|| svc["version"].clone());
    inst.entry("status").or_insert(json!("UP"));
    inst.entry("endpoints").or_insert(json!([]));
    if let Some(hc) = inst.get_mut("healthCheck") {
        if hc["interval"].as_i64().is_some_and(|i| i < 5) {
            hc["interval"] = json!(5);
        }
    }
    inst.insert("timestamp".into(), created.unwrap_or(json!(secs(now))));
    inst.insert("modTimestamp".into(), json!(secs(now)));
    store.items_mut(INSTANCES).push(Value::Object(inst));
    id
}

fn create_service(call: &Call) -> Response {
    let body = call.body.clone().unwrap_or(Value::Null);
    let now = call.clock().now;
    let mut svc = body["service"].as_object().cloned().unwrap_or_default();
    svc.entry("appId").or_insert(json!("default"));
    svc.entry("version").or_insert(json!("0.0.1"));
    svc.entry("status").or_insert(json!("UP"));
    svc.entry("environment").or_insert(json!(""));
    if text(&Value::Object(svc.clone()), "serviceName") == "*" {
        return call.bad_request("serviceName: * names no microservice");
    }
    call.with_store(|store| {
        let key = key_of(&Value::Object(svc.clone()));
        let given = svc.get("serviceId").and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_string);
        if let Some(existing) = store.items(SERVICES).iter().find(|s| key_of(s) == key || given.as_deref() == Some(text(s, "serviceId"))) {
            return call.error(StatusCode::BAD_REQUEST, SERVICE_EXISTS, &format!("Micro-service already exists: {}", text(existing, "serviceId")));
        }
        let id = given.unwrap_or_else(hex_id);
        svc.insert("serviceId".into(), json!(id));
        svc.insert("timestamp".into(), json!(secs(now)));
        svc.insert("modTimestamp".into(), json!(secs(now)));
        if let Some(tags) = body.get("tags") {
            svc.insert("_tags".into(), tags.clone());
        }
        if let Some(rules) = body.get("rules") {
            svc.insert("_rules".into(), rules.clone());
        }
        let svc = Value::Object(svc);
        store.items_mut(SERVICES).push(svc.clone());
        for inst in body["instances"].as_array().into_iter().flatten() {
            put_instance(store, &svc, inst.as_object().cloned().unwrap_or_default(), now);
        }
        call.ok(&json!({"serviceId": id}))
    })
}

/// Removes a microservice with what belongs to it; `Err(code, message)` when it may not go.
fn remove_service(store: &mut Store, id: &str, force: bool) -> Result<(), (&'static str, String)> {
    if find_service(store, id).is_none() {
        return Err((NO_SERVICE, format!("Micro-service does not exist: {id}")));
    }
    if !force && store.items(INSTANCES).iter().any(|i| text(i, "serviceId") == id) {
        return Err((HAS_INSTANCES, format!("Micro-service has deployed instance(s): {id}; deregister them first or delete with force=true")));
    }
    store.items_mut(INSTANCES).retain(|i| text(i, "serviceId") != id);
    store.items_mut(SCHEMAS).retain(|s| text(s, "_serviceId") != id);
    store.items_mut(DEPENDENCIES).retain(|d| text(d, "consumerId") != id);
    store.items_mut(SERVICES).retain(|s| text(s, "serviceId") != id);
    Ok(())
}

fn force(call: &Call) -> bool {
    call.params.get("force").and_then(Value::as_bool).unwrap_or(false)
}

fn delete_service(call: &Call) -> Response {
    let id = service_id_param(call);
    let force = force(call);
    call.with_store(|store| match remove_service(store, &id, force) {
        Ok(()) => call.done(),
        Err((code, message)) => call.error(StatusCode::BAD_REQUEST, code, &message),
    })
}

fn delete_services(call: &Call) -> Response {
    let ids: Vec<String> = call.field("serviceIds").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).map(str::to_string).collect();
    let force = force(call);
    call.with_store(|store| {
        let services: Vec<Value> = ids
            .iter()
            .map(|id| match remove_service(store, id, force) {
                Ok(()) => json!({"serviceId": id}),
                Err((_, message)) => json!({"serviceId": id, "errMessage": message}),
            })
            .collect();
        call.ok(&json!({"services": services}))
    })
}

fn service_properties(call: &Call) -> Response {
    let id = service_id_param(call);
    let props = call.field("properties").cloned().unwrap_or(json!({}));
    let now = call.clock().now;
    call.with_store(|store| match store.find_mut(SERVICES, "serviceId", &id) {
        Some(s) => {
            s["properties"] = props;
            s["modTimestamp"] = json!(secs(now));
            call.done()
        }
        None => not_found_service(call, &id),
    })
}

fn with_summary(mut res: Response, summary: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(summary) {
        res.headers_mut().insert("x-schema-summary", v);
    }
    res
}

fn existence(call: &Call) -> Response {
    let p = |name: &str| call.param(name).unwrap_or_default().to_string();
    call.with_store(|store| {
        if p("type") == "schema" {
            let (sid, schema_id) = (p("serviceId"), p("schemaId"));
            if sid.is_empty() || schema_id.is_empty() {
                return call.bad_request("type schema needs serviceId and schemaId");
            }
            if find_service(store, &sid).is_none() {
                return not_found_service(call, &sid);
            }
            return match store.items(SCHEMAS).iter().find(|s| text(s, "_serviceId") == sid && text(s, "schemaId") == schema_id) {
                Some(s) => with_summary(call.ok(&json!({"schemaId": schema_id})), text(s, "summary")),
                None => call.error(StatusCode::BAD_REQUEST, NO_SCHEMA, &format!("Schema does not exist: {schema_id}")),
            };
        }
        let (app, name, version) = (p("appId"), p("serviceName"), p("version"));
        if app.is_empty() || name.is_empty() || version.is_empty() {
            return call.bad_request("type microservice needs appId, serviceName and version");
        }
        let env = p("env");
        let env_ok = |s: &Value| text(s, "environment") == env || (env.is_empty() || env == "development") && matches!(text(s, "environment"), "" | "development");
        match store.items(SERVICES).iter().find(|s| env_ok(s) && text(s, "appId") == app && text(s, "serviceName") == name && text(s, "version") == version) {
            Some(s) => call.ok(&json!({"serviceId": text(s, "serviceId")})),
            None => call.error(StatusCode::BAD_REQUEST, NO_SERVICE, &format!("Micro-service does not exist: {app}/{name}/{version}")),
        }
    })
}

fn get_schema(call: &Call) -> Response {
    let (id, schema_id) = (service_id_param(call), call.param("schema_id").unwrap_or_default().to_string());
    call.with_store(|store| {
        if find_service(store, &id).is_none() {
            return not_found_service(call, &id);
        }
        match store.items(SCHEMAS).iter().find(|s| text(s, "_serviceId") == id && text(s, "schemaId") == schema_id) {
            Some(s) => with_summary(call.ok(&json!({"schema": s["schema"]})), text(s, "summary")),
            None => call.error(StatusCode::BAD_REQUEST, NO_SCHEMA, &format!("Schema does not exist: {schema_id}")),
        }
    })
}

fn put_schema(call: &Call) -> Response {
    let (id, schema_id) = (service_id_param(call), call.param("schema_id").unwrap_or_default().to_string());
    let content = call.field("schema").and_then(Value::as_str).unwrap_or_default().to_string();
    let given_summary = call.field("summary").and_then(Value::as_str).map(str::to_string);
    call.with_store(|store| {
        let Some(svc) = find_service(store, &id).cloned() else {
            return not_found_service(call, &id);
        };
        let exists = store.items(SCHEMAS).iter().any(|s| text(s, "_serviceId") == id && text(s, "schemaId") == schema_id);
        // A production microservice's schemas are fixed once registered.
        if exists && text(&svc, "environment") == "production" {
            return call.error(StatusCode::BAD_REQUEST, SCHEMA_LOCKED, &format!("Not allowed to modify schema {schema_id} of a microservice in production"));
        }
        store.items_mut(SCHEMAS).retain(|s| !(text(s, "_serviceId") == id && text(s, "schemaId") == schema_id));
        let summary = given_summary.unwrap_or_else(|| summary(&content));
        store.items_mut(SCHEMAS).push(json!({"_serviceId": id, "schemaId": schema_id, "summary": summary, "schema": content}));
        if let Some(s) = store.find_mut(SERVICES, "serviceId", &id) {
            let list = s["schemas"].as_array().cloned().unwrap_or_default();
            if !list.iter().any(|v| v.as_str() == Some(schema_id.as_str())) {
                let mut list = list;
                list.push(json!(schema_id));
                s["schemas"] = Value::Array(list);
            }
        }
        call.done()
    })
}

fn list_schemas(call: &Call) -> Response {
    let id = service_id_param(call);
    let with = call.param("withSchema") == Some("1");
    call.with_store(|store| {
        if find_service(store, &id).is_none() {
            return not_found_service(call, &id);
        }
        let schemas: Vec<Value> = store
            .items(SCHEMAS)
            .iter()
            .filter(|s| text(s, "_serviceId") == id)
            .map(|s| if with { json!({"schemaId": s["schemaId"], "summary": s["summary"], "schema": s["schema"]}) } else { json!({"schemaId": s["schemaId"], "summary": s["summary"]}) })
            .collect();
        call.ok(&json!({"schemas": schemas}))
    })
}

fn register_instance(call: &Call) -> Response {
    let id = service_id_param(call);
    let inst = call.field("instance").and_then(Value::as_object).cloned().unwrap_or_default();
    let now = call.clock().now;
    call.with_store(|store| {
        let Some(svc) = find_service(store, &id).cloned() else {
            return not_found_service(call, &id);
        };
        let instance_id = put_instance(store, &svc, inst, now);
        call.ok(&json!({"instanceId": instance_id}))
    })
}

/// Whether the microservice `svc` has every tag of a `tags` filter.
fn has_tags(svc: &Value, tags: Option<&str>) -> bool {
    let Some(tags) = tags.filter(|t| !t.is_empty()) else { return true };
    tags.split(',').all(|t| svc["_tags"].get(t.trim()).is_some())
}

/// Records that `consumer` (an `X-ConsumerId`) depends on the microservice `provider`.
fn note_consumer(store: &mut Store, consumer: Option<&str>, provider: &Value) {
    let Some(consumer) = consumer.filter(|c| *c != text(provider, "serviceId")) else { return };
    if find_service(store, consumer).is_none() {
        return;
    }
    let key = json!({"environment": provider["environment"], "appId": provider["appId"], "serviceName": provider["serviceName"], "version": provider["version"]});
    let known = store.items(DEPENDENCIES).iter().any(|d| text(d, "consumerId") == consumer && d["provider"]["serviceName"] == key["serviceName"] && d["provider"]["appId"] == key["appId"]);
    if !known {
        store.items_mut(DEPENDENCIES).push(json!({"consumerId": consumer, "provider": key}));
    }
}

fn instances_of(store: &Store, service_id: &str) -> Vec<Value> {
    store.items(INSTANCES).iter().filter(|i| text(i, "serviceId") == service_id).map(shown).collect()
}

fn list_instances(call: &Call) -> Response {
    let id = service_id_param(call);
    let consumer = header(call, "x-consumerid").map(str::to_string);
    let tags = call.param("tags").map(str::to_string);
    call.with_store(|store| {
        let Some(svc) = find_service(store, &id).cloned() else {
            return not_found_service(call, &id);
        };
        note_consumer(store, consumer.as_deref(), &svc);
        let instances = if has_tags(&svc, tags.as_deref()) { instances_of(store, &id) } else { Vec::new() };
        call.ok(&json!({"instances": instances}))
    })
}

/// The instance the path names, or the service center's error.
fn with_instance<T>(call: &Call, store: &mut Store, f: impl FnOnce(&mut Store, &str, &str) -> T, answer: impl FnOnce(T) -> Response) -> Response {
    let id = service_id_param(call);
    let instance_id = call.param("instance_id").unwrap_or_default().to_string();
    if find_service(store, &id).is_none() {
        return not_found_service(call, &id);
    }
    if !store.items(INSTANCES).iter().any(|i| text(i, "serviceId") == id && text(i, "instanceId") == instance_id) {
        return call.error(StatusCode::BAD_REQUEST, NO_INSTANCE, &format!("Instance does not exist: {instance_id}"));
    }
    answer(f(store, &id, &instance_id))
}

fn instance_mut<'s>(store: &'s mut Store, instance_id: &str) -> &'s mut Value {
    store.find_mut(INSTANCES, "instanceId", instance_id).expect("checked")
}

fn get_instance(call: &Call) -> Response {
    let consumer = header(call, "x-consumerid").map(str::to_string);
    call.with_store(|store| {
        with_instance(call, store, |store, sid, iid| {
            if let Some(svc) = find_service(store, sid).cloned() {
                note_consumer(store, consumer.as_deref(), &svc);
            }
            shown(store.find(INSTANCES, "instanceId", iid).expect("checked"))
        }, |inst| call.ok(&json!({"instance": inst})))
    })
}

fn deregister_instance(call: &Call) -> Response {
    call.with_store(|store| {
        with_instance(call, store, |store, _, iid| store.items_mut(INSTANCES).retain(|i| text(i, "instanceId") != iid), |_| call.done())
    })
}

fn instance_properties(call: &Call) -> Response {
    let props = call.field("properties").cloned().unwrap_or(json!({}));
    let now = call.clock().now;
    call.with_store(|store| {
        with_instance(call, store, |store, _, iid| {
            let i = instance_mut(store, iid);
            i["properties"] = props;
            i["modTimestamp"] = json!(secs(now));
        }, |_| call.done())
    })
}

fn instance_status(call: &Call) -> Response {
    let value = call.param("value").unwrap_or("UP").to_string();
    let now = call.clock().now;
    call.with_store(|store| {
        with_instance(call, store, |store, _, iid| {
            let i = instance_mut(store, iid);
            i["status"] = json!(value);
            i["modTimestamp"] = json!(secs(now));
        }, |_| call.done())
    })
}

fn heartbeat(call: &Call) -> Response {
    let now = call.clock().now;
    call.with_store(|store| {
        with_instance(call, store, |store, _, iid| {
            instance_mut(store, iid)["_heartbeat"] = json!(now);
        }, |_| call.done())
    })
}

/// Whether `version` satisfies a version rule: exact (`1.0.0`), `1.0.0+`, `1.0.0-2.0.0`,
/// `latest` (checked by the caller) or empty (any).
fn version_matches(rule: &str, version: &str) -> bool {
    fn parts(v: &str) -> Vec<u64> {
        v.split('.').map(|p| p.trim().parse().unwrap_or(0)).collect()
    }
    let v = parts(version);
    if rule.is_empty() || rule == "latest" {
        true
    } else if let Some(from) = rule.strip_suffix('+') {
        v >= parts(from)
    } else if let Some((from, to)) = rule.split_once('-') {
        v >= parts(from) && v < parts(to)
    } else {
        v == parts(rule)
    }
}

/// The microservices a key (`environment`, `appId`, `serviceName`, version rule) names.
fn matching(store: &Store, env: &str, app: &str, name: &str, rule: &str) -> Vec<Value> {
    let same_env = |s: &Value| text(s, "environment") == env || matches!((env, text(s, "environment")), ("" | "development", "" | "development"));
    let mut found: Vec<Value> = store
        .items(SERVICES)
        .iter()
        .filter(|s| same_env(s) && text(s, "appId") == app && (name == "*" || text(s, "serviceName") == name) && version_matches(rule, text(s, "version")))
        .cloned()
        .collect();
    if rule == "latest" {
        let newest = |s: &Value| text(s, "version").split('.').map(|p| p.parse::<u64>().unwrap_or(0)).collect::<Vec<_>>();
        if let Some(max) = found.iter().map(newest).max() {
            found.retain(|s| newest(s) == max);
        }
    }
    found
}

fn find_instances(call: &Call) -> Response {
    let p = |name: &str| call.param(name).unwrap_or_default().to_string();
    let consumer = header(call, "x-consumerid").map(str::to_string);
    let tags = call.param("tags").map(str::to_string);
    call.with_store(|store| {
        let services = matching(store, &p("env"), &p("appId"), &p("serviceName"), &p("version"));
        if services.is_empty() {
            return call.error(StatusCode::BAD_REQUEST, NO_SERVICE, &format!("Micro-service does not exist: {}/{}", p("appId"), p("serviceName")));
        }
        let mut instances = Vec::new();
        for svc in &services {
            note_consumer(store, consumer.as_deref(), svc);
            if has_tags(svc, tags.as_deref()) {
                instances.extend(instances_of(store, text(svc, "serviceId")));
            }
        }
        call.ok(&json!({"instances": instances}))
    })
}

/// A revision of a set of instances: changes whenever one of them does.
fn revision(instances: &[Value]) -> String {
    let text: String = instances.iter().map(|i| format!("{}:{}:{};", self::text(i, "instanceId"), self::text(i, "modTimestamp"), self::text(i, "status"))).collect();
    let s = summary(&text);
    format!("{s}{}", &s[..8])
}

fn batch_find(call: &Call) -> Response {
    let body = call.body.clone().unwrap_or(Value::Null);
    let (services, instances) = (body["services"].as_array().cloned(), body["instances"].as_array().cloned());
    if services.as_ref().is_none_or(Vec::is_empty) && instances.as_ref().is_none_or(Vec::is_empty) {
        return call.bad_request("services or instances: at least one lookup");
    }
    let consumer = header(call, "x-consumerid").map(str::to_string);
    call.with_store(|store| {
        let mut answer = Map::new();
        let result = |found: Vec<(usize, Result<Vec<Value>, (&str, String)>, String)>| {
            let (mut failed, mut not_modified, mut updated) = (Vec::new(), Vec::new(), Vec::new());
            for (index, found, rev) in found {
                match found {
                    Err((code, message)) => failed.push(json!({"indexes": [index], "error": {"errorCode": code, "errorMessage": message, "detail": message}})),
                    Ok(list) => {
                        let current = revision(&list);
                        if current == rev {
                            not_modified.push(json!(index));
                        } else {
                            updated.push(json!({"index": index, "rev": current, "instances": list}));
                        }
                    }
                }
            }
            let mut r = Map::new();
            for (k, v) in [("failed", failed), ("notModified", not_modified), ("updated", updated)] {
                if !v.is_empty() {
                    r.insert(k.into(), Value::Array(v));
                }
            }
            Value::Object(r)
        };
        if let Some(list) = services {
            let mut found = Vec::new();
            for (index, item) in list.iter().enumerate() {
                let key = &item["service"];
                let svcs = matching(store, text(key, "environment"), text(key, "appId"), text(key, "serviceName"), text(key, "version"));
                let rev = text(item, "rev").to_string();
                if svcs.is_empty() {
                    found.push((index, Err((NO_SERVICE, format!("Micro-service does not exist: {}/{}", text(key, "appId"), text(key, "serviceName")))), rev));
                    continue;
                }
                let mut all = Vec::new();
                for svc in &svcs {
                    note_consumer(store, consumer.as_deref(), svc);
                    all.extend(instances_of(store, text(svc, "serviceId")));
                }
                found.push((index, Ok(all), rev));
            }
            answer.insert("services".into(), result(found));
        }
        if let Some(list) = instances {
            let found = list
                .iter()
                .enumerate()
                .map(|(index, item)| {
                    let iid = text(&item["instance"], "instanceId");
                    let sid = text(&item["instance"], "serviceId");
                    let rev = text(item, "rev").to_string();
                    match store.items(INSTANCES).iter().find(|i| text(i, "instanceId") == iid && (sid.is_empty() || text(i, "serviceId") == sid)) {
                        Some(i) => (index, Ok(vec![shown(i)]), rev),
                        None => (index, Err((NO_INSTANCE, format!("Instance does not exist: {iid}"))), rev),
                    }
                })
                .collect();
            answer.insert("instances".into(), result(found));
        }
        call.ok(&Value::Object(answer))
    })
}

/// The microservices `consumer` depends on (recorded keys resolved now).
pub fn providers_of(store: &Store, consumer: &str) -> Vec<Value> {
    let mut out: BTreeMap<String, Value> = BTreeMap::new();
    for dep in store.items(DEPENDENCIES).iter().filter(|d| text(d, "consumerId") == consumer) {
        let k = &dep["provider"];
        for svc in matching(store, text(k, "environment"), text(k, "appId"), text(k, "serviceName"), text(k, "version")) {
            out.insert(text(&svc, "serviceId").to_string(), shown(&svc));
        }
    }
    out.into_values().collect()
}

fn list_providers(call: &Call) -> Response {
    let consumer = call.param("consumer_id").unwrap_or_default().to_string();
    let no_self = call.params.get("noSelf").and_then(Value::as_i64) == Some(1);
    call.with_store(|store| {
        if find_service(store, &consumer).is_none() {
            return not_found_service(call, &consumer);
        }
        let mut providers = providers_of(store, &consumer);
        if no_self {
            providers.retain(|p| text(p, "serviceId") != consumer);
        }
        call.ok(&json!({"providers": providers}))
    })
}

fn create_dependencies(call: &Call) -> Response {
    let deps = call.field("dependencies").and_then(Value::as_array).cloned().unwrap_or_default();
    call.with_store(|store| {
        let mut recorded = Vec::new();
        for dep in &deps {
            let c = &dep["consumer"];
            let (name, version) = (text(c, "serviceName"), text(c, "version"));
            if name == "*" || version.is_empty() || version.ends_with('+') || version.contains('-') || version == "latest" {
                return call.bad_request("consumer: an existing microservice with an exact version (not * nor a version rule)");
            }
            let Some(consumer) = matching(store, text(c, "environment"), text(c, "appId"), name, version).into_iter().next() else {
                return call.error(StatusCode::BAD_REQUEST, NO_SERVICE, &format!("Micro-service does not exist: consumer {}/{name}/{version}", text(c, "appId")));
            };
            for p in dep["providers"].as_array().into_iter().flatten() {
                let key = json!({"environment": p.get("environment").cloned().unwrap_or(json!("")), "appId": p["appId"], "serviceName": p["serviceName"],
                    "version": p.get("version").cloned().unwrap_or(json!(""))});
                recorded.push(json!({"consumerId": consumer["serviceId"], "provider": key}));
            }
        }
        for dep in recorded {
            if !store.items(DEPENDENCIES).contains(&dep) {
                store.items_mut(DEPENDENCIES).push(dep);
            }
        }
        call.done()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_rules() {
        assert!(version_matches("1.0.0+", "1.2.0"));
        assert!(!version_matches("1.3.0+", "1.2.0"));
        assert!(version_matches("1.0.0-2.0.0", "1.9.9"));
        assert!(!version_matches("1.0.0-2.0.0", "2.0.0"));
        assert!(version_matches("1.0.0", "1.0.0"));
        assert!(version_matches("", "0.0.1"));
    }
}
