//! Short names for the imports of wasm-bindgen's glue (a step of `cargo xtask build`).

use std::path::Path;

use crate::Result;

/// Gives the main module's imports from wasm-bindgen's glue short names, in the module and in
/// `opsdeck.js` alike (`__wbg_fetch_1a2b…` becomes `w7`): each name carries a 16-digit hash
/// that no compressor can shrink, written once in each file (about 7 KB gzip of the first
/// load). Like a JS minifier's renaming, nothing else changes; a name the glue does not hold
/// as exactly one key stops the build.
pub fn shorten_import_names(pkg: &Path) -> Result<()> {
    let wasm_path = pkg.join("opsdeck_bg.wasm");
    let js_path = pkg.join("opsdeck.js");
    let wasm = std::fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    let mut js = std::fs::read_to_string(&js_path).map_err(|e| format!("{}: {e}", js_path.display()))?;
    let hashed = |name: &str| {
        name.starts_with("__wbg_") && name.len() > 23 && name.as_bytes()[name.len() - 17] == b'_' && name[name.len() - 16..].bytes().all(|b| b.is_ascii_hexdigit())
    };
    let bad = || format!("{}: an import section this build cannot read", wasm_path.display());
    let mut module = wasm_encoder::Module::new();
    let mut renamed = 0usize;
    for payload in wasmparser::Parser::new(0).parse_all(&wasm) {
        let payload = payload.map_err(|e| format!("{}: {e}", wasm_path.display()))?;
        let Some((id, range)) = payload.as_section() else { continue };
        let data = wasm.get(range.start as usize..range.end as usize).ok_or_else(bad)?;
        if id != 2 {
            module.section(&wasm_encoder::RawSection { id, data });
            continue;
        }
        // The import section, entry by entry: module, name, then the entity's type, copied.
        let mut at = 0;
        let count = leb(data, &mut at).ok_or_else(bad)?;
        let mut out = Vec::new();
        wasm_leb(&mut out, count);
        for _ in 0..count {
            let module_name = name_at(data, &mut at).ok_or_else(bad)?;
            let name = name_at(data, &mut at).ok_or_else(bad)?;
            let start = at;
            let kind = *data.get(at).ok_or_else(bad)?;
            at += 1;
            let limits = |at: &mut usize| -> Option<()> {
                let flags = *data.get(*at)?;
                *at += 1;
                leb(data, at)?;
                if flags & 1 == 1 {
                    leb(data, at)?;
                }
                Some(())
            };
            match kind {
                0 => leb(data, &mut at).map(drop),
                1 => {
                    at += 1;
                    limits(&mut at)
                }
                2 => limits(&mut at),
                3 => {
                    at += 2;
                    Some(())
                }
                _ => None,
            }
            .ok_or_else(bad)?;
            let new_name = if module_name == "./opsdeck_bg.js" && hashed(name) {
                let short = format!("w{renamed:x}");
                renamed += 1;
                let key = format!("{name}:");
                if js.matches(&key).count() != 1 {
                    return Err(format!("{}: the import {name} is not one key of the glue", js_path.display()));
                }
                js = js.replacen(&key, &format!("{short}:"), 1);
                short
            } else {
                name.to_string()
            };
            for text in [module_name, new_name.as_str()] {
                wasm_leb(&mut out, text.len() as u64);
                out.extend_from_slice(text.as_bytes());
            }
            out.extend_from_slice(data.get(start..at).ok_or_else(bad)?);
        }
        module.section(&wasm_encoder::RawSection { id, data: &out });
    }
    std::fs::write(&wasm_path, module.finish()).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    std::fs::write(&js_path, js).map_err(|e| format!("{}: {e}", js_path.display()))?;
    println!("gave {renamed} imports short names");
    Ok(())
}

/// An unsigned LEB128 number at `at` (moved past it).
fn leb(data: &[u8], at: &mut usize) -> Option<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *data.get(*at)?;
        *at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

fn wasm_leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A length-prefixed UTF-8 name at `at` (moved past it).
fn name_at<'a>(data: &'a [u8], at: &mut usize) -> Option<&'a str> {
    let len = usize::try_from(leb(data, at)?).ok()?;
    let text = std::str::from_utf8(data.get(*at..*at + len)?).ok()?;
    *at += len;
    Some(text)
}
