//! The emulator: matches a request to its operation declaration, checks credentials and
//! validates parameters and body against the declared schemas, then answers from in-memory
//! state, generically for resources (create/list/get/update/delete, with parents, filters,
//! sorting, paging and the documented 404s and 409s: `resources`) and through per-operation
//! handlers where a service behaves specially (`servicestage`).
//!
//! Asynchronous work (ServiceStage jobs, provisioning runs) is time-driven: its progress is
//! computed from its start time whenever its project is touched, so nothing runs in the
//! background. Tests move the clock with [`State::advance`] or speed jobs up with
//! [`State::with_job_speed`].

// Handlers return `Result<_, Response>`: the error is the documented answer itself.
#![allow(clippy::result_large_err)]

mod clock;
mod multipart;
mod resources;
mod servicestage;
// IMS image copy, CBR replication, Rainbond copy/install: the long-running tasks.
mod cbr;
mod ims;
mod rainbond;
mod tasks;

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::Response;
use opsdeck_api::operation::{OperationDecl, Service};
use opsdeck_api::schema::{Lang, Location, Type};
use opsdeck_api::validate::{self, RegexLite};
use serde_json::{json, Map, Value};

pub use clock::{iso_time, plain_time};
pub use resources::{InUse, ResourceBehavior};

/// Everything the sandbox remembers, per project, and the clock its jobs run on.
#[derive(Clone)]
pub struct State {
    inner: Arc<Mutex<World>>,
    patterns: Arc<RegexLite>,
    /// Added to the wall clock: tests move time forward instead of sleeping.
    clock_offset: Arc<AtomicI64>,
    /// How much faster than real time jobs and provisioning runs progress.
    job_speed: f64,
}

#[derive(Default)]
pub struct World {
    projects: HashMap<String, Project>,
}

/// One tenant's resources, by resource key (`environments`, …), in creation order. Besides
/// the declared resources it keeps internal collections (`jobs`, component records,
/// application configurations). Item fields whose names start with `_` are the sandbox's own
/// bookkeeping and never leave it.
#[derive(Default)]
pub struct Project {
    pub collections: HashMap<&'static str, Vec<Value>>,
}

impl Project {
    /// The items of a collection (none when it was never filled).
    pub fn items(&self, key: &str) -> &[Value] {
        self.collections.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn items_mut(&mut self, key: &'static str) -> &mut Vec<Value> {
        self.collections.entry(key).or_default()
    }

    /// The item of `key` whose `field` is `id`.
    pub fn find(&self, key: &str, field: &str, id: &str) -> Option<&Value> {
        self.items(key).iter().find(|item| item.get(field).and_then(Value::as_str) == Some(id))
    }

    pub fn find_mut(&mut self, key: &'static str, field: &str, id: &str) -> Option<&mut Value> {
        self.items_mut(key).iter_mut().find(|item| item.get(field).and_then(Value::as_str) == Some(id))
    }
}

impl State {
    pub fn new() -> State {
        State {
            inner: Arc::new(Mutex::new(World::default())),
            patterns: Arc::new(RegexLite::default()),
            clock_offset: Arc::new(AtomicI64::new(0)),
            job_speed: 1.0,
        }
    }

    /// The same sandbox with jobs and provisioning runs progressing `speed` times faster than
    /// real time (a job of five seconds takes five milliseconds at 1000).
    pub fn with_job_speed(mut self, speed: f64) -> State {
        self.job_speed = if speed.is_finite() && speed > 0.0 { speed } else { 1.0 };
        self
    }

    /// Moves the sandbox's clock forward: running jobs progress as if that time had passed.
    pub fn advance(&self, by: Duration) {
        self.clock_offset.fetch_add(by.as_millis() as i64, Ordering::SeqCst);
    }

    /// The sandbox's time, milliseconds since the Unix epoch.
    pub fn now(&self) -> i64 {
        now_ms() + self.clock_offset.load(Ordering::SeqCst)
    }

    pub fn job_speed(&self) -> f64 {
        self.job_speed
    }

    /// Runs `f` on a project's state, seeding the demo data on first use. Time-driven state
    /// (jobs, provisioning runs and what they change) is brought up to the present first.
    pub fn with_project<T>(&self, project_id: &str, f: impl FnOnce(&mut Project) -> T) -> T {
        let now = self.now();
        let mut world = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let project = world.projects.entry(project_id.to_string()).or_insert_with(|| {
            let mut p = Project::default();
            resources::seed(&mut p, project_id, now);
            p
        });
        servicestage::settle(project, now, self.job_speed);
        f(project)
    }
}

impl Default for State {
    fn default() -> Self {
        State::new()
    }
}

/// Milliseconds since the Unix epoch, as ServiceStage timestamps are.
pub fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Paths that belong to an API rather than to the console's files.
pub fn is_api_path(path: &str) -> bool {
    ["/v1/", "/v2/", "/v3/", "/v4/", "/openapi/", "/api/"].iter().any(|p| path.starts_with(p))
}

/// The documented error body of a service.
pub fn error(service: Service, status: StatusCode, code: &str, message: &str) -> Response {
    let body = match service {
        Service::ServiceComb | Service::Cse => json!({"errorCode": code, "errorMessage": message, "detail": message}),
        Service::Rainbond => json!({"code": status.as_u16(), "msg": message, "msg_show": message}),
        _ => json!({"error_code": code, "error_msg": message}),
    };
    json_response(status, &body)
}

/// The gateway's answer to a path no operation has (as Huawei's API gateway answers).
fn no_such_api() -> Response {
    json_response(
        StatusCode::NOT_FOUND,
        &json!({"error_code": "APIGW.0101", "error_msg": "The API does not exist or has not been published in the environment"}),
    )
}

pub fn too_large() -> Response {
    json_response(
        StatusCode::PAYLOAD_TOO_LARGE,
        &json!({"error_code": "APIGW.0201", "error_msg": "Request entity too large"}),
    )
}

pub fn json_response(status: StatusCode, body: &Value) -> Response {
    let mut res = Response::new(Body::from(serde_json::to_vec(body).unwrap_or_default()));
    *res.status_mut() = status;
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json;charset=utf-8"));
    res
}

pub fn empty_response(status: StatusCode) -> Response {
    let mut res = Response::new(Body::empty());
    *res.status_mut() = status;
    res
}

/// The documented "parameter invalid" error of each service.
pub fn bad_request(service: Service, message: &str) -> Response {
    let code = match service {
        Service::ServiceStage => "SVCSTG.00100400",
        Service::Ims => "IMS.0002",
        Service::Cbr => "BackupService.9900",
        Service::ServiceComb | Service::Cse => "400001",
        Service::Rainbond => "400",
    };
    error(service, StatusCode::BAD_REQUEST, code, &format!("parameter invalid: {message}"))
}

/// A request as the handlers see it: matched, authenticated and validated.
pub struct Call<'a> {
    pub decl: &'static OperationDecl,
    /// Path and query parameters, typed by their schema (numbers are numbers).
    pub params: Map<String, Value>,
    /// The JSON body; `Value::Null` for uploads, whose bytes are in `raw`.
    pub body: Option<Value>,
    pub raw: &'a [u8],
    pub state: &'a State,
    pub headers: &'a HeaderMap,
}

impl Call<'_> {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params.get(name).and_then(Value::as_str)
    }

    /// A member of the JSON body.
    pub fn field(&self, name: &str) -> Option<&Value> {
        self.body.as_ref().and_then(|b| b.get(name))
    }

    pub fn project_id(&self) -> String {
        self.param("project_id").unwrap_or("default").to_string()
    }

    /// Runs `f` on the caller's project.
    pub fn with_project<T>(&self, f: impl FnOnce(&mut Project) -> T) -> T {
        self.state.with_project(&self.project_id(), f)
    }

    /// The status to answer a success with: the documented one, except that a documented 204
    /// whose answer has a body (4.5.8–4.5.10, 4.5.4) is sent as 200, since a 204 cannot carry one.
    pub fn success(&self, with_body: bool) -> StatusCode {
        let status = StatusCode::from_u16(self.decl.success_status).unwrap_or(StatusCode::OK);
        if with_body && status == StatusCode::NO_CONTENT {
            StatusCode::OK
        } else {
            status
        }
    }

    /// The success answer with a JSON body.
    pub fn ok(&self, body: &Value) -> Response {
        json_response(self.success(true), body)
    }

    /// The success answer without a body.
    pub fn done(&self) -> Response {
        empty_response(self.success(false))
    }
}

/// Matches `path` against a declared template, returning the path parameters.
fn match_template(template: &str, path: &str) -> Option<Map<String, Value>> {
    let t: Vec<&str> = template.trim_end_matches('/').split('/').collect();
    let p: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    if t.len() != p.len() {
        return None;
    }
    let mut params = Map::new();
    for (ts, ps) in t.iter().zip(&p) {
        if let Some(name) = ts.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            if ps.is_empty() {
                return None;
            }
            params.insert(name.to_string(), Value::String(opsdeck_api::sign::decode(ps)));
        } else if ts != ps {
            return None;
        }
    }
    Some(params)
}

/// Every declaration whose method and path template match.
fn find_operations(method: &Method, path: &str) -> (Vec<&'static OperationDecl>, Map<String, Value>) {
    let mut found = Vec::new();
    let mut params = Map::new();
    for decl in opsdeck_api::catalog::operations() {
        if decl.method.as_str() != method.as_str() {
            continue;
        }
        if let Some(p) = match_template(decl.path, path) {
            // Prefer the most literal template (`/x/list` over `/x/{id}`).
            found.push(decl);
            params = p;
        }
    }
    (found, params)
}

fn authenticated(headers: &HeaderMap, service: Service) -> bool {
    let has = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).is_some_and(|v| !v.trim().is_empty());
    match service {
        Service::Rainbond => has("authorization"),
        _ => {
            has("x-auth-token")
                || headers
                    .get("authorization")
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|v| v.starts_with(opsdeck_api::sign::ALGORITHM) || v.starts_with("Bearer "))
        }
    }
}

fn unauthorized(service: Service) -> Response {
    match service {
        Service::Rainbond => error(service, StatusCode::UNAUTHORIZED, "401", "Authorization key missing"),
        _ => json_response(
            StatusCode::UNAUTHORIZED,
            &json!({"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication information: the X-Auth-Token header is missing"}),
        ),
    }
}

/// Converts the query string's text values to the types their schema declares.
fn typed_query(decl: &OperationDecl, uri: &Uri) -> Result<Map<String, Value>, String> {
    let schema = decl.params_schema();
    let mut out = Map::new();
    for pair in uri.query().unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let key = opsdeck_api::sign::decode(&k.replace('+', " "));
        let val = opsdeck_api::sign::decode(&v.replace('+', " "));
        let Some(field) = schema.fields.iter().find(|f| f.name == key && f.location == Location::Query) else {
            continue; // unknown parameters are ignored, as the services do
        };
        let typed = match field.ty {
            Type::Integer => match val.parse::<i64>() {
                Ok(n) => Value::from(n),
                Err(_) => return Err(format!("{key}: must be an integer")),
            },
            Type::Number => match val.parse::<f64>() {
                Ok(n) => Value::from(n),
                Err(_) => return Err(format!("{key}: must be a number")),
            },
            Type::Boolean => match val.as_str() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                _ => return Err(format!("{key}: must be true or false")),
            },
            Type::Array(_) => {
                let entry = out.entry(key.clone()).or_insert_with(|| Value::Array(vec![]));
                if let Value::Array(items) = entry {
                    items.push(Value::String(val));
                }
                continue;
            }
            _ => Value::String(val),
        };
        out.insert(key, typed);
    }
    Ok(out)
}

/// Answers one API request.
pub fn handle(state: &State, method: &Method, uri: &Uri, headers: &HeaderMap, body: &[u8]) -> Response {
    let mut res = handle_inner(state, method, uri, headers, body);
    res.headers_mut().insert("x-request-id", HeaderValue::from_str(&new_id().replace('-', "")).expect("hex"));
    res
}

fn handle_inner(state: &State, method: &Method, uri: &Uri, headers: &HeaderMap, body: &[u8]) -> Response {
    let (candidates, path_params) = find_operations(method, uri.path());
    let Some(&first) = candidates.first() else {
        return no_such_api();
    };
    let service = first.service;
    if !authenticated(headers, service) {
        return unauthorized(service);
    }

    let query = match typed_query(first, uri) {
        Ok(q) => q,
        Err(msg) => return bad_request(service, &msg),
    };
    let upload = first.content_type.is_some_and(|ct| !ct.contains("json"));
    let body_value: Option<Value> = if body.iter().all(u8::is_ascii_whitespace) {
        None
    } else if upload {
        // Multipart and other uploads: handlers read the raw bytes.
        Some(Value::Null)
    } else {
        match serde_json::from_slice(body) {
            // A JSON `null` is no body at all.
            Ok(Value::Null) => None,
            Ok(v) => Some(v),
            Err(e) => return bad_request(service, &format!("the body is not valid JSON ({e})")),
        }
    };

    // Two operations may share a method and path (the documents' 4.3.1/4.3.2, 4.4.3/4.4.7):
    // the body tells them apart.
    let decl = servicestage::disambiguate(&candidates, body_value.as_ref()).unwrap_or(first);

    let mut params = path_params;
    params.extend(query);
    let skip_sort_key = resources::lenient_sort_param(decl);
    let param_problems: Vec<String> = validate::validate_params(decl.params_schema(), Location::Query, &params, &*state.patterns)
        .into_iter()
        .filter(|v| Some(v.path.as_str()) != skip_sort_key)
        .map(|v| v.describe(Lang::En))
        .collect();
    if !param_problems.is_empty() {
        return bad_request(service, &param_problems.join("; "));
    }
    match (decl.body, body_value.as_ref()) {
        (Some(schema), Some(value)) if !upload => {
            let problems = validate::validate(schema, value, &*state.patterns);
            if !problems.is_empty() {
                let text: Vec<String> = problems.iter().map(|v| v.describe(Lang::En)).collect();
                return bad_request(service, &text.join("; "));
            }
        }
        (Some(_), None) if !upload => return bad_request(service, "the request body is missing"),
        _ => {}
    }

    let call = Call { decl, params, body: body_value, raw: body, state, headers };
    if let Some(res) = ims::handle(&call).or_else(|| cbr::handle(&call)).or_else(|| rainbond::handle(&call)) {
        return res;
    }
    if let Some(res) = servicestage::handle(&call) {
        return res;
    }
    if let Some(res) = resources::handle(&call) {
        return res;
    }
    error(
        service,
        StatusCode::NOT_IMPLEMENTED,
        "SANDBOX.0501",
        &format!("{} ({}) is declared but not emulated by the sandbox yet", decl.id, decl.doc_ref),
    )
}
