//! Rainbond OpenAPI: copying an app with its components (`rainbond:copy`, document 000,
//! Chinese) and installing an app from an app market (`rainbond:install`, document 001,
//! English). Both answer the components as `ServiceBaseInfo`.
//!
//! Requests carry the OpenAPI key as the `Authorization` header
//! ([`crate::request::Credentials::RainbondKey`]).

use serde::{Deserialize, Serialize};

use crate::lenient::Open;
use crate::schema::Schema;

/// Path parameters of the copy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct RainbondAppPath {
    #[schema(path, zh = "团队ID", en = "Team ID", help_zh = "团队ID。", help_en = "The team's ID.")]
    pub team_id: String,
    #[schema(path, zh = "集群名称", en = "Region name", help_zh = "集群（数据中心）名称。", help_en = "Name of the cluster (data center).")]
    pub region_name: String,
    #[schema(path, zh = "应用ID", en = "App ID", help_zh = "要复制的应用ID。", help_en = "ID of the app to copy.")]
    pub app_id: String,
}

/// `is_deploy`: the document types it as a string ("whether to build"); the service builds
/// and deploys the installed components only when it is `true`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "是否构建", en = "Whether to build")]
pub enum RainbondIsDeploy {
    #[serde(rename = "true")]
    #[schema(zh = "安装后构建并部署组件", en = "Build and deploy the components after installing")]
    True,
    #[serde(rename = "false")]
    #[schema(zh = "只安装，不构建（默认）", en = "Install only, do not build (default)")]
    False,
}

/// Parameters of the install (request parameter table of document 001).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct RainbondInstallParams {
    #[schema(path, zh = "团队ID", en = "Team ID", help_zh = "团队ID。", help_en = "The team's ID.")]
    pub team_id: String,
    #[schema(path, zh = "集群名称", en = "Region name", help_zh = "集群（数据中心）名称。", help_en = "Name of the cluster (data center).")]
    pub region_name: String,
    /// Typed `integer` in this document (the copy document types it `string`).
    #[schema(path, zh = "应用ID", en = "App ID", help_zh = "应用（应用组）ID，安装的组件加入该应用。", help_en = "ID of the application group the market app is installed into.")]
    pub app_id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "是否构建", en = "Whether to build",
        help_zh = "是否在安装后构建组件：true 构建部署，不传或 false 只安装。",
        help_en = "Whether to build the components after installing: true builds and deploys them; absent or false only installs.")]
    pub is_deploy: Option<RainbondIsDeploy>,
}

/// `AppCopyModify`: one component to copy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "复制的组件", en = "Component to copy")]
pub struct RainbondAppCopyModify {
    #[schema(zh = "组件ID", en = "Service id", help_zh = "要复制的组件ID。", help_en = "ID of the component to copy.")]
    pub service_id: String,
    /// The document types `change` as a read-only string (its generator's rendering of a
    /// computed field); the service reads an object, `{"build_source": {"version": "…"}}`,
    /// with the build-source version the copy should use. Kept free-form so both the
    /// document's example and the real shape pass.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改内容", en = "Change",
        help_zh = "可选，复制时对该组件所做的修改，例如 {\"build_source\": {\"version\": \"v2\"}} 指定构建源版本。",
        help_en = "Optional change applied to the copy of this component, e.g. {\"build_source\": {\"version\": \"v2\"}} for another build-source version.")]
    pub change: Option<serde_json::Value>,
}

/// `AppCopyC`: body of the copy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "复制应用", en = "Copy an app")]
pub struct RainbondAppCopy {
    #[schema(zh = "组件列表", en = "Components", min_items = 1,
        choices = "rainbond.component.list?team_id=team_id&region_name=region_name&app_id=app_id||service_id|service_cname",
        help_zh = "要复制的组件：勾选源应用中的组件，可为每个组件填写修改内容。", help_en = "The components to copy: tick the source app's components, each with an optional change.")]
    pub services: Vec<RainbondAppCopyModify>,
    #[schema(zh = "目标团队名称", en = "Target team name", choices = "rainbond.team.list|tenants|tenant_name|tenant_alias",
        help_zh = "目标团队名称，对应 tenant_name 或 team_name，值类似于 o19p6wen，非用户自定义团队名称。",
        help_en = "Target team: its tenant_name or team_name, a value like o19p6wen, not the team's display name.",
        example = "o19p6wen")]
    pub target_team_name: String,
    #[schema(zh = "目标集群名称", en = "Target region name",
        choices = "rainbond.region.list?team_id=target_team_name|regions|region_name|region_alias",
        help_zh = "目标集群（数据中心）名称，对应集群列表接口返回的 region_name。",
        help_en = "Target cluster (data center): the region_name the cluster list answers.")]
    pub target_region_name: String,
    /// The introduction calls it the target app's name; the model types it as an integer ID.
    #[schema(zh = "目标应用ID", en = "Target app id",
        choices = "rainbond.app.list?team_id=target_team_name&region_name=target_region_name||ID|group_name",
        help_zh = "目标应用ID，组件复制到该应用中。", help_en = "ID of the app the components are copied into.")]
    pub target_app_id: i64,
}

/// `ServiceBaseInfo`: a component as both operations answer it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件基础信息", en = "Component")]
pub struct RainbondServiceBaseInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件状态", en = "Status", help_zh = "组件状态。", help_en = "Component status.")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件访问地址", en = "Access addresses", help_zh = "组件访问地址。", help_en = "Addresses the component is reached at.")]
    pub access_infos: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件ID", en = "Service id", help_zh = "组件ID。", help_en = "Component ID.")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "租户ID", en = "Tenant id", help_zh = "租户ID。", help_en = "Tenant (team) ID.")]
    pub tenant_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件key", en = "Service key", help_zh = "组件key。", help_en = "Component key.")]
    pub service_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件别名", en = "Service alias", help_zh = "组件别名。", help_en = "Component alias.")]
    pub service_alias: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件名", en = "Service cname", help_zh = "组件名。", help_en = "Component name.")]
    pub service_cname: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件所属区", en = "Service region", help_zh = "组件所属区。", help_en = "The region (cluster) the component belongs to.")]
    pub service_region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Desc", help_zh = "描述。", help_en = "Description.")]
    pub desc: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件分类", en = "Category", help_zh = "组件分类：application、cache、store。", help_en = "Component classification: application, cache, store.")]
    pub category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Version")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "内部发布次数", en = "Update version", help_zh = "内部发布次数。", help_en = "Internal release count.")]
    pub update_version: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像", en = "Image")]
    pub image: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "启动参数", en = "Cmd", help_zh = "启动参数。", help_en = "Startup parameters.")]
    pub cmd: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例数量", en = "Min node", help_zh = "实例数量。", help_en = "Number of instances.")]
    pub min_node: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "CPU分配额", en = "Min cpu", help_zh = "cpu分配额，1000=1core。", help_en = "CPU allocation; 1000 = 1 core.")]
    pub min_cpu: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "GPU显存数量", en = "Container GPU", help_zh = "GPU显存数量。", help_en = "Amount of GPU memory.")]
    pub container_gpu: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "内存大小", en = "Min memory", help_zh = "内存大小，单位M。", help_en = "Memory size, in MB.")]
    pub min_memory: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件部署类型", en = "Extend method", help_zh = "组件部署类型，stateless 或 state。", help_en = "Component deployment type: stateless or state.")]
    pub extend_method: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码来源", en = "Code from", help_zh = "代码来源：gitlab、github。", help_en = "Code source: gitlab, github.")]
    pub code_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码仓库", en = "Git url", help_zh = "代码仓库。", help_en = "Code repository.")]
    pub git_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "gitlab中项目ID", en = "Git project id", help_zh = "gitlab中项目ID。", help_en = "Project ID in GitLab.")]
    pub git_project_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码版本", en = "Code version")]
    pub code_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件类型", en = "Service type", help_zh = "组件类型：web、mysql、redis、mongodb、phpadmin。", help_en = "Component type: web, mysql, redis, mongodb, phpadmin.")]
    pub service_type: Option<String>,
    /// Spelled `creater` by the service, both examples and the Chinese table; the English
    /// table's `creator` is accepted too.
    #[serde(default, alias = "creator", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件创建者", en = "Creator", help_zh = "组件创建者。", help_en = "Component creator (user ID).")]
    pub creater: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码语言", en = "Language", help_zh = "代码语言。", help_en = "Code language.")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "内存使用", en = "Total memory", help_zh = "内存使用，单位M。", help_en = "Memory usage, in MB.")]
    pub total_memory: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否inner组件", en = "Is service", help_zh = "是否inner组件。", help_en = "Whether the component is an inner component.")]
    pub is_service: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件创建类型", en = "Service origin", help_zh = "组件创建类型：cloud 云市组件，assistant 云帮组件。", help_en = "How the component was created: cloud (app market component), assistant (Rainbond component).")]
    pub service_origin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件组ID", en = "Tenant service group id",
        help_zh = "组件归属的组件组id，从应用模版安装的组件该字段需要赋值。",
        help_en = "The component group the component belongs to; set for components installed from an app template.")]
    pub tenant_service_group_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否开启自动触发部署", en = "Open webhooks", help_zh = "是否开启自动触发部署功能（兼容老版本组件）。", help_en = "Whether automatically triggered deployment is on (for older components).")]
    pub open_webhooks: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件来源", en = "Service source", help_zh = "组件来源：source_code、market、docker_run、docker_compose。", help_en = "Component source: source_code, market, docker_run, docker_compose.")]
    pub service_source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件创建状态", en = "Create status", help_zh = "组件创建状态，例如 creating。", help_en = "Component creation state, e.g. creating.")]
    pub create_status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件检测ID", en = "Check uuid", help_zh = "组件检测ID。", help_en = "Component detection ID.")]
    pub check_uuid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件检测事件ID", en = "Check event id", help_zh = "组件检测事件ID。", help_en = "Component detection event ID.")]
    pub check_event_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像创建命令", en = "Docker cmd", help_zh = "镜像创建命令。", help_en = "Image creation command.")]
    pub docker_cmd: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "源码仓库类型", en = "Server type", help_zh = "源码仓库类型。", help_en = "Source repository type.")]
    pub server_type: Option<String>,
    /// Spelled `is_upgrate` by the service itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否可以更新", en = "Is upgrade", help_zh = "是否可以更新。", help_en = "Whether the component can be updated.")]
    pub is_upgrate: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建后是否升级", en = "Build upgrade", help_zh = "组件构建后是否升级。", help_en = "Whether the component is upgraded after a build.")]
    pub build_upgrade: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "OAuth服务ID", en = "Oauth service id", help_zh = "拉取源码所用的OAuth服务id。", help_en = "The OAuth service used to pull the source code.")]
    pub oauth_service_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群组件名称", en = "K8s component name", help_zh = "集群组件名称。", help_en = "Component name in the cluster.")]
    pub k8s_component_name: Option<String>,
}

/// `AppCopyCRes`: answer of the copy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "复制应用结果", en = "Copied app")]
pub struct RainbondAppCopyResult {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件列表", en = "Components", help_zh = "复制出的组件。", help_en = "The components the copy created.")]
    pub services: Option<Vec<RainbondServiceBaseInfo>>,
}

/// `Install`: body of the install.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "安装云市应用", en = "Install from the app store")]
pub struct RainbondInstall {
    #[schema(zh = "应用市场地址", en = "Market url", help_zh = "应用市场路由（URL）。", help_en = "App store routing (URL).",
        example = "https://store.goodrain.com")]
    pub market_url: String,
    #[schema(zh = "应用市场域名", en = "Market domain", help_zh = "应用市场域名。", help_en = "App store domain.", example = "rainbond")]
    pub market_domain: String,
    #[schema(zh = "应用市场类型", en = "Market type", help_zh = "应用市场类型，默认传 rainstore。", help_en = "App store type; pass rainstore by default.",
        example = "rainstore")]
    pub market_type: String,
    #[schema(zh = "应用市场令牌", en = "Market access key", secret, example = "123456789012340af5dff63cb740788e", help_zh = "应用市场访问令牌（token）。", help_en = "App store access token.")]
    pub market_access_key: String,
    #[schema(zh = "应用模板ID", en = "App model id",
        choices = "rainbond.market_app.list?market_domain=market_domain|apps|app_model_id|app_model_name", help_zh = "应用市场中的应用ID。", help_en = "ID of the app in the store.")]
    pub app_model_id: String,
    #[schema(zh = "应用版本", en = "App model version",
        choices = "rainbond.market_app.list?market_domain=market_domain&app_model_id=app_model_id|apps.0.versions|app_model_version|app_model_version", help_zh = "要安装的应用版本。", help_en = "App version to install.")]
    pub app_model_version: String,
}

/// `MarketInstall`: answer of the install.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "安装结果", en = "Market install")]
pub struct RainbondMarketInstall {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业ID", en = "Enterprise id", help_zh = "企业ID。", help_en = "Enterprise ID (federated cloud ID).")]
    pub enterprise_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "团队ID", en = "Team id")]
    pub team_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "备注", en = "Note", help_zh = "备注。", help_en = "Remark.")]
    pub note: Option<String>,
    /// Upper case on the wire.
    #[serde(rename = "ID", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Id", help_zh = "应用ID。", help_en = "App ID.")]
    pub id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "数据中心名称", en = "Region name", help_zh = "数据中心名称。", help_en = "Data center name.")]
    pub region_name: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件列表", en = "Components", help_zh = "组件列表。", help_en = "The components the install created.")]
    pub service_list: Option<Vec<RainbondServiceBaseInfo>>,
}

/// Query of the team list (`GET /openapi/v1/teams`, "获取用户所在团队列表").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct RainbondListTeamsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "团队名称搜索", en = "Search", help_zh = "按团队名称搜索。", help_en = "Search by team name.")]
    pub query: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "页码", en = "Page", min = 1)]
    pub page: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "每页数量", en = "Page size", min = 1)]
    pub page_size: Option<i64>,
}

/// `TeamInfo`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "团队", en = "Team")]
pub struct RainbondTeam {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "团队ID", en = "Tenant id")]
    pub tenant_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "团队名称", en = "Tenant name", help_zh = "团队的唯一名称，类似 o19p6wen。", help_en = "The team's unique name, like o19p6wen.")]
    pub tenant_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "团队别名", en = "Tenant alias", help_zh = "用户自定义的团队名称。", help_en = "The team's display name.")]
    pub tenant_alias: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业ID", en = "Enterprise id")]
    pub enterprise_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "团队的组件数量", en = "Components")]
    pub service_num: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "开通的集群数量", en = "Regions")]
    pub region_num: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "团队列表", en = "Teams")]
pub struct RainbondTeamList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "团队", en = "Teams")]
    pub tenants: Option<Vec<RainbondTeam>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "总数", en = "Total")]
    pub total: Option<i64>,
}

/// Path of the team's region list (`GET /openapi/v1/teams/{team_id}/regions`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct RainbondTeamPath {
    #[schema(path, zh = "团队ID", en = "Team ID", help_zh = "团队ID或团队名称（tenant_name）。", help_en = "The team's ID or unique name (tenant_name).")]
    pub team_id: String,
}

/// `TeamRegionsResp` (a subset).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "集群", en = "Region")]
pub struct RainbondRegion {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群ID", en = "Region id")]
    pub region_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群名称", en = "Region name")]
    pub region_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群别名", en = "Region alias")]
    pub region_alias: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "租户名称", en = "Tenant name")]
    pub tenant_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群状态", en = "Status", help_zh = "0：编辑中；1：启用；2：停用；3：维护中。", help_en = "0: editing; 1: enabled; 2: disabled; 3: under maintenance.")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub desc: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "集群列表", en = "Regions")]
pub struct RainbondRegionList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群", en = "Regions")]
    pub regions: Option<Vec<RainbondRegion>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "总数", en = "Total")]
    pub total: Option<i64>,
}

/// Scope of the app list (`GET /openapi/v1/teams/{team_id}/regions/{region_name}/apps`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct RainbondListAppsParams {
    #[schema(path, zh = "团队", en = "Team", choices = "rainbond.team.list|tenants|tenant_name|tenant_alias",
        help_zh = "团队ID或团队名称（tenant_name）。", help_en = "The team's ID or unique name (tenant_name).")]
    pub team_id: String,
    #[schema(path, zh = "集群", en = "Region", choices = "rainbond.region.list?team_id=team_id|regions|region_name|region_alias",
        help_zh = "团队开通的集群。", help_en = "A region (cluster) the team uses.")]
    pub region_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "应用名称搜索", en = "Search", help_zh = "按应用名称搜索。", help_en = "Search by app name.")]
    pub query: Option<String>,
}

/// An app's state in Rainbond's answers (`status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用状态", en = "App status")]
pub enum RainbondAppStatus {
    #[serde(rename = "running")]
    #[schema(zh = "运行中", en = "Running")]
    Running,
    #[serde(rename = "part_running")]
    #[schema(zh = "部分运行", en = "Partly running")]
    PartRunning,
    #[serde(rename = "closed")]
    #[schema(zh = "已关闭", en = "Closed")]
    Closed,
}

/// How an app's components find each other (`governance_mode`): the modes Rainbond offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "治理模式", en = "Governance mode")]
pub enum RainbondGovernanceMode {
    #[serde(rename = "KUBERNETES_NATIVE_SERVICE")]
    #[schema(zh = "Kubernetes 原生 Service 模式", en = "Kubernetes native services")]
    KubernetesNativeService,
    #[serde(rename = "BUILD_IN_SERVICE_MESH")]
    #[schema(zh = "内置 ServiceMesh 模式", en = "Built-in service mesh")]
    BuildInServiceMesh,
    #[serde(rename = "ISTIO_SERVICE_MESH")]
    #[schema(zh = "Istio 服务网格模式", en = "Istio service mesh")]
    IstioServiceMesh,
}

/// `AppBaseInfo`: an app (application group) as the list answers it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用", en = "App")]
pub struct RainbondApp {
    /// Upper case on the wire.
    #[serde(rename = "ID", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "App ID")]
    pub id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用名称", en = "Name")]
    pub group_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "团队ID", en = "Tenant id")]
    pub tenant_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群", en = "Region name")]
    pub region_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "备注", en = "Note")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建人", en = "Created by")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "治理模式", en = "Governance mode")]
    pub governance_mode: Option<Open<RainbondGovernanceMode>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用状态", en = "Status", help_zh = "running、part_running 或 closed（详情接口返回）。", help_en = "running, part_running or closed (from the detail query).")]
    pub status: Option<Open<RainbondAppStatus>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件数量", en = "Components", help_zh = "详情接口返回。", help_en = "From the detail query.")]
    pub service_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "运行中的组件数量", en = "Running components", help_zh = "详情接口返回。", help_en = "From the detail query.")]
    pub running_service_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业ID", en = "Enterprise id")]
    pub enterprise_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created")]
    pub create_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "更新时间", en = "Updated")]
    pub update_time: Option<String>,
}

/// Path of one app (`GET …/apps/{app_id}`, "应用详情") and of its component list
/// (`GET …/apps/{app_id}/services`, "查询应用下组件列表").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct RainbondOneAppPath {
    #[schema(path, zh = "团队ID", en = "Team ID", help_zh = "团队ID或团队名称（tenant_name）。", help_en = "The team's ID or unique name (tenant_name).")]
    pub team_id: String,
    #[schema(path, zh = "集群名称", en = "Region name", help_zh = "集群（数据中心）名称。", help_en = "Name of the cluster (data center).")]
    pub region_name: String,
    #[schema(path, zh = "应用ID", en = "App ID", help_zh = "应用（应用组）ID。", help_en = "The app (application group) ID.")]
    pub app_id: String,
}

/// Path of one component (`GET …/apps/{app_id}/services/{service_id}`, "查询组件信息").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct RainbondComponentPath {
    #[schema(path, zh = "团队ID", en = "Team ID", help_zh = "团队ID或团队名称（tenant_name）。", help_en = "The team's ID or unique name (tenant_name).")]
    pub team_id: String,
    #[schema(path, zh = "集群名称", en = "Region name")]
    pub region_name: String,
    #[schema(path, zh = "应用ID", en = "App ID")]
    pub app_id: String,
    #[schema(path, zh = "组件ID", en = "Service id")]
    pub service_id: String,
}

/// Query of a market's apps (see [`ListMarketAppsOp`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct RainbondListMarketAppsParams {
    #[schema(path, zh = "应用市场域名", en = "Market domain")]
    pub market_domain: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "应用模板ID", en = "App model id", help_zh = "只返回该应用。", help_en = "Only this app.")]
    pub app_model_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "搜索", en = "Search")]
    pub query: Option<String>,
}

/// One published version of a market app.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "应用版本", en = "App version")]
pub struct RainbondMarketAppVersion {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Version")]
    pub app_model_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本说明", en = "Release notes")]
    pub version_info: Option<String>,
}

/// An app of a market.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "市场应用", en = "Market app")]
pub struct RainbondMarketApp {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用模板ID", en = "App model id")]
    pub app_model_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用名称", en = "Name")]
    pub app_model_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "简介", en = "Description")]
    pub describe: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Versions")]
    pub versions: Option<Vec<RainbondMarketAppVersion>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "市场应用列表", en = "Market apps")]
pub struct RainbondMarketAppList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用", en = "Apps")]
    pub apps: Option<Vec<RainbondMarketApp>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "总数", en = "Total")]
    pub total: Option<i64>,
}

crate::operations! {
    service: Rainbond;

    /// Document 000, 复制应用.
    CopyAppOp {
        doc_ref: "rainbond:copy",
        id: "rainbond.app.copy",
        title: ("复制应用", "Copy an app"),
        Post "/openapi/v1/teams/{team_id}/regions/{region_name}/apps/{app_id}/copy",
        kind: Action,
        params: RainbondAppPath,
        body: RainbondAppCopy,
        response: RainbondAppCopyResult,
        status: 200,
    }

    /// Document 001, Install apps from the app store.
    InstallAppOp {
        doc_ref: "rainbond:install",
        id: "rainbond.app.install",
        title: ("安装云市应用", "Install an app from the app store"),
        Post "/openapi/v1/teams/{team_id}/regions/{region_name}/apps/{app_id}/install",
        kind: Action,
        params: RainbondInstallParams,
        body: RainbondInstall,
        response: RainbondMarketInstall,
        status: 200,
    }

    /// Rainbond 获取用户所在团队列表 (not a seed document): the target team's chooser.
    ListTeamsOp {
        doc_ref: "x-rainbond:teams",
        id: "rainbond.team.list",
        title: ("获取团队列表", "List teams"),
        Get "/openapi/v1/teams",
        kind: List,
        params: RainbondListTeamsParams,
        response: RainbondTeamList,
        status: 200,
    }

    /// Rainbond 获取团队开通的数据中心列表 (not a seed document).
    ListRegionsOp {
        doc_ref: "x-rainbond:regions",
        id: "rainbond.region.list",
        title: ("获取团队开通的集群列表", "List a team's regions"),
        Get "/openapi/v1/teams/{team_id}/regions",
        kind: List,
        params: RainbondTeamPath,
        response: RainbondRegionList,
        status: 200,
    }

    /// Rainbond 团队应用列表 (not a seed document): answers a bare array.
    ListAppsOp {
        doc_ref: "x-rainbond:apps",
        id: "rainbond.app.list",
        title: ("团队应用列表", "List apps"),
        Get "/openapi/v1/teams/{team_id}/regions/{region_name}/apps",
        kind: List,
        params: RainbondListAppsParams,
        response: crate::lenient::List<RainbondApp>,
        status: 200,
    }

    /// Rainbond 应用详情 (not a seed document).
    GetAppOp {
        doc_ref: "x-rainbond:app",
        id: "rainbond.app.get",
        title: ("应用详情", "Get an app"),
        Get "/openapi/v1/teams/{team_id}/regions/{region_name}/apps/{app_id}",
        kind: Get,
        params: RainbondOneAppPath,
        response: RainbondApp,
        status: 200,
    }

    /// Rainbond 查询应用下组件列表 (not a seed document): the copy's component checklist, and
    /// how copies and installs are followed while their components are created and built.
    ListComponentsOp {
        doc_ref: "x-rainbond:components",
        id: "rainbond.component.list",
        title: ("查询应用下组件列表", "List an app's components"),
        Get "/openapi/v1/teams/{team_id}/regions/{region_name}/apps/{app_id}/services",
        kind: List,
        params: RainbondOneAppPath,
        response: crate::lenient::List<RainbondServiceBaseInfo>,
        status: 200,
    }

    /// Rainbond 查询组件信息 (not a seed document).
    GetComponentOp {
        doc_ref: "x-rainbond:component",
        id: "rainbond.component.get",
        title: ("查询组件信息", "Get a component"),
        Get "/openapi/v1/teams/{team_id}/regions/{region_name}/apps/{app_id}/services/{service_id}",
        kind: Get,
        params: RainbondComponentPath,
        response: RainbondServiceBaseInfo,
        status: 200,
    }

    /// A market's apps and their versions, for the install form's choosers. Rainbond's OpenAPI
    /// documents no such operation (the app store serves its catalogue itself); this path is
    /// the sandbox's. Against a real Rainbond the choosers report the failure and the fields
    /// stay free to type.
    ListMarketAppsOp {
        doc_ref: "x-rainbond:market-apps",
        id: "rainbond.market_app.list",
        title: ("应用市场的应用列表", "List a market's apps"),
        Get "/openapi/v1/markets/{market_domain}/apps",
        kind: List,
        params: RainbondListMarketAppsParams,
        response: RainbondMarketAppList,
        status: 200,
    }
}

/// Apps of a team in a region: their components, copying them, installing market apps into
/// them. The list page asks for the team and the region first.
pub static APPS: crate::resource::ResourceDecl = crate::resource::ResourceDecl {
    key: "apps",
    service: crate::operation::Service::Rainbond,
    title: crate::schema::Text::new("应用", "Apps"),
    singular: crate::schema::Text::new("应用", "App"),
    id_field: "ID",
    id_param: "app_id",
    name_field: "group_name",
    items_field: "",
    columns: &["group_name", "ID", "region_name", "note", "username", "create_time"],
    list: Some(<ListAppsOp as crate::operation::Operation>::DECL),
    get: Some(<GetAppOp as crate::operation::Operation>::DECL),
    actions: &[
        crate::resource::ActionDecl {
            form: crate::resource::ActionForm::Body,
            job: crate::schema::Text::new("复制应用{name}", "Copy app {name}"),
            ..crate::resource::ActionDecl::new("copy", crate::schema::Text::new("复制", "Copy"), <CopyAppOp as crate::operation::Operation>::DECL)
        },
        crate::resource::ActionDecl {
            form: crate::resource::ActionForm::Body,
            job: crate::schema::Text::new("向{name}安装应用", "Install an app into {name}"),
            ..crate::resource::ActionDecl::new("install", crate::schema::Text::new("安装应用", "Install"), <InstallAppOp as crate::operation::Operation>::DECL)
        },
    ],
    children: &[&COMPONENTS],
    ..crate::resource::ResourceDecl::BLANK
};

/// An app's components (`ServiceBaseInfo`).
pub static COMPONENTS: crate::resource::ResourceDecl = crate::resource::ResourceDecl {
    key: "components",
    service: crate::operation::Service::Rainbond,
    title: crate::schema::Text::new("组件", "Components"),
    singular: crate::schema::Text::new("组件", "Component"),
    id_field: "service_id",
    id_param: "service_id",
    name_field: "service_cname",
    items_field: "",
    columns: &["service_cname", "status", "service_alias", "version", "min_memory", "service_source", "create_status"],
    list: Some(<ListComponentsOp as crate::operation::Operation>::DECL),
    get: Some(<GetComponentOp as crate::operation::Operation>::DECL),
    parent: Some(crate::resource::ParentLink { resource: &APPS, param: "app_id", item_field: "app_id" }),
    ..crate::resource::ResourceDecl::BLANK
};
