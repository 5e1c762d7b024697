//! Deployment jobs (document section 4.6): the job and tasks that creating, changing or acting
//! on a component starts (their answers carry the `job_id`).
//!
//! Tables 4-368 and 4-369 print every member name in capitals (`EXECUTION_STATUS`, `JOB_ID`,
//! …); the example and the service (Huawei's SDKs) use lower case (`execution_status`,
//! `job_id`, …), which is what these models use.

use serde::{Deserialize, Serialize};

use crate::schema::Schema;

/// `desc` of 4.6.1 (table 4-365): a string holding `true` or `false`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "是否降序", en = "Descending")]
pub enum JobSortDesc {
    #[serde(rename = "true")]
    #[schema(zh = "降序（desc）", en = "Descending (desc)")]
    True,
    #[serde(rename = "false")]
    #[schema(zh = "升序（asc）", en = "Ascending (asc)")]
    False,
}

/// Parameters of 4.6.1 (tables 4-364, 4-365).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct JobDetailsParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "部署任务ID", en = "Job ID",
        help_zh = "部署任务ID，为应用中创建组件、根据组件ID修改组件信息、根据组件ID下发组件任务接口响应参数的job_id。",
        help_en = "The job_id answered by creating a component, updating a component or running a component action.")]
    pub job_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "指定个数", en = "Limit", min = 0, help_zh = "指定个数。", help_en = "Number of tasks to return.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "指定偏移量", en = "Offset", min = 0, help_zh = "指定偏移量。", help_en = "Skip this many tasks.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "是否降序", en = "Descending",
        help_zh = "是否降序：true=desc，false=asc。", help_en = "Sort direction: true = descending, false = ascending.")]
    pub desc: Option<JobSortDesc>,
}

/// The job of 4.6.1 (table 4-368).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "部署任务", en = "Deployment job")]
pub struct JobDetailsJob {
    /// `EXECUTION_STATUS` in table 4-368.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "执行状态", en = "Execution status",
        help_zh = "SUBMITTED：已提交但尚未处理；SCHEDULED：计划在未来执行；RUNNING：当前正在处理；FAILED：处于失败状态；SUCCEEDED：处于成功状态；CANCELLED：已取消；PARTIALLY_FAILED：部分失败；ROLLBACKING：正在回滚；ROLLBACKED：已回滚；UNKNOWN：未知状态。",
        help_en = "SUBMITTED: submitted, not yet processed; SCHEDULED: scheduled to run later; RUNNING: in progress; FAILED: failed; SUCCEEDED: succeeded; CANCELLED: cancelled; PARTIALLY_FAILED: partly failed; ROLLBACKING: rolling back; ROLLBACKED: rolled back; UNKNOWN: unknown.")]
    pub execution_status: Option<String>,
    /// `JOB_ID` in table 4-368.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "工作ID", en = "Job ID")]
    pub job_id: Option<String>,
    /// `JOB_TYPE` in table 4-368.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "类别", en = "Job type",
        help_zh = "PROVISION：提供服务任务；DEPROVISION：取消提交服务任务；DAILY_OPERATION：日常操作任务；SYSTEM_INNER：系统内部任务；UNKNOWN：未知任务。",
        help_en = "PROVISION: provisioning; DEPROVISION: deprovisioning; DAILY_OPERATION: day-to-day operation; SYSTEM_INNER: internal system job; UNKNOWN: unknown.")]
    pub job_type: Option<String>,
    // Not in the document; service (SDK JobInfo): rollback_enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否可回滚", en = "Rollback enabled")]
    pub rollback_enabled: Option<bool>,
    /// `ORDER_ID` in table 4-368.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "排序ID", en = "Order ID")]
    pub order_id: Option<String>,
    /// `PROJECT_ID` in table 4-368.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建租户Project ID", en = "Project ID", help_zh = "创建任务的租户项目ID。", help_en = "Project of the tenant that created the job.")]
    pub project_id: Option<String>,
    /// `SERVICE_INSTANCE_ID` in table 4-368.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例ID", en = "Service instance ID")]
    pub service_instance_id: Option<String>,
}

/// One task of a job (table 4-369).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "部署任务步骤", en = "Deployment task")]
pub struct JobDetailsTask {
    /// `CREATED_AT` in table 4-369; an ISO 8601 time in the example.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", example = "2024-06-06T15:55:31.115Z")]
    pub created_at: Option<String>,
    /// `MESSAGES` in table 4-369.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "消息", en = "Messages")]
    pub messages: Option<String>,
    /// `TASK_ID` in table 4-369.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务ID", en = "Task ID")]
    pub task_id: Option<String>,
    /// `TASK_INDEX` in table 4-369.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务序号", en = "Index")]
    pub task_index: Option<i64>,
    /// `TASK_NAME` in table 4-369.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务名称", en = "Task name")]
    pub task_name: Option<String>,
    /// `TASK_STATUS` in table 4-369.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务状态", en = "Task status",
        help_zh = "SUBMITTED：已提交但尚未处理；SCHEDULED：计划在未来执行；RUNNING：当前正在处理；FAILED：处于失败状态；SUCCEEDED：处于成功状态；CANCELLED：已取消；PARTIALLY_FAILED：部分失败；SKIPPED：已跳过；ROLLBACKING：正在回滚；ROLLBACKED：已回滚；UNKNOWN：未知状态。",
        help_en = "SUBMITTED: submitted, not yet processed; SCHEDULED: scheduled to run later; RUNNING: in progress; FAILED: failed; SUCCEEDED: succeeded; CANCELLED: cancelled; PARTIALLY_FAILED: partly failed; SKIPPED: skipped; ROLLBACKING: rolling back; ROLLBACKED: rolled back; UNKNOWN: unknown.")]
    pub task_status: Option<String>,
    // Not in the document; service (SDK TaskInfo): task_type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务类型", en = "Task type")]
    pub task_type: Option<String>,
    /// `UPDATE_AT` in table 4-369 (sic: not `updated_at`, as in the example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "更新时间", en = "Updated", example = "2024-06-06T15:55:31.136Z")]
    pub update_at: Option<String>,
}

/// Answer of 4.6.1 (table 4-367).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "部署任务详细信息", en = "Deployment job details")]
pub struct JobDetails {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署任务数量", en = "Task count")]
    pub task_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建工程参数", en = "Job")]
    pub job: Option<JobDetailsJob>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "部署任务参数", en = "Tasks")]
    pub tasks: Option<Vec<JobDetailsTask>>,
}

crate::operations! {
    service: ServiceStage;

    /// 4.6.1 获取部署任务详细信息.
    GetJobOp {
        doc_ref: "servicestage:4.6.1",
        id: "servicestage.job.get",
        title: ("获取部署任务详细信息", "Get deployment job details"),
        Get "/v3/{project_id}/cas/jobs/{job_id}",
        kind: Get,
        params: JobDetailsParams,
        response: JobDetails,
        status: 200,
    }
}
