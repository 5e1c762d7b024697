//! The tabs of an item's page: the item itself, each read-only view the resource declares
//! (records, configuration, managed resources) and each child resource's list. The tab is in
//! the URL (`?tab=…`).

use leptos::prelude::*;
use opsdeck_api::resource::ResourceDecl;
use opsdeck_api::schema::Type;
use opsdeck_api::{OperationDecl, Text};
use serde_json::{Map, Value};

use super::list::ResourceList;
use super::{enum_schemas, loading};
use crate::client::{self, Answer, CallError};
use crate::i18n::{self, tr, use_lang};
use crate::router::{self, use_query_map};
use crate::state::AppState;
use crate::views::detail::DetailView;
use crate::views::feedback::ErrorBanner;
use crate::views::table::{Column, DataTable};

/// The tab shown: `overview` (the item) unless the URL names another.
pub fn use_tab() -> Memo<String> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get("tab")).unwrap_or_else(|| "overview".into()))
}

/// The tab buttons of `r`'s page (none when it has only the item itself).
#[component]
pub fn TabButtons(r: &'static ResourceDecl, tab: Memo<String>) -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let select = move |key: String| {
        let mut q = query.get_untracked();
        if key == "overview" {
            q.remove("tab");
        } else {
            q.replace("tab", key);
        }
        router::replace_query(&q);
    };
    // (key, label, tooltip): a view's tooltip is its operation's full title.
    let mut tabs: Vec<(String, Text, Option<Text>)> = vec![("overview".into(), i18n::DETAILS, None)];
    tabs.extend(r.views.iter().map(|v| (v.op.id.to_string(), v.label, Some(v.op.title()))));
    tabs.extend(r.children.iter().map(|c| (c.key.to_string(), c.title, None)));
    let buttons = tabs
        .into_iter()
        .map(|(key, label, tooltip)| {
            let k2 = key.clone();
            view! {
                <button type="button" role="tab" aria-selected=move || (tab.get() == k2).to_string() on:click=move |_| select(key.clone())
                    title=move || tooltip.map(|t| t.get(lang.get()))>
                    {move || label.get(lang.get())}
                </button>
            }
        })
        .collect_view();
    (!r.views.is_empty() || !r.children.is_empty()).then(|| view! { <div class="page-tabs" role="tablist">{buttons}</div> })
}

/// The panel of the tab `tab` of the item with `params`, whose own answer is `data`.
pub fn tab_panel(r: &'static ResourceDecl, tab: &str, params: Memo<Map<String, Value>>, data: LocalResource<Result<Answer, CallError>>) -> AnyView {
    if let Some(view) = r.views.iter().find(|v| v.op.id == tab) {
        return view! { <OperationView decl=view.op params=params.get() /> }.into_any();
    }
    if let Some(child) = r.children.iter().find(|c| c.key == tab) {
        // The child's operations take this item's id under the child's parent parameter.
        let mut fixed = params.get();
        if let (Some(link), Some(id)) = (child.parent, params.with(|p| p.get(r.id_param).cloned())) {
            fixed.remove(r.id_param);
            fixed.insert(link.param.into(), id);
        }
        return super::list_meta::with_list_meta(child, move || view! { <ResourceList resource=child fixed=fixed.clone() /> }.into_any());
    }
    match data.get() {
        None => loading(),
        Some(Err(e)) => view! { <ErrorBanner error=Some(e) /> }.into_any(),
        Some(Ok(a)) => {
            // Some services wrap the item (`{"vault": {…}}`): the page shows the item.
            let schema = r.get_item_schema().or(super::list_meta::loaded(r).items).expect("an object");
            let raw = serde_json::to_string_pretty(&a.value).unwrap_or_default();
            view! {
                <DetailView schema=schema value=r.item_in(&a.value).clone() enum_schemas=enum_schemas(r) />
                <details class="raw">
                    <summary>{tr(i18n::RAW_JSON)}</summary>
                    <pre class="code">{raw}</pre>
                </details>
            }
            .into_any()
        }
    }
}

/// A read-only view about one item (records, configuration, managed resources): the
/// operation's answer, as a table when it is a list.
#[component]
fn OperationView(decl: &'static OperationDecl, params: Map<String, Value>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let data = LocalResource::new(move || {
        let p = params.clone();
        async move { client::call(state, decl, p, None).await }
    });
    move || match data.get() {
        None => loading(),
        Some(Err(e)) => view! { <ErrorBanner error=Some(e) /> }.into_any(),
        Some(Ok(a)) => {
            let schema = decl.response_schema();
            // The first list of objects in the answer is shown as a table.
            let list = schema.and_then(|s| {
                s.fields.iter().find_map(|f| match f.ty {
                    Type::Array(Type::Object(item)) => a.value.get(f.name).and_then(Value::as_array).map(|rows| (f, *item, rows.clone())),
                    _ => None,
                })
            });
            match (list, schema) {
                (Some((_, _, rows)), _) if rows.is_empty() => view! { <p class="empty">{tr(i18n::EMPTY_LIST)}</p> }.into_any(),
                (Some((field, item, rows)), _) => {
                    let cols: Vec<Column> = item.fields.iter().take(8).map(|c| Column { field: c.name, label: c.label, sortable: false }).collect();
                    view! { <DataTable columns=cols rows=rows caption=Signal::derive(move || field.label.get(lang.get()).to_string()) /> }.into_any()
                }
                (None, Some(schema)) => view! { <DetailView schema=schema value=a.value /> }.into_any(),
                (None, None) => view! { <pre class="code">{serde_json::to_string_pretty(&a.value).unwrap_or_default()}</pre> }.into_any(),
            }
        }
    }
}
