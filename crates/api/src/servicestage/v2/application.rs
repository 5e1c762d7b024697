//! v2 applications (document section 12.1.3) and their environment variables per
//! environment.

use serde::{Deserialize, Serialize};

use super::common::V2OrderBy;
use crate::schema::Schema;
use crate::servicestage::common::{ProjectPath, SortOrder};

/// Body of 12.1.3.1 (table 12-47; SDK `ApplicationCreate`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建应用（v2）", en = "Create application (v2)")]
pub struct V2CreateApplication {
    #[schema(zh = "应用名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "由英文字母、数字、中划线(-)、下划线(_)组成，并以英文字母开头，英文字母或者数字结尾，英文字母不区分大小写，长度为2~64个字符。",
        help_en = "Letters, digits, hyphens (-) or underscores (_); starts with a letter and ends with a letter or digit; case-insensitive; 2 to 64 characters.",
        example = "app-xpmtii")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用描述", en = "Description", max_len = 128, help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name",
        help_zh = "企业项目ID。", help_en = "Enterprise project the application belongs to.")]
    pub enterprise_project_id: Option<String>,
}

/// Body of 12.1.3.3 (table 12-60; SDK `ApplicationModify`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改应用（v2）", en = "Update application (v2)")]
pub struct V2UpdateApplication {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "由英文字母、数字、中划线(-)、下划线(_)组成，并以英文字母开头，英文字母或者数字结尾，长度为2~64个字符。",
        help_en = "Letters, digits, hyphens (-) or underscores (_); starts with a letter and ends with a letter or digit; 2 to 64 characters.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用描述", en = "Description", max_len = 128, help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
}

/// A v2 application as the service returns it (tables 12-48, 12-54; SDK `ApplicationView`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用（v2）", en = "Application (v2)")]
pub struct V2Application {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Application ID", read_only)]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目ID", en = "Project ID", read_only)]
    pub project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID")]
    pub enterprise_project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建人", en = "Created by", read_only)]
    pub creator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", read_only)]
    pub create_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Updated", read_only)]
    pub update_time: Option<i64>,
    /// Always `null` (table 12-48).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "统一模型", en = "Unified model", read_only)]
    pub unified_model: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件数量", en = "Components", read_only)]
    pub component_count: Option<i64>,
}

/// Answer of 12.1.3.2 (table 12-53).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用列表（v2）", en = "Applications (v2)")]
pub struct V2ApplicationList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用总数", en = "Total")]
    pub count: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用", en = "Applications")]
    pub applications: Option<Vec<V2Application>>,
}

/// Parameters of 12.1.3.2 (tables 12-50, 12-51).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct V2ListApplicationsParams {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    // document: limit and offset typed String (table 12-51); service (SDK ListApplicationsRequest): Integer.
    // A query string is the same text either way.
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

/// Path parameters of the operations on one v2 application.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct V2ApplicationPath {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.v2_application.list|applications|id|name",
        help_zh = "应用ID，从获取所有应用（v2）得到。", help_en = "ID of a v2 application, from the v2 application list.")]
    pub application_id: String,
}

/// Parameters of 12.1.3.8: without an environment, the configuration of every environment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct GetConfigurationParams {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.v2_application.list|applications|id|name",
        help_zh = "应用ID，从获取所有应用（v2）得到。", help_en = "ID of a v2 application, from the v2 application list.")]
    pub application_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "环境ID", en = "Environment ID", choices = "servicestage.v2_environment.list|environments|id|name",
        help_zh = "不填则返回所有环境的配置。", help_en = "Leave empty for the configuration of every environment.")]
    pub environment_id: Option<String>,
}

/// Parameters of 12.1.3.7: the environment is required.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct DeleteConfigurationParams {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.v2_application.list|applications|id|name",
        help_zh = "应用ID，从获取所有应用（v2）得到。", help_en = "ID of a v2 application, from the v2 application list.")]
    pub application_id: String,
    #[schema(query, zh = "环境ID", en = "Environment ID", choices = "servicestage.v2_environment.list|environments|id|name",
        help_zh = "删除此环境下的应用配置。", help_en = "The environment whose configuration is deleted.")]
    pub environment_id: String,
}

/// One environment variable in the body of 12.1.3.6 (table 12-72).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境变量", en = "Environment variable")]
pub struct EnvVar {
    #[schema(zh = "变量名", en = "Name", min_len = 1, max_len = 64, pattern = "^[A-Za-z_.-][A-Za-z0-9_.-]*$",
        help_zh = "由字母、数字、下划线、中划线或者点号组成，不能以数字开头，长度为1~64个字符。名称重复时以最后一个为准。",
        help_en = "Letters, digits, underscores, hyphens or dots, not starting with a digit; 1 to 64 characters. When a name repeats, the last one wins.",
        example = "app-env")]
    pub name: String,
    #[schema(zh = "变量值", en = "Value", min_len = 0, help_zh = "环境变量值。", help_en = "Value of the variable.")]
    pub value: String,
}

/// `configuration` in the body of 12.1.3.6 (table 12-71).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用配置", en = "Configuration")]
pub struct ConfigurationInput {
    #[schema(zh = "环境变量", en = "Environment variables",
        help_zh = "整体覆盖此环境下的环境变量列表。", help_en = "Replaces the whole list of variables for the environment.")]
    pub env: Vec<EnvVar>,
}

/// Body of 12.1.3.6 (table 12-70; SDK `ApplicationConfigModify`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改应用配置（v2）", en = "Set application configuration (v2)")]
pub struct UpdateConfiguration {
    #[schema(zh = "环境ID", en = "Environment ID", choices = "servicestage.v2_environment.list|environments|id|name",
        help_zh = "配置生效的环境。", help_en = "The environment the variables apply in.", example = "0fa75dfe-0d32-4bc1-848b-8008cf3f2567")]
    pub environment_id: String,
    #[schema(zh = "应用配置", en = "Configuration", help_zh = "环境变量等配置。", help_en = "The environment variables.")]
    pub configuration: ConfigurationInput,
}

/// An environment variable in an answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境变量信息", en = "Environment variable (answer)")]
pub struct EnvVarInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量名", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量值", en = "Value")]
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用配置信息", en = "Configuration (answer)")]
pub struct ConfigurationInfo {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境变量", en = "Environment variables")]
    pub env: Option<Vec<EnvVarInfo>>,
}

/// An application's configuration in one environment: the answer of 12.1.3.6 and an item of
/// 12.1.3.8.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用环境配置", en = "Application configuration")]
pub struct V2ApplicationConfiguration {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Application ID")]
    pub application_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境ID", en = "Environment ID")]
    pub environment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用配置", en = "Configuration")]
    pub configuration: Option<ConfigurationInfo>,
}

/// Answer of 12.1.3.8: `{"configuration": [{…, "configuration": {"env": […]}}]}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用配置列表", en = "Application configurations")]
pub struct V2ApplicationConfigurationList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置", en = "Configurations", help_zh = "每个环境一项。", help_en = "One per environment.")]
    pub configuration: Option<Vec<V2ApplicationConfiguration>>,
}

crate::operations! {
    service: ServiceStage;

    /// 12.1.3.1 创建应用.
    CreateApplicationOp {
        doc_ref: "servicestage:12.1.3.1",
        id: "servicestage.v2_application.create",
        title: ("创建应用（v2）", "Create an application (v2)"),
        Post "/v2/{project_id}/cas/applications",
        kind: Create,
        params: ProjectPath,
        body: V2CreateApplication,
        response: V2Application,
        status: 200,
    }

    /// 12.1.3.2 获取所有应用.
    ListApplicationsOp {
        doc_ref: "servicestage:12.1.3.2",
        id: "servicestage.v2_application.list",
        title: ("获取所有应用（v2）", "List applications (v2)"),
        Get "/v2/{project_id}/cas/applications",
        kind: List,
        params: V2ListApplicationsParams,
        response: V2ApplicationList,
        status: 200,
    }

    /// 12.1.3.3 修改应用信息.
    UpdateApplicationOp {
        doc_ref: "servicestage:12.1.3.3",
        id: "servicestage.v2_application.update",
        title: ("修改应用信息（v2）", "Update an application (v2)"),
        Put "/v2/{project_id}/cas/applications/{application_id}",
        kind: Update,
        params: V2ApplicationPath,
        body: V2UpdateApplication,
        response: V2Application,
        status: 200,
    }

    /// 12.1.3.4 根据应用 ID 删除应用.
    DeleteApplicationOp {
        doc_ref: "servicestage:12.1.3.4",
        id: "servicestage.v2_application.delete",
        title: ("根据应用ID删除应用（v2）", "Delete an application (v2)"),
        Delete "/v2/{project_id}/cas/applications/{application_id}",
        kind: Delete,
        params: V2ApplicationPath,
        status: 204,
    }

    /// 12.1.3.5 根据应用 ID 获取应用详细信息.
    GetApplicationOp {
        doc_ref: "servicestage:12.1.3.5",
        id: "servicestage.v2_application.get",
        title: ("根据应用ID获取应用详细信息（v2）", "Get an application (v2)"),
        Get "/v2/{project_id}/cas/applications/{application_id}",
        kind: Get,
        params: V2ApplicationPath,
        response: V2Application,
        status: 200,
    }

    /// 12.1.3.6 修改应用配置信息.
    UpdateConfigurationOp {
        doc_ref: "servicestage:12.1.3.6",
        id: "servicestage.v2_application.configure",
        title: ("修改应用配置信息（v2）", "Set the configuration of an application (v2)"),
        Put "/v2/{project_id}/cas/applications/{application_id}/configuration",
        kind: Action,
        params: V2ApplicationPath,
        body: UpdateConfiguration,
        response: V2ApplicationConfiguration,
        status: 200,
    }

    /// 12.1.3.7 删除应用配置.
    DeleteConfigurationOp {
        doc_ref: "servicestage:12.1.3.7",
        id: "servicestage.v2_application.delete_configuration",
        title: ("删除应用配置（v2）", "Delete the configuration of an application (v2)"),
        Delete "/v2/{project_id}/cas/applications/{application_id}/configuration",
        kind: Action,
        params: DeleteConfigurationParams,
        status: 204,
    }

    /// 12.1.3.8 获取应用配置.
    GetConfigurationOp {
        doc_ref: "servicestage:12.1.3.8",
        id: "servicestage.v2_application.configuration",
        title: ("获取应用配置（v2）", "Get the configuration of an application (v2)"),
        Get "/v2/{project_id}/cas/applications/{application_id}/configuration",
        kind: Action,
        params: GetConfigurationParams,
        response: V2ApplicationConfigurationList,
        status: 200,
    }
}
