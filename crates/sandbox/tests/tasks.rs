//! The sandbox's long-running tasks: IMS image copy, CBR checkpoint replication, Rainbond app
//! copy and market install. State across calls, the documented constraints and error bodies,
//! and jobs whose progress follows the sandbox's clock (moved forward here, not slept).


use serde_json::{json, Value};

mod common;
use common::{Answer, Sandbox};

const GOLDEN: &str = "465076de-dc36-4aec-80f5-ef9d8009428f";
const WHOLE: &str = "b1f3c2d4-6a7e-4b8c-9d0e-1f2a3b4c5d61";
const ISO: &str = "c2a4d3e5-7b8f-4c9d-8e1f-2a3b4c5d6e72";
const PUBLIC: &str = "d3b5e4f6-8c9a-4dae-9f2a-3b4c5d6e7f83";
const SAVING: &str = "e4c6f5a7-9dab-4ebf-8a3b-4c5d6e7f8a94";
const SHARED: &str = "f5d7a6b8-aebc-4fca-9b4c-5d6e7f8a9ba5";
const CORRUPTED: &str = "a6e8b7c9-bfcd-4adb-8c5d-6e7f8a9bacb6";
const DEST_PROJECT: &str = "68589cac08274b82b4e254268a3862d8";
const DR_VAULT: &str = "0ca3eb86-8800-46da-9c37-9d657a825274";
const FULL_VAULT: &str = "5e1f7a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b";
const KEY: &str = "123456789012340af5dff63cb740788e";

impl Sandbox {
    /// A JSON request with the credentials `auth` names.
    fn json(&self, method: &str, path: &str, body: Option<Value>, auth: Option<(&'static str, &'static str)>) -> Answer {
        let bytes = body.map(|b| b.to_string().into_bytes()).unwrap_or_default();
        let mut headers = vec![("content-type", "application/json")];
        headers.extend(auth);
        self.send(method, path, &headers, &bytes)
    }

    /// A Huawei Cloud call with a token.
    fn hw(&self, method: &str, path: &str, body: Option<Value>) -> Answer {
        self.json(method, path, body, Some(("x-auth-token", "sandbox-demo-token")))
    }

    /// A Rainbond call with its key.
    fn rb(&self, method: &str, path: &str, body: Option<Value>) -> Answer {
        self.json(method, path, body, Some(("authorization", "sandbox-rainbond-key")))
    }
}

fn copy_body(name: &str) -> Value {
    json!({"name": name, "description": "copied in a test"})
}

#[test]
fn ims_copy_runs_as_a_job_and_the_new_image_appears() {
    let s = Sandbox::new();
    let list = s.hw("GET", "/v2/cloudimages?__imagetype=private&status=active", None);
    assert_eq!(list.status, 200);
    let names: Vec<&str> = list.body["images"].as_array().unwrap().iter().map(|i| i["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"web-server-golden") && !names.contains(&"Ubuntu 22.04 server 64bit") && !names.contains(&"app-build-saving"));
    assert!(list.body["images"][0].get("_copy_fails").is_none(), "bookkeeping stays inside");
    assert_eq!(list.body["images"][0]["__whole_image"], "false", "IMS's own attributes keep their underscores");

    let started = s.hw("POST", &format!("/v1/cloudimages/{GOLDEN}/copy"), Some(copy_body("golden-copy")));
    assert_eq!(started.status, 200);
    let job_id = started.body["job_id"].as_str().unwrap().to_string();
    assert_eq!(job_id.len(), 32);
    let job = |s: &Sandbox| s.hw("GET", &format!("/v1/0000000000000000000000000000a001/jobs/{job_id}"), None).body;
    assert_eq!(job(&s)["status"], "INIT");
    s.wait(3);
    let running = job(&s);
    assert_eq!(running["status"], "RUNNING");
    assert!(running["entities"]["process_percent"].as_f64().unwrap() > 0.0);
    let new_id = running["entities"]["image_id"].as_str().unwrap().to_string();
    assert_eq!(s.hw("GET", &format!("/v2/images/{new_id}"), None).status, 404, "not there before the copy ends");
    s.wait(3);
    let done = job(&s);
    assert_eq!(done["status"], "SUCCESS");
    assert_eq!(done["entities"]["image_id"], new_id.as_str());
    let image = s.hw("GET", &format!("/v2/images/{new_id}"), None);
    assert_eq!(image.status, 200);
    assert_eq!((image.body["name"].as_str(), image.body["__imagetype"].as_str()), (Some("golden-copy"), Some("private")));
    assert_eq!(image.body["__description"], "copied in a test");
    assert!(s.hw("GET", "/v2/cloudimages?name=golden-copy", None).body["images"].as_array().unwrap().len() == 1);
}

#[test]
fn ims_refuses_what_the_document_excludes_with_its_error_body() {
    let s = Sandbox::new();
    let cases = [
        (WHOLE, 400, "IMS.0103", "Whole-machine"),
        (ISO, 400, "IMS.0104", "ISO"),
        (PUBLIC, 400, "IMS.0101", "Only private images"),
        (SAVING, 400, "IMS.0102", "normal (active) state"),
        (SHARED, 403, "IMS.0105", "only its owner"),
        ("00000000-0000-0000-0000-000000000000", 404, "IMS.0004", "does not exist"),
    ];
    for (image, status, code, text) in cases {
        let a = s.hw("POST", &format!("/v1/cloudimages/{image}/copy"), Some(copy_body("x")));
        assert_eq!(a.status, status, "{image}");
        assert_eq!(a.body["error_code"], code, "{image}");
        assert!(a.body["error_msg"].as_str().unwrap().contains(text), "{}", a.body);
    }
    // The documented name rules are checked before anything else.
    let bad = s.hw("POST", &format!("/v1/cloudimages/{GOLDEN}/copy"), Some(json!({"name": " leading space"})));
    assert_eq!((bad.status, bad.body["error_code"].as_str()), (400, Some("IMS.0002")));
    // No token: 401 from the gateway.
    let anon = s.json("POST", &format!("/v1/cloudimages/{GOLDEN}/copy"), Some(copy_body("x")), None);
    assert_eq!(anon.status, 401);
    assert!(anon.body["error_msg"].as_str().unwrap().contains("X-Auth-Token"));
}

#[test]
fn ims_copy_of_a_damaged_image_fails_with_code_and_reason() {
    let s = Sandbox::new();
    let job_id = s.hw("POST", &format!("/v1/cloudimages/{CORRUPTED}/copy"), Some(copy_body("corrupted-copy"))).body["job_id"].as_str().unwrap().to_string();
    s.wait(2);
    assert_eq!(s.hw("GET", &format!("/v1/0000000000000000000000000000a001/jobs/{job_id}"), None).body["status"], "RUNNING");
    s.wait(2);
    let failed = s.hw("GET", &format!("/v1/0000000000000000000000000000a001/jobs/{job_id}"), None).body;
    assert_eq!(failed["status"], "FAIL");
    assert_eq!(failed["error_code"], "IMS.0213");
    assert!(failed["fail_reason"].as_str().unwrap().contains("damaged"));
    s.wait(10);
    assert!(s.hw("GET", "/v2/cloudimages?name=corrupted-copy", None).body["images"].as_array().unwrap().is_empty());
    assert_eq!(s.hw("GET", "/v1/0000000000000000000000000000a001/jobs/nope", None).status, 404);
}

fn replicate_body(vault: &str, region: &str, dest: &str) -> Value {
    json!({"replicate": {"vault_id": vault, "destination_region": region, "destination_project_id": DEST_PROJECT,
        "destination_vault_id": dest, "auto_trigger": false, "enable_acceleration": false}})
}

fn vault_named(s: &Sandbox, project: &str, name: &str) -> String {
    let vaults = s.hw("GET", &format!("/v3/{project}/vaults"), None).body;
    vaults["vaults"].as_array().unwrap().iter().find(|v| v["name"] == name).unwrap()["id"].as_str().unwrap().to_string()
}

#[test]
fn cbr_replication_answers_a_record_per_backup_and_completes_in_the_other_region() {
    let s = Sandbox::new();
    let vaults = s.hw("GET", "/v3/0000000000000000000000000000a001/vaults", None);
    assert_eq!(vaults.body["count"], 2);
    let dest = s.hw("GET", &format!("/v3/0000000000000000000000000000a001/vaults/external?external_project_id={DEST_PROJECT}&region_id=cn-south-1&protect_type=replication"), None);
    let names: Vec<&str> = dest.body["vaults"].as_array().unwrap().iter().map(|v| v["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["dr-vault-guangzhou", "dr-vault-full"]);
    assert_eq!(s.hw("GET", "/v3/0000000000000000000000000000a001/vaults/external?external_project_id=x&region_id=cn-south-1", None).body["count"], 0);

    let prod = vault_named(&s, "0000000000000000000000000000a001", "vault-prod-servers");
    let answer = s.hw("POST", "/v3/0000000000000000000000000000a001/checkpoints/replicate", Some(replicate_body(&prod, "cn-south-1", DR_VAULT)));
    assert_eq!(answer.status, 200, "{}", answer.body);
    let r = &answer.body["replication"];
    assert_eq!((r["source_region"].as_str(), r["destination_region"].as_str(), r["project_id"].as_str()), (Some("cn-north-4"), Some("cn-south-1"), Some("0000000000000000000000000000a001")));
    let backups = r["backups"].as_array().unwrap();
    assert_eq!(backups.len(), 3);

    let record = |s: &Sandbox, i: usize| {
        let b = &backups[i];
        let detail = s.hw("GET", &format!("/v3/0000000000000000000000000000a001/backups/{}", b["backup_id"].as_str().unwrap()), None).body;
        detail["backup"]["replication_records"].as_array().unwrap().iter().find(|x| x["id"] == b["replication_record_id"]).unwrap().clone()
    };
    assert_eq!(record(&s, 0)["status"], "waiting_replicate");
    s.wait(2);
    let copying = record(&s, 0);
    assert_eq!(copying["status"], "replicating");
    assert!(copying["extra_info"]["progress"].as_i64().unwrap() > 0);
    assert!(copying.get("_started").is_none());
    s.wait(3);
    let done = record(&s, 0);
    assert_eq!(done["status"], "available");
    assert_eq!(record(&s, 2)["status"], "replicating", "later backups finish later");
    s.wait(3);
    // The copies are backups of the destination project's vault, of type replication.
    let there = s.hw("GET", &format!("/v3/{DEST_PROJECT}/backups?vault_id={DR_VAULT}&image_type=replication"), None).body;
    assert_eq!(there["count"], 4, "three new copies beside the one seeded");
    let copy_id = done["destination_backup_id"].as_str().unwrap();
    let copy = s.hw("GET", &format!("/v3/{DEST_PROJECT}/backups/{copy_id}"), None);
    assert_eq!(copy.body["backup"]["vault_id"], DR_VAULT);
}

#[test]
fn cbr_refusals_and_a_replication_that_fails() {
    let s = Sandbox::new();
    let prod = vault_named(&s, "0000000000000000000000000000a002", "vault-prod-servers");
    let empty = vault_named(&s, "0000000000000000000000000000a002", "vault-empty-disks");
    let same_region = s.hw("POST", "/v3/0000000000000000000000000000a002/checkpoints/replicate", Some(replicate_body(&prod, "cn-north-4", DR_VAULT)));
    assert_eq!((same_region.status, same_region.body["error_code"].as_str()), (400, Some("BackupService.6601")));
    let nothing = s.hw("POST", "/v3/0000000000000000000000000000a002/checkpoints/replicate", Some(replicate_body(&empty, "cn-south-1", DR_VAULT)));
    assert_eq!((nothing.status, nothing.body["error_code"].as_str()), (400, Some("BackupService.6603")));
    let nowhere = s.hw("POST", "/v3/0000000000000000000000000000a002/checkpoints/replicate", Some(replicate_body(&prod, "cn-south-1", "no-such-vault")));
    assert_eq!((nowhere.status, nowhere.body["error_code"].as_str()), (404, Some("BackupService.6104")));
    assert!(nowhere.body["error_msg"].as_str().unwrap().contains("cn-south-1"));
    let foreign = s.hw("POST", "/v3/0000000000000000000000000000a003/checkpoints/replicate", Some(replicate_body(&prod, "cn-south-1", DR_VAULT)));
    assert_eq!(foreign.status, 404, "another project's vault is not found");
    let missing = s.hw("POST", "/v3/0000000000000000000000000000a002/checkpoints/replicate", Some(json!({"replicate": {"vault_id": prod}})));
    assert_eq!((missing.status, missing.body["error_code"].as_str()), (400, Some("BackupService.9900")));

    let answer = s.hw("POST", "/v3/0000000000000000000000000000a002/checkpoints/replicate", Some(replicate_body(&prod, "cn-south-1", FULL_VAULT)));
    assert_eq!(answer.status, 200);
    let first = &answer.body["replication"]["backups"][0];
    s.wait(10);
    let detail = s.hw("GET", &format!("/v3/0000000000000000000000000000a002/backups/{}", first["backup_id"].as_str().unwrap()), None).body;
    let record = &detail["backup"]["replication_records"][0];
    assert_eq!(record["status"], "error");
    assert_eq!(record["extra_info"]["fail_code"], "BackupService.6604");
    assert!(record["extra_info"]["fail_reason"].as_str().unwrap().contains("capacity"));
}

#[test]
fn rainbond_lists_teams_regions_apps_and_components() {
    let s = Sandbox::new();
    let teams = s.rb("GET", "/openapi/v1/teams", None).body;
    assert_eq!(teams["total"], 2);
    assert_eq!(teams["tenants"][0]["tenant_name"], "o19p6wen");
    let regions = s.rb("GET", "/openapi/v1/teams/o19p6wen/regions", None).body;
    assert_eq!(regions["regions"].as_array().unwrap().len(), 2);
    let by_id = s.rb("GET", &format!("/openapi/v1/teams/{}/regions", teams["tenants"][1]["tenant_id"].as_str().unwrap()), None).body;
    assert_eq!(by_id["total"], 1, "a team is found by its id or its name");
    let apps = s.rb("GET", "/openapi/v1/teams/o19p6wen/regions/rainbond/apps", None).body;
    let names: Vec<&str> = apps.as_array().expect("a bare array").iter().map(|a| a["group_name"].as_str().unwrap()).collect();
    assert_eq!(names, ["mall", "blog", "staging"]);
    let app = s.rb("GET", "/openapi/v1/teams/o19p6wen/regions/rainbond/apps/1", None).body;
    assert_eq!((app["ID"].as_i64(), app["service_count"].as_i64(), app["status"].as_str()), (Some(1), Some(4), Some("running")));
    let components = s.rb("GET", "/openapi/v1/teams/o19p6wen/regions/rainbond/apps/1/services", None).body;
    assert_eq!(components.as_array().unwrap().len(), 4);
    let wrong_region = s.rb("GET", "/openapi/v1/teams/k2vz8d0a/regions/edge-hz/apps", None);
    assert_eq!(wrong_region.status, 404);
    assert_eq!(wrong_region.body["code"], 404);
    assert!(wrong_region.body["msg_show"].as_str().unwrap().contains("集群"));
    let anon = s.json("GET", "/openapi/v1/teams", None, None);
    assert_eq!(anon.status, 401);
}

#[test]
fn rainbond_copy_builds_the_components_in_the_target_app() {
    let s = Sandbox::new();
    let components = s.rb("GET", "/openapi/v1/teams/o19p6wen/regions/rainbond/apps/1/services", None).body;
    let id_of = |name: &str| components.as_array().unwrap().iter().find(|c| c["service_cname"] == name).unwrap()["service_id"].clone();
    let body = json!({
        "services": [{"service_id": id_of("mall-web"), "change": {"build_source": {"version": "v2"}}}, {"service_id": id_of("mall-api")}],
        "target_team_name": "o19p6wen", "target_region_name": "rainbond", "target_app_id": 3
    });
    let copied = s.rb("POST", "/openapi/v1/teams/o19p6wen/regions/rainbond/apps/1/copy", Some(body));
    assert_eq!(copied.status, 200, "{}", copied.body);
    let services = copied.body["services"].as_array().unwrap();
    assert_eq!(services.len(), 2);
    assert_eq!(services[0]["status"], "creating");
    assert_eq!(services[0]["version"], "v2", "the change applies to the copy");
    assert_ne!(services[0]["service_id"], id_of("mall-web"));
    let target = |s: &Sandbox| s.rb("GET", "/openapi/v1/teams/o19p6wen/regions/rainbond/apps/3/services", None).body;
    s.wait(2);
    assert!(target(&s).as_array().unwrap().iter().all(|c| c["status"] == "deploying"));
    s.wait(4);
    assert!(target(&s).as_array().unwrap().iter().all(|c| c["status"] == "running"));
    assert!(target(&s)[0]["access_infos"][0].as_str().unwrap().starts_with("http://"));

    // Copying the legacy component fails its build.
    let legacy = json!({"services": [{"service_id": id_of("legacy-php")}], "target_team_name": "k2vz8d0a", "target_region_name": "rainbond", "target_app_id": 4});
    assert_eq!(s.rb("POST", "/openapi/v1/teams/o19p6wen/regions/rainbond/apps/1/copy", Some(legacy)).status, 200);
    s.wait(4);
    let qa = s.rb("GET", "/openapi/v1/teams/k2vz8d0a/regions/rainbond/apps/4/services", None).body;
    assert_eq!(qa[0]["status"], "build_failed");

    // Unknown target app or component: 404 with Rainbond's body.
    let nowhere = json!({"services": [{"service_id": id_of("mall-web")}], "target_team_name": "o19p6wen", "target_region_name": "rainbond", "target_app_id": 99});
    let a = s.rb("POST", "/openapi/v1/teams/o19p6wen/regions/rainbond/apps/1/copy", Some(nowhere));
    assert_eq!((a.status, a.body["code"].as_i64(), a.body["msg_show"].as_str()), (404, Some(404), Some("应用不存在")));
    let foreign = json!({"services": [{"service_id": "nope"}], "target_team_name": "o19p6wen", "target_region_name": "rainbond", "target_app_id": 3});
    assert_eq!(s.rb("POST", "/openapi/v1/teams/o19p6wen/regions/rainbond/apps/1/copy", Some(foreign)).status, 404);
}

fn install_body(model: &str, version: &str, key: &str) -> Value {
    json!({"market_url": "https://store.goodrain.com", "market_domain": "rainbond", "market_type": "rainstore",
        "market_access_key": key, "app_model_id": model, "app_model_version": version})
}

#[test]
fn rainbond_market_install_creates_and_builds_the_app_model() {
    let s = Sandbox::new();
    let market = s.rb("GET", "/openapi/v1/markets/rainbond/apps", None).body;
    assert_eq!(market["total"], 3);
    let wordpress = market["apps"][0]["app_model_id"].as_str().unwrap().to_string();
    let gitea = market["apps"][1]["app_model_id"].as_str().unwrap().to_string();
    let one = s.rb("GET", &format!("/openapi/v1/markets/rainbond/apps?app_model_id={gitea}"), None).body;
    assert_eq!(one["apps"][0]["versions"][1]["app_model_version"], "1.22.0-beta");

    let path = "/openapi/v1/teams/o19p6wen/regions/rainbond/apps/3/install";
    let installed = s.rb("POST", &format!("{path}?is_deploy=true"), Some(install_body(&wordpress, "6.4.2", KEY)));
    assert_eq!(installed.status, 200, "{}", installed.body);
    assert_eq!(installed.body["ID"], 3);
    let list = installed.body["service_list"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!((list[0]["service_source"].as_str(), list[0]["version"].as_str()), (Some("market"), Some("6.4.2")));
    s.wait(6);
    let app = s.rb("GET", "/openapi/v1/teams/o19p6wen/regions/rainbond/apps/3/services", None).body;
    assert!(app.as_array().unwrap().iter().all(|c| c["status"] == "running"));

    // Without is_deploy the components are created, not built.
    let quiet = s.rb("POST", path, Some(install_body(&wordpress, "5.8.0", KEY)));
    s.wait(2);
    let id = quiet.body["service_list"][0]["service_id"].as_str().unwrap();
    let c = s.rb("GET", &format!("/openapi/v1/teams/o19p6wen/regions/rainbond/apps/3/services/{id}"), None).body;
    assert_eq!(c["status"], "undeploy");

    // The beta's build fails; a wrong key, an unknown version: 403 and 404.
    let beta = s.rb("POST", &format!("{path}?is_deploy=true"), Some(install_body(&gitea, "1.22.0-beta", KEY)));
    s.wait(4);
    let id = beta.body["service_list"][0]["service_id"].as_str().unwrap();
    assert_eq!(s.rb("GET", &format!("/openapi/v1/teams/o19p6wen/regions/rainbond/apps/3/services/{id}"), None).body["status"], "build_failed");
    let denied = s.rb("POST", path, Some(install_body(&wordpress, "6.4.2", "wrong-key")));
    assert_eq!((denied.status, denied.body["code"].as_i64()), (403, Some(403)));
    assert_eq!(denied.body["msg"], "market access key is invalid");
    assert_eq!(s.rb("POST", path, Some(install_body(&wordpress, "9.9", KEY))).status, 404);
    let bad_flag = s.rb("POST", &format!("{path}?is_deploy=maybe"), Some(install_body(&wordpress, "6.4.2", KEY)));
    assert_eq!(bad_flag.status, 400);
}
