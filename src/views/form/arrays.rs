//! Arrays: of objects (one group of fields per item) and of scalars (one input per item),
//! with add, remove and reorder buttons.

use leptos::prelude::*;
use opsdeck_api::json_path::{get_at, get_mut_at, path_string, remove_at, set_at, Seg};
use opsdeck_api::schema::{Field, Lang, ObjectSchema, Type};
use serde_json::{Map, Value};

use super::parts::{error_view, help_view, input_text, typed_input};
use super::{child, object_fields, FormState, Path};
use crate::i18n::{self, lang_now};

pub(crate) fn array_len(state: FormState, path: Path) -> Memo<usize> {
    Memo::new(move |_| state.value.with(|v| get_at(v, &path).and_then(Value::as_array).map_or(0, Vec::len)))
}

pub(crate) fn push_item(state: FormState, path: &Path, item: Value) {
    state.value.update(|v| {
        match get_mut_at(v, path) {
            Some(Value::Array(items)) => items.push(item),
            _ => set_at(v, path, Value::Array(vec![item])),
        }
    })
}

pub(crate) fn move_item(state: FormState, path: &Path, from: usize, to: usize) {
    state.value.update(|v| {
        if let Some(Value::Array(items)) = get_mut_at(v, path) {
            if from < items.len() && to < items.len() {
                items.swap(from, to);
            }
        }
    })
}

/// The add/remove/reorder buttons of one array item.
pub(crate) fn item_controls(field: &'static Field, path: Path, index: usize, len: Memo<usize>, state: FormState) -> impl IntoView {
    let lang = lang_now();
    let name = move |action: opsdeck_api::schema::Text| format!("{} {} {}", action.get(lang), field.label.get(lang), index + 1);
    let (p1, p2, p3) = (path.clone(), path.clone(), path);
    view! {
        <div class="item-controls">
            <button type="button" class="btn icon" aria-label=name(i18n::MOVE_UP) title=name(i18n::MOVE_UP)
                disabled=move || index == 0 on:click=move |_| move_item(state, &p1, index, index.saturating_sub(1))>"↑"</button>
            <button type="button" class="btn icon" aria-label=name(i18n::MOVE_DOWN) title=name(i18n::MOVE_DOWN)
                disabled={move || index + 1 >= len.get()} on:click=move |_| move_item(state, &p2, index, index + 1)>"↓"</button>
            <button type="button" class="btn link danger" aria-label=name(i18n::REMOVE)
                on:click=move |_| state.value.update(|v| { remove_at(v, &child(&p3, Seg::Index(index))); })>
                {i18n::REMOVE.get(lang)}
            </button>
        </div>
    }
}

pub(crate) fn object_array_view(field: &'static Field, schema: &'static ObjectSchema, path: Path, state: FormState) -> AnyView {
    let lang = lang_now();
    let len = array_len(state, path.clone());
    let max = field.rules.max_items.map(|m| m as usize);
    let id = state.dom_id(&path);
    let key = path_string(&path);
    // Items are named by the item model's title ("Label"), the list by the field ("Labels").
    let item_name = move |lang: Lang| if schema.title.is_empty() { field.label.get(lang) } else { schema.title.get(lang) };
    let items = {
        let path = path.clone();
        move || {
            (0..len.get())
                .map(|i| {
                    let item_path = child(&path, Seg::Index(i));
                    view! {
                        <div class="array-item" role="group" aria-label=format!("{} {}", item_name(lang), i + 1)>
                            <div class="item-head">
                                <span class="item-title">{format!("{} {}", item_name(lang), i + 1)}</span>
                                {item_controls(field, path.clone(), i, len, state)}
                            </div>
                            {untrack(|| object_fields(schema, item_path, state))}
                        </div>
                    }
                })
                .collect_view()
        }
    };
    let add_path = path.clone();
    view! {
        <fieldset class="array" id=id.clone()>
            <legend>
                {field.label.get(lang)}
                {move || max.map(|m| format!(" ({}/{m})", len.get()))}
            </legend>
            {help_view(state, &path, field, format!("{id}-help"))}
            {items}
            <button type="button" class="btn secondary" disabled={move || max.is_some_and(|m| len.get() >= m)}
                on:click=move |_| push_item(state, &add_path, Value::Object(Map::new()))>
                {format!("+ {}{}{}", i18n::ADD.get(lang), if lang == Lang::Zh { "" } else { " " }, item_name(lang))}
            </button>
            {error_view(state, key, format!("{id}-error"))}
        </fieldset>
    }
    .into_any()
}

pub(crate) fn scalar_array_view(field: &'static Field, item: &'static Type, path: Path, state: FormState) -> AnyView {
    let lang = lang_now();
    let len = array_len(state, path.clone());
    let id = state.dom_id(&path);
    let key = path_string(&path);
    let items = {
        let path = path.clone();
        move || {
            (0..len.get())
                .map(|i| {
                    let item_path = child(&path, Seg::Index(i));
                    let item_id = state.dom_id(&item_path);
                    let item_key = path_string(&item_path);
                    let read = {
                        let p = item_path.clone();
                        move || state.value.with(|v| input_text(get_at(v, &p)))
                    };
                    let p = item_path.clone();
                    view! {
                        <div class="array-scalar">
                            <label class="visually-hidden" for=item_id.clone()>{format!("{} {}", field.label.get(lang), i + 1)}</label>
                            <input id=item_id.clone() prop:value=read
                                on:input=move |ev| { let t = event_target_value(&ev); state.value.update(|v| set_at(v, &p, typed_input(item, t).unwrap_or(Value::String(String::new())))) } />
                            {item_controls(field, path.clone(), i, len, state)}
                            {error_view(state, item_key, format!("{item_id}-error"))}
                        </div>
                    }
                })
                .collect_view()
        }
    };
    let add_path = path.clone();
    view! {
        <fieldset class="array" id=id.clone()>
            <legend>{field.label.get(lang)}</legend>
            {help_view(state, &path, field, format!("{id}-help"))}
            {items}
            <button type="button" class="btn secondary" on:click=move |_| push_item(state, &add_path, Value::String(String::new()))>
                {format!("+ {}", i18n::phrase(lang, i18n::ADD, field.label))}
            </button>
            {error_view(state, key, format!("{id}-error"))}
        </fieldset>
    }
    .into_any()
}

