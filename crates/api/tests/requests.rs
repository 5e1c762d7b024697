//! Building environment requests from the declarations, decoding answers and errors,
//! validating bodies, and keeping secrets out of previews.

use opsdeck_api::catalog::ENVIRONMENTS;
use opsdeck_api::error::{decode, ApiError};
use opsdeck_api::request::{build, build_typed, Credentials, Target};
use opsdeck_api::schema::{Lang, Schema};
use opsdeck_api::servicestage::v3::environment::*;
use opsdeck_api::validate::{validate, Problem, RegexLite};
use serde_json::{json, Map, Value};

const ENDPOINT: &str = "https://servicestage.cn-north-4.myhuaweicloud.com";

fn token_target() -> Target {
    Target { endpoint: ENDPOINT.into(), credentials: Credentials::Token("secret-token-value".into()), ..Target::default() }
}

fn params(v: Value) -> Map<String, Value> {
    v.as_object().unwrap().clone()
}

#[test]
fn create_builds_post_with_json_body_and_token() {
    let body = CreateEnvironment {
        name: "env-test".into(),
        deploy_mode: DeployMode::VirtualMachine,
        description: None,
        enterprise_project_id: Some("0".into()),
        vpc_id: "0c72428b".into(),
        charge_mode: None,
        labels: None,
    };
    let req = build_typed::<CreateEnvironmentOp>(
        &opsdeck_api::servicestage::common::ProjectPath { project_id: "p1".into() },
        Some(&body),
        &token_target(),
    )
    .unwrap();
    assert_eq!(req.method, "POST");
    assert_eq!(req.url, format!("{ENDPOINT}/v3/p1/cas/environments"));
    assert_eq!(req.header("X-Auth-Token"), Some("secret-token-value"));
    assert_eq!(req.header("Content-Type"), Some("application/json;charset=utf8"));
    let sent: Value = serde_json::from_slice(req.body.as_ref().unwrap()).unwrap();
    assert_eq!(sent, json!({"name": "env-test", "deploy_mode": "virtualmachine", "enterprise_project_id": "0", "vpc_id": "0c72428b"}));
}

#[test]
fn list_encodes_query_and_path() {
    let decl = ENVIRONMENTS.list.unwrap();
    let req = build(
        decl,
        &params(json!({"project_id": "p 1", "limit": 10, "offset": 0, "name": "a&b", "order_by": "name", "order": "asc", "environment_id": ""})),
        None,
        &token_target(),
    )
    .unwrap();
    assert_eq!(req.method, "GET");
    // Path values are encoded as one segment; empty optional parameters are left out.
    assert_eq!(req.url, format!("{ENDPOINT}/v3/p%201/cas/environments?limit=10&name=a%26b&offset=0&order=asc&order_by=name"));
    assert!(req.body.is_none());
}

#[test]
fn missing_path_parameter_is_a_build_error() {
    let err = build(ENVIRONMENTS.get.unwrap(), &params(json!({"project_id": "p"})), None, &token_target()).unwrap_err();
    assert_eq!(err, opsdeck_api::BuildError::MissingParam("environment_id".into()));
    // The console shows it in the interface's language.
    assert_eq!(err.message(opsdeck_api::schema::Lang::En), "missing required parameter `environment_id`");
    assert_eq!(err.message(opsdeck_api::schema::Lang::Zh), "缺少必填参数 `environment_id`");
}

#[test]
fn aksk_signing_through_the_builder() {
    let target = Target {
        endpoint: ENDPOINT.into(),
        credentials: Credentials::AkSk { ak: "AKEXAMPLE".into(), sk: "SKSECRET".into(), security_token: Some("STS".into()) },
        project_id: Some("p1".into()),
        now: 1_704_164_645,
        ..Target::default()
    };
    let req = build(ENVIRONMENTS.list.unwrap(), &params(json!({"project_id": "p1", "offset": 0, "limit": 10})), None, &target).unwrap();
    assert_eq!(req.header("X-Sdk-Date"), Some("20240102T030405Z"));
    assert_eq!(req.header("X-Project-Id"), Some("p1"));
    assert_eq!(req.header("X-Security-Token"), Some("STS"));
    let auth = req.header("Authorization").unwrap();
    assert!(auth.starts_with("SDK-HMAC-SHA256 Access=AKEXAMPLE, SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token, Signature="));
    assert!(!format!("{req:?}").contains("SKSECRET"));
    // Relative endpoints cannot be signed in the browser: the proxy signs them.
    let relative = Target { endpoint: "/api/servicestage".into(), ..target };
    assert!(build(ENVIRONMENTS.list.unwrap(), &params(json!({"project_id": "p1"})), None, &relative).is_err());
}

#[test]
fn previews_mask_every_secret() {
    let req = build(ENVIRONMENTS.list.unwrap(), &params(json!({"project_id": "p1"})), None, &token_target()).unwrap();
    let curl = req.to_curl("");
    let http = req.to_http_text();
    for text in [&curl, &http] {
        assert!(!text.contains("secret-token-value"), "{text}");
        assert!(text.contains("X-Auth-Token: ****"), "{text}");
    }
    assert!(curl.starts_with("curl -X GET 'https://servicestage.cn-north-4.myhuaweicloud.com/v3/p1/cas/environments'"));
    assert!(http.starts_with("GET /v3/p1/cas/environments HTTP/1.1\nHost: servicestage.cn-north-4.myhuaweicloud.com\n"));
    // Relative endpoints get the console's origin in curl.
    let local = Target { endpoint: "".into(), ..token_target() };
    let req = build(ENVIRONMENTS.list.unwrap(), &params(json!({"project_id": "p1"})), None, &local).unwrap();
    assert!(req.to_curl("http://127.0.0.1:8080").contains("'http://127.0.0.1:8080/v3/p1/cas/environments'"));
    let debug = format!("{:?}", Credentials::AkSk { ak: "AK".into(), sk: "SKSECRET".into(), security_token: None });
    assert!(!debug.contains("SKSECRET"));
}

#[test]
fn answers_decode_into_models_or_typed_errors() {
    let body = br#"{"environments":[{"id":"e1","name":"dev","create_time":1,"labels":null}],"count":1}"#;
    let list = decode::<ListEnvironmentsOp>(200, &[], body).unwrap();
    assert_eq!(list.count, Some(1));
    assert_eq!(list.environments.as_ref().unwrap()[0].name.as_deref(), Some("dev"));

    let headers = vec![("X-Request-Id".to_string(), "req-42".to_string())];
    let err = decode::<GetEnvironmentOp>(404, &headers, br#"{"error_code":"SVCSTG.00100411","error_msg":"environment not found"}"#).unwrap_err();
    assert_eq!((err.status, err.code.as_deref(), err.message.as_str()), (404, Some("SVCSTG.00100411"), "environment not found"));
    assert_eq!(err.request_id.as_deref(), Some("req-42"));

    // The other documented error shapes.
    let sc = ApiError::from_response(400, &[], br#"{"errorCode":"400001","errorMessage":"Invalid parameter(s)","detail":"appId"}"#);
    assert_eq!((sc.code.as_deref(), sc.message.as_str(), sc.detail.as_deref()), (Some("400001"), "Invalid parameter(s)", Some("appId")));
    let iam = ApiError::from_response(401, &[], br#"{"error":{"code":"IAM.0001","message":"token expired"}}"#);
    assert_eq!((iam.code.as_deref(), iam.message.as_str()), (Some("IAM.0001"), "token expired"));
    let rb = ApiError::from_response(400, &[], r#"{"code":400,"msg":"app not found","msg_show":"应用不存在"}"#.as_bytes());
    assert_eq!((rb.code.as_deref(), rb.message.as_str(), rb.detail.as_deref()), (Some("400"), "app not found", Some("应用不存在")));
    let empty = ApiError::from_response(503, &[], b"");
    assert_eq!(empty.message, "Service Unavailable");

    // A success whose body does not match the model is an error that keeps the raw body.
    let wrong = decode::<GetEnvironmentOp>(200, &[], br#"{"create_time":"yesterday"}"#).unwrap_err();
    assert!(wrong.raw.contains("yesterday"));
    // Deleting answers 204 without a body.
    assert!(decode::<DeleteEnvironmentOp>(204, &[], b"").is_ok());
}

#[test]
fn validation_reports_each_broken_rule() {
    let re = RegexLite::default();
    let ty = CreateEnvironment::TYPE;
    let ok = json!({"name": "env-test", "vpc_id": "v", "deploy_mode": "container", "labels": [{"key": "环境", "value": "a5"}]});
    assert_eq!(validate(ty, &ok, &re), vec![]);
    // deploy_mode is required (the SDK always sends it; the document's table says optional).
    let without_mode = json!({"name": "env-test", "vpc_id": "v"});
    let v = validate(ty, &without_mode, &re);
    assert_eq!((v.len(), v[0].path.as_str(), &v[0].problem), (1, "deploy_mode", &Problem::Missing));

    let bad = json!({
        "name": "1bad-",
        "description": "x".repeat(129),
        "deploy_mode": "cloud",
        "labels": [{"key": "", "value": "v"}, {"key": "k k", "value": "ok"}]
    });
    let problems: Vec<(String, Problem)> = validate(ty, &bad, &re).into_iter().map(|v| (v.path, v.problem)).collect();
    let paths: Vec<&str> = problems.iter().map(|(p, _)| p.as_str()).collect();
    assert!(paths.contains(&"name"), "{problems:?}");
    assert!(paths.contains(&"vpc_id"));
    assert!(problems.contains(&("description".into(), Problem::TooLong { max: 128 })));
    assert!(paths.contains(&"deploy_mode"));
    assert!(problems.contains(&("labels[0].key".into(), Problem::Missing)));
    assert!(problems.contains(&("labels[0].value".into(), Problem::TooShort { min: 2 })));
    assert!(paths.contains(&"labels[1].key"));

    let too_many: Vec<Value> = (0..21).map(|i| json!({"key": format!("k{i}"), "value": "vv"})).collect();
    let v = validate(ty, &json!({"name": "ab", "vpc_id": "v", "deploy_mode": "mixed", "labels": too_many}), &re);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].message(Lang::En), "At most 20 items");
    assert_eq!(v[0].message(Lang::Zh), "最多 20 项");
    // Names shorter than 2 characters fail even though the pattern alone would allow "a".
    assert!(!validate(ty, &json!({"name": "a", "vpc_id": "v"}), &re).is_empty());
}

#[test]
fn previews_mask_secret_body_members() {
    let req = opsdeck_api::HttpRequest {
        method: "POST",
        url: "https://iam.example/v3/auth/tokens".into(),
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: Some(br#"{"auth":{"identity":{"password":{"user":{"name":"u","password":"hunter2"}}}},"market_access_key":"mk-1"}"#.to_vec()),
        op: "",
    };
    for text in [req.to_http_text(), req.to_curl(""), format!("{req:?}")] {
        assert!(!text.contains("hunter2"), "{text}");
        assert!(!text.contains("mk-1"), "{text}");
        assert!(text.contains(r#""name":"u""#) || text.contains(r#""name": "u""#), "{text}");
    }
}
