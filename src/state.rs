//! Settings and credentials.
//!
//! Plain settings (language, theme, region, project, endpoints) live in `localStorage`.
//! Secrets (token, SK, security token, Rainbond key) live in memory and `sessionStorage`, and
//! in `localStorage` only when the user ticks "remember". They are never put in a URL, a
//! log, an error message or a preview.

use std::collections::BTreeMap;

use leptos::prelude::*;
use opsdeck_api::operation::Service;
use opsdeck_api::request::{Credentials, Target};
use opsdeck_api::schema::Lang;
use serde::{Deserialize, Serialize};

use crate::storage::{forget, load, save, storage};

const SETTINGS_KEY: &str = "opsdeck.settings";
const SECRETS_KEY: &str = "opsdeck.secrets";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum AuthMode {
    #[default]
    Token,
    Aksk,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    #[serde(with = "lang_serde")]
    pub lang: Lang,
    pub theme: Theme,
    pub region: String,
    pub project_id: String,
    /// Per service key; absent means the region's default endpoint.
    pub endpoints: BTreeMap<String, String>,
    pub auth_mode: AuthMode,
    pub remember: bool,
}

mod lang_serde {
    use opsdeck_api::schema::Lang;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(lang: &Lang, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(lang.tag())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        Ok(Lang::from_tag(&String::deserialize(d)?))
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: browser_lang(),
            theme: Theme::Light,
            region: "cn-north-4".into(),
            project_id: String::new(),
            endpoints: BTreeMap::new(),
            auth_mode: AuthMode::Token,
            remember: false,
        }
    }
}

fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map(|l| Lang::from_tag(&l))
        .unwrap_or(Lang::Zh)
}

/// The secrets, kept apart from the settings so they can never be saved by accident.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Secrets {
    pub token: String,
    pub ak: String,
    pub sk: String,
    pub security_token: String,
    pub rainbond_key: String,
    /// ServiceComb engine token (security-enabled engines).
    pub servicecomb_token: String,
    /// Unix seconds when a token from IAM sign-in expires (0: unknown, e.g. pasted).
    pub token_expires_at: u64,
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secrets(****)")
    }
}

/// What a deployment's `config.json` (next to `index.html`) may preset.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DeploymentConfig {
    pub sandbox: bool,
    pub region: Option<String>,
    pub project_id: Option<String>,
    pub endpoints: BTreeMap<String, String>,
    pub lang: Option<String>,
    pub theme: Option<Theme>,
    /// Only the sandbox presets credentials (its demo token and AK/SK protect nothing).
    pub token: Option<String>,
    pub ak: Option<String>,
    pub sk: Option<String>,
    pub rainbond_key: Option<String>,
    /// How long to wait for an answer (default 30 s); a portal with slow upstreams raises it.
    pub request_timeout_secs: Option<u32>,
}

/// The console's shared state, provided as context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub settings: RwSignal<Settings>,
    pub secrets: RwSignal<Secrets>,
    pub deployment: RwSignal<DeploymentConfig>,
    pub toasts: RwSignal<Vec<(u64, String)>>,
    /// The page a toast links to ("Component mall-api created" → its page), by toast id.
    pub toast_links: RwSignal<Vec<(u64, String)>>,
    /// The job tray.
    pub jobs: RwSignal<Vec<crate::jobs::TrackedJob>>,
}

thread_local! {
    /// The AK/SK signer, once loaded (`client::ensure_signer`): it comes in a chunk of its
    /// own, so that readers who sign in with a token never download it.
    pub static SIGNER: std::cell::Cell<Option<opsdeck_api::sign::SignFn>> = const { std::cell::Cell::new(None) };
}

impl AppState {
    /// State from storage (or defaults); call once at the root.
    pub fn load() -> AppState {
        let settings: Settings = load(true, SETTINGS_KEY).unwrap_or_default();
        let secrets: Secrets = if settings.remember {
            load(true, SECRETS_KEY).unwrap_or_default()
        } else {
            load(false, SECRETS_KEY).unwrap_or_default()
        };
        AppState {
            settings: RwSignal::new(settings),
            secrets: RwSignal::new(secrets),
            deployment: RwSignal::new(DeploymentConfig::default()),
            toasts: RwSignal::new(Vec::new()),
            toast_links: RwSignal::new(Vec::new()),
            // Stored jobs are added once the shell has loaded the code that reads them
            // (`crate::jobs::restore`).
            jobs: RwSignal::new(Vec::new()),
        }
    }

    /// Applies a deployment's `config.json`: it fills what the user has not set.
    pub fn apply_deployment(&self, config: DeploymentConfig) {
        let had_saved = storage(true).and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten()).is_some();
        self.settings.update(|s| {
            if !had_saved {
                if let Some(r) = &config.region {
                    s.region = r.clone();
                }
                if let Some(l) = &config.lang {
                    s.lang = Lang::from_tag(l);
                }
                if let Some(t) = config.theme {
                    s.theme = t;
                }
            }
            if s.project_id.is_empty() {
                s.project_id = config.project_id.clone().unwrap_or_default();
            }
        });
        self.secrets.update(|sec| {
            if sec.token.is_empty() {
                sec.token = config.token.clone().unwrap_or_default();
            }
            // A preset AK/SK is used when the user picks AK/SK signing in the settings.
            if sec.ak.is_empty() && sec.sk.is_empty() {
                sec.ak = config.ak.clone().unwrap_or_default();
                sec.sk = config.sk.clone().unwrap_or_default();
            }
            if sec.rainbond_key.is_empty() {
                sec.rainbond_key = config.rainbond_key.clone().unwrap_or_default();
            }
        });
        self.deployment.set(config);
    }

    pub fn save_settings(&self, settings: Settings) {
        save(true, SETTINGS_KEY, &settings);
        self.settings.set(settings);
        self.store_secrets();
    }

    pub fn save_secrets(&self, secrets: Secrets) {
        self.secrets.set(secrets);
        self.store_secrets();
    }

    /// Writes the secrets where the "remember" choice says, and removes them elsewhere.
    fn store_secrets(&self) {
        let remember = self.settings.with_untracked(|s| s.remember);
        let secrets = self.secrets.get_untracked();
        save(remember, SECRETS_KEY, &secrets);
        forget(!remember, SECRETS_KEY);
    }

    pub fn clear_secrets(&self) {
        self.secrets.set(Secrets::default());
        forget(true, SECRETS_KEY);
        forget(false, SECRETS_KEY);
    }

    /// The endpoint a service is reached at: the user's, the deployment's, or the region's.
    pub fn endpoint(&self, service: Service) -> String {
        let key = service.key();
        self.settings.with(|s| {
            if let Some(e) = s.endpoints.get(key).filter(|e| !e.trim().is_empty()) {
                return e.trim().to_string();
            }
            if let Some(e) = self.deployment.with(|d| d.endpoints.get(key).cloned()) {
                return e;
            }
            service.default_endpoint(&s.region).unwrap_or_default()
        })
    }

    /// Where and as whom a request to `service` goes.
    pub fn target(&self, service: Service) -> Target {
        let endpoint = self.endpoint(service);
        let (mode, project) = self.settings.with(|s| (s.auth_mode, s.project_id.clone()));
        let credentials = self.secrets.with(|sec| match service {
            Service::Rainbond => {
                if sec.rainbond_key.is_empty() { Credentials::None } else { Credentials::RainbondKey(sec.rainbond_key.clone()) }
            }
            Service::ServiceComb | Service::Kie if !sec.servicecomb_token.is_empty() => Credentials::ServiceCombToken(sec.servicecomb_token.clone()),
            _ => match mode {
                AuthMode::Aksk if !sec.ak.is_empty() && !sec.sk.is_empty() => Credentials::AkSk {
                    ak: sec.ak.clone(),
                    sk: sec.sk.clone(),
                    security_token: Some(sec.security_token.clone()).filter(|t| !t.is_empty()),
                },
                _ if !sec.token.is_empty() => Credentials::Token(sec.token.clone()),
                _ => Credentials::None,
            },
        });
        // Signing covers the host, so a signed request needs an absolute endpoint. The empty
        // endpoint is this origin's own emulated services (the sandbox), which check signatures
        // against the host the browser sends: sign for that. A path endpoint (`/api/<service>`)
        // stays relative and unsigned here: the proxy behind it signs for its upstream.
        let endpoint = match &credentials {
            Credentials::AkSk { .. } if endpoint.is_empty() => web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default(),
            _ => endpoint,
        };
        Target {
            endpoint,
            credentials,
            project_id: Some(project).filter(|p| !p.is_empty()),
            domain_id: None,
            now: (js_sys::Date::now() / 1000.0) as u64,
            signer: SIGNER.get(),
        }
    }

    pub fn toast(&self, message: String) {
        self.toast_to(message, None);
    }

    /// A toast that links to a page (what was just created).
    pub fn toast_to(&self, message: String, href: Option<String>) {
        let id = (js_sys::Math::random() * 1e12) as u64;
        if let Some(h) = href {
            self.toast_links.update(|t| t.push((id, h)));
        }
        self.toasts.update(|t| t.push((id, message)));
        let (toasts, links) = (self.toasts, self.toast_links);
        leptos::task::spawn_local(async move {
            // Long enough to reach for the link.
            sleep_ms(6000).await;
            toasts.update(|t| t.retain(|(i, _)| *i != id));
            links.update(|t| t.retain(|(i, _)| *i != id));
        });
    }
}

/// Waits `ms` milliseconds (a Promise around `setTimeout`).
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
