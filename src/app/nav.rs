//! The shell's navigation: the side bar (services and their resources) and the top bar
//! (language, theme, explorer, job tray, settings).

use leptos::prelude::*;
use opsdeck_api::catalog;
use opsdeck_api::operation::Service;

use crate::i18n::{self, tr, use_lang};
use crate::router::links::{href, nav_href};
use crate::router::use_location;
use crate::state::{AppState, Theme};
use crate::views::job_tray::JobTray;

#[component]
pub fn Sidebar() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let groups = Service::ALL
        .iter()
        .filter_map(|service| {
            let resources: Vec<_> = catalog::top_level_resources().filter(|r| r.service == *service).collect();
            (!resources.is_empty()).then(|| {
                // Resources shown on one page of their own (the repository browser) get one link.
                let mut seen = Vec::new();
                let links = resources
                    .into_iter()
                    .filter(|r| r.console_page.is_none_or(|p| !seen.contains(&p) && { seen.push(p); true }))
                    .map(|r| {
                        let href = nav_href(r);
                        let title = r.console_page.and_then(crate::pages::page_title).unwrap_or(r.title);
                        let current = {
                            let href = href.clone();
                            move || location.pathname.with(|p| p.starts_with(&href)).then_some("page")
                        };
                        view! { <li><a href=href aria-current=current>{move || title.get(lang.get())}</a></li> }
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
pub fn TopBar() -> impl IntoView {
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
    // A host page that supplies a token provider has credentials, though none are stored.
    let no_credentials = move || !crate::client::has_token_provider() && state.secrets.with(|s| s.token.is_empty() && (s.ak.is_empty() || s.sk.is_empty()));
    view! {
        <header class="topbar">
            <a class="brand" href=href("/")>{tr(i18n::APP_NAME)}</a>
            {move || state.deployment.with(|d| d.sandbox).then(|| view! { <span class="badge">{tr(i18n::SANDBOX_BADGE)}</span> })}
            <span class="context muted" title=move || i18n::PROJECT_ID.get(lang.get())>{context}</span>
            <span class="spacer"></span>
            <button type="button" class="btn ghost"
                // The name starts with the visible text (speech input users say what they see).
                aria-label=move || format!("{} ({})", i18n::LANGUAGE_SWITCH.get(lang.get()), i18n::LANGUAGE_SWITCH_LABEL.get(lang.get())) lang=move || if lang.get() == opsdeck_api::Lang::Zh { "en" } else { "zh-CN" } on:click=toggle_lang>
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

