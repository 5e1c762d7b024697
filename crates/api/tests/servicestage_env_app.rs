//! Environment resources, IaC resources, provisioning (ServiceStage 4.1.6–4.1.15) and
//! applications with their configuration (4.2.1–4.2.8): requests built from the
//! declarations, the documented constraints in the metadata, validation and decoding.


use opsdeck_api::error::decode;
use opsdeck_api::operation::{Method, Operation};
use opsdeck_api::request::{build, build_typed, Credentials, Target};
use opsdeck_api::schema::{Location, Schema, Type};
use opsdeck_api::servicestage::common::{Label, ProjectPath, SortOrder};
use opsdeck_api::servicestage::v3::application::*;
use opsdeck_api::servicestage::v3::environment::{EnvironmentOrderBy, EnvironmentPath};
use opsdeck_api::servicestage::v3::environment_resource::*;
use opsdeck_api::validate::{validate, Problem, RegexLite, Violation};
use opsdeck_api::BuildError;
use serde_json::{json, Map, Value};

const ENDPOINT: &str = "https://servicestage.cn-north-4.myhuaweicloud.com";

fn target() -> Target {
    Target { endpoint: ENDPOINT.into(), credentials: Credentials::Token("tok".into()), ..Target::default() }
}

fn params(v: Value) -> Map<String, Value> {
    v.as_object().unwrap().clone()
}

fn enum_values(ty: &'static Type) -> Vec<&'static str> {
    let Type::Enum(e) = ty else { panic!("not an enum: {ty:?}") };
    e.values.iter().map(|v| v.value).collect()
}

fn problems(ty: &Type, body: &Value) -> Vec<(String, Problem)> {
    validate(ty, body, &RegexLite::default()).into_iter().map(|Violation { path, problem }| (path, problem)).collect()
}

fn sent(req: &opsdeck_api::HttpRequest) -> Value {
    serde_json::from_slice(req.body.as_ref().expect("a body")).unwrap()
}

#[test]
fn provision_is_a_bodyless_post() {
    let path = EnvironmentPath { project_id: "p1".into(), environment_id: "e1".into() };
    let req = build_typed::<ProvisionEnvironmentOp>(&path, None, &target()).unwrap();
    assert_eq!(req.method, "POST");
    assert_eq!(req.url, format!("{ENDPOINT}/v3/p1/cas/environments/e1/iac-resources/provision"));
    assert!(req.body.is_none());
    assert_eq!(req.header("X-Auth-Token"), Some("tok"));
}

#[test]
fn provision_history_list_encodes_query_and_paths() {
    let typed = ListProvisionHistoriesParams {
        project_id: "p1".into(),
        environment_id: "e1".into(),
        limit: Some(10),
        offset: Some(0),
        order_by: Some(EnvironmentOrderBy::UpdateTime),
        order: Some(SortOrder::Asc),
    };
    let req = build_typed::<ListProvisionHistoriesOp>(&typed, None, &target()).unwrap();
    assert_eq!(req.method, "GET");
    assert_eq!(
        req.url,
        format!("{ENDPOINT}/v3/p1/cas/environments/e1/iac-resources/provision-histories?limit=10&offset=0&order=asc&order_by=update_time")
    );
    let decl = ListProvisionHistoriesOp::DECL;
    let query: Vec<_> = decl.params_schema().in_location(Location::Query).map(|f| f.name).collect();
    assert_eq!(query, ["limit", "offset", "order_by", "order"]);
    assert_eq!(decl.params_schema().field("limit").unwrap().rules.max, Some(100.0));

    let events = build(
        ListProvisionHistoryEventsOp::DECL,
        &params(json!({"project_id": "p1", "environment_id": "e1", "history_id": "h/1"})),
        None,
        &target(),
    )
    .unwrap();
    assert_eq!(events.url, format!("{ENDPOINT}/v3/p1/cas/environments/e1/iac-resources/provision-histories/h%2F1/events"));
    let err = build(GetProvisionHistoryOp::DECL, &params(json!({"project_id": "p1", "environment_id": "e1"})), None, &target())
        .unwrap_err();
    assert_eq!(err, BuildError::MissingParam("history_id".into()));
}

#[test]
fn iac_resource_update_and_delete_address_the_resource() {
    let body = UpdateIacResource {
        name: Some("rds123".into()),
        resource_type: Some("rds".into()),
        vars_body: Some([("var_key".to_string(), json!("v"))].into_iter().collect()),
        ..UpdateIacResource::default()
    };
    let path = IacResourcePath { project_id: "p1".into(), environment_id: "e1".into(), resource_id: "r1".into() };
    let req = build_typed::<UpdateIacResourceOp>(&path, Some(&body), &target()).unwrap();
    assert_eq!((req.method, req.url.as_str()), ("PUT", format!("{ENDPOINT}/v3/p1/cas/environments/e1/iac-resources/r1").as_str()));
    assert_eq!(sent(&req), json!({"name": "rds123", "type": "rds", "vars_body": {"var_key": "v"}}));
    let del = build_typed::<DeleteIacResourceOp>(&path, None, &target()).unwrap();
    assert_eq!((del.method, del.url.as_str()), ("DELETE", req.url.as_str()));
}

#[test]
fn create_application_builds_post_with_json_body() {
    let body = CreateApplication {
        name: "app-xpmtii".into(),
        description: Some("test".into()),
        enterprise_project_id: None,
        labels: Some(vec![Label { key: "key".into(), value: "var".into() }]),
    };
    let req = build_typed::<CreateApplicationOp>(&ProjectPath { project_id: "p1".into() }, Some(&body), &target()).unwrap();
    assert_eq!(req.method, "POST");
    assert_eq!(req.url, format!("{ENDPOINT}/v3/p1/cas/applications"));
    assert_eq!(sent(&req), json!({"name": "app-xpmtii", "description": "test", "labels": [{"key": "key", "value": "var"}]}));
}

#[test]
fn application_list_and_configuration_queries() {
    let req = build(
        ListApplicationsOp::DECL,
        &params(json!({"project_id": "p1", "limit": 5, "order_by": "name", "order": "desc"})),
        None,
        &target(),
    )
    .unwrap();
    assert_eq!(req.url, format!("{ENDPOINT}/v3/p1/cas/applications?limit=5&order=desc&order_by=name"));
    let schema = ListApplicationsOp::DECL.params_schema();
    assert_eq!(enum_values(schema.field("order_by").unwrap().ty), ["create_time", "name", "update_time"]);
    assert_eq!(enum_values(schema.field("order").unwrap().ty), ["desc", "asc"]);

    // 4.2.6: the environment is an optional filter.
    let get = build(
        GetApplicationConfigurationOp::DECL,
        &params(json!({"project_id": "p1", "application_id": "a1"})),
        None,
        &target(),
    )
    .unwrap();
    assert_eq!(get.url, format!("{ENDPOINT}/v3/p1/cas/applications/a1/configuration"));
    // 4.2.8: the environment is a required query parameter.
    let missing = build(
        DeleteApplicationConfigurationOp::DECL,
        &params(json!({"project_id": "p1", "application_id": "a1"})),
        None,
        &target(),
    )
    .unwrap_err();
    assert_eq!(missing, BuildError::MissingParam("environment_id".into()));
    let typed = DeleteApplicationConfigurationParams {
        project_id: "p1".into(),
        application_id: "a1".into(),
        environment_id: "e1".into(),
    };
    let del = build_typed::<DeleteApplicationConfigurationOp>(&typed, None, &target()).unwrap();
    assert_eq!((del.method, del.url.as_str()), ("DELETE", format!("{ENDPOINT}/v3/p1/cas/applications/a1/configuration?environment_id=e1").as_str()));
    assert_eq!(DeleteApplicationConfigurationOp::DECL.method, Method::Delete);
}

#[test]
fn validation_reports_documented_violations() {
    let ty = CreateApplication::TYPE;
    assert_eq!(problems(ty, &json!({"name": "app-1"})), vec![]);
    assert_eq!(problems(ty, &json!({"description": "no name"})), vec![("name".to_string(), Problem::Missing)]);
    let bad = problems(ty, &json!({"name": "1app-", "description": "x".repeat(129)}));
    assert!(bad.iter().any(|(p, pr)| p == "name" && matches!(pr, Problem::Pattern { .. })), "{bad:?}");
    assert!(bad.contains(&("description".to_string(), Problem::TooLong { max: 128 })), "{bad:?}");

    let cfg = UpdateApplicationConfiguration::TYPE;
    assert_eq!(problems(cfg, &json!({"environment_id": "e", "configuration": {"env": [{"name": "app-env", "value": "v"}]}})), vec![]);
    assert_eq!(problems(cfg, &json!({"environment_id": "e"})), vec![("configuration".to_string(), Problem::Missing)]);
    let bad = problems(cfg, &json!({"environment_id": "e", "configuration": {"env": [{"name": "9lives", "value": "v"}, {"name": "ok"}]}}));
    assert!(bad.iter().any(|(p, pr)| p == "configuration.env[0].name" && matches!(pr, Problem::Pattern { .. })), "{bad:?}");
    assert!(bad.contains(&("configuration.env[1].value".to_string(), Problem::Missing)), "{bad:?}");

    let iac = CreateIacResources::TYPE;
    let bad = problems(iac, &json!({"iac_resources": [{"id": "r", "name": "n", "type": "oss"}]}));
    assert!(matches!(&bad[..], [(p, Problem::NotInEnum { .. })] if p == "iac_resources[0].type"), "{bad:?}");
    assert_eq!(
        problems(UpdateEnvironmentResources::TYPE, &json!({"resources": [{"name": "ecs-a5a9", "type": "ecs"}]})),
        vec![("resources[0].id".to_string(), Problem::Missing)]
    );
}

#[test]
fn managed_resources_decode_the_sdk_resource_types() {
    // 4.1.8: the SDK's ResourceType has vpc, which table 4-41 does not list; the type stays a
    // string, so it decodes and is encoded back unchanged.
    let body = br#"{"resources":[{"id":"v1","name":"vpc-a","type":"vpc"},{"id":"c1","type":"cce"}]}"#;
    let list = decode::<ListManagedResourcesOp>(200, &[], body).unwrap();
    let resources = list.resources.clone().unwrap();
    assert_eq!(resources[0].resource_type.as_deref(), Some("vpc"));
    assert_eq!(resources[1].name, None);
    assert_eq!(serde_json::to_value(&list).unwrap()["resources"][0], json!({"id": "v1", "name": "vpc-a", "type": "vpc"}));
}

#[test]
fn answers_decode_with_either_documented_spelling() {
    // Tables say `iac_task_statuses`, `availability_zones` (4.1.11) and `execution_plan_item`;
    // the examples say otherwise. Both decode; the example spelling is what is re-encoded.
    let env = decode::<UpdateIacResourceOp>(200, &[], br#"{"id":"e1","iac_task_statuses":"Init","availability_zones":["az1"],"type":"high"}"#).unwrap();
    assert_eq!(env.iac_task_status.as_deref(), Some("Init"));
    assert_eq!(env.availability_zone, Some(vec!["az1".to_string()]));
    assert_eq!(env.env_type.as_deref(), Some("high"));
    let back = serde_json::to_value(&env).unwrap();
    assert_eq!(back, json!({"id": "e1", "iac_task_status": "Init", "availability_zone": ["az1"], "type": "high"}));

    let plan = decode::<ProvisionEnvironmentOp>(200, &[], br#"{"status":"CREATION_IN_PROGRESS","execution_plan_item":[{"action":"ADD","drifted":false}]}"#).unwrap();
    let items = plan.execution_plan_items.unwrap();
    assert_eq!((items[0].action.as_deref(), items[0].drifted), (Some("ADD"), Some(false)));

    let page = decode::<ListProvisionHistoriesOp>(200, &[], br#"{"total":1,"pageNum":1,"pageSize":10,"list":[{"deployment_id":"d1","create_time":"2024-05-18 17:28:53"}]}"#).unwrap();
    assert_eq!((page.total, page.page_num, page.page_size), (Some(1), Some(1), Some(10)));
    assert_eq!(page.list.unwrap()[0].create_time.as_deref(), Some("2024-05-18 17:28:53"));

    let apps = decode::<ListApplicationsOp>(200, &[], br#"{"count":1,"applications":[{"id":"a1","labels":null,"component_count":2}]}"#).unwrap();
    let app = &apps.applications.unwrap()[0];
    assert_eq!((app.labels.as_ref(), app.component_count), (None, Some(2)));
    assert!(decode::<DeleteApplicationOp>(204, &[], b"").is_ok());
    assert!(decode::<DeleteApplicationConfigurationOp>(204, &[], b"").is_ok());
}
