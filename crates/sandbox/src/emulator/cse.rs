//! CSE on its regional endpoint: exclusive microservice engines (6.3.1–6.3.6) and the import
//! and export of an engine's configuration key-values (6.2.1, 6.2.2).
//!
//! Engines are listed (offset/limit) and read generically. Creating one answers `{id, name,
//! jobId}` at once and leaves the engine `Creating`; its job (6.3.6) goes `Init`, `Executing`
//! through three stages and `Finished` after about six seconds, when the engine becomes
//! `Available`. Deleting is a job too: the engine is `Deleting`, then gone after about four
//! seconds; its job stays readable. Names are unique in a project, `default` is refused, the
//! flavor must be one the flavor list offers for the deployment type, and an engine that is
//! creating or deleting cannot be deleted. The demo engines: `cse-mall` (2.x, available, with
//! registry and configuration center addresses and key-values), `cse-legacy` (1.x, available)
//! and `cse-staging` (2.x, its creation failed; its job ended in `Error`).
//!
//! The import and export work on an engine's key-values (each engine keeps its own): the
//! export answers the file the import takes, the import applies `override` (force replaces,
//! skip keeps, abort stops at the first duplicate) and lists what it imported and what not.
//!
//! Errors: `{"errorCode", "errorMessage", "detail"}` for the engines, with the engine
//! manager's codes (`SVCSTG.005…`; an unknown engine or job is a 400, as the service answers);
//! `{"error_code", "error_message", "detail"}` for the import and export, with the
//! configuration codes (`SVCSTG.004…`).

use std::collections::BTreeMap;

use axum::http::{header, StatusCode};
use axum::response::Response;
use opsdeck_api::operation::Service;
use serde_json::{json, Map, Value};

use super::engine::crud::ResourceBehavior;
use super::engine::multipart;
use super::engine::registry::{ErrorShape, Handler, Registration};
use super::engine::{new_id, text, Call, Clock, Store};

const ENGINES: &str = "engines";
const JOBS: &str = "cse_jobs";

/// "Invalid parameter(s)" of the engine manager (its documented request-parameter error).
const ENGINE_INVALID: &str = "SVCSTG.00500400";
/// "Invalid parameter(s)" of the configuration import and export.
const KIE_INVALID: &str = "SVCSTG.00400100";

const NO_ENGINE: (&str, &str) = ("SVCSTG.00501116", "Failed to find the engine instance {id}.");

/// Nominal durations (at job speed 1).
const INIT_MS: f64 = 1000.0;
const CREATE_MS: f64 = 6000.0;
const DELETE_MS: f64 = 4000.0;

/// The demo engines' ids, stable so links and tests can name them.
pub const MALL: &str = "5f3c2a1b-7d4e-4f60-9a8b-0c1d2e3f4a5b";
pub const LEGACY: &str = "6a4d3b2c-8e5f-4a71-8b9c-1d2e3f4a5b6c";
pub const STAGING: &str = "7b5e4c3d-9f6a-4b82-9cad-2e3f4a5b6c7d";

pub fn registration() -> Registration {
    Registration {
        service: Service::Cse,
        errors: ErrorShape::CamelCode,
        invalid_code: ENGINE_INVALID,
        op_errors: &[
            ("cse.kie.import", ErrorShape::CodeMessageDetail, KIE_INVALID),
            ("cse.kie.export", ErrorShape::CodeMessageDetail, KIE_INVALID),
        ],
        not_found_status: StatusCode::BAD_REQUEST,
        resources: RESOURCES,
        seed,
        settle,
        handlers: HANDLERS,
        path_formats: &[super::HUAWEI_PROJECT_ID],
        ..Registration::BASE
    }
}

static RESOURCES: &[ResourceBehavior] = &[ResourceBehavior {
    resource: &opsdeck_api::cse::ENGINES,
    not_found: NO_ENGINE,
    seed: seed_engines,
    ..ResourceBehavior::BASE
}];

static HANDLERS: &[(&str, Handler)] = &[
    // A fixed list per deployment type; an empty type is refused, as the service does.
    ("cse.flavor.list", list_flavors),
    // Creation and deletion are jobs; the job query computes their state from the start time.
    ("cse.engine.create", create_engine),
    ("cse.engine.delete", delete_engine),
    ("cse.job.get", get_job),
    // The engine's key-values, addressed by the x-engine-id header.
    ("cse.kie.export", export_kie),
    ("cse.kie.import", import_kie),
    // 12.5: kept (the last 100 reports), answered with an empty 200.
    ("cse.metric.report", report_metric),
];

/// Metric reports received (12.5), newest last.
const METRICS: &str = "metric-reports";

/// 12.5: `serviceId` and `instanceId` come together or not at all (the registry's rule).
fn report_metric(call: &Call) -> Response {
    let has = |f: &str| call.field(f).and_then(Value::as_str).is_some_and(|v| !v.is_empty());
    if has("serviceId") != has("instanceId") {
        return call.bad_request("serviceId and instanceId are given together or not at all");
    }
    let report = json!({"domain": call.param("x-domain-name"), "body": call.body.clone().unwrap_or(Value::Null), "at": call.state.now()});
    call.with_store(|store| {
        let reports = store.items_mut(METRICS);
        reports.push(report);
        let excess = reports.len().saturating_sub(100);
        reports.drain(..excess);
    });
    call.done()
}

/// (flavor, description) per deployment type.
const FLAVORS_CSE2: &[(&str, &str)] = &[
    ("cse.s1.small2", "High availability, 100 instances"),
    ("cse.s1.medium2", "High availability, 200 instances"),
    ("cse.s1.large2", "High availability, 500 instances"),
    ("cse.s1.xlarge2", "High availability, 2000 instances"),
];
const FLAVORS_CSE: &[(&str, &str)] = &[
    ("cse.s1.small", "High availability, 100 instances (1.x)"),
    ("cse.s1.medium", "High availability, 200 instances (1.x)"),
    ("cse.s1.large", "High availability, 500 instances (1.x)"),
];

fn flavors(spec_type: &str) -> &'static [(&'static str, &'static str)] {
    if spec_type == "CSE" { FLAVORS_CSE } else { FLAVORS_CSE2 }
}

fn instances(flavor: &str) -> i64 {
    match flavor {
        f if f.contains("xlarge") => 2000,
        f if f.contains("large") => 500,
        f if f.contains("medium") => 200,
        _ => 100,
    }
}

/// `{kie, serviceCenter}` addresses at `ip` (empty strings for an engine without them).
fn endpoints(ip: &str) -> Value {
    let at = |port: u16| {
        let addr = if ip.is_empty() { String::new() } else { format!("https://{ip}:{port}") };
        json!({"masterEntrypoint": addr, "masterEntrypointIpv6": "", "slaveEntrypoint": "", "slaveEntrypointIpv6": "", "type": "REGISTRY"})
    };
    json!({"kie": at(30110), "serviceCenter": at(30100)})
}

/// An engine as it is stored: the members of both the list's and the detail's answers (each
/// answer is cut to its own).
#[allow(clippy::too_many_arguments)]
fn engine(project_id: &str, id: &str, name: &str, spec_type: &str, flavor: &str, auth: &str, status: &str, ip: &str, reference: Value, created: i64, job: i64) -> Value {
    let total = instances(flavor);
    let version = if spec_type == "CSE" { "1.3.6" } else { "2.3.3" };
    let ends = endpoints(ip);
    let public = endpoints("");
    let mut e = json!({
        "id": id, "name": name, "projectId": project_id, "enterpriseProjectId": "0", "enterpriseProjectName": "default",
        "type": "CSE", "description": "", "beDefault": false, "flavor": flavor, "payment": "1", "authType": auth,
        "authConfig": {"consoleAuthEnabled": auth == "RBAC", "sdkAuthEnabled": auth == "RBAC"},
        "status": status, "externalAddress": ip, "serviceEndpoint": ends, "publicAddress": "", "publicServiceEndpoint": public,
        "externalEntrypoint": {"externalAddress": ip, "publicAddress": "", "serviceEndpoint": ends, "publicServiceEndpoint": public},
    });
    let more = json!({
        "totalInstance": total, "usedInstance": 0, "availableInstance": total,
        "version": version, "latestVersion": version, "createTime": created, "createUser": "demo", "dueTo": 4102415999000i64,
        "latestJobId": job, "engineAdditionalActions": if status == "CreateFailed" { json!(["Retry", "Delete"]) } else { json!(["Delete"]) },
        "specType": spec_type, "reference": reference, "vmIds": [],
        "cceSpec": {"id": job, "engineId": id, "specType": "CCE", "cluster": null, "clusterId": "", "clusterNodes": {"clusterNodes": []},
            "flavor": null, "region": "cn-north-4", "version": "", "extendParam": ""},
    });
    if let (Some(e), Value::Object(more)) = (e.as_object_mut(), more) {
        e.extend(more);
    }
    e
}

fn reference(vpc: &str, vpc_id: &str, network_id: &str, cidr: &str, azs: Value, flavor: &str, inputs: Value) -> Value {
    let gateway = cidr.split('/').next().and_then(|ip| ip.rsplit_once('.')).map(|(net, _)| format!("{net}.1")).unwrap_or_default();
    json!({"vpc": vpc, "vpcId": vpc_id, "azList": azs, "networkId": network_id, "subnetCidr": cidr, "subnetCidrV6": "",
        "subnetGateway": gateway, "publicIpId": null, "serviceLimit": instances(flavor), "instanceLimit": instances(flavor), "inputs": inputs})
}

/// One demo key-value of an engine.
fn kv(id: &str, key: &str, value: &str, labels: Value, revision: i64, at: i64) -> Value {
    json!({"id": id, "key": key, "value": value, "value_type": "text", "status": "enabled", "labels": labels,
        "create_time": at / 1000, "update_time": at / 1000, "create_revision": revision, "update_revision": revision})
}

fn seed_engines(project_id: &str, now: i64) -> Vec<Value> {
    let day = 86_400_000;
    let mall_ref = reference("vpc-mall", super::servicestage::seed::ENV_VPC, super::vpc::MALL_SUBNET_A, "192.168.0.0/24",
        json!(["cn-north-4a"]), "cse.s1.medium2", json!({"nodeFlavor": "s6.large.2", "is_arm_cluster": "false"}));
    let mut mall = engine(project_id, MALL, "cse-mall", "CSE2", "cse.s1.medium2", "RBAC", "Available", "192.168.0.169", mall_ref, now - 30 * day, 12339);
    mall["usedInstance"] = json!(14);
    mall["availableInstance"] = json!(186);
    let created = now - 30 * day;
    let labels = json!({"app": "mall", "environment": "production"});
    mall["_kvs"] = json!([
        kv("0bdfddb8-c4f9-4a88-8360-07a8a616a804", "order.timeout", "30s", labels.clone(), 1, created),
        kv("34befef9-7f3a-4394-85f9-142622a11b1d", "order.retry", "3", labels.clone(), 2, created),
        kv("7e2d346e-d907-4871-bf51-a17fc7e52ad4", "feature.new-checkout", "true", json!({"app": "mall", "environment": "staging"}), 3, created),
        kv("907b3891-c691-4ae0-816f-e91eba705e28", "payment.gateway", "https://pay.example.com", json!({"app": "payment"}), 4, created),
    ]);
    let legacy_ref = reference("vpc-mall", super::servicestage::seed::ENV_VPC, super::vpc::MALL_SUBNET_B, "192.168.1.0/24",
        json!(["cn-north-4b"]), "cse.s1.small", json!({}));
    let legacy = engine(project_id, LEGACY, "cse-legacy", "CSE", "cse.s1.small", "NONE", "Available", "192.168.1.37", legacy_ref, now - 400 * day, 9051);
    let staging_ref = reference("vpc-lab", super::vpc::LAB_VPC, "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e", "172.16.0.0/24",
        json!(["cn-north-4a"]), "cse.s1.small2", json!({"nodeFlavor": "s6.large.2"}));
    let staging = engine(project_id, STAGING, "cse-staging", "CSE2", "cse.s1.small2", "NONE", "CreateFailed", "", staging_ref, now - 2 * day, 12402);
    vec![mall, legacy, staging]
}

/// The demo engines' last jobs: `cse-mall`'s creation finished, `cse-staging`'s failed.
fn seed(store: &mut Store, _project_id: &str, now: i64) {
    let day = 86_400_000;
    store.items_mut(JOBS).extend([
        json!({"id": 12339, "engineId": MALL, "engineName": "cse-mall", "type": "Create", "_started": now - 30 * day}),
        json!({"id": 9051, "engineId": LEGACY, "engineName": "cse-legacy", "type": "Create", "_started": now - 400 * day}),
        json!({"id": 12402, "engineId": STAGING, "engineName": "cse-staging", "type": "Create", "_started": now - 2 * day, "_fails": true}),
    ]);
}

fn total_ms(kind: &str) -> f64 {
    if kind == "Delete" { DELETE_MS } else { CREATE_MS }
}

/// Applies what ended jobs did: a created engine becomes available, a deleted one goes.
fn settle(store: &mut Store, clock: &Clock, _caller: &str) {
    let mut done: Vec<(String, String)> = Vec::new();
    for job in store.items_mut(JOBS).iter_mut() {
        if job.get("_applied").is_some() || job["_fails"].as_bool() == Some(true) {
            continue;
        }
        let kind = text(job, "type").to_string();
        if clock.elapsed(job["_started"].as_i64().unwrap_or(0)) >= total_ms(&kind) {
            job["_applied"] = json!(true);
            done.push((text(job, "engineId").to_string(), kind));
        }
    }
    for (engine_id, kind) in done {
        if kind == "Delete" {
            store.items_mut(ENGINES).retain(|e| text(e, "id") != engine_id);
        } else if let Some(e) = store.find_mut(ENGINES, "id", &engine_id) {
            if text(e, "status") == "Creating" {
                e["status"] = json!("Available");
                // The engine's addresses come with it: one of its subnet's.
                let ip = e.get("_address").and_then(Value::as_str).unwrap_or_default().to_string();
                let ends = endpoints(&ip);
                e["externalAddress"] = json!(ip);
                e["serviceEndpoint"] = ends.clone();
                e["externalEntrypoint"]["externalAddress"] = json!(ip);
                e["externalEntrypoint"]["serviceEndpoint"] = ends;
            }
        }
    }
}

fn list_flavors(call: &Call) -> Response {
    let Some(spec_type) = call.param("specType").filter(|s| !s.is_empty()) else {
        return call.error(StatusCode::BAD_REQUEST, "SVCSTG.00501134", "The engine type is left blank: set the query parameter specType (CSE or CSE2).");
    };
    let data: Vec<Value> = flavors(spec_type).iter().map(|(f, d)| json!({"flavor": f, "description": d})).collect();
    call.ok(&json!({"total": data.len(), "data": data}))
}

fn next_job_id(store: &Store) -> i64 {
    store.items(JOBS).iter().filter_map(|j| j["id"].as_i64()).max().unwrap_or(17000).max(17000) + 1
}

fn create_engine(call: &Call) -> Response {
    let body = call.body.clone().unwrap_or(Value::Null);
    let name = text(&body, "name").to_string();
    if name.eq_ignore_ascii_case("default") {
        return call.bad_request("name: an engine cannot be named default");
    }
    let spec_type = text(&body, "specType").to_string();
    let flavor = text(&body, "flavor").to_string();
    if !flavors(&spec_type).iter().any(|(f, _)| *f == flavor) {
        return call.error(StatusCode::BAD_REQUEST, "SVCSTG.00501104", &format!("Incorrect format of the engine instance specifications: {flavor} is not a flavor of {spec_type} engines."));
    }
    let project_id = call.project_id();
    let now = call.clock().now;
    call.with_store(|store| {
        if store.items(ENGINES).iter().any(|e| text(e, "name") == name) {
            return call.error(StatusCode::BAD_REQUEST, "SVCSTG.00501111", &format!("Duplicate engine instance name: {name}."));
        }
        let id = new_id();
        let job_id = next_job_id(store);
        let inputs = body.get("inputs").cloned().unwrap_or(json!({}));
        let reference = reference(text(&body, "vpc"), text(&body, "vpcId"), text(&body, "networkId"), text(&body, "subnetCidr"),
            body["azList"].clone(), &flavor, inputs);
        let mut item = engine(&project_id, &id, &name, &spec_type, &flavor, text(&body, "authType"), "Creating", "", reference, now, job_id);
        item["description"] = body.get("description").cloned().unwrap_or(json!(""));
        if let Some(config) = body.get("authConfig") {
            item["authConfig"] = config.clone();
        }
        if let Some(ep) = call.headers.get("x-enterprise-project-id").and_then(|v| v.to_str().ok()).filter(|v| !v.is_empty()) {
            item["enterpriseProjectId"] = json!(ep);
            item["enterpriseProjectName"] = json!(if ep == "0" { "default" } else { ep });
        }
        if let Some(public) = body.get("publicIpId").and_then(Value::as_str) {
            item["reference"]["publicIpId"] = json!(public);
        }
        // Addresses come with the engine: a free address of its subnet.
        let ip = text(&body, "subnetCidr").split('/').next().and_then(|ip| ip.rsplit_once('.')).map(|(net, _)| format!("{net}.{}", 100 + job_id % 100));
        if let Some(ip) = ip {
            item["_address"] = json!(ip);
        }
        item["_kvs"] = json!([]);
        store.items_mut(ENGINES).push(item);
        store.items_mut(JOBS).push(json!({"id": job_id, "engineId": id, "engineName": name, "type": "Create", "_started": now}));
        call.ok(&json!({"id": id, "name": name, "jobId": job_id}))
    })
}

fn delete_engine(call: &Call) -> Response {
    let engine_id = call.param("engine_id").unwrap_or_default().to_string();
    let now = call.clock().now;
    call.with_store(|store| {
        let Some(engine) = store.find(ENGINES, "id", &engine_id).cloned() else {
            return RESOURCES[0].not_found(call, &engine_id);
        };
        if matches!(text(&engine, "status"), "Creating" | "Deleting" | "Upgrading" | "Modifying") {
            return call.error(StatusCode::BAD_REQUEST, "SVCSTG.00501117", &format!("The engine in the current state ({}) cannot be deleted.", text(&engine, "status")));
        }
        let job_id = next_job_id(store);
        if let Some(e) = store.find_mut(ENGINES, "id", &engine_id) {
            e["status"] = json!("Deleting");
            e["latestJobId"] = json!(job_id);
        }
        let name = text(&engine, "name").to_string();
        store.items_mut(JOBS).push(json!({"id": job_id, "engineId": engine_id, "engineName": name, "type": "Delete", "_started": now}));
        call.ok(&json!({"id": engine_id, "name": name, "jobId": job_id}))
    })
}

/// The stages of a job of `kind`: (name, step, description, share of the job's time).
fn stages(kind: &str) -> &'static [(&'static str, &'static str, &'static str, f64)] {
    if kind == "Delete" {
        &[("resourceRelease", "EngineUninstallExecutor", "释放资源", 1.0)]
    } else {
        &[
            ("resourcePrepare", "TenantTaskExecutor", "资源准备", 0.3),
            ("engineDeploy", "EngineDeployExecutor", "引擎部署", 0.8),
            ("engineCheck", "EngineHealthCheckExecutor", "健康检查", 1.0),
        ]
    }
}

/// A job as 6.3.6 answers it, from its start time.
fn present_job(clock: &Clock, job: &Value) -> Value {
    let started = job["_started"].as_i64().unwrap_or(0);
    let t = clock.elapsed(started);
    let kind = text(job, "type");
    let fails = job["_fails"].as_bool() == Some(true);
    let total = total_ms(kind);
    // A failing job stops in its second stage, halfway through.
    let fail_at = INIT_MS + (total - INIT_MS) * 0.55;
    let running = (total - INIT_MS).max(1.0);
    let at = |ms: f64| clock.at(started, ms);
    let job_id = job["id"].as_i64().unwrap_or(0);
    let mut previous_end = INIT_MS;
    let mut tasks = Vec::new();
    for (i, (name, step, description, share)) in stages(kind).iter().enumerate() {
        let begin = previous_end;
        let end = INIT_MS + running * share;
        previous_end = end;
        let status = if t < begin.max(INIT_MS) || (fails && begin >= fail_at) {
            "Init"
        } else if fails && t >= fail_at && fail_at < end {
            "Error"
        } else if t < end {
            "Executing"
        } else {
            "Finished"
        };
        let (start_time, end_time) = match status {
            "Init" => (0, 0),
            "Executing" => (at(begin), 0),
            "Error" => (at(begin), at(fail_at)),
            _ => (at(begin), at(end)),
        };
        tasks.push(json!({
            "taskName": name, "taskNames": [step], "status": status, "startTime": start_time, "endTime": end_time,
            "taskExecutorBrief": {"duration": (end - begin) as i64, "description": description},
            "tasks": [{
                "jobId": job_id, "id": job_id * 10 + i as i64, "type": kind, "assigned": "", "taskName": step,
                "engineName": job["engineName"], "taskOrder": i, "status": status, "startTime": start_time, "endTime": end_time,
                "createTime": started, "updateTime": if end_time > 0 { end_time } else { start_time.max(started) }, "timeout": -1,
                "log": if status == "Error" { "node s6.large.2 in cn-north-4a is sold out" } else { "" }, "output": "{}",
                "taskExecutorBrief": {"duration": (end - begin) as i64, "description": description},
            }],
        }));
    }
    let (status, end_time) = if t < INIT_MS {
        ("Init", 0)
    } else if fails && t >= fail_at {
        ("Error", at(fail_at))
    } else if t < total {
        ("Executing", 0)
    } else {
        ("Finished", at(total))
    };
    json!({
        "id": job_id, "engineId": job["engineId"], "type": kind, "description": "", "status": status,
        "scheduling": i64::from(status == "Executing"), "createUser": "demo", "startTime": started, "endTime": end_time,
        "context": "", "tasks": tasks,
    })
}

fn get_job(call: &Call) -> Response {
    let engine_id = call.param("engine_id").unwrap_or_default().to_string();
    let raw = call.param("job_id").unwrap_or_default().to_string();
    let Ok(job_id) = raw.parse::<i64>() else {
        return call.error(StatusCode::BAD_REQUEST, "SVCSTG.00501152", &format!("Incorrect task ID format: {raw} is not a job ID (the jobId an engine's creation or deletion answers)."));
    };
    call.with_store(|store| {
        match store.items(JOBS).iter().find(|j| j["id"].as_i64() == Some(job_id) && text(j, "engineId") == engine_id) {
            Some(job) => call.ok(&present_job(&call.clock(), job)),
            None => call.error(StatusCode::BAD_REQUEST, "SVCSTG.00501153", &format!("No task found: engine {engine_id} has no job {job_id}.")),
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Import and export (6.2.1, 6.2.2)

/// The engine the `x-engine-id` header names, checked to take key-values (an available 2.x
/// engine); its index in the store.
fn kie_engine(call: &Call, store: &Store) -> Result<usize, Response> {
    let id = call.headers.get("x-engine-id").and_then(|v| v.to_str().ok()).map(str::trim).unwrap_or_default();
    if id.is_empty() {
        return Err(call.bad_request("x-engine-id: required (the engine's ID)"));
    }
    let Some(index) = store.items(ENGINES).iter().position(|e| text(e, "id") == id) else {
        return Err(call.error(StatusCode::NOT_FOUND, "SVCSTG.00400106", &format!("Record does not exist: no engine {id}.")));
    };
    let engine = &store.items(ENGINES)[index];
    if text(engine, "specType") != "CSE2" {
        return Err(call.bad_request(&format!("x-engine-id: {} is a 1.x engine; configuration files are for 2.x engines", text(engine, "name"))));
    }
    if text(engine, "status") != "Available" {
        return Err(call.bad_request(&format!("x-engine-id: {} is not available ({})", text(engine, "name"), text(engine, "status"))));
    }
    Ok(index)
}

/// `key:value` of a `label` parameter.
fn label_param(call: &Call) -> Option<(String, String)> {
    let label = call.param("label").filter(|l| !l.is_empty())?;
    let (k, v) = label.split_once(':')?;
    Some((k.to_string(), v.to_string()))
}

fn labels_of(v: &Value) -> BTreeMap<String, String> {
    v.get("labels").and_then(Value::as_object).map(|m| m.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string())).collect()).unwrap_or_default()
}

fn export_kie(call: &Call) -> Response {
    let ids: Vec<String> = call.field("ids").and_then(Value::as_array).map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect()).unwrap_or_default();
    let label = label_param(call);
    let exact = call.param("match") == Some("exact");
    call.with_store(|store| {
        let index = match kie_engine(call, store) {
            Ok(i) => i,
            Err(refused) => return refused,
        };
        let kvs = store.items(ENGINES)[index]["_kvs"].as_array().cloned().unwrap_or_default();
        let data: Vec<Value> = kvs
            .iter()
            .filter(|kv| ids.is_empty() || ids.iter().any(|id| id == text(kv, "id")))
            .filter(|kv| match &label {
                None => true,
                Some((k, v)) => {
                    let labels = labels_of(kv);
                    labels.get(k) == Some(v) && (!exact || labels.len() == 1)
                }
            })
            .map(|kv| json!({"id": kv["id"], "key": kv["key"], "labels": kv["labels"], "value": kv["value"], "status": kv["status"], "value_type": kv["value_type"]}))
            .collect();
        call.ok(&json!({"metadata": {"version": "2.0.0"}, "data": data}))
    })
}

/// One entry of an imported file, checked.
fn entry_problem(entry: &Value) -> Option<&'static str> {
    match (entry.get("key"), entry.get("value")) {
        (Some(Value::String(k)), Some(Value::String(_))) if !k.is_empty() => None,
        _ => Some("Configuration item key/value is null or not a string."),
    }
}

fn import_kie(call: &Call) -> Response {
    let content_type = call.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let parts = match multipart::parse(content_type, call.raw) {
        Ok(parts) => parts,
        Err(e) => return call.bad_request(&format!("upload_file: {e}")),
    };
    let Some(file) = parts.iter().find(|p| p.name == "upload_file") else {
        return call.bad_request("upload_file: required (a .json file)");
    };
    let file_name = file.filename.clone().unwrap_or_default();
    if !file_name.to_ascii_lowercase().ends_with(".json") || file.data.iter().all(u8::is_ascii_whitespace) {
        return call.error(StatusCode::BAD_REQUEST, "SVCSTG.00400651", "The file is empty or in an incorrect format: upload a non-empty file whose name ends in .json.");
    }
    let entries = match serde_json::from_slice::<Value>(file.data) {
        Ok(Value::Object(mut doc)) => match doc.remove("data") {
            Some(Value::Array(items)) => items,
            _ => return call.error(StatusCode::BAD_REQUEST, "SVCSTG.00400650", "Invalid configuration file: it has no data list."),
        },
        _ => return call.error(StatusCode::BAD_REQUEST, "SVCSTG.00400650", "Invalid configuration file: it is not a JSON object."),
    };
    let policy = call.param("override").unwrap_or("skip").to_string();
    let label = label_param(call);
    let now = call.clock().now;
    call.with_store(|store| {
        let index = match kie_engine(call, store) {
            Ok(i) => i,
            Err(refused) => return refused,
        };
        let mut kvs = store.items(ENGINES)[index]["_kvs"].as_array().cloned().unwrap_or_default();
        let mut revision = kvs.iter().filter_map(|kv| kv["update_revision"].as_i64()).max().unwrap_or(0);
        let (mut success, mut failure) = (Vec::new(), Vec::new());
        let mut aborted = false;
        for entry in entries {
            let labels: Map<String, Value> = match &label {
                Some((k, v)) => [(k.clone(), json!(v))].into_iter().collect(),
                None => entry.get("labels").and_then(Value::as_object).cloned().unwrap_or_default(),
            };
            let fail = |code: &str, message: &str| json!({"key": entry.get("key").cloned().unwrap_or(Value::Null), "labels": labels, "error_code": code, "error_message": message});
            if aborted {
                failure.push(fail("SVCSTG.00400107", "Not imported: the import stopped at an earlier duplicate."));
                continue;
            }
            if let Some(problem) = entry_problem(&entry) {
                failure.push(fail("SVCSTG.00400652", problem));
                continue;
            }
            let key = text(&entry, "key").to_string();
            let wanted = labels_of(&json!({"labels": labels}));
            let existing = kvs.iter().position(|kv| text(kv, "key") == key && labels_of(kv) == wanted);
            revision += 1;
            let status = entry.get("status").and_then(Value::as_str).unwrap_or("enabled");
            let value_type = entry.get("value_type").and_then(Value::as_str).unwrap_or("text");
            match existing {
                Some(_) if policy == "skip" => failure.push(fail("SVCSTG.00400107", "Record already exist: skipped.")),
                Some(_) if policy == "abort" => {
                    failure.push(fail("SVCSTG.00400107", "Record already exist: the import stops here."));
                    aborted = true;
                }
                Some(i) => {
                    let kv = &mut kvs[i];
                    kv["value"] = entry["value"].clone();
                    kv["status"] = json!(status);
                    kv["value_type"] = json!(value_type);
                    kv["update_time"] = json!(now / 1000);
                    kv["update_revision"] = json!(revision);
                    success.push(kv.clone());
                }
                None => {
                    let kv = json!({"id": new_id(), "key": key, "value": entry["value"], "value_type": value_type, "status": status,
                        "labels": labels, "create_time": now / 1000, "update_time": now / 1000,
                        "create_revision": revision, "update_revision": revision});
                    kvs.push(kv.clone());
                    success.push(kv);
                }
            }
        }
        store.items_mut(ENGINES)[index]["_kvs"] = Value::Array(kvs);
        call.ok(&json!({"success": success, "failure": failure}))
    })
}
