//! The stable key a field's help text is filed under: the operation's id, the part of the
//! request (`params` or `body`) and the field's path in it without array indices, e.g.
//! `servicestage.component.create body spec.runtime_stack.version`, hashed (64-bit FNV-1a) so
//! the table carries eight bytes per field instead of the text.
//!
//! `build.rs` includes this file too: it files each text under the key computed here, and the
//! form computes the same key for the field it shows. A field is never identified by its
//! address (Rust does not promise one address per `const`), nor by its place in a walk.
//!
//! Only `std` and `opsdeck_api` here: the build script compiles this file on its own.

use opsdeck_api::schema::{Field, Type};

/// Which part of an operation's request a form edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Params,
    Body,
}

impl Part {
    fn word(self) -> &'static str {
        match self {
            Part::Params => "params",
            Part::Body => "body",
        }
    }
}

/// 64-bit FNV-1a over the key's text, fed piece by piece (nothing is allocated).
struct Fnv(u64);

impl Fnv {
    fn write(mut self, bytes: &[u8]) -> Fnv {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self
    }
}

/// The key of the field at `path` (its members' names; array indices left out) in `part` of
/// the operation `op`.
pub fn help_key<'a>(op: &str, part: Part, path: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325).write(op.as_bytes()).write(b" ").write(part.word().as_bytes()).write(b" ");
    for (i, name) in path.into_iter().enumerate() {
        if i > 0 {
            h = h.write(b".");
        }
        h = h.write(name.as_bytes());
    }
    h.0
}

/// The key's text, as it is hashed (for messages).
pub fn key_text(op: &str, part: Part, path: &[&str]) -> String {
    format!("{op} {} {}", part.word(), path.join("."))
}

/// Every field a form can show, with its operation, part and path: the parameters and the
/// body of every declared operation, into nested objects and the objects of arrays (maps and
/// free-form values are JSON editors, without fields of their own).
pub fn walk_form_fields(mut visit: impl FnMut(&'static str, Part, &[&'static str], &'static Field)) {
    /// Called with each field's operation, part and path.
    type Visit<'v> = dyn FnMut(&'static str, Part, &[&'static str], &'static Field) + 'v;
    fn walk(ty: &'static Type, op: &'static str, part: Part, path: &mut Vec<&'static str>, depth: u32, visit: &mut Visit<'_>) {
        // The documents' schemas are trees; the bound only guards against a mistake.
        if depth > 32 {
            return;
        }
        match ty {
            Type::Object(o) => {
                for f in o.fields {
                    path.push(f.name);
                    visit(op, part, path, f);
                    walk(f.ty, op, part, path, depth + 1, visit);
                    path.pop();
                }
            }
            Type::Array(item) => walk(item, op, part, path, depth + 1, visit),
            _ => {}
        }
    }
    for op in opsdeck_api::catalog::operations() {
        walk(op.params(), op.id, Part::Params, &mut Vec::new(), 0, &mut visit);
        if let Some(body) = op.body() {
            walk(body, op.id, Part::Body, &mut Vec::new(), 0, &mut visit);
        }
    }
}
