//! Enterprise Project Management (not a seed document): the enterprise project list that the
//! forms' `enterprise_project_id` pickers read. A supplementary operation
//! (`x-eps:enterprise-projects`) on the service's own path with its own member names. EPS is a
//! global service: its path carries no project and its endpoint no region.
//!
//! Wire check: the SDK models `huaweicloudsdkeps.v1` ListEnterpriseProjectRequest /
//! ListEnterpriseProjectResponse / EpDetail (python-v3; go-v3 `services/eps/v1`). The list pages
//! with `limit` (1–1000, 1000 by default) and `offset` and answers `total_count`; `status` is a
//! number (1 enabled, 2 disabled); the default project's id is `"0"`.

use serde::{Deserialize, Serialize};

use crate::query::SortDir;
use crate::schema::Schema;

/// Sort key of the enterprise project list (SDK `sort_key`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "排序字段", en = "Sort key")]
pub enum EpsSortKey {
    #[serde(rename = "created_at")]
    #[schema(zh = "创建时间（默认）", en = "Created (default)")]
    CreatedAt,
    #[serde(rename = "updated_at")]
    #[schema(zh = "修改时间", en = "Updated")]
    UpdatedAt,
}


/// Query of the enterprise project list (`GET /v1.0/enterprise-projects`, "查询企业项目列表").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct EpsListParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "企业项目ID", en = "Enterprise project ID", help_zh = "企业项目ID，0表示默认企业项目。", help_en = "Only this enterprise project; 0 is the default one.")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "企业项目名称", en = "Name", help_zh = "企业项目名称，支持模糊搜索。", help_en = "Enterprise projects whose name contains this text.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "企业项目状态", en = "Status", min = 1, max = 2, help_zh = "1：启用；2：停用。", help_en = "1: enabled; 2: disabled.")]
    pub status: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "每页条数", en = "Limit", min = 1, max = 1000, help_zh = "查询记录数，默认为1000。", help_en = "Items per page (1000 by default).")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "偏移量", en = "Offset", min = 0, help_zh = "从offset指定的下一条数据开始查询，默认为0。", help_en = "Items to skip (0 by default).")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by")]
    pub sort_key: Option<EpsSortKey>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方向", en = "Sort direction")]
    pub sort_dir: Option<SortDir>,
}

/// An enterprise project as the list answers it (SDK EpDetail).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "企业项目", en = "Enterprise project")]
pub struct EnterpriseProject {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status", help_zh = "1：启用；2：停用。", help_en = "1: enabled; 2: disabled.")]
    pub status: Option<i64>,
    /// `prod` or `poc` (not in EpDetail's older versions).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目类型", en = "Type")]
    pub project_type: Option<String>,
    /// UTC, e.g. 2018-05-18T06:49:06Z.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Updated")]
    pub updated_at: Option<String>,
}

/// Answer of the enterprise project list (SDK ListEnterpriseProjectResponse).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "企业项目列表", en = "Enterprise projects")]
pub struct EnterpriseProjectList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目", en = "Enterprise projects")]
    pub enterprise_projects: Option<Vec<EnterpriseProject>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目总数", en = "Total")]
    pub total_count: Option<i64>,
}

crate::operations! {
    service: Eps;

    /// EPS 查询企业项目列表 (not a seed document): the `enterprise_project_id` pickers' list.
    ListEnterpriseProjectsOp {
        doc_ref: "x-eps:enterprise-projects",
        id: "eps.enterprise_project.list",
        title: ("查询企业项目列表", "List enterprise projects"),
        Get "/v1.0/enterprise-projects",
        kind: List,
        params: EpsListParams,
        response: EnterpriseProjectList,
        status: 200,
    }
}
