//! Writes the fields' help texts for the console (`$OUT_DIR/help_texts.rs`, included by
//! src/views/help.rs).
//!
//! The console's own copy of the metadata is built without help texts (opsdeck-api's
//! `help-texts` feature is off for it), so the texts are not in the main wasm module. This
//! script links the metadata with them, walks every field in the order of
//! `opsdeck_api::catalog::walk_fields` and writes the distinct texts plus, per field in that
//! order, which text it has. Only the form code reads the table, so the split build puts it in
//! the form's chunk.

use std::collections::HashMap;
use std::fmt::Write;

fn main() {
    let mut texts: Vec<(&str, &str)> = Vec::new();
    let mut index: HashMap<(&str, &str), u16> = HashMap::new();
    let mut order: Vec<u16> = Vec::new();
    opsdeck_api::catalog::walk_fields(|field| {
        let help = field.help;
        if help.is_empty() {
            order.push(u16::MAX);
            return;
        }
        let next = u16::try_from(texts.len()).expect("fewer than 65535 help texts");
        let i = *index.entry((help.zh, help.en)).or_insert_with(|| {
            texts.push((help.zh, help.en));
            next
        });
        order.push(i);
    });
    let mut out = String::new();
    writeln!(out, "/// The distinct help texts, zh and en.").unwrap();
    writeln!(out, "static TEXTS: [(&str, &str); {}] = [", texts.len()).unwrap();
    for (zh, en) in &texts {
        writeln!(out, "    ({zh:?}, {en:?}),").unwrap();
    }
    writeln!(out, "];").unwrap();
    writeln!(out, "/// Per field in `walk_fields` order: its text in `TEXTS`, or `u16::MAX` for none.").unwrap();
    writeln!(out, "static ORDER: [u16; {}] = {order:?};", order.len()).unwrap();
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("help_texts.rs");
    std::fs::write(path, out).unwrap();
}
