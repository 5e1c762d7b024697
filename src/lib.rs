//! Opsdeck, the console: a Leptos (client-side rendered) app compiled to WebAssembly.
//!
//! From the top down (a module uses only those below it, or its own children; a test in
//! `crates/xtask` checks that no import cycle creeps in):
//!
//! - [`app`]: the shell (navigation, top bar), the routes, start-up and idle work; [`embed`]:
//!   mounting it in a portal.
//! - [`pages`]: pages composed of the views (resources, explorer, settings and sign-in).
//! - [`views`]: generic views driven by the operation declarations (form, operation call and
//!   runner, table, detail, request preview, job tray, feedback).
//! - [`chunks`]: views loaded from wasm chunks (each split point is declared by its view);
//!   [`split`]: the split point itself, for code that is not a view.
//! - [`router`]: the URL (routes, query, history) and every link the console builds.
//! - [`jobs`]: the jobs the console follows; [`client`]: sends requests built by
//!   `opsdeck-api` with the browser's fetch; [`i18n`]: the interface's zh/en texts.
//! - [`state`]: settings, endpoints and credentials (secrets in session storage by default);
//!   [`storage`]: the browser's storage; [`format`], [`patterns`]: numbers, times, RegExp.

pub mod app;
pub mod chunks;
pub mod client;
pub mod embed;
pub mod format;
pub mod i18n;
pub mod jobs;
pub mod pages;
pub mod patterns;
pub mod router;
pub mod split;
pub mod state;
pub mod storage;
pub mod transport;
pub mod views;

use wasm_bindgen::prelude::*;

/// Mounts the console on `<body>` when the shipped bundle loads in the console's own page
/// (`<body data-opsdeck-automount>`); a portal calls [`embed::mount`] instead. Browser tests
/// link the library without the `mount` feature and mount only what they test.
#[cfg(feature = "mount")]
#[wasm_bindgen(start)]
pub fn start() {
    let auto = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .is_some_and(|b| b.has_attribute("data-opsdeck-automount"));
    if auto {
        install_panic_hook();
        leptos::mount::mount_to_body(|| leptos::view! { <app::App /> });
    }
}

pub(crate) fn install_panic_hook() {
    // Panics show up in the browser console instead of a silent "unreachable".
    std::panic::set_hook(Box::new(|info| {
        web_sys_console_error(&info.to_string());
    }));
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn web_sys_console_error(message: &str);
}
