//! The operations' titles and parameters (path, query and header fields, with their labels
//! and constraints) as one compact JSON document.
//!
//! Native code, tests and the console's dev build read them from the declarations (feature
//! `full-declarations`, on by default). The shipped console is built without it: its first
//! load then carries neither, and it reads them from `pkg/meta/operations.json` (written by
//! `cargo xtask build` with [`encode`]) before its first page, fetched alongside the wasm. As
//! JSON they are 9 KB gzip, against about 12 KB as the main module's static structures
//! (names, texts and pointers per field): the first load, code and data, is 3 KB smaller.
//!
//! The document is `{OPERATION_ID: [TITLE_ZH, TITLE_EN, [FIELD…]], …}`; a field is
//! `[NAME, TYPE, LABEL_ZH, LABEL_EN, REQUIRED (0|1), LOCATION ("p"|"q"|"h"|"b"), RULES?]`,
//! TYPE as in [`crate::list_meta`], RULES an object with the field's constraints that are set
//! ([`Rules`]'s member names). Help texts are not in it: the console's forms carry them.

use serde_json::{json, Map, Value};

use crate::list_meta::{decode_type, encode_type, text};
use crate::operation::OperationDecl;
use crate::schema::{Field, Location, ObjectSchema, Rules, Text, Type};

/// What the document says of one operation.
#[derive(Debug, Clone, Copy)]
pub struct OperationData {
    pub title: Text,
    /// An object type, as `OperationDecl::params` gives it.
    pub params: &'static Type,
}

/// The document for `operations`.
pub fn encode<'a>(operations: impl IntoIterator<Item = &'a OperationDecl>) -> Value {
    let doc: Map<String, Value> = operations
        .into_iter()
        .map(|op| {
            let title = op.title();
            let fields: Vec<Value> = op.params_schema().fields.iter().map(encode_field).collect();
            (op.id.to_string(), json!([title.zh, title.en, fields]))
        })
        .collect();
    Value::Object(doc)
}

fn encode_field(f: &Field) -> Value {
    let location = match f.location {
        Location::Path => "p",
        Location::Query => "q",
        Location::Header => "h",
        Location::Body => "b",
    };
    let mut out = vec![json!(f.name), encode_type(f.ty), json!(f.label.zh), json!(f.label.en), json!(u8::from(f.required)), json!(location)];
    let rules = encode_rules(f.rules);
    if !rules.is_empty() {
        out.push(Value::Object(rules));
    }
    Value::Array(out)
}

/// A number as an integer when it is one, so reading it needs no decimal parser.
fn number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        json!(x as i64)
    } else {
        json!(x)
    }
}

fn encode_rules(r: &Rules) -> Map<String, Value> {
    // Destructured, so a member added to `Rules` cannot be forgotten here.
    let Rules { min_len, max_len, min, max, min_items, max_items, pattern, required_if, secret, read_only, example, choices, caution, slash_as } = r;
    let mut out = Map::new();
    let mut put = |key: &str, v: Option<Value>| {
        if let Some(v) = v {
            out.insert(key.into(), v);
        }
    };
    put("min_len", min_len.map(Value::from));
    put("max_len", max_len.map(Value::from));
    put("min", min.map(number));
    put("max", max.map(number));
    put("min_items", min_items.map(Value::from));
    put("max_items", max_items.map(Value::from));
    put("pattern", pattern.map(Value::from));
    put("required_if", required_if.map(Value::from));
    put("secret", secret.then_some(json!(1)));
    put("read_only", read_only.then_some(json!(1)));
    put("example", example.map(Value::from));
    put("choices", choices.map(Value::from));
    put("caution", caution.then_some(json!(1)));
    put("slash_as", slash_as.map(Value::from));
    out
}

/// Reads a document [`encode`] wrote, by operation id, sorted (`None`: it is not one). What
/// it builds lives as long as the program, as the declarations do.
pub fn decode(doc: &Value) -> Option<Vec<(&'static str, OperationData)>> {
    let mut out = doc
        .as_object()?
        .iter()
        .map(|(id, entry)| {
            let [zh, en, fields] = entry.as_array()?.as_slice() else { return None };
            let fields = fields.as_array()?.iter().map(decode_field).collect::<Option<Vec<_>>>()?;
            let schema: &'static ObjectSchema = Box::leak(Box::new(ObjectSchema { name: "", title: Text::EMPTY, fields: fields.leak() }));
            let data = OperationData { title: Text::new(text(zh)?, text(en)?), params: Box::leak(Box::new(Type::Object(schema))) };
            Some((&*id.clone().leak(), data))
        })
        .collect::<Option<Vec<_>>>()?;
    out.sort_unstable_by_key(|(id, _)| *id);
    Some(out)
}

fn decode_field(v: &Value) -> Option<Field> {
    let [name, ty, zh, en, required, location, rest @ ..] = v.as_array()?.as_slice() else { return None };
    let location = match location.as_str()? {
        "p" => Location::Path,
        "q" => Location::Query,
        "h" => Location::Header,
        "b" => Location::Body,
        _ => return None,
    };
    let rules: &'static Rules = match rest {
        [] => &Rules::NONE,
        [rules] => Box::leak(Box::new(decode_rules(rules.as_object()?)?)),
        _ => return None,
    };
    Some(Field { name: text(name)?, ty: decode_type(ty)?, required: required.as_u64()? == 1, label: Text::new(text(zh)?, text(en)?), help: Text::EMPTY, location, rules })
}

fn decode_rules(m: &Map<String, Value>) -> Option<Rules> {
    let mut r = Rules::NONE;
    for (key, v) in m {
        let count = || v.as_u64().and_then(|n| u32::try_from(n).ok());
        let flag = v.as_u64() == Some(1);
        match key.as_str() {
            "min_len" => r.min_len = Some(count()?),
            "max_len" => r.max_len = Some(count()?),
            "min" => r.min = Some(v.as_f64()?),
            "max" => r.max = Some(v.as_f64()?),
            "min_items" => r.min_items = Some(count()?),
            "max_items" => r.max_items = Some(count()?),
            "pattern" => r.pattern = Some(text(v)?),
            "required_if" => r.required_if = Some(text(v)?),
            "secret" => r.secret = flag,
            "read_only" => r.read_only = flag,
            "example" => r.example = Some(text(v)?),
            "choices" => r.choices = Some(text(v)?),
            "caution" => r.caution = flag,
            "slash_as" => r.slash_as = Some(text(v)?),
            _ => return None,
        }
    }
    Some(r)
}

/// The titles and parameters read at start-up, for builds without `full-declarations`.
#[cfg(not(feature = "full-declarations"))]
static INSTALLED: std::sync::OnceLock<Vec<(&'static str, OperationData)>> = std::sync::OnceLock::new();

/// Makes `doc` (a document [`encode`] wrote) the operations' titles and parameters; `false`
/// when it is not one. The first document installed stays.
#[cfg(not(feature = "full-declarations"))]
pub fn install(doc: &Value) -> bool {
    match decode(doc) {
        Some(all) => {
            let _ = INSTALLED.set(all);
            true
        }
        None => false,
    }
}

/// Whether the document has been installed.
#[cfg(not(feature = "full-declarations"))]
pub fn installed() -> bool {
    INSTALLED.get().is_some()
}

/// The title and parameters of `op`. The program installs them before it builds its first
/// page or request: a call before that is a bug in it, and stops it.
#[cfg(not(feature = "full-declarations"))]
pub(crate) fn of(op: &OperationDecl) -> OperationData {
    let all = INSTALLED.get().expect("the operations' document is installed at start-up");
    let at = all.binary_search_by_key(&op.id, |(id, _)| *id).expect("every operation is in the document");
    all[at].1
}

#[cfg(all(test, feature = "full-declarations"))]
mod tests {
    use super::*;

    /// Every member of a field but its help text, compared recursively.
    fn same_field(a: &Field, b: &Field) -> bool {
        a.name == b.name && a.label == b.label && a.required == b.required && a.location == b.location && a.rules == b.rules && same_type(a.ty, b.ty)
    }

    fn same_type(a: &Type, b: &Type) -> bool {
        match (a, b) {
            (Type::Object(x), Type::Object(y)) => x.fields.len() == y.fields.len() && x.fields.iter().zip(y.fields).all(|(f, g)| same_field(f, g)),
            (Type::Enum(x), Type::Enum(y)) => {
                x.values.len() == y.values.len()
                    && x.values.iter().zip(y.values).all(|(v, w)| v.value == w.value && v.meaning == w.meaning && v.aliases == w.aliases)
            }
            (Type::Array(x), Type::Array(y)) | (Type::Map(x), Type::Map(y)) => same_type(x, y),
            (x, y) => x == y,
        }
    }

    #[test]
    fn every_operation_s_title_and_parameters_read_back_as_declared() {
        let ops: Vec<&OperationDecl> = crate::catalog::operations().collect();
        // Through text, as the console reads it.
        let text = encode(ops.iter().copied()).to_string();
        let back = decode(&serde_json::from_str(&text).unwrap()).expect("the document reads back");
        assert_eq!(back.len(), ops.len(), "one entry per operation");
        let mut with_rules = 0;
        for op in &ops {
            let at = back.binary_search_by_key(&op.id, |(id, _)| *id).unwrap_or_else(|_| panic!("{} is missing", op.id));
            assert_eq!(back[at].1.title, op.title(), "{}", op.id);
            let (declared, read) = (op.params_schema(), back[at].1.params.as_object().unwrap());
            assert_eq!(declared.fields.len(), read.fields.len(), "{}", op.id);
            for (a, b) in declared.fields.iter().zip(read.fields) {
                assert!(same_field(a, b), "{}: parameter {} differs after the round trip:\n{a:?}\n{b:?}", op.id, a.name);
                with_rules += usize::from(!std::ptr::eq(a.rules, &Rules::NONE) && *a.rules != Rules::NONE);
            }
        }
        assert!(with_rules > 50, "parameters with constraints: {with_rules}");
    }

    #[test]
    fn a_fractional_bound_survives_and_whole_ones_are_written_as_integers() {
        let rules = Rules { min: Some(0.5), max: Some(100.0), ..Rules::NONE };
        let m = encode_rules(&rules);
        assert_eq!(m["max"].to_string(), "100");
        assert_eq!(decode_rules(&m), Some(rules));
    }

    #[test]
    fn what_is_not_a_parameters_document_is_refused() {
        let op = |fields: Value| json!({"x.list": ["列出", "List", fields]});
        for bad in [json!([]), json!({"x.list": 3}), json!({"x.list": ["List", []]}), op(json!([["a", "s", "", "", 0]])), op(json!([["a", "s", "", "", 0, "z"]])), op(json!([["a", "s", "", "", 0, "q", {"nope": 1}]]))] {
            assert!(decode(&bad).is_none(), "{bad}");
        }
        assert_eq!(decode(&op(json!([["a", "s", "", "", 1, "q"]]))).unwrap()[0].1.title.en, "List");
    }
}
