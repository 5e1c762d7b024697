//! What a task's answer created, as tables: the first lists of objects in the answer (the
//! copied components, the replicated backups), each row linked to its page where the task's
//! job kind says where rows lead ([`opsdeck_api::jobs::JobKind::row_link`]). Also what a form
//! knows from where it is opened: the item's ids as parameters, and body members of the same
//! name.

use leptos::prelude::*;
use opsdeck_api::jobs::{self, Link, Origin};
use opsdeck_api::schema::{ObjectSchema, Type};
use opsdeck_api::{catalog, OperationDecl};
use serde_json::{Map, Value};

use crate::i18n::use_lang;
use crate::router::links::link_href;
use crate::views::table::{Column, DataTable};

/// The lists of objects in an answer: at the top, as a member, or one object deeper
/// (`replication.backups`), with their item schema and a caption.
fn lists(ty: &'static Type, value: &Value, caption: opsdeck_api::Text, depth: u8, out: &mut Vec<(opsdeck_api::Text, &'static ObjectSchema, Vec<Value>)>) {
    match (ty, value) {
        (Type::Array(Type::Object(item)), Value::Array(rows)) if !rows.is_empty() => out.push((caption, item, rows.clone())),
        (Type::Object(schema), Value::Object(_)) if depth < 2 => {
            for f in schema.fields {
                if let Some(v) = value.get(f.name) {
                    lists(f.ty, v, f.label, depth + 1, out);
                }
            }
        }
        _ => {}
    }
}

/// Columns for rows: the linked resource's own columns when the rows have them all, else the
/// members any row fills (at most eight). The first column carries the row's link, and the
/// linked id is always shown.
fn columns(item: &'static ObjectSchema, rows: &[Value], link: Option<&Link>) -> Vec<Column> {
    let filled = |name: &str| rows.iter().any(|r| r.get(name).is_some_and(|v| !v.is_null() && v != "" && v != &Value::Array(vec![])));
    let resource = link.and_then(|l| catalog::resource(l.service, l.resource));
    let mut names: Vec<&'static str> = match resource {
        Some(r) if r.columns.iter().all(|c| item.field(c).is_some()) => r.columns.to_vec(),
        _ => item.fields.iter().map(|f| f.name).filter(|n| filled(n)).take(8).collect(),
    };
    if let Some(jobs::Source::Element(id)) = link.map(|l| l.id) {
        if let Some(f) = item.field(id).filter(|f| !names.contains(&f.name)) {
            names.push(f.name);
        }
    }
    names.into_iter().filter_map(|n| item.field(n)).map(|f| Column { field: f.name, label: f.label, sortable: false }).collect()
}

/// The answer's lists as tables with links.
#[component]
pub fn ResultTables(
    decl: &'static OperationDecl,
    answer: Value,
    /// The parameters and body that were sent (links may need them).
    params: Map<String, Value>,
    #[prop(optional)] body: Option<Value>,
) -> impl IntoView {
    let lang = use_lang();
    let Some(ty) = decl.response() else { return ().into_any() };
    let mut found = Vec::new();
    lists(ty, &answer, decl.title(), 0, &mut found);
    let link = jobs::kinds_started_by(decl).find_map(|k| k.row_link);
    found
        .into_iter()
        .map(|(caption, item, rows)| {
            let cols = columns(item, &rows, link.as_ref());
            let (params, body) = (params.clone(), body.clone());
            let row_href = link.map(|link| {
                Callback::new(move |row: Value| {
                    let origin = Origin { params: &params, body: body.as_ref() };
                    jobs::resolve_link(&link, origin, "", Some(&row)).map(|(id, p)| link_href(&link, &id, &p))
                })
            });
            let table = match row_href {
                Some(h) => view! { <DataTable columns=cols rows=rows caption=move || caption.get(lang.get()).to_string() row_href=h testid="result-table" /> }.into_any(),
                None => view! { <DataTable columns=cols rows=rows caption=move || caption.get(lang.get()).to_string() testid="result-table" /> }.into_any(),
            };
            view! {
                <div class="result-table">
                    <h3>{move || caption.get(lang.get())}</h3>
                    {table}
                </div>
            }
        })
        .collect_view()
        .into_any()
}

/// Parameter values from the context, typed as the operation declares them (ids from a URL
/// are text; `app_id` of the install is an integer).
pub fn typed_params(decl: &OperationDecl, fixed: Map<String, Value>) -> Map<String, Value> {
    let schema = decl.params_schema();
    fixed
        .into_iter()
        .map(|(k, v)| {
            let v = match (schema.field(&k).map(|f| f.ty), &v) {
                (Some(Type::Integer), Value::String(s)) => s.parse::<i64>().map(Value::from).unwrap_or(v),
                _ => v,
            };
            (k, v)
        })
        .collect()
}

/// A body with the members named like the context's values filled in (the vault's id in
/// `replicate.vault_id`), one level deep at most.
pub fn initial_body(decl: &OperationDecl, fixed: &Map<String, Value>) -> Value {
    let mut out = Map::new();
    let Some(schema) = decl.body_schema() else { return Value::Object(out) };
    for f in schema.fields {
        if let Some(v) = fixed.get(f.name).filter(|_| !f.rules.read_only) {
            out.insert(f.name.into(), v.clone());
        } else if let Type::Object(inner) = f.ty {
            let nested: Map<String, Value> = inner
                .fields
                .iter()
                .filter(|g| !g.rules.read_only)
                .filter_map(|g| fixed.get(g.name).map(|v| (g.name.to_string(), v.clone())))
                .collect();
            if !nested.is_empty() {
                out.insert(f.name.into(), Value::Object(nested));
            }
        }
    }
    Value::Object(out)
}
