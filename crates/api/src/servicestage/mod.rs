//! Huawei Cloud ServiceStage (document `003_…`).

pub mod common;
pub mod assembling;
pub mod git;
pub mod v2;
pub mod v3;
