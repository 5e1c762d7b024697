//! The parts every field has: its label, its help text, its problem, and the conversion
//! between its input's text and the JSON document.

use leptos::prelude::*;
use opsdeck_api::json_path::Seg;
use opsdeck_api::schema::{Field, Text, Type};
use serde_json::Value;

use super::FormState;
use crate::i18n::lang_now;

pub(crate) fn label_view(field: &'static Field, id: String) -> impl IntoView {
    let required = field.required;
    view! {
        <label for=id class="field-label">
            {field.label.get(lang_now())}
            {required.then(|| view! { <span class="req" aria-hidden="true">" *"</span> })}
        </label>
    }
}

/// The help text of the field at `path` of `state`, under the field (none when it has none).
pub(crate) fn help_view(state: FormState, path: &[Seg<'_>], field: &'static Field, id: String) -> impl IntoView {
    help_paragraph(super::help::help(state, path, field), id)
}

/// A help text under its field (nothing when it is empty).
pub(crate) fn help_paragraph(help: Text, id: String) -> impl IntoView {
    (!help.is_empty()).then(|| view! { <p class="help" id=id>{help.get(lang_now())}</p> })
}

pub(crate) fn error_view(state: FormState, path: String, id: String) -> impl IntoView {
    let lang = lang_now();
    move || {
        state.error_at(&path, lang).map(|e| view! { <p class="field-error" id=id.clone() role="alert">{e}</p> })
    }
}

/// Text for an input from the JSON value at its path.
pub(crate) fn input_text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// JSON for what was typed into an input of this type (`None` when it was emptied).
pub(crate) fn typed_input(ty: &Type, text: String) -> Option<Value> {
    (!text.is_empty()).then(|| crate::format::typed_value(ty, &text))
}

