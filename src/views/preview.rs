//! The request preview: exactly what will be sent, as HTTP and as curl, secrets masked.

use leptos::prelude::*;
use opsdeck_api::request::HttpRequest;

use crate::i18n::{self, tr};

fn origin() -> String {
    web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

fn copy_to_clipboard(text: String) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(&text);
    }
}

#[component]
pub fn RequestPreview(
    /// The request as it would be sent now, or why it cannot be built.
    #[prop(into)]
    request: Signal<Result<HttpRequest, String>>,
) -> impl IntoView {
    let curl_tab = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let text = move || match request.get() {
        Ok(req) => {
            if curl_tab.get() {
                req.to_curl(&origin())
            } else {
                req.to_http_text()
            }
        }
        Err(e) => e,
    };
    let http_label = tr(i18n::HTTP_TAB);
    let curl_label = tr(i18n::CURL_TAB);
    let copy_label = tr(i18n::COPY);
    let copied_label = tr(i18n::COPIED);
    view! {
        <section class="preview" aria-labelledby="preview-title">
            <div class="preview-head">
                <h2 id="preview-title">{tr(i18n::REQUEST_PREVIEW)}</h2>
                <div role="tablist" class="tabs">
                    <button type="button" role="tab" aria-selected=move || (!curl_tab.get()).to_string() on:click=move |_| curl_tab.set(false)>{http_label}</button>
                    <button type="button" role="tab" aria-selected=move || curl_tab.get().to_string() on:click=move |_| curl_tab.set(true)>{curl_label}</button>
                </div>
                <button type="button" class="btn secondary small" on:click=move |_| { copy_to_clipboard(text()); copied.set(true); }>
                    {move || if copied.get() { copied_label() } else { copy_label() }}
                </button>
            </div>
            <pre class="code" aria-label=move || if curl_tab.get() { curl_label() } else { http_label() } data-testid="request-preview">{text}</pre>
        </section>
    }
}
