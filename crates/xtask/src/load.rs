//! `cargo xtask load`: a bounded load test of the sandbox on the loopback interface.
//!
//! The release build of the sandbox is started on a free port. Three phases against
//! ServiceStage v3 applications of the project `config.json` presets — list, get, create —
//! each run `--clients` concurrent clients for `--seconds` or until `--requests` requests,
//! whichever comes first, and report requests, requests/s, p50, p99 and errors. Then a
//! consistency phase: every client updates one application's description with its own values
//! at once, while every client also creates applications; afterwards the description must be
//! the last value one of the clients wrote, the list's `count` must have grown by exactly the
//! creations answered 200, and each created application must be readable. Errors or an
//! inconsistency fail the task.
//!
//! The clients are plain threads speaking HTTP/1.1 over kept-alive `TcpStream`s: no HTTP
//! client library, so the figures are the sandbox's more than a client's.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::{flag_value, Result};

/// One kept-alive connection to the sandbox.
struct Client {
    port: u16,
    token: String,
    conn: Option<BufReader<TcpStream>>,
}

/// An answer: status and body.
struct Reply {
    status: u16,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

impl Client {
    fn new(port: u16, token: &str) -> Client {
        Client { port, token: token.to_string(), conn: None }
    }

    /// Sends one request; a broken connection is reopened for the next one.
    fn send(&mut self, method: &str, path: &str, body: Option<&Value>) -> std::result::Result<Reply, String> {
        let result = self.exchange(method, path, body);
        if result.is_err() {
            self.conn = None;
        }
        result
    }

    fn exchange(&mut self, method: &str, path: &str, body: Option<&Value>) -> std::result::Result<Reply, String> {
        if self.conn.is_none() {
            let stream = TcpStream::connect(("127.0.0.1", self.port)).map_err(|e| format!("connect: {e}"))?;
            stream.set_nodelay(true).map_err(|e| e.to_string())?;
            stream.set_read_timeout(Some(Duration::from_secs(30))).map_err(|e| e.to_string())?;
            self.conn = Some(BufReader::new(stream));
        }
        let conn = self.conn.as_mut().expect("connected");
        let body = body.map(Value::to_string).unwrap_or_default();
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nX-Auth-Token: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
            self.port,
            self.token,
            body.len()
        );
        let stream = conn.get_mut();
        stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(body.as_bytes())).map_err(|e| format!("write: {e}"))?;
        read_reply(conn)
    }
}

/// Reads one HTTP/1.1 answer (a `Content-Length` or chunked body).
fn read_reply(conn: &mut BufReader<TcpStream>) -> std::result::Result<Reply, String> {
    let mut line = String::new();
    let read_line = |conn: &mut BufReader<TcpStream>, line: &mut String| -> std::result::Result<(), String> {
        line.clear();
        match conn.read_line(line) {
            Ok(0) => Err("the connection was closed".into()),
            Ok(_) => Ok(()),
            Err(e) => Err(format!("read: {e}")),
        }
    };
    read_line(conn, &mut line)?;
    let status: u16 = line.split(' ').nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| format!("not an HTTP answer: {line:?}"))?;
    let (mut length, mut chunked) = (0usize, false);
    loop {
        read_line(conn, &mut line)?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':').unwrap_or((header, ""));
        match name.to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse().map_err(|_| format!("Content-Length {value:?}"))?,
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            _ => {}
        }
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            read_line(conn, &mut line)?;
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16).map_err(|_| format!("chunk size {line:?}"))?;
            let mut chunk = vec![0; size + 2];
            conn.read_exact(&mut chunk).map_err(|e| format!("read: {e}"))?;
            if size == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    } else {
        body.resize(length, 0);
        conn.read_exact(&mut body).map_err(|e| format!("read: {e}"))?;
    }
    Ok(Reply { status, body })
}

/// What one phase measured.
struct Phase {
    name: &'static str,
    requests: u64,
    errors: u64,
    elapsed: Duration,
    /// Latencies of every request, sorted.
    latencies: Vec<Duration>,
    /// The first few errors, for the report.
    samples: Vec<String>,
}

impl Phase {
    fn percentile(&self, q: f64) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        let rank = ((q * self.latencies.len() as f64).ceil() as usize).clamp(1, self.latencies.len());
        self.latencies[rank - 1]
    }

    fn rate(&self) -> f64 {
        self.requests as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// The bounds of a phase.
#[derive(Clone, Copy)]
struct Bounds {
    clients: usize,
    duration: Duration,
    max_requests: u64,
}

/// Runs `request` from `bounds.clients` threads until the time is up or the count reached.
/// `request(client, n)` is the `n`th request of a client: method, path, body and the status
/// that counts as success.
fn run_phase(
    name: &'static str,
    port: u16,
    token: &str,
    bounds: Bounds,
    request: impl Fn(usize, u64) -> (&'static str, String, Option<Value>, u16) + Sync,
) -> Phase {
    let issued = AtomicU64::new(0);
    let samples = Mutex::new(Vec::new());
    let started = Instant::now();
    let deadline = started + bounds.duration;
    let per_client: Vec<(Vec<Duration>, u64)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..bounds.clients)
            .map(|c| {
                let (issued, samples, request) = (&issued, &samples, &request);
                scope.spawn(move || {
                    let mut client = Client::new(port, token);
                    let (mut latencies, mut errors) = (Vec::new(), 0u64);
                    let mut n = 0u64;
                    while Instant::now() < deadline && issued.fetch_add(1, Ordering::Relaxed) < bounds.max_requests {
                        let (method, path, body, expected) = request(c, n);
                        n += 1;
                        let sent = Instant::now();
                        let outcome = client.send(method, &path, body.as_ref());
                        latencies.push(sent.elapsed());
                        let problem = match outcome {
                            Ok(r) if r.status == expected => None,
                            Ok(r) => Some(format!("{method} {path}: {} {}", r.status, String::from_utf8_lossy(&r.body))),
                            Err(e) => Some(format!("{method} {path}: {e}")),
                        };
                        if let Some(p) = problem {
                            errors += 1;
                            let mut s = samples.lock().unwrap();
                            if s.len() < 5 {
                                s.push(p);
                            }
                        }
                    }
                    (latencies, errors)
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().expect("a load client panicked")).collect()
    });
    let elapsed = started.elapsed();
    let mut latencies: Vec<Duration> = per_client.iter().flat_map(|(l, _)| l.iter().copied()).collect();
    latencies.sort_unstable();
    Phase {
        name,
        requests: latencies.len() as u64,
        errors: per_client.iter().map(|(_, e)| e).sum(),
        elapsed,
        latencies,
        samples: samples.into_inner().unwrap(),
    }
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

/// The `count` of the applications list.
fn application_count(client: &mut Client, project: &str) -> Result<u64> {
    let r = client.send("GET", &format!("/v3/{project}/cas/applications?limit=1"), None)?;
    if r.status != 200 {
        return Err(format!("listing applications: {}", r.status));
    }
    r.json()["count"].as_u64().ok_or_else(|| "the applications list has no count".to_string())
}

fn positive<T: std::str::FromStr + PartialOrd + Default>(args: &[String], flag: &str, default: T) -> Result<T> {
    match flag_value(args, flag) {
        None => Ok(default),
        Some(v) => v.parse::<T>().ok().filter(|n| *n > T::default()).ok_or_else(|| format!("{flag} {v}: expected a positive number")),
    }
}

pub fn load(args: &[String]) -> Result<()> {
    let seconds: f64 = positive(args, "--seconds", 10.0)?;
    let clients: usize = positive(args, "--clients", 16)?;
    let max_requests: u64 = positive(args, "--requests", 500_000)?;
    let bounds = Bounds { clients, duration: Duration::from_secs_f64(seconds), max_requests };

    println!("== load test: release build of the sandbox on 127.0.0.1");
    let bin = crate::sandbox_binary(true)?;
    // No console: only the APIs are measured.
    let dist = crate::tools::target_dir().join("load-no-console");
    std::fs::create_dir_all(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let sandbox = crate::start_sandbox_binary(&bin, &dist, false)?;
    let port: u16 = sandbox.url.rsplit(':').next().and_then(|p| p.parse().ok()).ok_or("the sandbox's port?")?;

    // The project and token the console would use.
    let mut setup = Client::new(port, "");
    let config = setup.send("GET", "/config.json", None)?.json();
    let (Some(project), Some(token)) = (config["project_id"].as_str(), config["token"].as_str()) else {
        return Err(format!("config.json lacks project_id or token: {config}"));
    };
    let (project, token) = (project.to_string(), token.to_string());
    let mut setup = Client::new(port, &token);
    let list = setup.send("GET", &format!("/v3/{project}/cas/applications"), None)?.json();
    let app_id = list["applications"][0]["id"].as_str().ok_or_else(|| format!("no application in the demo data: {list}"))?.to_string();
    println!(
        "{clients} clients; each phase {seconds} s or {max_requests} requests, whichever comes first; project {project}, application {app_id}\n"
    );

    let apps = format!("/v3/{project}/cas/applications");
    let mut phases = Vec::new();
    phases.push(run_phase("list", port, &token, bounds, |_, _| ("GET", format!("{apps}?limit=20"), None, 200)));
    phases.push(run_phase("get", port, &token, bounds, |_, _| ("GET", format!("{apps}/{app_id}"), None, 200)));
    let before_creates = application_count(&mut setup, &project)?;
    let create = run_phase("create", port, &token, bounds, |c, n| {
        ("POST", apps.clone(), Some(json!({"name": format!("load-c{c}-n{n}"), "description": "load test"})), 200)
    });
    let created_in_phase = create.requests - create.errors;
    phases.push(create);

    println!("{:<8} {:>9} {:>10} {:>9} {:>9} {:>7}", "phase", "requests", "req/s", "p50 ms", "p99 ms", "errors");
    for p in &phases {
        println!("{:<8} {:>9} {:>10.0} {:>9} {:>9} {:>7}", p.name, p.requests, p.rate(), ms(p.percentile(0.5)), ms(p.percentile(0.99)), p.errors);
    }
    let mut problems: Vec<String> = Vec::new();
    for p in &phases {
        for s in &p.samples {
            problems.push(format!("{}: {s}", p.name));
        }
        if p.errors > p.samples.len() as u64 {
            problems.push(format!("{}: {} errors in all", p.name, p.errors));
        }
    }
    let after_creates = application_count(&mut setup, &project)?;
    if after_creates != before_creates + created_in_phase {
        problems.push(format!("create: the count went from {before_creates} to {after_creates} after {created_in_phase} creations"));
    }

    problems.extend(consistency(port, &token, &project, &app_id, clients)?);
    drop(sandbox);
    if problems.is_empty() {
        println!("\nno errors; consistent");
        Ok(())
    } else {
        for p in &problems {
            eprintln!("  {p}");
        }
        Err(format!("{} problem(s) under load", problems.len()))
    }
}

/// Concurrent updates of one application and concurrent creations, then the checks. Returns
/// what was wrong.
fn consistency(port: u16, token: &str, project: &str, app_id: &str, clients: usize) -> Result<Vec<String>> {
    const UPDATES: usize = 50;
    const CREATES: usize = 20;
    let apps = format!("/v3/{project}/cas/applications");
    let mut setup = Client::new(port, token);
    let before = application_count(&mut setup, project)?;
    let started = Instant::now();
    // Per client: its last update answered 200, the creations answered 200 (id, name), and
    // what went wrong.
    type Outcome = (Option<String>, Vec<(String, String)>, Vec<String>);
    let outcomes: Vec<Outcome> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..clients)
            .map(|c| {
                let apps = &apps;
                scope.spawn(move || {
                    let mut client = Client::new(port, token);
                    let (mut last, mut created, mut problems) = (None, Vec::new(), Vec::new());
                    for k in 0..UPDATES.max(CREATES) {
                        if k < UPDATES {
                            let description = format!("writer {c} value {k}");
                            match client.send("PUT", &format!("{apps}/{app_id}"), Some(&json!({"description": description}))) {
                                Ok(r) if r.status == 200 && r.json()["description"] == description.as_str() => last = Some(description),
                                Ok(r) => problems.push(format!("update: {} {}", r.status, String::from_utf8_lossy(&r.body))),
                                Err(e) => problems.push(format!("update: {e}")),
                            }
                        }
                        if k < CREATES {
                            let name = format!("consistency-c{c}-n{k}");
                            match client.send("POST", apps, Some(&json!({"name": name}))) {
                                Ok(r) if r.status == 200 => match r.json()["id"].as_str() {
                                    Some(id) => created.push((id.to_string(), name)),
                                    None => problems.push(format!("create {name}: no id in the answer")),
                                },
                                Ok(r) => problems.push(format!("create {name}: {} {}", r.status, String::from_utf8_lossy(&r.body))),
                                Err(e) => problems.push(format!("create {name}: {e}")),
                            }
                        }
                    }
                    (last, created, problems)
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().expect("a consistency client panicked")).collect()
    });
    let elapsed = started.elapsed();

    let mut problems: Vec<String> = outcomes.iter().flat_map(|(_, _, p)| p.iter().cloned()).take(10).collect();
    // The final description is the last value some client wrote: no write was torn or mixed,
    // and none landed after a later one of the same client.
    let finals: Vec<&str> = outcomes.iter().filter_map(|(last, _, _)| last.as_deref()).collect();
    let r = setup.send("GET", &format!("{apps}/{app_id}"), None)?;
    let description = r.json()["description"].as_str().unwrap_or_default().to_string();
    if !finals.contains(&description.as_str()) {
        problems.push(format!("update: the final description {description:?} is not the last value of any writer ({finals:?})"));
    }
    // No creation lost or doubled: the count grew by the creations answered 200, the ids are
    // distinct, and each reads back with its name.
    let created: Vec<&(String, String)> = outcomes.iter().flat_map(|(_, c, _)| c).collect();
    let after = application_count(&mut setup, project)?;
    if after != before + created.len() as u64 {
        problems.push(format!("create: the count went from {before} to {after} after {} creations", created.len()));
    }
    let mut ids: Vec<&str> = created.iter().map(|(id, _)| id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.len() != created.len() {
        problems.push(format!("create: {} creations returned {} distinct ids", created.len(), ids.len()));
    }
    let mut unreadable = 0;
    for (id, name) in &created {
        let r = setup.send("GET", &format!("{apps}/{id}"), None)?;
        if r.status != 200 || r.json()["name"] != name.as_str() {
            unreadable += 1;
        }
    }
    if unreadable > 0 {
        problems.push(format!("create: {unreadable} created applications do not read back"));
    }
    println!(
        "\nconsistency: {clients} clients × {UPDATES} updates of one application and {CREATES} creations each, in {:.1} s: \
         final description {description:?} (a last write of one of {} writers); count {before} → {after} for {} creations; {}",
        elapsed.as_secs_f64(),
        finals.len(),
        created.len(),
        if problems.is_empty() { "consistent" } else { "INCONSISTENT" }
    );
    Ok(problems)
}

#[cfg(test)]
mod tests {
    use super::{Duration, Phase};

    #[test]
    fn percentiles_are_nearest_rank() {
        let latencies: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        let p = Phase { name: "x", requests: 100, errors: 0, elapsed: Duration::from_secs(2), latencies, samples: vec![] };
        assert_eq!(p.percentile(0.5), Duration::from_millis(50));
        assert_eq!(p.percentile(0.99), Duration::from_millis(99));
        assert_eq!(p.rate(), 50.0);
        let empty = Phase { latencies: vec![], ..p };
        assert_eq!(empty.percentile(0.99), Duration::ZERO);
    }
}
