//! The detail view: every field of a resource, labelled from its schema.

use leptos::prelude::*;
use opsdeck_api::schema::{ObjectSchema, Type};
use serde_json::Value;

use crate::views::value::value_view;
use crate::i18n::use_lang;
use crate::views::table::{Column, DataTable};

#[component]
pub fn DetailView(
    schema: &'static ObjectSchema,
    value: Value,
    /// Schemas whose enum fields explain coded values.
    #[prop(optional)]
    enum_schemas: Vec<&'static ObjectSchema>,
) -> impl IntoView {
    let lang = use_lang();
    let rows = schema
        .fields
        .iter()
        .map(|f| {
            let v = value.get(f.name).cloned();
            let content = match (f.ty, &v) {
                // Lists of objects are small tables of their own.
                (Type::Array(Type::Object(item)), Some(Value::Array(items))) if !items.is_empty() => {
                    let cols: Vec<Column> = item.fields.iter().map(|c| Column { field: c.name, label: c.label, sortable: false }).collect();
                    let items = items.clone();
                    view! {
                        <DataTable columns=cols rows=items caption=move || f.label.get(lang.get()).to_string() />
                    }
                    .into_any()
                }
                (Type::Object(inner), Some(Value::Object(_))) => {
                    view! { <DetailView schema=inner value=v.clone().unwrap_or_default() /> }.into_any()
                }
                _ => {
                    // The item's own schema first: an answer that types a value as an
                    // enumeration explains it itself.
                    let schemas: Vec<&'static ObjectSchema> = std::iter::once(schema).chain(enum_schemas.iter().copied()).collect();
                    view! { {move || value_view(f.name, v.as_ref(), &schemas, lang.get(), true)} }.into_any()
                }
            };
            view! {
                <div class="detail-row">
                    <dt>{move || f.label.get(lang.get())}</dt>
                    <dd data-field=f.name>{content}</dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="detail">{rows}</dl> }
}
