//! Components (document section 4.3): the parts of an application, each deployed from code, a
//! package or an image onto an environment. Creating (4.3.1), importing a CCE workload
//! (4.3.2), listing (4.3.3, 4.3.4), changing (4.3.5), deleting (4.3.6), reading (4.3.7),
//! actions (4.3.8), deployment records (4.3.9), refreshing (4.3.10) and filter options
//! (4.3.11).
//!
//! The nested request objects live in [`super::component_spec`]; the answer-side models here
//! keep every field optional and documented enumerations as strings.

use serde::{Deserialize, Serialize};

use crate::schema::{Schema, Type};
use crate::servicestage::common::{LabelInfo, ProjectPath, SortOrder};

pub use super::component_spec::*;

// ---------------------------------------------------------------------------------------------
// 4.3.1 Create
// ---------------------------------------------------------------------------------------------

/// Body of 4.3.1 (table 4-123).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建组件", en = "Create component")]
pub struct CreateComponent {
    #[schema(zh = "组件名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "由英文字母、数字、中划线（-）或下划线（_）组成，并以英文字母开头，英文字母或者数字结尾，长度为2~64个字符。",
        help_en = "Letters, digits, hyphens (-) or underscores (_); starts with a letter and ends with a letter or digit; 2 to 64 characters.",
        example = "mycomponent")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Labels",
        help_zh = "容器部署的组件可通过标签查询对应工作负载；虚机部署的组件可配置对应微服务名称的标签来使用优雅上下线功能。“华东二”区域支持设置标签。",
        help_en = "Container components: find their workloads by label. Virtual-machine components: a label with the microservice's name enables graceful start and shutdown. Supported in the East China 2 region.")]
    pub labels: Option<Vec<ComponentLabel>>,
    #[schema(zh = "运行时", en = "Runtime stack", help_zh = "运行时，可通过查询运行时栈接口返回的信息获取。", help_en = "Runtime stack, as returned by the runtime-stack query.")]
    pub runtime_stack: ComponentRuntimeStack,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境ID", en = "Environment ID", choices = "servicestage.environment.list|environments|id|name", help_zh = "环境ID，可通过获取所有环境接口返回的信息获取。", help_en = "Environment to deploy to, from the environment list.",
        example = "b489f7b4-2539-45a1-ba71-4728961434ca")]
    pub environment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件描述", en = "Description", max_len = 128, help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
    #[schema(zh = "组件来源", en = "Source", help_zh = "代码/软件包来源。", help_en = "Where the code, package or image comes from.")]
    pub source: ComponentSource,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件构建", en = "Build", help_zh = "组件构建，容器部署且没有使用镜像时必传。", help_en = "Build settings; required for container deployment when the source is not an image.")]
    pub build: Option<ComponentBuild>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最大CPU限制", en = "CPU limit", help_zh = "最大CPU限制，单位为Core。", help_en = "CPU limit in cores.", example = "0.25")]
    pub limit_cpu: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最大内存限制", en = "Memory limit", help_zh = "最大内存限制，单位为GiB。", help_en = "Memory limit in GiB.", example = "0.5")]
    pub limit_memory: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "申请CPU资源", en = "CPU request", help_zh = "申请CPU资源，单位为Core。", help_en = "CPU request in cores.", example = "0.25")]
    pub request_cpu: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "申请内存资源", en = "Memory request", help_zh = "申请内存资源，单位为GiB。", help_en = "Memory request in GiB.", example = "0.5")]
    pub request_memory: Option<f64>,
    #[schema(zh = "组件版本号", en = "Version", max_len = 32, pattern = "^[0-9]+(\\.[0-9]+){2,3}$",
        help_zh = "组件版本号，最大长度32，规则为三到四段以点分隔的数字，例如2023.1102.17105。",
        help_en = "Component version: three or four dot-separated numbers, e.g. 2023.1102.17105; at most 32 characters.",
        example = "2023.1102.17105")]
    pub version: String,
    // Not in the document; service (SDK ComponentCreate/ComponentModify): swimlane_id, the
    // swimlane the component joins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "泳道ID", en = "Swimlane ID", help_zh = "组件加入的泳道ID。", help_en = "The swimlane the component joins.")]
    pub swimlane_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境变量", en = "Environment variables", help_zh = "环境变量列表。", help_en = "Environment variables of the component.")]
    pub envs: Option<Vec<ComponentEnv>>,
    #[schema(zh = "实例数", en = "Instances", help_zh = "实例数。", help_en = "Number of instances.", example = "1")]
    pub replica: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储", en = "Storages", help_zh = "数据存储。", help_en = "Volumes mounted into the component.")]
    pub storages: Option<Vec<ComponentStorage>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件部署", en = "Deploy strategy", help_zh = "组件部署策略。", help_en = "How new versions roll out.")]
    pub deploy_strategy: Option<ComponentDeployStrategy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "启动命令", en = "Start command", help_zh = "启动命令。", help_en = "Command and arguments the container starts with.")]
    pub command: Option<ComponentCommand>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "启动后处理", en = "Post-start hook", help_zh = "启动后处理。", help_en = "Runs after the container starts.")]
    pub post_start: Option<ComponentLifecycle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "停止前处理", en = "Pre-stop hook", help_zh = "停止前处理。", help_en = "Runs before the container stops.")]
    pub pre_stop: Option<ComponentLifecycle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "服务网格接入", en = "Mesher", help_zh = "多语言接入服务网格，当技术栈选择Node.js且绑定CSE引擎时为必选。", help_en = "Service-mesh access for non-Java stacks; required for Node.js bound to a CSE engine.")]
    pub mesher: Option<ComponentMesher>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "时区", en = "Time zone", help_zh = "指定组件运行的时区，比如Asia/Shanghai。", help_en = "Time zone the component runs in, e.g. Asia/Shanghai.", example = "Asia/Shanghai")]
    pub timezone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "JVM参数", en = "JVM options", help_zh = "jvm参数，例如-Xms256m -Xmx1024m，多个参数以空格间隔，不填则使用默认值。", help_en = "JVM options separated by spaces, e.g. -Xms256m -Xmx1024m; defaults apply when empty.")]
    pub jvm_opts: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "Tomcat参数", en = "Tomcat options", help_zh = "tomcat参数，技术栈选择tomcat时生效。", help_en = "Tomcat settings; used with the Tomcat stack.")]
    pub tomcat_opts: Option<ComponentTomcatOpts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机别名", en = "Host aliases", help_zh = "主机别名。", help_en = "Extra /etc/hosts entries.")]
    pub host_aliases: Option<Vec<ComponentHostAlias>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "DNS策略", en = "DNS policy",
        help_zh = "Default：继承pod所在节点域名解析配置；ClusterFirst：追加域名解析配置；ClusterFirstWithHostNet：仅对以hostNetWork方式运行的pod生效；None：替换域名解析策略。",
        help_en = "Default: inherit the node's resolver; ClusterFirst: add cluster DNS; ClusterFirstWithHostNet: for pods on the host network; None: replace the resolver settings.")]
    pub dns_policy: Option<ComponentDnsPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "DNS配置", en = "DNS configuration", help_zh = "DNS配置。", help_en = "Resolver settings of the pods.")]
    pub dns_config: Option<ComponentDnsConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "工作负载类型", en = "Workload kind", help_zh = "deployment：无状态工作负载；statefulset：有状态工作负载。", help_en = "deployment: stateless; statefulset: stateful.")]
    pub workload_kind: Option<ComponentWorkloadKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "安全策略", en = "Security context", help_zh = "安全策略。", help_en = "User, group and capabilities of the containers.")]
    pub security_context: Option<ComponentSecurityContext>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "日志采集", en = "Log collection", help_zh = "日志采集。", help_en = "Log files to collect.")]
    pub logs: Option<Vec<ComponentLog>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "自定义指标监控", en = "Custom metric", help_zh = "自定义指标监控。", help_en = "Where custom metrics are scraped.")]
    pub custom_metric: Option<ComponentCustomMetric>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "亲和性", en = "Affinity", help_zh = "亲和性规则。", help_en = "Affinity rules.")]
    pub affinity: Option<ComponentAffinities>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "反亲和性", en = "Anti-affinity", help_zh = "反亲和性规则。", help_en = "Anti-affinity rules.")]
    pub anti_affinity: Option<ComponentAffinities>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存活探针", en = "Liveness probe", help_zh = "组件存活探针。", help_en = "Restarts the container when it fails.")]
    pub liveness_probe: Option<ComponentProbe>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "业务探针", en = "Readiness probe", help_zh = "组件业务探针。", help_en = "Keeps traffic away until it succeeds.")]
    pub readiness_probe: Option<ComponentProbe>,
    #[schema(zh = "关联资源", en = "Referenced resources", help_zh = "组件部署到或使用的资源，从所选环境纳管的资源中勾选；容器部署至少需要一个CCE集群。", help_en = "Resources the component is deployed onto or uses, ticked from those the chosen environment manages; a container component needs a CCE cluster.",
        choices = "servicestage.environment.list_resources?environment_id=environment_id|resources|id|name|type:type")]
    pub refer_resources: Vec<ComponentReferResource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "外部访问", en = "External accesses", help_zh = "外部访问。", help_en = "Addresses the component is reached at from outside.")]
    pub external_accesses: Option<Vec<ComponentExternalAccess>>,
    /// Not in table 4-123: chapter 8.3's example sends it (the path already names the
    /// application).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Application ID", choices = "servicestage.application.list|applications|id|name", help_zh = "组件所属的应用，例如mall-demo。", help_en = "Application the component belongs to, e.g. mall-demo.")]
    pub application_id: Option<String>,
    /// Not in table 4-123: chapter 8.3's example sends it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name", help_zh = "组件归属的企业项目，用于分组管理资源和费用；0为默认企业项目。", help_en = "Enterprise project the component is filed under, for grouping resources and costs; 0 is the default project.")]
    pub enterprise_project_id: Option<String>,
    /// Not in table 4-123: chapter 8.3's example sends `"ui"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置方式", en = "Configuration mode", help_zh = "组件配置方式，例如ui。", help_en = "How the component is configured, e.g. ui.")]
    pub config_mode: Option<String>,
    /// Not in table 4-123: chapter 8.3's example sends it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "升级策略", en = "Update strategy", help_zh = "升级策略。", help_en = "Kubernetes-style update strategy.")]
    pub update_strategy: Option<ComponentUpdateStrategy>,
}

/// Answer of 4.3.1 (table 4-155).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件创建结果", en = "Component created")]
pub struct ComponentCreated {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务ID", en = "Job ID", help_zh = "任务ID。", help_en = "Deployment job; follow it with the job query.")]
    pub job_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件ID", en = "Component ID", help_zh = "应用组件ID。", help_en = "ID of the new component.")]
    pub component_id: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 4.3.2 Import a CCE workload
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件创建方式", en = "Creation mode")]
pub enum ComponentCreateMode {
    #[serde(rename = "import")]
    #[schema(zh = "导入CCE中已经创建的工作负载", en = "Import an existing CCE workload")]
    Import,
}

/// Body of 4.3.2 (table 4-158): same method and path as 4.3.1, told apart by `create_mode`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "导入CCE工作负载创建组件", en = "Import CCE workload as component")]
pub struct ImportComponent {
    #[schema(zh = "组件创建方式", en = "Creation mode", help_zh = "导入CCE中已经创建的工作负载时设置为import。", help_en = "import: create the component from a workload that already exists in CCE.")]
    pub create_mode: ComponentCreateMode,
    #[schema(zh = "组件名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "由英文字母、数字、中划线(-)、下划线(_)组成，并以英文字母开头，英文字母或者数字结尾，长度为2~64个字符。",
        help_en = "Letters, digits, hyphens (-) or underscores (_); starts with a letter and ends with a letter or digit; 2 to 64 characters.",
        example = "testcyf-import-deployment")]
    pub name: String,
    #[schema(zh = "工作负载名称", en = "Workload name", help_zh = "CCE上已经创建的工作负载的名称。", help_en = "Name of the existing CCE workload.",
        example = "test-cyf-deployment")]
    pub workload_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Labels", help_zh = "容器部署可通过标签查询对应工作负载。", help_en = "Find the workload by these labels.")]
    pub labels: Option<Vec<ComponentLabel>>,
    #[schema(zh = "运行时", en = "Runtime stack", help_zh = "运行时，固定为Docker。", help_en = "Runtime stack; always Docker.")]
    pub runtime_stack: ComponentRuntimeStack,
    #[schema(zh = "环境ID", en = "Environment ID", choices = "servicestage.environment.list|environments|id|name", help_zh = "环境ID。", help_en = "Environment the workload's cluster belongs to.")]
    pub environment_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description", max_len = 128, help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
    #[schema(zh = "组件版本号", en = "Version", max_len = 32, pattern = "^[0-9]+(\\.[0-9]+){2,3}$",
        help_zh = "组件版本号，最大长度32，规则为三到四段以点分隔的数字。",
        help_en = "Three or four dot-separated numbers, e.g. 2024.0506.16306; at most 32 characters.",
        example = "2024.0506.16306")]
    pub version: String,
    #[schema(zh = "工作负载类型", en = "Workload kind", help_zh = "deployment：无状态工作负载；statefulset：有状态工作负载。", help_en = "deployment: stateless; statefulset: stateful.")]
    pub workload_kind: ComponentWorkloadKind,
    #[schema(zh = "关联资源", en = "Referenced resources",
        help_zh = "关联资源。导入的工作负载需要进行微服务灰度发布时，需关联ServiceComb引擎或者Nacos引擎。",
        help_en = "Resources the workload uses. Bind a ServiceComb or Nacos engine for microservice gray releases.")]
    pub refer_resources: Vec<ComponentImportReferResource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "外部访问", en = "External accesses", help_zh = "外部访问。", help_en = "Addresses the component is reached at from outside.")]
    pub external_accesses: Option<Vec<ComponentExternalAccess>>,
    /// Not in table 4-158: the section's example sends it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Application ID", choices = "servicestage.application.list|applications|id|name", help_zh = "组件所属的应用，例如mall-demo。", help_en = "Application the component belongs to, e.g. mall-demo.")]
    pub application_id: Option<String>,
    /// Not in table 4-158: the section's example sends it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name", help_zh = "组件归属的企业项目，用于分组管理资源和费用；0为默认企业项目。", help_en = "Enterprise project the component is filed under, for grouping resources and costs; 0 is the default project.")]
    pub enterprise_project_id: Option<String>,
}

/// Answer of 4.3.2 (table 4-163).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "工作负载导入结果", en = "Workload imported")]
pub struct ComponentImported {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件实例ID", en = "Component instance ID", help_zh = "组件实例ID。", help_en = "ID of the component instance created.")]
    pub instance_id: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 4.3.5 Update
// ---------------------------------------------------------------------------------------------

/// Body of 4.3.5 (table 4-188). `name` and `runtime_stack` cannot change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改组件", en = "Update component")]
pub struct UpdateComponent {
    #[schema(zh = "组件名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "应用组件名称，不可修改。由英文字母、数字、中划线（-）、下划线（_）组成，并以英文字母开头，英文字母或者数字结尾，长度为2~64个字符。",
        help_en = "Cannot change. Letters, digits, hyphens (-) or underscores (_); starts with a letter and ends with a letter or digit; 2 to 64 characters.")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Labels",
        help_zh = "容器部署可通过标签查询对应工作负载，虚拟机部署可配置对应微服务名称的标签来使用优雅上下线功能。",
        help_en = "Container components: find their workloads by label. Virtual-machine components: a label with the microservice's name enables graceful start and shutdown.")]
    pub labels: Option<Vec<ComponentLabel>>,
    /// Required by table 4-188; optional in Rust because chapter 8.3's update leaves it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "运行时", en = "Runtime stack", required, help_zh = "运行时，不可修改，可通过查询运行时栈接口返回的信息获取。", help_en = "Runtime stack; cannot change.")]
    pub runtime_stack: Option<ComponentRuntimeStack>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description", max_len = 128, help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
    #[schema(zh = "组件来源", en = "Source", help_zh = "代码/软件包来源。", help_en = "Where the code, package or image comes from.")]
    pub source: ComponentSource,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件构建", en = "Build", help_zh = "组件构建。", help_en = "Build settings.")]
    pub build: Option<ComponentBuild>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最大CPU限制", en = "CPU limit", help_zh = "最大CPU限制，单位为Core。", help_en = "CPU limit in cores.")]
    pub limit_cpu: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最大内存限制", en = "Memory limit", help_zh = "最大内存限制，单位为GiB。", help_en = "Memory limit in GiB.")]
    pub limit_memory: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "申请CPU资源", en = "CPU request", help_zh = "申请CPU资源，单位为Core。", help_en = "CPU request in cores.")]
    pub request_cpu: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "申请内存资源", en = "Memory request", help_zh = "申请内存资源，单位为GiB。", help_en = "Memory request in GiB.")]
    pub request_memory: Option<f64>,
    #[schema(zh = "组件版本号", en = "Version", max_len = 32, pattern = "^[0-9]+(\\.[0-9]+){2,3}$",
        help_zh = "组件版本号，最大长度32个字符，规则为三到四段以点分隔的数字。",
        help_en = "Three or four dot-separated numbers, e.g. 2023.0323.15181; at most 32 characters.",
        example = "2023.0323.15181")]
    pub version: String,
    // Not in the document; service (SDK ComponentCreate/ComponentModify): swimlane_id, the
    // swimlane the component joins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "泳道ID", en = "Swimlane ID", help_zh = "组件加入的泳道ID。", help_en = "The swimlane the component joins.")]
    pub swimlane_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境变量", en = "Environment variables", help_zh = "环境变量列表。", help_en = "Environment variables of the component.")]
    pub envs: Option<Vec<ComponentEnv>>,
    /// Required by table 4-188; optional in Rust because chapter 8.3's update leaves it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例数", en = "Instances", required, help_zh = "实例数，仅在使用扩缩容功能时支持进行修改。", help_en = "Number of instances; changes only through scaling.")]
    pub replica: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储", en = "Storages", help_zh = "数据存储。", help_en = "Volumes mounted into the component.")]
    pub storages: Option<Vec<ComponentStorage>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件部署", en = "Deploy strategy", help_zh = "组件部署策略。", help_en = "How the new version rolls out.")]
    pub deploy_strategy: Option<ComponentDeployStrategy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "启动命令", en = "Start command", help_zh = "启动命令。", help_en = "Command and arguments the container starts with.")]
    pub command: Option<ComponentCommand>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "启动后处理", en = "Post-start hook", help_zh = "启动后处理。", help_en = "Runs after the container starts.")]
    pub post_start: Option<ComponentLifecycle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "停止前处理", en = "Pre-stop hook", help_zh = "停止前处理。", help_en = "Runs before the container stops.")]
    pub pre_stop: Option<ComponentLifecycle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "服务网格接入", en = "Mesher", help_zh = "多语言接入服务网格，当技术栈选择Nodejs且绑定微服务引擎CSE时为必选。", help_en = "Service-mesh access; required for Node.js bound to a CSE engine.")]
    pub mesher: Option<ComponentMesher>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "时区", en = "Time zone", help_zh = "指定组件运行的时区，比如Asia/Shanghai。", help_en = "Time zone the component runs in, e.g. Asia/Shanghai.")]
    pub timezone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "JVM参数", en = "JVM options", help_zh = "jvm参数，例如-Xms256m -Xmx1024m，多个参数以空格间隔，不填则使用默认值。", help_en = "JVM options separated by spaces, e.g. -Xms256m -Xmx1024m; defaults apply when empty.")]
    pub jvm_opts: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "Tomcat参数", en = "Tomcat options", help_zh = "tomcat参数，技术栈选择tomcat时生效。", help_en = "Tomcat settings; used with the Tomcat stack.")]
    pub tomcat_opts: Option<ComponentTomcatOpts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机别名", en = "Host aliases", help_zh = "主机别名。", help_en = "Extra /etc/hosts entries.")]
    pub host_aliases: Option<Vec<ComponentHostAlias>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "DNS策略", en = "DNS policy",
        help_zh = "Default：继承pod所在节点域名解析配置；ClusterFirst：追加域名解析配置；ClusterFirstWithHostNet：仅对以hostNetWork方式运行的pod生效；None：替换域名解析策略。",
        help_en = "Default: inherit the node's resolver; ClusterFirst: add cluster DNS; ClusterFirstWithHostNet: for pods on the host network; None: replace the resolver settings.")]
    pub dns_policy: Option<ComponentDnsPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "DNS配置", en = "DNS configuration", help_zh = "DNS配置。", help_en = "Resolver settings of the pods.")]
    pub dns_config: Option<ComponentDnsConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "工作负载类型", en = "Workload kind", help_zh = "deployment：无状态工作负载；statefulset：有状态工作负载。", help_en = "deployment: stateless; statefulset: stateful.")]
    pub workload_kind: Option<ComponentWorkloadKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "安全策略", en = "Security context", help_zh = "安全策略。", help_en = "User, group and capabilities of the containers.")]
    pub security_context: Option<ComponentSecurityContext>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "日志采集", en = "Log collection", help_zh = "日志采集。", help_en = "Log files to collect.")]
    pub logs: Option<Vec<ComponentLog>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "自定义指标监控", en = "Custom metric", help_zh = "自定义指标监控。", help_en = "Where custom metrics are scraped.")]
    pub custom_metric: Option<ComponentCustomMetric>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "亲和性", en = "Affinity", help_zh = "亲和性规则。", help_en = "Affinity rules.")]
    pub affinity: Option<ComponentAffinities>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "反亲和性", en = "Anti-affinity", help_zh = "反亲和性规则。", help_en = "Anti-affinity rules.")]
    pub anti_affinity: Option<ComponentAffinities>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存活探针", en = "Liveness probe", help_zh = "组件存活探针。", help_en = "Restarts the container when it fails.")]
    pub liveness_probe: Option<ComponentProbe>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "业务探针", en = "Readiness probe", help_zh = "组件业务探针。", help_en = "Keeps traffic away until it succeeds.")]
    pub readiness_probe: Option<ComponentProbe>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "关联资源", en = "Referenced resources", help_zh = "关联资源。", help_en = "Resources the component is deployed onto or uses.")]
    pub refer_resources: Option<Vec<ComponentUpdateReferResource>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "外部访问", en = "External accesses", help_zh = "外部访问。", help_en = "Addresses the component is reached at from outside.")]
    pub external_accesses: Option<Vec<ComponentExternalAccess>>,
    /// Not in table 4-188: chapter 8.3's update example repeats the component's ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件ID", en = "Component ID", help_zh = "组件的ID。", help_en = "The component's ID.")]
    pub id: Option<String>,
}

/// Answer of 4.3.5 (table 4-220).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件任务", en = "Component job")]
pub struct ComponentJob {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务ID", en = "Job ID", help_zh = "任务ID。", help_en = "Deployment job; follow it with the job query.")]
    pub job_id: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Answers: components as listed (4.3.3, 4.3.4) and read (4.3.7)
// ---------------------------------------------------------------------------------------------

/// Tables 4-170, 4-181, 4-253.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "技术栈", en = "Runtime stack")]
pub struct ComponentRuntimeStackInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈名称", en = "Stack name", help_zh = "技术栈名称，例如：OpenJDK8。", help_en = "e.g. OpenJDK8.")]
    pub name: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈类型", en = "Stack type", help_zh = "Java、Tomcat、Nodejs、Php、Docker、Python。", help_en = "Java, Tomcat, Nodejs, Php, Docker or Python.")]
    pub stack_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈版本", en = "Stack version", help_zh = "技术栈版本，例如：1.1.4。", help_en = "e.g. 1.1.4.")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署模式", en = "Deploy mode", help_zh = "container：容器部署；virtualmachine：虚拟机部署。", help_en = "container or virtualmachine.")]
    pub deploy_mode: Option<String>,
}

/// Tables 4-169, 4-180, 4-254.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件来源信息", en = "Component source (answer)")]
pub struct ComponentSourceInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件来源类型", en = "Source kind", help_zh = "code：源码；package：软件包；image：镜像包。", help_en = "code, package or image.")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本号", en = "Version")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "包地址", en = "Package URL", help_zh = "软件包或镜像地址。", help_en = "Address of the package or image.")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储方式", en = "Storage", help_zh = "存储方式，例如：obs。", help_en = "e.g. obs or swr.")]
    pub storage: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "认证方式", en = "Authentication", help_zh = "认证方式，例如：iam。", help_en = "e.g. iam.")]
    pub auth: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "授权名称", en = "Repository authorization")]
    pub repo_auth: Option<String>,
    #[serde(default, alias = "repo_name_space", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码仓库命名空间", en = "Repository namespace")]
    pub repo_namespace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码分支或Tag", en = "Branch or tag", help_zh = "代码分支或者Tag，例如：master。", help_en = "e.g. master.")]
    pub repo_ref: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码仓类型", en = "Repository type", help_zh = "例如：GitHub、BitBucket、GitLab。", help_en = "e.g. GitHub, BitBucket or GitLab.")]
    pub repo_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码跳转链接", en = "Web URL")]
    pub web_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码仓URL", en = "Repository URL")]
    pub repo_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "提交ID", en = "Commit ID", help_zh = "代码提交的唯一标识。仅当请求携带version查询参数时返回。", help_en = "Commit identifier; returned only when the request gives the version query parameter.")]
    pub commit_id: Option<String>,
}

/// Tables 4-172, 4-183, 4-258.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件构建信息", en = "Component artifact")]
pub struct ComponentArtifact {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件来源类型", en = "Artifact type",
        help_zh = "虚拟机部署支持软件包package；容器部署支持软件包package、镜像包image。",
        help_en = "Virtual machines: package; containers: package or image.")]
    pub artifact_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "软件包/镜像地址", en = "URL", help_zh = "软件包/镜像地址。", help_en = "Address of the package or image.")]
    pub url: Option<String>,
}

/// Tables 4-171, 4-182, 4-257.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件状态", en = "Component status")]
pub struct ComponentStatus {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件状态", en = "Status",
        help_zh = "INITIALIZING：初始化；UPGRADING：升级中；FAILED：失败；RUNNING：运行中；DOWN：下线；DELETING：删除中；DELETED：已删除；RESERVED：保留；STARTING：启动中；STOPPING：停止中；STOPPED：停止；RESTARTING：重启中；PENDING：未就绪；UNKNOWN：未知；PARTIALLY_FAILED：部分失败。",
        help_en = "INITIALIZING, UPGRADING, FAILED, RUNNING, DOWN (offline), DELETING, DELETED, RESERVED, STARTING, STOPPING, STOPPED, RESTARTING, PENDING (not ready), UNKNOWN or PARTIALLY_FAILED.")]
    pub component_status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "可用实例", en = "Available instances")]
    pub available_replica: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "总实例", en = "Instances")]
    pub replica: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "失败原因", en = "Failure reason",
        help_zh = "cluster_deleted：集群被删除；cluster_unavailable：集群不可用；cluster_inaccessible：集群无法访问；namespace_deleted：命名空间被删除；namespace_unavailable：命名空间不可用；namespace_inaccessible：命名空间无法访问；resource_deleted：资源已删除；create_failed：创建组件失败；delete_failed：删除组件失败。",
        help_en = "cluster_deleted, cluster_unavailable, cluster_inaccessible, namespace_deleted, namespace_unavailable, namespace_inaccessible, resource_deleted, create_failed or delete_failed.")]
    pub fail_detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最后执行任务ID", en = "Last job ID")]
    pub last_job_id: Option<String>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", read_only)]
    pub create_time: Option<i64>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "更新时间", en = "Updated", read_only)]
    pub update_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建人", en = "Created by")]
    pub creator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件构建信息", en = "Artifact")]
    pub artifact: Option<ComponentArtifact>,
}

/// Tables 4-174, 4-185.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "外部访问信息", en = "External access (answer)")]
pub struct ComponentExternalAccessInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "外部访问类型", en = "Protocol", help_zh = "http、https。", help_en = "http or https.")]
    pub protocol: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "外部访问地址", en = "Address")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "外部访问端口", en = "Port")]
    pub forward_port: Option<i64>,
}

/// A component as the lists return it (tables 4-168, 4-179).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件", en = "Component")]
pub struct ComponentSummary {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件ID", en = "Component ID", read_only)]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件名称", en = "Name")]
    pub name: Option<String>,
    /// `null` in the documented answers.
    #[serde(default, deserialize_with = "crate::lenient::vec")]
    #[schema(zh = "标签", en = "Labels",
        help_zh = "容器部署可通过标签查询对应工作负载；虚拟机部署可配置对应微服务名称的标签来使用优雅上下线功能。",
        help_en = "Container components: find their workloads by label; virtual-machine components: the microservice label enables graceful start and shutdown.")]
    pub labels: Option<Vec<LabelInfo>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件状态", en = "Status")]
    pub status: Option<ComponentStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈", en = "Runtime stack")]
    pub runtime_stack: Option<ComponentRuntimeStackInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用名称", en = "Application")]
    pub application_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Application ID")]
    pub application_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境名称", en = "Environment")]
    pub environment_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境ID", en = "Environment ID")]
    pub environment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件版本号", en = "Version")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件来源", en = "Source")]
    pub source: Option<ComponentSourceInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件创建人", en = "Created by", read_only)]
    pub creator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件部署类型", en = "Platform", help_zh = "组件部署类型，例如：cce。", help_en = "Where it is deployed, e.g. cce.")]
    pub platform_type: Option<String>,
    /// `null` in the documented answers.
    #[serde(default, deserialize_with = "crate::lenient::vec")]
    #[schema(zh = "外部访问", en = "External accesses")]
    pub external_accesses: Option<Vec<ComponentExternalAccessInfo>>,
}

/// Answer of 4.3.3 and 4.3.4 (tables 4-167, 4-178).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件列表", en = "Components")]
pub struct ComponentList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件总数", en = "Total")]
    pub count: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件参数", en = "Components")]
    pub components: Option<Vec<ComponentSummary>>,
}

/// Table 4-256.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "构建参数信息", en = "Build parameters (answer)")]
pub struct ComponentBuildParametersInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "编译命令", en = "Build command")]
    pub build_cmd: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "Dockerfile地址", en = "Dockerfile path")]
    pub dockerfile_path: Option<String>,
    /// Table 4-256 spells it `artifact_name_space`; the request tables `artifact_namespace`.
    #[serde(default, alias = "artifact_name_space", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建归档组织", en = "Artifact organization")]
    pub artifact_namespace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建集群ID", en = "Build cluster ID")]
    pub cluster_id: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "节点标签选择器", en = "Node label selector")]
    pub node_label_selector: Option<std::collections::BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境ID", en = "Environment ID")]
    pub environment_id: Option<String>,
}

/// Table 4-255.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件构建信息", en = "Component build (answer)")]
pub struct ComponentBuildInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建参数", en = "Parameters")]
    pub parameters: Option<ComponentBuildParametersInfo>,
}

/// Table 4-252.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "变量引用信息", en = "Variable reference (answer)")]
pub struct ComponentEnvValueFromInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引用类型", en = "Reference type", help_zh = "configMapKey：配置项导入；secretKey：密钥导入。", help_en = "configMapKey or secretKey.")]
    pub reference_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "键", en = "Key")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否可选", en = "Optional")]
    pub optional: Option<bool>,
}

/// Table 4-251.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境变量信息", en = "Environment variable (answer)")]
pub struct ComponentEnvInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量名", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量值", en = "Value")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量引用", en = "Value from")]
    pub value_from: Option<ComponentEnvValueFromInfo>,
    /// Not in table 4-251; see [`ComponentEnv::inner`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "内置变量", en = "Built-in", help_zh = "是否为系统注入的内置变量。", help_en = "Whether the service injected the variable itself.")]
    pub inner: Option<bool>,
}

/// Table 4-229.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "存储参数信息", en = "Storage parameters (answer)")]
pub struct ComponentStorageParametersInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机路径", en = "Host path")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "名称", en = "Name", help_zh = "配置项、密钥或者PVC的名字。", help_en = "Name of the ConfigMap, Secret or PVC.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "挂载权限", en = "Default mode")]
    pub default_mode: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储介质", en = "Medium", help_zh = "例如：memory。", help_en = "e.g. memory.")]
    pub medium: Option<String>,
}

/// Table 4-230.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "挂载路径信息", en = "Mount (answer)")]
pub struct ComponentStorageMountInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "挂载路径", en = "Mount path")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子路径", en = "Sub-path")]
    pub sub_path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否只读", en = "Read-only")]
    pub read_only: Option<bool>,
}

/// Table 4-228.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "数据存储信息", en = "Storage (answer)")]
pub struct ComponentStorageInfo {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "数据存储类型", en = "Storage type", help_zh = "HostPath、EmptyDir、ConfigMap、Secret、PersistentVolumeClaim。", help_en = "HostPath, EmptyDir, ConfigMap, Secret or PersistentVolumeClaim.")]
    pub storage_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储盘名称", en = "Volume name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储参数", en = "Parameters")]
    pub parameters: Option<ComponentStorageParametersInfo>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "挂载路径", en = "Mounts")]
    pub mounts: Option<Vec<ComponentStorageMountInfo>>,
}

/// Table 4-232.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "滚动部署参数信息", en = "Rolling release (answer)")]
pub struct ComponentRollingReleaseInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "分批部署批次", en = "Batches")]
    pub batches: Option<LenientInt>,
}

/// Table 4-234.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "灰度规则信息", en = "Gray rule (answer)")]
pub struct ComponentGrayRuleInfo {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "匹配类型", en = "Match type", help_zh = "header：请求头。", help_en = "header: a request header.")]
    pub rule_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "参数名称", en = "Key")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "条件值", en = "Value")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "条件类型", en = "Condition", help_zh = "equal：相等；match：匹配；in：枚举。", help_en = "equal, match or in.")]
    pub condition: Option<String>,
}

/// Table 4-233.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "灰度发布参数信息", en = "Gray release (answer)")]
pub struct ComponentGrayReleaseInfo {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "灰度策略", en = "Strategy", help_zh = "weight：按灰度流量；content：按内容。", help_en = "weight or content.")]
    pub release_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "首批灰度流量比例", en = "First batch weight")]
    pub first_batch_weight: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "首批灰度实例数量", en = "First batch instances")]
    pub first_batch_replica: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "剩余实例部署批次", en = "Remaining batches")]
    pub remaining_batch: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署模型", en = "Deployment model", help_zh = "1：上游是微服务网关；3：上游是微服务；4：上游是ELB。", help_en = "1: gateway upstream; 3: microservice upstream; 4: ELB upstream.")]
    pub deployment_mode: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "灰度实例新增模式", en = "Instance surge mode", help_zh = "mirror：蓝绿；extra：金丝雀（先增后减）；no_surge：金丝雀（先减后增）。", help_en = "mirror, extra or no_surge.")]
    pub replica_surge_mode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "灰度规则生效方式", en = "Rule match mode", help_zh = "all：满足所有条件；any：满足任一条件。", help_en = "all or any.")]
    pub rule_match_mode: Option<String>,
    /// Typed `Object` in table 4-233; a list, as in the requests.
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "灰度规则", en = "Rules")]
    pub rules: Option<Vec<ComponentGrayRuleInfo>>,
}

/// Table 4-231.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件部署策略信息", en = "Deploy strategy (answer)")]
pub struct ComponentDeployStrategyInfo {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署类型", en = "Deploy type", help_zh = "OneBatchRelease：单批升级；RollingRelease：滚动部署升级；GrayRelease：灰度发布升级。", help_en = "OneBatchRelease, RollingRelease or GrayRelease.")]
    pub deploy_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "滚动部署参数", en = "Rolling release")]
    pub rolling_release: Option<ComponentRollingReleaseInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "灰度发布参数", en = "Gray release")]
    pub gray_release: Option<ComponentGrayReleaseInfo>,
}

/// Table 4-236.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "生命周期处理信息", en = "Lifecycle hook (answer)")]
pub struct ComponentLifecycleInfo {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "处理方式", en = "Handler type", help_zh = "http或command。", help_en = "http or command.")]
    pub hook_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "请求类型", en = "Scheme")]
    pub scheme: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机", en = "Host")]
    pub host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "端口", en = "Port")]
    pub port: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "请求路径", en = "Path")]
    pub path: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "命令", en = "Command")]
    pub command: Option<Vec<String>>,
}

/// Table 4-237.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "服务网格接入信息", en = "Mesher (answer)")]
pub struct ComponentMesherInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "进程监听端口", en = "Listening port")]
    pub port: Option<i64>,
}

/// Table 4-238; `http_port` and `context_path` appear in 4.3.7's example only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "Tomcat参数信息", en = "Tomcat options (answer)")]
pub struct ComponentTomcatOptsInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "server.xml配置", en = "server.xml")]
    pub server_xml: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "HTTP端口", en = "HTTP port", help_zh = "Tomcat的HTTP端口。", help_en = "Tomcat's HTTP port.")]
    pub http_port: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "上下文路径", en = "Context path", help_zh = "应用的上下文路径。", help_en = "Context path of the application.")]
    pub context_path: Option<String>,
}

/// Table 4-239.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "主机别名信息", en = "Host alias (answer)")]
pub struct ComponentHostAliasInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "IP地址", en = "IP address")]
    pub ip: Option<String>,
    /// Table 4-239 spells it `hostname`; the request tables and the SDK `hostnames`.
    #[serde(default, deserialize_with = "crate::lenient::vec", alias = "hostname", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机别名", en = "Host names")]
    pub hostnames: Option<Vec<String>>,
}

/// Table 4-241.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "DNS选项信息", en = "DNS option (answer)")]
pub struct ComponentDnsOptionInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "操作名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "操作值", en = "Value")]
    pub value: Option<String>,
}

/// Table 4-240.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "DNS配置信息", en = "DNS configuration (answer)")]
pub struct ComponentDnsConfigInfo {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "DNS服务器", en = "Name servers")]
    pub nameservers: Option<Vec<String>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "DNS搜索域", en = "Search domains")]
    pub searches: Option<Vec<String>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "DNS选项", en = "Options")]
    pub options: Option<Vec<ComponentDnsOptionInfo>>,
}

/// Table 4-242.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "安全策略信息", en = "Security context (answer)")]
pub struct ComponentSecurityContextInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "运行用户", en = "Run as user")]
    pub run_as_user: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "运行属组", en = "Run as group")]
    pub run_as_group: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "能力集", en = "Capabilities")]
    pub capabilities: Option<ComponentCapabilities>,
}

/// Table 4-244.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "日志采集信息", en = "Log collection (answer)")]
pub struct ComponentLogInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "容器日志路径", en = "Log path")]
    pub log_path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "日志转储周期", en = "Rotation")]
    pub rotate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机路径", en = "Host path")]
    pub host_path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机扩展路径", en = "Host extension path", help_zh = "None、PodUID、PodName、PodUID/ContainerName、PodName/ContainerName。", help_en = "None, PodUID, PodName, PodUID/ContainerName or PodName/ContainerName.")]
    pub host_extend_path: Option<String>,
}

/// Table 4-245.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "自定义指标监控信息", en = "Custom metric (answer)")]
pub struct ComponentCustomMetricInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "采集路径", en = "Path")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "采集端口", en = "Port")]
    pub port: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "监控维度", en = "Dimensions")]
    pub dimensions: Option<String>,
}

/// Table 4-247.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "匹配条件信息", en = "Match expression (answer)")]
pub struct ComponentMatchExpressionInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签键", en = "Key")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "匹配条件", en = "Operator")]
    pub operation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签值", en = "Value")]
    pub value: Option<String>,
}

/// Table 4-246.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "亲和性规则信息", en = "Affinity rule (answer)")]
pub struct ComponentAffinityInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否必须满足", en = "Condition", help_zh = "required：必须满足；preferred：尽量满足。", help_en = "required or preferred.")]
    pub condition: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "亲和类型", en = "Kind", help_zh = "node：节点亲和；pod：pod亲和。", help_en = "node or pod.")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "亲和权重", en = "Weight")]
    pub weight: Option<i64>,
    /// Typed `String` in table 4-246: a list of expressions, as in the requests.
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "匹配条件", en = "Match expressions")]
    pub match_expressions: Option<Vec<ComponentMatchExpressionInfo>>,
}

/// `affinity` / `anti_affinity` in answers: the grouped object the service uses (SDK
/// `ComponentAffinity`), or the list of rules of the document's table 4-246. Decoding never
/// fails: anything else is kept as it came.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ComponentAffinitiesInfo {
    Grouped(ComponentAffinityGroups),
    Rules(Vec<ComponentAffinityInfo>),
    Other(serde_json::Value),
}

impl<'de> Deserialize<'de> for ComponentAffinitiesInfo {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::IntoDeserializer;
        let raw = serde_json::Value::deserialize(deserializer)?;
        let decoded = match &raw {
            serde_json::Value::Object(_) => ComponentAffinityGroups::deserialize(&raw).ok().map(Self::Grouped),
            serde_json::Value::Array(_) => {
                crate::lenient::vec::<_, ComponentAffinityInfo>(raw.clone().into_deserializer())
                    .ok()
                    .flatten()
                    .map(Self::Rules)
            }
            _ => None,
        };
        Ok(decoded.unwrap_or(Self::Other(raw)))
    }
}

impl Schema for ComponentAffinitiesInfo {
    const TYPE: &'static Type = <ComponentAffinityGroups as Schema>::TYPE;
}

/// Table 4-248.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件探针信息", en = "Probe (answer)")]
pub struct ComponentProbeInfo {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "类型", en = "Type", help_zh = "http、tcp、command。", help_en = "http, tcp or command.")]
    pub probe_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "延迟时间", en = "Initial delay")]
    pub delay: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "超时时间", en = "Timeout")]
    pub timeout: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "请求类型", en = "Scheme")]
    pub scheme: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机", en = "Host")]
    pub host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "端口", en = "Port")]
    pub port: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "请求路径", en = "Path")]
    pub path: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "命令", en = "Command")]
    pub command: Option<Vec<String>>,
}

/// Table 4-250, with the members the examples show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "关联资源参数信息", en = "Referenced resource parameters (answer)")]
pub struct ComponentReferResourceParametersInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "命名空间", en = "Namespace")]
    pub namespace: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群类型", en = "Cluster type", help_zh = "CCE集群类型（表中未列出）。", help_en = "Type of the CCE cluster (not in the table).")]
    pub cluster_type: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机", en = "Hosts", help_zh = "虚拟机部署使用的弹性云服务器ID。", help_en = "ECS hosts of a virtual-machine component.")]
    pub hosts: Option<Vec<String>>,
}

/// Table 4-249.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "关联资源信息", en = "Referenced resource (answer)")]
pub struct ComponentReferResourceInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源ID", en = "Resource ID")]
    pub id: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源类型", en = "Resource type", help_zh = "vpc、eip、elb、cce、ecs、as、cse、dcs、rds。", help_en = "vpc, eip, elb, cce, ecs, as, cse, dcs or rds.")]
    pub resource_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源参数", en = "Parameters")]
    pub parameters: Option<ComponentReferResourceParametersInfo>,
}

/// Answer of 4.3.7 (table 4-226).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件详情", en = "Component details")]
pub struct ComponentDetail {
    /// Not in table 4-226; the example has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件ID", en = "Component ID", read_only)]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "工作负载名称", en = "Workload name")]
    pub workload_name: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec")]
    #[schema(zh = "标签", en = "Labels")]
    pub labels: Option<Vec<LabelInfo>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "运行时", en = "Runtime stack")]
    pub runtime_stack: Option<ComponentRuntimeStackInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境ID", en = "Environment ID")]
    pub environment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Application ID")]
    pub application_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件来源", en = "Source")]
    pub source: Option<ComponentSourceInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件构建", en = "Build")]
    pub build: Option<ComponentBuildInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最大CPU限制", en = "CPU limit", help_zh = "单位为Core。", help_en = "In cores.")]
    pub limit_cpu: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最大内存限制", en = "Memory limit", help_zh = "单位为GiB。", help_en = "In GiB.")]
    pub limit_memory: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "申请CPU资源", en = "CPU request", help_zh = "单位为Core。", help_en = "In cores.")]
    pub request_cpu: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "申请内存资源", en = "Memory request", help_zh = "单位为GiB。", help_en = "In GiB.")]
    pub request_memory: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件版本号", en = "Version")]
    pub version: Option<String>,
    // Not in the document; service (SDK): swimlane_id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "泳道ID", en = "Swimlane ID")]
    pub swimlane_id: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境变量", en = "Environment variables")]
    pub envs: Option<Vec<ComponentEnvInfo>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例数", en = "Instances")]
    pub replica: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储", en = "Storages")]
    pub storages: Option<Vec<ComponentStorageInfo>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件部署", en = "Deploy strategy")]
    pub deploy_strategy: Option<ComponentDeployStrategyInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "启动命令", en = "Start command")]
    pub command: Option<ComponentCommand>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "启动后处理", en = "Post-start hook")]
    pub post_start: Option<ComponentLifecycleInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "停止前处理", en = "Pre-stop hook")]
    pub pre_stop: Option<ComponentLifecycleInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "服务网格接入", en = "Mesher")]
    pub mesher: Option<ComponentMesherInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "时区", en = "Time zone")]
    pub timezone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "JVM参数", en = "JVM options")]
    pub jvm_opts: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "Tomcat参数", en = "Tomcat options")]
    pub tomcat_opts: Option<ComponentTomcatOptsInfo>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机别名", en = "Host aliases")]
    pub host_aliases: Option<Vec<ComponentHostAliasInfo>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "DNS策略", en = "DNS policy", help_zh = "Default、ClusterFirst、ClusterFirstWithHostNet、None。", help_en = "Default, ClusterFirst, ClusterFirstWithHostNet or None.")]
    pub dns_policy: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "DNS配置", en = "DNS configuration")]
    pub dns_config: Option<ComponentDnsConfigInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "工作负载类型", en = "Workload kind", help_zh = "deployment：无状态；statefulset：有状态。", help_en = "deployment or statefulset.")]
    pub workload_kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "安全策略", en = "Security context")]
    pub security_context: Option<ComponentSecurityContextInfo>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "日志采集", en = "Log collection")]
    pub logs: Option<Vec<ComponentLogInfo>>,
    /// Table 4-226 spells it `custom_metrics`; the requests and the service `custom_metric`.
    #[serde(default, alias = "custom_metrics", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "自定义指标监控", en = "Custom metric")]
    pub custom_metric: Option<ComponentCustomMetricInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "亲和性", en = "Affinity")]
    pub affinity: Option<ComponentAffinitiesInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "反亲和性", en = "Anti-affinity")]
    pub anti_affinity: Option<ComponentAffinitiesInfo>,
    /// Typed `Array of objects` in table 4-226: one probe object, as in the requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存活探针", en = "Liveness probe")]
    pub liveness_probe: Option<ComponentProbeInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "业务探针", en = "Readiness probe")]
    pub readiness_probe: Option<ComponentProbeInfo>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "关联资源", en = "Referenced resources")]
    pub refer_resources: Option<Vec<ComponentReferResourceInfo>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件状态", en = "Status")]
    pub status: Option<ComponentStatus>,
}

// ---------------------------------------------------------------------------------------------
// 4.3.8 Actions
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件任务类型", en = "Action")]
pub enum ComponentActionType {
    #[serde(rename = "start")]
    #[schema(zh = "启动", en = "Start")]
    Start,
    #[serde(rename = "stop")]
    #[schema(zh = "停止", en = "Stop")]
    Stop,
    #[serde(rename = "restart")]
    #[schema(zh = "重启", en = "Restart")]
    Restart,
    #[serde(rename = "scale")]
    #[schema(zh = "伸缩", en = "Scale")]
    Scale,
    #[serde(rename = "rollback")]
    #[schema(zh = "回滚", en = "Roll back")]
    Rollback,
    #[serde(rename = "continue_deploy")]
    #[schema(zh = "继续部署", en = "Continue deployment")]
    ContinueDeploy,
    #[serde(rename = "check_gray_release")]
    #[schema(zh = "检查灰度规则", en = "Check gray release")]
    CheckGrayRelease,
    #[serde(rename = "modify_gray_rule")]
    #[schema(zh = "修改灰度规则", en = "Change gray rules")]
    ModifyGrayRule,
    /// Not in table 4-261: chapter 8.3 rolls a component back with it, and the service's SDK
    /// lists it.
    #[serde(rename = "rollback_current")]
    #[schema(zh = "回滚当前升级", en = "Roll back the current upgrade")]
    RollbackCurrent,
}

/// Table 4-262.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "任务参数", en = "Action parameters")]
pub struct ComponentActionParameters {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件实例数量", en = "Instances", help_zh = "组件实例数量。", help_en = "Number of instances (for scale).")]
    pub replica: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本号", en = "Version", help_zh = "版本号。", help_en = "Component version (for rollback).")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机ID列表", en = "Host IDs", help_zh = "hostID列表，当虚拟机部署组件伸缩时必选。", help_en = "Host IDs; required when scaling a virtual-machine component.")]
    pub hosts: Option<Vec<String>>,
}

/// Body of 4.3.8 (table 4-261).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "下发组件任务", en = "Component action")]
pub struct ComponentAction {
    #[schema(zh = "组件任务类型", en = "Action",
        help_zh = "start：启动；stop：停止；restart：重启；scale：伸缩；rollback：回滚；continue_deploy：继续部署；check_gray_release：检查灰度规则；modify_gray_rule：修改灰度规则；rollback_current：回滚当前升级。",
        help_en = "start, stop, restart, scale, rollback, continue_deploy (continue a paused deployment), check_gray_release, modify_gray_rule, rollback_current (roll back the running upgrade).")]
    pub action: ComponentActionType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务参数", en = "Parameters", help_zh = "任务参数。", help_en = "Settings of the action.")]
    pub parameters: Option<ComponentActionParameters>,
}

/// Answer of 4.3.8 (table 4-263).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件任务结果", en = "Action result")]
pub struct ComponentActionResult {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务ID", en = "Job ID")]
    pub job_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务状态", en = "Result", help_zh = "任务状态，例如：succeeded。", help_en = "State of the job, e.g. succeeded.")]
    pub result: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 4.3.9 Records
// ---------------------------------------------------------------------------------------------

/// Table 4-270.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "记录任务信息", en = "Record job info")]
pub struct ComponentRecordJobInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署类型", en = "Deploy type")]
    pub deploy_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件来源", en = "Source URL")]
    pub source_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "首次执行权重", en = "First batch weight")]
    pub first_batch_weight: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "首次部署组件实例", en = "First batch instances")]
    pub first_batch_replica: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "总实例", en = "Instances")]
    pub replica: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "剩余批次", en = "Remaining batches")]
    pub remaining_batch: Option<i64>,
}

/// Table 4-269.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "记录任务", en = "Record job")]
pub struct ComponentRecordJob {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "执行顺序", en = "Sequence")]
    pub sequence: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署类型", en = "Deploy type", help_zh = "OneBatchRelease：单批部署；RollingRelease：滚动部署；GrayRelease：灰度发布。", help_en = "OneBatchRelease, RollingRelease or GrayRelease.")]
    pub deploy_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务ID", en = "Job ID")]
    pub job_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务信息", en = "Job info")]
    pub job_info: Option<ComponentRecordJobInfo>,
}

/// Table 4-268.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件记录", en = "Component record")]
pub struct ComponentRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "开始时间", en = "Began")]
    pub begin_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "结束时间", en = "Ended")]
    pub end_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub description: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例ID", en = "Instance ID")]
    pub instance_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本号", en = "Version")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "当前使用", en = "In use", help_zh = "是否为当前使用的版本。", help_en = "Whether this is the version in use.")]
    pub current_used: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署类型", en = "Deploy type", help_zh = "OneBatchRelease：单批部署；RollingRelease：滚动部署；GrayRelease：灰度发布。", help_en = "OneBatchRelease, RollingRelease or GrayRelease.")]
    pub deploy_type: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务列表", en = "Jobs")]
    pub jobs: Option<Vec<ComponentRecordJob>>,
}

/// Answer of 4.3.9 (table 4-267).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件记录列表", en = "Component records")]
pub struct ComponentRecordList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "记录总数", en = "Total")]
    pub count: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "记录列表", en = "Records")]
    pub records: Option<Vec<ComponentRecord>>,
}

// ---------------------------------------------------------------------------------------------
// 4.3.10 Refresh, 4.3.11 Filter options
// ---------------------------------------------------------------------------------------------

/// Answer of 4.3.10 (table 4-273).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "刷新结果", en = "Refresh result")]
pub struct ComponentRefreshed {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "刷新结果", en = "Message", help_zh = "表示刷新成功，固定值：OK。", help_en = "OK when the refresh succeeded.")]
    pub message: Option<String>,
}

/// Tables 4-278 and 4-279: an application or environment components belong to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "筛选项", en = "Filter option")]
pub struct ComponentFilterItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "ID", en = "ID", help_zh = "应用ID或环境ID。", help_en = "Application or environment ID.")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "名称", en = "Name", help_zh = "应用名称或环境名称。", help_en = "Application or environment name.")]
    pub label: Option<String>,
}

/// Table 4-277.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件相关信息", en = "Component filter options")]
pub struct ComponentFilterOptionSet {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用信息", en = "Applications")]
    pub applications: Option<Vec<ComponentFilterItem>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目信息", en = "Enterprise projects", help_zh = "组件使用的企业项目ID列表。", help_en = "IDs of the enterprise projects components use.")]
    pub enterprise_projects: Option<Vec<String>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境信息", en = "Environments")]
    pub environments: Option<Vec<ComponentFilterItem>>,
}

/// Answer of 4.3.11 (table 4-276).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件相关配置信息", en = "Component filter options")]
pub struct ComponentFilterOptions {
    /// Table 4-276 types it `Array of objects`; the example (and the service) answer one object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件相关信息", en = "Filter options")]
    pub filter_options: Option<ComponentFilterOptionSet>,
}

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

/// Sort keys of the component lists and records; other values sort by `create_time`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "排序字段", en = "Sort by")]
pub enum ComponentOrderBy {
    #[serde(rename = "create_time")]
    #[schema(zh = "创建时间（默认）", en = "Creation time (default)")]
    CreateTime,
    #[serde(rename = "name")]
    #[schema(zh = "名称", en = "Name")]
    Name,
    #[serde(rename = "update_time")]
    #[schema(zh = "修改时间", en = "Update time")]
    UpdateTime,
}

/// Path parameters of the operations on an application's components (4.3.1–4.3.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ComponentsPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.application.list|applications|id|name", help_zh = "应用ID，可通过获取所有应用获取。", help_en = "Application ID, from the application list.")]
    pub application_id: String,
}

/// Parameters of 4.3.3 (tables 4-164, 4-165).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ListApplicationComponentsParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.application.list|applications|id|name", help_zh = "应用ID，可通过获取所有应用获取。", help_en = "Application ID, from the application list.")]
    pub application_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询个数", en = "Limit", min = 0, max = 100, help_zh = "查询个数，取值[0, 100]。", help_en = "Number of records to return, 0 to 100.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询偏移量", en = "Offset", min = 0, help_zh = "表示查询第n条数据后的结果。", help_en = "Skip this many records.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by",
        help_zh = "create_time：组件创建时间（默认）；name：组件名称；update_time：组件修改时间。其他值按默认字段排序。",
        help_en = "create_time (default), name or update_time; other values sort by the default.")]
    pub order_by: Option<ComponentOrderBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方式", en = "Sort order", help_zh = "desc：降序（默认）；asc：升序。", help_en = "desc (default) or asc.")]
    pub order: Option<SortOrder>,
}

/// Parameters of 4.3.4 (tables 4-175, 4-176).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ListComponentsParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询个数", en = "Limit", min = 0, max = 100, help_zh = "查询个数，取值[0, 100]。", help_en = "Number of records to return, 0 to 100.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询偏移量", en = "Offset", min = 0, help_zh = "表示查询第n条数据后的结果。", help_en = "Skip this many records.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by",
        help_zh = "create_time：组件创建时间（默认）；name：组件名称；update_time：组件修改时间。其他值按默认字段排序。",
        help_en = "create_time (default), name or update_time; other values sort by the default.")]
    pub order_by: Option<ComponentOrderBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方式", en = "Sort order", help_zh = "desc：降序（默认）；asc：升序。", help_en = "desc (default) or asc.")]
    pub order: Option<SortOrder>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// The table offers the applications of 4.3.11 (filter options) to choose from.
    #[schema(query, zh = "应用名称", en = "Application name", help_zh = "应用名称。", help_en = "Only components of this application.",
        choices = "servicestage.component.filter_options|filter_options.applications|label|label")]
    pub application_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "组件名称", en = "Component name", help_zh = "组件名称。", help_en = "Only components with this name.")]
    pub component_name: Option<String>,
}

/// Path parameters of the operations on one component (4.3.5, 4.3.6, 4.3.8, 4.3.10).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ComponentPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.application.list|applications|id|name", help_zh = "应用ID，可通过获取所有应用获取。", help_en = "Application ID, from the application list.")]
    pub application_id: String,
    #[schema(path, zh = "组件ID", en = "Component ID", choices = "servicestage.component.list_in_application?application_id=application_id|components|id|name", help_zh = "组件ID，可通过获取应用所有组件获取。", help_en = "Component ID, from the application's component list.")]
    pub component_id: String,
}

/// Parameters of 4.3.7 (tables 4-223, 4-224).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct GetComponentParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.application.list|applications|id|name", help_zh = "应用ID，可通过获取所有应用获取。", help_en = "Application ID, from the application list.")]
    pub application_id: String,
    #[schema(path, zh = "组件ID", en = "Component ID", choices = "servicestage.component.list_in_application?application_id=application_id|components|id|name", help_zh = "组件ID，可通过获取应用所有组件获取。", help_en = "Component ID, from the application's component list.")]
    pub component_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "组件版本号", en = "Version",
        help_zh = "组件版本号，可通过获取应用所有组件获取。携带时响应中返回source.commit_id。",
        help_en = "Component version, from the component list; with it the answer includes source.commit_id.")]
    pub version: Option<String>,
}

/// Parameters of 4.3.9 (tables 4-264, 4-265).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ListComponentRecordsParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.application.list|applications|id|name", help_zh = "应用ID，可通过获取所有应用获取。", help_en = "Application ID, from the application list.")]
    pub application_id: String,
    #[schema(path, zh = "组件ID", en = "Component ID", choices = "servicestage.component.list_in_application?application_id=application_id|components|id|name", help_zh = "组件ID，可通过获取应用所有组件获取。", help_en = "Component ID, from the application's component list.")]
    pub component_id: String,
    /// Typed `String` in table 4-265; a count like the other lists' `limit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "指定个数", en = "Limit", min = 0, max = 100, help_zh = "指定个数，取值[0, 100]。", help_en = "Number of records to return, 0 to 100.")]
    pub limit: Option<i64>,
    /// Typed `String` in table 4-265; a count like the other lists' `offset`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "指定偏移量", en = "Offset", min = 0, help_zh = "指定偏移量。", help_en = "Skip this many records.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by", help_zh = "默认按创建时间排序，支持create_time、name、update_time。", help_en = "create_time (default), name or update_time.")]
    pub order_by: Option<ComponentOrderBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方式", en = "Sort order", help_zh = "desc：降序（默认）；asc：升序。", help_en = "desc (default) or asc.")]
    pub order: Option<SortOrder>,
}

crate::operations! {
    service: ServiceStage;

    /// 4.3.1 应用中创建组件.
    CreateComponentOp {
        doc_ref: "servicestage:4.3.1",
        id: "servicestage.component.create",
        title: ("应用中创建组件", "Create a component in an application"),
        Post "/v3/{project_id}/cas/applications/{application_id}/components",
        kind: Create,
        params: ComponentsPath,
        body: CreateComponent,
        response: ComponentCreated,
        status: 200,
    }

    /// 4.3.2 应用中导入 CCE 工作负载创建组件 (same method and path as 4.3.1).
    ImportComponentOp {
        doc_ref: "servicestage:4.3.2",
        id: "servicestage.component.import_cce",
        title: ("应用中导入CCE工作负载创建组件", "Import a CCE workload as a component"),
        Post "/v3/{project_id}/cas/applications/{application_id}/components",
        kind: Create,
        params: ComponentsPath,
        body: ImportComponent,
        response: ComponentImported,
        status: 200,
    }

    /// 4.3.3 获取应用所有组件.
    ListApplicationComponentsOp {
        doc_ref: "servicestage:4.3.3",
        id: "servicestage.component.list_in_application",
        title: ("获取应用所有组件", "List an application's components"),
        Get "/v3/{project_id}/cas/applications/{application_id}/components",
        kind: List,
        params: ListApplicationComponentsParams,
        response: ComponentList,
        status: 200,
    }

    /// 4.3.4 获取所有组件.
    ListComponentsOp {
        doc_ref: "servicestage:4.3.4",
        id: "servicestage.component.list",
        title: ("获取所有组件", "List all components"),
        Get "/v3/{project_id}/cas/components",
        kind: List,
        params: ListComponentsParams,
        response: ComponentList,
        status: 200,
    }

    /// 4.3.5 根据组件 ID 修改组件信息.
    UpdateComponentOp {
        doc_ref: "servicestage:4.3.5",
        id: "servicestage.component.update",
        title: ("根据组件ID修改组件信息", "Update a component"),
        Put "/v3/{project_id}/cas/applications/{application_id}/components/{component_id}",
        kind: Update,
        params: ComponentPath,
        body: UpdateComponent,
        response: ComponentJob,
        status: 200,
    }

    /// 4.3.6 根据组件 ID 删除组件 (documented without an answer body).
    DeleteComponentOp {
        doc_ref: "servicestage:4.3.6",
        id: "servicestage.component.delete",
        title: ("根据组件ID删除组件", "Delete a component"),
        Delete "/v3/{project_id}/cas/applications/{application_id}/components/{component_id}",
        kind: Delete,
        params: ComponentPath,
        status: 200,
    }

    /// 4.3.7 根据组件 ID 获取组件信息.
    GetComponentOp {
        doc_ref: "servicestage:4.3.7",
        id: "servicestage.component.get",
        title: ("根据组件ID获取组件信息", "Get a component"),
        Get "/v3/{project_id}/cas/applications/{application_id}/components/{component_id}",
        kind: Get,
        params: GetComponentParams,
        response: ComponentDetail,
        status: 200,
    }

    /// 4.3.8 根据组件 ID 下发组件任务.
    ComponentActionOp {
        doc_ref: "servicestage:4.3.8",
        id: "servicestage.component.action",
        title: ("根据组件ID下发组件任务", "Run an action on a component"),
        Post "/v3/{project_id}/cas/applications/{application_id}/components/{component_id}/action",
        kind: Action,
        params: ComponentPath,
        body: ComponentAction,
        response: ComponentActionResult,
        status: 200,
    }

    /// 4.3.9 根据组件 ID 获取记录.
    ListComponentRecordsOp {
        doc_ref: "servicestage:4.3.9",
        id: "servicestage.component.records",
        title: ("根据组件ID获取记录", "List a component's deployment records"),
        Get "/v3/{project_id}/cas/applications/{application_id}/components/{component_id}/records",
        kind: List,
        params: ListComponentRecordsParams,
        response: ComponentRecordList,
        status: 200,
    }

    /// 4.3.10 根据组件 ID 刷新组件信息.
    RefreshComponentOp {
        doc_ref: "servicestage:4.3.10",
        id: "servicestage.component.refresh",
        title: ("根据组件ID刷新组件信息", "Refresh a component's status and accesses"),
        Put "/v3/{project_id}/cas/applications/{application_id}/components/{component_id}/refresh",
        kind: Action,
        params: ComponentPath,
        response: ComponentRefreshed,
        status: 200,
    }

    /// 4.3.11 获取组件相关配置信息.
    ComponentFilterOptionsOp {
        doc_ref: "servicestage:4.3.11",
        id: "servicestage.component.filter_options",
        title: ("获取组件相关配置信息", "Get the applications, environments and enterprise projects of components"),
        Get "/v3/{project_id}/cas/components/filterOptions",
        kind: Action,
        params: ProjectPath,
        response: ComponentFilterOptions,
        status: 200,
    }
}
