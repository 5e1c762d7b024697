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

#[test]
fn project_ids_must_be_huawei_project_ids_and_store_nothing() {
    let s = Sandbox::new();
    let long = "a".repeat(60 * 1024);
    for (path, code) in [
        ("/v3/p1/cas/environments".to_string(), "SVCSTG.00100400"),
        ("/v3/%00/cas/environments".to_string(), "SVCSTG.00100400"),
        ("/v3/..%2F..%2Fetc/cas/environments".to_string(), "SVCSTG.00100400"),
        ("/v3/0605767E0F00D5762F5FC012CB2F4C97/cas/environments".to_string(), "SVCSTG.00100400"),
        (format!("/v3/{long}/cas/environments"), "SVCSTG.00100400"),
        ("/v1/p1/jobs/x".to_string(), "IMS.0002"),
        ("/v3/not-a-project/vaults".to_string(), "BackupService.9900"),
    ] {
        let a = call(&s, "GET", &path, None);
        assert_eq!((a.status, a.code()), (400, code), "{}: {}", &path[..path.len().min(60)], a.body);
        assert!(a.body["error_msg"].as_str().unwrap().contains("project_id"), "{}", a.body);
    }
    // `../` itself never reaches an operation: no template has that many segments.
    let dots = call(&s, "GET", "/v3/../../cas/environments", None);
    assert_eq!((dots.status, dots.code()), (404, "APIGW.0101"));
    assert_eq!(s.state.live_projects(), 0, "no store was made for an invalid project");
}

#[test]
fn path_parameters_are_validated_as_declared() {
    // Rainbond's `app_id` is declared an integer.
    let s = Sandbox::new();
    let a = s.send("POST", "/openapi/v1/teams/k2vz8d0a/regions/rainbond/apps/four/install", &[("authorization", "sandbox-rainbond-key"), ("content-type", "application/json")], b"{}");
    assert_eq!(a.status, 400, "{}", a.body);
    assert!(a.body["msg"].as_str().unwrap().contains("app_id"), "{}", a.body);
}

#[test]
fn bodies_over_the_limit_are_413_in_the_service_shape() {
    let s = Sandbox::new();
    let big = format!("{{\"name\": \"{}\"}}", "x".repeat(1024 * 1024));
    let p = project(1);
    let a = s.send("POST", &format!("/v3/{p}/cas/environments"), &[("x-auth-token", TOKEN), ("content-type", "application/json")], big.as_bytes());
    assert_eq!((a.status, a.code()), (413, "APIGW.0201"), "{}", a.body);
    let r = s.send("POST", "/openapi/v1/teams/t/regions/r/apps/1/copy", &[("authorization", "sandbox-rainbond-key"), ("content-type", "application/json")], big.as_bytes());
    assert_eq!(r.status, 413, "{}", r.body);
    assert_eq!(r.body["code"], 413, "Rainbond's own shape: {}", r.body);
    // Just under the limit is read and judged on its content.
    let fits = format!("{{\"name\": \"{}\"}}", "x".repeat(1000 * 1024));
    let a = s.send("POST", &format!("/v3/{p}/cas/environments"), &[("x-auth-token", TOKEN), ("content-type", "application/json")], fits.as_bytes());
    assert_eq!((a.status, a.code()), (400, "SVCSTG.00100400"), "{}", a.body);
    assert_eq!(opsdeck_sandbox::emulator::body_limit(&axum::http::Method::POST, &format!("/v3/{p}/cas/environments")), 1024 * 1024);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_body_is_refused_without_reading_it_all() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, opsdeck_sandbox::app(opsdeck_sandbox::AppConfig::default())).await });
    let mut conn = tokio::net::TcpStream::connect(addr).await.unwrap();
    // Announces 100 MB, sends 2 MiB and no more: a server reading it all would wait forever.
    let head = format!(
        "POST /v3/{}/cas/environments HTTP/1.1\r\nhost: x\r\nx-auth-token: {TOKEN}\r\ncontent-type: application/json\r\ncontent-length: 104857600\r\n\r\n",
        project(1)
    );
    conn.write_all(head.as_bytes()).await.unwrap();
    let chunk = vec![b' '; 64 * 1024];
    for _ in 0..32 {
        if conn.write_all(&chunk).await.is_err() {
            break; // the server has answered and closed
        }
    }
    let mut answer = Vec::new();
    let read = tokio::time::timeout(std::time::Duration::from_secs(10), async {
        let mut buf = [0u8; 4096];
        while let Ok(n) = conn.read(&mut buf).await {
            if n == 0 {
                break;
            }
            answer.extend_from_slice(&buf[..n]);
            if String::from_utf8_lossy(&answer).contains("APIGW.0201") {
                break;
            }
        }
    })
    .await;
    assert!(read.is_ok(), "the server answered without the rest of the body");
    let text = String::from_utf8_lossy(&answer);
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    assert!(text.contains("\"error_code\":\"APIGW.0201\""), "{text}");
}

#[test]
fn lists_answer_a_default_page_and_respect_the_documented_maximum() {
    let s = Sandbox::new();
    let p = project(2);
    let base = format!("/v3/{p}/cas/environments");
    let seeded = call(&s, "GET", &base, None).body["count"].as_u64().unwrap() as usize;
    for n in 0..(105 - seeded) {
        let a = call(&s, "POST", &base, Some(json!({"name": format!("env-{n:03}"), "vpc_id": "vpc-1", "deploy_mode": "container"})));
        assert_eq!(a.status, 200, "{}", a.body);
    }
    let all = call(&s, "GET", &base, None);
    assert_eq!(all.body["count"], 105);
    assert_eq!(all.body["environments"].as_array().unwrap().len(), 100, "no limit: the default page of 100");
    let rest = call(&s, "GET", &format!("{base}?offset=100"), None);
    assert_eq!(rest.body["environments"].as_array().unwrap().len(), 5);
    let over = call(&s, "GET", &format!("{base}?limit=101"), None);
    assert_eq!((over.status, over.code()), (400, "SVCSTG.00100400"), "the documented maximum is 100");
}

#[test]
fn environment_names_are_unique_whatever_their_case() {
    let s = Sandbox::new();
    let base = format!("/v3/{}/cas/environments", project(3));
    let env = |name: &str| json!({"name": name, "vpc_id": "vpc-1", "deploy_mode": "container"});
    assert_eq!(call(&s, "POST", &base, Some(env("Team-Env"))).status, 200);
    for clash in ["team-env", "TEAM-ENV", "Team-Env"] {
        let a = call(&s, "POST", &base, Some(env(clash)));
        assert_eq!((a.status, a.code()), (400, "SVCSTG.00100449"), "{clash}: {}", a.body);
    }
    assert_eq!(call(&s, "POST", &base, Some(env("team-env-2"))).status, 200);
}
