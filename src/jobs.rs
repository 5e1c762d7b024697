//! The job tray's state: every asynchronous job started from anywhere in the console, polled
//! with backoff until it ends, kept in `localStorage` so it survives a reload.

use leptos::prelude::*;
use leptos::task::spawn_local;
use opsdeck_api::jobs::{self, JobKind, JobState};
use opsdeck_api::{catalog, Lang, OperationDecl, Service};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::client;
use crate::state::{sleep_ms, AppState};

const STORAGE_KEY: &str = "opsdeck.jobs";
/// At most this many jobs are kept; the oldest finished ones go first.
const KEEP: usize = 30;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Running,
    Succeeded,
    Failed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrackedJob {
    pub service: String,
    pub job_id: String,
    pub project_id: String,
    /// The operation that started it, for the title.
    pub op_id: String,
    /// The page of the resource it concerns.
    pub link: Option<String>,
    pub started_ms: f64,
    pub phase: Phase,
    /// The service's own status word (RUNNING, SUCCEEDED, …).
    pub status: String,
    pub reason: Option<String>,
    #[serde(default)]
    pub attempts: u32,
}

impl TrackedJob {
    pub fn title(&self, lang: Lang) -> String {
        catalog::operation(&self.op_id).map(|o| o.title.get(lang).to_string()).unwrap_or_else(|| self.op_id.clone())
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load() -> Vec<TrackedJob> {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

fn save(jobs: &[TrackedJob]) {
    if let (Some(s), Ok(text)) = (storage(), serde_json::to_string(jobs)) {
        let _ = s.set_item(STORAGE_KEY, &text);
    }
}

fn update(state: AppState, job_id: &str, f: impl FnOnce(&mut TrackedJob)) {
    state.jobs.update(|jobs| {
        if let Some(j) = jobs.iter_mut().find(|j| j.job_id == job_id) {
            f(j);
        }
        save(jobs);
    });
}

/// Starts tracking the job an answer names, if the operation's service has jobs.
pub fn track_from_answer(state: AppState, decl: &'static OperationDecl, params: &Map<String, Value>, answer: &Value, link: Option<String>) {
    let Some(kind) = jobs::kind_for(decl.service) else { return };
    let Some(job_id) = jobs::job_id_in(kind, answer) else { return };
    let project_id = params
        .get("project_id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| state.settings.with_untracked(|s| s.project_id.clone()));
    let job = TrackedJob {
        service: decl.service.key().to_string(),
        job_id: job_id.clone(),
        project_id,
        op_id: decl.id.to_string(),
        link,
        started_ms: js_sys::Date::now(),
        phase: Phase::Running,
        status: "SUBMITTED".into(),
        reason: None,
        attempts: 0,
    };
    state.jobs.update(|jobs| {
        jobs.retain(|j| j.job_id != job_id);
        jobs.insert(0, job);
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
    poll(state, kind, job_id);
}

/// Resumes polling the jobs that were running when the page was left.
pub fn resume(state: AppState) {
    let running: Vec<(String, String)> = state.jobs.with_untracked(|jobs| {
        jobs.iter().filter(|j| j.phase == Phase::Running).map(|j| (j.service.clone(), j.job_id.clone())).collect()
    });
    for (service, job_id) in running {
        if let Some(kind) = Service::from_key(&service).and_then(jobs::kind_for) {
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
            let mut params = Map::new();
            params.insert("project_id".into(), Value::String(job.project_id.clone()));
            params.insert(kind.id_param.into(), Value::String(job_id.clone()));
            let result = client::call(state, decl, params, None).await;
            let lang = state.settings.with_untracked(|s| s.lang);
            match result {
                Ok(answer) => {
                    let new_state = jobs::interpret(kind, &answer.value);
                    let done = new_state.is_final();
                    update(state, &job_id, |j| {
                        j.attempts += 1;
                        match new_state {
                            JobState::Running { status } => j.status = status,
                            JobState::Succeeded { status } => {
                                j.status = status;
                                j.phase = Phase::Succeeded;
                            }
                            JobState::Failed { status, reason } => {
                                j.status = status;
                                j.reason = reason;
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
