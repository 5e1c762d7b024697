//! Every declared operation and resource, for the generic console, sandbox and export.

use crate::operation::{OperationDecl, Service};
use crate::resource::ResourceDecl;
use crate::servicestage::git::resources as git;
use crate::servicestage::v2::resources as v2;
use crate::servicestage::v3::resources as ss;

pub use ss::ENVIRONMENTS;

/// Lists the modules that declare operations (each has `OPERATIONS` and
/// `roundtrip_example`, written by [`operations!`](crate::operations)). Adding a module of
/// declarations is one line here.
macro_rules! declaration_modules {
    ($($module:path),* $(,)?) => {
        /// Every declared operation, service by service in document order.
        pub fn operations() -> impl Iterator<Item = &'static OperationDecl> {
            [$({ use $module as m; m::OPERATIONS }),*].into_iter().flat_map(|ops| ops.iter().copied())
        }

        /// The body schema of the operation with this id (see `OperationDecl::body`).
        pub fn body_of(id: &str) -> Option<&'static crate::schema::Type> {
            $({ use $module as m; if let Some(found) = m::body_of(id) { return found; } })*
            None
        }

        /// The answer's schema of the operation with this id (see `OperationDecl::response`).
        pub fn response_of(id: &str) -> Option<&'static crate::schema::Type> {
            $({ use $module as m; if let Some(found) = m::response_of(id) { return found; } })*
            None
        }

        /// The answer's schema of the list operation with this id.
        pub fn list_response_of(id: &str) -> Option<&'static crate::schema::Type> {
            $({ use $module as m; if let Some(found) = m::list_response_of(id) { return found; } })*
            None
        }

        /// Round-trips a documented example through the typed model of the operation with
        /// `doc_ref` (`None` when no operation has that ref).
        pub fn roundtrip_example(
            doc_ref: &str,
            part: crate::operation::Part,
            value: serde_json::Value,
        ) -> Option<Result<serde_json::Value, String>> {
            $(
                { use $module as m; if let Some(r) = m::roundtrip_example(doc_ref, part, value.clone()) { return Some(r); } }
            )*
            None
        }
    };
}

declaration_modules!(
    crate::servicestage::v3::environment,
    crate::servicestage::v3::environment_resource,
    crate::servicestage::v3::application,
    crate::servicestage::v3::component,
    crate::servicestage::v3::runtime_stack,
    crate::servicestage::v3::config,
    crate::servicestage::v3::job,
    crate::servicestage::v3::addon,
    crate::servicestage::git,
    crate::servicestage::v2::metadata,
    crate::servicestage::v2::environment,
    crate::servicestage::v2::application,
    crate::servicestage::v2::component,
    crate::servicestage::v2::instance,
    crate::servicestage::v2::job,
    crate::servicestage::assembling,
    crate::cse,
    crate::cse::metric,
    crate::servicecomb,
    crate::servicecomb::kie_ops,
    crate::ims,
    crate::cbr,
    crate::rainbond,
    crate::vpc,
    crate::cce,
    crate::eps,
);

/// Calls `visit` with every field of every operation's parameters, body and response, nested
/// fields included, in a fixed order that depends only on the declarations (a type used twice
/// is walked twice). The console's build script records the help texts in this order from a
/// build with `help-texts`, and the console, whose metadata has no help, pairs them up with
/// its fields by walking again (src/views/help.rs).
pub fn walk_fields(mut visit: impl FnMut(&'static crate::schema::Field)) {
    fn walk(ty: &'static crate::schema::Type, depth: u32, visit: &mut dyn FnMut(&'static crate::schema::Field)) {
        use crate::schema::Type;
        // The documents' schemas are trees; the bound only guards against a mistake.
        if depth > 32 {
            return;
        }
        match ty {
            Type::Object(o) => {
                for f in o.fields {
                    visit(f);
                    walk(f.ty, depth + 1, visit);
                }
            }
            Type::Array(t) | Type::Map(t) => walk(t, depth + 1, visit),
            _ => {}
        }
    }
    for op in operations() {
        for ty in [Some(op.params()), op.body(), op.response()].into_iter().flatten() {
            walk(ty, 0, &mut visit);
        }
    }
}

pub fn operation(id: &str) -> Option<&'static OperationDecl> {
    operations().find(|op| op.id == id)
}

pub fn operation_by_ref(doc_ref: &str) -> Option<&'static OperationDecl> {
    operations().find(|op| op.doc_ref == doc_ref)
}

/// Operations that no resource page offers, each with the reason, so that being reachable only
/// from the API explorer is a decision rather than an oversight. Job queries (followed by the
/// job tray) and the lists that fill form pickers (`choices`) need no entry: the console
/// calls them itself.
pub static EXPLORER_ONLY: &[(&str, &str)] = &[
    // A credential, not a resource: its answer belongs in the settings' engine token, which
    // the console then sends as `Authorization: Bearer` itself.
    ("servicecomb.token.create", "gets a credential for the settings (the ServiceComb engine token), not a resource to show"),
    (
        "cse.metric.report",
        "Reporting metrics (12.5) is what a microservice's SDK agent does for its own instance; it changes nothing a page shows and there is no list of metrics to hang it on.",
    ),
];

/// Every resource with generic pages, by service.
pub static RESOURCES: &[&ResourceDecl] = &[
    &ss::ENVIRONMENTS,
    &ss::IAC_RESOURCES,
    &ss::PROVISION_HISTORIES,
    &ss::APPLICATIONS,
    &ss::COMPONENTS,
    &ss::RUNTIME_STACKS,
    &ss::CONFIG_GROUPS,
    &ss::CONFIGS,
    &ss::CONFIG_HISTORIES,
    &ss::ADDONS,
    &v2::V2_ENVIRONMENTS,
    &v2::V2_APPLICATIONS,
    &v2::V2_COMPONENTS,
    &v2::V2_INSTANCES,
    &crate::servicestage::assembling::BUILD_JOBS,
    &git::GIT_AUTHORIZATIONS,
    &git::GIT_NAMESPACES,
    &git::GIT_PROJECTS,
    &git::GIT_COMMITS,
    &git::GIT_HOOKS,
    &crate::cse::ENGINES,
    &crate::servicecomb::MICROSERVICES,
    &crate::servicecomb::INSTANCES,
    &crate::servicecomb::SCHEMAS,
    &crate::servicecomb::PROVIDERS,
    &crate::servicecomb::KVS,
    &crate::ims::IMAGES,
    &crate::cbr::VAULTS,
    &crate::cbr::BACKUPS,
    &crate::rainbond::APPS,
    &crate::rainbond::COMPONENTS,
];

/// Resources listed in the navigation: those whose list needs no parent.
pub fn top_level_resources() -> impl Iterator<Item = &'static ResourceDecl> {
    RESOURCES.iter().copied().filter(|r| r.list_all.is_some() || (r.parent.is_none() && r.list.is_some()))
}

pub fn resource(service: Service, key: &str) -> Option<&'static ResourceDecl> {
    RESOURCES.iter().copied().find(|r| r.service == service && r.key == key)
}
