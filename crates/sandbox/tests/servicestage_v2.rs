//! ServiceStage's legacy v2 API and builds in the sandbox: an environment, an application, a
//! component and an instance made in turn, the instance's deploy, scale, rollback and
//! deletion jobs read through 12.1.6.1, the documented refusals, and a build log read piece
//! by piece to its end.

mod common;
use common::{Answer, Sandbox};
use serde_json::{json, Value};

const PROJECT: &str = "0605767e0f00d5762f5fc012cb2f4c97";
const TOKEN: (&str, &str) = ("x-auth-token", "sandbox-demo-token");

fn call(s: &Sandbox, method: &str, path: &str, body: Option<Value>) -> Answer {
    let bytes = body.map(|b| b.to_string()).unwrap_or_default();
    s.send(method, path, &[TOKEN, ("content-type", "application/json")], bytes.as_bytes())
}

fn cas(rest: &str) -> String {
    format!("/v2/{PROJECT}/cas{rest}")
}

/// Waits (on the sandbox's clock) until the job ends and returns its answer.
fn finish(s: &Sandbox, job_id: &str, instance_id: &str) -> Value {
    for _ in 0..30 {
        let a = call(s, "GET", &cas(&format!("/jobs/{job_id}?instance_id={instance_id}")), None);
        assert_eq!(a.status, 200, "{}", a.body);
        let status = a.body["job"]["EXECUTION_STATUS"].as_str().unwrap_or_default().to_string();
        if status != "RUNNING" {
            return a.body;
        }
        s.wait(1);
    }
    panic!("job {job_id} did not end");
}

#[test]
fn an_instance_is_deployed_scaled_rolled_back_and_deleted_through_jobs() {
    let s = Sandbox::new();
    // A cluster for the environment: the first CCE cluster the picker offers.
    let env = call(&s, "POST", &cas("/environments"), Some(json!({
        "name": "v2-test", "deploy_mode": "container", "vpc_id": "29d55020-ae0e-4a18-871c-93e6976ee7bd",
        "base_resources": [{"id": "523498f1-36c4-11eb-ae36-0255ac1000c2", "type": "cce"}]})));
    assert_eq!(env.status, 200, "{}", env.body);
    let env_id = env.body["id"].as_str().unwrap().to_string();
    // Names ignore case, like v3's.
    let again = call(&s, "POST", &cas("/environments"), Some(json!({
        "name": "V2-TEST", "deploy_mode": "container", "vpc_id": "29d55020-ae0e-4a18-871c-93e6976ee7bd",
        "base_resources": [{"id": "523498f1-36c4-11eb-ae36-0255ac1000c2", "type": "cce"}]})));
    assert_eq!((again.status, again.code()), (400, "SVCSTG.00100449"));
    // No base resource: the documented 400.
    let bare = call(&s, "POST", &cas("/environments"), Some(json!({"name": "bare", "deploy_mode": "container", "vpc_id": "v", "base_resources": []})));
    assert_eq!((bare.status, bare.code()), (400, "SVCSTG.00100422"));

    let app = call(&s, "POST", &cas("/applications"), Some(json!({"name": "shop"})));
    assert_eq!(app.status, 200, "{}", app.body);
    let app_id = app.body["id"].as_str().unwrap().to_string();

    let bad_runtime = call(&s, "POST", &cas(&format!("/applications/{app_id}/components")), Some(json!({"name": "web", "runtime": "Cobol", "category": "Webapp"})));
    assert_eq!((bad_runtime.status, bad_runtime.code()), (400, "SVCSTG.00100420"));
    let component = call(&s, "POST", &cas(&format!("/applications/{app_id}/components")), Some(json!({
        "name": "web", "runtime": "Java8", "category": "Webapp", "sub_category": "Web",
        "source": {"kind": "artifact", "spec": {"storage": "obs", "type": "package", "url": "obs://b/web.jar", "auth": "iam"}}})));
    assert_eq!(component.status, 200, "{}", component.body);
    let component_id = component.body["id"].as_str().unwrap().to_string();
    // The component's build job is listed under its name.
    let build_id = component.body["build"]["id"].as_str().unwrap().to_string();
    let jobs = call(&s, "GET", "/assembling/v1/jobs?page=1&per_page=20&job_name=web", None);
    assert_eq!(jobs.body["list"][0]["job_id"], json!(build_id), "{}", jobs.body);

    let instances = format!("/applications/{app_id}/components/{component_id}/instances");
    let created = call(&s, "POST", &cas(&instances), Some(json!({
        "name": "web-prod", "environment_id": env_id, "flavor_id": "MICRO-5G:0.5C:1G", "replica": 1, "version": "1.0.0",
        "refer_resources": [{"id": "523498f1-36c4-11eb-ae36-0255ac1000c2", "type": "cce", "parameters": {"namespace": "default"}}]})));
    assert_eq!(created.status, 200, "{}", created.body);
    let instance_id = created.body["instance_id"].as_str().unwrap().to_string();
    let one = cas(&format!("{instances}/{instance_id}"));
    assert_eq!(call(&s, "GET", &one, None).body["status_detail"]["status"], "INITIALIZING");
    // While the instance is deployed, it takes no action.
    let early = call(&s, "POST", &format!("{one}/action"), Some(json!({"action": "restart"})));
    assert_eq!((early.status, early.code()), (409, "SVCSTG.00100419"));
    let job = finish(&s, created.body["job_id"].as_str().unwrap(), &instance_id);
    assert_eq!(job["job"]["EXECUTION_STATUS"], "SUCCEEDED");
    assert!(job["tasks"].as_array().unwrap().iter().all(|t| t["TASK_STATUS"] == "SUCCEEDED"), "{job}");
    let shown = call(&s, "GET", &one, None).body;
    assert_eq!(shown["status_detail"]["status"], "RUNNING");
    assert_eq!(shown["status_detail"]["last_job_status"], "SUCCEEDED");

    // Scale: the replica count is required.
    let no_count = call(&s, "POST", &format!("{one}/action"), Some(json!({"action": "scale"})));
    assert_eq!((no_count.status, no_count.code()), (400, "SVCSTG.00100400"));
    let scaled = call(&s, "POST", &format!("{one}/action"), Some(json!({"action": "scale", "parameters": {"replica": 3}})));
    assert_eq!(scaled.status, 200, "{}", scaled.body);
    finish(&s, scaled.body["job_id"].as_str().unwrap(), &instance_id);
    assert_eq!(call(&s, "GET", &one, None).body["status_detail"]["replica"], 3);

    // Upgrade to 1.1.0, then roll back to the first snapshot.
    let upgraded = call(&s, "PUT", &one, Some(json!({"version": "1.1.0"})));
    assert_eq!(upgraded.status, 200, "{}", upgraded.body);
    finish(&s, upgraded.body["job_id"].as_str().unwrap(), &instance_id);
    let snapshots = call(&s, "GET", &format!("{one}/snapshots"), None).body;
    let versions: Vec<&str> = snapshots["snapshots"].as_array().unwrap().iter().map(|v| v["version"].as_str().unwrap()).collect();
    assert_eq!(versions, ["1.1.0", "1.0.0"]);
    let unknown = call(&s, "POST", &format!("{one}/action"), Some(json!({"action": "rollback", "parameters": {"version": "9.9.9"}})));
    assert_eq!((unknown.status, unknown.code()), (404, "SVCSTG.00100436"));
    let rolled = call(&s, "POST", &format!("{one}/action"), Some(json!({"action": "rollback", "parameters": {"version": "1.0.0"}})));
    assert_eq!(rolled.status, 200, "{}", rolled.body);
    finish(&s, rolled.body["job_id"].as_str().unwrap(), &instance_id);
    assert_eq!(call(&s, "GET", &one, None).body["version"], "1.0.0");

    // The environment is in use, the component deployed, the application not empty.
    let env_delete = call(&s, "DELETE", &cas(&format!("/environments/{env_id}")), None);
    assert_eq!((env_delete.status, env_delete.code()), (409, "SVCSTG.00100426"));
    let component_delete = call(&s, "DELETE", &cas(&format!("/applications/{app_id}/components/{component_id}")), None);
    assert_eq!((component_delete.status, component_delete.code()), (400, "SVCSTG.00100402"));

    // Deleting the instance answers 200 with a job; the instance goes when the job ends.
    let deleted = call(&s, "DELETE", &one, None);
    assert_eq!(deleted.status, 200, "{}", deleted.body);
    assert!(deleted.body["job_id"].as_str().is_some_and(|j| j.starts_with("JOB")));
    assert_eq!(call(&s, "GET", &one, None).body["status_detail"]["status"], "DELETING");
    finish(&s, deleted.body["job_id"].as_str().unwrap(), &instance_id);
    let gone = call(&s, "GET", &one, None);
    assert_eq!((gone.status, gone.code()), (404, "SVCSTG.00100412"));

    let app_delete = call(&s, "DELETE", &cas(&format!("/applications/{app_id}")), None);
    assert_eq!((app_delete.status, app_delete.code()), (409, "SVCSTG.00100401"));
    assert_eq!(call(&s, "DELETE", &cas(&format!("/applications/{app_id}/components/{component_id}")), None).status, 204);
    assert_eq!(call(&s, "DELETE", &cas(&format!("/applications/{app_id}")), None).status, 204);
    assert_eq!(call(&s, "DELETE", &cas(&format!("/environments/{env_id}")), None).status, 204);
}

#[test]
fn lists_take_the_documented_limits() {
    let s = Sandbox::new();
    for i in 0..12 {
        let a = call(&s, "POST", &cas("/applications"), Some(json!({"name": format!("app-{i:02}")})));
        assert_eq!(a.status, 200, "{}", a.body);
    }
    let count = |q: &str| call(&s, "GET", &cas(&format!("/applications{q}")), None).body["applications"].as_array().unwrap().len();
    // 12 new ones and the demo application.
    assert_eq!(count(""), 13, "no limit: the whole list");
    assert_eq!(count("?limit=1000"), 13);
    assert_eq!(count("?limit=5"), 5);
    assert_eq!(count("?limit=500"), 10, "out of range counts as 10");
    assert_eq!(count("?limit=5&offset=10"), 3);
    assert_eq!(call(&s, "GET", &cas("/applications?limit=5"), None).body["count"], 13);
}

#[test]
fn the_demo_instance_has_snapshots_and_its_last_job() {
    let s = Sandbox::new();
    let apps = call(&s, "GET", &cas("/applications"), None).body;
    let app = apps["applications"].as_array().unwrap().iter().find(|a| a["name"] == "legacy-app").unwrap().clone();
    assert_eq!(app["component_count"], 1);
    let app_id = app["id"].as_str().unwrap();
    let components = call(&s, "GET", &cas(&format!("/applications/{app_id}/components")), None).body;
    let component_id = components["components"][0]["id"].as_str().unwrap();
    let instances = call(&s, "GET", &cas(&format!("/applications/{app_id}/components/{component_id}/instances")), None).body;
    let instance = &instances["instances"][0];
    assert_eq!(instance["status_detail"]["status"], "RUNNING");
    let job = instance["status_detail"]["last_job_id"].as_str().unwrap();
    let answer = call(&s, "GET", &cas(&format!("/jobs/{job}")), None).body;
    assert_eq!(answer["job"]["EXECUTION_STATUS"], "SUCCEEDED");
    let id = instance["id"].as_str().unwrap();
    let snaps = call(&s, "GET", &cas(&format!("/applications/{app_id}/components/{component_id}/instances/{id}/snapshots")), None).body;
    assert_eq!(snaps["count"], 2);
    // A job of another instance is not this one's.
    let other = call(&s, "GET", &cas(&format!("/jobs/{job}?instance_id=00000000-0000-0000-0000-000000000000")), None);
    assert_eq!((other.status, other.code()), (404, "SVCSTG.00100429"));
}

#[test]
fn build_logs_grow_until_the_build_ends() {
    let s = Sandbox::new();
    let jobs = call(&s, "GET", "/assembling/v1/jobs?page=1&per_page=1", None).body;
    assert_eq!((jobs["total"].clone(), jobs["list"].as_array().unwrap().len()), (json!(2), 1));
    let job = &jobs["list"][0];
    let (job_id, name) = (job["job_id"].as_str().unwrap(), job["job_name"].as_str().unwrap());
    let wrong = call(&s, "GET", &format!("/assembling/v1/jobs/{job_id}/builds?name=other"), None);
    assert_eq!((wrong.status, wrong.code()), (400, "SVCSTG.00100400"));
    let builds = call(&s, "GET", &format!("/assembling/v1/jobs/{job_id}/builds?name={name}"), None).body;
    // The newest build is running: no state yet.
    let running = builds["list"].as_array().unwrap().iter().find(|b| b.get("build_state").is_none()).expect("a running build").clone();
    let build_id = running["build_id"].as_str().unwrap();
    let phases = call(&s, "GET", &format!("/assembling/v1/builds/{build_id}/phases"), None).body;
    assert_eq!(phases["list"][0]["state"], "Building");

    let mut log = String::new();
    let mut from = 0;
    let mut reads = 0;
    loop {
        let a = call(&s, "GET", &format!("/assembling/v1/builds/{build_id}/logs?from={from}"), None);
        assert_eq!(a.status, 200, "{}", a.body);
        log.push_str(a.body["buildlog"].as_str().unwrap());
        let next = a.body["next"].as_u64().unwrap();
        assert!(next >= from);
        from = next;
        reads += 1;
        if a.body["phase_states"].as_str().unwrap().split(',').all(|p| p == "Successful") && a.body["buildlog"] == "" {
            break;
        }
        assert!(reads < 60, "the build never ended: {log}");
        s.wait(1);
    }
    assert!(reads > 3, "the log came in pieces");
    assert!(log.starts_with("Starting build") && log.ends_with("Build finished: Successful\n"), "{log}");
    let builds = call(&s, "GET", &format!("/assembling/v1/jobs/{job_id}/builds?name={name}"), None).body;
    assert_eq!(builds["finished"], builds["total"]);
}
