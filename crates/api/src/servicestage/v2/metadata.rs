//! Metadata of the v2 API (document section 12.1.1): the runtimes a component may use and
//! the resource flavors an instance may be given; the forms' pickers read them.

use serde::{Deserialize, Serialize};

use crate::schema::Schema;
use crate::servicestage::common::ProjectPath;

/// One runtime (table 12-4; SDK `RuntimeTypeView`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "运行时", en = "Runtime")]
pub struct RuntimeType {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "类型名称", en = "Type name", help_zh = "创建组件时填写的运行时。", help_en = "What a component's runtime is set to.")]
    pub type_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "显示名称", en = "Display name")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "容器默认端口", en = "Default container port")]
    pub container_default_port: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "类型描述", en = "Description")]
    pub type_desc: Option<String>,
}

/// Answer of 12.1.1.1 (table 12-3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "运行时列表", en = "Runtimes")]
pub struct RuntimeTypeList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "运行时", en = "Runtimes")]
    pub runtimes: Option<Vec<RuntimeType>>,
}

/// One resource flavor (table 12-8; SDK `FlavorView`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "资源规格", en = "Flavor")]
pub struct Flavor {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "规格ID", en = "Flavor ID", help_zh = "创建实例时填写的规格，例如MICRO-5G:0.5C:1G。", help_en = "What an instance's flavor_id is set to, e.g. MICRO-5G:0.5C:1G.")]
    pub flavor_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储大小", en = "Storage")]
    pub storage_size: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "CPU限制", en = "CPU limit")]
    pub num_cpu: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "CPU初始", en = "CPU request")]
    pub num_cpu_init: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "内存限制", en = "Memory limit")]
    pub memory_size: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "内存初始", en = "Memory request")]
    pub memory_size_init: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "展示标签", en = "Label")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否自定义规格", en = "Custom")]
    pub custom: Option<bool>,
}

/// Answer of 12.1.1.2 (table 12-7).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "资源规格列表", en = "Flavors")]
pub struct FlavorList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "规格", en = "Flavors")]
    pub flavors: Option<Vec<Flavor>>,
}

crate::operations! {
    service: ServiceStage;

    /// 12.1.1.1 获取所有支持的应用组件运行时类型.
    ListRuntimesOp {
        doc_ref: "servicestage:12.1.1.1",
        id: "servicestage.v2_runtime.list",
        title: ("获取所有支持的应用组件运行时类型（v2）", "List component runtimes (v2)"),
        Get "/v2/{project_id}/cas/metadata/runtimes",
        kind: List,
        params: ProjectPath,
        response: RuntimeTypeList,
        status: 200,
    }

    /// 12.1.1.2 获取所有支持的应用资源规格.
    ListFlavorsOp {
        doc_ref: "servicestage:12.1.1.2",
        id: "servicestage.v2_flavor.list",
        title: ("获取所有支持的应用资源规格（v2）", "List resource flavors (v2)"),
        Get "/v2/{project_id}/cas/metadata/flavors",
        kind: List,
        params: ProjectPath,
        response: FlavorList,
        status: 200,
    }
}
