//! Cloud Backup and Recovery (CBR): replicating a vault's backups (checkpoints) to a vault in
//! another region (`cbr:replicate`, document 004).
//!
//! The document's header table lists `X-Auth-Token`; it is sent from the target's
//! credentials (or replaced by AK/SK signing), so it is not a parameter here.

use serde::{Deserialize, Serialize};

use crate::lenient::Open;
use crate::schema::Schema;

/// Path parameter (table 1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct CbrProjectPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
}

/// `CheckpointReplicateParam` (table 4).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "执行复制请求体参数", en = "Replication parameters")]
pub struct CbrCheckpointReplicateParam {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否自动触发", en = "Automatically triggered",
        help_zh = "本次复制是否自动触发，默认为false，代表手动触发。",
        help_en = "Whether this replication counts as automatically triggered; false (the default) means triggered manually.")]
    pub auto_trigger: Option<bool>,
    #[schema(zh = "目标项目ID", en = "Destination project ID",
        help_zh = "复制的目标项目ID。", help_en = "Project ID in the destination region.",
        example = "68589cac08274b82b4e254268a3862d8")]
    pub destination_project_id: String,
    #[schema(zh = "目标区域", en = "Destination region", min_len = 0, max_len = 255,
        help_zh = "复制的目标区域id。最小长度：0，最大长度：255。",
        help_en = "ID of the destination region; 0 to 255 characters.",
        example = "cn-shenzhen-1")]
    pub destination_region: String,
    #[schema(zh = "目标存储库ID", en = "Destination vault ID",
        choices = "cbr.vault.list_external?external_project_id=destination_project_id&region_id=destination_region&protect_type='replication'|vaults|id|name",
        help_zh = "目标区域存储库ID，须为复制型存储库。填写目标区域和目标项目ID后可从列表中选择。", help_en = "ID of the vault in the destination region, a replication vault. Choose it from the list once the destination region and project are filled in.",
        example = "0ca3eb86-8800-46da-9c37-9d657a825274")]
    pub destination_vault_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "启用加速", en = "Enable acceleration", caution,
        help_zh = "跨区域复制时，是否启用加速从而缩短复制的时间，如果不指定，默认不启用加速。注意：如果启用加速，会额外收取加速的费用。",
        help_en = "Whether to accelerate a cross-region replication to shorten it; not accelerated unless set. Note: acceleration is billed as an extra charge.")]
    pub enable_acceleration: Option<bool>,
    #[schema(zh = "存储库ID", en = "Vault ID", choices = "cbr.vault.list|vaults|id|name",
        help_zh = "存储库ID（uuid），即要复制其备份的源存储库。", help_en = "ID (a UUID) of the source vault whose backups are replicated.",
        example = "3b5816b5-f29c-4172-9d9a-76c719a659ce")]
    pub vault_id: String,
    // Not in the document; service (SDK CheckpointReplicateParam): cross_account_urn, for a
    // destination vault of another account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "跨账号URN", en = "Cross-account URN",
        help_zh = "复制到其他账号的存储库时使用。", help_en = "For a destination vault of another account.")]
    pub cross_account_urn: Option<String>,
}

/// Request body (table 3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "复制备份还原点", en = "Replicate checkpoints")]
pub struct CbrCheckpointReplicate {
    #[schema(zh = "执行复制请求体参数", en = "Replication", help_zh = "执行复制请求体参数。", help_en = "What to replicate and where to.")]
    pub replicate: CbrCheckpointReplicateParam,
}

/// `CheckpointReplicateRespbackups` (table 7).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "待复制的备份", en = "Replicated backup")]
pub struct CbrCheckpointReplicateRespBackup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "备份ID", en = "Backup ID", help_zh = "待复制的备份ID。", help_en = "The backup being replicated.")]
    pub backup_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "复制记录ID", en = "Replication record ID", help_zh = "复制记录ID。", help_en = "The replication record that tracks this backup's copy.")]
    pub replication_record_id: Option<String>,
}

/// `CheckpointReplicateRespBody` (table 6).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "复制信息", en = "Replication")]
pub struct CbrCheckpointReplicateRespBody {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "待复制的备份列表", en = "Backups", help_zh = "待复制的备份列表。", help_en = "The backups being replicated, each with its replication record.")]
    pub backups: Option<Vec<CbrCheckpointReplicateRespBackup>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "目标项目ID", en = "Destination project ID", help_zh = "复制的目标项目ID。", help_en = "Project ID in the destination region.")]
    pub destination_project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "目标区域", en = "Destination region", help_zh = "复制的目标区域。", help_en = "The destination region.")]
    pub destination_region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "目标存储库ID", en = "Destination vault ID", help_zh = "目标区域存储库ID。", help_en = "ID of the vault in the destination region.")]
    pub destination_vault_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目ID", en = "Project ID", help_zh = "执行复制的项目ID。", help_en = "The project that runs the replication.")]
    pub project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "备份提供商ID", en = "Provider ID", help_zh = "备份提供商ID。", help_en = "ID of the backup provider.")]
    pub provider_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "源区域", en = "Source region", help_zh = "复制的源区域。", help_en = "The region replicated from.")]
    pub source_region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储库ID", en = "Vault ID", help_zh = "存储库ID。", help_en = "The source vault.")]
    pub vault_id: Option<String>,
}

/// Answer (table 5).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "复制备份还原点结果", en = "Checkpoint replication")]
pub struct CbrCheckpointReplicateResult {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "复制信息", en = "Replication")]
    pub replication: Option<CbrCheckpointReplicateRespBody>,
}

/// What a vault protects (`billing.object_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "对象类型", en = "Object type")]
pub enum CbrObjectType {
    #[serde(rename = "server")]
    #[schema(zh = "云服务器", en = "Servers")]
    Server,
    #[serde(rename = "disk")]
    #[schema(zh = "云硬盘", en = "Disks")]
    Disk,
    #[serde(rename = "turbo")]
    #[schema(zh = "文件系统", en = "File systems")]
    Turbo,
}

/// A vault's protection type (`billing.protect_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "保护类型", en = "Protection type")]
pub enum CbrProtectType {
    #[serde(rename = "backup")]
    #[schema(zh = "备份型", en = "Backup")]
    Backup,
    #[serde(rename = "replication")]
    #[schema(zh = "复制型（接收其他区域复制来的备份）", en = "Replication (receives backups from another region)")]
    Replication,
}

/// A vault's state (`billing.status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "存储库状态", en = "Vault status")]
pub enum CbrVaultStatus {
    #[serde(rename = "available")]
    #[schema(zh = "可用", en = "Available")]
    Available,
    #[serde(rename = "lock")]
    #[schema(zh = "被锁定", en = "Locked")]
    Lock,
    #[serde(rename = "frozen")]
    #[schema(zh = "冻结", en = "Frozen")]
    Frozen,
    #[serde(rename = "deleting")]
    #[schema(zh = "删除中", en = "Deleting")]
    Deleting,
    #[serde(rename = "error")]
    #[schema(zh = "错误", en = "Error")]
    Error,
}

/// How a vault is charged (`billing.charging_mode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "计费模式", en = "Charging mode")]
pub enum CbrChargingMode {
    #[serde(rename = "post_paid")]
    #[schema(zh = "按需计费", en = "Pay-per-use")]
    PostPaid,
    #[serde(rename = "pre_paid")]
    #[schema(zh = "包年包月", en = "Yearly/monthly")]
    PrePaid,
}

/// `billing` of a vault (a subset).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "存储库规格", en = "Billing")]
pub struct CbrVaultBilling {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "对象类型", en = "Object type", help_zh = "server：云服务器；disk：云硬盘；turbo：文件系统。", help_en = "server, disk or turbo (file systems).")]
    pub object_type: Option<Open<CbrObjectType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "保护类型", en = "Protection type", help_zh = "backup：备份型；replication：复制型（接收其他区域复制来的备份）。", help_en = "backup, or replication (receives backups replicated from another region).")]
    pub protect_type: Option<Open<CbrProtectType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "容量（GB）", en = "Size (GB)")]
    pub size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "已使用（MB）", en = "Used (MB)")]
    pub used: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status", help_zh = "available、lock、frozen、deleting、error。", help_en = "available, lock, frozen, deleting or error.")]
    pub status: Option<Open<CbrVaultStatus>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "计费模式", en = "Charging mode")]
    pub charging_mode: Option<Open<CbrChargingMode>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "规格编码", en = "Spec code")]
    pub spec_code: Option<String>,
}

/// A vault (a subset of its attributes).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "存储库", en = "Vault")]
pub struct CbrVault {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储库ID", en = "Vault ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "描述", en = "Description")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目ID", en = "Project ID")]
    pub project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "备份提供商ID", en = "Provider ID")]
    pub provider_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储库规格", en = "Billing")]
    pub billing: Option<CbrVaultBilling>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID")]
    pub enterprise_project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created")]
    pub created_at: Option<String>,
}

/// Query of the vault list (`GET /v3/{project_id}/vaults`, "查询存储库列表"); a few filters.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct CbrListVaultsParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "名称", en = "Name", help_zh = "按名称过滤。", help_en = "Filter by name.")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "保护类型", en = "Protection type", help_zh = "backup 或 replication。", help_en = "backup or replication.")]
    pub protect_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "每页条数", en = "Limit", min = 1, max = 1000)]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "偏移量", en = "Offset", min = 0)]
    pub offset: Option<i64>,
}

/// Query of the other region's vault list (`GET /v3/{project_id}/vaults/external`,
/// "查询其他区域存储库列表"): where replicated backups can go.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct CbrListExternalVaultsParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(query, zh = "其他区域的项目ID", en = "External project ID", help_zh = "要查询的区域中的项目ID。", help_en = "The project ID in the region to query.")]
    pub external_project_id: String,
    #[schema(query, zh = "区域ID", en = "Region ID", help_zh = "要查询的区域，例如 cn-south-1。", help_en = "The region to query, e.g. cn-south-1.")]
    pub region_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "保护类型", en = "Protection type", help_zh = "backup 或 replication。", help_en = "backup or replication.")]
    pub protect_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "每页条数", en = "Limit", min = 1, max = 1000)]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "偏移量", en = "Offset", min = 0)]
    pub offset: Option<i64>,
}

/// Answer of both vault lists.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "存储库列表", en = "Vaults")]
pub struct CbrVaultList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储库", en = "Vaults")]
    pub vaults: Option<Vec<CbrVault>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "总数", en = "Count")]
    pub count: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct CbrVaultPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "存储库ID", en = "Vault ID", choices = "cbr.vault.list|vaults|id|name", help_zh = "存储库ID。", help_en = "The vault's ID.")]
    pub vault_id: String,
}

/// Answer of the vault detail query (`GET /v3/{project_id}/vaults/{vault_id}`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "存储库详情", en = "Vault detail")]
pub struct CbrVaultDetail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储库", en = "Vault")]
    pub vault: Option<CbrVault>,
}

/// `extra_info` of a replication record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "复制记录扩展信息", en = "Replication record extra info")]
pub struct CbrReplicationRecordExtraInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "进度", en = "Progress", help_zh = "复制进度，0-100。", help_en = "Replication progress, 0 to 100.")]
    pub progress: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "错误码", en = "Failure code")]
    pub fail_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "失败原因", en = "Failure reason")]
    pub fail_reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "是否自动触发", en = "Automatically triggered")]
    pub auto_trigger: Option<bool>,
}

/// A replication record (`ReplicationRecordGet`): one backup's copy to another region.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "复制记录", en = "Replication record")]
pub struct CbrReplicationRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "复制记录ID", en = "Record ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "复制状态", en = "Status", help_zh = "replicating：复制中；available：已完成；error：失败。", help_en = "replicating, available (done) or error.")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "目标区域", en = "Destination region")]
    pub destination_region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "目标项目ID", en = "Destination project ID")]
    pub destination_project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "目标存储库ID", en = "Destination vault ID")]
    pub destination_vault_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "目的备份ID", en = "Destination backup ID")]
    pub destination_backup_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "目的还原点ID", en = "Destination checkpoint ID")]
    pub destination_checkpoint_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "源备份ID", en = "Source backup ID")]
    pub source_backup_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "源还原点ID", en = "Source checkpoint ID")]
    pub source_checkpoint_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "源区域", en = "Source region")]
    pub source_region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "源存储库ID", en = "Source vault ID")]
    pub vault_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "开始时间", en = "Started")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "扩展信息", en = "Extra info")]
    pub extra_info: Option<CbrReplicationRecordExtraInfo>,
}

/// A backup (`BackupResp`, a subset), with the records of its replications.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "备份", en = "Backup")]
pub struct CbrBackup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "备份ID", en = "Backup ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "状态", en = "Status", help_zh = "available、protecting、deleting、restoring、error 等。", help_en = "available, protecting, deleting, restoring, error, …")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "备份类型", en = "Backup type", help_zh = "backup：备份；replication：复制而来的备份。", help_en = "backup, or replication (a copy from another region).")]
    pub image_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "还原点ID", en = "Checkpoint ID")]
    pub checkpoint_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "存储库ID", en = "Vault ID")]
    pub vault_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源名称", en = "Resource name")]
    pub resource_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源类型", en = "Resource type")]
    pub resource_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "资源大小（GB）", en = "Resource size (GB)")]
    pub resource_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目ID", en = "Project ID")]
    pub project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "过期时间", en = "Expires")]
    pub expired_at: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "复制记录", en = "Replication records")]
    pub replication_records: Option<Vec<CbrReplicationRecord>>,
}

/// Query of the backup list (`GET /v3/{project_id}/backups`, "查询所有备份"); a few filters.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct CbrListBackupsParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "存储库ID", en = "Vault ID", help_zh = "只列出该存储库的备份。", help_en = "Only this vault's backups.")]
    pub vault_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "状态", en = "Status")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "备份类型", en = "Backup type", help_zh = "backup 或 replication。", help_en = "backup or replication.")]
    pub image_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "每页条数", en = "Limit", min = 1, max = 1000)]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "偏移量", en = "Offset", min = 0)]
    pub offset: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "备份列表", en = "Backups")]
pub struct CbrBackupList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "备份", en = "Backups")]
    pub backups: Option<Vec<CbrBackup>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "总数", en = "Count")]
    pub count: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct CbrBackupPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "备份ID", en = "Backup ID", choices = "cbr.backup.list|backups|id|name", help_zh = "备份ID。", help_en = "The backup's ID.")]
    pub backup_id: String,
}

/// Answer of the backup detail query (`GET /v3/{project_id}/backups/{backup_id}`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "备份详情", en = "Backup detail")]
pub struct CbrBackupDetail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "备份", en = "Backup")]
    pub backup: Option<CbrBackup>,
}

crate::operations! {
    service: Cbr;

    /// Document 004, 复制备份还原点.
    ReplicateCheckpointOp {
        doc_ref: "cbr:replicate",
        id: "cbr.checkpoint.replicate",
        title: ("复制备份还原点", "Replicate checkpoints"),
        Post "/v3/{project_id}/checkpoints/replicate",
        kind: Action,
        params: CbrProjectPath,
        body: CbrCheckpointReplicate,
        response: CbrCheckpointReplicateResult,
        status: 200,
        // document: no media type given; service (every SDK): this one.
        content_type: "application/json;charset=UTF-8",
    }

    /// CBR 查询存储库列表 (not a seed document): the source vault's chooser.
    ListVaultsOp {
        doc_ref: "x-cbr:vaults",
        id: "cbr.vault.list",
        title: ("查询存储库列表", "List vaults"),
        Get "/v3/{project_id}/vaults",
        kind: List,
        params: CbrListVaultsParams,
        response: CbrVaultList,
        status: 200,
    }

    /// CBR 查询其他区域存储库列表 (not a seed document): the destination vault's chooser.
    /// Declared before the vault query, whose `{vault_id}` would also match `external`.
    ListExternalVaultsOp {
        doc_ref: "x-cbr:vaults-external",
        id: "cbr.vault.list_external",
        title: ("查询其他区域存储库列表", "List vaults in another region"),
        Get "/v3/{project_id}/vaults/external",
        kind: List,
        params: CbrListExternalVaultsParams,
        response: CbrVaultList,
        status: 200,
    }

    /// CBR 查询指定存储库 (not a seed document).
    GetVaultOp {
        doc_ref: "x-cbr:vault",
        id: "cbr.vault.get",
        title: ("查询指定存储库", "Get a vault"),
        Get "/v3/{project_id}/vaults/{vault_id}",
        kind: Get,
        params: CbrVaultPath,
        response: CbrVaultDetail,
        status: 200,
    }

    /// CBR 查询所有备份 (not a seed document).
    ListBackupsOp {
        doc_ref: "x-cbr:backups",
        id: "cbr.backup.list",
        title: ("查询所有备份", "List backups"),
        Get "/v3/{project_id}/backups",
        kind: List,
        params: CbrListBackupsParams,
        response: CbrBackupList,
        status: 200,
    }

    /// CBR 查询指定备份 (not a seed document): carries the replication records a replication
    /// is followed by.
    GetBackupOp {
        doc_ref: "x-cbr:backup",
        id: "cbr.backup.get",
        title: ("查询指定备份", "Get a backup"),
        Get "/v3/{project_id}/backups/{backup_id}",
        kind: Get,
        params: CbrBackupPath,
        response: CbrBackupDetail,
        status: 200,
    }
}

/// Vaults: their backups, and replicating them to another region.
pub static VAULTS: crate::resource::ResourceDecl = crate::resource::ResourceDecl {
    key: "vaults",
    service: crate::operation::Service::Cbr,
    title: crate::schema::Text::new("存储库", "Vaults"),
    singular: crate::schema::Text::new("存储库", "Vault"),
    id_param: "vault_id",
    items_field: "vaults",
    count_field: Some("count"),
    columns: &["name", "description", "id", "created_at"],
    filters: &[crate::resource::Filter { param: "name", field: "name" }],
    paging: crate::resource::Paging::LimitOffset { limit: "limit", offset: "offset", max_limit: 1000 },
    list: Some(<ListVaultsOp as crate::operation::Operation>::DECL),
    get: Some(<GetVaultOp as crate::operation::Operation>::DECL),
    actions: &[crate::resource::ActionDecl {
        form: crate::resource::ActionForm::Body,
        job: crate::schema::Text::new("复制存储库{name}的备份", "Replicate the backups of vault {name}"),
        ..crate::resource::ActionDecl::new("replicate", crate::schema::Text::new("跨区域复制", "Replicate"), <ReplicateCheckpointOp as crate::operation::Operation>::DECL)
    }],
    children: &[&BACKUPS],
    ..crate::resource::ResourceDecl::BLANK
};

/// Backups (checkpoints' copies of resources), with the records of their replications.
pub static BACKUPS: crate::resource::ResourceDecl = crate::resource::ResourceDecl {
    key: "backups",
    service: crate::operation::Service::Cbr,
    title: crate::schema::Text::new("备份", "Backups"),
    singular: crate::schema::Text::new("备份", "Backup"),
    id_param: "backup_id",
    items_field: "backups",
    count_field: Some("count"),
    columns: &["name", "status", "image_type", "resource_name", "vault_id", "created_at"],
    filters: &[
        crate::resource::Filter { param: "vault_id", field: "vault_id" },
        crate::resource::Filter { param: "image_type", field: "image_type" },
    ],
    paging: crate::resource::Paging::LimitOffset { limit: "limit", offset: "offset", max_limit: 1000 },
    list: Some(<ListBackupsOp as crate::operation::Operation>::DECL),
    list_all: Some(<ListBackupsOp as crate::operation::Operation>::DECL),
    get: Some(<GetBackupOp as crate::operation::Operation>::DECL),
    parent: Some(crate::resource::ParentLink { resource: &VAULTS, param: "vault_id", item_field: "vault_id" }),
    ..crate::resource::ResourceDecl::BLANK
};
