//! The shell: top bar, navigation by service and resource, the routes, and start-up
//! (stored settings, then the deployment's `config.json`).

use leptos::prelude::*;
use leptos::task::spawn_local;
use opsdeck_api::catalog;
use opsdeck_api::operation::Service;

use crate::i18n::{self, tr, use_lang};
use crate::pages::resource::ResourceListPage;
use crate::chunks::{self, lazy_view};
use crate::state::{AppState, DeploymentConfig, Theme};
use crate::router::links::{base, href, list_href};
use crate::router::{self, use_location, Route, Routes};
use crate::views::feedback::Toasts;
use crate::views::job_tray::JobTray;

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

#[component]
fn Sidebar() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let groups = Service::ALL
        .iter()
        .filter_map(|service| {
            let resources: Vec<_> = catalog::top_level_resources().filter(|r| r.service == *service).collect();
            (!resources.is_empty()).then(|| {
                let links = resources
                    .into_iter()
                    .map(|r| {
                        let href = list_href(r);
                        let current = {
                            let href = href.clone();
                            move || location.pathname.with(|p| p.starts_with(&href)).then_some("page")
                        };
                        view! { <li><a href=href aria-current=current>{move || r.title.get(lang.get())}</a></li> }
                    })
                    .collect_view();
                view! {
                    <div class="nav-group">
                        <h2 class="nav-title">{move || service.title().get(lang.get())}</h2>
                        <ul>{links}</ul>
                    </div>
                }
            })
        })
        .collect_view();
    view! { <nav class="sidebar" aria-label=move || i18n::NAV_LABEL.get(lang.get())>{groups}</nav> }
}

#[component]
fn TopBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let toggle_lang = move |_| {
        let mut s = state.settings.get_untracked();
        s.lang = if s.lang == opsdeck_api::Lang::Zh { opsdeck_api::Lang::En } else { opsdeck_api::Lang::Zh };
        state.save_settings(s);
    };
    let toggle_theme = move |_| {
        let mut s = state.settings.get_untracked();
        s.theme = if s.theme == Theme::Dark { Theme::Light } else { Theme::Dark };
        state.save_settings(s);
    };
    let dark = move || state.settings.with(|s| s.theme == Theme::Dark);
    let context = move || state.settings.with(|s| format!("{} · {}", s.region, if s.project_id.is_empty() { "—".to_string() } else { s.project_id.clone() }));
    let no_credentials = move || state.secrets.with(|s| s.token.is_empty() && (s.ak.is_empty() || s.sk.is_empty()));
    view! {
        <header class="topbar">
            <a class="brand" href=href("/")>{tr(i18n::APP_NAME)}</a>
            {move || state.deployment.with(|d| d.sandbox).then(|| view! { <span class="badge">{tr(i18n::SANDBOX_BADGE)}</span> })}
            <span class="context muted" title=move || i18n::PROJECT_ID.get(lang.get())>{context}</span>
            <span class="spacer"></span>
            <button type="button" class="btn ghost" aria-label=move || i18n::LANGUAGE_SWITCH_LABEL.get(lang.get()) lang=move || if lang.get() == opsdeck_api::Lang::Zh { "en" } else { "zh-CN" } on:click=toggle_lang>
                {tr(i18n::LANGUAGE_SWITCH)}
            </button>
            <button type="button" class="btn ghost" aria-pressed=move || dark().to_string() on:click=toggle_theme>
                {tr(i18n::THEME_DARK)}
            </button>
            <a class="btn ghost" href=href("/explorer")>{tr(i18n::EXPLORER)}</a>
            <JobTray />
            <a class="btn ghost" href=href("/settings")>{tr(i18n::SETTINGS)}</a>
        </header>
        {move || no_credentials().then(|| view! { <p class="banner warn" role="status">{tr(i18n::NO_CREDENTIALS)}" "<a href=href("/settings")>{tr(i18n::SETTINGS)}</a></p> })}
    }
}

/// Where `/` leads: the first resource's list.
fn home_href() -> String {
    catalog::top_level_resources().next().map(list_href).unwrap_or_else(|| href("/settings"))
}

/// The pages, by path below the console's base (first match wins: `new` before `:id`).
/// The list pages (where the console opens) are in the main wasm module; the others are
/// in chunks of their own, fetched the first time they are shown (see [`crate::chunks`]).
pub(crate) static ROUTES: &[Route] = &[
    Route { path: "/", view: || router::redirect(home_href()) },
    Route { path: "/settings", view: || lazy_view(chunks::settings) },
    Route { path: "/_bench/table", view: || lazy_view(chunks::bench_table) },
    Route { path: "/explorer", view: || lazy_view(chunks::explorer) },
    Route { path: "/explorer/:op", view: || lazy_view(chunks::operation) },
    Route { path: "/:service/:resource", view: || view! { <ResourceListPage /> }.into_any() },
    Route { path: "/:service/:resource/new", view: || lazy_view(chunks::resource_create) },
    Route { path: "/:service/:resource/:id", view: || lazy_view(chunks::resource_detail) },
    Route { path: "/:service/:resource/:id/edit", view: || lazy_view(chunks::resource_edit) },
];

fn not_found() -> AnyView {
    view! { <div class="page"><h1>{tr(i18n::NOT_FOUND_PAGE)}</h1></div> }.into_any()
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
        ready.set(true);
        crate::jobs::tracking::resume(state);
        chunks::prefetch(state);
    });
    let theme = move || state.settings.with(|s| if s.theme == Theme::Dark { "dark" } else { "light" });
    let lang_tag = move || state.settings.with(|s| s.lang.tag());
    // The document's language follows the console's, for screen readers and fonts.
    Effect::new(move |_| {
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", lang_tag());
        }
    });
    view! {
        <div class="opsdeck" data-theme=theme lang=lang_tag>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <TopBar />
            <div class="layout">
                <Sidebar />
                <main id="main" tabindex="-1">
                    <Show when=move || ready.get() fallback=|| view! { <p class="loading" role="status">"…"</p> }>
                    <Routes base=base() routes=ROUTES fallback=not_found />
                    </Show>
                </main>
            </div>
            <Toasts />
        </div>
    }
}
