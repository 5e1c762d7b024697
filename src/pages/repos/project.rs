//! `/repos/{auth}/{namespace}/{project}`: one repository, in tabs — files (see [`super::files`]),
//! branches, tags (create from a branch, delete), the last commits of a branch, and hooks
//! (create with a callback URL and a secret, delete). The tab, the branch or tag and the file
//! path are in the URL's query, so every view is a deep link.

use leptos::prelude::*;
use leptos::task::spawn_local;
use opsdeck_api::Text;
use serde_json::json;

use super::context::{loaded, query_param, set_query, RefSelect, Refs, Repo, BRANCHES, TAGS};
use super::files::FilesTab;
use super::{git_call, git_call_in, objects, route_param, strings, text, RepoCrumbs, RepoPath};
use crate::client::CallError;
use crate::i18n::{self, tr, use_lang};
use crate::state::AppState;
use crate::views::feedback::{ConfirmDialog, ErrorBanner};

const FILES: Text = Text::new("文件", "Files");
const COMMITS: Text = Text::new("提交", "Commits");
const HOOKS: Text = Text::new("Webhook", "Webhooks");
const NEW_TAG: Text = Text::new("新建标签", "New tag");
const TAG_NAME: Text = Text::new("标签名称", "Tag name");
const FROM: Text = Text::new("基于", "From");
const DESCRIPTION: Text = Text::new("描述", "Description");
const TAG_CREATED: Text = Text::new("已创建标签", "Tag created");
const DELETE_TAG: Text = Text::new("删除标签", "Delete tag");
const DELETE_TAG_BODY: Text = Text::new("标签将从仓库中删除，提交本身不受影响。", "The tag is removed from the repository; its commit stays.");
const LAST_COMMITS: Text = Text::new("最近 10 次提交", "The last 10 commits");
const MESSAGE: Text = Text::new("提交信息", "Message");
const DATE: Text = Text::new("时间", "Date");
const NEW_HOOK: Text = Text::new("新建 Webhook", "New webhook");
const CALLBACK_URL: Text = Text::new("回调地址", "Callback URL");
const SECRET: Text = Text::new("密钥", "Secret");
const SECRET_HELP: Text = Text::new("接收方用它校验请求确实来自仓库。", "The receiver checks with it that a call comes from the repository.");
const HOOK_CREATED: Text = Text::new("已创建 Webhook", "Webhook created");
const DELETE_HOOK: Text = Text::new("删除 Webhook", "Delete webhook");
const DELETE_HOOK_BODY: Text = Text::new("仓库将不再调用此地址。", "The repository stops calling this address.");
const TYPE: Text = Text::new("类型", "Type");
const NOTHING: Text = Text::new("没有内容。", "Nothing here.");

const TABS: [(&str, Text); 5] = [("files", FILES), ("branches", BRANCHES), ("tags", TAGS), ("commits", COMMITS), ("hooks", HOOKS)];

#[component]
pub fn ProjectPage() -> impl IntoView {
    let repo = Repo { auth: route_param("auth"), namespace: route_param("namespace"), project: route_param("project") };
    provide_context(repo);
    let refs = Refs {
        branches: LocalResource::new(move || {
            let p = repo.path();
            async move { git_call("servicestage.git_branch.list", p.params(), None).await }
        }),
        tags: LocalResource::new(move || {
            let p = repo.path();
            async move { git_call("servicestage.git_tag.list", p.params(), None).await }
        }),
    };
    provide_context(refs);
    let tab = query_param("tab");
    let current = Memo::new(move |_| {
        let t = tab.get();
        if TABS.iter().any(|(k, _)| *k == t) { t } else { "files".to_string() }
    });
    // The page is addressed by the project's id (GitLab numbers them); its name comes from
    // the namespace's list.
    let projects = LocalResource::new(move || {
        let p = RepoPath { project: String::new(), ..repo.path() };
        async move { git_call("servicestage.git_project.list", p.params(), None).await }
    });
    let title = move || {
        let id = repo.project.get();
        let listed = projects.get().and_then(Result::ok).and_then(|v| objects(&v, "projects").into_iter().find(|p| text(p, "id") == id).map(|p| text(&p, "name")));
        listed.filter(|n| !n.is_empty()).unwrap_or_else(|| id.rsplit('/').next().unwrap_or_default().to_string())
    };
    view! {
        <div class="page repos">
            {move || view! { <RepoCrumbs path=repo.path() project_name=title() /> }}
            <div class="page-head"><h1>{title}</h1></div>
            <div class="page-tabs" role="tablist">
                {TABS.iter().map(|(key, label)| {
                    let key = *key;
                    view! {
                        <button type="button" role="tab" aria-selected=move || (current.get() == key).to_string()
                            on:click=move |_| set_query(&[("tab", if key == "files" { "" } else { key })])>{tr(*label)}</button>
                    }
                }).collect_view()}
            </div>
            <div role="tabpanel">
                {move || match current.get().as_str() {
                    "branches" => view! { <BranchesTab /> }.into_any(),
                    "tags" => view! { <TagsTab /> }.into_any(),
                    "commits" => view! { <CommitsTab /> }.into_any(),
                    "hooks" => view! { <HooksTab /> }.into_any(),
                    _ => view! { <FilesTab /> }.into_any(),
                }}
            </div>
        </div>
    }
}

#[component]
fn BranchesTab() -> impl IntoView {
    let refs = expect_context::<Refs>();
    move || loaded(refs.branches.get(), |v| {
        let items = strings(&v, "branches");
        if items.is_empty() {
            return view! { <p class="empty muted">{tr(NOTHING)}</p> }.into_any();
        }
        view! {
            <ul class="repo-list" data-testid="branches">
                {items.into_iter().map(|b| {
                    let to = b.clone();
                    view! { <li><a href="#" on:click=move |ev| { ev.prevent_default(); set_query(&[("tab", ""), ("ref", &to), ("path", "")]); }>{b}</a></li> }
                }).collect_view()}
            </ul>
        }.into_any()
    })
}

#[component]
fn TagsTab() -> impl IntoView {
    let refs = expect_context::<Refs>();
    let repo = expect_context::<Repo>();
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let name = RwSignal::new(String::new());
    let from = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let error = RwSignal::new(None::<CallError>);
    let sending = RwSignal::new(false);
    let deleting = RwSignal::new(None::<String>);
    let confirm_open = RwSignal::new(false);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked().trim().to_string();
        let branches = refs.branches.get_untracked().and_then(Result::ok).map(|v| strings(&v, "branches")).unwrap_or_default();
        let f = Some(from.get_untracked()).filter(|f| !f.is_empty()).or_else(|| branches.first().cloned()).unwrap_or_default();
        if n.is_empty() || f.is_empty() {
            return;
        }
        let mut params = repo.path_untracked().params();
        params.push(("ref", f));
        sending.set(true);
        let body = json!({"name": n, "description": description.get_untracked()});
        spawn_local(async move {
            let r = git_call_in(state, "servicestage.git_tag.create", params, Some(body)).await;
            sending.set(false);
            match r {
                Ok(_) => {
                    error.set(None);
                    state.toast(format!("{}: {n}", TAG_CREATED.get(state.settings.with_untracked(|s| s.lang))));
                    name.set(String::new());
                    description.set(String::new());
                    refs.tags.refetch();
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let busy = RwSignal::new(false);
    let confirm = Callback::new(move |_| {
        let Some(tag) = deleting.get_untracked() else { return };
        let mut params = repo.path_untracked().params();
        params.push(("tag_name", tag.clone()));
        busy.set(true);
        spawn_local(async move {
            let r = git_call_in(state, "servicestage.git_tag.delete", params, None).await;
            busy.set(false);
            confirm_open.set(false);
            match r {
                Ok(_) => {
                    state.toast(format!("{}: {tag}", i18n::DELETED.get(state.settings.with_untracked(|s| s.lang))));
                    refs.tags.refetch();
                }
                Err(e) => error.set(Some(e)),
            }
        });
    });
    let list = move || loaded(refs.tags.get(), move |v| {
        let items = strings(&v, "tags");
        if items.is_empty() {
            return view! { <p class="empty muted">{tr(NOTHING)}</p> }.into_any();
        }
        view! {
            <ul class="repo-list" data-testid="tags">
                {items.into_iter().map(|t| {
                    let del = t.clone();
                    view! {
                        <li><span class="mono">{t.clone()}</span>
                            <button type="button" class="btn link danger" aria-label=format!("{} {t}", i18n::DELETE.get(lang.get_untracked()))
                                on:click=move |_| { deleting.set(Some(del.clone())); confirm_open.set(true); }>{tr(i18n::DELETE)}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }.into_any()
    });
    view! {
        {list}
        <form class="op-form inline-form" on:submit=create aria-label=move || NEW_TAG.get(lang.get())>
            <h2>{tr(NEW_TAG)}</h2>
            <div class="field"><label class="field-label" for="tag-name">{tr(TAG_NAME)}</label>
                <input id="tag-name" type="text" placeholder="v1.0.0" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) /></div>
            <div class="field"><label class="field-label" for="tag-from">{tr(FROM)}</label>
                <select id="tag-from" on:change=move |ev| from.set(event_target_value(&ev))>
                    {move || refs.branches.get().and_then(Result::ok).map(|v| strings(&v, "branches")).unwrap_or_default().into_iter()
                        .map(|b| view! { <option value=b.clone()>{b.clone()}</option> }).collect_view()}
                </select></div>
            <div class="field"><label class="field-label" for="tag-description">{tr(DESCRIPTION)}</label>
                <input id="tag-description" type="text" prop:value=move || description.get() on:input=move |ev| description.set(event_target_value(&ev)) /></div>
            <ErrorBanner error=error on_dismiss=Callback::new(move |_| error.set(None)) />
            <div class="form-actions"><button type="submit" class="btn primary" disabled=move || sending.get()>{tr(i18n::CREATE)}</button></div>
        </form>
        <ConfirmDialog open=confirm_open title=Signal::derive(move || DELETE_TAG.get(lang.get()).to_string())
            message=Signal::derive(move || format!("{} — {}", deleting.get().unwrap_or_default(), DELETE_TAG_BODY.get(lang.get())))
            confirm_label=Signal::derive(move || i18n::DELETE.get(lang.get()).to_string()) on_confirm=confirm busy=busy />
    }
}

#[component]
fn CommitsTab() -> impl IntoView {
    let repo = expect_context::<Repo>();
    let lang = use_lang();
    let git_ref = query_param("ref");
    let commits = LocalResource::new(move || {
        let mut params = repo.path().params();
        let r = git_ref.get();
        if !r.is_empty() {
            params.push(("ref", r));
        }
        async move { git_call("servicestage.git_commit.list", params, None).await }
    });
    view! {
        <div class="toolbar"><RefSelect id="commits-ref" value=git_ref.into() on_change=Callback::new(move |r: String| set_query(&[("ref", &r)])) /></div>
        <h2 class="visually-hidden">{tr(LAST_COMMITS)}</h2>
        {move || loaded(commits.get(), move |v| {
            let items = objects(&v, "commits");
            view! {
                <div class="table-wrap"><table class="data" data-testid="commits">
                    <caption class="visually-hidden">{move || LAST_COMMITS.get(lang.get())}</caption>
                    <thead><tr><th scope="col">"SHA"</th><th scope="col">{tr(MESSAGE)}</th><th scope="col">{tr(DATE)}</th></tr></thead>
                    <tbody>
                        {items.into_iter().map(|c| {
                            let sha = text(&c, "sha");
                            let short: String = sha.chars().take(8).collect();
                            view! { <tr><td class="mono" title=sha>{short}</td><td>{text(&c, "message")}</td><td>{c.get("authored_date").and_then(crate::format::time_ms).map(|ms| crate::format::format_time(ms, lang.get_untracked())).unwrap_or_else(|| text(&c, "authored_date"))}</td></tr> }
                        }).collect_view()}
                    </tbody>
                </table></div>
            }.into_any()
        })}
    }
}

#[component]
fn HooksTab() -> impl IntoView {
    let repo = expect_context::<Repo>();
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let hooks = LocalResource::new(move || {
        let p = repo.path();
        async move { git_call("servicestage.git_hook.list", p.params(), None).await }
    });
    let url = RwSignal::new(String::new());
    let secret = RwSignal::new(String::new());
    let error = RwSignal::new(None::<CallError>);
    let sending = RwSignal::new(false);
    let deleting = RwSignal::new(None::<(String, String)>);
    let confirm_open = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (u, s) = (url.get_untracked().trim().to_string(), secret.get_untracked());
        if u.is_empty() || s.is_empty() {
            return;
        }
        sending.set(true);
        let params = repo.path_untracked().params();
        spawn_local(async move {
            let r = git_call_in(state, "servicestage.git_hook.create", params, Some(json!({"url": u, "secret": s}))).await;
            sending.set(false);
            match r {
                Ok(_) => {
                    error.set(None);
                    url.set(String::new());
                    secret.set(String::new());
                    state.toast(HOOK_CREATED.get(state.settings.with_untracked(|s| s.lang)).to_string());
                    hooks.refetch();
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let confirm = Callback::new(move |_| {
        let Some((id, _)) = deleting.get_untracked() else { return };
        let mut params = repo.path_untracked().params();
        params.push(("hook_id", id));
        busy.set(true);
        spawn_local(async move {
            let r = git_call_in(state, "servicestage.git_hook.delete", params, None).await;
            busy.set(false);
            confirm_open.set(false);
            match r {
                Ok(_) => hooks.refetch(),
                Err(e) => error.set(Some(e)),
            }
        });
    });
    view! {
        {move || loaded(hooks.get(), move |v| {
            let items = objects(&v, "hooks");
            if items.is_empty() {
                return view! { <p class="empty muted">{tr(NOTHING)}</p> }.into_any();
            }
            view! {
                <div class="table-wrap"><table class="data" data-testid="hooks">
                    <caption class="visually-hidden">{move || HOOKS.get(lang.get())}</caption>
                    <thead><tr><th scope="col">{tr(CALLBACK_URL)}</th><th scope="col">{tr(TYPE)}</th><th scope="col" class="actions">{tr(i18n::ACTIONS)}</th></tr></thead>
                    <tbody>
                        {items.into_iter().map(|h| {
                            let (id, u) = (text(&h, "id"), text(&h, "callback_url"));
                            let del = (id.clone(), u.clone());
                            view! { <tr><td class="mono">{u.clone()}</td><td>{text(&h, "type")}</td>
                                <td class="actions"><button type="button" class="btn link danger" aria-label=format!("{} {u}", i18n::DELETE.get(lang.get_untracked()))
                                    on:click=move |_| { deleting.set(Some(del.clone())); confirm_open.set(true); }>{tr(i18n::DELETE)}</button></td></tr> }
                        }).collect_view()}
                    </tbody>
                </table></div>
            }.into_any()
        })}
        <form class="op-form inline-form" on:submit=create aria-label=move || NEW_HOOK.get(lang.get())>
            <h2>{tr(NEW_HOOK)}</h2>
            <div class="field"><label class="field-label" for="hook-url">{tr(CALLBACK_URL)}</label>
                <input id="hook-url" type="url" placeholder="https://example.com/webhook" prop:value=move || url.get() on:input=move |ev| url.set(event_target_value(&ev)) /></div>
            <div class="field"><label class="field-label" for="hook-secret">{tr(SECRET)}</label>
                <input id="hook-secret" type="password" autocomplete="off" aria-describedby="hook-secret-help" prop:value=move || secret.get() on:input=move |ev| secret.set(event_target_value(&ev)) />
                <p class="help" id="hook-secret-help">{tr(SECRET_HELP)}</p></div>
            <ErrorBanner error=error on_dismiss=Callback::new(move |_| error.set(None)) />
            <div class="form-actions"><button type="submit" class="btn primary" disabled=move || sending.get()>{tr(i18n::CREATE)}</button></div>
        </form>
        <ConfirmDialog open=confirm_open title=Signal::derive(move || DELETE_HOOK.get(lang.get()).to_string())
            message=Signal::derive(move || format!("{} — {}", deleting.get().map(|d| d.1).unwrap_or_default(), DELETE_HOOK_BODY.get(lang.get())))
            confirm_label=Signal::derive(move || i18n::DELETE.get(lang.get()).to_string()) on_confirm=confirm busy=busy />
    }
}

crate::chunks::split_view!(repos,
    /// A repository's page, from a chunk.
    fn project_page() => view! { <ProjectPage /> });

