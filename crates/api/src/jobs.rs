//! Asynchronous jobs: which operation reads a job's state, how to read it, and how often to
//! ask. Pure data and functions; the console drives the polling with its own timer.

use serde_json::Value;

use crate::operation::Service;

/// How one service reports a job.
#[derive(Debug)]
pub struct JobKind {
    pub service: Service,
    /// Id of the operation that reads a job (`catalog::operation`).
    pub poll_op: &'static str,
    /// Its path parameter carrying the job id.
    pub id_param: &'static str,
    /// The answer field, in the operation that starts a job, that names the job.
    pub answer_field: &'static str,
    /// Dot-separated path of the status in the poll answer.
    pub status_path: &'static str,
    pub succeeded: &'static [&'static str],
    pub failed: &'static [&'static str],
    /// Dot-separated path of a failure reason, when the service gives one.
    pub reason_path: Option<&'static str>,
}

/// ServiceStage deploy jobs (4.6.1): `job.execution_status`.
pub static SERVICESTAGE_JOB: JobKind = JobKind {
    service: Service::ServiceStage,
    poll_op: "servicestage.job.get",
    id_param: "job_id",
    answer_field: "job_id",
    status_path: "job.execution_status",
    succeeded: &["SUCCEEDED", "SUCCESS"],
    failed: &["FAILED", "FAIL", "TIMEOUT", "CANCELED", "CANCELLED"],
    reason_path: None,
};

/// IMS asynchronous jobs (image copy): `status` SUCCESS / FAIL / RUNNING / INIT.
pub static IMS_JOB: JobKind = JobKind {
    service: Service::Ims,
    poll_op: "ims.job.get",
    id_param: "job_id",
    answer_field: "job_id",
    status_path: "status",
    succeeded: &["SUCCESS"],
    failed: &["FAIL"],
    reason_path: Some("fail_reason"),
};

pub static KINDS: &[&JobKind] = &[&SERVICESTAGE_JOB, &IMS_JOB];

pub fn kind_for(service: Service) -> Option<&'static JobKind> {
    KINDS.iter().copied().find(|k| k.service == service)
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

/// The value at a dot-separated path.
pub fn at_path<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |cur, key| cur.get(key))
}

/// Reads a poll answer.
pub fn interpret(kind: &JobKind, answer: &Value) -> JobState {
    let status = at_path(answer, kind.status_path).and_then(Value::as_str).unwrap_or("UNKNOWN").to_string();
    if kind.succeeded.iter().any(|s| s.eq_ignore_ascii_case(&status)) {
        JobState::Succeeded { status }
    } else if kind.failed.iter().any(|s| s.eq_ignore_ascii_case(&status)) {
        let reason = kind.reason_path.and_then(|p| at_path(answer, p)).and_then(Value::as_str).map(str::to_string);
        JobState::Failed { status, reason }
    } else {
        JobState::Running { status }
    }
}

/// The job an answer names, if any.
pub fn job_id_in(kind: &JobKind, answer: &Value) -> Option<String> {
    answer.get(kind.answer_field).and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_string)
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
    fn polling_backs_off_and_caps() {
        let delays: Vec<u32> = (0..7).map(next_delay_ms).collect();
        assert_eq!(delays, vec![1000, 2000, 4000, 8000, 15000, 15000, 15000]);
    }
}
