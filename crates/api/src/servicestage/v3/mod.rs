//! ServiceStage application management API, v3 (document chapter 4).

pub mod environment;

use crate::operation::OperationDecl;

pub fn operations() -> impl Iterator<Item = &'static OperationDecl> {
    environment::OPERATIONS.iter().copied()
}
