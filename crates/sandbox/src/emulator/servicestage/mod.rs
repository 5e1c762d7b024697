//! ServiceStage's registration: its error body and codes, its resources' documented errors and
//! relationships (the generic engine does the rest), its demo data, the time-driven progress of
//! its jobs, and handlers for the operations that need more than generic
//! create/list/get/update/delete, each in the module of its document section.
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
//! | `git` | 5.x: repository authorizations, and through them repositories, refs, hooks and files |
//! | `v2` | 12.1.x: the legacy v2 API (instances as jobs, read through 12.1.6.1); 12.2.x builds |
//! | `seed` | the demo data of a new project |

mod addons;
mod applications;
mod components;
mod configs;
mod environments;
mod git;
mod jobs;
pub(super) mod seed;
mod stacks;
mod v2;

use axum::http::StatusCode;
use axum::response::Response;
use opsdeck_api::operation::Service;
use opsdeck_api::servicestage::v2::resources as v2r;
use opsdeck_api::servicestage::v3::resources as ss;
use serde_json::json;

use super::engine::crud::{InUse, ListPaging, ResourceBehavior, PARENT};
use super::engine::registry::{ErrorShape, Handler, Registration};
use super::engine::{Call, Clock, Store};

/// The user the sandbox says created things.
pub const SANDBOX_USER: &str = "sandbox-user";

const ERRORS: ErrorShape = ErrorShape::CodeMsg;
const INVALID: &str = "SVCSTG.00100400";

/// ServiceStage as the engine sees it.
pub fn registration() -> Registration {
    Registration {
        service: Service::ServiceStage,
        errors: ERRORS,
        invalid_code: INVALID,
        resources: BEHAVIORS,
        server_members: || json!({"creator": SANDBOX_USER}),
        default_members: || json!({"description": "", "enterprise_project_id": "0", "labels": []}),
        seed: seed_all,
        settle,
        handlers: HANDLERS,
        path_formats: &[super::HUAWEI_PROJECT_ID],
        body_spellings: &[("servicestage.git_authorization.create_password", git::password_from_token)],
        // Every body within the default 1 MiB: the config import's documented 500 KB zip
        // (4.5.4) is refused by its handler with the documented 400, larger uploads with 413.
        ..Registration::BASE
    }
}

/// The demo data besides the resources' own: jobs and records, and the Git repositories.
fn seed_all(store: &mut Store, project_id: &str, now: i64) {
    seed::seed_internal(store, project_id, now);
    git::seed(store, now);
    v2::seed_internal(store, project_id, now);
    v2::builds::seed(store, now);
}

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
    ERRORS.answer(status, code, message)
}

/// 400 SVCSTG.00100400 "parameter invalid: …".
pub fn invalid(message: &str) -> Response {
    fail(StatusCode::BAD_REQUEST, INVALID, &format!("parameter invalid: {message}"))
}

/// 409 SVCSTG.00100419: the item's state does not allow the operation now.
pub fn busy(detail: &str) -> Response {
    fail(StatusCode::CONFLICT, "SVCSTG.00100419", &format!("can not operate in current status: {detail}"))
}

const fn name_taken(what: &'static str) -> Option<(StatusCode, &'static str, &'static str)> {
    Some((StatusCode::BAD_REQUEST, "SVCSTG.00100400", what))
}

static BEHAVIORS: &[ResourceBehavior] = &[
    ResourceBehavior {
        resource: &ss::ENVIRONMENTS,
        not_found: ("SVCSTG.00100411", "environment not found"),
        // The error-code table lists "environment name is already used" as a 400.
        name_taken: Some(err::ENV_NAME_USED),
        // 4.1.1: "英文字母不区分大小写".
        names_ignore_case: true,
        in_use: &[
            InUse { by: "components", field: "environment_id", error: Some(err::ENV_IN_USE) },
            InUse { by: APP_CONFIGS, field: "environment_id", error: None },
        ],
        seed: seed::environments,
        ..ResourceBehavior::BASE
    },
    ResourceBehavior { resource: &ss::IAC_RESOURCES, not_found: ("SVCSTG.00100408", "environment resource not found"), ..ResourceBehavior::BASE },
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
        resource: &opsdeck_api::servicestage::git::resources::GIT_AUTHORIZATIONS,
        // The chapter documents no "not found"; see `git`.
        not_found: ("SVCSTG.REPO.0400", "parameter invalid: authorization {id} not found"),
        name_taken: Some((StatusCode::BAD_REQUEST, "SVCSTG.REPO.0403", "resource already exist")),
        seed: git::authorizations,
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &ss::ADDONS,
        not_found: ("SVCSTG.00100408", "addon not found"),
        name_taken: name_taken("parameter invalid: the addon is already installed in the environment"),
        seed: seed::addons,
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &v2r::V2_ENVIRONMENTS,
        not_found: ("SVCSTG.00100411", "environment not found"),
        name_taken: Some(v2::ENV_NAME_USED),
        names_ignore_case: true,
        in_use: &[
            InUse { by: "v2-instances", field: "environment_id", error: Some(v2::ENV_IN_USE) },
            InUse { by: v2::V2_APP_CONFIGS, field: "environment_id", error: None },
        ],
        seed: v2::environments,
        paging: V2_LIMIT,
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &v2r::V2_APPLICATIONS,
        not_found: ("SVCSTG.00100403", "application not found"),
        name_taken: name_taken("parameter invalid: application name is already used"),
        in_use: &[
            InUse { by: "v2-components", field: PARENT, error: Some(v2::APP_NOT_EMPTY) },
            InUse { by: v2::V2_APP_CONFIGS, field: "application_id", error: None },
        ],
        seed: v2::applications,
        present: v2::present_application,
        paging: V2_LIMIT,
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &v2r::V2_COMPONENTS,
        not_found: ("SVCSTG.00100404", "component not found"),
        name_taken: name_taken("parameter invalid: component name is already used in the application"),
        in_use: &[InUse { by: "v2-instances", field: PARENT, error: Some(v2::COMPONENT_DEPLOYED) }],
        seed: v2::components,
        paging: V2_LIMIT,
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &v2r::V2_INSTANCES,
        not_found: ("SVCSTG.00100412", "instance not found"),
        name_taken: Some(v2::INSTANCE_NAME_EXISTS),
        in_use: &[InUse { by: v2::V2_SNAPSHOTS, field: "instance_id", error: None }],
        seed: v2::instances,
        field_paths: &[("status", "status_detail.status")],
        paging: V2_LIMIT,
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &opsdeck_api::servicestage::assembling::BUILD_JOBS,
        not_found: ("SVCSTG.00100429", "job not found"),
        seed: v2::builds::jobs,
        ..ResourceBehavior::BASE
    },
];

/// The v2 lists' `limit`: 0 to 100, 1000 (the default: the whole list), anything else 10.
const V2_LIMIT: ListPaging = ListPaging::LimitOrTen { whole: 1000 };

/// The behavior of a declared resource.
fn behavior(r: &'static opsdeck_api::resource::ResourceDecl) -> &'static ResourceBehavior {
    BEHAVIORS.iter().find(|b| b.resource.key == r.key).expect("every ServiceStage resource has a behavior")
}

/// The documented 404 of a resource, for handlers that look items up themselves.
fn not_found(r: &'static opsdeck_api::resource::ResourceDecl) -> Response {
    let (code, message) = behavior(r).not_found;
    fail(StatusCode::NOT_FOUND, code, message)
}

/// Operations with behaviour beyond the generic resource rules, by operation id (document
/// sections in the comments).
static HANDLERS: &[(&str, Handler)] = &[
    ("servicestage.environment.update_resources", environments::update_managed), // 4.1.6
    ("servicestage.environment.provision", environments::provision),             // 4.1.7
    ("servicestage.environment.list_resources", environments::list_managed),     // 4.1.8
    ("servicestage.iac_resource.create", environments::add_iac),                 // 4.1.10
    ("servicestage.iac_resource.update", environments::update_iac),              // 4.1.11
    ("servicestage.iac_resource.delete", environments::delete_iac),              // 4.1.12
    ("servicestage.provision_history.events", environments::events),             // 4.1.15
    ("servicestage.application.get_configuration", applications::get_configuration), // 4.2.6
    ("servicestage.application.update_configuration", applications::put_configuration), // 4.2.7
    ("servicestage.application.delete_configuration", applications::delete_configuration), // 4.2.8
    ("servicestage.component.create", components::create),                       // 4.3.1
    ("servicestage.component.import_cce", components::import),                   // 4.3.2
    ("servicestage.component.update", components::update),                       // 4.3.5
    ("servicestage.component.action", components::action),                       // 4.3.8
    ("servicestage.component.refresh", components::refresh),                     // 4.3.10
    ("servicestage.component.filter_options", components::filter_options),       // 4.3.11
    ("servicestage.runtime_stack.inner_images", stacks::inner_images),           // 4.4.2
    ("servicestage.runtime_stack.publish", stacks::publish),                     // 4.4.7
    ("servicestage.config.create", configs::create),                             // 4.5.3
    ("servicestage.config.import", configs::import),                             // 4.5.4
    ("servicestage.config.update", configs::update),                             // 4.5.8
    ("servicestage.job.get", jobs::get),                                         // 4.6.1
    ("servicestage.addon.create", addons::create),                               // 4.7.1
    ("servicestage.addon.metadata", addons::metadata),                           // 4.7.3
    ("servicestage.addon.action", addons::action),                               // 4.7.5
    ("servicestage.addon.delete", addons::delete),                               // 4.7.6
    ("servicestage.git_authorization.redirect", git::redirect),                  // 5.2
    ("servicestage.git_authorization.create_oauth", git::create_oauth),          // 5.3
    ("servicestage.git_authorization.create_personal", git::create_personal),    // 5.4
    ("servicestage.git_authorization.create_password", git::create_password),    // 5.5
    ("servicestage.git_namespace.list", git::namespaces),                        // 5.7
    ("servicestage.git_project.resolve", git::project_info),                     // 5.8
    ("servicestage.git_project.list", git::projects),                            // 5.9
    ("servicestage.git_project.create", git::create_project),                    // 5.10
    ("servicestage.git_branch.list", git::branches),                             // 5.11
    ("servicestage.git_tag.list", git::tags),                                    // 5.12
    ("servicestage.git_tag.create", git::create_tag),                            // 5.13
    ("servicestage.git_tag.delete", git::delete_tag),                            // 5.14
    ("servicestage.git_commit.list", git::commits),                              // 5.15
    ("servicestage.git_hook.list", git::hooks),                                  // 5.16
    ("servicestage.git_hook.create", git::create_hook),                          // 5.17
    ("servicestage.git_hook.delete", git::delete_hook),                          // 5.18
    ("servicestage.git_file.tree", git::tree),                                   // 5.19
    ("servicestage.git_file.get", git::get_file),                                // 5.20
    ("servicestage.git_file.create", git::create_file),                          // 5.21
    ("servicestage.git_file.update", git::update_file),                          // 5.22
    ("servicestage.git_file.delete", git::delete_file),                          // 5.23
    ("servicestage.v2_runtime.list", v2::runtimes),                              // 12.1.1.1
    ("servicestage.v2_flavor.list", v2::flavors),                                // 12.1.1.2
    ("servicestage.v2_environment.create", v2::create_environment),              // 12.1.2.1
    ("servicestage.v2_environment.resources", v2::change_resources),             // 12.1.2.6
    ("servicestage.v2_application.configure", v2::put_configuration),           // 12.1.3.6
    ("servicestage.v2_application.delete_configuration", v2::delete_configuration), // 12.1.3.7
    ("servicestage.v2_application.configuration", v2::get_configuration),       // 12.1.3.8
    ("servicestage.v2_component.create", v2::create_component),                  // 12.1.4.1
    ("servicestage.v2_component.delete", v2::delete_component),                  // 12.1.4.4
    ("servicestage.v2_instance.create", v2::instances::create),                  // 12.1.5.1
    ("servicestage.v2_instance.action", v2::instances::action),                  // 12.1.5.3
    ("servicestage.v2_instance.update", v2::instances::update),                  // 12.1.5.4
    ("servicestage.v2_instance.delete", v2::instances::delete),                  // 12.1.5.5
    ("servicestage.v2_instance.snapshots", v2::instances::snapshots),            // 12.1.5.7
    ("servicestage.v2_job.get", v2::instances::get_job),                         // 12.1.6.1
    ("servicestage.build_job.builds", v2::builds::builds),                       // 12.2.2
    ("servicestage.build.phases", v2::builds::phases),                           // 12.2.3
    ("servicestage.build.log", v2::builds::log),                                 // 12.2.4
];

/// Brings time-driven state up to `now`: jobs progress, and what finished jobs change is
/// applied.
fn settle(store: &mut Store, clock: &Clock, _caller: &str) {
    jobs::settle(store, clock.now, clock.speed);
}

/// Runs a handler on the caller's project; its error is the answer too.
fn run(call: &Call, f: impl FnOnce(&mut Store) -> Result<Response, Response>) -> Response {
    call.with_store(f).unwrap_or_else(|res| res)
}

pub use super::engine::{object, text};
