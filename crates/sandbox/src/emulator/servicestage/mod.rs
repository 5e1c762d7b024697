//! ServiceStage's behaviour in the sandbox: its resources' documented errors and
//! relationships (the generic store does the rest), and the operations that need more than
//! generic create/list/get/update/delete, each in the module of its document section.
//!
//! | module | operations |
//! | --- | --- |
//! | `environments` | 4.1.6–4.1.15: managed resources, IaC resources, provisioning and its history |
//! | `applications` | 4.2.6–4.2.8: per-environment configuration of an application |
//! | `components` | 4.3.x: creation and changes as jobs, actions, records, refresh, filter options |
//! | `stacks` | 4.4.2 built-in images, 4.4.7 publishing, what may change in a stack |
//! | `configs` | 4.5.x: histories on every change, zip import |
//! | `jobs` | 4.6.1 and the time-driven progress of every job |
//! | `addons` | 4.7.x: addon catalogue, installation, actions and removal as jobs |
//! | `seed` | the demo data of a new project |

mod addons;
mod applications;
mod components;
mod configs;
mod environments;
mod jobs;
mod seed;
mod stacks;

use axum::http::StatusCode;
use axum::response::Response;
use opsdeck_api::operation::{OperationDecl, Service};
use opsdeck_api::servicestage::v3::resources as ss;
use serde_json::{Map, Value};

use super::resources::{InUse, ResourceBehavior, PARENT};
use super::{Call, Project};

pub use seed::seed_internal;

/// The user the sandbox says created things.
pub const SANDBOX_USER: &str = "sandbox-user";

const SERVICE: Service = Service::ServiceStage;

/// Internal collections: per-environment configuration of applications and deployment
/// records of components (jobs keep theirs in `jobs`).
pub const APP_CONFIGS: &str = "application-configurations";
pub const RECORDS: &str = "component-records";

/// The documented errors (chapter 11.2) the sandbox answers with.
mod err {
    use axum::http::StatusCode;

    pub type Error = (StatusCode, &'static str, &'static str);

    pub const APP_NOT_EMPTY: Error = (StatusCode::CONFLICT, "SVCSTG.00100401", "application not empty");
    pub const ENV_IN_USE: Error = (StatusCode::CONFLICT, "SVCSTG.00100426", "environment is in use");
    pub const NOT_DELETABLE: Error = (StatusCode::CONFLICT, "SVCSTG.00100423", "component instance is not deletable");
    pub const NAME_EXISTS: Error = (StatusCode::CONFLICT, "SVCSTG.00100413", "instance name exists");
    pub const ENV_NAME_USED: Error = (StatusCode::BAD_REQUEST, "SVCSTG.00100449", "environment name is already used");
}

/// The documented error of `code` with a message that says what went wrong.
pub fn fail(status: StatusCode, code: &str, message: &str) -> Response {
    super::error(SERVICE, status, code, message)
}

/// 400 SVCSTG.00100400 "parameter invalid: …".
pub fn invalid(message: &str) -> Response {
    super::bad_request(SERVICE, message)
}

/// 409 SVCSTG.00100419: the item's state does not allow the operation now.
pub fn busy(detail: &str) -> Response {
    fail(StatusCode::CONFLICT, "SVCSTG.00100419", &format!("can not operate in current status: {detail}"))
}

const fn name_taken(what: &'static str) -> Option<(StatusCode, &'static str, &'static str)> {
    Some((StatusCode::BAD_REQUEST, "SVCSTG.00100400", what))
}

pub static BEHAVIORS: &[ResourceBehavior] = &[
    ResourceBehavior {
        resource: &ss::ENVIRONMENTS,
        not_found: ("SVCSTG.00100411", "environment not found"),
        // The error-code table lists "environment name is already used" as a 400.
        name_taken: Some(err::ENV_NAME_USED),
        in_use: &[
            InUse { by: "components", field: "environment_id", error: Some(err::ENV_IN_USE) },
            InUse { by: APP_CONFIGS, field: "environment_id", error: None },
        ],
        seed: seed::environments,
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &ss::IAC_RESOURCES,
        not_found: ("SVCSTG.00100408", "environment resource not found"),
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &ss::PROVISION_HISTORIES,
        not_found: ("SVCSTG.00100408", "provision history not found"),
        present: environments::present_history,
        field_paths: &[("create_time", "_created")],
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &ss::APPLICATIONS,
        not_found: ("SVCSTG.00100403", "application not found"),
        name_taken: name_taken("parameter invalid: application name is already used"),
        in_use: &[
            InUse { by: "components", field: "application_id", error: Some(err::APP_NOT_EMPTY) },
            InUse { by: APP_CONFIGS, field: "application_id", error: None },
        ],
        seed: seed::applications,
        present: applications::present,
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &ss::COMPONENTS,
        not_found: ("SVCSTG.00100404", "component not found"),
        name_taken: name_taken("parameter invalid: component name is already used in the application"),
        in_use: &[InUse { by: RECORDS, field: PARENT, error: None }],
        seed: seed::components,
        present: components::present,
        guard: components::guard,
        field_paths: &[("create_time", "status.create_time"), ("update_time", "status.update_time")],
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &components::RECORDS_DECL,
        not_found: ("SVCSTG.00100404", "component not found"),
        present: components::present_record,
        field_paths: &[("create_time", "_create_time"), ("update_time", "_update_time"), ("name", "version")],
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &ss::RUNTIME_STACKS,
        not_found: ("SVCSTG.00100408", "runtime stack not found"),
        name_taken: Some(err::NAME_EXISTS),
        seed: seed::runtime_stacks,
        defaults: stacks::defaults,
        present: stacks::present,
        guard: stacks::guard,
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &ss::CONFIG_GROUPS,
        not_found: ("SVCSTG.00100408", "config group not found"),
        name_taken: name_taken("parameter invalid: config group name is already used"),
        seed: seed::config_groups,
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &ss::CONFIGS,
        not_found: ("SVCSTG.00100408", "config not found"),
        name_taken: name_taken("parameter invalid: config name is already used in the group"),
        seed: seed::configs,
        defaults: configs::defaults,
        present: configs::present,
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &ss::CONFIG_HISTORIES,
        not_found: ("SVCSTG.00100408", "config history not found"),
        seed: seed::config_histories,
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &ss::ADDONS,
        not_found: ("SVCSTG.00100408", "addon not found"),
        name_taken: name_taken("parameter invalid: the addon is already installed in the environment"),
        seed: seed::addons,
        ..ResourceBehavior::BASE
    },
];

/// The behavior of a declared resource.
fn behavior(r: &'static opsdeck_api::resource::ResourceDecl) -> &'static ResourceBehavior {
    BEHAVIORS.iter().find(|b| std::ptr::eq(b.resource, r) || b.resource.key == r.key).expect("every ServiceStage resource has a behavior")
}

/// Picks between operations that share a method and path (4.3.1/4.3.2, 4.4.3/4.4.7) by what
/// the body carries: the one whose body schema knows most of the body's members (the first on
/// a tie, so an empty body is judged against the creation).
pub fn disambiguate(candidates: &[&'static OperationDecl], body: Option<&Value>) -> Option<&'static OperationDecl> {
    let keys: Vec<&String> = body.and_then(Value::as_object).map(|m| m.keys().collect()).unwrap_or_default();
    let score = |d: &OperationDecl| d.body_schema().map_or(0, |s| keys.iter().filter(|k| s.field(k).is_some()).count());
    let mut best: Option<&'static OperationDecl> = None;
    for &c in candidates {
        if best.is_none_or(|b| score(c) > score(b)) {
            best = Some(c);
        }
    }
    best
}

/// Operations with behaviour beyond the generic resource rules, by their document section.
pub fn handle(call: &Call) -> Option<Response> {
    let section = call.decl.doc_ref.strip_prefix("servicestage:")?;
    let answer = match section {
        "4.1.6" => environments::update_managed(call),
        "4.1.7" => environments::provision(call),
        "4.1.8" => environments::list_managed(call),
        "4.1.10" => environments::add_iac(call),
        "4.1.11" => environments::update_iac(call),
        "4.1.12" => environments::delete_iac(call),
        "4.1.15" => environments::events(call),
        "4.2.6" => applications::get_configuration(call),
        "4.2.7" => applications::put_configuration(call),
        "4.2.8" => applications::delete_configuration(call),
        "4.3.1" => components::create(call),
        "4.3.2" => components::import(call),
        "4.3.5" => components::update(call),
        "4.3.8" => components::action(call),
        "4.3.10" => components::refresh(call),
        "4.3.11" => components::filter_options(call),
        "4.4.2" => stacks::inner_images(call),
        "4.4.7" => stacks::publish(call),
        "4.5.3" => configs::create(call),
        "4.5.4" => configs::import(call),
        "4.5.8" => configs::update(call),
        "4.6.1" => jobs::get(call),
        "4.7.1" => addons::create(call),
        "4.7.3" => addons::metadata(call),
        "4.7.5" => addons::action(call),
        "4.7.6" => addons::delete(call),
        _ => return None,
    };
    Some(answer)
}

/// Brings time-driven state up to `now`: jobs progress, and what finished jobs change is
/// applied.
pub fn settle(project: &mut Project, now: i64, speed: f64) {
    jobs::settle(project, now, speed);
}

/// Runs a handler on the caller's project; its error is the answer too.
fn run(call: &Call, f: impl FnOnce(&mut Project) -> Result<Response, Response>) -> Response {
    call.with_project(f).unwrap_or_else(|res| res)
}

/// A string member.
fn text<'v>(item: &'v Value, field: &str) -> &'v str {
    item.get(field).and_then(Value::as_str).unwrap_or_default()
}

/// An object built from pairs.
fn object(pairs: impl IntoIterator<Item = (&'static str, Value)>) -> Value {
    Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect::<Map<String, Value>>())
}
