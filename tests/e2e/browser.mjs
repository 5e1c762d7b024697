// Starting Debian's Chromium for the end-to-end tests and screenshots.
// The flags keep Chromium quiet on a machine without outside network access.
import { chromium } from "playwright-core";
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A name no other test run uses. */
export const unique = (prefix) => `${prefix}-${Date.now().toString(36)}`;

/**
 * A project id of a test's own: 32 hex digits, as the services define project ids (the
 * sandbox refuses anything else), derived from a label so a failing test's project is
 * recognisable in the server log.
 */
export const freshProject = (label) => createHash("sha256").update(unique(label) + Math.random()).digest("hex").slice(0, 32);

export const BASE_URL = process.env.OPSDECK_URL ?? "http://127.0.0.1:8080";

export async function launch() {
  const userDataDir = mkdtempSync(join(tmpdir(), "opsdeck-chromium-"));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1360, height: 860 },
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/**
 * A page in a browser of its own (fresh storage), closed when the test ends, with console
 * errors collected so tests can assert there were none.
 * `project`: a project id of the test's own, which the sandbox seeds with fresh demo data.
 * `setup(page)`: runs before the first navigation (routes, init scripts).
 */
export async function openPage(t, path, { lang = "en", project, setup } = {}) {
  const context = await launch();
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  // Start every test from known settings: language chosen, nothing remembered.
  await page.addInitScript(([lang, project]) => {
    if (!localStorage.getItem("opsdeck.settings")) {
      localStorage.setItem("opsdeck.settings", JSON.stringify(project ? { lang, project_id: project } : { lang }));
    }
  }, [lang === "zh" ? "zh-CN" : "en", project ?? null]);
  if (setup) await setup(page);
  await page.goto(BASE_URL + path);
  return { page, errors, context };
}

/**
 * Follows an in-console link to `path` the way a user's click does (the console's router shows
 * the page without a reload), and waits until the page has loaded what it shows.
 */
export async function visit(page, path) {
  await page.evaluate((path) => {
    const a = document.createElement("a");
    a.href = path;
    (document.querySelector("main") ?? document.body).append(a);
    a.click();
    a.remove();
  }, path);
  await page.waitForURL((url) => url.pathname + url.search === path);
  await page.locator("h1").first().waitFor();
  await page.waitForLoadState("networkidle");
}

/** The same-origin paths of the links on the page matching `pattern`. */
export async function links(page, pattern) {
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => {
    const u = new URL(a.href, location.href);
    return u.origin === location.origin ? u.pathname + u.search : null;
  }));
  return [...new Set(hrefs.filter((h) => h && pattern.test(h)))];
}

/** A token from the sandbox's emulated IAM (its demo user), as a portal or a user obtains one. */
export async function issuedToken() {
  const r = await fetch(BASE_URL + "/v3/auth/tokens", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ auth: {
      identity: { methods: ["password"], password: { user: { name: "demo", password: "Sandbox-123", domain: { name: "demo-domain" } } } },
      scope: { project: { name: "cn-north-4" } },
    } }),
  });
  const token = r.headers.get("X-Subject-Token");
  if (!token) throw new Error(`the sandbox's IAM issued no token: HTTP ${r.status}`);
  return token;
}
