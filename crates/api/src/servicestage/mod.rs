//! Huawei Cloud ServiceStage (document `003_…`).

pub mod common;
pub mod v3;
