//! Builds ("assembling", document section 12.2): the build jobs of v2 components (a
//! component's `build.id` is its build job, named after the component), their builds, each
//! build's phases and its log, read piece by piece.
//!
//! These paths have no `{project_id}`: the project is the token's (or, signed with AK/SK,
//! the `X-Project-Id` header's). The document prints their query parameters in the URIs
//! (`/assembling/v1/jobs?page={page}&per_page={per_page}&job_name={job_name}`) and tables
//! them as path parameters; they are sent as the query the URIs show.

use serde::{Deserialize, Serialize};

use crate::lenient::Open;
use crate::resource::{NamedOp, Paging, ResourceDecl};
use crate::schema::{Schema, Text};

/// Parameters of 12.2.1 (table 12-200).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ListBuildJobsParams {
    // document: a path parameter (table 12-200); the URI puts it in the query.
    #[schema(query, zh = "分页索引", en = "Page", min = 1, help_zh = "从第几页开始，从1开始。", help_en = "Which page, counting from 1.", example = "1")]
    pub page: i64,
    #[schema(query, zh = "分页大小", en = "Per page", min = 1, help_zh = "一页包含几条记录。", help_en = "Records per page.", example = "20")]
    pub per_page: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "构建任务名称", en = "Build job name", help_zh = "和组件名称相同。", help_en = "The same as the component's name.")]
    pub job_name: Option<String>,
}

/// One build job (table 12-203).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "构建任务", en = "Build job")]
pub struct BuildJob {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建任务ID", en = "Build job ID")]
    pub job_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建任务名称", en = "Name")]
    pub job_name: Option<String>,
}

/// Answer of 12.2.1 (table 12-202).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "构建任务列表", en = "Build jobs")]
pub struct BuildJobList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建任务", en = "Build jobs")]
    pub list: Option<Vec<BuildJob>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "总数", en = "Total")]
    pub total: Option<i64>,
    // document: the descriptions of page and per_page are swapped in table 12-202.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "分页索引", en = "Page")]
    pub page: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "分页大小", en = "Per page")]
    pub per_page: Option<i64>,
}

/// Parameters of 12.2.2 (table 12-204).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ListBuildsParams {
    #[schema(path, zh = "构建任务ID", en = "Build job ID", choices = "servicestage.build_job.list?page='1'&per_page='100'|list|job_id|job_name",
        help_zh = "构建任务ID，从构建任务列表得到。", help_en = "A build job's ID, from the list of build jobs.")]
    pub job_id: String,
    // document: job_name, a path parameter (table 12-204); the URI sends it as `?name={job_name}`.
    #[schema(query, zh = "构建任务名称", en = "Build job name", min_len = 1, choices = "servicestage.build_job.list?page='1'&per_page='100'|list|job_name|job_name",
        help_zh = "构建任务名称，和组件名称相同。", help_en = "The build job's name (the component's name).")]
    pub name: String,
}

/// Build states (table 12-207).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "构建实例状态", en = "Build state")]
pub enum BuildState {
    #[serde(rename = "Cancel")]
    #[schema(zh = "取消", en = "Cancelled")]
    Cancel,
    #[serde(rename = "Failed")]
    #[schema(zh = "失败", en = "Failed")]
    Failed,
    #[serde(rename = "Successful")]
    #[schema(zh = "成功", en = "Successful")]
    Successful,
    #[serde(rename = "Timeout")]
    #[schema(zh = "超时", en = "Timed out")]
    Timeout,
}

/// One build (table 12-207).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "构建实例", en = "Build")]
pub struct BuildRun {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建实例ID", en = "Build ID")]
    pub build_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建实例状态", en = "State")]
    pub build_state: Option<Open<BuildState>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建耗时（秒）", en = "Duration (s)")]
    pub duration: Option<i64>,
}

/// Answer of 12.2.2 (table 12-206).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "构建实例列表", en = "Builds")]
pub struct BuildRunList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建实例", en = "Builds")]
    pub list: Option<Vec<BuildRun>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "总数", en = "Total")]
    pub total: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "分页索引", en = "Page")]
    pub page: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "分页大小", en = "Per page")]
    pub per_page: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "完成的构建数", en = "Finished")]
    pub finished: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "成功的构建数", en = "Successful")]
    pub successful: Option<i64>,
}

/// Path parameters of 12.2.3.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct BuildPath {
    #[schema(path, zh = "构建实例ID", en = "Build ID",
        help_zh = "构建实例ID，从构建任务的构建记录得到。", help_en = "A build's ID, from the builds of a build job.")]
    pub build_id: String,
}

/// Phase names (table 12-211).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "构建阶段", en = "Build phase")]
pub enum PhaseName {
    #[serde(rename = "Init")]
    #[schema(zh = "初始化", en = "Initialization")]
    Init,
    #[serde(rename = "Download")]
    #[schema(zh = "下载", en = "Download")]
    Download,
    #[serde(rename = "PreProcess")]
    #[schema(zh = "预处理", en = "Pre-processing")]
    PreProcess,
    #[serde(rename = "Build")]
    #[schema(zh = "构建", en = "Build")]
    Build,
    #[serde(rename = "Artifact")]
    #[schema(zh = "归档", en = "Archiving")]
    Artifact,
    #[serde(rename = "PostProcess")]
    #[schema(zh = "后置处理", en = "Post-processing")]
    PostProcess,
}

/// Phase states (table 12-211).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "构建阶段状态", en = "Phase state")]
pub enum PhaseState {
    #[serde(rename = "NotStarted")]
    #[schema(zh = "未开始", en = "Not started")]
    NotStarted,
    #[serde(rename = "Queuing")]
    #[schema(zh = "排队中", en = "Queuing")]
    Queuing,
    #[serde(rename = "Building")]
    #[schema(zh = "构建中", en = "Building")]
    Building,
    #[serde(rename = "Pushing")]
    #[schema(zh = "正在推送包", en = "Pushing")]
    Pushing,
    #[serde(rename = "Successful")]
    #[schema(zh = "成功", en = "Successful")]
    Successful,
    #[serde(rename = "Failed")]
    #[schema(zh = "失败", en = "Failed")]
    Failed,
    #[serde(rename = "Timeout")]
    #[schema(zh = "超时", en = "Timed out")]
    Timeout,
    #[serde(rename = "Cancel")]
    #[schema(zh = "取消", en = "Cancelled")]
    Cancel,
    #[serde(rename = "Deleted")]
    #[schema(zh = "已删除", en = "Deleted")]
    Deleted,
}

/// One phase (table 12-211).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "构建阶段", en = "Phase")]
pub struct Phase {
    // document: String (table 12-211); the example has a number. Kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建阶段标识", en = "Phase ID")]
    pub id: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建阶段名称", en = "Name")]
    pub name: Option<Open<PhaseName>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建阶段状态", en = "State")]
    pub state: Option<Open<PhaseState>>,
}

/// Answer of 12.2.3 (table 12-210).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "构建阶段列表", en = "Build phases")]
pub struct PhaseList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建阶段数量", en = "Total")]
    pub total: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建阶段", en = "Phases")]
    pub list: Option<Vec<Phase>>,
}

/// Parameters of 12.2.4 (table 12-212).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct BuildLogParams {
    #[schema(path, zh = "构建实例ID", en = "Build ID",
        help_zh = "构建实例ID，从构建任务的构建记录得到。", help_en = "A build's ID, from the builds of a build job.")]
    pub build_id: String,
    // document: a path parameter (table 12-212); the URI sends it as `?from={from}`.
    #[schema(query, zh = "开始位置", en = "From", min = 0, help_zh = "获取日志的开始位置，从0开始；之后填上次返回的next。", help_en = "Where to start reading the log: 0, then the next the previous answer gave.", example = "0")]
    pub from: i64,
}

/// Answer of 12.2.4 (table 12-214).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "构建日志", en = "Build log")]
pub struct BuildLog {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建日志", en = "Log", help_zh = "从from开始的日志内容。", help_en = "The log from the position asked for.")]
    pub buildlog: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "结束位置", en = "Next", help_zh = "下次读取时作为from。", help_en = "Where the next read starts (the next from).")]
    pub next: Option<i64>,
    /// Comma-separated, one per phase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建阶段状态", en = "Phase states", help_zh = "逗号分隔，与阶段名称一一对应。", help_en = "Comma-separated, one per phase.")]
    pub phase_states: Option<String>,
    /// Comma-separated: `Init,Download,PreProcess,Build,Artifact,PostProcess`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "构建阶段名称", en = "Phases", help_zh = "逗号分隔。", help_en = "Comma-separated.")]
    pub phases: Option<String>,
}

crate::operations! {
    service: ServiceStage;

    /// 12.2.1 根据组件名称获取构建任务列表.
    ListBuildJobsOp {
        doc_ref: "servicestage:12.2.1",
        id: "servicestage.build_job.list",
        title: ("根据组件名称获取构建任务列表", "List build jobs"),
        Get "/assembling/v1/jobs",
        kind: List,
        params: ListBuildJobsParams,
        response: BuildJobList,
        status: 200,
    }

    /// 12.2.2 根据构建任务 ID 获取构建任务实例列表.
    ListBuildsOp {
        doc_ref: "servicestage:12.2.2",
        id: "servicestage.build_job.builds",
        title: ("根据构建任务ID获取构建任务实例列表", "List the builds of a build job"),
        Get "/assembling/v1/jobs/{job_id}/builds",
        kind: Action,
        params: ListBuildsParams,
        response: BuildRunList,
        status: 200,
    }

    /// 12.2.3 根据构建任务实例 ID 获取构建阶段列表.
    ListPhasesOp {
        doc_ref: "servicestage:12.2.3",
        id: "servicestage.build.phases",
        title: ("根据构建任务实例ID获取构建阶段列表", "List the phases of a build"),
        Get "/assembling/v1/builds/{build_id}/phases",
        kind: Action,
        params: BuildPath,
        response: PhaseList,
        status: 200,
    }

    /// 12.2.4 根据构建任务实例 ID 获取构建日志.
    GetBuildLogOp {
        doc_ref: "servicestage:12.2.4",
        id: "servicestage.build.log",
        title: ("根据构建任务实例ID获取构建日志", "Read the log of a build"),
        Get "/assembling/v1/builds/{build_id}/logs",
        kind: Action,
        params: BuildLogParams,
        response: BuildLog,
        status: 200,
    }
}

/// Build jobs (12.2.1), paged by page number; a job's builds (12.2.2) are asked for with
/// its name, which the action takes from the item. A build's phases (12.2.3) and log (12.2.4)
/// are read by build id from the list's tools: no page lists builds on their own, since
/// 12.2.2 needs the job's name besides its id, which a nested list cannot pass.
pub static BUILD_JOBS: ResourceDecl = ResourceDecl {
    key: "build-jobs",
    title: Text::new("构建任务", "Build jobs"),
    singular: Text::new("构建任务", "Build job"),
    id_field: "job_id",
    id_param: "job_id",
    name_field: "job_name",
    items_field: "list",
    count_field: Some("total"),
    columns: &["job_name", "job_id"],
    filters: &[crate::resource::Filter { param: "job_name", field: "job_name" }],
    paging: Paging::Page { page: "page", per_page: "per_page", max_per_page: 100 },
    list: Some(<ListBuildJobsOp as crate::operation::Operation>::DECL),
    actions: &[crate::resource::ActionDecl {
        item_params: &[("name", "job_name")],
        job: Text::new("{name}的构建记录", "Builds of {name}"),
        ..crate::resource::ActionDecl::new("builds", Text::new("构建记录", "Builds"), <ListBuildsOp as crate::operation::Operation>::DECL)
    }],
    collection_actions: &[
        NamedOp::new(Text::new("构建阶段", "Build phases"), <ListPhasesOp as crate::operation::Operation>::DECL),
        NamedOp::new(Text::new("构建日志", "Build log"), <GetBuildLogOp as crate::operation::Operation>::DECL),
    ],
    ..ResourceDecl::BLANK
};
