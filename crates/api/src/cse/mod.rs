//! CSE (Cloud Service Engine) on its regional endpoint: exclusive microservice engines and
//! their jobs (6.3.1–6.3.6), and the import and export of an engine's configuration
//! key-values as a file (6.2.1, 6.2.2). The engines' own registries and configuration centers
//! (chapter 7) are another service (`Service::ServiceComb`), reached at each engine's address.
//!
//! Error answers come in two shapes: `{"error_code", "error_message", "detail"}` for the
//! import and export, `{"errorCode", "errorMessage", "detail"}` for the engines
//! (`crate::error::ApiError` reads both).

pub mod engines;
pub mod kie_file;
pub mod metric;

pub use engines::*;
pub use kie_file::*;

use crate::operation::{Operation, OperationDecl, Service};
use crate::resource::{ActionDecl, ActionForm, Paging, ResourceDecl, StatusDecl, Tone};
use crate::schema::Text;

crate::operations! {
    service: Cse;

    /// 6.2.1 导入配置: a `.json` file of key-values as `multipart/form-data`, into a 2.x engine.
    ImportKieOp {
        doc_ref: "servicestage:6.2.1",
        id: "cse.kie.import",
        title: ("导入配置", "Import key-values"),
        Post "/v1/{project_id}/kie/file",
        kind: Action,
        params: KieImportParams,
        body: KieImportForm,
        response: KieImportResult,
        status: 200,
        content_type: "multipart/form-data",
    }

    /// 6.2.2 导出配置: the key-values of a 2.x engine, as the file 6.2.1 imports.
    ExportKieOp {
        doc_ref: "servicestage:6.2.2",
        id: "cse.kie.export",
        title: ("导出配置", "Export key-values"),
        Post "/v1/{project_id}/kie/download",
        kind: Action,
        params: KieExportParams,
        body: KieExportBody,
        response: KieExport,
        status: 200,
    }

    /// 6.3.1 查询微服务引擎专享版支持规格: the flavors a new engine can have.
    ListEngineFlavorsOp {
        doc_ref: "servicestage:6.3.1",
        id: "cse.flavor.list",
        title: ("查询微服务引擎专享版支持规格", "List engine flavors"),
        Get "/v2/{project_id}/enginemgr/flavors",
        kind: List,
        params: FlavorListParams,
        response: EngineFlavorList,
        status: 200,
    }

    /// 6.3.2 查询微服务引擎专享版列表.
    ListEnginesOp {
        doc_ref: "servicestage:6.3.2",
        id: "cse.engine.list",
        title: ("查询微服务引擎专享版列表", "List engines"),
        Get "/v2/{project_id}/enginemgr/engines",
        kind: List,
        params: EngineListParams,
        response: EngineList,
        status: 200,
    }

    /// 6.3.3 创建微服务引擎专享版 (asynchronous: answers a `jobId`, followed with 6.3.6).
    CreateEngineOp {
        doc_ref: "servicestage:6.3.3",
        id: "cse.engine.create",
        title: ("创建微服务引擎专享版", "Create an engine"),
        Post "/v2/{project_id}/enginemgr/engines",
        kind: Create,
        params: EngineCreateParams,
        body: EngineCreate,
        response: EngineJobRef,
        status: 200,
    }

    /// 6.3.4 查询微服务引擎专享版详情: also where the engine's registry and configuration
    /// center addresses are.
    GetEngineOp {
        doc_ref: "servicestage:6.3.4",
        id: "cse.engine.get",
        title: ("查询微服务引擎专享版详情", "Get an engine"),
        Get "/v2/{project_id}/enginemgr/engines/{engine_id}",
        kind: Get,
        params: EnginePath,
        response: EngineDetail,
        status: 200,
    }

    /// 6.3.5 删除微服务引擎专享版 (asynchronous: 200 with a `jobId`).
    DeleteEngineOp {
        doc_ref: "servicestage:6.3.5",
        id: "cse.engine.delete",
        title: ("删除微服务引擎专享版", "Delete an engine"),
        Delete "/v2/{project_id}/enginemgr/engines/{engine_id}",
        kind: Delete,
        params: EnginePath,
        response: EngineJobRef,
        status: 200,
    }

    /// 6.3.6 查询微服务引擎专享版任务详情: follows creation and deletion.
    GetEngineJobOp {
        doc_ref: "servicestage:6.3.6",
        id: "cse.job.get",
        title: ("查询微服务引擎专享版任务详情", "Get an engine job"),
        Get "/v2/{project_id}/enginemgr/engines/{engine_id}/jobs/{job_id}",
        kind: Get,
        params: EngineJobPath,
        response: EngineJob,
        status: 200,
    }
}

const fn op<O: Operation>() -> &'static OperationDecl {
    O::DECL
}

/// Engine states (SDK EngineSimpleInfoStatus) and their look.
const ENGINE_STATES: &[(&str, Text, Tone)] = &[
    ("Available", Text::new("可用", "Available"), Tone::Healthy),
    ("Creating", Text::new("创建中", "Creating"), Tone::Progress),
    ("Deleting", Text::new("删除中", "Deleting"), Tone::Progress),
    ("Upgrading", Text::new("升级中", "Upgrading"), Tone::Progress),
    ("Modifying", Text::new("变更中", "Modifying"), Tone::Progress),
    ("Unavailable", Text::new("不可用", "Unavailable"), Tone::Failed),
    ("CreateFailed", Text::new("创建失败", "Creation failed"), Tone::Failed),
    ("DeleteFailed", Text::new("删除失败", "Deletion failed"), Tone::Failed),
    ("UpgradeFailed", Text::new("升级失败", "Upgrade failed"), Tone::Failed),
    ("ModifyFailed", Text::new("变更失败", "Change failed"), Tone::Failed),
    ("Freezed", Text::new("已冻结", "Frozen"), Tone::Stopped),
    ("Deleted", Text::new("已删除", "Deleted"), Tone::Stopped),
];

/// Exclusive microservice engines: listed, created (a job), opened, deleted (a job); their
/// configuration key-values are exported and imported from an engine's page (the engine goes
/// in the `x-engine-id` header).
pub static ENGINES: ResourceDecl = ResourceDecl {
    key: "engines",
    service: Service::Cse,
    title: Text::new("微服务引擎", "Microservice engines"),
    singular: Text::new("微服务引擎", "Engine"),
    id_param: "engine_id",
    items_field: "data",
    count_field: Some("total"),
    columns: &["name", "status", "flavor", "specType", "version", "authType", "createTime"],
    filters: &[crate::resource::Filter { param: "type", field: "type" }],
    paging: Paging::LimitOffset { limit: "limit", offset: "offset", max_limit: 100 },
    list: Some(op::<ListEnginesOp>()),
    create: Some(op::<CreateEngineOp>()),
    get: Some(op::<GetEngineOp>()),
    delete: Some(op::<DeleteEngineOp>()),
    actions: &[
        ActionDecl {
            form: ActionForm::Body,
            item_params: &[("x-engine-id", "id")],
            job: Text::new("导出{name}的配置", "Export the key-values of {name}"),
            ..ActionDecl::new("export-kie", Text::new("导出配置", "Export key-values"), op::<ExportKieOp>())
        },
        ActionDecl {
            form: ActionForm::Body,
            item_params: &[("x-engine-id", "id")],
            job: Text::new("向{name}导入配置", "Import key-values into {name}"),
            ..ActionDecl::new("import-kie", Text::new("导入配置", "Import key-values"), op::<ImportKieOp>())
        },
    ],
    status: Some(StatusDecl { field: "status", states: ENGINE_STATES }),
    ..ResourceDecl::BLANK
};
