//! `/repos/{auth}`: the namespaces an authorization reaches, and opening a repository by its
//! clone URL; `/repos/{auth}/{namespace}`: the namespace's projects, and creating one.

use leptos::prelude::*;
use leptos::task::spawn_local;
use opsdeck_api::Text;
use serde_json::json;

use super::{git_call, git_call_in, objects, repos_href, route_param, text, RepoCrumbs, RepoPath};
use crate::client::CallError;
use crate::i18n::{self, tr, use_lang};
use crate::router::navigate;
use crate::state::AppState;
use crate::views::feedback::ErrorBanner;

const NAMESPACES: Text = Text::new("命名空间", "Namespaces");
const NAMESPACES_INTRO: Text = Text::new("此授权可访问的用户和组织。", "The users and organizations this authorization reaches.");
const PROJECTS: Text = Text::new("仓库", "Repositories");
const OPEN_BY_URL: Text = Text::new("按克隆地址打开", "Open by clone URL");
const OPEN: Text = Text::new("打开", "Open");
const NEW_PROJECT: Text = Text::new("新建仓库", "New repository");
const NEW_PROJECT_HELP: Text = Text::new("名称中不能有“/”。", "A name without `/`.");
const PROJECT_CREATED: Text = Text::new("已创建仓库", "Repository created");
const NONE_HERE: Text = Text::new("这里还没有仓库。", "No repository here yet.");

/// A list of links with a loading line and the service's error.
fn link_list(list: LocalResource<Result<serde_json::Value, CallError>>, member: &'static str, href_of: impl Fn(&serde_json::Value) -> (String, String, String) + Clone + Send + Sync + 'static, label: Text) -> impl IntoView {
    move || match list.get() {
        None => view! { <p class="loading" role="status">{tr(i18n::LOADING)}</p> }.into_any(),
        Some(Err(e)) => view! { <ErrorBanner error=Signal::derive(move || Some(e.clone())) /> }.into_any(),
        Some(Ok(v)) => {
            let items = objects(&v, member);
            if items.is_empty() {
                return view! { <p class="empty muted">{tr(NONE_HERE)}</p> }.into_any();
            }
            let href_of = href_of.clone();
            view! {
                <ul class="repo-list" aria-label=move || tr(label)()>
                    {items.iter().map(|i| {
                        let (title, to, detail) = href_of(i);
                        view! { <li><a href=to>{title}</a>{(!detail.is_empty()).then(|| view! { <span class="muted small mono">{detail}</span> })}</li> }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }
    }
}

#[component]
pub fn NamespacesPage() -> impl IntoView {
    let auth = route_param("auth");
    let state = expect_context::<AppState>();
    let list = LocalResource::new(move || {
        let a = auth.get();
        async move { git_call("servicestage.git_namespace.list", vec![("X-Repo-Auth", a)], None).await }
    });
    let url = RwSignal::new(String::new());
    let error = RwSignal::new(None::<CallError>);
    let sending = RwSignal::new(false);
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let a = auth.get_untracked();
        let u = url.get_untracked().trim().to_string();
        if u.is_empty() {
            return;
        }
        sending.set(true);
        spawn_local(async move {
            let r = git_call_in(state, "servicestage.git_project.resolve", vec![("X-Repo-Auth", a.clone()), ("clone_url", u)], None).await;
            sending.set(false);
            match r {
                Ok(v) => {
                    let ns = Some(text(&v, "namespace_id")).filter(|s| !s.is_empty()).unwrap_or_else(|| text(&v, "namespace"));
                    let project = Some(text(&v, "project_id")).filter(|s| !s.is_empty()).unwrap_or_else(|| text(&v, "project"));
                    navigate(&repos_href(Some(&a), Some(&ns), Some(&project)));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let items = link_list(list, "namespaces", move |n| {
        let id = text(n, "id");
        let name = Some(text(n, "name")).filter(|s| !s.is_empty()).unwrap_or_else(|| id.clone());
        (name, repos_href(Some(&auth.get_untracked()), Some(&id), None), String::new())
    }, NAMESPACES);
    view! {
        <div class="page repos">
            {move || view! { <RepoCrumbs path=RepoPath { auth: auth.get(), ..Default::default() } /> }}
            <div class="page-head">
                <h1>{move || auth.get()}</h1>
                <div class="page-actions"><button type="button" class="btn secondary" on:click=move |_| list.refetch()>{tr(i18n::REFRESH)}</button></div>
            </div>
            <p class="muted">{tr(NAMESPACES_INTRO)}</p>
            <h2>{tr(NAMESPACES)}</h2>
            {items}
            <form class="inline-form" on:submit=open>
                <label class="field-label" for="clone-url">{tr(OPEN_BY_URL)}</label>
                <div class="inline-row">
                    <input id="clone-url" type="url" placeholder="https://github.com/owner/repo.git" prop:value=move || url.get() on:input=move |ev| url.set(event_target_value(&ev)) />
                    <button type="submit" class="btn secondary" disabled=move || sending.get()>{tr(OPEN)}</button>
                </div>
            </form>
            <ErrorBanner error=error on_dismiss=Callback::new(move |_| error.set(None)) />
        </div>
    }
}

#[component]
pub fn ProjectsPage() -> impl IntoView {
    let auth = route_param("auth");
    let ns = route_param("namespace");
    let state = expect_context::<AppState>();
    let list = LocalResource::new(move || {
        let (a, n) = (auth.get(), ns.get());
        async move { git_call("servicestage.git_project.list", vec![("X-Repo-Auth", a), ("namespace", n)], None).await }
    });
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<CallError>);
    let sending = RwSignal::new(false);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked().trim().to_string();
        if n.is_empty() {
            return;
        }
        sending.set(true);
        let (a, namespace) = (auth.get_untracked(), ns.get_untracked());
        spawn_local(async move {
            let r = git_call_in(state, "servicestage.git_project.create", vec![("X-Repo-Auth", a.clone()), ("namespace", namespace.clone())], Some(json!({"name": n}))).await;
            sending.set(false);
            match r {
                Ok(v) => {
                    error.set(None);
                    name.set(String::new());
                    state.toast(format!("{}: {}", PROJECT_CREATED.get(state.settings.with_untracked(|s| s.lang)), text(&v, "name")));
                    list.refetch();
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let items = link_list(list, "projects", move |p| {
        let id = text(p, "id");
        let title = Some(text(p, "name")).filter(|s| !s.is_empty()).unwrap_or_else(|| id.clone());
        (title, repos_href(Some(&auth.get_untracked()), Some(&ns.get_untracked()), Some(&id)), text(p, "clone_url"))
    }, PROJECTS);
    let lang = use_lang();
    view! {
        <div class="page repos">
            {move || view! { <RepoCrumbs path=RepoPath { auth: auth.get(), namespace: ns.get(), ..Default::default() } /> }}
            <div class="page-head">
                <h1>{move || ns.get()}</h1>
                <div class="page-actions"><button type="button" class="btn secondary" on:click=move |_| list.refetch()>{tr(i18n::REFRESH)}</button></div>
            </div>
            <h2>{tr(PROJECTS)}</h2>
            {items}
            <form class="inline-form" on:submit=create aria-label=move || NEW_PROJECT.get(lang.get())>
                <label class="field-label" for="new-project">{tr(NEW_PROJECT)}</label>
                <div class="inline-row">
                    <input id="new-project" type="text" aria-describedby="new-project-help" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                    <button type="submit" class="btn secondary" disabled=move || sending.get()>{tr(i18n::CREATE)}</button>
                </div>
                <p class="help" id="new-project-help">{tr(NEW_PROJECT_HELP)}</p>
            </form>
            <ErrorBanner error=error on_dismiss=Callback::new(move |_| error.set(None)) />
        </div>
    }
}

crate::chunks::split_view!(repos,
    /// An authorization's namespaces, from a chunk.
    fn namespaces_page() => view! { <NamespacesPage /> });
crate::chunks::split_view!(repos,
    /// A namespace's projects, from a chunk.
    fn projects_page() => view! { <ProjectsPage /> });
