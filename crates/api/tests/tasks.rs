//! The declarations behind the long-running tasks (IMS copy, CBR replication, Rainbond copy and
//! install): the supplementary list operations, the resources that offer the tasks, the
//! choosers (`choices`) their forms use, and the job kinds that follow them.

use opsdeck_api::catalog;
use opsdeck_api::jobs::{self, Origin};
use opsdeck_api::operation::{OpKind, Service};
use opsdeck_api::schema::{ChoiceSource, Choices, Field, Location, ObjectSchema, Type};
use serde_json::{json, Map, Value};

/// Every field of a schema with its siblings (the object it is in), recursively.
fn walk(schema: &'static ObjectSchema, out: &mut Vec<(&'static Field, &'static ObjectSchema)>) {
    for f in schema.fields {
        out.push((f, schema));
        match f.ty {
            Type::Object(inner) | Type::Array(Type::Object(inner)) => walk(inner, out),
            _ => {}
        }
    }
}

/// The type at `items` in a response type.
fn list_at(ty: &'static Type, items: &str) -> Option<&'static Type> {
    let mut cur = ty;
    for seg in items.split('.').filter(|s| !s.is_empty()) {
        cur = match cur {
            Type::Array(inner) if seg.parse::<usize>().is_ok() => inner,
            Type::Object(o) => o.field(seg)?.ty,
            _ => return None,
        };
    }
    Some(cur)
}

/// The item schema at `items` in a response type.
fn items_schema(ty: &'static Type, items: &str) -> Option<&'static ObjectSchema> {
    match list_at(ty, items)? {
        Type::Array(Type::Object(item)) => Some(item),
        _ => None,
    }
}

#[test]
fn choices_name_list_operations_whose_answers_carry_the_values() {
    let mut checked = 0;
    for op in catalog::operations() {
        let mut fields = Vec::new();
        for ty in [Some(op.params()), op.body()].into_iter().flatten() {
            if let Type::Object(o) = ty {
                walk(o, &mut fields);
            }
        }
        for (field, siblings) in fields {
            let Some(spec) = field.rules.choices else { continue };
            let c = Choices::parse(spec).unwrap_or_else(|| panic!("{}: `{spec}` does not parse", op.id));
            let list = catalog::operation(c.op).unwrap_or_else(|| panic!("{}: {} is not declared", op.id, c.op));
            // A list, or a read-only query answering with lists (4.3.11's filter options).
            assert!(
                list.kind == OpKind::List || (list.kind == OpKind::Action && list.method == opsdeck_api::Method::Get),
                "{}: {} is not a list",
                op.id,
                c.op
            );
            for (param, source) in &c.params {
                assert!(list.params_schema().field(param).is_some(), "{}: {} has no parameter {param}", op.id, c.op);
                if let ChoiceSource::Field(name) = source {
                    let found = siblings.field(name).is_some()
                        || op.body_schema().is_some_and(|b| b.field(name).is_some())
                        || op.params_schema().field(name).is_some();
                    assert!(found, "{}: the source `{name}` of {} is not a field of the form", op.id, field.name);
                }
            }
            if c.value == opsdeck_api::schema::ITSELF {
                // The items are the values: the answer lists plain strings there.
                assert!(
                    matches!(list_at(list.response().unwrap(), c.items), Some(Type::Array(Type::String))),
                    "{}: {} has no list of strings at `{}`",
                    op.id,
                    c.op,
                    c.items
                );
                checked += 1;
                continue;
            }
            let item = items_schema(list.response().unwrap(), c.items).unwrap_or_else(|| panic!("{}: {} has no list at `{}`", op.id, c.op, c.items));
            // Dotted: a nested member (a CCE cluster's `metadata.uid`).
            assert!(item.field_at(c.value).is_some(), "{}: {} items have no `{}`", op.id, c.op, c.value);
            assert!(item.field_at(c.label).is_some(), "{}: {} items have no `{}`", op.id, c.op, c.label);
            // A checklist's fills go into each ticked item; a picker's into its siblings.
            let targets = match field.ty {
                Type::Array(Type::Object(entry)) => *entry,
                _ => siblings,
            };
            for (to, from) in &c.fill {
                assert!(targets.field(to).is_some(), "{}: {} fills `{to}`, which is not a sibling", op.id, field.name);
                assert!(item.field_at(from).is_some(), "{}: {} items have no `{from}` to fill from", op.id, c.op);
            }
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} choosers");
}

#[test]
fn choices_parse_params_literals_and_defaults() {
    let c = Choices::parse("cbr.vault.list_external?external_project_id=destination_project_id&protect_type='replication'|vaults|id|name").unwrap();
    assert_eq!(c.op, "cbr.vault.list_external");
    assert_eq!(
        c.params,
        vec![("external_project_id", ChoiceSource::Field("destination_project_id")), ("protect_type", ChoiceSource::Literal("replication"))]
    );
    assert_eq!((c.items, c.value, c.label), ("vaults", "id", "name"));
    let bare = Choices::parse("rainbond.app.list||ID").unwrap();
    assert_eq!((bare.items, bare.value, bare.label), ("", "ID", "ID"));
    assert_eq!(bare.options(&json!([{"ID": 3, "group_name": "mall"}, {"x": 1}])), vec![("3".to_string(), "3".to_string())]);
    let nested = Choices::parse("m|apps.0.versions|v").unwrap();
    assert_eq!(nested.options(&json!({"apps": [{"versions": [{"v": "1.0"}, {"v": "2.0"}]}]})).len(), 2);
    assert!(Choices::parse("no-value|items").is_none());
    // Dotted value and label: members of nested objects (CCE's Kubernetes-shaped items).
    let deep = Choices::parse("cce.cluster.list|items|metadata.uid|metadata.name").unwrap();
    assert_eq!(
        deep.options(&json!({"items": [{"metadata": {"uid": "u1", "name": "cce-test"}}, {"metadata": {"name": "no-uid"}}, {"spec": {}}]})),
        vec![("u1".to_string(), "cce-test".to_string())]
    );
    // `.`: the items are the values (lists of plain strings, the Git branches).
    let strings = Choices::parse("servicestage.git_branch.list|branches|.").unwrap();
    assert_eq!(
        strings.options(&json!({"branches": ["main", "dev", 3, {"x": 1}]})),
        vec![("main".to_string(), "main".to_string()), ("dev".to_string(), "dev".to_string()), ("3".to_string(), "3".to_string())]
    );
}

#[test]
fn task_resources_are_listed_and_offer_their_task() {
    let expect = [
        (Service::Ims, "images", "ims.image.copy"),
        (Service::Cbr, "vaults", "cbr.checkpoint.replicate"),
        (Service::Rainbond, "apps", "rainbond.app.copy"),
        (Service::Rainbond, "apps", "rainbond.app.install"),
    ];
    for (service, key, action) in expect {
        let r = catalog::resource(service, key).unwrap();
        assert!(catalog::top_level_resources().any(|t| std::ptr::eq(t, r)), "{key} is not in the navigation");
        assert!(r.actions.iter().any(|a| a.op.id == action), "{key} does not offer {action}");
        let item = r.item_schema().unwrap_or_else(|| panic!("{key} has no item schema"));
        for c in r.columns {
            assert!(item.field(c).is_some(), "{key}: column {c} is not an item field");
        }
        for f in r.filters {
            assert!(r.page_list().unwrap().params_schema().field(f.param).is_some(), "{key}: filter {}", f.param);
        }
        assert!(r.get_item_schema().unwrap().field(r.id_field).is_some(), "{key}: the detail has no {}", r.id_field);
    }
    // Every other resource keeps its pages as they were: no scope to ask for.
    for r in catalog::RESOURCES {
        let expected: &[&str] = match (r.service, r.key) {
            (Service::Rainbond, _) => &["team_id", "region_name"],
            _ => &[],
        };
        assert_eq!(r.scope_params(), expected, "{}", r.key);
    }
}

#[test]
fn wrapped_details_are_unwrapped_and_bare_lists_read() {
    let vaults = catalog::resource(Service::Cbr, "vaults").unwrap();
    assert_eq!(vaults.item_in(&json!({"vault": {"id": "v1"}}))["id"], "v1");
    assert_eq!(vaults.get_item_schema().unwrap().name, "CbrVault");
    let images = catalog::resource(Service::Ims, "images").unwrap();
    assert_eq!(images.item_in(&json!({"id": "i1"}))["id"], "i1");
    let apps = catalog::resource(Service::Rainbond, "apps").unwrap();
    assert_eq!(apps.items_in(&json!([{"ID": 1}, {"ID": 2}])).len(), 2);
    assert_eq!(images.items_in(&json!({"images": [{"id": "a"}]})).len(), 1);
    // ServiceStage details are answered unwrapped: nothing changes for them.
    for r in catalog::RESOURCES.iter().filter(|r| r.service == Service::ServiceStage) {
        if let (Some(schema), Some(get)) = (r.get_item_schema(), r.get) {
            assert_eq!(schema.name, get.response_schema().unwrap().name, "{}", r.key);
        }
    }
}

#[test]
fn every_task_is_followed_by_a_job_kind() {
    for id in ["ims.image.copy", "cbr.checkpoint.replicate", "rainbond.app.copy", "rainbond.app.install"] {
        let op = catalog::operation(id).unwrap();
        assert_eq!(jobs::kinds_started_by(op).count(), 1, "{id}");
    }
    // The install is followed in the app it installs into, with the call's own parameters.
    let params: Map<String, Value> = json!({"team_id": "o19p6wen", "region_name": "rainbond", "app_id": 3}).as_object().unwrap().clone();
    let origin = Origin { params: &params, body: None };
    let answer = json!({"ID": 3, "service_list": [{"service_id": "a"}, {"service_id": "b"}]});
    let started = jobs::start_jobs(&jobs::RAINBOND_INSTALL, origin, &answer);
    assert_eq!(started[0].poll_params, params);
    let poll = catalog::operation(jobs::RAINBOND_INSTALL.poll_op).unwrap();
    for f in poll.params_schema().in_location(Location::Path) {
        assert!(started[0].poll_params.contains_key(f.name), "{} is not filled", f.name);
    }
}

#[test]
fn a_picked_item_fills_the_siblings_the_chooser_names() {
    let c = Choices::parse("servicestage.runtime_stack.list|runtime_stacks|name|name|type:type,version:version").unwrap();
    let answer = json!({"runtime_stacks": [
        {"name": "OpenJDK8", "type": "Java", "version": "1.2.0"},
        {"name": "Docker", "type": "Docker"},
    ]});
    let fills = c.fills(&answer);
    assert_eq!(fills[0], ("OpenJDK8".to_string(), vec![("type", json!("Java")), ("version", json!("1.2.0"))]));
    // A member the item lacks is left alone rather than cleared.
    assert_eq!(fills[1], ("Docker".to_string(), vec![("type", json!("Docker"))]));
    assert!(Choices::parse("m|items|id|name|no-colon").is_none());
}

#[test]
fn guided_forms_show_every_body_field_in_some_step() {
    for id in ["servicestage.component.create", "servicestage.component.update"] {
        let guide = opsdeck_api::steps::guide(id).unwrap();
        let body = catalog::operation(id).unwrap().body_schema().unwrap();
        for step in guide.steps {
            for name in step.fields {
                // A name a body does not have is allowed only when the other body has it
                // (create and update share their steps).
                let anywhere = ["servicestage.component.create", "servicestage.component.update"]
                    .iter()
                    .any(|o| catalog::operation(o).unwrap().body_schema().unwrap().field(name).is_some());
                assert!(anywhere, "{id}: step {} names `{name}`, which neither body has", step.title.en);
            }
        }
        for f in body.fields {
            assert!(guide.step_of(f.name).is_some(), "{id}: `{}` is in no step", f.name);
        }
        assert!(guide.step_of("name") == Some(0), "{id}: the name is not asked first");
    }
    assert!(opsdeck_api::steps::guide("servicestage.environment.create").is_none());
}
