//! Asynchronous jobs: which operations start them, which operation reads their state, how to
//! read it, and how often to ask. Pure data and functions; the console drives the polling with
//! its own timer and keeps what [`start_jobs`] returns.
//!
//! A service reports progress in one of a few shapes, all described by one [`JobKind`]:
//!
//! * a job id in the answer, read back with a job query (ServiceStage deploy jobs, IMS jobs);
//! * one record per item of a list in the answer, each read back inside another resource
//!   (CBR: each replicated backup's replication record, inside the source backup);
//! * no job at all, but a list of created things whose own status tells how far the work is
//!   (Rainbond: the components an app copy or a market install creates and builds).

use serde_json::{Map, Value};

use crate::operation::{OperationDecl, Service};

/// Where the jobs an answer starts are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// One job whose id is at this dotted path of the answer.
    One { id_path: &'static str },
    /// One job per element of the array at `list` (dotted path), its id in `id_field`.
    Each { list: &'static str, id_field: &'static str },
    /// One job for the whole array at `list` (empty: the answer itself): it is done when every
    /// element's `id_field`-named thing is.
    All { list: &'static str, id_field: &'static str },
}

/// Where a value of the poll call (or of a link) comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The job's own id.
    JobId,
    /// A parameter of the call that started the job.
    Param(&'static str),
    /// A member (dotted path) of the body of the call that started the job.
    Body(&'static str),
    /// A member of the job's element in the starting answer ([`Start::Each`]; for
    /// [`Start::One`], the answer itself), or of a result row.
    Element(&'static str),
}

/// Where, in the poll answer, the job's record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    /// The whole answer.
    Whole,
    /// The element of the array at `list` whose `id_field` is the job's id.
    Find { list: &'static str, id_field: &'static str },
    /// The elements of the array at `list` (empty: the answer itself) whose `id_field` is one of
    /// the job's members; the job stands where the least advanced of them stands.
    Members { list: &'static str, id_field: &'static str },
}

/// A page of the console that a job's result or a result row opens: a resource's item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub service: Service,
    /// `ResourceDecl::key`.
    pub resource: &'static str,
    /// Where the item's id comes from.
    pub id: Source,
    /// The other parameters of the item's page (ancestors, scope) and where they come from.
    pub params: &'static [(&'static str, Source)],
}

/// Where a job's record lists its steps (ServiceStage: `tasks`, each with a name and status).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Steps {
    /// Dotted path of the array of steps in the record.
    pub list: &'static str,
    /// Members of one step: its name, its status, and its order (steps come unordered).
    pub name: &'static str,
    pub status: &'static str,
    pub index: Option<&'static str>,
}

/// One step of a job, as the service reported it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Step {
    pub name: String,
    pub status: String,
}

/// How one kind of asynchronous work is followed.
#[derive(Debug)]
pub struct JobKind {
    /// Stable key, kept with tracked jobs.
    pub key: &'static str,
    pub service: Service,
    /// Ids of the operations whose answers start such jobs; empty: any operation of the
    /// service whose answer has the job id.
    pub started_by: &'static [&'static str],
    pub start: Start,
    /// Id of the operation that reads a job (`catalog::operation`).
    pub poll_op: &'static str,
    /// Parameters of the poll call besides the project, and where they come from.
    pub poll_params: &'static [(&'static str, Source)],
    pub record: Record,
    /// Dotted path of the status in the record.
    pub status_path: &'static str,
    pub succeeded: &'static [&'static str],
    pub failed: &'static [&'static str],
    /// Dotted paths of a failure reason and error code in the record, when the service gives them.
    pub reason_path: Option<&'static str>,
    pub code_path: Option<&'static str>,
    /// Dotted path, in a succeeded record, of what the job produced (the new image's id), and
    /// what to call it.
    pub result_path: Option<&'static str>,
    pub result_label: crate::schema::Text,
    /// The page of what the job produced ([`Source::Element`] reads the finished record).
    pub result_link: Option<Link>,
    /// The page of each row of the starting answer's list ([`Source::Element`] reads the row).
    pub row_link: Option<Link>,
    /// The steps the record lists, shown under the job.
    pub steps: Option<Steps>,
}

impl JobKind {
    const BASE: JobKind = JobKind {
        key: "",
        service: Service::ServiceStage,
        started_by: &[],
        start: Start::One { id_path: "job_id" },
        poll_op: "",
        poll_params: &[],
        record: Record::Whole,
        status_path: "status",
        succeeded: &[],
        failed: &[],
        reason_path: None,
        code_path: None,
        result_path: None,
        result_label: crate::schema::Text::new("结果", "Result"),
        result_link: None,
        row_link: None,
        steps: None,
    };

    /// Whether an answer of `decl` may start a job of this kind. A kind that names no
    /// operations takes those of its service that no other kind names (ServiceStage's v3
    /// deploy jobs leave the v2 instances' jobs to their own kind).
    pub fn started_by(&self, decl: &OperationDecl) -> bool {
        if decl.service != self.service {
            return false;
        }
        if self.started_by.is_empty() {
            !KINDS.iter().any(|k| k.service == self.service && k.started_by.contains(&decl.id))
        } else {
            self.started_by.contains(&decl.id)
        }
    }
}

/// ServiceStage deploy jobs (4.6.1): `job.execution_status`.
pub static SERVICESTAGE_JOB: JobKind = JobKind {
    key: "servicestage",
    service: Service::ServiceStage,
    poll_op: "servicestage.job.get",
    poll_params: &[("job_id", Source::JobId)],
    status_path: "job.execution_status",
    succeeded: &["SUCCEEDED", "SUCCESS"],
    failed: &["FAILED", "FAIL", "TIMEOUT", "CANCELED", "CANCELLED"],
    // A deploy job's tasks: prepare, build, deploy … each with its own status.
    steps: Some(Steps { list: "tasks", name: "task_name", status: "task_status", index: Some("task_index") }),
    ..JobKind::BASE
};

/// ServiceStage v2 deploy jobs (12.1.6.1), started by changing, acting on or deleting a v2
/// instance: the job's members are in capitals (`job.EXECUTION_STATUS`, tasks' `TASK_NAME`),
/// and the query takes the instance too.
const V2_JOB: JobKind = JobKind {
    key: "",
    service: Service::ServiceStage,
    poll_op: "servicestage.v2_job.get",
    poll_params: &[("job_id", Source::JobId), ("instance_id", Source::Param("instance_id"))],
    status_path: "job.EXECUTION_STATUS",
    succeeded: &["SUCCEEDED"],
    failed: &["FAILED", "CANCELLED", "PARTIALLY_FAILED", "ROLLBACKED", "UNKNOWN"],
    steps: Some(Steps { list: "tasks", name: "TASK_NAME", status: "TASK_STATUS", index: Some("TASK_INDEX") }),
    ..JobKind::BASE
};

/// Changing (12.1.5.4), acting on (12.1.5.3) or deleting (12.1.5.5) a v2 instance.
pub static SERVICESTAGE_V2_JOB: JobKind = JobKind {
    key: "servicestage-v2",
    started_by: &["servicestage.v2_instance.update", "servicestage.v2_instance.action", "servicestage.v2_instance.delete"],
    ..V2_JOB
};

/// Deploying a v2 instance (12.1.5.1): the answer names the new instance, which the finished
/// job opens.
pub static SERVICESTAGE_V2_DEPLOY: JobKind = JobKind {
    key: "servicestage-v2-deploy",
    started_by: &["servicestage.v2_instance.create"],
    poll_params: &[("job_id", Source::JobId), ("instance_id", Source::Element("instance_id"))],
    result_path: Some("job.SERVICE_INSTANCE_ID"),
    result_label: crate::schema::Text::new("组件实例", "Instance"),
    result_link: Some(Link {
        service: Service::ServiceStage,
        resource: "v2-instances",
        id: Source::Element("job.SERVICE_INSTANCE_ID"),
        params: &[("application_id", Source::Param("application_id")), ("component_id", Source::Param("component_id"))],
    }),
    ..V2_JOB
};

/// IMS asynchronous jobs (image copy): `status` SUCCESS / FAIL / RUNNING / INIT; a finished
/// copy names the new image in `entities.image_id`.
pub static IMS_JOB: JobKind = JobKind {
    key: "ims",
    service: Service::Ims,
    started_by: &["ims.image.copy"],
    poll_op: "ims.job.get",
    poll_params: &[("job_id", Source::JobId)],
    succeeded: &["SUCCESS"],
    failed: &["FAIL"],
    reason_path: Some("fail_reason"),
    code_path: Some("error_code"),
    result_path: Some("entities.image_id"),
    result_label: crate::schema::Text::new("新镜像", "New image"),
    result_link: Some(Link { service: Service::Ims, resource: "images", id: Source::Element("entities.image_id"), params: &[] }),
    ..JobKind::BASE
};

/// CBR checkpoint replication (document 004): one replication record per backup, read back
/// from the source backup (`GET /v3/{project_id}/backups/{backup_id}`, whose
/// `replication_records` carry each record's status, progress and failure).
///
/// The record's status words are not enumerated in the public reference; `available`
/// (replicated) and `error` are the ones the service reports, and anything else counts as
/// still running.
pub static CBR_REPLICATION: JobKind = JobKind {
    key: "cbr-replication",
    service: Service::Cbr,
    started_by: &["cbr.checkpoint.replicate"],
    start: Start::Each { list: "replication.backups", id_field: "replication_record_id" },
    poll_op: "cbr.backup.get",
    poll_params: &[("backup_id", Source::Element("backup_id"))],
    record: Record::Find { list: "backup.replication_records", id_field: "id" },
    succeeded: &["available", "success"],
    failed: &["error", "failed", "timeout"],
    reason_path: Some("extra_info.fail_reason"),
    code_path: Some("extra_info.fail_code"),
    result_path: Some("destination_backup_id"),
    result_label: crate::schema::Text::new("目的备份", "Destination backup"),
    row_link: Some(Link { service: Service::Cbr, resource: "backups", id: Source::Element("backup_id"), params: &[] }),
    ..JobKind::BASE
};

/// Component states in which a Rainbond component's creation (and build, when asked for) is
/// over: running, or created without deploying (`undeploy`, `closed`).
const RAINBOND_DONE: &[&str] = &["running", "undeploy", "closed"];
const RAINBOND_FAILED: &[&str] = &["build_failed", "create_failed", "abnormal", "failure"];

/// Rainbond app copy (document 000): the copied components are created, built and started in
/// the target app; followed through the target app's component list.
pub static RAINBOND_COPY: JobKind = JobKind {
    key: "rainbond-copy",
    service: Service::Rainbond,
    started_by: &["rainbond.app.copy"],
    start: Start::All { list: "services", id_field: "service_id" },
    poll_op: "rainbond.component.list",
    poll_params: &[
        ("team_id", Source::Body("target_team_name")),
        ("region_name", Source::Body("target_region_name")),
        ("app_id", Source::Body("target_app_id")),
    ],
    record: Record::Members { list: "", id_field: "service_id" },
    succeeded: RAINBOND_DONE,
    failed: RAINBOND_FAILED,
    result_link: Some(Link {
        service: Service::Rainbond,
        resource: "apps",
        id: Source::Body("target_app_id"),
        params: &[("team_id", Source::Body("target_team_name")), ("region_name", Source::Body("target_region_name"))],
    }),
    row_link: Some(Link {
        service: Service::Rainbond,
        resource: "components",
        id: Source::Element("service_id"),
        params: &[
            ("team_id", Source::Body("target_team_name")),
            ("region_name", Source::Body("target_region_name")),
            ("app_id", Source::Body("target_app_id")),
        ],
    }),
    ..JobKind::BASE
};

/// Rainbond market install (document 001): the installed components, followed through the
/// app's component list (built and started when `is_deploy=true`).
pub static RAINBOND_INSTALL: JobKind = JobKind {
    key: "rainbond-install",
    service: Service::Rainbond,
    started_by: &["rainbond.app.install"],
    start: Start::All { list: "service_list", id_field: "service_id" },
    poll_op: "rainbond.component.list",
    poll_params: &[
        ("team_id", Source::Param("team_id")),
        ("region_name", Source::Param("region_name")),
        ("app_id", Source::Param("app_id")),
    ],
    record: Record::Members { list: "", id_field: "service_id" },
    succeeded: RAINBOND_DONE,
    failed: RAINBOND_FAILED,
    result_link: Some(Link {
        service: Service::Rainbond,
        resource: "apps",
        id: Source::Param("app_id"),
        params: &[("team_id", Source::Param("team_id")), ("region_name", Source::Param("region_name"))],
    }),
    row_link: Some(Link {
        service: Service::Rainbond,
        resource: "components",
        id: Source::Element("service_id"),
        params: &[("team_id", Source::Param("team_id")), ("region_name", Source::Param("region_name")), ("app_id", Source::Param("app_id"))],
    }),
    ..JobKind::BASE
};

/// CSE engine jobs (6.3.6), started by creating (6.3.3) or deleting (6.3.5) an engine: both
/// answer `{id, name, jobId}`, and the job is read with the engine's id and the job's
/// (`status` Init, Executing, Error, Timeout or Finished; its stages in `tasks`).
const CSE_ENGINE_JOB: JobKind = JobKind {
    key: "",
    service: Service::Cse,
    start: Start::One { id_path: "jobId" },
    poll_op: "cse.job.get",
    poll_params: &[("engine_id", Source::Element("id")), ("job_id", Source::JobId)],
    succeeded: &["Finished"],
    failed: &["Error", "Timeout"],
    steps: Some(Steps { list: "tasks", name: "taskName", status: "status", index: None }),
    ..JobKind::BASE
};

/// Creating a CSE engine: the finished job leads to the new engine.
pub static CSE_ENGINE_CREATE: JobKind = JobKind {
    key: "cse-engine-create",
    started_by: &["cse.engine.create"],
    result_path: Some("engineId"),
    result_label: crate::schema::Text::new("引擎", "Engine"),
    result_link: Some(Link { service: Service::Cse, resource: "engines", id: Source::Element("engineId"), params: &[] }),
    ..CSE_ENGINE_JOB
};

/// Deleting a CSE engine: nothing to open once it is done.
pub static CSE_ENGINE_DELETE: JobKind = JobKind { key: "cse-engine-delete", started_by: &["cse.engine.delete"], ..CSE_ENGINE_JOB };

pub static KINDS: &[&JobKind] =
    &[&SERVICESTAGE_JOB, &SERVICESTAGE_V2_DEPLOY, &SERVICESTAGE_V2_JOB, &IMS_JOB, &CBR_REPLICATION, &RAINBOND_COPY, &RAINBOND_INSTALL, &CSE_ENGINE_CREATE, &CSE_ENGINE_DELETE];

/// The first kind of a service (kept for callers that know only the service).
pub fn kind_for(service: Service) -> Option<&'static JobKind> {
    KINDS.iter().copied().find(|k| k.service == service)
}

pub fn kind_by_key(key: &str) -> Option<&'static JobKind> {
    KINDS.iter().copied().find(|k| k.key == key)
}

/// The kinds of jobs an answer of `decl` may start.
pub fn kinds_started_by(decl: &OperationDecl) -> impl Iterator<Item = &'static JobKind> + '_ {
    KINDS.iter().copied().filter(move |k| k.started_by(decl))
}

/// Where a job stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobState {
    Running { status: String },
    Succeeded { status: String },
    Failed { status: String, reason: Option<String> },
}

impl JobState {
    pub fn is_final(&self) -> bool {
        !matches!(self, JobState::Running { .. })
    }
}

/// The value at a dot-separated path; numeric segments index arrays.
pub fn at_path<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    if path.is_empty() {
        return Some(v);
    }
    path.split('.').try_fold(v, |cur, key| match (cur, key.parse::<usize>()) {
        (Value::Array(items), Ok(i)) => items.get(i),
        _ => cur.get(key),
    })
}

/// A scalar as text (ids are strings at some services, numbers at others).
pub fn text_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Reads the status of a whole-answer record (ServiceStage, IMS).
pub fn interpret(kind: &JobKind, answer: &Value) -> JobState {
    state_of(kind, answer)
}

fn state_of(kind: &JobKind, record: &Value) -> JobState {
    let status = at_path(record, kind.status_path).and_then(Value::as_str).unwrap_or("UNKNOWN").to_string();
    if kind.succeeded.iter().any(|s| s.eq_ignore_ascii_case(&status)) {
        JobState::Succeeded { status }
    } else if kind.failed.iter().any(|s| s.eq_ignore_ascii_case(&status)) {
        let reason = kind.reason_path.and_then(|p| at_path(record, p)).and_then(Value::as_str).map(str::to_string);
        JobState::Failed { status, reason }
    } else {
        JobState::Running { status }
    }
}

/// The job an answer names, for [`Start::One`] kinds.
pub fn job_id_in(kind: &JobKind, answer: &Value) -> Option<String> {
    match kind.start {
        Start::One { id_path } => at_path(answer, id_path).and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_string),
        _ => None,
    }
}

/// What the call that started a job sent: its parameters and body.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    pub params: &'a Map<String, Value>,
    pub body: Option<&'a Value>,
}

impl Origin<'_> {
    /// A value from the starting call or from `element` (a list item of the answer).
    pub fn resolve(&self, source: Source, job_id: &str, element: Option<&Value>) -> Option<Value> {
        match source {
            Source::JobId => Some(Value::String(job_id.to_string())),
            Source::Param(name) => self.params.get(name).cloned(),
            Source::Body(path) => self.body.and_then(|b| at_path(b, path)).cloned(),
            Source::Element(path) => element.and_then(|e| at_path(e, path)).cloned(),
        }
        .filter(|v| !v.is_null())
    }
}

/// A job found in a starting answer, with what polling it needs.
#[derive(Debug, Clone, PartialEq)]
pub struct StartedJob {
    pub id: String,
    /// The poll call's parameters besides the project.
    pub poll_params: Map<String, Value>,
    /// For [`Start::All`]: the ids of the things the job waits for.
    pub members: Vec<String>,
}

/// Every job of `kind` that an answer starts.
pub fn start_jobs(kind: &JobKind, origin: Origin, answer: &Value) -> Vec<StartedJob> {
    let params_for = |id: &str, element: Option<&Value>| -> Map<String, Value> {
        kind.poll_params
            .iter()
            .filter_map(|(name, source)| origin.resolve(*source, id, element).map(|v| (name.to_string(), v)))
            .collect()
    };
    match kind.start {
        Start::One { id_path } => text_of(at_path(answer, id_path))
            .map(|id| vec![StartedJob { poll_params: params_for(&id, Some(answer)), id, members: vec![] }])
            .unwrap_or_default(),
        Start::Each { list, id_field } => at_path(answer, list)
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .filter_map(|item| {
                        let id = text_of(item.get(id_field))?;
                        Some(StartedJob { poll_params: params_for(&id, Some(item)), id, members: vec![] })
                    })
                    .collect()
            })
            .unwrap_or_default(),
        Start::All { list, id_field } => {
            let members: Vec<String> = at_path(answer, list)
                .and_then(Value::as_array)
                .map(|items| items.iter().filter_map(|i| text_of(i.get(id_field))).collect())
                .unwrap_or_default();
            if members.is_empty() {
                return vec![];
            }
            // One id for the whole: the kind and the first member, unique per start.
            let id = format!("{}:{}", kind.key, members[0]);
            vec![StartedJob { poll_params: params_for(&id, None), id, members }]
        }
    }
}

/// What one poll says about a job.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub state: JobState,
    /// The service's error code, for a failed job.
    pub code: Option<String>,
    /// What a succeeded job produced (`result_path`).
    pub result: Option<String>,
    /// "2/3" for jobs over several members.
    pub progress: Option<String>,
    /// The finished record, for [`JobKind::result_link`].
    pub record: Option<Value>,
    /// The record's steps, in order ([`JobKind::steps`]).
    pub steps: Vec<Step>,
}

/// The steps `record` lists, ordered by their index where they have one.
pub fn steps_of(kind: &JobKind, record: &Value) -> Vec<Step> {
    let Some(decl) = kind.steps else { return vec![] };
    let Some(items) = at_path(record, decl.list).and_then(Value::as_array) else { return vec![] };
    let mut steps: Vec<(i64, Step)> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let name = text_of(at_path(item, decl.name))?;
            let status = text_of(at_path(item, decl.status)).unwrap_or_default();
            let index = decl.index.and_then(|p| at_path(item, p)).and_then(Value::as_i64).unwrap_or(i as i64);
            Some((index, Step { name, status }))
        })
        .collect();
    steps.sort_by_key(|(i, _)| *i);
    steps.into_iter().map(|(_, s)| s).collect()
}

/// Reads a poll answer for one job.
pub fn report(kind: &JobKind, job_id: &str, members: &[String], answer: &Value) -> Report {
    let single = |record: &Value| {
        let state = state_of(kind, record);
        let code = match state {
            JobState::Failed { .. } => text_of(kind.code_path.and_then(|p| at_path(record, p))),
            _ => None,
        };
        let result = match state {
            JobState::Succeeded { .. } => text_of(kind.result_path.and_then(|p| at_path(record, p))),
            _ => None,
        };
        let progress = match state {
            JobState::Running { .. } => text_of(at_path(record, "extra_info.progress").or_else(|| at_path(record, "entities.process_percent")))
                .map(|p| format!("{p}%")),
            _ => None,
        };
        Report { state, code, result, progress, steps: steps_of(kind, record), record: Some(record.clone()) }
    };
    match kind.record {
        Record::Whole => single(answer),
        Record::Find { list, id_field } => {
            let found = at_path(answer, list)
                .and_then(Value::as_array)
                .and_then(|items| items.iter().find(|i| text_of(i.get(id_field)).as_deref() == Some(job_id)));
            match found {
                Some(record) => single(record),
                None => Report {
                    state: JobState::Running { status: "UNKNOWN".into() },
                    code: None,
                    result: None,
                    progress: None,
                    record: None,
                    steps: vec![],
                },
            }
        }
        Record::Members { list, id_field } => {
            let items: Vec<&Value> = at_path(answer, list).and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default();
            let states: Vec<(JobState, &Value)> = members
                .iter()
                .map(|m| match items.iter().find(|i| text_of(i.get(id_field)).as_deref() == Some(m.as_str())) {
                    Some(item) => (state_of(kind, item), *item),
                    None => (JobState::Running { status: "creating".into() }, &Value::Null),
                })
                .collect();
            let done = states.iter().filter(|(s, _)| matches!(s, JobState::Succeeded { .. })).count();
            let progress = Some(format!("{done}/{}", members.len()));
            if let Some((JobState::Failed { status, reason }, item)) = states.iter().find(|(s, _)| matches!(s, JobState::Failed { .. })) {
                let name = text_of(item.get("service_cname")).or_else(|| text_of(item.get(id_field))).unwrap_or_default();
                let reason = Some(match reason {
                    Some(r) => format!("{name}: {r}"),
                    None => format!("{name}: {status}"),
                });
                return Report {
                    state: JobState::Failed { status: status.clone(), reason },
                    code: None,
                    result: None,
                    progress,
                    record: None,
                    steps: vec![],
                };
            }
            if done == members.len() && !members.is_empty() {
                let status = match &states[0].0 {
                    JobState::Succeeded { status } => status.clone(),
                    _ => "running".into(),
                };
                return Report { state: JobState::Succeeded { status }, code: None, result: None, progress, record: None, steps: vec![] };
            }
            // Still going: the least advanced member's status.
            let status = states
                .iter()
                .find_map(|(s, _)| match s {
                    JobState::Running { status } => Some(status.clone()),
                    _ => None,
                })
                .unwrap_or_else(|| "creating".into());
            Report { state: JobState::Running { status }, code: None, result: None, progress, record: None, steps: vec![] }
        }
    }
}

/// A console link's parts: the item id and the page's other parameters, resolved.
pub fn resolve_link(link: &Link, origin: Origin, job_id: &str, element: Option<&Value>) -> Option<(String, Vec<(&'static str, String)>)> {
    let id = text_of(origin.resolve(link.id, job_id, element).as_ref())?;
    let params = link
        .params
        .iter()
        .filter_map(|(name, source)| text_of(origin.resolve(*source, job_id, element).as_ref()).map(|v| (*name, v)))
        .collect();
    Some((id, params))
}

/// Milliseconds to wait before poll number `attempt` (0-based): 1 s, 2 s, 4 s, … up to 15 s.
pub fn next_delay_ms(attempt: u32) -> u32 {
    1000u32.saturating_mul(1 << attempt.min(4)).min(15_000)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn servicestage_job_steps_come_in_task_order() {
        let answer = json!({"job": {"execution_status": "RUNNING"}, "tasks": [
            {"task_name": "deploy", "task_status": "SUBMITTED", "task_index": 2},
            {"task_name": "prepare", "task_status": "SUCCEEDED", "task_index": 0},
            {"task_status": "RUNNING", "task_index": 1},
            {"task_name": "build", "task_status": null, "task_index": 1},
        ]});
        let r = report(&SERVICESTAGE_JOB, "j", &[], &answer);
        let steps: Vec<(&str, &str)> = r.steps.iter().map(|s| (s.name.as_str(), s.status.as_str())).collect();
        // A step without a name is left out; one without a status still shows.
        assert_eq!(steps, [("prepare", "SUCCEEDED"), ("build", ""), ("deploy", "SUBMITTED")]);
        // Kinds that declare no steps report none.
        assert!(report(&IMS_JOB, "j", &[], &json!({"status": "RUNNING", "tasks": answer["tasks"]})).steps.is_empty());
    }

    #[test]
    fn servicestage_jobs_reach_final_states() {
        assert_eq!(interpret(&SERVICESTAGE_JOB, &json!({"job": {"execution_status": "RUNNING"}})), JobState::Running { status: "RUNNING".into() });
        assert!(interpret(&SERVICESTAGE_JOB, &json!({"job": {"execution_status": "SUCCEEDED"}})).is_final());
        assert_eq!(
            interpret(&SERVICESTAGE_JOB, &json!({"job": {"execution_status": "FAILED"}})),
            JobState::Failed { status: "FAILED".into(), reason: None }
        );
        assert_eq!(interpret(&SERVICESTAGE_JOB, &json!({})), JobState::Running { status: "UNKNOWN".into() });
    }

    #[test]
    fn ims_failures_carry_the_reason() {
        let s = interpret(&IMS_JOB, &json!({"status": "FAIL", "fail_reason": "image is not private"}));
        assert_eq!(s, JobState::Failed { status: "FAIL".into(), reason: Some("image is not private".into()) });
        assert_eq!(job_id_in(&IMS_JOB, &json!({"job_id": "ff80"})), Some("ff80".into()));
        assert_eq!(job_id_in(&IMS_JOB, &json!({"job_id": ""})), None);
    }

    #[test]
    fn ims_success_names_the_new_image_and_links_it() {
        let params = Map::new();
        let origin = Origin { params: &params, body: None };
        let started = start_jobs(&IMS_JOB, origin, &json!({"job_id": "j1"}));
        assert_eq!(started.len(), 1);
        assert_eq!(started[0].poll_params, json!({"job_id": "j1"}).as_object().unwrap().clone());
        let answer = json!({"status": "SUCCESS", "entities": {"image_id": "new-img"}});
        let r = report(&IMS_JOB, "j1", &[], &answer);
        assert_eq!(r.result.as_deref(), Some("new-img"));
        let link = IMS_JOB.result_link.unwrap();
        assert_eq!(resolve_link(&link, origin, "j1", r.record.as_ref()), Some(("new-img".into(), vec![])));
        let failed = report(&IMS_JOB, "j1", &[], &json!({"status": "FAIL", "error_code": "IMS.0213", "fail_reason": "damaged"}));
        assert_eq!(failed.code.as_deref(), Some("IMS.0213"));
    }

    #[test]
    fn cbr_replication_tracks_one_record_per_backup() {
        let params = Map::new();
        let origin = Origin { params: &params, body: None };
        let answer = json!({"replication": {"backups": [
            {"backup_id": "b1", "replication_record_id": "r1"},
            {"backup_id": "b2", "replication_record_id": "r2"}
        ]}});
        let started = start_jobs(&CBR_REPLICATION, origin, &answer);
        assert_eq!(started.iter().map(|j| j.id.as_str()).collect::<Vec<_>>(), ["r1", "r2"]);
        assert_eq!(started[1].poll_params["backup_id"], "b2");
        let poll = json!({"backup": {"id": "b2", "replication_records": [
            {"id": "r0", "status": "available"},
            {"id": "r2", "status": "replicating", "extra_info": {"progress": 40}}
        ]}});
        let r = report(&CBR_REPLICATION, "r2", &[], &poll);
        assert_eq!(r.state, JobState::Running { status: "replicating".into() });
        assert_eq!(r.progress.as_deref(), Some("40%"));
        let poll = json!({"backup": {"replication_records": [
            {"id": "r2", "status": "error", "extra_info": {"fail_code": "BackupService.6315", "fail_reason": "full"}}
        ]}});
        let r = report(&CBR_REPLICATION, "r2", &[], &poll);
        assert_eq!(r.state, JobState::Failed { status: "error".into(), reason: Some("full".into()) });
        assert_eq!(r.code.as_deref(), Some("BackupService.6315"));
    }

    #[test]
    fn rainbond_copy_waits_for_every_component() {
        let params = json!({"team_id": "t", "region_name": "r", "app_id": "1"}).as_object().unwrap().clone();
        let body = json!({"target_team_name": "o19p6wen", "target_region_name": "rainbond", "target_app_id": 7});
        let origin = Origin { params: &params, body: Some(&body) };
        let answer = json!({"services": [{"service_id": "s1"}, {"service_id": "s2"}]});
        let started = start_jobs(&RAINBOND_COPY, origin, &answer);
        assert_eq!(started.len(), 1);
        assert_eq!(started[0].members, ["s1", "s2"]);
        assert_eq!(started[0].poll_params, json!({"team_id": "o19p6wen", "region_name": "rainbond", "app_id": 7}).as_object().unwrap().clone());
        let members = &started[0].members;
        let running = json!([{"service_id": "s1", "status": "running"}, {"service_id": "s2", "status": "deploying"}, {"service_id": "x", "status": "abnormal"}]);
        let r = report(&RAINBOND_COPY, &started[0].id, members, &running);
        assert_eq!((r.state, r.progress.as_deref()), (JobState::Running { status: "deploying".into() }, Some("1/2")));
        let failed = json!([{"service_id": "s1", "status": "running"}, {"service_id": "s2", "service_cname": "api", "status": "build_failed"}]);
        let r = report(&RAINBOND_COPY, &started[0].id, members, &failed);
        assert_eq!(r.state, JobState::Failed { status: "build_failed".into(), reason: Some("api: build_failed".into()) });
        let done = json!([{"service_id": "s1", "status": "running"}, {"service_id": "s2", "status": "running"}]);
        assert!(matches!(report(&RAINBOND_COPY, &started[0].id, members, &done).state, JobState::Succeeded { .. }));
        let row = json!({"service_id": "s2"});
        let link = RAINBOND_COPY.row_link.unwrap();
        let (id, p) = resolve_link(&link, origin, "", Some(&row)).unwrap();
        assert_eq!(id, "s2");
        assert_eq!(p, vec![("team_id", "o19p6wen".to_string()), ("region_name", "rainbond".to_string()), ("app_id", "7".to_string())]);
    }

    #[test]
    fn kinds_are_chosen_by_the_starting_operation() {
        use crate::catalog;
        let copy = catalog::operation("ims.image.copy").unwrap();
        assert_eq!(kinds_started_by(copy).map(|k| k.key).collect::<Vec<_>>(), ["ims"]);
        let job = catalog::operation("ims.job.get").unwrap();
        assert_eq!(kinds_started_by(job).count(), 0);
        for kind in KINDS {
            assert!(catalog::operation(kind.poll_op).is_some(), "{} polls an undeclared operation", kind.key);
            for id in kind.started_by {
                assert!(catalog::operation(id).is_some(), "{} is started by an undeclared operation", kind.key);
            }
            for link in [kind.result_link, kind.row_link].into_iter().flatten() {
                assert!(catalog::resource(link.service, link.resource).is_some(), "{} links to an unknown resource", kind.key);
            }
        }
    }

    #[test]
    fn cse_engine_jobs_are_read_with_the_engine_and_job_ids() {
        let params = Map::new();
        let origin = Origin { params: &params, body: None };
        let answer = json!({"id": "891bf21a-4024-4f47-b38c-bd259ca8f10a", "name": "test", "jobId": 17655});
        let started = start_jobs(&CSE_ENGINE_CREATE, origin, &answer);
        assert_eq!(started.len(), 1);
        assert_eq!(started[0].id, "17655");
        assert_eq!(started[0].poll_params, json!({"engine_id": "891bf21a-4024-4f47-b38c-bd259ca8f10a", "job_id": "17655"}).as_object().unwrap().clone());
        let running = json!({"id": 17655, "status": "Executing", "tasks": [{"taskName": "resourcePrepare", "status": "Finished"}, {"taskName": "deploy", "status": "Executing"}]});
        let r = report(&CSE_ENGINE_CREATE, "17655", &[], &running);
        assert_eq!(r.state, JobState::Running { status: "Executing".into() });
        assert_eq!(r.steps.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["resourcePrepare", "deploy"]);
        let done = json!({"id": 17655, "engineId": "891bf21a-4024-4f47-b38c-bd259ca8f10a", "status": "Finished"});
        let r = report(&CSE_ENGINE_CREATE, "17655", &[], &done);
        assert_eq!(r.result.as_deref(), Some("891bf21a-4024-4f47-b38c-bd259ca8f10a"));
        assert!(matches!(report(&CSE_ENGINE_DELETE, "1", &[], &json!({"status": "Timeout"})).state, JobState::Failed { .. }));
        let delete = catalog_op("cse.engine.delete");
        assert_eq!(kinds_started_by(delete).map(|k| k.key).collect::<Vec<_>>(), ["cse-engine-delete"]);
    }

    fn catalog_op(id: &str) -> &'static OperationDecl {
        crate::catalog::operation(id).unwrap()
    }

    #[test]
    fn polling_backs_off_and_caps() {
        let delays: Vec<u32> = (0..7).map(next_delay_ms).collect();
        assert_eq!(delays, vec![1000, 2000, 4000, 8000, 15000, 15000, 15000]);
    }
}
