//! ServiceComb KIE, the configuration center of an exclusive engine (7.7.1–7.7.6), and the
//! legacy configuration-item query of the same address (12.3).
//!
//! Wire check: Apache ServiceComb KIE (`pkg/model`: `KVDoc`, `KVRequest`, `UpdateKVRequest`,
//! `KVResponse`, `DeleteBody`; `pkg/validator` rules: key, labels, value type, status) and
//! huaweicloud-sdk-go-v3 `services/cse` (`KieRequest`, `KieInfo`). The document's tables wrap
//! an answer in `kie` and spell `create_version`/`update_version` with text times; its
//! examples, KIE and the SDK answer the document flat, with `create_revision`/`update_revision`
//! and integer times: that is what is modelled, the table's names decode too.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lenient::Open;
use crate::schema::Schema;

/// Keys (the document's rule): letters, digits and `- _ . : [ ]`.
pub const KEY_PATTERN: &str = "^[a-zA-Z0-9_.:\\[\\]-]+$";
/// `label` filters: `key:value`.
pub const LABEL_FILTER_PATTERN: &str = "^[^:]+:.*$";

/// The format of a value.
// document: text, yaml, json, properties, ini, xml; KIE (`valueType`) agrees.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "值类型", en = "Value type")]
pub enum ValueType {
    #[default]
    #[serde(rename = "text")]
    #[schema(zh = "文本", en = "Text")]
    Text,
    #[serde(rename = "yaml")]
    #[schema(zh = "YAML", en = "YAML")]
    Yaml,
    #[serde(rename = "json")]
    #[schema(zh = "JSON", en = "JSON")]
    Json,
    #[serde(rename = "properties")]
    #[schema(zh = "Properties", en = "Properties")]
    Properties,
    #[serde(rename = "ini")]
    #[schema(zh = "INI", en = "INI")]
    Ini,
    #[serde(rename = "xml")]
    #[schema(zh = "XML", en = "XML")]
    Xml,
}

/// Whether a key-value is in force.
// document: a plain String ("enabled" in the examples); KIE (`kvStatus`): enabled|disabled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "配置状态", en = "Status")]
pub enum KvStatus {
    #[default]
    #[serde(rename = "enabled")]
    #[schema(zh = "启用", en = "Enabled")]
    Enabled,
    #[serde(rename = "disabled")]
    #[schema(zh = "禁用", en = "Disabled")]
    Disabled,
}

/// `match` of 7.7.4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "标签匹配方式", en = "Label match")]
pub enum KvMatch {
    #[serde(rename = "exact")]
    #[schema(zh = "严格匹配：标签个数和内容都相等", en = "Exact: the same labels, no more and no fewer")]
    Exact,
}

/// `x-environment` of 12.3.
// document: development, testing, acceptance, production; anything else counts as empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "环境", en = "Environment")]
pub enum ConfigEnvironment {
    #[serde(rename = "development")]
    #[schema(zh = "开发环境", en = "Development")]
    Development,
    #[serde(rename = "testing")]
    #[schema(zh = "测试环境", en = "Testing")]
    Testing,
    #[serde(rename = "acceptance")]
    #[schema(zh = "验收环境", en = "Acceptance")]
    Acceptance,
    #[serde(rename = "production")]
    #[schema(zh = "生产环境", en = "Production")]
    Production,
}

/// Parameters of 7.7.1 and 7.7.6.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct KieParams {
    // document: a fixed default for KIE.
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "固定填 default。", help_en = "Always default.")]
    pub project_id: String,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret,
        help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.7.2, 7.7.3 and 7.7.5.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct KvPathParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "固定填 default。", help_en = "Always default.")]
    pub project_id: String,
    #[schema(path, zh = "配置ID", en = "Key-value ID", min_len = 1, max_len = 64, choices = "kie.kv.list|data|id|key",
        help_zh = "配置项的ID，通过查询配置列表获得。", help_en = "The key-value's ID, from the list.")]
    pub kv_id: String,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret,
        help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Parameters of 7.7.4.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct KvListParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "固定填 default。", help_en = "Always default.")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "标签", en = "Label", pattern = "^[^:]+:.*$", example = "app:mall",
        help_zh = "只列出带有此标签的配置项，格式为“标签key:标签value”，例如 app:mall。", help_en = "Only key-values with this label, written key:value, e.g. app:mall.")]
    pub label: Option<String>,
    #[serde(rename = "match", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "标签匹配方式", en = "Label match",
        help_zh = "exact：配置项的标签与指定标签完全相同；不填：配置项的标签包含指定标签即可。", help_en = "exact: the key-value's labels are exactly the given one; left empty: its labels include it.")]
    pub match_: Option<KvMatch>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "配置版本号", en = "Revision", min = 0.0,
        help_zh = "本地缓存的配置版本号：首次填 0；与配置中心当前版本相同时返回 304 且没有内容。", help_en = "The revision cached locally: 0 the first time; when it is the configuration center's current one the answer is 304 without a body.")]
    pub revision: Option<i64>,
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret,
        help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}

/// Body of 7.7.1.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建配置", en = "Create a key-value")]
pub struct KvCreate {
    // document (error SVCSTG.00400649): letters, digits and - _ . : [ ], 1–2048 characters;
    // Apache KIE (`commonName`): letters and digits with _ - . inside. The document's
    // (Huawei's engine) is checked.
    #[schema(zh = "配置键", en = "Key", min_len = 1, max_len = 2048, pattern = "^[a-zA-Z0-9_.:\\[\\]-]+$", example = "timeout",
        help_zh = "1~2048个字符：字母、数字和 - _ . : [ ]。同一组标签下唯一。", help_en = "1–2048 characters: letters, digits and - _ . : [ ]; unique for one set of labels.")]
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置值", en = "Value", max_len = 131072, help_zh = "最长131072个字符。", help_en = "At most 131072 characters.")]
    pub value: Option<String>,
    // KIE: at most 20 labels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Labels", help_zh = "配置项的标签，例如 app: mall、environment: production；最多20个。创建后不能修改。", help_en = "The key-value's labels, e.g. app: mall, environment: production; at most 20. They cannot be changed later.")]
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status", help_zh = "enabled：启用（默认）；disabled：禁用，客户端读取不到。", help_en = "enabled (default); disabled: clients do not read it.")]
    pub status: Option<KvStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "值类型", en = "Value type", help_zh = "text（默认）、yaml、json、properties、ini 或 xml。", help_en = "text (default), yaml, json, properties, ini or xml.")]
    pub value_type: Option<ValueType>,
}

/// Body of 7.7.2: only the value and the status change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改配置", en = "Change a key-value")]
pub struct KvUpdate {
    #[schema(zh = "配置值", en = "Value", min_len = 0, max_len = 131072)]
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status", help_zh = "enabled：启用；disabled：禁用。不填时不变。", help_en = "enabled or disabled; unchanged when left empty.")]
    pub status: Option<KvStatus>,
}

/// A key-value as KIE answers it (flat, not wrapped).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "配置项", en = "Key-value")]
pub struct Kv {
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
    #[schema(zh = "值类型", en = "Value type")]
    pub value_type: Option<Open<ValueType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status")]
    pub status: Option<Open<KvStatus>>,
    // document: String in the tables, integers in the examples; KIE (KVDoc.CreateTime): int64.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", help_zh = "Unix时间，单位秒。", help_en = "Unix time in seconds.")]
    pub create_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "更新时间", en = "Updated", help_zh = "Unix时间，单位秒。", help_en = "Unix time in seconds.")]
    pub update_time: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::map", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "标签", en = "Labels")]
    pub labels: Option<BTreeMap<String, String>>,
    // document: create_version (tables), create_revision (examples); KIE: create_revision.
    #[serde(default, alias = "create_version", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时的版本号", en = "Revision at creation")]
    pub create_revision: Option<i64>,
    // document: update_version (tables), update_revision (examples); KIE: update_revision.
    #[serde(default, alias = "update_version", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "更新时的版本号", en = "Revision at last change")]
    pub update_revision: Option<i64>,
}

/// Answer of 7.7.4 (none with 304: the revision asked is the current one).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "配置列表", en = "Key-values")]
pub struct KvList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "总数", en = "Total")]
    pub total: Option<i64>,
    // document: type name SingleKielInfo (a text-extraction slip for SingleKieInfo).
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置项", en = "Key-values")]
    pub data: Option<Vec<Kv>>,
}

/// Body of 7.7.6 (a DELETE with a body).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "批量删除配置", en = "Delete key-values")]
pub struct KvBatchDelete {
    #[schema(zh = "配置ID", en = "Key-value IDs", min_items = 1,
        help_zh = "要删除的配置项的ID（只删除列出的配置项）。", help_en = "IDs of the key-values to delete (only these are deleted).")]
    pub ids: Vec<String>,
}

/// Parameters of 12.3.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ConfigItemsParams {
    // document: no description; the example uses default.
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, example = "default",
        help_zh = "专享版引擎填 default；专业版引擎填租户项目ID。", help_en = "default for an exclusive engine; the tenant's project ID for a professional one.")]
    pub project_id: String,
    // document: `@` and `#` must be escaped (%40, %23); the request builder percent-encodes
    // the value once, so it is typed as is.
    #[serde(rename = "dimensionsInfo")]
    #[schema(query, zh = "服务信息", en = "Dimensions", min_len = 3, pattern = "^[^$%^&+/\\\\ ]+@[^$%^&+/\\\\ #]+(#[^$%^&+/\\\\ ]+)?$", example = "cart@mall#1.0.0",
        help_zh = "{微服务名称}@{应用ID}#{版本} 或 {微服务名称}@{应用ID}，例如 cart@mall#1.0.0；原样填写，发送时自动转义。不能含 $ % ^ & + / \\ 和空格。",
        help_en = "{service name}@{application ID}#{version} or {service name}@{application ID}, e.g. cart@mall#1.0.0; typed as is, escaped when sent. No $ % ^ & + / \\ or spaces.")]
    pub dimensions_info: String,
    #[serde(rename = "keyFilter", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "键过滤", en = "Key filter", help_zh = "按配置键筛选的正则表达式。", help_en = "A regular expression the keys must match.")]
    pub key_filter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "配置版本", en = "Revision",
        help_zh = "首次填 0；之后填上次返回的 revision.version，未变化时返回 304 且没有内容。", help_en = "0 the first time; then the revision.version last answered: unchanged, the answer is 304 without a body.")]
    pub revision: Option<String>,
    #[serde(rename = "x-environment", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "环境", en = "Environment", help_zh = "要查询的配置所属环境；不填为空环境。", help_en = "The environment whose configuration is read; the empty one when left empty.")]
    pub environment: Option<ConfigEnvironment>,
    // document: marked required, but only needed with security authentication.
    #[serde(rename = "Authorization", default, skip_serializing_if = "Option::is_none")]
    #[schema(header, zh = "引擎Token", en = "Engine token", secret,
        help_zh = "开启了安全认证的引擎需要，格式为 Bearer {Token}，Token 通过“获取微服务引擎专享版用户 Token”获得（12小时有效）。未开启安全认证的引擎不填。",
        help_en = "Needed by engines with security authentication: Bearer {Token}, the token from 'Get an engine user token' (valid 12 hours). Left empty otherwise.")]
    pub authorization: Option<String>,
}
