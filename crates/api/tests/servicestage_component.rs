//! Components (ServiceStage 4.3): requests built from the documented examples, the schema
//! metadata transcribed from the tables, validation of nested and conditional requirements,
//! and answers decoding into the typed models.

use std::path::Path;

use opsdeck_api::catalog;
use opsdeck_api::error::decode;
use opsdeck_api::operation::{OpKind, Operation};
use opsdeck_api::request::{build, build_typed, Credentials, Target};
use opsdeck_api::schema::{ObjectSchema, Schema, Type};
use opsdeck_api::servicestage::v3::component::*;
use opsdeck_api::validate::{validate, Problem, RegexLite, Violation};
use serde_json::{json, Map, Value};

const ENDPOINT: &str = "https://servicestage.cn-north-4.myhuaweicloud.com";

fn target() -> Target {
    Target { endpoint: ENDPOINT.into(), credentials: Credentials::Token("tok".into()), ..Target::default() }
}

fn example(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/examples/servicestage").join(name);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn params(v: Value) -> Map<String, Value> {
    v.as_object().unwrap().clone()
}

fn object(ty: &'static Type) -> &'static ObjectSchema {
    match ty {
        Type::Object(o) => o,
        Type::Array(item) => object(item),
        other => panic!("not an object: {other:?}"),
    }
}

/// The schema of a nested field, following objects and arrays.
fn nested(schema: &'static ObjectSchema, path: &[&str]) -> &'static ObjectSchema {
    path.iter().fold(schema, |s, name| object(s.field(name).unwrap_or_else(|| panic!("no field {name}")).ty))
}

fn enum_values(ty: &'static Type) -> Vec<(&'static str, &'static str)> {
    let Type::Enum(e) = ty else { panic!("not an enum: {ty:?}") };
    e.values.iter().map(|v| (v.value, v.meaning.zh)).collect()
}

fn problems(ty: &'static Type, body: &Value) -> Vec<(String, Problem)> {
    validate(ty, body, &RegexLite::default()).into_iter().map(|Violation { path, problem }| (path, problem)).collect()
}

#[test]
fn create_request_is_built_from_the_documented_examples() {
    for name in ["4.3.1.request.1.json", "4.3.1.request.2.json", "4.3.1.request.ch8.1.json"] {
        let body = example(name);
        // Generic path: the declaration and the example as JSON.
        let decl = catalog::operation_by_ref("servicestage:4.3.1").unwrap();
        let req = build(decl, &params(json!({"project_id": "p1", "application_id": "app-1"})), Some(&body), &target()).unwrap();
        assert_eq!(req.method, "POST");
        assert_eq!(req.url, format!("{ENDPOINT}/v3/p1/cas/applications/app-1/components"));
        assert_eq!(req.header("Content-Type"), Some("application/json;charset=utf8"));
        let sent: Value = serde_json::from_slice(req.body.as_ref().unwrap()).unwrap();
        assert_eq!(sent, body, "{name}");

        // Typed path: the example decodes into CreateComponent and goes out unchanged.
        let typed: CreateComponent = serde_json::from_value(body.clone()).unwrap();
        let path = ComponentsPath { project_id: "p1".into(), application_id: "app-1".into() };
        let req = build_typed::<CreateComponentOp>(&path, Some(&typed), &target()).unwrap();
        let sent: Value = serde_json::from_slice(req.body.as_ref().unwrap()).unwrap();
        assert_eq!(sent, body, "{name}");
    }
}

#[test]
fn typed_create_body_reads_like_the_document() {
    let body: CreateComponent = serde_json::from_value(example("4.3.1.request.1.json")).unwrap();
    assert_eq!(body.name, "mycomponent");
    assert_eq!(body.runtime_stack.stack_type, ComponentStackType::Java);
    assert_eq!(body.runtime_stack.deploy_mode, ComponentDeployMode::Container);
    assert_eq!(body.source.kind, ComponentSourceKind::Package);
    assert_eq!(body.source.storage, Some(ComponentSourceStorage::Obs));
    assert_eq!(body.refer_resources[0].resource_type, ComponentReferResourceType::Cce);
    assert_eq!((body.replica, body.limit_cpu, body.request_memory), (1, Some(0.25), Some(0.5)));

    // Chapter 8.3's bodies use forms the tables do not: they still decode.
    let ch8: CreateComponent = serde_json::from_value(example("4.3.1.request.ch8.1.json")).unwrap();
    assert!(matches!(ch8.affinity, Some(ComponentAffinities::Grouped(_))));
    assert_eq!(ch8.custom_metric, Some(ComponentCustomMetric::default()));
    assert_eq!(ch8.refer_resources[0].parameters.as_ref().unwrap().cluster_type.as_deref(), Some("VirtualMachine"));
    let update: UpdateComponent = serde_json::from_value(example("4.3.5.request.ch8.1.json")).unwrap();
    let rolling = update.deploy_strategy.unwrap().rolling_release.unwrap();
    assert_eq!(rolling.batches, LenientInt::Text("1".into()));
    assert_eq!(rolling.batches.as_i64(), Some(1));
    assert_eq!(update.envs.as_ref().unwrap().len(), 18);
    assert!(update.runtime_stack.is_none());
    let action: ComponentAction = serde_json::from_value(example("4.3.8.request.ch8.1.json")).unwrap();
    assert_eq!(action.action, ComponentActionType::RollbackCurrent);
}

#[test]
fn import_shares_method_and_path_with_create() {
    let create = <CreateComponentOp as Operation>::DECL;
    let import = <ImportComponentOp as Operation>::DECL;
    assert_eq!((create.method, create.path), (import.method, import.path));
    assert_ne!(create.body(), import.body());
    assert_eq!((import.id, import.kind), ("servicestage.component.import_cce", OpKind::Create));
    let body = example("4.3.2.request.json");
    let typed: ImportComponent = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(typed.create_mode, ComponentCreateMode::Import);
    assert_eq!(typed.refer_resources[0].resource_type, ComponentImportResourceType::Cce);
    let req = build(import, &params(json!({"project_id": "p1", "application_id": "a"})), Some(&body), &target()).unwrap();
    assert_eq!(serde_json::from_slice::<Value>(req.body.as_ref().unwrap()).unwrap(), body);
    // The import's resource types differ from create's: nacos, no Auto Scaling groups.
    let imported = enum_values(nested(ImportComponent::TYPE.as_object().unwrap(), &["refer_resources"]).field("type").unwrap().ty);
    assert!(imported.contains(&("nacos", "注册配置中心")));
    assert!(!imported.iter().any(|(v, _)| *v == "as"));
}

#[test]
fn other_requests_carry_their_parameters() {
    let t = target();
    let list = catalog::operation("servicestage.component.list").unwrap();
    let req = build(list, &params(json!({"project_id": "p1", "limit": 10, "offset": 5, "order_by": "name", "order": "asc", "application_name": "app 1", "component_name": ""})), None, &t).unwrap();
    assert_eq!(req.url, format!("{ENDPOINT}/v3/p1/cas/components?application_name=app%201&limit=10&offset=5&order=asc&order_by=name"));

    let get = GetComponentParams { project_id: "p".into(), application_id: "a".into(), component_id: "c".into(), version: Some("2023.0323.15181".into()) };
    let req = build_typed::<GetComponentOp>(&get, None, &t).unwrap();
    assert_eq!(req.url, format!("{ENDPOINT}/v3/p/cas/applications/a/components/c?version=2023.0323.15181"));

    let path = ComponentPath { project_id: "p".into(), application_id: "a".into(), component_id: "c".into() };
    let action = ComponentAction {
        action: ComponentActionType::Scale,
        parameters: Some(ComponentActionParameters { replica: Some(3), version: None, hosts: Some(vec!["h1".into()]) }),
    };
    let req = build_typed::<ComponentActionOp>(&path, Some(&action), &t).unwrap();
    assert_eq!((req.method, req.url.as_str()), ("POST", format!("{ENDPOINT}/v3/p/cas/applications/a/components/c/action").as_str()));
    assert_eq!(serde_json::from_slice::<Value>(req.body.as_ref().unwrap()).unwrap(), json!({"action": "scale", "parameters": {"replica": 3, "hosts": ["h1"]}}));

    let req = build_typed::<RefreshComponentOp>(&path, None, &t).unwrap();
    assert_eq!((req.method, req.body.is_none()), ("PUT", true));
    assert!(req.url.ends_with("/components/c/refresh"));
    let req = build_typed::<DeleteComponentOp>(&path, None, &t).unwrap();
    assert_eq!(req.method, "DELETE");

    let records = ListComponentRecordsParams { project_id: "p".into(), application_id: "a".into(), component_id: "c".into(), limit: Some(20), order: Some(opsdeck_api::servicestage::common::SortOrder::Desc), ..Default::default() };
    let req = build_typed::<ListComponentRecordsOp>(&records, None, &t).unwrap();
    assert_eq!(req.url, format!("{ENDPOINT}/v3/p/cas/applications/a/components/c/records?limit=20&order=desc"));

    let err = build(catalog::operation("servicestage.component.update").unwrap(), &params(json!({"project_id": "p", "application_id": "a"})), Some(&json!({})), &t).unwrap_err();
    assert_eq!(err, opsdeck_api::BuildError::MissingParam("component_id".into()));
}

#[test]
fn documented_request_bodies_validate() {
    for (name, ty) in [
        ("4.3.1.request.1.json", CreateComponent::TYPE),
        ("4.3.1.request.2.json", CreateComponent::TYPE),
        ("4.3.2.request.json", ImportComponent::TYPE),
        ("4.3.5.request.json", UpdateComponent::TYPE),
        ("4.3.8.request.json", ComponentAction::TYPE),
    ] {
        assert_eq!(problems(ty, &example(name)), vec![], "{name}");
    }
}

#[test]
fn a_stack_version_is_required_but_may_be_empty() {
    // Always sent (SDK: required); the documented Docker bodies send "".
    let mut body = example("4.3.2.request.json");
    assert_eq!(body["runtime_stack"]["version"], "");
    assert_eq!(problems(ImportComponent::TYPE, &body), vec![]);
    body["runtime_stack"].as_object_mut().unwrap().remove("version");
    assert_eq!(problems(ImportComponent::TYPE, &body), vec![("runtime_stack.version".to_string(), Problem::Missing)]);
}

#[test]
fn validation_rejects_missing_nested_fields() {
    let ty = CreateComponent::TYPE;
    let mut body = example("4.3.1.request.1.json");
    body["runtime_stack"].as_object_mut().unwrap().remove("deploy_mode");
    body["refer_resources"][0].as_object_mut().unwrap().remove("id");
    body["storages"] = json!([{"type": "HostPath", "name": "logs", "parameters": {"path": "/var/log"}, "mounts": [{"path": "/tmp", "sub_path": ""}]}]);
    body["custom_metric"] = json!({"path": "/metrics", "port": 9090});
    let found = problems(ty, &body);
    for path in ["runtime_stack.deploy_mode", "refer_resources[0].id", "storages[0].mounts[0].read_only", "storages[0].mounts[0].sub_path", "custom_metric.dimensions"] {
        assert!(found.contains(&(path.to_string(), Problem::Missing)), "{path}: {found:?}");
    }
    assert_eq!(found.len(), 5, "{found:?}");

    // A whole missing required object.
    let mut body = example("4.3.1.request.1.json");
    body.as_object_mut().unwrap().remove("source");
    assert_eq!(problems(ty, &body), vec![("source".to_string(), Problem::Missing)]);
}

#[test]
fn validation_enforces_conditional_requirements() {
    let ty = CreateComponent::TYPE;
    let because = |field: &str, value: &str| Problem::RequiredBecause { field: field.into(), value: value.into() };

    let mut body = example("4.3.1.request.1.json");
    body["deploy_strategy"] = json!({"type": "RollingRelease"});
    assert_eq!(problems(ty, &body), vec![("deploy_strategy.rolling_release".to_string(), because("type", "RollingRelease"))]);
    body["deploy_strategy"] = json!({"type": "RollingRelease", "rolling_release": {"batches": 2}});
    assert_eq!(problems(ty, &body), vec![]);
    // The same body with one batch is fine without rolling settings.
    body["deploy_strategy"] = json!({"type": "OneBatchRelease"});
    assert_eq!(problems(ty, &body), vec![]);

    body["deploy_strategy"] = json!({"type": "GrayRelease", "gray_release": {"type": "WEIGHT", "first_batch_weight": 20}});
    let found = problems(ty, &body);
    assert_eq!(found, vec![
        ("deploy_strategy.gray_release.first_batch_replica".to_string(), because("type", "WEIGHT")),
        ("deploy_strategy.gray_release.remaining_batch".to_string(), because("type", "WEIGHT")),
    ]);
    body["deploy_strategy"] = json!({"type": "GrayRelease", "gray_release": {"type": "CONTENT", "replica_surge_mode": "MIRROR"}});
    let paths: Vec<String> = problems(ty, &body).into_iter().map(|(p, _)| p).collect();
    assert_eq!(paths, ["deploy_strategy.gray_release.rule_match_mode", "deploy_strategy.gray_release.rules"]);
    body["deploy_strategy"] = json!({"type": "GrayRelease", "gray_release": {
        "type": "CONTENT", "replica_surge_mode": "EXTRA", "rule_match_mode": "any",
        "rules": [{"type": "header", "key": "x-user", "value": "beta", "condition": "equal"}]
    }});
    assert_eq!(problems(ty, &body), vec![]);

    // Changing a component on a CCE cluster needs the resource's parameters (the namespace).
    let mut update = example("4.3.5.request.json");
    update["refer_resources"] = json!([{"id": "c1", "type": "cce"}, {"id": "e1", "type": "ecs"}]);
    assert_eq!(problems(UpdateComponent::TYPE, &update), vec![("refer_resources[0].parameters".to_string(), because("type", "cce"))]);
    update["refer_resources"][0]["parameters"] = json!({"namespace": "default"});
    assert_eq!(problems(UpdateComponent::TYPE, &update), vec![]);

    // A package source needs its URL.
    let mut body = example("4.3.1.request.1.json");
    body["source"] = json!({"kind": "package", "storage": "obs"});
    assert_eq!(problems(ty, &body), vec![("source.url".to_string(), because("kind", "package"))]);
}

#[test]
fn gray_release_is_sent_in_the_sdk_spelling_and_the_documents_decodes() {
    // document: weight / content, mirror / extra / no_surge; service (SDK): upper case.
    let documented = json!({"type": "content", "replica_surge_mode": "no_surge", "rule_match_mode": "all",
        "rules": [{"type": "header", "key": "x-user", "value": "beta", "condition": "equal"}]});
    let typed: ComponentGrayRelease = serde_json::from_value(documented).unwrap();
    let sent = serde_json::to_value(&typed).unwrap();
    assert_eq!((sent["type"].as_str(), sent["replica_surge_mode"].as_str()), (Some("CONTENT"), Some("NOSURGE")));
    // The validator (the form's, and the sandbox's before it answers) reads the document's
    // spelling as the SDK's value, in the conditions too: `weight` needs the batches.
    let because = |field: &str, value: &str| Problem::RequiredBecause { field: field.into(), value: value.into() };
    let mut body = example("4.3.1.request.1.json");
    body["deploy_strategy"] = json!({"type": "GrayRelease", "gray_release": {"type": "weight", "first_batch_weight": 20, "first_batch_replica": 1, "remaining_batch": 1}});
    assert_eq!(problems(CreateComponent::TYPE, &body), vec![]);
    body["deploy_strategy"]["gray_release"] = json!({"type": "weight", "first_batch_weight": 20});
    assert_eq!(problems(CreateComponent::TYPE, &body), vec![
        ("deploy_strategy.gray_release.first_batch_replica".to_string(), because("type", "WEIGHT")),
        ("deploy_strategy.gray_release.remaining_batch".to_string(), because("type", "WEIGHT")),
    ]);
    // canonicalize writes the SDK's spelling; a third spelling stays refused, and the values
    // offered are the SDK's only.
    body["deploy_strategy"]["gray_release"] = json!({"type": "content", "replica_surge_mode": "no_surge", "rule_match_mode": "all",
        "rules": [{"type": "header", "key": "x-user", "value": "beta", "condition": "equal"}]});
    assert!(opsdeck_api::validate::canonicalize(CreateComponent::TYPE, &mut body));
    assert_eq!((body["deploy_strategy"]["gray_release"]["type"].as_str(), body["deploy_strategy"]["gray_release"]["replica_surge_mode"].as_str()), (Some("CONTENT"), Some("NOSURGE")));
    assert!(!opsdeck_api::validate::canonicalize(CreateComponent::TYPE, &mut body), "already canonical");
    body["deploy_strategy"]["gray_release"]["type"] = json!("Weight");
    let found = problems(CreateComponent::TYPE, &body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "deploy_strategy.gray_release.type");
    assert_eq!(found[0].1, Problem::NotInEnum { allowed: vec!["WEIGHT".into(), "CONTENT".into()] });
}

#[test]
fn validation_checks_patterns_ranges_and_enums() {
    let ty = CreateComponent::TYPE;
    let mut body = example("4.3.1.request.1.json");
    body["name"] = json!("1component-");
    body["version"] = json!("1.2");
    body["labels"] = json!([{"key": "bad key", "value": "ok"}, {"key": "k", "value": "x".repeat(44)}]);
    body["affinity"] = json!([{"condition": "required", "kind": "zone", "weight": 101, "match_expressions": []}]);
    body["dns_policy"] = json!("ClusterOnly");
    let found = problems(ty, &body);
    let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    for path in ["name", "version", "labels[0].key", "labels[1].value", "affinity", "dns_policy"] {
        assert!(paths.contains(&path), "{path}: {found:?}");
    }
    // The table's list of rules still decodes, but forms ask for the object the service
    // takes (SDK `ComponentAffinity`: az, node, component).
    assert!(found.contains(&("affinity".to_string(), Problem::WrongType { expected: "object".into() })), "{found:?}");
    assert!(found.contains(&("labels[1].value".to_string(), Problem::TooLong { max: 43 })));

    // Versions are three or four dot-separated numbers; other separators are refused.
    for (version, ok) in [("2023.1102.17105", true), ("1.0.0.1", true), ("1.0", false), ("2023-1102-17105", false), ("1.0.0.0.1", false)] {
        let mut body = example("4.3.1.request.1.json");
        body["version"] = json!(version);
        assert_eq!(problems(ty, &body).is_empty(), ok, "{version}");
    }
    // Chinese label keys are allowed; an empty label value too (0–43 characters).
    let mut body = example("4.3.1.request.1.json");
    body["labels"] = json!([{"key": "环境", "value": "生产-1"}]);
    assert_eq!(problems(ty, &body), vec![]);
}

#[test]
fn answers_decode_into_the_typed_models() {
    let body = serde_json::to_vec(&example("4.3.7.response.json")).unwrap();
    let got = decode::<GetComponentOp>(200, &[], &body).unwrap();
    assert_eq!(got.name.as_deref(), Some("test-component"));
    assert_eq!(got.status.as_ref().unwrap().component_status.as_deref(), Some("RUNNING"));
    assert_eq!(got.tomcat_opts.as_ref().unwrap().http_port, Some(0));
    let hosts = got.refer_resources.as_ref().unwrap()[0].parameters.as_ref().unwrap().hosts.clone();
    assert_eq!(hosts, Some(vec!["67835bb3-1235-4cc9-be71-becbb2b4ca0d".to_string()]));
    assert_eq!(got.workload_kind.as_deref(), Some("deployment"));

    // The misspellings of table 4-226 are accepted and re-encoded with the service's names.
    let odd = br#"{"custom_metrics": {"path": "/m", "port": 9090, "dimensions": "cpu_usage"},
        "host_aliases": [{"ip": "10.0.0.1", "hostname": ["a"]}],
        "build": {"parameters": {"artifact_name_space": "ns", "cluster_id": "c"}},
        "affinity": [{"condition": "required", "kind": "node", "match_expressions": [{"key": "k", "operation": "In", "value": "v"}]}],
        "liveness_probe": {"type": "tcp", "delay": 5, "timeout": 1, "port": 8080}}"#;
    let got = decode::<GetComponentOp>(200, &[], odd).unwrap();
    let again = serde_json::to_value(&got).unwrap();
    assert_eq!(again["custom_metric"]["port"], 9090);
    assert_eq!(again["host_aliases"][0]["hostnames"], json!(["a"]));
    assert_eq!(again["build"]["parameters"]["artifact_namespace"], "ns");
    assert_eq!(again["affinity"][0]["match_expressions"][0]["operation"], "In");

    let list = decode::<ListComponentsOp>(200, &[], &serde_json::to_vec(&example("4.3.4.response.json")).unwrap()).unwrap();
    assert_eq!(list.count, Some(1));
    let first = &list.components.as_ref().unwrap()[0];
    assert_eq!(first.status.as_ref().unwrap().create_time, Some(1679556221028));
    assert!(first.labels.is_none());

    let created = decode::<CreateComponentOp>(200, &[], &serde_json::to_vec(&example("4.3.1.response.json")).unwrap()).unwrap();
    assert_eq!(created.component_id.as_deref(), Some("b8702b0f-94d3-4822-98a1-56815632a0a0"));
    let options = decode::<ComponentFilterOptionsOp>(200, &[], &serde_json::to_vec(&example("4.3.11.response.json")).unwrap()).unwrap();
    assert_eq!(options.filter_options.unwrap().enterprise_projects, Some(vec!["0".to_string()]));

    // Deleting is documented without a body; a body (the service sends the ID) is tolerated.
    assert!(decode::<DeleteComponentOp>(200, &[], b"").is_ok());
    assert!(decode::<DeleteComponentOp>(200, &[], br#"{"component_id": "c1"}"#).is_ok());
    let err = decode::<DeleteComponentOp>(409, &[], br#"{"error_code":"SVCSTG.00100409","error_msg":"conflict"}"#).unwrap_err();
    assert_eq!((err.status, err.code.as_deref()), (409, Some("SVCSTG.00100409")));
}

#[test]
fn every_component_pattern_compiles_in_regex_lite() {
    use opsdeck_api::validate::PatternMatcher;
    fn walk(ty: &'static Type, seen: &mut Vec<&'static str>, out: &mut Vec<&'static str>) {
        match ty {
            Type::Array(item) | Type::Map(item) => walk(item, seen, out),
            Type::Object(o) if !seen.contains(&o.name) => {
                seen.push(o.name);
                for f in o.fields {
                    out.extend(f.rules.pattern);
                    walk(f.ty, seen, out);
                }
            }
            _ => {}
        }
    }
    let (mut seen, mut patterns) = (Vec::new(), Vec::new());
    for op in catalog::operations().filter(|o| o.id.starts_with("servicestage.component.")) {
        walk(op.params(), &mut seen, &mut patterns);
        op.body().into_iter().for_each(|b| walk(b, &mut seen, &mut patterns));
    }
    patterns.sort();
    patterns.dedup();
    assert_eq!(patterns.len(), 5, "{patterns:?}");
    let re = RegexLite::default();
    for p in patterns {
        assert!(re.is_match(p, "").is_some(), "{p} does not compile");
    }
    assert_eq!(re.is_match(nested(CreateComponent::TYPE.as_object().unwrap(), &["source"]).field("commit_id").unwrap().rules.pattern.unwrap(), "Abcdef12"), Some(false));
}
