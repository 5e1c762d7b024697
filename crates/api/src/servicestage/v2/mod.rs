//! ServiceStage's legacy application management API, v2 (document section 12.1): its own
//! environments, applications, components, component instances and deploy jobs, under
//! `/v2/{project_id}/cas`. Same resource names as v3, different models: nothing is shared
//! with `v3` but the path and sort-order helpers.

pub mod common;
pub mod metadata;
pub mod environment;
pub mod application;
pub mod component;
pub mod instance;
pub mod instance_spec;
pub mod job;
pub mod resources;
