//! Configuration management (4.5): every creation and change of a config file adds a version
//! to its history (4.5.9–4.5.11), and a zip archive uploaded as `multipart/form-data` imports
//! one config per file (4.5.4): folders name the groups (created when missing), files the
//! configs, `.yaml`/`.yml`/`.properties` their format.

use std::io::{Cursor, Read};

use axum::http::header;
use axum::response::Response;
use opsdeck_api::servicestage::v3::resources as ss;
use serde_json::{json, Map, Value};

use super::super::engine::crud::{self, PARENT};
use super::super::engine::{multipart, new_id, Call, Store};
use super::{behavior, invalid, object, run, text, SANDBOX_USER};

const CONFIGS: &str = "configs";
const GROUPS: &str = "config-groups";
const HISTORIES: &str = "config-histories";

/// Table 4-328: at most 500 KB and 500 files.
const MAX_UPLOAD: usize = 500 * 1024;
const MAX_FILES: usize = 500;
/// What one archive may unpack to, against archives that inflate without end.
const MAX_UNPACKED: u64 = 8 * 1024 * 1024;

/// Members of a new config file: its first version, bound to no component.
pub fn defaults() -> Value {
    json!({"version": "v1", "sensitive": false, "_bindings": []})
}

/// The components the file is bound to, as they are now (`_bindings` holds their ids).
pub fn present(project: &Store, config: &mut Map<String, Value>) {
    let components: Vec<Value> = config
        .get("_bindings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter_map(|id| project.find("components", "id", id))
        .map(|c| {
            json!({
                "application_id": c.get("application_id"),
                "component_id": c.get("id"),
                "component_name": c.get("name"),
                "environment_id": c.get("environment_id"),
            })
        })
        .collect();
    config.insert("components".into(), Value::Array(components));
}

/// Records the config file at `index` as it is now in its history.
fn add_history(project: &mut Store, index: usize, now: i64) {
    let Some(config) = project.items(CONFIGS).get(index) else { return };
    let mut shown = config.as_object().cloned().unwrap_or_default();
    present(project, &mut shown);
    let history = object([
        ("config_history_id", json!(new_id())),
        ("config_id", shown.get("id").cloned().unwrap_or(Value::Null)),
        ("content", shown.get("content").cloned().unwrap_or(Value::Null)),
        ("version", shown.get("version").cloned().unwrap_or(Value::Null)),
        ("type", shown.get("type").cloned().unwrap_or(Value::Null)),
        ("create_time", json!(now)),
        ("components", shown.get("components").cloned().unwrap_or(json!([]))),
        ("creator", json!(SANDBOX_USER)),
        ("group_id", shown.get("config_group_id").cloned().unwrap_or(Value::Null)),
        ("config_name", shown.get("name").cloned().unwrap_or(Value::Null)),
        ("description", shown.get("description").cloned().unwrap_or(json!(""))),
        ("sensitive", shown.get("sensitive").cloned().unwrap_or(json!(false))),
        (PARENT, shown.get("id").cloned().unwrap_or(Value::Null)),
    ]);
    project.items_mut(HISTORIES).push(history);
}

/// The next version after `v3`: `v4`.
fn next_version(current: Option<&Value>) -> String {
    let n = current.and_then(Value::as_str).and_then(|v| v.trim_start_matches('v').parse::<u64>().ok()).unwrap_or(0);
    format!("v{}", n + 1)
}

/// 4.5.3: the file, with its first history entry.
pub fn create(call: &Call) -> Response {
    run(call, |project| {
        let b = behavior(&ss::CONFIGS);
        let index = crud::create(b, call, project, Map::new())?;
        add_history(project, index, call.state.now());
        Ok(crud::answer_item(b, call, project, index))
    })
}

/// 4.5.8: a new version of the file, recorded in its history.
pub fn update(call: &Call) -> Response {
    run(call, |project| {
        let b = behavior(&ss::CONFIGS);
        let index = crud::update(b, call, project)?;
        if let Some(config) = project.items_mut(CONFIGS).get_mut(index) {
            config["version"] = json!(next_version(config.get("version")));
        }
        add_history(project, index, call.state.now());
        Ok(crud::answer_item(b, call, project, index))
    })
}

/// Names of groups and files (tables 4-314, 4-323).
fn valid_name(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    (2..=64).contains(&chars.len())
        && chars[0].is_ascii_alphabetic()
        && chars[chars.len() - 1].is_ascii_alphanumeric()
        && chars.iter().all(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
}

/// One file of an archive, checked.
struct Entry {
    group: String,
    name: String,
    kind: &'static str,
    content: String,
}

/// Reads and checks every file of the archive before anything changes.
fn read_archive(data: &[u8]) -> Result<Vec<Entry>, Response> {
    let bad = |why: String| invalid(&format!("upload_file: {why}"));
    let mut zip = zip::ZipArchive::new(Cursor::new(data)).map_err(|e| bad(format!("not a zip archive ({e})")))?;
    let mut entries = Vec::new();
    let mut unpacked = 0u64;
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).map_err(|e| bad(format!("entry {i} cannot be read ({e})")))?;
        let path = file.name().map(|n| n.to_string()).map_err(|e| bad(format!("entry {i} has no usable name ({e})")))?;
        if file.is_dir() || path.starts_with("__MACOSX/") || path.rsplit('/').next().is_some_and(|f| f.starts_with('.')) {
            continue;
        }
        let parts: Vec<&str> = path.split('/').collect();
        let [group, file_name] = parts[..] else {
            return Err(bad(format!("{path}: each file goes in a folder named after its config group")));
        };
        let (stem, ext) = file_name.rsplit_once('.').unwrap_or((file_name, ""));
        let kind = match ext.to_ascii_lowercase().as_str() {
            "yaml" | "yml" => "yaml",
            "properties" => "properties",
            _ => return Err(bad(format!("{path}: only yaml and properties files can be imported"))),
        };
        if !valid_name(group) {
            return Err(bad(format!("{path}: the folder name {group} is not a valid config group name")));
        }
        if !valid_name(stem) {
            return Err(bad(format!("{path}: {stem} is not a valid config name")));
        }
        if entries.len() == MAX_FILES {
            return Err(bad(format!("more than {MAX_FILES} files")));
        }
        let mut bytes = Vec::new();
        (&mut file).take(MAX_UNPACKED - unpacked + 1).read_to_end(&mut bytes).map_err(|e| bad(format!("{path} cannot be unpacked ({e})")))?;
        unpacked += bytes.len() as u64;
        if unpacked > MAX_UNPACKED {
            return Err(bad("the archive unpacks to too much data".into()));
        }
        let content = String::from_utf8(bytes).map_err(|_| bad(format!("{path} is not UTF-8 text")))?;
        entries.push(Entry { group: group.to_string(), name: stem.to_string(), kind, content });
    }
    if entries.is_empty() {
        return Err(bad("the archive holds no config file".into()));
    }
    Ok(entries)
}

/// 4.5.4: imports a zip archive; files whose name exists in their group replace it
/// (`covered`) or are left out (`skip`, the default).
pub fn import(call: &Call) -> Response {
    run(call, |project| {
        let content_type = call.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let parts = multipart::parse(content_type, call.raw).map_err(|e| invalid(&format!("upload_file: {e}")))?;
        let Some(file) = parts.iter().find(|p| p.name == "upload_file") else {
            return Err(invalid("upload_file: required (a zip archive)"));
        };
        let policy = parts.iter().find(|p| p.name == "repetition_policy").map(|p| p.text()).filter(|p| !p.is_empty()).unwrap_or_else(|| "skip".into());
        if policy != "covered" && policy != "skip" {
            return Err(invalid("repetition_policy: must be covered or skip"));
        }
        if file.data.len() > MAX_UPLOAD {
            return Err(invalid("upload_file: larger than 500 KB"));
        }
        let entries = read_archive(file.data)?;
        let now = call.state.now();
        let project_id = call.project_id();
        let (mut total, mut covered, mut skipped) = (0, 0, 0);
        for entry in entries {
            let group_id = match project.find(GROUPS, "name", &entry.group) {
                Some(g) => text(g, "id").to_string(),
                None => {
                    let id = new_id();
                    project.items_mut(GROUPS).push(json!({
                        "id": id, "name": entry.group, "description": "", "creator": SANDBOX_USER,
                        "project_id": project_id, "create_time": now,
                    }));
                    id
                }
            };
            let existing = project
                .items(CONFIGS)
                .iter()
                .position(|c| text(c, "config_group_id") == group_id && text(c, "name") == entry.name);
            let index = match existing {
                Some(_) if policy == "skip" => {
                    skipped += 1;
                    continue;
                }
                Some(i) => {
                    let config = &mut project.items_mut(CONFIGS)[i];
                    config["content"] = json!(entry.content);
                    config["type"] = json!(entry.kind);
                    config["version"] = json!(next_version(config.get("version")));
                    config["update_time"] = json!(now);
                    covered += 1;
                    i
                }
                None => {
                    let items = project.items_mut(CONFIGS);
                    items.push(json!({
                        "id": new_id(), "config_group_id": group_id, "name": entry.name, "description": "",
                        "creator": SANDBOX_USER, "project_id": project_id, "type": entry.kind, "content": entry.content,
                        "version": "v1", "sensitive": false, "create_time": now, "update_time": now,
                        "_parent": group_id, "_bindings": [],
                    }));
                    items.len() - 1
                }
            };
            total += 1;
            add_history(project, index, now);
        }
        Ok(call.ok(&json!({"covered_num": covered, "skip_num": skipped, "total_num": total})))
    })
}
