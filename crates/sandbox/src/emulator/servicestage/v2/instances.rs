//! v2 instances (12.1.5) and their deploy jobs (12.1.6.1). Deploying, changing, acting on and
//! deleting an instance start a job of the v3 job machinery (`super::super::jobs`: tasks with
//! durations, effects applied when it ends); 12.1.6.1 shows it with the v2 API's capital
//! member names. Each new version is a snapshot (12.1.5.7), which a rollback names.

use axum::http::StatusCode;
use axum::response::Response;
use opsdeck_api::servicestage::v2::resources as v2;
use serde_json::{json, Map, Value};

use super::super::super::engine::crud;
use super::super::super::engine::{Call, Store};
use super::super::jobs::{self, JobSpec, TaskSpec};
use super::super::{busy, fail, invalid, not_found, run, text, SANDBOX_USER};
use super::{behavior, V2_SNAPSHOTS};

const INSTANCES: &str = "v2-instances";

/// Task names and nominal durations (ms) of each kind of job.
pub const DEPLOY: &[(&str, i64)] = &[("SEPARATOR_PREPARE_RESOURCES", 800), ("SEPARATOR_DEPLOYING", 2000), ("SEPARATOR_HEALTH_CHECK", 1200)];
pub const UPGRADE: &[(&str, i64)] = &[("SEPARATOR_PREPARE_RESOURCES", 600), ("SEPARATOR_UPGRADING", 1800), ("SEPARATOR_HEALTH_CHECK", 1000)];
const OPERATE: &[(&str, i64)] = &[("SEPARATOR_PREPARE", 400), ("SEPARATOR_OPERATING", 1500)];
const UNDEPLOY: &[(&str, i64)] = &[("SEPARATOR_PREPARE", 400), ("SEPARATOR_UNDEPLOYING", 1500)];

/// States in which an instance is being worked on: no other change starts.
const BUSY: &[&str] = &["INITIALIZING", "UPGRADING", "STARTING", "STOPPING", "RESTARTING", "DELETING"];

/// Starts a v2 deploy job on `instance` and returns its id.
#[allow(clippy::too_many_arguments)]
pub fn start_job(project: &mut Store, project_id: &str, at: i64, instance: &str, job_type: &'static str, tasks: &[(&str, i64)], on_success: Vec<Value>, on_failure: Vec<Value>) -> String {
    let spec = JobSpec {
        job_type,
        instance: instance.to_string(),
        tasks: tasks.iter().map(|(n, ms)| TaskSpec::new(*n, *ms)).collect(),
        fail: None,
        on_success,
        on_failure,
    };
    jobs::start(project, project_id, at, spec)
}

fn status(i: &Value) -> &str {
    i.pointer("/status_detail/status").and_then(Value::as_str).unwrap_or("UNKNOWN")
}

/// The effect that ends a job: the instance's state and last job status.
fn ended(id: &str, state: &str, job_status: &str, more: Value) -> Value {
    let mut changes = json!({"status_detail.status": state, "status_detail.last_job_status": job_status});
    if let (Value::Object(c), Value::Object(m)) = (&mut changes, more) {
        c.extend(m);
    }
    jobs::set(INSTANCES, id, changes)
}

/// Marks the instance as worked on by `job` and answers `{job_id}` (and more).
fn begin(project: &mut Store, index: usize, state: &str, job: &str) {
    let i = &mut project.items_mut(INSTANCES)[index];
    i["status_detail"]["status"] = json!(state);
    i["status_detail"]["last_job_id"] = json!(job);
    i["status_detail"]["last_job_status"] = json!("RUNNING");
}

fn snapshot(project: &mut Store, instance: &str, version: &str, action: &str, at: i64) {
    let snaps = project.items_mut(V2_SNAPSHOTS);
    snaps.retain(|s| !(text(s, "instance_id") == instance && text(s, "version") == version));
    snaps.push(json!({"version": version, "description": json!({"action": action}).to_string(), "instance_id": instance, "create_time": at}));
}

/// `refer_resources` as 12.1.5.1 requires: cce with a namespace, ecs with hosts.
fn check_resources(body: &Value) -> Result<(), Response> {
    for (n, r) in body.get("refer_resources").and_then(Value::as_array).into_iter().flatten().enumerate() {
        match text(r, "type") {
            "cce" if r.pointer("/parameters/namespace").and_then(Value::as_str).is_none_or(str::is_empty) => {
                return Err(invalid(&format!("refer_resources[{n}].parameters.namespace is required for cce")));
            }
            "ecs" if r.pointer("/parameters/hosts").and_then(Value::as_array).is_none_or(|h| h.is_empty()) => {
                return Err(invalid(&format!("refer_resources[{n}].parameters.hosts is required for ecs")));
            }
            _ => {}
        }
    }
    Ok(())
}

/// 12.1.5.1: deploys a new instance (a PROVISION job); answers the job and the instance.
pub fn create(call: &Call) -> Response {
    run(call, |project| {
        let b = behavior(&v2::V2_INSTANCES);
        crud::parent_id(b, call, project)?;
        let body = call.body.clone().unwrap_or(Value::Null);
        let app_id = call.param("application_id").unwrap_or_default().to_string();
        let component_id = call.param("component_id").unwrap_or_default().to_string();
        let env_id = text(&body, "environment_id").to_string();
        let Some(env) = project.find("v2-environments", "id", &env_id).cloned() else {
            return Err(not_found(&v2::V2_ENVIRONMENTS));
        };
        let component = project.find("v2-components", "id", &component_id).cloned().unwrap_or(Value::Null);
        let artifacts_given = body.get("artifacts").and_then(Value::as_object).is_some_and(|a| !a.is_empty());
        if !artifacts_given && component.get("source").is_none_or(Value::is_null) {
            return Err(fail(StatusCode::BAD_REQUEST, "SVCSTG.00100425", "instance artifacts can not be empty"));
        }
        check_resources(&body)?;
        let version = text(&body, "version").to_string();
        let replica = body.get("replica").and_then(Value::as_i64).unwrap_or(1);
        let app_name = project.find("v2-applications", "id", &app_id).map(|a| text(a, "name").to_string()).unwrap_or_default();
        let mut extra = Map::new();
        extra.insert("application_id".into(), json!(app_id));
        extra.insert("application_name".into(), json!(app_name));
        extra.insert("component_id".into(), json!(component_id));
        extra.insert("component_name".into(), json!(text(&component, "name")));
        extra.insert("environment_name".into(), json!(text(&env, "name")));
        extra.insert("platform_type".into(), json!(if text(&env, "deploy_mode") == "virtualmachine" { "vmapp" } else { "cce" }));
        extra.insert("creator".into(), json!(SANDBOX_USER));
        extra.insert("status_detail".into(), json!({"status": "INITIALIZING", "replica": replica, "available_replica": 0,
            "enterprise_project_id": env.get("enterprise_project_id").cloned().unwrap_or(json!("0")), "fail_detail": null}));
        let index = crud::create(b, call, project, extra)?;
        let id = text(&project.items(INSTANCES)[index], "id").to_string();
        let now = call.state.now();
        let job = start_job(project, &call.project_id(), now, &id, "PROVISION", DEPLOY,
            vec![ended(&id, "RUNNING", "SUCCEEDED", json!({"status_detail.available_replica": replica}))],
            vec![ended(&id, "FAILED", "FAILED", json!({}))]);
        begin(project, index, "INITIALIZING", &job);
        snapshot(project, &id, &version, &format!("New Version: {version}"), now);
        Ok(call.ok(&json!({"job_id": job, "instance_id": id})))
    })
}

/// The addressed instance's index, refused (409 SVCSTG.00100419) while it is worked on.
fn idle(call: &Call, project: &Store) -> Result<usize, Response> {
    let index = crud::find(behavior(&v2::V2_INSTANCES), call, project)?;
    let state = status(&project.items(INSTANCES)[index]);
    if BUSY.contains(&state) {
        return Err(busy(&format!("the instance is {state}")));
    }
    Ok(index)
}

/// 12.1.5.4: a new version (or flavor, artifacts, configuration …), rolled out as a job.
pub fn update(call: &Call) -> Response {
    run(call, |project| {
        idle(call, project)?;
        check_resources(call.body.as_ref().unwrap_or(&Value::Null))?;
        let index = crud::update(behavior(&v2::V2_INSTANCES), call, project)?;
        let i = project.items(INSTANCES)[index].clone();
        let (id, version, replica) = (text(&i, "id").to_string(), text(&i, "version").to_string(), i.pointer("/status_detail/replica").cloned().unwrap_or(json!(1)));
        let now = call.state.now();
        let job = start_job(project, &call.project_id(), now, &id, "DAILY_OPERATION", UPGRADE,
            vec![ended(&id, "RUNNING", "SUCCEEDED", json!({"status_detail.available_replica": replica}))],
            vec![ended(&id, "FAILED", "FAILED", json!({}))]);
        begin(project, index, "UPGRADING", &job);
        snapshot(project, &id, &version, &format!("Upgrade Version: {version}"), now);
        Ok(call.ok(&json!({"job_id": job})))
    })
}

/// 12.1.5.3: start, stop, restart, scale (`parameters.replica`) or roll back to a snapshot's
/// version (`parameters.version`).
pub fn action(call: &Call) -> Response {
    run(call, |project| {
        let index = idle(call, project)?;
        let i = project.items(INSTANCES)[index].clone();
        let id = text(&i, "id").to_string();
        let state = status(&i).to_string();
        let replica = i.pointer("/status_detail/replica").and_then(Value::as_i64).unwrap_or(1);
        let action = call.field("action").and_then(Value::as_str).unwrap_or_default();
        let params = call.field("parameters").cloned().unwrap_or(Value::Null);
        let require = |ok: bool, why: &str| if ok { Ok(()) } else { Err(busy(why)) };
        let (interim, tasks, on_success) = match action {
            "start" => {
                require(state == "STOPPED", &format!("only a stopped instance starts; it is {state}"))?;
                ("STARTING", OPERATE, ended(&id, "RUNNING", "SUCCEEDED", json!({"status_detail.available_replica": replica})))
            }
            "stop" => {
                require(state != "STOPPED", "the instance is already stopped")?;
                ("STOPPING", OPERATE, ended(&id, "STOPPED", "SUCCEEDED", json!({"status_detail.available_replica": 0})))
            }
            "restart" => {
                require(state != "STOPPED", "a stopped instance is started, not restarted")?;
                ("RESTARTING", OPERATE, ended(&id, "RUNNING", "SUCCEEDED", json!({"status_detail.available_replica": replica})))
            }
            "scale" => {
                let Some(n) = params.get("replica").and_then(Value::as_i64) else {
                    return Err(invalid("parameters.replica is required to scale"));
                };
                if text(&i, "platform_type") == "vmapp" && params.get("hosts").and_then(Value::as_array).is_none_or(|h| h.is_empty()) {
                    return Err(invalid("parameters.hosts is required to scale an instance on virtual machines"));
                }
                ("UPGRADING", OPERATE, ended(&id, "RUNNING", "SUCCEEDED", json!({"status_detail.replica": n, "status_detail.available_replica": n})))
            }
            "rollback" => {
                let Some(version) = params.get("version").and_then(Value::as_str).filter(|v| !v.is_empty()) else {
                    return Err(invalid("parameters.version is required to roll back"));
                };
                let known = project.items(V2_SNAPSHOTS).iter().any(|s| text(s, "instance_id") == id && text(s, "version") == version);
                if !known {
                    return Err(fail(StatusCode::NOT_FOUND, "SVCSTG.00100436", "snapshot not found"));
                }
                ("UPGRADING", UPGRADE, ended(&id, "RUNNING", "SUCCEEDED", json!({"version": version, "status_detail.available_replica": replica})))
            }
            other => return Err(fail(StatusCode::BAD_REQUEST, "SVCSTG.00100418", &format!("component instance action not defined: {other}"))),
        };
        let now = call.state.now();
        let job = start_job(project, &call.project_id(), now, &id, "DAILY_OPERATION", tasks, vec![on_success], vec![ended(&id, "FAILED", "FAILED", json!({}))]);
        begin(project, index, interim, &job);
        Ok(call.ok(&json!({"job_id": job})))
    })
}

/// 12.1.5.5: 200 with the job that removes the instance (and its snapshots) when it ends;
/// refused (409 SVCSTG.00100423) while the instance is worked on, unless `force`.
pub fn delete(call: &Call) -> Response {
    run(call, |project| {
        let index = crud::find(behavior(&v2::V2_INSTANCES), call, project)?;
        let i = project.items(INSTANCES)[index].clone();
        let id = text(&i, "id").to_string();
        let force = call.params.get("force").and_then(Value::as_bool) == Some(true);
        if BUSY.contains(&status(&i)) && !force {
            return Err(fail(StatusCode::CONFLICT, "SVCSTG.00100423", "component instance is not deletable"));
        }
        if force {
            if let Some(running) = i.pointer("/status_detail/last_job_id").and_then(Value::as_str) {
                jobs::cancel(project, running, call.state.now());
            }
        }
        let job = start_job(project, &call.project_id(), call.state.now(), &id, "DEPROVISION", UNDEPLOY,
            vec![jobs::remove(INSTANCES, &id)], vec![ended(&id, "FAILED", "FAILED", json!({}))]);
        begin(project, index, "DELETING", &job);
        Ok(call.ok(&json!({"job_id": job})))
    })
}

/// 12.1.5.7: the instance's versions, newest first unless `order=asc`.
pub fn snapshots(call: &Call) -> Response {
    run(call, |project| {
        let index = crud::find(behavior(&v2::V2_INSTANCES), call, project)?;
        let id = text(&project.items(INSTANCES)[index], "id").to_string();
        let mut list: Vec<Value> = project.items(V2_SNAPSHOTS).iter().filter(|s| text(s, "instance_id") == id).cloned().collect();
        list.sort_by_key(|s| s.get("create_time").and_then(Value::as_i64).unwrap_or(0));
        if call.param("order") != Some("asc") {
            list.reverse();
        }
        let count = list.len();
        let offset = call.params.get("offset").and_then(Value::as_u64).unwrap_or(0) as usize;
        let limit = match call.params.get("limit").and_then(Value::as_i64) {
            None | Some(1000) => 1000,
            Some(l) if (0..=100).contains(&l) => l as usize,
            Some(_) => 10,
        };
        let list: Vec<Value> = list.into_iter().skip(offset).take(limit).collect();
        Ok(call.ok(&json!({"snapshots": list, "count": count})))
    })
}

/// Job names as the service writes them (12.1.6.1's example: `provision/provMain`).
fn job_name(job_type: &str) -> &'static str {
    match job_type {
        "PROVISION" => "provision/provMain",
        "DEPROVISION" => "deprovision/deprovMain",
        _ => "operation/operMain",
    }
}

/// 12.1.6.1: the job with its tasks, in capitals; `instance_id` must be the job's instance.
pub fn get_job(call: &Call) -> Response {
    run(call, |project| {
        let job_id = call.param("job_id").unwrap_or_default();
        let not_found = || fail(StatusCode::NOT_FOUND, "SVCSTG.00100429", "job not found");
        let Some(job) = jobs::find(project, job_id) else { return Err(not_found()) };
        if call.param("instance_id").is_some_and(|i| !i.is_empty() && i != text(job, "service_instance_id")) {
            return Err(not_found());
        }
        let mut tasks: Vec<Value> = job.get("tasks").and_then(Value::as_array).cloned().unwrap_or_default();
        let count = tasks.len();
        if call.param("desc") == Some("true") {
            tasks.reverse();
        }
        let offset = call.params.get("offset").and_then(Value::as_u64).unwrap_or(0) as usize;
        let limit = call.params.get("limit").and_then(Value::as_u64).filter(|l| *l > 0).map_or(usize::MAX, |l| l as usize);
        let owner = "cas-mgr-sandbox:30114";
        let tasks: Vec<Value> = tasks
            .into_iter()
            .skip(offset)
            .take(limit)
            .map(|t| {
                json!({"MESSAGES": t.get("messages").cloned().unwrap_or(json!("{}")), "TASK_ID": t.get("task_id"), "TASK_TYPE": "restful",
                    "TASK_INDEX": t.get("task_index"), "TASK_NAME": t.get("task_name"), "TASK_STATUS": t.get("task_status"),
                    "LAST_HEALTH_CHECK": t.get("update_at"), "CREATED_AT": t.get("created_at"), "OWNER_ID": owner})
            })
            .collect();
        let job_type = text(job, "job_type");
        let head = json!({"JOB_ID": job.get("job_id"), "JOB_NAME": job_name(job_type), "JOB_TYPE": job_type,
            "SERVICE_INSTANCE_ID": job.get("service_instance_id"), "PROJECT_ID": job.get("project_id"), "ORDER_ID": "",
            "JOB_DESC": job_name(job_type), "EXECUTION_STATUS": job.get("execution_status"), "CREATED_BY": SANDBOX_USER});
        Ok(call.ok(&json!({"task_count": count, "job": head, "tasks": tasks})))
    })
}
