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

/// The curl command for `req`: the token as `$OPSDECK_TOKEN` (set it in the shell), or the
/// real one when the user `include_token` explicitly; never the secret key. A request signed
/// with AK/SK gets a note: its signature covers the time and the body, so curl needs a fresh one.
fn curl_text(req: &HttpRequest, include_token: bool, token: &str, lang: opsdeck_api::Lang) -> String {
    let mut text = req.to_curl(&origin());
    let masked = "'X-Auth-Token: ****'";
    if text.contains(masked) {
        let header = if include_token && !token.is_empty() && !token.contains('\'') {
            format!("'X-Auth-Token: {token}'")
        } else {
            "\"X-Auth-Token: $OPSDECK_TOKEN\"".to_string()
        };
        text = text.replace(masked, &header);
    }
    if req.headers.iter().any(|(_, v)| v.starts_with(opsdeck_api::sign::ALGORITHM)) {
        text = format!("# {}\n{text}", i18n::CURL_SIGNED_NOTE.get(lang));
    }
    text
}

#[component]
pub fn RequestPreview(
    /// The request as it would be sent now, or why it cannot be built.
    #[prop(into)]
    request: Signal<Result<HttpRequest, String>>,
) -> impl IntoView {
    let curl_tab = RwSignal::new(false);
    let copied = RwSignal::new(false);
    // The real token goes into a copied command only when the user asks for it.
    let include_token = RwSignal::new(false);
    let state = expect_context::<crate::state::AppState>();
    let lang = crate::i18n::use_lang();
    let shown = move || match request.get() {
        Ok(req) if curl_tab.get() => curl_text(&req, false, "", lang.get()),
        Ok(req) => req.to_http_text(),
        Err(e) => e,
    };
    let text = move || match request.get() {
        Ok(req) if curl_tab.get() => state.secrets.with_untracked(|s| curl_text(&req, include_token.get(), &s.token, lang.get())),
        Ok(req) => req.to_http_text(),
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
                {move || curl_tab.get().then(|| view! {
                    <label class="small include-token">
                        <input type="checkbox" prop:checked=include_token on:change=move |ev| include_token.set(event_target_checked(&ev)) />
                        {tr(i18n::INCLUDE_TOKEN)}
                    </label>
                })}
                <button type="button" class="btn secondary small" on:click=move |_| { copy_to_clipboard(text()); copied.set(true); }>
                    {move || if copied.get() { copied_label() } else { copy_label() }}
                </button>
            </div>
            <pre class="code" aria-label=move || if curl_tab.get() { curl_label() } else { http_label() } data-testid="request-preview">{shown}</pre>
        </section>
    }
}
