//! `cargo xtask <task>`: the project's build, serve, test and export tasks.
//!
//! Every task installs what it needs when it is missing (the wasm target, `wasm-bindgen-cli`
//! at exactly the version in Cargo.lock, Debian's Chromium and ChromeDriver, the end-to-end
//! tests' npm packages), so the README's two commands work on a fresh machine.

// The console's module graph, checked for import cycles by a test.
#[cfg(test)]
mod architecture;
mod bench;
mod glue_names;
mod load;
mod sizes;
mod tools;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode};
use std::time::{Duration, Instant};

use tools::{root, run, run_captured, Counts};

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  serve [--port N] [--release]   build the console and serve it with the sandbox (default port 8080)
  build [--dev]                  build the console into dist/ (release wasm unless --dev)
  test                           every test: native, browser (headless Chromium), end-to-end
  test-native | test-browser | test-e2e    one kind of test
  export                         regenerate www/openapi.json from the declarations
  screenshot URL-PATH FILE       save a screenshot of a console page (the sandbox must run)
  screenshot --tour DIR          screenshots of every page in both languages and themes
  bench                          measure load size, load and render times (headless Chromium, vs
                                 Swagger UI) and request-builder throughput, against the budgets
  bench-native [--json]          only the request-builder throughput (use a --release build)
  fuzz [--minutes N] [--target decoders|request|sandbox]
                                 property-based fuzzing, N minutes per target (default 10); not
                                 in `test`. Inputs that fail are saved under fuzz/corpus/<target>/
  load [--seconds N] [--clients C] [--requests R]
                                 bounded load test of the sandbox (release build) on loopback:
                                 list, get and create phases of N seconds (default 10) or R
                                 requests (default 500000) with C clients (default 16): requests/s,
                                 p50/p99, errors; then concurrent updates and creates checked for
                                 consistency. Not in `test`; fails on errors or inconsistency
  sizes [--top N] [--grep TEXT]  where the main wasm module's bytes go, by crate and function
                                 (reads what the last release `build` kept)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().map(String::as_str).unwrap_or("");
    let rest = &args.get(1..).unwrap_or_default();
    let result = match task {
        "serve" => serve(rest),
        "build" => build_console(!rest.iter().any(|a| a == "--dev")).map(|_| ()),
        "export" => export(),
        "test" => test_all(),
        "test-native" => report(test_native()),
        "test-browser" => report(test_browser()),
        "test-e2e" => report(test_e2e()),
        "screenshot" => screenshot(rest),
        "bench" => bench::bench(rest),
        "bench-native" => bench::native(rest),
        "fuzz" => fuzz(rest),
        "load" => load::load(rest),
        "sizes" => sizes::sizes(rest),
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

type Result<T> = std::result::Result<T, String>;

fn flag_value(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

/// Runs the `#[ignore]`d fuzz tests (`tests/fuzz.rs` of `crates/api` and `crates/sandbox`)
/// for `--minutes` each (one target with `--target`), one after the other. Each prints how
/// many cases it ran.
fn fuzz(args: &[String]) -> Result<()> {
    let minutes: f64 = flag_value(args, "--minutes").map_or(Ok(10.0), |m| m.parse().map_err(|_| format!("--minutes {m}?")))?;
    // Target, package, test.
    let targets: &[(&str, &str, &str)] = &[
        ("decoders", "opsdeck-api", "fuzz_decoders"),
        ("request", "opsdeck-api", "fuzz_request_builder"),
        ("sandbox", "opsdeck-sandbox", "fuzz_sandbox"),
    ];
    let only = flag_value(args, "--target");
    if let Some(t) = &only {
        if !targets.iter().any(|(name, ..)| name == t) {
            return Err(format!("unknown fuzz target {t}"));
        }
    }
    for (name, package, test) in targets.iter().filter(|(name, ..)| only.as_deref().is_none_or(|t| t == *name)) {
        println!("== fuzz {name} for {minutes} min");
        run(Command::new("cargo")
            .current_dir(root())
            .args(["test", "-p", package, "--test", "fuzz", "--", "--ignored", "--exact", test, "--nocapture"])
            .env("OPSDECK_FUZZ_SECONDS", ((minutes * 60.0) as u64).to_string()))?;
    }
    Ok(())
}

/// Writes `www/openapi.json` from the operation declarations.
fn export() -> Result<()> {
    let path = root().join("www/openapi.json");
    std::fs::write(&path, opsdeck_api::openapi::document_text()).map_err(|e| e.to_string())?;
    let count = opsdeck_api::catalog::operations().count();
    println!("wrote {} ({count} operations)", path.display());
    Ok(())
}

/// Builds the console into `dist/`: wasm (release profile `wasm-release` unless `dev`),
/// wasm-bindgen's JS glue, `index.html` and the static assets of `www/`.
fn build_console(release: bool) -> Result<PathBuf> {
    tools::ensure_wasm_target()?;
    let wasm_bindgen = tools::ensure_wasm_bindgen()?;
    let root = root();
    let profile = if release { "wasm-release" } else { "dev" };
    let mut cargo = Command::new("cargo");
    cargo.current_dir(&root).args([
        "build",
        "--profile",
        profile,
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "opsdeck",
        "--lib",
        "--features",
        if release { "mount,split" } else { "mount" },
    ]);
    if release {
        // Without `full-declarations`: the operations' titles and parameters come from
        // pkg/meta/operations.json (see `write_meta`).
        cargo.arg("--no-default-features");
        size_flags(&mut cargo)?;
    }
    run(&mut cargo)?;
    let dir = if release { "wasm-release" } else { "debug" };
    let mut wasm = tools::target_dir().join("wasm32-unknown-unknown").join(dir).join("opsdeck.wasm");
    let dist = root.join("dist");
    let _ = std::fs::remove_dir_all(&dist);
    let pkg = dist.join("pkg");
    std::fs::create_dir_all(&pkg).map_err(|e| e.to_string())?;
    if release {
        wasm = split_wasm(&wasm, &pkg)?;
        write_meta(&pkg)?;
        // Kept with its function names for `cargo xtask sizes` (wasm-bindgen strips them).
        let _ = std::fs::copy(&wasm, sizes::named_main_path());
    }
    let mut bindgen = Command::new(&wasm_bindgen);
    bindgen.arg(&wasm).args(["--target", "web", "--no-typescript", "--out-name", "opsdeck", "--out-dir"]).arg(&pkg);
    if release {
        // Same compressed size as wasm-opt here, without another tool (see TOOLCHAIN notes).
        // The split chunks link against the main module's linker exports: keep them.
        bindgen.args(["--remove-name-section", "--remove-producers-section", "--keep-lld-exports"]);
    }
    run(&mut bindgen)?;
    if release {
        let _ = std::fs::remove_file(&wasm);
        glue_names::shorten_import_names(&pkg)?;
    }
    let mut index = std::fs::read_to_string(root.join("index.html")).map_err(|e| e.to_string())?;
    if release {
        // The operations' document is fetched while the wasm compiles, not after.
        let wasm_preload = "<link rel=\"preload\" href=\"pkg/opsdeck_bg.wasm\"";
        let at = index.find(wasm_preload).ok_or("index.html: no preload of the wasm")?;
        index.insert_str(at, "<link rel=\"preload\" href=\"pkg/meta/operations.json\" as=\"fetch\" crossorigin>\n  ");
    }
    std::fs::write(dist.join("index.html"), index).map_err(|e| e.to_string())?;
    tools::copy_dir(&root.join("www"), &dist)?;
    if release {
        let css = dist.join("style.css");
        let text = std::fs::read_to_string(&css).map_err(|e| format!("{}: {e}", css.display()))?;
        std::fs::write(&css, compact_css(&text)).map_err(|e| format!("{}: {e}", css.display()))?;
    }
    let size = std::fs::metadata(dist.join("pkg/opsdeck_bg.wasm")).map(|m| m.len()).unwrap_or(0);
    println!("built {} (wasm {} KB)", dist.display(), size / 1024);
    Ok(dist)
}

/// The stylesheet as the release console ships it: without comments, and every run of
/// whitespace made one space (about 0.6 KiB less on the first load, gzip). Nothing else is
/// touched: a space before `:` can be a descendant combinator (`.opsdeck :focus-visible`),
/// and the stylesheet holds no string in which whitespace matters.
fn compact_css(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        // An unterminated comment runs to the end, as it does for the browser.
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
        without_comments.push(' ');
    }
    without_comments.push_str(rest);
    without_comments.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cuts the linked console at its `#[lazy]` split points (src/app.rs): the main module (to
/// be processed by wasm-bindgen like an unsplit one) and, in `pkg`, one `.wasm` per lazily
/// loaded page plus chunks of code two pages share, and `__wasm_split.js`, which fetches
/// them on first use and links them against the main module's memory and table.
fn split_wasm(wasm: &Path, pkg: &Path) -> Result<PathBuf> {
    let input = std::fs::read(wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let main = pkg.join("opsdeck_main.wasm");
    let mut opts = wasm_split_cli_support::Options::new(&input);
    opts.output_dir = pkg;
    opts.main_out_path = &main;
    // `__wasm_split.js` takes the main module's exports from wasm-bindgen's `initSync`.
    opts.main_module = "./opsdeck.js";
    opts.target.web();
    let split = wasm_split_cli_support::transform(opts).map_err(|e| format!("wasm split: {e:#}"))?;
    // The chunks are not processed by wasm-bindgen, which strips the main module's custom
    // sections: they would otherwise ship the function names (about 45% of their bytes).
    for chunk in &split.split_modules {
        let wasm = std::fs::read(chunk).map_err(|e| format!("{}: {e}", chunk.display()))?;
        let stripped = without_custom_sections(&wasm).ok_or_else(|| format!("{}: not a wasm module", chunk.display()))?;
        std::fs::write(chunk, stripped).map_err(|e| format!("{}: {e}", chunk.display()))?;
    }
    println!("split the console into the main module and {} lazily loaded modules", split.split_modules.len());
    Ok(main)
}

/// Writes the shipped console's data files into `pkg/meta/`: each resource's list metadata
/// (`opsdeck_api::list_meta`, `SERVICE.KEY.json`), fetched when one of the resource's pages
/// first opens, and the operations' titles and parameters (`opsdeck_api::operation_data`,
/// `operations.json`), read before the first page. Gives `__wasm_split.js` the function that
/// finds files next to it (a portal may serve the console from anywhere).
fn write_meta(pkg: &Path) -> Result<()> {
    let dir = pkg.join("meta");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for r in opsdeck_api::catalog::RESOURCES {
        let doc = opsdeck_api::list_meta::encode(&opsdeck_api::list_meta::of(r));
        let path = dir.join(format!("{}.{}.json", r.service.key(), r.key));
        std::fs::write(&path, doc.to_string()).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    // Every operation's title and parameters (the console is built without
    // `full-declarations`).
    let path = dir.join("operations.json");
    let doc = opsdeck_api::operation_data::encode(opsdeck_api::catalog::operations());
    std::fs::write(&path, doc.to_string()).map_err(|e| format!("{}: {e}", path.display()))?;
    let loader = pkg.join("__wasm_split.js");
    let mut js = std::fs::read_to_string(&loader).map_err(|e| format!("{}: {e}", loader.display()))?;
    js.push_str("\n// The console's data files next to this one (src/pages/resource/list_meta.rs, src/app/operations.rs).\nexport function opsdeckAssetUrl(name) { return new URL(\"./\" + name, import.meta.url).href; }\n");
    std::fs::write(&loader, js).map_err(|e| format!("{}: {e}", loader.display()))
}

/// `wasm` without its custom sections (names, producers, target features): only what the
/// engine runs. `None` when it is not a well-formed wasm binary.
fn without_custom_sections(wasm: &[u8]) -> Option<Vec<u8>> {
    let mut module = wasm_encoder::Module::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let payload = payload.ok()?;
        if let wasmparser::Payload::CustomSection(_) = payload {
            continue;
        }
        if let Some((id, range)) = payload.as_section() {
            let data = wasm.get(usize::try_from(range.start).ok()?..usize::try_from(range.end).ok()?)?;
            module.section(&wasm_encoder::RawSection { id, data });
        }
    }
    Some(module.finish())
}

/// What makes the shipped wasm small (each measured with `cargo xtask bench`; see the README):
///
/// - `--cfg erase_components`: Leptos type-erases elements, attributes and reactive children,
///   so every `view!` does not stamp out its own copy of the renderer (about −10%).
/// - the standard library rebuilt for size (`-Z build-std` with `optimize_for_size`), panics
///   that abort at once instead of formatting a message (`-C panic=immediate-abort`), no
///   source locations and no `Debug` formatting code (`-Z location-detail=none`,
///   `-Z fmt-debug=none`): together about −8%. These are unstable options of the pinned stable
///   toolchain, enabled with `RUSTC_BOOTSTRAP=1` for this build only (the `rust-src` component
///   comes with `rust-toolchain.toml`); a panic in the shipped console is then a bare
///   `unreachable` trap, while dev builds and the browser tests keep the messages.
fn size_flags(cargo: &mut Command) -> Result<()> {
    tools::ensure_rust_src()?;
    cargo
        .env("RUSTC_BOOTSTRAP", "1")
        // This variable replaces `.cargo/config.toml`'s wasm rustflags, so it repeats the cfg.
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            // `--emit-relocs` lets the wasm splitter see every reference between functions.
            "--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none -Clink-args=--emit-relocs",
        )
        .args(["-Z", "build-std=std,panic_abort", "-Z", "build-std-features=optimize_for_size"]);
    Ok(())
}

fn sandbox_binary(release: bool) -> Result<PathBuf> {
    let root = root();
    let mut cmd = Command::new("cargo");
    cmd.current_dir(&root).args(["build", "-p", "opsdeck-sandbox"]);
    if release {
        cmd.arg("--release");
    }
    run(&mut cmd)?;
    Ok(tools::target_dir().join(if release { "release" } else { "debug" }).join("opsdeck-sandbox"))
}

fn serve(args: &[String]) -> Result<()> {
    let port = flag_value(args, "--port").or_else(|| std::env::var("OPSDECK_PORT").ok()).unwrap_or_else(|| "8080".into());
    let release = args.iter().any(|a| a == "--release");
    let dist = build_console(true)?;
    let bin = sandbox_binary(release)?;
    println!("\nOpsdeck console with the sandbox backend: http://127.0.0.1:{port}/\n");
    run(Command::new(bin).args(["--port", &port, "--dist"]).arg(&dist))
}

/// A sandbox started for tests; stopped when dropped.
struct Sandbox {
    child: Child,
    url: String,
    /// What the sandbox logged (its requests at debug level): the secrets audit reads it.
    log: PathBuf,
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> Result<u16> {
    let l = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(l.local_addr().map_err(|e| e.to_string())?.port())
}

/// Starts the sandbox on a free port; its log goes to `target/sandbox-<port>.log`. For tests
/// (`for_tests`) it serves its fault-injection routes and logs every request (the secrets
/// audit reads the log); the benchmark gets neither.
fn start_sandbox(dist: &Path, for_tests: bool) -> Result<Sandbox> {
    start_sandbox_binary(&sandbox_binary(false)?, dist, for_tests)
}

/// [`start_sandbox`] with this build of it (`cargo xtask load` runs the release build).
fn start_sandbox_binary(bin: &Path, dist: &Path, for_tests: bool) -> Result<Sandbox> {
    let port = free_port()?;
    let log = tools::target_dir().join(format!("sandbox-{port}.log"));
    let file = std::fs::File::create(&log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
    let file2 = file.try_clone().map_err(|e| e.to_string())?;
    let child = Command::new(bin)
        .args(for_tests.then_some("--faults"))
        .args(["--port", &port.to_string(), "--dist"])
        .arg(dist)
        .env("RUST_LOG", if for_tests { "warn,opsdeck_sandbox=debug,tower_http=debug" } else { "warn" })
        .stdout(file)
        .stderr(file2)
        .spawn()
        .map_err(|e| format!("cannot start the sandbox: {e}"))?;
    let sandbox = Sandbox { child, url: format!("http://127.0.0.1:{port}"), log };
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(sandbox);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Err("the sandbox did not start listening within 30 s".into())
}

fn test_native() -> Result<Counts> {
    println!("== native tests (cargo test --workspace)");
    let out = run_captured(Command::new("cargo").current_dir(root()).args(["test", "--workspace"]))?;
    Ok(Counts::from_cargo(&out.text))
        .and_then(|c| if out.ok || c.failed > 0 { Ok(c) } else { Err("cargo test failed to build or run".into()) })
}

fn test_browser() -> Result<Counts> {
    println!("== browser tests (wasm-bindgen-test in headless Chromium)");
    tools::ensure_wasm_target()?;
    tools::ensure_chromium()?;
    let runner = tools::ensure_wasm_bindgen()?.with_file_name("wasm-bindgen-test-runner");
    let out = run_captured(
        Command::new("cargo")
            .current_dir(root())
            .args(["test", "--target", "wasm32-unknown-unknown", "-p", "opsdeck", "--test", "browser"])
            .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", runner)
            .env("CHROMEDRIVER", "/usr/bin/chromedriver")
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
    )?;
    let counts = Counts::from_cargo(&out.text);
    if !out.ok && counts.failed == 0 {
        return Err("the browser tests failed to build or run".into());
    }
    Ok(counts)
}

fn test_e2e() -> Result<Counts> {
    println!("== end-to-end tests (playwright-core driving Chromium against the sandbox)");
    tools::ensure_chromium()?;
    let e2e = root().join("tests/e2e");
    tools::ensure_npm(&e2e)?;
    let dist = build_console(true)?;
    let sandbox = start_sandbox(&dist, true)?;
    let out = run_captured(
        Command::new("node")
            .current_dir(&e2e)
            .args(["--test", "--test-reporter=tap", "--test-concurrency=1"])
            .arg("--test-timeout=120000")
            .env("OPSDECK_URL", &sandbox.url)
            .env("OPSDECK_SANDBOX_LOG", &sandbox.log)
            .env("CHROMIUM", "/usr/bin/chromium"),
    )?;
    drop(sandbox);
    let counts = Counts::from_tap(&out.text);
    if !out.ok && counts.failed == 0 {
        return Err("the end-to-end tests failed to run".into());
    }
    Ok(counts)
}

fn report(result: Result<Counts>) -> Result<()> {
    let c = result?;
    println!("{} passed, {} failed", c.passed, c.failed);
    if c.failed > 0 {
        Err("some tests failed".into())
    } else {
        Ok(())
    }
}

/// Runs the three kinds of tests, even when one fails, and ends with one summary line.
fn test_all() -> Result<()> {
    let started = Instant::now();
    let mut total = Counts::default();
    let mut errors = Vec::new();
    for (name, result) in [("native", test_native()), ("browser", test_browser()), ("end-to-end", test_e2e())] {
        match result {
            Ok(c) => {
                println!("-- {name}: {} passed, {} failed", c.passed, c.failed);
                total.passed += c.passed;
                total.failed += c.failed;
            }
            Err(e) => {
                println!("-- {name}: could not run: {e}");
                errors.push(format!("{name}: {e}"));
                total.failed += 1;
            }
        }
    }
    println!("all tests finished in {} s", started.elapsed().as_secs());
    println!("{} passed, {} failed", total.passed, total.failed);
    if total.failed > 0 || !errors.is_empty() {
        Err(format!("failures ({})", errors.join("; ")))
    } else {
        Ok(())
    }
}

fn screenshot(args: &[String]) -> Result<()> {
    let (Some(page), Some(file)) = (args.first(), args.get(1)) else {
        return Err("usage: cargo xtask screenshot URL-PATH FILE | --tour DIR".into());
    };
    let base = std::env::var("OPSDECK_URL").unwrap_or_else(|_| "http://127.0.0.1:8080".into());
    let file = std::env::current_dir().map_err(|e| e.to_string())?.join(file);
    tools::ensure_npm(&root().join("tests/e2e"))?;
    if page == "--tour" {
        // Every page, in both languages and both themes (tests/e2e/tour.mjs).
        return run(Command::new("node").current_dir(root().join("tests/e2e")).env("OPSDECK_URL", &base).arg("tour.mjs").arg(file));
    }
    run(Command::new("node")
        .current_dir(root().join("tests/e2e"))
        .args(["screenshot.mjs", &format!("{base}{page}")])
        .arg(file))
}

#[cfg(test)]
mod tests {
    use super::{compact_css, without_custom_sections};

    #[test]
    fn css_loses_comments_and_extra_whitespace_but_keeps_combinators() {
        let css = "/* theme */\n.a :focus-visible {\n  color: red; /* why */\n}\n\n.b  >  .c { margin: 0 4px }\n/* open";
        assert_eq!(compact_css(css), ".a :focus-visible { color: red; } .b > .c { margin: 0 4px }");
    }

    #[test]
    fn the_shipped_stylesheet_keeps_every_rule() {
        let css = std::fs::read_to_string(super::root().join("www/style.css")).unwrap();
        let compact = compact_css(&css);
        assert!(!compact.contains("/*") && !compact.contains('\n'));
        assert!(compact.len() < css.len());
        // Braces outside comments are the rules and blocks; none may be lost or added.
        let braces = |s: &str| (s.matches('{').count(), s.matches('}').count());
        let uncommented: String = css.split("/*").enumerate().map(|(i, part)| if i == 0 { part } else { part.split_once("*/").map_or("", |(_, after)| after) }).collect();
        assert_eq!(braces(&compact), braces(&uncommented));
        assert!(compact.contains(".opsdeck :focus-visible"));
    }

    #[test]
    fn custom_sections_are_dropped_and_the_others_kept() {
        let header = b"\0asm\x01\0\0\0".to_vec();
        // A type section (one `() -> ()`), a custom section "name" of 130 bytes (two-byte
        // LEB128 size), and a memory section.
        let types = [0x01, 0x04, 0x01, 0x60, 0x00, 0x00];
        let mut custom = vec![0x00, 0x82, 0x01, 0x04];
        custom.extend_from_slice(b"name");
        custom.extend(std::iter::repeat(7).take(125));
        let memory = [0x05, 0x03, 0x01, 0x00, 0x01];
        let module = [header.clone(), types.to_vec(), custom, memory.to_vec()].concat();
        let stripped = without_custom_sections(&module).unwrap();
        assert_eq!(stripped, [header, types.to_vec(), memory.to_vec()].concat());
        assert_eq!(without_custom_sections(b"not wasm"), None);
        // A section claiming more bytes than there are.
        assert_eq!(without_custom_sections(&[b"\0asm\x01\0\0\0".as_slice(), &[0x01, 0x09, 0x00]].concat()), None);
    }
}
