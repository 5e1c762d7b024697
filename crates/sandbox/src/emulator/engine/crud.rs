//! The generic list, create, get, update and delete of a registered resource, driven by its
//! `ResourceDecl` and the [`ResourceBehavior`] its service registered: server-set fields (id in
//! the service's format, project, creator, times) filled in when the item schema has them,
//! names unique among siblings, the parent checked on every call (404 with the parent's
//! documented error), deletion refused while other items still use an item (the documented
//! 409) or carried on to the items that belong to it; lists filtered, searched, sorted and paged
//! in the resource's style; items of a shared store seen only by their owner and within the
//! call's scope.
//!
//! Items are stored as JSON. Members whose names start with one `_` are bookkeeping (`_parent`
//! holds the parent's id) and are never shown (IMS's own attributes start with two and are);
//! what is shown is cut to the documented answer.

use std::cmp::Ordering;

use axum::http::StatusCode;
use axum::response::Response;
use opsdeck_api::json_path::values_at;
use opsdeck_api::operation::{OpKind, OperationDecl};
use opsdeck_api::resource::{Filter, Paging, ResourceDecl};
use opsdeck_api::schema::{ObjectSchema, Type};
use opsdeck_api::url;
use serde_json::{json, Map, Value};

use super::registry::{Registry, StoreScope};
use super::{Call, Store};

/// The page size of a list whose request gives no limit and whose document names no default.
pub const DEFAULT_PAGE_SIZE: usize = 100;

/// The member holding an item's parent id.
pub const PARENT: &str = "_parent";

/// How the sandbox treats one kind of resource beyond what its declaration says.
pub struct ResourceBehavior {
    pub resource: &'static ResourceDecl,
    /// The documented "not found" error (404, or the registration's `not_found_status`): code
    /// and message; `{id}` in the message is the id asked for.
    pub not_found: (&'static str, &'static str),
    /// The documented error when the name is already taken (among the parent's items when the
    /// resource has a parent): status, code, message.
    pub name_taken: Option<(StatusCode, &'static str, &'static str)>,
    /// Names are the same whatever their letters' case (`Dev` is taken by `dev`), where the
    /// document says the service ignores case.
    pub names_ignore_case: bool,
    /// Items elsewhere that refer to this resource's items.
    pub in_use: &'static [InUse],
    /// Demo data for a new store; items of a nested resource carry `_parent`.
    pub seed: fn(project_id: &str, now: i64) -> Vec<Value>,
    /// Members a new item gets when the request leaves them out (a JSON object), besides the
    /// id, project and times that every item gets where its schema has them.
    pub defaults: fn() -> Value,
    /// Fills the members computed from the rest of the store when an item is shown (counts,
    /// names of related items, progress of its job).
    pub present: fn(&Store, &mut Map<String, Value>),
    /// Refuses to change or delete an item in its current state (the documented 409).
    pub guard: fn(&Store, &Value, OpKind) -> Result<(), Response>,
    /// Where a field that lists sort or filter on lives when not at the top of an item
    /// (`create_time` of a component is `status.create_time`).
    pub field_paths: &'static [(&'static str, &'static str)],
    /// Filters the service applies besides the declared ones (query parameter = item field;
    /// values compare as text, so `true` finds `"true"`).
    pub more_filters: &'static [Filter],
    /// A search parameter: items whose named fields contain its text, ignoring case.
    pub search: Option<(&'static str, &'static [&'static str])>,
    /// Path parameters that scope the items, and the item member holding each (an array
    /// member matches any of its values: a team by its id or its name).
    pub scope: &'static [(&'static str, &'static str)],
    /// How the list pages, when not as the declaration says.
    pub paging: ListPaging,
    /// Members every list answer carries besides its items, with their fixed text values
    /// (CCE's Kubernetes-shaped `{"kind": "ClusterList", "apiVersion": "v3", "items": …}`).
    pub list_members: &'static [(&'static str, &'static str)],
}

/// A list's paging style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListPaging {
    /// As `ResourceDecl::paging` says (limit/offset with a count, or none).
    Declared,
    /// IMS's: `limit` items after the one whose id is `marker`, with `first` and `next` links
    /// (the list's path with the query that reads that page); an unknown marker is invalid.
    Marker { limit: &'static str, marker: &'static str, default_limit: usize },
    /// ServiceStage v2's: `limit` 0 to 100 pages, `whole` (and no limit) is the whole list up to
    /// `whole` items, any other value counts as 10; `offset` as usual.
    LimitOrTen { whole: usize },
}

/// Items of another collection that refer to items of this resource.
pub struct InUse {
    /// The referring collection (a resource key or an internal collection).
    pub by: &'static str,
    /// The referring member (a dotted path for nested members).
    pub field: &'static str,
    /// The documented error while a reference remains; `None`: the referring items are removed
    /// with the item.
    pub error: Option<(StatusCode, &'static str, &'static str)>,
}

fn no_seed(_: &str, _: i64) -> Vec<Value> {
    Vec::new()
}
fn no_defaults() -> Value {
    Value::Null
}
fn no_present(_: &Store, _: &mut Map<String, Value>) {}
fn no_guard(_: &Store, _: &Value, _: OpKind) -> Result<(), Response> {
    Ok(())
}

impl ResourceBehavior {
    /// The starting point of a behavior: nothing beyond the generic rules. Use it as
    /// `ResourceBehavior { resource: …, not_found: …, ..ResourceBehavior::BASE }`.
    pub const BASE: ResourceBehavior = ResourceBehavior {
        resource: &ResourceDecl::BLANK,
        not_found: ("", ""),
        name_taken: None,
        names_ignore_case: false,
        in_use: &[],
        seed: no_seed,
        defaults: no_defaults,
        present: no_present,
        guard: no_guard,
        field_paths: &[],
        more_filters: &[],
        search: None,
        scope: &[],
        paging: ListPaging::Declared,
        list_members: &[],
    };

    /// The documented "not found" answer for the item `id`.
    pub fn not_found(&self, call: &Call, id: &str) -> Response {
        call.error(call.service.not_found_status, self.not_found.0, &self.not_found.1.replace("{id}", id))
    }

    /// The value of `field` in `item`, following `field_paths`.
    pub fn field_value<'v>(&self, item: &'v Value, field: &str) -> Option<&'v Value> {
        values_at(item, self.path_of(field)).into_iter().next()
    }

    /// Where `field` lives in an item (a dotted path).
    fn path_of<'f>(&self, field: &'f str) -> &'f str {
        self.field_paths.iter().find(|(f, _)| *f == field).map(|(_, p)| *p).unwrap_or(field)
    }
}

/// A JSON value as the text a path or query parameter would carry (`1` for the number 1).
fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Whether an item's `field` holds `id` (ids compare as text: Rainbond's are numbers).
fn has_id(item: &Value, field: &str, id: &str) -> bool {
    item.get(field).and_then(as_text).is_some_and(|v| v == id)
}

fn parent_of(item: &Value) -> Option<&str> {
    item.get(PARENT).and_then(Value::as_str)
}

/// Whether the caller may see `item` of `b`: it is the caller's (shared stores with an
/// owner) and within the scope the path names.
fn visible(b: &ResourceBehavior, call: &Call, item: &Value) -> bool {
    let owned = match call.service.store {
        StoreScope::Shared { owner: Some(owner) } => item.get(owner).and_then(Value::as_str) == Some(&call.project_id()),
        _ => true,
    };
    owned
        && b.scope.iter().all(|(param, member)| match call.param(param) {
            None => true,
            Some(want) => values_at(item, member).into_iter().any(|v| as_text(v).as_deref() == Some(want)),
        })
}

/// The sort-key parameter, whose unknown values the services answer with their default
/// order instead of an error (ServiceStage 4.1.2: "传值不在支持的枚举值范围内按默认排序字段排序").
pub fn lenient_sort_param(registry: &Registry, decl: &OperationDecl) -> Option<&'static str> {
    match registry.crud_slot(decl)? {
        (b, OpKind::List) => b.resource.sorting.map(|s| s.by),
        _ => None,
    }
}

/// What a generic call answers, taken out of the store.
enum Reply {
    /// The items the caller may see, with their computed members, not yet filtered, sorted,
    /// cut or paged.
    List(Vec<Value>),
    Item(Value),
    Done,
}

/// Answers a resource's list, create, get, update or delete. The store is locked only while
/// items are found, changed and copied out; filtering, sorting, paging and serialising the
/// answer happen after the lock is released, so a large list holds up no other call.
pub fn handle(b: &'static ResourceBehavior, kind: OpKind, call: &Call) -> Response {
    let reply = call.with_store(|store| {
        (call.service.check_scope)(store, call)?;
        Ok(match kind {
            OpKind::List => Reply::List(listed(b, call, store)?),
            OpKind::Create => {
                let index = create(b, call, store, Map::new())?;
                Reply::Item(item_answer(b, call, store, index)?)
            }
            OpKind::Get => Reply::Item(item_answer(b, call, store, find(b, call, store)?)?),
            OpKind::Update => {
                let index = update(b, call, store)?;
                Reply::Item(item_answer(b, call, store, index)?)
            }
            OpKind::Delete => {
                delete(b, call, store)?;
                Reply::Done
            }
            OpKind::Action => return Err(call.error(StatusCode::NOT_IMPLEMENTED, "SANDBOX.0501", "no generic action")),
        })
    });
    match reply {
        Ok(Reply::List(items)) => finish_list(b, call, items).map_or_else(|refused| refused, |answer| call.ok(&answer)),
        Ok(Reply::Item(item)) => call.ok(&item),
        Ok(Reply::Done) => call.done(),
        Err(refused) => refused,
    }
}

/// The schema of the items a list answer holds (the answer itself when `items_field` is
/// empty).
pub fn list_item_schema(decl: &OperationDecl, items_field: &str) -> Option<&'static ObjectSchema> {
    let list = if items_field.is_empty() { decl.response()? } else { decl.response_schema()?.field(items_field)?.ty };
    match list {
        Type::Array(Type::Object(item)) => Some(item),
        _ => None,
    }
}

/// An item with its computed members filled in (bookkeeping still there).
pub fn presented(b: &ResourceBehavior, store: &Store, item: &Value) -> Value {
    let mut map = item.as_object().cloned().unwrap_or_default();
    (b.present)(store, &mut map);
    Value::Object(map)
}

/// Whether a member is the sandbox's bookkeeping: one leading `_` (IMS's own `__x` members are
/// the service's).
fn bookkeeping(key: &str) -> bool {
    key.starts_with('_') && !key.starts_with("__")
}

fn without_bookkeeping(v: Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(map.into_iter().filter(|(k, _)| !bookkeeping(k)).map(|(k, v)| (k, without_bookkeeping(v))).collect()),
        Value::Array(items) => Value::Array(items.into_iter().map(without_bookkeeping).collect()),
        other => other,
    }
}

/// An item cut to what an answer shows: bookkeeping removed at any depth, only the top-level
/// members `schema` documents (all when there is no schema).
pub fn cut(item: Value, schema: Option<&ObjectSchema>) -> Value {
    match without_bookkeeping(item) {
        Value::Object(mut map) => {
            map.retain(|k, _| schema.is_none_or(|s| s.field(k).is_some()));
            Value::Object(map)
        }
        other => other,
    }
}

/// An item as the answer shows it: computed members filled in, bookkeeping removed, cut to the
/// members `schema` documents.
pub fn show(b: &ResourceBehavior, store: &Store, item: &Value, schema: Option<&ObjectSchema>) -> Value {
    cut(presented(b, store, item), schema)
}

/// The success answer of `call` carrying the item at `index`, shown as the operation's answer
/// documents it (inside its wrapper when the answer has one).
pub fn answer_item(b: &ResourceBehavior, call: &Call, store: &Store, index: usize) -> Response {
    item_answer(b, call, store, index).map_or_else(|refused| refused, |answer| call.ok(&answer))
}

/// The body of [`answer_item`].
fn item_answer(b: &ResourceBehavior, call: &Call, store: &Store, index: usize) -> Result<Value, Response> {
    let Some(item) = store.items(b.resource.key).get(index) else {
        return Err(b.not_found(call, ""));
    };
    // Only the resource's own get is wrapped (`{"vault": {…}}`); handlers answering an item
    // through another operation show it as that operation documents.
    let wrapped = b.resource.get.filter(|g| g.id == call.decl.id).and_then(|_| b.resource.wrapper());
    Ok(match wrapped {
        Some(member) => json!({ member: show(b, store, item, b.resource.get_item_schema()) }),
        None => show(b, store, item, call.decl.response_schema()),
    })
}

/// The parent this call addresses (from the path, or for a body that names it, from the
/// body), checked to exist: the parent's documented 404 otherwise.
pub fn parent_id(b: &ResourceBehavior, call: &Call, store: &Store) -> Result<Option<String>, Response> {
    let Some(link) = b.resource.parent else {
        return Ok(None);
    };
    let id = if in_path(call, link.param) { call.param(link.param) } else { call.field(link.item_field).and_then(Value::as_str) };
    let Some(id) = id else { return Ok(None) };
    check_exists(link.resource, id, call, store)?;
    Ok(Some(id.to_string()))
}

fn in_path(call: &Call, param: &str) -> bool {
    call.decl.path.contains(&format!("{{{param}}}"))
}

/// Checks that item `id` of `r` exists under the ancestors the path names, top-down, so that
/// a missing application answers before a missing component.
fn check_exists(r: &ResourceDecl, id: &str, call: &Call, store: &Store) -> Result<(), Response> {
    let ancestor = match r.parent {
        Some(link) if in_path(call, link.param) => {
            let ancestor = call.param(link.param).unwrap_or_default();
            check_exists(link.resource, ancestor, call, store)?;
            Some(ancestor)
        }
        _ => None,
    };
    let Some(b) = call.service.behavior(r.key) else {
        return Ok(());
    };
    let found = store
        .items(r.key)
        .iter()
        .any(|item| has_id(item, r.id_field, id) && ancestor.is_none_or(|a| parent_of(item) == Some(a)) && visible(b, call, item));
    if found {
        Ok(())
    } else {
        Err(b.not_found(call, id))
    }
}

/// The index of the item the call addresses, within its parent.
pub fn find(b: &ResourceBehavior, call: &Call, store: &Store) -> Result<usize, Response> {
    let parent = parent_id(b, call, store)?;
    let r = b.resource;
    let id = call.param(r.id_param).unwrap_or_default();
    store
        .items(r.key)
        .iter()
        .position(|item| has_id(item, r.id_field, id) && parent.as_deref().is_none_or(|p| parent_of(item) == Some(p)) && visible(b, call, item))
        .ok_or_else(|| b.not_found(call, id))
}

/// The documented error when `name` is taken among the siblings of the item at `except`.
pub fn name_is_taken(
    b: &ResourceBehavior,
    call: &Call,
    store: &Store,
    parent: Option<&str>,
    name: Option<&Value>,
    except: Option<usize>,
) -> Option<Response> {
    let (status, code, msg) = b.name_taken?;
    let r = b.resource;
    let name = name?.as_str()?;
    let same = |other: &str| if b.names_ignore_case { other.to_lowercase() == name.to_lowercase() } else { other == name };
    let taken = store.items(r.key).iter().enumerate().any(|(i, item)| {
        Some(i) != except && item.get(r.name_field).and_then(Value::as_str).is_some_and(same) && (r.parent.is_none() || parent_of(item) == parent)
    });
    taken.then(|| call.error(status, code, msg))
}

/// Keeps the body members that the resource's answers know, so what is stored is what a get
/// shows.
pub fn known_fields(r: &ResourceDecl, body: &Value) -> Map<String, Value> {
    let schemas = answer_schemas(r);
    body.as_object()
        .map(|m| {
            m.iter()
                .filter(|(k, _)| schemas.is_empty() || schemas.iter().any(|s| s.field(k).is_some()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default()
}

fn answer_schemas(r: &ResourceDecl) -> Vec<&'static ObjectSchema> {
    [r.item_schema(), r.get_item_schema()].into_iter().flatten().collect()
}

fn schema_has(r: &ResourceDecl, field: &str) -> bool {
    answer_schemas(r).iter().any(|s| s.field(field).is_some())
}

/// Creates an item from the body (plus `extra` members) and returns its index.
pub fn create(b: &ResourceBehavior, call: &Call, store: &mut Store, extra: Map<String, Value>) -> Result<usize, Response> {
    let r = b.resource;
    let reg = call.service;
    let parent = parent_id(b, call, store)?;
    let body = call.body.clone().unwrap_or(Value::Null);
    if let Some(res) = name_is_taken(b, call, store, parent.as_deref(), body.get(r.name_field).or(extra.get(r.name_field)), None) {
        return Err(res);
    }
    let mut record = known_fields(r, &body);
    let has = |f: &str| schema_has(r, f);
    let now = call.state.now();
    record.insert(r.id_field.into(), reg.ids.next(store.items(r.key), r.id_field));
    if has("project_id") {
        record.insert("project_id".into(), json!(call.project_id()));
    }
    for field in ["create_time", "update_time"] {
        if has(field) {
            record.insert(field.into(), json!(now));
        }
    }
    // Members the service sets itself, and those its answers carry even when the request left
    // them out.
    if let Value::Object(set) = (reg.server_members)() {
        record.extend(set.into_iter().filter(|(k, _)| has(k)));
    }
    if let Value::Object(defaults) = (reg.default_members)() {
        for (k, v) in defaults.into_iter().filter(|(k, _)| has(k)) {
            record.entry(k).or_insert(v);
        }
    }
    if let Value::Object(defaults) = (b.defaults)() {
        for (k, v) in defaults {
            record.entry(k).or_insert(v);
        }
    }
    if let (Some(link), Some(parent)) = (r.parent, &parent) {
        record.insert(PARENT.into(), json!(parent));
        if has(link.item_field) {
            record.insert(link.item_field.into(), json!(parent));
        }
    }
    record.extend(extra);
    let items = store.items_mut(r.key);
    items.push(Value::Object(record));
    Ok(items.len() - 1)
}

/// Changes the addressed item with the body's members and returns its index.
pub fn update(b: &ResourceBehavior, call: &Call, store: &mut Store) -> Result<usize, Response> {
    let r = b.resource;
    let index = find(b, call, store)?;
    let item = &store.items(r.key)[index];
    (b.guard)(store, item, OpKind::Update)?;
    let body = call.body.clone().unwrap_or(Value::Null);
    // A body may move the item to another parent (a config's `config_group_id`).
    let parent = match parent_id(b, call, store)? {
        Some(p) => Some(p),
        None => parent_of(&store.items(r.key)[index]).map(str::to_string),
    };
    if let Some(res) = name_is_taken(b, call, store, parent.as_deref(), body.get(r.name_field), Some(index)) {
        return Err(res);
    }
    let changes = known_fields(r, &body);
    let now = call.state.now();
    let record = &mut store.items_mut(r.key)[index];
    if let Value::Object(map) = record {
        for (k, v) in changes {
            map.insert(k, v);
        }
        if let Some(p) = parent {
            map.insert(PARENT.into(), json!(p));
        }
        if map.contains_key("update_time") {
            map.insert("update_time".into(), json!(now));
        }
    }
    Ok(index)
}

/// Whether `other` refers to the item `id` through `field`.
fn refers(other: &Value, field: &str, id: &str) -> bool {
    values_at(other, field).iter().any(|v| v.as_str() == Some(id))
}

/// Deletes the addressed item, refusing while something still uses it, and removes what
/// belongs to it. Returns the removed item.
pub fn delete(b: &ResourceBehavior, call: &Call, store: &mut Store) -> Result<Value, Response> {
    let r = b.resource;
    let index = find(b, call, store)?;
    let item = store.items(r.key)[index].clone();
    (b.guard)(store, &item, OpKind::Delete)?;
    let id = item.get(r.id_field).and_then(as_text).unwrap_or_default();
    for use_ in b.in_use {
        if let Some((status, code, msg)) = use_.error {
            if store.items(use_.by).iter().any(|other| refers(other, use_.field, &id)) {
                return Err(call.error(status, code, msg));
            }
        }
    }
    remove_with_dependents(call.service.resources, store, b, &id);
    Ok(item)
}

/// Removes an item and, recursively, the items that belong to it (`resources`: the service's
/// registered resources).
pub fn remove_with_dependents(resources: &[ResourceBehavior], store: &mut Store, b: &ResourceBehavior, id: &str) {
    let r = b.resource;
    store.items_mut(r.key).retain(|item| !has_id(item, r.id_field, id));
    let ids_of = |store: &Store, other: &ResourceBehavior, pick: &dyn Fn(&Value) -> bool| -> Vec<String> {
        store.items(other.resource.key).iter().filter(|i| pick(i)).filter_map(|i| i.get(other.resource.id_field).and_then(as_text)).collect()
    };
    // Children, through their parent link.
    for child in resources.iter().filter(|c| c.resource.parent.is_some_and(|l| l.resource.key == r.key)) {
        for cid in ids_of(store, child, &|i| parent_of(i) == Some(id)) {
            remove_with_dependents(resources, store, child, &cid);
        }
    }
    // Items that go with it.
    for use_ in b.in_use.iter().filter(|u| u.error.is_none()) {
        match resources.iter().find(|o| o.resource.key == use_.by) {
            Some(other) => {
                for oid in ids_of(store, other, &|o| refers(o, use_.field, id)) {
                    remove_with_dependents(resources, store, other, &oid);
                }
            }
            None => {
                if let Some(items) = store.collections.get_mut(use_.by) {
                    items.retain(|o| !refers(o, use_.field, id));
                }
            }
        }
    }
}

fn compare(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    match (a, b) {
        (Some(Value::Number(x)), Some(Value::Number(y))) => {
            x.as_f64().unwrap_or(0.0).partial_cmp(&y.as_f64().unwrap_or(0.0)).unwrap_or(Ordering::Equal)
        }
        (Some(Value::String(x)), Some(Value::String(y))) => x.to_lowercase().cmp(&y.to_lowercase()),
        (None | Some(Value::Null), Some(v)) if !v.is_null() => Ordering::Less,
        (Some(v), None | Some(Value::Null)) if !v.is_null() => Ordering::Greater,
        _ => Ordering::Equal,
    }
}

/// Sorts `items` by the call's sort parameters (or the default key, newest first), as the
/// sorting declaration says.
pub fn sort(b: &ResourceBehavior, call: &Call, items: &mut [Value], item_schema: Option<&ObjectSchema>) {
    let Some(sorting) = b.resource.sorting else {
        return;
    };
    let known = |k: &str| item_schema.is_some_and(|s| s.field(k).is_some()) || b.field_paths.iter().any(|(f, _)| *f == k);
    let by = call
        .param(sorting.by)
        .filter(|k| known(k))
        .filter(|k| {
            // Only the documented sort keys; others fall back to the default.
            call.decl.params_schema().field(sorting.by).is_some_and(|f| match f.ty {
                Type::Enum(e) => e.values.iter().any(|v| v.value == *k),
                _ => true,
            })
        })
        .unwrap_or(sorting.default_by);
    let ascending = call.param(sorting.order) == Some("asc");
    items.sort_by(|x, y| {
        let o = compare(b.field_value(x, by), b.field_value(y, by));
        if ascending {
            o
        } else {
            o.reverse()
        }
    });
}

/// One page of `items` and the list answer around it, in the resource's paging style: the
/// items member (or the bare array), the total where the answer has one, `pageNum`/`pageSize`
/// where the answer documents them, `first`/`next` links for marker paging.
pub fn page(b: &ResourceBehavior, call: &Call, mut items: Vec<Value>) -> Result<Value, Response> {
    let r = b.resource;
    let total = items.len();
    let mut body = Map::new();
    let (limit, offset) = match (b.paging, r.paging) {
        (ListPaging::Marker { limit, marker, default_limit }, _) => {
            if let Some(m) = call.param(marker).filter(|m| !m.is_empty()) {
                let Some(at) = items.iter().position(|i| has_id(i, r.id_field, m)) else {
                    return Err(call.service.bad_request(&format!("{marker} {m} is not an item of the list")));
                };
                items.drain(..=at);
            }
            let limit = call.params.get(limit).and_then(Value::as_i64).map_or(default_limit, |l| l.max(1) as usize);
            let link = |after: Option<String>| {
                let limit = limit.to_string();
                let mut pairs = vec![("limit", limit.as_str())];
                pairs.extend(after.as_deref().map(|a| (marker, a)));
                format!("{}?{}", call.decl.path, url::query_string(pairs))
            };
            // Links where the answer documents them (IMS); VPC's answer is the items alone.
            let links = call.decl.response_schema().is_some_and(|s| s.field("first").is_some());
            if links {
                body.insert("first".into(), json!(link(None)));
            }
            if links && items.len() > limit {
                body.insert("next".into(), json!(link(items[limit - 1].get(r.id_field).and_then(as_text))));
            }
            items.truncate(limit);
            (Some(limit), 0)
        }
        (ListPaging::Declared, Paging::LimitOffset { limit, offset, max_limit }) => {
            let offset = call.params.get(offset).and_then(Value::as_u64).unwrap_or(0) as usize;
            // No limit (or 0): a page of the default size, never the whole list; an explicit
            // one at most the documented maximum (the parameter's declared range usually
            // refuses more already).
            let max = if max_limit > 0 { max_limit as usize } else { usize::MAX };
            let limit = call.params.get(limit).and_then(Value::as_u64).filter(|l| *l > 0).map_or(DEFAULT_PAGE_SIZE, |l| l as usize).min(max);
            items = items.into_iter().skip(offset).take(limit).collect();
            (Some(limit), offset)
        }
        (ListPaging::LimitOrTen { whole }, _) => {
            let offset = call.params.get("offset").and_then(Value::as_u64).unwrap_or(0) as usize;
            let limit = match call.params.get("limit").and_then(Value::as_i64) {
                None => whole,
                Some(l) if l as usize == whole => whole,
                Some(l) if (0..=100).contains(&l) => l as usize,
                Some(_) => 10,
            };
            items = items.into_iter().skip(offset).take(limit).collect();
            (Some(limit.max(1)), offset)
        }
        (ListPaging::Declared, Paging::Page { page, per_page, max_per_page }) => {
            // Pages count from 1; the page size is required by the declarations that page so.
            let size = call.params.get(per_page).and_then(Value::as_u64).filter(|l| *l > 0).map_or(DEFAULT_PAGE_SIZE, |l| l as usize);
            let size = if max_per_page > 0 { size.min(max_per_page as usize) } else { size };
            let number = call.params.get(page).and_then(Value::as_u64).filter(|p| *p > 0).unwrap_or(1) as usize;
            body.insert(page.into(), json!(number));
            body.insert(per_page.into(), json!(size));
            let offset = (number - 1).saturating_mul(size);
            items = items.into_iter().skip(offset).take(size).collect();
            (Some(size), offset)
        }
        (ListPaging::Declared, Paging::None) => (None, 0),
    };
    if r.items_field.is_empty() {
        return Ok(Value::Array(items));
    }
    for (member, value) in b.list_members {
        body.insert((*member).into(), json!(value));
    }
    body.insert(r.items_field.into(), Value::Array(items));
    if let Some(count) = r.count_field {
        body.insert(count.into(), json!(total));
    }
    if let Some(schema) = call.decl.response_schema() {
        let size = limit.unwrap_or(total.max(1));
        if schema.field("pageSize").is_some() {
            body.insert("pageSize".into(), json!(size));
        }
        if schema.field("pageNum").is_some() {
            body.insert("pageNum".into(), json!(offset / size + 1));
        }
    }
    Ok(Value::Object(body))
}

/// Whether `item` passes the call's filters and search.
fn wanted(b: &ResourceBehavior, call: &Call, item: &Value) -> bool {
    let filtered = b.resource.filters.iter().chain(b.more_filters).all(|f| match call.params.get(f.param) {
        None => true,
        Some(Value::String(s)) if s.is_empty() => true,
        Some(want) => {
            let want = as_text(want);
            values_at(item, b.path_of(f.field)).into_iter().any(|v| as_text(v) == want)
        }
    });
    let searched = match b.search.and_then(|(param, fields)| Some((call.param(param)?.to_lowercase(), fields))) {
        Some((text, fields)) if !text.is_empty() => {
            fields.iter().any(|f| item.get(*f).and_then(Value::as_str).is_some_and(|v| v.to_lowercase().contains(&text)))
        }
        _ => true,
    };
    filtered && searched
}

/// The parent's items (all items for a list across parents) the caller may see, with their
/// computed members: the part of a list that needs the store.
fn listed(b: &ResourceBehavior, call: &Call, store: &Store) -> Result<Vec<Value>, Response> {
    let parent = parent_id(b, call, store)?;
    Ok(store
        .items(b.resource.key)
        .iter()
        .filter(|item| parent.as_deref().is_none_or(|p| parent_of(item) == Some(p)) && visible(b, call, item))
        .map(|item| presented(b, store, item))
        .collect())
}

/// The list answer from the [`listed`] items: filtered, sorted, cut and paged.
fn finish_list(b: &ResourceBehavior, call: &Call, items: Vec<Value>) -> Result<Value, Response> {
    let item_schema = list_item_schema(call.decl, b.resource.items_field);
    let mut items: Vec<Value> = items.into_iter().filter(|item| wanted(b, call, item)).collect();
    sort(b, call, &mut items, item_schema);
    let shown: Vec<Value> = items.into_iter().map(|i| cut(i, item_schema)).collect();
    page(b, call, shown)
}

/// The list answer (for handlers that hold the store already).
pub fn list(b: &ResourceBehavior, call: &Call, store: &Store) -> Result<Response, Response> {
    Ok(call.ok(&finish_list(b, call, listed(b, call, store)?)?))
}
