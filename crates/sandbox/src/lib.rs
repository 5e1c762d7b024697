//! The sandbox: a real HTTP server (axum) that serves the built console and emulates the
//! documented operations with state, so the console works end to end out of the box.
//!
//! Requests are matched against the operation declarations of `opsdeck-api`, validated with
//! the same schema metadata the console's forms use, and answered by the emulator
//! ([`emulator`]). Anything that is not an API path is a file of the console, with
//! `index.html` as the fallback so deep links load.

pub mod emulator;
pub mod faults;
pub mod iam;
pub mod proxy;
pub mod security;
pub mod server;
mod site;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;

/// How the sandbox runs.
#[derive(Debug, Clone)]
pub struct AppConfig {
    /// The built console (`dist/`); `None` serves the APIs only.
    pub dist: Option<PathBuf>,
    /// Project id preset in the console's `config.json`.
    pub demo_project_id: String,
    /// Token preset in the console's `config.json`. The emulated services accept it and the
    /// tokens the emulated IAM issued (and has not seen expire), no other.
    pub demo_token: String,
    /// Access key preset in `config.json`: the emulated services verify `SDK-HMAC-SHA256`
    /// signatures made with it and [`AppConfig::demo_sk`], and refuse any other access key.
    pub demo_ak: String,
    /// The secret key of [`AppConfig::demo_ak`]. A demo secret: it protects nothing.
    pub demo_sk: String,
    /// The `Authorization` key the emulated Rainbond accepts (preset in `config.json`).
    pub demo_rainbond_key: String,
    /// At most this many projects' emulated data live at once; using one more forgets the
    /// least recently used (its items and jobs), which starts again from the demo data when
    /// used again. Bounds the memory whatever project ids callers send.
    pub max_projects: usize,
    /// Lifetime of the tokens the emulated IAM issues, in seconds; `None` is IAM's 24 hours.
    /// Tests set a short one to see tokens expire.
    pub token_lifetime_secs: Option<u64>,
    /// The same-origin proxy's upstreams: service key (`servicestage`, `cse`, `servicecomb`, `kie`,
    /// `ims`, `cbr`, `rainbond`, `iam`) → base URL (`https://servicestage.cn-north-4.myhuaweicloud.com`).
    /// `/api/<key>/…` is forwarded there; services without an entry stay emulated.
    pub upstreams: BTreeMap<String, String>,
    /// AK/SK the proxy signs forwarded requests with when they carry no credentials of their
    /// own, so the secret key stays on the server.
    pub signing: Option<proxy::SigningKey>,
    /// The `host[:port]` names browsers reach the console at. The proxy serves requests for
    /// these names only (DNS rebinding); empty, it serves none. `main` fills in the bind
    /// address and `--public-host`.
    pub public_hosts: security::PublicHosts,
    /// The CSP `frame-ancestors` sources: who may frame the console (`--frame-ancestors`).
    pub frame_ancestors: String,
    /// The longest pause between two pieces of a request body before the request is given up.
    pub body_read_timeout: Duration,
    /// Serve `/_sandbox/faults` (`--faults`): tests arm failures of the emulated APIs there.
    pub fault_injection: bool,
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            dist: None,
            demo_project_id: "0605767e0f00d5762f5fc012cb2f4c97".into(),
            demo_token: "sandbox-demo-token".into(),
            demo_ak: "SANDBOXDEMOAK0000001".into(),
            demo_sk: "sandboxDemoSecretKey0123456789abcdefSK00".into(),
            demo_rainbond_key: "sandbox-rainbond-key".into(),
            max_projects: emulator::engine::DEFAULT_MAX_PROJECTS,
            token_lifetime_secs: None,
            upstreams: BTreeMap::new(),
            signing: None,
            public_hosts: security::PublicHosts::default(),
            frame_ancestors: "'self'".into(),
            body_read_timeout: Duration::from_secs(30),
            fault_injection: false,
        }
    }
}

pub fn app(config: AppConfig) -> Router {
    let config = Arc::new(config);
    let state = emulator::State::for_config(&config);
    site::router(config, state)
}
