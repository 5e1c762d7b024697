//! Builds ("assembling", 12.2). The paths carry no project: the calls use the sandbox's
//! `default` store (the project a token would name), which holds the demo build jobs, each
//! v2 component's build job (named after it), their builds, and a log per build that grows
//! while the build runs: 12.2.4 answers the text from `from` up to what is written so far and
//! the `next` position to ask from.

use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{json, Value};

use super::super::super::engine::{new_id, Call, Store};
use super::super::{fail, invalid, run, text};
use super::{BUILD_JOB, DEMO_COMPONENT_NAME};

pub const BUILD_JOBS: &str = "build-jobs";
const BUILDS: &str = "v2-builds";
const PHASES: &[&str] = &["Init", "Download", "PreProcess", "Build", "Artifact", "PostProcess"];
/// How long a demo build runs at job speed 1.
const BUILD_MS: i64 = 12_000;
const OTHER_JOB: &str = "swpfk3wtzdjnllyely4rf40k52zyuq5s4lha9ch8f";

/// A build job id in the service's form: 40 lower-case letters and digits.
pub fn new_job_id() -> String {
    format!("{}{}", new_id().replace('-', ""), new_id().replace('-', ""))[..40].to_string()
}

/// The demo build jobs.
pub fn jobs(_project_id: &str, _now: i64) -> Vec<Value> {
    vec![json!({"job_id": BUILD_JOB, "job_name": DEMO_COMPONENT_NAME}), json!({"job_id": OTHER_JOB, "job_name": "legacy-api"})]
}

/// The demo builds: two finished ones of the demo component and one that starts with the
/// store, whose log is written over `BUILD_MS`.
pub fn seed(store: &mut Store, now: i64) {
    let builds = store.items_mut(BUILDS);
    builds.push(json!({"build_id": "0f7fqckzmjcfi0f7yxhx91l2rwrifyzd2poac90b5", "job_id": BUILD_JOB, "_start": now - 3 * 86_400_000, "_ms": 1_181_000}));
    builds.push(json!({"build_id": "1a8grdlanjdgj1g8zyiy02m3sxsjgaze3qpbd01c6", "job_id": BUILD_JOB, "_start": now, "_ms": BUILD_MS}));
    builds.push(json!({"build_id": "2b9hsembokehk2h9aozj13n4tytkhbaf4rqce12d7", "job_id": OTHER_JOB, "_start": now - 86_400_000, "_ms": 95_000, "_fail": "Build"}));
}

/// Records the build job of a v2 component just created in another project's store.
pub fn add_job(call: &Call, job_id: &str, name: &str) {
    call.state.with_store(call.service, "default", |store| {
        store.items_mut(BUILD_JOBS).push(json!({"job_id": job_id, "job_name": name}));
    });
}

/// How far a build is: the index of the running phase (6: finished) and the share done.
fn progress(call: &Call, build: &Value) -> (usize, f64) {
    let clock = call.clock();
    let start = build.get("_start").and_then(Value::as_i64).unwrap_or(clock.now);
    let ms = build.get("_ms").and_then(Value::as_i64).unwrap_or(BUILD_MS).max(1);
    let share = (((clock.now - start).max(0) as f64 * clock.speed) / ms as f64).min(1.0);
    let failed_at = build.get("_fail").and_then(Value::as_str).and_then(|p| PHASES.iter().position(|x| x == &p));
    let phase = ((share * PHASES.len() as f64) as usize).min(PHASES.len());
    match failed_at {
        Some(f) if phase > f => (f, 1.0),
        _ => (phase, share),
    }
}

fn phase_states(call: &Call, build: &Value) -> Vec<&'static str> {
    let (at, share) = progress(call, build);
    let failed = build.get("_fail").is_some() && share >= 1.0;
    PHASES
        .iter()
        .enumerate()
        .map(|(i, _)| match (i.cmp(&at), failed) {
            (std::cmp::Ordering::Less, _) => "Successful",
            (std::cmp::Ordering::Equal, true) => "Failed",
            (std::cmp::Ordering::Equal, false) => "Building",
            (std::cmp::Ordering::Greater, true) => "Cancel",
            (std::cmp::Ordering::Greater, false) => "NotStarted",
        })
        .collect()
}

/// The whole log a build writes.
fn full_log(build: &Value) -> String {
    let id = text(build, "build_id");
    let mut out = format!("Starting build {id}...\n");
    for phase in PHASES {
        if build.get("_fail").and_then(Value::as_str) == Some(phase) {
            out.push_str(&format!("[{phase}] started\n[{phase}] ERROR: mvn clean package exited with 1\n"));
            return out;
        }
        out.push_str(&format!("[{phase}] started\n[{phase}] working...\n[{phase}] done\n"));
    }
    out.push_str("Build finished: Successful\n");
    out
}

/// What a build has written so far: whole lines, in proportion to its progress.
fn written(call: &Call, build: &Value) -> String {
    let log = full_log(build);
    let (_, share) = progress(call, build);
    let lines: Vec<&str> = log.split_inclusive('\n').collect();
    let n = ((lines.len() as f64 * share).ceil() as usize).clamp(1, lines.len());
    lines[..n].concat()
}

fn shown(call: &Call, build: &Value) -> Value {
    let (_, share) = progress(call, build);
    let ms = build.get("_ms").and_then(Value::as_i64).unwrap_or(BUILD_MS);
    let mut b = json!({"build_id": text(build, "build_id")});
    if share >= 1.0 {
        b["build_state"] = json!(if build.get("_fail").is_some() { "Failed" } else { "Successful" });
        b["duration"] = json!(ms / 1000);
    }
    b
}

fn find_build(call: &Call, store: &Store) -> Result<Value, Response> {
    let id = call.param("build_id").unwrap_or_default();
    store.find(BUILDS, "build_id", id).cloned().ok_or_else(|| fail(StatusCode::NOT_FOUND, "SVCSTG.00100408", "request not found: no such build"))
}

/// 12.2.2: the builds of a job; `name` must be the job's name.
pub fn builds(call: &Call) -> Response {
    run(call, |store| {
        let job_id = call.param("job_id").unwrap_or_default();
        let Some(job) = store.find(BUILD_JOBS, "job_id", job_id) else {
            return Err(fail(StatusCode::NOT_FOUND, "SVCSTG.00100429", "job not found"));
        };
        if call.param("name") != Some(text(job, "job_name")) {
            return Err(invalid("name: not the name of the build job"));
        }
        let mut list: Vec<Value> = store.items(BUILDS).iter().filter(|b| text(b, "job_id") == job_id).map(|b| shown(call, b)).collect();
        list.reverse();
        let finished = list.iter().filter(|b| b.get("build_state").is_some()).count();
        let successful = list.iter().filter(|b| b["build_state"] == "Successful").count();
        Ok(call.ok(&json!({"list": list, "total": list.len(), "page": 1, "per_page": list.len().max(20), "finished": finished, "successful": successful})))
    })
}

/// 12.2.3: the six phases and where each stands.
pub fn phases(call: &Call) -> Response {
    run(call, |store| {
        let build = find_build(call, store)?;
        let base = 1_627_984 + (store.items(BUILDS).iter().position(|b| b["build_id"] == build["build_id"]).unwrap_or(0) as i64) * 10;
        let list: Vec<Value> = PHASES
            .iter()
            .zip(phase_states(call, &build))
            .enumerate()
            .map(|(i, (name, state))| json!({"id": base + i as i64, "name": name, "state": state}))
            .collect();
        Ok(call.ok(&json!({"total": list.len(), "list": list})))
    })
}

/// 12.2.4: the log from `from` to what is written so far, and where to ask from next.
pub fn log(call: &Call) -> Response {
    run(call, |store| {
        let build = find_build(call, store)?;
        let from = call.params.get("from").and_then(Value::as_u64).unwrap_or(0) as usize;
        let text_so_far = written(call, &build);
        let (chunk, next) = if from >= text_so_far.len() { (String::new(), from) } else { (text_so_far[from..].to_string(), text_so_far.len()) };
        Ok(call.ok(&json!({"buildlog": chunk, "next": next, "phase_states": phase_states(call, &build).join(","), "phases": PHASES.join(",")})))
    })
}
