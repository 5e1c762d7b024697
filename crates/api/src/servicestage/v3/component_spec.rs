//! The nested objects of a component's specification (document section 4.3, tables 4-124 to
//! 4-154 for creating, 4-189 to 4-219 for changing): runtime stack, source, build, storages,
//! deployment strategy, lifecycle hooks, mesher, Tomcat, host aliases, DNS, security context,
//! logs, custom metric, (anti-)affinity, probes, referenced resources and external accesses.
//!
//! These are the request-side models (enums for documented values, documented constraints).
//! Their response-side counterparts, where every field is optional and enumerations stay
//! strings, live in [`super::component`].
//!
//! Where the document's own examples send values the tables do not allow (an empty object for
//! a probe, a string for an integer, an affinity object instead of a list), the Rust types are
//! lenient so the documented bodies decode, while the schema metadata keeps the table's rules:
//! the console's validator still asks for what the tables require.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::schema::{Schema, Type};

/// Component names: letters, digits, `-` or `_`, starting with a letter and ending with a
/// letter or digit, 2–64 characters.
pub const COMPONENT_NAME_PATTERN: &str = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$";

/// Component versions. The tables render the rule as `^([0-9]+)(.[0-9]+){2,3}$` (4.3.1 even
/// as `^[0-9]+.[0-9]+{2,3}\$`): three or four dot-separated numbers such as `2023.1102.17105`;
/// the unescaped dot is the PDF's, the examples all use dots.
pub const COMPONENT_VERSION_PATTERN: &str = "^[0-9]+(\\.[0-9]+){2,3}$";

// ---------------------------------------------------------------------------------------------
// Lenient scalars
// ---------------------------------------------------------------------------------------------

/// An integer the service also accepts as a decimal string: chapter 8.3's update example sends
/// `"batches": "1"`. It keeps the form it was decoded from, so documented bodies re-encode
/// unchanged; its schema is the documented `Integer`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum LenientInt {
    Int(i64),
    Text(String),
}

impl LenientInt {
    /// The value as a number (`None` for a string that is not one).
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            LenientInt::Int(n) => Some(*n),
            LenientInt::Text(s) => s.trim().parse().ok(),
        }
    }
}

impl From<i64> for LenientInt {
    fn from(n: i64) -> Self {
        LenientInt::Int(n)
    }
}

impl Schema for LenientInt {
    const TYPE: &'static Type = &Type::Integer;
}

// ---------------------------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------------------------

/// A component label (tables 4-124, 4-159, 4-189). Unlike environment labels
/// ([`crate::servicestage::common::Label`]), a component label's value may be 0–43 characters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件标签", en = "Component label")]
pub struct ComponentLabel {
    #[schema(zh = "标签名称", en = "Key", min_len = 1, max_len = 36,
        pattern = "^[A-Za-z0-9_\\u{4E00}-\\u{9FA5}-]+$",
        help_zh = "1到36个字符，只能包含数字、英文字母、下划线（_）、中划线（-）或中文。不能是系统内置的app、casid或version，否则创建并部署组件时报错。",
        help_en = "1 to 36 characters: digits, letters, underscores (_), hyphens (-) or Chinese characters. Must not be one of the built-in keys app, casid or version, or creating and deploying the component fails.",
        example = "com-key")]
    pub key: String,
    #[schema(zh = "标签值", en = "Value", max_len = 43,
        pattern = "^[A-Za-z0-9_.\\u{4E00}-\\u{9FA5}-]*$",
        help_zh = "0到43个字符，只能包含数字、英文字母、下划线（_）、点（.）、中划线（-）或中文。",
        help_en = "0 to 43 characters: digits, letters, underscores (_), dots (.), hyphens (-) or Chinese characters.",
        example = "com-value")]
    pub value: String,
}

// ---------------------------------------------------------------------------------------------
// Runtime stack
// ---------------------------------------------------------------------------------------------

/// Technology stack types (tables 4-150, 4-215).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "技术栈类型", en = "Stack type")]
pub enum ComponentStackType {
    #[serde(rename = "Java")]
    #[schema(zh = "Java（虚拟机和容器部署）", en = "Java (virtual machines and containers)")]
    Java,
    #[serde(rename = "Tomcat")]
    #[schema(zh = "Tomcat（虚拟机和容器部署）", en = "Tomcat (virtual machines and containers)")]
    Tomcat,
    #[serde(rename = "Nodejs")]
    #[schema(zh = "Node.js（虚拟机和容器部署）", en = "Node.js (virtual machines and containers)")]
    Nodejs,
    #[serde(rename = "Php")]
    #[schema(zh = "PHP（仅容器部署）", en = "PHP (containers only)")]
    Php,
    #[serde(rename = "Docker")]
    #[schema(zh = "Docker（仅容器部署）", en = "Docker (containers only)")]
    Docker,
    #[serde(rename = "Python")]
    #[schema(zh = "Python（仅容器部署）", en = "Python (containers only)")]
    Python,
}

/// How a component is deployed (tables 4-150, 4-215).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "部署模式", en = "Deploy mode")]
pub enum ComponentDeployMode {
    #[serde(rename = "container")]
    #[schema(zh = "容器部署", en = "Containers")]
    Container,
    #[serde(rename = "virtualmachine")]
    #[schema(zh = "虚拟机部署", en = "Virtual machines")]
    VirtualMachine,
}

/// Table 4-150 (4-215): the runtime stack a component runs on, as listed by the runtime-stack
/// query (4.4.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "运行时栈", en = "Runtime stack")]
pub struct ComponentRuntimeStack {
    #[schema(zh = "技术栈名称", en = "Stack name", help_zh = "技术栈名称，例如：OpenJDK8。选择后类型和版本随之填入。", help_en = "Name of the stack, e.g. OpenJDK8. Picking one also fills in its type and version.",
        example = "OpenJDK8", choices = "servicestage.runtime_stack.list|runtime_stacks|name|name|type:type,version:version")]
    pub name: String,
    #[serde(rename = "type")]
    #[schema(zh = "技术栈类型", en = "Stack type",
        help_zh = "支持Java、Tomcat、Nodejs、Php、Docker、Python。虚拟机部署时仅支持Java、Tomcat、Nodejs；容器部署支持全部类型。",
        help_en = "Java, Tomcat, Nodejs, Php, Docker or Python. Virtual-machine deployment supports only Java, Tomcat and Nodejs; container deployment supports all.")]
    pub stack_type: ComponentStackType,
    /// Always sent. document: required (table 4-150), yet the Docker examples (4.3.2, 8.3)
    /// send `""`; service (SDK RuntimeStack): required. Required, and `min_len = 0` tells the
    /// validator that the empty string is a value here.
    #[schema(zh = "技术栈版本", en = "Stack version", min_len = 0,
        help_zh = "技术栈版本，例如：1.2.0。Docker技术栈可为空字符串。",
        help_en = "Version of the stack, e.g. 1.2.0; empty for the Docker stack.",
        example = "1.2.0")]
    pub version: String,
    #[schema(zh = "部署模式", en = "Deploy mode",
        help_zh = "container：容器部署；virtualmachine：虚拟机部署。",
        help_en = "container: deployed in containers; virtualmachine: deployed on virtual machines.")]
    pub deploy_mode: ComponentDeployMode,
}

// ---------------------------------------------------------------------------------------------
// Source and build
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件来源类型", en = "Source kind")]
pub enum ComponentSourceKind {
    #[serde(rename = "code")]
    #[schema(zh = "源码", en = "Source code")]
    Code,
    #[serde(rename = "package")]
    #[schema(zh = "软件包", en = "Software package")]
    Package,
    #[serde(rename = "image")]
    #[schema(zh = "镜像包", en = "Container image")]
    Image,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "存储方式", en = "Storage")]
pub enum ComponentSourceStorage {
    #[serde(rename = "swr")]
    #[schema(zh = "镜像仓库或软件仓库（SWR）", en = "Image or software repository (SWR)")]
    Swr,
    #[serde(rename = "codearts")]
    #[schema(zh = "软件开发生产线CodeArts", en = "CodeArts")]
    CodeArts,
    #[serde(rename = "obs")]
    #[schema(zh = "对象存储OBS", en = "Object Storage Service (OBS)")]
    Obs,
    // document: swr, codearts, obs; service (SDK SourceObject.storage): obs, swr, devcloud
    // (CodeArts' former name). Both are offered and sent as chosen.
    #[serde(rename = "devcloud")]
    #[schema(zh = "软件开发平台DevCloud（CodeArts旧称）", en = "DevCloud (CodeArts' former name)")]
    DevCloud,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "认证方式", en = "Authentication")]
pub enum ComponentSourceAuth {
    #[serde(rename = "iam")]
    #[schema(zh = "IAM认证（默认）", en = "IAM (default)")]
    Iam,
    #[serde(rename = "none")]
    #[schema(zh = "不认证", en = "None")]
    None,
}

/// Table 4-151 (4-216): where the component's code, package or image comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件来源", en = "Component source")]
pub struct ComponentSource {
    #[schema(zh = "组件来源类型", en = "Source kind",
        help_zh = "code：源码；package：软件包；image：镜像包。",
        help_en = "code: source code; package: software package; image: container image.")]
    pub kind: ComponentSourceKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本号", en = "Version", help_zh = "版本号。", help_en = "Version of the package or image.")]
    pub version: Option<String>,
    /// Also needed for `kind=image`; `required_if` holds one value only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "包地址", en = "Package URL", required_if = "kind=package",
        help_zh = "软件包或镜像地址，类型为package和image时需要添加。",
        help_en = "Address of the package or image; needed when kind is package or image.",
        example = "obs://bucket0001/weather-1.0.0.jar")]
    pub url: Option<String>,
    /// Also needed for `kind=image`; `required_if` holds one value only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储方式", en = "Storage", required_if = "kind=package",
        help_zh = "支持镜像仓库swr、软件仓库swr、软件开发生产线codearts和对象存储obs，类型为package和image时需要添加。",
        help_en = "swr (image or software repository), codearts (CodeArts) or obs (Object Storage Service); needed when kind is package or image.")]
    pub storage: Option<ComponentSourceStorage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "认证方式", en = "Authentication", help_zh = "支持iam、none，默认是iam。", help_en = "iam or none; iam by default.")]
    pub auth: Option<ComponentSourceAuth>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "授权名称", en = "Repository authorization",
        choices = "servicestage.git_authorization.list|authorizations|name|name",
        help_zh = "授权名称，在仓库授权列表获取。", help_en = "Name of a repository authorization, from the list of repository authorizations.")]
    pub repo_auth: Option<String>,
    /// Table 4-151 spells it `repo_name_space`; table 4-216 and every answer `repo_namespace`.
    #[serde(default, alias = "repo_name_space", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码仓库命名空间", en = "Repository namespace",
        choices = "servicestage.git_namespace.list?X-Repo-Auth=repo_auth|namespaces|name|name", help_zh = "代码仓库命名空间。", help_en = "Namespace (organization) of the code repository.")]
    pub repo_namespace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码分支或Tag", en = "Branch or tag", help_zh = "代码分支或者Tag，默认是master。", help_en = "Branch or tag of the code; master by default.",
        example = "master")]
    pub repo_ref: Option<String>,
    /// Documented as `GitHub`, `BitBucket`, `GitLab`, while the repository-authorization
    /// sections use lower case (`github`): kept a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码仓类型", en = "Repository type", help_zh = "代码仓类型，支持GitHub、BitBucket、GitLab。", help_en = "GitHub, BitBucket or GitLab.",
        example = "GitHub")]
    pub repo_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码跳转链接", en = "Web URL", help_zh = "代码跳转链接，例如：https://github.com/example/demo.git。", help_en = "Link to the repository's web page, e.g. https://github.com/example/demo.git.")]
    pub web_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    // Picked among the namespace's projects by name; the web link is the same address.
    #[schema(zh = "代码仓URL", en = "Repository URL",
        choices = "servicestage.git_project.list?X-Repo-Auth=repo_auth&namespace=repo_namespace|projects|clone_url|name|web_url:clone_url", help_zh = "代码仓url，例如：https://github.com/example/demo.git。", help_en = "Clone URL of the repository, e.g. https://github.com/example/demo.git.")]
    pub repo_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "提交ID", en = "Commit ID", min_len = 8, max_len = 40, pattern = "^[a-z0-9].*$",
        help_zh = "代码仓库中每次提交的唯一标识符，用于识别和引用特定的提交。长度为8到40个字符，以小写字母或数字开头。",
        help_en = "Identifier of one commit in the repository. 8 to 40 characters, starting with a lowercase letter or a digit.")]
    pub commit_id: Option<String>,
}

/// Table 4-153 (4-218): parameters of a new build. The table types the parent field as
/// `Map<String, Object>` but lists these members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "构建参数", en = "Build parameters")]
pub struct ComponentBuildParameters {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "编译命令", en = "Build command",
        help_zh = "编译命令。默认：根目录存在build.sh时为./build.sh；否则按运行系统，Java和Tomcat为mvn clean package，Nodejs为npm build。",
        help_en = "Build command. Default: ./build.sh when the root has build.sh; otherwise by stack: mvn clean package for Java and Tomcat, npm build for Node.js.")]
    pub build_cmd: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "Dockerfile地址", en = "Dockerfile path", help_zh = "dockerfile地址，默认是根目录./。", help_en = "Path of the Dockerfile; the root ./ by default.")]
    pub dockerfile_path: Option<String>,
    /// 4.3.7's answer spells it `artifact_name_space`; both request tables `artifact_namespace`.
    #[serde(default, alias = "artifact_name_space", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建归档组织", en = "Artifact organization", help_zh = "构建归档组织，默认cas_{project_id}。", help_en = "Organization the build archives to; cas_{project_id} by default.")]
    pub artifact_namespace: Option<String>,
    #[schema(zh = "构建集群ID", en = "Build cluster ID", choices = "cce.cluster.list|items|metadata.uid|metadata.name", help_zh = "指定构建集群的id。", help_en = "ID of the cluster that runs the build.")]
    pub cluster_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "节点标签选择器", en = "Node label selector", help_zh = "key是标签的键，value是标签的值。", help_en = "Build-node labels: keys are label keys, values label values.")]
    pub node_label_selector: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境ID", en = "Environment ID", help_zh = "构建所用的环境。", help_en = "Environment the build runs in.", choices = "servicestage.environment.list|environments|id|name")]
    pub environment_id: Option<String>,
}

/// Table 4-152 (4-217): how the component is built.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件构建", en = "Component build")]
pub struct ComponentBuild {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建参数", en = "Parameters", help_zh = "只有在没有ID、新创建构建时提供。", help_en = "Given only when a new build is created (no build ID).")]
    pub parameters: Option<ComponentBuildParameters>,
}

// ---------------------------------------------------------------------------------------------
// Environment variables
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "引用类型", en = "Reference type")]
pub enum ComponentEnvReferenceType {
    #[serde(rename = "configMapKey")]
    #[schema(zh = "配置项导入", en = "From a ConfigMap key")]
    ConfigMapKey,
    #[serde(rename = "secretKey")]
    #[schema(zh = "密钥导入", en = "From a Secret key")]
    SecretKey,
}

/// Table 4-149 (4-214).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "变量引用", en = "Variable reference")]
pub struct ComponentEnvValueFrom {
    #[schema(zh = "引用类型", en = "Reference type", help_zh = "configMapKey：配置项导入；secretKey：密钥导入。", help_en = "configMapKey: from a ConfigMap; secretKey: from a Secret.")]
    pub reference_type: ComponentEnvReferenceType,
    #[schema(zh = "名称", en = "Name", help_zh = "配置项或密钥的名称。", help_en = "Name of the ConfigMap or Secret.")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "键", en = "Key", help_zh = "配置项或密钥的键值。", help_en = "Key within the ConfigMap or Secret.")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否可选", en = "Optional", help_zh = "配置项或密钥的key是否必须存在：true、false。", help_en = "Whether the key may be absent from the ConfigMap or Secret: true or false.")]
    pub optional: Option<bool>,
}

/// Table 4-148 (4-213): one environment variable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境变量", en = "Environment variable")]
pub struct ComponentEnv {
    #[schema(zh = "变量名", en = "Name", help_zh = "变量名。", help_en = "Variable name.")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量值", en = "Value", help_zh = "变量值。", help_en = "Variable value.")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "变量引用", en = "Value from", help_zh = "从配置项或密钥引用变量值。", help_en = "Takes the value from a ConfigMap or Secret.")]
    pub value_from: Option<ComponentEnvValueFrom>,
    /// Not in the tables: chapter 8.3's update example sends it on every variable, and the
    /// service marks the variables it injects itself (`CAS_*`, `PAAS_*`) with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "内置变量", en = "Built-in",
        help_zh = "是否为系统注入的内置变量。",
        help_en = "Whether the service injected the variable itself.")]
    pub inner: Option<bool>,
}

// ---------------------------------------------------------------------------------------------
// Storages
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "数据存储类型", en = "Storage type")]
pub enum ComponentStorageType {
    #[serde(rename = "HostPath")]
    #[schema(zh = "本地磁盘主机路径挂载", en = "Host path on the node's disk")]
    HostPath,
    #[serde(rename = "EmptyDir")]
    #[schema(zh = "本地磁盘临时路径挂载", en = "Temporary directory on the node's disk")]
    EmptyDir,
    #[serde(rename = "ConfigMap")]
    #[schema(zh = "本地磁盘配置项挂载", en = "ConfigMap")]
    ConfigMap,
    #[serde(rename = "Secret")]
    #[schema(zh = "本地磁盘密钥挂载", en = "Secret")]
    Secret,
    #[serde(rename = "PersistentVolumeClaim")]
    #[schema(zh = "云存储挂载", en = "Cloud storage (PersistentVolumeClaim)")]
    PersistentVolumeClaim,
}

/// Table 4-126 (4-191): what each storage type needs. Which member is required depends on the
/// parent's `type`, so the conditions are in the help texts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "存储参数", en = "Storage parameters")]
pub struct ComponentStorageParameters {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机路径", en = "Host path", help_zh = "主机路径，适用于HostPath存储类型；数据存储类型为HostPath时必选。", help_en = "Path on the host; for HostPath storage, where it is required.")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "名称", en = "Name",
        help_zh = "配置项、密钥或者PVC的名字，适用于ConfigMap、Secret和PersistentVolumeClaim存储类型，此时为必选。",
        help_en = "Name of the ConfigMap, Secret or PVC; required for ConfigMap, Secret and PersistentVolumeClaim storage.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "挂载权限", en = "Default mode", help_zh = "挂载的权限，十进制格式，例如：384。适用于ConfigMap和Secret存储类型。", help_en = "File mode of the mount in decimal, e.g. 384 (0600); for ConfigMap and Secret storage.",
        example = "384")]
    pub default_mode: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储介质", en = "Medium", help_zh = "适用于EmptyDir类型的存储。不传为默认的磁盘介质，传memory则开启内存存储。", help_en = "For EmptyDir storage: omit for the node's disk, memory for a memory-backed volume.")]
    pub medium: Option<String>,
}

/// Table 4-127 (4-192).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "挂载路径", en = "Mount")]
pub struct ComponentStorageMount {
    #[schema(zh = "挂载路径", en = "Mount path", help_zh = "数据存储挂载到应用上的路径，例如：/tmp。", help_en = "Path in the application where the storage is mounted, e.g. /tmp.",
        example = "/tmp")]
    pub path: String,
    #[schema(zh = "子路径", en = "Sub-path", help_zh = "挂载路径的子路径。", help_en = "Sub-path of the mount.")]
    pub sub_path: String,
    #[schema(zh = "是否只读", en = "Read-only",
        help_zh = "true：只读，只能读应用路径中的数据存储；false：读写，可修改应用路径中的数据存储，应用迁移时新写入的数据不会随之迁移，会造成数据丢失。",
        help_en = "true: read-only; false: read-write — data written there does not move with the application when it migrates and is lost.")]
    pub read_only: bool,
}

/// Table 4-125 (4-190): one data storage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "数据存储", en = "Storage")]
pub struct ComponentStorage {
    #[serde(rename = "type")]
    #[schema(zh = "数据存储类型", en = "Storage type",
        help_zh = "HostPath：主机路径挂载；EmptyDir：临时路径挂载；ConfigMap：配置项挂载；Secret：密钥挂载；PersistentVolumeClaim：云存储挂载。",
        help_en = "HostPath: host path; EmptyDir: temporary directory; ConfigMap: ConfigMap; Secret: Secret; PersistentVolumeClaim: cloud storage.")]
    pub storage_type: ComponentStorageType,
    #[schema(zh = "存储盘名称", en = "Volume name", help_zh = "存储盘名称。", help_en = "Name of the volume.")]
    pub name: String,
    #[schema(zh = "存储参数", en = "Parameters", help_zh = "对应各种数据存储类型的信息参数。", help_en = "Settings of the chosen storage type.")]
    pub parameters: ComponentStorageParameters,
    #[schema(zh = "挂载路径", en = "Mounts", help_zh = "数据存储挂载路径。", help_en = "Where the storage is mounted.")]
    pub mounts: Vec<ComponentStorageMount>,
}

// ---------------------------------------------------------------------------------------------
// Deployment strategy
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "部署类型", en = "Deploy type")]
pub enum ComponentDeployType {
    #[serde(rename = "OneBatchRelease")]
    #[schema(zh = "单批升级", en = "Upgrade in one batch")]
    OneBatchRelease,
    #[serde(rename = "RollingRelease")]
    #[schema(zh = "滚动部署升级", en = "Rolling upgrade")]
    RollingRelease,
    #[serde(rename = "GrayRelease")]
    #[schema(zh = "灰度发布升级", en = "Gray (canary) release")]
    GrayRelease,
}

/// Table 4-129 (4-194).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "滚动部署参数", en = "Rolling release")]
pub struct ComponentRollingRelease {
    /// Chapter 8.3 sends `"1"`: see [`LenientInt`].
    #[schema(zh = "分批部署批次", en = "Batches", help_zh = "分批部署批次。", help_en = "Number of batches to deploy in.")]
    pub batches: LenientInt,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "灰度策略", en = "Gray strategy")]
pub enum ComponentGrayReleaseType {
    // document: weight / content; service (SDK DeployStrategyGrayRelease.TypeEnum): WEIGHT /
    // CONTENT. Sent as the SDK sends it; the document's spelling still decodes.
    #[serde(rename = "WEIGHT", alias = "weight")]
    #[schema(zh = "按灰度流量进行升级", en = "By traffic weight")]
    Weight,
    #[serde(rename = "CONTENT", alias = "content")]
    #[schema(zh = "按内容进行灰度", en = "By request content")]
    Content,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "灰度实例新增模式", en = "Gray instance surge mode")]
pub enum ComponentReplicaSurgeMode {
    // document: mirror / extra / no_surge; service (SDK ReplicaSurgeModeEnum): MIRROR / EXTRA /
    // NOSURGE. Sent as the SDK sends it; the document's spelling still decodes.
    #[serde(rename = "MIRROR", alias = "mirror")]
    #[schema(zh = "蓝绿", en = "Blue-green")]
    Mirror,
    #[serde(rename = "EXTRA", alias = "extra")]
    #[schema(zh = "金丝雀（先增后减）", en = "Canary (add new instances first)")]
    Extra,
    #[serde(rename = "NOSURGE", alias = "no_surge", alias = "NO_SURGE")]
    #[schema(zh = "金丝雀（先减后增）", en = "Canary (remove old instances first)")]
    NoSurge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "灰度规则生效方式", en = "Rule match mode")]
pub enum ComponentRuleMatchMode {
    #[serde(rename = "all")]
    #[schema(zh = "满足所有条件", en = "All conditions match")]
    All,
    #[serde(rename = "any")]
    #[schema(zh = "满足任一条件", en = "Any condition matches")]
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "匹配类型", en = "Match type")]
pub enum ComponentGrayRuleType {
    #[serde(rename = "header")]
    #[schema(zh = "请求头", en = "Request header")]
    Header,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "条件类型", en = "Condition")]
pub enum ComponentGrayRuleCondition {
    #[serde(rename = "equal")]
    #[schema(zh = "相等", en = "Equals")]
    Equal,
    #[serde(rename = "match")]
    #[schema(zh = "匹配", en = "Matches")]
    Match,
    #[serde(rename = "in")]
    #[schema(zh = "枚举", en = "One of")]
    In,
}

/// Table 4-131 (4-196): one content rule of a gray release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "灰度规则", en = "Gray rule")]
pub struct ComponentGrayRule {
    #[serde(rename = "type")]
    #[schema(zh = "匹配类型", en = "Match type", help_zh = "当前仅支持header（请求头）。", help_en = "Only header (a request header) for now.")]
    pub rule_type: ComponentGrayRuleType,
    #[schema(zh = "参数名称", en = "Key", help_zh = "参数名称。", help_en = "Name of the header.")]
    pub key: String,
    #[schema(zh = "条件值", en = "Value", help_zh = "条件值。", help_en = "Value to compare with.")]
    pub value: String,
    #[schema(zh = "条件类型", en = "Condition", help_zh = "equal：相等；match：匹配；in：枚举。", help_en = "equal: equals; match: matches; in: one of.")]
    pub condition: ComponentGrayRuleCondition,
}

/// Table 4-130 (4-195). The table marks the weight members "required" but says they are
/// required only for `type=weight`; the content members for `type=content`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "灰度发布参数", en = "Gray release")]
pub struct ComponentGrayRelease {
    #[serde(rename = "type")]
    #[schema(zh = "灰度策略", en = "Strategy", help_zh = "WEIGHT：按灰度流量进行升级；CONTENT：按内容进行灰度。", help_en = "WEIGHT: by traffic weight; CONTENT: by request content.")]
    pub release_type: ComponentGrayReleaseType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "首批灰度流量比例", en = "First batch weight", required_if = "type=WEIGHT",
        help_zh = "首批灰度流量比例，灰度策略为WEIGHT时必选。", help_en = "Share of traffic sent to the first batch; required when type is WEIGHT.")]
    pub first_batch_weight: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "首批灰度实例数量", en = "First batch instances", required_if = "type=WEIGHT",
        help_zh = "首批灰度实例数量，灰度策略为WEIGHT时必选。", help_en = "Number of instances in the first batch; required when type is WEIGHT.")]
    pub first_batch_replica: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "剩余实例部署批次", en = "Remaining batches", required_if = "type=WEIGHT",
        help_zh = "首批灰度发布成功后，剩余实例滚动升级分多少批次完成。例如剩余实例数是5、剩余部署批次是3，则按2:2:1分批升级。灰度策略为WEIGHT时必选。",
        help_en = "In how many batches the remaining instances roll after the first batch succeeds, e.g. 5 instances in 3 batches upgrade as 2:2:1. Required when type is WEIGHT.")]
    pub remaining_batch: Option<i64>,
    /// The SDK also knows 6 (shared ELB), which the document does not list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署模型", en = "Deployment model",
        help_zh = "1：上游是微服务网关；3：上游是微服务；4：上游是ELB。",
        help_en = "1: upstream is a microservice gateway; 3: upstream is a microservice; 4: upstream is an ELB.")]
    pub deployment_mode: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "灰度实例新增模式", en = "Instance surge mode", required_if = "type=CONTENT",
        help_zh = "MIRROR：蓝绿；EXTRA：金丝雀（先增后减）；NOSURGE：金丝雀（先减后增）。灰度策略为CONTENT时必选。",
        help_en = "MIRROR: blue-green; EXTRA: canary, adding first; NOSURGE: canary, removing first. Required when type is CONTENT.")]
    pub replica_surge_mode: Option<ComponentReplicaSurgeMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "灰度规则生效方式", en = "Rule match mode", required_if = "type=CONTENT",
        help_zh = "all：满足所有条件；any：满足任一条件。灰度策略为CONTENT时必选。",
        help_en = "all: every rule must match; any: one rule suffices. Required when type is CONTENT.")]
    pub rule_match_mode: Option<ComponentRuleMatchMode>,
    /// The tables type it `Object`; the match mode (all/any) and the service's SDK make it a
    /// list of rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "灰度规则", en = "Rules", required_if = "type=CONTENT",
        help_zh = "灰度规则，灰度策略为CONTENT时必选。", help_en = "Content rules; required when type is CONTENT.")]
    pub rules: Option<Vec<ComponentGrayRule>>,
}

/// Table 4-128 (4-193): how new versions are rolled out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件部署策略", en = "Deploy strategy")]
pub struct ComponentDeployStrategy {
    #[serde(rename = "type")]
    #[schema(zh = "部署类型", en = "Deploy type",
        help_zh = "OneBatchRelease：单批升级；RollingRelease：滚动部署升级；GrayRelease：灰度发布升级。",
        help_en = "OneBatchRelease: in one batch; RollingRelease: rolling upgrade; GrayRelease: gray (canary) release.")]
    pub deploy_type: ComponentDeployType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "滚动部署参数", en = "Rolling release", required_if = "type=RollingRelease",
        help_zh = "滚动部署参数，部署类型为RollingRelease时必选。", help_en = "Rolling settings; required when type is RollingRelease.")]
    pub rolling_release: Option<ComponentRollingRelease>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "灰度发布参数", en = "Gray release", required_if = "type=GrayRelease",
        help_zh = "灰度发布升级参数，部署类型为GrayRelease时必选。", help_en = "Gray-release settings; required when type is GrayRelease.")]
    pub gray_release: Option<ComponentGrayRelease>,
}

/// Not in the tables: chapter 8.3's create example sends this Kubernetes-style update strategy,
/// which the service now prefers to `deploy_strategy` for most upgrades.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "升级策略", en = "Update strategy")]
pub struct ComponentUpdateStrategy {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "升级方式", en = "Type", help_zh = "升级方式，例如：RollingUpdate（滚动升级）。", help_en = "Upgrade method, e.g. RollingUpdate.",
        example = "RollingUpdate")]
    pub strategy_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最大浪涌", en = "Max surge", help_zh = "升级时可超出期望实例数的实例个数。", help_en = "How many instances above the desired count may run during the upgrade.")]
    pub max_surge: Option<LenientInt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最大无效实例数", en = "Max unavailable", help_zh = "升级时允许不可用的实例个数。", help_en = "How many instances may be unavailable during the upgrade.")]
    pub max_unavailable: Option<LenientInt>,
}

// ---------------------------------------------------------------------------------------------
// Start command, lifecycle, mesher, Tomcat
// ---------------------------------------------------------------------------------------------

/// Table 4-132 (4-197, 4-235); also used in answers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "启动命令", en = "Start command")]
pub struct ComponentCommand {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "运行命令", en = "Command", help_zh = "运行命令，控制容器运行的输入命令。", help_en = "Command the container runs.")]
    pub command: Option<Vec<String>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "运行参数", en = "Arguments", help_zh = "运行参数，控制容器运行命令的输入参数，例如：-port=8080，多条参数以换行分隔。", help_en = "Arguments of the command, e.g. -port=8080; one per line.")]
    pub args: Option<Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "处理方式", en = "Handler type")]
pub enum ComponentLifecycleType {
    #[serde(rename = "http")]
    #[schema(zh = "http请求方式", en = "HTTP request")]
    Http,
    #[serde(rename = "command")]
    #[schema(zh = "命令行方式", en = "Command")]
    Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "请求类型", en = "Scheme")]
pub enum ComponentHttpScheme {
    #[serde(rename = "HTTP")]
    #[schema(zh = "HTTP", en = "HTTP")]
    Http,
    #[serde(rename = "HTTPS")]
    #[schema(zh = "HTTPS", en = "HTTPS")]
    Https,
}

/// Table 4-133 (4-198): a post-start or pre-stop hook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "生命周期处理", en = "Lifecycle hook")]
pub struct ComponentLifecycle {
    #[serde(rename = "type")]
    #[schema(zh = "处理方式", en = "Handler type", help_zh = "http：http请求方式；command：命令行方式。", help_en = "http: an HTTP request; command: a command line.")]
    pub hook_type: ComponentLifecycleType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "请求类型", en = "Scheme", help_zh = "http请求类型：HTTP、HTTPS。type为http时生效。", help_en = "HTTP or HTTPS; used when type is http.")]
    pub scheme: Option<ComponentHttpScheme>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机", en = "Host", help_zh = "默认为POD的IP，可以指定自定义的IP。type为http时生效。", help_en = "IP to call; the pod's IP by default. Used when type is http.")]
    pub host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "端口", en = "Port", help_zh = "端口号，type为http时生效。", help_en = "Port; used when type is http.")]
    pub port: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "请求路径", en = "Path", help_zh = "请求路径，type为http时生效。", help_en = "Request path; used when type is http.")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "命令", en = "Command", help_zh = "命令列表，type为command时生效。", help_en = "Command line; used when type is command.")]
    pub command: Option<Vec<String>>,
}

/// Table 4-134 (4-199).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "服务网格接入", en = "Mesher")]
pub struct ComponentMesher {
    /// Required by the table; optional in Rust because chapter 8.3 sends `"mesher": {}` for
    /// "no mesher".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "进程监听端口", en = "Listening port", required,
        help_zh = "进程监听端口。", help_en = "Port the process listens on.")]
    pub port: Option<i64>,
}

/// Table 4-135 (4-200).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "Tomcat参数", en = "Tomcat options")]
pub struct ComponentTomcatOpts {
    /// document: required (table 4-135), every example sends `""`; service (SDK
    /// ComponentCreateTomcatOpts): optional. Optional, and left out unless set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "server.xml配置", en = "server.xml",
        help_zh = "自定义的server.xml。监听端口以server.xml配置的为准，如果之前在公网访问配置了监听端口，请保持一致；自定义的Tomcat配置可能存在端口冲突，请检查自定义的端口是否被占用。",
        help_en = "Custom server.xml. Its listening port wins: keep it equal to a port configured for public access. Custom settings may clash with ports already in use.")]
    pub server_xml: Option<String>,
}

/// Table 4-136 (4-201).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "主机别名", en = "Host alias")]
pub struct ComponentHostAlias {
    #[schema(zh = "IP地址", en = "IP address", help_zh = "ip地址。", help_en = "IP address the names resolve to.")]
    pub ip: String,
    #[schema(zh = "主机别名", en = "Host names", help_zh = "主机别名。", help_en = "Host names for the address.")]
    pub hostnames: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// DNS, workload kind, security context
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "DNS策略", en = "DNS policy")]
pub enum ComponentDnsPolicy {
    #[serde(rename = "Default")]
    #[schema(zh = "继承pod所在节点域名解析配置", en = "Inherit the node's resolver settings")]
    Default,
    #[serde(rename = "ClusterFirst")]
    #[schema(zh = "追加域名解析配置", en = "Add to the resolver settings (cluster DNS first)")]
    ClusterFirst,
    #[serde(rename = "ClusterFirstWithHostNet")]
    #[schema(zh = "仅对以hostNetWork方式运行的pod生效", en = "Cluster DNS first, for pods on the host network only")]
    ClusterFirstWithHostNet,
    #[serde(rename = "None")]
    #[schema(zh = "替换域名解析策略", en = "Replace the resolver settings")]
    None,
}

/// Table 4-138 (4-203).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "DNS选项", en = "DNS option")]
pub struct ComponentDnsOption {
    #[schema(zh = "操作名称", en = "Name", help_zh = "操作名称。", help_en = "Option name, e.g. ndots.")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "操作值", en = "Value", help_zh = "操作值。", help_en = "Option value.")]
    pub value: Option<String>,
}

/// Table 4-137 (4-202).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "DNS配置", en = "DNS configuration")]
pub struct ComponentDnsConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "DNS服务器", en = "Name servers", help_zh = "Pod的DNS服务器的IP地址列表。", help_en = "IP addresses of the pod's DNS servers.")]
    pub nameservers: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "DNS搜索域", en = "Search domains", help_zh = "用于在Pod中查找主机名的DNS搜索域的列表。", help_en = "DNS search domains for host-name lookups in the pod.")]
    pub searches: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "DNS选项", en = "Options",
        help_zh = "对象列表，每个对象有name（必需）和value（可选）。内容将合并到从指定DNS策略生成的选项，重复的条目将被删除。",
        help_en = "Options, each with a name (required) and a value (optional), merged into those the DNS policy generates; duplicates are dropped.")]
    pub options: Option<Vec<ComponentDnsOption>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "工作负载类型", en = "Workload kind")]
pub enum ComponentWorkloadKind {
    #[serde(rename = "deployment")]
    #[schema(zh = "无状态工作负载", en = "Stateless (Deployment)")]
    Deployment,
    #[serde(rename = "statefulset")]
    #[schema(zh = "有状态工作负载", en = "Stateful (StatefulSet)")]
    StatefulSet,
}

/// Table 4-140 (4-205, 4-243); also used in answers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "能力集", en = "Capabilities")]
pub struct ComponentCapabilities {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "添加权限", en = "Add", help_zh = "为运行用户添加Linux权限。", help_en = "Linux capabilities to add.")]
    pub add: Option<Vec<String>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "移除权限", en = "Drop", help_zh = "移除运行用户Linux权限。", help_en = "Linux capabilities to drop.")]
    pub drop: Option<Vec<String>>,
}

/// Table 4-139 (4-204).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "安全策略", en = "Security context")]
pub struct ComponentSecurityContext {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "运行用户", en = "Run as user", help_zh = "容器以当前用户权限运行，如以root权限运行则填写root用户ID 0。", help_en = "User ID the containers run as; 0 for root.")]
    pub run_as_user: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "运行属组", en = "Run as group", help_zh = "指定所有容器中的进程都以属组运行。", help_en = "Group ID every process in the containers runs as.")]
    pub run_as_group: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "能力集", en = "Capabilities", help_zh = "Linux能力集。", help_en = "Linux capabilities to add or drop.")]
    pub capabilities: Option<ComponentCapabilities>,
}

// ---------------------------------------------------------------------------------------------
// Logs and custom metric
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "主机扩展路径", en = "Host extension path")]
pub enum ComponentLogHostExtendPath {
    #[serde(rename = "None")]
    #[schema(zh = "不使用扩展路径", en = "No extension")]
    None,
    #[serde(rename = "PodUID")]
    #[schema(zh = "通过POD的ID扩展主机路径", en = "Extend by pod ID")]
    PodUid,
    #[serde(rename = "PodName")]
    #[schema(zh = "通过POD的名称扩展主机路径", en = "Extend by pod name")]
    PodName,
    #[serde(rename = "PodUID/ContainerName")]
    #[schema(zh = "通过POD的ID和容器名称扩展主机路径", en = "Extend by pod ID and container name")]
    PodUidContainerName,
    #[serde(rename = "PodName/ContainerName")]
    #[schema(zh = "通过POD的名称和容器名称扩展主机路径", en = "Extend by pod name and container name")]
    PodNameContainerName,
}

/// Table 4-141 (4-206): one log collection rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "日志采集", en = "Log collection")]
pub struct ComponentLog {
    #[schema(zh = "容器日志路径", en = "Log path", help_zh = "容器中日志路径。", help_en = "Path of the logs in the container.")]
    pub log_path: String,
    #[schema(zh = "日志转储周期", en = "Rotation", help_zh = "日志转储周期。", help_en = "How often the logs are rotated.")]
    pub rotate: String,
    #[schema(zh = "主机路径", en = "Host path", help_zh = "挂载的主机路径。", help_en = "Host path the logs are mounted to.")]
    pub host_path: String,
    #[schema(zh = "主机扩展路径", en = "Host extension path",
        help_zh = "通过扩展主机路径，实现同一个主机路径下区分来自不同容器的挂载。None：不扩展；PodUID：按POD的ID；PodName：按POD名称；PodUID/ContainerName：按POD的ID和容器名称；PodName/ContainerName：按POD名称和容器名称。",
        help_en = "Tells apart the mounts of different containers under one host path. None: no extension; PodUID: pod ID; PodName: pod name; PodUID/ContainerName: pod ID and container name; PodName/ContainerName: pod name and container name.")]
    pub host_extend_path: ComponentLogHostExtendPath,
}

/// Table 4-142 (4-207).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "自定义指标监控", en = "Custom metric")]
pub struct ComponentCustomMetric {
    // The three members are required by the table; optional in Rust because chapter 8.3
    // sends `"custom_metric": {}` for "none".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "采集路径", en = "Path", required, help_zh = "采集路径，例如：/metrics。", help_en = "Path metrics are scraped from, e.g. /metrics.",
        example = "/metrics")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "采集端口", en = "Port", required, help_zh = "采集端口，例如：9090。", help_en = "Port metrics are scraped from, e.g. 9090.",
        example = "9090")]
    pub port: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "监控维度", en = "Dimensions", required, help_zh = "监控维度，例如：cpu_usage,mem_usage。", help_en = "Comma-separated dimensions, e.g. cpu_usage,mem_usage.",
        example = "cpu_usage,mem_usage")]
    pub dimensions: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Affinity
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "是否必须满足", en = "Condition")]
pub enum ComponentAffinityCondition {
    #[serde(rename = "required")]
    #[schema(zh = "必须满足", en = "Required")]
    Required,
    #[serde(rename = "preferred")]
    #[schema(zh = "尽量满足", en = "Preferred")]
    Preferred,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "亲和类型", en = "Affinity kind")]
pub enum ComponentAffinityKind {
    #[serde(rename = "node")]
    #[schema(zh = "节点亲和", en = "Node affinity")]
    Node,
    #[serde(rename = "pod")]
    #[schema(zh = "pod亲和", en = "Pod affinity")]
    Pod,
}

/// Table 4-144 (4-209).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "匹配条件", en = "Match expression")]
pub struct ComponentMatchExpression {
    #[schema(zh = "标签键", en = "Key", help_zh = "匹配标签key值。", help_en = "Label key to match.")]
    pub key: String,
    #[schema(zh = "匹配条件", en = "Operator", help_zh = "匹配条件。", help_en = "Match operator, e.g. In.")]
    pub operation: String,
    #[schema(zh = "标签值", en = "Value", help_zh = "匹配标签value值。", help_en = "Label value to match.")]
    pub value: String,
}

/// Table 4-143 (4-208): one (anti-)affinity rule, the form the document's tables describe.
/// The service's SDK (and the document's own chapter 8 examples) send the grouped object
/// ([`ComponentAffinityGroups`]) instead; a body in this form still decodes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "亲和性规则", en = "Affinity rule")]
pub struct ComponentAffinityRule {
    #[schema(zh = "是否必须满足", en = "Condition", help_zh = "required：必须满足；preferred：尽量满足。", help_en = "required: must hold; preferred: should hold.")]
    pub condition: ComponentAffinityCondition,
    #[schema(zh = "亲和类型", en = "Kind", help_zh = "node：节点亲和；pod：pod亲和。", help_en = "node: node affinity; pod: pod affinity.")]
    pub kind: ComponentAffinityKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "亲和权重", en = "Weight", min = 0, max = 100, help_zh = "亲和权重，取值范围0~100。", help_en = "Weight of the rule, 0 to 100.")]
    pub weight: Option<i64>,
    #[schema(zh = "匹配条件", en = "Match expressions", help_zh = "匹配条件。", help_en = "Label expressions to match.")]
    pub match_expressions: Vec<ComponentMatchExpression>,
}

/// A component to place with (or away from): `component[]` of the grouped (anti-)affinity.
/// Not in the document; the SDK's `ComponentAffinityAppInnerParameters`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件", en = "Component")]
pub struct ComponentAffinityComponent {
    // service (SDK): displayName, camel case unlike every other member.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "显示名称", en = "Display name")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件名称", en = "Component name")]
    pub name: Option<String>,
}

/// `affinity` / `anti_affinity` as the service takes them: availability zones, nodes and
/// components to place with (or away from). document (table 4-143): a list of rules;
/// document (chapter 8.3 examples) and service (SDK `ComponentAffinity`): this object.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "亲和性", en = "Affinity")]
pub struct ComponentAffinityGroups {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "可用区", en = "Availability zones")]
    pub az: Option<Vec<String>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "节点", en = "Nodes", help_zh = "节点ID或名称。", help_en = "Node IDs or names.")]
    pub node: Option<Vec<String>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件", en = "Components")]
    pub component: Option<Vec<ComponentAffinityComponent>>,
}

/// `affinity` / `anti_affinity`: the object the service takes (sent, and the schema), or the
/// list of rules of the document's table, which still decodes and is sent back as decoded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ComponentAffinities {
    Grouped(ComponentAffinityGroups),
    Rules(Vec<ComponentAffinityRule>),
}

impl Default for ComponentAffinities {
    fn default() -> Self {
        ComponentAffinities::Grouped(ComponentAffinityGroups::default())
    }
}

impl From<ComponentAffinityGroups> for ComponentAffinities {
    fn from(groups: ComponentAffinityGroups) -> Self {
        ComponentAffinities::Grouped(groups)
    }
}

impl Schema for ComponentAffinities {
    const TYPE: &'static Type = <ComponentAffinityGroups as Schema>::TYPE;
}

// ---------------------------------------------------------------------------------------------
// Probes
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "探针类型", en = "Probe type")]
pub enum ComponentProbeType {
    #[serde(rename = "http")]
    #[schema(zh = "HTTP请求检查", en = "HTTP request")]
    Http,
    #[serde(rename = "tcp")]
    #[schema(zh = "TCP端口检查", en = "TCP port")]
    Tcp,
    #[serde(rename = "command")]
    #[schema(zh = "执行命令检查", en = "Command")]
    Command,
}

/// Table 4-145 (4-210): a liveness or readiness probe.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件探针", en = "Probe")]
pub struct ComponentProbe {
    // type, delay and timeout are required by the table; optional in Rust because chapter 8.3
    // sends `"liveness_probe": {}` for "no probe".
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "类型", en = "Type", required, help_zh = "类型：http、tcp、command。", help_en = "http, tcp or command.")]
    pub probe_type: Option<ComponentProbeType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "延迟时间", en = "Initial delay", required, help_zh = "启动后多久开始探测。", help_en = "How long after start the probing begins (seconds).")]
    pub delay: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "超时时间", en = "Timeout", required, help_zh = "探测超时时间。", help_en = "Timeout of one probe (seconds).")]
    pub timeout: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "请求类型", en = "Scheme", help_zh = "请求类型：HTTP、HTTPS，type为http时生效。", help_en = "HTTP or HTTPS; used when type is http.")]
    pub scheme: Option<ComponentHttpScheme>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机", en = "Host", help_zh = "默认为POD的IP，可以指定自定义的IP。type为http时生效。", help_en = "IP to probe; the pod's IP by default. Used when type is http.")]
    pub host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "端口", en = "Port", help_zh = "端口号，type为http和tcp时生效。", help_en = "Port; used when type is http or tcp.")]
    pub port: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "请求路径", en = "Path", help_zh = "请求路径，type为http时生效。", help_en = "Request path; used when type is http.")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "命令", en = "Command", help_zh = "命令列表，type为command时生效。", help_en = "Command line; used when type is command.")]
    pub command: Option<Vec<String>>,
}

// ---------------------------------------------------------------------------------------------
// Referenced resources and external accesses
// ---------------------------------------------------------------------------------------------

/// The documented types of referenced resources are exactly the environment's resource
/// types (vpc, eip, elb, cce, ecs, as, cse, dcs, rds, with the same meanings): one enum serves both.
pub use super::environment::ResourceType as ComponentReferResourceType;

/// Table 4-147 (4-161, 4-212).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "关联资源参数", en = "Referenced resource parameters")]
pub struct ComponentReferResourceParameters {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "命名空间", en = "Namespace", help_zh = "命名空间。", help_en = "Kubernetes namespace the component deploys to.",
        example = "default")]
    pub namespace: Option<String>,
    /// Not in the tables: chapter 8.3 sends the CCE cluster's type (`VirtualMachine`,
    /// `ARM64`) with the namespace.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群类型", en = "Cluster type",
        help_zh = "CCE集群类型，例如VirtualMachine、ARM64。",
        help_en = "Type of the CCE cluster, e.g. VirtualMachine or ARM64.")]
    pub cluster_type: Option<String>,
    /// Not in the tables: 4.3.7's answer lists the ECS hosts of a virtual-machine component
    /// here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "主机", en = "Hosts",
        help_zh = "虚拟机部署时使用的弹性云服务器ID列表。",
        help_en = "IDs of the ECS hosts a virtual-machine component uses (not in the tables; see the answer of 4.3.7).")]
    pub hosts: Option<Vec<String>>,
}

/// Table 4-146: a resource the component uses. Unlike table 4-211 (changing a component,
/// [`ComponentUpdateReferResource`]), creating does not require `parameters` for a CCE
/// cluster: the section's own CCE example leaves them out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "关联资源", en = "Referenced resource")]
pub struct ComponentReferResource {
    #[schema(zh = "资源ID", en = "Resource ID", help_zh = "资源ID。", help_en = "ID of the resource.")]
    pub id: String,
    #[serde(rename = "type")]
    #[schema(zh = "资源类型", en = "Resource type",
        help_zh = "vpc：虚拟私有云；eip：弹性公网IP；elb：弹性负载均衡；cce：云容器引擎；ecs：弹性云服务器；as：弹性伸缩组；cse：微服务引擎；dcs：分布式缓存服务；rds：云数据库。",
        help_en = "vpc: VPC; eip: elastic IP; elb: load balancer; cce: CCE cluster; ecs: ECS; as: Auto Scaling group; cse: CSE engine; dcs: DCS; rds: RDS.")]
    pub resource_type: ComponentReferResourceType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源参数", en = "Parameters", help_zh = "资源参数，例如CCE集群的命名空间。", help_en = "Resource settings, e.g. the namespace in a CCE cluster.")]
    pub parameters: Option<ComponentReferResourceParameters>,
}

/// Table 4-211: a resource the changed component uses; `parameters` are required for a CCE
/// cluster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改组件关联资源", en = "Referenced resource (update)")]
pub struct ComponentUpdateReferResource {
    #[schema(zh = "资源ID", en = "Resource ID", help_zh = "资源id。", help_en = "ID of the resource.")]
    pub id: String,
    #[serde(rename = "type")]
    #[schema(zh = "资源类型", en = "Resource type",
        help_zh = "vpc：虚拟私有云；eip：弹性公网IP；elb：弹性负载均衡；cce：云容器引擎；ecs：弹性云服务器；as：弹性伸缩组；cse：微服务引擎；dcs：分布式缓存服务；rds：云数据库。",
        help_en = "vpc: VPC; eip: elastic IP; elb: load balancer; cce: CCE cluster; ecs: ECS; as: Auto Scaling group; cse: CSE engine; dcs: DCS; rds: RDS.")]
    pub resource_type: ComponentReferResourceType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源参数", en = "Parameters", required_if = "type=cce",
        help_zh = "资源参数，资源类型为cce时必选。", help_en = "Resource settings; required when type is cce.")]
    pub parameters: Option<ComponentReferResourceParameters>,
}

/// Resource types a CCE workload import refers to (table 4-160): no Auto Scaling groups, and
/// Nacos engines besides ServiceComb ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "导入关联资源类型", en = "Imported workload's resource type")]
pub enum ComponentImportResourceType {
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
    #[serde(rename = "dcs")]
    #[schema(zh = "分布式缓存服务", en = "Distributed Cache Service")]
    Dcs,
    #[serde(rename = "rds")]
    #[schema(zh = "云数据库", en = "Relational Database Service")]
    Rds,
    #[serde(rename = "cse")]
    #[schema(zh = "ServiceComb引擎", en = "ServiceComb engine")]
    Cse,
    #[serde(rename = "nacos")]
    #[schema(zh = "注册配置中心", en = "Nacos registry and configuration center")]
    Nacos,
}

/// Table 4-160: a resource an imported CCE workload uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "导入关联资源", en = "Imported workload's resource")]
pub struct ComponentImportReferResource {
    #[schema(zh = "资源ID", en = "Resource ID", help_zh = "资源id。", help_en = "ID of the resource.")]
    pub id: String,
    #[serde(rename = "type")]
    #[schema(zh = "资源类型", en = "Resource type",
        help_zh = "vpc：虚拟私有云；eip：弹性公网IP；elb：弹性负载均衡；cce：云容器引擎；ecs：弹性云服务器；dcs：分布式缓存服务；rds：云数据库；cse：ServiceComb引擎；nacos：注册配置中心。",
        help_en = "vpc: VPC; eip: elastic IP; elb: load balancer; cce: CCE cluster; ecs: ECS; dcs: DCS; rds: RDS; cse: ServiceComb engine; nacos: Nacos engine.")]
    pub resource_type: ComponentImportResourceType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源参数", en = "Parameters", help_zh = "资源参数。", help_en = "Resource settings.")]
    pub parameters: Option<ComponentReferResourceParameters>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "外部访问类型", en = "Access protocol")]
pub enum ComponentAccessProtocol {
    #[serde(rename = "http")]
    #[schema(zh = "HTTP", en = "HTTP")]
    Http,
    #[serde(rename = "https")]
    #[schema(zh = "HTTPS", en = "HTTPS")]
    Https,
}

/// Table 4-154 (4-162, 4-219).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "外部访问", en = "External access")]
pub struct ComponentExternalAccess {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "外部访问类型", en = "Protocol", help_zh = "外部访问类型，取值范围为：http、https。", help_en = "http or https.")]
    pub protocol: Option<ComponentAccessProtocol>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "外部访问地址", en = "Address", help_zh = "外部访问地址。", help_en = "Address the component is reached at.",
        example = "192.168.0.169")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "外部访问端口", en = "Port", help_zh = "外部访问端口。", help_en = "Port the component is reached at.",
        example = "80")]
    pub forward_port: Option<i64>,
}
