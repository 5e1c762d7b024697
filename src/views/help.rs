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

thread_local! {
    /// Field (by address) → its text in `TEXTS`; built on first use. The console reaches its
    /// fields through the catalog, whose statics are the ones `walk_fields` visits.
    static BY_FIELD: HashMap<usize, u16> = {
        let mut map = HashMap::new();
        let mut order = ORDER.iter();
        opsdeck_api::catalog::walk_fields(|field| {
            if let Some(&i) = order.next().filter(|&&i| i != u16::MAX) {
                map.insert(field as *const Field as usize, i);
            }
        });
        map
    };
}

/// The documented help text of `field` (empty when it has none).
pub fn help(field: &'static Field) -> Text {
    // Builds that link the metadata with its help texts (native tests) have it in place.
    if !field.help.is_empty() {
        return field.help;
    }
    let i = BY_FIELD.with(|map| map.get(&(field as *const Field as usize)).copied());
    i.map(|i| {
        let (zh, en) = TEXTS[i as usize];
        Text { zh, en }
    })
    .unwrap_or(Text::EMPTY)
}

/// How many fields the table describes, and how many the console's metadata has: equal when
/// the table was written from the same declarations (checked by a browser test).
pub fn coverage() -> (usize, usize) {
    let mut fields = 0;
    opsdeck_api::catalog::walk_fields(|_| fields += 1);
    (ORDER.len(), fields)
}
