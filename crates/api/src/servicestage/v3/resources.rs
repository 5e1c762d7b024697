//! ServiceStage's resources: which declared operations list, create, read, change, remove
//! and act on each, how they nest, and how their lists page, sort and filter.

use crate::operation::{Operation, OperationDecl};
use crate::resource::{ActionDecl, ActionForm, Asked, Confirm, Filter, NamedOp, Paging, ParentLink, ResourceDecl, Sorting, StatusDecl, Tone};
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
    actions: &[
        ActionDecl {
            form: ActionForm::Body,
            job: Text::new("修改{name}的托管资源", "Change the managed resources of {name}"),
            ..ActionDecl::new("resources", Text::new("托管资源", "Managed resources"), op::<env_res::UpdateEnvironmentResourcesOp>())
        },
        ActionDecl {
            job: Text::new("开通{name}的资源", "Provision the resources of {name}"),
            ..ActionDecl::new("provision", Text::new("开通资源", "Provision"), op::<env_res::ProvisionEnvironmentOp>())
        },
    ],
    views: &[NamedOp::new(Text::new("托管资源", "Managed resources"), op::<env_res::ListManagedResourcesOp>())],
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
    status: Some(StatusDecl { field: "status", states: COMMON_STATES }),
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
    views: &[NamedOp::new(Text::new("事件", "Events"), op::<env_res::ListProvisionHistoryEventsOp>())],
    status: Some(StatusDecl { field: "status", states: COMMON_STATES }),
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
    actions: &[
        ActionDecl {
            form: ActionForm::Body,
            job: Text::new("修改{name}的配置", "Change the configuration of {name}"),
            ..ActionDecl::new("configure", Text::new("配置", "Configure"), op::<app::UpdateApplicationConfigurationOp>())
        },
        ActionDecl {
            form: ActionForm::Body,
            confirm: Confirm::Danger,
            job: Text::new("删除{name}的配置", "Delete the configuration of {name}"),
            ..ActionDecl::new("delete-configuration", Text::new("删除配置", "Delete configuration"), op::<app::DeleteApplicationConfigurationOp>())
        },
    ],
    views: &[NamedOp::new(Text::new("配置", "Configuration"), op::<app::GetApplicationConfigurationOp>())],
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
    actions: &[
        ActionDecl {
            fixed: r#"{"action":"restart"}"#,
            job: Text::new("重启插件{name}", "Restart addon {name}"),
            ..ActionDecl::new("restart", Text::new("重启", "Restart"), op::<addon::AddonActionOp>())
        },
        ActionDecl {
            fixed: r#"{"action":"redeploy"}"#,
            confirm: Confirm::Danger,
            job: Text::new("重新部署插件{name}", "Redeploy addon {name}"),
            ..ActionDecl::new("redeploy", Text::new("重新部署", "Redeploy"), op::<addon::AddonActionOp>())
        },
    ],
    status: Some(StatusDecl { field: "status", states: COMMON_STATES }),
    collection_actions: &[NamedOp::new(Text::new("插件类型", "Addon types"), op::<addon::ListAddonMetadataOp>())],
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
    actions: COMPONENT_ACTIONS,
    status: Some(StatusDecl { field: "status.component_status", states: COMPONENT_STATES }),
    views: &[NamedOp::new(Text::new("部署记录", "Deployment records"), op::<component::ListComponentRecordsOp>())],
    collection_actions: &[
        NamedOp::new(Text::new("导入", "Import"), op::<component::ImportComponentOp>()),
        NamedOp::new(Text::new("筛选选项", "Filter options"), op::<component::ComponentFilterOptionsOp>()),
    ],
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
    collection_actions: &[
        NamedOp::new(Text::new("发布", "Publish"), op::<stack::PublishRuntimeStacksOp>()),
        NamedOp::new(Text::new("内置镜像", "Built-in images"), op::<stack::ListInnerImagesOp>()),
    ],
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
    collection_actions: &[NamedOp::new(Text::new("导入", "Import"), op::<config::ImportConfigsOp>())],
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

const fn component_action(key: &'static str, label: Text, fixed: &'static str, job: Text) -> ActionDecl {
    ActionDecl { fixed, job, ..ActionDecl::new(key, label, op::<component::ComponentActionOp>()) }
}

/// 4.3.8's actions, each with the one thing it needs, and 4.3.10's refresh.
const COMPONENT_ACTIONS: &[ActionDecl] = &[
    component_action("start", Text::new("启动", "Start"), r#"{"action":"start"}"#, Text::new("启动{name}", "Start {name}")),
    ActionDecl {
        form: ActionForm::Fields(&[Asked { required: true, initial_from: Some("status.replica"), ..Asked::path("parameters.replica") }]),
        ..component_action("scale", Text::new("伸缩", "Scale"), r#"{"action":"scale"}"#, Text::new("将{name}伸缩至{parameters.replica}个实例", "Scale {name} to {parameters.replica} replicas"))
    },
    component_action("restart", Text::new("重启", "Restart"), r#"{"action":"restart"}"#, Text::new("重启{name}", "Restart {name}")),
    ActionDecl {
        confirm: Confirm::Danger,
        ..component_action("stop", Text::new("停止", "Stop"), r#"{"action":"stop"}"#, Text::new("停止{name}", "Stop {name}"))
    },
    ActionDecl {
        form: ActionForm::Fields(&[Asked {
            required: true,
            choices: Some("servicestage.component.records?application_id=application_id&component_id=component_id|records|version|version"),
            ..Asked::path("parameters.version")
        }]),
        confirm: Confirm::Danger,
        ..component_action("rollback", Text::new("回滚", "Roll back"), r#"{"action":"rollback"}"#, Text::new("将{name}回滚至{parameters.version}", "Roll {name} back to {parameters.version}"))
    },
    component_action("continue", Text::new("继续部署", "Continue"), r#"{"action":"continue_deploy"}"#, Text::new("继续部署{name}", "Continue deploying {name}")),
    component_action("check-gray", Text::new("检查灰度", "Check gray release"), r#"{"action":"check_gray_release"}"#, Text::new("检查{name}的灰度规则", "Check the gray release of {name}")),
    ActionDecl {
        form: ActionForm::Body,
        ..component_action("gray-rules", Text::new("灰度规则", "Gray rules"), r#"{"action":"modify_gray_rule"}"#, Text::new("修改{name}的灰度规则", "Change the gray rules of {name}"))
    },
    ActionDecl {
        confirm: Confirm::Danger,
        ..component_action("rollback-current", Text::new("撤销升级", "Undo upgrade"), r#"{"action":"rollback_current"}"#, Text::new("撤销{name}的当前升级", "Undo the current upgrade of {name}"))
    },
    ActionDecl {
        job: Text::new("刷新{name}", "Refresh {name}"),
        ..ActionDecl::new("refresh", Text::new("刷新状态", "Refresh status"), op::<component::RefreshComponentOp>())
    },
];

/// A component's states (4.3.5's `component_status`, the SDK's values).
const COMPONENT_STATES: &[(&str, Text, Tone)] = &[
    ("RUNNING", Text::new("运行中", "Running"), Tone::Healthy),
    ("PENDING", Text::new("等待中", "Pending"), Tone::Progress),
    ("INITIALIZING", Text::new("初始化中", "Initializing"), Tone::Progress),
    ("STARTING", Text::new("启动中", "Starting"), Tone::Progress),
    ("RESTARTING", Text::new("重启中", "Restarting"), Tone::Progress),
    ("UPGRADING", Text::new("升级中", "Upgrading"), Tone::Progress),
    ("STOPPING", Text::new("停止中", "Stopping"), Tone::Progress),
    ("DELETING", Text::new("删除中", "Deleting"), Tone::Progress),
    ("STOPPED", Text::new("已停止", "Stopped"), Tone::Stopped),
    ("FAILED", Text::new("失败", "Failed"), Tone::Failed),
    ("PARTIALLY_FAILED", Text::new("部分失败", "Partly failed"), Tone::Failed),
    ("UNKNOWN", Text::new("未知", "Unknown"), Tone::Neutral),
];

/// States of addons, IaC resources and provisioning runs.
const COMMON_STATES: &[(&str, Text, Tone)] = &[
    ("RUNNING", Text::new("运行中", "Running"), Tone::Healthy),
    ("AVAILABLE", Text::new("可用", "Available"), Tone::Healthy),
    ("SUCCEEDED", Text::new("成功", "Succeeded"), Tone::Healthy),
    ("SUCCESS", Text::new("成功", "Succeeded"), Tone::Healthy),
    ("ACTIVE", Text::new("正常", "Active"), Tone::Healthy),
    ("PENDING", Text::new("等待中", "Pending"), Tone::Progress),
    ("CREATING", Text::new("创建中", "Creating"), Tone::Progress),
    ("DEPLOYING", Text::new("部署中", "Deploying"), Tone::Progress),
    ("INSTALLING", Text::new("安装中", "Installing"), Tone::Progress),
    ("UPGRADING", Text::new("升级中", "Upgrading"), Tone::Progress),
    ("RESTARTING", Text::new("重启中", "Restarting"), Tone::Progress),
    ("DELETING", Text::new("删除中", "Deleting"), Tone::Progress),
    ("FAILED", Text::new("失败", "Failed"), Tone::Failed),
    ("ERROR", Text::new("错误", "Error"), Tone::Failed),
    ("ABNORMAL", Text::new("异常", "Abnormal"), Tone::Failed),
    ("STOPPED", Text::new("已停止", "Stopped"), Tone::Stopped),
];
