//! The legacy v2 API (12.1) and the builds (12.2): v2 environments, applications and
//! components are served generically (their behaviors are in the parent's table); here are
//! their demo data, the metadata lists, environment resources, per-environment application
//! configuration, the component deletion with `force`, and (in `instances`) the instances,
//! whose creation, changes, actions and deletion are jobs of the v3 job machinery read back
//! through 12.1.6.1; `builds` serves the build jobs, builds, phases and growing logs.

pub mod builds;
pub mod instances;

use axum::http::StatusCode;
use axum::response::Response;
use opsdeck_api::servicestage::v2::resources as v2;
use serde_json::{json, Value};

use super::super::engine::crud;
use super::super::engine::{Call, Store};
use super::{fail, not_found, run, seed, text};

/// Internal collections: per-environment application configuration and instance snapshots.
pub const V2_APP_CONFIGS: &str = "v2-application-configurations";
pub const V2_SNAPSHOTS: &str = "v2-snapshots";

pub const ENV: &str = "3d6b1f0e-7c2a-4e59-8b14-6a0c9e2d5f71";
pub const APP: &str = "5e8c2a4d-1b3f-4c6e-9a7d-0f2e4b6c8d90";
pub const COMPONENT: &str = "7a9d3b5e-2c4f-4d7a-8b1e-1a3c5e7f9b02";
pub const INSTANCE: &str = "9b1e4c6f-3d5a-4e8b-9c2f-2b4d6f8a0c13";
/// The demo component's build job (12.2): 40 lower-case letters and digits, as the service's.
pub const BUILD_JOB: &str = "w3dpv7p0t1vpxvey5hjb22iuwxway1vupwx0nae1";
pub const DEMO_COMPONENT_NAME: &str = "legacy-web";

/// 409 SVCSTG.00100426, 409 SVCSTG.00100401, 400 SVCSTG.00100402 and 409 SVCSTG.00100413.
pub const ENV_IN_USE: (StatusCode, &str, &str) = (StatusCode::CONFLICT, "SVCSTG.00100426", "environment is in use");
pub const APP_NOT_EMPTY: (StatusCode, &str, &str) = (StatusCode::CONFLICT, "SVCSTG.00100401", "application not empty");
pub const COMPONENT_DEPLOYED: (StatusCode, &str, &str) = (StatusCode::BAD_REQUEST, "SVCSTG.00100402", "component was deployed, uninstall first");
pub const INSTANCE_NAME_EXISTS: (StatusCode, &str, &str) = (StatusCode::CONFLICT, "SVCSTG.00100413", "instance name exists");
pub const ENV_NAME_USED: (StatusCode, &str, &str) = (StatusCode::BAD_REQUEST, "SVCSTG.00100449", "environment name is already used");

// ---- demo data ----

pub fn environments(project_id: &str, now: i64) -> Vec<Value> {
    vec![json!({
        "id": ENV, "name": "legacy-env", "alias": "Legacy", "description": "The v2 demo environment",
        "project_id": project_id, "enterprise_project_id": "0", "charge_mode": "provided", "deploy_mode": "container",
        "vpc_id": seed::ENV_VPC,
        "base_resources": [{"id": seed::TEST_CCE, "type": "cce", "name": "cce-test"}],
        "optional_resources": [{"id": "default", "type": "cse", "name": "Cloud Service Engine"}],
        "creator": super::SANDBOX_USER, "create_time": now - 40 * 86_400_000, "update_time": now - 40 * 86_400_000,
    })]
}

pub fn applications(project_id: &str, now: i64) -> Vec<Value> {
    vec![json!({
        "id": APP, "name": "legacy-app", "description": "An application of the v2 API", "project_id": project_id,
        "enterprise_project_id": "0", "creator": super::SANDBOX_USER, "unified_model": null,
        "create_time": now - 30 * 86_400_000, "update_time": now - 30 * 86_400_000,
    })]
}

pub fn components(project_id: &str, now: i64) -> Vec<Value> {
    vec![json!({
        "id": COMPONENT, "name": DEMO_COMPONENT_NAME, "runtime": "Java8", "category": "Webapp", "sub_category": "Web",
        "description": "", "project_id": project_id, "application_id": APP, "_parent": APP,
        "source": {"kind": "artifact", "spec": {"storage": "obs", "type": "package", "url": "obs://legacy/legacy-web-1.0.1.jar", "auth": "iam",
            "properties": {"bucket": "legacy", "key": "legacy-web-1.0.1.jar", "endpoint": "https://obs.region_id.example.com"}}},
        "build": {"id": BUILD_JOB, "parameters": {"artifact_namespace": "ns", "cluster_id": seed::TEST_CCE}},
        "status": 0, "creator": super::SANDBOX_USER, "create_time": now - 30 * 86_400_000, "update_time": now - 2 * 86_400_000,
    })]
}

pub fn instances(project_id: &str, now: i64) -> Vec<Value> {
    let _ = project_id;
    vec![json!({
        "id": INSTANCE, "name": "legacy-web-dev", "application_id": APP, "application_name": "legacy-app",
        "component_id": COMPONENT, "component_name": DEMO_COMPONENT_NAME, "_parent": COMPONENT,
        "environment_id": ENV, "environment_name": "legacy-env", "platform_type": "cce", "description": "",
        "flavor_id": "MICRO-5G:0.5C:1G", "version": "1.0.1",
        "artifacts": {DEMO_COMPONENT_NAME: {"storage": "obs", "type": "package", "url": "obs://legacy/legacy-web-1.0.1.jar", "auth": "iam",
            "version": "1.0.1", "properties": {"bucket": "legacy", "key": "legacy-web-1.0.1.jar", "endpoint": "https://obs.region_id.example.com"}}},
        "configuration": {"env": [{"name": "LOG_LEVEL", "value": "info"}], "strategy": {"upgrade": "RollingUpdate"}},
        "external_accesses": [],
        "refer_resources": [{"id": seed::TEST_CCE, "type": "cce", "parameters": {"namespace": "default"}}, {"id": "default", "type": "cse"}],
        "creator": super::SANDBOX_USER, "create_time": now - 20 * 86_400_000, "update_time": now - 2 * 86_400_000,
        "status_detail": {"status": "RUNNING", "replica": 1, "available_replica": 1, "fail_detail": null,
            "last_job_id": "", "last_job_status": "SUCCEEDED", "enterprise_project_id": "0"},
    })]
}

/// The internal collections: the demo instance's application configuration and snapshots,
/// and the job that deployed its current version.
pub fn seed_internal(project: &mut Store, project_id: &str, now: i64) {
    project.items_mut(V2_APP_CONFIGS).push(json!({"application_id": APP, "environment_id": ENV, "configuration": {"env": [{"name": "LOG_LEVEL", "value": "info"}]}}));
    for (version, days) in [("1.0.0", 20), ("1.0.1", 2)] {
        let action = if version == "1.0.0" { "New Version: 1.0.0" } else { "Upgrade Version: 1.0.1" };
        project.items_mut(V2_SNAPSHOTS).push(json!({"version": version, "description": json!({"action": action}).to_string(),
            "instance_id": INSTANCE, "create_time": now - days * 86_400_000}));
    }
    let job = instances::start_job(project, project_id, now - 2 * 86_400_000, INSTANCE, "DAILY_OPERATION", instances::UPGRADE, vec![], vec![]);
    if let Some(i) = project.items_mut("v2-instances").iter_mut().find(|i| text(i, "id") == INSTANCE) {
        i["status_detail"]["last_job_id"] = json!(job);
    }
}

// ---- handlers ----

/// 12.1.1.1: the runtimes a component can use.
pub fn runtimes(call: &Call) -> Response {
    let rt = |name: &str, display: &str, port: i64, desc: &str| json!({"type_name": name, "display_name": display, "container_default_port": port, "type_desc": desc});
    call.ok(&json!({"runtimes": [
        rt("Java8", "Java 8", 8080, "Java 8 runtime server"),
        rt("Tomcat8", "Tomcat 8", 8080, "Tomcat 8 runtime server"),
        rt("Nodejs8", "Node.js 8", 3000, "Node.js 8 runtime server"),
        rt("Php7", "PHP 7", 80, "PHP 7 runtime server"),
        rt("Python3", "Python 3", 8000, "Python 3 runtime server"),
        rt("Docker", "Docker", 8080, "A Docker image"),
    ]}))
}

/// The runtimes 12.1.1.1 offers (a component's `runtime` must be one).
pub const RUNTIMES: &[&str] = &["Java8", "Tomcat8", "Nodejs8", "Php7", "Python3", "Docker"];

/// 12.1.1.2: the predefined flavors.
pub fn flavors(call: &Call) -> Response {
    let f = |id: &str, storage: &str, cpu: &str, cpu_init: &str, mem: &str, mem_init: &str, label: &str| {
        json!({"flavor_id": id, "storage_size": storage, "num_cpu": cpu, "num_cpu_init": cpu_init, "memory_size": mem,
            "memory_size_init": mem_init, "label": label, "custom": false})
    };
    call.ok(&json!({"flavors": [
        f("MICRO-5G:0.5C:1G", "5G", "500m", "200m", "1Gi", "200Mi", "Micro: 5G Storage, 0.5 CPU, 1G Memory"),
        f("SMALL-10G:1C:2G", "10G", "1000m", "500m", "2Gi", "512Mi", "Small: 10G Storage, 1 CPU, 2G Memory"),
        f("MEDIUM-20G:2C:4G", "20G", "2000m", "1000m", "4Gi", "1Gi", "Medium: 20G Storage, 2 CPU, 4G Memory"),
        f("LARGE-40G:4C:8G", "40G", "4000m", "2000m", "8Gi", "2Gi", "Large: 40G Storage, 4 CPU, 8G Memory"),
    ]}))
}

fn behavior(r: &'static opsdeck_api::resource::ResourceDecl) -> &'static crud::ResourceBehavior {
    super::BEHAVIORS.iter().find(|b| b.resource.key == r.key).expect("a v2 behavior")
}

/// An application's component count.
pub fn present_application(project: &Store, app: &mut serde_json::Map<String, Value>) {
    let id = app.get("id").and_then(Value::as_str).unwrap_or_default();
    let n = project.items("v2-components").iter().filter(|c| text(c, "application_id") == id).count();
    app.insert("component_count".into(), json!(n));
}

/// 12.1.2.1: an environment needs a base resource (400 SVCSTG.00100422).
pub fn create_environment(call: &Call) -> Response {
    run(call, |project| {
        let b = behavior(&v2::V2_ENVIRONMENTS);
        if call.field("base_resources").and_then(Value::as_array).is_none_or(|a| a.is_empty()) {
            return Err(fail(StatusCode::BAD_REQUEST, "SVCSTG.00100422", "base resource can not empty"));
        }
        let index = crud::create(b, call, project, Default::default())?;
        crud::answer_item(b, call, project, index).pipe_ok()
    })
}

/// 12.1.2.6: adds and removes resources; an environment keeps at least one base resource.
pub fn change_resources(call: &Call) -> Response {
    run(call, |project| {
        let b = behavior(&v2::V2_ENVIRONMENTS);
        let index = crud::find(b, call, project)?;
        let list = |name: &str| call.field(name).and_then(Value::as_array).cloned().unwrap_or_default();
        let (add_base, add_optional, remove) = (list("add_base_resources"), list("add_optional_resources"), list("remove_resources"));
        let now = call.state.now();
        let env = &mut project.items_mut("v2-environments")[index];
        let key = |r: &Value| (text(r, "id").to_string(), text(r, "type").to_string());
        for (member, added) in [("base_resources", add_base), ("optional_resources", add_optional)] {
            let mut current: Vec<Value> = env.get(member).and_then(Value::as_array).cloned().unwrap_or_default();
            current.retain(|r| !remove.iter().any(|x| key(x) == key(r)));
            for r in added {
                if !current.iter().any(|c| key(c) == key(&r)) {
                    current.push(r);
                }
            }
            env[member] = Value::Array(current);
        }
        if env.get("base_resources").and_then(Value::as_array).is_none_or(|a| a.is_empty()) {
            return Err(fail(StatusCode::BAD_REQUEST, "SVCSTG.00100422", "base resource can not empty"));
        }
        env["update_time"] = json!(now);
        crud::answer_item(b, call, project, index).pipe_ok()
    })
}

/// 12.1.4.1: the runtime must be one 12.1.1.1 lists (400 SVCSTG.00100420); the component
/// gets a build job named after it (its `build.id`, listed by 12.2.1).
pub fn create_component(call: &Call) -> Response {
    let build_id = builds::new_job_id();
    let name = call.field("name").and_then(Value::as_str).unwrap_or_default().to_string();
    let answer = run(call, |project| {
        let b = behavior(&v2::V2_COMPONENTS);
        let runtime = call.field("runtime").and_then(Value::as_str).unwrap_or_default();
        if !RUNTIMES.contains(&runtime) {
            return Err(fail(StatusCode::BAD_REQUEST, "SVCSTG.00100420", &format!("runtime not supported: {runtime}")));
        }
        let mut build = call.field("build").cloned().unwrap_or_else(|| json!({}));
        build["id"] = json!(build_id);
        let mut extra = serde_json::Map::new();
        extra.insert("build".into(), build);
        extra.insert("status".into(), json!(0));
        let index = crud::create(b, call, project, extra)?;
        crud::answer_item(b, call, project, index).pipe_ok()
    });
    if answer.status().is_success() {
        builds::add_job(call, &build_id, &name);
    }
    answer
}

/// 12.1.4.4: refused while instances exist (400 SVCSTG.00100402), unless `force`, which
/// removes them first.
pub fn delete_component(call: &Call) -> Response {
    run(call, |project| {
        let b = behavior(&v2::V2_COMPONENTS);
        let index = crud::find(b, call, project)?;
        let id = text(&project.items("v2-components")[index], "id").to_string();
        if call.params.get("force").and_then(Value::as_bool) == Some(true) {
            let ib = behavior(&v2::V2_INSTANCES);
            let ids: Vec<String> = project.items("v2-instances").iter().filter(|i| text(i, "component_id") == id).map(|i| text(i, "id").to_string()).collect();
            for i in ids {
                crud::remove_with_dependents(super::BEHAVIORS, project, ib, &i);
            }
        }
        crud::delete(b, call, project)?;
        Ok(call.done())
    })
}

/// The application the path names (404 SVCSTG.00100403).
fn application(call: &Call, project: &Store) -> Result<String, Response> {
    let id = call.param("application_id").unwrap_or_default();
    project.find("v2-applications", "id", id).map(|_| id.to_string()).ok_or_else(|| not_found(&v2::V2_APPLICATIONS))
}

fn environment(project: &Store, id: &str) -> Result<(), Response> {
    project.find("v2-environments", "id", id).map(|_| ()).ok_or_else(|| not_found(&v2::V2_ENVIRONMENTS))
}

/// 12.1.3.8: every environment's configuration, or the one asked for.
pub fn get_configuration(call: &Call) -> Response {
    run(call, |project| {
        let app = application(call, project)?;
        let env = call.param("environment_id").filter(|e| !e.is_empty());
        let list: Vec<Value> = project
            .items(V2_APP_CONFIGS)
            .iter()
            .filter(|c| text(c, "application_id") == app && env.is_none_or(|e| text(c, "environment_id") == e))
            .map(|c| crud::cut(c.clone(), None))
            .collect();
        Ok(call.ok(&json!({"configuration": list})))
    })
}

/// 12.1.3.6: replaces the variables of one environment; a repeated name: the last one wins.
pub fn put_configuration(call: &Call) -> Response {
    run(call, |project| {
        let app = application(call, project)?;
        let env = call.field("environment_id").and_then(Value::as_str).unwrap_or_default().to_string();
        environment(project, &env)?;
        let mut vars: Vec<Value> = Vec::new();
        for var in call.body.as_ref().and_then(|b| b.pointer("/configuration/env")).and_then(Value::as_array).cloned().unwrap_or_default() {
            vars.retain(|v| text(v, "name") != text(&var, "name"));
            vars.push(var);
        }
        let config = json!({"application_id": app, "environment_id": env, "configuration": {"env": vars}});
        let items = project.items_mut(V2_APP_CONFIGS);
        match items.iter_mut().find(|c| text(c, "application_id") == app && text(c, "environment_id") == env) {
            Some(existing) => *existing = config.clone(),
            None => items.push(config.clone()),
        }
        Ok(call.ok(&config))
    })
}

/// 12.1.3.7: removes one environment's configuration.
pub fn delete_configuration(call: &Call) -> Response {
    run(call, |project| {
        let app = application(call, project)?;
        let env = call.param("environment_id").unwrap_or_default().to_string();
        environment(project, &env)?;
        project.items_mut(V2_APP_CONFIGS).retain(|c| !(text(c, "application_id") == app && text(c, "environment_id") == env));
        Ok(call.done())
    })
}

/// A response as the `Ok` of a handler's closure.
trait PipeOk {
    fn pipe_ok(self) -> Result<Response, Response>;
}

impl PipeOk for Response {
    fn pipe_ok(self) -> Result<Response, Response> {
        Ok(self)
    }
}
