//! The overview at `/`: per service, how many of each resource there are; the jobs running
//! or failed lately; and the items whose declared state is a failed one. Everything comes
//! from the declarations (`ResourceDecl::status`, the list operations), loaded as a chunk.

use leptos::prelude::*;
use opsdeck_api::operation::Service;
use opsdeck_api::resource::{Paging, ResourceDecl, Tone};
use opsdeck_api::{catalog, Text};
use serde_json::{Map, Value};

use crate::client;
use crate::i18n::{tr, use_lang};
use crate::jobs::Phase;
use crate::router::links::{item_href, list_href, nav_href};
use crate::state::AppState;

const TITLE: Text = Text::new("总览", "Overview");
const NEEDS_ATTENTION: Text = Text::new("需要关注", "Needs attention");
const ALL_WELL: Text = Text::new("没有失败的资源。", "Nothing has failed.");
const RECENT_JOBS: Text = Text::new("进行中与失败的任务", "Running and failed jobs");
const NO_RECENT_JOBS: Text = Text::new("没有进行中或失败的任务。", "No job is running or has failed.");
const UNREADABLE: Text = Text::new("无法读取", "could not be read");

/// How many items a list holds and those of them in a failed state, or why it cannot say.
#[derive(Clone)]
struct Census {
    count: Option<u64>,
    failed: Vec<Value>,
}

/// Whether the resource's own list can be read without choosing anything first (a parent,
/// Rainbond's team and region).
fn listable(r: &ResourceDecl) -> bool {
    r.page_list().is_some_and(|op| op.params_schema().fields.iter().all(|f| !f.required || f.name == "project_id"))
}

#[component]
pub fn OverviewPage() -> impl IntoView {
    let lang = use_lang();
    provide_censuses();
    let sections = Service::ALL
        .iter()
        .filter_map(|service| {
            let mut seen = Vec::new();
            let resources: Vec<&'static ResourceDecl> = catalog::top_level_resources()
                .filter(|r| r.service == *service)
                .filter(|r| r.console_page.is_none_or(|p| !seen.contains(&p) && { seen.push(p); true }))
                .collect();
            (!resources.is_empty()).then(|| {
                let service = *service;
                view! {
                    <section class="overview-service" aria-label=move || service.title().get(lang.get())>
                        <h2>{move || service.title().get(lang.get())}</h2>
                        <ul class="overview-cards">{resources.into_iter().map(resource_card).collect_view()}</ul>
                    </section>
                }
            })
        })
        .collect_view();
    view! {
        <div class="page overview">
            <div class="page-head"><h1>{tr(TITLE)}</h1></div>
            <div class="overview-grid">
                <div class="overview-main">{sections}</div>
                <aside class="overview-side">
                    <section aria-labelledby="attention-title">
                        <h2 id="attention-title">{tr(NEEDS_ATTENTION)}</h2>
                        <AttentionList />
                    </section>
                    <section aria-labelledby="jobs-title">
                        <h2 id="jobs-title">{tr(RECENT_JOBS)}</h2>
                        <RecentJobs />
                    </section>
                </aside>
            </div>
        </div>
    }
}

crate::chunks::split_view!(shell,
    /// The overview page, from a chunk.
    fn overview_page() => view! { <OverviewPage /> });

/// Each listable resource's census, read once per visit and shared by the cards and the
/// attention list.
#[derive(Clone, Copy)]
struct Censuses(StoredValue<Vec<(&'static ResourceDecl, LocalResource<Result<Census, String>>)>>);

fn censuses() -> Censuses {
    expect_context::<Censuses>()
}

/// Starts reading every census, for the page's views to share.
fn provide_censuses() {
    let state = expect_context::<AppState>();
    let all = catalog::top_level_resources()
        .filter(|r| listable(r))
        .map(|r| {
            let res = LocalResource::new(move || census(state, r));
            (r, res)
        })
        .collect();
    provide_context(Censuses(StoredValue::new(all)));
}

async fn census(state: AppState, r: &'static ResourceDecl) -> Result<Census, String> {
    let Some(op) = r.page_list() else { return Err(String::new()) };
    let mut params = Map::new();
    // Only a resource with states needs its items; the others need only the total.
    match r.paging {
        Paging::LimitOffset { limit, max_limit, .. } => {
            let n = if r.status.is_some() { max_limit.min(100) } else { 1 };
            params.insert(limit.into(), Value::from(n));
        }
        Paging::Page { page, per_page, max_per_page } => {
            let n = if r.status.is_some() { max_per_page.min(100) } else { 1 };
            params.insert(page.into(), Value::from(1));
            params.insert(per_page.into(), Value::from(n));
        }
        Paging::None => {}
    }
    let lang = state.settings.with_untracked(|s| s.lang);
    let answer = client::call(state, op, params, None).await.map_err(|e| e.title(lang))?;
    let items = r.items_in(&answer.value);
    let count = r.count_field.and_then(|f| answer.value.get(f)).and_then(Value::as_u64).unwrap_or(items.len() as u64);
    let failed = match r.status {
        Some(s) => items.iter().filter(|i| s.of(i).is_some_and(|(_, _, tone)| tone == Tone::Failed)).cloned().collect(),
        None => Vec::new(),
    };
    Ok(Census { count: Some(count), failed })
}

fn resource_card(r: &'static ResourceDecl) -> impl IntoView {
    let lang = use_lang();
    let found = censuses().0.with_value(|all| all.iter().find(|(d, _)| std::ptr::eq(*d, r)).map(|(_, c)| *c));
    let count = move || match found.map(|c| c.get()) {
        None => view! { <span class="count muted">"—"</span> }.into_any(),
        Some(None) => view! { <span class="count muted">"…"</span> }.into_any(),
        Some(Some(Ok(c))) => view! { <span class="count" data-testid="count">{c.count.map(|n| n.to_string()).unwrap_or_else(|| "—".into())}</span> }.into_any(),
        Some(Some(Err(e))) => view! { <span class="count muted" title=e>{move || UNREADABLE.get(lang.get())}</span> }.into_any(),
    };
    view! {
        <li class="overview-card" data-resource=r.key>
            <a href=nav_href(r)>
                {count}
                <span class="card-title">{move || r.console_page.and_then(crate::pages::page_title).unwrap_or(r.title).get(lang.get())}</span>
            </a>
        </li>
    }
}

/// The items whose state is a failed one, linked to their pages.
#[component]
fn AttentionList() -> impl IntoView {
    let lang = use_lang();
    let all = censuses();
    move || {
        let mut loading = false;
        let mut rows = Vec::new();
        all.0.with_value(|all| {
            for (r, c) in all {
                match c.get() {
                    None => loading = true,
                    Some(Ok(census)) => rows.extend(census.failed.into_iter().map(|i| (*r, i))),
                    Some(Err(_)) => {}
                }
            }
        });
        if rows.is_empty() {
            return if loading { view! { <p class="muted">{tr(crate::i18n::LOADING)}</p> }.into_any() } else { view! { <p class="muted">{tr(ALL_WELL)}</p> }.into_any() };
        }
        view! {
            <ul class="attention">
                {rows.into_iter().map(|(r, item)| {
                    let name = item.get(r.name_field).and_then(Value::as_str).unwrap_or_default().to_string();
                    let badge = r.status.and_then(|s| crate::views::status::status_badge(&s, &item, lang.get()));
                    let href = if r.console_page.is_some() { nav_href(r) } else { item_href(r, &item, &Map::new()).unwrap_or_else(|| list_href(r)) };
                    view! {
                        <li>
                            <a href=href>{name}</a>
                            <span class="muted small">{r.singular.get(lang.get())}</span>
                            {badge}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    }
}

/// Jobs running now, and those that failed in the last day, newest first.
#[component]
fn RecentJobs() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = use_lang();
    move || {
        let day_ago = js_sys::Date::now() - 24.0 * 3600.0 * 1000.0;
        let jobs: Vec<_> = state.jobs.with(|jobs| {
            jobs.iter().filter(|j| j.phase == Phase::Running || (j.phase == Phase::Failed && j.started_ms > day_ago)).cloned().collect()
        });
        if jobs.is_empty() {
            return view! { <p class="muted">{tr(NO_RECENT_JOBS)}</p> }.into_any();
        }
        view! {
            <ul class="attention">
                {jobs.into_iter().map(|j| {
                    let (word, tone) = match j.phase {
                        Phase::Running => (crate::i18n::JOB_RUNNING, "progress"),
                        Phase::Failed => (crate::i18n::JOB_FAILED, "failed"),
                        Phase::Succeeded => (crate::i18n::JOB_SUCCEEDED, "healthy"),
                    };
                    let title = j.title(lang.get());
                    view! {
                        <li>
                            {match j.link.clone() {
                                Some(h) => view! { <a href=h>{title}</a> }.into_any(),
                                None => view! { <span>{title}</span> }.into_any(),
                            }}
                            <span class=format!("tone tone-{tone}") title=j.status.clone()>{move || word.get(lang.get())}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    }
}
