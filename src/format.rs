//! Showing values: times, enum meanings, JSON.

use opsdeck_api::schema::{Lang, ObjectSchema, Type};
use serde_json::Value;

/// `create_time`-style fields hold milliseconds since the epoch.
pub fn is_time_field(name: &str) -> bool {
    name.ends_with("_time") || name.ends_with("_at") || name == "created" || name == "updated"
}

/// A time in the interface language, as "2024/05/01 12:30:00".
///
/// One `Intl.DateTimeFormat` per language, made on first use: `Date.toLocaleString` with
/// options builds a new formatter on every call, which made formatting a page of table rows
/// cost more than rendering them (about 1 ms a cell on a slow machine). The output is the same.
pub fn format_time(ms: f64, lang: Lang) -> String {
    use wasm_bindgen::JsValue;
    thread_local! {
        static FORMATTERS: std::cell::RefCell<Vec<(Lang, js_sys::Function)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let format = FORMATTERS.with_borrow_mut(|made| {
        if let Some((_, f)) = made.iter().find(|(l, _)| *l == lang) {
            return f.clone();
        }
        let options = js_sys::Object::new();
        for (k, v) in [("year", "numeric"), ("month", "2-digit"), ("day", "2-digit"), ("hour", "2-digit"), ("minute", "2-digit"), ("second", "2-digit")] {
            let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
        }
        let _ = js_sys::Reflect::set(&options, &"hour12".into(), &false.into());
        let f = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&lang.tag().into()), &options).format();
        made.push((lang, f.clone()));
        f
    });
    let date = js_sys::Date::new(&JsValue::from_f64(ms));
    format.call1(&JsValue::UNDEFINED, &date).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

/// The documented meaning of an enumerated value, looked up in any schema that declares the
/// field as an enum (request bodies do; responses often type it as a plain string).
pub fn enum_meaning(schemas: &[&'static ObjectSchema], field: &str, value: &str, lang: Lang) -> Option<&'static str> {
    schemas.iter().find_map(|s| match s.field(field)?.ty {
        Type::Enum(e) => e.values.iter().find(|v| v.value == value).map(|v| v.meaning.get(lang)),
        _ => None,
    })
}

/// JSON for text typed into a field of this type: integers and numbers become numbers when
/// the text is one, anything else stays text (so validation can say what is wrong with it).
pub fn typed_value(ty: &Type, text: &str) -> Value {
    let t = text.trim();
    let number = match ty {
        Type::Integer => t.parse::<i64>().ok().map(Value::from),
        Type::Number => parse_decimal(t).and_then(serde_json::Number::from_f64).map(Value::Number),
        _ => None,
    };
    number.unwrap_or_else(|| Value::String(text.to_string()))
}

/// A decimal number (`-1.5e3`) read by the browser's number parser: Rust's own float parser
/// would add about 14 KB of tables and code to the wasm for this one use.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let plain = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E'));
    if !plain {
        return None;
    }
    // `new Number(text)`: the whole text must be the number (unlike `parseFloat`).
    let n = text.parse::<js_sys::Number>().map_or(f64::NAN, |n| n.value_of());
    n.is_finite().then_some(n)
}

/// A short text for a table cell.
pub fn cell_text(field: &str, value: Option<&Value>, schemas: &[&'static ObjectSchema], lang: Lang) -> String {
    match value {
        None | Some(Value::Null) => "—".into(),
        Some(Value::String(s)) if s.is_empty() => "—".into(),
        Some(Value::String(s)) => enum_meaning(schemas, field, s, lang).map(str::to_string).unwrap_or_else(|| s.clone()),
        Some(Value::Number(n)) if is_time_field(field) => format_time(n.as_f64().unwrap_or(0.0), lang),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Array(items)) if items.is_empty() => "—".into(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| match i {
                Value::Object(o) if o.contains_key("key") => {
                    format!("{}={}", o["key"].as_str().unwrap_or(""), o.get("value").and_then(Value::as_str).unwrap_or(""))
                }
                Value::Object(o) => o.get("name").and_then(Value::as_str).unwrap_or("…").to_string(),
                other => other.as_str().map(str::to_string).unwrap_or_else(|| other.to_string()),
            })
            .collect::<Vec<_>>()
            .join(", "),
        Some(Value::Object(map)) => summarize(map),
    }
}

/// A nested object in one line: its name (and version) when it has one, else its first few
/// plain values.
fn summarize(map: &serde_json::Map<String, Value>) -> String {
    let text = |k: &str| map.get(k).and_then(Value::as_str).filter(|s| !s.is_empty());
    if let Some(name) = text("name") {
        return match text("version") {
            Some(v) => format!("{name} {v}"),
            None => name.to_string(),
        };
    }
    let parts: Vec<String> = map
        .iter()
        .filter_map(|(k, v)| match v {
            Value::String(s) if !s.is_empty() => Some(format!("{k}: {s}")),
            Value::Number(n) => Some(format!("{k}: {n}")),
            Value::Bool(b) => Some(format!("{k}: {b}")),
            _ => None,
        })
        .take(3)
        .collect();
    if parts.is_empty() { "…".into() } else { parts.join(", ") }
}
