//! The legacy v2 API (12.1), the builds (12.2) and CSE's metric report (12.5): requests as
//! built (queries where the document tables path parameters, the `x-domain-name` header),
//! both spellings of the answers, the instance body's exact encoding, and which job kind
//! follows which answer.

use opsdeck_api::catalog;
use opsdeck_api::cse::metric::*;
use opsdeck_api::jobs::{self, JobState};
use opsdeck_api::request::{build, build_typed, Credentials, Target};
use opsdeck_api::schema::Schema;
use opsdeck_api::servicestage::assembling::*;
use opsdeck_api::servicestage::v2::component::Component;
use opsdeck_api::servicestage::v2::instance::V2Instance;
use opsdeck_api::servicestage::v2::instance_spec::*;
use opsdeck_api::validate::{validate, RegexLite};
use serde_json::{json, Value};

const PROJECT: &str = "0605767e0f00d5762f5fc012cb2f4c97";

fn target() -> Target {
    Target { endpoint: "https://servicestage.example".into(), credentials: Credentials::Token("tok".into()), ..Target::default() }
}

#[test]
fn build_queries_go_in_the_query_without_a_project() {
    let params = ListBuildJobsParams { page: 2, per_page: 20, job_name: Some("legacy-web".into()) };
    let req = build_typed::<ListBuildJobsOp>(&params, None, &target()).unwrap();
    assert_eq!(req.path_and_query(), "/assembling/v1/jobs?job_name=legacy-web&page=2&per_page=20");
    let req = build_typed::<ListBuildsOp>(&ListBuildsParams { job_id: "j1".into(), name: "legacy-web".into() }, None, &target()).unwrap();
    assert_eq!(req.path_and_query(), "/assembling/v1/jobs/j1/builds?name=legacy-web");
    let req = build_typed::<GetBuildLogOp>(&BuildLogParams { build_id: "b1".into(), from: 25524 }, None, &target()).unwrap();
    assert_eq!(req.path_and_query(), "/assembling/v1/builds/b1/logs?from=25524");
    // page and per_page are required.
    let op = <ListBuildJobsOp as opsdeck_api::Operation>::DECL;
    assert!(build(op, json!({"per_page": 20}).as_object().unwrap(), None, &target()).is_err());
}

#[test]
fn metric_reports_name_the_account_and_send_app_id() {
    let body: ReportMetric = serde_json::from_value(json!({"name": "svc", "appld": "default", "version": "1.0.0", "instance": "h1", "cpu": 0.5})).unwrap();
    let params = ReportMetricParams { project_id: PROJECT.into(), x_domain_name: "demo-domain".into() };
    let req = build_typed::<ReportMetricOp>(&params, Some(&body), &target()).unwrap();
    assert_eq!(req.header("x-domain-name"), Some("demo-domain"));
    let sent: Value = serde_json::from_slice(req.body.as_deref().unwrap()).unwrap();
    assert_eq!(sent, json!({"name": "svc", "appId": "default", "version": "1.0.0", "instance": "h1", "cpu": 0.5}));
    let op = <ReportMetricOp as opsdeck_api::Operation>::DECL;
    assert!(build(op, json!({"project_id": PROJECT}).as_object().unwrap(), Some(&sent), &target()).is_err(), "x-domain-name is required");
}

#[test]
fn answers_decode_in_both_spellings_and_encode_the_sdks() {
    let c: Component = serde_json::from_value(json!({"build": {"parameters": {"artifact_name_space": "ns", "node_selector": {"zone": "a"}}}})).unwrap();
    let back = serde_json::to_value(&c).unwrap();
    assert_eq!(back["build"]["parameters"], json!({"artifact_namespace": "ns", "node_label_selector": {"zone": "a"}}));
    let i: V2Instance = serde_json::from_value(json!({"status_detail": {"status": "RESTARTING", "last_job_statuses": "RUNNING"}})).unwrap();
    assert_eq!(serde_json::to_value(&i).unwrap()["status_detail"], json!({"status": "RESTARTING", "last_job_status": "RUNNING"}));
    // An undocumented state is kept.
    let i: V2Instance = serde_json::from_value(json!({"status_detail": {"status": "HIBERNATING"}})).unwrap();
    assert_eq!(serde_json::to_value(&i).unwrap()["status_detail"]["status"], "HIBERNATING");
}

#[test]
fn instance_bodies_encode_exactly() {
    let schema = <CreateInstance as Schema>::TYPE;
    let body = json!({"name": "web-prod", "environment_id": "e", "flavor_id": "MICRO-5G:0.5C:1G", "replica": 1, "version": "1.0.0",
        "configuration": {"lifecycle": {"post-start": {"type": "command", "parameters": {"command": ["sleep", "1"]}}},
            "scheduler": {"anti-affinity": {"az": ["az1"]}}, "strategy": {"upgrade": "Recreate"}},
        "refer_resources": [{"id": "c", "type": "cce", "parameters": {"namespace": "default"}}]});
    assert!(validate(schema, &body, &RegexLite::default()).is_empty());
    let typed: CreateInstance = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), body);
    for bad in ["Web", "w", "web_prod", "web-"] {
        let mut b = body.clone();
        b["name"] = json!(bad);
        assert!(validate(schema, &b, &RegexLite::default()).iter().any(|p| p.path == "name"), "{bad} is refused");
    }
    let mut b = body.clone();
    b["version"] = json!(1);
    assert!(!validate(schema, &b, &RegexLite::default()).is_empty(), "the version is a string");
    let action: InstanceAction = serde_json::from_value(json!({"action": "rollback", "parameters": {"version": "1.0.0"}})).unwrap();
    assert_eq!(serde_json::to_value(&action).unwrap(), json!({"action": "rollback", "parameters": {"version": "1.0.0"}}));
    assert!(serde_json::from_value::<InstanceAction>(json!({"action": "pause"})).is_err());
}

#[test]
fn v2_jobs_are_followed_by_their_own_kind() {
    let create = catalog::operation("servicestage.v2_instance.create").unwrap();
    let keys: Vec<&str> = jobs::kinds_started_by(create).map(|k| k.key).collect();
    assert_eq!(keys, ["servicestage-v2-deploy"]);
    for id in ["servicestage.v2_instance.action", "servicestage.v2_instance.update", "servicestage.v2_instance.delete"] {
        let keys: Vec<&str> = jobs::kinds_started_by(catalog::operation(id).unwrap()).map(|k| k.key).collect();
        assert_eq!(keys, ["servicestage-v2"], "{id}");
    }
    // v3's component jobs keep theirs.
    let keys: Vec<&str> = jobs::kinds_started_by(catalog::operation("servicestage.component.action").unwrap()).map(|k| k.key).collect();
    assert_eq!(keys, ["servicestage"]);

    let kind = jobs::kind_by_key("servicestage-v2").unwrap();
    let answer = json!({"job": {"EXECUTION_STATUS": "RUNNING"}, "tasks": [
        {"TASK_NAME": "B", "TASK_STATUS": "RUNNING", "TASK_INDEX": 2}, {"TASK_NAME": "A", "TASK_STATUS": "SUCCEEDED", "TASK_INDEX": 1}]});
    let report = jobs::report(kind, "JOB1", &[], &answer);
    assert!(matches!(report.state, JobState::Running { .. }));
    assert_eq!(report.steps.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["A", "B"]);
    let done = jobs::interpret(kind, &json!({"job": {"EXECUTION_STATUS": "ROLLBACKED"}}));
    assert!(matches!(done, JobState::Failed { .. }));
}
