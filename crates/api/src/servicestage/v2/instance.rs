//! v2 component instances (document section 12.1.5): a component deployed in an
//! environment. Creating, changing, acting on and deleting one are deploy jobs, read with
//! 12.1.6.1; snapshots are the versions an instance can be rolled back to.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::component::V2ComponentPath;
use super::instance_spec::{CreateInstance, InstanceAction, UpdateInstance};
use crate::lenient::Open;
use crate::schema::Schema;
use crate::servicestage::common::SortOrder;

/// Instance states (table 12-188; SDK `InstanceStatusType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "实例状态", en = "Instance status")]
pub enum InstanceStatus {
    #[serde(rename = "INITIALIZING")]
    #[schema(zh = "创建中", en = "Initializing")]
    Initializing,
    #[serde(rename = "UPGRADING")]
    #[schema(zh = "升级中", en = "Upgrading")]
    Upgrading,
    #[serde(rename = "FAILED")]
    #[schema(zh = "失败", en = "Failed")]
    Failed,
    #[serde(rename = "RUNNING")]
    #[schema(zh = "运行中", en = "Running")]
    Running,
    #[serde(rename = "DELETING")]
    #[schema(zh = "删除中", en = "Deleting")]
    Deleting,
    #[serde(rename = "STARTING")]
    #[schema(zh = "启动中", en = "Starting")]
    Starting,
    #[serde(rename = "STOPPING")]
    #[schema(zh = "停止中", en = "Stopping")]
    Stopping,
    #[serde(rename = "STOPPED")]
    #[schema(zh = "已停止", en = "Stopped")]
    Stopped,
    #[serde(rename = "RESTARTING")]
    #[schema(zh = "重启中", en = "Restarting")]
    Restarting,
    #[serde(rename = "PENDING")]
    #[schema(zh = "未就绪", en = "Pending")]
    Pending,
    #[serde(rename = "PARTIALLY_FAILED")]
    #[schema(zh = "异常", en = "Partly failed")]
    PartiallyFailed,
}

/// `status_detail` (tables 12-165, 12-188; SDK `InstanceStatusView`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "状态详情", en = "Status")]
pub struct StatusDetail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID")]
    pub enterprise_project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例状态", en = "Status")]
    pub status: Option<Open<InstanceStatus>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "正常副本数", en = "Available replicas")]
    pub available_replica: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "副本数", en = "Replicas")]
    pub replica: Option<i64>,
    // document: String; SDK InstanceStatusView: an object (InstanceFailDetail). Kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "失败描述", en = "Failure")]
    pub fail_detail: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最近Job ID", en = "Last job ID")]
    pub last_job_id: Option<String>,
    // document: last_job_statuses (tables 12-165, 12-188), last_job_status (the examples);
    // service (SDK InstanceStatusView): not modelled. The examples' spelling is kept, both read.
    #[serde(default, alias = "last_job_statuses", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最近Job状态", en = "Last job status")]
    pub last_job_status: Option<String>,
}

/// An artifact in an answer (tables 12-163, 12-185).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "部署件信息", en = "Artifact (answer)")]
pub struct ArtifactInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储方式", en = "Storage")]
    pub storage: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "类别", en = "Type")]
    pub artifact_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "地址", en = "URL")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "认证方式", en = "Authentication")]
    pub auth: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本号", en = "Version")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "属性", en = "Properties")]
    pub properties: Option<BTreeMap<String, serde_json::Value>>,
}

/// An external access in an answer (tables 12-164, 12-186).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "外网访问信息", en = "External access (answer)")]
pub struct ExternalAccessInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "访问方式ID", en = "ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "协议", en = "Protocol")]
    pub protocol: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "访问地址", en = "Address")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "端口号", en = "Port")]
    pub forward_port: Option<i64>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "类型", en = "Type")]
    pub access_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created")]
    pub create_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Updated")]
    pub update_time: Option<i64>,
}

/// A deployment resource in an answer (table 12-187).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "部署资源信息", en = "Deployment resource (answer)")]
pub struct ReferResourceInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源ID", en = "Resource ID")]
    pub id: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源类型", en = "Resource type")]
    pub resource_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用别名", en = "Alias")]
    pub refer_alias: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "引用资源参数", en = "Parameters")]
    pub parameters: Option<serde_json::Value>,
}

/// A v2 instance as the service returns it (tables 12-162, 12-184; SDK `InstanceView`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件实例（v2）", en = "Instance (v2)")]
pub struct V2Instance {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例ID", en = "Instance ID", read_only)]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Application ID")]
    pub application_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用名称", en = "Application")]
    pub application_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件ID", en = "Component ID")]
    pub component_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件名称", en = "Component")]
    pub component_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境ID", en = "Environment ID")]
    pub environment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境名称", en = "Environment")]
    pub environment_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "运行平台类型", en = "Platform", help_zh = "cce或vmapp。", help_en = "cce or vmapp.")]
    pub platform_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源规格", en = "Flavor")]
    pub flavor_id: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署件", en = "Artifacts")]
    pub artifacts: Option<BTreeMap<String, ArtifactInfo>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本号", en = "Version")]
    pub version: Option<String>,
    /// Free-form: the answer adds members the request has not (`internal` variables,
    /// `strategy.spec`, `scheduler.isSynchronized`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置", en = "Configuration")]
    pub configuration: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建人", en = "Created by", read_only)]
    pub creator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", read_only)]
    pub create_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Updated", read_only)]
    pub update_time: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "外网访问", en = "External access")]
    pub external_accesses: Option<Vec<ExternalAccessInfo>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署资源", en = "Deployment resources")]
    pub refer_resources: Option<Vec<ReferResourceInfo>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态详情", en = "Status")]
    pub status_detail: Option<StatusDetail>,
}

/// Answer of 12.1.5.2 (table 12-161).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "组件实例列表", en = "Instances (v2)")]
pub struct V2InstanceList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例总数", en = "Total")]
    pub count: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例", en = "Instances")]
    pub instances: Option<Vec<V2Instance>>,
}

/// Answer of 12.1.5.1: the deploy job and the new instance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "部署任务", en = "Deploy job")]
pub struct InstanceJob {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例ID", en = "Instance ID")]
    pub instance_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署任务ID", en = "Job ID")]
    pub job_id: Option<String>,
}

/// Sort keys of 12.1.5.2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "排序字段", en = "Sort by")]
pub enum InstanceOrderBy {
    #[serde(rename = "create_time")]
    #[schema(zh = "创建时间（默认）", en = "Creation time (default)")]
    CreateTime,
    #[serde(rename = "name")]
    #[schema(zh = "名称", en = "Name")]
    Name,
    #[serde(rename = "version")]
    #[schema(zh = "版本号", en = "Version")]
    Version,
    #[serde(rename = "update_time")]
    #[schema(zh = "修改时间", en = "Update time")]
    UpdateTime,
}

/// Parameters of 12.1.5.2 (tables 12-158, 12-159).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ListInstancesParams {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.v2_application.list|applications|id|name",
        help_zh = "应用ID，从获取所有应用（v2）得到。", help_en = "ID of a v2 application, from the v2 application list.")]
    pub application_id: String,
    #[schema(path, zh = "组件ID", en = "Component ID", choices = "servicestage.v2_component.list?application_id=application_id|components|id|name",
        help_zh = "组件ID，从获取应用所有组件得到。", help_en = "ID of a component of the application.")]
    pub component_id: String,
    #[serde(rename = "maxWaitTime", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "整体启动时间", en = "Maximum wait time", min = 0, help_zh = "用户自定义整体启动时间。", help_en = "Your own limit on the overall start-up time.")]
    pub max_wait_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询个数", en = "Limit", help_zh = "指定个数，取值[0, 100]或者1000，其他值相当于10。默认1000，用于不分页的场景；分页时取值[0, 100]。", help_en = "0 to 100, or 1000; any other value counts as 10. 1000 (the whole list) unless said otherwise; page with 0 to 100.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询偏移量", en = "Offset", min = 0, help_zh = "指定偏移量。", help_en = "Skip this many records.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by", help_zh = "默认按创建时间排序。", help_en = "Creation time unless said otherwise.")]
    pub order_by: Option<InstanceOrderBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方式", en = "Sort order", help_zh = "默认降序。", help_en = "Descending unless said otherwise.")]
    pub order: Option<SortOrder>,
}

/// Path parameters of the operations on one instance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct InstancePath {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.v2_application.list|applications|id|name",
        help_zh = "应用ID，从获取所有应用（v2）得到。", help_en = "ID of a v2 application, from the v2 application list.")]
    pub application_id: String,
    #[schema(path, zh = "组件ID", en = "Component ID", choices = "servicestage.v2_component.list?application_id=application_id|components|id|name",
        help_zh = "组件ID，从获取应用所有组件得到。", help_en = "ID of a component of the application.")]
    pub component_id: String,
    #[schema(path, zh = "实例ID", en = "Instance ID", choices = "servicestage.v2_instance.list?application_id=application_id&component_id=component_id|instances|id|name",
        help_zh = "组件实例ID，从获取组件实例得到。", help_en = "ID of an instance of the component.")]
    pub instance_id: String,
}

/// Parameters of 12.1.5.5 (tables 12-178, 12-179).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct DeleteInstanceParams {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.v2_application.list|applications|id|name",
        help_zh = "应用ID，从获取所有应用（v2）得到。", help_en = "ID of a v2 application, from the v2 application list.")]
    pub application_id: String,
    #[schema(path, zh = "组件ID", en = "Component ID", choices = "servicestage.v2_component.list?application_id=application_id|components|id|name",
        help_zh = "组件ID，从获取应用所有组件得到。", help_en = "ID of a component of the application.")]
    pub component_id: String,
    #[schema(path, zh = "实例ID", en = "Instance ID", choices = "servicestage.v2_instance.list?application_id=application_id&component_id=component_id|instances|id|name",
        help_zh = "组件实例ID，从获取组件实例得到。", help_en = "ID of an instance of the component.")]
    pub instance_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "强制删除", en = "Force", help_zh = "是否强制删除。", help_en = "Delete even when the instance's resources cannot be cleaned up.")]
    pub force: Option<bool>,
}

/// Parameters of 12.1.5.7 (tables 12-189, 12-190).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ListSnapshotsParams {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[schema(path, zh = "应用ID", en = "Application ID", choices = "servicestage.v2_application.list|applications|id|name",
        help_zh = "应用ID，从获取所有应用（v2）得到。", help_en = "ID of a v2 application, from the v2 application list.")]
    pub application_id: String,
    #[schema(path, zh = "组件ID", en = "Component ID", choices = "servicestage.v2_component.list?application_id=application_id|components|id|name",
        help_zh = "组件ID，从获取应用所有组件得到。", help_en = "ID of a component of the application.")]
    pub component_id: String,
    #[schema(path, zh = "实例ID", en = "Instance ID", choices = "servicestage.v2_instance.list?application_id=application_id&component_id=component_id|instances|id|name",
        help_zh = "组件实例ID，从获取组件实例得到。", help_en = "ID of an instance of the component.")]
    pub instance_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询个数", en = "Limit", help_zh = "指定个数，取值[0, 100]或者1000，其他值相当于10。默认1000，用于不分页的场景；分页时取值[0, 100]。", help_en = "0 to 100, or 1000; any other value counts as 10. 1000 (the whole list) unless said otherwise; page with 0 to 100.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "查询偏移量", en = "Offset", min = 0, help_zh = "指定偏移量。", help_en = "Skip this many records.")]
    pub offset: Option<i64>,
    /// No values documented (table 12-190).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by", help_zh = "默认按创建时间排序。", help_en = "Creation time unless said otherwise.")]
    pub order_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方式", en = "Sort order", help_zh = "默认降序。", help_en = "Descending unless said otherwise.")]
    pub order: Option<SortOrder>,
}

/// One snapshot (table 12-193; SDK `SnapshotView`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "实例快照", en = "Snapshot")]
pub struct Snapshot {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本号", en = "Version", help_zh = "回滚时使用的版本。", help_en = "The version a rollback names.")]
    pub version: Option<String>,
    /// JSON text, e.g. `{"action": "New Version: 1.0.0"}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例ID", en = "Instance ID")]
    pub instance_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created")]
    pub create_time: Option<i64>,
}

/// Answer of 12.1.5.7 (table 12-192).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "实例快照列表", en = "Snapshots")]
pub struct SnapshotList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "快照总数", en = "Total")]
    pub count: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "快照", en = "Snapshots")]
    pub snapshots: Option<Vec<Snapshot>>,
}

crate::operations! {
    service: ServiceStage;

    /// 12.1.5.1 创建组件实例.
    CreateInstanceOp {
        doc_ref: "servicestage:12.1.5.1",
        id: "servicestage.v2_instance.create",
        title: ("创建组件实例（v2）", "Deploy an instance (v2)"),
        Post "/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances",
        kind: Create,
        params: V2ComponentPath,
        body: CreateInstance,
        response: InstanceJob,
        status: 200,
    }

    /// 12.1.5.2 获取组件实例.
    ListInstancesOp {
        doc_ref: "servicestage:12.1.5.2",
        id: "servicestage.v2_instance.list",
        title: ("获取组件实例（v2）", "List the instances of a component (v2)"),
        Get "/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances",
        kind: List,
        params: ListInstancesParams,
        response: V2InstanceList,
        status: 200,
    }

    /// 12.1.5.3 对组件实例的操作.
    InstanceActionOp {
        doc_ref: "servicestage:12.1.5.3",
        id: "servicestage.v2_instance.action",
        title: ("对组件实例的操作（v2）", "Act on an instance (v2)"),
        Post "/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}/action",
        kind: Action,
        params: InstancePath,
        body: InstanceAction,
        response: InstanceJob,
        status: 200,
    }

    /// 12.1.5.4 修改组件实例.
    UpdateInstanceOp {
        doc_ref: "servicestage:12.1.5.4",
        id: "servicestage.v2_instance.update",
        title: ("修改组件实例（v2）", "Update an instance (v2)"),
        Put "/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}",
        kind: Update,
        params: InstancePath,
        body: UpdateInstance,
        response: InstanceJob,
        status: 200,
    }

    /// 12.1.5.5 删除组件实例: 200 with the deploy job, unlike the other v2 deletions.
    DeleteInstanceOp {
        doc_ref: "servicestage:12.1.5.5",
        id: "servicestage.v2_instance.delete",
        title: ("删除组件实例（v2）", "Delete an instance (v2)"),
        Delete "/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}",
        kind: Delete,
        params: DeleteInstanceParams,
        response: InstanceJob,
        status: 200,
    }

    /// 12.1.5.6 根据实例 ID 获取实例详细信息.
    GetInstanceOp {
        doc_ref: "servicestage:12.1.5.6",
        id: "servicestage.v2_instance.get",
        title: ("根据实例ID获取实例详细信息（v2）", "Get an instance (v2)"),
        Get "/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}",
        kind: Get,
        params: InstancePath,
        response: V2Instance,
        status: 200,
    }

    /// 12.1.5.7 获取组件实例快照.
    ListSnapshotsOp {
        doc_ref: "servicestage:12.1.5.7",
        id: "servicestage.v2_instance.snapshots",
        title: ("获取组件实例快照（v2）", "List the snapshots of an instance (v2)"),
        Get "/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}/snapshots",
        kind: Action,
        params: ListSnapshotsParams,
        response: SnapshotList,
        status: 200,
    }
}
