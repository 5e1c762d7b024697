//! Guided forms: the steps in which a long body is filled in, as data next to the operations
//! they belong to. A generic stepped form (the console's `views::form::stepped`) reads them;
//! every other operation keeps the single form.
//!
//! A step names the body's top-level fields it shows. The step without fields (`rest`) takes
//! every field no other step names, so a field added to a body later is never lost; a review
//! step with the request preview always comes last.

use crate::schema::Text;

/// One step of a guided form.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    pub title: Text,
    /// Top-level body fields shown in this step, in this order.
    pub fields: &'static [&'static str],
    /// Takes the fields no other step names.
    pub rest: bool,
    /// A hook for a view that helps fill this step beyond its fields (the source step's
    /// repository pickers later); the console ignores names it does not know.
    pub helper: Option<&'static str>,
}

/// What sending a guided form does, shown on its review step.
#[derive(Debug, Clone, Copy)]
pub struct Guide {
    pub steps: &'static [Step],
    pub outcome: Text,
}

const fn step(zh: &'static str, en: &'static str, fields: &'static [&'static str]) -> Step {
    Step { title: Text::new(zh, en), fields, rest: false, helper: None }
}

/// Component create (4.3.1) and update (4.3.5): the order the cloud's own console asks in.
const COMPONENT_STEPS: &[Step] = &[
    step("基本信息", "Basics", &["name", "application_id", "environment_id", "version", "description", "labels", "enterprise_project_id"]),
    Step { helper: Some("repository"), ..step("来源", "Source", &["source", "build"]) },
    step("运行时与资源", "Runtime and resources", &["runtime_stack", "replica", "limit_cpu", "limit_memory", "request_cpu", "request_memory", "workload_kind"]),
    step("部署", "Deployment", &["deploy_strategy", "refer_resources", "envs", "storages", "external_accesses", "command", "swimlane_id"]),
    Step { rest: true, ..step("高级", "Advanced", &[]) },
];

const COMPONENT_CREATE: Guide = Guide {
    steps: COMPONENT_STEPS,
    outcome: Text::new(
        "发送后创建组件，并在所选环境中启动一个部署任务；任务进度显示在任务栏中，完成后组件变为运行中。",
        "Sending creates the component and starts a deployment job in the chosen environment; the job tray shows its progress, and the component is running once the job succeeds.",
    ),
};

const COMPONENT_UPDATE: Guide = Guide {
    steps: COMPONENT_STEPS,
    outcome: Text::new(
        "发送后保存组件的新设置，并启动一个部署任务按部署策略升级实例；任务进度显示在任务栏中。",
        "Sending saves the component's new settings and starts a deployment job that upgrades its instances by the deployment strategy; the job tray shows its progress.",
    ),
};

/// The guided form of an operation, if it has one.
pub fn guide(op: &str) -> Option<&'static Guide> {
    match op {
        "servicestage.component.create" => Some(&COMPONENT_CREATE),
        "servicestage.component.update" => Some(&COMPONENT_UPDATE),
        _ => None,
    }
}

impl Guide {
    /// The index of the step that shows a top-level field.
    pub fn step_of(&self, field: &str) -> Option<usize> {
        self.steps
            .iter()
            .position(|s| s.fields.contains(&field))
            .or_else(|| self.steps.iter().position(|s| s.rest))
    }
}
