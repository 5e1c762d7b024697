//! CSE over the emulator's request handling: engines created and deleted as jobs followed
//! through the job query, the documented refusals in the engine manager's error body, and the
//! configuration export and import round trip with each `override` policy.

use serde_json::{json, Value};

mod common;
use common::{Answer, Sandbox};

const PROJECT: &str = "0605767e0f00d5762f5fc012cb2f4c97";
const MALL: &str = "5f3c2a1b-7d4e-4f60-9a8b-0c1d2e3f4a5b";
const LEGACY: &str = "6a4d3b2c-8e5f-4a71-8b9c-1d2e3f4a5b6c";
const STAGING: &str = "7b5e4c3d-9f6a-4b82-9cad-2e3f4a5b6c7d";

const TOKEN: (&str, &str) = ("x-auth-token", "sandbox-demo-token");

fn engines_path() -> String {
    format!("/v2/{PROJECT}/enginemgr/engines")
}

fn get(s: &Sandbox, path: &str) -> Answer {
    s.send("GET", path, &[TOKEN], b"")
}

fn post_json(s: &Sandbox, path: &str, headers: &[(&'static str, &str)], body: &Value) -> Answer {
    let mut all = vec![TOKEN, ("content-type", "application/json")];
    all.extend_from_slice(headers);
    s.send("POST", path, &all, body.to_string().as_bytes())
}

fn new_engine(name: &str) -> Value {
    json!({
        "name": name, "payment": "1", "flavor": "cse.s1.small2", "azList": ["cn-north-4a"], "authType": "NONE",
        "vpc": "vpc-mall", "vpcId": "b4d6f0a8-6f3c-4c61-9f3a-52f6a1c8e0d2", "networkId": "4779ab1c-7c1a-44b1-a02e-93dfc361b32d",
        "subnetCidr": "192.168.0.0/24", "specType": "CSE2",
    })
}

fn job(s: &Sandbox, engine_id: &str, job_id: &Value) -> Answer {
    get(s, &format!("{}/{engine_id}/jobs/{job_id}", engines_path()))
}

fn names(list: &Answer) -> Vec<String> {
    list.body["data"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap().to_string()).collect()
}

/// The engine manager's error body: `{errorCode, errorMessage, detail}` and nothing else.
fn engine_error(a: &Answer, status: u16, code: &str) {
    assert_eq!(a.status, status, "{}", a.body);
    assert_eq!(a.body["errorCode"], code, "{}", a.body);
    assert!(a.body["errorMessage"].is_string() && a.body["detail"].is_string(), "{}", a.body);
    assert_eq!(a.body.as_object().unwrap().len(), 3, "{}", a.body);
}

#[test]
fn an_engine_is_created_and_deleted_through_jobs() {
    let s = Sandbox::new();
    let created = post_json(&s, &engines_path(), &[], &new_engine("cse-orders"));
    assert_eq!(created.status, 200, "{}", created.body);
    let id = created.body["id"].as_str().unwrap().to_string();
    assert_eq!(created.body["name"], "cse-orders");
    let job_id = created.body["jobId"].clone();
    assert!(job_id.is_i64(), "jobId is an integer: {}", created.body);

    // Creating: listed at once, its job starts at Init.
    let detail = get(&s, &format!("{}/{id}", engines_path()));
    assert_eq!((detail.status, detail.body["status"].as_str()), (200, Some("Creating")));
    assert_eq!(detail.body["latestJobId"], job_id);
    assert_eq!(job(&s, &id, &job_id).body["status"], "Init");
    s.wait(3);
    let running = job(&s, &id, &job_id);
    assert_eq!((running.body["status"].as_str(), running.body["type"].as_str()), (Some("Executing"), Some("Create")));
    assert_eq!(running.body["engineId"], id.as_str());
    let stages: Vec<&str> = running.body["tasks"].as_array().unwrap().iter().map(|t| t["status"].as_str().unwrap()).collect();
    assert!(stages.contains(&"Finished") && stages.contains(&"Executing"), "{stages:?}");
    // An engine being created cannot be deleted.
    engine_error(&s.send("DELETE", &format!("{}/{id}", engines_path()), &[TOKEN], b""), 400, "SVCSTG.00501117");

    s.wait(5);
    assert_eq!(job(&s, &id, &job_id).body["status"], "Finished");
    let detail = get(&s, &format!("{}/{id}", engines_path()));
    assert_eq!(detail.body["status"], "Available");
    let registry = detail.body["externalEntrypoint"]["serviceEndpoint"]["serviceCenter"]["masterEntrypoint"].as_str().unwrap();
    assert!(registry.starts_with("https://192.168.0.") && registry.ends_with(":30100"), "{registry}");
    assert!(names(&get(&s, &engines_path())).contains(&"cse-orders".to_string()));

    // The name is taken now.
    engine_error(&post_json(&s, &engines_path(), &[], &new_engine("cse-orders")), 400, "SVCSTG.00501111");

    let deleted = s.send("DELETE", &format!("{}/{id}", engines_path()), &[TOKEN], b"");
    assert_eq!(deleted.status, 200, "{}", deleted.body);
    assert_eq!(deleted.body["id"], id.as_str());
    let delete_job = deleted.body["jobId"].clone();
    assert_ne!(delete_job, job_id);
    assert_eq!(get(&s, &format!("{}/{id}", engines_path())).body["status"], "Deleting");
    s.wait(5);
    let done = job(&s, &id, &delete_job);
    assert_eq!((done.body["status"].as_str(), done.body["type"].as_str()), (Some("Finished"), Some("Delete")));
    assert!(!names(&get(&s, &engines_path())).contains(&"cse-orders".to_string()));
    // Gone: the engine manager's "not found", a 400.
    engine_error(&get(&s, &format!("{}/{id}", engines_path())), 400, "SVCSTG.00501116");
}

#[test]
fn the_demo_engines_and_their_jobs() {
    let s = Sandbox::new();
    let list = get(&s, &engines_path());
    assert_eq!(list.status, 200);
    assert_eq!(list.body["total"], 3);
    assert_eq!(names(&list), ["cse-mall", "cse-legacy", "cse-staging"]);
    // Cut to the list's members: no detail-only members, no bookkeeping.
    let first = &list.body["data"][0];
    assert!(first.get("cceSpec").is_none() && first.get("_kvs").is_none(), "{first}");
    assert_eq!(first["serviceEndpoint"]["kie"]["masterEntrypoint"], "https://192.168.0.169:30110");
    // Paged by offset and limit; the total stays.
    let page = get(&s, &format!("{}?offset=1&limit=1", engines_path()));
    assert_eq!((names(&page), page.body["total"].as_i64()), (vec!["cse-legacy".to_string()], Some(3)));

    let failed = get(&s, &format!("{}/{STAGING}", engines_path()));
    assert_eq!(failed.body["status"], "CreateFailed");
    let failed_job = job(&s, STAGING, &failed.body["latestJobId"]);
    assert_eq!(failed_job.body["status"], "Error");
    assert!(failed_job.body["tasks"].as_array().unwrap().iter().any(|t| t["status"] == "Error"));
    assert_eq!(job(&s, MALL, &json!(12339)).body["status"], "Finished");
    // Job ids are numbers; another engine's job is not found.
    engine_error(&get(&s, &format!("{}/{MALL}/jobs/abc", engines_path())), 400, "SVCSTG.00501152");
    engine_error(&job(&s, LEGACY, &json!(12339)), 400, "SVCSTG.00501153");

    let flavors = get(&s, &format!("/v2/{PROJECT}/enginemgr/flavors?specType=CSE2"));
    assert_eq!(flavors.body["total"], 4);
    assert_eq!(flavors.body["data"][0]["flavor"], "cse.s1.small2");
    engine_error(&get(&s, &format!("/v2/{PROJECT}/enginemgr/flavors")), 400, "SVCSTG.00501134");
}

#[test]
fn invalid_engines_are_refused_with_the_documented_error() {
    let s = Sandbox::new();
    for name in ["1cse", "ab", "cse-", "cse_mall", "a-very-long-engine-name-x1"] {
        engine_error(&post_json(&s, &engines_path(), &[], &new_engine(name)), 400, "SVCSTG.00500400");
    }
    engine_error(&post_json(&s, &engines_path(), &[], &new_engine("default")), 400, "SVCSTG.00500400");
    let mut body = new_engine("cse-orders");
    body["flavor"] = json!("cse.s1.small");
    engine_error(&post_json(&s, &engines_path(), &[], &body), 400, "SVCSTG.00501104");
    // Security authentication needs the root password.
    let mut body = new_engine("cse-orders");
    body["authType"] = json!("RBAC");
    engine_error(&post_json(&s, &engines_path(), &[], &body), 400, "SVCSTG.00500400");
    body["auth_cred"] = json!({"pwd": "Sandbox-123"});
    assert_eq!(post_json(&s, &engines_path(), &[], &body).status, 200);
    // Nothing was created by the refusals.
    assert_eq!(get(&s, &engines_path()).body["total"], 4);
}

fn export(s: &Sandbox, engine: &str, query: &str, ids: Value) -> Answer {
    post_json(s, &format!("/v1/{PROJECT}/kie/download{query}"), &[("x-engine-id", engine)], &json!({"ids": ids}))
}

fn import(s: &Sandbox, engine: &str, query: &str, file_name: &str, content: &[u8]) -> Answer {
    let url = opsdeck_api::multipart::file_data_url("application/json", file_name, content);
    let form = json!({"upload_file": url});
    let (body, content_type) = opsdeck_api::multipart::encode(form.as_object().unwrap());
    s.send("POST", &format!("/v1/{PROJECT}/kie/file{query}"), &[TOKEN, ("content-type", &content_type), ("x-engine-id", engine)], &body)
}

/// The configuration error body: `{error_code, error_message, detail}`.
fn kie_error(a: &Answer, status: u16, code: &str) {
    assert_eq!(a.status, status, "{}", a.body);
    assert_eq!(a.body["error_code"], code, "{}", a.body);
    assert!(a.body["error_message"].is_string() && a.body["detail"].is_string(), "{}", a.body);
}

#[test]
fn exported_key_values_import_back_with_each_override_policy() {
    let s = Sandbox::new();
    let all = export(&s, MALL, "", json!([]));
    assert_eq!(all.status, 200, "{}", all.body);
    assert_eq!(all.body["metadata"]["version"], "2.0.0");
    let data = all.body["data"].as_array().unwrap().clone();
    assert_eq!(data.len(), 4);
    // By id, by label (contained or exact).
    assert_eq!(export(&s, MALL, "", json!([data[1]["id"]])).body["data"].as_array().unwrap().len(), 1);
    assert_eq!(export(&s, MALL, "?label=app:mall", json!([])).body["data"].as_array().unwrap().len(), 3);
    assert_eq!(export(&s, MALL, "?label=app:payment&match=exact", json!([])).body["data"].as_array().unwrap().len(), 1);

    // The exported file with one value changed and one key added.
    let mut file = json!({"data": data});
    file["data"][0]["value"] = json!("45s");
    file["data"].as_array_mut().unwrap().push(json!({"key": "order.max-items", "value": "50", "labels": {"app": "mall"}, "status": "enabled", "value_type": "text"}));
    let bytes = file.to_string().into_bytes();

    let skipped = import(&s, MALL, "?override=skip", "mall.json", &bytes);
    assert_eq!(skipped.status, 200, "{}", skipped.body);
    assert_eq!(skipped.body["success"].as_array().unwrap().len(), 1, "only the new key: {}", skipped.body);
    assert_eq!(skipped.body["failure"].as_array().unwrap().len(), 4);
    assert_eq!(skipped.body["failure"][0]["error_code"], "SVCSTG.00400107");
    assert_eq!(export(&s, MALL, "", json!([data[0]["id"]])).body["data"][0]["value"], "30s", "skip keeps the old value");

    let forced = import(&s, MALL, "?override=force", "mall.json", &bytes);
    assert_eq!(forced.status, 200, "{}", forced.body);
    assert_eq!(forced.body["success"].as_array().unwrap().len(), 5);
    assert!(forced.body["failure"].as_array().unwrap().is_empty());
    let changed = &forced.body["success"][0];
    assert_eq!((changed["value"].as_str(), changed["id"].as_str()), (Some("45s"), data[0]["id"].as_str()));
    assert!(changed["update_revision"].as_i64() > changed["create_revision"].as_i64());
    assert_eq!(export(&s, MALL, "", json!([data[0]["id"]])).body["data"][0]["value"], "45s", "force replaces");
    assert_eq!(export(&s, MALL, "", json!([])).body["data"].as_array().unwrap().len(), 5, "no duplicates");

    // abort stops at the first duplicate: what follows it is not imported either.
    let mut mixed = json!({"data": [
        {"key": "fresh.one", "value": "1", "labels": {"app": "mall"}},
        data[1].clone(),
        {"key": "fresh.two", "value": "2", "labels": {"app": "mall"}},
    ]});
    mixed["data"][1]["value"] = json!("9");
    let aborted = import(&s, MALL, "?override=abort", "mall.json", mixed.to_string().as_bytes());
    assert_eq!(aborted.status, 200, "{}", aborted.body);
    assert_eq!(aborted.body["success"].as_array().unwrap().len(), 1);
    assert_eq!(aborted.body["failure"].as_array().unwrap().len(), 2);
    // The label parameter relabels every key-value: none is a duplicate then.
    let relabelled = import(&s, MALL, "?override=abort&label=environment:dr", "mall.json", mixed.to_string().as_bytes());
    assert_eq!(relabelled.body["success"].as_array().unwrap().len(), 3, "{}", relabelled.body);
    assert_eq!(relabelled.body["success"][0]["labels"], json!({"environment": "dr"}));

    // The documented refusals, in the configuration error body.
    kie_error(&import(&s, MALL, "?override=force", "mall.txt", &bytes), 400, "SVCSTG.00400651");
    kie_error(&import(&s, MALL, "?override=force", "mall.json", b"[1, 2]"), 400, "SVCSTG.00400650");
    kie_error(&import(&s, MALL, "?override=sometimes", "mall.json", &bytes), 400, "SVCSTG.00400100");
    kie_error(&import(&s, MALL, "", "mall.json", &bytes), 400, "SVCSTG.00400100");
    kie_error(&import(&s, LEGACY, "?override=force", "mall.json", &bytes), 400, "SVCSTG.00400100");
    kie_error(&export(&s, "no-such-engine", "", json!([])), 404, "SVCSTG.00400106");
    let no_engine = post_json(&s, &format!("/v1/{PROJECT}/kie/download"), &[], &json!({"ids": []}));
    kie_error(&no_engine, 400, "SVCSTG.00400100");
    // Key-values of one engine are not another's.
    let staging = export(&s, STAGING, "", json!([]));
    kie_error(&staging, 400, "SVCSTG.00400100");
}
