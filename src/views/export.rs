//! Saving table rows as CSV or JSON files, and remembering each table's chosen columns.

use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::JsCast;

/// One CSV field: quoted when it holds a comma, quote or line break. Text a spreadsheet would
/// run as a formula (`=HYPERLINK(…)`, `+cmd`, `@SUM`, a leading tab or carriage return) gets
/// a leading `'`, so opening an export of hostile data runs nothing; numbers (`-5`) stay as
/// they are.
fn csv_field(s: &str) -> String {
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r']) && s.trim().parse::<f64>().is_err();
    let s = &if formula { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn raw_text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The rows as CSV: a header of field names, then each row's raw values.
pub fn to_csv(fields: &[&str], rows: &[Value]) -> String {
    let mut out = fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    for row in rows {
        let line: Vec<String> = fields.iter().map(|f| csv_field(&raw_text(row.get(*f)))).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Offers `rows` as `{name}.json` (pretty JSON) or `{name}.csv` (the `fields` as columns).
pub fn save_rows(name: &str, fields: &[&str], rows: &[Value], json: bool) {
    if json {
        let text = serde_json::to_string_pretty(rows).unwrap_or_default();
        download(&format!("{name}.json"), "application/json", &text);
    } else {
        download(&format!("{name}.csv"), "text/csv", &to_csv(fields, rows));
    }
}

/// Offers `content` to the user as a file download.
/// Saves a list's rows as a CSV or JSON file (its export buttons). The file writers, the
/// pretty JSON printer among them, are needed by nothing else on a list, so they come from a
/// chunk. `name` is the file name without extension.
pub fn export_rows(state: crate::state::AppState, name: String, fields: Vec<&'static str>, rows: Vec<Value>, json: bool) {
    leptos::task::spawn_local(async move {
        if save_rows::save_rows(name, fields, rows, json).await.is_err() {
            state.toast(crate::i18n::CHUNK_FAILED.get(state.settings.with_untracked(|s| s.lang)).to_string());
        }
    });
}

crate::split::split_point!(shell, fn save_rows(name: String, fields: Vec<&'static str>, rows: Vec<Value>, json: bool) -> () {
    super::save_rows(&name, &fields, &rows, json)
});

pub fn download(filename: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Ok(a) = doc.create_element("a") {
            let a: web_sys::HtmlAnchorElement = a.unchecked_into();
            a.set_href(&url);
            a.set_download(filename);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The columns the user chose for a table, if any.
pub fn load_columns(table: &str) -> Option<Vec<String>> {
    crate::storage::load(true, &format!("opsdeck.columns.{table}"))
}

pub fn save_columns(table: &str, columns: &[String]) {
    crate::storage::save(true, &format!("opsdeck.columns.{table}"), &columns);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let rows = vec![json!({"name": "a,b", "n": 1, "d": "say \"hi\"", "labels": [{"key": "k"}]}), json!({"name": "plain"})];
        let csv = to_csv(&["name", "n", "d", "labels"], &rows);
        assert_eq!(csv, "name,n,d,labels\r\n\"a,b\",1,\"say \"\"hi\"\"\",\"[{\"\"key\"\":\"\"k\"\"}]\"\r\nplain,,,\r\n");
    }

    #[test]
    fn csv_cells_a_spreadsheet_would_run_are_defused_and_numbers_are_not() {
        let rows = vec![json!({"a": "=HYPERLINK(\"http://evil\",\"x\")", "b": "+cmd|' /C calc'!A0", "c": "@SUM(1)", "d": -5, "e": "-12.5", "f": "-rf"})];
        let csv = to_csv(&["a", "b", "c", "d", "e", "f"], &rows);
        let line = csv.lines().nth(1).unwrap();
        assert_eq!(line, "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'+cmd|' /C calc'!A0,'@SUM(1),-5,-12.5,'-rf");
    }
}
