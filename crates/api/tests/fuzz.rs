//! Fuzzing of the response decoders and the request builder.
//!
//! The `#[ignore]`d tests are the long runs `cargo xtask fuzz` starts (for
//! `OPSDECK_FUZZ_SECONDS`); CI does not run them. The corpus tests replay every input kept in
//! `fuzz/corpus/<target>/` (seeds, and what the runs found) on every `cargo test`.
//!
//! Decoders: for every declared operation with a response, JSON generated from its response
//! schema — `null`s, missing and unknown members, undocumented enumeration values — must
//! decode; the same JSON mutated (wrong types, huge strings and arrays, nesting deeper than
//! parsers accept) may be refused but must not panic, nor may the error decoder on it.
//!
//! Request builder: random parameter maps, bodies, endpoints and credentials must not make
//! `request::build` panic; what it builds keeps every parameter inside its path segment (no
//! `/` beyond the template's), carries no raw control character in the path or query, and no
//! line break or NUL in a header.

use std::time::Instant;

use opsdeck_api::catalog;
use opsdeck_api::error::ApiError;
use opsdeck_api::operation::{OperationDecl, Part};
use opsdeck_api::request::{build, Credentials, Target};
use opsdeck_api::schema::Location;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

mod generators;
use generators::{answer, corpus, fuzz_budget, mutated, odd_string, odd_value, FuzzReport};

// ---- Decoders ----

/// One decoding: `must_decode` for schema-shaped answers. The answer goes through JSON text
/// first, as it does on the wire (the parser stops at 128 levels of nesting).
fn check_decoding(op: &OperationDecl, must_decode: bool, answer: &Value) -> Result<(), TestCaseError> {
    let text = serde_json::to_string(answer).map_err(|e| TestCaseError::fail(e.to_string()))?;
    // The error decoder reads whatever body an error status comes with.
    let _ = ApiError::from_response(400, &[], text.as_bytes());
    let parsed: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(_) if !must_decode => return Ok(()),
        Err(e) => return Err(TestCaseError::fail(format!("not JSON: {e}"))),
    };
    match catalog::roundtrip_example(op.doc_ref, Part::Response, parsed) {
        None => Err(TestCaseError::fail(format!("{} has no typed response model", op.doc_ref))),
        Some(Err(e)) if must_decode => Err(TestCaseError::fail(format!("refused: {e}"))),
        Some(_) => Ok(()),
    }
}

fn decoder_input(op: &OperationDecl, must_decode: bool, answer: &Value) -> Value {
    json!({"op": op.doc_ref, "must_decode": must_decode, "answer": answer})
}

fn response_ops() -> Vec<(&'static OperationDecl, &'static opsdeck_api::schema::Type)> {
    catalog::operations().filter_map(|op| op.response().map(|ty| (op, ty))).collect()
}

#[test]
#[ignore = "a long run: cargo xtask fuzz --target decoders"]
fn fuzz_decoders() {
    let started = Instant::now();
    let deadline = started + fuzz_budget();
    let ops = response_ops();
    let strategies: Vec<_> = ops
        .iter()
        .map(|(_, ty)| {
            prop_oneof![
                answer(ty, 0).prop_filter("a document", |v| !v.is_null()).prop_map(|v| (true, v)),
                mutated(ty, 0).prop_map(|v| (false, v)),
            ]
        })
        .collect();
    let mut report = FuzzReport::default();
    let mut failing = vec![false; ops.len()];
    while Instant::now() < deadline {
        for (i, ((op, _), strategy)) in ops.iter().zip(&strategies).enumerate() {
            // A model that failed once is not fuzzed again in this run: its input is saved.
            if failing[i] || Instant::now() >= deadline {
                continue;
            }
            failing[i] = report.run(
                "decoders",
                &format!("{} ({})", op.doc_ref, op.id),
                strategy,
                32,
                |(must, v)| decoder_input(op, *must, v),
                |(must, v)| check_decoding(op, must, &v),
            );
        }
    }
    report.finish("decoders", started);
}

#[test]
fn decoder_corpus_replays() {
    let files = corpus("decoders");
    assert!(!files.is_empty());
    for (name, input) in files {
        let op = catalog::operation_by_ref(input["op"].as_str().unwrap()).unwrap_or_else(|| panic!("{name}: no such op"));
        let must = input["must_decode"].as_bool().unwrap();
        if let Err(e) = check_decoding(op, must, &input["answer"]) {
            panic!("{name}: {e}");
        }
    }
}

// ---- Request builder ----

#[derive(Debug, Clone)]
struct BuildInput {
    op: usize,
    params: Map<String, Value>,
    body: Option<Value>,
    endpoint: String,
    credentials: u8,
    secret: String,
    now: u64,
}

fn param_value() -> BoxedStrategy<Value> {
    prop_oneof![
        6 => odd_string().prop_map(Value::from),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<f64>().prop_map(Value::from),
        1 => any::<bool>().prop_map(Value::from),
        1 => Just(Value::Null),
        2 => proptest::collection::vec(odd_string().prop_map(Value::from), 0..4).prop_map(Value::Array),
        1 => odd_value(),
    ]
    .boxed()
}

fn build_input(ops: &'static [&'static OperationDecl]) -> impl Strategy<Value = BuildInput> {
    (0..ops.len()).prop_flat_map(move |op| {
        let decl = ops[op];
        let names: Vec<String> = decl.params_schema().fields.iter().map(|f| f.name.to_string()).collect();
        let params = proptest::collection::vec(proptest::option::weighted(0.85, param_value()), names.len())
            .prop_map(move |values| {
                names.iter().cloned().zip(values).filter_map(|(k, v)| v.map(|v| (k, v))).collect::<Map<_, _>>()
            });
        let extra = proptest::collection::btree_map(odd_string(), param_value(), 0..2);
        let body = match decl.body() {
            Some(ty) => proptest::option::of(prop_oneof![3 => mutated(ty, 0), 1 => odd_value()]).boxed(),
            None => proptest::option::of(odd_value()).boxed(),
        };
        let endpoint = prop_oneof![
            Just(String::new()),
            Just("/api/servicestage".to_string()),
            Just("https://servicestage.cn-north-4.myhuaweicloud.com".to_string()),
            Just("http://127.0.0.1:8080/base/".to_string()),
            odd_string(),
        ];
        let now = prop_oneof![Just(1_700_000_000u64), any::<u64>()];
        (Just(op), params, extra, body, endpoint, 0u8..5, odd_string(), now).prop_map(
            |(op, mut params, extra, body, endpoint, credentials, secret, now)| {
                for (k, v) in extra {
                    params.entry(k).or_insert(v);
                }
                BuildInput { op, params, body, endpoint, credentials, secret, now }
            },
        )
    })
}

fn credentials(kind: u8, secret: &str) -> Credentials {
    match kind {
        0 => Credentials::None,
        1 => Credentials::Token(secret.to_string()),
        2 => Credentials::AkSk { ak: secret.to_string(), sk: "sk".into(), security_token: Some(secret.to_string()) },
        3 => Credentials::ServiceCombToken(secret.to_string()),
        _ => Credentials::RainbondKey(secret.to_string()),
    }
}

fn check_build(ops: &[&'static OperationDecl], input: &BuildInput) -> Result<(), TestCaseError> {
    let decl = ops[input.op];
    let target = Target {
        endpoint: input.endpoint.clone(),
        credentials: credentials(input.credentials, &input.secret),
        project_id: Some("p".into()),
        domain_id: None,
        now: input.now,
        signer: None,
    };
    let Ok(req) = build(decl, &input.params, input.body.as_ref(), &target) else { return Ok(()) };
    // The renderings the console shows must not panic either.
    let _ = (req.to_http_text(), req.to_curl("https://origin.example"), req.body_text());
    let endpoint = target.endpoint.trim_end_matches('/');
    let rest = req.url.strip_prefix(endpoint).ok_or_else(|| TestCaseError::fail("the URL does not start with the endpoint"))?;
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    prop_assert_eq!(
        path.matches('/').count(),
        decl.path.matches('/').count(),
        "a parameter added a path segment: {} from {}",
        path,
        decl.path
    );
    for (part, text) in [("path", path), ("query", query)] {
        prop_assert!(!text.chars().any(|c| c.is_control() || c == ' ' || c == '#'), "raw character in the {}: {:?}", part, text);
    }
    for (name, value) in &req.headers {
        prop_assert!(!value.contains(['\r', '\n', '\0']), "line break or NUL in header {}: {:?}", name, value);
    }
    // Declared header parameters go in headers, not the URL.
    for f in decl.params_schema().in_location(Location::Header) {
        let key = format!("{}=", f.name);
        prop_assert!(!query.split('&').any(|pair| pair.starts_with(&key)), "header parameter {} in the query", f.name);
    }
    Ok(())
}

fn build_corpus_input(ops: &[&'static OperationDecl], input: &BuildInput) -> Value {
    json!({
        "op": ops[input.op].id,
        "params": input.params,
        "body": input.body,
        "endpoint": input.endpoint,
        "credentials": input.credentials,
        "secret": input.secret,
        "now": input.now,
    })
}

fn all_ops() -> &'static [&'static OperationDecl] {
    Box::leak(catalog::operations().collect::<Vec<_>>().into_boxed_slice())
}

#[test]
#[ignore = "a long run: cargo xtask fuzz --target request"]
fn fuzz_request_builder() {
    let started = Instant::now();
    let deadline = started + fuzz_budget();
    let ops = all_ops();
    let strategy = build_input(ops);
    let mut report = FuzzReport::default();
    while Instant::now() < deadline && report.failures.len() < 5 {
        report.run("request", "request::build", &strategy, 256, |i| build_corpus_input(ops, i), |i| check_build(ops, &i));
    }
    report.finish("request", started);
}

#[test]
fn request_corpus_replays() {
    let ops = all_ops();
    let files = corpus("request");
    assert!(!files.is_empty());
    for (name, v) in files {
        let id = v["op"].as_str().unwrap();
        let input = BuildInput {
            op: ops.iter().position(|o| o.id == id).unwrap_or_else(|| panic!("{name}: no operation {id}")),
            params: v["params"].as_object().cloned().unwrap_or_default(),
            body: Some(v["body"].clone()).filter(|b| !b.is_null()),
            endpoint: v["endpoint"].as_str().unwrap_or_default().to_string(),
            credentials: v["credentials"].as_u64().unwrap_or(0) as u8,
            secret: v["secret"].as_str().unwrap_or_default().to_string(),
            now: v["now"].as_u64().unwrap_or(0),
        };
        if let Err(e) = check_build(ops, &input) {
            panic!("{name}: {e}");
        }
    }
}
