//! The files tab of a repository: a branch or tag, the tree of its files (built from the flat
//! path list), a file's text (base64 decoded), and changing files — each change a commit with a
//! message. An edit that fails keeps its text; an update carries the SHA its read answered, so
//! a file changed meanwhile is refused rather than overwritten.

use leptos::prelude::*;
use leptos::task::spawn_local;
use opsdeck_api::servicestage::git::{FileContent, FileCreate};
use opsdeck_api::Text;


use super::context::{loaded, query_param, set_query, RefSelect, Refs, Repo};
use super::tree::{self, Entry};
use super::{git_call, git_call_in, strings};
use crate::client::CallError;
use crate::i18n::{self, tr, use_lang};
use crate::state::AppState;
use crate::views::feedback::ErrorBanner;

const NEW_FILE: Text = Text::new("新建文件", "New file");
const FILE_NAME: Text = Text::new("文件名", "File name");
const FILE_NAME_HELP: Text = Text::new("相对于当前目录，可包含“/”以建在子目录中。", "Relative to this directory; a `/` puts it in a sub-directory.");
const CONTENT: Text = Text::new("内容", "Content");
const COMMIT_MESSAGE: Text = Text::new("提交信息", "Commit message");
const COMMIT_MESSAGE_HELP: Text = Text::new("说明此次修改，会记录在仓库历史中。", "Says what changed; it goes into the repository's history.");
const COMMIT: Text = Text::new("提交", "Commit");
const DELETE_FILE: Text = Text::new("删除文件", "Delete file");
const DELETE_FILE_BODY: Text = Text::new("删除也是一次提交，文件在之前的提交中仍然存在。", "Deleting is a commit too; earlier commits still hold the file.");
const COMMITTED: Text = Text::new("已提交", "Committed");
const EMPTY_DIR: Text = Text::new("此目录为空。", "This directory is empty.");
const NOT_TEXT: Text = Text::new("无法解码文件内容。", "The file's content could not be decoded.");
const ROOT: Text = Text::new("根目录", "Root");

/// The branch the tree shows when the URL names none: `main`, `master`, else the first.
fn default_branch(branches: &[String]) -> String {
    ["main", "master"].iter().find(|b| branches.iter().any(|x| x == *b)).map(|b| b.to_string()).or_else(|| branches.first().cloned()).unwrap_or_default()
}

#[component]
pub fn FilesTab() -> impl IntoView {
    let repo = expect_context::<Repo>();
    let refs = expect_context::<Refs>();
    let asked_ref = query_param("ref");
    let path = query_param("path");
    // The ref shown: the URL's, else the default branch once the branches are known.
    let git_ref = Memo::new(move |_| {
        let r = asked_ref.get();
        if !r.is_empty() {
            return r;
        }
        refs.branches.get().and_then(Result::ok).map(|v| default_branch(&strings(&v, "branches"))).unwrap_or_default()
    });
    let paths = LocalResource::new(move || {
        let mut params = repo.path().params();
        let r = git_ref.get();
        params.push(("ref", r.clone()));
        async move {
            if r.is_empty() {
                // No branch known yet (the page shows the branches' state meanwhile).
                return Ok(Vec::new());
            }
            git_call("servicestage.git_file.tree", params, None).await.map(|v| strings(&v, "paths"))
        }
    });
    let body = move || {
        let p = path.get();
        if git_ref.with(String::is_empty) {
            // The branches are loading, failed, or there are none.
            return loaded(refs.branches.get(), |_| view! { <p class="empty muted">{tr(EMPTY_DIR)}</p> }.into_any());
        }
        loaded(paths.get(), move |all: Vec<String>| {
            if !p.is_empty() && tree::is_file(&all, &p) {
                view! { <FileView path=p git_ref=git_ref paths=paths /> }.into_any()
            } else {
                view! { <DirView dir=p entries=tree::entries(&all, &path.get_untracked()) git_ref=git_ref paths=paths /> }.into_any()
            }
        })
    };
    view! {
        <div class="toolbar repo-toolbar">
            <RefSelect id="files-ref" value=asked_ref.into() on_change=Callback::new(move |r: String| set_query(&[("ref", &r), ("path", "")])) />
        </div>
        <PathCrumbs path=path />
        {body}
    }
}

/// Root › src › main › App.java, each part a link to its directory.
#[component]
fn PathCrumbs(path: Memo<String>) -> impl IntoView {
    move || {
        let crumbs = tree::crumbs(&path.get());
        let last = crumbs.len();
        view! {
            <nav class="path-crumbs mono" aria-label="Path">
                {if last == 0 { view! { <span aria-current="page">{tr(ROOT)}</span> }.into_any() }
                 else { view! { <a href="#" on:click=move |ev| { ev.prevent_default(); set_query(&[("path", "")]); }>{tr(ROOT)}</a> }.into_any() }}
                {crumbs.into_iter().enumerate().map(|(i, (name, at))| {
                    if i + 1 == last {
                        view! { <span class="sep">"/"</span><span aria-current="page">{name}</span> }.into_any()
                    } else {
                        view! { <span class="sep">"/"</span><a href="#" on:click=move |ev| { ev.prevent_default(); set_query(&[("path", &at)]); }>{name}</a> }.into_any()
                    }
                }).collect_view()}
            </nav>
        }
    }
}

/// A labelled text input.
fn input_field(id: &'static str, label: Text, help: Option<Text>, value: RwSignal<String>) -> impl IntoView {
    let help_id = format!("{id}-help");
    view! {
        <div class="field">
            <label class="field-label" for=id>{tr(label)}</label>
            <input id=id type="text" spellcheck="false" aria-describedby=help.map(|_| help_id.clone()) prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            {help.map(|h| view! { <p class="help" id=help_id.clone()>{tr(h)}</p> })}
        </div>
    }
}

/// A directory: its sub-directories and files, and a new file in it.
#[component]
fn DirView(dir: String, entries: Vec<Entry>, git_ref: Memo<String>, paths: LocalResource<Result<Vec<String>, CallError>>) -> impl IntoView {
    let repo = expect_context::<Repo>();
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let adding = RwSignal::new(false);
    let name = RwSignal::new(String::new());
    let content = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let error = RwSignal::new(None::<CallError>);
    let sending = RwSignal::new(false);
    let dir_for_create = dir.clone();
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked().trim().trim_matches('/').to_string();
        let m = message.get_untracked().trim().to_string();
        if n.is_empty() || m.is_empty() {
            return;
        }
        let full = if dir_for_create.is_empty() { n } else { format!("{dir_for_create}/{n}") };
        let mut params = repo.path_untracked().params();
        params.push(("path", full.clone()));
        params.push(("ref", git_ref.get_untracked()));
        let body = serde_json::to_value(FileCreate::from_text(&m, &content.get_untracked())).unwrap_or_default();
        sending.set(true);
        spawn_local(async move {
            let r = git_call_in(state, "servicestage.git_file.create", params, Some(body)).await;
            sending.set(false);
            match r {
                Ok(_) => {
                    state.toast(format!("{}: {m}", COMMITTED.get(state.settings.with_untracked(|s| s.lang))));
                    paths.refetch();
                    set_query(&[("path", &full)]);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let listing = if entries.is_empty() {
        view! { <p class="empty muted">{tr(EMPTY_DIR)}</p> }.into_any()
    } else {
        view! {
            <ul class="file-list" data-testid="files">
                {entries.into_iter().map(|e| {
                    let (name, at, is_dir) = match e { Entry::Dir { name, path } => (name, path, true), Entry::File { name, path } => (name, path, false) };
                    view! {
                        <li class:dir=is_dir>
                            <span class="file-icon" aria-hidden="true">{if is_dir { "▸" } else { "·" }}</span>
                            <a href="#" on:click=move |ev| { ev.prevent_default(); set_query(&[("path", &at)]); }>{if is_dir { format!("{name}/") } else { name }}</a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }.into_any()
    };
    view! {
        {listing}
        <p><button type="button" class="btn secondary" aria-expanded=move || adding.get().to_string() on:click=move |_| adding.update(|a| *a = !*a)>{tr(NEW_FILE)}</button></p>
        {move || adding.get().then(|| view! {
            <form class="op-form" on:submit=create.clone() aria-label=move || NEW_FILE.get(lang.get())>
                {input_field("new-file-name", FILE_NAME, Some(FILE_NAME_HELP), name)}
                <div class="field"><label class="field-label" for="new-file-content">{tr(CONTENT)}</label>
                    <textarea id="new-file-content" class="code" rows="10" spellcheck="false" prop:value=move || content.get() on:input=move |ev| content.set(event_target_value(&ev))></textarea></div>
                {input_field("new-file-message", COMMIT_MESSAGE, Some(COMMIT_MESSAGE_HELP), message)}
                <ErrorBanner error=error on_dismiss=Callback::new(move |_| error.set(None)) />
                <div class="form-actions"><button type="submit" class="btn primary" disabled=move || sending.get()>{tr(COMMIT)}</button></div>
            </form>
        })}
    }
}

/// One file: its text, editing it, deleting it.
#[component]
fn FileView(path: String, git_ref: Memo<String>, paths: LocalResource<Result<Vec<String>, CallError>>) -> impl IntoView {
    let repo = expect_context::<Repo>();
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let file_path = StoredValue::new(path);
    let file = LocalResource::new(move || {
        let mut params = repo.path().params();
        params.push(("path", file_path.get_value()));
        params.push(("ref", git_ref.get()));
        async move {
            git_call("servicestage.git_file.get", params, None).await.map(|v| serde_json::from_value::<FileContent>(v).unwrap_or_default())
        }
    });
    let editing = RwSignal::new(false);
    let deleting = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let error = RwSignal::new(None::<CallError>);
    let sending = RwSignal::new(false);
    let current = move || file.get().and_then(Result::ok);
    let start_edit = move |_| {
        if let Some(f) = current() {
            draft.set(f.text().unwrap_or_default());
            message.set(String::new());
            error.set(None);
            editing.set(true);
            deleting.set(false);
        }
    };
    let params_now = move || {
        let mut params = repo.path_untracked().params();
        params.push(("path", file_path.get_value()));
        params.push(("ref", git_ref.get_untracked()));
        params
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let m = message.get_untracked().trim().to_string();
        let Some(f) = file.get_untracked().and_then(Result::ok) else { return };
        if m.is_empty() {
            return;
        }
        let body = serde_json::to_value(f.update(&m, &draft.get_untracked())).unwrap_or_default();
        let params = params_now();
        sending.set(true);
        spawn_local(async move {
            let r = git_call_in(state, "servicestage.git_file.update", params, Some(body)).await;
            sending.set(false);
            match r {
                Ok(_) => {
                    state.toast(format!("{}: {m}", COMMITTED.get(state.settings.with_untracked(|s| s.lang))));
                    editing.set(false);
                    error.set(None);
                    file.refetch();
                }
                // The draft stays as typed.
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let delete = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let m = message.get_untracked().trim().to_string();
        let Some(f) = file.get_untracked().and_then(Result::ok) else { return };
        if m.is_empty() {
            return;
        }
        let mut params = params_now();
        params.push(("message", m.clone()));
        params.push(("sha", f.sha.clone().unwrap_or_default()));
        sending.set(true);
        spawn_local(async move {
            let r = git_call_in(state, "servicestage.git_file.delete", params, None).await;
            sending.set(false);
            match r {
                Ok(_) => {
                    state.toast(format!("{}: {m}", COMMITTED.get(state.settings.with_untracked(|s| s.lang))));
                    let dir = tree::parent(&file_path.get_value()).to_string();
                    paths.refetch();
                    set_query(&[("path", &dir)]);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let shown = move || loaded(file.get(), move |f: FileContent| {
        match f.text() {
            Some(t) => view! { <pre class="file-text mono" data-testid="file-text">{t}</pre> }.into_any(),
            None => view! { <p class="field-error">{tr(NOT_TEXT)}</p> }.into_any(),
        }
    });
    view! {
        <div class="file-view">
            <div class="file-head">
                <span class="mono">{file_path.get_value()}</span>
                <span class="muted small mono" title="SHA">{move || current().and_then(|f| f.sha).map(|s| s.chars().take(10).collect::<String>()).unwrap_or_default()}</span>
                <span class="spacer"></span>
                <button type="button" class="btn secondary" disabled=move || editing.get() || current().is_none() on:click=start_edit>{tr(i18n::EDIT)}</button>
                <button type="button" class="btn danger" disabled=move || deleting.get() || current().is_none()
                    on:click=move |_| { deleting.set(true); editing.set(false); message.set(String::new()); error.set(None); }>{tr(i18n::DELETE)}</button>
            </div>
            {move || if editing.get() {
                view! {
                    <form class="op-form" on:submit=save aria-label=move || i18n::EDIT.get(lang.get())>
                        <div class="field"><label class="field-label" for="file-draft">{tr(CONTENT)}</label>
                            <textarea id="file-draft" class="code" rows="16" spellcheck="false" prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev))></textarea></div>
                        {input_field("file-message", COMMIT_MESSAGE, Some(COMMIT_MESSAGE_HELP), message)}
                        <ErrorBanner error=error />
                        <div class="form-actions">
                            <button type="submit" class="btn primary" disabled=move || sending.get()>{tr(COMMIT)}</button>
                            <button type="button" class="btn secondary" on:click=move |_| editing.set(false)>{tr(i18n::CANCEL)}</button>
                        </div>
                    </form>
                }.into_any()
            } else if deleting.get() {
                view! {
                    <form class="op-form danger-zone" on:submit=delete aria-label=move || DELETE_FILE.get(lang.get())>
                        <p>{tr(DELETE_FILE_BODY)}</p>
                        {input_field("file-message", COMMIT_MESSAGE, Some(COMMIT_MESSAGE_HELP), message)}
                        <ErrorBanner error=error />
                        <div class="form-actions">
                            <button type="submit" class="btn danger" disabled=move || sending.get()>{tr(DELETE_FILE)}</button>
                            <button type="button" class="btn secondary" on:click=move |_| deleting.set(false)>{tr(i18n::CANCEL)}</button>
                        </div>
                    </form>
                }.into_any()
            } else {
                shown().into_any()
            }}
        </div>
    }
}

