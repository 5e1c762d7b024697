//! `cargo xtask sizes`: where the bytes of the console's main wasm module go, to find what to
//! move into a chunk or drop when the first load is over its budget.
//!
//! `cargo xtask build` keeps the main module as the splitter wrote it, with its function
//! names, at `target/opsdeck_main.named.wasm` (wasm-bindgen then strips the names for
//! shipping). This reads it and prints the code by crate and the largest functions, and the
//! data; the sizes are raw bytes of the function bodies, which is what the crates' shares of
//! the gzip also roughly follow.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::Result;

/// Where `cargo xtask build` leaves the named main module.
pub fn named_main_path() -> PathBuf {
    crate::tools::target_dir().join("opsdeck_main.named.wasm")
}

pub fn sizes(args: &[String]) -> Result<()> {
    let top: usize = crate::flag_value(args, "--top").and_then(|v| v.parse().ok()).unwrap_or(40);
    let filter = crate::flag_value(args, "--grep");
    let path = named_main_path();
    let wasm = std::fs::read(&path).map_err(|e| format!("{}: {e} (run `cargo xtask build` first)", path.display()))?;
    let module = Sizes::read(&wasm)?;

    let code: usize = module.functions.iter().map(|f| f.1).sum();
    println!("main module {} bytes: code {} ({} functions), data {}", wasm.len(), code, module.functions.len(), module.data);
    let mut by_owner: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (name, size) in &module.functions {
        let entry = by_owner.entry(owner(name)).or_default();
        entry.0 += size;
        entry.1 += 1;
    }
    let mut owners: Vec<_> = by_owner.into_iter().collect();
    owners.sort_by(|a, b| b.1 .0.cmp(&a.1 .0));
    println!("\ncode by owner (the innermost `opsdeck` module a function belongs to or is instantiated for, else its crate):");
    for (owner, (size, count)) in owners.iter().take(top) {
        println!("{size:>9} {count:>6}  {owner}");
    }
    let mut largest: Vec<_> = module.functions.iter().filter(|(n, _)| filter.as_deref().is_none_or(|g| n.contains(g))).collect();
    largest.sort_by(|a, b| b.1.cmp(&a.1));
    println!("\nlargest functions{}:", filter.as_deref().map(|g| format!(" matching `{g}`")).unwrap_or_default());
    for (name, size) in largest.iter().take(top) {
        let short: String = name.chars().take(160).collect();
        println!("{size:>9}  {short}");
    }
    Ok(())
}

/// The length of a byte range of the module.
fn span<T: TryInto<usize> + std::ops::Sub<Output = T>>(r: std::ops::Range<T>) -> usize {
    (r.end - r.start).try_into().unwrap_or(usize::MAX)
}

struct Sizes {
    /// Demangled name and body size of each defined function.
    functions: Vec<(String, usize)>,
    data: usize,
}

impl Sizes {
    fn read(wasm: &[u8]) -> Result<Sizes> {
        let mut imported = 0u32;
        let mut bodies: Vec<usize> = Vec::new();
        let mut names: BTreeMap<u32, String> = BTreeMap::new();
        let mut data = 0;
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            match payload.map_err(|e| e.to_string())? {
                wasmparser::Payload::ImportSection(reader) => {
                    for import in reader.into_imports() {
                        if matches!(import.map_err(|e| e.to_string())?.ty, wasmparser::TypeRef::Func(_)) {
                            imported += 1;
                        }
                    }
                }
                wasmparser::Payload::CodeSectionEntry(body) => bodies.push(span(body.range())),
                wasmparser::Payload::DataSection(reader) => data = span(reader.range()),
                wasmparser::Payload::CustomSection(section) => {
                    if let wasmparser::KnownCustom::Name(reader) = section.as_known() {
                        for sub in reader {
                            if let Ok(wasmparser::Name::Function(map)) = sub {
                                for naming in map.into_iter().flatten() {
                                    names.insert(naming.index, format!("{:#}", rustc_demangle::demangle(naming.name)));
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        if names.is_empty() {
            return Err("the module has no function names".into());
        }
        let functions = bodies
            .into_iter()
            .enumerate()
            .map(|(i, size)| {
                let index = imported + i as u32;
                (names.get(&index).cloned().unwrap_or_else(|| format!("#{index}")), size)
            })
            .collect();
        Ok(Sizes { functions, data })
    }
}

/// Who a function's bytes are charged to: the last `opsdeck…` module path in its name (a
/// generic instantiated for a console type counts for the console's module), else the first
/// crate named.
fn owner(name: &str) -> String {
    let words: Vec<&str> = name.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).filter(|w| w.contains("::")).collect();
    let module_of = |w: &str| -> String {
        let parts: Vec<&str> = w.split("::").filter(|p| !p.is_empty()).collect();
        // Crate and up to two modules: `opsdeck::pages::resource`.
        parts.iter().take_while(|p| p.chars().next().is_some_and(|c| c.is_lowercase() || c == '_')).take(3).cloned().collect::<Vec<_>>().join("::")
    };
    if let Some(w) = words.iter().rev().find(|w| w.starts_with("opsdeck")) {
        return module_of(w);
    }
    words.first().map(|w| w.split("::").next().unwrap_or(w).to_string()).unwrap_or_else(|| name.chars().take(40).collect())
}

#[cfg(test)]
mod tests {
    use super::owner;

    #[test]
    fn a_generic_instantiated_for_a_console_type_is_charged_to_the_console_module() {
        assert_eq!(owner("<leptos::view::Foo<opsdeck::pages::resource::list::Row> as core::ops::Fn>::call"), "opsdeck::pages::resource");
        assert_eq!(owner("serde_json::de::from_str"), "serde_json");
        assert_eq!(owner("opsdeck_api::servicestage::git::_::<impl serde::Deserialize for X>::deserialize"), "opsdeck_api::servicestage::git");
    }
}
