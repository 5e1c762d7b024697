//! Runtime stacks, configuration groups and files, deployment jobs and addons (ServiceStage
//! 4.4–4.7): requests built from the declarations, the documented constraints in the metadata,
//! and validation of bodies.

use std::collections::BTreeMap;

use opsdeck_api::catalog;
use opsdeck_api::error::decode;
use opsdeck_api::operation::{Method, OpKind, Operation};
use opsdeck_api::request::{build, build_raw, build_typed, Credentials, Target};
use opsdeck_api::schema::{Location, ObjectSchema, Schema, Type};
use opsdeck_api::servicestage::common::{ProjectPath, SortOrder};
use opsdeck_api::servicestage::v3::addon::*;
use opsdeck_api::servicestage::v3::config::*;
use opsdeck_api::servicestage::v3::job::*;
use opsdeck_api::servicestage::v3::runtime_stack::*;
use opsdeck_api::validate::{validate, Problem, RegexLite};
use serde_json::{json, Map, Value};

const ENDPOINT: &str = "https://servicestage.cn-north-4.myhuaweicloud.com";

fn target() -> Target {
    Target { endpoint: ENDPOINT.into(), credentials: Credentials::Token("tok".into()), ..Target::default() }
}

fn params(v: Value) -> Map<String, Value> {
    v.as_object().unwrap().clone()
}

fn object(ty: &'static Type) -> &'static ObjectSchema {
    ty.as_object().expect("an object schema")
}

fn enum_values(ty: &'static Type) -> Vec<&'static str> {
    let Type::Enum(e) = ty else { panic!("not an enum: {ty:?}") };
    e.values.iter().map(|v| v.value).collect()
}

fn sent(req: &opsdeck_api::HttpRequest) -> Value {
    serde_json::from_slice(req.body.as_ref().expect("a body")).unwrap()
}

#[test]
fn create_and_publish_stack_share_the_url_with_different_bodies() {
    let path = ProjectPath { project_id: "p1".into() };
    let create = RuntimeStackCreate {
        name: "test".into(),
        deploy_mode: RuntimeStackDeployMode::VirtualMachine,
        stack_type: RuntimeStackType::Java,
        version: "1.0.0".into(),
        spec: Some(RuntimeStackSpec {
            parameters: Some(BTreeMap::from([("jdk_url".to_string(), "obs://b/jdk.tar.gz".to_string())])),
            ..RuntimeStackSpec::default()
        }),
        description: None,
    };
    let publish = RuntimeStackRelease {
        action: RuntimeStackReleaseAction::Supported,
        parameters: RuntimeStackReleaseParameters {
            runtimestacks: vec![RuntimeStackReleaseItem { id: "b153f6b8".into() }],
        },
    };
    let a = build_typed::<CreateRuntimeStackOp>(&path, Some(&create), &target()).unwrap();
    let b = build_typed::<PublishRuntimeStacksOp>(&path, Some(&publish), &target()).unwrap();
    assert_eq!((a.method, b.method), ("POST", "POST"));
    assert_eq!(a.url, format!("{ENDPOINT}/v3/p1/cas/runtimestacks"));
    assert_eq!(a.url, b.url);
    assert_eq!(
        sent(&a),
        json!({"name": "test", "deploy_mode": "virtualmachine", "type": "Java", "version": "1.0.0",
               "spec": {"parameters": {"jdk_url": "obs://b/jdk.tar.gz"}}})
    );
    assert_eq!(sent(&b), json!({"action": "Supported", "parameters": {"runtimestacks": [{"id": "b153f6b8"}]}}));

    let (c, p) = (CreateRuntimeStackOp::DECL, PublishRuntimeStacksOp::DECL);
    assert_eq!((c.method, c.path), (p.method, p.path));
    assert_ne!(c.id, p.id);
    assert_eq!((c.kind, p.kind), (OpKind::Create, OpKind::Action));
    assert_eq!((c.success_status, p.success_status), (200, 204));
    assert!(p.response().is_none());
    // The bodies are told apart by their members.
    let release = object(p.body().unwrap());
    assert_eq!(enum_values(release.field("action").unwrap().ty), vec!["Supported", "Disable"]);
    assert!(object(c.body().unwrap()).field("action").is_none());
}

#[test]
fn history_path_has_no_double_slash() {
    let decl = GetConfigHistoryOp::DECL;
    assert_eq!(decl.path, "/v3/{project_id}/cas/configs/{config_id}/histories/{config_history_id}");
    for op in catalog::operations() {
        assert!(!op.path.contains("//"), "{} has a double slash: {}", op.doc_ref, op.path);
    }
    let p = ConfigHistoryPath { project_id: "p1".into(), config_id: "c1".into(), config_history_id: "h/1".into() };
    let req = build_typed::<GetConfigHistoryOp>(&p, None, &target()).unwrap();
    assert_eq!(req.url, format!("{ENDPOINT}/v3/p1/cas/configs/c1/histories/h%2F1"));
    assert!(req.body.is_none());
    let del = build_typed::<DeleteConfigHistoryOp>(&p, None, &target()).unwrap();
    assert_eq!((del.method, del.url.as_str()), ("DELETE", req.url.as_str()));
}

#[test]
fn list_queries_encode() {
    let groups = ConfigGroupListParams {
        project_id: "p1".into(),
        name: Some("a b&c".into()),
        limit: Some(20),
        offset: Some(0),
        order_by: Some(ConfigGroupOrderBy::UpdateTime),
        order: Some(SortOrder::Asc),
    };
    let req = build_typed::<ListConfigGroupsOp>(&groups, None, &target()).unwrap();
    assert_eq!(
        req.url,
        format!("{ENDPOINT}/v3/p1/cas/config-groups?limit=20&name=a%20b%26c&offset=0&order=asc&order_by=update_time")
    );

    let req = build(
        ListConfigsOp::DECL,
        &params(json!({"project_id": "p1", "config_group_id": "g1", "component_id": "", "order_by": "name", "limit": 5})),
        None,
        &target(),
    )
    .unwrap();
    // Empty optional parameters are left out.
    assert_eq!(req.url, format!("{ENDPOINT}/v3/p1/cas/configs?config_group_id=g1&limit=5&order_by=name"));

    let histories = ConfigHistoryListParams {
        project_id: "p1".into(),
        config_id: "c1".into(),
        order: Some(SortOrder::Desc),
        ..Default::default()
    };
    let req = build_typed::<ListConfigHistoriesOp>(&histories, None, &target()).unwrap();
    assert_eq!(req.url, format!("{ENDPOINT}/v3/p1/cas/configs/c1/histories?order=desc"));

    let job = JobDetailsParams {
        project_id: "p1".into(),
        job_id: "JOB17cb".into(),
        limit: Some(10),
        offset: Some(2),
        desc: Some(JobSortDesc::True),
    };
    let req = build_typed::<GetJobOp>(&job, None, &target()).unwrap();
    assert_eq!(req.url, format!("{ENDPOINT}/v3/p1/cas/jobs/JOB17cb?desc=true&limit=10&offset=2"));

    let list = object(ListConfigsOp::DECL.params());
    for (name, loc) in [("project_id", Location::Path), ("name", Location::Query), ("component_id", Location::Query)] {
        assert_eq!(list.field(name).unwrap().location, loc, "{name}");
    }
    assert_eq!(list.field("limit").unwrap().rules.max, Some(100.0));
    assert_eq!(enum_values(list.field("order").unwrap().ty), vec!["desc", "asc"]);
    assert_eq!(enum_values(list.field("order_by").unwrap().ty), vec!["create_time", "name", "update_time"]);
}

#[test]
fn addon_paths_and_bodies() {
    let p = AddonPath { project_id: "p1".into(), environment_id: "e1".into(), addon_id: "a1".into() };
    let body = AddonActionBody { action: AddonAction::Redeploy };
    let req = build_typed::<AddonActionOp>(&p, Some(&body), &target()).unwrap();
    assert_eq!((req.method, req.url.as_str()), ("POST", format!("{ENDPOINT}/v3/p1/cas/environments/e1/addons/a1/action").as_str()));
    assert_eq!(sent(&req), json!({"action": "redeploy"}));

    let env = AddonEnvironmentPath { project_id: "p1".into(), environment_id: "e1".into() };
    let req = build_typed::<ListAddonMetadataOp>(&env, None, &target()).unwrap();
    assert_eq!(req.url, format!("{ENDPOINT}/v3/p1/cas/environments/e1/addons-metadata"));

    // Deleting answers 200 with the deletion job.
    assert_eq!(DeleteAddonOp::DECL.success_status, 200);
    let job = decode::<DeleteAddonOp>(200, &[], br#"{"job_id":"JOB7e93"}"#).unwrap();
    assert_eq!(job.job_id.as_deref(), Some("JOB7e93"));
    // 4.7.4 decodes both the example's flat shape and the table's `addons` array.
    let flat = decode::<GetAddonOp>(200, &[], br#"{"id":"a1","status":"SUCCEEDED"}"#).unwrap();
    assert_eq!((flat.id.as_deref(), flat.status.as_deref()), (Some("a1"), Some("SUCCEEDED")));
    let wrapped = decode::<GetAddonOp>(200, &[], br#"{"addons":[{"id":"a1"}]}"#).unwrap();
    assert_eq!(wrapped.addons.unwrap()[0].id.as_deref(), Some("a1"));
}

#[test]
fn import_is_a_multipart_form() {
    let decl = ImportConfigsOp::DECL;
    assert_eq!(decl.content_type, Some("multipart/form-data"));
    assert_eq!((decl.method, decl.path), (Method::Post, "/v3/{project_id}/cas/configs/import"));
    let form = object(decl.body().unwrap());
    let file = form.field("upload_file").unwrap();
    assert!(file.required);
    assert_eq!(file.ty, &Type::String);
    assert_eq!(enum_values(form.field("repetition_policy").unwrap().ty), vec!["covered", "skip"]);
    assert!(!form.field("repetition_policy").unwrap().required);

    let req = build_raw(
        decl,
        &params(json!({"project_id": "p1"})),
        Some(b"--x\r\n".to_vec()),
        "multipart/form-data; boundary=x",
        &target(),
    )
    .unwrap();
    assert_eq!(req.header("Content-Type"), Some("multipart/form-data; boundary=x"));
    assert_eq!(req.url, format!("{ENDPOINT}/v3/p1/cas/configs/import"));
    // Documented as 204 although the example answers with counts; both decode.
    assert_eq!(decl.success_status, 204);
    let r = decode::<ImportConfigsOp>(204, &[], br#"{"covered_num":0,"total_num":1}"#).unwrap();
    assert_eq!((r.covered_num, r.skip_num, r.total_num), (Some(0), None, Some(1)));
    assert!(decode::<ImportConfigsOp>(204, &[], b"").is_ok());
}

#[test]
fn validation_rejects_missing_and_broken_fields() {
    let re = RegexLite::default();
    let ok = json!({"config_group_id": "g", "name": "test-config", "content": "k = v", "type": "properties", "sensitive": false});
    assert_eq!(validate(ConfigFileCreate::TYPE, &ok, &re), vec![]);

    let mut missing = ok.clone();
    missing.as_object_mut().unwrap().remove("sensitive");
    let v = validate(ConfigFileCreate::TYPE, &missing, &re);
    assert_eq!(v.len(), 1);
    assert_eq!((v[0].path.as_str(), &v[0].problem), ("sensitive", &Problem::Missing));

    let bad = json!({"config_group_id": "g", "name": "1-bad-", "content": "x", "type": "json", "sensitive": "no",
                     "description": "d".repeat(129)});
    let problems: Vec<(String, Problem)> =
        validate(ConfigFileCreate::TYPE, &bad, &re).into_iter().map(|v| (v.path, v.problem)).collect();
    let paths: Vec<&str> = problems.iter().map(|(p, _)| p.as_str()).collect();
    assert!(paths.contains(&"name"), "{problems:?}");
    assert!(paths.contains(&"type"));
    assert!(paths.contains(&"sensitive"));
    assert!(problems.contains(&("description".into(), Problem::TooLong { max: 128 })));

    // The name pattern works in regex-lite: letters first, letter or digit last.
    for (name, good) in [("test-group", true), ("ab", true), ("a_1", true), ("1ab", false), ("ab-", false), ("a b", false)] {
        let v = validate(ConfigGroupCreate::TYPE, &json!({"name": name}), &re);
        assert_eq!(v.is_empty(), good, "{name}: {v:?}");
    }

    // cse_id is required when name is sermantInjector.
    let v = validate(AddonCreate::TYPE, &json!({"cce_id": "c", "name": "sermantInjector"}), &re);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].path, "cse_id");
    assert_eq!(v[0].problem, Problem::RequiredBecause { field: "name".into(), value: "sermantInjector".into() });
    assert_eq!(validate(AddonCreate::TYPE, &json!({"cce_id": "c", "cse_id": "e", "name": "sermantInjector"}), &re), vec![]);

    // Publishing needs its parameters, and each listed stack its id.
    let v = validate(RuntimeStackRelease::TYPE, &json!({"action": "Supported"}), &re);
    assert_eq!((v[0].path.as_str(), &v[0].problem), ("parameters", &Problem::Missing));
    let v = validate(RuntimeStackRelease::TYPE, &json!({"action": "Publish", "parameters": {"runtimestacks": [{}]}}), &re);
    let paths: Vec<&str> = v.iter().map(|v| v.path.as_str()).collect();
    assert_eq!(paths, vec!["action", "parameters.runtimestacks[0].id"]);

    // Creating a stack: the enums hold only what the document allows.
    let v = validate(RuntimeStackCreate::TYPE, &json!({"name": "s", "deploy_mode": "container", "type": "Python", "version": "1"}), &re);
    let paths: Vec<&str> = v.iter().map(|v| v.path.as_str()).collect();
    assert_eq!(paths, vec!["deploy_mode", "type"]);

    // The import form needs its file.
    let v = validate(ConfigImportForm::TYPE, &json!({"repetition_policy": "skip"}), &re);
    assert_eq!((v[0].path.as_str(), &v[0].problem), ("upload_file", &Problem::Missing));
}

#[test]
fn answers_decode() {
    let body = br#"{"runtime_stacks":[{"id":"s1","name":"OpenJDK11","system":1,"spec":{"os":"Linux","sdk":null,"parameters":null},"component_count":3}],"total":1}"#;
    let list = decode::<ListRuntimeStacksOp>(200, &[], body).unwrap();
    assert_eq!(list.total, Some(1));
    let stack = &list.runtime_stacks.unwrap()[0];
    assert_eq!((stack.system, stack.component_count), (Some(1), Some(3)));
    assert_eq!(stack.spec.as_ref().unwrap().os.as_deref(), Some("Linux"));

    // Built-in images: the table's (and the service's) spelling and the example's.
    let a = decode::<ListInnerImagesOp>(200, &[], br#"{"runtime_stacks":[{"type":"Java","url":"swr/x"}]}"#).unwrap();
    assert_eq!(a.runtime_stacks.unwrap()[0].stack_type.as_deref(), Some("Java"));
    let b = decode::<ListInnerImagesOp>(200, &[], br#"{"runtimestacks":[{"type":"Java","url":"swr/x"}]}"#).unwrap();
    assert_eq!(b.runtime_stacks.unwrap()[0].url.as_deref(), Some("swr/x"));

    let job = decode::<GetJobOp>(200, &[], br#"{"job":{"execution_status":"RUNNING","job_id":"J1"},"tasks":[{"task_index":1,"update_at":"t"}],"task_count":1}"#).unwrap();
    assert_eq!(job.job.unwrap().execution_status.as_deref(), Some("RUNNING"));
    assert_eq!(job.tasks.unwrap()[0].update_at.as_deref(), Some("t"));

    assert!(decode::<DeleteRuntimeStackOp>(204, &[], b"").is_ok());
    assert!(decode::<DeleteConfigGroupOp>(204, &[], b"").is_ok());
    let err = decode::<GetConfigOp>(404, &[], br#"{"error_code":"SVCSTG.00100404","error_msg":"config not found"}"#).unwrap_err();
    assert_eq!(err.code.as_deref(), Some("SVCSTG.00100404"));
}

#[test]
fn config_bodies_carry_what_a_client_of_the_service_sends() {
    // No SDK models 4.5; Terraform's configuration resource is the witness (NOTES-sdk.md).
    let path = ProjectPath { project_id: "p1".into() };
    let create = ConfigFileCreate {
        config_group_id: "g1".into(),
        name: "test-config".into(),
        content: "a: 1".into(),
        description: None,
        file_type: ConfigFileType::Yaml,
        sensitive: false,
    };
    let req = build_typed::<CreateConfigOp>(&path, Some(&create), &target()).unwrap();
    // sensitive goes out even when false; an absent description is left out.
    assert_eq!(sent(&req), json!({"config_group_id": "g1", "name": "test-config", "content": "a: 1", "type": "yaml", "sensitive": false}));

    let file = ConfigFilePath { project_id: "p1".into(), config_id: "c1".into() };
    let update = ConfigFileUpdate {
        config_group_id: "g1".into(),
        content: "a: 2".into(),
        file_type: ConfigFileType::Yaml,
        description: Some(String::new()),
        sensitive: Some(false),
    };
    let req = build_typed::<UpdateConfigOp>(&file, Some(&update), &target()).unwrap();
    // An empty description clears it; the name is no member of this body.
    let body = sent(&req);
    assert_eq!(body["description"], json!(""));
    assert!(body.get("name").is_none());

    // The service answers its deletes with 200 (Terraform's observation), the document 204.
    assert!(decode::<DeleteConfigOp>(200, &[], b"").is_ok());
    assert!(decode::<DeleteConfigGroupOp>(200, &[], b"").is_ok());
}
