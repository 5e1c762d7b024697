//! What the v2 lists and bodies share: the sort keys, and the resources an environment
//! manages. (Every v2 list takes `limit` 0 to 100, or 1000, the default, for the whole list;
//! the service reads any other value as 10, so no range is declared.)

use serde::{Deserialize, Serialize};

use crate::schema::Schema;

/// Sort keys of the v2 environment, application and component lists; other values sort by
/// `create_time`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "排序字段", en = "Sort by")]
pub enum V2OrderBy {
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

/// A resource an environment manages or an instance uses (tables 12-12, 12-14, 12-153): a
/// request item, with its id and type required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "资源", en = "Resource")]
pub struct ResourceRef {
    #[schema(zh = "资源ID", en = "Resource ID", min_len = 1, help_zh = "资源ID。", help_en = "ID of the resource (a CCE cluster, an ECS, an ELB …).",
        example = "b6862a62-d916-11e9-bdf1-0255ac101fd9")]
    pub id: String,
    #[serde(rename = "type")]
    #[schema(zh = "资源类型", en = "Resource type", min_len = 1,
        help_zh = "基础资源：cce、ecs、as。可选资源：rds、dcs、elb、cse等其他类型。",
        help_en = "Base resources: cce, ecs, as. Optional resources: rds, dcs, elb, cse and others.", example = "cce")]
    pub resource_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源名称", en = "Resource name", help_zh = "资源名称。", help_en = "Name of the resource.")]
    pub name: Option<String>,
}

/// A resource in an answer (tables 12-14, 12-20).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "资源信息", en = "Resource (answer)")]
pub struct ResourceInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源ID", en = "Resource ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源名称", en = "Resource name")]
    pub name: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源类型", en = "Resource type")]
    pub resource_type: Option<String>,
}
