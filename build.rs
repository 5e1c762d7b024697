//! Writes the fields' help texts for the console (`$OUT_DIR/help_texts.rs`, included by
//! src/views/form/help.rs).
//!
//! The console's own copy of the metadata is built without help texts (opsdeck-api's
//! `help-texts` feature is off for it), so the texts are not in the main wasm module. This
//! script links the metadata with them, walks every field a form can show and writes the
//! distinct texts plus, sorted by key, each field's key (operation, part, path: see
//! src/views/form/help_key.rs, which the form uses to compute the same keys) and its text.
//! Only the form code reads the table, so the split build puts it in the forms' chunk.

use std::collections::HashMap;
use std::fmt::Write;

#[path = "src/views/form/help_key.rs"]
mod help_key;

fn main() {
    println!("cargo::rerun-if-changed=src/views/form/help_key.rs");
    let mut texts: Vec<(&str, &str)> = Vec::new();
    let mut index: HashMap<(&str, &str), u16> = HashMap::new();
    let mut keys: HashMap<u64, (String, u16)> = HashMap::new();
    help_key::walk_form_fields(|op, part, path, field| {
        let help = field.help;
        if help.is_empty() {
            return;
        }
        let next = u16::try_from(texts.len()).expect("fewer than 65535 help texts");
        let i = *index.entry((help.zh, help.en)).or_insert_with(|| {
            texts.push((help.zh, help.en));
            next
        });
        let key = help_key::help_key(op, part, path.iter().copied());
        let text = help_key::key_text(op, part, path);
        if let Some((other, _)) = keys.get(&key) {
            assert_eq!(*other, text, "two help keys hash alike: change the hash in help_key.rs");
        }
        keys.insert(key, (text, i));
    });
    let mut sorted: Vec<(u64, u16)> = keys.into_iter().map(|(k, (_, i))| (k, i)).collect();
    sorted.sort_unstable();
    let mut out = String::new();
    writeln!(out, "/// The distinct help texts, zh and en.").unwrap();
    writeln!(out, "static TEXTS: [(&str, &str); {}] = [", texts.len()).unwrap();
    for (zh, en) in &texts {
        writeln!(out, "    ({zh:?}, {en:?}),").unwrap();
    }
    writeln!(out, "];").unwrap();
    writeln!(out, "/// Each field's help key (sorted) and its text in `TEXTS`.").unwrap();
    writeln!(out, "static KEYS: [(u64, u16); {}] = {sorted:?};", sorted.len()).unwrap();
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("help_texts.rs");
    std::fs::write(path, out).unwrap();
}
