//! A form's state: its JSON document, what the user has visited, and its problems (the
//! same validation the sandbox runs, with the browser's RegExp for patterns).

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use opsdeck_api::json_path::{path_string, Seg};
use opsdeck_api::schema::{Lang, Location, Type};
use opsdeck_api::validate::{validate, Violation};
use serde_json::{Map, Value};

use super::help_key::Part;
use crate::patterns::JsPatterns;


/// A DOM id for the input at a path of a body form (a parameter form's ids differ: see
/// [`FormState::dom_id`]).
pub fn dom_id(path: &[Seg<'_>]) -> String {
    let s: String = path_string(path).chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '-' }).collect();
    format!("f-{s}")
}


/// Drops what the user left empty (unless it was there to begin with: clearing a field in an
/// edit form must send the empty value to clear it on the server).
pub fn clean(value: &Value, ty: &Type, initial: Option<&Value>) -> Option<Value> {
    match value {
        Value::Null => None,
        Value::String(s) if s.is_empty() => initial.map(|_| Value::String(String::new())),
        Value::Object(map) => {
            let schema = ty.as_object();
            let mut out = Map::new();
            for (k, v) in map {
                let field_ty = schema.and_then(|s| s.field(k)).map(|f| f.ty).unwrap_or(&Type::Any);
                if let Some(c) = clean(v, field_ty, initial.and_then(|i| i.get(k))) {
                    out.insert(k.clone(), c);
                }
            }
            Some(Value::Object(out))
        }
        Value::Array(items) => {
            let item_ty = match ty {
                Type::Array(t) => t,
                _ => &Type::Any,
            };
            Some(Value::Array(items.iter().map(|i| clean(i, item_ty, Some(i)).unwrap_or(Value::Null)).collect()))
        }
        other => Some(other.clone()),
    }
}

/// The state of one form: the document, what the user has visited, and its problems.
#[derive(Clone, Copy)]
pub struct FormState {
    /// The operation whose request the form edits (its id: the fields' help is filed under it).
    pub op: &'static str,
    pub ty: &'static Type,
    /// A form for an operation's path/query/header parameters rather than its body.
    pub params: bool,
    pub value: RwSignal<Value>,
    pub initial: StoredValue<Value>,
    pub touched: RwSignal<HashSet<String>>,
    pub submitted: RwSignal<bool>,
    pub violations: Memo<Vec<Violation>>,
    /// What the user typed into a JSON editor that does not parse yet, by path, with the value
    /// it was typed over: the editor shows it again when the form is built again (another
    /// language) unless the value has changed since (raw-JSON mode).
    pub drafts: StoredValue<HashMap<String, (String, Option<Value>)>>,
    /// The user asked to see a long body's optional fields (see [`long_body_fields`]); kept
    /// here so that building the form again (another language) does not fold them.
    pub optional_shown: RwSignal<bool>,
}

impl FormState {
    /// A form for the body `ty` of the operation `op`.
    pub fn new(op: &'static str, ty: &'static Type, initial: Value) -> FormState {
        let value = RwSignal::new(initial.clone());
        let violations = Memo::new(move |_| {
            let body = value.with(|v| clean(v, ty, None).unwrap_or(Value::Object(Map::new())));
            validate(ty, &body, &JsPatterns)
        });
        FormState::with(op, ty, false, value, initial, violations)
    }

    /// A form for an operation's parameters (the project comes from the settings).
    pub fn for_params(op: &'static str, ty: &'static Type, initial: Value) -> FormState {
        let value = RwSignal::new(initial.clone());
        let violations = Memo::new(move |_| {
            let Some(schema) = ty.as_object() else { return Vec::new() };
            let map = value.with(|v| v.as_object().cloned().unwrap_or_default());
            [Location::Path, Location::Query, Location::Header]
                .into_iter()
                .flat_map(|loc| opsdeck_api::validate::validate_params(schema, loc, &map, &JsPatterns))
                .filter(|v| v.path != "project_id")
                .collect()
        });
        FormState::with(op, ty, true, value, initial, violations)
    }

    fn with(op: &'static str, ty: &'static Type, params: bool, value: RwSignal<Value>, initial: Value, violations: Memo<Vec<Violation>>) -> FormState {
        FormState {
            op,
            ty,
            params,
            value,
            initial: StoredValue::new(initial),
            touched: RwSignal::new(HashSet::new()),
            submitted: RwSignal::new(false),
            violations,
            drafts: StoredValue::new(HashMap::new()),
            optional_shown: RwSignal::new(false),
        }
    }

    /// Which part of the request the form edits.
    pub fn part(&self) -> Part {
        if self.params {
            Part::Params
        } else {
            Part::Body
        }
    }

    /// Whether the user has changed what the form started with (tracked): what leaving the
    /// page would lose. Values the form fills in by itself do not count until a field is touched.
    pub fn changed(&self) -> bool {
        if self.touched.with(HashSet::is_empty) {
            return false;
        }
        let initial = self.initial.get_value();
        let start = clean(&initial, self.ty, None);
        self.value.with(|v| clean(v, self.ty, None) != start)
    }

    /// The body to send.
    pub fn body(&self) -> Value {
        let initial = self.initial.get_value();
        self.value.with_untracked(|v| clean(v, self.ty, Some(&initial)).unwrap_or(Value::Object(Map::new())))
    }

    /// The DOM id of the input at `path`: `f-…` in a body form, `p-…` in a parameter form, so
    /// that a parameter and a body member of the same name (4.3.1's `application_id`) each
    /// have their own label and messages.
    pub fn dom_id(&self, path: &[Seg]) -> String {
        let id = dom_id(path);
        if self.params {
            format!("p{}", &id[1..])
        } else {
            id
        }
    }

    pub fn is_valid(&self) -> bool {
        self.violations.with_untracked(Vec::is_empty)
    }

    /// The message to show under the field at `path`, once it was visited or submitted.
    pub fn error_at(&self, path: &str, lang: Lang) -> Option<String> {
        let shown = self.submitted.get() || self.touched.with(|t| t.contains(path));
        if !shown {
            return None;
        }
        self.violations.with(|vs| vs.iter().find(|v| v.path == path).map(|v| self.message(v, lang)))
    }

    /// A violation in words. A pattern is a regular expression, which users should not have to
    /// read: the field's help text states the same rule in words, so the message quotes it.
    fn message(&self, v: &opsdeck_api::validate::Violation, lang: Lang) -> String {
        use opsdeck_api::validate::Problem;
        if let Problem::Pattern { .. } = v.problem {
            // Help texts live in the forms' table (see `help`), found by the field's path.
            let segs: Vec<Seg<'_>> = v
                .path
                .split('.')
                .flat_map(|part| {
                    let mut pieces = part.split('[');
                    let key = pieces.next().filter(|k| !k.is_empty()).map(Seg::Key);
                    key.into_iter().chain(pieces.filter_map(|i| i.trim_end_matches(']').parse().ok().map(Seg::Index)))
                })
                .collect();
            let field = self.ty.as_object().and_then(|o| o.field_at(v.path.split('[').next().unwrap_or(&v.path)));
            let help = field.filter(|_| !v.path.contains('[')).map(|f| super::help::help(*self, &segs, f));
            let rule = help.as_ref().map(|h| h.get(lang)).filter(|h| !h.is_empty());
            return match (lang, rule) {
                (Lang::Zh, Some(rule)) => format!("格式不符合要求：{rule}"),
                (Lang::Zh, None) => "格式不符合要求".to_string(),
                (_, Some(rule)) => format!("Not in the required form: {rule}"),
                (_, None) => "Not in the required form".to_string(),
            };
        }
        v.message(lang)
    }

    pub(crate) fn touch(&self, path: &str) {
        // A field can lose the focus once its form is gone: a send that succeeds opens another
        // page while the field still has the focus (the Send button does not take it), and the
        // browser reports the blur of the removed field.
        if self.touched.try_with_untracked(|t| t.contains(path)) == Some(false) {
            self.touched.try_update(|t| {
                t.insert(path.to_string());
            });
        }
    }
}

