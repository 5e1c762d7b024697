//! The sandbox's ServiceStage v3 emulation (4.1–4.7) beyond the environments' CRUD: state
//! across calls, relationships and their documented 404s and 409s, jobs whose progress follows
//! the sandbox's clock (moved forward here instead of sleeping), records, provisioning runs,
//! config histories and zip import, runtime stack publishing and addons.

use std::collections::BTreeSet;
use std::io::{Cursor, Write};
use std::time::Duration;

use http_body_util::BodyExt;
use opsdeck_sandbox::emulator::State;
use serde_json::{json, Value};

mod common;
use common::{Answer, Sandbox};

const P: &str = "/v3/0000000000000000000000000000a001/cas";
const TEST_ENV: &str = "4c1b7a3e-5a52-4b5e-9a0f-2f7f4f0c1a11";
const STAGING_ENV: &str = "9a3f0d52-1e4b-4c8e-b5f1-7d2a6c9e8b30";
const PERF_ENV: &str = "b7e2c1d0-3f4a-4b5c-9d6e-7f8a9b0c1d2e";
const TEST_CCE: &str = "523498f1-36c4-11eb-ae36-0255ac1000c2";
const MALL_APP: &str = "6e3a9b1c-2f4d-4e8a-9c7b-1a2b3c4d5e6f";
const BLOG_APP: &str = "7f4b0c2d-3e5f-4f9b-8d6c-2b3c4d5e6f70";
const ORDER: &str = "b8702b0f-94d3-4822-98a1-56815632a0a0";
const PORTAL: &str = "c9813c1a-05e4-4933-a9b2-67926743b1b1";
const MALL_GROUP: &str = "4808b50d-d7f3-401b-9175-968cb4f9892b";
const ORDER_CONFIG: &str = "f5a52d93-1587-45cf-b8fe-5c7f204b98d1";
const SERMANT: &str = "a2cdf0e2-8495-4db5-82f7-a23b97b57787";
const CUSTOM_STACK: &str = "b153f6b8-9335-46a1-913e-c2d8f966d4b2";

impl Sandbox {
    fn raw(&self, method: &str, path: &str, content_type: &str, body: &[u8]) -> Answer {
        self.send(method, path, &[("x-auth-token", "sandbox-demo-token"), ("content-type", content_type)], body)
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Answer {
        let bytes = body.map(|b| b.to_string().into_bytes()).unwrap_or_default();
        self.raw(method, &format!("{P}{path}"), "application/json;charset=utf8", &bytes)
    }

    fn get(&self, path: &str) -> Answer {
        self.call("GET", path, None)
    }
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array().unwrap().iter().map(|i| i["name"].as_str().unwrap()).collect()
}

fn component_path(app: &str, id: &str) -> String {
    format!("/applications/{app}/components/{id}")
}

fn new_component(name: &str, env: &str, mode: &str) -> Value {
    json!({
        "name": name,
        "version": "1.0.0",
        "environment_id": env,
        "runtime_stack": {"name": "OpenJDK8", "version": "1.2.0", "type": "Java", "deploy_mode": mode},
        "source": {"kind": "package", "url": "obs://bucket0001/weather-1.0.0.jar", "storage": "obs"},
        "refer_resources": [{"id": TEST_CCE, "type": "cce", "parameters": {"namespace": "default"}}],
        "replica": 2,
    })
}

fn create_app(s: &Sandbox, name: &str) -> String {
    let a = s.call("POST", "/applications", Some(json!({"name": name, "description": "tests"})));
    assert_eq!(a.status, 200, "{}", a.body);
    a.body["id"].as_str().unwrap().to_string()
}

fn job(s: &Sandbox, id: &str) -> Value {
    let a = s.get(&format!("/jobs/{id}"));
    assert_eq!(a.status, 200, "{}", a.body);
    a.body
}

#[test]
fn demo_data_spans_applications_components_and_their_states() {
    let s = Sandbox::new();
    let apps = s.get("/applications?order_by=name&order=asc");
    assert_eq!(apps.body["count"], 2);
    assert_eq!(names(&apps.body["applications"]), vec!["blog-demo", "mall-demo"]);
    assert_eq!(apps.body["applications"][1]["component_count"], 3);

    let all = s.get("/components");
    assert_eq!(all.body["count"], 3);
    let states: BTreeSet<&str> = all.body["components"].as_array().unwrap().iter().map(|c| c["status"]["component_status"].as_str().unwrap()).collect();
    assert_eq!(states, BTreeSet::from(["FAILED", "RUNNING", "STOPPED"]));
    assert!(all.body["components"].as_array().unwrap().iter().all(|c| c["application_name"] == "mall-demo"));

    // 4.3.4's filters, sorting and paging.
    assert_eq!(s.get("/components?application_name=blog-demo").body["count"], 0);
    let one = s.get("/components?component_name=web-portal");
    assert_eq!(one.body["count"], 1);
    assert_eq!(one.body["components"][0]["environment_name"], "staging-env");
    let page = s.get("/components?order_by=name&order=asc&limit=1&offset=1");
    assert_eq!(page.body["count"], 3);
    assert_eq!(names(&page.body["components"]), vec!["report-worker"]);
    let newest = s.get("/components");
    assert_eq!(newest.body["components"][0]["name"], "report-worker", "newest first by status.create_time");

    let stacks = s.get("/runtimestacks");
    assert!(stacks.body["total"].as_u64().unwrap() >= 10);
    let groups = s.get("/config-groups");
    assert_eq!(groups.body["count"], 2);
    assert_eq!(s.get(&format!("/configs/{ORDER_CONFIG}/histories")).body["count"], 2);
    assert_eq!(s.get(&format!("/environments/{TEST_ENV}/addons")).body["addons"][0]["status"], "SUCCEEDED");
}

#[test]
fn components_belong_to_their_application() {
    let s = Sandbox::new();
    assert_eq!(s.get(&format!("/applications/{BLOG_APP}/components")).body["count"], 0);
    assert_eq!(s.get(&format!("/applications/{MALL_APP}/components")).body["count"], 3);

    let elsewhere = s.get(&component_path(BLOG_APP, ORDER));
    assert_eq!((elsewhere.status, elsewhere.code()), (404, "SVCSTG.00100404"));
    let no_app = s.get(&component_path("no-such-app", ORDER));
    assert_eq!((no_app.status, no_app.code()), (404, "SVCSTG.00100403"));
    let list = s.get("/applications/no-such-app/components");
    assert_eq!((list.status, list.code()), (404, "SVCSTG.00100403"));
    let records = s.get(&format!("{}/records", component_path(BLOG_APP, ORDER)));
    assert_eq!((records.status, records.code()), (404, "SVCSTG.00100404"));

    let detail = s.get(&component_path(MALL_APP, ORDER));
    assert_eq!(detail.body["replica"], 2);
    assert_eq!(detail.body["status"]["component_status"], "RUNNING");
    assert!(detail.body.get("_parent").is_none(), "bookkeeping never leaves the sandbox");
}

#[test]
fn deletions_refuse_while_in_use_and_take_what_belongs() {
    let s = Sandbox::new();
    let app = s.call("DELETE", &format!("/applications/{MALL_APP}"), None);
    assert_eq!((app.status, app.code()), (409, "SVCSTG.00100401"));
    let env = s.call("DELETE", &format!("/environments/{TEST_ENV}"), None);
    assert_eq!((env.status, env.code()), (409, "SVCSTG.00100426"));

    assert_eq!(s.call("DELETE", &format!("/applications/{BLOG_APP}"), None).status, 204);
    assert_eq!(s.get(&format!("/applications/{BLOG_APP}")).code(), "SVCSTG.00100403");

    // Once its components are gone the application goes, and its configuration with it.
    for id in [ORDER, PORTAL, "d0924d2b-16f5-4a44-bac3-78a37854c2c2"] {
        let d = s.call("DELETE", &component_path(MALL_APP, id), None);
        assert_eq!(d.status, 200, "{}", d.body);
    }
    assert_eq!(s.get(&format!("/applications/{MALL_APP}")).body["component_count"], 0);
    assert_eq!(s.call("DELETE", &format!("/applications/{MALL_APP}"), None).status, 204);

    // The environment's addons go with it.
    assert_eq!(s.call("DELETE", &format!("/environments/{TEST_ENV}"), None).status, 204);
    let addons = s.get(&format!("/environments/{TEST_ENV}/addons"));
    assert_eq!((addons.status, addons.code()), (404, "SVCSTG.00100411"));
    assert_eq!(s.get(&format!("/environments/{TEST_ENV}/addons/{SERMANT}")).code(), "SVCSTG.00100411");
}

#[test]
fn creating_a_component_deploys_it_through_a_job() {
    let s = Sandbox::new();
    let app = create_app(&s, "shop");
    let created = s.call("POST", &format!("/applications/{app}/components"), Some(new_component("cart", TEST_ENV, "container")));
    assert_eq!(created.status, 200, "{}", created.body);
    let id = created.body["component_id"].as_str().unwrap().to_string();
    let job_id = created.body["job_id"].as_str().unwrap().to_string();
    assert!(job_id.starts_with("JOB"));

    let c = s.get(&component_path(&app, &id));
    assert_eq!(c.body["status"]["component_status"], "INITIALIZING");
    assert_eq!(c.body["status"]["last_job_id"], job_id.as_str());
    assert_eq!(c.body["application_id"], app.as_str());
    let running = job(&s, &job_id);
    assert_eq!(running["job"]["execution_status"], "RUNNING");
    assert_eq!(running["job"]["service_instance_id"], id.as_str());
    assert_eq!(running["task_count"], 3);
    assert_eq!(running["tasks"][0]["task_status"], "RUNNING");
    assert_eq!(running["tasks"][2]["task_status"], "SUBMITTED");

    // Part of the way: the first task is done, the second runs.
    s.wait(1);
    let midway = job(&s, &job_id);
    assert_eq!(midway["tasks"][0]["task_status"], "SUCCEEDED");
    assert_eq!(midway["tasks"][1]["task_status"], "RUNNING");
    assert_eq!(s.get(&component_path(&app, &id)).body["status"]["component_status"], "INITIALIZING");

    s.wait(60);
    let done = job(&s, &job_id);
    assert_eq!(done["job"]["execution_status"], "SUCCEEDED");
    assert!(done["tasks"].as_array().unwrap().iter().all(|t| t["task_status"] == "SUCCEEDED"));
    let desc = s.get(&format!("/jobs/{job_id}?desc=true&limit=1"));
    assert_eq!(desc.body["tasks"].as_array().unwrap().len(), 1);
    assert_eq!(desc.body["tasks"][0]["task_index"], 3);
    let c = s.get(&component_path(&app, &id));
    assert_eq!(c.body["status"]["component_status"], "RUNNING");
    assert_eq!(c.body["status"]["available_replica"], 2);

    let records = s.get(&format!("{}/records", component_path(&app, &id)));
    assert_eq!(records.body["count"], 1);
    assert_eq!(records.body["records"][0]["status"], "SUCCEEDED");
    assert_eq!(records.body["records"][0]["current_used"], true);
    assert_eq!(records.body["records"][0]["jobs"][0]["job_id"], job_id.as_str());
    assert_eq!(s.get(&format!("/applications/{app}")).body["component_count"], 1);
    assert_eq!(s.get("/components?component_name=cart").body["components"][0]["application_name"], "shop");

    let taken = s.call("POST", &format!("/applications/{app}/components"), Some(new_component("cart", TEST_ENV, "container")));
    assert_eq!((taken.status, taken.code()), (400, "SVCSTG.00100400"));
}

#[test]
fn a_deployment_without_a_host_fails() {
    let s = Sandbox::new();
    let created = s.call("POST", &format!("/applications/{BLOG_APP}/components"), Some(new_component("batch", PERF_ENV, "virtualmachine")));
    assert_eq!(created.status, 200, "{}", created.body);
    s.wait(60);
    let id = created.body["component_id"].as_str().unwrap();
    let c = s.get(&component_path(BLOG_APP, id));
    assert_eq!(c.body["status"]["component_status"], "FAILED");
    assert_eq!(c.body["status"]["fail_detail"], "create_failed");
    let j = job(&s, created.body["job_id"].as_str().unwrap());
    assert_eq!(j["job"]["execution_status"], "FAILED");
    let statuses: Vec<&str> = j["tasks"].as_array().unwrap().iter().map(|t| t["task_status"].as_str().unwrap()).collect();
    assert_eq!(statuses, vec!["SUCCEEDED", "FAILED", "CANCELLED"]);
    assert!(j["tasks"][1]["messages"].as_str().unwrap().contains("ECS"));

    // A container component cannot go to a virtual-machine environment at all.
    let wrong = s.call("POST", &format!("/applications/{BLOG_APP}/components"), Some(new_component("web", PERF_ENV, "container")));
    assert_eq!((wrong.status, wrong.code()), (400, "SVCSTG.00100400"));
    let no_env = s.call("POST", &format!("/applications/{BLOG_APP}/components"), Some(new_component("web", "nowhere", "container")));
    assert_eq!((no_env.status, no_env.code()), (404, "SVCSTG.00100411"));
}

#[test]
fn actions_follow_the_component_state() {
    let s = Sandbox::new();
    let action = |id: &str, body: Value| s.call("POST", &format!("{}/action", component_path(MALL_APP, id)), Some(body));
    let state = |id: &str| s.get(&component_path(MALL_APP, id)).body["status"].clone();

    // web-portal is stopped.
    for body in [json!({"action": "stop"}), json!({"action": "restart"}), json!({"action": "scale", "parameters": {"replica": 2}})] {
        let a = action(PORTAL, body.clone());
        assert_eq!((a.status, a.code()), (409, "SVCSTG.00100419"), "{body}");
    }
    let started = action(PORTAL, json!({"action": "start"}));
    assert_eq!(started.status, 200, "{}", started.body);
    assert_eq!(started.body["result"], "succeeded");
    assert_eq!(state(PORTAL)["component_status"], "STARTING");
    let meanwhile = action(PORTAL, json!({"action": "stop"}));
    assert_eq!((meanwhile.status, meanwhile.code()), (409, "SVCSTG.00100419"));
    let not_now = s.call("DELETE", &component_path(MALL_APP, PORTAL), None);
    assert_eq!((not_now.status, not_now.code()), (409, "SVCSTG.00100423"));
    s.wait(30);
    assert_eq!(state(PORTAL)["component_status"], "RUNNING");
    assert_eq!(state(PORTAL)["available_replica"], 1);

    // Scaling needs a count; the job sets it.
    let missing = action(PORTAL, json!({"action": "scale"}));
    assert_eq!((missing.status, missing.code()), (400, "SVCSTG.00100400"));
    assert_eq!(action(PORTAL, json!({"action": "scale", "parameters": {"replica": 3}})).status, 200);
    assert_eq!(state(PORTAL)["component_status"], "UPGRADING");
    s.wait(30);
    assert_eq!((state(PORTAL)["replica"].clone(), state(PORTAL)["available_replica"].clone()), (json!(3), json!(3)));
    assert_eq!(s.get(&component_path(MALL_APP, PORTAL)).body["replica"], 3);

    assert_eq!(action(PORTAL, json!({"action": "stop"})).status, 200);
    s.wait(30);
    assert_eq!(state(PORTAL)["component_status"], "STOPPED");
    assert_eq!(state(PORTAL)["available_replica"], 0);

    // A virtual-machine component is scaled onto named hosts.
    let vm = action("d0924d2b-16f5-4a44-bac3-78a37854c2c2", json!({"action": "scale", "parameters": {"replica": 2}}));
    assert_eq!((vm.status, vm.code()), (400, "SVCSTG.00100400"));
    assert!(vm.body["error_msg"].as_str().unwrap().contains("hosts"));

    let unknown = action(ORDER, json!({"action": "explode"}));
    assert_eq!((unknown.status, unknown.code()), (400, "SVCSTG.00100400"));
    let no_gray = action(ORDER, json!({"action": "continue_deploy"}));
    assert_eq!((no_gray.status, no_gray.code()), (409, "SVCSTG.00100419"));
    let gone = action("no-such-component", json!({"action": "start"}));
    assert_eq!((gone.status, gone.code()), (404, "SVCSTG.00100404"));

    // Every job is a record, newest first.
    let records = s.get(&format!("{}/records?limit=2", component_path(MALL_APP, PORTAL)));
    assert_eq!(records.body["count"], 5);
    let actions: Vec<&str> = records.body["records"].as_array().unwrap().iter().map(|r| r["description"]["action"].as_str().unwrap()).collect();
    assert_eq!(actions, vec!["stop", "scale"]);
    let oldest = s.get(&format!("{}/records?order=asc&limit=1", component_path(MALL_APP, PORTAL)));
    assert_eq!(oldest.body["records"][0]["description"]["action"], "create");
    let bad_limit = s.get(&format!("{}/records?limit=101", component_path(MALL_APP, PORTAL)));
    assert_eq!((bad_limit.status, bad_limit.code()), (400, "SVCSTG.00100400"));
}

#[test]
fn rollback_returns_to_a_recorded_version() {
    let s = Sandbox::new();
    let path = format!("{}/action", component_path(MALL_APP, ORDER));
    let missing = s.call("POST", &path, Some(json!({"action": "rollback"})));
    assert_eq!((missing.status, missing.code()), (400, "SVCSTG.00100400"));
    let never = s.call("POST", &path, Some(json!({"action": "rollback", "parameters": {"version": "9.9.9"}})));
    assert_eq!((never.status, never.code()), (400, "SVCSTG.00100400"));

    assert_eq!(s.call("POST", &path, Some(json!({"action": "rollback", "parameters": {"version": "1.0.1"}}))).status, 200);
    s.wait(30);
    let c = s.get(&component_path(MALL_APP, ORDER));
    assert_eq!(c.body["version"], "1.0.1");
    assert_eq!(c.body["status"]["component_status"], "RUNNING");
    let records = s.get(&format!("{}/records", component_path(MALL_APP, ORDER)));
    let newest = &records.body["records"][0];
    assert_eq!((newest["version"].as_str(), newest["current_used"].as_bool()), (Some("1.0.1"), Some(true)));
    assert!(records.body["records"].as_array().unwrap()[1..].iter().all(|r| r["current_used"] == false));
}

#[test]
fn updating_deploys_and_a_gray_release_waits_for_continue() {
    let s = Sandbox::new();
    let path = component_path(MALL_APP, ORDER);
    let mut body = new_component("order-service", TEST_ENV, "container");
    body["version"] = json!("1.1.0");
    body["deploy_strategy"] = json!({"type": "GrayRelease", "gray_release": {"type": "WEIGHT", "first_batch_weight": 50, "first_batch_replica": 1, "remaining_batch": 1}});
    let updated = s.call("PUT", &path, Some(body.clone()));
    assert_eq!(updated.status, 200, "{}", updated.body);
    assert!(updated.body["job_id"].as_str().unwrap().starts_with("JOB"));
    assert_eq!(s.get(&path).body["status"]["component_status"], "UPGRADING");
    let again = s.call("PUT", &path, Some(body));
    assert_eq!((again.status, again.code()), (409, "SVCSTG.00100419"));
    s.wait(30);
    let c = s.get(&path);
    assert_eq!((c.body["version"].as_str(), c.body["status"]["component_status"].as_str()), (Some("1.1.0"), Some("RUNNING")));

    let act = |a: &str| s.call("POST", &format!("{path}/action"), Some(json!({"action": a})));
    let mut next = new_component("order-service", TEST_ENV, "container");
    next["version"] = json!("1.2.0");
    let waiting = s.call("PUT", &path, Some(next));
    assert_eq!((waiting.status, waiting.code()), (409, "SVCSTG.00100432"), "the gray release waits");
    assert_eq!(act("check_gray_release").status, 200);
    assert_eq!(act("modify_gray_rule").status, 200);
    assert_eq!(act("continue_deploy").status, 200);
    s.wait(30);
    let again = act("continue_deploy");
    assert_eq!((again.status, again.code()), (409, "SVCSTG.00100419"), "the gray release is over");

    // The release is one record with both batches' jobs.
    let records = s.get(&format!("{path}/records"));
    let release = records.body["records"].as_array().unwrap().iter().find(|r| r["description"]["action"] == "upgrade" && r["version"] == "1.1.0").unwrap().clone();
    assert_eq!(release["jobs"].as_array().unwrap().len(), 2);
    assert_eq!(release["status"], "SUCCEEDED");

    let bad = s.call("PUT", &path, Some(json!({"name": "order-service", "version": "x.y", "source": {"kind": "code"}})));
    assert_eq!((bad.status, bad.code()), (400, "SVCSTG.00100400"));
}

#[test]
fn gray_release_values_are_taken_in_both_spellings_and_kept_in_the_sdks() {
    // document: weight / content, mirror / extra / no_surge; service (SDK): WEIGHT / CONTENT,
    // MIRROR / EXTRA / NOSURGE. Both are accepted; the answers carry the SDK's.
    let s = Sandbox::new();
    let path = component_path(MALL_APP, ORDER);
    let mut body = new_component("order-service", TEST_ENV, "container");
    body["version"] = json!("1.1.0");
    body["deploy_strategy"] = json!({"type": "GrayRelease", "gray_release": {"type": "content", "replica_surge_mode": "no_surge", "rule_match_mode": "all",
        "rules": [{"type": "header", "key": "x-user", "value": "beta", "condition": "equal"}]}});
    let updated = s.call("PUT", &path, Some(body.clone()));
    assert_eq!(updated.status, 200, "{}", updated.body);
    let gray = &s.get(&path).body["deploy_strategy"]["gray_release"];
    assert_eq!((gray["type"].as_str(), gray["replica_surge_mode"].as_str()), (Some("CONTENT"), Some("NOSURGE")), "{gray}");

    // The document's spelling is held to the same conditions: `weight` needs its batches.
    let s = Sandbox::new();
    body["deploy_strategy"] = json!({"type": "GrayRelease", "gray_release": {"type": "weight", "first_batch_weight": 50}});
    let refused = s.call("PUT", &path, Some(body.clone()));
    assert_eq!((refused.status, refused.code()), (400, "SVCSTG.00100400"), "{}", refused.body);
    body["deploy_strategy"]["gray_release"] = json!({"type": "weight", "first_batch_weight": 50, "first_batch_replica": 1, "remaining_batch": 1, "replica_surge_mode": "extra"});
    assert_eq!(s.call("PUT", &path, Some(body.clone())).status, 200);
    let gray = &s.get(&path).body["deploy_strategy"]["gray_release"];
    assert_eq!((gray["type"].as_str(), gray["replica_surge_mode"].as_str()), (Some("WEIGHT"), Some("EXTRA")), "{gray}");
    // A third spelling is not a value.
    let s = Sandbox::new();
    body["deploy_strategy"]["gray_release"]["type"] = json!("Weight");
    let refused = s.call("PUT", &path, Some(body));
    assert_eq!((refused.status, refused.code()), (400, "SVCSTG.00100400"), "{}", refused.body);
}

#[test]
fn rollback_current_cancels_the_running_upgrade() {
    let s = Sandbox::new();
    let path = component_path(MALL_APP, ORDER);
    let mut body = new_component("order-service", TEST_ENV, "container");
    body["version"] = json!("2.0.0");
    let upgrade = s.call("PUT", &path, Some(body));
    let upgrade_job = upgrade.body["job_id"].as_str().unwrap().to_string();
    assert_eq!(s.call("POST", &format!("{path}/action"), Some(json!({"action": "rollback_current"}))).status, 200);
    assert_eq!(job(&s, &upgrade_job)["job"]["execution_status"], "CANCELLED");
    s.wait(30);
    let c = s.get(&path);
    assert_eq!((c.body["version"].as_str(), c.body["status"]["component_status"].as_str()), (Some("1.0.2"), Some("RUNNING")));
}

#[test]
fn refresh_and_filter_options_answer_from_state() {
    let s = Sandbox::new();
    let refreshed = s.call("PUT", &format!("{}/refresh", component_path(MALL_APP, ORDER)), None);
    assert_eq!((refreshed.status, refreshed.body.clone()), (200, json!({"message": "OK"})));
    let options = s.get("/components/filterOptions");
    let envs: BTreeSet<&str> = options.body["filter_options"]["environments"].as_array().unwrap().iter().map(|e| e["label"].as_str().unwrap()).collect();
    assert_eq!(envs, BTreeSet::from(["perf-env", "staging-env", "test-env"]));
    assert_eq!(options.body["filter_options"]["applications"], json!([{"id": MALL_APP, "label": "mall-demo"}]));
    assert_eq!(options.body["filter_options"]["enterprise_projects"], json!(["0"]));

    let app = create_app(&s, "extra");
    s.call("POST", &format!("/applications/{app}/components"), Some(new_component("extra-one", TEST_ENV, "container")));
    let options = s.get("/components/filterOptions");
    assert_eq!(options.body["filter_options"]["applications"].as_array().unwrap().len(), 2);
}

#[test]
fn runtime_stacks_are_created_published_and_protected() {
    let s = Sandbox::new();
    let body = json!({"name": "MyJdk", "deploy_mode": "virtualmachine", "type": "Java", "version": "1.0.0",
                      "spec": {"parameters": {"jdk_url": "obs://b/jdk.tar.gz"}}});
    let created = s.call("POST", "/runtimestacks", Some(body.clone()));
    assert_eq!(created.status, 200, "{}", created.body);
    assert_eq!((created.body["status"].as_str(), created.body["system"].as_i64()), (Some("Disable"), Some(0)));
    let id = created.body["id"].as_str().unwrap().to_string();
    let taken = s.call("POST", "/runtimestacks", Some(body));
    assert_eq!((taken.status, taken.code()), (409, "SVCSTG.00100413"));

    // An unpublished stack cannot run components.
    let mut component = new_component("jdk-user", TEST_ENV, "container");
    component["runtime_stack"]["name"] = json!("MyJdk");
    let refused = s.call("POST", &format!("/applications/{BLOG_APP}/components"), Some(component.clone()));
    assert_eq!((refused.status, refused.code()), (400, "SVCSTG.00100420"));

    // 4.4.7 shares 4.4.3's method and path; the body tells them apart.
    let publish = s.call("POST", "/runtimestacks", Some(json!({"action": "Supported", "parameters": {"runtimestacks": [{"id": id}]}})));
    assert_eq!(publish.status, 204, "{}", publish.body);
    assert_eq!(s.get(&format!("/runtimestacks/{id}")).body["status"], "Supported");
    assert_eq!(s.call("POST", &format!("/applications/{BLOG_APP}/components"), Some(component)).status, 200);
    assert_eq!(s.get(&format!("/runtimestacks/{id}")).body["component_count"], 1);

    let published = s.call("DELETE", &format!("/runtimestacks/{id}"), None);
    assert_eq!((published.status, published.code()), (409, "SVCSTG.00100419"));
    let in_use = s.call("POST", "/runtimestacks", Some(json!({"action": "Disable", "parameters": {"runtimestacks": [{"id": id}]}})));
    assert_eq!((in_use.status, in_use.code()), (409, "SVCSTG.00100419"));

    let system = s.call("PUT", "/runtimestacks/1c5e7000-f2f2-4fc2-988f-0a22ca67940f",
        Some(json!({"name": "OpenJDK8", "deploy_mode": "virtualmachine", "type": "Java", "version": "9"})));
    assert_eq!((system.status, system.code()), (409, "SVCSTG.00100419"));
    let unknown = s.call("POST", "/runtimestacks", Some(json!({"action": "Supported", "parameters": {"runtimestacks": [{"id": "nope"}]}})));
    assert_eq!(unknown.status, 404);

    let changed = s.call("PUT", &format!("/runtimestacks/{CUSTOM_STACK}"),
        Some(json!({"name": "CustomJdk", "deploy_mode": "virtualmachine", "type": "Tomcat", "version": "1.0.1", "description": "moved"})));
    assert_eq!((changed.body["type"].as_str(), changed.body["version"].as_str()), (Some("Tomcat"), Some("1.0.1")));
    assert_eq!(s.call("DELETE", &format!("/runtimestacks/{CUSTOM_STACK}"), None).status, 204);
    assert_eq!(s.get(&format!("/runtimestacks/{CUSTOM_STACK}")).status, 404);
    assert!(!s.get("/innerimages").body["runtime_stacks"].as_array().unwrap().is_empty());
}

#[test]
fn configs_keep_a_history_of_every_version() {
    let s = Sandbox::new();
    let created = s.call("POST", "/configs", Some(json!({
        "config_group_id": MALL_GROUP, "name": "cart-config", "content": "a = 1", "type": "properties", "sensitive": false
    })));
    assert_eq!(created.status, 200, "{}", created.body);
    assert_eq!(created.body["version"], "v1");
    let id = created.body["id"].as_str().unwrap().to_string();
    let updated = s.call("PUT", &format!("/configs/{id}"), Some(json!({"config_group_id": MALL_GROUP, "content": "a = 2", "type": "properties"})));
    assert_eq!(updated.status, 200, "a documented 204 with a body is answered 200");
    assert_eq!((updated.body["version"].as_str(), updated.body["content"].as_str()), (Some("v2"), Some("a = 2")));

    let histories = s.get(&format!("/configs/{id}/histories?order=asc"));
    assert_eq!(histories.status, 200);
    assert_eq!(histories.body["count"], 2);
    let contents: Vec<&str> = histories.body["histories"].as_array().unwrap().iter().map(|h| h["content"].as_str().unwrap()).collect();
    assert_eq!(contents, vec!["a = 1", "a = 2"]);
    let first = histories.body["histories"][0]["config_history_id"].as_str().unwrap().to_string();
    let one = s.get(&format!("/configs/{id}/histories/{first}"));
    assert_eq!((one.body["version"].as_str(), one.body["config_name"].as_str()), (Some("v1"), Some("cart-config")));
    assert_eq!(s.call("DELETE", &format!("/configs/{id}/histories/{first}"), None).status, 204);
    assert_eq!(s.get(&format!("/configs/{id}/histories")).body["count"], 1);
    let gone = s.get(&format!("/configs/{id}/histories/{first}"));
    assert_eq!(gone.status, 404);
    let paged = s.get(&format!("/configs/{ORDER_CONFIG}/histories?limit=1&offset=1"));
    assert_eq!((paged.body["count"].as_u64(), paged.body["histories"][0]["version"].as_str()), (Some(2), Some("v1")));

    let no_group = s.call("POST", "/configs", Some(json!({"config_group_id": "nope", "name": "xx", "content": "a: 1", "type": "yaml", "sensitive": false})));
    assert_eq!((no_group.status, no_group.code()), (404, "SVCSTG.00100408"), "{}", no_group.body);
    let taken = s.call("POST", "/configs", Some(json!({"config_group_id": MALL_GROUP, "name": "cart-config", "content": "a: 1", "type": "yaml", "sensitive": false})));
    assert_eq!((taken.status, taken.code()), (400, "SVCSTG.00100400"));
    let bad_type = s.call("POST", "/configs", Some(json!({"config_group_id": MALL_GROUP, "name": "other", "content": "a: 1", "type": "json", "sensitive": false})));
    assert_eq!(bad_type.status, 400);

    // Bound components, and the list's filters.
    assert_eq!(s.get(&format!("/configs?component_id={ORDER}")).body["count"], 1);
    assert_eq!(s.get(&format!("/configs?config_group_id={MALL_GROUP}&name=cart-config")).body["count"], 1);

    // A group takes its files and their histories with it.
    assert_eq!(s.call("DELETE", &format!("/config-groups/{MALL_GROUP}"), None).status, 204);
    assert_eq!(s.get(&format!("/configs/{ORDER_CONFIG}")).status, 404);
    let histories = s.get(&format!("/configs/{ORDER_CONFIG}/histories"));
    assert_eq!((histories.status, histories.code()), (404, "SVCSTG.00100408"));
}

fn zip_of(files: &[(&str, &str)]) -> Vec<u8> {
    let mut buf = Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut buf);
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, content) in files {
            w.start_file(*name, options).unwrap();
            w.write_all(content.as_bytes()).unwrap();
        }
        w.finish().unwrap();
    }
    buf.into_inner()
}

fn form(file: &[u8], policy: Option<&str>) -> (String, Vec<u8>) {
    let boundary = "----opsdeck-test-boundary";
    let mut body = Vec::new();
    if let Some(p) = policy {
        body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"repetition_policy\"\r\n\r\n{p}\r\n").as_bytes());
    }
    body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"upload_file\"; filename=\"configs.zip\"\r\nContent-Type: application/zip\r\n\r\n").as_bytes());
    body.extend(file);
    body.extend(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

#[test]
fn configs_import_from_a_zip_upload() {
    let s = Sandbox::new();
    let import = |file: &[u8], policy: Option<&str>| {
        let (ct, body) = form(file, policy);
        s.raw("POST", &format!("{P}/configs/import"), &ct, &body)
    };
    let archive = zip_of(&[
        ("mall-config/order-service-config.properties", "order.timeout = 60s"),
        ("imported/app.yaml", "server:\n  port: 8080\n"),
        ("imported/db.properties", "url = jdbc:mysql://db"),
    ]);
    let first = import(&archive, None);
    assert_eq!(first.status, 200, "{}", first.body);
    assert_eq!(first.body, json!({"covered_num": 0, "skip_num": 1, "total_num": 2}));
    let group = s.get("/config-groups?name=imported");
    assert_eq!(group.body["count"], 1, "a folder of a new group creates it");
    let gid = group.body["config_groups"][0]["id"].as_str().unwrap();
    let imported = s.get(&format!("/configs?config_group_id={gid}&order_by=name&order=asc"));
    assert_eq!(names(&imported.body["configs"]), vec!["app", "db"]);
    assert_eq!(imported.body["configs"][0]["type"], "yaml");
    assert_eq!(imported.body["configs"][1]["content"], "url = jdbc:mysql://db");
    assert_eq!(s.get(&format!("/configs/{ORDER_CONFIG}")).body["content"], "order.timeout = 30s\norder.retries = 3");

    let second = import(&archive, Some("covered"));
    assert_eq!(second.body, json!({"covered_num": 3, "skip_num": 0, "total_num": 3}));
    let order = s.get(&format!("/configs/{ORDER_CONFIG}"));
    assert_eq!((order.body["content"].as_str(), order.body["version"].as_str()), (Some("order.timeout = 60s"), Some("v3")));
    assert_eq!(s.get(&format!("/configs/{ORDER_CONFIG}/histories")).body["count"], 3);

    for (file, policy, needle) in [
        (b"not a zip at all".to_vec(), None, "zip"),
        (zip_of(&[("loose.yaml", "a: 1")]), None, "folder"),
        (zip_of(&[("grp/readme.txt", "hello")]), None, "yaml and properties"),
        (zip_of(&[("grp/1bad.yaml", "a: 1")]), None, "config name"),
        (zip_of(&[("grp/a.yaml", "a: 1")]), Some("merge"), "repetition_policy"),
        (vec![b'x'; 600 * 1024], None, "500 KB"),
    ] {
        let a = import(&file, policy);
        assert_eq!((a.status, a.code()), (400, "SVCSTG.00100400"), "{needle}");
        assert!(a.body["error_msg"].as_str().unwrap().contains(needle), "{needle}: {}", a.body);
    }
    let no_file = s.raw("POST", &format!("{P}/configs/import"), "multipart/form-data; boundary=b", b"--b\r\nContent-Disposition: form-data; name=\"repetition_policy\"\r\n\r\nskip\r\n--b--\r\n");
    assert_eq!((no_file.status, no_file.code()), (400, "SVCSTG.00100400"));
    let not_form = s.raw("POST", &format!("{P}/configs/import"), "application/json", b"{}");
    assert_eq!((not_form.status, not_form.code()), (400, "SVCSTG.00100400"));
    // Nothing of a refused archive was imported.
    assert_eq!(s.get("/config-groups?name=grp").body["count"], 0);
}

#[test]
fn addons_install_act_and_uninstall_through_jobs() {
    let s = Sandbox::new();
    let base = format!("/environments/{TEST_ENV}");
    assert_eq!(s.get(&format!("{base}/addons-metadata")).body["addons"][0]["name"], "sermantInjector");
    assert_eq!(s.get("/environments/nope/addons-metadata").code(), "SVCSTG.00100411");

    let twice = s.call("POST", &format!("{base}/addons"), Some(json!({"cce_id": TEST_CCE, "cse_id": "c", "name": "sermantInjector"})));
    assert_eq!((twice.status, twice.code()), (400, "SVCSTG.00100400"));
    let removed = s.call("DELETE", &format!("{base}/addons/{SERMANT}"), None);
    assert_eq!(removed.status, 200);
    assert!(removed.body["job_id"].as_str().unwrap().starts_with("JOB"));
    assert_eq!(s.get(&format!("{base}/addons/{SERMANT}")).body["status"], "DELETING");
    let busy = s.call("POST", &format!("{base}/addons/{SERMANT}/action"), Some(json!({"action": "restart"})));
    assert_eq!((busy.status, busy.code()), (409, "SVCSTG.00100419"));
    s.wait(30);
    assert_eq!(s.get(&format!("{base}/addons/{SERMANT}")).status, 404);

    let wrong_cluster = s.call("POST", &format!("{base}/addons"), Some(json!({"cce_id": "other", "cse_id": "c", "name": "sermantInjector"})));
    assert_eq!((wrong_cluster.status, wrong_cluster.code()), (400, "SVCSTG.00100400"));
    let no_cse = s.call("POST", &format!("{base}/addons"), Some(json!({"cce_id": TEST_CCE, "name": "sermantInjector"})));
    assert_eq!(no_cse.status, 400, "cse_id is required for sermantInjector");
    let created = s.call("POST", &format!("{base}/addons"), Some(json!({"cce_id": TEST_CCE, "cse_id": "c", "name": "sermantInjector"})));
    assert_eq!(created.status, 200, "{}", created.body);
    let id = created.body["id"].as_str().unwrap().to_string();
    let listed = s.get(&format!("{base}/addons"));
    assert_eq!(listed.body["addons"][0]["status"], "INITIALIZING");
    assert_eq!(listed.body["addons"][0]["job_id"], created.body["job_id"]);
    s.wait(30);
    assert_eq!(s.get(&format!("{base}/addons/{id}")).body["status"], "SUCCEEDED");
    let redeploy = s.call("POST", &format!("{base}/addons/{id}/action"), Some(json!({"action": "redeploy"})));
    assert_eq!(redeploy.status, 200);
    assert_eq!(s.get(&format!("{base}/addons/{id}")).body["status"], "UPGRADING");
    assert_eq!(job(&s, redeploy.body["job_id"].as_str().unwrap())["tasks"][0]["task_name"], "ADDON_REDEPLOY_01");
    s.wait(30);
    assert_eq!(s.get(&format!("{base}/addons/{id}")).body["status"], "SUCCEEDED");
    let elsewhere = s.get(&format!("/environments/{STAGING_ENV}/addons/{id}"));
    assert_eq!(elsewhere.status, 404);
}

#[test]
fn environment_resources_are_managed_and_provisioned() {
    let s = Sandbox::new();
    let base = format!("/environments/{PERF_ENV}");
    // Managed resources (4.1.6/4.1.8).
    let set = s.call("PUT", &format!("{base}/resources"), Some(json!({"resources": [{"id": "67835bb3-1235-4cc9-be71-becbb2b4ca0d", "name": "ecs-a5a9", "type": "ecs"}]})));
    assert_eq!(set.status, 200, "{}", set.body);
    assert_eq!(s.get(&format!("{base}/resources")).body["resources"][0]["name"], "ecs-a5a9");
    assert_eq!(s.get(&format!("/environments/{PERF_ENV}")).body["resources"][0]["type"], "ecs");
    let bad = s.call("PUT", &format!("{base}/resources"), Some(json!({"resources": [{"id": "x", "type": "oss"}]})));
    assert_eq!(bad.status, 400);

    // Nothing to provision yet.
    let empty = s.call("POST", &format!("{base}/iac-resources/provision"), None);
    assert_eq!((empty.status, empty.code()), (400, "SVCSTG.00100422"));

    let added = s.call("POST", &format!("{base}/iac-resources"), Some(json!({"iac_resources": [
        {"id": "subnet01", "name": "subnet-perf", "type": "subnet", "vars_body": {"cidr": "172.16.0.0/16"}},
        {"id": "eip01", "name": "eip-perf", "type": "eip"},
    ]})));
    assert_eq!(added.status, 200, "{}", added.body);
    assert_eq!(added.body["id"], PERF_ENV);
    assert_eq!(added.body["resource_create_mode"], "iac");
    assert_eq!(added.body["iac_resources"].as_array().unwrap().len(), 2);
    let dup = s.call("POST", &format!("{base}/iac-resources"), Some(json!({"iac_resources": [{"id": "eip01", "name": "again", "type": "eip"}]})));
    assert_eq!((dup.status, dup.code()), (400, "SVCSTG.00100400"));

    let run = s.call("POST", &format!("{base}/iac-resources/provision"), None);
    assert_eq!(run.status, 200, "{}", run.body);
    assert_eq!(run.body["status"], "CREATION_IN_PROGRESS");
    let plan = run.body["execution_plan_items"].as_array().unwrap();
    assert_eq!(plan.len(), 2);
    assert_eq!((plan[0]["resource_type"].as_str(), plan[0]["action"].as_str()), (Some("hcs_vpc_subnet"), Some("ADD")));
    assert_eq!(plan[0]["attributes"][0], json!({"name": "cidr", "target_value": "172.16.0.0/16"}));
    let again = s.call("POST", &format!("{base}/iac-resources/provision"), None);
    assert_eq!((again.status, again.code()), (409, "SVCSTG.00100419"));
    let editing = s.call("PUT", &format!("{base}/iac-resources/eip01"), Some(json!({"name": "renamed"})));
    assert_eq!((editing.status, editing.code()), (409, "SVCSTG.00100419"));

    let histories = s.get(&format!("{base}/iac-resources/provision-histories"));
    assert_eq!(histories.body["total"], 1);
    let history = histories.body["list"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(histories.body["list"][0]["status"], "EXECUTION_PLAN_APPLYING");
    let events = |s: &Sandbox| s.get(&format!("{base}/iac-resources/provision-histories/{history}/events")).body["stack_events"].as_array().unwrap().clone();
    s.wait(1);
    let early = events(&s);
    assert!(!early.is_empty() && early.len() < 7, "{early:?}");
    s.wait(60);
    let all = events(&s);
    assert_eq!(all.len(), 7, "prepare, two per resource, summary, finish");
    assert_eq!(all[0]["event_type"], "LOG");
    assert_eq!(all[1]["event_message"], "Apply complete! Resources: 2 added, 0 changed, 0 destroyed.");
    let detail = s.get(&format!("{base}/iac-resources/provision-histories/{history}"));
    assert_eq!(detail.body["status"], "EXECUTION_PLAN_APPLY_SUCCEED");
    assert!(detail.body["stack_resources"].as_str().unwrap().contains("hcs_vpc_eip"));

    let created = s.get(&format!("{base}/iac-resources"));
    let eip = created.body["iac_resources"].as_array().unwrap().iter().find(|r| r["id"] == "eip01").unwrap().clone();
    assert_eq!(eip["status"], "CREATION_COMPLETE");
    assert!(eip["resource_id"].is_string());

    // Changes and removals of created resources wait for the next run.
    let changed = s.call("PUT", &format!("{base}/iac-resources/eip01"), Some(json!({"name": "eip-renamed", "vars_body": {"size": 20}})));
    assert_eq!(changed.status, 200, "{}", changed.body);
    let deleted = s.call("DELETE", &format!("{base}/iac-resources/subnet01"), None);
    assert_eq!(deleted.status, 200);
    let states: Vec<(String, String)> = deleted.body["iac_resources"].as_array().unwrap().iter()
        .map(|r| (r["id"].as_str().unwrap().into(), r["status"].as_str().unwrap().into())).collect();
    assert!(states.contains(&("eip01".into(), "MARK_UPDATE".into())) && states.contains(&("subnet01".into(), "MARK_DELETE".into())), "{states:?}");
    let second = s.call("POST", &format!("{base}/iac-resources/provision"), None);
    assert_eq!(second.status, 200);
    s.wait(60);
    let left = s.get(&format!("{base}/iac-resources"));
    assert_eq!(left.body["iac_resources"].as_array().unwrap().len(), 1);
    assert_eq!(left.body["iac_resources"][0]["status"], "UPDATE_COMPLETE");
    assert_eq!(left.body["iac_resources"][0]["name"], "eip-renamed");

    let page = s.get(&format!("{base}/iac-resources/provision-histories?limit=1"));
    assert_eq!((page.body["total"].as_u64(), page.body["pageSize"].as_u64()), (Some(2), Some(1)));
    assert_eq!(page.body["list"][0]["version"], "2.0", "newest first");
    assert_eq!(s.get(&format!("{base}/iac-resources/provision-histories/nope")).status, 404);
    assert_eq!(s.call("DELETE", &format!("{base}/iac-resources/nope"), None).status, 404);
    let other_env = s.get(&format!("/environments/{STAGING_ENV}/iac-resources/provision-histories/{history}"));
    assert_eq!(other_env.status, 404, "a history belongs to its environment");
}

#[test]
fn application_configuration_is_kept_per_environment() {
    let s = Sandbox::new();
    let path = format!("/applications/{BLOG_APP}/configuration");
    let put = s.call("PUT", &path, Some(json!({"environment_id": STAGING_ENV, "configuration": {"env": [{"name": "app-env", "value": "env"}]}})));
    assert_eq!(put.status, 200, "{}", put.body);
    assert_eq!(put.body["application_id"], BLOG_APP);
    s.call("PUT", &path, Some(json!({"environment_id": TEST_ENV, "configuration": {"env": [{"name": "LEVEL", "value": "debug"}]}})));
    assert_eq!(s.get(&path).body["configuration"].as_array().unwrap().len(), 2);
    let one = s.get(&format!("{path}?environment_id={TEST_ENV}"));
    assert_eq!(one.body["configuration"][0]["configuration"]["env"][0]["value"], "debug");

    let dup = s.call("PUT", &path, Some(json!({"environment_id": TEST_ENV, "configuration": {"env": [{"name": "A", "value": "1"}, {"name": "A", "value": "2"}]}})));
    assert_eq!((dup.status, dup.code()), (400, "SVCSTG.00100400"));
    let no_env = s.call("PUT", &path, Some(json!({"environment_id": "nope", "configuration": {"env": []}})));
    assert_eq!((no_env.status, no_env.code()), (404, "SVCSTG.00100411"));
    let no_app = s.get("/applications/nope/configuration");
    assert_eq!((no_app.status, no_app.code()), (404, "SVCSTG.00100403"));

    let missing = s.call("DELETE", &path, None);
    assert_eq!((missing.status, missing.code()), (400, "SVCSTG.00100400"), "environment_id is a required query parameter");
    assert_eq!(s.call("DELETE", &format!("{path}?environment_id={TEST_ENV}"), None).status, 204);
    assert_eq!(s.get(&path).body["configuration"].as_array().unwrap().len(), 1);
    assert_eq!(s.call("DELETE", &format!("/applications/{BLOG_APP}"), None).status, 204);
}

#[test]
fn invalid_requests_get_the_documented_errors() {
    let s = Sandbox::new();
    let create = |body: Value| s.call("POST", &format!("/applications/{BLOG_APP}/components"), Some(body));
    let mut reserved = new_component("labelled", TEST_ENV, "container");
    reserved["labels"] = json!([{"key": "version", "value": "v1"}]);
    let mut bad_version = new_component("versioned", TEST_ENV, "container");
    bad_version["version"] = json!("1.0");
    let mut bad_name = new_component("9lives", TEST_ENV, "container");
    bad_name["name"] = json!("9lives");
    let mut no_source = new_component("sourceless", TEST_ENV, "container");
    no_source.as_object_mut().unwrap().remove("source");
    let mut unknown_stack = new_component("stackless", TEST_ENV, "container");
    unknown_stack["runtime_stack"]["name"] = json!("Cobol");
    for (body, code) in [
        (reserved, "SVCSTG.00100400"),
        (bad_version, "SVCSTG.00100400"),
        (bad_name, "SVCSTG.00100400"),
        (no_source, "SVCSTG.00100400"),
        (unknown_stack, "SVCSTG.00100420"),
    ] {
        let a = create(body.clone());
        assert_eq!((a.status, a.code()), (400, code), "{body}");
    }
    for body in [&b"{name:"[..], b"null", b"[]", b"\"mall\"", b"42"] {
        let a = s.raw("POST", &format!("{P}/applications"), "application/json", body);
        assert_eq!((a.status, a.code()), (400, "SVCSTG.00100400"), "{}", String::from_utf8_lossy(body));
        let b = s.raw("POST", &format!("{P}{}/action", component_path(MALL_APP, ORDER)), "application/json", body);
        assert_eq!((b.status, b.code()), (400, "SVCSTG.00100400"), "{}", String::from_utf8_lossy(body));
    }
    assert_eq!(s.get("/applications").body["count"], 2, "nothing was created");
    let app_name = s.call("POST", "/applications", Some(json!({"name": "mall-demo"})));
    assert_eq!((app_name.status, app_name.code()), (400, "SVCSTG.00100400"));
    let job = s.get("/jobs/JOB-nope");
    assert_eq!((job.status, job.code()), (404, "SVCSTG.00100429"));
    let group = s.call("POST", "/config-groups", Some(json!({"name": "x"})));
    assert_eq!((group.status, group.code()), (400, "SVCSTG.00100400"));
    let page = s.get("/applications?limit=1000");
    assert_eq!(page.status, 400);
    let stack = s.call("POST", "/runtimestacks", Some(json!({"name": "n", "deploy_mode": "container", "type": "Java", "version": "1"})));
    assert_eq!(stack.status, 400, "custom stacks are virtual-machine ones");
}

#[test]
fn job_speed_shortens_jobs() {
    let s = Sandbox::with(State::new().with_job_speed(1_000_000.0));
    let started = s.call("POST", &format!("{}/action", component_path(MALL_APP, PORTAL)), Some(json!({"action": "start"})));
    std::thread::sleep(Duration::from_millis(5));
    assert_eq!(job(&s, started.body["job_id"].as_str().unwrap())["job"]["execution_status"], "SUCCEEDED");
    assert_eq!(s.get(&component_path(MALL_APP, PORTAL)).body["status"]["component_status"], "RUNNING");
}

/// Through the HTTP router as the console reaches it: a zip upload and a job.
#[tokio::test]
async fn the_router_serves_uploads_and_jobs() {
    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt;

    let router = opsdeck_sandbox::app(opsdeck_sandbox::AppConfig::default());
    let send = |req: Request<Body>| {
        let router = router.clone();
        async move {
            let res = router.oneshot(req).await.unwrap();
            let status = res.status().as_u16();
            let bytes = res.into_body().collect().await.unwrap().to_bytes();
            (status, serde_json::from_slice::<Value>(&bytes).unwrap_or(Value::Null))
        }
    };
    let (ct, body) = form(&zip_of(&[("http-group/web.properties", "port = 80")]), Some("skip"));
    let upload = Request::post(format!("{P}/configs/import")).header("x-auth-token", "sandbox-demo-token").header("content-type", ct).body(Body::from(body)).unwrap();
    let (status, answer) = send(upload).await;
    assert_eq!((status, answer), (200, json!({"covered_num": 0, "skip_num": 0, "total_num": 1})));

    let start = Request::post(format!("{P}{}/action", component_path(MALL_APP, PORTAL)))
        .header("x-auth-token", "sandbox-demo-token")
        .header("content-type", "application/json")
        .body(Body::from(json!({"action": "start"}).to_string()))
        .unwrap();
    let (status, answer) = send(start).await;
    assert_eq!(status, 200);
    let job = Request::get(format!("{P}/jobs/{}", answer["job_id"].as_str().unwrap())).header("x-auth-token", "sandbox-demo-token").body(Body::empty()).unwrap();
    let (status, answer) = send(job).await;
    assert_eq!((status, answer["job"]["execution_status"].as_str()), (200, Some("RUNNING")));
}
