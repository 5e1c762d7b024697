//! The harness the emulator's behaviour tests share: requests go straight to the emulator's
//! entry point (no HTTP), answers come back as status and JSON, and the sandbox's clock is
//! moved forward instead of slept.

// Each test crate uses its part of the harness.
#![allow(dead_code)]

use std::time::Duration;

use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, Uri};
use http_body_util::BodyExt;
use opsdeck_sandbox::emulator::{self, State};
use serde_json::Value;

pub struct Answer {
    pub status: u16,
    /// The JSON answer; `Value::Null` when it has no body.
    pub body: Value,
}

impl Answer {
    /// The `error_code` of a ServiceStage, IMS or CBR error body.
    pub fn code(&self) -> &str {
        self.body["error_code"].as_str().unwrap_or("")
    }
}

pub struct Sandbox {
    pub state: State,
    rt: tokio::runtime::Runtime,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox::with(State::new())
    }

    pub fn with(state: State) -> Sandbox {
        Sandbox { state, rt: tokio::runtime::Builder::new_current_thread().build().unwrap() }
    }

    /// Sends one request with these headers.
    pub fn send(&self, method: &str, path: &str, headers: &[(&'static str, &str)], body: &[u8]) -> Answer {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.insert(HeaderName::from_static(name), HeaderValue::from_str(value).unwrap());
        }
        let method = Method::from_bytes(method.as_bytes()).unwrap();
        let res = emulator::handle(&self.state, &method, &path.parse::<Uri>().unwrap(), &map, body);
        let status = res.status().as_u16();
        let bytes = self.rt.block_on(async { res.into_body().collect().await.unwrap().to_bytes() });
        let body = if bytes.is_empty() { Value::Null } else { serde_json::from_slice(&bytes).expect("answers are JSON") };
        Answer { status, body }
    }

    /// Lets `secs` seconds pass on the sandbox's clock.
    pub fn wait(&self, secs: u64) {
        self.state.advance(Duration::from_secs(secs));
    }
}
