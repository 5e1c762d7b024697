//! Runtime stacks (document section 4.4): the system and custom technology stacks components
//! run on, and the built-in base images used to build them.
//!
//! 4.4.3 (create) and 4.4.7 (publish / unpublish) are documented with the same method and URI
//! (`POST /v3/{project_id}/cas/runtimestacks`) and differ only by their body; both are declared
//! exactly as `operations.tsv` lists them. (Huawei's own Terraform provider sends the publish
//! body to `POST …/cas/runtimestacks/action`; the document does not show that path.)

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::schema::Schema;
use crate::servicestage::common::ProjectPath;

/// `deploy_mode` of a custom stack: the document allows only virtual machines for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "部署类型", en = "Deployment type")]
pub enum RuntimeStackDeployMode {
    #[serde(rename = "virtualmachine")]
    #[schema(zh = "虚拟机部署", en = "Virtual machine deployment")]
    VirtualMachine,
}

/// `type` of a custom stack: the document allows only Java and Tomcat for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "技术栈类型", en = "Stack type")]
pub enum RuntimeStackType {
    #[serde(rename = "Java")]
    #[schema(zh = "Java", en = "Java")]
    Java,
    #[serde(rename = "Tomcat")]
    #[schema(zh = "Tomcat", en = "Tomcat")]
    Tomcat,
}

/// `spec` of a stack, in bodies (tables 4-292, 4-302) and answers (tables 4-284, 4-294, 4-298,
/// 4-304); every member is optional in both, and answers send `null` for unset ones.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "技术栈相关参数", en = "Stack specification")]
pub struct RuntimeStackSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈操作系统", en = "Operating system",
        help_zh = "技术栈操作系统。", help_en = "Operating system of the stack.", example = "Linux")]
    pub os: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈工具包", en = "SDK",
        help_zh = "技术栈工具包。", help_en = "Toolkit (SDK) of the stack.", example = "OpenJDK-11.0.23")]
    pub sdk: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈相关镜像参数", en = "Image parameters",
        help_zh = "技术栈相关镜像参数（镜像地址），键值对，例如jdk_url。",
        help_en = "Image parameters (addresses) of the stack as key/value pairs, e.g. jdk_url.")]
    pub parameters: Option<BTreeMap<String, String>>,
}

/// Body of 4.4.3 (table 4-291).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建技术栈", en = "Create runtime stack")]
pub struct RuntimeStackCreate {
    #[schema(zh = "技术栈名称", en = "Name", help_zh = "技术栈名称。", help_en = "Name of the stack.", example = "test")]
    pub name: String,
    #[schema(zh = "部署类型", en = "Deployment type",
        help_zh = "部署类型。目前仅支持virtualmachine（虚拟机部署）类型。",
        help_en = "Deployment type; only virtualmachine (virtual machine deployment) is supported for now.")]
    pub deploy_mode: RuntimeStackDeployMode,
    #[serde(rename = "type")]
    #[schema(zh = "技术栈类型", en = "Stack type",
        help_zh = "技术栈类型。目前仅支持Java、Tomcat。", help_en = "Stack type; only Java and Tomcat are supported for now.")]
    pub stack_type: RuntimeStackType,
    #[schema(zh = "版本号", en = "Version", help_zh = "版本号。", help_en = "Version number.", example = "1.0.0")]
    pub version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈相关参数", en = "Specification",
        help_zh = "技术栈相关参数：操作系统、工具包、镜像参数。", help_en = "Stack parameters: operating system, SDK, image parameters.")]
    pub spec: Option<RuntimeStackSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈描述", en = "Description", help_zh = "技术栈描述。", help_en = "Description of the stack.")]
    pub description: Option<String>,
}

/// Body of 4.4.5 (table 4-301): the same members as creation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改技术栈", en = "Update runtime stack")]
pub struct RuntimeStackUpdate {
    #[schema(zh = "技术栈名称", en = "Name", help_zh = "技术栈名称。", help_en = "Name of the stack.")]
    pub name: String,
    #[schema(zh = "部署类型", en = "Deployment type",
        help_zh = "部署类型。目前仅支持virtualmachine（虚拟机部署）类型。",
        help_en = "Deployment type; only virtualmachine (virtual machine deployment) is supported for now.")]
    pub deploy_mode: RuntimeStackDeployMode,
    #[serde(rename = "type")]
    #[schema(zh = "技术栈类型", en = "Stack type",
        help_zh = "技术栈类型。目前仅支持Java、Tomcat。", help_en = "Stack type; only Java and Tomcat are supported for now.")]
    pub stack_type: RuntimeStackType,
    #[schema(zh = "版本号", en = "Version", help_zh = "版本号。", help_en = "Version number.")]
    pub version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈相关参数", en = "Specification",
        help_zh = "技术栈相关参数：操作系统、工具包、镜像参数。", help_en = "Stack parameters: operating system, SDK, image parameters.")]
    pub spec: Option<RuntimeStackSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈描述", en = "Description", help_zh = "技术栈描述。", help_en = "Description of the stack.")]
    pub description: Option<String>,
}

/// What 4.4.7 does to the listed stacks (table 4-309).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "技术栈操作", en = "Stack action")]
pub enum RuntimeStackReleaseAction {
    #[serde(rename = "Supported")]
    #[schema(zh = "发布技术栈", en = "Publish the stacks")]
    Supported,
    #[serde(rename = "Disable")]
    #[schema(zh = "取消发布技术栈", en = "Unpublish the stacks")]
    Disable,
}

/// One stack of 4.4.7 (table 4-311, `runtimestack_item`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "技术栈", en = "Runtime stack item")]
pub struct RuntimeStackReleaseItem {
    #[schema(zh = "技术栈ID", en = "Stack ID", help_zh = "技术栈ID。", help_en = "ID of the stack.")]
    pub id: String,
}

/// `parameters` of 4.4.7 (table 4-310). Typed `Map<String, Object>` in table 4-309, but table
/// 4-310 documents its one member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "操作参数", en = "Action parameters")]
pub struct RuntimeStackReleaseParameters {
    #[schema(zh = "技术栈列表", en = "Stacks",
        help_zh = "对技术栈进行发布/取消发布操作的技术栈列表。", help_en = "The stacks to publish or unpublish.")]
    pub runtimestacks: Vec<RuntimeStackReleaseItem>,
}

/// Body of 4.4.7 (table 4-309).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "发布和取消发布技术栈", en = "Publish or unpublish runtime stacks")]
pub struct RuntimeStackRelease {
    #[schema(zh = "操作", en = "Action",
        help_zh = "对技术栈进行的操作。Supported：发布技术栈；Disable：取消发布技术栈。",
        help_en = "What to do with the stacks. Supported: publish them; Disable: unpublish them.")]
    pub action: RuntimeStackReleaseAction,
    #[schema(zh = "参数", en = "Parameters", help_zh = "要操作的技术栈。", help_en = "The stacks to act on.")]
    pub parameters: RuntimeStackReleaseParameters,
}

/// A runtime stack as the service returns it (tables 4-283, 4-293, 4-297, 4-303). The tables
/// list `version` twice (版本号 / 技术栈版本): it is one member.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "技术栈", en = "Runtime stack")]
pub struct RuntimeStack {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈ID", en = "Stack ID", read_only)]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "运行时名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "租户项目ID", en = "Project ID", read_only)]
    pub project_id: Option<String>,
    /// Documented as a plain string in answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署类型", en = "Deployment type",
        help_zh = "container：容器部署；virtualmachine：虚拟机部署。",
        help_en = "container: container deployment; virtualmachine: virtual machine deployment.")]
    pub deploy_mode: Option<String>,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈类型", en = "Stack type",
        help_zh = "技术栈类型：Nodejs、Java、Tomcat、Python、Docker、Php。",
        help_en = "Stack type: Nodejs, Java, Tomcat, Python, Docker or Php.")]
    pub stack_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈版本", en = "Version", help_zh = "版本号。", help_en = "Version number of the stack.")]
    pub version: Option<String>,
    /// Not in the answer tables; the examples of 4.4.3–4.4.5 carry it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈相关参数", en = "Specification")]
    pub spec: Option<RuntimeStackSpec>,
    /// `1` for a system stack, `0` for a custom one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否系统技术栈", en = "System stack",
        help_zh = "1：系统技术栈；0：自定义技术栈。", help_en = "1: system stack; 0: custom stack.")]
    pub system: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈状态", en = "Status",
        help_zh = "Supported：启用；Deprecated：已弃用；Disable：未启用。",
        help_en = "Supported: enabled (published); Deprecated: deprecated; Disable: not enabled (unpublished).")]
    pub status: Option<String>,
    /// Not in table 4-283 (4.4.1), but in its example and the other tables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建人", en = "Created by", read_only)]
    pub creator: Option<String>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", read_only, help_zh = "创建时间（毫秒时间戳）。", help_en = "Creation time, milliseconds since the Unix epoch.")]
    pub create_time: Option<i64>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Updated", read_only, help_zh = "修改时间（毫秒时间戳）。", help_en = "Last update time, milliseconds since the Unix epoch.")]
    pub update_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "关联组件个数", en = "Components", read_only,
        help_zh = "技术栈关联的组件个数。", help_en = "Number of components that use the stack.")]
    pub component_count: Option<i64>,
}

/// Answer of 4.4.1 (table 4-282).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "技术栈列表", en = "Runtime stacks")]
pub struct RuntimeStackList {
    // document: runtime_stack_s (table 4-282, a PDF artefact), runtime_stacks (its example),
    // runtimestacks (the spelling of 4.4.2's example and of the path); service: runtime_stacks
    // (Huawei's Terraform provider reads it; the SDK sources at hand have no model of this
    // answer). runtimestacks decodes too.
    #[serde(default, alias = "runtimestacks", deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈", en = "Runtime stacks")]
    pub runtime_stacks: Option<Vec<RuntimeStack>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈总数", en = "Total")]
    pub total: Option<i64>,
}

/// A built-in base image (table 4-288).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "内置镜像", en = "Built-in image")]
pub struct RuntimeStackInnerImage {
    /// Documented as a plain string in answers.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "技术栈类型", en = "Stack type",
        help_zh = "技术栈类型：Nodejs、Java、Tomcat、Python、Php。", help_en = "Stack type: Nodejs, Java, Tomcat, Python or Php.")]
    pub stack_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像地址", en = "Image URL")]
    pub url: Option<String>,
}

/// Answer of 4.4.2 (table 4-287).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "内置镜像列表", en = "Built-in images")]
pub struct RuntimeStackInnerImageList {
    // document: runtime_stacks (table 4-287), runtimestacks (the 4.4.2 example); service:
    // runtime_stacks (Huawei's Terraform provider reads that member of this answer). Both
    // decode; it is encoded as runtime_stacks.
    #[serde(default, alias = "runtimestacks", deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "运行时栈", en = "Runtime stacks", help_zh = "各技术栈构建时使用的内置基础镜像。", help_en = "The built-in base images each stack builds with.")]
    pub runtime_stacks: Option<Vec<RuntimeStackInnerImage>>,
}

/// Path parameters of the operations on one stack.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct RuntimeStackPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "技术栈ID", en = "Stack ID", choices = "servicestage.runtime_stack.list|runtime_stacks|id|name", help_zh = "技术栈ID，可通过查询运行时栈获取。", help_en = "ID of the stack, as listed by 'List runtime stacks'.")]
    pub runtimestack_id: String,
}

crate::operations! {
    service: ServiceStage;

    /// 4.4.1 查询运行时栈.
    ListRuntimeStacksOp {
        doc_ref: "servicestage:4.4.1",
        id: "servicestage.runtime_stack.list",
        title: ("查询运行时栈", "List runtime stacks"),
        Get "/v3/{project_id}/cas/runtimestacks",
        kind: List,
        params: ProjectPath,
        response: RuntimeStackList,
        status: 200,
    }

    /// 4.4.2 查询内置镜像.
    ListInnerImagesOp {
        doc_ref: "servicestage:4.4.2",
        id: "servicestage.runtime_stack.inner_images",
        title: ("查询内置镜像", "List built-in images"),
        Get "/v3/{project_id}/cas/innerimages",
        kind: List,
        params: ProjectPath,
        response: RuntimeStackInnerImageList,
        status: 200,
    }

    /// 4.4.3 创建技术栈.
    CreateRuntimeStackOp {
        doc_ref: "servicestage:4.4.3",
        id: "servicestage.runtime_stack.create",
        title: ("创建技术栈", "Create a runtime stack"),
        Post "/v3/{project_id}/cas/runtimestacks",
        kind: Create,
        params: ProjectPath,
        body: RuntimeStackCreate,
        response: RuntimeStack,
        status: 200,
    }

    /// 4.4.4 根据技术栈 ID 查询技术栈.
    GetRuntimeStackOp {
        doc_ref: "servicestage:4.4.4",
        id: "servicestage.runtime_stack.get",
        title: ("根据技术栈ID查询技术栈", "Get a runtime stack"),
        Get "/v3/{project_id}/cas/runtimestacks/{runtimestack_id}",
        kind: Get,
        params: RuntimeStackPath,
        response: RuntimeStack,
        status: 200,
    }

    /// 4.4.5 根据技术栈 ID 修改技术栈.
    UpdateRuntimeStackOp {
        doc_ref: "servicestage:4.4.5",
        id: "servicestage.runtime_stack.update",
        title: ("根据技术栈ID修改技术栈", "Update a runtime stack"),
        Put "/v3/{project_id}/cas/runtimestacks/{runtimestack_id}",
        kind: Update,
        params: RuntimeStackPath,
        body: RuntimeStackUpdate,
        response: RuntimeStack,
        status: 200,
    }

    /// 4.4.6 根据技术栈 ID 删除技术栈.
    DeleteRuntimeStackOp {
        doc_ref: "servicestage:4.4.6",
        id: "servicestage.runtime_stack.delete",
        title: ("根据技术栈ID删除技术栈", "Delete a runtime stack"),
        Delete "/v3/{project_id}/cas/runtimestacks/{runtimestack_id}",
        kind: Delete,
        params: RuntimeStackPath,
        status: 204,
    }

    /// 4.4.7 发布和取消发布技术栈: same method and URI as 4.4.3, another body.
    PublishRuntimeStacksOp {
        doc_ref: "servicestage:4.4.7",
        id: "servicestage.runtime_stack.publish",
        title: ("发布和取消发布技术栈", "Publish or unpublish runtime stacks"),
        Post "/v3/{project_id}/cas/runtimestacks",
        kind: Action,
        params: ProjectPath,
        body: RuntimeStackRelease,
        status: 204,
    }
}
