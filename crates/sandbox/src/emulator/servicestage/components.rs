//! Components (4.3): creating, importing and changing a component deploys it through a job
//! (4.6.1) whose end sets its status; actions (4.3.8) are jobs too, allowed only in the states
//! where they make sense (409 SVCSTG.00100419 otherwise); every job is a deployment record
//! (4.3.9); refresh (4.3.10) and filter options (4.3.11) answer from the current state.
//!
//! A component's deployment needs its environment to host it: a CCE cluster for container
//! components, ECS or an AS group for virtual-machine ones. Without one the deployment job
//! fails and the component is FAILED (`create_failed`), as the service's does.

use axum::http::StatusCode;
use axum::response::Response;
use opsdeck_api::operation::{OpKind, Operation, Service};
use opsdeck_api::resource::{Paging, ParentLink, ResourceDecl, Sorting};
use opsdeck_api::servicestage::v3::component::ListComponentRecordsOp;
use opsdeck_api::servicestage::v3::resources as ss;
use opsdeck_api::json_path::{dotted, set_at};
use serde_json::{json, Map, Value};

use super::super::engine::crud::{self, PARENT};
use super::super::engine::{iso_time, new_id, Call, Store};
use super::jobs::{self, JobSpec, TaskSpec};
use super::{behavior, not_found, busy, err, fail, invalid, object, run, text, RECORDS, SANDBOX_USER};

const COMPONENTS: &str = "components";

/// States in which a job is working on the component.
const BUSY: &[&str] = &["INITIALIZING", "UPGRADING", "STARTING", "STOPPING", "RESTARTING", "DELETING"];

/// Label keys the service sets itself (table 4-124: using them makes deployment fail).
const RESERVED_LABELS: &[&str] = &["app", "casid", "version"];

/// The deployment records of a component (4.3.9): a sandbox-side declaration of how the
/// records list pages and sorts, so that the generic list answers it.
pub static RECORDS_DECL: ResourceDecl = ResourceDecl {
    key: RECORDS,
    service: Service::ServiceStage,
    items_field: "records",
    count_field: Some("count"),
    sorting: Some(Sorting { by: "order_by", order: "order", default_by: "create_time" }),
    paging: Paging::LimitOffset { limit: "limit", offset: "offset", max_limit: 100 },
    list: Some(ListComponentRecordsOp::DECL),
    parent: Some(ParentLink { resource: &ss::COMPONENTS, param: "component_id", item_field: "instance_id" }),
    ..ResourceDecl::BLANK
};

/// The steps of each kind of job, after the platform prefix (`CCEAPP_`, `VMAPP_`), with their
/// nominal durations.
mod steps {
    pub type Steps = &'static [(&'static str, i64)];
    pub const DEPLOY: Steps = &[("CONTEXT_PREPARE_01", 800), ("DEPLOY_001", 2000), ("HEALTH_CHECK_01", 1500)];
    pub const IMPORT: Steps = &[("CONTEXT_PREPARE_01", 600), ("IMPORT_WORKLOAD_01", 1500), ("HEALTH_CHECK_01", 800)];
    pub const UPGRADE: Steps = &[("CONTEXT_PREPARE_01", 800), ("UPGRADE_002", 2000), ("HEALTH_CHECK_01", 1200)];
    pub const GRAY_FIRST_BATCH: Steps = &[("CONTEXT_PREPARE_01", 800), ("GRAY_RELEASE_FIRST_BATCH_01", 2000)];
    pub const GRAY_REMAINING: Steps = &[("GRAY_RELEASE_REMAINING_BATCH_01", 2000), ("HEALTH_CHECK_01", 800)];
    pub const START: Steps = &[("START_01", 1500), ("HEALTH_CHECK_01", 1000)];
    pub const STOP: Steps = &[("STOP_01", 1500)];
    pub const RESTART: Steps = &[("STOP_01", 1000), ("START_01", 1500), ("HEALTH_CHECK_01", 1000)];
    pub const SCALE: Steps = &[("SCALE_01", 2000), ("HEALTH_CHECK_01", 800)];
    pub const ROLLBACK: Steps = &[("CONTEXT_PREPARE_01", 600), ("ROLLBACK_01", 2000), ("HEALTH_CHECK_01", 1000)];
    pub const CHECK_GRAY: Steps = &[("CHECK_GRAY_RULE_01", 600)];
    pub const MODIFY_GRAY: Steps = &[("MODIFY_GRAY_RULE_01", 800)];
}

fn status(c: &Value) -> &str {
    c.pointer("/status/component_status").and_then(Value::as_str).unwrap_or("UNKNOWN")
}

fn deploy_mode(c: &Value) -> &str {
    c.pointer("/runtime_stack/deploy_mode").and_then(Value::as_str).unwrap_or("container")
}

fn replica(c: &Value) -> i64 {
    c.get("replica").or_else(|| c.pointer("/status/replica")).and_then(Value::as_i64).unwrap_or(1)
}

fn deploy_type(c: &Value) -> String {
    c.pointer("/deploy_strategy/type").and_then(Value::as_str).unwrap_or("OneBatchRelease").to_string()
}

fn tasks(mode: &str, steps: steps::Steps) -> Vec<TaskSpec> {
    let prefix = if mode == "virtualmachine" { "VMAPP" } else { "CCEAPP" };
    steps.iter().map(|(name, ms)| TaskSpec::new(format!("{prefix}_{name}"), *ms)).collect()
}

/// Application and environment names, always the current ones.
pub fn present(project: &Store, c: &mut Map<String, Value>) {
    for (id_field, key, name_field) in [("application_id", "applications", "application_name"), ("environment_id", "environments", "environment_name")] {
        let name = c
            .get(id_field)
            .and_then(Value::as_str)
            .and_then(|id| project.find(key, "id", id))
            .and_then(|item| item.get("name"))
            .cloned();
        if let Some(name) = name {
            c.insert(name_field.into(), name);
        }
    }
}

/// A component cannot be deleted while a job works on it.
pub fn guard(_: &Store, c: &Value, kind: OpKind) -> Result<(), Response> {
    if kind == OpKind::Delete && BUSY.contains(&status(c)) {
        let (status_code, code, msg) = err::NOT_DELETABLE;
        return Err(fail(status_code, code, &format!("{msg}: the component is {}", status(c))));
    }
    Ok(())
}

/// Whether the environment has what a component of `mode` is deployed onto.
fn environment_hosts(project: &Store, env: &Value, mode: &str) -> bool {
    let kinds: &[&str] = if mode == "virtualmachine" { &["ecs", "as"] } else { &["cce"] };
    let env_id = text(env, "id");
    let managed = env.get("resources").and_then(Value::as_array).into_iter().flatten().any(|r| kinds.contains(&text(r, "type")));
    let created = project.items("iac-resources").iter().any(|r| {
        r.get(PARENT).and_then(Value::as_str) == Some(env_id) && kinds.contains(&text(r, "type")) && r.get("resource_id").is_some_and(|v| v.is_string())
    });
    managed || created
}

fn check_labels(body: &Value) -> Result<(), Response> {
    for (i, label) in body.get("labels").and_then(Value::as_array).into_iter().flatten().enumerate() {
        if RESERVED_LABELS.contains(&text(label, "key")) {
            return Err(invalid(&format!("labels[{i}].key: app, casid and version are set by the service")));
        }
    }
    Ok(())
}

/// The runtime stack must be one the project has published (400 SVCSTG.00100420).
fn check_stack(project: &Store, stack: Option<&Value>) -> Result<(), Response> {
    let Some(stack) = stack else { return Ok(()) };
    let name = text(stack, "name");
    let supported = project.items("runtime-stacks").iter().any(|s| text(s, "name") == name && text(s, "status") == "Supported");
    if supported {
        Ok(())
    } else {
        Err(fail(StatusCode::BAD_REQUEST, "SVCSTG.00100420", &format!("runtime not supported: {name}")))
    }
}

/// The environment a new component goes to: the one named, or the one that manages a
/// resource the component refers to.
fn environment_for<'p>(project: &'p Store, body: &Value) -> Result<&'p Value, Response> {
    if let Some(id) = body.get("environment_id").and_then(Value::as_str) {
        return project.find("environments", "id", id).ok_or_else(|| not_found(&ss::ENVIRONMENTS));
    }
    let refers: Vec<&str> = body.get("refer_resources").and_then(Value::as_array).into_iter().flatten().map(|r| text(r, "id")).collect();
    project
        .items("environments")
        .iter()
        .find(|env| env.get("resources").and_then(Value::as_array).into_iter().flatten().any(|r| refers.contains(&text(r, "id"))))
        .ok_or_else(|| invalid("environment_id: missing, and no environment manages the referenced resources"))
}

fn check_mode(env: &Value, mode: &str) -> Result<(), Response> {
    let env_mode = text(env, "deploy_mode");
    if env_mode.is_empty() || env_mode == "mixed" || env_mode == mode {
        Ok(())
    } else {
        Err(invalid(&format!("runtime_stack.deploy_mode: environment {} deploys {env_mode}, not {mode}", text(env, "name"))))
    }
}

/// Node.js components that use a CSE engine need the mesher (table 4-123).
fn check_mesher(body: &Value) -> Result<(), Response> {
    let nodejs = body.pointer("/runtime_stack/type").and_then(Value::as_str) == Some("Nodejs");
    let cse = body.get("refer_resources").and_then(Value::as_array).into_iter().flatten().any(|r| text(r, "type") == "cse");
    if nodejs && cse && body.get("mesher").is_none() {
        return Err(invalid("mesher: required for a Node.js component bound to a CSE engine"));
    }
    Ok(())
}

/// A job on the component at `index` that ends by applying `on_success` (or `on_failure`)
/// to it; the component shows `interim` meanwhile. Returns the job id.
struct ComponentJob<'a> {
    action: &'a str,
    steps: steps::Steps,
    interim: &'a str,
    on_success: Value,
    on_failure: Value,
    fail: Option<(usize, String)>,
    /// Adds the job to this record instead of starting a new one (the remaining batches of a
    /// gray release).
    record: Option<String>,
}

fn start_job(project: &mut Store, call: &Call, index: usize, mut spec: ComponentJob) -> String {
    let now = call.state.now();
    let Some(c) = project.items(COMPONENTS).get(index).cloned() else { return String::new() };
    let id = text(&c, "id").to_string();
    let record_id = spec.record.clone().unwrap_or_else(new_id);
    // A gray release remembers its record: the remaining batches' job joins it.
    if let Some(gray) = spec.on_success.get_mut("_gray").filter(|g| g.is_object()) {
        gray["record"] = json!(record_id);
    }
    let with_touch = |changes: Value| {
        let mut e = jobs::set(COMPONENTS, &id, changes);
        e["touch"] = json!(["status.update_time"]);
        e
    };
    let job_type = if spec.action == "create" { "PROVISION" } else { "DAILY_OPERATION" };
    let job_id = jobs::start(
        project,
        &call.project_id(),
        now,
        JobSpec {
            job_type,
            instance: id.clone(),
            tasks: tasks(deploy_mode(&c), spec.steps),
            fail: spec.fail,
            on_success: vec![with_touch(spec.on_success)],
            on_failure: vec![with_touch(spec.on_failure)],
        },
    );
    if let Some(item) = project.items_mut(COMPONENTS).get_mut(index) {
        set_at(item, &dotted("status.component_status"), json!(spec.interim));
        set_at(item, &dotted("status.last_job_id"), json!(job_id));
        set_at(item, &dotted("status.fail_detail"), Value::Null);
        set_at(item, &dotted("status.update_time"), json!(now));
    }
    let job_entry = |sequence: usize| {
        json!({
            "sequence": sequence,
            "deploy_type": deploy_type(&c),
            "job_id": job_id,
            "job_info": {
                "deploy_type": deploy_type(&c),
                "source_url": c.pointer("/source/url").cloned().unwrap_or(Value::Null),
                "first_batch_weight": c.pointer("/deploy_strategy/gray_release/first_batch_weight").cloned().unwrap_or(Value::Null),
                "first_batch_replica": c.pointer("/deploy_strategy/gray_release/first_batch_replica").cloned().unwrap_or(Value::Null),
                "replica": replica(&c),
                "remaining_batch": c.pointer("/deploy_strategy/gray_release/remaining_batch").cloned().unwrap_or(Value::Null),
            },
        })
    };
    let existing = project.find_mut(RECORDS, "id", &record_id);
    match existing {
        Some(record) => {
            let n = record.get("jobs").and_then(Value::as_array).map_or(0, Vec::len);
            if let Some(Value::Array(list)) = record.get_mut("jobs") {
                list.push(job_entry(n));
            }
            if let Some(Value::Array(list)) = record.get_mut("_jobs") {
                list.push(json!(job_id));
            }
            record["_update_time"] = json!(now);
        }
        None => project.items_mut(RECORDS).push(object([
            ("id", json!(record_id)),
            (PARENT, json!(id)),
            ("instance_id", json!(id)),
            ("version", c.get("version").cloned().unwrap_or(Value::Null)),
            ("deploy_type", json!(deploy_type(&c))),
            ("description", json!({"action": spec.action, "operator": SANDBOX_USER})),
            ("begin_time", json!(iso_time(now))),
            ("jobs", json!([job_entry(0)])),
            ("_jobs", json!([job_id])),
            ("_create_time", json!(now)),
            ("_update_time", json!(now)),
        ])),
    }
    job_id
}

/// Status members once a deployment has ended well.
fn running(replicas: i64) -> Value {
    json!({"status.component_status": "RUNNING", "status.replica": replicas, "status.available_replica": replicas})
}

fn create_failed(replicas: i64) -> Value {
    json!({"status.component_status": "FAILED", "status.fail_detail": "create_failed", "status.replica": replicas, "status.available_replica": 0})
}

/// The deployment job of a new component: it fails when the environment cannot host it.
fn deploy(project: &mut Store, call: &Call, index: usize, steps: steps::Steps) -> String {
    let Some(c) = project.items(COMPONENTS).get(index).cloned() else { return String::new() };
    let hosted = project.find("environments", "id", text(&c, "environment_id")).is_some_and(|env| environment_hosts(project, env, deploy_mode(&c)));
    let what = if deploy_mode(&c) == "virtualmachine" { "no ECS or AS resource" } else { "no CCE cluster" };
    let fail = (!hosted).then(|| (1, format!("the environment has {what} to deploy the component onto")));
    let n = replica(&c);
    start_job(
        project,
        call,
        index,
        ComponentJob { action: "create", steps, interim: "INITIALIZING", on_success: running(n), on_failure: create_failed(n), fail, record: None },
    )
}

fn new_status(call: &Call, replicas: i64) -> Value {
    let now = call.state.now();
    json!({
        "component_status": "INITIALIZING",
        "available_replica": 0,
        "replica": replicas,
        "fail_detail": null,
        "last_job_id": null,
        "creator": SANDBOX_USER,
        "create_time": now,
        "update_time": now,
    })
}

/// 4.3.1: the component and its deployment job.
pub fn create(call: &Call) -> Response {
    run(call, |project| {
        let b = behavior(&ss::COMPONENTS);
        crud::parent_id(b, call, project)?;
        let body = call.body.clone().unwrap_or(Value::Null);
        check_labels(&body)?;
        check_stack(project, body.get("runtime_stack"))?;
        check_mesher(&body)?;
        let mode = body.pointer("/runtime_stack/deploy_mode").and_then(Value::as_str).unwrap_or("container");
        let env = environment_for(project, &body)?;
        check_mode(env, mode)?;
        let env_id = text(env, "id").to_string();
        let replicas = body.get("replica").and_then(Value::as_i64).unwrap_or(1);
        let mut extra = Map::new();
        extra.insert("environment_id".into(), json!(env_id));
        extra.insert("platform_type".into(), json!(if mode == "virtualmachine" { "vm" } else { "cce" }));
        extra.insert("status".into(), new_status(call, replicas));
        if mode == "container" && body.get("workload_kind").is_none() {
            extra.insert("workload_kind".into(), json!("deployment"));
        }
        let index = crud::create(b, call, project, extra)?;
        let job_id = deploy(project, call, index, steps::DEPLOY);
        let id = project.items(COMPONENTS).get(index).map(|c| text(c, "id").to_string()).unwrap_or_default();
        Ok(call.ok(&json!({"job_id": job_id, "component_id": id})))
    })
}

/// 4.3.2: a component made from a workload that already runs in the environment's cluster.
pub fn import(call: &Call) -> Response {
    run(call, |project| {
        let b = behavior(&ss::COMPONENTS);
        crud::parent_id(b, call, project)?;
        let body = call.body.clone().unwrap_or(Value::Null);
        check_labels(&body)?;
        let env = environment_for(project, &body)?;
        check_mode(env, "container")?;
        let mut extra = Map::new();
        extra.insert("environment_id".into(), json!(text(env, "id")));
        extra.insert("platform_type".into(), json!("cce"));
        extra.insert("replica".into(), json!(1));
        extra.insert("status".into(), new_status(call, 1));
        let index = crud::create(b, call, project, extra)?;
        deploy(project, call, index, steps::IMPORT);
        let id = project.items(COMPONENTS).get(index).map(|c| text(c, "id").to_string()).unwrap_or_default();
        Ok(call.ok(&json!({"instance_id": id})))
    })
}

/// 4.3.5: changes the component and deploys the change (a gray release stops after its first
/// batch until `continue_deploy`).
pub fn update(call: &Call) -> Response {
    run(call, |project| {
        let b = behavior(&ss::COMPONENTS);
        let index = crud::find(b, call, project)?;
        let c = project.items(COMPONENTS)[index].clone();
        if BUSY.contains(&status(&c)) {
            return Err(busy(&format!("the component is {}", status(&c))));
        }
        releasing(&c)?;
        let body = call.body.clone().unwrap_or(Value::Null);
        check_labels(&body)?;
        check_stack(project, body.get("runtime_stack"))?;
        let parent = c.get(PARENT).and_then(Value::as_str).map(str::to_string);
        if let Some(res) = crud::name_is_taken(b, call, project, parent.as_deref(), body.get("name"), Some(index)) {
            return Err(res);
        }
        let mut changes = crud::known_fields(b.resource, &body);
        for fixed in ["id", "application_id", "environment_id", "status", "creator"] {
            changes.remove(fixed);
        }
        let previous = c.get("version").cloned().unwrap_or(Value::Null);
        if let Some(Value::Object(item)) = project.items_mut(COMPONENTS).get_mut(index) {
            item.extend(changes);
        }
        let Some(c) = project.items(COMPONENTS).get(index).cloned() else { return Err(b.not_found(call, "")) };
        let n = replica(&c);
        let gray = deploy_type(&c) == "GrayRelease";
        let mut on_success = running(n);
        if gray {
            on_success["_gray"] = json!({"previous_version": previous, "version": c.get("version")});
        }
        let job_id = start_job(
            project,
            call,
            index,
            ComponentJob {
                action: "upgrade",
                steps: if gray { steps::GRAY_FIRST_BATCH } else { steps::UPGRADE },
                interim: "UPGRADING",
                on_success,
                on_failure: json!({"status.component_status": "FAILED", "status.available_replica": 0}),
                fail: None,
                record: None,
            },
        );
        Ok(call.ok(&json!({"job_id": job_id})))
    })
}

/// 4.3.8: start, stop, restart, scale, roll back, and the steps of a gray release.
pub fn action(call: &Call) -> Response {
    run(call, |project| {
        let b = behavior(&ss::COMPONENTS);
        let index = crud::find(b, call, project)?;
        let c = project.items(COMPONENTS)[index].clone();
        let action = call.field("action").and_then(Value::as_str).unwrap_or_default();
        let params = call.field("parameters").cloned().unwrap_or(Value::Null);
        let state = status(&c);
        let n = replica(&c);
        let gray = c.get("_gray").filter(|g| g.is_object()).cloned();
        if BUSY.contains(&state) && !(action == "rollback_current" && state == "UPGRADING") {
            return Err(busy(&format!("the component is {state}")));
        }
        let job = |steps, interim, on_success: Value| ComponentJob {
            action,
            steps,
            interim,
            on_failure: json!({"status.component_status": "FAILED", "status.available_replica": 0}),
            on_success,
            fail: None,
            record: None,
        };
        let require = |ok: bool, why: &str| if ok { Ok(()) } else { Err(busy(why)) };
        let spec = match action {
            "start" => {
                require(state == "STOPPED", &format!("only a stopped component starts; it is {state}"))?;
                job(steps::START, "STARTING", running(n))
            }
            "stop" => {
                require(state != "STOPPED", "the component is already stopped")?;
                job(steps::STOP, "STOPPING", json!({"status.component_status": "STOPPED", "status.available_replica": 0}))
            }
            "restart" => {
                require(state != "STOPPED", "a stopped component is started, not restarted")?;
                job(steps::RESTART, "RESTARTING", running(n))
            }
            "scale" => {
                releasing(&c)?;
                let Some(to) = params.get("replica").and_then(Value::as_i64) else {
                    return Err(invalid("parameters.replica: required to scale"));
                };
                if to < 1 {
                    return Err(invalid("parameters.replica: at least 1 (stop the component instead)"));
                }
                let hosts = params.get("hosts").and_then(Value::as_array).is_some_and(|h| !h.is_empty());
                if deploy_mode(&c) == "virtualmachine" && !hosts {
                    return Err(invalid("parameters.hosts: required to scale a virtual-machine component"));
                }
                require(state != "STOPPED", "a stopped component is started before it is scaled")?;
                let mut on_success = running(to);
                on_success["replica"] = json!(to);
                job(steps::SCALE, "UPGRADING", on_success)
            }
            "rollback" => {
                releasing(&c)?;
                let Some(version) = params.get("version").and_then(Value::as_str).filter(|v| !v.is_empty()) else {
                    return Err(invalid("parameters.version: required to roll back"));
                };
                let cid = text(&c, "id");
                let deployed = project.items(RECORDS).iter().any(|r| r.get(PARENT).and_then(Value::as_str) == Some(cid) && text(r, "version") == version);
                if !deployed || Some(version) == c.get("version").and_then(Value::as_str) {
                    return Err(invalid(&format!("parameters.version: {version} is not an earlier version of the component")));
                }
                if let Some(Value::Object(item)) = project.items_mut(COMPONENTS).get_mut(index) {
                    item.insert("version".into(), json!(version));
                }
                job(steps::ROLLBACK, "UPGRADING", running(n))
            }
            "rollback_current" => {
                let upgrading = state == "UPGRADING";
                require(upgrading || gray.is_some(), "no upgrade or gray release is in progress")?;
                if upgrading {
                    let running_job = c.pointer("/status/last_job_id").and_then(Value::as_str).unwrap_or_default().to_string();
                    jobs::cancel(project, &running_job, call.state.now());
                }
                let previous = gray
                    .as_ref()
                    .and_then(|g| g.get("previous_version").cloned())
                    .or_else(|| previous_version(project, &c))
                    .unwrap_or(Value::Null);
                if let Some(Value::Object(item)) = project.items_mut(COMPONENTS).get_mut(index) {
                    if !previous.is_null() {
                        item.insert("version".into(), previous);
                    }
                    item.insert("_gray".into(), Value::Null);
                }
                job(steps::ROLLBACK, "UPGRADING", running(n))
            }
            "continue_deploy" => {
                let Some(g) = &gray else { return Err(busy("no gray release is waiting to continue")) };
                let mut on_success = running(n);
                on_success["_gray"] = Value::Null;
                let mut spec = job(steps::GRAY_REMAINING, "UPGRADING", on_success);
                spec.record = g.get("record").and_then(Value::as_str).map(str::to_string);
                spec
            }
            "check_gray_release" | "modify_gray_rule" => {
                require(gray.is_some(), "no gray release is in progress")?;
                let steps = if action == "check_gray_release" { steps::CHECK_GRAY } else { steps::MODIFY_GRAY };
                job(steps, state_str(state), json!({}))
            }
            other => return Err(fail(StatusCode::BAD_REQUEST, "SVCSTG.00100418", &format!("component instance action not defined: {other}"))),
        };
        let job_id = start_job(project, call, index, spec);
        Ok(call.ok(&json!({"job_id": job_id, "result": "succeeded"})))
    })
}

/// 409 SVCSTG.00100432 while a gray release waits for `continue_deploy` (or its rollback).
fn releasing(c: &Value) -> Result<(), Response> {
    if c.get("_gray").is_some_and(Value::is_object) {
        return Err(fail(StatusCode::CONFLICT, "SVCSTG.00100432", "component in releasing: continue or roll back the gray release first"));
    }
    Ok(())
}

/// A `&'static str` for a state the component keeps during a job.
fn state_str(state: &str) -> &'static str {
    ["RUNNING", "FAILED", "PENDING", "PARTIALLY_FAILED", "STOPPED"].into_iter().find(|s| *s == state).unwrap_or("RUNNING")
}

/// The version deployed before the current one, from the records.
fn previous_version(project: &Store, c: &Value) -> Option<Value> {
    let cid = text(c, "id");
    let current = c.get("version");
    let mut records: Vec<&Value> = project.items(RECORDS).iter().filter(|r| r.get(PARENT).and_then(Value::as_str) == Some(cid)).collect();
    records.sort_by_key(|r| r.get("_create_time").and_then(Value::as_i64).unwrap_or(0));
    records.iter().rev().map(|r| r.get("version")).find(|v| *v != current).flatten().cloned()
}

/// 4.3.10: re-reads the component's instances: a running one has all of them, a stopped one
/// none, and a pending one starts once its environment can host it.
pub fn refresh(call: &Call) -> Response {
    run(call, |project| {
        let b = behavior(&ss::COMPONENTS);
        let index = crud::find(b, call, project)?;
        let c = project.items(COMPONENTS)[index].clone();
        let hosted = project.find("environments", "id", text(&c, "environment_id")).is_some_and(|env| environment_hosts(project, env, deploy_mode(&c)));
        let now = call.state.now();
        let n = replica(&c);
        if let Some(item) = project.items_mut(COMPONENTS).get_mut(index) {
            match status(&c) {
                "RUNNING" => set_at(item, &dotted("status.available_replica"), json!(n)),
                "STOPPED" => set_at(item, &dotted("status.available_replica"), json!(0)),
                "PENDING" if hosted => {
                    set_at(item, &dotted("status.component_status"), json!("RUNNING"));
                    set_at(item, &dotted("status.available_replica"), json!(n));
                }
                _ => {}
            }
            set_at(item, &dotted("status.update_time"), json!(now));
        }
        Ok(call.ok(&json!({"message": "OK"})))
    })
}

/// 4.3.11: the applications, environments and enterprise projects that components use.
pub fn filter_options(call: &Call) -> Response {
    run(call, |project| {
        let mut applications: Vec<Value> = Vec::new();
        let mut environments: Vec<Value> = Vec::new();
        let mut enterprise_projects: Vec<Value> = Vec::new();
        for c in project.items(COMPONENTS) {
            if let Some(app) = project.find("applications", "id", text(c, "application_id")) {
                let entry = json!({"id": app.get("id"), "label": app.get("name")});
                if !applications.contains(&entry) {
                    applications.push(entry);
                }
                let ep = app.get("enterprise_project_id").cloned().unwrap_or(json!("0"));
                if !enterprise_projects.contains(&ep) {
                    enterprise_projects.push(ep);
                }
            }
            if let Some(env) = project.find("environments", "id", text(c, "environment_id")) {
                let entry = json!({"id": env.get("id"), "label": env.get("name")});
                if !environments.contains(&entry) {
                    environments.push(entry);
                }
            }
        }
        Ok(call.ok(&json!({"filter_options": {
            "applications": applications,
            "environments": environments,
            "enterprise_projects": enterprise_projects,
        }})))
    })
}

/// The actions that deploy a version (the others act on the version deployed).
const DEPLOYMENTS: &[&str] = &["create", "upgrade", "rollback", "rollback_current"];

/// A record's state from its jobs: the last job's status, its end, and whether the record's
/// version is the one the component runs (the newest successful deployment of that version).
pub fn present_record(project: &Store, r: &mut Map<String, Value>) {
    let jobs_of: Vec<String> = r.get("_jobs").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).map(str::to_string).collect();
    let last = jobs_of.last().map(String::as_str).unwrap_or_default();
    let status = jobs::status(project, last).unwrap_or("UNKNOWN").to_string();
    let end = jobs::end_time(project, last).map(iso_time);
    r.insert("status".into(), json!(status));
    r.insert("end_time".into(), end.map_or(Value::Null, Value::String));
    let cid = r.get(PARENT).and_then(Value::as_str).unwrap_or_default();
    let current = project.find(COMPONENTS, "id", cid).and_then(|c| c.get("version")).cloned();
    let in_use = project
        .items(RECORDS)
        .iter()
        .filter(|o| o.get(PARENT).and_then(Value::as_str) == Some(cid) && o.get("version") == current.as_ref())
        .filter(|o| DEPLOYMENTS.contains(&o.pointer("/description/action").and_then(Value::as_str).unwrap_or_default()))
        .filter(|o| {
            let last = o.get("_jobs").and_then(Value::as_array).and_then(|j| j.last()).and_then(Value::as_str).unwrap_or_default();
            jobs::status(project, last) == Some("SUCCEEDED")
        })
        .max_by_key(|o| o.get("_create_time").and_then(Value::as_i64).unwrap_or(0))
        .map(|o| text(o, "id").to_string());
    let own = r.get("id").and_then(Value::as_str).map(str::to_string);
    r.insert("current_used".into(), json!(in_use.is_some() && in_use == own));
}
