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
use opsdeck_api::operation::{Operation, Service};
use opsdeck_api::rainbond::{ListMarketAppsOp, ListRegionsOp, ListTeamsOp};
use opsdeck_api::resource::{Filter, ResourceDecl};
use serde_json::{json, Map, Value};

use super::engine::crud::{self, ResourceBehavior, PARENT};
use super::engine::registry::{Credentials, ErrorShape, Handler, IdFormat, Registration, StoreScope};
use super::engine::{hex_id, text, Call, Clock, Store};

const TEAMS: &str = "teams";
const REGIONS: &str = "regions";
const APPS: &str = "apps";
const COMPONENTS: &str = "components";
const MARKET: &str = "market_apps";

pub const ENTERPRISE: &str = "9bd3d4a5f6e7481f8a7b6c5d4e3f2a1b";
pub const MARKET_DOMAIN: &str = "rainbond";
pub const MARKET_KEY: &str = "123456789012340af5dff63cb740788e";

/// Nominal durations of a component's creation and build (at job speed 1).
const CREATE_MS: f64 = 1000.0;
const BUILD_MS: f64 = 5000.0;
const FAIL_AT_MS: f64 = 3500.0;

/// Rainbond as the engine sees it: apps and components are listed and read generically within
/// the team and region the path names (one store for the sandbox: the paths carry no
/// project), and so are teams, the regions a team has opened and a market's apps, the lists the
/// copy and install forms choose from; copy and install are handlers.
pub fn registration() -> Registration {
    Registration {
        service: Service::Rainbond,
        errors: ErrorShape::Rainbond,
        invalid_code: "",
        ids: IdFormat::Integer,
        store: StoreScope::Shared { owner: None },
        credentials: Credentials::AuthorizationKey,
        resources: RESOURCES,
        seed,
        settle,
        check_scope,
        handlers: HANDLERS,
        ..Registration::BASE
    }
}

static RESOURCES: &[ResourceBehavior] = &[
    ResourceBehavior {
        resource: &opsdeck_api::rainbond::APPS,
        // Rainbond has no error codes: the code slot is `msg_show`, the text users see.
        not_found: ("应用不存在", "app {id} not found"),
        present: present_app,
        search: Some(("query", &["group_name"])),
        // `_team` holds the team's id and its unique name: paths name a team by either.
        scope: &[("team_id", "_team"), ("region_name", "region_name")],
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &opsdeck_api::rainbond::COMPONENTS, not_found: ("组件不存在", "service {id} not found"), ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &TEAMS_DECL,
        not_found: ("团队不存在", "team {id} not found"),
        present: present_team,
        search: Some(("query", &["tenant_alias", "tenant_name"])),
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &REGIONS_DECL,
        not_found: ("集群不存在或团队未开通该集群", "region {id} not found"),
        // One item per region a team has opened.
        scope: &[("team_id", "_team")],
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &MARKET_DECL,
        not_found: ("应用市场中不存在该应用", "app model {id} not found"),
        search: Some(("query", &["app_model_name"])),
        scope: &[("market_domain", "_market")],
        ..ResourceBehavior::BASE
    },
];

// Teams, regions and market apps are lists the forms choose from, not resources with pages of
// their own in the console: declared here, for the sandbox only, rather than in
// `catalog::RESOURCES`.

static TEAMS_DECL: ResourceDecl = ResourceDecl {
    key: TEAMS,
    service: Service::Rainbond,
    id_field: "tenant_id",
    id_param: "team_id",
    name_field: "tenant_name",
    items_field: "tenants",
    count_field: Some("total"),
    list: Some(ListTeamsOp::DECL),
    ..ResourceDecl::BLANK
};

static REGIONS_DECL: ResourceDecl = ResourceDecl {
    key: REGIONS,
    service: Service::Rainbond,
    id_field: "region_name",
    id_param: "region_name",
    name_field: "region_name",
    items_field: "regions",
    count_field: Some("total"),
    list: Some(ListRegionsOp::DECL),
    ..ResourceDecl::BLANK
};

static MARKET_DECL: ResourceDecl = ResourceDecl {
    key: MARKET,
    service: Service::Rainbond,
    id_field: "app_model_id",
    id_param: "app_model_id",
    name_field: "app_model_name",
    items_field: "apps",
    count_field: Some("total"),
    filters: &[Filter { param: "app_model_id", field: "app_model_id" }],
    list: Some(ListMarketAppsOp::DECL),
    ..ResourceDecl::BLANK
};

static HANDLERS: &[(&str, Handler)] = &[
    // Copies components into an app of another team or region, built over time.
    ("rainbond.app.copy", copy),
    // Checks the market, its key, the app model and version, and creates its components.
    ("rainbond.app.install", install),
];

/// Rainbond's error body: `msg` for developers, `msg_show` for users.
fn rb_error(status: StatusCode, msg: &str, msg_show: &str) -> Response {
    ErrorShape::Rainbond.answer(status, msg_show, msg)
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
        PARENT: app["ID"].to_string(),
    })
}

fn seed(store: &mut Store, _: &str, _: i64) {
    let dev = json!({"tenant_id": "6f1d2c3b4a5e4f60a7b8c9d0e1f2a3b4", "tenant_name": "o19p6wen", "tenant_alias": "Developers",
        "enterprise_id": ENTERPRISE, "_regions": ["rainbond", "edge-hz"]});
    let qa = json!({"tenant_id": "7a2e3d4c5b6f4071b8c9d0e1f2a3b4c5", "tenant_name": "k2vz8d0a", "tenant_alias": "QA",
        "enterprise_id": ENTERPRISE, "_regions": ["rainbond"]});
    let regions = [
        json!({"region_id": "a1c2e3g4", "region_name": "rainbond", "region_alias": "Default cluster", "status": "1", "desc": "The default Kubernetes cluster"}),
        json!({"region_id": "b2d4f6h8", "region_name": "edge-hz", "region_alias": "Hangzhou edge", "status": "1", "desc": "Edge cluster in Hangzhou"}),
    ];
    // Each team's regions, as its region list shows them.
    for team in [&dev, &qa] {
        for region in regions.iter().filter(|r| team["_regions"].as_array().is_some_and(|names| names.contains(&r["region_name"]))) {
            let mut region = region.clone();
            region["tenant_name"] = team["tenant_name"].clone();
            region["_team"] = json!([team["tenant_id"], team["tenant_name"]]);
            store.items_mut(REGIONS).push(region);
        }
    }
    let app = |id: i64, team: &Value, region: &str, name: &str, note: &str| {
        json!({"ID": id, "group_name": name, "tenant_id": team["tenant_id"], "region_name": region, "note": note,
            "username": "admin", "governance_mode": "KUBERNETES_NATIVE_SERVICE", "enterprise_id": ENTERPRISE,
            "create_time": "2024-05-28 10:12:00", "update_time": "2024-06-01 09:00:00",
            "_team": [team["tenant_id"], team["tenant_name"]]})
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
        json!({"app_model_id": "d4e5f6a7b8c94d0e9f1a2b3c4d5e6f70", "app_model_name": "WordPress", "_market": MARKET_DOMAIN, "describe": "Blogging platform with MySQL",
            "versions": [{"app_model_version": "5.8.0", "version_info": "LTS"}, {"app_model_version": "6.4.2", "version_info": "Latest"}],
            "_components": [["wordpress", "wordpress:{v}", 512], ["mysql", "mysql:8.0", 1024]]}),
        json!({"app_model_id": "e5f6a7b8c9d04e1f8a2b3c4d5e6f7081", "app_model_name": "Gitea", "_market": MARKET_DOMAIN, "describe": "Self-hosted Git service",
            "versions": [{"app_model_version": "1.21.0", "version_info": "Stable"}, {"app_model_version": "1.22.0-beta", "version_info": "Beta: its build fails in the sandbox"}],
            "_components": [["gitea", "gitea/gitea:{v}", 512], ["gitea-postgres", "postgres:15", 512]]}),
        json!({"app_model_id": "f6a7b8c9d0e14f2a9b3c4d5e6f708192", "app_model_name": "Redis", "_market": MARKET_DOMAIN, "describe": "In-memory data store",
            "versions": [{"app_model_version": "7.2.4", "version_info": "Stable"}],
            "_components": [["redis", "redis:{v}", 512]]}),
    ];
}

/// A created component's status at job time `t` (seeded ones keep theirs).
fn component_state(c: &Value, t: f64) -> (&'static str, &'static str) {
    if t < CREATE_MS {
        ("creating", "creating")
    } else if c["_deploy"].as_bool() != Some(true) {
        ("undeploy", "complete")
    } else if c["_fails"].as_bool() == Some(true) && t >= FAIL_AT_MS {
        ("build_failed", "complete")
    } else if t < BUILD_MS {
        ("deploying", "complete")
    } else {
        ("running", "complete")
    }
}

/// Sets a created component's status from its creation time.
fn progress(c: &mut Value, clock: &Clock) {
    let Some(started) = c["_created"].as_i64() else {
        return;
    };
    let (status, create_status) = component_state(c, clock.elapsed(started));
    c["status"] = json!(status);
    c["create_status"] = json!(create_status);
    if status == "running" {
        c["access_infos"] = json!([format!("http://{}.{}.sandbox.grapps.cn", text(c, "service_alias"), text(c, "service_region"))]);
    }
}

/// Components build over time.
fn settle(store: &mut Store, clock: &Clock, _caller: &str) {
    for c in store.items_mut(COMPONENTS) {
        progress(c, clock);
    }
}

/// An app's counts and status from its components.
fn present_app(store: &Store, app: &mut Map<String, Value>) {
    let id = app.get("ID").map(Value::to_string).unwrap_or_default();
    let components: Vec<&Value> = store.items(COMPONENTS).iter().filter(|c| text(c, PARENT) == id).collect();
    let running = components.iter().filter(|c| c["status"] == "running").count();
    app.insert("service_count".into(), json!(components.len()));
    app.insert("running_service_count".into(), json!(running));
    app.insert(
        "status".into(),
        json!(match running {
            0 => "closed",
            n if n == components.len() => "running",
            _ => "part_running",
        }),
    );
}

/// The team, region and market a generic call's path names must exist, and the team must have
/// the region opened.
fn check_scope(store: &Store, call: &Call) -> Result<(), Response> {
    if let Some(domain) = call.param("market_domain").filter(|d| *d != MARKET_DOMAIN) {
        return Err(rb_error(StatusCode::NOT_FOUND, &format!("market {domain} not found"), "应用市场不存在"));
    }
    match (call.param("team_id"), call.param("region_name")) {
        (Some(team_id), Some(region)) => team_region(store, team_id, region).map(|_| ()),
        (Some(team_id), None) => team(store, team_id).map(|_| ()),
        _ => Ok(()),
    }
}

/// A team's counts: regions opened, components.
fn present_team(store: &Store, team: &mut Map<String, Value>) {
    let regions = team.get("_regions").and_then(Value::as_array).map_or(0, Vec::len);
    let components = store.items(COMPONENTS).iter().filter(|c| Some(&c["tenant_id"]) == team.get("tenant_id")).count();
    team.insert("region_num".into(), json!(regions));
    team.insert("service_num".into(), json!(components));
}

/// The team a path's `team_id` names (by id or unique name).
fn team<'s>(store: &'s Store, id_or_name: &str) -> Result<&'s Value, Response> {
    store
        .items(TEAMS)
        .iter()
        .find(|t| text(t, "tenant_id") == id_or_name || text(t, "tenant_name") == id_or_name)
        .ok_or_else(|| rb_error(StatusCode::NOT_FOUND, &format!("team {id_or_name} not found"), "团队不存在"))
}

fn team_region<'s>(store: &'s Store, team_id: &str, region: &str) -> Result<&'s Value, Response> {
    let t = team(store, team_id)?;
    let opened = t["_regions"].as_array().is_some_and(|r| r.iter().any(|x| x == region));
    if !opened {
        return Err(rb_error(StatusCode::NOT_FOUND, &format!("region {region} not found for team {team_id}"), "集群不存在或团队未开通该集群"));
    }
    Ok(t)
}

fn app<'s>(store: &'s Store, team_id: &str, region: &str, app_id: &str) -> Result<&'s Value, Response> {
    let t = team_region(store, team_id, region)?;
    let tenant = text(t, "tenant_id").to_string();
    store
        .items(APPS)
        .iter()
        .find(|a| {
            a["ID"].as_i64().is_some_and(|id| app_id.trim().parse::<i64>() == Ok(id))
                && text(a, "tenant_id") == tenant
                && text(a, "region_name") == region
        })
        .ok_or_else(|| rb_error(StatusCode::NOT_FOUND, &format!("app {app_id} not found"), "应用不存在"))
}

/// The path's team, region and app.
fn path_app<'s>(call: &Call, store: &'s Store) -> Result<&'s Value, Response> {
    let app_id = call.params.get("app_id").map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())).unwrap_or_default();
    app(store, call.param("team_id").unwrap_or_default(), call.param("region_name").unwrap_or_default(), &app_id)
}

fn copy(call: &Call) -> Response {
    let body = call.body.clone().unwrap_or(Value::Null);
    call.with_store(|store| {
        let source = match path_app(call, store) {
            Ok(a) => a.clone(),
            Err(e) => return e,
        };
        let target_app_id = body["target_app_id"].to_string();
        let target = match app(store, text(&body, "target_team_name"), text(&body, "target_region_name"), &target_app_id) {
            Ok(a) => a.clone(),
            Err(e) => return e,
        };
        let source_id = source["ID"].to_string();
        let mut created = Vec::new();
        for s in body["services"].as_array().into_iter().flatten() {
            let id = text(s, "service_id");
            let Some(orig) = store.items(COMPONENTS).iter().find(|c| text(c, "service_id") == id && text(c, PARENT) == source_id) else {
                return rb_error(StatusCode::NOT_FOUND, &format!("service {id} not found in app {}", source["ID"]), "组件不存在");
            };
            let mut c = component(&target, text(orig, "service_cname"), text(orig, "image"), int(orig, "min_memory"), "creating");
            for key in ["extend_method", "min_cpu", "min_node", "service_source", "docker_cmd", "category"] {
                c[key] = orig[key].clone();
            }
            if let Some(version) = s["change"]["build_source"]["version"].as_str() {
                c["version"] = json!(version);
            }
            c["_created"] = json!(call.clock().now);
            c["_deploy"] = json!(true);
            c["_fails"] = json!(orig.get("_copy_fails").is_some());
            created.push(c);
        }
        let answer: Vec<Value> = created.iter().map(|c| shown(call, c)).collect();
        store.items_mut(COMPONENTS).extend(created);
        call.ok(&json!({"services": answer}))
    })
}

fn install(call: &Call) -> Response {
    let body = call.body.clone().unwrap_or(Value::Null);
    let deploy = call.param("is_deploy") == Some("true");
    call.with_store(|store| {
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
            c["_created"] = json!(call.clock().now);
            c["_deploy"] = json!(deploy);
            c["_fails"] = json!(version.ends_with("-beta") && deploy);
            created.push(c);
        }
        let service_list: Vec<Value> = created.iter().map(|c| shown(call, c)).collect();
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

/// A new component as the copy and install answer it: its state at creation.
fn shown(call: &Call, c: &Value) -> Value {
    let mut c = c.clone();
    progress(&mut c, &call.clock());
    crud::cut(c, None)
}

fn int(item: &Value, field: &str) -> i64 {
    item.get(field).and_then(Value::as_i64).unwrap_or_default()
}
