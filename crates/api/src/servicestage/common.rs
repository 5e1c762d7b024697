//! Models shared by many ServiceStage operations.

use serde::{Deserialize, Serialize};

use crate::schema::Schema;

/// Path parameters of operations addressed by project only.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ProjectPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
}

/// A resource tag (`labels[]`), as environments, applications and components carry them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "标签", en = "Label")]
pub struct Label {
    /// Letters, digits, `_`, `-` or Chinese characters (U+4E00–U+9FA5), 1–36 characters.
    #[schema(zh = "标签名称", en = "Key", min_len = 1, max_len = 36,
        pattern = "^[A-Za-z0-9_\\u{4E00}-\\u{9FA5}-]+$",
        help_zh = "长度为1到36个字符，只能包含数字、英文字母、下划线（_）、中划线（-）或中文。",
        help_en = "1 to 36 characters: digits, letters, underscores (_), hyphens (-) or Chinese characters.")]
    pub key: String,
    /// Letters, digits, `_`, `.`, `-` or Chinese characters, 2–43 characters.
    #[schema(zh = "标签值", en = "Value", min_len = 2, max_len = 43,
        pattern = "^[A-Za-z0-9_.\\u{4E00}-\\u{9FA5}-]+$",
        help_zh = "长度为2到43个字符，只能包含数字、英文字母、下划线（_）、点（.）、中划线（-）或中文。",
        help_en = "2 to 43 characters: digits, letters, underscores (_), dots (.), hyphens (-) or Chinese characters.")]
    pub value: String,
}

/// Sort direction of ServiceStage lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "排序方式", en = "Sort order")]
pub enum SortOrder {
    #[serde(rename = "desc")]
    #[schema(zh = "降序排序（默认）", en = "Descending (default)")]
    Desc,
    #[serde(rename = "asc")]
    #[schema(zh = "升序排序", en = "Ascending")]
    Asc,
}

/// A label as answers carry it: the key and value the request requires may come back `null`
/// or be left out (the answers of 4.1.2 and 4.2.2 show `null` labels), so both are optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "标签", en = "Label")]
pub struct LabelInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签名称", en = "Key")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签值", en = "Value")]
    pub value: Option<String>,
}
