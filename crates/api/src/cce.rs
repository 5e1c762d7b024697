//! Cloud Container Engine (not a seed document): the cluster list that the forms' cluster
//! pickers read (a component's build cluster). A supplementary operation (`x-cce:clusters`)
//! on the service's own path with its own member names.
//!
//! Wire check: the SDK models `huaweicloudsdkcce.v3` ListClustersRequest /
//! ListClustersResponse / Cluster, ClusterMetadata, ClusterSpec, HostNetwork,
//! ContainerNetwork, ClusterStatus (python-v3; go-v3 `services/cce/v3`). The answer is
//! Kubernetes-shaped, `{"kind": "ClusterList", "apiVersion": "v3", "items": [...]}`, each
//! cluster's id in `metadata.uid` and its name in `metadata.name`; members are camelCase
//! (`creationTimestamp`, `hostNetwork`, `SecurityGroup` with a capital S). The list is not
//! paged. Only the members a picker or a glance needs are modelled.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lenient::Open;
use crate::schema::Schema;

/// Cluster states (SDK ListClustersRequest `status`, ClusterStatus `phase`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "集群状态", en = "Cluster status")]
pub enum CceClusterPhase {
    #[serde(rename = "Available")]
    #[schema(zh = "可用", en = "Available")]
    Available,
    #[serde(rename = "Unavailable")]
    #[schema(zh = "不可用", en = "Unavailable")]
    Unavailable,
    #[serde(rename = "ScalingUp")]
    #[schema(zh = "扩容中", en = "Scaling up")]
    ScalingUp,
    #[serde(rename = "ScalingDown")]
    #[schema(zh = "缩容中", en = "Scaling down")]
    ScalingDown,
    #[serde(rename = "Creating")]
    #[schema(zh = "创建中", en = "Creating")]
    Creating,
    #[serde(rename = "Deleting")]
    #[schema(zh = "删除中", en = "Deleting")]
    Deleting,
    #[serde(rename = "Upgrading")]
    #[schema(zh = "升级中", en = "Upgrading")]
    Upgrading,
    #[serde(rename = "Resizing")]
    #[schema(zh = "规格变更中", en = "Resizing")]
    Resizing,
    #[serde(rename = "RollingBack")]
    #[schema(zh = "回滚中", en = "Rolling back")]
    RollingBack,
    #[serde(rename = "RollbackFailed")]
    #[schema(zh = "回滚异常", en = "Rollback failed")]
    RollbackFailed,
    #[serde(rename = "Empty")]
    #[schema(zh = "集群无任何资源", en = "Empty")]
    Empty,
}

/// Cluster types (SDK ListClustersRequest `type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "集群类型", en = "Cluster type")]
pub enum CceClusterType {
    #[serde(rename = "VirtualMachine")]
    #[schema(zh = "CCE集群", en = "CCE cluster (x86)")]
    VirtualMachine,
    #[serde(rename = "ARM64")]
    #[schema(zh = "鲲鹏集群", en = "Kunpeng cluster (ARM64)")]
    Arm64,
}

/// Query of the cluster list (`GET /api/v3/projects/{project_id}/clusters`, "获取指定项目下的集群").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct CceClusterListParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "集群状态", en = "Status", help_zh = "按集群状态过滤。", help_en = "Only clusters in this state.")]
    pub status: Option<CceClusterPhase>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "集群类型", en = "Type", help_zh = "VirtualMachine：CCE集群；ARM64：鲲鹏集群。", help_en = "VirtualMachine: CCE cluster; ARM64: Kunpeng cluster.")]
    pub cluster_type: Option<CceClusterType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "集群版本", en = "Version", help_zh = "按集群版本过滤，例如v1.28。", help_en = "Only clusters of this version, e.g. v1.28.")]
    pub version: Option<String>,
}

/// A cluster's identity (SDK ClusterMetadata).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "集群元数据", en = "Cluster metadata")]
pub struct CceClusterMetadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群ID", en = "Cluster ID")]
    pub uid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群显示名", en = "Alias")]
    pub alias: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群标签", en = "Labels")]
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(rename = "creationTimestamp", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created")]
    pub creation_timestamp: Option<String>,
    #[serde(rename = "updateTimestamp", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "更新时间", en = "Updated")]
    pub update_timestamp: Option<String>,
}

/// Where a cluster's nodes live (SDK HostNetwork).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "节点网络", en = "Node network")]
pub struct CceHostNetwork {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "VPC ID", en = "VPC ID")]
    pub vpc: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子网网络ID", en = "Subnet network ID")]
    pub subnet: Option<String>,
    #[serde(rename = "SecurityGroup", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "安全组ID", en = "Security group ID")]
    pub security_group: Option<String>,
}

/// The pods' network (SDK ContainerNetwork).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "容器网络", en = "Container network")]
pub struct CceContainerNetwork {
    /// overlay_l2, vpc-router or eni; a plain string in answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "容器网络类型", en = "Mode")]
    pub mode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "容器网段", en = "CIDR block")]
    pub cidr: Option<String>,
}

/// A cluster's settings (part of SDK ClusterSpec).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "集群规格", en = "Cluster spec")]
pub struct CceClusterSpec {
    /// CCE (a standard cluster) or Turbo; a plain string in answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群类别", en = "Category")]
    pub category: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群类型", en = "Type")]
    pub cluster_type: Option<Open<CceClusterType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群规格", en = "Flavor")]
    pub flavor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群版本", en = "Version")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub description: Option<String>,
    #[serde(rename = "hostNetwork", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "节点网络", en = "Node network")]
    pub host_network: Option<CceHostNetwork>,
    #[serde(rename = "containerNetwork", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "容器网络", en = "Container network")]
    pub container_network: Option<CceContainerNetwork>,
}

/// A cluster's state (part of SDK ClusterStatus).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "集群状态信息", en = "Cluster state")]
pub struct CceClusterStatus {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群状态", en = "Phase")]
    pub phase: Option<Open<CceClusterPhase>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "原因", en = "Reason")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "详细信息", en = "Message")]
    pub message: Option<String>,
}

/// A cluster as the list answers it (SDK Cluster).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "集群", en = "Cluster")]
pub struct CceCluster {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "API类型", en = "Kind")]
    pub kind: Option<String>,
    #[serde(rename = "apiVersion", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "API版本", en = "API version")]
    pub api_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "元数据", en = "Metadata")]
    pub metadata: Option<CceClusterMetadata>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "规格", en = "Spec")]
    pub spec: Option<CceClusterSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status")]
    pub status: Option<CceClusterStatus>,
}

/// Answer of the cluster list (SDK ListClustersResponse).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "集群列表", en = "Clusters")]
pub struct CceClusterList {
    /// `ClusterList`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "API类型", en = "Kind")]
    pub kind: Option<String>,
    #[serde(rename = "apiVersion", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "API版本", en = "API version")]
    pub api_version: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群", en = "Clusters")]
    pub items: Option<Vec<CceCluster>>,
}

crate::operations! {
    service: Cce;

    /// CCE 获取指定项目下的集群 (not a seed document): the cluster pickers' list.
    ListClustersOp {
        doc_ref: "x-cce:clusters",
        id: "cce.cluster.list",
        title: ("获取指定项目下的集群", "List clusters"),
        Get "/api/v3/projects/{project_id}/clusters",
        kind: List,
        params: CceClusterListParams,
        response: CceClusterList,
        status: 200,
    }
}
