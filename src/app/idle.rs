//! What the console does once its first page is up and the browser is idle: it fetches every
//! chunk and every resource's list metadata (so later pages do not wait on the network),
//! warms the form code up (`views::warm_up`), rehearses a link click, and sets the
//! [`WARMED_UP`] mark.

use leptos::prelude::*;

use crate::split::Prefetch;
use crate::state::AppState;
use crate::{client, pages, views};

/// The `performance.mark` set once the chunks are fetched and the forms warmed up.
pub const WARMED_UP: &str = "opsdeck:warmed-up";

/// Every split point of the console (each declared beside its view), in the order they are
/// prefetched: the pages' first, then the panels they open. A test (`crates/xtask`, the
/// architecture check) makes sure none is missing.
const SPLIT_POINTS: &[Prefetch] = &[
    pages::settings::settings_page::PREFETCH,
    views::job_tray::job_list::PREFETCH,
    client::load_signer::PREFETCH,
    views::job_tray::restore_jobs::PREFETCH,
    views::job_tray::clear_finished::PREFETCH,
    pages::bench::bench_page::PREFETCH,
    pages::overview::overview_page::PREFETCH,
    views::export::save_rows::PREFETCH,
    pages::explorer::explorer_page::PREFETCH,
    pages::explorer::operation_page::PREFETCH,
    pages::resource::form_page::create_page::PREFETCH,
    pages::resource::form_page::edit_page::PREFETCH,
    views::runner::action_drawer::PREFETCH,
    pages::resource::actions::action_dialog::PREFETCH,
    views::feedback::confirm_dialog::PREFETCH,
    views::scope::scope_bar::PREFETCH,
    views::warm_up::rehearse_step::PREFETCH,
    pages::resource::detail::detail_page::PREFETCH,
    views::compare::compare_versions::PREFETCH,
    pages::repos::authorizations::authorizations_page::PREFETCH,
    pages::repos::browse::namespaces_page::PREFETCH,
    pages::repos::browse::projects_page::PREFETCH,
    pages::repos::project::project_page::PREFETCH,
];

/// Starts the idle work (in the shipped build; without chunks there is nothing to fetch):
/// once no request of the console's is in flight, the first page's own code and requests have
/// come first, so the chunks stay off its critical path.
pub fn after_first_page(state: AppState) {
    if !cfg!(feature = "split") {
        return;
    }
    leptos::task::spawn_local(async move {
        // Quiet: no request of the console's in flight over three checks 100 ms apart.
        let mut quiet = 0;
        while quiet < 3 {
            crate::state::sleep_ms(100).await;
            quiet = if crate::client::in_flight() == 0 { quiet + 1 } else { 0 };
        }
        idle().await;
        crate::chunks::prefetch(SPLIT_POINTS).await;
        // And the other resources' list metadata (about a kilobyte each), so that a list
        // opened later asks for its items at once. One that fails is fetched when needed.
        for r in opsdeck_api::catalog::RESOURCES {
            let _ = pages::resource::list_meta::load(r).await;
        }
        // Then the form code runs once off-screen (see `views::warm_up`), a sample per idle
        // period.
        let mut i = 0;
        loop {
            idle().await;
            match views::warm_up::rehearse_step::rehearse_step(state, super::routes::ROUTES, i).await {
                Ok(true) => i += 1,
                _ => break,
            }
        }
        idle().await;
        crate::router::rehearse_navigation(&crate::router::links::base());
        // For whoever measures the console (the bench, an end-to-end test): it is warm now.
        if let Some(performance) = window().performance() {
            let _ = performance.mark(WARMED_UP);
        }
    });
}

/// Resolves in the browser's next idle period (at once where there is no
/// `requestIdleCallback`, as in Safari).
async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if window().request_idle_callback(&resolve).is_err() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

