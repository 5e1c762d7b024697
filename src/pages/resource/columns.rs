//! A list's columns: the declared ones, or those the user chose for this table (remembered
//! in the browser), and the chooser that picks them.

use leptos::prelude::*;
use opsdeck_api::resource::ResourceDecl;
use opsdeck_api::schema::{ObjectSchema, Type};
use opsdeck_api::OperationDecl;

use crate::i18n::{self, tr, use_lang};
use crate::views::export::{load_columns, save_columns};
use crate::views::table::{columns_for, Column};

/// The columns a list shows and the choice behind them.
#[derive(Clone, Copy)]
pub struct ColumnChoice {
    resource: &'static ResourceDecl,
    item_schema: &'static ObjectSchema,
    /// The chosen fields, in the schema's order.
    chosen: RwSignal<Vec<String>>,
    pub columns: Signal<Vec<Column>>,
}

/// The column choice of the list of `r` by `list_decl` (whose sort parameter says which
/// columns sort).
pub fn use_column_choice(r: &'static ResourceDecl, list_decl: &'static OperationDecl) -> ColumnChoice {
    let item_schema = super::list_meta::loaded(r).items.expect("list items are objects (the page waits for its metadata)");
    let sortable: Vec<&str> = r
        .sorting
        .and_then(|s| list_decl.params_schema().field(s.by))
        .map(|f| match f.ty {
            Type::Enum(e) => e.values.iter().map(|v| v.value).collect(),
            _ => Vec::new(),
        })
        .unwrap_or_default();
    let chosen = RwSignal::new(load_columns(r.key).unwrap_or_else(|| r.columns.iter().map(|c| c.to_string()).collect()));
    let sortable = StoredValue::new(sortable);
    let columns = Signal::derive(move || {
        let names: Vec<&'static str> = chosen.with(|c| c.iter().filter_map(|n| choosable(r, item_schema).into_iter().find(|e| e == n)).collect());
        sortable.with_value(|s| columns_for(item_schema, &names, s))
    });
    ColumnChoice { resource: r, item_schema, chosen, columns }
}

/// What the chooser offers: the declared columns (which may reach into nested objects, like
/// `status.component_status`), then every other field of an item.
fn choosable(r: &'static ResourceDecl, item_schema: &'static ObjectSchema) -> Vec<&'static str> {
    let mut all: Vec<&'static str> = r.columns.to_vec();
    all.extend(item_schema.fields.iter().map(|f| f.name).filter(|n| !r.columns.contains(n)));
    all
}

impl ColumnChoice {
    /// Shows or hides a column (the last one stays), and remembers the choice.
    fn toggle(self, name: &'static str, on: bool) {
        let r = self.resource;
        self.chosen.update(|c| {
            if on {
                if !c.iter().any(|x| x == name) {
                    // Keep the schema's order.
                    c.push(name.to_string());
                    let order = choosable(r, self.item_schema);
                    c.sort_by_key(|x| order.iter().position(|o| o == x).unwrap_or(usize::MAX));
                }
            } else if c.len() > 1 {
                c.retain(|x| x != name);
            }
        });
        save_columns(r.key, &self.chosen.get_untracked());
    }
}

/// The column chooser: a check box per field an item has.
pub fn column_chooser(choice: ColumnChoice) -> impl IntoView {
    let lang = use_lang();
    let r = choice.resource;
    let boxes = choosable(r, choice.item_schema)
        .into_iter()
        .filter_map(|path| choice.item_schema.field_at(path).map(|f| (path, f)))
        .map(|(name, f)| {
            let id = format!("col-{}-{}", r.key, name.replace('.', "-"));
            let input_id = id.clone();
            view! {
                <label for=id class="chooser-item">
                    <input id=input_id type="checkbox" prop:checked=move || choice.chosen.with(|c| c.iter().any(|x| x == name))
                        on:change=move |ev| choice.toggle(name, event_target_checked(&ev)) />
                    {move || f.label.get(lang.get())}
                </label>
            }
        })
        .collect_view();
    view! {
        <details class="chooser">
            <summary class="btn secondary small">{tr(i18n::COLUMNS)}</summary>
            <div class="chooser-menu" role="group" aria-label=move || i18n::COLUMNS.get(lang.get())>{boxes}</div>
        </details>
    }
}
