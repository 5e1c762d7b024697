//! What a resource's pages need to know about the data its list shows, beyond the operation
//! declarations: the schema of one list item (columns, labels, nested fields, enumerations)
//! and the enumerations its operations' bodies declare (answers often type a coded value as a
//! plain string, and the body says what it means).
//!
//! The shipped console does not carry these schemas in its first load: `cargo xtask build`
//! writes one small JSON document per resource with [`encode`], and the console fetches the
//! one of the page it opens and reads it with [`decode`]. Everything else (native code,
//! tests, the console's dev build) takes them from the declarations with [`of`].
//!
//! The document carries what a list and a detail view show: names, labels, types, required
//! flags and enumerations with their meanings and aliases. Help texts and constraints stay in
//! the declarations (forms read them there).

use serde_json::{json, Value};

use crate::resource::ResourceDecl;
use crate::schema::{EnumSchema, EnumValue, Field, Location, ObjectSchema, Rules, Text, Type};

/// A resource's list metadata.
#[derive(Debug, Clone, Copy, Default)]
pub struct ListMeta {
    /// One item of the resource's page list (`ResourceDecl::item_schema`).
    pub items: Option<&'static ObjectSchema>,
    /// The enumerations of its operations' bodies, by field name, as one flat schema.
    pub body_enums: Option<&'static ObjectSchema>,
}

/// The metadata of `r`, from its declarations. The enumerations are gathered into a new
/// schema, which is leaked: call it once per resource and keep the result.
pub fn of(r: &ResourceDecl) -> ListMeta {
    let mut found: Vec<(&'static str, Vec<&'static EnumValue>)> = Vec::new();
    let bodies = [r.create, r.update].into_iter().flatten().chain(r.operations()).filter_map(|d| d.body_schema());
    for body in bodies {
        collect_enums(body, 3, &mut found);
    }
    let body_enums = (!found.is_empty()).then(|| {
        let fields = found
            .into_iter()
            .map(|(name, values)| {
                let values: Vec<EnumValue> = values.into_iter().map(|v| EnumValue { value: v.value, meaning: v.meaning, aliases: v.aliases }).collect();
                let schema: &'static EnumSchema = Box::leak(Box::new(EnumSchema { name, title: Text::EMPTY, values: values.leak() }));
                field(name, Box::leak(Box::new(Type::Enum(schema))), false, Text::EMPTY)
            })
            .collect::<Vec<_>>();
        &*Box::leak(Box::new(ObjectSchema { name: "", title: Text::EMPTY, fields: fields.leak() }))
    });
    ListMeta { items: r.item_schema(), body_enums }
}

/// Enumerations by field name, up to `depth` levels down, in the order the fields come; the
/// first meaning of a value wins.
fn collect_enums(schema: &'static ObjectSchema, depth: u8, out: &mut Vec<(&'static str, Vec<&'static EnumValue>)>) {
    for f in schema.fields {
        if let Type::Enum(e) = f.ty {
            let at = match out.iter().position(|(name, _)| *name == f.name) {
                Some(at) => at,
                None => {
                    out.push((f.name, Vec::new()));
                    out.len() - 1
                }
            };
            for v in e.values {
                if !out[at].1.iter().any(|known| known.value == v.value) {
                    out[at].1.push(v);
                }
            }
        }
    }
    if depth > 0 {
        for f in schema.fields {
            if let Type::Object(inner) | Type::Array(Type::Object(inner)) = f.ty {
                collect_enums(inner, depth - 1, out);
            }
        }
    }
}

/// The metadata as a compact JSON document: `{"items": OBJECT, "enums": [FIELD…]}`, where a
/// type is `"s"`, `"i"`, `"n"`, `"b"` or `"a"` (string, integer, number, boolean, any JSON),
/// `{"o": [NAME, [FIELD…]]}`, `{"e": [[VALUE, ZH, EN, [ALIAS…]?]…]}`, `{"[": TYPE}` (array)
/// or `{"{": TYPE}` (map); a field is `[NAME, TYPE, LABEL_ZH, LABEL_EN]`, with a fifth `1`
/// when it is required.
pub fn encode(meta: &ListMeta) -> Value {
    let mut doc = serde_json::Map::new();
    if let Some(items) = meta.items {
        doc.insert("items".into(), encode_object(items));
    }
    if let Some(enums) = meta.body_enums {
        doc.insert("enums".into(), Value::Array(enums.fields.iter().map(encode_field).collect()));
    }
    Value::Object(doc)
}

fn encode_object(o: &ObjectSchema) -> Value {
    json!({ "o": [o.name, o.fields.iter().map(encode_field).collect::<Vec<_>>()] })
}

fn encode_field(f: &Field) -> Value {
    let mut out = vec![json!(f.name), encode_type(f.ty), json!(f.label.zh), json!(f.label.en)];
    if f.required {
        out.push(json!(1));
    }
    Value::Array(out)
}

pub(crate) fn encode_type(t: &Type) -> Value {
    match t {
        Type::String => json!("s"),
        Type::Integer => json!("i"),
        Type::Number => json!("n"),
        Type::Boolean => json!("b"),
        Type::Any => json!("a"),
        Type::Object(o) => encode_object(o),
        Type::Enum(e) => {
            let values = e
                .values
                .iter()
                .map(|v| {
                    let mut out = vec![json!(v.value), json!(v.meaning.zh), json!(v.meaning.en)];
                    if !v.aliases.is_empty() {
                        out.push(json!(v.aliases));
                    }
                    Value::Array(out)
                })
                .collect::<Vec<_>>();
            json!({ "e": values })
        }
        Type::Array(t) => json!({ "[": encode_type(t) }),
        Type::Map(t) => json!({ "{": encode_type(t) }),
    }
}

/// Reads a document [`encode`] wrote (`None`: it is not one). What it builds lives as long as
/// the program, as the declarations do: read each resource's document once.
pub fn decode(doc: &Value) -> Option<ListMeta> {
    let items = match doc.get("items") {
        Some(v) => Some(decode_object(v)?),
        None => None,
    };
    let body_enums = match doc.get("enums") {
        Some(Value::Array(fields)) => {
            let fields = fields.iter().map(decode_field).collect::<Option<Vec<_>>>()?;
            Some(&*Box::leak(Box::new(ObjectSchema { name: "", title: Text::EMPTY, fields: fields.leak() })))
        }
        Some(_) => return None,
        None => None,
    };
    Some(ListMeta { items, body_enums })
}

pub(crate) fn text(v: &Value) -> Option<&'static str> {
    Some(v.as_str()?.to_string().leak())
}

fn decode_object(v: &Value) -> Option<&'static ObjectSchema> {
    let [name, fields] = v.get("o")?.as_array()?.as_slice() else { return None };
    let fields = fields.as_array()?.iter().map(decode_field).collect::<Option<Vec<_>>>()?;
    Some(Box::leak(Box::new(ObjectSchema { name: text(name)?, title: Text::EMPTY, fields: fields.leak() })))
}

fn decode_field(v: &Value) -> Option<Field> {
    let parts = v.as_array()?;
    let [name, ty, zh, en, rest @ ..] = parts.as_slice() else { return None };
    let required = rest.first().is_some_and(|r| r.as_u64() == Some(1));
    Some(field(text(name)?, decode_type(ty)?, required, Text::new(text(zh)?, text(en)?)))
}

fn field(name: &'static str, ty: &'static Type, required: bool, label: Text) -> Field {
    Field { name, ty, required, label, help: Text::EMPTY, location: Location::Body, rules: &Rules::NONE }
}

pub(crate) fn decode_type(v: &Value) -> Option<&'static Type> {
    // The scalar kinds are shared statics: no allocation for the most common fields.
    static STRING: Type = Type::String;
    static INTEGER: Type = Type::Integer;
    static NUMBER: Type = Type::Number;
    static BOOLEAN: Type = Type::Boolean;
    static ANY: Type = Type::Any;
    if let Some(kind) = v.as_str() {
        return match kind {
            "s" => Some(&STRING),
            "i" => Some(&INTEGER),
            "n" => Some(&NUMBER),
            "b" => Some(&BOOLEAN),
            "a" => Some(&ANY),
            _ => None,
        };
    }
    let ty = if v.get("o").is_some() {
        Type::Object(decode_object(v)?)
    } else if let Some(values) = v.get("e") {
        let values = values
            .as_array()?
            .iter()
            .map(|value| {
                let parts = value.as_array()?;
                let [value, zh, en, rest @ ..] = parts.as_slice() else { return None };
                let aliases = match rest.first() {
                    Some(list) => list.as_array()?.iter().map(text).collect::<Option<Vec<_>>>()?.leak(),
                    None => &[][..],
                };
                Some(EnumValue { value: text(value)?, meaning: Text::new(text(zh)?, text(en)?), aliases })
            })
            .collect::<Option<Vec<_>>>()?;
        Type::Enum(Box::leak(Box::new(EnumSchema { name: "", title: Text::EMPTY, values: values.leak() })))
    } else if let Some(inner) = v.get("[") {
        Type::Array(decode_type(inner)?)
    } else if let Some(inner) = v.get("{") {
        Type::Map(decode_type(inner)?)
    } else {
        return None;
    };
    Some(Box::leak(Box::new(ty)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the document carries of a field (its help and constraints stay in the
    /// declarations), compared recursively.
    fn same_shown(a: &Type, b: &Type) -> bool {
        match (a, b) {
            (Type::Object(x), Type::Object(y)) => same_object(x, y),
            (Type::Enum(x), Type::Enum(y)) => {
                x.values.len() == y.values.len()
                    && x.values.iter().zip(y.values).all(|(v, w)| v.value == w.value && v.meaning == w.meaning && v.aliases == w.aliases)
            }
            (Type::Array(x), Type::Array(y)) | (Type::Map(x), Type::Map(y)) => same_shown(x, y),
            (x, y) => x == y,
        }
    }

    fn same_object(x: &ObjectSchema, y: &ObjectSchema) -> bool {
        x.name == y.name
            && x.fields.len() == y.fields.len()
            && x.fields.iter().zip(y.fields).all(|(f, g)| f.name == g.name && f.label == g.label && f.required == g.required && same_shown(f.ty, g.ty))
    }

    #[test]
    fn every_resource_s_metadata_reads_back_as_it_was_written() {
        let mut with_items = 0;
        for r in crate::catalog::RESOURCES {
            let meta = of(r);
            // Through text, as the console reads it.
            let text = encode(&meta).to_string();
            let back = decode(&serde_json::from_str(&text).unwrap()).unwrap_or_else(|| panic!("{} does not read back", r.key));
            assert_eq!(meta.items.is_some(), back.items.is_some(), "{}", r.key);
            if let (Some(a), Some(b)) = (meta.items, back.items) {
                assert!(same_object(a, b), "{}: item schema differs after the round trip", r.key);
                with_items += 1;
            }
            match (meta.body_enums, back.body_enums) {
                (Some(a), Some(b)) => assert!(same_object(a, b), "{}: body enumerations differ", r.key),
                (None, None) => {}
                _ => panic!("{}: body enumerations lost or invented", r.key),
            }
        }
        assert!(with_items > 20, "the resources with a list: {with_items}");
    }

    #[test]
    fn a_body_enumeration_explains_its_values_in_the_metadata() {
        let components = crate::catalog::RESOURCES.iter().find(|r| r.key == "components").unwrap();
        let enums = of(components).body_enums.expect("component bodies declare enumerations");
        let Type::Enum(e) = enums.fields.iter().find(|f| f.name == "type").expect("the runtime stack's type").ty else { panic!("an enumeration") };
        assert!(e.values.iter().any(|v| v.value == "Docker" && !v.meaning.en.is_empty()), "{e:?}");
    }

    #[test]
    fn what_is_not_a_metadata_document_is_refused() {
        for bad in [json!({"items": {"x": []}}), json!({"items": {"o": ["A", [["f", "q", "", ""]]]}}), json!({"enums": 3}), json!({"items": {"o": ["A", [["f"]]]}})] {
            assert!(decode(&bad).is_none(), "{bad}");
        }
        let empty = decode(&json!({})).unwrap();
        assert!(empty.items.is_none() && empty.body_enums.is_none());
    }
}
