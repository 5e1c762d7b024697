//! Virtual Private Cloud (not a seed document): the VPC and subnet lists that the forms' VPC
//! pickers read (an environment's `vpc_id`). Supplementary operations (`x-vpc:…`), declared on
//! the service's own v1 paths with its own member names.
//!
//! Wire check: the SDK models `huaweicloudsdkvpc.v2` ListVpcsRequest / ListVpcsResponse / Vpc
//! and ListSubnetsRequest / ListSubnetsResponse / Subnet (python-v3; go-v3 `services/vpc/v2`).
//! Both lists page with `limit` and `marker` (the id of the last item of the previous page)
//! and answer only the items, no total and no links. Of the many members of a VPC and a
//! subnet only those a picker or a glance needs are modelled; the rest decode as unknown
//! members and are ignored.

use serde::{Deserialize, Serialize};

use crate::lenient::Open;
use crate::schema::Schema;

/// Query of the VPC list (`GET /v1/{project_id}/vpcs`, "查询VPC列表").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct VpcListParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "每页条数", en = "Limit", min = 0, max = 2000, help_zh = "每页返回的个数。", help_en = "Items per page.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "分页起始ID", en = "Marker", help_zh = "分页查询起始的资源ID，为空时查询第一页。", help_en = "ID of the last VPC of the previous page; empty for the first page.")]
    pub marker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "VPC ID", en = "VPC ID", help_zh = "按虚拟私有云ID过滤。", help_en = "Only the VPC with this ID.")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "企业项目ID", en = "Enterprise project ID", max_len = 36, choices = "eps.enterprise_project.list|enterprise_projects|id|name",
        help_zh = "按企业项目过滤；0表示默认企业项目，all_granted_eps表示有权限的全部企业项目。",
        help_en = "Only VPCs of this enterprise project; 0 is the default project, all_granted_eps every project you may see.")]
    pub enterprise_project_id: Option<String>,
}

/// States of a VPC (SDK `Vpc.status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "VPC状态", en = "VPC status")]
pub enum VpcStatus {
    #[serde(rename = "CREATING")]
    #[schema(zh = "创建中", en = "Creating")]
    Creating,
    #[serde(rename = "OK")]
    #[schema(zh = "创建成功", en = "OK")]
    Ok,
    #[serde(rename = "ERROR")]
    #[schema(zh = "故障", en = "Error")]
    Error,
}

/// A VPC as the list answers it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "虚拟私有云", en = "VPC")]
pub struct Vpc {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "VPC ID", en = "VPC ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "网段", en = "CIDR block")]
    pub cidr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status")]
    pub status: Option<Open<VpcStatus>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID")]
    pub enterprise_project_id: Option<String>,
}

/// Answer of the VPC list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "VPC列表", en = "VPCs")]
pub struct VpcList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "虚拟私有云", en = "VPCs")]
    pub vpcs: Option<Vec<Vpc>>,
}

/// Query of the subnet list (`GET /v1/{project_id}/subnets`, "查询子网列表").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct SubnetListParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "每页条数", en = "Limit", min = 0, max = 2000, help_zh = "每页返回的个数。", help_en = "Items per page.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "分页起始ID", en = "Marker", help_zh = "分页查询起始的资源ID，为空时查询第一页。", help_en = "ID of the last subnet of the previous page; empty for the first page.")]
    pub marker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "VPC ID", en = "VPC ID", choices = "vpc.vpc.list|vpcs|id|name",
        help_zh = "按子网所在的虚拟私有云过滤。", help_en = "Only the subnets of this VPC.")]
    pub vpc_id: Option<String>,
}

/// States of a subnet (SDK `Subnet.status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "子网状态", en = "Subnet status")]
pub enum SubnetStatus {
    #[serde(rename = "ACTIVE")]
    #[schema(zh = "已挂载到路由器", en = "Active (attached to the router)")]
    Active,
    #[serde(rename = "UNKNOWN")]
    #[schema(zh = "尚未挂载到路由器", en = "Unknown (not yet attached)")]
    Unknown,
    #[serde(rename = "ERROR")]
    #[schema(zh = "故障", en = "Error")]
    Error,
}

/// A subnet as the list answers it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "子网", en = "Subnet")]
pub struct Subnet {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子网ID", en = "Subnet ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "网段", en = "CIDR block")]
    pub cidr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "网关", en = "Gateway")]
    pub gateway_ip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否开启DHCP", en = "DHCP")]
    pub dhcp_enable: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "可用区", en = "Availability zone")]
    pub availability_zone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "所在VPC ID", en = "VPC ID")]
    pub vpc_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status")]
    pub status: Option<Open<SubnetStatus>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "网络ID（OpenStack Neutron）", en = "Network ID (OpenStack Neutron)")]
    pub neutron_network_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子网ID（OpenStack Neutron）", en = "Subnet ID (OpenStack Neutron)")]
    pub neutron_subnet_id: Option<String>,
}

/// Answer of the subnet list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "子网列表", en = "Subnets")]
pub struct SubnetList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子网", en = "Subnets")]
    pub subnets: Option<Vec<Subnet>>,
}

crate::operations! {
    service: Vpc;

    /// VPC 查询VPC列表 (not a seed document): the environment form's VPC picker.
    ListVpcsOp {
        doc_ref: "x-vpc:vpcs",
        id: "vpc.vpc.list",
        title: ("查询VPC列表", "List VPCs"),
        Get "/v1/{project_id}/vpcs",
        kind: List,
        params: VpcListParams,
        response: VpcList,
        status: 200,
    }

    /// VPC 查询子网列表 (not a seed document): a VPC's subnets.
    ListSubnetsOp {
        doc_ref: "x-vpc:subnets",
        id: "vpc.subnet.list",
        title: ("查询子网列表", "List subnets"),
        Get "/v1/{project_id}/subnets",
        kind: List,
        params: SubnetListParams,
        response: SubnetList,
        status: 200,
    }
}
