//! Signing in to IAM with user name, password and account (section 3.2 of the ServiceStage
//! document): a project-scoped token read from `X-Subject-Token`, its expiry shown, and a
//! renewal shortly before it lapses. The password stays in memory for the renewal only and is
//! never stored or shown.

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use opsdeck_api::iam::{self, ProjectScope};

use crate::client::{self, CallError};
use crate::i18n::{self, tr, use_lang};
use crate::state::{sleep_ms, AppState};
use crate::views::feedback::ErrorBanner;

/// What a renewal needs, for this page's life only.
#[derive(Clone)]
struct Login {
    endpoint: String,
    user: String,
    password: String,
    domain: String,
    project: String,
}

thread_local! {
    static LOGIN: RefCell<Option<Login>> = const { RefCell::new(None) };
}

/// Renew this long before the token expires.
const RENEW_BEFORE_SECS: u64 = 300;

fn iam_endpoint(state: &AppState) -> String {
    let region = state.settings.with_untracked(|s| s.region.clone());
    state
        .settings
        .with_untracked(|s| s.endpoints.get("iam").cloned())
        .filter(|e| !e.is_empty())
        .or_else(|| state.deployment.with_untracked(|d| d.endpoints.get("iam").cloned()))
        .unwrap_or_else(|| iam::default_endpoint(&region))
}

/// Signs in and stores the token (in memory and the session, like a pasted one).
async fn sign_in(state: AppState, login: Login) -> Result<(), CallError> {
    let req = iam::token_request(&login.endpoint, &login.user, &login.password, &login.domain, ProjectScope::Name(login.project.clone()));
    let (status, headers, body) = client::send_raw(&state, &req).await?;
    let token = iam::parse_token_response(status, &headers, &body).map_err(CallError::Api)?;
    let mut secrets = state.secrets.get_untracked();
    secrets.token = token.token.clone();
    secrets.token_expires_at = token.expires_at_unix;
    state.save_secrets(secrets);
    if let Some(project) = token.project_id.clone() {
        let mut s = state.settings.get_untracked();
        s.project_id = project;
        state.save_settings(s);
    }
    LOGIN.with(|l| *l.borrow_mut() = Some(login));
    schedule_renewal(state, token.expires_at_unix);
    Ok(())
}

fn schedule_renewal(state: AppState, expires_at: u64) {
    spawn_local(async move {
        let now = (js_sys::Date::now() / 1000.0) as u64;
        let wait = expires_at.saturating_sub(now).saturating_sub(RENEW_BEFORE_SECS);
        // setTimeout takes an i32 of milliseconds; longer waits are done in steps.
        let mut left = wait * 1000;
        while left > 0 {
            let step = left.min(i32::MAX as u64);
            sleep_ms(step as i32).await;
            left -= step;
        }
        // Still the same token? Then renew it with the remembered sign-in.
        if state.secrets.with_untracked(|s| s.token_expires_at) != expires_at {
            return;
        }
        if let Some(login) = LOGIN.with(|l| l.borrow().clone()) {
            let _ = sign_in(state, login).await;
        }
    });
}

#[component]
pub fn IamSignIn() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let endpoint = RwSignal::new(String::new());
    let user = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let domain = RwSignal::new(String::new());
    let project = RwSignal::new(state.settings.with_untracked(|s| s.region.clone()));
    let error = RwSignal::new(None::<CallError>);
    let busy = RwSignal::new(false);
    let expires = move || state.secrets.with(|s| s.token_expires_at);
    let submit = move |_| {
        let login = Login {
            endpoint: Some(endpoint.get_untracked()).filter(|e| !e.trim().is_empty()).unwrap_or_else(|| iam_endpoint(&state)),
            user: user.get_untracked().trim().to_string(),
            password: password.get_untracked(),
            domain: domain.get_untracked().trim().to_string(),
            project: project.get_untracked().trim().to_string(),
        };
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            let result = sign_in(state, login).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    password.set(String::new());
                    state.toast(i18n::SIGNED_IN.get(lang.get_untracked()).to_string());
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let field = |id: &'static str, label: opsdeck_api::Text, value: RwSignal<String>, kind: &'static str| {
        view! {
            <div class="field">
                <label for=id class="field-label">{move || label.get(lang.get())}</label>
                <input id=id type=kind autocomplete="off" spellcheck="false" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
        }
    };
    view! {
        <fieldset class="signin">
            <legend>{tr(i18n::SIGN_IN_TITLE)}</legend>
            <p class="help">{tr(i18n::SIGN_IN_HELP)}</p>
            <ErrorBanner error=error on_dismiss=Callback::new(move |_| error.set(None)) />
            <div class="field">
                <label for="iam-endpoint" class="field-label">{tr(i18n::IAM_ENDPOINT)}</label>
                <input id="iam-endpoint" type="url" autocomplete="off" placeholder=move || {
                    state.settings.track();
                    state.deployment.track();
                    Some(iam_endpoint(&state)).filter(|e| !e.is_empty()).unwrap_or_else(|| i18n::SAME_ORIGIN.get(lang.get()).to_string())
                }
                    prop:value=move || endpoint.get() on:input=move |ev| endpoint.set(event_target_value(&ev)) />
            </div>
            {field("iam-user", i18n::IAM_USER, user, "text")}
            {field("iam-password", i18n::IAM_PASSWORD, password, "password")}
            {field("iam-domain", i18n::IAM_DOMAIN, domain, "text")}
            {field("iam-project", i18n::IAM_PROJECT, project, "text")}
            <div class="form-actions">
                <button type="button" class="btn secondary" disabled=move || busy.get() on:click=submit>{tr(i18n::SIGN_IN)}</button>
                {move || (expires() > 0).then(|| view! {
                    <span class="muted small" data-testid="token-expiry">
                        {format!("{} {}", i18n::TOKEN_EXPIRES.get(lang.get()), crate::format::format_time(expires() as f64 * 1000.0, lang.get()))}
                    </span>
                })}
            </div>
        </fieldset>
    }
}
