//! The sandbox: a real HTTP server (axum) that serves the built console and emulates the
//! documented operations with state, so the console works end to end out of the box.
//!
//! Requests are matched against the operation declarations of `opsdeck-api`, validated with
//! the same schema metadata the console's forms use, and answered by the emulator
//! ([`emulator`]). Anything that is not an API path is a file of the console, with
//! `index.html` as the fallback so deep links load.

pub mod emulator;
mod site;

use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;

/// How the sandbox runs.
#[derive(Debug, Clone)]
pub struct AppConfig {
    /// The built console (`dist/`); `None` serves the APIs only.
    pub dist: Option<PathBuf>,
    /// Project id preset in the console's `config.json`.
    pub demo_project_id: String,
    /// Token preset in the console's `config.json`: the sandbox accepts any token, this
    /// one only spares a first-time user a trip to the settings.
    pub demo_token: String,
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            dist: None,
            demo_project_id: "0605767e0f00d5762f5fc012cb2f4c97".into(),
            demo_token: "sandbox-demo-token".into(),
        }
    }
}

pub fn app(config: AppConfig) -> Router {
    let config = Arc::new(config);
    let state = emulator::State::new();
    site::router(config, state)
}
