//! The job tray: a top-bar button with the number of running jobs, opening a panel with every
//! tracked job, its status, and a link to the resource it concerns.

use leptos::prelude::*;

use crate::i18n::{self, tr, use_lang};
use crate::jobs::{Phase, TrackedJob};
use crate::state::AppState;

const PIN: opsdeck_api::Text = opsdeck_api::Text::new("固定", "Pin");
const UNPIN: opsdeck_api::Text = opsdeck_api::Text::new("取消固定", "Unpin");

fn phase_text(phase: &Phase) -> opsdeck_api::Text {
    match phase {
        Phase::Running => i18n::JOB_RUNNING,
        Phase::Succeeded => i18n::JOB_SUCCEEDED,
        Phase::Failed => i18n::JOB_FAILED,
    }
}

fn job_row(job: TrackedJob) -> impl IntoView {
    let lang = use_lang();
    let phase = job.phase.clone();
    let class = match phase {
        Phase::Running => "status running",
        Phase::Succeeded => "status ok",
        Phase::Failed => "status failed",
    };
    let phase_key = match phase {
        Phase::Running => "running",
        Phase::Succeeded => "succeeded",
        Phase::Failed => "failed",
    };
    let title = job.title(lang.get_untracked());
    let started = crate::format::format_time(job.started_ms, lang.get_untracked());
    let progress = job.progress.clone().map(|p| format!(" · {p}")).unwrap_or_default();
    let open = job.result_href.clone().or_else(|| job.link.clone());
    view! {
        <li class="job" data-job-id=job.job_id.clone() data-job-phase=phase_key>
            <div class="job-head">
                <strong>{title}</strong>
                // One word; the service's own status word is the tooltip.
                <span class=class title=job.status.clone()>{move || format!("{}{progress}", phase_text(&phase).get(lang.get()))}</span>
            </div>
            <div class="muted small">
                {job.subject.clone().map(|s| view! { <code>{s}</code>" → " })}
                <code>{job.job_id.clone()}</code>" · "{started}
            </div>
            {job_steps(&job.steps)}
            {job.reason.clone().map(|r| view! {
                <div class="field-error">
                    {job.code.clone().map(|c| view! { <span class="error-code">{move || format!("{}: {c}", i18n::ERROR_CODE.get(lang.get()))}</span>" " })}
                    {r}
                </div>
            })}
            {job.result.clone().map(|r| {
                let href = job.result_href.clone();
                let label = opsdeck_api::jobs::kind_by_key(&job.kind).map(|k| k.result_label).unwrap_or(opsdeck_api::Text::new("结果", "Result"));
                view! {
                    <div class="small job-result">
                        {move || label.get(lang.get())}": "
                        {match href {
                            Some(h) => view! { <a href=h><code>{r}</code></a> }.into_any(),
                            None => view! { <code>{r}</code> }.into_any(),
                        }}
                    </div>
                }
            })}
            {open.map(|href| view! { <a href=href class="small">{tr(i18n::OPEN)}</a> })}
        </li>
    }
}

/// A job's steps as the service names them, each with its status word, coloured; the step
/// under way is the open one.
fn job_steps(steps: &[opsdeck_api::jobs::Step]) -> Option<impl IntoView> {
    (!steps.is_empty()).then(|| {
        let items = steps
            .iter()
            .map(|s| {
                let tone = step_tone(&s.status);
                view! {
                    <li class="job-step" data-tone=tone>
                        <span class="step-mark" aria-hidden="true"></span>
                        <span class="step-name">{s.name.clone()}</span>
                        <span class="step-status">{s.status.clone()}</span>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="job-steps">{items}</ol> }
    })
}

/// The colour of a step's status word (ServiceStage's task statuses).
fn step_tone(status: &str) -> &'static str {
    match status.to_ascii_uppercase().as_str() {
        "SUCCEEDED" | "SUCCESS" => "healthy",
        "FAILED" | "FAIL" | "TIMEOUT" | "CANCELED" | "CANCELLED" => "failed",
        "RUNNING" | "EXECUTING" => "progress",
        _ => "waiting",
    }
}

#[component]
pub fn JobTray() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let open = RwSignal::new(false);
    // Unless pinned, the tray closes when another page opens: it lies over the page's side.
    let pinned = RwSignal::new(false);
    let path = crate::router::use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let now = path.get();
        if previous.is_some_and(|p| p != now) && !pinned.get_untracked() {
            open.set(false);
        }
        now
    });
    let running = move || state.jobs.with(|jobs| jobs.iter().filter(|j| j.phase == Phase::Running).count());
    let clear = move |_| {
        leptos::task::spawn_local(async move {
            let _ = clear_finished::clear_finished(state).await;
        });
    };
    view! {
        <button type="button" class="btn ghost" aria-expanded=move || open.get().to_string() aria-controls="job-tray"
            on:click=move |_| open.update(|o| *o = !*o)>
            {move || {
                let n = running();
                if n > 0 { format!("{} ({n})", i18n::JOBS.get(lang.get())) } else { i18n::JOBS.get(lang.get()).to_string() }
            }}
        </button>
        <aside id="job-tray" class="job-tray" role="region" aria-label=move || i18n::JOBS.get(lang.get()) hidden=move || !open.get()
            on:keydown=move |ev| if ev.key() == "Escape" { open.set(false) }>
            <div class="preview-head">
                <h2>{tr(i18n::JOBS)}</h2>
                <button type="button" class="btn link" on:click=clear>{tr(i18n::CLEAR_FINISHED)}</button>
                <button type="button" class="btn link" aria-pressed=move || pinned.get().to_string() on:click=move |_| pinned.update(|p| *p = !*p)>
                    {move || if pinned.get() { UNPIN.get(lang.get()) } else { PIN.get(lang.get()) }}
                </button>
                <button type="button" class="btn icon" aria-label=move || i18n::DISMISS.get(lang.get()) on:click=move |_| open.set(false)>"×"</button>
            </div>
            // The list is built when the tray is opened, from a chunk (see `crate::chunks`).
            {move || open.get().then(|| crate::chunks::lazy_view(job_list))}
        </aside>
    }
}

/// Every tracked job, newest first as they were added.
#[component]
pub fn JobList() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let jobs = state.jobs.get();
        if jobs.is_empty() {
            view! { <p class="muted">{tr(i18n::NO_JOBS)}</p> }.into_any()
        } else {
            view! { <ul class="jobs">{jobs.into_iter().map(job_row).collect_view()}</ul> }.into_any()
        }
    }
}

crate::chunks::split_view!(shell,
    /// The job tray's list, built when the tray is opened.
    fn job_list() => view! { <JobList /> });

// Reads the jobs stored by an earlier visit into the tray and resumes polling them (called
// at start-up only when some are stored).
crate::split::split_point!(shell,
    fn restore_jobs(state: AppState) -> () {
        crate::jobs::tracking::restore(state)
    });

// Drops the finished jobs from the tray and from storage.
crate::split::split_point!(shell,
    fn clear_finished(state: AppState) -> () {
        crate::jobs::tracking::restore(state);
        state.jobs.update(|jobs| jobs.retain(|j| j.phase == Phase::Running));
        state.jobs.with_untracked(|jobs| crate::jobs::save(jobs));
    });
