//! A repository's files (5.19–5.23): the tree of a ref, one file's content, and writing a
//! file as a commit that moves its branch.

use super::*;

/// The files of the commit `ref` names.
fn files_at(call: &Call, repo: &Value) -> Result<(String, Map<String, Value>), Response> {
    let sha = ref_or_404(call, repo, call.param("ref").unwrap_or_default())?;
    let files = repo["commits"][&sha]["files"].as_object().cloned().unwrap_or_default();
    Ok((sha, files))
}

/// The stored path the `path` parameter names under the operation's `/` rule.
fn addressed_path(call: &Call, files: &Map<String, Value>) -> Option<String> {
    let received = call.param("path").unwrap_or_default();
    // The `:` form first: `a.b` could be the file `a.b` or, in the document's form, `a/b`.
    let sep = slash_rule(call.decl, "path");
    files.keys().find(|p| slash_form_matches(p, received, sep)).or_else(|| files.keys().find(|p| names(call, "path", p, received))).cloned()
}

/// 5.19.
pub fn tree(call: &Call) -> Response {
    run(call, |store| {
        let i = repo_index(call, store)?;
        let (_, files) = files_at(call, &store.items(REPOS)[i])?;
        Ok(call.ok(&json!({"paths": files.keys().collect::<Vec<_>>()})))
    })
}

/// 5.20: base64, as the document's example; `sha` is the blob's.
pub fn get_file(call: &Call) -> Response {
    run(call, |store| {
        let i = repo_index(call, store)?;
        let (_, files) = files_at(call, &store.items(REPOS)[i])?;
        let Some(path) = addressed_path(call, &files) else {
            return Err(missing(call, &format!("file {}", call.param("path").unwrap_or_default())));
        };
        let content = files[&path].as_str().unwrap_or_default();
        Ok(call.ok(&json!({
            "path": path, "sha": sha256(content), "encoding": "base64",
            "content": opsdeck_api::multipart::base64_encode(content.as_bytes()),
        })))
    })
}

/// The branch a write goes to: files change on branches, not on tags or commits.
fn branch_for_write(call: &Call, repo: &Value) -> Result<(String, String), Response> {
    let git_ref = call.param("ref").unwrap_or_default();
    match repo["branches"].get(git_ref).and_then(Value::as_str) {
        Some(head) => Ok((git_ref.to_string(), head.to_string())),
        None if resolve_ref(repo, git_ref).is_some() => Err(invalid(call, &format!("ref: {git_ref} is not a branch; files change on branches"))),
        None => Err(missing(call, &format!("branch {git_ref}"))),
    }
}

/// The decoded text of the body's base64 `content`.
fn content_text(call: &Call) -> Result<String, Response> {
    let content = call.field("content").and_then(Value::as_str).unwrap_or_default();
    opsdeck_api::multipart::base64_decode(content)
        .filter(|_| content.trim_end_matches('=').bytes().all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b.is_ascii_whitespace()))
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .ok_or_else(|| invalid(call, "content: not base64"))
}

/// Commits `change` to the branch the call names; answers the path.
fn write(call: &Call, store: &mut Store, i: usize, branch: &str, head: &str, message: &str, path: &str, content: Option<&str>) -> Response {
    let now = call.state.now();
    let repo = &mut store.items_mut(REPOS)[i];
    let sha = commit(repo, Some(head), message, now, &[(path, content)]);
    repo["branches"][branch] = json!(sha);
    if content.is_some() {
        call.ok(&json!({"path": path}))
    } else {
        call.done()
    }
}

fn message(call: &Call, from_query: bool) -> Result<String, Response> {
    let m = if from_query { call.param("message") } else { call.field("message").and_then(Value::as_str) };
    m.map(str::trim).filter(|m| !m.is_empty()).map(str::to_string).ok_or_else(|| invalid(call, "message: a commit message is required"))
}

/// 5.21: a new file is a new commit on the branch.
pub fn create_file(call: &Call) -> Response {
    run(call, |store| {
        let i = repo_index(call, store)?;
        let (branch, head) = branch_for_write(call, &store.items(REPOS)[i])?;
        let received = call.param("path").unwrap_or_default();
        let sep = slash_rule(call.decl, "path");
        // The rule is `:`: a received `:` is a `/` of the path.
        let path = if sep == "/" { received.to_string() } else { received.replace(sep, "/") };
        if path.is_empty() || path.starts_with('/') || path.ends_with('/') || path.split('/').any(|s| s.is_empty() || s == "." || s == "..") {
            return Err(invalid(call, &format!("path: {path:?} is not a file path")));
        }
        let files = store.items(REPOS)[i]["commits"][&head]["files"].as_object().cloned().unwrap_or_default();
        if files.contains_key(&path) {
            return Err(fail(call, StatusCode::BAD_REQUEST, code::EXISTS, &format!("resource already exist: file {path}")));
        }
        if files.keys().any(|p| p.starts_with(&format!("{path}/")) || path.starts_with(&format!("{p}/"))) {
            return Err(invalid(call, &format!("path: {path} collides with a directory or file")));
        }
        let text = content_text(call)?;
        let message = message(call, false)?;
        Ok(write(call, store, i, &branch, &head, &message, &path, Some(&text)))
    })
}

/// The existing file a change addresses, checked against the SHA the caller read.
fn current_file(call: &Call, store: &Store, i: usize, sha: &str) -> Result<(String, String, String), Response> {
    let (branch, head) = branch_for_write(call, &store.items(REPOS)[i])?;
    let files = store.items(REPOS)[i]["commits"][&head]["files"].as_object().cloned().unwrap_or_default();
    let Some(path) = addressed_path(call, &files) else {
        return Err(missing(call, &format!("file {}", call.param("path").unwrap_or_default())));
    };
    if sha256(files[&path].as_str().unwrap_or_default()) != sha {
        return Err(fail(
            call,
            StatusCode::INTERNAL_SERVER_ERROR,
            code::REMOTE,
            &format!("remote repository error: {path} has changed on {branch} since the sha {sha} was read; read it again"),
        ));
    }
    Ok((branch, head, path))
}

/// 5.22: only over the version the caller read (`sha`).
pub fn update_file(call: &Call) -> Response {
    run(call, |store| {
        let i = repo_index(call, store)?;
        let sha = call.field("sha").and_then(Value::as_str).unwrap_or_default().to_string();
        let (branch, head, path) = current_file(call, store, i, &sha)?;
        let text = content_text(call)?;
        let message = message(call, false)?;
        Ok(write(call, store, i, &branch, &head, &message, &path, Some(&text)))
    })
}

/// 5.23: `message` and `sha` come in the query.
pub fn delete_file(call: &Call) -> Response {
    run(call, |store| {
        let i = repo_index(call, store)?;
        let sha = call.param("sha").unwrap_or_default().to_string();
        let (branch, head, path) = current_file(call, store, i, &sha)?;
        let message = message(call, true)?;
        Ok(write(call, store, i, &branch, &head, &message, &path, None))
    })
}
