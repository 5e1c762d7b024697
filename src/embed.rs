//! Embedding: a portal hosts the console with its own endpoints, credentials provider,
//! language and theme.
//!
//! ```js
//! import init, { mount } from "/opsdeck/pkg/opsdeck.js";
//! await init();
//! mount(document.getElementById("ops"), {
//!   base: "/portal/ops",                 // the path the console's pages live under
//!   start: "/servicestage/applications", // the page it opens on at `base` itself
//!   endpoints: { servicestage: "/api/servicestage" },
//!   region: "cn-north-4", project_id: "…", lang: "en", theme: "dark",
//!   getToken: async () => portal.currentIamToken(),   // asked before every request
//! });
//! ```
//! `www/opsdeck-element.js` wraps this as the custom element `<opsdeck-console>`, inside a
//! shadow root so that neither page's styles reach the other.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::DeploymentConfig;

/// Mounts the console inside `element` with the host's settings.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, config: JsValue) -> Result<(), JsValue> {
    crate::install_panic_hook();
    let mut settings: DeploymentConfig = if config.is_undefined() || config.is_null() {
        DeploymentConfig::default()
    } else {
        serde_wasm_bindgen::from_value(config.clone()).map_err(|e| JsValue::from_str(&format!("opsdeck: bad config: {e}")))?
    };
    // The embedding page decides; nothing preset here is a sandbox's.
    settings.sandbox = false;
    let base = js_sys::Reflect::get(&config, &JsValue::from_str("base")).ok().and_then(|b| b.as_string()).unwrap_or_default();
    crate::router::links::set_base(&base);
    // The host's chosen first page, when the browser is at the console's base itself (a deep
    // link below the base keeps its page).
    let start = js_sys::Reflect::get(&config, &JsValue::from_str("start")).ok().and_then(|s| s.as_string()).filter(|s| s.starts_with('/') && s.len() > 1);
    if let (Some(start), Some(window)) = (start, web_sys::window()) {
        let path = window.location().pathname().unwrap_or_default();
        if path.trim_end_matches('/') == base.trim_end_matches('/') {
            if let Ok(history) = window.history() {
                let to = format!("{}{start}", base.trim_end_matches('/'));
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&to));
            }
        }
    }
    if let Some(provider) = js_sys::Reflect::get(&config, &JsValue::from_str("getToken")).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        crate::client::set_token_provider(provider);
    }
    let handle = leptos::mount::mount_to(element, move || {
        leptos::view! { <crate::app::App embedded=settings.clone() /> }
    });
    // The console lives as long as the page.
    std::mem::forget(handle);
    Ok(())
}
