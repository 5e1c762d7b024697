//! A nested object: a fieldset, folded while an optional one is absent.

use leptos::prelude::*;
use opsdeck_api::json_path::{get_at, path_string, remove_at, set_at};
use opsdeck_api::schema::{Field, ObjectSchema};
use serde_json::{Map, Value};

use super::parts::{error_view, help_view};
use super::{object_fields, FormState, Path};
use crate::i18n::{self, lang_now};

/// A nested object: a fieldset; an optional one stays folded until the user adds it.
pub(crate) fn object_view(field: &'static Field, schema: &'static ObjectSchema, path: Path, state: FormState) -> AnyView {
    let lang = lang_now();
    let present = {
        let path = path.clone();
        Memo::new(move |_| state.value.with(|v| get_at(v, &path).is_some_and(|x| !x.is_null())))
    };
    let required = field.required;
    let add = {
        let path = path.clone();
        move |_| state.value.update(|v| set_at(v, &path, Value::Object(Map::new())))
    };
    let remove = {
        let path = path.clone();
        move |_| state.value.update(|v| {
            remove_at(v, &path);
        })
    };
    let key = path_string(&path);
    let id = state.dom_id(&path);
    view! {
        <fieldset class="object" id=id.clone()>
            <legend>{field.label.get(lang)}</legend>
            {help_view(state, &path, field, format!("{id}-help"))}
            {move || {
                if required || present.get() {
                    // What the fields read while they are built must not build them again (a
                    // rebuild would reset a picker's search under the user's fingers).
                    let fields = untrack(|| object_fields(schema, path.clone(), state));
                    let remove = remove.clone();
                    view! {
                        {fields}
                        {(!required).then(|| view! {
                            <button type="button" class="btn link danger" on:click=remove>
                                {i18n::phrase(lang, i18n::REMOVE, field.label)}
                            </button>
                        })}
                    }
                    .into_any()
                } else {
                    let add = add.clone();
                    view! {
                        <button type="button" class="btn secondary" on:click=add>
                            {format!("+ {}", i18n::phrase(lang, i18n::ADD, field.label))}
                        </button>
                    }
                    .into_any()
                }
            }}
            {error_view(state, key, format!("{id}-error"))}
        </fieldset>
    }
    .into_any()
}

