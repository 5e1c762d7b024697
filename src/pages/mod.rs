//! Pages: compositions of the generic views.

pub mod resource;
pub mod settings;
