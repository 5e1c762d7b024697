//! Fields with one input: text and numbers, files, enum selects, check boxes.

use leptos::prelude::*;
use opsdeck_api::json_path::{get_at, path_string, remove_at, set_at};
use opsdeck_api::schema::{Field, Type};
use serde_json::Value;

use super::parts::{error_view, help_paragraph, help_view, input_text, label_view, typed_input};
use super::{FormState, Path};
use crate::i18n::{self, lang_now};

pub(crate) fn input_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    let id = state.dom_id(&path);
    let key = path_string(&path);
    let (help_id, error_id) = (format!("{id}-help"), format!("{id}-error"));
    let kind = match field.ty {
        Type::Integer | Type::Number => "number",
        _ if field.rules.secret => "password",
        _ => "text",
    };
    // Multi-line text (file contents, scripts) needs a text area: a one-line input would drop
    // its line breaks.
    let long = field.rules.max_len.is_some_and(|m| m > 256)
        || matches!(field.name, "content" | "server_xml" | "script" | "command" | "yaml" | "template" | "value_yaml")
        || field.name.ends_with("_content");
    let as_value = move |text: &str| typed_input(field.ty, text.to_string()).unwrap_or(Value::String(String::new()));
    let read = {
        let path = path.clone();
        move || state.value.with(|v| input_text(get_at(v, &path)))
    };
    let write = {
        let path = path.clone();
        move |text: String| {
            let new = as_value(&text);
            state.value.update(|v| set_at(v, &path, new))
        }
    };
    // A one-line input is updated from the form only when what it holds means something else:
    // a number typed as "3" is not rewritten as "3.0" (which turned "3.5", typed key by key,
    // into "3.05"), while a value set elsewhere (raw JSON, a reset) replaces it.
    let node = NodeRef::<leptos::html::Input>::new();
    {
        let path = path.clone();
        Effect::new(move |_| {
            let current = state.value.with(|v| get_at(v, &path).cloned());
            if let Some(el) = node.get() {
                if Some(as_value(&el.value())) != current {
                    el.set_value(&input_text(current.as_ref()));
                }
            }
        });
    }
    let invalid = {
        let key = key.clone();
        let lang = lang_now();
        move || state.error_at(&key, lang).is_some().to_string()
    };
    let on_blur = {
        let key = key.clone();
        move |_| state.touch(&key)
    };
    let described = format!("{help_id} {error_id}");
    // Marked as an example: a placeholder must not pass for a value (or an id) to use.
    let placeholder = field.rules.example.map(|e| format!("{} {e}", crate::i18n::EXAMPLE_PREFIX.get(crate::i18n::lang_now()))).unwrap_or_default();
    let control = if long {
        let write = write.clone();
        view! {
            <textarea id=id.clone() name=key.clone() rows="3" prop:value=read aria-invalid=invalid aria-describedby=described.clone()
                maxlength=field.rules.max_len.map(|m| m.to_string())
                on:input=move |ev| write(event_target_value(&ev)) on:blur=on_blur.clone()></textarea>
        }
        .into_any()
    } else {
        view! {
            <input node_ref=node id=id.clone() name=key.clone() type=kind prop:value=read() aria-invalid=invalid aria-describedby=described
                placeholder=placeholder autocomplete="off"
                on:input=move |ev| {
                    // Half a number ("3." on the way to "3.5") reads as "" from a number input:
                    // leave the form as it is until the text means a number again.
                    let bad = event_target::<web_sys::HtmlInputElement>(&ev).validity().bad_input();
                    if !bad {
                        write(event_target_value(&ev))
                    }
                } on:blur=on_blur />
        }
        .into_any()
    };
    view! {
        <div class="field">
            {label_view(field, id.clone())}
            {control}
            {help_view(state, &path, field, help_id)}
            {error_view(state, key, error_id)}
        </div>
    }
    .into_any()
}

/// A file chosen from the disk, kept in the form as a data URL (see `opsdeck_api::multipart`).
pub(crate) fn file_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    let lang = lang_now();
    let id = state.dom_id(&path);
    let key = path_string(&path);
    let chosen = {
        let path = path.clone();
        move || {
            state.value.with(|v| {
                get_at(v, &path)
                    .and_then(Value::as_str)
                    .and_then(opsdeck_api::multipart::parse_file_data_url)
                    .map(|(_, name, bytes)| format!("{name} ({} KB)", bytes.len().div_ceil(1024)))
            })
        }
    };
    let on_change = {
        let path = path.clone();
        move |ev: leptos::ev::Event| {
            use wasm_bindgen::JsCast;
            let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            let path = path.clone();
            leptos::task::spawn_local(async move {
                let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else { return };
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                let media = Some(file.type_()).filter(|t| !t.is_empty()).unwrap_or_else(|| "application/octet-stream".into());
                let url = opsdeck_api::multipart::file_data_url(&media, &file.name(), &bytes);
                state.value.update(|v| set_at(v, &path, Value::String(url)));
            });
        }
    };
    let touch_key = key.clone();
    view! {
        <div class="field">
            {label_view(field, id.clone())}
            <input id=id.clone() type="file" name=key.clone() on:change=on_change on:blur=move |_| state.touch(&touch_key)
                aria-describedby=format!("{id}-help {id}-error") />
            {move || chosen().map(|c| view! { <p class="muted small" data-testid="chosen-file">{c}</p> })}
            {help_view(state, &path, field, format!("{id}-help"))}
            {error_view(state, key, format!("{id}-error"))}
            <span class="visually-hidden">{field.label.get(lang)}</span>
        </div>
    }
    .into_any()
}

pub(crate) fn select_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    let Type::Enum(schema) = field.ty else { unreachable!() };
    let lang = lang_now();
    let id = state.dom_id(&path);
    let key = path_string(&path);
    let read = {
        let path = path.clone();
        move || state.value.with(|v| input_text(get_at(v, &path)))
    };
    let on_change = {
        let path = path.clone();
        move |ev| {
            let text = event_target_value(&ev);
            state.value.update(|v| {
                if text.is_empty() {
                    let _ = remove_at(v, &path);
                } else {
                    set_at(v, &path, Value::String(text))
                }
            })
        }
    };
    let options = schema
        .values
        .iter()
        .map(|opt| {
            view! { <option value=opt.value>{format!("{} — {}", opt.meaning.get(lang), opt.value)}</option> }
        })
        .collect_view();
    let touch_key = key.clone();
    view! {
        <div class="field">
            {label_view(field, id.clone())}
            <select id=id.clone() name=key.clone() prop:value=read on:change=on_change on:blur=move |_| state.touch(&touch_key)
                aria-describedby=format!("{id}-help {id}-error")>
                <option value="">{format!("— {} —", i18n::NOT_SET.get(lang))}</option>
                {options}
            </select>
            {help_view(state, &path, field, format!("{id}-help"))}
            {error_view(state, key, format!("{id}-error"))}
        </div>
    }
    .into_any()
}

pub(crate) fn checkbox_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    let lang = lang_now();
    let id = state.dom_id(&path);
    let key = path_string(&path);
    // An unticked box means false: a required boolean starts as false rather than missing.
    if field.required && state.value.with_untracked(|v| get_at(v, &path).is_none()) {
        state.value.update_untracked(|v| set_at(v, &path, Value::Bool(false)));
        state.value.notify();
    }
    let read = {
        let path = path.clone();
        move || state.value.with(|v| get_at(v, &path).and_then(Value::as_bool).unwrap_or(false))
    };
    // A warning (extra charges) stands out once the box is ticked.
    let help = {
        let read = read.clone();
        let help_id = format!("{id}-help");
        let text = super::help::help(state, &path, field);
        move || {
            if field.rules.caution && read() {
                view! { <p class="banner warn caution" id=help_id.clone() role="note">{format!("⚠ {}", text.get(lang))}</p> }.into_any()
            } else {
                help_paragraph(text, help_id.clone()).into_any()
            }
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let checked = event_target_checked(&ev);
        state.value.update(|v| set_at(v, &path, Value::Bool(checked)))
    };
    view! {
        <div class="field field-check">
            <input id=id.clone() type="checkbox" name=key.clone() prop:checked=read on:change=on_change
                aria-describedby=format!("{id}-help") />
            <label for=id.clone()>{field.label.get(lang)}</label>
            {help}
            {error_view(state, key, format!("{id}-error"))}
        </div>
    }
    .into_any()
}

