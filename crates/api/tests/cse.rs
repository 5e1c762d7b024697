//! CSE (6.2.1–6.3.6): requests built from the declarations (the `x-engine-id` header, the
//! `override` query, the multipart file), the create form's constraints, answers in the
//! document's and the SDK's spellings, and both error bodies.

use opsdeck_api::cse::*;
use opsdeck_api::error::{decode, ApiError};
use opsdeck_api::multipart::file_data_url;
use opsdeck_api::request::{build, build_typed, Credentials, Target};
use opsdeck_api::schema::Schema;
use opsdeck_api::validate::{validate, Problem, RegexLite};
use serde_json::{json, Value};

const CSE: &str = "https://cse.cn-north-4.myhuaweicloud.com";
const PROJECT: &str = "0605767e0f00d5762f5fc012cb2f4c97";

fn target() -> Target {
    Target { endpoint: CSE.into(), credentials: Credentials::Token("tok".into()), ..Target::default() }
}

fn problems_at(body: &Value) -> Vec<(String, Problem)> {
    validate(<EngineCreate as Schema>::TYPE, body, &RegexLite::default()).into_iter().map(|v| (v.path, v.problem)).collect()
}

fn engine(name: &str) -> Value {
    json!({"name": name, "payment": "1", "flavor": "cse.s1.small2", "azList": ["cn-north-4a"], "authType": "NONE",
        "vpc": "vpc-mall", "vpcId": "v1", "networkId": "n1", "subnetCidr": "192.168.0.0/24", "specType": "CSE2"})
}

#[test]
fn export_and_import_name_the_engine_in_a_header() {
    let params = KieExportParams { project_id: PROJECT.into(), engine_id: "e1".into(), label: Some("app:mall".into()), ..Default::default() };
    // An empty list is sent: it means every key-value.
    let req = build_typed::<ExportKieOp>(&params, Some(&KieExportBody { ids: vec![] }), &target()).unwrap();
    assert_eq!(req.path_and_query(), format!("/v1/{PROJECT}/kie/download?label=app%3Amall"));
    assert_eq!(req.header("x-engine-id"), Some("e1"));
    assert_eq!(serde_json::from_slice::<Value>(req.body.as_deref().unwrap()).unwrap(), json!({"ids": []}));

    // The override is a query parameter (the document's example writes it as a path segment).
    let params = json!({"project_id": PROJECT, "override": "force", "x-engine-id": "e1", "X-Enterprise-Project-ID": "0"});
    let form = json!({"upload_file": file_data_url("application/json", "mall.json", br#"{"data": []}"#)});
    let op = <ImportKieOp as opsdeck_api::Operation>::DECL;
    let req = build(op, params.as_object().unwrap(), Some(&form), &target()).unwrap();
    assert_eq!(req.path_and_query(), format!("/v1/{PROJECT}/kie/file?override=force"));
    assert_eq!(req.header("x-engine-id"), Some("e1"));
    assert_eq!(req.header("X-Enterprise-Project-ID"), Some("0"));
    assert!(req.header("Content-Type").unwrap().starts_with("multipart/form-data; boundary="));
    let text = String::from_utf8_lossy(req.body.as_deref().unwrap()).to_string();
    assert!(text.contains("name=\"upload_file\"; filename=\"mall.json\"") && text.contains(r#"{"data": []}"#), "{text}");

    // The engine header is required by both.
    let without = json!({"project_id": PROJECT, "override": "skip"});
    assert!(build(op, without.as_object().unwrap(), Some(&form), &target()).is_err());
}

#[test]
fn engine_names_follow_the_documented_rule() {
    assert!(problems_at(&engine("cse-mall")).is_empty());
    assert!(problems_at(&engine("abc")).is_empty());
    for bad in ["ab", "1cse", "cse-", "cse_mall", "cse mall", "a-very-long-engine-name-x1"] {
        assert!(problems_at(&engine(bad)).iter().any(|(p, _)| p == "name"), "{bad} is refused");
    }
    // Security authentication needs the root password.
    let mut body = engine("cse-mall");
    body["authType"] = json!("RBAC");
    assert!(problems_at(&body).iter().any(|(p, pr)| p == "auth_cred" && matches!(pr, Problem::RequiredBecause { .. })));
    body["auth_cred"] = json!({"pwd": "Sandbox-123"});
    assert!(problems_at(&body).is_empty());
    // Only pay-per-use, only the two documented deployment types.
    body["payment"] = json!("2");
    body["specType"] = json!("Nacos2");
    let found: Vec<String> = problems_at(&body).into_iter().map(|(p, _)| p).collect();
    assert_eq!(found, ["payment", "specType"]);
    // The root password is a secret: never echoed back.
    let cred = <EngineCreate as Schema>::TYPE.as_object().unwrap().field("auth_cred").unwrap();
    assert!(cred.ty.as_object().unwrap().field("pwd").unwrap().rules.secret);
}

#[test]
fn answers_decode_in_the_documents_and_the_sdks_spellings() {
    // The engine list's table spells the addresses masterEntryPoint, the detail's table
    // masterEndpoint, the examples and the SDK masterEntrypoint: all decode, the last is sent.
    for spelling in ["masterEntryPoint", "masterEndpoint", "masterEntrypoint"] {
        let answer = json!({"id": "e1", "externalEntryPoint": {"serviceEndpoint": {"kie": {spelling: "https://192.168.0.169:30110"}}}, "vmlDs": ["vm-1"]});
        let engine: EngineDetail = decode::<GetEngineOp>(200, &[], answer.to_string().as_bytes()).unwrap();
        let kie = &engine.external_entrypoint.as_ref().unwrap().service_endpoint.as_ref().unwrap()["kie"];
        assert_eq!(kie.master_entrypoint.as_deref(), Some("https://192.168.0.169:30110"));
        assert_eq!(engine.vm_ids, Some(vec!["vm-1".to_string()]));
        let back = serde_json::to_value(&engine).unwrap();
        assert_eq!(back["externalEntrypoint"]["serviceEndpoint"]["kie"]["masterEntrypoint"], "https://192.168.0.169:30110");
        assert_eq!(back["vmIds"], json!(["vm-1"]));
    }
    let listed: EngineList = decode::<ListEnginesOp>(200, &[], br#"{"total": 1, "data": [{"id": "e1", "type": "CSE_Share", "status": "Freezing", "reference": {"publicIpd": "ip-1"}}]}"#).unwrap();
    let e = &listed.data.as_ref().unwrap()[0];
    assert_eq!(e.reference.as_ref().unwrap().public_ip_id.as_deref(), Some("ip-1"));
    // Undocumented values are kept as they came.
    let back = serde_json::to_value(e).unwrap();
    assert_eq!((back["type"].as_str(), back["status"].as_str()), (Some("CSE_Share"), Some("Freezing")));

    // The job: the SDK's older snake_case and the document's camelCase.
    let job: EngineJob = decode::<GetEngineJobOp>(200, &[], br#"{"id": 7, "engine_id": "e1", "status": "Executing", "tasks": [{"task_name": "resourcePrepare", "status": "Finished"}]}"#).unwrap();
    assert_eq!(job.engine_id.as_deref(), Some("e1"));
    assert_eq!(job.tasks.as_ref().unwrap()[0].task_name.as_deref(), Some("resourcePrepare"));
    let imported: KieImportResult = decode::<ImportKieOp>(200, &[], br#"{"success": [{"key": "k", "create_version": 3, "update_revision": 4}], "failure": []}"#).unwrap();
    let kv = &imported.success.as_ref().unwrap()[0];
    assert_eq!((kv.create_revision, kv.update_revision), (Some(3), Some(4)));
}

#[test]
fn both_error_bodies_decode() {
    let engine = ApiError::from_response(400, &[], br#"{"errorCode": "SVCSTG.00501111", "errorMessage": "Duplicate engine instance name.", "detail": "cse-mall"}"#);
    assert_eq!((engine.code.as_deref(), engine.message.as_str(), engine.detail.as_deref()), (Some("SVCSTG.00501111"), "Duplicate engine instance name.", Some("cse-mall")));
    let kie = ApiError::from_response(400, &[], br#"{"error_code": "SVCSTG.00400651", "error_message": "The file is empty or in an incorrect format.", "detail": "upload_file"}"#);
    assert_eq!((kie.code.as_deref(), kie.message.as_str(), kie.detail.as_deref()), (Some("SVCSTG.00400651"), "The file is empty or in an incorrect format.", Some("upload_file")));
}
