//! The list page of a resource (and the list of a child resource inside its parent's page):
//! the table of one page of items with their row actions, the collection's actions, the
//! toolbar (filters, columns, export), the pager, and delete with confirmation.

use leptos::prelude::*;
use opsdeck_api::resource::{NamedOp, ResourceDecl};
use opsdeck_api::{OperationDecl, Text};
use serde_json::{Map, Value};

use super::columns::{column_chooser, use_column_choice, ColumnChoice};
use super::delete::{delete_dialog, use_deletion, Deletion};
use super::filter_bar::filter_bar;
use super::list_query::{use_list_query, ListQuery};
use super::pager::pager;
use super::{enum_schemas, loading, with_resource, NotFound};
use crate::client::{self, Answer, CallError};
use crate::i18n::{self, tr, use_lang};
use crate::router::links::{edit_href, item_href, list_href, query_string};
use crate::router;
use crate::state::AppState;
use crate::views::feedback::ErrorBanner;
use crate::views::runner::ActionDrawer;
use crate::views::table::{DataTable, RowAction};

/// Shown on a list whose scope (team, region) is not chosen yet.
const CHOOSE_SCOPE: Text = Text::new("请先选择上方的范围。", "Choose the scope above first.");

/// The list page of the routed resource.
#[component]
pub fn ResourceListPage() -> impl IntoView {
    with_resource(|r| view! { <ResourceList resource=r /> })
}

/// The answer of a list call: the page of items, or why there is none.
type ListData = LocalResource<Result<Answer, CallError>>;

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
    let list_decl = if embedded { r.list } else { r.page_list() };
    let Some(list_decl) = list_decl else { return view! { <NotFound /> }.into_any() };
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let list = use_list_query(r, list_decl, fixed);
    // The parameters of the answer shown: while they differ from the page's, the rows shown
    // are the previous answer's (kept so the table does not jump), marked busy and dimmed.
    let answered = RwSignal::new(None::<Map<String, Value>>);
    let data = LocalResource::new(move || {
        let params = list.params.get();
        let missing = list.scope_missing.get();
        // Re-fetch when credentials or endpoints change too.
        let _ = state.settings.with(|s| (s.project_id.clone(), s.endpoints.clone()));
        let _ = state.secrets.with(|s| s.token.len());
        async move {
            if missing {
                return Err(CallError::Build(String::new()));
            }
            let asked = params.clone();
            let answer = fetch_page(state, r, list_decl, params).await;
            answered.set(Some(asked));
            answer
        }
    });
    let stale = Signal::derive(move || list.params.with(|p| answered.with(|a| a.as_ref() != Some(p))));
    let rows = Signal::derive(move || match data.get() {
        Some(Ok(answer)) => r.items_in(&answer.value).to_vec(),
        _ => Vec::new(),
    });
    let total = Signal::derive(move || match data.get() {
        Some(Ok(answer)) => r.count_field.and_then(|c| answer.value.get(c)).and_then(Value::as_u64).unwrap_or(rows.with(|r| r.len() as u64)),
        _ => 0,
    });
    let choice = use_column_choice(r, list_decl);
    let export = move |format: Export| {
        let stamp = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default().replace([':', '.'], "-");
        let columns = choice.columns.get_untracked();
        let name = format!("{}-{stamp}", r.key);
        if format != Export::ShownCsv {
            // JSON and the raw CSV keep the values as the service sent them, under the
            // fields' names (for scripts and spreadsheets that read the API's names).
            let fields: Vec<&'static str> = columns.iter().map(|c| c.field).collect();
            crate::views::export::export_rows(state, name, fields, rows.get_untracked(), format == Export::Json);
            return;
        }
        // CSV as the table shows it: the columns' names and the shown texts (times in full,
        // enum values with their meaning).
        let lang = lang.get_untracked();
        let schemas = enum_schemas(r);
        let headers: Vec<&'static str> = columns.iter().map(|c| c.label.get(lang)).collect();
        let shown: Vec<Value> = rows.with_untracked(|all| {
            all.iter()
                .map(|row| {
                    let cells: Map<String, Value> = columns
                        .iter()
                        .zip(&headers)
                        .map(|(c, h)| {
                            let leaf = c.field.rsplit('.').next().unwrap_or(c.field);
                            let text = crate::format::cell_text(leaf, opsdeck_api::jobs::at_path(row, c.field), &schemas, lang);
                            (h.to_string(), Value::String(if text == "—" { String::new() } else { text }))
                        })
                        .collect();
                    Value::Object(cells)
                })
                .collect()
        });
        crate::views::export::export_rows(state, name, headers, shown, false);
    };
    // Delete with confirmation.
    let deletion = use_deletion();
    let pending_delete = RwSignal::new(None::<Value>);
    let confirm_delete = Callback::new(move |_| {
        if let Some(item) = pending_delete.get_untracked() {
            deletion.delete(r, item, list.fixed.get_value(), move || data.refetch());
        }
    });
    let delete_target_name = move || pending_delete.with(|p| p.as_ref().and_then(|i| i.get(r.name_field)).and_then(Value::as_str).unwrap_or("").to_string());
    let actions = row_actions(list, deletion, pending_delete);
    let content = move || list_content(list, data, stale, rows, choice, actions.clone(), lang);
    let drawer = RwSignal::new(None::<NamedOp>);
    view! {
        <div class=if embedded { "embedded-list" } else { "page" }>
            {list_head(list, drawer, Callback::new(move |_| data.refetch()))}
            <ActionDrawer action=drawer fixed=list.fixed.get_value() on_done=Callback::new(move |_| data.refetch()) />
            {(!embedded && !r.scope_params().is_empty()).then(|| {
                let on_change = Callback::new(move |changes: Vec<(&'static str, String)>| list.set(changes.into_iter().map(|(k, v)| (k, Some(v))).collect()));
                let values = list.params.get_untracked();
                crate::chunks::lazy_view(move || crate::views::scope::scope_bar(r, values.clone(), on_change))
            })}
            <form class="toolbar" role="search" on:submit=|ev| ev.prevent_default()>
                {filter_bar(list)}
                <span class="spacer"></span>
                {column_chooser(choice)}
                <button type="button" class="btn secondary small" on:click=move |_| export(Export::ShownCsv)>{tr(i18n::EXPORT_CSV)}</button>
                <button type="button" class="btn secondary small" title=move || i18n::EXPORT_RAW_CSV_HELP.get(lang.get())
                    on:click=move |_| export(Export::RawCsv)>{tr(i18n::EXPORT_RAW_CSV)}</button>
                <button type="button" class="btn secondary small" on:click=move |_| export(Export::Json)>{tr(i18n::EXPORT_JSON)}</button>
            </form>
            <ErrorBanner error=deletion.error on_dismiss=Callback::new(move |_| deletion.error.set(None)) />
            {move || matches!(data.get(), Some(Ok(a)) if a.value.get(PARTIAL_MARK).is_some()).then(|| view! {
                <p class="muted partial-note" role="status">{move || PARTIAL_NOTE.get(lang.get())}</p>
            })}
            <div class="list-body" aria-busy=move || stale.get().to_string()>{content}</div>
            {pager(list, total, move || matches!(data.get(), Some(Ok(_))))}
            {r.compare_field.map(|field| view! {
                {move || (rows.with(Vec::len) >= 2).then(|| crate::chunks::lazy_view(move || crate::views::compare::compare_versions(rows, field)))}
            })}
            {delete_dialog(r, deletion, Signal::derive(delete_target_name), confirm_delete)}
        </div>
    }
    .into_any()
}

/// What a list's export buttons save.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Export {
    /// The table as shown: column names, times and enum meanings as displayed.
    ShownCsv,
    /// The shown columns' raw values under their field names.
    RawCsv,
    Json,
}

/// The list's heading and the collection's actions: refresh, the declared collection actions
/// (opened in `drawer`), create.
fn list_head(list: ListQuery, drawer: RwSignal<Option<NamedOp>>, on_refresh: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let r = list.resource;
    let title = move || r.title.get(lang.get());
    let heading = move || if list.embedded { view! { <h2>{title}</h2> }.into_any() } else { view! { <h1>{title}</h1> }.into_any() };
    let collection_buttons = r
        .collection_actions
        .iter()
        .map(|action| {
            let action = *action;
            view! {
                <button type="button" class="btn secondary" title=move || action.op.title().get(lang.get()) on:click=move |_| drawer.set(Some(action))>
                    {move || action.label.get(lang.get())}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="page-head">
            {heading}
            <div class="page-actions">
                <button type="button" class="btn secondary" on:click=move |_| on_refresh.run(())>{tr(i18n::REFRESH)}</button>
                {collection_buttons}
                {r.create.map(|_| view! {
                    <a class="btn primary" href=new_href(list)>
                        {move || i18n::phrase(lang.get(), i18n::CREATE, r.singular)}
                    </a>
                })}
            </div>
        </div>
    }
}

/// The create page of a list's resource, with the parent's ids.
fn new_href(list: ListQuery) -> String {
    format!("{}/new{}", list_href(list.resource), list.fixed.with_value(query_string))
}

/// The buttons of each row: view, edit (when the resource has an update), delete (asked in
/// the list's dialog, for `pending`).
fn row_actions(list: ListQuery, deletion: Deletion, pending: RwSignal<Option<Value>>) -> Vec<RowAction> {
    let r = list.resource;
    let open = move |item: &Value, page: fn(String) -> String| {
        if let Some(h) = item_href(r, item, &list.link_context()) {
            router::navigate(&page(h))
        }
    };
    let mut actions = vec![RowAction { label: i18n::VIEW, danger: false, run: Callback::new(move |item: Value| open(&item, |h| h)) }];
    if r.update.is_some() {
        actions.push(RowAction { label: i18n::EDIT, danger: false, run: Callback::new(move |item: Value| open(&item, |h| edit_href(&h))) });
    }
    if r.delete.is_some() {
        actions.push(RowAction {
            label: i18n::DELETE,
            danger: true,
            run: Callback::new(move |item: Value| {
                pending.set(Some(item));
                deletion.open.set(true);
            }),
        });
    }
    actions
}

/// What the list shows of its data: a waiting line, the error, "empty" (with a create button),
/// or the table (while `stale`, the previous answer's rows).
fn list_content(list: ListQuery, data: ListData, stale: Signal<bool>, rows: Signal<Vec<Value>>, choice: ColumnChoice, actions: Vec<RowAction>, lang: Signal<opsdeck_api::Lang>) -> AnyView {
    let r = list.resource;
    match data.get() {
        _ if list.scope_missing.get() => view! { <p class="muted">{move || CHOOSE_SCOPE.get(lang.get())}</p> }.into_any(),
        None => loading(),
        // The error of other parameters (a scope just chosen, a filter just changed): the
        // answer to the current ones is on its way.
        Some(Err(_)) if stale.get() => loading(),
        Some(Err(e)) => view! {
            <ErrorBanner error=Some(e) />
            <button type="button" class="btn secondary" on:click=move |_| data.refetch()>{tr(i18n::RETRY)}</button>
        }
        .into_any(),
        Some(Ok(_)) if rows.with(Vec::is_empty) => {
            let text = if list.any_filter.get() { i18n::NO_MATCH } else { i18n::EMPTY_LIST };
            view! {
                <div class="empty">
                    <p>{move || text.get(lang.get())}</p>
                    {r.create.map(|_| view! { <a class="btn primary" href=new_href(list)>{move || i18n::phrase(lang.get(), i18n::CREATE, r.singular)}</a> })}
                </div>
            }
            .into_any()
        }
        Some(Ok(_)) => {
            let on_sort = Callback::new(move |field: String| sort_by(list, field));
            view! {
                <DataTable columns=choice.columns rows=rows caption=Signal::derive(move || r.title.get(lang.get()).to_string()) sort=list.sort
                    on_sort=on_sort row_href=Callback::new(move |item: Value| item_href(r, &item, &list.link_context()))
                    actions=actions enum_schemas=enum_schemas(r) status=r.status />
            }
            .into_any()
        }
    }
}

/// The text filters of `r` that hold a value in `params`, as (parameter, item field, text):
/// those typed by the user (a filter whose values the service lists is chosen, not typed).
fn text_filters(r: &'static ResourceDecl, list_decl: &'static OperationDecl, params: &Map<String, Value>) -> Vec<(&'static str, &'static str, String)> {
    r.filters
        .iter()
        .filter(|f| list_decl.params_schema().field(f.param).is_none_or(|x| x.rules.choices().is_none() && !matches!(x.ty, opsdeck_api::schema::Type::Enum(_))))
        .filter_map(|f| Some((f.param, f.field, params.get(f.param)?.as_str()?.to_lowercase())))
        .filter(|(_, _, v)| !v.is_empty())
        .collect()
}

/// One page of the list. The services match a typed filter exactly, so "stag" finds no
/// "staging-env": when they find nothing for a typed filter, the page without the typed
/// filters is asked for and its items whose field contains the text are shown (marked with
/// `PARTIAL_MARK` in the answer, so the page can say the match covers the loaded page only).
async fn fetch_page(state: AppState, r: &'static ResourceDecl, list_decl: &'static OperationDecl, params: Map<String, Value>) -> Result<Answer, CallError> {
    let typed = text_filters(r, list_decl, &params);
    let answer = client::call(state, list_decl, params.clone(), None).await?;
    if typed.is_empty() || !r.items_in(&answer.value).is_empty() {
        return Ok(answer);
    }
    let mut wider = params;
    for (param, _, _) in &typed {
        wider.remove(*param);
    }
    let mut answer = client::call(state, list_decl, wider, None).await?;
    let contains = |item: &Value| {
        typed.iter().all(|(_, field, text)| {
            opsdeck_api::jobs::at_path(item, field).and_then(Value::as_str).is_some_and(|v| v.to_lowercase().contains(text.as_str()))
        })
    };
    let kept: Vec<Value> = r.items_in(&answer.value).iter().filter(|i| contains(i)).cloned().collect();
    let count = kept.len();
    match (r.items_field, &mut answer.value) {
        ("", v) => *v = Value::Array(kept),
        (field, Value::Object(m)) => {
            m.insert(field.into(), Value::Array(kept));
            if let Some(c) = r.count_field {
                m.insert(c.into(), Value::from(count));
            }
            m.insert(PARTIAL_MARK.into(), Value::Bool(true));
        }
        _ => {}
    }
    Ok(answer)
}

/// Set in a list answer whose items were matched by part of the text on the loaded page.
const PARTIAL_MARK: &str = "__opsdeck_partial_match";

/// Said under a list whose typed filter matched part of the text on the loaded page only.
const PARTIAL_NOTE: Text = Text::new(
    "服务只按完整值筛选；这里显示的是当前已加载页中包含该文字的结果。",
    "The service filters by whole values only; shown are the items of the loaded page that contain the text.",
);

/// Sorts by `field`: descending first, ascending when it is sorted by it already; back to
/// the first page.
fn sort_by(list: ListQuery, field: String) {
    let Some(s) = list.resource.sorting else { return };
    let ascending = match list.sort.get_untracked() {
        Some(c) if c.field == field => !c.ascending,
        _ => false,
    };
    list.set(vec![(s.by, Some(field)), (s.order, Some(if ascending { "asc" } else { "desc" }.to_string())), (list.offset_key(), None)]);
}
