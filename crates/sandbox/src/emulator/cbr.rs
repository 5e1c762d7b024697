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
use opsdeck_api::resource::Filter;
use serde_json::{json, Value};

use super::engine::crud::{self, ResourceBehavior};
use super::engine::registry::{ErrorShape, Handler, Registration, StoreScope};
use super::engine::{iso_time, new_id, text, Call, Clock, Store};

const VAULTS: &str = "vaults";
const BACKUPS: &str = "backups";
/// The projects whose own vaults have been seeded.
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

const ERRORS: ErrorShape = ErrorShape::CodeMsg;

/// CBR as the engine sees it: vaults and backups are listed and read generically, from one
/// store for the sandbox in which each project sees the items it owns (a replication reaches
/// into another project's vaults); the replication and the list of another region's vaults are
/// handlers.
pub fn registration() -> Registration {
    Registration {
        service: Service::Cbr,
        errors: ERRORS,
        invalid_code: "BackupService.9900",
        store: StoreScope::Shared { owner: Some("project_id") },
        resources: RESOURCES,
        seed,
        settle,
        handlers: HANDLERS,
        path_formats: &[super::HUAWEI_PROJECT_ID],
        ..Registration::BASE
    }
}

static RESOURCES: &[ResourceBehavior] = &[
    ResourceBehavior {
        resource: &opsdeck_api::cbr::VAULTS,
        not_found: ("BackupService.6102", "The vault {id} does not exist."),
        more_filters: &[Filter { param: "protect_type", field: "billing.protect_type" }],
        ..ResourceBehavior::BASE
    },
    ResourceBehavior {
        resource: &opsdeck_api::cbr::BACKUPS,
        not_found: ("BackupService.6103", "The backup {id} does not exist."),
        more_filters: &[Filter { param: "name", field: "name" }, Filter { param: "status", field: "status" }],
        ..ResourceBehavior::BASE
    },
];

static HANDLERS: &[(&str, Handler)] = &[
    // Checks source and destination across regions and projects, and starts one replication
    // record per available backup.
    ("cbr.checkpoint.replicate", replicate),
    // Another project's vaults in another region: the caller owns none of them.
    ("cbr.vault.list_external", list_external_vaults),
];

fn cbr_error(status: StatusCode, code: &str, message: &str) -> Response {
    ERRORS.answer(status, code, message)
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

/// The destination region, shared by every project.
fn seed(store: &mut Store, _: &str, _: i64) {
    let dr = vault(DR_VAULT, "dr-vault-guangzhou", DEST_PROJECT, DEST_REGION, "replication", 200, 40960, "Disaster recovery copies in Guangzhou");
    let full = vault(FULL_VAULT, "dr-vault-full", DEST_PROJECT, DEST_REGION, "replication", 40, 40960, "Replication vault whose capacity is used up");
    let old = backup(&dr, "autobk_web01_0520", "ecs-web01", "replication", "2024-05-20T02:30:00.000000");
    store.items_mut(VAULTS).extend([dr, full]);
    store.items_mut(BACKUPS).push(old);
}

/// A project's own vaults, the first time it is seen.
fn seed_project(store: &mut Store, project_id: &str) {
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

/// Seeds the caller's vaults on first sight and brings every replication record up to date; a
/// finished one's copy appears in the destination vault.
fn settle(store: &mut Store, clock: &Clock, caller: &str) {
    seed_project(store, caller);
    let mut copies = Vec::new();
    for b in store.items_mut(BACKUPS).iter_mut() {
        let source = b.clone();
        let Some(records) = b.get_mut("replication_records").and_then(Value::as_array_mut) else {
            continue;
        };
        for r in records.iter_mut() {
            if r.get("_settled").is_some() {
                continue;
            }
            let (status, progress) = record_state(r, clock.elapsed(r["_started"].as_i64().unwrap_or(0)));
            r["status"] = json!(status);
            r["extra_info"]["progress"] = json!(progress);
            match status {
                "error" => {
                    r["extra_info"]["fail_code"] = json!("BackupService.6604");
                    r["extra_info"]["fail_reason"] =
                        json!("The destination vault does not have enough capacity for the replicated backup; expand it and replicate again.");
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
                    copy["created_at"] = json!(iso_time(clock.now).trim_end_matches('Z').to_string());
                    copies.push(copy);
                }
                _ => {}
            }
        }
    }
    store.items_mut(BACKUPS).extend(copies);
}

fn replicate(call: &Call) -> Response {
    let body = call.body.clone().unwrap_or(Value::Null);
    let p = &body["replicate"];
    let (vault_id, dest_region, dest_project, dest_vault) =
        (text(p, "vault_id"), text(p, "destination_region"), text(p, "destination_project_id"), text(p, "destination_vault_id"));
    let accelerated = p["enable_acceleration"].as_bool() == Some(true);
    let auto_trigger = p["auto_trigger"].as_bool() == Some(true);
    let project = &call.project_id();
    call.with_store(|store| {
        let Some(source) = store.items(VAULTS).iter().find(|v| text(v, "id") == vault_id && text(v, "project_id") == project).cloned() else {
            return cbr_error(StatusCode::NOT_FOUND, "BackupService.6102", &format!("The vault {vault_id} does not exist."));
        };
        let source_region = text(&source, "_region").to_string();
        if dest_region == source_region {
            return cbr_error(
                StatusCode::BAD_REQUEST,
                "BackupService.6601",
                "Backups can only be replicated to another region: the destination region is the vault's own.",
            );
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
        let now = call.clock().now;
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

fn list_external_vaults(call: &Call) -> Response {
    let owner = call.param("external_project_id").unwrap_or_default();
    let region = call.param("region_id");
    let b = &RESOURCES[0];
    // The shared store stays locked only while the vaults are picked out; paging and
    // serialising happen after.
    let items: Vec<Value> = call.with_store(|store| {
        store
            .items(VAULTS)
            .iter()
            .filter(|v| text(v, "project_id") == owner && region.is_none_or(|r| text(v, "_region") == r))
            .filter(|v| call.param("name").is_none_or(|n| n.is_empty() || text(v, "name") == n))
            .filter(|v| call.param("protect_type").is_none_or(|t| v["billing"]["protect_type"] == t))
            .cloned()
            .collect()
    });
    let items = items.into_iter().map(|v| crud::cut(v, None)).collect();
    crud::page(b, call, items).map_or_else(|refused| refused, |answer| call.ok(&answer))
}
