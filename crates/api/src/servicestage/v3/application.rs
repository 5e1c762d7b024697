//! Applications (document section 4.2): business systems made of one or more related
//! components, and their per-environment configuration (environment variables).

use serde::{Deserialize, Serialize};

use crate::schema::Schema;
use crate::servicestage::common::{Label, LabelInfo, ProjectPath, SortOrder};

/// Documented as "letters, digits, `-` or `_`, starting with a letter and ending with a
/// letter or digit, 2–64 characters".
pub const APPLICATION_NAME_PATTERN: &str = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$";

/// Documented as "1–64 characters: letters, digits, `_`, `-` or `.`, starting with a letter,
/// `_` or `-`".
pub const APPLICATION_ENV_NAME_PATTERN: &str = "^[A-Za-z_-][A-Za-z0-9_.-]*$";

/// Body of 4.2.1 (tables 4-81, 4-82).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建应用", en = "Create application")]
pub struct CreateApplication {
    #[schema(zh = "应用名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "由英文字母、数字、中划线（-）或下划线（_）组成，并以英文字母开头，英文字母或者数字结尾，长度为2~64个字符。",
        help_en = "Letters, digits, hyphens (-) or underscores (_); starts with a letter and ends with a letter or digit; 2 to 64 characters.",
        example = "app-xpmtii")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用描述", en = "Description", max_len = 128,
        help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name", 
        help_zh = "企业项目ID。", help_en = "Enterprise project the application belongs to.")]
    pub enterprise_project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Labels", max_items = 20,
        help_zh = "可使用标签管理服务通过标签过滤资源。同一个应用下最多可以添加20个标签。“华东二”区域支持设置“标签”参数。",
        help_en = "Tags for filtering resources in Tag Management Service; at most 20 per application. Supported in the CN East 2 region.")]
    pub labels: Option<Vec<Label>>,
}

/// Body of 4.2.3 (tables 4-93, 4-94): every member optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改应用", en = "Update application")]
pub struct UpdateApplication {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "由英文字母、数字、中划线（-）或下划线（_）组成，并以英文字母开头，英文字母或者数字结尾，长度为2~64个字符。",
        help_en = "Letters, digits, hyphens (-) or underscores (_); starts with a letter and ends with a letter or digit; 2 to 64 characters.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用描述", en = "Description", max_len = 128,
        help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name", 
        help_zh = "企业项目ID。", help_en = "Enterprise project the application belongs to.")]
    pub enterprise_project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Labels", max_items = 20,
        help_zh = "可使用标签管理服务通过标签过滤资源。同一个应用下最多可以添加20个标签。",
        help_en = "Tags for filtering resources in Tag Management Service; at most 20 per application.")]
    pub labels: Option<Vec<Label>>,
}

/// An application as the service returns it (tables 4-83, 4-89, 4-95, 4-101).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用", en = "Application")]
pub struct Application {
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
    #[schema(zh = "应用创建人", en = "Created by", read_only)]
    pub creator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目ID", en = "Project ID", read_only)]
    pub project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID")]
    pub enterprise_project_id: Option<String>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用创建时间", en = "Created", read_only)]
    pub create_time: Option<i64>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用修改时间", en = "Updated", read_only)]
    pub update_time: Option<i64>,
    /// Not in table 4-83 (create), but in the list and detail answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件个数", en = "Components", read_only,
        help_zh = "应用下部署的组件个数。", help_en = "Number of components deployed in the application.")]
    pub component_count: Option<i64>,
    /// `null` in some of the documented answers.
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Labels", help_zh = "可使用标签管理服务通过标签过滤资源。", help_en = "Tags for filtering resources in Tag Management Service.")]
    pub labels: Option<Vec<LabelInfo>>,
}

/// Answer of 4.2.2 (table 4-88).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用列表", en = "Applications")]
pub struct ApplicationList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用总数", en = "Total")]
    pub count: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用信息", en = "Applications")]
    pub applications: Option<Vec<Application>>,
}

/// Sort keys of 4.2.2; values outside these are sorted by `create_time` by the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "排序字段", en = "Sort by")]
pub enum ApplicationOrderBy {
    #[serde(rename = "create_time")]
    #[schema(zh = "应用创建时间（默认）", en = "Creation time (default)")]
    CreateTime,
    #[serde(rename = "name")]
    #[schema(zh = "应用名称", en = "Name")]
    Name,
    #[serde(rename = "update_time")]
    #[schema(zh = "应用修改时间", en = "Update time")]
    UpdateTime,
}

/// Parameters of 4.2.2 (tables 4-85, 4-86).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ListApplicationsParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询个数", en = "Limit", min = 0, max = 100,
        help_zh = "查询个数，取值[0, 100]。", help_en = "Number of records to return, 0 to 100.")]
    pub limit: Option<i64>,
    /// Table 4-86 types it `intege`, a typo for Integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询偏移量", en = "Offset", min = 0,
        help_zh = "查询偏移量，表示查询第n条数据后的结果。", help_en = "Skip this many records.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by",
        help_zh = "传值不在支持的枚举值范围内的话按默认排序字段（create_time）排序。",
        help_en = "Other values sort by the default key, create_time.")]
    pub order_by: Option<ApplicationOrderBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方式", en = "Sort order")]
    pub order: Option<SortOrder>,
}

/// Path parameters of the operations on one application.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ApplicationPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.application.list|applications|id|name",
        help_zh = "应用ID。获取方法，请参考获取所有应用。", help_en = "ID of the application, from the list of applications.")]
    pub application_id: String,
}

/// Parameters of 4.2.6 (tables 4-103, 4-104).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct GetApplicationConfigurationParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.application.list|applications|id|name",
        help_zh = "应用ID。获取方法，请参考获取所有应用。", help_en = "ID of the application, from the list of applications.")]
    pub application_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "环境ID", en = "Environment ID",
        help_zh = "环境ID。获取方法，请参考获取所有环境。", help_en = "Only the configuration for this environment.")]
    pub environment_id: Option<String>,
}

/// Parameters of 4.2.8 (tables 4-118, 4-119): the environment is required here.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct DeleteApplicationConfigurationParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.application.list|applications|id|name",
        help_zh = "应用ID。获取方法，请参考获取所有应用。", help_en = "ID of the application, from the list of applications.")]
    pub application_id: String,
    #[schema(query, zh = "环境ID", en = "Environment ID",
        help_zh = "环境ID。获取方法，请参考获取所有环境。", help_en = "The environment whose configuration is deleted.")]
    pub environment_id: String,
}

/// One application environment variable in the body of 4.2.7 (table 4-114).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用环境变量", en = "Application environment variable")]
pub struct ApplicationEnvVariableInput {
    #[schema(zh = "变量名", en = "Name", min_len = 1, max_len = 64, pattern = "^[A-Za-z_-][A-Za-z0-9_.-]*$",
        help_zh = "应用环境变量的名称，在同一个应用环境下必须唯一。长度1到64个字符，可以包含英文字母、数字、下划线（_）、中划线（-）或点（.），以英文字母、下划线（_）或中划线（-）开头。",
        help_en = "Unique within the application's environment; 1 to 64 characters: letters, digits, underscores (_), hyphens (-) or dots (.), starting with a letter, underscore or hyphen.",
        example = "app-env")]
    pub name: String,
    #[schema(zh = "变量值", en = "Value", help_zh = "变量值，应用环境变量的值。", help_en = "Value of the variable.")]
    pub value: String,
}

/// The `configuration` object in the body of 4.2.7 (table 4-113).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境变量配置", en = "Environment variable configuration")]
pub struct ApplicationConfigurationEnvInput {
    #[schema(zh = "环境变量", en = "Environment variables", help_zh = "环境变量。", help_en = "The application's environment variables.")]
    pub env: Vec<ApplicationEnvVariableInput>,
}

/// Body of 4.2.7 (table 4-112).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改应用配置", en = "Update application configuration")]
pub struct UpdateApplicationConfiguration {
    #[schema(zh = "环境ID", en = "Environment ID",
        help_zh = "环境ID。获取方法，请参考获取所有环境。", help_en = "The environment the configuration applies to.",
        example = "0fa75dfe-0d32-4bc1-848b-8008cf3f2567")]
    pub environment_id: String,
    #[schema(zh = "环境变量配置", en = "Configuration", help_zh = "环境变量配置。", help_en = "Environment variable configuration.")]
    pub configuration: ApplicationConfigurationEnvInput,
}

/// An application environment variable as the service returns it (tables 4-109, 4-117).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用环境变量信息", en = "Application environment variable (answer)")]
pub struct ApplicationEnvVariable {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量名", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量值", en = "Value")]
    pub value: Option<String>,
}

/// The `configuration` object of an answer (tables 4-108, 4-116).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境变量配置信息", en = "Environment variable configuration (answer)")]
pub struct ApplicationConfigurationEnv {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境变量", en = "Environment variables")]
    pub env: Option<Vec<ApplicationEnvVariable>>,
}

/// An application's configuration in one environment (tables 4-107, 4-115); the answer of
/// 4.2.7.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用配置", en = "Application configuration")]
pub struct ApplicationConfiguration {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Application ID")]
    pub application_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境ID", en = "Environment ID")]
    pub environment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境变量配置", en = "Configuration")]
    pub configuration: Option<ApplicationConfigurationEnv>,
}

/// Answer of 4.2.6 (table 4-106).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用配置列表", en = "Application configurations")]
pub struct ApplicationConfigurationList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置列表", en = "Configurations", help_zh = "配置列表，每个环境一项。", help_en = "One configuration per environment.")]
    pub configuration: Option<Vec<ApplicationConfiguration>>,
}

crate::operations! {
    service: ServiceStage;

    /// 4.2.1 创建应用.
    CreateApplicationOp {
        doc_ref: "servicestage:4.2.1",
        id: "servicestage.application.create",
        title: ("创建应用", "Create an application"),
        Post "/v3/{project_id}/cas/applications",
        kind: Create,
        params: ProjectPath,
        body: CreateApplication,
        response: Application,
        status: 200,
    }

    /// 4.2.2 获取所有应用.
    ListApplicationsOp {
        doc_ref: "servicestage:4.2.2",
        id: "servicestage.application.list",
        title: ("获取所有应用", "List applications"),
        Get "/v3/{project_id}/cas/applications",
        kind: List,
        params: ListApplicationsParams,
        response: ApplicationList,
        status: 200,
    }

    /// 4.2.3 根据应用 ID 修改应用信息.
    UpdateApplicationOp {
        doc_ref: "servicestage:4.2.3",
        id: "servicestage.application.update",
        title: ("根据应用ID修改应用信息", "Update an application"),
        Put "/v3/{project_id}/cas/applications/{application_id}",
        kind: Update,
        params: ApplicationPath,
        body: UpdateApplication,
        response: Application,
        status: 200,
    }

    /// 4.2.4 根据应用 ID 删除应用.
    DeleteApplicationOp {
        doc_ref: "servicestage:4.2.4",
        id: "servicestage.application.delete",
        title: ("根据应用ID删除应用", "Delete an application"),
        Delete "/v3/{project_id}/cas/applications/{application_id}",
        kind: Delete,
        params: ApplicationPath,
        status: 204,
    }

    /// 4.2.5 根据应用 ID 获取应用详细信息.
    GetApplicationOp {
        doc_ref: "servicestage:4.2.5",
        id: "servicestage.application.get",
        title: ("根据应用ID获取应用详细信息", "Get an application"),
        Get "/v3/{project_id}/cas/applications/{application_id}",
        kind: Get,
        params: ApplicationPath,
        response: Application,
        status: 200,
    }

    /// 4.2.6 根据应用 ID 获取应用配置.
    GetApplicationConfigurationOp {
        doc_ref: "servicestage:4.2.6",
        id: "servicestage.application.get_configuration",
        title: ("根据应用ID获取应用配置", "Get an application's configuration"),
        Get "/v3/{project_id}/cas/applications/{application_id}/configuration",
        kind: Get,
        params: GetApplicationConfigurationParams,
        response: ApplicationConfigurationList,
        status: 200,
    }

    /// 4.2.7 根据应用 ID 修改应用配置.
    UpdateApplicationConfigurationOp {
        doc_ref: "servicestage:4.2.7",
        id: "servicestage.application.update_configuration",
        title: ("根据应用ID修改应用配置", "Update an application's configuration"),
        Put "/v3/{project_id}/cas/applications/{application_id}/configuration",
        kind: Update,
        params: ApplicationPath,
        body: UpdateApplicationConfiguration,
        response: ApplicationConfiguration,
        status: 200,
    }

    /// 4.2.8 根据应用 ID 删除应用配置.
    DeleteApplicationConfigurationOp {
        doc_ref: "servicestage:4.2.8",
        id: "servicestage.application.delete_configuration",
        title: ("根据应用ID删除应用配置", "Delete an application's configuration"),
        Delete "/v3/{project_id}/cas/applications/{application_id}/configuration",
        kind: Delete,
        params: DeleteApplicationConfigurationParams,
        status: 204,
    }
}
