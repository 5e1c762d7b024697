//! A list's state as a link carries it: paging, sorting, filters and scope in the URL's query
//! (so a link reproduces the view), or, for a list inside a parent's page, kept by the list
//! itself; and the list call's parameters read from it.

use leptos::prelude::*;
use opsdeck_api::resource::{Paging, ResourceDecl};
use opsdeck_api::schema::{Location, Type};
use opsdeck_api::OperationDecl;
use serde_json::{json, Map, Value};

use crate::router::{self, use_query_map, Query};
use crate::views::table::SortState;

/// The state of one list; `Copy`, so its parts share it.
#[derive(Clone, Copy)]
pub struct ListQuery {
    pub resource: &'static ResourceDecl,
    /// The operation listing the items.
    pub list_decl: &'static OperationDecl,
    /// Inside a parent's page: the state is the list's own, not the URL's.
    pub embedded: bool,
    /// The parent's ids (inside a parent's page).
    pub fixed: StoredValue<Map<String, Value>>,
    /// The query: the URL's, or the list's own when embedded.
    pub query: Memo<Query>,
    local: RwSignal<Query>,
    /// The paging parameters' names (none for a list without paging) and the largest page.
    pub limit_param: Option<&'static str>,
    pub offset_param: Option<&'static str>,
    pub max_limit: u32,
    pub limit: Memo<u32>,
    pub offset: Memo<u32>,
    pub sort: Memo<Option<SortState>>,
    /// The list call's parameters.
    pub params: Memo<Map<String, Value>>,
    /// The scope (team, region) is not chosen yet: the list waits for the scope bar.
    pub scope_missing: Memo<bool>,
    /// A filter holds a value.
    pub any_filter: Memo<bool>,
}

/// The state of the list of `r` by `list_decl`; `fixed`: the parent's ids when it is
/// embedded in the parent's page.
pub fn use_list_query(r: &'static ResourceDecl, list_decl: &'static OperationDecl, fixed: Option<Map<String, Value>>) -> ListQuery {
    let embedded = fixed.is_some();
    let fixed = StoredValue::new(fixed.unwrap_or_default());
    let url_query = use_query_map();
    let local = RwSignal::new(Query::default());
    let query = Memo::new(move |_| if embedded { local.get() } else { url_query.get() });
    // Page-numbered lists keep an offset in the URL like the others and send the page it
    // falls in (`page_param`).
    let (limit_param, offset_param, max_limit, page_param) = match r.paging {
        Paging::LimitOffset { limit, offset, max_limit } => (Some(limit), Some(offset), max_limit, None),
        Paging::Page { page, per_page, max_per_page } => (Some(per_page), Some("offset"), max_per_page, Some(page)),
        Paging::None => (None, None, 0, None),
    };
    let limit = Memo::new(move |_| {
        limit_param
            .and_then(|p| query.with(|q| q.get(p)))
            .and_then(|v| v.parse::<u32>().ok())
            .filter(|v| *v > 0)
            .map(|v| v.min(max_limit.max(1)))
            .unwrap_or(10)
    });
    let offset = Memo::new(move |_| offset_param.and_then(|p| query.with(|q| q.get(p))).and_then(|v| v.parse::<u32>().ok()).unwrap_or(0));
    let sort = Memo::new(move |_| {
        let s = r.sorting?;
        let field = query.with(|q| q.get(s.by)).unwrap_or_else(|| s.default_by.to_string());
        let ascending = query.with(|q| q.get(s.order)).as_deref() == Some("asc");
        Some(SortState { field, ascending })
    });
    // The list call's parameters are the URL's query: deep links reproduce the view.
    let params = Memo::new(move |_| {
        let mut p = Map::new();
        query.with(|q| {
            for f in list_decl.params_schema().fields.iter().filter(|f| f.location == Location::Query) {
                if let Some(v) = q.get(f.name).filter(|v| !v.is_empty()) {
                    let typed = match f.ty {
                        Type::Integer => v.parse::<i64>().map(Value::from).unwrap_or(Value::String(v)),
                        _ => Value::String(v),
                    };
                    p.insert(f.name.to_string(), typed);
                }
            }
        });
        if let (Some(l), Some(o)) = (limit_param, offset_param) {
            let (limit, offset) = (limit.get(), offset.get());
            p.insert(l.into(), json!(limit));
            match page_param {
                Some(page) => p.insert(page.into(), json!(offset / limit.max(1) + 1)),
                None => p.insert(o.into(), json!(offset)),
            };
        }
        // The scope (team, region) from the URL, unless the parent page gives it.
        for name in r.scope_params() {
            if let Some(v) = query.with(|q| q.get(name)).filter(|v| !v.is_empty()) {
                p.insert(name.into(), Value::String(v));
            }
        }
        fixed.with_value(|f| p.extend(f.clone()));
        p
    });
    let scope_missing = Memo::new(move |_| params.with(|p| r.scope_params().iter().any(|s| !p.contains_key(*s))));
    let any_filter = Memo::new(move |_| query.with(|q| r.filters.iter().any(|f| q.get(f.param).is_some_and(|v| !v.is_empty()))));
    ListQuery { resource: r, list_decl, embedded, fixed, query, local, limit_param, offset_param, max_limit, limit, offset, sort, params, scope_missing, any_filter }
}

impl ListQuery {
    /// Changes the query: `Some` sets a parameter, `None` (or an empty value) removes it. The
    /// URL's is replaced (no history entry); an embedded list's changes in place.
    pub fn set(self, changes: Vec<(&'static str, Option<String>)>) {
        let mut q = self.query.get_untracked();
        for (k, v) in changes {
            match v {
                Some(v) if !v.is_empty() => q.replace(k, v),
                _ => q.remove(k),
            }
        }
        if self.embedded {
            self.local.set(q);
        } else {
            router::replace_query(&q);
        }
    }

    /// The offset parameter, which a new filter, sort or page size resets.
    pub fn offset_key(self) -> &'static str {
        self.offset_param.unwrap_or("offset")
    }

    /// What item links carry besides the item's own ids: the parent's ids and the list's scope.
    pub fn link_context(self) -> Map<String, Value> {
        let mut c = self.fixed.get_value();
        self.params.with_untracked(|p| {
            for name in self.resource.scope_params() {
                if let Some(v) = p.get(name) {
                    c.entry(name.to_string()).or_insert_with(|| v.clone());
                }
            }
        });
        c
    }
}
