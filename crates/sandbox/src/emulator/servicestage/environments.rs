//! Environment resources (4.1.6–4.1.15): the cloud resources an environment manages, the
//! resources it creates from IaC templates, and provisioning them.
//!
//! An IaC resource is `INIT` when added, `MARK_UPDATE` or `MARK_DELETE` when changed or
//! removed after it was created. Provisioning (4.1.7) runs what is pending as a job whose
//! tasks are the run's events; the run is a provisioning history (4.1.13/4.1.14) whose status
//! and events (4.1.15) follow the job, and whose end creates, changes or removes the
//! resources.

use axum::http::StatusCode;
use axum::response::Response;
use opsdeck_api::servicestage::v3::resources as ss;
use serde_json::{json, Map, Value};

use super::super::engine::crud::{self, PARENT};
use super::super::engine::{new_id, plain_time, Call, Store};
use super::jobs::{self, JobSpec, TaskSpec};
use super::{behavior, not_found, busy, fail, invalid, object, run, text, SANDBOX_USER};

const ENVIRONMENTS: &str = "environments";
const IAC: &str = "iac-resources";
const HISTORIES: &str = "provision-histories";

fn environment(call: &Call, project: &Store) -> Result<usize, Response> {
    crud::find(behavior(&ss::ENVIRONMENTS), call, project)
}

/// 4.1.6: the environment's managed resources become the ones listed.
pub fn update_managed(call: &Call) -> Response {
    run(call, |project| {
        let index = environment(call, project)?;
        let list: Vec<Value> = call
            .field("resources")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|r| {
                let mut m = Map::new();
                for field in ["id", "name", "type"] {
                    if let Some(v) = r.get(field) {
                        m.insert(field.into(), v.clone());
                    }
                }
                Value::Object(m)
            })
            .collect();
        let now = call.state.now();
        let env = &mut project.items_mut(ENVIRONMENTS)[index];
        env["resources"] = Value::Array(list.clone());
        env["update_time"] = json!(now);
        Ok(call.ok(&json!({"resources": list})))
    })
}

/// 4.1.8.
pub fn list_managed(call: &Call) -> Response {
    run(call, |project| {
        let index = environment(call, project)?;
        let list = project.items(ENVIRONMENTS)[index].get("resources").cloned().filter(Value::is_array).unwrap_or(json!([]));
        Ok(call.ok(&json!({"resources": list})))
    })
}

fn iac_of<'p>(project: &'p Store, env_id: &'p str) -> impl Iterator<Item = &'p Value> {
    project.items(IAC).iter().filter(move |r| r.get(PARENT).and_then(Value::as_str) == Some(env_id))
}

fn in_progress(r: &Value) -> bool {
    text(r, "status").ends_with("_IN_PROGRESS")
}

/// The latest provisioning run of the environment.
fn latest_history<'p>(project: &'p Store, env_id: &str) -> Option<&'p Value> {
    project
        .items(HISTORIES)
        .iter()
        .filter(|h| h.get(PARENT).and_then(Value::as_str) == Some(env_id))
        .max_by_key(|h| h.get("_created").and_then(Value::as_i64).unwrap_or(0))
}

/// The environment with its IaC resources, as 4.1.10–4.1.12 answer.
fn iac_environment(call: &Call, project: &Store, index: usize) -> Response {
    let Some(env) = project.items(ENVIRONMENTS).get(index) else { return not_found(&ss::ENVIRONMENTS) };
    let env_id = text(env, "id");
    let mut map = env.as_object().cloned().unwrap_or_default();
    let iac: Vec<Value> = iac_of(project, env_id).map(|r| crud::cut(r.clone(), None)).collect();
    let task_status = latest_history(project, env_id)
        .and_then(|h| jobs::status(project, text(h, "_job_id")))
        .map(|s| match s {
            "RUNNING" => "ExecutionPlanApplying",
            "SUCCEEDED" => "ExecutionPlanApplySuccess",
            _ => "ExecutionPlanApplyFailed",
        });
    map.insert("resource_create_mode".into(), json!(if iac.is_empty() { "none" } else { "iac" }));
    map.insert("iac_resources".into(), Value::Array(iac));
    map.insert("iac_task_status".into(), task_status.map_or(Value::Null, |s| json!(s)));
    map.insert("charge_mode".into(), json!("provided"));
    map.insert("base_resources".into(), json!([]));
    map.insert("component_count".into(), json!(project.items("components").iter().filter(|c| text(c, "environment_id") == env_id).count()));
    call.ok(&crud::cut(Value::Object(map), call.decl.response_schema()))
}

/// 4.1.10: adds IaC resources (not yet created: `INIT`); ids are unique in the environment.
pub fn add_iac(call: &Call) -> Response {
    run(call, |project| {
        let index = environment(call, project)?;
        let env_id = text(&project.items(ENVIRONMENTS)[index], "id").to_string();
        let mut ids: Vec<String> = iac_of(project, &env_id).map(|r| text(r, "id").to_string()).collect();
        let mut added = Vec::new();
        for (i, r) in call.field("iac_resources").and_then(Value::as_array).into_iter().flatten().enumerate() {
            let id = text(r, "id").to_string();
            if ids.contains(&id) {
                return Err(invalid(&format!("iac_resources[{i}].id: {id} is already a resource of the environment")));
            }
            ids.push(id);
            let mut item = r.as_object().cloned().unwrap_or_default();
            item.remove("resource_id");
            item.insert("status".into(), json!("INIT"));
            item.insert(PARENT.into(), json!(env_id));
            added.push(Value::Object(item));
        }
        project.items_mut(IAC).extend(added);
        Ok(iac_environment(call, project, index))
    })
}

/// The IaC resource the call addresses, unless a provisioning run is working on it.
fn idle_iac(call: &Call, project: &Store) -> Result<usize, Response> {
    let index = crud::find(behavior(&ss::IAC_RESOURCES), call, project)?;
    let r = &project.items(IAC)[index];
    if in_progress(r) {
        return Err(busy(&format!("the resource is {}", text(r, "status"))));
    }
    Ok(index)
}

/// 4.1.11: changes an IaC resource; a created one is then `MARK_UPDATE` until provisioned.
pub fn update_iac(call: &Call) -> Response {
    run(call, |project| {
        let env = environment(call, project)?;
        let index = idle_iac(call, project)?;
        let body = call.body.clone().unwrap_or(Value::Null);
        let r = &mut project.items_mut(IAC)[index];
        for (from, to) in [("name", "name"), ("type", "type"), ("custom_hcl", "custom_tf"), ("vars_body", "vars_body"), ("vars_structure", "vars_structure")] {
            if let Some(v) = body.get(from) {
                r[to] = v.clone();
            }
        }
        if r.get("resource_id").is_some_and(Value::is_string) {
            r["status"] = json!("MARK_UPDATE");
        }
        Ok(iac_environment(call, project, env))
    })
}

/// 4.1.12: removes an IaC resource; a created one is `MARK_DELETE` until provisioned.
pub fn delete_iac(call: &Call) -> Response {
    run(call, |project| {
        let env = environment(call, project)?;
        let index = idle_iac(call, project)?;
        let items = project.items_mut(IAC);
        if items[index].get("resource_id").is_some_and(Value::is_string) {
            items[index]["status"] = json!("MARK_DELETE");
        } else {
            items.remove(index);
        }
        Ok(iac_environment(call, project, env))
    })
}

/// The Terraform type a resource type is created as.
fn terraform_type(kind: &str) -> String {
    match kind {
        "vpc" => "hcs_vpc".into(),
        "subnet" => "hcs_vpc_subnet".into(),
        "eip" => "hcs_vpc_eip".into(),
        "elb" => "hcs_elb_loadbalancer".into(),
        "cce" => "hcs_cce_cluster".into(),
        "ecs" => "hcs_ecs_compute_instance".into(),
        "acl" => "hcs_network_acl".into(),
        "ccnamespace" => "hcs_cce_namespace".into(),
        "rds" => "hcs_rds_instance".into(),
        other => format!("hcs_{other}"),
    }
}

fn event(event_type: &str, message: String, resource: Option<(&str, &str)>, physical: Option<&str>) -> Value {
    let mut e = json!({"event_type": event_type, "event_message": message, "resource_name": null, "resource_type": null});
    if let Some((name, kind)) = resource {
        e["resource_name"] = json!(name);
        e["resource_type"] = json!(kind);
    }
    if let Some(id) = physical {
        e["resource_id_key"] = json!("id");
        e["resource_id_value"] = json!(id);
    }
    e
}

/// Starts a provisioning run of the environment's pending IaC resources at `now`: its job,
/// its history, and the answer of 4.1.7.
pub fn start_provision(project: &mut Store, project_id: &str, env_id: &str, now: i64) -> Result<Value, Response> {
    let iac: Vec<Value> = iac_of(project, env_id).cloned().collect();
    if iac.is_empty() {
        return Err(fail(StatusCode::BAD_REQUEST, "SVCSTG.00100422", "base resource can not empty: the environment has no IaC resources to provision"));
    }
    if iac.iter().any(in_progress) {
        return Err(busy("a provisioning run of the environment is in progress"));
    }
    const STEP_MS: i64 = 2000;
    let mut tasks = vec![TaskSpec { event: Some(event("LOG", "Creating required resource now".into(), None, None)), ..TaskSpec::new("PREPARE_RESOURCES", 600) }];
    let (mut effects, mut plan) = (Vec::new(), Vec::new());
    let (mut added, mut changed, mut destroyed) = (0, 0, 0);
    let mut first_status = None;
    for r in &iac {
        let (id, kind) = (text(r, "id"), terraform_type(text(r, "type")));
        let physical = r.get("resource_id").and_then(Value::as_str).map(str::to_string).unwrap_or_else(new_id);
        let (action, running, complete, start_msg, end_msg, set) = match text(r, "status") {
            "INIT" => {
                added += 1;
                ("ADD", "CREATION_IN_PROGRESS", "CREATION_COMPLETE", format!("{kind}.{id}: Creating..."),
                 format!("{kind}.{id}: Creation complete after {}s [id={physical}]", STEP_MS / 1000),
                 Some(json!({"status": "CREATION_COMPLETE", "resource_id": physical})))
            }
            "MARK_UPDATE" => {
                changed += 1;
                ("UPDATE", "UPDATE_IN_PROGRESS", "UPDATE_COMPLETE", format!("{kind}.{id}: Modifying... [id={physical}]"),
                 format!("{kind}.{id}: Modifications complete after {}s [id={physical}]", STEP_MS / 1000),
                 Some(json!({"status": "UPDATE_COMPLETE"})))
            }
            "MARK_DELETE" => {
                destroyed += 1;
                ("DELETE", "DELETION_IN_PROGRESS", "DELETION_COMPLETE", format!("{kind}.{id}: Destroying... [id={physical}]"),
                 format!("{kind}.{id}: Destruction complete after {}s", STEP_MS / 1000), None)
            }
            _ => continue,
        };
        first_status.get_or_insert(running);
        let mut effect = match set {
            Some(changes) => jobs::set(IAC, id, changes),
            None => jobs::remove(IAC, id),
        };
        effect["parent"] = json!(env_id);
        effects.push(effect);
        let attributes: Vec<Value> = r
            .get("vars_body")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(k, v)| json!({"name": k, "target_value": v.as_str().map_or_else(|| v.to_string(), str::to_string)}))
            .collect();
        plan.push(json!({
            "resource_type": kind, "resource_name": id, "action": action, "mode": "RESOURCE", "drifted": false,
            "imported": false, "resource_id": if action == "ADD" { Value::Null } else { json!(physical) }, "attributes": attributes,
        }));
        tasks.push(TaskSpec { event: Some(event(running, start_msg, Some((id, &kind)), None)), ..TaskSpec::new(format!("{action}_{id}"), 300) });
        let mut done = event(complete, end_msg, Some((id, &kind)), (action != "DELETE").then_some(physical.as_str()));
        done["elapsed_seconds"] = json!(STEP_MS / 1000);
        tasks.push(TaskSpec { event: Some(done), ..TaskSpec::new(format!("{action}_{id}_COMPLETE"), STEP_MS) });
    }
    let summary = format!("Apply complete! Resources: {added} added, {changed} changed, {destroyed} destroyed.");
    tasks.push(TaskSpec { event: Some(event("SUMMARY", summary, None, None)), ..TaskSpec::new("APPLY_SUMMARY", 300) });
    tasks.push(TaskSpec { event: Some(event("LOG", "Apply required resource success. ".into(), None, None)), ..TaskSpec::new("APPLY_FINISH", 200) });
    // What is pending is now in progress.
    for r in project.items_mut(IAC).iter_mut().filter(|r| r.get(PARENT).and_then(Value::as_str) == Some(env_id)) {
        let next = match text(r, "status") {
            "INIT" => "CREATION_IN_PROGRESS",
            "MARK_UPDATE" => "UPDATE_IN_PROGRESS",
            "MARK_DELETE" => "DELETION_IN_PROGRESS",
            _ => continue,
        };
        r["status"] = json!(next);
    }
    let job_id = jobs::start(
        project,
        project_id,
        now,
        JobSpec { job_type: "PROVISION", instance: env_id.to_string(), tasks, fail: None, on_success: effects, on_failure: vec![] },
    );
    let runs = project.items(HISTORIES).iter().filter(|h| h.get(PARENT).and_then(Value::as_str) == Some(env_id)).count();
    let snapshot: Vec<Value> = iac.iter().map(|r| crud::cut(r.clone(), None)).collect();
    project.items_mut(HISTORIES).push(object([
        ("id", json!(new_id())),
        ("deployment_id", json!(new_id())),
        ("task_id", json!(job_id)),
        ("operation", json!("EXECUTION_PLAN_APPLY")),
        ("stack_name", json!(format!("env-{env_id}"))),
        ("version", json!(format!("{}.0", runs + 1))),
        ("output", json!("[]")),
        ("template_uri", json!(format!("https://servicestage-sandbox.obs.example.com/templates/{env_id}/{}.zip", &new_id()[..8]))),
        ("template_body", Value::Null),
        ("vars_body", Value::Null),
        ("vars_uri", Value::Null),
        ("vars_structure", json!("[]")),
        ("raw_data", json!({"iac_resources": snapshot})),
        ("ext_info", Value::Null),
        ("creator", json!(SANDBOX_USER)),
        ("create_time", json!(plain_time(now))),
        ("_job_id", json!(job_id)),
        ("_created", json!(now)),
        (PARENT, json!(env_id)),
    ]));
    Ok(json!({
        "status": first_status.unwrap_or("UPDATE_COMPLETE"),
        "status_message": null,
        "create_time": now,
        "execution_plan_items": plan,
    }))
}

/// 4.1.7.
pub fn provision(call: &Call) -> Response {
    run(call, |project| {
        let index = environment(call, project)?;
        let env_id = text(&project.items(ENVIRONMENTS)[index], "id").to_string();
        let answer = start_provision(project, &call.project_id(), &env_id, call.state.now())?;
        Ok(call.ok(&answer))
    })
}

/// The events of a run so far, oldest first: one per finished task.
fn events_so_far(job: &Value) -> Vec<Value> {
    job.get("tasks")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|t| t["task_status"] == "SUCCEEDED")
        .filter_map(|t| {
            let mut e = t.get("_event")?.clone();
            // RFC 3339 to the second, as table 4-78 shows.
            let at = text(t, "update_at");
            e["time"] = json!(format!("{}Z", at.split('.').next().unwrap_or(at).trim_end_matches('Z')));
            Some(e)
        })
        .collect()
}

/// A run's status, events and resources, from its job.
pub fn present_history(project: &Store, h: &mut Map<String, Value>) {
    let job_id = h.get("_job_id").and_then(Value::as_str).unwrap_or_default();
    let Some(job) = jobs::find(project, job_id) else { return };
    let status = match text(job, "execution_status") {
        "RUNNING" => "EXECUTION_PLAN_APPLYING",
        "SUCCEEDED" => "EXECUTION_PLAN_APPLY_SUCCEED",
        _ => "EXECUTION_PLAN_APPLY_FAILED",
    };
    let events = events_so_far(job);
    let created: Vec<Value> = events
        .iter()
        .filter(|e| text(e, "event_type").ends_with("_COMPLETE") && e.get("resource_id_value").is_some())
        .map(|e| {
            json!({
                "logical_resource_name": e.get("resource_name"),
                "logical_resource_type": e.get("resource_type"),
                "physical_resource_id": e.get("resource_id_value"),
                "resource_status": e.get("event_type"),
            })
        })
        .collect();
    let mut newest_first = events;
    newest_first.reverse();
    h.insert("status".into(), json!(status));
    h.insert("stack_events".into(), json!(json!({"stack_events": newest_first}).to_string()));
    h.insert("stack_resources".into(), json!(Value::Array(created).to_string()));
    let modified = job.get("_end").and_then(Value::as_i64).or_else(|| h.get("_created").and_then(Value::as_i64));
    if let Some(ms) = modified {
        h.insert("modify_time".into(), json!(plain_time(ms)));
    }
}

/// 4.1.15: the run's events so far, newest first.
pub fn events(call: &Call) -> Response {
    run(call, |project| {
        let index = crud::find(behavior(&ss::PROVISION_HISTORIES), call, project)?;
        let job_id = text(&project.items(HISTORIES)[index], "_job_id").to_string();
        let mut list = jobs::find(project, &job_id).map(events_so_far).unwrap_or_default();
        list.reverse();
        Ok(call.ok(&json!({"stack_events": list})))
    })
}
