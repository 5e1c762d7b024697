//! Query members that several services spell the same way.

use serde::{Deserialize, Serialize};

use crate::schema::Schema;

/// Sort direction of a list (`sort_dir`: IMS images, enterprise projects); descending when
/// left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "排序方向", en = "Sort direction")]
pub enum SortDir {
    #[serde(rename = "asc")]
    #[schema(zh = "升序", en = "Ascending")]
    Asc,
    #[serde(rename = "desc")]
    #[schema(zh = "降序（默认）", en = "Descending (default)")]
    Desc,
}
