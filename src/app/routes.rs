//! The console's pages by path.

use leptos::prelude::*;

use crate::chunks::lazy_view;
use crate::pages::resource::list::ResourceListPage;
use crate::pages::resource::{detail, form_page};
use crate::pages::{bench, explorer, overview, repos, settings};
use crate::router::Route;

/// The pages, by path below the console's base (first match wins: `new` before `:id`).
/// The list pages (where the console opens) are in the main wasm module; the others are
/// in chunks, fetched the first time they are shown (see [`crate::chunks`]; each page's
/// split point is declared in the page's module).
pub static ROUTES: &[Route] = &[
    Route { path: "/", view: || lazy_view(overview::overview_page) },
    Route { path: "/settings", view: || lazy_view(settings::settings_page) },
    Route { path: "/_bench/table", view: || lazy_view(bench::bench_page) },
    Route { path: "/explorer", view: || lazy_view(explorer::explorer_page) },
    Route { path: "/explorer/:op", view: || lazy_view(explorer::operation_page) },
    // The repository browser, before the generic pages whose patterns would take its paths.
    Route { path: "/repos", view: || lazy_view(repos::authorizations::authorizations_page) },
    Route { path: "/repos/:auth", view: || lazy_view(repos::browse::namespaces_page) },
    Route { path: "/repos/:auth/:namespace", view: || lazy_view(repos::browse::projects_page) },
    Route { path: "/repos/:auth/:namespace/:project", view: || lazy_view(repos::project::project_page) },
    Route { path: "/:service/:resource", view: || view! { <ResourceListPage /> }.into_any() },
    Route { path: "/:service/:resource/new", view: || lazy_view(form_page::create_page) },
    Route { path: "/:service/:resource/:id", view: || lazy_view(detail::detail_page) },
    Route { path: "/:service/:resource/:id/edit", view: || lazy_view(form_page::edit_page) },
];
