//! JSON generators from the schema metadata, shared by the lenient-decoding property test
//! (`lenient_answers.rs`) and the long fuzzing runs (`fuzz.rs`, `cargo xtask fuzz`).

// Each test crate uses its part of the generators.
#![allow(dead_code)]

use opsdeck_api::schema::Type;
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Any JSON a service might put in a member nobody documented.
pub fn stray() -> BoxedStrategy<Value> {
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
/// Every such answer must decode.
pub fn answer(ty: &'static Type, depth: u32) -> BoxedStrategy<Value> {
    shaped(ty, depth, false)
}

/// Like [`answer`], but any value may also be of the wrong type, huge, deeply nested or full
/// of odd characters. Such answers may be rejected; decoding them must not panic.
pub fn mutated(ty: &'static Type, depth: u32) -> BoxedStrategy<Value> {
    shaped(ty, depth, true)
}

fn shaped(ty: &'static Type, depth: u32, mutate: bool) -> BoxedStrategy<Value> {
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
        Type::Array(item) => proptest::collection::vec(shaped(item, depth + 1, mutate), 0..3)
            .prop_map(Value::Array)
            .boxed(),
        Type::Map(item) => proptest::collection::btree_map("[a-z]{1,4}", shaped(item, depth + 1, mutate), 0..3)
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
                        4 => shaped(f.ty, depth + 1, mutate).prop_map(move |v| Some((name.clone(), v))),
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
    if mutate {
        prop_oneof![1 => Just(Value::Null), 12 => value, 2 => odd_value()].boxed()
    } else {
        prop_oneof![1 => Just(Value::Null), 6 => value].boxed()
    }
}

/// Strings with what breaks naive code: unicode, `/`, `%`, `?`, `#`, `{}`, control characters,
/// lone-surrogate-free but multi-byte text, and sometimes a lot of it.
pub fn odd_string() -> BoxedStrategy<String> {
    prop_oneof![
        6 => "[a-z0-9/%?#&=+ .{}:@\\\\\"'\\x00-\\x1f\\x7f\u{80}-\u{10ffff}-]{0,24}",
        2 => any::<String>(),
        1 => Just("%".to_string()),
        1 => Just("../..//%2F%zz%".to_string()),
        1 => ("[a-z]", 1000usize..70_000).prop_map(|(c, n)| c.repeat(n)),
    ]
    .boxed()
}

/// A value of any type, often of the wrong one where it is used: extreme numbers, odd strings,
/// big arrays, deeply nested arrays and objects (deeper than JSON parsers accept, sometimes).
pub fn odd_value() -> BoxedStrategy<Value> {
    prop_oneof![
        3 => odd_string().prop_map(Value::from),
        1 => prop_oneof![
            Just(Value::from(i64::MIN)),
            Just(Value::from(u64::MAX)),
            Just(Value::from(-0.0f64)),
            Just(Value::from(1e308f64)),
            Just(Value::from(f64::MIN_POSITIVE)),
            any::<f64>().prop_map(Value::from),
        ],
        1 => any::<bool>().prop_map(Value::from),
        1 => proptest::collection::vec(stray(), 0..300).prop_map(Value::Array),
        1 => (1usize..200, any::<bool>()).prop_map(|(depth, objects)| nested(depth, objects)),
        1 => Just(Value::Object(Map::new())),
        1 => Just(Value::Array(Vec::new())),
    ]
    .boxed()
}

/// `[[[…]]]` or `{"a":{"a":…}}`, `depth` levels.
pub fn nested(depth: usize, objects: bool) -> Value {
    let mut v = Value::from(1);
    for _ in 0..depth {
        v = if objects { serde_json::json!({ "a": v }) } else { Value::Array(vec![v]) };
    }
    v
}

// ---- Long fuzzing runs (`cargo xtask fuzz`) and their corpus ----

/// How long a fuzzing target runs: `OPSDECK_FUZZ_SECONDS`, which `cargo xtask fuzz` sets.
/// `None` when unset: the `#[ignore]`d fuzz tests then do a short smoke run.
pub fn fuzz_budget() -> std::time::Duration {
    let secs = std::env::var("OPSDECK_FUZZ_SECONDS").ok().and_then(|s| s.parse::<u64>().ok()).unwrap_or(5);
    std::time::Duration::from_secs(secs)
}

/// `fuzz/corpus/<target>/` at the top of the workspace.
pub fn corpus_dir(target: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus").join(target)
}

/// Every file of a target's corpus, parsed (a file that is not JSON fails the caller).
pub fn corpus(target: &str) -> Vec<(String, Value)> {
    let dir = corpus_dir(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, value)
        })
        .collect()
}

/// Writes an input a fuzzing run found into the target's corpus as `found-<hash>.json` (the
/// hash of its text, so the same input is written once) and returns the file name.
pub fn save_found(target: &str, input: &Value) -> String {
    let text = serde_json::to_string_pretty(input).unwrap();
    // FNV-1a: stable across runs and platforms, unlike std's hasher.
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    let name = format!("found-{hash:016x}.json");
    let dir = corpus_dir(target);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(&name), text + "\n").unwrap();
    name
}

/// What one fuzzing target did: cases run and inputs that failed (saved to the corpus).
#[derive(Default)]
pub struct FuzzReport {
    pub cases: u64,
    pub failures: Vec<String>,
}

impl FuzzReport {
    /// Runs `strategy` through `test` in batches of `batch` cases with fresh random seeds
    /// (proptest's runner catches panics and shrinks a failing input) until `until`. A
    /// failing input, shrunk, is saved with `to_corpus` and the run goes on with the next
    /// batch. Returns whether this call found a failure.
    pub fn run<S: Strategy>(
        &mut self,
        target: &str,
        label: &str,
        strategy: &S,
        batch: u32,
        to_corpus: impl Fn(&S::Value) -> Value,
        test: impl Fn(S::Value) -> Result<(), TestCaseError>,
    ) -> bool {
        use proptest::test_runner::{Config, TestError, TestRunner};
        let mut runner = TestRunner::new(Config { cases: batch, failure_persistence: None, max_shrink_iters: 2000, ..Config::default() });
        let result = runner.run(strategy, |v| test(v));
        self.cases += u64::from(batch);
        match result {
            Ok(()) | Err(TestError::Abort(_)) => false,
            Err(TestError::Fail(reason, input)) => {
                let file = save_found(target, &to_corpus(&input));
                let line = format!("{label}: {reason} (saved as fuzz/corpus/{target}/{file})");
                eprintln!("FAILURE {line}");
                self.failures.push(line);
                true
            }
        }
    }

    /// Prints the summary `cargo xtask fuzz` relays, and fails on a failure.
    pub fn finish(self, target: &str, started: std::time::Instant) {
        println!(
            "fuzz {target}: {} cases in {:.0} s, {} failure(s)",
            self.cases,
            started.elapsed().as_secs_f64(),
            self.failures.len()
        );
        assert!(self.failures.is_empty(), "{target}:\n{}", self.failures.join("\n"));
    }
}
