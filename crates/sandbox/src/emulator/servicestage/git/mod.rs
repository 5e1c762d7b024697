//! Git repository access (chapter 5): repository authorizations of every kind, and behind
//! each the namespaces, projects, branches, tags, commits, hooks and files of its site.
//!
//! Authorizations are a plain resource (5.1 lists and 5.6 deletes them generically); creating
//! one needs a handler per kind: OAuth is the two steps of 5.2 (a redirect URL carrying a
//! `state` the sandbox issued) and 5.3 (any `code` with an issued `state`, once: the emulated
//! code exchange), a personal token (5.4) or a user and password (5.5). Everything else is
//! addressed through the `X-Repo-Auth` header, which no generic rule knows, so 5.7–5.23 have
//! handlers.
//!
//! Repositories live in the project's store, one item per repository project in `git-repos`,
//! with their namespace and site (every authorization of a site sees the same repositories):
//! `branches` and `tags` name commits, `commits` hold each commit's message, date, parent and
//! complete file set (the demo is small), so a file written on a branch is a new commit that
//! the branch moves to, and older refs keep their files.
//!
//! Errors are the chapter's `SVCSTG.REPO.*` codes (table in chapter 11): no or an unknown
//! authorization name 0450, an expired or unauthenticated one 0451, a bad OAuth `code`/`state`
//! 0402, a name taken 0403, an unknown clone URL 0452, and a file changed since the SHA was
//! read 0501 ("remote repository error": its remedy says the remote file has been modified),
//! with the table's 500. The chapter documents no "not found"; the sandbox answers 404 with
//! the "parameter invalid" code 0400 and says what is missing.

use axum::http::StatusCode;
use axum::response::Response;
use opsdeck_api::operation::OperationDecl;
use opsdeck_api::url::slash_form_matches;
use serde_json::{json, Map, Value};

use super::super::engine::{hex_id, Call, Store};
use super::{run, text};

pub const AUTHS: &str = "git-authorizations";
const REPOS: &str = "git-repos";
const OAUTH_STATES: &str = "git-oauth-states";

mod code {
    pub const INVALID: &str = "SVCSTG.REPO.0400";
    pub const OAUTH: &str = "SVCSTG.REPO.0402";
    pub const EXISTS: &str = "SVCSTG.REPO.0403";
    pub const NO_AUTH: &str = "SVCSTG.REPO.0450";
    pub const AUTH_INVALID: &str = "SVCSTG.REPO.0451";
    pub const CLONE_URL: &str = "SVCSTG.REPO.0452";
    pub const REMOTE: &str = "SVCSTG.REPO.0501";
}

fn fail(call: &Call, status: StatusCode, code: &str, message: &str) -> Response {
    call.error(status, code, message)
}

fn missing(call: &Call, what: &str) -> Response {
    fail(call, StatusCode::NOT_FOUND, code::INVALID, &format!("parameter invalid: {what} not found"))
}

fn invalid(call: &Call, what: &str) -> Response {
    fail(call, StatusCode::BAD_REQUEST, code::INVALID, &format!("parameter invalid: {what}"))
}

/// Lowercase hex SHA-256 of text: blob SHAs (64 digits, as 5.20's example).
fn sha256(text: &str) -> String {
    opsdeck_api::sign::sha256_hex(text.as_bytes())
}

/// A commit SHA: 40 hex digits, from what makes the commit.
fn commit_sha(parent: &str, message: &str, at: i64, salt: &str) -> String {
    sha256(&format!("{parent}\n{message}\n{at}\n{salt}"))[..40].to_string()
}

/// Milliseconds since the epoch as ISO 8601 (what Git hosts give as `authored_date`).
fn iso(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (y, m, d) = opsdeck_api::sign::civil_from_days(secs.div_euclid(86_400));
    let t = secs.rem_euclid(86_400);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", t / 3600, t / 60 % 60, t % 60)
}

mod demo;
mod files;

pub use demo::{authorizations, seed};
use demo::{authorization, clone_url, commit};
pub use files::{create_file, delete_file, get_file, tree, update_file};

// ---------------------------------------------------------------------------------------------
// Authorizations (5.2–5.5)

fn name_is_free(call: &Call, store: &Store, name: &str) -> Result<(), Response> {
    if store.find(AUTHS, "name", name).is_some() {
        return Err(fail(call, StatusCode::BAD_REQUEST, code::EXISTS, &format!("resource already exist: authorization {name}")));
    }
    Ok(())
}

fn add_authorization(call: &Call, store: &mut Store, site_key: &str, user: &str, token_type: &str) -> Response {
    let name = call.field("name").and_then(Value::as_str).unwrap_or_default().to_string();
    let mut item = authorization(&name, site_key, user, token_type, 0, call.state.now());
    if let Some(host) = call.field("host").and_then(Value::as_str).filter(|h| !h.is_empty()) {
        item["repo_home"] = json!(host);
    }
    store.items_mut(AUTHS).push(item.clone());
    if let Some(m) = item.as_object_mut() {
        m.remove("tag"); // only 5.1's answer has it
    }
    call.ok(&json!({"authorization": item}))
}

/// 5.2: the provider's authorize URL, carrying a `state` the sandbox will accept once.
pub fn redirect(call: &Call) -> Response {
    run(call, |store| {
        let repo_type = call.param("repo_type").unwrap_or_default().to_string();
        let state = format!("$2a$10$sandbox.{}", hex_id());
        store.items_mut(OAUTH_STATES).push(json!({"state": state, "repo_type": repo_type}));
        let back = format!("https://console.huaweicloud.com/servicestage/oauth?repo_type={repo_type}");
        let q = opsdeck_api::url::query_string([
            ("client_id", "sandbox-client"),
            ("redirect_uri", back.as_str()),
            ("state", state.as_str()),
            ("scope", "read:user repo write:repo_hook"),
        ]);
        let authorize = match repo_type.as_str() {
            "gitlab" => "https://gitlab.com/oauth/authorize",
            "gitee" => "https://gitee.com/oauth/authorize",
            "bitbucket" => "https://bitbucket.org/site/oauth2/authorize",
            _ => "https://github.com/login/oauth/authorize",
        };
        Ok(call.ok(&json!({"url": format!("{authorize}?{q}")})))
    })
}

/// 5.3: the emulated code exchange: any `code` with a `state` 5.2 issued for this type, once.
pub fn create_oauth(call: &Call) -> Response {
    run(call, |store| {
        let repo_type = call.param("repo_type").unwrap_or_default().to_string();
        let state = call.field("state").and_then(Value::as_str).unwrap_or_default();
        let code_ok = call.field("code").and_then(Value::as_str).is_some_and(|c| !c.trim().is_empty());
        let issued = store.items(OAUTH_STATES).iter().position(|s| text(s, "state") == state && text(s, "repo_type") == repo_type);
        let Some(index) = issued.filter(|_| code_ok) else {
            return Err(fail(call, StatusCode::BAD_REQUEST, code::OAUTH, "oauth code or state invalid"));
        };
        let name = call.field("name").and_then(Value::as_str).unwrap_or_default();
        name_is_free(call, store, name)?;
        store.items_mut(OAUTH_STATES).remove(index);
        let user = match repo_type.as_str() {
            "github" => "tom-repo",
            "gitlab" => "zmg",
            "bitbucket" => "bucket-ljn",
            _ => "sandbox-user",
        };
        Ok(add_authorization(call, store, &repo_type, user, "oauth"))
    })
}

/// 5.4: a personal access token (GitHub, GitLab, Gitee).
pub fn create_personal(call: &Call) -> Response {
    run(call, |store| {
        let repo_type = call.param("repo_type").unwrap_or_default().to_string();
        let name = call.field("name").and_then(Value::as_str).unwrap_or_default();
        name_is_free(call, store, name)?;
        let user = match repo_type.as_str() {
            "gitlab" => "zmg",
            "github" => "tom-repo",
            _ => "sandbox-user",
        };
        Ok(add_authorization(call, store, &repo_type, user, "personal"))
    })
}

/// 5.5: a user and password (BitBucket in the document; CodeArts Repo and GitHub as well in
/// the SDK).
pub fn create_password(call: &Call) -> Response {
    run(call, |store| {
        let repo_type = call.param("repo_type").unwrap_or_default().to_string();
        let name = call.field("name").and_then(Value::as_str).unwrap_or_default();
        name_is_free(call, store, name)?;
        let user = call.field("user").and_then(Value::as_str).unwrap_or_default().to_string();
        Ok(add_authorization(call, store, &repo_type, &user, "password"))
    })
}

/// 5.5 as Terraform's provider sends it, `{"name", "token"}` with the token the base64 of
/// `user:password`, made the documented `{"name", "user", "password"}` (which the SDK sends and
/// the console sends). A token that is not such a pair is left for validation to refuse.
pub fn password_from_token(body: &mut Value) {
    let Some(obj) = body.as_object_mut() else { return };
    if obj.contains_key("user") || obj.contains_key("password") {
        return;
    }
    let Some(token) = obj.get("token").and_then(Value::as_str) else { return };
    let pair = opsdeck_api::multipart::base64_decode(token).and_then(|b| String::from_utf8(b).ok());
    let Some((user, password)) = pair.as_deref().and_then(|p| p.split_once(':')) else { return };
    let (user, password) = (user.to_string(), password.to_string());
    obj.remove("token");
    obj.insert("user".into(), Value::String(user));
    obj.insert("password".into(), Value::String(password));
}

// ---------------------------------------------------------------------------------------------
// Through an authorization (5.7–5.23)

/// The site of the authorization named in `X-Repo-Auth`, if it can be used.
fn authorized_site(call: &Call, store: &Store) -> Result<String, Response> {
    let name = call.headers.get("x-repo-auth").and_then(|v| v.to_str().ok()).map(str::trim).unwrap_or_default();
    if name.is_empty() {
        return Err(fail(call, StatusCode::BAD_REQUEST, code::NO_AUTH, "no repository authorization: the X-Repo-Auth header is missing"));
    }
    let Some(auth) = store.find(AUTHS, "name", name) else {
        return Err(fail(call, StatusCode::BAD_REQUEST, code::NO_AUTH, &format!("no repository authorization named {name}")));
    };
    match auth.get("status").and_then(Value::as_i64) {
        Some(0) => Ok(text(auth, "repo_type").to_string()),
        Some(1) => Err(fail(call, StatusCode::BAD_REQUEST, code::AUTH_INVALID, &format!("repository authorization invalid: {name} has expired"))),
        _ => Err(fail(call, StatusCode::BAD_REQUEST, code::AUTH_INVALID, &format!("repository authorization invalid: {name} is not authenticated"))),
    }
}

/// The `/` rule the operation declares for a path parameter.
fn slash_rule(decl: &OperationDecl, param: &str) -> &'static str {
    decl.params_schema().field(param).and_then(|f| f.rules.slash_as).unwrap_or("/")
}

/// The operations whose project (and 5.20's file path) the document writes with `.` for `/`
/// where the SDK and every other operation write `:`: a client that follows the document
/// still reaches the repository (the declarations send `:`).
const DOCUMENT_DOT: &[&str] = &["servicestage:5.12", "servicestage:5.15", "servicestage:5.20"];

/// Whether `received` names `original` under the operation's `/` rule for `param`, or, where
/// the document says so, under its `.`.
fn names(call: &Call, param: &str, original: &str, received: &str) -> bool {
    slash_form_matches(original, received, slash_rule(call.decl, param))
        || (DOCUMENT_DOT.contains(&call.decl.doc_ref) && slash_form_matches(original, received, "."))
}

/// Whether the repository is the one the path names: by namespace (ID or name) and project
/// (ID or name, in the operation's `/` form).
fn is_addressed(call: &Call, repo: &Value, site_key: &str) -> bool {
    let (ns, project) = (call.param("namespace").unwrap_or_default(), call.param("project").unwrap_or_default());
    text(repo, "_site") == site_key
        && (text(repo, "namespace_id") == ns || text(repo, "namespace") == ns)
        && (names(call, "project", text(repo, "id"), project) || names(call, "project", text(repo, "name"), project))
}

/// The index of the addressed repository.
fn repo_index(call: &Call, store: &Store) -> Result<usize, Response> {
    let site_key = authorized_site(call, store)?;
    let ns = call.param("namespace").unwrap_or_default();
    let repos = store.items(REPOS);
    if !repos.iter().any(|r| text(r, "_site") == site_key && (text(r, "namespace_id") == ns || text(r, "namespace") == ns)) {
        return Err(missing(call, &format!("namespace {ns}")));
    }
    repos
        .iter()
        .position(|r| is_addressed(call, r, &site_key))
        .ok_or_else(|| missing(call, &format!("project {}", call.param("project").unwrap_or_default())))
}

/// The commit a ref names: a branch, a tag or a commit SHA (a unique prefix of 7 or more).
fn resolve_ref(repo: &Value, git_ref: &str) -> Option<String> {
    for kind in ["branches", "tags"] {
        if let Some(sha) = repo[kind].get(git_ref).and_then(Value::as_str) {
            return Some(sha.to_string());
        }
    }
    let commits = repo["commits"].as_object()?;
    let matches: Vec<&String> = commits.keys().filter(|k| git_ref.len() >= 7 && k.starts_with(git_ref)).collect();
    (matches.len() == 1).then(|| matches[0].clone())
}

fn ref_or_404(call: &Call, repo: &Value, git_ref: &str) -> Result<String, Response> {
    resolve_ref(repo, git_ref).ok_or_else(|| missing(call, &format!("ref {git_ref}")))
}

/// 5.7.
pub fn namespaces(call: &Call) -> Response {
    run(call, |store| {
        let site_key = authorized_site(call, store)?;
        let mut out: Vec<Value> = Vec::new();
        for r in store.items(REPOS).iter().filter(|r| text(r, "_site") == site_key) {
            let ns = json!({"id": text(r, "namespace_id"), "name": text(r, "namespace")});
            if !out.contains(&ns) {
                out.push(ns);
            }
        }
        Ok(call.ok(&json!({"namespaces": out})))
    })
}

/// 5.8: the repository of a clone URL (with or without user info and `.git`).
pub fn project_info(call: &Call) -> Response {
    run(call, |store| {
        let site_key = authorized_site(call, store)?;
        let wanted = call.param("clone_url").unwrap_or_default();
        let normal = |u: &str| {
            let u = u.trim().trim_end_matches('/').trim_end_matches(".git");
            let (scheme, rest) = u.split_once("://").unwrap_or(("", u));
            let rest = rest.split_once('@').map_or(rest, |(_, r)| r);
            format!("{}://{}", scheme.to_ascii_lowercase().replace("http", "https").replace("httpss", "https"), rest.to_ascii_lowercase())
        };
        let found = store.items(REPOS).iter().find(|r| text(r, "_site") == site_key && normal(text(r, "clone_url")) == normal(wanted));
        match found {
            Some(r) => Ok(call.ok(&json!({
                "namespace_id": text(r, "namespace_id"), "namespace": text(r, "namespace"),
                "project_id": text(r, "id"), "project": text(r, "name"),
            }))),
            None => Err(fail(call, StatusCode::BAD_REQUEST, code::CLONE_URL, &format!("clone url invalid: no repository at {wanted}"))),
        }
    })
}

fn project_view(r: &Value) -> Value {
    json!({"id": text(r, "id"), "name": text(r, "name"), "clone_url": text(r, "clone_url")})
}

/// 5.9.
pub fn projects(call: &Call) -> Response {
    run(call, |store| {
        let site_key = authorized_site(call, store)?;
        let ns = call.param("namespace").unwrap_or_default();
        let list: Vec<Value> = store
            .items(REPOS)
            .iter()
            .filter(|r| text(r, "_site") == site_key && (text(r, "namespace_id") == ns || text(r, "namespace") == ns))
            .map(project_view)
            .collect();
        if list.is_empty() {
            return Err(missing(call, &format!("namespace {ns}")));
        }
        Ok(call.ok(&json!({"projects": list})))
    })
}

/// 5.10: an empty repository with one commit on `main`, as hosts create them.
pub fn create_project(call: &Call) -> Response {
    run(call, |store| {
        let site_key = authorized_site(call, store)?;
        let ns = call.param("namespace").unwrap_or_default().to_string();
        let Some(first) = store.items(REPOS).iter().find(|r| text(r, "_site") == site_key && (text(r, "namespace_id") == ns || text(r, "namespace") == ns)) else {
            return Err(missing(call, &format!("namespace {ns}")));
        };
        let (ns_id, ns_name) = (text(first, "namespace_id").to_string(), text(first, "namespace").to_string());
        let name = call.field("name").and_then(Value::as_str).unwrap_or_default().to_string();
        if name.contains('/') || name.trim().is_empty() {
            return Err(invalid(call, "name: a project name has no `/`"));
        }
        if store.items(REPOS).iter().any(|r| text(r, "_site") == site_key && text(r, "namespace_id") == ns_id && text(r, "name") == name) {
            return Err(fail(call, StatusCode::BAD_REQUEST, code::EXISTS, &format!("resource already exist: project {name}")));
        }
        // GitHub and BitBucket name a project by its path, GitLab by a number.
        let id = if site_key == "gitlab" {
            let next = store.items(REPOS).iter().filter_map(|r| text(r, "id").parse::<u64>().ok()).max().unwrap_or(100) + 1;
            next.to_string()
        } else {
            format!("{ns_id}/{name}")
        };
        let mut repo = json!({
            "_site": site_key, "namespace_id": ns_id, "namespace": ns_name, "id": id, "name": name,
            "clone_url": clone_url(&site_key, &ns_id, &name), "default_branch": "main",
            "branches": {}, "tags": {}, "commits": {}, "hooks": [],
        });
        let sha = commit(&mut repo, None, "Initial commit", call.state.now(), &[("README.md", Some(&format!("# {name}\n")))]);
        repo["branches"]["main"] = json!(sha);
        let view = project_view(&repo);
        store.items_mut(REPOS).push(repo);
        Ok(call.ok(&view))
    })
}

fn names_of(repo: &Value, kind: &str) -> Vec<String> {
    repo[kind].as_object().map(|m| m.keys().cloned().collect()).unwrap_or_default()
}

/// 5.11.
pub fn branches(call: &Call) -> Response {
    run(call, |store| {
        let i = repo_index(call, store)?;
        Ok(call.ok(&json!({"branches": names_of(&store.items(REPOS)[i], "branches")})))
    })
}

/// 5.12.
pub fn tags(call: &Call) -> Response {
    run(call, |store| {
        let i = repo_index(call, store)?;
        Ok(call.ok(&json!({"tags": names_of(&store.items(REPOS)[i], "tags")})))
    })
}

/// 5.13: a tag on the commit `ref` names.
pub fn create_tag(call: &Call) -> Response {
    run(call, |store| {
        let i = repo_index(call, store)?;
        let name = call.field("name").and_then(Value::as_str).unwrap_or_default().to_string();
        let repo = &store.items(REPOS)[i];
        let sha = ref_or_404(call, repo, call.param("ref").unwrap_or_default())?;
        if name.trim().is_empty() || name.contains("..") || name.ends_with('/') || name.contains(' ') {
            return Err(invalid(call, &format!("name: {name:?} is not a valid tag name")));
        }
        if repo["tags"].get(&name).is_some() {
            return Err(fail(call, StatusCode::BAD_REQUEST, code::EXISTS, &format!("resource already exist: tag {name}")));
        }
        store.items_mut(REPOS)[i]["tags"][&name] = json!(sha);
        Ok(call.ok(&json!({"name": name})))
    })
}

/// 5.14.
pub fn delete_tag(call: &Call) -> Response {
    run(call, |store| {
        let i = repo_index(call, store)?;
        let name = call.param("tag_name").unwrap_or_default().to_string();
        let removed = store.items_mut(REPOS)[i]["tags"].as_object_mut().and_then(|t| t.remove(&name));
        match removed {
            Some(_) => Ok(call.done()),
            None => Err(missing(call, &format!("tag {name}"))),
        }
    })
}

/// 5.15: the last 10 commits reachable from `ref` (the default branch without one).
pub fn commits(call: &Call) -> Response {
    run(call, |store| {
        let i = repo_index(call, store)?;
        let repo = &store.items(REPOS)[i];
        let git_ref = call.param("ref").filter(|r| !r.is_empty()).unwrap_or_else(|| text(repo, "default_branch"));
        let mut cur = Some(ref_or_404(call, repo, git_ref)?);
        let mut out = Vec::new();
        while let Some(sha) = cur.take() {
            if out.len() == 10 {
                break;
            }
            let c = &repo["commits"][&sha];
            out.push(json!({"sha": sha, "message": text(c, "message"), "authored_date": text(c, "authored_date")}));
            cur = c["parent"].as_str().map(str::to_string);
        }
        Ok(call.ok(&json!({"commits": out})))
    })
}

/// A hook as the answers show it: the secret it was created with stays in the store.
fn hook_view(h: &Value) -> Value {
    json!({"id": text(h, "id"), "type": text(h, "type"), "callback_url": text(h, "callback_url")})
}

/// 5.16.
pub fn hooks(call: &Call) -> Response {
    run(call, |store| {
        let i = repo_index(call, store)?;
        let hooks: Vec<Value> = store.items(REPOS)[i]["hooks"].as_array().into_iter().flatten().map(hook_view).collect();
        Ok(call.ok(&json!({"hooks": hooks})))
    })
}

/// 5.17: the secret is kept, never shown.
pub fn create_hook(call: &Call) -> Response {
    run(call, |store| {
        let i = repo_index(call, store)?;
        let url = call.field("url").and_then(Value::as_str).unwrap_or_default().to_string();
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            return Err(invalid(call, "url: an http(s) address"));
        }
        let site_key = text(&store.items(REPOS)[i], "_site").to_string();
        let next = store.items(REPOS).iter().flat_map(|r| r["hooks"].as_array().cloned().unwrap_or_default()).filter_map(|h| text(&h, "id").parse::<u64>().ok()).max().unwrap_or(1700) + 1;
        let mut stored = json!({"id": next.to_string(), "type": site_key, "callback_url": url});
        stored["_secret"] = call.field("secret").cloned().unwrap_or(Value::Null);
        let hook = hook_view(&stored);
        if let Some(list) = store.items_mut(REPOS)[i]["hooks"].as_array_mut() {
            list.push(stored);
        }
        Ok(call.ok(&hook))
    })
}

/// 5.18.
pub fn delete_hook(call: &Call) -> Response {
    run(call, |store| {
        let i = repo_index(call, store)?;
        let id = call.param("hook_id").unwrap_or_default().to_string();
        let list = store.items_mut(REPOS)[i]["hooks"].as_array_mut();
        let Some(list) = list else { return Err(missing(call, &format!("hook {id}"))) };
        let before = list.len();
        list.retain(|h| text(h, "id") != id);
        if list.len() == before {
            return Err(missing(call, &format!("hook {id}")));
        }
        Ok(call.done())
    })
}
