//! CBR: replicating a vault's backups to a vault in another region (document 004), with the
//! vault and backup queries that choose and follow it.
//!
//! Every project gets two vaults in the sandbox's own region, `cn-north-4`: one with three
//! available backups, one empty. The other region, `cn-south-1`, belongs to the destination
//! project [`DEST_PROJECT`] (the document's example), shared by every project: a replication
//! vault with a backup already replicated there, and one whose capacity is used up.
//!
//! A replication answers one replication record per available backup. Each record is
//! `waiting_replicate`, then `replicating` with its progress, then `available` after a few
//! seconds (half as long with acceleration), when the copy appears as a `replication` backup
//! in the destination vault. Into the full vault, records end in `error` with a failure code
//! and reason. Records are stored in their source backup and read through it.

use axum::http::StatusCode;
use axum::response::Response;
use opsdeck_api::operation::Service;
use serde_json::{json, Value};

use super::tasks::{self, elapsed, page, public, text};
use super::{error, iso_time, new_id, Call, Project};

const STORE: &str = "cbr";
const VAULTS: &str = "cbr_vaults";
const BACKUPS: &str = "cbr_backups";
const SEEDED: &str = "cbr_seeded_projects";

pub const HOME_REGION: &str = "cn-north-4";
pub const DEST_REGION: &str = "cn-south-1";
/// The project that owns the destination region's vaults (the document's example id).
pub const DEST_PROJECT: &str = "68589cac08274b82b4e254268a3862d8";
pub const DR_VAULT: &str = "0ca3eb86-8800-46da-9c37-9d657a825274";
pub const FULL_VAULT: &str = "5e1f7a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b";
const SERVER_PROVIDER: &str = "0daac4c5-6707-4851-97ba-169e36266b66";

/// Nominal durations of one record (at job speed 1): waiting, then copying.
const WAIT_MS: f64 = 1000.0;
const COPY_MS: f64 = 4000.0;
/// Each further backup of one replication takes this much longer.
const STAGGER_MS: f64 = 1000.0;

pub fn handle(call: &Call) -> Option<Response> {
    let answer = match call.decl.id {
        "cbr.checkpoint.replicate" => replicate(call),
        "cbr.vault.list" => list_vaults(call, false),
        "cbr.vault.list_external" => list_vaults(call, true),
        "cbr.vault.get" => get_vault(call),
        "cbr.backup.list" => list_backups(call),
        "cbr.backup.get" => get_backup(call),
        _ => return None,
    };
    Some(answer)
}

fn cbr_error(status: StatusCode, code: &str, message: &str) -> Response {
    error(Service::Cbr, status, code, message)
}

/// One seeded vault (a row of the seed table).
#[allow(clippy::too_many_arguments)]
fn vault(id: &str, name: &str, project: &str, region: &str, protect_type: &str, size: i64, used: i64, description: &str) -> Value {
    json!({
        "id": id, "name": name, "description": description, "project_id": project, "provider_id": SERVER_PROVIDER,
        "billing": {
            "object_type": "server", "protect_type": protect_type, "size": size, "used": used, "status": "available",
            "charging_mode": "post_paid",
            "spec_code": if protect_type == "replication" { "vault.replication.server.normal" } else { "vault.backup.server.normal" },
        },
        "enterprise_project_id": "0", "created_at": "2024-05-20T02:11:35.000000",
        "_region": region,
    })
}

fn backup(vault: &Value, name: &str, resource: &str, image_type: &str, created: &str) -> Value {
    json!({
        "id": new_id(), "name": name, "status": "available", "image_type": image_type, "checkpoint_id": new_id(),
        "vault_id": vault["id"], "resource_name": resource, "resource_type": "OS::Nova::Server", "resource_size": 40,
        "project_id": vault["project_id"], "created_at": created, "expired_at": "",
        "replication_records": [],
    })
}

/// The destination region once, and a project's own vaults the first time it is seen.
fn seed(store: &mut Project, project_id: &str) {
    if !store.collections.contains_key(SEEDED) {
        let dr = vault(DR_VAULT, "dr-vault-guangzhou", DEST_PROJECT, DEST_REGION, "replication", 200, 40960, "Disaster recovery copies in Guangzhou");
        let full = vault(FULL_VAULT, "dr-vault-full", DEST_PROJECT, DEST_REGION, "replication", 40, 40960, "Replication vault whose capacity is used up");
        let old = backup(&dr, "autobk_web01_0520", "ecs-web01", "replication", "2024-05-20T02:30:00.000000");
        store.items_mut(VAULTS).extend([dr, full]);
        store.items_mut(BACKUPS).push(old);
        store.items_mut(SEEDED);
    }
    if store.items(SEEDED).iter().any(|p| p.as_str() == Some(project_id)) || project_id == DEST_PROJECT {
        return;
    }
    store.items_mut(SEEDED).push(json!(project_id));
    let prod = vault(&new_id(), "vault-prod-servers", project_id, HOME_REGION, "backup", 500, 122880, "Daily backups of the production servers");
    let empty = vault(&new_id(), "vault-empty-disks", project_id, HOME_REGION, "backup", 100, 0, "A vault with no backups yet");
    let backups = [
        backup(&prod, "autobk_web01_0601", "ecs-web01", "backup", "2024-06-01T01:00:12.000000"),
        backup(&prod, "autobk_web02_0601", "ecs-web02", "backup", "2024-06-01T01:00:15.000000"),
        backup(&prod, "autobk_db01_0601", "ecs-db01", "backup", "2024-06-01T01:02:40.000000"),
    ];
    store.items_mut(VAULTS).extend([prod, empty]);
    store.items_mut(BACKUPS).extend(backups);
}

/// A record's state at job time `t` (ms since it started).
fn record_state(record: &Value, t: f64) -> (&'static str, i64) {
    let duration = record["_duration"].as_f64().unwrap_or(COPY_MS);
    let fail_at = record["_fail_at"].as_f64();
    if t < WAIT_MS {
        ("waiting_replicate", 0)
    } else if fail_at.is_some_and(|f| t >= f) {
        ("error", ((fail_at.unwrap_or(0.0) - WAIT_MS) / (duration - WAIT_MS) * 100.0) as i64)
    } else if t < duration {
        ("replicating", (((t - WAIT_MS) / (duration - WAIT_MS)) * 100.0).clamp(1.0, 99.0) as i64)
    } else {
        ("available", 100)
    }
}

/// Brings every replication record up to date; a finished one's copy appears in the
/// destination vault.
fn settle(call: &Call, store: &mut Project) {
    let mut copies = Vec::new();
    for b in store.items_mut(BACKUPS).iter_mut() {
        let source = b.clone();
        let Some(records) = b.get_mut("replication_records").and_then(Value::as_array_mut) else { continue };
        for r in records.iter_mut() {
            if r.get("_settled").is_some() {
                continue;
            }
            let (status, progress) = record_state(r, elapsed(call, r["_started"].as_i64().unwrap_or(0)));
            r["status"] = json!(status);
            r["extra_info"]["progress"] = json!(progress);
            match status {
                "error" => {
                    r["extra_info"]["fail_code"] = json!("BackupService.6604");
                    r["extra_info"]["fail_reason"] = json!("The destination vault does not have enough capacity for the replicated backup; expand it and replicate again.");
                    r["_settled"] = json!(true);
                }
                "available" => {
                    r["_settled"] = json!(true);
                    let mut copy = source.clone();
                    copy["id"] = r["destination_backup_id"].clone();
                    copy["checkpoint_id"] = r["destination_checkpoint_id"].clone();
                    copy["vault_id"] = r["destination_vault_id"].clone();
                    copy["project_id"] = r["destination_project_id"].clone();
                    copy["image_type"] = json!("replication");
                    copy["replication_records"] = json!([]);
                    copy["created_at"] = json!(iso_time(tasks::now(call)).trim_end_matches('Z').to_string());
                    copies.push(copy);
                }
                _ => {}
            }
        }
    }
    store.items_mut(BACKUPS).extend(copies);
}

fn open<T>(call: &Call, f: impl FnOnce(&mut Project, &str) -> T) -> T {
    let project = call.project_id();
    tasks::with_store(call, STORE, |store| {
        seed(store, &project);
        settle(call, store);
        f(store, &project)
    })
}

fn replicate(call: &Call) -> Response {
    let body = call.body.clone().unwrap_or(Value::Null);
    let p = &body["replicate"];
    let (vault_id, dest_region, dest_project, dest_vault) =
        (text(p, "vault_id"), text(p, "destination_region"), text(p, "destination_project_id"), text(p, "destination_vault_id"));
    let accelerated = p["enable_acceleration"].as_bool() == Some(true);
    let auto_trigger = p["auto_trigger"].as_bool() == Some(true);
    open(call, |store, project| {
        let Some(source) = store.items(VAULTS).iter().find(|v| text(v, "id") == vault_id && text(v, "project_id") == project).cloned() else {
            return cbr_error(StatusCode::NOT_FOUND, "BackupService.6102", &format!("The vault {vault_id} does not exist."));
        };
        let source_region = text(&source, "_region").to_string();
        if dest_region == source_region {
            return cbr_error(StatusCode::BAD_REQUEST, "BackupService.6601", "Backups can only be replicated to another region: the destination region is the vault's own.");
        }
        let Some(target) = store
            .items(VAULTS)
            .iter()
            .find(|v| text(v, "id") == dest_vault && text(v, "project_id") == dest_project && text(v, "_region") == dest_region)
            .cloned()
        else {
            return cbr_error(
                StatusCode::NOT_FOUND,
                "BackupService.6104",
                &format!("The destination vault {dest_vault} does not exist in project {dest_project} of region {dest_region}."),
            );
        };
        if target["billing"]["protect_type"] != "replication" {
            return cbr_error(StatusCode::BAD_REQUEST, "BackupService.6602", "The destination vault must be a replication vault.");
        }
        let full = target["billing"]["used"].as_i64().unwrap_or(0) >= target["billing"]["size"].as_i64().unwrap_or(0) * 1024;
        let now = tasks::now(call);
        let mut answered = Vec::new();
        let mut index = 0.0;
        for b in store.items_mut(BACKUPS).iter_mut() {
            if text(b, "vault_id") != vault_id || text(b, "status") != "available" || text(b, "image_type") != "backup" {
                continue;
            }
            let record_id = new_id();
            let mut duration = COPY_MS + STAGGER_MS * index;
            if accelerated {
                duration = WAIT_MS + (duration - WAIT_MS) / 2.0;
            }
            index += 1.0;
            let mut record = json!({
                "id": record_id, "status": "waiting_replicate",
                "destination_region": dest_region, "destination_project_id": dest_project, "destination_vault_id": dest_vault,
                "destination_backup_id": new_id(), "destination_checkpoint_id": new_id(),
                "source_backup_id": b["id"], "source_checkpoint_id": b["checkpoint_id"], "source_region": source_region,
                "vault_id": vault_id, "created_at": iso_time(now).trim_end_matches('Z'),
                "extra_info": {"progress": 0, "auto_trigger": auto_trigger},
                "_started": now, "_duration": duration,
            });
            if full {
                record["_fail_at"] = json!(WAIT_MS + (duration - WAIT_MS) * 0.6);
            }
            answered.push(json!({"backup_id": b["id"], "replication_record_id": record_id}));
            if let Some(records) = b.get_mut("replication_records").and_then(Value::as_array_mut) {
                records.push(record);
            }
        }
        if answered.is_empty() {
            return cbr_error(StatusCode::BAD_REQUEST, "BackupService.6603", "The vault has no available backups to replicate.");
        }
        call.ok(&json!({"replication": {
            "backups": answered,
            "destination_project_id": dest_project,
            "destination_region": dest_region,
            "destination_vault_id": dest_vault,
            "project_id": project,
            "provider_id": source["provider_id"],
            "source_region": source_region,
            "vault_id": vault_id,
        }}))
    })
}

fn list_vaults(call: &Call, external: bool) -> Response {
    open(call, |store, project| {
        let (owner, region) = if external {
            (call.param("external_project_id").unwrap_or_default().to_string(), call.param("region_id").map(str::to_string))
        } else {
            (project.to_string(), None)
        };
        let items: Vec<Value> = store
            .items(VAULTS)
            .iter()
            .filter(|v| text(v, "project_id") == owner)
            .filter(|v| region.as_deref().is_none_or(|r| text(v, "_region") == r))
            .filter(|v| tasks::matches(call, v, &[("name", "name")]))
            .filter(|v| call.param("protect_type").is_none_or(|t| v["billing"]["protect_type"] == t))
            .map(public)
            .collect();
        let count = items.len();
        call.ok(&json!({"vaults": page(call, items), "count": count}))
    })
}

fn get_vault(call: &Call) -> Response {
    let id = call.param("vault_id").unwrap_or_default().to_string();
    open(call, |store, project| match store.items(VAULTS).iter().find(|v| text(v, "id") == id && text(v, "project_id") == project) {
        Some(v) => call.ok(&json!({"vault": public(v)})),
        None => cbr_error(StatusCode::NOT_FOUND, "BackupService.6102", &format!("The vault {id} does not exist.")),
    })
}

fn list_backups(call: &Call) -> Response {
    open(call, |store, project| {
        let items: Vec<Value> = store
            .items(BACKUPS)
            .iter()
            .filter(|b| text(b, "project_id") == project)
            .filter(|b| tasks::matches(call, b, &[("vault_id", "vault_id"), ("name", "name"), ("status", "status"), ("image_type", "image_type")]))
            .map(public)
            .collect();
        let count = items.len();
        call.ok(&json!({"backups": page(call, items), "count": count}))
    })
}

fn get_backup(call: &Call) -> Response {
    let id = call.param("backup_id").unwrap_or_default().to_string();
    open(call, |store, project| match store.items(BACKUPS).iter().find(|b| text(b, "id") == id && text(b, "project_id") == project) {
        Some(b) => call.ok(&json!({"backup": public(b)})),
        None => cbr_error(StatusCode::NOT_FOUND, "BackupService.6103", &format!("The backup {id} does not exist.")),
    })
}
