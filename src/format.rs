//! Showing values: times, enum meanings, JSON.

use opsdeck_api::schema::{Lang, ObjectSchema, Type};
use serde_json::Value;

/// Fields named like points in time: `create_time`, `created_at`, and the camelCase the CSE
/// and ServiceComb answers use (`createTime`, `modTimestamp`). Their values are read by
/// [`time_ms`]; a `maxWaitTime` (a duration) is not one.
pub fn is_time_field(name: &str) -> bool {
    let camel = (name.ends_with("Time") && !name.ends_with("WaitTime")) || name.ends_with("Timestamp") || name.ends_with("At");
    name.ends_with("_time") || name.ends_with("_at") || camel || matches!(name, "created" | "updated" | "timestamp")
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

/// A time value as the services send it, in milliseconds since the epoch: milliseconds or
/// seconds as numbers (or digits), ISO 8601 strings, and "2023-01-01 10:00:00" (read as UTC,
/// as the services mean it). `None` for anything else.
pub fn time_ms(value: &Value) -> Option<f64> {
    let from_number = |n: f64| {
        // Below 10^11 a count is seconds (10^11 ms is 1973; 10^11 s is the year 5138).
        (n > 0.0).then(|| if n < 1e11 { n * 1000.0 } else { n })
    };
    match value {
        Value::Number(n) => from_number(n.as_f64()?),
        Value::String(s) => {
            let s = s.trim();
            if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
                // As an integer: digits only, and parsing a float would bring the standard
                // library's float parser (and its 10 KB table) into the first load.
                return from_number(s.parse::<u64>().ok()? as f64);
            }
            if s.len() < 10 || !s.as_bytes()[..4].iter().all(u8::is_ascii_digit) || s.as_bytes()[4] != b'-' {
                return None;
            }
            // "2023-01-01 10:00:00" has no zone: UTC. ISO strings keep theirs.
            let iso = match s.get(10..11) {
                Some(" ") => s.replacen(' ', "T", 1),
                _ => s.to_string(),
            };
            let zoned = iso.len() > 10 && (iso.ends_with('Z') || iso[10..].contains('+') || iso[11..].contains('-'));
            let iso = if zoned || iso.len() == 10 { iso } else { format!("{iso}Z") };
            let ms = js_sys::Date::parse(&iso);
            ms.is_finite().then_some(ms)
        }
        _ => None,
    }
}

/// A time relative to `now_ms`, in the interface language: "3 minutes ago", "in 2 hours".
pub fn relative_time(ms: f64, now_ms: f64, lang: Lang) -> String {
    let seconds = (ms - now_ms) / 1000.0;
    let (value, unit) = [(60.0, "second"), (3600.0, "minute"), (86400.0, "hour"), (86400.0 * 30.0, "day"), (86400.0 * 365.0, "month")]
        .iter()
        .zip([1.0, 60.0, 3600.0, 86400.0, 86400.0 * 30.0])
        .find(|((limit, _), _)| seconds.abs() < *limit)
        .map(|((_, unit), div)| ((seconds / div).round(), *unit))
        .unwrap_or(((seconds / (86400.0 * 365.0)).round(), "year"));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"numeric".into(), &"auto".into());
    let format = js_sys::Intl::RelativeTimeFormat::new(&js_sys::Array::of1(&lang.tag().into()), &options);
    format.format(value, unit).as_string().unwrap_or_default()
}

/// Characters that change how text around them is shown without being seen themselves:
/// bidirectional overrides and isolates (which can make `exe.txt` look like `txt.exe`),
/// zero-width characters, and control characters other than line breaks and tabs.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}')
        || (c.is_control() && c != '\n' && c != '\t')
}

/// `text` with each invisible character (see [`is_invisible`]) written as a visible marker
/// naming it, `⟦U+202E⟧`, so data cannot hide what it says.
pub fn visible_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_invisible) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_invisible(c) {
            out.push_str(&format!("⟦U+{:04X}⟧", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The documented meaning of an enumerated value, looked up in any schema that declares the
/// field as an enum (request bodies do; responses often type it as a plain string).
pub fn enum_meaning(schemas: &[&'static ObjectSchema], field: &str, value: &str, lang: Lang) -> Option<&'static str> {
    schemas.iter().find_map(|s| meaning_in(s, field, value, lang, 3))
}

/// The meaning of `value` for a field named `field` in `schema` or the objects nested in it,
/// `depth` levels down (bodies nest the enums a list shows flat: `spec.runtime`).
fn meaning_in(schema: &'static ObjectSchema, field: &str, value: &str, lang: Lang, depth: u8) -> Option<&'static str> {
    let own = schema.field(field).and_then(|f| match f.ty {
        Type::Enum(e) => e.values.iter().find(|v| v.value == value).map(|v| v.meaning.get(lang)),
        _ => None,
    });
    own.or_else(|| {
        (depth > 0).then(|| {
            schema.fields.iter().find_map(|f| match f.ty {
                Type::Object(inner) | Type::Array(Type::Object(inner)) => meaning_in(inner, field, value, lang, depth - 1),
                _ => None,
            })
        })?
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

/// A yes-or-no value in words.
pub fn yes_no(b: bool, lang: Lang) -> &'static str {
    let (zh, en) = if b { ("是", "Yes") } else { ("否", "No") };
    if lang == Lang::Zh { zh } else { en }
}

/// A short text for a table cell.
pub fn cell_text(field: &str, value: Option<&Value>, schemas: &[&'static ObjectSchema], lang: Lang) -> String {
    match value {
        None | Some(Value::Null) => "—".into(),
        Some(Value::String(s)) if s.is_empty() => "—".into(),
        Some(v) if is_time_field(field) && time_ms(v).is_some() => format_time(time_ms(v).unwrap_or(0.0), lang),
        Some(Value::String(s)) => match enum_meaning(schemas, field, s, lang) {
            Some(meaning) => meaning.to_string(),
            None if s == "true" || s == "false" => yes_no(s == "true", lang).to_string(),
            None => visible_controls(s).into_owned(),
        },
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => yes_no(*b, lang).to_string(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn invisible_characters_become_visible_markers_and_lines_stay() {
        assert_eq!(visible_controls("report\u{202E}exe.txt"), "report⟦U+202E⟧exe.txt");
        assert_eq!(visible_controls("a\u{200B}b\u{2066}c\u{0007}"), "a⟦U+200B⟧b⟦U+2066⟧c⟦U+0007⟧");
        assert_eq!(visible_controls("line one\n\tline two"), "line one\n\tline two");
        assert!(matches!(visible_controls("plain 中文"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn points_in_time_are_told_by_their_names_in_snake_and_camel_case() {
        for time in ["create_time", "created_at", "createTime", "updateTime", "modTimestamp", "timestamp", "createdAt"] {
            assert!(is_time_field(time), "{time}");
        }
        for other in ["maxWaitTime", "timeout", "status", "format", "runtime", "lifetime"] {
            assert!(!is_time_field(other), "{other}");
        }
    }

    #[test]
    fn time_numbers_in_seconds_and_milliseconds_mean_the_same_moment() {
        assert_eq!(time_ms(&json!(1_700_000_000)), Some(1_700_000_000_000.0));
        assert_eq!(time_ms(&json!(1_700_000_000_000u64)), Some(1_700_000_000_000.0));
        assert_eq!(time_ms(&json!("1700000000")), Some(1_700_000_000_000.0));
        assert_eq!(time_ms(&json!(0)), None);
        assert_eq!(time_ms(&json!("running")), None);
        assert_eq!(time_ms(&json!(true)), None);
    }
}
