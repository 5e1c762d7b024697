//! A list's filters: one input per documented filter parameter (a select when the service
//! lists the values), applied on change, and a button clearing them.

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
    view! {
        <div class="filter">
            <label for=id.clone()>{move || label.get(lang.get())}</label>
            <input id=id type="search" prop:value=value
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    list.set(vec![(param, Some(v.trim().to_string())), (list.offset_key(), None)]);
                } />
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
                        let value = i.get(choices.value).and_then(Value::as_str)?.to_string();
                        let label = i.get(choices.label).and_then(Value::as_str).unwrap_or(&value).to_string();
                        Some((value, label))
                    })
                    .collect::<Vec<_>>(),
            )
        }
    })
}
