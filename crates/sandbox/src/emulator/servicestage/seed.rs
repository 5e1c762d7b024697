//! The demo data of a new project: five environments, an application with three components
//! (one running, one stopped, one whose deployment failed) and an empty one, the system
//! runtime stacks and a custom one, a config group with configs and their histories, an addon,
//! IaC resources with a provisioning run, and the jobs and records behind all of them.

use opsdeck_api::json_path::{dotted, set_at};
use serde_json::{json, Value};

use super::super::engine::crud::PARENT;
use super::super::engine::{new_id, Store};
use super::jobs::{self, JobSpec, TaskSpec};
use super::{environments, APP_CONFIGS, RECORDS};

const DAY_MS: i64 = 86_400_000;

pub const DEV_ENV: &str = "00078e9d-a61c-476e-ac63-a10c9cb2638e";
pub const TEST_ENV: &str = "4c1b7a3e-5a52-4b5e-9a0f-2f7f4f0c1a11";
pub const STAGING_ENV: &str = "9a3f0d52-1e4b-4c8e-b5f1-7d2a6c9e8b30";
pub const PROD_ENV: &str = "ea011e01-2eb5-453f-87bf-874e4a855abe";
pub const PERF_ENV: &str = "b7e2c1d0-3f4a-4b5c-9d6e-7f8a9b0c1d2e";

// The environments' VPC and CCE clusters are items of the emulated VPC and CCE lists
// (`emulator::vpc`, `emulator::cce`), so what the pickers offer is what the environments use.
pub const ENV_VPC: &str = "29d55020-ae0e-4a18-871c-93e6976ee7bd";
pub const TEST_CCE: &str = "523498f1-36c4-11eb-ae36-0255ac1000c2";
const TEST_CSE: &str = "b4e49ad5-5142-437d-8a6b-1de66b1af0db";
pub const STAGING_CCE: &str = "7d1f2b3c-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
pub const PROD_CCE: &str = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

pub const MALL_APP: &str = "6e3a9b1c-2f4d-4e8a-9c7b-1a2b3c4d5e6f";
pub const BLOG_APP: &str = "7f4b0c2d-3e5f-4f9b-8d6c-2b3c4d5e6f70";

pub const ORDER_COMPONENT: &str = "b8702b0f-94d3-4822-98a1-56815632a0a0";
pub const PORTAL_COMPONENT: &str = "c9813c1a-05e4-4933-a9b2-67926743b1b1";
pub const REPORT_COMPONENT: &str = "d0924d2b-16f5-4a44-bac3-78a37854c2c2";

pub const MALL_GROUP: &str = "4808b50d-d7f3-401b-9175-968cb4f9892b";
pub const SHARED_GROUP: &str = "f3e6d5b4-4d7d-4009-b806-22cfed2ac6ea";
pub const ORDER_CONFIG: &str = "f5a52d93-1587-45cf-b8fe-5c7f204b98d1";
pub const ROUTES_CONFIG: &str = "2cb1897e-c23b-48a5-993c-dc7ad3c552a0";

pub const SERMANT_ADDON: &str = "a2cdf0e2-8495-4db5-82f7-a23b97b57787";
pub const CUSTOM_STACK: &str = "b153f6b8-9335-46a1-913e-c2d8f966d4b2";

fn ago(now: i64, days: i64) -> i64 {
    now - days * DAY_MS
}

pub fn environments(project_id: &str, now: i64) -> Vec<Value> {
    let base = ago(now, 40);
    let env = |i: i64, id: &str, name: &str, mode: &str, description: &str, labels: Value, resources: Value| {
        json!({
            "id": id,
            "name": name,
            "description": description,
            "project_id": project_id,
            "enterprise_project_id": "0",
            "deploy_mode": mode,
            "vpc_id": ENV_VPC,
            "creator": "ss-admin",
            "create_time": base + i * 3 * DAY_MS,
            "update_time": base + i * 3 * DAY_MS + 3_600_000,
            "labels": labels,
            "resources": resources,
        })
    };
    vec![
        env(0, DEV_ENV, "development-env", "virtualmachine", "Developers' sandbox",
            json!([{"key": "team", "value": "payments"}]),
            json!([{"id": "329b135e-7b31-4ea6-afb9-b69017bd0a80", "type": "ecs", "name": "ecs-dev-01"}])),
        env(1, TEST_ENV, "test-env", "container", "Integration tests",
            json!([{"key": "team", "value": "payments"}, {"key": "stage", "value": "test"}]),
            json!([{"id": TEST_CCE, "type": "cce", "name": "cce-test"}, {"id": TEST_CSE, "type": "cse", "name": "cse-test"}])),
        env(2, STAGING_ENV, "staging-env", "container", "Pre-production, mirrors production",
            json!([{"key": "stage", "value": "staging"}]),
            json!([{"id": STAGING_CCE, "type": "cce", "name": "cce-staging"},
                   {"id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", "type": "elb", "name": "elb-staging"}])),
        env(3, PROD_ENV, "production-env", "mixed", "Production",
            json!([{"key": "stage", "value": "prod"}, {"key": "owner", "value": "sre"}]),
            json!([{"id": PROD_CCE, "type": "cce", "name": "cce-prod"},
                   {"id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "type": "rds", "name": "rds-orders"},
                   {"id": "3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f", "type": "dcs", "name": "dcs-sessions"}])),
        env(4, PERF_ENV, "perf-env", "virtualmachine", "Load tests", json!([]), json!([])),
    ]
}

pub fn applications(project_id: &str, now: i64) -> Vec<Value> {
    let app = |id: &str, name: &str, description: &str, days: i64, labels: Value| {
        json!({
            "id": id, "name": name, "description": description, "project_id": project_id,
            "enterprise_project_id": "0", "creator": "ss-admin",
            "create_time": ago(now, days), "update_time": ago(now, days) + 7_200_000, "labels": labels,
        })
    };
    vec![
        app(MALL_APP, "mall-demo", "Online shop: orders, web portal and reports", 30, json!([{"key": "team", "value": "payments"}])),
        app(BLOG_APP, "blog-demo", "An empty application", 8, json!([])),
    ]
}

#[allow(clippy::too_many_arguments)]
fn component(id: &str, name: &str, env: &str, stack: Value, version: &str, source: Value, replica: i64, status: Value, extra: Value, now: i64, days: i64) -> Value {
    let mut c = json!({
        "id": id, "name": name, "labels": [], "description": "", "runtime_stack": stack,
        "environment_id": env, "application_id": MALL_APP, "version": version, "source": source,
        "replica": replica, "creator": "ss-admin", "envs": [],
        "status": status, PARENT: MALL_APP,
    });
    if let (Some(c), Some(extra)) = (c.as_object_mut(), extra.as_object()) {
        c.extend(extra.clone());
    }
    if let Some(s) = c.get_mut("status") {
        s["create_time"] = json!(ago(now, days));
        s["update_time"] = json!(ago(now, days.min(2)));
        s["creator"] = json!("ss-admin");
    }
    c
}

pub fn components(_project_id: &str, now: i64) -> Vec<Value> {
    vec![
        component(
            ORDER_COMPONENT, "order-service", TEST_ENV,
            json!({"name": "OpenJDK8", "type": "Java", "version": "1.2.0", "deploy_mode": "container"}),
            "1.0.2",
            json!({"kind": "package", "url": "obs://mall-artifacts/order-service-1.0.2.jar", "storage": "obs", "version": ""}),
            2,
            json!({"component_status": "RUNNING", "available_replica": 2, "replica": 2, "fail_detail": null}),
            json!({
                "platform_type": "cce", "workload_kind": "deployment",
                "limit_cpu": 0.5, "limit_memory": 1.0, "request_cpu": 0.25, "request_memory": 0.5,
                "build": {"parameters": {"cluster_id": TEST_CCE, "environment_id": TEST_ENV}},
                "deploy_strategy": {"type": "RollingRelease", "rolling_release": {"batches": 1}},
                "refer_resources": [{"id": TEST_CCE, "type": "cce", "parameters": {"namespace": "default"}}],
                "external_accesses": [{"protocol": "http", "address": "order.test.example.com", "forward_port": 8080}],
                "envs": [{"name": "JAVA_OPTS", "value": "-Xmx512m"}],
            }),
            now, 20,
        ),
        component(
            PORTAL_COMPONENT, "web-portal", STAGING_ENV,
            json!({"name": "Nodejs16", "type": "Nodejs", "version": "1.0.4", "deploy_mode": "container"}),
            "2.3.0",
            json!({"kind": "image", "url": "swr.cn-north-4.myhuaweicloud.com/mall/web-portal:2.3.0", "storage": "swr"}),
            1,
            json!({"component_status": "STOPPED", "available_replica": 0, "replica": 1, "fail_detail": null}),
            json!({
                "platform_type": "cce", "workload_kind": "deployment",
                "deploy_strategy": {"type": "OneBatchRelease"},
                "refer_resources": [{"id": STAGING_CCE, "type": "cce", "parameters": {"namespace": "default"}}],
            }),
            now, 10,
        ),
        component(
            REPORT_COMPONENT, "report-worker", PERF_ENV,
            json!({"name": "OpenJDK11", "type": "Java", "version": "1.3.7", "deploy_mode": "virtualmachine"}),
            "0.9.0",
            json!({"kind": "package", "url": "obs://mall-artifacts/report-worker-0.9.0.jar", "storage": "obs"}),
            1,
            json!({"component_status": "FAILED", "available_replica": 0, "replica": 1, "fail_detail": "create_failed"}),
            json!({
                "platform_type": "vm",
                "deploy_strategy": {"type": "OneBatchRelease"},
                "refer_resources": [{"id": "Default", "type": "ecs", "parameters": {"hosts": []}}],
            }),
            now, 1,
        ),
    ]
}

pub fn runtime_stacks(project_id: &str, now: i64) -> Vec<Value> {
    let system = [
        ("1c5e7000-f2f2-4fc2-988f-0a22ca67940f", "OpenJDK8", "Java", "1.2.0", "virtualmachine", "OpenJDK-1.8.0_412"),
        ("2d6f8111-a3b4-4c5d-8e6f-7a8b9c0d1e2f", "OpenJDK11", "Java", "1.3.7", "virtualmachine", "OpenJDK-11.0.23"),
        ("3e7a9222-b4c5-4d6e-9f7a-8b9c0d1e2f3a", "OpenJDK17", "Java", "1.3.7", "virtualmachine", "OpenJDK-17.0.11"),
        ("4f8b0333-c5d6-4e7f-8a8b-9c0d1e2f3a4b", "Tomcat8", "Tomcat", "1.2.0", "virtualmachine", "Tomcat-8.5.100"),
        ("5a9c1444-d6e7-4f8a-9b9c-0d1e2f3a4b5c", "Tomcat9", "Tomcat", "1.3.0", "virtualmachine", "Tomcat-9.0.89"),
        ("6bad2555-e7f8-4a9b-8cad-1e2f3a4b5c6d", "Nodejs14", "Nodejs", "1.0.4", "virtualmachine", "Node.js-14.21.3"),
        ("7cbe3666-f8a9-4bac-9dbe-2f3a4b5c6d7e", "Nodejs16", "Nodejs", "1.0.4", "virtualmachine", "Node.js-16.20.2"),
        ("8dcf4777-a9ba-4cbd-8ecf-3a4b5c6d7e8f", "Python3", "Python", "1.0.0", "virtualmachine", "Python-3.9.19"),
        ("9ed05888-bacb-4dce-9fd0-4b5c6d7e8f9a", "Php7", "Php", "1.0.0", "virtualmachine", "PHP-7.4.33"),
        ("0fe16999-cbdc-4edf-8ae1-5c6d7e8f9a0b", "Docker", "Docker", "", "container", "Docker"),
    ];
    let mut stacks: Vec<Value> = system
        .iter()
        .map(|(id, name, kind, version, mode, sdk)| {
            json!({
                "id": id, "name": name, "project_id": project_id, "deploy_mode": mode, "type": kind,
                "version": version, "spec": {"os": "Linux", "sdk": sdk, "parameters": null},
                "system": 1, "status": "Supported", "create_time": ago(now, 90), "update_time": ago(now, 60),
            })
        })
        .collect();
    stacks.push(json!({
        "id": CUSTOM_STACK, "name": "CustomJdk", "project_id": project_id, "deploy_mode": "virtualmachine",
        "type": "Java", "version": "1.0.0", "description": "BiSheng JDK for ARM hosts",
        "spec": {"os": null, "sdk": null, "parameters": {"jdk_url": "obs://mall-artifacts/bisheng-jdk-8u412-linux-aarch64.tar.gz"}},
        "system": 0, "status": "Disable", "creator": "ss-admin", "create_time": ago(now, 6), "update_time": ago(now, 6),
    }));
    stacks
}

pub fn config_groups(project_id: &str, now: i64) -> Vec<Value> {
    vec![
        json!({"id": MALL_GROUP, "name": "mall-config", "description": "Configuration of the mall services",
               "creator": "ss-admin", "project_id": project_id, "create_time": ago(now, 25)}),
        json!({"id": SHARED_GROUP, "name": "shared-config", "description": "",
               "creator": "ss-admin", "project_id": project_id, "create_time": ago(now, 12)}),
    ]
}

pub fn configs(project_id: &str, now: i64) -> Vec<Value> {
    vec![
        json!({
            "id": ORDER_CONFIG, "config_group_id": MALL_GROUP, "name": "order-service-config", "description": "",
            "type": "properties", "content": "order.timeout = 30s\norder.retries = 3", "version": "v2",
            "project_id": project_id, "sensitive": false, "creator": "ss-admin",
            "create_time": ago(now, 24), "update_time": ago(now, 4), PARENT: MALL_GROUP, "_bindings": [ORDER_COMPONENT],
        }),
        json!({
            "id": ROUTES_CONFIG, "config_group_id": MALL_GROUP, "name": "gateway-routes", "description": "Routes of the API gateway",
            "type": "yaml", "content": "routes:\n  - path: /orders\n    service: order-service\n", "version": "v1",
            "project_id": project_id, "sensitive": false, "creator": "ss-admin",
            "create_time": ago(now, 15), "update_time": ago(now, 15), PARENT: MALL_GROUP, "_bindings": [],
        }),
    ]
}

pub fn config_histories(_project_id: &str, now: i64) -> Vec<Value> {
    let history = |id: &str, config: &str, name: &str, kind: &str, content: &str, version: &str, days: i64, bound: bool| {
        let components = if bound {
            json!([{"application_id": MALL_APP, "component_id": ORDER_COMPONENT, "component_name": "order-service", "environment_id": TEST_ENV}])
        } else {
            json!([])
        };
        json!({
            "config_history_id": id, "config_id": config, "content": content, "type": kind, "version": version,
            "create_time": ago(now, days), "components": components, "creator": "ss-admin", "group_id": MALL_GROUP,
            "config_name": name, "description": "", "sensitive": false, PARENT: config,
        })
    };
    vec![
        history("adacc5dc-a497-4023-b292-3b3cf37347f8", ORDER_CONFIG, "order-service-config", "properties", "order.timeout = 10s", "v1", 24, true),
        history("e9c52a5f-0f7c-48a2-b89c-29dd349d1a35", ORDER_CONFIG, "order-service-config", "properties", "order.timeout = 30s\norder.retries = 3", "v2", 4, true),
        history("1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9", ROUTES_CONFIG, "gateway-routes", "yaml", "routes:\n  - path: /orders\n    service: order-service\n", "v1", 15, false),
    ]
}

pub fn addons(_project_id: &str, _now: i64) -> Vec<Value> {
    vec![json!({
        "id": SERMANT_ADDON, "name": "sermantInjector", "version": "1.3.1.0", "cce_id": TEST_CCE, "cse_id": TEST_CSE,
        "environment_id": TEST_ENV, "status": "SUCCEEDED", "job_id": null, PARENT: TEST_ENV,
    })]
}

/// A finished job of the demo history (no effects: the seeded state is its outcome).
fn past_job(project: &mut Store, project_id: &str, at: i64, job_type: &'static str, instance: &str, tasks: &[(&str, i64)], fail: Option<usize>) -> String {
    let tasks = tasks.iter().map(|(name, ms)| TaskSpec::new(*name, *ms)).collect();
    let fail = fail.map(|i| (i, "the environment has no ECS or AS resource to deploy the component onto".to_string()));
    jobs::start(project, project_id, at, JobSpec { job_type, instance: instance.into(), tasks, fail, on_success: vec![], on_failure: vec![] })
}

fn record(project: &mut Store, component: &str, version: &str, deploy_type: &str, action: &str, at: i64, job_id: &str) {
    project.items_mut(RECORDS).push(json!({
        "id": new_id(), PARENT: component, "instance_id": component, "version": version, "deploy_type": deploy_type,
        "description": {"action": action, "operator": "ss-admin"}, "begin_time": super::super::engine::iso_time(at),
        "jobs": [{"sequence": 0, "deploy_type": deploy_type, "job_id": job_id,
                  "job_info": {"deploy_type": deploy_type, "source_url": null, "replica": 1}}],
        "_jobs": [job_id], "_create_time": at, "_update_time": at,
    }));
}

fn set_last_job(project: &mut Store, key: &'static str, id: &str, path: &str, job_id: &str) {
    if let Some(item) = project.find_mut(key, "id", id) {
        set_at(item, &dotted(path), json!(job_id));
    }
}

/// The demo data that is not a resource's own list: jobs, deployment records, application
/// configuration, and a provisioning run of IaC resources.
pub fn seed_internal(project: &mut Store, project_id: &str, now: i64) {
    const CCE_DEPLOY: &[(&str, i64)] = &[("CCEAPP_CONTEXT_PREPARE_01", 800), ("CCEAPP_DEPLOY_001", 2000), ("CCEAPP_HEALTH_CHECK_01", 1500)];
    const CCE_UPGRADE: &[(&str, i64)] = &[("CCEAPP_CONTEXT_PREPARE_01", 800), ("CCEAPP_UPGRADE_002", 2000), ("CCEAPP_HEALTH_CHECK_01", 1200)];
    const VM_DEPLOY: &[(&str, i64)] = &[("VMAPP_CONTEXT_PREPARE_01", 800), ("VMAPP_DEPLOY_001", 2000), ("VMAPP_HEALTH_CHECK_01", 1500)];

    let j = past_job(project, project_id, ago(now, 20), "PROVISION", ORDER_COMPONENT, CCE_DEPLOY, None);
    record(project, ORDER_COMPONENT, "1.0.1", "RollingRelease", "create", ago(now, 20), &j);
    let j = past_job(project, project_id, ago(now, 3), "DAILY_OPERATION", ORDER_COMPONENT, CCE_UPGRADE, None);
    record(project, ORDER_COMPONENT, "1.0.2", "RollingRelease", "upgrade", ago(now, 3), &j);
    set_last_job(project, "components", ORDER_COMPONENT, "status.last_job_id", &j);

    let j = past_job(project, project_id, ago(now, 10), "PROVISION", PORTAL_COMPONENT, CCE_DEPLOY, None);
    record(project, PORTAL_COMPONENT, "2.3.0", "OneBatchRelease", "create", ago(now, 10), &j);
    let j = past_job(project, project_id, ago(now, 2), "DAILY_OPERATION", PORTAL_COMPONENT, &[("CCEAPP_STOP_01", 1500)], None);
    record(project, PORTAL_COMPONENT, "2.3.0", "OneBatchRelease", "stop", ago(now, 2), &j);
    set_last_job(project, "components", PORTAL_COMPONENT, "status.last_job_id", &j);

    let j = past_job(project, project_id, ago(now, 1), "PROVISION", REPORT_COMPONENT, VM_DEPLOY, Some(1));
    record(project, REPORT_COMPONENT, "0.9.0", "OneBatchRelease", "create", ago(now, 1), &j);
    set_last_job(project, "components", REPORT_COMPONENT, "status.last_job_id", &j);

    let j = past_job(project, project_id, ago(now, 5), "PROVISION", SERMANT_ADDON,
        &[("ADDON_PREPARE_01", 800), ("ADDON_INSTALL_01", 2500), ("ADDON_HEALTH_CHECK_01", 1000)], None);
    set_last_job(project, "addons", SERMANT_ADDON, "job_id", &j);

    project.items_mut(APP_CONFIGS).push(json!({
        "application_id": MALL_APP, "environment_id": TEST_ENV,
        "configuration": {"env": [{"name": "SPRING_PROFILES_ACTIVE", "value": "test"}, {"name": "LOG_LEVEL", "value": "info"}]},
    }));

    // Staging created an elastic IP from a template a week ago; a database replica waits.
    project.items_mut("iac-resources").push(json!({
        "id": "eipe05", "name": "eip-staging", "type": "eip", "status": "INIT",
        "vars_structure": [{"var_key": "bandwidth", "var_value": ""}],
        "vars_body": {"name": "eip-staging", "ip_type": "5_bgp", "bandwidth": {"name": "bandwidth-7ca", "size": 10, "share_type": "PER"}},
        PARENT: STAGING_ENV,
    }));
    let _ = environments::start_provision(project, project_id, STAGING_ENV, ago(now, 7));
    project.items_mut("iac-resources").push(json!({
        "id": "rds-orders-replica", "name": "rds-orders-replica", "type": "rds", "status": "INIT",
        "vars_structure": [{"var_key": "flavor", "var_value": ""}],
        "vars_body": {"flavor": "rds.mysql.n1.large.2", "volume_size": 100},
        PARENT: STAGING_ENV,
    }));
}
