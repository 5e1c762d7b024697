//! ServiceStage application management API, v3 (document chapter 4).

pub mod environment;
pub mod environment_resource;
pub mod application;
pub mod resources;
pub mod component;
pub mod component_spec;
pub mod runtime_stack;
pub mod config;
pub mod job;
pub mod addon;
