//! The v2 resources: environments, applications, their components and the components'
//! instances, under keys and titles of their own (`v2-…`, "(v2)") beside v3's.

use crate::operation::{Operation, OperationDecl};
use crate::resource::{ActionDecl, ActionForm, Asked, Confirm, NamedOp, Paging, ParentLink, ResourceDecl, Sorting, StatusDecl, Tone};
use crate::schema::Text;

use super::{application as app, component, environment as env, instance};

const fn op<O: Operation>() -> &'static OperationDecl {
    O::DECL
}

// The v2 lists take 0 to 100 to page (1000: the whole list; anything else counts as 10).
const LIMIT_OFFSET: Paging = Paging::LimitOffset { limit: "limit", offset: "offset", max_limit: 100 };
const SORTED: Option<Sorting> = Some(Sorting { by: "order_by", order: "order", default_by: "create_time" });

pub static V2_ENVIRONMENTS: ResourceDecl = ResourceDecl {
    key: "v2-environments",
    title: Text::new("环境（v2）", "Environments (v2)"),
    singular: Text::new("环境（v2）", "Environment (v2)"),
    id_param: "environment_id",
    items_field: "environments",
    count_field: Some("count"),
    columns: &["name", "alias", "deploy_mode", "vpc_id", "charge_mode", "creator", "create_time"],
    sorting: SORTED,
    paging: LIMIT_OFFSET,
    list: Some(op::<env::ListEnvironmentsOp>()),
    create: Some(op::<env::CreateEnvironmentOp>()),
    get: Some(op::<env::GetEnvironmentOp>()),
    update: Some(op::<env::UpdateEnvironmentOp>()),
    delete: Some(op::<env::DeleteEnvironmentOp>()),
    actions: &[ActionDecl {
        form: ActionForm::Body,
        job: Text::new("修改{name}的资源", "Change the resources of {name}"),
        ..ActionDecl::new("resources", Text::new("修改资源", "Change resources"), op::<env::UpdateEnvironmentResourcesOp>())
    }],
    ..ResourceDecl::BLANK
};

pub static V2_APPLICATIONS: ResourceDecl = ResourceDecl {
    key: "v2-applications",
    title: Text::new("应用（v2）", "Applications (v2)"),
    singular: Text::new("应用（v2）", "Application (v2)"),
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
            job: Text::new("设置{name}的环境变量", "Set the variables of {name}"),
            ..ActionDecl::new("configure", Text::new("配置", "Configure"), op::<app::UpdateConfigurationOp>())
        },
        ActionDecl {
            form: ActionForm::Body,
            confirm: Confirm::Danger,
            job: Text::new("删除{name}的配置", "Delete the configuration of {name}"),
            ..ActionDecl::new("delete-configuration", Text::new("删除配置", "Delete configuration"), op::<app::DeleteConfigurationOp>())
        },
    ],
    views: &[NamedOp::new(Text::new("配置", "Configuration"), op::<app::GetConfigurationOp>())],
    children: &[&V2_COMPONENTS],
    ..ResourceDecl::BLANK
};

pub static V2_COMPONENTS: ResourceDecl = ResourceDecl {
    key: "v2-components",
    title: Text::new("组件（v2）", "Components (v2)"),
    singular: Text::new("组件（v2）", "Component (v2)"),
    id_param: "component_id",
    items_field: "components",
    count_field: Some("count"),
    columns: &["name", "runtime", "category", "sub_category", "source.kind", "creator", "create_time"],
    sorting: SORTED,
    paging: LIMIT_OFFSET,
    list: Some(op::<component::ListComponentsOp>()),
    create: Some(op::<component::CreateComponentOp>()),
    get: Some(op::<component::GetComponentOp>()),
    update: Some(op::<component::UpdateComponentOp>()),
    delete: Some(op::<component::DeleteComponentOp>()),
    parent: Some(ParentLink { resource: &V2_APPLICATIONS, param: "application_id", item_field: "application_id" }),
    children: &[&V2_INSTANCES],
    ..ResourceDecl::BLANK
};

const fn instance_action(key: &'static str, label: Text, fixed: &'static str, job: Text) -> ActionDecl {
    ActionDecl { fixed, job, ..ActionDecl::new(key, label, op::<instance::InstanceActionOp>()) }
}

/// 12.1.5.3's actions, each with the one thing it needs.
const INSTANCE_ACTIONS: &[ActionDecl] = &[
    instance_action("start", Text::new("启动", "Start"), r#"{"action":"start"}"#, Text::new("启动{name}", "Start {name}")),
    instance_action("restart", Text::new("重启", "Restart"), r#"{"action":"restart"}"#, Text::new("重启{name}", "Restart {name}")),
    ActionDecl {
        form: ActionForm::Fields(&[Asked { required: true, initial_from: Some("status_detail.replica"), ..Asked::path("parameters.replica") }]),
        ..instance_action("scale", Text::new("伸缩", "Scale"), r#"{"action":"scale"}"#, Text::new("将{name}伸缩至{parameters.replica}个副本", "Scale {name} to {parameters.replica} replicas"))
    },
    ActionDecl {
        confirm: Confirm::Danger,
        ..instance_action("stop", Text::new("停止", "Stop"), r#"{"action":"stop"}"#, Text::new("停止{name}", "Stop {name}"))
    },
    ActionDecl {
        form: ActionForm::Fields(&[Asked {
            required: true,
            choices: Some("servicestage.v2_instance.snapshots?application_id=application_id&component_id=component_id&instance_id=instance_id|snapshots|version|version"),
            ..Asked::path("parameters.version")
        }]),
        confirm: Confirm::Danger,
        ..instance_action("rollback", Text::new("回滚", "Roll back"), r#"{"action":"rollback"}"#, Text::new("将{name}回滚至{parameters.version}", "Roll {name} back to {parameters.version}"))
    },
];

/// Instance states (12.1.5.6's `status_detail.status`).
const INSTANCE_STATES: &[(&str, Text, Tone)] = &[
    ("RUNNING", Text::new("运行中", "Running"), Tone::Healthy),
    ("INITIALIZING", Text::new("创建中", "Initializing"), Tone::Progress),
    ("UPGRADING", Text::new("升级中", "Upgrading"), Tone::Progress),
    ("STARTING", Text::new("启动中", "Starting"), Tone::Progress),
    ("RESTARTING", Text::new("重启中", "Restarting"), Tone::Progress),
    ("STOPPING", Text::new("停止中", "Stopping"), Tone::Progress),
    ("DELETING", Text::new("删除中", "Deleting"), Tone::Progress),
    ("PENDING", Text::new("未就绪", "Pending"), Tone::Progress),
    ("STOPPED", Text::new("已停止", "Stopped"), Tone::Stopped),
    ("FAILED", Text::new("失败", "Failed"), Tone::Failed),
    ("PARTIALLY_FAILED", Text::new("异常", "Partly failed"), Tone::Failed),
];

pub static V2_INSTANCES: ResourceDecl = ResourceDecl {
    key: "v2-instances",
    title: Text::new("组件实例（v2）", "Instances (v2)"),
    singular: Text::new("组件实例（v2）", "Instance (v2)"),
    id_param: "instance_id",
    items_field: "instances",
    count_field: Some("count"),
    columns: &["name", "environment_name", "version", "flavor_id", "status_detail.status", "status_detail.replica", "create_time"],
    sorting: SORTED,
    paging: LIMIT_OFFSET,
    list: Some(op::<instance::ListInstancesOp>()),
    create: Some(op::<instance::CreateInstanceOp>()),
    get: Some(op::<instance::GetInstanceOp>()),
    update: Some(op::<instance::UpdateInstanceOp>()),
    delete: Some(op::<instance::DeleteInstanceOp>()),
    parent: Some(ParentLink { resource: &V2_COMPONENTS, param: "component_id", item_field: "component_id" }),
    actions: INSTANCE_ACTIONS,
    views: &[NamedOp::new(Text::new("快照", "Snapshots"), op::<instance::ListSnapshotsOp>())],
    status: Some(StatusDecl { field: "status_detail.status", states: INSTANCE_STATES }),
    ..ResourceDecl::BLANK
};
