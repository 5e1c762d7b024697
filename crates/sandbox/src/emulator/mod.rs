//! The emulator: the service-agnostic engine (`engine`) and the services it serves, each of
//! which registers itself (`<service>::registration()`): its resources with their seed data
//! and differences from the generic rules, its error body, ids, store, credentials, its
//! time-driven `settle` step and handlers, by operation id, for what plain
//! create/list/get/update/delete cannot express. The registry is built here, once, and checked
//! against the catalogue of declared operations.
//!
//! | module | service |
//! | --- | --- |
//! | `servicestage` | ServiceStage v3 (environments, applications, components, stacks, configs, jobs, addons) |
//! | `cse` | CSE: microservice engines, their creation and deletion jobs, configuration import and export |
//! | `servicecomb` | an engine's service center: microservices, schemas, instances, discovery, dependencies, the engine token |
//! | `kie` | an engine's configuration center: key-values (revisions, 304), the legacy configuration items |
//! | `ims` | IMS: images, the in-region copy and its job |
//! | `cbr` | CBR: vaults, backups, the cross-region replication |
//! | `rainbond` | Rainbond OpenAPI: teams, regions, apps, components, app copy, market install |
//! | `vpc`, `cce`, `eps` | supplementary lists for the forms' pickers: VPCs and subnets, CCE clusters, enterprise projects |

// Handlers return `Result<_, Response>`: the error is the documented answer itself.
#![allow(clippy::result_large_err)]

pub mod engine;

mod cbr;
mod cce;
mod cse;
mod eps;
mod ims;
mod kie;
mod rainbond;
mod servicecomb;
mod servicestage;
mod vpc;

use std::sync::LazyLock;

pub use engine::registry::{Registration, Registry};
pub use engine::{handle, is_api_path, serves_path, Call, State, Store};

use axum::http::Method;
use axum::response::Response;
use engine::registry::PathFormat;

/// The longest body the operation at `method` `path` accepts: read no more than this.
pub fn body_limit(method: &Method, path: &str) -> usize {
    engine::body_limit(registry(), method, path)
}

/// The 413 answer for a body over [`body_limit`], in the shape of the service addressed.
pub fn too_large(method: &Method, path: &str) -> Response {
    engine::too_large(registry(), method, path)
}

/// The error body of the service `path` belongs to for an error of the server itself, when
/// that service answers such errors itself (Rainbond); `None` for the gateway's.
pub fn own_error(method: &Method, path: &str, status: axum::http::StatusCode, message: &str) -> Option<Response> {
    engine::own_error(registry(), method, path, status, message)
}

/// Huawei Cloud project ids: 32 lowercase hexadecimal digits, as IAM hands them out.
fn huawei_project_id(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The project id in the paths of ServiceStage, IMS, CBR, VPC and CCE.
const HUAWEI_PROJECT_ID: PathFormat = PathFormat { param: "project_id", valid: huawei_project_id, expected: "a project id (32 lowercase hexadecimal digits)" };

/// Every service the sandbox emulates.
static REGISTRY: LazyLock<Registry> =
    LazyLock::new(|| {
        Registry::build(vec![
            servicestage::registration(),
            cse::registration(),
            servicecomb::registration(),
            kie::registration(),
            ims::registration(),
            cbr::registration(),
            rainbond::registration(),
            vpc::registration(),
            cce::registration(),
            eps::registration(),
        ])
    });

/// The registry of every emulated service (built and checked on first use).
pub fn registry() -> &'static Registry {
    &REGISTRY
}

impl State {
    /// An empty sandbox emulating every registered service with the default configuration's
    /// credentials (its demo token, AK/SK and Rainbond key); each store fills with its demo
    /// data on first use.
    pub fn new() -> State {
        State::for_config(&crate::AppConfig::default())
    }

    /// An empty sandbox accepting the credentials `config` presets in `config.json`.
    pub fn for_config(config: &crate::AppConfig) -> State {
        State::with_registry(registry()).with_max_projects(config.max_projects).with_access(engine::access::Access {
            tokens: vec![config.demo_token.clone()],
            issued: None,
            keys: vec![(config.demo_ak.clone(), config.demo_sk.clone())],
            authorization_keys: vec![config.demo_rainbond_key.clone()],
        })
    }
}

impl Default for State {
    fn default() -> Self {
        State::new()
    }
}
