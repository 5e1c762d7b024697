//! The emulator's engine, which knows no service. It matches a request to its operation
//! declaration (`routing`), checks credentials, validates parameters and body against the
//! declared schemas, and answers from in-memory stores: through the handler the service
//! registered for the operation, or generically for the list/create/get/update/delete of a
//! registered resource (`crud`). Everything that differs between services is data in their
//! registrations (`registry`).
//!
//! Asynchronous work is time-driven: before a call touches a store, the service's `settle`
//! step brings it up to the present from the start times recorded in it, so nothing runs in
//! the background. Tests move the clock with [`State::advance`] or speed jobs up with
//! [`State::with_job_speed`].

pub mod access;
mod clock;
pub mod crud;
pub mod multipart;
pub mod registry;
pub mod routing;

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::Response;
use opsdeck_api::operation::OperationDecl;
use opsdeck_api::schema::{Lang, Location};
use opsdeck_api::validate::{self, RegexLite};
use serde_json::{Map, Value};

pub use clock::{iso_time, plain_time, Clock};
use registry::{Credentials, Registration, Registry, Route};

/// Everything the sandbox remembers, and the clock its jobs run on.
#[derive(Clone)]
pub struct State {
    registry: &'static Registry,
    /// The stores by key. This lock is held only to find or make a store, never while one is
    /// used: each store has its own lock, so a slow call on one project stalls no other.
    stores: Arc<Mutex<Stores>>,
    patterns: Arc<RegexLite>,
    /// Added to the wall clock: tests move time forward instead of sleeping.
    clock_offset: Arc<AtomicI64>,
    /// How much faster than real time jobs and provisioning runs progress.
    job_speed: f64,
    /// The credentials callers must send (`access`).
    access: Arc<access::Access>,
}

/// The stores, and when each was last used, so the per-project ones stay bounded.
struct Stores {
    slots: HashMap<String, Slot>,
    /// Counts uses: the stamp of the latest one.
    uses: u64,
    /// At most this many per-project stores live at once (shared stores do not count).
    max_projects: usize,
}

struct Slot {
    store: Arc<Mutex<Store>>,
    last_used: u64,
    /// A project's own store (evictable), not a service's shared one.
    per_project: bool,
}

impl Stores {
    /// The store under `key`, made (empty, not yet seeded) on first use. Making a per-project
    /// store when `max_projects` live already evicts the least recently used one, with all it
    /// held (its items and jobs): a project that comes back later starts again from the demo
    /// data, as after a restart. Least-recently-used keeps the projects someone is working in,
    /// and bounds memory whatever ids callers invent.
    fn get(&mut self, key: String, per_project: bool) -> Arc<Mutex<Store>> {
        self.uses += 1;
        let now = self.uses;
        if let Some(slot) = self.slots.get_mut(&key) {
            slot.last_used = now;
            return slot.store.clone();
        }
        if per_project {
            let live = self.slots.values().filter(|s| s.per_project).count();
            if live >= self.max_projects.max(1) {
                let oldest = self.slots.iter().filter(|(_, s)| s.per_project).min_by_key(|(_, s)| s.last_used).map(|(k, _)| k.clone());
                if let Some(oldest) = oldest {
                    self.slots.remove(&oldest);
                }
            }
        }
        let store = Arc::new(Mutex::new(Store::default()));
        self.slots.insert(key, Slot { store: store.clone(), last_used: now, per_project });
        store
    }
}

/// How many projects the sandbox keeps at once unless told otherwise
/// ([`State::with_max_projects`]).
pub const DEFAULT_MAX_PROJECTS: usize = 64;

/// One store's items, by collection key (a resource key such as `environments`, or an
/// internal collection such as `jobs`), in creation order. A service has one store per
/// project or one for the whole sandbox ([`registry::StoreScope`]). Item members whose names
/// start with one `_` are the sandbox's own bookkeeping and never leave it.
#[derive(Default)]
pub struct Store {
    pub collections: HashMap<&'static str, Vec<Value>>,
    /// Whether the demo data is in (stores are made empty and seeded under their own lock).
    seeded: bool,
}

impl Store {
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
    /// An empty sandbox answering with `registry`'s services.
    pub fn with_registry(registry: &'static Registry) -> State {
        State {
            registry,
            stores: Arc::new(Mutex::new(Stores { slots: HashMap::new(), uses: 0, max_projects: DEFAULT_MAX_PROJECTS })),
            patterns: Arc::new(RegexLite::default()),
            clock_offset: Arc::new(AtomicI64::new(0)),
            job_speed: 1.0,
            access: Arc::new(access::Access::default()),
        }
    }

    /// The same sandbox accepting these credentials (none by default: every call is refused).
    pub fn with_access(mut self, access: access::Access) -> State {
        self.access = Arc::new(access);
        self
    }

    /// The same sandbox also accepting the tokens `issued` says the emulated IAM issued.
    pub fn with_issued_tokens(mut self, issued: impl Fn(&str) -> bool + Send + Sync + 'static) -> State {
        let mut access = (*self.access).clone();
        access.issued = Some(Arc::new(issued));
        self.access = Arc::new(access);
        self
    }

    /// The same sandbox with jobs and provisioning runs progressing `speed` times faster than
    /// real time (a job of five seconds takes five milliseconds at 1000).
    pub fn with_job_speed(mut self, speed: f64) -> State {
        self.job_speed = if speed.is_finite() && speed > 0.0 { speed } else { 1.0 };
        self
    }

    /// The same sandbox keeping at most `max` projects' stores (at least one); the least
    /// recently used goes first.
    pub fn with_max_projects(self, max: usize) -> State {
        self.stores.lock().unwrap_or_else(|e| e.into_inner()).max_projects = max.max(1);
        self
    }

    /// How many projects' stores the sandbox holds now.
    pub fn live_projects(&self) -> usize {
        self.stores.lock().unwrap_or_else(|e| e.into_inner()).slots.values().filter(|s| s.per_project).count()
    }

    /// Moves the sandbox's clock forward: running jobs progress as if that time had passed.
    pub fn advance(&self, by: Duration) {
        self.clock_offset.fetch_add(by.as_millis() as i64, Ordering::SeqCst);
    }

    /// The sandbox's time, milliseconds since the Unix epoch.
    pub fn now(&self) -> i64 {
        now_ms() + self.clock_offset.load(Ordering::SeqCst)
    }

    pub fn clock(&self) -> Clock {
        Clock { now: self.now(), speed: self.job_speed }
    }

    pub fn registry(&self) -> &'static Registry {
        self.registry
    }

    /// Runs `f` on the store `reg` keeps for `project_id`, seeding it on first use and
    /// settling its time-driven state first. Only that store is locked while `f` runs; answers
    /// should be serialised after `f` returns, outside the lock.
    pub fn with_store<T>(&self, reg: &Registration, project_id: &str, f: impl FnOnce(&mut Store) -> T) -> T {
        let clock = self.clock();
        let per_project = reg.store == registry::StoreScope::PerProject;
        let slot = self.stores.lock().unwrap_or_else(|e| e.into_inner()).get(reg.store_key(project_id), per_project);
        let mut store = slot.lock().unwrap_or_else(|e| e.into_inner());
        if !store.seeded {
            let owner = if per_project { project_id } else { "" };
            for b in reg.resources {
                store.collections.insert(b.resource.key, (b.seed)(owner, clock.now));
            }
            (reg.seed)(&mut store, owner, clock.now);
            store.seeded = true;
        }
        (reg.settle)(&mut store, &clock, project_id);
        f(&mut store)
    }
}

/// Milliseconds since the Unix epoch, as ServiceStage timestamps are.
pub fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A 32-hex-digit id, as IMS jobs, Rainbond components and project ids look.
pub fn hex_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// Paths that belong to an API rather than to the console's files.
pub fn is_api_path(path: &str) -> bool {
    // `/assembling/`: the build APIs (12.2.x) have no version or project segment in front.
    ["/v1/", "/v1.0/", "/v2/", "/v3/", "/v4/", "/openapi/", "/api/", "/assembling/"].iter().any(|p| path.starts_with(p))
}

/// Whether some declared operation's path template matches `path` (whatever its method): the
/// emulator answers it, even under `/api/`, the proxy's prefix (CCE's own paths start
/// `/api/v3/projects/…`).
pub fn serves_path(path: &str) -> bool {
    opsdeck_api::catalog::operations().any(|d| opsdeck_api::url::match_template(d.path, path, opsdeck_api::url::braces).is_some())
}

/// The API gateway's error body (Huawei's gateway answers before any service does).
fn gateway_error(status: StatusCode, code: &str, message: &str) -> Response {
    registry::ErrorShape::CodeMsg.answer(status, code, message)
}

/// The longest body a path no operation has may carry (it is answered 404 anyway).
pub const NO_API_BODY_LIMIT: usize = 64 * 1024;

/// A path parameter may be at most this long whatever its declaration says: ids and names are
/// far shorter, and nothing longer is worth matching against a store.
pub const MAX_PATH_PARAM_LEN: usize = 256;

/// The longest body the operation at `method` `path` accepts, so the caller can stop reading
/// there, before anything is parsed (`site.rs` reads the body with this limit).
pub fn body_limit(registry: &Registry, method: &Method, path: &str) -> usize {
    let (candidates, _) = routing::find_operations(method, path);
    candidates
        .iter()
        .filter_map(|d| Some(registry.service(d.service)?.body_limit_of(d)))
        .max()
        .unwrap_or(NO_API_BODY_LIMIT)
}

/// The 413 for a body over [`body_limit`], in the shape of the service the path belongs to.
pub fn too_large(registry: &Registry, method: &Method, path: &str) -> Response {
    let (candidates, _) = routing::find_operations(method, path);
    match candidates.first().and_then(|d| registry.service(d.service)) {
        Some(reg) => reg.too_large(),
        None => gateway_error(StatusCode::PAYLOAD_TOO_LARGE, "APIGW.0201", "Request entity too large"),
    }
}

/// The error body for an error of the server itself (a limit, a timeout) on a request to
/// `path`, when the service the path belongs to answers such errors itself: no API gateway
/// stands before it (Rainbond), and its clients decode its own body. `None` for the others,
/// whose callers see the gateway's body.
pub fn own_error(registry: &Registry, method: &Method, path: &str, status: StatusCode, message: &str) -> Option<Response> {
    let (candidates, _) = routing::find_operations(method, path);
    let reg = candidates.first().and_then(|d| registry.service(d.service))?;
    (reg.credentials == Credentials::AuthorizationKey).then(|| reg.error(status, "", message))
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

/// A request as the handlers see it: matched, authenticated and validated.
pub struct Call<'a> {
    pub decl: &'static OperationDecl,
    /// The registration of the operation's service.
    pub service: &'static Registration,
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

    /// The caller's project: the path's, else `default` (paths without a project).
    pub fn project_id(&self) -> String {
        self.param("project_id").unwrap_or("default").to_string()
    }

    /// Runs `f` on the store the call addresses (the project's, or the service's shared one).
    pub fn with_store<T>(&self, f: impl FnOnce(&mut Store) -> T) -> T {
        self.state.with_store(self.service, &self.project_id(), f)
    }

    /// The sandbox's clock now.
    pub fn clock(&self) -> Clock {
        self.state.clock()
    }

    /// The service's documented error body (in the shape of this operation's errors).
    pub fn error(&self, status: StatusCode, code: &str, message: &str) -> Response {
        self.service.error_of(self.decl, status, code, message)
    }

    /// The documented "parameter invalid" answer of this operation.
    pub fn bad_request(&self, message: &str) -> Response {
        self.service.bad_request_of(self.decl, message)
    }

    /// The status to answer a success with: the documented one, except that a documented 204
    /// whose answer has a body (ServiceStage's 4.5.8–4.5.10, 4.5.4) is sent as 200, since a
    /// 204 cannot carry one.
    pub fn success(&self, with_body: bool) -> StatusCode {
        success_status(self.decl, with_body)
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

/// The status the sandbox answers a success of `decl` with (see [`Call::success`]).
pub fn success_status(decl: &OperationDecl, with_body: bool) -> StatusCode {
    let status = StatusCode::from_u16(decl.success_status).unwrap_or(StatusCode::OK);
    if with_body && status == StatusCode::NO_CONTENT {
        StatusCode::OK
    } else {
        status
    }
}

/// A refused credential. Services checked by IAM are refused by the gateway, before the service:
/// `APIGW.0301` "Incorrect IAM authentication information", the gateway's code for every IAM
/// credential problem (a bad or expired token, an unknown access key, a signature that does not
/// verify, an expired `X-Sdk-Date`: the gateway tells them apart only in the message).
/// `APIGW.0303` is its code for *app* authentication, which none of these APIs use.
fn unauthorized(reg: &Registration, reason: &str) -> Response {
    match reg.credentials {
        Credentials::AuthorizationKey => reg.error(StatusCode::UNAUTHORIZED, "", reason),
        Credentials::Iam => gateway_error(StatusCode::UNAUTHORIZED, "APIGW.0301", &format!("Incorrect IAM authentication information: {reason}")),
        // A Bearer token the engine does not know is the engine's 401201; no token at all
        // (nor an IAM one) is its 401204.
        Credentials::EngineToken if reason.contains("engine token") => reg.error(StatusCode::UNAUTHORIZED, "401201", &format!("Request unauthorized: {reason}")),
        Credentials::EngineToken => reg.error(StatusCode::UNAUTHORIZED, "401204", &format!("No authorization header: {reason}")),
    }
}

/// Answers one API request.
pub fn handle(state: &State, method: &Method, uri: &Uri, headers: &HeaderMap, body: &[u8]) -> Response {
    let mut res = handle_inner(state, method, uri, headers, body);
    res.headers_mut().insert("x-request-id", HeaderValue::from_str(&hex_id()).expect("hex"));
    res
}

fn handle_inner(state: &State, method: &Method, uri: &Uri, headers: &HeaderMap, body: &[u8]) -> Response {
    let (candidates, path_params) = routing::find_operations(method, uri.path());
    let Some(&first) = candidates.first() else {
        // As Huawei's API gateway answers a path no API has.
        return gateway_error(StatusCode::NOT_FOUND, "APIGW.0101", "The API does not exist or has not been published in the environment");
    };
    let Some(reg) = state.registry.service(first.service) else {
        return gateway_error(StatusCode::NOT_IMPLEMENTED, "SANDBOX.0501", &format!("{} is declared but its service is not emulated", first.id));
    };
    // Before anything is parsed (`site.rs` has stopped reading at this limit already).
    let limit = candidates.iter().map(|d| reg.body_limit_of(d)).max().unwrap_or(NO_API_BODY_LIMIT);
    if body.len() > limit {
        return reg.too_large();
    }
    let received = access::Received { method, uri, headers, body, now: state.now().div_euclid(1000) };
    if reg.open_ops.contains(&first.id) {
        // Takes no credentials (an engine's token request).
    } else if let Err(reason) = state.access.check(reg.credentials, &received) {
        return unauthorized(reg, &reason);
    }

    let query = match routing::typed_query(first, uri) {
        Ok(q) => q,
        Err(msg) => return reg.bad_request_of(first, &msg),
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
            Err(e) => return reg.bad_request_of(first, &format!("the body is not valid JSON ({e})")),
        }
    };
    let decl = routing::disambiguate(&candidates, body_value.as_ref()).unwrap_or(first);
    // Where the document spells an enumeration value otherwise than the service (its SDK),
    // both are accepted and the service's spelling is kept, so answers carry it
    // (ServiceStage's gray release `weight` → `WEIGHT`).
    let mut body_value = body_value;
    if let (Some(schema), Some(value), false) = (decl.body(), body_value.as_mut(), upload) {
        validate::canonicalize(schema, value);
        reg.respell_body(decl, value);
    }

    if let Some(problem) = path_problem(reg, decl, &path_params, &state.patterns) {
        return reg.bad_request_of(decl, &problem);
    }
    let mut params = path_params;
    params.extend(query);
    let skip_sort_key = crud::lenient_sort_param(state.registry, decl);
    let param_problems: Vec<String> = validate::validate_params(decl.params_schema(), Location::Query, &params, &*state.patterns)
        .into_iter()
        .filter(|v| Some(v.path.as_str()) != skip_sort_key)
        .map(|v| v.describe(Lang::En))
        .collect();
    if !param_problems.is_empty() {
        return reg.bad_request_of(decl, &param_problems.join("; "));
    }
    match (decl.body(), body_value.as_ref()) {
        (Some(schema), Some(value)) if !upload => {
            let problems = validate::validate(schema, value, &*state.patterns);
            if !problems.is_empty() {
                let text: Vec<String> = problems.iter().map(|v| v.describe(Lang::En)).collect();
                return reg.bad_request_of(decl, &text.join("; "));
            }
        }
        (Some(_), None) if !upload => return reg.bad_request_of(decl, "the request body is missing"),
        _ => {}
    }

    let call = Call { decl, service: reg, params, body: body_value, raw: body, state, headers };
    match state.registry.route(decl) {
        Some(Route::Handler(handler)) => handler(&call),
        Some(Route::Crud(behavior, kind)) => crud::handle(behavior, kind, &call),
        None => reg.error(
            StatusCode::NOT_IMPLEMENTED,
            "SANDBOX.0501",
            &format!("{} ({}) is declared but not emulated by the sandbox yet", decl.id, decl.doc_ref),
        ),
    }
}

/// What is wrong with the path parameters, if anything: too long, not as declared, or not in
/// the form the service gives them (its `path_formats`).
fn path_problem(reg: &Registration, decl: &OperationDecl, params: &Map<String, Value>, patterns: &RegexLite) -> Option<String> {
    for (name, value) in params {
        let text = value.as_str().unwrap_or_default();
        if text.len() > MAX_PATH_PARAM_LEN {
            return Some(format!("{name}: at most {MAX_PATH_PARAM_LEN} characters"));
        }
        if let Some(format) = reg.path_formats.iter().find(|f| f.param == name) {
            if !(format.valid)(text) {
                return Some(format!("{name}: must be {}", format.expected));
            }
        }
    }
    let typed = match routing::typed_path(decl, params) {
        Ok(typed) => typed,
        Err(problem) => return Some(problem),
    };
    let problems: Vec<String> = validate::validate_params(decl.params_schema(), Location::Path, &typed, patterns)
        .into_iter()
        .map(|v| v.describe(Lang::En))
        .collect();
    (!problems.is_empty()).then(|| problems.join("; "))
}

/// A string member (empty when absent or not a string).
pub fn text<'v>(item: &'v Value, field: &str) -> &'v str {
    item.get(field).and_then(Value::as_str).unwrap_or_default()
}

/// An object built from pairs.
pub fn object(pairs: impl IntoIterator<Item = (&'static str, Value)>) -> Value {
    Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect::<Map<String, Value>>())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_declared_path_reaches_the_emulator_not_the_console_page() {
        // The site hands `is_api_path` paths to the emulator and the rest to the console's
        // index.html: a declared path outside it is answered with HTML (the build APIs'
        // `/assembling/…` were).
        for decl in opsdeck_api::catalog::operations() {
            // The templates start with literal segments (`/v3/{project_id}/…`).
            assert!(super::is_api_path(decl.path), "{} {}: not routed to the emulator", decl.id, decl.path);
        }
    }
}
