//! Checks a JSON value against the documented constraints of its schema.
//!
//! One validator serves both sides: the console runs it before sending (inline errors under
//! each field), the sandbox runs it on what it receives (answering with the documented 400).
//! Regular expressions are checked through [`PatternMatcher`] so the browser can use its own
//! `RegExp` instead of compiling a regex engine into the wasm bundle.

use serde_json::{Map, Value};

use crate::schema::{Field, Lang, Location, ObjectSchema, Type};

/// Decides whether a value matches a documented pattern (anchored by the pattern itself).
pub trait PatternMatcher {
    /// `None` when the pattern cannot be compiled: the check is skipped rather than failing
    /// every input because of a documentation quirk.
    fn is_match(&self, pattern: &str, value: &str) -> Option<bool>;
}

/// Skips pattern checks (length, range, enum and type checks still run).
pub struct NoPatterns;

impl PatternMatcher for NoPatterns {
    fn is_match(&self, _: &str, _: &str) -> Option<bool> {
        None
    }
}

/// Pattern checks with `regex-lite`, for native users of the crate and the sandbox.
#[cfg(feature = "regex")]
#[derive(Default)]
pub struct RegexLite {
    cache: std::sync::Mutex<std::collections::HashMap<String, Option<regex_lite::Regex>>>,
}

#[cfg(feature = "regex")]
impl PatternMatcher for RegexLite {
    fn is_match(&self, pattern: &str, value: &str) -> Option<bool> {
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        let re = cache
            .entry(pattern.to_string())
            .or_insert_with(|| regex_lite::Regex::new(pattern).ok());
        re.as_ref().map(|re| re.is_match(value))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Missing,
    RequiredBecause { field: String, value: String },
    WrongType { expected: String },
    TooShort { min: u32 },
    TooLong { max: u32 },
    Pattern { pattern: String },
    BelowMin { min: f64 },
    AboveMax { max: f64 },
    NotInEnum { allowed: Vec<String> },
    TooFewItems { min: u32 },
    TooManyItems { max: u32 },
}

/// One broken constraint, at a JSON path such as `labels[2].key`.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    pub path: String,
    pub problem: Problem,
}

impl Violation {
    /// A sentence for the user, without the path (the form shows it under the field).
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match &self.problem {
            Problem::Missing => if zh { "必填".into() } else { "Required".into() },
            Problem::RequiredBecause { field, value } => {
                if zh {
                    format!("{field} 为 {value} 时必填")
                } else {
                    format!("Required when {field} is {value}")
                }
            }
            Problem::WrongType { expected } => {
                if zh { format!("应为 {expected}") } else { format!("Must be a {expected}") }
            }
            Problem::TooShort { min } => {
                if zh { format!("至少 {min} 个字符") } else { format!("At least {min} characters") }
            }
            Problem::TooLong { max } => {
                if zh { format!("最多 {max} 个字符") } else { format!("At most {max} characters") }
            }
            Problem::Pattern { pattern } => {
                if zh {
                    format!("格式不符合要求（{pattern}）")
                } else {
                    format!("Does not match the required format ({pattern})")
                }
            }
            Problem::BelowMin { min } => {
                if zh { format!("不能小于 {min}") } else { format!("Must be at least {min}") }
            }
            Problem::AboveMax { max } => {
                if zh { format!("不能大于 {max}") } else { format!("Must be at most {max}") }
            }
            Problem::NotInEnum { allowed } => {
                let list = allowed.join(", ");
                if zh { format!("取值须为：{list}") } else { format!("Must be one of: {list}") }
            }
            Problem::TooFewItems { min } => {
                if zh { format!("至少 {min} 项") } else { format!("At least {min} items") }
            }
            Problem::TooManyItems { max } => {
                if zh { format!("最多 {max} 项") } else { format!("At most {max} items") }
            }
        }
    }

    /// `path: message`, for error bodies and logs.
    pub fn describe(&self, lang: Lang) -> String {
        if self.path.is_empty() {
            self.message(lang)
        } else {
            format!("{}: {}", self.path, self.message(lang))
        }
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

/// Validates `value` against `ty`; an empty result means valid. An enumeration's alias (the
/// document's spelling of a value the SDK spells otherwise) counts as its value, also for the
/// `required_if` conditions that name it.
pub fn validate(ty: &Type, value: &Value, patterns: &dyn PatternMatcher) -> Vec<Violation> {
    let mut out = Vec::new();
    let mut canonical = value.clone();
    if canonicalize(ty, &mut canonical) {
        check_type(ty, &canonical, "", patterns, &mut out);
    } else {
        check_type(ty, value, "", patterns, &mut out);
    }
    out
}

/// Rewrites every enumeration alias in `value` to the value it stands for (`weight` →
/// `WEIGHT`), where `ty` says the member is that enumeration: what a server that accepts both
/// spellings keeps and answers. Returns whether anything changed.
pub fn canonicalize(ty: &Type, value: &mut Value) -> bool {
    match ty {
        Type::Enum(e) => match value.as_str().and_then(|s| e.canonical(s).filter(|c| *c != s)) {
            Some(c) => {
                *value = Value::String(c.to_string());
                true
            }
            None => false,
        },
        Type::Array(item) => value.as_array_mut().into_iter().flatten().fold(false, |acc, v| canonicalize(item, v) | acc),
        Type::Map(item) => value.as_object_mut().into_iter().flat_map(|m| m.values_mut()).fold(false, |acc, v| canonicalize(item, v) | acc),
        Type::Object(schema) => {
            let Some(map) = value.as_object_mut() else { return false };
            let mut changed = false;
            for field in schema.fields.iter().filter(|f| f.location == Location::Body) {
                if let Some(v) = map.get_mut(field.name) {
                    changed |= canonicalize(field.ty, v);
                }
            }
            changed
        }
        _ => false,
    }
}

/// Validates the fields of one location (for example the query parameters) of an object
/// schema against a flat map of values.
pub fn validate_params(
    schema: &ObjectSchema,
    location: Location,
    values: &Map<String, Value>,
    patterns: &dyn PatternMatcher,
) -> Vec<Violation> {
    let mut out = Vec::new();
    for field in schema.in_location(location) {
        check_field(field, values, "", patterns, &mut out);
    }
    out
}

fn check_type(ty: &Type, value: &Value, path: &str, p: &dyn PatternMatcher, out: &mut Vec<Violation>) {
    let wrong = |expected: &str, out: &mut Vec<Violation>| {
        out.push(Violation {
            path: path.to_string(),
            problem: Problem::WrongType { expected: expected.to_string() },
        })
    };
    match ty {
        Type::Any => {}
        Type::String => {
            if !value.is_string() {
                wrong("string", out)
            }
        }
        Type::Integer => {
            if !(value.is_i64() || value.is_u64()) {
                wrong("integer", out)
            }
        }
        Type::Number => {
            if !value.is_number() {
                wrong("number", out)
            }
        }
        Type::Boolean => {
            if !value.is_boolean() {
                wrong("boolean", out)
            }
        }
        Type::Enum(e) => match value.as_str() {
            Some(s) if e.canonical(s).is_some() => {}
            Some(_) => out.push(Violation {
                path: path.to_string(),
                problem: Problem::NotInEnum {
                    allowed: e.values.iter().map(|v| v.value.to_string()).collect(),
                },
            }),
            None => wrong("string", out),
        },
        Type::Array(item) => match value.as_array() {
            Some(items) => {
                for (i, v) in items.iter().enumerate() {
                    check_type(item, v, &format!("{path}[{i}]"), p, out);
                }
            }
            None => wrong("array", out),
        },
        Type::Map(item) => match value.as_object() {
            Some(map) => {
                for (k, v) in map {
                    check_type(item, v, &join(path, k), p, out);
                }
            }
            None => wrong("object", out),
        },
        Type::Object(schema) => match value.as_object() {
            Some(map) => {
                for field in schema.fields.iter().filter(|f| f.location == Location::Body) {
                    check_field(field, map, path, p, out);
                }
            }
            None => wrong("object", out),
        },
    }
}

fn is_blank(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.is_empty(),
        _ => false,
    }
}

fn check_field(
    field: &Field,
    map: &Map<String, Value>,
    parent: &str,
    p: &dyn PatternMatcher,
    out: &mut Vec<Violation>,
) {
    let path = join(parent, field.name);
    let value = map.get(field.name);
    if field.rules.read_only {
        return;
    }
    // `min_len = 0` on a required string: the empty string is a value, not an absence.
    let empty_allowed = field.rules.min_len == Some(0) && matches!(value, Some(Value::String(_)));
    if is_blank(value) && !empty_allowed {
        if field.required {
            out.push(Violation { path, problem: Problem::Missing });
        } else if let Some((other, wanted)) = field.rules.condition() {
            let other_value = map.get(other).and_then(Value::as_str);
            if other_value == Some(wanted) {
                out.push(Violation {
                    path,
                    problem: Problem::RequiredBecause { field: other.into(), value: wanted.into() },
                });
            }
        }
        // An empty optional string is "not given": the console omits it.
        return;
    }
    let value = value.unwrap();
    let before = out.len();
    check_type(field.ty, value, &path, p, out);
    if out.len() > before {
        return; // the type is wrong: the range checks below would only repeat it
    }
    let r = &field.rules;
    if let Some(s) = value.as_str() {
        let len = s.chars().count() as u32;
        if let Some(min) = r.min_len {
            if len < min {
                out.push(Violation { path: path.clone(), problem: Problem::TooShort { min } });
            }
        }
        if let Some(max) = r.max_len {
            if len > max {
                out.push(Violation { path: path.clone(), problem: Problem::TooLong { max } });
            }
        }
        if let Some(pattern) = r.pattern {
            if p.is_match(pattern, s) == Some(false) {
                out.push(Violation { path: path.clone(), problem: Problem::Pattern { pattern: pattern.into() } });
            }
        }
    }
    if let Some(n) = value.as_f64() {
        if let Some(min) = r.min {
            if n < min {
                out.push(Violation { path: path.clone(), problem: Problem::BelowMin { min } });
            }
        }
        if let Some(max) = r.max {
            if n > max {
                out.push(Violation { path: path.clone(), problem: Problem::AboveMax { max } });
            }
        }
    }
    if let Some(items) = value.as_array() {
        let n = items.len() as u32;
        if let Some(min) = r.min_items {
            if n < min {
                out.push(Violation { path: path.clone(), problem: Problem::TooFewItems { min } });
            }
        }
        if let Some(max) = r.max_items {
            if n > max {
                out.push(Violation { path, problem: Problem::TooManyItems { max } });
            }
        }
    }
}
