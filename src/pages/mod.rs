//! Pages: compositions of the generic views.

pub mod bench;
pub mod explorer;
pub mod overview;
pub mod resource;
pub mod settings;
pub mod signin;
