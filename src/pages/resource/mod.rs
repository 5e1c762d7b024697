//! Generic resource pages, driven by a `ResourceDecl`: the list (server paging, sorting,
//! filters from the documented query parameters), create, detail and edit, and delete with
//! confirmation. Every resource with a declaration gets these pages without page code.
//!
//! - [`list`]: the list page, with [`list_query`] (its state in the URL), [`filter_bar`],
//!   [`columns`] (the column chooser) and [`pager`].
//! - [`detail`]: an item's page (its tabs: [`item_views`]).
//! - [`form_page`]: the create and edit pages.
//! - [`delete`]: deleting an item after confirmation (from the list and the item's page).
//!
//! This module holds what they share: the routed resource and item, the parent ids from the
//! query. The resources' links are in `router::links`.

pub mod actions;
pub mod columns;
pub mod delete;
pub mod detail;
pub mod filter_bar;
pub mod form_page;
pub mod item_views;
pub mod list;
pub mod list_meta;
pub mod list_query;
pub mod pager;

use leptos::prelude::*;
use opsdeck_api::catalog;
use opsdeck_api::operation::Service;
use opsdeck_api::resource::ResourceDecl;
use opsdeck_api::schema::ObjectSchema;
use serde_json::{Map, Value};

use crate::i18n::{self, tr};
use crate::router::links::{href, list_href};
use crate::router::{use_params_map, use_query_map};

/// Ancestor ids given in the page's query string (`?environment_id=…`).
fn use_context_params(r: &'static ResourceDecl) -> Memo<Map<String, Value>> {
    let query = use_query_map();
    Memo::new(move |_| {
        let mut m = Map::new();
        query.with(|q| {
            for p in r.parent_params().into_iter().chain(r.scope_params()) {
                if let Some(v) = q.get(p).filter(|v| !v.is_empty()) {
                    m.insert(p.to_string(), Value::String(v));
                }
            }
        });
        m
    })
}

/// The routed item's parameters: its id from the path, its ancestors' from the query.
fn use_item_params(r: &'static ResourceDecl) -> Memo<Map<String, Value>> {
    let params = use_params_map();
    let context = use_context_params(r);
    let id_param = r.id_param;
    Memo::new(move |_| {
        let mut m = context.get();
        if let Some(id) = params.with(|p| p.get("id")) {
            m.insert(id_param.into(), Value::String(id));
        }
        m
    })
}

/// The resource named by the `:service/:resource` route parameters.
fn use_resource() -> Signal<Option<&'static ResourceDecl>> {
    let params = use_params_map();
    Signal::derive(move || {
        params.with(|p| {
            let service = Service::from_key(&p.get("service")?)?;
            catalog::resource(service, &p.get("resource")?)
        })
    })
}

/// Schemas that explain enum-coded values of this resource: its list's items, the enumerations of its
/// operations' bodies (answers often type a coded value as a plain string; see
/// [`list_meta`], read before its pages show), and its list's parameters (a filter declares
/// the values of the field it matches).
fn enum_schemas(r: &'static ResourceDecl) -> Vec<&'static ObjectSchema> {
    let meta = list_meta::loaded(r);
    // The list's own items first: an answer that types a value as an enumeration explains it.
    meta.items.into_iter().chain(meta.body_enums).chain(r.page_list().map(|d| d.params_schema())).collect()
}

#[component]
fn NotFound() -> impl IntoView {
    view! { <div class="page"><h1>{tr(i18n::NOT_FOUND_PAGE)}</h1><a href=href("/")>{tr(i18n::BACK_TO_LIST)}</a></div> }
}

/// Shows `page` for the routed resource once its list metadata is there, or "not found".
fn with_resource<V: IntoView + 'static>(page: fn(&'static ResourceDecl) -> V) -> impl IntoView {
    let resource = use_resource();
    move || match resource.get() {
        Some(r) => list_meta::with_list_meta(r, move || page(r).into_any()),
        None => view! { <NotFound /> }.into_any(),
    }
}

/// The way back from an item's or a form's page: the resource's list.
#[component]
fn Breadcrumbs(r: &'static ResourceDecl) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    view! {
        <nav class="breadcrumbs" aria-label="breadcrumbs">
            <a href=list_href(r)>{move || r.title.get(lang.get())}</a>
        </nav>
    }
}

/// A loading line (a page or a tab waiting for its data).
fn loading() -> AnyView {
    view! { <p class="loading" role="status">{tr(i18n::LOADING)}</p> }.into_any()
}
