//! The console's own URLs: the base path it lives under, internal links, and the links of
//! resource pages (a list, an item with the ancestor ids its operations need, a page linked
//! from a job's answer). Every page builds its links here, so they all agree with the routes.

use opsdeck_api::jobs::Link;
use opsdeck_api::resource::ResourceDecl;
use opsdeck_api::schema::Location;
use opsdeck_api::{url, OperationDecl};
use serde_json::{Map, Value};

thread_local! {
    /// The path the console lives under (`""` at the root; `/ops` when a portal mounts it
    /// there). Set once, before the app mounts.
    static BASE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

pub fn set_base(base: &str) {
    BASE.with(|b| *b.borrow_mut() = base.trim_end_matches('/').to_string());
}

pub fn base() -> String {
    BASE.with(|b| b.borrow().clone())
}

/// An internal link: `path` under the console's base path.
pub fn href(path: &str) -> String {
    format!("{}{path}", base())
}

/// Percent-encodes a path segment or a query value (as the request builder does).
pub fn encode(s: &str) -> String {
    url::encode(s)
}

/// `?query`, or `""` for an empty query.
pub(crate) fn with_question_mark(query: String) -> String {
    if query.is_empty() {
        query
    } else {
        format!("?{query}")
    }
}

/// A resource's list page.
pub fn list_href(r: &ResourceDecl) -> String {
    href(&format!("/{}/{}", r.service.key(), r.key))
}

/// Where the side bar and the overview send a user for a resource: its own console page
/// when it has one, else its list.
pub fn nav_href(r: &ResourceDecl) -> String {
    r.console_page.map(href).unwrap_or_else(|| list_href(r))
}

/// Path parameter names of an operation.
fn path_params(decl: Option<&'static OperationDecl>) -> Vec<&'static str> {
    decl.map(|d| d.params_schema().in_location(Location::Path).map(|f| f.name).collect()).unwrap_or_default()
}

/// The parameters that address one item: its id and its ancestors' ids, taken from the item
/// itself or from the context the page was opened in (`?application_id=…`).
pub fn item_params(r: &ResourceDecl, item: &Value, context: &Map<String, Value>) -> Map<String, Value> {
    let mut m = Map::new();
    let mut link = r.parent;
    while let Some(l) = link {
        if let Some(v) = item.get(l.item_field).filter(|v| !v.is_null()).or_else(|| context.get(l.param)) {
            m.insert(l.param.into(), v.clone());
        }
        link = l.resource.parent;
    }
    // The scope the item lives in (Rainbond's team and region): from the item or the page.
    for p in r.scope_params() {
        if let Some(v) = item.get(p).filter(|v| !v.is_null()).or_else(|| context.get(p)) {
            m.insert(p.into(), v.clone());
        }
    }
    if let Some(id) = item.get(r.id_field) {
        m.insert(r.id_param.into(), id.clone());
    }
    m
}

/// A parameter value as URL text (ids are numbers at some services).
fn param_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The query string carrying the ancestor ids an item's operations need in their path.
pub fn context_query(r: &ResourceDecl, params: &Map<String, Value>) -> String {
    let needed = path_params(r.get.or(r.delete).or(r.list));
    let values: Vec<(&str, String)> = r
        .parent_params()
        .into_iter()
        .chain(r.scope_params())
        .filter(|p| needed.contains(p))
        .filter_map(|p| params.get(p).and_then(param_text).map(|v| (p, v)))
        .collect();
    with_question_mark(url::query_string(values.iter().map(|(k, v)| (*k, v.as_str()))))
}

/// The page of `item` of `r`, with the ancestor ids from the item or from `context`; `None`
/// when the item has no id.
pub fn item_href(r: &ResourceDecl, item: &Value, context: &Map<String, Value>) -> Option<String> {
    let id = item.get(r.id_field).and_then(param_text).filter(|id| !id.is_empty())?;
    let params = item_params(r, item, context);
    Some(format!("{}/{}{}", list_href(r), encode(&id), context_query(r, &params)))
}

/// The edit page of the item whose page is `item_href` (its query kept).
pub fn edit_href(item_href: &str) -> String {
    match item_href.split_once('?') {
        Some((path, query)) => format!("{path}/edit?{query}"),
        None => format!("{item_href}/edit"),
    }
}

/// `?a=1&b=2` for the string parameters of `params` (empty when there are none).
pub fn query_string(params: &Map<String, Value>) -> String {
    with_question_mark(url::query_string(params.iter().filter_map(|(k, v)| Some((k.as_str(), v.as_str()?)))))
}

/// The console page of an item linked from a job or an answer:
/// `/<service>/<resource>/<id>?<params>`.
pub fn link_href(link: &Link, id: &str, params: &[(&'static str, String)]) -> String {
    let query = with_question_mark(url::query_string(params.iter().map(|(k, v)| (*k, v.as_str()))));
    href(&format!("/{}/{}/{}{query}", link.service.key(), link.resource, encode(id)))
}
