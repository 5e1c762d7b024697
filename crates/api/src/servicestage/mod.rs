//! Huawei Cloud ServiceStage (document `003_…`).

pub mod common;
pub mod git;
pub mod v3;
