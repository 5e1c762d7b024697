//! What the repository page's tabs share: the repository the page shows, its branches and
//! tags, the page's query (tab, ref, path), a loading view and the branch-or-tag select.

use leptos::prelude::*;
use opsdeck_api::Text;
use serde_json::Value;

use super::{strings, RepoPath};
use crate::client::CallError;
use crate::i18n::{self, tr, use_lang};
use crate::router::{replace_query, use_query_map};
use crate::views::feedback::ErrorBanner;

pub(crate) const BRANCHES: Text = Text::new("分支", "Branches");
pub(crate) const TAGS: Text = Text::new("标签", "Tags");
const BRANCH_OR_TAG: Text = Text::new("分支或标签", "Branch or tag");
const DEFAULT: Text = Text::new("默认分支", "Default branch");

/// The repository the page shows, from the route.
#[derive(Clone, Copy)]
pub struct Repo {
    pub auth: Memo<String>,
    pub namespace: Memo<String>,
    pub project: Memo<String>,
}

impl Repo {
    pub fn path(&self) -> RepoPath {
        RepoPath { auth: self.auth.get(), namespace: self.namespace.get(), project: self.project.get() }
    }
    pub fn path_untracked(&self) -> RepoPath {
        RepoPath { auth: self.auth.get_untracked(), namespace: self.namespace.get_untracked(), project: self.project.get_untracked() }
    }
}

/// Sets (or, for an empty value, removes) query parameters of the page's URL.
pub fn set_query(pairs: &[(&str, &str)]) {
    let mut q = use_query_map().get_untracked();
    for (k, v) in pairs {
        if v.is_empty() {
            q.remove(k);
        } else {
            q.replace(k, v.to_string());
        }
    }
    replace_query(&q);
}

/// A query parameter of the page's URL.
pub fn query_param(name: &'static str) -> Memo<String> {
    let q = use_query_map();
    Memo::new(move |_| q.with(|q| q.get(name).unwrap_or_default()))
}

/// The branches and tags of the repository, read once for the page.
#[derive(Clone, Copy)]
pub struct Refs {
    pub branches: LocalResource<Result<Value, CallError>>,
    pub tags: LocalResource<Result<Value, CallError>>,
}

/// A loading line, the service's error, or the view of what came.
pub fn loaded<T: Clone + Send + Sync + 'static>(data: Option<Result<T, CallError>>, view_of: impl FnOnce(T) -> AnyView) -> AnyView {
    match data {
        None => view! { <p class="loading" role="status">{tr(i18n::LOADING)}</p> }.into_any(),
        Some(Err(e)) => view! { <ErrorBanner error=Signal::derive(move || Some(e.clone())) /> }.into_any(),
        Some(Ok(v)) => view_of(v),
    }
}

/// A select of the repository's branches and tags, writing the chosen ref.
#[component]
pub fn RefSelect(id: &'static str, value: Signal<String>, on_change: Callback<String>) -> impl IntoView {
    let refs = expect_context::<Refs>();
    let lang = use_lang();
    let options = move || {
        let branches = refs.branches.get().and_then(Result::ok).map(|v| strings(&v, "branches")).unwrap_or_default();
        let tags = refs.tags.get().and_then(Result::ok).map(|v| strings(&v, "tags")).unwrap_or_default();
        let cur = value.get();
        view! {
            <option value="" selected=cur.is_empty()>{move || DEFAULT.get(lang.get())}</option>
            <optgroup label=move || BRANCHES.get(lang.get())>
                {branches.into_iter().map(|b| { let s = b == cur; view! { <option value=b.clone() selected=s>{b.clone()}</option> } }).collect_view()}
            </optgroup>
            <optgroup label=move || TAGS.get(lang.get())>
                {tags.into_iter().map(|t| { let s = t == cur; view! { <option value=t.clone() selected=s>{t.clone()}</option> } }).collect_view()}
            </optgroup>
        }
    };
    view! {
        <span class="ref-select">
            <label class="field-label" for=id>{tr(BRANCH_OR_TAG)}</label>
            <select id=id on:change=move |ev| on_change.run(event_target_value(&ev))>{options}</select>
        </span>
    }
}

