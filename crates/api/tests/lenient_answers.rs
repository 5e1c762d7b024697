//! Decoding is lenient: every response model of the catalogue decodes any answer shaped like
//! its schema, whatever the service leaves out, sets to `null`, adds, or spells outside the
//! documented enumerations. The answers are generated from the schema metadata, so a model
//! added to the catalogue is covered without a line here.

use opsdeck_api::catalog;
use opsdeck_api::operation::Part;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

mod generators;
use generators::answer;

#[test]
fn every_response_model_decodes_whatever_the_service_leaves_out_or_adds() {
    let mut failures = Vec::new();
    let mut models = 0;
    for op in catalog::operations() {
        let Some(ty) = op.response() else { continue };
        models += 1;
        // The answer itself is a JSON document: an object (or an array) at the top.
        let strategy = answer(ty, 0).prop_filter("a document", |v| !v.is_null());
        let mut runner = TestRunner::new(Config { cases: 48, failure_persistence: None, ..Config::default() });
        let result = runner.run(&strategy, |value| {
            match catalog::roundtrip_example(op.doc_ref, Part::Response, value) {
                Some(Ok(_)) => Ok(()),
                Some(Err(e)) => Err(TestCaseError::fail(e)),
                None => Err(TestCaseError::fail("no typed model")),
            }
        });
        if let Err(e) = result {
            failures.push(format!("{} ({}): {e}", op.doc_ref, op.id));
        }
    }
    assert!(models > 40, "only {models} response models");
    assert!(failures.is_empty(), "{} response models reject answers:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn an_undocumented_resource_type_is_kept_as_sent() {
    // Environments name resource types beyond their enumeration (`nacos`, `ms_gateway`, …).
    let answer = serde_json::json!({
        "count": null,
        "environments": [
            {"id": "e1", "resources": [{"id": "r1", "type": "nacos"}, {"id": "r2", "type": "cce"}, null], "labels": [{"key": "k", "value": null}]},
            null
        ]
    });
    let back = catalog::roundtrip_example("servicestage:4.1.2", Part::Response, answer).unwrap().unwrap();
    assert_eq!(back["environments"][0]["resources"][0]["type"], "nacos");
    assert_eq!(back["environments"][0]["resources"][1]["type"], "cce");
    assert_eq!(back["environments"].as_array().unwrap().len(), 1);
}

#[test]
fn request_models_stay_exact() {
    // The same enumeration in a request accepts only its documented values.
    let body = serde_json::json!({"resources": [{"id": "r1", "type": "nacos"}]});
    let decoded = catalog::roundtrip_example("servicestage:4.1.6", Part::Request, body);
    assert!(matches!(decoded, Some(Err(_))), "{decoded:?}");
}
