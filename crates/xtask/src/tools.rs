//! Finding and installing the tools the tasks need, and running commands.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::Result;

/// The workspace root (two levels above this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

/// Cargo's target directory: `CARGO_TARGET_DIR` when set, else `target/` in the workspace.
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => root().join(dir),
        _ => root().join("target"),
    }
}

pub fn run(cmd: &mut Command) -> Result<()> {
    let status = cmd.status().map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} exited with {status}"))
    }
}

pub struct Captured {
    pub ok: bool,
    pub text: String,
}

/// Runs a command, echoing its output as it comes, and keeps the output for counting.
pub fn run_captured(cmd: &mut Command) -> Result<Captured> {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    let stderr = child.stderr.take().expect("piped");
    let err_thread = std::thread::spawn(move || {
        let mut text = String::new();
        for line in BufReader::new(stderr).lines().map_while(std::result::Result::ok) {
            eprintln!("{line}");
            text.push_str(&line);
            text.push('\n');
        }
        text
    });
    let mut text = String::new();
    let mut stdout = child.stdout.take().expect("piped");
    let mut buf = [0u8; 8192];
    let mut pending = Vec::new();
    loop {
        let n = stdout.read(&mut buf).map_err(|e| e.to_string())?;
        if n == 0 {
            break;
        }
        pending.extend_from_slice(&buf[..n]);
        while let Some(i) = pending.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = pending.drain(..=i).collect();
            let line = String::from_utf8_lossy(&line);
            print!("{line}");
            text.push_str(&line);
        }
    }
    text.push_str(&String::from_utf8_lossy(&pending));
    let status = child.wait().map_err(|e| e.to_string())?;
    text.push_str(&err_thread.join().unwrap_or_default());
    Ok(Captured { ok: status.success(), text })
}

#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub passed: u64,
    pub failed: u64,
}

impl Counts {
    /// Sums libtest's `test result: ok. N passed; M failed; …` lines.
    pub fn from_cargo(text: &str) -> Counts {
        let mut c = Counts::default();
        for line in text.lines() {
            let Some(rest) = line.trim().strip_prefix("test result: ") else { continue };
            for part in rest.split(';') {
                let words: Vec<&str> = part.split_whitespace().collect();
                if let [.., n, kind] = words.as_slice() {
                    let n: u64 = n.parse().unwrap_or(0);
                    match *kind {
                        "passed" => c.passed += n,
                        "failed" => c.failed += n,
                        _ => {}
                    }
                }
            }
        }
        c
    }

    /// Reads node's TAP summary (`# pass N`, `# fail N`).
    pub fn from_tap(text: &str) -> Counts {
        let mut c = Counts::default();
        for line in text.lines() {
            if let Some(n) = line.strip_prefix("# pass ") {
                c.passed = n.trim().parse().unwrap_or(0);
            } else if let Some(n) = line.strip_prefix("# fail ") {
                c.failed = n.trim().parse().unwrap_or(0);
            }
        }
        c
    }
}

fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn ensure_wasm_target() -> Result<()> {
    ensure_rustup("target", "wasm32-unknown-unknown")
}

/// The standard library's source, which the size-optimised release build compiles
/// (`rust-toolchain.toml` lists it, so rustup normally has it already).
pub fn ensure_rust_src() -> Result<()> {
    ensure_rustup("component", "rust-src")
}

/// Adds a rustup `target` or `component` to the toolchain unless it is installed.
fn ensure_rustup(kind: &str, name: &str) -> Result<()> {
    let installed = output(Command::new("rustup").args([kind, "list", "--installed"])).unwrap_or_default();
    // Components are listed with their host suffix (`rust-src`, `rustc-x86_64-…`).
    if installed.lines().any(|l| l.trim() == name || l.trim().starts_with(&format!("{name}-"))) {
        return Ok(());
    }
    run(Command::new("rustup").args([kind, "add", name]))
}

/// The `wasm-bindgen` version Cargo.lock resolved; the CLI must match it exactly.
fn locked_wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| e.to_string())?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

fn cargo_bin_dir() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from("/root/.cargo"))
        .join("bin")
}

/// Path of a `wasm-bindgen` CLI of the locked version, installing it when needed.
pub fn ensure_wasm_bindgen() -> Result<PathBuf> {
    let version = locked_wasm_bindgen_version()?;
    let bin = cargo_bin_dir().join("wasm-bindgen");
    let current = output(Command::new(&bin).arg("--version")).unwrap_or_default();
    let runner = bin.with_file_name("wasm-bindgen-test-runner");
    if current.trim() == format!("wasm-bindgen {version}") && runner.exists() {
        return Ok(bin);
    }
    println!("installing wasm-bindgen-cli {version} (a few minutes, once)");
    // Not --locked: the CLI's own lockfile pins a crate version crates.io no longer serves.
    run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &version, "--force"]))?;
    Ok(bin)
}

/// Debian's Chromium and its matching ChromeDriver, and a CJK font so that Chinese renders
/// in screenshots.
pub fn ensure_chromium() -> Result<()> {
    if Path::new("/usr/bin/chromium").exists()
        && Path::new("/usr/bin/chromedriver").exists()
        && Path::new("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc").exists()
    {
        return Ok(());
    }
    println!("installing chromium, chromium-driver and fonts-wqy-zenhei from Debian's packages");
    let sudo = output(Command::new("id").arg("-u")).map(|u| u.trim() != "0").unwrap_or(false);
    let apt = |args: &[&str]| {
        let mut cmd = if sudo { let mut c = Command::new("sudo"); c.arg("apt-get"); c } else { Command::new("apt-get") };
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut cmd)
    };
    apt(&["update", "-qq"])?;
    apt(&["install", "-y", "-qq", "chromium", "chromium-driver", "fonts-wqy-zenhei"])
}

/// `npm ci` in a folder with a package-lock.json, when its node_modules is missing or older.
pub fn ensure_npm(dir: &Path) -> Result<()> {
    let lock = dir.join("package-lock.json");
    let marker = dir.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&marker)) {
        (Ok(l), Ok(m)) => m.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run(Command::new("npm").current_dir(dir).args(["ci", "--no-audit", "--no-fund"]))
}

/// Copies the files of `from` into `to` (recursively).
pub fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let target = to.join(entry.file_name());
        if entry.file_type().map_err(|e| e.to_string())?.is_dir() {
            std::fs::create_dir_all(&target).map_err(|e| e.to_string())?;
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}
