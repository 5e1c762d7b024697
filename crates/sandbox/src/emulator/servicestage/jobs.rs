//! Jobs (4.6.1): what creating, changing or acting on a component or an addon, and
//! provisioning an environment, start. A job is a list of tasks with durations; its state is
//! computed from its start time whenever the project is touched (`settle`), so no background
//! task runs. When a job ends, the changes it was started with (`effects`) are applied: the
//! component becomes RUNNING or STOPPED, the addon SUCCEEDED, the IaC resource created.
//!
//! An effect is a small JSON instruction on one stored item:
//! `{"key": "components", "id": "…", "set": {"status.component_status": "RUNNING"}}`,
//! optionally with `"parent"` (the item's parent id), `"touch": ["status.update_time"]` (set
//! to the job's end time) or `"remove": true`.

use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{json, Map, Value};

use super::super::engine::crud::{self, PARENT};
use opsdeck_api::json_path::{dotted, set_at};
use super::super::engine::{iso_time, new_id, Call, Store};
use super::{fail, object, run};

pub const JOBS: &str = "jobs";

/// One task of a new job.
pub struct TaskSpec {
    pub name: String,
    /// Nominal duration at job speed 1.
    pub ms: i64,
    /// Extra bookkeeping shown by whoever reads the task (provisioning events).
    pub event: Option<Value>,
}

impl TaskSpec {
    pub fn new(name: impl Into<String>, ms: i64) -> TaskSpec {
        TaskSpec { name: name.into(), ms, event: None }
    }
}

/// A job to start.
pub struct JobSpec {
    /// PROVISION, DEPROVISION or DAILY_OPERATION.
    pub job_type: &'static str,
    /// The component, addon or environment the job works on.
    pub instance: String,
    pub tasks: Vec<TaskSpec>,
    /// The task that fails, and why (the job then fails after it).
    pub fail: Option<(usize, String)>,
    pub on_success: Vec<Value>,
    pub on_failure: Vec<Value>,
}

/// An effect that sets members (dotted paths) of an item, and its update time.
pub fn set(key: &str, id: &str, changes: Value) -> Value {
    json!({"key": key, "id": id, "set": changes})
}

/// An effect that removes an item.
pub fn remove(key: &str, id: &str) -> Value {
    json!({"key": key, "id": id, "remove": true})
}

/// Starts a job at `at` and returns its id.
pub fn start(project: &mut Store, project_id: &str, at: i64, spec: JobSpec) -> String {
    let job_id = format!("JOB{}", new_id());
    let tasks: Vec<Value> = spec
        .tasks
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let mut task = object([
                ("task_id", json!(format!("Task-{}", new_id()))),
                ("task_index", json!(i + 1)),
                ("task_name", json!(t.name)),
                ("task_status", json!("SUBMITTED")),
                ("created_at", json!(iso_time(at))),
                ("update_at", json!(iso_time(at))),
                ("messages", json!("{}")),
                ("_ms", json!(t.ms.max(1))),
            ]);
            if let Some(event) = t.event {
                task["_event"] = event;
            }
            task
        })
        .collect();
    let (fail_at, fail_message) = match spec.fail {
        Some((i, m)) => (json!(i), json!(m)),
        None => (Value::Null, Value::Null),
    };
    project.items_mut(JOBS).push(object([
        ("job_id", json!(job_id)),
        ("job_type", json!(spec.job_type)),
        ("project_id", json!(project_id)),
        ("service_instance_id", json!(spec.instance)),
        ("execution_status", json!("RUNNING")),
        ("tasks", Value::Array(tasks)),
        ("_start", json!(at)),
        ("_fail_at", fail_at),
        ("_fail_message", fail_message),
        ("_on_success", Value::Array(spec.on_success)),
        ("_on_failure", Value::Array(spec.on_failure)),
        ("_done", json!(false)),
    ]));
    job_id
}

pub fn find<'p>(project: &'p Store, job_id: &str) -> Option<&'p Value> {
    project.find(JOBS, "job_id", job_id)
}

/// The job's execution status (`RUNNING`, `SUCCEEDED`, `FAILED`, …).
pub fn status<'p>(project: &'p Store, job_id: &str) -> Option<&'p str> {
    find(project, job_id).and_then(|j| j.get("execution_status")).and_then(Value::as_str)
}

/// When the job ended (milliseconds), if it did.
pub fn end_time(project: &Store, job_id: &str) -> Option<i64> {
    find(project, job_id).and_then(|j| j.get("_end")).and_then(Value::as_i64)
}

/// Stops a running job without its effects: its unfinished tasks are cancelled.
pub fn cancel(project: &mut Store, job_id: &str, now: i64) {
    let Some(job) = project.find_mut(JOBS, "job_id", job_id) else { return };
    if job.get("_done") == Some(&Value::Bool(true)) {
        return;
    }
    if let Some(Value::Array(tasks)) = job.get_mut("tasks") {
        for task in tasks.iter_mut().filter(|t| t["task_status"] != "SUCCEEDED") {
            task["task_status"] = json!("CANCELLED");
            task["update_at"] = json!(iso_time(now));
        }
    }
    job["execution_status"] = json!("CANCELLED");
    job["_done"] = json!(true);
    job["_end"] = json!(now);
}

/// Brings every running job up to `now` and applies the effects of those that ended.
pub fn settle(project: &mut Store, now: i64, speed: f64) {
    let mut effects = Vec::new();
    for job in project.items_mut(JOBS).iter_mut() {
        if let Some((succeeded, end)) = progress(job, now, speed) {
            let key = if succeeded { "_on_success" } else { "_on_failure" };
            if let Some(Value::Array(list)) = job.get(key) {
                effects.extend(list.iter().cloned().map(|e| (e, end)));
            }
        }
    }
    for (effect, end) in effects {
        apply(project, &effect, end);
    }
}

/// Recomputes a job's and its tasks' states; `Some((succeeded, end))` when it just ended.
fn progress(job: &mut Value, now: i64, speed: f64) -> Option<(bool, i64)> {
    if job.get("_done") == Some(&Value::Bool(true)) {
        return None;
    }
    let start = job.get("_start").and_then(Value::as_i64).unwrap_or(now);
    let fail_at = job.get("_fail_at").and_then(Value::as_u64).map(|i| i as usize);
    let fail_message = job.get("_fail_message").and_then(Value::as_str).unwrap_or("failed").to_string();
    let elapsed = ((now - start).max(0) as f64 * speed) as i64;
    let real = |nominal: i64| start + (nominal as f64 / speed) as i64;
    let mut at = 0;
    let mut ended: Option<(bool, i64)> = None;
    let mut running = false;
    let Some(Value::Array(tasks)) = job.get_mut("tasks") else { return None };
    for (i, task) in tasks.iter_mut().enumerate() {
        let (from, to) = (at, at + task.get("_ms").and_then(Value::as_i64).unwrap_or(1));
        at = to;
        let (status, created, updated) = if let Some((_, end)) = ended {
            ("CANCELLED", start, end)
        } else if elapsed >= to {
            if fail_at == Some(i) {
                ended = Some((false, real(to)));
                task["messages"] = Value::String(json!({"error": fail_message}).to_string());
                ("FAILED", real(from), real(to))
            } else {
                ("SUCCEEDED", real(from), real(to))
            }
        } else if elapsed >= from {
            running = true;
            ("RUNNING", real(from), now)
        } else {
            running = true;
            ("SUBMITTED", start, start)
        };
        task["task_status"] = json!(status);
        task["created_at"] = json!(iso_time(created));
        task["update_at"] = json!(iso_time(updated));
    }
    let outcome = match ended {
        Some(failed) => Some(failed),
        None if !running => Some((true, real(at))),
        None => None,
    };
    match outcome {
        Some((succeeded, end)) => {
            job["execution_status"] = json!(if succeeded { "SUCCEEDED" } else { "FAILED" });
            job["_done"] = json!(true);
            job["_end"] = json!(end);
        }
        None => job["execution_status"] = json!("RUNNING"),
    }
    outcome
}

/// Applies one effect of a finished job.
fn apply(project: &mut Store, effect: &Value, end: i64) {
    let Some(key) = effect.get("key").and_then(Value::as_str) else { return };
    let Some(key) = project.collections.keys().copied().find(|k| *k == key) else { return };
    let id = effect.get("id").and_then(Value::as_str).unwrap_or_default();
    let parent = effect.get("parent").and_then(Value::as_str);
    let behavior = super::BEHAVIORS.iter().find(|b| b.resource.key == key);
    let id_field = behavior.map_or("id", |b| b.resource.id_field);
    let matches = |item: &Value| {
        item.get(id_field).and_then(Value::as_str) == Some(id) && parent.is_none_or(|p| item.get(PARENT).and_then(Value::as_str) == Some(p))
    };
    if effect.get("remove") == Some(&Value::Bool(true)) {
        match behavior {
            Some(b) if parent.is_none() => crud::remove_with_dependents(super::BEHAVIORS, project, b, id),
            _ => project.items_mut(key).retain(|i| !matches(i)),
        }
        return;
    }
    let Some(item) = project.items_mut(key).iter_mut().find(|i| matches(i)) else { return };
    if let Some(Value::Object(changes)) = effect.get("set") {
        for (path, value) in changes {
            set_at(item, &dotted(path), value.clone());
        }
    }
    if let Some(Value::Array(paths)) = effect.get("touch") {
        for path in paths.iter().filter_map(Value::as_str) {
            set_at(item, &dotted(path), json!(end));
        }
    }
}

/// 4.6.1: the job with its tasks (paged by `limit`/`offset`, `desc=true` newest first).
pub fn get(call: &Call) -> Response {
    run(call, |project| {
        let job_id = call.param("job_id").unwrap_or_default();
        let Some(job) = find(project, job_id) else {
            return Err(fail(StatusCode::NOT_FOUND, "SVCSTG.00100429", "job not found"));
        };
        let mut tasks: Vec<Value> = job.get("tasks").and_then(Value::as_array).cloned().unwrap_or_default();
        let count = tasks.len();
        if call.param("desc") == Some("true") {
            tasks.reverse();
        }
        let offset = call.params.get("offset").and_then(Value::as_u64).unwrap_or(0) as usize;
        let limit = call.params.get("limit").and_then(Value::as_u64).filter(|l| *l > 0).map_or(usize::MAX, |l| l as usize);
        let tasks: Vec<Value> = tasks.into_iter().skip(offset).take(limit).map(|t| crud::cut(t, None)).collect();
        let mut head = Map::new();
        for field in ["execution_status", "job_id", "job_type", "order_id", "project_id", "service_instance_id"] {
            if let Some(v) = job.get(field) {
                head.insert(field.into(), v.clone());
            }
        }
        Ok(call.ok(&json!({"task_count": count, "job": head, "tasks": tasks})))
    })
}
