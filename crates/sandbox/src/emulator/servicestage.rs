//! ServiceStage's behaviour in the sandbox: its resources' documented errors, its demo data,
//! and the operations that need more than generic create/list/get/update/delete.

use axum::http::StatusCode;
use axum::response::Response;
use opsdeck_api::catalog;
use opsdeck_api::operation::OperationDecl;
use serde_json::{json, Value};

use super::{Call, ResourceBehavior};

/// The user the sandbox says created things.
pub const SANDBOX_USER: &str = "sandbox-user";

pub static BEHAVIORS: &[ResourceBehavior] = &[ResourceBehavior {
    resource: &catalog::ENVIRONMENTS,
    not_found: ("SVCSTG.00100411", "environment not found"),
    // The error-code table lists "environment name is already used" as a 400.
    name_taken: Some((StatusCode::BAD_REQUEST, "SVCSTG.00100449", "environment name is already used")),
    seed: seed_environments,
}];

/// Picks between operations that share a method and path, by what the body carries.
pub fn disambiguate(candidates: &[&'static OperationDecl], _body: Option<&Value>) -> Option<&'static OperationDecl> {
    (candidates.len() == 1).then(|| candidates[0])
}

/// Operations with behaviour beyond the generic resource rules.
pub fn handle(_call: &Call) -> Option<Response> {
    None
}

const DAY_MS: i64 = 86_400_000;

fn seed_environments(project_id: &str) -> Vec<Value> {
    let base = super::now_ms() - 40 * DAY_MS;
    let env = |i: i64, id: &str, name: &str, mode: &str, description: &str, labels: Value, resources: Value| {
        json!({
            "id": id,
            "name": name,
            "description": description,
            "project_id": project_id,
            "enterprise_project_id": "0",
            "deploy_mode": mode,
            "vpc_id": "29d55020-ae0e-4a18-871c-93e6976ee7bd",
            "creator": "ss-admin",
            "create_time": base + i * 3 * DAY_MS,
            "update_time": base + i * 3 * DAY_MS + 3_600_000,
            "labels": labels,
            "resources": resources,
        })
    };
    vec![
        env(0, "00078e9d-a61c-476e-ac63-a10c9cb2638e", "development-env", "virtualmachine", "Developers' sandbox",
            json!([{"key": "team", "value": "payments"}]),
            json!([{"id": "329b135e-7b31-4ea6-afb9-b69017bd0a80", "type": "ecs", "name": "ecs-dev-01"}])),
        env(1, "4c1b7a3e-5a52-4b5e-9a0f-2f7f4f0c1a11", "test-env", "container", "Integration tests",
            json!([{"key": "team", "value": "payments"}, {"key": "stage", "value": "test"}]),
            json!([{"id": "523498f1-36c4-11eb-ae36-0255ac1000c2", "type": "cce", "name": "cce-test"}])),
        env(2, "9a3f0d52-1e4b-4c8e-b5f1-7d2a6c9e8b30", "staging-env", "container", "Pre-production, mirrors production",
            json!([{"key": "stage", "value": "staging"}]),
            json!([{"id": "7d1f2b3c-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "type": "cce", "name": "cce-staging"},
                   {"id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", "type": "elb", "name": "elb-staging"}])),
        env(3, "ea011e01-2eb5-453f-87bf-874e4a855abe", "production-env", "mixed", "Production",
            json!([{"key": "stage", "value": "prod"}, {"key": "owner", "value": "sre"}]),
            json!([{"id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "type": "cce", "name": "cce-prod"},
                   {"id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "type": "rds", "name": "rds-orders"},
                   {"id": "3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f", "type": "dcs", "name": "dcs-sessions"}])),
        env(4, "b7e2c1d0-3f4a-4b5c-9d6e-7f8a9b0c1d2e", "perf-env", "virtualmachine", "Load tests",
            json!([]), json!([])),
    ]
}
