//! Every declared operation is reachable from a resource page (list, create, get, update,
//! delete, an item action, a read-only view or a collection action), not only from the
//! explorer; supplementary (`x-`) operations included.

use std::collections::BTreeSet;

use opsdeck_api::catalog;
use opsdeck_api::schema::Type;

#[test]
fn every_operation_is_on_some_resource_page() {
    let reachable: BTreeSet<&str> = catalog::RESOURCES.iter().flat_map(|r| r.operations()).map(|o| o.id).collect();
    // Job polls are driven by the job tray rather than a page; chooser lists fill the
    // drop-downs of the forms that use them.
    let polled: BTreeSet<&str> = opsdeck_api::jobs::KINDS.iter().map(|k| k.poll_op).collect();
    let mut choosers = BTreeSet::new();
    fn walk(ty: &'static Type, out: &mut BTreeSet<String>, seen: &mut Vec<&'static str>) {
        match ty {
            Type::Object(o) => {
                if seen.contains(&o.name) {
                    return;
                }
                seen.push(o.name);
                for f in o.fields {
                    if let Some(c) = f.rules.choices() {
                        out.insert(c.op.to_string());
                    }
                    walk(f.ty, out, seen);
                }
            }
            Type::Array(t) | Type::Map(t) => walk(t, out, seen),
            _ => {}
        }
    }
    for op in catalog::operations() {
        for ty in [Some(op.params), op.body].into_iter().flatten() {
            walk(ty, &mut choosers, &mut Vec::new());
        }
    }

    let missing: Vec<String> = catalog::operations()
        .filter(|o| !reachable.contains(o.id) && !polled.contains(o.id) && !choosers.contains(o.id))
        .map(|o| format!("{} {} ({})", o.doc_ref, o.id, o.title.en))
        .collect();
    assert!(missing.is_empty(), "not reachable from any page:\n{}", missing.join("\n"));
}

#[test]
fn every_servicestage_v3_operation_is_declared() {
    let refs: BTreeSet<&str> = catalog::operations().map(|o| o.doc_ref).filter(|r| r.starts_with("servicestage:4.")).collect();
    assert_eq!(refs.len(), 61, "{refs:?}");
}
