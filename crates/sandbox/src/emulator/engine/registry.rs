//! The registry: what each service tells the engine about itself. The engine knows no service;
//! everything that differs between them (error bodies, ids, stores, credentials, resources,
//! seed data, time-driven progress, handlers) is a [`Registration`], and the [`Registry`] of
//! all registrations is checked against the catalogue of declared operations when it is built.

use std::collections::HashMap;

use axum::http::StatusCode;
use axum::response::Response;
use opsdeck_api::operation::{OpKind, OperationDecl, Service};
use serde_json::{json, Value};

use super::crud::ResourceBehavior;
use super::{json_response, Call, Clock, Store};

/// An operation whose behaviour the generic rules cannot express.
pub type Handler = fn(&Call) -> Response;

/// The shape of a service's documented error body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorShape {
    /// `{"error_code", "error_msg"}`: ServiceStage, IMS, CBR (and Huawei's API gateway).
    CodeMsg,
    /// `{"errorCode", "errorMessage", "detail"}`: ServiceComb and CSE's engines.
    CamelCode,
    /// `{"error_code", "error_message", "detail"}`: CSE's configuration import and export.
    CodeMessageDetail,
    /// `{"code", "message"}`: VPC (its own APIs, not the OpenStack-native ones).
    CodeMessage,
    /// `{"error_code", "error_message"}`: an engine's configuration center (KIE).
    CodeMessageOnly,
    /// `{"code": <HTTP status>, "msg", "msg_show"}`: Rainbond, which has no error codes. The
    /// code slot of an error carries `msg_show`, the text shown to users (the message when
    /// it is empty).
    Rainbond,
}

impl ErrorShape {
    pub fn body(self, status: StatusCode, code: &str, message: &str) -> Value {
        match self {
            ErrorShape::CodeMsg => json!({"error_code": code, "error_msg": message}),
            ErrorShape::CamelCode => {
                json!({"errorCode": code, "errorMessage": message, "detail": message})
            }
            ErrorShape::CodeMessageDetail => {
                json!({"error_code": code, "error_message": message, "detail": message})
            }
            ErrorShape::CodeMessage => json!({"code": code, "message": message}),
            ErrorShape::CodeMessageOnly => json!({"error_code": code, "error_message": message}),
            ErrorShape::Rainbond => {
                json!({"code": status.as_u16(), "msg": message, "msg_show": if code.is_empty() { message } else { code }})
            }
        }
    }

    /// The error answer itself.
    pub fn answer(self, status: StatusCode, code: &str, message: &str) -> Response {
        json_response(status, &self.body(status, code, message))
    }
}

/// How the service makes the ids of new items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdFormat {
    /// `5b1c5a36-6ac1-4d0c-8fbe-c01e0da8b4ce`.
    Uuid,
    /// 32 hexadecimal digits (IMS jobs, Rainbond components).
    Hex32,
    /// 1, 2, 3 …: one more than the largest id of the resource (Rainbond apps).
    Integer,
}

impl IdFormat {
    /// A new id for an item of a collection holding `existing`, read at `id_field`.
    pub fn next(self, existing: &[Value], id_field: &str) -> Value {
        match self {
            IdFormat::Uuid => json!(super::new_id()),
            IdFormat::Hex32 => json!(super::hex_id()),
            IdFormat::Integer => json!(existing.iter().filter_map(|i| i.get(id_field).and_then(Value::as_i64)).max().unwrap_or(0) + 1),
        }
    }
}

/// Where a service's items live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreScope {
    /// One store per project: the path's `project_id` (ServiceStage).
    PerProject,
    /// One store for the whole sandbox (IMS's and Rainbond's paths carry no project). With an
    /// `owner`, an item is seen only by the project its `owner` member names (CBR: vaults of
    /// other projects are replication destinations).
    Shared { owner: Option<&'static str> },
}

/// How callers prove who they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Credentials {
    /// An IAM token (`X-Auth-Token`) or an AK/SK signature, checked by `access`; refused with the
    /// API gateway's `APIGW.0301`.
    Iam,
    /// An `Authorization` key (Rainbond); refused with the service's own error body.
    AuthorizationKey,
    /// An exclusive engine's own token (`Authorization: Bearer`, from 7.2.1), else IAM as
    /// for a professional engine; a bad engine token is refused with the service's 401201.
    EngineToken,
}

/// The form a path parameter must have beyond what its declaration says (the declarations
/// leave project ids unconstrained; the services accept only their own format).
#[derive(Debug, Clone, Copy)]
pub struct PathFormat {
    pub param: &'static str,
    pub valid: fn(&str) -> bool,
    /// What a valid value is, for the 400's message.
    pub expected: &'static str,
}

/// JSON bodies of a service's operations may be at most this long unless its registration
/// says otherwise: far more than any documented body, far less than what would strain the
/// sandbox.
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

/// Everything one service tells the engine.
pub struct Registration {
    pub service: Service,
    pub errors: ErrorShape,
    /// The documented "parameter invalid" code (400).
    pub invalid_code: &'static str,
    /// Operations (by id) whose errors have another shape and "parameter invalid" code than
    /// the service's others (CSE's configuration import and export).
    pub op_errors: &'static [(&'static str, ErrorShape, &'static str)],
    /// The status of the documented "not found" answers: 404, or 400 where the service
    /// answers an unknown item so (CSE's engines and jobs).
    pub not_found_status: StatusCode,
    pub ids: IdFormat,
    pub store: StoreScope,
    pub credentials: Credentials,
    /// Operations that take no credentials (an engine's token request, 7.2.1).
    pub open_ops: &'static [&'static str],
    /// Resources served by the generic create/list/get/update/delete, with their differences
    /// as data.
    pub resources: &'static [ResourceBehavior],
    /// Members (a JSON object) the service sets on every item it creates, where the item's
    /// schema has them (ServiceStage's `creator`).
    pub server_members: fn() -> Value,
    /// Members (a JSON object) a new item gets where its schema has them and the request left
    /// them out (ServiceStage's empty `description`, `labels`, enterprise project `"0"`).
    pub default_members: fn() -> Value,
    /// Fills a new store: `project_id` is the store's project (empty for a shared store).
    /// Resource seed data comes from each [`ResourceBehavior::seed`]; this is for the rest
    /// (internal collections, data that spans resources).
    pub seed: fn(store: &mut Store, project_id: &str, now: i64),
    /// Brings time-driven state up to the present before every call that touches the store
    /// (`caller` is the calling project, for shared stores that keep per-project data).
    pub settle: fn(store: &mut Store, clock: &Clock, caller: &str),
    /// Refuses a generic call whose scope parameters (Rainbond's team and region) name
    /// nothing, before any item is looked at.
    pub check_scope: fn(store: &Store, call: &Call) -> Result<(), Response>,
    /// Operations the generic rules cannot express, by operation id.
    pub handlers: &'static [(&'static str, Handler)],
    /// Path parameters with a form of their own (a project id is 32 hexadecimal digits).
    pub path_formats: &'static [PathFormat],
    /// The longest body, in bytes, an operation of the service accepts (checked before the
    /// body is read), unless `body_limits` names the operation.
    pub body_limit: usize,
    /// Per operation id, a limit other than `body_limit` (documented upload sizes).
    pub body_limits: &'static [(&'static str, usize)],
    /// Per operation id, a rewrite of a body another client of the real service spells
    /// otherwise into the declared form, run before the body is validated (the service
    /// accepts both; the handlers see one).
    pub body_spellings: &'static [(&'static str, fn(&mut Value))],
}

fn no_members() -> Value {
    Value::Null
}
fn no_seed(_: &mut Store, _: &str, _: i64) {}
fn no_settle(_: &mut Store, _: &Clock, _: &str) {}
fn no_scope(_: &Store, _: &Call) -> Result<(), Response> {
    Ok(())
}

impl Registration {
    /// The starting point of a registration: `Registration { service: …, ..Registration::BASE }`.
    pub const BASE: Registration = Registration {
        service: Service::ServiceStage,
        errors: ErrorShape::CodeMsg,
        invalid_code: "",
        op_errors: &[],
        not_found_status: StatusCode::NOT_FOUND,
        ids: IdFormat::Uuid,
        store: StoreScope::PerProject,
        credentials: Credentials::Iam,
        open_ops: &[],
        resources: &[],
        server_members: no_members,
        default_members: no_members,
        seed: no_seed,
        settle: no_settle,
        check_scope: no_scope,
        handlers: &[],
        path_formats: &[],
        body_limit: DEFAULT_BODY_LIMIT,
        body_limits: &[],
        body_spellings: &[],
    };

    /// The longest body `decl` (an operation of this service) accepts.
    pub fn body_limit_of(&self, decl: &OperationDecl) -> usize {
        self.body_limits.iter().find(|(id, _)| *id == decl.id).map_or(self.body_limit, |(_, limit)| *limit)
    }

    /// Rewrites `body`, sent to `decl` (an operation of this service), into the declared
    /// spelling where the service also takes another one.
    pub fn respell_body(&self, decl: &OperationDecl, body: &mut Value) {
        if let Some((_, respell)) = self.body_spellings.iter().find(|(id, _)| *id == decl.id) {
            respell(body);
        }
    }

    /// The 413 for a body over the limit: the API gateway's body for services behind it (it
    /// refuses before the service sees anything), the service's own otherwise.
    pub fn too_large(&self) -> Response {
        let message = "Request entity too large";
        match self.credentials {
            Credentials::Iam => ErrorShape::CodeMsg.answer(StatusCode::PAYLOAD_TOO_LARGE, "APIGW.0201", message),
            Credentials::AuthorizationKey => self.error(StatusCode::PAYLOAD_TOO_LARGE, "", message),
            // An engine's own address: no gateway in front.
            Credentials::EngineToken => self.error(StatusCode::PAYLOAD_TOO_LARGE, self.invalid_code, message),
        }
    }

    /// The service's documented error body.
    pub fn error(&self, status: StatusCode, code: &str, message: &str) -> Response {
        self.errors.answer(status, code, message)
    }

    /// 400 with the service's "parameter invalid" code.
    pub fn bad_request(&self, message: &str) -> Response {
        self.error(StatusCode::BAD_REQUEST, self.invalid_code, &format!("parameter invalid: {message}"))
    }

    /// The error shape and "parameter invalid" code of `decl`, an operation of this service.
    pub fn errors_of(&self, decl: &OperationDecl) -> (ErrorShape, &'static str) {
        self.op_errors.iter().find(|(id, _, _)| *id == decl.id).map_or((self.errors, self.invalid_code), |(_, shape, code)| (*shape, *code))
    }

    /// [`Registration::error`] in the shape of `decl`'s errors.
    pub fn error_of(&self, decl: &OperationDecl, status: StatusCode, code: &str, message: &str) -> Response {
        self.errors_of(decl).0.answer(status, code, message)
    }

    /// [`Registration::bad_request`] in the shape, and with the code, of `decl`'s errors.
    pub fn bad_request_of(&self, decl: &OperationDecl, message: &str) -> Response {
        let (shape, code) = self.errors_of(decl);
        shape.answer(StatusCode::BAD_REQUEST, code, &format!("parameter invalid: {message}"))
    }

    /// The store a project's calls use: its own, or the service's one shared store.
    pub fn store_key(&self, project_id: &str) -> String {
        match self.store {
            StoreScope::PerProject => format!("{}/{project_id}", self.service.key()),
            StoreScope::Shared { .. } => self.service.key().to_string(),
        }
    }

    /// The behaviour of the resource stored under `key`.
    pub fn behavior(&self, key: &str) -> Option<&'static ResourceBehavior> {
        self.resources.iter().find(|b| b.resource.key == key)
    }
}

/// What serves one declared operation.
#[derive(Clone, Copy)]
pub enum Route {
    Handler(Handler),
    /// The generic list/create/get/update/delete of a resource.
    Crud(&'static ResourceBehavior, OpKind),
}

/// Every registration, and every operation's route.
pub struct Registry {
    registrations: Vec<Registration>,
    handlers: HashMap<&'static str, Handler>,
}

impl Registry {
    /// Builds the registry and checks it against the catalogue (`opsdeck_api::catalog`).
    ///
    /// # Panics
    /// When a handler names an operation no declaration has, when two handlers name one
    /// operation, when a handler or resource is registered under another service than its
    /// declaration's, or when a service registers twice: each is a mistake in the sandbox's
    /// own code, found at start-up.
    pub fn build(registrations: Vec<Registration>) -> Registry {
        let declared: HashMap<&str, &OperationDecl> = opsdeck_api::catalog::operations().map(|d| (d.id, d)).collect();
        let mut handlers = HashMap::new();
        for (i, reg) in registrations.iter().enumerate() {
            assert!(!registrations[..i].iter().any(|r| r.service == reg.service), "the sandbox registry: {:?} is registered twice", reg.service);
            for &(id, handler) in reg.handlers {
                let Some(decl) = declared.get(id) else {
                    panic!("the sandbox registry: a handler is registered for `{id}`, which no operation declaration has");
                };
                assert!(
                    decl.service == reg.service,
                    "the sandbox registry: the handler of `{id}` is registered by {:?}, the operation belongs to {:?}",
                    reg.service,
                    decl.service
                );
                assert!(handlers.insert(id, handler).is_none(), "the sandbox registry: two handlers are registered for `{id}`");
            }
            for b in reg.resources {
                assert!(
                    b.resource.service == reg.service,
                    "the sandbox registry: resource `{}` of {:?} is registered by {:?}",
                    b.resource.key,
                    b.resource.service,
                    reg.service
                );
            }
        }
        Registry { registrations, handlers }
    }

    /// The registration of a service.
    pub fn service(&self, service: Service) -> Option<&Registration> {
        self.registrations.iter().find(|r| r.service == service)
    }

    pub fn registrations(&self) -> impl Iterator<Item = &Registration> {
        self.registrations.iter()
    }

    /// What answers an operation: its handler, else the generic slot it fills, else nothing
    /// (the engine answers 501 "not emulated").
    pub fn route(&self, decl: &OperationDecl) -> Option<Route> {
        if let Some(&h) = self.handlers.get(decl.id) {
            return Some(Route::Handler(h));
        }
        self.crud_slot(decl).map(|(b, kind)| Route::Crud(b, kind))
    }

    /// The resource and generic kind of an operation that is the list, create, get, update or
    /// delete of a registered resource.
    pub fn crud_slot(&self, decl: &OperationDecl) -> Option<(&'static ResourceBehavior, OpKind)> {
        self.service(decl.service)?.resources.iter().find_map(|b| {
            let r = b.resource;
            let is = |d: Option<&'static OperationDecl>| d.is_some_and(|d| d.id == decl.id);
            let kind = if is(r.list) || is(r.list_all) {
                OpKind::List
            } else if is(r.create) {
                OpKind::Create
            } else if is(r.get) {
                OpKind::Get
            } else if is(r.update) {
                OpKind::Update
            } else if is(r.delete) {
                OpKind::Delete
            } else {
                return None;
            };
            Some((b, kind))
        })
    }

    /// Whether a handler is registered for the operation `id`.
    pub fn has_handler(&self, id: &str) -> bool {
        self.handlers.contains_key(id)
    }

    /// Ids of the operations with a handler.
    pub fn handler_ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.handlers.keys().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(_: &Call) -> Response {
        json_response(StatusCode::OK, &Value::Null)
    }

    #[test]
    fn the_services_registry_builds() {
        let registry = crate::emulator::registry();
        assert!(registry.has_handler("servicestage.component.create"));
        assert!(registry.service(Service::Rainbond).is_some());
    }

    #[test]
    #[should_panic(expected = "no operation declaration has")]
    fn a_handler_for_an_undeclared_operation_is_refused() {
        static HANDLERS: &[(&str, Handler)] = &[("ims.image.teleport", answer)];
        Registry::build(vec![Registration { service: Service::Ims, handlers: HANDLERS, ..Registration::BASE }]);
    }

    #[test]
    #[should_panic(expected = "two handlers are registered for `ims.image.copy`")]
    fn two_handlers_for_one_operation_are_refused() {
        static HANDLERS: &[(&str, Handler)] = &[("ims.image.copy", answer), ("ims.image.copy", answer)];
        Registry::build(vec![Registration { service: Service::Ims, handlers: HANDLERS, ..Registration::BASE }]);
    }

    #[test]
    #[should_panic(expected = "the operation belongs to Ims")]
    fn a_handler_under_another_service_is_refused() {
        static HANDLERS: &[(&str, Handler)] = &[("ims.image.copy", answer)];
        Registry::build(vec![Registration { service: Service::Cbr, handlers: HANDLERS, ..Registration::BASE }]);
    }

    #[test]
    #[should_panic(expected = "resource `vaults` of Cbr is registered by Ims")]
    fn a_resource_under_another_service_is_refused() {
        static RESOURCES: &[ResourceBehavior] = &[ResourceBehavior { resource: &opsdeck_api::cbr::VAULTS, ..ResourceBehavior::BASE }];
        Registry::build(vec![Registration { service: Service::Ims, resources: RESOURCES, ..Registration::BASE }]);
    }

    #[test]
    #[should_panic(expected = "Rainbond is registered twice")]
    fn a_service_registered_twice_is_refused() {
        Registry::build(vec![
            Registration { service: Service::Rainbond, ..Registration::BASE },
            Registration { service: Service::Rainbond, ..Registration::BASE },
        ]);
    }

    #[test]
    fn error_bodies_take_each_documented_shape() {
        let s = StatusCode::NOT_FOUND;
        assert_eq!(ErrorShape::CodeMsg.body(s, "IMS.0004", "gone"), json!({"error_code": "IMS.0004", "error_msg": "gone"}));
        assert_eq!(ErrorShape::CamelCode.body(s, "400001", "bad"), json!({"errorCode": "400001", "errorMessage": "bad", "detail": "bad"}));
        assert_eq!(ErrorShape::CodeMessage.body(s, "VPC.0003", "VPC does not exist."), json!({"code": "VPC.0003", "message": "VPC does not exist."}));
        assert_eq!(
            ErrorShape::Rainbond.body(s, "应用不存在", "app 9 not found"),
            json!({"code": 404, "msg": "app 9 not found", "msg_show": "应用不存在"})
        );
        assert_eq!(ErrorShape::Rainbond.body(s, "", "gone"), json!({"code": 404, "msg": "gone", "msg_show": "gone"}));
    }
}
