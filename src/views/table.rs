//! The data table: columns from schema metadata, sortable headers, row links and actions.
//! It only shows rows; paging, filters and fetching belong to the page that owns it.

use leptos::prelude::*;
use opsdeck_api::schema::{ObjectSchema, Text};
use serde_json::Value;

use crate::format::cell_text;
use crate::i18n::{self, use_lang};

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
        .filter_map(|name| item.field(name))
        .map(|f| Column { field: f.name, label: f.label, sortable: sortable.contains(&f.name) })
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
) -> impl IntoView {
    let lang = use_lang();
    let has_actions = !actions.is_empty();
    let actions = StoredValue::new(actions);
    let enum_schemas = StoredValue::new(enum_schemas);
    let header = move || {
        columns
            .get()
            .into_iter()
            .map(|c| {
                let aria_sort = move || match sort.get() {
                    Some(s) if s.field == c.field => if s.ascending { "ascending" } else { "descending" },
                    _ => "none",
                };
                let label = move || c.label.get(lang.get());
                if c.sortable && on_sort.is_some() {
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
                } else {
                    view! { <th scope="col">{label}</th> }.into_any()
                }
            })
            .collect_view()
    };
    let body = move || {
        let cols = columns.get();
        rows.get()
            .into_iter()
            .map(|row| {
                let cells = cols
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let text = enum_schemas.with_value(|s| cell_text(c.field, row.get(c.field), s, lang.get()));
                        let href = if i == 0 { row_href.and_then(|cb| cb.run(row.clone())) } else { None };
                        match href {
                            Some(href) => view! { <td><a href=href>{text}</a></td> }.into_any(),
                            None => view! { <td>{text}</td> }.into_any(),
                        }
                    })
                    .collect_view();
                let buttons = has_actions.then(|| {
                    let row_name = row.get("name").and_then(Value::as_str).unwrap_or("").to_string();
                    let buttons = actions.with_value(|acts| {
                        acts.iter()
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
                            .collect_view()
                    });
                    view! { <td class="actions">{buttons}</td> }
                });
                view! { <tr>{cells}{buttons}</tr> }
            })
            .collect_view()
    };
    view! {
        <div class="table-wrap">
            <table class="data">
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
