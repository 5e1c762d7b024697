//! A query string, decoded (also the shape of a route's path parameters).

use opsdeck_api::url;

/// A query string, decoded: ordered `key=value` pairs (also used for path parameters).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query(Vec<(String, String)>);

impl Query {
    /// Decodes `?a=1&b=x%20y` (the `?` is optional; `+` is a space).
    pub fn parse(search: &str) -> Query {
        Query(url::parse_query(search))
    }

    pub(crate) fn from_pairs(pairs: Vec<(String, String)>) -> Query {
        Query(pairs)
    }

    pub fn get(&self, key: &str) -> Option<String> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }

    /// Sets `key` (in place when present, so the URL keeps its order).
    pub fn replace(&mut self, key: &str, value: String) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key.to_string(), value)),
        }
    }

    pub fn remove(&mut self, key: &str) {
        self.0.retain(|(k, _)| k != key);
    }

    /// `?a=1&b=x%20y`, or `""` when empty.
    pub fn to_query_string(&self) -> String {
        super::links::with_question_mark(url::query_string(self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))))
    }
}

