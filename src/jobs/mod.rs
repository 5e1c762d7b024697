//! The jobs the console follows: every asynchronous job started from anywhere in the console,
//! as the job tray lists it, kept in `localStorage` so it survives a reload. Nothing secret is
//! kept: only the poll call's parameters.
//!
//! - [`tracking`]: starting to follow a job from an answer, and polling it until it ends.

pub mod tracking;

use opsdeck_api::jobs::{self, JobKind};
use opsdeck_api::{catalog, Lang, Service};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

const STORAGE_KEY: &str = "opsdeck.jobs";
/// At most this many jobs are kept; the oldest finished ones go first.
pub(crate) const KEEP: usize = 30;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Running,
    Succeeded,
    Failed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrackedJob {
    pub service: String,
    pub job_id: String,
    pub project_id: String,
    /// The operation that started it, for the title.
    pub op_id: String,
    /// The page of the resource it concerns.
    pub link: Option<String>,
    pub started_ms: f64,
    pub phase: Phase,
    /// The service's own status word (RUNNING, SUCCEEDED, …).
    pub status: String,
    pub reason: Option<String>,
    #[serde(default)]
    pub attempts: u32,
    /// `JobKind::key` (jobs stored before kinds had keys follow their service's first kind).
    #[serde(default)]
    pub kind: String,
    /// The poll call's parameters besides the project.
    #[serde(default)]
    pub poll_params: Map<String, Value>,
    /// What the job waits for, when it waits for several things.
    #[serde(default)]
    pub members: Vec<String>,
    /// How far it is ("40%", "2/3").
    #[serde(default)]
    pub progress: Option<String>,
    /// The service's error code of a failed job.
    #[serde(default)]
    pub code: Option<String>,
    /// What a succeeded job produced (the new image's id), and its page.
    #[serde(default)]
    pub result: Option<String>,
    #[serde(default)]
    pub result_href: Option<String>,
    /// A short label telling jobs of one start apart (the backup a record replicates).
    #[serde(default)]
    pub subject: Option<String>,
    /// What the job does, as the page that started it said it (zh, en): "Scale mall-api to 3
    /// replicas".
    #[serde(default)]
    pub name: Option<(String, String)>,
    /// The steps the service lists (a deploy's prepare, build, deploy), as last polled.
    #[serde(default)]
    pub steps: Vec<opsdeck_api::jobs::Step>,
}

impl TrackedJob {
    pub fn title(&self, lang: Lang) -> String {
        if let Some((zh, en)) = &self.name {
            return if lang == Lang::Zh { zh.clone() } else { en.clone() };
        }
        catalog::operation(&self.op_id).map(|o| o.title().get(lang).to_string()).unwrap_or_else(|| self.op_id.clone())
    }

    pub(crate) fn kind(&self) -> Option<&'static JobKind> {
        jobs::kind_by_key(&self.kind).or_else(|| Service::from_key(&self.service).and_then(jobs::kind_for))
    }
}

/// Whether jobs from an earlier visit are stored (without reading them: their decoding and
/// the polling are in a chunk the shell loads only then, see [`tracking::restore`]).
pub fn stored() -> bool {
    crate::storage::storage(true).and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).is_some_and(|text| text != "[]")
}


pub(crate) fn save(jobs: &[TrackedJob]) {
    crate::storage::save(true, STORAGE_KEY, &jobs);
}

