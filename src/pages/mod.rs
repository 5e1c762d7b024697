//! Pages: compositions of the generic views.

pub mod bench;
pub mod explorer;
pub mod overview;
pub mod repos;
pub mod resource;
pub mod settings;
pub mod signin;

/// The title of a console page of its own (`ResourceDecl::console_page`), for the side bar.
pub fn page_title(path: &str) -> Option<opsdeck_api::Text> {
    match path {
        "/repos" => Some(repos::REPOSITORIES),
        _ => None,
    }
}
