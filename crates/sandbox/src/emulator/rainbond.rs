//! Rainbond OpenAPI: copying an app's components to another team/region/app (document 000) and
//! installing an app from an app market (document 001), with the team, region, app, component
//! and market lists their forms choose from.
//!
//! Two teams (`o19p6wen`, two regions; `k2vz8d0a`, one), five apps, and one market
//! (`rainbond`, access key `123456789012340af5dff63cb740788e`) with three apps. Created
//! components are `creating`, then `deploying` while they build, then `running` after a few
//! seconds (installed without `is_deploy=true` they stay `undeploy`). Copying the `legacy-php`
//! component, or installing Gitea `1.22.0-beta`, builds a component that ends `build_failed`.
//! A wrong market access key is refused with 403; unknown teams, regions, apps, components,
//! market apps and versions with 404. Errors are `{"code", "msg", "msg_show"}`.
//!
//! `team_id` in paths is matched against the team's id or its unique name (`tenant_name`), as
//! the copy's `target_team_name` is a name.

use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{json, Value};

use super::tasks::{self, elapsed, hex_id, int, public, text};
use super::{json_response, Call, Project};

const STORE: &str = "rainbond";
const TEAMS: &str = "rb_teams";
const REGIONS: &str = "rb_regions";
const APPS: &str = "rb_apps";
const COMPONENTS: &str = "rb_components";
const MARKET: &str = "rb_market_apps";

pub const ENTERPRISE: &str = "9bd3d4a5f6e7481f8a7b6c5d4e3f2a1b";
pub const MARKET_DOMAIN: &str = "rainbond";
pub const MARKET_KEY: &str = "123456789012340af5dff63cb740788e";

/// Nominal durations of a component's creation and build (at job speed 1).
const CREATE_MS: f64 = 1000.0;
const BUILD_MS: f64 = 5000.0;
const FAIL_AT_MS: f64 = 3500.0;

pub fn handle(call: &Call) -> Option<Response> {
    let answer = match call.decl.id {
        "rainbond.app.copy" => copy(call),
        "rainbond.app.install" => install(call),
        "rainbond.team.list" => list_teams(call),
        "rainbond.region.list" => list_regions(call),
        "rainbond.app.list" => list_apps(call),
        "rainbond.app.get" => get_app(call),
        "rainbond.component.list" => list_components(call),
        "rainbond.component.get" => get_component(call),
        "rainbond.market_app.list" => list_market_apps(call),
        _ => return None,
    };
    Some(answer)
}

/// Rainbond's error body: `msg` for developers, `msg_show` for users.
fn rb_error(status: StatusCode, msg: &str, msg_show: &str) -> Response {
    json_response(status, &json!({"code": status.as_u16(), "msg": msg, "msg_show": msg_show}))
}

fn component(app: &Value, name: &str, image: &str, memory: i64, status: &str) -> Value {
    let id = hex_id();
    json!({
        "service_id": id, "tenant_id": app["tenant_id"], "service_key": "application",
        "service_alias": format!("gr{}", &id[..6]), "service_cname": name, "service_region": app["region_name"],
        "desc": "", "category": "application", "version": "latest", "update_version": 1, "image": image,
        "cmd": "", "min_node": 1, "min_cpu": 250, "container_gpu": 0, "min_memory": memory,
        "extend_method": "stateless", "code_from": "image_manual", "git_url": "", "code_version": "",
        "service_type": "application", "creater": 1, "language": "", "total_memory": memory,
        "is_service": false, "service_origin": "assistant", "tenant_service_group_id": 0,
        "open_webhooks": false, "service_source": "docker_run", "create_status": "complete",
        "check_uuid": "", "check_event_id": "", "docker_cmd": format!("docker run {image}"),
        "server_type": "git", "is_upgrate": false, "build_upgrade": true, "oauth_service_id": 0,
        "k8s_component_name": name, "access_infos": [], "status": status,
        "_app_id": app["ID"],
    })
}

fn seed(store: &mut Project) {
    if store.collections.contains_key(TEAMS) {
        return;
    }
    let dev = json!({"tenant_id": "6f1d2c3b4a5e4f60a7b8c9d0e1f2a3b4", "tenant_name": "o19p6wen", "tenant_alias": "Developers",
        "enterprise_id": ENTERPRISE, "_regions": ["rainbond", "edge-hz"]});
    let qa = json!({"tenant_id": "7a2e3d4c5b6f4071b8c9d0e1f2a3b4c5", "tenant_name": "k2vz8d0a", "tenant_alias": "QA",
        "enterprise_id": ENTERPRISE, "_regions": ["rainbond"]});
    *store.items_mut(REGIONS) = vec![
        json!({"region_id": "a1c2e3g4", "region_name": "rainbond", "region_alias": "Default cluster", "status": "1", "desc": "The default Kubernetes cluster"}),
        json!({"region_id": "b2d4f6h8", "region_name": "edge-hz", "region_alias": "Hangzhou edge", "status": "1", "desc": "Edge cluster in Hangzhou"}),
    ];
    let app = |id: i64, team: &Value, region: &str, name: &str, note: &str| {
        json!({"ID": id, "group_name": name, "tenant_id": team["tenant_id"], "region_name": region, "note": note,
            "username": "admin", "governance_mode": "KUBERNETES_NATIVE_SERVICE", "enterprise_id": ENTERPRISE,
            "create_time": "2024-05-28 10:12:00", "update_time": "2024-06-01 09:00:00"})
    };
    let apps = vec![
        app(1, &dev, "rainbond", "mall", "The online shop"),
        app(2, &dev, "rainbond", "blog", "Team blog"),
        app(3, &dev, "rainbond", "staging", "Copies for testing"),
        app(4, &qa, "rainbond", "qa-sandbox", "QA's playground"),
        app(5, &dev, "edge-hz", "edge-gateway", "Gateway at the edge"),
    ];
    let mut legacy = component(&apps[0], "legacy-php", "php:5.6-apache", 512, "running");
    legacy["_copy_fails"] = json!(true);
    let components = vec![
        component(&apps[0], "mall-web", "nginx:1.25", 256, "running"),
        component(&apps[0], "mall-api", "goodrain/mall-api:2.3", 1024, "running"),
        component(&apps[0], "mall-redis", "redis:7.2", 512, "running"),
        legacy,
        component(&apps[1], "blog-wordpress", "wordpress:6.4", 512, "running"),
        component(&apps[1], "blog-mysql", "mysql:8.0", 1024, "closed"),
        component(&apps[4], "edge-nginx", "nginx:1.25", 128, "running"),
    ];
    *store.items_mut(TEAMS) = vec![dev, qa];
    *store.items_mut(APPS) = apps;
    *store.items_mut(COMPONENTS) = components;
    *store.items_mut(MARKET) = vec![
        json!({"app_model_id": "d4e5f6a7b8c94d0e9f1a2b3c4d5e6f70", "app_model_name": "WordPress", "describe": "Blogging platform with MySQL",
            "versions": [{"app_model_version": "5.8.0", "version_info": "LTS"}, {"app_model_version": "6.4.2", "version_info": "Latest"}],
            "_components": [["wordpress", "wordpress:{v}", 512], ["mysql", "mysql:8.0", 1024]]}),
        json!({"app_model_id": "e5f6a7b8c9d04e1f8a2b3c4d5e6f7081", "app_model_name": "Gitea", "describe": "Self-hosted Git service",
            "versions": [{"app_model_version": "1.21.0", "version_info": "Stable"}, {"app_model_version": "1.22.0-beta", "version_info": "Beta: its build fails in the sandbox"}],
            "_components": [["gitea", "gitea/gitea:{v}", 512], ["gitea-postgres", "postgres:15", 512]]}),
        json!({"app_model_id": "f6a7b8c9d0e14f2a9b3c4d5e6f708192", "app_model_name": "Redis", "describe": "In-memory data store",
            "versions": [{"app_model_version": "7.2.4", "version_info": "Stable"}],
            "_components": [["redis", "redis:{v}", 512]]}),
    ];
}

fn open<T>(call: &Call, f: impl FnOnce(&mut Project) -> T) -> T {
    tasks::with_store(call, STORE, |store| {
        seed(store);
        f(store)
    })
}

/// A component's status from its creation time (created components only; seeded ones keep
/// theirs).
fn present_component(call: &Call, c: &Value) -> Value {
    let mut out = public(c);
    let Some(started) = c["_created"].as_i64() else { return out };
    let t = elapsed(call, started);
    let (status, create_status) = if t < CREATE_MS {
        ("creating", "creating")
    } else if c["_deploy"].as_bool() != Some(true) {
        ("undeploy", "complete")
    } else if c["_fails"].as_bool() == Some(true) && t >= FAIL_AT_MS {
        ("build_failed", "complete")
    } else if t < BUILD_MS {
        ("deploying", "complete")
    } else {
        ("running", "complete")
    };
    out["status"] = json!(status);
    out["create_status"] = json!(create_status);
    if status == "running" {
        out["access_infos"] = json!([format!("http://{}.{}.sandbox.grapps.cn", text(c, "service_alias"), text(c, "service_region"))]);
    }
    out
}

/// The team a path's `team_id` names (by id or unique name).
fn team<'s>(store: &'s Project, id_or_name: &str) -> Result<&'s Value, Response> {
    store
        .items(TEAMS)
        .iter()
        .find(|t| text(t, "tenant_id") == id_or_name || text(t, "tenant_name") == id_or_name)
        .ok_or_else(|| rb_error(StatusCode::NOT_FOUND, &format!("team {id_or_name} not found"), "团队不存在"))
}

fn team_region<'s>(store: &'s Project, team_id: &str, region: &str) -> Result<&'s Value, Response> {
    let t = team(store, team_id)?;
    let opened = t["_regions"].as_array().is_some_and(|r| r.iter().any(|x| x == region));
    if !opened {
        return Err(rb_error(StatusCode::NOT_FOUND, &format!("region {region} not found for team {team_id}"), "集群不存在或团队未开通该集群"));
    }
    Ok(t)
}

fn app<'s>(store: &'s Project, team_id: &str, region: &str, app_id: &str) -> Result<&'s Value, Response> {
    let t = team_region(store, team_id, region)?;
    let tenant = text(t, "tenant_id").to_string();
    store
        .items(APPS)
        .iter()
        .find(|a| a["ID"].as_i64().is_some_and(|id| app_id.trim().parse::<i64>() == Ok(id)) && text(a, "tenant_id") == tenant && text(a, "region_name") == region)
        .ok_or_else(|| rb_error(StatusCode::NOT_FOUND, &format!("app {app_id} not found"), "应用不存在"))
}

/// The path's team, region and app.
fn path_app<'s>(call: &Call, store: &'s Project) -> Result<&'s Value, Response> {
    let app_id = call.params.get("app_id").map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())).unwrap_or_default();
    app(store, call.param("team_id").unwrap_or_default(), call.param("region_name").unwrap_or_default(), &app_id)
}

fn components_of(call: &Call, store: &Project, app_id: i64) -> Vec<Value> {
    store.items(COMPONENTS).iter().filter(|c| int(c, "_app_id") == app_id).map(|c| present_component(call, c)).collect()
}

fn copy(call: &Call) -> Response {
    let body = call.body.clone().unwrap_or(Value::Null);
    open(call, |store| {
        let source = match path_app(call, store) {
            Ok(a) => a.clone(),
            Err(e) => return e,
        };
        let target_app_id = body["target_app_id"].to_string();
        let target = match app(store, text(&body, "target_team_name"), text(&body, "target_region_name"), &target_app_id) {
            Ok(a) => a.clone(),
            Err(e) => return e,
        };
        let mut created = Vec::new();
        for s in body["services"].as_array().into_iter().flatten() {
            let id = text(s, "service_id");
            let Some(orig) = store.items(COMPONENTS).iter().find(|c| text(c, "service_id") == id && int(c, "_app_id") == int(&source, "ID")) else {
                return rb_error(StatusCode::NOT_FOUND, &format!("service {id} not found in app {}", source["ID"]), "组件不存在");
            };
            let mut c = component(&target, text(orig, "service_cname"), text(orig, "image"), int(orig, "min_memory"), "creating");
            for key in ["extend_method", "min_cpu", "min_node", "service_source", "docker_cmd", "category"] {
                c[key] = orig[key].clone();
            }
            if let Some(version) = s["change"]["build_source"]["version"].as_str() {
                c["version"] = json!(version);
            }
            c["_created"] = json!(tasks::now(call));
            c["_deploy"] = json!(true);
            c["_fails"] = json!(orig.get("_copy_fails").is_some());
            created.push(c);
        }
        let answer: Vec<Value> = created.iter().map(|c| present_component(call, c)).collect();
        store.items_mut(COMPONENTS).extend(created);
        call.ok(&json!({"services": answer}))
    })
}

fn install(call: &Call) -> Response {
    let body = call.body.clone().unwrap_or(Value::Null);
    let deploy = call.param("is_deploy") == Some("true");
    open(call, |store| {
        let target = match path_app(call, store) {
            Ok(a) => a.clone(),
            Err(e) => return e,
        };
        if text(&body, "market_domain") != MARKET_DOMAIN {
            return rb_error(StatusCode::NOT_FOUND, &format!("market {} not found", text(&body, "market_domain")), "应用市场不存在");
        }
        if text(&body, "market_access_key") != MARKET_KEY {
            return rb_error(StatusCode::FORBIDDEN, "market access key is invalid", "应用市场令牌无效，请检查应用市场的访问令牌");
        }
        let model_id = text(&body, "app_model_id");
        let Some(model) = store.items(MARKET).iter().find(|m| text(m, "app_model_id") == model_id).cloned() else {
            return rb_error(StatusCode::NOT_FOUND, &format!("app model {model_id} not found"), "应用市场中不存在该应用");
        };
        let version = text(&body, "app_model_version");
        if !model["versions"].as_array().is_some_and(|vs| vs.iter().any(|v| text(v, "app_model_version") == version)) {
            return rb_error(StatusCode::NOT_FOUND, &format!("app model version {version} not found"), "应用版本不存在");
        }
        let group_id = store.items(COMPONENTS).iter().map(|c| int(c, "tenant_service_group_id")).max().unwrap_or(0) + 1;
        let mut created = Vec::new();
        for spec in model["_components"].as_array().into_iter().flatten() {
            let name = spec[0].as_str().unwrap_or("component");
            let image = spec[1].as_str().unwrap_or("").replace("{v}", version);
            let mut c = component(&target, name, &image, spec[2].as_i64().unwrap_or(512), "creating");
            c["version"] = json!(version);
            c["service_source"] = json!("market");
            c["service_origin"] = json!("cloud");
            c["service_key"] = json!(model_id);
            c["tenant_service_group_id"] = json!(group_id);
            c["_created"] = json!(tasks::now(call));
            c["_deploy"] = json!(deploy);
            c["_fails"] = json!(version.ends_with("-beta") && deploy);
            created.push(c);
        }
        let service_list: Vec<Value> = created.iter().map(|c| present_component(call, c)).collect();
        store.items_mut(COMPONENTS).extend(created);
        call.ok(&json!({
            "enterprise_id": ENTERPRISE,
            "team_id": target["tenant_id"],
            "note": format!("{} {version} installed from {}", text(&model, "app_model_name"), text(&body, "market_url")),
            "ID": target["ID"],
            "region_name": target["region_name"],
            "service_list": service_list,
        }))
    })
}

fn list_teams(call: &Call) -> Response {
    open(call, |store| {
        let query = call.param("query").unwrap_or_default().to_lowercase();
        let teams: Vec<Value> = store
            .items(TEAMS)
            .iter()
            .filter(|t| query.is_empty() || text(t, "tenant_alias").to_lowercase().contains(&query) || text(t, "tenant_name").contains(&query))
            .map(|t| {
                let mut out = public(t);
                out["region_num"] = json!(t["_regions"].as_array().map_or(0, Vec::len));
                out["service_num"] = json!(store.items(COMPONENTS).iter().filter(|c| c["tenant_id"] == t["tenant_id"]).count());
                out
            })
            .collect();
        let total = teams.len();
        call.ok(&json!({"tenants": teams, "total": total}))
    })
}

fn list_regions(call: &Call) -> Response {
    open(call, |store| {
        let t = match team(store, call.param("team_id").unwrap_or_default()) {
            Ok(t) => t.clone(),
            Err(e) => return e,
        };
        let regions: Vec<Value> = store
            .items(REGIONS)
            .iter()
            .filter(|r| t["_regions"].as_array().is_some_and(|names| names.iter().any(|n| n == &r["region_name"])))
            .map(|r| {
                let mut out = public(r);
                out["tenant_name"] = t["tenant_name"].clone();
                out
            })
            .collect();
        let total = regions.len();
        call.ok(&json!({"regions": regions, "total": total}))
    })
}

fn list_apps(call: &Call) -> Response {
    open(call, |store| {
        let region = call.param("region_name").unwrap_or_default().to_string();
        let t = match team_region(store, call.param("team_id").unwrap_or_default(), &region) {
            Ok(t) => t.clone(),
            Err(e) => return e,
        };
        let query = call.param("query").unwrap_or_default().to_string();
        let apps: Vec<Value> = store
            .items(APPS)
            .iter()
            .filter(|a| a["tenant_id"] == t["tenant_id"] && text(a, "region_name") == region)
            .filter(|a| query.is_empty() || text(a, "group_name").contains(&query))
            .map(public)
            .collect();
        call.ok(&Value::Array(apps))
    })
}

fn get_app(call: &Call) -> Response {
    open(call, |store| {
        let a = match path_app(call, store) {
            Ok(a) => a.clone(),
            Err(e) => return e,
        };
        let components = components_of(call, store, int(&a, "ID"));
        let running = components.iter().filter(|c| c["status"] == "running").count();
        let mut out = public(&a);
        out["service_count"] = json!(components.len());
        out["running_service_count"] = json!(running);
        out["status"] = json!(match running {
            0 => "closed",
            n if n == components.len() => "running",
            _ => "part_running",
        });
        call.ok(&out)
    })
}

fn list_components(call: &Call) -> Response {
    open(call, |store| match path_app(call, store) {
        Ok(a) => {
            let id = int(a, "ID");
            call.ok(&Value::Array(components_of(call, store, id)))
        }
        Err(e) => e,
    })
}

fn get_component(call: &Call) -> Response {
    open(call, |store| {
        let a = match path_app(call, store) {
            Ok(a) => a.clone(),
            Err(e) => return e,
        };
        let id = call.param("service_id").unwrap_or_default();
        match store.items(COMPONENTS).iter().find(|c| text(c, "service_id") == id && int(c, "_app_id") == int(&a, "ID")) {
            Some(c) => call.ok(&present_component(call, c)),
            None => rb_error(StatusCode::NOT_FOUND, &format!("service {id} not found"), "组件不存在"),
        }
    })
}

fn list_market_apps(call: &Call) -> Response {
    open(call, |store| {
        let domain = call.param("market_domain").unwrap_or_default();
        if domain != MARKET_DOMAIN {
            return rb_error(StatusCode::NOT_FOUND, &format!("market {domain} not found"), "应用市场不存在");
        }
        let apps: Vec<Value> = store
            .items(MARKET)
            .iter()
            .filter(|m| tasks::matches(call, m, &[("app_model_id", "app_model_id")]))
            .filter(|m| call.param("query").is_none_or(|q| text(m, "app_model_name").to_lowercase().contains(&q.to_lowercase())))
            .map(public)
            .collect();
        let total = apps.len();
        call.ok(&json!({"apps": apps, "total": total}))
    })
}
