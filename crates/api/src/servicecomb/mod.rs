//! The ServiceComb engines' own APIs (chapter 7, 12.3, 12.4): the service center (registry:
//! engine token, microservices, schemas, instances, discovery, dependencies) at the engine's
//! registry address, and the configuration center (KIE key-values, the legacy configuration
//! items) at its config-center address, another host (`Service::Kie`).
//!
//! Error answers: `{"errorCode", "errorMessage", "detail"}` with numeric codes (400001 …) for
//! the registry and for 7.7.6; `{"error_code", "error_message"}` for KIE's other operations
//! (`crate::error::ApiError` reads both). 7.7.4 and 12.3 answer `304` without a body when the
//! revision asked for is the current one.

pub mod kie;
pub mod registry;

pub use kie::*;
pub use registry::*;

use std::collections::BTreeMap;

use crate::operation::{Operation, OperationDecl, Service};
use crate::resource::{ActionDecl, ActionForm, Filter, NamedOp, ParentLink, ResourceDecl, StatusDecl, Tone};
use crate::schema::Text;

crate::operations! {
    service: ServiceComb;

    /// 7.2.1 获取微服务引擎专享版用户 Token: for engines with security authentication; the
    /// token (12 hours) goes in `Authorization: Bearer`.
    CreateTokenOp {
        doc_ref: "servicestage:7.2.1",
        id: "servicecomb.token.create",
        title: ("获取微服务引擎专享版用户 Token", "Get an engine user token"),
        Post "/v4/token",
        kind: Action,
        params: TokenParams,
        body: TokenRequest,
        response: EngineToken,
        status: 200,
    }

    /// 7.3.1 查询指定微服务信息.
    GetMicroServiceOp {
        doc_ref: "servicestage:7.3.1",
        id: "servicecomb.microservice.get",
        title: ("查询指定微服务信息", "Get a microservice"),
        Get "/v4/{project_id}/registry/microservices/{service_id}",
        kind: Get,
        params: ServicePathParams,
        response: MicroServiceDetail,
        status: 200,
    }

    /// 7.3.2 删除微服务定义信息: refused (400013) while it has instances, unless `force`.
    DeleteMicroServiceOp {
        doc_ref: "servicestage:7.3.2",
        id: "servicecomb.microservice.delete",
        title: ("删除微服务定义信息", "Delete a microservice"),
        Delete "/v4/{project_id}/registry/microservices/{service_id}",
        kind: Delete,
        params: ServiceDeleteParams,
        status: 200,
    }

    /// 7.3.3 查询所有微服务信息.
    ListMicroServicesOp {
        doc_ref: "servicestage:7.3.3",
        id: "servicecomb.microservice.list",
        title: ("查询所有微服务信息", "List microservices"),
        Get "/v4/{project_id}/registry/microservices",
        kind: List,
        params: RegistryParams,
        response: MicroServiceList,
        status: 200,
    }

    /// 7.3.4 创建微服务静态信息 (with rules, instances and tags if given).
    CreateMicroServiceOp {
        doc_ref: "servicestage:7.3.4",
        id: "servicecomb.microservice.create",
        title: ("创建微服务静态信息", "Create a microservice"),
        Post "/v4/{project_id}/registry/microservices",
        kind: Create,
        params: RegistryParams,
        body: MicroServiceCreateBody,
        response: ServiceIdAnswer,
        status: 200,
    }

    /// 7.3.5 批量删除微服务静态信息: a DELETE with a JSON body.
    DeleteMicroServicesOp {
        doc_ref: "servicestage:7.3.5",
        id: "servicecomb.microservice.batch_delete",
        title: ("批量删除微服务静态信息", "Delete microservices"),
        Delete "/v4/{project_id}/registry/microservices",
        kind: Action,
        params: ServiceBatchDeleteParams,
        body: ServiceBatchDelete,
        response: ServiceBatchDeleted,
        status: 200,
    }

    /// 7.3.6 修改微服扩展属性信息.
    UpdateMicroServicePropertiesOp {
        doc_ref: "servicestage:7.3.6",
        id: "servicecomb.microservice.properties",
        title: ("修改微服务扩展属性信息", "Update a microservice's properties"),
        Put "/v4/{project_id}/registry/microservices/{service_id}/properties",
        kind: Action,
        params: ServicePathParams,
        body: ServiceProperties,
        status: 200,
    }

    /// 7.3.7 查询微服务唯一标识信息: a microservice's ID from its key, or a schema's.
    ExistenceOp {
        doc_ref: "servicestage:7.3.7",
        id: "servicecomb.microservice.exists",
        title: ("查询微服务唯一标识信息", "Look up a microservice or schema ID"),
        Get "/v4/{project_id}/registry/existence",
        kind: Action,
        params: ExistenceParams,
        response: ExistenceAnswer,
        status: 200,
    }

    /// 7.4.1 查询微服务契约 (the summary is in the `X-Schema-Summary` header).
    GetSchemaOp {
        doc_ref: "servicestage:7.4.1",
        id: "servicecomb.schema.get",
        title: ("查询微服务契约", "Get a schema"),
        Get "/v4/{project_id}/registry/microservices/{service_id}/schemas/{schema_id}",
        kind: Get,
        params: SchemaPathParams,
        response: SchemaContent,
        status: 200,
    }

    /// 7.4.2 修改微服务契约: creates or replaces it.
    PutSchemaOp {
        doc_ref: "servicestage:7.4.2",
        id: "servicecomb.schema.put",
        title: ("修改微服务契约", "Create or replace a schema"),
        Put "/v4/{project_id}/registry/microservices/{service_id}/schemas/{schema_id}",
        kind: Update,
        params: SchemaPathParams,
        body: SchemaPut,
        status: 200,
    }

    /// 7.4.3 查询微服务的所有契约.
    ListSchemasOp {
        doc_ref: "servicestage:7.4.3",
        id: "servicecomb.schema.list",
        title: ("查询微服务的所有契约", "List schemas"),
        Get "/v4/{project_id}/registry/microservices/{service_id}/schemas",
        kind: List,
        params: SchemaListParams,
        response: SchemaList,
        status: 200,
    }

    /// 7.5.1 注册微服务实例: an instance ID given again overwrites that instance.
    RegisterInstanceOp {
        doc_ref: "servicestage:7.5.1",
        id: "servicecomb.instance.create",
        title: ("注册微服务实例", "Register an instance"),
        Post "/v4/{project_id}/registry/microservices/{service_id}/instances",
        kind: Create,
        params: InstancesParams,
        body: InstanceRegister,
        response: InstanceIdAnswer,
        status: 200,
    }

    /// 7.5.2 根据 service_id 查询微服务实例.
    ListInstancesOp {
        doc_ref: "servicestage:7.5.2",
        id: "servicecomb.instance.list",
        title: ("根据 service_id 查询微服务实例", "List a microservice's instances"),
        Get "/v4/{project_id}/registry/microservices/{service_id}/instances",
        kind: List,
        params: InstancesParams,
        response: InstanceList,
        status: 200,
    }

    /// 7.5.3 注销微服务实例.
    DeregisterInstanceOp {
        doc_ref: "servicestage:7.5.3",
        id: "servicecomb.instance.delete",
        title: ("注销微服务实例", "Deregister an instance"),
        Delete "/v4/{project_id}/registry/microservices/{service_id}/instances/{instance_id}",
        kind: Delete,
        params: InstancePathParams,
        status: 200,
    }

    /// 7.5.4 查询微服务实例详细信息.
    GetInstanceOp {
        doc_ref: "servicestage:7.5.4",
        id: "servicecomb.instance.get",
        title: ("查询微服务实例详细信息", "Get an instance"),
        Get "/v4/{project_id}/registry/microservices/{service_id}/instances/{instance_id}",
        kind: Get,
        params: InstanceConsumerParams,
        response: InstanceDetail,
        status: 200,
    }

    /// 7.5.5 修改微服务实例扩展信息.
    UpdateInstancePropertiesOp {
        doc_ref: "servicestage:7.5.5",
        id: "servicecomb.instance.properties",
        title: ("修改微服务实例扩展信息", "Update an instance's properties"),
        Put "/v4/{project_id}/registry/microservices/{service_id}/instances/{instance_id}/properties",
        kind: Action,
        params: InstanceConsumerParams,
        body: InstanceProperties,
        status: 200,
    }

    /// 7.5.6 修改微服务实例状态: the state in the `value` query parameter, no body.
    SetInstanceStatusOp {
        doc_ref: "servicestage:7.5.6",
        id: "servicecomb.instance.status",
        title: ("修改微服务实例状态", "Set an instance's status"),
        Put "/v4/{project_id}/registry/microservices/{service_id}/instances/{instance_id}/status",
        kind: Action,
        params: InstanceStatusParams,
        status: 200,
    }

    /// 7.5.7 发送心跳信息.
    HeartbeatOp {
        doc_ref: "servicestage:7.5.7",
        id: "servicecomb.instance.heartbeat",
        title: ("发送心跳信息", "Send a heartbeat"),
        Put "/v4/{project_id}/registry/microservices/{service_id}/instances/{instance_id}/heartbeat",
        kind: Action,
        params: InstancePathParams,
        status: 200,
    }

    /// 7.5.8 按条件查询微服务实例 (discovery).
    FindInstancesOp {
        doc_ref: "servicestage:7.5.8",
        id: "servicecomb.instance.find",
        title: ("按条件查询微服务实例", "Find instances"),
        Get "/v4/{project_id}/registry/instances",
        kind: Action,
        params: FindInstancesParams,
        response: InstanceList,
        status: 200,
    }

    /// 7.5.9 批量查询微服务实例.
    BatchFindInstancesOp {
        doc_ref: "servicestage:7.5.9",
        id: "servicecomb.instance.batch_find",
        title: ("批量查询微服务实例", "Find instances in bulk"),
        Post "/v4/{project_id}/registry/instances/action",
        kind: Action,
        params: BatchFindParams,
        body: BatchFind,
        response: BatchFindAnswer,
        status: 200,
    }

    /// 7.6.1 查询服务 providers: the microservices a consumer depends on.
    ListProvidersOp {
        doc_ref: "servicestage:7.6.1",
        id: "servicecomb.provider.list",
        title: ("查询服务 providers", "List a consumer's providers"),
        Get "/v4/{project_id}/registry/microservices/{consumer_id}/providers",
        kind: List,
        params: ProvidersParams,
        response: ProviderList,
        status: 200,
    }

    /// 12.4 创建服务间依赖关系: the consumer must exist with an exact version; providers may
    /// not exist yet. The document gives no status: service-center answers 200.
    CreateDependenciesOp {
        doc_ref: "servicestage:12.4",
        id: "servicecomb.dependency.create",
        title: ("创建服务间依赖关系", "Create dependencies"),
        Put "/v4/{project_id}/registry/dependencies",
        kind: Action,
        params: RegistryParams,
        body: DependenciesBody,
        status: 200,
    }
}

/// KIE's operations are declared in their own block: another service (host).
pub mod kie_ops {
    use super::*;

    crate::operations! {
        service: Kie;

        /// 7.7.1 创建配置: 409 when the key exists with the same labels.
        CreateKvOp {
            doc_ref: "servicestage:7.7.1",
            id: "kie.kv.create",
            title: ("创建配置", "Create a key-value"),
            Post "/v1/{project_id}/kie/kv",
            kind: Create,
            params: KieParams,
            body: KvCreate,
            response: Kv,
            status: 200,
        }

        /// 7.7.2 修改配置: the value and the status.
        UpdateKvOp {
            doc_ref: "servicestage:7.7.2",
            id: "kie.kv.update",
            title: ("修改配置", "Change a key-value"),
            Put "/v1/{project_id}/kie/kv/{kv_id}",
            kind: Update,
            params: KvPathParams,
            body: KvUpdate,
            response: Kv,
            status: 200,
        }

        /// 7.7.3 查询指定配置.
        GetKvOp {
            doc_ref: "servicestage:7.7.3",
            id: "kie.kv.get",
            title: ("查询指定配置", "Get a key-value"),
            Get "/v1/{project_id}/kie/kv/{kv_id}",
            kind: Get,
            params: KvPathParams,
            response: Kv,
            status: 200,
        }

        /// 7.7.4 查询配置列表: 304 without a body when `revision` is the current one.
        ListKvsOp {
            doc_ref: "servicestage:7.7.4",
            id: "kie.kv.list",
            title: ("查询配置列表", "List key-values"),
            Get "/v1/{project_id}/kie/kv",
            kind: List,
            params: KvListParams,
            response: KvList,
            status: 200,
        }

        /// 7.7.5 删除指定配置. The status table says 200, the example 204 (KIE answers 204):
        /// both are success.
        DeleteKvOp {
            doc_ref: "servicestage:7.7.5",
            id: "kie.kv.delete",
            title: ("删除指定配置", "Delete a key-value"),
            Delete "/v1/{project_id}/kie/kv/{kv_id}",
            kind: Delete,
            params: KvPathParams,
            status: 200,
        }

        /// 7.7.6 删除所有配置: despite the title, deletes the listed IDs (a DELETE with a body).
        DeleteKvsOp {
            doc_ref: "servicestage:7.7.6",
            id: "kie.kv.batch_delete",
            title: ("删除所有配置", "Delete key-values"),
            Delete "/v1/{project_id}/kie/kv",
            kind: Action,
            params: KieParams,
            body: KvBatchDelete,
            status: 204,
        }

        /// 12.3 查询配置: the legacy configuration items of a microservice, by dimension;
        /// 304 without a body when `revision` is the current one.
        ListConfigItemsOp {
            doc_ref: "servicestage:12.3",
            id: "kie.config_item.list",
            title: ("查询配置", "Get configuration items"),
            Get "/v3/{project_id}/configuration/items",
            kind: Action,
            params: ConfigItemsParams,
            response: BTreeMap<String, serde_json::Value>,
            status: 200,
        }
    }
}

pub use kie_ops::{CreateKvOp, DeleteKvOp, DeleteKvsOp, GetKvOp, ListConfigItemsOp, ListKvsOp, UpdateKvOp};

const fn op<O: Operation>() -> &'static OperationDecl {
    O::DECL
}

const SERVICE_STATES: &[(&str, Text, Tone)] = &[
    ("UP", Text::new("上线", "Up"), Tone::Healthy),
    ("DOWN", Text::new("下线", "Down"), Tone::Stopped),
];

const INSTANCE_STATES: &[(&str, Text, Tone)] = &[
    ("UP", Text::new("在线", "Up"), Tone::Healthy),
    ("STARTING", Text::new("正在启动", "Starting"), Tone::Progress),
    ("TESTING", Text::new("拨测", "Testing"), Tone::Progress),
    ("OUTOFSERVICE", Text::new("摘机", "Out of service"), Tone::Stopped),
    ("DOWN", Text::new("下线", "Down"), Tone::Failed),
];

const KV_STATES: &[(&str, Text, Tone)] = &[
    ("enabled", Text::new("启用", "Enabled"), Tone::Healthy),
    ("disabled", Text::new("禁用", "Disabled"), Tone::Stopped),
];

/// Microservices of an engine's service center: listed, created (with rules, instances and
/// tags), opened, deleted (forced or not), their properties replaced; the collection offers
/// the batch deletion, the ID look-up, discovery and dependencies.
pub static MICROSERVICES: ResourceDecl = ResourceDecl {
    key: "microservices",
    service: Service::ServiceComb,
    title: Text::new("微服务", "Microservices"),
    singular: Text::new("微服务", "Microservice"),
    id_field: "serviceId",
    id_param: "service_id",
    name_field: "serviceName",
    items_field: "services",
    columns: &["serviceName", "appId", "version", "environment", "level", "status", "modTimestamp"],
    list: Some(op::<ListMicroServicesOp>()),
    create: Some(op::<CreateMicroServiceOp>()),
    get: Some(op::<GetMicroServiceOp>()),
    delete: Some(op::<DeleteMicroServiceOp>()),
    actions: &[ActionDecl {
        form: ActionForm::Body,
        job: Text::new("修改{name}的扩展属性", "Update the properties of {name}"),
        ..ActionDecl::new("properties", Text::new("扩展属性", "Properties"), op::<UpdateMicroServicePropertiesOp>())
    }],
    collection_actions: &[
        NamedOp::new(Text::new("批量删除", "Delete several"), op::<DeleteMicroServicesOp>()),
        NamedOp::new(Text::new("查询唯一标识", "Look up an ID"), op::<ExistenceOp>()),
        NamedOp::new(Text::new("发现实例", "Find instances"), op::<FindInstancesOp>()),
        NamedOp::new(Text::new("批量发现实例", "Find instances in bulk"), op::<BatchFindInstancesOp>()),
        NamedOp::new(Text::new("创建依赖关系", "Create dependencies"), op::<CreateDependenciesOp>()),
    ],
    children: &[&INSTANCES, &SCHEMAS, &PROVIDERS],
    status: Some(StatusDecl { field: "status", states: SERVICE_STATES }),
    ..ResourceDecl::BLANK
};

/// A microservice's instances: registered, listed, opened, deregistered; properties,
/// status and heartbeat as actions.
pub static INSTANCES: ResourceDecl = ResourceDecl {
    key: "instances",
    service: Service::ServiceComb,
    title: Text::new("微服务实例", "Instances"),
    singular: Text::new("微服务实例", "Instance"),
    id_field: "instanceId",
    id_param: "instance_id",
    name_field: "hostName",
    items_field: "instances",
    columns: &["hostName", "endpoints", "status", "version", "timestamp", "modTimestamp"],
    list: Some(op::<ListInstancesOp>()),
    create: Some(op::<RegisterInstanceOp>()),
    get: Some(op::<GetInstanceOp>()),
    delete: Some(op::<DeregisterInstanceOp>()),
    parent: Some(ParentLink { resource: &MICROSERVICES, param: "service_id", item_field: "serviceId" }),
    actions: &[
        ActionDecl {
            form: ActionForm::Body,
            job: Text::new("修改{name}的状态", "Set the status of {name}"),
            ..ActionDecl::new("status", Text::new("修改状态", "Set status"), op::<SetInstanceStatusOp>())
        },
        ActionDecl {
            job: Text::new("{name}发送心跳", "Heartbeat of {name}"),
            ..ActionDecl::new("heartbeat", Text::new("发送心跳", "Heartbeat"), op::<HeartbeatOp>())
        },
        ActionDecl {
            form: ActionForm::Body,
            job: Text::new("修改{name}的扩展属性", "Update the properties of {name}"),
            ..ActionDecl::new("properties", Text::new("扩展属性", "Properties"), op::<UpdateInstancePropertiesOp>())
        },
    ],
    status: Some(StatusDecl { field: "status", states: INSTANCE_STATES }),
    ..ResourceDecl::BLANK
};

/// A microservice's schemas (contracts): listed, read, created or replaced.
pub static SCHEMAS: ResourceDecl = ResourceDecl {
    key: "schemas",
    service: Service::ServiceComb,
    title: Text::new("契约", "Schemas"),
    singular: Text::new("契约", "Schema"),
    id_field: "schemaId",
    id_param: "schema_id",
    name_field: "schemaId",
    items_field: "schemas",
    columns: &["schemaId", "summary"],
    list: Some(op::<ListSchemasOp>()),
    get: Some(op::<GetSchemaOp>()),
    update: Some(op::<PutSchemaOp>()),
    parent: Some(ParentLink { resource: &MICROSERVICES, param: "service_id", item_field: "" }),
    ..ResourceDecl::BLANK
};

/// The providers a microservice (the consumer) depends on: a read-only tab of the
/// microservice, whose rows are microservices.
pub static PROVIDERS: ResourceDecl = ResourceDecl {
    key: "providers",
    service: Service::ServiceComb,
    title: Text::new("依赖的提供者", "Providers"),
    singular: Text::new("提供者", "Provider"),
    id_field: "serviceId",
    id_param: "provider_id",
    name_field: "serviceName",
    items_field: "providers",
    columns: &["serviceName", "appId", "version", "status"],
    list: Some(op::<ListProvidersOp>()),
    parent: Some(ParentLink { resource: &MICROSERVICES, param: "consumer_id", item_field: "" }),
    status: Some(StatusDecl { field: "status", states: SERVICE_STATES }),
    ..ResourceDecl::BLANK
};

/// Configuration key-values of an engine's configuration center: listed (by label), created,
/// opened, changed (value and status), deleted one by one or several at once; the legacy
/// configuration items of a microservice are read from the list.
pub static KVS: ResourceDecl = ResourceDecl {
    key: "kvs",
    service: Service::Kie,
    title: Text::new("配置项", "Key-values"),
    singular: Text::new("配置项", "Key-value"),
    id_param: "kv_id",
    name_field: "key",
    items_field: "data",
    count_field: Some("total"),
    columns: &["key", "value", "labels", "value_type", "status", "update_time"],
    filters: &[Filter { param: "label", field: "labels" }],
    list: Some(op::<ListKvsOp>()),
    create: Some(op::<CreateKvOp>()),
    get: Some(op::<GetKvOp>()),
    update: Some(op::<UpdateKvOp>()),
    delete: Some(op::<DeleteKvOp>()),
    collection_actions: &[
        NamedOp::new(Text::new("批量删除", "Delete several"), op::<DeleteKvsOp>()),
        NamedOp::new(Text::new("查询微服务配置", "Configuration items"), op::<ListConfigItemsOp>()),
    ],
    status: Some(StatusDecl { field: "status", states: KV_STATES }),
    ..ResourceDecl::BLANK
};

