//! Cloud Backup and Recovery (CBR): replicating a vault's backups (checkpoints) to a vault in
//! another region (`cbr:replicate`, document 004).
//!
//! The document's header table lists `X-Auth-Token`; it is sent from the target's
//! credentials (or replaced by AK/SK signing), so it is not a parameter here.

use serde::{Deserialize, Serialize};

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
        help_zh = "目标区域存储库ID。", help_en = "ID of the vault in the destination region.",
        example = "0ca3eb86-8800-46da-9c37-9d657a825274")]
    pub destination_vault_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "启用加速", en = "Enable acceleration",
        help_zh = "跨区域复制时，是否启用加速从而缩短复制的时间，如果不指定，默认不启用加速。注意：如果启用加速，会额外收取加速的费用。",
        help_en = "Whether to accelerate a cross-region replication to shorten it; not accelerated unless set. Note: acceleration is billed as an extra charge.")]
    pub enable_acceleration: Option<bool>,
    #[schema(zh = "存储库ID", en = "Vault ID",
        help_zh = "存储库ID（uuid），即要复制其备份的源存储库。", help_en = "ID (a UUID) of the source vault whose backups are replicated.",
        example = "3b5816b5-f29c-4172-9d9a-76c719a659ce")]
    pub vault_id: String,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
    }
}
