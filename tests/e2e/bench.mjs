// The browser half of `cargo xtask bench` (not a test: node --test does not pick it up).
//
// Measures, in headless Chromium, with the sandbox serving the release console at OPSDECK_URL:
//   - the console's files in OPSDECK_DIST (raw and gzip -9 sizes);
//   - Opsdeck and Swagger UI (swagger-ui-dist, serving OPENAPI_JSON from a static server on
//     127.0.0.1 started here): bytes each loads (raw bodies of every response, and their
//     gzip -9 sizes, counted the same way for both) and the time from navigation to a usable
//     operation list, cold (a fresh browser context, so an empty cache, for every load);
//   - the 10,000-row table at /_bench/table: client-side navigation to painted, then the
//     longest task and the frames while its scroll box is scrolled through;
//   - the create-component form (servicestage 4.3.1) at /explorer/servicestage.component.create:
//     client-side navigation until `form #f-name` is painted.
// "Painted" is taken as the first moment after the element is in the DOM at which the frame
// that shows it has been produced: a requestAnimationFrame, then a message posted from it
// (runs right after that frame's style, layout and paint).
//
// Prints one JSON object on stdout (progress on stderr). Exits non-zero when something
// cannot be measured at all; a missing bench route is reported as unavailable instead.
//
//   OPSDECK_URL=http://127.0.0.1:8080 node bench.mjs      (or: cargo xtask bench)
import { chromium } from "playwright-core";
import http from "node:http";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const BASE_URL = process.env.OPSDECK_URL ?? "http://127.0.0.1:8080";
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const DIST = resolve(process.env.OPSDECK_DIST ?? join(here, "../../dist"));
const OPENAPI_JSON = resolve(process.env.OPENAPI_JSON ?? join(here, "../../www/openapi.json"));
const SWAGGER_DIR = join(here, "node_modules/swagger-ui-dist");
const TABLE_ROWS = 10_000;
const SCROLL_STEPS = 60;
const ROUTE_TIMEOUT_MS = 10_000;
const LOAD_TIMEOUT_MS = 60_000;

const log = (...args) => console.error(...args);
const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const n = v.length;
  return n === 0 ? null : n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
};
const round1 = (x) => (x == null ? null : Math.round(x * 10) / 10);

// ---------------------------------------------------------------------------------------
// 1. The console's files.

function distFiles() {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if ([".wasm", ".js", ".css", ".html"].includes(extname(name))) {
        const buf = readFileSync(path);
        out.push({ file: relative(DIST, path), raw: buf.length, gzip: gzipSize(buf) });
      }
    }
  };
  walk(DIST);
  out.sort((a, b) => b.raw - a.raw);
  if (!out.some((f) => f.file.endsWith(".wasm"))) throw new Error(`no .wasm in ${DIST}: build the console first`);
  // What the console's page loads: index.html, style.css, boot.js and pkg/ (wasm-bindgen's output).
  // Other pages (the embedding example, the custom element) are listed but not added up.
  // The wasm chunks (pkg/chunk_*, pkg/split_*) are fetched on first use or when the console
  // is idle, not at start: they are added up apart.
  for (const f of out) {
    f.console = ["index.html", "style.css", "boot.js"].includes(f.file) || f.file.startsWith("pkg/");
    f.on_demand = /^pkg\/(chunk|split)_/.test(f.file);
  }
  const sum = (files) => files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, count: t.count + 1 }), { raw: 0, gzip: 0, count: 0 });
  const total = sum(out.filter((f) => f.console && !f.on_demand));
  const on_demand = sum(out.filter((f) => f.on_demand));
  return { files: out, total, on_demand };
}

// ---------------------------------------------------------------------------------------
// Swagger UI on a static server of its own (127.0.0.1, a free port), uncompressed like the
// sandbox. The page is Swagger UI's documented minimal setup: its CSS, its bundle, and
// SwaggerUIBundle({ url }) (the base layout: no standalone preset, no top bar), so it loads
// less than the package's own index.html would.

const SWAGGER_INDEX = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Swagger UI</title>
  <link rel="stylesheet" href="swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({ url: "openapi.json", dom_id: "#swagger-ui", validatorUrl: null });
  </script>
</body>
</html>
`;

function startSwaggerServer() {
  const files = {
    "/": [Buffer.from(SWAGGER_INDEX), "text/html; charset=utf-8"],
    "/swagger-ui.css": [readFileSync(join(SWAGGER_DIR, "swagger-ui.css")), "text/css"],
    "/swagger-ui-bundle.js": [readFileSync(join(SWAGGER_DIR, "swagger-ui-bundle.js")), "text/javascript"],
    "/openapi.json": [readFileSync(OPENAPI_JSON), "application/json"],
  };
  const server = http.createServer((req, res) => {
    const path = new URL(req.url, "http://localhost").pathname;
    const file = files[path];
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": file[1], "content-length": file[0].length, "cache-control": "no-cache" });
    res.end(file[0]);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

// ---------------------------------------------------------------------------------------
// In the page: wait for a condition, note when it held and when it was painted.

function installProbe() {
  const painted = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  // Resolves { dom, painted } (performance.now() times) or null after `timeout` ms.
  const when = (test, timeout) =>
    new Promise((resolve) => {
      let done = false;
      let timer;
      const observer = new MutationObserver(() => check());
      const check = () => {
        if (done || !test()) return;
        done = true;
        const dom = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        painted().then((p) => resolve({ dom, painted: p }));
      };
      observer.observe(document, { subtree: true, childList: true, attributes: true });
      timer = setTimeout(() => {
        if (!done) {
          done = true;
          observer.disconnect();
          resolve(null);
        }
      }, timeout);
      check();
    });
  window.__bench = { when, painted };
}

async function newContext(browser) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  // The same settings the end-to-end tests start from: English, nothing remembered.
  await context.addInitScript(() => {
    if (!localStorage.getItem("opsdeck.settings")) localStorage.setItem("opsdeck.settings", JSON.stringify({ lang: "en" }));
  });
  await context.addInitScript(installProbe);
  return context;
}

// ---------------------------------------------------------------------------------------
// 2 and 6. A cold load to a usable list, with every response's size.

function kindOf(contentType, url) {
  const ct = (contentType ?? "").toLowerCase();
  if (ct.includes("wasm") || url.endsWith(".wasm")) return "wasm";
  if (ct.includes("javascript") || url.endsWith(".js")) return "js";
  if (ct.includes("css")) return "css";
  if (ct.includes("html")) return "html";
  return "data";
}

async function coldLoad(browser, url, selector) {
  const context = await newContext(browser);
  try {
    await context.addInitScript(([selector, timeout]) => {
      window.__usable = window.__bench.when(() => document.querySelector(selector) !== null, timeout);
    }, [selector, LOAD_TIMEOUT_MS]);
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const responses = [];
    page.on("response", (r) => {
      responses.push(
        r.body().then(
          (body) => ({ url: r.url(), status: r.status(), kind: kindOf(r.headers()["content-type"], r.url()), raw: body.length, gzip: gzipSize(body) }),
          () => ({ url: r.url(), status: r.status(), kind: "none", raw: 0, gzip: 0 }),
        ),
      );
    });
    await page.goto(url, { waitUntil: "commit" });
    const t = await page.evaluate(() => window.__usable);
    if (!t) throw new Error(`${url}: no \`${selector}\` within ${LOAD_TIMEOUT_MS / 1000} s${errors.length ? ` (${errors.join("; ")})` : ""}`);
    // Let requests started by the first render finish before counting.
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => {});
    const list = await Promise.all(responses);
    // What was requested once the list was usable (Opsdeck's chunks, prefetched when the
    // console is idle) is not part of loading it: counted apart, by the request's start in
    // the page's resource timing.
    const startedAfter = new Set(
      await page.evaluate((usable) => performance.getEntriesByType("resource").filter((e) => e.startTime > usable).map((e) => e.name), t.painted),
    );
    const before = list.filter((r) => !startedAfter.has(r.url));
    const after = list.filter((r) => startedAfter.has(r.url));
    const sum = (rs) => ({ count: rs.length, raw: rs.reduce((s, r) => s + r.raw, 0), gzip: rs.reduce((s, r) => s + r.gzip, 0) });
    const origin = new URL(url).origin;
    const shown = list.map((r) => ({ ...r, url: r.url.startsWith(origin) ? r.url.slice(origin.length) : r.url, after_usable: startedAfter.has(r.url) }));
    return {
      dom_ms: t.dom,
      usable_ms: t.painted,
      responses: shown,
      assets: sum(before.filter((r) => r.kind !== "data" && r.kind !== "none")),
      total: sum(before),
      after_usable: sum(after),
    };
  } finally {
    await context.close();
  }
}

function summarizeLoads(runs) {
  const first = runs[0];
  // Every cold load should transfer the same; say so when it did not.
  const gz = new Set(runs.map((r) => r.assets.gzip));
  return {
    usable_ms: round1(median(runs.map((r) => r.usable_ms))),
    dom_ms: round1(median(runs.map((r) => r.dom_ms))),
    usable_ms_runs: runs.map((r) => round1(r.usable_ms)),
    assets: first.assets,
    total: first.total,
    after_usable: first.after_usable,
    responses: first.responses,
    bytes_stable: gz.size === 1,
  };
}

// ---------------------------------------------------------------------------------------
// 3 and 4. Client-side navigation from the settings page to a page, until painted.

async function openStart(context) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${BASE_URL}/settings`);
  await page.locator("main h1").first().waitFor({ timeout: LOAD_TIMEOUT_MS });
  // Let the fresh module settle (compilation tiers, first requests) before timing: the
  // console marks the moment its chunks are fetched and its forms warmed up at idle.
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => {});
  await page.waitForFunction(() => performance.getEntriesByName("opsdeck:warmed-up").length > 0, null, { timeout: 10_000 }).catch(() => {});
  await page.waitForTimeout(300);
  return { page, errors };
}

// Clicks a link to `href` (the router takes it: no page load) and waits for `test`.
// Returns { dom, painted, flag } in ms since the click, or null when `test` never held.
async function navigateAndTime(page, href, test, flagTest) {
  return page.evaluate(
    async ([href, test, flagTest, timeout]) => {
      const a = document.createElement("a");
      a.href = href;
      a.textContent = "bench";
      document.body.appendChild(a);
      const shown = window.__bench.when(new Function(`return (${test})`), timeout);
      const flag = flagTest ? window.__bench.when(new Function(`return (${flagTest})`), timeout) : Promise.resolve(null);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      // A user clicks on a page that is laid out. The frame above does not always lay out
      // the link just added, and then the console's first step (history.pushState, which
      // records the scroll position) would do it inside the measured time.
      void document.body.offsetHeight;
      const t0 = performance.now();
      a.click();
      const [s, f] = await Promise.all([shown, flag]);
      a.remove();
      if (!s) return null;
      return { dom: s.dom - t0, painted: s.painted - t0, flag: f ? f.dom - t0 : null, path: location.pathname };
    },
    [href, test, flagTest, ROUTE_TIMEOUT_MS],
  );
}

async function scrollThrough(page) {
  return page.evaluate(async (steps) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes("longtask")) return { error: "this browser reports no long tasks" };
    const el = document.querySelector('[data-testid="bench-scroll"]');
    if (!el) return { error: "no [data-testid=bench-scroll]" };
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    // Chromium delivers long-task entries some time after the task: the one that rendered
    // the table can arrive now, so only tasks that started once scrolling had begun count.
    let start = Infinity;
    const tasks = [];
    const keep = (entries) => {
      for (const e of entries) if (e.startTime >= start) tasks.push(e.duration);
    };
    const observer = new PerformanceObserver((list) => keep(list.getEntries()));
    observer.observe({ type: "longtask" });
    let last = await frame();
    start = last;
    const max = el.scrollHeight - el.clientHeight;
    const gaps = [];
    for (let i = 1; i <= steps; i++) {
      el.scrollTop = Math.round((max * i) / steps);
      const now = await frame();
      gaps.push(now - last);
      last = now;
    }
    const end = await frame();
    gaps.push(end - last);
    // Long-task entries are delivered after the task: give them time to arrive.
    await new Promise((r) => setTimeout(r, 200));
    keep(observer.takeRecords());
    observer.disconnect();
    const rows = [...el.querySelectorAll("tbody tr:not(.spacer)")];
    return {
      frames: gaps.length,
      scroll_ms: end - start,
      longest_frame_ms: Math.max(...gaps),
      long_tasks: tasks.length,
      longest_task_ms: tasks.length ? Math.max(...tasks) : 0,
      scroll_max: max,
      last_row: rows.length ? rows[rows.length - 1].textContent : null,
    };
  }, SCROLL_STEPS);
}

async function benchTable(browser) {
  const href = `/_bench/table?rows=${TABLE_ROWS}`;
  const context = await newContext(browser);
  const runs = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      const { page, errors } = await openStart(context);
      const t = await navigateAndTime(
        page,
        href,
        `document.querySelector('[data-testid="bench-scroll"] tbody tr:not(.spacer)') !== null`,
        `document.body && document.body.dataset.benchReady === "1"`,
      );
      if (!t) {
        const hasBox = await page.locator('[data-testid="bench-scroll"]').count();
        await page.close();
        if (hasBox === 0 && errors.length === 0) return { unavailable: "route missing", rows: TABLE_ROWS, steps: SCROLL_STEPS };
        throw new Error(`${href}: the table showed no rows within ${ROUTE_TIMEOUT_MS / 1000} s${errors.length ? ` (${errors.join("; ")})` : ""}`);
      }
      if (t.flag == null) log(`  ${href}: the page never set data-bench-ready (timing from the rows alone)`);
      const s = await scrollThrough(page);
      if (s.error) throw new Error(`${href}: ${s.error}`);
      if (!String(s.last_row ?? "").includes(String(TABLE_ROWS - 1).padStart(5, "0"))) {
        log(`  ${href}: after scrolling to the end the last row shown is ${JSON.stringify(s.last_row)}`);
      }
      await page.close();
      if (i === 0) continue; // warm-up
      log(`  table run ${i}: painted ${t.painted.toFixed(1)} ms (in the DOM at ${t.dom.toFixed(1)}), longest task ${s.longest_task_ms.toFixed(0)} ms, longest frame ${s.longest_frame_ms.toFixed(1)} ms`);
      runs.push({ ...t, ...s });
    }
  } finally {
    await context.close();
  }
  return {
    rows: TABLE_ROWS,
    steps: SCROLL_STEPS,
    painted_ms: round1(median(runs.map((r) => r.painted))),
    dom_ms: round1(median(runs.map((r) => r.dom))),
    ready_flag_ms: round1(median(runs.map((r) => r.flag).filter((x) => x != null))),
    painted_ms_runs: runs.map((r) => round1(r.painted)),
    // Per run: the longest long task (0 when none); median over the runs, and the worst.
    longest_task_ms: round1(median(runs.map((r) => r.longest_task_ms))),
    longest_task_ms_worst: round1(Math.max(...runs.map((r) => r.longest_task_ms))),
    longest_task_ms_runs: runs.map((r) => round1(r.longest_task_ms)),
    long_tasks_runs: runs.map((r) => r.long_tasks),
    frames: median(runs.map((r) => r.frames)),
    scroll_ms: round1(median(runs.map((r) => r.scroll_ms))),
    longest_frame_ms: round1(median(runs.map((r) => r.longest_frame_ms))),
    longest_frame_ms_worst: round1(Math.max(...runs.map((r) => r.longest_frame_ms))),
    last_row: runs[0]?.last_row ?? null,
  };
}

async function benchForm(browser) {
  const href = "/explorer/servicestage.component.create";
  const context = await newContext(browser);
  const runs = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      const { page, errors } = await openStart(context);
      const t = await navigateAndTime(page, href, `document.querySelector("form #f-name") !== null`, null);
      // Then its optional settings, unfolded with their button (for information).
      const unfold = t && (await page.evaluate(async (timeout) => {
        const button = document.querySelector("fieldset.optional-group > button");
        if (!button) return null;
        const shown = window.__bench.when(() => document.querySelector("#f-description") !== null, timeout);
        const t0 = performance.now();
        button.click();
        const s = await shown;
        return s ? s.painted - t0 : null;
      }, ROUTE_TIMEOUT_MS));
      await page.close();
      if (!t) {
        if (errors.length) throw new Error(`${href}: no \`form #f-name\` within ${ROUTE_TIMEOUT_MS / 1000} s (${errors.join("; ")})`);
        return { unavailable: "route missing" };
      }
      if (i === 0) continue; // warm-up
      log(`  form run ${i}: painted ${t.painted.toFixed(1)} ms (in the DOM at ${t.dom.toFixed(1)}); optional settings unfolded in ${unfold?.toFixed(1) ?? "-"} ms`);
      runs.push({ ...t, unfold });
    }
  } finally {
    await context.close();
  }
  return {
    painted_ms: round1(median(runs.map((r) => r.painted))),
    dom_ms: round1(median(runs.map((r) => r.dom))),
    painted_ms_runs: runs.map((r) => round1(r.painted)),
    unfold_ms: runs.every((r) => r.unfold != null) ? round1(median(runs.map((r) => r.unfold))) : null,
  };
}

// ---------------------------------------------------------------------------------------

async function main() {
  const dist = distFiles();
  const swaggerVersion = JSON.parse(readFileSync(join(SWAGGER_DIR, "package.json"), "utf8")).version;
  const swagger = await startSwaggerServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  try {
    log(`Chromium ${browser.version()}; Opsdeck at ${BASE_URL}, Swagger UI ${swaggerVersion} at ${swagger.url}; ${RUNS} runs after a warm-up`);
    const ops = [];
    const sw = [];
    for (let i = 0; i <= RUNS; i++) {
      const o = await coldLoad(browser, `${BASE_URL}/servicestage/environments`, "table tbody tr");
      const s = await coldLoad(browser, `${swagger.url}/`, ".opblock");
      if (i === 0) {
        for (const [name, r] of [["Opsdeck", o], ["Swagger UI", s]]) {
          for (const x of r.responses) log(`  ${name} loaded ${x.url} (${x.kind}, HTTP ${x.status}): ${x.raw} B, ${x.gzip} B gzip${x.after_usable ? " (requested after the list was usable)" : ""}`);
        }
        continue; // warm-up
      }
      log(`  load run ${i}: Opsdeck ${o.usable_ms.toFixed(0)} ms, Swagger UI ${s.usable_ms.toFixed(0)} ms`);
      ops.push(o);
      sw.push(s);
    }
    log("10,000-row table:");
    const table = await benchTable(browser);
    if (table.unavailable) log(`  unavailable (${table.unavailable})`);
    log("create-component form:");
    const form = await benchForm(browser);
    if (form.unavailable) log(`  unavailable (${form.unavailable})`);
    const result = {
      browser: `Chromium ${browser.version()}`,
      runs: RUNS,
      swagger_version: swaggerVersion,
      dist: dist.files,
      dist_total: dist.total,
      dist_on_demand: dist.on_demand,
      opsdeck: summarizeLoads(ops),
      swagger: summarizeLoads(sw),
      table,
      form,
    };
    process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  } finally {
    await browser.close();
    swagger.server.close();
  }
}

main().catch((e) => {
  console.error(`bench.mjs: ${e?.stack ?? e}`);
  process.exit(1);
});
