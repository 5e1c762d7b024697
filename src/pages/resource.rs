//! Generic resource pages, driven by a `ResourceDecl`: the list (server paging, sorting,
//! filters from the documented query parameters), create, detail and edit, and delete with
//! confirmation. Every resource with a declaration gets these pages without page code.

use leptos::prelude::*;
use leptos::task::spawn_local;
use crate::router::{self, use_location, use_params_map, use_query_map};
use opsdeck_api::catalog;
use opsdeck_api::operation::Service;
use opsdeck_api::resource::{Paging, ResourceDecl};
use opsdeck_api::schema::{ObjectSchema, Type};
use serde_json::{json, Map, Value};

use crate::router::links::{context_query, edit_href, encode, href, item_href, item_params, list_href, query_string};
use crate::client::{self, CallError};
use crate::i18n::{self, tr, use_lang};
use crate::state::AppState;
use crate::views::detail::DetailView;
use crate::views::feedback::{ConfirmDialog, ErrorBanner};
use crate::views::form::{FormState, RawJsonEditor, SchemaForm};
use crate::views::preview::RequestPreview;
use crate::views::runner::ActionDrawer;

/// Shown on a list whose scope (team, region) is not chosen yet.
const CHOOSE_SCOPE: opsdeck_api::Text = opsdeck_api::Text::new("请先选择上方的范围。", "Choose the scope above first.");
use crate::views::table::{columns_for, DataTable, RowAction, SortState};

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

/// Schemas that explain enum-coded values of this resource (its request bodies).
fn enum_schemas(r: &ResourceDecl) -> Vec<&'static ObjectSchema> {
    [r.create, r.update].into_iter().flatten().filter_map(|d| d.body_schema()).collect()
}

#[component]
fn NotFound() -> impl IntoView {
    view! { <div class="page"><h1>{tr(i18n::NOT_FOUND_PAGE)}</h1><a href=href("/")>{tr(i18n::BACK_TO_LIST)}</a></div> }
}

/// Shows `page` for the routed resource, or "not found".
fn with_resource<V: IntoView + 'static>(page: fn(&'static ResourceDecl) -> V) -> impl IntoView {
    let resource = use_resource();
    move || match resource.get() {
        Some(r) => page(r).into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
pub fn ResourceListPage() -> impl IntoView {
    with_resource(|r| view! { <ResourceList resource=r /> })
}

#[component]
pub fn ResourceCreatePage() -> impl IntoView {
    with_resource(|r| view! { <ResourceCreate resource=r /> })
}

#[component]
pub fn ResourceDetailPage() -> impl IntoView {
    with_resource(|r| view! { <ResourceDetail resource=r /> })
}

#[component]
pub fn ResourceEditPage() -> impl IntoView {
    with_resource(|r| view! { <ResourceEdit resource=r /> })
}

const PAGE_SIZES: &[u32] = &[10, 20, 50, 100];

/// Runs the delete operation for an item after confirmation, then calls `done`.
fn delete_item(state: AppState, r: &'static ResourceDecl, item: Value, context: Map<String, Value>, busy: RwSignal<bool>, error: RwSignal<Option<CallError>>, done: impl FnOnce() + 'static) {
    let Some(decl) = r.delete else { return };
    let params = item_params(r, &item, &context);
    busy.set(true);
    let lang = state.settings.with_untracked(|s| s.lang);
    spawn_local(async move {
        let result = client::call(state, decl, params, None).await;
        busy.set(false);
        match result {
            Ok(_) => {
                state.toast(format!("{}: {}", i18n::DELETED.get(lang), item.get(r.name_field).and_then(Value::as_str).unwrap_or("")));
                done();
            }
            Err(e) => error.set(Some(e)),
        }
    });
}

#[component]
pub fn ResourceList(
    resource: &'static ResourceDecl,
    /// Inside a parent's page: the parent's ids. The table then keeps its paging, sorting and
    /// filters to itself instead of in the URL, and lists only that parent's items.
    #[prop(optional)]
    fixed: Option<Map<String, Value>>,
) -> impl IntoView {
    let r = resource;
    let embedded = fixed.is_some();
    let fixed = StoredValue::new(fixed.unwrap_or_default());
    let list_decl = if embedded { r.list } else { r.page_list() };
    let Some(list_decl) = list_decl else { return view! { <NotFound /> }.into_any() };
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let url_query = use_query_map();
    let local_query = RwSignal::new(router::Query::default());
    let query = Memo::new(move |_| if embedded { local_query.get() } else { url_query.get() });

    let (limit_param, offset_param, max_limit) = match r.paging {
        Paging::LimitOffset { limit, offset, max_limit } => (Some(limit), Some(offset), max_limit),
        Paging::None => (None, None, 0),
    };
    let limit = Memo::new(move |_| {
        limit_param
            .and_then(|p| query.with(|q| q.get(p)))
            .and_then(|v| v.parse::<u32>().ok())
            .filter(|v| *v > 0)
            .map(|v| v.min(max_limit.max(1)))
            .unwrap_or(10)
    });
    let offset = Memo::new(move |_| offset_param.and_then(|p| query.with(|q| q.get(p))).and_then(|v| v.parse::<u32>().ok()).unwrap_or(0));
    let sort = Memo::new(move |_| {
        let s = r.sorting?;
        let field = query.with(|q| q.get(s.by)).unwrap_or_else(|| s.default_by.to_string());
        let ascending = query.with(|q| q.get(s.order)).as_deref() == Some("asc");
        Some(SortState { field, ascending })
    });

    // The list call's parameters are the URL's query: deep links reproduce the view.
    let list_params = Memo::new(move |_| {
        let mut p = Map::new();
        query.with(|q| {
            for f in list_decl.params_schema().fields.iter().filter(|f| f.location == opsdeck_api::schema::Location::Query) {
                if let Some(v) = q.get(f.name).filter(|v| !v.is_empty()) {
                    let typed = match f.ty {
                        Type::Integer => v.parse::<i64>().map(Value::from).unwrap_or(Value::String(v)),
                        _ => Value::String(v),
                    };
                    p.insert(f.name.to_string(), typed);
                }
            }
        });
        if let (Some(l), Some(o)) = (limit_param, offset_param) {
            p.insert(l.into(), json!(limit.get()));
            p.insert(o.into(), json!(offset.get()));
        }
        // The scope (team, region) from the URL, unless the parent page gives it.
        for name in r.scope_params() {
            if let Some(v) = query.with(|q| q.get(name)).filter(|v| !v.is_empty()) {
                p.insert(name.into(), Value::String(v));
            }
        }
        fixed.with_value(|f| p.extend(f.clone()));
        p
    });
    // Item links carry the parent's ids and the list's scope.
    let link_context = move || {
        let mut c = fixed.get_value();
        list_params.with_untracked(|p| {
            for name in r.scope_params() {
                if let Some(v) = p.get(name) {
                    c.entry(name.to_string()).or_insert_with(|| v.clone());
                }
            }
        });
        c
    };
    // A list whose scope is not chosen yet waits for the scope bar.
    let scope_missing = Memo::new(move |_| list_params.with(|p| r.scope_params().iter().any(|s| !p.contains_key(*s))));
    let data = LocalResource::new(move || {
        let params = list_params.get();
        let missing = scope_missing.get();
        // Re-fetch when credentials or endpoints change too.
        let _ = state.settings.with(|s| (s.project_id.clone(), s.endpoints.clone()));
        let _ = state.secrets.with(|s| s.token.len());
        async move {
            if missing {
                return Err(CallError::Build(String::new()));
            }
            client::call(state, list_decl, params, None).await
        }
    });

    let set_query = {
        move |changes: Vec<(&'static str, Option<String>)>| {
            let mut q = query.get_untracked();
            for (k, v) in changes {
                match v {
                    Some(v) if !v.is_empty() => q.replace(k, v),
                    _ => {
                        q.remove(k);
                    }
                }
            }
            if embedded {
                local_query.set(q);
            } else {
                router::replace_query(&q);
            }
        }
    };

    let rows = Signal::derive(move || match data.get() {
        Some(Ok(answer)) => r.items_in(&answer.value).to_vec(),
        _ => Vec::new(),
    });
    let total = Signal::derive(move || match data.get() {
        Some(Ok(answer)) => r.count_field.and_then(|c| answer.value.get(c)).and_then(Value::as_u64).unwrap_or(rows.with(|r| r.len() as u64)),
        _ => 0,
    });
    let item_schema = r.item_schema().expect("list items are objects");
    let sortable: Vec<&str> = r
        .sorting
        .and_then(|s| list_decl.params_schema().field(s.by))
        .map(|f| match f.ty {
            Type::Enum(e) => e.values.iter().map(|v| v.value).collect(),
            _ => Vec::new(),
        })
        .unwrap_or_default();
    // What the chooser offers: the declared columns (which may reach into nested objects, like
    // `status.component_status`), then every other field of an item.
    let choosable = move || -> Vec<&'static str> {
        let mut all: Vec<&'static str> = r.columns.to_vec();
        all.extend(item_schema.fields.iter().map(|f| f.name).filter(|n| !r.columns.contains(n)));
        all
    };
    // Columns: the declared defaults, or what the user chose for this table (remembered).
    let chosen = RwSignal::new(
        crate::views::export::load_columns(r.key).unwrap_or_else(|| r.columns.iter().map(|c| c.to_string()).collect()),
    );
    let sortable = StoredValue::new(sortable);
    let columns = Signal::derive(move || {
        let names: Vec<&'static str> = chosen.with(|c| c.iter().filter_map(|n| choosable().into_iter().find(|e| e == n)).collect());
        sortable.with_value(|s| columns_for(item_schema, &names, s))
    });
    let toggle_column = move |name: &'static str, on: bool| {
        chosen.update(|c| {
            if on {
                if !c.iter().any(|x| x == name) {
                    // Keep the schema's order.
                    c.push(name.to_string());
                    let order = choosable();
                    c.sort_by_key(|x| order.iter().position(|o| o == x).unwrap_or(usize::MAX));
                }
            } else if c.len() > 1 {
                c.retain(|x| x != name);
            }
        });
        crate::views::export::save_columns(r.key, &chosen.get_untracked());
    };
    let column_chooser = choosable()
        .into_iter()
        .filter_map(|path| item_schema.field_at(path).map(|f| (path, f)))
        .map(|(path, f)| {
            let id = format!("col-{}-{}", r.key, path.replace('.', "-"));
            let input_id = id.clone();
            let name = path;
            view! {
                <label for=id class="chooser-item">
                    <input id=input_id type="checkbox" prop:checked=move || chosen.with(|c| c.iter().any(|x| x == name))
                        on:change=move |ev| toggle_column(name, event_target_checked(&ev)) />
                    {move || f.label.get(lang.get())}
                </label>
            }
        })
        .collect_view();
    let export = move |json: bool| {
        let data = rows.get_untracked();
        let stamp = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default().replace([':', '.'], "-");
        let fields: Vec<&'static str> = columns.get_untracked().iter().map(|c| c.field).collect();
        crate::views::export::export_rows(state, format!("{}-{stamp}", r.key), fields, data, json);
    };

    let on_sort = {
        let set_query = set_query.clone();
        Callback::new(move |field: String| {
            let Some(s) = r.sorting else { return };
            let current = sort.get_untracked();
            let ascending = match current {
                Some(c) if c.field == field => !c.ascending,
                _ => false,
            };
            set_query(vec![
                (s.by, Some(field)),
                (s.order, Some(if ascending { "asc" } else { "desc" }.to_string())),
                (offset_param.unwrap_or("offset"), None),
            ]);
        })
    };

    // Delete with confirmation.
    let pending_delete = RwSignal::new(None::<Value>);
    let dialog_open = RwSignal::new(false);
    let deleting = RwSignal::new(false);
    let action_error = RwSignal::new(None::<CallError>);
    let mut actions = vec![RowAction {
        label: i18n::VIEW,
        danger: false,
        run: Callback::new({
            move |item: Value| {
                if let Some(h) = item_href(r, &item, &link_context()) {
                    router::navigate(&h)
                }
            }
        }),
    }];
    if r.update.is_some() {
        actions.push(RowAction {
            label: i18n::EDIT,
            danger: false,
            run: Callback::new(move |item: Value| {
                if let Some(h) = item_href(r, &item, &link_context()) {
                    router::navigate(&edit_href(&h))
                }
            }),
        });
    }
    if r.delete.is_some() {
        actions.push(RowAction {
            label: i18n::DELETE,
            danger: true,
            run: Callback::new(move |item: Value| {
                pending_delete.set(Some(item));
                dialog_open.set(true);
            }),
        });
    }
    let confirm_delete = Callback::new(move |_| {
        if let Some(item) = pending_delete.get_untracked() {
            delete_item(state, r, item, fixed.get_value(), deleting, action_error, move || {
                dialog_open.set(false);
                data.refetch();
            });
        }
    });
    let delete_target_name = move || pending_delete.with(|p| p.as_ref().and_then(|i| i.get(r.name_field)).and_then(Value::as_str).unwrap_or("").to_string());

    // Filters: one input per documented filter parameter, applied on Enter or change.
    let filters = r
        .filters
        .iter()
        .map(|f| {
            let field = list_decl.params_schema().field(f.param);
            let label = field.map(|x| x.label).unwrap_or(opsdeck_api::Text::new(f.param, f.param));
            let id = format!("filter-{}-{}", r.key, f.param);
            let set_query = set_query.clone();
            let param = f.param;
            // A filter whose values the service lists (4.3.11 filter options) is a select.
            if let Some(choices) = field.and_then(|x| x.rules.choices()) {
                let options = LocalResource::new(move || {
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
                });
                return view! {
                    <div class="filter">
                        <label for=id.clone()>{move || label.get(lang.get())}</label>
                        <select id=id prop:value=move || query.with(|q| q.get(param).unwrap_or_default())
                            on:change=move |ev| set_query(vec![(param, Some(event_target_value(&ev))), (offset_param.unwrap_or("offset"), None)])>
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
                    <input id=id type="search" prop:value=move || query.with(|q| q.get(param).unwrap_or_default())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            set_query(vec![(param, Some(v.trim().to_string())), (offset_param.unwrap_or("offset"), None)]);
                        } />
                </div>
            }
            .into_any()
        })
        .collect_view();
    let any_filter = Memo::new(move |_| query.with(|q| r.filters.iter().any(|f| q.get(f.param).is_some_and(|v| !v.is_empty()))));
    let clear_filters = {
        let set_query = set_query.clone();
        move |_| set_query(r.filters.iter().map(|f| (f.param, None)).collect())
    };

    let pager = {
        let set_query = set_query.clone();
        let set_query2 = set_query.clone();
        let set_query3 = set_query.clone();
        let page_label = move || {
            let (l, o, t) = (limit.get() as u64, offset.get() as u64, total.get());
            let first = if t == 0 { 0 } else { o + 1 };
            let last = (o + l).min(t);
            format!("{} {first}–{last} {} {t}", i18n::SHOWING.get(lang.get()), i18n::OF.get(lang.get()))
        };
        let loaded = move || matches!(data.get(), Some(Ok(_)));
        (limit_param.is_some()).then(|| view! {
            <nav class="pager" hidden=move || !loaded() aria-label=move || i18n::PAGE_SIZE.get(lang.get())>
                <span class="muted" data-testid="page-status">{page_label}</span>
                <label for=format!("page-size-{}", r.key)>{tr(i18n::PAGE_SIZE)}</label>
                <select id=format!("page-size-{}", r.key) prop:value=move || limit.get().to_string()
                    on:change=move |ev| set_query(vec![(limit_param.unwrap(), Some(event_target_value(&ev))), (offset_param.unwrap(), None)])>
                    {PAGE_SIZES.iter().filter(|s| **s <= max_limit.max(10)).map(|s| view! { <option value=s.to_string()>{s.to_string()}</option> }).collect_view()}
                </select>
                <button type="button" class="btn secondary small" disabled=move || offset.get() == 0
                    on:click=move |_| { let o = offset.get_untracked().saturating_sub(limit.get_untracked()); set_query2(vec![(offset_param.unwrap(), Some(o.to_string()))]) }>
                    {tr(i18n::PREVIOUS_PAGE)}
                </button>
                <button type="button" class="btn secondary small" disabled={move || (offset.get() + limit.get()) as u64 >= total.get()}
                    on:click=move |_| { let o = offset.get_untracked() + limit.get_untracked(); set_query3(vec![(offset_param.unwrap(), Some(o.to_string()))]) }>
                    {tr(i18n::NEXT_PAGE)}
                </button>
            </nav>
        })
    };

    let title = move || r.title.get(lang.get());
    let content = move || match data.get() {
        _ if scope_missing.get() => view! { <p class="muted">{move || CHOOSE_SCOPE.get(lang.get())}</p> }.into_any(),
        None => view! { <p class="loading" role="status">{tr(i18n::LOADING)}</p> }.into_any(),
        Some(Err(e)) => view! {
            <ErrorBanner error=Some(e) />
            <button type="button" class="btn secondary" on:click=move |_| data.refetch()>{tr(i18n::RETRY)}</button>
        }
        .into_any(),
        Some(Ok(_)) if rows.with(Vec::is_empty) => {
            let text = if any_filter.get() { i18n::NO_MATCH } else { i18n::EMPTY_LIST };
            view! {
                <div class="empty">
                    <p>{move || text.get(lang.get())}</p>
                    {r.create.map(|_| view! { <a class="btn primary" href=format!("{}/new{}", list_href(r), fixed.with_value(|f| query_string(f)))>{move || i18n::phrase(lang.get(), i18n::CREATE, r.singular)}</a> })}
                </div>
            }
            .into_any()
        }
        Some(Ok(_)) => view! {
            <DataTable columns=columns rows=rows caption=Signal::derive(move || title().to_string()) sort=sort
                on_sort=on_sort row_href=Callback::new(move |item: Value| item_href(r, &item, &link_context()))
                actions=actions.clone() enum_schemas=enum_schemas(r) />
        }
        .into_any(),
    };

    let new_href = format!("{}/new{}", list_href(r), fixed.with_value(|f| query_string(f)));
    let drawer = RwSignal::new(None::<&'static opsdeck_api::OperationDecl>);
    let collection_buttons = r
        .collection_actions
        .iter()
        .map(|op| {
            let op = *op;
            view! { <button type="button" class="btn secondary" on:click=move |_| drawer.set(Some(op))>{move || op.title.get(lang.get())}</button> }
        })
        .collect_view();
    let heading = move || if embedded { view! { <h2>{title}</h2> }.into_any() } else { view! { <h1>{title}</h1> }.into_any() };
    view! {
        <div class=if embedded { "embedded-list" } else { "page" }>
            <div class="page-head">
                {heading}
                <div class="page-actions">
                    <button type="button" class="btn secondary" on:click=move |_| data.refetch()>{tr(i18n::REFRESH)}</button>
                    {collection_buttons}
                    {r.create.map(|_| view! {
                        <a class="btn primary" href=new_href.clone()>
                            {move || i18n::phrase(lang.get(), i18n::CREATE, r.singular)}
                        </a>
                    })}
                </div>
            </div>
            <ActionDrawer action=drawer fixed=fixed.get_value() on_done=Callback::new(move |_| data.refetch()) />
            {(!embedded && !r.scope_params().is_empty()).then(|| {
                let set_query = set_query.clone();
                let on_change = Callback::new(move |changes: Vec<(&'static str, String)>| set_query(changes.into_iter().map(|(k, v)| (k, Some(v))).collect()));
                let values = list_params.get_untracked();
                crate::chunks::lazy_view(move || crate::views::scope::scope_bar(r, values.clone(), on_change))
            })}
            <form class="toolbar" role="search" on:submit=|ev| ev.prevent_default()>
                {filters}
                {move || any_filter.get().then(|| view! { <button type="button" class="btn link" on:click=clear_filters.clone()>{tr(i18n::CLEAR_FILTERS)}</button> })}
                <span class="spacer"></span>
                <details class="chooser">
                    <summary class="btn secondary small">{tr(i18n::COLUMNS)}</summary>
                    <div class="chooser-menu" role="group" aria-label=move || i18n::COLUMNS.get(lang.get())>{column_chooser}</div>
                </details>
                <button type="button" class="btn secondary small" on:click=move |_| export(false)>{tr(i18n::EXPORT_CSV)}</button>
                <button type="button" class="btn secondary small" on:click=move |_| export(true)>{tr(i18n::EXPORT_JSON)}</button>
            </form>
            <ErrorBanner error=action_error on_dismiss=Callback::new(move |_| action_error.set(None)) />
            {content}
            {pager}
            {r.compare_field.map(|field| view! {
                {move || (rows.with(Vec::len) >= 2).then(|| crate::chunks::lazy_view(move || crate::views::compare::compare_versions(rows, field)))}
            })}
            <ConfirmDialog open=dialog_open busy=deleting
                title=Signal::derive(move || i18n::CONFIRM_DELETE_TITLE.get(lang.get()).to_string())
                message=Signal::derive(move || format!("{} {} {}?", i18n::CONFIRM_DELETE_BODY.get(lang.get()), r.singular.get(lang.get()), delete_target_name()))
                confirm_label=Signal::derive(move || i18n::DELETE.get(lang.get()).to_string())
                on_confirm=confirm_delete />
        </div>
    }
    .into_any()
}

/// The form page for create and edit: the schema form (or raw JSON), the live request
/// preview, and the server's error next to the form; the input survives any failure.
#[component]
fn OperationForm(
    resource: &'static ResourceDecl,
    decl: &'static opsdeck_api::OperationDecl,
    form: FormState,
    /// Path parameters besides the project (e.g. the id being edited).
    params: Map<String, Value>,
    title: Signal<String>,
    submit_label: opsdeck_api::Text,
    done_text: opsdeck_api::Text,
) -> impl IntoView {
    let r = resource;
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let error = RwSignal::new(None::<CallError>);
    let sending = RwSignal::new(false);
    let raw = RwSignal::new(false);
    let params = StoredValue::new(params);
    let preview = Signal::derive(move || {
        let body = {
            form.value.track();
            form.body()
        };
        // Track settings and secrets so the preview follows them.
        state.settings.track();
        state.secrets.track();
        client::prepare(&state, decl, &params.get_value(), Some(&body)).map_err(|e| e.message(state.settings.with(|s| s.lang)))
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        form.submitted.set(true);
        if !form.is_valid() {
            crate::views::form::reveal_first_problem(ev.target());
            return;
        }
        let body = form.body();
        sending.set(true);
        error.set(None);
        spawn_local(async move {
            let result = client::call(state, decl, params.get_value(), Some(body)).await;
            sending.set(false);
            match result {
                Ok(answer) => {
                    let name = answer.value.get(r.name_field).and_then(Value::as_str).unwrap_or("").to_string();
                    state.toast(format!("{}: {name}", done_text.get(lang.get_untracked())));
                    // Open the created or edited item (the answer's id, or the one being edited).
                    // Some answers name the new item by its parameter name (`component_id`).
                    let mut item = answer.value.clone();
                    if item.get(r.id_field).and_then(Value::as_str).is_none() {
                        let id = item.get(r.id_param).cloned().or_else(|| params.with_value(|p| p.get(r.id_param).cloned()));
                        if let (Some(obj), Some(id)) = (item.as_object_mut(), id) {
                            obj.insert(r.id_field.into(), id);
                        }
                    }
                    let href = params.with_value(|p| item_href(r, &item, p));
                    // Creating or changing a component starts a deploy job: follow it in the tray.
                    let call_params = params.with_value(|p| {
                        let mut m = p.clone();
                        if let Some(project) = state.target(decl.service).project_id {
                            m.entry("project_id").or_insert(Value::String(project));
                        }
                        m
                    });
                    crate::jobs::tracking::track_from_answer(state, decl, &call_params, &answer.value, href.clone());
                    match href {
                        Some(href) => router::navigate(&href),
                        None => router::navigate(&list_href(r)),
                    }
                }
                // The form keeps everything typed; the error shows next to it.
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let problems = move || {
        (form.submitted.get() && !form.violations.with(Vec::is_empty))
            .then(|| view! { <p class="banner warn" role="alert">{move || format!("{} ({})", i18n::FIX_ERRORS.get(lang.get()), form.violations.with(Vec::len))}</p> })
    };
    view! {
        <div class="page">
            <nav class="breadcrumbs" aria-label="breadcrumbs">
                <a href=list_href(r)>{move || r.title.get(lang.get())}</a>
            </nav>
            <div class="page-head">
                <h1>{move || title.get()}</h1>
                <button type="button" class="btn secondary small" aria-pressed=move || raw.get().to_string() on:click=move |_| raw.update(|v| *v = !*v)>
                    {tr(i18n::RAW_JSON)}
                </button>
            </div>
            <div class="form-layout">
                <form class="op-form" novalidate=true on:submit=on_submit on:mousedown=crate::views::form::keep_focus_on_button_press aria-label=move || title.get()>
                    <ErrorBanner error=error on_dismiss=Callback::new(move |_| error.set(None)) />
                    {problems}
                    {move || if raw.get() { view! { <RawJsonEditor state=form /> }.into_any() } else { view! { <SchemaForm state=form /> }.into_any() }}
                    <div class="form-actions">
                        <button type="submit" class="btn primary" disabled=move || sending.get()>
                            {move || if sending.get() { i18n::SENDING.get(lang.get()) } else { submit_label.get(lang.get()) }}
                        </button>
                        <a class="btn secondary" href=list_href(r)>{tr(i18n::CANCEL)}</a>
                    </div>
                </form>
                <RequestPreview request=preview />
            </div>
        </div>
    }
}

#[component]
pub fn ResourceCreate(resource: &'static ResourceDecl) -> impl IntoView {
    let r = resource;
    let lang = use_lang();
    let context = use_context_params(r).get_untracked();
    let Some(decl) = r.create else { return view! { <NotFound /> }.into_any() };
    let Some(body) = decl.body else { return view! { <NotFound /> }.into_any() };
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

/// The routed item's parameters: its id from the path, its ancestors' from the query.
fn id_param(r: &'static ResourceDecl) -> Memo<Map<String, Value>> {
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

/// A read-only view about one item (records, configuration, managed resources): the
/// operation's answer, as a table when it is a list.
#[component]
fn OperationView(decl: &'static opsdeck_api::OperationDecl, params: Map<String, Value>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let data = LocalResource::new(move || {
        let p = params.clone();
        async move { client::call(state, decl, p, None).await }
    });
    move || match data.get() {
        None => view! { <p class="loading" role="status">{tr(i18n::LOADING)}</p> }.into_any(),
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
                (Some((field, item, rows)), _) => {
                    let cols: Vec<crate::views::table::Column> = item.fields.iter().take(8).map(|c| crate::views::table::Column { field: c.name, label: c.label, sortable: false }).collect();
                    if rows.is_empty() {
                        view! { <p class="empty">{tr(i18n::EMPTY_LIST)}</p> }.into_any()
                    } else {
                        view! { <DataTable columns=cols rows=rows caption=Signal::derive(move || field.label.get(lang.get()).to_string()) /> }.into_any()
                    }
                }
                (None, Some(schema)) => view! { <DetailView schema=schema value=a.value /> }.into_any(),
                (None, None) => view! { <pre class="code">{serde_json::to_string_pretty(&a.value).unwrap_or_default()}</pre> }.into_any(),
            }
        }
    }
}

#[component]
pub fn ResourceDetail(resource: &'static ResourceDecl) -> impl IntoView {
    let r = resource;
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let query = use_query_map();
    let location = use_location();
    let params = id_param(r);
    let Some(get) = r.get else { return view! { <NotFound /> }.into_any() };
    let data = LocalResource::new(move || {
        let p = params.get();
        async move { client::call(state, get, p, None).await }
    });
    let dialog_open = RwSignal::new(false);
    let deleting = RwSignal::new(false);
    let action_error = RwSignal::new(None::<CallError>);
    let drawer = RwSignal::new(None::<&'static opsdeck_api::OperationDecl>);
    let item = Signal::derive(move || match data.get() {
        Some(Ok(a)) => Some(a.value),
        _ => None,
    });
    let name = move || item.with(|i| i.as_ref().and_then(|i| r.item_in(i).get(r.name_field)).and_then(Value::as_str).unwrap_or("").to_string());
    let confirm = {
        Callback::new(move |_| {
            if let Some(i) = item.get_untracked() {
                delete_item(state, r, i, params.get_untracked(), deleting, action_error, move || {
                    dialog_open.set(false);
                    router::navigate(&list_href(r));
                });
            }
        })
    };
    // Some services wrap the item (`{"vault": {…}}`): the page shows the item.
    let schema = r.get_item_schema().or(r.item_schema()).expect("an object");

    // Tabs: the item itself, each read-only view, each child resource. The tab is in the URL.
    let tab = Memo::new(move |_| query.with(|q| q.get("tab")).unwrap_or_else(|| "overview".into()));
    let select_tab = {
        move |key: String| {
            let mut q = query.get_untracked();
            if key == "overview" { q.remove("tab"); } else { q.replace("tab", key); }
            router::replace_query(&q);
        }
    };
    let mut tabs: Vec<(String, opsdeck_api::Text)> = vec![("overview".into(), i18n::DETAILS)];
    tabs.extend(r.views.iter().map(|v| (v.id.to_string(), v.title)));
    tabs.extend(r.children.iter().map(|c| (c.key.to_string(), c.title)));
    let tab_buttons = tabs
        .into_iter()
        .map(|(key, label)| {
            let select_tab = select_tab.clone();
            let k2 = key.clone();
            view! {
                <button type="button" role="tab" aria-selected=move || (tab.get() == k2).to_string() on:click=move |_| select_tab(key.clone())>
                    {move || label.get(lang.get())}
                </button>
            }
        })
        .collect_view();
    let panel = move || {
        let t = tab.get();
        if let Some(view_op) = r.views.iter().find(|v| v.id == t) {
            return view! { <OperationView decl=*view_op params=params.get() /> }.into_any();
        }
        if let Some(child) = r.children.iter().find(|c| c.key == t) {
            // The child's operations take this item's id under the child's parent parameter.
            let mut fixed = params.get();
            if let (Some(link), Some(id)) = (child.parent, params.with(|p| p.get(r.id_param).cloned())) {
                fixed.remove(r.id_param);
                fixed.insert(link.param.into(), id);
            }
            return view! { <ResourceList resource=child fixed=fixed /> }.into_any();
        }
        match data.get() {
            None => view! { <p class="loading" role="status">{tr(i18n::LOADING)}</p> }.into_any(),
            Some(Err(e)) => view! { <ErrorBanner error=Some(e) /> }.into_any(),
            Some(Ok(a)) => {
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
    };
    let action_buttons = r
        .actions
        .iter()
        .map(|op| {
            let op = *op;
            view! { <button type="button" class="btn secondary" disabled=move || item.with(Option::is_none) on:click=move |_| drawer.set(Some(op))>{move || op.title.get(lang.get())}</button> }
        })
        .collect_view();
    let edit_link = move || params.with(|p| p.get(r.id_param).and_then(Value::as_str).map(|id| edit_href(&format!("{}/{}{}", list_href(r), encode(id), context_query(r, p))))).unwrap_or_default();
    let here = move || format!("{}{}", location.pathname.get_untracked(), params.with_untracked(|p| context_query(r, p)));
    // When a job about this item ends (deploy, scale, stop …), show the item as it is now.
    let page_path = location.pathname.get_untracked();
    Effect::new(move |previous: Option<usize>| {
        let ended = state.jobs.with(|jobs| {
            jobs.iter()
                .filter(|j| j.phase != crate::jobs::Phase::Running)
                .filter(|j| j.link.as_deref().is_some_and(|l| l.split('?').next() == Some(page_path.as_str())))
                .count()
        });
        if previous.is_some_and(|p| p != ended) {
            data.refetch();
        }
        ended
    });
    view! {
        <div class="page">
            <nav class="breadcrumbs" aria-label="breadcrumbs">
                <a href=list_href(r)>{move || r.title.get(lang.get())}</a>
            </nav>
            <div class="page-head">
                <h1>{move || i18n::phrase(lang.get(), r.singular, opsdeck_api::Text::EMPTY) + &name()}</h1>
                <div class="page-actions">
                    <button type="button" class="btn secondary" on:click=move |_| data.refetch()>{tr(i18n::REFRESH)}</button>
                    {action_buttons}
                    {r.update.map(|_| view! { <a class="btn secondary" href=edit_link>{tr(i18n::EDIT)}</a> })}
                    {r.delete.map(|_| view! { <button type="button" class="btn danger" disabled=move || item.with(Option::is_none) on:click=move |_| dialog_open.set(true)>{tr(i18n::DELETE)}</button> })}
                </div>
            </div>
            <ErrorBanner error=action_error on_dismiss=Callback::new(move |_| action_error.set(None)) />
            {(!r.views.is_empty() || !r.children.is_empty()).then(|| view! { <div class="page-tabs" role="tablist">{tab_buttons}</div> })}
            <div role="tabpanel">{panel}</div>
            <ActionDrawer action=drawer fixed=params on_done=Callback::new(move |_| data.refetch()) link=here() />
            <ConfirmDialog open=dialog_open busy=deleting
                title=Signal::derive(move || i18n::CONFIRM_DELETE_TITLE.get(lang.get()).to_string())
                message=Signal::derive(move || format!("{} {} {}?", i18n::CONFIRM_DELETE_BODY.get(lang.get()), r.singular.get(lang.get()), name()))
                confirm_label=Signal::derive(move || i18n::DELETE.get(lang.get()).to_string())
                on_confirm=confirm />
        </div>
    }
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

#[component]
pub fn ResourceEdit(resource: &'static ResourceDecl) -> impl IntoView {
    let r = resource;
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let params = id_param(r);
    let (Some(get), Some(update)) = (r.get, r.update) else { return view! { <NotFound /> }.into_any() };
    let Some(body) = update.body else { return view! { <NotFound /> }.into_any() };
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

crate::chunks::split_view!(forms,
    /// The create page, with the form renderer's chunk.
    fn create_page() => view! { <ResourceCreatePage /> });
crate::chunks::split_view!(forms,
    /// The edit page, with the form renderer's chunk.
    fn edit_page() => view! { <ResourceEditPage /> });
crate::chunks::split_view!(detail,
    /// A resource's page and its sub-resources, from the `detail` chunk.
    fn detail_page() => view! { <ResourceDetailPage /> });
