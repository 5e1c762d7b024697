//! Applications (4.2): the generic store keeps them; here are their component count and
//! their configuration per environment (4.2.6–4.2.8: environment variables), kept in the
//! internal `application-configurations` collection.

use axum::response::Response;
use opsdeck_api::servicestage::v3::resources as ss;
use serde_json::{json, Map, Value};

use super::super::engine::crud;
use super::super::engine::{Call, Store};
use super::{busy, invalid, not_found, run, text, APP_CONFIGS};

/// The number of components in the application.
pub fn present(project: &Store, app: &mut Map<String, Value>) {
    let id = app.get("id").and_then(Value::as_str).unwrap_or_default();
    let count = project.items("components").iter().filter(|c| text(c, "application_id") == id).count();
    app.insert("component_count".into(), json!(count));
}

/// The application the path names (404 SVCSTG.00100403 when there is none).
fn application_id(call: &Call, project: &Store) -> Result<String, Response> {
    let id = call.param("application_id").unwrap_or_default();
    match project.find("applications", "id", id) {
        Some(_) => Ok(id.to_string()),
        None => Err(not_found(&ss::APPLICATIONS)),
    }
}

fn environment_exists(project: &Store, id: &str) -> Result<(), Response> {
    match project.find("environments", "id", id) {
        Some(_) => Ok(()),
        None => Err(not_found(&ss::ENVIRONMENTS)),
    }
}

fn shown(config: &Value) -> Value {
    crud::cut(config.clone(), None)
}

/// 4.2.6: the configuration of every environment, or of the one asked for.
pub fn get_configuration(call: &Call) -> Response {
    run(call, |project| {
        let app = application_id(call, project)?;
        let env = call.param("environment_id").filter(|e| !e.is_empty());
        let list: Vec<Value> = project
            .items(APP_CONFIGS)
            .iter()
            .filter(|c| text(c, "application_id") == app && env.is_none_or(|e| text(c, "environment_id") == e))
            .map(shown)
            .collect();
        Ok(call.ok(&json!({"configuration": list})))
    })
}

/// 4.2.7: replaces the environment variables of one environment; names are unique there.
pub fn put_configuration(call: &Call) -> Response {
    run(call, |project| {
        let app = application_id(call, project)?;
        let env = call.field("environment_id").and_then(Value::as_str).unwrap_or_default().to_string();
        environment_exists(project, &env)?;
        let vars: Vec<Value> = call.body.as_ref().and_then(|b| b.pointer("/configuration/env")).and_then(Value::as_array).cloned().unwrap_or_default();
        let mut seen = Vec::new();
        for (i, var) in vars.iter().enumerate() {
            let name = text(var, "name");
            if seen.contains(&name) {
                return Err(invalid(&format!("configuration.env[{i}].name: {name} is already set in this environment")));
            }
            seen.push(name);
        }
        let config = json!({"application_id": app, "environment_id": env, "configuration": {"env": vars}});
        let items = project.items_mut(APP_CONFIGS);
        match items.iter_mut().find(|c| text(c, "application_id") == app && text(c, "environment_id") == env) {
            Some(existing) => *existing = config.clone(),
            None => items.push(config.clone()),
        }
        Ok(call.ok(&shown(&config)))
    })
}

/// 4.2.8: removes one environment's configuration; refused (409) while a component of the
/// application is being deployed there.
pub fn delete_configuration(call: &Call) -> Response {
    run(call, |project| {
        let app = application_id(call, project)?;
        let env = call.param("environment_id").unwrap_or_default().to_string();
        environment_exists(project, &env)?;
        let deploying = project.items("components").iter().any(|c| {
            text(c, "application_id") == app
                && text(c, "environment_id") == env
                && ["INITIALIZING", "UPGRADING", "STARTING", "RESTARTING"].contains(&c.pointer("/status/component_status").and_then(Value::as_str).unwrap_or_default())
        });
        if deploying {
            return Err(busy("a component of the application is being deployed in this environment"));
        }
        project.items_mut(APP_CONFIGS).retain(|c| !(text(c, "application_id") == app && text(c, "environment_id") == env));
        Ok(call.done())
    })
}
