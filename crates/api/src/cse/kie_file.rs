//! Importing and exporting an engine's configuration key-values as one JSON file (6.2.1,
//! 6.2.2). Both go to the regional CSE endpoint with the engine named in the `x-engine-id`
//! header; the file the export answers is the file the import takes (`{"data": [...]}`).
//!
//! Wire check: SDK `UploadKieRequest` / `UploadKieRequestBody` (part `upload_file`) /
//! `UploadKieResponse` (`success` of `GetKieConfigs`, `failure` of `DocFailedOfUpload`),
//! `DownloadKieRequest` / `DownloadKieReqBody` / `DownloadKieResponse` (go-v3
//! `services/cse/v1/model`, python-v3 `huaweicloudsdkcse/v1/model`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::schema::Schema;

/// `label` of both operations: `key:value`.
pub const KIE_LABEL_PATTERN: &str = "^[^:]+:.*$";

/// What 6.2.1 does with a key-value that exists already (same key and labels).
// document and service (SDK UploadKieRequestOverride: force, abort, skip) agree.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "重复配置处理方式", en = "When a key-value exists")]
pub enum KieOverride {
    #[serde(rename = "force")]
    #[schema(zh = "强制导入：覆盖重复项", en = "Force: the imported value replaces the existing one")]
    Force,
    #[default]
    #[serde(rename = "skip")]
    #[schema(zh = "跳过导入：跳过重复项", en = "Skip: existing key-values are kept, the duplicates are not imported")]
    Skip,
    #[serde(rename = "abort")]
    #[schema(zh = "终止导入：遇到重复项即停止导入", en = "Abort: the import stops at the first duplicate")]
    Abort,
}

/// `match` of 6.2.2.
// document and service (SDK DownloadKieRequestMatch: exact) agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "标签匹配方式", en = "Label match")]
pub enum KieMatch {
    #[serde(rename = "exact")]
    #[schema(zh = "严格匹配：标签个数和内容都相等", en = "Exact: the same labels, no more and no fewer")]
    Exact,
}

/// Parameters of 6.2.1.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct KieImportParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    /// The document's example writes it as a path segment (`/kie/file/override=force`); the
    /// table and the SDK have it in the query, as it is sent here.
    #[serde(rename = "override")]
    #[schema(query, zh = "重复配置处理方式", en = "When a key-value exists",
        help_zh = "force：强制导入，覆盖重复项；skip：跳过重复项；abort：遇到重复项时停止导入。",
        help_en = "force: the imported value replaces an existing one; skip: existing key-values are kept; abort: the import stops at the first duplicate.")]
    pub override_: KieOverride,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "导入标签", en = "Label", pattern = "^[^:]+:.*$",
        help_zh = "给导入的每个配置项加上此标签，格式为“标签key:标签value”，例如 environment:production。不填时使用文件中各配置项自己的标签。",
        help_en = "A label given to every imported key-value, written key:value, e.g. environment:production. Left empty, each key-value keeps the labels the file gives it.",
        example = "environment:production")]
    pub label: Option<String>,
    #[serde(rename = "x-engine-id")]
    #[schema(header, zh = "微服务引擎", en = "Engine", choices = "cse.engine.list|data|id|name",
        help_zh = "导入配置的目标引擎ID（2.x版本的引擎）。", help_en = "ID of the engine (version 2.x) the key-values are imported into.")]
    pub engine_id: String,
    #[serde(rename = "X-Enterprise-Project-ID", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name",
        help_zh = "引擎所属的企业项目。不填时为默认企业项目（ID为0）。", help_en = "Enterprise project of the engine; the default project (ID 0) when left empty.")]
    pub enterprise_project_id: Option<String>,
}

/// Form of 6.2.1, sent as `multipart/form-data`.
// document and service (SDK UploadKieRequestBody: the file part `upload_file`) agree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "导入配置", en = "Import key-values")]
pub struct KieImportForm {
    #[schema(zh = "配置文件", en = "File",
        help_zh = "以 .json 结尾的文件，内容形如 {\"data\": [{\"key\": \"timeout\", \"value\": \"30\", \"labels\": {\"app\": \"mall\"}, \"status\": \"enabled\", \"value_type\": \"text\"}]}。导出配置得到的文件可以直接导入。",
        help_en = "A file whose name ends in .json, holding {\"data\": [{\"key\": \"timeout\", \"value\": \"30\", \"labels\": {\"app\": \"mall\"}, \"status\": \"enabled\", \"value_type\": \"text\"}]}. A file made by the export can be imported as it is.")]
    pub upload_file: String,
}

/// An imported key-value as 6.2.1 answers it (KVDoc).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "配置项", en = "Key-value")]
pub struct KvDoc {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置ID", en = "ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置键", en = "Key")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置值", en = "Value")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "值类型", en = "Value type", help_zh = "例如 text、json、yaml、properties。", help_en = "For example text, json, yaml or properties.")]
    pub value_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status", help_zh = "enabled：启用；disabled：禁用。", help_en = "enabled or disabled.")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", help_zh = "Unix时间，单位秒。", help_en = "Unix time in seconds.")]
    pub create_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "更新时间", en = "Updated", help_zh = "Unix时间，单位秒。", help_en = "Unix time in seconds.")]
    pub update_time: Option<i64>,
    // document: create_version (table), create_revision (example); service (SDK GetKieConfigs): create_revision.
    #[serde(default, alias = "create_version", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时的版本号", en = "Revision at creation")]
    pub create_revision: Option<i64>,
    // document: update_version (table), update_revision (example); service (SDK GetKieConfigs): update_revision.
    #[serde(default, alias = "update_version", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "更新时的版本号", en = "Revision at last update")]
    pub update_revision: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Labels")]
    pub labels: Option<BTreeMap<String, String>>,
}

/// A key-value 6.2.1 did not import, and why (DocFailedOfUpload).
// document and service (SDK DocFailedOfUpload: key, labels, error_code, error_message) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "导入失败的配置项", en = "Key-value not imported")]
pub struct KvUploadFailure {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置键", en = "Key")]
    pub key: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Labels")]
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "错误码", en = "Error code")]
    pub error_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "错误信息", en = "Error message")]
    pub error_message: Option<String>,
}

/// Answer of 6.2.1.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "导入结果", en = "Import result")]
pub struct KieImportResult {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "导入成功", en = "Imported")]
    pub success: Option<Vec<KvDoc>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "导入失败", en = "Not imported")]
    pub failure: Option<Vec<KvUploadFailure>>,
}

/// Parameters of 6.2.2.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct KieExportParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "按标签导出", en = "Label", pattern = "^[^:]+:.*$",
        help_zh = "只导出带有此标签的配置项，格式为“标签key:标签value”，例如 app:mall。", help_en = "Only key-values with this label, written key:value, e.g. app:mall.",
        example = "app:mall")]
    pub label: Option<String>,
    #[serde(rename = "match", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "标签匹配方式", en = "Label match",
        help_zh = "exact：配置项的标签与指定标签完全相同（个数和内容都相等）；不填：配置项的标签包含指定标签即可。",
        help_en = "exact: the key-value's labels are exactly the given ones; left empty: its labels include the given one.")]
    pub match_: Option<KieMatch>,
    #[serde(rename = "x-engine-id")]
    #[schema(header, zh = "微服务引擎", en = "Engine", choices = "cse.engine.list|data|id|name",
        help_zh = "导出配置的引擎ID（2.x版本的引擎）。", help_en = "ID of the engine (version 2.x) whose key-values are exported.")]
    pub engine_id: String,
    #[serde(rename = "X-Enterprise-Project-ID", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name",
        help_zh = "引擎所属的企业项目。不填时为默认企业项目（ID为0）。", help_en = "Enterprise project of the engine; the default project (ID 0) when left empty.")]
    pub enterprise_project_id: Option<String>,
}

/// Body of 6.2.2.
// document and service (SDK DownloadKieReqBody: ids, required) agree; an empty list is sent
// as `[]`, which means every key-value.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "导出配置", en = "Export key-values")]
pub struct KieExportBody {
    #[schema(zh = "配置项ID", en = "Key-value IDs", min_items = 0,
        help_zh = "要导出的配置项ID列表；留空（空列表）表示导出全部配置项。", help_en = "IDs of the key-values to export; an empty list exports all of them.")]
    pub ids: Vec<String>,
}

/// `metadata` of the export.
// document and service (SDK DownloadKieResponseBodyMetadata: version, annotations) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "导出信息", en = "Export metadata")]
pub struct KieExportMetadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Version")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "附加信息", en = "Annotations")]
    pub annotations: Option<serde_json::Value>,
}

/// An exported key-value (KVCreateBody): what 6.2.1 imports.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "配置项", en = "Key-value")]
pub struct KvExported {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置ID", en = "ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置键", en = "Key")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置值", en = "Value")]
    pub value: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Labels")]
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status", help_zh = "enabled：启用；disabled：禁用。", help_en = "enabled or disabled.")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "值类型", en = "Value type")]
    pub value_type: Option<String>,
}

/// Answer of 6.2.2: a file 6.2.1 can import.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "导出的配置", en = "Exported key-values")]
pub struct KieExport {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "导出信息", en = "Metadata")]
    pub metadata: Option<KieExportMetadata>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置项", en = "Key-values")]
    pub data: Option<Vec<KvExported>>,
}
