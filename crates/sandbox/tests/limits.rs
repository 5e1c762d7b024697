//! Bounded resources: the projects the sandbox remembers, the bodies it reads, the pages it
//! answers, the ids it accepts, and calls on one project not waiting for another's.

mod common;
use common::{Answer, Sandbox};
use opsdeck_sandbox::emulator::State;
use serde_json::{json, Value};

const TOKEN: &str = "sandbox-demo-token";
const TEST_ENV: &str = "4c1b7a3e-5a52-4b5e-9a0f-2f7f4f0c1a11";

/// A 32-hex-digit project id numbered `n`.
fn project(n: u32) -> String {
    format!("{n:032x}")
}

fn call(s: &Sandbox, method: &str, path: &str, body: Option<Value>) -> Answer {
    let bytes = body.map(|b| b.to_string().into_bytes()).unwrap_or_default();
    s.send(method, path, &[("x-auth-token", TOKEN), ("content-type", "application/json")], &bytes)
}

fn env_names(s: &Sandbox, p: &str) -> Vec<String> {
    let a = call(s, "GET", &format!("/v3/{p}/cas/environments"), None);
    assert_eq!(a.status, 200, "{}", a.body);
    a.body["environments"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap().to_string()).collect()
}

#[test]
fn the_least_recently_used_project_is_forgotten_with_its_jobs() {
    let s = Sandbox::with(State::new().with_max_projects(2));
    let (a, b, c, d) = (project(0xa), project(0xb), project(0xc), project(0xd));
    let created = call(&s, "POST", &format!("/v3/{a}/cas/environments"), Some(json!({"name": "kept-env", "vpc_id": "vpc-1", "deploy_mode": "container"})));
    assert_eq!(created.status, 200, "{}", created.body);
    let app = call(&s, "POST", &format!("/v3/{a}/cas/applications"), Some(json!({"name": "shop"})));
    let app_id = app.body["id"].as_str().unwrap().to_string();
    let component = json!({
        "name": "cart", "version": "1.0.0", "environment_id": TEST_ENV,
        "runtime_stack": {"name": "OpenJDK8", "version": "1.2.0", "type": "Java", "deploy_mode": "container"},
        "source": {"kind": "package", "url": "obs://bucket0001/weather-1.0.0.jar", "storage": "obs"},
        "refer_resources": [{"id": "523498f1-36c4-11eb-ae36-0255ac1000c2", "type": "cce", "parameters": {"namespace": "default"}}],
        "replica": 2,
    });
    let deployed = call(&s, "POST", &format!("/v3/{a}/cas/applications/{app_id}/components"), Some(component));
    assert_eq!(deployed.status, 200, "{}", deployed.body);
    let job_id = deployed.body["job_id"].as_str().unwrap().to_string();

    env_names(&s, &b);
    assert!(env_names(&s, &a).contains(&"kept-env".to_string()), "a is the most recently used again");
    env_names(&s, &c); // evicts b, the least recently used
    assert_eq!(s.state.live_projects(), 2);
    assert!(env_names(&s, &a).contains(&"kept-env".to_string()), "a was used more recently than b");
    assert_eq!(call(&s, "GET", &format!("/v3/{a}/cas/jobs/{job_id}"), None).status, 200);

    env_names(&s, &d); // evicts c
    env_names(&s, &b); // evicts a
    assert_eq!(s.state.live_projects(), 2);
    let again = env_names(&s, &a); // a comes back from the demo data, without what was made in it
    assert!(!again.is_empty() && !again.contains(&"kept-env".to_string()), "{again:?}");
    let job = call(&s, "GET", &format!("/v3/{a}/cas/jobs/{job_id}"), None);
    assert_eq!(job.status, 404, "the job went with its project: {}", job.body);
}

#[test]
fn many_project_ids_keep_the_configured_number_of_stores() {
    let s = Sandbox::with(State::new().with_max_projects(8));
    for n in 0..200 {
        assert_eq!(call(&s, "GET", &format!("/v3/{}/cas/environments?limit=1", project(n)), None).status, 200);
    }
    assert_eq!(s.state.live_projects(), 8);
}

#[test]
fn a_call_on_one_project_does_not_wait_for_another_project() {
    use opsdeck_api::operation::Service;
    use std::sync::mpsc;
    use std::time::Duration;

    let s = Sandbox::new();
    let reg = opsdeck_sandbox::emulator::registry().service(Service::ServiceStage).unwrap();
    let (busy, a) = (s.state.clone(), project(0xa));
    let (entered_tx, entered) = mpsc::channel();
    let (release, release_rx) = mpsc::channel::<()>();
    // Project a's store stays locked until released.
    let holder = std::thread::spawn(move || {
        busy.with_store(reg, &a, |_| {
            entered_tx.send(()).unwrap();
            release_rx.recv_timeout(Duration::from_secs(10)).ok();
        })
    });
    entered.recv().unwrap();
    let (state, b) = (s.state.clone(), project(0xb));
    let (done_tx, done) = mpsc::channel();
    std::thread::spawn(move || {
        let other = Sandbox::with(state);
        done_tx.send(call(&other, "GET", &format!("/v3/{b}/cas/environments"), None).status).unwrap();
    });
    let status = done.recv_timeout(Duration::from_secs(5)).expect("project b answered while project a was busy");
    assert_eq!(status, 200);
    release.send(()).unwrap();
    holder.join().unwrap();
}
