//! Operation declarations: one per documented API operation.
//!
//! Each operation is a unit struct implementing [`Operation`], whose `DECL` is plain `const`
//! data (method, path, parameter/body/response schemas, bilingual title, documented ref). The
//! [`operations!`](crate::operations) macro writes both from one block, so the typed request
//! builder and the generic console/sandbox/OpenAPI code read the same declaration.

use crate::schema::{ObjectSchema, Schema, Text, Type};

/// The services Opsdeck talks to; each has its own endpoint and credentials in the console.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Service {
    ServiceStage,
    Cse,
    /// An exclusive engine's service center (registry), at the engine's registry address.
    ServiceComb,
    /// An exclusive engine's configuration center (KIE), at the engine's config-center
    /// address: another host than the registry's.
    Kie,
    Ims,
    Cbr,
    Rainbond,
    /// Supplementary: VPCs and subnets, for the forms' VPC pickers.
    Vpc,
    /// Supplementary: CCE clusters, for the forms' cluster pickers.
    Cce,
    /// Supplementary: enterprise projects (a global service), for the forms' pickers.
    Eps,
}

impl Service {
    pub const ALL: &'static [Service] = &[
        Service::ServiceStage,
        Service::Cse,
        Service::ServiceComb,
        Service::Kie,
        Service::Ims,
        Service::Cbr,
        Service::Rainbond,
        Service::Vpc,
        Service::Cce,
        Service::Eps,
    ];

    /// Stable key used in URLs, settings and the sandbox's proxy prefix (`/api/<key>/…`).
    pub fn key(self) -> &'static str {
        match self {
            Service::ServiceStage => "servicestage",
            Service::Cse => "cse",
            Service::ServiceComb => "servicecomb",
            Service::Kie => "kie",
            Service::Ims => "ims",
            Service::Cbr => "cbr",
            Service::Rainbond => "rainbond",
            Service::Vpc => "vpc",
            Service::Cce => "cce",
            Service::Eps => "eps",
        }
    }

    pub fn from_key(key: &str) -> Option<Service> {
        Service::ALL.iter().copied().find(|s| s.key() == key)
    }

    pub fn title(self) -> Text {
        match self {
            Service::ServiceStage => Text::new("应用管理与运维平台 ServiceStage", "ServiceStage"),
            Service::Cse => Text::new("微服务引擎 CSE", "CSE engines"),
            Service::ServiceComb => Text::new("ServiceComb 注册中心", "ServiceComb registry"),
            Service::Kie => Text::new("ServiceComb 配置中心（KIE）", "ServiceComb config center (KIE)"),
            Service::Ims => Text::new("镜像服务 IMS", "Image Management (IMS)"),
            Service::Cbr => Text::new("云备份 CBR", "Cloud Backup and Recovery (CBR)"),
            Service::Rainbond => Text::new("Rainbond", "Rainbond"),
            Service::Vpc => Text::new("虚拟私有云 VPC", "Virtual Private Cloud (VPC)"),
            Service::Cce => Text::new("云容器引擎 CCE", "Cloud Container Engine (CCE)"),
            Service::Eps => Text::new("企业项目管理 EPS", "Enterprise projects (EPS)"),
        }
    }

    /// The public endpoint of a Huawei Cloud service in a region, as Huawei names its hosts.
    /// Enterprise projects are a global service, one endpoint for every region. Rainbond is
    /// self-hosted and has no default.
    pub fn default_endpoint(self, region: &str) -> Option<String> {
        let host = match self {
            Service::ServiceStage => "servicestage",
            Service::Cse => "cse",
            // The registry and the configuration center (KIE) are reached at the engine's own
            // addresses (its detail's `serviceCenter` and `kie` entry points, two hosts), set
            // in the settings; the regional CSE endpoint (professional engines) is the default.
            Service::ServiceComb | Service::Kie => "cse",
            Service::Ims => "ims",
            Service::Cbr => "cbr",
            Service::Vpc => "vpc",
            Service::Cce => "cce",
            Service::Eps => return Some("https://eps.myhuaweicloud.com".to_string()),
            Service::Rainbond => return None,
        };
        Some(format!("https://{host}.{region}.myhuaweicloud.com"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
    Patch,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
            Method::Patch => "PATCH",
        }
    }
}

/// What an operation does to its resource; the sandbox and the console's generic pages use it
/// to know which operations list, create, read, change or remove.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpKind {
    Create,
    List,
    Get,
    Update,
    Delete,
    /// Anything else: a task, an action, a query that is not a plain list.
    Action,
}

/// Everything the generic code needs to know about one documented operation.
#[derive(Debug)]
pub struct OperationDecl {
    /// Stable identifier used in deep links, e.g. `servicestage.environment.create`.
    pub id: &'static str,
    /// The operation's ref in `operations.tsv`, e.g. `servicestage:4.1.1`.
    pub doc_ref: &'static str,
    pub service: Service,
    pub method: Method,
    /// Path template with `{name}` placeholders, relative to the service endpoint.
    pub path: &'static str,
    /// What the operation does, in a few words: read it with [`OperationDecl::title`].
    #[cfg(feature = "full-declarations")]
    pub(crate) title: Text,
    pub kind: OpKind,
    /// Path, query and header parameters (fields marked with their location): read them with
    /// [`OperationDecl::params`]. Builds without the feature `full-declarations` (the shipped
    /// console) read the titles and parameters from a document instead (`operation_data`).
    #[cfg(feature = "full-declarations")]
    pub(crate) params: &'static Type,
    /// Whether the request has a body. The body's and the answer's schemas are not members
    /// of the declaration but looked up by id ([`OperationDecl::body`],
    /// [`OperationDecl::response`]): the console's first load carries every declaration and
    /// every list's answer, and the split build leaves the schemas only forms, details and
    /// the explorer read in the chunks those load, however many operations there are.
    pub has_body: bool,
    /// The documented success status.
    pub success_status: u16,
    /// The request's media type when it is not the default JSON one (multipart uploads, or
    /// the `application/json;charset=UTF-8` the IMS and CBR SDKs send).
    pub content_type: Option<&'static str>,
}

impl OperationDecl {
    /// What the operation does, in a few words ("Create an environment").
    pub fn title(&self) -> Text {
        #[cfg(feature = "full-declarations")]
        return self.title;
        #[cfg(not(feature = "full-declarations"))]
        return crate::operation_data::of(self).title;
    }

    /// Path, query and header parameters, as an object type.
    pub fn params(&self) -> &'static Type {
        #[cfg(feature = "full-declarations")]
        return self.params;
        #[cfg(not(feature = "full-declarations"))]
        return crate::operation_data::of(self).params;
    }

    pub fn params_schema(&self) -> &'static ObjectSchema {
        self.params().as_object().expect("parameters are declared as an object")
    }

    /// The request body's schema.
    pub fn body(&self) -> Option<&'static Type> {
        crate::catalog::body_of(self.id)
    }

    /// The answer's schema.
    pub fn response(&self) -> Option<&'static Type> {
        crate::catalog::response_of(self.id)
    }

    /// The answer's schema when this is a list (`OpKind::List`), `None` otherwise: what list
    /// pages read, without reaching any other answer's schema.
    pub fn list_response(&self) -> Option<&'static Type> {
        crate::catalog::list_response_of(self.id)
    }

    pub fn body_schema(&self) -> Option<&'static ObjectSchema> {
        self.body().and_then(Type::as_object)
    }

    pub fn response_schema(&self) -> Option<&'static ObjectSchema> {
        self.response().and_then(Type::as_object)
    }
}

/// A typed operation: its parameters, body and response as Rust types, and its declaration.
pub trait Operation {
    type Params: serde::Serialize + serde::de::DeserializeOwned + Schema;
    type Body: serde::Serialize + serde::de::DeserializeOwned + Schema;
    type Response: serde::Serialize + serde::de::DeserializeOwned + Schema;
    const DECL: &'static OperationDecl;
}

/// Which half of an exchange an example shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Request,
    Response,
}

/// Decodes `value` as `O`'s typed body or response and encodes it again.
pub fn roundtrip<O: Operation>(part: Part, value: serde_json::Value) -> Result<serde_json::Value, String> {
    fn via<T: serde::Serialize + serde::de::DeserializeOwned>(v: serde_json::Value) -> Result<serde_json::Value, String> {
        let typed: T = serde_json::from_value(v).map_err(|e| e.to_string())?;
        serde_json::to_value(&typed).map_err(|e| e.to_string())
    }
    match part {
        Part::Request => via::<O::Body>(value),
        Part::Response => via::<O::Response>(value),
    }
}

/// Declares operations of one service: a unit struct and its [`Operation`] impl each, plus the
/// service's `OPERATIONS` list.
#[macro_export]
macro_rules! operations {
    (
        service: $service:ident;
        $(
            $(#[$meta:meta])*
            $name:ident {
                doc_ref: $doc_ref:literal,
                id: $id:literal,
                title: ($zh:literal, $en:literal),
                $method:ident $path:literal,
                kind: $kind:ident,
                params: $params:ty,
                $(body: $body:ty,)?
                $(response: $response:ty,)?
                status: $status:literal
                $(, content_type: $ct:literal)?
                $(,)?
            }
        )*
    ) => {
        $(
            $(#[$meta])*
            #[derive(Debug, Clone, Copy, Default)]
            pub struct $name;

            impl $crate::operation::Operation for $name {
                type Params = $params;
                type Body = $crate::__or_nobody!($($body)?);
                type Response = $crate::__or_nobody!($($response)?);
                const DECL: &'static $crate::operation::OperationDecl = &$crate::operation::OperationDecl {
                    id: $id,
                    doc_ref: $doc_ref,
                    service: $crate::operation::Service::$service,
                    method: $crate::operation::Method::$method,
                    path: $path,
                    #[cfg(feature = "full-declarations")]
                    title: $crate::schema::Text { zh: $zh, en: $en },
                    kind: $crate::operation::OpKind::$kind,
                    #[cfg(feature = "full-declarations")]
                    params: <$params as $crate::schema::Schema>::TYPE,
                    has_body: $crate::__is_some!($($body)?),
                    success_status: $status,
                    content_type: $crate::__some_str!($($ct)?),
                };
            }
        )*

        /// Every operation of this module, in document order.
        pub const OPERATIONS: &[&$crate::operation::OperationDecl] = &[
            $(<$name as $crate::operation::Operation>::DECL),*
        ];

        /// The body schema of the operation with this id (`None`: no operation here has it).
        /// Kept out of the declarations: see `OperationDecl::has_body`.
        pub fn body_of(id: &str) -> ::core::option::Option<::core::option::Option<&'static $crate::schema::Type>> {
            match id {
                $($id => ::core::option::Option::Some($crate::__some_type!($($body)?)),)*
                _ => ::core::option::Option::None,
            }
        }

        /// The answer's schema of the operation with this id.
        pub fn response_of(id: &str) -> ::core::option::Option<::core::option::Option<&'static $crate::schema::Type>> {
            match id {
                $($id => ::core::option::Option::Some($crate::__some_type!($($response)?)),)*
                _ => ::core::option::Option::None,
            }
        }

        /// The answer's schema of the list operation with this id (other kinds: `Some(None)`).
        pub fn list_response_of(id: &str) -> ::core::option::Option<::core::option::Option<&'static $crate::schema::Type>> {
            match id {
                $($id => ::core::option::Option::Some($crate::__list_type!($kind $($response)?)),)*
                _ => ::core::option::Option::None,
            }
        }

        /// Decodes a documented example into the typed body or response of the operation with
        /// this ref and encodes it back (`None`: no operation here has that ref).
        pub fn roundtrip_example(
            doc_ref: &str,
            part: $crate::operation::Part,
            value: ::serde_json::Value,
        ) -> ::core::option::Option<::core::result::Result<::serde_json::Value, ::std::string::String>> {
            $(
                if doc_ref == $doc_ref {
                    return ::core::option::Option::Some($crate::operation::roundtrip::<$name>(part, value));
                }
            )*
            ::core::option::Option::None
        }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __or_nobody {
    () => { $crate::schema::NoBody };
    ($t:ty) => { $t };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __some_type {
    () => { ::core::option::Option::None };
    ($t:ty) => { ::core::option::Option::Some(<$t as $crate::schema::Schema>::TYPE) };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __is_some {
    () => { false };
    ($t:ty) => { true };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __list_type {
    (List $t:ty) => { ::core::option::Option::Some(<$t as $crate::schema::Schema>::TYPE) };
    ($kind:ident $($t:ty)?) => { ::core::option::Option::None };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __some_str {
    () => { ::core::option::Option::None };
    ($s:literal) => { ::core::option::Option::Some($s) };
}
