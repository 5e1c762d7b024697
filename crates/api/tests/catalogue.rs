//! One table-driven check over every declared operation, resource and job kind: what must hold
//! for any declaration, so that the test grows with the catalogue instead of restating it.
//! Each check collects its problems and the test reports them all at once.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use opsdeck_api::catalog;
use opsdeck_api::jobs::{self, Source};
use opsdeck_api::operation::{OpKind, OperationDecl};
use opsdeck_api::resource::{Paging, ResourceDecl};
use opsdeck_api::schema::{Choices, Location, ObjectSchema, Type};

/// `ref → (method, path)` from `../shared/operations.tsv`, the list of the documented
/// operations. It sits beside the repository (CI has it); a missing file fails the test.
fn documented_operations() -> HashMap<String, (String, String)> {
    let tsv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/operations.tsv");
    let text = std::fs::read_to_string(&tsv)
        .unwrap_or_else(|e| panic!("operations.tsv must sit in the shared folder beside the repository ({}): {e}", tsv.display()));
    let mut out = HashMap::new();
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 3, "operations.tsv: malformed line {line:?}");
        out.insert(cols[0].to_string(), (cols[1].to_string(), cols[2].to_string()));
    }
    out
}

/// `{name}` placeholders of a path template, in order.
fn placeholders(path: &str) -> Vec<&str> {
    path.split('/').filter_map(opsdeck_api::url::braces).collect()
}

/// Calls `visit` with every object schema reachable from `ty` (each once) and the path to it.
fn objects(ty: &'static Type, seen: &mut BTreeSet<usize>, visit: &mut dyn FnMut(&'static ObjectSchema)) {
    match ty {
        Type::Object(o) => {
            if seen.insert(*o as *const ObjectSchema as usize) {
                visit(o);
                for f in o.fields {
                    objects(f.ty, seen, visit);
                }
            }
        }
        Type::Array(t) | Type::Map(t) => objects(t, seen, visit),
        _ => {}
    }
}

fn types_of(op: &'static OperationDecl) -> impl Iterator<Item = &'static Type> {
    [Some(op.params()), op.body(), op.response()].into_iter().flatten()
}

fn report(what: &str, problems: Vec<String>) {
    assert!(problems.is_empty(), "{what}: {} problem(s)\n  {}", problems.len(), problems.join("\n  "));
}

#[test]
fn every_operation_is_declared_consistently() {
    let documented = documented_operations();
    let mut problems = Vec::new();
    let mut ids = BTreeMap::new();
    let mut refs = BTreeMap::new();
    for op in catalog::operations() {
        let at = format!("{} ({})", op.id, op.doc_ref);
        if let Some(other) = ids.insert(op.id, op.doc_ref) {
            problems.push(format!("{at}: id already used by {other}"));
        }
        if let Some(other) = refs.insert(op.doc_ref, op.id) {
            problems.push(format!("{at}: ref already used by {other}"));
        }
        // `service.resource.verb`, under the service's own key.
        let parts: Vec<&str> = op.id.split('.').collect();
        if parts.len() != 3 || parts.iter().any(|p| p.is_empty()) || parts[0] != op.service.key() {
            problems.push(format!("{at}: id is not `{}.<resource>.<verb>`", op.service.key()));
        }
        if op.title().zh.is_empty() || op.title().en.is_empty() {
            problems.push(format!("{at}: title missing in a language"));
        }
        if !(200..300).contains(&op.success_status) {
            problems.push(format!("{at}: success status {} is not 2xx", op.success_status));
        }
        let declared: Vec<&str> = op.params_schema().in_location(Location::Path).map(|f| f.name).collect();
        if declared != placeholders(op.path) {
            problems.push(format!("{at}: path placeholders {:?} differ from the path parameters {declared:?}", placeholders(op.path)));
        }
        for f in op.params_schema().fields {
            if f.location == Location::Body {
                problems.push(format!("{at}: parameter {} has no location", f.name));
            }
            if f.location == Location::Path && !f.required {
                problems.push(format!("{at}: path parameter {} is optional", f.name));
            }
        }
        if op.body().is_some() && op.method == opsdeck_api::Method::Get {
            problems.push(format!("{at}: a GET with a body"));
        }
        if op.doc_ref.starts_with("x-") {
            continue; // supplementary operations are not in the documents' list
        }
        match documented.get(op.doc_ref) {
            None => problems.push(format!("{at}: not in operations.tsv")),
            Some((method, path)) => {
                if method != op.method.as_str() || path != op.path {
                    problems.push(format!("{at}: declared {} {}, documented {method} {path}", op.method.as_str(), op.path));
                }
            }
        }
    }
    report("operations", problems);
}

#[test]
fn every_field_is_labelled_and_every_enum_value_explained() {
    let mut problems = Vec::new();
    let mut names: BTreeMap<&str, &'static ObjectSchema> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for op in catalog::operations() {
        for ty in types_of(op) {
            objects(ty, &mut seen, &mut |o| {
                // The OpenAPI export names its schemas by these: two types may not share one.
                // Compared by value: one type's schema constant may be placed at several
                // addresses (Rust promises no single address for a `const`).
                if *names.entry(o.name).or_insert(o) != o && !o.fields.is_empty() {
                    problems.push(format!("{}: two different models are named {}", op.id, o.name));
                }
                for f in o.fields {
                    if f.label.zh.is_empty() || f.label.en.is_empty() {
                        problems.push(format!("{}: {}.{} has no label in a language", op.id, o.name, f.name));
                    }
                    if let Type::Enum(e) | Type::Array(Type::Enum(e)) = f.ty {
                        for v in e.values.iter().filter(|v| v.meaning.zh.is_empty() || v.meaning.en.is_empty()) {
                            problems.push(format!("{}: {}.{} value {} has no meaning in a language", op.id, o.name, f.name, v.value));
                        }
                    }
                    if let Some((sibling, _)) = f.rules.condition() {
                        if o.field(sibling).is_none() {
                            problems.push(format!("{}: {}.{} depends on {sibling}, which is not a sibling", op.id, o.name, f.name));
                        }
                    }
                }
            });
        }
    }
    problems.dedup();
    report("fields", problems);
}

#[test]
fn every_chooser_and_job_names_declared_operations() {
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for op in catalog::operations() {
        for ty in [Some(op.params()), op.body()].into_iter().flatten() {
            objects(ty, &mut seen, &mut |o| {
                for f in o.fields {
                    let Some(spec) = f.rules.choices else { continue };
                    match Choices::parse(spec) {
                        None => problems.push(format!("{}: choices `{spec}` of {} does not parse", op.id, f.name)),
                        Some(c) if catalog::operation(c.op).is_none() => {
                            problems.push(format!("{}: choices of {} name {}, which is not declared", op.id, f.name, c.op))
                        }
                        Some(_) => {}
                    }
                }
            });
        }
    }
    for kind in jobs::KINDS {
        let at = format!("job kind {}", kind.key);
        match catalog::operation(kind.poll_op) {
            None => problems.push(format!("{at}: poll operation {} is not declared", kind.poll_op)),
            Some(poll) => {
                for (param, _) in kind.poll_params {
                    if poll.params_schema().field(param).is_none() {
                        problems.push(format!("{at}: {} has no parameter {param}", poll.id));
                    }
                }
            }
        }
        for id in kind.started_by {
            if catalog::operation(id).is_none() {
                problems.push(format!("{at}: started by {id}, which is not declared"));
            }
        }
        for link in [kind.result_link.as_ref(), kind.row_link.as_ref()].into_iter().flatten() {
            if catalog::resource(link.service, link.resource).is_none() {
                problems.push(format!("{at}: links to {}/{}, which is not a resource", link.service.key(), link.resource));
            }
            if let Source::Param(p) = link.id {
                if kind.started_by.iter().filter_map(|id| catalog::operation(id)).all(|op| op.params_schema().field(p).is_none()) {
                    problems.push(format!("{at}: link id parameter {p} is no parameter of the starting operations"));
                }
            }
        }
    }
    report("choosers and jobs", problems);
}

fn check_resource(r: &'static ResourceDecl, problems: &mut Vec<String>) {
    let at = format!("resource {}/{}", r.service.key(), r.key);
    let kinds = [(r.list, OpKind::List), (r.list_all, OpKind::List), (r.create, OpKind::Create), (r.get, OpKind::Get), (r.update, OpKind::Update), (r.delete, OpKind::Delete)];
    for (op, kind) in kinds {
        if let Some(op) = op {
            if op.kind != kind {
                problems.push(format!("{at}: {} is declared {:?}, used as {kind:?}", op.id, op.kind));
            }
            if op.service != r.service {
                problems.push(format!("{at}: {} belongs to another service", op.id));
            }
        }
    }
    for op in r.operations() {
        if catalog::operation(op.id).is_none() {
            problems.push(format!("{at}: {} is not in the catalogue", op.id));
        }
    }
    if let Some(op) = r.get.or(r.update).or(r.delete) {
        if op.params_schema().field(r.id_param).is_none() {
            problems.push(format!("{at}: {} has no id parameter {}", op.id, r.id_param));
        }
    }
    let Some(list) = r.page_list() else { return };
    let Some(item) = r.item_schema() else {
        problems.push(format!("{at}: {} has no list of objects at `{}`", list.id, r.items_field));
        return;
    };
    for column in r.columns {
        if item.field_at(column).is_none() {
            problems.push(format!("{at}: column {column} is not an item field"));
        }
    }
    for filter in r.filters {
        if list.params_schema().field(filter.param).is_none() {
            problems.push(format!("{at}: filter {} is not a parameter of {}", filter.param, list.id));
        }
    }
    if let Some(s) = r.sorting {
        for p in [s.by, s.order] {
            if list.params_schema().field(p).is_none() {
                problems.push(format!("{at}: sort parameter {p} is not a parameter of {}", list.id));
            }
        }
    }
    if let Paging::LimitOffset { limit, offset, .. } = r.paging {
        for p in [limit, offset] {
            if list.params_schema().field(p).is_none() {
                problems.push(format!("{at}: paging parameter {p} is not a parameter of {}", list.id));
            }
        }
    }
    if let Some(count) = r.count_field {
        if list.response_schema().and_then(|s| s.field(count)).is_none() {
            problems.push(format!("{at}: count field {count} is not in {}'s answer", list.id));
        }
    }
    if let Some(link) = r.parent {
        if !catalog::RESOURCES.iter().any(|p| std::ptr::eq(*p, link.resource)) {
            problems.push(format!("{at}: parent {} is not in the catalogue", link.resource.key));
        }
    }
}

#[test]
fn every_resource_reads_its_operations_consistently() {
    let mut problems = Vec::new();
    let mut keys = BTreeSet::new();
    for r in catalog::RESOURCES {
        if !keys.insert((r.service.key(), r.key)) {
            problems.push(format!("resource {}/{} is declared twice", r.service.key(), r.key));
        }
        check_resource(r, &mut problems);
        for child in r.children {
            if !catalog::RESOURCES.iter().any(|c| std::ptr::eq(*c, *child)) {
                problems.push(format!("resource {}: child {} is not in the catalogue", r.key, child.key));
            }
        }
    }
    report("resources", problems);
}

/// The operations the console calls by itself: job queries (the job tray) and the lists that
/// fill pickers.
fn called_by_the_console() -> BTreeSet<&'static str> {
    let mut out: BTreeSet<&str> = jobs::KINDS.iter().map(|k| k.poll_op).collect();
    let mut seen = BTreeSet::new();
    for op in catalog::operations() {
        for ty in [Some(op.params()), op.body()].into_iter().flatten() {
            objects(ty, &mut seen, &mut |o| {
                out.extend(o.fields.iter().filter_map(|f| f.rules.choices()).map(|c| c.op));
            });
        }
    }
    out
}

#[test]
fn every_operation_is_on_a_page_or_explorer_only_for_a_reason() {
    let on_pages: BTreeSet<&str> = catalog::RESOURCES.iter().flat_map(|r| r.operations()).map(|o| o.id).collect();
    let by_console = called_by_the_console();
    let mut problems = Vec::new();
    for (id, reason) in catalog::EXPLORER_ONLY {
        if catalog::operation(id).is_none() {
            problems.push(format!("explorer-only {id} is not declared"));
        } else if on_pages.contains(id) {
            problems.push(format!("explorer-only {id} is on a resource page: remove the entry"));
        }
        if reason.trim().is_empty() {
            problems.push(format!("explorer-only {id} gives no reason"));
        }
    }
    for op in catalog::operations() {
        let explained = catalog::EXPLORER_ONLY.iter().any(|(id, _)| *id == op.id);
        if !on_pages.contains(op.id) && !by_console.contains(op.id) && !explained {
            problems.push(format!("{} ({}) is on no page: add it to a resource or to catalog::EXPLORER_ONLY with a reason", op.id, op.doc_ref));
        }
    }
    report("reachability", problems);
}
