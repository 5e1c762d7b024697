//! The operation explorer: every declared operation, found by its zh or en title, path, ref
//! or id, and run from a generic form.

use leptos::prelude::*;
use crate::router::{self, use_params_map, use_query_map};
use opsdeck_api::catalog;
use opsdeck_api::operation::Service;
use opsdeck_api::OperationDecl;

use crate::router::links::{encode, href};
use crate::i18n::{self, tr, use_lang};
use crate::views::runner::OperationRunner;

pub fn explorer_href(decl: &OperationDecl) -> String {
    href(&format!("/explorer/{}", decl.id))
}

fn matches(decl: &OperationDecl, query: &str) -> bool {
    let q = query.trim().to_lowercase();
    q.is_empty()
        || [decl.title.zh, decl.title.en, decl.path, decl.doc_ref, decl.id, decl.method.as_str()]
            .iter()
            .any(|s| s.to_lowercase().contains(&q))
}

#[component]
pub fn ExplorerPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let q = Memo::new(move |_| query.with(|p| p.get("q").unwrap_or_default()));
    let results = move || {
        let q = q.get();
        Service::ALL
            .iter()
            .filter_map(|service| {
                let ops: Vec<&'static OperationDecl> = catalog::operations().filter(|o| o.service == *service && matches(o, &q)).collect();
                (!ops.is_empty()).then(|| {
                    let count = ops.len();
                    let rows = ops
                        .into_iter()
                        .map(|o| {
                            view! {
                                <li>
                                    <a href=explorer_href(o) class="op-link">
                                        <span class=format!("method m-{}", o.method.as_str().to_lowercase())>{o.method.as_str()}</span>
                                        <span class="op-title">{move || o.title.get(lang.get())}</span>
                                        <code class="op-path">{o.path}</code>
                                        <span class="muted small">{o.doc_ref}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="op-group">
                            <h2>{move || format!("{} ({count})", service.title().get(lang.get()))}</h2>
                            <ul class="op-list">{rows}</ul>
                        </section>
                    }
                })
            })
            .collect_view()
    };
    let total = move || catalog::operations().filter(|o| matches(o, &q.get())).count();
    view! {
        <div class="page">
            <div class="page-head"><h1>{tr(i18n::EXPLORER)}</h1></div>
            <form class="toolbar" role="search" on:submit=|ev| ev.prevent_default()>
                <div class="filter wide">
                    <label for="op-search">{tr(i18n::SEARCH_OPERATIONS)}</label>
                    <input id="op-search" type="search" autofocus=true prop:value=move || q.get()
                        placeholder=move || i18n::SEARCH_HINT.get(lang.get())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            let target = if v.is_empty() { href("/explorer") } else { href(&format!("/explorer?q={}", encode(&v))) };
                            router::replace(&target);
                        } />
                </div>
                <span class="muted" role="status">{move || format!("{} {}", total(), i18n::OPERATIONS_FOUND.get(lang.get()))}</span>
            </form>
            {results}
        </div>
    }
}

#[component]
pub fn OperationPage() -> impl IntoView {
    let params = use_params_map();
    let lang = use_lang();
    move || {
        let id = params.with(|p| p.get("op")).unwrap_or_default();
        match catalog::operation(&id) {
            Some(decl) => view! {
                <div class="page">
                    <nav class="breadcrumbs" aria-label="breadcrumbs"><a href=href("/explorer")>{tr(i18n::EXPLORER)}</a></nav>
                    <div class="page-head">
                        <h1>{move || decl.title.get(lang.get())}</h1>
                    </div>
                    <p class="op-signature">
                        <span class=format!("method m-{}", decl.method.as_str().to_lowercase())>{decl.method.as_str()}</span>
                        <code>{decl.path}</code>
                        <span class="muted small">{format!("{} · {}", decl.doc_ref, decl.id)}</span>
                    </p>
                    <OperationRunner decl=decl />
                </div>
            }
            .into_any(),
            None => view! { <div class="page"><h1>{tr(i18n::NOT_FOUND_PAGE)}</h1><a href=href("/explorer")>{tr(i18n::EXPLORER)}</a></div> }.into_any(),
        }
    }
}

crate::chunks::split_view!(forms,
    /// The explorer's list of operations, with the form renderer's chunk.
    fn explorer_page() => view! { <ExplorerPage /> });
crate::chunks::split_view!(forms,
    /// One operation's page, with the form renderer's chunk.
    fn operation_page() => view! { <OperationPage /> });
