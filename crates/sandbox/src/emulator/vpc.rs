//! VPC (supplementary): the VPC and subnet lists the forms' VPC pickers read, served by the
//! generic engine from a store per project.
//!
//! Two VPCs: `vpc-mall`, the one every demo environment of ServiceStage uses, and `vpc-lab`
//! (the id the document's environment example names), with three and two subnets. Both lists
//! page VPC's way: `limit` items after the one whose id is `marker`, no total and no links; an
//! unknown marker is invalid. Errors are VPC's own `{"code", "message"}`.

use opsdeck_api::operation::{Operation, Service};
use opsdeck_api::resource::{Filter, ResourceDecl};
use opsdeck_api::vpc::{ListSubnetsOp, ListVpcsOp};
use serde_json::{json, Value};

use super::engine::crud::{ListPaging, ResourceBehavior};
use super::engine::registry::{ErrorShape, Registration};
use super::servicestage::seed::ENV_VPC;

/// The VPC of the document's environment example (4.1.1), not used by a demo environment.
pub const LAB_VPC: &str = "0c72428b-cd6c-4283-a560-210d3edb49f7";

/// One subnet of `vpc-mall` per availability zone, and the one the CCE clusters' nodes use.
pub const MALL_SUBNET_A: &str = "4779ab1c-7c1a-44b1-a02e-93dfc361b32d";
pub const MALL_SUBNET_B: &str = "6e4b2f0a-9d3c-4b8e-a1f2-3c4d5e6f7a8b";
pub const MALL_SUBNET_C: &str = "8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d";

/// A marker page without `limit`: VPC answers up to 2000 items.
const DEFAULT_LIMIT: usize = 2000;

pub fn registration() -> Registration {
    Registration {
        service: Service::Vpc,
        errors: ErrorShape::CodeMessage,
        invalid_code: "VPC.0101",
        resources: RESOURCES,
        path_formats: &[super::HUAWEI_PROJECT_ID],
        ..Registration::BASE // uuids, a store per project, IAM credentials, no handlers
    }
}

static RESOURCES: &[ResourceBehavior] = &[
    ResourceBehavior {
        resource: &VPCS,
        not_found: ("VPC.0003", "VPC {id} does not exist."),
        seed: vpcs,
        paging: ListPaging::Marker { limit: "limit", marker: "marker", default_limit: DEFAULT_LIMIT },
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &SUBNETS,
        not_found: ("VPC.0202", "Subnet {id} does not exist."),
        seed: subnets,
        paging: ListPaging::Marker { limit: "limit", marker: "marker", default_limit: DEFAULT_LIMIT },
        ..ResourceBehavior::BASE
    },
];

// Lists the forms choose from, not resources with pages of their own in the console: declared
// here, for the sandbox only, rather than in `catalog::RESOURCES`.

static VPCS: ResourceDecl = ResourceDecl {
    key: "vpcs",
    service: Service::Vpc,
    id_param: "vpc_id",
    items_field: "vpcs",
    filters: &[Filter { param: "id", field: "id" }, Filter { param: "enterprise_project_id", field: "enterprise_project_id" }],
    list: Some(ListVpcsOp::DECL),
    ..ResourceDecl::BLANK
};

static SUBNETS: ResourceDecl = ResourceDecl {
    key: "subnets",
    service: Service::Vpc,
    id_param: "subnet_id",
    items_field: "subnets",
    filters: &[Filter { param: "vpc_id", field: "vpc_id" }],
    list: Some(ListSubnetsOp::DECL),
    ..ResourceDecl::BLANK
};

fn vpcs(_project_id: &str, _now: i64) -> Vec<Value> {
    let vpc = |id: &str, name: &str, cidr: &str, description: &str, ep: &str| {
        json!({"id": id, "name": name, "cidr": cidr, "description": description, "status": "OK",
            "enterprise_project_id": ep, "routes": []})
    };
    vec![
        vpc(ENV_VPC, "vpc-mall", "192.168.0.0/16", "The environments' network", "0"),
        vpc(LAB_VPC, "vpc-lab", "172.16.0.0/12", "Experiments", super::eps::LAB_PROJECT),
    ]
}

fn subnets(_project_id: &str, _now: i64) -> Vec<Value> {
    // (id, OpenStack subnet id, name, VPC, CIDR, gateway, availability zone)
    let subnet = |(id, neutron, name, vpc, cidr, gateway, az): (&str, &str, &str, &str, &str, &str, &str)| {
        json!({"id": id, "name": name, "description": "", "cidr": cidr, "gateway_ip": gateway, "dhcp_enable": true,
            "primary_dns": "100.125.1.250", "secondary_dns": "100.125.129.250", "availability_zone": az, "vpc_id": vpc,
            "status": "ACTIVE", "neutron_network_id": id, "neutron_subnet_id": neutron})
    };
    [
        (MALL_SUBNET_A, "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b", "subnet-mall-a", ENV_VPC, "192.168.0.0/24", "192.168.0.1", "cn-north-4a"),
        (MALL_SUBNET_B, "f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6c", "subnet-mall-b", ENV_VPC, "192.168.1.0/24", "192.168.1.1", "cn-north-4b"),
        (MALL_SUBNET_C, "a3b4c5d6-e7f8-4a9b-8c1d-2e3f4a5b6c7d", "subnet-mall-cce", ENV_VPC, "192.168.16.0/20", "192.168.16.1", "cn-north-4a"),
        ("b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e", "b4c5d6e7-f8a9-4b0c-9d2e-3f4a5b6c7d8e", "subnet-lab", LAB_VPC, "172.16.0.0/24", "172.16.0.1", "cn-north-4a"),
        ("c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f", "c5d6e7f8-a9b0-4c1d-8e3f-4a5b6c7d8e9f", "subnet-lab-b", LAB_VPC, "172.16.8.0/24", "172.16.8.1", "cn-north-4c"),
    ]
    .into_iter()
    .map(subnet)
    .collect()
}
