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

/// Whether `decl` matches every word of `query`, in any order, each somewhere in its titles
/// (zh and en), path, ref, id, method or the names and labels of its parameters and body
/// fields ("copy image" finds IMS's image copy; "vault_id" the operations that take one).
fn matches(decl: &OperationDecl, query: &str) -> bool {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return true;
    }
    let mut haystack = [decl.title().zh, decl.title().en, decl.path, decl.doc_ref, decl.id, decl.method.as_str()].join(" ").to_lowercase();
    let mut add_fields = |schema: &'static opsdeck_api::schema::ObjectSchema| {
        for f in schema.fields {
            haystack.push(' ');
            haystack.push_str(&f.name.to_lowercase());
            haystack.push(' ');
            haystack.push_str(&f.label.en.to_lowercase());
            haystack.push(' ');
            haystack.push_str(f.label.zh);
        }
    };
    add_fields(decl.params_schema());
    if let Some(body) = decl.body_schema() {
        add_fields(body);
    }
    q.split_whitespace().all(|word| haystack.contains(word))
}

/// The fields of an answer, nested ones indented: what the operation gives back.
fn response_fields(schema: &'static opsdeck_api::schema::ObjectSchema, depth: usize, lang: opsdeck_api::Lang, out: &mut Vec<(usize, &'static str, String, &'static str)>) {
    use opsdeck_api::schema::Type;
    for f in schema.fields {
        out.push((depth, f.name, f.ty.describe(), f.label.get(lang)));
        if depth < 3 {
            match f.ty {
                Type::Object(inner) | Type::Array(Type::Object(inner)) => response_fields(inner, depth + 1, lang, out),
                _ => {}
            }
        }
    }
}

/// The answer's schema of `decl` as a folded table of fields.
fn response_schema_view(decl: &'static OperationDecl) -> impl IntoView {
    let lang = use_lang();
    decl.response_schema().map(|schema| {
        let rows = move || {
            let mut fields = Vec::new();
            response_fields(schema, 0, lang.get(), &mut fields);
            fields
                .into_iter()
                .map(|(depth, name, ty, label)| view! {
                    <tr><td><code style=format!("padding-left:{}em", depth * 2)>{name}</code></td><td><code>{ty}</code></td><td>{label}</td></tr>
                })
                .collect_view()
        };
        view! {
            <details class="raw response-schema">
                <summary>{move || format!("{} ({})", i18n::RESPONSE_SCHEMA.get(lang.get()), decl.success_status)}</summary>
                <div class="table-wrap">
                    <table class="data">
                        <caption class="visually-hidden">{move || i18n::RESPONSE_SCHEMA.get(lang.get())}</caption>
                        <thead><tr><th scope="col">{tr(i18n::FIELD)}</th><th scope="col">{tr(i18n::TYPE)}</th><th scope="col">{tr(i18n::MEANING)}</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        }
    })
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
                                        <span class="op-title">{move || o.title().get(lang.get())}</span>
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
                        <h1>{move || decl.title().get(lang.get())}</h1>
                    </div>
                    <p class="op-signature">
                        <span class=format!("method m-{}", decl.method.as_str().to_lowercase())>{decl.method.as_str()}</span>
                        <code>{decl.path}</code>
                        <span class="muted small">{format!("{} · {}", decl.doc_ref, decl.id)}</span>
                    </p>
                    {response_schema_view(decl)}
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
