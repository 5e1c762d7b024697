//! Environments (document section 4.1): the compute, network and middleware resources that
//! components are deployed onto.

use serde::{Deserialize, Serialize};

use crate::lenient::Open;
use crate::schema::Schema;
use crate::servicestage::common::{Label, LabelInfo, ProjectPath, SortOrder};

/// Documented as "letters, digits, `-` or `_`, starting with a letter and ending with a
/// letter or digit, 2–64 characters".
pub const ENVIRONMENT_NAME_PATTERN: &str = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境类型", en = "Environment type")]
pub enum DeployMode {
    #[serde(rename = "virtualmachine")]
    #[schema(zh = "虚拟机", en = "Virtual machines")]
    VirtualMachine,
    #[serde(rename = "container")]
    #[schema(zh = "Kubernetes", en = "Kubernetes")]
    Container,
    #[serde(rename = "mixed")]
    #[schema(zh = "虚拟机和Kubernetes", en = "Virtual machines and Kubernetes")]
    Mixed,
}

/// Kinds of base resources an environment manages (tables 4-21 and 4-26).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "资源类型", en = "Resource type")]
pub enum ResourceType {
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

/// Body of 4.1.1 (table 4-3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建环境", en = "Create environment")]
pub struct CreateEnvironment {
    #[schema(zh = "环境名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "由英文字母、数字、中划线（-）或下划线（_）组成，并以英文字母开头，英文字母或者数字结尾，英文字母不区分大小写，长度为2~64个字符。",
        help_en = "Letters, digits, hyphens (-) or underscores (_); starts with a letter and ends with a letter or digit; case-insensitive; 2 to 64 characters.",
        example = "env-test")]
    pub name: String,
    // document: optional (table 4-3); service (SDK EnvironmentCreate): required, always sent.
    // Required; every documented request sends it.
    #[schema(zh = "环境类型", en = "Environment type",
        help_zh = "virtualmachine：虚拟机；container：Kubernetes；mixed：虚拟机和Kubernetes。",
        help_en = "virtualmachine: virtual machines; container: Kubernetes; mixed: both.")]
    pub deploy_mode: DeployMode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境描述", en = "Description", max_len = 128,
        help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name", 
        help_zh = "企业项目ID。", help_en = "Enterprise project the environment belongs to; 0 is the default project.")]
    pub enterprise_project_id: Option<String>,
    #[schema(zh = "虚拟私有云ID", en = "VPC ID", choices = "vpc.vpc.list|vpcs|id|name", help_zh = "虚拟私有云ID。", help_en = "ID of the Virtual Private Cloud the environment's resources live in.",
        example = "0c72428b-cd6c-4283-a560-210d3edb49f7")]
    pub vpc_id: String,
    /// Not in table 4-3; the request of chapter 8.1 sends it ("provided").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "计费模式", en = "Charge mode", help_zh = "环境资源的计费方式，例如provided（使用已有资源）。", help_en = "How the environment's resources are charged, e.g. provided (resources you already have).")]
    pub charge_mode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Labels", max_items = 20,
        help_zh = "可使用标签管理服务通过标签过滤资源。同一个环境下最多可以添加20个标签。",
        help_en = "Tags for filtering resources in Tag Management Service; at most 20 per environment.")]
    pub labels: Option<Vec<Label>>,
}

/// Body of 4.1.4 (table 4-17): the environment's type and VPC cannot change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改环境", en = "Update environment")]
pub struct UpdateEnvironment {
    #[schema(zh = "环境名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "由英文字母、数字、中划线(-)、下划线(_)组成，并以英文字母开头，英文字母或者数字结尾，英文字母不区分大小写，长度为2~64个字符。",
        help_en = "Letters, digits, hyphens (-) or underscores (_); starts with a letter and ends with a letter or digit; case-insensitive; 2 to 64 characters.")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境描述", en = "Description", max_len = 128,
        help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Labels", max_items = 20,
        help_zh = "同一个环境下最多可以添加20个标签。", help_en = "At most 20 per environment.")]
    pub labels: Option<Vec<Label>>,
}

/// A base resource managed by an environment (tables 4-21, 4-26).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境资源", en = "Environment resource")]
pub struct EnvironmentResource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源ID", en = "Resource ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源名称", en = "Resource name")]
    pub name: Option<String>,
    /// Open: the document lists nine types here but names `nacos`, `ms_gateway`, `subnet`,
    /// `acl` and `ccnamespace` for the same member elsewhere (tables of 4.1.6–4.1.9); an
    /// undocumented type is kept as sent.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源类型", en = "Resource type")]
    pub resource_type: Option<Open<ResourceType>>,
}

/// An environment as the service returns it (tables 4-5, 4-11, 4-19, 4-24).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境", en = "Environment")]
pub struct Environment {
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
    #[schema(zh = "环境类型", en = "Environment type")]
    pub deploy_mode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "虚拟私有云ID", en = "VPC ID")]
    pub vpc_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境创建人", en = "Created by", read_only)]
    pub creator: Option<String>,
    /// Not in the tables; the answers of chapter 8.1 carry it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "虚拟机集群规模", en = "VM cluster size", read_only)]
    pub vm_cluster_size: Option<i64>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境创建时间", en = "Created", read_only)]
    pub create_time: Option<i64>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境修改时间", en = "Updated", read_only)]
    pub update_time: Option<i64>,
    /// `null` in some of the documented answers.
    #[serde(default, deserialize_with = "crate::lenient::vec")]
    #[schema(zh = "标签", en = "Labels")]
    pub labels: Option<Vec<LabelInfo>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源", en = "Resources")]
    pub resources: Option<Vec<EnvironmentResource>>,
}

/// Answer of 4.1.2 (table 4-10).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境列表", en = "Environments")]
pub struct EnvironmentList {
    /// Required in table 4-10, yet answers carry `null` or leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境总数", en = "Total")]
    pub count: Option<i64>,
    /// Required in table 4-10, yet answers carry `null` or leave it out.
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境参数", en = "Environments")]
    pub environments: Option<Vec<Environment>>,
}

/// Sort keys of 4.1.2; values outside these are sorted by `create_time` by the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "排序字段", en = "Sort by")]
pub enum EnvironmentOrderBy {
    #[serde(rename = "create_time")]
    #[schema(zh = "环境创建时间（默认）", en = "Creation time (default)")]
    CreateTime,
    #[serde(rename = "name")]
    #[schema(zh = "环境名称", en = "Name")]
    Name,
    #[serde(rename = "update_time")]
    #[schema(zh = "环境修改时间", en = "Update time")]
    UpdateTime,
}

/// Parameters of 4.1.2 (tables 4-7, 4-8).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ListEnvironmentsParams {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询个数", en = "Limit", min = 0, max = 100,
        help_zh = "查询个数，取值[0, 100]。", help_en = "Number of records to return, 0 to 100.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询偏移量", en = "Offset", min = 0,
        help_zh = "表示查询第n条数据后的结果。", help_en = "Skip this many records.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by")]
    pub order_by: Option<EnvironmentOrderBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方式", en = "Sort order")]
    pub order: Option<SortOrder>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "环境名称", en = "Name", help_zh = "指定环境名称，查询对应环境名称的环境信息。", help_en = "Only the environment with this name.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "环境ID", en = "Environment ID", help_zh = "指定环境ID，查询对应环境ID的环境信息。", help_en = "Only the environment with this ID.")]
    pub environment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name", help_zh = "指定企业项目ID，查询对应企业项目ID的环境信息。", help_en = "Only environments of this enterprise project.")]
    pub enterprise_project_id: Option<String>,
}

/// Path parameters of the operations on one environment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct EnvironmentPath {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[schema(path, zh = "环境ID", en = "Environment ID", choices = "servicestage.environment.list|environments|id|name")]
    pub environment_id: String,
}

crate::operations! {
    service: ServiceStage;

    /// 4.1.1 创建环境.
    CreateEnvironmentOp {
        doc_ref: "servicestage:4.1.1",
        id: "servicestage.environment.create",
        title: ("创建环境", "Create an environment"),
        Post "/v3/{project_id}/cas/environments",
        kind: Create,
        params: ProjectPath,
        body: CreateEnvironment,
        response: Environment,
        status: 200,
    }

    /// 4.1.2 获取所有环境.
    ListEnvironmentsOp {
        doc_ref: "servicestage:4.1.2",
        id: "servicestage.environment.list",
        title: ("获取所有环境", "List environments"),
        Get "/v3/{project_id}/cas/environments",
        kind: List,
        params: ListEnvironmentsParams,
        response: EnvironmentList,
        status: 200,
    }

    /// 4.1.3 根据环境 ID 删除环境.
    DeleteEnvironmentOp {
        doc_ref: "servicestage:4.1.3",
        id: "servicestage.environment.delete",
        title: ("根据环境ID删除环境", "Delete an environment"),
        Delete "/v3/{project_id}/cas/environments/{environment_id}",
        kind: Delete,
        params: EnvironmentPath,
        status: 204,
    }

    /// 4.1.4 根据环境 ID 修改环境.
    UpdateEnvironmentOp {
        doc_ref: "servicestage:4.1.4",
        id: "servicestage.environment.update",
        title: ("根据环境ID修改环境", "Update an environment"),
        Put "/v3/{project_id}/cas/environments/{environment_id}",
        kind: Update,
        params: EnvironmentPath,
        body: UpdateEnvironment,
        response: Environment,
        status: 200,
    }

    /// 4.1.5 根据环境 ID 获取环境详细信息.
    GetEnvironmentOp {
        doc_ref: "servicestage:4.1.5",
        id: "servicestage.environment.get",
        title: ("根据环境ID获取环境详细信息", "Get an environment"),
        Get "/v3/{project_id}/cas/environments/{environment_id}",
        kind: Get,
        params: EnvironmentPath,
        response: Environment,
        status: 200,
    }
}
