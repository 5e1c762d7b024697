//! Opsdeck's headless request builder.
//!
//! Typed models and one declaration per documented operation; requests are built as plain
//! values ([`request::HttpRequest`]) and never sent from here, so the crate works natively and
//! in wasm, with any HTTP client. Answers decode into the typed models or an [`error::ApiError`].
//!
//! ```
//! use opsdeck_api::request::{build_typed, Credentials, Target};
//! use opsdeck_api::servicestage::v3::environment::*;
//!
//! let target = Target {
//!     endpoint: "https://servicestage.cn-north-4.myhuaweicloud.com".into(),
//!     credentials: Credentials::Token("MIIT…".into()),
//!     ..Target::default()
//! };
//! let params = ListEnvironmentsParams { project_id: "p1".into(), limit: Some(10), ..Default::default() };
//! let req = build_typed::<ListEnvironmentsOp>(&params, None, &target).unwrap();
//! assert_eq!(req.url, "https://servicestage.cn-north-4.myhuaweicloud.com/v3/p1/cas/environments?limit=10");
//! ```

// Lets the derive's `::opsdeck_api::…` paths resolve inside this crate too.
extern crate self as opsdeck_api;

pub mod catalog;
pub mod diff;
pub mod error;
pub mod iam;
pub mod jobs;
pub mod lenient;
pub mod list_meta;
pub mod json_path;
pub mod multipart;
pub mod openapi;
pub mod operation;
pub mod operation_data;
pub mod query;
pub mod request;
pub mod resource;
pub mod schema;
pub mod servicestage;
pub mod ims;
pub mod cbr;
pub mod rainbond;
pub mod vpc;
pub mod cce;
pub mod cse;
pub mod servicecomb;
pub mod eps;
pub mod sign;
pub mod steps;
pub mod url;
pub mod validate;

pub use error::{ApiError, BuildError};
pub use operation::{Method, OpKind, Operation, OperationDecl, Service};
pub use request::{Credentials, HttpRequest, Target};
pub use schema::{Lang, Schema, Text};
