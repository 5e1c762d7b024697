//! The repository browser: the Git repositories ServiceStage reaches through a repository
//! authorization, level by level — authorizations (`/repos`), an authorization's namespaces
//! (`/repos/{auth}`), a namespace's projects (`/repos/{auth}/{namespace}`), and a project's
//! files, branches, tags, commits and hooks (`/repos/{auth}/{namespace}/{project}?tab=…`, with
//! `ref` and `path` for the file tree). Every level is a deep link.
//!
//! The requests are the declared Git operations (`opsdeck_api::servicestage::git`), built and
//! sent like any other; this module only arranges them as a browser.
//!
//! - [`authorizations`]: the list with status, adding one by token, password or OAuth.
//! - [`browse`]: namespaces and projects.
//! - [`project`]: the project page and its tabs; [`files`]: the files tab; [`context`]: what
//!   the tabs share; [`tree`]: the tree built from the flat path list.

pub mod authorizations;
pub mod browse;
pub mod context;
pub mod files;
pub mod project;
pub mod tree;

use leptos::prelude::*;
use opsdeck_api::{catalog, Text};
use serde_json::{Map, Value};

use crate::client::{self, CallError};
use crate::router::links::{encode, href};
use crate::state::AppState;

pub(crate) const REPOSITORIES: Text = Text::new("代码仓库", "Repositories");

/// Where the browser is: the authorization, and below it the namespace and the project.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RepoPath {
    pub auth: String,
    pub namespace: String,
    pub project: String,
}

impl RepoPath {
    /// The parameters every call below this level carries (`X-Repo-Auth` is a header).
    pub fn params(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![("X-Repo-Auth", self.auth.clone())];
        if !self.namespace.is_empty() {
            out.push(("namespace", self.namespace.clone()));
        }
        if !self.project.is_empty() {
            out.push(("project", self.project.clone()));
        }
        out
    }
}

/// `/repos`, `/repos/{auth}`, `/repos/{auth}/{namespace}`, `/repos/{auth}/{namespace}/{project}`
/// (each segment percent-encoded: a project id holds a `/`).
pub fn repos_href(auth: Option<&str>, namespace: Option<&str>, project: Option<&str>) -> String {
    let mut path = "/repos".to_string();
    for seg in [auth, namespace, project].into_iter().flatten() {
        path.push('/');
        path.push_str(&encode(seg));
    }
    href(&path)
}

/// Calls the Git operation `op` with these parameters and body; the answer's JSON.
pub async fn git_call(op: &'static str, params: Vec<(&'static str, String)>, body: Option<Value>) -> Result<Value, CallError> {
    let state = expect_context::<AppState>();
    git_call_in(state, op, params, body).await
}

/// [`git_call`] with the state given (for handlers that run outside the component's scope).
pub async fn git_call_in(state: AppState, op: &'static str, params: Vec<(&'static str, String)>, body: Option<Value>) -> Result<Value, CallError> {
    let decl = catalog::operation(op).expect("the repository browser calls declared operations");
    let params: Map<String, Value> = params.into_iter().map(|(k, v)| (k.to_string(), Value::String(v))).collect();
    client::call(state, decl, params, body).await.map(|a| a.value)
}

/// The strings of a list member (`branches`, `tags`, `paths`).
pub fn strings(v: &Value, member: &str) -> Vec<String> {
    v.get(member).and_then(Value::as_array).map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

/// The objects of a list member.
pub fn objects(v: &Value, member: &str) -> Vec<Value> {
    v.get(member).and_then(Value::as_array).cloned().unwrap_or_default()
}

/// A member as text.
pub fn text(v: &Value, member: &str) -> String {
    match v.get(member) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// The crumbs above every page of the browser: Repositories › auth › namespace › project.
#[component]
pub fn RepoCrumbs(path: RepoPath, #[prop(optional)] project_name: Option<String>) -> impl IntoView {
    let mut links = vec![(tr_text(REPOSITORIES), repos_href(None, None, None))];
    if !path.auth.is_empty() {
        links.push((path.auth.clone(), repos_href(Some(&path.auth), None, None)));
    }
    if !path.namespace.is_empty() {
        links.push((path.namespace.clone(), repos_href(Some(&path.auth), Some(&path.namespace), None)));
    }
    if !path.project.is_empty() {
        let label = project_name.filter(|n| !n.is_empty()).unwrap_or_else(|| path.project.clone());
        links.push((label, repos_href(Some(&path.auth), Some(&path.namespace), Some(&path.project))));
    }
    let last = links.len() - 1;
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            {links.into_iter().enumerate().map(|(i, (label, to))| {
                if i == last {
                    view! { <span aria-current="page">{label}</span> }.into_any()
                } else {
                    view! { <a href=to>{label}</a><span class="sep" aria-hidden="true">"›"</span> }.into_any()
                }
            }).collect_view()}
        </nav>
    }
}

/// A text in the current language, once.
pub fn tr_text(t: Text) -> String {
    t.get(crate::i18n::lang_now()).to_string()
}

/// The route parameter `name`, decoded.
pub fn route_param(name: &str) -> Memo<String> {
    let params = crate::router::use_params_map();
    let name = name.to_string();
    Memo::new(move |_| params.with(|p| p.get(&name).unwrap_or_default()))
}
