//! The data table: columns from schema metadata, sortable headers, row links and actions.
//! It only shows rows; paging, filters and fetching belong to the page that owns it.

use leptos::prelude::*;
use opsdeck_api::schema::{ObjectSchema, Text};
use serde_json::Value;

use crate::format::cell_text;
use crate::views::value::value_view;
use crate::i18n::{self, use_lang};

/// Above this many rows the table renders only what is in view.
const WINDOW_THRESHOLD: usize = 200;
/// Row height in windowed mode (CSS keeps rows at exactly this height).
const ROW_HEIGHT: f64 = 40.0;
/// The same in whole pixels, for styles.
const ROW_HEIGHT_PX: usize = ROW_HEIGHT as usize;
/// Rows rendered above and below the visible ones.
const OVERSCAN: usize = 10;

/// One column: an item field, its header, and whether the server can sort by it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    pub field: &'static str,
    pub label: Text,
    pub sortable: bool,
}

/// The current sort: field and direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortState {
    pub field: String,
    pub ascending: bool,
}

/// A per-row action button.
#[derive(Clone)]
pub struct RowAction {
    pub label: Text,
    pub danger: bool,
    pub run: Callback<Value>,
}

/// Columns for the given item fields, labelled from the item schema.
pub fn columns_for(item: &'static ObjectSchema, fields: &[&'static str], sortable: &[&str]) -> Vec<Column> {
    fields
        .iter()
        .filter_map(|path| item.field_at(path).map(|f| (*path, f)))
        .map(|(path, f)| Column { field: path, label: f.label, sortable: sortable.contains(&path) })
        .collect()
}

#[component]
pub fn DataTable(
    /// Columns in display order.
    #[prop(into)]
    columns: Signal<Vec<Column>>,
    /// The rows (JSON objects).
    #[prop(into)]
    rows: Signal<Vec<Value>>,
    /// Accessible name of the table.
    #[prop(into)]
    caption: Signal<String>,
    /// Current sort, shown with `aria-sort`.
    #[prop(into, optional)]
    sort: Signal<Option<SortState>>,
    /// Called with a sortable column's field when its header is activated.
    #[prop(optional)]
    on_sort: Option<Callback<String>>,
    /// The first column links to this URL for a row.
    #[prop(optional)]
    row_href: Option<Callback<Value, Option<String>>>,
    /// Buttons at the end of each row.
    #[prop(optional)]
    actions: Vec<RowAction>,
    /// Schemas whose enum fields explain coded values in cells.
    #[prop(optional)]
    enum_schemas: Vec<&'static ObjectSchema>,
    /// The rows' state: its column shows badges.
    #[prop(default = None)]
    status: Option<opsdeck_api::resource::StatusDecl>,
    /// `data-testid` of the scrolling container.
    #[prop(optional, into)]
    testid: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    let has_actions = !actions.is_empty();
    let actions = StoredValue::new(actions);
    let enum_schemas = StoredValue::new(enum_schemas);
    let header = move || columns.get().into_iter().map(|c| header_cell(c, sort, on_sort, lang)).collect_view();
    // Long lists render only the rows in view (plus a margin), between two spacer rows, so
    // 10,000 rows cost what 40 do. Rows then have a fixed height.
    let windowed = Memo::new(move |_| rows.with(Vec::len) > WINDOW_THRESHOLD);
    let scroll_top = RwSignal::new(0.0f64);
    let viewport = RwSignal::new(640.0f64);
    let range = Memo::new(move |_| {
        let n = rows.with(Vec::len);
        if !windowed.get() {
            return (0, n);
        }
        let first = ((scroll_top.get() / ROW_HEIGHT) as usize).saturating_sub(OVERSCAN);
        let count = (viewport.get() / ROW_HEIGHT).ceil() as usize + 2 * OVERSCAN;
        (first.min(n), (first + count).min(n))
    });
    let body = move || {
        let cols = columns.get();
        let (start, end) = range.get();
        let n = rows.with(Vec::len);
        let spacer = |count: usize, cols: usize| {
            (windowed.get_untracked() && count > 0).then(|| view! {
                <tr class="spacer" aria-hidden="true"><td colspan=cols.to_string() style=format!("height:{}px", count * ROW_HEIGHT_PX)></td></tr>
            })
        };
        let span = cols.len() + usize::from(has_actions);
        let visible: Vec<Value> = rows.with(|all| all[start..end].to_vec());
        let rendered = visible
            .into_iter()
            .map(|row| {
                let cells = cols
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let leaf = c.field.rsplit('.').next().unwrap_or(c.field);
                        let value = opsdeck_api::jobs::at_path(&row, c.field);
                        let href = if i == 0 { row_href.and_then(|cb| cb.run(row.clone())) } else { None };
                        if let Some(badge) = status.filter(|s| s.field == c.field && href.is_none()).and_then(|s| crate::views::status::status_badge(&s, &row, lang.get())) {
                            return view! { <td>{badge}</td> }.into_any();
                        }
                        match href {
                            Some(href) => {
                                let text = enum_schemas.with_value(|s| cell_text(leaf, value, s, lang.get()));
                                view! { <td><a href=href>{text}</a></td> }.into_any()
                            }
                            None => {
                                let shown = enum_schemas.with_value(|s| value_view(leaf, value, s, lang.get(), false));
                                view! { <td>{shown}</td> }.into_any()
                            }
                        }
                    })
                    .collect_view();
                let buttons = has_actions.then(|| actions.with_value(|acts| row_buttons(acts, &row, lang)));
                view! { <tr style=windowed.get_untracked().then(|| format!("height:{ROW_HEIGHT_PX}px"))>{cells}{buttons}</tr> }
            })
            .collect_view();
        view! { {spacer(start, span)}{rendered}{spacer(n - end, span)} }
    };
    let on_scroll = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            scroll_top.set(el.scroll_top() as f64);
            viewport.set(el.client_height().max(1) as f64);
        }
    };
    view! {
        <div class="table-wrap" class:windowed=windowed on:scroll=on_scroll data-testid=testid
            style=move || windowed.get().then_some("max-height:70vh;overflow-y:auto")>
            <table class="data" aria-rowcount=move || rows.with(Vec::len).to_string()>
                <caption class="visually-hidden">{move || caption.get()}</caption>
                <thead>
                    <tr>
                        {header}
                        {has_actions.then(|| view! { <th scope="col" class="actions">{move || i18n::ACTIONS.get(lang.get())}</th> })}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// A column's header: a button when the column sorts (`aria-sort` says how it is sorted).
fn header_cell(c: Column, sort: Signal<Option<SortState>>, on_sort: Option<Callback<String>>, lang: Signal<opsdeck_api::Lang>) -> AnyView {
    let label = move || c.label.get(lang.get());
    if !(c.sortable && on_sort.is_some()) {
        return view! { <th scope="col">{label}</th> }.into_any();
    }
    let aria_sort = move || match sort.get() {
        Some(s) if s.field == c.field => if s.ascending { "ascending" } else { "descending" },
        _ => "none",
    };
    let arrow = move || match sort.get() {
        Some(s) if s.field == c.field => if s.ascending { " ▲" } else { " ▼" },
        _ => "",
    };
    view! {
        <th scope="col" aria-sort=aria_sort>
            <button type="button" class="sort" on:click=move |_| { if let Some(cb) = on_sort { cb.run(c.field.to_string()) } }>
                {label}{arrow}
            </button>
        </th>
    }
    .into_any()
}

/// The action buttons of one row, each named with the row's `name`.
fn row_buttons(actions: &[RowAction], row: &Value, lang: Signal<opsdeck_api::Lang>) -> impl IntoView {
    let row_name = row.get("name").and_then(Value::as_str).unwrap_or("").to_string();
    let buttons = actions
        .iter()
        .map(|a| {
            let (run, label, danger) = (a.run, a.label, a.danger);
            let row = row.clone();
            let name = row_name.clone();
            view! {
                <button type="button" class=if danger { "btn link danger" } else { "btn link" }
                    aria-label=move || format!("{} {}", label.get(lang.get()), name)
                    on:click=move |_| run.run(row.clone())>
                    {move || label.get(lang.get())}
                </button>
            }
        })
        .collect_view();
    view! { <td class="actions">{buttons}</td> }
}
