//! EPS (supplementary): the enterprise project list the forms' `enterprise_project_id` pickers
//! read, served by the generic engine from one store (EPS is global: its path carries no
//! project).
//!
//! The default project (id `0`, as in every account) and `mall-lab`, which `vpc-lab` belongs
//! to. The list pages with `limit`/`offset`, answers `total_count`, searches names with
//! `name`, filters by `id` and `status` (1 enabled, 2 disabled) and sorts by `sort_key` and
//! `sort_dir`. Errors are `{"error_code", "error_msg"}`.

use opsdeck_api::eps::ListEnterpriseProjectsOp;
use opsdeck_api::operation::{Operation, Service};
use opsdeck_api::resource::{Filter, Paging, ResourceDecl, Sorting};
use serde_json::{json, Value};

use super::engine::crud::ResourceBehavior;
use super::engine::registry::{ErrorShape, Registration, StoreScope};

/// The second enterprise project (the default one is `0`).
pub const LAB_PROJECT: &str = "5f8e2d1c-3b4a-4c5d-9e6f-7a8b9c0d1e2f";

pub fn registration() -> Registration {
    Registration {
        service: Service::Eps,
        errors: ErrorShape::CodeMsg,
        invalid_code: "EPS.0004",
        store: StoreScope::Shared { owner: None },
        resources: RESOURCES,
        ..Registration::BASE // uuids, IAM credentials, no handlers
    }
}

static RESOURCES: &[ResourceBehavior] = &[ResourceBehavior {
    resource: &ENTERPRISE_PROJECTS,
    not_found: ("EPS.0005", "enterprise project {id} not found"),
    seed: enterprise_projects,
    search: Some(("name", &["name"])),
    ..ResourceBehavior::BASE
}];

// A list the forms choose from, not a resource with pages of its own in the console: declared
// here, for the sandbox only, rather than in `catalog::RESOURCES`.
static ENTERPRISE_PROJECTS: ResourceDecl = ResourceDecl {
    key: "enterprise_projects",
    service: Service::Eps,
    id_param: "enterprise_project_id",
    items_field: "enterprise_projects",
    count_field: Some("total_count"),
    filters: &[Filter { param: "id", field: "id" }, Filter { param: "status", field: "status" }],
    sorting: Some(Sorting { by: "sort_key", order: "sort_dir", default_by: "created_at" }),
    paging: Paging::LimitOffset { limit: "limit", offset: "offset", max_limit: 1000 },
    list: Some(ListEnterpriseProjectsOp::DECL),
    ..ResourceDecl::BLANK
};

fn enterprise_projects(_project_id: &str, _now: i64) -> Vec<Value> {
    vec![
        json!({"id": "0", "name": "default", "description": "The default enterprise project", "status": 1, "type": "prod",
            "created_at": "2022-09-01T00:00:00Z", "updated_at": "2022-09-01T00:00:00Z"}),
        json!({"id": LAB_PROJECT, "name": "mall-lab", "description": "Experiments of the mall team", "status": 1, "type": "poc",
            "created_at": "2024-02-19T06:30:12Z", "updated_at": "2024-04-02T11:05:47Z"}),
    ]
}
