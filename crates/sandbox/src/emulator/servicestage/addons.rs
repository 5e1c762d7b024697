//! Addons (4.7): installed into a CCE cluster of their environment from the catalogue
//! (4.7.3); installing, restarting, redeploying and removing are jobs whose end sets the
//! addon's status (or removes it).

use axum::response::Response;
use opsdeck_api::servicestage::v3::resources as ss;
use serde_json::{json, Map, Value};

use super::super::engine::crud::{self, PARENT};
use super::super::engine::{Call, Store};
use super::jobs::{self, JobSpec, TaskSpec};
use super::{behavior, not_found, busy, invalid, run, text};

const ADDONS: &str = "addons";

/// The addons the sandbox can install, with their latest versions.
pub const CATALOGUE: &[(&str, &str)] = &[("sermantInjector", "1.3.1.0")];

const BUSY: &[&str] = &["INITIALIZING", "UPGRADING", "DELETING"];

/// Whether `cce_id` is a CCE cluster of the environment: managed (4.1.6) or created (4.1.7).
fn environment_has_cluster(project: &Store, env_id: &str, cce_id: &str) -> bool {
    let managed = project
        .find("environments", "id", env_id)
        .and_then(|env| env.get("resources"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .any(|r| text(r, "type") == "cce" && text(r, "id") == cce_id);
    let created = project.items("iac-resources").iter().any(|r| {
        r.get(PARENT).and_then(Value::as_str) == Some(env_id) && text(r, "type") == "cce" && (text(r, "resource_id") == cce_id || text(r, "id") == cce_id)
    });
    managed || created
}

/// A job on the addon `id` that ends with `on_success`.
fn start(project: &mut Store, call: &Call, id: &str, job_type: &'static str, steps: &[(&str, i64)], on_success: Value) -> String {
    let tasks = steps.iter().map(|(name, ms)| TaskSpec::new(*name, *ms)).collect();
    let job_id = jobs::start(
        project,
        &call.project_id(),
        call.state.now(),
        JobSpec { job_type, instance: id.to_string(), tasks, fail: None, on_success: vec![on_success], on_failure: vec![] },
    );
    if let Some(addon) = project.find_mut(ADDONS, "id", id) {
        addon["job_id"] = json!(job_id);
    }
    job_id
}

/// 4.7.1: installs an addon of the catalogue into one of the environment's CCE clusters.
pub fn create(call: &Call) -> Response {
    run(call, |project| {
        let b = behavior(&ss::ADDONS);
        let env_id = crud::parent_id(b, call, project)?.unwrap_or_default();
        let name = call.field("name").and_then(Value::as_str).unwrap_or_default();
        let cce_id = call.field("cce_id").and_then(Value::as_str).unwrap_or_default();
        if !environment_has_cluster(project, &env_id, cce_id) {
            return Err(invalid(&format!("cce_id: {cce_id} is not a CCE cluster of the environment")));
        }
        let version = CATALOGUE.iter().find(|(n, _)| *n == name).map_or("1.0.0", |(_, v)| *v);
        let mut extra = Map::new();
        extra.insert("version".into(), json!(version));
        extra.insert("status".into(), json!("INITIALIZING"));
        let index = crud::create(b, call, project, extra)?;
        let id = project.items(ADDONS).get(index).map(|a| text(a, "id").to_string()).unwrap_or_default();
        let steps = [("ADDON_PREPARE_01", 800), ("ADDON_INSTALL_01", 2500), ("ADDON_HEALTH_CHECK_01", 1000)];
        let job_id = start(project, call, &id, "PROVISION", &steps, jobs::set(ADDONS, &id, json!({"status": "SUCCEEDED"})));
        Ok(call.ok(&json!({"job_id": job_id, "id": id})))
    })
}

/// 4.7.3: the catalogue.
pub fn metadata(call: &Call) -> Response {
    run(call, |project| {
        if project.find("environments", "id", call.param("environment_id").unwrap_or_default()).is_none() {
            return Err(not_found(&ss::ENVIRONMENTS));
        }
        let addons: Vec<Value> = CATALOGUE.iter().map(|(name, version)| json!({"name": name, "latest_version": version})).collect();
        Ok(call.ok(&json!({"addons": addons})))
    })
}

/// The addon the call addresses, unless a job is working on it.
fn idle_addon(call: &Call, project: &Store) -> Result<String, Response> {
    let b = behavior(&ss::ADDONS);
    let index = crud::find(b, call, project)?;
    let addon = &project.items(ADDONS)[index];
    let status = text(addon, "status");
    if BUSY.contains(&status) {
        return Err(busy(&format!("the addon is {status}")));
    }
    Ok(text(addon, "id").to_string())
}

/// 4.7.5: restarts or redeploys the addon.
pub fn action(call: &Call) -> Response {
    run(call, |project| {
        let id = idle_addon(call, project)?;
        let step = if call.field("action").and_then(Value::as_str) == Some("redeploy") { "ADDON_REDEPLOY_01" } else { "ADDON_RESTART_01" };
        if let Some(addon) = project.find_mut(ADDONS, "id", &id) {
            addon["status"] = json!("UPGRADING");
        }
        let steps = [(step, 2000), ("ADDON_HEALTH_CHECK_01", 800)];
        let job_id = start(project, call, &id, "DAILY_OPERATION", &steps, jobs::set(ADDONS, &id, json!({"status": "SUCCEEDED"})));
        Ok(call.ok(&json!({"job_id": job_id})))
    })
}

/// 4.7.6: uninstalls the addon; it is DELETING until the job ends, then gone.
pub fn delete(call: &Call) -> Response {
    run(call, |project| {
        let id = idle_addon(call, project)?;
        if let Some(addon) = project.find_mut(ADDONS, "id", &id) {
            addon["status"] = json!("DELETING");
        }
        let job_id = start(project, call, &id, "DEPROVISION", &[("ADDON_UNINSTALL_01", 2000)], jobs::remove(ADDONS, &id));
        Ok(call.ok(&json!({"job_id": job_id})))
    })
}
