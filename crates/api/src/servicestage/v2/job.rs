//! v2 deploy jobs (document section 12.1.6): the job that creating, changing, acting on or
//! deleting an instance starts (their answers carry the `job_id`), with its tasks.
//!
//! Unlike v3's (4.6.1), the members are in capitals on the wire: tables 12-197 and 12-198,
//! the example and the service (SDK `JobInfo`, `TaskInfo`) agree on `EXECUTION_STATUS`,
//! `TASK_NAME`, ….

use serde::{Deserialize, Serialize};

use crate::schema::Schema;
use crate::servicestage::v3::job::JobSortDesc;

/// Parameters of 12.1.6.1 (tables 12-194, 12-195).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct JobParams {
    #[schema(path, zh = "项目ID", en = "Project ID")]
    pub project_id: String,
    #[schema(path, zh = "部署任务ID", en = "Job ID", help_zh = "创建、修改、操作或删除组件实例的响应中的job_id。", help_en = "The job_id answered by deploying, updating, acting on or deleting an instance.")]
    pub job_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "实例ID", en = "Instance ID", help_zh = "应用组件实例ID。", help_en = "The instance the job is about.")]
    pub instance_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "指定个数", en = "Limit", min = 0, help_zh = "返回的任务个数。", help_en = "Number of tasks to return.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "指定偏移量", en = "Offset", min = 0, help_zh = "跳过的任务个数。", help_en = "Skip this many tasks.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "是否降序", en = "Descending", help_zh = "true=desc，false=asc。", help_en = "true: descending; false: ascending.")]
    pub desc: Option<JobSortDesc>,
}

/// The job (table 12-197; SDK `JobInfo`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "部署任务", en = "Deploy job")]
pub struct JobInfo {
    #[serde(rename = "JOB_ID", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "工作ID", en = "Job ID")]
    pub job_id: Option<String>,
    #[serde(rename = "JOB_NAME", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "工作名称", en = "Job name")]
    pub job_name: Option<String>,
    #[serde(rename = "JOB_TYPE", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "类别", en = "Job type", help_zh = "PROVISION：提供服务任务；DEPROVISION：取消提交服务任务；DAILY_OPERATION：日常操作任务；SYSTEM_INNER：系统内部任务；UNKNOWN：未知任务。", help_en = "PROVISION, DEPROVISION, DAILY_OPERATION, SYSTEM_INNER or UNKNOWN.")]
    pub job_type: Option<String>,
    #[serde(rename = "SERVICE_INSTANCE_ID", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例ID", en = "Instance ID")]
    pub service_instance_id: Option<String>,
    #[serde(rename = "PROJECT_ID", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目ID", en = "Project ID")]
    pub project_id: Option<String>,
    #[serde(rename = "ORDER_ID", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "排序ID", en = "Order ID")]
    pub order_id: Option<String>,
    #[serde(rename = "JOB_DESC", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "工作描述", en = "Description")]
    pub job_desc: Option<String>,
    #[serde(rename = "EXECUTION_STATUS", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "执行状态", en = "Execution status",
        help_zh = "SUBMITTED：已提交；SCHEDULED：计划执行；RUNNING：处理中；FAILED：失败；SUCCEEDED：成功；CANCELLED：已取消；PARTIALLY_FAILED：部分失败；ROLLBACKING：回滚中；ROLLBACKED：已回滚；UNKNOWN：未知。",
        help_en = "SUBMITTED, SCHEDULED, RUNNING, FAILED, SUCCEEDED, CANCELLED, PARTIALLY_FAILED, ROLLBACKING, ROLLBACKED or UNKNOWN.")]
    pub execution_status: Option<String>,
    #[serde(rename = "CREATED_BY", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建者", en = "Created by")]
    pub created_by: Option<String>,
}

/// One task (table 12-198; SDK `TaskInfo`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "部署任务步骤", en = "Deploy task")]
pub struct TaskInfo {
    /// JSON text, e.g. `{"Message": "ECC00011", "Detail": "Building failed."}`.
    #[serde(rename = "MESSAGES", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "消息", en = "Messages")]
    pub messages: Option<String>,
    #[serde(rename = "TASK_ID", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务ID", en = "Task ID")]
    pub task_id: Option<String>,
    #[serde(rename = "TASK_TYPE", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务类型", en = "Task type")]
    pub task_type: Option<String>,
    #[serde(rename = "TASK_INDEX", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务序号", en = "Index")]
    pub task_index: Option<i64>,
    #[serde(rename = "TASK_NAME", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务名称", en = "Task name")]
    pub task_name: Option<String>,
    #[serde(rename = "TASK_STATUS", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务状态", en = "Task status",
        help_zh = "SUBMITTED、SCHEDULED、RUNNING、FAILED、SUCCEEDED、CANCELLED、PARTIALLY_FAILED、SKIPPED、ROLLBACKING、ROLLBACKED或UNKNOWN。",
        help_en = "SUBMITTED, SCHEDULED, RUNNING, FAILED, SUCCEEDED, CANCELLED, PARTIALLY_FAILED, SKIPPED, ROLLBACKING, ROLLBACKED or UNKNOWN.")]
    pub task_status: Option<String>,
    #[serde(rename = "LAST_HEALTH_CHECK", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "健康检查时间", en = "Last health check")]
    pub last_health_check: Option<String>,
    #[serde(rename = "CREATED_AT", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created")]
    pub created_at: Option<String>,
    #[serde(rename = "OWNER_ID", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建用户ID", en = "Owner")]
    pub owner_id: Option<String>,
}

/// Answer of 12.1.6.1 (table 12-196; SDK `ShowJobDetailResponse`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "部署任务详细信息", en = "Deploy job details")]
pub struct V2JobDetails {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务数量", en = "Task count")]
    pub task_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署任务", en = "Job")]
    pub job: Option<JobInfo>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务", en = "Tasks")]
    pub tasks: Option<Vec<TaskInfo>>,
}

crate::operations! {
    service: ServiceStage;

    /// 12.1.6.1 获取部署任务详细信息.
    GetJobOp {
        doc_ref: "servicestage:12.1.6.1",
        id: "servicestage.v2_job.get",
        title: ("获取部署任务详细信息（v2）", "Get deploy job details (v2)"),
        Get "/v2/{project_id}/cas/jobs/{job_id}",
        kind: Get,
        params: JobParams,
        response: V2JobDetails,
        status: 200,
    }
}
