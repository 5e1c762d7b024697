//! CCE (supplementary): the cluster list the forms' cluster pickers read, served by the generic
//! engine from a store per project.
//!
//! Three clusters, the ones the demo ServiceStage environments manage (`cce-test`,
//! `cce-staging`, `cce-prod`), their nodes in `vpc-mall`. The list answers CCE's
//! Kubernetes-shaped `{"kind": "ClusterList", "apiVersion": "v3", "items": […]}`, unpaged,
//! filtered by `status` (the phase), `type` and `version`. Errors are `{"error_code",
//! "error_msg"}`.

use opsdeck_api::cce::ListClustersOp;
use opsdeck_api::operation::{Operation, Service};
use opsdeck_api::resource::{Filter, ResourceDecl};
use serde_json::{json, Value};

use super::engine::crud::ResourceBehavior;
use super::engine::registry::{ErrorShape, Registration};
use super::servicestage::seed::{ENV_VPC, PROD_CCE, STAGING_CCE, TEST_CCE};
use super::vpc::MALL_SUBNET_C;

pub fn registration() -> Registration {
    Registration {
        service: Service::Cce,
        errors: ErrorShape::CodeMsg,
        invalid_code: "CCE.01400001",
        resources: RESOURCES,
        path_formats: &[super::HUAWEI_PROJECT_ID],
        ..Registration::BASE // uuids, a store per project, IAM credentials, no handlers
    }
}

static RESOURCES: &[ResourceBehavior] = &[ResourceBehavior {
    resource: &CLUSTERS,
    not_found: ("CCE.01404001", "cluster {id} not found"),
    seed: clusters,
    list_members: &[("kind", "ClusterList"), ("apiVersion", "v3")],
    ..ResourceBehavior::BASE
}];

// A list the forms choose from, not a resource with pages of its own in the console: declared
// here, for the sandbox only, rather than in `catalog::RESOURCES`.
static CLUSTERS: ResourceDecl = ResourceDecl {
    key: "clusters",
    service: Service::Cce,
    id_field: "metadata.uid",
    id_param: "cluster_id",
    name_field: "metadata.name",
    items_field: "items",
    filters: &[
        Filter { param: "status", field: "status.phase" },
        Filter { param: "type", field: "spec.type" },
        Filter { param: "version", field: "spec.version" },
    ],
    list: Some(ListClustersOp::DECL),
    ..ResourceDecl::BLANK
};

fn clusters(_project_id: &str, _now: i64) -> Vec<Value> {
    let cluster = |uid: &str, name: &str, flavor: &str, version: &str, description: &str, created: &str| {
        json!({
            "kind": "Cluster", "apiVersion": "v3",
            "metadata": {"name": name, "uid": uid, "alias": name, "creationTimestamp": created, "updateTimestamp": created},
            "spec": {
                "category": "CCE", "type": "VirtualMachine", "flavor": flavor, "version": version, "description": description,
                "hostNetwork": {"vpc": ENV_VPC, "subnet": MALL_SUBNET_C, "SecurityGroup": "d2a1f6c3-8b7e-4c5d-9e0f-1a2b3c4d5e6f"},
                "containerNetwork": {"mode": "vpc-router", "cidr": "10.0.0.0/16"},
                "billingMode": 0,
            },
            "status": {"phase": "Available"},
        })
    };
    vec![
        cluster(TEST_CCE, "cce-test", "cce.s1.small", "v1.28", "Integration tests", "2024-03-04 08:12:31.118042 +0000 UTC"),
        cluster(STAGING_CCE, "cce-staging", "cce.s1.small", "v1.28", "Pre-production", "2024-03-11 02:40:05.530211 +0000 UTC"),
        cluster(PROD_CCE, "cce-prod", "cce.s2.medium", "v1.27", "Production, three masters", "2023-11-20 09:03:44.004519 +0000 UTC"),
    ]
}
