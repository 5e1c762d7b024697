//! An engine's registry and KIE (7.2.1–7.7.6, 12.3, 12.4): requests built from the
//! declarations (the engine token, the status in the query, DELETE with a body, the escaped
//! dimensions), the conditional look-up parameters, answers in the document's `ld` spellings,
//! 304 and both error bodies.

use opsdeck_api::error::{decode, ApiError};
use opsdeck_api::operation::{Operation, Service};
use opsdeck_api::request::{build_typed, Credentials, Target};
use opsdeck_api::schema::Schema;
use opsdeck_api::servicecomb::*;
use opsdeck_api::schema::Location;
use opsdeck_api::validate::{validate_params, RegexLite};
use serde_json::{json, Value};

fn target(credentials: Credentials) -> Target {
    Target { endpoint: "https://192.168.0.169:30100".into(), credentials, ..Target::default() }
}

#[test]
fn kie_is_a_service_of_its_own() {
    assert_eq!(<ListKvsOp as Operation>::DECL.service, Service::Kie);
    assert_eq!(<ListMicroServicesOp as Operation>::DECL.service, Service::ServiceComb);
    assert_eq!(Service::from_key("kie"), Some(Service::Kie));
}

#[test]
fn the_engine_token_goes_in_authorization_and_a_typed_one_wins() {
    let params = RegistryParams { project_id: "default".into(), authorization: None };
    let req = build_typed::<ListMicroServicesOp>(&params, None, &target(Credentials::ServiceCombToken("t1".into()))).unwrap();
    assert_eq!(req.header("Authorization"), Some("Bearer t1"));
    let params = RegistryParams { project_id: "default".into(), authorization: Some("Bearer t2".into()) };
    let req = build_typed::<ListMicroServicesOp>(&params, None, &target(Credentials::ServiceCombToken("t1".into()))).unwrap();
    let auth: Vec<&(String, String)> = req.headers.iter().filter(|(n, _)| n.eq_ignore_ascii_case("authorization")).collect();
    assert_eq!(auth.len(), 1);
    assert_eq!(auth[0].1, "Bearer t2");
}

#[test]
fn status_in_the_query_batch_deletes_with_a_body_and_dimensions_escaped_once() {
    let t = target(Credentials::None);
    let params = InstanceStatusParams { project_id: "default".into(), service_id: "s1".into(), instance_id: "i1".into(), value: InstanceStatus::OutOfService, authorization: None };
    let req = build_typed::<SetInstanceStatusOp>(&params, None, &t).unwrap();
    assert_eq!((req.method, req.path_and_query()), ("PUT", "/v4/default/registry/microservices/s1/instances/i1/status?value=OUTOFSERVICE"));
    assert!(req.body.is_none());

    let req = build_typed::<DeleteKvsOp>(&KieParams { project_id: "default".into(), authorization: None }, Some(&KvBatchDelete { ids: vec!["a".into()] }), &t).unwrap();
    assert_eq!(req.method, "DELETE");
    assert_eq!(serde_json::from_slice::<Value>(req.body.as_deref().unwrap()).unwrap(), json!({"ids": ["a"]}));

    let params = ConfigItemsParams { project_id: "default".into(), dimensions_info: "cart@mall#1.0.0".into(), ..Default::default() };
    let req = build_typed::<ListConfigItemsOp>(&params, None, &t).unwrap();
    assert_eq!(req.path_and_query(), "/v3/default/configuration/items?dimensionsInfo=cart%40mall%231.0.0");
}

#[test]
fn the_look_up_asks_for_what_its_type_needs() {
    let schema = <ExistenceParams as Schema>::TYPE.as_object().unwrap();
    let check = |v: Value| {
        validate_params(schema, Location::Query, v.as_object().unwrap(), &RegexLite::default()).into_iter().map(|p| p.path).collect::<Vec<_>>()
    };
    let missing = check(json!({"project_id": "default", "type": "microservice"}));
    assert!(missing.contains(&"appId".to_string()) && missing.contains(&"version".to_string()), "{missing:?}");
    assert!(!missing.contains(&"schemaId".to_string()), "{missing:?}");
    assert!(check(json!({"project_id": "default", "type": "schema", "serviceId": "s1", "schemaId": "CartEndpoint"})).is_empty());
    let bad = check(json!({"project_id": "default", "type": "microservice", "appId": "-mall", "serviceName": "cart", "version": "1.0.0.0.1"}));
    assert!(bad.contains(&"appId".to_string()) && bad.contains(&"version".to_string()), "{bad:?}");
}

#[test]
fn answers_decode_the_documents_spellings_and_304() {
    let body = br#"{"providers": [{"serviceld": "s1", "appld": "mall", "serviceName": "cart", "status": "SLEEPING"}]}"#;
    let list = decode::<ListProvidersOp>(200, &[], body).unwrap();
    let p = &list.providers.unwrap()[0];
    assert_eq!((p.service_id.as_deref(), p.app_id.as_deref()), (Some("s1"), Some("mall")));
    assert_eq!(serde_json::to_value(p).unwrap()["status"], "SLEEPING", "an unknown state is kept");
    let kv = decode::<GetKvOp>(200, &[], br#"{"id": "k", "create_version": 3, "update_version": 4, "create_time": 1623139038}"#).unwrap();
    assert_eq!((kv.create_revision, kv.update_revision), (Some(3), Some(4)));
    // Nothing changed since the revision asked for.
    assert_eq!(decode::<ListKvsOp>(304, &[], b"").unwrap(), KvList::default());
}

#[test]
fn both_error_bodies_decode() {
    let e: ApiError = decode::<GetMicroServiceOp>(400, &[], br#"{"errorCode": "400012", "errorMessage": "Micro-service does not exist", "detail": "x"}"#).unwrap_err();
    assert_eq!((e.code.as_deref(), e.message.as_str()), (Some("400012"), "Micro-service does not exist"));
    let e: ApiError = decode::<GetKvOp>(404, &[], br#"{"error_code": "SVCSTG.00400106", "error_message": "Record does not exist"}"#).unwrap_err();
    assert_eq!((e.code.as_deref(), e.message.as_str()), (Some("SVCSTG.00400106"), "Record does not exist"));
}
