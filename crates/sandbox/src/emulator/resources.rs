//! Generic resource emulation driven by `ResourceDecl`: create, list (parents, filters,
//! sorting, paging), get, update and delete, with server-set fields (id, project, creator,
//! times) filled in when the item schema has them, names unique among siblings, the parent
//! checked on every call (404 with the parent's documented error), and deletion refused while
//! other items still use an item (the documented 409) or carried on to the items that belong to
//! it.
//!
//! Items are stored as JSON. Members whose names start with `_` are bookkeeping (`_parent`
//! holds the parent's id) and are never shown; what is shown is cut to the documented answer.

use std::cmp::Ordering;

use axum::http::StatusCode;
use axum::response::Response;
use opsdeck_api::operation::{OpKind, OperationDecl};
use opsdeck_api::resource::{Paging, ResourceDecl};
use opsdeck_api::schema::{ObjectSchema, Type};
use serde_json::{json, Map, Value};

use super::{error, new_id, servicestage, Call, Project};

/// The member holding an item's parent id.
pub const PARENT: &str = "_parent";

/// How the sandbox treats one kind of resource beyond the generic rules.
pub struct ResourceBehavior {
    pub resource: &'static ResourceDecl,
    /// The documented "not found" error (404): code and message.
    pub not_found: (&'static str, &'static str),
    /// The documented error when the name is already taken (among the parent's items when the
    /// resource has a parent): status, code, message.
    pub name_taken: Option<(StatusCode, &'static str, &'static str)>,
    /// Items elsewhere that refer to this resource's items.
    pub in_use: &'static [InUse],
    /// Demo data for a new project; items of a nested resource carry `_parent`.
    pub seed: fn(project_id: &str, now: i64) -> Vec<Value>,
    /// Members a new item gets when the request leaves them out (a JSON object), besides the
    /// id, project, creator and times that every item gets where its schema has them.
    pub defaults: fn() -> Value,
    /// Fills the members computed from the rest of the project when an item is shown (counts,
    /// names of related items, progress of its job).
    pub present: fn(&Project, &mut Map<String, Value>),
    /// Refuses to change or delete an item in its current state (the documented 409).
    pub guard: fn(&Project, &Value, OpKind) -> Result<(), Response>,
    /// Where a field that lists sort or filter on lives when not at the top of an item
    /// (`create_time` of a component is `status.create_time`).
    pub field_paths: &'static [(&'static str, &'static str)],
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
fn no_present(_: &Project, _: &mut Map<String, Value>) {}
fn no_guard(_: &Project, _: &Value, _: OpKind) -> Result<(), Response> {
    Ok(())
}

impl ResourceBehavior {
    /// The starting point of a behavior: nothing beyond the generic rules. Use it as
    /// `ResourceBehavior { resource: …, not_found: …, ..ResourceBehavior::BASE }`.
    pub const BASE: ResourceBehavior = ResourceBehavior {
        resource: &ResourceDecl::BLANK,
        not_found: ("", ""),
        name_taken: None,
        in_use: &[],
        seed: no_seed,
        defaults: no_defaults,
        present: no_present,
        guard: no_guard,
        field_paths: &[],
    };

    pub fn not_found(&self) -> Response {
        error(self.resource.service, StatusCode::NOT_FOUND, self.not_found.0, self.not_found.1)
    }

    /// The value of `field` in `item`, following `field_paths`.
    pub fn field_value<'v>(&self, item: &'v Value, field: &str) -> Option<&'v Value> {
        let path = self.field_paths.iter().find(|(f, _)| *f == field).map(|(_, p)| *p).unwrap_or(field);
        lookup(item, path).into_iter().next()
    }
}

pub fn behaviors() -> impl Iterator<Item = &'static ResourceBehavior> {
    servicestage::BEHAVIORS.iter()
}

/// The behavior of the resource stored under `key`.
pub fn behavior(key: &str) -> Option<&'static ResourceBehavior> {
    behaviors().find(|b| b.resource.key == key)
}

/// Every value at a dotted path; arrays on the way fan out (`components.component_id`), and so
/// does an array at the end.
pub fn lookup<'v>(item: &'v Value, path: &str) -> Vec<&'v Value> {
    let mut current = vec![item];
    for segment in path.split('.') {
        current = current
            .into_iter()
            .flat_map(|v| match v {
                Value::Array(items) => items.iter().filter_map(|i| i.get(segment)).collect::<Vec<_>>(),
                _ => v.get(segment).into_iter().collect(),
            })
            .collect();
    }
    current
        .into_iter()
        .flat_map(|v| match v {
            Value::Array(items) => items.iter().collect::<Vec<_>>(),
            other => vec![other],
        })
        .collect()
}

/// Sets a member at a dotted path, creating objects on the way.
pub fn set_path(item: &mut Value, path: &str, value: Value) {
    let mut cur = item;
    let segments: Vec<&str> = path.split('.').collect();
    for (i, seg) in segments.iter().enumerate() {
        if !cur.is_object() {
            *cur = Value::Object(Map::new());
        }
        let map = cur.as_object_mut().expect("made an object above");
        if i + 1 == segments.len() {
            map.insert((*seg).to_string(), value);
            return;
        }
        cur = map.entry((*seg).to_string()).or_insert_with(|| Value::Object(Map::new()));
    }
}

/// Fills a new project with every resource's demo data.
pub fn seed(project: &mut Project, project_id: &str, now: i64) {
    for b in behaviors() {
        project.collections.insert(b.resource.key, (b.seed)(project_id, now));
    }
    servicestage::seed_internal(project, project_id, now);
}

/// The sort-key parameter, whose unknown values the services answer with their default
/// order instead of an error (4.1.2: "传值不在支持的枚举值范围内按默认排序字段排序").
pub fn lenient_sort_param(decl: &OperationDecl) -> Option<&'static str> {
    behaviors()
        .map(|b| b.resource)
        .find(|r| [r.list, r.list_all].into_iter().flatten().any(|l| l.id == decl.id))
        .and_then(|r| r.sorting)
        .map(|s| s.by)
}

fn behavior_of(decl: &OperationDecl) -> Option<(&'static ResourceBehavior, OpKind)> {
    behaviors().find_map(|b| {
        let r = b.resource;
        let is = |d: Option<&'static OperationDecl>| d.is_some_and(|d| d.id == decl.id);
        let kind = if is(r.list) || is(r.list_all) {
            OpKind::List
        } else if is(r.create) {
            OpKind::Create
        } else if is(r.get) {
            OpKind::Get
        } else if is(r.update) {
            OpKind::Update
        } else if is(r.delete) {
            OpKind::Delete
        } else {
            return None;
        };
        Some((b, kind))
    })
}

/// Answers a resource's list, create, get, update or delete generically.
pub fn handle(call: &Call) -> Option<Response> {
    let (b, kind) = behavior_of(call.decl)?;
    Some(call.with_project(|project| {
        let result = match kind {
            OpKind::List => list(b, call, project),
            OpKind::Create => create(b, call, project, Map::new()).map(|i| answer_item(b, call, project, i)),
            OpKind::Get => find(b, call, project).map(|i| answer_item(b, call, project, i)),
            OpKind::Update => update(b, call, project).map(|i| answer_item(b, call, project, i)),
            OpKind::Delete => delete(b, call, project).map(|_| call.done()),
            OpKind::Action => return super::error(b.resource.service, StatusCode::NOT_IMPLEMENTED, "SANDBOX.0501", "no generic action"),
        };
        result.unwrap_or_else(|res| res)
    }))
}

/// The schema of the items a list answer holds.
pub fn list_item_schema(decl: &OperationDecl, items_field: &str) -> Option<&'static ObjectSchema> {
    match decl.response_schema()?.field(items_field)?.ty {
        Type::Array(Type::Object(item)) => Some(item),
        _ => None,
    }
}

/// An item with its computed members filled in (bookkeeping still there).
pub fn presented(b: &ResourceBehavior, project: &Project, item: &Value) -> Value {
    let mut map = item.as_object().cloned().unwrap_or_default();
    (b.present)(project, &mut map);
    Value::Object(map)
}

/// An item cut to what an answer shows: bookkeeping removed, only the members `schema`
/// documents (all when there is no schema).
pub fn cut(item: Value, schema: Option<&ObjectSchema>) -> Value {
    match item {
        Value::Object(mut map) => {
            map.retain(|k, _| !k.starts_with('_') && schema.is_none_or(|s| s.field(k).is_some()));
            Value::Object(map)
        }
        other => other,
    }
}

/// An item as the answer shows it: computed members filled in, bookkeeping removed, cut to the
/// members `schema` documents.
pub fn show(b: &ResourceBehavior, project: &Project, item: &Value, schema: Option<&ObjectSchema>) -> Value {
    cut(presented(b, project, item), schema)
}

/// The success answer of `call` carrying the item at `index`, shown as the operation's answer
/// documents it.
pub fn answer_item(b: &ResourceBehavior, call: &Call, project: &Project, index: usize) -> Response {
    let Some(item) = project.items(b.resource.key).get(index) else { return b.not_found() };
    call.ok(&show(b, project, item, call.decl.response_schema()))
}

/// The parent this call addresses (from the path, or for a body that names it, from the
/// body), checked to exist: the parent's documented 404 otherwise.
pub fn parent_id(b: &ResourceBehavior, call: &Call, project: &Project) -> Result<Option<String>, Response> {
    let Some(link) = b.resource.parent else { return Ok(None) };
    let id = if in_path(call, link.param) { call.param(link.param) } else { call.field(link.item_field).and_then(Value::as_str) };
    let Some(id) = id else { return Ok(None) };
    check_exists(link.resource, id, call, project)?;
    Ok(Some(id.to_string()))
}

fn in_path(call: &Call, param: &str) -> bool {
    call.decl.path.contains(&format!("{{{param}}}"))
}

/// Checks that item `id` of `r` exists under the ancestors the path names, top-down, so that
/// a missing application answers before a missing component.
fn check_exists(r: &ResourceDecl, id: &str, call: &Call, project: &Project) -> Result<(), Response> {
    let ancestor = match r.parent {
        Some(link) if in_path(call, link.param) => {
            let ancestor = call.param(link.param).unwrap_or_default();
            check_exists(link.resource, ancestor, call, project)?;
            Some(ancestor)
        }
        _ => None,
    };
    let found = project.items(r.key).iter().any(|item| {
        item.get(r.id_field).and_then(Value::as_str) == Some(id)
            && ancestor.is_none_or(|a| item.get(PARENT).and_then(Value::as_str) == Some(a))
    });
    match behavior(r.key) {
        Some(b) if !found => Err(b.not_found()),
        _ => Ok(()),
    }
}

/// The index of the item the call addresses, within its parent.
pub fn find(b: &ResourceBehavior, call: &Call, project: &Project) -> Result<usize, Response> {
    let parent = parent_id(b, call, project)?;
    let r = b.resource;
    let id = call.param(r.id_param).unwrap_or_default();
    project
        .items(r.key)
        .iter()
        .position(|item| {
            item.get(r.id_field).and_then(Value::as_str) == Some(id)
                && parent.as_deref().is_none_or(|p| item.get(PARENT).and_then(Value::as_str) == Some(p))
        })
        .ok_or_else(|| b.not_found())
}

/// The documented error when `name` is taken among the siblings of the item at `except`.
pub fn name_is_taken(b: &ResourceBehavior, project: &Project, parent: Option<&str>, name: Option<&Value>, except: Option<usize>) -> Option<Response> {
    let (status, code, msg) = b.name_taken?;
    let r = b.resource;
    let name = name?.as_str()?;
    let taken = project.items(r.key).iter().enumerate().any(|(i, item)| {
        Some(i) != except
            && item.get(r.name_field).and_then(Value::as_str) == Some(name)
            && (r.parent.is_none() || item.get(PARENT).and_then(Value::as_str) == parent)
    });
    taken.then(|| error(r.service, status, code, msg))
}

/// Keeps the body members that the resource's answers know, so what is stored is what a get
/// shows.
pub fn known_fields(r: &ResourceDecl, body: &Value) -> Map<String, Value> {
    let schemas: Vec<&ObjectSchema> = [r.item_schema(), r.get.and_then(OperationDecl::response_schema)].into_iter().flatten().collect();
    body.as_object()
        .map(|m| {
            m.iter()
                .filter(|(k, _)| schemas.is_empty() || schemas.iter().any(|s| s.field(k).is_some()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default()
}

fn schema_has(r: &ResourceDecl, field: &str) -> bool {
    [r.item_schema(), r.get.and_then(OperationDecl::response_schema)].into_iter().flatten().any(|s| s.field(field).is_some())
}

/// Creates an item from the body (plus `extra` members) and returns its index.
pub fn create(b: &ResourceBehavior, call: &Call, project: &mut Project, extra: Map<String, Value>) -> Result<usize, Response> {
    let r = b.resource;
    let parent = parent_id(b, call, project)?;
    let body = call.body.clone().unwrap_or(Value::Null);
    if let Some(res) = name_is_taken(b, project, parent.as_deref(), body.get(r.name_field).or(extra.get(r.name_field)), None) {
        return Err(res);
    }
    let mut record = known_fields(r, &body);
    let has = |f: &str| schema_has(r, f);
    let now = call.state.now();
    record.insert(r.id_field.into(), json!(new_id()));
    if has("project_id") {
        record.insert("project_id".into(), json!(call.project_id()));
    }
    if has("creator") {
        record.insert("creator".into(), json!(servicestage::SANDBOX_USER));
    }
    for field in ["create_time", "update_time"] {
        if has(field) {
            record.insert(field.into(), json!(now));
        }
    }
    // Members the answer always carries, even when the request left them out.
    for (field, value) in [("description", json!("")), ("enterprise_project_id", json!("0")), ("labels", json!([]))] {
        if has(field) && !record.contains_key(field) {
            record.insert(field.into(), value);
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
    let items = project.items_mut(r.key);
    items.push(Value::Object(record));
    Ok(items.len() - 1)
}

/// Changes the addressed item with the body's members and returns its index.
pub fn update(b: &ResourceBehavior, call: &Call, project: &mut Project) -> Result<usize, Response> {
    let r = b.resource;
    let index = find(b, call, project)?;
    let item = &project.items(r.key)[index];
    (b.guard)(project, item, OpKind::Update)?;
    let body = call.body.clone().unwrap_or(Value::Null);
    // A body may move the item to another parent (a config's `config_group_id`).
    let parent = match parent_id(b, call, project)? {
        Some(p) => Some(p),
        None => project.items(r.key)[index].get(PARENT).and_then(Value::as_str).map(str::to_string),
    };
    if let Some(res) = name_is_taken(b, project, parent.as_deref(), body.get(r.name_field), Some(index)) {
        return Err(res);
    }
    let changes = known_fields(r, &body);
    let now = call.state.now();
    let record = &mut project.items_mut(r.key)[index];
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

/// Deletes the addressed item, refusing while something still uses it, and removes what
/// belongs to it. Returns the removed item.
pub fn delete(b: &ResourceBehavior, call: &Call, project: &mut Project) -> Result<Value, Response> {
    let r = b.resource;
    let index = find(b, call, project)?;
    let item = project.items(r.key)[index].clone();
    (b.guard)(project, &item, OpKind::Delete)?;
    let id = item.get(r.id_field).and_then(Value::as_str).unwrap_or_default().to_string();
    for use_ in b.in_use {
        if let Some((status, code, msg)) = use_.error {
            if project.items(use_.by).iter().any(|other| lookup(other, use_.field).iter().any(|v| v.as_str() == Some(&id))) {
                return Err(error(r.service, status, code, msg));
            }
        }
    }
    remove_with_dependents(project, b, &id);
    Ok(item)
}

/// Removes an item and, recursively, the items that belong to it.
pub fn remove_with_dependents(project: &mut Project, b: &ResourceBehavior, id: &str) {
    let r = b.resource;
    project.items_mut(r.key).retain(|item| item.get(r.id_field).and_then(Value::as_str) != Some(id));
    // Children, through their parent link.
    for child in behaviors().filter(|c| c.resource.parent.is_some_and(|l| l.resource.key == r.key)) {
        let ids: Vec<String> = project
            .items(child.resource.key)
            .iter()
            .filter(|i| i.get(PARENT).and_then(Value::as_str) == Some(id))
            .filter_map(|i| i.get(child.resource.id_field).and_then(Value::as_str).map(str::to_string))
            .collect();
        for cid in ids {
            remove_with_dependents(project, child, &cid);
        }
    }
    // Items that go with it.
    for use_ in b.in_use.iter().filter(|u| u.error.is_none()) {
        let refers = |other: &Value| lookup(other, use_.field).iter().any(|v| v.as_str() == Some(id));
        match behavior(use_.by) {
            Some(other_b) => {
                let ids: Vec<String> = project
                    .items(use_.by)
                    .iter()
                    .filter(|o| refers(o))
                    .filter_map(|o| o.get(other_b.resource.id_field).and_then(Value::as_str).map(str::to_string))
                    .collect();
                for oid in ids {
                    remove_with_dependents(project, other_b, &oid);
                }
            }
            None => {
                if let Some(items) = project.collections.get_mut(use_.by) {
                    items.retain(|o| !refers(o));
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
    let Some(sorting) = b.resource.sorting else { return };
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
        if ascending { o } else { o.reverse() }
    });
}

/// One page of `items` and the list answer around it: the items member, the total where the
/// answer has one, `pageNum`/`pageSize` where the answer documents them.
pub fn page(b: &ResourceBehavior, call: &Call, items: Vec<Value>) -> Value {
    let r = b.resource;
    let total = items.len();
    let mut body = Map::new();
    let (page, limit, offset): (Vec<Value>, Option<usize>, usize) = match r.paging {
        Paging::LimitOffset { limit, offset, .. } => {
            let offset = call.params.get(offset).and_then(Value::as_u64).unwrap_or(0) as usize;
            // No limit (or 0) means "all" here; the documented range caps explicit values.
            let limit = call.params.get(limit).and_then(Value::as_u64).filter(|l| *l > 0).map(|l| l as usize);
            (items.into_iter().skip(offset).take(limit.unwrap_or(usize::MAX)).collect(), limit, offset)
        }
        Paging::None => (items, None, 0),
    };
    body.insert(r.items_field.into(), Value::Array(page));
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
    Value::Object(body)
}

/// The list answer: the parent's items (all items for a list across parents), shown with
/// their computed members, filtered, sorted and paged.
pub fn list(b: &ResourceBehavior, call: &Call, project: &Project) -> Result<Response, Response> {
    let r = b.resource;
    let parent = parent_id(b, call, project)?;
    let item_schema = list_item_schema(call.decl, r.items_field);
    let mut items: Vec<Value> = project
        .items(r.key)
        .iter()
        .filter(|item| parent.as_deref().is_none_or(|p| item.get(PARENT).and_then(Value::as_str) == Some(p)))
        .map(|item| presented(b, project, item))
        .filter(|item| {
            r.filters.iter().all(|f| match call.params.get(f.param) {
                None => true,
                Some(Value::String(s)) if s.is_empty() => true,
                Some(wanted) => {
                    let path = b.field_paths.iter().find(|(k, _)| *k == f.field).map(|(_, p)| *p).unwrap_or(f.field);
                    lookup(item, path).into_iter().any(|v| v == wanted)
                }
            })
        })
        .collect();
    sort(b, call, &mut items, item_schema);
    let shown: Vec<Value> = items.into_iter().map(|i| cut(i, item_schema)).collect();
    Ok(call.ok(&page(b, call, shown)))
}
