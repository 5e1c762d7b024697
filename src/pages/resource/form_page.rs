//! The create and edit pages: the body form (or raw JSON) of the resource's create or update
//! operation beside the live request preview, sent through the operation-call hook
//! ([`crate::views::operation_call`]); the server's error shows above the form, which keeps
//! the input. A successful call opens the item (and follows the job it started).

use leptos::prelude::*;
use opsdeck_api::resource::ResourceDecl;
use opsdeck_api::schema::Type;
use opsdeck_api::{Lang, OperationDecl, Text};
use serde_json::{Map, Value};

use super::{Breadcrumbs, use_context_params, use_item_params, with_resource, NotFound};
use crate::client;
use crate::i18n::{self, tr, use_lang};
use crate::router::{self, links::{item_href, list_href}};
use crate::state::AppState;
use crate::views::feedback::ErrorBanner;
use crate::views::form::{keep_focus_on_button_press, FormState};
use crate::views::operation_call::{body_editor, raw_toggle, send_button, use_operation_call, CallParams, Sent};
use crate::views::preview::RequestPreview;

/// The create page of the routed resource.
#[component]
pub fn ResourceCreatePage() -> impl IntoView {
    with_resource(|r| view! { <ResourceCreate resource=r /> })
}

/// The edit page of the routed item.
#[component]
pub fn ResourceEditPage() -> impl IntoView {
    with_resource(|r| view! { <ResourceEdit resource=r /> })
}

crate::chunks::split_view!(forms,
    /// The create page, with the form renderer's chunk.
    fn create_page() => view! { <ResourceCreatePage /> });
crate::chunks::split_view!(forms,
    /// The edit page, with the form renderer's chunk.
    fn edit_page() => view! { <ResourceEditPage /> });

#[component]
pub fn ResourceCreate(resource: &'static ResourceDecl) -> impl IntoView {
    let r = resource;
    let lang = use_lang();
    let context = use_context_params(r).get_untracked();
    let Some(decl) = r.create else { return view! { <NotFound /> }.into_any() };
    let Some(body) = decl.body() else { return view! { <NotFound /> }.into_any() };
    // A parent given in the URL also fills the body field of the same name (config_group_id).
    let mut initial = Map::new();
    if let Some(schema) = body.as_object() {
        for (k, v) in &context {
            if schema.field(k).is_some() {
                initial.insert(k.clone(), v.clone());
            }
        }
    }
    let form = FormState::new(decl.id, body, Value::Object(initial));
    let title = Signal::derive(move || i18n::phrase(lang.get(), i18n::CREATE, r.singular));
    view! { <OperationForm resource=r decl=decl form=form params=context title=title submit_label=i18n::CREATE done_text=i18n::CREATED /> }.into_any()
}

#[component]
pub fn ResourceEdit(resource: &'static ResourceDecl) -> impl IntoView {
    let r = resource;
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let params = use_item_params(r);
    let (Some(get), Some(update)) = (r.get, r.update) else { return view! { <NotFound /> }.into_any() };
    let Some(body) = update.body() else { return view! { <NotFound /> }.into_any() };
    let data = LocalResource::new(move || {
        let p = params.get();
        async move { client::call(state, get, p, None).await }
    });
    let title = Signal::derive(move || i18n::phrase(lang.get(), i18n::EDIT, r.singular));
    (move || match data.get() {
        None => view! { <div class="page"><p class="loading" role="status">{tr(i18n::LOADING)}</p></div> }.into_any(),
        Some(Err(e)) => view! { <div class="page"><ErrorBanner error=Some(e) /></div> }.into_any(),
        Some(Ok(a)) => {
            let form = FormState::new(update.id, body, initial_for_update(body, &a.value));
            view! { <OperationForm resource=r decl=update form=form params=params.get_untracked() title=title submit_label=i18n::SAVE done_text=i18n::UPDATED /> }.into_any()
        }
    })
    .into_any()
}

/// The update body's fields, taken from the current resource.
fn initial_for_update(body: &'static Type, item: &Value) -> Value {
    let mut out = Map::new();
    if let (Some(schema), Some(map)) = (body.as_object(), item.as_object()) {
        for f in schema.fields {
            if let Some(v) = map.get(f.name).filter(|v| !v.is_null()) {
                out.insert(f.name.to_string(), v.clone());
            }
        }
    }
    Value::Object(out)
}

/// The form page for create and edit: the schema form (or raw JSON), the live request
/// preview, and the server's error next to the form; the input survives any failure.
#[component]
fn OperationForm(
    resource: &'static ResourceDecl,
    decl: &'static OperationDecl,
    form: FormState,
    /// Path parameters besides the project (e.g. the id being edited).
    params: Map<String, Value>,
    title: Signal<String>,
    submit_label: Text,
    done_text: Text,
) -> impl IntoView {
    let r = resource;
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let raw = RwSignal::new(false);
    let call = use_operation_call(decl, CallParams::Fixed(StoredValue::new(params)), Some(form));
    // Leaving with unsaved input asks first; after a successful send the page moves on
    // without asking.
    router::leave_guard::guard_unsaved(Signal::derive(move || form.changed()));
    let on_submit = move |ev| {
        call.submit(ev, move |sent| {
            // The answer may carry only the new id: the name is the one that was sent.
            let name = [Some(&sent.answer.value), sent.body.as_ref()]
                .into_iter()
                .flatten()
                .find_map(|v| r.item_in(v).get(r.name_field).and_then(Value::as_str).filter(|n| !n.is_empty()))
                .unwrap_or_default()
                .to_string();
            let l = lang.get_untracked();
            if r.create.is_some_and(|c| std::ptr::eq(c, decl)) {
                let zh = format!("{}{name}", i18n::phrase(Lang::Zh, i18n::CREATE, r.singular));
                let en = format!("{} {name}", i18n::phrase(Lang::En, i18n::CREATE, r.singular));
                call.job_name.set_value(Some((zh, en.trim().to_string())));
            }
            let href = answered_item_href(r, sent);
            state.toast_to(format!("{} {name} · {}", i18n::phrase(l, r.singular, Text::EMPTY).trim(), done_text.get(l)), href.clone());
            router::navigate(href.as_deref().unwrap_or(&list_href(r)));
            // Creating or changing a component starts a deploy job: it leads to the item.
            href
        })
    };
    let problems = move || {
        (form.submitted.get() && !form.violations.with(Vec::is_empty))
            .then(|| view! { <p class="banner warn" role="alert">{move || format!("{} ({})", i18n::FIX_ERRORS.get(lang.get()), form.violations.with(Vec::len))}</p> })
    };
    view! {
        <div class="page">
            <Breadcrumbs r=r />
            <div class="page-head">
                <h1>{move || title.get()}</h1>
                {raw_toggle(raw)}
            </div>
            <div class="form-layout">
                <form class="op-form" novalidate=true on:submit=on_submit on:mousedown=keep_focus_on_button_press aria-label=move || title.get()>
                    <ErrorBanner error=call.error on_dismiss=Callback::new(move |_| call.error.set(None)) />
                    {problems}
                    {body_editor(form, raw)}
                    <div class="form-actions">
                        {send_button(call, submit_label)}
                        <a class="btn secondary" href=list_href(r)>{tr(i18n::CANCEL)}</a>
                    </div>
                </form>
                <RequestPreview request=call.preview() />
            </div>
        </div>
    }
}

/// The page of the created or edited item: the answer's id, or the one being edited. Some
/// answers name the new item by its parameter name (`component_id`).
fn answered_item_href(r: &'static ResourceDecl, sent: &Sent) -> Option<String> {
    let mut item = sent.answer.value.clone();
    if item.get(r.id_field).and_then(Value::as_str).is_none() {
        let id = item.get(r.id_param).cloned().or_else(|| sent.params.get(r.id_param).cloned());
        if let (Some(obj), Some(id)) = (item.as_object_mut(), id) {
            obj.insert(r.id_field.into(), id);
        }
    }
    item_href(r, &item, &sent.params)
}
