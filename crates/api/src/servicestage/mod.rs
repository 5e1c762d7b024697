//! Huawei Cloud ServiceStage (document `003_…`).

pub mod common;
pub mod v3;

use crate::operation::OperationDecl;

/// Every ServiceStage operation declared so far, in document order.
pub fn operations() -> impl Iterator<Item = &'static OperationDecl> {
    v3::operations()
}
