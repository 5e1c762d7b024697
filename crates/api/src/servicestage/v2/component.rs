//! v2 components (document section 12.1.4): what an application is made of, with where its
//! code or package comes from (`source`) and how it is built (`build`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::application::V2ApplicationPath;
use super::common::V2OrderBy;
use crate::lenient::Open;
use crate::schema::Schema;
use crate::servicestage::common::SortOrder;

/// `category` of 12.1.4.1 (SDK `ComponentCategory`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件类型", en = "Category")]
pub enum Category {
    #[serde(rename = "Webapp")]
    #[schema(zh = "Web应用", en = "Web app")]
    Webapp,
    #[serde(rename = "MicroService")]
    #[schema(zh = "微服务", en = "Microservice")]
    MicroService,
    #[serde(rename = "Common")]
    #[schema(zh = "通用", en = "Common")]
    Common,
}

/// `source.kind` (SDK `SourceKind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "来源类型", en = "Source kind")]
pub enum SourceKind {
    #[serde(rename = "code")]
    #[schema(zh = "源码", en = "Source code")]
    Code,
    #[serde(rename = "artifact")]
    #[schema(zh = "软件包", en = "Package")]
    Artifact,
}

/// Code repository types (table 12-80; SDK `SourceRepoType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "代码仓类型", en = "Repository type")]
pub enum RepoType {
    // document: GitHub, BitBucket, GitLab (table 12-80); the answers of 12.1.4.3 list them in
    // lower case (github, bitbucket, gitlab): both are read, the table's is sent.
    #[serde(rename = "GitHub", alias = "github")]
    #[schema(zh = "GitHub", en = "GitHub")]
    GitHub,
    #[serde(rename = "BitBucket", alias = "bitbucket")]
    #[schema(zh = "BitBucket", en = "Bitbucket")]
    BitBucket,
    #[serde(rename = "GitLab", alias = "gitlab")]
    #[schema(zh = "GitLab", en = "GitLab")]
    GitLab,
}

/// `properties` of an OBS package (table 12-82).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "软件包属性", en = "Package properties")]
pub struct ArtifactProperties {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "OBS终端地址", en = "OBS endpoint", help_zh = "obs的终端地址，如：https://obs.region_id.external_domain_name.com。", help_en = "The OBS endpoint, e.g. https://obs.region_id.external_domain_name.com.")]
    pub endpoint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "桶名", en = "Bucket", help_zh = "软件包在obs的桶名。", help_en = "The OBS bucket holding the package.")]
    pub bucket: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "对象", en = "Object key", help_zh = "obs桶中的对象，有文件夹的话要加上文件夹的路径，比如demo/test.jar。", help_en = "The object in the bucket, with its folders, e.g. demo/test.jar.")]
    pub key: Option<String>,
}

/// `source.spec`: a union of the code spec (table 12-80) and the artifact spec (table
/// 12-81), as the SDK's `SourceOrArtifact` holds both; which members apply depends on
/// `source.kind`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "来源详情", en = "Source details")]
pub struct SourceSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码仓类型", en = "Repository type", help_zh = "来源为源码时填写。", help_en = "For source code.")]
    pub repo_type: Option<Open<RepoType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "代码仓地址", en = "Repository URL", help_zh = "来源为源码时填写，如：https://github.com/example/demo.git。", help_en = "For source code, e.g. https://github.com/example/demo.git.")]
    pub repo_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "分支或Tag", en = "Branch or tag", help_zh = "来源为源码时填写，默认是master。", help_en = "For source code; master unless said otherwise.")]
    pub repo_ref: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "授权名称", en = "Repository authorization", choices = "servicestage.git_authorization.list|authorizations|name|name",
        help_zh = "来源为源码时填写：仓库授权的名称。", help_en = "For source code: the name of a repository authorization.")]
    pub repo_auth: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储方式", en = "Storage", help_zh = "来源为软件包时填写：swr（软件仓库或镜像仓库）、obs（对象存储）或codearts（软件发布库）。", help_en = "For a package: swr (SoftWare Repository), obs (Object Storage) or codearts (CodeArts Release).")]
    pub storage: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "类别", en = "Type", help_zh = "来源为软件包时填写：虚拟机部署支持package，容器部署支持package、image。", help_en = "For a package: package for virtual machines; package or image for containers.")]
    pub artifact_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "软件包地址", en = "Package URL", help_zh = "来源为软件包时填写。", help_en = "For a package: where it is.")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "认证方式", en = "Authentication", help_zh = "iam或none，默认iam。", help_en = "iam or none; iam unless said otherwise.")]
    pub auth: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "软件包属性", en = "Package properties", help_zh = "仅对象存储obs需要。", help_en = "Only for OBS.")]
    pub properties: Option<ArtifactProperties>,
    // document: webUrl (table 12-81), in camel case among snake-case members; kept as printed.
    #[serde(rename = "webUrl", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "软件仓库地址", en = "Repository web URL")]
    pub web_url: Option<String>,
}

/// `source` (table 12-79; SDK `SourceObject`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件来源", en = "Source")]
pub struct Source {
    #[schema(zh = "来源类型", en = "Kind", help_zh = "code：源码；artifact：软件包。", help_en = "code: source code; artifact: a package.")]
    pub kind: SourceKind,
    #[schema(zh = "来源详情", en = "Details", help_zh = "源码填写代码仓信息，软件包填写存储信息。", help_en = "The repository for code; the storage for a package.")]
    pub spec: SourceSpec,
}

/// `build.parameters` (tables 12-84 and 12-116; SDK `BuildParameters`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "构建参数", en = "Build parameters")]
pub struct BuildParameters {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "编译命令", en = "Build command", help_zh = "默认：根目录存在build.sh时为./build.sh；Java和Tomcat为mvn clean package；Nodejs为npm build。", help_en = "By default ./build.sh when the root has one; mvn clean package for Java and Tomcat; npm build for Node.js.")]
    pub build_cmd: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "Dockerfile地址", en = "Dockerfile path", help_zh = "默认是根目录./。", help_en = "The repository root ./ unless said otherwise.")]
    pub dockerfile_path: Option<String>,
    // document: artifact_namespace (table 12-84), artifact_name_space (table of 12.1.4.2);
    // service (SDK BuildParameters): artifact_namespace. Both read, artifact_namespace sent.
    #[serde(default, alias = "artifact_name_space", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建归档组织", en = "Artifact namespace", help_zh = "默认cas_{project_id}。", help_en = "cas_{project_id} unless said otherwise.")]
    pub artifact_namespace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建集群ID", en = "Build cluster ID", choices = "cce.cluster.list|items|metadata.uid|metadata.name",
        help_zh = "指定构建集群的ID；修改组件时必填。", help_en = "The CCE cluster that builds; required when changing a component.")]
    pub cluster_id: Option<String>,
    // document: node_label_selector (table 12-84), node_selector (12.1.4.5's table);
    // service (SDK BuildParameters): node_label_selector. Both read, node_label_selector sent.
    #[serde(default, alias = "node_selector", deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "节点标签选择", en = "Node labels", help_zh = "key是标签的键，value是标签的值。", help_en = "Build on nodes with these labels (label key to value).")]
    pub node_label_selector: Option<BTreeMap<String, String>>,
    // Members of 12.1.4.3's table (12-116) that 12.1.4.1's example sends too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群名称", en = "Cluster name", help_zh = "构建集群的名称。", help_en = "Name of the build cluster.")]
    pub cluster_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "集群类型", en = "Cluster type", help_zh = "构建集群的类型。", help_en = "Type of the build cluster.")]
    pub cluster_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "使用公共集群", en = "Use the public cluster", help_zh = "是否使用公共集群构建。", help_en = "Build on the shared public cluster.")]
    pub use_public_cluster: Option<bool>,
}

/// `build` (table 12-83; SDK `Build`): parameters only when a new build is created.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件构建", en = "Build")]
pub struct Build {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建参数", en = "Parameters", help_zh = "只有在没有ID，新创建构建时提供。", help_en = "Only when a new build is created.")]
    pub parameters: Option<BuildParameters>,
}

/// Body of 12.1.4.1 (table 12-78; SDK `ComponentCreate`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建组件（v2）", en = "Create component (v2)")]
pub struct V2CreateComponent {
    #[schema(zh = "组件名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "由英文字母、数字、中划线(-)、下划线(_)组成，并以英文字母开头，英文字母或者数字结尾，不区分大小写，长度为2~64个字符。",
        help_en = "Letters, digits, hyphens (-) or underscores (_); starts with a letter and ends with a letter or digit; case-insensitive; 2 to 64 characters.",
        example = "mycomponent")]
    pub name: String,
    #[schema(zh = "运行时", en = "Runtime", choices = "servicestage.v2_runtime.list|runtimes|type_name|display_name",
        help_zh = "运行时类型名称，例如Java8。", help_en = "A runtime's type name, e.g. Java8.", example = "Java8")]
    pub runtime: String,
    #[schema(zh = "组件类型", en = "Category", help_zh = "Webapp、MicroService或Common。", help_en = "Webapp, MicroService or Common.")]
    pub category: Category,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件子类型", en = "Subcategory", help_zh = "Webapp为Web；MicroService为Java Chassis或Spring Cloud；Common可为空。", help_en = "Web for Webapp; Java Chassis or Spring Cloud for MicroService; empty for Common.")]
    pub sub_category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description", max_len = 128, help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "来源", en = "Source", help_zh = "代码或软件包来源。", help_en = "Where the code or package comes from.")]
    pub source: Option<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建", en = "Build", help_zh = "组件构建。", help_en = "How the component is built.")]
    pub build: Option<Build>,
}

/// Body of 12.1.4.3 (table 12-113; SDK `ComponentModify`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改组件（v2）", en = "Update component (v2)")]
pub struct V2UpdateComponent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "由英文字母、数字、中划线(-)、下划线(_)组成，并以英文字母开头，英文字母或者数字结尾，长度为2~64个字符。",
        help_en = "Letters, digits, hyphens (-) or underscores (_); starts with a letter and ends with a letter or digit; 2 to 64 characters.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description", max_len = 128, help_zh = "最大长度为128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "来源", en = "Source", help_zh = "代码或软件包来源。", help_en = "Where the code or package comes from.")]
    pub source: Option<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建", en = "Build", help_zh = "修改构建时须指定构建集群ID（cluster_id）。", help_en = "A changed build names its cluster (cluster_id).")]
    pub build: Option<Build>,
}

/// `source` in an answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件来源信息", en = "Source (answer)")]
pub struct SourceInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "来源类型", en = "Kind")]
    pub kind: Option<Open<SourceKind>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "来源详情", en = "Details")]
    pub spec: Option<SourceSpec>,
}

/// `build` in an answer: with the build's id (an assembling job id, 12.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件构建信息", en = "Build (answer)")]
pub struct BuildInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建ID", en = "Build ID", help_zh = "构建任务ID，可用于查询构建记录。", help_en = "The build job's ID, under which its builds are listed.")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建参数", en = "Parameters")]
    pub parameters: Option<BuildParameters>,
}

/// A v2 component as the service returns it (tables 12-85, 12-96, 12-117, 12-126; SDK
/// `ComponentView`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件（v2）", en = "Component (v2)")]
pub struct Component {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件ID", en = "Component ID", read_only)]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "运行时", en = "Runtime")]
    pub runtime: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件类型", en = "Category")]
    pub category: Option<Open<Category>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件子类型", en = "Subcategory")]
    pub sub_category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目ID", en = "Project ID", read_only)]
    pub project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Application ID", read_only)]
    pub application_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "来源", en = "Source")]
    pub source: Option<SourceInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建", en = "Build")]
    pub build: Option<BuildInfo>,
    // Not in 12.1.4.1's table; 12.1.4.5's table names it (the pipelines that build the component).
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "流水线ID列表", en = "Pipeline IDs")]
    pub pipeline_ids: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status", help_zh = "0：正常；1：删除中。", help_en = "0: normal; 1: being deleted.")]
    pub status: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建人", en = "Created by", read_only)]
    pub creator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", read_only)]
    pub create_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Updated", read_only)]
    pub update_time: Option<i64>,
}

/// Answer of 12.1.4.2 (table 12-95).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件列表（v2）", en = "Components (v2)")]
pub struct V2ComponentList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件总数", en = "Total")]
    pub count: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件", en = "Components")]
    pub components: Option<Vec<Component>>,
}

/// Parameters of 12.1.4.2 (tables 12-92, 12-93).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct V2ListComponentsParams {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.v2_application.list|applications|id|name",
        help_zh = "应用ID，从获取所有应用（v2）得到。", help_en = "ID of a v2 application, from the v2 application list.")]
    pub application_id: String,
    // document: limit and offset typed String (table 12-93); service (SDK ListComponentsRequest): Integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询个数", en = "Limit", help_zh = "指定个数，取值[0, 100]或者1000，其他值相当于10。默认1000，用于不分页的场景；分页时取值[0, 100]。", help_en = "0 to 100, or 1000; any other value counts as 10. 1000 (the whole list) unless said otherwise; page with 0 to 100.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询偏移量", en = "Offset", min = 0, help_zh = "指定偏移量。", help_en = "Skip this many records.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by", help_zh = "默认按创建时间排序。", help_en = "Creation time unless said otherwise.")]
    pub order_by: Option<V2OrderBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方式", en = "Sort order", help_zh = "默认降序。", help_en = "Descending unless said otherwise.")]
    pub order: Option<SortOrder>,
}

/// Path parameters of the operations on one v2 component.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct V2ComponentPath {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.v2_application.list|applications|id|name",
        help_zh = "应用ID，从获取所有应用（v2）得到。", help_en = "ID of a v2 application, from the v2 application list.")]
    pub application_id: String,
    #[schema(path, zh = "组件ID", en = "Component ID", choices = "servicestage.v2_component.list?application_id=application_id|components|id|name",
        help_zh = "组件ID，从获取应用所有组件得到。", help_en = "ID of a component of the application.")]
    pub component_id: String,
}

/// Parameters of 12.1.4.4 (tables 12-121, 12-122).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct DeleteComponentParams {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.v2_application.list|applications|id|name",
        help_zh = "应用ID，从获取所有应用（v2）得到。", help_en = "ID of a v2 application, from the v2 application list.")]
    pub application_id: String,
    #[schema(path, zh = "组件ID", en = "Component ID", choices = "servicestage.v2_component.list?application_id=application_id|components|id|name",
        help_zh = "组件ID，从获取应用所有组件得到。", help_en = "ID of a component of the application.")]
    pub component_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "强制删除", en = "Force", help_zh = "是否强制删除。", help_en = "Delete even when the component still has instances.")]
    pub force: Option<bool>,
}

crate::operations! {
    service: ServiceStage;

    /// 12.1.4.1 应用中创建组件.
    CreateComponentOp {
        doc_ref: "servicestage:12.1.4.1",
        id: "servicestage.v2_component.create",
        title: ("应用中创建组件（v2）", "Create a component (v2)"),
        Post "/v2/{project_id}/cas/applications/{application_id}/components",
        kind: Create,
        params: V2ApplicationPath,
        body: V2CreateComponent,
        response: Component,
        status: 200,
    }

    /// 12.1.4.2 获取应用所有组件.
    ListComponentsOp {
        doc_ref: "servicestage:12.1.4.2",
        id: "servicestage.v2_component.list",
        title: ("获取应用所有组件（v2）", "List the components of an application (v2)"),
        Get "/v2/{project_id}/cas/applications/{application_id}/components",
        kind: List,
        params: V2ListComponentsParams,
        response: V2ComponentList,
        status: 200,
    }

    /// 12.1.4.3 根据组件 ID 修改组件信息.
    UpdateComponentOp {
        doc_ref: "servicestage:12.1.4.3",
        id: "servicestage.v2_component.update",
        title: ("根据组件ID修改组件信息（v2）", "Update a component (v2)"),
        Put "/v2/{project_id}/cas/applications/{application_id}/components/{component_id}",
        kind: Update,
        params: V2ComponentPath,
        body: V2UpdateComponent,
        response: Component,
        status: 200,
    }

    /// 12.1.4.4 根据组件 ID 删除组件.
    DeleteComponentOp {
        doc_ref: "servicestage:12.1.4.4",
        id: "servicestage.v2_component.delete",
        title: ("根据组件ID删除组件（v2）", "Delete a component (v2)"),
        Delete "/v2/{project_id}/cas/applications/{application_id}/components/{component_id}",
        kind: Delete,
        params: DeleteComponentParams,
        status: 204,
    }

    /// 12.1.4.5 根据组件 ID 获取组件信息.
    GetComponentOp {
        doc_ref: "servicestage:12.1.4.5",
        id: "servicestage.v2_component.get",
        title: ("根据组件ID获取组件信息（v2）", "Get a component (v2)"),
        Get "/v2/{project_id}/cas/applications/{application_id}/components/{component_id}",
        kind: Get,
        params: V2ComponentPath,
        response: Component,
        status: 200,
    }
}
