//! ServiceComb service center of an exclusive engine (7.2.1–7.6.1, 12.4): the engine token,
//! microservices, their schemas (contracts), instances, discovery and dependencies.
//!
//! Wire check: Apache ServiceComb service-center's v4 REST API (`server/rest/discovery`,
//! `pkg/proto` / `go-chassis/cari/discovery` model structs: `MicroService`, `MicroServiceKey`,
//! `MicroServiceInstance`, `HealthCheck`, `DataCenterInfo`, `ServiceRule`, `ServicePath`,
//! `FindService`, `FindInstance`, `BatchFindResult`) and its validators (`validate.go`:
//! name, version, schema id and tag patterns, the enumerations). The document's tables lose
//! the `|` of those patterns and read `Id` as `ld` (`serviceld`, `appld`, `schemald`): the
//! service's spellings are sent, and where an example uses the mangled one it decodes too
//! (comments at the fields).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lenient::Open;
use crate::schema::Schema;

/// appId and serviceName (service-center `nameRegex`): letters and digits, with `_`, `-` and
/// `.` inside; starts and ends with a letter or digit.
pub const NAME_PATTERN: &str = "^[a-zA-Z0-9]*$|^[a-zA-Z0-9][a-zA-Z0-9_\\-.]*[a-zA-Z0-9]$";
/// Versions (service-center `versionRegex`): one to four numbers joined by dots.
pub const VERSION_PATTERN: &str = "^[0-9]+(\\.[0-9]+){0,3}$";
/// Schema ids (service-center `schemaIdRegex`).
pub const SCHEMA_ID_PATTERN: &str = "^[a-zA-Z0-9]{1,160}$|^[a-zA-Z0-9][a-zA-Z0-9_\\-.]{0,158}[a-zA-Z0-9]$";
/// Service and instance ids (service-center: no white space).
pub const ID_PATTERN: &str = "^\\S*$";
/// `tags` filters: tag names separated by commas (service-center `tagRegex` for each).
pub const TAGS_PATTERN: &str = "^[a-zA-Z][a-zA-Z0-9_\\-.]{0,63}(,[a-zA-Z][a-zA-Z0-9_\\-.]{0,63})*$";

/// A microservice's environment.
// document and service-center (`envRegex`: development|testing|acceptance|production) agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务环境", en = "Environment")]
pub enum ScEnvironment {
    #[serde(rename = "development")]
    #[schema(zh = "开发环境", en = "Development")]
    Development,
    #[serde(rename = "testing")]
    #[schema(zh = "测试环境", en = "Testing")]
    Testing,
    #[serde(rename = "acceptance")]
    #[schema(zh = "验收环境", en = "Acceptance")]
    Acceptance,
    #[serde(rename = "production")]
    #[schema(zh = "生产环境", en = "Production")]
    Production,
}

/// A microservice's tier.
// document and service-center (`levelRegex`: FRONT|MIDDLE|BACK) agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务层级", en = "Tier")]
pub enum ServiceLevel {
    #[serde(rename = "FRONT")]
    #[schema(zh = "前端", en = "Front")]
    Front,
    #[serde(rename = "MIDDLE")]
    #[schema(zh = "中间层", en = "Middle")]
    Middle,
    #[serde(rename = "BACK")]
    #[schema(zh = "后端", en = "Back")]
    Back,
}

/// How a microservice was registered.
// document and service-center (`registerByRegex`) agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "注册方式", en = "Registered by")]
pub enum RegisterBy {
    #[serde(rename = "SDK")]
    #[schema(zh = "SDK", en = "SDK")]
    Sdk,
    #[serde(rename = "PLATFORM")]
    #[schema(zh = "平台", en = "Platform")]
    Platform,
    #[serde(rename = "SIDECAR")]
    #[schema(zh = "边车", en = "Sidecar")]
    Sidecar,
    #[serde(rename = "UNKNOWN")]
    #[schema(zh = "未知", en = "Unknown")]
    Unknown,
}

/// A microservice's state.
// document and service-center (`serviceStatusRegex`: UP|DOWN) agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务状态", en = "Microservice status")]
pub enum ServiceStatus {
    #[serde(rename = "UP")]
    #[schema(zh = "上线", en = "Up")]
    Up,
    #[serde(rename = "DOWN")]
    #[schema(zh = "下线", en = "Down")]
    Down,
}

/// An instance's state.
// document: UP, DOWN, STARTING, OUTOFSERVICE in the instance tables, TESTING too in 7.5.6
// (service centers 2.3 and later); service-center (`instStatusRegex`): all five.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "实例状态", en = "Instance status")]
pub enum InstanceStatus {
    #[default]
    #[serde(rename = "UP")]
    #[schema(zh = "在线", en = "Up")]
    Up,
    #[serde(rename = "OUTOFSERVICE")]
    #[schema(zh = "摘机", en = "Out of service")]
    OutOfService,
    #[serde(rename = "STARTING")]
    #[schema(zh = "正在启动", en = "Starting")]
    Starting,
    #[serde(rename = "DOWN")]
    #[schema(zh = "下线", en = "Down")]
    Down,
    #[serde(rename = "TESTING")]
    #[schema(zh = "拨测", en = "Testing")]
    Testing,
}

/// How an instance's health is followed.
// document (push/pull) and service-center (`hbModeRegex`: push|pull) agree.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "心跳模式", en = "Heartbeat mode")]
pub enum HeartbeatMode {
    #[default]
    #[serde(rename = "push")]
    #[schema(zh = "实例主动上报心跳", en = "Push: the instance sends heartbeats")]
    Push,
    #[serde(rename = "pull")]
    #[schema(zh = "服务中心拉取", en = "Pull: the service center checks the instance")]
    Pull,
}

/// Black or white list rule.
// document and service-center (`ruleTypeRegex`: WHITE|BLACK) agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "规则类型", en = "Rule type")]
pub enum RuleType {
    #[serde(rename = "WHITE")]
    #[schema(zh = "白名单", en = "White list")]
    White,
    #[serde(rename = "BLACK")]
    #[schema(zh = "黑名单", en = "Black list")]
    Black,
}

/// `type` of 7.3.7.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "查询类型", en = "Look up")]
pub enum ExistenceType {
    #[default]
    #[serde(rename = "microservice")]
    #[schema(zh = "微服务ID", en = "A microservice's ID")]
    Microservice,
    #[serde(rename = "schema")]
    #[schema(zh = "契约ID", en = "A schema's ID")]
    Schema,
}

/// `withSchema` of 7.4.3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "是否返回契约内容", en = "With contents")]
pub enum WithSchema {
    #[serde(rename = "0")]
    #[schema(zh = "只返回契约ID和摘要", en = "IDs and summaries only")]
    No,
    #[serde(rename = "1")]
    #[schema(zh = "同时返回契约内容", en = "With each schema's contents")]
    Yes,
}

/// `type` of 7.5.9: only `query`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "操作类型", en = "Operation")]
pub enum BatchFindType {
    #[default]
    #[serde(rename = "query")]
    #[schema(zh = "查询", en = "Query")]
    Query,
}

// ---------------------------------------------------------------------------------------------
// Parameters

/// The token (7.2.1) takes no parameters.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct TokenParams {}

/// Parameters of the registry's collection operations (7.3.3, 7.3.4, 12.4).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct RegistryParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID或 default。", help_en = "default for an exclusive engine; the tenant's project ID or default for a professional one.")]
    pub project_id: String,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret, help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.3.1 and 7.3.6.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ServicePathParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID或 default。", help_en = "default for an exclusive engine; the tenant's project ID or default for a professional one.")]
    pub project_id: String,
    #[schema(path, zh = "微服务ID", en = "Microservice ID", min_len = 1, max_len = 64, pattern = "^\\S*$",
        choices = "servicecomb.microservice.list|services|serviceId|serviceName",
        help_zh = "微服务的唯一标识，1~64个字符，不含空白。", help_en = "The microservice's ID: 1–64 characters, no white space.")]
    pub service_id: String,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret, help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.3.2.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ServiceDeleteParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID或 default。", help_en = "default for an exclusive engine; the tenant's project ID or default for a professional one.")]
    pub project_id: String,
    #[schema(path, zh = "微服务ID", en = "Microservice ID", min_len = 1, max_len = 64, pattern = "^\\S*$",
        choices = "servicecomb.microservice.list|services|serviceId|serviceName",
        help_zh = "微服务的唯一标识，1~64个字符，不含空白。", help_en = "The microservice's ID: 1–64 characters, no white space.")]
    pub service_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "强制删除", en = "Force",
        help_zh = "强制删除会同时注销微服务的所有实例并删除其依赖关系；不强制时，有实例的微服务不能删除。默认不强制。",
        help_en = "Forcing also deregisters all of the microservice's instances and removes its dependencies; without it a microservice that has instances cannot be deleted. Not forced by default.")]
    pub force: Option<bool>,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret, help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.3.5.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ServiceBatchDeleteParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID或 default。", help_en = "default for an exclusive engine; the tenant's project ID or default for a professional one.")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "强制删除", en = "Force",
        help_zh = "强制删除会同时注销这些微服务的所有实例并删除其依赖关系；不强制时，有实例的微服务不能删除。默认不强制。",
        help_en = "Forcing also deregisters all instances of these microservices and removes their dependencies; without it a microservice that has instances is not deleted. Not forced by default.")]
    pub force: Option<bool>,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret, help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.3.7: which members are needed depends on `type`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ExistenceParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID或 default。", help_en = "default for an exclusive engine; the tenant's project ID or default for a professional one.")]
    pub project_id: String,
    #[serde(rename = "type")]
    #[schema(query, zh = "查询类型", en = "Look up",
        help_zh = "microservice：按环境、应用、名称和版本查微服务ID；schema：按微服务ID和契约ID查契约。",
        help_en = "microservice: a microservice's ID from its environment, application, name and version; schema: a schema from the microservice's ID and the schema's ID.")]
    pub type_: ExistenceType,
    // document: optional, yet needed with type=microservice; service-center: the empty
    // environment is development's default. Optional here, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "环境", en = "Environment", help_zh = "查询微服务时使用：微服务所在的环境。", help_en = "For type microservice: the microservice's environment.")]
    pub env: Option<ScEnvironment>,
    // document: all four marked required; service-center: required only for the type they
    // belong to. Conditional here.
    #[serde(rename = "appId", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "应用ID", en = "Application ID", required_if = "type=microservice", min_len = 1, max_len = 160, pattern = "^[a-zA-Z0-9]*$|^[a-zA-Z0-9][a-zA-Z0-9_\\-.]*[a-zA-Z0-9]$",
        help_zh = "查询微服务时必填：1~160个字符，字母、数字开头和结尾，中间可有 _ - .。", help_en = "Needed for type microservice: 1–160 letters and digits, with _ - . inside.")]
    pub app_id: Option<String>,
    #[serde(rename = "serviceName", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "微服务名称", en = "Microservice name", required_if = "type=microservice", min_len = 1, max_len = 128, pattern = "^[a-zA-Z0-9]*$|^[a-zA-Z0-9][a-zA-Z0-9_\\-.]*[a-zA-Z0-9]$",
        help_zh = "查询微服务时必填：1~128个字符，字母、数字开头和结尾，中间可有 _ - .。", help_en = "Needed for type microservice: 1–128 letters and digits, with _ - . inside.")]
    pub service_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "版本", en = "Version", required_if = "type=microservice", min_len = 1, max_len = 64, pattern = "^[0-9]+(\\.[0-9]+){0,3}$",
        help_zh = "查询微服务时必填：一到四段数字，以点分隔，例如 1.0.0。", help_en = "Needed for type microservice: one to four numbers joined by dots, e.g. 1.0.0.")]
    pub version: Option<String>,
    #[serde(rename = "serviceId", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "微服务ID", en = "Microservice ID", required_if = "type=schema", min_len = 1, max_len = 64,
        choices = "servicecomb.microservice.list|services|serviceId|serviceName",
        help_zh = "查询契约时必填。", help_en = "Needed for type schema.")]
    pub service_id: Option<String>,
    // document: schemald (a text-extraction slip); service-center: schemaId.
    #[serde(rename = "schemaId", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "契约ID", en = "Schema ID", required_if = "type=schema", min_len = 1, max_len = 160, pattern = "^[a-zA-Z0-9]{1,160}$|^[a-zA-Z0-9][a-zA-Z0-9_\\-.]{0,158}[a-zA-Z0-9]$",
        help_zh = "查询契约时必填：1~160个字符，字母、数字开头和结尾，中间可有 _ - .。", help_en = "Needed for type schema: 1–160 letters and digits, with _ - . inside.")]
    pub schema_id: Option<String>,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret, help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.4.1 and 7.4.2.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct SchemaPathParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID或 default。", help_en = "default for an exclusive engine; the tenant's project ID or default for a professional one.")]
    pub project_id: String,
    #[schema(path, zh = "微服务ID", en = "Microservice ID", min_len = 1, max_len = 64, pattern = "^\\S*$",
        choices = "servicecomb.microservice.list|services|serviceId|serviceName",
        help_zh = "微服务的唯一标识。", help_en = "The microservice's ID.")]
    pub service_id: String,
    #[schema(path, zh = "契约ID", en = "Schema ID", min_len = 1, max_len = 160, pattern = "^[a-zA-Z0-9]{1,160}$|^[a-zA-Z0-9][a-zA-Z0-9_\\-.]{0,158}[a-zA-Z0-9]$",
        choices = "servicecomb.schema.list?service_id=service_id|schemas|schemaId|schemaId",
        help_zh = "契约的唯一标识：1~160个字符，字母、数字开头和结尾，中间可有 _ - .。", help_en = "The schema's ID: 1–160 letters and digits, with _ - . inside.")]
    pub schema_id: String,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret, help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.4.3.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct SchemaListParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID或 default。", help_en = "default for an exclusive engine; the tenant's project ID or default for a professional one.")]
    pub project_id: String,
    #[schema(path, zh = "微服务ID", en = "Microservice ID", min_len = 1, max_len = 64, pattern = "^\\S*$",
        choices = "servicecomb.microservice.list|services|serviceId|serviceName",
        help_zh = "微服务的唯一标识。", help_en = "The microservice's ID.")]
    pub service_id: String,
    // document: Integer 0|1; service-center reads the text "1". Sent as 0 or 1.
    #[serde(rename = "withSchema", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "返回契约内容", en = "With contents",
        help_zh = "0（默认）：只返回契约ID和摘要；1：同时返回契约内容。", help_en = "0 (default): IDs and summaries only; 1: with each schema's contents.")]
    pub with_schema: Option<WithSchema>,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret, help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.5.1 (register) and 7.5.2 (list).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct InstancesParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID或 default。", help_en = "default for an exclusive engine; the tenant's project ID or default for a professional one.")]
    pub project_id: String,
    #[schema(path, zh = "微服务ID", en = "Microservice ID", min_len = 1, max_len = 64, pattern = "^\\S*$",
        choices = "servicecomb.microservice.list|services|serviceId|serviceName",
        help_zh = "实例所属微服务的唯一标识。", help_en = "ID of the microservice the instances belong to.")]
    pub service_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "标签过滤", en = "Tags", pattern = "^[a-zA-Z][a-zA-Z0-9_\\-.]{0,63}(,[a-zA-Z][a-zA-Z0-9_\\-.]{0,63})*$",
        help_zh = "只返回带有这些标签的微服务的实例，多个标签以逗号分隔；每个标签以字母开头，最长64个字符。", help_en = "Only instances of microservices with these tags, separated by commas; each starts with a letter, at most 64 characters.")]
    pub tags: Option<String>,
    // document: X-ConsumerId (7.5.2, 7.5.8) and X-consumerId (7.5.4, 7.5.5, 7.5.9); HTTP header
    // names ignore case and service-center reads X-ConsumerId: that spelling is sent.
    #[serde(rename = "X-ConsumerId", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "消费者微服务ID", en = "Consumer ID", choices = "servicecomb.microservice.list|services|serviceId|serviceName",
        help_zh = "调用方（消费者）微服务的ID；给出时服务中心记录消费者与提供者的依赖关系。", help_en = "ID of the calling (consumer) microservice; given, the service center records the dependency on the provider.")]
    pub consumer_id: Option<String>,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret, help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.5.3–7.5.7 (one instance).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct InstancePathParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID或 default。", help_en = "default for an exclusive engine; the tenant's project ID or default for a professional one.")]
    pub project_id: String,
    // document: 7.5.3 describes it as an instance ID (a copy slip); it is the microservice's.
    #[schema(path, zh = "微服务ID", en = "Microservice ID", min_len = 1, max_len = 64, pattern = "^\\S*$",
        choices = "servicecomb.microservice.list|services|serviceId|serviceName",
        help_zh = "实例所属微服务的唯一标识。", help_en = "ID of the microservice the instance belongs to.")]
    pub service_id: String,
    #[schema(path, zh = "实例ID", en = "Instance ID", min_len = 1, max_len = 64, pattern = "^\\S*$",
        choices = "servicecomb.instance.list?service_id=service_id|instances|instanceId|hostName",
        help_zh = "微服务实例的唯一标识。", help_en = "The instance's ID.")]
    pub instance_id: String,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret, help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.5.4 (with `tags`) and 7.5.5: one instance, asked by a consumer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct InstanceConsumerParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID或 default。", help_en = "default for an exclusive engine; the tenant's project ID or default for a professional one.")]
    pub project_id: String,
    #[schema(path, zh = "微服务ID", en = "Microservice ID", min_len = 1, max_len = 64, pattern = "^\\S*$",
        choices = "servicecomb.microservice.list|services|serviceId|serviceName",
        help_zh = "实例所属微服务的唯一标识。", help_en = "ID of the microservice the instance belongs to.")]
    pub service_id: String,
    #[schema(path, zh = "实例ID", en = "Instance ID", min_len = 1, max_len = 64, pattern = "^\\S*$",
        choices = "servicecomb.instance.list?service_id=service_id|instances|instanceId|hostName",
        help_zh = "微服务实例的唯一标识。", help_en = "The instance's ID.")]
    pub instance_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "标签过滤", en = "Tags", pattern = "^[a-zA-Z][a-zA-Z0-9_\\-.]{0,63}(,[a-zA-Z][a-zA-Z0-9_\\-.]{0,63})*$",
        help_zh = "标签过滤，多个标签以逗号分隔（查询实例详情时使用）。", help_en = "Tags, separated by commas (when reading an instance).")]
    pub tags: Option<String>,
    // document: X-consumerId here; service-center: X-ConsumerId (header names ignore case).
    #[serde(rename = "X-ConsumerId", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "消费者微服务ID", en = "Consumer ID", choices = "servicecomb.microservice.list|services|serviceId|serviceName",
        help_zh = "调用方（消费者）微服务的ID。", help_en = "ID of the calling (consumer) microservice.")]
    pub consumer_id: Option<String>,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret, help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.5.6: the new state is in the query, there is no body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct InstanceStatusParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID或 default。", help_en = "default for an exclusive engine; the tenant's project ID or default for a professional one.")]
    pub project_id: String,
    #[schema(path, zh = "微服务ID", en = "Microservice ID", min_len = 1, max_len = 64, pattern = "^\\S*$",
        choices = "servicecomb.microservice.list|services|serviceId|serviceName",
        help_zh = "实例所属微服务的唯一标识。", help_en = "ID of the microservice the instance belongs to.")]
    pub service_id: String,
    #[schema(path, zh = "实例ID", en = "Instance ID", min_len = 1, max_len = 64, pattern = "^\\S*$",
        choices = "servicecomb.instance.list?service_id=service_id|instances|instanceId|hostName",
        help_zh = "微服务实例的唯一标识。", help_en = "The instance's ID.")]
    pub instance_id: String,
    #[schema(query, zh = "实例状态", en = "Status",
        help_zh = "UP：在线；OUTOFSERVICE：摘机（不再接收请求）；STARTING：正在启动；DOWN：下线；TESTING：拨测（服务中心2.3及以上版本）。",
        help_en = "UP: serving; OUTOFSERVICE: taken out of service (receives no requests); STARTING: starting; DOWN: down; TESTING: being tested (service center 2.3 and later).")]
    pub value: InstanceStatus,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret, help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.5.8.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct FindInstancesParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID或 default。", help_en = "default for an exclusive engine; the tenant's project ID or default for a professional one.")]
    pub project_id: String,
    #[serde(rename = "appId")]
    #[schema(query, zh = "应用ID", en = "Application ID", min_len = 1, max_len = 160, pattern = "^[a-zA-Z0-9]*$|^[a-zA-Z0-9][a-zA-Z0-9_\\-.]*[a-zA-Z0-9]$",
        help_zh = "微服务所属应用：1~160个字符，字母、数字开头和结尾，中间可有 _ - .。", help_en = "The microservice's application: 1–160 letters and digits, with _ - . inside.")]
    pub app_id: String,
    #[serde(rename = "serviceName")]
    #[schema(query, zh = "微服务名称", en = "Microservice name", min_len = 1, max_len = 128, pattern = "^[a-zA-Z0-9]*$|^[a-zA-Z0-9][a-zA-Z0-9_\\-.:]*[a-zA-Z0-9]$",
        help_zh = "1~128个字符，字母、数字开头和结尾，中间可有 _ - . :。", help_en = "1–128 letters and digits, with _ - . : inside.")]
    pub service_name: String,
    // document: not in 7.5.8's table, but the chapter-8 example sends version=0.0.0+;
    // service-center: a version rule (1.0.0, 1.0.0+, 1.0.0-2.0.0, latest). Optional here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "版本规则", en = "Version rule", max_len = 129, example = "0.0.0+",
        help_zh = "要发现的版本：确切版本（1.0.0）、某版本及以上（1.0.0+）、范围（1.0.0-2.0.0）或 latest（最新）。", help_en = "Versions to find: an exact one (1.0.0), one and later (1.0.0+), a range (1.0.0-2.0.0) or latest.")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "标签过滤", en = "Tags", pattern = "^[a-zA-Z][a-zA-Z0-9_\\-.]{0,63}(,[a-zA-Z][a-zA-Z0-9_\\-.]{0,63})*$",
        help_zh = "多个标签以逗号分隔。", help_en = "Tags, separated by commas.")]
    pub tags: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "环境", en = "Environment", help_zh = "微服务所在的环境；不填为默认环境。", help_en = "The microservices' environment; the default one when left empty.")]
    pub env: Option<ScEnvironment>,
    #[serde(rename = "X-ConsumerId", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "消费者微服务ID", en = "Consumer ID", choices = "servicecomb.microservice.list|services|serviceId|serviceName",
        help_zh = "调用方（消费者）微服务的ID；给出时服务中心记录依赖关系。", help_en = "ID of the calling (consumer) microservice; given, the service center records the dependency.")]
    pub consumer_id: Option<String>,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret, help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.5.9.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct BatchFindParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID或 default。", help_en = "default for an exclusive engine; the tenant's project ID or default for a professional one.")]
    pub project_id: String,
    #[serde(rename = "type")]
    #[schema(query, zh = "操作类型", en = "Operation", help_zh = "目前只有 query（查询）。", help_en = "Only query.")]
    pub type_: BatchFindType,
    // document: X-consumerId; service-center: X-ConsumerId.
    #[serde(rename = "X-ConsumerId", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "消费者微服务ID", en = "Consumer ID", choices = "servicecomb.microservice.list|services|serviceId|serviceName",
        help_zh = "调用方（消费者）微服务的ID。", help_en = "ID of the calling (consumer) microservice.")]
    pub consumer_id: Option<String>,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret, help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.6.1.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ProvidersParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID或 default。", help_en = "default for an exclusive engine; the tenant's project ID or default for a professional one.")]
    pub project_id: String,
    #[schema(path, zh = "消费者微服务ID", en = "Consumer ID", min_len = 1, max_len = 64, pattern = "^\\S*$",
        choices = "servicecomb.microservice.list|services|serviceId|serviceName",
        help_zh = "消费者微服务的ID：返回它依赖的提供者。", help_en = "ID of the consumer microservice: the providers it depends on are listed.")]
    pub consumer_id: String,
    // document: Integer 0|1; service-center reads "1" as true.
    #[serde(rename = "noSelf", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "自依赖", en = "Without itself", min = 0.0, max = 1.0,
        help_zh = "1：不返回对自身的依赖；0：返回。", help_en = "1: leave out a dependency on itself; 0: keep it.")]
    pub no_self: Option<i64>,
    #[serde(rename = "sameDomain", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "共享服务", en = "Shared services", min = 0.0, max = 1.0,
        help_zh = "1：同时返回共享服务；0：不返回。", help_en = "1: include shared services; 0: leave them out.")]
    pub same_domain: Option<i64>,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret, help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Token (7.2.1)

/// Body of 7.2.1.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "用户凭证", en = "User credentials")]
pub struct TokenRequest {
    #[schema(zh = "用户名", en = "User name", min_len = 1, example = "root", help_zh = "引擎的用户账号，例如创建引擎时的 root。", help_en = "A user of the engine, e.g. root, created with the engine.")]
    pub name: String,
    #[schema(zh = "密码", en = "Password", secret, min_len = 1, help_zh = "该用户账号的密码。", help_en = "That user's password.")]
    pub password: String,
}

/// Answer of 7.2.1.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "用户Token", en = "User token")]
pub struct EngineToken {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "Token", en = "Token", secret, help_zh = "12小时有效；在请求头中以 Authorization: Bearer {Token} 发送。", help_en = "Valid 12 hours; sent as the header Authorization: Bearer {Token}.")]
    pub token: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Microservices (7.3)

/// Development framework of a microservice.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "开发框架", en = "Framework")]
pub struct Framework {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "框架名称", en = "Name", max_len = 64, help_zh = "默认为 UNKNOWN。", help_en = "UNKNOWN by default.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "框架版本", en = "Version", max_len = 64)]
    pub version: Option<String>,
}

/// A route of a microservice.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "服务路由", en = "Route")]
pub struct ServicePath {
    // document: Path; service-center (ServicePath json): path.
    #[serde(default, alias = "Path", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "路由地址", en = "Path")]
    pub path: Option<String>,
    // document: Property; service-center: property.
    #[serde(default, alias = "Property", deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "路由属性", en = "Properties")]
    pub property: Option<BTreeMap<String, String>>,
}

/// A microservice as 7.3.4 creates it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务", en = "Microservice")]
pub struct MicroServiceCreate {
    #[serde(rename = "serviceId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务ID", en = "Microservice ID", max_len = 64, pattern = "^\\S*$",
        help_zh = "可自定义，1~64个字符，不含空白；不填由服务中心生成。", help_en = "Your own ID (1–64 characters, no white space), or left empty for the service center to make one.")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境", en = "Environment",
        help_zh = "默认为开发环境。生产环境（production）中的微服务不能新增或修改契约。", help_en = "development by default. Schemas of a microservice in production cannot be added or changed.")]
    pub environment: Option<ScEnvironment>,
    // document: optional; service-center fills in "default" when it is empty.
    #[serde(rename = "appId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Application ID", max_len = 160, pattern = "^[a-zA-Z0-9]*$|^[a-zA-Z0-9][a-zA-Z0-9_\\-.]*[a-zA-Z0-9]$", example = "mall",
        help_zh = "1~160个字符，字母、数字开头和结尾，中间可有 _ - .；不填为 default。", help_en = "1–160 letters and digits, with _ - . inside; default when left empty.")]
    pub app_id: Option<String>,
    #[serde(rename = "serviceName")]
    #[schema(zh = "微服务名称", en = "Name", min_len = 1, max_len = 128, pattern = "^[a-zA-Z0-9]*$|^[a-zA-Z0-9][a-zA-Z0-9_\\-.]*[a-zA-Z0-9]$",
        help_zh = "同一应用中唯一；1~128个字符，字母、数字开头和结尾，中间可有 _ - .。", help_en = "Unique in its application: 1–128 letters and digits, with _ - . inside.")]
    pub service_name: String,
    // document: optional; service-center fills in "0.0.1" when it is empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Version", max_len = 64, pattern = "^[0-9]+(\\.[0-9]+){0,3}$", example = "1.0.0",
        help_zh = "一到四段数字，以点分隔，例如 1.0.0。", help_en = "One to four numbers joined by dots, e.g. 1.0.0.")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description", max_len = 256)]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "层级", en = "Tier")]
    pub level: Option<ServiceLevel>,
    #[serde(rename = "registerBy", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "注册方式", en = "Registered by")]
    pub register_by: Option<RegisterBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "契约ID", en = "Schema IDs", max_items = 100,
        help_zh = "微服务的契约ID列表，最多100个；每个1~160个字符，字母、数字开头和结尾，中间可有 _ - .。", help_en = "The microservice's schema IDs, at most 100; each 1–160 letters and digits, with _ - . inside.")]
    pub schemas: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status", help_zh = "默认为 UP（上线）。", help_en = "UP by default.")]
    pub status: Option<ServiceStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "开发框架", en = "Framework")]
    pub framework: Option<Framework>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "服务路由", en = "Routes")]
    pub paths: Option<Vec<ServicePath>>,
    // document: not in 7.3.4's table (7.6.1's answer has it); service-center: properties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "扩展属性", en = "Properties", help_zh = "自定义的键值对。", help_en = "Your own key-value pairs.")]
    pub properties: Option<BTreeMap<String, String>>,
}

/// A microservice as the registry answers it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务", en = "Microservice")]
pub struct MicroService {
    // document: serviceld in 7.6.1's example; service-center: serviceId.
    #[serde(rename = "serviceId", alias = "serviceld", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务ID", en = "Microservice ID")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境", en = "Environment")]
    pub environment: Option<Open<ScEnvironment>>,
    // document: appld in 7.3.3's and 7.6.1's examples; service-center: appId.
    #[serde(rename = "appId", alias = "appld", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Application ID")]
    pub app_id: Option<String>,
    #[serde(rename = "serviceName", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务名称", en = "Name")]
    pub service_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Version")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "层级", en = "Tier")]
    pub level: Option<Open<ServiceLevel>>,
    #[serde(rename = "registerBy", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "注册方式", en = "Registered by")]
    pub register_by: Option<Open<RegisterBy>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "契约ID", en = "Schema IDs")]
    pub schemas: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status")]
    pub status: Option<Open<ServiceStatus>>,
    // document: String (epoch seconds as text); service-center agrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "注册时间", en = "Registered", help_zh = "Unix时间（秒）的文本。", help_en = "Unix time in seconds, as text.")]
    pub timestamp: Option<String>,
    #[serde(rename = "modTimestamp", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Modified", help_zh = "Unix时间（秒）的文本。", help_en = "Unix time in seconds, as text.")]
    pub mod_timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "开发框架", en = "Framework")]
    pub framework: Option<Framework>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "服务路由", en = "Routes")]
    pub paths: Option<Vec<ServicePath>>,
    #[serde(default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "扩展属性", en = "Properties")]
    pub properties: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "别名", en = "Alias")]
    pub alias: Option<String>,
}

/// A black or white list rule given with 7.3.4.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "黑白名单规则", en = "Access rule")]
pub struct ServiceRule {
    #[serde(rename = "ruleId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "规则ID", en = "Rule ID", help_zh = "可自定义。", help_en = "Your own ID, if you like.")]
    pub rule_id: Option<String>,
    #[serde(rename = "ruleType", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "规则类型", en = "Type")]
    pub rule_type: Option<RuleType>,
    // document: lists "serviceld", "Appld" (text-extraction slips); service-center:
    // ServiceId, AppId, ServiceName, Version, Description, Level, Status or tag_<name>.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "过滤属性", en = "Attribute", pattern = "^(ServiceId|AppId|ServiceName|Version|Description|Level|Status|tag_.+)$",
        help_zh = "以 tag_ 开头时按该标签过滤（tag_xxx），否则为 ServiceId、AppId、ServiceName、Version、Description、Level 或 Status。", help_en = "tag_<name> filters on that tag; else one of ServiceId, AppId, ServiceName, Version, Description, Level, Status.")]
    pub attribute: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "匹配规则", en = "Pattern", min_len = 1, max_len = 64, help_zh = "正则表达式，1~64个字符。", help_en = "A regular expression, 1–64 characters.")]
    pub pattern: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description", max_len = 256)]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", read_only, help_zh = "只在读取规则时返回。", help_en = "Only answered when rules are read.")]
    pub timestamp: Option<String>,
    #[serde(rename = "modTimestamp", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Modified", read_only)]
    pub mod_timestamp: Option<String>,
}

/// Body of 7.3.4.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建微服务", en = "Create a microservice")]
pub struct MicroServiceCreateBody {
    #[schema(zh = "微服务", en = "Microservice")]
    pub service: MicroServiceCreate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "黑白名单", en = "Access rules")]
    pub rules: Option<Vec<ServiceRule>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例", en = "Instances", help_zh = "同时注册的实例。", help_en = "Instances registered with it.")]
    pub instances: Option<Vec<InstanceCreate>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Tags", help_zh = "自定义的键值对。", help_en = "Your own key-value pairs.")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// Answer of 7.3.4 and of 7.3.7 for a microservice.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务ID", en = "Microservice ID")]
pub struct ServiceIdAnswer {
    #[serde(rename = "serviceId", alias = "serviceld", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务ID", en = "Microservice ID")]
    pub service_id: Option<String>,
}

/// Answer of 7.3.7: the microservice's or the schema's ID (the schema's summary comes in the
/// `X-Schema-Summary` header).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "唯一标识", en = "ID")]
pub struct ExistenceAnswer {
    #[serde(rename = "serviceId", alias = "serviceld", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务ID", en = "Microservice ID")]
    pub service_id: Option<String>,
    // document: schemald; service-center: schemaId.
    #[serde(rename = "schemaId", alias = "schemald", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "契约ID", en = "Schema ID")]
    pub schema_id: Option<String>,
}

/// Answer of 7.3.1.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务详情", en = "Microservice")]
pub struct MicroServiceDetail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务", en = "Microservice")]
    pub service: Option<MicroService>,
}

/// Answer of 7.3.3.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务列表", en = "Microservices")]
pub struct MicroServiceList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务", en = "Microservices")]
    pub services: Option<Vec<MicroService>>,
}

/// Body of 7.3.5 (a DELETE with a body).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "批量删除微服务", en = "Delete microservices")]
pub struct ServiceBatchDelete {
    #[serde(rename = "serviceIds")]
    #[schema(zh = "微服务ID", en = "Microservice IDs", min_items = 1,
        help_zh = "要删除的微服务的ID。", help_en = "IDs of the microservices to delete.")]
    pub service_ids: Vec<String>,
}

/// One microservice of 7.3.5's answer.
// document (DelServicesRsplInfo, a slip for DelServicesRspInfo): serviceId; service-center
// adds errMessage for a microservice it could not delete.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "删除结果", en = "Deletion")]
pub struct ServiceDeleted {
    #[serde(rename = "serviceId", alias = "serviceld", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务ID", en = "Microservice ID")]
    pub service_id: Option<String>,
    #[serde(rename = "errMessage", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "失败原因", en = "Why it failed")]
    pub err_message: Option<String>,
}

/// Answer of 7.3.5.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "批量删除结果", en = "Deletions")]
pub struct ServiceBatchDeleted {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务", en = "Microservices")]
    pub services: Option<Vec<ServiceDeleted>>,
}

/// Body of 7.3.6.
// document: "pass the complete service JSON" in the description, only `properties` in the
// table; service-center (UpdateServicePropsRequest): properties, which replace the old ones.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "扩展属性", en = "Properties")]
pub struct ServiceProperties {
    #[schema(zh = "扩展属性", en = "Properties", help_zh = "自定义的键值对，整体替换原有的扩展属性。", help_en = "Your own key-value pairs; they replace the current ones.")]
    pub properties: BTreeMap<String, String>,
}

// ---------------------------------------------------------------------------------------------
// Schemas (7.4)

/// Answer of 7.4.1 (the summary comes in the `X-Schema-Summary` header).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "契约", en = "Schema")]
pub struct SchemaContent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "契约内容", en = "Contents", help_zh = "Swagger（YAML）文本。", help_en = "Swagger (YAML) text.")]
    pub schema: Option<String>,
}

/// Body of 7.4.2.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "契约", en = "Schema")]
pub struct SchemaPut {
    #[schema(zh = "契约内容", en = "Contents", min_len = 1, help_zh = "Swagger（YAML）文本。", help_en = "Swagger (YAML) text.")]
    pub schema: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "摘要", en = "Summary", max_len = 128, help_zh = "契约内容的摘要（例如其SHA-256），用来判断契约是否变化；建议提供。", help_en = "A digest of the contents (its SHA-256, say), telling whether the schema changed; best given.")]
    pub summary: Option<String>,
}

/// One schema of 7.4.3.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "契约", en = "Schema")]
pub struct SchemaInfo {
    // document: schemald in the table, schemaId in the example; service-center: schemaId.
    #[serde(rename = "schemaId", alias = "schemald", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "契约ID", en = "Schema ID")]
    pub schema_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "契约内容", en = "Contents")]
    pub schema: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "摘要", en = "Summary")]
    pub summary: Option<String>,
}

/// Answer of 7.4.3.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "契约列表", en = "Schemas")]
pub struct SchemaList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "契约", en = "Schemas")]
    pub schemas: Option<Vec<SchemaInfo>>,
}

// ---------------------------------------------------------------------------------------------
// Instances (7.5)

/// Health check of a new instance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "健康检查", en = "Health check")]
pub struct HealthCheck {
    #[schema(zh = "心跳模式", en = "Mode", help_zh = "push：实例定时发送心跳；pull：服务中心检查实例。", help_en = "push: the instance sends heartbeats; pull: the service center checks the instance.")]
    pub mode: HeartbeatMode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "端口", en = "Port", min = 0.0, max = 65535.0)]
    pub port: Option<i64>,
    #[schema(zh = "心跳间隔（秒）", en = "Interval (s)", min = 0.0, example = "30", help_zh = "小于5秒时按5秒处理。", help_en = "Less than 5 seconds counts as 5.")]
    pub interval: i64,
    #[schema(zh = "最大尝试次数", en = "Tries", min = 0.0, example = "3", help_zh = "连续这么多次没有心跳后实例被注销。", help_en = "After this many missed heartbeats the instance is deregistered.")]
    pub times: i64,
    // document: not in the table; service-center: url (pull mode).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "检查地址", en = "URL", help_zh = "pull 模式下检查的地址。", help_en = "What pull mode checks.")]
    pub url: Option<String>,
}

/// Data center of a new instance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "数据中心", en = "Data center")]
pub struct DataCenterInfo {
    #[schema(zh = "名称", en = "Name", min_len = 1)]
    pub name: String,
    #[schema(zh = "区域", en = "Region", min_len = 1)]
    pub region: String,
    #[serde(rename = "availableZone")]
    #[schema(zh = "可用区", en = "Availability zone", min_len = 1)]
    pub available_zone: String,
}

/// An instance as 7.5.1 registers it (and 7.3.4 with its microservice).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务实例", en = "Instance")]
pub struct InstanceCreate {
    #[serde(rename = "instanceId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例ID", en = "Instance ID", max_len = 64, pattern = "^\\S*$",
        help_zh = "可自定义：再次以同一ID注册会整体覆盖该实例。不填时由服务中心生成，访问地址相同的实例沿用原ID。", help_en = "Your own ID: registering it again replaces the whole instance. Left empty, the service center makes one, and an instance with the same endpoints keeps its ID.")]
    pub instance_id: Option<String>,
    // document: serviceld in 7.3.4's table; service-center: serviceId (the path's wins).
    #[serde(rename = "serviceId", alias = "serviceld", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务ID", en = "Microservice ID", help_zh = "以请求路径中的微服务ID为准，可不填。", help_en = "The path's microservice ID is used; may be left empty.")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Version", max_len = 64)]
    pub version: Option<String>,
    #[serde(rename = "hostName")]
    #[schema(zh = "主机名", en = "Host name", min_len = 1, max_len = 64, example = "localhost")]
    pub host_name: String,
    // document: required in 7.3.4's instance table, optional in 7.5.1's; service-center
    // (repeated endpoints, no minimum): optional in both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "访问地址", en = "Endpoints", example = "rest://127.0.0.1:8080",
        help_zh = "实例的访问地址，例如 rest://127.0.0.1:8080。", help_en = "Where the instance is reached, e.g. rest://127.0.0.1:8080.")]
    pub endpoints: Option<Vec<String>>,
    // document: UP, DOWN, STARTING, OUTOFSERVICE (default UP); service-center also TESTING.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status", help_zh = "默认为 UP（在线）。", help_en = "UP by default.")]
    pub status: Option<InstanceStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "扩展属性", en = "Properties", help_zh = "自定义的键值对。", help_en = "Your own key-value pairs.")]
    pub properties: Option<BTreeMap<String, String>>,
    #[serde(rename = "healthCheck", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "健康检查", en = "Health check")]
    pub health_check: Option<HealthCheck>,
    #[serde(rename = "dataCenterInfo", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "数据中心", en = "Data center")]
    pub data_center_info: Option<DataCenterInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", read_only, help_zh = "由服务中心生成。", help_en = "Set by the service center.")]
    pub timestamp: Option<String>,
    #[serde(rename = "modTimestamp", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Modified", read_only)]
    pub mod_timestamp: Option<String>,
}

/// Body of 7.5.1.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "注册实例", en = "Register an instance")]
pub struct InstanceRegister {
    #[schema(zh = "实例", en = "Instance")]
    pub instance: InstanceCreate,
}

/// Answer of 7.5.1.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "实例ID", en = "Instance ID")]
pub struct InstanceIdAnswer {
    #[serde(rename = "instanceId", alias = "instanceld", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例ID", en = "Instance ID")]
    pub instance_id: Option<String>,
}

/// Health check of an answered instance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "健康检查", en = "Health check")]
pub struct HealthCheckInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "心跳模式", en = "Mode")]
    pub mode: Option<Open<HeartbeatMode>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "端口", en = "Port")]
    pub port: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "心跳间隔（秒）", en = "Interval (s)")]
    pub interval: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最大尝试次数", en = "Tries")]
    pub times: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "检查地址", en = "URL")]
    pub url: Option<String>,
}

/// Data center of an answered instance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "数据中心", en = "Data center")]
pub struct DataCenterInfoAnswer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "区域", en = "Region")]
    pub region: Option<String>,
    #[serde(rename = "availableZone", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "可用区", en = "Availability zone")]
    pub available_zone: Option<String>,
}

/// An instance as the registry answers it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务实例", en = "Instance")]
pub struct Instance {
    #[serde(rename = "instanceId", alias = "instanceld", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例ID", en = "Instance ID")]
    pub instance_id: Option<String>,
    #[serde(rename = "serviceId", alias = "serviceld", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务ID", en = "Microservice ID")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Version")]
    pub version: Option<String>,
    #[serde(rename = "hostName", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机名", en = "Host name")]
    pub host_name: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "访问地址", en = "Endpoints")]
    pub endpoints: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status")]
    pub status: Option<Open<InstanceStatus>>,
    #[serde(default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "扩展属性", en = "Properties")]
    pub properties: Option<BTreeMap<String, String>>,
    #[serde(rename = "healthCheck", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "健康检查", en = "Health check")]
    pub health_check: Option<HealthCheckInfo>,
    #[serde(rename = "dataCenterInfo", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "数据中心", en = "Data center")]
    pub data_center_info: Option<DataCenterInfoAnswer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", help_zh = "Unix时间（秒）的文本。", help_en = "Unix time in seconds, as text.")]
    pub timestamp: Option<String>,
    #[serde(rename = "modTimestamp", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Modified", help_zh = "Unix时间（秒）的文本。", help_en = "Unix time in seconds, as text.")]
    pub mod_timestamp: Option<String>,
}

/// Answer of 7.5.2 and 7.5.8.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "实例列表", en = "Instances")]
pub struct InstanceList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例", en = "Instances")]
    pub instances: Option<Vec<Instance>>,
}

/// Answer of 7.5.4.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "实例详情", en = "Instance")]
pub struct InstanceDetail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例", en = "Instance")]
    pub instance: Option<Instance>,
}

/// Body of 7.5.5.
// document: properties marked optional; service-center replaces the instance's properties
// with what is sent (none: all removed).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "实例扩展属性", en = "Instance properties")]
pub struct InstanceProperties {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "扩展属性", en = "Properties", help_zh = "自定义的键值对，整体替换实例原有的扩展属性。", help_en = "Your own key-value pairs; they replace the instance's current ones.")]
    pub properties: Option<BTreeMap<String, String>>,
}

/// The microservice 7.5.9 looks up.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务", en = "Microservice")]
pub struct DependencyKey {
    // document: required, one of the four environments, yet the example sends "";
    // service-center: "" is the default environment.
    #[schema(zh = "环境", en = "Environment", min_len = 0, pattern = "^(development|testing|acceptance|production)?$",
        help_zh = "development、testing、acceptance 或 production；空表示默认环境。", help_en = "development, testing, acceptance or production; empty for the default environment.")]
    pub environment: String,
    // document: appld in the example; service-center: appId.
    #[serde(rename = "appId", alias = "appld")]
    #[schema(zh = "应用ID", en = "Application ID", min_len = 1, max_len = 160)]
    pub app_id: String,
    #[serde(rename = "serviceName")]
    #[schema(zh = "微服务名称", en = "Name", min_len = 1, max_len = 128)]
    pub service_name: String,
    // document: not in the table; service-center (MicroServiceKey): version, a version rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本规则", en = "Version rule", max_len = 129, help_zh = "例如 1.0.0、1.0.0+ 或 latest；不填为全部版本。", help_en = "For example 1.0.0, 1.0.0+ or latest; all versions when left empty.")]
    pub version: Option<String>,
}

/// A microservice lookup of 7.5.9.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "查询服务", en = "Microservice lookup")]
pub struct FindService {
    #[schema(zh = "微服务", en = "Microservice")]
    pub service: DependencyKey,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "缓存版本", en = "Cached revision", example = "0",
        help_zh = "首次查询填 0；之后填上次返回的 rev，未变化时返回 notModified。", help_en = "0 the first time; then the rev last answered: unchanged results come back as notModified.")]
    pub rev: Option<String>,
}

/// The instance 7.5.9 looks up.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "实例", en = "Instance")]
pub struct HeartbeatSetElement {
    #[serde(rename = "serviceId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务ID", en = "Microservice ID")]
    pub service_id: Option<String>,
    #[serde(rename = "instanceId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例ID", en = "Instance ID")]
    pub instance_id: Option<String>,
}

/// An instance lookup of 7.5.9.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "查询实例", en = "Instance lookup")]
pub struct FindInstance {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例", en = "Instance")]
    pub instance: Option<HeartbeatSetElement>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "缓存版本", en = "Cached revision", example = "0",
        help_zh = "首次查询填 0；之后填上次返回的 rev。", help_en = "0 the first time; then the rev last answered.")]
    pub rev: Option<String>,
}

/// Body of 7.5.9: at least one of the two lists.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "批量查询实例", en = "Find instances in bulk")]
pub struct BatchFind {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "按微服务查询", en = "By microservice", help_zh = "与“按实例查询”至少填一个。", help_en = "This or 'By instance', at least one.")]
    pub services: Option<Vec<FindService>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "按实例查询", en = "By instance", help_zh = "与“按微服务查询”至少填一个。", help_en = "This or 'By microservice', at least one.")]
    pub instances: Option<Vec<FindInstance>>,
}

/// The error of a failed lookup.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "错误", en = "Error")]
pub struct ScError {
    #[serde(rename = "errorCode", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "错误码", en = "Error code")]
    pub error_code: Option<serde_json::Value>,
    #[serde(rename = "errorMessage", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "错误信息", en = "Error message")]
    pub error_message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "详细信息", en = "Detail")]
    pub detail: Option<String>,
}

/// Lookups that failed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "查询失败", en = "Failed lookups")]
pub struct FindFailedResult {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "请求序号", en = "Indexes")]
    pub indexes: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "错误", en = "Error")]
    pub error: Option<ScError>,
}

/// A lookup whose instances changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "查询结果", en = "Result")]
pub struct FindResult {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "请求序号", en = "Index")]
    pub index: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Revision", help_zh = "下次查询时作为 rev 传入。", help_en = "Send it as rev next time.")]
    pub rev: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例", en = "Instances")]
    pub instances: Option<Vec<Instance>>,
}

/// Results of one list of lookups.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "批量查询结果", en = "Results")]
pub struct BatchFindResult {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "失败", en = "Failed")]
    pub failed: Option<Vec<FindFailedResult>>,
    #[serde(rename = "notModified", default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "未变化", en = "Not modified", help_zh = "结果未变化的请求序号。", help_en = "Indexes of the lookups whose result did not change.")]
    pub not_modified: Option<Vec<i64>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "已变化", en = "Updated")]
    pub updated: Option<Vec<FindResult>>,
}

/// Answer of 7.5.9.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "批量查询结果", en = "Found instances")]
pub struct BatchFindAnswer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "按微服务", en = "By microservice")]
    pub services: Option<BatchFindResult>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "按实例", en = "By instance")]
    pub instances: Option<BatchFindResult>,
}

// ---------------------------------------------------------------------------------------------
// Dependencies (7.6.1, 12.4)

/// Answer of 7.6.1.
// document: the table says one MicroService object, the example an array; service-center
// (GetConDependenciesResponse.providers): an array.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "提供者", en = "Providers")]
pub struct ProviderList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "提供者微服务", en = "Providers")]
    pub providers: Option<Vec<MicroService>>,
}

/// One side of a dependency (12.4).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "微服务", en = "Microservice")]
pub struct DependencyMicroService {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境", en = "Environment", pattern = "^(development|testing|acceptance|production)?$",
        help_zh = "development、testing、acceptance 或 production；空表示默认环境。", help_en = "development, testing, acceptance or production; empty for the default environment.")]
    pub environment: Option<String>,
    // document: appld in the example; service-center: appId.
    #[serde(rename = "appId", alias = "appld")]
    #[schema(zh = "应用ID", en = "Application ID", min_len = 1, max_len = 160)]
    pub app_id: String,
    #[serde(rename = "serviceName")]
    #[schema(zh = "微服务名称", en = "Name", min_len = 1, max_len = 128,
        help_zh = "提供者可以是 *（任意微服务）；消费者不能。", help_en = "A provider may be * (any microservice); the consumer may not.")]
    pub service_name: String,
    // document: not in 9.2.3's table, in 12.4's example; service-center: version (the
    // consumer's must be an exact version, a provider's may be a rule).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Version", max_len = 129,
        help_zh = "消费者须为确定的版本（如 1.0.0）；提供者可为规则（如 1.0.0+、latest）。", help_en = "An exact version for the consumer (1.0.0); a rule for a provider (1.0.0+, latest).")]
    pub version: Option<String>,
}

/// One dependency of 12.4.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "依赖关系", en = "Dependency")]
pub struct MicroServiceDependency {
    #[schema(zh = "消费者", en = "Consumer", help_zh = "必须是已存在的微服务。", help_en = "Must be an existing microservice.")]
    pub consumer: DependencyMicroService,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "提供者", en = "Providers", help_zh = "可以是尚未创建的微服务。", help_en = "May be microservices not created yet.")]
    pub providers: Option<Vec<DependencyMicroService>>,
}

/// Body of 12.4.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建依赖关系", en = "Create dependencies")]
pub struct DependenciesBody {
    #[schema(zh = "依赖关系", en = "Dependencies", min_items = 1, max_items = 100)]
    pub dependencies: Vec<MicroServiceDependency>,
}
