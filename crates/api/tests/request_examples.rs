//! Requests equal the documents' examples: every documented request example, decoded into its
//! operation's typed body and built into a request, has the documented method, path and query
//! and a body JSON-equal to the example. The request line of each example is recorded next to
//! the examples (`tests/examples/requests.tsv`), as the document shows it.

use std::collections::BTreeSet;
use std::path::Path;

use opsdeck_api::catalog;
use opsdeck_api::operation::Part;
use opsdeck_api::request::{build, Credentials, Target};
use serde_json::{Map, Value};

mod support;
use support::normalize;

/// One row of `requests.tsv`.
struct Documented {
    example: String,
    method: String,
    /// Path (and query) template without scheme and host, `{name}` placeholders kept.
    target: String,
}

fn documented_lines(root: &Path) -> Vec<Documented> {
    let text = std::fs::read_to_string(root.join("requests.tsv")).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let (example, request_line) = line.split_once('\t').unwrap_or_else(|| panic!("no tab in {line:?}"));
            let (method, url) = request_line.split_once(' ').unwrap_or_else(|| panic!("no method in {line:?}"));
            // Chapter 8 writes the whole URL (`https://{servicestage_endpoint}/v3/…`).
            let target = match url.strip_prefix("https://") {
                Some(rest) => &rest[rest.find('/').expect("a path after the host")..],
                None => url,
            };
            Documented { example: example.to_string(), method: method.to_string(), target: target.to_string() }
        })
        .collect()
}

/// Every `{name}` of a template with a value of its own, and the template filled with them.
fn fill(template: &str) -> (Map<String, Value>, String) {
    let mut params = Map::new();
    let mut filled = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let end = start + rest[start..].find('}').unwrap();
        let name = &rest[start + 1..end];
        let value = format!("{}-1", name.replace('_', "-"));
        filled.push_str(&rest[..start]);
        filled.push_str(&value);
        params.insert(name.to_string(), Value::String(value));
        rest = &rest[end + 1..];
    }
    filled.push_str(rest);
    (params, filled)
}

/// `servicestage/4.3.1.request.2.json` → `servicestage:4.3.1`.
fn doc_ref(example: &str) -> String {
    let (service, file) = example.split_once('/').unwrap();
    let section = &file[..file.find(".request").unwrap()];
    format!("{service}:{section}")
}

#[test]
fn documented_request_examples_build_into_the_documented_requests() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/examples");
    let lines = documented_lines(&root);
    let target = Target {
        endpoint: "https://endpoint.example".into(),
        credentials: Credentials::Token("token".into()),
        ..Target::default()
    };
    let mut failures = Vec::new();
    for doc in &lines {
        let doc_ref = doc_ref(&doc.example);
        let op = catalog::operation_by_ref(&doc_ref).unwrap_or_else(|| panic!("{}: no operation {doc_ref}", doc.example));
        let example: Value = serde_json::from_str(&std::fs::read_to_string(root.join(&doc.example)).unwrap()).unwrap();
        // Through the typed model: what a Rust caller holding this body would send.
        let typed = match catalog::roundtrip_example(&doc_ref, Part::Request, example.clone()) {
            Some(Ok(v)) => v,
            other => {
                failures.push(format!("{}: does not decode: {other:?}", doc.example));
                continue;
            }
        };
        let (mut params, want_path) = fill(&doc.target);
        // Required headers (the Git operations' `X-Repo-Auth`) are no part of the request line.
        for f in op.params_schema().in_location(opsdeck_api::schema::Location::Header).filter(|f| f.required) {
            params.entry(f.name).or_insert_with(|| Value::String(format!("{}-1", f.name)));
        }
        let req = match build(op, &params, Some(&typed), &target) {
            Ok(req) => req,
            Err(e) => {
                failures.push(format!("{}: does not build: {e}", doc.example));
                continue;
            }
        };
        if req.method != doc.method {
            failures.push(format!("{}: method {} (documented {})", doc.example, req.method, doc.method));
        }
        if req.path_and_query() != want_path {
            failures.push(format!("{}: sent {} (documented {want_path})", doc.example, req.path_and_query()));
        }
        let sent: Value = serde_json::from_slice(req.body.as_deref().unwrap_or(b"null")).unwrap_or(Value::Null);
        if normalize(&sent) != normalize(&example) {
            failures.push(format!("{}: body differs:\n  doc:  {}\n  sent: {}", doc.example, normalize(&example), normalize(&sent)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // The table covers every request example, and names only examples that exist.
    let listed: BTreeSet<&str> = lines.iter().map(|d| d.example.as_str()).collect();
    let mut on_disk = BTreeSet::new();
    for service in std::fs::read_dir(&root).unwrap() {
        let service = service.unwrap().path();
        if !service.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&service).unwrap() {
            let name = file.unwrap().file_name().to_string_lossy().to_string();
            if name.contains(".request") {
                on_disk.insert(format!("{}/{name}", service.file_name().unwrap().to_string_lossy()));
            }
        }
    }
    let on_disk: BTreeSet<&str> = on_disk.iter().map(String::as_str).collect();
    assert_eq!(listed, on_disk, "requests.tsv and the request examples on disk differ");
}

#[test]
fn a_wrong_request_line_is_caught() {
    // The comparison above can fail: a placeholder the declaration does not have is a build
    // error, another path a mismatch.
    let op = catalog::operation_by_ref("servicestage:4.1.4").unwrap();
    let (params, want) = fill("/v3/{project_id}/cas/environments/{env_id}");
    let target = Target { endpoint: "https://e".into(), ..Target::default() };
    assert!(build(op, &params, Some(&serde_json::json!({"name": "x"})), &target).is_err());
    let (params, want_other) = fill("/v3/{project_id}/cas/environments/{environment_id}");
    let req = build(op, &params, Some(&serde_json::json!({"name": "x"})), &target).unwrap();
    assert_eq!(req.path_and_query(), want_other);
    assert_ne!(req.path_and_query(), want);
}
