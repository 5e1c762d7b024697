//! v2 environments (document section 12.1.2): the VPC and the CCE clusters, ECSs or
//! Auto Scaling groups (base resources) and the ELBs, RDS, DCS or CSE (optional resources)
//! that v2 instances are deployed onto.

use serde::{Deserialize, Serialize};

use super::common::{ResourceInfo, ResourceRef, V2OrderBy};
use crate::lenient::Open;
use crate::schema::Schema;
use crate::servicestage::common::{ProjectPath, SortOrder};

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

/// `charge_mode` of 12.1.2.1 (SDK `ChargeMode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "收费模式", en = "Charge mode")]
pub enum ChargeMode {
    #[serde(rename = "provided")]
    #[schema(zh = "使用已有资源，不收费（默认）", en = "Resources you already have, no charge (default)")]
    Provided,
    #[serde(rename = "on_demanded")]
    #[schema(zh = "按需收费", en = "Pay per use")]
    OnDemanded,
    #[serde(rename = "monthly")]
    #[schema(zh = "包月收费", en = "Monthly")]
    Monthly,
}

/// Body of 12.1.2.1 (tables 12-11, 12-12; SDK `EnvironmentCreate`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建环境（v2）", en = "Create environment (v2)")]
pub struct V2CreateEnvironment {
    #[schema(zh = "环境名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "由英文字母、数字、中划线(-)、下划线(_)组成，并以英文字母开头，英文字母或者数字结尾，英文字母不区分大小写，长度为2~64个字符。",
        help_en = "Letters, digits, hyphens (-) or underscores (_); starts with a letter and ends with a letter or digit; case-insensitive; 2 to 64 characters.",
        example = "development-env")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境别名", en = "Alias", max_len = 64, help_zh = "最大长度为64个字符。", help_en = "At most 64 characters.")]
    pub alias: Option<String>,
    #[schema(zh = "环境类型", en = "Environment type",
        help_zh = "virtualmachine：虚拟机；container：Kubernetes；mixed：虚拟机和Kubernetes。",
        help_en = "virtualmachine: virtual machines; container: Kubernetes; mixed: both.")]
    pub deploy_mode: DeployMode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境描述", en = "Description", max_len = 128, help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name",
        help_zh = "企业项目ID。", help_en = "Enterprise project the environment belongs to; 0 is the default project.")]
    pub enterprise_project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "收费模式", en = "Charge mode", caution,
        help_zh = "默认provided，表示使用用户提供的已有资源，无需收费；on_demanded表示按需收费；monthly表示包月收费。",
        help_en = "provided (default): resources you already have, no charge; on_demanded: charged per use; monthly: charged monthly.")]
    pub charge_mode: Option<ChargeMode>,
    #[schema(zh = "虚拟私有云ID", en = "VPC ID", choices = "vpc.vpc.list|vpcs|id|name", help_zh = "虚拟私有云ID。",
        help_en = "ID of the Virtual Private Cloud the environment's resources live in.", example = "29d55020-ae0e-4a18-871c-93e6976ee7bd")]
    pub vpc_id: String,
    #[schema(zh = "基础资源", en = "Base resources",
        help_zh = "基础资源：cce、ecs、as，可用的类型取决于环境类型。", help_en = "CCE clusters, ECSs or Auto Scaling groups; which types fit depends on the environment type.")]
    pub base_resources: Vec<ResourceRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "可选资源", en = "Optional resources", help_zh = "可选资源：rds、dcs、elb、cse等。", help_en = "RDS, DCS, ELB, CSE and other resources.")]
    pub optional_resources: Option<Vec<ResourceRef>>,
}

/// Body of 12.1.2.3 (table 12-24): every member optional; the type and VPC cannot change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改环境（v2）", en = "Update environment (v2)")]
pub struct V2UpdateEnvironment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "由英文字母、数字、中划线(-)、下划线(_)组成，并以英文字母开头，英文字母或者数字结尾，长度为2~64个字符。",
        help_en = "Letters, digits, hyphens (-) or underscores (_); starts with a letter and ends with a letter or digit; 2 to 64 characters.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境别名", en = "Alias", max_len = 64, help_zh = "最大长度为64个字符。", help_en = "At most 64 characters.")]
    pub alias: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境描述", en = "Description", max_len = 128, help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
}

/// Body of 12.1.2.6 (tables 12-39, 12-40; SDK `EnvironmentResourceModify`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改环境资源", en = "Change environment resources")]
pub struct V2UpdateEnvironmentResources {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "添加基础资源", en = "Add base resources",
        help_zh = "可添加的基础资源类型取决于环境类型：虚拟机环境为ecs、as，Kubernetes环境为cce。", help_en = "Which types can be added depends on the environment type: ecs or as for virtual machines, cce for Kubernetes.")]
    pub add_base_resources: Option<Vec<ResourceRef>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "添加可选资源", en = "Add optional resources", help_zh = "rds、dcs、elb、cse等。", help_en = "RDS, DCS, ELB, CSE and others.")]
    pub add_optional_resources: Option<Vec<ResourceRef>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "删除资源", en = "Remove resources", help_zh = "从环境中移除的资源。", help_en = "Resources the environment no longer manages.")]
    pub remove_resources: Option<Vec<ResourceRef>>,
}

/// A v2 environment as the service returns it (tables 12-13, 12-19; SDK `EnvironmentView`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境（v2）", en = "Environment (v2)")]
pub struct V2Environment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境ID", en = "Environment ID", read_only)]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境别名", en = "Alias")]
    pub alias: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目ID", en = "Project ID", read_only)]
    pub project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID")]
    pub enterprise_project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "收费模式", en = "Charge mode")]
    pub charge_mode: Option<Open<ChargeMode>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境类型", en = "Environment type")]
    pub deploy_mode: Option<Open<DeployMode>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "虚拟私有云ID", en = "VPC ID")]
    pub vpc_id: Option<String>,
    // document: "returned empty" (table 12-13), yet every example returns them.
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "基础资源", en = "Base resources")]
    pub base_resources: Option<Vec<ResourceInfo>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "可选资源", en = "Optional resources")]
    pub optional_resources: Option<Vec<ResourceInfo>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建人", en = "Created by", read_only)]
    pub creator: Option<String>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", read_only)]
    pub create_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Updated", read_only)]
    pub update_time: Option<i64>,
}

/// Answer of 12.1.2.2 (table 12-18).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境列表（v2）", en = "Environments (v2)")]
pub struct V2EnvironmentList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境总数", en = "Total")]
    pub count: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境", en = "Environments")]
    pub environments: Option<Vec<V2Environment>>,
}

/// Parameters of 12.1.2.2 (tables 12-15, 12-16).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct V2ListEnvironmentsParams {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询个数", en = "Limit", help_zh = "指定个数，取值[0, 100]或者1000，其他值相当于10。默认1000，用于不分页的场景；分页时取值[0, 100]。", help_en = "0 to 100, or 1000; any other value counts as 10. 1000 (the whole list) unless said otherwise; page with 0 to 100.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询偏移量", en = "Offset", min = 0, help_zh = "表示查询第n条数据后的结果。", help_en = "Skip this many records.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by", help_zh = "默认按创建时间排序。", help_en = "Creation time unless said otherwise.")]
    pub order_by: Option<V2OrderBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方式", en = "Sort order", help_zh = "默认降序。", help_en = "Descending unless said otherwise.")]
    pub order: Option<SortOrder>,
}

/// Path parameters of the operations on one v2 environment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct V2EnvironmentPath {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[schema(path, zh = "环境ID", en = "Environment ID", choices = "servicestage.v2_environment.list|environments|id|name",
        help_zh = "环境ID，从获取所有环境（v2）得到。", help_en = "ID of a v2 environment, from the v2 environment list.")]
    pub environment_id: String,
}

crate::operations! {
    service: ServiceStage;

    /// 12.1.2.1 创建环境.
    CreateEnvironmentOp {
        doc_ref: "servicestage:12.1.2.1",
        id: "servicestage.v2_environment.create",
        title: ("创建环境（v2）", "Create an environment (v2)"),
        Post "/v2/{project_id}/cas/environments",
        kind: Create,
        params: ProjectPath,
        body: V2CreateEnvironment,
        response: V2Environment,
        status: 200,
    }

    /// 12.1.2.2 获取所有环境.
    ListEnvironmentsOp {
        doc_ref: "servicestage:12.1.2.2",
        id: "servicestage.v2_environment.list",
        title: ("获取所有环境（v2）", "List environments (v2)"),
        Get "/v2/{project_id}/cas/environments",
        kind: List,
        params: V2ListEnvironmentsParams,
        response: V2EnvironmentList,
        status: 200,
    }

    /// 12.1.2.3 修改环境信息.
    UpdateEnvironmentOp {
        doc_ref: "servicestage:12.1.2.3",
        id: "servicestage.v2_environment.update",
        title: ("修改环境信息（v2）", "Update an environment (v2)"),
        Put "/v2/{project_id}/cas/environments/{environment_id}",
        kind: Update,
        params: V2EnvironmentPath,
        body: V2UpdateEnvironment,
        response: V2Environment,
        status: 200,
    }

    /// 12.1.2.4 根据环境 ID 删除环境.
    DeleteEnvironmentOp {
        doc_ref: "servicestage:12.1.2.4",
        id: "servicestage.v2_environment.delete",
        title: ("根据环境ID删除环境（v2）", "Delete an environment (v2)"),
        Delete "/v2/{project_id}/cas/environments/{environment_id}",
        kind: Delete,
        params: V2EnvironmentPath,
        status: 204,
    }

    /// 12.1.2.5 根据环境 ID 获取环境详细信息.
    GetEnvironmentOp {
        doc_ref: "servicestage:12.1.2.5",
        id: "servicestage.v2_environment.get",
        title: ("根据环境ID获取环境详细信息（v2）", "Get an environment (v2)"),
        Get "/v2/{project_id}/cas/environments/{environment_id}",
        kind: Get,
        params: V2EnvironmentPath,
        response: V2Environment,
        status: 200,
    }

    /// 12.1.2.6 修改环境资源.
    UpdateEnvironmentResourcesOp {
        doc_ref: "servicestage:12.1.2.6",
        id: "servicestage.v2_environment.resources",
        title: ("修改环境资源（v2）", "Change the resources of an environment (v2)"),
        Patch "/v2/{project_id}/cas/environments/{environment_id}/resources",
        kind: Action,
        params: V2EnvironmentPath,
        body: V2UpdateEnvironmentResources,
        response: V2Environment,
        status: 200,
    }
}
