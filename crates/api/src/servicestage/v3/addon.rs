//! Addons (document section 4.7): plug-ins installed into an environment's CCE cluster.
//!
//! Wire check against the service: none of Huawei's ServiceStage SDKs (go, python, java,
//! nodejs v3) and no Terraform resource models the addon operations, so there is no client
//! of the service to follow; the models follow the document. Where its tables and examples
//! differ (the shape of 4.7.4's answer, the spelling of SUCCEEDED), the service's current API
//! reference sides with the examples, and both spellings or shapes decode.
//! `crates/api/NOTES-sdk.md` lists every comparison.

use serde::{Deserialize, Serialize};

use crate::schema::Schema;

/// The addons the document knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "插件名称", en = "Addon name")]
pub enum AddonName {
    #[serde(rename = "sermantInjector")]
    #[schema(zh = "Sermant Injector插件（自动挂载Sermant Agent，接入未开启安全认证的ServiceComb引擎）",
        en = "Sermant Injector (mounts the Sermant Agent to join a ServiceComb engine without security authentication)")]
    SermantInjector,
}

/// Body of 4.7.1 (table 4-372).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建插件", en = "Create addon")]
pub struct AddonCreate {
    #[schema(zh = "CCE集群ID", en = "CCE cluster ID",
        help_zh = "环境所绑定的CCE集群ID，可通过根据环境ID查询环境纳管的资源或创建的资源获取。",
        help_en = "ID of the CCE cluster bound to the environment, from the environment's managed or created resources.",
        example = "02f9a523-cefe-11ee-afc1-0255ac100045")]
    pub cce_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务引擎ID", en = "CSE engine ID", required_if = "name=sermantInjector",
        help_zh = "环境绑定的微服务引擎ID，可通过根据环境ID查询环境纳管的资源或创建的资源获取。当name为“sermantInjector”时必选。",
        help_en = "ID of the microservice engine bound to the environment, from the environment's managed or created resources. Required when name is sermantInjector.",
        example = "b4e49ad5-5142-437d-8a6b-1de66b1af0db")]
    pub cse_id: Option<String>,
    #[schema(zh = "插件名称", en = "Addon name",
        help_zh = "sermantInjector：Sermant Injector插件，用于自动挂载Sermant Agent，接入未开启安全认证的ServiceComb引擎。",
        help_en = "sermantInjector: the Sermant Injector addon, which mounts the Sermant Agent to join a ServiceComb engine without security authentication.")]
    pub name: AddonName,
}

/// Answer of 4.7.1 (table 4-373).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "插件创建结果", en = "Addon created")]
pub struct AddonCreated {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务ID", en = "Job ID")]
    pub job_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "插件ID", en = "Addon ID")]
    pub id: Option<String>,
}

/// An addon as the service returns it (tables 4-377, 4-385).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "插件", en = "Addon")]
pub struct Addon {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "插件ID", en = "Addon ID", read_only)]
    pub id: Option<String>,
    /// Documented as a plain string in answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "插件名称", en = "Name", help_zh = "sermantInjector：Sermant Injector插件。", help_en = "sermantInjector: the Sermant Injector addon.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "插件版本", en = "Version")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "CCE集群ID", en = "CCE cluster ID", help_zh = "插件所绑定（安装所在）的CCE集群ID。", help_en = "The CCE cluster the addon is installed in.")]
    pub cce_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务引擎ID", en = "CSE engine ID", help_zh = "插件所绑定的CSE微服务引擎ID。", help_en = "The CSE microservice engine the addon is bound to.")]
    pub cse_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务ID", en = "Last job ID", help_zh = "插件执行的最后一个任务的ID。", help_en = "ID of the addon's latest job.")]
    pub job_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境ID", en = "Environment ID", help_zh = "插件所在的环境ID。", help_en = "The environment the addon belongs to.")]
    pub environment_id: Option<String>,
    /// Table 4-377 spells the success value `SUCCEDED`; table 4-385 and the example
    /// `SUCCEEDED`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "插件状态", en = "Status",
        help_zh = "INITIALIZING：初始化；UPGRADING：升级中；FAILED：失败；SUCCEEDED：成功；DELETING：删除中。",
        help_en = "INITIALIZING: initializing; UPGRADING: upgrading; FAILED: failed; SUCCEEDED: succeeded; DELETING: being deleted.")]
    pub status: Option<String>,
}

/// Answer of 4.7.2 (table 4-376).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "插件列表", en = "Addons")]
pub struct AddonList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "插件列表", en = "Addons")]
    pub addons: Option<Vec<Addon>>,
}

/// One addon's metadata (table 4-381).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "插件元数据", en = "Addon metadata")]
pub struct AddonMetadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "插件名称", en = "Name", help_zh = "sermantInjector：Sermant Injector插件。", help_en = "sermantInjector: the Sermant Injector addon.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "插件最新版本", en = "Latest version")]
    pub latest_version: Option<String>,
}

/// Answer of 4.7.3 (table 4-380).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "插件元数据列表", en = "Addon metadata list")]
pub struct AddonMetadataList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "插件版本信息", en = "Addons")]
    pub addons: Option<Vec<AddonMetadata>>,
}

/// Answer of 4.7.4. Table 4-384 wraps the addon in an `addons` array; the example answers
/// the addon itself. Both shapes decode: the addon's members at the top level, and `addons`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "插件详情", en = "Addon details")]
pub struct AddonDetail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "插件ID", en = "Addon ID", read_only)]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "插件名称", en = "Name", help_zh = "sermantInjector：Sermant Injector插件。", help_en = "sermantInjector: the Sermant Injector addon.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "插件版本", en = "Version")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "CCE集群ID", en = "CCE cluster ID", help_zh = "插件安装所在的CCE集群ID。", help_en = "The CCE cluster the addon is installed in.")]
    pub cce_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "微服务引擎ID", en = "CSE engine ID", help_zh = "插件安装所绑定的CSE微服务引擎ID。", help_en = "The CSE microservice engine the addon is bound to.")]
    pub cse_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务ID", en = "Job ID", help_zh = "插件执行的任务ID。", help_en = "ID of the addon's job.")]
    pub job_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境ID", en = "Environment ID", help_zh = "插件所在的环境ID。", help_en = "The environment the addon belongs to.")]
    pub environment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "插件状态", en = "Status",
        help_zh = "INITIALIZING：初始化；UPGRADING：升级中；FAILED：失败；SUCCEEDED：成功；DELETING：删除中。",
        help_en = "INITIALIZING: initializing; UPGRADING: upgrading; FAILED: failed; SUCCEEDED: succeeded; DELETING: being deleted.")]
    pub status: Option<String>,
    /// Table 4-384's shape.
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "插件信息", en = "Addons", help_zh = "表4-384中的包装形式：插件信息数组。", help_en = "The shape of table 4-384: the addon in an array.")]
    pub addons: Option<Vec<Addon>>,
}

/// What 4.7.5 does (table 4-388).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "插件任务类型", en = "Addon action")]
pub enum AddonAction {
    #[serde(rename = "restart")]
    #[schema(zh = "重新启动", en = "Restart")]
    Restart,
    #[serde(rename = "redeploy")]
    #[schema(zh = "重新部署", en = "Redeploy")]
    Redeploy,
}

/// Body of 4.7.5 (table 4-388).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "下发插件任务", en = "Run addon action")]
pub struct AddonActionBody {
    #[schema(zh = "插件任务类型", en = "Action",
        help_zh = "restart：重新启动；redeploy：重新部署。", help_en = "restart: restart the addon; redeploy: deploy it again.")]
    pub action: AddonAction,
}

/// Answer of 4.7.5 and 4.7.6 (tables 4-389, 4-392).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "插件任务", en = "Addon job")]
pub struct AddonJob {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务ID", en = "Job ID")]
    pub job_id: Option<String>,
}

/// Path parameters of the operations on an environment's addons.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct AddonEnvironmentPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "环境ID", en = "Environment ID", choices = "servicestage.environment.list|environments|id|name", help_zh = "环境ID，可通过获取所有环境获取。", help_en = "ID of the environment, as listed by 'List environments'.")]
    pub environment_id: String,
}

/// Path parameters of the operations on one addon.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct AddonPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "环境ID", en = "Environment ID", choices = "servicestage.environment.list|environments|id|name", help_zh = "环境ID，可通过获取所有环境获取。", help_en = "ID of the environment, as listed by 'List environments'.")]
    pub environment_id: String,
    #[schema(path, zh = "插件ID", en = "Addon ID", choices = "servicestage.addon.list?environment_id=environment_id|addons|id|name", help_zh = "插件ID，可通过查询插件列表获取。", help_en = "ID of the addon, as listed by 'List addons'.")]
    pub addon_id: String,
}

crate::operations! {
    service: ServiceStage;

    /// 4.7.1 创建插件.
    CreateAddonOp {
        doc_ref: "servicestage:4.7.1",
        id: "servicestage.addon.create",
        title: ("创建插件", "Create an addon"),
        Post "/v3/{project_id}/cas/environments/{environment_id}/addons",
        kind: Create,
        params: AddonEnvironmentPath,
        body: AddonCreate,
        response: AddonCreated,
        status: 200,
    }

    /// 4.7.2 查询插件列表.
    ListAddonsOp {
        doc_ref: "servicestage:4.7.2",
        id: "servicestage.addon.list",
        title: ("查询插件列表", "List addons"),
        Get "/v3/{project_id}/cas/environments/{environment_id}/addons",
        kind: List,
        params: AddonEnvironmentPath,
        response: AddonList,
        status: 200,
    }

    /// 4.7.3 查询插件元数据信息.
    ListAddonMetadataOp {
        doc_ref: "servicestage:4.7.3",
        id: "servicestage.addon.metadata",
        title: ("查询插件元数据信息", "Get addon metadata"),
        Get "/v3/{project_id}/cas/environments/{environment_id}/addons-metadata",
        kind: Action,
        params: AddonEnvironmentPath,
        response: AddonMetadataList,
        status: 200,
    }

    /// 4.7.4 根据插件 ID 查询插件详情.
    GetAddonOp {
        doc_ref: "servicestage:4.7.4",
        id: "servicestage.addon.get",
        title: ("根据插件ID查询插件详情", "Get an addon"),
        Get "/v3/{project_id}/cas/environments/{environment_id}/addons/{addon_id}",
        kind: Get,
        params: AddonPath,
        response: AddonDetail,
        status: 200,
    }

    /// 4.7.5 根据插件 ID 下发插件任务.
    AddonActionOp {
        doc_ref: "servicestage:4.7.5",
        id: "servicestage.addon.action",
        title: ("根据插件ID下发插件任务", "Run an addon action"),
        Post "/v3/{project_id}/cas/environments/{environment_id}/addons/{addon_id}/action",
        kind: Action,
        params: AddonPath,
        body: AddonActionBody,
        response: AddonJob,
        status: 200,
    }

    /// 4.7.6 根据插件 ID 删除插件: answers 200 with the deletion job.
    DeleteAddonOp {
        doc_ref: "servicestage:4.7.6",
        id: "servicestage.addon.delete",
        title: ("根据插件ID删除插件", "Delete an addon"),
        Delete "/v3/{project_id}/cas/environments/{environment_id}/addons/{addon_id}",
        kind: Delete,
        params: AddonPath,
        response: AddonJob,
        status: 200,
    }
}
