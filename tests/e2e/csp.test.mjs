// End-to-end: the console runs under the sandbox's Content-Security-Policy without a single
// violation — on its own page (every page kind, every resource's list page) and embedded in
// the demo portal. Violations are caught twice: the page's `securitypolicyviolation` events
// and Chromium's console errors ("Refused to …").
import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, BASE_URL, freshProject, visit, links } from "./browser.mjs";

/** A page that records CSP violations and errors from its first byte on. */
async function watchedPage(t) {
  const context = await launch();
  t.after(() => context.close());
  const page = await context.newPage();
  const violations = [];
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.exposeFunction("__opsdeckCspViolation", (v) => violations.push(v));
  const project = freshProject("csp");
  await page.addInitScript((project) => {
    if (!localStorage.getItem("opsdeck.settings")) {
      localStorage.setItem("opsdeck.settings", JSON.stringify({ lang: "en", project_id: project }));
    }
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__opsdeckCspViolation({
        directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber,
        sample: e.sample, page: location.pathname,
      });
    }, true);
  }, project);
  return { page, violations, errors };
}

test("the console's own page loads and runs every page kind under the CSP without a violation", async (t) => {
  const { page, violations, errors } = await watchedPage(t);
  const response = await page.goto(BASE_URL + "/");
  const csp = response.headers()["content-security-policy"] ?? "";
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/, "the page is served under the CSP");
  assert.match(csp, /frame-ancestors 'self'/);
  assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/);
  await page.locator("h1").first().waitFor();
  await page.waitForLoadState("networkidle");

  // Every resource's list page: the top-level ones from the navigation, the nested ones from
  // the detail pages of their parents (one list per resource, whatever its query). For each,
  // the new, detail and edit pages where the resource has them.
  const isList = /^\/[a-z0-9-]+\/[a-z0-9-]+(\?.*)?$/;
  const pathOf = (href) => href.split("?")[0];
  const queue = (await links(page, isList)).filter((h) => !h.startsWith("/explorer/"));
  assert.ok(queue.length >= 5, `the navigation lists the top-level resources: ${queue}`);
  const listed = new Set(queue.map(pathOf));
  const seen = new Set();
  while (queue.length > 0) {
    const list = queue.shift();
    await visit(page, list);
    seen.add(list);
    const base = pathOf(list);
    const below = await links(page, new RegExp(`^${base}/[^/?]+$`));
    const create = below.find((h) => h.endsWith("/new"));
    const detail = below.find((h) => !h.endsWith("/new"));
    for (const next of [create, detail].filter(Boolean)) {
      await visit(page, next);
      seen.add(next);
    }
    if (!detail) continue;
    await visit(page, detail);
    for (const nested of await links(page, isList)) {
      if (!nested.startsWith("/explorer/") && !listed.has(pathOf(nested))) {
        listed.add(pathOf(nested));
        queue.push(nested);
      }
    }
    const edit = (await links(page, new RegExp(`^${detail}/edit$`)))[0];
    if (edit) {
      await visit(page, edit);
      seen.add(edit);
    }
  }
  // The other pages: settings, the operation explorer and one operation, the table benchmark.
  for (const path of ["/settings", "/explorer", "/_bench/table"]) {
    await visit(page, path);
    seen.add(path);
  }
  await visit(page, "/explorer");
  const operation = (await links(page, /^\/explorer\/[^/?]+$/))[0];
  assert.ok(operation, "the explorer links its operations");
  await visit(page, operation);
  seen.add(operation);
  // A full load of a deep link too (the boot script, the lazily loaded chunk).
  await page.goto(BASE_URL + operation);
  await page.locator("h1").first().waitFor();
  await page.waitForLoadState("networkidle");

  assert.ok([...seen].some((p) => p.endsWith("/edit")), `an edit page was visited: ${[...seen]}`);
  assert.ok([...seen].some((p) => p.endsWith("/new")), "a create page was visited");
  t.diagnostic(`${seen.size} pages of ${listed.size} resources visited`);
  assert.deepEqual(violations, [], `CSP violations on ${seen.size} pages`);
  assert.deepEqual(errors.filter((e) => /Content Security Policy|Refused to/.test(e)), []);
  assert.deepEqual(errors, []);
});

test("the console embedded in the demo portal runs under the CSP without a violation", async (t) => {
  const { page, violations, errors } = await watchedPage(t);
  await page.goto(BASE_URL + "/embed/servicestage/environments");
  const host = page.locator("opsdeck-console");
  await host.getByRole("heading", { name: "Environments" }).waitFor();
  await page.waitForLoadState("networkidle");
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
});

test("a violation is caught: an injected inline script is refused and reported", async (t) => {
  const { page, violations, errors } = await watchedPage(t);
  await page.goto(BASE_URL + "/settings");
  await page.locator("h1").first().waitFor();
  const ran = await page.evaluate(async () => {
    window.__injected = false;
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 200));
    return window.__injected;
  });
  assert.equal(ran, false, "the inline script did not run");
  await page.waitForTimeout(200);
  assert.equal(violations.length, 1, JSON.stringify(violations));
  assert.equal(violations[0].directive, "script-src-elem");
  assert.ok(errors.some((e) => /Content Security Policy/.test(e)), "Chromium reports it on the console too");
});
