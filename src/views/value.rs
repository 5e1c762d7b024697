//! One value of an item as tables and detail pages show it: times as a relative time with the
//! exact time on hover, long ids cut to their start with the whole id on hover and a copy
//! button, multi-line text as a block that keeps its lines, invisible characters made visible.
//! The texts themselves come from `format`, which the CSV export uses too.

use leptos::prelude::*;
use opsdeck_api::schema::{Lang, ObjectSchema};
use serde_json::Value;

use crate::format::{cell_text, format_time, is_time_field, relative_time, time_ms, visible_controls};
use crate::i18n;

/// Ids longer than this are cut in tables (a UUID is 36).
const LONG_ID: usize = 16;

/// Whether `field` holds an id (`id`, `vault_id`, `projectId`).
fn is_id_field(field: &str) -> bool {
    field == "id" || field.ends_with("_id") || field.ends_with("Id") || field.ends_with("_uuid")
}

/// The view of `value` for the field named `field`; `block`: the detail page's room, where
/// multi-line text is shown whole.
pub fn value_view(field: &'static str, value: Option<&Value>, schemas: &[&'static ObjectSchema], lang: Lang, block: bool) -> AnyView {
    match value {
        Some(v) if is_time_field(field) && time_ms(v).is_some() => {
            let ms = time_ms(v).unwrap_or(0.0);
            let exact = format_time(ms, lang);
            let iso = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms)).to_iso_string().as_string().unwrap_or_default();
            let relative = relative_time(ms, js_sys::Date::now(), lang);
            view! { <time datetime=iso title=exact.clone() aria-label=exact>{relative}</time> }.into_any()
        }
        Some(Value::String(s)) if s.contains('\n') && block => {
            view! { <pre class="code multiline">{visible_controls(s).into_owned()}</pre> }.into_any()
        }
        Some(Value::String(s)) if s.contains('\n') => {
            // A table cell keeps one line: the first, and how many follow.
            let first = visible_controls(s.lines().next().unwrap_or("")).into_owned();
            let more = s.lines().count().saturating_sub(1);
            view! { <span class="mono" title=visible_controls(s).into_owned()>{first}{(more > 0).then(|| format!(" … (+{more})"))}</span> }.into_any()
        }
        Some(Value::String(s)) if is_id_field(field) && s.chars().count() > LONG_ID && !s.contains(' ') => long_id(s.clone(), lang, block),
        _ => {
            let text = cell_text(field, value, schemas, lang);
            let marked = text.contains('⟦');
            view! { <span class:has-invisible=marked>{text}</span> }.into_any()
        }
    }
}

/// A long id: its start (CSS cuts it in tables; a detail page has room for all of it), the
/// whole id on hover and to screen readers, a copy button.
fn long_id(id: String, lang: Lang, room: bool) -> AnyView {
    let copied = RwSignal::new(false);
    let to_copy = id.clone();
    let copy = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&to_copy);
        }
        copied.set(true);
    };
    let label = format!("{} {}", i18n::COPY.get(lang), id);
    let whole = id.clone();
    view! {
        <span class=if room { "long-id whole" } else { "long-id" }>
            <span class="long-id-text mono" title=whole>{id}</span>
            <button type="button" class="copy-id" aria-label=label on:click=copy>
                {move || if copied.get() { i18n::COPIED.get(lang) } else { i18n::COPY.get(lang) }}
            </button>
        </span>
    }
    .into_any()
}
