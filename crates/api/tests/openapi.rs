//! The exported OpenAPI document is generated from the declarations and committed as
//! `www/openapi.json`; this fails when the committed file is stale.

use std::collections::BTreeSet;
use std::path::Path;

use opsdeck_api::{catalog, openapi};

fn committed_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../www/openapi.json")
}

#[test]
fn committed_openapi_is_current() {
    let committed = std::fs::read_to_string(committed_path()).unwrap_or_default();
    let fresh = openapi::document_text();
    assert!(committed == fresh, "www/openapi.json is stale: run `cargo xtask export` and commit it");
}

#[test]
fn every_operation_carries_its_doc_ref() {
    let doc = openapi::document();
    assert_eq!(doc["openapi"], "3.1.0");
    let mut refs = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let r = &op["x-doc-ref"];
            let list: Vec<String> = match r {
                serde_json::Value::String(s) => vec![s.clone()],
                serde_json::Value::Array(a) => a.iter().map(|v| v.as_str().unwrap().to_string()).collect(),
                _ => panic!("{method} {path} has no x-doc-ref"),
            };
            refs.extend(list);
        }
    }
    let declared: BTreeSet<String> = catalog::operations().map(|o| o.doc_ref.to_string()).collect();
    assert_eq!(refs, declared);
}

