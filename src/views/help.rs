//! Fields' help texts for the forms.
//!
//! The console's metadata carries no help texts (they are a good part of the declarations'
//! bytes, and only forms show them): `build.rs` writes them into a table, in the order in
//! which `opsdeck_api::catalog::walk_fields` visits the fields. Here the same walk over the
//! console's own metadata pairs each field with its text. Only the form code calls [`help`],
//! so in the shipped build the table is in the form's wasm chunk, not in the main module.

use opsdeck_api::schema::{Field, Text};
use std::collections::HashMap;

include!(concat!(env!("OUT_DIR"), "/help_texts.rs"));

/// Where to find a field's text.
#[derive(Default)]
struct Index {
    /// By the field's address: the fields of the catalog's operations.
    by_address: HashMap<usize, u16>,
    /// By wire name and label, for a field reached through a copy of its type made in another
    /// crate (a `Type` constant used there has its own address); `None` when two fields so
    /// named have different texts.
    by_name: HashMap<(&'static str, &'static str, &'static str), Option<u16>>,
}

thread_local! {
    /// Built on first use.
    static INDEX: Index = {
        let mut index = Index::default();
        let mut order = ORDER.iter();
        opsdeck_api::catalog::walk_fields(|field| {
            let Some(&i) = order.next() else { return };
            if i == u16::MAX {
                return;
            }
            index.by_address.insert(field as *const Field as usize, i);
            index
                .by_name
                .entry((field.name, field.label.zh, field.label.en))
                .and_modify(|known| if *known != Some(i) { *known = None })
                .or_insert(Some(i));
        });
        index
    };
}

/// The documented help text of `field` (empty when it has none).
pub fn help(field: &'static Field) -> Text {
    // Builds that link the metadata with its help texts (native tests) have it in place.
    if !field.help.is_empty() {
        return field.help;
    }
    INDEX.with(|index| {
        let i = index.by_address.get(&(field as *const Field as usize)).copied();
        let i = i.or_else(|| index.by_name.get(&(field.name, field.label.zh, field.label.en)).copied().flatten());
        i.map(|i| {
            let (zh, en) = TEXTS[i as usize];
            Text { zh, en }
        })
        .unwrap_or(Text::EMPTY)
    })
}

/// How many fields the table describes, and how many the console's metadata has: equal when
/// the table was written from the same declarations (checked by a browser test).
pub fn coverage() -> (usize, usize) {
    let mut fields = 0;
    opsdeck_api::catalog::walk_fields(|_| fields += 1);
    (ORDER.len(), fields)
}
