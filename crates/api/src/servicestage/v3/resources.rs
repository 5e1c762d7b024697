//! ServiceStage's resources: which declared operations list, create, read, change, remove
//! and act on each, how they nest, and how their lists page, sort and filter.

use crate::operation::{Operation, OperationDecl};
use crate::resource::{Filter, Paging, ParentLink, ResourceDecl, Sorting};
use crate::schema::Text;

use super::{addon, application as app, component, config, environment as env, environment_resource as env_res, runtime_stack as stack};

const fn op<O: Operation>() -> &'static OperationDecl {
    O::DECL
}

const LIMIT_OFFSET: Paging = Paging::LimitOffset { limit: "limit", offset: "offset", max_limit: 100 };
const SORTED: Option<Sorting> = Some(Sorting { by: "order_by", order: "order", default_by: "create_time" });

pub static ENVIRONMENTS: ResourceDecl = ResourceDecl {
    key: "environments",
    title: Text::new("环境", "Environments"),
    singular: Text::new("环境", "Environment"),
    id_param: "environment_id",
    items_field: "environments",
    count_field: Some("count"),
    columns: &["name", "deploy_mode", "vpc_id", "description", "creator", "create_time"],
    filters: &[
        Filter { param: "name", field: "name" },
        Filter { param: "environment_id", field: "id" },
        Filter { param: "enterprise_project_id", field: "enterprise_project_id" },
    ],
    sorting: SORTED,
    paging: LIMIT_OFFSET,
    list: Some(op::<env::ListEnvironmentsOp>()),
    create: Some(op::<env::CreateEnvironmentOp>()),
    get: Some(op::<env::GetEnvironmentOp>()),
    update: Some(op::<env::UpdateEnvironmentOp>()),
    delete: Some(op::<env::DeleteEnvironmentOp>()),
    actions: &[op::<env_res::UpdateEnvironmentResourcesOp>(), op::<env_res::ProvisionEnvironmentOp>()],
    views: &[op::<env_res::ListManagedResourcesOp>()],
    children: &[&ADDONS, &IAC_RESOURCES, &PROVISION_HISTORIES],
    ..ResourceDecl::BLANK
};

/// Resources an environment creates from IaC templates (4.1.9–4.1.12). Adding takes a list
/// and answers the environment; provisioning (4.1.7) creates them in the cloud.
pub static IAC_RESOURCES: ResourceDecl = ResourceDecl {
    key: "iac-resources",
    title: Text::new("环境创建的资源", "IaC resources"),
    singular: Text::new("环境创建的资源", "IaC resource"),
    id_param: "resource_id",
    items_field: "iac_resources",
    columns: &["id", "name", "type", "status", "resource_id"],
    list: Some(op::<env_res::ListIacResourcesOp>()),
    create: Some(op::<env_res::CreateIacResourcesOp>()),
    update: Some(op::<env_res::UpdateIacResourceOp>()),
    delete: Some(op::<env_res::DeleteIacResourceOp>()),
    parent: Some(ParentLink { resource: &ENVIRONMENTS, param: "environment_id", item_field: "environment_id" }),
    ..ResourceDecl::BLANK
};

/// The runs of provisioning an environment's IaC resources (4.1.13–4.1.15).
pub static PROVISION_HISTORIES: ResourceDecl = ResourceDecl {
    key: "provision-histories",
    title: Text::new("资源开通历史", "Provisioning histories"),
    singular: Text::new("资源开通历史", "Provisioning history"),
    id_param: "history_id",
    items_field: "list",
    count_field: Some("total"),
    columns: &["operation", "status", "version", "creator", "create_time", "modify_time"],
    sorting: SORTED,
    paging: LIMIT_OFFSET,
    list: Some(op::<env_res::ListProvisionHistoriesOp>()),
    get: Some(op::<env_res::GetProvisionHistoryOp>()),
    parent: Some(ParentLink { resource: &ENVIRONMENTS, param: "environment_id", item_field: "environment_id" }),
    views: &[op::<env_res::ListProvisionHistoryEventsOp>()],
    ..ResourceDecl::BLANK
};

pub static APPLICATIONS: ResourceDecl = ResourceDecl {
    key: "applications",
    title: Text::new("应用", "Applications"),
    singular: Text::new("应用", "Application"),
    id_param: "application_id",
    items_field: "applications",
    count_field: Some("count"),
    columns: &["name", "description", "component_count", "creator", "create_time"],
    sorting: SORTED,
    paging: LIMIT_OFFSET,
    list: Some(op::<app::ListApplicationsOp>()),
    create: Some(op::<app::CreateApplicationOp>()),
    get: Some(op::<app::GetApplicationOp>()),
    update: Some(op::<app::UpdateApplicationOp>()),
    delete: Some(op::<app::DeleteApplicationOp>()),
    actions: &[op::<app::UpdateApplicationConfigurationOp>(), op::<app::DeleteApplicationConfigurationOp>()],
    views: &[op::<app::GetApplicationConfigurationOp>()],
    children: &[&COMPONENTS],
    ..ResourceDecl::BLANK
};

pub static ADDONS: ResourceDecl = ResourceDecl {
    key: "addons",
    title: Text::new("插件", "Addons"),
    singular: Text::new("插件", "Addon"),
    id_param: "addon_id",
    items_field: "addons",
    // The addon answer (4.7.2, 4.7.4) has no description or times.
    columns: &["name", "version", "status"],
    list: Some(op::<addon::ListAddonsOp>()),
    create: Some(op::<addon::CreateAddonOp>()),
    get: Some(op::<addon::GetAddonOp>()),
    delete: Some(op::<addon::DeleteAddonOp>()),
    parent: Some(ParentLink { resource: &ENVIRONMENTS, param: "environment_id", item_field: "environment_id" }),
    actions: &[op::<addon::AddonActionOp>()],
    collection_actions: &[op::<addon::ListAddonMetadataOp>()],
    ..ResourceDecl::BLANK
};

pub static COMPONENTS: ResourceDecl = ResourceDecl {
    key: "components",
    title: Text::new("组件", "Components"),
    singular: Text::new("组件", "Component"),
    id_param: "component_id",
    items_field: "components",
    count_field: Some("count"),
    columns: &["name", "application_name", "environment_name", "runtime_stack.name", "status.component_status", "status.replica", "status.create_time"],
    filters: &[
        Filter { param: "application_name", field: "application_name" },
        Filter { param: "component_name", field: "name" },
    ],
    sorting: SORTED,
    paging: LIMIT_OFFSET,
    list: Some(op::<component::ListApplicationComponentsOp>()),
    list_all: Some(op::<component::ListComponentsOp>()),
    create: Some(op::<component::CreateComponentOp>()),
    get: Some(op::<component::GetComponentOp>()),
    update: Some(op::<component::UpdateComponentOp>()),
    delete: Some(op::<component::DeleteComponentOp>()),
    parent: Some(ParentLink { resource: &APPLICATIONS, param: "application_id", item_field: "application_id" }),
    actions: &[op::<component::ComponentActionOp>(), op::<component::RefreshComponentOp>()],
    views: &[op::<component::ListComponentRecordsOp>()],
    collection_actions: &[op::<component::ImportComponentOp>(), op::<component::ComponentFilterOptionsOp>()],
    ..ResourceDecl::BLANK
};

pub static RUNTIME_STACKS: ResourceDecl = ResourceDecl {
    key: "runtime-stacks",
    title: Text::new("技术栈", "Runtime stacks"),
    singular: Text::new("技术栈", "Runtime stack"),
    id_param: "runtimestack_id",
    items_field: "runtime_stacks",
    count_field: Some("total"),
    columns: &["name", "type", "deploy_mode", "version", "status", "description"],
    list: Some(op::<stack::ListRuntimeStacksOp>()),
    create: Some(op::<stack::CreateRuntimeStackOp>()),
    get: Some(op::<stack::GetRuntimeStackOp>()),
    update: Some(op::<stack::UpdateRuntimeStackOp>()),
    delete: Some(op::<stack::DeleteRuntimeStackOp>()),
    collection_actions: &[op::<stack::PublishRuntimeStacksOp>(), op::<stack::ListInnerImagesOp>()],
    ..ResourceDecl::BLANK
};

pub static CONFIG_GROUPS: ResourceDecl = ResourceDecl {
    key: "config-groups",
    title: Text::new("配置分组", "Config groups"),
    singular: Text::new("配置分组", "Config group"),
    id_param: "config_group_id",
    items_field: "config_groups",
    count_field: Some("count"),
    columns: &["name", "description", "creator", "create_time"],
    filters: &[Filter { param: "name", field: "name" }],
    sorting: SORTED,
    paging: LIMIT_OFFSET,
    list: Some(op::<config::ListConfigGroupsOp>()),
    create: Some(op::<config::CreateConfigGroupOp>()),
    get: Some(op::<config::GetConfigGroupOp>()),
    delete: Some(op::<config::DeleteConfigGroupOp>()),
    children: &[&CONFIGS],
    ..ResourceDecl::BLANK
};

pub static CONFIGS: ResourceDecl = ResourceDecl {
    key: "configs",
    title: Text::new("配置文件", "Configs"),
    singular: Text::new("配置文件", "Config"),
    id_param: "config_id",
    items_field: "configs",
    count_field: Some("count"),
    columns: &["name", "config_group_id", "type", "version", "description", "update_time"],
    filters: &[
        Filter { param: "name", field: "name" },
        Filter { param: "config_group_id", field: "config_group_id" },
        // A file matches when one of its bound components is the one asked for.
        Filter { param: "component_id", field: "components.component_id" },
    ],
    sorting: SORTED,
    paging: LIMIT_OFFSET,
    list: Some(op::<config::ListConfigsOp>()),
    create: Some(op::<config::CreateConfigOp>()),
    get: Some(op::<config::GetConfigOp>()),
    update: Some(op::<config::UpdateConfigOp>()),
    delete: Some(op::<config::DeleteConfigOp>()),
    // Configs belong to a group through a query filter and a body field, not the path.
    parent: Some(ParentLink { resource: &CONFIG_GROUPS, param: "config_group_id", item_field: "config_group_id" }),
    collection_actions: &[op::<config::ImportConfigsOp>()],
    children: &[&CONFIG_HISTORIES],
    ..ResourceDecl::BLANK
};

pub static CONFIG_HISTORIES: ResourceDecl = ResourceDecl {
    key: "config-histories",
    title: Text::new("配置文件历史", "Config history"),
    singular: Text::new("配置文件历史", "Config version"),
    id_field: "config_history_id",
    id_param: "config_history_id",
    items_field: "histories",
    compare_field: Some("content"),
    count_field: Some("count"),
    columns: &["version", "type", "description", "creator", "create_time"],
    sorting: SORTED,
    paging: LIMIT_OFFSET,
    list: Some(op::<config::ListConfigHistoriesOp>()),
    get: Some(op::<config::GetConfigHistoryOp>()),
    delete: Some(op::<config::DeleteConfigHistoryOp>()),
    parent: Some(ParentLink { resource: &CONFIGS, param: "config_id", item_field: "config_id" }),
    ..ResourceDecl::BLANK
};
