//! The scope of a list whose path needs more than its parents' ids (Rainbond's apps live in a
//! team and a region: `ResourceDecl::scope_params`). The bar shows those parameters as the
//! list operation declares them (their `choices` make them selects, filled with the first
//! option until the user picks another) and keeps them in the page's URL.

use leptos::prelude::*;
use opsdeck_api::resource::ResourceDecl;
use opsdeck_api::schema::Text;
use serde_json::{Map, Value};

use crate::i18n::use_lang;
use crate::views::form::choices::{ParamsForm, PickFirst};
use opsdeck_api::json_path::Seg;

use crate::views::form::{self, FormState};

const SCOPE: Text = Text::new("范围", "Scope");

#[component]
pub fn ScopeBar(
    resource: &'static ResourceDecl,
    /// The scope as the page's URL has it.
    values: Map<String, Value>,
    /// Called with every scope value whenever one of them is set (by the user, or to the first
    /// option), so that each change of the URL carries the whole scope.
    on_change: Callback<Vec<(&'static str, String)>>,
) -> impl IntoView {
    let lang = use_lang();
    let Some(list) = resource.page_list() else { return ().into_any() };
    let names = resource.scope_params();
    let initial: Map<String, Value> = values.into_iter().filter(|(k, _)| names.contains(&k.as_str())).collect();
    let state = FormState::for_params(list.id, list.params(), Value::Object(initial.clone()));
    provide_context(ParamsForm(state));
    provide_context(PickFirst);
    let seen = StoredValue::new(initial);
    Effect::new(move |_| {
        let now = state.value.get();
        let text = |v: Option<&Value>| match v {
            Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let current: Vec<(&'static str, String)> =
            resource.scope_params().into_iter().filter_map(|name| text(now.get(name)).map(|v| (name, v))).collect();
        let changed = current.iter().any(|(name, v)| seen.with_value(|s| text(s.get(*name)).as_deref() != Some(v.as_str())));
        if changed {
            seen.set_value(current.iter().map(|(k, v)| (k.to_string(), Value::String(v.clone()))).collect());
            on_change.run(current);
        }
    });
    let fields = form::per_language(move || {
        names
            .iter()
            .filter_map(|n| list.params_schema().field(n))
            .map(|f| view! { <div class="scope-field">{form::field_view(f, vec![Seg::Key(f.name)], state)}</div> })
            .collect_view()
            .into_any()
    });
    view! {
        <div class="toolbar scope" role="group" aria-label=move || SCOPE.get(lang.get())>{fields}</div>
    }
    .into_any()
}

crate::chunks::split_view!(forms,
    /// The scope bar: its fields are form fields, so it comes with the form renderer's chunk.
    fn scope_bar(resource: &'static ResourceDecl, values: Map<String, Value>, on_change: Callback<Vec<(&'static str, String)>>) =>
        ScopeBar(ScopeBarProps { resource, values, on_change }));
