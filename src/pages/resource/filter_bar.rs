//! A list's filters: one input per documented filter parameter (a select when the service
//! lists the values), applied as the user types (after a short pause) or chooses, and a button
//! clearing them.
//!
//! The services match a filter parameter exactly (a whole name, not a part of it), so a text
//! filter says so in its placeholder, and the list falls back to matching a part of the text
//! on the page it has loaded when the service finds nothing (see `list::fetch_page`).

use leptos::prelude::*;
use opsdeck_api::catalog;
use opsdeck_api::resource::Filter;
use opsdeck_api::schema::Choices;
use opsdeck_api::Text;
use serde_json::{Map, Value};

use super::list_query::ListQuery;
use crate::client;
use crate::i18n::{self, tr, use_lang};
use crate::state::AppState;

/// How long typing must pause before a text filter is applied: long enough not to ask the
/// service once per key, short enough to feel immediate.
const DEBOUNCE_MS: u64 = 300;
/// The placeholder of a text filter: the service compares whole values.
const EXACT_HINT: Text = Text::new("完整值，精确匹配", "Whole value, exact match");

/// The filters of `list`, then "clear filters" while one holds a value.
pub fn filter_bar(list: ListQuery) -> impl IntoView {
    let filters = list.resource.filters.iter().map(|f| filter(list, f)).collect_view();
    let clear = move |_| list.set(list.resource.filters.iter().map(|f| (f.param, None)).collect());
    view! {
        {filters}
        {move || list.any_filter.get().then(|| view! { <button type="button" class="btn link" on:click=clear>{tr(i18n::CLEAR_FILTERS)}</button> })}
    }
}

/// One filter: a search input, or a select of the values the service lists (4.3.11's filter
/// options).
fn filter(list: ListQuery, f: &'static Filter) -> AnyView {
    let lang = use_lang();
    let r = list.resource;
    let field = list.list_decl.params_schema().field(f.param);
    let label = field.map(|x| x.label).unwrap_or(Text::new(f.param, f.param));
    let id = format!("filter-{}-{}", r.key, f.param);
    let param = f.param;
    let value = move || list.query.with(|q| q.get(param).unwrap_or_default());
    // A documented set of values: a select of their meanings (the service matches the value).
    if let Some(e) = field.and_then(|x| match x.ty {
        opsdeck_api::schema::Type::Enum(e) => Some(e),
        _ => None,
    }) {
        let options = e.values.iter().map(|v| view! { <option value=v.value>{move || v.meaning.get(lang.get())}</option> }).collect_view();
        return view! {
            <div class="filter">
                <label for=id.clone()>{move || label.get(lang.get())}</label>
                <select id=id prop:value=value
                    on:change=move |ev| list.set(vec![(param, Some(event_target_value(&ev))), (list.offset_key(), None)])>
                    <option value="">{move || format!("— {} —", i18n::ALL.get(lang.get()))}</option>
                    {options}
                </select>
            </div>
        }
        .into_any();
    }
    if let Some(choices) = field.and_then(|x| x.rules.choices()) {
        let options = filter_options(expect_context::<AppState>(), choices);
        return view! {
            <div class="filter">
                <label for=id.clone()>{move || label.get(lang.get())}</label>
                <select id=id prop:value=value
                    on:change=move |ev| list.set(vec![(param, Some(event_target_value(&ev))), (list.offset_key(), None)])>
                    <option value="">{move || format!("— {} —", i18n::ALL.get(lang.get()))}</option>
                    {move || options.get().flatten().unwrap_or_default().into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                </select>
            </div>
        }
        .into_any();
    }
    // Applied after a pause in typing (the pending timer is replaced at each key), or at once
    // on Enter or when the field is left.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let apply = move |v: String| {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        pending.set_value(None);
        let v = v.trim().to_string();
        if list.query.with_untracked(|q| q.get(param).unwrap_or_default()) != v {
            list.set(vec![(param, Some(v)), (list.offset_key(), None)]);
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(move || apply(v), std::time::Duration::from_millis(DEBOUNCE_MS)).ok();
        pending.set_value(handle);
    };
    view! {
        <div class="filter">
            <label for=id.clone()>{move || label.get(lang.get())}</label>
            <input id=id type="search" prop:value=value placeholder=move || EXACT_HINT.get(lang.get())
                on:input=on_input
                on:change=move |ev| apply(event_target_value(&ev)) />
        </div>
    }
    .into_any()
}

/// The values a filter offers, as (value, label), read from the operation that lists them.
fn filter_options(state: AppState, choices: Choices) -> LocalResource<Option<Vec<(String, String)>>> {
    LocalResource::new(move || {
        let choices = choices.clone();
        async move {
            let decl = catalog::operation(choices.op)?;
            let answer = client::call(state, decl, Map::new(), None).await.ok()?;
            Some(
                choices
                    .items_in(&answer.value)
                    .into_iter()
                    .filter_map(|i| {
                        let value = Choices::member(i, choices.value).and_then(Value::as_str)?.to_string();
                        let label = Choices::member(i, choices.label).and_then(Value::as_str).unwrap_or(&value).to_string();
                        Some((value, label))
                    })
                    .collect::<Vec<_>>(),
            )
        }
    })
}
