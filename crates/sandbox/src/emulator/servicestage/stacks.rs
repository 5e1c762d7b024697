//! Runtime stacks (4.4): the system stacks every project has (published, unchangeable) and
//! custom ones, created unpublished (`Disable`) and published with 4.4.7. A stack in use by
//! components, or published, cannot be deleted; a system stack cannot be changed at all.

use axum::response::Response;
use opsdeck_api::operation::OpKind;
use opsdeck_api::servicestage::v3::resources as ss;
use serde_json::{json, Map, Value};

use super::super::engine::{Call, Store};
use super::{behavior, busy, run, text};

/// Members of a new custom stack.
pub fn defaults() -> Value {
    json!({"system": 0, "status": "Disable", "spec": {"os": null, "sdk": null, "parameters": null}})
}

fn users(project: &Store, stack: &Value) -> usize {
    let name = text(stack, "name");
    project.items("components").iter().filter(|c| c.pointer("/runtime_stack/name").and_then(Value::as_str) == Some(name)).count()
}

/// The number of components that run on the stack.
pub fn present(project: &Store, stack: &mut Map<String, Value>) {
    let count = users(project, &Value::Object(stack.clone()));
    stack.insert("component_count".into(), json!(count));
}

pub fn guard(project: &Store, stack: &Value, kind: OpKind) -> Result<(), Response> {
    if stack.get("system").and_then(Value::as_i64) == Some(1) {
        return Err(busy("system runtime stacks cannot be changed"));
    }
    if kind == OpKind::Delete {
        if text(stack, "status") == "Supported" {
            return Err(busy("the runtime stack is published; unpublish it first"));
        }
        if users(project, stack) > 0 {
            return Err(busy("components use the runtime stack"));
        }
    }
    Ok(())
}

/// 4.4.2: the base images each stack type builds with.
pub fn inner_images(call: &Call) -> Response {
    const REGISTRY: &str = "swr.cn-north-4.myhuaweicloud.com/op_svc_cse";
    let images: Vec<Value> = [
        ("Java", "openjdk-x86_64:8-1.3.6"),
        ("Java", "openjdk-x86_64:11-1.3.6"),
        ("Java", "openjdk-x86_64:17-1.3.6"),
        ("Tomcat", "tomcat-x86_64:9-jdk8-1.3.6"),
        ("Nodejs", "nodejs-x86_64:16-1.3.6"),
        ("Python", "python-x86_64:3.9-1.3.6"),
        ("Php", "php-x86_64:7.4-1.3.6"),
    ]
    .into_iter()
    .map(|(kind, image)| json!({"type": kind, "url": format!("{REGISTRY}/{image}")}))
    .collect();
    call.ok(&json!({"runtime_stacks": images}))
}

/// 4.4.7: publishes (`Supported`) or unpublishes (`Disable`) custom stacks, all or none.
pub fn publish(call: &Call) -> Response {
    run(call, |project| {
        let b = behavior(&ss::RUNTIME_STACKS);
        let to = call.field("action").and_then(Value::as_str).unwrap_or("Supported").to_string();
        let ids: Vec<String> = call
            .body
            .as_ref()
            .and_then(|body| body.pointer("/parameters/runtimestacks"))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|s| text(s, "id").to_string())
            .collect();
        for id in &ids {
            let Some(stack) = project.find("runtime-stacks", "id", id) else { return Err(b.not_found(call, "")) };
            if stack.get("system").and_then(Value::as_i64) == Some(1) {
                return Err(busy(&format!("system runtime stack {} is always published", text(stack, "name"))));
            }
            if to == "Disable" && users(project, stack) > 0 {
                return Err(busy(&format!("components use runtime stack {}", text(stack, "name"))));
            }
        }
        let now = call.state.now();
        for id in &ids {
            if let Some(stack) = project.find_mut("runtime-stacks", "id", id) {
                stack["status"] = json!(to);
                stack["update_time"] = json!(now);
            }
        }
        Ok(call.done())
    })
}
