//! Settings: language, theme, region, project, per-service endpoints and credentials.

use leptos::prelude::*;
use opsdeck_api::operation::Service;
use opsdeck_api::schema::Lang;

use crate::i18n::{self, tr, use_lang};
use crate::state::{AppState, AuthMode, Theme};

/// A labelled text input bound to a signal.
fn text_input(id: &'static str, label: opsdeck_api::Text, value: RwSignal<String>, kind: &'static str, help: Option<opsdeck_api::Text>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="field">
            <label for=id class="field-label">{move || label.get(lang.get())}</label>
            <input id=id type=kind autocomplete="off" spellcheck="false" prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev)) />
            {help.map(|h| view! { <p class="help">{move || h.get(lang.get())}</p> })}
        </div>
    }
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let current = state.settings.get_untracked();
    let secrets = state.secrets.get_untracked();

    let region = RwSignal::new(current.region.clone());
    let project = RwSignal::new(current.project_id.clone());
    let endpoints: Vec<(Service, RwSignal<String>)> = Service::ALL
        .iter()
        .map(|s| (*s, RwSignal::new(current.endpoints.get(s.key()).cloned().unwrap_or_default())))
        .collect();
    let auth_mode = RwSignal::new(current.auth_mode);
    let remember = RwSignal::new(current.remember);
    let token = RwSignal::new(secrets.token.clone());
    let ak = RwSignal::new(secrets.ak.clone());
    let sk = RwSignal::new(secrets.sk.clone());
    let security_token = RwSignal::new(secrets.security_token.clone());
    let rainbond_key = RwSignal::new(secrets.rainbond_key.clone());
    let servicecomb_token = RwSignal::new(secrets.servicecomb_token.clone());
    let theme = RwSignal::new(current.theme);
    let language = RwSignal::new(current.lang);

    let endpoint_fields = endpoints
        .iter()
        .map(|(service, value)| {
            let (service, value) = (*service, *value);
            let id = format!("endpoint-{}", service.key());
            let placeholder = move || {
                state.deployment.with(|d| d.endpoints.get(service.key()).cloned()).map(|e| if e.is_empty() { i18n::SAME_ORIGIN.get(lang.get()).to_string() } else { e })
                    .or_else(|| service.default_endpoint(&region.get()))
                    .unwrap_or_default()
            };
            view! {
                <div class="field">
                    <label for=id.clone() class="field-label">{move || service.title().get(lang.get())}</label>
                    <input id=id type="url" autocomplete="off" spellcheck="false" placeholder=placeholder prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev)) />
                </div>
            }
        })
        .collect_view();

    let endpoints_for_save = endpoints.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut s = state.settings.get_untracked();
        s.region = region.get_untracked().trim().to_string();
        s.project_id = project.get_untracked().trim().to_string();
        s.endpoints = endpoints_for_save
            .iter()
            .filter_map(|(svc, v)| Some((svc.key().to_string(), v.get_untracked().trim().to_string())).filter(|(_, v)| !v.is_empty()))
            .collect();
        s.auth_mode = auth_mode.get_untracked();
        s.remember = remember.get_untracked();
        s.theme = theme.get_untracked();
        s.lang = language.get_untracked();
        let mut sec = state.secrets.get_untracked();
        sec.token = token.get_untracked().trim().to_string();
        sec.ak = ak.get_untracked().trim().to_string();
        sec.sk = sk.get_untracked().trim().to_string();
        sec.security_token = security_token.get_untracked().trim().to_string();
        sec.rainbond_key = rainbond_key.get_untracked().trim().to_string();
        sec.servicecomb_token = servicecomb_token.get_untracked().trim().to_string();
        state.save_secrets(sec);
        state.save_settings(s);
        state.toast(i18n::SAVED.get(language.get_untracked()).to_string());
    };
    let clear = move |_| {
        state.clear_secrets();
        for s in [token, ak, sk, security_token, rainbond_key, servicecomb_token] {
            s.set(String::new());
        }
    };

    view! {
        <div class="page narrow">
            <h1>{tr(i18n::SETTINGS)}</h1>
            <p class="muted">{tr(i18n::SETTINGS_INTRO)}</p>
            <form class="settings" on:submit=save aria-label=move || i18n::SETTINGS.get(lang.get())>
                <fieldset>
                    <legend>{tr(i18n::LANGUAGE)}" / "{tr(i18n::THEME)}</legend>
                    <div class="field">
                        <label for="set-lang" class="field-label">{tr(i18n::LANGUAGE)}</label>
                        <select id="set-lang" prop:value=move || language.get().tag() on:change=move |ev| language.set(Lang::from_tag(&event_target_value(&ev)))>
                            <option value="zh-CN">"中文"</option>
                            <option value="en">"English"</option>
                        </select>
                    </div>
                    <div class="field">
                        <label for="set-theme" class="field-label">{tr(i18n::THEME)}</label>
                        <select id="set-theme" prop:value=move || if theme.get() == Theme::Dark { "dark" } else { "light" }
                            on:change=move |ev| theme.set(if event_target_value(&ev) == "dark" { Theme::Dark } else { Theme::Light })>
                            <option value="light">{tr(i18n::THEME_LIGHT)}</option>
                            <option value="dark">{tr(i18n::THEME_DARK)}</option>
                        </select>
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{tr(i18n::ENDPOINTS)}</legend>
                    {text_input("set-region", i18n::REGION, region, "text", None)}
                    {text_input("set-project", i18n::PROJECT_ID, project, "text", None)}
                    <p class="help">{tr(i18n::ENDPOINT_HELP)}</p>
                    {endpoint_fields}
                </fieldset>
                <fieldset>
                    <legend>{tr(i18n::CREDENTIALS)}</legend>
                    <div class="field">
                        <label for="set-auth" class="field-label">{tr(i18n::AUTH_MODE)}</label>
                        <select id="set-auth" prop:value=move || if auth_mode.get() == AuthMode::Aksk { "aksk" } else { "token" }
                            on:change=move |ev| auth_mode.set(if event_target_value(&ev) == "aksk" { AuthMode::Aksk } else { AuthMode::Token })>
                            <option value="token">{tr(i18n::AUTH_TOKEN)}</option>
                            <option value="aksk">{tr(i18n::AUTH_AKSK)}</option>
                        </select>
                    </div>
                    {move || if auth_mode.get() == AuthMode::Token {
                        text_input("set-token", i18n::TOKEN, token, "password", None).into_any()
                    } else {
                        view! {
                            {text_input("set-ak", i18n::ACCESS_KEY, ak, "text", None)}
                            {text_input("set-sk", i18n::SECRET_KEY, sk, "password", None)}
                            {text_input("set-sts", i18n::SECURITY_TOKEN, security_token, "password", None)}
                        }.into_any()
                    }}
                    {text_input("set-servicecomb", i18n::SERVICECOMB_TOKEN, servicecomb_token, "password", None)}
                    {text_input("set-rainbond", i18n::RAINBOND_KEY, rainbond_key, "password", None)}
                    <div class="field field-check">
                        <input id="set-remember" type="checkbox" prop:checked=move || remember.get() on:change=move |ev| remember.set(event_target_checked(&ev)) />
                        <label for="set-remember">{tr(i18n::REMEMBER)}</label>
                        <p class="help">{tr(i18n::REMEMBER_HELP)}</p>
                    </div>
                </fieldset>
                {move || (auth_mode.get() == AuthMode::Token).then(|| view! { <crate::pages::signin::IamSignIn /> })}
                <div class="form-actions">
                    <button type="submit" class="btn primary">{tr(i18n::SAVE)}</button>
                    <button type="button" class="btn secondary" on:click=clear>{tr(i18n::CLEAR_CREDENTIALS)}</button>
                </div>
            </form>
        </div>
    }
}

crate::chunks::split_view!(shell,
    /// The settings page, from the `shell` chunk.
    fn settings_page() => view! { <SettingsPage /> });
