//! Fields' help texts for the forms.
//!
//! The console's metadata carries no help texts (they are a good part of the declarations'
//! bytes, and only forms show them): `build.rs` writes them into a table, each filed under its
//! field's [`help_key`] (operation, part, path). A form computes the key of the field it shows
//! and looks its text up here. Only the form code calls [`help`], so in the shipped build the
//! table is in the forms' wasm chunk, not in the main module.

use opsdeck_api::json_path::Seg;
use opsdeck_api::schema::{Field, Text};

use super::help_key::{help_key, walk_form_fields, Part};
use super::FormState;

include!(concat!(env!("OUT_DIR"), "/help_texts.rs"));

/// The documented help text of the field at `path` of `form` (empty when it has none).
pub fn help(form: FormState, path: &[Seg<'_>], field: &Field) -> Text {
    // Builds that link the metadata with its help texts (native tests) have it in place.
    if !field.help.is_empty() {
        return field.help;
    }
    let names = path.iter().filter_map(|seg| match seg {
        Seg::Key(name) => Some(*name),
        Seg::Index(_) => None,
    });
    let key = help_key(form.op, form.part(), names);
    match KEYS.binary_search_by_key(&key, |(k, _)| *k) {
        Ok(i) => {
            let (zh, en) = TEXTS[KEYS[i].1 as usize];
            Text { zh, en }
        }
        Err(_) => Text::EMPTY,
    }
}

/// How many help texts the table files, and how many of those keys are keys of fields of the
/// console's own metadata (walked at run time): equal when the table was written from the same
/// declarations with the same keys (checked by a browser test).
pub fn coverage() -> (usize, usize) {
    let mut found = 0;
    walk_form_fields(|op, part: Part, path, _| {
        let key = help_key(op, part, path.iter().copied());
        if KEYS.binary_search_by_key(&key, |(k, _)| *k).is_ok() {
            found += 1;
        }
    });
    (KEYS.len(), found)
}
