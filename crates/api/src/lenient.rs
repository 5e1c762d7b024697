//! Lenient decoding for response models: services answer with values the documents do not
//! list, `null` where a value is documented, and members the documents never mention. A
//! response model must decode all of that (and keep what it can) rather than fail a whole
//! page over one field. Request models stay exact: they use the plain enums and types.
//!
//! * [`Open<E>`]: an enumeration that keeps an undocumented value as it came, and encodes it
//!   back unchanged; its metadata is `E`'s (the documented values and their meanings).
//! * [`vec`] / [`map`]: `deserialize_with` helpers for `Option<Vec<T>>` and
//!   `Option<BTreeMap<String, T>>` fields: `null` is absent, `null` items are skipped, and an
//!   item that does not decode is skipped instead of failing the list.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::schema::{Schema, Type};

/// A documented enumeration in an answer: one of `E`'s values, or whatever else the service
/// sent, kept as is (decoded and encoded back unchanged, shown as sent).
#[derive(Debug, Clone, PartialEq)]
pub enum Open<E> {
    Known(E),
    /// A value the document does not list (usually a string).
    Other(Value),
}

impl<E> Open<E> {
    pub fn known(&self) -> Option<&E> {
        match self {
            Open::Known(e) => Some(e),
            Open::Other(_) => None,
        }
    }
}

impl<E> From<E> for Open<E> {
    fn from(e: E) -> Self {
        Open::Known(e)
    }
}

impl<E: PartialEq> PartialEq<E> for Open<E> {
    fn eq(&self, other: &E) -> bool {
        matches!(self, Open::Known(e) if e == other)
    }
}

impl<E: Serialize> Serialize for Open<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Open::Known(e) => e.serialize(serializer),
            Open::Other(v) => v.serialize(serializer),
        }
    }
}

impl<'de, E: DeserializeOwned> Deserialize<'de> for Open<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Value::deserialize(deserializer)?;
        Ok(match E::deserialize(&raw) {
            Ok(e) => Open::Known(e),
            Err(_) => Open::Other(raw),
        })
    }
}

impl<E: Schema> Schema for Open<E> {
    // The documented values stay the metadata: forms and tables show their meanings, and an
    // undocumented value is shown as sent.
    const TYPE: &'static Type = E::TYPE;
}

/// An answer that is a bare JSON array (Rainbond's lists): decoded like [`vec`], an item that
/// is `null` or does not decode is skipped; `null` is the empty list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct List<T>(pub Vec<T>);

impl<T> std::ops::Deref for List<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(List(vec(deserializer)?.unwrap_or_default()))
    }
}

impl<T: Schema> Schema for List<T> {
    const TYPE: &'static Type = &Type::Array(T::TYPE);
}

/// `deserialize_with` for an `Option<Vec<T>>` in an answer: `null` → `None`; `null` items and
/// items that do not decode as `T` are skipped.
pub fn vec<'de, D, T>(deserializer: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    Ok(match Value::deserialize(deserializer)? {
        Value::Array(items) => Some(
            items
                .into_iter()
                .filter(|v| !v.is_null())
                .filter_map(|v| T::deserialize(v).ok())
                .collect(),
        ),
        // `null`, or a single value where a list is documented: nothing usable.
        _ => None,
    })
}

/// `deserialize_with` for an `Option<BTreeMap<String, T>>` in an answer: `null` → `None`;
/// members that are `null` or do not decode as `T` are skipped.
pub fn map<'de, D, T>(deserializer: D) -> Result<Option<BTreeMap<String, T>>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    Ok(match Value::deserialize(deserializer)? {
        Value::Object(members) => Some(
            members
                .into_iter()
                .filter(|(_, v)| !v.is_null())
                .filter_map(|(k, v)| T::deserialize(v).ok().map(|t| (k, t)))
                .collect(),
        ),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
    enum Kind {
        #[serde(rename = "vpc")]
        Vpc,
    }

    #[derive(Debug, Deserialize, Serialize)]
    struct Answer {
        #[serde(default, deserialize_with = "vec")]
        kinds: Option<Vec<Open<Kind>>>,
        #[serde(default, deserialize_with = "map")]
        sizes: Option<BTreeMap<String, i64>>,
    }

    #[test]
    fn unknown_values_are_kept_and_encoded_back() {
        let a: Answer = serde_json::from_str(r#"{"kinds":["vpc",null,"nacos",7],"sizes":{"a":1,"b":null,"c":"x"}}"#).unwrap();
        let kinds = a.kinds.as_ref().unwrap();
        assert_eq!(kinds[0], Kind::Vpc);
        assert_eq!(kinds[1], Open::Other(Value::from("nacos")));
        assert_eq!(
            serde_json::to_value(&a).unwrap(),
            serde_json::json!({"kinds": ["vpc", "nacos", 7], "sizes": {"a": 1}})
        );
        let empty: Answer = serde_json::from_str(r#"{"kinds":null,"sizes":null}"#).unwrap();
        assert!(empty.kinds.is_none() && empty.sizes.is_none());
    }
}
