//! The bodies of deploying (12.1.5.1), changing (12.1.5.4) and acting on (12.1.5.3) a v2
//! instance: its artifacts, resources, configuration and actions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::application::EnvVar;
use crate::schema::Schema;

/// A deployable in the body of 12.1.5.1 and 12.1.5.4 (tables 12-151, 12-174).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "部署件", en = "Artifact")]
pub struct Artifact {
    #[schema(zh = "存储方式", en = "Storage", min_len = 1, help_zh = "swr（软件仓库或镜像仓库）、obs（对象存储）或codearts（软件发布库）。", help_en = "swr (SoftWare Repository), obs (Object Storage) or codearts (CodeArts Release).", example = "obs")]
    pub storage: String,
    #[serde(rename = "type")]
    #[schema(zh = "类别", en = "Type", min_len = 1, help_zh = "虚拟机部署支持package；容器部署支持package、image。", help_en = "package for virtual machines; package or image for containers.", example = "package")]
    pub artifact_type: String,
    #[schema(zh = "地址", en = "URL", min_len = 1, help_zh = "软件包或镜像地址；容器部署也可填“组件名:v${index}”，表示使用组件来源自动构建的镜像。", help_en = "The package or image; for containers also “component-name:v${index}”, the image built from the component's source.")]
    pub url: String,
    #[schema(zh = "认证方式", en = "Authentication", min_len = 1, help_zh = "iam或none，默认为iam。", help_en = "iam or none (iam by default).", example = "iam")]
    pub auth: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本号", en = "Version", help_zh = "版本号。", help_en = "Version of the artifact.")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "属性", en = "Properties", help_zh = "对象存储obs时为endpoint、bucket、key。", help_en = "For OBS: endpoint, bucket and key.")]
    pub properties: Option<BTreeMap<String, serde_json::Value>>,
}

/// An external access in a request (tables 12-152, 12-175).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "外网访问", en = "External access")]
pub struct ExternalAccess {
    #[schema(zh = "协议", en = "Protocol", min_len = 1, help_zh = "http或https。", help_en = "http or https.", example = "http")]
    pub protocol: String,
    #[schema(zh = "访问地址", en = "Address", min_len = 1, help_zh = "例如：www.example.com。", help_en = "E.g. www.example.com.")]
    pub address: String,
    #[schema(zh = "端口号", en = "Port", min = 1, max = 65535, help_zh = "应用组件进程监听端口。", help_en = "The port the component listens on.")]
    pub forward_port: i64,
}

/// A resource an instance is deployed with (tables 12-153, 12-176; SDK `ReferResourceCreate`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "部署资源", en = "Deployment resource")]
pub struct ReferResource {
    #[schema(zh = "资源ID", en = "Resource ID", min_len = 1, help_zh = "资源ID；类型为ecs时固定为Default。", help_en = "ID of the resource; Default for ecs.",
        example = "b6862a62-d916-11e9-bdf1-0255ac101fd9")]
    pub id: String,
    #[serde(rename = "type")]
    #[schema(zh = "资源类型", en = "Resource type", min_len = 1, help_zh = "基础资源：cce、ecs、as；可选资源：rds、dcs、elb、cse等。", help_en = "Base: cce, ecs, as; optional: rds, dcs, elb, cse and others.", example = "cce")]
    pub resource_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用别名", en = "Alias", help_zh = "仅dcs：distributed_session、distributed_cache或两者（默认两者）。", help_en = "dcs only: distributed_session, distributed_cache or both (the default).")]
    pub refer_alias: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引用资源参数", en = "Parameters", help_zh = "类型为cce时必填命名空间，如{\"namespace\": \"default\"}；类型为ecs时必填主机，如{\"hosts\": [\"…\"]}。", help_en = "Required for cce: the namespace, e.g. {\"namespace\": \"default\"}; for ecs: the hosts, e.g. {\"hosts\": [\"…\"]}.")]
    pub parameters: Option<BTreeMap<String, serde_json::Value>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "升级策略", en = "Upgrade strategy")]
pub enum Upgrade {
    #[serde(rename = "RollingUpdate")]
    #[schema(zh = "滚动升级（默认）", en = "Rolling update (default)")]
    RollingUpdate,
    #[serde(rename = "Recreate")]
    #[schema(zh = "替换升级", en = "Recreate")]
    Recreate,
}

/// `strategy` (table 12-137).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "升级策略", en = "Strategy")]
pub struct Strategy {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "升级方式", en = "Upgrade", help_zh = "默认为RollingUpdate。", help_en = "RollingUpdate unless said otherwise.")]
    pub upgrade: Option<Upgrade>,
}

/// `lifecycle` (tables 12-138, 12-146 to 12-148): the keys are written with `-`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "生命周期", en = "Lifecycle")]
pub struct Lifecycle {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "启动命令", en = "Entrypoint", help_zh = "{\"command\": [...], \"args\": [...]}。", help_en = "{\"command\": [...], \"args\": [...]}.")]
    pub entrypoint: Option<serde_json::Value>,
    #[serde(rename = "post-start", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "启动后处理", en = "Post-start", help_zh = "{\"type\": \"command\"或\"http\", \"parameters\": {command, host, port, path}}。", help_en = "{\"type\": \"command\" or \"http\", \"parameters\": {command, host, port, path}}.")]
    pub post_start: Option<serde_json::Value>,
    #[serde(rename = "pre-stop", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "停止前处理", en = "Pre-stop", help_zh = "与启动后处理相同的结构。", help_en = "Shaped like post-start.")]
    pub pre_stop: Option<serde_json::Value>,
}

/// `affinity` and `anti-affinity` (table 12-145).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "亲和性", en = "Affinity")]
pub struct Affinity {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "可用区", en = "Availability zones", help_zh = "AZ名称列表。", help_en = "Names of availability zones.")]
    pub az: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "节点", en = "Nodes", help_zh = "节点私有IP列表。", help_en = "Private IPs of nodes.")]
    pub node: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件实例", en = "Instances", help_zh = "组件实例名列表。", help_en = "Names of component instances.")]
    pub application: Option<Vec<String>>,
}

/// `scheduler` (table 12-139).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "调度策略", en = "Scheduling")]
pub struct Scheduler {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "亲和性", en = "Affinity")]
    pub affinity: Option<Affinity>,
    #[serde(rename = "anti-affinity", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "反亲和性", en = "Anti-affinity")]
    pub anti_affinity: Option<Affinity>,
}

/// `configuration` of 12.1.5.1 and 12.1.5.4 (table 12-134). Storage, probes and container
/// details are free-form: the document's tables for them (12-136, 12-140 to 12-144,
/// 12-149, 12-150, 12-154 to 12-156) are sketchy and the SDK types them as plain objects.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "实例配置", en = "Instance configuration")]
pub struct Configuration {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境变量", en = "Environment variables")]
    pub env: Option<Vec<EnvVar>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "数据存储", en = "Storage", help_zh = "每项为{type: HostPath|EmptyDir|ConfigMap|Secret|PersistentVolumeClaim, parameters, mounts: [{path, subPath, readOnly}]}。", help_en = "Each {type: HostPath|EmptyDir|ConfigMap|Secret|PersistentVolumeClaim, parameters, mounts: [{path, subPath, readOnly}]}.")]
    pub storage: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "升级策略", en = "Strategy")]
    pub strategy: Option<Strategy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "生命周期", en = "Lifecycle")]
    pub lifecycle: Option<Lifecycle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "调度策略", en = "Scheduling")]
    pub scheduler: Option<Scheduler>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "健康检查", en = "Probes", help_zh = "{livenessProbe, readinessProbe}，每项为{type: http|tcp|command, parameters, delay, timeout}。", help_en = "{livenessProbe, readinessProbe}, each {type: http|tcp|command, parameters, delay, timeout}.")]
    pub probes: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "容器信息", en = "Containers", help_zh = "{type: deployment|statefulset, containers: [{name, size, env, storage, lifecycle, probes}]}。", help_en = "{type: deployment|statefulset, containers: [{name, size, env, storage, lifecycle, probes}]}.")]
    pub container_spec: Option<serde_json::Value>,
}

/// Body of 12.1.5.1 (table 12-133; SDK `InstanceCreate`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建组件实例", en = "Create instance (v2)")]
pub struct CreateInstance {
    #[schema(zh = "实例名称", en = "Name", min_len = 2, max_len = 63, pattern = "^[a-z][a-z0-9-]*[a-z0-9]$",
        help_zh = "由小写英文字母、数字、中划线(-)组成，并以小写英文字母开头，小写英文字母或者数字结尾，长度为2~63个字符。",
        help_en = "Lower-case letters, digits or hyphens (-); starts with a lower-case letter and ends with a lower-case letter or digit; 2 to 63 characters.",
        example = "component-instance-name")]
    pub name: String,
    #[schema(zh = "环境ID", en = "Environment ID", choices = "servicestage.v2_environment.list|environments|id|name",
        help_zh = "部署到的环境。", help_en = "The v2 environment to deploy into.")]
    pub environment_id: String,
    #[schema(zh = "资源规格", en = "Flavor", min_len = 1, choices = "servicestage.v2_flavor.list|flavors|flavor_id|label",
        help_zh = "预定义规格，或自定义规格CUSTOM-xxG:xxm-xxm:xxGi-xxGi（存储:CPU限制-CPU初始:内存限制-内存初始）。", help_en = "A predefined flavor, or a custom one CUSTOM-xxG:xxm-xxm:xxGi-xxGi (storage:CPU limit-request:memory limit-request).",
        example = "MICRO-5G:0.5C:1G")]
    pub flavor_id: String,
    #[schema(zh = "实例副本数", en = "Replicas", min = 0, help_zh = "实例副本数。", help_en = "Number of replicas.", example = "1")]
    pub replica: i64,
    // document: required, "unless the component's source names a package" (table 12-133);
    // service (SDK InstanceCreate): always sent. Optional here, the condition said in the help.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署件", en = "Artifacts", help_zh = "key为组件名，Docker多容器场景为容器名。组件来源指定了软件包时可不填，默认继承组件的来源；否则必填。", help_en = "Keyed by component name (container name for multi-container Docker). Needed unless the component's source names a package, which is then used.")]
    pub artifacts: Option<BTreeMap<String, Artifact>>,
    // document: String; 12.1.5.1's example sends the number 1 (fixed in the example).
    #[schema(zh = "版本号", en = "Version", min_len = 1, help_zh = "满足版本语义，如1.0.0。", help_en = "A semantic version such as 1.0.0.", example = "1.0.0")]
    pub version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置", en = "Configuration", help_zh = "环境变量、部署配置、运维监控等，默认空。", help_en = "Environment variables, deployment and monitoring settings; empty by default.")]
    pub configuration: Option<Configuration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description", max_len = 128, help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "外网访问", en = "External access")]
    pub external_accesses: Option<Vec<ExternalAccess>>,
    #[schema(zh = "部署资源", en = "Deployment resources", help_zh = "环境中的资源：cce需指定命名空间，ecs需指定主机。", help_en = "Resources of the environment: cce with its namespace, ecs with its hosts.")]
    pub refer_resources: Vec<ReferResource>,
}

/// Body of 12.1.5.4 (table 12-173; SDK `InstanceModify`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改组件实例", en = "Update instance (v2)")]
pub struct UpdateInstance {
    #[schema(zh = "版本号", en = "Version", min_len = 1, help_zh = "满足版本语义，如1.0.1。", help_en = "A semantic version such as 1.0.1.", example = "1.0.1")]
    pub version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源规格", en = "Flavor", choices = "servicestage.v2_flavor.list|flavors|flavor_id|label",
        help_zh = "预定义规格，或自定义规格CUSTOM-xxG:xxm-xxm:xxGi-xxGi。", help_en = "A predefined flavor, or a custom one CUSTOM-xxG:xxm-xxm:xxGi-xxGi.")]
    pub flavor_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署件", en = "Artifacts", help_zh = "key为组件名，Docker多容器场景为容器名。", help_en = "Keyed by component name (container name for multi-container Docker).")]
    pub artifacts: Option<BTreeMap<String, Artifact>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置", en = "Configuration")]
    pub configuration: Option<Configuration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description", max_len = 128, help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "外网访问", en = "External access")]
    pub external_accesses: Option<Vec<ExternalAccess>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署资源", en = "Deployment resources")]
    pub refer_resources: Option<Vec<ReferResource>>,
}

/// `action` of 12.1.5.3 (SDK `InstanceActionType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "操作", en = "Action")]
pub enum ActionType {
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
}

/// `parameters` of 12.1.5.3 (table 12-169; SDK `InstanceActionParameters`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "操作参数", en = "Action parameters")]
pub struct ActionParameters {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例数", en = "Replicas", min = 0, help_zh = "伸缩（scale）时必填。", help_en = "Needed to scale.")]
    pub replica: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "ECS主机", en = "ECS hosts", help_zh = "虚拟机部署伸缩时部署的ECS ID列表。", help_en = "For virtual machines: the ECSs to scale onto.")]
    pub hosts: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本号", en = "Version", help_zh = "回滚（rollback）时必填，从实例快照中选择。", help_en = "Needed to roll back: a version from the instance's snapshots.")]
    pub version: Option<String>,
}

/// Body of 12.1.5.3 (table 12-168; SDK `InstanceAction`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "实例操作", en = "Instance action")]
pub struct InstanceAction {
    #[schema(zh = "操作", en = "Action", help_zh = "start、stop、restart、scale或rollback（回滚到快照中的版本）。", help_en = "start, stop, restart, scale, or rollback (to a version of the snapshots).")]
    pub action: ActionType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "操作参数", en = "Parameters", help_zh = "scale和rollback时必填。", help_en = "Needed for scale and rollback.")]
    pub parameters: Option<ActionParameters>,
}
