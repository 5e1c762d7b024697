//! What the IMS, CBR and Rainbond emulators share: a store for services whose paths carry
//! no project (IMS's `/v1/cloudimages/…`, Rainbond's `/openapi/…`), time read from the
//! sandbox's clock, and answers without the sandbox's own bookkeeping.

use serde_json::{Map, Value};

use super::{Call, Project};

/// Runs `f` on the store of a service that is not scoped by a project in its paths (one store
/// per sandbox, kept under a project key no real project id can take).
pub fn with_store<T>(call: &Call, key: &str, f: impl FnOnce(&mut Project) -> T) -> T {
    call.state.with_project(&format!("~{key}"), f)
}

/// Milliseconds of job time since `started` (the sandbox's clock, times the job speed).
pub fn elapsed(call: &Call, started: i64) -> f64 {
    (call.state.now() - started).max(0) as f64 * call.state.job_speed()
}

/// The sandbox's time now.
pub fn now(call: &Call) -> i64 {
    call.state.now()
}

/// A 32-hex-digit id, as IMS jobs, Rainbond components and project ids look.
pub fn hex_id() -> String {
    super::new_id().replace('-', "")
}

/// An item as it leaves the sandbox: members starting with one `_` removed, at any depth
/// (IMS's own attributes start with two and stay).
pub fn public(item: &Value) -> Value {
    match item {
        Value::Object(map) => Value::Object(
            map.iter().filter(|(k, _)| !k.starts_with('_') || k.starts_with("__")).map(|(k, v)| (k.clone(), public(v))).collect::<Map<String, Value>>(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(public).collect()),
        other => other.clone(),
    }
}

pub fn text<'v>(item: &'v Value, field: &str) -> &'v str {
    item.get(field).and_then(Value::as_str).unwrap_or_default()
}

pub fn int(item: &Value, field: &str) -> i64 {
    item.get(field).and_then(Value::as_i64).unwrap_or_default()
}

/// `limit`/`offset` paging of a list (`offset` 0 and everything when absent).
pub fn page(call: &Call, items: Vec<Value>) -> Vec<Value> {
    let offset = call.params.get("offset").and_then(Value::as_i64).unwrap_or(0).max(0) as usize;
    let limit = call.params.get("limit").and_then(Value::as_i64).map(|l| l.max(0) as usize).unwrap_or(usize::MAX);
    items.into_iter().skip(offset).take(limit).collect()
}

/// Whether a list item passes the string filters named (query parameter = item field).
pub fn matches(call: &Call, item: &Value, filters: &[(&str, &str)]) -> bool {
    filters.iter().all(|(param, field)| match call.param(param).filter(|v| !v.is_empty()) {
        None => true,
        Some(want) => item.get(*field).and_then(Value::as_str) == Some(want),
    })
}
