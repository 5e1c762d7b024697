//! The shell: start-up (stored settings, then the deployment's `config.json`), the layout
//! around the pages, and what runs once the console is idle.
//!
//! - [`nav`]: the side bar and the top bar.
//! - [`routes`]: the pages by path.
//! - [`idle`]: prefetching the chunks and warming the form code up.
//! - [`operations`]: the operations' titles and parameters, read before the first page in the
//!   shipped build.

mod idle;
mod nav;
mod operations;
pub mod routes;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{self, tr};
use crate::router::links::base;
use crate::router::{self, Routes};
use crate::state::{AppState, DeploymentConfig, Theme};
use crate::views::feedback::Toasts;
use nav::{Sidebar, TopBar};

/// Reads `config.json` next to `index.html` (relative to the document's base URL). It is
/// decoded like a portal's `mount(element, config)` object (the browser parses the JSON,
/// `serde_wasm_bindgen` reads it), so the wasm carries one decoder for the deployment config.
async fn load_deployment_config() -> Option<DeploymentConfig> {
    let res = gloo_net::http::Request::get("config.json").send().await.ok()?;
    if !res.ok() {
        return None;
    }
    let json = js_sys::JSON::parse(&res.text().await.ok()?).ok()?;
    serde_wasm_bindgen::from_value(json).ok()
}

fn not_found() -> AnyView {
    view! { <div class="page"><h1>{tr(i18n::NOT_FOUND_PAGE)}</h1></div> }.into_any()
}

/// After each navigation (not the first page), moves focus to the new page's heading, so
/// keyboard and screen reader users start there rather than on `<body>`. The page may come
/// from a chunk a few frames later: it is looked for during about half a second.
fn focus_heading_after_navigation(main: NodeRef<leptos::html::Main>) {
    use wasm_bindgen::JsCast;
    let pathname = router::use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let now = pathname.get();
        if previous.is_some_and(|p| p != now) {
            fn attempt(main: NodeRef<leptos::html::Main>, left: u32) {
                request_animation_frame(move || {
                    let heading = main.get_untracked().and_then(|m| m.query_selector("h1").ok().flatten());
                    match heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
                        Some(h) => {
                            h.set_tab_index(-1);
                            let _ = h.focus();
                        }
                        None if left > 0 => attempt(main, left - 1),
                        None => {}
                    }
                });
            }
            attempt(main, 30);
        }
        now
    });
}

/// The whole console. `embedded`: the host page's settings (see [`crate::embed`]); without
/// them the console reads `config.json` next to `index.html`.
#[component]
pub fn App(#[prop(optional)] embedded: Option<DeploymentConfig>) -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    router::start(&base());
    // Pages wait for the deployment's settings (or their absence): they decide which
    // endpoints the first requests go to.
    let ready = RwSignal::new(false);
    spawn_local(async move {
        let config = match embedded {
            Some(c) => Some(c),
            None => load_deployment_config().await,
        };
        if let Some(config) = config {
            state.apply_deployment(config);
        }
        // Read before the pages are built (the routes below ask again, and offer a retry
        // when this failed). Stored jobs and the idle work build requests: they wait for a
        // successful read, until the next start when there is none.
        let parameters = operations::load().await;
        ready.set(true);
        if parameters.is_err() {
            return;
        }
        if crate::jobs::stored() {
            spawn_local(async move {
                let _ = crate::views::job_tray::restore_jobs::restore_jobs(state).await;
            });
        }
        idle::after_first_page(state);
    });
    // The AK/SK signer is a chunk: fetched as soon as AK/SK is chosen (at start-up or in the
    // settings), so request previews can sign too. Requests wait for it in any case.
    Effect::new(move |_| {
        if state.settings.with(|s| s.auth_mode == crate::state::AuthMode::Aksk) {
            spawn_local(async move {
                let _ = crate::client::ensure_signer(&state).await;
            });
        }
    });
    let theme = move || state.settings.with(|s| if s.theme == Theme::Dark { "dark" } else { "light" });
    let lang_tag = move || state.settings.with(|s| s.lang.tag());
    // The document's language follows the console's, for screen readers and fonts.
    Effect::new(move |_| {
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", lang_tag());
        }
    });
    let main = NodeRef::<leptos::html::Main>::new();
    focus_heading_after_navigation(main);
    // `#main` resolves against `<base href>` to another page, so the link focuses the content
    // itself rather than following the fragment.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(m) = main.get_untracked() {
            let _ = m.focus();
        }
    };
    view! {
        <div class="opsdeck" data-theme=theme lang=lang_tag>
            <a class="skip-link" href="#main" on:click=skip>{tr(i18n::SKIP_TO_CONTENT)}</a>
            <TopBar />
            <div class="layout">
                <Sidebar />
                <main id="main" tabindex="-1" node_ref=main>
                    <Show when=move || ready.get() fallback=|| view! { <p class="loading" role="status">"…"</p> }>
                    {crate::chunks::lazy_view(|| Box::pin(async {
                        operations::load().await?;
                        Ok(view! { <Routes base=base() routes=routes::ROUTES fallback=not_found /> }.into_any())
                    }))}
                    </Show>
                </main>
            </div>
            <Toasts />
            <crate::views::feedback::LeaveDialog />
        </div>
    }
}
