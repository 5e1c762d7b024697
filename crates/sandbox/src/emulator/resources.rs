//! Generic resource emulation driven by `ResourceDecl`: create, list (filters, sorting,
//! paging), get, update and delete, with server-set fields (id, project, creator, times)
//! filled in when the item schema has them.

use std::cmp::Ordering;

use axum::http::StatusCode;
use axum::response::Response;
use opsdeck_api::operation::{OpKind, OperationDecl};
use opsdeck_api::resource::{Paging, ResourceDecl};
use serde_json::{json, Map, Value};

use super::{empty_response, error, json_response, new_id, now_ms, servicestage, Call, Project};

/// How the sandbox treats one kind of resource beyond the generic rules.
pub struct ResourceBehavior {
    pub resource: &'static ResourceDecl,
    /// The documented "not found" error (404): code and message.
    pub not_found: (&'static str, &'static str),
    /// The documented error when the name is already taken: status, code, message.
    pub name_taken: Option<(StatusCode, &'static str, &'static str)>,
    /// Demo data for a new project.
    pub seed: fn(project_id: &str) -> Vec<Value>,
}

fn behaviors() -> impl Iterator<Item = &'static ResourceBehavior> {
    servicestage::BEHAVIORS.iter()
}

/// Fills a new project with every resource's demo data.
pub fn seed(project: &mut Project, project_id: &str) {
    for b in behaviors() {
        project.collections.insert(b.resource.key, (b.seed)(project_id));
    }
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

pub fn handle(call: &Call) -> Option<Response> {
    let (behavior, kind) = behavior_of(call.decl)?;
    let project_id = call.project_id();
    Some(call.state.with_project(&project_id, |project| match kind {
        OpKind::List => list(behavior, call, project),
        OpKind::Create => create(behavior, call, project, &project_id),
        OpKind::Get => match find(behavior, call, project) {
            Ok(i) => json_response(StatusCode::OK, &project.collections[behavior.resource.key][i]),
            Err(res) => res,
        },
        OpKind::Update => update(behavior, call, project),
        OpKind::Delete => match find(behavior, call, project) {
            Ok(i) => {
                project.collections.get_mut(behavior.resource.key).expect("seeded").remove(i);
                empty_response(status_of(call.decl))
            }
            Err(res) => res,
        },
        OpKind::Action => unreachable!("resources have no generic actions"),
    }))
}

fn status_of(decl: &OperationDecl) -> StatusCode {
    StatusCode::from_u16(decl.success_status).unwrap_or(StatusCode::OK)
}

fn find(b: &ResourceBehavior, call: &Call, project: &Project) -> Result<usize, Response> {
    let r = b.resource;
    let id = call.param(r.id_param).unwrap_or_default();
    project.collections[r.key]
        .iter()
        .position(|item| item.get(r.id_field).and_then(Value::as_str) == Some(id))
        .ok_or_else(|| error(r.service, StatusCode::NOT_FOUND, b.not_found.0, b.not_found.1))
}

fn name_is_taken(b: &ResourceBehavior, project: &Project, name: Option<&Value>, except: Option<usize>) -> Option<Response> {
    let (status, code, msg) = b.name_taken?;
    let r = b.resource;
    let name = name?.as_str()?;
    let taken = project.collections[r.key]
        .iter()
        .enumerate()
        .any(|(i, item)| Some(i) != except && item.get(r.name_field).and_then(Value::as_str) == Some(name));
    taken.then(|| error(r.service, status, code, msg))
}

/// Keeps the body fields that the item schema knows, so what is stored is what a get shows.
fn known_fields(r: &ResourceDecl, body: &Value) -> Map<String, Value> {
    let item = r.item_schema();
    body.as_object()
        .map(|m| {
            m.iter()
                .filter(|(k, _)| item.is_none_or(|s| s.field(k).is_some()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default()
}

fn create(b: &ResourceBehavior, call: &Call, project: &mut Project, project_id: &str) -> Response {
    let r = b.resource;
    let body = call.body.clone().unwrap_or(Value::Null);
    if let Some(res) = name_is_taken(b, project, body.get(r.name_field), None) {
        return res;
    }
    let mut record = known_fields(r, &body);
    let item = r.item_schema();
    let has = |f: &str| item.is_some_and(|s| s.field(f).is_some());
    let now = now_ms();
    record.insert(r.id_field.into(), json!(new_id()));
    if has("project_id") {
        record.insert("project_id".into(), json!(project_id));
    }
    if has("creator") {
        record.insert("creator".into(), json!(super::servicestage::SANDBOX_USER));
    }
    for field in ["create_time", "update_time"] {
        if has(field) {
            record.insert(field.into(), json!(now));
        }
    }
    // Fields the answer always carries, even when the request left them out.
    for field in ["description", "enterprise_project_id"] {
        if has(field) && !record.contains_key(field) {
            record.insert(field.into(), json!(if field == "enterprise_project_id" { "0" } else { "" }));
        }
    }
    if has("labels") && !record.contains_key("labels") {
        record.insert("labels".into(), json!([]));
    }
    let record = Value::Object(record);
    project.collections.get_mut(r.key).expect("seeded").push(record.clone());
    json_response(status_of(call.decl), &record)
}

fn update(b: &ResourceBehavior, call: &Call, project: &mut Project) -> Response {
    let r = b.resource;
    let index = match find(b, call, project) {
        Ok(i) => i,
        Err(res) => return res,
    };
    let body = call.body.clone().unwrap_or(Value::Null);
    if let Some(res) = name_is_taken(b, project, body.get(r.name_field), Some(index)) {
        return res;
    }
    let changes = known_fields(r, &body);
    let record = &mut project.collections.get_mut(r.key).expect("seeded")[index];
    if let Value::Object(map) = record {
        for (k, v) in changes {
            map.insert(k, v);
        }
        if map.contains_key("update_time") {
            map.insert("update_time".into(), json!(now_ms()));
        }
    }
    json_response(status_of(call.decl), record)
}

fn compare(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    match (a, b) {
        (Some(Value::Number(x)), Some(Value::Number(y))) => {
            x.as_f64().unwrap_or(0.0).partial_cmp(&y.as_f64().unwrap_or(0.0)).unwrap_or(Ordering::Equal)
        }
        (Some(Value::String(x)), Some(Value::String(y))) => x.to_lowercase().cmp(&y.to_lowercase()),
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        _ => Ordering::Equal,
    }
}

fn list(b: &ResourceBehavior, call: &Call, project: &Project) -> Response {
    let r = b.resource;
    let mut items: Vec<&Value> = project.collections[r.key]
        .iter()
        .filter(|item| {
            r.filters.iter().all(|f| match call.params.get(f.param) {
                None => true,
                Some(Value::String(s)) if s.is_empty() => true,
                Some(wanted) => item.get(f.field) == Some(wanted),
            })
        })
        .collect();
    if let Some(sorting) = r.sorting {
        let item_schema = r.item_schema();
        let by = call
            .param(sorting.by)
            .filter(|k| item_schema.is_some_and(|s| s.field(k).is_some()))
            .filter(|k| {
                // Only the documented sort keys; others fall back to the default.
                call.decl.params_schema().field(sorting.by).is_some_and(|f| match f.ty {
                    opsdeck_api::schema::Type::Enum(e) => e.values.iter().any(|v| v.value == *k),
                    _ => true,
                })
            })
            .unwrap_or(sorting.default_by);
        let ascending = call.param(sorting.order) == Some("asc");
        items.sort_by(|x, y| {
            let o = compare(x.get(by), y.get(by));
            if ascending { o } else { o.reverse() }
        });
    }
    let total = items.len();
    let page: Vec<Value> = match r.paging {
        Paging::LimitOffset { limit, offset, .. } => {
            let offset = call.params.get(offset).and_then(Value::as_u64).unwrap_or(0) as usize;
            // No limit (or 0) means "all" here; the documented range caps explicit values.
            let limit = call.params.get(limit).and_then(Value::as_u64).filter(|l| *l > 0).map(|l| l as usize);
            items.into_iter().skip(offset).take(limit.unwrap_or(usize::MAX)).cloned().collect()
        }
        Paging::None => items.into_iter().cloned().collect(),
    };
    let mut body = Map::new();
    body.insert(r.items_field.into(), Value::Array(page));
    if let Some(count) = r.count_field {
        body.insert(count.into(), json!(total));
    }
    json_response(status_of(call.decl), &Value::Object(body))
}
