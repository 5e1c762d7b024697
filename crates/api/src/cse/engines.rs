//! Exclusive microservice engines (6.3.1–6.3.6): flavors, the engine list, creation, detail,
//! deletion and the job that creation and deletion start.
//!
//! Wire check: SDK `ListFlavorsRequest` / `ListFlavorsResponse` / `FlavorBrief`,
//! `ListEnginesRequest` / `ListEnginesResponse` / `EngineSimpleInfo`, `CreateEngineRequest` /
//! `EngineCreateReq` / `EngineRbacPwd`, `ShowEngineResponse` / `EngineExternalEntrypoint` /
//! `EntrypointItem` / `EngineReference` / `Spec`, `DeleteEngineResponse`,
//! `ShowEngineJobResponse` / `TaskSteps` / `Task` (go-v3 `services/cse/v1/model`, python-v3
//! `huaweicloudsdkcse/v1/model`). Older SDK releases spelled the answers' members in
//! snake_case (`auth_type`, `external_entrypoint`, `task_name`); the current ones use the
//! document's camelCase, which is what is encoded here. Where the document's tables or
//! examples spell a member otherwise, both spellings decode (comments at the fields).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lenient::Open;
use crate::schema::Schema;

/// Engine names: a letter first, then letters, digits and hyphens, not ending in a hyphen,
/// 3–24 characters (`default` is refused by the service, not by the pattern).
pub const ENGINE_NAME_PATTERN: &str = "^[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]$";

/// Deployment type of an engine: 1.x (`CSE`) or 2.x (`CSE2`).
// document: CSE, CSE2; service (SDK EngineCreateReqSpecType): CSE2, Nacos2, MicroGateway in
// the current release, CSE and CSE2 in older ones. The document's two are offered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "引擎部署类型", en = "Engine deployment type")]
pub enum EngineSpecType {
    #[serde(rename = "CSE")]
    #[schema(zh = "1.x版本引擎", en = "Engine version 1.x")]
    Cse,
    #[default]
    #[serde(rename = "CSE2")]
    #[schema(zh = "2.x版本引擎", en = "Engine version 2.x")]
    Cse2,
}

/// `type` of the engine list.
// document: CSE, CSE_SHARE; service (SDK ListEnginesRequest.type, a plain string): ALL, CSE,
// Nacos, MicroGateway in the current release. The document's two are offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "引擎类型", en = "Engine type")]
pub enum EngineType {
    #[serde(rename = "CSE")]
    #[schema(zh = "专享版引擎", en = "Exclusive engine")]
    Cse,
    #[serde(rename = "CSE_SHARE")]
    #[schema(zh = "专业版（共享）引擎", en = "Professional (shared) engine")]
    CseShare,
}

/// How an engine authenticates its callers.
// document and service (SDK EngineCreateReqAuthType: RBAC, NONE) agree.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "认证方式", en = "Authentication")]
pub enum EngineAuthType {
    #[default]
    #[serde(rename = "RBAC")]
    #[schema(zh = "安全认证（RBAC）", en = "Security authentication (RBAC)")]
    Rbac,
    #[serde(rename = "NONE")]
    #[schema(zh = "无认证", en = "No authentication")]
    None,
}

/// Billing of a new engine: only pay-per-use can be created.
// document and service (SDK EngineCreateReqPayment: "1") agree.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "计费方式", en = "Billing")]
pub enum EnginePayment {
    #[default]
    #[serde(rename = "1")]
    #[schema(zh = "按需计费", en = "Pay-per-use")]
    OnDemand,
}

/// An engine's state.
// document: a plain string ("Available", "Creating" in the examples); service (SDK
// EngineSimpleInfoStatus, ShowEngineResponseStatus): these twelve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "引擎状态", en = "Engine status")]
pub enum EngineStatus {
    #[serde(rename = "Creating")]
    #[schema(zh = "创建中", en = "Creating")]
    Creating,
    #[serde(rename = "Available")]
    #[schema(zh = "可用", en = "Available")]
    Available,
    #[serde(rename = "Unavailable")]
    #[schema(zh = "不可用", en = "Unavailable")]
    Unavailable,
    #[serde(rename = "Deleting")]
    #[schema(zh = "删除中", en = "Deleting")]
    Deleting,
    #[serde(rename = "Deleted")]
    #[schema(zh = "已删除", en = "Deleted")]
    Deleted,
    #[serde(rename = "Upgrading")]
    #[schema(zh = "升级中", en = "Upgrading")]
    Upgrading,
    #[serde(rename = "Modifying")]
    #[schema(zh = "变更中", en = "Modifying")]
    Modifying,
    #[serde(rename = "CreateFailed")]
    #[schema(zh = "创建失败", en = "Creation failed")]
    CreateFailed,
    #[serde(rename = "DeleteFailed")]
    #[schema(zh = "删除失败", en = "Deletion failed")]
    DeleteFailed,
    #[serde(rename = "UpgradeFailed")]
    #[schema(zh = "升级失败", en = "Upgrade failed")]
    UpgradeFailed,
    #[serde(rename = "ModifyFailed")]
    #[schema(zh = "变更失败", en = "Change failed")]
    ModifyFailed,
    #[serde(rename = "Freezed")]
    #[schema(zh = "已冻结", en = "Frozen")]
    Freezed,
}

/// State of an engine job and of its stages.
// document and service (SDK ShowEngineJobResponseStatus, TaskStepsStatus) agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "任务状态", en = "Job status")]
pub enum EngineJobStatus {
    #[serde(rename = "Init")]
    #[schema(zh = "初始化", en = "Initializing")]
    Init,
    #[serde(rename = "Executing")]
    #[schema(zh = "执行中", en = "Executing")]
    Executing,
    #[serde(rename = "Error")]
    #[schema(zh = "执行失败", en = "Failed")]
    Error,
    #[serde(rename = "Timeout")]
    #[schema(zh = "执行超时", en = "Timed out")]
    Timeout,
    #[serde(rename = "Finished")]
    #[schema(zh = "结束", en = "Finished")]
    Finished,
}

/// What an engine job does.
// document: Create, Delete, Upgrade, Configure; service (SDK ShowEngineJobResponseType):
// Create, Delete, Upgrade, Modify. Both are listed (an answer keeps whichever comes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "任务类型", en = "Job type")]
pub enum EngineJobType {
    #[serde(rename = "Create")]
    #[schema(zh = "创建引擎", en = "Create the engine")]
    Create,
    #[serde(rename = "Delete")]
    #[schema(zh = "删除引擎", en = "Delete the engine")]
    Delete,
    #[serde(rename = "Upgrade")]
    #[schema(zh = "升级引擎", en = "Upgrade the engine")]
    Upgrade,
    #[serde(rename = "Configure")]
    #[schema(zh = "变更引擎配置", en = "Change the engine's configuration")]
    Configure,
    #[serde(rename = "Modify")]
    #[schema(zh = "变更引擎", en = "Modify the engine")]
    Modify,
}

// ---------------------------------------------------------------------------------------------
// Flavors (6.3.1)

/// Parameters of 6.3.1.
// document and service (SDK ListFlavorsRequest: specType, X-Enterprise-Project-ID) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct FlavorListParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    /// Optional in the document, yet the service refuses an empty one (SVCSTG.00501134):
    /// forms offer `CSE2`.
    #[serde(rename = "specType", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "引擎部署类型", en = "Engine deployment type",
        help_zh = "CSE：查询1.x版本引擎的规格；CSE2：查询2.x版本引擎的规格。建议填写，例如 CSE2。",
        help_en = "CSE: flavors of 1.x engines; CSE2: flavors of 2.x engines. Best given, e.g. CSE2.")]
    pub spec_type: Option<EngineSpecType>,
    #[serde(rename = "X-Enterprise-Project-ID", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name",
        help_zh = "企业项目ID。不填时为默认企业项目（ID为0）。", help_en = "Enterprise project; the default project (ID 0) when left empty.")]
    pub enterprise_project_id: Option<String>,
}

/// One flavor.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "引擎规格", en = "Engine flavor")]
pub struct EngineFlavor {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "规格", en = "Flavor", help_zh = "例如 cse.s1.small2（高可用100实例引擎）。", help_en = "For example cse.s1.small2 (a highly available engine for 100 instances).")]
    pub flavor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "规格描述", en = "Description")]
    pub description: Option<String>,
}

/// Answer of 6.3.1.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "引擎规格列表", en = "Engine flavors")]
pub struct EngineFlavorList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "规格总数", en = "Total")]
    pub total: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "规格", en = "Flavors")]
    pub data: Option<Vec<EngineFlavor>>,
}

// ---------------------------------------------------------------------------------------------
// Engines as answers (6.3.2, 6.3.4)

/// The address of one component of an engine (EntryPoint).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "访问地址", en = "Entry point")]
pub struct EngineEntryPoint {
    // document: masterEntryPoint (engine list table), masterEndpoint (engine detail table),
    // masterEntrypoint (both examples); service (SDK EntrypointItem): masterEntrypoint.
    #[serde(rename = "masterEntrypoint", alias = "masterEntryPoint", alias = "masterEndpoint", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "IPv4主地址", en = "Primary address (IPv4)", help_zh = "例如 https://192.168.0.169:30100。", help_en = "For example https://192.168.0.169:30100.")]
    pub master_entrypoint: Option<String>,
    // document: masterEntryPointIpv6, masterEndpointIpv6, masterEntrypointIpv6; service (SDK): masterEntrypointIpv6.
    #[serde(rename = "masterEntrypointIpv6", alias = "masterEntryPointIpv6", alias = "masterEndpointIpv6", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "IPv6主地址", en = "Primary address (IPv6)")]
    pub master_entrypoint_ipv6: Option<String>,
    // document: slaveEntryPoint, slaveEndpoint, slaveEntrypoint; service (SDK): slaveEntrypoint.
    #[serde(rename = "slaveEntrypoint", alias = "slaveEntryPoint", alias = "slaveEndpoint", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "IPv4备地址", en = "Standby address (IPv4)")]
    pub slave_entrypoint: Option<String>,
    // document: slaveEntryPointIpv6, slaveEndpointIpv6, slaveEntrypointIpv6; service (SDK): slaveEntrypointIpv6.
    #[serde(rename = "slaveEntrypointIpv6", alias = "slaveEntryPointIpv6", alias = "slaveEndpointIpv6", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "IPv6备地址", en = "Standby address (IPv6)")]
    pub slave_entrypoint_ipv6: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件类型", en = "Component type", help_zh = "例如 REGISTRY。", help_en = "For example REGISTRY.")]
    pub kind: Option<String>,
}

/// Additional information of an engine (EngineReference).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "引擎附加信息", en = "Engine reference")]
pub struct EngineReference {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "VPC名称", en = "VPC name")]
    pub vpc: Option<String>,
    // document: vpcId; service (SDK EngineReference): not modelled. Kept as documented.
    #[serde(rename = "vpcId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "VPC ID", en = "VPC ID")]
    pub vpc_id: Option<String>,
    #[serde(rename = "azList", default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "可用区", en = "Availability zones")]
    pub az_list: Option<Vec<String>>,
    #[serde(rename = "networkId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子网ID", en = "Subnet ID")]
    pub network_id: Option<String>,
    #[serde(rename = "subnetCidr", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "IPv4子网网段", en = "Subnet CIDR (IPv4)")]
    pub subnet_cidr: Option<String>,
    #[serde(rename = "subnetCidrV6", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "IPv6子网网段", en = "Subnet CIDR (IPv6)")]
    pub subnet_cidr_v6: Option<String>,
    #[serde(rename = "subnetGateway", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子网网关", en = "Subnet gateway")]
    pub subnet_gateway: Option<String>,
    // document: publicIpId (tables), publicIpd (engine list example); service (SDK EngineReference): publicIpId.
    #[serde(rename = "publicIpId", alias = "publicIpd", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "公网地址ID", en = "Public IP ID", help_zh = "开启公网访问时使用的弹性公网IP的ID。", help_en = "The elastic IP used when public access is enabled.")]
    pub public_ip_id: Option<String>,
    #[serde(rename = "serviceLimit", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务上限", en = "Microservice limit")]
    pub service_limit: Option<i64>,
    #[serde(rename = "instanceLimit", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例上限", en = "Instance limit")]
    pub instance_limit: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "附加参数", en = "Inputs")]
    pub inputs: Option<BTreeMap<String, String>>,
}

/// An engine as the list answers it (EngineInfo).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务引擎", en = "Engine")]
pub struct EngineInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引擎ID", en = "Engine ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引擎名称", en = "Name")]
    pub name: Option<String>,
    #[serde(rename = "enterpriseProjectId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID")]
    pub enterprise_project_id: Option<String>,
    #[serde(rename = "enterpriseProjectName", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目", en = "Enterprise project")]
    pub enterprise_project_name: Option<String>,
    // document: CSE, CSE_SHARE; service (SDK EngineSimpleInfoType): CSE, CSE_Share. Either is kept as it comes.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引擎类型", en = "Type")]
    pub kind: Option<Open<EngineType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "规格", en = "Flavor")]
    pub flavor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "计费方式", en = "Billing", help_zh = "0：包周期；1：按需；2：免费。", help_en = "0: yearly/monthly; 1: pay-per-use; 2: free.")]
    pub payment: Option<String>,
    #[serde(rename = "authType", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "认证方式", en = "Authentication")]
    pub auth_type: Option<Open<EngineAuthType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status")]
    pub status: Option<Open<EngineStatus>>,
    #[serde(rename = "externalAddress", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "VPC内访问地址", en = "Address in the VPC")]
    pub external_address: Option<String>,
    // document: an object with kie and serviceCenter; service (SDK EngineSimpleInfo): a map of
    // component name to EntrypointItem, kept whole here.
    #[serde(rename = "serviceEndpoint", default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件VPC内访问地址", en = "Component addresses in the VPC",
        help_zh = "kie：配置中心；serviceCenter：服务注册中心。", help_en = "kie: the configuration center; serviceCenter: the service registry.")]
    pub service_endpoint: Option<BTreeMap<String, EngineEntryPoint>>,
    #[serde(rename = "publicAddress", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "公网访问地址", en = "Public address")]
    pub public_address: Option<String>,
    #[serde(rename = "publicServiceEndpoint", default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件公网访问地址", en = "Public component addresses")]
    pub public_service_endpoint: Option<BTreeMap<String, EngineEntryPoint>>,
    #[serde(rename = "totalInstance", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例总数", en = "Instances supported")]
    pub total_instance: Option<i64>,
    #[serde(rename = "usedInstance", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "已用实例数", en = "Instances used")]
    pub used_instance: Option<i64>,
    #[serde(rename = "availableInstance", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "可用实例数", en = "Instances available")]
    pub available_instance: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Version")]
    pub version: Option<String>,
    #[serde(rename = "latestVersion", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最新版本", en = "Latest version")]
    pub latest_version: Option<String>,
    #[serde(rename = "createTime", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", help_zh = "Unix时间，单位毫秒。", help_en = "Unix time in milliseconds.")]
    pub create_time: Option<i64>,
    #[serde(rename = "dueTo", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "到期时间", en = "Expires", help_zh = "Unix时间，单位毫秒。", help_en = "Unix time in milliseconds.")]
    pub due_to: Option<i64>,
    #[serde(rename = "latestJobId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最近任务ID", en = "Latest job ID")]
    pub latest_job_id: Option<i64>,
    #[serde(rename = "engineAdditionalActions", default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "允许的附加操作", en = "Additional actions",
        help_zh = "Delete：删除；ForceDelete：强制删除；Upgrade：升级；Retry：重试；Configure：变更引擎配置。",
        help_en = "Delete, ForceDelete, Upgrade, Retry or Configure (change the engine's configuration).")]
    pub engine_additional_actions: Option<Vec<String>>,
    #[serde(rename = "specType", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署类型", en = "Deployment type", help_zh = "CSE：1.x版本引擎；CSE2：2.x版本引擎。", help_en = "CSE: a 1.x engine; CSE2: a 2.x engine.")]
    pub spec_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "附加信息", en = "Reference")]
    pub reference: Option<EngineReference>,
}

/// Parameters of 6.3.2 (no enterprise project header here).
// document: offset, limit (Integer), type; service (SDK ListEnginesRequest): the same, limit
// typed as a string (sent alike in a query).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct EngineListParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "偏移量", en = "Offset", min = 0, help_zh = "跳过的引擎数，从0开始。", help_en = "Engines to skip, from 0.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "每页条数", en = "Limit", min = 1, help_zh = "每页返回的引擎数。", help_en = "Engines per page.")]
    pub limit: Option<i64>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "引擎类型", en = "Engine type", help_zh = "CSE：专享版；CSE_SHARE：专业版。", help_en = "CSE: exclusive engines; CSE_SHARE: professional (shared) engines.")]
    pub kind: Option<EngineType>,
}

/// Answer of 6.3.2.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务引擎列表", en = "Engines")]
pub struct EngineList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引擎总数", en = "Total")]
    pub total: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引擎", en = "Engines")]
    pub data: Option<Vec<EngineInfo>>,
}

/// A node of an engine's CCE cluster.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "集群节点", en = "Cluster node")]
pub struct EngineClusterNode {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "节点ID", en = "Node ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "可用区", en = "Availability zone")]
    pub az: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "节点IP", en = "IP address")]
    pub ip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "节点标签", en = "Label")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "节点状态", en = "Status")]
    pub status: Option<String>,
}

/// `cceSpec.clusterNodes` (SpecClusterNode): the nodes, one level down.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "集群节点列表", en = "Cluster nodes")]
pub struct EngineClusterNodes {
    #[serde(rename = "clusterNodes", default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "节点", en = "Nodes")]
    pub cluster_nodes: Option<Vec<EngineClusterNode>>,
}

/// The CCE cluster an engine runs on (Spec).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "引擎CCE规格", en = "Engine CCE spec")]
pub struct EngineCceSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "规格ID", en = "Spec ID")]
    pub id: Option<i64>,
    #[serde(rename = "engineId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引擎ID", en = "Engine ID")]
    pub engine_id: Option<String>,
    #[serde(rename = "specType", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群部署类型", en = "Deployment type")]
    pub spec_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群信息", en = "Cluster")]
    pub cluster: Option<String>,
    #[serde(rename = "clusterId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群ID", en = "Cluster ID")]
    pub cluster_id: Option<String>,
    #[serde(rename = "clusterNodes", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群节点", en = "Cluster nodes")]
    pub cluster_nodes: Option<EngineClusterNodes>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群规格", en = "Cluster flavor")]
    pub flavor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "区域", en = "Region")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群版本", en = "Cluster version")]
    pub version: Option<String>,
    #[serde(rename = "extendParam", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "附加参数", en = "Extended parameters")]
    pub extend_param: Option<String>,
}

/// How an engine is reached (EngineExternalEndpoint).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "引擎接入地址", en = "Engine addresses")]
pub struct EngineExternalEntrypoint {
    #[serde(rename = "externalAddress", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "VPC内访问地址", en = "Address in the VPC")]
    pub external_address: Option<String>,
    #[serde(rename = "publicAddress", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "公网访问地址", en = "Public address")]
    pub public_address: Option<String>,
    #[serde(rename = "serviceEndpoint", default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件VPC内访问地址", en = "Component addresses in the VPC",
        help_zh = "kie：配置中心地址；serviceCenter：服务注册中心地址。", help_en = "kie: the configuration center's address; serviceCenter: the service registry's.")]
    pub service_endpoint: Option<BTreeMap<String, EngineEntryPoint>>,
    #[serde(rename = "publicServiceEndpoint", default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件公网访问地址", en = "Public component addresses")]
    pub public_service_endpoint: Option<BTreeMap<String, EngineEntryPoint>>,
}

/// `authConfig` of an engine: which callers must authenticate.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "安全认证设置", en = "Security authentication")]
pub struct EngineAuthConfigInfo {
    #[serde(rename = "consoleAuthEnabled", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "控制台安全认证", en = "Console authentication")]
    pub console_auth_enabled: Option<bool>,
    #[serde(rename = "sdkAuthEnabled", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "编程接口安全认证", en = "SDK authentication")]
    pub sdk_auth_enabled: Option<bool>,
}

/// Answer of 6.3.4.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务引擎详情", en = "Engine")]
pub struct EngineDetail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引擎ID", en = "Engine ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引擎名称", en = "Name")]
    pub name: Option<String>,
    #[serde(rename = "projectId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目ID", en = "Project ID")]
    pub project_id: Option<String>,
    #[serde(rename = "enterpriseProjectId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID")]
    pub enterprise_project_id: Option<String>,
    #[serde(rename = "enterpriseProjectName", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目", en = "Enterprise project")]
    pub enterprise_project_name: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引擎类型", en = "Type", help_zh = "CSE 表示专享版引擎。", help_en = "CSE: an exclusive engine.")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub description: Option<String>,
    #[serde(rename = "beDefault", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "默认引擎", en = "Default engine")]
    pub be_default: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "规格", en = "Flavor",
        help_zh = "cse.s1.small2：高可用100实例；cse.s1.medium2：高可用200实例；cse.s1.large2：高可用500实例；cse.s1.xlarge2：高可用2000实例。",
        help_en = "cse.s1.small2: highly available, 100 instances; cse.s1.medium2: 200; cse.s1.large2: 500; cse.s1.xlarge2: 2000.")]
    pub flavor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "计费方式", en = "Billing", help_zh = "0：包周期；1：按需；2：免费。", help_en = "0: yearly/monthly; 1: pay-per-use; 2: free.")]
    pub payment: Option<String>,
    #[serde(rename = "authType", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "认证方式", en = "Authentication")]
    pub auth_type: Option<Open<EngineAuthType>>,
    #[serde(rename = "authConfig", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "安全认证设置", en = "Security authentication")]
    pub auth_config: Option<EngineAuthConfigInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status")]
    pub status: Option<Open<EngineStatus>>,
    #[serde(rename = "cceSpec", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "CCE规格", en = "CCE spec")]
    pub cce_spec: Option<EngineCceSpec>,
    // document: externalEntryPoint (table), externalEntrypoint (example); service (SDK ShowEngineResponse): externalEntrypoint.
    #[serde(rename = "externalEntrypoint", alias = "externalEntryPoint", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "接入地址", en = "Addresses",
        help_zh = "serviceEndpoint.serviceCenter 是服务注册中心的地址，serviceEndpoint.kie 是配置中心的地址。",
        help_en = "serviceEndpoint.serviceCenter is the service registry's address, serviceEndpoint.kie the configuration center's.")]
    pub external_entrypoint: Option<EngineExternalEntrypoint>,
    #[serde(rename = "publicAddress", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "公网访问地址", en = "Public address")]
    pub public_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Version")]
    pub version: Option<String>,
    #[serde(rename = "latestVersion", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最新版本", en = "Latest version")]
    pub latest_version: Option<String>,
    #[serde(rename = "createTime", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", help_zh = "Unix时间，单位毫秒。", help_en = "Unix time in milliseconds.")]
    pub create_time: Option<i64>,
    #[serde(rename = "createUser", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建者", en = "Created by")]
    pub create_user: Option<String>,
    #[serde(rename = "latestJobId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最近任务ID", en = "Latest job ID")]
    pub latest_job_id: Option<i64>,
    #[serde(rename = "engineAdditionalActions", default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "允许的附加操作", en = "Additional actions",
        help_zh = "Delete：删除；ForceDelete：强制删除；Upgrade：升级；Retry：重试。", help_en = "Delete, ForceDelete, Upgrade or Retry.")]
    pub engine_additional_actions: Option<Vec<String>>,
    #[serde(rename = "specType", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署类型", en = "Deployment type", help_zh = "CSE：1.x版本引擎；CSE2：2.x版本引擎。", help_en = "CSE: a 1.x engine; CSE2: a 2.x engine.")]
    pub spec_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "附加信息", en = "Reference")]
    pub reference: Option<EngineReference>,
    // document: vmIds (table), vmlDs (example, a text-extraction slip); service (SDK ShowEngineResponse): vmIds.
    #[serde(rename = "vmIds", alias = "vmlDs", default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "虚拟机ID", en = "VM IDs", help_zh = "引擎在资源租户侧使用的虚拟机。", help_en = "The virtual machines the engine uses on the resource tenant's side.")]
    pub vm_ids: Option<Vec<String>>,
}

// ---------------------------------------------------------------------------------------------
// Creating, reading and deleting one engine (6.3.3–6.3.5)

/// Parameters of 6.3.3.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct EngineCreateParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[serde(rename = "X-Enterprise-Project-ID", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name",
        help_zh = "新引擎所属的企业项目。不填时为默认企业项目（ID为0）。", help_en = "Enterprise project of the new engine; the default project (ID 0) when left empty.")]
    pub enterprise_project_id: Option<String>,
}

/// Parameters of 6.3.4 and 6.3.5.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct EnginePath {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "引擎ID", en = "Engine ID", choices = "cse.engine.list|data|id|name", help_zh = "微服务引擎ID，可从引擎列表获得。", help_en = "ID of the engine, as the engine list gives it.")]
    pub engine_id: String,
    #[serde(rename = "X-Enterprise-Project-ID", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name",
        help_zh = "引擎所属的企业项目。不填时为默认企业项目（ID为0）。", help_en = "Enterprise project of the engine; the default project (ID 0) when left empty.")]
    pub enterprise_project_id: Option<String>,
}

/// `authConfig` of 6.3.3.
// document: authConfig {consoleAuthEnabled, sdkAuthEnabled}; service (SDK EngineCreateReq):
// not modelled. Kept as documented (optional).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "安全认证设置", en = "Security authentication")]
pub struct EngineAuthConfig {
    #[serde(rename = "consoleAuthEnabled")]
    #[schema(zh = "控制台安全认证", en = "Console authentication", help_zh = "是否开启控制台安全认证。", help_en = "Whether the engine's console asks users to sign in.")]
    pub console_auth_enabled: bool,
    #[serde(rename = "sdkAuthEnabled")]
    #[schema(zh = "编程接口安全认证", en = "SDK authentication",
        help_zh = "是否开启编程接口安全认证。开启时控制台安全认证也必须开启。", help_en = "Whether microservices must authenticate to the engine; needs console authentication on too.")]
    pub sdk_auth_enabled: bool,
}

/// `auth_cred` of 6.3.3 (EngineRbacPwd).
// document and service (SDK EngineRbacPwd: pwd) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "认证信息", en = "Credentials")]
pub struct EngineAuthCred {
    #[schema(zh = "root账号密码", en = "root password", secret, min_len = 1,
        help_zh = "开启安全认证的引擎的root账号密码，请妥善保管。", help_en = "Password of the engine's root account when security authentication is on. Keep it safe.")]
    pub pwd: String,
}

/// Body of 6.3.3.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建微服务引擎", en = "Create an engine")]
pub struct EngineCreate {
    #[schema(zh = "引擎名称", en = "Name", min_len = 3, max_len = 24, pattern = "^[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]$",
        help_zh = "3到24个字符，以字母开头，由字母、数字和中划线（-）组成，不能以中划线结尾，不能是 default。例如 cse-mall。",
        help_en = "3 to 24 characters: letters, digits and hyphens (-), starting with a letter and not ending with a hyphen; it cannot be default. For example cse-mall.",
        example = "cse-mall")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description", max_len = 255, help_zh = "最多255个字符。", help_en = "At most 255 characters.")]
    pub description: Option<String>,
    #[schema(zh = "计费方式", en = "Billing", help_zh = "固定为1（按需计费）。", help_en = "Always 1 (pay-per-use).")]
    pub payment: EnginePayment,
    // Before the flavor, which is offered for the chosen type (the document lists it last;
    // forms follow the declaration's order).
    #[serde(rename = "specType")]
    #[schema(zh = "部署类型", en = "Deployment type", help_zh = "CSE：1.x版本引擎；CSE2：2.x版本引擎。", help_en = "CSE: a 1.x engine; CSE2: a 2.x engine.")]
    pub spec_type: EngineSpecType,
    // document: a string, four values in its description; service (SDK EngineCreateReqFlavor):
    // an enumeration of those four and newer ones. Offered from the flavor list.
    #[schema(zh = "规格", en = "Flavor", choices = "cse.flavor.list?specType=specType|data|flavor|description",
        help_zh = "cse.s1.small2：高可用100实例；cse.s1.medium2：高可用200实例；cse.s1.large2：高可用500实例；cse.s1.xlarge2：高可用2000实例。",
        help_en = "cse.s1.small2: highly available, 100 instances; cse.s1.medium2: 200; cse.s1.large2: 500; cse.s1.xlarge2: 2000.",
        example = "cse.s1.small2")]
    pub flavor: String,
    #[serde(rename = "azList")]
    #[schema(zh = "可用区", en = "Availability zones", min_items = 1,
        help_zh = "引擎部署的可用区，例如 cn-north-4a。", help_en = "Availability zones the engine is deployed in, e.g. cn-north-4a.")]
    pub az_list: Vec<String>,
    #[serde(rename = "authType")]
    #[schema(zh = "认证方式", en = "Authentication",
        help_zh = "RBAC：开启安全认证，需要同时填写root账号密码；NONE：不认证。", help_en = "RBAC: security authentication, which needs the root password below; NONE: no authentication.")]
    pub auth_type: EngineAuthType,
    #[serde(rename = "authConfig", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "安全认证设置", en = "Security authentication",
        help_zh = "不填时默认开启编程接口安全认证。", help_en = "Left out, SDK authentication is on.")]
    pub auth_config: Option<EngineAuthConfig>,
    #[schema(zh = "VPC名称", en = "VPC name", choices = "vpc.vpc.list|vpcs|name|name|vpcId:id",
        help_zh = "引擎所在虚拟私有云的名称。", help_en = "Name of the Virtual Private Cloud the engine is placed in.", example = "vpc-mall")]
    pub vpc: String,
    // document: required; service (SDK EngineCreateReq): optional. Sent, as documented.
    #[serde(rename = "vpcId")]
    #[schema(zh = "VPC ID", en = "VPC ID", max_len = 64, choices = "vpc.vpc.list|vpcs|id|name|vpc:name",
        help_zh = "引擎所在虚拟私有云的ID，与上面的VPC名称是同一个VPC。", help_en = "ID of the same Virtual Private Cloud as the name above.")]
    pub vpc_id: String,
    #[serde(rename = "networkId")]
    #[schema(zh = "子网", en = "Subnet", choices = "vpc.subnet.list?vpc_id=vpcId|subnets|id|name|subnetCidr:cidr",
        help_zh = "引擎使用的子网ID，子网须属于所选VPC。", help_en = "ID of the subnet the engine uses, in the chosen VPC.")]
    pub network_id: String,
    #[serde(rename = "subnetCidr")]
    #[schema(zh = "子网网段", en = "Subnet CIDR", choices = "vpc.subnet.list?vpc_id=vpcId|subnets|cidr|name",
        help_zh = "所选子网的网段，例如 192.168.0.0/24。", help_en = "CIDR block of the chosen subnet, e.g. 192.168.0.0/24.", example = "192.168.0.0/24")]
    pub subnet_cidr: String,
    #[serde(rename = "publicIpId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "公网地址ID", en = "Public IP ID", help_zh = "开启公网访问时使用的弹性公网IP的ID，不填表示不开启。", help_en = "ID of an elastic IP for public access; leave empty for none.")]
    pub public_ip_id: Option<String>,
    // document: optional, "needed when security authentication is chosen"; service (SDK
    // EngineCreateReq.auth_cred): optional. Required with authType RBAC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "认证信息", en = "Credentials", required_if = "authType=RBAC",
        help_zh = "认证方式为RBAC时必填。", help_en = "Needed when authentication is RBAC.")]
    pub auth_cred: Option<EngineAuthCred>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "附加参数", en = "Inputs", help_zh = "引擎的附加参数，例如 nodeFlavor: s6.large.2。", help_en = "Additional parameters of the engine, e.g. nodeFlavor: s6.large.2.")]
    pub inputs: Option<BTreeMap<String, String>>,
}

/// Answer of 6.3.3 and 6.3.5: the engine and the job that works on it.
// document and service (SDK CreateEngineResponse, DeleteEngineResponse: id, name, jobId) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "引擎任务", en = "Engine job")]
pub struct EngineJobRef {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引擎ID", en = "Engine ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引擎名称", en = "Name")]
    pub name: Option<String>,
    #[serde(rename = "jobId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务ID", en = "Job ID", help_zh = "用于查询任务进度。", help_en = "Follow it with the engine job query.")]
    pub job_id: Option<i64>,
}

// ---------------------------------------------------------------------------------------------
// Engine jobs (6.3.6)

/// Parameters of 6.3.6.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct EngineJobPath {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "引擎ID", en = "Engine ID", choices = "cse.engine.list|data|id|name", help_zh = "微服务引擎ID。", help_en = "ID of the engine.")]
    pub engine_id: String,
    // document: described as the engine ID (a slip); it is the jobId that creating or deleting
    // an engine answers (SDK ShowEngineJobRequest.job_id).
    #[schema(path, zh = "任务ID", en = "Job ID", help_zh = "创建或删除引擎时返回的 jobId，例如 12339。", help_en = "The jobId answered by creating or deleting an engine, e.g. 12339.")]
    pub job_id: String,
    #[serde(rename = "X-Enterprise-Project-ID", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name",
        help_zh = "引擎所属的企业项目。不填时为默认企业项目（ID为0）。", help_en = "Enterprise project of the engine; the default project (ID 0) when left empty.")]
    pub enterprise_project_id: Option<String>,
}

/// Metadata of a stage or sub-task (TaskExecutorBrief).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "任务元数据", en = "Task brief")]
pub struct EngineTaskBrief {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "持续时长（毫秒）", en = "Duration (ms)")]
    pub duration: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub description: Option<String>,
}

/// A sub-task of a stage (Task).
// document: camelCase (table and example); service (SDK): Task was not compared; its stage
// (TaskSteps) is snake_case in the SDK, so the snake_case spellings decode here too. The
// document's spelling is encoded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "子任务", en = "Sub-task")]
pub struct EngineTask {
    #[serde(rename = "jobId", alias = "job_id", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "所属任务ID", en = "Job ID")]
    pub job_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子任务ID", en = "Sub-task ID")]
    pub id: Option<i64>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子任务类型", en = "Type")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "执行者", en = "Assigned to")]
    pub assigned: Option<String>,
    #[serde(rename = "taskName", alias = "task_name", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子任务名称", en = "Name")]
    pub task_name: Option<String>,
    #[serde(rename = "engineName", alias = "engine_name", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引擎名称", en = "Engine")]
    pub engine_name: Option<String>,
    #[serde(rename = "taskOrder", alias = "task_order", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "执行顺序", en = "Order")]
    pub task_order: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status")]
    pub status: Option<Open<EngineJobStatus>>,
    #[serde(rename = "startTime", alias = "start_time", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "开始时间", en = "Started")]
    pub start_time: Option<i64>,
    #[serde(rename = "endTime", alias = "end_time", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "结束时间", en = "Ended")]
    pub end_time: Option<i64>,
    #[serde(rename = "createTime", alias = "create_time", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created")]
    pub create_time: Option<i64>,
    #[serde(rename = "updateTime", alias = "update_time", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "更新时间", en = "Updated")]
    pub update_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "超时", en = "Timeout", help_zh = "-1 表示不限。", help_en = "-1: no limit.")]
    pub timeout: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "日志", en = "Log")]
    pub log: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "输出", en = "Output")]
    pub output: Option<String>,
    #[serde(rename = "taskExecutorBrief", alias = "task_executor_brief", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子任务元数据", en = "Brief")]
    pub task_executor_brief: Option<EngineTaskBrief>,
}

/// A stage of a job (TaskSteps).
// document: camelCase; service (SDK TaskSteps in the releases seen): task_name, task_names,
// start_time, end_time, task_executor_brief. The document's spelling is encoded, the SDK's decodes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "处理阶段", en = "Stage")]
pub struct EngineTaskStep {
    #[serde(rename = "taskName", alias = "task_name", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "阶段名称", en = "Stage")]
    pub task_name: Option<String>,
    #[serde(rename = "taskNames", alias = "task_names", default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "处理步骤", en = "Steps")]
    pub task_names: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "阶段状态", en = "Status")]
    pub status: Option<Open<EngineJobStatus>>,
    #[serde(rename = "startTime", alias = "start_time", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "开始时间", en = "Started")]
    pub start_time: Option<i64>,
    #[serde(rename = "endTime", alias = "end_time", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "结束时间", en = "Ended")]
    pub end_time: Option<i64>,
    #[serde(rename = "taskExecutorBrief", alias = "task_executor_brief", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "阶段元数据", en = "Brief")]
    pub task_executor_brief: Option<EngineTaskBrief>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子任务", en = "Sub-tasks")]
    pub tasks: Option<Vec<EngineTask>>,
}

/// Answer of 6.3.6.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "引擎任务详情", en = "Engine job")]
pub struct EngineJob {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务ID", en = "Job ID")]
    pub id: Option<i64>,
    // document: engineId; service (SDK ShowEngineJobResponse: python engineId, older go engine_id). Both decode.
    #[serde(rename = "engineId", alias = "engine_id", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引擎ID", en = "Engine ID")]
    pub engine_id: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务类型", en = "Type")]
    pub kind: Option<Open<EngineJobType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务状态", en = "Status",
        help_zh = "Init：初始化；Executing：执行中；Error：执行失败；Timeout：执行超时；Finished：结束。",
        help_en = "Init: initializing; Executing; Error: failed; Timeout: timed out; Finished.")]
    pub status: Option<Open<EngineJobStatus>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否执行中", en = "Running", help_zh = "0：不在执行；1：执行中。", help_en = "0: not running; 1: running.")]
    pub scheduling: Option<i64>,
    #[serde(rename = "createUser", alias = "create_user", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建者", en = "Created by")]
    pub create_user: Option<String>,
    #[serde(rename = "startTime", alias = "start_time", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "开始时间", en = "Started", help_zh = "Unix时间，单位毫秒。", help_en = "Unix time in milliseconds.")]
    pub start_time: Option<i64>,
    #[serde(rename = "endTime", alias = "end_time", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "结束时间", en = "Ended", help_zh = "Unix时间，单位毫秒。", help_en = "Unix time in milliseconds.")]
    pub end_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "执行上下文", en = "Context")]
    pub context: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "处理阶段", en = "Stages")]
    pub tasks: Option<Vec<EngineTaskStep>>,
}
