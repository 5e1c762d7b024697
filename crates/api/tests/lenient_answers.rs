//! Decoding is lenient: every response model of the catalogue decodes any answer shaped like
//! its schema, whatever the service leaves out, sets to `null`, adds, or spells outside the
//! documented enumerations. The answers are generated from the schema metadata, so a model
//! added to the catalogue is covered without a line here.

use opsdeck_api::catalog;
use opsdeck_api::operation::Part;
use opsdeck_api::schema::Type;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Map, Value};

/// Any JSON a service might put in a member nobody documented.
fn stray() -> BoxedStrategy<Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        "[a-z ]{0,6}".prop_map(Value::from),
        Just(serde_json::json!({"nested": [1, null, "x"]})),
    ]
    .boxed()
}

/// A value for `ty`: sometimes `null`, enumerations sometimes outside their documented values,
/// objects with members missing, `null` or unknown, arrays and maps with `null` entries.
fn answer(ty: &'static Type, depth: u32) -> BoxedStrategy<Value> {
    let value = match ty {
        Type::String => "[a-zA-Z0-9 ]{0,8}".prop_map(Value::from).boxed(),
        Type::Integer => any::<i32>().prop_map(Value::from).boxed(),
        Type::Number => (-1e6f64..1e6).prop_map(Value::from).boxed(),
        Type::Boolean => any::<bool>().prop_map(Value::from).boxed(),
        Type::Any => stray(),
        Type::Enum(e) => {
            let known: Vec<Value> = e.values.iter().map(|v| Value::from(v.value)).collect();
            prop_oneof![
                proptest::sample::select(known),
                "[A-Za-z_]{1,10}".prop_map(|s| Value::from(format!("undocumented_{s}"))),
            ]
            .boxed()
        }
        Type::Array(_) | Type::Map(_) | Type::Object(_) if depth > 6 => Just(Value::Null).boxed(),
        Type::Array(item) => proptest::collection::vec(answer(item, depth + 1), 0..3)
            .prop_map(Value::Array)
            .boxed(),
        Type::Map(item) => proptest::collection::btree_map("[a-z]{1,4}", answer(item, depth + 1), 0..3)
            .prop_map(|m| Value::Object(m.into_iter().collect()))
            .boxed(),
        Type::Object(o) => {
            let members: Vec<BoxedStrategy<Option<(String, Value)>>> = o
                .fields
                .iter()
                .map(|f| {
                    let name = f.name.to_string();
                    prop_oneof![
                        1 => Just(None),
                        4 => answer(f.ty, depth + 1).prop_map(move |v| Some((name.clone(), v))),
                    ]
                    .boxed()
                })
                .collect();
            let extra = proptest::collection::btree_map("x_[a-z]{1,6}", stray(), 0..2);
            (members, extra)
                .prop_map(|(members, extra)| {
                    let mut map: Map<String, Value> = members.into_iter().flatten().collect();
                    map.extend(extra);
                    Value::Object(map)
                })
                .boxed()
        }
    };
    prop_oneof![1 => Just(Value::Null), 6 => value].boxed()
}

#[test]
fn every_response_model_decodes_whatever_the_service_leaves_out_or_adds() {
    let mut failures = Vec::new();
    let mut models = 0;
    for op in catalog::operations() {
        let Some(ty) = op.response else { continue };
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
