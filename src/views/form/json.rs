//! JSON editors: free-form fields and string maps, and the whole form as raw JSON.

use leptos::prelude::*;
use opsdeck_api::json_path::{get_at, path_string, remove_at, set_at};
use opsdeck_api::schema::Field;
use serde_json::Value;

use super::parts::{error_view, help_view, label_view};
use super::{FormState, Path};
use crate::i18n::{self, lang_now, tr};

/// Free-form objects and string maps: a JSON editor that reports syntax errors and keeps the
/// text as typed until it parses (across a rebuild of the form too: [`FormState::drafts`]).
pub(crate) fn json_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    let lang = lang_now();
    let id = state.dom_id(&path);
    let key = path_string(&path);
    let current = state.value.with_untracked(|v| get_at(v, &path).cloned());
    let draft = state.drafts.with_value(|d| d.get(&key).filter(|(_, over)| *over == current).map(|(text, _)| text.clone()));
    let initial = draft.clone().unwrap_or_else(|| current.map(|x| serde_json::to_string_pretty(&x).unwrap_or_default()).unwrap_or_default());
    let text = RwSignal::new(initial);
    let syntax = RwSignal::new(draft.and_then(|t| serde_json::from_str::<Value>(&t).err()).map(|e| e.to_string()));
    let draft_key = key.clone();
    let help = help_view(state, &path, field, format!("{id}-help"));
    let on_input = move |ev| {
        let t = event_target_value(&ev);
        text.set(t.clone());
        let parsed = (!t.trim().is_empty()).then(|| serde_json::from_str::<Value>(&t));
        match parsed {
            None => {
                state.drafts.update_value(|d| {
                    d.remove(&draft_key);
                });
                syntax.set(None);
                state.value.update(|v| {
                    remove_at(v, &path);
                });
            }
            Some(Ok(parsed)) => {
                state.drafts.update_value(|d| {
                    d.remove(&draft_key);
                });
                syntax.set(None);
                state.value.update(|v| set_at(v, &path, parsed));
            }
            Some(Err(e)) => {
                let over = state.value.with_untracked(|v| get_at(v, &path).cloned());
                state.drafts.update_value(|d| {
                    d.insert(draft_key.clone(), (t, over));
                });
                syntax.set(Some(e.to_string()));
            }
        }
    };
    view! {
        <div class="field">
            {label_view(field, id.clone())}
            <textarea id=id.clone() class="code" rows="4" spellcheck="false" prop:value=move || text.get() on:input=on_input
                aria-describedby=format!("{id}-help {id}-error")></textarea>
            {help}
            {move || syntax.get().map(|e| view! { <p class="field-error" role="alert">{format!("JSON: {e}")}</p> })}
            {error_view(state, key, format!("{id}-error"))}
            <span class="visually-hidden">{i18n::RAW_JSON.get(lang)}</span>
        </div>
    }
    .into_any()
}

/// The whole form as raw JSON, editable; it writes back into the same state, so switching
/// modes loses nothing.
#[component]
pub fn RawJsonEditor(state: FormState) -> impl IntoView {
    let text = RwSignal::new(state.value.with_untracked(|v| serde_json::to_string_pretty(v).unwrap_or_default()));
    let syntax = RwSignal::new(None::<String>);
    let label = tr(i18n::RAW_JSON);
    view! {
        <div class="field">
            <label for="raw-json" class="field-label">{label}</label>
            <textarea id="raw-json" class="code" rows="18" spellcheck="false" prop:value=move || text.get()
                on:input=move |ev| {
                    let t = event_target_value(&ev);
                    text.set(t.clone());
                    match serde_json::from_str::<Value>(&t) {
                        Ok(v) => { syntax.set(None); state.value.set(v); }
                        Err(e) => syntax.set(Some(e.to_string())),
                    }
                }></textarea>
            {move || syntax.get().map(|e| view! { <p class="field-error" role="alert">{format!("JSON: {e}")}</p> })}
        </div>
    }
}

