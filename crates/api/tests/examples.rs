//! Every request and response example of the documents decodes into the typed models and
//! encodes back to equivalent JSON. The examples live in `tests/examples/<service>/` as
//! `<section>.<request|response>[.<n>].json`, copied from the documents.

use std::path::Path;

use opsdeck_api::catalog;
use opsdeck_api::operation::Part;
use serde_json::Value;

mod support;
use support::normalize;

#[test]
fn documented_examples_round_trip() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/examples");
    let mut checked = 0;
    let mut failures = Vec::new();
    for service in std::fs::read_dir(&root).unwrap() {
        let service = service.unwrap().path();
        if !service.is_dir() {
            continue; // NOTES.md
        }
        let prefix = service.file_name().unwrap().to_string_lossy().to_string();
        for file in std::fs::read_dir(&service).unwrap() {
            let file = file.unwrap().path();
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            let (section, part) = if let Some(i) = name.find(".request") {
                (&name[..i], Part::Request)
            } else if let Some(i) = name.find(".response") {
                (&name[..i], Part::Response)
            } else {
                panic!("unexpected example file name {name}");
            };
            let doc_ref = format!("{prefix}:{section}");
            let value: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap())
                .unwrap_or_else(|e| panic!("{name} is not JSON: {e}"));
            match catalog::roundtrip_example(&doc_ref, part, value.clone()) {
                None => failures.push(format!("{name}: no operation declares {doc_ref}")),
                Some(Err(e)) => failures.push(format!("{name}: does not decode: {e}")),
                Some(Ok(back)) if normalize(&back) != normalize(&value) => failures.push(format!(
                    "{name}: re-encodes differently:\n  doc:  {}\n  ours: {}",
                    normalize(&value),
                    normalize(&back)
                )),
                Some(Ok(_)) => checked += 1,
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 6, "only {checked} examples checked");
    println!("{checked} documented examples round-trip");
}

#[test]
fn a_changed_example_is_caught() {
    // The check above can fail: a wrong type does not decode.
    let bad = serde_json::json!({"name": "env", "vpc_id": 42});
    let r = catalog::roundtrip_example("servicestage:4.1.1", Part::Request, bad).unwrap();
    assert!(r.is_err());
}
