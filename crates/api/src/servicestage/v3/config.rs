//! Configuration management (document section 4.5): configuration groups, the configuration
//! files in them, their import from a zip archive, and each file's version history.
//!
//! Wire check against the service: none of Huawei's ServiceStage SDKs (go, python, java,
//! nodejs v3) models a `cas/config-groups` or `cas/configs` operation, so there is no SDK model
//! to follow here. The witness used instead is Huawei's Terraform provider, a client of the
//! real service: its ServiceStage v3 configuration group and configuration resources send and
//! read the members noted on each model below. `crates/api/NOTES-sdk.md` lists every
//! comparison and decision.

use serde::{Deserialize, Serialize};

use crate::schema::Schema;
use crate::servicestage::common::{ProjectPath, SortOrder};

/// Documented for group names (4.5.1) and file names (4.5.3) alike: letters, digits, `-` or
/// `_`, starting with a letter and ending with a letter or digit, 2–64 characters.
pub const CONFIG_NAME_PATTERN: &str = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$";

/// Format of a configuration file (tables 4-323, 4-344).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "配置文件格式", en = "Configuration file format")]
pub enum ConfigFileType {
    #[serde(rename = "yaml")]
    #[schema(zh = "YAML格式", en = "YAML")]
    Yaml,
    #[serde(rename = "properties")]
    #[schema(zh = "properties格式", en = "Java properties")]
    Properties,
}

/// Body of 4.5.1 (table 4-314).
// document and service (Terraform's configuration group: name, description left out when
// empty) agree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建配置分组", en = "Create configuration group")]
pub struct ConfigGroupCreate {
    #[schema(zh = "配置分组名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "由大小写英文字母、数字、中划线（-）、下划线（_）组成，并以大小写英文字母开头，大小写英文字母或者数字结尾，长度为2~64个字符。",
        help_en = "Letters, digits, hyphens (-) or underscores (_); starts with a letter and ends with a letter or digit; 2 to 64 characters.",
        example = "test-group")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置分组描述", en = "Description", max_len = 256,
        help_zh = "最大长度为256个字符。", help_en = "At most 256 characters.")]
    pub description: Option<String>,
}

/// A configuration group as the service returns it (tables 4-315, 4-320, 4-361).
// document and service agree: Terraform reads name, description, creator and create_time
// (milliseconds) from 4.5.12's answer and id from 4.5.1's.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "配置分组", en = "Configuration group")]
pub struct ConfigGroup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置分组ID", en = "Group ID", read_only)]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置分组名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置分组描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建人", en = "Created by", read_only)]
    pub creator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目ID", en = "Project ID", read_only)]
    pub project_id: Option<String>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", read_only, help_zh = "创建时间（毫秒时间戳）。", help_en = "Creation time, milliseconds since the Unix epoch.")]
    pub create_time: Option<i64>,
}

/// Answer of 4.5.2 (table 4-319).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "配置分组列表", en = "Configuration groups")]
pub struct ConfigGroupList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置分组总数", en = "Total")]
    pub count: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "分组列表", en = "Groups")]
    pub config_groups: Option<Vec<ConfigGroup>>,
}

/// Sort keys of 4.5.2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "排序字段", en = "Sort by")]
pub enum ConfigGroupOrderBy {
    #[serde(rename = "create_time")]
    #[schema(zh = "配置分组创建时间（默认）", en = "Group creation time (default)")]
    CreateTime,
    #[serde(rename = "name")]
    #[schema(zh = "配置分组名称", en = "Group name")]
    Name,
    #[serde(rename = "update_time")]
    #[schema(zh = "配置分组修改时间", en = "Group update time")]
    UpdateTime,
}

/// Parameters of 4.5.2 (tables 4-316, 4-317).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ConfigGroupListParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "配置分组名称", en = "Name", help_zh = "配置分组名称。", help_en = "Only the group with this name.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "指定个数", en = "Limit", min = 0, max = 100,
        help_zh = "指定个数，取值[0, 100]。", help_en = "Number of records to return, 0 to 100.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "指定偏移量", en = "Offset", min = 0, help_zh = "指定偏移量。", help_en = "Skip this many records.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by",
        help_zh = "排序字段，默认按创建时间排序。create_time：配置分组创建时间；name：配置分组名称；update_time：配置分组修改时间。",
        help_en = "Sort key, creation time by default. create_time: creation time; name: group name; update_time: update time.")]
    pub order_by: Option<ConfigGroupOrderBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方式", en = "Sort order",
        help_zh = "desc：降序排序（默认）；asc：升序排序。", help_en = "desc: descending (default); asc: ascending.")]
    pub order: Option<SortOrder>,
}

/// Path parameters of the operations on one configuration group.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ConfigGroupPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "配置分组ID", en = "Group ID", choices = "servicestage.config_group.list|config_groups|id|name", help_zh = "配置分组ID，可通过获取配置分组获取。", help_en = "ID of the configuration group, as listed by 'List configuration groups'.")]
    pub config_group_id: String,
}

/// Body of 4.5.3 (table 4-323).
// document and service agree: Terraform sends config_group_id, name, content, type and
// sensitive every time (sensitive stays a required member here), description only when set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建配置文件", en = "Create configuration file")]
pub struct ConfigFileCreate {
    #[schema(zh = "配置分组ID", en = "Group ID", help_zh = "配置分组ID。", help_en = "ID of the group the file belongs to.",
        example = "f3e6d5b4-4d7d-4009-b806-22cfed2ac6ea")]
    pub config_group_id: String,
    #[schema(zh = "配置文件名称", en = "Name", min_len = 2, max_len = 64, pattern = "^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$",
        help_zh = "长度2到64个字符，可以包含英文字母、数字、下划线（_）或中划线（-），以英文字母开头、英文字母或者数字结尾。",
        help_en = "2 to 64 characters: letters, digits, underscores (_) or hyphens (-); starts with a letter and ends with a letter or digit.",
        example = "test-config")]
    pub name: String,
    #[schema(zh = "配置文件内容", en = "Content", help_zh = "配置文件内容。", help_en = "Content of the file.",
        example = "test-key = test-value")]
    pub content: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件描述", en = "Description", max_len = 128,
        help_zh = "不超过128个字符。", help_en = "At most 128 characters.")]
    pub description: Option<String>,
    #[serde(rename = "type")]
    #[schema(zh = "配置文件格式", en = "Format", help_zh = "yaml或properties。", help_en = "yaml or properties.")]
    pub file_type: ConfigFileType,
    #[schema(zh = "是否加密", en = "Encrypted",
        help_zh = "配置文件内容是否加密：true，加密；false，不加密。", help_en = "Whether the content is stored encrypted: true, encrypted; false, not.")]
    pub sensitive: bool,
}

/// Body of 4.5.8 (table 4-344): the name cannot change.
// document: no name member; service (Terraform): sends name as well, unchanged. Not adopted:
// the document and the service's current API reference both leave it out of this body, and
// the name cannot change. Terraform always sends description and clears it with "", which
// this model does by sending `Some("")`. The current API reference also lists a
// config_encryption object; not adopted, no client of the service shows its members.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改配置文件", en = "Update configuration file")]
pub struct ConfigFileUpdate {
    #[schema(zh = "配置分组ID", en = "Group ID", help_zh = "配置分组ID。", help_en = "ID of the group the file belongs to.")]
    pub config_group_id: String,
    #[schema(zh = "配置文件内容", en = "Content", help_zh = "配置文件内容。", help_en = "Content of the file.")]
    pub content: String,
    /// Table 4-344 lists no values; they are those of 4.5.3.
    #[serde(rename = "type")]
    #[schema(zh = "配置文件格式", en = "Format", help_zh = "配置文件格式：yaml或properties。", help_en = "Format of the file: yaml or properties.")]
    pub file_type: ConfigFileType,
    /// Table 4-344 gives no length; 4.5.3's limit of 128 characters applies to the same member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件描述", en = "Description", max_len = 128,
        help_zh = "配置文件描述，不超过128个字符（同创建配置文件）。", help_en = "At most 128 characters (as when creating the file).")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否加密", en = "Encrypted",
        help_zh = "配置文件内容是否加密：true，加密；false，不加密。", help_en = "Whether the content is stored encrypted: true, encrypted; false, not.")]
    pub sensitive: Option<bool>,
}

/// A component a configuration file is bound to (tables 4-325, 4-335, 4-339, 4-346, 4-352,
/// 4-356).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "绑定组件", en = "Bound component")]
pub struct ConfigComponent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Application ID")]
    pub application_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件ID", en = "Component ID")]
    pub component_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "组件名称", en = "Component name")]
    pub component_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "环境ID", en = "Environment ID")]
    pub environment_id: Option<String>,
}

/// A configuration file as the service returns it (tables 4-324, 4-334, 4-338, 4-345).
// document and service agree: Terraform reads config_group_id, name, content, type,
// sensitive, description, components (environment_id, application_id, component_id,
// component_name), version, creator, create_time and update_time (milliseconds).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "配置文件", en = "Configuration file")]
pub struct ConfigFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件ID", en = "File ID", read_only)]
    pub id: Option<String>,
    /// Not in table 4-324 (4.5.3), but in its example and the other tables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置分组ID", en = "Group ID")]
    pub config_group_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建人", en = "Created by", read_only)]
    pub creator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目ID", en = "Project ID", read_only)]
    pub project_id: Option<String>,
    /// Documented as a plain string in answers.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件格式", en = "Format", help_zh = "yaml或properties。", help_en = "yaml or properties.")]
    pub file_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件内容", en = "Content")]
    pub content: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件版本号", en = "Version", read_only, example = "v1")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否加密", en = "Encrypted",
        help_zh = "配置文件内容是否加密：true，加密；false，不加密。", help_en = "Whether the content is stored encrypted.")]
    pub sensitive: Option<bool>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "绑定的组件", en = "Bound components", read_only, help_zh = "配置文件绑定的组件列表。", help_en = "Components the file is bound to.")]
    pub components: Option<Vec<ConfigComponent>>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", read_only, help_zh = "创建时间（毫秒时间戳）。", help_en = "Creation time, milliseconds since the Unix epoch.")]
    pub create_time: Option<i64>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Updated", read_only, help_zh = "修改时间（毫秒时间戳）。", help_en = "Last update time, milliseconds since the Unix epoch.")]
    pub update_time: Option<i64>,
}

/// Answer of 4.5.5 (table 4-333).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "配置文件列表", en = "Configuration files")]
pub struct ConfigFileList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件总数", en = "Total")]
    pub count: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件列表", en = "Files")]
    pub configs: Option<Vec<ConfigFile>>,
}

/// Sort keys of 4.5.5 and 4.5.9.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "排序字段", en = "Sort by")]
pub enum ConfigFileOrderBy {
    #[serde(rename = "create_time")]
    #[schema(zh = "配置文件创建时间（默认）", en = "File creation time (default)")]
    CreateTime,
    #[serde(rename = "name")]
    #[schema(zh = "配置文件名称", en = "File name")]
    Name,
    #[serde(rename = "update_time")]
    #[schema(zh = "配置文件修改时间", en = "File update time")]
    UpdateTime,
}

/// Parameters of 4.5.5 (tables 4-330, 4-331).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ConfigFileListParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "配置文件名称", en = "Name", help_zh = "配置文件名称。", help_en = "Only the file with this name.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "配置分组ID", en = "Group ID", help_zh = "配置分组ID。", help_en = "Only files of this group.")]
    pub config_group_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "组件ID", en = "Component ID", help_zh = "组件ID。", help_en = "Only files bound to this component.")]
    pub component_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "指定个数", en = "Limit", min = 0, max = 100,
        help_zh = "指定个数，取值[0, 100]。", help_en = "Number of records to return, 0 to 100.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "指定偏移量", en = "Offset", min = 0, help_zh = "指定偏移量。", help_en = "Skip this many records.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by",
        help_zh = "排序字段，默认按创建时间排序。create_time：配置文件创建时间；name：配置文件名称；update_time：配置文件修改时间。",
        help_en = "Sort key, creation time by default. create_time: creation time; name: file name; update_time: update time.")]
    pub order_by: Option<ConfigFileOrderBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方式", en = "Sort order",
        help_zh = "desc：降序排序（默认）；asc：升序排序。", help_en = "desc: descending (default); asc: ascending.")]
    pub order: Option<SortOrder>,
}

/// Path parameters of the operations on one configuration file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ConfigFilePath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "配置文件ID", en = "File ID", help_zh = "配置文件ID，可通过获取配置文件信息获取。", help_en = "ID of the configuration file, as listed by 'List configuration files'.")]
    pub config_id: String,
}

/// How 4.5.4 treats files whose names already exist in the group (table 4-328).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "同名配置文件处理策略", en = "Duplicate name policy")]
pub enum ConfigRepetitionPolicy {
    #[serde(rename = "covered")]
    #[schema(zh = "覆盖：用导入的配置文件替换分组下已有同名配置文件", en = "Overwrite: the imported file replaces the group's file of the same name")]
    Covered,
    #[serde(rename = "skip")]
    #[schema(zh = "跳过：跳过导入同名配置文件", en = "Skip: files whose name exists are not imported")]
    Skip,
}

/// Form of 4.5.4 (table 4-328), sent as `multipart/form-data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "导入配置文件", en = "Import configuration files")]
pub struct ConfigImportForm {
    /// The file part of the form (type `File` in the document).
    #[schema(zh = "导入文件", en = "Archive",
        help_zh = "zip格式压缩包，大小不超过500KB，包含的配置文件不超过500个。压缩包中的文件夹名称为配置分组名称，文件名称为配置名称，文件类型支持yaml、properties格式。",
        help_en = "A zip archive of at most 500 KB holding at most 500 files. Folder names are group names, file names are configuration names; files are yaml or properties.")]
    pub upload_file: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "同名配置文件处理策略", en = "Duplicate name policy",
        help_zh = "covered：覆盖，用导入的配置文件替换分组下已有同名配置文件；skip：跳过，跳过导入同名配置文件。",
        help_en = "covered: replace the group's existing file of the same name; skip: do not import files whose name exists.")]
    pub repetition_policy: Option<ConfigRepetitionPolicy>,
}

/// Answer of 4.5.4 (table 4-329).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "导入结果", en = "Import result")]
pub struct ConfigImportResult {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "覆盖数量", en = "Overwritten", help_zh = "导入配置文件中被覆盖的配置文件数量。", help_en = "Number of existing files overwritten.")]
    pub covered_num: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "跳过数量", en = "Skipped", help_zh = "导入配置文件中跳过的配置文件数量。", help_en = "Number of files skipped.")]
    pub skip_num: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "导入数量", en = "Imported", help_zh = "导入配置文件的数量。", help_en = "Number of files imported.")]
    pub total_num: Option<i64>,
}

/// One version of a configuration file (tables 4-351, 4-355).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "配置文件历史", en = "Configuration file history")]
pub struct ConfigHistory {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件历史ID", en = "History ID", read_only)]
    pub config_history_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件ID", en = "File ID")]
    pub config_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件历史内容", en = "Content")]
    pub content: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件历史版本", en = "Version")]
    pub version: Option<String>,
    /// Table 4-355 only (described as "配置文件"); the examples of 4.5.9 carry it too.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件格式", en = "Format", help_zh = "yaml或properties。", help_en = "yaml or properties.")]
    pub file_type: Option<String>,
    /// Milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", read_only, help_zh = "创建时间（毫秒时间戳）。", help_en = "Creation time, milliseconds since the Unix epoch.")]
    pub create_time: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "绑定的组件", en = "Bound components", help_zh = "配置文件绑定的组件列表。", help_en = "Components the file is bound to.")]
    pub components: Option<Vec<ConfigComponent>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建人", en = "Created by")]
    pub creator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置分组ID", en = "Group ID")]
    pub group_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件名称", en = "File name")]
    pub config_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否加密", en = "Encrypted",
        help_zh = "配置文件内容是否加密：true，加密；false，不加密。", help_en = "Whether the content is stored encrypted.")]
    pub sensitive: Option<bool>,
}

/// Answer of 4.5.9 (table 4-350).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "配置文件历史列表", en = "Configuration file histories")]
pub struct ConfigHistoryList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件历史总数", en = "Total")]
    pub count: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "配置文件历史列表", en = "Histories")]
    pub histories: Option<Vec<ConfigHistory>>,
}

/// Parameters of 4.5.9 (tables 4-347, 4-348).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ConfigHistoryListParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "配置文件ID", en = "File ID", help_zh = "配置文件ID，可通过获取配置文件信息获取。", help_en = "ID of the configuration file, as listed by 'List configuration files'.")]
    pub config_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "指定个数", en = "Limit", min = 0, max = 100,
        help_zh = "指定个数，取值[0, 100]。", help_en = "Number of records to return, 0 to 100.")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "指定偏移量", en = "Offset", min = 0, help_zh = "指定偏移量。", help_en = "Skip this many records.")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by",
        help_zh = "排序字段，默认按创建时间排序。create_time：配置文件创建时间；name：配置文件名称；update_time：配置文件修改时间。",
        help_en = "Sort key, creation time by default. create_time: creation time; name: file name; update_time: update time.")]
    pub order_by: Option<ConfigFileOrderBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方式", en = "Sort order",
        help_zh = "desc：降序排序（默认）；asc：升序排序。", help_en = "desc: descending (default); asc: ascending.")]
    pub order: Option<SortOrder>,
}

/// Path parameters of the operations on one version of a configuration file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ConfigHistoryPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "配置文件ID", en = "File ID", help_zh = "配置文件ID，可通过获取配置文件信息获取。", help_en = "ID of the configuration file, as listed by 'List configuration files'.")]
    pub config_id: String,
    #[schema(path, zh = "配置文件历史ID", en = "History ID", help_zh = "配置文件历史ID，可通过根据配置文件ID获取配置文件历史获取。", help_en = "ID of the version, as listed by 'List configuration file histories'.")]
    pub config_history_id: String,
}

crate::operations! {
    service: ServiceStage;

    /// 4.5.1 创建配置分组.
    CreateConfigGroupOp {
        doc_ref: "servicestage:4.5.1",
        id: "servicestage.config_group.create",
        title: ("创建配置分组", "Create a configuration group"),
        Post "/v3/{project_id}/cas/config-groups",
        kind: Create,
        params: ProjectPath,
        body: ConfigGroupCreate,
        response: ConfigGroup,
        status: 200,
    }

    /// 4.5.2 获取配置分组.
    ListConfigGroupsOp {
        doc_ref: "servicestage:4.5.2",
        id: "servicestage.config_group.list",
        title: ("获取配置分组", "List configuration groups"),
        Get "/v3/{project_id}/cas/config-groups",
        kind: List,
        params: ConfigGroupListParams,
        response: ConfigGroupList,
        status: 200,
    }

    /// 4.5.3 创建配置文件.
    CreateConfigOp {
        doc_ref: "servicestage:4.5.3",
        id: "servicestage.config.create",
        title: ("创建配置文件", "Create a configuration file"),
        Post "/v3/{project_id}/cas/configs",
        kind: Create,
        params: ProjectPath,
        body: ConfigFileCreate,
        response: ConfigFile,
        status: 200,
    }

    /// 4.5.4 导入配置文件: a zip archive as `multipart/form-data`. The document gives 204 as
    /// the success status although its example answer has a body.
    ImportConfigsOp {
        doc_ref: "servicestage:4.5.4",
        id: "servicestage.config.import",
        title: ("导入配置文件", "Import configuration files"),
        Post "/v3/{project_id}/cas/configs/import",
        kind: Action,
        params: ProjectPath,
        body: ConfigImportForm,
        response: ConfigImportResult,
        status: 204,
        content_type: "multipart/form-data",
    }

    /// 4.5.5 获取配置文件信息.
    ListConfigsOp {
        doc_ref: "servicestage:4.5.5",
        id: "servicestage.config.list",
        title: ("获取配置文件信息", "List configuration files"),
        Get "/v3/{project_id}/cas/configs",
        kind: List,
        params: ConfigFileListParams,
        response: ConfigFileList,
        status: 200,
    }

    /// 4.5.6 根据配置文件 ID 获取配置文件信息.
    GetConfigOp {
        doc_ref: "servicestage:4.5.6",
        id: "servicestage.config.get",
        title: ("根据配置文件ID获取配置文件信息", "Get a configuration file"),
        Get "/v3/{project_id}/cas/configs/{config_id}",
        kind: Get,
        params: ConfigFilePath,
        response: ConfigFile,
        status: 200,
    }

    /// 4.5.7 根据配置文件 ID 删除配置文件. (Terraform notes the service answers 200 here,
    /// also for a file that no longer exists; any 2xx is success.)
    DeleteConfigOp {
        doc_ref: "servicestage:4.5.7",
        id: "servicestage.config.delete",
        title: ("根据配置文件ID删除配置文件", "Delete a configuration file"),
        Delete "/v3/{project_id}/cas/configs/{config_id}",
        kind: Delete,
        params: ConfigFilePath,
        status: 204,
    }

    /// 4.5.8 根据配置文件 ID 修改配置文件. The document gives 204 as the success status
    /// although its example answer has a body.
    UpdateConfigOp {
        doc_ref: "servicestage:4.5.8",
        id: "servicestage.config.update",
        title: ("根据配置文件ID修改配置文件", "Update a configuration file"),
        Put "/v3/{project_id}/cas/configs/{config_id}",
        kind: Update,
        params: ConfigFilePath,
        body: ConfigFileUpdate,
        response: ConfigFile,
        status: 204,
    }

    /// 4.5.9 根据配置文件 ID 获取配置文件历史 (documented success status 204, with a body).
    ListConfigHistoriesOp {
        doc_ref: "servicestage:4.5.9",
        id: "servicestage.config_history.list",
        title: ("根据配置文件ID获取配置文件历史", "List configuration file histories"),
        Get "/v3/{project_id}/cas/configs/{config_id}/histories",
        kind: List,
        params: ConfigHistoryListParams,
        response: ConfigHistoryList,
        status: 204,
    }

    /// 4.5.10 根据配置文件历史 ID 获取配置文件历史信息. The document's URI has `cas//configs`;
    /// the path here is the single-slash one of `operations.tsv`. (Documented success status
    /// 204, with a body.)
    GetConfigHistoryOp {
        doc_ref: "servicestage:4.5.10",
        id: "servicestage.config_history.get",
        title: ("根据配置文件历史ID获取配置文件历史信息", "Get a configuration file history"),
        Get "/v3/{project_id}/cas/configs/{config_id}/histories/{config_history_id}",
        kind: Get,
        params: ConfigHistoryPath,
        response: ConfigHistory,
        status: 204,
    }

    /// 4.5.11 根据配置文件历史 ID 删除配置文件历史.
    DeleteConfigHistoryOp {
        doc_ref: "servicestage:4.5.11",
        id: "servicestage.config_history.delete",
        title: ("根据配置文件历史ID删除配置文件历史", "Delete a configuration file history"),
        Delete "/v3/{project_id}/cas/configs/{config_id}/histories/{config_history_id}",
        kind: Delete,
        params: ConfigHistoryPath,
        status: 204,
    }

    /// 4.5.12 根据配置分组 ID 获取分组详情.
    GetConfigGroupOp {
        doc_ref: "servicestage:4.5.12",
        id: "servicestage.config_group.get",
        title: ("根据配置分组ID获取分组详情", "Get a configuration group"),
        Get "/v3/{project_id}/cas/config-groups/{config_group_id}",
        kind: Get,
        params: ConfigGroupPath,
        response: ConfigGroup,
        status: 200,
    }

    /// 4.5.13 根据配置分组 ID 删除分组. (Terraform notes the service answers 200 here, also
    /// for a group that no longer exists; any 2xx is success.)
    DeleteConfigGroupOp {
        doc_ref: "servicestage:4.5.13",
        id: "servicestage.config_group.delete",
        title: ("根据配置分组ID删除分组", "Delete a configuration group"),
        Delete "/v3/{project_id}/cas/config-groups/{config_group_id}",
        kind: Delete,
        params: ConfigGroupPath,
        status: 204,
    }
}
