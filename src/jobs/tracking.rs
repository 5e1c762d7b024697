//! Following jobs: an answer that starts one (or several) adds it to the tray, and each is
//! polled with backoff until it ends.
//!
//! What starts a job, how it is read back and what a finished one produced are declared in
//! `opsdeck_api::jobs` ([`JobKind`]): ServiceStage and IMS job ids, CBR replication records
//! (one job per replicated backup), Rainbond copies and installs (one job waiting for every
//! component they create).

use leptos::prelude::*;
use leptos::task::spawn_local;
use opsdeck_api::jobs::{self, JobKind, JobState, Origin};
use opsdeck_api::{catalog, OperationDecl};
use serde_json::{Map, Value};

use super::{save, Phase, TrackedJob, KEEP};
use crate::client;
use crate::router::links::link_href;
use crate::state::{sleep_ms, AppState};

thread_local! {
    static RESTORED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Adds the stored jobs to the tray (after the ones started since the page was opened) and
/// resumes polling those still running. Only the first call does anything: the shell calls
/// it at start-up when jobs are stored, and tracking a new job calls it first, so that saving
/// the tray never drops jobs not read yet.
pub fn restore(state: AppState) {
    if RESTORED.with(|r| r.replace(true)) {
        return;
    }
    let stored: Vec<TrackedJob> = crate::storage::load(true, super::STORAGE_KEY).unwrap_or_default();
    if stored.is_empty() {
        return;
    }
    state.jobs.update(|jobs| {
        for job in stored {
            if !jobs.iter().any(|j| j.job_id == job.job_id) {
                jobs.push(job);
            }
        }
        jobs.truncate(KEEP);
    });
    resume(state);
}

fn update(state: AppState, job_id: &str, f: impl FnOnce(&mut TrackedJob)) {
    state.jobs.update(|jobs| {
        if let Some(j) = jobs.iter_mut().find(|j| j.job_id == job_id) {
            f(j);
        }
        save(jobs);
    });
}

/// Starts tracking the jobs a call starts, if the operation starts any: `params` and `body` are
/// what was sent (a Rainbond copy is followed in the target app its body names).
pub fn track_from_call(
    state: AppState,
    decl: &'static OperationDecl,
    params: &Map<String, Value>,
    body: Option<&Value>,
    answer: &Value,
    link: Option<String>,
    name: Option<(String, String)>,
) {
    let project_id = params
        .get("project_id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| state.settings.with_untracked(|s| s.project_id.clone()));
    let origin = Origin { params, body };
    restore(state);
    for kind in jobs::kinds_started_by(decl) {
        let started = jobs::start_jobs(kind, origin, answer);
        // A link known from the start (the app a copy goes to) leads there once done.
        let known_result = kind.result_link.and_then(|l| jobs::resolve_link(&l, origin, "", None).map(|(id, p)| link_href(&l, &id, &p)));
        for job in started {
            let subject = job.poll_params.values().find_map(|v| v.as_str().map(str::to_string)).filter(|_| matches!(kind.start, jobs::Start::Each { .. }));
            let tracked = TrackedJob {
                service: decl.service.key().to_string(),
                job_id: job.id.clone(),
                project_id: project_id.clone(),
                op_id: decl.id.to_string(),
                link: link.clone(),
                started_ms: js_sys::Date::now(),
                phase: Phase::Running,
                status: "SUBMITTED".into(),
                reason: None,
                attempts: 0,
                kind: kind.key.to_string(),
                poll_params: job.poll_params,
                members: job.members,
                progress: None,
                code: None,
                result: None,
                result_href: known_result.clone(),
                subject,
                name: name.clone(),
                steps: Vec::new(),
            };
            let id = job.id;
            state.jobs.update(|jobs| {
                jobs.retain(|j| j.job_id != id);
                jobs.insert(0, tracked);
                while jobs.len() > KEEP {
                    match jobs.iter().rposition(|j| j.phase != Phase::Running) {
                        Some(i) => {
                            jobs.remove(i);
                        }
                        None => break,
                    }
                }
                save(jobs);
            });
            poll(state, kind, id);
        }
    }
}

/// Resumes polling the jobs that were running when the page was left.
fn resume(state: AppState) {
    let running: Vec<(Option<&'static JobKind>, String)> = state.jobs.with_untracked(|jobs| {
        jobs.iter().filter(|j| j.phase == Phase::Running).map(|j| (j.kind(), j.job_id.clone())).collect()
    });
    for (kind, job_id) in running {
        if let Some(kind) = kind {
            poll(state, kind, job_id);
        }
    }
}

fn poll(state: AppState, kind: &'static JobKind, job_id: String) {
    let Some(decl) = catalog::operation(kind.poll_op) else { return };
    spawn_local(async move {
        loop {
            let Some(job) = state.jobs.with_untracked(|jobs| jobs.iter().find(|j| j.job_id == job_id).cloned()) else { return };
            if job.phase != Phase::Running {
                return;
            }
            sleep_ms(jobs::next_delay_ms(job.attempts) as i32).await;
            let mut params = job.poll_params.clone();
            if !job.project_id.is_empty() {
                params.insert("project_id".into(), Value::String(job.project_id.clone()));
            }
            // Jobs stored before poll parameters were kept carry their id only.
            if params.len() <= 1 && job.members.is_empty() {
                params.entry("job_id").or_insert_with(|| Value::String(job_id.clone()));
            }
            let result = client::call(state, decl, params, None).await;
            let lang = state.settings.with_untracked(|s| s.lang);
            match result {
                Ok(answer) => {
                    let report = jobs::report(kind, &job_id, &job.members, &answer.value);
                    let done = report.state.is_final();
                    let result_href = match (&report.state, kind.result_link) {
                        (JobState::Succeeded { .. }, Some(l)) => {
                            let none = Map::new();
                            let origin = Origin { params: &none, body: None };
                            jobs::resolve_link(&l, origin, &job_id, report.record.as_ref()).map(|(id, p)| link_href(&l, &id, &p))
                        }
                        _ => None,
                    };
                    update(state, &job_id, |j| {
                        j.attempts += 1;
                        j.progress = report.progress.clone();
                        if !report.steps.is_empty() {
                            j.steps = report.steps.clone();
                        }
                        match report.state {
                            JobState::Running { status } => j.status = status,
                            JobState::Succeeded { status } => {
                                j.status = status;
                                j.phase = Phase::Succeeded;
                                j.result = report.result.clone();
                                if result_href.is_some() {
                                    j.result_href = result_href;
                                }
                            }
                            JobState::Failed { status, reason } => {
                                j.status = status;
                                j.reason = reason;
                                j.code = report.code.clone();
                                j.phase = Phase::Failed;
                            }
                        }
                    });
                    if done {
                        let title = job.title(lang);
                        let word = state.jobs.with_untracked(|jobs| {
                            jobs.iter().find(|j| j.job_id == job_id).map(|j| j.phase.clone())
                        });
                        let word = match word {
                            Some(Phase::Succeeded) => crate::i18n::JOB_SUCCEEDED.get(lang),
                            _ => crate::i18n::JOB_FAILED.get(lang),
                        };
                        state.toast(format!("{title}: {word}"));
                        return;
                    }
                }
                Err(client::CallError::Api(e)) if e.status == 404 => {
                    update(state, &job_id, |j| {
                        j.phase = Phase::Failed;
                        j.status = "NOT_FOUND".into();
                        j.code = e.code.clone();
                        j.reason = Some(e.message.clone());
                    });
                    return;
                }
                // Network trouble or a passing error: try again later.
                Err(_) => update(state, &job_id, |j| j.attempts += 1),
            }
        }
    });
}
