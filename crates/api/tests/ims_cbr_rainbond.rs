//! IMS (copy an image within a region, plus its job query), CBR (replicate checkpoints) and
//! Rainbond (copy an app, install from the app market): declarations, requests built from
//! them, the documented constraints in the metadata, validation, answers and error bodies.

use opsdeck_api::cbr::*;
use opsdeck_api::error::{decode, ApiError};
use opsdeck_api::ims::*;
use opsdeck_api::jobs::{self, JobState};
use opsdeck_api::operation::Operation;
use opsdeck_api::rainbond::*;
use opsdeck_api::request::{build, build_typed, Credentials, Target};
use opsdeck_api::schema::{Location, ObjectSchema, Schema, Type};
use opsdeck_api::validate::{validate, Problem, RegexLite, Violation};
use serde_json::{json, Map, Value};

const IMS: &str = "https://ims.cn-north-4.myhuaweicloud.com";
const CBR: &str = "https://cbr.cn-north-4.myhuaweicloud.com";
const RAINBOND: &str = "http://rainbond.example.com:7070";

fn token(endpoint: &str) -> Target {
    Target { endpoint: endpoint.into(), credentials: Credentials::Token("tok".into()), ..Target::default() }
}

fn rainbond() -> Target {
    Target { endpoint: RAINBOND.into(), credentials: Credentials::RainbondKey("k".into()), ..Target::default() }
}

fn object(ty: &'static Type) -> &'static ObjectSchema {
    ty.as_object().expect("an object schema")
}

fn sent(req: &opsdeck_api::HttpRequest) -> Value {
    serde_json::from_slice(req.body.as_ref().expect("a body")).unwrap()
}

fn problems(ty: &Type, body: &Value) -> Vec<(String, Problem)> {
    validate(ty, body, &RegexLite::default()).into_iter().map(|Violation { path, problem }| (path, problem)).collect()
}

fn example(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/examples").join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn ims_copy_request_is_built_as_documented() {
    let body = ImsCopyImage {
        name: "ims_encrypted_copy3".into(),
        description: Some("test copy".into()),
        cmk_id: Some("bd66288c-9081-460a-8227-4cbd0c814cb4".into()),
        enterprise_project_id: None,
    };
    let path = ImsImagePath { image_id: "465076de-dc36-4aec-80f5-ef9d8009428f".into() };
    let req = build_typed::<CopyImageOp>(&path, Some(&body), &token(IMS)).unwrap();
    assert_eq!(req.method, "POST");
    assert_eq!(req.url, format!("{IMS}/v1/cloudimages/465076de-dc36-4aec-80f5-ef9d8009428f/copy"));
    assert_eq!(req.header("X-Auth-Token"), Some("tok"));
    // The media type every IMS SDK sends (the document names none).
    assert_eq!(req.header("Content-Type"), Some("application/json;charset=UTF-8"));
    // The document's request example, exactly.
    assert_eq!(sent(&req), example("ims/copy.request.json"));
}

#[test]
fn ims_job_query_and_its_answer() {
    let req = build_typed::<GetImsJobOp>(&ImsJobPath { project_id: "p1".into(), job_id: "edc89b49".into() }, None, &token(IMS)).unwrap();
    assert_eq!(req.method, "GET");
    assert_eq!(req.url, format!("{IMS}/v1/p1/jobs/edc89b49"));
    assert!(req.body.is_none());

    let copy = decode::<CopyImageOp>(200, &[], br#"{"job_id": "edc89b490d7d4392898e19b2deb34797"}"#).unwrap();
    assert_eq!(copy.job_id.as_deref(), Some("edc89b490d7d4392898e19b2deb34797"));

    let answer = br#"{"status":"SUCCESS","job_id":"edc89b49","job_type":"copyImageInRegion","begin_time":"2024-01-02T03:04:05.000Z","end_time":"2024-01-02T03:09:05.000Z",
        "entities":{"image_id":"new-image","current_task":"done","process_percent":1.0,
        "sub_jobs_result":[{"status":"SUCCESS","job_id":"s1","entities":{"image_id":"new-image"}}]},"error_code":null,"fail_reason":null}"#;
    let job = decode::<GetImsJobOp>(200, &[], answer).unwrap();
    let entities = job.entities.as_ref().unwrap();
    assert_eq!(entities.image_id.as_deref(), Some("new-image"));
    assert_eq!(entities.process_percent, Some(1.0));
    assert_eq!(entities.sub_jobs_result.as_ref().unwrap()[0].entities.as_ref().unwrap().image_id.as_deref(), Some("new-image"));
    let state = jobs::interpret(&jobs::IMS_JOB, &serde_json::to_value(&job).unwrap());
    assert_eq!(state, JobState::Succeeded { status: "SUCCESS".into() });

    let failed = decode::<GetImsJobOp>(200, &[], br#"{"status":"FAIL","fail_reason":"the image is not in the normal state","error_code":"IMS.0204"}"#).unwrap();
    assert_eq!(
        jobs::interpret(&jobs::IMS_JOB, &serde_json::to_value(&failed).unwrap()),
        JobState::Failed { status: "FAIL".into(), reason: Some("the image is not in the normal state".into()) }
    );
}

#[test]
fn ims_description_is_validated() {
    let ty = ImsCopyImage::TYPE;
    assert!(problems(ty, &example("ims/copy.request.json")).is_empty());
    assert!(problems(ty, &json!({"name": "copy", "description": "中文 description, 1-2"})).is_empty());
    let pattern = || Problem::Pattern { pattern: IMS_DESCRIPTION_PATTERN.into() };
    for bad in ["a <b>", "a > b", "line\nbreak", "carriage\rreturn"] {
        assert_eq!(problems(ty, &json!({"name": "copy", "description": bad})), vec![("description".into(), pattern())], "{bad:?}");
    }
    let long = "x".repeat(1025);
    assert_eq!(problems(ty, &json!({"name": "copy", "description": long})), vec![("description".into(), Problem::TooLong { max: 1024 })]);
    assert!(problems(ty, &json!({"name": "copy", "description": "x".repeat(1024)})).is_empty());
    assert_eq!(problems(ty, &json!({"description": "d"})), vec![("name".into(), Problem::Missing)]);
    // Names: no leading or trailing space, no characters outside the documented set.
    for bad in [" lead", "trail ", "a/b"] {
        assert_eq!(problems(ty, &json!({"name": bad})).len(), 1, "{bad:?}");
    }
    assert!(problems(ty, &json!({"name": "镜像 copy-1.0_x"})).is_empty());
}

#[test]
fn cbr_replicate_request_is_wrapped_in_replicate() {
    let body = CbrCheckpointReplicate {
        replicate: CbrCheckpointReplicateParam {
            auto_trigger: Some(false),
            destination_project_id: "68589cac08274b82b4e254268a3862d8".into(),
            destination_region: "cn-shenzhen-1".into(),
            destination_vault_id: "0ca3eb86-8800-46da-9c37-9d657a825274".into(),
            enable_acceleration: Some(false),
            vault_id: "3b5816b5-f29c-4172-9d9a-76c719a659ce".into(),
            cross_account_urn: None,
        },
    };
    let req = build_typed::<ReplicateCheckpointOp>(&CbrProjectPath { project_id: "4229d7a4".into() }, Some(&body), &token(CBR)).unwrap();
    assert_eq!(req.method, "POST");
    assert_eq!(req.url, format!("{CBR}/v3/4229d7a4/checkpoints/replicate"));
    // The media type every CBR SDK sends (the document names none).
    assert_eq!(req.header("Content-Type"), Some("application/json;charset=UTF-8"));
    assert_eq!(sent(&req), example("cbr/replicate.request.json"));

    // Optional flags are left out when not set.
    let minimal = CbrCheckpointReplicate {
        replicate: CbrCheckpointReplicateParam { auto_trigger: None, enable_acceleration: None, ..body.replicate.clone() },
    };
    let req = build_typed::<ReplicateCheckpointOp>(&CbrProjectPath { project_id: "p".into() }, Some(&minimal), &token(CBR)).unwrap();
    assert!(sent(&req)["replicate"].get("enable_acceleration").is_none());
}

#[test]
fn cbr_validation_and_answer() {
    assert_eq!(
        problems(CbrCheckpointReplicate::TYPE, &json!({"replicate": {"vault_id": "v", "destination_project_id": "p", "destination_vault_id": "d", "destination_region": "r".repeat(256)}})),
        vec![("replicate.destination_region".into(), Problem::TooLong { max: 255 })]
    );
    assert_eq!(
        problems(CbrCheckpointReplicate::TYPE, &json!({"replicate": {"vault_id": "v", "destination_project_id": "p", "destination_region": "r"}})),
        vec![("replicate.destination_vault_id".into(), Problem::Missing)]
    );

    let answer = serde_json::to_vec(&example("cbr/replicate.response.json")).unwrap();
    let result = decode::<ReplicateCheckpointOp>(200, &[], &answer).unwrap();
    let replication = result.replication.unwrap();
    assert_eq!(replication.source_region.as_deref(), Some("southchina"));
    let backups = replication.backups.unwrap();
    assert_eq!(backups.len(), 3);
    assert_eq!(backups[0].replication_record_id.as_deref(), Some("de128dfa-5451-4905-9c11-8fc842b2f41e"));
    assert_eq!(backups[0].backup_id.as_deref(), Some("7558e1a3-7046-4787-95cd-14b0ad0642a8"));
}

#[test]
fn rainbond_copy_sends_the_key_and_the_body() {
    let body = RainbondAppCopy {
        services: vec![
            RainbondAppCopyModify { service_id: "gr1a2b3c".into(), change: None },
            RainbondAppCopyModify { service_id: "gr4d5e6f".into(), change: Some(json!({"build_source": {"version": "v2"}})) },
        ],
        target_team_name: "o19p6wen".into(),
        target_region_name: "rainbond".into(),
        target_app_id: 3,
    };
    let path = RainbondAppPath { team_id: "t1".into(), region_name: "rainbond".into(), app_id: "12".into() };
    let req = build_typed::<CopyAppOp>(&path, Some(&body), &rainbond()).unwrap();
    assert_eq!(req.method, "POST");
    assert_eq!(req.url, format!("{RAINBOND}/openapi/v1/teams/t1/regions/rainbond/apps/12/copy"));
    assert_eq!(req.header("Authorization"), Some("k"));
    assert!(req.header("X-Auth-Token").is_none());
    assert_eq!(
        sent(&req),
        json!({"services": [{"service_id": "gr1a2b3c"}, {"service_id": "gr4d5e6f", "change": {"build_source": {"version": "v2"}}}],
               "target_team_name": "o19p6wen", "target_region_name": "rainbond", "target_app_id": 3})
    );
    // The key never shows in previews.
    assert!(req.to_curl("").contains("-H 'Authorization: ****'"));
    assert!(!req.to_http_text().contains("Authorization: k"));

    // The document's example body decodes into the typed body.
    let typed: RainbondAppCopy = serde_json::from_value(example("rainbond/copy.request.json")).unwrap();
    assert_eq!((typed.services.len(), typed.target_app_id), (1, 3));

    let schema = object(RainbondAppCopy::TYPE);
    for required in ["services", "target_team_name", "target_region_name", "target_app_id"] {
        assert!(schema.field(required).unwrap().required, "{required}");
    }
    assert!(matches!(schema.field("target_app_id").unwrap().ty, Type::Integer));
    let modify = object(RainbondAppCopyModify::TYPE);
    assert!(modify.field("service_id").unwrap().required);
    assert!(!modify.field("change").unwrap().required);
    assert_eq!(problems(RainbondAppCopy::TYPE, &json!({"services": [{}], "target_team_name": "t", "target_region_name": "r", "target_app_id": "3"})),
        vec![("services[0].service_id".into(), Problem::Missing), ("target_app_id".into(), Problem::WrongType { expected: "integer".into() })]);
}

#[test]
fn rainbond_install_puts_is_deploy_in_the_query() {
    let params = RainbondInstallParams { team_id: "t1".into(), region_name: "rainbond".into(), app_id: 7, is_deploy: Some(RainbondIsDeploy::True) };
    let body: RainbondInstall = serde_json::from_value(example("rainbond/install.request.json")).unwrap();
    let req = build_typed::<InstallAppOp>(&params, Some(&body), &rainbond()).unwrap();
    assert_eq!(req.method, "POST");
    assert_eq!(req.url, format!("{RAINBOND}/openapi/v1/teams/t1/regions/rainbond/apps/7/install?is_deploy=true"));
    assert_eq!(req.header("Authorization"), Some("k"));
    assert_eq!(sent(&req), example("rainbond/install.request.json"));

    // Without the flag there is no query; the generic builder gives the same request.
    let no_flag = RainbondInstallParams { is_deploy: None, ..params.clone() };
    let req = build_typed::<InstallAppOp>(&no_flag, Some(&body), &rainbond()).unwrap();
    assert_eq!(req.url, format!("{RAINBOND}/openapi/v1/teams/t1/regions/rainbond/apps/7/install"));
    let map: Map<String, Value> = json!({"team_id": "t1", "region_name": "rainbond", "app_id": 7, "is_deploy": "false"}).as_object().unwrap().clone();
    let generic = build(InstallAppOp::DECL, &map, Some(&serde_json::to_value(&body).unwrap()), &rainbond()).unwrap();
    assert_eq!(generic.url, format!("{RAINBOND}/openapi/v1/teams/t1/regions/rainbond/apps/7/install?is_deploy=false"));

    let p = object(<InstallAppOp as Operation>::Params::TYPE);
    let is_deploy = p.field("is_deploy").unwrap();
    assert_eq!((is_deploy.location, is_deploy.required), (Location::Query, false));
    let Type::Enum(values) = is_deploy.ty else { panic!("is_deploy is not an enum") };
    assert_eq!(values.values.iter().map(|v| v.value).collect::<Vec<_>>(), vec!["true", "false"]);
    assert!(matches!(p.field("app_id").unwrap().ty, Type::Integer));

    let install = object(RainbondInstall::TYPE);
    for f in ["market_url", "market_domain", "market_type", "market_access_key", "app_model_id", "app_model_version"] {
        assert!(install.field(f).unwrap().required, "{f}");
    }
    assert!(install.field("market_access_key").unwrap().rules.secret);
    assert_eq!(problems(RainbondInstall::TYPE, &json!({"market_url": "u", "market_domain": "d", "market_type": "rainstore", "market_access_key": "k", "app_model_id": "a"})),
        vec![("app_model_version".into(), Problem::Missing)]);
}

#[test]
fn rainbond_answers_decode() {
    let answer = serde_json::to_vec(&example("rainbond/install.response.json")).unwrap();
    let install = decode::<InstallAppOp>(200, &[], &answer).unwrap();
    assert_eq!(install.id, Some(3));
    let component = &install.service_list.unwrap()[0];
    assert_eq!(component.tenant_service_group_id, Some(3));
    assert_eq!(component.creater, Some(3));
    assert_eq!(component.is_upgrate, Some(true));

    let answer = serde_json::to_vec(&example("rainbond/copy.response.json")).unwrap();
    let copy = decode::<CopyAppOp>(200, &[], &answer).unwrap();
    assert_eq!(copy.services.unwrap()[0].k8s_component_name.as_deref(), Some("string"));

    // `ID` is upper case on the wire; the English table's `creator` is read as `creater`;
    // the nullable members accept null.
    let odd = decode::<InstallAppOp>(200, &[], br#"{"ID": 9, "service_list": [{"creator": 5, "desc": null, "oauth_service_id": null}]}"#).unwrap();
    assert_eq!(odd.id, Some(9));
    assert_eq!(odd.service_list.as_ref().unwrap()[0].creater, Some(5));
    let back = serde_json::to_value(&odd).unwrap();
    assert_eq!(back, json!({"ID": 9, "service_list": [{"creater": 5}]}));
}

#[test]
fn documented_error_bodies_decode() {
    // IMS and CBR refer to their error-code pages, whose bodies are
    // {"error_code","error_msg"}; IMS's extension APIs also answer {"error":{"code","message"}}.
    let ims = ApiError::from_response(400, &[], br#"{"error_code":"IMS.0144","error_msg":"The image is not in the normal state."}"#);
    assert_eq!((ims.status, ims.code.as_deref(), ims.message.as_str()), (400, Some("IMS.0144"), "The image is not in the normal state."));
    let ims_nested = ApiError::from_response(400, &[], br#"{"error":{"code":"IMS.0002","message":"Invalid parameter: description"}}"#);
    assert_eq!((ims_nested.code.as_deref(), ims_nested.message.as_str()), (Some("IMS.0002"), "Invalid parameter: description"));
    let err = decode::<CopyImageOp>(404, &[("X-Request-Id".into(), "r-1".into())], br#"{"error":{"code":"IMS.0004","message":"Image not found"}}"#).unwrap_err();
    assert_eq!((err.code.as_deref(), err.request_id.as_deref()), (Some("IMS.0004"), Some("r-1")));

    let cbr = decode::<ReplicateCheckpointOp>(400, &[], br#"{"error_code":"BackupService.6101","error_msg":"The destination vault does not exist."}"#).unwrap_err();
    assert_eq!((cbr.status, cbr.code.as_deref(), cbr.message.as_str()), (400, Some("BackupService.6101"), "The destination vault does not exist."));

    // Rainbond: {"code","msg","msg_show"} with a numeric code.
    let rb = decode::<InstallAppOp>(404, &[], r#"{"code":404,"msg":"app not found","msg_show":"应用不存在"}"#.as_bytes()).unwrap_err();
    assert_eq!((rb.code.as_deref(), rb.message.as_str(), rb.detail.as_deref()), (Some("404"), "app not found", Some("应用不存在")));
}

