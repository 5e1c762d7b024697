//! Environment resources (document sections 4.1.6–4.1.15): the existing cloud resources an
//! environment manages, the resources it creates itself from infrastructure-as-code (IaC)
//! templates, provisioning them, and the history and events of each provisioning run.
//!
//! Where the tables and the response examples disagree on a name, the examples (what the
//! service answered) win and the other spelling is accepted when decoding; each such field
//! says so in a comment.
//!
//! Wire check against the service's SDK: of these operations 4.1.6 and 4.1.8 have SDK models
//! (EnvironmentResourceModify, ShowEnvironmentResourcesResponse, their items' type the SDK's
//! ResourceType); see the notes on [`ManagedResourceType`] and [`ManagedResource`]. No ServiceStage SDK (go, python, java, nodejs v3) and no Terraform
//! resource models the IaC resources, their provisioning or the provision histories
//! (4.1.7, 4.1.9–4.1.15), so those models follow the document alone, with the decisions
//! already noted on them. `crates/api/NOTES-sdk.md` lists every comparison.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::schema::Schema;
use crate::servicestage::common::{LabelInfo, SortOrder};
use crate::servicestage::v3::environment::{EnvironmentOrderBy, EnvironmentPath};

// ---------------------------------------------------------------------------------------------
// 4.1.6 / 4.1.8: resources an environment manages
// ---------------------------------------------------------------------------------------------

/// Types of existing resources that 4.1.6 adds to an environment (table 4-30).
// document (table 4-30): eip, elb, cce, ecs, as, cse, dcs, rds; service (SDK
// EnvironmentResourceModify, whose items' type is ResourceType): vpc as well. vpc added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "纳管资源类型", en = "Managed resource type")]
pub enum ManagedResourceType {
    #[serde(rename = "vpc")]
    #[schema(zh = "虚拟私有云", en = "Virtual Private Cloud")]
    Vpc,
    #[serde(rename = "eip")]
    #[schema(zh = "弹性公网IP", en = "Elastic IP")]
    Eip,
    #[serde(rename = "elb")]
    #[schema(zh = "弹性负载均衡", en = "Elastic Load Balance")]
    Elb,
    #[serde(rename = "cce")]
    #[schema(zh = "云容器引擎", en = "Cloud Container Engine")]
    Cce,
    #[serde(rename = "ecs")]
    #[schema(zh = "弹性云服务器", en = "Elastic Cloud Server")]
    Ecs,
    #[serde(rename = "as")]
    #[schema(zh = "弹性伸缩组", en = "Auto Scaling group")]
    As,
    #[serde(rename = "cse")]
    #[schema(zh = "微服务引擎", en = "Cloud Service Engine")]
    Cse,
    #[serde(rename = "dcs")]
    #[schema(zh = "分布式缓存服务", en = "Distributed Cache Service")]
    Dcs,
    #[serde(rename = "rds")]
    #[schema(zh = "云数据库", en = "Relational Database Service")]
    Rds,
}

/// One resource in the body of 4.1.6 (table 4-30).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "纳管资源", en = "Managed resource")]
pub struct ManagedResourceInput {
    #[schema(zh = "资源ID", en = "Resource ID",
        help_zh = "资源ID（为了保证接口调用正常，请您确保调用前输入正确的资源ID）。",
        help_en = "ID of the existing resource; make sure it is correct before calling.",
        example = "67835bb3-1235-4cc9-be71-becbb2b4ca0d")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源名称", en = "Resource name", help_zh = "资源名称。", help_en = "Name of the resource.")]
    pub name: Option<String>,
    #[serde(rename = "type")]
    #[schema(zh = "资源类型", en = "Resource type",
        help_zh = "vpc：虚拟私有云；eip：弹性公网IP；elb：弹性负载均衡；cce：云容器引擎；ecs：弹性云服务器；as：弹性伸缩组；cse：微服务引擎；dcs：分布式缓存服务；rds：云数据库。",
        help_en = "vpc: Virtual Private Cloud; eip: Elastic IP; elb: Elastic Load Balance; cce: Cloud Container Engine; ecs: Elastic Cloud Server; as: Auto Scaling group; cse: Cloud Service Engine; dcs: Distributed Cache Service; rds: Relational Database Service.")]
    pub resource_type: ManagedResourceType,
}

/// Body of 4.1.6 (table 4-29): the environment's managed resources after the change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改环境资源", en = "Update environment resources")]
pub struct UpdateEnvironmentResources {
    #[schema(zh = "资源", en = "Resources", help_zh = "添加资源。", help_en = "The resources to add to the environment.")]
    pub resources: Vec<ManagedResourceInput>,
}

/// A managed resource as the service returns it (tables 4-32, 4-41).
// Compared with the SDK's Resource (the items of ShowEnvironmentResourcesResponse, 4.1.8): the
// same three members id, name and type. The SDK requires id and type; in an answer they stay
// optional here, as every answer member does (lenient decoding).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "纳管资源信息", en = "Managed resource (answer)")]
pub struct ManagedResource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源ID", en = "Resource ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源名称", en = "Resource name")]
    pub name: Option<String>,
    /// Documented as a plain string in responses; 4.1.8 lists more values than 4.1.6.
    // document (table 4-41): eip, elb, cce, ecs, as, dcs, rds, cse, nacos, ms_gateway, subnet,
    // acl; service (SDK ResourceType): vpc, eip, elb, cce, ecs, as, cse, dcs, rds. The member
    // stays a string, so every value of either list decodes; vpc joins the help text.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源类型", en = "Resource type",
        help_zh = "vpc：虚拟私有云；eip：弹性公网IP；elb：弹性负载均衡；cce：云容器引擎；ecs：弹性云服务器；as：弹性伸缩组；dcs：分布式缓存服务；rds：云数据库；cse：ServiceComb引擎（微服务引擎）；nacos：注册配置中心；ms_gateway：应用网关；subnet：子网；acl：网络ACL。",
        help_en = "vpc: Virtual Private Cloud; eip: Elastic IP; elb: Elastic Load Balance; cce: Cloud Container Engine; ecs: Elastic Cloud Server; as: Auto Scaling group; dcs: Distributed Cache Service; rds: Relational Database Service; cse: ServiceComb engine; nacos: registry and configuration center; ms_gateway: application gateway; subnet: subnet; acl: network ACL.")]
    pub resource_type: Option<String>,
}

/// Answer of 4.1.6 (table 4-31) and 4.1.8 (table 4-40).
// document and service (SDK ShowEnvironmentResourcesResponse) agree: one member, resources.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境纳管的资源", en = "Managed resources")]
pub struct ManagedResourceList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源", en = "Resources")]
    pub resources: Option<Vec<ManagedResource>>,
}

// ---------------------------------------------------------------------------------------------
// 4.1.7: provisioning
// ---------------------------------------------------------------------------------------------

/// A changed attribute of an execution plan item (table 4-37).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "执行计划变更属性", en = "Execution plan attribute change")]
pub struct ExecutionPlanDiffAttribute {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "参数名", en = "Name", help_zh = "当前资源将要被修改的参数的名字。", help_en = "Name of the parameter of the resource that will change.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "原始值", en = "Previous value", help_zh = "当前资源被修改的参数的原始值。", help_en = "The parameter's value before the change.")]
    pub previous_value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "目的值", en = "Target value", help_zh = "当前资源被修改的参数的目的值。", help_en = "The parameter's value after the change.")]
    pub target_value: Option<String>,
}

/// One resource change of the execution plan (table 4-36).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "执行计划项目", en = "Execution plan item")]
pub struct ExecutionPlanItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源类型", en = "Resource type", help_zh = "资源的类型。", help_en = "Type of the resource, e.g. hcs_vpc_subnet.")]
    pub resource_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源名称", en = "Resource name", help_zh = "资源的名称，默认为资源的逻辑名称。", help_en = "Name of the resource; its logical name by default.")]
    pub resource_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源索引", en = "Index", help_zh = "资源的索引。", help_en = "Index of the resource.")]
    pub index: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变更类型", en = "Action", help_zh = "资源变更的类型。", help_en = "Kind of change to the resource, e.g. ADD.")]
    pub action: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变更原因", en = "Action reason", help_zh = "触发该项目变更的原因。", help_en = "Why the change was triggered.")]
    pub action_reason: Option<String>,
    /// Documented as a plain string in responses: `DATA` or `RESOURCE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源模式", en = "Mode",
        help_zh = "DATA：用于在模板解析期间查询已经存在资源的属性和信息；RESOURCE：通过模板管理的由服务定义的基础设施组件抽象，可以是物理资源也可以是逻辑资源。",
        help_en = "DATA: reads attributes of existing resources while the template is parsed; RESOURCE: an infrastructure component managed through the template, physical or logical.")]
    pub mode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否由偏差导致", en = "Drifted",
        help_zh = "当前资源的变更是否由偏差导致。true：是；false：否。", help_en = "Whether the change is caused by drift.")]
    pub drifted: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否导入", en = "Imported",
        help_zh = "当前资源的变更是否是导入的。true：是；false：否。", help_en = "Whether the change is an import.")]
    pub imported: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源物理ID", en = "Physical resource ID", help_zh = "资源的物理id。", help_en = "Physical ID of the resource.")]
    pub resource_id: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变更属性", en = "Attributes",
        help_zh = "执行计划项目中变更的属性，当无属性变更时为空列表。", help_en = "Changed attributes; empty when no attribute changes.")]
    pub attributes: Option<Vec<ExecutionPlanDiffAttribute>>,
}

/// Answer of 4.1.7 (table 4-35).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境资源开通结果", en = "Provisioning result")]
pub struct IacProvisionResult {
    /// Documented as a plain string in responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "开通状态", en = "Status",
        help_zh = "CREATION_IN_PROGRESS：创建中；CREATION_FAILED：创建失败；CREATION_COMPLETE：创建成功；UPDATE_IN_PROGRESS：更新中；UPDATE_FAILED：更新失败；UPDATE_COMPLETE：更新成功；DELETION_IN_PROGRESS：删除中；DELETION_FAILED：删除失败；DELETION_COMPLETE：删除成功。",
        help_en = "CREATION_IN_PROGRESS, CREATION_FAILED, CREATION_COMPLETE, UPDATE_IN_PROGRESS, UPDATE_FAILED, UPDATE_COMPLETE, DELETION_IN_PROGRESS, DELETION_FAILED or DELETION_COMPLETE.")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态信息", en = "Status message",
        help_zh = "环境资源开通的状态信息。当开通状态为创建失败（CREATION_FAILED）时，提供错误提示信息以供排错使用。",
        help_en = "Details of the status; explains the error when the status is CREATION_FAILED.")]
    pub status_message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", read_only)]
    pub create_time: Option<i64>,
    /// Table 4-35 spells it `execution_plan_item`; the response example (and the resource
    /// formation service the plan comes from) use `execution_plan_items`. Both decode.
    #[serde(default, deserialize_with = "crate::lenient::vec", alias = "execution_plan_item", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "执行计划项目", en = "Execution plan items", help_zh = "执行计划项目的列表。", help_en = "The resource changes of the execution plan.")]
    pub execution_plan_items: Option<Vec<ExecutionPlanItem>>,
}

// ---------------------------------------------------------------------------------------------
// 4.1.9–4.1.12: resources created from IaC templates
// ---------------------------------------------------------------------------------------------

/// Types of resources an environment can create (table 4-50).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "IaC资源类型", en = "IaC resource type")]
pub enum IacResourceType {
    #[serde(rename = "vpc")]
    #[schema(zh = "虚拟私有云", en = "Virtual Private Cloud")]
    Vpc,
    #[serde(rename = "subnet")]
    #[schema(zh = "子网", en = "Subnet")]
    Subnet,
    #[serde(rename = "eip")]
    #[schema(zh = "弹性公网IP", en = "Elastic IP")]
    Eip,
    #[serde(rename = "elb")]
    #[schema(zh = "弹性负载均衡", en = "Elastic Load Balance")]
    Elb,
    #[serde(rename = "cce")]
    #[schema(zh = "云容器引擎", en = "Cloud Container Engine")]
    Cce,
    #[serde(rename = "ecs")]
    #[schema(zh = "弹性云服务器", en = "Elastic Cloud Server")]
    Ecs,
    #[serde(rename = "acl")]
    #[schema(zh = "网络ACL", en = "Network ACL")]
    Acl,
    #[serde(rename = "ccnamespace")]
    #[schema(zh = "云容器引擎命名空间", en = "CCE namespace")]
    CcNamespace,
    /// Not in the table's list, but the request example of 4.1.10 (and every IaC answer in
    /// the document) uses `rds`.
    #[serde(rename = "rds")]
    #[schema(zh = "云数据库", en = "Relational Database Service")]
    Rds,
}

/// A template variable in a request (tables 4-51, 4-59): both members optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "变量结构", en = "Variable")]
pub struct IacVarStructureInput {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量名", en = "Name", help_zh = "变量名。", help_en = "Variable name.")]
    pub var_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量值", en = "Value", help_zh = "变量值。", help_en = "Variable value.")]
    pub var_value: Option<String>,
}

/// A template variable in an answer (tables 4-46, 4-55, 4-63, 4-69).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "变量结构信息", en = "Variable (answer)")]
pub struct IacVarStructure {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量名", en = "Name")]
    pub var_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量值", en = "Value")]
    pub var_value: Option<String>,
}

/// One resource template in the body of 4.1.10 (table 4-50).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "IaC资源模板", en = "IaC resource template")]
pub struct IacResourceInput {
    #[schema(zh = "资源ID", en = "Resource ID", help_zh = "资源ID。", help_en = "ID of the resource within the environment's template.",
        example = "iac_resources_test")]
    pub id: String,
    #[schema(zh = "资源名称", en = "Resource name", help_zh = "资源名称。", help_en = "Name of the resource.")]
    pub name: String,
    #[serde(rename = "type")]
    #[schema(zh = "资源类型", en = "Resource type",
        help_zh = "vpc：虚拟私有云；subnet：子网；eip：弹性公网IP；elb：弹性负载均衡；cce：云容器引擎；ecs：弹性云服务器；acl：网络ACL；ccnamespace：云容器引擎命名空间。",
        help_en = "vpc: VPC; subnet: subnet; eip: Elastic IP; elb: Elastic Load Balance; cce: Cloud Container Engine; ecs: Elastic Cloud Server; acl: network ACL; ccnamespace: CCE namespace.")]
    pub resource_type: IacResourceType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源实例ID", en = "Resource instance ID", help_zh = "资源实例ID。", help_en = "ID of the cloud resource instance.")]
    pub resource_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源状态", en = "Status", help_zh = "资源状态。", help_en = "Status of the resource.")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "Terraform模板", en = "Terraform template", help_zh = "Terraform模板。", help_en = "Custom Terraform template.")]
    pub custom_tf: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量结构", en = "Variables", help_zh = "变量结构。", help_en = "Structure of the template variables.")]
    pub vars_structure: Option<Vec<IacVarStructureInput>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量请求体", en = "Variable values", help_zh = "变量请求体。", help_en = "Values of the template variables, by name.")]
    pub vars_body: Option<BTreeMap<String, serde_json::Value>>,
}

/// Body of 4.1.10 (table 4-49).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "新增环境资源", en = "Add IaC resources")]
pub struct CreateIacResources {
    #[schema(zh = "IAC资源模板", en = "IaC resource templates", help_zh = "IAC资源模板。", help_en = "The resource templates to add to the environment.")]
    pub iac_resources: Vec<IacResourceInput>,
}

/// Body of 4.1.11 (table 4-58): every member optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "更新环境资源", en = "Update an IaC resource")]
pub struct UpdateIacResource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源ID", en = "Resource ID", help_zh = "资源ID。", help_en = "ID of the resource.")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源名称", en = "Resource name", help_zh = "资源名称。", help_en = "Name of the resource.")]
    pub name: Option<String>,
    /// Documented as a free string here (no list of values, unlike 4.1.10).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源类型", en = "Resource type", help_zh = "资源类型。", help_en = "Type of the resource, e.g. rds.")]
    pub resource_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "自定义HCL模板", en = "Custom HCL template", help_zh = "自定义HCL模板。", help_en = "Custom HCL (Terraform) template.")]
    pub custom_hcl: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量请求体", en = "Variable values", help_zh = "变量请求体。", help_en = "Values of the template variables, by name.")]
    pub vars_body: Option<BTreeMap<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量结构", en = "Variables", help_zh = "变量结构。", help_en = "Structure of the template variables.")]
    pub vars_structure: Option<Vec<IacVarStructureInput>>,
    /// Not in table 4-58; the request example sends it next to `vars_body`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署变量请求体", en = "Deployment variable values",
        help_zh = "部署变量请求体。",
        help_en = "Values of the deployment variables, by name.")]
    pub deploy_vars_body: Option<BTreeMap<String, serde_json::Value>>,
}

/// A resource created from an IaC template, as the service returns it (tables 4-45, 4-53,
/// 4-61, 4-67).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "IaC资源", en = "IaC resource")]
pub struct IacResource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源ID", en = "Resource ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源实例ID", en = "Resource instance ID", help_zh = "真实资源ID。", help_en = "ID of the actual cloud resource.")]
    pub resource_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源名称", en = "Resource name")]
    pub name: Option<String>,
    /// Documented as a plain string in responses.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源类型", en = "Resource type",
        help_zh = "vpc：虚拟私有云；subnet：子网；eip：弹性公网IP；elb：弹性负载均衡；cce：云容器引擎；ecs：弹性云服务器；acl：网络ACL；ccnamespace：云容器引擎命名空间。",
        help_en = "vpc, subnet, eip, elb, cce, ecs, acl or ccnamespace (the examples also show rds).")]
    pub resource_type: Option<String>,
    /// Documented as a plain string in responses; the examples also show `INIT` and
    /// `MARK_UPDATE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源状态", en = "Status",
        help_zh = "环境资源开通状态：CREATION_IN_PROGRESS、CREATION_FAILED、CREATION_COMPLETE、UPDATE_IN_PROGRESS、UPDATE_FAILED、UPDATE_COMPLETE、DELETION_IN_PROGRESS、DELETION_FAILED、DELETION_COMPLETE。",
        help_en = "Provisioning status: CREATION_IN_PROGRESS, CREATION_FAILED, CREATION_COMPLETE, UPDATE_IN_PROGRESS, UPDATE_FAILED, UPDATE_COMPLETE, DELETION_IN_PROGRESS, DELETION_FAILED or DELETION_COMPLETE.")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "Terraform模板", en = "Terraform template")]
    pub custom_tf: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源变量", en = "Variable values", help_zh = "变量请求体。", help_en = "Values of the template variables, by name.")]
    pub vars_body: Option<BTreeMap<String, serde_json::Value>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量结构", en = "Variables")]
    pub vars_structure: Option<Vec<IacVarStructure>>,
}

/// Answer of 4.1.9 (table 4-44).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境创建的资源", en = "IaC resources")]
pub struct IacResourceList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境资源列表", en = "IaC resources")]
    pub iac_resources: Option<Vec<IacResource>>,
}

/// The environment with its IaC resources, as 4.1.10, 4.1.11 and 4.1.12 answer (tables 4-52,
/// 4-60, 4-66).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境（含IaC资源）", en = "Environment with IaC resources")]
pub struct IacEnvironment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境ID", en = "Environment ID", read_only)]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目ID", en = "Project ID", read_only)]
    pub project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID")]
    pub enterprise_project_id: Option<String>,
    /// Documented as a plain string in responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境类型", en = "Environment type",
        help_zh = "virtualmachine：虚拟机；container：Kubernetes；mixed：虚拟机和Kubernetes。",
        help_en = "virtualmachine: virtual machines; container: Kubernetes; mixed: both.")]
    pub deploy_mode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "虚拟私有云ID", en = "VPC ID")]
    pub vpc_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建人", en = "Created by", read_only)]
    pub creator: Option<String>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", read_only)]
    pub create_time: Option<i64>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Updated", read_only)]
    pub update_time: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Labels", help_zh = "可使用标签管理服务通过标签过滤查询资源信息。", help_en = "Tags for filtering resources in Tag Management Service.")]
    pub labels: Option<Vec<LabelInfo>>,
    /// Documented as a plain string in responses.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "高可用类型", en = "High availability",
        help_zh = "Kubernetes环境是否高可用类型。normal：非高可用环境；high：高可用环境。",
        help_en = "Whether a Kubernetes environment is highly available. normal: not highly available; high: highly available.")]
    pub env_type: Option<String>,
    /// Documented as a plain string in responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源配置模式", en = "Resource mode",
        help_zh = "none：纳管资源；iac：创建资源。", help_en = "none: manages existing resources; iac: creates resources from templates.")]
    pub resource_create_mode: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源模板", en = "IaC resources")]
    pub iac_resources: Option<Vec<IacResource>>,
    /// The tables spell it `iac_task_statuses`; every response example says
    /// `iac_task_status` (one status, as its type says). Both decode.
    #[serde(default, alias = "iac_task_statuses", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务状态", en = "Task status",
        help_zh = "Init：初始化；ExecutionPlanCreating：执行计划创建中；ExecutionPlanCreateSuccess：执行计划创建成功；ExecutionPlanCreateFailed：执行计划创建失败；ExecutionPlanApplying：执行计划部署中；ExecutionPlanApplySuccess：执行计划部署成功；ExecutionPlanApplyFailed：执行计划部署失败；ResourceExceed：资源超过限制。",
        help_en = "Init: initialising; ExecutionPlanCreating: creating the execution plan; ExecutionPlanCreateSuccess / ExecutionPlanCreateFailed: plan created / failed; ExecutionPlanApplying: applying the plan; ExecutionPlanApplySuccess / ExecutionPlanApplyFailed: plan applied / failed; ResourceExceed: resource limit exceeded.")]
    pub iac_task_status: Option<String>,
    /// Tables 4-52 and 4-66 spell it `availability_zone`, table 4-60 `availability_zones`;
    /// the majority spelling is sent, both decode.
    #[serde(default, deserialize_with = "crate::lenient::vec", alias = "availability_zones", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "可用区列表", en = "Availability zones")]
    pub availability_zone: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "计费模式", en = "Charge mode", help_zh = "计费模式。", help_en = "Charge mode, e.g. provided.")]
    pub charge_mode: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "基础资源", en = "Base resources", help_zh = "基础资源。", help_en = "Base resources.")]
    pub base_resources: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "虚拟机集群规模", en = "VM cluster size", help_zh = "虚拟机集群规模。", help_en = "Size of the virtual-machine cluster.")]
    pub vm_cluster_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件个数", en = "Components", help_zh = "环境下部署的组件个数。", help_en = "Number of components deployed in the environment.")]
    pub component_count: Option<i64>,
}

/// Path parameters of the operations on one IaC resource (tables 4-56, 4-64).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct IacResourcePath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "环境ID", en = "Environment ID", choices = "servicestage.environment.list|environments|id|name", help_zh = "环境ID。", help_en = "ID of the environment.")]
    pub environment_id: String,
    #[schema(path, zh = "资源ID", en = "Resource ID", help_zh = "资源ID。", help_en = "ID of the IaC resource.")]
    pub resource_id: String,
}

// ---------------------------------------------------------------------------------------------
// 4.1.13–4.1.15: provisioning history
// ---------------------------------------------------------------------------------------------

/// Parameters of 4.1.13 (tables 4-70, 4-71). The sort keys are documented with the same
/// values and meanings as the environment list's.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ListProvisionHistoriesParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "环境ID", en = "Environment ID", choices = "servicestage.environment.list|environments|id|name", help_zh = "环境ID。", help_en = "ID of the environment.")]
    pub environment_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "指定个数", en = "Limit", min = 0, max = 100,
        help_zh = "指定个数，取值[0, 100]。", help_en = "Number of records to return, 0 to 100.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "指定偏移量", en = "Offset", min = 0,
        help_zh = "指定偏移量，表示查询第n条数据后的结果。", help_en = "Skip this many records.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by",
        help_zh = "传值不在支持的枚举值范围内按默认排序字段（create_time）排序。",
        help_en = "Other values sort by the default key, create_time.")]
    pub order_by: Option<EnvironmentOrderBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方式", en = "Sort order")]
    pub order: Option<SortOrder>,
}

/// One provisioning run (tables 4-73 and 4-75; the examples show more members than the
/// tables, kept here so that nothing of an answer is lost).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "资源开通历史", en = "Provisioning history")]
pub struct ProvisionHistory {
    /// Table 4-75 (one history) has `id`; table 4-73 (the list) has `deployment_id`. The
    /// examples carry both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署历史ID", en = "History ID", read_only)]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署ID", en = "Deployment ID", help_zh = "部署历史ID。", help_en = "ID of the deployment.")]
    pub deployment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署任务ID", en = "Task ID")]
    pub task_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "操作", en = "Operation", help_zh = "操作类型。", help_en = "Kind of run, e.g. EXECUTION_PLAN_APPLY.")]
    pub operation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status", help_zh = "状态。", help_en = "Status of the run, e.g. EXECUTION_PLAN_APPLY_SUCCEED.")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源栈名称", en = "Stack name", help_zh = "资源栈名称。", help_en = "Name of the resource stack.")]
    pub stack_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Version", help_zh = "版本。", help_en = "Version.")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "输出", en = "Output", help_zh = "输出。", help_en = "Output, as a JSON text.")]
    pub output: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "模板URL", en = "Template URI")]
    pub template_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "模板body", en = "Template body")]
    pub template_body: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "参数body", en = "Variables body")]
    pub vars_body: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "参数URL", en = "Variables URI")]
    pub vars_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "加密参数", en = "Encrypted variables")]
    pub vars_structure: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "堆栈资源", en = "Stack resources", help_zh = "堆栈资源。", help_en = "Resources of the stack, as a JSON text.")]
    pub stack_resources: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "堆栈输出", en = "Stack output")]
    pub stack_output: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "堆栈事件", en = "Stack events", help_zh = "堆栈事件。", help_en = "Events of the stack, as a JSON text.")]
    pub stack_events: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "原始数据", en = "Raw data", help_zh = "开通时提交的资源模板。", help_en = "The IaC resources submitted for the run.")]
    pub raw_data: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "扩展信息", en = "Extra information", help_zh = "扩展信息。", help_en = "Extra information.")]
    pub ext_info: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建人", en = "Created by", read_only)]
    pub creator: Option<String>,
    /// A date-time text such as `2024-05-18 17:28:53`, unlike the environments' epoch numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", read_only)]
    pub create_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Updated", read_only)]
    pub modify_time: Option<String>,
}

/// Answer of 4.1.13 (table 4-72).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "资源开通历史列表", en = "Provisioning histories")]
pub struct ProvisionHistoryList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署历史总数", en = "Total")]
    pub total: Option<i64>,
    #[serde(rename = "pageNum", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "页数", en = "Page")]
    pub page_num: Option<i64>,
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "每页条数", en = "Page size")]
    pub page_size: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署历史列表", en = "Histories")]
    pub list: Option<Vec<ProvisionHistory>>,
}

/// Path parameters of the operations on one provisioning run (tables 4-74, 4-76).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ProvisionHistoryPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "环境ID", en = "Environment ID", choices = "servicestage.environment.list|environments|id|name", help_zh = "环境ID。", help_en = "ID of the environment.")]
    pub environment_id: String,
    #[schema(path, zh = "部署历史ID", en = "History ID",
        help_zh = "部署历史ID。获取方法，请参考根据环境ID查询资源开通历史。",
        help_en = "ID of the provisioning run, from the list of provisioning histories.")]
    pub history_id: String,
}

/// One event of a provisioning run (table 4-78).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "资源栈事件", en = "Stack event")]
pub struct ProvisionStackEvent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源类型", en = "Resource type", help_zh = "资源的类型。", help_en = "Type of the resource.")]
    pub resource_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源名称", en = "Resource name", help_zh = "资源的名称，默认为资源的逻辑名称。", help_en = "Name of the resource; its logical name by default.")]
    pub resource_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "耗时（秒）", en = "Elapsed seconds", help_zh = "此事件执行所花的时间，以秒为单位。", help_en = "How long the event took, in seconds.")]
    pub elapsed_seconds: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "事件信息", en = "Message", help_zh = "该资源栈事件对应的详细信息。", help_en = "Details of the event.")]
    pub event_message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "事件类型", en = "Event type", help_zh = "此次事件的类型。", help_en = "Type of the event, e.g. LOG, SUMMARY, UPDATE_COMPLETE.")]
    pub event_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源ID名称", en = "Resource ID key",
        help_zh = "资源id的名称，即对应资源作为id使用的值的名称。当资源未创建时，不返回。",
        help_en = "Name of the value the resource uses as its ID; absent while the resource is not created.")]
    pub resource_id_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源ID值", en = "Resource ID value",
        help_zh = "资源id的值，即对应资源作为id使用的值。当资源未创建时，不返回。",
        help_en = "The value the resource uses as its ID; absent while the resource is not created.")]
    pub resource_id_value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "发生时间", en = "Time",
        help_zh = "事件发生的时间。格式遵循RFC3339，即yyyy-mm-ddTHH:MM:SSZ，如1970-01-01T00:00:00Z。",
        help_en = "When the event happened, RFC 3339 (yyyy-mm-ddTHH:MM:SSZ, e.g. 1970-01-01T00:00:00Z).")]
    pub time: Option<String>,
}

/// Answer of 4.1.15 (table 4-77).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "资源开通历史事件", en = "Provisioning events")]
pub struct ProvisionHistoryEvents {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署历史的事件", en = "Events")]
    pub stack_events: Option<Vec<ProvisionStackEvent>>,
}

crate::operations! {
    service: ServiceStage;

    /// 4.1.6 根据环境 ID 修改环境资源.
    UpdateEnvironmentResourcesOp {
        doc_ref: "servicestage:4.1.6",
        id: "servicestage.environment.update_resources",
        title: ("根据环境ID修改环境资源", "Update an environment's managed resources"),
        Put "/v3/{project_id}/cas/environments/{environment_id}/resources",
        kind: Update,
        params: EnvironmentPath,
        body: UpdateEnvironmentResources,
        response: ManagedResourceList,
        status: 200,
    }

    /// 4.1.7 根据环境 ID 开通环境资源.
    ProvisionEnvironmentOp {
        doc_ref: "servicestage:4.1.7",
        id: "servicestage.environment.provision",
        title: ("根据环境ID开通环境资源", "Provision an environment's IaC resources"),
        Post "/v3/{project_id}/cas/environments/{environment_id}/iac-resources/provision",
        kind: Action,
        params: EnvironmentPath,
        response: IacProvisionResult,
        status: 200,
    }

    /// 4.1.8 根据环境 ID 查询环境纳管的资源.
    ListManagedResourcesOp {
        doc_ref: "servicestage:4.1.8",
        id: "servicestage.environment.list_resources",
        title: ("根据环境ID查询环境纳管的资源", "List an environment's managed resources"),
        Get "/v3/{project_id}/cas/environments/{environment_id}/resources",
        kind: List,
        params: EnvironmentPath,
        response: ManagedResourceList,
        status: 200,
    }

    /// 4.1.9 根据环境 ID 查询环境创建的资源.
    ListIacResourcesOp {
        doc_ref: "servicestage:4.1.9",
        id: "servicestage.iac_resource.list",
        title: ("根据环境ID查询环境创建的资源", "List an environment's IaC resources"),
        Get "/v3/{project_id}/cas/environments/{environment_id}/iac-resources",
        kind: List,
        params: EnvironmentPath,
        response: IacResourceList,
        status: 200,
    }

    /// 4.1.10 根据环境 ID 新增环境资源.
    CreateIacResourcesOp {
        doc_ref: "servicestage:4.1.10",
        id: "servicestage.iac_resource.create",
        title: ("根据环境ID新增环境资源", "Add IaC resources to an environment"),
        Post "/v3/{project_id}/cas/environments/{environment_id}/iac-resources",
        kind: Create,
        params: EnvironmentPath,
        body: CreateIacResources,
        response: IacEnvironment,
        status: 200,
    }

    /// 4.1.11 根据环境 ID 更新环境资源.
    UpdateIacResourceOp {
        doc_ref: "servicestage:4.1.11",
        id: "servicestage.iac_resource.update",
        title: ("根据环境ID更新环境资源", "Update an IaC resource"),
        Put "/v3/{project_id}/cas/environments/{environment_id}/iac-resources/{resource_id}",
        kind: Update,
        params: IacResourcePath,
        body: UpdateIacResource,
        response: IacEnvironment,
        status: 200,
    }

    /// 4.1.12 根据环境 ID 删除环境资源.
    DeleteIacResourceOp {
        doc_ref: "servicestage:4.1.12",
        id: "servicestage.iac_resource.delete",
        title: ("根据环境ID删除环境资源", "Delete an IaC resource"),
        Delete "/v3/{project_id}/cas/environments/{environment_id}/iac-resources/{resource_id}",
        kind: Delete,
        params: IacResourcePath,
        response: IacEnvironment,
        status: 200,
    }

    /// 4.1.13 根据环境 ID 查询资源开通历史.
    ListProvisionHistoriesOp {
        doc_ref: "servicestage:4.1.13",
        id: "servicestage.provision_history.list",
        title: ("根据环境ID查询资源开通历史", "List provisioning histories"),
        Get "/v3/{project_id}/cas/environments/{environment_id}/iac-resources/provision-histories",
        kind: List,
        params: ListProvisionHistoriesParams,
        response: ProvisionHistoryList,
        status: 200,
    }

    /// 4.1.14 根据环境 ID 查询资源开通某次历史详情.
    GetProvisionHistoryOp {
        doc_ref: "servicestage:4.1.14",
        id: "servicestage.provision_history.get",
        title: ("根据环境ID查询资源开通某次历史详情", "Get a provisioning history"),
        Get "/v3/{project_id}/cas/environments/{environment_id}/iac-resources/provision-histories/{history_id}",
        kind: Get,
        params: ProvisionHistoryPath,
        response: ProvisionHistory,
        status: 200,
    }

    /// 4.1.15 根据环境 ID 查询资源开通某次历史的事件.
    ListProvisionHistoryEventsOp {
        doc_ref: "servicestage:4.1.15",
        id: "servicestage.provision_history.events",
        title: ("根据环境ID查询资源开通某次历史的事件", "List the events of a provisioning history"),
        Get "/v3/{project_id}/cas/environments/{environment_id}/iac-resources/provision-histories/{history_id}/events",
        kind: List,
        params: ProvisionHistoryPath,
        response: ProvisionHistoryEvents,
        status: 200,
    }
}
