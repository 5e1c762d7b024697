//! Every declared operation and resource, for the generic console, sandbox and export.

use crate::operation::{OperationDecl, Service};
use crate::resource::{Filter, Paging, ResourceDecl, Sorting};
use crate::schema::Text;
use crate::servicestage::v3::environment as env;
use crate::operation::Operation;

/// Lists the modules that declare operations (each has `OPERATIONS` and
/// `roundtrip_example`, written by [`operations!`](crate::operations)). Adding a module of
/// declarations is one line here.
macro_rules! declaration_modules {
    ($($module:path),* $(,)?) => {
        /// Every declared operation, service by service in document order.
        pub fn operations() -> impl Iterator<Item = &'static OperationDecl> {
            [$({ use $module as m; m::OPERATIONS }),*].into_iter().flat_map(|ops| ops.iter().copied())
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
    crate::servicestage::v3::component,
    crate::servicestage::v3::runtime_stack,
    crate::servicestage::v3::config,
    crate::servicestage::v3::job,
    crate::servicestage::v3::addon,
);

pub fn operation(id: &str) -> Option<&'static OperationDecl> {
    operations().find(|op| op.id == id)
}

pub fn operation_by_ref(doc_ref: &str) -> Option<&'static OperationDecl> {
    operations().find(|op| op.doc_ref == doc_ref)
}

pub static ENVIRONMENTS: ResourceDecl = ResourceDecl {
    key: "environments",
    service: Service::ServiceStage,
    title: Text::new("环境", "Environments"),
    singular: Text::new("环境", "Environment"),
    id_field: "id",
    id_param: "environment_id",
    name_field: "name",
    items_field: "environments",
    count_field: Some("count"),
    columns: &["name", "deploy_mode", "vpc_id", "description", "creator", "create_time"],
    filters: &[
        Filter { param: "name", field: "name" },
        Filter { param: "environment_id", field: "id" },
        Filter { param: "enterprise_project_id", field: "enterprise_project_id" },
    ],
    sorting: Some(Sorting { by: "order_by", order: "order", default_by: "create_time" }),
    paging: Paging::LimitOffset { limit: "limit", offset: "offset", max_limit: 100 },
    list: <env::ListEnvironmentsOp as Operation>::DECL,
    create: Some(<env::CreateEnvironmentOp as Operation>::DECL),
    get: Some(<env::GetEnvironmentOp as Operation>::DECL),
    update: Some(<env::UpdateEnvironmentOp as Operation>::DECL),
    delete: Some(<env::DeleteEnvironmentOp as Operation>::DECL),
};

/// Every resource with generic pages, by service.
pub static RESOURCES: &[&ResourceDecl] = &[&ENVIRONMENTS];

pub fn resource(service: Service, key: &str) -> Option<&'static ResourceDecl> {
    RESOURCES.iter().copied().find(|r| r.service == service && r.key == key)
}
